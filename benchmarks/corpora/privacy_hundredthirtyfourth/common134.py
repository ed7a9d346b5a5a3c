"""Shared helpers for p134 (dental-practice and dental-lab developers)."""
import base64, hashlib, json, os, random, re, string, uuid

BRIEF_DIR = "/tmp/brief134"
HERE = os.path.dirname(os.path.abspath(__file__))
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LDIG = LOWER + string.digits
HEX = "0123456789abcdef"
B62 = ALNUM

DENTAL_WORDS = ["molar", "bicuspid", "gingiva", "enamel", "dentin", "cusp", "incisor", "premolar",
    "alveolar", "occlusal", "lingual", "buccal", "amalgam", "zirconia", "veneer", "abutment",
    "sulcus", "fluoride", "aligner", "articulator", "prophy", "curette", "scaler", "bitewing",
    "panoramic", "gypsum", "sprue", "pontic", "inlay", "onlay", "lithium", "composite",
    "frenum", "papilla", "mandible", "maxilla", "periapical", "endodont", "rubberdam", "matrixband",
    "sintering", "milling", "coping", "facebow", "waxup", "overdenture", "sealant", "autoclave"]


def owner_password(rng):
    w = rng.choice(DENTAL_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = "".join(rng.choice(LDIG) for _ in range(rng.randint(3, 6)))
    return w + rng.choice("-_.") + mid + "".join(rng.choice(string.digits) for _ in range(2))


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(rng, nbytes, url=False, pad=True):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, payload):
    return b64u_json({"alg": "HS256", "typ": "JWT"}) + "." + b64u_json(payload) + "." + b64(rng, 32, url=True, pad=False)


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gs1_check(s):
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(s)))
    return str((10 - total % 10) % 10)


def place(template, value):
    """template contains {v} once; return text, start, end."""
    assert template.count("{v}") == 1, template
    i = template.index("{v}")
    text = template.replace("{v}", value)
    return text, i, i + len(value)


def rec(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------- deny-list ----------------
LANG_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
SCRIPT_WORDS = ["latin", "cyrillic", "greek", "georgian", "armenian", "devanagari", "sinhala", "telugu",
                "khmer", "japanese", "kana", "kanji", "hangul", "han", "ethiopic", "arabic", "perso-arabic",
                "gurmukhi", "tamil", "odia", "bengali", "bengali-assamese", "thai", "lao", "hebrew", "tajik",
                "cantonese"]


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                names.add(p)
        for w in re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", t):
            words.add(w.lower())
        for code, name in LANG_RE.findall(t):
            langs.add(code.lower()); langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
    for s in SCRIPT_WORDS:
        if any(s in t.lower() for t in texts):
            langs.add(s)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs)}


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
            raise SystemExit("brief_names.json differs from re-extracted deny-list")
        if frozen is None:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(fresh, f, indent=0, ensure_ascii=False)
        return fresh
    if frozen is None:
        raise SystemExit("no deny-list available")
    return frozen
