"""Shared helpers: shapes, ham words, value registry (p151)."""
import random, string, base64, uuid, zlib, hashlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HAMWORDS = ["antenna", "dipole", "yagi", "balun", "coax", "squelch", "repeater", "simplex",
            "duplex", "bandplan", "ionosphere", "skywave", "heliax", "transceiver", "ragchew",
            "dxpedition", "beacon", "sideband", "azimuth", "doppler", "transponder", "cubesat",
            "keyer", "paddle", "wattmeter", "ferrite", "toroid", "loadcoil", "ladderline",
            "groundplane", "vertical", "quadloop", "tuner", "preamp", "diplexer", "duplexer",
            "propagation", "sunspot", "aurora", "meteorscatter", "moonbounce", "hamfest",
            "foxhunt", "wavelength", "kilocycle", "gridsquare", "rotator", "feedline"]


class Reg:
    """Registry of labelled values; rejects any value in a substring relation with another."""
    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v in w or w in v:
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError("could not draw a fresh value")


class Shapes:
    def __init__(self, rnd):
        self.r = rnd

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        return self.s("0123456789ABCDEF" if upper else "0123456789abcdef", n)

    def an(self, n):
        return self.s(ALNUM, n)

    def lowan(self, n):
        return self.s(string.ascii_lowercase + string.digits, n)

    def upan(self, n):
        return self.s(string.ascii_uppercase + string.digits, n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    def rb(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rb(n)).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(self.rb(n)).decode().rstrip("=")

    def uuid4(self):
        return str(uuid.UUID(bytes=self.rb(16), version=4))

    def pw(self):
        w = self.r.choice(HAMWORDS)
        if self.r.random() < 0.45:
            w = w.capitalize()
        sep = self.r.choice("-_.")
        mid = self.s(string.ascii_lowercase + string.digits, self.r.randint(3, 6))
        return w + sep + mid + self.s(string.digits, 2)

    def b62int(self, n, width):
        out = ""
        while n:
            n, m = divmod(n, 62)
            out = B62[m] + out
        return out.rjust(width, "0")

    def github(self, prefix):
        body = self.an(30)
        return prefix + body + self.b62int(zlib.crc32(body.encode()), 6)

    def jwt(self, payload):
        import json
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64url(32)

    def bech32(self, hrp, data_bytes, upper=False):
        return bech32_encode(hrp, convertbits(data_bytes, 8, 5), upper)

    def wg(self):
        k = bytearray(self.rb(32))
        k[0] &= 248; k[31] &= 127; k[31] |= 64
        return base64.b64encode(bytes(k)).decode()


CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data, upper):
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    s = hrp + "1" + "".join(CHARSET[d] for d in data + chk)
    return s.upper() if upper else s


def convertbits(data, f, t):
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << f) | b
        bits += f
        while bits >= t:
            bits -= t
            out.append((acc >> bits) & ((1 << t) - 1))
    if bits:
        out.append((acc << (t - bits)) & ((1 << t) - 1))
    return out


def aprs_passcode(call):
    """APRS-IS passcode: 15-bit hash of the base callsign (public algorithm)."""
    c = call.upper().split("-")[0]
    h = 0x73e2
    for i in range(0, len(c), 2):
        h ^= ord(c[i]) << 8
        if i + 1 < len(c):
            h ^= ord(c[i + 1])
    return str(h & 0x7fff)


def callsign(r):
    pre = r.choice(["K", "N", "W", "AA", "KD", "KE", "KF", "WB", "G", "M0", "DL", "F4", "EA", "VK", "JA", "PA", "OH", "SP", "VE", "ZL"])
    num = str(r.randint(0, 9)) if not pre[-1].isdigit() else ""
    return pre + num + "".join(r.choice(string.ascii_uppercase) for _ in range(r.randint(2, 3)))


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def case_key(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "upper":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "space":
        return " ".join(words)
    raise ValueError(style)
