"""Shared helpers for p118: deny-list extraction, value generators, record assembly."""
import re, json, os, base64, uuid, string
BRIEF = "/tmp/brief118"
HERE = os.path.dirname(os.path.abspath(__file__))
LANG_HAND = ["nepali", "arabic", "eastern", "devanagari", "cyrillic", "latin", "hebrew", "han", "hangul", "kana",
             "kanji", "ethiopic", "script", "english", "python", "lua", "r", "excel", "vba", "vbscript", "perl", "php",
             "ruby", "rust", "go", "java", "c", "csharp", "kotlin", "dart", "groovy", "elixir", "erlang", "abap",
             "stata", "dhall", "xslt", "typescript", "javascript", "bash", "powershell", "sql", "t-sql", "m"]

def extract_denylist(texts):
    names, langs, words = set(), set(LANG_HAND), set()
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
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", t):
            words.add(w.lower())
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}

def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
        if os.path.exists(path):
            frozen = json.load(open(path, encoding="utf-8"))
            if frozen != fresh:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        else:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(fresh, f, ensure_ascii=False, indent=0, sort_keys=True)
        norm = re.sub(r"[^a-z0-9]", "", " ".join(texts).lower())
        return fresh, norm
    d = json.load(open(path, encoding="utf-8"))
    return d, None

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEXL = DIG + "abcdef"
WX_WORDS = ["isobar", "cumulus", "nimbus", "zephyr", "monsoon", "hailstone", "dewpoint", "anemometer", "tephigram",
            "squall", "hydrograph", "stilling", "rainshadow", "sleet", "graupel", "cirrus", "thermocline", "headwater",
            "millibar", "katabatic", "chinook", "mistral9", "solstice", "aurora", "drizzle", "floodplain", "weir",
            "pluvio", "radiosonde", "ceilometer", "stevenson", "pyranometer", "lysimeter", "gaugeboard", "snowpack",
            "tropopause", "jetstream", "haboob", "derecho", "riverbend", "baseflow", "catchment", "levee", "outflow"]

class Gen:
    def __init__(self, rng): self.r = rng
    def s(self, n, alpha=ALNUM): return "".join(self.r.choice(alpha) for _ in range(n))
    def hex(self, n, up=False): return self.s(n, "0123456789ABCDEF" if up else HEXL)
    def uuid4(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def b64(self, nbytes, url=False, strip=False):
        b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
        return v.rstrip("=") if strip else v
    def pw(self):
        w = self.r.choice(WX_WORDS)
        if self.r.random() < 0.45: w = w.capitalize()
        return w + self.r.choice("-_.") + self.s(self.r.randint(3, 6), LOW + DIG) + self.s(2, DIG)
    def jwt(self, claims):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": "RS256", "typ": "JWT"}) + "." + enc(claims) + "." + self.b64(64, url=True, strip=True)
    def user(self): return self.r.choice(["kaito", "amara", "lucia", "tomas", "ingrid", "ravi", "noor", "mateo", "oksana", "femi", "hana", "sven"]) + self.s(2, DIG)
    def host(self): return self.r.choice(["wx", "hydro", "radar", "gauge", "clim", "sat", "obs", "flood"]) + "-" + self.s(3, LOW + DIG) + "." + self.r.choice(["example.com", "example.net", "example.org"])

def fill(template, value, **kw):
    """template uses {v} for the secret, other {names} from kw. Returns (text, start, end)."""
    mark = "\ue000"
    t = template.format(v=mark, **kw)
    assert t.count(mark) == 1, template
    start = t.index(mark)
    text = t.replace(mark, value)
    return text, start, start + len(value)

def rec(rid, typ, container, text, start, end, source, **extra):
    r = {"id": rid, "type": typ, "container": container, "text": text,
         "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}], "source": source}
    for k, v in extra.items():
        if k == "encoding": r["encoding"] = v
        else: r["secrets"][0][k] = v
    return r
