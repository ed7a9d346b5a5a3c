import base64, json, string
UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; LAN = LO + DG; UAN = UP + DG; HEX = '0123456789abcdef'; B64 = AN + '+/'; B64U = AN + '-_'
QA_WORDS = ['flaky', 'teardown', 'headless', 'fixture', 'harness', 'selector', 'smoke', 'stub', 'spec', 'soak',
            'canary', 'locator', 'cassette', 'assert', 'rerun', 'retry', 'mock', 'golden', 'snapshot', 'triage']

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def uuid(r):
    h = rs(r, HEX, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])

def owner_pw(r):
    return r.choice(QA_WORDS) + r.choice('-_.') + rs(r, LAN, r.randint(4, 7)) + rs(r, DG, 2)

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(r, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rs(r, B64U, 43)

def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()

USERS = ['qa.bot', 'e2e-runner', 'svc_loadtest', 'tester01', 'grid-admin', 'ci-smoke', 'marta.qa', 'jonas.k', 'priya.s', 'li.wei']
HOSTS = ['staging.shop.test', 'qa-env3.internal.test', 'grid.qa.test', 'perf-target.test', 'uat.portal.test', 'mock.api.test']
