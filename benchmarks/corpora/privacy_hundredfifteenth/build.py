#!/usr/bin/env python3
"""Build p115: generate twice, compare bytes, check everything, then write JSONL + README."""
import copy, json, os, random, re, sys, zlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common115, everyday115, vendor115, positional115, prose115, evasions115, negatives115, enc115, dec115, readme115

BRIEF = "/tmp/brief115"
DENY_FILE = os.path.join(HERE, "brief_names.json")
SEEDS = {"everyday": 11501, "vendor": 11502, "password": 11503, "prose": 11504, "evasion": 11505, "negative": 11506}


def load_deny():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = common115.extract_denylist(texts)
        if os.path.exists(DENY_FILE):
            if json.load(open(DENY_FILE, encoding="utf-8")) != d:
                raise SystemExit("deny-list changed vs frozen brief_names.json")
        else:
            json.dump(d, open(DENY_FILE, "w", encoding="utf-8"), indent=0, sort_keys=True)
        return d
    return json.load(open(DENY_FILE, encoding="utf-8"))


def pick_languages(deny):
    names, langs, words = set(deny["names"]), set(deny["langs"]), set(deny["words"])
    used, excluded = [], []
    for L in prose115.LANGS:
        iso3, iso1, name, _ = L
        bad = iso3 in names or iso3 in langs or (iso1 and (iso1 in names or iso1 in langs))
        bad = bad or any(w.lower() in langs or w.lower() in words for w in re.findall(r"[A-Za-z]+", name))
        (excluded if bad else used).append(L)
    return used[:40], excluded, used[40:]


def generate(deny):
    langs, _, _ = pick_languages(deny)
    pos = (everyday115.build(random.Random(SEEDS["everyday"])) + vendor115.build(random.Random(SEEDS["vendor"]))
           + positional115.build(random.Random(SEEDS["password"])) + prose115.build(random.Random(SEEDS["prose"]), langs))
    ev = evasions115.build(random.Random(SEEDS["evasion"]))
    neg = negatives115.build(random.Random(SEEDS["negative"]))
    out = []
    for prefix, rs in (("s", pos), ("e", ev), ("n", neg)):
        recs = []
        for i, rec in enumerate(rs, 1):
            rec = dict(rec)
            recs.append({"id": "p115-%s-%04d" % (prefix, i), **rec})
        out.append(recs)
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    n = set()
    n |= {k for k, _ in everyday115.KINDS} | {t for t, _, _ in everyday115.TYPES}
    n |= {t for t, _, _ in vendor115.VENDORS} | {s for s, _ in vendor115.STYLES}
    n |= {"fieldpw_" + s for s, _, _ in positional115.SYNTAXES} | {s for s, _, _ in positional115.SYNTAXES}
    n |= set(positional115.SUFFIX.values()) | {f for f, _ in prose115.FORMATS} | {prose115.SPAN_TYPE}
    n |= set(enc115.RULES) | {w for w, _, _ in evasions115.WORDINGS} | {t for t, _, _ in evasions115.ETYPES}
    n |= set(negatives115.BASES) | {b for v in negatives115.BASES.values() for b, _ in v}
    n |= {w.lstrip("_") for w, _ in negatives115.WRAPPERS if w}
    return n


def deny_hits(name, deny_names):
    name = name.lower()
    parts = [name] + [p for p in name.split("__") if p]
    return [p for p in parts if p in deny_names]


