"""Regenerate privacy_twelfth deterministically; validate everything before writing."""
import base64
import hashlib
import json
import os
import re
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_vendor, gen_passwords, gen_prose, gen_misc, gen_evasions, gen_negatives  # noqa: E402
from gen_common import b62_encode, b58decode  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "mysecretpassword",
                "minioadmin", "abcdef.0123456789abcdef"]


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def check_spans(r):
    t = r["text"]
    last = -1
    for s in r["secrets"]:
        if t[s["start"]:s["end"]] != s["value"]:
            fail("slice " + r["id"])
        if s["start"] < last:
            fail("overlap/unsorted " + r["id"])
        last = s["end"]
        if s["value"] != s["value"].strip():
            fail("edge whitespace " + r["id"])
    if r["type"] != r["secrets"][0]["type"]:
        fail("record type " + r["id"])


def verify_structured(s, counts):
    v, t = s["value"], s["type"]
    if re.fullmatch(r"gh[pousr]_[0-9A-Za-z]{36}|npm_[0-9A-Za-z]{36}", v):
        body, chk = v[4:34], v[34:]
        if b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) != chk:
            fail("crc token")
        counts["crc_token"] += 1
    if t == "bitcoin_wif_private_key":
        raw = b58decode(v)
        if hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] != raw[-4:] or raw[0] != 0x80 or len(raw) != 38:
            fail("wif")
        counts["wif"] += 1
    if t == "openssh_private_key":
        pem = s.get("plain", v)
        body = base64.b64decode("".join(pem.split("\n")[1:-1]))
        if not body.startswith(b"openssh-key-v1\0"):
            fail("openssh magic")
        p = 15
        fields = []
        for _ in range(3):
            n = struct.unpack(">I", body[p:p + 4])[0]
            fields.append(body[p + 4:p + 4 + n])
            p += 4 + n
        nkeys = struct.unpack(">I", body[p:p + 4])[0]
        p += 4
        n = struct.unpack(">I", body[p:p + 4])[0]
        p += 4 + n
        n = struct.unpack(">I", body[p:p + 4])[0]
        priv = body[p + 4:p + 4 + n]
        if fields[0] != b"none" or nkeys != 1 or priv[:4] != priv[4:8] or len(priv) % 8 or p + 4 + n != len(body):
            fail("openssh structure")
        if s.get("plain") and s["plain"].replace("\n", "\n      ") != v:
            fail("openssh indent plain")
        counts["openssh"] += 1
    if t == "minisign_secret_key":
        b = base64.b64decode(v.split("\n")[1])
        if len(b) != 158 or hashlib.blake2b(b[:2] + b[54:62] + b[62:126], digest_size=32).digest() != b[126:]:
            fail("minisign")
        counts["minisign"] += 1
    if t == "signify_secret_key":
        b = base64.b64decode(v.split("\n")[1])
        if len(b) != 104 or hashlib.sha512(b[40:]).digest()[:8] != b[24:32]:
            fail("signify")
        counts["signify"] += 1
    if t == "docker_config_auth_b64":
        if base64.b64decode(v).decode() != s["plain"]:
            fail("docker auth")
        counts["docker_auth"] += 1
    if t == "google_authenticator_migration_payload":
        import urllib.parse
        raw = base64.b64decode(urllib.parse.unquote(v))
        if raw[0] != 0x0A:
            fail("ga migration")
        counts["ga_migration"] += 1
    if t == "laravel_app_key" and len(base64.b64decode(v[7:])) != 32:
        fail("laravel key")
    if t == "airflow_fernet_key" and len(base64.urlsafe_b64decode(v)) != 32:
        fail("fernet")
    if t == "k3s_cluster_token" and not re.fullmatch(r"K10[0-9a-f]{64}::server:[0-9a-f]{32}", v):
        fail("k3s")
    if t == "cloudflare_tunnel_token":
        j = json.loads(base64.b64decode(v))
        if set(j) != {"a", "t", "s"}:
            fail("cf tunnel")


def onion_ok(text):
    for m in re.finditer(r"\b([a-z2-7]{56}):descriptor", text):
        raw = base64.b32decode(m.group(1).upper())
        pub, chk, ver = raw[:32], raw[32:34], raw[34:]
        if ver != b"\x03" or hashlib.sha3_256(b".onion checksum" + pub + ver).digest()[:2] != chk:
            fail("onion checksum")
        return 1
    return 0


