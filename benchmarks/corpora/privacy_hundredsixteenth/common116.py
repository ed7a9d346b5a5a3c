"""Shared helpers for corpus p116 (standard library only)."""
import base64, json, random, re, string, uuid

SLOT = "\ue000"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"

WORDS = ["odometer", "camshaft", "crankshaft", "tailgate", "sunroof", "chassis", "gearbox",
         "hubcap", "throttle", "bumper", "fender", "axle", "piston", "dipstick", "muffler",
         "roadster", "hatchback", "coupe", "minivan", "kickstand", "handlebar", "sprocket",
         "dealerlot", "showroom", "tollbooth", "curbside", "carpool", "drivetrain", "wiper",
         "radiator", "ignition", "clutch", "spoiler", "trunklid", "headlamp", "taillight"]


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def HEX(self, n):
        return self.s("0123456789ABCDEF", n)

    def an(self, n):
        return self.s(ALNUM, n)

    def low(self, n):
        return self.s(LOWER + DIG, n)

    def up(self, n):
        return self.s(UPPER + DIG, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def jwt(self, claims):
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64u(32)

    def pw(self):
        w = self.r.choice(WORDS)
        if self.r.random() < 0.45:
            w = w.capitalize()
        return w + self.r.choice("-_.") + self.s(LOWER + DIG, self.r.randint(3, 6)) + self.s(DIG, 2)

    def pick(self, seq):
        return self.r.choice(seq)

    def ip(self):
        return "192.0.2.%d" % self.r.randint(10, 250)

    def user(self):
        return self.r.choice(["svc_dms", "fleetops", "jkowalski", "m.ortega", "lot_sync", "rentalbot",
                              "t.nakamura", "parkadmin", "scoot_ops", "dealer042", "finops", "vinbatch"])


def place(template, value):
    """template uses {S} for the value; returns text, start, end."""
    assert template.count("{S}") == 1, template
    t = template.replace("{S}", SLOT)
    i = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, i, i + len(value)


def positive(pid, typ, container, template, value, source):
    text, a, b = place(template, value)
    return {"id": pid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": a, "end": b, "type": typ}], "source": source}


# ---------------- deny-list ----------------
LANG_HAND = ["latin", "cyrillic", "hebrew", "devanagari", "bengali", "telugu", "sinhala", "khmer",
             "georgian", "armenian", "ethiopic", "han", "arabic", "gujarati", "kannada", "malayalam", "myanmar",
             "japanese", "korean", "indonesian", "azerbaijani", "occitan", "yiddish", "luganda", "it", "is"]


def extract_denylist(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", name):
                langs.add(w.lower())
        for line in t.splitlines():
            if "Prose languages" in line or "Languages (40)" in line or "Confidence" in line or "confidence is" in line or "Scripts:" in line:
                for w in re.findall(r"\b[A-Z][A-Za-z\u00c0-\u024f]+\b", line):
                    langs.add(w.lower())
        for w in re.findall(r"[A-Za-z0-9\u00c0-\u024f]+", t):
            words.add(w.lower())
    langs.update(LANG_HAND)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def norm_tokens(texts):
    out = set()
    for t in texts:
        for tok in t.split():
            n = re.sub(r"[^a-z0-9]", "", tok.lower())
            if n:
                out.add(n)
    return out
