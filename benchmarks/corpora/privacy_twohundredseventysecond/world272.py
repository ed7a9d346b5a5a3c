"""The invented world of p272: oyster farms, seaweed harvesters and a shellfish
depuration plant on the Scottish west coast, the Outer Hebrides and the Essex
coast, and the studio that builds their software."""

FIRMS = {
    "carraig": ("Carraig Bhan Oysters", "carraigbhan-oysters.example"),
    "merse": ("Merse Depuration", "merse-depuration.example"),
    "traigh": ("Traigh Wrack & Kelp", "traigh-seaweed.example"),
    "spatfall": ("Spatfall Digital", "spatfall.example"),
}

WORLD_PARAGRAPH = (
    "The world: *Carraig Bhan Oysters* (`carraigbhan-oysters.example`: Pacific and native oysters in mesh bags on "
    "trestles along the foreshore of an Argyll sea loch, a FLUPSY for spat on the pontoon, a grading shed with an "
    "optical grader and a bagging line, a workboat and a flat barge with a navigation PC, an oyster bar and farm-gate "
    "shop, and summer farm tours); *Merse Depuration* (`merse-depuration.example`: a shellfish depuration plant on the "
    "Essex coast that takes oysters, mussels and clams from B-class waters: UV-treated seawater tanks with salinity, "
    "temperature and UV-intensity loggers, a batch-release desk, a cold store with an alarm dialler, a tag printer for "
    "the shellfish registration labels and a despatch bay); *Traigh Wrack & Kelp* (`traigh-seaweed.example`: a "
    "hand-harvest seaweed business on North Uist: wrack and dulse cut on the ebb, sugar-kelp longlines seeded from a "
    "small hatchery, a drying kiln with a controller and a gateway, a mill, bagging for gardeners and cooks, an online "
    "shop and foraging courses); *Spatfall Digital* (`spatfall.example`: the two-person studio in Oban that builds "
    "and runs the software of all three: the booking site for tours and courses (Django), the shop (WooCommerce), the "
    "traceability API (Ktor), the stock app (Symfony), the harvest app (Flutter, iOS and Android), the device "
    "integrations, CI, a small k3s cluster and the routers).")

PEOPLE = [
    "Morag Sinclair", "Kenji Watanabe-Reid", "Ailsa MacPhee", "Tomasz Wojcik", "Priyanka Deshmukh",
    "Ruaridh Campbell", "Femi Adeyemi", "Grete Lindqvist", "Hamish Urquhart", "Sian Pritchard",
    "Catriona Munro", "Dominic Ashworth", "Leilani Kahale", "Oksana Hrytsenko", "Calum Beaton",
    "Nadia Haddad", "Ewa Nowicka", "Alasdair Gillies",
]

FIRST = [p.split()[0] for p in PEOPLE]
USERS = ["morag", "kenji", "ailsa", "tomasz", "priyanka", "ruaridh", "femi", "grete", "hamish",
         "sian", "catriona", "dom", "leilani", "oksana", "calum", "nadia", "ewa", "alasdair"]

HOSTS = [
    "grading.carraigbhan-oysters.example", "shop.carraigbhan-oysters.example",
    "tours.carraigbhan-oysters.example", "tanks.merse-depuration.example",
    "batch.merse-depuration.example", "coldstore.merse-depuration.example",
    "kiln.traigh-seaweed.example", "shop.traigh-seaweed.example",
    "courses.traigh-seaweed.example", "trace.spatfall.example", "stock.spatfall.example",
    "ci.spatfall.example", "k3s.spatfall.example", "mqtt.spatfall.example",
    "grafana.spatfall.example", "git.spatfall.example",
]
PRIVATE_NET = "10.172.0.0/16 and 192.168.172.0/24"


def ip(rng):
    if rng.random() < 0.6:
        return "10.172.%d.%d" % (rng.randrange(0, 40), rng.randrange(2, 250))
    return "192.168.172.%d" % rng.randrange(2, 250)


def host(rng):
    return rng.choice(HOSTS)


def person(rng):
    return rng.choice(PEOPLE)


def user(rng):
    return rng.choice(USERS)


def email(rng):
    u = rng.choice(USERS)
    dom = rng.choice([f[1] for f in FIRMS.values()])
    return "%s@%s" % (u, dom)
