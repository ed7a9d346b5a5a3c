"""Shared helpers for corpus p146 (pharmacy, e-prescribing, drug dispensing)."""
import base64, hashlib, json, os, re, string, uuid

AN = string.ascii_letters + string.digits
LOWDIG = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

RX_WORDS = ["tablet", "capsule", "refill", "formulary", "pestle", "mortar", "apothecary",
            "blister", "vial", "ampoule", "syringe", "tincture", "lozenge", "dosage", "cachet",
            "gallipot", "carboy", "spatula", "sachet", "dropper", "poultice", "infusion",
            "caplet", "emulsion", "pessary", "granule", "linctus", "inhaler", "softgel",
            "nebule", "titration", "compounder", "stockroom", "cabinet", "counter", "dispensary"]


def an(R, n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(R, n):
    return an(R, n, HEX)


def b64(R, nbytes, url=False, pad=True):
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4(R):
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def owner_pw(R, seps="-_."):
    w = R.choice(RX_WORDS)
    if R.random() < 0.45:
        w = w.capitalize()
    return w + R.choice(seps) + an(R, R.randint(3, 6), LOWDIG) + an(R, 2, string.digits)


def spec(R, s):
    """Tiny shape language: 'lit:xx|an:20|hx:32|HX:8|dg:6|lo:10|up:4|b64:32|b64u:32|uuid|b64n:32'."""
    out = []
    for tok in s.split("|"):
        k, _, a = tok.partition(":")
        if k == "lit": out.append(a)
        elif k == "an": out.append(an(R, int(a)))
        elif k == "hx": out.append(hx(R, int(a)))
        elif k == "HX": out.append(hx(R, int(a)).upper())
        elif k == "dg": out.append(an(R, int(a), string.digits))
        elif k == "lo": out.append(an(R, int(a), LOWDIG))
        elif k == "up": out.append(an(R, int(a), string.ascii_uppercase + string.digits))
        elif k == "al": out.append(an(R, int(a), string.ascii_letters))
        elif k == "b64": out.append(b64(R, int(a)))
        elif k == "b64n": out.append(b64(R, int(a), pad=False))
        elif k == "b64u": out.append(b64(R, int(a), url=True, pad=False))
        elif k == "uuid": out.append(uuid4(R))
        elif k == "bs": out.append(an(R, int(a), string.ascii_letters + string.digits + "-_"))
        else: raise ValueError(tok)
    return "".join(out)


def place(template, value):
    """template with exactly one {V}; returns text, start, end."""
    assert template.count("{V}") == 1, template
    pre, post = template.split("{V}")
    return pre + value + post, len(pre), len(pre) + len(value)


def camel(k):
    parts = k.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief146"
HAND_LANG = ["english", "eng", "arabic", "arb", "japanese", "jpn", "korean", "kor", "vietnamese", "vie",
             "tagalog", "tgl", "indonesian", "ind", "haitian", "hat", "quechua", "quy", "fijian", "fij",
             "turkish", "tur", "latin", "cyrillic", "greek", "armenian", "georgian", "ethiopic",
             "devanagari", "gurmukhi", "tamil", "thai", "lao"]


def extract_denylist(texts):
    names, words = set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                if p: names.add(p.strip("_"))
        for m in re.findall(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                if p: names.add(p.strip("_"))
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            names.add(code.lower()); names.add(name.lower())
            for w in re.findall(r"[a-z]+", name.lower()):
                names.add(w)
        for w in re.findall(r"[a-z0-9]+", t.lower()):
            words.add(w)
    for h in HAND_LANG:
        names.add(h)
    names.discard("")
    return sorted(names), sorted(words)


def load_denylist(here):
    p = os.path.join(here, "brief_names.json")
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read()
                 for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith(".md")]
        names, words = extract_denylist(texts)
        fresh = {"names": names, "words": words}
        if os.path.exists(p):
            frozen = json.load(open(p, encoding="utf-8"))
            if frozen != fresh:
                raise SystemExit("deny-list differs from the frozen brief_names.json")
        else:
            with open(p, "w", encoding="utf-8") as f:
                json.dump(fresh, f, ensure_ascii=False, indent=0)
        return set(names), set(words)
    d = json.load(open(p, encoding="utf-8"))
    return set(d["names"]), set(d["words"])


def denied(name, deny):
    n = name.lower()
    if n in deny:
        return True
    return any(p.strip("_") in deny for p in n.split("__") if p)
