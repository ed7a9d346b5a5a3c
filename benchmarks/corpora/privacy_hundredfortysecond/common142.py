"""Shared helpers and deny-list extraction for p142 (stdlib only)."""
import json, os, re, uuid, base64, random, string

BRIEF = "/tmp/brief142"
HERE = os.path.dirname(os.path.abspath(__file__))
ALNUM = string.ascii_letters + string.digits
UPAN = string.ascii_uppercase + string.digits
LOAN = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

LANG_HAND = ["english", "german", "french", "spanish", "chinese", "arabic", "latin", "maltese", "welsh", "irish",
             "basque", "catalan", "esperanto", "kinyarwanda", "hawaiian", "guarani", "nepali", "yoruba", "cyrillic",
             "greek", "devanagari", "gurmukhi", "ethiopic", "perso", "swiss", "sinhala", "latvian", "estonian"]


def extract_denylist(texts):
    names, words, toks, langs = set(), set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower(); names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r"[^a-z0-9]", "", tok.lower())
            if n:
                toks.add(n)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
    langs.update(LANG_HAND)
    return {"names": sorted(names), "words": sorted(words), "tokens": sorted(toks), "languages": sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    fresh = None
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
    if os.path.exists(path):
        frozen = json.load(open(path, encoding="utf-8"))
        if fresh is not None and fresh != frozen:
            raise SystemExit("deny-list differs from frozen brief_names.json")
        return frozen
    if fresh is None:
        raise SystemExit("no deny-list available")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=0, sort_keys=True)
    return fresh


class G:
    """Seeded generator of shapes."""
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n): return self.s(HEX, n)
    def an(self, n): return self.s(ALNUM, n)
    def up(self, n): return self.s(UPAN, n)
    def lo(self, n): return self.s(LOAN, n)
    def dig(self, n): return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
        return v if pad else v.rstrip("=")

    def bjson(self, obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    def jwt(self, payload):
        return self.bjson({"alg": "HS256", "typ": "JWT"}) + "." + self.bjson(payload) + "." + self.b64(32, url=True, pad=False)

    WORDS = ["forecourt", "dispenser", "nozzle", "octane", "diesel", "unleaded", "canopy", "sump", "dipstick",
             "gantry", "squeegee", "chamois", "brushroll", "tunnel", "conveyor", "rinsearch", "wheelwash", "kerosene",
             "ethanol", "hydrogen", "kiosk", "fleetcard", "jetwash", "tyregauge", "airline", "manifold", "totaliser",
             "overfill", "interstitial", "vapour", "grade", "premium", "biodiesel", "adblue", "carwax", "drying",
             "mitter", "prepgun", "pricepole", "forklift", "tanker", "bunker", "coldbrew", "hotdog", "slushie"]

    def pw(self, seps="-_."):
        w = self.r.choice(self.WORDS)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice(seps) + self.lo(self.r.randint(3, 6)) + self.s(string.digits, 2)

    def spec(self, spec):
        out = []
        for part in spec.split("|"):
            if part.startswith("'"):
                out.append(part[1:-1])
            elif part == "u":
                out.append(self.uuid())
            elif part == "pw":
                out.append(self.pw())
            elif part.startswith("b64:"):
                out.append(self.b64(int(part[4:])))
            elif part.startswith("b64u:"):
                out.append(self.b64(int(part[5:]), url=True, pad=False))
            elif part.startswith("jwt"):
                out.append(self.jwt({"sub": self.dig(6), "iat": 1700000000 + self.r.randint(0, 30000000), "scope": "api"}))
            else:
                k, n = part[0], int(part[1:])
                out.append({"h": self.hex, "a": self.an, "U": self.up, "l": self.lo, "d": self.dig}[k](n))
        return "".join(out)


def keystyle(base, style):
    parts = base.split("_")
    if style == "upper": return "_".join(p.upper() for p in parts)
    if style == "snake": return base
    if style == "camel": return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "pascal": return "".join(p.capitalize() for p in parts)
    if style == "kebab": return "-".join(parts)
    if style == "dot": return ".".join(parts)
    raise ValueError(style)


def span_rec(rid, typ, container, text, value, source):
    i = text.index(value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": i, "end": i + len(value), "type": typ}], "source": source}
