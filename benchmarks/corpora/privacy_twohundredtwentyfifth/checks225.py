"""Checks run before writing, and mutation tests that those checks must catch."""
import base64
import copy
import json
import re
import zlib

import dec225
import enc225
import everyday225
import evasions225
import negatives225
import positional225
import prose225
import vendor225
from common225 import (JWT_FIND_RE, PW_FORM_IN_TEXT, PW_STRICT_RE, PW_WIDE_RE, PWPFX, UUID4_RE, UUID_RE,
                       b64url_decode, jwt_ok, name_hits)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def _everyday_shape(t, v):
    if t.endswith("_password"):
        return bool(PW_WIDE_RE.match(v))
    if t == "vet_hl7_gateway_key":
        m = re.fullmatch(r"vhg_([0-9]{10})([0-9])_[A-Za-z0-9]{32}", v)
        return bool(m) and everyday225.verhoeff_ok(m.group(1) + m.group(2))
    if t == "round_planner_webhook_secret":
        m = re.fullmatch(r"rpw_([a-z2-7]{32})_([0-9a-f]{8})", v)
        return bool(m) and "%08x" % (zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) == m.group(2)
    if t == "vet_visit_app_hs512_jwt":
        return jwt_ok(v) and json.loads(b64url_decode(v.split(".")[0]))["alg"] == "HS512"
    if t == "clinical_export_laravel_app_key":
        return v.startswith("base64:") and len(base64.b64decode(v[7:], validate=True)) == 32
    if t == "yard_portal_django_secret_key":
        return len(v) == 50 and all(c in everyday225.DJANGO_ALPHABET for c in v)
    if t == "horse_passport_sync_token":
        m = re.fullmatch(r"hps_([0-9A-Z]{28})([0-9]{2})", v)
        return bool(m) and everyday225.mod97_10_ok(m.group(1) + m.group(2))
    return False


def _vendor_struct(t, v):
    """Extra structural checks beyond the regex."""
    if JWT_FIND_RE.fullmatch(v.replace("IST.", "", 1)):
        return jwt_ok(v.replace("IST.", "", 1))
    if t == "mapbox_secret_access_token":
        j = json.loads(b64url_decode(v.split(".")[1]))
        return set(j) == {"u", "a"}
    if t == "sentry_org_auth_token":
        body = v[len("sntrys_"):].rsplit("_", 1)[0]
        j = json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
        return {"iat", "url", "region_url", "org"} <= set(j)
    if t == "grafana_cloud_access_policy_token":
        j = json.loads(base64.b64decode(v[4:]))
        return {"o", "n", "k", "m"} <= set(j)
    if t == "pypi_upload_token":
        return b64url_decode(v[5:]).startswith(b"\x02\x01\x08pypi.org")
    if t == "azure_service_bus_shared_access_key":
        return len(base64.b64decode(v)) == 32
    return True


