#!/usr/bin/env python3
"""p161 corpus builder: stdlib only, fixed seeds, no clock, no network."""
import sys, os, re, json, random, copy, string
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common161 import *
import everyday161, vendor161, positional161, prose161, enc161, dec161, negatives161, readme161

BRIEF = "/tmp/brief161"
README_FILES = ["README_hundredfiftyeighth.md", "README_hundredfiftyninth.md"]
HAND_LANGS = ["latin", "cyrillic", "hebrew", "arabic", "devanagari", "bengali", "gujarati", "telugu", "kannada", "malayalam",
              "sinhala", "burmese", "myanmar", "khmer", "kana", "kanji", "hangul", "han", "english", "morse"]

def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for b in re.findall(r"`([^`\n]+)`", t):
            b = b.strip().lower()
            names.add(b)
            for part in b.split("__"):
                names.add(part)
        for sn in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(sn)
            for part in sn.split("__"):
                names.add(part)
        for w in re.findall(r"[a-z]+", t.lower().replace("_", " ")):
            words.add(w)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code.lower()); langs.add(name.lower())
            for w in re.findall(r"[a-z]+", name.lower()):
                langs.add(w)
    for n in list(names):
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            names.add(m.group(1))
    langs.update(HAND_LANGS)
    names.discard("")
    return {"names": sorted(names), "words": sorted(words), "languages": sorted(langs)}

def load_deny(outdir):
    frozen = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        d = extract_denylist([open(os.path.join(BRIEF, f), encoding="utf-8").read() for f in README_FILES])
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding="utf-8")) != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        else:
            with open(frozen, "w", encoding="utf-8") as f:
                json.dump(d, f, indent=0, ensure_ascii=False)
        return d
    return json.load(open(frozen, encoding="utf-8"))

def name_hit(name, names):
    n = name.lower()
    return n in names or any(p in names for p in n.split("__"))

EV_TYPES = [("auto_evasion_shop_system_password", "pw"), ("auto_evasion_parts_api_key", "key"), ("auto_evasion_vin_service_hex_token", "hex")]
EV_WORDINGS = [
 ("service_bay_poster_puzzle", "Poster by the bay 4 lift: the {WHAT} is written {RULE}:\n{RUN}\nFirst tech to log in buys coffee."),
 ("parts_counter_newsletter_riddle", "Parts counter newsletter riddle of the week. The {WHAT}, written {RULE}:\n{RUN}\nAnswers to the counter, not to the group chat."),
 ("tow_crew_group_chat_hint", "tow crew: since Marco keeps forgetting, here is the {WHAT} written {RULE}:\n{RUN}\ndelete after reading pls"),
]
EV_WHAT = {"pw": "shop system login", "key": "parts API key", "hex": "VIN service token"}

