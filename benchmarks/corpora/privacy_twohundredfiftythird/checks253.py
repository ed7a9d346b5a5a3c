"""Every check the build runs before writing, plus the mutation tests."""
import copy
import json
import os
import re

import common253 as C
import dec253
import enc253
import everyday253
import evasions253
import negatives253
import positional253
import prose253
import vendor253

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

# ideas the earlier READMEs name only in prose (avoided and set-aside lists); an encoding, syntax or
# container name containing one of these tokens fails
HAND_AVOID_TOKENS = """base32 base36 base45 base58 base62 base64 base85 ascii85 z85 uuencode base91 base100 morse braille
nato rot13 caesar atbash vigenere xor hexagram iching i_ching dna nucleotide emoji keycap zalgo zero_width tally
brainfuck ebcdic hamming uart look_and_say pi_digit ulam combinadic kerning quire folio bushel gravity midi proquint
bubblebabble zmachine gsm7 data_matrix negadecimal negabinary bijective ipv4 unicode_character acrostic sha256_prefix
overlong utf16 utf7 zapf glyph edition_ledger mirrored bit_run two_fifty powers_of_three isbn roman octal binary_octet
dozenal zeckendorf factoradic gray_code bcd cantor morton postnet luhn_quad damm quoted_printable percent_enc
html_entit punycode_plain""".split()
HAND_AVOID_SYNTAX_TOKENS = """curl_lower_u smbclient rpcclient mount_cifs mongodump mongo_uri psql pgx pgcli sasl_plain
ftp_heredoc ldap_bind python_ldap php_ldap go_ldap fluentftp mysqldb slick matlab db2 informix puppeteer playwright
cypress testcafe selenium autohotkey docker_login podman_login unrar htpasswd mosquitto_passwd hostapd wpa_ sqlcipher
dar_capital arj_ steghide unar racadm psexec secretkeyspec mysqli_change net_ssh_perl openssl_pkey ktor faraday
pywinrm jedis servicestack eldap dbms_ldap freetds clip_exe pbcopy xclip imaplib imap_login redis_auth okhttp
requests_basic sqlcmd cypher_shell couchbase ilorest rdesktop x509certificate2 keystore_load pikepdf qpdf mutool
openssl_encrypt aes_encrypt create_database_link ssh_keygen""".split()


def load_brief(out_dir):
    p = os.path.join(out_dir, "brief_names.json")
    frozen = json.load(open(p, encoding="utf-8"))
    status = "frozen copy only (/tmp/brief253 absent)"
    errs = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        if fresh != frozen:
            errs.append("deny-list: re-extraction from %s differs from brief_names.json" % C.BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return frozen, status, errs


def _names_of(data):
    """All names of this corpus that must avoid the deny-list: (what, name)."""
    out = []
    for r in data["secrets"] + data["evasions"]:
        out.append(("span type", r["type"]))
        out.append(("container", r["container"]))
    for r in data["evasions"]:
        out.append(("encoding", r["encoding"]))
    for r in data["negatives"]:
        out.append(("negative class", r["class"]))
        out.append(("negative container", r["container"]))
    for k in everyday253.KINDS:
        out.append(("everyday kind", k[0]))
    for s in vendor253.STYLES:
        out.append(("vendor style", s))
    for w in positional253.WHERE.values():
        out.append(("positional where", w))
    for w in evasions253.WORDINGS:
        out.append(("evasion wording", w))
    for f in prose253.FORMATS:
        out.append(("prose format", f))
    for w in negatives253.WRAPPERS:
        if w[0]:
            out.append(("negative wrapper", w[0].strip("_")))
    return out


def check_denylist(data, deny):
    errs = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    for what, n in _names_of(data):
        ln = n.lower()
        parts = [ln] + [p for p in ln.split("__") if p]
        for p in parts:
            if p in names:
                errs.append("deny-list: %s %r (part %r) is an earlier name" % (what, n, p))
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(positional253.SPAN_PREFIX):]
            if s in syn or s in names:
                errs.append("deny-list: positional syntax %r is an earlier syntax" % s)
            for t in HAND_AVOID_SYNTAX_TOKENS:
                if t in s:
                    errs.append("hand list: positional syntax %r contains avoided token %r" % (s, t))
    for e in set(r["encoding"] for r in data["evasions"]):
        for t in HAND_AVOID_TOKENS:
            if t in e:
                errs.append("hand list: encoding %r contains avoided token %r" % (e, t))
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    langs = [(c, n) for c, n, _s, _t in prose253.L] + list(prose253.SPARES)
    for code, name in langs:
        if code in codes or code in names:
            errs.append("deny-list: language code %r" % code)
        words = [name.lower()] + [w for w in re.findall(r"[^\W\d_]+", name.lower()) if len(w) >= 3]
        for w in words:
            if w in lnames:
                errs.append("deny-list: language name %r (word %r)" % (name, w))
            if w in prose253.HAND_AVOID_LANGUAGES:
                errs.append("hand list: language %r (word %r)" % (name, w))
    for r in data["secrets"]:
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in codes or code in names:
                errs.append("deny-list: prose language %r" % code)
    return errs


