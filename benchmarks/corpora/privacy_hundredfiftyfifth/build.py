#!/usr/bin/env python3
"""Build corpus p155 (blood-bank, plasma-centre and organ-donation registry developers).
Python 3 stdlib only, fixed seeds, no clock, no network. Usage: python3 build.py [outdir]"""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen155, everyday155, vendor155, positional155, prose155, enc155, dec155, negatives155, readme155

BRIEF = "/tmp/brief155"
FROZEN = os.path.join(HERE, "brief_names.json")
HAND_LANGS = ["zul", "zulu", "npi", "pap", "nds", "plt", "epo", "mri", "smo", "tir", "hat", "ilo", "sco",
              "nato", "caesar", "rot13"]
EV_TYPES = [("bb_evasion_kiosk_password", lambda g: g.pw()),
            ("bb_evasion_courier_api_token", lambda g: g.alnum(22, "crt_")),
            ("bb_evasion_logger_hex_key", lambda g: g.hexs(32))]
EV_WORDINGS = [("phlebotomy_breakroom_riddle", "Break-room riddle (phlebotomy, week 12). The kiosk secret below is written {RULE}:\n", "\nFirst to decode it gets the last cookie; it is the real one.\n"),
               ("courier_dispatch_puzzle_card", "Dispatch puzzle card – solve before the night run. The value is written {RULE}:\n", "\nDecode it yourself, do not post the answer in the channel.\n"),
               ("cold_room_door_note", "Note taped to cold room 2: the logger credential is written {RULE}:\n", "\nBiomed says this is 'secure enough'.\n")]


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            names.update(p for p in b.split("__") if p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower(); names.add(s); names.update(p for p in s.split("__") if p)
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", t):
            words.add(w.lower())
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code); langs.add(nm.lower()); langs.update(x.lower() for x in re.findall(r"[A-Za-z]+", nm))
    langs.update(HAND_LANGS)
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs)}


def load_deny():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = extract_denylist(texts)
        if os.path.exists(FROZEN):
            if json.load(open(FROZEN, encoding="utf-8")) != d:
                raise SystemExit("frozen deny-list differs from /tmp/brief155")
        else:
            json.dump(d, open(FROZEN, "w", encoding="utf-8"), indent=0, ensure_ascii=False)
        return d
    return json.load(open(FROZEN, encoding="utf-8"))


