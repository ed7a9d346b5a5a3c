"""Build p151: generate twice, compare, check, then write. Python 3 stdlib only."""
import json, os, re, sys, copy
import gen151, everyday151, vendor151, positional151, prose151, enc151, dec151, negatives151

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief151"
LANG_HAND = ["english", "arabic", "japanese", "korean", "vietnamese", "tagalog", "indonesian", "haitian",
             "quechua", "fijian", "turkish", "latin", "cyrillic", "mandarin", "cantonese", "hawaiian",
             "chinese", "hebrew", "yiddish", "malay", "norwegian", "eng", "ara", "jpn", "kor", "vie", "tgl",
             "ind", "hat", "que", "fij", "tur", "lat"]


def extract_denylist():
    names, words, langs = set(), set(), set(LANG_HAND)
    for fn in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        for b in re.findall(r"`([^`]+)`", t):
            b = b.strip().lower()
            names.add(b)
            names.update(p for p in b.split("__") if p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            s = s.lower()
            names.add(s)
            names.update(p for p in s.split("__") if p)
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.add(name.lower())
            langs.update(x.lower() for x in re.findall(r"[A-Za-z]+", name))
    return {"names": sorted(names), "words": sorted(words), "langs": sorted(langs)}


def load_deny():
    fz = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(fz):
            if json.load(open(fz, encoding="utf-8")) != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        return d, True
    return json.load(open(fz, encoding="utf-8")), False


EV_TYPES = [("ham_evasion_hotspot_password", "pw"), ("ham_evasion_sdr_hex_key", "hex"), ("ham_evasion_logbook_api_token", "tok")]
WORDINGS = [("shack_fridge_note_puzzle", "Note on the shack fridge: the {w} is written {rule}:\n{run}\n(decode it yourself, not on the air)\n"),
            ("club_net_chat_riddle", "<KB2RDL> riddle for the new ops - the {w}, {rule}:\n{run}\n<KB2RDL> first one to log in buys coffee\n"),
            ("swapmeet_flyer_scribble", "scribbled on the back of a swap-meet flyer - {w}, {rule}:\n{run}\nbin after reading\n")]
EV_WHAT = {"pw": "hotspot dashboard password", "hex": "SDR server signing key", "tok": "logbook upload token"}


def generate(deny):
    names, words, langs = set(deny["names"]), set(deny["words"]), set(deny["langs"])
    reg = gen151.Reg()
    ev = everyday151.build(reg)
    ve, vdrop = vendor151.build(reg, brand_ok=lambda b: b.lower() not in words and b.lower() not in names)
    pw = positional151.build(reg)

    def lang_ok(code, name):
        ws = [x.lower() for x in re.findall(r"[A-Za-z]+", name)]
        return (code not in langs and code not in words and code not in names and name.lower() not in langs
                and not any(x in langs or x in words for x in ws))
    pr, ldrop, lspare = prose151.build(reg, lang_ok)
    pos = ev + ve + pw + pr
    for i, rec in enumerate(pos, 1):
        rec_id = "p151-s-%04d" % i
        pos[i - 1] = {"id": rec_id, **rec}
    # evasions
    import random
    r = random.Random(15105)
    sh = gen151.Shapes(r)
    evs = []
    all_texts = [p["text"] for p in pos]
    for ei, enc in enumerate(enc151.RULES):
        for j in range(3):
            t, kind = EV_TYPES[(ei + j) % 3]
            wname, wtpl = WORDINGS[j]
            while True:
                plain = sh.pw() if kind == "pw" else (sh.hexs(32) if kind == "hex" else "hlt_" + sh.an(24))
                run = enc151.encode(enc, plain)
                if plain not in run and reg.ok(plain) and not any(plain in x for x in all_texts):
                    reg.vals.append(plain)
                    break
            pre = wtpl.split("{run}")[0].replace("{w}", EV_WHAT[kind]).replace("{rule}", enc151.RULES[enc])
            text = pre + run + wtpl.split("{run}")[1]
            evs.append({"id": "p151-e-%04d" % (len(evs) + 1), "type": t, "container": enc + "__" + wname, "encoding": enc,
                        "text": text, "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": t,
                                                    "plain": plain, "encoding": enc}], "source": "evasion"})
    forb = [s["value"] for p in pos for s in p["secrets"]] + [s["value"] for e in evs for s in e["secrets"]] + \
           [s["plain"] for e in evs for s in e["secrets"]]
    negs, classes = negatives151.build(forb)
    negs = [{"id": "p151-n-%04d" % (i + 1), **n} for i, n in enumerate(negs)]
    meta = dict(vdrop=vdrop, ldrop=ldrop, lspare=lspare, classes=classes)
    return pos, evs, negs, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def check(pos, evs, negs, deny):
    names = set(deny["names"])
    errs = []
    ids = [r["id"] for r in pos + evs + negs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate id")
    def denied(x):
        x = x.lower()
        return x in names or any(p in names for p in x.split("__") if p)
    allv = []
    for r in pos + evs:
        want = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want:
            errs.append("fields " + r["id"])
        if len(r["secrets"]) != 1:
            errs.append("span count " + r["id"])
        for s in r["secrets"]:
            sw = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(s) != sw:
                errs.append("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]:
                errs.append("offset " + r["id"])
            if s["value"] != s["value"].strip():
                errs.append("edge ws " + r["id"])
            if r["text"].count(s["value"]) != 1:
                errs.append("value not once " + r["id"])
            if s["type"] != r["type"]:
                errs.append("type mismatch " + r["id"])
            allv.append((r["id"], s["value"]))
            if denied(s["type"]):
                errs.append("deny type " + r["id"])
            if r["source"] == "evasion":
                try:
                    okd = dec151.decode(s["encoding"], s["value"]) == s["plain"]
                except Exception:
                    okd = False
                if not okd:
                    errs.append("decode " + r["id"])
                if s["encoding"] != r["encoding"] or denied(s["encoding"]):
                    errs.append("encoding " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"]:
                    errs.append("plain " + r["id"])
                if not r["text"][:s["start"]].endswith(":\n"):
                    errs.append("rule/run layout " + r["id"])
            if r["source"] == "prose":
                t = r["text"]
                if not (t[s["start"] - 1] == " " and t[s["end"]] == " "):
                    errs.append("prose spacing " + r["id"])
        if denied(r["container"]):
            errs.append("deny container " + r["id"])
        for bad in ("{V}", "{K}", "{E}", "{run}", "\x00", "PRIVATE KEY"):
            if bad in r["text"]:
                errs.append("marker " + r["id"])
    vals = [v for _, v in allv]
    if len(vals) != len(set(vals)):
        errs.append("value reused")
    plains = [s["plain"] for e in evs for s in e["secrets"]]
    if len(plains) != len(set(plains)):
        errs.append("plain reused")
    for rid, v in allv:
        for r in pos + evs:
            if r["id"] != rid and v in r["text"]:
                errs.append(f"value of {rid} in {r['id']}")
        for n in negs:
            if v in n["text"]:
                errs.append(f"value of {rid} in negative {n['id']}")
    for p in plains:
        for r in pos + evs + negs:
            if p in r["text"]:
                errs.append("plain in text " + r["id"])
    ntexts = [n["text"] for n in negs]
    if len(ntexts) != len(set(ntexts)):
        errs.append("duplicate negative text")
    for n in negs:
        if set(n) != {"id", "class", "container", "text", "source"}:
            errs.append("neg fields " + n["id"])
        if denied(n["class"]) or denied(n["container"]):
            errs.append("deny negative " + n["id"])
    if len({n["class"] for n in negs}) != 16 or len(negs) < 180:
        errs.append("negative counts")
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    types = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(types)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types[ks[i]] & types[ks[j]]:
                errs.append("type overlap " + ks[i] + ks[j])
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday container reused")
    langs = {r["container"].split("__")[1] for r in by.get("prose", [])}
    if not (len(by.get("everyday", [])) == 180 and len(by.get("vendor", [])) == 120 and 95 <= len(by.get("password", [])) <= 120
            and len(by.get("prose", [])) == 40 and len(langs) == 40 and len(evs) == 66):
        errs.append("counts")
    for x in list(vendor151.STYLES) + list(WORDINGS):
        if denied(x[0]):
            errs.append("deny style/wording " + x[0])
    for x in positional151.SUFFIXES + prose151.FORMATS + negatives151.WRAPS[1:]:
        if denied(x.strip("_")) or denied(x):
            errs.append("deny suffix " + x)
    return errs


def mutations(pos, evs, negs, deny):
    caught = []
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs)
        f(P, E, N)
        caught.append((name, bool(check(P, E, N, deny))))
    m("m1_shifted_offset", lambda P, E, N: P[0]["secrets"][0].update(start=P[0]["secrets"][0]["start"] + 1))
    m("m2_duplicate_id", lambda P, E, N: P[1].update(id=P[0]["id"]))
    m("m3_value_in_negative", lambda P, E, N: N[0].update(text=N[0]["text"] + P[5]["secrets"][0]["value"]))
    m("m4_wrong_plain", lambda P, E, N: E[0]["secrets"][0].update(plain="wrongplain"))
    m("m5_deny_listed_container", lambda P, E, N: P[0].update(container=deny["names"][len(deny["names"]) // 2]))
    m("m6_deny_listed_class", lambda P, E, N: N[0].update({"class": deny["names"][10]}))
    m("m7_type_mismatch", lambda P, E, N: P[3].update(type="something_else"))
    m("m8_missing_record", lambda P, E, N: P.pop(200))
    m("m9_deny_listed_encoding", lambda P, E, N: (E[0].update(encoding="rot47_printable_ascii"), E[0]["secrets"][0].update(encoding="rot47_printable_ascii")))
    m("m10_plain_leaked", lambda P, E, N: P[0].update(text=P[0]["text"] + " " + E[0]["secrets"][0]["plain"]))
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, live = load_deny()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit("non-deterministic output")
    pos, evs, negs, meta = a
    errs = check(pos, evs, negs, deny)
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit("checks failed (%d)" % len(errs))
    mut = mutations(pos, evs, negs, deny)
    if not all(c for _, c in mut):
        raise SystemExit("mutation not caught: %s" % [n for n, c in mut if not c])
    import readme151
    r1 = readme151.render(pos, evs, negs, meta, deny, mut)
    r2 = readme151.render(*b, deny, mutations(*b[:3], deny))
    if r1 != r2:
        raise SystemExit("README not deterministic")
    for fn, data in (("secrets.jsonl", dumps(pos)), ("evasions.jsonl", dumps(evs)), ("negatives.jsonl", dumps(negs))):
        open(os.path.join(out, fn), "wb").write(data)
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok: secrets %d, evasions %d, negatives %d; vendor dropped %s; languages dropped %s" % (len(pos), len(evs), len(negs), meta["vdrop"], meta["ldrop"]))


if __name__ == "__main__":
    main()
