"""The invented world of p262: a Speyside cooperage, a French tonnellerie,
a cask brokerage and the software co-operative that runs their systems."""
import re

FIRMS = {
    "tallow": ("Tallowfield Cooperage", "tallowfield-cooperage.example",
               "a Speyside cooperage at Inverbrack that raises new casks, rejuvenates "
               "bourbon and sherry casks (dechar and rechar), runs a CNC stave jointer, "
               "two toasting and charring fires, a hoop press, a pressure leak-test rig "
               "and a cask-repair yard with tablets"),
    "march": ("Tonnellerie Marchetant", "marchetant-tonnellerie.example",
              "a French-oak barrel maker near Cognac that buys oak at the forestry sales, "
              "seasons staves in the open for three years, toasts barriques over fire and "
              "ships them to wineries in Europe and California"),
    "halberd": ("Halberd & Quaich Cask Brokers", "halberdquaich.example",
                "an Edinburgh cask brokerage that buys and sells maturing whisky casks for "
                "distilleries and private owners, books regauges in bonded warehouses, "
                "keeps a cask ledger, runs a client portal, a tasting-room booking page and "
                "a small shop"),
    "spile": ("Spileworks Software", "spileworks.example",
              "the software co-operative that builds and runs all of it: the cask ledger, "
              "the portal, the stock sync, CI, Kubernetes, secrets and the yard devices"),
}

PEOPLE = [
    "Eilidh Macrae", "Tomasz Wierzbicki", "Aurelie Castagnede", "Kwame Asante-Boateng",
    "Rhona Lindqvist", "Gideon Farquharson", "Priyanka Deshmukh", "Sandro Ferreira Lopes",
    "Mairead O Suilleabhain", "Hamish Tennant", "Yusuf Demirci", "Ottilie Brannigan",
    "Bastien Royer", "Ngaio Whitcombe",
]
FIRST = [p.split()[0] for p in PEOPLE]

HOSTS = [
    "ledger.spileworks.example", "portal.halberdquaich.example", "yard.tallowfield-cooperage.example",
    "jointer-gw.tallowfield-cooperage.example", "mq1.spileworks.example", "db1.spileworks.example",
    "scale01.tallowfield-cooperage.example", "chai.marchetant-tonnellerie.example",
]
NETS = ["10.62.", "172.26.62.", "192.168.62."]

# Owner-chosen password words: the trade's own vocabulary, letters only.
WORDS = """stave hoop bung chime croze howel adze bilge hogshead puncheon firkin kilderkin
tierce barrique toast char sherry oloroso bourbon spile shive dowel heading jointer truss
windlass flagging cresset spokeshave stavewood quartersawn heartwood sapwood tannin vanillin
ullage regauge dunnage racking cooper coopering hoopdriver bungstave headboard chimehoop
quarter octave butt tun cask barrel rivet anvil mallet trussing firebasket charring dechar
rechar bilgehoop quarterhoop headhoop rush reed bulrush tallow beeswax vinegar maturation
newmake solera criadera amontillado fino palo madeira marsala tawny cognac armagnac calvados
merrain tonnelier douelle cercle fond bonde chauffe jable rabot doloire quercus robur petraea
alba limousin troncais allier vosges bertranges jupille mizunara speyside islay orkney
""".split()
assert len(set(WORDS)) == len(WORDS) and all(w.isalpha() and w.islower() for w in WORDS)

JOINERS_ALL = "-_.!@#+~*"
JOINERS_STRICT = "-_."
POSTAREAS = ["AB", "IV", "KW", "PH", "EH", "KY"]
TAIL_RE = r"(?:[0-9]{2,4}|[a-z]{2,3}[0-9]{2,3}|(?:AB|IV|KW|PH|EH|KY)[0-9]{1,2}|[0-9]{2,3}L)"
PW_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.!@#+~*]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.]" + TAIL_RE + r"$")
# password form anywhere (negatives must not contain one): world word + joiner + tail
PW_ANY_RE = re.compile(r"(?i)(?<![A-Za-z0-9])(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) +
                       r")[-_.!@#+~*]" + TAIL_RE + r"(?![A-Za-z0-9])")


def gen_password(rng, strict=False, cap=None):
    w = rng.choice(WORDS)
    if rng.random() < (cap if cap is not None else (0.35 if strict else 0.45)):
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    t = rng.random()
    if t < 0.25:
        tail = str(rng.randint(1968, 2024))
    elif t < 0.45:
        tail = str(rng.randint(10, 9999)) if rng.random() < 0.5 else "%02d" % rng.randint(0, 99)
    elif t < 0.70:
        tail = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 3))) + \
            str(rng.randint(10, 999))
    elif t < 0.85:
        tail = rng.choice(POSTAREAS) + str(rng.randint(1, 56))
    else:
        tail = str(rng.choice([40, 50, 125, 190, 200, 225, 228, 250, 265, 300, 500, 700])) + "L"
    return w + j + tail


def person(rng):
    return rng.choice(PEOPLE)


def email(name, domain):
    parts = name.lower().replace("-", "").split()
    return "%s.%s@%s" % (parts[0], parts[-1], domain)


def ip4(rng):
    n = rng.choice(NETS)
    if n == "10.62.":
        return "10.62.%d.%d" % (rng.randint(0, 40), rng.randint(2, 250))
    return n + str(rng.randint(2, 250))
