"""Shared helpers for the p50 corpus (standard library only, deterministic)."""
import random

MARK = "\ue000"  # private-use span marker, never left in output
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
ANL = LO + DG
ANU = UP + DG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = AN + "+/"
B64U = AN + "-_"
B32L = LO + "234567"
PWCH = AN + "-_.!#+"
URLPW = AN + "-_."

USERS = ["mkowalczyk", "tnakamura", "aokafor", "jlindqvist", "rbenali", "sdevries", "pmoreau",
         "kchen", "lgarcia", "nfischer", "oadeyemi", "vpetrov", "hsato", "emurphy"]
HOSTS = ["lis-gw01.hosp.example", "pacs-arch02.hosp.example", "mirth-prd.hosp.example",
         "db-lab03.hosp.example", "ops-bastion.noc.example", "alert-relay.noc.example",
         "ehr-ifc04.hosp.example", "core-lab-mw.hosp.example"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pattern(rng, parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            out.append(rs(rng, p[0], p[1]))
    return "".join(out)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def password(rng, url_safe=False, n=None):
    n = n or rng.randint(13, 20)
    al = URLPW if url_safe else PWCH
    while True:
        s = rs(rng, AN, 1) + rs(rng, al, n - 2) + rs(rng, AN, 1)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            return s


def fill(rng, tpl, tokens):
    """Replace <<X>> tokens. <<N>> (number), <<T>> (time), <<U>> (user), <<HOST>> are random per use."""
    for k, v in tokens.items():
        tpl = tpl.replace("<<" + k + ">>", v)
    while "<<N>>" in tpl:
        tpl = tpl.replace("<<N>>", str(rng.randint(100, 9999)), 1)
    while "<<T>>" in tpl:
        tpl = tpl.replace("<<T>>", "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), 1)
    while "<<U>>" in tpl:
        tpl = tpl.replace("<<U>>", rng.choice(USERS), 1)
    while "<<HOST>>" in tpl:
        tpl = tpl.replace("<<HOST>>", rng.choice(HOSTS), 1)
    return tpl


def spans_from_marked(text_with_marks, values, types):
    """text contains MARK once per value (in order). Returns (text, spans)."""
    parts = text_with_marks.split(MARK)
    assert len(parts) == len(values) + 1, (len(parts), len(values))
    out, spans, pos = [], [], 0
    for i, part in enumerate(parts):
        out.append(part)
        pos += len(part)
        if i < len(values):
            v = values[i]
            spans.append({"value": v, "start": pos, "end": pos + len(v), "type": types[i]})
            out.append(v)
            pos += len(v)
    return "".join(out), spans


class Pool:
    """Global uniqueness pool for labelled values and plains."""

    def __init__(self):
        self.seen = set()

    def take(self, rng, fn):
        for _ in range(1000):
            v = fn(rng)
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("pool exhausted")
