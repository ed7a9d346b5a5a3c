"""Shared helpers for p123: value generators and the deny-list."""
import base64, json, os, re, string, uuid

BRIEF = "/tmp/brief123"
HERE = os.path.dirname(os.path.abspath(__file__))
LANG_HAND = ["urdu", "amharic", "arabic", "indonesian", "latin", "cyrillic", "ethiopic", "georgian", "greek",
             "gurmukhi", "lao", "thai", "armenian", "bengali", "devanagari", "hebrew", "khmer", "sinhala", "telugu",
             "belarusian", "esperanto", "asturian", "corsican", "fijian", "quechua", "guarani", "haitian",
             "japanese", "korean", "chinese", "dutch", "tamil", "odia", "assamese", "lingala", "shona"]

def extract_denylist(texts):
    names, langs, words = set(), set(LANG_HAND), set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            names.update(p for p in b.split("__") if p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower(); names.add(s); names.update(p for p in s.split("__") if p)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(nm.lower()); langs.update(w.lower() for w in nm.split())
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", t))
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}

def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
        if os.path.exists(path):
            frozen = json.load(open(path, encoding="utf-8"))
            if frozen != fresh:
                raise SystemExit("deny-list drift: brief READMEs differ from frozen brief_names.json")
        else:
            json.dump(fresh, open(path, "w", encoding="utf-8"), indent=0, sort_keys=True)
        return fresh
    return json.load(open(path, encoding="utf-8"))

HEX = "0123456789abcdef"
AN = string.ascii_letters + string.digits
LOWAN = string.ascii_lowercase + string.digits
UPAN = string.ascii_uppercase + string.digits
B64U = AN + "-_"

class G:
    def __init__(self, rng):
        self.r = rng
    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))
    def hex(self, n): return self.s(HEX, n)
    def HEX(self, n): return self.s("0123456789ABCDEF", n)
    def an(self, n): return self.s(AN, n)
    def lan(self, n): return self.s(LOWAN, n)
    def uan(self, n): return self.s(UPAN, n)
    def b64u(self, n): return self.s(B64U, n)
    def b64(self, nbytes): return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()
    def uuid(self): return str(uuid.UUID(bytes=bytes(self.r.randrange(256) for _ in range(16)), version=4))
    def digits(self, n): return self.s(string.digits, n)
    def jwt(self, claims):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(claims) + "." + self.b64u(43)
    WORDS = ["headway", "railcar", "bogie", "pantograph", "turnstile", "farebox", "dwelltime", "timetable",
             "interlock", "catenary", "trackside", "layover", "deadhead", "signalbox", "platform", "viaduct",
             "validator", "busbar", "roster", "railhead", "switchyard", "crossover", "tramline", "funicular",
             "gangway", "wayside", "balise", "fishplate", "sleeper", "ballast", "terminus", "shuttle", "flagstop",
             "busway", "trolley", "omnibus", "monorail", "junction", "siding", "gauge"]
    def pw(self):
        w = self.r.choice(self.WORDS)
        if self.r.random() < 0.45: w = w.capitalize()
        return w + self.r.choice("-_.") + self.s(LOWAN, self.r.randint(3, 6)) + self.digits(2)

def fill(template, value, **kw):
    """template contains {v} exactly once; returns (text, start, end)."""
    pre, post = template.split("{v}")
    for k, x in kw.items():
        pre = pre.replace("{" + k + "}", x); post = post.replace("{" + k + "}", x)
    return pre + value + post, len(pre), len(pre) + len(value)
