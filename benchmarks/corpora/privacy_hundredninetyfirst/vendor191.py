"""Vendor source: 120 vendor credential types used by pet-grooming / kennel / daycare developers."""
import base64
import random

from common191 import (SLOT, ALNUM, B62, B64URL, DIGITS, HEX, LALNUM, LOWER, UALNUM, UHEX, UPPER, keyname,
                       owner_pw, rbytes, rstr, b64, b64url, jwt_hs, jwt_random_sig, crc32_b62, uuid4, span_record)

SEED = 19102
S = SLOT

# bech32 (BIP-173) for the age identity
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_BECH.index(c) for c in s[pos + 1:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


def _ghp(r):
    body = rstr(r, B62, 30)
    return "ghp_" + body + crc32_b62(body)


def _discord_bot(r):
    snow = str(r.randint(10 ** 17, 10 ** 18 - 1) * 1)
    return b64url(snow.encode()) + "." + rstr(r, B64URL, 6) + "." + rstr(r, B64URL, 38)


def _intercom(r):
    return b64(("tok:" + uuid4(r) + ":1:0").encode())


def _supabase(r):
    ref = rstr(r, LOWER, 20)
    iat = 1700000000 + r.randint(0, 30000000)
    return jwt_hs(r, {"typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat,
                                      "exp": iat + 315360000}, "HS256")


def _turso(r):
    iat = 1720000000 + r.randint(0, 9000000)
    return jwt_random_sig(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": iat, "id": uuid4(r)}, 64)


def _hass(r):
    iat = 1730000000 + r.randint(0, 9000000)
    return jwt_hs(r, {"typ": "JWT"}, {"iss": rstr(r, HEX, 32), "iat": iat, "exp": iat + 315360000}, "HS256")


def _age(r):
    return bech32_encode("age-secret-key-", list(rbytes(r, 32))).upper()


def _atlassian(r):
    return "ATATT3xFfGF0" + rstr(r, B64URL, 171) + "=" + rstr(r, UHEX, 8)


def _adyen(r):
    return "AQE" + rstr(r, ALNUM, 60) + "==-" + b64(rbytes(r, 32)) + "-" + rstr(r, ALNUM, 16)


def _onepw_secret(r):
    return "A3-" + "-".join([rstr(r, UALNUM, 6), rstr(r, UALNUM, 6), rstr(r, UALNUM, 5), rstr(r, UALNUM, 5),
                              rstr(r, UALNUM, 5), rstr(r, UALNUM, 5)])


def _teams_workflow_sig(r):
    return b64url(rbytes(r, 32))


def _slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, UALNUM, 10), rstr(r, UALNUM, 10), rstr(r, ALNUM, 24))


def _zapier_hook(r):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(1000000, 9999999), rstr(r, LALNUM, 7))


def _openai(r):
    return "sk-proj-" + rstr(r, B64URL, 74) + "T3BlbkFJ" + rstr(r, B64URL, 74)


def _ant(r):
    return "sk-ant-api03-" + rstr(r, B64URL, 93) + "AA"


def P(r):
    return owner_pw(r)


def h(n):
    return lambda r: rstr(r, HEX, n)


def a(n):
    return lambda r: rstr(r, ALNUM, n)


def la(n):
    return lambda r: rstr(r, LALNUM, n)


def u64(n):
    return lambda r: rstr(r, B64URL, n)


def pre(p, alph, n):
    return lambda r: p + rstr(r, alph, n)


