"""Build corpus p91. python3 build.py  (stdlib only, fixed seeds, no clock/network)."""
import json, os, re, sys, copy, random, zlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common91 as C, gen_everyday91, gen_vendor91, gen_passwords91, gen_prose91, gen_negatives91, enc91, dec91, readme91

DROP_PW = {"guacamole_user_mapping_connection_param", "cloud_init_chpasswd_list_entry", "http_login_form_body_capture",
           "mqtt_connect_packet_fields_decoded", "ansible_inventory_inline_ssh_pass", "ansible_extra_vars_become_pass",
           "terraform_var_admin_password_pair", "az_vm_create_admin_password_flag"}
WORDINGS = {
 "codespace_handoff_issue_comment": ("Handing the codespace over to you. The value is {rule}:\n{run}\nDecode it locally, please, and do not re-paste it here.", ),
 "bastion_rotation_runbook_step": ("Step 4 of the bastion rotation. Paste the new value, which I wrote {rule}:\n{run}\nThen close the tmux window.", ),
 "live_share_session_sidebar_note": ("(Live Share side note) so the screen-share does not show it, here it is {rule}:\n{run}\n-- rotate after the session", ),
}
EV_TYPES = ["remote_devbox_ssh_key_passphrase", "bastion_jump_host_account_password", "dev_vm_sudo_password",
            "codespaces_user_secret_github_pat", "devcontainer_npm_publish_token", "preview_tunnel_ngrok_authtoken"]

def gen_evasions(used):
    r = random.Random(9105)
    pw = C.PwGen(r, used)
    recs, i = [], 0
    for enc in enc91.ENC:
        for wname, (tpl,) in WORDINGS.items():
            t = EV_TYPES[i % len(EV_TYPES)]; i += 1
            key, g = gen_everyday91.TYPES[t]
            while True:
                p = pw() if g == "pw" else g(r)
                run = enc91.ENC[enc](p)
                if p in used and g != "pw":
                    continue
                if run.strip() != run or p in run:
                    continue
                break
            used.add(p)
            rule = enc91.RULE[enc]
            text = tpl.format(rule=rule, run="\ue000")
            s = text.index("\ue000")
            text = text.replace("\ue000", run)
            recs.append({"type": t, "container": f"{enc}__{wname}", "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": p, "encoding": enc}],
                         "source": "evasion"})
    return recs

def generate():
    names, words, codes, langwords = C.load_denylist()
    used = set()
    ev = gen_everyday91.generate(used)
    ve = gen_vendor91.generate(used)
    pwr = [x for x in gen_passwords91.generate(used) if x["type"] not in DROP_PW]
    pr, excluded, chosen = gen_prose91.generate(used, names, codes, langwords, words)
    evs = gen_evasions(used)
    neg = gen_negatives91.generate()
    for x in pr:
        x.pop("_lang")
    pos = ev + ve + pwr + pr
    for i, x in enumerate(pos):
        pos[i] = {"id": f"p91-s-{i+1:04d}", **x}
    for i, x in enumerate(evs):
        evs[i] = {"id": f"p91-e-{i+1:04d}", **x}
    for i, x in enumerate(neg):
        neg[i] = {"id": f"p91-n-{i+1:04d}", **x}
    meta = {"excluded": excluded, "chosen": chosen, "deny": (names, words, codes, langwords)}
    return pos, evs, neg, meta

def dumps(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)

def own_names():
    out = {}
    out["everyday_kind"] = list(gen_everyday91.KINDS)
    out["everyday_type"] = list(gen_everyday91.TYPES)
    out["vendor_type"] = [v[0] for v in gen_vendor91.V]
    out["vendor_style"] = list(gen_vendor91.STYLES)
    out["password_type"] = [s[0] for s in gen_passwords91.S if s[0] not in DROP_PW]
    out["password_suffix"] = list(gen_passwords91.SUFFIX.values())
    out["prose_format"] = list(gen_prose91.FORMATS)
    out["prose_type"] = ["bastion_jump_host_password_told_in_chat"]
    out["encoding"] = list(enc91.ENC)
    out["evasion_wording"] = list(WORDINGS)
    out["negative_class"] = list(gen_negatives91.BASES) + ["vendor_docs_sample_value"]
    out["negative_base"] = [b for v in gen_negatives91.BASES.values() for b, _ in v] + [d for d, _ in gen_negatives91.DOCS]
    out["negative_wrapper"] = list(gen_negatives91.WRAP)
    return out

