"""The invented world of p269: a free-range laying farm, a hatchery, an egg-packing
station and the studio that builds their software. Every host is under .example."""

FARM = 'hollinbrook-eggs.example'
HATCH = 'caldermere-hatchery.example'
PACK = 'westfold-packing.example'
STUDIO = 'spurwing.example'

FIRMS = {
    'farm': ('Hollinbrook Free Range', FARM,
             'a free-range laying farm near Ludlow, Shropshire: four multi-tier aviary sheds with house '
             'controllers (ventilation, lighting, feed lines, water meters), nest belts running to an egg room, '
             'pop-holes onto the range, a mobile hen house, a farm shop and an egg vending machine at the farm gate'),
    'hatch': ('Caldermere Hatchery', HATCH,
              'a hatchery near Clitheroe, Lancashire: setter and hatcher rooms of multi-stage incubators, a candling '
              'and transfer line, a chick room with a spray vaccination cabinet and an in-ovo sexing machine, and '
              'chick delivery lorries with climate loggers'),
    'pack': ('Westfold Egg Packers', PACK,
             'an egg-packing station at Leominster: a grader with crack-detection cameras, inkjet egg stamping of '
             'producer codes, packing lines and palletising, retailer EDI and a traceability database'),
    'studio': ('Spurwing Digital', STUDIO,
               'the two-person studio that builds and runs the software of all three: the flock-data API, the hatch '
               'portal where customers order day-old chicks, the egg-order portal (Laravel), the farm-shop site, CI, '
               'a small k3s cluster and the devices'),
}

PEOPLE = ['Bryony Hollins', 'Tomos Pritchard', 'Agnieszka Wrobel', 'Dev Raman', 'Eilidh MacRae',
          'Kofi Mensah-Bright', 'Harriet Oduya', 'Rhys Bevan', 'Marta Szabo', 'Joel Whitcombe',
          'Priya Lakhani', 'Owain Talbot', 'Siobhan Carragher', 'Lukas Brandt', 'Nomvula Dube',
          'Callum Ainsworth', 'Fenella Orr']
FIRST = [p.split()[0] for p in PEOPLE]
USERS = ['bryony', 'tomos', 'agnieszka', 'dev', 'eilidh', 'kofi', 'harriet', 'rhys', 'marta', 'joel',
         'priya', 'owain', 'siobhan', 'lukas', 'nomvula', 'callum', 'fenella', 'ops', 'deploy', 'grader',
         'setterroom', 'shedtech']

HOSTS = ['shed1-ctl.' + FARM, 'shed2-ctl.' + FARM, 'shed3-ctl.' + FARM, 'shed4-ctl.' + FARM,
         'eggroom.' + FARM, 'vending.' + FARM, 'shop.' + FARM, 'range-cam.' + FARM,
         'setters.' + HATCH, 'hatchers.' + HATCH, 'chickroom.' + HATCH, 'portal.' + HATCH,
         'lorry-gw.' + HATCH, 'grader.' + PACK, 'stamp.' + PACK, 'trace-db.' + PACK, 'edi.' + PACK,
         'palletiser.' + PACK, 'api.' + STUDIO, 'ci.' + STUDIO, 'k3s.' + STUDIO, 'grafana.' + STUDIO,
         'orders.' + STUDIO, 'flockdata.' + STUDIO]
IPS = ['10.69.%d.%d' % (a, b) for a, b in [(1, 11), (1, 12), (1, 13), (1, 14), (2, 20), (2, 31), (3, 5),
                                            (3, 40), (4, 8), (4, 77), (5, 3), (6, 21)]] + \
      ['192.168.69.%d' % n for n in (10, 23, 47, 88, 120, 201)]

SHEDS = ['Shed 1', 'Shed 2', 'Shed 3', 'Shed 4', 'mobile house']
BREEDS_LAYER = ['Lohmann Brown', 'Hy-Line Brown', 'Bovans Brown', 'Dekalb White', 'Columbian Blacktail']
SERVICES = ['flockdata-api', 'hatch-portal', 'egg-orders', 'trace-sync', 'edi-bridge', 'shed-bridge',
            'vending-sync', 'lorry-telemetry', 'grader-feed', 'stamp-queue']
REPOS = ['flockdata', 'hatch-portal', 'egg-orders', 'shed-bridge', 'grader-feed', 'farm-shop',
         'lorry-telemetry', 'infra']
TICKETS = ['HOL-%d' % n for n in (114, 127, 203, 219, 288, 301)] + ['CAL-%d' % n for n in (41, 56, 77, 90)] + \
          ['WFP-%d' % n for n in (12, 33, 58, 61, 84)]
PROJECTS = ['flockdata', 'hatch-portal', 'egg-orders', 'shed-bridge', 'grader-feed']


def pick(rng, seq):
    return rng.choice(seq)


def email(rng, firm=None):
    u = rng.choice(USERS[:17])
    dom = {'farm': FARM, 'hatch': HATCH, 'pack': PACK, 'studio': STUDIO}[firm] if firm else \
        rng.choice([FARM, HATCH, PACK, STUDIO])
    return u + '@' + dom
