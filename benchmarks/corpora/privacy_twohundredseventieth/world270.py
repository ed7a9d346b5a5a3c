"""The invented world of p270: quarries, gravel pits and aggregate hauliers."""
import re

FIRMS = {
    "scarthwaite": ("Scarthwaite Limestone Quarry", "scarthwaite-quarry.example",
                    "a limestone quarry above Grassington in the Yorkshire Dales: drill rigs and blasting on four benches, "
                    "a primary jaw crusher, cone crushers and screens, a coating plant, a two-deck weighbridge with a "
                    "ticket kiosk and an explosives magazine"),
    "hollinsby": ("Hollinsby Sand & Gravel", "hollinsby-gravel.example",
                  "a wet gravel pit in the Trent valley near Newark: a cutter-suction dredger, a wash plant with log "
                  "washer, cyclones and a dewatering screen, silt lagoons with level sensors, and drone surveys of the "
                  "stockpiles"),
    "tregarrow": ("Tregarrow Granite & Setts", "tregarrow-granite.example",
                  "a granite quarry near St Austell in Cornwall: armour stone, setts and kerbs cut on a wire saw, and a "
                  "small web shop selling setts, cobbles and bulk bags of decorative chippings"),
    "brackenrigg": ("Brackenrigg Aggregate Haulage", "brackenrigg-haulage.example",
                    "a fleet of 32-tonne eight-wheel tippers and artic bulkers out of Skipton: telematics boxes, "
                    "tachograph downloads, cab tablets for electronic proof of delivery and a dispatch office"),
    "benchface": ("Benchface Digital", "benchface.example",
                  "the two-person studio that builds and runs all of it: the dispatch app (Rails), the ticketing API "
                  "(Spring Boot), the bulk-bag shop (Drupal Commerce), the ERP (Odoo), the weighbridge and plant "
                  "integrations, CI, a small Kubernetes cluster and the site routers"),
}

PEOPLE = [
    "Hester Dunwoody", "Emeka Nwachukwu", "Gwenllian Morgan", "Piotr Zielinski", "Aoife Brannigan",
    "Ravindra Kulkarni", "Tamsin Trethewey", "Lars Haugland", "Chiamaka Okafor", "Ewan McCrindle",
    "Ingrid Solheim", "Bogdan Popescu", "Delphine Arnaud", "Kofi Mensah-Bonsu", "Niamh Gallagher",
    "Jago Penrose", "Shreya Bhattacharya", "Wilfred Ackroyd",
]


def first(name):
    return name.split()[0]


def email(name, firm="benchface"):
    f, l = name.lower().split()[0], name.lower().split()[-1]
    l = l.replace("-", "")
    return "%s.%s@%s" % (f, l, FIRMS[firm][1])


HOSTS = [
    "wb-kiosk.scarthwaite-quarry.example", "crusher-hmi.scarthwaite-quarry.example",
    "washplant-gw.hollinsby-gravel.example", "lagoon-pi.hollinsby-gravel.example",
    "dispatch.brackenrigg-haulage.example", "epod-api.brackenrigg-haulage.example",
    "shop.tregarrow-granite.example", "erp.benchface.example", "ci.benchface.example",
    "k8s-api.benchface.example", "tickets.scarthwaite-quarry.example", "survey.hollinsby-gravel.example",
]

PRIVATE_NETS = ["10.170.0.0/16", "192.168.170.0/24"]


def ip(rng):
    if rng.random() < 0.6:
        return "10.170.%d.%d" % (rng.randrange(1, 40), rng.randrange(2, 250))
    return "192.168.170.%d" % rng.randrange(2, 250)


# owner-chosen password words: letters only, lower case, at least four letters
WORDS = """limestone gritstone granite basalt dolomite gabbro sandstone shale chert flint gravel shingle ballast
hoggin scalpings chippings screenings riprap gabion kerbstone cobble hopper grizzly feeder crusher conveyor
trommel cyclone thickener lagoon sump dredger dragline excavator loader dumper tipper bowser wheelwash
weighbridge stockpile overburden topsoil benching haulroad blasthole detonator stemming primer booster
shotfirer drillrig borehole spoil fines silt slurry washplant screen mesh liner mantle concave toggle
flywheel idler pulley tarpaulin bulkbag pallet asphalt bitumen tarmac cement clinker kiln quicklime
sieve grading armourstone wiresaw sledge wedge plug feather quarrymen marl rubble hardcore subbase
cutter bucket ripper""".split()
assert all(re.fullmatch(r"[a-z]{4,}", w) for w in WORDS)
assert len(set(WORDS)) == len(WORDS)

JOINERS_FULL = "-_.!+~=@#*"
JOINERS_STRICT = "-_."

TAIL_RE = r"(?:[1-9][0-9]?t|Bench[1-9][0-9]?|Face[1-9]|[1-9][0-9]?mm)"
PW_RE_FULL = re.compile(r"^[A-Za-z][a-z]{3,}[\-_.!+~=@#*]" + TAIL_RE + r"$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]{3,}[\-_.]" + TAIL_RE + r"$")

# detector for any password-form string inside a text (any case, broad joiners)
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) +
    r")[\-_.!+~=@#*:&/](?:[0-9]{1,2}t|bench[0-9]{1,2}|face[0-9]|[0-9]{1,2}mm)(?![A-Za-z0-9])")

SIEVE_SIZES = [4, 6, 10, 14, 20, 28, 40, 75]


def password(rng, strict=False, cap_p=0.45, bad="", minlen=0):
    joiners = JOINERS_STRICT if strict else JOINERS_FULL
    joiners = "".join(j for j in joiners if j not in bad)
    for _ in range(200):
        w = rng.choice(WORDS)
        if rng.random() < cap_p:
            w = w.capitalize()
        j = rng.choice(joiners)
        k = rng.randrange(4)
        if k == 0:
            tail = "%dt" % rng.randrange(8, 45)
        elif k == 1:
            tail = "Bench%d" % rng.randrange(1, 13)
        elif k == 2:
            tail = "Face%d" % rng.randrange(1, 10)
        else:
            tail = "%dmm" % rng.choice(SIEVE_SIZES)
        v = w + j + tail
        if len(v) >= minlen and not any(c in bad for c in v):
            return v
    raise RuntimeError("no password fits")


def pw_word_ok(v):
    m = re.match(r"^([A-Za-z][a-z]{3,})", v)
    return bool(m) and m.group(1).lower() in WORDS
