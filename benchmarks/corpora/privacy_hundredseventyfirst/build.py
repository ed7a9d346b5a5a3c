#!/usr/bin/env python3
"""Deterministic builder of the p171 held-out credential corpus.

python3 build.py [outdir]      generate twice, check, run mutation tests, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief171/ (only when it exists)
"""
import base64
import copy
import json
import os
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common171 as C  # noqa: E402
import everyday171  # noqa: E402
import vendor171  # noqa: E402
import positional171  # noqa: E402
import prose171  # noqa: E402
import evasions171  # noqa: E402
import negatives171  # noqa: E402
import dec171  # noqa: E402
import readme171  # noqa: E402

BRIEF_DIR = "/tmp/brief171"
DENY_FILE = os.path.join(HERE, "brief_names.json")
SECRET_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
OWNER_PW_VENDOR = {"hayward_omnilogic_account_password", "chemtrol_controller_cloud_password", "ewon_talk2m_account_password"}


# ------------------------------------------------------------------ deny-list
def load_deny():
    fresh = C.extract_denylist(BRIEF_DIR) if os.path.isdir(BRIEF_DIR) else None
    if not os.path.exists(DENY_FILE):
        if fresh is None:
            raise SystemExit("brief_names.json missing and %s absent" % BRIEF_DIR)
        frozen = fresh
    else:
        frozen = json.load(open(DENY_FILE, encoding="utf-8"))
    if fresh is not None and fresh != frozen:
        raise SystemExit("FAIL: frozen brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
    d = dict(frozen)
    d["_nameset"] = set(frozen["names"])
    d["_old_syntaxes"] = {m.group(1) for n in frozen["names"] for m in [re.match(r"^[a-z]+pw_(.+)$", n)] if m}
    d["_fresh_checked"] = fresh is not None
    return d, frozen


# ------------------------------------------------------------------ generation
def generate(deny):
    reg = C.Registry()
    ev = everyday171.build(reg, 1)
    vd, vmeta = vendor171.build(reg, 1 + len(ev), deny, C.denied)
    pw, pmeta = positional171.build(reg, 1 + len(ev) + len(vd), deny, C.denied, deny["_old_syntaxes"])
    pr, prmeta = prose171.build(reg, 1 + len(ev) + len(vd) + len(pw), deny, C.lang_denied)
    secrets = ev + vd + pw + pr
    evs = evasions171.build(reg, deny, C.denied)
    pos_values = [s["value"] for r in secrets for s in r["secrets"]]
    pos_values += [s["value"] for r in evs for s in r["secrets"]] + [s["plain"] for r in evs for s in r["secrets"]]
    negs = negatives171.build(pos_values)
    meta = {"vendor": vmeta, "positional": pmeta, "prose": prmeta, "registry_size": len(reg.items)}
    return {"secrets": secrets, "evasions": evs, "negatives": negs, "meta": meta}


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ------------------------------------------------------------------ checks
def _b64d(s, url=False):
    pad = "=" * (-len(s) % 4)
    return (base64.urlsafe_b64decode if url else base64.b64decode)(s + pad)


def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) < 3:
        return False
    try:
        json.loads(_b64d(parts[0], True))
        if len(parts) == 3:
            json.loads(_b64d(parts[1], True))
        return True
    except Exception:
        return False


