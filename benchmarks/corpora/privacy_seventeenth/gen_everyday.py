"""Everyday part: common vendor tokens, DSN / config passwords and private keys in container kinds
not used by the earlier corpora. Each template is instantiated twice with different kinds."""
import random
from common import render, rs, UPPER_ALNUM
import gen_crypto
from gen_everyday_kinds import KINDS, GROUPS
import gen_everyday_tpl_a, gen_everyday_tpl_b, gen_everyday_tpl_c

SEED = 17001
LETTER = {'T': 'TOK', 'B': 'B64', 'U': 'URL', 'P': 'PW'}
KEY_KINDS = {'rsa': 'rsa_pkcs1_private_key', 'ossh': 'openssh_rsa_private_key'}


def templates():
    return gen_everyday_tpl_a.T + gen_everyday_tpl_b.T + gen_everyday_tpl_c.T


def _pool(acc):
    if isinstance(acc, list):
        return acc
    out = []
    for ch in acc:
        out += GROUPS[LETTER[ch]]
    return out


def build():
    rng = random.Random(SEED)
    used = {}
    recs = []
    for kind_name, acc, tpl in templates():
        pool = _pool(acc)
        for inst in range(2):
            cands = sorted(pool, key=lambda k: (used.get(k, 0), rng.random()))
            k = cands[0]
            if inst == 1 and len(pool) > 1 and k == recs[-1]['_kind']:
                k = cands[1]
            used[k] = used.get(k, 0) + 1
            extra = {'AKID': 'AKIA' + rs(rng, UPPER_ALNUM, 16)}
            if k in KEY_KINDS:
                key = gen_crypto.rsa_key(rng)
                if k == 'rsa':
                    val = gen_crypto.rsa_pkcs1_pem(key)
                else:
                    val = gen_crypto.openssh_rsa_pem(key, rng, 'ci@' + kind_name.split('_')[0])
                stype = KEY_KINDS[k]
                t2 = tpl
            else:
                stype, gen, env, wrap, _g = KINDS[k]
                val = gen(rng)
                extra['ENV'] = env
                t2 = tpl.replace('«S»', wrap)
            text, spans = render(t2, rng, {'S': (val, stype, None)}, extra)
            recs.append({'_kind': k, 'type': spans[0]['type'], 'container': kind_name, 'text': text,
                         'secrets': spans, 'source': 'gen_everyday'})
    for r in recs:
        del r['_kind']
    return recs


if __name__ == '__main__':
    rs_ = build()
    print(len(rs_))
    from collections import Counter
    print(Counter(r['type'] for r in rs_))
