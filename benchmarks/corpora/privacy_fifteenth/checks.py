"""Checks run by build.py before anything is written.  Raise AssertionError on the first failure."""
import base64, collections, json, os, re
import gen_common as G
import gen_encodings as E
import gen_keys
from gen_negatives_a import DOC_VALUES

BRIEF_DIR = "/tmp/brief15"
STRUCT = collections.Counter()


def brief_names():
    names = set()
    if not os.path.isdir(BRIEF_DIR):
        return None
    for fn in sorted(os.listdir(BRIEF_DIR)):
        if fn.endswith(".md"):
            with open(os.path.join(BRIEF_DIR, fn), encoding="utf-8") as f:
                names.update(re.findall(r"`([^`\n]+)`", f.read()))
    return names


def brief_langs():
    codes = set()
    if not os.path.isdir(BRIEF_DIR):
        return codes
    for fn in sorted(os.listdir(BRIEF_DIR)):
        if fn.endswith(".md"):
            with open(os.path.join(BRIEF_DIR, fn), encoding="utf-8") as f:
                for grp in re.findall(r"\(((?:[a-z]{2,3}(?:_latn)?, ){10,}[a-z]{2,3}(?:_latn)?)", f.read()):
                    codes.update(grp.split(", "))
    return codes


def spans_ok(rec):
    t = rec["text"]
    prev = -1
    for s in rec["secrets"]:
        assert t[s["start"]:s["end"]] == s["value"], (rec["id"], s["value"][:40])
        assert s["start"] >= prev, ("unsorted/overlap", rec["id"])
        prev = s["end"]
        assert s["value"] == s["value"].strip() and s["value"], ("edge whitespace", rec["id"])
    assert rec["type"] == rec["secrets"][0]["type"], rec["id"]


def structured(pos):
    for rec in pos:
        for s in rec["secrets"]:
            v, ty = s["value"], s["type"]
            if re.fullmatch(r"gh[po]_[A-Za-z0-9]{36}", v):
                assert G.gh_check(v), v
                STRUCT["github_crc32_base62"] += 1
            if "-----BEGIN PRIVATE KEY-----" in v or "-----BEGIN EC PRIVATE KEY-----" in v:
                assert G.der_seq_ok(v), rec["id"]
                STRUCT["pem_der_sequence"] += 1
            if "OPENSSH PRIVATE KEY" in (s.get("plain") or v):
                raw = base64.b64decode("".join(l.strip() for l in (s.get("plain") or v).splitlines()[1:-1]))
                assert raw.startswith(b"openssh-key-v1\0"), rec["id"]
                STRUCT["openssh_key_v1_magic"] += 1
                if ty == "openssh_ed25519_private_key":
                    i = raw.index(b"ssh-ed25519", raw.index(b"ssh-ed25519") + 11)
                    pub = raw[i + 15:i + 47]
                    seed = raw[i + 51:i + 83]
                    assert G.ed25519_pub(seed) == pub
                    STRUCT["ed25519_pub_derived"] += 1
            if ty in ("nostr_nsec_private_key", "sui_bech32_private_key"):
                assert G.bech32_ok(v)
                STRUCT["bech32_checksum"] += 1
            if ty == "jwk_ec_p256_private_d":
                j = json.loads(rec["text"])["keys"][0]
                d = int.from_bytes(base64.urlsafe_b64decode(v + "="), "big")
                x, y = G.ec_mul("P-256", d)
                assert G.b64u(x.to_bytes(32, "big")) == j["x"] and G.b64u(y.to_bytes(32, "big")) == j["y"]
                STRUCT["jwk_p256_public_point"] += 1
            if ty == "near_ed25519_private_key":
                raw = G.b58dec(v.split(":")[1])
                assert G.ed25519_pub(raw[:32]) == raw[32:]
                STRUCT["near_ed25519_pair"] += 1
            if ty == "docker_config_auth_b64":
                assert base64.b64decode(v).decode() == s["plain"]
                STRUCT["docker_auth_b64"] += 1
            if ty == "ec_p521_sec1_private_key":
                raw = base64.b64decode("".join(v.splitlines()[1:-1]))
                assert raw[6:8] == b"\x04\x42"
                d = int.from_bytes(raw[8:74], "big")
                q = raw[-132:]
                assert G.ec_mul("P-521", d) == (int.from_bytes(q[:66], "big"), int.from_bytes(q[66:], "big"))
                STRUCT["p521_public_point"] += 1
            if s.get("plain") and "PRIVATE KEY" in s["plain"]:
                assert s["plain"].replace("\n", "\n  ") == v
    for name, fn in gen_keys.CHECKS:
        assert fn(), name
        STRUCT[name] += 1


