"""Vendor source: 120 vendor credential types of the charity-shop world, each in one of 12 styles."""
import base64
import json
import random
from common187 import (SEEDS, owner_password, rand_str, B62, HEX, B64URL, B64STD, DIGITS, LOWER, UPPER,
                       ALNUM_LOWER, ALNUM_UPPER, rand_bytes, b64url_nopad, jwt_hs, uuid4, key_style,
                       github_style_token)


def A(n): return lambda r: rand_str(r, B62, n)
def H(n): return lambda r: rand_str(r, HEX, n)
def HU(n): return lambda r: rand_str(r, HEX.upper(), n)
def U(n): return lambda r: rand_str(r, B64URL, n)
def LA(n): return lambda r: rand_str(r, ALNUM_LOWER, n)
def UA(n): return lambda r: rand_str(r, ALNUM_UPPER, n)
def P(prefix, f): return lambda r: prefix + f(r)
def UUID(r): return uuid4(r)
def UUIDU(r): return uuid4(r, upper=True)
def OWN(r): return owner_password(r)


def ebay_cert(r):
    return "PRD-" + rand_str(r, HEX, 12) + "-" + "-".join(rand_str(r, HEX, 4) for _ in range(4))


def braintree_token(r):
    return "access_token$production$" + rand_str(r, ALNUM_LOWER, 16) + "$" + rand_str(r, HEX, 32)


def discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 * 2))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rand_str(r, B64URL, 6) + "." + rand_str(r, B64URL, 38)


