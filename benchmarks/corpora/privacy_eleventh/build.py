#!/usr/bin/env python3
"""Regenerate privacy_eleventh deterministically, validate, then write
secrets.jsonl, evasions.jsonl, negatives.jsonl and README.md.
Writes nothing if any check fails."""
import base64
import hashlib
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as gc
import gen_vendor
import gen_passwords
import gen_prose
import gen_misc
import gen_evasions
import gen_negatives
import readme


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def assemble():
    pos = gen_vendor.build() + gen_passwords.build() + gen_prose.build() + gen_misc.build()
    ev = gen_evasions.build()
    neg = gen_negatives.build()
    P, E, N = [], [], []
    for i, r in enumerate(pos, 1):
        P.append({"id": "p11-s-%04d" % i, "type": r["type"], "container": r["container"], "text": r["text"],
                  "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(ev, 1):
        E.append({"id": "p11-e-%04d" % i, "type": r["type"], "encoding": r["encoding"], "container": r["container"],
                  "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(neg, 1):
        N.append({"id": "p11-n-%04d" % i, "class": r["class"], "container": r["container"], "text": r["text"], "source": r["source"]})
    return P, E, N


GH_RE = re.compile(r"\b(gh[pousr]_|npm_)([A-Za-z0-9]{36})\b")
PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")


def unindent_pem(v):
    return "\n".join(l.strip() for l in v.split("\n"))


def check(P, E, N):
    stats = Counter()
    ids = [r["id"] for r in P + E + N]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r in P + E + N:
        need(json.loads(json.dumps(r, ensure_ascii=False)) == r, "json round trip " + r["id"])
    # ---- positives and evasions: spans
    for r in P + E:
        t, sp = r["text"], r["secrets"]
        need(sp, "no spans " + r["id"])
        last = -1
        for s in sp:
            need(t[s["start"]:s["end"]] == s["value"], "slice " + r["id"])
            need(s["start"] >= last, "order/overlap " + r["id"])
            last = s["end"]
            need(s["value"] == s["value"].strip(), "edge whitespace " + r["id"])
        need(r["type"] == sp[0]["type"], "record type " + r["id"])
    # ---- positives: occurrence counts, uniqueness across records
    owner = {}
    for r in P:
        vals = Counter(s["value"] for s in r["secrets"])
        for v, c in vals.items():
            need(r["text"].count(v) == c, "occurrence count %s %r" % (r["id"], v[:30]))
            need(v not in owner or owner[v] == r["id"], "value reused %s %s" % (owner.get(v), r["id"]))
            owner[v] = r["id"]
    # ---- structured formats
    for r in P + E:
        for s in r["secrets"]:
            v = s.get("plain", s["value"]) if r in E else s["value"]
            if r in E:
                continue
            m = GH_RE.fullmatch(v)
            if m and s["type"] in ("github_pat_classic", "github_server_to_server_token", "npm_access_token"):
                need(gc.gh_token_ok(v), "gh checksum " + r["id"])
                stats["gh_checksum"] += 1
            if s["type"] == "nostr_nsec":
                need(gc.bech32_ok(v), "bech32 " + r["id"])
                stats["bech32"] += 1
            if s["type"] == "xprv_extended_private_key":
                need(gc.b58check_ok(v) and v.startswith("xprv"), "b58check " + r["id"])
                stats["b58check"] += 1
            if s["type"] == "bitlocker_recovery_key":
                need(all(int(b) % 11 == 0 and int(b) < 720896 for b in v.split("-")), "bitlocker " + r["id"])
                stats["bitlocker"] += 1
            if s["type"] == "wpa_pmk_hex":
                ssid = re.search(r'ssid="([^"]+)"', r["text"]).group(1)
                psk = [x["value"] for x in r["secrets"] if x["type"] == "wifi_psk"][0]
                need(hashlib.pbkdf2_hmac("sha1", psk.encode(), ssid.encode(), 4096, 32).hex() == v, "pmk " + r["id"])
                stats["wpa_pmk"] += 1
            if s["type"] == "pgp_private_key_block":
                need(gc.pgp_crc_ok(s.get("plain", v)), "pgp crc " + r["id"])
                stats["pgp_crc24"] += 1
            if s["type"] == "putty_private_key":
                need(v.startswith("PuTTY-User-Key-File-3:") and re.search(r"Private-MAC: [0-9a-f]{64}$", v), "ppk " + r["id"])
                stats["ppk"] += 1
            if "plain" in s and PEM_RE.search(s["plain"]) and s["type"] != "pgp_private_key_block":
                p = s["plain"]
                if s["type"] == "kubeconfig_client_key_data":
                    need(base64.b64decode(v).decode() == p, "b64 pem " + r["id"])
                elif "\\n" in v:
                    need(v.replace("\\n", "\n") == p, "escaped pem " + r["id"])
                else:
                    need(unindent_pem(v) == p, "indented pem " + r["id"])
                if "OpenVPN" not in p and "NEBULA" not in p:
                    need(gc.pem_der_ok(p.strip()), "der " + r["id"])
                stats["pem_der"] += 1
            elif PEM_RE.match(v) and "PGP" not in v and "OpenVPN" not in v and "NEBULA" not in v:
                need(gc.pem_der_ok(v), "der " + r["id"])
                stats["pem_der"] += 1
            if s["type"] == "solana_keypair_bytes":
                need(len(json.loads(v)) == 64, "solana " + r["id"])
    # ---- evasions
    for r in E:
        need(len(r["secrets"]) == 1, "evasion spans " + r["id"])
        s = r["secrets"][0]
        need("plain" in s and s.get("encoding") == r["encoding"], "evasion fields " + r["id"])
        need(gen_evasions.DECODE[r["encoding"]](s["value"], s.get("encoding_key")) == s["plain"], "decode " + r["id"])
        need(r["text"].count(s["value"]) == 1, "evasion value once " + r["id"])
        need(s["plain"] not in r["text"], "plain verbatim " + r["id"])
        need(s["plain"] not in owner, "evasion plain reused in positives " + r["id"])
    # ---- negatives
    texts = [r["text"] for r in N]
    need(len(texts) == len(set(texts)), "duplicate negative texts")
    forbidden = set(owner) | {r["secrets"][0]["value"] for r in E} | {r["secrets"][0]["plain"] for r in E}
    for r in N:
        t = r["text"]
        for v in forbidden:
            need(v not in t, "negative contains labelled value " + r["id"])
        need("PRIVATE KEY" not in t and "AGE-SECRET-KEY-1" not in t and "nsec1" not in t and "xprv" not in t, "key material in negative " + r["id"])
        for m in GH_RE.finditer(t):
            need(not gc.gh_token_ok(m.group(0)), "valid gh token in negative " + r["id"])
    docs = ["AKIAIOSFODNN7EXAMPLE", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="]
    for r in P + E:
        for d in docs:
            need(d not in r["text"], "doc example in positive/evasion " + r["id"])
    # ---- breadth
    ptypes = Counter(s["type"] for r in P for s in r["secrets"])
    pcont = Counter(r["container"] for r in P)
    need(420 <= len(P) <= 500, "positive count %d" % len(P))
    need(len(ptypes) >= 180, "types %d" % len(ptypes))
    need(len(pcont) >= 300, "containers %d" % len(pcont))
    need(90 <= len(E) <= 110 and len(set(r["encoding"] for r in E)) >= 20, "evasions")
    need(all(3 <= c <= 8 for c in Counter(r["encoding"] for r in E).values()), "per-encoding count")
    need(230 <= len(N) <= 270 and len(set(r["class"] for r in N)) >= 14, "negatives")
    # optional: novelty of container names against the two brief READMEs (if still present; does not affect output)
    brief = ["/tmp/brief11/README_privacy_ninth.md", "/tmp/brief11/README_privacy_tenth.md"]
    if all(os.path.exists(b) for b in brief):
        used = set()
        for b in brief:
            used |= set(re.findall(r"`([a-z0-9_]+)`", open(b, encoding="utf-8").read()))
        used |= {u.split("__")[0] for u in used}
        for r in P + E + N:
            base = r["container"].split("__")[0]
            need(base not in used and r["container"] not in used, "container already used: " + r["container"])
        print("novelty check against the brief READMEs: passed")
    return stats


def dump(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    P, E, N = assemble()
    try:
        stats = check(P, E, N)
    except CheckError as e:
        print("CHECK FAILED:", e)
        sys.exit(1)
    dump(os.path.join(HERE, "secrets.jsonl"), P)
    dump(os.path.join(HERE, "evasions.jsonl"), E)
    dump(os.path.join(HERE, "negatives.jsonl"), N)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(P, E, N, stats))
    print("positives %d spans %d types %d containers %d | evasions %d encodings %d | negatives %d classes %d"
          % (len(P), sum(len(r["secrets"]) for r in P), len({s["type"] for r in P for s in r["secrets"]}),
             len({r["container"] for r in P}), len(E), len({r["encoding"] for r in E}), len(N), len({r["class"] for r in N})))
    print("checks:", dict(stats))


if __name__ == "__main__":
    main()
