#!/usr/bin/env python3
"""Build p154 (genealogy / family-history / archive-digitisation corpus). stdlib only, fixed seeds."""
import copy, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common154 import G, Registry, place
import everyday154, vendor154, positional154, prose154, negatives154, enc154, dec154, readme154

BRIEF = "/tmp/brief154"
HAND_LANGS = ["tagalog", "swahili", "amharic", "somali", "pashto", "sindhi", "yiddish", "english", "latin", "samoan",
              "odia", "sundanese", "nepali", "turkish", "vietnamese", "indonesian", "hawaiian", "quechua", "occitan",
              "northern sotho", "setswana", "asturian", "german", "french", "spanish", "dutch", "polish", "swedish",
              "danish", "afrikaans", "nso", "tsn", "ast", "tur", "vie", "ind", "haw", "quy", "oci", "npi"]


def extract_denylist():
    names, langs = set(), set()
    for fn in sorted(os.listdir(BRIEF)):
        txt = open(os.path.join(BRIEF, fn), encoding="utf-8").read()
        found = re.findall(r"`([^`]+)`", txt) + re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", txt)
        for n in found:
            n = n.strip().lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            langs.add(code.lower())
            langs.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                langs.add(w)
    for h in HAND_LANGS:
        langs.add(h)
    return {"names": sorted(names), "langs": sorted(langs)}


def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    if os.path.isdir(BRIEF):
        d = extract_denylist()
        if os.path.exists(path):
            if json.load(open(path, encoding="utf-8")) != d:
                raise SystemExit("frozen deny-list differs from the briefs")
        return d, path
    return json.load(open(path, encoding="utf-8")), path


EV_TYPES = [("genealogy_evasion_tree_site_password", "pw"), ("genealogy_evasion_ocr_api_key", "L:ocrk_|a:24"), ("genealogy_evasion_scan_hex_token", "h:32")]
EV_WORDINGS = [
 ("reading_room_noticeboard_puzzle", "Noticeboard puzzle for the night-shift scanners: the kiosk login, written {R}:\n{RUN}\nSolve it, log in, then wipe the board.\n"),
 ("society_newsletter_cipher_corner", "Cipher corner (members only): our indexing-tool key, written {R}:\n{RUN}\nAnswers to the editor, not the list.\n"),
 ("reunion_group_chat_riddle", "Riddle for the cousins: the upload token for the photo drop, written {R}:\n{RUN}\nFirst one to crack it scans Grandma's albums.\n"),
]


