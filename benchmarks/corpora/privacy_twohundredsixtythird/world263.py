"""The invented world of p263: basket weavers, wicker-furniture makers and
cane-chair restorers, their suppliers and the studio that runs their software."""
import re

FIRMS = {
    "osier": dict(name="Osier & Rush Basketworks", host="osierrush.example",
                  what="basket weavers on the Somerset Levels: willow beds, a willow brake that strips the rods, a steaming chest for bending handles, soaking tanks with level sensors, basket-making courses and an online shop"),
    "cranmore": dict(name="Cranmore Wicker Furniture Co.", host="cranmorewicker.example",
                     what="wicker and rattan furniture makers in Nottingham: a rattan pole steamer, bending jigs, a lacquer spray booth, a Laravel trade shop and furniture freight to garden centres"),
    "seatwright": dict(name="Seatwright Cane & Rush Restorers", host="seatwright.example",
                       what="cane-chair and rush-seat restorers in York: a repair intake counter with tablets, photo records of every chair, a collection van and a Rails repair tracker"),
    "withy": dict(name="Withy Supply Co-operative", host="withysupply.example",
                  what="wholesale willow bolts, chair cane hanks, pre-woven webbing, seagrass, rush and Danish cord, with a cane store, handheld scanners, a webbing loom and a B2B portal"),
    "slath": dict(name="Slath Digital", host="slath.example",
                  what="the small studio that builds and runs all of it (CI, a small Nomad cluster, the course-booking site, stock sync, devices)"),
}

PEOPLE = ["Maud Ashcombe", "Ifeoma Nwankwo", "Gethin Prys", "Solveig Brandt", "Tomasz Wierzbicki",
          "Harriet Coombes", "Dev Raghunathan", "Ottilie Marchetti", "Kwame Asante-Boateng",
          "Elspeth Furlong", "Bao Tran Nguyen", "Rafferty Doyle", "Nilufar Karimova", "Ciaran Mulvey"]
FIRST = [p.split()[0] for p in PEOPLE]
USERS = ["maud", "ifeoma", "gethin", "solveig", "tomasz", "harriet", "dev", "ottilie", "kwame",
         "elspeth", "baotran", "rafferty", "nilufar", "ciaran", "bench3", "intake", "stripper",
         "steamer", "kiosk", "stockbot", "syncsvc", "tutor2", "counter", "vanpi"]
SUBNET = "10.83"

# owner-chosen password words (letters only, at least four letters)
TRADE_WORDS = [
    "willow", "osier", "withy", "withies", "rattan", "wicker", "caning", "rushwork", "seagrass",
    "slath", "randing", "waling", "pairing", "fitching", "slewing", "staking", "upsett", "bodkin",
    "rapping", "scallom", "trug", "creel", "pannier", "hamper", "skep", "coracle", "bergere",
    "lloydloom", "peacock", "bentwood", "spline", "binder", "strand", "webbing", "sugan", "sedge",
    "skein", "weaver", "spoke", "triandra", "viminalis", "purpurea", "flanders", "buffwillow",
    "brake", "plaited", "coiling", "lashing", "splint", "chairback", "footstool", "ottoman",
    "settee", "cradle", "basket", "rushseat", "bolts", "handle", "sedgemoor", "athelney",
    "chaise", "loomchair", "cording", "danishcord", "pithcane", "centrecane", "blackmaul",
]
JOINERS_LOOSE = "-_.!@*~="
JOINERS_STRICT = "-_."
POSTCODES = ["TA7", "TA3", "TA10", "BA6", "BA16", "YO1", "YO10", "YO31", "NG7", "NG2", "NG15", "TA9", "BS28", "LS6"]
PW_TAIL = r"(?:[0-9]{2,4}|[A-Z]{2}[0-9]{1,2}|[1-9]ft)"
PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!@*~=]" + PW_TAIL + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + PW_TAIL + r"$")
PW_ANYWHERE_RE = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(TRADE_WORDS, key=len, reverse=True))
                            + r")[-_.!@*~=+#&](?:[0-9]{2,4}|[a-z]{2}[0-9]{1,2}|[1-9]ft)(?![0-9])")


def password(rng, strict=False, cap=0.5):
    w = rng.choice(TRADE_WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_LOOSE)
    r = rng.random()
    if r < 0.45:
        tail = str(rng.randint(10, 9999)) if rng.random() < 0.6 else str(rng.choice(range(1978, 2026)))
        if len(tail) < 2:
            tail = "0" + tail
    elif r < 0.8:
        tail = rng.choice(POSTCODES)
    else:
        tail = "%dft" % rng.randint(3, 9)
    return w + j + tail


def ip(rng, third=None):
    return "%s.%d.%d" % (SUBNET, third if third is not None else rng.randint(1, 12), rng.randint(2, 250))
