"""Shared helpers for corpus p139: deny-list, value shapes, record assembly."""
import json, os, re, random, string, base64, uuid, zlib, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief139'
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'

# hand list of language words the READMEs name (scripts, large languages barred by p135, languages listed there)
HAND_LANG = ['english', 'german', 'italian', 'portuguese', 'russian', 'chinese', 'japanese', 'korean',
             'arabic', 'hebrew', 'hindi', 'bengali', 'latin', 'cyrillic', 'yiddish', 'dhivehi', 'sindhi',
             'hiligaynon', 'lombard', 'neapolitan', 'silesian', 'maithili', 'bhojpuri', 'upper sorbian',
             'thaana', 'gujarati', 'kannada', 'malayalam', 'myanmar', 'tibetan', "ge'ez", 'malay', 'pelayan']


def _readme_texts():
    out = []
    for fn in sorted(os.listdir(BRIEF)):
        if fn.endswith('.md'):
            with open(os.path.join(BRIEF, fn), encoding='utf-8') as f:
                out.append(f.read())
    return out


def extract_denylist(texts):
    names, words, langs, tokens = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split('__'):
                names.add(part)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for part in m.split('__'):
                names.add(part)
        for w in re.findall(r"[A-Za-z][A-Za-z']+", t):
            words.add(w.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r"[A-Za-z']+", name):
                langs.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n:
                tokens.add(n)
    for h in HAND_LANG:
        langs.add(h)
        for w in h.split():
            langs.add(w)
    names.discard('')
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs), 'tokens': sorted(tokens)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF):
        fresh = extract_denylist(_readme_texts())
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                frozen = json.load(f)
            if frozen != fresh:
                raise SystemExit('deny-list drift: /tmp/brief139 differs from brief_names.json')
        else:
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(fresh, f, indent=0, sort_keys=True)
        return fresh
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def name_hits(name, deny):
    """Case-insensitive overlap of a name (whole and each __ part) with the deny-listed names."""
    n = name.lower()
    parts = [n] + n.split('__')
    s = deny['_nameset']
    return [p for p in parts if p in s]


def prep(deny):
    deny['_nameset'] = set(deny['names'])
    deny['_wordset'] = set(deny['words'])
    deny['_langset'] = set(deny['langs'])
    deny['_tokens'] = deny['tokens']
    return deny

# ---------------- value shapes ----------------

def rs(rng, n, alpha=ALNUM):
    return ''.join(rng.choice(alpha) for _ in range(n))


def rhex(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rb64(rng, nbytes, url=False, pad=True):
    b = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip('=')


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt_like(rng, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rb64(rng, 32, url=True, pad=False)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def github_style(rng, prefix):
    body = rs(rng, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)

BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data5):
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in data5 + chk)


def age_key(rng):
    data = bytes(rng.getrandbits(8) for _ in range(32))
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return bech32('age-secret-key-', out).upper()


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

OWNER_WORDS = ['powder', 'moguls', 'chairlift', 'gondola', 'snowcat', 'piste', 'slalom', 'couloir', 'cornice',
               'traverse', 'skidoo', 'telemark', 'halfpipe', 'groomer', 'snowgun', 'bollard', 'mooring',
               'bowline', 'cleat', 'halyard', 'jetty', 'pontoon', 'spinnaker', 'transom', 'keelboat', 'slipway',
               'campfire', 'trailhead', 'switchback', 'yurt', 'lean2', 'basecamp', 'summit', 'scree', 'glacier',
               'firn', 'sastrugi', 'avalanche', 'beacon', 'skins', 'bootpack', 'liftline', 'tbar', 'magiccarpet',
               'snowpark', 'icefall', 'harbour', 'tiller', 'buoy', 'anchorage', 'portage', 'kayak', 'canoe']


def owner_pw(rng):
    w = rng.choice(OWNER_WORDS)
    if rng.random() < 0.45:
        w = w[0].upper() + w[1:]
    return w + rng.choice('-_.') + rs(rng, rng.randint(3, 6), LOWER_ALNUM) + rs(rng, 2, string.digits)


def fill(template, value, **kw):
    """Template uses {V} once for the value; other {names} from kw. Returns text, start, end."""
    t = template
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    a, b = t.split('{V}')
    return a + value + b, len(a), len(a) + len(value)


def rec(rid, typ, container, text, s, e, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[s:e], 'start': s, 'end': e, 'type': typ}], 'source': source}