def run_checks(data, deny, vendor_meta):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    E_ = errs.append

    # ------------------------------------------------------------- ids and fields
    for recs, pfx, fields in ((S, "p225-s-", POS_FIELDS), (E, "p225-e-", EV_FIELDS), (N, "p225-n-", NEG_FIELDS)):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E_(f"{pfx}: duplicate ids")
        for i, r in enumerate(recs):
            if r.get("id") != f"{pfx}{i + 1:04d}":
                E_(f"{r.get('id')}: id not sequential/well-formed (expected {pfx}{i + 1:04d})")
            if list(r.keys()) != fields:
                E_(f"{r.get('id')}: fields {list(r.keys())}")
    all_values = {}
    for r in S + E:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E_(f"{r['id']}: {len(sp)} spans")
            continue
        s = sp[0]
        want = EV_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E_(f"{r['id']}: span fields {list(s.keys())}")
        t, v = r["text"], s["value"]
        if not isinstance(s.get("start"), int) or t[s["start"]:s["end"]] != v:
            E_(f"{r['id']}: span does not re-slice")
        if not v or v != v.strip():
            E_(f"{r['id']}: empty value or edge whitespace")
        if r["type"] != s["type"]:
            E_(f"{r['id']}: record type != span type")
        if t.count(v) != 1:
            E_(f"{r['id']}: value occurs {t.count(v)} times in its text")
        if v in all_values:
            E_(f"{r['id']}: value reused from {all_values[v]}")
        all_values[v] = r["id"]
        if "\x00" in t or "PRIVATE KEY" in t:
            E_(f"{r['id']}: NUL or PRIVATE KEY in text")
    texts = [(r["id"], r["text"]) for r in S + E + N]
    hidden = [(r["secrets"][0]["plain"], r["id"]) for r in E if r.get("secrets")]
    for v, owner in list(all_values.items()) + hidden:
        for rid, t in texts:
            if rid != owner and v in t:
                E_(f"{owner}: value/plain {v[:20]}… appears in {rid}")
        if owner.startswith("p225-e-"):
            pass
    for plain, rid in hidden:
        own = next(r for r in E if r["id"] == rid)
        if plain in own["text"]:
            E_(f"{rid}: evasion plain visible in its own text")

    # ------------------------------------------------------------- sources and counts
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    ev, ve, pw, pr = by.get("everyday", []), by.get("vendor", []), by.get("password", []), by.get("prose", [])
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        E_(f"unknown sources {set(by)}")
    if len(ev) != 180:
        E_(f"everyday count {len(ev)}")
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E_("everyday: not 45 kinds x 4 different types")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        E_(f"everyday: type counts {tcount}")
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        E_(f"vendor: {len(ve)} records / {len({r['type'] for r in ve})} types")
    for r in ve:
        if r["container"].split("__")[0] != r["type"] or r["container"].count("__") != 1:
            E_(f"{r['id']}: vendor container not <type>__<style>")
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        E_(f"password: {len(pw)} records / {len({r['type'] for r in pw})} syntaxes")
    if len(pr) != 40:
        E_(f"prose count {len(pr)}")
    langs = [r["container"].split("__")[1] for r in pr if "__" in r["container"]]
    if len(set(langs)) != 40:
        E_(f"prose: {len(set(langs))} distinct languages")
    if not 440 <= len(S) <= 470:
        E_(f"positives total {len(S)}")
    tsets = [set(r["type"] for r in g) for g in (ev, ve, pw, pr)]
    for i in range(4):
        for j in range(i + 1, 4):
            if tsets[i] & tsets[j]:
                E_("span types shared between sources")
    nonev = [r["container"] for r in S if r["source"] != "everyday" and r["source"] != "prose"]
    if len(set(nonev)) != len(nonev):
        E_("non-everyday containers not unique")

    # ------------------------------------------------------------- shapes
    for r in ev:
        if not _everyday_shape(r["type"], r["secrets"][0]["value"]):
            E_(f"{r['id']}: everyday shape {r['type']}")
    for r in ve:
        m = vendor_meta.get(r["type"])
        v = r["secrets"][0]["value"]
        if not m or not re.fullmatch(m["regex"].strip("^$"), v):
            E_(f"{r['id']}: vendor regex {r['type']}")
            continue
        try:
            ok = _vendor_struct(r["type"], v)
        except Exception:
            ok = False
        if not ok:
            E_(f"{r['id']}: vendor structure {r['type']}")
    for r in pw + pr:
        if not PW_STRICT_RE.match(r["secrets"][0]["value"]):
            E_(f"{r['id']}: strict password shape")
    for r in pw:
        if not r["type"].startswith(PWPFX) or r["container"] != r["type"] + "__" + positional225.SUFFIX.get(
                next((s[1] for s in positional225.S if PWPFX + s[0] == r["type"]), ""), "?"):
            E_(f"{r['id']}: password container / prefix")
    for r in pr:
        t, s = r["text"], r["secrets"][0]
        if not ((s["start"] == 0 or t[s["start"] - 1].isspace()) and (s["end"] == len(t) or t[s["end"]].isspace())):
            E_(f"{r['id']}: prose value not set off by whitespace")
        if r["type"] != prose225.SPAN_TYPE or r["container"].split("__")[0] not in prose225.FORMATS:
            E_(f"{r['id']}: prose type / format")

    # ------------------------------------------------------------- UUIDs and JWTs everywhere
    for rid, t in texts:
        for m in UUID_RE.finditer(t):
            if not UUID4_RE.match(m.group(0)):
                E_(f"{rid}: UUID not v4: {m.group(0)}")
        for m in JWT_FIND_RE.finditer(t):
            if not jwt_ok(m.group(0)):
                E_(f"{rid}: JWT-shaped substring not a valid JWT")

    # ------------------------------------------------------------- evasions
    if len(E) != 66:
        E_(f"evasions count {len(E)}")
    combos = set()
    per_enc = {}
    for r in E:
        s = r["secrets"][0]
        enc_name = r.get("encoding")
        if enc_name != s.get("encoding"):
            E_(f"{r['id']}: record / span encoding differ")
        if r["container"] != f"{enc_name}__" + r["container"].split("__")[-1] or r["container"].split("__")[-1] not in evasions225.WORDINGS:
            E_(f"{r['id']}: evasion container")
        try:
            dec = dec225.decode(enc_name, s["value"])
        except Exception as e:
            dec = "<error %s>" % e
        if dec != s.get("plain"):
            E_(f"{r['id']}: evasion does not decode to its plain")
        t = r["text"]
        if not (t[s["start"] - 2:s["start"]] == ":\n" and t[s["end"]:s["end"] + 1] == "\n" and t[s["end"] + 1:].strip()):
            E_(f"{r['id']}: evasion layout")
        p = s.get("plain", "")
        if p in s["value"] or p == s["value"]:
            E_(f"{r['id']}: run contains its plain")
        shape = {"forge_evasion_office_pc_password": PW_STRICT_RE.pattern,
                 "livery_evasion_gate_override_code": r"^lgo_[A-Za-z0-9]{16}$",
                 "vet_evasion_drug_safe_token": r"^vds-[a-z0-9]{20}$"}.get(r["type"])
        if not shape or not re.match(shape, p):
            E_(f"{r['id']}: evasion plain shape")
        combos.add((enc_name, r["type"]))
        per_enc.setdefault(enc_name, set()).add(r["container"].split("__")[-1])
    if len(combos) != 66 or len(per_enc) != 22 or any(len(w) != 3 for w in per_enc.values()):
        E_("evasions: not 22 encodings x 3 types, once per wording")
    if set(per_enc) - set(enc225.ENCODINGS):
        E_("evasions: unknown encoding")

    # ------------------------------------------------------------- negatives
    if len(N) < 180:
        E_(f"negatives count {len(N)}")
    if len({r["class"] for r in N}) < 16:
        E_("negatives: fewer than 16 classes")
    if len({r["text"] for r in N}) != len(N):
        E_("negatives: duplicate texts")
    for r in N:
        if r.get("source") != "negative":
            E_(f"{r['id']}: source")
        if PW_FORM_IN_TEXT.search(r["text"]):
            E_(f"{r['id']}: password form in a negative")
        if r["class"] == "horseshoe_ean13_barcodes" or r["class"] == "veterinary_medicine_batch_numbers":
            for m in re.finditer(r"(?<![0-9])50[0-9]{11}(?![0-9])", r["text"]):
                if not negatives225.ean13_ok(m.group(0)):
                    E_(f"{r['id']}: EAN-13 check digit")
        if r["class"] == "uk_vat_registration_numbers":
            for m in re.finditer(r"GB ?([0-9]{9})\b", r["text"]):
                if not negatives225.gb_vat_ok(m.group(1)):
                    E_(f"{r['id']}: VAT check pair")

    # ------------------------------------------------------------- deny-list
    def dn(name, what):
        h = name_hits(name, deny)
        if h:
            E_(f"deny-list: {what} {name} hits {h}")
    for r in S + E:
        dn(r["container"], "container")
        dn(r["type"], "span type")
    for r in N:
        dn(r["container"], "negative container")
        dn(r["class"], "negative class")
    for r in E:
        dn(r["encoding"], "encoding")
    for n in (everyday225.SPARE_KINDS + [s[0] for s in vendor225.STYLES] + [s[0] for s in vendor225.SET_ASIDE]
              + list(positional225.SUFFIX.values()) + [s[0] for s in positional225.SET_ASIDE]
              + prose225.FORMATS + evasions225.WORDINGS + [w[0].lstrip("_") for w in negatives225.WRAPPERS if w[0]]
              + [PWPFX + s[0] for s in positional225.SET_ASIDE]):
        dn(n, "name")
    for r in pw:
        syn = r["type"][len(PWPFX):]
        if syn in deny["_syntaxset"] or syn in deny["_nameset"]:
            E_(f"deny-list: syntax {syn} used by an earlier README")
    for syn, _ in positional225.SET_ASIDE:
        if syn in deny["_syntaxset"]:
            E_(f"deny-list: set-aside syntax {syn}")
    code_name = {c: n for c, n, _s, _t in prose225.LANGS}
    code_name.update(dict(prose225.SPARES))
    for code in set(langs) | {c for c, _ in prose225.SPARES}:
        nm = code_name.get(code, "").lower()
        if code in deny["_codeset"] or code in deny["_nameset"] or code in deny["_langset"]:
            E_(f"deny-list: language code {code}")
        if nm in deny["_langset"] or any(w in deny["_langset"] for w in re.split(r"[\s,/-]+", nm) if len(w) >= 3):
            E_(f"deny-list: language name {nm}")
        if code not in code_name:
            E_(f"unknown language code {code}")
    return errs