def generate(deny):
    names, words, langs = set(deny["names"]), set(deny["words"]), set(deny["languages"])
    firstwords = {n.split("_")[0] for n in names}
    reg = Registry()
    info = {}
    # everyday
    ev = everyday161.build_with(16101, reg)
    pos = []
    for t, kind, text, a, b in ev:
        pos.append((t, kind, text, a, b, "everyday"))
    # vendor
    r = random.Random(16102)
    kept, dropped = [], []
    for t, spec in vendor161.CANDIDATES:
        brand = t.split("_")[0]
        if brand in words or brand in names or brand in firstwords or name_hit(t, names):
            dropped.append(t)
        else:
            kept.append((t, spec))
    info["vendor_dropped"] = dropped
    info["vendor_unused"] = [t for t, _ in kept[120:]]
    kept = kept[:120]
    for i, (t, spec) in enumerate(kept):
        style, kst, tpl = vendor161.STYLES[i % len(vendor161.STYLES)]
        v = draw(reg, lambda: vendor161.V(r, spec))
        k = keyname(t.split("_"), kst)
        text, a, b = place(tpl.replace("{K}", k), v)
        pos.append((t, t + "__" + style, text, a, b, "vendor"))
    # positional
    r = random.Random(16103)
    syn_kept, syn_dropped = [], []
    for nm, tpl in positional161.SYNTAXES:
        (syn_dropped if name_hit(nm, names) or name_hit(positional161.PREFIX + nm, names) else syn_kept).append((nm, tpl))
    info["syntax_dropped"] = [n for n, _ in syn_dropped]
    info["syntax_unused"] = [n for n, _ in syn_kept[100:]]
    syn_kept = syn_kept[:100]
    for i, (nm, tpl) in enumerate(syn_kept):
        if nm == "s3fs_passwd_file_after_colon":
            v = draw(reg, lambda: s(r, AL + "/+", 40))
        else:
            v = draw(reg, lambda: password(r))
        text, a, b = place(tpl, v, U=r.choice(positional161.U), H=r.choice(positional161.H))
        t = positional161.PREFIX + nm
        pos.append((t, t + "__" + positional161.SUFFIXES[i % 4], text, a, b, "password"))
    # prose
    r = random.Random(16104)
    lk, lref = [], []
    for code, lname, sent in prose161.LANGS:
        nw = re.findall(r"[a-z]+", lname.lower())
        bad = code in langs or code in words or code in names or lname.lower() in langs or any(w in langs or w in words for w in nw)
        (lref if bad else lk).append((code, lname, sent))
    info["lang_refused"] = [c for c, _, _ in lref]
    info["lang_unused"] = [c for c, _, _ in lk[40:]]
    lk = lk[:40]
    info["langs"] = [(c, n) for c, n, _ in lk]
    for i, (code, lname, sent) in enumerate(lk):
        v = draw(reg, lambda: password(r, "-_."))
        text, a, b = place(sent, v)
        pos.append(("shop_system_admin_password_told_in_message", prose161.FORMATS[i % 4] + "__" + code, text, a, b, "prose"))
    secrets = []
    for n, (t, c, text, a, b, src) in enumerate(pos, 1):
        secrets.append(rec("p161-s-%04d" % n, t, c, text, a, b, src))
    # evasions
    r = random.Random(16105)
    evas = []
    n = 0
    for ei, (enc, (rule, f)) in enumerate(enc161.E.items()):
        for j in range(3):
            et, vk = EV_TYPES[(ei + j) % 3]
            wname, wtpl = EV_WORDINGS[j]
            while True:
                if vk == "pw": p = password(r, "-_.")
                elif vk == "key": p = "ptk_" + s(r, AL, 28)
                else: p = s(r, HEX, 40)
                run = f(p)
                if p not in run and reg.ok(p):
                    reg.add(p); break
            pre = wtpl.split("{RUN}")[0].replace("{WHAT}", EV_WHAT[vk]).replace("{RULE}", rule)
            post = wtpl.split("{RUN}")[1]
            text = pre + run + post
            n += 1
            evas.append({"id": "p161-e-%04d" % n, "type": et, "container": enc + "__" + wname, "text": text,
                         "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": et, "plain": p, "encoding": enc}],
                         "source": "evasion", "encoding": enc})
    # negatives
    r = random.Random(16106)
    allvals = reg.vals
    negs = []
    n = 0
    seen = set()
    for cls, kinds in negatives161.CLASSES:
        for kind in kinds:
            for wsuf, wtpl in negatives161.WRAPS:
                for _ in range(100):
                    body = negatives161.K[kind](r)
                    text = wtpl.replace("{T}", body)
                    if text not in seen and not any(v in text for v in allvals):
                        break
                seen.add(text)
                n += 1
                negs.append({"id": "p161-n-%04d" % n, "class": cls, "container": kind + wsuf, "text": text, "source": "negative"})
    return secrets, evas, negs, info

def dumps(rows):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)

