"""Checks run by build.py before anything is written."""
import base64
import json
import re
from collections import Counter, defaultdict

import dec215
from common215 import (SLOT, PW_RE, PW_STRICT_RE, PW_FIND_STRICT, fletcher16, crc16_ccitt_false, nkey_valid,
                       iban_valid, isbn13_check, crc24)

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_KEYS = ["value", "start", "end", "type"]
EV_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_KEYS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}

EVERYDAY_SHAPES = {
    "restoration_photo_store_api_key": re.compile(r"^rps_[0-9A-Za-z]{30}[0-9a-f]{4}$"),
    "auction_lot_webhook_signing_secret": re.compile(r"^lotwh_[0-9a-f]{64}$"),
    "export_customs_broker_api_token": re.compile(r"^ecx_[0-9a-z]{36}_[0-9a-f]{4}$"),
    "workshop_sensor_nats_user_seed": re.compile(r"^SU[A-Z2-7]{56}$"),
    "fair_stand_staff_totp_seed": re.compile(r"^[A-Z2-7]{32}$"),
    "valuation_certificate_signing_jwt": re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$"),
}
VENDOR_SHAPES = {
    "stripe_live_secret_key": r"sk_live_51[0-9A-Za-z]{97}", "sumup_api_secret_key": r"sup_sk_[0-9A-Za-z]{33}", "heroku_platform_api_key": r"HRKU-AA[0-9A-Za-z_-]{58}", "pinecone_api_key": r"pcsk_[0-9A-Za-z]{6}_[0-9A-Za-z]{63}",
    "shopify_admin_api_access_token": r"shpat_[0-9a-f]{32}", "amazon_sp_api_lwa_client_secret": r"amzn1\.oa2-cs\.v1\.[0-9a-f]{64}",
    "gocardless_live_access_token": r"live_[A-Za-z0-9_-]{40}", "google_calendar_oauth_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "hubspot_private_app_token": r"pat-eu1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "airtable_personal_access_token": r"pat[0-9A-Za-z]{14}\.[0-9a-f]{64}", "mailchimp_marketing_api_key": r"[0-9a-f]{32}-us\d{1,2}",
    "klaviyo_private_api_key": r"pk_[0-9a-f]{34}", "brevo_api_v3_key": r"xkeysib-[0-9a-f]{64}-[0-9A-Za-z]{16}",
    "telegram_workshop_bot_token": r"\d{10}:AA[A-Za-z0-9_-]{33}", "slack_bot_user_oauth_token": r"xoxb-\d{13}-\d{13}-[0-9A-Za-z]{24}",
    "slack_incoming_webhook_url": r"https://hooks\.slack\.com/services/T[0-9A-Z]{10}/B[0-9A-Z]{10}/[0-9A-Za-z]{24}",
    "openai_project_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "google_gemini_api_key": r"AIza[A-Za-z0-9_-]{35}", "groq_api_key": r"gsk_[0-9A-Za-z]{52}", "perplexity_api_key": r"pplx-[0-9A-Za-z]{48}",
    "replicate_api_token": r"r8_[0-9A-Za-z]{37}", "langsmith_personal_api_key": r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}",
    "github_fine_grained_pat": r"github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}", "github_classic_personal_token": r"ghp_[0-9A-Za-z]{36}",
    "gitlab_personal_access_token": r"glpat-[A-Za-z0-9_-]{20}", "npm_granular_access_token": r"npm_[0-9A-Za-z]{36}",
    "digitalocean_personal_access_token": r"dop_v1_[0-9a-f]{64}", "pulumi_access_token": r"pul-[0-9a-f]{40}",
    "sonarqube_user_token": r"squ_[0-9a-f]{40}", "sentry_user_auth_token": r"sntryu_[0-9a-f]{64}",
    "postman_workspace_api_key": r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", "circleci_personal_api_token": r"CCIPAT_[0-9A-Za-z]{22}_[0-9a-f]{40}",
    "buildkite_user_access_token": r"bkua_[0-9a-f]{40}", "tailscale_api_access_token": r"tskey-api-k[0-9A-Za-z]{14}-[0-9A-Za-z]{33}",
    "cal_com_api_key": r"cal_live_[0-9a-f]{32}", "loqate_address_api_key": r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}",
    "wordpress_application_password": r"[0-9A-Za-z]{4}( [0-9A-Za-z]{4}){5}", "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
    "what3words_api_key": r"[0-9A-Z]{8}", "ebay_oauth_cert_id": r"PRD-[0-9a-f]{12}(-[0-9a-f]{4}){4}",
}


