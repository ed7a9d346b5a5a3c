"""Shared helpers for corpus p102 (stdlib only)."""
import base64, json, os, re, string, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief102'
ALNUM = string.ascii_letters + string.digits
LHEX = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# language words used by the two earlier READMEs as languages / scripts / excluded candidates
# (hand-written from reading them; the automatic pair extraction adds the `code` (Name) pairs)
HAND_LANG = """icelandic norwegian bokmal german french spanish portuguese italian dutch russian hebrew hindi
bengali malay javanese cebuano maori samoan hawaiian georgian armenian azerbaijani turkmen kyrgyz tajik tatar
belarusian serbian bosnian frisian gaelic occitan catalan corsican romansh friulian sardinian asturian nepali
punjabi gujarati urdu marathi telugu sinhala khmer mongolian kazakh uzbek pashto amharic hausa yoruba zulu oromo
wolof chichewa tswana galician breton faroese macedonian yiddish quechua guarani fijian tongan uyghur bashkir
chuvash ilocano lingala ewe manx cornish walloon sicilian sorbian kabyle sotho tsonga luxembourgish sundanese
indonesian kannada malayalam lao burmese myanmar somali kinyarwanda xhosa shona igbo malagasy haitian creole sindhi
kurdish kurmanji latin cyrillic arabic devanagari gurmukhi ethiopic english
ltz sun ind kan mal lao mya som kin xho sna ibo mlg hat snd kmr""".split()


def extract_denylist(paths):
    names, langs = set(), set(HAND_LANG)
    for p in paths:
        t = open(p, encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split('__'):
                if part:
                    names.add(part)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t.lower()):
            names.add(m)
            for part in m.split('__'):
                if part:
                    names.add(part)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code.lower())
            for w in re.split(r'[\s\-]+', name.lower()):
                if w:
                    langs.add(w)
    return sorted(names), sorted(langs)


def load_denylist():
    frozen = os.path.join(HERE, 'brief_names.json')
    paths = sorted(os.path.join(BRIEF, f) for f in os.listdir(BRIEF)) if os.path.isdir(BRIEF) else []
    if paths:
        names, langs = extract_denylist(paths)
        data = {'names': names, 'languages': langs}
        if os.path.exists(frozen):
            old = json.load(open(frozen, encoding='utf-8'))
            if old != data:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        return data, paths
    return json.load(open(frozen, encoding='utf-8')), []


def pick(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))

def alnum(r, n): return pick(r, ALNUM, n)
def lalnum(r, n): return pick(r, string.ascii_lowercase + string.digits, n)
def ualnum(r, n): return pick(r, string.ascii_uppercase + string.digits, n)
def hexs(r, n): return pick(r, LHEX, n)
def uhex(r, n): return pick(r, '0123456789ABCDEF', n)
def urlsafe(r, n): return pick(r, ALNUM + '-_', n)

def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()

def b64url_nopad(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip('=')

def jwt(r, header, payload, sig_bytes=32):
    h = b64url_nopad(json.dumps(header, separators=(',', ':')).encode())
    p = b64url_nopad(json.dumps(payload, separators=(',', ':')).encode())
    s = b64url_nopad(bytes(r.randrange(256) for _ in range(sig_bytes)))
    return h + '.' + p + '.' + s

def base62_crc(body):
    n = zlib.crc32(body.encode()) & 0xffffffff
    out = ''
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, '0')

def github_style(r, prefix):
    body = alnum(r, 30)
    return prefix + body + base62_crc(body)

WORDS = ['recon', 'payload', 'exploit', 'bounty', 'fuzzer', 'subdomain', 'triage', 'pwnable', 'shellcode',
         'gadget', 'ropchain', 'scope', 'dorking', 'wordlist', 'bypass', 'oracle', 'sandbox', 'heapspray',
         'overflow', 'injector', 'crawler', 'spider', 'repeater', 'intruder', 'decoder', 'collab', 'callback',
         'beacon', 'flagbot', 'scoreboard', 'writeup', 'hacktivity', 'swagbag', 'duplicate', 'informative',
         'escalate', 'pivot', 'lateral', 'foothold', 'rootme']

def owner_password(r):
    w = r.choice(WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice('-_.') + lalnum(r, r.randint(4, 7)) + '%02d' % r.randrange(100)


SLOT = '\ue000'

def fill(template, value, **kw):
    """template uses {V} for the secret; other {names} from kw. Returns text, [(start,end)]."""
    t = template.replace('{V}', SLOT)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    spans = []
    out = ''
    for ch in t:
        if ch == SLOT:
            spans.append((len(out), len(out) + len(value)))
            out += value
        else:
            out += ch
    return out, spans


def make_record(rid, typ, container, template, value, source, **kw):
    text, spans = fill(template, value, **kw)
    assert spans, (container, template)
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': s, 'end': e, 'type': typ} for s, e in spans],
            'source': source}

USERS = ['h4x0rjane', 'bughunter42', 'nullbyte', 'r3conkid', 'xss_wizard', 'ctf_marta', 'ssrf_sam', 'idor_ivan',
         'pwn_lena', 'toor_tom', 'zer0day_zoe', 'bbp_omar']
HOSTS = ['vps01.example.net', 'recon.example.org', 'ctf.example.com', 'scoreboard.example.org', 'lab.example.net',
         'oast.example.com', 'bb-box.example.net', 'kali.example.org']
IPS = ['10.10.11.%d' % i for i in range(5, 250, 17)]
