"""The invented world of p266: lighthouse keepers, lightship museums and
coastal-signal restorers, and the studio that runs their software."""

FIRMS = {
    "trust": ("Tregarrow Point Light Trust", "tregarrowlight.example"),
    "museum": ("Lightvessel LV72 Museum", "lv72museum.example"),
    "restorers": ("Prism & Diaphone Restorations", "prismdiaphone.example"),
    "studio": ("Lampwick Digital", "lampwick.example"),
}

WORLD_TEXT = (
    "*Tregarrow Point Light Trust* (`tregarrowlight.example`: a Cornish lighthouse kept by a trust: a first-order "
    "Fresnel lens turning on a rebuilt clockwork-to-electric drive with a lamp changer and a lamp-room HMI, a "
    "restored diaphone fog signal with its compressor panel, three former keepers' cottages let to visitors with "
    "smart locks, a visitor centre with a tower-tour kiosk and ticket desk, a weather mast, an AIS receiver and "
    "gallery cameras); *Lightvessel LV72 Museum* (`lv72museum.example`: a red-hulled lightship moored as a museum "
    "in a Suffolk harbour: bilge and hull monitoring, dehumidifiers, an audio-guide fleet, a gift shop and a "
    "volunteer rota); *Prism & Diaphone Restorations* (`prismdiaphone.example`: coastal-signal restorers in "
    "Pembroke Dock who re-grind and re-seat lens prisms with an annealing kiln, rebuild lens-rotation clockwork "
    "and fog-signal compressors, 3D-print replica parts, restore semaphore and daymark hardware and sell parts "
    "online); *Lampwick Digital* (`lampwick.example`: the small studio that builds and runs all of it: the AtoN "
    "status feed, the booking API for tours and cottages, the collections site, CI, a small OpenShift and Podman "
    "estate, the devices)."
)

PEOPLE = [
    "Jory Trethewey", "Tamsin Penhallow", "Ezekiel Okonjo-Hart", "Ingrid Solheim",
    "Caradoc Vyvyan", "Niamh Ó Súilleabháin", "Bartholomew Quick", "Ayesha Rahimtoola",
    "Lowenna Carthew", "Tobias Mbeki-Lund", "Hedda Arnesen", "Piran Nancarrow",
    "Femi Adeyinka", "Rosalind Keast", "Yusuf Demirci", "Mairead Cloonan",
]

USERS = ["jory", "tamsin", "ezekiel", "ingrid", "caradoc", "niamh", "bart", "ayesha",
         "lowenna", "tobias", "hedda", "piran", "femi", "ros", "yusuf", "mairead"]

NETS = "10.47.0.0/16 and 192.168.47.0/24"


def person(rng):
    return rng.choice(PEOPLE)


def user(rng):
    return rng.choice(USERS)


def ip(rng):
    return "10.47.%d.%d" % (rng.randint(1, 9), rng.randint(10, 250))


def lan_ip(rng):
    return "192.168.47.%d" % rng.randint(10, 250)


def email(rng, domain=None):
    d = domain or rng.choice([f[1] for f in FIRMS.values()])
    return "%s@%s" % (user(rng), d)


def person_and_email(rng, domain=None):
    i = rng.randrange(len(PEOPLE))
    d = domain or rng.choice([f[1] for f in FIRMS.values()])
    return PEOPLE[i], "%s@%s" % (USERS[i], d)
