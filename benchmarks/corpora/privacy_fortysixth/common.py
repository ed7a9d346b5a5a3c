"""Shared helpers for the p46 corpus (standard library only)."""
import random, string, base64, json

NN = 46
MARK = "\u00abV\u00bb"  # «V» marks the span position in a template

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


class Pool:
    """Global uniqueness pool: no labelled value / plain reused anywhere."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("pool exhausted")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def human_password(rng):
    """Human-ish password: word fragments, digits, one symbol; >= 11 chars."""
    words = ["Falcon", "Harbor", "Maple", "Quartz", "Tundra", "Copper", "Willow", "Summit",
             "Ember", "Glacier", "Orchid", "Pepper", "Cobalt", "Meadow", "Raven", "Saffron",
             "Thistle", "Juniper", "Lantern", "Marble", "Nimbus", "Otter", "Pebble", "Sierra"]
    sym = "!*-_."
    parts = [rng.choice(words), rs(rng, string.digits, rng.randint(2, 4)), rng.choice(sym),
             rs(rng, ALNUM, rng.randint(3, 5))]
    if rng.random() < 0.5:
        parts = [parts[0].lower()] + parts[1:]
    return "".join(parts)


def fill(template, values):
    """Replace successive «V» markers by values; return text and span offsets."""
    out, spans, pos = [], [], 0
    parts = template.split(MARK)
    assert len(parts) == len(values) + 1, (template, values)
    text = ""
    for i, p in enumerate(parts):
        text += p
        if i < len(values):
            s = len(text)
            text += values[i]
            spans.append((s, len(text)))
    return text, spans


def record(rid, container, template, values, types, source, **extra):
    text, offs = fill(template, values)
    secrets = [dict(value=v, start=s, end=e, type=t) for v, (s, e), t in zip(values, offs, types)]
    r = dict(id=rid, type=types[0], container=container, text=text, secrets=secrets, source=source)
    r.update(extra)
    return r


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(rng, header, payload):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = rs(rng, B64URL, 43)
    return f"{h}.{p}.{sig}"


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
