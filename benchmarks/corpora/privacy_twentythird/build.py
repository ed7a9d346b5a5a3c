"""Build the p23 corpus: python3 build.py  (python3 build.py --freeze re-creates brief_names.json)."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common
import gen_everyday, gen_vendor, gen_passwords, gen_prose, gen_evasions, gen_negatives
from gen_decoders import DEC, self_tests
from gen_encodings import ENC, KEYED
import readme

BRIEF_DIR = "/tmp/brief23"
BRIEF_FILES = ["privacy_twentyfirst_README.md", "privacy_twentysecond_README.md"]


def extract_brief():
    names, langs = set(), set()
    for f in BRIEF_FILES:
        t = open(os.path.join(BRIEF_DIR, f), encoding="utf-8").read()
        names |= set(re.findall(r"`([^`\n]+)`", t))
        for line in t.split("\n"):
            if line.startswith("Prose languages"):
                langs |= set(re.findall(r"`[^`]+` \(([^)]+(?:\))?)\)", line))
    return {"backticked": sorted(names), "language_names": sorted(langs)}


def load_brief():
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as fh:
        frozen = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        assert extract_brief() == frozen, "brief READMEs changed since brief_names.json was frozen"
    return frozen


def generate_all():
    every = gen_everyday.generate()
    vend = gen_vendor.generate()
    pw = gen_passwords.generate()
    prose = gen_prose.generate()
    ev = gen_evasions.generate()
    neg = gen_negatives.generate()
    return every, vend, pw, prose, ev, neg


def finalize(every, vend, pw, prose, ev, neg):
    pos = []
    for i, r in enumerate(every + vend + pw + prose):
        pos.append({"id": "p23-s-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                    "secrets": r["secrets"], "source": r["source"]})
    evs = []
    for i, r in enumerate(ev):
        evs.append({"id": "p23-e-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                    "secrets": r["secrets"], "source": r["source"], "encoding": r["encoding"]})
    negs = []
    for i, r in enumerate(neg):
        negs.append({"id": "p23-n-%04d" % (i + 1), "class": r["class"], "container": r["container"], "text": r["text"],
                     "source": r["source"]})
    return pos, evs, negs


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def check(every, vend, pw, prose, ev, neg, pos, evs, negs, brief):
    stats = collections.Counter()
    ids = [r["id"] for r in pos + evs + negs]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for r in pos + evs + negs:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            fail("json round trip " + r["id"])
    # spans
    value_owner = {}
    for r in pos + evs:
        t = r["text"]
        sp = r["secrets"]
        if not sp:
            fail("no spans " + r["id"])
        if r["type"] != sp[0]["type"]:
            fail("record type != first span type " + r["id"])
        last = -1
        cnt = collections.Counter()
        for s in sp:
            if t[s["start"]:s["end"]] != s["value"]:
                fail("re-slice " + r["id"])
            if s["start"] < last:
                fail("overlap/unsorted " + r["id"])
            last = s["end"]
            if s["value"] != s["value"].strip():
                fail("edge whitespace " + r["id"])
            cnt[s["value"]] += 1
        for v, n in cnt.items():
            if t.count(v) != n:
                fail(f"value occurs {t.count(v)}x but labelled {n}x in {r['id']}")
            if v in value_owner and value_owner[v] != r["id"]:
                fail("value reused across records " + r["id"])
            value_owner[v] = r["id"]
    # evasions
    enc_count = collections.Counter()
    plains = set()
    for r in evs:
        if len(r["secrets"]) != 1:
            fail("evasion must have one span " + r["id"])
        s = r["secrets"][0]
        if "plain" not in s or s.get("encoding") != r["encoding"]:
            fail("evasion fields " + r["id"])
        key = s.get("encoding_key")
        if (r["encoding"] in KEYED) != (key is not None):
            fail("encoding_key presence " + r["id"])
        if key is not None:
            outside = r["text"][:s["start"]] + r["text"][s["end"]:]
            if key not in outside:
                fail("key not stated outside span " + r["id"])
        if DEC[r["encoding"]](s["value"], key) != s["plain"]:
            fail("decoder mismatch " + r["id"])
        if s["plain"] in r["text"]:
            fail("plain verbatim in text " + r["id"])
        if s["plain"] in plains:
            fail("plain reused")
        plains.add(s["plain"])
        enc_count[r["encoding"]] += 1
        stats["decoders_checked"] += 1
    pos_values = {s["value"] for r in pos for s in r["secrets"]}
    if plains & pos_values:
        fail("evasion plain is a positive value")
    if set(enc_count) != set(ENC) or any(n != 3 for n in enc_count.values()) or len(ENC) != 33:
        fail("33 encodings x 3")
    stats["decoder_self_tests"] = self_tests()
    # structured values
    jwt_values = {x["secrets"][0]["value"] for x in vend if "JWT" in x["_shape"]}
    for r in pos + evs:
        for s in r["secrets"]:
            for v in ([s["plain"]] if "plain" in s else [s["value"]]):
                if not v:
                    continue
                for pre in ("ghp_", "npm_"):
                    if v.startswith(pre):
                        if not common.crc_token_valid(v, pre):
                            fail("CRC " + r["id"])
                        stats["github_style_crc32_base62"] += 1
                if v in jwt_values:
                    if not common.jwt_valid(v):
                        fail("JWT " + r["id"])
                    stats["jwt_segments_decode"] += 1
    # negatives
    texts = [r["text"] for r in negs]
    if len(texts) != len(set(texts)):
        fail("duplicate negative texts")
    ev_vals = {r["secrets"][0]["value"] for r in evs}
    for r in negs:
        t = r["text"]
        for v in pos_values:
            if len(v) >= 6 and v in t:
                fail("positive value in negative " + r["id"])
        for v in ev_vals | plains:
            if v in t:
                fail("evasion value/plain in negative " + r["id"])
        if "PRIVATE KEY" in t:
            fail("PRIVATE KEY in negative")
        for m in re.finditer(r"(ghp_|gho_|ghu_|ghs_|npm_)[A-Za-z0-9]{36}", t):
            if common.crc_token_valid(m.group(0), m.group(1)):
                fail("checksum-valid token in negative " + r["id"])
    docvals = [n["_docval"] for n in neg if "_docval" in n]
    for d, nrec in zip(docvals, [n for n in neg if "_docval" in n]):
        if d not in nrec["text"]:
            fail("doc value missing from its negative")
        if len(d) >= 8:
            for r in pos + evs:
                if d in r["text"]:
                    fail("doc value in positive/evasion " + r["id"])
    stats["docs_recomputed"] = len(gen_negatives.recompute_docs())
    # counts
    if len(every) != 240 or not (190 <= len(vend) <= 230) or not (95 <= len(pw) <= 125) or len(prose) != 40:
        fail("positive part counts")
    if len({r["_lang"] for r in prose}) != 40:
        fail("40 languages")
    if len(evs) != 99:
        fail("99 evasions")
    ncls = collections.Counter(r["class"] for r in negs)
    if len(negs) < 220 or len(ncls) != 16:
        fail("negative counts/classes")
    if len({r["container"] for r in every}) != 60:
        fail("60 everyday containers")
    # deny-list
    deny = set(brief["backticked"])
    widened = set(deny)
    for n in deny:
        for p in n.split("__"):
            widened.add(p)
            widened.add(p.lstrip("_"))
    widened.discard("")
    ours = set()
    ours |= {r["container"] for r in every + pw + vend + prose + ev}
    ours |= {r["_style"] for r in vend}
    ours |= {r["type"] for r in vend + pw}
    ours |= {r["container"].split("__")[0] for r in prose} | {r["_lang"] for r in prose}
    ours |= set(ENC) | set(gen_evasions.WORDINGS)
    ours |= {r["container"] for r in neg} | {r["_base"] for r in neg} | set(gen_negatives.WRAPPERS)
    parts = set()
    for n in ours:
        for p in n.split("__"):
            parts.add(p)
    clash = sorted((ours | parts) & widened)
    if clash:
        fail("deny-list overlap: " + ", ".join(clash))
    lclash = {r["_lang_name"] for r in prose} & set(brief["language_names"])
    lclash |= {r["_lang_name"].split(" (")[0] for r in prose} & {x.split(" (")[0] for x in brief["language_names"]}
    if lclash:
        fail("language overlap: " + ", ".join(sorted(lclash)))
    stats["deny_compared"] = len(ours | parts)
    stats["deny_size"] = len(widened)
    return stats


def render(pos, evs, negs):
    return common.dump_jsonl(pos), common.dump_jsonl(evs), common.dump_jsonl(negs)


def main():
    if "--freeze" in sys.argv:
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(extract_brief(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen")
        return
    brief = load_brief()
    parts = generate_all()
    pos, evs, negs = finalize(*parts)
    stats = check(*parts, pos, evs, negs, brief)
    out1 = render(pos, evs, negs)
    # determinism inside one process: regenerate and compare bytes
    parts2 = generate_all()
    out2 = render(*finalize(*parts2))
    if out1 != out2:
        fail("non-deterministic output")
    md = readme.build(*parts, pos, evs, negs, stats, brief)
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], out1):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md)
    print("ok", len(pos), len(evs), len(negs), dict(stats))


if __name__ == "__main__":
    main()