def check(pos, evs, neg, meta):
    errs = []
    names, words, codes, langwords = meta["deny"]
    idre = {"s": re.compile(r"p91-s-\d{4}$"), "e": re.compile(r"p91-e-\d{4}$"), "n": re.compile(r"p91-n-\d{4}$")}
    ids = [x["id"] for x in pos + evs + neg]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for k, recs in (("s", pos), ("e", evs), ("n", neg)):
        for x in recs:
            if not idre[k].match(x["id"]): errs.append("bad id " + x["id"])
            if json.loads(json.dumps(x, ensure_ascii=False)) != x: errs.append("json " + x["id"])
    allvals = {}
    for x in pos + evs:
        t = x["text"]
        if "\ue000" in t or "\ue001" in t or "\x00" in t: errs.append("marker " + x["id"])
        if x["type"] != x["secrets"][0]["type"]: errs.append("type " + x["id"])
        for sp in x["secrets"]:
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v: errs.append("offset " + x["id"])
            if v.strip() != v or not v: errs.append("edge ws " + x["id"])
            n_lab = sum(1 for s2 in x["secrets"] if s2["value"] == v)
            occ = sum(1 for i in range(len(t)) if t.startswith(v, i))
            if occ != n_lab: errs.append(f"occurrence {x['id']} {occ}!={n_lab}")
            key = sp.get("plain", v)
            allvals.setdefault(key, set()).add(x["id"])
            if "plain" in sp:
                allvals.setdefault(v, set()).add(x["id"])
    for v, s in allvals.items():
        if len(s) > 1: errs.append(f"value reused {v[:20]} {sorted(s)}")
    # cross-record leakage
    texts = [(x["id"], x["text"]) for x in pos + evs + neg]
    longvals = [(v, s) for v, s in allvals.items() if len(v) >= 6]
    for v, s in longvals:
        for rid, t in texts:
            if rid not in s and v in t: errs.append(f"value {v[:16]} of {sorted(s)} leaks into {rid}")
    # evasions
    from collections import Counter
    cnt = Counter(x["encoding"] for x in evs)
    if len(cnt) != 22 or set(cnt.values()) != {3}: errs.append("evasion counts")
    for x in evs:
        sp = x["secrets"][0]
        if dec91.decode(sp["encoding"], sp["value"]) != sp["plain"]: errs.append("decode " + x["id"])
        if enc91.RULE[x["encoding"]] not in x["text"][:sp["start"]]: errs.append("rule " + x["id"])
        if sp["plain"] in x["text"]: errs.append("plain verbatim " + x["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + x["id"])
    # negatives
    if len(set(x["text"] for x in neg)) != len(neg): errs.append("dup negative")
    for x in neg:
        if "PRIVATE KEY" in x["text"]: errs.append("private key " + x["id"])
    # checksums
    for x in pos:
        for sp in x["secrets"]:
            v = sp["value"]
            if re.fullmatch(r"(ghp_|npm_)[A-Za-z0-9]{36}", v):
                if C.crc_b62(v[4:34]) != v[34:]: errs.append("crc " + x["id"])
    # deny-list
    own = own_names()
    for cat, lst in own.items():
        for n in lst:
            o = C.name_overlaps(n, names)
            if o: errs.append(f"deny-list overlap {cat}: {n} {o}")
        if len(set(map(str.lower, lst))) != len(lst): errs.append("dup own name " + cat)
    for x in pos + evs + neg:
        o = C.name_overlaps(x["container"], names)
        if o: errs.append(f"deny-list container {x['id']} {x['container']} {o}")
    langs = [c[0] for c in meta["chosen"]]
    for c3, c1, name, _ in meta["chosen"]:
        if gen_prose91.ok_language(c3, c1, name, names, codes, langwords, words): errs.append("language " + c3)
    if len(set(langs)) != 40: errs.append("prose languages != 40")
    # counts
    src = Counter(x["source"] for x in pos)
    if src["everyday"] != 180 or not 100 <= src["vendor"] <= 140 or not 90 <= src["password"] <= 125 or src["prose"] != 40:
        errs.append(f"counts {src}")
    if len(neg) < 180 or len(set(x["class"] for x in neg)) != 16: errs.append("negative counts")
    ts = [x["type"] for x in pos if x["source"] in ("vendor", "password")]
    if len(ts) != len(set(ts)): errs.append("vendor/password types not unique")
    if set(ts) & set(gen_everyday91.TYPES): errs.append("types overlap everyday")
    return errs

def mutation_tests(pos, evs, neg, meta):
    muts = []
    def m1(p, e, n): p[0]["secrets"][0]["start"] += 1
    def m2(p, e, n): n[0]["text"] += " " + p[3]["secrets"][0]["value"]
    def m3(p, e, n): e[0]["secrets"][0]["plain"] = "wrong-plain99"
    def m4(p, e, n): p[5]["text"] += "\n" + p[5]["secrets"][0]["value"]
    def m5(p, e, n): n[1]["text"] = n[0]["text"]
    def m6(p, e, n): n[2]["text"] += "\n-----BEGIN OPENSSH PRIVATE KEY-----"
    def m7(p, e, n): n[3]["container"] = "base32_standard_padded"
    def m8(p, e, n): p[7]["id"] = "p87-s-0008"
    def m9(p, e, n): p[-1]["container"] = "irssi_window_log_line__fra"
    def m10(p, e, n): p[10]["text"] = p[10]["text"] + " " + e[4]["secrets"][0]["plain"]
    for m in (m1, m2, m3, m4, m5, m6, m7, m8, m9, m10):
        p, e, n = copy.deepcopy(pos), copy.deepcopy(evs), copy.deepcopy(neg)
        m(p, e, n)
        if not check(p, e, n, meta):
            muts.append(m.__name__)
    return muts

def main():
    a = generate(); b = generate()
    ja = [dumps(x) for x in a[:3]]; jb = [dumps(x) for x in b[:3]]
    if ja != jb: sys.exit("non-deterministic JSONL")
    pos, evs, neg, meta = a
    errs = check(pos, evs, neg, meta)
    if errs:
        print("\n".join(errs[:60])); sys.exit(f"{len(errs)} check failures")
    missed = mutation_tests(pos, evs, neg, meta)
    if missed: sys.exit("mutation tests not caught: " + ", ".join(missed))
    ra = readme91.render(pos, evs, neg, meta, own_names(), DROP_PW, WORDINGS)
    rb = readme91.render(*b[:3], b[3], own_names(), DROP_PW, WORDINGS)
    if ra != rb: sys.exit("non-deterministic README")
    for fn, s in (("secrets.jsonl", ja[0]), ("evasions.jsonl", ja[1]), ("negatives.jsonl", ja[2]), ("README.md", ra)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
            f.write(s)
    print(f"ok: {len(pos)} positives, {len(evs)} evasions, {len(neg)} negatives")

if __name__ == "__main__":
    main()
