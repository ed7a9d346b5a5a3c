#!/usr/bin/env python3
"""Build corpus p146 (pharmacy, e-prescribing, drug dispensing). Stdlib only, fixed seeds.
python3 build.py [outdir]  -- generates twice, compares bytes, checks, then writes."""
import copy, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common146 as C, everyday146, vendor146, positional146, prose146, enc146, dec146, negatives146, readme146

EV_TYPES = [("rx_evasion_pms_password", lambda R: C.owner_pw(R)),
            ("rx_evasion_erx_api_key", lambda R: "erxk_" + C.an(R, 28)),
            ("rx_evasion_robot_hex_token", lambda R: C.hx(R, 32))]
WORDINGS = [
 ("pharmacy_shift_note_puzzle", "Shift handover note for the night pharmacist. The PMS login for user rxnight is written {RULE}:\n{RUN}\nDecode it yourself, I did not want it in clear text on the board."),
 ("erx_team_chat_riddle", "so nobody greps it from the chat log: the e-prescribing gateway key is given {RULE}:\n{RUN}\nyou know what to do"),
 ("wholesaler_ticket_obfuscated", "Ticket WHSL-4471, update from vendor support. The robot bridge token is encoded {RULE}:\n{RUN}\nPlease rotate after testing."),
]


def evasions():
    R = random.Random(14605)
    out = []
    for ename, (rule, f) in enc146.E.items():
        for j in range(3):
            t, g = EV_TYPES[j]
            wname, wtpl = WORDINGS[j]
            while True:
                p = g(R)
                run = f(p)
                if p not in run and p not in rule:
                    break
            pre, post = wtpl.split("{RUN}")
            pre = pre.replace("{RULE}", rule)
            text = pre + run + post
            out.append(dict(type=t, container=ename + "__" + wname, encoding=ename, text=text,
                            secrets=[dict(value=run, start=len(pre), end=len(pre) + len(run), type=t,
                                          plain=p, encoding=ename)], source="evasion"))
    return out


def generate(deny, words):
    ev = everyday146.build()
    ve, vdrop, vcut = vendor146.build(words, deny)
    pw, pdrop = positional146.build(lambda n: C.denied(n, deny))
    pr, ldrop, langs, spare = prose146.build(deny, words)
    evs = evasions()
    neg = negatives146.build()
    pos = ev + ve + pw + pr
    recs = []
    for i, r in enumerate(pos, 1):
        recs.append(dict(id="p146-s-%04d" % i, type=r["type"], container=r["container"], text=r["text"],
                         secrets=r["secrets"], source=r["source"]))
    erecs = []
    for i, r in enumerate(evs, 1):
        erecs.append(dict(id="p146-e-%04d" % i, type=r["type"], container=r["container"], encoding=r["encoding"],
                          text=r["text"], secrets=r["secrets"], source="evasion"))
    nrecs = []
    for i, r in enumerate(neg, 1):
        nrecs.append(dict(id="p146-n-%04d" % i, **{"class": r["cls"]}, container=r["container"], text=r["text"],
                          source="negative"))
    meta = dict(vdrop=vdrop, vcut=vcut, pdrop=pdrop, ldrop=ldrop, langs=langs, spare=spare)
    return recs, erecs, nrecs, meta


def dumps(rs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs).encode("utf-8")


