"""Shared helpers for p135: value shapes, record assembly, deny-list extraction."""
import base64, json, re, uuid as _uuid

SLOT = "\ue000"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
AN = LOW + UP + DIG
B64U = AN + "-_"
WORDS = ["barrier", "tollgate", "transponder", "gantry", "kerbside", "meter", "valet", "ramp", "bollard", "carpark",
         "permit", "boomgate", "exitlane", "paystation", "hangtag", "spiral", "mezzanine", "levelfour", "plazaway",
         "curbline", "ticketless", "geofence", "overstay", "chalkmark", "tollbooth", "ezlane", "skyway", "turnpike",
         "parkade", "cashlane", "dropgate", "wheelstop", "loopdetector", "tagreader", "citation", "graceperiod"]


class Gen:
    def __init__(self, rng, used):
        self.r = rng
        self.used = used

    def s(self, alph, n):
        return "".join(self.r.choice(alph) for _ in range(n))

    def pw(self):
        w = self.r.choice(WORDS)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice("-_.") + self.s(LOW + DIG, self.r.randint(3, 6)) + self.s(DIG, 2)

    def uuid4(self):
        return str(_uuid.UUID(bytes=bytes(self.r.getrandbits(8) for _ in range(16)), version=4))

    def b64(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def b64u(self, n):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")

    def jwt(self, claims):
        enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(claims) + "." + self.b64u(32)

    def shape(self, spec):
        """spec mini-language: {hex:N} {HEX:N} {an:N} {lan:N} {UAN:N} {dig:N} {b64:BYTES} {b64u:N} {uuid} {UUID} {pw}"""
        def rep(m):
            k, _, n = m.group(1).partition(":")
            n = int(n) if n else 0
            return {"hex": lambda: self.s(DIG + "abcdef", n), "HEX": lambda: self.s(DIG + "ABCDEF", n),
                    "an": lambda: self.s(AN, n), "lan": lambda: self.s(LOW + DIG, n), "UAN": lambda: self.s(UP + DIG, n),
                    "dig": lambda: self.s(DIG, n), "b64": lambda: self.b64(n), "b64u": lambda: self.s(B64U, n),
                    "uuid": self.uuid4, "UUID": lambda: self.uuid4().upper(), "pw": self.pw,
                    "low": lambda: self.s(LOW, n)}[k]()
        return re.sub(r"\{([A-Za-z0-9]+(?::\d+)?)\}", rep, spec)

    def fresh(self, fn):
        for _ in range(100):
            v = fn()
            if v not in self.used and not any(v in u or u in v for u in ()):
                self.used.add(v)
                return v
        raise RuntimeError("no fresh value")


def cases(snake):
    parts = snake.split("_")
    return {"K": snake, "KU": snake.upper(), "KC": parts[0] + "".join(p.capitalize() for p in parts[1:]),
            "KD": ".".join(parts), "KH": "-".join(parts), "KP": "".join(p.capitalize() for p in parts)}


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        out = out.replace("{" + k + "}", v)
    return out


def make(rid, typ, container, tpl, value, source, **kw):
    t = fill(tpl, **kw)
    assert t.count("\x00") == 1, (container, t)
    start = t.index("\x00")
    text = t.replace("\x00", value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}], "source": source}


LANG_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
HAND_LANG = ["english", "german", "italian", "portuguese", "russian", "chinese", "japanese", "korean", "arabic", "hebrew",
             "hindi", "bengali", "irish", "basque", "catalan", "afrikaans", "xhosa", "kinyarwanda", "esperanto",
             "haitian", "quechua", "guarani", "yiddish"]


def norm(tok):
    return re.sub(r"[^a-z0-9]", "", tok.lower())


def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                names.add(p)
        for s in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(s)
            for p in s.split("__"):
                names.add(p)
        for code, nm in LANG_RE.findall(t):
            langs.add(code)
            langs.add(nm.lower())
            for w in re.findall(r"[a-z]+", nm.lower()):
                langs.add(w)
        words.update(re.findall(r"[a-z]+", t.lower()))
        tokens.update(x for x in (norm(w) for w in t.split()) if x)
    # language names written in prose (spares, lists of confidence) are caught as words; add hand list
    langs.update(HAND_LANG)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words), "tokens": sorted(tokens)}
