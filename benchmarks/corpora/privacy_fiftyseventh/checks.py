import json, re, copy
import denylist, gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_encodings, gen_decoders, gen_evasions, gen_negatives

REPEATABLE_NEG = {"public_key_or_certificate", "placeholder_or_redacted", "digest_or_checksum", "ciphertext_or_sealed_value",
    "masked_partial_value", "code_identifier_lookalike", "password_prose_no_value", "uuid_or_request_identifier",
    "version_or_build_string", "password_hash_not_plaintext", "secret_store_reference", "test_fixture_fake_credential",
    "vendor_documentation_value"}
NEW_NEG = ["hardware_serial_or_mac_address", "calibration_constant_block", "lorawan_eui_or_fieldbus_address"]

def own_names(S, E, N):
    names = set(gen_everyday.KINDS) | set(gen_everyday.NEW_TYPES) | set(gen_vendor.STYLES)
    names |= {r["type"] for r in S if r["source"] in ("vendor", "password", "prose")}
    names |= {gen_passwords.SH, gen_passwords.REPO, gen_passwords.SQL} | set(gen_prose.FORMATS)
    names |= set(gen_encodings.ENC) | set(gen_evasions.WORDINGS) | set(gen_negatives.WRAPPERS) | set(NEW_NEG)
    for kinds in gen_negatives.BASE.values():
        names |= set(kinds)
    names |= {k for k, _, _ in gen_negatives.docs()}
    for r in S + E + N:
        if r["source"] == "prose":
            names.add(r["container"].split("__")[0])
        else:
            names.add(r["container"])
    return names

def deny_check(names, deny):
    D = set(deny["names"])
    bad = []
    for n in names:
        for p in [n] + n.split("__"):
            if p.lower() in D:
                bad.append((n, p))
    return bad

def lang_check(deny):
    D, W = set(deny["names"]), set(deny["words"])
    L = {x.split("|")[0] for x in deny["languages"]}
    bad = []
    for code, name, _ in gen_prose.LANGS:
        if code in D or code in W or code in L or any(w.lower() in W for w in re.findall(r"[A-Za-z]+", name)):
            bad.append(code)
    return bad

def count_occ(text, v):
    c, i = 0, text.find(v)
    while i >= 0:
        c += 1; i = text.find(v, i + 1)
    return c

