"""Build privacy_thirtyeighth (p38). Python 3 stdlib only, deterministic."""
import json, os, re, random, sys, copy
from collections import Counter
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_encodings, gen_decoders, gen_negatives, readme
from common import G, crc_ok
HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = {
 "helpdesk_ticket_reply": "Support reply: the {what} for the integration is below, {phrase}:",
 "infra_pull_request_note": "PR note – not committing the raw {what}; here it is {phrase}:",
 "pairing_session_chat": "(pairing chat) ok, reading you the {what} {phrase}:",
}
LAYOUTS = ["value_on_next_line_indented", "backtick_inline_after_colon", "blank_line_then_value"]

def evasions():
    r = random.Random(38005); g = G(r); out = []
    T = gen_everyday.types(g); tn = sorted(T); k = 0
    wl = list(WORDINGS)
    for ei, enc in enumerate(gen_encodings.ENC):
        for j in range(3):
            t = tn[k % len(tn)]; k += 1
            v = T[t][1]()
            plain = re.search("\ue000(.*?)\ue001", v).group(1)
            s, phrase = gen_encodings.encode(enc, plain, r)
            w = wl[j]; lay = LAYOUTS[(ei + j) % 3]
            head = WORDINGS[w].format(what=t.replace("_", " "), phrase=phrase)
            if lay == LAYOUTS[0]: text = head + "\n    " + s + "\n"
            elif lay == LAYOUTS[1]: text = head[:-1] + ": `" + s + "`\n"
            else: text = head + "\n\n" + s + "\n\nplease decode locally, thanks\n"
            st = text.index(s, len(head) - 1)
            out.append(dict(type=t, container=f"{enc}__{w}", encoding=enc, text=text,
                            secrets=[dict(value=s, start=st, end=st + len(s), type=t, plain=plain, encoding=enc)],
                            source="evasion", _layout=lay, _phrase=phrase))
    return out

def generate():
    D = denylist.load()
    langs = [l for l in gen_prose.LANGS if denylist.check_language(l[0], l[1], D)][:40]
    pos = gen_everyday.build() + gen_vendor.build() + gen_passwords.build() + gen_prose.build(langs)
    ev = evasions(); neg = gen_negatives.build()
    P = []; 
    for i, x in enumerate(pos, 1):
        rec = {"id": f"p38-s-{i:04d}", "type": x["secrets"][0]["type"], "container": x["container"], "text": x["text"], "secrets": x["secrets"], "source": x["source"]}
        P.append(rec)
    Ev = []
    for i, x in enumerate(ev, 1):
        Ev.append({"id": f"p38-e-{i:04d}", "type": x["type"], "container": x["container"], "encoding": x["encoding"], "text": x["text"], "secrets": x["secrets"], "source": "evasion"})
    N = [{"id": f"p38-n-{i:04d}", "class": x["cls"], "container": x["container"], "text": x["text"], "source": "negative"} for i, x in enumerate(neg, 1)]
    docvals = [v for x in neg for v in x.get("_doc", [])]
    dropped = [l for l in gen_prose.LANGS if not denylist.check_language(l[0], l[1], D)]
    meta = dict(langs=langs, ev=ev, docvals=docvals, D=D, dropped=dropped)
    return P, Ev, N, meta

def dumps(recs): return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)

