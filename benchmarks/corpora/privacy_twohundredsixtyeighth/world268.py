"""The invented world of corpus p268: tanneries, leather curriers and
parchment and vellum makers, and the studio that builds their software."""
import re

FIRMS = {
    "brackwater": {
        "name": "Brackwater Oak-Bark Tannery",
        "domain": "brackwater-tannery.example",
        "what": "a pit tannery near Colyton in Devon (lime pits, a bark mill, a liming drum, a fleshing machine, "
                "tan pits with strength sensors and a small effluent plant)",
    },
    "carrowpell": {
        "name": "Carrow & Pell Curriers",
        "domain": "carrowpell.example",
        "what": "leather curriers in Walsall (a hot-stuffing drum, a staking machine, a leather measuring machine "
                "and a Django trade shop selling bridle butts and harness backs to saddlers)",
    },
    "lunellum": {
        "name": "Lunellum Parchment & Vellum Works",
        "domain": "lunellum.example",
        "what": "parchment and vellum makers in Buckinghamshire (herse frames in a humidity-controlled drying room, "
                "scraping benches and an orders API used by conservators, scribes and bookbinders)",
    },
    "hidesmoor": {
        "name": "Hidesmoor Hide & Skin Co-operative",
        "domain": "hidesmoor.example",
        "what": "a hide and skin collection co-operative (abattoir rounds, a salting floor, a cold hide store with "
                "loggers and a grading bench)",
    },
    "settingout": {
        "name": "Setting-Out Software",
        "domain": "settingout.example",
        "what": "the two-person studio that builds and runs all of it (CI, containers, integrations, devices)",
    },
}

PEOPLE = [
    "Agnes Threlfall", "Obinna Eze", "Rhiannon Pugh", "Mateusz Kowalczyk", "Sunita Raghavan",
    "Fergal Quinlan", "Yusuf Demir", "Beatrix Ollerenshaw", "Kenji Watanabe", "Esi Boateng",
    "Torvald Lindqvist", "Marisol Echeverria", "Callum Strachan", "Priyanka Deshpande",
]

SUBNET = "10.91"

# trade words for owner-chosen passwords (letters only)
WORDS = [
    "tannin", "liming", "bating", "pickling", "fleshing", "sammying", "staking", "currying", "dubbin",
    "tallow", "sumac", "mimosa", "quebracho", "valonia", "chestnut", "oakbark", "hemlock", "gambier",
    "myrobalan", "herse", "lunellum", "pumice", "pounce", "chamois", "cordovan", "shagreen", "morocco",
    "nubuck", "suede", "crust", "wetblue", "shoulder", "belly", "calfskin", "goatskin", "sheepskin",
    "pelt", "beamhouse", "tanyard", "layaway", "handler", "rocker", "glassing", "boarding", "whitening",
    "stuffing", "slicker", "sleeker", "currier", "tanner", "bridle", "harness", "saddlery", "latigo",
    "skiver", "tawing", "alum", "gelatine", "scudding", "unhairing", "deliming", "splitting", "shaving",
    "limepit", "barkmill", "tanpit", "parchment", "scraper", "kipskin", "russet",
]

TAIL_RE = r"(?:[1-9][0-9]?oz|Pit[1-9][0-9]?|Drum[1-9][0-9]?)"
WIDE_JOINERS = "-_.!+~=@"
STRICT_JOINERS = "-_."
PASSWORD_WIDE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[" + re.escape(WIDE_JOINERS) + r"]" + TAIL_RE + r"$")
PASSWORD_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
# search pattern used to keep password forms out of negatives and away from other text
PASSWORD_FORM_SEARCH = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")[-_.!+~=@#&*:]"
    r"(?:[1-9][0-9]?oz|pit[1-9][0-9]?|drum[1-9][0-9]?)(?![A-Za-z0-9])")


def tail(rng):
    k = rng.random()
    if k < 0.4:
        return "%doz" % rng.randint(1, 24)
    if k < 0.7:
        return "Pit%d" % rng.randint(1, 40)
    return "Drum%d" % rng.randint(1, 12)


def password(rng, joiners=WIDE_JOINERS, cap=0.5, max_len=None):
    while True:
        w = rng.choice(WORDS)
        if rng.random() < cap:
            w = w.capitalize()
        s = w + rng.choice(joiners) + tail(rng)
        if max_len is None or len(s) <= max_len:
            return s


def host(rng, firm, prefix):
    return "%s.%s" % (prefix, FIRMS[firm]["domain"])


def ip(rng):
    return "%s.%d.%d" % (SUBNET, rng.randint(1, 40), rng.randint(2, 250))


def person(rng):
    return rng.choice(PEOPLE)


def email(rng, firm=None):
    p = person(rng)
    firm = firm or rng.choice(list(FIRMS))
    first, last = p.split(" ", 1)
    return "%s.%s@%s" % (first.lower(), last.lower().replace(" ", ""), FIRMS[firm]["domain"])


def first_name(rng):
    return person(rng).split(" ")[0]


# ---------------------------------------------------------------------------
# key-name case styles
# ---------------------------------------------------------------------------
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(words)
    if style == "header":
        return "X-" + "-".join(w.capitalize() for w in words)
    if style == "native":
        return "_".join(words)
    raise ValueError(style)
