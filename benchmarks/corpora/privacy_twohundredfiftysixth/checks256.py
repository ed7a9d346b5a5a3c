"""Every check the build runs before writing, and the mutation tests."""
import base64
import copy
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common256 as C
import dec256
import everyday256 as EV
import evasions256 as ES
import negatives256 as NG
import positional256 as PO
import prose256 as PR
import vendor256 as VE

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

# Tools and ideas the two earlier READMEs name only in prose (avoided, set-aside
# or "closest relative" lists); a syntax or encoding name containing one fails.
HAND_SYNTAX_TOKENS = """curl_u httpie jenkins_cli rdesktop psql ftp_heredoc ldap selenium puppeteer
playwright cypress robot_framework nightwatch watir docker_login htpasswd racadm psexec rasdial
xclip pbcopy okhttp ktor faraday pdo_ perl_dbi jdbc pymssql ibm_db oci_connect paramiko phpseclib
mailkit directoryentry net_telnet autoit bundler zookeeper xfreerdp elasticsearch_users rclone
mysqldump transmission fossil ftplib net_ftp ftp_login tcl_ftp erlang_ftp cx_oracle basic_auth
pem_read pkey_rsa rfc2898 sqlconnect pubsubclient magento laravel_dusk detox wireshark ncftpput
apache_bench coturn setbasicauth httr smbclient sqlplus""".split()
HAND_ENCODING_TOKENS = """base32 base36 base45 base58 base62 base64 base85 base91 base100 uuencode
quoted_printable percent_enc escape utf7 utf16 xxd hex_dump intel_hex morse braille nato spelling
numeral number_word homoglyph look_alike zero_width combining keycap regional_indicator unicode_name
html_entit code_expr caesar vigenere keyword_cipher hill_cipher book_cipher xor reversal reverse shuffle
chaff decoy word_length capitali power_of_two prime triangular scientific dyadic pi_offset arithmetic
midpoint sixteen_bit zeckendorf factoradic gray_code bcd cantor residue delta modhex morton postnet
check_digit seven_segment elias compass soroban coin_change keyboard prime_factor tarot element
resistor dtmf ordinal_day seat dmx hollerith ita2 baudot calkin shamir usb_hid ieee754 ulam overlong
pixel_font inverse_modulo clock_hand clock_time collatz servo constellation bit_plane zlib deflate aes
maidenhead stoppage move_to_front protobuf varint unix_epoch timestamp fahrenheit celsius wiegand dyck
polyline caps_lock punycode multitap multi_tap ais_ aivdm unit_circle semaphore code39 royal_mail
radix quipu cistercian square cuisenaire continued_fraction four_b_five_b hamming 8e1 bit_run
mirrored dna dice card chess hexagram colour color emoji tally brainfuck ebcdic gsm z_machine
pitchfork sha256 ipv4 bushel quire glyph_id combinatorial_number lead_weight gravity reciprocal
dvorak qr_code""".split()


def denylist_names(deny):
    return set(deny["names"])


def name_hits(name, names):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in names]


# --------------------------------------------------------------- helpers
def uuid_errors(text):
    return [u for u in C.UUID_RE.findall(text) if not C.uuid_is_v4(u)]


def jwt_errors(text):
    return [t for t in C.JWT_RE.findall(text) if not C.jwt_valid(t)]


def labelled_strings(data):
    out = set()
    for r in data["secrets"]:
        out.add(r["secrets"][0]["value"])
    for r in data["evasions"]:
        out.add(r["secrets"][0]["value"])
        out.add(r["secrets"][0]["plain"])
    return out


def banned_reasons(text, labelled):
    reasons = []
    for s in labelled:
        if len(s) >= 6 and s in text:
            reasons.append("contains labelled string %r" % s[:30])
            break
    if C.PW_FORM_IN_TEXT.search(text):
        reasons.append("password-form string %r" % C.PW_FORM_IN_TEXT.search(text).group(0))
    if C.JWT_RE.search(text):
        reasons.append("JWT-shaped string")
    if uuid_errors(text):
        reasons.append("non-v4 UUID")
    return reasons


