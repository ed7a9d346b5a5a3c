"""The invented world of p265: three trade firms and the software studio that runs them."""

FIRMS = {
    "halloran": {
        "name": "Halloran Typewriter Works",
        "domain": "halloran-typewriters.example",
        "what": "a typewriter repair workshop in Leeds (platen recovering lathe, ultrasonic cleaning bath, "
                "parts queue, repair intake kiosk)",
    },
    "quillon": {
        "name": "Quillon & Daughters Pen Hospital",
        "domain": "quillon-pens.example",
        "what": "fountain-pen restorers in Edinburgh (nib grinding bench, sac and celluloid stock, "
                "mail-in repair site in Rails, repair tracker)",
    },
    "marbury": {
        "name": "Marbury Stationers",
        "domain": "marbury-stationers.example",
        "what": "a stationer in Bath with an ink bar, letterpress cards, a Laravel web shop, "
                "an EPOS till with a Pi bridge and an Odoo stock system",
    },
    "kettlewick": {
        "name": "Kettlewick Software",
        "domain": "kettlewick.example",
        "what": "the two-person studio that builds and runs it all (CI, Nomad, Kubernetes, the integrations)",
    },
}

PEOPLE = [
    "Wilhelmina Thackray", "Desmond Oyelaran", "Ailsa Brodie-Vance", "Teodor Halvorsen",
    "Priya Ramaswamy", "Cormac Delahunt", "Noor Al-Khatib", "Benedikt Schrank",
    "Morwenna Tregarthen", "Kofi Mensah-Appiah", "Ines Carvalho", "Euan McAlister",
    "Hana Kobayashi", "Lorcan Phelan",
]
FIRST = [p.split()[0] for p in PEOPLE]
LOGINS = ["wthackray", "doyelaran", "abrodie", "thalvorsen", "pramaswamy", "cdelahunt",
          "nalkhatib", "bschrank", "mtregarthen", "kmensah", "icarvalho", "emcalister",
          "hkobayashi", "lphelan"]

HOSTS = [
    "intake.halloran-typewriters.example", "parts.halloran-typewriters.example",
    "tracker.quillon-pens.example", "repairs.quillon-pens.example",
    "shop.marbury-stationers.example", "odoo.marbury-stationers.example",
    "ci.kettlewick.example", "nomad.kettlewick.example", "grafana.kettlewick.example",
]
PRIVATE_NET = "10.65"


def ip(rng):
    return "10.65.%d.%d" % (rng.randrange(1, 40), rng.randrange(2, 250))
