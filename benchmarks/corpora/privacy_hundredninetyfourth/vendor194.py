"""Vendor source: 120 vendor credential types used by dive-shop / dive-boat developers."""
import json
import random
import zlib

from common194 import (MARK, ALNUM, BASE62, DIGITS, HEX, UHEX, LALNUM, UALNUM, B64URL, B64STD,
                       b64, b64url, base62_int, jwt_hs, owner_password, place, rbytes,
                       render_key, rs, uuid4)

SEED = 19402

# confidence: R = read this session in a public rule file, B = believed from background
# knowledge, G = guessed (length / alphabet only, recognisable from the key name)


def _hex(n):
    return lambda r: rs(r, HEX, n)


def _an(n):
    return lambda r: rs(r, ALNUM, n)


def _pre(p, alpha, n):
    return lambda r: p + rs(r, alpha, n)


def _stormglass(r):
    return uuid4(r) + "-" + uuid4(r)


def _signalk_jwt(r):
    iat = 1767225600 + r.randrange(0, 100 * 86400)
    return jwt_hs(r, "HS256", {}, {"device": "deck-tablet-" + rs(r, DIGITS, 2), "iat": iat,
                                  "exp": iat + 365 * 86400})


def _mercadopago(r):
    return ("APP_USR-" + rs(r, DIGITS, 16) + "-" + rs(r, DIGITS, 6) + "-" + rs(r, HEX, 32)
            + "-" + rs(r, DIGITS, 9))


def _matrix(r):
    local = r.choice(["boatbot", "divealerts", "manifestbot", "fillbot"])
    head = "syt_" + b64url(local.encode()) + "_" + rs(r, ALNUM, 20)
    return head + "_" + base62_int(zlib.crc32(head.encode()) & 0xFFFFFFFF, 6)


def _sentry_org(r):
    body = {"iat": 1767225600 + r.randrange(0, 9000000), "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": "bluereef-divers"}
    return "sntrys_" + b64(json.dumps(body, separators=(",", ":")).encode()) + "_" + rs(r, B64STD, 43)


def _grafana_glc(r):
    body = {"o": rs(r, DIGITS, 6), "n": "diveops-metrics-write", "k": rs(r, ALNUM, 24),
            "m": {"r": "prod-ap-southeast-1"}}
    return "glc_" + b64(json.dumps(body, separators=(",", ":")).encode())


def _cf_tunnel(r):
    body = {"a": rs(r, HEX, 32), "t": uuid4(r), "s": b64(rbytes(r, 32))}
    return b64(json.dumps(body, separators=(",", ":")).encode())


def _mapbox_sk(r):
    body = {"u": "brdiv", "a": "c" + rs(r, LALNUM, 24)}
    return "sk." + b64url(json.dumps(body, separators=(",", ":")).encode()) + "." + rs(r, B64URL, 22)


