"""The invented world of p254: knife sharpeners, cutlers and kitchen-equipment repair."""

FIRMS = {
    'keenedge': {
        'name': 'Keenedge Mobile Sharpening',
        'domain': 'keenedge-sharpening.example',
        'what': 'mobile knife-sharpening vans for restaurants and butchers, drop-off lockers at markets, a Nuxt booking site and van tablets',
    },
    'hallamshire': {
        'name': 'Hallamshire Cutlery Works',
        'domain': 'hallamshire-cutlers.example',
        'what': 'a Sheffield cutler with a forge, a heat-treat kiln, a CNC knife grinder, a laser engraving station and a Django web shop',
    },
    'brightwater': {
        'name': 'Brightwater Catering Equipment Services',
        'domain': 'brightwater-cateq.example',
        'what': 'engineers who repair combi ovens, dishwashers, fryers and ice machines in commercial kitchens, with an Odoo back office, a Kotlin engineer app and a Go parts-catalogue sync',
    },
    'forgeline': {
        'name': 'Forgeline Digital',
        'domain': 'forgeline.example',
        'what': 'the software house that builds and runs all of it (CI, Vault, ops)',
    },
}

PEOPLE = [
    ('Imogen', 'Ashdown', 'keenedge'), ('Kofi', 'Mensah', 'keenedge'), ('Rhiannon', 'Prys', 'keenedge'),
    ('Wilfred', 'Staniforth', 'hallamshire'), ('Priya', 'Venkatesan', 'hallamshire'), ('Lachlan', 'Murray', 'hallamshire'),
    ('Elspeth', 'Grieve', 'hallamshire'), ('Siobhan', 'Reilly', 'brightwater'), ('Dmitri', 'Volkov', 'brightwater'),
    ('Chiara', 'Bellandi', 'brightwater'), ('Amara', 'Okafor', 'brightwater'), ('Gareth', 'Pryce', 'forgeline'),
    ('Yuki', 'Tanabe', 'forgeline'), ('Noor', 'Farouk', 'forgeline'),
]

HOST_PARTS = {
    'keenedge': ['book', 'lockers', 'vans', 'api', 'mqtt', 'tablets'],
    'hallamshire': ['shop', 'grinder', 'kiln', 'engrave', 'erp', 'files'],
    'brightwater': ['jobs', 'parts', 'odoo', 'engineers', 'portal', 'vpn'],
    'forgeline': ['ci', 'vault', 'grafana', 'git', 'deploy', 'status'],
}

NETS = ['10.84.%d.%d', '172.21.84.%d', '192.168.84.%d']


def person(rng):
    f, l, firm = rng.choice(PEOPLE)
    return f, l, firm


def email(rng, firm=None):
    pool = [p for p in PEOPLE if firm is None or p[2] == firm]
    f, l, pf = rng.choice(pool)
    return '%s.%s@%s' % (f.lower(), l.lower(), FIRMS[pf]['domain'])


def host(rng, firm=None):
    firm = firm or rng.choice(sorted(FIRMS))
    return '%s.%s' % (rng.choice(HOST_PARTS[firm]), FIRMS[firm]['domain'])


def ip(rng):
    n = rng.choice(NETS)
    if n.count('%d') == 2:
        return n % (rng.randrange(1, 30), rng.randrange(2, 250))
    return n % rng.randrange(2, 250)


def first_name(rng):
    return rng.choice(PEOPLE)[0]


def user(rng):
    f, l, _ = rng.choice(PEOPLE)
    return (f[0] + l).lower()
