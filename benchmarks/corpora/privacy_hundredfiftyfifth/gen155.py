"""Value generators and the value registry for p155 (stdlib only)."""
import base64, binascii, hashlib, json, random, string, uuid

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOW = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
WORDS = ["plasma", "platelet", "aliquot", "cryo", "buffycoat", "serum", "marrow", "cuvette",
         "hemolyte", "crossmatch", "apheresis", "leuko", "kidney", "cornea", "cooler", "courier",
         "phlebo", "rhesus", "antigen", "citrate", "haemo", "donorcard", "bloodmobile", "transfuse",
         "erythro", "lymph", "pancreas", "tourniquet", "centrifuge", "icebox"]


class Registry:
    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v in w or w in v:
                return False
        return True

    def add(self, v):
        self.vals.append(v)
        return v


class G:
    def __init__(self, seed, reg):
        self.r = random.Random(seed)
        self.reg = reg

    def chars(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def draw(self, fn):
        for _ in range(200):
            v = fn()
            if self.reg.ok(v):
                return self.reg.add(v)
        raise RuntimeError("registry exhausted")

    def hexs(self, n, upper=False):
        return self.draw(lambda: (self.chars(HEXD, n).upper() if upper else self.chars(HEXD, n)))

    def alnum(self, n, pre=""):
        return self.draw(lambda: pre + self.chars(B62, n))

    def lowal(self, n, pre=""):
        return self.draw(lambda: pre + self.chars(LOW, n))

    def upal(self, n, pre=""):
        return self.draw(lambda: pre + self.chars(string.ascii_uppercase + string.digits, n))

    def b64(self, nbytes, pre="", url=False, pad=True):
        def f():
            raw = bytes(self.r.randrange(256) for _ in range(nbytes))
            s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
            if not pad:
                s = s.rstrip("=")
            return pre + s
        return self.draw(f)

    def uuid4(self, pre="", upper=False):
        def f():
            u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
            return pre + (u.upper() if upper else u)
        return self.draw(f)

    def pw(self, seps="-_."):
        def f():
            w = self.r.choice(WORDS)
            if self.r.random() < 0.45:
                w = w.capitalize()
            return w + self.r.choice(seps) + self.chars(string.ascii_lowercase + string.digits, self.r.randint(3, 6)) + self.chars(string.digits, 2)
        return self.draw(f)

    def jwt(self, claims):
        def f():
            h = {"alg": "HS256", "typ": "JWT"}
            p = dict(claims)
            p["jti"] = self.chars(B62, 12)
            p["iat"] = 1700000000 + self.r.randrange(40000000)
            enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
            sig = base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode().rstrip("=")
            return enc(h) + "." + enc(p) + "." + sig
        return self.draw(f)

    def github_like(self, pre):
        """prefix + 30 base62 + 6-char base62 CRC32 checksum of the random part."""
        def f():
            body = self.chars(B62, 30)
            c = binascii.crc32(body.encode()) & 0xffffffff
            s = ""
            while c:
                c, m = divmod(c, 62)
                s = B62[m] + s
            return pre + body + s.rjust(6, "0")
        return self.draw(f)


def keyname(words, style):
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
    if style == "cobol":
        return "WS-" + "-".join(words).upper()
    return " ".join(words)
