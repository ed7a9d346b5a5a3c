"""Builds negatives: 14 documentation examples + 15 classes x 7 base containers x 2 instantiations."""
import random, re
import gen_common as G
import gen_negatives_a, gen_negatives_b

SEED = 15007
WRAPPERS = [
    ("in_pastebin_paste", lambda r, t: "Paste #%d (expires: never)\n\n%s" % (r.randint(10000, 99999), t)),
    ("in_email_forward", lambda r, t: "---------- Forwarded message ---------\nFrom: %s@example.com\nSubject: FYI\n\n%s" % (G.user(r), t)),
    ("in_pr_description_quote", lambda r, t: "Context from the original report:\n\n" + "".join("> " + l + "\n" for l in t.rstrip("\n").split("\n"))),
]
FILL = re.compile(r"\{([a-zA-Z]):(\d+)\}|\{(uuid|user|host|ip|ts)\}")


def nfill(r, t):
    def sub(m):
        if m.group(1):
            return G.rs(r, G.ALPH[m.group(1)], int(m.group(2)))
        k = m.group(3)
        return {"uuid": lambda: G.uuid4(r), "user": lambda: G.user(r), "host": lambda: G.host(r),
                "ip": lambda: G.ip(r), "ts": lambda: G.ts(r)}[k]()
    return FILL.sub(sub, t)


def build():
    r = random.Random(SEED)
    out = []
    for kind, text in gen_negatives_a.DOCS:
        out.append({"class": "documentation_example", "container": kind, "text": text, "source": "gen_negatives"})
    classes = dict(gen_negatives_a.NEG)
    classes.update(gen_negatives_b.NEG)
    for cls in sorted(classes):
        for i, (kind, tmpl) in enumerate(classes[cls]):
            out.append({"class": cls, "container": kind, "text": nfill(r, tmpl), "source": "gen_negatives"})
            wname, wf = WRAPPERS[i % 3]
            out.append({"class": cls, "container": kind + "__" + wname, "text": wf(r, nfill(r, tmpl)), "source": "gen_negatives"})
    return out
