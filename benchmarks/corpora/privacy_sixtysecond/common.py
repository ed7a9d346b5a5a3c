"""Shared helpers: slot filling, value generators, uniqueness pool."""
import random, string

LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOW + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'

def s(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

LAB_WORDS = ['pipette', 'centrifuge', 'cryostat', 'mitosis', 'plasmid', 'ribosome', 'spectra', 'isotope',
             'reagent', 'cuvette', 'aliquot', 'vortex', 'titrate', 'lysate', 'petri', 'flask', 'helix',
             'photon', 'neutron', 'enzyme', 'kinase', 'allele', 'genome', 'quasar', 'pulsar', 'tensor',
             'gradient', 'lattice', 'colloid', 'micelle', 'agarose', 'buffer', 'eppendorf', 'fluorophore']

def password(rng):
    return rng.choice(LAB_WORDS) + rng.choice('-_.') + s(rng, LOWNUM, rng.randint(4, 7)) + s(rng, '0123456789', 2)

USERS = ['mkowal', 'aoyelaran', 'jsantos', 'lchen', 'pnair', 'rhuber', 'tokafor', 'evirtanen', 'dmorales',
         'kbrandt', 'sahmadi', 'ylindqvist', 'hdlamini', 'fbianchi', 'gwatanabe', 'cmurphy']
HOSTS = ['login1.hpc.uni.example', 'lims.biochem.example', 'gpu03.cluster.example', 'nas2.lab.example',
         'eln.chem.example', 'data.physics.example', 'omero.imaging.example', 'db01.genomics.example',
         'jhub.ds.example', 'ftp.seqcore.example']
PROJECTS = ['CRYO-EM-2291', 'scRNA-atlas', 'lipidomics_q3', 'neutrino-det', 'climate-ens7', 'protfold-v2',
            'zebrafish-ko', 'soil-micro-16S', 'lattice-qcd', 'mass-spec-core']

def fill(tpl, rng, value, extra=None):
    """Replace @@X@@ slots; @@V@@ must appear exactly once. Return (text, start, end)."""
    d = {'U': rng.choice(USERS), 'H': rng.choice(HOSTS), 'P': rng.choice(PROJECTS),
         'N': str(rng.randint(100000, 9999999)), 'D': '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)),
         'T': '%02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59))}
    if extra:
        d.update(extra)
    assert tpl.count('@@V@@') == 1, tpl
    for k, v in d.items():
        tpl = tpl.replace('@@%s@@' % k, v)
    assert '@@' not in tpl.replace('@@V@@', ''), tpl
    a, b = tpl.split('@@V@@')
    text = a + value + b
    return text, len(a), len(a) + len(value)

def count_overlapping(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n

class Pool:
    def __init__(self):
        self.vals = set()
    def ok(self, v):
        if v in self.vals:
            return False
        if len(v) >= 6 and any((v in o or o in v) for o in self.vals if len(o) >= 6):
            return False
        return True
    def add(self, v):
        self.vals.add(v)

def pos_record(rid, typ, container, text, start, end, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[start:end], 'start': start, 'end': end, 'type': typ}], 'source': source}

# ---- common secret shapes ----
def aws_secret(r): return s(r, ALNUM + '+/', 40)
def gh_pat(r): return 'ghp_' + s(r, ALNUM, 36)
def slack_bot(r): return 'xoxb-%d-%d-%s' % (r.randint(10**10, 10**11), r.randint(10**12, 10**13), s(r, ALNUM, 24))
def openai_proj(r): return 'sk-proj-' + s(r, B64URL, 48) + 'T3BlbkFJ' + s(r, B64URL, 48)
def anthropic(r): return 'sk-ant-api03-' + s(r, B64URL, 93) + 'AA'
def sendgrid(r): return 'SG.' + s(r, B64URL, 22) + '.' + s(r, B64URL, 43)
def twilio(r): return s(r, HEX, 32)
def jwt_secret(r): return s(r, ALNUM, 48)
def hf_token(r): return 'hf_' + s(r, string.ascii_letters, 34)
def jupyter_token(r): return s(r, HEX, 48)
