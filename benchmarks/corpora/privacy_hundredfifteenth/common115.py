"""Shared helpers for p115 (standard library only)."""
import base64, json, re, string, uuid, zlib, hashlib

SLOT = "\ue000"
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
LD = string.ascii_lowercase + string.digits
UD = string.ascii_uppercase + string.digits

OWNER_WORDS = ["wellhead", "drillbit", "derrick", "mudlog", "casing", "tubing", "choke", "manifold",
               "pigging", "flowline", "roughneck", "stope", "haulroad", "dragline", "crusher", "tailings",
               "bitumen", "condensate", "separator", "flarestack", "riser", "spudding", "wireline",
               "fracsand", "pumpjack", "headframe", "drawworks", "shaleshaker", "kellybar", "blowout",
               "gasoline", "christmastree", "stinger", "overburden", "orebody", "pitwall", "smelter",
               "turbidite", "anticline", "caprock"]


def rstr(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def owner_pw(r):
    w = r.choice(OWNER_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice("-_.") + rstr(r, LD, r.randint(3, 6)) + rstr(r, string.digits, 2)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64(r, n, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r, iss, sub=None, aud=None):
    h = b64u_json({"alg": "RS256", "typ": "JWT", "kid": rstr(r, AN, 12)})
    p = {"iss": iss, "sub": sub or uuid4(r), "iat": 1767225600 + r.randint(0, 9999999)}
    p["exp"] = p["iat"] + 3600
    if aud:
        p["aud"] = aud
    return h + "." + b64u_json(p) + "." + b64(r, 64, url=True)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62_crc(body):
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(6, "0")


def gen_spec(r, spec):
    """spec: list of parts. str part = literal; tuple (cls, n)."""
    out = []
    classes = {"a": AN, "h": HEX, "H": HEX.upper(), "d": string.digits, "b": B64, "u": B64U,
               "l": LD, "U": UD, "L": string.ascii_lowercase}
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(uuid4(r))
        elif p[0] == "pw":
            out.append(owner_pw(r))
        elif p[0] == "b64":
            out.append(b64(r, p[1]))
        elif p[0] == "b64u":
            out.append(b64(r, p[1], url=True))
        elif p[0] == "jwt":
            out.append(jwt(r, p[1], aud=p[2] if len(p) > 2 else None))
        else:
            out.append(rstr(r, classes[p[0]], p[1]))
    return "".join(out)


def place(template, value):
    """template contains exactly one SLOT; returns text, start, end."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    return template.replace(SLOT, value), start, start + len(value)


# ---------- deny-list ----------
LANG_HAND = ["german", "spanish", "chinese", "pashto", "assamese", "indonesian", "maltese", "esperanto",
             "greek", "arabic", "latin", "cyrillic", "thai", "lao", "myanmar", "ethiopic", "armenian",
             "georgian", "devanagari", "gurmukhi", "tamil", "odia", "kannada", "malayalam", "gujarati",
             "tatar", "persian", "nepali", "punjabi", "hawaiian", "samoan", "maori", "shona", "english",
             "php", "ocaml", "matlab", "prolog", "tcl", "mysql", "javascript", "racket", "lisp"]


def extract_denylist(texts):
    names, langs, words = set(), set(LANG_HAND), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(nm.lower())
            for w in re.findall(r"[A-Za-z]+", nm):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}
