"""Checks run by build.py before anything is written."""
import base64
import hashlib
import json
import re
import struct
import zlib

import common199 as C
import dec199
import enc199
import everyday199
import negatives199
import positional199
import prose199
import vendor199

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _b64url_json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def denied(name, deny):
    names = deny["_names"]
    n = name.lower()
    return n in names or any(p in names for p in n.split("__") if p)


def check_all(data, deny):
    """data: dict with secrets, evasions, negatives, hidden (list), plains (list). Returns list of errors."""
    E = []
    sec, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden, plains = data["hidden"], data["plains"]

    # ---- ids
    for fname, recs, tag in (("secrets", sec, "s"), ("evasions", ev, "e"), ("negatives", neg, "n")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("%s: duplicate ids" % fname)
        for i, rid in enumerate(ids):
            if rid != "%s-%s-%04d" % (C.PREFIX, tag, i + 1):
                E.append("%s: id %r out of sequence at %d" % (fname, rid, i))
                break

    # ---- record / span structure
    all_values = []
    for r in sec + ev:
        fields = EV_FIELDS if r.get("source") == "evasion" else POS_FIELDS
        sf = EV_SPAN if r.get("source") == "evasion" else POS_SPAN
        if list(r.keys()) != fields:
            E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            E.append("%s: not exactly one span" % r["id"])
            continue
        s = r["secrets"][0]
        if list(s.keys()) != sf:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        v = s["value"]
        t = r["text"]
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            E.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if "\0" in t or "PRIVATE KEY" in t or "{V}" in t:
            E.append("%s: NUL, slot marker or PRIVATE KEY in text" % r["id"])
        all_values.append((r["id"], v))
    for r in sec:
        if r.get("source") not in ("everyday", "vendor", "password", "prose"):
            E.append("%s: bad source" % r.get("id"))
    for r in ev:
        if r.get("source") != "evasion":
            E.append("%s: bad source" % r.get("id"))

    # ---- uniqueness and leakage
    vals = [v for _, v in all_values]
    if len(set(vals)) != len(vals):
        E.append("a value is reused")
    texts = [(r["id"], r["text"]) for r in sec + ev]
    negtexts = [(r["id"], r["text"]) for r in neg]
    for rid, v in all_values:
        for tid, t in texts:
            if tid != rid and v in t:
                E.append("%s: value appears in %s" % (rid, tid))
        for tid, t in negtexts:
            if v in t:
                E.append("%s: value appears in negative %s" % (rid, tid))
    for p in list(plains) + list(hidden):
        for tid, t in texts + negtexts:
            if p in t:
                E.append("hidden value / plain %r visible in %s" % (p, tid))

    # ---- every UUID-shaped substring is v4
    for tid, t in texts + negtexts:
        for m in UUID_RE.finditer(t):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                E.append("%s: UUID-shaped %s is not version 4" % (tid, u))

    # ---- JWT-shaped strings in positive texts
    for r in sec:
        for m in JWT_RE.finditer(r["text"]):
            h, p, _sig = m.group(0).split(".")
            try:
                _b64url_json(h)
                _b64url_json(p)
            except Exception:
                E.append("%s: JWT header/payload not base64url JSON" % r["id"])

    # ---- shapes per source
    by_type = {}
    for r in sec:
        by_type.setdefault(r["type"], []).append(r)
    ev_types = {t[0]: t[3] for t in everyday199.TYPES}
    for r in sec:
        v = r["secrets"][0]["value"]
        typ = r["type"]
        if r["source"] == "everyday":
            kind = ev_types.get(typ)
            ok = True
            if kind == "pw":
                ok = bool(C.PW_RE.match(v))
            elif kind == "tixwh":
                ok = v.startswith("tixwh_") and len(base64.urlsafe_b64decode(v[6:] + "=")) == 32 and len(v) == 49
            elif kind == "totp":
                ok = len(v) == 32 and len(base64.b32decode(v)) == 20
            elif kind == "ipr":
                ok = bool(re.fullmatch(r"ipr_[0-9A-Za-z]{42}", v)) and C.crc32_b62(v[4:40]) == v[40:]
            elif kind == "dbs":
                ok = bool(re.fullmatch(r"[A-Za-z0-9_-]{48}", v))
            elif kind == "jwt":
                parts = v.split(".")
                try:
                    ok = (_b64url_json(parts[0])["alg"] == "HS384" and "exp" in _b64url_json(parts[1])
                          and len(base64.urlsafe_b64decode(parts[2] + "==")) == 48)
                except Exception:
                    ok = False
            elif kind == "stream":
                ok = bool(re.fullmatch(r"([a-z0-9]{4}-){4}[a-z0-9]{4}", v))
            else:
                ok = False
            if not ok:
                E.append("%s: everyday %s has the wrong shape" % (r["id"], typ))
        elif r["source"] == "vendor":
            entry = next((x for x in vendor199.V if x[0] == typ), None)
            if entry is None:
                E.append("%s: unknown vendor type" % r["id"])
                continue
            rx = vendor199.shape_regex(entry)
            if rx and not re.fullmatch(rx[1:-1], v):
                E.append("%s: vendor shape regex fails" % r["id"])
            g = entry[1]
            if g is vendor199.pw_gen and not C.PW_RE.match(v):
                E.append("%s: vendor password shape" % r["id"])
            if typ == "age_encryption_secret_key" and not (v.startswith("AGE-SECRET-KEY-1") and C.bech32_verify(v)):
                E.append("%s: age key checksum" % r["id"])
            if typ == "intercom_access_token" and not base64.b64decode(v).startswith(b"tok:"):
                E.append("%s: intercom token frame" % r["id"])
            if typ == "discord_attendance_bot_token":
                first = v.split(".")[0]
                if not base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).isdigit():
                    E.append("%s: discord token id part" % r["id"])
            if typ == "wireguard_studio_vpn_private_key":
                b = base64.b64decode(v)
                if len(b) != 32 or b[0] & 7 or not (b[31] & 64) or b[31] & 128:
                    E.append("%s: wireguard key not clamped" % r["id"])
            if typ == "supabase_service_role_key":
                try:
                    if _b64url_json(v.split(".")[1]).get("role") != "service_role":
                        E.append("%s: supabase role" % r["id"])
                except Exception:
                    E.append("%s: supabase JWT" % r["id"])
            if typ in ("apple_musickit_developer_token", "turso_database_auth_token"):
                if len(base64.urlsafe_b64decode(v.split(".")[2] + "==")) != 64:
                    E.append("%s: 64-byte signature expected" % r["id"])
            if typ == "esphome_api_encryption_key" and len(base64.b64decode(v)) != 32:
                E.append("%s: esphome key length" % r["id"])
        elif r["source"] == "password":
            syn = typ[len(positional199.PW_PREFIX):]
            if syn in positional199.B64:
                raw = base64.b64decode(v).decode()
                pw = raw.split("\0")[-1] if "\0" in raw else raw.split(":", 1)[-1]
                if not C.PW_STRICT_RE.match(pw) or pw not in hidden:
                    E.append("%s: hidden password wrong shape / unknown" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                E.append("%s: positional password wrong shape" % r["id"])
            if syn == "recital_box_office_fixed_width_cols_31_to_52":
                line = r["text"].split("\n")[-1]
                a, b = positional199.FIXED_COLS
                if line[a - 1:b].rstrip() != v:
                    E.append("%s: fixed-width columns" % r["id"])
        elif r["source"] == "prose":
            if not C.PW_STRICT_RE.match(v):
                E.append("%s: prose password wrong shape" % r["id"])
            s = r["secrets"][0]
            t = r["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])

    # ---- evasions
    enc_counts = {}
    for r in ev:
        s = r["secrets"][0]
        name = r["encoding"]
        enc_counts[name] = enc_counts.get(name, 0) + 1
        if s["encoding"] != name:
            E.append("%s: record / span encoding differ" % r["id"])
        if not r["container"].startswith(name + "__"):
            E.append("%s: container does not start with the encoding" % r["id"])
        try:
            got = dec199.decode(name, s["value"])
        except Exception as exc:
            got = "<error %s>" % exc
        if got != s["plain"]:
            E.append("%s: run does not decode to its plain" % r["id"])
        if not PLAIN_RE.match(s["plain"]) or s["plain"] in s["value"]:
            E.append("%s: plain alphabet or plain inside run" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if r["type"] == "studio_evasion_front_desk_ipad_password" and not C.PW_STRICT_RE.match(s["plain"]):
            E.append("%s: evasion password plain shape" % r["id"])
    if len(enc_counts) != 22 or any(c != 3 for c in enc_counts.values()) or len(ev) != 66:
        E.append("evasions: need 22 encodings x 3")

    # ---- negatives
    ntexts = [r["text"] for r in neg]
    if len(set(ntexts)) != len(ntexts):
        E.append("negatives: duplicate texts")
    classes = set()
    for r in neg:
        if list(r.keys()) != NEG_FIELDS or r["source"] != "negative":
            E.append("%s: negative fields / source" % r.get("id"))
            continue
        classes.add(r["class"])
        t = r["text"]
        if r["class"] == "belt_grading_licence_numbers_luhn":
            for m in re.findall(r"licence(?: no\.|\": \")\s*\"?(\d{11})", t):
                if not C.luhn_ok(m):
                    E.append("%s: Luhn digit wrong" % r["id"])
        if r["class"] == "recital_ticket_barcodes_ean13":
            for m in re.findall(r"\b20\d{11}\b", t):
                if C.ean13_digit(m[:12]) != m[12]:
                    E.append("%s: EAN-13 digit wrong" % r["id"])
        if r["class"] == "sheet_music_ismn_and_iswc_codes":
            for m in re.findall(r"979-0-(\d{4})-(\d{4})-(\d)", t):
                d = "9790" + m[0] + m[1]
                if C.ean13_digit(d) != m[2]:
                    E.append("%s: ISMN digit wrong" % r["id"])
            for m in re.findall(r"T-(\d{3})\.(\d{3})\.(\d{3})-(\d)", t):
                if C.iswc_digit("".join(m[:3])) != m[3]:
                    E.append("%s: ISWC digit wrong" % r["id"])
        if r["class"] == "age_recipients_and_ssh_public_keys":
            for m in re.findall(r"age1[0-9a-z]+", t):
                if not C.bech32_verify(m):
                    E.append("%s: age recipient checksum" % r["id"])
            for m in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                b = base64.b64decode(m)
                if b[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or len(b) != 51:
                    E.append("%s: ssh-ed25519 wire format" % r["id"])
        if r["class"] == "publishable_keys_on_studio_sites":
            for m in re.findall(r"pk\.([A-Za-z0-9_-]+)\.", t):
                try:
                    _b64url_json(m)
                except Exception:
                    E.append("%s: Mapbox pk JSON" % r["id"])
    if len(classes) < 16 or len(neg) < 180:
        E.append("negatives: need >= 16 classes and >= 180 records")

    # ---- deny-list
    for r in sec + ev + neg:
        if denied(r["container"], deny):
            E.append("%s: container %s is deny-listed" % (r["id"], r["container"]))
    for r in sec + ev:
        if denied(r["type"], deny):
            E.append("%s: span type %s is deny-listed" % (r["id"], r["type"]))
    for r in sec:
        if r["source"] == "password":
            syn = r["type"][len(positional199.PW_PREFIX):]
            if syn in deny["_syntaxes"] or denied(syn, deny):
                E.append("%s: syntax %s is deny-listed" % (r["id"], syn))
    for name in enc199.ENCODINGS:
        if denied(name, deny):
            E.append("encoding %s is deny-listed" % name)
    for cls in classes:
        if denied(cls, deny):
            E.append("negative class %s is deny-listed" % cls)
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    used_langs = [r["container"].split("__")[-1] for r in sec if r["source"] == "prose"]
    langs = {code: (name, sent) for code, name, _s, sent in prose199.LANGS + prose199.SPARES}
    for code in used_langs:
        name = langs.get(code, ("?", ""))[0].lower()
        if code in codes or code in deny["_names"] or name in lnames or any(w in lnames for w in name.split()):
            E.append("language %s (%s) is deny-listed" % (code, name))

    # ---- counts
    srcs = {}
    for r in sec:
        srcs.setdefault(r["source"], []).append(r)
    evd = srcs.get("everyday", [])
    kinds = {}
    for r in evd:
        kinds.setdefault(r["container"], []).append(r["type"])
    tcount = {}
    for r in evd:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(evd) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()) \
            or len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E.append("everyday: need 45 kinds x 4 distinct types, 12 types x 15")
    vd = srcs.get("vendor", [])
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120 or any(r["container"].split("__")[0] != r["type"] for r in vd):
        E.append("vendor: need 120 distinct types with container <type>__<style>")
    pd = srcs.get("password", [])
    if not 95 <= len(pd) <= 120 or len(set(r["type"] for r in pd)) != len(pd):
        E.append("password: need 95-120 distinct syntaxes, one record each")
    pr = srcs.get("prose", [])
    if len(pr) != 40 or len(set(used_langs)) != 40:
        E.append("prose: need 40 records in 40 languages")
    if not 440 <= len(sec) <= 470:
        E.append("positives: total %d outside 440-470" % len(sec))
    tsets = {k: set(r["type"] for r in v) for k, v in srcs.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E.append("span types shared between %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in sec if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(set(nonev)) != len(nonev):
        E.append("non-everyday containers not unique")
    return E