def check(pos, ev, neg, deny):
    errs = []
    dn = set(deny["names"])
    allrecs = pos + ev + neg
    ids = [r["id"] for r in allrecs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in pos:
        if set(r) != {"id", "type", "container", "text", "secrets", "source"}:
            errs.append("fields " + r["id"])
    for r in ev:
        if set(r) != {"id", "type", "container", "text", "secrets", "source", "encoding"}:
            errs.append("fields " + r["id"])
    for r in neg:
        if set(r) != {"id", "class", "container", "text", "source"}:
            errs.append("fields " + r["id"])
    for prefix, rs in (("s", pos), ("e", ev), ("n", neg)):
        for r in rs:
            if not re.fullmatch(r"p115-%s-\d{4}" % prefix, r["id"]):
                errs.append("bad id " + r["id"])
    values, plains = [], []
    for r in pos + ev:
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("type mismatch " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v:
                errs.append("offset " + r["id"])
            if v != v.strip() or not v:
                errs.append("edge whitespace " + r["id"])
            cnt = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if cnt != 1:
                errs.append("occurrences %d %s" % (cnt, r["id"]))
            values.append((v, r["id"]))
            if "plain" in s:
                plains.append((s["plain"], r["id"]))
                try:
                    if dec115.decode(s["encoding"], v) != s["plain"]:
                        errs.append("decode " + r["id"])
                except Exception as e:
                    errs.append("decode error %s %s" % (r["id"], e))
                rule = enc115.RULES[s["encoding"]]
                if rule not in r["text"][:s["start"]]:
                    errs.append("rule not before run " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
                    errs.append("plain alphabet " + r["id"])
                if s["encoding"] != r["encoding"]:
                    errs.append("encoding field " + r["id"])
    vs = [v for v, _ in values] + [p for p, _ in plains]
    if len(vs) != len(set(vs)):
        errs.append("reused value or plain")
    texts = [(r["id"], r["text"]) for r in allrecs]
    for v, vid in values:
        for tid, t in texts:
            if tid != vid and v in t:
                errs.append("value of %s in %s" % (vid, tid))
    for p, pid in plains:
        for tid, t in texts:
            if p in t:
                errs.append("plain of %s in %s" % (pid, tid))
    for tid, t in texts:
        if common115.SLOT in t or "\x00" in t or "PRIVATE KEY" in t:
            errs.append("bad content " + tid)
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("duplicate negative text")
    if len({r["class"] for r in neg}) != 16:
        errs.append("negative class count")
    # deny-list
    for n in own_names():
        for h in deny_hits(n, dn):
            errs.append("deny-list hit %s (%s)" % (n, h))
    for r in allrecs:
        fields = [r["container"], r.get("class", ""), r.get("encoding", ""), r.get("type", "")]
        fields += [s["type"] for s in r.get("secrets", [])]
        for f in fields:
            if f:
                for h in deny_hits(f, dn):
                    errs.append("deny-list hit in record %s: %s" % (r["id"], h))
    langs, _, _ = pick_languages(deny)
    if len(langs) != 40:
        errs.append("need 40 languages")
    # counts and disjointness
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    if len(src.get("everyday", [])) != 180 or not 100 <= len(src.get("vendor", [])) <= 140 or \
            not 90 <= len(src.get("password", [])) <= 125 or len(src.get("prose", [])) != 40 or len(ev) != 66:
        errs.append("counts")
    tsets = [{r["type"] for r in src.get(k, [])} for k in ("everyday", "vendor", "password", "prose")]
    for i in range(4):
        for j in range(i + 1, 4):
            if tsets[i] & tsets[j]:
                errs.append("span types overlap")
    encs = {}
    for r in ev:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("encodings")
    # structured shapes
    for r in pos:
        v = r["secrets"][0]["value"]
        if r["type"] == "ogm_field_ticket_bearer_jwt" or r["type"].endswith("_jwt") or r["type"] == "seequent_central_access_token":
            import base64
            h, p, _ = v.split(".")
            json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    for r in neg:
        if r["container"].startswith("dnp3_link_frame_capture_hex"):
            hx = bytes.fromhex(r["text"].split("DNP3 link hdr: ")[1].split("\n")[0])
            if negatives115.crc_dnp(hx[:8]) != hx[8:10]:
                errs.append("dnp3 crc " + r["id"])
        if r["container"].startswith("modbus_rtu_frame_trace_crc"):
            hx = bytes.fromhex(r["text"].split("TX: ")[1].split("\n")[0])
            if negatives115.crc_modbus(hx[:-2]) != hx[-2:]:
                errs.append("modbus crc " + r["id"])
    return errs


def mutations(pos, ev, neg, deny):
    tests = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] += "x"
    def m4(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] = n[0]["text"]
    def m6(p, e, n): p[7]["text"] += "\n-----BEGIN PRIVATE KEY-----"
    def m7(p, e, n): n[2]["container"] = "gray_code_byte_bits"
    def m8(p, e, n): p[9]["id"] = "p114-s-0010"
    def m9(p, e, n): p[200]["container"] = "crew_rostering_fastapi_dotenv"
    def m10(p, e, n): p[11]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m11(p, e, n):
        s = e[2]["secrets"][0]
        rule = enc115.RULES[s["encoding"]]
        e[2]["text"] = e[2]["text"].replace(rule, "in some notation")
        d = len(rule) - len("in some notation")
        s["start"] -= d; s["end"] -= d
    def m12(p, e, n): e[5]["container"] = e[5]["encoding"] + "__efb_forum_decoder_challenge"
    def m13(p, e, n): p[300]["type"] = p[300]["secrets"][0]["type"] = "sitepw_plink_dash_pw"
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(P, E, N)
        if not check(P, E, N, deny):
            raise SystemExit("mutation not caught: " + f.__name__)
        tests.append(f.__name__)
    # language filter mutation: a deny-listed language must be rejected
    saved = prose115.LANGS
    prose115.LANGS = [("isl", "is", "Icelandic", "x")] + saved
    try:
        _, exc, _ = pick_languages(deny)
        if not exc or exc[0][0] != "isl":
            raise SystemExit("mutation not caught: deny-listed language isl")
    finally:
        prose115.LANGS = saved
    tests.append("m14_language_isl")
    return tests


def main():
    deny = load_deny()
    a = generate(deny)
    b = generate(deny)
    ba = [dumps(x) for x in a]
    bb = [dumps(x) for x in b]
    if ba != bb:
        raise SystemExit("non-deterministic output")
    pos, ev, neg = a
    errs = check(pos, ev, neg, deny)
    if errs:
        print("\n".join(errs[:60]))
        raise SystemExit("%d check failures" % len(errs))
    tests = mutations(pos, ev, neg, deny)
    langs, excluded, spare = pick_languages(deny)
    info = {"deny": deny, "langs": langs, "excluded": excluded, "spare": spare, "mutations": tests, "seeds": SEEDS}
    r1 = readme115.render(pos, ev, neg, info)
    r2 = readme115.render(*generate(deny), info)
    if r1 != r2:
        raise SystemExit("README not deterministic")
    for name, data in (("secrets.jsonl", ba[0]), ("evasions.jsonl", ba[1]), ("negatives.jsonl", ba[2]), ("README.md", r1)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok: %d positives, %d evasions, %d negatives, %d mutation tests" % (len(pos), len(ev), len(neg), len(tests)))


if __name__ == "__main__":
    main()
