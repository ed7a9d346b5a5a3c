"""Checks run on the generated data before anything is written."""
import base64
import collections
import json
import re
import zlib

from common186 import (PW_RE, PW_STRICT_RE, name_hits, base62_int, adler32_hex, gtin_ok, luhn_ok, CROCKFORD)
import dec186

ID_RE = {"s": re.compile(r"^p186-s-\d{4}$"), "e": re.compile(r"^p186-e-\d{4}$"), "n": re.compile(r"^p186-n-\d{4}$")}
POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")

EVERYDAY_PW_TYPES = {"lane_kiosk_admin_password", "rso_roster_portal_password", "bound_book_db_password",
                     "armoury_door_controller_password", "etarget_scoring_admin_password", "firearms_pos_manager_password"}


def _b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_uuid_v4(text):
    errs = []
    for m in UUID_RE.finditer(text):
        u = m.group(0).lower()
        if u[14] != "4" or u[19] not in "89ab":
            errs.append(u)
    return errs


def check_shapes(rec, vendor_pw_types):
    errs = []
    sp = rec["secrets"][0]
    v, t = sp["value"], sp["type"]
    rid = rec["id"]
    if t in EVERYDAY_PW_TYPES or t in vendor_pw_types:
        if not PW_RE.match(v):
            errs.append("%s: password shape %r" % (rid, v))
    if rec["source"] in ("prose",) and not PW_STRICT_RE.match(v):
        errs.append("%s: strict password shape %r" % (rid, v))
    if rec["source"] == "password":
        if t.endswith("_b64"):
            raw = base64.b64decode(v, validate=True).decode()
            pw = raw.split("\x00")[-1] if "\x00" in raw else raw.split(":", 1)[1]
            if not PW_STRICT_RE.match(pw):
                errs.append("%s: hidden password shape %r" % (rid, pw))
        elif not PW_STRICT_RE.match(v):
            errs.append("%s: strict password shape %r" % (rid, v))
    if t == "lane_booking_webhook_secret":
        if not (v.startswith("lbwh_") and len(_b64url_dec(v[5:])) == 32 and len(v) == 48):
            errs.append("%s: lbwh shape" % rid)
    if t == "armoury_rfid_gateway_key":
        if not (re.match(r"^armr_[0-9A-Za-z]{32}[0-9a-f]{8}$", v) and adler32_hex(v[5:37]) == v[37:]):
            errs.append("%s: armr adler32" % rid)
    if t == "archery_scoring_sync_token":
        if not re.match(r"^[%s]{8}(-[%s]{8}){4}$" % (CROCKFORD, CROCKFORD), v):
            errs.append("%s: crockford shape" % rid)
    if t == "bound_book_export_aes_key":
        if len(base64.b64decode(v, validate=True)) != 32:
            errs.append("%s: aes key length" % rid)
    if t == "waiver_kiosk_device_secret" and not re.match(r"^wks_[0-9A-Za-z]{40}$", v):
        errs.append("%s: wks shape" % rid)
    if JWT_RE.match(v):
        try:
            h, p, s = v.split(".")
            hj, pj = json.loads(_b64url_dec(h)), json.loads(_b64url_dec(p))
            siglen = len(_b64url_dec(s))
            want = {"HS256": 32, "HS384": 48, "HS512": 64}.get(hj.get("alg"))
            if not isinstance(pj, dict) or (want and siglen != want):
                errs.append("%s: jwt signature length" % rid)
        except Exception as e:  # noqa
            errs.append("%s: jwt not base64url JSON (%s)" % (rid, e))
    if t == "etarget_live_scoring_jwt" and not JWT_RE.match(v):
        errs.append("%s: etarget jwt shape" % rid)
    if t == "shopify_admin_api_access_token" and not re.match(r"^shpat_[0-9a-f]{32}$", v):
        errs.append("%s: shpat" % rid)
    if t == "mailchimp_marketing_api_key" and not re.match(r"^[0-9a-f]{32}-us\d\d$", v):
        errs.append("%s: mailchimp" % rid)
    if t == "brevo_transactional_api_key" and not re.match(r"^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$", v):
        errs.append("%s: brevo" % rid)
    if t == "authorize_net_signature_key" and not re.match(r"^[0-9A-F]{128}$", v):
        errs.append("%s: authnet signature key" % rid)
    if t == "azure_storage_account_key" and len(base64.b64decode(v, validate=True)) != 64:
        errs.append("%s: azure storage key" % rid)
    if t == "intercom_workspace_access_token":
        if not base64.b64decode(v).decode().startswith("tok:"):
            errs.append("%s: intercom" % rid)
    if t == "github_fine_grained_pat" and not re.match(r"^github_pat_\w{82}$", v):
        errs.append("%s: github_pat" % rid)
    if t == "sops_age_identity_secret_key" and not re.match(r"^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$", v):
        errs.append("%s: age" % rid)
    if t == "discord_range_bot_token":
        if not _b64url_dec(v.split(".")[0]).decode().isdigit():
            errs.append("%s: discord bot id" % rid)
    return errs


