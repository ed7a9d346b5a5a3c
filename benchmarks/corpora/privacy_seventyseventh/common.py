"""Shared helpers: value shapes, slot filling, owner passwords."""
import base64, json, string
SLOT = '\uE000'
AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEXL = '0123456789abcdef'
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + '-_'
B32L = 'abcdefghijklmnopqrstuvwxyz234567'
WORDS = ['solution', 'nuget', 'msbuild', 'apppool', 'webdeploy', 'wixpatch', 'registry', 'gpupdate', 'sysprep', 'dcpromo',
         'sqlagent', 'ssms', 'kestrel', 'clickonce', 'vsix', 'tfvc', 'bitlocker', 'winrm', 'intune', 'autopilot',
         'hyperv', 'dotnet', 'xunit', 'roslyn', 'publish', 'msixpkg', 'dacpac', 'perfmon', 'eventlog', 'wsus']


def owner_pw(rng):
    w = rng.choice(WORDS)
    return w + rng.choice('-_.') + ''.join(rng.choice(LOW) for _ in range(rng.randint(4, 7))) + '%02d' % rng.randint(10, 99)


def shape(spec, rng):
    """spec: pieces joined by '|'; '~text' literal, X<n> class of n chars."""
    out = ''
    for p in spec.split('|'):
        if p.startswith('~'):
            out += p[1:]; continue
        c, n = p[0], int(p[1:]) if len(p) > 1 else 0
        if c == 'H': out += ''.join(rng.choice(HEXL) for _ in range(n))
        elif c == 'U': out += ''.join(rng.choice('0123456789ABCDEF') for _ in range(n))
        elif c == 'A': out += ''.join(rng.choice(AL) for _ in range(n))
        elif c == 'a': out += ''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))
        elif c == 'l': out += ''.join(rng.choice(LOW) for _ in range(n))
        elif c == 'B': out += ''.join(rng.choice(B64) for _ in range(n))
        elif c == 'b': out += ''.join(rng.choice(B64U) for _ in range(n))
        elif c == 'D': out += ''.join(rng.choice(string.digits) for _ in range(n))
        elif c == 'Z': out += ''.join(rng.choice(B32L) for _ in range(n))
        elif c == 'G': out += '-'.join(''.join(rng.choice(HEXL) for _ in range(k)) for k in (8, 4, 4, 4, 12))
        elif c == 'P': out += owner_pw(rng)
        elif c == 'J':
            hdr = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
            pl = base64.urlsafe_b64encode(json.dumps({'sub': ''.join(rng.choice(HEXL) for _ in range(12)), 'iat': 1700000000 + rng.randint(0, 9999999)}, separators=(',', ':')).encode()).decode().rstrip('=')
            out += hdr + '.' + pl + '.' + ''.join(rng.choice(B64U) for _ in range(43))
        else:
            raise ValueError(spec)
    return out


def fill(tmpl, value, **kw):
    t = tmpl
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    assert t.count('{v}') == 1, tmpl
    t = t.replace('{v}', SLOT)
    i = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, i, i + len(value)


def pascal(t):
    return ''.join(p.capitalize() for p in t.split('_'))


def camel(t):
    p = pascal(t); return p[0].lower() + p[1:]


def rec(rid, typ, container, text, s, e, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[s:e], 'start': s, 'end': e, 'type': typ}], 'source': source}


USERS = ['svc-build', 'svc-sqlagent', 'j.okafor', 'm.lindqvist', 'a.ramirez', 'deploy01', 'k.tanaka', 'svc-iis-orders', 'r.haddad', 'p.novak']
HOSTS = ['sql01.corp.example', 'build-agent-07.corp.example', 'iis-web02.corp.example', 'dc02.corp.example', 'tfs.corp.example',
         'nuget.corp.example', 'ssrs01.corp.example', 'fs01.corp.example', 'app-dev.corp.example', 'sccm01.corp.example']
