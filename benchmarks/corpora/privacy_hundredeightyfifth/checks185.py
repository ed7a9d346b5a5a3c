"""All checks run before anything is written; each returns a list of error strings."""
import base64, binascii, copy, json, re, struct, zlib
import common185 as C
import dec185
import everyday185, vendor185, positional185, prose185, evasions185, negatives185, enc185

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")
JWT_RE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
OWNER_VENDORS = {v[0] for v in vendor185.USED if v[3] == "owner"}
B64_SYNTAX = {PREFIX_NAME: enc for PREFIX_NAME, enc in
              ((positional185.PREFIX + e[0], e[3]) for e in positional185.S if len(e) > 3)}


def _b64(s, urlsafe=False):
    pad = "=" * (-len(s) % 4)
    f = base64.urlsafe_b64decode if urlsafe else base64.b64decode
    return f(s + pad) if urlsafe else base64.b64decode(s, validate=True)


def hidden_password(rec):
    """For Base64 positional spans return the password hidden inside (or raise)."""
    enc = B64_SYNTAX[rec["type"]]
    raw = base64.b64decode(rec["secrets"][0]["value"], validate=True).decode()
    if enc == "b64_nul":
        parts = raw.split("\0")
        assert len(parts) == 3 and parts[0] == "", "not NUL user NUL pw"
        return parts[2]
    if enc == "b64_colon":
        assert raw.count(":") == 1, "not user:pw"
        return raw.split(":")[1]
    return raw


