"""All checks run by build.py before anything is written."""
import base64
import collections
import re

import common221 as C
import dec221
import enc221
import everyday221
import evasions221
import negatives221
import positional221
import prose221
import vendor221

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
VENDOR_CHK = {e[0]: e[3] for e in vendor221.KEPT}
EV_WORDINGS = [w[0] for w in evasions221.WORDINGS]
NEG_WRAPPERS = [w[0] for w in negatives221.WRAPPERS]


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def check_everyday_value(t, v):
    if t in everyday221.PW_TYPES:
        return bool(C.PW_RE.match(v))
    if t == "hive_scale_ingest_token":
        m = re.fullmatch(r"hsi_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
        return bool(m) and C.crc32_hex(m.group(1)) == m.group(2)
    if t == "varroa_count_api_key":
        m = re.fullmatch(r"vca_([0-9]{9})([0-9])_[A-Za-z0-9]{28}", v)
        return bool(m) and C.damm_digit(m.group(1)) == m.group(2)
    if t == "honey_label_paserk_local_key":
        return bool(re.fullmatch(r"k4\.local\.[A-Za-z0-9_-]{43}", v)) and len(C.b64u_dec(v[9:])) == 32
    if t == "swarm_dispatch_hs384_jwt":
        return C.jwt_ok(v) and '"alg":"HS384"' in C.b64u_dec(v.split(".")[0]).decode()
    if t == "shop_admin_totp_seed":
        return bool(re.fullmatch(r"[A-Z2-7]{32}", v)) and len(base64.b32decode(v)) == 20
    if t == "lorawan_hive_scale_appkey":
        return bool(re.fullmatch(r"[0-9A-F]{32}", v))
    return False


def run_checks(data, deny):
    errs = []
    pos, evs, negs, hidden = data["secrets"], data["evasions"], data["negatives"], data["hidden"]
    _ids(pos, "s", errs)
    _ids(evs, "e", errs)
    _ids(negs, "n", errs)
    all_texts = [r["text"] for r in pos] + [r["text"] for r in evs] + [r["text"] for r in negs]
    values = []
    # ---- record structure and spans
    for recs, fields, sfields in ((pos, POS_FIELDS, POS_SPAN), (evs, EV_FIELDS, EV_SPAN)):
        for r in recs:
            if list(r.keys()) != fields:
                errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
                continue
            if len(r["secrets"]) != 1:
                errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            s = r["secrets"][0]
            if list(s.keys()) != sfields:
                errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
                continue
            v = s["value"]
            if not v or v != v.strip():
                errs.append("%s: empty or edge-whitespace value" % r["id"])
            if r["text"][s["start"]:s["end"]] != v:
                errs.append("%s: span does not re-slice" % r["id"])
            if r["type"] != s["type"]:
                errs.append("%s: record type != span type" % r["id"])
            if r["text"].count(v) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
            if "\x00" in r["text"] or "\x00V" in r["text"] or "PRIVATE KEY" in r["text"]:
                errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % r["id"])
            values.append((r["id"], v))
    cnt = collections.Counter(v for _, v in values)
    for v, n in cnt.items():
        if n > 1:
            errs.append("value reused %d times: %s" % (n, v[:30]))
    joined = {}
    for i, t in enumerate(all_texts):
        joined[i] = t
    for rid, v in values:
        hits = sum(t.count(v) for t in all_texts)
        if hits != 1:
            errs.append("%s: value appears %d times across all texts" % (rid, hits))
    neg_blob = "\n".join(r["text"] for r in negs)
    for rid, v in values:
        if v in neg_blob:
            errs.append("%s: positive value inside a negative" % rid)
    for e in evs:
        p = e["secrets"][0].get("plain", "")
        if p and any(p in t for t in all_texts):
            errs.append("%s: evasion plain visible in a text" % e["id"])
    for h in hidden:
        if any(h in t for t in all_texts):
            errs.append("hidden password visible in a text: %s" % h)
    # ---- shapes
    by_src = collections.defaultdict(list)
    for r in pos:
        by_src[r["source"]].append(r)
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: bad source" % r["id"])
    for r in by_src["everyday"]:
        if not check_everyday_value(r["type"], r["secrets"][0]["value"]):
            errs.append("%s: everyday shape check failed (%s)" % (r["id"], r["type"]))
    for r in by_src["vendor"]:
        chk = VENDOR_CHK.get(r["type"])
        if chk is None or not vendor221.value_ok(chk, r["secrets"][0]["value"]):
            errs.append("%s: vendor shape check failed (%s)" % (r["id"], r["type"]))
    for r in by_src["password"]:
        v = r["secrets"][0]["value"]
        kind = positional221.HIDDEN.get(r["type"])
        pw = positional221.hidden_pw(kind, v) if kind else v
        if not C.STRICT_PW_RE.match(pw):
            errs.append("%s: positional password not strict form" % r["id"])
        if r["type"].endswith("apiary_gate_fixed_width_cols_31_to_50"):
            line_start = r["text"].rfind("\n", 0, r["secrets"][0]["start"]) + 1
            if r["secrets"][0]["start"] - line_start != 30:
                errs.append("%s: gate value not in columns 31-50" % r["id"])
    for r in by_src["prose"]:
        s = r["secrets"][0]
        if not C.STRICT_PW_RE.match(s["value"]):
            errs.append("%s: prose password not strict form" % r["id"])
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in pos + evs + negs:
        for u in C.UUID_FIND.findall(r["text"]):
            if not C.is_uuid4(u):
                errs.append("%s: UUID-shaped substring not v4: %s" % (r["id"], u))
    for r in pos + evs:
        for j in C.JWT_FIND.findall(r["text"]):
            if not C.jwt_ok(j):
                errs.append("%s: JWT-shaped substring invalid" % r["id"])
    # ---- evasions
    enc_names = [e[0] for e in enc221.ENCODINGS]
    seen_pairs = collections.Counter()
    for r in evs:
        s = r["secrets"][0]
        if r["source"] != "evasion" or r["encoding"] != s["encoding"]:
            errs.append("%s: evasion source/encoding mismatch" % r["id"])
        try:
            dec = dec221.decode(s["encoding"], s["value"])
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: evasion layout wrong" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        if not evasions221.PLAIN_RE[r["type"]].match(s["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != r["encoding"] or parts[1] not in EV_WORDINGS:
            errs.append("%s: evasion container %s" % (r["id"], r["container"]))
        seen_pairs[(r["encoding"], r["type"])] += 1
    enc_count = collections.Counter(r["encoding"] for r in evs)
    if len(evs) != 66 or sorted(enc_count) != sorted(enc_names) or set(enc_count.values()) != {3}:
        errs.append("evasions: need 22 encodings x 3 (got %d records)" % len(evs))
    if any(n != 1 for n in seen_pairs.values()):
        errs.append("evasions: an encoding/type pair repeats")
    for e in enc_names:
        ws = {r["container"].split("__")[1] for r in evs if r["encoding"] == e}
        if len(ws) != 3:
            errs.append("evasions: %s does not use three wordings" % e)
    # ---- negatives
    for r in negs:
        if list(r.keys()) != NEG_FIELDS or r["source"] != "negative":
            errs.append("%s: negative fields/source" % r.get("id"))
        if C.pw_form_in(r["text"]):
            errs.append("%s: string of password form inside a negative" % r["id"])
    if len({r["text"] for r in negs}) != len(negs):
        errs.append("negatives: duplicate texts")
    ncls = collections.Counter(r["class"] for r in negs)
    if len(ncls) < 16 or len(negs) < 180:
        errs.append("negatives: need >= 16 classes and >= 180 records")
    for r in negs:
        if r["class"] == "gtin_jar_and_case_barcodes":
            for g in re.findall(r"\b50\d{6}\b|\b50\d{12}\b", r["text"]):
                if C.gs1_check(g[:-1]) != g[-1]:
                    errs.append("%s: GS1 check digit wrong in %s" % (r["id"], g))
        if r["class"] == "isbn_and_issn_bee_literature_refs":
            for g in re.findall(r"\b978\d{10}\b", r["text"]):
                if C.isbn13_check(g[:-1]) != g[-1]:
                    errs.append("%s: ISBN check digit wrong" % r["id"])
            for g in re.findall(r"\b(\d{4})-(\d{3})([\dX])\b", r["text"]):
                if C.issn_check(g[0] + g[1]) != g[2]:
                    errs.append("%s: ISSN check digit wrong" % r["id"])
    # ---- deny-list
    names_to_check = []
    for r in pos + evs + negs:
        names_to_check.append(("container", r["container"]))
    for r in pos + evs:
        names_to_check.append(("span type", r["secrets"][0]["type"]))
    names_to_check += [("encoding", e) for e in enc_names]
    names_to_check += [("negative class", c) for c in ncls]
    names_to_check += [("spare kind", k) for k in everyday221.SPARE_KINDS]
    names_to_check += [("vendor style", s) for s, _ in vendor221.STYLES]
    names_to_check += [("set-aside vendor", e[0]) for e in vendor221.SET_ASIDE]
    names_to_check += [("password suffix", w) for w in positional221.WHERE.values()]
    names_to_check += [("set-aside syntax", s) for s in positional221.SET_ASIDE]
    names_to_check += [("prose format", f) for f in prose221.FORMATS]
    names_to_check += [("evasion wording", w) for w in EV_WORDINGS]
    names_to_check += [("negative wrapper", w) for w in NEG_WRAPPERS]
    for what, n in names_to_check:
        hits = C.deny_hits(n, deny)
        if hits:
            errs.append("deny-listed %s: %s (%s)" % (what, n, ", ".join(hits)))
    dsyn = set(deny["syntaxes"]) | set(deny["names"])
    syns = [r["type"][len(positional221.PFX):] for r in by_src["password"]] + list(positional221.SET_ASIDE)
    for s in syns:
        if s in dsyn:
            errs.append("earlier syntax name reused: %s" % s)
    codes = [r["container"].split("__")[1] for r in by_src["prose"]] + [c for c, _ in prose221.SPARES]
    lang_name = {c: n for c, n, _, _ in prose221.LANGS}
    lang_name.update(dict(prose221.SPARES))
    dcodes = set(deny["language_codes"]) | set(deny["names"])
    dnames = set(deny["language_names"])
    for c in codes:
        if c in dcodes:
            errs.append("deny-listed language code: %s" % c)
        n = lang_name.get(c, "").lower()
        if not n or n in dnames or any(w in dnames for w in n.split()):
            errs.append("deny-listed or unknown language name: %s (%s)" % (c, n))
    # ---- counts
    ev = by_src["everyday"]
    if len(ev) != 180:
        errs.append("everyday: %d records" % len(ev))
    kc = collections.Counter(r["container"] for r in ev)
    tc = collections.Counter(r["type"] for r in ev)
    if len(kc) != 45 or set(kc.values()) != {4} or len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday: pairing counts wrong")
    for k in kc:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            errs.append("everyday: kind %s lacks four different types" % k)
    vd = by_src["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: need 120 distinct types")
    for r in vd:
        if r["container"].split("__")[0] != r["type"] or len(r["container"].split("__")) != 2:
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by_src["password"]
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: need 95-120 distinct syntaxes, one record each")
    pr = by_src["prose"]
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        errs.append("positives: %d records" % len(pos))
    tsets = [set(r["type"] for r in by_src[s]) for s in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in evs)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    nonev = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in evs] + [r["container"] for r in negs]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")
    return errs