def check_structure(data):
    errs = []
    for key, prefix, keys in (("secrets", "s", POS_KEYS), ("evasions", "e", EVA_KEYS), ("negatives", "n", NEG_KEYS)):
        for i, r in enumerate(data[key]):
            want = "%s-%s-%04d" % (C.PREFIX, prefix, i + 1)
            if r.get("id") != want:
                errs.append("id: %r should be %r" % (r.get("id"), want))
            if list(r.keys()) != keys:
                errs.append("%s: field set %r" % (r.get("id"), list(r.keys())))
            if C.MARK in r.get("text", "") or "\u241f" in r.get("text", ""):
                errs.append("%s: placement marker left" % r.get("id"))
    for key, skeys in (("secrets", POS_SPAN), ("evasions", EVA_SPAN)):
        for r in data[key]:
            sp = r.get("secrets")
            if not isinstance(sp, list) or len(sp) != 1:
                errs.append("%s: must have exactly one span" % r["id"])
                continue
            s = sp[0]
            if list(s.keys()) != skeys:
                errs.append("%s: span field set %r" % (r["id"], list(s.keys())))
                continue
            if r["text"][s["start"]:s["end"]] != s["value"]:
                errs.append("%s: text[start:end] != value" % r["id"])
            if s["type"] != r["type"]:
                errs.append("%s: span type != record type" % r["id"])
            if r["text"].count(s["value"]) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(s["value"])))
            if s["value"] != s["value"].strip() or not s["value"]:
                errs.append("%s: value has outer whitespace" % r["id"])
            if key == "evasions" and (s["encoding"] != r["encoding"]):
                errs.append("%s: span encoding != record encoding" % r["id"])
    for r in data["secrets"]:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source %r" % (r["id"], r["source"]))
    for r in data["evasions"]:
        if r["source"] != "evasion":
            errs.append("%s: source" % r["id"])
    for r in data["negatives"]:
        if r["source"] != "negative":
            errs.append("%s: source" % r["id"])
    return errs


