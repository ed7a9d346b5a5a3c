"""All checks run before writing. check_all(data, deny) returns a list of error strings."""
import base64
import binascii
import json
import re
import zlib
from collections import Counter

import common189 as C
import dec189
import everyday189
import negatives189 as NG
import positional189
import prose189
import vendor189

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = SPAN_FIELDS + ["plain", "encoding"]


def _b64d(s, url=False):
    pad = "=" * (-len(s) % 4)
    return (base64.urlsafe_b64decode if url else base64.b64decode)(s + pad)


def check_jwt(v, errs, rid, alg=None):
    parts = v.split(".")
    if len(parts) != 3:
        errs.append("%s: JWT does not have three parts" % rid)
        return
    try:
        h = json.loads(_b64d(parts[0], True))
        json.loads(_b64d(parts[1], True))
        sig = _b64d(parts[2], True)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        errs.append("%s: JWT header/payload is not base64url JSON" % rid)
        return
    want = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64}.get(h.get("alg"))
    if want is None or len(sig) != want:
        errs.append("%s: JWT signature length %d does not fit alg %s" % (rid, len(sig), h.get("alg")))
    if alg and h.get("alg") != alg:
        errs.append("%s: JWT alg %s, expected %s" % (rid, h.get("alg"), alg))


def _ids(recs, kind, errs):
    seen = set()
    for i, r in enumerate(recs):
        want = "p189-%s-%04d" % (kind, i + 1)
        if r.get("id") != want:
            errs.append("id %s out of sequence (want %s)" % (r.get("id"), want))
        if r.get("id") in seen:
            errs.append("duplicate id %s" % r.get("id"))
        seen.add(r.get("id"))


