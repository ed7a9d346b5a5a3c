"""All checks run before anything is written, plus mutation tests on deep copies."""
import base64
import copy
import re

from common224 import (JWT_RE, PW_STRICT_RE, SLOT, UUID4_RE, UUID_RE, deny_hit, gs1_digit, iban_ok, jwt_ok, luhn_ok,
                       nhs_check)
import dec224
import enc224
import everyday224
import evasions224
import negatives224
import positional224
import prose224
import vendor224

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "p224-%s-%04d" % (kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r at position %d, expected %s" % (r.get("id"), i, want))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids in %s" % kind)


def _span_basic(r, keys, span_keys, errs):
    if list(r.keys()) != keys:
        errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
        return None
    if len(r["secrets"]) != 1:
        errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
        return None
    sp = r["secrets"][0]
    if list(sp.keys()) != span_keys:
        errs.append("%s: span fields %s" % (r["id"], list(sp.keys())))
        return None
    v, s, e = sp["value"], sp["start"], sp["end"]
    if not v or r["text"][s:e] != v:
        errs.append("%s: span does not re-slice" % r["id"])
    if v != v.strip():
        errs.append("%s: edge whitespace" % r["id"])
    if sp["type"] != r["type"]:
        errs.append("%s: record type %s != span type %s" % (r["id"], r["type"], sp["type"]))
    if r["text"].count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
    return sp


