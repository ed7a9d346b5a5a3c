"""The invented world of p276 and small helpers for key styles and contexts."""
import re

FIRMS = {
    "tarrowmere": ("Tarrowmere Handweavers", "tarrowmere.example"),
    "pellworth": ("Pellworth Rug & Carpet Care", "pellworth-rugcare.example"),
    "anselm": ("Anselm Textile Conservation", "anselm-textiles.example"),
    "shedline": ("Shedline Digital", "shedline.example"),
}
PEOPLE = [
    ("Hester", "Marchbank", "tarrowmere"), ("Isobel", "Fairweather", "tarrowmere"),
    ("Obinna", "Eze", "tarrowmere"), ("Yusuf", "Demir", "pellworth"),
    ("Bethan", "Llewelyn", "pellworth"), ("Declan", "Rourke", "pellworth"),
    ("Marta", "Kowalczyk", "pellworth"), ("Signe", "Aalto", "anselm"),
    ("Priya", "Raman", "anselm"), ("Aurelio", "Bassi", "anselm"),
    ("Juniper", "Hale", "shedline"), ("Callum", "Dunsmore", "shedline"),
    ("Mei-Lin", "Cheung", "shedline"), ("Tomas", "Breen", "shedline"),
    ("Rahim", "Chowdhury", "shedline"),
]
PRIVATE_NET = "10.46.0.0/16"
LAN_NET = "192.168.46.0/24"
HOSTS = [
    "loomroom.tarrowmere.example", "dyekitchen.tarrowmere.example", "shop.tarrowmere.example",
    "washfloor.pellworth-rugcare.example", "dryingroom.pellworth-rugcare.example",
    "vans.pellworth-rugcare.example", "bookings.pellworth-rugcare.example",
    "studio.anselm-textiles.example", "climate.anselm-textiles.example",
    "archive.anselm-textiles.example", "ci.shedline.example", "git.shedline.example",
    "api.shedline.example", "grafana.shedline.example", "k3s.shedline.example",
]


def person(rng):
    f, l, firm = rng.choice(PEOPLE)
    return f, l, firm


def ctx(rng):
    f, l, firm = person(rng)
    f2, l2, firm2 = person(rng)
    while f2 == f:
        f2, l2, firm2 = person(rng)
    name, dom = FIRMS[firm]
    return {
        "«P»": f + " " + l, "«PF»": f, "«PE»": (f.split("-")[0] + "." + l).lower() + "@" + dom,
        "«Q»": f2 + " " + l2, "«QF»": f2, "«QE»": (f2.split("-")[0] + "." + l2).lower() + "@" + FIRMS[firm2][1],
        "«U»": (f[0] + l).lower().replace("-", ""), "«F»": name, "«DOM»": dom,
        "«H»": rng.choice(HOSTS), "«H2»": rng.choice(HOSTS),
        "«IP»": "10.46.%d.%d" % (rng.randint(1, 40), rng.randint(2, 250)),
        "«IP2»": "192.168.46.%d" % rng.randint(2, 250),
        "«D»": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "«T»": "%02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59)),
        "«N»": str(rng.randint(3, 97)), "«TS»": str(1735700000 + rng.randint(0, 30000000)),
        "«LOT»": "lot %s%d" % (rng.choice("ABCDEFGH"), rng.randint(100, 999)),
    }


def fill(template, c):
    for k, v in c.items():
        template = template.replace(k, v)
    return template


def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dotted":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "native":
        return " ".join(w)
    raise ValueError(style)