def build_evasions(reg, seed=15405):
    g = G(seed, reg)
    out = []
    for i, enc in enumerate(sorted(enc154.RULES)):
        for j in range(3):
            t, spec = EV_TYPES[j]
            wname, tpl = EV_WORDINGS[(i + j) % 3]
            for _ in range(100):
                p = g.password() if spec == "pw" else g.from_spec(spec)
                run = enc154.encode(enc, p)
                if p not in run:
                    break
            pre = tpl.replace("{R}", enc154.RULES[enc])
            text, s, e = place(pre.replace("{RUN}", "{V}"), run)
            out.append({"type": t, "container": enc + "__" + wname, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": p, "encoding": enc}], "source": "evasion"})
    return out


def lang_refuser(deny):
    langs = set(deny["langs"])
    def refused(code, name):
        if code.lower() in langs:
            return True
        if name.lower() in langs:
            return True
        return any(w in langs for w in re.split(r"[\s-]+", name.lower()))
    return refused


def generate(deny):
    reg = Registry()
    brands = {n.split("_")[0] for n in deny["names"] if "_" in n}
    ev = everyday154.build(reg)
    vd, vdropped = vendor154.build(reg, denied_brands=brands)
    pw = positional154.build(reg)
    pr, pdropped, _ = prose154.build(reg, refused=lang_refuser(deny))
    evs = build_evasions(reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r["id"] = "p154-s-%04d" % (i + 1)
    for i, r in enumerate(evs):
        r["id"] = "p154-e-%04d" % (i + 1)
    forbidden = [s["value"] for r in pos + evs for s in r["secrets"]] + [s["plain"] for r in evs for s in r["secrets"]]
    neg = negatives154.build(forbidden)
    for i, r in enumerate(neg):
        r["id"] = "p154-n-%04d" % (i + 1)
    order_p = ["id", "type", "container", "text", "secrets", "source"]
    order_e = ["id", "type", "container", "encoding", "text", "secrets", "source"]
    order_n = ["id", "class", "container", "text", "source"]
    pos = [{k: r[k] for k in order_p} for r in pos]
    evs = [{k: r[k] for k in order_e} for r in evs]
    neg = [{k: r[k] for k in order_n} for r in neg]
    meta = {"vendor_dropped": vdropped, "prose_dropped": pdropped}
    return pos, evs, neg, meta


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(pos, evs, neg, deny):
    err = []
    names = set(deny["names"])
    langs = set(deny["langs"])
    ids = [r["id"] for r in pos + evs + neg]
    if len(ids) != len(set(ids)):
        err.append("duplicate ids")
    allvals = []
    for r in pos + evs:
        want = {"id", "type", "container", "text", "secrets", "source"} | ({"encoding"} if r["source"] == "evasion" else set())
        if set(r) != want:
            err.append("fields " + r["id"])
        if len(r["secrets"]) != 1:
            err.append("span count " + r["id"])
        for s in r["secrets"]:
            sw = {"value", "start", "end", "type"} | ({"plain", "encoding"} if r["source"] == "evasion" else set())
            if set(s) != sw:
                err.append("span fields " + r["id"])
            if r["text"][s["start"]:s["end"]] != s["value"]:
                err.append("offset " + r["id"])
            if s["value"] != s["value"].strip():
                err.append("edge ws " + r["id"])
            if r["text"].count(s["value"]) != 1:
                err.append("value not once " + r["id"])
            if s["type"] != r["type"]:
                err.append("type mismatch " + r["id"])
            allvals.append((r["id"], s["value"]))
        for m in ("{V}", "{K}", "{R}", "{RUN}", "\0", "PRIVATE KEY"):
            if m in r["text"]:
                err.append("marker " + r["id"])
    vals = [v for _, v in allvals]
    if len(vals) != len(set(vals)):
        err.append("value reused")
    texts = [(r["id"], r["text"]) for r in pos + evs]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in evs]
    for rid, v in allvals + plains:
        for tid, t in texts:
            if tid != rid and v in t:
                err.append("value %s appears in %s" % (rid, tid))
        for n in neg:
            if v in n["text"]:
                err.append("value %s in negative %s" % (rid, n["id"]))
    for rid, p in plains:
        for tid, t in texts:
            if p in t:
                err.append("plain %s in text %s" % (rid, tid))
    for r in evs:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"]:
            err.append("encoding mismatch " + r["id"])
        try:
            if dec154.decode(r["encoding"], s["value"]) != s["plain"]:
                err.append("decode " + r["id"])
        except Exception as ex:
            err.append("decode error %s %s" % (r["id"], ex))
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            err.append("plain alphabet " + r["id"])
        if r["text"][s["start"] - 2:s["start"]] != ":\n" or enc154.RULES[r["encoding"]] not in r["text"][:s["start"]]:
            err.append("rule not before run " + r["id"])
    for r in pos:
        if r["source"] == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if not (t[s["start"] - 1] == " " and t[s["end"]] == " "):
                err.append("prose value not set off " + r["id"])
    for n in neg:
        if set(n) != {"id", "class", "container", "text", "source"}:
            err.append("neg fields " + n["id"])
    if len({n["text"] for n in neg}) != len(neg):
        err.append("duplicate negative text")
    # deny-list
    def bad(x):
        x = x.lower()
        return x in names or any(p in names for p in x.split("__") if p)
    for r in pos + evs:
        if bad(r["container"]) or bad(r["type"]):
            err.append("deny-listed name " + r["id"])
        if r["source"] == "evasion" and bad(r["encoding"]):
            err.append("deny-listed encoding " + r["id"])
    for n in neg:
        if bad(n["class"]) or bad(n["container"]):
            err.append("deny-listed negative " + n["id"])
    for x in [s for s, _ in vendor154.STYLES] + positional154.SUFFIXES + prose154.FORMATS + [w for w, _ in EV_WORDINGS] + [s for s, _ in negatives154.WRAPS if s]:
        if bad(x.lstrip("_")):
            err.append("deny-listed label " + x)
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in langs:
                err.append("deny-listed language " + code)
    # disjoint span types across sources, counts
    bysrc = {}
    for r in pos:
        bysrc.setdefault(r["source"], set()).add(r["type"])
    srcs = list(bysrc)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if bysrc[srcs[i]] & bysrc[srcs[j]]:
                err.append("span types shared " + srcs[i] + srcs[j])
    c = {s: sum(1 for r in pos if r["source"] == s) for s in ("everyday", "vendor", "password", "prose")}
    if c["everyday"] != 180 or c["vendor"] < 115 or not (95 <= c["password"] <= 120) or c["prose"] != 40 or len(evs) != 66:
        err.append("counts %r %d" % (c, len(evs)))
    if len({r["container"].split("__")[1] for r in pos if r["source"] == "prose"}) != 40:
        err.append("prose languages not 40")
    if len({n["class"] for n in neg}) != 16 or len(neg) < 180:
        err.append("negative counts")
    return err


def mutations(pos, evs, neg, deny):
    tests = {}
    p, e, n = copy.deepcopy((pos, evs, neg)); p[0]["secrets"][0]["start"] += 1; tests["m1_shifted_offset"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); n[0]["text"] += pos[5]["secrets"][0]["value"]; tests["m2_value_in_negative"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); e[0]["secrets"][0]["plain"] += "x"; tests["m3_wrong_plain"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); p[3]["container"] = deny["names"][0]; tests["m4_deny_listed_container"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); p[9]["text"] += " " + evs[4]["secrets"][0]["plain"]; tests["m5_plain_leaked"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); n[1]["class"] = "ham_callsigns_and_grid_locators"; tests["m6_deny_listed_class"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); p[20]["type"] = "x_other"; tests["m7_type_mismatch"] = (p, e, n)
    p, e, n = copy.deepcopy((pos, evs, neg)); p[2]["id"] = p[1]["id"]; tests["m8_duplicate_id"] = (p, e, n)
    for name, (p, e, n) in tests.items():
        if not check(p, e, n, deny):
            raise SystemExit("mutation not caught: " + name)
    return sorted(tests)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    deny, path = load_denylist()
    a = generate(deny)
    b = generate(deny)
    for x, y in zip(a[:3], b[:3]):
        if dumps(x) != dumps(y):
            raise SystemExit("non-deterministic")
    pos, evs, neg, meta = a
    err = check(pos, evs, neg, deny)
    if err:
        print("\n".join(err[:50]))
        raise SystemExit("checks failed: %d" % len(err))
    muts = mutations(pos, evs, neg, deny)
    r1 = readme154.render(pos, evs, neg, meta, deny, muts)
    r2 = readme154.render(*b[:4], deny, muts)
    if r1 != r2:
        raise SystemExit("README not deterministic")
    os.makedirs(out, exist_ok=True)
    if not os.path.exists(os.path.join(out, "brief_names.json")) or out != HERE:
        with open(os.path.join(out, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=0, sort_keys=True)
    for fn, rows in (("secrets.jsonl", pos), ("evasions.jsonl", evs), ("negatives.jsonl", neg)):
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.write(dumps(rows))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print("ok", len(pos), len(evs), len(neg), "dropped", meta)


if __name__ == "__main__":
    main()
