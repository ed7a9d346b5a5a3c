"""Every check the build runs before writing, and the mutation tests."""
import copy
import json
import os
import re
import tomllib
import xml.etree.ElementTree as ET

import common258 as C
import dec258
import enc258
import everyday258 as E
import evasions258 as EV
import negatives258 as N
import positional258 as P
import prose258 as PR
import vendor258 as V

# Ideas the two READMEs name only in prose (avoided, set-aside and spare lists), made checkable.
HAND_LANGUAGES = {"pashto", "pus", "ewe", "tongan", "ton", "papiamento", "pap", "asturian", "ast", "romansh", "roh",
                  "serbian", "srp", "bosnian", "bos", "croatian", "hrv", "sorbian", "hsb", "dsb", "english", "eng"}
HAND_ENCODING_TOKENS = {
    "determinant", "determinants", "quadratic", "simultaneous", "linear", "equation", "equations", "collatz", "darts",
    "bowling", "fragrance", "josephus", "scrabble", "inversion", "inversions", "taxicab", "carryless", "gf2", "shortest",
    "route", "routes", "nominal", "burn", "shoelace", "lattice", "hexagon", "axial", "progression", "magic", "spanning",
    "rugby", "bob", "royal", "pitch", "hertz", "elliptic", "walsh", "hadamard", "reed", "solomon", "acrostic", "prufer",
    "berggren", "pythagorean", "automaton", "rc4", "midi", "restricted", "growth", "horner", "rolling", "pendulum",
    "syscall", "wythoff", "mu", "lwe", "hanoi", "base64", "base32", "base58", "morse", "braille", "spelling", "nato",
    "roman", "numeral", "numerals", "xor", "cipher", "caesar", "vigenere", "rot13", "atbash", "semaphore", "barcode",
    "qr", "dice", "cards", "chess", "hexagram", "colour", "color", "clock", "calendar", "zeckendorf", "gray", "bcd",
    "factoradic", "elias", "hamming", "leetspeak", "emoji", "keycap", "unicode", "html", "homoglyph", "chaff",
    "steganography", "ulam", "cantor", "morton", "prime", "primes", "triangular", "residue", "residues", "delta",
    "continued", "gcd", "combinadic", "combinadics", "reciprocal", "reciprocals", "midpoint", "midpoints", "egyptian",
    "farey", "stern", "brocot", "errno", "opcode", "opcodes", "haar", "wavelet", "chacha20", "bingo", "chronogram",
    "fsk", "dtmf", "keyboard", "t9", "dna", "codon", "tarot", "constellation", "fahrenheit", "servo", "dmx", "ieee",
    "shamir", "dyck", "calkin", "wilf", "dominoes", "poker", "look", "say", "rank", "ranks", "permutation",
}
HAND_TOOL_TOKENS = {
    "sevenzip", "rar", "openssl", "keygen", "ipmitool", "xfreerdp", "wpa", "sqlcmd", "isql", "unixodbc", "azure",
    "signtool", "keychain", "bitwarden", "minio", "ffmpeg", "winrs", "winscp", "lynx", "mkstore", "mongodump",
    "openshift", "platformio", "nextcloudcmd", "sendxmpp", "ntfy", "emqx", "doveadm", "sudo", "kinit", "zfs",
    "cryptsetup", "veracrypt", "keyctl", "argon2", "imaplib", "mysqldb", "requests", "exchangelib", "pypdf",
    "msoffcrypto", "hashlib", "pbkdf2", "jenkins", "odoo", "mongoose", "scryptsync", "express", "keystore",
    "mongocredential", "smbj", "sshnet", "x509certificate2", "mailkit", "gomail", "lettre", "rubyzip", "mysqli",
    "pkcs12", "luasql", "slick", "groovy", "rodbc", "libreoffice", "sqlcipher", "qsqldatabase", "tadoconnection",
    "jdbc", "screen", "tmux", "applescript", "autohotkey", "cliclick", "robocorp", "uipath", "sikulix", "espresso",
    "xcuitest", "testcafe", "pynput", "robotjs", "maestro", "wshshell", "sendkeys", "uft", "ranorex", "openvpn",
    "vsftpd", "proxychains", "threeproxy", "crontab", "mysqldump", "cisco", "snmp", "motion", "pgcrypto", "redis",
    "clickhouse", "mysqlsh", "rds", "couchdb", "cwjap", "irc", "shoutcast", "teamspeak", "zip", "ilorest", "vmrun",
    "swaks", "megacmd", "poetry", "nuget", "radclient", "freeradius", "bacnet", "obs", "bitsadmin", "ncat", "vsql",
    "kadmin", "chef", "keepassxc", "gocryptfs", "pdbedit", "samba", "ansible", "pg8000", "pysnmp", "zipfile", "ntlm",
    "napalm", "jaydebeapi", "cryptojs", "zip4j", "pdfbox", "sevenzipsharp", "swbemlocator", "nats", "pop3",
    "traditionaldecrypter", "traditionalencrypter", "ibase", "amqpstreamconnection", "memcached", "softap", "libzip",
    "taiko", "serenity", "uia", "valuepattern", "sahi", "vue", "ppp", "strongswan", "ipsec", "sendmail", "authinfo",
    "ntpd", "jetty", "nagios", "hostapd", "mssql", "db2", "derby", "arangodb", "beeline", "resp", "ublox", "umqtt",
    "sierra", "kcnxcfg", "luci", "openwrt", "freeswitch", "esl", "git", "pip", "tor", "xdotool", "wtype", "hammerspoon",
    "lpass", "op", "clevis", "fscrypt", "cifscreds", "httpie", "mosquitto", "influx", "twine", "restic", "cvs", "amqplib",
    "squid", "check", "smbclient", "plink", "cmdkey", "pdftk", "tableau", "cqlsh", "prosodyctl", "ejabberdctl", "jedis",
    "phpredis", "okhttp", "chrony",
}

