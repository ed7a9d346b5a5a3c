"""The invented world of p271: tea blenders, tea rooms and herbal apothecaries."""
import re

FIRMS = {
    'wrenfold': ('Wrenfold Tea Blenders', 'wrenfoldtea.example',
                 'a blending house in a former chapel in Bristol: a blending drum with its HMI, a flavour-oil '
                 'dosing panel, a tin-filling and sealing line, a sample scale in the tasting room, a leaf store '
                 'with humidity loggers and a label printer'),
    'kettledrum': ('The Kettledrum Tea Room', 'kettledrumtearoom.example',
                   'a tea room in Whitby with afternoon-tea bookings, an EPOS till, a kitchen display, a cake '
                   'cabinet probe, guest Wi-Fi and a loyalty app'),
    'mallowmere': ('Mallowmere Herbal Apothecary', 'mallowmere.example',
                   'a herbal dispensary in Hebden Bridge with a tincture press, a dried-herb store, a dispensary '
                   'label station, practitioner bookings and an online shop'),
    'steepwise': ('Steepwise Software', 'steepwise.example',
                  'the three-person studio that builds and runs all of it (shop, booking and stock services, '
                  'CI, a small Kubernetes and Nomad estate, the devices and the integrations)'),
}

PEOPLE = ['Marigold Penhaligon', 'Tobiah Okafor-Wren', 'Sunniva Halvorsen', 'Dev Raghunathan',
          'Carys Llewellyn-Moore', 'Anselm Virtanen', 'Zainab Qureshi', 'Rowan Feathersby',
          'Ottilie Marchbank', 'Kwabena Asante', 'Lucinda Hargreave', 'Tomasz Wierzbicki',
          'Perpetua Nwosu', 'Hamish Drummond-Kerr', 'Yasmin El-Sayed', 'Bertram Quayle']
FIRST = [p.split()[0] for p in PEOPLE]
LOGINS = ['marigold', 'tobiah', 'sunniva', 'dev.r', 'carys', 'anselm', 'zainab', 'rowan',
          'ottilie', 'kwabena', 'lucinda', 'tomasz', 'perpetua', 'hamish', 'yasmin', 'bertram']

HOSTS = ['blend-hmi.wrenfoldtea.example', 'dosing.wrenfoldtea.example', 'tinline.wrenfoldtea.example',
         'leafstore.wrenfoldtea.example', 'till.kettledrumtearoom.example', 'kds.kettledrumtearoom.example',
         'bookings.kettledrumtearoom.example', 'labels.mallowmere.example', 'shop.mallowmere.example',
         'api.steepwise.example', 'ci.steepwise.example', 'nomad.steepwise.example', 'git.steepwise.example',
         'grafana.steepwise.example', 'db1.steepwise.example', 'mq.steepwise.example']
IPS = ['10.62.%d.%d' % (a, b) for a, b in ((1, 10), (1, 11), (2, 20), (2, 21), (3, 30), (4, 12), (5, 40),
                                          (6, 7), (7, 15), (8, 2))] + ['192.168.62.%d' % i for i in (5, 23, 41, 77, 120)]

# Words of this world (letters only) used in owner-chosen passwords.
WORDS = ['assam', 'darjeeling', 'keemun', 'lapsang', 'souchong', 'oolong', 'sencha', 'gyokuro', 'matcha',
         'genmaicha', 'hojicha', 'pekoe', 'bergamot', 'chamomile', 'rooibos', 'honeybush', 'hibiscus',
         'elderflower', 'meadowsweet', 'yarrow', 'valerian', 'calendula', 'peppermint', 'spearmint',
         'fennel', 'liquorice', 'nettle', 'echinacea', 'marshmallow', 'lavender', 'linden', 'rosehip',
         'cardamom', 'jasmine', 'tisane', 'infuser', 'teapot', 'caddy', 'samovar', 'gaiwan', 'kyusu',
         'tetsubin', 'scone', 'crumpet', 'shortbread', 'muslin', 'tincture', 'decoction', 'infusion',
         'pestle', 'nilgiri', 'yunnan', 'ceylon', 'gunpowder', 'lemongrass', 'verbena', 'yerba',
         'guayusa', 'chicory', 'dandelion', 'burdock', 'hawthorn', 'wrenfold', 'kettledrum', 'mallowmere',
         'steepwise', 'tippy', 'firstflush', 'kombucha', 'tieguanyin', 'pouchong', 'mugwort']

LOOSE_JOINERS = '-_.!@+~#='
STRICT_JOINERS = '-_.'
TAIL_RE = r'(?:[0-9]{2,4}|[6-9][0-9]C|Tin[1-9][0-9]?)'
PW_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.!@+~#=]' + TAIL_RE + r'$')
PW_STRICT_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.]' + TAIL_RE + r'$')
# a password-form string anywhere (any case, a wider joiner set)
PW_ANY_RE = re.compile(r'(?i)(?<![A-Za-z])(?:' + '|'.join(sorted(WORDS, key=len, reverse=True)) +
                       r')[-_.!@+~#=&*:](?:[0-9]{2,4}|[6-9][0-9]C|Tin[1-9][0-9]?)(?![0-9])')


def tail(rng):
    r = rng.random()
    if r < 0.55:
        n = rng.choice((2, 2, 3, 4))
        if n == 4:
            return str(rng.choice(range(1987, 2026)))
        return ''.join(rng.choice('0123456789') for _ in range(n))
    if r < 0.8:
        return '%dC' % rng.randint(60, 99)
    return 'Tin%d' % rng.randint(1, 48)


def password(rng, joiners=LOOSE_JOINERS, cap=0.5, forbid=''):
    while True:
        w = rng.choice(WORDS)
        if rng.random() < cap:
            w = w[0].upper() + w[1:]
        v = w + rng.choice(joiners) + tail(rng)
        if not any(c in forbid for c in v):
            return v
