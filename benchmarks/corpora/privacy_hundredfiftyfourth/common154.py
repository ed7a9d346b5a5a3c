"""Shared value generators for p154 (standard library only)."""
import base64, random, string, uuid, zlib, hashlib, json

A_LO = string.ascii_lowercase
A_UP = string.ascii_uppercase
DIG = string.digits
ALNUM = A_LO + A_UP + DIG
LOWALNUM = A_LO + DIG
HEXL = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

GEN_WORDS = ["ancestor", "lineage", "pedigree", "surname", "parish", "census", "baptism", "probate",
             "heirloom", "microfilm", "vellum", "manorial", "kinship", "descendant", "tithe", "almshouse",
             "chronicle", "parchment", "archivist", "sexton", "headstone", "homestead", "emigrant",
             "haplogroup", "cousin", "bloodline", "forebear", "gravestone", "christening", "banns",
             "godparent", "registrar", "orphanage", "steerage", "manifest", "quire", "folio", "scriptorium",
             "reunion", "clan", "tartan", "crest", "oakchest", "daguerreotype", "tintype", "sepia"]


class Registry:
    """Every labelled value / plain goes through here: no value may be a substring of another."""
    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v in w or w in v:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            return False
        self.vals.append(v)
        return True


class G:
    def __init__(self, seed, reg):
        self.r = random.Random(seed)
        self.reg = reg

    def pick(self, seq):
        return self.r.choice(seq)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if self.reg.add(v):
                return v
        raise RuntimeError("could not draw unique value")

    # shapes
    def password(self):
        def f():
            w = self.pick(GEN_WORDS)
            if self.r.random() < 0.45:
                w = w.capitalize()
            return w + self.pick("-_.") + self.s(LOWALNUM, self.r.randint(3, 6)) + self.s(DIG, 2)
        return self.uniq(f)

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        v = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
        return v if pad else v.rstrip("=")

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64(32, url=True, pad=False)

    def spec(self, spec):
        """mini-language: tokens separated by '|': L:lit a:N A:N(upper alnum) l:N(lower alnum) h:N H:N d:N
        u (uuid4) b:N (base64 of N bytes) B:N (base64url no pad) 5:N (base58) c:N (ghp-style crc suffix body)"""
        out = []
        for tok in spec.split("|"):
            k, _, n = tok.partition(":")
            if k == "L":
                out.append(n)
            elif k == "a":
                out.append(self.s(ALNUM, int(n)))
            elif k == "A":
                out.append(self.s(A_UP + DIG, int(n)))
            elif k == "l":
                out.append(self.s(LOWALNUM, int(n)))
            elif k == "h":
                out.append(self.s(HEXL, int(n)))
            elif k == "H":
                out.append(self.s(HEXL.upper(), int(n)))
            elif k == "d":
                out.append(self.s(DIG, int(n)))
            elif k == "u":
                out.append(self.uuid4())
            elif k == "b":
                out.append(self.b64(int(n)))
            elif k == "B":
                out.append(self.b64(int(n), url=True, pad=False))
            elif k == "5":
                out.append(self.s(B58, int(n)))
            elif k == "w":  # url-safe alnum plus - _
                out.append(self.s(ALNUM + "-_", int(n)))
            elif k == "c":  # body + base62 crc32 (6 chars)
                body = self.s(ALNUM, int(n))
                c = zlib.crc32(body.encode()) & 0xFFFFFFFF
                b62 = ""
                for _ in range(6):
                    c, m = divmod(c, 62)
                    b62 = (DIG + A_UP + A_LO)[m] + b62
                out.append(body + b62)
            else:
                raise ValueError(tok)
        return "".join(out)

    def from_spec(self, spec):
        return self.uniq(lambda: self.spec(spec))


def place(template, value, **kw):
    """template has exactly one {V}; returns (text, start, end)."""
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    i = template.index("{V}")
    text = template[:i] + value + template[i + 3:]
    return text, i, i + len(value)
