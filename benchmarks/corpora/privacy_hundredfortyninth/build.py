"""Build corpus p149. python3 build.py [outdir]. Standard library only, fixed seeds, no clock, no network."""
import json, os, re, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import everyday149, vendor149, positional149, prose149, negatives149, enc149, dec149, readme149
from common149 import Gen, rec

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = "/tmp/brief149"
FROZEN = os.path.join(HERE, "brief_names.json")
HAND_LANGS = ["tagalog", "tgl", "swahili", "swh", "amharic", "amh", "somali", "som", "pashto", "pbt", "sindhi", "snd",
              "yiddish", "ydd", "english", "eng", "latin", "lat", "samoan", "smo", "odia", "ory", "sundanese", "sun"]


def extract_denylist():
    names, words, langs = set(), set(), set(HAND_LANGS)
    for f in sorted(os.listdir(BRIEF)):
        t = open(os.path.join(BRIEF, f), encoding="utf-8").read()
        for b in re.findall(r"`([^`\n]+)`", t):
            names.add(b.lower())
            for p in b.lower().split("__"):
                names.add(p)
        for s in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            names.add(s.lower())
            for p in s.lower().split("__"):
                names.add(p)
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", t))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]*)\)", t):
            langs.add(code)
            langs.add(name.lower())
            langs.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", name))
    return {"names": sorted(names), "words": sorted(words), "languages": sorted(langs)}


def load_deny():
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(FROZEN):
            if json.load(open(FROZEN, encoding="utf-8")) != d:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        return d, True
    return json.load(open(FROZEN, encoding="utf-8")), False


EV_TYPES = ["storage_evasion_pms_password", "storage_evasion_lock_api_key", "storage_evasion_dispatch_hex_token"]
EV_WORDINGS = [
    ("facility_whiteboard_puzzle", "Whiteboard in the Elm St office: the PMS login for the weekend relief manager, written {RULE}:\n{RUN}\n(erase after Monday)"),
    ("crew_group_chat_riddle", "Crew chat, Dmitri: lock cloud key for the new tablets, I wrote it {RULE}:\n{RUN}\nDon't ask me to type it plain here."),
    ("move_ops_ticket_obfuscated", "Ticket 7731 note: dispatch token for the truck rental bridge, encoded {RULE}:\n{RUN}\nDecode it yourself, then close this."),
]


def make_evasions(registry):
    g = Gen(14905, registry)
    out, n = [], 0
    for enc in enc149.E:
        for j in range(3):
            t = EV_TYPES[j]
            wname, wtpl = EV_WORDINGS[j]
            for _ in range(100):
                if j == 0:
                    plain = g.pw()
                elif j == 1:
                    plain = g.tok("slk_", 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                else:
                    plain = g.hexs(32)
                run = enc149.E[enc](plain)
                if plain not in run:
                    break
            head = wtpl.split("{RUN}")[0].replace("{RULE}", enc149.RULES[enc])
            text = head + run + wtpl.split("{RUN}")[1]
            s = len(head)
            n += 1
            r = {"id": f"p149-e-{n:04d}", "type": t, "container": enc + "__" + wname, "encoding": enc, "text": text,
                 "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": enc}],
                 "source": "evasion"}
            out.append(r)
    return out