def check_counts(data):
    errs = []
    by = {}
    for r in data["secrets"]:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("counts: everyday %d != 180" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("counts: everyday kinds must be 45 x 4 different types")
    if len(types) != 12 or any(v != 15 for v in types.values()):
        errs.append("counts: everyday types must be 12 x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120:
        errs.append("counts: vendor must be 120 distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__")[1] not in vendor253.STYLES:
            errs.append("%s: vendor container must be <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not 100 <= len(pw) <= 120 or len(set(r["type"] for r in pw)) != len(pw):
        errs.append("counts: positional must be 100-120 distinct syntaxes (%d)" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(r["container"].split("__")[1] for r in pr)) != 40:
        errs.append("counts: prose must be 40 records in 40 languages")
    n = len(data["secrets"])
    if not 440 <= n <= 470:
        errs.append("counts: positives %d not in 440-470" % n)
    evs = data["evasions"]
    if len(evs) != 66:
        errs.append("counts: evasions %d != 66" % len(evs))
    encs = {}
    for r in evs:
        encs.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
    if len(encs) != 22 or any(len(v) != 3 or len(set(t for t, _ in v)) != 3 or len(set(w for _, w in v)) != 3
                              for v in encs.values()):
        errs.append("counts: evasions must be 22 encodings x 3 types, each wording once per encoding")
    ng = data["negatives"]
    if len(ng) < 200 or len(set(r["class"] for r in ng)) < 20:
        errs.append("counts: negatives must be >= 200 in >= 20 classes")
    if len(set(r["text"] for r in ng)) != len(ng):
        errs.append("counts: repeated negative text")
    st = {k: set(r["type"] for r in v) for k, v in by.items()}
    ks = list(st)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if st[ks[i]] & st[ks[j]]:
                errs.append("counts: span types shared between %s and %s" % (ks[i], ks[j]))
    if set(r["type"] for r in evs) & set(r["type"] for r in data["secrets"]):
        errs.append("counts: evasion types shared with positives")
    return errs


def check_shapes(data):
    errs = []
    for r in data["secrets"]:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            e = everyday253.check_value(r["type"], v)
        elif r["source"] == "vendor":
            e = vendor253.check_value(r["type"], v)
        else:
            e = None if C.STRICT_PW_RE.match(v) else "strict password form"
            if r["source"] == "prose":
                s, t = r["secrets"][0]["start"], r["secrets"][0]["end"]
                txt = r["text"]
                if s == 0 or t >= len(txt) or not txt[s - 1].isspace() or not txt[t].isspace():
                    e = "prose value not set off by whitespace"
        if e:
            errs.append("%s: shape (%s) %s" % (r["id"], r["type"], e))
    for r in data["evasions"]:
        sp = r["secrets"][0]
        if not evasions253.PLAIN_RE[r["type"]].match(sp["plain"]):
            errs.append("%s: evasion plain shape" % r["id"])
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != sp["value"] or not lines[2].strip() \
                or enc253.RULES.get(r["encoding"], "\x00") not in lines[0]:
            errs.append("%s: evasion layout (rule, ':' newline, run line, remark)" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[1]) or \
                r["container"].split("__")[1] not in evasions253.WORDINGS:
            errs.append("%s: evasion container" % r["id"])
    return errs


def check_evasions_decode(data):
    errs = []
    for r in data["evasions"]:
        sp = r["secrets"][0]
        if r["encoding"] not in enc253.RULES:
            errs.append("%s: unknown encoding %r" % (r["id"], r["encoding"]))
        try:
            back = dec253.decode(r["encoding"], sp["value"])
        except Exception as ex:
            back = "<error %s>" % ex
        if back != sp["plain"]:
            errs.append("%s: run does not decode to its plain (%s)" % (r["id"], r["encoding"]))
        if sp["plain"] in sp["value"]:
            errs.append("%s: run contains its plain" % r["id"])
    return errs


def check_reuse_and_cleanliness(data):
    errs = []
    recs = data["secrets"] + data["evasions"]
    texts = [(r["id"], r["text"]) for r in recs + data["negatives"]]
    values = {}
    for r in recs:
        v = r["secrets"][0]["value"]
        if v in values:
            errs.append("%s: value reused (also %s)" % (r["id"], values[v]))
        values[v] = r["id"]
    for v, rid in values.items():
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append("%s: its value appears in %s" % (rid, tid))
    for r in data["evasions"]:
        p = r["secrets"][0]["plain"]
        for tid, t in texts:
            if p in t:
                errs.append("%s: evasion plain appears in %s" % (r["id"], tid))
    for r in data["negatives"]:
        e = negative_problem(r["text"], values)
        if e:
            errs.append("%s: negative not clean (%s)" % (r["id"], e))
    for tid, t in texts:
        for u in C.UUID_RE.findall(t):
            if not C.uuid_is_v4(u):
                errs.append("%s: UUID-shaped %s is not version 4" % (tid, u))
        for j in C.JWT_RE.findall(t):
            if not C.jwt_valid(j):
                errs.append("%s: JWT-shaped substring is not a valid JWT" % tid)
    return errs


def negative_problem(text, values=()):
    if C.PW_FORM_RE.search(text):
        return "password-form string %r" % C.PW_FORM_RE.search(text).group(0)
    for v in values:
        if len(v) >= 6 and v in text:
            return "contains a positive value"
    for u in C.UUID_RE.findall(text):
        if not C.uuid_is_v4(u):
            return "non-v4 UUID"
    if C.JWT_RE.search(text):
        return "JWT-shaped string"
    return None


JSON_KINDS = {"hireboat_signalk_plugin_config_json", "lockapp_flutter_dart_defines_json", "lockapp_eas_build_profile_json",
              "ops_chef_data_bag_item_json", "ops_terraform_tfstate_json", "bookings_json_structured_log_line",
              "ops_har_capture_json", "hirebase_node_config_production_json", "hirebase_aspnet_appsettings_production_json",
              "ops_ecs_task_definition_json", "ops_github_codespaces_devcontainer_json"}
TOML_KINDS = {"swingbridge_influx_cli_configs_toml", "ops_sam_samconfig_toml", "trust_dynaconf_secrets_toml"}
XML_KINDS = {"bookings_aspnet_web_config_xml", "lockpanel_macos_plist", "trust_keepass_xml_export",
             "trust_confluence_storage_format_page"}


def check_container_syntax(data):
    """Files that have a parser in the standard library must still parse with the value in place."""
    import xml.etree.ElementTree as ET
    try:
        import tomllib
    except ImportError:                      # Python < 3.11: TOML is not checked
        tomllib = None
    errs = []
    for r in data["secrets"]:
        kind = r["container"].split("__")[-1] if r["source"] == "vendor" else r["container"]
        t = r["text"]
        try:
            if kind in JSON_KINDS:
                json.loads(t)
            elif kind in TOML_KINDS and tomllib:
                tomllib.loads(t)
            elif kind in XML_KINDS:
                ET.fromstring(t if t.startswith("<?xml") else "<root>%s</root>" % t)
        except Exception as ex:
            errs.append("%s: %s does not parse (%s)" % (r["id"], kind, ex))
    return errs


def run_all(data, deny):
    errs = []
    errs += check_container_syntax(data)
    errs += check_denylist(data, deny)
    errs += check_structure(data)
    errs += check_counts(data)
    errs += check_shapes(data)
    errs += check_evasions_decode(data)
    errs += check_reuse_and_cleanliness(data)
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(data, source):
    return next(r for r in data["secrets"] if r["source"] == source)


def _m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def _m02(d):
    r = d["secrets"][5]
    r["text"] = r["text"].replace(r["secrets"][0]["value"], "X" * len(r["secrets"][0]["value"]))


def _m03(d):
    d["secrets"][9]["text"] += "\n" + d["secrets"][3]["secrets"][0]["value"]


def _m04(d):
    d["negatives"][0]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]


def _m05(d):
    sp = d["evasions"][4]["secrets"][0]
    sp["plain"] = sp["plain"][:-1] + ("Q" if sp["plain"][-1] != "Q" else "R")


def _m06(d):
    d["secrets"][0]["container"] = "cellar_telegraf_modbus_conf"


def _m07(d):
    d["negatives"][0]["class"] = "keg_grai_asset_identifiers"


def _m08(d):
    d["evasions"][0]["encoding"] = "dna_nucleotide_quads"
    d["evasions"][0]["secrets"][0]["encoding"] = "dna_nucleotide_quads"


def _m09(d):
    del d["negatives"][-1]


def _m10(d):
    r = next(r for r in d["secrets"] if r["source"] == "prose")
    r["container"] = r["container"].split("__")[0] + "__pol"


def _m11(d):
    r = next(r for r in d["secrets"] if r["type"] == "lock_gate_luhn36_service_key")
    v = r["secrets"][0]["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    _replace_value(r, nv)


def _m12(d):
    r = next(r for r in d["secrets"] if r["type"] == "mooring_meter_adler32_token")
    v = r["secrets"][0]["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    _replace_value(r, nv)


def _m13(d):
    d["negatives"][3]["text"] += " ref 123e4567-e89b-12d3-a456-426614174000"


def _m14(d):
    r = d["secrets"][7]
    r["secrets"].append(dict(r["secrets"][0]))


def _m15(d):
    r = next(r for r in d["secrets"] if r["source"] == "password")
    r["type"] = positional253.SPAN_PREFIX + "racadm_lower_p_after_lower_u"
    r["secrets"][0]["type"] = r["type"]


def _m16(d):
    d["negatives"][10]["text"] += " gate code Windlass-abc123"


def _m17(d):
    d["evasions"][2]["id"] = "p253-e-0099"


def _m18(d):
    r = next(r for r in d["secrets"] if r["type"] == "shopify_admin_api_access_token")
    _replace_value(r, r["secrets"][0]["value"][:-1] + "Z")


def _m19(d):
    r = next(r for r in d["secrets"] if r["type"] == "booking_api_hs384_jwt")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:-6])


def _m20(d):
    r = next(r for r in d["secrets"] if r["type"] == "licence_checker_mod11_2_key")
    v = r["secrets"][0]["value"]
    i = 22
    nv = v[:i] + ("0" if v[i] != "0" else "1") + v[i + 1:]
    _replace_value(r, nv)


def _m21(d):
    r = d["evasions"][10]
    sp = r["secrets"][0]
    new = sp["value"] + " " + sp["plain"]
    r["text"] = r["text"][:sp["start"]] + new + r["text"][sp["end"]:]
    sp["value"] = new
    sp["end"] = sp["start"] + len(new)


def _m22(d):
    d["negatives"][20]["text"] += " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2hvcnQ"


def _m23(d):
    r = next(r for r in d["secrets"] if r["type"] == "nats_user_nkey_seed")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:10] + ("A" if v[10] != "A" else "B") + v[11:])


