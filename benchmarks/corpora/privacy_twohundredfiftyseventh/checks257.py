"""Every check the build runs before writing, and the mutation tests."""

import base64
import copy
import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import common257 as c
import dec257
import enc257
import everyday257 as ev
import evasions257 as es
import negatives257 as ng
import positional257 as po
import prose257 as pr
import vendor257 as ve

P = c.PREFIX
SEC_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SEC_SPAN = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
MARKERS = ["\ue000", "\ue001"]
HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![a-z0-9])pw(?![a-z0-9])")


# ------------------------------------------------------------------ value shapes
def everyday_shape_errors(t, v, ps256_pub):
    if t in ev.PASSWORD_TYPES:
        return [] if c.PW_LOOSE_RE.match(v) else ["password form"]
    if t == "kiln_cloud_damm_pairing_code":
        m = re.fullmatch(r"kpc_(\d{4})-(\d{4})-(\d{4})-(\d{4})-(\d{4})", v)
        if not m:
            return ["kpc layout"]
        return [] if c.damm_valid("".join(m.groups())) else ["Damm check digit"]
    if t == "pipe_scale_sync_fnv_token":
        m = re.fullmatch(r"pss_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
        if not m:
            return ["pss layout"]
        return [] if int(m.group(2), 16) == c.fnv1a32(m.group(1).encode()) else ["FNV-1a tail"]
    if t == "tuning_rounds_ps256_jwt":
        if not c.jwt_frame_ok(v):
            return ["JWT frame"]
        h, p, s = v.split(".")
        hdr, pl = json.loads(c.b64u_dec(h)), json.loads(c.b64u_dec(p))
        errs = []
        if hdr.get("alg") != "PS256" or set(hdr) != {"alg", "typ", "kid"}:
            errs.append("PS256 header")
        if set(pl) != {"iss", "sub", "aud", "scope", "iat", "exp", "jti"} or not c.uuid_is_v4(pl["jti"]):
            errs.append("PS256 claims")
        n, e = ps256_pub
        if not c.pss_verify(n, e, (h + "." + p).encode(), c.b64u_dec(s)):
            errs.append("PS256 signature")
        return errs
    if t == "studio_shop_laravel_app_key":
        if not v.startswith("base64:"):
            return ["laravel prefix"]
        try:
            raw = base64.b64decode(v[7:], validate=True)
        except Exception:
            return ["laravel base64"]
        return [] if len(raw) == 32 and c.b64s(raw) == v[7:] else ["laravel key length"]
    if t == "site_tunnel_wireguard_private_key":
        try:
            raw = base64.b64decode(v, validate=True)
        except Exception:
            return ["wireguard base64"]
        if len(raw) != 32:
            return ["wireguard length"]
        return [] if (raw[0] & 7) == 0 and (raw[31] & 0x80) == 0 and (raw[31] & 0x40) else ["wireguard clamping"]
    if t == "survey_app_totp_seed":
        if not re.fullmatch(r"[A-Z2-7]{32}", v):
            return ["totp alphabet"]
        return [] if len(base64.b32decode(v)) == 20 else ["totp length"]
    return ["unknown everyday type"]


def container_syntax_errors(rec):
    """parse the containers whose syntax the standard library can check"""
    kind = rec["container"]
    text = rec["text"]

    def strip_comment(t):
        lines = t.split("\n")
        while lines and lines[0].startswith("//"):
            lines = lines[1:]
        return "\n".join(lines)
    try:
        if kind in ("quotes_aspnet_appsettings_json", "survey_app_expo_app_json", "studio_slack_export_messages_json",
                    "survey_app_dart_define_json", "blower_room_node_red_subflow_env", "ops_chef_data_bag_item"):
            json.loads(strip_comment(text))
        elif kind in ("catalogue_hugo_params_toml", "blower_watch_cargo_config_env"):
            tomllib.loads(text)
        elif kind in ("survey_app_info_plist", "quotes_aspnet_web_config_xml", "survey_app_xcscheme_environment"):
            ET.fromstring(text)
        elif kind == "studio_google_sheets_export_csv":
            rows = list(csv.reader(io.StringIO(text)))
            assert len(rows) == 2 and len(rows[0]) == len(rows[1]) == 4
        elif kind.endswith("__dev_postman_environment_export") or kind.endswith("__dev_jetbrains_http_private_env_json") \
                or kind.endswith("__iot_node_red_flows_cred_decrypted"):
            json.loads(strip_comment(text))
        elif kind.endswith("__office_keepassxc_csv_export"):
            rows = list(csv.reader(io.StringIO(text)))
            assert len(rows) == 2 and len(rows[0]) == len(rows[1]) == 10
        elif kind.endswith("__office_lastpass_csv_export"):
            rows = list(csv.reader(io.StringIO(text)))
            assert len(rows) == 2 and len(rows[0]) == len(rows[1]) == 8
        elif kind.startswith("selenium_ide_side_type_command__"):
            json.loads(text)
        elif kind.startswith("kodi_sources_xml_smb_userinfo__"):
            ET.fromstring(text)
        else:
            return []
    except Exception as ex:
        return ["container syntax (%s): %s" % (kind, ex)]
    return []


# ------------------------------------------------------------------ deny-list
def deny_errors(data, deny):
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    hand = set(c.HAND_LANGUAGES)
    errs = []

    def chk(n, what):
        n = n.lower()
        for part in [n] + n.split("__"):
            if part and part in names:
                errs.append("deny-listed %s: %s" % (what, part))

    for r in data["secrets"]:
        chk(r["container"], "container")
        chk(r["type"], "span type")
    for r in data["evasions"]:
        chk(r["container"], "evasion container")
        chk(r["type"], "evasion type")
        chk(r["encoding"], "encoding")
    for r in data["negatives"]:
        chk(r["container"], "negative container")
        chk(r["class"], "negative class")
    for k in ev.KIND_NAMES:
        chk(k, "everyday kind")
    for s in ve.STYLE_NAMES:
        chk(s, "vendor style")
    for t in [x["type"] for x in ve.T]:
        chk(t, "vendor type")
    for f in pr.FORMATS:
        chk(f, "prose format")
    for wname in es.WORDING_NAMES:
        chk(wname, "evasion wording")
    for wh in po.WHERE.values():
        chk(wh, "positional where")
    for cname, _, _, kinds in ng.CLASSES:
        chk(cname, "negative class")
        for kname, _ in kinds:
            chk(kname, "negative base kind")
    for wr in ng.WRAPPERS:
        if wr:
            chk(wr.strip("_"), "negative wrapper")
    for name, _, _, _ in po.SYN:
        if name in syntaxes or name in names or (po.PREFIX + name) in names:
            errs.append("earlier positional syntax: %s" % name)
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(po.PREFIX):]
            if s in syntaxes or s in names:
                errs.append("earlier positional syntax: %s" % s)
    for enc in set(r["encoding"] for r in data["evasions"]) | set(enc257.ENCODINGS):
        chk(enc, "encoding")
        for tok in enc.split("_"):
            if tok in c.HAND_ENCODING_TOKENS:
                errs.append("encoding %s uses an earlier encoding idea: %s" % (enc, tok))
    langs = [(code, name) for code, name, _, _ in pr.LANGS] + list(pr.SPARES)
    used_codes = set(r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose")
    lang_by_code = dict(langs)
    for code in used_codes:
        if code not in lang_by_code:
            errs.append("prose language without a name: %s" % code)
    for code, name in langs + [(x, lang_by_code.get(x, x)) for x in used_codes]:
        if code in codes or code in names or code in hand:
            errs.append("deny-listed language code: %s" % code)
        ln = name.lower()
        if ln in lnames or ln in hand or ln in names:
            errs.append("deny-listed language name: %s" % name)
        for wd in re.split(r"[\s,/-]+", ln):
            if wd in lnames or wd in hand:
                errs.append("deny-listed language word: %s (%s)" % (wd, name))
    return errs


# ------------------------------------------------------------------ main checks
def run(data, deny, ps256_pub):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    # ids and fields
    for recs, tag, fields in ((S, "s", SEC_FIELDS), (E, "e", EVA_FIELDS), (N, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (P, tag, i + 1):
                errs.append("id out of sequence at %s #%d: %s" % (tag, i + 1, r.get("id")))
            if list(r) != fields:
                errs.append("field set of %s: %s" % (r.get("id"), list(r)))
    for r in S + E:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s must have exactly one span" % r["id"])
            continue
        s = sp[0]
        want = SEC_SPAN if r in S else EVA_SPAN
        if list(s) != want:
            errs.append("span fields of %s: %s" % (r["id"], list(s)))
            continue
        t = r["text"]
        if t[s["start"]:s["end"]] != s["value"]:
            errs.append("offsets of %s do not give the value" % r["id"])
        if s["type"] != r["type"]:
            errs.append("span type of %s differs from record type" % r["id"])
        if t.count(s["value"]) != 1:
            errs.append("value of %s occurs %d times in its text" % (r["id"], t.count(s["value"])))
        if s["value"] != s["value"].strip() or not s["value"]:
            errs.append("value of %s has outer whitespace" % r["id"])
        if r in E and (s["encoding"] != r["encoding"]):
            errs.append("span encoding of %s" % r["id"])
    for r in S + E + N:
        if any(m in r["text"] for m in MARKERS):
            errs.append("placement marker left in %s" % r["id"])
    for r in S:
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("source of %s" % r["id"])
    for r in E:
        if r["source"] != "evasion":
            errs.append("source of %s" % r["id"])
    for r in N:
        if r["source"] != "negative":
            errs.append("source of %s" % r["id"])
    # counts
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    evd, ven, pos, pro = (by.get(k, []) for k in ("everyday", "vendor", "password", "prose"))
    if len(evd) != 180:
        errs.append("everyday count %d != 180" % len(evd))
    kinds = {}
    for r in evd:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds must be 45 x 4 different types")
    tcount = {}
    for r in evd:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or set(tcount.values()) != {15}:
        errs.append("everyday types must be 12 x 15: %s" % tcount)
    vt = [r["type"] for r in ven]
    if not (110 <= len(set(vt)) <= 130) or len(vt) != len(set(vt)):
        errs.append("vendor types: %d records, %d distinct" % (len(vt), len(set(vt))))
    for r in ven:
        if not r["container"].startswith(r["type"] + "__") or r["container"].split("__", 1)[1] not in ve.STYLE_NAMES:
            errs.append("vendor container of %s" % r["id"])
    pt = [r["type"] for r in pos]
    if not (100 <= len(set(pt)) <= 120) or len(pt) != len(set(pt)):
        errs.append("positional syntaxes: %d records, %d distinct" % (len(pt), len(set(pt))))
    pl = [r["container"].split("__")[1] for r in pro]
    if len(pro) != 40 or len(set(pl)) != 40:
        errs.append("prose must be 40 records in 40 languages")
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d outside 440-470" % len(S))
    srcsets = [set(r["type"] for r in g) for g in (evd, ven, pos, pro, E)]
    for i in range(len(srcsets)):
        for j in range(i + 1, len(srcsets)):
            if srcsets[i] & srcsets[j]:
                errs.append("span types shared between sources: %s" % (srcsets[i] & srcsets[j]))
    if len(E) != 66:
        errs.append("evasions %d != 66" % len(E))
    combos = set((r["encoding"], r["type"]) for r in E)
    if len(combos) != 66 or len(set(r["encoding"] for r in E)) != 22:
        errs.append("evasions must be 22 encodings x 3 types")
    for enc in set(r["encoding"] for r in E):
        wds = [r["container"].split("__")[1] for r in E if r["encoding"] == enc]
        if sorted(wds) != sorted(es.WORDING_NAMES):
            errs.append("encoding %s must use each wording once" % enc)
    for r in E:
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[1]):
            errs.append("evasion container of %s" % r["id"])
    ncls = {}
    for r in N:
        ncls[r["class"]] = ncls.get(r["class"], 0) + 1
    if len(N) < 200 or len(ncls) < 20 or min(ncls.values() or [0]) < 10:
        errs.append("negatives: %d in %d classes (min %s)" % (len(N), len(ncls), min(ncls.values() or [0])))
    if len(set(r["text"] for r in N)) != len(N):
        errs.append("repeated negative text")
    # shapes
    for r in evd:
        v = r["secrets"][0]["value"]
        for e in everyday_shape_errors(r["type"], v, ps256_pub):
            errs.append("everyday shape of %s (%s): %s" % (r["id"], r["type"], e))
    for r in ven:
        t = ve.TYPE_INDEX.get(r["type"])
        if t is None:
            errs.append("unknown vendor type %s" % r["type"])
            continue
        if not ve.spec_valid(t["spec"], r["secrets"][0]["value"]):
            errs.append("vendor shape of %s (%s)" % (r["id"], r["type"]))
    for r in pos + pro:
        if not c.PW_STRICT_RE.match(r["secrets"][0]["value"]):
            errs.append("strict password form of %s" % r["id"])
    for r in pos:
        if HINT_RE.search(r["text"]):
            errs.append("hint word in positional text %s" % r["id"])
    for r in pro:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("prose value not set off by whitespace in %s" % r["id"])
    for r in S:
        errs.extend(container_syntax_errors(r))
    # evasions
    for r in E:
        s = r["secrets"][0]
        if not re.match(es.PLAIN_RE[r["type"]], s["plain"]):
            errs.append("evasion plain shape of %s" % r["id"])
        if s["plain"] in s["value"]:
            errs.append("run contains its plain in %s" % r["id"])
        try:
            if dec257.decode(r["encoding"], s["value"]) != s["plain"]:
                errs.append("evasion %s does not decode to its plain" % r["id"])
        except Exception as ex:
            errs.append("evasion %s does not decode: %s" % (r["id"], ex))
        t = r["text"]
        head, sep, rest = t.partition(":\n")
        if not sep or not rest.startswith(s["value"] + "\n") or s["start"] != len(head) + 2:
            errs.append("evasion layout of %s" % r["id"])
        else:
            remark = rest[len(s["value"]) + 1:]
            if not remark.strip() or "\n" in remark.strip():
                errs.append("evasion remark of %s" % r["id"])
            if r["encoding"] not in enc257.RULES or enc257.RULES[r["encoding"]] not in head:
                errs.append("evasion rule text missing in %s" % r["id"])
    # reuse and cleanliness
    alltexts = [r["text"] for r in S + E + N]
    big = "\u0001".join(alltexts)
    for r in S + E:
        v = r["secrets"][0]["value"]
        if big.count(v) != 1:
            errs.append("value of %s occurs %d times across all texts" % (r["id"], big.count(v)))
    for r in E:
        p = r["secrets"][0]["plain"]
        if p in big:
            errs.append("evasion plain of %s appears in a text" % r["id"])
    vals = [r["secrets"][0]["value"] for r in S + E] + [r["secrets"][0]["plain"] for r in E]
    if len(vals) != len(set(vals)):
        errs.append("a value is reused")
    for r in N:
        errs.extend("negative %s: %s" % (r["id"], x) for x in negative_reasons(r["text"], vals))
    for r in S + E + N:
        for u in c.UUID_RE.findall(r["text"]):
            if not c.uuid_is_v4(u):
                errs.append("non-v4 UUID in %s: %s" % (r["id"], u))
        for j in c.JWT_RE.findall(r["text"]):
            if not c.jwt_frame_ok(j):
                errs.append("invalid JWT-shaped string in %s" % r["id"])
    errs.extend(negative_class_checks(N))
    errs.extend(deny_errors(data, deny))
    return errs


def negative_reasons(text, vals):
    out = []
    if c.PW_FORM_IN_TEXT.search(text):
        out.append("password form %r" % c.PW_FORM_IN_TEXT.search(text).group(0))
    if c.JWT_RE.search(text):
        out.append("JWT-shaped string")
    for u in c.UUID_RE.findall(text):
        if not c.uuid_is_v4(u):
            out.append("non-v4 UUID")
    for v in vals:
        if v in text:
            out.append("contains a positive value or plain")
            break
    return out


def negative_class_checks(N):
    errs = []
    for r in N:
        t = r["text"]
        if r["class"] == "glass_supplier_gtin_labels":
            nums = re.findall(r"(?:GTIN|GLN|\(00\)) (\d{13,18})", t)
            if not nums or any(c.gs1_check(n[:-1]) != n[-1] for n in nums):
                errs.append("GS1 check digits in %s" % r["id"])
        if r["class"] == "conservation_library_isbn_list":
            for s in re.findall(r"ISBN:? ([0-9X-]{13,17})", t):
                d = s.replace("-", "")
                ok = (len(d) == 13 and c.gs1_check(d[:-1]) == d[-1]) or (len(d) == 10 and c.isbn10_check(d[:-1]) == d[-1])
                if not ok:
                    errs.append("ISBN check in %s" % r["id"])
        if r["class"] == "organ_fund_iban_remittances":
            ibans = re.findall(r"\b((?:GB|DE|NL)\d{2}(?: ?[A-Z0-9]){12,30})", t)
            if not ibans or any(not c.iban_valid(i) for i in ibans):
                errs.append("IBAN check in %s" % r["id"])
        if r["class"] == "own_layout_bad_check_fixtures":
            for m in re.findall(r"kpc_(\d{4})-(\d{4})-(\d{4})-(\d{4})-(\d{4})", t):
                if c.damm_valid("".join(m)):
                    errs.append("fixture kpc_ has a valid Damm digit in %s" % r["id"])
            for body, h in re.findall(r"pss_([A-Za-z0-9]{32})_([0-9a-f]{8})", t):
                if int(h, 16) == c.fnv1a32(body.encode()):
                    errs.append("fixture pss_ has a valid FNV tail in %s" % r["id"])
        if r["class"] == "public_labels_same_damm_and_fnv":
            for d in re.findall(r"KSN-(\d{12})", t):
                if not c.damm_valid(d):
                    errs.append("public KSN label Damm digit in %s" % r["id"])
            for body, h in re.findall(r"crt_([A-Za-z0-9]{12})_([0-9a-f]{8})", t):
                if int(h, 16) != c.fnv1a32(body.encode()):
                    errs.append("public crate label FNV tail in %s" % r["id"])
        if r["class"] == "wireguard_and_ssh_ed25519_public_keys":
            for b in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                blob = base64.b64decode(b)
                if blob[:19] != b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" or not c.ed25519_on_curve(blob[19:]):
                    errs.append("ssh-ed25519 key not on the curve in %s" % r["id"])
            for k in re.findall(r"PublicKey = ([A-Za-z0-9+/=]+)", t):
                if len(base64.b64decode(k)) != 32:
                    errs.append("WireGuard public key length in %s" % r["id"])
    return errs


# ------------------------------------------------------------------ mutation tests
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def _everyday(data, t):
    return next(r for r in data["secrets"] if r["type"] == t)


def _set_value(r, nv):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv
    s["end"] = s["start"] + len(nv)


def m01(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02(d):
    r = d["secrets"][5]
    r["text"] = r["text"].replace(r["secrets"][0]["value"], "")


def m03(d):
    d["secrets"][7]["text"] += "\n" + d["secrets"][8]["secrets"][0]["value"]


def m04(d):
    d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]


def m05(d):
    d["evasions"][4]["secrets"][0]["plain"] += "x"


def m06(d):
    d["secrets"][10]["container"] = "ops_zsh_extended_history"


def m07(d):
    d["negatives"][0]["class"] = "van_vin_fleet_register"


def m08(d):
    d["evasions"][0]["encoding"] = "chess960_scharnagl_back_ranks"
    d["evasions"][0]["secrets"][0]["encoding"] = "chess960_scharnagl_back_ranks"


def m09(d):
    del d["negatives"][150:]


def m10(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__kor"


def m11(d):
    r = _everyday(d, "kiln_cloud_damm_pairing_code")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + str((int(v[-1]) + 1) % 10))


def m12(d):
    r = _everyday(d, "pipe_scale_sync_fnv_token")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def m13(d):
    r = _everyday(d, "tuning_rounds_ps256_jwt")
    v = r["secrets"][0]["value"]
    h, p, s = v.split(".")
    sig = bytearray(c.b64u_dec(s))
    sig[-1] ^= 1
    _set_value(r, h + "." + p + "." + c.b64u(bytes(sig)))


def m14(d):
    d["negatives"][5]["text"] += " job 3f2504e0-4f89-11d3-9a0c-0305e82c3301"


def m15(d):
    r = d["secrets"][2]
    r["secrets"].append(dict(r["secrets"][0]))


def m16(d):
    r = next(x for x in d["secrets"] if x["source"] == "password")
    r["type"] = po.PREFIX + "sevenzip_glued_lower_p_archive"
    r["secrets"][0]["type"] = r["type"]


def m17(d):
    d["negatives"][10]["id"] = "p257-n-9999"


def m18(d):
    r = next(x for x in d["secrets"] if x["type"] == "shopify_admin_api_access_token")
    _set_value(r, r["secrets"][0]["value"][:-1])


def m19(d):
    r = d["evasions"][7]
    s = r["secrets"][0]
    r["text"] += "\n(" + s["plain"] + ")"


def m20(d):
    r = next(x for x in d["secrets"] if x["source"] == "password")
    r["text"] += "\n# the password is above\n"


def m21(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"]:]


def m22(d):
    d["negatives"][12]["text"] += "\nold code was Diapason-2024 on the board"


def m23(d):
    r = _everyday(d, "studio_shop_laravel_app_key")
    _set_value(r, "base64:" + c.b64s(b"\x01" * 31))


def m24(d):
    r = _everyday(d, "site_tunnel_wireguard_private_key")
    raw = bytearray(base64.b64decode(r["secrets"][0]["value"]))
    raw[0] |= 7
    _set_value(r, c.b64s(bytes(raw)))


def m25(d):
    r = next(x for x in d["secrets"] if x["container"] == "quotes_aspnet_appsettings_json")
    r["text"] = r["text"].replace("\"AllowedHosts\"", "AllowedHosts")


def m26(d):
    d["negatives"][20]["text"] += "\n" + c.jwt_hs256({"alg": "HS256"}, {"a": 1}, b"k")[:-5]


def m27(d):
    r = next(x for x in d["negatives"] if x["class"] == "organ_fund_iban_remittances")
    m = re.search(r"GB(\d\d)", r["text"])
    bad = "%02d" % ((int(m.group(1)) + 1) % 100)
    r["text"] = r["text"][:m.start(1)] + bad + r["text"][m.end(1):]


MUTATIONS = [
    ("m01_shifted_span_start", m01), ("m02_value_removed_from_text", m02),
    ("m03_value_reused_in_other_text", m03), ("m04_positive_value_in_negative", m04),
    ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
    ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08),
    ("m09_negatives_below_200", m09), ("m10_deny_listed_prose_language", m10),
    ("m11_damm_digit_broken", m11), ("m12_fnv_tail_broken", m12), ("m13_ps256_signature_broken", m13),
    ("m14_non_v4_uuid_in_negative", m14), ("m15_two_spans", m15), ("m16_earlier_syntax_name", m16),
    ("m17_id_out_of_sequence", m17), ("m18_vendor_shape_broken", m18), ("m19_plain_leaked_into_text", m19),
    ("m20_hint_word_in_positional_text", m20), ("m21_prose_value_not_set_off", m21),
    ("m22_password_form_in_negative", m22), ("m23_laravel_key_31_bytes", m23),
    ("m24_wireguard_key_unclamped", m24), ("m25_json_container_broken", m25),
    ("m26_invalid_jwt_in_negative", m26), ("m27_iban_check_broken_in_negative", m27),
]


def mutation_tests(data, deny, ps256_pub, clean_errs):
    base = set(clean_errs)
    out = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        new = set(run(d, deny, ps256_pub)) - base
        out.append((name, bool(new)))
    return out
