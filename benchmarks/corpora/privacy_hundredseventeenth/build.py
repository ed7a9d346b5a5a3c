#!/usr/bin/env python3
"""Build corpus p117 (visual effects, animation and render-farm developers). Standard library only."""
import copy, json, os, re, sys, base64, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common117 import SLOT, extract_denylist, overlap, base62_crc32
import everyday117, vendor117, positional117, prose117, enc117, dec117, negatives117, readme117

BRIEF = "/tmp/brief117"
FROZEN = os.path.join(HERE, "brief_names.json")
EV_TYPES = [("vfx_evasion_farm_admin_password", "pw"), ("vfx_evasion_tracker_api_key", "alnum"), ("vfx_evasion_bucket_hex_secret", "hex")]
EV_WORDINGS = {"compositor_chat_riddle": ("Riddle for whoever is on the late shift: the farm credential, written {rule}", "Decode it yourself, I'm not typing it twice."),
               "render_log_footnote": ("Footnote appended by the wrangler script -- credential {rule}", "(remove this footnote before the log is archived)"),
               "pipeline_wiki_cipher_box": ("Wiki box 'temporary access' -- the value below is written {rule}", "Last edited by the pipeline team.")}


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def load_deny():
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF)) if f.endswith(".md")]
        d = extract_denylist(texts)
        if os.path.exists(FROZEN):
            need(json.load(open(FROZEN, encoding="utf-8")) == d, "frozen deny-list differs from re-extraction")
        else:
            with open(FROZEN, "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=0, sort_keys=True)
    d = json.load(open(FROZEN, encoding="utf-8"))
    d["_names_set"] = set(d["names"])
    d["_langs_set"] = set(d["langs"])
    d["_words_set"] = set(d["words"])
    return d


def lang_ok(l, deny):
    iso3, iso1, name = l[0], l[1], l[2]
    for c in [iso3, iso1]:
        if c and (c in deny["_names_set"] or c in deny["_langs_set"]):
            return False
    for w in re.findall(r"[A-Za-z]+", name):
        if w.lower() in deny["_langs_set"] or w.lower() in deny["_words_set"]:
            return False
    return True


VENDOR_WORD_OVERRIDE = {"new_relic_user_key_nrak": "relic", "flow_production_tracking_script_key": "shotgrid",
                        "lemon_squeezy_api_key_jwt": "lemonsqueezy", "ibm_aspera_node_api_user_password": "aspera",
                        "aws_deadline_cloud_farm_secret_access_key": "deadline", "dolby_millicast_publishing_token_hex64": "millicast",
                        "epic_online_services_client_secret": "eos", "oracle_cloud_auth_token_20": "oci"}


def vendor_word(t):
    return VENDOR_WORD_OVERRIDE.get(t, t.split("_")[0])


def evasion_plain(rng, kind):
    from common117 import owner_pw, rs, ALNUM, hexs
    if kind == "pw":
        return owner_pw(rng)
    if kind == "alnum":
        return rs(rng, ALNUM, 32)
    return hexs(rng, 32)


def generate(deny):
    import random
    meta = {}
    secrets = []
    n = 0

    def add(typ, cont, tpl, val, src):
        nonlocal n
        n += 1
        from common117 import record
        secrets.append(record(f"p117-s-{n:04d}", typ, cont, tpl, val, src))

    for typ, cont, tpl, val in everyday117.build():
        add(typ, cont, tpl, val, "everyday")
    drop = [v[0] for v in vendor117.V if vendor_word(v[0]) in deny["_words_set"] or vendor_word(v[0]) in deny["_names_set"]]
    meta["vendor_dropped"] = drop
    for typ, cont, tpl, val in vendor117.build(drop=drop):
        add(typ, cont, tpl, val, "vendor")
    for typ, cont, tpl, val in positional117.build():
        add(typ, cont, tpl, val, "password")
    langs_ok = [l for l in prose117.LANGS if lang_ok(l, deny)]
    meta["lang_excluded"] = [l for l in prose117.LANGS if not lang_ok(l, deny)]
    langs = langs_ok[:40]
    meta["langs"] = langs
    meta["lang_spare"] = langs_ok[40:]
    for typ, cont, tpl, val, *_ in prose117.build(langs):
        add(typ, cont, tpl, val, "prose")

    rng = random.Random(11705)
    evs = []
    i = 0
    words = list(EV_WORDINGS)
    for k, enc in enumerate(sorted(enc117.RULES)):
        for j, (etype, pk) in enumerate(EV_TYPES):
            i += 1
            wording = words[(k + j) % 3]
            intro, remark = EV_WORDINGS[wording]
            plain = evasion_plain(rng, pk)
            run = enc117.e(enc, plain)
            rule = enc117.RULES[enc]
            tpl = intro.format(rule=rule) + ":\n" + SLOT + "\n" + remark
            from common117 import place
            text, s, e = place(tpl, run)
            evs.append({"id": f"p117-e-{i:04d}", "type": etype, "container": enc + "__" + wording, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": etype, "plain": plain, "encoding": enc}], "source": "evasion"})
    negs = []
    for i, (cls, cont, text) in enumerate(negatives117.build(), 1):
        negs.append({"id": f"p117-n-{i:04d}", "class": cls, "container": cont, "text": text, "source": "negative"})
    return secrets, evs, negs, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def count_overlapping(text, v):
    c, i = 0, text.find(v)
    while i != -1:
        c += 1
        i = text.find(v, i + 1)
    return c


def own_names():
    names = {}
    names["everyday kind"] = [k for k, _ in everyday117.KINDS]
    names["everyday type"] = [t[0] for t in everyday117.TYPES]
    names["vendor type"] = [v[0] for v in vendor117.V]
    names["vendor style"] = [s for s, _ in vendor117.STYLES]
    names["password syntax"] = [p[0] for p in positional117.P] + ["vfxpw_" + p[0] for p in positional117.P]
    names["password suffix"] = positional117.SUFFIXES
    names["prose format"] = prose117.FORMATS + [prose117.TYPE]
    names["encoding"] = list(enc117.RULES)
    names["evasion type"] = [t for t, _ in EV_TYPES]
    names["evasion wording"] = list(EV_WORDINGS)
    names["negative class"] = list(negatives117.B)
    names["negative base kind"] = [k for ks in negatives117.B.values() for k, _ in ks]
    names["negative wrapper"] = [w for w in negatives117.WRAPS if w]
    return names


def check(secrets, evs, negs, meta, deny):
    # ids and fields
    for i, r in enumerate(secrets, 1):
        need(r["id"] == f"p117-s-{i:04d}", "bad id " + r["id"])
        need(set(r) == {"id", "type", "container", "text", "secrets", "source"}, "fields " + r["id"])
    for i, r in enumerate(evs, 1):
        need(r["id"] == f"p117-e-{i:04d}", "bad id " + r["id"])
        need(set(r) == {"id", "type", "container", "encoding", "text", "secrets", "source"}, "fields " + r["id"])
    for i, r in enumerate(negs, 1):
        need(r["id"] == f"p117-n-{i:04d}", "bad id " + r["id"])
        need(set(r) == {"id", "class", "container", "text", "source"} and r["source"] == "negative", "fields " + r["id"])
    allvals = []
    for r in secrets + evs:
        need(len(r["secrets"]) == 1, "one span " + r["id"])
        sp = r["secrets"][0]
        need(r["text"][sp["start"]:sp["end"]] == sp["value"], "slice " + r["id"])
        need(sp["value"] == sp["value"].strip() and sp["value"], "edge ws " + r["id"])
        need(r["type"] == sp["type"], "type " + r["id"])
        need(count_overlapping(r["text"], sp["value"]) == 1, "occurs once " + r["id"])
        need(set(sp) == ({"value", "start", "end", "type", "plain", "encoding"} if r["source"] == "evasion" else {"value", "start", "end", "type"}), "span fields " + r["id"])
        allvals.append(sp["value"])
        if r["source"] == "evasion":
            allvals.append(sp["plain"])
    need(len(allvals) == len(set(allvals)), "value reused")
    texts = [(r["id"], r["text"]) for r in secrets + evs + negs]
    for r in secrets + evs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"]:
                need(v not in t, f"value of {r['id']} appears in {rid}")
    for r in evs:
        p = r["secrets"][0]["plain"]
        for rid, t in texts:
            need(p not in t, f"plain of {r['id']} appears in {rid}")
    for rid, t in texts:
        need(SLOT not in t and "\x00" not in t and "PRIVATE KEY" not in t, "marker/NUL/armour in " + rid)
    # evasions
    from collections import Counter
    encs = Counter(r["encoding"] for r in evs)
    need(len(encs) == 22 and set(encs.values()) == {3}, "22 encodings x 3")
    for r in evs:
        sp = r["secrets"][0]
        need(dec117.decode(sp["encoding"], sp["value"]) == sp["plain"], "decode " + r["id"])
        need(re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]) is not None, "plain alphabet " + r["id"])
        rule = enc117.RULES[sp["encoding"]]
        need(rule in r["text"][:sp["start"]], "rule before run " + r["id"])
        need(sp["encoding"] == r["encoding"], "enc field " + r["id"])
    # negatives
    need(len({r["text"] for r in negs}) == len(negs), "duplicate negative")
    need(len({r["class"] for r in negs}) == 16 and len(negs) >= 180, "16 classes")
    # structured shapes
    for r in secrets:
        v = r["secrets"][0]["value"]
        if re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", v):
            for part in v.split(".")[:2]:
                json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        if re.fullmatch(r"(ghp|npm)_[A-Za-z0-9]{36}", v):
            need(base62_crc32(v[4:34]) == v[34:], "crc " + r["id"])
    # prose
    for r in secrets:
        if r["source"] == "prose":
            sp = r["secrets"][0]
            need(r["text"][sp["start"] - 1] == " " and r["text"][sp["end"]] == " ", "prose spacing " + r["id"])
    # deny-list
    names = own_names()
    for cat, lst in names.items():
        need(len(lst) == len(set(x.lower() for x in lst)), "duplicate own names in " + cat)
        for nm in lst:
            hit = overlap(nm, deny)
            need(not hit, f"deny-list overlap ({cat}): {nm} {hit}")
    for r in secrets + evs:
        for nm in [r["container"], r["type"]] + ([r["encoding"]] if "encoding" in r else []):
            need(not overlap(nm, deny), "deny overlap record " + r["id"] + " " + nm)
    for r in negs:
        for nm in [r["container"], r["class"]]:
            need(not overlap(nm, deny), "deny overlap record " + r["id"] + " " + nm)
    for l in meta["langs"]:
        need(lang_ok(l, deny), "language " + l[0])
    need(len(meta["langs"]) == 40 and len({l[0] for l in meta["langs"]}) == 40, "40 languages")
    for v in vendor117.V:
        if v[0] not in meta["vendor_dropped"]:
            need(vendor_word(v[0]) not in deny["_words_set"], "vendor word " + v[0])
    # counts
    src = Counter(r["source"] for r in secrets)
    need(src["everyday"] == 180 and 100 <= src["vendor"] <= 140 and 90 <= src["password"] <= 125 and src["prose"] == 40, "counts %r" % src)
    tsets = {s: {r["type"] for r in secrets if r["source"] == s} for s in src}
    ks = list(tsets)
    for a in range(len(ks)):
        for b in range(a + 1, len(ks)):
            need(not (tsets[ks[a]] & tsets[ks[b]]), "span types shared")
    nonev = [r["container"] for r in secrets if r["source"] != "everyday"]
    need(len(nonev) == len(set(nonev)), "non-everyday containers unique")


def mutations(secrets, evs, negs, meta, deny):
    muts = []

    def m1(s, e, n):
        s[0]["secrets"][0]["start"] += 1
    def m2(s, e, n):
        n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m3(s, e, n):
        e[0]["secrets"][0]["plain"] += "x"
    def m4(s, e, n):
        n.append(dict(n[0], id=f"p117-n-{len(n)+1:04d}"))
    def m5(s, e, n):
        s[1]["text"] += "\n-----BEGIN RSA PRIVATE KEY-----"
    def m6(s, e, n):
        s[0]["container"] = "casino_salt_pillar_sls"
    def m7(s, e, n):
        n[0]["container"] = "x__base23_digit_pairs"
    def m8(s, e, n):
        s[0]["id"] = "p116-s-0001"
    def m9(s, e, n):
        s[3]["text"] += " " + e[2]["secrets"][0]["plain"]
    def m10(s, e, n):
        s[4]["text"] += " " + s[4]["secrets"][0]["value"]
    def m11(s, e, n):
        sp = e[4]["secrets"][0]
        rule = enc117.RULES[sp["encoding"]]
        i = e[4]["text"].index(rule)
        e[4]["text"] = e[4]["text"][:i] + "as noted" + e[4]["text"][i + len(rule):]
        d = len("as noted") - len(rule)
        sp["start"] += d
        sp["end"] += d
    def m12(s, e, n):
        n[0]["class"] = "psp_payment_reference_ids"
    def m13(s, e, n):
        s[300]["type"] = "fieldpw_hydra_lower_p_single"
        s[300]["secrets"][0]["type"] = "fieldpw_hydra_lower_p_single"
    for f in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13]:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evs), copy.deepcopy(negs)
        f(s, e, n)
        try:
            check(s, e, n, meta, deny)
        except Fail:
            continue
        except Exception:
            continue
        raise Fail("mutation not caught: " + f.__name__)
    # language mutation: a deny-listed language must fail
    need(not lang_ok(("nld", "nl", "Dutch"), deny), "language mutation not caught")
    return 14


def main():
    deny = load_deny()
    a = generate(deny)
    b = generate(deny)
    bytes_a = [dumps(x) for x in a[:3]]
    bytes_b = [dumps(x) for x in b[:3]]
    need(bytes_a == bytes_b, "non-deterministic JSONL")
    secrets, evs, negs, meta = a
    check(secrets, evs, negs, meta, deny)
    nmut = mutations(secrets, evs, negs, meta, deny)
    ra = readme117.render(secrets, evs, negs, meta, deny, nmut, own_names())
    rb = readme117.render(*b, deny, nmut, own_names())
    need(ra == rb, "non-deterministic README")
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], bytes_a):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    print("ok", len(secrets), len(evs), len(negs), "vendor dropped:", meta["vendor_dropped"],
          "lang excluded:", [l[0] for l in meta["lang_excluded"]])


if __name__ == "__main__":
    try:
        main()
    except Fail as ex:
        print("BUILD FAILED:", ex)
        sys.exit(1)
