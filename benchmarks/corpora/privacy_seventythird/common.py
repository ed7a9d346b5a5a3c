"""Shared helpers: value shapes, slot filling, uniqueness pool."""
import base64, string, uuid

SLOT = '\ue000'
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = '0123456789abcdef'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
WEB3_WORDS = ['validator', 'keeper', 'relayer', 'sequencer', 'oracle', 'vault', 'ledger', 'staking',
              'bridge', 'indexer', 'mempool', 'gasless', 'multisig', 'rollup', 'treasury', 'faucet',
              'slashing', 'epoch', 'merkle', 'nonce', 'liquidity', 'custody', 'subgraph', 'blockspace']


def pick(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))


def hexl(rng, n):
    return pick(rng, HEXL, n)


def b64(rng, nbytes, urlsafe=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip('=')


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def owner_pw(rng):
    return (rng.choice(WEB3_WORDS) + rng.choice('-_.') +
            pick(rng, LOW + DIG, rng.randint(4, 7)) + pick(rng, DIG, 2))


def jwt(rng, header, payload):
    import json
    h = base64.urlsafe_b64encode(json.dumps(header, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64(rng, 32, True, False)


class Pool:
    """Uniqueness pool: no repeats, no value >= 6 chars a substring of another."""
    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v == w:
                return False
            if len(v) >= 6 and len(w) >= 6 and (v in w or w in v):
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError('pool exhausted')


def fill(template, value, vtype):
    """template contains exactly one SLOT; returns text and one span."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, [{'value': value, 'start': start, 'end': start + len(value), 'type': vtype}]


def count_overlapping(text, v):
    n, i = 0, text.find(v)
    while i != -1:
        n += 1
        i = text.find(v, i + 1)
    return n


HOSTS = ['rpc.node-ops.example', 'desk.tradeops.example', 'validators.stakehouse.example',
         'indexer.graphwork.example', 'custody.vaultco.example', 'keeper.autotask.example']
USERS = ['mhalvorsen', 'adeyemi.o', 'kwon.j', 'rtanaka', 'lpetrov', 'sbaptiste', 'nguyen.h', 'dfarouk']
ADDRS = None


def evm_addr(rng):
    return '0x' + ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(40))
