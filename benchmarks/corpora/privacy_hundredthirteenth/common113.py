"""Shared helpers for corpus p113 (maritime). Standard library only."""
import base64, json, re, string, uuid, zlib, hashlib

SLOT = "\ue000"
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

SEA_WORDS = ["mooring", "bollard", "hawser", "capstan", "bowline", "starboard", "leeward", "windlass",
             "gangway", "bulkhead", "keelson", "fairlead", "ballast", "quayside", "drydock", "lashing",
             "twistlock", "stevedore", "pilotage", "anchorage", "tugboat", "seawall", "spreader",
             "mainmast", "foredeck", "sternway", "crowsnest", "buoyage", "lighter", "wharfage"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, HEXL, n)
    return s.upper() if upper else s


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(rng, nbytes, urlsafe=False, strip=False):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s.rstrip("=") if strip else s


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, claims):
    return b64u_json({"alg": "HS256", "typ": "JWT"}) + "." + b64u_json(claims) + "." + b64(rng, 32, True, True)


def sea_password(rng):
    w = rng.choice(SEA_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, LOW + string.digits, rng.randint(3, 6)) + rs(rng, string.digits, 2)


def crc32_b62(body, width=6):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def fill(template, value, **kw):
    """Insert value at the slot; return (text, start)."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    assert t.count(SLOT) == 1, template
    start = t.index(SLOT)
    return t.replace(SLOT, value), start


def rec(rid, typ, container, text, start, value, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
            "source": source}


# ---------------- deny-list extraction ----------------
LANG_HAND = ["latin", "cyrillic", "arabic", "gurmukhi", "devanagari", "tamil", "thai", "lao", "myanmar",
             "ethiopic", "greek", "burmese", "persian", "urdu", "malay", "english"]


def extract_denylist(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
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
        for code, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(nm.lower())
            for w in re.findall(r"[A-Za-zÀ-ÿ]+", nm):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-zÀ-ÿ]+", t):
            words.add(w.lower())
    langs.update(LANG_HAND)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())
