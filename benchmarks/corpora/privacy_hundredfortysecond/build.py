"""Build corpus p142: python3 build.py  (stdlib only, fixed seeds, no clock, no network)."""
import copy, json, os, re, sys
import common142, everyday142, vendor142, positional142, prose142, enc142, dec142, negatives142, readme142

OUT = os.path.dirname(os.path.abspath(__file__))
D = common142.load_denylist()
NAMES, WORDS, TOKENS, LANGS = set(D["names"]), set(D["words"]), D["tokens"], set(D["languages"])

EV_TYPES = [("fs_evasion_wash_controller_password", "pw"), ("fs_evasion_fleet_api_hex_key", "h32"), ("fs_evasion_ocpp_auth_token", "a24")]
WORDINGS = [("forecourt_shift_whiteboard_puzzle", "Written on the forecourt shift whiteboard for the night crew."),
            ("carwash_break_room_sticky_code", "Sticky note in the car-wash break room, left by the tunnel tech."),
            ("fleet_desk_chat_cipher_game", "Fleet desk chat, Friday puzzle from the integration lead.")]
WHAT = {"pw": "wash controller admin password", "h32": "fleet API key", "a24": "OCPP auth token"}


def lang_denied(code, name):
    return code in LANGS or code in NAMES or code in WORDS or any(w.lower() in LANGS or w.lower() in WORDS for w in re.findall(r"[^\W\d_]+", name))


def gen():
    recs = everyday142.build()
    v, vdrop, vcand = vendor142.build(len(recs) + 1, lambda w: w in WORDS or w in NAMES)
    recs += v
    p, pdrop, pcut, pcand = positional142.build(len(recs) + 1, lambda s: any(s in t for t in TOKENS))
    recs += p
    pr, ldrop, lspare, lkept = prose142.build(len(recs) + 1, lang_denied)
    recs += pr
    g = common142.G(14205)
    ev, n = [], 0
    for ei, enc in enumerate(enc142.ENCODINGS):
        for j in range(3):
            typ, spec = EV_TYPES[j]
            wname, intro = WORDINGS[(ei + j) % 3]
            while True:
                plain = g.spec(spec)
                run = enc142.E(enc, plain)
                if plain not in run:
                    break
            text = "%s The %s is written %s:\n%s\nDecode it yourself, do not paste the result here." % (intro, WHAT[spec], enc142.RULES[enc], run)
            n += 1
            i = text.index(":\n" + run) + 2
            ev.append({"id": "p142-e-%04d" % n, "type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                       "secrets": [{"value": run, "start": i, "end": i + len(run), "type": typ, "plain": plain, "encoding": enc}],
                       "source": "evasion"})
    neg = negatives142.build()
    meta = {"vdrop": vdrop, "vcand": vcand, "pdrop": pdrop, "pcut": pcut, "pcand": pcand, "ldrop": ldrop, "lspare": lspare, "lkept": lkept}
    return recs, ev, neg, meta


def dumps(rs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)


def own_names():
    n = [k for k, _, _ in everyday142.KINDS] + [t for t, _, _ in everyday142.TYPES]
    n += [s for s, _, _ in vendor142.STYLES] + positional142.SUFFIXES + prose142.FORMATS + [prose142.TYPE]
    n += ["fcpw_" + s for s, _, _ in positional142.SYNTAXES] + enc142.ENCODINGS + [t for t, _ in EV_TYPES] + [w for w, _ in WORDINGS]
    n += [w for w in negatives142.WRAPPERS if w] + sorted({c for c, _, _ in negatives142.K(common142.G(0))}) + sorted({k for _, k, _ in negatives142.K(common142.G(0))})
    return n


def denied_name(x):
    x = x.lower()
    return any(p in NAMES or p in WORDS for p in [x] + x.split("__"))


