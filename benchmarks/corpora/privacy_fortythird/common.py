import random, string, base64, json, uuid

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
AN = LOW + UP + DIG
B64 = AN + "+/"
B64U = AN + "-_"
HEXL = "0123456789abcdef"

class Pool:
    def __init__(self):
        self.used = set()
    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("pool exhausted")

class G:
    """Shape helpers bound to one seeded rng."""
    def __init__(self, rng):
        self.r = rng
    def s(self, alph, n):
        return "".join(self.r.choice(alph) for _ in range(n))
    def hex(self, n): return self.s(HEXL, n)
    def HEX(self, n): return self.s(HEXL.upper(), n)
    def an(self, n): return self.s(AN, n)
    def low(self, n): return self.s(LOW + DIG, n)
    def up(self, n): return self.s(UP + DIG, n)
    def dig(self, n): return self.s(DIG, n)
    def b64(self, n): return self.s(B64, n)
    def b64u(self, n): return self.s(B64U, n)
    def uuid(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def b64bytes(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()
    def b64ubytes(self, n):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")
    def pw(self, lo=12, hi=18, sym="!#%*-_.@+"):
        n = self.r.randint(lo, hi)
        while True:
            p = [self.r.choice(UP), self.r.choice(LOW), self.r.choice(DIG), self.r.choice(sym)]
            p += [self.r.choice(AN + sym) for _ in range(n - 4)]
            self.r.shuffle(p)
            v = "".join(p)
            if v[0] not in "-+" and v[-1] not in ".":
                return v
    def pwsafe(self, lo=12, hi=16):
        """alnum plus - _ only (URL / quoting safe)"""
        return self.pw(lo, hi, sym="-_")
    def jwt(self, header, payload):
        e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        return e(header) + "." + e(payload) + "." + self.b64ubytes(32)

def place(template, values):
    """template uses \x00N\x00 markers for span N; returns text and spans."""
    text = ""; spans = []
    parts = template.split("\x00")
    for i, part in enumerate(parts):
        if i % 2 == 1:
            idx = int(part); v, t = values[idx]
            spans.append({"value": v, "start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        else:
            text += part
    return text, spans

def mark(i=0):
    return "\x00%d\x00" % i

def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