def everyday_shape(tname, v, rsa):
    if tname in EV.TYPE_NAMES[:6]:
        return bool(C.PW_LOOSE_RE.match(v))
    if tname == "simulator_licence_damm_key":
        m = re.match(r"^RSL-(\d{5})-(\d{5})-(\d{5})-(\d{5})-(\d{5})$", v)
        return bool(m) and C.damm_interim("".join(m.groups())) == 0
    if tname == "foundry_portal_fnv1a_token":
        m = re.match(r"^fnd_([A-Za-z0-9]{32})_([0-9a-f]{8})$", v)
        return bool(m) and int(m.group(2), 16) == C.fnv1a32(m.group(1).encode())
    if tname == "clock_telemetry_inet_checksum_key":
        m = re.match(r"^tcw\.([a-z0-9]{28})\.([0-9a-f]{4})$", v)
        return bool(m) and int(m.group(2), 16) == C.inet_checksum(m.group(1).encode())
    if tname == "clock_device_rs256_jwt":
        if not C.jwt_valid(v):
            return False
        h, p, s = v.split(".")
        hdr = json.loads(C.b64url_decode(h))
        pl = json.loads(C.b64url_decode(p))
        return (hdr.get("alg") == "RS256" and set(pl) == {"aud", "sub", "iat", "exp"}
                and C.rs256_verify((h + "." + p).encode(), C.b64url_decode(s), rsa.n, rsa.e))
    if tname == "foundry_django_secret_key":
        return bool(re.match(r"^[a-z0-9!@#$%^&*(\-_=+)]{50}$", v))
    if tname == "guild_drupal_hash_salt":
        return bool(re.match(r"^[A-Za-z0-9_-]{74}$", v)) and len(C.b64url_decode(v)) == 55
    return False


JSON_EVERYDAY = {"tuning_lab_jupyter_notebook_ipynb", "foundry_dotnet_user_secrets_json", "erp_erpnext_site_config_json",
                 "dev_jetbrains_http_private_env_json", "dev_vscode_launch_json", "foundry_erp_audit_log_jsonl"}
XML_EVERYDAY = {"dev_intellij_workspace_xml", "foundry_xlsx_shared_strings_xml"}
JSON_VENDOR = {"dev_postman_environment_json", "guild_bitwarden_json_export", "clockworks_device_provisioning_json",
               "guild_obs_studio_service_json"}
JSON_VENDOR_AFTER_FIRST_LINE = {"ops_doppler_secrets_download_json", "shop_n8n_credentials_export_json"}
XML_VENDOR = {"shop_android_shared_prefs_xml"}
TOML_VENDOR = {"ops_wrangler_toml_vars"}


def syntax_errors(kind, text):
    try:
        if kind == "json":
            json.loads(text)
        elif kind == "xml":
            ET.fromstring(text.split("\n", 1)[1] if text.startswith("<?xml") else text)
        elif kind == "toml":
            tomllib.loads(text)
    except Exception as e:  # noqa: BLE001
        return ["container does not parse as %s: %s" % (kind, e)]
    return []


