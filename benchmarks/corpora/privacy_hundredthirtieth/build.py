"""Build p130: generate twice, compare, check, then write."""
import copy, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common130 import *
import everyday130, vendor130, positional130, prose130, negatives130, enc130, dec130, readme130

EV_TYPES = [("fsdev_evasion_boiler_gateway_password", owner_pw),
            ("fsdev_evasion_parts_api_key", lambda r: rs(r, ALNUM, 32)),
            ("fsdev_evasion_telematics_token_hex", lambda r: hx(r, 40))]
WORDINGS = [("van_whiteboard_puzzle_note", "Left on the van whiteboard for the new apprentice — the {t} is written {rule}:\n{run}\nWipe it after you log in."),
            ("depot_chat_riddle", "Depot chat, 06:55: not pasting it in clear, so here is the {t} {rule}:\n{run}\nshout if it doesn't decode."),
            ("install_runbook_aside", "Runbook aside (step 9): for the staging gateway the {t} is given {rule}:\n{run}\nRotate after the pilot.")]
LABEL = {"fsdev_evasion_boiler_gateway_password": "boiler gateway password", "fsdev_evasion_parts_api_key": "parts supplier API key",
         "fsdev_evasion_telematics_token_hex": "telematics token"}

def evasions(seed=13005):
    r = random.Random(seed); out = []
    for i, (name, (rule, f)) in enumerate(enc130.E.items()):
        for j in range(3):
            t, gen = EV_TYPES[j]
            wname, w = WORDINGS[(i + j) % 3]
            plain = gen(r); run = f(plain)
            pre = w.split("{run}")[0].replace("{t}", LABEL[t]).replace("{rule}", rule)
            text = pre + run + w.split("{run}")[1]
            s = len(pre)
            out.append({"type": t, "container": name + "__" + wname, "encoding": name, "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": name}],
                        "source": "evasion"})
    return out

def generate(deny):
    ev = everyday130.build(); ve = vendor130.build()
    vdrop = [x["type"] for x in ve if x["type"].split("_")[0] in set(deny["words"]) | set(deny["names"])]
    ve = [x for x in ve if x["type"] not in vdrop]
    pw, pdrop = positional130.build(deny["tokens"]); pr, ldrop = prose130.build(deny)
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos):
        x["id"] = f"p130-s-{i+1:04d}"
    eva = evasions()
    for i, x in enumerate(eva):
        x["id"] = f"p130-e-{i+1:04d}"
    neg = negatives130.build()
    for i, x in enumerate(neg):
        x["id"] = f"p130-n-{i+1:04d}"
    order = lambda d, ks: {k: d[k] for k in ks}
    pos = [order(x, ["id", "type", "container", "text", "secrets", "source"]) for x in pos]
    eva = [order(x, ["id", "type", "container", "encoding", "text", "secrets", "source"]) for x in eva]
    neg = [order(x, ["id", "class", "container", "text", "source"]) for x in neg]
    return pos, eva, neg, {"vendor": vdrop, "password": pdrop, "lang": ldrop}

def dumps(rows):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)

