"""Shared helpers and deny-list extraction for p120."""
import re, json, os, random, string, base64, uuid, hashlib, zlib

MARK = "\ue000"
BRIEF = "/tmp/brief120"
HERE = os.path.dirname(os.path.abspath(__file__))

def extract_denylist(texts):
    names = set()
    langs = set()
    words = set()
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
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code.lower())
            langs.add(nm.lower())
            for w in re.findall(r"[A-Za-z']+", nm):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z][A-Za-z0-9'-]*", t):
            words.add(w.lower())
    # language / script words named in prose paragraphs
    for w in ["urdu", "amharic", "belarusian", "esperanto", "asturian", "corsican", "dutch", "nld",
              "arabic", "armenian", "cyrillic", "ethiopic", "georgian", "greek", "gurmukhi", "lao",
              "latin", "thai", "myanmar", "tamil", "kannada", "malayalam", "gujarati", "perso-arabic",
              "ge'ez", "lingala", "shona", "odia", "assamese", "frisian", "romansh", "malay"]:
        langs.add(w)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}

def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = extract_denylist(texts)
        if os.path.exists(path):
            old = json.load(open(path, encoding="utf-8"))
            if old != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        else:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(d, f, indent=0, ensure_ascii=False)
        return d
    return json.load(open(path, encoding="utf-8"))

def name_hits(name, deny_names):
    n = name.lower()
    hits = []
    if n in deny_names:
        hits.append(n)
    for p in n.split("__"):
        if p and p in deny_names:
            hits.append(p)
    return hits

A62 = string.ascii_letters + string.digits
LHEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
B64U = A62 + "-_"

def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))

def uuid4(r):
    b = bytearray(r.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(b)))

def b64bytes(r, n, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    if url:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode()

def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

def jwt(r, claims):
    h = b64u_json({"alg": "HS256", "typ": "JWT"})
    p = b64u_json(claims)
    s = b64bytes(r, 32, url=True)
    return h + "." + p + "." + s

def crc32_b62(payload):
    c = zlib.crc32(payload.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, d = divmod(c, 62)
        out = A62[d] + out
    return out.rjust(6, "0")

AD_WORDS = ["impression", "viewability", "pacing", "frequency", "waterfall", "floorprice", "creative",
            "pixel", "retarget", "lookalike", "bidstream", "auction", "postback", "lineitem", "inventory",
            "overlay", "interstitial", "rewarded", "banner", "preroll", "midroll", "audience", "cohort",
            "uplift", "clickthrough", "conversion", "placement", "publisher", "advertiser", "campaign",
            "budget", "flight", "dayparting", "geofence", "tracker", "beacon", "vasttag", "adslot"]

def owner_password(r):
    w = r.choice(AD_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, string.ascii_lowercase + string.digits, r.randint(3, 6)) + rs(r, string.digits, 2)

def fill(template, value):
    """Replace the single MARK with value, return (text, start, end)."""
    assert template.count(MARK) == 1, template
    i = template.index(MARK)
    text = template[:i] + value + template[i + 1:]
    return text, i, i + len(value)

def rec_pos(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}], "source": source}
