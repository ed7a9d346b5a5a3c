#!/usr/bin/env python3
"""Build corpus p114 (privacy_hundredfourteenth). Standard library only, fixed seeds, no clock / network."""
import copy
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common114 as C  # noqa: E402
import gen_everyday114 as EV  # noqa: E402
import gen_vendor114 as VE  # noqa: E402
import gen_passwords114 as PW  # noqa: E402
import gen_prose114 as PR  # noqa: E402
import gen_negatives114 as NG  # noqa: E402
import enc114  # noqa: E402
import dec114  # noqa: E402
import readme114  # noqa: E402

BRIEF_DIR = "/tmp/brief114"
FROZEN = os.path.join(HERE, "brief_names.json")
N_VENDOR = 140
N_LANG = 40
SEED_EVASION = 11405


# ---------------------------------------------------------------- deny-list
def extract_denylist(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, nm in re.findall(r"`([a-z]{2,3})`(?:/`[a-z]{2}`)? \(([^)]+)\)", t):
            langs.add(code)
            for w in re.findall(r"[A-Za-z]+", nm):
                langs.add(w.lower())
        for para in t.split("\n"):
            if "languages" in para.lower() or "Confidence is" in para:
                for w in re.findall(r"\b[A-Z][a-z]+\b", para):
                    langs.add(w.lower())
        for w in re.findall(r"[A-Za-z0-9]+", t):
            words.add(w.lower())
    return {"names": sorted(names), "languages": sorted(langs), "words": sorted(words)}


def load_denylist():
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith(".md")]
        fresh = extract_denylist(texts)
        if os.path.exists(FROZEN):
            frozen = json.load(open(FROZEN, encoding="utf-8"))
            if frozen != fresh:
                raise SystemExit("FAIL: brief_names.json differs from a fresh extraction")
        return fresh, True
    return json.load(open(FROZEN, encoding="utf-8")), False


def overlaps(name, deny):
    n = name.lower()
    hits = set()
    if n in deny:
        hits.add(n)
    for part in n.split("__"):
        if part in deny:
            hits.add(part)
    return hits


def pick_languages(dl):
    names, langs, words = set(dl["names"]), set(dl["languages"]), set(dl["words"])
    kept, dropped = [], []
    for l in PR.LANGS:
        c3, c1, nm = l[0], l[1], l[2]
        bad = c3 in names or c3 in langs or (c1 and (c1 in names or c1 in langs))
        bad = bad or any(w.lower() in langs or w.lower() in words for w in nm.split())
        (dropped if bad else kept).append(l)
    return kept[:N_LANG], dropped, kept[N_LANG:]


def pick_vendors(dl):
    words = set(dl["words"])
    kept, dropped = [], []
    for v in VE.VENDORS:
        (dropped if v[1].lower() in words else kept).append(v)
    return kept[:N_VENDOR], dropped, kept[N_VENDOR:]


# ---------------------------------------------------------------- evasions
EV_TYPES = [
    ("gmb_evasion_odds_feed_key", "tipster_forum_puzzle_post",
     "Puzzle for the feed team: the staging odds feed key is written {rule}:\n{run}\nFirst one to decode it gets the Friday coffee.",
     lambda r: C.rnd(r, 24)),
    ("gmb_evasion_backoffice_password", "pit_boss_shift_note",
     "Pit boss note for the night shift: the cage back-office password is given {rule}:\n{run}\nDecode it at the terminal, never on the whiteboard.",
     C.owner_pw),
    ("gmb_evasion_wallet_hex_secret", "draw_audit_margin_scribble",
     "(margin of the draw audit binder) wallet HMAC secret, {rule}:\n{run}\n(ask Ines before re-keying)",
     lambda r: C.hexs(r, 32)),
]


def gen_evasions():
    r = random.Random(SEED_EVASION)
    out = []
    for enc in enc114.ENCODINGS:
        for typ, wording, tmpl, gen in EV_TYPES:
            plain = gen(r)
            run = enc114.e(enc, plain)
            pre, post = tmpl.split("{run}")
            pre = pre.replace("{rule}", enc114.RULES[enc])
            text = pre + run + post
            out.append({"encoding": enc, "text": text, "start": len(pre), "run": run, "plain": plain,
                        "type": typ, "container": enc + "__" + wording})
    return out


