"""Shared helpers: value shapes, span assembly. Standard library only."""
import base64, json, string

M = "\ue000"  # value slot marker in templates
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
URLSAFE = ALNUM + "_-"
WORDS = ["Keystore", "Upload", "Release", "Bundle", "Signing", "Archive", "Gradle", "Xcode",
         "Beta", "Tester", "Flutter", "Kotlin", "Swift", "Device", "Canary", "Rollout", "Notary",
         "Sandbox", "Pixel", "Simulator", "Emulator", "Storefront", "Widget", "Launch"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, HEXL, n)
    return s.upper() if upper else s


def uuid4(rng, upper=False):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if upper else u


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, header, payload, siglen=43):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, URLSAFE, siglen)


def b64_of_random(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def owner_password(rng):
    return rng.choice(WORDS) + rng.choice("-_.") + rs(rng, LOW + DIG, rng.randint(4, 7)) + rs(rng, DIG, 2)


class Pool:
    """Uniqueness pool for every labelled value and evasion plain."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen and not any(v in s or s in v for s in self.seen if min(len(v), len(s)) >= 6):
                self.seen.add(v)
                return v
        raise RuntimeError("pool exhausted")


def fill(template, values):
    """template contains M once per value (in order). Returns text, spans."""
    parts = template.split(M)
    assert len(parts) == len(values) + 1, (template[:80], len(parts), len(values))
    text = parts[0]
    spans = []
    for (val, typ), nxt in zip(values, parts[1:]):
        start = len(text)
        text += val
        spans.append({"value": val, "start": start, "end": len(text), "type": typ})
        text += nxt
    return text, spans


def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
