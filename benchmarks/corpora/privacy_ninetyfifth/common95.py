"""Shared helpers for corpus p95 (localization and translation-management workflows)."""
import base64, json, os, re, string, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = "/tmp/brief95"
SLOT = "\ue000"

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

L10N_WORDS = ["gettext", "msgstr", "msgid", "crowdin", "lokalise", "weblate", "transifex", "poeditor",
              "tolgee", "smartling", "locize", "glossary", "plural", "fuzzy", "xliff", "pontoon",
              "termbase", "linguist", "subtitle", "polyglot", "locale", "dubbing", "lingua"]


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, payload):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(bytes(r.randrange(256) for _ in range(32)))


def base62_crc(body):
    n = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, "0")


def crc_token(r, prefix, n=30):
    body = rs(r, n)
    return prefix + body + base62_crc(body)


def owner_password(r):
    w = r.choice(L10N_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, r.randint(4, 7), LOWALNUM) + "%02d" % r.randrange(100)


def fill(template, value, **kw):
    """Fill {V} slots (possibly several) and other named fields; return text and list of (start,end)."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    parts = t.split("{V}")
    text, spans = parts[0], []
    for p in parts[1:]:
        spans.append((len(text), len(text) + len(value)))
        text += value + p
    return text, spans


def record(rid, container, text, spans, value, typ, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ} for s, e in spans],
            "source": source}


# ---------------------------------------------------------------- deny-list
LANG_WORDS_HAND = [
    "Luxembourgish", "Galician", "Limburgish", "Venetian", "Sicilian", "Neapolitan", "Lombard", "Piedmontese",
    "Kashubian", "Sorbian", "Rusyn", "Sami", "Silesian", "Aragonese", "Mirandese", "Ladino", "Kazakh", "Uzbek",
    "Bashkir", "Chuvash", "Yakut", "Mongolian", "Uyghur", "Pashto", "Sindhi", "Sinhala", "Marathi", "Telugu",
    "Khmer", "Amharic", "Tigrinya", "Hausa", "Yoruba", "Zulu", "Wolof", "Lingala", "Ganda", "Chichewa", "Tswana",
    "Basque", "Welsh", "Irish", "Manx", "Cornish", "Faroese", "Latvian", "Lithuanian", "Estonian", "Finnish",
    "Hungarian", "Slovak", "Slovene", "Croatian", "Macedonian", "Bulgarian", "Albanian", "Maltese", "Romanian",
    "Ukrainian", "Polish", "Czech", "Greek", "Turkish", "Persian", "Urdu", "Tamil", "Thai", "Vietnamese",
    "Tagalog", "Swahili", "Afrikaans", "Esperanto", "Korean", "Japanese", "Chinese", "Oromo", "Tok", "Pisin",
    "Tongan", "Tahitian", "Fijian", "Waray", "Minangkabau", "Bislama", "Breton", "Indonesian", "Latin",
    "Cyrillic", "Arabic", "Devanagari", "Ethiopic", "Hangul", "Han", "kana", "kanji", "English",
]


def extract_denylist(texts):
    names = set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
    more = set()
    for n in names:
        for p in n.split("__"):
            if p:
                more.add(p)
    names |= more
    words = set()
    for t in texts:
        for w in re.findall(r"[A-Za-z][A-Za-z-]*", t):
            words.add(w.lower())
    langcodes = set()
    for t in texts:
        for code, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langcodes.add(code)
            for w in re.findall(r"[A-Za-z]+", nm):
                words.add(w.lower())
    langwords = set(w.lower() for w in LANG_WORDS_HAND)
    return {"names": sorted(names), "words": sorted(words), "langcodes": sorted(langcodes),
            "langwords": sorted(langwords)}


def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    fresh = None
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF_DIR))
                 if f.endswith(".md")]
        fresh = extract_denylist(texts)
    if os.path.exists(path):
        frozen = json.load(open(path, encoding="utf-8"))
        if fresh is not None and fresh != frozen:
            raise SystemExit("deny-list differs from frozen brief_names.json")
        return frozen
    if fresh is None:
        raise SystemExit("no deny-list available")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fresh, f, indent=0, sort_keys=True)
    return fresh


def name_hits(name, deny):
    names = set(deny["names"])
    n = name.lower()
    hits = []
    if n in names:
        hits.append(n)
    for p in n.split("__"):
        if p in names:
            hits.append(p)
    return hits
