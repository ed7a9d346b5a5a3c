#!/usr/bin/env python3
"""Build the p166 held-out credential corpus (childcare / nursery / daycare-management developers).

python3 build.py [outdir]   -- generates everything twice, checks, runs mutation tests, then writes.
Standard library only; fixed seeds; no clock; no network.
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common166  # noqa: E402
import dec166  # noqa: E402
import enc166  # noqa: E402
import evasions166  # noqa: E402
import everyday166  # noqa: E402
import negatives166  # noqa: E402
import positional166  # noqa: E402
import prose166  # noqa: E402
import readme166  # noqa: E402
import vendor166  # noqa: E402

BRIEF_DIR = "/tmp/brief166"
BRIEF_FILES = ["README_hundredsixtyfirst.md", "README_hundredsixtythird.md"]
DENY_FILE = os.path.join(HERE, "brief_names.json")
HAND_LANGS = ["perso-arabic", "punjabi", "cyrillic", "ethiopic", "latin", "greek"]


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- deny-list
def extract_denylist(paths):
    names, langs = set(), set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            text = f.read()
        found = set(m.strip().lower() for m in re.findall(r"`([^`\n]+)`", text))
        found |= set(m.lower() for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text))
        for n in list(found):
            for part in n.split("__"):
                part = part.strip("_ ")
                if part:
                    found.add(part)
        for n in list(found):
            m = re.match(r"^[a-z]+pw_(.+)$", n)
            if m:
                found.add(m.group(1))
        names |= found
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", text):
            langs.add(code)
            langs.add(name.lower())
            for w in re.split(r"[\s]+", name.lower()):
                langs.add(w)
    langs |= set(HAND_LANGS)
    return {"source": [os.path.basename(p) for p in paths], "names": sorted(names), "languages": sorted(langs)}


def load_denylist():
    brief_paths = [os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES]
    fresh = None
    if all(os.path.exists(p) for p in brief_paths):
        fresh = extract_denylist(brief_paths)
    if os.path.exists(DENY_FILE):
        with open(DENY_FILE, encoding="utf-8") as f:
            frozen = json.load(f)
        if fresh is not None and fresh != frozen:
            raise BuildError("brief_names.json differs from a fresh extraction of /tmp/brief166")
        return frozen, fresh is not None
    if fresh is None:
        raise BuildError("no brief_names.json and no /tmp/brief166 to extract it from")
    return fresh, True


class Deny:
    def __init__(self, d):
        self.names = set(d["names"])
        self.langs = set(d["languages"])

    def hit(self, name):
        n = name.lower()
        return any(p in self.names for p in [n] + n.split("__"))

    def syntax_hit(self, syn):
        return self.hit(syn) or self.hit(positional166.PREFIX + syn)

    def lang_hit(self, code, name):
        if code in self.langs or code in self.names:
            return True
        if name.lower() in self.langs:
            return True
        return any(w in self.langs for w in name.lower().split())


# ---------------------------------------------------------------- generation
def generate(deny):
    reg = common166.Registry()
    meta = {}
    ev = everyday166.generate(reg)
    vd, vdrop, vunused = vendor166.generate(reg, deny.hit)
    pw, pdrop, punused = positional166.generate(reg, deny.syntax_hit, common166.USERS, common166.HOSTS)
    pr, lrefused, lused, lspares = prose166.generate(reg, deny.lang_hit)
    meta.update(vendor_dropped=vdrop, vendor_unused=vunused, syntax_dropped=pdrop, syntax_unused=punused,
                lang_refused=lrefused, lang_used=lused, lang_spares=lspares)
    secrets = ev + vd + pw + pr
    for i, r in enumerate(secrets, 1):
        r["id"] = "p166-s-%04d" % i
    evas = evasions166.generate(reg)
    for i, r in enumerate(evas, 1):
        r["id"] = "p166-e-%04d" % i
    negs = negatives166.generate()
    for i, r in enumerate(negs, 1):
        r["id"] = "p166-n-%04d" % i
    return {"secrets": secrets, "evasions": evas, "negatives": negs, "meta": meta}


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- checks
POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
EVA_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def check(b, deny):
    errs = []
    S, E, N = b["secrets"], b["evasions"], b["negatives"]
    ids = [r.get("id") for r in S + E + N]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in S:
        if not re.match(r"^p166-s-\d{4}$", r["id"]):
            errs.append("bad id " + r["id"])
    for r in E:
        if not re.match(r"^p166-e-\d{4}$", r["id"]):
            errs.append("bad id " + r["id"])
    for r in N:
        if not re.match(r"^p166-n-\d{4}$", r["id"]):
            errs.append("bad id " + r["id"])
    values = []
    for r in S + E:
        isev = r["source"] == "evasion"
        if set(r) != (EVA_FIELDS if isev else POS_FIELDS):
            errs.append(r["id"] + " fields")
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose", "evasion"):
            errs.append(r["id"] + " source")
        if len(r["secrets"]) != 1:
            errs.append(r["id"] + " span count")
            continue
        s = r["secrets"][0]
        if set(s) != (EVA_SPAN_FIELDS if isev else SPAN_FIELDS):
            errs.append(r["id"] + " span fields")
            continue
        v, t = s["value"], r["text"]
        if t[s["start"]:s["end"]] != v:
            errs.append(r["id"] + " span does not re-slice")
        if not v or v != v.strip():
            errs.append(r["id"] + " edge whitespace")
        if s["type"] != r["type"]:
            errs.append(r["id"] + " type mismatch")
        if t.count(v) != 1:
            errs.append(r["id"] + " value occurs %d times" % t.count(v))
        for bad in ("\u00ab", "\u00bb", "\0", "PRIVATE KEY", "{V}", "{run}", "{rule}", "{what}", "{What}"):
            if bad in t:
                errs.append(r["id"] + " leftover marker " + repr(bad))
        values.append((r["id"], v))
        if r["source"] == "prose":
            st, en = s["start"], s["end"]
            if (st > 0 and not t[st - 1].isspace()) or (en < len(t) and not t[en].isspace()):
                errs.append(r["id"] + " prose value not set off by whitespace")
        if isev:
            if r["encoding"] != s["encoding"]:
                errs.append(r["id"] + " encoding mismatch")
            if s["encoding"] not in dec166.DECODERS:
                errs.append(r["id"] + " unknown encoding")
            else:
                try:
                    ok = dec166.decode(s["encoding"], v) == s["plain"]
                except Exception:
                    ok = False
                if not ok:
                    errs.append(r["id"] + " evasion does not decode to plain")
            if not PLAIN_RE.match(s["plain"]):
                errs.append(r["id"] + " plain alphabet")
            if s["plain"] in v:
                errs.append(r["id"] + " run contains plain")
            if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n":
                errs.append(r["id"] + " run not on its own line after ':'")
    vs = [v for _, v in values]
    if len(vs) != len(set(vs)):
        errs.append("reused values")
    alltexts = [(r["id"], r["text"]) for r in S + E + N]
    plains = [(r["id"], r["secrets"][0].get("plain")) for r in E if r["secrets"]]
    for rid, v in values:
        for tid, t in alltexts:
            if tid != rid and v in t:
                errs.append("value of %s appears in %s" % (rid, tid))
    for rid, p in plains:
        if p is None:
            continue
        for tid, t in alltexts:
            if p in t:
                errs.append("plain of %s appears in %s" % (rid, tid))
    # negatives
    texts = set()
    for r in N:
        if set(r) != NEG_FIELDS or r["source"] != "negative":
            errs.append(r["id"] + " negative fields")
        if r["text"] in texts:
            errs.append(r["id"] + " duplicate negative text")
        texts.add(r["text"])
    classes = sorted(set(r["class"] for r in N))
    if len(classes) < 16 or len(N) < 180:
        errs.append("negatives: %d classes, %d records" % (len(classes), len(N)))
    # deny-list
    for r in S + E + N:
        if deny.hit(r["container"]):
            errs.append(r["id"] + " container on deny-list: " + r["container"])
    for r in S + E:
        if deny.hit(r["type"]):
            errs.append(r["id"] + " type on deny-list: " + r["type"])
        if r["source"] == "password":
            syn = r["type"][len(positional166.PREFIX):]
            if not r["type"].startswith(positional166.PREFIX) or deny.syntax_hit(syn):
                errs.append(r["id"] + " syntax on deny-list: " + syn)
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = {c: n for c, n, _, _ in prose166.LANGS}.get(code, "")
            if deny.lang_hit(code, name) or not name:
                errs.append(r["id"] + " language on deny-list: " + code)
    for r in E:
        if deny.hit(r["encoding"]):
            errs.append(r["id"] + " encoding on deny-list")
    for c in classes:
        if deny.hit(c):
            errs.append("negative class on deny-list: " + c)
    # counts
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    if len(by.get("everyday", [])) != 180:
        errs.append("everyday count")
    else:
        kinds = {}
        for r in by["everyday"]:
            kinds.setdefault(r["container"], []).append(r["type"])
        if len(kinds) != 45 or any(len(v) != 4 for v in kinds.values()):
            errs.append("everyday kinds")
        if len(set(r["type"] for r in by["everyday"])) != 12:
            errs.append("everyday types")
    if len(by.get("vendor", [])) != 120 or len(set(r["type"] for r in by.get("vendor", []))) != 120:
        errs.append("vendor count")
    npw = len(by.get("password", []))
    if not 95 <= npw <= 120 or len(set(r["type"] for r in by.get("password", []))) != npw:
        errs.append("password syntax count")
    pros = by.get("prose", [])
    if len(pros) != 40 or len(set(r["container"].split("__")[-1] for r in pros)) != 40:
        errs.append("prose count / languages")
    encs = {}
    for r in E:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(E) != 66 or len(encs) != 22 or any(v != 3 for v in encs.values()):
        errs.append("evasion counts")
    # span types of sources disjoint; non-everyday containers unique
    tsets = {}
    for r in S + E:
        tsets.setdefault(r["source"], set()).add(r["type"])
    srcs = list(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                errs.append("span types shared by %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in S + E if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    return errs


def mutations(b, deny):
    def m_offset(x):
        x["secrets"][5]["secrets"][0]["start"] += 1

    def m_leak(x):
        x["negatives"][3]["text"] += "\n" + x["secrets"][200]["secrets"][0]["value"]

    def m_decode(x):
        x["evasions"][10]["secrets"][0]["plain"] += "x"

    def m_deny_container(x):
        x["secrets"][0]["container"] = "shop_whiteboard_photo_ocr"

    def m_deny_class(x):
        for r in x["negatives"][:12]:
            r["class"] = "vin_numbers_with_valid_check_digit"

    def m_dup_id(x):
        x["secrets"][1]["id"] = x["secrets"][0]["id"]

    def m_type(x):
        x["secrets"][7]["type"] = "something_else"

    def m_repeat(x):
        r = x["secrets"][9]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m_reuse(x):
        a, c = x["secrets"][300], x["secrets"][301]
        v = a["secrets"][0]["value"]
        c["text"] = "export X=" + v + "\n"
        c["secrets"][0].update(value=v, start=9, end=9 + len(v))

    def m_count(x):
        x["evasions"].pop()

    def m_deny_encoding(x):
        r = x["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "circled_alphanumerics"

    def m_prose_glued(x):
        r = [r for r in x["secrets"] if r["source"] == "prose"][0]
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + "x" + t[s["start"]:]

    def m_deny_lang(x):
        r = [r for r in x["secrets"] if r["source"] == "prose"][2]
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m_deny_syntax(x):
        r = [r for r in x["secrets"] if r["source"] == "password"][0]
        r["type"] = r["secrets"][0]["type"] = positional166.PREFIX + "sqlcmd_capital_p_after_capital_u"

    muts = [m_offset, m_leak, m_decode, m_deny_container, m_deny_class, m_dup_id, m_type, m_repeat, m_reuse,
            m_count, m_deny_encoding, m_prose_glued, m_deny_lang, m_deny_syntax]
    results = []
    for m in muts:
        x = copy.deepcopy(b)
        m(x)
        caught = bool(check(x, deny))
        results.append((m.__name__, caught))
        if not caught:
            raise BuildError("mutation not caught: " + m.__name__)
    return results


def main(argv):
    outdir = argv[1] if len(argv) > 1 else HERE
    d, re_extracted = load_denylist()
    deny = Deny(d)
    b1 = generate(deny)
    b2 = generate(deny)
    for k in ("secrets", "evasions", "negatives"):
        if dumps(b1[k]) != dumps(b2[k]):
            raise BuildError("non-deterministic " + k)
    errs = check(b1, deny)
    if errs:
        raise BuildError("checks failed:\n  " + "\n  ".join(errs[:40]))
    muts = mutations(b1, deny)
    r1 = readme166.render(b1, d, muts, re_extracted)
    r2 = readme166.render(b2, d, muts, re_extracted)
    if r1 != r2:
        raise BuildError("README not deterministic")
    os.makedirs(outdir, exist_ok=True)
    files = {
        "secrets.jsonl": dumps(b1["secrets"]),
        "evasions.jsonl": dumps(b1["evasions"]),
        "negatives.jsonl": dumps(b1["negatives"]),
        "README.md": r1,
        "brief_names.json": json.dumps(d, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    }
    for name, content in files.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(content)
    print("wrote %d secrets, %d evasions, %d negatives to %s (%d mutation tests caught)" % (
        len(b1["secrets"]), len(b1["evasions"]), len(b1["negatives"]), outdir, len(muts)))


if __name__ == "__main__":
    try:
        main(sys.argv)
    except BuildError as e:
        sys.stderr.write("BUILD FAILED: %s\n" % e)
        sys.exit(1)
