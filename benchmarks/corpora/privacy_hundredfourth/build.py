#!/usr/bin/env python3
"""Build corpus p104 (physical security and building-access integrators). Stdlib only, fixed seeds."""
import copy, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import shapes104, everyday104, vendor104, positional104, prose104, negatives104, enc104, dec104

BRIEF_DIR = "/tmp/brief104"
FROZEN = os.path.join(HERE, "brief_names.json")
MARK = "\ue000"
LANG_WORDS_EXTRA = ["luxembourgish", "sundanese", "icelandic", "english"]  # named in the READMEs' prose

# ---------------------------------------------------------------- deny-list
def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            names.update(p for p in m.split("__") if p)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m); names.update(p for p in m.split("__") if p)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code)
            langs.update(w.lower() for w in re.split(r"[\s\-–]+", name) if w)
    langs.update(LANG_WORDS_EXTRA)
    return {"names": sorted(names), "languages": sorted(langs)}

def load_denylist():
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith(".md")]
        d = extract_denylist(texts)
        if "--freeze" in sys.argv or not os.path.exists(FROZEN):
            with open(FROZEN, "w", encoding="utf-8") as fh:
                json.dump(d, fh, indent=0, ensure_ascii=False)
        frozen = json.load(open(FROZEN, encoding="utf-8"))
        assert frozen == d, "deny-list in /tmp/brief104 differs from frozen brief_names.json"
    return json.load(open(FROZEN, encoding="utf-8"))

def lang_ok(code3, code1, name, deny):
    bad = set(deny["names"]) | set(deny["languages"])
    if code3 in bad or (code1 and code1 in bad):
        return False
    return not any(w.lower() in deny["languages"] for w in re.split(r"[\s\-]+", name))

# ---------------------------------------------------------------- helpers
def fill(template, value, **kw):
    text = template.format(**kw) if kw else template
    assert text.count("§") == 1, template
    pre, post = text.split("§")
    return pre + value + post, len(pre)

def rec(rid, typ, container, text, start, value, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}], "source": source}

USERS = ["admin", "installer", "svc_vms", "tech", "operator", "integrator", "root", "acsadmin"]

VENDOR_STYLES = [
    ("vms_plugin_appsettings_json", "{{\n  \"Integrations\": {{\n    \"@\": \"§\"\n  }}\n}}\n"),
    ("nvr_cloud_bridge_env_file", "# /etc/nvr-bridge/site{n}.env\n@=§\n"),
    ("site_survey_handover_row", "Bldg {a};cloud console;@;§;owner: facilities\n"),
    ("access_panel_gateway_systemd_unit", "[Service]\nEnvironment=\"@=§\"\nExecStart=/opt/acsgw/bin/gateway --site {n}\n"),
    ("camera_fleet_terraform_tfvars", "site = \"s{n}\"\n@ = \"§\"\n"),
    ("monitoring_center_runbook_snippet", "Step {a}: set the integration key on the receiver host\n    export @='§'\n"),
    ("docker_compose_vms_service_env", "services:\n  vms-sync:\n    environment:\n      @: \"§\"\n"),
    ("powershell_setx_machine_line", "PS C:\\> setx /M @ \"§\"\n"),
    ("integrator_slack_channel_paste", "eng{n} [1{a}:0{b}]: new key for the site integration -> @=§\n"),
    ("acs_integration_yaml_secrets", "integration:\n  vendor_site: s{n}\n  secrets:\n    @: §\n"),
]
EVA_TYPES = ["psi_evasion_nvr_admin_password", "psi_evasion_verkada_api_key", "psi_evasion_door_controller_password"]
EVA_WORDINGS = [
    ("integrator_forum_spoiler", "Spoiler ({what} of the lab bench NVR) – written {rule}:\n{run}\nDecode it yourself, I'm not pasting it in clear."),
    ("handover_sheet_footnote", "Footnote 3: the {what} is given {rule}:\n{run}\n(kept out of the main table on purpose)"),
    ("site_chat_riddle", "eng: ok so the {what}, {rule}:\n{run}\nhave fun :)"),
]
EVA_WHAT = {"psi_evasion_nvr_admin_password": "NVR admin password", "psi_evasion_verkada_api_key": "Verkada API key",
            "psi_evasion_door_controller_password": "door controller web password"}