def _elastic(r):
    return b64((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode())


def _calendly(r):
    iat = 1767225600 + r.randrange(0, 9000000)
    return jwt_hs(r, "HS512", {"kid": "1"}, {"iss": "https://auth.calendly.com", "iat": iat,
                                              "jti": uuid4(r), "user_uuid": uuid4(r), "scope": "default"})


def _monday(r):
    return jwt_hs(r, "HS256", {}, {"tid": r.randrange(100000000, 999999999), "aai": 11,
                                  "uid": r.randrange(10000000, 99999999), "iad": "2026-01-14T09:12:44.000Z",
                                  "per": "me:write", "actid": r.randrange(1000000, 9999999), "rgn": "euc1"})


def _azure_secret(r):
    return rs(r, ALNUM + "_~.", 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def _tskey(r):
    return "tskey-auth-" + rs(r, ALNUM, 12) + "CNTRL-" + rs(r, ALNUM, 33)


def _pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 70)


def _asana(r):
    return "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + rs(r, HEX, 32)


def _fcm(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def _sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def _viber(r):
    return "-".join(rs(r, LALNUM, 16) for _ in range(3))


def _flutterwave(r):
    return "FLWSECK-" + rs(r, HEX, 32) + "-X"


def _openai_svc(r):
    return "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def _anthropic(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def _cf_origin(r):
    return "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146)


def _tfc(r):
    return rs(r, LALNUM, 14) + ".atlasv1." + rs(r, LALNUM, 67)


def _ghs(r):
    return "ghs_" + rs(r, ALNUM, 36)


def _slack_xapp(r):
    return "xapp-1-A" + rs(r, UALNUM, 10) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, HEX, 64)


def _discord_hook(r):
    return ("https://discord.com/api/webhooks/" + str(r.randrange(10 ** 17, 10 ** 18 * 2)) + "/"
            + rs(r, B64URL, 68))


def _telegram(r):
    return str(r.randrange(6000000000, 7999999999)) + ":AA" + rs(r, B64URL, 33)


def _pw(r):
    return owner_password(r)


NB_EMAIL = lambda r: r.choice(["ops", "it", "mia.k", "tom", "boats"]) + "@bluereef.example"

# name, generator, shape text, confidence, neighbour (words, generator, description) or None,
# wrap (prefix, suffix) around the value inside the value slot or None
V = [
    # ---- dive-world vendors
    ("padi_elearning_partner_api_key", _hex(32), "32 lower-case hex", "G", None, None),
    ("ssi_myssi_center_api_token", _an(40), "40 alphanumerics", "G", (["ssi", "center", "id"], lambda r: rs(r, DIGITS, 6), "center id"), None),
    ("naui_pro_portal_password", _pw, "owner-chosen password", "G", (["naui", "member", "number"], lambda r: rs(r, DIGITS, 5), "member number"), None),
    ("tdi_sdi_scubaearth_api_key", _an(32), "32 alphanumerics", "G", None, None),
    ("raid_dive_partner_secret", _pre("", B64URL, 48), "48 base64url", "G", None, None),
    ("dan_member_verification_api_key", lambda r: uuid4(r), "UUIDv4 (a secret that looks like an id)", "G", None, None),
    ("eve_dive_shop_api_key", _hex(40), "40 lower-case hex", "G", None, None),
    ("diveshop360_api_token", _hex(64), "64 lower-case hex", "G", None, None),
    ("bloowatch_partner_api_key", _an(32), "32 alphanumerics", "G", None, None),
    ("checkfront_api_secret", _hex(64), "64 lower-case hex", "G", (["checkfront", "api", "key"], _hex(40), "API key (identifier half)"), None),
    ("fareharbor_user_api_key", lambda r: uuid4(r), "UUIDv4", "G", (["fareharbor", "shortname"], lambda r: "bluereefdivers", "company shortname"), None),
    ("rezdy_supplier_api_key", _hex(32), "32 lower-case hex", "G", None, None),
    ("peek_pro_partner_api_key", _an(40), "40 alphanumerics", "G", None, None),
    ("bokun_secret_key", _hex(32), "32 lower-case hex", "G", (["bokun", "access", "key"], _hex(32), "access key (identifier half, same shape)"), None),
    ("trekksoft_api_secret", _an(40), "40 alphanumerics", "G", (["trekksoft", "api", "key"], _an(20), "API key (identifier half)"), None),
    ("xola_seller_api_key", _an(32), "32 alphanumerics", "G", None, None),
    ("regiondo_private_key", _hex(40), "40 lower-case hex", "G", (["regiondo", "public", "key"], _hex(40), "public key (same shape)"), None),
    ("liveaboard_partner_api_token", _an(48), "48 alphanumerics", "G", None, None),
    ("shearwater_cloud_api_token", _pre("", B64URL, 64), "64 base64url", "G", None, None),
    ("garmin_connect_consumer_secret", _an(30), "30 alphanumerics (OAuth 1.0a consumer secret)", "G", (["garmin", "consumer", "key"], lambda r: uuid4(r), "consumer key (UUIDv4, identifier)"), None),
    ("suunto_apim_subscription_key", _hex(32), "32 lower-case hex (Azure API Management subscription key)", "B", None, None),
    ("subsurface_cloud_storage_password", _pw, "owner-chosen password", "G", (["subsurface", "cloud", "email"], NB_EMAIL, "account e-mail"), None),
    ("scubapro_logtrak_sync_password", _pw, "owner-chosen password", "G", (["logtrak", "user"], NB_EMAIL, "account e-mail"), None),
    ("diviac_logbook_api_key", _an(40), "40 alphanumerics", "G", None, None),
    ("smartwaiver_api_key", _hex(32), "32 lower-case hex", "G", None, None),
    ("waiverforever_api_key", _hex(32), "32 lower-case hex", "G", None, None),
    ("waiversign_api_token", _an(48), "48 alphanumerics", "G", None, None),
    ("docusign_integration_secret_key", lambda r: uuid4(r), "UUIDv4 (secret key; the integration key next to it is also a UUIDv4)", "B", (["docusign", "integration", "key"], lambda r: uuid4(r), "integration key (UUIDv4, identifier)"), None),
    ("moodle_webservice_token", _hex(32), "32 lower-case hex", "B", None, None),
    ("talentlms_api_key", _an(30), "30 alphanumerics", "G", None, None),
    ("thinkific_api_key", _hex(32), "32 lower-case hex", "G", (["thinkific", "subdomain"], lambda r: "bluereef-academy", "subdomain"), None),
    ("scorm_cloud_secret_key", _an(40), "40 alphanumerics", "G", (["scorm", "cloud", "app", "id"], lambda r: rs(r, UALNUM, 10), "application id"), None),
    ("marinetraffic_api_key", _hex(40), "40 lower-case hex", "G", None, None),
    ("vesselfinder_user_key", _an(32), "32 alphanumerics", "G", None, None),
    ("spire_maritime_api_token", _an(32), "32 alphanumerics", "G", None, None),
    ("windy_point_forecast_api_key", _an(32), "32 alphanumerics", "G", None, None),
    ("stormglass_api_key", _stormglass, "two UUIDs joined by `-` (generated as UUIDv4)", "G", None, None),
    ("openweathermap_onecall_api_key", _hex(32), "32 lower-case hex", "B", None, None),
    ("tomorrow_io_marine_forecast_key", _an(32), "32 alphanumerics", "G", None, None),
    ("meteomatics_api_password", _pw, "owner-chosen password", "G", (["meteomatics", "username"], lambda r: "bluereef_" + rs(r, LALNUM, 4), "API user name"), None),
    ("worldtides_api_key", lambda r: uuid4(r), "UUIDv4", "G", None, None),
    ("copernicus_marine_password", _pw, "owner-chosen password", "G", (["copernicus", "marine", "username"], lambda r: "mwong" + rs(r, DIGITS, 2), "user name"), None),
    ("victron_vrm_boat_battery_token", _hex(64), "64 lower-case hex", "G", (["vrm", "installation", "id"], lambda r: rs(r, DIGITS, 6), "installation id"), None),
    ("garmin_inreach_ipc_inbound_password", _pw, "owner-chosen password", "G", (["inreach", "ipc", "username"], lambda r: "bluereef-ipc", "IPC user name"), None),
    ("rockblock_iridium_password", _pw, "owner-chosen password", "G", (["rockblock", "username"], NB_EMAIL, "account e-mail"), None),
    ("signalk_server_device_token", _signalk_jwt, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "B", None, None),
    # ---- commerce
    ("stripe_restricted_live_key", _pre("rk_live_51", ALNUM, 97), "`rk_live_51` + 97 alphanumerics", "R", None, None),
    ("square_rental_counter_access_token", _pre("EAAA", B64URL, 60), "`EAAA` + 60 base64url", "R", None, None),
    ("square_oauth_application_secret", _pre("sq0csp-", B64URL, 43), "`sq0csp-` + 43 base64url", "B", None, None),
    ("paypal_rest_client_secret", _pre("E", B64URL, 79), "`E` + 79 base64url", "G", (["paypal", "client", "id"], _pre("A", B64URL, 79), "client id (public half)"), None),
    ("mollie_live_api_key", _pre("live_", ALNUM, 30), "`live_` + 30 alphanumerics", "B", None, None),
    ("xendit_production_secret_key", _pre("xnd_production_", ALNUM, 60), "`xnd_production_` + 60 alphanumerics", "B", None, None),
    ("paystack_live_secret_key", _pre("sk_live_", HEX, 40), "`sk_live_` + 40 lower-case hex", "B", None, None),
    ("flutterwave_live_secret_key", _flutterwave, "`FLWSECK-` + 32 lower-case hex + `-X`", "B", None, None),
    ("mercadopago_access_token", _mercadopago, "`APP_USR-` + 16 digits + `-` + 6 digits + `-` + 32 hex + `-` + 9 digits", "B", None, None),
    ("midtrans_server_key", _pre("Mid-server-", B64URL, 24), "`Mid-server-` + 24 base64url", "B", None, None),
    ("omise_secret_key", _pre("skey_", LALNUM, 19), "`skey_` + 19 lower-case alphanumerics", "G", None, None),
    ("paymongo_live_secret_key", _pre("sk_live_", ALNUM, 24), "`sk_live_` + 24 alphanumerics", "G", None, None),
    ("sumup_dive_shop_secret_key", _pre("sup_sk_", ALNUM, 32), "`sup_sk_` + 32 alphanumerics", "B", None, None),
    ("lightspeed_x_personal_token", _pre("lsxs_pt_", ALNUM, 32), "`lsxs_pt_` + 32 alphanumerics", "G", None, None),
    ("shopify_private_app_password", _pre("shppa_", HEX, 32), "`shppa_` + 32 lower-case hex", "R", (["shopify", "shop"], lambda r: "bluereef-gear.myshopify.com", "shop domain"), None),
    ("woocommerce_consumer_secret", _pre("cs_", HEX, 40), "`cs_` + 40 lower-case hex", "B", (["woocommerce", "consumer", "key"], _pre("ck_", HEX, 40), "consumer key `ck_` (identifier half)"), None),
    ("freshbooks_client_secret", _hex(64), "64 lower-case hex", "G", (["freshbooks", "client", "id"], _hex(64), "client id (same shape)"), None),
    ("adyen_notification_hmac_key", _pre("", UHEX, 64), "64 upper-case hex", "B", None, None),
    # ---- messaging / support
    ("sendgrid_mail_send_api_key", _sendgrid, "`SG.` + 22 base64url + `.` + 43 base64url", "R", None, None),
    ("twilio_api_key_secret", _an(32), "32 alphanumerics", "B", (["twilio", "api", "key", "sid"], _pre("SK", HEX, 32), "API key SID `SK…` (identifier)"), None),
    ("postmark_server_api_token", lambda r: uuid4(r), "UUIDv4", "B", None, None),
    ("mailjet_api_secret_key", _hex(32), "32 lower-case hex", "B", (["mailjet", "api", "key"], _hex(32), "API key (identifier half, same shape)"), None),
    ("resend_booking_mail_api_key", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), "`re_` + 8 + `_` + 24 alphanumerics", "G", None, None),
    ("sparkpost_api_key", _hex(40), "40 lower-case hex", "B", None, None),
    ("vonage_api_secret", _an(16), "16 alphanumerics", "B", (["vonage", "api", "key"], _hex(8), "API key (8 hex, identifier)"), None),
    ("whatsapp_cloud_api_access_token", _pre("EAA", ALNUM, 180), "`EAA` + 180 alphanumerics", "B", None, None),
    ("line_messaging_channel_secret", _hex(32), "32 lower-case hex", "B", (["line", "channel", "id"], lambda r: rs(r, DIGITS, 10), "channel id"), None),
    ("viber_bot_auth_token", _viber, "three groups of 16 lower-case alphanumerics joined by `-`", "B", None, None),
    ("firebase_fcm_legacy_server_key", _fcm, "`AAAA` + 7 + `:APA91b` + 134 base64url", "B", None, None),
    ("slack_app_signing_secret", _hex(32), "32 lower-case hex", "B", None, None),
    ("slack_app_level_token", _slack_xapp, "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "R", None, None),
    ("discord_boat_alerts_webhook_url", _discord_hook, "whole `https://discord.com/api/webhooks/<id>/<68>` URL", "B", None, None),
    ("telegram_departure_bot_token", _telegram, "bot id (10 digits) + `:AA` + 33 base64url", "B", None, None),
    ("matrix_synapse_access_token", _matrix, "`syt_` + base64url of the local part + `_` + 20 + `_` + 6 base62 CRC-32 (real)", "B", None, None),
    ("mattermost_personal_access_token", _pre("", LALNUM, 26), "26 lower-case alphanumerics", "R", None, None),
    ("zulip_bot_api_key", _an(32), "32 alphanumerics", "B", (["zulip", "bot", "email"], lambda r: "boat-alerts-bot@chat.bluereef.example", "bot e-mail"), None),
    ("helpscout_app_secret", _an(32), "32 alphanumerics", "G", (["helpscout", "app", "id"], _an(32), "app id (same shape)"), None),
    ("pipedrive_api_token", _hex(40), "40 lower-case hex", "B", None, None),
    # ---- AI
    ("openai_service_account_key", _openai_svc, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "R", None, None),
    ("anthropic_workspace_api_key", _anthropic, "`sk-ant-api03-` + 93 base64url + `AA`", "R", None, None),
    ("mistral_la_plateforme_api_key", _an(32), "32 alphanumerics", "B", None, None),
    ("cohere_production_api_key", _an(40), "40 alphanumerics", "R", None, None),
    ("deepl_free_auth_key", lambda r: uuid4(r) + ":fx", "UUIDv4 + `:fx`", "B", None, None),
    ("elevenlabs_api_key", _pre("sk_", HEX, 48), "`sk_` + 48 lower-case hex", "B", None, None),
    ("deepgram_api_key", _hex(40), "40 lower-case hex", "B", None, None),
    ("assemblyai_api_key", _hex(32), "32 lower-case hex", "B", None, None),
    ("openrouter_api_key", _pre("sk-or-v1-", HEX, 64), "`sk-or-v1-` + 64 lower-case hex", "B", None, None),
    ("xai_grok_api_key", _pre("xai-", ALNUM, 80), "`xai-` + 80 alphanumerics", "B", None, None),
    ("fireworks_ai_api_key", _pre("fw_", ALNUM, 24), "`fw_` + 24 alphanumerics", "G", None, None),
    ("langfuse_secret_key", lambda r: "sk-lf-" + uuid4(r), "`sk-lf-` + UUIDv4", "B", (["langfuse", "public", "key"], lambda r: "pk-lf-" + uuid4(r), "public key `pk-lf-` (public half)"), None),
    ("wandb_api_key", _hex(40), "40 lower-case hex", "B", None, None),
    ("azure_openai_api_key", _hex(32), "32 lower-case hex", "B", (["azure", "openai", "endpoint"], lambda r: "https://bluereef-ai.openai.azure.com/", "endpoint"), None),
    # ---- developer and ops
    ("github_actions_installation_token", _ghs, "`ghs_` + 36 alphanumerics", "R", None, None),
    ("github_oauth_app_client_secret", _hex(40), "40 lower-case hex", "B", (["github", "client", "id"], _pre("Ov23li", ALNUM, 14), "client id `Ov23li…` (public)"), None),
    ("gitlab_runner_authentication_token", _pre("glrt-", B64URL, 20), "`glrt-` + 20 base64url", "R", None, None),
    ("npm_automation_token", _pre("npm_", ALNUM, 36), "`npm_` + 36 alphanumerics", "R", None, None),
    ("pypi_upload_api_token", _pypi, "`pypi-AgEIcHlwaS5vcmc` + 70 base64url", "R", None, None),
    ("docker_hub_deploy_pat", _pre("dckr_pat_", B64URL, 27), "`dckr_pat_` + 27 base64url", "B", None, None),
    ("netlify_personal_access_token", _pre("nfp_", ALNUM, 36), "`nfp_` + 36 alphanumerics", "G", None, None),
    ("sentry_org_auth_token", _sentry_org, "`sntrys_` + standard Base64 of JSON (iat, url, region_url, org; padding kept) + `_` + 43 of `[A-Za-z0-9+/]`", "R", None, None),
    ("grafana_cloud_access_policy_token", _grafana_glc, "`glc_` + standard Base64 of JSON (o, n, k, m)", "R", None, None),
    ("terraform_cloud_team_token", _tfc, "14 lower-case alphanumerics + `.atlasv1.` + 67", "R", None, None),
    ("doppler_service_token", _pre("dp.st.prd.", ALNUM, 40), "`dp.st.prd.` + 40 alphanumerics", "B", None, None),
    ("new_relic_user_api_key", _pre("NRAK-", UALNUM, 27), "`NRAK-` + 27 upper-case alphanumerics", "R", None, None),
    ("datadog_boat_metrics_api_key", _hex(32), "32 lower-case hex", "B", (["datadog", "site"], lambda r: "datadoghq.eu", "site"), None),
    ("axiom_api_token", lambda r: "xaat-" + uuid4(r), "`xaat-` + UUIDv4", "B", None, None),
    ("cloudflare_global_api_key", _hex(37), "37 lower-case hex", "R", (["cloudflare", "email"], NB_EMAIL, "account e-mail"), None),
    ("cloudflare_origin_ca_key", _cf_origin, "`v1.0-` + 24 hex + `-` + 146 hex", "R", None, None),
    ("cloudflare_tunnel_token", _cf_tunnel, "standard Base64 of JSON `a` (account tag), `t` (tunnel UUIDv4), `s` (Base64 of 32 bytes)", "B", None, None),
    ("cloudflare_r2_secret_access_key", _hex(64), "64 lower-case hex", "B", (["r2", "access", "key", "id"], _hex(32), "access key id (32 hex, identifier)"), None),
    ("azure_ad_client_secret", _azure_secret, "3 + digit + `Q~` + 34 (Entra ID client secret)", "R", (["azure", "client", "id"], lambda r: uuid4(r), "application (client) id (UUIDv4)"), None),
    ("tailscale_auth_key", _tskey, "`tskey-auth-` + 12 + `CNTRL-` + 33 alphanumerics", "B", None, None),
    ("mapbox_secret_access_token", _mapbox_sk, "`sk.` + base64url JSON (u, a) + `.` + 22 base64url", "B", None, None),
    ("algolia_admin_api_key", _hex(32), "32 lower-case hex", "R", (["algolia", "app", "id"], lambda r: rs(r, UALNUM, 10), "application id"), None),
    ("planetscale_database_password", _pre("pscale_pw_", B64URL, 43), "`pscale_pw_` + 43 base64url", "R", (["planetscale", "username"], lambda r: rs(r, LALNUM, 12), "branch user name"), None),
    ("cloudinary_url_api_secret", _pre("", B64URL, 27), "27 base64url inside `cloudinary://<key>:<secret>@<cloud>` (only the secret labelled)", "B", None, ("cloudinary://{n15}:", "@bluereef-media")),
    ("okta_ssws_api_token", _pre("00", B64URL, 40), "`00` + 40 base64url", "R", (["okta", "org", "url"], lambda r: "https://bluereef.okta.com", "org URL"), None),
]

SPARES = [
    ("auth0_m2m_client_secret", _pre("", B64URL, 64), "64 base64url", "B", None, None),
    ("clerk_backend_secret_key", _pre("sk_live_", ALNUM, 40), "`sk_live_` + 40 alphanumerics", "B", None, None),
    ("calendly_personal_access_token", _calendly, "HS512 JWT", "G", None, None),
    ("monday_api_token", _monday, "HS256 JWT", "B", None, None),
    ("asana_personal_access_token", _asana, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "B", None, None),
    ("elastic_cloud_api_key", _elastic, "Base64 of `id:key`", "B", None, None),
    ("ngrok_agent_authtoken", lambda r: rs(r, BASE62, 27) + "_" + rs(r, BASE62, 21), "27 + `_` + 21 base62", "G", None, None),
    ("vultr_api_key", _pre("", UALNUM, 36), "36 upper-case alphanumerics", "B", None, None),
]

_TAIL = {"vesselfinder_user_key", "freshbooks_client_secret", "helpscout_app_secret"}
SPARES = [x for x in V if x[0] in _TAIL] + SPARES
V = [x for x in V if x[0] not in _TAIL]

STYLES = [
    "dive_api_dotenv_staging",
    "boat_ops_doppler_secrets_set_history",
    "logbook_app_capacitor_config_ts",
    "dive_center_flask_config_class",
    "trip_booking_pydantic_settings_field",
    "dive_ops_vault_kv_put_history",
    "dive_shop_keepassxc_csv_export",
    "dive_support_helpscout_thread_note",
    "boat_crew_mattermost_chat_paste",
    "ccard_service_gradle_buildconfig_field",
    "waiver_kiosk_swift_enum_static_let",
    "fill_station_rust_const_str",
]


def render(style, words, vslot, nb):
    """vslot: value slot string containing MARK (possibly wrapped). nb: (words, value) or None."""
    if style == "dive_api_dotenv_staging":
        t = "# staging.env -- dive API\nAPP_ENV=staging\n"
        if nb:
            t += render_key(nb[0], "upper") + "=" + nb[1] + "\n"
        return t + render_key(words, "upper") + "=" + vslot + "\nLOG_LEVEL=debug\n"
    if style == "boat_ops_doppler_secrets_set_history":
        extra = (render_key(nb[0], "upper") + "=" + nb[1] + " ") if nb else ""
        return ("ops@deckpi:~$ doppler setup --project diveops --config prd\nops@deckpi:~$ doppler secrets set "
                + extra + render_key(words, "upper") + "='" + vslot + "' --silent\nops@deckpi:~$ doppler run -- ./restart.sh\n")
    if style == "logbook_app_capacitor_config_ts":
        inner = ""
        if nb:
            inner += "      " + render_key(nb[0], "camel") + ": '" + nb[1] + "',\n"
        inner += "      " + render_key(words, "camel") + ": '" + vslot + "',\n"
        return ("import { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'example.bluereef.logbook',\n  plugins: {\n    Integrations: {\n"
                + inner + "    },\n  },\n};\nexport default config;\n")
    if style == "dive_center_flask_config_class":
        t = "class ProductionConfig(Config):\n    SHOP_CODE = 'BRD'\n"
        if nb:
            t += "    " + render_key(nb[0], "upper") + " = '" + nb[1] + "'\n"
        return t + "    " + render_key(words, "upper") + " = '" + vslot + "'\n"
    if style == "trip_booking_pydantic_settings_field":
        t = "class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file='.env')\n"
        if nb:
            t += "    " + render_key(nb[0], "snake") + ": str = '" + nb[1] + "'\n"
        return t + "    " + render_key(words, "snake") + ": SecretStr = SecretStr('" + vslot + "')\n"
    if style == "dive_ops_vault_kv_put_history":
        extra = (render_key(nb[0], "snake") + "=" + nb[1] + " ") if nb else ""
        return ("$ export VAULT_ADDR=https://vault.bluereef.internal:8200\n$ vault kv put -mount=secret diveops/integrations "
                + extra + render_key(words, "snake") + "='" + vslot + "'\n")
    if style == "dive_shop_keepassxc_csv_export":
        user = nb[1] if nb else "api"
        return ('"Group","Title","Username","Password","URL","Notes"\n"Root/Boats","Deck tablet","deck","'
                "(see paper)" + '","",""\n"Root/Integrations","' + render_key(words, "title") + '","' + user + '","'
                + vslot + '","","rotated after season"\n')
    if style == "dive_support_helpscout_thread_note":
        t = "Internal note (Help Scout, #4471): the sync to the partner broke after the key rotation.\n"
        if nb:
            t += "The " + render_key(nb[0], "spaced") + " is " + nb[1] + " and "
        else:
            t += "For the record, "
        return t + "the new " + render_key(words, "spaced") + " is " + vslot + " — please don't paste it into the public reply.\n"
    if style == "boat_crew_mattermost_chat_paste":
        t = "leo.dm  06:58\nwho changed the integration creds?\nmia.k  07:01\nme, sorry. "
        if nb:
            t += render_key(nb[0], "spaced") + ": " + nb[1] + "\n"
        return t + render_key(words, "spaced") + ": " + vslot + "\nleo.dm  07:02\nthx, updating the deck pi now\n"
    if style == "ccard_service_gradle_buildconfig_field":
        t = "android {\n    defaultConfig {\n        applicationId \"example.bluereef.ccard\"\n"
        if nb:
            t += "        buildConfigField \"String\", \"" + render_key(nb[0], "upper") + "\", \"\\\"" + nb[1] + "\\\"\"\n"
        return t + "        buildConfigField \"String\", \"" + render_key(words, "upper") + "\", \"\\\"" + vslot + "\\\"\"\n    }\n}\n"
    if style == "waiver_kiosk_swift_enum_static_let":
        t = "// Secrets.swift -- generated, do not commit\nenum Secrets {\n"
        if nb:
            t += "    static let " + render_key(nb[0], "camel") + " = \"" + nb[1] + "\"\n"
        return t + "    static let " + render_key(words, "camel") + " = \"" + vslot + "\"\n}\n"
    if style == "fill_station_rust_const_str":
        t = "// src/secrets.rs\n"
        if nb:
            t += "pub const " + render_key(nb[0], "upper") + ": &str = \"" + nb[1] + "\";\n"
        return t + "pub const " + render_key(words, "upper") + ": &str = \"" + vslot + "\";\n"
    raise ValueError(style)


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    for i, (name, gen, shape, conf, nb, wrap) in enumerate(V):
        style = STYLES[i % len(STYLES)]
        value = registry.draw(lambda: gen(rng))
        nbv = None
        if nb:
            nbval = nb[1](rng)
            if len(nbval) >= 8 and not any(c in nbval for c in "@/.") and not registry.clash(nbval):
                registry.add(nbval)
            nbv = (nb[0], nbval)
        vslot = MARK
        if wrap:
            vslot = wrap[0].replace("{n15}", "".join(rng.choice("0123456789") for _ in range(15))) + MARK + wrap[1]
        words = name.split("_")
        if wrap:
            words = ["cloudinary", "url"]
        tmpl = render(style, words, vslot, nbv)
        text, s, e = place(tmpl, value)
        recs.append({"type": name, "container": name + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": name}],
                     "source": "vendor"})
    return recs
