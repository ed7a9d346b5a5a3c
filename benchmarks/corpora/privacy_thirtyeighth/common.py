import string, zlib, base64, json
AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HX = "0123456789abcdef"
B64 = AL + "+/"
B64U = AL + "-_"
S, E = "\ue000", "\ue001"   # span markers

class G:
    def __init__(self, r): self.r = r
    def s(self, n, al=AL): return "".join(self.r.choice(al) for _ in range(n))
    def an(self, n): return self.s(n, AL)
    def hx(self, n): return self.s(n, HX)
    def HX(self, n): return self.s(n, HX.upper())
    def up(self, n): return self.s(n, UP)
    def lo(self, n): return self.s(n, LO)
    def dg(self, n): return self.r.choice("123456789") + self.s(n - 1, string.digits)
    def b64(self, n): return self.s(n, B64)
    def b64u(self, n): return self.s(n, B64U)
    def uuid(self): h = self.hx(32); return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"
    def pw(self, n=None):
        n = n or self.r.randint(12, 20)
        while True:
            mid = self.s(n - 2, AL + "._-")
            v = self.an(1) + mid + self.an(1)
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v) and ".." not in v:
                return v
    def crc_tok(self, prefix, n=30):
        body = self.an(n)
        c = zlib.crc32(body.encode()) & 0xffffffff
        out = ""
        while c: c, m = divmod(c, 62); out = AL_ORDER[m] + out
        return prefix + body + out.rjust(6, "0")
    def jwt(self, payload, alg="HS256", sig=43):
        h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{h}.{p}.{self.b64u(sig)}"

AL_ORDER = string.digits + string.ascii_uppercase + string.ascii_lowercase

def crc_ok(tok, plen):
    body, chk = tok[plen:-6], tok[-6:]
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while c: c, m = divmod(c, 62); out = AL_ORDER[m] + out
    return out.rjust(6, "0") == chk

def mark(v): return S + v + E

def resolve(text, typ):
    """Remove S/E markers and return (text, spans)."""
    spans = []; out = []; i = 0; pos = 0
    while i < len(text):
        ch = text[i]
        if ch == S:
            j = text.index(E, i)
            v = text[i + 1:j]
            spans.append({"value": v, "start": pos, "end": pos + len(v), "type": typ})
            out.append(v); pos += len(v); i = j + 1
        else:
            out.append(ch); pos += 1; i += 1
    return "".join(out), spans
