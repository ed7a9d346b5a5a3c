import random, string, base64, json, re, hashlib, uuid

class Registry:
    def __init__(self):
        self.vals = []
    def ok(self, v):
        for u in self.vals:
            if v in u or u in v:
                return False
        return True
    def add(self, v):
        if not self.ok(v):
            raise ValueError(v)
        self.vals.append(v)

AL = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
WORDS = ["camshaft", "crankcase", "lugnut", "sparkplug", "brakepad", "caliper", "alternator", "radiator",
         "gearbox", "driveshaft", "tierod", "balljoint", "flywheel", "piston", "manifold", "throttle",
         "odometer", "dipstick", "torquewrench", "camber", "tailpipe", "wheelhub", "serpentine", "gasket",
         "hoist", "pitstop", "sumpplug", "axlenut", "bushing", "clutchplate", "turbo", "injector", "rotor",
         "crossmember", "muffler", "strutmount", "fanbelt", "glowplug", "wishbone", "chassis"]

def s(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))

def password(r, seps="-_.+"):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice(seps) + s(r, string.ascii_lowercase + string.digits, r.randint(3, 6)) + s(r, string.digits, 2)

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()

def b64u(r, n):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")

def jwt(r, iss):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"iss": iss, "sub": s(r, LC, 10), "iat": 1760000000 + r.randint(0, 9999999)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64u(r, 32)

def draw(reg, fn):
    for _ in range(200):
        v = fn()
        if reg.ok(v):
            reg.add(v)
            return v
    raise RuntimeError("cannot draw")

def place(template, value, **kw):
    """template contains {V} exactly once; other {X} slots filled from kw."""
    pre, post = template.split("{V}")
    for k, v in kw.items():
        pre = pre.replace("{" + k + "}", v)
        post = post.replace("{" + k + "}", v)
    text = pre + value + post
    return text, len(pre), len(pre) + len(value)

def rec(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}], "source": source}

def keyname(words, style):
    if style == "snake": return "_".join(words)
    if style == "upper": return "_".join(words).upper()
    if style == "camel": return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal": return "".join(w.capitalize() for w in words)
    if style == "kebab": return "-".join(words)
    if style == "dot": return ".".join(words)
    if style == "space": return " ".join(words)
    raise ValueError(style)
