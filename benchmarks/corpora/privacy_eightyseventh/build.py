"""Build corpus p87: generate twice, compare bytes, check, then write. Standard library only."""
import json, re, copy, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common87, denylist87, gen_everyday87, gen_vendor87, gen_passwords87, gen_prose87, gen_evasions87, gen_negatives87, enc87, dec87, readme87

HERE = os.path.dirname(os.path.abspath(__file__))
DROP_PW = {"mcabber_rc_set_password_line", "mercurial_hgrc_auth_prefix_password", "offlineimap_remotepass_line",
           "iwd_psk_file_passphrase_line", "hostapd_conf_wpa_passphrase_line", "postgres_alter_role_encrypted_password_literal",
           "macos_security_add_internet_password_w_argument", "emacs_erc_tls_password_keyword",
           "plex_sign_in_user_password_form_field", "kubectl_config_set_credentials_password"}

def allowed_langs(deny):
    names = set(deny["names"]); langs = set(deny["langs"]); lw = set(deny["lang_words"])
    ok, excluded = [], []
    for code, c3, name, _ in gen_prose87.LANGS:
        bad = code in names or c3 in names or code in langs or c3 in langs or name.lower() in lw or any(w in lw for w in name.lower().split())
        (excluded if bad else ok).append(code)
    return ok, excluded

def generate():
    deny = denylist87.load()
    ev = gen_everyday87.generate()
    ve = gen_vendor87.generate()
    pw = [x for x in gen_passwords87.generate() if x["type"] not in DROP_PW]
    ok, excluded = allowed_langs(deny)
    pr, langs = gen_prose87.generate(set(ok))
    pos = ev + ve + pw + pr
    for i, x in enumerate(pos):
        x["id"] = "p87-s-%04d" % (i + 1)
    evs = gen_evasions87.generate()
    for i, x in enumerate(evs):
        x["id"] = "p87-e-%04d" % (i + 1)
    negs, docs = gen_negatives87.generate()
    for i, x in enumerate(negs):
        x["id"] = "p87-n-%04d" % (i + 1)
    order_pos = ["id", "type", "container", "text", "secrets", "source"]
    pos = [{k: x[k] for k in order_pos} for x in pos]
    evs = [{k: x[k] for k in ["id", "type", "container", "encoding", "text", "secrets", "source"]} for x in evs]
    negs = [{k: x[k] for k in ["id", "class", "container", "text", "source"]} for x in negs]
    meta = dict(deny=deny, excluded=excluded, langs=langs, docs=docs)
    return pos, evs, negs, meta

def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

def count_overlapping(t, v):
    n, i = 0, t.find(v)
    while i != -1:
        n += 1; i = t.find(v, i + 1)
    return n

def own_names(pos, evs, negs):
    n = set()
    n |= {t[0] for t in gen_everyday87.TYPES} | {c[0] for c in gen_everyday87.CONTAINERS[:45]}
    n |= {v[0] for v in gen_vendor87.VENDORS} | {s[0] for s in gen_vendor87.STYLES}
    n |= {s[0] for s in gen_passwords87.SYN} | set(gen_passwords87.SUFFIX.values())
    n |= {f[0] for f in gen_prose87.FORMATS} | {gen_prose87.TYPE}
    n |= set(enc87.ENC) | {w[0] for w in gen_evasions87.WORDINGS}
    n |= set(gen_negatives87.BASE) | {k for v in gen_negatives87.BASE.values() for k, _ in v} | set(gen_negatives87.WRAPPERS)
    n |= {d[0] for d in gen_negatives87.DOCS} | {gen_negatives87.DOC_CLASS}
    for r in pos + evs + negs:
        n.add(r["container"])
    return n

