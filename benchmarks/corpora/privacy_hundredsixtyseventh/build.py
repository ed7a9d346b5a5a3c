#!/usr/bin/env python3
"""Build corpus p167 (pest-control, lawn-care and landscaping developers).

python3 build.py [outdir]            generate twice, check, mutation-test, write
python3 build.py --freeze            (re)extract brief_names.json from /tmp/brief167/ and stop

Standard library only; fixed seeds; no clock; no network. Nothing is written unless every
check and every mutation test passes.
"""
import base64
import binascii
import copy
import json
import os
import re
import sys
import uuid

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common167 as C  # noqa: E402
import everyday167  # noqa: E402
import vendor167  # noqa: E402
import positional167  # noqa: E402
import prose167  # noqa: E402
import evasions167  # noqa: E402
import negatives167  # noqa: E402
import enc167  # noqa: E402
import dec167  # noqa: E402
import readme167  # noqa: E402

BRIEF_DIR = "/tmp/brief167"
BRIEF_FILES = ["README_hundredsixtyfourth.md", "README_hundredsixtyfifth.md"]
DENY_FILE = os.path.join(HERE, "brief_names.json")


# ---------------------------------------------------------------- deny-list
def extract_from_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    d = C.extract_denylist(texts)
    d["source_files"] = BRIEF_FILES
    return d


def load_denylist():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_from_brief()
        if fresh != frozen:
            raise SystemExit("FAIL: brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
    return frozen


# ---------------------------------------------------------------- generation
def generate_all(deny):
    names = set(deny["names"])
    reg = C.Registry()
    ev = everyday167.generate(reg, 1)
    vd = vendor167.generate(reg, names, len(ev) + 1)
    pw = positional167.generate(reg, names, set(), len(ev) + len(vd) + 1)
    pr = prose167.generate(reg, deny, len(ev) + len(vd) + len(pw) + 1)
    secrets = ev + vd + pw + pr
    evs = evasions167.generate(reg, 1)
    forbidden = [r["secrets"][0]["value"] for r in secrets]
    forbidden += [r["secrets"][0]["plain"] for r in evs] + [r["secrets"][0]["value"] for r in evs]
    negs = negatives167.generate(forbidden, 1)
    return {"secrets": secrets, "evasions": evs, "negatives": negs}


def serialise(data):
    return {k: C.dumps_jsonl(v) for k, v in data.items()}


# ---------------------------------------------------------------- checks
POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
POS_SPAN = {"value", "start", "end", "type"}
EVA_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EVA_SPAN = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
BAD_CHARS = [C.SLOT, "\u27ea", "\u27eb", "\x00", "PRIVATE KEY"]


def _b64url_json_ok(seg):
    try:
        raw = base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4))
        return isinstance(json.loads(raw.decode("utf-8")), dict)
    except Exception:
        return False


