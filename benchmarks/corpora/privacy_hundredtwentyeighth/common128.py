"""Shared helpers: deny-list extraction, random value shapes (p128)."""
import re, json, os, string, base64, hashlib, zlib, uuid

BRIEF = "/tmp/brief128"
HERE = os.path.dirname(os.path.abspath(__file__))
EXTRA_LANG = ["maori", "samoan", "malagasy", "pashto", "slovak", "french", "fra", "mri", "smo", "mlg", "pus", "latin",
              "greek", "cyrillic", "armenian", "georgian", "gurmukhi", "tamil", "thai", "lao", "ethiopic", "odia", "arabic", "perso"]

def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower(); names.add(s)
            for p in s.split("__"):
                names.add(p)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(nm.lower())
            for w in re.findall(r"[a-z]+", nm.lower()):
                langs.add(w)
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r"[^a-z0-9]", "", tok.lower())
            if n:
                tokens.add(n)
    langs.update(EXTRA_LANG)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words), "tokens": sorted(tokens)}

def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = extract_denylist(texts)
        if os.path.exists(path):
            old = json.load(open(path, encoding="utf-8"))
            if old != d:
                raise SystemExit("frozen deny-list differs from /tmp/brief128 extraction")
        else:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
        return d
    return json.load(open(path, encoding="utf-8"))

def name_hits(name, deny):
    n = name.lower()
    parts = [n] + n.split("__")
    return [p for p in parts if p in deny["names_set"]]

AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def rs(rng, n, alpha=AL):
    return "".join(rng.choice(alpha) for _ in range(n))

def rhex(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s

def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

def rb64(rng, nbytes, url=False, pad=True):
    b = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")

def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

def jwt(rng, payload):
    return b64u_json({"alg": "HS256", "typ": "JWT"}) + "." + b64u_json(payload) + "." + rb64(rng, 32, url=True, pad=False)

def base62_crc(body):
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while c:
        c, r = divmod(c, 62); out = B62[r] + out
    return out.rjust(6, "0")

WATER_WORDS = ["clearwell", "aquifer", "hydrant", "effluent", "sluice", "weir", "penstock", "turbidity", "clarifier",
               "headworks", "culvert", "standpipe", "cistern", "floc", "sediment", "outfall", "wellhead", "siphon",
               "backflow", "chlorine", "riser", "reservoir", "manhole", "lagoon", "digester", "aerator", "spillway",
               "catchment", "watermain", "filterbed", "ozonator", "baffle", "overflow", "forebay", "intake", "valvebox",
               "sumpwell", "greensand", "percolate", "trickling"]

def owner_pw(rng):
    w = rng.choice(WATER_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, rng.randint(3, 6), string.ascii_lowercase + string.digits) + str(rng.randint(10, 99))

SLOT = "\ue000"

def place(template, value, **kw):
    """template uses {V} for the value slot; returns (text, start, end)."""
    t = template.replace("{V}", SLOT)
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    i = t.index(SLOT)
    assert t.count(SLOT) == 1
    text = t.replace(SLOT, value)
    return text, i, i + len(value)
