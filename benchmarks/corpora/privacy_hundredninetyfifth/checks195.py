"""All checks run before anything is written."""
import base64, json, re, zlib
from collections import Counter, defaultdict
from common195 import (PW_RE, PW_STRICT_RE, UUID_RE, JWT_RE, jwt_ok, b64url_decode, bech32_verify, adler_tail)
import dec195, negatives195, everyday195, vendor195, positional195, prose195, enc195

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")

VENDOR_RE = {
    "stripe_restricted_live_key": r"rk_live_51[A-Za-z0-9]{97}",
    "square_oauth_application_secret": r"sq0csp-[A-Za-z0-9_-]{43}",
    "shopify_app_shared_secret": r"shpss_[a-f0-9]{32}",
    "woocommerce_rest_consumer_secret": r"cs_[a-f0-9]{40}",
    "sendgrid_mail_send_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "openai_service_account_key": r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_console_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "openrouter_api_key": r"sk-or-v1-[a-f0-9]{64}",
    "deepseek_platform_api_key": r"sk-[a-f0-9]{32}",
    "elevenlabs_api_key": r"sk_[a-f0-9]{48}",
    "langsmith_personal_api_key": r"lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}",
    "github_fine_grained_pat": r"github_pat_\w{82}",
    "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "gitlab_runner_auth_token": r"glrt-[A-Za-z0-9_-]{20}",
    "gitlab_pipeline_trigger_token": r"glptt-[a-f0-9]{40}",
    "npm_automation_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_project_upload_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{50,1000}",
    "postman_api_key": r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "sonarcloud_user_token": r"squ_[a-f0-9]{40}",
    "terraform_cloud_team_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "pulumi_access_token": r"pul-[a-f0-9]{40}",
    "hashicorp_vault_service_token": r"hvs\.[\w-]{90,120}",
    "age_identity_secret_key": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "cloudflare_global_api_key": r"[a-f0-9]{37}",
    "cloudflare_origin_ca_key": r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
    "planetscale_database_password": r"pscale_pw_[\w=.-]{32,64}",
    "linear_personal_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "typeform_personal_token": r"tfp_[A-Za-z0-9_-]{59}",
    "slack_app_level_token": r"xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+",
    "teams_incoming_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}",
    "whatsapp_cloud_api_access_token": r"EAAG[A-Za-z0-9]{100,}",
    "microsoft_bookings_graph_client_secret": r"[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34}",
    "sentry_organization_auth_token": r"sntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[a-zA-Z0-9+/]{10,200}={0,2}_[a-zA-Z0-9+/]{43}",
    "cohere_production_api_key": r"[A-Za-z0-9]{40}",
    "squarespace_commerce_api_key": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "snyk_api_token": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
}


def _ids(recs, kind, errs):
    for i, r in enumerate(recs, 1):
        want = "p195-%s-%04d" % (kind, i)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
            break
    if len({r.get("id") for r in recs}) != len(recs):
        errs.append("duplicate ids in %s" % kind)


def _denied(name, deny):
    names = set(deny["names"])
    parts = [name.lower()] + [p for p in name.lower().split("__") if p]
    return [p for p in parts if p in names]