def _b64url_json(seg):
    try:
        return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))
    except Exception:
        return None


def jwt_ok(tok):
    h, p, s = tok.split(".")
    hd, pl = _b64url_json(h), _b64url_json(p)
    if not isinstance(hd, dict) or not isinstance(pl, dict):
        return False
    try:
        sig = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    except Exception:
        return False
    return SIGLEN.get(hd.get("alg")) == len(sig)


def denied(name, deny, also_syntax=False):
    names = set(deny["names"])
    parts = [name.lower()] + name.lower().split("__")
    if any(p in names for p in parts):
        return True
    if also_syntax and any(p in set(deny["syntaxes"]) for p in parts):
        return True
    return False


def check_all(pos, ev, neg, deny, meta):
    E = []
    err = E.append
    # ---------------------------------------------------------------- ids and fields
    for recs, tag, keys in ((pos, "s", POS_KEYS), (ev, "e", EV_KEYS), (neg, "n", NEG_KEYS)):
        for i, r in enumerate(recs):
            if r.get("id") != "p215-%s-%04d" % (tag, i + 1):
                err("id out of sequence: %r (expected p215-%s-%04d)" % (r.get("id"), tag, i + 1))
            if list(r.keys()) != keys:
                err("%s: field set %r" % (r.get("id"), list(r.keys())))
    ids = [r["id"] for r in pos + ev + neg]
    for k, c in Counter(ids).items():
        if c > 1:
            err("duplicate id " + k)
    # ---------------------------------------------------------------- spans
    all_texts = [r["text"] for r in pos + ev + neg]
    values = []
    for r in pos + ev:
        sp = r["secrets"]
        if len(sp) != 1:
            err("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EV_SPAN_KEYS if r["source"] == "evasion" else SPAN_KEYS
        if list(s.keys()) != want:
            err("%s: span fields %r" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if r["text"][s["start"]:s["end"]] != v:
            err("%s: span does not re-slice" % r["id"])
        if not v or v != v.strip():
            err("%s: empty value or edge whitespace" % r["id"])
        if r["type"] != s["type"]:
            err("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            err("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        for bad in (SLOT, "\x00", "PRIVATE KEY", "\u00a7"):
            if bad in r["text"]:
                err("%s: forbidden marker %r in text" % (r["id"], bad))
        values.append((r["id"], v))
        if r["source"] == "evasion":
            values.append((r["id"] + "/plain", s["plain"]))
    for k, c in Counter(v for _, v in values).items():
        if c > 1:
            err("value reused: %r" % k[:40])
    big = "\n\u241e\n".join(all_texts)
    for rid, v in values:
        n = big.count(v)
        expect = 0 if rid.endswith("/plain") else 1
        if n != expect:
            err("%s: value %r found %d times across all texts (expected %d)" % (rid, v[:30], n, expect))
    neg_big = "\n".join(r["text"] for r in neg)
    for rid, v in values:
        if v in neg_big:
            err("%s: positive value inside a negative" % rid)
    # ---------------------------------------------------------------- shapes
    src = defaultdict(list)
    for r in pos:
        src[r["source"]].append(r)
    pw_types = set(meta["everyday_pw_types"])
    for r in src["everyday"]:
        v = r["secrets"][0]["value"]
        if r["type"] in pw_types:
            if not PW_RE.match(v):
                err("%s: everyday password shape" % r["id"])
        else:
            rx = EVERYDAY_SHAPES.get(r["type"])
            if rx is None:
                err("%s: unknown everyday type %r" % (r["id"], r["type"]))
                continue
            if not rx.match(v):
                err("%s: everyday shape %s" % (r["id"], r["type"]))
            if r["type"] == "restoration_photo_store_api_key" and rx.match(v):
                if "%04x" % fletcher16(v[4:34].encode()) != v[34:]:
                    err("%s: rps_ Fletcher-16 tail wrong" % r["id"])
            if r["type"] == "export_customs_broker_api_token" and rx.match(v):
                if "%04x" % crc16_ccitt_false(v[4:40].encode()) != v[41:]:
                    err("%s: ecx_ CRC-16 tail wrong" % r["id"])
            if r["type"] == "workshop_sensor_nats_user_seed" and not nkey_valid(v):
                err("%s: nkey seed CRC-16 wrong" % r["id"])
            if r["type"] == "fair_stand_staff_totp_seed" and len(base64.b32decode(v)) != 20:
                err("%s: TOTP seed not 20 bytes" % r["id"])
            if r["type"] == "valuation_certificate_signing_jwt":
                hd = _b64url_json(v.split(".")[0]) or {}
                if hd.get("alg") != "EdDSA" or not jwt_ok(v):
                    err("%s: valuation JWT malformed" % r["id"])
    owner_v = set(meta["vendor_owner_types"])
    for r in src["vendor"]:
        v = r["secrets"][0]["value"]
        if r["type"] in owner_v:
            if not PW_RE.match(v):
                err("%s: vendor owner password shape" % r["id"])
        elif r["type"] in VENDOR_SHAPES:
            if not re.fullmatch(VENDOR_SHAPES[r["type"]], v):
                err("%s: vendor shape %s" % (r["id"], r["type"]))
        elif re.search(r"\s", v) or len(v) < 8:
            err("%s: vendor value has whitespace or is short" % r["id"])
        if r["type"] == "intercom_access_token":
            if not base64.b64decode(v).decode().startswith("tok:"):
                err("%s: intercom token frame" % r["id"])
        if r["type"] == "onepassword_service_account_token":
            if not isinstance(_b64url_json(v[4:]), dict):
                err("%s: 1Password token frame" % r["id"])
    for r in src["password"] + src["prose"]:
        if not PW_STRICT_RE.match(r["secrets"][0]["value"]):
            err("%s: strict password shape" % r["id"])
    for r in src["password"]:
        if r["type"].endswith("fixed_width_cols_31_to_50"):
            line = r["text"].split("\n")[1]
            if line[30:50].rstrip() != r["secrets"][0]["value"]:
                err("%s: fixed-width columns 31-50" % r["id"])
    for r in src["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            err("%s: prose value not set off by whitespace" % r["id"])
    # ---------------------------------------------------------------- UUIDs and JWTs
    for r in pos + ev + neg:
        for m in UUID_RE.finditer(r["text"]):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                err("%s: UUID-shaped substring not v4: %s" % (r["id"], u))
    for r in pos + ev:
        for m in JWT_RE.finditer(r["text"]):
            if not jwt_ok(m.group(0)):
                err("%s: JWT-shaped substring malformed" % r["id"])
    # ---------------------------------------------------------------- evasions
    encs = Counter()
    per = defaultdict(set)
    for r in ev:
        s = r["secrets"][0]
        e = r["encoding"]
        encs[e] += 1
        if s["encoding"] != e:
            err("%s: record / span encoding differ" % r["id"])
        try:
            d = dec215.decode(e, s["value"])
        except Exception as ex:
            d = "<%s>" % ex
        if d != s["plain"]:
            err("%s: run does not decode to its plain" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            err("%s: run contains its plain" % r["id"])
        t = r["text"]
        if not t[:s["start"]].endswith(":\n") or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            err("%s: run layout" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            err("%s: plain alphabet" % r["id"])
        if r["container"] != e + "__" + r["container"].split("__", 1)[1]:
            err("%s: evasion container" % r["id"])
        per[e].add((r["type"], r["container"].split("__", 1)[1]))
        if r["type"] == meta["evasion_pw_type"] and not PW_STRICT_RE.match(s["plain"]):
            err("%s: evasion password plain shape" % r["id"])
    if len(encs) != 22 or any(c != 3 for c in encs.values()):
        err("evasions: need 22 encodings x 3, got %d encodings, counts %r" % (len(encs), sorted(set(encs.values()))))
    for e, pairs in per.items():
        if len({p[0] for p in pairs}) != 3 or len({p[1] for p in pairs}) != 3:
            err("evasions: %s not once per type and wording" % e)
    # ---------------------------------------------------------------- negatives
    if len(neg) < 180:
        err("negatives: only %d records" % len(neg))
    classes = Counter(r["class"] for r in neg)
    if len(classes) < 16:
        err("negatives: only %d classes" % len(classes))
    for k, c in Counter(r["text"] for r in neg).items():
        if c > 1:
            err("negatives: duplicate text")
    for r in neg:
        if r["source"] != "negative":
            err("%s: negative source" % r["id"])
        for m in PW_FIND_STRICT.finditer(r["text"]):
            if m.group(0) not in ("ssh-ed25519",):
                err("%s: negative holds a password-shaped string %r" % (r["id"], m.group(0)))
        t = r["text"]
        if r["class"] == "supplier_iban_remittance_details":
            for ib in re.findall(r"GB\d\d(?: ?[A-Z0-9]{4}){4}(?: ?[A-Z0-9]{2})", t):
                if not iban_valid(ib.replace(" ", "")):
                    err("%s: IBAN check digits wrong" % r["id"])
        if r["class"] == "isbn_reference_library_entries":
            for isb in re.findall(r"97[89][0-9-]{10,14}", t):
                d = isb.replace("-", "")
                if len(d) != 13 or isbn13_check(d[:12]) != d[12]:
                    err("%s: ISBN check digit wrong" % r["id"])
        if r["class"] == "nats_user_and_account_public_nkeys":
            for nk in re.findall(r"\b[UA][A-Z2-7]{55}\b", t):
                if not nkey_valid(nk):
                    err("%s: public nkey CRC wrong" % r["id"])
        if r["class"] == "pgp_armored_ciphertext_blocks":
            m2 = re.search(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n", t, re.S)
            body = base64.b64decode(m2.group(1).replace("\n", ""))
            c = crc24(body)
            if base64.b64encode(bytes([c >> 16, (c >> 8) & 255, c & 255])).decode() != m2.group(2):
                err("%s: PGP armour CRC-24 wrong" % r["id"])
        if r["class"] == "ssh_host_and_user_public_keys":
            for k in re.findall(r"ssh-ed25519 (\S+)", t):
                raw = base64.b64decode(k)
                if raw[:19] != b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" or len(raw) != 51:
                    err("%s: ssh-ed25519 frame" % r["id"])
    # ---------------------------------------------------------------- deny-list
    for r in pos + ev + neg:
        if denied(r["container"], deny):
            err("%s: container %r on the deny-list" % (r["id"], r["container"]))
    for r in pos + ev:
        if denied(r["type"], deny):
            err("%s: span type %r on the deny-list" % (r["id"], r["type"]))
    for r in ev:
        if denied(r["encoding"], deny):
            err("%s: encoding %r on the deny-list" % (r["id"], r["encoding"]))
    for c in classes:
        if denied(c, deny):
            err("negative class %r on the deny-list" % c)
    for n in meta["extra_names"]:
        if denied(n, deny):
            err("name %r on the deny-list" % n)
    for r in src["password"]:
        syn = r["type"][len(meta["pw_prefix"]):]
        if denied(syn, deny, also_syntax=True):
            err("%s: syntax %r on the deny-list" % (r["id"], syn))
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    names = set(deny["names"])
    for code, name in meta["languages"] + meta["language_spares"]:
        words = [w for w in re.split(r"[\s\-]+", name.lower()) if len(w) >= 3]
        if code in codes or code in names or name.lower() in lnames or any(w in lnames for w in words):
            err("language %s (%s) on the deny-list" % (code, name))
    prose_codes = [r["container"].split("__")[1] for r in src["prose"]]
    if sorted(prose_codes) != sorted(c for c, _ in meta["languages"]):
        err("prose containers do not match the language list")
    # ---------------------------------------------------------------- counts
    ed = src["everyday"]
    if len(ed) != 180:
        err("everyday: %d records" % len(ed))
    per_kind = defaultdict(list)
    for r in ed:
        per_kind[r["container"]].append(r["type"])
    if len(per_kind) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in per_kind.values()):
        err("everyday: need 45 kinds x 4 different types")
    tc = Counter(r["type"] for r in ed)
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        err("everyday: need 12 types x 15")
    if len(src["vendor"]) != 120 or len({r["type"] for r in src["vendor"]}) != 120:
        err("vendor: need 120 distinct types")
    for r in src["vendor"]:
        if not r["container"].startswith(r["type"] + "__"):
            err("%s: vendor container" % r["id"])
    pt = [r["type"] for r in src["password"]]
    if not 95 <= len(pt) <= 120 or len(set(pt)) != len(pt):
        err("password: need 95-120 distinct syntaxes, one each (got %d)" % len(pt))
    if len(src["prose"]) != 40 or len(set(prose_codes)) != 40:
        err("prose: need 40 records in 40 languages")
    if len(ev) != 66:
        err("evasions: %d records" % len(ev))
    if not 440 <= len(pos) <= 470:
        err("positives: %d records" % len(pos))
    tsets = {k: {r["type"] for r in v} for k, v in src.items()}
    tsets["evasion"] = {r["type"] for r in ev}
    ks = sorted(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                err("span types shared between %s and %s" % (ks[i], ks[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(set(ne)) != len(ne):
        err("non-everyday containers not unique")
    return E
