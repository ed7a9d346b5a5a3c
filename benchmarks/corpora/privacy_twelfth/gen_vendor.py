"""Vendor / structured tokens in generic developer containers."""
from gen_common import G, S, pos, wrap, WRAPPERS, HOSTS, USERS
from gen_types import types_table
from gen_containers import C

SRC = "gen_vendor"


def fill(template, var, value, typ, g):
    t = (template.replace("@@N@@", var).replace("@@n@@", var.lower().replace(".", "_").replace("-", "_"))
         .replace("@@H@@", g.choice(["api.vendor-sync.io", "ingest.acme.dev", "hooks.northwind.app", "edge.fabrikam.cloud"]))
         .replace("@@U@@", g.choice(USERS)).replace("@@D@@", str(g.r.randrange(100, 99999))))
    chunks = t.split("@@V@@")
    parts = [chunks[0]]
    for c in chunks[1:]:
        parts.append(S(value, typ))
        parts.append(c)
    return parts


def build():
    g = G(12001)
    types = types_table()
    conts = list(C)
    g.r.shuffle(conts)
    order = list(types)
    g.r.shuffle(order)
    # extra records so every container is used once
    extra = g.pick(order, len(conts) - len(order)) if len(conts) > len(order) else []
    recs = []
    wkeys = sorted(WRAPPERS)
    for i, (kind, tpl) in enumerate(conts):
        typ, var, fn, _ = (order + extra)[i]
        val = fn(g)
        rec = pos(kind, fill(tpl, var, val, typ, g), SRC)
        if i % 5 == 4:
            rec = wrap(rec, wkeys[(i // 5) % len(wkeys)], g)
        recs.append(rec)
    return recs


def guessed_types():
    return sorted(t[0] for t in types_table() if t[3])


def structured_types():
    return sorted(t[0] for t in types_table() if not t[3])


if __name__ == "__main__":
    rs = build()
    print(len(rs), len(set(r["type"] for r in rs)))
    for r in rs[:3]:
        print(r["container"], r["secrets"][0]["value"][:60])