def main():
    pos = gen_vendor.build() + gen_passwords.build() + gen_prose.build() + gen_misc.build()
    ev = gen_evasions.build()
    neg = gen_negatives.build()
    for i, r in enumerate(pos):
        r["id"] = "p12-s-%04d" % (i + 1)
    for i, r in enumerate(ev):
        r["id"] = "p12-e-%04d" % (i + 1)
    for i, r in enumerate(neg):
        r["id"] = "p12-n-%04d" % (i + 1)
    pos = [{k: r[k] for k in ("id", "type", "container", "text", "secrets", "source")} for r in pos]
    ev = [{k: r[k] for k in ("id", "type", "container", "encoding", "text", "secrets", "source")} for r in ev]
    neg = [{k: r[k] for k in ("id", "class", "container", "text", "source")} for r in neg]
    allr = pos + ev + neg
    ids = [r["id"] for r in allr]
    if len(ids) != len(set(ids)):
        fail("ids")
    for r in allr:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            fail("roundtrip")
    counts = {k: 0 for k in ("crc_token", "wif", "openssh", "minisign", "signify", "docker_auth", "ga_migration", "onion")}
    seen = {}
    for r in pos:
        check_spans(r)
        vals = [s["value"] for s in r["secrets"]]
        for v in set(vals):
            if r["text"].count(v) != vals.count(v):
                fail("occurrence count %s %s" % (r["id"], v[:20]))
            if v in seen and seen[v] != r["id"]:
                fail("value reused " + r["id"])
            seen[v] = r["id"]
        for s in r["secrets"]:
            verify_structured(s, counts)
        counts["onion"] += onion_ok(r["text"])
        if len(r["container"].split("__")) > 2:
            fail("container naming")
    for r in ev:
        check_spans(r)
        if len(r["secrets"]) != 1:
            fail("evasion span count")
        s = r["secrets"][0]
        if s.get("encoding") != r["encoding"] or "plain" not in s:
            fail("evasion fields " + r["id"])
        if gen_evasions.decode(r["encoding"], s["value"], s.get("encoding_key")) != s["plain"]:
            fail("evasion decode " + r["id"])
        if r["text"].count(s["value"]) != 1 or s["plain"] in r["text"] or s["plain"] in seen:
            fail("evasion plain visible " + r["id"])
    forbidden = set(seen) | {r["secrets"][0]["value"] for r in ev} | {r["secrets"][0]["plain"] for r in ev}
    texts = set()
    for r in neg:
        if r["text"] in texts:
            fail("dup negative text")
        texts.add(r["text"])
        for v in forbidden:
            if v in r["text"]:
                fail("negative contains positive " + r["id"])
        if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|nsec1|xprv|AGE-SECRET-KEY-1", r["text"]):
            fail("negative private key " + r["id"])
        for m in re.finditer(r"\b(gh[pousr]_|npm_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})\b", r["text"]):
            if b62_encode(zlib.crc32(m.group(2).encode()) & 0xFFFFFFFF, 6) == m.group(3):
                fail("valid token in negative")
    for d in DOC_EXAMPLES:
        if any(d in r["text"] for r in pos + ev):
            fail("doc example in positive")
        if not any(d in r["text"] for r in neg):
            fail("doc example missing from negatives: " + d)
    # counts and breadth
    span_types = {s["type"] for r in pos for s in r["secrets"]}
    kinds = {r["container"] for r in pos}
    encs = {}
    for r in ev:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    classes = {r["class"] for r in neg}
    if not (380 <= len(pos) <= 440 and len(span_types) >= 150 and len(kinds) >= 300):
        fail("positive breadth %d %d %d" % (len(pos), len(span_types), len(kinds)))
    if not (80 <= len(ev) <= 100 and len(encs) >= 18 and all(3 <= n <= 6 for n in encs.values())):
        fail("evasion breadth")
    if not (200 <= len(neg) <= 240 and len(classes) >= 14):
        fail("negative breadth")
    # novelty vs brief READMEs (informational)
    old = set()
    for fn in ("/tmp/brief12/README_privacy_tenth.md", "/tmp/brief12/README_privacy_eleventh.md"):
        if os.path.exists(fn):
            old |= set(re.findall(r"`([a-z0-9_]+)`", open(fn, encoding="utf-8").read()))
    if old:
        oldb = {o.split("__")[0] for o in old}
        clash = sorted(k for k in kinds | {r["container"] for r in ev} | {r["container"] for r in neg} if k in old or k.split("__")[0] in oldb)
        print("container kinds clashing with brief READMEs:", clash)
        print("new span types:", len([t for t in span_types if t not in old]), "of", len(span_types))
        print("encodings clashing:", sorted(e for e in encs if e in old))
    print("structured checks:", counts)

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("secrets.jsonl", pos)
    dump("evasions.jsonl", ev)
    dump("negatives.jsonl", neg)
    import readme
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(pos, ev, neg, counts))
    print("positives %d spans %d span types %d kinds %d | evasions %d encodings %d | negatives %d classes %d" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len(span_types), len(kinds), len(ev), len(encs), len(neg), len(classes)))


if __name__ == "__main__":
    main()