# ---------------------------------------------------------------- generation
def generate(dl):
    langs, _, _ = pick_languages(dl)
    vendors, _, _ = pick_vendors(dl)
    raw = EV.generate() + VE.generate(vendors) + PW.generate() + PR.generate(langs)
    secrets = []
    for i, (t, v, typ, cont, src) in enumerate(raw, 1):
        secrets.append(C.make_record(t, v, typ, cont, src, "p114-s-%04d" % i))
    evasions = []
    for i, e in enumerate(gen_evasions(), 1):
        evasions.append({
            "id": "p114-e-%04d" % i, "type": e["type"], "container": e["container"], "text": e["text"],
            "secrets": [{"value": e["run"], "start": e["start"], "end": e["start"] + len(e["run"]), "type": e["type"],
                         "plain": e["plain"], "encoding": e["encoding"]}],
            "source": "evasion", "encoding": e["encoding"]})
    negatives = []
    for i, (cls, cont, text) in enumerate(NG.generate(), 1):
        negatives.append({"id": "p114-n-%04d" % i, "class": cls, "container": cont, "text": text, "source": "negative"})
    return secrets, evasions, negatives, langs, vendors


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---------------------------------------------------------------- checks
def own_names(langs, vendors):
    n = {}
    n["everyday container kinds"] = [k for k, _ in EV.CONTAINERS]
    n["everyday span types"] = [t[0] for t in EV.TYPES]
    n["vendor span types"] = [v[0] for v in vendors]
    n["vendor styles"] = [s for s, _ in VE.STYLES]
    n["password syntaxes"] = [s for s, _ in PW.SYNTAXES] + ["betpw_" + s for s, _ in PW.SYNTAXES]
    n["password suffixes"] = list(PW.SUFFIXES)
    n["prose formats"] = [f for f, _ in PR.FORMATS]
    n["prose span type"] = ["sportsbook_backoffice_password_told_in_message"]
    n["encodings"] = list(enc114.ENCODINGS)
    n["evasion types and wordings"] = [t[0] for t in EV_TYPES] + [t[1] for t in EV_TYPES]
    n["negative classes"] = [c for c, _ in NG.CLASSES]
    n["negative base kinds"] = [NG.kind_name(f) for _, ks in NG.CLASSES for f in ks]
    n["negative wrappers"] = [w for w, _ in NG.WRAPPERS]
    return n


