import random, string, base64, json, uuid
M0, M1 = "\ue000", "\ue001"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
WORDS = ["Copper", "Falcon", "Gantry", "Servo", "Turbine", "Relay", "Piston", "Boiler", "Anvil", "Lathe",
         "Hopper", "Conveyor", "Spindle", "Valve", "Rotor", "Stator", "Gearbox", "Winch", "Crane", "Forge",
         "Cobalt", "Nickel", "Quartz", "Basalt", "Harbor", "Meadow", "Tundra", "Canyon", "Glacier", "Ember"]

class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))
    def hex(self, n): return self.s(HEX, n)
    def HEX(self, n): return self.s(HEX.upper(), n)
    def an(self, n): return self.s(ALNUM, n)
    def low(self, n): return self.s(string.ascii_lowercase + string.digits, n)
    def up(self, n): return self.s(string.ascii_uppercase + string.digits, n)
    def dig(self, n): return self.s(string.digits, n)
    def b64(self, n): return self.s(B64, n)
    def b64u(self, n): return self.s(B64U, n)
    def b32(self, n): return self.s(B32, n)
    def b64bytes(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def pw(self):
        return self.r.choice(WORDS) + self.r.choice("-_.") + self.s(string.ascii_lowercase + string.digits, self.r.randint(4, 7)) + self.dig(2)
    def jwt(self, header, payload, siglen=43):
        e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        return e(header) + "." + e(payload) + "." + self.b64u(siglen)
    def choice(self, xs): return self.r.choice(xs)
    def randint(self, a, b): return self.r.randint(a, b)

def mark(v):
    return M0 + v + M1

def finish(text_marked, types):
    """types: list of span types in order of markers."""
    spans, out, i, k = [], [], 0, 0
    pos = 0
    while True:
        a = text_marked.find(M0, i)
        if a < 0:
            out.append(text_marked[i:]); break
        b = text_marked.find(M1, a)
        out.append(text_marked[i:a]); pos += a - i
        v = text_marked[a + 1:b]
        spans.append({"value": v, "start": pos, "end": pos + len(v), "type": types[k]})
        out.append(v); pos += len(v); k += 1
        i = b + 1
    return "".join(out), spans
