"""Build p108 corpus: generate twice, compare, check, mutation-test, then write."""
import copy, json, os, random, re, string, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import shapes108, everyday108, vendor108, positional108, prose108, negatives108, enc108, dec108, readme108

BRIEF = "/tmp/brief108"
SLOT = shapes108.SLOT


def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(m.lower())
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.update(w.lower() for w in re.findall(r"[A-Za-z]+", nm))
        for para in re.findall(r"Prose languages[^\n]*", t):
            langs.update(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", para))
    for n in list(names):
        for part in n.split("__"):
            if part:
                names.add(part)
    return sorted(names), sorted(langs)


def load_denylist():
    frozen = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        names, langs = extract_denylist(texts)
        d = {"names": names, "languages": langs}
        if os.path.exists(frozen):
            old = json.load(open(frozen, encoding="utf-8"))
            assert old == d, "frozen deny-list differs from /tmp/brief108"
        return d, True
    return json.load(open(frozen, encoding="utf-8")), False


def pick_languages(deny):
    names, langs = set(deny["names"]), set(deny["languages"])
    chosen, excluded = [], []
    for c3, c1, name, sent in prose108.LANGS:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        bad = c3 in names or c3 in langs or (c1 and (c1 in names or c1 in langs)) or any(w in langs or w in names for w in words)
        (excluded if bad else chosen).append((c3, c1, name, sent))
    return chosen[:40], [x[0] for x in excluded]


RULE_WORDINGS = [
    ("ocpp_forum_puzzle_post", "[forum] Spoiler: the %s is written %s:\n%s\n(decode it yourself, not posting it in clear)\n"),
    ("field_crew_radio_log_aside", "Radio log 06:40 - dispatcher read out the %s, written %s:\n%s\nend of transmission\n"),
    ("tariff_sheet_margin_note", "Margin note on tariff sheet v7: the %s, written %s:\n%s\n- shred after use\n"),
]
EV_TYPES = [
    ("grid_evasion_csms_admin_password", "CSMS admin password"),
    ("grid_evasion_vrm_hex_token", "VRM API token"),
    ("grid_evasion_ocpi_partner_token", "OCPI partner token"),
]


def ev_plain(rng, t):
    if t == 0:
        w = rng.choice(shapes108.WORDS).replace("-", "")
        if rng.random() < 0.4:
            w = w.capitalize()
        return w + rng.choice("-_") + shapes108.rs(rng, string.ascii_lowercase + string.digits, rng.randint(4, 7)) + shapes108.rs(rng, string.digits, 2)
    if t == 1:
        return shapes108.rs(rng, shapes108.HEX, 24)
    return shapes108.uid(rng)


def build_evasions(seed=10805):
    rng = random.Random(seed)
    out = []
    for name, (fn, rule) in enc108.ENC.items():
        for j in range(3):
            tname, label = EV_TYPES[j]
            wname, wtpl = RULE_WORDINGS[j]
            while True:
                p = ev_plain(rng, j)
                run = fn(p)
                text = wtpl % (label, rule, SLOT)
                text, s, e = shapes108.place(text, run)
                if p not in text and run == run.strip():
                    break
            out.append({"type": tname, "container": name + "__" + wname, "text": text, "encoding": name,
                        "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": p, "encoding": name}],
                        "source": "evasion"})
    return out


def generate(deny):
    langs, excluded = pick_languages(deny)
    pos = everyday108.build() + vendor108.build() + positional108.build() + prose108.build(langs)
    for i, r in enumerate(pos):
        r["id"] = "p108-s-%04d" % (i + 1)
    ev = build_evasions()
    for i, r in enumerate(ev):
        r["id"] = "p108-e-%04d" % (i + 1)
    neg = negatives108.build()
    for i, r in enumerate(neg):
        r["id"] = "p108-n-%04d" % (i + 1)
    order_p = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "text", "encoding", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    pos = [{k: r[k] for k in order_p} for r in pos]
    ev = [{k: r[k] for k in order_e} for r in ev]
    neg = [{k: r[k] for k in order_n} for r in neg]
    return pos, ev, neg, langs, excluded


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names(pos, ev, neg):
    n = set()
    for r in pos + ev:
        n.add(r["container"]); n.add(r["type"])
        for s in r["secrets"]:
            n.add(s["type"])
    for r in ev:
        n.add(r["encoding"])
    for r in neg:
        n.add(r["class"]); n.add(r["container"])
    n.update(x[0] for x in vendor108.STYLES)
    n.update(positional108.SUFFIX.values())
    n.update(prose108.FORMATS)
    n.update(w[0] for w in RULE_WORDINGS)
    n.update(w[0].lstrip("_") for w in negatives108.WRAPPERS if w[0])
    return n