def run(pos, eva, neg, langs):
    brief = brief_names()
    ids = [r["id"] for r in pos + eva + neg]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in pos + eva + neg:
        assert json.loads(json.dumps(r, ensure_ascii=False)) == r
    # positives
    seen = {}
    for rec in pos:
        spans_ok(rec)
        cnt = collections.Counter(s["value"] for s in rec["secrets"])
        for v, n in cnt.items():
            assert rec["text"].count(v) == n, ("occurrence count", rec["id"], v[:30])
            assert v not in seen or seen[v] == rec["id"], ("value reused", rec["id"], seen.get(v))
            seen[v] = rec["id"]
    structured(pos)
    pos_values = set(seen)
    # evasions
    enc_count = collections.Counter()
    for rec in eva:
        spans_ok(rec)
        assert len(rec["secrets"]) == 1
        s = rec["secrets"][0]
        assert s["encoding"] == rec["encoding"] and "plain" in s
        assert E.DEC[s["encoding"]](s["value"], s.get("encoding_key")) == s["plain"], rec["id"]
        assert rec["text"].count(s["value"]) == 1
        assert s["plain"] not in rec["text"] and s["plain"] not in pos_values, rec["id"]
        enc_count[s["encoding"]] += 1
    # negatives
    texts = [r["text"] for r in neg]
    assert len(texts) == len(set(texts)), "duplicate negative text"
    forbidden = [v for v in pos_values if len(v) >= 6] + [r["secrets"][0]["value"] for r in eva] + [r["secrets"][0]["plain"] for r in eva]
    for r in neg:
        for v in forbidden:
            assert v not in r["text"], ("negative contains labelled value", r["id"])
        assert "PRIVATE KEY" not in r["text"] and not re.search(r"\bgh[pous]_[A-Za-z0-9]{36}\b", r["text"]), r["id"]
    for dv in DOC_VALUES:
        assert any(dv in r["text"] for r in neg), dv
        assert not any(dv in r["text"] for r in pos + eva), dv
    # counts and breadth
    span_types = collections.Counter(s["type"] for r in pos for s in r["secrets"])
    kinds = [r["container"] for r in pos + eva + neg]
    assert 400 <= len(pos) <= 460 and sum(span_types.values()) >= 440, (len(pos), sum(span_types.values()))
    assert 85 <= len(eva) <= 95 and len(enc_count) >= 25 and all(3 <= n <= 5 for n in enc_count.values())
    assert 210 <= len(neg) <= 240 and len({r["class"] for r in neg}) >= 14
    report = {"struct": dict(STRUCT), "brief": brief is not None}
    if brief is not None:
        new_types = [t for t in span_types if t not in brief]
        assert len(new_types) >= 300, len(new_types)
        over = sorted({k for k in kinds if k in brief or k.split("__")[0] in brief})
        assert not over, ("container kind overlap", over[:10])
        eo = sorted(e for e in enc_count if e in brief)
        assert not eo, ("encoding overlap", eo)
        old_langs = brief_langs()
        assert len(old_langs) >= 80, len(old_langs)
        new_langs = [l for l in langs if l not in brief and l not in old_langs]
        assert len(new_langs) >= 30, len(new_langs)
        report.update(new_types=len(new_types), reused_types=sorted(t for t in span_types if t in brief),
                      new_langs=len(new_langs))
    return report
