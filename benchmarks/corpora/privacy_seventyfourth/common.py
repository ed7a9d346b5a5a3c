"""Shared helpers for p74 (stdlib only, deterministic)."""
import random, string, json, uuid, base64

LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
SLOT = '\ue000'

OFFICE_WORDS = ['ledger', 'actuary', 'bordereau', 'premium', 'reserve', 'clearing', 'payroll', 'macro',
                'pivot', 'vlookup', 'annuity', 'escrow', 'remit', 'lapse', 'rider', 'cedant', 'treaty',
                'accrual', 'journal', 'teller', 'sweep', 'nostro', 'vostro', 'mortgage', 'underwrite',
                'claimant', 'subrogate', 'deductible', 'copay', 'statement', 'voucher', 'rollover',
                'mailmerge', 'workbook', 'ribbon', 'sharepoint', 'gateway', 'dataverse', 'orchestr',
                'robot', 'tabular', 'solvency', 'ifrs', 'triangle', 'loss', 'chainladder', 'quota']


def owner_password(rng):
    w = rng.choice(OFFICE_WORDS)
    sep = rng.choice('-_.')
    mid = ''.join(rng.choice(LOW + string.digits) for _ in range(rng.randint(4, 7)))
    return w + sep + mid + str(rng.randint(10, 99))


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(rng, payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(',', ':')).encode())
    p = b64url(json.dumps(payload, separators=(',', ':')).encode())
    s = rs(rng, B64U, 43)
    return h + '.' + p + '.' + s


SHAPE_ALPH = {'h': HEXL, 'H': HEXL.upper(), 'a': ALNUM, 'l': LOW + string.digits,
              'u': string.ascii_uppercase + string.digits, 'd': string.digits, 'b': B64, 's': B64U,
              'L': LOW}


def shape(rng, spec):
    """Render a shape spec: {hN} lower hex, {HN} upper hex, {aN} alnum, {lN} lower alnum,
    {uN} upper alnum, {dN} digits, {bN} base64 chars, {sN} base64url chars, {U} uuid, {P} owner password,
    {J} JWT."""
    out, i = [], 0
    while i < len(spec):
        c = spec[i]
        if c == '{':
            j = spec.index('}', i)
            tok = spec[i + 1:j]
            if tok == 'U':
                out.append(ruuid(rng))
            elif tok == 'P':
                out.append(owner_password(rng))
            elif tok == 'J':
                out.append(jwt(rng, {"sub": ruuid(rng)[:8], "iat": 1700000000 + rng.randint(0, 9999999)}))
            else:
                out.append(rs(rng, SHAPE_ALPH[tok[0]], int(tok[1:])))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


HOST_WORDS = ['claims', 'uw', 'actuarial', 'treasury', 'recon', 'loans', 'cards', 'policy', 'billing', 'finops']


def host(rng):
    return '%s%02d.%s.example' % (rng.choice(HOST_WORDS), rng.randint(1, 40), rng.choice(['corp', 'bank', 'insure', 'backoffice']))


def user(rng):
    return rng.choice(['svc_', 'rpa_', 'bo_', 'act_', 'sp_']) + rng.choice(['claims', 'recon', 'rates', 'payout', 'gl', 'lapse', 'mail', 'report']) + str(rng.randint(1, 9))


def fill(tmpl, rng, **kw):
    """Replace {host} {user} {n} {id} then put SLOT for {v}."""
    t = tmpl
    while '{host}' in t:
        t = t.replace('{host}', host(rng), 1)
    while '{user}' in t:
        t = t.replace('{user}', user(rng), 1)
    while '{n}' in t:
        t = t.replace('{n}', str(rng.randint(100, 99999)), 1)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    return t


def place(tmpl_with_slot, value, vtype):
    """tmpl contains exactly one SLOT; returns text, span."""
    assert tmpl_with_slot.count(SLOT) == 1, tmpl_with_slot
    start = tmpl_with_slot.index(SLOT)
    text = tmpl_with_slot.replace(SLOT, value)
    return text, {'value': value, 'start': start, 'end': start + len(value), 'type': vtype}