# ----------------------------------------------------------------- mutation tests
def _m(data, fn):
    d = copy.deepcopy(data)
    fn(d)
    return d


def _set_span(r, value):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + value + r["text"][s["end"]:]
    s["value"], s["end"] = value, s["start"] + len(value)


def mutations(data):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    first = {src: next(i for i, r in enumerate(S) if r["source"] == src) for src in ("everyday", "vendor", "password", "prose")}
    vhg = next(i for i, r in enumerate(S) if r["type"] == "vet_hl7_gateway_key")
    rpw = next(i for i, r in enumerate(S) if r["type"] == "round_planner_webhook_secret")
    jw = next(i for i, r in enumerate(S) if r["type"] == "vet_visit_app_hs512_jwt")
    uu = next(i for i, r in enumerate(N) if re.search(UUID_RE, r["text"]))
    ean = next(i for i, r in enumerate(N) if r["class"] == "horseshoe_ean13_barcodes")

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += "\n" + d["secrets"][5]["secrets"][0]["value"] + "\n"

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = d["secrets"][first["vendor"]]
        r["container"] = r["type"] + "__lock_compose_environment_list"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "ssh_public_keys_and_fingerprints"

    def m07(d):
        d["secrets"][3]["type"] = "something_else_entirely"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = d["secrets"][first["prose"]]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]

    def m10(d):
        _set_span(d["secrets"][1], d["secrets"][0]["secrets"][0]["value"])

    def m11(d):
        r = d["secrets"][first["password"]]
        new = PWPFX + "sshpass_lower_p_flag"
        r["container"] = r["container"].replace(r["type"], new)
        r["type"] = r["secrets"][0]["type"] = new

    def m12(d):
        r = d["secrets"][vhg]
        v = r["secrets"][0]["value"]
        dig = v[14]
        _set_span(r, v[:14] + str((int(dig) + 1) % 10) + v[15:])

    def m13(d):
        r = d["negatives"][uu]
        m = re.search(UUID_RE, r["text"])
        u = m.group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m14(d):
        r = d["secrets"][jw]
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        _set_span(r, h + "." + "eyJub3Rqc29u" + p[12:] + "." + s)

    def m15(d):
        r = d["secrets"][first["prose"]]
        r["container"] = r["container"].split("__")[0] + "__fin"

    def m16(d):
        r = d["negatives"][ean]
        m = re.search(r"(?<![0-9])50[0-9]{11}(?![0-9])", r["text"])
        c = m.group(0)
        r["text"] = r["text"].replace(c, c[:-1] + str((int(c[-1]) + 1) % 10))

    def m17(d):
        r = d["secrets"][rpw]
        v = r["secrets"][0]["value"]
        _set_span(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m18(d):
        d["negatives"][3]["text"] += "\nold login: Farrier-abc1234\n"

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_earlier_syntax_name", m11), ("m12_verhoeff_digit_broken", m12), ("m13_uuid_not_v4", m13),
            ("m14_jwt_payload_not_json", m14), ("m15_deny_listed_language", m15),
            ("m16_ean13_check_digit_broken", m16), ("m17_crc32_tail_broken", m17),
            ("m18_password_shape_in_negative", m18)]


def run_mutations(data, deny, vendor_meta):
    base = set(run_checks(data, deny, vendor_meta))
    results = []
    for name, fn in mutations(data):
        d = _m(data, fn)
        errs = set(run_checks(d, deny, vendor_meta))
        results.append((name, bool(errs - base)))
    return results
