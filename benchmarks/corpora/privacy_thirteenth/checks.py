"""All checks for p13.  run_all returns {"errors": [...], "lines": [...], "stats": {...}}."""
import base64
import json
import os
import re

from gen_common import b58check_valid, bech32_valid, github_token_valid

BRIEFS = ["/tmp/brief13/README_privacy_eleventh.md", "/tmp/brief13/README_privacy_twelfth.md"]
GH_RE = re.compile(r"\b(gh[pousr]_[0-9A-Za-z]{36})\b")
PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----", re.S)


def der_ok(b):
    if not b or b[0] != 0x30:
        return False
    n = b[1]
    if n < 0x80:
        return n + 2 == len(b)
    k = n & 0x7F
    return int.from_bytes(b[2:2 + k], "big") + 2 + k == len(b)


def brief_names():
    names = set()
    for p in BRIEFS:
        if os.path.exists(p):
            names |= set(re.findall(r"`([^`\s]+)`", open(p, encoding="utf-8").read()))
    return names


def _spans_ok(r, errs, need_plain=False):
    t = r["text"]
    prev_end = -1
    for s in r["secrets"]:
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("%s: span does not re-slice" % r["id"])
        if s["start"] < prev_end:
            errs.append("%s: spans overlap/unsorted" % r["id"])
        prev_end = s["end"]
        if s["value"] != s["value"].strip():
            errs.append("%s: edge whitespace" % r["id"])
        if need_plain and "plain" not in s:
            errs.append("%s: evasion span lacks plain" % r["id"])