RECORD_FIELDS = {
    "secrets": ["id", "type", "container", "text", "secrets", "source"],
    "evasions": ["id", "type", "container", "encoding", "text", "secrets", "source"],
    "negatives": ["id", "class", "container", "text", "source"],
}
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]


def _json_after_cmd(text):
    lines = text.split("\n")
    return json.loads("\n".join(lines[1:]))


def _parse(kind, text):
    if kind == "json":
        json.loads(text)
    elif kind == "json_after_cmd":
        _json_after_cmd(text)
    elif kind == "jsonl":
        for ln in text.strip().split("\n"):
            json.loads(ln)
    elif kind == "toml":
        tomllib.loads(text)
    elif kind == "xml":
        ET.fromstring(text)


VENDOR_PARSE = {"ops_terraform_state_resource_json": "json", "dev_httpie_session_json": "json",
                "office_onepassword_1pux_item_json": "json", "ci_azure_devops_variable_group_json": "json_after_cmd"}


def name_checks(deny, data, errors, used_names):
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])

    def chk(n, what):
        n = n.lower()
        parts = [n] + [p for p in n.split("__") if p]
        for p in parts:
            if p in names:
                errors.append(f"deny-listed {what}: {p}")

    for n, what in used_names:
        chk(n, what)
    for r in data["secrets"] + data["evasions"]:
        chk(r["container"], "container")
        chk(r["type"], "span type")
    for r in data["evasions"]:
        chk(r["encoding"], "encoding")
        for tok in r["encoding"].split("_"):
            if tok in HAND_ENCODING_TOKENS:
                errors.append(f"encoding {r['encoding']} uses hand-listed idea token {tok}")
    for r in data["negatives"]:
        chk(r["class"], "negative class")
        chk(r["container"], "negative container")
    for r in data["secrets"]:
        if r["source"] == "password":
            syn = r["type"][len(P.PFX):]
            if syn in syntaxes or syn in names:
                errors.append(f"earlier positional syntax: {syn}")
            for tok in syn.split("_"):
                if tok in HAND_TOOL_TOKENS:
                    errors.append(f"syntax {syn} uses hand-listed earlier tool token {tok}")
        if r["source"] == "prose":
            code = r["container"].split("__")[1]
            if code in codes or code in names or code in HAND_LANGUAGES:
                errors.append(f"deny-listed language code {code}")
            if code not in PR.LANGS:
                errors.append(f"unknown prose language {code}")
                continue
            lname = PR.LANGS[code][0].lower()
            for w in [lname] + lname.split():
                if w in lnames or w in HAND_LANGUAGES:
                    errors.append(f"deny-listed language name {w}")
    for code, nm in PR.SPARES.items():
        if code in codes or code in HAND_LANGUAGES or nm.lower() in lnames or nm.lower() in HAND_LANGUAGES:
            errors.append(f"deny-listed spare language {code}")


