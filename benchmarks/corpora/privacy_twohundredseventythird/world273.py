"""The invented world of the p273 corpus: wigmakers, theatrical hair-and-make-up
studios and prosthetics workshops, and the studio that writes their software."""
import re

FIRMS = {
    "thistlecombe": dict(
        name="Thistlecombe Wigs & Postiche", host="thistlecombe-wigs.example",
        what="a wig workshop in a former hosiery mill in Leicester: hand-knotted theatre and "
             "medical wigs, a knotting room with tablet kiosks, a hair store with humidity loggers, "
             "a colour-dispensing machine for hair dye, a steam cabinet, a medical wig clinic that takes "
             "NHS wig prescriptions, and a web shop for wig care"),
    "gaslight": dict(
        name="Gaslight Hair & Make-Up", host="gaslight-hmu.example",
        what="a hair and make-up department for hire in London: West End and touring shows, "
             "film and television, three make-up trailers with 4G routers, a kit store with RFID "
             "tags, continuity photos on iPads and a crew rota"),
    "mandrake": dict(
        name="Mandrake Prosthetics", host="mandrake-fx.example",
        what="a prosthetics workshop in Bristol: lifecasting, a 3D head scanner, resin and FDM "
             "printers run through OctoPrint and Klipper, a silicone meter-mix dispenser, a vacuum "
             "degassing chamber and two curing ovens"),
    "ventilate": dict(
        name="Ventilate Digital", host="ventilate.example",
        what="the three-person studio that builds and runs all of it: the fittings booking site "
             "(Django), the stock service, the wig-care shop, the print-farm job API, CI, a small "
             "k3s cluster and the device integrations"),
}

PEOPLE = ["Perdita Ashworth", "Casimir Okonjo", "Wilhelmina Tregear", "Rafferty Lund",
          "Soraya Benyamin", "Ignatius Pell", "Marisol Achterberg", "Oluwaseun Adeyemi-Clarke",
          "Hedda Falkenrath", "Bartholomew Quince", "Ines Carvalho-Reid", "Torquil MacAskill",
          "Juniper Okwuosa", "Dagny Lindqvist", "Fenwick Ossory", "Anushka Varadarajan",
          "Crispin Yeo", "Leocadia Brennan"]

FIRST = [p.split()[0] for p in PEOPLE]
LOGINS = [p.split()[0].lower() + "." + p.split()[-1].split("-")[0].lower() for p in PEOPLE]

HOSTS = ["dispenser-pc.thistlecombe-wigs.example", "knotting-kiosk-2.thistlecombe-wigs.example",
         "clinic.thistlecombe-wigs.example", "shop.thistlecombe-wigs.example",
         "trailer3-router.gaslight-hmu.example", "kit.gaslight-hmu.example",
         "scanner.mandrake-fx.example", "printfarm.mandrake-fx.example",
         "oven-a.mandrake-fx.example", "book.ventilate.example", "stock.ventilate.example",
         "ci.ventilate.example", "k3s-1.ventilate.example", "grafana.ventilate.example"]

PRIVATE_NET = ("10.73.0.0/16", "192.168.73.0/24")

# trade words used for owner-chosen passwords (letters only)
WORDS = """postiche toupee weft wefting tulle gauze crepe marcel pincurl fingerwave chignon periwig
bagwig ringlet hackle knotting ventilator hairlace frontlace pomade bandoline tongs curler roller
pinwave powder macassar bodkin latex silicone gelatine foamlatex alginate lifecast plaster mould
flashing appliance baldcap stipple bondo prosaide spiritgum casting sculpt chavant plastiline
pigment flocking punching eyebrow moustache sideburn beard stubble greasepaint pancake rouge kohl
crimper wigblock malleable hairnet drawmat tressing parting crown nape temple wefter knotter
rollerset""".split()
WORD_SET = set(WORDS)

TAIL_RE = r"(?:(?:[6-9]|[12][0-9]|30)in|Act[1-5]|Sc(?:[1-9]|1[0-2])|1B|613|27|33)"
JOIN_WIDE = "-_.!+@#*~="
JOIN_STRICT = "-_."
PW_WIDE_RE = re.compile(r"^([A-Za-z][a-z]{3,})[-_.!+@#*~=]" + TAIL_RE + r"$")
PW_STRICT_RE = re.compile(r"^([A-Za-z][a-z]{3,})[-_.]" + TAIL_RE + r"$")
# a password form anywhere (any case, wider joiners) - used to keep negatives and other texts clean
PW_ANY_RE = re.compile(r"(?i)(?<![a-z])(" + "|".join(sorted(WORDS, key=len, reverse=True)) +
                       r")[-_.!+@#*~=:&/]" + TAIL_RE.replace("in|", "in(?![a-z])|") + r"(?![0-9])")


def tail(rng):
    k = rng.random()
    if k < 0.4:
        return f"{rng.randint(6, 30)}in"
    if k < 0.55:
        return f"Act{rng.randint(1, 5)}"
    if k < 0.75:
        return f"Sc{rng.randint(1, 12)}"
    return rng.choice(["1B", "613", "27", "33"])


def password(rng, joiners=JOIN_WIDE, cap=0.45, forbid=""):
    js = [j for j in joiners if j not in forbid] or ["-"]
    w = rng.choice(WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    return w + rng.choice(js) + tail(rng)


def is_password(v, strict=False):
    m = (PW_STRICT_RE if strict else PW_WIDE_RE).match(v)
    return bool(m) and m.group(1).lower() in WORD_SET
