"""Shared helpers for corpus p103 (stdlib only)."""
import re, string, base64, hashlib, json, os

ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"
LOW = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits

AUDIO_WORDS = ["mixdown", "reverb", "subwoofer", "tempo", "chorus", "bassline", "mastering", "vinyl",
               "soundcheck", "downbeat", "falsetto", "crossfade", "sidechain", "overdub", "tremolo",
               "waveform", "metronome", "cassette", "studio", "headroom", "jingle", "podcast",
               "mixtape", "limiter", "encore", "backbeat", "turntable", "amplifier", "microphone", "octave"]
PLAIN_WORDS = ["river", "lantern", "orange", "harbor", "pepper", "meadow", "rocket", "violet", "summit",
               "walnut", "copper", "island", "garden", "marble", "falcon", "cobalt", "maple", "thunder",
               "pixel", "velvet", "canyon", "glacier", "saffron", "tiger", "willow", "ember"]


class Gen:
    def __init__(self, rng, used):
        self.r = rng
        self.used = used  # global set of labelled values

    def s(self, chars, n):
        return "".join(self.r.choice(chars) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used and not any(v in u or u in v for u in self.used if len(u) >= 6 and len(v) >= 6):
                self.used.add(v)
                return v
        raise RuntimeError("cannot draw unique value")

    def password(self, seps="-_.!@", dmin=2, dmax=4):
        def f():
            w = self.r.choice(AUDIO_WORDS)
            if self.r.random() < 0.5:
                w = w.capitalize()
            return w + self.r.choice(seps) + self.r.choice(PLAIN_WORDS) + self.s(string.digits, self.r.randint(dmin, dmax))
        return self.uniq(f)

    def uuid(self):
        h = self.s(HEXL, 32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(g, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + g.s(B64U, 86 if header.get("alg", "").startswith("ES") else 43)


def crc32_b62(data, n=6):
    import zlib
    c = zlib.crc32(data.encode())
    out = ""
    while c:
        c, m = divmod(c, 62)
        out = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[m] + out
    return out.rjust(n, "0")


# ---------------- deny-list ----------------
WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9']*")


def extract_denylist(texts):
    names, words, codes = set(), set(), set()
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
        for w in WORD_RE.findall(t):
            words.add(w.lower())
        for m in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(m[0])
    return {"names": sorted(names), "words": sorted(words), "codes": sorted(codes)}


def load_denylist(here):
    path = os.path.join(here, "brief_names.json")
    src = "/tmp/brief103"
    fresh = None
    if os.path.isdir(src):
        texts = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
    if os.path.exists(path):
        frozen = json.load(open(path, encoding="utf-8"))
        if fresh is not None and fresh != frozen:
            raise SystemExit("deny-list drifted from /tmp/brief103")
        return frozen
    if fresh is None:
        raise SystemExit("no deny-list available")
    return fresh


def name_hits(name, deny):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    dn = set(deny["names"])
    return [p for p in parts if p in dn]
