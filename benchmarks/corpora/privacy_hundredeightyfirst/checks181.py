"""All checks run by build.py before anything is written; returns a list of error strings."""
import base64, json, re, struct, collections
from common181 import (PW_RE, PW_STRICT_RE, UUID_RE, uuid_is_v4, jwt_ok, gh_checksum_ok, luhn_ok, gs1_ok,
                       deny_hits, PREFIX)
import dec181

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "text", "secrets", "source", "encoding"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

def _ids(recs, kind, errs):
    for i, rec in enumerate(recs):
        want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
        if rec.get("id") != want:
            errs.append("id %r at position %d, expected %s" % (rec.get("id"), i, want))
    c = collections.Counter(r.get("id") for r in recs)
    for k, v in c.items():
        if v > 1:
            errs.append("duplicate id %s" % k)

def _b64dec(s):
    return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)

def run_checks(data, meta):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    deny = meta["deny"]
    dnames = set(deny["names"]); dsyn = set(deny["syntaxes"])
    _ids(S, "s", errs); _ids(E, "e", errs); _ids(N, "n", errs)

    # ---------------------------------------------------------------- spans
    values = []
    for rec in S + E:
        fields = EV_FIELDS if rec in E else POS_FIELDS
        if set(rec) != fields:
            errs.append("%s: fields %s" % (rec.get("id"), sorted(rec)))
            continue
        sp = rec["secrets"]
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: needs exactly one span" % rec["id"]); continue
        sp = sp[0]
        if set(sp) != (EV_SPAN_FIELDS if rec in E else SPAN_FIELDS):
            errs.append("%s: span fields %s" % (rec["id"], sorted(sp)))
        v, t = sp.get("value", ""), rec["text"]
        if not v or t[sp["start"]:sp["end"]] != v:
            errs.append("%s: span does not re-slice" % rec["id"])
        if v != v.strip():
            errs.append("%s: value has edge whitespace" % rec["id"])
        if rec["type"] != sp.get("type"):
            errs.append("%s: record type %r != span type %r" % (rec["id"], rec["type"], sp.get("type")))
        if v and t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (rec["id"], t.count(v)))
        for bad in ("@@", "\0", "PRIVATE KEY"):
            if bad in t:
                errs.append("%s: text contains %r" % (rec["id"], bad))
        values.append((rec["id"], v))
    vc = collections.Counter(v for _, v in values)
    for v, c in vc.items():
        if c > 1:
            errs.append("value reused %d times: %s" % (c, v[:30]))
    alltexts = [(r["id"], r["text"]) for r in S + E + N]
    for rid, v in values:
        for oid, t in alltexts:
            if oid != rid and v and v in t:
                errs.append("value of %s appears in %s" % (rid, oid))
    hidden = list(meta["hidden_passwords"]) + [r["secrets"][0].get("plain", "") for r in E]
    for h in hidden:
        for oid, t in alltexts:
            if h and h in t:
                errs.append("hidden password / evasion plain %s appears in %s" % (h[:12], oid))
    for rec in N:
        for bad in ("@@", "\0", "PRIVATE KEY"):
            if bad in rec["text"]:
                errs.append("%s: text contains %r" % (rec["id"], bad))

    # ---------------------------------------------------------------- shapes
    by_src = collections.defaultdict(list)
    for rec in S:
        by_src[rec["source"]].append(rec)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source %s" % (set(by_src) - {"everyday", "vendor", "password", "prose"}))
    pwtypes = set(meta["everyday_password_types"]) | set(meta["vendor_owner_types"])
    for rec in S:
        v = rec["secrets"][0]["value"]; typ = rec["type"]
        if typ in pwtypes and not PW_RE.match(v):
            errs.append("%s: password shape %r" % (rec["id"], v))
        if rec["source"] == "prose" and not PW_STRICT_RE.match(v):
            errs.append("%s: prose password shape" % rec["id"])
        if rec["source"] == "password":
            if typ in meta["b64_syntaxes"]:
                try:
                    raw = _b64dec(v).decode()
                except Exception:
                    errs.append("%s: Base64 positional value does not decode" % rec["id"]); continue
                pw = raw.split("\0")[-1] if "\0" in raw else raw.split(":")[-1]
                if not PW_STRICT_RE.match(pw):
                    errs.append("%s: hidden password shape" % rec["id"])
            elif not PW_STRICT_RE.match(v):
                errs.append("%s: positional password shape %r" % (rec["id"], v))
        if JWT_SHAPE.fullmatch(v) or typ in meta["jwt_types"]:
            if not jwt_ok(v):
                errs.append("%s: JWT without base64url JSON" % rec["id"])
        if v.startswith("ghp_") and not gh_checksum_ok(v):
            errs.append("%s: ghp_ CRC-32 wrong" % rec["id"])
        if typ == "pinsetter_telemetry_signing_key":
            try:
                if len(v) != 64 or len(base64.urlsafe_b64decode(v)) != 48:
                    errs.append("%s: signing key length" % rec["id"])
            except Exception:
                errs.append("%s: signing key not base64url" % rec["id"])
        if typ == "waiver_webhook_signing_secret" and not re.fullmatch(r"wvsig_[0-9a-f]{48}", v):
            errs.append("%s: wvsig_ shape" % rec["id"])
        if typ == "trampoline_counter_device_token" and not re.fullmatch(r"tpc_dev_[0-9A-Za-z]{40}", v):
            errs.append("%s: tpc_dev_ shape" % rec["id"])
        if typ == "kitchen_display_pairing_secret" and not re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}", v):
            errs.append("%s: KDS pairing shape" % rec["id"])
        if typ == "arcade_redemption_api_key" and not re.fullmatch(r"arc_live_sk_[0-9A-Za-z]{32}", v):
            errs.append("%s: arc_live_sk_ shape" % rec["id"])
        if typ == "intercom_access_token":
            try:
                raw = _b64dec(v).decode()
                if not (raw.startswith("tok:") and UUID_RE.search(raw)):
                    errs.append("%s: intercom token content" % rec["id"])
            except Exception:
                errs.append("%s: intercom token not Base64" % rec["id"])
        if typ == "azure_storage_account_key":
            try:
                if len(_b64dec(v)) != 64:
                    errs.append("%s: storage key length" % rec["id"])
            except Exception:
                errs.append("%s: storage key not Base64" % rec["id"])
        if typ == "sops_age_identity_secret_key" and not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v):
            errs.append("%s: age key shape" % rec["id"])
    for rec in S + E + N:
        for u in UUID_RE.findall(rec["text"]):
            if not uuid_is_v4(u):
                errs.append("%s: UUID-shaped %s is not version 4" % (rec["id"], u))
    for rec in S:
        if rec["source"] == "prose":
            sp = rec["secrets"][0]; t = rec["text"]
            if (sp["start"] > 0 and not t[sp["start"] - 1].isspace()) or (sp["end"] < len(t) and not t[sp["end"]].isspace()):
                errs.append("%s: prose value not set off by whitespace" % rec["id"])

    # ---------------------------------------------------------------- evasions
    enc_counts = collections.Counter()
    for rec in E:
        if set(rec) != EV_FIELDS:
            continue
        sp = rec["secrets"][0]; enc = rec["encoding"]; enc_counts[enc] += 1
        if sp.get("encoding") != enc:
            errs.append("%s: record / span encoding differ" % rec["id"])
        if rec["source"] != "evasion":
            errs.append("%s: source must be evasion" % rec["id"])
        try:
            dec = dec181.decode(enc, sp["value"])
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != sp.get("plain"):
            errs.append("%s: run does not decode to its plain" % rec["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp.get("plain", "")):
            errs.append("%s: plain alphabet" % rec["id"])
        if sp.get("plain", "\1") in sp["value"]:
            errs.append("%s: run contains its plain" % rec["id"])
        t = rec["text"]; s = sp["start"]; e = sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip():
            errs.append("%s: run not on its own line between rule and remark" % rec["id"])
        rule = meta["encoding_rules"].get(enc, "\1")
        if rule not in t[:s]:
            errs.append("%s: stated rule missing before the run" % rec["id"])
        if not rec["container"].startswith(enc + "__") or rec["container"].split("__", 1)[1] not in meta["wordings"]:
            errs.append("%s: container must be <encoding>__<wording>" % rec["id"])
    if len(E) != 66 or len(enc_counts) != 22 or set(enc_counts.values()) != {3}:
        errs.append("evasions: want 22 encodings x 3 = 66, got %d records / %d encodings" % (len(E), len(enc_counts)))

    # ---------------------------------------------------------------- negatives
    ncls = collections.Counter()
    for rec in N:
        if set(rec) != NEG_FIELDS:
            errs.append("%s: negative fields %s" % (rec.get("id"), sorted(rec)))
            continue
        if rec["source"] != "negative":
            errs.append("%s: negative source" % rec["id"])
        ncls[rec["class"]] += 1
        t = rec["text"]
        if rec["class"] == "arcade_play_card_numbers_with_luhn_digit":
            cards = re.findall(r"(?<!\d)7\d{3} ?\d{4} ?\d{4} ?\d{4}(?!\d)", t)
            if not cards:
                errs.append("%s: no card numbers" % rec["id"])
            for c in cards:
                if not luhn_ok(c.replace(" ", "")):
                    errs.append("%s: card %s fails Luhn" % (rec["id"], c))
        if rec["class"] == "redemption_prize_ean8_and_ean13_codes":
            codes = re.findall(r"(?<![\d])(2\d{7}|2\d{12})(?![\d])", t)
            if not codes:
                errs.append("%s: no EAN codes" % rec["id"])
            for c in codes:
                if not gs1_ok(c):
                    errs.append("%s: EAN %s check digit wrong" % (rec["id"], c))
        for j in JWT_SHAPE.findall(t):
            if not jwt_ok(j):
                errs.append("%s: JWT-shaped negative without JSON" % rec["id"])
        for k in re.findall(r"PublicKey = (\S+)", t):
            if len(_b64dec(k)) != 32:
                errs.append("%s: WireGuard public key length" % rec["id"])
        for k in re.findall(r"ecdsa-sha2-nistp256 (\S+)", t):
            try:
                b = _b64dec(k); n = struct.unpack(">I", b[:4])[0]
                ok = b[4:4 + n] == b"ecdsa-sha2-nistp256" and len(b) == 4 + 19 + 4 + 8 + 4 + 65 and b[-65] == 4
            except Exception:
                ok = False
            if not ok:
                errs.append("%s: ecdsa public key wire format" % rec["id"])
    if len({r.get("text") for r in N}) != len(N):
        errs.append("negatives: duplicate texts")
    if len(N) < 180 or len(ncls) < 16:
        errs.append("negatives: need >= 180 records in >= 16 classes, got %d / %d" % (len(N), len(ncls)))

    # ---------------------------------------------------------------- deny-list
    labels = []
    for rec in S + E:
        labels.append(("container", rec["container"])); labels.append(("span type", rec["type"]))
    for rec in E:
        labels.append(("encoding", rec["encoding"]))
    for rec in N:
        labels.append(("container", rec["container"])); labels.append(("negative class", rec["class"]))
    for kind in ("vendor_styles", "password_suffixes", "prose_formats", "wordings", "wrappers"):
        for lab in meta[kind]:
            labels.append((kind, lab))
    seen = set()
    for kind, lab in labels:
        if (kind, lab) in seen:
            continue
        seen.add((kind, lab))
        h = deny_hits(lab, dnames)
        if h:
            errs.append("deny-listed %s %s (%s)" % (kind, lab, ", ".join(h)))
    for rec in S:
        if rec["source"] != "password":
            continue
        syn = rec["type"].split("pw_", 1)[-1]
        if syn in dnames or syn in dsyn:
            errs.append("syntax %s is an earlier syntax" % syn)
    lcodes = set(deny["language_codes"]); lnames = set(deny["language_names"])
    for code, name in meta["languages"]:
        if code in lcodes or code in dnames:
            errs.append("language code %s is deny-listed" % code)
        if name.lower() in lnames or any(w in lnames for w in re.split(r"[\s-]+", name.lower())):
            errs.append("language %s is deny-listed" % name)

    # ---------------------------------------------------------------- counts
    ev = by_src["everyday"]
    kinds = collections.defaultdict(list); types = collections.Counter()
    for rec in ev:
        kinds[rec["container"]].append(rec["type"]); types[rec["type"]] += 1
    if len(ev) != 180 or len(kinds) != 45 or len(types) != 12:
        errs.append("everyday: want 180 = 45 kinds x 4 with 12 types, got %d / %d / %d" % (len(ev), len(kinds), len(types)))
    for kname, ts in kinds.items():
        if len(ts) != 4 or len(set(ts)) != 4:
            errs.append("everyday kind %s needs four different types" % kname)
    if set(types.values()) != {15}:
        errs.append("everyday: every type must sit in 15 records")
    vd = by_src["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: want 120 distinct types, got %d" % len({r["type"] for r in vd}))
    for rec in vd:
        if not rec["container"].startswith(rec["type"] + "__") or rec["container"].split("__", 1)[1] not in meta["vendor_styles"]:
            errs.append("%s: vendor container must be <type>__<style>" % rec["id"])
    pw = by_src["password"]
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: want 95-120 distinct syntaxes, got %d" % len(pw))
    pr = by_src["prose"]
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose: want 40 records in 40 languages")
    if not (440 <= len(S) <= 470):
        errs.append("positives: %d outside 440-470" % len(S))
    srcs = {k: {r["type"] for r in v} for k, v in by_src.items()}
    srcs["evasion"] = {r["type"] for r in E}
    ks = sorted(srcs)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcs[ks[i]] & srcs[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in S if r["source"] != "everyday"] + [r["container"] for r in E]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")
    return errs