def check(pos, ev, neg, deny, langs):
    err = []
    ids = [r["id"] for r in pos + ev + neg]
    if len(set(ids)) != len(ids):
        err.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p108-s-\d{4}", r["id"]): err.append("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p108-e-\d{4}", r["id"]): err.append("bad id " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p108-n-\d{4}", r["id"]): err.append("bad id " + r["id"])
    values, plains = [], []
    for r in pos + ev:
        t = r["text"]
        if SLOT in t or "\x00" in t or "PRIVATE KEY" in t: err.append("marker in " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: err.append("type mismatch " + r["id"])
        if len(r["secrets"]) != 1: err.append("span count " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v: err.append("offset " + r["id"])
            if v != v.strip(): err.append("edge ws " + r["id"])
            cnt = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if cnt != 1: err.append("occurrences %d in %s" % (cnt, r["id"]))
            values.append((v, r["id"]))
            if "plain" in s:
                plains.append((s["plain"], r["id"]))
                try:
                    if dec108.decode(s["encoding"], v) != s["plain"]: err.append("decode " + r["id"])
                except Exception as ex:
                    err.append("decode crash %s %r" % (r["id"], ex))
                rule = enc108.ENC[s["encoding"]][1]
                if rule not in t[:s["start"]]: err.append("rule not before run " + r["id"])
                if s["plain"] in t: err.append("plain verbatim " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_-]+", s["plain"]): err.append("plain alphabet " + r["id"])
    if len(set(v for v, _ in values)) != len(values): err.append("value reused")
    if len(set(p for p, _ in plains)) != len(plains): err.append("plain reused")
    alltexts = [(r["id"], r["text"]) for r in pos + ev + neg]
    for v, rid in [x for x in values if len(x[0]) >= 6] + plains:
        for oid, t in alltexts:
            if oid != rid and v in t:
                err.append("value of %s in %s" % (rid, oid))
    if len(set(r["text"] for r in neg)) != len(neg): err.append("duplicate negative")
    # deny-list
    dn = set(deny["names"])
    for n in own_names(pos, ev, neg):
        for part in [n] + n.split("__"):
            if part and part.lower() in dn:
                err.append("deny-list overlap: " + part)
    dl = set(deny["languages"])
    for c3, c1, name, _ in langs:
        if c3 in dn or c3 in dl or (c1 and (c1 in dn or c1 in dl)):
            err.append("language code denied " + c3)
    # counts
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    if src.get("everyday") != 180: err.append("everyday count")
    if not 100 <= src.get("vendor", 0) <= 140: err.append("vendor count")
    if not 85 <= src.get("password", 0) <= 125: err.append("password count")
    if src.get("prose") != 40 or len(set(r["container"].split("__")[1] for r in pos if r["source"] == "prose")) != 40: err.append("prose count")
    if len(ev) != 66 or len(enc108.ENC) != 22: err.append("evasion count")
    if len(neg) < 180 or len(set(r["class"] for r in neg)) != 16: err.append("negative count")
    ty = {}
    for r in pos:
        ty.setdefault(r["source"], set()).add(r["type"])
    for a in ty:
        for b in ty:
            if a < b and ty[a] & ty[b]: err.append("types shared %s/%s" % (a, b))
    return err


def mutations(pos, ev, neg, deny, langs):
    muts = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += p[5]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] = "wrongplain1"
    def m4(p, e, n): p[3]["text"] += " " + p[3]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] = n[0]["text"]
    def m6(p, e, n): p[2]["text"] += "-----BEGIN PRIVATE KEY-----"
    def m7(p, e, n): n[2]["container"] = "septenary_triplet_bytes"
    def m8(p, e, n): p[4]["id"] = "p104-s-0005"
    def m9(p, e, n): p[-1]["container"] = "handover_email_plaintext__xx"
    def m10(p, e, n): p[9]["text"] += e[0]["secrets"][0]["plain"]
    def m11(p, e, n):
        r = e[1]; s = r["secrets"][0]; rule = enc108.ENC[s["encoding"]][1]
        r["text"] = r["text"].replace(rule, "in some way")
        d = len(rule) - len("in some way"); s["start"] -= d; s["end"] -= d
    def m12(p, e, n): p[0]["container"] = "foo__vendor_support_ticket_dummy__" + "integrator_teams_chat_paste"
    for f in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(ev), copy.deepcopy(neg)
        f(p, e, n)
        if not check(p, e, n, deny, langs):
            raise SystemExit("mutation not caught: " + f.__name__)
    return 12


def main():
    deny, live = load_denylist()
    a = generate(deny)
    b = generate(deny)
    files_a = [dumps(x) for x in a[:3]]
    files_b = [dumps(x) for x in b[:3]]
    assert files_a == files_b, "non-deterministic"
    pos, ev, neg, langs, excluded = a
    err = check(pos, ev, neg, deny, langs)
    if err:
        print("\n".join(sorted(set(err))[:80]))
        raise SystemExit("checks failed: %d" % len(err))
    nm = mutations(pos, ev, neg, deny, langs)
    r1 = readme108.render(pos, ev, neg, langs, excluded, deny, nm)
    r2 = readme108.render(*generate(deny)[:3], langs, excluded, deny, nm)
    assert r1 == r2
    if live:
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=0, sort_keys=True)
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files_a):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print("ok", len(pos), len(ev), len(neg), "excluded languages:", excluded)


if __name__ == "__main__":
    main()
