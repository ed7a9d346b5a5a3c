"""Shared helpers for p133: deny-list extraction, random shapes, password maker."""
import re, os, json, string, base64, zlib, hashlib, uuid

BRIEF_DIR = "/tmp/brief133"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM_L = string.ascii_lowercase + string.digits
ALNUM_U = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{3})`(?:\s*\(([^)]*)\))?", t):
            langs.add(code)
            if name:
                langs.add(name.lower())
                for w in re.findall(r"[A-Za-z]+", name):
                    langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r"[^a-z0-9]", "", tok.lower())
            if n:
                tokens.add(n)
    # hand list of language / script words named in the READMEs' prose
    for w in ["asturian", "sicilian", "sardinian", "friulian", "papiamento", "bislama", "malay",
              "english", "latin", "cyrillic", "hangul", "han", "devanagari", "ge'ez", "thaana",
              "ethiopic", "arabic", "myanmar", "tibetan", "frisian", "lingala", "galician",
              "haitian", "serbian", "yiddish", "hawaiian", "standard"]:
        langs.add(w)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words), "tokens": sorted(tokens)}


def load_denylist(here):
    path = os.path.join(here, "brief_names.json")
    frozen = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else None
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
        if frozen is None:
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(fresh, fh, ensure_ascii=False, indent=0, sort_keys=True)
            frozen = fresh
        elif frozen != fresh:
            raise SystemExit("deny-list differs from frozen brief_names.json")
    if frozen is None:
        raise SystemExit("no deny-list available")
    return frozen


class Shapes:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def _u(self, v):
        if v in self.used:
            raise ValueError("dup")
        self.used.add(v)
        return v

    def uniq(self, f):
        for _ in range(50):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make unique")

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.uniq(lambda: self.s(HEX, n))

    def HEXU(self, n):
        return self.uniq(lambda: self.s("0123456789ABCDEF", n))

    def b62(self, n):
        return self.uniq(lambda: self.s(B62, n))

    def lower(self, n):
        return self.uniq(lambda: self.s(ALNUM_L, n))

    def upper(self, n):
        return self.uniq(lambda: self.s(ALNUM_U, n))

    def digits(self, n):
        return self.uniq(lambda: self.r.choice("123456789") + self.s(string.digits, n - 1))

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, nbytes):
        return self.uniq(lambda: base64.b64encode(self.rbytes(nbytes)).decode())

    def b64url(self, nbytes):
        return self.uniq(lambda: base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("="))

    def uuid4(self):
        return self.uniq(lambda: str(uuid.UUID(bytes=self.rbytes(16), version=4)))

    def pre(self, prefix, f):
        return self.uniq(lambda: prefix + f())

    def raw(self, f):
        return self.uniq(f)

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return self.uniq(lambda: h + "." + p + "." + base64.urlsafe_b64encode(self.rbytes(32)).decode().rstrip("="))


WASTE_WORDS = ["compactor", "hopper", "baler", "leachate", "tipper", "windrow", "curbside", "dumpster",
               "rolloff", "gondola", "trommel", "cullet", "biogas", "scalehouse", "hauler", "gaylord",
               "bunker", "flare", "landfill", "skipbin", "transfer", "pushwall", "tarp", "eddy", "sorter",
               "glassline", "fiberline", "digestate", "shredder", "packer", "frontload", "sideload",
               "tipfloor", "berm", "mulch", "wheelie", "residue", "ferrous", "optical", "bale"]


def owner_password(sh):
    r = sh.r
    def mk():
        w = r.choice(WASTE_WORDS)
        if r.random() < 0.45:
            w = w.capitalize()
        return w + r.choice("-_.") + "".join(r.choice(ALNUM_L) for _ in range(r.randint(3, 6))) + "".join(r.choice(string.digits) for _ in range(2))
    return sh.uniq(mk)


def crc32_b62(data, n=6):
    c = zlib.crc32(data.encode()) & 0xffffffff
    out = ""
    while c:
        c, d = divmod(c, 62)
        out = B62[d] + out
    return out.rjust(n, "0")


def github_classic(sh):
    def mk():
        body = sh.s(B62, 30)
        return "ghp_" + body + crc32_b62(body)
    return sh.uniq(mk)


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def vin_check(vin17):
    trans = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9])}
    w = [8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2]
    s = 0
    for c, wt in zip(vin17, w):
        s += (int(c) if c.isdigit() else trans[c]) * wt
    r = s % 11
    return "X" if r == 10 else str(r)


def iso6346_check(code10):
    vals = {}
    v = 10
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    s = 0
    for i, c in enumerate(code10):
        s += (int(c) if c.isdigit() else vals[c]) * (2 ** i)
    return str(s % 11 % 10)


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)
