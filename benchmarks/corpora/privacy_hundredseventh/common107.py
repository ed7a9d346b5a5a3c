"""Shared helpers for corpus p107 (stdlib only, deterministic)."""
import json, os, re, string, uuid, base64, zlib

BRIEF_DIR = "/tmp/brief107"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

# language / script words mentioned by the two READMEs (hand list, plus extraction below)
LANG_WORDS_HAND = """punjabi gujarati kannada malayalam odia nepali assamese lao burmese tajik turkmen kyrgyz tatar malay
javanese cebuano maori samoan hawaiian malagasy somali tigrinya igbo xhosa kinyarwanda ganda bambara frisian gaelic
romansh friulian sardinian corsican occitan asturian limburgish bosnian haitian creole tok pisin akan swati afrikaans
swahili turkish polish czech slovak slovenian croatian macedonian bulgarian ukrainian romanian hungarian finnish
estonian latvian lithuanian greek albanian maltese irish welsh breton basque swedish danish faroese japanese korean
chinese vietnamese thai tagalog urdu persian pashto tamil esperanto wolof lingala arabic chichewa tswana sundanese
ilocano german english icelandic latin cyrillic gurmukhi devanagari bengali lao myanmar ethiopic kana kanji hangul han
perso odia low scottish west""".split()


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            if m:
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
    codes = set()
    langs = set(LANG_WORDS_HAND)
    for t in texts:
        for code, lname in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            for w in re.findall(r"[A-Za-z]+", lname):
                langs.add(w.lower())
    words = set()
    for t in texts:
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "codes": sorted(codes), "langs": sorted(langs), "words": sorted(words)}


def load_denylist():
    fresh = None
    if os.path.isdir(BRIEF_DIR):
        texts = []
        for fn in sorted(os.listdir(BRIEF_DIR)):
            if fn.endswith(".md"):
                with open(os.path.join(BRIEF_DIR, fn), encoding="utf-8") as f:
                    texts.append(f.read())
        fresh = extract_denylist(texts)
    if os.path.exists(FROZEN):
        with open(FROZEN, encoding="utf-8") as f:
            frozen = json.load(f)
        if fresh is not None and fresh != frozen:
            raise SystemExit("deny-list in /tmp/brief107 differs from frozen brief_names.json")
        return frozen
    if fresh is None:
        raise SystemExit("no deny-list available")
    with open(FROZEN, "w", encoding="utf-8") as f:
        json.dump(fresh, f, indent=0, sort_keys=True)
    return fresh


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, header, payload, siglen=32):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    s = b64u_nopad(bytes(rng.getrandbits(8) for _ in range(siglen)))
    return h + "." + p + "." + s


BASE62 = string.digits + string.ascii_letters


def crc32_b62(body, width=6):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


AG_WORDS = ["harvest", "tractor", "combine", "silage", "furrow", "orchard", "paddock", "haybale", "granary",
            "seeder", "sprayer", "pivot", "barley", "sorghum", "alfalfa", "heifer", "dairy", "auger", "tillage",
            "vineyard", "canola", "compost", "hopper", "trellis", "greenhouse", "rootstock", "windrow", "baler",
            "pasture", "creamery", "irrigate", "wheatfield", "feedlot", "seedbed", "hedgerow", "cropduster",
            "mulch", "threshing", "ploughman", "meadow"]


def owner_password(rng):
    w = rng.choice(AG_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    sep = rng.choice("-_.")
    mid = rs(rng, string.ascii_lowercase + string.digits, rng.randint(3, 6))
    return w + sep + mid + str(rng.randint(10, 99))


SLOT = "\ue000"


def fill(template, value):
    """template uses {V} once; returns text, start, end."""
    assert template.count("{V}") == 1, template
    t = template.replace("{V}", SLOT)
    i = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, i, i + len(value)


def count_overlapping(h, n):
    c, i = 0, h.find(n)
    while i != -1:
        c += 1
        i = h.find(n, i + 1)
    return c