def check_all(data, deny):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    _ids(S, "s", errs)
    _ids(E, "e", errs)
    _ids(N, "n", errs)
    all_texts = [r["text"] for r in S] + [r["text"] for r in E] + [r["text"] for r in N]

    # ---------------- structure of positive and evasion records
    values = Counter()
    for recs, fields, sfields in ((S, POS_FIELDS, SPAN_FIELDS), (E, EVA_FIELDS, EVA_SPAN_FIELDS)):
        for r in recs:
            rid = r.get("id")
            if list(r.keys()) != fields:
                errs.append("%s: record fields %s" % (rid, list(r.keys())))
                continue
            if len(r["secrets"]) != 1:
                errs.append("%s: %d spans" % (rid, len(r["secrets"])))
                continue
            sp = r["secrets"][0]
            if list(sp.keys()) != sfields:
                errs.append("%s: span fields %s" % (rid, list(sp.keys())))
                continue
            v, t = sp["value"], r["text"]
            if not v or v != v.strip():
                errs.append("%s: empty value or edge whitespace" % rid)
            if t[sp["start"]:sp["end"]] != v:
                errs.append("%s: span does not re-slice" % rid)
            if t.count(v) != 1:
                errs.append("%s: value occurs %d times in its text" % (rid, t.count(v)))
            if r["type"] != sp["type"]:
                errs.append("%s: record type != span type" % rid)
            if "«" in t or "»" in t or "\0" in t or "PRIVATE KEY" in t:
                errs.append("%s: slot marker, NUL or PEM key in text" % rid)
            values[v] += 1
    for v, c in values.items():
        if c > 1:
            errs.append("value reused %d times: %s" % (c, v[:30]))
    # value in another record's text or in a negative
    allpos = S + E
    for r in allpos:
        v = r["secrets"][0]["value"] if r.get("secrets") else None
        if not v:
            continue
        for o in allpos:
            if o is not r and v in o["text"]:
                errs.append("%s: value appears in %s" % (r["id"], o["id"]))
        for n in N:
            if v in n["text"]:
                errs.append("%s: value appears in negative %s" % (r["id"], n["id"]))
    for p in [r["secrets"][0].get("plain") for r in E if r.get("secrets")] + hidden:
        if p is None:
            continue
        for t in all_texts:
            if p in t:
                errs.append("plain / hidden password %s appears in a text" % p[:20])
                break

    # ---------------- sources and counts
    by_src = {}
    for r in S:
        by_src.setdefault(r["source"], []).append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown positive source %s" % (set(by_src) - {"everyday", "vendor", "password", "prose"}))
    ev, ve, pw, pr = (by_src.get(k, []) for k in ("everyday", "vendor", "password", "prose"))
    if len(ev) != 180:
        errs.append("everyday count %d != 180" % len(ev))
    kinds = Counter(r["container"] for r in ev)
    if len(kinds) != 45 or set(kinds.values()) != {4}:
        errs.append("everyday: not 45 kinds x 4")
    types = Counter(r["type"] for r in ev)
    if len(types) != 12 or set(types.values()) != {15}:
        errs.append("everyday: not 12 types x 15")
    for k in kinds:
        ts = [r["type"] for r in ev if r["container"] == k]
        if len(set(ts)) != 4:
            errs.append("everyday kind %s does not hold four different types" % k)
    if len(ve) != 120 or len(set(r["type"] for r in ve)) != 120:
        errs.append("vendor: not 120 distinct types")
    for r in ve:
        if not r["container"].startswith(r["type"] + "__") or r["container"][len(r["type"]) + 2:] not in vendor189.STYLES:
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    syn = [r["type"] for r in pw]
    if not (95 <= len(set(syn)) <= 120) or len(syn) != len(set(syn)):
        errs.append("password: %d records / %d distinct syntaxes" % (len(syn), len(set(syn))))
    for r in pw:
        if not r["type"].startswith(positional189.PW_PREFIX):
            errs.append("%s: password type without prefix" % r["id"])
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: password container not <type>__<suffix>" % r["id"])
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose: %d records, %d languages" % (len(pr), len(set(langs))))
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d not in 440-470" % len(S))
    tsets = [set(r["type"] for r in x) for x in (ev, ve, pw, pr)] + [set(r["type"] for r in E)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources: %s" % (tsets[i] & tsets[j]))
    nonev = [r["container"] for r in ve + pw + pr] + [r["container"] for r in E]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    encs = Counter(r["encoding"] for r in E)
    if len(E) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("evasions: not 22 encodings x 3")

    # ---------------- shapes
    pwtypes = set(everyday189.PASSWORD_TYPES) | {t[0] for t in vendor189.V if t[5] == "password"}
    for r in ev + ve:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if t in pwtypes and not C.PASSWORD_RE.match(v):
            errs.append("%s: owner-chosen password shape" % r["id"])
        if t == "cashless_wristband_hmac_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
            errs.append("%s: wristband HMAC key shape" % r["id"])
        if t == "table_booking_webhook_secret":
            if not v.startswith("whsec_") or len(_safe(lambda: base64.b64decode(v[6:], validate=True))) != 24:
                errs.append("%s: whsec_ body is not Base64 of 24 bytes" % r["id"])
        if t == "promoter_settlement_paseto_token":
            body = _safe(lambda: _b64d(v[len("v4.local."):], True)) if v.startswith("v4.local.") else b""
            if not re.fullmatch(r"v4\.local\.[A-Za-z0-9_-]+", v) or len(body) < 104:
                errs.append("%s: PASETO v4.local frame" % r["id"])
        if t == "booth_srt_stream_passphrase" and not re.fullmatch(r"[0-9A-Za-z]{32}", v):
            errs.append("%s: SRT passphrase shape" % r["id"])
        if t == "door_app_service_jwt_hs512":
            check_jwt(v, errs, r["id"], "HS512")
        if t == "incident_log_fernet_key":
            if len(v) != 44 or len(_safe(lambda: base64.urlsafe_b64decode(v))) != 32:
                errs.append("%s: Fernet key is not base64url of 32 bytes" % r["id"])
        if t in ("github_oauth_access_token", "github_app_installation_token"):
            body = v[4:34]
            if len(v) != 40 or C.crc32_b62(body) != v[34:]:
                errs.append("%s: GitHub token CRC-32 tail wrong" % r["id"])
        if t == "sentry_org_auth_token":
            m = re.fullmatch(r"sntrys_([A-Za-z0-9+/]+)_([A-Za-z0-9+/]{43})", v)
            ok = False
            if m:
                try:
                    j = json.loads(_b64d(m.group(1)))
                    ok = {"iat", "url", "region_url", "org"} <= set(j)
                except (ValueError, binascii.Error, UnicodeDecodeError):
                    ok = False
            if not ok:
                errs.append("%s: Sentry org token JSON" % r["id"])
        if t == "mapbox_secret_access_token":
            parts = v.split(".")
            ok = len(parts) == 3 and parts[0] == "sk"
            try:
                ok = ok and "u" in json.loads(_b64d(parts[1], True))
            except (ValueError, binascii.Error, UnicodeDecodeError):
                ok = False
            if not ok:
                errs.append("%s: Mapbox sk. token JSON" % r["id"])
        if t == "aws_ses_smtp_password":
            raw = _safe(lambda: base64.b64decode(v, validate=True))
            if len(v) != 44 or len(raw) != 33 or raw[:1] != b"\x04":
                errs.append("%s: SES SMTP password is not Base64 of 0x04 + 32 bytes" % r["id"])
        if t == "digitalocean_spaces_secret_key":
            if len(v) != 43 or len(_safe(lambda: base64.b64decode(v + "=", validate=True))) != 32:
                errs.append("%s: Spaces secret is not unpadded Base64 of 32 bytes" % r["id"])
        if t in ("shotgun_organizer_api_token",):
            check_jwt(v, errs, r["id"], "HS256")
        if t == "apple_musickit_developer_token":
            check_jwt(v, errs, r["id"], "ES256")
        for tt, rx in VENDOR_RX.items():
            if t == tt and not re.fullmatch(rx, v):
                errs.append("%s: %s shape" % (r["id"], t))
    for r in pw:
        v = r["secrets"][0]["value"]
        syn = r["type"][len(positional189.PW_PREFIX):]
        kind = positional189.B64_KIND.get(syn)
        if kind is None:
            if not C.STRICT_PASSWORD_RE.match(v):
                errs.append("%s: positional password shape" % r["id"])
        else:
            raw = _safe(lambda: base64.b64decode(v, validate=True).decode())
            if kind == "userpass":
                p = raw.split(":", 1)[1] if ":" in raw else ""
            else:
                bits = raw.split("\0")
                p = bits[2] if len(bits) == 3 and bits[0] == "" else ""
            if not C.STRICT_PASSWORD_RE.match(p or "") or p not in hidden:
                errs.append("%s: Base64 span does not hide a registered password" % r["id"])
    for r in pr:
        v, t, s = r["secrets"][0]["value"], r["text"], r["secrets"][0]["start"]
        if not C.STRICT_PASSWORD_RE.match(v):
            errs.append("%s: prose password shape" % r["id"])
        e = s + len(v)
        if s == 0 or not t[s - 1].isspace() or e >= len(t) or not t[e].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for t in all_texts:
        for u in C.UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("UUID-shaped substring not version 4: %s" % u)

    # ---------------- evasions
    for r in E:
        sp = r["secrets"][0]
        rid = r["id"]
        if r["source"] != "evasion" or sp["encoding"] != r["encoding"]:
            errs.append("%s: evasion source / encoding mismatch" % rid)
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1]:
            errs.append("%s: evasion container not <encoding>__<wording>" % rid)
        try:
            dec = dec189.decode(r["encoding"], sp["value"])
        except Exception as ex:  # noqa: BLE001 - any failure is a failed decode
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            errs.append("%s: run does not decode to its plain" % rid)
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]) or sp["plain"] in sp["value"]:
            errs.append("%s: plain alphabet, or plain inside its run" % rid)
        t, s, e = r["text"], sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip() or "\n" in sp["value"]:
            errs.append("%s: run not on its own line after ':' with a remark" % rid)
        if r["type"] == "nightclub_evasion_door_tablet_password" and not C.STRICT_PASSWORD_RE.match(sp["plain"]):
            errs.append("%s: door tablet plain shape" % rid)
        if r["type"] == "nightclub_evasion_wristband_topup_key" and not re.fullmatch(r"wtk_[0-9A-Za-z]{16}", sp["plain"]):
            errs.append("%s: wtk_ plain shape" % rid)
        if r["type"] == "nightclub_evasion_stream_ingest_key" and not re.fullmatch(r"ik-[0-9a-z]{24}", sp["plain"]):
            errs.append("%s: ik- plain shape" % rid)

    # ---------------- negatives
    classes = Counter()
    for n in N:
        if list(n.keys()) != NEG_FIELDS or n.get("source") != "negative":
            errs.append("%s: negative fields / source" % n.get("id"))
            continue
        classes[n["class"]] += 1
        check_negative(n, errs)
    if len(N) < 180 or len(classes) < 16:
        errs.append("negatives: %d records in %d classes" % (len(N), len(classes)))
    if len(set(n["text"] for n in N)) != len(N):
        errs.append("negatives: duplicate texts")

    # ---------------- deny-list
    def deny_check(name, what):
        hit = C.denied(name, deny)
        if hit:
            errs.append("%s %s is deny-listed (%s)" % (what, name, hit))
    for r in S + E:
        deny_check(r["container"], "container")
        deny_check(r["type"], "span type")
    for r in pw:
        syn = r["type"][len(positional189.PW_PREFIX):]
        deny_check(syn, "syntax")
        if syn in deny["_syntax_set"]:
            errs.append("syntax %s is an earlier positional syntax" % syn)
    for r in E:
        deny_check(r["encoding"], "encoding")
    for n in N:
        deny_check(n["container"], "negative container")
        deny_check(n["class"], "negative class")
    names = {c: nm for c, nm, _s, _t in prose189.LANGS}
    names.update(dict(prose189.SPARES))
    for code in langs + [c for c, _ in prose189.SPARES]:
        nm = names.get(code, "")
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            errs.append("language code %s is deny-listed" % code)
        if not nm or nm.lower() in deny["_lang_set"] or any(w in deny["_lang_set"] for w in nm.lower().split()):
            errs.append("language %s (%s) is deny-listed or unknown" % (code, nm))
    return errs


