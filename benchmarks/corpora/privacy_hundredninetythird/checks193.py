"""All checks for corpus p193.  check(data, deny) -> list of error strings."""
import base64
import json
import re
import zlib

from common193 import (PW_LOOSE_RE, PW_STRICT_RE, POS_PREFIX, SLOT, B62, deny_hits, crc32_b62, luhn_ok, ean13_digit,
                       isbn10_digit, s10_digit, san_digit, bech32_ok, upc12_digit)
import dec193
import everyday193
import vendor193
import positional193
import prose193
import enc193

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode("utf-8"))


def check_jwt(tok):
    h, p, s = tok.split(".")
    hj = _b64url_json(h)
    _b64url_json(p)
    return hj


def check(data, deny):
    E = []
    pos = data["secrets"]
    eva = data["evasions"]
    neg = data["negatives"]
    hidden = data["hidden"]

    # ---------------- structure and spans
    def ids(recs, kind):
        for i, r in enumerate(recs):
            want = "p193-%s-%04d" % (kind, i + 1)
            if r.get("id") != want:
                E.append("id %r should be %s" % (r.get("id"), want))

    ids(pos, "s")
    ids(eva, "e")
    ids(neg, "n")

    all_values = []
    for recs, fields, sfields in ((pos, POS_FIELDS, SPAN_FIELDS), (eva, EVA_FIELDS, EVA_SPAN_FIELDS)):
        for r in recs:
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
                continue
            if len(r["secrets"]) != 1:
                E.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            sp = r["secrets"][0]
            if list(sp.keys()) != sfields:
                E.append("%s: span fields %s" % (r["id"], list(sp.keys())))
                continue
            t = r["text"]
            v = sp["value"]
            if t[sp["start"]:sp["end"]] != v:
                E.append("%s: span does not re-slice" % r["id"])
            if not v or v != v.strip():
                E.append("%s: empty value or edge whitespace" % r["id"])
            if r["type"] != sp["type"]:
                E.append("%s: record type != span type" % r["id"])
            if t.count(v) != 1:
                E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
            if SLOT in t or "PRIVATE KEY" in t:
                E.append("%s: slot marker, NUL or PRIVATE KEY in text" % r["id"])
            all_values.append((r["id"], v))
    seen = {}
    for rid, v in all_values:
        if v in seen:
            E.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    texts = [(r["id"], r["text"]) for r in pos + eva]
    for rid, v in all_values:
        for tid, t in texts:
            if tid != rid and v in t:
                E.append("%s: value appears in %s" % (rid, tid))
        for n in neg:
            if v in n["text"]:
                E.append("%s: value appears in negative %s" % (rid, n["id"]))
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva] + [("hidden", h) for h in hidden]
    for rid, p in plains:
        for tid, t in texts:
            if p in t:
                E.append("%s: plain / hidden password appears in %s" % (rid, tid))
        for n in neg:
            if p in n["text"]:
                E.append("%s: plain / hidden password appears in negative %s" % (rid, n["id"]))

    # ---------------- UUIDs and JWTs in every text
    for r in pos + eva + neg:
        for m in UUID_RE.finditer(r["text"]):
            if not UUID4_RE.match(m.group(0)):
                E.append("%s: UUID-shaped substring not version 4: %s" % (r["id"], m.group(0)))
        for m in JWT_RE.finditer(r["text"]):
            try:
                check_jwt(m.group(0))
            except Exception:
                E.append("%s: JWT-shaped substring without JSON header / payload" % r["id"])

    # ---------------- sources and shapes
    by_src = {}
    for r in pos:
        by_src.setdefault(r["source"], []).append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        E.append("unknown positive source")
    ev = by_src.get("everyday", [])
    ve = by_src.get("vendor", [])
    pw = by_src.get("password", [])
    pr = by_src.get("prose", [])

    kinds = {t[0]: t for t in everyday193.TYPES}
    for r in ev:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if t not in kinds:
            E.append("%s: unknown everyday type" % r["id"])
            continue
        if kinds[t][2] == "password":
            if not PW_LOOSE_RE.match(v):
                E.append("%s: everyday password shape" % r["id"])
        elif t == "special_order_tracking_token":
            if not (re.fullmatch(r"spo_[0-9A-Za-z]{36}", v) and crc32_b62(v[4:34]) == v[34:]):
                E.append("%s: spo_ CRC-32 broken" % r["id"])
        elif t == "author_event_ticket_signing_key":
            if not (re.fullmatch(r"[A-Za-z0-9_-]{43}", v) and len(base64.urlsafe_b64decode(v + "=")) == 32):
                E.append("%s: ticket key shape" % r["id"])
        elif t == "book_club_member_api_jwt":
            try:
                hj = check_jwt(v)
                if hj.get("alg") != "HS384" or len(base64.urlsafe_b64decode(v.split(".")[2] + "==")) != 48:
                    E.append("%s: book-club JWT not HS384" % r["id"])
            except Exception:
                E.append("%s: book-club JWT JSON" % r["id"])
        elif t == "pull_list_webhook_secret":
            if not (re.fullmatch(r"plwh_[A-Z2-7]{32}", v) and len(base64.b32decode(v[5:])) == 20):
                E.append("%s: plwh_ shape" % r["id"])
        elif t == "loyalty_stamp_fernet_key":
            if not (len(v) == 44 and v.endswith("=") and len(base64.urlsafe_b64decode(v)) == 32):
                E.append("%s: Fernet key shape" % r["id"])
        elif t == "isbn_lookup_proxy_api_key":
            if not re.fullmatch(r"ilp_[0-9a-f]{8}\.[0-9A-Za-z]{32}", v):
                E.append("%s: ilp_ shape" % r["id"])
    # pairing
    if len(ev) != 180:
        E.append("everyday count %d" % len(ev))
    per_kind = {}
    for r in ev:
        per_kind.setdefault(r["container"], []).append(r["type"])
    if len(per_kind) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in per_kind.values()):
        E.append("everyday: need 45 kinds x 4 different types")
    per_type = {}
    for r in ev:
        per_type[r["type"]] = per_type.get(r["type"], 0) + 1
    if len(per_type) != 12 or set(per_type.values()) != {15}:
        E.append("everyday: need 12 types x 15 records")

    vtab = {x[0]: x for x in vendor193.V}
    for r in ve:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if t not in vtab:
            E.append("%s: unknown vendor type" % r["id"])
            continue
        if vtab[t][3] == "owner" and not PW_LOOSE_RE.match(v):
            E.append("%s: vendor owner password shape" % r["id"])
        if not r["container"].startswith(t + "__"):
            E.append("%s: vendor container not <type>__<style>" % r["id"])
        if t == "github_classic_personal_access_token" and crc32_b62(v[4:34]) != v[34:]:
            E.append("%s: ghp_ CRC-32 broken" % r["id"])
        if t == "cloudflare_tunnel_token":
            try:
                d = json.loads(base64.b64decode(v))
                assert set(d) == {"a", "t", "s"} and UUID4_RE.match(d["t"])
            except Exception:
                E.append("%s: tunnel token JSON" % r["id"])
        if t == "azure_storage_account_key" and len(base64.b64decode(v)) != 64:
            E.append("%s: azure key length" % r["id"])
        if t in ("hardcover_api_bearer_token", "n8n_public_api_key", "zettle_api_key_assertion"):
            try:
                check_jwt(v)
            except Exception:
                E.append("%s: vendor JWT JSON" % r["id"])
    if len(set(r["type"] for r in ve)) != 120 or len(ve) != 120:
        E.append("vendor: need 120 distinct types")

    for r in pw:
        t = r["type"]
        v = r["secrets"][0]["value"]
        if not t.startswith(POS_PREFIX):
            E.append("%s: positional type prefix" % r["id"])
            continue
        syn = t[len(POS_PREFIX):]
        kind = positional193.B64_KIND.get(syn)
        if kind:
            try:
                raw = base64.b64decode(v, validate=True).decode("utf-8")
            except Exception:
                E.append("%s: Base64 positional does not decode" % r["id"])
                continue
            if kind == "plain":
                hp = raw
            elif kind == "colon":
                hp = raw.split(":", 1)[1] if ":" in raw else ""
            elif kind == "nul":
                parts = raw.split("\x00")
                hp = parts[2] if len(parts) == 3 and parts[0] == "" else ""
            else:  # nul3: authzid NUL authcid NUL password
                parts = raw.split("\x00")
                hp = parts[2] if len(parts) == 3 else ""
            if not PW_STRICT_RE.match(hp) or hp not in hidden:
                E.append("%s: Base64 positional hides no strict password" % r["id"])
        else:
            if not PW_STRICT_RE.match(v):
                E.append("%s: positional password shape" % r["id"])
        if syn == "stocktake_scanner_fixed_width_cols_31_to_54":
            line = r["text"].split("\n")[1]
            if line[30:54].strip() != v or r["secrets"][0]["start"] != len(r["text"].split("\n")[0]) + 1 + 30:
                E.append("%s: fixed-width columns 31-54" % r["id"])
        if deny_hits(syn, deny) or syn.lower() in set(deny["syntaxes"]):
            E.append("%s: syntax %s is deny-listed" % (r["id"], syn))
    syns = [r["type"] for r in pw]
    if not (95 <= len(set(syns)) <= 120) or len(syns) != len(set(syns)):
        E.append("positional: need 95-120 distinct syntaxes, one record each")

    codes = []
    lnames = dict((c, n) for c, n, _s, _t in prose193.LANGS)
    for r in pr:
        v = r["secrets"][0]["value"]
        s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
        t = r["text"]
        if not PW_STRICT_RE.match(v):
            E.append("%s: prose password shape" % r["id"])
        if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])
        code = r["container"].split("__")[-1]
        codes.append(code)
    if len(pr) != 40 or len(set(codes)) != 40:
        E.append("prose: need 40 records in 40 languages")
    dcodes = set(deny["language_codes"])
    dlnames = set(deny["language_names"])
    for code, name in [(c, lnames.get(c, "")) for c in codes] + list(prose193.SPARES):
        if code in dcodes or code in set(deny["names"]):
            E.append("language code %s is deny-listed" % code)
        words = [name.lower()] + name.lower().split()
        if any(w in dlnames for w in words):
            E.append("language name %s is deny-listed" % name)

    # ---------------- evasions
    encs = {}
    for r in eva:
        sp = r["secrets"][0]
        enc = r["encoding"]
        encs[enc] = encs.get(enc, 0) + 1
        if sp["encoding"] != enc:
            E.append("%s: record / span encoding differ" % r["id"])
        if not r["container"].startswith(enc + "__"):
            E.append("%s: evasion container not <encoding>__<wording>" % r["id"])
        try:
            got = dec193.decode(enc, sp["value"])
        except Exception as ex:
            got = "<%s>" % ex
        if got != sp["plain"]:
            E.append("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            E.append("%s: plain alphabet" % r["id"])
        if sp["plain"] in sp["value"]:
            E.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        s, e = sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip():
            E.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if r["type"] == "bookshop_evasion_backroom_pc_password" and not PW_STRICT_RE.match(sp["plain"]):
            E.append("%s: evasion password shape" % r["id"])
        if deny_hits(enc, deny):
            E.append("%s: encoding %s is deny-listed" % (r["id"], enc))
    if len(encs) != 22 or set(encs.values()) != {3} or len(eva) != 66:
        E.append("evasions: need 22 encodings x 3")

    # ---------------- negatives
    classes = {}
    ntexts = set()
    for n in neg:
        if list(n.keys()) != NEG_FIELDS:
            E.append("%s: negative fields" % n.get("id"))
            continue
        if n["source"] != "negative":
            E.append("%s: negative source" % n["id"])
        if n["text"] in ntexts:
            E.append("%s: duplicate negative text" % n["id"])
        ntexts.add(n["text"])
        classes[n["class"]] = classes.get(n["class"], 0) + 1
        if deny_hits(n["class"], deny):
            E.append("%s: negative class deny-listed" % n["id"])
        t = n["text"]
        if n["class"] == "isbn_checksums_on_stock_lists":
            for m in re.finditer(r"\b(97[89]\d{10})\b", t):
                if ean13_digit(m.group(1)[:12]) != m.group(1)[12]:
                    E.append("%s: bad ISBN-13 check digit" % n["id"])
        if n["class"] == "book_club_card_numbers_luhn_valid":
            for m in re.finditer(r"\b(6034\d{12})\b", t):
                if not luhn_ok(m.group(1)):
                    E.append("%s: bad book-club card Luhn digit" % n["id"])
        if n["class"] == "parcel_tracking_numbers_with_s10_check":
            for m in re.finditer(r"\b[A-Z]{2}(\d{8})(\d)GB\b", t):
                if s10_digit(m.group(1)) != m.group(2):
                    E.append("%s: bad S10 check digit" % n["id"])
        if n["class"] == "san_and_gln_trading_partner_codes":
            for m in re.finditer(r"\b(\d{3})-(\d{3})([\dX])\b", t):
                if san_digit(m.group(1) + m.group(2)) != m.group(3):
                    E.append("%s: bad SAN check digit" % n["id"])
        if n["class"] == "issn_and_comic_upc_barcodes":
            for m in re.finditer(r"^(\d{12}),", t, re.M):
                if upc12_digit(m.group(1)[:11]) != m.group(1)[11]:
                    E.append("%s: bad UPC check digit" % n["id"])
        if n["class"] == "age_recipients_and_minisign_public_keys":
            for m in re.finditer(r"\bage1[0-9a-z]+", t):
                if not bech32_ok(m.group(0)):
                    E.append("%s: bad age recipient checksum" % n["id"])
    if len(classes) < 16 or len(neg) < 180:
        E.append("negatives: need >= 16 classes and >= 180 records")

    # ---------------- deny-list on names
    for r in pos + eva + neg:
        for h in deny_hits(r["container"], deny):
            E.append("%s: container part %r is deny-listed" % (r["id"], h))
    for r in pos + eva:
        for h in deny_hits(r["type"], deny):
            E.append("%s: span type %r is deny-listed" % (r["id"], h))

    # ---------------- counts and disjointness
    if not (440 <= len(pos) <= 470):
        E.append("positives total %d" % len(pos))
    tsets = {}
    for r in pos:
        tsets.setdefault(r["source"], set()).add(r["type"])
    tsets["evasion"] = set(r["type"] for r in eva)
    srcs = list(tsets)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if tsets[srcs[i]] & tsets[srcs[j]]:
                E.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    others = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(others) != len(set(others)):
        E.append("non-everyday containers not unique")
    return E