def run_checks(pos, eva, neg, hidden, deny):
    errs = []
    _ids(pos, "s", errs)
    _ids(eva, "e", errs)
    _ids(neg, "n", errs)
    all_texts = [r["text"] for r in pos] + [r["text"] for r in eva] + [r["text"] for r in neg]
    values = []
    # ---------------- structure of positives and evasions
    for recs, fields, sfields in ((pos, POS_FIELDS, SPAN_FIELDS), (eva, EVA_FIELDS, EVA_SPAN_FIELDS)):
        for r in recs:
            if list(r.keys()) != fields:
                errs.append("%s: fields %s" % (r["id"], list(r.keys())))
                continue
            if len(r["secrets"]) != 1:
                errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            s = r["secrets"][0]
            if list(s.keys()) != sfields:
                errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
                continue
            v, t = s["value"], r["text"]
            if not v or v != v.strip():
                errs.append("%s: empty or edge whitespace value" % r["id"])
            if t[s["start"]:s["end"]] != v:
                errs.append("%s: span does not re-slice" % r["id"])
            if r["type"] != s["type"]:
                errs.append("%s: record type != span type" % r["id"])
            if t.count(v) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
            if "\x00" in t or "PRIVATE KEY" in t or "{V}" in t or "{K}" in t:
                errs.append("%s: slot marker, NUL or PRIVATE KEY" % r["id"])
            values.append((r["id"], v))
    seen = {}
    for rid, v in values:
        if v in seen:
            errs.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    own = {r["id"]: r["text"] for r in pos + eva}
    for rid, v in values:
        for oid, t in own.items():
            if oid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, oid))
        for n in neg:
            if v in n["text"]:
                errs.append("%s: value appears in negative %s" % (rid, n["id"]))
    for h in hidden + [r["secrets"][0].get("plain", "") for r in eva]:
        if h and any(h in t for t in all_texts):
            errs.append("hidden password / evasion plain %r appears in a text" % h)
    # ---------------- sources and counts
    by = defaultdict(list)
    for r in pos:
        by[r["source"]].append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source")
    ev, ve, pw, pr = by["everyday"], by["vendor"], by["password"], by["prose"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    tc = Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday types not 12 x 15: %s" % tc)
    kc = defaultdict(list)
    for r in ev:
        kc[r["container"]].append(r["type"])
    if len(kc) != 45 or any(len(x) != 4 or len(set(x)) != 4 for x in kc.values()):
        errs.append("everyday containers not 45 x 4 distinct types")
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        errs.append("vendor count / distinct types %d" % len(ve))
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password syntaxes count %d" % len(pw))
    if len(pr) != 40:
        errs.append("prose count %d" % len(pr))
    langs = [r["container"].split("__")[-1] for r in pr]
    if len(set(langs)) != 40:
        errs.append("prose languages not 40 distinct")
    if not 440 <= len(pos) <= 470:
        errs.append("positives total %d" % len(pos))
    tsets = [set(r["type"] for r in x) for x in (ev, ve, pw, pr, eva)]
    for i in range(5):
        for j in range(i + 1, 5):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources %d and %d" % (i, j))
    nonev = [r["container"] for r in ve + pw + pr + eva]
    if len(nonev) != len(set(nonev)):
        errs.append("non-everyday containers not unique")
    # ---------------- shapes
    pwtypes = set(everyday195.PASSWORD_TYPES) | {a[0] for a in vendor195.ACTIVE if a[4] == "password"}
    for r in ev + ve:
        v = r["secrets"][0]["value"]
        if r["type"] in pwtypes and not PW_RE.match(v):
            errs.append("%s: password shape %r" % (r["id"], v))
    for r in pw:
        v = r["secrets"][0]["value"]
        if r["type"].endswith("_b64") or r["type"].endswith("_b64_pair"):
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                errs.append("%s: Base64 span does not decode" % r["id"])
                continue
            hid = raw.split("\0")[-1] if raw.startswith("\0") else raw.split(":", 1)[-1]
            if not PW_STRICT_RE.match(hid):
                errs.append("%s: hidden password shape %r" % (r["id"], hid))
        elif not PW_STRICT_RE.match(v):
            errs.append("%s: strict password shape %r" % (r["id"], v))
        if r["type"].endswith("cols_41_to_60"):
            line = r["text"].splitlines()[1]
            if line[40:60].strip() != v:
                errs.append("%s: value not in columns 41-60" % r["id"])
        if r["type"].endswith("unlock_frame_second_field"):
            m = re.search(r"\$([^*]+)\*([0-9A-F]{2})", r["text"])
            x = 0
            for ch in m.group(1):
                x ^= ord(ch)
            if "%02X" % x != m.group(2) or m.group(1).split(",")[2] != v:
                errs.append("%s: NMEA-style frame checksum or field" % r["id"])
    for r in pr:
        v, s = r["secrets"][0]["value"], r["secrets"][0]
        if not PW_STRICT_RE.match(v):
            errs.append("%s: prose password shape" % r["id"])
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for r in ev:
        v, ty = r["secrets"][0]["value"], r["type"]
        ok = True
        if ty == "fitting_booking_webhook_secret":
            ok = v.startswith("ftwh_") and len(v) == 45 and len(base64.b32decode(v[5:].upper())) == 25
        elif ty == "garment_ticket_hmac_key":
            ok = re.fullmatch(r"[0-9a-f]{64}", v) is not None
        elif ty == "claim_stub_api_token":
            m = re.fullmatch(r"csr1_([0-9A-Za-z]{30})_([0-9a-f]{8})", v)
            ok = bool(m) and adler_tail(m.group(1)) == m.group(2)
        elif ty == "loyalty_stamp_service_jwt":
            ok = jwt_ok(v) and json.loads(b64url_decode(v.split(".")[0]))["alg"] == "HS512"
        elif ty == "locker_pickup_totp_seed":
            ok = re.fullmatch(r"[A-Z2-7]{32}", v) is not None and len(base64.b32decode(v)) == 20
        elif ty == "card_terminal_api_key":
            ok = re.fullmatch(r"ctk_live_[A-Za-z0-9]{40}", v) is not None
        if not ok:
            errs.append("%s: everyday shape %s" % (r["id"], ty))
    for r in ve:
        v, ty = r["secrets"][0]["value"], r["type"]
        if ty in VENDOR_RE and not re.fullmatch(VENDOR_RE[ty], v):
            errs.append("%s: vendor shape %s" % (r["id"], ty))
        if ty == "age_identity_secret_key" and not bech32_verify(v):
            errs.append("%s: age key bech32 checksum" % r["id"])
        if ty == "amazon_ses_smtp_password":
            b = base64.b64decode(v)
            if len(b) != 33 or b[0] != 4:
                errs.append("%s: SES SMTP password layout" % r["id"])
        if ty == "sentry_organization_auth_token":
            js = json.loads(base64.b64decode(v[7:v.rindex("_")]))
            if set(js) != {"iat", "url", "region_url", "org"}:
                errs.append("%s: sentry org token JSON" % r["id"])
        if ty == "pypi_project_upload_token":
            mac = b64url_decode(v[5:])
            if mac[:11] != b"\x02\x01\x08pypi.org" or mac[-34:-32] != b"\x06\x20":
                errs.append("%s: pypi macaroon layout" % r["id"])
        if ty == "intercom_access_token" and not base64.b64decode(v).startswith(b"tok:"):
            errs.append("%s: intercom token layout" % r["id"])
        if ty == "discord_bot_token" and not b64url_decode(v.split(".")[0]).isdigit():
            errs.append("%s: discord bot id part" % r["id"])
        if ty == "mapbox_secret_access_token":
            json.loads(b64url_decode(v.split(".")[1]))
        if ty == "upstash_qstash_token":
            json.loads(base64.b64decode(v))
        if ty in ("calendly_personal_access_token", "inpost_shipx_api_token", "turso_database_auth_token",
                  "monday_com_api_token") and not jwt_ok(v):
            errs.append("%s: JWT structure" % r["id"])
        if ty == "wix_headless_api_key" and not (v.startswith("IST.") and jwt_ok(v[4:])):
            errs.append("%s: Wix IST JWT structure" % r["id"])
    for t in all_texts:
        for u in UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("UUID-shaped substring not v4: %s" % u)
        for j in JWT_RE.findall(t):
            if not jwt_ok(j):
                errs.append("JWT-shaped substring malformed: %s…" % j[:30])
    # ---------------- evasions
    ec = Counter()
    for r in eva:
        s = r["secrets"][0]
        ec[r["encoding"]] += 1
        if r["encoding"] != s["encoding"]:
            errs.append("%s: record/span encoding differ" % r["id"])
        if r["container"].split("__")[0] != r["encoding"] or len(r["container"].split("__")) != 2:
            errs.append("%s: container not <encoding>__<wording>" % r["id"])
        try:
            dec = dec195.decode(r["encoding"], s["value"])
        except Exception as e:
            dec = "<error %s>" % e
        if dec != s["plain"]:
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        if not PLAIN_RE.match(s["plain"]) or s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: evasion plain alphabet / containment" % r["id"])
        if r["type"] == "tailor_evasion_back_office_pc_password" and not PW_STRICT_RE.match(s["plain"]):
            errs.append("%s: evasion password shape" % r["id"])
        t = r["text"]
        if not t[:s["start"]].endswith(":\n") or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip() \
                or "\n" in s["value"]:
            errs.append("%s: evasion text layout" % r["id"])
    if len(eva) != 66 or len(ec) != 22 or set(ec.values()) != {3}:
        errs.append("evasions not 22 x 3")
    # ---------------- negatives
    for n in neg:
        if list(n.keys()) != NEG_FIELDS or n["source"] != "negative":
            errs.append("%s: negative fields/source" % n["id"])
    if len({n["text"] for n in neg}) != len(neg):
        errs.append("duplicate negative texts")
    nc = Counter(n["class"] for n in neg)
    if len(nc) < 16 or len(neg) < 180:
        errs.append("negatives: %d classes, %d records" % (len(nc), len(neg)))
    for n in neg:
        t, c = n["text"], n["class"]
        if c == "garment_tickets_with_damm_check":
            for num in re.findall(r"\b\d{8}\b", t):
                if negatives195.damm(num) != 0:
                    errs.append("%s: Damm check digit" % n["id"])
        if c == "claim_stubs_with_verhoeff_check":
            for num in re.findall(r"\b\d{9}\b", t):
                if not negatives195.verhoeff_ok(num):
                    errs.append("%s: Verhoeff check digit" % n["id"])
        if c == "parcel_locker_sscc_and_bay_ids":
            for num in re.findall(r"\b\d{18}\b", t):
                if negatives195.gs1_check(num[:-1]) != num[-1]:
                    errs.append("%s: SSCC check digit" % n["id"])
        if c == "loyalty_card_numbers_ean13":
            for num in re.findall(r"\b29\d{11}\b", t):
                if negatives195.gs1_check(num[:-1]) != num[-1]:
                    errs.append("%s: EAN-13 check digit" % n["id"])
        if c == "supplier_iban_and_sort_codes":
            for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", t):
                if not negatives195.iban_ok(ib):
                    errs.append("%s: IBAN check digits" % n["id"])
    # ---------------- deny-list
    names_to_check = []
    for r in pos + eva:
        names_to_check += [("container", r["container"]), ("type", r["type"])]
    for r in eva:
        names_to_check.append(("encoding", r["encoding"]))
    for n in neg:
        names_to_check += [("container", n["container"]), ("class", n["class"])]
    for kind, nm in names_to_check:
        hit = _denied(nm, deny)
        if hit:
            errs.append("deny-listed %s %r (%s)" % (kind, nm, hit[0]))
    syn_deny = set(deny["syntaxes"]) | set(deny["names"])
    for r in pw:
        syn = r["type"][len(positional195.PFX):]
        if syn in syn_deny:
            errs.append("earlier syntax %r" % syn)
    lnames = set(deny["language_names"])
    for code, name in [(l[0], l[1]) for l in prose195.LANGS] + list(prose195.SPARES):
        if code in deny["language_codes"] or code in deny["names"] or name.lower() in lnames or \
                any(w in lnames for w in name.lower().split()):
            errs.append("deny-listed language %s (%s)" % (code, name))
    for r in pr:
        if r["container"].split("__")[-1] not in {l[0] for l in prose195.LANGS}:
            errs.append("%s: prose language code unknown" % r["id"])
    return errs