def _safe(fn):
    try:
        return fn()
    except (ValueError, binascii.Error, UnicodeDecodeError, IndexError):
        return ""


VENDOR_RX = {
    "sendgrid_full_access_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "openai_service_account_key": r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_console_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "stripe_identity_restricted_key": r"rk_live_[A-Za-z0-9]{99}",
    "twitch_channel_stream_key": r"live_\d{9}_[A-Za-z0-9]{30}",
    "whatsapp_cloud_system_user_token": r"EAA[MC][A-Za-z0-9]{180}",
    "discord_channel_webhook_url": r"https://discord\.com/api/webhooks/\d{19}/[A-Za-z0-9_-]{68}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
    "azure_ad_app_client_secret": r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.]{34}",
    "hashicorp_vault_service_token": r"hvs\.[A-Za-z0-9_-]{91}",
    "terraform_cloud_team_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "npm_automation_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_project_upload_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{150}",
    "elevenlabs_voice_api_key": r"sk_[0-9a-f]{48}",
    "xai_grok_api_key": r"xai-[A-Za-z0-9]{80}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "supabase_management_access_token": r"sbp_[0-9a-f]{40}",
    "planetscale_branch_password": r"pscale_pw_[A-Za-z0-9_-]{43}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "stripe_webhook_signing_secret": r"whsec_[A-Za-z0-9]{32}",
    "gitlab_deploy_token": r"gldt-[A-Za-z0-9_-]{20}",
    "gitlab_runner_authentication_token": r"glrt-[A-Za-z0-9_-]{20}",
    "huggingface_org_api_token": r"api_org_[A-Za-z]{34}",
    "onfido_live_api_token": r"api_live\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{32}",
}