def check(P, Ev, N, meta):
    D = meta["D"]; errs = []
    ids = [r["id"] for r in P + Ev + N]
    if len(set(ids)) != len(ids): errs.append("dup ids")
    for r in P + Ev + N:
        if not re.fullmatch(r"p38-[sen]-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("roundtrip")
        if any(c in r["text"] for c in "\x00\ue000\ue001\x02\x03") or "{P}" in r["text"] or "{V}" in r["text"] or "{K}" in r["text"]:
            errs.append("marker left " + r["id"])
    allvals = {}
    for r in P + Ev:
        last = -1
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for s in r["secrets"]:
            if r["text"][s["start"]:s["end"]] != s["value"]: errs.append("slice " + r["id"])
            if s["value"] != s["value"].strip(): errs.append("ws " + r["id"])
            if s["start"] < last: errs.append("order " + r["id"])
            last = s["end"]
        c = Counter(s["value"] for s in r["secrets"])
        for v, n in c.items():
            if r["text"].count(v) != n: errs.append(f"count {r['id']}")
            if v in allvals and allvals[v] != r["id"]: errs.append(f"reuse {r['id']} {allvals[v]}")
            allvals[v] = r["id"]
        for s in r["secrets"]:
            v = s["value"]
            if v.startswith(("ghp_", "npm_")) and not crc_ok(v, 4): errs.append("crc " + r["id"])
    # evasions
    gen_decoders.selftest()
    plains = set()
    for r, x in zip(Ev, meta["ev"]):
        s = r["secrets"][0]
        if gen_decoders.DEC[s["encoding"]](s["value"], x["_phrase"]) != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if s["plain"] in plains: errs.append("plain dup")
        plains.add(s["plain"])
        if r["text"].find(x["_phrase"]) < 0 or r["text"].find(x["_phrase"]) > s["start"]: errs.append("phrase " + r["id"])
    if set(gen_decoders.DEC) != set(gen_encodings.ENC): errs.append("enc/dec sets")
    posvals = {s["value"] for r in P for s in r["secrets"]}
    if plains & posvals: errs.append("plain in positives")
    if Counter(r["encoding"] for r in Ev) != Counter({e: 3 for e in gen_encodings.ENC}): errs.append("enc counts")
    # negatives
    texts = [r["text"] for r in N]
    if len(set(texts)) != len(texts): errs.append("neg dup text")
    bad = [v for v in posvals | plains | {r["secrets"][0]["value"] for r in Ev} if len(v) >= 6]
    for r in N:
        for v in bad:
            if v in r["text"]: errs.append("neg has value " + r["id"])
        if "PRIVATE KEY" in r["text"]: errs.append("private key")
        for m in re.findall(r"(?:ghp|npm)_[A-Za-z0-9]{36}", r["text"]):
            if crc_ok(m, 4): errs.append("valid crc token in negative")
    for v in meta["docvals"]:
        if not any(v in t for t in texts): errs.append("doc missing " + v)
        if any(v in r["text"] for r in P + Ev): errs.append("doc value in positives " + v)
    # deny-list
    own = set()
    for r in P + Ev: own.add(r["container"])
    for r in P:
        if r["source"] in ("vendor", "password", "prose"): own.add(r["type"])
    own |= set(gen_everyday.KINDS) | set(gen_vendor.CONFIG) | set(gen_vendor.HEADER) | set(gen_prose.FORMATS) | {gen_prose.PTYPE}
    own |= set(gen_encodings.ENC) | set(WORDINGS) | set(LAYOUTS) | {"ops_terminal_excerpt", "infra_config_excerpt"}
    own |= {r["container"] for r in N} | {w.strip("_") for w in gen_negatives.WRAP if w}
    bad = denylist.check_names(own, D)
    if bad: errs.append(f"deny-list overlap {bad[:10]}")
    meta["own_count"] = len(own)
    for c, n, _s in meta["langs"]:
        if not denylist.check_language(c, n, D): errs.append("lang " + c)
    # counts
    src = Counter(r["source"] for r in P)
    if src["everyday"] != 180 or len({r["container"] for r in P if r["source"] == "everyday"}) != 45: errs.append("everyday count")
    if not 100 <= src["vendor"] <= 160 or not 90 <= src["password"] <= 140 or src["prose"] != 40: errs.append(f"counts {src}")
    if len({l[0] for l in meta["langs"]}) != 40: errs.append("langs")
    if len(Ev) != 66 or len(N) < 180 or len({r['class'] for r in N}) < 16: errs.append("ev/neg counts")
    for s in ("vendor", "password"):
        ts = [r["type"] for r in P if r["source"] == s]
        if len(ts) != len(set(ts)): errs.append("dup type " + s)
    return errs

def mutation_tests(P, Ev, N, meta):
    caught = 0
    def m1(P, Ev, N): P[0]["secrets"][0]["start"] += 1
    def m2(P, Ev, N): N[0]["text"] += P[5]["secrets"][0]["value"]
    def m3(P, Ev, N): Ev[0]["secrets"][0]["plain"] += "x"
    def m4(P, Ev, N): P[3]["text"] += " " + P[3]["secrets"][0]["value"]
    def m5(P, Ev, N): P[200]["container"] = "zsh_extended_history_lines"
    for m in (m1, m2, m3, m4, m5):
        a, b, c = copy.deepcopy(P), copy.deepcopy(Ev), copy.deepcopy(N)
        m(a, b, c)
        if check(a, b, c, dict(meta)): caught += 1
    return caught

def main():
    if "--freeze" in sys.argv:
        denylist.freeze(); print("frozen"); return
    P, Ev, N, meta = generate()
    P2, Ev2, N2, meta2 = generate()
    a = [dumps(P), dumps(Ev), dumps(N)]
    assert a == [dumps(P2), dumps(Ev2), dumps(N2)], "non-deterministic"
    errs = check(P, Ev, N, meta)
    if errs: print("\n".join(errs[:40])); sys.exit(1)
    mc = mutation_tests(P, Ev, N, meta)
    if mc != 5: print("mutation tests caught", mc, "of 5"); sys.exit(1)
    assert not check(P2, Ev2, N2, meta2)
    md = readme.render(P, Ev, N, meta)
    assert md == readme.render(P2, Ev2, N2, meta2)
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), a):
        open(os.path.join(HERE, name), "w", encoding="utf-8").write(data)
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(md)
    print("ok", len(P), len(Ev), len(N), "own names", meta["own_count"])

if __name__ == "__main__":
    main()
