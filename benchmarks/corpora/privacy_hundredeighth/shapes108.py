"""Value generators for p108 (standard library only)."""
import base64, json, string, uuid

SLOT = "\ue000"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
UHEX = HEX.upper()
ALNUM = string.ascii_letters + string.digits
UALNUM = string.ascii_uppercase + string.digits
LALNUM = string.ascii_lowercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

WORDS = ["chargepoint", "wallbox", "inverter", "busbar", "feeder", "substation", "kilowatt",
         "solarfarm", "powerwall", "gridtie", "microgrid", "transformer", "meterbox", "peakload",
         "sunrise", "voltage", "ampere", "turbine", "battery", "rooftop", "offpeak", "islanding",
         "recloser", "smartmeter", "ev-depot", "flexload", "heatpump", "pvstring", "megawatt", "tariff"]


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def pw(rng):
    w = rng.choice(WORDS).replace("-", "")
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, string.ascii_lowercase + string.digits, rng.randint(4, 7)) + rs(rng, string.digits, 2)


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, sub, iss):
    h = b64u_json({"alg": "RS256", "typ": "JWT", "kid": rs(rng, LALNUM, 8)})
    p = b64u_json({"iss": iss, "sub": sub, "iat": 1790000000 + rng.randint(0, 9999999),
                   "exp": 1800000000 + rng.randint(0, 9999999), "jti": rs(rng, LALNUM, 12)})
    return h + "." + p + "." + rs(rng, B64U, 86)


def b64bytes(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def gen(rng, spec):
    """spec: list of parts; str literal or (alphabet, n) or special tokens."""
    out = []
    for part in spec:
        if isinstance(part, str):
            if part == "UUID":
                out.append(uid(rng))
            elif part == "PW":
                out.append(pw(rng))
            elif part.startswith("B64:"):
                out.append(b64bytes(rng, int(part[4:])))
            elif part.startswith("JWT:"):
                out.append(jwt(rng, rs(rng, LALNUM, 10), part[4:]))
            else:
                out.append(part)
        else:
            out.append(rs(rng, part[0], part[1]))
    return "".join(out)


def place(template, value):
    """template contains exactly one SLOT; returns text, start, end."""
    assert template.count(SLOT) == 1, template
    i = template.index(SLOT)
    return template.replace(SLOT, value), i, i + len(value)