def run_all(pos, ev, neg, decoders):
    errs, lines = [], []
    ids = [r["id"] for r in pos + ev + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in pos + ev + neg:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            errs.append("%s: JSON round trip" % r["id"])
    # positives
    value_owner = {}
    n_gh = n_pem = n_bech = n_b58 = 0
    for r in pos:
        _spans_ok(r, errs)
        if not r["secrets"]:
            errs.append("%s: no secrets" % r["id"])
            continue
        if r["type"] != r["secrets"][0]["type"]:
            errs.append("%s: record type != first span type" % r["id"])
        counts = {}
        for s in r["secrets"]:
            counts[s["value"]] = counts.get(s["value"], 0) + 1
        for v, c in counts.items():
            if r["text"].count(v) != c:
                errs.append("%s: value occurs %d times, labelled %d" % (r["id"], r["text"].count(v), c))
            if v in value_owner and value_owner[v] != r["id"]:
                errs.append("%s: value reused from %s" % (r["id"], value_owner[v]))
            value_owner[v] = r["id"]
        for s in r["secrets"]:
            v = s.get("plain", s["value"])
            for m in GH_RE.finditer(v):
                n_gh += 1
                if not github_token_valid(m.group(1)):
                    errs.append("%s: GitHub CRC invalid" % r["id"])
            for m in PEM_RE.finditer(v):
                n_pem += 1
                try:
                    der = base64.b64decode("".join(m.group(2).split()), validate=True)
                except Exception:
                    der = b""
                if not der_ok(der):
                    errs.append("%s: PEM body is not a DER SEQUENCE" % r["id"])
            if v.startswith("AGE-SECRET-KEY-1"):
                n_bech += 1
                if not bech32_valid(v):
                    errs.append("%s: age key bech32 invalid" % r["id"])
            if s["type"] in ("bitcoin_testnet_wif_key", "litecoin_wif_private_key", "dogecoin_wif_private_key"):
                n_b58 += 1
                if not b58check_valid(v):
                    errs.append("%s: base58check invalid" % r["id"])
    # evasions
    pos_values = set(value_owner)
    for r in ev:
        _spans_ok(r, errs, need_plain=True)
        if len(r["secrets"]) != 1:
            errs.append("%s: evasion must have one span" % r["id"])
            continue
        s = r["secrets"][0]
        if s.get("encoding") != r.get("encoding"):
            errs.append("%s: encoding mismatch" % r["id"])
        dec = decoders[r["encoding"]](s["value"], s)
        if dec != s["plain"]:
            errs.append("%s: decodes to %r not plain" % (r["id"], dec[:40]))
        if s["plain"] in r["text"]:
            errs.append("%s: plain appears verbatim" % r["id"])
        if r["text"].count(s["value"]) != 1:
            errs.append("%s: encoded value not unique in text" % r["id"])
        if s["plain"] in pos_values:
            errs.append("%s: plain reused from positives" % r["id"])
        if r["type"] != s["type"]:
            errs.append("%s: type mismatch" % r["id"])
    # negatives
    bad = sorted(pos_values | {r["secrets"][0]["value"] for r in ev} | {r["secrets"][0]["plain"] for r in ev},
                 key=len)
    texts = set()
    for r in neg:
        t = r["text"]
        if t in texts:
            errs.append("%s: duplicate negative text" % r["id"])
        texts.add(t)
        for v in bad:
            if len(v) >= 6 and v in t:
                errs.append("%s: negative contains labelled value %r" % (r["id"], v[:30]))
        if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t) or "AGE-SECRET-KEY-1" in t:
            errs.append("%s: negative contains private key" % r["id"])
        for m in GH_RE.finditer(t):
            if github_token_valid(m.group(1)):
                errs.append("%s: negative contains checksum-valid GitHub token" % r["id"])
    # counts and breadth
    span_types = {s["type"] for r in pos for s in r["secrets"]}
    conts = {r["container"] for r in pos}
    encs = {r["encoding"] for r in ev}
    classes = {r["class"] for r in neg}
    names = brief_names()
    new_types = sorted(span_types - names)
    base = lambda c: c.split("__")[0]
    cont_overlap = sorted(c for c in conts if c in names or base(c) in names)
    enc_overlap = sorted(encs & names)
    type_overlap = sorted(span_types & names)
    ecounts = {}
    for r in ev:
        ecounts[r["encoding"]] = ecounts.get(r["encoding"], 0) + 1
    req = [
        (380 <= len(pos) <= 440, "positives 380-440: %d" % len(pos)),
        (len(span_types) >= 150, "span types >= 150: %d" % len(span_types)),
        (len(new_types) >= 200 or not names, "new span types >= 200: %d" % len(new_types)),
        (len(conts) >= 300, "container kinds >= 300: %d" % len(conts)),
        (not cont_overlap, "container overlap with briefs: %s" % cont_overlap[:10]),
        (80 <= len(ev) <= 100, "evasions 80-100: %d" % len(ev)),
        (len(encs) >= 18, "encodings >= 18: %d" % len(encs)),
        (not enc_overlap, "encoding overlap with briefs: %s" % enc_overlap),
        (200 <= len(neg) <= 240, "negatives 200-240: %d" % len(neg)),
        (len(classes) >= 14, "negative classes >= 14: %d" % len(classes)),
    ]
    for ok, msg in req:
        lines.append(("ok   " if ok else "FAIL ") + msg)
        if not ok:
            errs.append(msg)
    lines.append("structured: %d GitHub CRC tokens, %d PEM DER bodies, %d bech32 age keys, %d base58check keys"
                 % (n_gh, n_pem, n_bech, n_b58))
    lines.append("span types reused from briefs (%d): %s" % (len(type_overlap), ", ".join(type_overlap)))
    lines.append("encoding counts: %s" % ", ".join("%s=%d" % kv for kv in sorted(ecounts.items())))
    stats = {"span_types": span_types, "new_types": new_types, "type_overlap": type_overlap,
             "containers": conts, "encodings": encs, "classes": classes, "n_gh": n_gh, "n_pem": n_pem,
             "n_bech": n_bech, "n_b58": n_b58, "briefs_present": bool(names)}
    return {"errors": errs, "lines": lines, "stats": stats}
