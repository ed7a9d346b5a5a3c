"""The invented world of the p264 corpus: salt works, salt-marsh harvesters and
spice merchants, and the studio that writes their software."""

FIRMS = {
    "saltcote": ("Saltcote Tidal Salt Works", "saltcote.example",
                 "an estuary sea-salt works on the Essex marshes at Saltcote Hard: a tidal "
                 "brine intake with a float switch and sluice, settling tanks, a solar evaporation "
                 "greenhouse, four steel boiling pans over gas burners, hand-raked flake harvest, a "
                 "salt-washing line, a packing line with a checkweigher and a visitor shop with "
                 "tours of the pans"),
    "kervalen": ("Marais de Kervalen", "kervalen-saunerie.example",
                 "a paludiers' co-operative on a Breton salt marsh: clay oeillets fed through "
                 "sluices at spring tides, fleur de sel skimmed by hand, a salorge (salt barn) with "
                 "a weighbridge, a weather mast, LoRaWAN telemetry on the sluice gates and a "
                 "harvest app on the paludiers' phones"),
    "pepperwick": ("Pepperwick & Daughters", "pepperwick.example",
                   "a Bristol spice merchant: a shop and tasting counter, a bonded warehouse, a "
                   "cryogenic grinding mill and blending room, a packing line, a web shop and "
                   "wholesale accounts for restaurants, importing from Kerala, Zanzibar and Grenada"),
    "mace": ("Mace & Tamarind Trading", "macetamarind.example",
             "a spice importer and broker at Leith that buys pepper, cardamom, saffron and vanilla "
             "at origin, books container space, holds lab certificates and sells lots to merchants"),
    "evaporite": ("Evaporite Labs", "evaporite.example",
                  "the small software studio that builds and runs all of it: the pan telemetry, "
                  "the harvest app, the shops, stock and booking systems, CI, a Nomad cluster and "
                  "the devices"),
}

PEOPLE = [
    "Morwenna Castellan", "Yannick Le Goff", "Soazig Kerbrat", "Anand Menon",
    "Fatuma Said", "Leonor Carvalho", "Oluwaseun Adeyemi", "Dagny Halvorsen",
    "Rafferty Quinn", "Priti Nair", "Hakim Benali", "Elspeth Rourke",
    "Matthias Vogelsang", "Sunniva Berg", "Kofi Mensah-Darko", "Thuy Nguyen",
]

FIRST = [p.split()[0] for p in PEOPLE]

HOST_PREFIXES = ["10.64.", "172.26.64.", "192.168.64."]

DOMAINS = [f[1] for f in FIRMS.values()]


def person(rng):
    return rng.choice(PEOPLE)


def first(rng):
    return rng.choice(FIRST)


def login(rng):
    p = rng.choice(PEOPLE).lower().replace("-", "").split()
    return p[0][0] + p[-1]


def email(rng, domain=None):
    p = rng.choice(PEOPLE).lower().replace("-", "").split()
    return "%s.%s@%s" % (p[0], p[-1], domain or rng.choice(DOMAINS))


def ip(rng):
    pre = rng.choice(HOST_PREFIXES)
    if pre == "10.64.":
        return pre + "%d.%d" % (rng.randrange(0, 40), rng.randrange(2, 250))
    return pre + str(rng.randrange(2, 250))


HOSTS = [
    "pans-gw.saltcote.example", "brine.saltcote.example", "shop.saltcote.example",
    "telemetry.kervalen-saunerie.example", "salorge.kervalen-saunerie.example",
    "shop.pepperwick.example", "mill.pepperwick.example", "wholesale.pepperwick.example",
    "ledger.macetamarind.example", "ci.evaporite.example", "nomad.evaporite.example",
    "grafana.evaporite.example", "git.evaporite.example",
]


def host(rng):
    return rng.choice(HOSTS)