def run_checks(data, deny, rsa_key, used_names):
    errors = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    # ids and field sets
    for key, pfx in (("secrets", "s"), ("evasions", "e"), ("negatives", "n")):
        for i, r in enumerate(data[key], 1):
            if r.get("id") != f"{C.PREFIX}-{pfx}-{i:04d}":
                errors.append(f"id out of sequence at {key}[{i}]: {r.get('id')}")
            if list(r.keys()) != RECORD_FIELDS[key]:
                errors.append(f"field set {r.get('id')}: {list(r.keys())}")
            if C.MARK in r["text"]:
                errors.append(f"marker left in {r['id']}")
    # spans
    for r in sec + eva:
        sp = r["secrets"]
        if len(sp) != 1:
            errors.append(f"{r['id']} has {len(sp)} spans")
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errors.append(f"span fields {r['id']}")
        if r["text"][s["start"]:s["end"]] != s["value"]:
            errors.append(f"offset mismatch {r['id']}")
        if s["type"] != r["type"]:
            errors.append(f"span type != type {r['id']}")
        if r["text"].count(s["value"]) != 1:
            errors.append(f"value not exactly once {r['id']}")
        if s["value"] != s["value"].strip():
            errors.append(f"outer whitespace {r['id']}")
    for r in sec:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errors.append(f"bad source {r['id']}")
    for r in eva:
        if r["source"] != "evasion" or r["secrets"][0].get("encoding") != r["encoding"]:
            errors.append(f"evasion source/encoding {r['id']}")
    for r in neg:
        if r["source"] != "negative":
            errors.append(f"negative source {r['id']}")
    # counts
    by = {k: [r for r in sec if r["source"] == k] for k in ("everyday", "vendor", "password", "prose")}
    if len(by["everyday"]) != 180:
        errors.append(f"everyday count {len(by['everyday'])}")
    kinds = {}
    for r in by["everyday"]:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errors.append("everyday kinds are not 45 x 4 distinct types")
    tcount = {}
    for r in by["everyday"]:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errors.append(f"everyday type counts {tcount}")
    vtypes = [r["type"] for r in by["vendor"]]
    if not (110 <= len(set(vtypes)) <= 130) or len(vtypes) != len(set(vtypes)):
        errors.append(f"vendor types {len(vtypes)}")
    for r in by["vendor"]:
        t, st = r["container"].split("__")
        if t != r["type"] or st not in V.STYLES:
            errors.append(f"vendor container {r['id']}")
    ptypes = [r["type"] for r in by["password"]]
    if not (100 <= len(set(ptypes)) <= 120) or len(ptypes) != len(set(ptypes)):
        errors.append(f"positional syntaxes {len(ptypes)}")
    langs = [r["container"].split("__")[1] for r in by["prose"]]
    if len(by["prose"]) != 40 or len(set(langs)) != 40:
        errors.append("prose is not 40 records in 40 languages")
    if not (440 <= len(sec) <= 470):
        errors.append(f"positives total {len(sec)}")
    if len(eva) != 66:
        errors.append(f"evasions {len(eva)}")
    encs = {}
    for r in eva:
        encs.setdefault(r["encoding"], []).append((r["type"], r["container"].split("__")[1]))
    if len(encs) != 22 or any(len({a for a, _ in v}) != 3 or len({b for _, b in v}) != 3 for v in encs.values()):
        errors.append("evasions are not 22 encodings x 3 types x 3 wordings")
    ccount = {}
    for r in neg:
        ccount[r["class"]] = ccount.get(r["class"], 0) + 1
    if len(neg) < 200 or len(ccount) < 20 or min(ccount.values()) < 10:
        errors.append(f"negatives {len(neg)} in {len(ccount)} classes")
    if len({r["text"] for r in neg}) != len(neg):
        errors.append("repeated negative text")
    tsets = [set(r["type"] for r in by[k]) for k in by] + [set(r["type"] for r in eva)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errors.append("span types shared between sources")
    # shapes
    for r in by["everyday"]:
        if not E.value_ok(r["type"], r["secrets"][0]["value"], rsa_key):
            errors.append(f"everyday shape {r['id']} {r['type']}")
    for r in by["vendor"]:
        sp = V.spec_of(r["type"])
        if sp is None or not sp[2].ok(r["secrets"][0]["value"]):
            errors.append(f"vendor shape {r['id']} {r['type']}")
    for r in by["password"] + by["prose"]:
        v = r["secrets"][0]["value"]
        if not C.PW_STRICT_RE.match(v):
            errors.append(f"strict password form {r['id']}")
    for r in by["password"]:
        if P.HINT_RE.search(r["text"]):
            errors.append(f"hint word in positional text {r['id']}")
    for r in by["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errors.append(f"prose value not set off by whitespace {r['id']}")
    for r in eva:
        s = r["secrets"][0]
        if not EV.plain_ok(r["type"], s["plain"]):
            errors.append(f"evasion plain shape {r['id']}")
        lines = r["text"].split("\n")
        if len(lines) != 3 or not lines[0].endswith(":") or lines[1] != s["value"] or not lines[2].strip():
            errors.append(f"evasion layout {r['id']}")
        enc, wording = r["container"].split("__")
        if enc != r["encoding"] or wording not in EV.WORDINGS or enc not in enc258.RULES:
            errors.append(f"evasion container {r['id']}")
        if enc258.RULES.get(enc, "\0") not in lines[0]:
            errors.append(f"evasion rule text missing {r['id']}")
        try:
            if dec258.decode(r["encoding"], s["value"]) != s["plain"]:
                errors.append(f"evasion does not decode {r['id']}")
        except Exception as ex:
            errors.append(f"evasion decode error {r['id']}: {ex}")
        if s["plain"] in s["value"]:
            errors.append(f"run contains plain {r['id']}")
    # container syntax
    for r in by["everyday"]:
        if r["container"] not in E.KINDS:
            errors.append(f"unknown everyday container {r['id']}")
            continue
        kind = E.KINDS[r["container"]][4]
        if kind:
            try:
                _parse(kind, r["text"])
            except Exception as ex:
                errors.append(f"container does not parse {r['id']} ({kind}): {ex}")
    for r in by["vendor"]:
        kind = VENDOR_PARSE.get(r["container"].split("__")[1])
        if kind:
            try:
                _parse(kind, r["text"])
            except Exception as ex:
                errors.append(f"vendor container does not parse {r['id']}: {ex}")
    # reuse
    vals = [r["secrets"][0]["value"] for r in sec + eva]
    if len(vals) != len(set(vals)):
        errors.append("a value is reused")
    plains = [r["secrets"][0]["plain"] for r in eva]
    alltexts = [(r["id"], r["text"]) for r in sec + eva + neg]
    for r in sec + eva:
        v = r["secrets"][0]["value"]
        for rid, t in alltexts:
            if rid != r["id"] and v in t:
                errors.append(f"value of {r['id']} appears in {rid}")
    for p in plains:
        for rid, t in alltexts:
            if p in t:
                errors.append(f"evasion plain appears in {rid}")
    for r in neg:
        if not N.negative_clean(r["text"], [], []):
            errors.append(f"negative not clean {r['id']}")
    # uuids and jwts everywhere
    for rid, t in alltexts:
        for u in C.UUID_RE.findall(t):
            if not C.is_uuid_v4(u):
                errors.append(f"non-v4 UUID in {rid}")
        for j in C.JWT_RE.findall(t):
            if not C.jwt_frame_ok(j):
                errors.append(f"invalid JWT in {rid}")
    name_checks(deny, data, errors, used_names)
    return errors


# --------------------------------------------------------------------------- mutation tests
def _first(data, src):
    for i, r in enumerate(data["secrets"]):
        if r["source"] == src:
            return i
    raise KeyError(src)


def _first_type(data, t):
    for i, r in enumerate(data["secrets"]):
        if r["type"] == t:
            return i
    raise KeyError(t)


def _set_value(r, newv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + newv + r["text"][s["end"]:]
    s["value"] = newv
    s["end"] = s["start"] + len(newv)


def _flip_last(v, alphabet="0123456789abcdef"):
    ch = v[-1]
    return v[:-1] + [c for c in alphabet if c != ch][0]


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][_first_type(d, "rig_telemetry_xxhash32_key")]
        _set_value(r, _flip_last(r["secrets"][0]["value"]))

    def m03(d):
        i = _first_type(d, "pump_portal_siphash_token")
        r = d["secrets"][i]
        _set_value(r, _flip_last(r["secrets"][0]["value"]))

    def m04(d):
        r = d["secrets"][_first_type(d, "survey_suite_isbn10_licence_key")]
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m05(d):
        r = d["secrets"][_first_type(d, "field_app_ps256_jwt")]
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-6] + ("AAAAAA" if not v.endswith("AAAAAA") else "BBBBBB"))

    def m06(d):
        r = d["secrets"][_first_type(d, "booking_laravel_app_key")]
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-4] + "AA==")

    def m07(d):
        d["secrets"][5]["text"] += "\n" + d["secrets"][0]["secrets"][0]["value"]

    def m08(d):
        d["negatives"][3]["text"] += " " + d["secrets"][10]["secrets"][0]["value"]

    def m09(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m10(d):
        r = d["secrets"][0]
        r["container"] = "ops_zsh_extended_history"

    def m11(d):
        d["negatives"][0]["class"] = "gcms_peak_tables_genuine"

    def m12(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "collatz_stopping_seeds"
            r["secrets"][0]["encoding"] = "collatz_stopping_seeds"

    def m13(d):
        d["negatives"] = d["negatives"][:195]

    def m14(d):
        d["negatives"][1]["text"] += "\nkey: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"

    def m15(d):
        d["negatives"][2]["text"] += "\nid 123e4567-e89b-12d3-a456-426614174000"

    def m16(d):
        r = d["secrets"][1]
        r["secrets"].append(dict(r["secrets"][0]))

    def m17(d):
        i = _first(d, "password")
        r = d["secrets"][i]
        r["type"] = P.PFX + "scpw_sevenzip_a_glued_lower_p_switch"[5:]
        r["secrets"][0]["type"] = r["type"]

    def m18(d):
        d["secrets"][7]["id"] = d["secrets"][8]["id"]

    def m19(d):
        r = d["secrets"][_first(d, "vendor")]
        _set_value(r, r["secrets"][0]["value"] + "!")

    def m20(d):
        d["negatives"][4]["text"] += "\nfallback login: Gravelpack-4471"

    def m21(d):
        i = _first(d, "password")
        d["secrets"][i]["text"] = "# stored password below\n" + d["secrets"][i]["text"]
        d["secrets"][i]["secrets"][0]["start"] += 24
        d["secrets"][i]["secrets"][0]["end"] += 24

    def m22(d):
        r = d["evasions"][1]
        s = r["secrets"][0]
        r["text"] = r["text"].replace(":\n", ": ", 1)
        s["start"] -= 0

    def m23(d):
        i = _first(d, "prose")
        r = d["secrets"][i]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "X" + r["text"][s["start"]:]

    def m24(d):
        for r in d["secrets"]:
            if r["container"] == "field_app_flutter_dart_defines_json":
                r["text"] = r["text"].replace("{", "", 1)
                s = r["secrets"][0]
                s["start"] -= 1
                s["end"] -= 1
                break

    def m25(d):
        i = _first(d, "prose")
        r = d["secrets"][i]
        r["container"] = r["container"].split("__")[0] + "__hun"

    def m26(d):
        d["evasions"][2]["text"] += "\n" + d["evasions"][2]["secrets"][0]["plain"]

    def m27(d):
        r = d["secrets"][_first_type(d, "spares_shop_rails_secret_key_base")]
        _set_value(r, r["secrets"][0]["value"][:-1] + "G")

    def m28(d):
        r = d["evasions"][5]
        s = r["secrets"][0]
        newrun = s["value"] + " " + s["plain"]
        r["text"] = r["text"][:s["start"]] + newrun + r["text"][s["end"]:]
        s["value"] = newrun
        s["end"] = s["start"] + len(newrun)

    return [("m01_shifted_span_start", m01), ("m02_xxhash32_tail_broken", m02), ("m03_siphash_tail_broken", m03),
            ("m04_isbn10_check_wrong", m04), ("m05_ps256_signature_broken", m05), ("m06_laravel_key_not_32_bytes", m06),
            ("m07_value_reused_in_other_text", m07), ("m08_positive_value_in_negative", m08),
            ("m09_evasion_plain_corrupted", m09), ("m10_deny_listed_container", m10), ("m11_deny_listed_negative_class", m11),
            ("m12_deny_listed_encoding", m12), ("m13_negatives_below_200", m13), ("m14_invalid_jwt_in_negative", m14),
            ("m15_non_v4_uuid_in_negative", m15), ("m16_two_spans", m16), ("m17_earlier_syntax_name", m17),
            ("m18_id_out_of_sequence", m18), ("m19_vendor_shape_broken", m19), ("m20_password_form_in_negative", m20),
            ("m21_hint_word_in_positional_text", m21), ("m22_evasion_layout_broken", m22),
            ("m23_prose_value_not_set_off", m23), ("m24_json_container_broken", m24),
            ("m25_deny_listed_prose_language", m25), ("m26_plain_leaked_into_text", m26),
            ("m27_rails_key_alien_character", m27), ("m28_run_contains_plain", m28)]


def run_mutations(data, deny, rsa_key, used_names, base_errors):
    results = []
    base = set(base_errors)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        fn(d)
        errs = run_checks(d, deny, rsa_key, used_names)
        caught = bool(set(errs) - base)
        results.append((name, caught))
    return results