def generate(deny):
    names, words, langs = set(deny["names"]), set(deny["words"]), set(deny["languages"])
    registry = set()
    denied_word = lambda w: w.lower() in names or w.lower() in words
    def denied_lang(code, name):
        parts = [code, name.lower()] + re.findall(r"\w+", name.lower())
        return any(p in langs or p in words for p in parts)
    secrets = everyday149.build(registry)
    vend, vdrop, vcut = vendor149.build(registry, denied_word)
    pos = positional149.build(registry)
    pos_kept, pos_cut = pos[:110], pos[110:]
    prose, pkept, pdrop, pspare = prose149.build(registry, denied_lang)
    n = len(secrets)
    for src, items in (("vendor", vend), ("password", pos_kept), ("prose", prose)):
        for cont, typ, text, s, e, v in items:
            n += 1
            secrets.append(rec(f"p149-s-{n:04d}", typ, cont, text, s, e, src, v))
    ev = make_evasions(registry)
    neg = negatives149.build()
    meta = {"vendor_dropped": vdrop, "vendor_cut": vcut, "pos_cut": [c[1] for c in pos_cut], "prose_kept": pkept,
            "prose_dropped": pdrop, "prose_spare": pspare}
    return secrets, ev, neg, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def check(secrets, ev, neg, deny):
    errs = []
    names, langs, words = set(deny["names"]), set(deny["languages"]), set(deny["words"])
    ids = [r["id"] for r in secrets + ev + neg]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for r in secrets:
        if not re.fullmatch(r"p149-s-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "type", "container", "text", "secrets", "source"}: errs.append("fields " + r["id"])
    for r in ev:
        if not re.fullmatch(r"p149-e-\d{4}", r["id"]): errs.append("bad id " + r["id"])
        if set(r) != {"id", "type", "container", "encoding", "text", "secrets", "source"}: errs.append("fields " + r["id"])
    for r in neg:
        if not re.fullmatch(r"p149-n-\d{4}", r["id"]) or set(r) != {"id", "class", "container", "text", "source"}: errs.append("neg fields " + r["id"])
    values, plains = [], []
    for r in secrets + ev:
        if len(r["secrets"]) != 1: errs.append("spans " + r["id"])
        for sp in r["secrets"]:
            keys = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(sp) != keys: errs.append("span fields " + r["id"])
            v = sp["value"]
            if r["text"][sp["start"]:sp["end"]] != v: errs.append("offset " + r["id"])
            if v != v.strip(): errs.append("edge ws " + r["id"])
            if r["text"].count(v) != 1: errs.append("not once " + r["id"])
            if sp["type"] != r["type"]: errs.append("type " + r["id"])
            if "{" + "V}" in r["text"] or "\0" in r["text"]: errs.append("slot " + r["id"])
            values.append((r["id"], v))
            if r["source"] == "evasion":
                if dec149.decode(sp["encoding"], v) != sp["plain"]: errs.append("decode " + r["id"])
                if sp["encoding"] != r["encoding"]: errs.append("enc mismatch " + r["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]): errs.append("plain alpha " + r["id"])
                rule = enc149.RULES[r["encoding"]]
                if r["text"].find(rule) < 0 or r["text"].find(rule) > sp["start"] or r["text"][sp["start"] - 2:sp["start"]] != ":\n": errs.append("rule " + r["id"])
                plains.append((r["id"], sp["plain"]))
            if r["source"] == "prose":
                if r["text"][sp["start"] - 1] != " " or r["text"][sp["end"]] != " ": errs.append("prose spacing " + r["id"])
    allv = [v for _, v in values] + [p for _, p in plains]
    if len(allv) != len(set(allv)): errs.append("value or plain reused")
    texts = [(r["id"], r["text"]) for r in secrets + ev] + [(r["id"], r["text"]) for r in neg]
    for rid, v in values + plains:
        for tid, t in texts:
            if tid != rid and v in t: errs.append(f"value of {rid} in {tid}")
    for rid, p in plains:
        for tid, t in texts:
            if tid == rid and p in t: errs.append("plain leaked " + rid)
    if len({r["text"] for r in neg}) != len(neg): errs.append("duplicate negative text")
    if len({r["class"] for r in neg}) != 16 or len(neg) < 180: errs.append("negative counts")
    def bad(name):
        n = name.lower()
        return n in names or any(p in names for p in n.split("__"))
    labels = set()
    for r in secrets + ev:
        labels.update([r["container"], r["type"]] + [s["type"] for s in r["secrets"]])
    for r in ev: labels.add(r["encoding"])
    for r in neg: labels.update([r["class"], r["container"]])
    labels.update(s for s, _ in vendor149.STYLES)
    labels.update(positional149.SUFFIXES + prose149.FORMATS + [w for w, _ in EV_WORDINGS])
    for l in sorted(labels):
        if bad(l): errs.append("deny-listed name " + l)
    for r in secrets:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in langs or code in words: errs.append("deny-listed language " + code)
    by = {}
    for r in secrets: by.setdefault(r["source"], set()).add(r["type"])
    srcs = list(by)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by[srcs[i]] & by[srcs[j]]: errs.append("type overlap " + srcs[i] + srcs[j])
    cnt = {s: sum(1 for r in secrets if r["source"] == s) for s in by}
    if cnt.get("everyday") != 180 or cnt.get("vendor") != 120 or not 95 <= cnt.get("password", 0) <= 115 or cnt.get("prose") != 40 or len(ev) != 66:
        errs.append("counts " + str(cnt))
    return errs


def mutations(secrets, ev, neg, deny):
    caught = {}
    s2 = copy.deepcopy(secrets); s2[3]["secrets"][0]["start"] += 1
    caught["m1_shifted_start"] = bool(check(s2, ev, neg, deny))
    n2 = copy.deepcopy(neg); n2[5]["text"] += " " + secrets[10]["secrets"][0]["value"]
    caught["m2_value_in_negative"] = bool(check(secrets, ev, n2, deny))
    e2 = copy.deepcopy(ev); e2[4]["secrets"][0]["plain"] += "x"
    caught["m3_wrong_plain"] = bool(check(secrets, e2, neg, deny))
    n3 = copy.deepcopy(neg); n3[7]["text"] = n3[8]["text"]
    caught["m4_duplicate_negative"] = bool(check(secrets, ev, n3, deny))
    s3 = copy.deepcopy(secrets); s3[0]["container"] = deny["names"][len(deny["names"]) // 2]
    caught["m5_deny_listed_container"] = bool(check(s3, ev, neg, deny))
    n4 = copy.deepcopy(neg); n4[0]["text"] += " " + ev[0]["secrets"][0]["plain"]
    caught["m6_plain_leaked"] = bool(check(secrets, ev, n4, deny))
    return caught


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, live = load_deny()
    a = generate(deny); b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y): raise SystemExit("nondeterministic")
    secrets, ev, neg, meta = a
    errs = check(secrets, ev, neg, deny)
    if errs: raise SystemExit("CHECK FAILED:\n" + "\n".join(errs[:40]))
    m = mutations(secrets, ev, neg, deny)
    if not all(m.values()): raise SystemExit("mutation not caught: " + str(m))
    r1 = readme149.render(secrets, ev, neg, meta, deny, m)
    if r1 != readme149.render(secrets, ev, neg, meta, deny, m): raise SystemExit("readme nondeterministic")
    os.makedirs(out, exist_ok=True)
    if live and not os.path.exists(FROZEN) and out == HERE:
        with open(FROZEN, "w", encoding="utf-8") as f: json.dump(deny, f, ensure_ascii=False, indent=0)
    for fn, recs in (("secrets.jsonl", secrets), ("evasions.jsonl", ev), ("negatives.jsonl", neg)):
        open(os.path.join(out, fn), "wb").write(dumps(recs))
    open(os.path.join(out, "README.md"), "w", encoding="utf-8").write(r1)
    print("ok", len(secrets), len(ev), len(neg), meta["vendor_dropped"], meta["prose_dropped"], m)


if __name__ == "__main__":
    main()