# (type, shape description, confidence, generator, neighbours [(key words, generator, what)])
# confidence: R = read this session in the public gitleaks rule file; B = believed from background
# knowledge; G = guessed (length / alphabet only); O = owner-chosen password
V = [
    # ---- pet-care software, vets, insurers, registries (mostly guessed) ----
    ("gingr_kennel_api_key", "32 lower-case hex", "G", h(32), [(["gingr", "subdomain"], lambda r: "pawhaven%d" % r.randint(1, 99), "subdomain")]),
    ("petexec_partner_api_token", "40 alphanumerics", "G", a(40), []),
    ("moego_grooming_open_api_key", "48 alphanumerics", "G", a(48), [(["moego", "business", "id"], lambda r: str(r.randint(100000, 999999)), "business id")]),
    ("daysmart_pet_api_secret", "64 lower-case hex", "G", h(64), [(["daysmart", "client", "id"], uuid4, "client id (UUIDv4)")]),
    ("time_to_pet_api_token", "40 lower-case alphanumerics", "G", la(40), []),
    ("revelation_pets_integration_key", "32 upper-case hex", "G", lambda r: rstr(r, UHEX, 32), []),
    ("kennel_connection_sql_sa_password", "owner-chosen", "O", P, [(["kennel", "connection", "sql", "user"], lambda r: "sa", "SQL login")]),
    ("pawfinity_booking_webhook_secret", "standard Base64 of 32 bytes (44 characters)", "G", lambda r: b64(rbytes(r, 32)), []),
    ("propet_cloud_api_key", "36 alphanumerics", "G", a(36), []),
    ("petdesk_partner_api_key", "40 lower-case hex", "G", h(40), []),
    ("vetstoria_booking_api_key", "32 alphanumerics", "G", a(32), []),
    ("ezyvet_api_client_secret", "64 alphanumerics", "G", a(64), [(["ezyvet", "client", "id"], a(32), "client id"), (["ezyvet", "partner", "id"], lambda r: "pawhaven-%d" % r.randint(100, 999), "partner id")]),
    ("vetspire_graphql_api_key", "64 lower-case hex", "G", h(64), []),
    ("idexx_vetconnect_plus_password", "owner-chosen", "O", P, [(["idexx", "vetconnect", "user"], lambda r: "frontdesk@pawhaven.example", "login e-mail")]),
    ("covetrus_pulse_client_secret", "48 base64url", "G", u64(48), [(["covetrus", "client", "id"], uuid4, "client id (UUIDv4)")]),
    ("trupanion_express_api_key", "32 alphanumerics", "G", a(32), [(["trupanion", "hospital", "id"], lambda r: str(r.randint(10000, 99999)), "hospital id")]),
    ("petplan_claims_partner_key", "40 lower-case hex", "G", h(40), []),
    ("manypets_claims_api_token", "48 base64url", "G", u64(48), []),
    ("healthy_paws_claims_portal_password", "owner-chosen", "O", P, [(["healthy", "paws", "portal", "user"], lambda r: "claims@pawhaven.example", "login e-mail")]),
    ("embrace_pet_insurance_partner_secret", "40 alphanumerics", "G", a(40), [(["embrace", "partner", "id"], lambda r: "PH%d" % r.randint(1000, 9999), "partner id")]),
    ("petlink_microchip_registry_password", "owner-chosen", "O", P, [(["petlink", "account"], lambda r: "implanter-%d" % r.randint(10000, 99999), "implanter account")]),
    ("aaha_microchip_lookup_api_key", "32 lower-case hex", "G", h(32), []),
    ("tractive_gps_partner_token", "64 alphanumerics", "G", a(64), []),
    ("halo_collar_partner_api_key", "40 alphanumerics", "G", a(40), []),
    ("traccar_gps_server_admin_password", "owner-chosen", "O", P, [(["traccar", "admin", "email"], lambda r: "admin@walks.pawhaven.example", "admin e-mail")]),
    ("wyze_developer_api_key", "60 alphanumerics", "G", a(60), [(["wyze", "key", "id"], uuid4, "key id (UUIDv4)")]),
    ("hikvision_kennel_nvr_admin_password", "owner-chosen", "O", P, [(["hikvision", "nvr", "user"], lambda r: "admin", "user name")]),
    ("reolink_daycare_camera_password", "owner-chosen", "O", P, [(["reolink", "camera", "user"], lambda r: "admin", "user name")]),
    ("axis_camera_root_password", "owner-chosen", "O", P, [(["axis", "camera", "host"], lambda r: "10.20.9.%d" % r.randint(2, 200), "camera address")]),
    ("verkada_camera_api_key", "40 alphanumerics", "G", a(40), [(["verkada", "org", "id"], uuid4, "org id (UUIDv4)")]),
    ("keynest_partner_api_key", "32 lower-case hex", "G", h(32), []),
    ("keycafe_business_api_token", "40 alphanumerics", "G", a(40), []),
    ("nuki_web_api_token", "64 lower-case hex", "G", h(64), []),
    ("igloohome_api_client_secret", "48 alphanumerics", "G", a(48), [(["igloohome", "client", "id"], a(24), "client id")]),
    ("seam_smart_lock_api_key", "`seam_` + 5 + `_` + 28 alphanumerics", "G", lambda r: "seam_" + rstr(r, ALNUM, 5) + "_" + rstr(r, ALNUM, 28), []),
    ("kisi_door_api_key", "32 lower-case hex", "G", h(32), []),
    # ---- subscriptions, deliveries, commerce ----
    ("recharge_subscriptions_admin_token", "`sk_1x1_` + 64 lower-case hex", "G", pre("sk_1x1_", HEX, 64), []),
    ("bold_subscriptions_api_key", "32 alphanumerics", "G", a(32), []),
    ("chargebee_site_api_key", "`live_` + 34 alphanumerics", "B", pre("live_", ALNUM, 34), [(["chargebee", "site"], lambda r: "pawhaven-food", "site name")]),
    ("recurly_private_api_key", "32 lower-case hex", "B", h(32), []),
    ("paddle_billing_api_key", "`pdl_live_apikey_` + 26 lower-case alphanumerics + `_` + 22 alphanumerics + `_` + 3 alphanumerics",
     "G", lambda r: "pdl_live_apikey_" + rstr(r, LALNUM, 26) + "_" + rstr(r, ALNUM, 22) + "_" + rstr(r, ALNUM, 3), []),
    ("shippo_live_api_token", "`shippo_live_` + 40 lower-case hex", "R", pre("shippo_live_", HEX, 40), []),
    ("easypost_production_api_key", "`EZAK` + 54 alphanumerics", "R", pre("EZAK", LALNUM, 54), []),
    ("shipstation_api_secret", "32 lower-case hex", "G", h(32), [(["shipstation", "api", "key"], h(32), "API key (same shape, identifier half)")]),
    ("onfleet_delivery_api_key", "32 lower-case hex", "G", h(32), []),
    ("routific_engine_api_token", "40 alphanumerics", "G", a(40), []),
    ("doordash_drive_signing_secret", "base64url of 32 bytes (43 characters)", "B", lambda r: b64url(rbytes(r, 32)),
     [(["doordash", "developer", "id"], uuid4, "developer id (UUIDv4)"), (["doordash", "key", "id"], uuid4, "key id (UUIDv4)")]),
    ("uber_direct_client_secret", "40 base64url", "G", u64(40), [(["uber", "direct", "client", "id"], a(32), "client id")]),
    ("shopify_admin_api_access_token", "`shpat_` + 32 lower-case hex", "R", pre("shpat_", HEX, 32), [(["shopify", "shop", "domain"], lambda r: "pawhaven-kibble.myshopify.com", "shop domain")]),
    ("shopify_app_shared_secret", "`shpss_` + 32 lower-case hex", "R", pre("shpss_", HEX, 32), [(["shopify", "api", "key"], h(32), "API key (public)")]),
    ("lob_live_api_key", "`live_` + 35 lower-case hex", "R", pre("live_", HEX, 35), []),
    # ---- payments ----
    ("stripe_secret_live_key", "`sk_live_51` + 96 alphanumerics", "R", pre("sk_live_51", ALNUM, 96), []),
    ("square_webhook_signature_key", "22 base64url", "G", u64(22), []),
    ("gocardless_live_access_token", "`live_` + 40 base64url", "R", pre("live_", B64URL, 40), []),
    ("razorpay_live_key_secret", "24 alphanumerics", "B", a(24), [(["razorpay", "key", "id"], pre("rzp_live_", ALNUM, 14), "key id `rzp_live_` (identifier)")]),
    ("authorize_net_transaction_key", "16 alphanumerics", "B", a(16), [(["authorize", "net", "api", "login", "id"], a(10), "API login id")]),
    ("adyen_checkout_api_key", "`AQE` + 60 alphanumerics + `==-` + Base64 of 32 bytes + `-` + 16 alphanumerics", "B", _adyen,
     [(["adyen", "merchant", "account"], lambda r: "PawHavenECOM", "merchant account")]),
    ("sumup_merchant_api_key", "`sup_sk_` + 32 alphanumerics", "B", pre("sup_sk_", ALNUM, 32), []),
    ("clover_merchant_api_token", "UUIDv4", "G", uuid4, [(["clover", "merchant", "id"], lambda r: rstr(r, UALNUM, 13), "merchant id")]),
    ("xero_app_client_secret", "48 base64url", "B", u64(48), [(["xero", "client", "id"], lambda r: rstr(r, UHEX, 32), "client id (32 upper-case hex)")]),
    ("quickbooks_online_client_secret", "40 alphanumerics", "B", a(40), [(["quickbooks", "client", "id"], pre("AB", ALNUM, 48), "client id `AB…` (identifier)")]),
    ("klarna_live_api_password", "`klarna_live_api_` + 64 base64url", "G", pre("klarna_live_api_", B64URL, 64), [(["klarna", "api", "username"], lambda r: "K%d_%s" % (r.randint(100000, 999999), rstr(r, HEX, 12)), "API user name")]),
    # ---- messaging ----
    ("twilio_account_auth_token", "32 lower-case hex", "B", h(32), [(["twilio", "account", "sid"], pre("AC", HEX, 32), "account SID `AC…` (identifier)")]),
    ("messagebird_live_access_key", "25 alphanumerics", "R", a(25), []),
    ("telnyx_v2_api_key", "`KEY` + 32 upper-case hex + `_` + 22 alphanumerics", "B", lambda r: "KEY" + rstr(r, UHEX, 32) + "_" + rstr(r, ALNUM, 22), []),
    ("clicksend_api_key", "upper-case UUIDv4", "G", lambda r: uuid4(r).upper(), [(["clicksend", "username"], lambda r: "ops@pawhaven.example", "user name")]),
    ("brevo_transactional_api_key", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "R", lambda r: "xkeysib-" + rstr(r, HEX, 64) + "-" + rstr(r, ALNUM, 16), []),
    ("mailgun_private_sending_key", "`key-` + 32 lower-case hex", "R", pre("key-", HEX, 32), [(["mailgun", "domain"], lambda r: "mg.pawhaven.example", "sending domain")]),
    ("mailchimp_marketing_api_key", "32 lower-case hex + `-us` + 2 digits", "R", lambda r: rstr(r, HEX, 32) + "-us" + str(r.randint(10, 21)), []),
    ("mandrill_transactional_api_key", "`md-` + 22 base64url", "G", pre("md-", B64URL, 22), []),
    ("klaviyo_private_api_key", "`pk_` + 34 lower-case hex", "B", pre("pk_", HEX, 34), [(["klaviyo", "public", "key"], a(6), "public site key (6 characters)")]),
    ("customerio_app_api_key", "32 lower-case hex", "G", h(32), [(["customerio", "site", "id"], h(20), "site id")]),
    ("intercom_workspace_access_token", "standard Base64 of `tok:<UUIDv4>:1:0` (starts `dG9rO`)", "B", _intercom, []),
    ("zendesk_support_api_token", "40 alphanumerics", "R", a(40), [(["zendesk", "agent", "email"], lambda r: "support@pawhaven.example", "agent e-mail")]),
    ("freshdesk_agent_api_key", "20 alphanumerics", "B", a(20), [(["freshdesk", "domain"], lambda r: "pawhaven.freshdesk.com", "helpdesk domain")]),
    ("hubspot_private_app_token", "`pat-eu1-` + UUIDv4", "B", lambda r: "pat-eu1-" + uuid4(r), []),
    ("aircall_api_token", "32 lower-case hex", "G", h(32), [(["aircall", "api", "id"], h(32), "API id (same shape, identifier)")]),
    ("sendbird_master_api_token", "40 lower-case hex", "R", h(40), [(["sendbird", "app", "id"], lambda r: uuid4(r).upper(), "application id (upper-case UUIDv4)")]),
    ("stream_chat_api_secret", "64 lower-case alphanumerics", "G", la(64), [(["stream", "api", "key"], la(12), "API key (public)")]),
    ("expo_push_access_token", "40 alphanumerics", "G", a(40), []),
    ("pushover_application_token", "`a` + 29 lower-case alphanumerics", "B", pre("a", LALNUM, 29), [(["pushover", "user", "key"], pre("u", LALNUM, 29), "user key `u…` (recipient id)")]),
    ("slack_kennel_bot_token", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "R",
     lambda r: "xoxb-%s-%s-%s" % (rstr(r, DIGITS, 12), rstr(r, DIGITS, 13), rstr(r, ALNUM, 24)), []),
    ("slack_incoming_webhook_url", "whole `https://hooks.slack.com/services/T…/B…/<24>` URL", "R", _slack_hook, []),
    ("telegram_kennel_alert_bot_token", "bot id (10 digits) + `:AA` + 33 base64url", "B", lambda r: "%d:AA%s" % (r.randint(6000000000, 7999999999), rstr(r, B64URL, 33)), []),
    ("discord_daycare_bot_token", "base64url of a snowflake id + `.` + 6 + `.` + 38 base64url (first part real base64url of the digits)", "B", _discord_bot, []),
    ("power_automate_workflow_sig", "the `sig` query value of a Power Automate / Logic Apps HTTP trigger URL: base64url of 32 bytes (43)", "B", _teams_workflow_sig, []),
    # ---- scheduling, forms, no-code ----
    ("google_calendar_oauth_client_secret", "`GOCSPX-` + 28 base64url", "B", pre("GOCSPX-", B64URL, 28),
     [(["google", "client", "id"], lambda r: "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rstr(r, LALNUM, 32)), "client id (public)")]),
    ("acuity_scheduling_api_key", "32 lower-case hex", "G", h(32), [(["acuity", "user", "id"], lambda r: str(r.randint(10000000, 39999999)), "user id")]),
    ("calendly_webhook_signing_key", "43 base64url", "G", u64(43), []),
    ("typeform_personal_access_token", "`tfp_` + 59 characters of `[A-Za-z0-9_-]`", "R", pre("tfp_", B64URL, 59), []),
    ("airtable_personal_access_token", "`pat` + 14 alphanumerics + `.` + 64 hex", "R", lambda r: "pat" + rstr(r, ALNUM, 14) + "." + rstr(r, HEX, 64), [(["airtable", "base", "id"], pre("app", ALNUM, 14), "base id `app…`")]),
    ("notion_integration_token", "`ntn_` + 11 digits + 35 alphanumerics", "R", lambda r: "ntn_" + rstr(r, DIGITS, 11) + rstr(r, ALNUM, 35), []),
    ("zapier_catch_hook_url", "whole `https://hooks.zapier.com/hooks/catch/<id>/<7>/` URL", "B", _zapier_hook, []),
    # ---- AI ----
    ("openai_project_api_key", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "R", _openai, []),
    ("anthropic_claude_api_key", "`sk-ant-api03-` + 93 base64url + `AA`", "R", _ant, []),
    ("gemini_developer_api_key", "`AIza` + 35 of `[A-Za-z0-9_-]`", "R", pre("AIza", B64URL, 35), []),
    ("groq_cloud_api_key", "`gsk_` + 52 alphanumerics", "B", pre("gsk_", ALNUM, 52), []),
    ("replicate_api_token", "`r8_` + 37 alphanumerics", "B", pre("r8_", ALNUM, 37), []),
    ("perplexity_sonar_api_key", "`pplx-` + 48 alphanumerics", "R", pre("pplx-", ALNUM, 48), []),
    ("hugging_face_inference_token", "`hf_` + 34 letters", "R", pre("hf_", UPPER + LOWER, 34), []),
    ("roboflow_breed_model_api_key", "20 alphanumerics", "G", a(20), [(["roboflow", "workspace"], lambda r: "pawhaven-breeds", "workspace")]),
    ("pinecone_vector_api_key", "`pcsk_` + 5 + `_` + 63 alphanumerics", "G", lambda r: "pcsk_" + rstr(r, ALNUM, 5) + "_" + rstr(r, ALNUM, 63), []),
    ("langsmith_personal_api_key", "`lsv2_pt_` + 32 hex + `_` + 10 hex", "B", lambda r: "lsv2_pt_" + rstr(r, HEX, 32) + "_" + rstr(r, HEX, 10), []),
    ("voyage_embeddings_api_key", "`pa-` + 43 base64url", "B", pre("pa-", B64URL, 43), []),
    # ---- developer and ops ----
    ("github_classic_personal_access_token", "`ghp_` + 30 base62 + 6-character base62 CRC-32 of the body", "B", _ghp, []),
    ("github_fine_grained_pat", "`github_pat_11` + 20 + `_` + 59 (word characters)", "R",
     lambda r: "github_pat_11" + rstr(r, UALNUM, 20) + "_" + rstr(r, ALNUM, 59), []),
    ("gitlab_personal_access_token", "`glpat-` + 20 of `[A-Za-z0-9_-]`", "R", pre("glpat-", B64URL, 20), []),
    ("bitbucket_app_password_atbb", "`ATBB` + 32 alphanumerics", "B", pre("ATBB", ALNUM, 32), [(["bitbucket", "username"], lambda r: "pawhaven-ci", "user name")]),
    ("atlassian_cloud_api_token", "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex (186 after `ATATT3`)", "R", _atlassian,
     [(["atlassian", "email"], lambda r: "dev@pawhaven.example", "account e-mail")]),
    ("linear_api_key", "`lin_api_` + 40 alphanumerics", "R", pre("lin_api_", ALNUM, 40), []),
    ("postman_api_key", "`PMAK-` + 24 hex + `-` + 34 hex", "R", lambda r: "PMAK-" + rstr(r, HEX, 24) + "-" + rstr(r, HEX, 34), []),
    ("figma_personal_access_token", "`figd_` + 40 base64url", "B", pre("figd_", B64URL, 40), []),
    ("render_api_key", "`rnd_` + 32 alphanumerics", "B", pre("rnd_", ALNUM, 32), []),
    ("flyio_deploy_token", "`fo1_` + 43 base64url", "R", pre("fo1_", B64URL, 43), []),
    ("heroku_platform_api_key", "`HRKU-AA` + 58 of `[A-Za-z0-9_-]`", "R", pre("HRKU-AA", B64URL, 58), []),
    ("circleci_personal_api_token", "`CCIPAT_` + 22 alphanumerics + `_` + 40 hex", "B", lambda r: "CCIPAT_" + rstr(r, ALNUM, 22) + "_" + rstr(r, HEX, 40), []),
    ("buildkite_api_access_token", "`bkua_` + 40 lower-case hex", "B", pre("bkua_", HEX, 40), []),
    ("sentry_user_auth_token", "`sntryu_` + 64 lower-case hex", "R", pre("sntryu_", HEX, 64), []),
    ("datadog_application_key", "40 lower-case alphanumerics", "R", la(40), [(["datadog", "site"], lambda r: "datadoghq.eu", "site")]),
    ("new_relic_ingest_license_key", "36 lower-case hex + `NRAL`", "B", lambda r: rstr(r, HEX, 36) + "NRAL", []),
    ("uptimerobot_main_api_key", "`u` + 7 digits + `-` + 24 lower-case hex", "B", lambda r: "u" + rstr(r, DIGITS, 7) + "-" + rstr(r, HEX, 24), []),
    ("cloudflare_dns_edit_api_token", "40 of `[A-Za-z0-9_-]`", "R", u64(40), [(["cloudflare", "zone", "id"], h(32), "zone id (identifier)")]),
    ("backblaze_b2_application_key", "`K005` + 27 of `[A-Za-z0-9+/]`", "B", lambda r: "K005" + rstr(r, ALNUM + "+/", 27),
     [(["b2", "key", "id"], pre("005", HEX, 22), "key id (identifier)")]),
    ("aws_groom_photos_secret_access_key", "40 of `[A-Za-z0-9+/]`", "B", lambda r: rstr(r, ALNUM + "+/", 40),
     [(["aws", "access", "key", "id"], pre("AKIA", UALNUM, 16), "access key id `AKIA…` (identifier)")]),
    ("azure_storage_account_key", "standard Base64 of 64 bytes (88 characters)", "B", lambda r: b64(rbytes(r, 64)),
     [(["azure", "storage", "account"], lambda r: "pawhavenclaims", "storage account name")]),
    ("digitalocean_api_pat", "`dop_v1_` + 64 lower-case hex", "R", pre("dop_v1_", HEX, 64), []),
    ("hetzner_cloud_api_token", "64 alphanumerics", "B", a(64), []),
    ("supabase_service_role_jwt", "HS256 JWT with role `service_role` (real base64url JSON, real HMAC under a discarded key)", "B", _supabase,
     [(["supabase", "url"], lambda r: "https://%s.supabase.co" % rstr(r, LOWER, 20), "project URL")]),
    ("neon_database_role_password", "`npg_` + 12 alphanumerics", "G", pre("npg_", ALNUM, 12), [(["neon", "role"], lambda r: "kennel_owner", "role name")]),
    ("upstash_redis_rest_token", "`A` + 59 of `[A-Za-z0-9_-]`", "G", pre("A", B64URL, 59), [(["upstash", "redis", "rest", "url"], lambda r: "https://eu1-%s-%d.upstash.io" % (rstr(r, LOWER, 6), r.randint(10000, 99999)), "REST URL")]),
    ("turso_database_auth_token", "EdDSA JWT (real base64url JSON, 64 random signature bytes)", "B", _turso, []),
    ("mongodb_atlas_private_api_key", "UUIDv4", "B", uuid4, [(["atlas", "public", "key"], la(8), "public key (8 lower-case, identifier)")]),
    ("meilisearch_master_key", "43 base64url", "G", u64(43), []),
    ("tailscale_api_access_token", "`tskey-api-` + 17 alphanumerics + `-` + 33 alphanumerics", "B", lambda r: "tskey-api-" + rstr(r, ALNUM, 17) + "-" + rstr(r, ALNUM, 33), []),
    ("pulumi_access_token", "`pul-` + 40 lower-case hex", "R", pre("pul-", HEX, 40), []),
    ("home_assistant_long_lived_token", "HS256 JWT (real base64url JSON `iss` / `iat` / `exp`, real HMAC under a discarded key)", "B", _hass,
     [(["hass", "url"], lambda r: "http://kennel-ha.pawhaven.lan:8123", "Home Assistant URL")]),
    ("ntfy_access_token", "`tk_` + 29 lower-case alphanumerics", "B", pre("tk_", LALNUM, 29), []),
    ("age_claims_export_identity", "`AGE-SECRET-KEY-1` + 58 upper-case bech32 with a real BIP-173 checksum", "R", _age, []),
    ("doppler_personal_token", "`dp.pt.` + 43 alphanumerics", "R", pre("dp.pt.", ALNUM, 43), []),
    ("harness_platform_api_key", "`pat.` + 22 + `.` + 24 + `.` + 20", "R", lambda r: "pat.%s.%s.%s" % (rstr(r, B64URL, 22), rstr(r, ALNUM, 24), rstr(r, ALNUM, 20)), []),
    ("maxmind_geoip_license_key", "6 alphanumerics + `_` + 29 alphanumerics + `_mmk`", "R", lambda r: rstr(r, ALNUM, 6) + "_" + rstr(r, ALNUM, 29) + "_mmk",
     [(["maxmind", "account", "id"], lambda r: str(r.randint(100000, 999999)), "account id")]),
    ("dynatrace_api_token", "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics", "R", lambda r: "dt0c01." + rstr(r, UALNUM, 24) + "." + rstr(r, UALNUM, 64), []),
    ("onepassword_account_secret_key", "`A3-` + 6 + `-` + 6 + `-` + 5 × 4 groups (upper-case alphanumerics)", "R", _onepw_secret,
     [(["onepassword", "account", "email"], lambda r: "owner@pawhaven.example", "account e-mail")]),
    ("clickhouse_cloud_api_secret", "`4b1d` + 38 alphanumerics", "R", pre("4b1d", ALNUM, 38), [(["clickhouse", "key", "id"], a(20), "key id")]),
    ("google_maps_server_api_key", "`AIza` + 35 of `[A-Za-z0-9_-]` (server key: IP-restricted, secret)", "R", pre("AIza", B64URL, 35), []),
    ("radar_live_secret_key", "`prj_live_sk_` + 40 lower-case hex", "B", pre("prj_live_sk_", HEX, 40), []),
    ("here_location_api_key", "43 base64url", "G", u64(43), []),
]
# written but set aside (least central or most generic), so that exactly 120 are used
SPARES = ["propet_cloud_api_key", "petdesk_partner_api_key", "halo_collar_partner_api_key", "keycafe_business_api_token",
          "kisi_door_api_key", "bold_subscriptions_api_key", "recurly_private_api_key", "routific_engine_api_token",
          "uber_direct_client_secret", "square_webhook_signature_key", "sumup_merchant_api_key",
          "messagebird_live_access_key", "mandrill_transactional_api_key", "customerio_app_api_key", "aircall_api_token",
          "expo_push_access_token", "acuity_scheduling_api_key", "calendly_webhook_signing_key",
          "perplexity_sonar_api_key", "voyage_embeddings_api_key", "figma_personal_access_token", "render_api_key",
          "buildkite_api_access_token", "uptimerobot_main_api_key", "hetzner_cloud_api_token", "meilisearch_master_key",
          "here_location_api_key"]
ALL = V
V = [t for t in ALL if t[0] not in SPARES]
assert len(V) == 120, len(V)

# styles: (name, renderer(entries) -> template); entries = [(key words, value-or-SLOT)]


def _dotenv(e, r):
    return "# .env.production – kennel booking API\nNODE_ENV=production\n" + "".join(
        "%s=%s\n" % (keyname(k, "upper"), v) for k, v in e) + "LOG_LEVEL=warn\n"


def _heroku(e, r):
    return "$ heroku config:set %s -a pawhaven-groom-api\nSetting config vars and restarting pawhaven-groom-api... done, v%d\n" % (
        " ".join("%s=%s" % (keyname(k, "upper"), v) for k, v in e), r.randint(40, 400))


def _expo(e, r):
    return "// app.config.js – walker app\nexport default {\n  name: 'PawWalks',\n  extra: {\n" + "".join(
        "    %s: '%s',\n" % (keyname(k, "camel"), v) for k, v in e) + "  },\n};\n"


def _django(e, r):
    return "# daycare/settings/integrations.py\n" + "".join('%s = "%s"\n' % (keyname(k, "upper"), v) for k, v in e)


def _zod(e, r):
    return "// src/env.ts – pet-food subscription service\nimport { z } from 'zod'\nexport const Env = z.object({\n" + "".join(
        "  %s: z.string().default('%s'),\n" % (keyname(k, "upper"), v) for k, v in e) + "})\n"


def _kubectl(e, r):
    return "$ kubectl -n kennel create secret generic vendor-creds \\\n" + "".join(
        "    --from-literal=%s=%s \\\n" % (keyname(k, "kebab"), v) for k, v in e) + "    --dry-run=client -o yaml | kubectl apply -f -\nsecret/vendor-creds configured\n"


def _bitwarden(e, r):
    fields = ",\n".join('        {"name": "%s", "value": "%s", "type": 1}' % (keyname(k, "snake"), v) for k, v in e)
    return '{\n  "items": [\n    {\n      "type": 1,\n      "name": "grooming ops vendor keys",\n      "fields": [\n%s\n      ]\n    }\n  ]\n}\n' % fields


def _freshdesk(e, r):
    parts = "; ".join("%s: %s " % (keyname(k, "spaced"), v) for k, v in e)
    return "Private note (agent Ruth): customer's integration kept failing, I re-entered the settings myself – %s– please clear this note once they confirm the poodle bookings sync.\n" % parts


def _teams(e, r):
    lines = "".join("%s = %s\n" % (keyname(k, "spaced"), v) for k, v in e)
    return "[09:03] Tom (kennel manager)\ncan someone set up the integration before the Easter boarding rush?\n[09:05] Dev (contractor)\nsure, paste what you have\n[09:06] Tom (kennel manager)\n" + lines + "[09:06] Dev (contractor)\ngot it 👍 please delete that message\n"


def _javaprops(e, r):
    return "# application.properties – pet insurance claims service\nserver.port=8090\n" + "".join(
        "claims.vendor.%s=%s\n" % (keyname(k, "dot"), v) for k, v in e)


def _csharp(e, r):
    return "namespace PawHaven.Grooming.Api;\n\ninternal static class VendorSecrets\n{\n" + "".join(
        '    public const string %s = "%s";\n' % (keyname(k, "pascal"), v) for k, v in e) + "}\n"


def _gostruct(e, r):
    return "// walker/config_prod.go\npackage config\n\nvar Prod = Vendors{\n" + "".join(
        '\t%s: "%s",\n' % (keyname(k, "pascal"), v) for k, v in e) + "}\n"


STYLES = [
    ("kennel_api_dotenv_production", _dotenv),
    ("groom_app_heroku_config_set_history", _heroku),
    ("walker_expo_app_config_js_extra", _expo),
    ("daycare_django_integrations_module", _django),
    ("petfood_zod_env_schema_default", _zod),
    ("pet_ops_kubectl_create_secret_history", _kubectl),
    ("grooming_ops_bitwarden_json_export", _bitwarden),
    ("pet_support_freshdesk_private_note", _freshdesk),
    ("kennel_ops_teams_chat_paste", _teams),
    ("insurance_claims_java_application_properties", _javaprops),
    ("groom_api_csharp_const_class", _csharp),
    ("walker_go_config_struct_literal", _gostruct),
]


def _workflow_url_prefix(r):
    return ("https://prod-%02d.uksouth.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
            "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=" % (r.randint(1, 40), rstr(r, HEX, 32)))


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    for i, (tname, _shape, _conf, gen, neigh) in enumerate(V):
        sname, render = STYLES[i % len(STYLES)]
        val = reg.take(lambda: gen(rng))
        entries = []
        for nk, ng, _what in neigh:
            entries.append((nk, ng(rng)))
        words = tname.split("_")
        if tname == "power_automate_workflow_sig":
            # the whole trigger URL is written; only its sig value is labelled
            entries.append((["power", "automate", "bookings", "flow", "url"], _workflow_url_prefix(rng) + S))
        else:
            entries.append((words, S))
        tpl = render(entries, rng)
        recs.append(span_record("p191-s-%04d" % n, tname, tname + "__" + sname, tpl, val, "vendor"))
        n += 1
    return recs


def neighbour_notes():
    return [(t[0], ", ".join(w for _k, _g, w in t[4])) for t in V if t[4]]