def check(recs, erecs, nrecs, deny, words):
    errs = []
    E = errs.append
    alltexts = [r["text"] for r in recs] + [r["text"] for r in erecs]
    negtexts = [r["text"] for r in nrecs]
    seen = set()
    for r in recs + erecs:
        pref = "p146-e-" if r in erecs else "p146-s-"
        if not re.fullmatch(re.escape(pref) + r"\d{4}", r["id"]): E("bad id " + r["id"])
        if r["id"] in seen: E("dup id " + r["id"])
        seen.add(r["id"])
        if len(r["secrets"]) != 1: E("span count " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("offset " + r["id"])
            if v != v.strip() or not v: E("edge ws " + r["id"])
            if s["type"] != r["type"]: E("type " + r["id"])
            if r["text"].count(v) != 1: E("value not once in own text " + r["id"])
            if "{V}" in r["text"] or "\x00" in r["text"]: E("slot " + r["id"])
    vals = [(r["id"], s["value"]) for r in recs + erecs for s in r["secrets"]]
    if len(set(v for _, v in vals)) != len(vals): E("value reused")
    big = "\x01".join(alltexts)
    for rid, v in vals:
        if big.count(v) != 1: E("value occurs in another record " + rid)
    negbig = "\x01".join(negtexts)
    for rid, v in vals:
        if v in negbig: E("value in negative " + rid)
    plains = [(r["id"], s["plain"]) for r in erecs for s in r["secrets"]]
    if len(set(p for _, p in plains)) != len(plains): E("plain reused")
    for rid, p in plains:
        if p in big or p in negbig: E("plain leaked " + rid)
        if p in set(v for _, v in vals): E("plain equals value " + rid)
    for r in erecs:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: E("evasion span fields " + r["id"])
        if s["encoding"] != r["encoding"]: E("encoding mismatch " + r["id"])
        try:
            if dec146.decode(r["encoding"], s["value"]) != s["plain"]: E("decode " + r["id"])
        except Exception as ex:
            E("decode error %s %r" % (r["id"], ex))
        rule = enc146.E[r["encoding"]][0]
        ri = r["text"].find(rule)
        if ri < 0 or ri > s["start"] or r["text"][s["start"] - 2:s["start"]] != ":\n": E("rule placement " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
    for r in recs:
        if set(r) != {"id", "type", "container", "text", "secrets", "source"}: E("fields " + r["id"])
        for s in r["secrets"]:
            if set(s) != {"value", "start", "end", "type"}: E("span fields " + r["id"])
        if r["source"] == "prose":
            s = r["secrets"][0]
            if r["text"][s["start"] - 1] != " " or r["text"][s["end"]] != " ": E("prose not set off " + r["id"])
    nseen = set()
    for r in nrecs:
        if set(r) != {"id", "class", "container", "text", "source"}: E("neg fields " + r["id"])
        if not re.fullmatch(r"p146-n-\d{4}", r["id"]): E("neg id " + r["id"])
        if r["text"] in nseen: E("dup negative text " + r["id"])
        nseen.add(r["text"])
    if len({r["class"] for r in nrecs}) != 16 or len(nrecs) < 180: E("negative classes/count")
    # deny-list: every name this corpus uses
    names = set()
    for r in recs + erecs:
        names.update([r["container"], r["type"]])
        if "encoding" in r: names.add(r["encoding"])
    for r in nrecs:
        names.update([r["class"], r["container"]])
    names.update(s for s, _ in vendor146.STYLES)
    names.update(positional146.SUFFIXES)
    names.update(prose146.FORMATS)
    names.update(w for w, _ in WORDINGS)
    names.update(negatives146.WRAPS[1:])
    names.update(enc146.E)
    for n in sorted(names):
        if C.denied(n, deny): E("deny-listed name " + n)
    for r in recs:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            name = [nm for c, nm, _ in prose146.L if c == code][0]
            if not prose146.lang_ok(code, name, deny, words): E("deny-listed language " + code)
    # span types pairwise disjoint across sources
    by = {}
    for r in recs:
        by.setdefault(r["source"], set()).add(r["type"])
    ks = list(by)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if by[ks[i]] & by[ks[j]]: E("span types shared %s/%s" % (ks[i], ks[j]))
    cnt = {}
    for r in recs: cnt[r["source"]] = cnt.get(r["source"], 0) + 1
    if cnt.get("everyday") != 180 or cnt.get("vendor", 0) < 100 or not (95 <= cnt.get("password", 0) <= 115) or cnt.get("prose") != 40:
        E("counts %r" % cnt)
    if len(erecs) != 66 or len({r["encoding"] for r in erecs}) != 22: E("evasion counts")
    return errs


def mutation_tests(recs, erecs, nrecs, deny, words):
    caught = []
    m = copy.deepcopy((recs, erecs, nrecs)); m[0][0]["secrets"][0]["start"] += 1
    caught.append(("m1_shifted_start", bool(check(*m, deny, words))))
    m = copy.deepcopy((recs, erecs, nrecs)); m[2][0]["text"] += " " + m[0][5]["secrets"][0]["value"]
    caught.append(("m2_value_in_negative", bool(check(*m, deny, words))))
    m = copy.deepcopy((recs, erecs, nrecs)); m[1][0]["secrets"][0]["plain"] += "x"
    caught.append(("m3_wrong_plain", bool(check(*m, deny, words))))
    m = copy.deepcopy((recs, erecs, nrecs)); m[2][1]["text"] = m[2][0]["text"]
    caught.append(("m4_duplicate_negative", bool(check(*m, deny, words))))
    m = copy.deepcopy((recs, erecs, nrecs)); m[0][3]["container"] = "climate_computer_hmi_kiosk_ini"
    caught.append(("m5_deny_listed_container", bool(check(*m, deny, words))))
    m = copy.deepcopy((recs, erecs, nrecs)); m[1][2]["text"] += "\n" + m[1][2]["secrets"][0]["plain"]
    caught.append(("m6_plain_leaked", bool(check(*m, deny, words))))
    return caught


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, words = C.load_denylist(HERE)
    g1 = generate(deny, words)
    g2 = generate(deny, words)
    b1 = [dumps(x) for x in g1[:3]]
    b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2:
        raise SystemExit("non-deterministic output")
    recs, erecs, nrecs, meta = g1
    errs = check(recs, erecs, nrecs, deny, words)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("%d check failures" % len(errs))
    muts = mutation_tests(recs, erecs, nrecs, deny, words)
    if not all(c for _, c in muts):
        raise SystemExit("mutation not caught: %r" % muts)
    rd1 = readme146.render(recs, erecs, nrecs, meta, len(deny), len(words), muts)
    rd2 = readme146.render(*g2, len(deny), len(words), muts)
    if rd1 != rd2:
        raise SystemExit("README not deterministic")
    os.makedirs(outdir, exist_ok=True)
    for name, b in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], b1):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(rd1)
    cnt = {}
    for r in recs: cnt[r["source"]] = cnt.get(r["source"], 0) + 1
    print("ok", cnt, "evasions", len(erecs), "negatives", len(nrecs), "meta", {k: v for k, v in meta.items() if k != "langs"})


if __name__ == "__main__":
    main()
