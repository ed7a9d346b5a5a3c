"""The invented world of p251: a puppet theatre, a small chain of toy shops,
a charity toy library and the software house that looks after all three."""
import re

from common251 import LOWER, DIGITS, rs

THEATRE = "marrowgate-puppets.example"
SHOPS = "tumbledown-toys.example"
LIBRARY = "bramblewick-toylib.example"
DEVHOUSE = "lanternfly.example"

FIRMS = {
    THEATRE: "Marrowgate Puppet Theatre",
    SHOPS: "Tumbledown Toys",
    LIBRARY: "Bramblewick Toy Library",
    DEVHOUSE: "Lanternfly Digital",
}

PEOPLE = [
    ("Ilse", "Marchetti", THEATRE, "technical director"),
    ("Oskar", "Lindqvist", THEATRE, "lighting and sound"),
    ("Nadia", "Petrosyan", THEATRE, "box office manager"),
    ("Teodor", "Vasile", THEATRE, "puppet maker"),
    ("Hana", "Kobayashi", THEATRE, "animatronics"),
    ("Luis", "Ortega", THEATRE, "touring stage manager"),
    ("Greta", "Sommer", SHOPS, "owner"),
    ("Callum", "Ferris", SHOPS, "Frome shop manager"),
    ("Precious", "Nwosu", SHOPS, "stockroom lead"),
    ("Rohan", "Mehta", LIBRARY, "coordinator"),
    ("Maja", "Novak", LIBRARY, "volunteer"),
    ("Eilidh", "Brannigan", LIBRARY, "trustee"),
    ("Femi", "Adebayo", DEVHOUSE, "developer"),
    ("Agnieszka", "Wrona", DEVHOUSE, "ops"),
]

HOSTS = [
    "boxoffice." + THEATRE, "flyrig." + THEATRE, "eos." + THEATRE, "qlab-mac." + THEATRE,
    "workshop-nas." + THEATRE, "laser-pc." + THEATRE, "printers." + THEATRE,
    "shop." + SHOPS, "stock." + SHOPS, "tills." + SHOPS, "labels." + SHOPS, "frome." + SHOPS,
    "loans." + LIBRARY, "kiosk1." + LIBRARY, "catalogue." + LIBRARY, "members." + LIBRARY,
    "ci." + DEVHOUSE, "git." + DEVHOUSE, "vault." + DEVHOUSE, "grafana." + DEVHOUSE,
]

PRIVATE_NETS = ["10.51.4.", "10.51.9.", "172.20.51.", "192.168.51."]

# words people of this trade build their passwords from (letters only)
WORDS = [
    "marionette", "punchinello", "pulcinella", "judy", "swazzle", "guignol", "kasperle",
    "bunraku", "wayang", "crossbar", "paddle", "proscenium", "tabs", "wings", "flies",
    "gauze", "scrim", "cyclorama", "fresnel", "gobo", "prompt", "greenroom", "matinee",
    "encore", "curtain", "footlights", "papier", "mache", "gesso", "jigger", "dowel",
    "teddy", "rattle", "yoyo", "kite", "marbles", "jigsaw", "domino", "skittle",
    "hobbyhorse", "dollhouse", "kaleidoscope", "zoetrope", "whirligig", "diabolo",
    "tiddlywink", "hopscotch", "pinwheel", "beanbag", "ragdoll", "bagatelle", "mancala",
    "pogo", "scooter", "tricycle", "spinningtop", "noahsark", "tinsoldier", "jackstraws",
    "spirograph", "slinky", "bilboquet", "cupandball", "peg", "skipping", "conker",
    "lending", "borrowbox", "loancard", "storytime", "playmat", "sensory", "stacker",
    "abacusbead", "shapesorter", "woodblock", "xylophone", "tambourine", "glockenspiel",
    "pompom", "feltboard", "shadowplay", "rodpuppet", "glovepuppet", "ventriloquist",
]
WORD_SET = set(WORDS)

EVERYDAY_JOINERS = "-_.+~"
STRICT_JOINERS = "-_."

EVERYDAY_PW_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.+~][a-z]{2,3}[0-9]{2,4}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.][a-z]{2,3}[0-9]{2,4}$")
EVASION_PW_RE = re.compile(r"^[a-z]{3,}\.[a-z]{2,3}[0-9]{2,3}$")

# any world word followed by a joiner and a short lower-case tail: the password
# form that must never show up in a negative
PW_FORM_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][a-z]{2,})[-_.+~]([a-z]{2,3})([0-9]{2,4})(?![0-9A-Za-z])")


def password(rng, joiners=EVERYDAY_JOINERS, cap_p=0.35):
    w = rng.choice(WORDS)
    if rng.random() < cap_p:
        w = w[:1].upper() + w[1:]
    return w + rng.choice(joiners) + rs(rng, LOWER, rng.choice([2, 3])) + rs(rng, DIGITS, rng.choice([2, 2, 3, 4]))


def strict_password(rng):
    return password(rng, STRICT_JOINERS, 0.3)


def evasion_password(rng):
    return rng.choice(WORDS) + "." + rs(rng, LOWER, rng.choice([2, 3])) + rs(rng, DIGITS, rng.choice([2, 3]))


def has_password_form(text):
    for m in PW_FORM_RE.finditer(text):
        if m.group(1).lower() in WORD_SET:
            return True
    return False


def person(rng):
    return rng.choice(PEOPLE)


def email_of(p):
    return "%s.%s@%s" % (p[0].lower(), p[1].lower(), p[2])


def private_ip(rng):
    return rng.choice(PRIVATE_NETS) + str(rng.randint(10, 240))
