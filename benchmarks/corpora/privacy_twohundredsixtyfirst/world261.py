"""The invented world of p261: sailmakers, rope makers and net menders in
Cornwall and the software studio that builds and runs their systems."""

FIRMS = {
    "halyard": {
        "name": "Halyard & Thimble Sailmakers",
        "domain": "halyard-thimble.example",
        "what": "a Falmouth sail loft: a long loft floor with a laser projector that "
                "paints panel outlines on the floor, a cutting plotter, heavy walking-foot "
                "sewing machines, a design office and a repair counter for cruising and racing sails",
    },
    "tregarthen": {
        "name": "Tregarthen Rope Walk",
        "domain": "tregarthen-rope.example",
        "what": "a Penryn rope maker: a 12-strand braiding line run by a PLC with an HMI, "
                "a traditional three-strand laying walk, a tensile-test rig that writes batch "
                "certificates and a B2B shop for chandlers and riggers",
    },
    "netloft": {
        "name": "Newlyn Net Loft Co-operative",
        "domain": "newlyn-netloft.example",
        "what": "net menders for the Newlyn fleet: trawl, gill-net and seine repairs booked "
                "by skippers, mending crews with rugged tablets, a twine store and trackers "
                "on the co-op's two workboats",
    },
    "fairlead": {
        "name": "Fairlead Chandlery",
        "domain": "fairlead-chandlery.example",
        "what": "a harbour-side chandlery with two tills, a Django web shop, rope sold by "
                "the metre and a sail-repair drop-off for the loft",
    },
    "bowline": {
        "name": "Bowline Digital",
        "domain": "bowline.example",
        "what": "the small software studio that builds and runs all of it (CI, a k3s "
                "cluster, the loft scheduler, quoting, stock sync, the booking site and devices)",
    },
}

PEOPLE = [
    "Kerensa Polglase", "Piran Nankivell", "Tamsin Hocking", "Demelza Rowe",
    "Ewan MacAulay", "Sigrun Olafsdottir", "Joaquim Ferreira", "Aoife Brennan",
    "Tobiah Ncube", "Lowenna Trewin", "Hamish Dalgleish", "Yusuf Erdem",
    "Ines Varga", "Caspar Lindqvist", "Ngaio Whitcombe", "Jory Tregenza",
]

FIRST = [p.split()[0] for p in PEOPLE]


def handle(person):
    a, b = person.lower().split()
    return a + "." + b


def email(person, firm):
    return handle(person) + "@" + FIRMS[firm]["domain"]


HOSTS = {
    "plotter": ("plotter-pc.halyard-thimble.example", "10.61.4.21"),
    "projector": ("floor-projector.halyard-thimble.example", "10.61.4.35"),
    "braider": ("braider-hmi.tregarthen-rope.example", "10.61.8.12"),
    "tensile": ("tensile-rig.tregarthen-rope.example", "10.61.8.40"),
    "netloft": ("mending-tabs.newlyn-netloft.example", "192.168.61.20"),
    "till": ("till-01.fairlead-chandlery.example", "192.168.61.51"),
    "shop": ("shop.fairlead-chandlery.example", "172.26.61.10"),
    "sched": ("scheduler.bowline.example", "172.26.61.30"),
    "quotes": ("quotes.bowline.example", "172.26.61.31"),
    "k3s": ("k3s-cp.bowline.example", "10.61.0.10"),
    "db": ("orders-db.bowline.example", "10.61.0.25"),
    "mqtt": ("mqtt.bowline.example", "10.61.0.40"),
}

# words of this world for owner-chosen passwords (letters only, four or more)
WORDS = """
bowline halyard thimble grommet cringle leech luff clew batten boltrope sailcloth dacron mylar
spinnaker genoa mainsail roach reefing broadseam marlinspike whipping seizing serving splice lanyard
shackle hank twine mesh gauge needle netting braid plait strand yarn hawser cordage ropewalk hemp
manila sisal coir dyneema trawl seine gillnet codend headline footrope float sinker bobbin shuttle
sheepshank clove hitch becket eyelet sailmaker palm tiller mooring kedge gunwale capstan windlass
winch cleat bosun foresail mizzen topsail staysail gaff boom shroud halliard lugsail cutter ketch
yawl lugger pilchard mackerel gurnard pollock newlyn mousehole porthleven penzance falmouth penryn
flax tarred gasket toggle swivel bight fairlead jamcleat kevlar tablet slug headboard cunningham
outhaul downhaul vang batwing mainsheet jibsheet dodger
""".split()

assert all(w.isalpha() and len(w) >= 4 for w in WORDS)
