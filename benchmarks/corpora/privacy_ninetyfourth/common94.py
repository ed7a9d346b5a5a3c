"""Shared helpers for p94: deny-list extraction, value generators, record assembly."""
import re, string, zlib, base64, hashlib, json, os

BRIEF = '/tmp/brief94'
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEX = '0123456789abcdef'; B62 = DIG + UP + LOW
B64U = ALNUM + '-_'; B64 = ALNUM + '+/'
M = '\ue000'  # slot marker

def extract_denylist(folder=BRIEF):
    names, langs = set(), set()
    for fn in sorted(os.listdir(folder)):
        t = open(os.path.join(folder, fn), encoding='utf-8').read()
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split('__'):
                names.add(p.strip('<>'))
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(s.lower())
            for p in s.lower().split('__'):
                names.add(p)
        # language codes paired with names: `xx` (Name)
        for code, nm in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code); [langs.add(w.lower()) for w in re.findall(r'[A-Za-z]+', nm)]
        for sec in re.findall(r'Scripts?: ([^.\n]+)', t):
            [langs.add(w.lower()) for w in re.findall(r'[A-Za-z]+', sec)]
        for w in re.findall(r'\b([A-Z][a-z]+(?:ese|ian|ish|ic|ch|ean|ali|dic|ili|amil|hai|ew|ek|og|ami|ojo|aya|ali|ndi|du|wa|ri|ui|ni|ti)?)\b', t):
            pass
    names.discard('')
    return sorted(names), sorted(langs)

# language names the READMEs use (hand list, includes excluded / unused candidates and scripts)
README_LANGUAGE_WORDS = sorted(set('''french spanish portuguese dutch swedish danish finnish polish czech hungarian romanian
croatian slovenian serbian bulgarian ukrainian russian greek turkish estonian latvian lithuanian icelandic irish welsh catalan
basque malay vietnamese tagalog swahili japanese korean chinese thai hebrew arabic persian bengali tamil urdu albanian
macedonian esperanto afrikaans maltese slovak indonesian norwegian bokmal frisian breton scottish gaelic corsican occitan romansh
friulian sardinian asturian belarusian bosnian georgian armenian azerbaijani kyrgyz tajik turkmen tatar yiddish nepali gujarati
punjabi kannada malayalam odia lao burmese javanese cebuano ilocano samoan maori hawaiian malagasy kinyarwanda somali igbo xhosa
shona haitian creole quechua guarani walloon papiamento kurdish assamese sundanese latin cyrillic devanagari gurmukhi myanmar han
hangul kana english west'''.split()))

def rstr(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

def b62_crc(body):
    c = zlib.crc32(body.encode()) & 0xffffffff
    s = ''
    while c:
        c, r = divmod(c, 62); s = B62[r] + s
    return s.rjust(6, '0')

PW_WORDS = ['slackbot', 'hubot', 'errbot', 'lita', 'webhook', 'slashcmd', 'botfather', 'matrixbot', 'mattermost',
            'rocketchat', 'zulipbot', 'standup', 'pagerbot', 'chatops', 'deploybot', 'teamsbot', 'discordbot',
            'gatewaybot', 'replitbot', 'glitchbot', 'railbot', 'oncallbot', 'interaction', 'modalbot', 'reactji',
            'slashbot', 'botkit', 'opsbot', 'jirabot', 'pingbot']

def password(rng):
    w = rng.choice(PW_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice('-_.') + rstr(rng, LOW + DIG, rng.randint(4, 7)) + rstr(rng, DIG, 2)

def jwtish(rng, payload):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(',', ':')).encode()).decode().rstrip('=')
    return enc({'alg': 'HS256', 'typ': 'JWT'}) + '.' + enc(payload) + '.' + rstr(rng, B64U, 43)

def fill(tpl, value, rng=None, **kw):
    """tpl uses {V} for the value; other {names} from kw. Returns text and list of starts."""
    t = tpl.replace('{V}', M)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', str(v))
    assert '{V}' not in t
    starts = []
    out = ''
    for i, part in enumerate(t.split(M)):
        if i:
            starts.append(len(out)); out += value
        out += part
    return out, starts

def record(rid, kind, text, starts, value, typ, source):
    return {'id': rid, 'type': typ, 'container': kind, 'text': text,
            'secrets': [{'value': value, 'start': s, 'end': s + len(value), 'type': typ} for s in starts],
            'source': source}

HOSTS = ['chat.example.net', 'bots.example.org', 'ops.example.com', 'hooks.example.net', 'mm.example.org', 'matrix.example.com']
USERS = ['ana', 'bilal', 'chen', 'dara', 'emeka', 'farah', 'goran', 'hana', 'ivo', 'jules', 'kemal', 'lin']

def ctx(rng):
    return dict(user=rng.choice(USERS), host=rng.choice(HOSTS), port=rng.choice([5432, 3306, 6379, 8065, 3000, 8448, 443, 21, 110]),
                n=rng.randint(2, 59), chan=rng.choice(['#deploys', '#oncall', '#bots', '#alerts', '#standup', '#release']))