def check(data, deny):
    errs = []
    E = errs.append
    names = set(deny["names"])
    secrets, evs, negs = data["secrets"], data["evasions"], data["negatives"]

    # ids
    for recs, pat in ((secrets, "p167-s-%04d"), (evs, "p167-e-%04d"), (negs, "p167-n-%04d")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E("duplicate id")
        for i, rid in enumerate(ids):
            if rid != pat % (i + 1):
                E("id not sequential / well-formed: %r" % rid)
                break

    all_texts = [(r["id"], r["text"]) for r in secrets + evs + negs]
    values = {}

    def span_checks(r, fields, span_fields):
        if set(r) != fields:
            E("%s: fields %s" % (r["id"], sorted(r)))
            return None
        if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
            E("%s: not exactly one span" % r["id"])
            return None
        s = r["secrets"][0]
        if set(s) != span_fields:
            E("%s: span fields %s" % (r["id"], sorted(s)))
            return None
        t, v = r["text"], s["value"]
        if not (isinstance(s["start"], int) and isinstance(s["end"], int)) or t[s["start"]:s["end"]] != v:
            E("%s: span does not re-slice" % r["id"])
        if not v or v != v.strip() or v[0].isspace() or v[-1].isspace():
            E("%s: empty value or edge whitespace" % r["id"])
        if r["type"] != s["type"]:
            E("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        for b in BAD_CHARS:
            if b in t:
                E("%s: forbidden marker %r in text" % (r["id"], b))
        if v in values:
            E("%s: value reused (also in %s)" % (r["id"], values[v]))
        values[v] = r["id"]
        return s

    for r in secrets:
        s = span_checks(r, POS_FIELDS, POS_SPAN)
        if s is None:
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E("%s: bad source" % r["id"])
        v = s["value"]
        if UUID_RE.match(v) and uuid.UUID(v).version != 4:
            E("%s: UUID not version 4" % r["id"])
        if JWT_RE.match(v):
            h, p, _ = v.split(".")
            if not (_b64url_json_ok(h) and _b64url_json_ok(p)):
                E("%s: JWT header / payload not base64url JSON" % r["id"])
        if v.startswith("ghp_"):
            body, cs = v[4:34], v[34:]
            if C.base62_encode_int(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) != cs:
                E("%s: GitHub PAT checksum" % r["id"])
        owner = (r["source"] == "prose" or (r["source"] == "everyday" and r["type"].endswith("_password"))
                 or (r["source"] == "password" and "b64" not in r["type"]))
        if owner and not C.OWNER_PW_RE.match(v):
            E("%s: owner-chosen password shape" % r["id"])
        if r["source"] == "prose":
            t = r["text"]
            before = t[s["start"] - 1] if s["start"] > 0 else " "
            after = t[s["end"]] if s["end"] < len(t) else " "
            if not (before.isspace() and after.isspace()):
                E("%s: prose value not set off by whitespace" % r["id"])

    for r in evs:
        s = span_checks(r, EVA_FIELDS, EVA_SPAN)
        if s is None:
            continue
        if r["source"] != "evasion":
            E("%s: evasion source" % r["id"])
        enc = r["encoding"]
        if s["encoding"] != enc:
            E("%s: record / span encoding differ" % r["id"])
        if enc not in enc167.RULES:
            E("%s: unknown encoding %s" % (r["id"], enc))
            continue
        try:
            dec = dec167.decode(enc, s["value"])
        except Exception as ex:  # noqa: BLE001
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            E("%s: run does not decode to plain (%r)" % (r["id"], dec[:40]))
        if not PLAIN_RE.match(s["plain"]):
            E("%s: plain alphabet" % r["id"])
        if s["plain"] in s["value"]:
            E("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n":
            E("%s: run not on its own line after ':'" % r["id"])
        if enc167.RULES[enc] not in t[:s["start"]]:
            E("%s: rule not stated before run" % r["id"])
        if not r["container"].startswith(enc + "__"):
            E("%s: evasion container" % r["id"])
        if s["plain"] in values:
            E("%s: plain reused" % r["id"])
        values[s["plain"]] = r["id"]

    # cross-record leaks
    for v, owner in values.items():
        for rid, t in all_texts:
            if rid != owner and v in t:
                E("value / plain of %s appears in %s" % (owner, rid))
    for r in evs:
        p = r["secrets"][0]["plain"]
        if p in r["text"]:
            E("%s: plain appears in its own text" % r["id"])

    # negatives
    texts_seen = set()
    for r in negs:
        if set(r) != NEG_FIELDS:
            E("%s: negative fields" % r.get("id"))
            continue
        if r["source"] != "negative":
            E("%s: negative source" % r["id"])
        if r["text"] in texts_seen:
            E("%s: duplicate negative text" % r["id"])
        texts_seen.add(r["text"])
        for b in BAD_CHARS:
            if b in r["text"]:
                E("%s: forbidden marker" % r["id"])
    classes = {r["class"] for r in negs}
    if len(classes) < 16:
        E("fewer than 16 negative classes")
    if len(negs) < 180:
        E("fewer than 180 negatives")

    # deny-list
    def dchk(label, name):
        if C.denied(name, names):
            E("deny-listed %s: %s" % (label, name))

    for r in secrets:
        dchk("container", r["container"])
        dchk("span type", r["type"])
        if r["source"] == "password":
            dchk("syntax", r["type"][len(positional167.PREFIX):])
    for r in evs:
        dchk("container", r["container"])
        dchk("span type", r["type"])
        dchk("encoding", r["encoding"])
    for r in negs:
        dchk("negative class", r["class"])
        dchk("negative container", r["container"])
    for n in (vendor167.STYLES + prose167.FORMATS + evasions167.WORDING_NAMES
              + [w[0] for w in negatives167.WRAPPERS] + list(positional167.SUFFIX.values())):
        dchk("presentation label", n)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    prose_langs = []
    for r in secrets:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            prose_langs.append(code)
            if code in codes or code in lnames:
                E("deny-listed language code %s" % code)
            name = LANG_NAME.get(code)
            if name is None:
                E("unknown prose language %s" % code)
            elif name.lower() in lnames or any(w in lnames for w in name.lower().split()):
                E("deny-listed language name %s" % name)

    # counts and structure
    by = {}
    for r in secrets:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180 or len({r["type"] for r in ev}) != 12 or len({r["container"] for r in ev}) != 45:
        E("everyday counts (%d records)" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    for k, ts in kinds.items():
        if len(ts) != 4 or len(set(ts)) != 4:
            E("everyday kind %s does not hold four different types" % k)
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor counts (%d)" % len(vd))
    for r in vd:
        if r["container"] != r["type"] + "__" + r["container"].split("__", 1)[-1] or \
                r["container"].split("__", 1)[-1] not in vendor167.STYLES:
            E("%s: vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len({r["type"] for r in pw}) <= 120) or len(pw) != len({r["type"] for r in pw}):
        E("password syntax counts (%d)" % len(pw))
    for r in pw:
        if not r["type"].startswith(positional167.PREFIX):
            E("%s: password type prefix" % r["id"])
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(prose_langs)) != 40:
        E("prose counts (%d records, %d languages)" % (len(pr), len(set(prose_langs))))
    if len(evs) != 66:
        E("evasion count %d" % len(evs))
    enc_counts = {}
    for r in evs:
        enc_counts[r["encoding"]] = enc_counts.get(r["encoding"], 0) + 1
    if len(enc_counts) != 22 or set(enc_counts.values()) != {3}:
        E("evasions not 22 x 3")
    type_sets = [({r["type"] for r in by.get(s, [])}) for s in ("everyday", "vendor", "password", "prose")]
    type_sets.append({r["type"] for r in evs})
    for i in range(len(type_sets)):
        for j in range(i + 1, len(type_sets)):
            if type_sets[i] & type_sets[j]:
                E("span types shared between sources")
    ne = [r["container"] for r in secrets if r["source"] != "everyday"] + [r["container"] for r in evs]
    if len(ne) != len(set(ne)):
        E("non-everyday containers not unique")
    return errs


LANG_NAME = {c: n for c, n, _, _ in prose167.LANGS}


# ---------------------------------------------------------------- mutation tests
def mutations(data, deny):
    first_deny = sorted(n for n in deny["names"] if "_" in n)[0]
    lang_deny = sorted(deny["language_codes"])[0]

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        d["secrets"][200]["container"] = first_deny

    def m06(d):
        for r in d["negatives"][:12]:
            r["class"] = first_deny

    def m07(d):
        d["secrets"][3]["type"] = d["secrets"][3]["type"] + "_x"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "a" + r["text"][s["start"]:]

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][11]
        sa, sb = a["secrets"][0], b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + sa["value"] + b["text"][sb["end"]:]
        sb["end"] = sb["start"] + len(sa["value"])
        sb["value"] = sa["value"]

    def m11(d):
        r = d["evasions"][5]
        r["encoding"] = "roman_numeral_code_points"
        r["secrets"][0]["encoding"] = "roman_numeral_code_points"

    def m12(d):
        r = d["secrets"][20]
        r["text"] = r["text"] + "\n# again: " + r["secrets"][0]["value"]

    def m13(d):
        r = [x for x in d["secrets"] if x["type"] == "state_reporting_api_bearer_jwt"][0]
        s = r["secrets"][0]
        h, p, sig = s["value"].split(".")
        bad = h + ".eyJub3Rqc29u" + p[12:] + "." + sig
        r["text"] = r["text"][:s["start"]] + bad + r["text"][s["end"]:]
        s["end"] = s["start"] + len(bad)
        s["value"] = bad

    def m14(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][3]
        r["container"] = r["container"].split("__")[0] + "__" + lang_deny

    tests = [("m01", "shifted offset", m01), ("m02", "duplicate id", m02),
             ("m03", "positive value pasted into a negative", m03), ("m04", "wrong evasion plain", m04),
             ("m05", "deny-listed container", m05), ("m06", "deny-listed negative class", m06),
             ("m07", "record / span type mismatch", m07), ("m08", "missing evasion", m08),
             ("m09", "prose value glued to a letter", m09), ("m10", "value reused in another record", m10),
             ("m11", "deny-listed encoding", m11), ("m12", "value twice in its own text", m12),
             ("m13", "JWT payload not JSON", m13), ("m14", "prose language switched to a deny-listed one", m14)]
    results = []
    for tid, desc, fn in tests:
        d = copy.deepcopy(data)
        fn(d)
        caught = bool(check(d, deny))
        results.append((tid, desc, caught))
    return results


# ---------------------------------------------------------------- main
def main(argv):
    if "--freeze" in argv:
        d = extract_from_brief()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        print("froze %d names, %d language codes, %d language names" % (
            len(d["names"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    deny = load_denylist()

    data1 = generate_all(deny)
    data2 = generate_all(deny)
    s1, s2 = serialise(data1), serialise(data2)
    if s1 != s2:
        raise SystemExit("FAIL: two generations differ")
    errs = check(data1, deny)
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        raise SystemExit("FAIL: %d check errors" % len(errs))
    muts = mutations(data1, deny)
    missed = [m for m in muts if not m[2]]
    if missed:
        raise SystemExit("FAIL: mutation tests not caught: %s" % missed)
    info = {"mutations": muts, "deny": deny}
    r1 = readme167.render(data1, info)
    r2 = readme167.render(data2, info)
    if r1 != r2:
        raise SystemExit("FAIL: README differs between generations")

    os.makedirs(outdir, exist_ok=True)
    for name, key in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(s1[key])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_FILE, encoding="utf-8") as src, open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    print("ok: %d secrets, %d evasions, %d negatives, %d mutation tests caught -> %s" % (
        len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
