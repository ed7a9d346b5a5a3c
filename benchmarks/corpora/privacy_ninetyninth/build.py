#!/usr/bin/env python3
"""Build corpus p99 (teachers, students and course platforms in programming education).
Python 3 stdlib only; fixed seeds; no clock, environment or network. Generates twice, compares, checks, writes."""
import copy, json, os, random, re, sys
sys.dont_write_bytecode = True
import common99 as C
import gen_everyday99, gen_vendor99, gen_passwords99, gen_prose99, gen_negatives99, enc99, dec99
import readme99

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief99"
SEEDS = {"everyday": 9901, "vendor": 9902, "password": 9903, "prose": 9904, "evasion": 9905, "negative": 9906}
N_PROSE = 40

WORDINGS = {
 "ta_staff_channel_hint": ("[staff-{c}] {u}: not pasting it in clear because of the bot, it is written {rule}:\n", "\n(decode it yourself, then delete this message)\n"),
 "autograder_readme_obfuscated_step": ("## Step 4 – connect the grader\nThe value for {k} is given {rule}:\n", "\nDecode it once and put it in the hub settings.\n"),
 "lab_vm_motd_puzzle_line": ("*** {c} lab image – welcome ***\ntoday's value for {k}, {rule}:\n", "\n*** have a nice lab ***\n"),
}
EVA_TYPES = ["lab_vm_student_login_password", "shared_class_account_password", "ta_gradebook_portal_password",
             "lti_consumer_shared_secret", "jupyterhub_service_api_token", "course_google_oauth_client_secret"]


def load_deny():
    frozen = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        fresh = C.extract_denylist(texts)
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding="utf-8")) != fresh:
                raise SystemExit("FAIL: brief_names.json differs from re-extracted deny-list")
        else:
            with open(frozen, "w", encoding="utf-8") as f:
                json.dump(fresh, f, indent=0, sort_keys=True)
        return fresh
    return json.load(open(frozen, encoding="utf-8"))


def pick_langs(deny):
    names, words, codes, langs = set(deny["names"]), set(deny["words"]), set(deny["codes"]), set(deny["langs"])
    ok, rejected = [], []
    for code, name, sent in gen_prose99.LANGS:
        ws = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        if code in names or code in codes or code[:2] in codes or any(w in langs or w in words for w in ws):
            rejected.append(code)
        else:
            ok.append((code, name, sent))
    return ok[:N_PROSE], rejected, [x[0] for x in ok[N_PROSE:]]


def gen_evasions(ctx):
    recs = []
    i = 0
    for enc, (rule, f) in enc99.ENC.items():
        for w, (pre, post) in WORDINGS.items():
            t = EVA_TYPES[i % len(EVA_TYPES)]; i += 1
            for _ in range(200):
                if t.endswith("password"):
                    plain = ctx.plain_password()
                else:
                    plain = gen_everyday99.value(ctx, t)
                run = f(plain)
                if plain not in run and run == run.strip() and re.fullmatch(r"[A-Za-z0-9_.-]+", plain):
                    break
            head = pre.format(rule=rule, c=ctx.course(), u=ctx.user(), k=t.upper())
            text = head + run + post
            s = len(head)
            recs.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs


def generate(langs):
    used = set()
    ev = gen_everyday99.generate(C.Ctx(random.Random(SEEDS["everyday"]), used))
    ve = gen_vendor99.generate(C.Ctx(random.Random(SEEDS["vendor"]), used))
    pw = gen_passwords99.generate(C.Ctx(random.Random(SEEDS["password"]), used))
    pr = gen_prose99.generate(C.Ctx(random.Random(SEEDS["prose"]), used), langs)
    ea = gen_evasions(C.Ctx(random.Random(SEEDS["evasion"]), used))
    ng = gen_negatives99.generate(C.Ctx(random.Random(SEEDS["negative"]), set()))
    pos = ev + ve + pw + pr
    out_pos = [dict({"id": f"p99-s-{i+1:04d}"}, **r) for i, r in enumerate(pos)]
    out_ev = [dict({"id": f"p99-e-{i+1:04d}"}, **r) for i, r in enumerate(ea)]
    out_ng = [dict({"id": f"p99-n-{i+1:04d}"}, **r) for i, r in enumerate(ng)]
    return out_pos, out_ev, out_ng


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def own_names():
    n = {}
    n["everyday_kind"] = list(gen_everyday99.CONTAINERS)
    n["everyday_type"] = list(gen_everyday99.TYPES)
    n["vendor_type"] = [t for t, _ in gen_vendor99.V]
    n["vendor_style"] = [s for s, _ in gen_vendor99.STYLES]
    n["password_syntax"] = [t for t, _, _ in gen_passwords99.P]
    n["password_suffix"] = list(gen_passwords99.SUFFIX.values())
    n["prose_format"] = [f for f, _ in gen_prose99.FORMATS]
    n["prose_type"] = [gen_prose99.SPAN_TYPE]
    n["encoding"] = list(enc99.ENC)
    n["evasion_wording"] = list(WORDINGS)
    n["negative_class"] = list(gen_negatives99.BASES)
    n["negative_base"] = [b for v in gen_negatives99.BASES.values() for b, _ in v]
    n["negative_wrapper"] = [w.lstrip("_") for w, _ in gen_negatives99.WRAP if w]
    return n


