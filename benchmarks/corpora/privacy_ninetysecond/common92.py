"""Shared helpers and deny-list extraction for p92 (stdlib only)."""
import re, os, json, string, zlib, base64, random

BRIEF_DIR = "/tmp/brief92"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")

# language / script names the two READMEs use (hand-written after reading them)
README_LANG_NAMES = """german italian norwegian bokmal hindi marathi telugu sinhala khmer mongolian kazakh uzbek
amharic somali hausa yoruba zulu sesotho luganda luxembourgish galician asturian sardinian friulian sorbian sami
fijian tongan hawaiian tok pisin ilocano balinese minangkabau chuvash bashkir ossetian tibetan sindhi assamese
dhivehi ewe west frisian breton scottish gaelic corsican occitan romansh belarusian bosnian georgian armenian
azerbaijani kyrgyz tajik turkmen tatar yiddish nepali gujarati punjabi kannada malayalam odia lao burmese javanese
cebuano samoan maori malagasy kinyarwanda igbo xhosa shona haitian quechua guarani walloon papiamento kurdish
kabyle limburgish interlingua icelandic sundanese latin devanagari cyrillic ethiopic arabic bengali thaana hebrew
gurmukhi myanmar english""".split()


def extract_denylist(brief_dir=BRIEF_DIR):
    names, words, codes = set(), set(), set()
    for fn in sorted(os.listdir(brief_dir)):
        if not fn.endswith(".md"):
            continue
        t = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split("__"):
                names.add(p)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for m in re.findall(r"[A-Za-z][A-Za-z'-]*", t):
            words.add(m.lower())
        for m in re.findall(r"`([a-z]{2,3})` \(", t):
            codes.add(m)
        for m in re.findall(r"`[a-z_]+__([a-z]{3})`", t):
            codes.add(m)
    names.discard("")
    return {"names": sorted(names), "words": sorted(words), "codes": sorted(codes),
            "lang_names": sorted(set(README_LANG_NAMES))}


def load_denylist():
    if os.path.isdir(BRIEF_DIR):
        d = extract_denylist()
        if os.path.exists(FROZEN):
            f = json.load(open(FROZEN, encoding="utf-8"))
            if f != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        return d
    return json.load(open(FROZEN, encoding="utf-8"))


def name_hits(name, deny):
    n = name.lower()
    bad = set(deny["names"])
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in bad]


# ---------------- value generators ----------------
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62_int(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(rng, prefix):
    body = rs(rng, 30)
    return prefix + body + b62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_check(tok):
    body, tail = tok[-36:-6], tok[-6:]
    return b62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tail


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, 43 if alg.startswith("HS") else 86, B64URL)


PW_WORDS = ["postman", "newman", "insomnia", "bruno", "hoppscotch", "httpie", "curlrc", "wgetrc", "swagger",
            "openapi", "mockoon", "wiremock", "artillery", "loadtest", "endpoint", "sandbox", "payload",
            "webhook", "restclient", "prism", "karate", "gatling", "locust", "jmeter", "hurl", "httpyac",
            "soapui", "pactflow", "stubby", "apigee", "kongdeck", "redoc", "stoplight", "smoketest"]


def owner_password(rng):
    w = rng.choice(PW_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, rng.randint(4, 7), LOWER_ALNUM) + rs(rng, 2, string.digits)


class Registry:
    """Global uniqueness of labelled values."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen and not any((v in s or s in v) for s in self.seen if len(s) >= 6 and len(v) >= 6):
                self.seen.add(v)
                return v
        raise RuntimeError("cannot draw unique value")


V = "\ue000"


def fill(template, value, subs):
    """Replace «x» slots from subs, then the single «V» slot by value; returns text, start."""
    t = template
    for k, v in subs.items():
        t = t.replace("«%s»" % k, v)
    assert "«" not in t.replace("«V»", ""), t
    assert t.count("«V»") == 1, t
    start = t.index("«V»")
    return t.replace("«V»", value), start


HOSTS = ["api.staging.example.com", "sandbox.example.org", "qa-gw.example.net", "mock.example.com",
         "partner-api.example.org", "edge.example.net", "perf.example.com", "internal-api.example.org"]
USERS = ["qa-bot", "apitester", "loadrunner", "mira.k", "svc-contract", "jdoe", "perf-user", "newman-ci"]
