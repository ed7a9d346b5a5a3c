"""All checks run before anything is written, plus mutation tests that must be caught."""
import base64
import copy
import json
import re
import struct

from common176 import PW_RE, UUID4_RE, PWPFX, SLOT, jwt_parts_ok, gh_token_ok, gs1_ok, denied
import dec176
import enc176
import everyday176
import evasions176
import negatives176
import positional176
import prose176
import vendor176

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EV_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EV_SPAN_FIELDS = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
JWT_TYPES = {"tuning_log_sync_jwt", "rentman_workspace_api_jwt", "mender_personal_access_token", "routific_api_token",
             "mailerlite_api_token"}
LANG = {code: name for code, name, _s, _t in prose176.LANGS}


def _b64d(s):
    return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)


def _b64ud(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_all(d, deny):
    errs = []
    E = errs.append
    names = set(deny["names"])
    syntaxes = set(deny["syntaxes"])
    lcodes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    pos = d["everyday"] + d["vendor"] + d["password"] + d["prose"]
    evs = d["evasions"]
    negs = d["negatives"]

    # ---- structure of positives
    for i, r in enumerate(pos):
        if set(r) != POS_FIELDS:
            E("fields %s" % r.get("id"))
            continue
        if r["id"] != "p176-s-%04d" % (i + 1):
            E("id sequence at %d: %s" % (i, r["id"]))
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            E("source %s" % r["id"])
        if len(r["secrets"]) != 1:
            E("span count %s" % r["id"])
            continue
        sp = r["secrets"][0]
        if set(sp) != SPAN_FIELDS:
            E("span fields %s" % r["id"])
            continue
        v = sp["value"]
        if not v or v != v.strip():
            E("empty / edge whitespace %s" % r["id"])
        if r["text"][sp["start"]:sp["end"]] != v:
            E("offsets %s" % r["id"])
        if sp["type"] != r["type"]:
            E("type mismatch %s" % r["id"])
        if r["text"].count(v) != 1:
            E("value not exactly once %s" % r["id"])
    # ---- structure of evasions
    per_enc = {}
    for i, r in enumerate(evs):
        if set(r) != EV_FIELDS or r["source"] != "evasion":
            E("evasion fields %s" % r.get("id"))
            continue
        if r["id"] != "p176-e-%04d" % (i + 1):
            E("evasion id %s" % r["id"])
        if len(r["secrets"]) != 1 or set(r["secrets"][0]) != EV_SPAN_FIELDS:
            E("evasion span %s" % r["id"])
            continue
        sp = r["secrets"][0]
        t, s, e, run = r["text"], sp["start"], sp["end"], sp["value"]
        per_enc[r["encoding"]] = per_enc.get(r["encoding"], 0) + 1
        if t[s:e] != run or not run or run != run.strip():
            E("evasion offsets %s" % r["id"])
        if sp["type"] != r["type"] or sp["encoding"] != r["encoding"]:
            E("evasion type/encoding mismatch %s" % r["id"])
        if t.count(run) != 1:
            E("evasion run not once %s" % r["id"])
        try:
            if dec176.decode(r["encoding"], run) != sp["plain"]:
                E("evasion does not decode %s" % r["id"])
        except Exception as ex:  # noqa
            E("evasion decode error %s: %s" % (r["id"], ex))
        if not PLAIN_RE.match(sp["plain"]) or sp["plain"] in run:
            E("evasion plain %s" % r["id"])
        rule = enc176.RULES.get(r["encoding"], "\0")
        if rule not in t[:s] or t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or len(t) <= e + 1:
            E("evasion layout %s" % r["id"])
        if r["container"].split("__")[0] != r["encoding"] or r["container"].split("__")[1] not in [w for w, _ in evasions176.WORDINGS]:
            E("evasion container %s" % r["id"])
    if len(evs) != 66 or len(per_enc) != 22 or any(c != 3 for c in per_enc.values()):
        E("evasion counts")
    if set(per_enc) != set(enc176.ENCODINGS):
        E("evasion encodings differ from the table")

    # ---- negatives
    seen = set()
    for i, r in enumerate(negs):
        if set(r) != NEG_FIELDS or r["source"] != "negative":
            E("negative fields %s" % r.get("id"))
            continue
        if r["id"] != "p176-n-%04d" % (i + 1):
            E("negative id %s" % r["id"])
        if r["text"] in seen:
            E("duplicate negative %s" % r["id"])
        seen.add(r["text"])
    classes = {r.get("class") for r in negs}
    if len(negs) < 180 or len(classes) < 16:
        E("negative counts")

    # ---- reuse and leaks
    values = [r["secrets"][0]["value"] for r in pos if len(r["secrets"]) == 1] + [r["secrets"][0]["value"] for r in evs if r["secrets"]]
    if len(values) != len(set(values)):
        E("value reused")
    plains = [r["secrets"][0]["plain"] for r in evs if r["secrets"]]
    hidden = list(d["hidden"])
    all_recs = pos + evs
    for r in all_recs:
        own = r["secrets"][0]["value"] if r["secrets"] else None
        for v in values:
            if v != own and v in r["text"]:
                E("value of another record inside %s" % r["id"])
                break
        for p in plains + hidden:
            if p in r["text"]:
                E("evasion plain / hidden password inside %s" % r["id"])
                break
    for n in negs:
        for v in values + plains + hidden:
            if v in n["text"]:
                E("positive value inside negative %s" % n["id"])
                break
    for r in all_recs + negs:
        if SLOT in r["text"] or "\0" in r["text"] or "PRIVATE KEY" in r["text"]:
            E("slot / NUL / PEM in %s" % r["id"])

    # ---- shapes
    pw_types = set(everyday176.PASSWORD_TYPES) | {v[0] for v in vendor176.kept() if v[2] == "password"}
    for r in pos:
        if not r["secrets"]:
            continue
        v = r["secrets"][0]["value"]
        if r["type"] in pw_types or r["source"] == "prose":
            if not PW_RE.match(v):
                E("password shape %s" % r["id"])
        if r["source"] == "password":
            syntax = r["type"][len(PWPFX):]
            mode = {p[0]: p[3] for p in positional176.P}.get(syntax)
            if mode == "plain":
                if not PW_RE.match(v):
                    E("positional shape %s" % r["id"])
            elif mode in ("b64_up", "b64_nul"):
                try:
                    raw = _b64d(v).decode()
                    pw = raw.split("\0")[-1] if mode == "b64_nul" else raw.split(":", 1)[1]
                    if not PW_RE.match(pw) or (mode == "b64_nul" and raw.count("\0") != 2):
                        E("positional b64 content %s" % r["id"])
                except Exception:
                    E("positional b64 decode %s" % r["id"])
            else:
                E("unknown syntax %s" % r["id"])
        for m in UUID4_RE.finditer(v):
            u = m.group(0)
            if u[14] != "4" or u[19].lower() not in "89ab":
                E("uuid not v4 %s" % r["id"])
        if (v.startswith("eyJ") and v.count(".") == 2) or r["type"] in JWT_TYPES:
            if not jwt_parts_ok(v):
                E("jwt json %s" % r["id"])
        if v.startswith("IST.") and not jwt_parts_ok(v[4:]):
            E("wix jwt json %s" % r["id"])
        if v.startswith("ghs_") or v.startswith("npm_"):
            if len(v) != 40 or not gh_token_ok(v):
                E("crc32 checksum %s" % r["id"])
        if r["type"] == "strings_shop_webhook_signing_secret":
            if len(v) != 48 or len(_b64ud(v[5:])) != 32:
                E("sswh length %s" % r["id"])
        if r["type"] == "parts_inventory_oauth_client_secret":
            if len(v) != 44 or len(_b64d(v)) != 33:
                E("client secret length %s" % r["id"])
        if v.startswith("ops_eyJ") or v.startswith("glc_"):
            try:
                json.loads(_b64d(v.split("_", 1)[1]).decode())
            except Exception:
                E("base64 json %s" % r["id"])
        if v.startswith("sntrys_"):
            try:
                json.loads(_b64d(v[7:].rsplit("_", 1)[0]).decode())
            except Exception:
                E("sentry json %s" % r["id"])
        if v.startswith("pypi-") and not _b64ud(v[5:]).startswith(b"\x02\x01\x08pypi.org"):
            E("pypi macaroon %s" % r["id"])
        if r["type"] == "jfrog_artifactory_reference_token" and not _b64d(v).startswith(b"reftkn:01:"):
            E("jfrog reference %s" % r["id"])
    for n in negs:
        for m in UUID4_RE.finditer(n["text"]):
            u = m.group(0)
            if u[14] != "4" or u[19].lower() not in "89ab":
                E("uuid not v4 in negative %s" % n["id"])
        if n["class"] == "upc_and_ean_string_pack_barcodes":
            for code in re.findall(r"\b\d{12,13}\b", n["text"]):
                if not gs1_ok(code):
                    E("bad GS1 check digit %s" % n["id"])
        if n["class"] == "public_signing_keys_for_firmware":
            for blob in re.findall(r"ssh-ed25519 (\S+)", n["text"]):
                raw = _b64d(blob)
                if raw[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or len(raw) != 51:
                    E("ssh key blob %s" % n["id"])
            for line in n["text"].splitlines():
                if line.startswith("RW") and len(_b64d(line)) != 42:
                    E("minisign key %s" % n["id"])

    # ---- prose
    langs = []
    for r in d["prose"]:
        sp = r["secrets"][0]
        t = r["text"]
        if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
            E("prose value not set off by whitespace %s" % r["id"])
        code = r["container"].split("__")[-1]
        langs.append(code)
        name = LANG.get(code)
        if name is None:
            E("unknown language %s" % code)
            continue
        words = set(re.split(r"[\s\-]+", name.lower()))
        if code in lcodes or code in names or name.lower() in lnames or words & lnames:
            E("deny-listed language %s" % code)
    if len(d["prose"]) != 40 or len(set(langs)) != 40:
        E("prose counts")

    # ---- deny-list
    labels = set()
    for r in pos + evs + negs:
        labels.add(r["container"])
    for r in pos + evs:
        labels.add(r["type"])
    for r in evs:
        labels.add(r["encoding"])
    for r in negs:
        labels.add(r["class"])
    labels |= {s for s, _k, _f in vendor176.STYLES} | set(positional176.SUFFIX.values())
    labels |= {f for f, _t in prose176.FORMATS} | {w for w, _t in evasions176.WORDINGS}
    labels |= {w for w, _t in negatives176.WRAPPERS if w}
    for lab in sorted(labels):
        if denied(lab, names):
            E("deny-listed label %s" % lab)
    for r in d["password"]:
        syn = r["type"][len(PWPFX):]
        if syn in syntaxes or syn in names or r["type"] in names:
            E("earlier positional syntax %s" % syn)

    # ---- counts
    ev = d["everyday"]
    if len(ev) != 180:
        E("everyday count")
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(t) != 4 or len(set(t)) != 4 for t in kinds.values()):
        E("everyday kinds")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E("everyday type balance")
    vt = [r["type"] for r in d["vendor"]]
    if len(vt) != 120 or len(set(vt)) != 120:
        E("vendor count")
    for r in d["vendor"]:
        if not r["container"].startswith(r["type"] + "__"):
            E("vendor container %s" % r["id"])
    pt = [r["type"] for r in d["password"]]
    if not (95 <= len(set(pt)) <= 120) or len(pt) != len(set(pt)):
        E("password syntax count")
    if not (440 <= len(pos) <= 470):
        E("positive total")
    groups = [set(r["type"] for r in d[k]) for k in ("everyday", "vendor", "password", "prose")] + [set(r["type"] for r in evs)]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] & groups[j]:
                E("span types shared between sources")
    cont = [r["container"] for r in d["vendor"] + d["password"] + d["prose"] + evs + negs]
    if len(cont) != len(set(cont)):
        E("non-everyday containers not unique")
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(d, src, pred=lambda r: True):
    for r in d[src]:
        if pred(r):
            return r
    raise LookupError(src)


