import string
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
POOL = set()

def R(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))

def uniq(rng, fn):
    for _ in range(1000):
        v = fn(rng)
        if v not in POOL:
            POOL.add(v)
            return v
    raise RuntimeError("pool")

WORDS = ["Sunflower", "Tiger", "Maple", "Harbor", "Biscuit", "Lemon", "Falcon", "Garden", "Pepper", "Rocket",
         "Willow", "Cactus", "Meadow", "Orbit", "Papaya", "Juniper", "Copper", "Velvet", "Walnut", "Comet"]

def human_pw(rng):
    w = rng.choice(WORDS) + rng.choice(["", rng.choice(WORDS).lower()])
    return w + rng.choice(["", ".", "-", "_"]) + str(rng.randint(10, 9999)) + R(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1)

def mk(parts):
    """parts: str or (value, type) tuples -> text, spans"""
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"value": p[0], "start": len(text), "end": len(text) + len(p[0]), "type": p[1]})
            text += p[0]
        else:
            text += p
    return text, spans

def fill(tpl, value, typ, **kw):
    a, b = tpl.split("{V}")
    return mk([a.format(**kw), (value, typ), b.format(**kw)])