def check(pos, ev, ng, deny, langs):
    errs = []
    names = set(deny["names"])
    allrecs = pos + ev
    ids = [r["id"] for r in pos + ev + ng]
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for r in pos:
        if not re.fullmatch(r"p99-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p99-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    for r in ng:
        if not re.fullmatch(r"p99-n-\d{4}", r["id"]): errs.append("bad id " + r["id"])
    vals = []
    for r in allrecs:
        if set(r) - {"id", "type", "container", "text", "secrets", "source", "encoding"}: errs.append("extra field " + r["id"])
        if r["type"] != r["secrets"][0]["type"]: errs.append("type mismatch " + r["id"])
        if json.loads(json.dumps(r, ensure_ascii=False)) != r: errs.append("json " + r["id"])
        if C.MARK in r["text"] or "\x00" in r["text"]: errs.append("marker " + r["id"])
        for sp in r["secrets"]:
            v = sp["value"]
            if r["text"][sp["start"]:sp["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip() or not v: errs.append("edge ws " + r["id"])
            cnt = sum(1 for i in range(len(r["text"])) if r["text"].startswith(v, i))
            if cnt != sum(1 for s2 in r["secrets"] if s2["value"] == v): errs.append("occurrence count " + r["id"])
            vals.append((r["id"], v))
            if "plain" in sp: vals.append((r["id"], sp["plain"]))
    seen = {}
    for rid, v in vals:
        if v in seen and seen[v] != rid: errs.append("reused value " + rid)
        seen[v] = rid
    longvals = [(rid, v) for rid, v in vals if len(v) >= 6]
    blob = {r["id"]: r["text"] for r in allrecs}
    for rid, v in longvals:
        for oid, t in blob.items():
            if oid != rid and v in t: errs.append(f"value of {rid} in {oid}")
        for n in ng:
            if v in n["text"]: errs.append(f"value of {rid} in negative {n['id']}")
    # evasions
    for r in ev:
        sp = r["secrets"][0]
        if dec99.decode(sp["encoding"], sp["value"]) != sp["plain"]: errs.append("decode " + r["id"])
        rule = enc99.ENC[sp["encoding"]][0]
        if r["text"].find(rule) < 0 or r["text"].find(rule) > sp["start"]: errs.append("rule before run " + r["id"])
        if sp["plain"] in r["text"]: errs.append("plain verbatim " + r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alphabet " + r["id"])
        if r["encoding"] != sp["encoding"]: errs.append("encoding field " + r["id"])
    from collections import Counter
    ec = Counter(r["encoding"] for r in ev)
    if len(ec) != 22 or set(ec.values()) != {3}: errs.append("encoder use counts")
    # negatives
    texts = [n["text"] for n in ng]
    if len(set(texts)) != len(texts): errs.append("duplicate negative text")
    for n in ng:
        if set(n) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + n["id"])
    if any("PRIVATE KEY" in r["text"] for r in pos + ev + ng): errs.append("private key armour")
    if len({n["class"] for n in ng}) != 16 or len(ng) < 180: errs.append("negative counts")
    # GitHub fine-grained / other structural re-checks
    for r in pos:
        for sp in r["secrets"]:
            if sp["value"].startswith("github_pat_11") and not re.fullmatch(r"github_pat_11[A-Z0-9]{22}_[A-Za-z0-9]{59}", sp["value"]): errs.append("gh shape " + r["id"])
    # deny-list
    own = own_names()
    for cat, lst in own.items():
        if len(set(lst)) != len(lst): errs.append("own names not unique in " + cat)
        for nm in lst:
            for part in [nm.lower()] + nm.lower().split("__"):
                if part in names: errs.append(f"deny-list hit {cat}: {nm}")
    for r in pos + ev + ng:
        labels = [r.get("container", ""), r.get("class", ""), r.get("type", ""), r.get("encoding", "")]
        labels += [sp["type"] for sp in r.get("secrets", [])]
        for nm in labels:
            if not nm: continue
            for part in [nm.lower()] + nm.lower().split("__"):
                if part in names: errs.append(f"deny-list hit record {r['id']}: {part}")
    et, vt, pt = set(own["everyday_type"]), set(own["vendor_type"]), set(own["password_syntax"])
    if et & vt or et & pt or vt & pt or gen_prose99.SPAN_TYPE in et | vt | pt: errs.append("span type categories overlap")
    pl = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    if len(set(pl)) != N_PROSE or len(pl) != N_PROSE: errs.append("prose language count")
    codes = set(deny["codes"]) | names
    for code in pl:
        if code in codes: errs.append("deny-listed prose language " + code)
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180 or not (80 <= src["vendor"] <= 140) or not (85 <= src["password"] <= 125): errs.append("category counts " + str(src))
    return errs


def mutations(pos, ev, ng, deny, langs):
    fails = []
    def expect(name, p, e, n):
        if not check(p, e, n, deny, langs): fails.append(name)
    p = copy.deepcopy(pos); p[0]["secrets"][0]["start"] += 1; expect("shifted start", p, ev, ng)
    n = copy.deepcopy(ng); n[3]["text"] += pos[5]["secrets"][0]["value"]; expect("value in negative", pos, ev, n)
    e = copy.deepcopy(ev); e[4]["secrets"][0]["plain"] += "x"; expect("wrong plain", pos, e, ng)
    p = copy.deepcopy(pos); p[9]["text"] += " " + p[9]["secrets"][0]["value"]; expect("extra occurrence", p, ev, ng)
    n = copy.deepcopy(ng); n[1]["text"] = n[0]["text"]; expect("duplicate negative", pos, ev, n)
    n = copy.deepcopy(ng); n[2]["text"] += "-----BEGIN RSA PRIVATE KEY-----"; expect("private key armour", pos, ev, n)
    n = copy.deepcopy(ng); n[0]["container"] = "base45_rfc9285_qr_alphabet"; expect("p95 encoding as container", pos, ev, n)
    p = copy.deepcopy(pos); p[0]["id"] = "p95-s-0001"; expect("wrong id prefix", p, ev, ng)
    p = copy.deepcopy(pos)
    for r in p:
        if r["source"] == "prose":
            r["container"] = r["container"].split("__")[0] + "__ltz"; break
    expect("deny-listed prose language", p, ev, ng)
    p = copy.deepcopy(pos); p[20]["text"] += ev[0]["secrets"][0]["plain"]; expect("plain leaked", p, ev, ng)
    e = copy.deepcopy(ev); r = e[7]; rule = enc99.ENC[r["encoding"]][0]; r["text"] = r["text"].replace(rule, "as agreed"); sp = r["secrets"][0]
    sp["start"] = r["text"].index(sp["value"]); sp["end"] = sp["start"] + len(sp["value"]); expect("rule removed", pos, e, ng)
    p = copy.deepcopy(pos); p[30]["container"] = p[30]["container"] + "__crowdin_yml_api_token_line"; expect("p95 container as part", p, ev, ng)
    return fails


def main():
    deny = load_deny()
    langs, rejected, spare = pick_langs(deny)
    a = generate(langs); b = generate(langs)
    for x, y in zip(a, b):
        if dumps(x) != dumps(y): raise SystemExit("FAIL: non-deterministic")
    pos, ev, ng = a
    errs = check(pos, ev, ng, deny, langs)
    if errs:
        print("\n".join(errs[:60])); raise SystemExit(f"FAIL: {len(errs)} check errors")
    mf = mutations(pos, ev, ng, deny, langs)
    if mf: raise SystemExit("FAIL: mutation tests not caught: " + ", ".join(mf))
    r1 = readme99.render(pos, ev, ng, deny, langs, rejected, spare, own_names(), WORDINGS, SEEDS)
    r2 = readme99.render(*generate(langs), deny, langs, rejected, spare, own_names(), WORDINGS, SEEDS)
    if r1 != r2: raise SystemExit("FAIL: README not deterministic")
    for fn, recs in (("secrets.jsonl", pos), ("evasions.jsonl", ev), ("negatives.jsonl", ng)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f: f.write(dumps(recs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f: f.write(r1)
    print(f"ok: {len(pos)} positives, {len(ev)} evasions, {len(ng)} negatives; 12 mutation tests caught; rejected languages {rejected}")


if __name__ == "__main__":
    main()