def check_ids(recs, kind, fields, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.OUT_PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("%s: id %r, expected %s" % (kind, r.get("id"), want))
        if list(r.keys()) != fields:
            errs.append("%s: field set %s" % (r.get("id"), list(r.keys())))


def check_spans(recs, span_fields, errs):
    for r in recs:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: needs exactly one span" % r["id"])
            continue
        s = sp[0]
        if list(s.keys()) != span_fields:
            errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
            continue
        v, t = s["value"], r["text"]
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if t[s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if t.count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        if s["type"] != r["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if "\0" in t or "§" in t or "PRIVATE KEY" in t:
            errs.append("%s: NUL / slot marker / PRIVATE KEY in text" % r["id"])


def check_shapes(pos, eva, negs, errs):
    ev_pw_types = set(t[0] for t in everyday185.TYPES if t[0].endswith("_password"))
    for r in pos:
        v = r["secrets"][0]["value"]
        t, rid = r["type"], r["id"]
        try:
            if r["source"] == "everyday":
                if t in ev_pw_types and not C.PW_RE.match(v):
                    errs.append("%s: everyday password shape" % rid)
                if t == "nmea_gateway_cloud_token" and not C.crc_b62_ok(v, "n2kgw_"):
                    errs.append("%s: n2kgw CRC" % rid)
                if t == "ais_feed_station_key" and not (v.startswith("aisfd_") and len(_b64(v[6:], True)) == 24):
                    errs.append("%s: aisfd body" % rid)
                if t == "skipper_roster_webhook_secret" and not (v.startswith("srwh_") and len(_b64(v[5:], True)) == 32):
                    errs.append("%s: srwh body" % rid)
                if t == "survey_docs_fernet_key" and not (len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32):
                    errs.append("%s: fernet key" % rid)
                if t == "berth_meter_lorawan_appkey" and not re.fullmatch(r"[0-9A-F]{32}", v):
                    errs.append("%s: AppKey shape" % rid)
                if t == "crew_list_port_api_jwt":
                    if not JWT_RE.match(v) or C.b64url_json(v.split(".")[0]).get("alg") != "HS384":
                        errs.append("%s: crew JWT" % rid)
            elif r["source"] == "vendor":
                if t in OWNER_VENDORS and not C.PW_RE.match(v):
                    errs.append("%s: vendor password shape" % rid)
                if t == "github_classic_pat" and not C.crc_b62_ok(v, "ghp_"):
                    errs.append("%s: ghp CRC" % rid)
                if t == "intercom_workspace_access_token":
                    raw = _b64(v + "=" * (-len(v) % 4)).decode()
                    if not re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", raw):
                        errs.append("%s: intercom structure" % rid)
                if t == "azure_storage_account_key" and len(base64.b64decode(v)) != 64:
                    errs.append("%s: azure key length" % rid)
            elif r["source"] == "password":
                if t in B64_SYNTAX:
                    pw = hidden_password(r)
                    if not C.PW_STRICT_RE.match(pw):
                        errs.append("%s: hidden password shape" % rid)
                elif not C.PW_STRICT_RE.match(v):
                    errs.append("%s: positional password shape" % rid)
                if "nmea_login" in t:
                    line = [l for l in r["text"].splitlines() if v in l][0]
                    if not positional185.nmea_ok(line):
                        errs.append("%s: NMEA checksum" % rid)
            elif r["source"] == "prose":
                if not C.PW_STRICT_RE.match(v):
                    errs.append("%s: prose password shape" % rid)
                s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
                if s == 0 or not r["text"][s - 1].isspace() or e >= len(r["text"]) or not r["text"][e].isspace():
                    errs.append("%s: prose value not set off by whitespace" % rid)
            if JWT_RE.match(v):
                C.b64url_json(v.split(".")[0]), C.b64url_json(v.split(".")[1])
        except Exception as ex:  # noqa
            errs.append("%s: shape check raised %r" % (rid, ex))
    for r in eva:
        if r["type"] == "yacht_evasion_charter_base_password" and not C.PW_STRICT_RE.match(r["secrets"][0]["plain"]):
            errs.append("%s: evasion password plain shape" % r["id"])
    for r in pos + eva + negs:
        for u in UUID_RE.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("%s: UUID-shaped %s is not v4" % (r["id"], u))
    for r in negs:
        t = r["text"]
        for m in re.findall(r"(?:IMO: |<IMO>|,)(9\d{6})(?=[,<\n])", t):
            if not negatives185.imo_ok(m):
                errs.append("%s: IMO check digit %s" % (r["id"], m))
        for m in re.findall(r"(?:CH-|bookingRef\": \"|Deposit reference: |/api/bookings/)(7\d{10})", t):
            if not negatives185.luhn_ok(m):
                errs.append("%s: Luhn %s" % (r["id"], m))
        for m in re.findall(r"[!$]([A-Z]{2}[A-Z]{3},[^*\n]*\*[0-9A-F]{2})", t):
            if not positional185.nmea_ok("$" + m):
                errs.append("%s: NMEA checksum %s" % (r["id"], m))
        for m in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
            b = base64.b64decode(m)
            if not (len(b) == 51 and b[:15] == struct.pack(">I", 11) + b"ssh-ed25519" and b[15:19] == struct.pack(">I", 32)):
                errs.append("%s: ssh-ed25519 blob layout" % r["id"])


def check_values(pos, eva, negs, errs):
    allrecs = pos + eva
    vals = [r["secrets"][0]["value"] for r in allrecs]
    seen = {}
    for r, v in zip(allrecs, vals):
        if v in seen:
            errs.append("%s: value reused from %s" % (r["id"], seen[v]))
        seen[v] = r["id"]
    hidden = []
    for r in pos:
        if r["type"] in B64_SYNTAX:
            try:
                hidden.append(hidden_password(r))
            except Exception:
                errs.append("%s: Base64 span does not hold its pair" % r["id"])
    plains = [r["secrets"][0]["plain"] for r in eva]
    texts = [(r["id"], r["text"]) for r in allrecs + negs]
    for r, v in zip(allrecs, vals):
        for rid, t in texts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
    for p in plains + hidden:
        for rid, t in texts:
            if p in t:
                errs.append("plain / hidden password %r appears in %s" % (p, rid))


def check_evasions(eva, errs):
    encs = {}
    for r in eva:
        s = r["secrets"][0]
        run, plain, t = s["value"], s["plain"], r["text"]
        try:
            if dec185.decode(r["encoding"], run) != plain:
                errs.append("%s: run does not decode to its plain" % r["id"])
        except Exception as ex:  # noqa
            errs.append("%s: decoder raised %r" % (r["id"], ex))
        if not t[:s["start"]].endswith(":\n") or "\n" in run or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: rule / run / remark layout" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain) or plain in run:
            errs.append("%s: plain alphabet or plain inside run" % r["id"])
        if r["encoding"] != s["encoding"] or r["container"].split("__")[0] != r["encoding"] or r["source"] != "evasion":
            errs.append("%s: encoding / container / source mismatch" % r["id"])
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(eva) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions: need 22 encodings x 3 = 66 (got %d records, %d encodings)" % (len(eva), len(encs)))


def check_negatives(negs, errs):
    if len(negs) < 180:
        errs.append("negatives: fewer than 180")
    if len({r["class"] for r in negs}) < 16:
        errs.append("negatives: fewer than 16 classes")
    if len({r["text"] for r in negs}) != len(negs):
        errs.append("negatives: duplicate texts")
    for r in negs:
        if r.get("source") != "negative":
            errs.append("%s: source" % r["id"])


def check_deny(pos, eva, negs, deny, errs):
    def hit(label, n):
        h = C.name_hits(n, deny)
        if h:
            errs.append("deny-list: %s %r overlaps %s" % (label, n, h))
    for r in pos + eva:
        hit("container", r["container"])
        hit("span type", r["secrets"][0]["type"])
    for r in eva:
        hit("encoding", r["encoding"])
    for r in negs:
        hit("container", r["container"])
        hit("negative class", r["class"])
    syn = set(deny["syntaxes"]) | set(deny["names"])
    for r in pos:
        if r["source"] == "password":
            s = r["type"][len(positional185.PREFIX):]
            if s in syn:
                errs.append("deny-list: syntax %r is an earlier syntax / name" % s)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    names = {c: n for c, n, _ in prose185.LANGS}
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            nm = names.get(code, code).lower()
            if code in codes or code in lnames or nm in lnames or any(w in lnames for w in nm.split()):
                errs.append("deny-list: language %r (%s)" % (code, nm))


def check_counts(pos, eva, errs):
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(ev) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: need 45 kinds x 4 different types")
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday: need 12 types x 15")
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in ve):
        errs.append("vendor: need 120 distinct types with <type>__<style> containers")
    pw = by.get("password", [])
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        errs.append("password: need 95-120 distinct syntaxes")
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        errs.append("prose: need 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        errs.append("positives: total %d outside 440-470" % len(pos))
    srcs = {}
    for r in pos + eva:
        srcs.setdefault(r["source"], set()).add(r["type"])
    ss = list(srcs.items())
    for i in range(len(ss)):
        for j in range(i + 1, len(ss)):
            if ss[i][1] & ss[j][1]:
                errs.append("span types shared by %s and %s" % (ss[i][0], ss[j][0]))
    conts = [r["container"] for r in pos + eva if r["source"] != "everyday"]
    if len(set(conts)) != len(conts):
        errs.append("non-everyday containers not unique")


def run_all(data, deny):
    errs = []
    pos, eva, negs = data["secrets"], data["evasions"], data["negatives"]
    check_ids(pos, "s", POS_FIELDS, errs)
    check_ids(eva, "e", EVA_FIELDS, errs)
    check_ids(negs, "n", NEG_FIELDS, errs)
    check_spans(pos, SPAN_FIELDS, errs)
    check_spans(eva, EVA_SPAN_FIELDS, errs)
    for r in pos:
        if r.get("source") not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: bad source" % r["id"])
    check_shapes(pos, eva, negs, errs)
    check_values(pos, eva, negs, errs)
    check_evasions(eva, errs)
    check_negatives(negs, errs)
    check_deny(pos, eva, negs, deny, errs)
    check_counts(pos, eva, errs)
    return errs

# ---------------------------------------------------------------- mutation tests

def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def _set_value(r, newv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + newv + r["text"][s["end"]:]
    s["value"], s["end"] = newv, s["start"] + len(newv)


def m01(d): d["secrets"][5]["secrets"][0]["start"] += 1
def m02(d): d["secrets"][7]["id"] = d["secrets"][6]["id"]
def m03(d): d["negatives"][3]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"] + "\n"
def m04(d): d["evasions"][4]["secrets"][0]["plain"] += "x"
def m05(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__" + "tunnel_ops_docker_run_env_flags"
def m06(d): d["negatives"][0]["class"] = "tunnel_plc_tags_and_fault_codes"
def m07(d): d["secrets"][10]["type"] = d["secrets"][11]["type"] if d["secrets"][11]["type"] != d["secrets"][10]["type"] else "x_other"
def m08(d): del d["evasions"][-1]
def m09(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
    s["start"] -= 1
    s["end"] -= 1
def m10(d): _set_value(d["secrets"][20], d["secrets"][21]["secrets"][0]["value"])
def m11(d):
    r = d["evasions"][0]
    r["encoding"] = r["secrets"][0]["encoding"] = "ascii85_adobe_frame"
    r["container"] = "ascii85_adobe_frame__" + r["container"].split("__")[1]
def m12(d): d["secrets"][30]["text"] += "\n# again: " + d["secrets"][30]["secrets"][0]["value"] + "\n"
def m13(d):
    r = next(x for x in d["secrets"] if x["type"] == "crew_list_port_api_jwt")
    h, p, s = r["secrets"][0]["value"].split(".")
    _set_value(r, h + "." + "eyJub3QganNvbg" + "." + s)
def m14(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"
def m15(d):
    r = _first(d, "password")
    old = r["type"]
    r["type"] = r["secrets"][0]["type"] = positional185.PREFIX + "redis_cli_lower_a_flag"
    r["container"] = r["type"] + "__" + old.split("__")[-1]
def m16(d):
    r = next(x for x in d["negatives"] if x["class"] == "imo_numbers_and_mmsi_identities")
    m = re.search(r"IMO: (9\d{6})|,(9\d{6}),", r["text"])
    imo = m.group(1) or m.group(2)
    bad = imo[:6] + str((int(imo[6]) + 1) % 10)
    r["text"] = r["text"].replace(imo, bad, 1)
def m17(d):
    r = next(x for x in d["negatives"] if UUID_RE.search(x["text"]))
    u = UUID_RE.search(r["text"]).group(0)
    r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])
def m18(d):
    r = next(x for x in d["secrets"] if x["type"] == "nmea_gateway_cloud_token")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))
def m19(d):
    r = next(x for x in d["secrets"] if x["type"] in B64_SYNTAX and B64_SYNTAX[x["type"]] == "b64_colon")
    _set_value(r, base64.b64encode(b"svc_meter:not-a-club-password").decode())
def m20(d):
    r = next(x for x in d["negatives"] if "ssh-ed25519 " in x["text"])
    r["text"] = r["text"].replace("ssh-ed25519 AAAAC3", "ssh-ed25519 AAAAC4", 1)

MUTATIONS = [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
             ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
             ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
             ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
             ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
             ("m16_bad_imo_check_digit", m16), ("m17_uuid_not_v4", m17), ("m18_n2kgw_crc_broken", m18),
             ("m19_base64_span_hides_bad_password", m19), ("m20_ssh_blob_layout_broken", m20)]


def run_mutations(data, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        try:
            fn(d)
            new = set(run_all(d, deny)) - base
            results.append((name, bool(new)))
        except Exception as ex:  # noqa
            results.append((name, False))
    return results
