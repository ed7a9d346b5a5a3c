"""Build p86: generate twice, compare bytes, check, then write secrets/evasions/negatives JSONL + README.md."""
import base64, copy, json, os, re, sys, zlib
import common, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives, enc86, dec86, denylist, readme86

HERE = os.path.dirname(os.path.abspath(__file__))
DENY = denylist.load()
DNAMES = set(DENY["names"])
DLCODES = {c for c, n in DENY["languages"]}
DLNAMES = {n for c, n in DENY["languages"]}
DWORDS = set(DENY["words"])


def lang_ok(code, name):
    if code in DNAMES or code in DLCODES or code in DWORDS:
        return False
    if name.lower() in DLNAMES:
        return False
    return not any(w in DWORDS or w in DLNAMES for w in re.findall(r"[^\W\d_]+", name.lower()))


def choose_languages():
    ok = [c for c in gen_prose.CANDIDATES if lang_ok(c[0], c[1])]
    excluded = [c[0] for c in gen_prose.CANDIDATES if not lang_ok(c[0], c[1])]
    return ok[:40], excluded, [c[0] for c in ok[40:]]


def generate():
    langs, excluded, unused = choose_languages()
    pos = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate(langs)
    for i, r in enumerate(pos, 1):
        r["id"] = "p86-s-%04d" % i
    ev = gen_evasions.generate()
    for i, r in enumerate(ev, 1):
        r["id"] = "p86-e-%04d" % i
    neg = gen_negatives.generate()
    for i, r in enumerate(neg, 1):
        r["id"] = "p86-n-%04d" % i
    meta = {"langs": langs, "excluded": excluded, "unused": unused}
    return pos, ev, neg, meta


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def own_names():
    n = {}
    n["everyday kind"] = list(gen_everyday.KINDS)
    n["everyday type"] = list(gen_everyday.TYPES)
    n["vendor type"] = [v[0] for v in gen_vendor.VENDORS]
    n["vendor style"] = list(gen_vendor.STYLES)
    n["password syntax"] = [s[0] for s in gen_passwords.S]
    n["password suffix"] = list(gen_passwords.SUFFIX.values())
    n["prose format"] = list(gen_prose.FORMATS)
    n["prose type"] = [gen_prose.TYPE]
    n["encoding"] = list(enc86.ENC)
    n["evasion wording"] = list(gen_evasions.WORDINGS)
    n["negative class"] = [c for c, _ in gen_negatives.CLASSES] + ["published_documentation_credential"]
    n["negative base kind"] = [k for _, b in gen_negatives.CLASSES for k, _ in b]
    n["negative wrapper"] = list(gen_negatives.WRAP)
    n["documentation kind"] = [d[0] for d in gen_negatives.DOCS]
    return n


