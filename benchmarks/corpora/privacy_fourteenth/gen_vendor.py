"""Vendor / structured tokens in generic containers (seed 14001)."""
import random
from gen_common import Ctx, rec, S0
import gen_types
import gen_containers_a
import gen_containers_b
import gen_containers_c

N_VENDOR = 190
CONTAINERS = gen_containers_a.C + gen_containers_b.C + gen_containers_c.C


def compatible(tmpl, v):
    odd = set(v) & set(' |;()$#{}<>&')
    if not odd:
        return True
    if (set(v) & set('&<>')) and '<' in tmpl.replace(S0, ''):
        return False
    if set(v) & set(' |;()$#{}'):
        return ('"' + S0 + '"' in tmpl) or ("'" + S0 + "'" in tmpl)
    return True


def pick_types(r):
    types = list(gen_types.TYPES)
    prefixed = [t for t in types if t[0] not in gen_types.NAME_ONLY]
    named = [t for t in types if t[0] in gen_types.NAME_ONLY]
    r.shuffle(named)
    chosen = prefixed + named[:N_VENDOR - len(prefixed)]
    chosen.sort(key=lambda t: types.index(t))
    spare = [t for t in types if t not in chosen]
    return chosen, spare


def build(start_id):
    r = random.Random(14001)
    chosen, _ = pick_types(r)
    conts = list(CONTAINERS)
    r.shuffle(conts)
    used = set()
    out = []
    for t in chosen:
        v = gen_types.gen(r, t)
        for i, (kind, fn) in enumerate(conts):
            if i in used:
                continue
            c = Ctx(r, t[1])
            c.vlen = len(v.encode())
            tmpl = fn(c)
            if compatible(tmpl, v):
                used.add(i)
                break
        else:
            raise ValueError('no container for ' + t[0])
        rid = 'p14-s-%04d' % (start_id + len(out))
        out.append(rec(rid, kind, tmpl, [(v, t[0])], 'gen_vendor'))
    return out