def mutations():
    def m01(d, deny):
        _first(d, "everyday")["secrets"][0]["start"] += 1

    def m02(d, deny):
        d["vendor"][3]["id"] = d["vendor"][2]["id"]

    def m03(d, deny):
        d["negatives"][5]["text"] += " " + d["everyday"][7]["secrets"][0]["value"]

    def m04(d, deny):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d, deny):
        d["vendor"][0]["container"] = d["vendor"][0]["type"] + "__" + "livery_app_dotenv_production"

    def m06(d, deny):
        for r in d["negatives"][:12]:
            r["class"] = "lorawan_device_and_gateway_euis"

    def m07(d, deny):
        d["password"][4]["secrets"][0]["type"] = "something_else"

    def m08(d, deny):
        del d["evasions"][30]

    def m09(d, deny):
        r = d["prose"][2]
        sp = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:sp["start"] - 1] + t[sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d, deny):
        a, b = d["password"][1], d["password"][2]
        old = b["secrets"][0]["value"]
        new = a["secrets"][0]["value"]
        b["text"] = b["text"].replace(old, new)
        b["secrets"][0]["value"] = new
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(new)

    def m11(d, deny):
        r = d["evasions"][0]
        r["encoding"] = r["secrets"][0]["encoding"] = "base32_rfc4648_padded"

    def m12(d, deny):
        r = d["everyday"][20]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m13(d, deny):
        r = _first(d, "everyday", lambda r: r["type"] == "tuning_log_sync_jwt")
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        bad = h + "." + "bm90LWpzb24" + p[11:] + "." + s
        r["text"] = r["text"].replace(v, bad)
        r["secrets"][0]["value"] = bad
        r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(bad)

    def m14(d, deny):
        r = d["prose"][0]
        r["container"] = r["container"].rsplit("__", 1)[0] + "__fra"

    def m15(d, deny):
        r = d["password"][0]
        r["type"] = r["secrets"][0]["type"] = PWPFX + "wget_ftp_url_userinfo"

    def m16(d, deny):
        r = _first(d, "vendor", lambda r: r["secrets"][0]["value"].startswith("ghs_"))
        v = r["secrets"][0]["value"]
        bad = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"].replace(v, bad)
        r["secrets"][0]["value"] = bad

    def m17(d, deny):
        r = _first(d, "negatives", lambda r: r["class"] == "upc_and_ean_string_pack_barcodes")
        code = re.findall(r"\b\d{13}\b", r["text"])[0]
        r["text"] = r["text"].replace(code, code[:-1] + str((int(code[-1]) + 1) % 10))

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
            ("m16_bad_crc32_checksum", m16), ("m17_bad_ean_check_digit", m17)]


def run_mutations(d, deny):
    results = []
    base = set(check_all(d, deny))
    for name, fn in mutations():
        dd = copy.deepcopy(d)
        fn(dd, deny)
        caught = bool(set(check_all(dd, deny)) - base)
        results.append((name, caught))
    return results
