"""Shared helpers and deny-list extraction for p130."""
import base64, hashlib, json, os, random, re, string, uuid, zlib

BRIEF_DIR = "/tmp/brief130"
HERE = os.path.dirname(os.path.abspath(__file__))
SLOT = "{v}"

def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())

def extract_denylist(texts):
    names, words, tokens = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                names.add(p)
        for m in re.findall(r"\b[a-zA-Z0-9]+(?:_[a-zA-Z0-9]+)+\b", t):
            m = m.lower(); names.add(m)
            for p in m.split("__"):
                names.add(p)
        for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", t):
            words.add(w.lower())
        for tok in t.split():
            n = norm(tok)
            if n:
                tokens.add(n)
    langs = set()
    for t in texts:
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
    return {"names": sorted(names), "words": sorted(words), "tokens": sorted(tokens), "langs": sorted(langs)}

def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    frozen = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        texts = []
        for fn in sorted(os.listdir(BRIEF_DIR)):
            if fn.endswith(".md"):
                with open(os.path.join(BRIEF_DIR, fn), encoding="utf-8") as f:
                    texts.append(f.read())
        fresh = extract_denylist(texts)
        if frozen is not None and frozen != fresh:
            raise SystemExit("deny-list differs from frozen brief_names.json")
        if frozen is None:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(fresh, f, ensure_ascii=False, indent=0)
        return fresh
    if frozen is None:
        raise SystemExit("no deny-list available")
    return frozen

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))

def hx(r, n):
    return rs(r, HEXL, n)

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def b64(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")

def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

def jwt(r, payload, alg="HS256"):
    return b64u_json({"alg": alg, "typ": "JWT"}) + "." + b64u_json(payload) + "." + b64(r, 32, True, False)

def base62_crc32(data):
    n = zlib.crc32(data.encode()) & 0xffffffff
    out = ""
    while n:
        n, d = divmod(n, 62); out = B62[d] + out
    return out.rjust(6, "0")

def gh_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62_crc32(body)

TRADE_WORDS = ["flue", "condensate", "backflow", "ductwork", "thermocouple", "manifold", "radiator",
    "plenum", "damper", "solder", "ballcock", "gasket", "busbar", "conduit", "compressor", "swaged",
    "furnace", "heatpump", "sparky", "plumbob", "wrench", "ferrule", "elbow", "trap", "bleedvalve",
    "isolator", "combi", "cistern", "joist", "breaker", "dipswitch", "evaporator", "refrigerant",
    "flaring", "pilotlight", "sump", "gully", "downpipe", "rccb", "earthrod", "crimper", "fusebox",
    "vanroute", "callout", "toolbag", "spanner", "flowtemp", "airlock", "descaler", "pipebender"]

def owner_pw(r):
    w = r.choice(TRADE_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, LOWNUM, r.randint(3, 6)) + str(r.randint(10, 99))

def fill(tmpl, value, r=None, extra=None):
    """Place value at {v}; other {x} slots filled from extra dict. Returns text, start, end."""
    extra = extra or {}
    t = tmpl
    for k, val in extra.items():
        t = t.replace("{" + k + "}", val)
    i = t.index(SLOT)
    text = t[:i] + value + t[i + len(SLOT):]
    return text, i, i + len(value)

USERS = ["dispatch", "techops", "svc_jobs", "mhall", "r.okafor", "priya.n", "fieldapp", "boilerbot",
         "vanlink", "quotesvc", "jdeacon", "installer7", "scheduler", "partsync", "a.kowal"]
HOSTS = ["dispatch.example.com", "jobs-db.internal", "10.20.4.17", "192.0.2.44", "198.51.100.23",
         "fs-api.example.net", "parts.example.org", "203.0.113.9", "telem.internal", "172.16.8.30"]
