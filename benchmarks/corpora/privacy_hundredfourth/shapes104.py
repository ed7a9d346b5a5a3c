"""Value generators (shapes) for p104. Everything generated from a seeded Random."""
import base64, binascii, json, string

A62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
WORDS = ["cctv", "doorstrike", "maglock", "keypad", "turnstile", "lobbycam", "bollard", "proxcard",
         "wiegand", "nvrbox", "ptzdome", "bullet", "fisheye", "intercom", "readerhead", "panic",
         "tamper", "armzone", "sirenbox", "gatehouse", "loadingdock", "serverroom", "mantrap",
         "badge", "keyfob", "deadbolt", "motion", "infrared", "varifocal", "cabinet", "rackroom",
         "perimeter", "fencepost", "guardhut", "keybox", "strobe", "doorhold", "egress"]

class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v); return v
        raise RuntimeError("no unique value")

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pw(self):
        def f():
            w = self.r.choice(WORDS)
            if self.r.random() < 0.4: w = w.capitalize()
            return w + self.r.choice("-_.") + self.s(string.ascii_lowercase + string.digits, self.r.randint(4, 7)) + self.s(string.digits, 2)
        return self._uniq(f)

    def tok(self, prefix, alpha, n, suffix=""):
        return self._uniq(lambda: prefix + self.s(alpha, n) + suffix)

    def uuid4(self):
        def f():
            h = self.s(HEX, 32)
            h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return self._uniq(f)

    def b64(self, nbytes, urlsafe=False, strip=False):
        def f():
            raw = bytes(self.r.randrange(256) for _ in range(nbytes))
            v = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
            return v.rstrip("=") if strip else v
        return self._uniq(f)

    def crc_token(self, prefix, body_len=30):
        """GitHub-style token: body + 6-char Base62 CRC-32 of the body."""
        def f():
            body = self.s(ALNUM, body_len)
            return prefix + body + b62(binascii.crc32(body.encode()) & 0xffffffff).rjust(6, "0")
        return self._uniq(f)

    def jwt(self, header, payload):
        def f():
            h = base64.urlsafe_b64encode(json.dumps(header, separators=(",", ":")).encode()).decode().rstrip("=")
            p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
            return f"{h}.{p}.{self.b64(32, True, True)}"
        return self._uniq(f)

def b62(n):
    out = ""
    while n:
        out = A62[n % 62] + out; n //= 62
    return out or "0"

def crc_ok(tok, prefix):
    body, tail = tok[len(prefix):-6], tok[-6:]
    return b62(binascii.crc32(body.encode()) & 0xffffffff).rjust(6, "0") == tail

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk

def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def bech32_encode(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = acc << 8 | b; bits += 8
        while bits >= 5:
            bits -= 5; data.append(acc >> bits & 31)
    if bits: data.append(acc << (5 - bits) & 31)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)

def bech32_ok(s):
    s = s.lower(); hrp, data = s.rsplit("1", 1)
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1

def age_identity(g):
    return g._uniq(lambda: bech32_encode("age-secret-key-", bytes(g.r.randrange(256) for _ in range(32))).upper())
