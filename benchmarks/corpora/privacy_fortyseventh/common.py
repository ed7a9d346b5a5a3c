"""Shared helpers: seeded value generators and span-marked text assembly."""
import random, string, base64, json

A = string.ascii_letters + string.digits
AL = string.ascii_lowercase + string.digits
AU = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64U = A + "-_"
B64 = A + "+/"
S, E = "\ue000", "\ue001"   # span markers, removed by finish()

POOL = set()  # one uniqueness pool for every labelled value / plain


def rs(rng, n, alpha=A):
    return "".join(rng.choice(alpha) for _ in range(n))


def uniq(fn):
    for _ in range(200):
        v = fn()
        if v not in POOL:
            POOL.add(v)
            return v
    raise RuntimeError("cannot draw unique value")


def mark(v):
    return S + v + E


def finish(text, types):
    """Strip markers, return (clean_text, spans). types: list, one per marked span."""
    out, spans, i, cur, start = [], [], 0, 0, None
    buf = []
    for ch in text:
        if ch == S:
            start = len(buf)
        elif ch == E:
            spans.append((start, len(buf)))
        else:
            buf.append(ch)
    clean = "".join(buf)
    assert len(spans) == len(types), (len(spans), types, clean[:80])
    return clean, [{"value": clean[a:b], "start": a, "end": b, "type": t} for (a, b), t in zip(spans, types)]


def human_pw(rng):
    words = ["Orbit", "Tensor", "Cobalt", "Maple", "Quasar", "Delta", "Falcon", "Harbor", "Lumen", "Nimbus",
             "Pixel", "Raven", "Sierra", "Tundra", "Vector", "Willow", "Zephyr", "Ember", "Garnet", "Juniper"]
    sym = "!#%&*+?^~"
    return uniq(lambda: rng.choice(words) + rs(rng, 2, string.digits) + rng.choice(sym) + rs(rng, rng.randint(4, 7), A) + rng.choice(sym))


def b64url_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_like(rng, payload):
    h = b64url_json({"alg": "HS256", "typ": "JWT"})
    return h + "." + b64url_json(payload) + "." + rs(rng, 43, B64U)