def run_checks(secrets, evasions, negatives, dl, langs=None, vendors=None):
    deny = set(dl["names"])
    errs = []
    idre = {"s": re.compile(r"^p114-s-\d{4}$"), "e": re.compile(r"^p114-e-\d{4}$"), "n": re.compile(r"^p114-n-\d{4}$")}
    ids = set()
    pos_fields = {"id", "type", "container", "text", "secrets", "source"}
    all_values = []
    for rec in secrets + evasions:
        kind = "e" if rec["source"] == "evasion" else "s"
        if not idre[kind].match(rec["id"]):
            errs.append("bad id " + rec["id"])
        if rec["id"] in ids:
            errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        want = pos_fields | ({"encoding"} if kind == "e" else set())
        if set(rec) != want:
            errs.append("fields " + rec["id"])
        if len(rec["secrets"]) != 1:
            errs.append("span count " + rec["id"])
        for sp in rec["secrets"]:
            v = sp["value"]
            if rec["text"][sp["start"]:sp["end"]] != v:
                errs.append("offset " + rec["id"])
            if v != v.strip() or not v:
                errs.append("edge ws " + rec["id"])
            cnt = sum(1 for i in range(len(rec["text"])) if rec["text"].startswith(v, i))
            if cnt != 1:
                errs.append("occurrences %d %s" % (cnt, rec["id"]))
            all_values.append((rec["id"], v))
            if kind == "e":
                if set(sp) != {"value", "start", "end", "type", "plain", "encoding"}:
                    errs.append("evasion span fields " + rec["id"])
                try:
                    dec = dec114.decode(sp["encoding"], v)
                except Exception as ex:  # noqa: BLE001
                    dec = "<%s>" % ex
                if dec != sp["plain"]:
                    errs.append("decode " + rec["id"])
                if sp["encoding"] != rec["encoding"]:
                    errs.append("encoding mismatch " + rec["id"])
                rule = enc114.RULES.get(sp["encoding"], "\x00")
                ri = rec["text"].find(rule)
                if ri < 0 or ri + len(rule) > sp["start"]:
                    errs.append("rule not before run " + rec["id"])
                if sp["plain"] in rec["text"]:
                    errs.append("plain verbatim " + rec["id"])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
                    errs.append("plain alphabet " + rec["id"])
                all_values.append((rec["id"], sp["plain"]))
            else:
                if set(sp) != {"value", "start", "end", "type"}:
                    errs.append("span fields " + rec["id"])
        if rec["type"] != rec["secrets"][0]["type"]:
            errs.append("type != first span type " + rec["id"])
        if C.SLOT in rec["text"] or "\x00" in rec["text"] or "PRIVATE KEY" in rec["text"]:
            errs.append("marker/NUL/armour " + rec["id"])
        if rec["source"] == "prose":
            t, sp = rec["text"], rec["secrets"][0]
            if t[sp["start"] - 1] != " " or t[sp["end"]] != " ":
                errs.append("prose value not set off by spaces " + rec["id"])
    # values unique and absent from other records / negatives
    seen = {}
    for rid, v in all_values:
        if v in seen and seen[v] != rid:
            errs.append("value reused %s %s" % (rid, seen[v]))
        seen.setdefault(v, rid)
    texts = [(r["id"], r["text"]) for r in secrets + evasions] + [(n["id"], n["text"]) for n in negatives]
    plains = set()
    for r in evasions:
        for sp in r["secrets"]:
            plains.add((r["id"], sp["plain"]))
    for rid, v in all_values:
        hits = [i for i, t in texts if v in t]
        want = [] if (rid, v) in plains else [rid]
        if hits != want:
            errs.append("value %s.. of %s occurs in %s" % (v[:10], rid, hits[:3]))
    # negatives
    ntexts = set()
    for n in negatives:
        if set(n) != {"id", "class", "container", "text", "source"} or n["source"] != "negative":
            errs.append("neg fields " + n["id"])
        if not idre["n"].match(n["id"]) or n["id"] in ids:
            errs.append("neg id " + n["id"])
        ids.add(n["id"])
        if n["text"] in ntexts:
            errs.append("dup negative text " + n["id"])
        ntexts.add(n["text"])
        if C.SLOT in n["text"] or "PRIVATE KEY" in n["text"]:
            errs.append("neg marker " + n["id"])
    if len({n["class"] for n in negatives}) != 16 or len(negatives) < 180:
        errs.append("negative classes/count")
    # deny-list on every record's names
    for r in secrets + evasions:
        for nm in [r["container"], r["type"]] + [sp["type"] for sp in r["secrets"]] + ([r["encoding"]] if "encoding" in r else []):
            h = overlaps(nm, deny)
            if h:
                errs.append("deny-list %s in %s (%s)" % (sorted(h), nm, r["id"]))
    for n in negatives:
        for nm in (n["class"], n["container"]):
            h = overlaps(nm, deny)
            if h:
                errs.append("deny-list %s in %s (%s)" % (sorted(h), nm, n["id"]))
    if langs is not None:
        for cat, lst in own_names(langs, vendors).items():
            if len(set(x.lower() for x in lst)) != len(lst):
                errs.append("own names not unique: " + cat)
            for nm in lst:
                h = overlaps(nm, deny)
                if h:
                    errs.append("deny-list %s in %s: %s" % (sorted(h), cat, nm))
        codes = [l[0] for l in langs]
        if len(set(codes)) != N_LANG:
            errs.append("languages")
        for l in langs:
            if l[0] in deny or l[0] in set(dl["languages"]):
                errs.append("language code deny-listed " + l[0])
        words = set(dl["words"])
        for v in vendors:
            if v[1].lower() in words:
                errs.append("vendor word in READMEs " + v[1])
    # counts and disjoint span types
    src = {}
    for r in secrets:
        src.setdefault(r["source"], set()).add(r["type"])
    parts = list(src.values())
    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            if parts[i] & parts[j]:
                errs.append("span types shared between parts")
    cnt = {k: sum(1 for r in secrets if r["source"] == k) for k in ("everyday", "vendor", "password", "prose")}
    if cnt["everyday"] != 180 or not 100 <= cnt["vendor"] <= 140 or not 90 <= cnt["password"] <= 125 or cnt["prose"] != 40:
        errs.append("counts %r" % cnt)
    if len(evasions) != 66 or len({e["encoding"] for e in evasions}) != 22:
        errs.append("evasion counts")
    if len({r["container"] for r in secrets if r["source"] != "everyday"}) != sum(1 for r in secrets if r["source"] != "everyday"):
        errs.append("non-everyday containers not unique")
    return errs


