"""Shared helpers for corpus p96 (makers, 3D printing, CAD). Standard library only."""
import json, os, re, random, string, zlib, base64, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = '/tmp/brief96'
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
URLSAFE = ALNUM + '-_'

# languages named in the two earlier READMEs (hand-written list, by English name and script)
README_LANGUAGE_NAMES = """norwegian bokmal bokmål frisian west breton scottish gaelic corsican occitan romansh friulian sardinian
asturian belarusian bosnian georgian armenian azerbaijani kyrgyz tajik turkmen tatar yiddish nepali gujarati punjabi
kannada malayalam odia lao burmese javanese cebuano ilocano samoan maori hawaiian malagasy kinyarwanda somali igbo xhosa
shona assamese sundanese haitian creole quechua guarani walloon papiamento kurdish basque welsh irish manx cornish faroese
latvian lithuanian estonian finnish hungarian slovak slovene slovenian croatian macedonian bulgarian albanian maltese romanian
ukrainian polish czech greek turkish persian urdu pashto tamil thai vietnamese tagalog swahili afrikaans esperanto korean
japanese chinese lingala wolof tswana indonesian chichewa nyanja danish swedish english hebrew arabic cyrillic latin
devanagari gurmukhi myanmar hangul han kana kanji""".split()

def extract_denylist(texts):
    names, words, codes = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for w in re.findall(r'[A-Za-zÀ-ÿ]+', t):
            words.add(w.lower())
        for m in re.findall(r'`([a-z]{3})`\s*\(', t):
            codes.add(m)
        for m in re.findall(r'excluded `([a-z]{3})`|`([a-z]{3})` \(', t):
            for g in m:
                if g:
                    codes.add(g)
        for m in re.findall(r'\(`([a-z]{3})`(?:, `([a-z]{3})`)*', t):
            pass
        for m in re.findall(r'\(([^()]*written but not needed)\)', t):
            for c in re.findall(r'`([a-z]{3})`', m):
                codes.add(c)
    return names, words, codes

def load_brief():
    out = []
    if os.path.isdir(BRIEF_DIR):
        for fn in sorted(os.listdir(BRIEF_DIR)):
            if fn.endswith('.md'):
                with open(os.path.join(BRIEF_DIR, fn), encoding='utf-8') as f:
                    out.append(f.read())
    return out

def frozen_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    texts = load_brief()
    if texts:
        n, w, c = extract_denylist(texts)
        d = {'names': sorted(n), 'words': sorted(w), 'codes': sorted(c),
             'languages': sorted(set(README_LANGUAGE_NAMES))}
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                old = json.load(f)
            if old != d:
                raise SystemExit('deny-list extracted from /tmp/brief96 differs from brief_names.json')
        else:
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
        return d
    with open(path, encoding='utf-8') as f:
        return json.load(f)

# ---------------------------------------------------------------- value generators
def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))

def hexs(r, n, upper=False):
    s = rs(r, HEX, n)
    return s.upper() if upper else s

def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = '4'
    h[16] = r.choice('89ab')
    h = ''.join(h)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def b64_bytes(r, n, urlsafe=False, pad=True):
    b = bytes(r.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(b).decode() if urlsafe else base64.b64encode(b).decode()
    return s if pad else s.rstrip('=')

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(r, payload, alg='HS256'):
    return b64url_json({'alg': alg, 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + b64_bytes(r, 32 if alg.startswith('HS') else 64, urlsafe=True, pad=False)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
def base62(n, width):
    s = ''
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, '0')

BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

MAKER_WORDS = ['octoprint', 'klipper', 'mainsail', 'fluidd', 'moonraker', 'prusalink', 'bambulab', 'benchy',
               'voron', 'ender', 'hotend', 'extruder', 'nozzle', 'filament', 'heatbed', 'bedslinger', 'printfarm',
               'kicad', 'gerber', 'onshape', 'fusion', 'freecad', 'openscad', 'laserbed', 'lightburn', 'spindle',
               'grbl', 'fluidnc', 'esphome', 'tasmota', 'makerspace', 'stepper', 'gantry', 'solderpad', 'spoolman',
               'cura', 'orca', 'thingiverse', 'printables', 'petg', 'pla', 'tpu', 'fablab', 'router', 'endstop']

def owner_password(r):
    w = r.choice(MAKER_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, LOWER_ALNUM, r.randint(4, 7)) + rs(r, string.digits, 2)

# ---------------------------------------------------------------- filler
USERS = ['maker', 'pi', 'ines', 'tomasz', 'priya', 'kwame', 'lena', 'hugo', 'mei', 'dario', 'farah', 'olu', 'sven', 'ana']
HOSTS = ['octopi.example.net', 'voron24.example.org', 'printfarm.example.com', 'mk4.example.net', 'x1c.example.org',
         'cnc-bench.example.com', 'laser.example.net', 'fablab.example.org', 'spoolman.example.com', 'pcb.example.net']

def fill(r):
    return {'user': r.choice(USERS), 'host': r.choice(HOSTS), 'ip': '192.168.%d.%d' % (r.randint(0, 9), r.randint(20, 240)),
            'n': str(r.randint(2, 60)), 'port': str(r.choice([7125, 80, 5000, 8080, 1883, 8883, 990, 322]))}

MARK = '\ue000'

def render(template, value, r, extra=None):
    """Replace ⟨name⟩ fillers, then place the value at every ⟨V⟩; returns text and spans (start, end)."""
    f = fill(r)
    if extra:
        f.update(extra)
    t = template
    for k, v in f.items():
        t = t.replace('⟨%s⟩' % k, v)
    if '⟨' in t.replace('⟨V⟩', ''):
        raise ValueError('unfilled slot in %r' % template[:80])
    parts = t.split('⟨V⟩')
    if len(parts) < 2:
        raise ValueError('no value slot in %r' % template[:80])
    text, spans = parts[0], []
    for p in parts[1:]:
        spans.append((len(text), len(text) + len(value)))
        text += value + p
    return text, spans

def rec(idx_prefix, typ, container, text, spans, value, source, extra=None):
    d = {'id': None, 'type': typ, 'container': container, 'text': text,
         'secrets': [{'value': value, 'start': s, 'end': e, 'type': typ} for s, e in spans], 'source': source}
    if extra:
        d.update(extra)
    return d
