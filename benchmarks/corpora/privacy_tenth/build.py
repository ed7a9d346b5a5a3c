#!/usr/bin/env python3
"""Regenerate privacy_tenth (p10): secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md.

Standard library only; fixed seeds; runs every check before writing anything."""
import base64
import binascii
import codecs
import html
import json
import os
import quopri
import re
import sys
import unicodedata
import urllib.parse

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_vendor  # noqa: E402
import gen_passwords  # noqa: E402
import gen_prose  # noqa: E402
import gen_evasions  # noqa: E402
import gen_negatives  # noqa: E402
from gen_common import crc_token_ok, bech32_ok  # noqa: E402
import readme  # noqa: E402

ZW = "\u200b\u200c\u200d\u2060"
CRC_PREFIXES = ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_")
CRC_RE = re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})\b")
AGE_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def decode(encoding, v):
    if encoding in ("base64", "base64_name_value_line"):
        return base64.b64decode(v, validate=True).decode()
    if encoding == "base64url":
        return base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)).decode()
    if encoding == "hex":
        return bytes.fromhex(v).decode()
    if encoding == "base32":
        return base64.b32decode(v).decode()
    if encoding == "url_percent":
        return urllib.parse.unquote(v)
    if encoding == "double_url_percent":
        return urllib.parse.unquote(urllib.parse.unquote(v))
    if encoding == "json_unicode_escape":
        return json.loads('"' + v + '"')
    if encoding == "html_decimal_entities":
        return html.unescape(v)
    if encoding == "fullwidth":
        return unicodedata.normalize("NFKC", v)
    if encoding == "zero_width":
        return "".join(c for c in v if c not in ZW)
    if encoding == "split_across_lines":
        return re.sub(r"\\\n[ \t]*", "", v)
    if encoding == "string_concatenation":
        return "".join(a or b for a, b in re.findall(r'"([^"]*)"|\'([^\']*)\'', v))
    if encoding == "reversed":
        return v[::-1]
    if encoding == "char_code_array":
        return "".join(chr(int(x)) for x in re.findall(r"\d+", v))
    if encoding == "rot13":
        return codecs.decode(v, "rot13")
    if encoding == "quoted_printable":
        return quopri.decodestring(v.encode()).decode()
    raise CheckError("unknown encoding " + encoding)


def check_spans(r):
    prev_end = -1
    for s in r["secrets"]:
        need(r["text"][s["start"]:s["end"]] == s["value"], "offset mismatch in %s" % r["id"])
        need(s["start"] >= prev_end, "overlap/unsorted spans in %s" % r["id"])
        need(s["value"] and s["value"] == s["value"].strip(" \t") or "PRIVATE KEY" in s["value"], "span edge whitespace in %s" % r["id"])
        prev_end = s["end"]
    need(r["type"] == r["secrets"][0]["type"], "record type != first span type in %s" % r["id"])


def check_pem(s, rid):
    v = s["value"]
    pem = s.get("plain", v)
    if "plain" in s:
        unesc = v.replace("\\n", "\n")
        dedent = re.sub(r"\n[ ]+", "\n", v)
        need(pem in (unesc, dedent), "PEM plain mismatch in %s" % rid)
    m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", pem)
    need(m is not None, "PEM shape in %s" % rid)
    der = base64.b64decode(m.group(2).replace("\n", ""))
    need(der[0] == 0x30 and der[1] + 2 == len(der), "DER outer SEQUENCE length in %s" % rid)