def check(pos, ev, neg, meta):
    errs = []
    E = errs.append
    allrec = pos + ev + neg
    ids = [r["id"] for r in allrec]
    if len(set(ids)) != len(ids):
        E("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p86-s-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p86-e-\d{4}", r["id"]): E("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p86-n-\d{4}", r["id"]): E("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: E("neg fields " + r["id"])
    for r in allrec:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: E("json round trip " + r["id"])
        if "\u00a7" in r["text"] or "\u27e6" in r["text"] or "\x00" in r["text"] or common.MARK in r["text"]:
            E("leftover marker " + r["id"])
    values = []
    for r in pos + ev:
        if r["type"] != r["secrets"][0]["type"]: E("type mismatch " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: E("offset " + r["id"])
            if v != v.strip() or not v: E("edge whitespace " + r["id"])
            occ = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if occ != sum(1 for t in r["secrets"] if t["value"] == v): E("occurrence count " + r["id"])
            values.append((v, r["id"]))
            if "plain" in s:
                values.append((s["plain"], r["id"]))
        if r["source"] == "evasion":
            s = r["secrets"][0]
            if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: E("evasion span fields " + r["id"])
            if s["encoding"] != r["encoding"]: E("evasion encoding " + r["id"])
            try:
                if dec86.decode(s["encoding"], s["value"]) != s["plain"]: E("decode " + r["id"])
            except Exception as ex:
                E("decode error %s %r" % (r["id"], ex))
            if s["plain"] in r["text"]: E("plain verbatim " + r["id"])
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): E("plain alphabet " + r["id"])
            ph = enc86.PHRASE[s["encoding"]]
            if ph not in r["text"] or r["text"].index(ph) > s["start"]: E("phrase not before run " + r["id"])
    vs = [v for v, _ in values]
    if len(set(vs)) != len(vs): E("value or plain reused")
    texts = {r["id"]: r["text"] for r in allrec}
    for v, rid in values:
        if len(v) < 6:
            continue
        for oid, t in texts.items():
            if oid != rid and v in t:
                E("value of %s in %s" % (rid, oid))
    # negatives
    nt = [r["text"] for r in neg]
    if len(set(nt)) != len(nt): E("duplicate negative text")
    for r in neg:
        if "PRIVATE KEY" in r["text"]: E("private key armour " + r["id"])
    docvals = [d[1] for d in gen_negatives.DOCS if d[1]] + [gen_negatives.JWT_IO]
    if gen_negatives.jwt_io_recomputed() != gen_negatives.JWT_IO: E("jwt.io sample not reproduced")
    if base64.b64encode(b"foobar").decode() != "Zm9vYmFy": E("rfc4648 vector")
    for dv in docvals:
        if not any(dv in t for t in nt): E("doc value missing " + dv)
        if any(dv in r["text"] for r in pos + ev) and len(dv) >= 6: E("doc value in positive " + dv)
    # checksums
    for r in pos:
        v = r["secrets"][0]["value"]
        if v.startswith("glsa_"):
            body, crc = v[:-9], v[-8:]
            if "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF) != crc: E("glsa crc " + r["id"])
        if v.startswith("npm_"):
            if common.crc32_b62(v[4:34]) != v[34:]: E("npm crc " + r["id"])
        if v.startswith("AGE-SECRET-KEY-1"):
            if not common.bech32_verify(v): E("age bech32 " + r["id"])
    # deny-list
    names = own_names()
    for cat, lst in names.items():
        for n in lst:
            for part in [n] + n.split("__"):
                if part.lower() in DNAMES:
                    E("deny-list overlap (%s): %s" % (cat, part))
    for r in allrec:
        c = r["container"]
        for part in [c] + c.split("__"):
            if part.lower() in DNAMES: E("deny-listed container %s in %s" % (part, r["id"]))
        if r.get("class", "").lower() in DNAMES: E("deny-listed class " + r["id"])
    prose = [r for r in pos if r["source"] == "prose"]
    codes = [r["container"].split("__")[1] for r in prose]
    lname = dict((c[0], c[1]) for c in gen_prose.CANDIDATES)
    for c in codes:
        if c not in lname or not lang_ok(c, lname[c]): E("deny-listed language " + c)
    if len(set(codes)) != 40: E("prose languages != 40")
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180 or len({r["container"] for r in pos if r["source"] == "everyday"}) != 45: E("everyday counts")
    if not 100 <= src.get("vendor", 0) <= 140: E("vendor count")
    if not 90 <= src.get("password", 0) <= 125: E("password count")
    if len(ev) != 66 or any(sum(1 for r in ev if r["encoding"] == e) != 3 for e in enc86.ENC) or len(enc86.ENC) != 22: E("evasion counts")
    if len(neg) < 180 or len({r["class"] for r in neg}) != 16: E("negative counts")
    vt = names["vendor type"] + names["password syntax"]
    if len(set(vt)) != len(vt) or set(vt) & set(names["everyday type"]): E("type sets not disjoint")
    return errs


def mutations(pos, ev, neg, meta):
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): p[1]["secrets"][0]["end"] -= 1
    def m3(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m4(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m5(p, e, n): p[2]["text"] += " " + p[2]["secrets"][0]["value"]
    def m6(p, e, n): n[1]["text"] = n[0]["text"]
    def m7(p, e, n): n[2]["text"] += "-----BEGIN OPENSSH PRIVATE KEY-----"
    def m8(p, e, n): n[3]["container"] = "base45_qr_alphabet"
    def m9(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__ita"
    def m10(p, e, n): p[3]["text"] += " " + p[4]["secrets"][0]["value"]
    def m11(p, e, n): p[0]["id"] = "p85-s-0001"
    def m12(p, e, n): p[6]["text"] += " AKIAIOSFODNN7EXAMPLE"
    def m13(p, e, n): p[7]["container"] = "wp_config_php_constants"
    def m14(p, e, n): e[1]["text"] = e[1]["text"] + e[1]["secrets"][0]["plain"]
    def m15(p, e, n):
        s = [x for x in p if x["secrets"][0]["value"].startswith("glsa_")][0]
        v = s["secrets"][0]["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        s["text"] = s["text"].replace(v, nv); s["secrets"][0]["value"] = nv
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15]
    for m in ms:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, meta):
            raise SystemExit("mutation not caught: " + m.__name__)
    return len(ms)


def main():
    a = generate()
    b = generate()
    outs = []
    for g in (a, b):
        pos, ev, neg, meta = g
        outs.append((dump(pos), dump(ev), dump(neg)))
    if outs[0] != outs[1]:
        raise SystemExit("non-deterministic JSONL")
    pos, ev, neg, meta = a
    errs = check(pos, ev, neg, meta)
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit("checks failed (%d)" % len(errs))
    nm = mutations(pos, ev, neg, meta)
    ra = readme86.render(pos, ev, neg, meta, DENY, nm)
    rb = readme86.render(*b, DENY, nm)
    if ra != rb:
        raise SystemExit("non-deterministic README")
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), outs[0]):
        open(os.path.join(HERE, name), "wb").write(data)
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(ra)
    print("ok: %d positives, %d evasions, %d negatives, %d mutations caught" % (len(pos), len(ev), len(neg), nm))
    print("languages excluded:", meta["excluded"])


if __name__ == "__main__":
    main()
