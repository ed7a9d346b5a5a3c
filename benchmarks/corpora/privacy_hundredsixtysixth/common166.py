"""Shared helpers for the p166 corpus (childcare / nursery / daycare-management world)."""
import base64
import hashlib
import json
import string
import uuid

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = LOWER + UPPER + DIGITS
LOWNUM = LOWER + DIGITS
B64URL = ALNUM + "-_"

# words of the childcare world used for owner-chosen passwords
WORDS = [
    "crayon", "sandpit", "naptime", "buggy", "playdough", "teddy", "rainbow", "storytime",
    "ladybird", "sunflower", "caterpillar", "puddle", "wellies", "beanbag", "tricycle",
    "giraffe", "bumblebee", "hopscotch", "lullaby", "giggles", "squiggle", "pebble", "acorn",
    "dandelion", "marbles", "snuggle", "toddler", "bluebell", "duckling", "mudkitchen",
    "fingerpaint", "sippycup", "rattle", "babbling", "tadpole", "butterfly", "hedgehog",
    "gingerbread", "jigsaw", "hullabaloo", "snackbox", "lunchbox", "playmat", "bubbles",
    "glitter", "sticker", "bunny", "chickpea", "raindrop", "conker", "pinecone", "kazoo",
    "maracas", "xylophone", "building", "blocks", "nursery", "ragdoll", "trampoline",
    "seesaw", "slide", "swing", "tortoise", "goldfish", "woodland", "pitterpatter",
]


class Registry:
    """Hands out values; refuses any value in a substring relation with an earlier one."""

    def __init__(self):
        self.values = []
        self.seen = set()

    def ok(self, v):
        if v in self.seen:
            return False
        for w in self.values:
            if v in w or w in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            return False
        self.values.append(v)
        self.seen.add(v)
        return True

    def draw(self, fn):
        for _ in range(500):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, HEX, n)
    return s.upper() if upper else s


def uuid4(rng):
    return str(uuid.UUID(bytes=rng.randbytes(16), version=4))


def b64(rng, nbytes):
    return base64.b64encode(rng.randbytes(nbytes)).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(rng.randbytes(nbytes)).decode().rstrip("=")


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, payload, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    body = b64url_json(payload)
    sig = b64url(rng, 32 if alg == "HS256" else 64)
    return head + "." + body + "." + sig


def password(rng, joiners="-_.+"):
    w = rng.choice(WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = rs(rng, LOWNUM, rng.randint(3, 5))
    return w + rng.choice(joiners) + mid + rs(rng, DIGITS, 2)


def lower_password(rng, joiners="-"):
    """Password of lower-case letters / digits (for notations that lose case)."""
    w = rng.choice(WORDS)
    mid = rs(rng, LOWNUM, rng.randint(3, 4))
    j = rng.choice(joiners) if joiners else ""
    return w + j + mid + rs(rng, DIGITS, 2)


def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "space":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def fill(template, **kw):
    out = template
    for k, v in kw.items():
        out = out.replace("\u00ab" + k + "\u00bb", v)
    return out


def make_span_record(rid, rtype, container, text, value, source):
    i = text.find(value)
    assert i >= 0, (rid, value, text)
    return {
        "id": rid,
        "type": rtype,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": i, "end": i + len(value), "type": rtype}],
        "source": source,
    }


def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


HOSTS = [
    "db.littleacorns.internal", "mis.brightsteps.internal", "10.40.2.15", "kiosk01.sunbeams.local",
    "api.nurseryhub.example", "nvr.roomcams.local", "intercom.frontdoor.local", "192.168.10.21",
    "billing.tinytots.internal", "journal.earlyyears.example", "172.16.8.30", "rota.kidscove.internal",
]
ROOMS = ["Baby Room", "Tweenies", "Toddlers", "Pre-school", "Caterpillars", "Butterflies",
         "Rainbow Room", "Little Owls", "Busy Bees", "Sunflowers", "Ladybirds", "Explorers"]
USERS = ["nursery_app", "kiosk", "admin", "manager", "svc_billing", "mis_ro", "camadmin",
         "deputy", "office", "eyfs_sync", "intercom", "backup"]