def check(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(S, "s", errs)
    _ids(E, "e", errs)
    _ids(N, "n", errs)
    values = []
    for r in S:
        sp = _span_basic(r, POS_KEYS, POS_SPAN, errs)
        if sp:
            values.append((r["id"], sp["value"]))
    plains = []
    for r in E:
        sp = _span_basic(r, EVA_KEYS, EVA_SPAN, errs)
        if sp:
            values.append((r["id"], sp["value"]))
            plains.append((r["id"], sp["plain"]))
    # reuse and leakage
    vals = [v for _, v in values]
    if len(set(vals)) != len(vals):
        errs.append("value reused")
    all_texts = [(r["id"], r["text"]) for r in S + E + N]
    big = "\n\x01\n".join(t for _, t in all_texts)
    for rid, v in values:
        if big.count(v) != 1:
            errs.append("%s: value appears %d times across all texts" % (rid, big.count(v)))
    for rid, p in plains + [("hidden", h) for h in hidden]:
        if p in big:
            errs.append("%s: plain / hidden password visible in a text" % rid)
    for rid, t in all_texts:
        if SLOT in t or "\x00" in t or "PRIVATE KEY" in t:
            errs.append("%s: slot marker, NUL or PRIVATE KEY" % rid)
    for r in N:
        for rid, v in values + plains:
            if v in r["text"]:
                errs.append("%s: positive value of %s inside negative" % (r["id"], rid))
    # sources and counts
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    if set(src) != {"everyday", "vendor", "password", "prose"}:
        errs.append("sources %s" % sorted(src))
    ev = src.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds or a kind without four different types" % len(kinds))
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday type counts %s" % tcount)
    for r in ev:
        chk = everyday224.CHECKERS.get(r["type"])
        if not chk or not chk(r["secrets"][0]["value"]):
            errs.append("%s: everyday shape" % r["id"])
    vd = src.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    for r in vd:
        if r["container"].split("__")[0] != r["type"] or r["container"].count("__") != 1:
            errs.append("%s: vendor container" % r["id"])
        if not vendor224.check_value(r["type"], r["secrets"][0]["value"]):
            errs.append("%s: vendor shape" % r["id"])
    pw = src.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password count %d" % len(pw))
    for r in pw:
        v = r["secrets"][0]["value"]
        syn = r["type"][len(positional224.PW_PREFIX):]
        if not r["type"].startswith(positional224.PW_PREFIX):
            errs.append("%s: password prefix" % r["id"])
        if syn in positional224.B64_SYNTAXES:
            try:
                dec = base64.b64decode(v, validate=True).decode()
                u, p = dec.split(":", 1)
                if not PW_STRICT_RE.match(p) or p not in hidden:
                    errs.append("%s: hidden password form" % r["id"])
            except Exception:
                errs.append("%s: Base64 pair does not decode" % r["id"])
        elif not PW_STRICT_RE.match(v):
            errs.append("%s: strict password form" % r["id"])
        if syn == "mortuary_door_panel_fixed_width_cols_41_to_60":
            line = r["text"].split("\n")[1]
            if line[40:60].rstrip() != v:
                errs.append("%s: fixed-width columns 41-60" % r["id"])
        if syn in deny["_syn_set"] or syn in deny["_names_set"]:
            errs.append("%s: earlier syntax %s" % (r["id"], syn))
    pr = src.get("prose", [])
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose count %d / languages %d" % (len(pr), len(set(langs))))
    for r in pr:
        sp = r["secrets"][0]
        t = r["text"]
        if not PW_STRICT_RE.match(sp["value"]):
            errs.append("%s: prose value form" % r["id"])
        if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    names = {c: n for c, n, *_ in prose224.LANGS}
    for code in langs + [c for c, _ in prose224.SPARES]:
        nm = names.get(code) or dict(prose224.SPARES).get(code, "")
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            errs.append("language code %s deny-listed" % code)
        words = [nm.lower()] + re.split(r"[\s,;/-]+", nm.lower())
        for w in words:
            if w and w in deny["_lnames_set"]:
                errs.append("language %s (%s) deny-listed by %r" % (code, nm, w))
    if not 440 <= len(S) <= 470:
        errs.append("positives total %d" % len(S))
    tsets = [{r["type"] for r in src.get(k, [])} for k in ("everyday", "vendor", "password", "prose")]
    tsets.append({r["type"] for r in E})
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    ne = [r["container"] for r in S if r["source"] != "everyday"] + [r["container"] for r in E]
    if len(set(ne)) != len(ne):
        errs.append("non-everyday containers not unique")
    # structured values everywhere
    for rid, t in all_texts:
        for u in UUID_RE.findall(t):
            if not UUID4_RE.match(u):
                errs.append("%s: UUID-shaped %s is not version 4" % (rid, u))
    for r in S + E:
        for m in JWT_RE.findall(r["text"]):
            if not jwt_ok(m):
                errs.append("%s: JWT-shaped substring is not a valid JWT" % r["id"])
    # evasions
    if len(E) != 66:
        errs.append("evasion count %d" % len(E))
    per_enc = {}
    for r in E:
        sp = r["secrets"][0]
        name = r["encoding"]
        if sp["encoding"] != name:
            errs.append("%s: encoding mismatch" % r["id"])
        try:
            if dec224.decode(name, sp["value"]) != sp["plain"]:
                errs.append("%s: run does not decode to its plain" % r["id"])
        except Exception as ex:
            errs.append("%s: decoder error %s" % (r["id"], ex))
        t = r["text"]
        if t[sp["start"] - 2:sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            errs.append("%s: evasion layout" % r["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        rx = {t0: rx0 for t0, _w, _d, _g, rx0 in evasions224.TYPES}.get(r["type"])
        if not rx or not rx.match(sp["plain"]):
            errs.append("%s: plain shape" % r["id"])
        enc_part, _, wording = r["container"].partition("__")
        if enc_part != name or wording not in [w for w, _l, _r in evasions224.WORDINGS]:
            errs.append("%s: evasion container" % r["id"])
        per_enc.setdefault(name, []).append((r["type"], wording))
    if len(per_enc) != 22:
        errs.append("encodings %d" % len(per_enc))
    for name, lst in per_enc.items():
        if len({t for t, _ in lst}) != 3 or len({w for _, w in lst}) != 3:
            errs.append("%s: not once per type and wording" % name)
    # negatives
    if len(N) < 180 or len({r["class"] for r in N}) < 16:
        errs.append("negatives %d / classes %d" % (len(N), len({r["class"] for r in N})))
    for r in N:
        if list(r.keys()) != NEG_KEYS or r["source"] != "negative":
            errs.append("%s: negative fields" % r["id"])
        for m in negatives224.STRICT_SEARCH.finditer(r["text"]):
            errs.append("%s: password-form string %r in negative" % (r["id"], m.group(0)))
    if len({r["text"] for r in N}) != len(N):
        errs.append("duplicate negative texts")
    for r in N:
        t = r["text"]
        if r["class"] == "ean13_coffin_and_urn_catalogue_codes":
            for code in re.findall(r"(?<!\d)(50\d{11})(?!\d)", t):
                if gs1_digit(code[:-1]) != code[-1]:
                    errs.append("%s: EAN-13 check digit" % r["id"])
        if r["class"] == "iban_and_sort_code_remittance_lines":
            for ib in re.findall(r"GB\d\d(?: ?[A-Z0-9]{4}){4} ?[A-Z0-9]{2}", t):
                if not iban_ok(ib):
                    errs.append("%s: IBAN check digits" % r["id"])
        if r["class"] == "nhs_numbers_in_transfer_paperwork":
            for nn in re.findall(r"(?<!\d)(999 ?\d{3} ?\d{4})(?!\d)", t):
                nn = nn.replace(" ", "")
                if nhs_check(nn[:9]) != nn[9]:
                    errs.append("%s: NHS check digit" % r["id"])
        if r["class"] == "funeral_plan_and_claim_numbers":
            for pn in re.findall(r"(?<![\d-])(\d{4} \d{4} \d{4}|\d{12})(?![\d])", t):
                if not luhn_ok(pn.replace(" ", "")):
                    errs.append("%s: plan Luhn digit" % r["id"])
    # deny-list
    for name, what in _deny_targets(data):
        hit = deny_hit(name, deny)
        if hit:
            errs.append("deny-listed %s %r (hit %r)" % (what, name, hit))
    for syn in positional224.SET_ASIDE:
        if syn in deny["_syn_set"] or syn in deny["_names_set"]:
            errs.append("set-aside syntax %s is an earlier one" % syn)
    return errs


def _deny_targets(data):
    out = []
    for r in data["secrets"] + data["evasions"] + data["negatives"]:
        out.append((r["container"], "container"))
    for r in data["secrets"] + data["evasions"]:
        out.append((r["type"], "span type"))
    for r in data["evasions"]:
        out.append((r["encoding"], "encoding"))
    for r in data["negatives"]:
        out.append((r["class"], "negative class"))
    out.append((everyday224.SPARE_KIND, "spare kind"))
    for s, _ in vendor224.STYLES:
        out.append((s, "vendor style"))
    for t in vendor224.SET_ASIDE:
        out.append((t, "set-aside vendor"))
    for t in positional224.SET_ASIDE:
        out.append((t, "set-aside syntax"))
    for s in positional224.SUFFIX.values():
        out.append((s, "password suffix"))
    for f in prose224.FORMATS:
        out.append((f, "prose format"))
    for w, _l, _r in evasions224.WORDINGS:
        out.append((w, "evasion wording"))
    for w in negatives224.WRAPPERS:
        out.append((w, "negative wrapper"))
    for name in enc224.ENCODINGS:
        out.append((name, "encoding"))
    return out


# ------------------------------------------------------------------ mutation tests
def _m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def _m02(d):
    d["secrets"][5]["id"] = d["secrets"][4]["id"]


def _m03(d):
    d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]


def _m04(d):
    d["evasions"][7]["secrets"][0]["plain"] += "x"


def _m05(d):
    r = [x for x in d["secrets"] if x["source"] == "vendor"][3]
    r["container"] = r["type"] + "__apiary_keepass_xml_export"


def _m06(d):
    for r in d["negatives"][:10]:
        r["class"] = "bcrypt_and_sha_crypt_hashes"


def _m07(d):
    d["secrets"][10]["type"] = "something_else"


def _m08(d):
    d["evasions"].pop()


def _m09(d):
    r = [x for x in d["secrets"] if x["source"] == "prose"][0]
    sp = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:sp["start"] - 1] + "X" + t[sp["start"]:]


def _m10(d):
    a = d["secrets"][1]
    b = d["secrets"][2]
    v = a["secrets"][0]["value"]
    t = b["text"]
    sp = b["secrets"][0]
    b["text"] = t[:sp["start"]] + v + t[sp["end"]:]
    sp["value"] = v
    sp["end"] = sp["start"] + len(v)


def _m11(d):
    for r in d["secrets"]:
        if r["type"] == "cremator_telemetry_ingest_token":
            sp = r["secrets"][0]
            v = sp["value"]
            nv = v[:-1] + ("0" if v[-1] != "0" else "1")
            r["text"] = r["text"].replace(v, nv)
            sp["value"] = nv
            return


def _m12(d):
    d["negatives"][-1]["text"] += "\ncorrelation 123e4567-e89b-12d3-a456-426614174000\n"


def _m13(d):
    r = [x for x in d["secrets"] if x["source"] == "prose"][1]
    r["container"] = r["container"].split("__")[0] + "__fra"


def _m14(d):
    r = [x for x in d["secrets"] if x["source"] == "password"][0]
    r["type"] = "fdpw_lftp_lower_u_comma_pair"
    r["secrets"][0]["type"] = r["type"]


def _m15(d):
    for r in d["negatives"]:
        if r["class"] == "ean13_coffin_and_urn_catalogue_codes":
            m = re.search(r"(?<!\d)(50\d{11})(?!\d)", r["text"])
            code = m.group(1)
            bad = code[:-1] + str((int(code[-1]) + 1) % 10)
            r["text"] = r["text"].replace(code, bad)
            return


def _m16(d):
    d["negatives"][20]["text"] += "\nnote: urn-x7k9q42\n"


def _m17(d):
    for r in d["secrets"]:
        if r["type"] == "family_portal_hs512_jwt":
            sp = r["secrets"][0]
            h, p, s = sp["value"].split(".")
            nv = h + ".eyJub3Rqc29u" + "." + s
            r["text"] = r["text"].replace(sp["value"], nv)
            sp["value"] = nv
            sp["end"] = sp["start"] + len(nv)
            return


MUTATIONS = [
    ("m01_shifted_offset", _m01), ("m02_duplicate_id", _m02), ("m03_positive_value_in_negative", _m03),
    ("m04_wrong_evasion_plain", _m04), ("m05_deny_listed_vendor_style", _m05), ("m06_deny_listed_negative_class", _m06),
    ("m07_record_span_type_mismatch", _m07), ("m08_missing_evasion", _m08), ("m09_prose_value_glued", _m09),
    ("m10_value_reused", _m10), ("m11_adler32_tail_broken", _m11), ("m12_uuid_not_v4", _m12),
    ("m13_deny_listed_language", _m13), ("m14_earlier_syntax_name", _m14), ("m15_ean13_check_digit_broken", _m15),
    ("m16_password_form_in_negative", _m16), ("m17_jwt_payload_not_json", _m17),
]


def mutation_tests(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(check(d, deny))
        results.append((name, bool(errs - base)))
    return results