# ---------------------------------------------------------------- generation
def generate(deny):
    from shapes104 import Gen, ALNUM
    pos, eva, neg = [], [], []
    sid = iter(range(1, 10000))
    # everyday
    g = Gen(random.Random(10401))
    T = everyday104.TYPES
    for i, (kind, tpl) in enumerate(everyday104.KINDS):
        for j in range(4):
            typ, key, fn = T[(i * 4 + j + i // 3) % len(T)]
            v = fn(g)
            kw = dict(a=g.r.randint(1, 99), b=g.r.randint(10, 59), c=g.r.randint(1, 9), n=g.r.randint(100, 999))
            text, st = fill(tpl.format(**kw).replace("@", key), v)
            pos.append(rec("p104-s-%04d" % next(sid), typ, kind, text, st, v, "everyday"))
    # vendor
    g = Gen(random.Random(10402))
    for i, (typ, key, fn) in enumerate(vendor104.TYPES):
        v = shapes104.age_identity(g) if fn is None else fn(g)
        style, tpl = VENDOR_STYLES[i % len(VENDOR_STYLES)]
        kw = dict(a=g.r.randint(1, 9), b=g.r.randint(1, 9), n=g.r.randint(10, 99))
        text, st = fill(tpl.format(**kw).replace("@", key), v)
        pos.append(rec("p104-s-%04d" % next(sid), typ, f"{typ}__{style}", text, st, v, "vendor"))
    # positional passwords
    g = Gen(random.Random(10403))
    for name, suffix, tpl in positional104.SYNTAXES:
        v = g.pw()
        kw = dict(a=g.r.randint(1, 254), b=g.r.randint(1, 254), n=g.r.randint(10, 99), u=g.r.choice(USERS))
        t = tpl.format(**kw).replace("%LEN%", str(len(v)))
        text, st = fill(t, v)
        pos.append(rec("p104-s-%04d" % next(sid), name, f"{name}__{suffix}", text, st, v, "password"))
    # prose
    g = Gen(random.Random(10404))
    langs = [l for l in prose104.LANGS if lang_ok(l[0], l[1], l[2], deny)][:40]
    for i, (c3, c1, name, sent) in enumerate(langs):
        v = g.pw()
        fmt, tpl = prose104.FORMATS[i % len(prose104.FORMATS)]
        kw = dict(a=g.r.randint(1, 9), b=g.r.randint(10, 59), d=g.r.randint(10, 28), n=g.r.randint(10, 99))
        text, st = fill(tpl.format(s=sent, **kw), v)
        pos.append(rec("p104-s-%04d" % next(sid), "integrator_nvr_password_told_at_handover", f"{fmt}__{c3}", text, st, v, "prose"))
    # evasions
    g = Gen(random.Random(10405))
    eid = iter(range(1, 10000))
    for i, enc in enumerate(enc104.ENC):
        for j in range(3):
            typ = EVA_TYPES[(i + j) % 3]
            plain = g.tok("", ALNUM, g.r.randint(24, 32)) if "api_key" in typ else g.pw()
            run = enc104.ENC[enc](plain, g.r)
            wname, wt = EVA_WORDINGS[j]
            text, st = fill(wt.format(what=EVA_WHAT[typ], rule=enc104.RULE[enc], run="§"), run)
            r = rec("p104-e-%04d" % next(eid), typ, f"{enc}__{wname}", text, st, run, "evasion")
            r["encoding"] = enc
            r["secrets"][0]["plain"] = plain; r["secrets"][0]["encoding"] = enc
            eva.append(r)
    # negatives
    g = Gen(random.Random(10406))
    nid = iter(range(1, 10000))
    for cls, bases in negatives104.CLASSES:
        for bk, fn in bases:
            for wsuf, wt in negatives104.WRAPPERS:
                neg.append({"id": "p104-n-%04d" % next(nid), "class": cls, "container": bk + wsuf,
                            "text": wt.replace("{t}", fn(g)), "source": "negative"})
    return pos, eva, neg, langs

def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")

# ---------------------------------------------------------------- checks
def own_names(pos, eva, neg):
    names = set()
    for r in pos + eva:
        names.add(r["container"]); names.add(r["type"])
        names.update(s["type"] for s in r["secrets"])
    for r in eva: names.add(r["encoding"])
    for r in neg: names.add(r["class"]); names.add(r["container"])
    names.update(k for k, _ in VENDOR_STYLES); names.update(k for k, _ in prose104.FORMATS)
    names.update(w for w, _ in EVA_WORDINGS); names.update(w.strip("_") for w, _ in negatives104.WRAPPERS if w)
    names.update({positional104.CLI, positional104.CFG, positional104.PROTO, positional104.CODE, positional104.SQL})
    return names

def check(pos, eva, neg, deny, langs):
    errs = []
    dn = set(deny["names"])
    for n in own_names(pos, eva, neg):
        for part in [n.lower()] + [p.lower() for p in n.split("__") if p]:
            if part in dn:
                errs.append(f"deny-list overlap: {part} (in {n})")
    for c3, c1, name, _ in langs:
        if not lang_ok(c3, c1, name, deny): errs.append("language " + c3)
    idre = {"p": re.compile(r"^p104-s-\d{4}$"), "e": re.compile(r"^p104-e-\d{4}$"), "n": re.compile(r"^p104-n-\d{4}$")}
    ids = [r["id"] for r in pos + eva + neg]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for r in pos: 
        if not idre["p"].match(r["id"]): errs.append("bad id " + r["id"])
    for r in eva:
        if not idre["e"].match(r["id"]): errs.append("bad id " + r["id"])
    for r in neg:
        if not idre["n"].match(r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + r["id"])
    values = {}
    for r in pos + eva:
        exp = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != exp: errs.append("fields " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type " + r["id"])
        for s in r["secrets"]:
            v = s["value"]
            if r["text"][s["start"]:s["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            occ = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if occ != 1: errs.append(f"occurrences {occ} {r['id']}")
            if v in values: errs.append("value reused " + r["id"])
            values[v] = r["id"]
        if MARK in r["text"] or "§" in r["text"] or "\x00" in r["text"]: errs.append("marker " + r["id"])
    plains = {}
    for r in eva:
        s = r["secrets"][0]
        if dec104.decode(s["encoding"], s["value"]) != s["plain"]: errs.append("decode " + r["id"])
        rule = enc104.RULE[s["encoding"]]
        if rule not in r["text"][:s["start"]]: errs.append("rule after/missing " + r["id"])
        if s["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if s["plain"] in plains or s["plain"] in values: errs.append("plain reused " + r["id"])
        plains[s["plain"]] = r["id"]
    needles = [(v, i) for v, i in values.items() if len(v) >= 6] + list(plains.items())
    for r in pos + eva + neg:
        for v, owner in needles:
            if owner != r["id"] and v in r["text"]:
                errs.append(f"value of {owner} in {r['id']}")
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)): errs.append("duplicate negative text")
    for r in pos + eva + neg:
        if "PRIVATE KEY" in r["text"]: errs.append("private key armour " + r["id"])
    for r in pos:
        if r["source"] == "vendor" and r["type"] == "github_classic_pat_crc" and not shapes104.crc_ok(r["secrets"][0]["value"], "ghp_"): errs.append("crc ghp")
        if r["source"] == "vendor" and r["type"] == "npm_automation_token_crc" and not shapes104.crc_ok(r["secrets"][0]["value"], "npm_"): errs.append("crc npm")
        if r["type"] == "age_x25519_identity_upper" and not shapes104.bech32_ok(r["secrets"][0]["value"]): errs.append("bech32")
    ev_t = {r["type"] for r in pos if r["source"] == "everyday"}
    ve_t = {r["type"] for r in pos if r["source"] == "vendor"}
    pw_t = {r["type"] for r in pos if r["source"] == "password"}
    if ev_t & ve_t or ev_t & pw_t or ve_t & pw_t: errs.append("span types overlap across parts")
    conts = [r["container"] for r in pos]
    if len(set(r["container"] for r in pos if r["source"] != "everyday")) != len([r for r in pos if r["source"] != "everyday"]): errs.append("container reuse")
    for r in pos + eva + neg: json.loads(json.dumps(r, ensure_ascii=False))
    return errs

def mutation_tests(pos, eva, neg, deny, langs):
    def caught(mut):
        p, e, n, l = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg), list(langs)
        mut(p, e, n, l)
        return bool(check(p, e, n, deny, l))
    tests = {
        "shifted start": lambda p, e, n, l: p[0]["secrets"][0].__setitem__("start", p[0]["secrets"][0]["start"] + 1),
        "value in negative": lambda p, e, n, l: n[0].__setitem__("text", n[0]["text"] + p[5]["secrets"][0]["value"]),
        "wrong plain": lambda p, e, n, l: e[0]["secrets"][0].__setitem__("plain", "x" + e[0]["secrets"][0]["plain"]),
        "duplicate negative": lambda p, e, n, l: n.append(dict(n[3], id="p104-n-9999")),
        "private key armour": lambda p, e, n, l: n[1].__setitem__("text", "-----BEGIN OPENSSH PRIVATE KEY-----"),
        "p99 encoding as container": lambda p, e, n, l: n[2].__setitem__("container", "gray_code_byte_bits"),
        "p98 everyday container as part": lambda p, e, n, l: p[9].__setitem__("container", "sra_toolkit_user_mkfg__x"),
        "wrong id prefix": lambda p, e, n, l: p[1].__setitem__("id", "p99-s-0002"),
        "deny-listed language": lambda p, e, n, l: l.append(("ltz", "lb", "Luxembourgish", "")),
        "plain leaked": lambda p, e, n, l: p[2].__setitem__("text", p[2]["text"] + e[4]["secrets"][0]["plain"]),
        "rule removed": lambda p, e, n, l: e[3].__setitem__("text", e[3]["text"].replace(enc104.RULE[e[3]["encoding"]], "somehow")),
        "broken crc": lambda p, e, n, l: [r["secrets"][0].__setitem__("value", r["secrets"][0]["value"][:-1] + ("A" if r["secrets"][0]["value"][-1] != "A" else "B")) or r.__setitem__("text", r["text"][:r["secrets"][0]["start"]] + r["secrets"][0]["value"] + r["text"][r["secrets"][0]["end"]:]) for r in p if r["type"] == "github_classic_pat_crc"],
        "extra occurrence": lambda p, e, n, l: p[7].__setitem__("text", p[7]["text"] + " " + p[7]["secrets"][0]["value"]),
    }
    return [k for k, f in tests.items() if not caught(f)]

def main():
    deny = load_denylist()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        assert dump(x) == dump(y), "non-deterministic"
    pos, eva, neg, langs = a
    errs = check(pos, eva, neg, deny, langs)
    if errs:
        print("\n".join(errs[:60])); sys.exit(1)
    missed = mutation_tests(pos, eva, neg, deny, langs)
    if missed:
        print("mutation tests not caught:", missed); sys.exit(1)
    import readme104
    r1 = readme104.render(pos, eva, neg, langs, deny); r2 = readme104.render(*generate(deny), deny)
    assert r1 == r2
    out = {"secrets.jsonl": dump(pos), "evasions.jsonl": dump(eva), "negatives.jsonl": dump(neg), "README.md": r1.encode()}
    for f, data in out.items():
        with open(os.path.join(HERE, f), "wb") as fh: fh.write(data)
    print("ok", {k: len(v) for k, v in (("secrets", pos), ("evasions", eva), ("negatives", neg))}, "langs", len(langs))

if __name__ == "__main__":
    main()
