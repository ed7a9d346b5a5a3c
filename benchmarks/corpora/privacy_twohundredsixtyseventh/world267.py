"""The invented world of p267: kite makers, a kite-surf school, a kite festival,
a line and bridle shop and the studio that writes their software."""
import re

FIRMS = {
    'skyrigg': ('Skyrigg Kites', 'skyrigg-kites.example',
                'a kite loft at Hunstanton on the Norfolk coast: single-line show kites, rokkakus and '
                'sleds sewn from ripstop, foil traction kites, a cutting plotter and a ripstop store, a '
                'leading-edge bladder welder, a sewing bench, a web shop and wholesale accounts for kite shops'),
    'briskreach': ('Brisk Reach Kite School', 'briskreach.example',
                   'a kite-surf school on the beach at Rhosneigr, Anglesey: lessons and camps, a rescue RIB '
                   'with a satellite tracker, a wind mast on the dunes, a rental shop with a till, GPS '
                   'trackers clipped to the rental kites, a booking site and lesson vouchers'),
    'portbeck': ('Portbeck Kite Festival', 'portbeck-kitefest.example',
                 'a two-day beach kite festival on the Fife coast: ticket gates with handheld scanners, '
                 'stewards, a display arena, trader pitches, a night-flying lantern parade and a PA'),
    'windvanger': ('Windvanger Lijnen & Toom', 'windvanger.example',
                   'a line and bridle workshop at Scheveningen: Dyneema line sets sleeved and stretched to '
                   'length, bridle repairs, a parts counter and a B2B shop for kite schools'),
    'tetherline': ('Tetherline Digital', 'tetherline.example',
                   'the two-person studio that builds and runs the software of all four: the booking site '
                   '(Next.js in front of a Django API), the rental and stock systems, the festival gate '
                   'backend, the loft\'s plotter and CAD PCs, CI, a small Kubernetes cluster and the devices'),
}

PEOPLE = ['Isolde Penhallow', 'Gethin Rowlands', 'Marisol Achterberg', 'Tomasz Wierzbicki',
          'Nkechi Obi-Lawson', 'Rhiannon Pryce', 'Joost van Leeuwen', 'Anouk de Graaf',
          'Callum Fairweather', 'Yusuf Demirci', 'Saoirse Kinsella', 'Leilani Kahale',
          'Mateus Rocha', 'Freya Lindqvist', 'Bram Oosterhuis', 'Ottilie Marchbank',
          'Kwame Asante-Boateng', 'Dervla Quigley']

FIRST = [p.split()[0] for p in PEOPLE]

NETS = ('10.67.0.0/16', '172.27.67.0/24', '192.168.67.0/24')

# words people of this trade build their passwords from (letters only, lower case)
WORDS = ['bridle', 'spar', 'ripstop', 'canopy', 'batten', 'strut', 'bladder', 'depower',
         'chickenloop', 'tether', 'winder', 'parafoil', 'rokkaku', 'sode', 'drogue', 'windward',
         'leeward', 'gust', 'lull', 'onshore', 'offshore', 'sideshore', 'thermal', 'luff', 'harness',
         'twintip', 'hydrofoil', 'wetsuit', 'neoprene', 'dyneema', 'dacron', 'mylar', 'icarex',
         'spinnaker', 'keel', 'spine', 'spreader', 'bowline', 'swivel', 'sandbag', 'pennant',
         'streamer', 'windsock', 'breeze', 'squall', 'marquee', 'bunting', 'lantern', 'parade',
         'dune', 'shingle', 'groyne', 'promenade', 'buoy', 'lifeguard', 'waterstart',
         'jibe', 'tack', 'railgrab', 'kiteloop', 'megaloop', 'handlepass', 'unhooked', 'boost',
         'slider', 'bodydrag', 'upwind', 'downwind', 'powerzone', 'zenith', 'sheet', 'trim',
         'leash', 'footstrap', 'pumping', 'inflate', 'valve', 'relaunch', 'tailbow', 'cellkite',
         'sledkite', 'genki', 'eddy', 'kestrel', 'petrel', 'gannet', 'curlew', 'plover', 'tern',
         'dunlin', 'samphire', 'marram', 'seakale', 'tideline', 'kitebar', 'traction', 'powerkite',
         'buggy', 'landboard', 'snowkite', 'foilkite', 'leadingedge']

JOINERS_ALL = '-_.!@#+*~^='
JOINERS_STRICT = '-_.'

_TAIL = r'(?:[0-9]{2,4}|[0-9]{1,2}m|[0-9]{2}kn|[a-z]{2}[0-9]{2,3})'
PASSWORD_RE = re.compile(r'^[A-Za-z][a-z]{2,}[\-_.!@#+*~^=]' + _TAIL + r'$')
STRICT_RE = re.compile(r'^[A-Za-z][a-z]{2,}[\-_.]' + _TAIL + r'$')
_words_alt = '|'.join(sorted(WORDS, key=len, reverse=True))
PASSWORD_FORM_IN_TEXT = re.compile(r'(?<![A-Za-z0-9])(?:' + _words_alt + r')[\-_.!@#+*~^=]' + _TAIL + r'(?![A-Za-z0-9])',
                                   re.IGNORECASE)


def password_word_ok(v):
    m = re.match(r'^([A-Za-z][a-z]+)', v)
    return bool(m) and m.group(1).lower() in WORDS


def make_password(rng, joiners=JOINERS_ALL, cap_p=0.4, forbidden=''):
    js = [j for j in joiners if j not in forbidden]
    w = rng.choice(WORDS)
    if rng.random() < cap_p:
        w = w[0].upper() + w[1:]
    kind = rng.randrange(5)
    if kind == 0:
        tail = str(rng.randrange(10, 10000)) if rng.random() < 0.6 else str(rng.randrange(10, 100))
    elif kind == 1:
        tail = str(rng.choice(range(2014, 2027)))
    elif kind == 2:
        tail = '%dm' % rng.choice([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 21])
    elif kind == 3:
        tail = '%dkn' % rng.randrange(12, 40)
    else:
        tail = ''.join(rng.choice('abcdefghijkmnprstuvwxyz') for _ in range(2)) + str(rng.randrange(10, 1000))
    return w + rng.choice(js) + tail


def person(rng):
    return rng.choice(PEOPLE)


def first(rng):
    return rng.choice(FIRST)


def email_of(name, firm):
    dom = FIRMS[firm][1]
    parts = name.lower().replace('-', ' ').split()
    return '%s.%s@%s' % (parts[0], parts[-1], dom)


def ip10(rng):
    return '10.67.%d.%d' % (rng.randrange(0, 40), rng.randrange(2, 250))


def ip172(rng):
    return '172.27.67.%d' % rng.randrange(2, 250)


def ip192(rng):
    return '192.168.67.%d' % rng.randrange(2, 250)


def day(rng):
    return '2025-%02d-%02d' % (rng.randrange(3, 10), rng.randrange(1, 29))


def clock(rng):
    return '%02d:%02d' % (rng.randrange(7, 20), rng.randrange(60))


def world_paragraph():
    parts = []
    for k in ('skyrigg', 'briskreach', 'portbeck', 'windvanger', 'tetherline'):
        name, dom, desc = FIRMS[k]
        parts.append('*%s* (`%s`: %s)' % (name, dom, desc))
    return '; '.join(parts)
