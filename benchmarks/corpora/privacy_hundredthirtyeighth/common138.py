import re, json, random, base64, hashlib, zlib, uuid
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
UPAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOAL = "abcdefghijklmnopqrstuvwxyz0123456789"
WORDS = ["salmon","smolt","trawl","seine","gillnet","longline","trawler","hake","pollock","halibut","mackerel",
 "herring","capelin","krill","wellboat","roe","fillet","brine","kelp","mussel","oyster","tilapia","haddock",
 "bycatch","winch","codend","sounder","pontoon","mooring","netpen","auger","brailer","otterboard","trawldoor",
 "fishhold","gutting","skipjack","pelagic","hatchery","lumpfish","wrasse","sprat","whiting","cuttle"]

def s(r, alpha, n): return "".join(r.choice(alpha) for _ in range(n))
def owner_pw(r, seps="-_.~"):
    w = r.choice(WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice(seps) + s(r, "abcdefghijkmnpqrstuvwxyz23456789", r.randint(3, 6)) + s(r, "0123456789", 2)
def b64(r, n): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
def b64url(r, n): return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")
def uuid4(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def jwt(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({"alg":"HS256","typ":"JWT"},separators=(",",":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload,separators=(",",":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64url(r, 32)
def crc_b62(body):
    c = zlib.crc32(body.encode()); o = ""
    for _ in range(6): o = B62[c % 62] + o; c //= 62
    return o
def gh(r, pre):
    body = s(r, B62, 30); return pre + body + crc_b62(body)

class Uniq:
    def __init__(self): self.seen = set()
    def take(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.seen and not any(v in x or x in v for x in self.seen if len(x) > 5 and len(v) > 5 and (v in x or x in v)):
                self.seen.add(v); return v
        raise RuntimeError("no unique value")

def fill(tpl, **kw):
    """replace {name} slots; returns text and start of the {v} slot"""
    out = tpl
    for k, val in kw.items():
        if k == "v": continue
        out = out.replace("{" + k + "}", val)
    assert out.count("{v}") == 1, tpl
    i = out.index("{v}"); return out.replace("{v}", kw["v"]), i

# ---------- deny-list ----------
LANG_EXTRA = ["ckb","pus","tir","mri","smo","ceb","roh","ast","jav","sorani","pashto","tigrinya","maori","samoan","cebuano",
 "romansh","asturian","javanese","latin","cyrillic","hebrew","hangul","han","devanagari","kana","kanji","myanmar","english"]
def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower(); names.add(b)
            for p in b.split("__"): names.add(p)
        for sn in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            sn = sn.lower(); names.add(sn)
            for p in sn.split("__"):
                if p: names.add(p)
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", t): words.add(w.lower())
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(nm.lower())
            for w in re.findall(r"[A-Za-z]+", nm): langs.add(w.lower())
    langs |= set(LANG_EXTRA)
    toks = set()
    for t in texts:
        for tok in t.split():
            n = re.sub(r"[^a-z0-9]", "", tok.lower())
            if n: toks.add(n)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs), "tokens": sorted(toks)}
def denied(name, names):
    n = name.lower()
    return n in names or any(p in names for p in n.split("__") if p)