def run_all(S, E, N, deny):
    errs = []
    ids = set()
    for r in S + E + N:
        if r["id"] in ids: errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
    pat = {"s": r"^p57-s-\d{4}$", "e": r"^p57-e-\d{4}$", "n": r"^p57-n-\d{4}$"}
    for k, recs in (("s", S), ("e", E), ("n", N)):
        for r in recs:
            if not re.match(pat[k], r["id"]): errs.append("bad id " + r["id"])
    seen_vals = {}
    for r in S + E:
        t = r["text"]
        if "\ue000" in t or "\ue001" in t or "\x00" in t: errs.append("marker " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        last = -1
        for s in r["secrets"]:
            v = s["value"]
            if t[s["start"]:s["end"]] != v: errs.append("slice " + r["id"])
            if v != v.strip() or not v: errs.append("edge ws " + r["id"])
            if s["start"] < last: errs.append("order " + r["id"])
            last = s["start"]
            n_lab = sum(1 for x in r["secrets"] if x["value"] == v)
            if count_occ(t, v) != n_lab: errs.append("occurrence %s %r" % (r["id"], v[:20]))
            key = s.get("plain", v)
            if key in seen_vals and seen_vals[key] != r["id"]: errs.append("reused value " + r["id"])
            seen_vals[key] = r["id"]
            if "plain" in s:
                if key in seen_vals and False: pass
    pos_vals = {s["value"] for r in S for s in r["secrets"]}
    plains = [r["secrets"][0]["plain"] for r in E]
    if len(set(plains)) != len(plains): errs.append("dup plain")
    for r in E:
        s = r["secrets"][0]
        if set(s) != {"value", "start", "end", "type", "plain", "encoding"} or s["encoding"] != r["encoding"]: errs.append("evasion fields " + r["id"])
        try:
            dec = gen_decoders.DEC[s["encoding"]](r["text"][:s["start"]], s["value"])
        except Exception as ex:
            dec = "ERR %s" % ex
        if dec != s["plain"]: errs.append("decode %s %r" % (r["id"], dec))
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if s["plain"] in pos_vals: errs.append("plain is positive " + r["id"])
        if not re.match(r"^[A-Za-z0-9_.-]+$", s["plain"]): errs.append("plain alphabet " + r["id"])
    if set(gen_encodings.ENC) != set(gen_decoders.DEC) or len(gen_encodings.ENC) != 22: errs.append("enc/dec sets")
    from collections import Counter
    ce = Counter(r["encoding"] for r in E)
    if any(v != 3 for v in ce.values()) or len(ce) != 22: errs.append("enc counts")
    texts = set()
    doc_vals = [v for _, _, v in gen_negatives.docs()]
    for r in N:
        if r["text"] in texts: errs.append("dup neg text " + r["id"])
        texts.add(r["text"])
        for v in list(pos_vals) + plains:
            if len(v) >= 6 and v in r["text"]: errs.append("secret in negative " + r["id"])
        if "PRIVATE KEY" in r["text"]: errs.append("private key " + r["id"])
    for dv in doc_vals:
        if not any(dv in r["text"] for r in N): errs.append("doc value missing")
        if any(dv in r["text"] for r in S + E): errs.append("doc value in positive")
    bad = deny_check(own_names(S, E, N), deny)
    if bad: errs.append("deny overlap %r" % bad[:10])
    bl = lang_check(deny)
    if bl: errs.append("lang %r" % bl)
    src = Counter(r["source"] for r in S)
    ev_kinds = {r["container"] for r in S if r["source"] == "everyday"}
    if src["everyday"] != 180 or len(ev_kinds) != 45: errs.append("everyday count")
    if not 100 <= src["vendor"] <= 140: errs.append("vendor count")
    if not 90 <= src["password"] <= 120: errs.append("password count")
    if src["prose"] != 40 or len({r["container"].split("__")[1] for r in S if r["source"] == "prose"}) != 40: errs.append("prose count")
    if len(E) != 66: errs.append("evasion count")
    if len(N) < 180 or len({r["class"] for r in N}) != 16: errs.append("negative count")
    vt = [r["type"] for r in S if r["source"] == "vendor"]
    pt = [r["type"] for r in S if r["source"] == "password"]
    et = {r["type"] for r in S if r["source"] == "everyday"}
    if len(set(vt)) != len(vt) or len(set(pt)) != len(pt) or set(vt) & set(pt) or (set(vt) | set(pt)) & et: errs.append("type uniqueness")
    return errs

def mutations(S, E, N, deny):
    def m1(S, E, N): S[0]["secrets"][0]["start"] += 1
    def m2(S, E, N): S[1]["secrets"][0]["end"] -= 1
    def m3(S, E, N): N[0]["text"] += " " + S[2]["secrets"][0]["value"]
    def m4(S, E, N): E[0]["secrets"][0]["plain"] += "x"
    def m5(S, E, N): S[3]["text"] += " " + S[3]["secrets"][0]["value"]
    def m6(S, E, N): N[1]["text"] += " " + E[1]["secrets"][0]["plain"]
    def m7(S, E, N): N[2]["text"] = N[3]["text"]
    def m8(S, E, N): E[2]["text"] += " " + E[2]["secrets"][0]["plain"]
    def m9(S, E, N): N[4]["container"] = "foo__zeek_http_log_row"
    def m10(S, E, N): S[200]["container"] = "gvm_cli_gmp_password__x"
    def m11(S, E, N): E[5]["secrets"][0]["value"] = E[5]["secrets"][0]["value"][:-1]; E[5]["secrets"][0]["end"] -= 1
    caught = 0
    ms = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11]
    for m in ms:
        s, e, n = copy.deepcopy(S), copy.deepcopy(E), copy.deepcopy(N)
        m(s, e, n)
        if run_all(s, e, n, deny): caught += 1
    return caught, len(ms)