def check(pos, evs, negs, meta):
    errs = []
    deny = set(meta["deny"]["names"])
    # ids, schema
    for rows, pre in ((pos, "p87-s-"), (evs, "p87-e-"), (negs, "p87-n-")):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids): errs.append("dup id " + pre)
        for r in rows:
            if not re.fullmatch(re.escape(pre) + r"\d{4}", r["id"]): errs.append("bad id " + r["id"])
            if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
    allvals = []
    for r in pos + evs:
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        if common87.M in r["text"] or "\x00" in r["text"]: errs.append("marker " + r["id"])
        for s in r["secrets"]:
            keys = ["value", "start", "end", "type"] + (["plain", "encoding"] if r["source"] == "evasion" else [])
            if list(s) != keys: errs.append("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]: errs.append("slice " + r["id"])
            if s["value"] != s["value"].strip(): errs.append("edge ws " + r["id"])
            if count_overlapping(r["text"], s["value"]) != 1: errs.append("occurrences " + r["id"])
            allvals.append((r["id"], s["value"]))
            if "plain" in s: allvals.append((r["id"], s["plain"]))
    vs = [v for _, v in allvals]
    if len(set(vs)) != len(vs): errs.append("value reused")
    texts = [(r["id"], r["text"]) for r in pos + evs + negs]
    for rid, v in allvals:
        if len(v) < 6: continue
        for tid, t in texts:
            if tid != rid and v in t: errs.append("value of %s in %s" % (rid, tid)); break
    # evasions
    for r in evs:
        s = r["secrets"][0]
        if dec87.decode(s["encoding"], s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]): errs.append("plain alphabet " + r["id"])
        if r["text"].find(enc87.RULES[s["encoding"]]) == -1 or r["text"].find(enc87.RULES[s["encoding"]]) > s["start"]: errs.append("rule before run " + r["id"])
        if r["encoding"] != s["encoding"]: errs.append("enc field " + r["id"])
    c = collections.Counter(r["encoding"] for r in evs)
    if set(c) != set(enc87.ENC) or set(c.values()) != {3}: errs.append("encoder counts")
    # negatives
    nt = [r["text"] for r in negs]
    if len(set(nt)) != len(nt): errs.append("dup negative")
    for r in negs:
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    for v in meta["docs"].values():
        if not any(v in t for t in nt): errs.append("doc value missing")
        if any(v in r["text"] for r in pos + evs): errs.append("doc value in positive")
    # deny-list
    for n in own_names(pos, evs, negs):
        for p in [n.lower()] + [x for x in n.lower().split("__") if x]:
            if p in deny: errs.append("deny-list overlap: %s (%s)" % (n, p))
    langs = meta["langs"]
    if len(langs) != 40 or len({l[0] for l in langs}) != 40: errs.append("prose langs")
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            if code in meta["deny"]["langs"] or code in deny: errs.append("prose lang deny " + r["id"])
    # counts
    src = collections.Counter(r["source"] for r in pos)
    ev_kinds = {r["container"] for r in pos if r["source"] == "everyday"}
    if src["everyday"] != 180 or len(ev_kinds) != 45: errs.append("everyday counts")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 125: errs.append("password count")
    if src["prose"] != 40: errs.append("prose count")
    if len(evs) != 66 or len(negs) < 180 or len({r["class"] for r in negs}) != 16: errs.append("evasion/negative counts")
    vt = [r["type"] for r in pos if r["source"] == "vendor"]; pt = [r["type"] for r in pos if r["source"] == "password"]
    et = {r["type"] for r in pos if r["source"] == "everyday"}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append("type sets")
    # checksummed shapes
    for r in pos:
        v = r["secrets"][0]["value"]
        if re.fullmatch(r"(ghp|gho|ghu|npm)_[A-Za-z0-9]{36}", v) and common87.crc32_b62(v[4:34]) != v[34:]: errs.append("crc " + r["id"])
        if v.upper().startswith("AGE-SECRET-KEY-1") or v.startswith("nsec1"):
            if not common87.bech32_verify(v): errs.append("bech32 " + r["id"])
    return errs

def mutation_tests(pos, evs, negs, meta):
    muts = []
    def m(name, f):
        P, E, N = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(negs); f(P, E, N); muts.append((name, check(P, E, N, meta)))
    m("shifted start", lambda P, E, N: P[0]["secrets"][0].__setitem__("start", P[0]["secrets"][0]["start"] + 1))
    m("shortened end", lambda P, E, N: P[5]["secrets"][0].__setitem__("end", P[5]["secrets"][0]["end"] - 1))
    m("value in negative", lambda P, E, N: N[3].__setitem__("text", N[3]["text"] + " " + P[200]["secrets"][0]["value"]))
    m("wrong plain", lambda P, E, N: E[2]["secrets"][0].__setitem__("plain", E[2]["secrets"][0]["plain"] + "x"))
    m("extra occurrence", lambda P, E, N: P[9].__setitem__("text", P[9]["text"] + "\n" + P[9]["secrets"][0]["value"]))
    m("duplicate negative", lambda P, E, N: N[4].__setitem__("text", N[5]["text"]))
    m("private key armour", lambda P, E, N: N[6].__setitem__("text", "-----BEGIN OPENSSH PRIVATE KEY-----"))
    m("deny-listed container", lambda P, E, N: N[7].__setitem__("container", "php_hex2bin_call"))
    m("wrong id prefix", lambda P, E, N: P[1].__setitem__("id", "p86-s-0002"))
    m("doc value in positive", lambda P, E, N: P[2].__setitem__("text", P[2]["text"] + meta["docs"]["crc32_check"]))
    m("deny-listed prose language", lambda P, E, N: [r.__setitem__("container", r["container"].rsplit("__", 1)[0] + "__fo") for r in P if r["source"] == "prose"][:1])
    return muts

def main():
    a = generate(); b = generate()
    ja = [dumps(x) for x in a[:3]]; jb = [dumps(x) for x in b[:3]]
    assert ja == jb, "non-deterministic JSONL"
    pos, evs, negs, meta = a
    errs = check(pos, evs, negs, meta)
    if errs:
        print("\n".join(errs[:60])); sys.exit(1)
    muts = mutation_tests(pos, evs, negs, meta)
    missed = [n for n, e in muts if not e]
    if missed:
        print("mutations not caught:", missed); sys.exit(1)
    ra = readme87.render(pos, evs, negs, meta, len(muts)); rb = readme87.render(*b, len(muts))
    assert ra == rb, "non-deterministic README"
    for name, data in (("secrets.jsonl", ja[0]), ("evasions.jsonl", ja[1]), ("negatives.jsonl", ja[2]), ("README.md", ra)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(data)
    print("ok", len(pos), len(evs), len(negs), "mutations caught:", len(muts))

if __name__ == "__main__":
    main()
