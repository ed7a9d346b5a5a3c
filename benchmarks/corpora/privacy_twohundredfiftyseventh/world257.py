"""The invented world of p257: three firms of the stained-glass, organ-building
and heritage-window trade and their software co-operative."""

FIRMS = {
    "glass": {
        "name": "Lanternlight Stained Glass Studio",
        "domain": "lanternlight-glass.example",
        "blurb": "a York stained-glass studio with two glass-painting kilns, a fusing kiln, "
                 "a CNC glass-cutting table, a cartoon and design room, a Laravel shop "
                 "selling panels and evening classes, and commission enquiries",
    },
    "organ": {
        "name": "Harrowgate & Voss Organ Builders",
        "domain": "harrowgate-voss.example",
        "blurb": "church-organ builders with a pipe shop, a voicing room, a console workshop "
                 "fitting solid-state combination systems, blower monitoring and a Rails back "
                 "office that plans tuning rounds across a hundred churches",
    },
    "windows": {
        "name": "Sashwright Heritage Windows",
        "domain": "sashwright-heritage.example",
        "blurb": "heritage-window restorers working on listed churches and houses: sash and "
                 "leaded-light repairs, condition surveys on Flutter tablets, humidity loggers "
                 "in chancels and an ASP.NET quoting system",
    },
    "soft": {
        "name": "Cameline Software Co-operative",
        "domain": "cameline.example",
        "blurb": "the software co-operative that builds and runs all of it (CI, Kubernetes, "
                 "secrets, devices)",
    },
}

PEOPLE = [
    "Agnieszka Hollis", "Tobias Wren", "Marisol Achterberg", "Idris Pennant",
    "Fenella Strachan", "Ngozi Ashworth", "Callum Dunmore", "Henrike Vogt",
    "Ravi Sethuraman", "Bronwen Tallis", "Matthias Oyelaran", "Sunniva Haug",
    "Declan Firth", "Oona Prewett",
]

HOSTS = {
    "glass": ["kiln-a", "kiln-b", "fuser", "cutter", "shop", "design", "classes"],
    "organ": ["voicing", "pipeshop", "console-lab", "blower", "office", "rounds"],
    "windows": ["survey", "quotes", "loggers", "archive", "jobs"],
    "soft": ["ci", "vault", "k8s", "git", "grafana", "ops"],
}

NETS = ["10.57", "172.22.57", "192.168.57"]


def person(rng):
    return rng.choice(PEOPLE)


def first(rng):
    return person(rng).split()[0]


def email(rng, firm=None):
    p = person(rng)
    f = firm or rng.choice(list(FIRMS))
    a, b = p.lower().split()
    return "%s.%s@%s" % (a, b, FIRMS[f]["domain"])


def person_email(rng, firm=None):
    p = person(rng)
    f = firm or rng.choice(list(FIRMS))
    a, b = p.lower().split()
    return p, "%s.%s@%s" % (a, b, FIRMS[f]["domain"])


def clocks(rng, n):
    start = rng.randrange(7 * 60, 15 * 60)
    out = []
    for _ in range(n):
        start += rng.randrange(1, 50)
        out.append("%02d:%02d" % (start // 60, start % 60))
    return out


def host(rng, firm=None):
    f = firm or rng.choice(list(FIRMS))
    return "%s.%s" % (rng.choice(HOSTS[f]), FIRMS[f]["domain"])


def ip(rng):
    net = rng.choice(NETS)
    if net == "10.57":
        return "10.57.%d.%d" % (rng.randrange(0, 40), rng.randrange(2, 250))
    return "%s.%d" % (net, rng.randrange(2, 250))


def date(rng):
    return "2025-%02d-%02d" % (rng.randrange(1, 13), rng.randrange(1, 29))


def clock(rng):
    return "%02d:%02d" % (rng.randrange(7, 19), rng.randrange(60))


def epoch(rng):
    return 1735700000 + rng.randrange(0, 31000000)


CHURCHES = [
    "St Aidan's, Brackenholme", "Holy Trinity, Kettleby Moor", "St Bega's, Fellgate",
    "All Saints, Thornwick Lees", "St Everild's, Marrowby", "St Hilda's, Rookwith Green",
    "Christ Church, Scarrow Bridge", "St Wendreda's, Holme Ashby", "St Chad's, Lowther Garth",
    "St Mary's, Ashby Fold", "Holy Cross, Wrayburn", "St Oswin's, Kelderby",
]


def church(rng):
    return rng.choice(CHURCHES)
