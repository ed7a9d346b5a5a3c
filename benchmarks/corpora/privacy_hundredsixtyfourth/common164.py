"""Shared helpers for corpus p164 (standard library only)."""
import base64
import hashlib
import json
import string

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

SALON_WORDS = [
    "balayage", "foilwrap", "blowout", "pedicure", "manicure", "cuticle", "lavender",
    "eucalyptus", "hotstone", "keratin", "pomade", "curler", "bobbypin", "chignon",
    "fringe", "toner", "gloss", "serum", "loofah", "sauna", "seaweed", "cucumber",
    "mascara", "pumice", "bristle", "scissors", "ombre", "henna", "vanity", "kimono",
    "updo", "beehive", "hairspray", "lipbalm", "nailfile", "buffer", "rosewater",
    "shearling", "tintbowl", "mudmask", "steamer", "waxpot", "brow", "lashlift",
    "perm", "bobcut", "pixie", "braid", "cornrow", "marcel", "diffuser", "teasing",
    "volumizer", "jojoba", "argan", "sheamoist", "facialist", "reflexology", "aroma",
    "towelwarmer", "gelpolish", "acrylic", "dipnail", "hotwax", "shampoo", "clipper",
]
JOINERS = "-_.+~"
SAFE_JOINERS = "-_."


class Registry:
    """Hands out values and refuses any value in a substring relation with an earlier one."""

    def __init__(self):
        self.values = []
        self._set = set()

    def ok(self, v):
        if v in self._set:
            return False
        for old in self.values:
            if v in old or old in v:
                return False
        return True

    def add(self, v):
        self.values.append(v)
        self._set.add(v)
        return v

    def draw(self, fn, *a):
        for _ in range(500):
            v = fn(*a)
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


def b64_bytes(rng, n, urlsafe=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(n))
    out = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    out = out.decode()
    return out if pad else out.rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = "89ab"[rng.randrange(4)]
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, payload, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    body = b64url_json(payload)
    sig = b64_bytes(rng, 32, urlsafe=True, pad=False)
    return f"{head}.{body}.{sig}"


def password(rng, safe=False):
    w = rng.choice(SALON_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    j = rng.choice(SAFE_JOINERS if safe else JOINERS)
    mid = rs(rng, rng.randint(3, 6), LOWER_ALNUM)
    return f"{w}{j}{mid}{rng.randint(10, 99)}"


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


# ---- key-name case styles -------------------------------------------------

def key_style(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dotted":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---- placing a value into a template ---------------------------------------

def place(tpl, value, **kw):
    """Fill «name» slots from kw, then split on «V»; return (text, start, end)."""
    for k, v in kw.items():
        tpl = tpl.replace("«" + k + "»", str(v))
    if tpl.count("«V»") != 1:
        raise ValueError("template must hold exactly one «V»: " + tpl[:80])
    pre, post = tpl.split("«V»")
    text = pre + value + post
    if "«" in text or "»" in text:
        raise ValueError("unfilled slot in: " + text[:120])
    return text, len(pre), len(pre) + len(value)


def span_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
        "source": source,
    }
