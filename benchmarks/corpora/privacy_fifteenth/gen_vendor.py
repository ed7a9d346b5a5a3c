"""Vendor / structured token records: one record per type, each in its own generic container."""
import random, re
import gen_common as G
import gen_structured as S
from gen_types import TYPES
import gen_containers_a, gen_containers_b

SEED = 15001
N_PREFIXED = 80
N_NAMEONLY = 40


def value_for(r, spec):
    if spec.startswith("fn:"):
        return S.FN[spec[3:]](r)
    return G.expand(r, spec)


def vclass(v):
    if re.fullmatch(r"[A-Za-z0-9._~-]+", v):
        return 0
    if re.fullmatch(r"[A-Za-z0-9._~+/=:%-]+", v):
        return 1
    return 2


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def prose_label(t):
    words = t.replace("_", " ")
    for a, b in (("api", "API"), ("pat", "PAT"), ("jwt", "JWT"), ("oauth", "OAuth"), ("aws", "AWS"), ("ai ", "AI ")):
        words = re.sub(r"\b%s\b" % a.strip(), b.strip(), words)
    return words


def render(r, tmpl, name, label):
    out = tmpl.replace("{N}", name).replace("{n}", name.lower()).replace("{c}", camel(name)).replace("{P}", label)
    out = out.replace("{host}", G.host(r)).replace("{user}", G.user(r)).replace("{ts}", G.ts(r))
    out = out.replace("{ip}", G.ip(r)).replace("{d4}", str(r.randint(1000, 9999)))
    return out


def build():
    r = random.Random(SEED)
    containers = list(gen_containers_a.C) + list(gen_containers_b.C)
    r.shuffle(containers)
    pref = [t for t in TYPES if t[3] == "P"]
    names = [t for t in TYPES if t[3] == "N"]
    fn = [t for t in pref if t[2].startswith("fn:")]
    other = [t for t in pref if not t[2].startswith("fn:")]
    r.shuffle(other)
    r.shuffle(names)
    chosen = fn + other[:N_PREFIXED - len(fn)] + names[:N_NAMEONLY]
    r.shuffle(chosen)
    leftovers = names[N_NAMEONLY:]
    recs = []
    used = set()
    for typ, var, spec, kind in chosen:
        v = value_for(r, spec)
        vc = vclass(v)
        for i, (ck, cls, tmpl) in enumerate(containers):
            if i not in used and cls >= vc:
                used.add(i)
                break
        else:
            raise SystemExit("no container left for %s" % typ)
        text = render(r, tmpl, var, prose_label(typ))
        recs.append(G.rec(ck, text, [(v, typ)], "gen_vendor"))
    return recs, leftovers, [c for i, c in enumerate(containers) if i not in used]
