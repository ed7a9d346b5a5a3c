"""All checks run by build.py before anything is written. Each raises CheckError."""
import base64, json, re, zlib
import common as C, denylist, gen_decoders, gen_negatives

class CheckError(Exception):
    pass

def req(cond, msg):
    if not cond:
        raise CheckError(msg)

GH = re.compile(r"(?:ghp|gho|ghu|ghs|ghr|npm)_[A-Za-z0-9]{36}")

def crc_ok(tok):
    body, crc = tok[4:34], tok[34:40]
    return C.crc_b62(body) == crc

def check_ids(pos, ev, neg):
    seen = set()
    for recs, pat in ((pos, r"p28-s-\d{4}"), (ev, r"p28-e-\d{4}"), (neg, r"p28-n-\d{4}")):
        for r in recs:
            req(re.fullmatch(pat, r["id"] or ""), "bad id %r" % r.get("id"))
            req(r["id"] not in seen, "duplicate id " + r["id"])
            seen.add(r["id"])
            req(json.loads(json.dumps(r, ensure_ascii=False)) == r, "JSON round trip " + r["id"])
    return len(seen)

def check_spans(recs):
    n = 0
    for r in recs:
        sp = r["secrets"]
        req(sp, "no spans " + r["id"])
        req(r["type"] == sp[0]["type"], "record type != first span type " + r["id"])
        last = -1
        counts = {}
        for s in sp:
            req(r["text"][s["start"]:s["end"]] == s["value"], "span does not re-slice " + r["id"])
            req(s["start"] >= last, "unsorted / overlapping spans " + r["id"])
            last = s["end"]
            req(s["value"] == s["value"].strip(), "edge whitespace in span " + r["id"])
            counts[s["value"]] = counts.get(s["value"], 0) + 1
            n += 1
        for v, c in counts.items():
            req(r["text"].count(v) == c, "labelled value occurs %d times, labelled %d: %s" % (r["text"].count(v), c, r["id"]))
    return n

def check_unique_values(pos, ev):
    owner = {}
    for r in pos + ev:
        for s in r["secrets"]:
            v = s["value"]
            req(owner.get(v, r["id"]) == r["id"], "value reused across records: %s / %s" % (owner.get(v), r["id"]))
            owner[v] = r["id"]
    posvals = {s["value"] for r in pos for s in r["secrets"]}
    plains = [r["secrets"][0]["plain"] for r in ev]
    req(len(plains) == len(set(plains)), "evasion plains not unique")
    req(not (set(plains) & posvals), "evasion plain is a positive value")
    return len(owner)

def check_evasions(ev, enc_names, keyed):
    st = 0
    try:
        st = gen_decoders.self_test()
    except Exception as e:  # a broken decoder is a check failure
        raise CheckError("decoder self-test: %s" % e)
    req(set(enc_names) == set(gen_decoders.DEC), "encoder and decoder sets differ")
    for r in ev:
        req(len(r["secrets"]) == 1, "evasion must have one span " + r["id"])
        s = r["secrets"][0]
        req(s["encoding"] == r["encoding"] and r["encoding"] in enc_names, "encoding field " + r["id"])
        req(s["plain"] not in r["text"], "plain verbatim in evasion text " + r["id"])
        if r["encoding"] in keyed:
            k = s.get("encoding_key")
            req(k, "keyed evasion without encoding_key " + r["id"])
            outside = r["text"][:s["start"]] + "\x00" + r["text"][s["end"]:]
            req(k in outside, "key not stated outside the span " + r["id"])
        else:
            req("encoding_key" not in s, "encoding_key on unkeyed evasion " + r["id"])
        try:
            got = gen_decoders.DEC[r["encoding"]](s["value"], s.get("encoding_key"))
        except Exception as e:
            raise CheckError("decoder crashed on %s: %s" % (r["id"], e))
        req(got == s["plain"], "decoder does not reproduce plain " + r["id"])
    return st

def check_structured(pos, ev):
    n = {"crc": 0, "jwt": 0, "b64_64": 0}
    vals = [(s["type"], s["value"]) for r in pos for s in r["secrets"]] + [(r["type"], r["secrets"][0]["plain"]) for r in ev]
    for t, v in vals:
        if t in ("github_classic_pat", "npm_access_token"):
            req(GH.fullmatch(v) and crc_ok(v), "bad checksum " + v[:8]); n["crc"] += 1
        if v.startswith("eyJhbGciOi") and v.count(".") == 2:
            h, p, _ = v.split(".")
            for seg in (h, p):
                json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))
            n["jwt"] += 1
        if t == "azure_storage_account_key":
            req(len(base64.b64decode(v)) == 64, "azure key length"); n["b64_64"] += 1
    return n

def check_negatives(neg, pos, ev, docvals):
    texts = [r["text"] for r in neg]
    req(len(texts) == len(set(texts)), "duplicate negative texts")
    bad = [s["value"] for r in pos for s in r["secrets"] if len(s["value"]) >= 6]
    bad += [s["value"] for r in ev for s in r["secrets"]] + [r["secrets"][0]["plain"] for r in ev]
    for r in neg:
        t = r["text"]
        for v in bad:
            req(v not in t, "positive / evasion value in negative " + r["id"])
        for m in GH.finditer(t):
            req(not crc_ok(m.group(0)), "checksum-valid token in negative " + r["id"])
        req("PRIVATE KEY" not in t, "private key in negative " + r["id"])
    bytext = {r["container"]: r["text"] for r in neg}
    alltext = "\n".join(r["text"] for r in pos + ev)
    for kind, vals in docvals.items():
        req(kind in bytext, "documentation record missing: " + kind)
        for v in vals:
            req(v in bytext[kind], "documentation value missing from " + kind)
            if len(v) >= 8:
                req(v not in alltext, "documentation value in a positive / evasion: " + v)
    for name, f in gen_negatives.RECOMPUTE.items():
        req(f() == gen_negatives.PUBLISHED[name], "recomputed documentation value differs: " + name)
    return len(neg)

def check_denylist(names, frozen):
    bad, ncomp, ndeny = denylist.overlaps(names, frozen)
    req(not bad, "deny-listed names: %r" % bad[:10])
    return ncomp, ndeny

def check_counts(parts):
    ev_pos, vend, pw, prose, ev, neg, meta = parts
    kinds = {}
    for r in ev_pos:
        kinds[r["container"]] = kinds.get(r["container"], 0) + 1
    req(len(ev_pos) == 240 and len(kinds) == 60 and set(kinds.values()) == {4}, "everyday counts")
    req(190 <= len(vend) <= 215, "vendor count %d" % len(vend))
    req(len({r["type"] for r in vend}) == len(vend), "vendor types not one record each")
    req(len({r["container"].split("__")[1] for r in vend}) == 25, "vendor styles != 25")
    req(100 <= len(pw) <= 120 and len({r["type"] for r in pw}) == len(pw), "password counts")
    req(len(prose) == 40 and len({r["container"].split("__")[1] for r in prose}) == 40, "prose languages")
    fm = {}
    for r in prose:
        f = r["container"].split("__")[0]; fm[f] = fm.get(f, 0) + 1
    req(len(fm) == 10 and set(fm.values()) == {4}, "prose formats")
    encs = {}
    for r in ev:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    req(len(ev) == 99 and len(encs) == 33 and set(encs.values()) == {3}, "evasion counts")
    cls = {r["class"] for r in neg}
    req(len(neg) >= 220 and len(cls) == 16, "negative counts")
    return True
