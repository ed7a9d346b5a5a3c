"""The invented world of p274: charcoal burners, peat cutters and biochar producers."""
import re

FIRMS = {
    "coppiceholm": ("Coppiceholm Charcoal Co-operative", "coppiceholm.example",
                    "a woodland charcoal co-operative in the Satterbeck valley, Cumbria: two steel ring kilns "
                    "with a thermocouple controller, a twin-drum retort, a sorting table and a bagging line "
                    "for barbecue lumpwood, a kiln-burn course calendar and a web shop"),
    "blackmoss": ("Blackmoss Turf & Peat", "blackmoss-turf.example",
                  "a family turf and peat business on a raised bog near Tuam, County Galway: a tractor-drawn "
                  "sod-peat extruder with a telematics box, a turf ridger, a weighbridge at the yard, a "
                  "whisky-peat contract with an Islay maltings and rewetting contracts whose dipwell loggers "
                  "report through a LoRa gateway"),
    "emberline": ("Emberline Biochar", "emberline-biochar.example",
                  "a biochar plant near Jedburgh in the Scottish Borders: a continuous auger pyrolysis reactor "
                  "with a PLC and HMI, a syngas flare, a belt dryer for woodchip and green-waste feedstock, a "
                  "water quench, a big-bag filler, a small lab with a CHN analyser and a measurement, reporting "
                  "and verification (MRV) portal that sells carbon-removal certificates"),
    "kindlewright": ("Kindlewright Systems", "kindlewright.example",
                     "the three-person studio in Kendal that builds and runs all of it: the shop, the course "
                     "bookings, stock, the MRV portal, the telematics and logger integrations, CI, a small k3s "
                     "cluster on Proxmox and the devices"),
}

PEOPLE = ["Ffion Blackett", "Ossian Rathmore", "Imelda Quartermaine", "Tadhg Conneely", "Bronagh McIlroy",
          "Jory Penberthy", "Saoirse Kelleher", "Anwen Trevithick", "Dominic Achterberg", "Leocadia Sowinska",
          "Ezra Hallworth", "Nkechi Obiora", "Ruairidh MacAskill", "Greta Lindqvist", "Wilbur Thistlethwaite",
          "Parveen Chaudhry"]

FIRST = [p.split()[0] for p in PEOPLE]

USERS = ["ffion", "ossian", "imelda", "tadhg", "bronagh", "jory", "saoirse", "anwen", "dominic", "leocadia",
         "ezra", "nkechi", "ruairidh", "greta", "wilbur", "parveen"]

DOMAINS = [f[1] for f in FIRMS.values()]

# letters only, at least four letters: words of this trade that people put in passwords
TRADE_WORDS = [
    "charcoal", "coppice", "cordwood", "retort", "kiln", "collier", "hornbeam", "hazel", "alder", "birch",
    "beech", "willow", "sycamore", "chestnut", "billet", "cleft", "clamp", "ember", "smoulder", "firebox",
    "chimney", "lumpwood", "briquette", "sphagnum", "turf", "turbary", "slane", "heather", "sundew",
    "cottongrass", "myrtle", "peat", "peatbank", "moorland", "bogland", "biochar", "pyrolysis", "syngas",
    "quench", "feedstock", "woodchip", "sawdust", "creosote", "resin", "cinder", "lignin", "carbon",
    "dipwell", "rewet", "hummock", "lagg", "cutaway", "sodbank", "stook", "clamping", "bavin",
    "hurdle", "underwood", "standard", "pollard", "auger", "flare", "char", "torrefy", "tarpit", "sooty",
    "kindling",
]
TRADE_WORDS = [w for w in TRADE_WORDS if len(w) >= 4 and w.isalpha()]

JOINERS_WIDE = "-_.!@+~*="
JOINERS_STRICT = "-_."

TAIL_RE = r"(?:[0-9]{2,4}|[3-7][05]0C|bay[1-9])"
PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!@+~*=]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
_WORD_ALT = "|".join(sorted(TRADE_WORDS, key=len, reverse=True))
PW_FORM_ANYWHERE = re.compile(r"(?i)(?<![A-Za-z])(?:" + _WORD_ALT + r")[-_.!@+~*=#&:]" +
                              r"(?:[3-7][05]0c|bay[1-9]|[0-9]{2,4})(?![0-9])")


def pw_word_ok(value):
    m = re.match(r"^([A-Za-z][a-z]{3,})", value)
    return bool(m) and m.group(1).lower() in TRADE_WORDS


def tail(rng):
    k = rng.random()
    if k < 0.45:
        return str(rng.randint(10, 9999)) if rng.random() < 0.5 else str(rng.choice(range(2015, 2027)))
    if k < 0.75:
        return "%d%d0C" % (rng.randint(3, 7), rng.choice([0, 5]))
    return "bay%d" % rng.randint(1, 9)


def password(rng, joiners, cap_p, forbid=""):
    for _ in range(200):
        w = rng.choice(TRADE_WORDS)
        if rng.random() < cap_p:
            w = w.capitalize()
        js = [j for j in joiners if j not in forbid]
        v = w + rng.choice(js) + tail(rng)
        if not any(c in forbid for c in v):
            return v
    raise RuntimeError("no password")


def host(rng, firm, label):
    return "%s.%s" % (label, FIRMS[firm][1])


def ip(rng, net=None):
    if net == "c" or (net is None and rng.random() < 0.3):
        return "192.168.74.%d" % rng.randint(2, 250)
    return "10.74.%d.%d" % (rng.randint(1, 9), rng.randint(2, 250))


def person(rng):
    return rng.choice(PEOPLE)


def email(rng, firm=None):
    u = rng.choice(USERS)
    d = FIRMS[firm][1] if firm else rng.choice(DOMAINS)
    return "%s@%s" % (u, d)


def world_paragraph():
    parts = []
    for key in ("coppiceholm", "blackmoss", "emberline", "kindlewright"):
        name, dom, desc = FIRMS[key]
        parts.append("*%s* (`%s`: %s)" % (name, dom, desc))
    return parts


def stray_pw_forms(text, start=None, end=None):
    """Password-form strings in text that do not overlap the span [start, end)."""
    out = []
    for m in PW_FORM_ANYWHERE.finditer(text):
        if start is not None and m.start() < end and m.end() > start:
            continue
        out.append(m.group(0))
    return out