# --------------------------------------------------------------- main check
def run_checks(data, deny, rsa, status_line=None):
    E = []
    names = denylist_names(deny)
    syn = set(deny["syntaxes"])
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]

    # deny-list status
    if status_line is None:
        E.append("deny-list: re-extracted list differs from brief_names.json")

    # ---- deny-list over every defined and used name
    defined = []
    defined += [("everyday type", t) for t in EV.TYPE_NAMES] + [("everyday kind", c) for c in EV.CONTAINER_NAMES]
    defined += [("vendor type", v) for v in VE.VENDOR_NAMES] + [("vendor style", s) for s in VE.STYLES]
    defined += [("positional syntax", s) for s in PO.SYNTAX_NAMES] + [("where", w) for w in PO.WHERE.values()]
    defined += [("prose type", PR.SPAN_TYPE)] + [("prose format", f) for f in PR.FORMATS]
    defined += [("encoding", e) for e in ES.ENC_NAMES] + [("wording", w) for w in ES.WORDING_NAMES]
    defined += [("evasion type", t) for t in ES.TYPE_NAMES]
    defined += [("negative class", c) for c in NG.CLASS_NAMES]
    defined += [("negative kind", k) for c in NG.CLASSES for k, _ in c[2]] + [("wrapper", w.strip("_")) for w in NG.WRAPPERS if w]
    for r in pos + eva + neg:
        defined.append(("container used", r["container"]))
    for r in pos + eva:
        defined.append(("span type used", r["secrets"][0]["type"]))
    for r in eva:
        defined.append(("encoding used", r["encoding"]))
    for r in neg:
        defined.append(("class used", r["class"]))
    for what, n in defined:
        if what == "container used" and "__" in n and n.split("__")[-1] in [l[0] for l in PR.LANGS]:
            parts = n.split("__")
            hits = name_hits(parts[0], names)
        else:
            hits = name_hits(n, names)
        if hits:
            E.append("deny-listed %s %r (%s)" % (what, n, hits[0]))
    for s in PO.SYNTAX_NAMES + [r["type"][len(PO.PREFIX):] for r in pos if r["source"] == "password"]:
        if s in syn or s in names:
            E.append("earlier positional syntax %r" % s)
        for tok in HAND_SYNTAX_TOKENS:
            if tok in s:
                E.append("positional syntax %r contains earlier tool %r" % (s, tok))
    for e in set(ES.ENC_NAMES) | set(r["encoding"] for r in eva):
        for tok in HAND_ENCODING_TOKENS:
            if tok in e:
                E.append("encoding %r contains earlier idea %r" % (e, tok))
    lang_codes = set(deny["language_codes"])
    lang_names = set(deny["language_names"])
    langs = [(l[0], l[1]) for l in PR.LANGS] + list(PR.SPARES)
    used_codes = [r["container"].split("__")[-1] for r in pos if r["source"] == "prose"]
    for code in used_codes:
        if code not in [l[0] for l in PR.LANGS]:
            E.append("prose language code %r not in the language table" % code)
    for code, lname in langs:
        if code in lang_codes or code in names:
            E.append("deny-listed language code %r" % code)
        words = [lname.lower()] + re.split(r"[\s\-]+", lname.lower())
        for w in words:
            if w in lang_names or w in PR.HAND_AVOID:
                E.append("deny-listed language name %r (%s)" % (lname, w))
    for code in used_codes:
        if code in lang_codes or code in names:
            E.append("deny-listed language code used %r" % code)

    # ---- ids, fields, spans
    for prefix, recs, keys in (("s", pos, POS_KEYS), ("e", eva, EVA_KEYS), ("n", neg, NEG_KEYS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (C.PREFIX, prefix, i + 1):
                E.append("id out of sequence at %s #%d: %r" % (prefix, i + 1, r.get("id")))
            if list(r.keys()) != keys:
                E.append("%s: field set %r" % (r.get("id"), list(r.keys())))
    for r in pos + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E.append("%s: must have exactly one span" % r["id"])
            continue
        s = sp[0]
        want = POS_SPAN if r in pos else EVA_SPAN
        if list(s.keys()) != want:
            E.append("%s: span field set %r" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if r["text"][s["start"]:s["end"]] != v:
            E.append("%s: text[start:end] != value" % r["id"])
        if r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if v != v.strip() or not v:
            E.append("%s: value has outer whitespace or is empty" % r["id"])
        if s["type"] != r["type"]:
            E.append("%s: span type differs from record type" % r["id"])
        if C.MARK in r["text"] or "@@V@@" in r["text"]:
            E.append("%s: placement marker left" % r["id"])
    for r in neg:
        if C.MARK in r["text"]:
            E.append("%s: marker in negative" % r["id"])

    # ---- sources and counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        E.append("unknown positive source %r" % (set(by) - {"everyday", "vendor", "password", "prose"}))
    ev, ve, pw, pr = (by.get(k, []) for k in ("everyday", "vendor", "password", "prose"))
    if len(ev) != 180:
        E.append("everyday count %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: 45 kinds x 4 different types violated")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or any(v != 15 for v in tcount.values()):
        E.append("everyday: 12 types x 15 violated")
    vt = [r["type"] for r in ve]
    if not (110 <= len(ve) <= 130) or len(set(vt)) != len(vt):
        E.append("vendor: count %d or repeated types" % len(ve))
    for r in ve:
        if r["container"] != "%s__%s" % (r["type"], r["container"].split("__", 1)[1] if "__" in r["container"] else ""):
            E.append("%s: vendor container is not <type>__<style>" % r["id"])
    pt = [r["type"] for r in pw]
    if not (100 <= len(pw) <= 120) or len(set(pt)) != len(pt):
        E.append("positional: count %d or repeated syntaxes" % len(pw))
    if len(pr) != 40 or len(set(r["container"].split("__")[-1] for r in pr)) != 40:
        E.append("prose: 40 records in 40 languages violated")
    if not (440 <= len(pos) <= 470):
        E.append("positives total %d not in 440-470" % len(pos))
    if len(eva) != 66:
        E.append("evasions count %d != 66" % len(eva))
    enc_count = {}
    for r in eva:
        enc_count.setdefault(r["encoding"], set()).add(r["type"])
    if len(enc_count) != 22 or any(len(v) != 3 for v in enc_count.values()):
        E.append("evasions: 22 encodings x 3 types violated")
    if len(neg) < 200:
        E.append("negatives count %d < 200" % len(neg))
    cls = {}
    for r in neg:
        cls[r["class"]] = cls.get(r["class"], 0) + 1
    if len(cls) < 20 or min(cls.values()) < 10:
        E.append("negatives: at least 20 classes with 10 each violated")
    if len(set(r["text"] for r in neg)) != len(neg):
        E.append("negatives: repeated text")
    srcs_types = [set(r["type"] for r in g) for g in (ev, ve, pw, pr)] + [set(r["type"] for r in eva)]
    for i in range(len(srcs_types)):
        for j in range(i + 1, len(srcs_types)):
            if srcs_types[i] & srcs_types[j]:
                E.append("span types shared between sources: %r" % (srcs_types[i] & srcs_types[j]))
    for r in eva:
        if r["source"] != "evasion":
            E.append("%s: evasion source" % r["id"])
    for r in neg:
        if r["source"] != "negative":
            E.append("%s: negative source" % r["id"])

    # ---- shapes
    for r in ev:
        if not everyday_shape(r["type"], r["secrets"][0]["value"], rsa):
            E.append("%s: everyday shape of %s broken" % (r["id"], r["type"]))
        if r["container"] in JSON_EVERYDAY:
            body = r["text"]
            if r["container"] == "foundry_erp_audit_log_jsonl":
                for ln in body.strip().split("\n"):
                    E += ["%s: %s" % (r["id"], e) for e in syntax_errors("json", ln)]
            else:
                E += ["%s: %s" % (r["id"], e) for e in syntax_errors("json", body)]
        if r["container"] in XML_EVERYDAY:
            E += ["%s: %s" % (r["id"], e) for e in syntax_errors("xml", r["text"])]
    for r in ve:
        if not VE.check_value(r["type"], r["secrets"][0]["value"]):
            E.append("%s: vendor shape of %s broken" % (r["id"], r["type"]))
        style = r["container"].split("__", 1)[1]
        if style in JSON_VENDOR:
            E += ["%s: %s" % (r["id"], e) for e in syntax_errors("json", r["text"])]
        if style in JSON_VENDOR_AFTER_FIRST_LINE:
            E += ["%s: %s" % (r["id"], e) for e in syntax_errors("json", r["text"].split("\n", 1)[1])]
        if style in XML_VENDOR:
            E += ["%s: %s" % (r["id"], e) for e in syntax_errors("xml", r["text"])]
        if style in TOML_VENDOR:
            E += ["%s: %s" % (r["id"], e) for e in syntax_errors("toml", r["text"])]
    for r in pw + pr:
        v = r["secrets"][0]["value"]
        if not C.PW_STRICT_RE.match(v):
            E.append("%s: positional/prose value not in strict password form" % r["id"])
    for r in pw:
        if not r["type"].startswith(PO.PREFIX):
            E.append("%s: positional type prefix" % r["id"])
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or s["end"] >= len(t) or not t[s["start"] - 1].isspace() or not t[s["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])
    tre = dict((t[0], t[3]) for t in ES.TYPES)
    for r in eva:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"]:
            E.append("%s: span encoding differs" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[-1]) or r["container"].split("__")[-1] not in ES.WORDING_NAMES:
            E.append("%s: evasion container is not <encoding>__<wording>" % r["id"])
        if not tre[r["type"]].match(s["plain"]):
            E.append("%s: evasion plain shape" % r["id"])
        t = r["text"]
        rule = dict((e[0], e[2]) for e in ES.ENCODINGS).get(r["encoding"])
        if rule is None:
            E.append("%s: unknown encoding %r" % (r["id"], r["encoding"]))
            rule = "\x00"
        head, rest = t[:s["start"]], t[s["end"]:]
        if rule not in head or not head.endswith(":\n") or head.count("\n") != 1 or not rest.startswith("\n") or rest.count("\n") != 1 or not rest.strip():
            E.append("%s: evasion layout broken" % r["id"])
        if "\n" in s["value"]:
            E.append("%s: run spans lines" % r["id"])
        try:
            dec = dec256.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa: BLE001
            dec = "<error %s>" % e
        if dec != s["plain"]:
            E.append("%s: run does not decode to plain" % r["id"])
        if s["plain"] in s["value"]:
            E.append("%s: run contains its plain" % r["id"])

    # ---- reuse, leaks, negatives clean, UUID / JWT everywhere
    vals = [r["secrets"][0]["value"] for r in pos + eva]
    if len(vals) != len(set(vals)):
        E.append("a labelled value is reused")
    texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for r in pos + eva:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                E.append("%s: value appears in %s" % (r["id"], rid))
    plains = [r["secrets"][0]["plain"] for r in eva]
    for p in plains:
        for rid, t in texts:
            if p in t:
                E.append("evasion plain %r appears in %s" % (p[:12], rid))
    lab = labelled_strings(data)
    for r in neg:
        for why in banned_reasons(r["text"], lab):
            E.append("%s: negative not clean: %s" % (r["id"], why))
    for rid, t in texts:
        if uuid_errors(t):
            E.append("%s: non-v4 UUID-shaped substring" % rid)
        if jwt_errors(t):
            E.append("%s: JWT-shaped substring is not a valid JWT" % rid)
    return E


# --------------------------------------------------------------- mutation tests
def _first(recs, **kw):
    for r in recs:
        if all(r.get(k) == v for k, v in kw.items()):
            return r
    raise KeyError(kw)


def _set_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["secrets"][0]["value"] = "not-in-the-text-at-all-xyz"

    def m03(d):
        d["secrets"][3]["text"] += "\n" + d["secrets"][2]["secrets"][0]["value"]

    def m04(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m05(d):
        s = d["evasions"][0]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("x" if s["plain"][-1] != "x" else "y")

    def m06(d):
        d["secrets"][0]["container"] = "flyrig_node_red_settings_js"

    def m07(d):
        d["negatives"][0]["class"] = "own_shape_public_counterparts"

    def m08(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "tarot_deck_position_cards"
            r["secrets"][0]["encoding"] = "tarot_deck_position_cards"

    def m09(d):
        del d["negatives"][150:]

    def m10(d):
        r = _first(d["secrets"], source="prose")
        r["container"] = r["container"].split("__")[0] + "__ukr"

    def m11(d):
        r = _first(d["secrets"], type="simulator_licence_damm_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))

    def m12(d):
        r = _first(d["secrets"], type="foundry_portal_fnv1a_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m13(d):
        r = _first(d["secrets"], type="clock_telemetry_inet_checksum_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m14(d):
        r = _first(d["secrets"], type="clock_device_rs256_jwt")
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        sig = bytearray(C.b64url_decode(s))
        sig[10] ^= 1
        _set_value(r, h + "." + p + "." + C.b64url(bytes(sig)))

    def m15(d):
        d["negatives"][3]["text"] += " ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def m16(d):
        r = d["secrets"][7]
        r["secrets"].append(dict(r["secrets"][0]))

    def m17(d):
        r = _first(d["secrets"], source="password")
        r["type"] = PO.PREFIX + "smbclient_capital_u_percent_pair"
        r["secrets"][0]["type"] = r["type"]

    def m18(d):
        d["evasions"][4]["id"] = "p256-e-0999"

    def m19(d):
        r = _first(d["secrets"], type="stripe_restricted_api_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-3])

    def m20(d):
        d["secrets"][10]["text"] += " " + d["evasions"][7]["secrets"][0]["plain"]

    def m21(d):
        d["secrets"][12]["text"] += " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA"

    def m22(d):
        d["negatives"][9]["text"] += " the tower code is clapper.qz481 now"

    def m23(d):
        r = d["evasions"][11]
        r["text"] = r["text"].replace(":\n", " -> ", 1)
        s = r["secrets"][0]
        shift = len(" -> ") - len(":\n")
        s["start"] += shift
        s["end"] += shift

    def m24(d):
        r = _first(d["secrets"], container="erp_erpnext_site_config_json")
        r["text"] = r["text"].replace("{", "{{", 1)
        s = r["secrets"][0]
        s["start"] += 1
        s["end"] += 1

    def m25(d):
        r = _first(d["secrets"], source="prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "_" + r["text"][s["start"]:]

    def m26(d):
        r = _first(d["secrets"], type="guild_drupal_hash_salt")
        _set_value(r, r["secrets"][0]["value"][:-2])

    def m27(d):
        r = _first(d["secrets"], type="foundry_django_secret_key")
        v = r["secrets"][0]["value"]
        _set_value(r, "Z" + v[1:])

    return [(n, f) for n, f in sorted(locals().items()) if n.startswith("m")]


MUT_NAMES = {
    "m01": "m01_shifted_span_start", "m02": "m02_value_not_in_text", "m03": "m03_value_reused_in_other_text",
    "m04": "m04_positive_value_in_negative", "m05": "m05_evasion_does_not_decode", "m06": "m06_deny_listed_container",
    "m07": "m07_deny_listed_negative_class", "m08": "m08_deny_listed_encoding", "m09": "m09_negatives_below_200",
    "m10": "m10_deny_listed_prose_language", "m11": "m11_damm_check_digit_broken", "m12": "m12_fnv1a_tail_broken",
    "m13": "m13_internet_checksum_broken", "m14": "m14_rs256_signature_broken", "m15": "m15_non_v4_uuid_in_negative",
    "m16": "m16_two_spans", "m17": "m17_earlier_syntax_name", "m18": "m18_id_out_of_sequence",
    "m19": "m19_vendor_shape_broken", "m20": "m20_plain_leaked_into_text", "m21": "m21_invalid_jwt_in_text",
    "m22": "m22_password_form_in_negative", "m23": "m23_evasion_layout_broken", "m24": "m24_json_container_broken",
    "m25": "m25_prose_value_not_set_off", "m26": "m26_drupal_salt_length_broken", "m27": "m27_django_key_alien_character",
}


def run_mutations(data, deny, rsa, status_line, clean_errors):
    results = []
    base = set(clean_errors)
    for n, f in mutations():
        d = copy.deepcopy(data)
        f(d)
        errs = set(run_checks(d, deny, rsa, status_line))
        caught = bool(errs - base)
        results.append((MUT_NAMES[n], caught))
    return results