def main():
    pos = gen_vendor.build() + gen_passwords.build() + gen_prose.build()
    eva = gen_evasions.build()
    neg = gen_negatives.build()
    for i, r in enumerate(pos):
        r["id"] = "p10-s-%04d" % (i + 1)
    for i, r in enumerate(eva):
        r["id"] = "p10-e-%04d" % (i + 1)
    for i, r in enumerate(neg):
        r["id"] = "p10-n-%04d" % (i + 1)
    checks = []

    ids = [r["id"] for r in pos + eva + neg]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in pos + eva + neg:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip " + r["id"])
    checks.append("ids unique across all three files; every record survives a JSON round trip")

    seen = {}
    for r in pos:
        check_spans(r)
        vals = [s["value"] for s in r["secrets"]]
        for v in set(vals):
            need(r["text"].count(v) == vals.count(v), "unlabelled extra occurrence of a value in %s" % r["id"])
            need(v not in seen or seen[v] == r["id"], "value reused across records: %s / %s" % (seen.get(v), r["id"]))
            seen[v] = r["id"]
    checks.append("positives: every span re-sliced (text[start:end] == value), sorted, non-overlapping, no edge whitespace; record type == first span type")
    checks.append("positives: every labelled value occurs in its text exactly as often as it is labelled; no value is reused across records")

    n_crc = n_age = n_pem = 0
    for r in pos:
        for s in r["secrets"]:
            v = s["value"]
            if v.startswith(CRC_PREFIXES):
                need(crc_token_ok(v, v[:4]), "CRC32 checksum fails in %s" % r["id"])
                n_crc += 1
            if v.startswith("AGE-SECRET-KEY-1"):
                need(bech32_ok(v), "bech32 fails in %s" % r["id"])
                n_age += 1
            if "PRIVATE KEY-----" in v:
                check_pem(s, r["id"])
                n_pem += 1
        for m in CRC_RE.finditer(r["text"]):
            need(any(s["start"] <= m.start() < s["end"] for s in r["secrets"]), "unlabelled checksum token in %s" % r["id"])
    need(n_crc >= 10 and n_age >= 1 and n_pem >= 5, "checksum coverage")
    checks.append("checksums: %d GitHub/npm tokens verified (base62 CRC32 of the 30-char body), %d age keys verified (bech32), %d PEM private keys parsed (base64 -> DER SEQUENCE with consistent length; escaped/indented spans equal `plain` after un-escaping/de-indenting)" % (n_crc, n_age, n_pem))

    for r in eva:
        check_spans(r)
        need(len(r["secrets"]) == 1, "evasion span count " + r["id"])
        s = r["secrets"][0]
        need("plain" in s and s["plain"], "missing plain " + r["id"])
        dec = decode(r["encoding"], s["value"])
        if r["encoding"] == "base64_name_value_line":
            need(re.fullmatch(r"[A-Z_]+=" + re.escape(s["plain"]) + r"\n", dec) is not None, "NAME=value decode " + r["id"])
        else:
            need(dec == s["plain"], "decode mismatch %s (%s)" % (r["id"], r["encoding"]))
        need(r["text"].count(s["value"]) == 1, "evasion value count " + r["id"])
        need(s["plain"] not in r["text"], "plain visible in evasion text " + r["id"])
        need(s["value"] not in seen and s["plain"] not in seen, "evasion value reused " + r["id"])
        seen[s["value"]] = r["id"]
        seen[s["plain"]] = r["id"]
        if s["plain"].startswith(CRC_PREFIXES):
            need(crc_token_ok(s["plain"], s["plain"][:4]), "CRC in evasion plain " + r["id"])
    checks.append("evasions: one span each with `plain`; every span decodes back to `plain` with the decoder named by `encoding` (base64_name_value_line: decodes to `NAME=plain\\n`); the value occurs once and `plain` never appears verbatim")

    texts = set()
    allvals = list(seen)
    for r in neg:
        need(r["text"] not in texts, "duplicate negative text " + r["id"])
        texts.add(r["text"])
        for v in allvals:
            need(v not in r["text"], "negative %s contains a positive/evasion value" % r["id"])
        need("PRIVATE KEY-----" not in r["text"], "private key in negative " + r["id"])
        need(not AGE_RE.search(r["text"]), "age secret key in negative " + r["id"])
        for m in CRC_RE.finditer(r["text"]):
            need(not crc_token_ok(m.group(0), m.group(0)[:4]), "checksum-valid token in negative " + r["id"])
    doc_markers = ["AKIAIOSFODNN7EXAMPLE", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "devstoreaccount1",
                   "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"]
    for r in pos + eva:
        for d in doc_markers:
            need(d not in r["text"], "documentation example in positive " + r["id"])
    checks.append("negatives: no duplicate texts; none contains any positive value, evasion value or evasion plain; no private-key block, no age secret key, no checksum-valid GitHub/npm token; documentation examples appear only in negatives")

    ptypes = {s["type"] for r in pos for s in r["secrets"]}
    pconts = {r["container"] for r in pos}
    nspans = sum(len(r["secrets"]) for r in pos)
    need(380 <= len(pos) <= 480 and nspans >= 430, "positive counts")
    need(70 <= len(eva) <= 100 and 180 <= len(neg) <= 240, "evasion/negative counts")
    need(len(ptypes) >= 100 and len(pconts) >= 250, "breadth")
    need(len({r["class"] for r in neg}) >= 12, "negative classes")
    need(len({r["encoding"] for r in eva}) >= 15, "encodings")
    checks.append("counts and breadth: 380-480 positive records with >= 430 spans, >= 100 span types, >= 250 container kinds; 70-100 evasions over >= 15 encodings; 180-240 negatives in >= 12 classes")
    checks.append("determinism: all randomness from per-module random.Random streams with constant seeds; no clock, environment, set-iteration order or network influences output")

    outputs = {
        "secrets.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pos),
        "evasions.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in eva),
        "negatives.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in neg),
    }
    outputs["README.md"] = readme.render(pos, eva, neg, checks)
    for name, data in outputs.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    print("wrote %d positives (%d spans), %d evasions, %d negatives" % (len(pos), nspans, len(eva), len(neg)))


if __name__ == "__main__":
    try:
        main()
    except CheckError as e:
        print("CHECK FAILED, nothing written:", e, file=sys.stderr)
        sys.exit(1)
