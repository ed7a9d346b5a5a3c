import random, string

MARK = "\u00abV\u00bb"  # «V»
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"

PEOPLE = ["Maren", "Tobias", "Priya", "Jonah", "Aiyana", "Luca", "Sofie", "Dario", "Keiko", "Femi", "Ines", "Rasmus", "Chloe", "Mateo", "Yara", "Nils"]
CLIENTS = ["Bluefin Coffee", "Harbour Lights Festival", "Northwall Records", "Kite & Pine Outdoors", "Velvet Loom Studio", "Okapi Books", "Saltmarsh Brewery", "Lumen Dance Co.", "Tidewater Podcast Network", "Copperleaf Hotels", "Marigold Skincare", "Quarry Street Gallery"]
HOSTS = ["studio.example", "agency.example", "media.example", "cdn.example", "podcast.example", "shop.example"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, n=None):
    n = n or rng.randint(13, 20)
    core = rs(rng, ALNUM, n - 2)
    sym = rng.choice("!#%*+-.=?_~")
    pos = rng.randint(1, len(core) - 1)
    return core[:pos] + sym + core[pos:] + str(rng.randint(0, 9))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def fill(rng, tpl, value, extra=None):
    """Replace filler tokens and the single value marker; return (text, start)."""
    reps = {"@P@": rng.choice(PEOPLE), "@Q@": rng.choice(PEOPLE), "@C@": rng.choice(CLIENTS),
            "@H@": rng.choice(HOSTS), "@D@": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
            "@N@": str(rng.randint(1000, 9999))}
    if extra:
        reps.update(extra)
    for k, v in reps.items():
        tpl = tpl.replace(k, v)
    assert tpl.count(MARK) == 1, tpl
    start = tpl.index(MARK)
    text = tpl.replace(MARK, value)
    return text, start


def rec(text, start, value, typ, container, source):
    return {"type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
            "source": source}


def b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def fake_jwt(rng, payload):
    import json
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, URLSAFE, 43)