def check(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    meta = data["meta"]

    def err(m):
        errs.append(m)

    # ids
    for recs, pfx in ((S, "p171-s-"), (E, "p171-e-"), (N, "p171-n-")):
        ids = [r.get("id") for r in recs]
        if ids != ["%s%04d" % (pfx, i + 1) for i in range(len(recs))]:
            err("ids not unique / sequential for %s" % pfx)
    all_texts = [r["text"] for r in S] + [r["text"] for r in E] + [r["text"] for r in N]
    seen_values = {}
    # positives
    for r in S + E:
        is_ev = r in E
        if set(r) != (EV_FIELDS if is_ev else SECRET_FIELDS):
            err("%s: wrong record fields" % r.get("id"))
            continue
        if not isinstance(r["secrets"], list) or len(r["secrets"]) != 1:
            err("%s: must have exactly one span" % r["id"])
            continue
        sp = r["secrets"][0]
        if set(sp) != (EV_SPAN_FIELDS if is_ev else SPAN_FIELDS):
            err("%s: wrong span fields" % r["id"])
            continue
        t, v = r["text"], sp["value"]
        if t[sp["start"]:sp["end"]] != v or not v:
            err("%s: span does not re-slice" % r["id"])
        if v != v.strip():
            err("%s: span has edge whitespace" % r["id"])
        if r["type"] != sp["type"]:
            err("%s: record type != span type" % r["id"])
        cnt, pos = 0, t.find(v)
        while pos != -1:
            cnt += 1
            pos = t.find(v, pos + 1)
        if cnt != 1:
            err("%s: value occurs %d times in its text" % (r["id"], cnt))
        if v in seen_values:
            err("%s: value reused from %s" % (r["id"], seen_values[v]))
        seen_values[v] = r["id"]
        for bad in (C.MARK, "\x00", "PRIVATE KEY", "«", "»"):
            if bad in t:
                err("%s: forbidden marker %r in text" % (r["id"], bad))
        for u in UUID_RE.findall(v):
            if uuid.UUID(u).version != 4 or u[14] != "4":
                err("%s: UUID-shaped substring not version 4" % r["id"])
        if v.startswith("eyJ") and not _jwt_ok(v):
            err("%s: JWT-shaped value without JSON header / payload" % r["id"])
    # cross-record leaks
    vals = [(r["id"], r["secrets"][0]["value"]) for r in S + E if len(r.get("secrets", [])) == 1]
    plains = [(r["id"], r["secrets"][0].get("plain")) for r in E if len(r.get("secrets", [])) == 1]
    for rid, v in vals:
        for r in S + E:
            if r["id"] != rid and v in r["text"]:
                err("%s: value appears in %s" % (rid, r["id"]))
        for n in N:
            if v in n["text"]:
                err("%s: value appears in negative %s" % (rid, n["id"]))
    for rid, p in plains:
        if p is None:
            continue
        for t in all_texts:
            if p in t:
                err("%s: evasion plain appears in a text" % rid)
                break
        if p in seen_values:
            err("%s: evasion plain reused as a value" % rid)
    # shapes per source
    for r in S:
        if len(r.get("secrets", [])) != 1:
            continue
        v, typ, src = r["secrets"][0]["value"], r["type"], r["source"]
        if src not in ("everyday", "vendor", "password", "prose"):
            err("%s: bad source" % r["id"])
        if (src == "everyday" and typ.endswith("_password")) or (src == "vendor" and typ in OWNER_PW_VENDOR) or src == "prose":
            if not C.OWNER_PW_RE.match(v):
                err("%s: owner-chosen password shape" % r["id"])
        if src == "prose":
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if not (s > 0 and r["text"][s - 1].isspace() and e < len(r["text"]) and r["text"][e].isspace()):
                err("%s: prose value not set off by whitespace" % r["id"])
            if not re.match(r"^[A-Za-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$", v):
                err("%s: prose joiner" % r["id"])
        if src == "password":
            if r["container"].split("__")[0] != typ:
                err("%s: positional container / type mismatch" % r["id"])
            syn = typ[len(positional171.PREFIX):]
            enc = {x[0]: x[3] for x in positional171.S}.get(syn)
            if enc is None:
                if not C.OWNER_PW_RE.match(v):
                    err("%s: positional value shape" % r["id"])
            else:
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                    pw = raw.split("\0")[-1] if enc == "b64_plain_sasl" else raw.split(":", 1)[1]
                    if (enc == "b64_plain_sasl" and raw.count("\0") != 2) or not C.OWNER_PW_RE.match(pw):
                        err("%s: Base64 positional span does not decode to a credential" % r["id"])
                except Exception:
                    err("%s: Base64 positional span invalid" % r["id"])
        if typ == "pump_gateway_device_key" and len(base64.b64decode(v, validate=True)) != 32:
            err("%s: device key length" % r["id"])
        if typ == "cert_tracker_oauth_client_secret" and len(_b64d(v, True)) != 36:
            err("%s: client secret length" % r["id"])
        if typ == "ticketing_webhook_signing_secret" and len(_b64d(v[len("tkwhsec_"):], True)) != 32:
            err("%s: webhook secret length" % r["id"])
        if typ in ("github_app_installation_token", "npm_granular_access_token"):
            if not C.crc_token_ok(v, v[:4]):
                err("%s: CRC-32 checksum" % r["id"])
        if typ == "intercom_app_access_token":
            raw = base64.b64decode(v).decode()
            if not (raw.startswith("tok:") and raw.endswith(":1:0") and uuid.UUID(raw[4:-4]).version == 4):
                err("%s: intercom token decode" % r["id"])
        if typ == "elastic_cloud_encoded_api_key" and base64.b64decode(v).decode().count(":") != 1:
            err("%s: elastic key decode" % r["id"])
        if typ in ("grafana_cloud_access_policy_token", "onepassword_service_account_token"):
            json.loads(_b64d(v[4:]))
        if typ == "sentry_organization_auth_token":
            json.loads(_b64d(v[7:].rsplit("_", 1)[0]))
    # evasions
    enc_names = list(dec171.D)
    from collections import Counter
    ec = Counter(r.get("encoding") for r in E)
    if len(E) != 66 or len(ec) != 22 or set(ec.values()) != {3}:
        err("evasions: need 22 encodings x 3 = 66 (have %d / %d)" % (len(E), len(ec)))
    for r in E:
        if len(r.get("secrets", [])) != 1:
            continue
        sp = r["secrets"][0]
        if r.get("source") != "evasion":
            err("%s: evasion source" % r["id"])
        if r["encoding"] != sp["encoding"]:
            err("%s: record / span encoding differ" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__", 1)[-1]) or r["encoding"] not in enc_names:
            err("%s: evasion container / encoding" % r["id"])
        try:
            ok = dec171.decode(sp["encoding"], sp["value"]) == sp["plain"]
        except Exception:
            ok = False
        if not ok:
            err("%s: evasion does not decode to its plain" % r["id"])
        if not re.match(r"^[A-Za-z0-9_.-]+$", sp["plain"] or ""):
            err("%s: plain alphabet" % r["id"])
        if sp["plain"] and sp["plain"] in sp["value"]:
            err("%s: run contains its plain" % r["id"])
        t, s, e = r["text"], sp["start"], sp["end"]
        if t[max(0, s - 2):s] != ":\n" or t[e:e + 1] != "\n":
            err("%s: run not on its own line after ':'" % r["id"])
        if "written" not in t[:s]:
            err("%s: rule not stated before the run" % r["id"])
    # negatives
    classes = Counter(n.get("class") for n in N)
    for n in N:
        if set(n) != NEG_FIELDS or n["source"] != "negative":
            err("%s: negative fields / source" % n.get("id"))
        for bad in (C.MARK, "\x00", "PRIVATE KEY"):
            if bad in n["text"]:
                err("%s: forbidden marker in negative" % n["id"])
    if len(set(n["text"] for n in N)) != len(N):
        err("negatives: duplicate texts")
    if len(classes) < 16 or len(N) < 180:
        err("negatives: need >= 16 classes and >= 180 records")
    # deny-list
    names_to_check = []
    for r in S + E + N:
        names_to_check.append(("container", r["container"]))
    for r in S + E:
        names_to_check.append(("type", r["type"]))
    for r in E:
        names_to_check.append(("encoding", r["encoding"]))
    for n in N:
        names_to_check.append(("class", n["class"]))
    for kind, nm in names_to_check:
        if C.denied(nm, deny):
            err("deny-listed %s: %s" % (kind, nm))
    for r in S:
        if r["source"] == "password":
            syn = r["type"][len(positional171.PREFIX):]
            if syn in deny["_old_syntaxes"] or C.denied(syn, deny):
                err("positional syntax repeats an earlier one: %s" % syn)
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            name = {x[0]: x[1] for x in prose171.LANGS}.get(code, "")
            if not name or C.lang_denied(code, name, deny):
                err("prose language deny-listed or unknown: %s" % code)
    # counts
    by = {k: [r for r in S if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    if len(by["everyday"]) != 180:
        err("everyday: need 180")
    kinds = Counter(r["container"] for r in by["everyday"])
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        err("everyday: need 45 kinds x 4")
    for k in kinds:
        if len({r["type"] for r in by["everyday"] if r["container"] == k}) != 4:
            err("everyday: kind %s lacks four distinct types" % k)
    if len({r["type"] for r in by["everyday"]}) != 12:
        err("everyday: need 12 types")
    vtypes = {r["type"] for r in by["vendor"]}
    if len(by["vendor"]) != 120 or len(vtypes) != 120:
        err("vendor: need 120 distinct types")
    for r in by["vendor"]:
        if not r["container"].startswith(r["type"] + "__"):
            err("%s: vendor container must be <type>__<style>" % r["id"])
    ptypes = {r["type"] for r in by["password"]}
    if not (95 <= len(by["password"]) <= 120) or len(ptypes) != len(by["password"]):
        err("password: need 95-120 distinct syntaxes")
    langs = {r["container"].split("__")[-1] for r in by["prose"]}
    if len(by["prose"]) != 40 or len(langs) != 40:
        err("prose: need 40 records in 40 languages")
    tsets = [{r["type"] for r in by[k]} for k in by] + [{r["type"] for r in E}]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                err("span types shared between sources")
    nonev = [r["container"] for r in S if r["source"] != "everyday"] + [r["container"] for r in E]
    if len(set(nonev)) != len(nonev):
        err("non-everyday containers must be unique")
    if not (440 <= len(S) <= 470):
        err("positives: about 450 expected")
    return errs


# ------------------------------------------------------------------ mutation tests
def mutations(data, deny):
    denyname = sorted(n for n in deny["names"] if "_" in n and "__" not in n and len(n) > 12)[0]
    old_syn = sorted(deny["_old_syntaxes"])[0]
    bad_lang = sorted(deny["language_codes"])[0]

    def m_offset(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m_dup_id(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m_leak(d):
        d["negatives"][3]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m_decode(d):
        d["evasions"][4]["secrets"][0]["plain"] = d["evasions"][4]["secrets"][0]["plain"][:-1] + "Q"

    def m_deny_container(d):
        d["secrets"][9]["container"] = denyname

    def m_deny_class(d):
        for n in d["negatives"]:
            if n["class"] == d["negatives"][0]["class"]:
                n["class"] = denyname

    def m_type(d):
        d["secrets"][30]["type"] = d["secrets"][31]["type"] if d["secrets"][31]["type"] != d["secrets"][30]["type"] else "x_other"

    def m_count(d):
        del d["evasions"][-1]

    def m_prose_glued(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][3]
        s = r["secrets"][0]["start"]
        r["text"] = r["text"][:s - 1] + "x" + r["text"][s:]

    def m_reuse(d):
        a, b = d["secrets"][40], d["secrets"][41]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]["start"]
        b["text"] = b["text"][:s] + v + b["text"][b["secrets"][0]["end"]:]
        b["secrets"][0].update(value=v, end=s + len(v))

    def m_deny_encoding(d):
        for r in d["evasions"][:3]:
            r["encoding"] = denyname
            r["secrets"][0]["encoding"] = denyname

    def m_repeat(d):
        r = d["secrets"][100]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m_deny_lang(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__" + bad_lang

    def m_old_syntax(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        typ = positional171.PREFIX + old_syn
        r["type"] = typ
        r["secrets"][0]["type"] = typ
        r["container"] = typ + "__" + r["container"].split("__", 1)[1]

    def m_bad_uuid(d):
        r = [x for x in d["secrets"] if x["type"] == "waterguru_partner_api_token"][0]
        v = r["secrets"][0]["value"]
        nv = v[:14] + "1" + v[15:]
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv

    tests = [m_offset, m_dup_id, m_leak, m_decode, m_deny_container, m_deny_class, m_type, m_count, m_prose_glued,
             m_reuse, m_deny_encoding, m_repeat, m_deny_lang, m_old_syntax, m_bad_uuid]
    results = []
    for t in tests:
        d = copy.deepcopy(data)
        t(d)
        caught = bool(check(d, deny))
        results.append((t.__name__, caught))
    return results


# ------------------------------------------------------------------ main
def main(argv):
    if "--freeze" in argv:
        if not os.path.isdir(BRIEF_DIR):
            raise SystemExit("%s absent; nothing to freeze" % BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(C.extract_denylist(BRIEF_DIR), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, frozen = load_deny()
    a = generate(deny)
    b = generate(deny)
    fails = []
    for k in ("secrets", "evasions", "negatives"):
        if dumps(a[k]) != dumps(b[k]):
            fails.append("non-deterministic %s" % k)
    errs = check(a, deny)
    fails += errs
    muts = mutations(a, deny)
    for name, caught in muts:
        if not caught:
            fails.append("mutation %s not caught" % name)
    ra = readme171.render(a, deny, frozen, muts)
    rb = readme171.render(b, deny, frozen, muts)
    if ra != rb:
        fails.append("README not deterministic")
    if fails:
        for f in fails[:50]:
            print("FAIL:", f)
        print("nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {
        "secrets.jsonl": dumps(a["secrets"]),
        "evasions.jsonl": dumps(a["evasions"]),
        "negatives.jsonl": dumps(a["negatives"]),
        "README.md": ra,
        "brief_names.json": json.dumps(frozen, ensure_ascii=False, indent=1) + "\n",
    }
    for fn, content in files.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    print("wrote %s: secrets %d, evasions %d, negatives %d; mutations caught %d/%d" % (
        outdir, len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
