"""The invented world of p256: a bell foundry, a ringing guild, a turret-clock
restorer and their software house."""

FIRMS = {
    "foundry": ("Saltmarsh Bell Foundry", "saltmarsh-foundry.example"),
    "guild": ("Wenlow Diocesan Guild of Church Bell Ringers", "wenlow-guild.example"),
    "clocks": ("Pryor & Gaunt Turret Clocks", "pryor-clocks.example"),
    "dev": ("Quarterjack Digital", "quarterjack.example"),
}

PEOPLE = [
    ("Wilhelmina Achterberg", "wilhelmina", "foundry", "tuning-lab lead"),
    ("Tobias Renshaw", "tobias", "guild", "guild secretary and tower captain"),
    ("Saoirse Bellingham", "saoirse", "clocks", "turret-clock restorer"),
    ("Kwame Asante-Holt", "kwame", "dev", "developer"),
    ("Priyanka Venkataraman", "priyanka", "dev", "ops engineer"),
    ("Leif Haugland", "leif", "guild", "carillonneur and ringing-centre trainer"),
    ("Mireille Fontaine", "mireille", "foundry", "foundry shop manager"),
    ("Dmitri Volkonsky", "dmitri", "foundry", "foundry engineer"),
    ("Hamish MacAllister", "hamish", "guild", "guild webmaster"),
    ("Oluwaseun Bakare", "seun", "guild", "ringing-course bookings"),
    ("Beatriz Salgado", "beatriz", "foundry", "accounts"),
    ("Ewan Trelawney", "ewan", "clocks", "steeplekeeper and field engineer"),
]

TOWERS = ["St Ealdwyn, Wenlow", "St Michael, Hobb's Cross", "All Saints, Crandle Magna",
          "St Bride, Saltmarsh", "Holy Trinity, Pelling", "St Oswin, Marrick Fen"]

HOSTS = {
    "foundry": ["erp.saltmarsh-foundry.example", "shop.saltmarsh-foundry.example",
                "tuning.saltmarsh-foundry.example", "10.56.2.14", "10.56.2.31"],
    "guild": ["members.wenlow-guild.example", "bookings.wenlow-guild.example",
              "sim.wenlow-guild.example", "192.168.56.20", "192.168.56.41"],
    "clocks": ["telemetry.pryor-clocks.example", "field.pryor-clocks.example",
               "ntp1.pryor-clocks.example", "10.56.7.9", "10.56.7.33"],
    "dev": ["ci.quarterjack.example", "vault.quarterjack.example", "git.quarterjack.example",
            "10.56.9.5", "10.56.9.12"],
}


def person(rng, firm=None):
    pool = [p for p in PEOPLE if firm is None or p[2] == firm]
    return rng.choice(pool)


def email(p):
    return "%s@%s" % (p[1], FIRMS[p[2]][1])


def host(rng, firm):
    return rng.choice(HOSTS[firm])
