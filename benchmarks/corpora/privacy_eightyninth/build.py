"""Build p89: generate twice, compare, check, mutation-test, then write."""
import copy, json, os, re, sys, zlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc89, dec89, readme89

D = denylist.prep(denylist.load())


def counter(prefix):
    n = [0]
    def f():
        n[0] += 1
        return "%s-%04d" % (prefix, n[0])
    return f


def generate():
    sid = counter("p89-s")
    pos = gen_everyday.build(sid) + gen_vendor.build(sid) + gen_passwords.build(sid)
    prose, langs = gen_prose.build(sid, D)
    pos += prose
    ev = gen_evasions.build(counter("p89-e"))
    neg = gen_negatives.build(counter("p89-n"))
    return pos, ev, neg, langs


def dumps(rows):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)


def ocount(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def own_names():
    names = {}
    for k in gen_everyday.KINDS: names[k] = "everyday container kind"
    for t in gen_everyday.TYPES: names[t] = "everyday span type"
    for t, _ in gen_vendor.V: names[t] = "vendor span type"
    for st, _ in gen_vendor.STYLES: names[st] = "vendor style"
    for _, t, _ in gen_passwords.P: names[t] = "password span type"
    for suf in gen_passwords.SUF.values(): names[suf] = "password suffix"
    for f, _ in gen_prose.FORMATS: names[f] = "prose format"
    names[gen_prose.TYPE] = "prose span type"
    for e in enc89.ENC: names[e] = "encoding"
    for w, _ in gen_evasions.WORDINGS: names[w] = "evasion wording"
    for c in gen_negatives.B:
        names[c] = "negative class"
        for b, _ in gen_negatives.B[c]: names[b] = "negative base kind"
    for w, _ in gen_negatives.WRAP:
        if w: names[w.strip("_")] = "negative wrapper"
    return names


def check(pos, ev, neg, langs):
    errs = []
    allrecs = pos + ev
    ids = [x["id"] for x in pos + ev + neg]
    if len(set(ids)) != len(ids): errs.append("dup ids")
    for x in pos:
        if not re.fullmatch(r"p89-s-\d{4}", x["id"]): errs.append("bad id " + x["id"])
    for x in ev:
        if not re.fullmatch(r"p89-e-\d{4}", x["id"]): errs.append("bad id " + x["id"])
    for x in neg:
        if not re.fullmatch(r"p89-n-\d{4}", x["id"]): errs.append("bad id " + x["id"])
        if list(x) != ["id", "class", "container", "text", "source"] or x["source"] != "negative": errs.append("neg fields " + x["id"])
    for x in allrecs:
        want = ["id", "type", "container", "text", "secrets", "source"] + (["encoding"] if x["source"] == "evasion" else [])
        if list(x) != want: errs.append("fields " + x["id"])
        if x["type"] != x["secrets"][0]["type"]: errs.append("type " + x["id"])
        for sp in x["secrets"]:
            keys = ["value", "start", "end", "type"] + (["plain", "encoding"] if x["source"] == "evasion" else [])
            if list(sp) != keys: errs.append("span fields " + x["id"])
            v = sp["value"]
            if x["text"][sp["start"]:sp["end"]] != v: errs.append("slice " + x["id"])
            if v != v.strip() or not v: errs.append("edge ws " + x["id"])
            if ocount(x["text"], v) != 1: errs.append("occurrence " + x["id"])
        if "\ue000" in x["text"] or "\ue001" in x["text"] or "\ue002" in x["text"] or "\x00" in x["text"]: errs.append("marker " + x["id"])
        if json.loads(json.dumps(x, ensure_ascii=False)) != x: errs.append("json " + x["id"])
    # uniqueness and cross-record leakage
    vals = [(x["id"], sp["value"]) for x in allrecs for sp in x["secrets"]] + [(x["id"], sp["plain"]) for x in ev for sp in x["secrets"]]
    seen = {}
    for i, v in vals:
        if v in seen and seen[v] != i: errs.append("reused value " + i)
        seen[v] = i
    texts = {x["id"]: x["text"] for x in allrecs + neg}
    big = "\x00".join(texts[k] for k in sorted(texts))
    for i, v in vals:
        if len(v) >= 6 and ocount(big, v) != ocount(texts[i], v): errs.append("value leaks out of %s" % i)
    # evasions
    for x in ev:
        sp = x["secrets"][0]
        try:
            dec = dec89.DEC[x["encoding"]](sp["value"])
        except Exception as e:
            dec = None
        if dec != sp["plain"]: errs.append("decode " + x["id"])
        if sp["plain"] in x["text"]: errs.append("plain verbatim " + x["id"])
        rule = enc89.RULE[x["encoding"]]
        if x["text"].find(rule) == -1 or x["text"].find(rule) > sp["start"]: errs.append("rule after run " + x["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + x["id"])
        if x["encoding"] != sp["encoding"] or not x["container"].startswith(x["encoding"] + "__"): errs.append("enc field " + x["id"])
    if set(enc89.ENC) != set(dec89.DEC) or len(enc89.ENC) != 22: errs.append("encoder/decoder sets")
    from collections import Counter
    ec = Counter(x["encoding"] for x in ev)
    if set(ec.values()) != {3}: errs.append("3 per encoding")
    # negatives
    if len(set(x["text"] for x in neg)) != len(neg): errs.append("dup negative text")
    for x in pos + ev + neg:
        if "PRIVATE KEY" in x["text"]: errs.append("private key armour " + x["id"])
    # checksums: GitHub-style CRC tokens
    for x in allrecs:
        for sp in x["secrets"]:
            for v in [sp["value"], sp.get("plain", "")]:
                m = re.fullmatch(r"(ghp_|gho_|ghs_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
                if m and common.b62_crc(m.group(2)) != m.group(3): errs.append("crc " + x["id"])
    # deny-list
    for name, what in own_names().items():
        h = denylist.overlap(name, D)
        if h: errs.append("deny-list: %s %s overlaps %s" % (what, name, h))
    for x in pos + ev + neg:
        h = denylist.overlap(x["container"], D)
        if h: errs.append("deny-list container %s %s" % (x["id"], h))
    for x in pos + ev:
        if denylist.overlap(x["type"], D): errs.append("deny-list type " + x["id"])
    for c3, c1, name, _ in langs:
        if not denylist.lang_ok(c3, c1, name, D): errs.append("language " + c3)
    if len(set(l[0] for l in langs)) != 40: errs.append("40 languages")
    # disjoint type sets
    ev_t = set(gen_everyday.TYPES); vd_t = set(t for t, _ in gen_vendor.V); pw_t = set(t for _, t, _ in gen_passwords.P)
    if ev_t & vd_t or ev_t & pw_t or vd_t & pw_t or len(vd_t) != len(gen_vendor.V) or len(pw_t) != len(gen_passwords.P): errs.append("type sets overlap")
    if gen_prose.TYPE in ev_t | vd_t | pw_t: errs.append("prose type")
    # counts
    src = Counter(x["source"] for x in pos)
    if src["everyday"] != 180 or len(gen_everyday.KINDS) != 45: errs.append("everyday count")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 130: errs.append("password count")
    if src["prose"] != 40: errs.append("prose count")
    if len(ev) != 66: errs.append("evasion count")
    if len(neg) < 180 or len(set(x["class"] for x in neg)) != 16: errs.append("negative count")
    return errs


def mutations(pos, ev, neg, langs):
    def m_shift(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m_end(p, e, n): p[3]["secrets"][0]["end"] -= 1
    def m_valneg(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m_plain(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m_extra(p, e, n): p[7]["text"] += " " + p[7]["secrets"][0]["value"]
    def m_plainneg(p, e, n): n[3]["text"] += e[4]["secrets"][0]["plain"]
    def m_dupneg(p, e, n): n[1]["text"] = n[0]["text"]
    def m_verbatim(p, e, n): e[2]["text"] += e[2]["secrets"][0]["plain"]
    def m_denyc(p, e, n): n[2]["container"] = "geohash_base32_alphabet"
    def m_denyc2(p, e, n): p[9]["container"] = "renviron_home_file"
    def m_armour(p, e, n): n[4]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----"
    def m_lang(p, e, n): langs2.append(("isl", "is", "Icelandic", ""))
    def m_copy(p, e, n): p[11]["text"] += p[200]["secrets"][0]["value"]
    def m_id(p, e, n): p[12]["id"] = "p88-s-0013"
    def m_trunc(p, e, n):
        sp = e[6]["secrets"][0]; sp["value"] = sp["value"][:-2]; sp["end"] -= 2
    def m_crc(p, e, n):
        for x in p:
            v = x["secrets"][0]["value"]
            if v.startswith("ghp_"):
                nv = v[:-1] + ("A" if v[-1] != "A" else "B")
                x["text"] = x["text"].replace(v, nv); x["secrets"][0]["value"] = nv
                return
    tests = [m_shift, m_end, m_valneg, m_plain, m_extra, m_plainneg, m_dupneg, m_verbatim, m_denyc, m_denyc2, m_armour, m_lang, m_copy, m_id, m_trunc, m_crc]
    failed = []
    for t in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        global langs2
        langs2 = list(langs)[:-1]
        t(p, e, n)
        if not check(p, e, n, langs2):
            failed.append(t.__name__)
    return tests, failed


def main():
    a = generate(); b = generate()
    outs = []
    for run in (a, b):
        pos, ev, neg, langs = run
        outs.append((dumps(pos), dumps(ev), dumps(neg), readme89.render(pos, ev, neg, langs)))
    if outs[0] != outs[1]:
        raise SystemExit("non-deterministic output")
    pos, ev, neg, langs = a
    errs = check(pos, ev, neg, langs)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("checks failed: %d" % len(errs))
    tests, failed = mutations(pos, ev, neg, langs)
    if failed:
        raise SystemExit("mutation tests not caught: %s" % failed)
    names = ["secrets.jsonl", "evasions.jsonl", "negatives.jsonl", "README.md"]
    for fn, data in zip(names, outs[0]):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests caught" % (len(pos), len(ev), len(neg), len(tests)))


if __name__ == "__main__":
    main()