def zettle_jwt(r):
    payload = {"iss": "https://oauth.zettle.com", "sub": uuid4(r), "aud": "API",
               "scope": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"],
               "iat": 1714000000 + r.randint(0, 9000000), "client_id": uuid4(r)}
    h = b64url_nopad(json.dumps({"alg": "RS256", "typ": "JWT", "kid": rand_str(r, HEX, 16)}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rand_bytes(r, 256))


def supabase_jwt(r):
    iat = 1700000000 + r.randint(0, 20000000)
    payload = {"iss": "supabase", "ref": rand_str(r, LOWER, 20), "role": "service_role", "iat": iat, "exp": iat + 315360000}
    return jwt_hs(r, "HS256", payload)


def matrix_token(r):
    import zlib
    from common187 import b62_encode_int
    local = r.choice(["donorbot", "rotabot", "vanalerts", "intakebot"])
    body = "syt_" + base64.b64encode(local.encode()).decode().rstrip("=") + "_" + rand_str(r, B62, 20)
    return body + "_" + b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def slack_hook(r):
    return "https://hooks.slack.com/services/T" + rand_str(r, ALNUM_UPPER, 10) + "/B" + rand_str(r, ALNUM_UPPER, 10) + "/" + rand_str(r, B62, 24)


def gchat_hook(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rand_str(r, B64URL, 7) + "/messages?key=AIzaSy" +
            rand_str(r, B64URL, 33) + "&token=" + rand_str(r, B64URL, 43) + "%3D")


def slack_bot(r):
    return "xoxb-" + rand_str(r, DIGITS, 12) + "-" + rand_str(r, DIGITS, 13) + "-" + rand_str(r, B62, 24)


def telegram(r):
    return str(r.randint(6000000000, 7999999999)) + ":AA" + rand_str(r, B64URL, 33)


def openai_proj(r):
    return "sk-proj-" + rand_str(r, B64URL, 74) + "T3BlbkFJ" + rand_str(r, B64URL, 74)


def azure_storage(r):
    return base64.b64encode(rand_bytes(r, 64)).decode()


def onepw_secret_key(r):
    return "A3-" + rand_str(r, ALNUM_UPPER, 6) + "-" + rand_str(r, ALNUM_UPPER, 6) + "-" + rand_str(r, ALNUM_UPPER, 5) + "-" + "-".join(rand_str(r, ALNUM_UPPER, 5) for _ in range(3))


def maxmind(r):
    return rand_str(r, B62, 6) + "_" + rand_str(r, B62, 29) + "_mmk"


def loqate(r):
    def g():
        return rand_str(r, UPPER, 2) + rand_str(r, DIGITS, 2)
    return "-".join(g() for _ in range(4))


# type, shape, generator, neighbour (key words, generator, note) or None, confidence
# confidence: gitleaks (read this session in the public gitleaks rule file), believed, guessed, owner
V = [
    # --- charity, donations, Gift Aid ---
    ("hmrc_charities_online_gateway_password", "owner-chosen", OWN, (["gateway", "user", "id"], lambda r: rand_str(r, DIGITS, 12), "user id"), "owner"),
    ("justgiving_oauth_client_secret", "32 alphanumerics", A(32), (["justgiving", "app", "id"], H(8), "app id"), "guessed"),
    ("enthuse_donations_api_key", "40 alphanumerics", A(40), None, "guessed"),
    ("donorfy_crm_api_key", "32 alphanumerics", A(32), (["donorfy", "tenant"], lambda r: "charity" + rand_str(r, DIGITS, 4), "tenant"), "guessed"),
    ("beacon_crm_api_key", "64 lower-case hex", H(64), (["beacon", "account", "id"], lambda r: rand_str(r, DIGITS, 6), "account id"), "guessed"),
    ("blackbaud_sky_api_subscription_key", "32 lower-case hex", H(32), None, "believed"),
    ("blackbaud_oauth_application_secret", "44 Base64 characters", lambda r: base64.b64encode(rand_bytes(r, 33)).decode(), (["blackbaud", "application", "id"], UUID, "application id"), "guessed"),
    ("charity_commission_register_subscription_key", "32 lower-case hex", H(32), None, "believed"),
    ("companies_house_rest_api_key", "UUIDv4", UUID, None, "believed"),
    ("gocardless_live_access_token", "`live_` + 40 base64url", P("live_", U(40)), None, "gitleaks"),
    ("stripe_live_secret_key", "`sk_live_51` + 97 alphanumerics", P("sk_live_51", A(97)), None, "gitleaks"),
    ("braintree_production_access_token", "`access_token$production$` + 16 + `$` + 32 hex", braintree_token, None, "believed"),
    ("sumup_secret_api_key", "`sup_sk_` + 32 alphanumerics", P("sup_sk_", A(32)), None, "guessed"),
    ("zettle_pos_api_key_assertion", "RS256-shaped JWT (real base64url JSON with `kid`, random 256-byte signature)", zettle_jwt, None, "guessed"),
    ("square_production_access_token", "`EAAA` + 60 base64url", P("EAAA", U(60)), (["square", "location", "id"], lambda r: "L" + rand_str(r, ALNUM_UPPER, 12), "location id"), "gitleaks"),
    ("checkout_com_live_secret_key", "`sk_` + UUIDv4", P("sk_", UUID), None, "guessed"),
    ("truelayer_payments_client_secret", "UUIDv4", UUID, (["truelayer", "client", "id"], lambda r: "charityshop-" + rand_str(r, HEX, 6), "client id"), "guessed"),
    ("xero_custom_connection_client_secret", "48 base64url", U(48), (["xero", "client", "id"], HU(32), "client id"), "believed"),
    ("quickbooks_online_refresh_token", "`AB11` + 46 alphanumerics", P("AB11", A(46)), None, "guessed"),
    ("sage_accounting_client_secret", "40 alphanumerics", A(40), (["sage", "client", "id"], lambda r: rand_str(r, HEX, 32) + "/" + uuid4(r), "client id"), "guessed"),
    ("freeagent_oauth_client_secret", "22 base64url", U(22), (["freeagent", "oauth", "identifier"], U(22), "OAuth identifier"), "guessed"),
    # --- resale marketplaces and listing tools ---
    ("ebay_production_cert_id", "`PRD-` + 12 hex + four groups of 4 hex", ebay_cert, (["ebay", "app", "id"], lambda r: "CharityS-Lister-PRD-" + rand_str(r, HEX, 9) + "-" + rand_str(r, HEX, 8), "app id"), "believed"),
    ("ebay_user_refresh_token", "`v^1.1#i^1#p^3#r^1#f^0#I^3#t^` + 150 Base64 characters", lambda r: "v^1.1#i^1#p^3#r^1#f^0#I^3#t^" + rand_str(r, B64STD, 150), None, "guessed"),
    ("etsy_open_api_shared_secret", "10 lower-case alphanumerics (the 24-character keystring next to it is an identifier)", LA(10), (["etsy", "keystring"], LA(24), "keystring"), "guessed"),
    ("amazon_sp_api_lwa_client_secret", "`amzn1.oa2-cs.v1.` + 64 lower-case hex", P("amzn1.oa2-cs.v1.", H(64)), (["lwa", "client", "id"], lambda r: "amzn1.application-oa2-client." + rand_str(r, HEX, 32), "client id"), "believed"),
    ("amazon_sp_api_refresh_token", "`Atzr|IwEBI` + 320 base64url", P("Atzr|IwEBI", U(320)), None, "believed"),
    ("shopify_admin_api_access_token", "`shpat_` + 32 hex", P("shpat_", H(32)), (["shopify", "store", "domain"], lambda r: "charity-finds-" + rand_str(r, LOWER, 4) + ".myshopify.com", "store domain"), "gitleaks"),
    ("shopify_app_api_secret_key", "`shpss_` + 32 hex", P("shpss_", H(32)), (["shopify", "api", "key"], H(32), "API key"), "gitleaks"),
    ("woocommerce_rest_consumer_secret", "`cs_` + 40 hex (the `ck_` consumer key next to it is treated as the user half)", P("cs_", H(40)), (["woo", "consumer", "key"], P("ck_", H(40)), "consumer key"), "believed"),
    ("discogs_personal_access_token", "40 alphanumerics", A(40), None, "guessed"),
    ("abebooks_seller_api_key", "32 alphanumerics", A(32), (["abebooks", "seller", "id"], lambda r: rand_str(r, DIGITS, 8), "seller id"), "guessed"),
    ("vinted_seller_account_password", "owner-chosen", OWN, (["vinted", "login", "email"], lambda r: "shop" + rand_str(r, DIGITS, 3) + "@charityfinds.org.uk", "login e-mail"), "owner"),
    ("depop_seller_account_password", "owner-chosen", OWN, (["depop", "username"], lambda r: "charityfinds_" + rand_str(r, LOWER, 4), "username"), "owner"),
    ("linnworks_application_secret", "UUIDv4", UUID, (["linnworks", "application", "id"], UUID, "application id"), "believed"),
    ("channeladvisor_refresh_token", "43 base64url", U(43), None, "guessed"),
    ("veeqo_api_key", "`Vqt/` + 32 lower-case hex", P("Vqt/", H(32)), None, "guessed"),
    ("shipbob_personal_access_token", "64 upper-case hex", HU(64), None, "guessed"),
    ("mintsoft_api_key", "UUIDv4", UUID, None, "guessed"),
    ("brightpearl_account_token", "44 Base64 characters", lambda r: base64.b64encode(rand_bytes(r, 33)).decode(), (["brightpearl", "account", "code"], lambda r: "charity" + rand_str(r, LOWER, 3), "account code"), "guessed"),
    ("cin7_core_application_key", "UUIDv4", UUID, (["cin7", "account", "id"], UUID, "account id"), "guessed"),
    # --- shipping ---
    ("royal_mail_click_and_drop_api_key", "UUIDv4", UUID, None, "guessed"),
    ("evri_parcel_api_client_secret", "32 alphanumerics", A(32), (["evri", "client", "id"], lambda r: "CHARITY" + rand_str(r, DIGITS, 6), "client id"), "guessed"),
    ("dpd_local_account_password", "owner-chosen", OWN, (["dpd", "account", "number"], lambda r: rand_str(r, DIGITS, 6), "account number"), "owner"),
    ("parcel2go_api_client_secret", "40 alphanumerics", A(40), (["parcel2go", "client", "id"], lambda r: rand_str(r, HEX, 24), "client id"), "guessed"),
    ("shipstation_api_secret", "32 lower-case hex (the API key next to it is an identifier)", H(32), (["shipstation", "api", "key"], H(32), "API key"), "guessed"),
    ("easypost_production_api_key", "`EZAK` + 54 lower-case alphanumerics", P("EZAK", LA(54)), None, "gitleaks"),
    ("shippo_live_api_token", "`shippo_live_` + 40 hex", P("shippo_live_", H(40)), None, "gitleaks"),
    ("packlink_pro_api_key", "64 lower-case hex", H(64), None, "guessed"),
    # --- routing, maps, fleet ---
    ("route4me_api_key", "32 upper-case hex", HU(32), None, "guessed"),
    ("optimoroute_api_key", "40 alphanumerics", A(40), None, "guessed"),
    ("circuit_for_teams_api_key", "32 alphanumerics", A(32), None, "guessed"),
    ("google_maps_platform_server_key", "`AIza` + 35 base64url (server-side key)", P("AIza", U(35)), None, "believed"),
    ("here_location_services_api_key", "43 base64url", U(43), None, "believed"),
    ("tomtom_routing_api_key", "32 alphanumerics", A(32), None, "believed"),
    ("samsara_fleet_api_token", "`samsara_api_` + 30 alphanumerics", P("samsara_api_", A(30)), None, "believed"),
    ("webfleet_connect_account_password", "owner-chosen", OWN, (["webfleet", "account"], lambda r: "charity-" + rand_str(r, DIGITS, 4), "account"), "owner"),
    ("what3words_api_key", "8 upper-case alphanumerics", UA(8), None, "believed"),
    ("ideal_postcodes_api_key", "`ak_` + 30 lower-case alphanumerics", P("ak_", LA(30)), None, "guessed"),
    ("loqate_server_side_key", "four groups of two capitals and two digits (`AA11-AA11-AA11-AA11`)", loqate, None, "believed"),
    ("getaddress_io_api_key", "22 base64url", U(22), None, "guessed"),
    # --- volunteers and rota ---
    ("rosterfy_api_token", "40 alphanumerics", A(40), None, "guessed"),
    ("better_impact_admin_password", "owner-chosen", OWN, (["better", "impact", "username"], lambda r: "coordinator" + rand_str(r, DIGITS, 2), "username"), "owner"),
    ("deputy_permanent_access_token", "32 lower-case hex", H(32), None, "guessed"),
    ("rotacloud_api_key", "64 lower-case hex", H(64), None, "guessed"),
    ("assemble_volunteer_api_key", "32 alphanumerics", A(32), None, "guessed"),
    ("wheniwork_developer_key", "40 lower-case hex", H(40), None, "guessed"),
    # --- point of sale and labels ---
    ("epos_now_back_office_password", "owner-chosen", OWN, (["epos", "now", "username"], lambda r: "shop" + rand_str(r, DIGITS, 3) + "manager", "username"), "owner"),
    ("epos_now_api_secret", "32 upper-case alphanumerics (the API key next to it is an identifier)", UA(32), (["epos", "now", "api", "key"], UA(32), "API key"), "guessed"),
    ("lightspeed_retail_client_secret", "40 alphanumerics", A(40), (["lightspeed", "client", "id"], H(32), "client id"), "guessed"),
    ("loyverse_access_token", "32 lower-case hex", H(32), None, "guessed"),
    ("clover_merchant_api_token", "UUIDv4", UUID, (["clover", "merchant", "id"], UA(13), "merchant id"), "guessed"),
    ("printnode_api_key", "43 base64url", U(43), None, "guessed"),
    ("zebra_savanna_api_key", "32 alphanumerics", A(32), None, "guessed"),
    # --- weighbridge and textiles ---
    ("avery_weighbridge_portal_password", "owner-chosen", OWN, (["avery", "portal", "user"], lambda r: "yard" + rand_str(r, DIGITS, 2), "user"), "owner"),
    ("edoc_waste_transfer_portal_password", "owner-chosen", OWN, (["edoc", "login", "email"], lambda r: "recycling" + rand_str(r, DIGITS, 2) + "@charityfinds.org.uk", "login e-mail"), "owner"),
    ("royal_mail_online_business_account_password", "owner-chosen", OWN, (["oba", "account", "number"], lambda r: rand_str(r, DIGITS, 10), "account number"), "owner"),
    # --- AI ---
    ("openai_project_api_key", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", openai_proj, None, "gitleaks"),
    ("anthropic_workspace_admin_key", "`sk-ant-admin01-` + 93 base64url + `AA`", lambda r: "sk-ant-admin01-" + rand_str(r, B64URL, 93) + "AA", None, "gitleaks"),
    ("google_gemini_api_key", "`AIza` + 35 base64url", P("AIza", U(35)), None, "believed"),
    ("mistral_la_plateforme_api_key", "32 alphanumerics", A(32), None, "believed"),
    ("groq_cloud_api_key", "`gsk_` + 52 alphanumerics", P("gsk_", A(52)), None, "believed"),
    ("replicate_api_token", "`r8_` + 37 alphanumerics", P("r8_", A(37)), None, "believed"),
    ("huggingface_write_access_token", "`hf_` + 34 letters", lambda r: "hf_" + rand_str(r, UPPER + LOWER, 34), None, "gitleaks"),
    ("perplexity_api_key", "`pplx-` + 48 alphanumerics", P("pplx-", A(48)), None, "gitleaks"),
    ("remove_bg_api_key", "24 alphanumerics", A(24), None, "guessed"),
    ("photoroom_api_key", "40 lower-case hex", H(40), None, "guessed"),
    ("together_ai_api_key", "64 lower-case hex", H(64), None, "believed"),
    # --- messaging ---
    ("twilio_account_auth_token", "32 lower-case hex (the `AC…` account sid next to it is an identifier)", H(32), (["twilio", "account", "sid"], P("AC", H(32)), "account sid"), "believed"),
    ("messagebird_live_access_key", "25 alphanumerics", A(25), None, "gitleaks"),
    ("textlocal_api_key", "43 base64url", U(43), None, "guessed"),
    ("clicksend_api_key", "upper-case UUIDv4", UUIDU, (["clicksend", "username"], lambda r: "itvolunteer" + rand_str(r, DIGITS, 2), "username"), "guessed"),
    ("brevo_transactional_api_key", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", lambda r: "xkeysib-" + rand_str(r, HEX, 64) + "-" + rand_str(r, B62, 16), None, "gitleaks"),
    ("mailchimp_marketing_api_key", "32 hex + `-us` + 2 digits", lambda r: rand_str(r, HEX, 32) + "-us" + str(r.randint(10, 21)), None, "gitleaks"),
    ("mailgun_private_api_key", "`key-` + 32 hex", P("key-", H(32)), None, "gitleaks"),
    ("resend_email_api_key", "`re_` + 8 + `_` + 24 alphanumerics", lambda r: "re_" + rand_str(r, B62, 8) + "_" + rand_str(r, B62, 24), None, "believed"),
    ("postmark_account_api_token", "UUIDv4", UUID, None, "believed"),
    ("slack_bot_user_token", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", slack_bot, None, "gitleaks"),
    ("slack_incoming_webhook_url", "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", slack_hook, None, "gitleaks"),
    ("discord_bot_token", "Base64 of the bot id + `.` + 6 + `.` + 38 base64url", discord_bot, None, "believed"),
    ("telegram_van_dispatch_bot_token", "bot id + `:AA` + 33 base64url", telegram, None, "believed"),
    ("pushover_application_token", "`a` + 29 lower-case alphanumerics", P("a", LA(29)), None, "believed"),
    ("google_chat_space_webhook_url", "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL (the URL is the credential)", gchat_hook, None, "believed"),
    ("matrix_homeserver_access_token", "`syt_` + Base64 of the localpart + `_` + 20 base62 + `_` + 6-character base62 CRC-32", matrix_token, None, "believed"),
    # --- developer and ops ---
    ("github_classic_personal_access_token", "`ghp_` + 30 base62 + 6-character base62 CRC-32", lambda r: github_style_token(r, "ghp_"), None, "gitleaks"),
    ("gitlab_personal_access_token", "`glpat-` + 20 base64url", P("glpat-", U(20)), None, "gitleaks"),
    ("bitbucket_app_password", "`ATBB` + 32 alphanumerics", P("ATBB", A(32)), (["bitbucket", "username"], lambda r: "charity-" + rand_str(r, LOWER, 5), "username"), "guessed"),
    ("docker_hub_personal_access_token", "`dckr_pat_` + 27 base64url", P("dckr_pat_", U(27)), None, "believed"),
    ("digitalocean_personal_access_token", "`dop_v1_` + 64 hex", P("dop_v1_", H(64)), None, "gitleaks"),
    ("heroku_platform_api_key_v2", "`HRKU-AA` + 58 base64url", P("HRKU-AA", U(58)), None, "gitleaks"),
    ("fly_io_deploy_token", "`fm2_` + 140 Base64 characters", P("fm2_", lambda r: rand_str(r, B62 + "+/", 140)), None, "gitleaks"),
    ("vercel_access_token", "24 alphanumerics", A(24), None, "believed"),
    ("cloudflare_workers_api_token", "40 base64url", U(40), None, "gitleaks"),
    ("hetzner_cloud_api_token", "64 alphanumerics", A(64), None, "believed"),
    ("azure_storage_account_access_key", "Base64 of 64 bytes (88 characters)", azure_storage, (["azure", "storage", "account"], lambda r: "charityfinds" + rand_str(r, LOWER, 4), "account name"), "believed"),
    ("aws_fulfilment_secret_access_key", "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", lambda r: rand_str(r, B62 + "+/", 40), (["aws", "access", "key", "id"], P("AKIA", UA(16)), "access key id"), "believed"),
    ("supabase_service_role_jwt", "HS256 JWT with `role: service_role` (real base64url JSON, real HMAC under a discarded key)", supabase_jwt, None, "believed"),
    ("datadog_api_key", "32 lower-case hex", H(32), None, "believed"),
    ("datadog_application_key", "40 lower-case hex", H(40), None, "gitleaks"),
    ("airtable_personal_access_token", "`pat` + 14 alphanumerics + `.` + 64 hex", lambda r: "pat" + rand_str(r, B62, 14) + "." + rand_str(r, HEX, 64), None, "gitleaks"),
    ("notion_internal_integration_token", "`ntn_` + 11 digits + 35 alphanumerics", lambda r: "ntn_" + rand_str(r, DIGITS, 11) + rand_str(r, B62, 35), None, "gitleaks"),
    ("hubspot_private_app_access_token", "`pat-eu1-` + UUIDv4", P("pat-eu1-", UUID), None, "believed"),
    ("typeform_personal_access_token", "`tfp_` + 59 characters of `[A-Za-z0-9_-]`", P("tfp_", U(59)), None, "gitleaks"),
    ("jotform_api_key", "32 lower-case hex", H(32), None, "believed"),
    ("make_com_api_token", "UUIDv4", UUID, None, "guessed"),
    ("doppler_personal_token", "`dp.pt.` + 43 alphanumerics", P("dp.pt.", A(43)), None, "gitleaks"),
    ("postman_api_key", "`PMAK-` + 24 hex + `-` + 34 hex", lambda r: "PMAK-" + rand_str(r, HEX, 24) + "-" + rand_str(r, HEX, 34), None, "gitleaks"),
    ("linear_api_key", "`lin_api_` + 40 alphanumerics", P("lin_api_", A(40)), None, "gitleaks"),
    ("dropbox_app_secret", "15 lower-case alphanumerics (the app key next to it is an identifier)", LA(15), (["dropbox", "app", "key"], LA(15), "app key"), "believed"),
    ("onepassword_account_secret_key", "`A3-` + 6 + 6 + 5 + 5 + 5 + 5 upper-case alphanumerics in dash groups", onepw_secret_key, None, "gitleaks"),
    ("maxmind_geoip_license_key", "6 + `_` + 29 alphanumerics + `_mmk`", maxmind, None, "gitleaks"),
    ("new_relic_insert_key", "`NRII-` + 32 base64url", P("NRII-", U(32)), None, "gitleaks"),
    ("sentry_user_auth_token", "`sntryu_` + 64 hex", P("sntryu_", H(64)), None, "gitleaks"),
    ("dynatrace_api_token", "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics", lambda r: "dt0c01." + rand_str(r, ALNUM_UPPER, 24) + "." + rand_str(r, ALNUM_UPPER, 64), None, "gitleaks"),
    ("prefect_cloud_api_key", "`pnu_` + 36 alphanumerics", P("pnu_", A(36)), None, "gitleaks"),
    ("databricks_personal_access_token", "`dapi` + 32 hex", P("dapi", H(32)), None, "gitleaks"),
    ("okta_api_token", "`00` + 40 base64url", P("00", U(40)), None, "gitleaks"),
]
N_VENDOR = 120

STYLES = ["donation_api_fly_secrets_set_history", "intake_app_eas_secret_create_history",
          "lister_worker_python_dataclass", "gift_aid_service_java_properties",
          "shop_ops_bitwarden_json_export", "area_manager_signal_paste",
          "retail_ops_notion_page_export", "fulfilment_go_const_block",
          "warehouse_k8s_opaque_secret_manifest", "courier_integration_support_reply",
          "marketplace_sync_node_config_js", "volunteer_portal_tf_variable_default"]


def _render(style, rng, kw, value, nb):
    """Return a template holding @V@; the neighbour (public id) is written in the same style."""
    nbk, nbv = (nb if nb else (None, None))
    title = " ".join(w.capitalize() for w in kw)
    if style == "donation_api_fly_secrets_set_history":
        extra = (" %s='%s'" % (key_style(nbk, "upper"), nbv)) if nb else ""
        return ("$ fly secrets set -a donation-api%s %s='@V@'\nUpdating existing machines in 'donation-api' with rolling strategy\n  Machine 3d8d9e1 [app] update finished: success\n"
                % (extra, key_style(kw, "upper")))
    if style == "intake_app_eas_secret_create_history":
        pre = ("$ eas secret:create --scope project --name %s --value %s --type string\n" % (key_style(nbk, "upper"), nbv)) if nb else ""
        return pre + "$ eas secret:create --scope project --name %s --value '@V@' --type string\n✔ Created a new secret %s on project @charityfinds/intake.\n" % (key_style(kw, "upper"), key_style(kw, "upper"))
    if style == "lister_worker_python_dataclass":
        line = ("    %s: str = \"%s\"\n" % (key_style(nbk, "snake"), nbv)) if nb else ""
        return "@dataclass(frozen=True)\nclass IntegrationConfig:\n    enabled: bool = True\n%s    %s: str = \"@V@\"\n    timeout_s: int = 20\n" % (line, key_style(kw, "snake"))
    if style == "gift_aid_service_java_properties":
        line = ("integration.%s=%s\n" % (key_style(nbk, "dot"), nbv)) if nb else ""
        return "# application-prod.properties\nintegration.enabled=true\n%sintegration.%s=@V@\nintegration.retry.max=3\n" % (line, key_style(kw, "dot"))
    if style == "shop_ops_bitwarden_json_export":
        user = nbv if nb else "it@charityfinds.org.uk"
        return ('{\n  "type": 1,\n  "name": "%s",\n  "notes": "shared by IT volunteers",\n  "login": {\n    "username": "%s",\n    "password": "@V@",\n    "uris": [{"uri": "https://%s.example-vendor.com"}]\n  }\n}\n'
                % (title, user, kw[0]))
    if style == "area_manager_signal_paste":
        extra = (" (%s is %s)" % (key_style(nbk, "spaced"), nbv)) if nb else ""
        return "Area manager, 09:%02d: for the integration the %s is @V@%s – delete this message after you have set it up pls\n" % (rng.randint(0, 59), key_style(kw, "spaced"), extra)
    if style == "retail_ops_notion_page_export":
        line = ("%s: %s\n" % (key_style(nbk, "title"), nbv)) if nb else ""
        return "# Integrations / %s\n\nStatus: Live\nOwner: IT volunteer team\n%s%s: @V@\nLast rotated: 2024-%02d-%02d\n" % (title, line, title, rng.randint(1, 12), rng.randint(1, 28))
    if style == "fulfilment_go_const_block":
        line = ("\t%s = \"%s\"\n" % (key_style(nbk, "camel"), nbv)) if nb else ""
        return "package integrations\n\nconst (\n%s\t%s = \"@V@\"\n)\n" % (line, key_style(kw, "camel"))
    if style == "warehouse_k8s_opaque_secret_manifest":
        line = ("  %s: \"%s\"\n" % (key_style(nbk, "upper"), nbv)) if nb else ""
        return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: warehouse\ntype: Opaque\nstringData:\n%s  %s: \"@V@\"\n" % (key_style(kw[:2], "kebab"), line, key_style(kw, "upper"))
    if style == "courier_integration_support_reply":
        extra = ("Your %s stays %s.\n" % (key_style(nbk, "spaced"), nbv)) if nb else ""
        return "Hello,\n\nThanks for contacting integration support. As requested we have issued a new %s for your charity account: @V@\n%sPlease store it safely; we cannot show it again.\n\nKind regards,\nPartner Support\n" % (key_style(kw, "spaced"), extra)
    if style == "marketplace_sync_node_config_js":
        line = ("  %s: '%s',\n" % (key_style(nbk, "camel"), nbv)) if nb else ""
        return "module.exports = {\n  batchSize: 100,\n%s  %s: '@V@',\n};\n" % (line, key_style(kw, "camel"))
    if style == "volunteer_portal_tf_variable_default":
        extra = ('variable "%s" {\n  type    = string\n  default = "%s"\n}\n\n' % (key_style(nbk, "snake"), nbv)) if nb else ""
        return extra + 'variable "%s" {\n  type      = string\n  sensitive = true\n  default   = "@V@"\n}\n' % key_style(kw, "snake")
    raise ValueError(style)


def generate(reg):
    rng = random.Random(SEEDS["vendor"])
    out = []
    for i, (tname, _shape, gen, nbspec, _conf) in enumerate(V[:N_VENDOR]):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        nb = None
        if nbspec:
            nb = (nbspec[0], nbspec[1](rng))
        kw = tname.split("_")
        tpl = _render(style, rng, kw, value, nb)
        i0 = tpl.index("@V@")
        text = tpl[:i0] + value + tpl[i0 + 3:]
        out.append({"type": tname, "container": tname + "__" + style, "text": text,
                    "secrets": [{"value": value, "start": i0, "end": i0 + len(value), "type": tname}],
                    "source": "vendor"})
    return out
