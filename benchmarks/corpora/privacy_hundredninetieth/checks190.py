"""All checks run before anything is written; returns a list of error strings."""
import base64
import binascii
import re
import struct
import zlib

import dec190
from common190 import (PW_RE, PW_STRICT_RE, SLOT, UUID4_RE, UUID_RE, denied, ean13_digit, jwt_json_ok, luhn_ok)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def check(data, meta, deny):
    errs = []
    E = errs.append
    secrets, evas, negs = data["secrets"], data["evasions"], data["negatives"]
    names = set(deny["names"])
    dd = dict(deny)
    dd["_names_set"] = names

    # ---------------------------------------------------------------- ids and fields
    for recs, prefix, fields in ((secrets, "p190-s-", POS_FIELDS), (evas, "p190-e-", EVA_FIELDS), (negs, "p190-n-", NEG_FIELDS)):
        seen = set()
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                E("fields %s: %s" % (r.get("id"), list(r.keys())))
            rid = r.get("id")
            if rid in seen:
                E("duplicate id " + str(rid))
            seen.add(rid)
            if rid != "%s%04d" % (prefix, i + 1):
                E("id not sequential: %s at %d" % (rid, i))

    # ---------------------------------------------------------------- spans
    all_values = []
    for r in secrets + evas:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E("span count %s" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E("span fields %s" % r["id"])
        v, st, en, t = s.get("value"), s.get("start"), s.get("end"), s.get("type")
        txt = r["text"]
        if not v or not isinstance(st, int) or not isinstance(en, int) or txt[st:en] != v:
            E("span slice %s" % r["id"])
            continue
        if v != v.strip():
            E("edge whitespace %s" % r["id"])
        if r["type"] != t:
            E("record/span type %s" % r["id"])
        if txt.count(v) != 1:
            E("value not exactly once %s" % r["id"])
        all_values.append((r["id"], v))
    vals = [v for _, v in all_values]
    if len(set(vals)) != len(vals):
        E("value reused")
    texts = [(r["id"], r["text"]) for r in secrets + evas] + [(r["id"], r["text"]) for r in negs]
    for rid, v in all_values:
        for tid, txt in texts:
            if tid != rid and v in txt:
                E("value of %s appears in %s" % (rid, tid))
    hidden = [s["plain"] for r in evas for s in r["secrets"]]
    for r in secrets:
        if r["type"] in meta["b64_types"]:
            try:
                raw = base64.b64decode(r["secrets"][0]["value"], validate=True).decode()
                mode = meta["b64_types"][r["type"]]
                if mode == "b64sasl":
                    parts = raw.split("\0")
                    ok = len(parts) == 3 and parts[0] == "" and parts[1] != ""
                    pw = parts[-1]
                else:
                    ok = raw.count(":") >= 1 and raw.split(":", 1)[0] != ""
                    pw = raw.split(":", 1)[1] if ":" in raw else ""
                if not ok or not PW_STRICT_RE.match(pw):
                    E("base64 span hides no proper password %s" % r["id"])
                hidden.append(pw)
            except (binascii.Error, UnicodeDecodeError, ValueError):
                E("base64 span undecodable %s" % r["id"])
    for h in hidden:
        for tid, txt in texts:
            if h in txt:
                E("hidden / plain value visible in %s" % tid)
    for tid, txt in texts:
        if SLOT in txt or "\0" in txt or "PRIVATE KEY" in txt:
            E("slot marker / NUL / private key in %s" % tid)

    # ---------------------------------------------------------------- shapes
    for r in secrets:
        v = r["secrets"][0]["value"]
        t = r["type"]
        src = r["source"]
        if t in meta["owner_pw_types"] and not PW_RE.match(v):
            E("owner password shape %s" % r["id"])
        if src == "password" and t not in meta["b64_types"] and not PW_STRICT_RE.match(v):
            E("positional password shape %s" % r["id"])
        if src == "prose":
            if not PW_STRICT_RE.match(v):
                E("prose password shape %s" % r["id"])
            st, en = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if st == 0 or en >= len(r["text"]) or not r["text"][st - 1].isspace() or not r["text"][en].isspace():
                E("prose value not set off by whitespace %s" % r["id"])
        if t == "irrigation_controller_api_token":
            m = re.match(r"^irv1\.([0-9a-f]{32})\.([0-9a-f]{8})$", v)
            if not m or int(m.group(2), 16) != zlib.crc32(m.group(1).encode()):
                E("irv1 checksum %s" % r["id"])
        if t == "click_collect_webhook_secret":
            if not v.startswith("whsec_") or len(base64.b64decode(v[6:], validate=True)) != 24:
                E("whsec shape %s" % r["id"])
        if t == "greenhouse_sensor_gateway_token":
            if not re.match(r"^gsgw_[A-Za-z0-9_-]{40}$", v) or len(base64.urlsafe_b64decode(v[5:])) != 30:
                E("gsgw shape %s" % r["id"])
        if t == "grower_feed_hmac_key" and not re.match(r"^[0-9a-f]{64}$", v):
            E("hmac key shape %s" % r["id"])
        if t == "seed_shop_secret_key_base" and not re.match(r"^[0-9a-f]{128}$", v):
            E("secret key base shape %s" % r["id"])
        if t == "delivery_slot_service_jwt":
            j = jwt_json_ok(v)
            if not j or j[0].get("alg") != "HS512":
                E("delivery jwt %s" % r["id"])
    for tid, txt in texts:
        for m in JWT_RE.finditer(txt):
            if not jwt_json_ok(m.group(0)):
                E("JWT-shaped value without JSON in %s" % tid)
    for tid, txt in texts:
        for m in UUID_RE.finditer(txt):
            if not UUID4_RE.match(m.group(0)):
                E("UUID not v4 in %s" % tid)

    # ---------------------------------------------------------------- evasions
    per_enc = {}
    for r in evas:
        s = r["secrets"][0]
        enc = r["encoding"]
        per_enc[enc] = per_enc.get(enc, 0) + 1
        if s.get("encoding") != enc:
            E("record/span encoding %s" % r["id"])
        try:
            d = dec190.decode(enc, s["value"])
        except Exception as ex:  # noqa
            d = "<%s>" % ex
        if d != s["plain"]:
            E("evasion does not decode %s" % r["id"])
        if not PLAIN_RE.match(s["plain"]) or s["plain"] in s["value"]:
            E("evasion plain alphabet / visible %s" % r["id"])
        if r["type"] == meta["evasion_pw_type"] and not PW_STRICT_RE.match(s["plain"]):
            E("evasion password shape %s" % r["id"])
        txt, st, en = r["text"], s["start"], s["end"]
        if txt[st - 2:st] != ":\n" or txt[en:en + 1] != "\n" or "\n" in s["value"] or not txt[en + 1:].strip():
            E("evasion layout %s" % r["id"])
        if not r["container"].startswith(enc + "__"):
            E("evasion container %s" % r["id"])
    if len(evas) != 66 or len(per_enc) != 22 or set(per_enc.values()) != {3}:
        E("evasion counts %d / %d" % (len(evas), len(per_enc)))

    # ---------------------------------------------------------------- negatives
    ntexts = [r["text"] for r in negs]
    if len(set(ntexts)) != len(ntexts):
        E("duplicate negative text")
    ncls = {}
    for r in negs:
        ncls.setdefault(r["class"], []).append(r)
        if r["source"] != "negative":
            E("negative source %s" % r["id"])
    if len(negs) < 180 or len(ncls) < 16:
        E("negative counts")
    for r in ncls.get("ean13_codes_on_pot_labels", []) + ncls.get("seed_lot_and_germination_refs", []):
        for m in re.finditer(r"(?<![0-9])(50[0-9]{11})(?![0-9])", r["text"]):
            if ean13_digit(m.group(1)[:12]) != m.group(1)[12]:
                E("EAN-13 check digit %s" % r["id"])
    for r in ncls.get("loyalty_card_numbers_with_luhn", []):
        cards = re.findall(r"(?<![0-9])(6337[0-9]{12})(?![0-9])", r["text"])
        if not cards:
            E("no loyalty card in %s" % r["id"])
        for c in cards:
            if not luhn_ok(c):
                E("Luhn %s" % r["id"])
    for r in ncls.get("ssh_host_keys_and_fingerprints", []):
        for m in re.finditer(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", r["text"]):
            b = base64.b64decode(m.group(1))
            if len(b) != 51 or struct.unpack(">I", b[:4])[0] != 11 or b[4:15] != b"ssh-ed25519" or struct.unpack(">I", b[15:19])[0] != 32:
                E("ssh blob %s" % r["id"])

    # ---------------------------------------------------------------- counts and sources
    by_src = {}
    for r in secrets:
        by_src.setdefault(r["source"], []).append(r)
    if set(by_src) != {"everyday", "vendor", "password", "prose"}:
        E("sources %s" % sorted(by_src))
    ev = by_src.get("everyday", [])
    if len(ev) != 180:
        E("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E("everyday kinds")
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E("everyday type counts")
    vd = by_src.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E("vendor counts")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E("vendor container %s" % r["id"])
    pw = by_src.get("password", [])
    syn = {r["type"] for r in pw}
    if not (95 <= len(pw) <= 120) or len(syn) != len(pw):
        E("password syntax counts %d" % len(pw))
    pr = by_src.get("prose", [])
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        E("prose counts")
    if not (440 <= len(secrets) <= 470):
        E("positives total %d" % len(secrets))
    tsets = {k: {r["type"] for r in v} for k, v in by_src.items()}
    tsets["evasion"] = {r["type"] for r in evas}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in secrets if r["source"] != "everyday"] + [r["container"] for r in evas]
    if len(set(nonev)) != len(nonev):
        E("non-everyday containers not unique")

    # ---------------------------------------------------------------- deny-list
    labels = []
    for r in secrets + evas:
        labels.append(("container", r["container"]))
        labels.append(("type", r["type"]))
    for r in evas:
        labels.append(("encoding", r["encoding"]))
    for r in negs:
        labels.append(("container", r["container"]))
        labels.append(("class", r["class"]))
    for kind, lab in sorted(set(labels)):
        hit = denied(lab, dd)
        if hit:
            E("deny-listed %s %s (%s)" % (kind, lab, hit))
    dsyn = set(deny["syntaxes"])
    for t in syn:
        s = t[len(meta["pw_prefix"]):]
        if s in dsyn or s in names:
            E("earlier syntax %s" % s)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name in meta["languages"] + meta["language_spares"]:
        if code in codes or code in names or name.lower() in lnames or any(w in lnames for w in name.lower().split()):
            E("deny-listed language %s (%s)" % (code, name))
    used_codes = {c for c, _ in meta["languages"]}
    for lg in langs:
        if lg not in used_codes or lg in codes:
            E("prose language %s" % lg)
    return errs
