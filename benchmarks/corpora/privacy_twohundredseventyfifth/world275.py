"""The invented world of p275: scrapyards, salvage yards and vehicle dismantlers."""
import re

FIRMS = {
    "harrowby": {
        "name": "Harrowby Reclamation & Metals",
        "domain": "harrowby-metals.example",
        "what": "a ferrous and non-ferrous scrap metal yard on the old gasworks site at Kettering, Northamptonshire: "
                "a 60-tonne weighbridge with a ticket printer, a hydraulic shear, a baler, a magnet crane, a handheld "
                "XRF alloy analyser, ANPR cameras at the gate (the Scrap Metal Dealers Act record of every seller) and "
                "a cashless payout kiosk",
    },
    "cinderford": {
        "name": "Cinderford Auto Dismantlers",
        "domain": "cinderford-autos.example",
        "what": "an Authorised Treatment Facility in the Forest of Dean: a depollution rig for fuel, oils and "
                "refrigerant, barcoded parts racking, a catalytic-converter cage, a car crusher, Certificates of "
                "Destruction notified to the DVLA and a used-parts shop on eBay and its own site",
    },
    "tarbrook": {
        "name": "Tarbrook Salvage",
        "domain": "tarbrook-salvage.example",
        "what": "a salvage yard on the Birkenhead docks: insurance total-loss cars, vans and small boats, two "
                "recovery trucks with telematics, a damaged-vehicle auction site, a boat-lift and a yard tablet app "
                "for lot photos",
    },
    "ferrule": {
        "name": "Ferrule & Flux Software",
        "domain": "ferrule.example",
        "what": "the four-person studio in Stroud that builds and runs all of it: the weighbridge ticketing "
                "service, the parts shop and its eBay sync, the auction site, the seller-ID records, CI, a small "
                "Nomad cluster on three NUCs, the gate and kiosk devices and the integrations",
    },
}

PEOPLE = [
    "Morwenna Halloran", "Desmond Okafor", "Bronwen Pike", "Lachlan Ferrabee", "Tomasz Wierzbicki",
    "Iolanthe Marsh", "Caspar Oduya", "Agnieszka Lundgren", "Rhodri Vantongeren", "Saffron Kilbride",
    "Eamon Duckworth", "Priyanka Ashdown", "Gideon Sallis", "Hermione Otterburn", "Kwabena Mensah-Hart",
]

NET10 = "10.58"
NET192 = "192.168.58"

# words of the trade used in owner-chosen passwords (letters only; none contains pass, pwd, pw or secret)
TRADE_WORDS = """
scrap salvage baler shear shredder crusher magnet grapple skip copper brass bronze alloy ingot swarf
turnings radiator wreck breaker spanner wrench gearbox axle chassis bumper bonnet tailgate sump piston
crankshaft camshaft manifold exhaust gasket flywheel clutch sprocket rivet girder forklift tonnage ferrous
pewter zinc nickel chrome cable busbar ballast hulk banger jalopy lorry tipper gantry hoist winch towbar
oxyacetylene cutter torch furnace smelter anvil bollard hubcap wheelnut dipstick carburettor alternator
""".split()
for _w in TRADE_WORDS:
    assert re.fullmatch(r"[a-z]{4,}", _w), _w
    assert not any(h in _w for h in ("pass", "pwd", "pw", "secret")), _w

TAIL_RE = r"(?:[0-9]{2,4}|[1-9][0-9]?t|HMS[12]|lot[0-9]{2,3})"
JOIN_OWNER = "-_.@!#"
JOIN_STRICT = "-_."
OWNER_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.@!#]" + TAIL_RE + r"$")
STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
# any password-form string, any case, a wider set of joiners
FORM_RE = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(TRADE_WORDS, key=len, reverse=True)) +
                     r")[-_.!@#+~*=&:/]" + TAIL_RE + r"(?![A-Za-z0-9])")


def tail(rng):
    k = rng.random()
    if k < 0.35:
        return str(rng.randrange(10, 10000)) if rng.random() < 0.5 else str(rng.randrange(1990, 2026))
    if k < 0.6:
        return f"{rng.randrange(1, 100)}t"
    if k < 0.75:
        return rng.choice(["HMS1", "HMS2"])
    return f"lot{rng.randrange(10, 1000)}"


def password(rng, joiners=JOIN_OWNER, cap=0.5, avoid=""):
    while True:
        w = rng.choice(TRADE_WORDS)
        if rng.random() < cap:
            w = w.capitalize()
        j = rng.choice([c for c in joiners if c not in avoid])
        t = tail(rng)
        if rng.random() < 0.5 and t[0].isdigit() is False:
            pass
        v = w + j + t
        if not any(h in v.lower() for h in ("pass", "pwd", "pw", "secret")):
            return v


def is_owner_pw(v):
    m = OWNER_RE.match(v)
    return bool(m) and re.split(r"[-_.@!#]", v)[0].lower() in TRADE_WORDS


def is_strict_pw(v):
    return bool(STRICT_RE.match(v)) and re.split(r"[-_.]", v)[0].lower() in TRADE_WORDS


def forms_in(text):
    return [m.group(0) for m in FORM_RE.finditer(text)]


def host10(rng):
    return f"{NET10}.{rng.randrange(1, 40)}.{rng.randrange(2, 250)}"


def host192(rng):
    return f"{NET192}.{rng.randrange(2, 250)}"


def person(rng):
    return rng.choice(PEOPLE)


def login_of(name):
    first, last = name.split(" ", 1)
    return (first[0] + last.replace("-", "")).lower()


def email_of(name, firm):
    first, last = name.split(" ", 1)
    return f"{first.lower()}.{last.lower().replace('-', '')}@{FIRMS[firm]['domain']}"


INTERNAL_HOSTS = [
    "weighbridge.harrowby-metals.example", "kiosk.harrowby-metals.example", "anpr.harrowby-metals.example",
    "parts.cinderford-autos.example", "atf.cinderford-autos.example", "rack.cinderford-autos.example",
    "auction.tarbrook-salvage.example", "yard.tarbrook-salvage.example", "ci.ferrule.example",
    "nomad.ferrule.example", "grafana.ferrule.example", "git.ferrule.example", "api.ferrule.example",
]