def mutation_tests(secrets, evasions, negatives, dl):
    def m_shift(s, e, n):
        s[0]["secrets"][0]["start"] += 1
    def m_neg_leak(s, e, n):
        n[0]["text"] += " " + s[5]["secrets"][0]["value"]
    def m_wrong_plain(s, e, n):
        e[0]["secrets"][0]["plain"] += "x"
    def m_dup_neg(s, e, n):
        n[1]["text"] = n[0]["text"]
    def m_armour(s, e, n):
        n[2]["text"] += "\n-----BEGIN RSA PRIVATE KEY-----"
    def m_deny_container(s, e, n):
        s[3]["container"] = "mastodon_env_production_line"
    def m_deny_encoding_part(s, e, n):
        n[4]["container"] = "x__roman_numeral_code_points"
    def m_bad_id(s, e, n):
        s[7]["id"] = "p111-s-0008"
    def m_plain_leak(s, e, n):
        s[9]["text"] += " " + e[4]["secrets"][0]["plain"]
    def m_extra(s, e, n):
        s[11]["text"] += " " + s[11]["secrets"][0]["value"]
    def m_rule_removed(s, e, n):
        sp = e[6]["secrets"][0]
        rule = enc114.RULES[sp["encoding"]]
        e[6]["text"] = e[6]["text"].replace(rule, "somehow")
        d = len(rule) - len("somehow")
        sp["start"] -= d
        sp["end"] -= d
    def m_deny_class(s, e, n):
        n[8]["class"] = "community_config_placeholders"
    tests = [m_shift, m_neg_leak, m_wrong_plain, m_dup_neg, m_armour, m_deny_container, m_deny_encoding_part,
             m_bad_id, m_plain_leak, m_extra, m_rule_removed, m_deny_class]
    for t in tests:
        s, e, n = copy.deepcopy(secrets), copy.deepcopy(evasions), copy.deepcopy(negatives)
        t(s, e, n)
        if not run_checks(s, e, n, dl):
            raise SystemExit("FAIL: mutation test not caught: " + t.__name__)
    return len(tests)


def main():
    dl, live = load_denylist()
    a = generate(dl)
    b = generate(dl)
    files_a = [dump(x) for x in a[:3]]
    files_b = [dump(x) for x in b[:3]]
    if files_a != files_b:
        raise SystemExit("FAIL: generation not deterministic")
    secrets, evasions, negatives, langs, vendors = a
    errs = run_checks(secrets, evasions, negatives, dl, langs, vendors)
    if errs:
        for x in errs[:50]:
            print("FAIL:", x)
        raise SystemExit("FAIL: %d check errors" % len(errs))
    nmut = mutation_tests(secrets, evasions, negatives, dl)
    info = {
        "dl": dl, "langs": pick_languages(dl), "vendors": pick_vendors(dl), "nmut": nmut,
        "own": own_names(langs, vendors),
    }
    ra = readme114.render(secrets, evasions, negatives, info)
    rb = readme114.render(*generate(dl)[:3], info)
    if ra != rb:
        raise SystemExit("FAIL: README not deterministic")
    if live and not os.path.exists(FROZEN):
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(dl, f, ensure_ascii=False, indent=0)
            f.write("\n")
    for name, content in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), files_a):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(content)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    print("ok: secrets %d, evasions %d, negatives %d, mutation tests %d" % (len(secrets), len(evasions), len(negatives), nmut))


if __name__ == "__main__":
    main()
