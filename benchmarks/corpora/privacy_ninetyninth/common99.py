"""Shared helpers for p99 (teachers, students and course platforms in programming education)."""
import re, string, zlib, base64, json

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
LALNUM = LOW + DIG
HEX = "0123456789abcdef"
B62 = DIG + UP + LOW
B64U = ALNUM + "-_"
MARK = "\ue000"

EDU_WORDS = ["classroom", "gradebook", "syllabus", "homework", "autograde", "notebook", "rubric",
             "lecture", "tutorial", "semester", "midterm", "capstone", "recitation", "quizbank",
             "campus", "freshman", "sophomore", "professor", "labsection", "pseudocode", "office",
             "deadline", "studygroup", "hackathon", "bootcamp", "whiteboard", "chalkboard", "transcript"]
SECOND = ["maple", "orbit", "cobalt", "lantern", "pebble", "harbor", "quartz", "meadow", "falcon",
          "juniper", "walnut", "sparrow", "granite", "willow", "comet", "velvet", "tundra", "saffron"]


class Ctx:
    def __init__(self, rng, used):
        self.r = rng
        self.used = used

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot draw unique value")

    def password(self):
        def f():
            w = self.r.choice(EDU_WORDS)
            if self.r.random() < 0.5:
                w = w.capitalize()
            return w + self.r.choice("-_.!@") + self.r.choice(SECOND) + self.s(DIG, self.r.choice([2, 3, 4]))
        return self.uniq(f)

    def plain_password(self):
        def f():
            w = self.r.choice(EDU_WORDS)
            if self.r.random() < 0.5:
                w = w.capitalize()
            return w + self.r.choice("-_.") + self.r.choice(SECOND) + self.s(DIG, 2)
        return self.uniq(f)

    def user(self):
        return self.r.choice(["mchen", "apatel", "jgarcia", "okafor", "lnguyen", "tkowalski", "sahmed",
                              "rsilva", "emuller", "kim.ta", "prof.hale", "ta-jordan", "grader01", "dlee"])

    def course(self):
        return self.r.choice(["cs101", "cs61a", "cse142", "comp110", "info201", "ds100", "cs2110",
                              "ece252", "csc148", "6.0001", "cmsc131", "stat133"]) + self.r.choice(["-f25", "-s26", "-w26", ""])

    def host(self):
        return self.r.choice(["hub", "grader", "judge", "lab", "lms", "classroom", "vm", "db"]) + "." + \
            self.r.choice(["cs.example.edu", "example.edu", "course.example.org", "uni.example.net"])


def crc_b62(body, n=6):
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while c:
        c, m = divmod(c, 62)
        out = B62[m] + out
    return out.rjust(n, "0")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(ctx, payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + ctx.s(B64U, 43)


def fill(template, value, **kw):
    """Return (text, start, end) for a template with {V} marking the value."""
    t = template.replace("{V}", MARK)
    t = t.format(**kw) if kw else t
    i = t.index(MARK)
    if t.count(MARK) != 1:
        raise ValueError("marker count")
    text = t.replace(MARK, value)
    return text, i, i + len(value)


def fill_multi(template, value, **kw):
    t = template.replace("{V}", MARK)
    t = t.format(**kw) if kw else t
    spans = []
    off = 0
    parts = t.split(MARK)
    text = parts[0]
    for p in parts[1:]:
        spans.append((len(text), len(text) + len(value)))
        text += value + p
    return text, spans


# ---------------------------------------------------------------- deny-list
LANG_WORDS_EXTRA = ["latin", "cyrillic", "greek", "arabic", "hebrew", "devanagari", "bengali", "georgian",
                    "armenian", "gurmukhi", "gujarati", "tamil", "thai", "hangul", "japanese", "chinese",
                    "han", "kana", "kanji", "english"]


def extract_denylist(texts):
    names = set()
    words = set()
    codes = set()
    langs = set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split("__"):
                names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for w in re.findall(r"[A-Za-z][A-Za-z]+", t):
            words.add(w.lower())
        for c, n in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(c)
            for w in re.findall(r"[A-Za-z]+", n):
                langs.add(w.lower())
        for c, n in re.findall(r"\b([a-z]{2,3})\b \(([A-Z][a-z]+)\)", t):
            codes.add(c)
    langs.update(LANG_WORDS_EXTRA)
    return {"names": sorted(names), "words": sorted(words), "codes": sorted(codes), "langs": sorted(langs)}