def check(secrets, evas, negs, deny, info):
    names, words, langs = set(deny["names"]), set(deny["words"]), set(deny["languages"])
    errs = []
    ids = [x["id"] for x in secrets + evas + negs]
    if len(ids) != len(set(ids)): errs.append("dup ids")
    allv = []
    for x in secrets + evas:
        if set(x) != ({"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if x["source"] == "evasion" else set())):
            errs.append("fields " + x["id"])
        if len(x["secrets"]) != 1: errs.append("spans " + x["id"])
        for sp in x["secrets"]:
            v = sp["value"]
            if x["text"][sp["start"]:sp["end"]] != v: errs.append("offset " + x["id"])
            if v != v.strip() or not v: errs.append("ws " + x["id"])
            if x["text"].count(v) != 1: errs.append("count " + x["id"])
            if sp["type"] != x["type"]: errs.append("type " + x["id"])
            allv.append((x["id"], v))
            if x["source"] == "evasion":
                if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}: errs.append("evfields " + x["id"])
                if dec161.decode(sp["encoding"], v) != sp["plain"]: errs.append("decode " + x["id"])
                if sp["encoding"] != x["encoding"]: errs.append("enc " + x["id"])
                if sp["plain"] in v: errs.append("plain in run " + x["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alpha " + x["id"])
                if x["text"][sp["start"] - 2:sp["start"]] != ":\n": errs.append("rule colon " + x["id"])
            else:
                if set(sp) != {"value", "start", "end", "type"}: errs.append("spfields " + x["id"])
        for bad in ["{V}", "{K}", "{U}", "{H}", "{RUN}", "{RULE}", "{WHAT}", "\x00", "PRIVATE KEY"]:
            if bad in x["text"]: errs.append("marker " + x["id"])
        if x["source"] == "prose":
            sp = x["secrets"][0]
            if x["text"][sp["start"] - 1] != " " or x["text"][sp["end"]] != " ": errs.append("prose spacing " + x["id"])
    vals = [v for _, v in allv]
    if len(vals) != len(set(vals)): errs.append("value reused")
    plains = [x["secrets"][0]["plain"] for x in evas]
    if len(plains) != len(set(plains)): errs.append("plain reused")
    texts = [(x["id"], x["text"]) for x in secrets + evas]
    for vid, v in allv:
        for tid, t in texts:
            if tid != vid and v in t: errs.append("leak %s in %s" % (vid, tid))
        for ng in negs:
            if v in ng["text"]: errs.append("neg leak %s %s" % (vid, ng["id"]))
    for p in plains:
        for tid, t in texts:
            if p in t: errs.append("plain in text " + tid)
        for ng in negs:
            if p in ng["text"]: errs.append("plain in neg " + ng["id"])
    for ng in negs:
        if set(ng) != {"id", "class", "container", "text", "source"}: errs.append("negfields " + ng["id"])
    if len({ng["text"] for ng in negs}) != len(negs): errs.append("dup neg text")
    if len({ng["class"] for ng in negs}) != 16 or len(negs) < 180: errs.append("neg counts")
    # deny-list
    for x in secrets + evas:
        if name_hit(x["container"], names): errs.append("deny container " + x["container"])
        if name_hit(x["type"], names): errs.append("deny type " + x["type"])
    for x in evas:
        if name_hit(x["encoding"], names): errs.append("deny enc " + x["encoding"])
    for ng in negs:
        if name_hit(ng["class"], names): errs.append("deny class " + ng["class"])
        if name_hit(ng["container"], names): errs.append("deny negcont " + ng["container"])
    for extra in [s_ for s_, _, _ in vendor161.STYLES] + positional161.SUFFIXES + prose161.FORMATS + [w for w, _ in EV_WORDINGS] + [w.strip("_") for w, _ in negatives161.WRAPS if w]:
        if name_hit(extra, names): errs.append("deny label " + extra)
    for code, lname in info["langs"]:
        if code in langs or code in words or lname.lower() in langs or any(w in langs or w in words for w in re.findall(r"[a-z]+", lname.lower())):
            errs.append("lang " + code)
    bysrc = {}
    for x in secrets: bysrc.setdefault(x["source"], set()).add(x["type"])
    ss = list(bysrc.values())
    for i in range(len(ss)):
        for j in range(i + 1, len(ss)):
            if ss[i] & ss[j]: errs.append("type overlap across sources")
    cont = [x["container"] for x in secrets if x["source"] != "everyday"]
    if len(cont) != len(set(cont)): errs.append("dup containers")
    cnt = {k: sum(1 for x in secrets if x["source"] == k) for k in ["everyday", "vendor", "password", "prose"]}
    if cnt != {"everyday": 180, "vendor": 120, "password": 100, "prose": 40} or len(evas) != 66: errs.append("counts %r" % cnt)
    return errs

def mutations(secrets, evas, negs, deny, info):
    caught = {}
    m = copy.deepcopy(secrets); m[0]["secrets"][0]["start"] += 1; caught["m1_offset"] = bool(check(m, evas, negs, deny, info))
    m = copy.deepcopy(secrets); m[1]["text"] += " " + m[0]["secrets"][0]["value"]; caught["m2_leak"] = bool(check(m, evas, negs, deny, info))
    e = copy.deepcopy(evas); e[0]["secrets"][0]["plain"] += "x"; caught["m3_decode"] = bool(check(secrets, e, negs, deny, info))
    g = copy.deepcopy(negs); g[0]["text"] += secrets[5]["secrets"][0]["value"]; caught["m4_neg"] = bool(check(secrets, evas, g, deny, info))
    m = copy.deepcopy(secrets); m[0]["container"] = deny["names"][0]; caught["m5_deny"] = bool(check(m, evas, negs, deny, info))
    g = copy.deepcopy(negs); g[1]["text"] = g[0]["text"]; caught["m6_dupneg"] = bool(check(secrets, evas, g, deny, info))
    m = copy.deepcopy(secrets); m[1]["id"] = m[0]["id"]; caught["m7_dupid"] = bool(check(m, evas, negs, deny, info))
    e = copy.deepcopy(evas); e[0]["encoding"] = "x"; caught["m8_enc"] = bool(check(secrets, e, negs, deny, info))
    return caught

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny = load_deny(outdir)
    g1 = generate(deny); g2 = generate(deny)
    b1 = [dumps(x) for x in g1[:3]]; b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2: raise SystemExit("non-deterministic")
    secrets, evas, negs, info = g1
    errs = check(secrets, evas, negs, deny, info)
    if errs:
        print("\n".join(errs[:40])); raise SystemExit("checks failed: %d" % len(errs))
    mc = mutations(secrets, evas, negs, deny, info)
    if not all(mc.values()): raise SystemExit("mutation not caught: %r" % mc)
    r1 = readme161.render(secrets, evas, negs, info, deny, mc); r2 = readme161.render(*g2[:3], g2[3], deny, mc)
    if r1 != r2: raise SystemExit("README non-deterministic")
    os.makedirs(outdir, exist_ok=True)
    for fn, b in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], b1):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f: f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f: f.write(r1)
    print("ok", len(secrets), len(evas), len(negs), info["vendor_dropped"], info["syntax_dropped"], info["lang_refused"])

if __name__ == "__main__":
    main()
