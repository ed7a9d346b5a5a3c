"""The invented world of p259: saddlers, leatherworkers and tack shops."""
import re

from common259 import DIGITS, LOWER, rstr

FIRMS = {
    "harrowgate": ("Harrowgate Saddlery", "harrowgate-saddlery.example",
                   "Walsall saddle makers and repairers: bench workshop, a CNC pattern stitcher, a leather "
                   "laser cutter, a splitting machine and a van fleet of saddle fitters with tablets"),
    "bridlecombe": ("Bridlecombe Tack & Feed", "bridlecombe-tack.example",
                    "three tack and feed shops with EPOS tills, a Laravel web shop, click and collect, a rug-wash "
                    "service and saddle-cloth embroidery"),
    "curriers": ("Curriers' Row Leatherworks", "curriers-row.example",
                 "a leatherworkers' collective making bridles, belts and dog collars, selling on Etsy and Folksy, "
                 "with tack-room climate sensors and a shared laser"),
    "latigo": ("Latigo Labs", "latigo-labs.example",
               "the software house that builds and runs all of it (CI, Kubernetes, Nomad, stock sync, "
               "fitting-records API, bookings)"),
}

PEOPLE = ["Harriet Oyelaran", "Tomasz Wierzbicki", "Morwenna Pascoe", "Declan Ferris", "Anjali Raghunathan",
          "Bram van Heerden", "Ffion Llewellyn", "Ingrid Solberg", "Cormac Delaney", "Zainab Haruna",
          "Giles Ashworth", "Mei-Lin Chow", "Ottilie Marchbank", "Kwabena Owusu"]

FIRST = [p.split()[0] for p in PEOPLE]

NETS = ["10.73.0.0/16", "192.168.73.0/24", "172.30.73.0/24"]

# words of this world (letters only, four or more) used in owner-chosen passwords
WORDS = sorted(set("""
saddle girth stirrup bridle cantle numnah martingale surcingle crupper breastplate cavesson snaffle pelham
kimblewick hackamore noseband browband throatlash headstall latigo skiver burnisher creaser beveller
saddletree flocking gullet fender jockey concho rosette tackroom curb halter lunge headcollar bellyband hame
harness billet buckle keeper chape vegtan neatsfoot dubbin beeswax tragacanth paddock livery gymkhana
dressage eventing hunter hackney palomino skewbald piebald chestnut farrier horseshoe stable manger haynet
dandy fleece gelding mare foal yearling filly colt withers fetlock pastern hock forelock bitless weymouth
bradoon flash grakle overgirth quilted suede nubuck tannery currier edger slicker mallet maul pricking
overstitch welt holster spur rowel saddlecloth lorinery blinker hobble tether manege arena roan
""".split()))

WORD_RE = "(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + ")"
TAIL_RE = r"(?:[a-z]{2,3}[0-9]{2,4}|[0-9]{2,4}[a-z]{1,2}|(?:19|20)[0-9]{2})"
PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.+]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + TAIL_RE + r"$")
# password form searched inside negatives (any case, any of the joiners)
PW_FORM_IN_TEXT = re.compile(r"(?i)(?<![A-Za-z])" + WORD_RE + r"[-_.+!]" + TAIL_RE + r"(?![A-Za-z0-9])")


def password(rng, strict=False, cap=0.4):
    w = rng.choice(WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+")
    k = rng.randrange(3)
    if k == 0:
        t = rstr(rng, LOWER, rng.choice([2, 3])) + rstr(rng, DIGITS, rng.choice([2, 3, 4]))
    elif k == 1:
        t = rstr(rng, DIGITS, rng.choice([2, 3, 4])) + rstr(rng, LOWER, rng.choice([1, 2]))
    else:
        t = str(rng.randrange(1975, 2027))
    return w + j + t


def host(firm, name):
    return "%s.%s" % (name, FIRMS[firm][1])
