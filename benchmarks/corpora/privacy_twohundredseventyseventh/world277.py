"""The invented world of p277: three firms of the hop and malt trade and their studio."""

FIRMS = {
    'brackenden': {
        'name': 'Brackenden Hop Farm', 'domain': 'brackenden-hops.example',
        'what': 'hop gardens on the Kentish Weald, a picking shed with a hop-picking machine run by a PLC, '
                'a modern oast with a biomass-fired kiln (burner panel, plenum fans, louvres), a restored '
                'roundel oast for open days, a bale press that packs dried hops into pockets, a cold store '
                'and a farm shop',
    },
    'wyebrook': {
        'name': 'Wyebrook Maltings', 'domain': 'wyebrook-maltings.example',
        'what': 'a floor maltings with two Saladin boxes in Norfolk: steep tanks with an HMI, germination '
                'floors with wireless sensors, a malt kiln, a weighbridge for barley lorries and a small QA lab',
    },
    'fromevale': {
        'name': 'Frome Vale Hop Co-operative', 'domain': 'fromevale-hops.example',
        'what': 'a Herefordshire growers\' co-operative with a shared kiln house, a pelletiser run from a '
                'SCADA screen, a cold store, an order shop for brewers and an export desk that air-freights '
                'pellets',
    },
    'bineweed': {
        'name': 'Bineweed Digital', 'domain': 'bineweed.example',
        'what': 'the three-person studio in Faversham that builds and runs the software of all three: the '
                'picking-shed dashboard, the hop traceability API (FastAPI), the maltings batch app (Laravel), '
                'the co-operative\'s order shop (Medusa), the crew app (React Native), the device '
                'integrations, CI (Forgejo Actions and CircleCI) and a small Docker Swarm',
    },
}

PEOPLE = [
    ('Tamsin Featherstone', 'tamsin', 'brackenden'),
    ('Rupert Oakley-Vance', 'rupert', 'brackenden'),
    ('Niamh Kerrigan', 'niamh', 'brackenden'),
    ('Hollis Mbatha', 'hollis', 'brackenden'),
    ('Gwenllian Pryce', 'gwenllian', 'wyebrook'),
    ('Anselm Kowalczyk', 'anselm', 'wyebrook'),
    ('Beatrix Hollamby', 'beatrix', 'wyebrook'),
    ('Desmond Achebe', 'desmond', 'fromevale'),
    ('Marguerite Olufemi', 'marguerite', 'fromevale'),
    ('Cormac Delaney', 'cormac', 'fromevale'),
    ('Solveig Aas', 'solveig', 'fromevale'),
    ('Ravindra Sethi', 'ravindra', 'bineweed'),
    ('Yusra Haddou', 'yusra', 'bineweed'),
    ('Piers Wetherall', 'piers', 'bineweed'),
    ('Ottilie Brandt', 'ottilie', 'bineweed'),
]

NET10 = '10.148'
NET192 = '192.168.148'

HOSTS = [
    'kiln-gw-01.brackenden-hops.example', 'picking-plc.brackenden-hops.example',
    'oast-hmi.brackenden-hops.example', 'press.brackenden-hops.example',
    'steep-hmi.wyebrook-maltings.example', 'weighbridge.wyebrook-maltings.example',
    'lims.wyebrook-maltings.example', 'batch.wyebrook-maltings.example',
    'scada.fromevale-hops.example', 'shop.fromevale-hops.example', 'despatch.fromevale-hops.example',
    'trace.bineweed.example', 'ci.bineweed.example', 'swarm-01.bineweed.example',
    'grafana.bineweed.example', 'git.bineweed.example',
]


def ip10(rng):
    return '%s.%d.%d' % (NET10, rng.randrange(1, 60), rng.randrange(2, 250))


def ip192(rng):
    return '%s.%d' % (NET192, rng.randrange(2, 250))


def person(rng, firm=None):
    ps = [p for p in PEOPLE if firm is None or p[2] == firm]
    return rng.choice(ps)


def intro_paragraph():
    f = FIRMS
    return f


def people_names():
    return [p[0] for p in PEOPLE]