def check(pos, eva, neg, deny):
    names = set(deny["names"])
    def denied(n):
        n = n.lower()
        return n in names or any(p in names for p in n.split("__"))
    ids = [x["id"] for x in pos + eva + neg]
    assert len(ids) == len(set(ids)), "dup ids"
    vals = []
    for x in pos + eva:
        assert x["id"][:7] in ("p130-s-", "p130-e-")
        assert len(x["secrets"]) == 1 and x["type"] == x["secrets"][0]["type"]
        sp = x["secrets"][0]; v = sp["value"]
        assert x["text"][sp["start"]:sp["end"]] == v, ("offset", x["id"])
        assert v == v.strip() and x["text"].count(v) == 1, ("occ", x["id"])
        assert "{v}" not in x["text"] and "\x00" not in x["text"] and "PRIVATE KEY" not in x["text"], x["id"]
        vals.append(v)
        for f in ("container", "type"):
            assert not denied(x[f]), ("deny", x["id"], x[f])
        if x["source"] == "prose":
            assert x["text"][sp["start"] - 1] == " " and x["text"][sp["end"]] == " ", ("prose spacing", x["id"])
    for x in eva:
        sp = x["secrets"][0]
        assert dec130.decode(x["encoding"], sp["value"]) == sp["plain"], ("decode", x["id"])
        assert not denied(x["encoding"]), ("deny enc", x["encoding"])
        vals.append(sp["plain"])
    assert len(vals) == len(set(vals)), "value reused"
    alltexts = [x["text"] for x in pos + eva]
    for x in pos + eva:
        v = x["secrets"][0]["value"]
        assert sum(v in t for t in alltexts) == 1, ("value in other record", x["id"])
    for x in eva:
        p = x["secrets"][0]["plain"]
        assert not any(p in t for t in alltexts), ("plain leaked", x["id"])
    ntexts = [x["text"] for x in neg]
    assert len(ntexts) == len(set(ntexts)), "dup negative"
    for x in neg:
        assert set(x) == {"id", "class", "container", "text", "source"}
        assert not denied(x["class"]) and not denied(x["container"]), ("deny neg", x["class"], x["container"])
        for v in vals:
            assert v not in x["text"], ("positive in negative", x["id"])
    fams = [set(x["type"] for x in pos if x["source"] == s) for s in ("everyday", "vendor", "password", "prose")]
    for i in range(4):
        for j in range(i + 1, 4):
            assert not fams[i] & fams[j]
    langs = set(x["container"].split("__")[1] for x in pos if x["source"] == "prose")
    assert len(langs) == 40 and not langs & set(deny["langs"])
    return True

def mutations(pos, eva, neg, deny):
    muts = []
    a = copy.deepcopy(pos); a[0]["secrets"][0]["start"] += 1; muts.append((a, eva, neg))
    b = copy.deepcopy(neg); b[0]["text"] += " " + pos[5]["secrets"][0]["value"]; muts.append((pos, eva, b))
    c = copy.deepcopy(eva); c[0]["secrets"][0]["plain"] += "x"; muts.append((pos, c, neg))
    d = copy.deepcopy(neg); d[0]["class"] = "masked_telephony_credentials"; muts.append((pos, eva, d))
    e = copy.deepcopy(eva); e[0]["encoding"] = "rot18_letters_and_digits"; muts.append((pos, e, neg))
    f = copy.deepcopy(pos); f[1]["text"] += " " + f[1]["secrets"][0]["value"]; muts.append((f, eva, neg))
    g = copy.deepcopy(pos); g[2]["container"] = "kannel_conf_group_line"; muts.append((g, eva, neg))
    caught = 0
    for m in muts:
        try:
            check(*m, deny)
        except (AssertionError, KeyError):
            caught += 1
    assert caught == len(muts), f"mutations caught {caught}/{len(muts)}"
    return len(muts)

def main():
    deny = load_denylist()
    p1, e1, n1, d1 = generate(deny); p2, e2, n2, d2 = generate(deny)
    b1 = [dumps(p1), dumps(e1), dumps(n1)]; b2 = [dumps(p2), dumps(e2), dumps(n2)]
    assert b1 == b2, "non-deterministic"
    check(p1, e1, n1, deny)
    nm = mutations(p1, e1, n1, deny)
    r1 = readme130.render(p1, e1, n1, d1, deny, nm); r2 = readme130.render(p2, e2, n2, d2, deny, nm)
    assert r1 == r2
    out = os.path.dirname(os.path.abspath(__file__))
    for fn, b in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], b1):
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.write(b)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print("positives", len(p1), "evasions", len(e1), "negatives", len(n1), "dropped", d1, "mutations", nm)

if __name__ == "__main__":
    main()
