"""Shared helpers for corpus p159: value registry, shape generators, deny-list."""
import base64, hashlib, json, random, re, string, uuid, zlib

ALNUM = string.ascii_letters + string.digits
LOWER_DIG = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

PHOTO_WORDS = ["aperture", "shutter", "bokeh", "vignette", "histogram", "tripod", "gimbal",
    "viewfinder", "darkroom", "emulsion", "fixer", "negative", "contact", "proofsheet", "lightbox",
    "softbox", "beautydish", "strobe", "reflector", "diffuser", "polarizer", "rangefinder",
    "daguerre", "tintype", "cyanotype", "halide", "grainfilm", "kodachrome", "velvia", "portra",
    "ektar", "lensflare", "fstop", "exposure", "backdrop", "seamless", "gobo", "snoot", "flashsync",
    "autofocus", "macrolens", "telephoto", "fisheye", "panorama", "timelapse", "headshot", "yearbook",
    "boudoir", "lookbook", "retouch", "dodgeburn", "matteboard", "printlab", "minilab", "glossy",
    "lustre", "metallic", "canvaswrap", "passepartout", "loupe", "enlarger", "bellows", "hotshoe"]


class Registry:
    """Refuses any value in a substring relation with an earlier value."""
    def __init__(self):
        self.values = []
    def ok(self, v):
        for w in self.values:
            if v in w or w in v:
                return False
        return True
    def take(self, fn, *a):
        for _ in range(500):
            v = fn(*a)
            if self.ok(v):
                self.values.append(v)
                return v
        raise RuntimeError("registry exhausted")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))

def hexs(rng, n):
    return rs(rng, HEX, n)

def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

def b64(rng, nbytes, url=False, pad=True):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")

def jwt(rng, payload):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64(rng, 32, url=True, pad=False)

def base62_crc(rng, prefix, n):
    body = rs(rng, ALNUM, n)
    c = zlib.crc32(body.encode()) & 0xffffffff
    digs = ALNUM[52:] + ALNUM[:52]  # 0-9a-zA-Z
    digs = string.digits + string.ascii_letters
    out = ""
    for _ in range(6):
        out = digs[c % 62] + out
        c //= 62
    return prefix + body + out

def password(rng, seps="-_.+"):
    w = rng.choice(PHOTO_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice(seps) + rs(rng, LOWER_DIG, rng.randint(3, 6)) + rs(rng, string.digits, 2)

# ---------------------------------------------------------------- deny-list
LANG_HAND = ["german", "low german", "deu", "cantonese", "yue", "dutch", "nld", "english", "eng",
             "latin", "arabic", "han", "devanagari", "gurmukhi", "cyrillic", "greek", "georgian",
             "armenian", "tamil", "thai", "lao", "ethiopic", "sinhala", "telugu"]

def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for part in m.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t, flags=re.I):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for w in re.findall(r"[A-Za-z0-9]+", t.replace("_", " ")):
            words.add(w.lower())
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(nm.lower())
            for w in re.findall(r"[A-Za-z]+", nm):
                langs.add(w.lower())
    for l in LANG_HAND:
        langs.add(l)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs)}
