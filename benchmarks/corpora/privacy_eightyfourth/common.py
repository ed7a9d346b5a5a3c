"""Shared value generators and the slot helper (standard library only)."""
import base64, json, string, uuid

SLOT = '\ue000'
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
LOWALNUM = LOWER + DIG
UPALNUM = UPPER + DIG
HEXL = '0123456789abcdef'
B64URL = ALNUM + '-_'

HOST_WORDS = ['webroot', 'htaccess', 'permalink', 'gutenberg', 'cronjob', 'subdomain', 'addon',
              'docroot', 'wpadmin', 'pagebuilder', 'shortcode', 'sitemap', 'multisite', 'nameserver',
              'mailbox', 'inode', 'bandwidth', 'reseller', 'autossl', 'softaculous', 'drush', 'woocart',
              'webmail', 'roundcube', 'vhost', 'phpfpm', 'opcache', 'widget', 'taxonomy', 'metabox',
              'dnszone', 'parkeddomain', 'cpmove', 'litespeed', 'modsec', 'childtheme', 'blogroll',
              'pingback', 'trackback', 'hotlink', 'leechguard', 'awstats', 'quota', 'userdir']
FIRST = ['marta', 'jonas', 'aiko', 'priya', 'tomas', 'lena', 'omar', 'sofia', 'kwame', 'ines',
         'ravi', 'nora', 'felix', 'dalia', 'yusuf', 'hana', 'bruno', 'olga', 'tariq', 'mei']
SITES = ['bakery-lindqvist', 'alpenhof-pension', 'craftbeer-depot', 'yoga-nordstad', 'vet-clinic-moss',
         'lakeside-dental', 'kite-school-tarifa', 'bookbinder-studio', 'orchard-cidery', 'tile-atelier',
         'city-choir-ghent', 'bike-rescue-porto', 'pottery-barnhouse', 'harbor-bistro', 'jazz-cellar-riga',
         'garden-nursery-oak', 'climbing-gym-zug', 'letterpress-kyoto', 'surf-camp-ericeira', 'florist-maple']
TLDS = ['example.com', 'example.net', 'example.org']


class G:
    """Random helper bound to one seeded random.Random and one global value registry."""

    def __init__(self, rnd, used):
        self.r = rnd
        self.used = used

    def s(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError('could not draw a unique value')

    def hexl(self, n): return self.s(HEXL, n)
    def hexu(self, n): return self.s(HEXL.upper(), n)
    def alnum(self, n): return self.s(ALNUM, n)
    def lowalnum(self, n): return self.s(LOWALNUM, n)
    def upalnum(self, n): return self.s(UPALNUM, n)
    def b64(self, nbytes): return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
    def b64url(self, n): return self.s(B64URL, n)
    def uuid(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def owner_password(self):
        def f():
            return (self.r.choice(HOST_WORDS) + self.r.choice('-_.') +
                    self.s(LOWALNUM, self.r.randint(4, 7)) + self.s(DIG, 2))
        for _ in range(1000):
            v = f()
            if v not in self.used:
                return v  # caller registers it through uniq()
        raise RuntimeError('owner password space exhausted')

    def jwt(self, payload, header=None):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')
        h = header or {'alg': 'HS256', 'typ': 'JWT'}
        return enc(h) + '.' + enc(payload) + '.' + self.b64url(43)

    # public neighbours (never labelled)
    def user(self): return self.r.choice(FIRST) + self.s(DIG, 2)
    def site(self): return self.r.choice(SITES)
    def domain(self): return self.r.choice(SITES) + '.' + self.r.choice(TLDS)
    def host(self): return self.r.choice(['srv', 'web', 'cp', 'sh']) + str(self.r.randint(10, 99)) + '.hostbox.example.net'
    def ip(self): return '203.0.113.' + str(self.r.randint(2, 250))
    def db(self): return self.r.choice(['wp', 'shop', 'cms', 'site']) + '_' + self.s(LOWALNUM, 5)


def place(template, value):
    """Template holds exactly one SLOT; returns (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, container, text, start, end, typ, source):
    v = text[start:end]
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': v, 'start': start, 'end': end, 'type': typ}], 'source': source}