def check(recs, ev, neg):
    err = []
    pos = recs + ev
    ids = [r["id"] for r in pos + neg]
    if len(ids) != len(set(ids)): err.append("dup ids")
    for r in recs:
        if set(r) != {"id", "type", "container", "text", "secrets", "source"} or not re.fullmatch(r"p142-s-\d{4}", r["id"]): err.append("fields/id " + r["id"])
    for r in ev:
        if set(r) != {"id", "type", "container", "encoding", "text", "secrets", "source"} or not re.fullmatch(r"p142-e-\d{4}", r["id"]): err.append("fields/id " + r["id"])
    for r in neg:
        if set(r) != {"id", "class", "container", "text", "source"} or not re.fullmatch(r"p142-n-\d{4}", r["id"]): err.append("fields/id " + r["id"])
    vals, plains = [], []
    for r in pos:
        if len(r["secrets"]) != 1: err.append("spans " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: err.append("offset " + r["id"])
            if v != v.strip() or not v: err.append("edge ws " + r["id"])
            if s["type"] != r["type"]: err.append("type " + r["id"])
            cnt = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if cnt != 1: err.append("count %d %s" % (cnt, r["id"]))
            vals.append(v)
            if r["source"] == "evasion":
                if set(s) != {"value", "start", "end", "type", "plain", "encoding"}: err.append("evfields " + r["id"])
                if dec142.decode(s["encoding"], v) != s["plain"]: err.append("decode " + r["id"])
                rule = enc142.RULES[s["encoding"]]
                if r["text"].find(rule) < 0 or r["text"].find(rule) > s["start"] or r["text"][s["start"] - 2:s["start"]] != ":\n": err.append("rule " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in v: err.append("plain " + r["id"])
                plains.append(s["plain"])
            elif set(s) != {"value", "start", "end", "type"}: err.append("spanfields " + r["id"])
            if r["source"] == "prose":
                t = r["text"]
                if (s["start"] > 0 and t[s["start"] - 1] != " ") or (s["end"] < len(t) and t[s["end"]] != " "): err.append("prose spacing " + r["id"])
        for bad in ("{V}", "\x00", "PRIVATE KEY", "{K}"):
            if bad in r["text"]: err.append("marker " + r["id"])
    if len(set(vals)) != len(vals) or len(set(plains)) != len(plains) or set(vals) & set(plains): err.append("value reuse")
    alltexts = [(r["id"], r["text"]) for r in pos] + [(r["id"], r["text"]) for r in neg]
    for r in pos:
        for s in r["secrets"]:
            for rid, t in alltexts:
                if rid != r["id"] and s["value"] in t: err.append("value %s in %s" % (r["id"], rid))
                if "plain" in s and s["plain"] in t: err.append("plain %s in %s" % (r["id"], rid))
    for r in neg:
        if "PRIVATE KEY" in r["text"]: err.append("neg armour " + r["id"])
    if len({r["text"] for r in neg}) != len(neg): err.append("dup negative text")
    if len({r["class"] for r in neg}) != 16 or len(neg) < 180: err.append("neg counts")
    # deny-list
    for x in own_names():
        if denied_name(x): err.append("deny own " + x)
    for r in pos + neg:
        for x in [r["container"], r.get("type", ""), r.get("class", ""), r.get("encoding", "")]:
            if x and denied_name(x): err.append("deny %s %s" % (r["id"], x))
    for r in recs:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            name = dict((c, n) for c, n, _ in prose142.LANGS)[code]
            if lang_denied(code, name): err.append("lang " + code)
    src = {}
    for r in recs:
        src.setdefault(r["source"], []).append(r)
    ts = {k: {r["type"] for r in v} for k, v in src.items()}
    ks = list(ts)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if ts[ks[i]] & ts[ks[j]]: err.append("type overlap")
    nonev = [r["container"] for r in recs if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)): err.append("container dup")
    c = {k: len(v) for k, v in src.items()}
    if c != {"everyday": 180, "vendor": 120, "password": 110, "prose": 40} or len(ev) != 66: err.append("counts %s" % c)
    if len({r["container"].split("__")[1] for r in src["prose"]}) != 40: err.append("langs")
    return err


def mutations(recs, ev, neg):
    tests = []
    def m1(a, b, c): a[0]["secrets"][0]["start"] += 1
    def m2(a, b, c): c[0]["text"] += " " + a[5]["secrets"][0]["value"]
    def m3(a, b, c): b[0]["secrets"][0]["plain"] = "x" + b[0]["secrets"][0]["plain"]
    def m4(a, b, c): c[1]["text"] = c[0]["text"]
    def m5(a, b, c): a[3]["text"] += "\n-----BEGIN PRIVATE KEY-----"
    def m6(a, b, c): a[7]["container"] = "lift_gate_axess_reader_ini"
    def m7(a, b, c): b[2]["encoding"] = "rot47_printable_ascii"
    def m8(a, b, c): a[9]["id"] = "p141-s-0010"
    def m9(a, b, c): c[2]["text"] += b[4]["secrets"][0]["plain"]
    def m10(a, b, c): c[3]["class"] = "vendor_docs_example_values"
    def m11(a, b, c):
        s = b[5]; rule = enc142.RULES[s["encoding"]]; s["text"] = s["text"].replace(rule, "in a way")
    def m12(a, b, c):
        r = a[11]; r["text"] = r["text"] + " " + r["secrets"][0]["value"]
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        a, b, c = copy.deepcopy(recs), copy.deepcopy(ev), copy.deepcopy(neg)
        m(a, b, c)
        tests.append((m.__name__, bool(check(a, b, c))))
    return tests


def main():
    r1, e1, n1, meta = gen()
    r2, e2, n2, _ = gen()
    files1 = [dumps(r1), dumps(e1), dumps(n1)]
    if files1 != [dumps(r2), dumps(e2), dumps(n2)]:
        sys.exit("non-deterministic")
    err = check(r1, e1, n1)
    if err:
        sys.exit("CHECK FAILED:\n" + "\n".join(err[:50]))
    mt = mutations(r1, e1, n1)
    if not all(ok for _, ok in mt):
        sys.exit("mutation not caught: %s" % [m for m, ok in mt if not ok])
    rd1 = readme142.render(r1, e1, n1, meta, D, mt)
    rd2 = readme142.render(r2, e2, n2, meta, D, mt)
    if rd1 != rd2:
        sys.exit("README non-deterministic")
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files1):
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(data)
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(rd1)
    print("ok", len(r1), len(e1), len(n1), "mutations", len(mt))


if __name__ == "__main__":
    main()