def check_all(data, deny, meta):
    """data: dict(positives, evasions, negatives). meta: counts and lists used by the check."""
    E = []
    pos, eva, neg = data["positives"], data["evasions"], data["negatives"]
    # ---------------- ids and fields
    for key, recs, fields in (("s", pos, POS_FIELDS), ("e", eva, EVA_FIELDS), ("n", neg, NEG_FIELDS)):
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            if not ID_RE[key].match(str(r.get("id"))) or r.get("id") != "p186-%s-%04d" % (key, i + 1):
                E.append("%s: id not well-formed / sequential" % r.get("id"))
        ids = [r.get("id") for r in recs]
        if len(ids) != len(set(ids)):
            E.append("duplicate ids in %s" % key)
    # ---------------- spans
    all_values = collections.Counter()
    for r in pos + eva:
        sps = r.get("secrets", [])
        if len(sps) != 1:
            E.append("%s: %d spans" % (r["id"], len(sps)))
            continue
        sp = sps[0]
        want = SPAN_FIELDS + (["plain", "encoding"] if r.get("source") == "evasion" else [])
        if list(sp.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(sp.keys())))
        v, s, e, t = sp.get("value"), sp.get("start"), sp.get("end"), sp.get("type")
        if not isinstance(s, int) or not isinstance(e, int) or r["text"][s:e] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if r["type"] != t:
            E.append("%s: record type != span type" % r["id"])
        if v and r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if "\x00" in r["text"] or "@@V186@@" in r["text"] or "PRIVATE KEY" in r["text"] or "§" in r["text"]:
            E.append("%s: slot marker / NUL / PRIVATE KEY left in text" % r["id"])
        all_values[v] += 1
    for v, c in all_values.items():
        if c > 1:
            E.append("value reused %d times: %r" % (c, v[:30]))
    # value of one record inside another record's text
    texts = [(r["id"], r["text"]) for r in pos + eva]
    vals = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva if r.get("secrets")]
    hidden = list(meta.get("hidden", []))  # (id, password) pairs that must appear in no text
    plains = [(r["id"], r["secrets"][0].get("plain")) for r in eva if r.get("secrets")]
    big = "\n\x01\n".join(t for _, t in texts)
    for rid, v in vals:
        if big.count(v) != 1:
            E.append("%s: value found in another record's text" % rid)
    for rid, p in hidden + plains:
        if p and p in big:
            E.append("%s: hidden password / evasion plain appears in a text" % rid)
    negbig = "\n\x01\n".join(n["text"] for n in neg)
    for rid, v in vals + hidden + plains:
        if v and v in negbig:
            E.append("%s: positive value / plain inside a negative" % rid)
    # ---------------- shapes
    for r in pos:
        if r.get("secrets"):
            try:
                E.extend(check_shapes(r, meta["vendor_pw_types"]))
            except Exception as ex:  # noqa
                E.append("%s: shape check crashed (%s)" % (r["id"], ex))
    for r in pos + eva + neg:
        for u in check_uuid_v4(r["text"]):
            E.append("%s: UUID not version 4: %s" % (r["id"], u))
    # prose: value set off by whitespace
    for r in pos:
        if r["source"] == "prose" and r.get("secrets"):
            sp = r["secrets"][0]
            t = r["text"]
            if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
    # ---------------- evasions
    enc_counts = collections.Counter()
    for r in eva:
        if not r.get("secrets"):
            continue
        sp = r["secrets"][0]
        enc = r.get("encoding")
        enc_counts[enc] += 1
        if sp.get("encoding") != enc:
            E.append("%s: record / span encoding differ" % r["id"])
        if r["container"].split("__")[0] != enc or len(r["container"].split("__")) != 2:
            E.append("%s: container not <encoding>__<wording>" % r["id"])
        try:
            dec = dec186.decode(enc, sp["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != sp.get("plain"):
            E.append("%s: evasion does not decode to its plain" % r["id"])
        p = sp.get("plain") or ""
        if not re.match(r"^[A-Za-z0-9_.-]+$", p):
            E.append("%s: plain alphabet" % r["id"])
        if p and p in sp["value"]:
            E.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if t[sp["start"] - 2:sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            E.append("%s: evasion layout (rule ':' newline run newline remark)" % r["id"])
        if r["type"] == "range_evasion_front_desk_password" and not PW_STRICT_RE.match(p):
            E.append("%s: evasion password plain shape" % r["id"])
    if len(enc_counts) != 22 or any(c != 3 for c in enc_counts.values()) or len(eva) != 66:
        E.append("evasions: want 22 encodings x 3 = 66 (got %d records, %d encodings)" % (len(eva), len(enc_counts)))
    # ---------------- negatives
    if len(neg) < 180:
        E.append("negatives: fewer than 180")
    ncls = collections.Counter(n["class"] for n in neg)
    if len(ncls) < 16:
        E.append("negatives: fewer than 16 classes")
    if len(set(n["text"] for n in neg)) != len(neg):
        E.append("negatives: duplicate texts")
    for n in neg:
        if n.get("source") != "negative":
            E.append("%s: source" % n["id"])
        if "\x00" in n["text"] or "PRIVATE KEY" in n["text"]:
            E.append("%s: NUL / PRIVATE KEY" % n["id"])
    E.extend(check_negative_structures(neg))
    # ---------------- deny-list
    names = []
    for r in pos + eva + neg:
        names.append(("container", r["id"], r["container"]))
    for r in pos + eva:
        names.append(("span type", r["id"], r["type"]))
    for r in eva:
        names.append(("encoding", r["id"], r["encoding"]))
    for n in neg:
        names.append(("negative class", n["id"], n["class"]))
    for syn in meta["syntaxes"]:
        names.append(("syntax", syn, syn))
        if syn in deny["_syn_set"] or syn in deny["_names_set"]:
            E.append("syntax %s is an earlier syntax" % syn)
    seen_names = set()
    for what, rid, nm in names:
        if (what, nm) in seen_names:
            continue
        seen_names.add((what, nm))
        hits = name_hits(nm, deny)
        if hits:
            E.append("%s %s (%s) overlaps deny-list: %s" % (what, nm, rid, hits))
    for code, lname in meta["languages"] + meta["language_spares"]:
        if code in deny["language_codes"] or code in deny["_names_set"]:
            E.append("language code %s deny-listed" % code)
        ln = lname.lower()
        if ln in deny["language_names"] or any(w in deny["language_names"] for w in ln.split()):
            E.append("language %s deny-listed" % lname)
    # ---------------- counts
    src = collections.Counter(r["source"] for r in pos)
    every = [r for r in pos if r["source"] == "everyday"]
    if src["everyday"] != 180:
        E.append("everyday: want 180")
    kinds = collections.defaultdict(list)
    for r in every:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: want 45 kinds x 4 distinct types")
    tc = collections.Counter(r["type"] for r in every)
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        E.append("everyday: want 12 types x 15 records")
    vend = [r for r in pos if r["source"] == "vendor"]
    if len(vend) != 120 or len(set(r["type"] for r in vend)) != 120:
        E.append("vendor: want 120 distinct types")
    for r in vend:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = [r for r in pos if r["source"] == "password"]
    if not (95 <= len(set(r["type"] for r in pw)) <= 120) or len(pw) != len(set(r["type"] for r in pw)):
        E.append("password: want 95-120 distinct syntaxes, one record each")
    pr = [r for r in pos if r["source"] == "prose"]
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        E.append("prose: want 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        E.append("positives: total %d outside 440-470" % len(pos))
    by_src = collections.defaultdict(set)
    for r in pos:
        by_src[r["source"]].add(r["type"])
    srcs = list(by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by_src[srcs[i]] & by_src[srcs[j]]:
                E.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(nonev) != len(set(nonev)):
        E.append("non-everyday containers not unique")
    return E


def check_negative_structures(neg):
    E = []
    for n in neg:
        t = n["text"]
        if n["class"] == "ammunition_gtin_barcodes_with_check_digits":
            for code in re.findall(r"(?<![\d-])(\d{12,13})(?![\d])", t):
                if not gtin_ok(code):
                    E.append("%s: GTIN check digit %s" % (n["id"], code))
        if n["class"] == "lane_booking_codes_with_luhn_digit":
            for a, b, c in re.findall(r"RB-(\d{4})-(\d{8})-(\d)", t):
                if not luhn_ok(a + b + c):
                    E.append("%s: Luhn %s" % (n["id"], a + b + c))
        if n["class"] == "sgtin96_rfid_epc_reads_in_armoury":
            for epc in re.findall(r"\b([0-9A-F]{24})\b", t):
                x = int(epc, 16)
                if (x >> 88) != 0x30 or ((x >> 82) & 7) != 5:
                    E.append("%s: SGTIN-96 header/partition %s" % (n["id"], epc))
            for epc, gtin in re.findall(r"\b([0-9A-F]{24}),(\d{14})\b", t):
                x = int(epc, 16)
                company, item = (x >> 58) & (2 ** 24 - 1), (x >> 38) & (2 ** 20 - 1)
                g13 = ("%06d" % item)[0] + "%07d" % company + ("%06d" % item)[1:]
                if gtin[:13] != g13 or not gtin_ok(gtin):
                    E.append("%s: SGTIN-96 / GTIN mismatch" % n["id"])
        if n["class"] == "age_and_pgp_armoured_ciphertext" and "PGP MESSAGE" in t:
            m = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n", t, re.S)
            data = base64.b64decode(m.group(1).replace("\n", ""))
            from negatives186 import crc24
            c = crc24(data)
            if base64.b64decode(m.group(2)) != bytes([c >> 16, (c >> 8) & 255, c & 255]):
                E.append("%s: PGP armour CRC-24" % n["id"])
    return E
