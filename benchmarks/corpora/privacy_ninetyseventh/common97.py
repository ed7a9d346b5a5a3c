"""Shared helpers for corpus p97 (real-time / WebRTC developers). Standard library only."""
import base64, hashlib, json, os, re, string, uuid, zlib

AL = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + '-_'

def an(r, n, al=AL):
    return ''.join(r.choice(al) for _ in range(n))

def hx(r, n):
    return an(r, n, HEX)

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def jwt(r, payload, alg='HS256', extra_hdr=None, siglen=43):
    hdr = {'alg': alg, 'typ': 'JWT'}
    if extra_hdr:
        hdr.update(extra_hdr)
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + \
        b64u(json.dumps(payload, separators=(',', ':')).encode()) + '.' + an(r, siglen, B64U)

def b64bytes(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()

WORDS = ['webrtc', 'simulcast', 'jitter', 'signaling', 'turnrelay', 'iceberg', 'sdpoffer', 'opus',
         'vp9codec', 'datachannel', 'roomhost', 'keyframe', 'bitrate', 'pubsub', 'socketio', 'mqttbroker',
         'livestream', 'latency', 'transceiver', 'sfurouter', 'stunprobe', 'peerconn', 'echocancel', 'waveform']

def owner_password(r):
    w = r.choice(WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice('-_.') + an(r, r.randint(4, 7), LAN) + an(r, 2, string.digits)

HOSTS = ['rtc.example.net', 'sfu-eu.example.org', 'turn.example.com', 'signal.example.net', 'live.example.org',
         'meet.example.com', 'mq.example.net', 'hub.example.org', 'media.example.com', 'ws.example.net']
USERS = ['rtcops', 'mira', 'kenji', 'sfuadmin', 'turnsvc', 'dana', 'olu', 'pavel', 'signalbot', 'lucia']
PROJ = ['standup-rooms', 'clinic-video', 'arena-voice', 'tutor-live', 'drone-telemetry', 'chess-live',
        'support-cobrowse', 'radio-relay']

# ---------------------------------------------------------------- deny-list
LANG_WORDS_EXTRA = ['arabic', 'latin', 'cyrillic', 'devanagari', 'telugu', 'khmer', 'ethiopic', 'sinhala',
                    'tibetan', 'thaana', 'bengali', 'assamese', 'faroese', 'kabyle', 'walloon', 'interlingua',
                    'oromo', 'tahitian', 'waray', 'bislama', 'icelandic', 'sorbian', 'sami', 'romance',
                    'turkic', 'indic', 'pacific', 'african', 'norwegian', 'bokmal', 'bokmål', 'sesotho']

def extract_denylist(readme_texts):
    names, langs = set(), set()
    for t in readme_texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            for w in re.findall(r'[A-Za-zÀ-ɏ]+', nm):
                langs.add(w.lower())
    for n in list(names):
        for p in n.split('__'):
            if p:
                names.add(p)
    langs.update(LANG_WORDS_EXTRA)
    return sorted(names), sorted(langs)