def _m24(d):
    r = next(r for r in d["secrets"] if r["source"] == "prose")
    sp = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:sp["start"] - 1] + "x" + t[sp["start"]:]


def _replace_value(r, nv):
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"] = nv
    sp["end"] = sp["start"] + len(nv)


def _m25(d):
    r = next(r for r in d["secrets"] if r["container"] == "ops_terraform_tfstate_json")
    r["text"] = r["text"].replace('"version": 4,', '"version": 4')


MUTATIONS = [
    ("m01_shifted_span_start", _m01), ("m02_value_not_in_text", _m02), ("m03_value_reused_in_other_text", _m03),
    ("m04_positive_value_in_negative", _m04), ("m05_evasion_does_not_decode", _m05),
    ("m06_deny_listed_container", _m06), ("m07_deny_listed_negative_class", _m07),
    ("m08_deny_listed_encoding", _m08), ("m09_negatives_below_200", _m09), ("m10_deny_listed_prose_language", _m10),
    ("m11_luhn36_check_broken", _m11), ("m12_adler32_tail_broken", _m12), ("m13_non_v4_uuid_in_negative", _m13),
    ("m14_two_spans", _m14), ("m15_earlier_syntax_name", _m15), ("m16_password_form_in_negative", _m16),
    ("m17_id_out_of_sequence", _m17), ("m18_vendor_shape_broken", _m18), ("m19_hs384_jwt_truncated", _m19),
    ("m20_mod11_2_check_broken", _m20), ("m21_run_contains_plain", _m21), ("m22_invalid_jwt_in_negative", _m22),
    ("m23_nkey_crc_broken", _m23), ("m24_prose_value_not_set_off", _m24),
    ("m25_json_container_broken", _m25),
]


def mutation_tests(data, deny, clean_errs):
    base = set(clean_errs)
    results = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        new = set(run_all(d, deny)) - base
        results.append((name, bool(new)))
    return results