def generate(deny):
    reg = gen155.Registry()
    names, words, langs = set(deny["names"]), set(deny["words"]), set(deny["langs"])
    info = {}
    ev = everyday155.build_with(reg)
    vd, info["vendor_dropped"], info["vendor_tail"] = vendor155.build_with(reg, lambda b: b.lower() in words or b.lower() in names)
    pw = positional155.build_with(reg)
    info["pw_written"] = len(positional155.S)

    def refuse(code, name):
        if code in langs or code in words or code in names:
            return True
        ws = [name.lower()] + [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        return any(w in langs or w in words for w in ws)
    pr, info["lang_dropped"], info["lang_spare"] = prose155.build_with(reg, refuse)
    info["langs"] = [x.pop("_lang") for x in pr]
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        pos_r = {"id": "p155-s-%04d" % (i + 1)}
        pos_r.update(r)
        pos[i] = pos_r
    # evasions
    g = gen155.G(15505, reg)
    evs = []
    for ei, enc in enumerate(enc155.RULES):
        for j in range(3):
            t, fn = EV_TYPES[(ei + j) % 3]
            wname, head, tail = EV_WORDINGS[j]
            for _ in range(50):
                plain = fn(g)
                run = enc155.encode(enc, plain)
                if plain not in run:
                    break
            pre = head.replace("{RULE}", enc155.RULES[enc])
            evs.append({"id": "p155-e-%04d" % (len(evs) + 1), "type": t, "container": enc + "__" + wname,
                        "encoding": enc, "text": pre + run + tail,
                        "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": t,
                                     "plain": plain, "encoding": enc}], "source": "evasion"})
    forbid = [s["value"] for r in pos for s in r["secrets"]] + [s["plain"] for r in evs for s in r["secrets"]]
    neg = negatives155.build(forbid=forbid)
    for i, r in enumerate(neg):
        nr = {"id": "p155-n-%04d" % (i + 1)}; nr.update(r); neg[i] = nr
    return pos, evs, neg, info


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(pos, evs, neg, deny, info):
    E = []
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)):
        E.append("duplicate ids")
    PF, SF = {"id", "type", "container", "text", "secrets", "source"}, {"value", "start", "end", "type"}
    allvals = []
    for r in pos + evs:
        want = PF | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want:
            E.append("fields " + r["id"])
        if len(r["secrets"]) != 1:
            E.append("span count " + r["id"])
        for s in r["secrets"]:
            sf = SF | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(s) != sf:
                E.append("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]:
                E.append("offset " + r["id"])
            if s["value"] != s["value"].strip():
                E.append("edge whitespace " + r["id"])
            if r["text"].count(s["value"]) != 1:
                E.append("value not once " + r["id"])
            if s["type"] != r["type"]:
                E.append("type " + r["id"])
            allvals.append((r["id"], s["value"]))
            if r["source"] == "evasion":
                allvals.append((r["id"], s["plain"]))
                if dec155.decode(s["encoding"], s["value"]) != s["plain"]:
                    E.append("decode " + r["id"])
                if s["encoding"] != r["encoding"]:
                    E.append("encoding mismatch " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
                    E.append("plain alphabet " + r["id"])
                if s["plain"] in s["value"]:
                    E.append("plain inside run " + r["id"])
                if not r["text"][:s["start"]].endswith(":\n") or enc155.RULES[r["encoding"]] not in r["text"][:s["start"]]:
                    E.append("rule before run " + r["id"])
            if r["source"] == "prose":
                a, b = s["start"], s["end"]
                if r["text"][a - 1] != " " or r["text"][b] != " ":
                    E.append("prose spacing " + r["id"])
        for bad in ("{V}", "{K}", "{P}", "{U}", "{H}", "{X}", "\0", "PRIVATE KEY"):
            if bad in r["text"]:
                E.append("marker %r in %s" % (bad, r["id"]))
    vals = [v for _, v in allvals]
    if len(vals) != len(set(vals)):
        E.append("value reused")
    alltexts = [(r["id"], r["text"]) for r in pos + evs + neg]
    for vid, v in allvals:
        for tid, t in alltexts:
            if tid != vid and v in t:
                E.append("value of %s in %s" % (vid, tid))
    # negatives
    NF = {"id", "class", "container", "text", "source"}
    for r in neg:
        if set(r) != NF or r["source"] != "negative":
            E.append("neg fields " + r["id"])
    if len(set(r["text"] for r in neg)) != len(neg):
        E.append("neg duplicate text")
    if len(set(r["class"] for r in neg)) != 16 or len(neg) < 180:
        E.append("neg counts")
    # deny-list
    def hit(name):
        n = name.lower()
        return n in names or any(p in names for p in n.split("__") if p)
    probes = set()
    for r in pos + evs:
        probes.add(r["container"]); probes.add(r["type"])
    for r in evs:
        probes.add(r["encoding"])
    for r in neg:
        probes.add(r["class"]); probes.add(r["container"])
    probes.update(s for s, _ in vendor155.STYLES)
    probes.update(positional155.SUFFIXES); probes.update(prose155.FORMATS)
    probes.update(w.strip("_") for w, _ in negatives155.WRAPPERS if w)
    probes.update(w for w, _, _ in EV_WORDINGS)
    for p in sorted(probes):
        if hit(p):
            E.append("deny-list overlap: " + p)
    for code, nm in info["langs"]:
        if code in langs or nm.lower() in langs:
            E.append("language overlap " + code)
    for r in pos:
        if r["source"] == "vendor" and r["type"].split("_")[0] in words:
            E.append("brand word " + r["type"])
    # counts and disjointness
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    if len(src.get("everyday", [])) != 180 or len(src.get("vendor", [])) != 120 or not 95 <= len(src.get("password", [])) <= 120 or len(src.get("prose", [])) != 40:
        E.append("counts")
    if len(set(c for c, _ in info["langs"])) != 40:
        E.append("prose languages")
    if len(evs) != 66 or len(set(r["encoding"] for r in evs)) != 22:
        E.append("evasion counts")
    tsets = [set(r["type"] for r in v) for v in src.values()] + [set(r["type"] for r in evs)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources")
    ne = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        E.append("non-everyday containers not unique")
    return E


def mutations(pos, evs, neg, deny, info):
    caught = []
    def m(fn):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        fn(p, e, n)
        caught.append(bool(check(p, e, n, deny, info)))
    m(lambda p, e, n: p[0]["secrets"][0].__setitem__("start", p[0]["secrets"][0]["start"] + 1))
    m(lambda p, e, n: p[5].__setitem__("id", p[4]["id"]))
    m(lambda p, e, n: n[3].__setitem__("text", n[3]["text"] + p[200]["secrets"][0]["value"]))
    m(lambda p, e, n: e[7]["secrets"][0].__setitem__("plain", e[7]["secrets"][0]["plain"] + "x"))
    m(lambda p, e, n: p[9].__setitem__("container", deny["names"][len(deny["names"]) // 2]))
    m(lambda p, e, n: n[10].__setitem__("class", "zims_global_accession_numbers"))
    m(lambda p, e, n: p[301]["secrets"][0].__setitem__("type", "other"))
    m(lambda p, e, n: p[2].__setitem__("text", p[2]["text"] + " " + p[2]["secrets"][0]["value"]))
    m(lambda p, e, n: e.pop())
    m(lambda p, e, n: p[-1].__setitem__("text", p[-1]["text"].replace(" " + p[-1]["secrets"][0]["value"], "x" + p[-1]["secrets"][0]["value"])))
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny()
    a = generate(deny); b = generate(deny)
    A = [dumps(x) for x in a[:3]]; B = [dumps(x) for x in b[:3]]
    if A != B:
        raise SystemExit("non-deterministic output")
    pos, evs, neg, info = a
    errs = check(pos, evs, neg, deny, info)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("%d check failures" % len(errs))
    mc = mutations(pos, evs, neg, deny, info)
    if not all(mc):
        raise SystemExit("mutation tests not caught: %r" % mc)
    r1 = readme155.render(pos, evs, neg, info, deny, len(mc)); r2 = readme155.render(*b, deny, len(mc))
    if r1 != r2:
        raise SystemExit("README not deterministic")
    os.makedirs(out, exist_ok=True)
    for fn, s in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], A):
        open(os.path.join(out, fn), "w", encoding="utf-8").write(s)
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok", len(pos), len(evs), len(neg), "mutations", sum(mc), info["vendor_dropped"], info["lang_dropped"])


if __name__ == "__main__":
    main()