def check_negative(n, errs):
    c, t, rid = n["class"], n["text"], n["id"]
    if c == "passport_mrz_lines_from_door_id_scans":
        lines = re.findall(r"[A-Z0-9<]{9}\d[A-Z]{3}\d{7}[MF]\d{7}[A-Z0-9<]{14}\d\d", t)
        if not lines:
            errs.append("%s: no MRZ line" % rid)
        for l2 in lines:
            ok = (NG.mrz_cd(l2[0:9]) == l2[9] and NG.mrz_cd(l2[13:19]) == l2[19] and NG.mrz_cd(l2[21:27]) == l2[27]
                  and NG.mrz_cd(l2[28:42]) == l2[42]
                  and NG.mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43])
            if not ok:
                errs.append("%s: MRZ check digit wrong" % rid)
    elif c == "karaoke_catalogue_isrc_and_iswc_codes":
        codes = re.findall(r"T-(\d{3})\.(\d{3})\.(\d{3})-(\d)", t)
        if not codes:
            errs.append("%s: no ISWC" % rid)
        for a, b, d, k in codes:
            if NG.iswc_cd(a + b + d) != k:
                errs.append("%s: ISWC check digit wrong" % rid)
    elif c == "table_booking_refs_with_verhoeff_digit":
        refs = re.findall(r"TB-(\d{10})", t)
        if not refs or not all(NG.verhoeff_ok(x) for x in refs):
            errs.append("%s: Verhoeff check digit wrong" % rid)
    elif c == "door_ticket_barcodes_with_damm_digit":
        codes = re.findall(r"\b(\d{12})\b", t)
        if not codes or not all(NG.damm_interim(x) == 0 for x in codes):
            errs.append("%s: Damm check digit wrong" % rid)
    elif c == "promoter_payout_ibans_and_invoice_refs":
        ibans = re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", t)
        if not ibans or not all(NG.iban_ok(x) for x in ibans):
            errs.append("%s: IBAN check digits wrong" % rid)
    elif c == "ssh_public_keys_and_host_fingerprints":
        import hashlib
        blobs = [base64.b64decode(b) for b in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t)]
        if not blobs or not all(len(b) == 51 and b[4:15] == b"ssh-ed25519" for b in blobs):
            errs.append("%s: ed25519 blob layout" % rid)
        for fp in re.findall(r"SHA256:([A-Za-z0-9+/]{43})", t):
            if not any(base64.b64encode(hashlib.sha256(b).digest()).decode().rstrip("=") == fp for b in blobs):
                errs.append("%s: fingerprint does not match key" % rid)
    elif c == "lockfile_integrity_and_commit_hashes":
        for s in re.findall(r"sha512-([A-Za-z0-9+/=]+)", t):
            if len(base64.b64decode(s)) != 64:
                errs.append("%s: integrity is not 64 bytes" % rid)
