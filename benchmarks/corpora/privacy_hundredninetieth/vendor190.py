"""Vendor source: 120 vendor credential types of the garden-centre world, each in one of 12 styles."""
import base64
import json
import random

from common190 import (SLOT, ALNUM, B64STD, B64URL, HEX, LOWER_ALNUM, UHEX, UPPER_ALNUM, b64std, b64url_nopad,
                       fill, jwt_hs, password, rbytes, rs, style_key, uuid4)

SEED = 19002

L, B, G, O = "looked up", "believed", "guessed", "owner"


def R(a, n):
    return lambda r: rs(r, a, n)


def cat(*parts):
    def g(r):
        return "".join(p if isinstance(p, str) else p(r) for p in parts)
    return g


U4 = lambda r: uuid4(r)
U4U = lambda r: uuid4(r, True)
PW = lambda r: password(r)
DIG = "0123456789"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def azure_ad_secret(r):
    return rs(r, ALNUM, 3) + rs(r, DIG, 1) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def mapbox_sk(r):
    js = json.dumps({"u": "greenacre-gc", "a": "cl" + rs(r, LOWER_ALNUM, 23)}, separators=(",", ":")).encode()
    return "sk." + b64url_nopad(js) + "." + rs(r, B64URL, 22)


def home_assistant_jwt(r):
    iat = 1716000000 + r.randrange(9000000)
    return jwt_hs(r, "HS256", {"iss": rs(r, HEX, 32), "iat": iat, "exp": iat + 315360000})


def calendly_jwt(r):
    return jwt_hs(r, "HS256", {"iss": "https://auth.calendly.com", "iat": 1717000000 + r.randrange(9000000),
                               "jti": uuid4(r), "user_uuid": uuid4(r), "scope": "default"}, {"kid": "1ce1e136"})


def wix_ist(r):
    return "IST." + jwt_hs(r, "HS256", {"data": json.dumps({"id": uuid4(r), "identity": {"type": "application",
                                                                                              "id": uuid4(r)},
                                                               "tenant": {"type": "account", "id": uuid4(r)}},
                                                              separators=(",", ":")),
                                        "iat": 1718000000 + r.randrange(9000000)}, {"kid": "PozHGBqe"})


def monday_jwt(r):
    return jwt_hs(r, "HS256", {"tid": r.randrange(100000000, 999999999), "aai": 11, "uid": r.randrange(10000000, 99999999),
                               "iad": "2024-06-1%dT08:00:00.000Z" % r.randrange(10), "per": "me:write",
                               "actid": r.randrange(1000000, 9999999), "rgn": "euc1"})


def turso_jwt(r):
    h = b64url_nopad(json.dumps({"alg": "EdDSA", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps({"a": "rw", "iat": 1718000000 + r.randrange(9000000), "id": uuid4(r)},
                                separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(r, 64))


def sentry_org(r):
    js = json.dumps({"iat": 1718000000.0 + r.randrange(9000000), "url": "https://sentry.io",
                     "region_url": "https://de.sentry.io", "org": "greenacre-garden-centre"},
                    separators=(",", ":")).encode()
    return "sntrys_" + base64.b64encode(js).decode().rstrip("=") + "_" + rs(r, ALNUM + "+/", 43)


def grafana_glc(r):
    js = json.dumps({"o": str(r.randrange(100000, 999999)), "n": "stack-%d-glasshouse" % r.randrange(100000, 999999),
                     "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()
    return "glc_" + base64.b64encode(js).decode()


def onepassword_ops(r):
    js = json.dumps({"signInAddress": "greenacre.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                     "iterations": 650000, "salt": rs(r, B64URL, 22)}, "email": rs(r, LOWER_ALNUM, 13) + "@1passwordserviceaccounts.eu",
                     "srpX": rs(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, B64URL, 43),
                                                      "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                     "secretKey": "A3-" + rs(r, UPPER_ALNUM, 6) + "-" + rs(r, UPPER_ALNUM, 11) + "-" + "-".join(rs(r, UPPER_ALNUM, 5) for _ in range(3)),
                     "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, UPPER_ALNUM, 26)},
                     "deviceUuid": rs(r, LOWER_ALNUM, 26)}, separators=(",", ":")).encode()
    return "ops_" + base64.b64encode(js).decode().rstrip("=")


def elastic_api_key(r):
    return base64.b64encode((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode()).decode()


def wp_app_password(r):
    return " ".join(rs(r, ALNUM, 4) for _ in range(6))


def teams_webhook(r):
    return ("https://greenacregc.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s"
            % (uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r), rs(r, B64URL, 43)))


def discord_webhook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (rs(r, "123456789", 1) + rs(r, DIG, 18), rs(r, B64URL, 68))


def zapier_hook(r):
    return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(r, "123456789", 1) + rs(r, DIG, 7), rs(r, LOWER_ALNUM, 7))


def postcoder(r):
    return "PCW" + rs(r, UPPER_ALNUM, 2) + "-" + "-".join(rs(r, UPPER_ALNUM, 5) for _ in range(3))


def bunny_pw(r):
    return uuid4(r) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 4)


EMAILS = ["buying@greenacre-gc.co.uk", "it@hillsidenursery.co.uk", "ops@seedsandbulbs.shop", "cafe@greenacre-gc.co.uk"]

# (type, shape description, category, generator, neighbour (label words, generator) or None)
VENDORS = [
    # --- glasshouse climate, irrigation, weather and sensors
    ("priva_office_operator_password", "owner-chosen password of a Priva Office operator account", O, PW,
     ("priva office operator user", lambda r: "kas" + rs(r, DIG, 2))),
    ("hoogendoorn_iivo_api_client_secret", "40 alphanumerics (client id next to it is public)", G, R(ALNUM, 40),
     ("hoogendoorn iivo api client id", lambda r: "gh-" + rs(r, LOWER_ALNUM, 10))),
    ("ridder_synopta_cloud_api_key", "32 lower-case hex", G, R(HEX, 32), None),
    ("argus_titan_web_password", "owner-chosen password of the Argus Titan controller web login", O, PW,
     ("argus titan web user", lambda r: "grower" + rs(r, DIG, 2))),
    ("link4_isii_cloud_api_token", "48 alphanumerics", G, R(ALNUM, 48), None),
    ("growlink_controller_api_key", "UUIDv4", G, U4, None),
    ("hydrawise_irrigation_api_key", "four groups of four upper-case hex joined by `-`", G,
     lambda r: "-".join(rs(r, UHEX, 4) for _ in range(4)), None),
    ("rachio_irrigation_bearer_token", "UUIDv4", B, U4, None),
    ("rain_bird_iq4_cloud_password", "owner-chosen password of the Rain Bird IQ4 cloud account", O, PW,
     ("rain bird iq4 cloud user", lambda r: EMAILS[r.randrange(4)])),
    ("opensprinkler_device_password", "owner-chosen device password of an OpenSprinkler controller", O, PW, None),
    ("davis_weatherlink_v2_api_secret", "32 lower-case alphanumerics (the API key next to it is an identifier)", B,
     R(LOWER_ALNUM, 32), ("davis weatherlink v2 api key id", R(LOWER_ALNUM, 32))),
    ("ambient_weather_application_key", "64 lower-case hex", B, R(HEX, 64), None),
    ("netatmo_connect_client_secret", "30 alphanumerics (client id next to it is public)", G, R(ALNUM, 30),
     ("netatmo connect client id", R(HEX, 24))),
    ("aranet_cloud_api_key", "40 alphanumerics", G, R(ALNUM, 40), None),
    ("tuya_iot_access_secret", "32 lower-case alphanumerics (access id next to it is an identifier)", B,
     R(LOWER_ALNUM, 32), ("tuya iot access id", R(LOWER_ALNUM, 20))),
    ("shelly_cloud_auth_key", "72 Base64 characters", G, R(B64STD, 72), None),
    ("thingsboard_device_access_token", "20 alphanumerics", G, R(ALNUM, 20), None),
    ("the_things_stack_lorawan_api_key", "`NNSXS.` + 39 upper-case Base32 + `.` + 52 upper-case Base32", B,
     cat("NNSXS.", R(B32U, 39), ".", R(B32U, 52)), None),
    ("particle_cloud_access_token", "40 lower-case hex", B, R(HEX, 40), None),
    ("blynk_device_auth_token", "32 base64url", G, R(B64URL, 32), None),
    ("adafruit_io_key", "`aio_` + 28 alphanumerics (32 in all)", B, cat("aio_", R(ALNUM, 28)), None),
    ("ubidots_account_token", "`BBFF-` + 30 alphanumerics", B, cat("BBFF-", R(ALNUM, 30)), None),
    ("home_assistant_long_lived_token", "HS256 JWT (real base64url JSON with `iss`, `iat`, `exp`; real HMAC under a discarded key)", B,
     home_assistant_jwt, None),
    # --- plant data, identification, plant health
    ("trefle_plants_api_token", "43 base64url", G, R(B64URL, 43), None),
    ("perenual_plant_api_key", "`sk-` + 4 alphanumerics + 12 lower-case hex + 4 digits", G,
     cat("sk-", R(ALNUM, 4), R(HEX, 12), R(DIG, 4)), None),
    ("kindwise_plant_id_api_key", "50 alphanumerics", G, R(ALNUM, 50), None),
    ("plantnet_identify_api_key", "`2b10` + 21 alphanumerics", G, cat("2b10", R(ALNUM, 21)), None),
    ("roboflow_private_api_key", "20 alphanumerics", B, R(ALNUM, 20), None),
    ("defra_ipaffs_client_secret", "Azure AD client secret (3 + digit + `Q~` + 34; client id next to it is public)", L,
     azure_ad_secret, ("defra ipaffs client id", U4)),
    ("eu_traces_nt_webservice_password", "owner-chosen password of the TRACES NT web-service user", O, PW,
     ("eu traces nt webservice user", lambda r: "GBNUR" + rs(r, DIG, 5))),
    ("apha_plant_health_portal_password", "owner-chosen password of the APHA plant-health portal login", O, PW,
     ("apha plant health portal user", lambda r: EMAILS[r.randrange(4)])),
    ("floriday_supplier_api_key", "40 alphanumerics (organisation id next to it is an identifier)", G, R(ALNUM, 40),
     ("floriday organization id", U4)),
    ("hta_gift_voucher_portal_password", "owner-chosen password of the garden gift-voucher redemption portal", O, PW,
     ("hta gift voucher portal user", lambda r: "GC" + rs(r, DIG, 5))),
    # --- café, events, bookings
    ("eventbrite_private_oauth_token", "20 upper-case alphanumerics", B, R(UPPER_ALNUM, 20), None),
    ("ticket_tailor_api_key", "`sk_` + 4 digits + `_` + 32 lower-case hex", G, cat("sk_", R(DIG, 4), "_", R(HEX, 32)), None),
    ("bookwhen_api_token", "32 alphanumerics", G, R(ALNUM, 32), None),
    ("resdiary_api_password", "owner-chosen password of the ResDiary API user", O, PW,
     ("resdiary api user", lambda r: "greenacre_cafe_api")),
    ("simplybook_api_secret_key", "64 lower-case hex (company login next to it is public)", G, R(HEX, 64),
     ("simplybook company login", lambda r: "greenacrecafe")),
    ("acuity_scheduling_api_key", "32 lower-case hex (user id next to it is an identifier)", G, R(HEX, 32),
     ("acuity scheduling user id", R(DIG, 8))),
    ("calendly_personal_access_token", "HS256 JWT with `kid` (real base64url JSON, real HMAC under a discarded key)", B,
     calendly_jwt, None),
    ("opentable_partner_client_secret", "32 alphanumerics (client id next to it is public)", G, R(ALNUM, 32),
     ("opentable partner client id", R(LOWER_ALNUM, 16))),
    # --- payments, e-commerce, loyalty, reviews
    ("stripe_restricted_live_key", "`rk_live_51` + 97 alphanumerics", B, cat("rk_live_51", R(ALNUM, 97)), None),
    ("paypal_rest_client_secret", "`E` + 79 base64url (the client id next to it is public)", B, cat("E", R(B64URL, 79)),
     ("paypal rest client id", cat("A", R(B64URL, 79)))),
    ("mollie_live_api_key", "`live_` + 30 alphanumerics", B, cat("live_", R(ALNUM, 30)), None),
    ("adyen_checkout_api_key", "`AQE` + 97 Base64 characters", G, cat("AQE", R(B64STD, 97)), None),
    ("klarna_merchant_api_password", "`klarna_live_api_` + 40 base64url (the `K…` user name next to it is public)", G,
     cat("klarna_live_api_", R(B64URL, 40)), ("klarna merchant api username", lambda r: "K" + rs(r, DIG, 6) + "_" + rs(r, HEX, 12))),
    ("opayo_integration_password", "64 alphanumerics (integration key next to it is an identifier)", G, R(ALNUM, 64),
     ("opayo integration key", R(ALNUM, 50))),
    ("worldpay_xml_merchant_password", "owner-chosen XML merchant password", O, PW,
     ("worldpay xml merchant code", lambda r: "GREENACRE" + rs(r, UPPER_ALNUM, 4))),
    ("square_webhook_signature_key", "22 base64url", G, R(B64URL, 22), None),
    ("shopify_custom_app_access_token", "`shpca_` + 32 hex", L, cat("shpca_", R(HEX, 32)), None),
    ("shopify_private_app_password", "`shppa_` + 32 hex", L, cat("shppa_", R(HEX, 32)), None),
    ("bigcommerce_api_access_token", "31 lower-case alphanumerics (store hash next to it is an identifier)", B,
     R(LOWER_ALNUM, 31), ("bigcommerce store hash", R(LOWER_ALNUM, 10))),
    ("woocommerce_store_consumer_secret", "`cs_` + 40 hex (the `ck_` key next to it is treated as the user half)", B,
     cat("cs_", R(HEX, 40)), ("woocommerce store consumer key", cat("ck_", R(HEX, 40)))),
    ("magento_integration_access_token", "32 lower-case alphanumerics", B, R(LOWER_ALNUM, 32), None),
    ("ecwid_store_secret_token", "`secret_` + 32 alphanumerics (store id next to it is an identifier)", B,
     cat("secret_", R(ALNUM, 32)), ("ecwid store id", R(DIG, 8))),
    ("prestashop_webservice_key", "32 upper-case alphanumerics", B, R(UPPER_ALNUM, 32), None),
    ("wix_headless_api_key", "`IST.` + HS256 JWT with `kid` (real base64url JSON)", B, wix_ist, None),
    ("squarespace_commerce_api_key", "UUIDv4", L, U4, None),
    ("klaviyo_private_api_key", "`pk_` + 34 lower-case hex (a private key despite the `pk_` prefix)", B,
     cat("pk_", R(HEX, 34)), None),
    ("omnisend_api_key", "24 lower-case hex + `-` + 50 alphanumerics", B, cat(R(HEX, 24), "-", R(ALNUM, 50)), None),
    ("dotdigital_api_user_password", "owner-chosen password of the `apiuser-…` account (user name next to it is public)", O, PW,
     ("dotdigital api user", lambda r: "apiuser-" + rs(r, HEX, 12) + "@apiconnector.com")),
    ("smile_io_loyalty_private_key", "32 alphanumerics", G, R(ALNUM, 32), None),
    ("loyaltylion_api_secret", "32 lower-case hex (the token next to it is public)", G, R(HEX, 32),
     ("loyaltylion api token", R(HEX, 32))),
    ("yotpo_reviews_api_secret", "40 alphanumerics (app key next to it is public)", G, R(ALNUM, 40),
     ("yotpo reviews app key", R(ALNUM, 40))),
    ("trustpilot_business_api_secret", "16 alphanumerics (API key next to it is an identifier)", G, R(ALNUM, 16),
     ("trustpilot business api key", R(ALNUM, 32))),
    ("feefo_reviews_api_key", "UUIDv4", G, U4, None),
    # --- click-and-collect, delivery vans, addresses, stock
    ("sendcloud_api_secret_key", "32 lower-case hex (public key next to it is an identifier)", G, R(HEX, 32),
     ("sendcloud api public key", U4)),
    ("onfleet_delivery_api_key", "32 lower-case hex", B, R(HEX, 32), None),
    ("shipday_delivery_api_key", "10 alphanumerics + `.` + 20 alphanumerics", G, cat(R(ALNUM, 10), ".", R(ALNUM, 20)), None),
    ("zapiet_pickup_api_key", "32 lower-case hex", G, R(HEX, 32), None),
    ("mapbox_secret_access_token", "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url (real JSON)", B, mapbox_sk, None),
    ("postcoder_address_api_key", "`PCW` + 2 + three groups of 5 upper-case alphanumerics", G, postcoder, None),
    ("zoho_inventory_refresh_token", "`1000.` + 32 hex + `.` + 32 hex", B, cat("1000.", R(HEX, 32), ".", R(HEX, 32)), None),
    ("unleashed_inventory_api_key", "88 Base64 characters (API id next to it is an identifier)", G, R(B64STD, 88),
     ("unleashed inventory api id", U4)),
    ("odoo_xmlrpc_api_key", "40 lower-case hex", B, R(HEX, 40), None),
    ("business_central_client_secret", "Azure AD client secret (3 + digit + `Q~` + 34; client id next to it is public)", L,
     azure_ad_secret, ("business central client id", U4)),
    ("netsuite_tba_token_secret", "64 lower-case hex (account id next to it is an identifier)", B, R(HEX, 64),
     ("netsuite account id", R(DIG, 7))),
    # --- messaging and notifications
    ("twilio_api_key_secret", "32 alphanumerics (the `SK…` key SID next to it is an identifier)", B, R(ALNUM, 32),
     ("twilio api key sid", cat("SK", R(HEX, 32)))),
    ("vonage_sms_api_secret", "16 alphanumerics (API key next to it is an identifier)", B, R(ALNUM, 16),
     ("vonage sms api key", R(HEX, 8))),
    ("sinch_sms_service_plan_token", "32 lower-case hex (service plan id next to it is an identifier)", B, R(HEX, 32),
     ("sinch sms service plan id", R(HEX, 32))),
    ("esendex_account_password", "owner-chosen password of the Esendex account", O, PW,
     ("esendex account reference", lambda r: "EX0" + rs(r, DIG, 6))),
    ("whatsapp_cloud_system_user_token", "`EAAM` + 180 alphanumerics", L, cat("EAAM", R(ALNUM, 180)), None),
    ("sendgrid_mail_send_api_key", "`SG.` + 22 base64url + `.` + 43 base64url", L, cat("SG.", R(B64URL, 22), ".", R(B64URL, 43)), None),
    ("sparkpost_api_key", "40 lower-case hex", B, R(HEX, 40), None),
    ("mailjet_api_secret_key", "32 lower-case hex (API key next to it is an identifier)", B, R(HEX, 32),
     ("mailjet api key", R(HEX, 32))),
    ("amazon_ses_smtp_password", "`B` + 43 Base64 characters (the `AKIA…` SMTP user next to it is an identifier)", B,
     cat("B", R(B64STD, 43)), ("amazon ses smtp username", cat("AKIA", R(UPPER_ALNUM, 16)))),
    ("postmark_server_api_token", "UUIDv4", B, U4, None),
    ("microsoft_teams_incoming_webhook_url", "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…/V2…` URL (the URL is the credential)", B,
     teams_webhook, None),
    ("discord_channel_webhook_url", "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", B,
     discord_webhook, None),
    ("slack_user_oauth_token", "`xoxp-` + three digit groups + `-` + 32 hex", L,
     cat("xoxp-", R(DIG, 12), "-", R(DIG, 12), "-", R(DIG, 13), "-", R(HEX, 32)), None),
    ("slack_app_signing_secret", "32 lower-case hex", B, R(HEX, 32), None),
    ("telegram_click_collect_bot_token", "10-digit bot id + `:A` + 34 base64url", L,
     cat(R("123456789", 1), R(DIG, 9), ":A", R(B64URL, 34)), None),
    ("pushbullet_access_token", "`o.` + 32 alphanumerics", B, cat("o.", R(ALNUM, 32)), None),
    ("onesignal_rest_api_key", "`os_v2_app_` + 113 lower-case Base32 (the app id next to it is public)", G,
     cat("os_v2_app_", R(B32L, 113)), ("onesignal app id", U4)),
    ("firebase_cloud_messaging_server_key", "`AAAA` + 7 base64url + `:APA91b` + 134 base64url", B,
     cat("AAAA", R(B64URL, 7), ":APA91b", R(B64URL, 134)), None),
    ("gotify_application_token", "`A` + 14 base64url-ish characters", B, cat("A", R(ALNUM + "._-", 14)), None),
    # --- AI
    ("anthropic_claude_api_key", "`sk-ant-api03-` + 93 base64url + `AA`", L, cat("sk-ant-api03-", R(B64URL, 93), "AA"), None),
    ("openai_service_account_key", "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", L,
     cat("sk-svcacct-", R(B64URL, 74), "T3BlbkFJ", R(B64URL, 74)), None),
    ("openrouter_api_key", "`sk-or-v1-` + 64 lower-case hex", B, cat("sk-or-v1-", R(HEX, 64)), None),
    ("cohere_api_key", "40 alphanumerics", L, R(ALNUM, 40), None),
    ("deepseek_api_key", "`sk-` + 32 lower-case hex", B, cat("sk-", R(HEX, 32)), None),
    ("elevenlabs_api_key", "`sk_` + 48 lower-case hex", B, cat("sk_", R(HEX, 48)), None),
    ("assemblyai_api_key", "32 lower-case hex", B, R(HEX, 32), None),
    ("langsmith_personal_api_key", "`lsv2_pt_` + 32 hex + `_` + 10 hex", B, cat("lsv2_pt_", R(HEX, 32), "_", R(HEX, 10)), None),
    ("weights_and_biases_api_key", "40 lower-case hex", B, R(HEX, 40), None),
    ("azure_openai_api_key", "32 lower-case hex (endpoint next to it is public)", B, R(HEX, 32),
     ("azure openai endpoint", lambda r: "https://greenacre-ai.openai.azure.com/")),
    # --- developer, ops, content
    ("github_fine_grained_pat", "`github_pat_` + 22 + `_` + 59 word characters", L,
     cat("github_pat_11", R(UPPER_ALNUM, 20), "_", R(ALNUM, 59)), None),
    ("github_app_installation_token", "`ghs_` + 36 alphanumerics", L, cat("ghs_", R(ALNUM, 36)), None),
    ("gitlab_runner_auth_token", "`glrt-` + 20 base64url", L, cat("glrt-", R(B64URL, 20)), None),
    ("gitlab_group_deploy_token", "`gldt-` + 20 base64url (user name next to it is public)", L, cat("gldt-", R(B64URL, 20)),
     ("gitlab group deploy user", lambda r: "gitlab+deploy-token-" + rs(r, DIG, 6))),
    ("npm_automation_token", "`npm_` + 36 alphanumerics", L, cat("npm_", R(ALNUM, 36)), None),
    ("pypi_project_upload_token", "`pypi-AgEIcHlwaS5vcmc` + 160 base64url", L, cat("pypi-AgEIcHlwaS5vcmc", R(B64URL, 160)), None),
    ("terraform_cloud_team_token", "14 alphanumerics + `.atlasv1.` + 67 base64url", L,
     cat(R(ALNUM, 14), ".atlasv1.", R(B64URL, 67)), None),
    ("doppler_service_token", "`dp.st.` + config name + `.` + 40 alphanumerics", B, cat("dp.st.prd.", R(ALNUM, 40)), None),
    ("pulumi_access_token", "`pul-` + 40 lower-case hex", L, cat("pul-", R(HEX, 40)), None),
    ("netlify_personal_access_token", "`nfp_` + 36 alphanumerics", B, cat("nfp_", R(ALNUM, 36)), None),
    ("cloudflare_global_api_key", "37 lower-case hex (account e-mail next to it is public)", L, R(HEX, 37),
     ("cloudflare account email", lambda r: EMAILS[r.randrange(4)])),
    ("cloudflare_origin_ca_key", "`v1.0-` + 24 hex + `-` + 146 hex", L, cat("v1.0-", R(HEX, 24), "-", R(HEX, 146)), None),
    ("backblaze_b2_application_key", "`K00` + 28 Base64 characters (key id next to it is an identifier)", B,
     cat("K00", R(ALNUM + "+/", 28)), ("backblaze b2 key id", cat("00", R(HEX, 23)))),
    ("bunny_storage_zone_password", "UUIDv4 + `-` + 4 hex + `-` + 4 hex", G, bunny_pw, None),
    ("wasabi_secret_access_key", "40 Base64-alphabet characters (access key next to it is an identifier)", B,
     R(ALNUM + "+/", 40), ("wasabi access key", R(UPPER_ALNUM, 20))),
    ("ovh_api_application_secret", "32 alphanumerics (application key next to it is an identifier)", B, R(ALNUM, 32),
     ("ovh api application key", R(ALNUM, 16))),
    ("vultr_cloud_api_key", "36 upper-case alphanumerics", B, R(UPPER_ALNUM, 36), None),
    ("aws_plant_photos_secret_access_key", "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", B,
     R(ALNUM + "+/", 40), ("aws plant photos access key id", cat("AKIA", R(UPPER_ALNUM, 16)))),
    ("sentry_org_auth_token", "`sntrys_` + Base64 JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 (real JSON)", L, sentry_org, None),
    ("grafana_service_account_token", "`glsa_` + 32 alphanumerics + `_` + 8 hex", L, cat("glsa_", R(ALNUM, 32), "_", R(HEX, 8)), None),
    ("grafana_cloud_access_policy_token", "`glc_` + Base64 of JSON (`o`, `n`, `k`, `m`) (real JSON)", L, grafana_glc, None),
    ("new_relic_user_api_key", "`NRAK-` + 27 upper-case alphanumerics", L, cat("NRAK-", R(UPPER_ALNUM, 27)), None),
    ("honeycomb_ingest_api_key", "`hcaik_` + 58 lower-case alphanumerics", G, cat("hcaik_", R(LOWER_ALNUM, 58)), None),
    ("better_stack_source_token", "24 alphanumerics", G, R(ALNUM, 24), None),
    ("pagerduty_rest_api_key", "`u+` + 18 base64url", G, cat("u+", R(B64URL, 18)), None),
    ("snyk_api_token", "UUIDv4", L, U4, None),
    ("sonarcloud_user_token", "`squ_` + 40 lower-case hex", L, cat("squ_", R(HEX, 40)), None),
    ("postman_workspace_api_key", "`PMAK-` + 24 hex + `-` + 34 hex", L, cat("PMAK-", R(HEX, 24), "-", R(HEX, 34)), None),
    ("linear_app_api_key", "`lin_api_` + 40 alphanumerics", L, cat("lin_api_", R(ALNUM, 40)), None),
    ("asana_personal_access_token", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", B,
     cat("2/", R(DIG, 16), "/", R(DIG, 16), ":", R(HEX, 32)), None),
    ("trello_api_token", "`ATTA` + 64 hex + 8 upper-case hex", B, cat("ATTA", R(HEX, 64), R(UHEX, 8)), None),
    ("clickup_personal_api_token", "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", B,
     cat("pk_", R(DIG, 8), "_", R(UPPER_ALNUM, 32)), None),
    ("monday_api_token", "HS256 JWT (real base64url JSON with `tid`, `uid`, `per`)", B, monday_jwt, None),
    ("typeform_forms_api_token", "`tfp_` + 44 base64url + `_` + 14 alphanumerics", L,
     cat("tfp_", R(B64URL, 44), "_", R(ALNUM, 14)), None),
    ("jotform_workspace_api_key", "32 lower-case hex", B, R(HEX, 32), None),
    ("zapier_catch_hook_url", "whole `hooks.zapier.com/hooks/catch/<id>/<7>/` URL (anyone with it can post orders)", B,
     zapier_hook, None),
    ("planetscale_database_password", "`pscale_pw_` + 43 base64url", L, cat("pscale_pw_", R(B64URL, 43)), None),
    ("turso_database_auth_token", "EdDSA-shaped JWT (real base64url JSON; signature 64 random bytes)", B, turso_jwt, None),
    ("algolia_admin_api_key", "32 lower-case hex (application id next to it is an identifier)", L, R(HEX, 32),
     ("algolia application id", R(UPPER_ALNUM, 10))),
    ("meilisearch_master_key", "43 base64url", G, R(B64URL, 43), None),
    ("elastic_cloud_api_key", "Base64 of `<20 base64url id>:<22 base64url key>` (real structure)", B, elastic_api_key, None),
    ("cloudinary_api_secret", "27 base64url (API key next to it is an identifier)", B, R(B64URL, 27),
     ("cloudinary api key", R(DIG, 15))),
    ("contentful_management_token", "`CFPAT-` + 43 base64url", B, cat("CFPAT-", R(B64URL, 43)), None),
    ("sanity_studio_api_token", "`sk` + 180 alphanumerics", G, cat("sk", R(ALNUM, 180)), None),
    ("wordpress_application_password", "24 alphanumerics in six groups of four separated by spaces (user name next to it is public)", B,
     wp_app_password, ("wordpress username", lambda r: "shop-editor")),
    ("supabase_secret_api_key", "`sb_secret_` + 31 base64url", G, cat("sb_secret_", R(B64URL, 31)), None),
    ("vault_service_token", "`hvs.` + 95 base64url", L, cat("hvs.", R(B64URL, 95)), None),
    ("onepassword_service_account_token", "`ops_` + Base64 of a service-account JSON (real JSON)", L, onepassword_ops, None),
]

# least central candidates: written, moved to the tail and left unused
UNUSED = """link4_isii_cloud_api_token growlink_controller_api_key aranet_cloud_api_key shelly_cloud_auth_key
blynk_device_auth_token kindwise_plant_id_api_key opentable_partner_client_secret square_webhook_signature_key
smile_io_loyalty_private_key feefo_reviews_api_key zapiet_pickup_api_key shipday_delivery_api_key
postcoder_address_api_key gotify_application_token pushbullet_access_token assemblyai_api_key
weights_and_biases_api_key bunny_storage_zone_password vultr_cloud_api_key ovh_api_application_secret
wasabi_secret_access_key better_stack_source_token pagerduty_rest_api_key honeycomb_ingest_api_key
meilisearch_master_key sanity_studio_api_token supabase_secret_api_key jotform_workspace_api_key trello_api_token
clickup_personal_api_token asana_personal_access_token magento_integration_access_token
thingsboard_device_access_token ridder_synopta_cloud_api_key""".split()
N_VENDORS = 120


def ordered():
    used = [v for v in VENDORS if v[0] not in UNUSED]
    return used[:N_VENDORS], [v for v in VENDORS if v[0] in UNUSED] + used[N_VENDORS:]

STYLES = [
    ("nursery_ops_infisical_export_env", "upper"),
    ("seed_shop_php_return_array", "snake"),
    ("click_collect_wrangler_secret_put_history", "upper"),
    ("glasshouse_app_gradle_buildconfig_field", "upper"),
    ("garden_pos_csharp_static_class", "pascal"),
    ("grower_portal_keepass_xml_entry", "title"),
    ("cafe_team_whatsapp_paste", "spaced"),
    ("nursery_dev_gitlab_mr_comment", "upper"),
    ("delivery_app_rust_const_block", "upper"),
    ("seed_shop_sops_decrypted_yaml", "snake"),
    ("supplier_onboarding_pdf_text", "title"),
    ("garden_infra_ssm_put_parameter_history", "kebab"),
]


def render(style, kstyle, key, nb):
    """nb: (label key, value) or None. Returns template with SLOT."""
    S = SLOT
    if style == "nursery_ops_infisical_export_env":
        t = "# infisical export --env=prod --path=/garden-centre --format=dotenv\nAPP_ENV='production'\n"
        if nb:
            t += "%s='%s'\n" % nb
        return t + "%s='%s'\n" % (key, S)
    if style == "seed_shop_php_return_array":
        t = "<?php\n// config/services.php – seeds & bulbs shop\nreturn [\n"
        if nb:
            t += "    '%s' => '%s',\n" % nb
        return t + "    '%s' => '%s',\n    'timeout' => 15,\n];\n" % (key, S)
    if style == "click_collect_wrangler_secret_put_history":
        t = "  501  cd ~/src/click-collect-worker\n"
        if nb:
            t += "  502  grep -n %s wrangler.toml   # %s = \"%s\" (var)\n" % (nb[0], nb[0], nb[1])
        return t + "  503  echo -n '%s' | npx wrangler secret put %s\n  504  npx wrangler deploy\n" % (S, key)
    if style == "glasshouse_app_gradle_buildconfig_field":
        t = "android {\n    defaultConfig {\n        applicationId \"uk.co.greenacre.glasshouse\"\n"
        if nb:
            t += "        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n" % nb
        return t + "        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n    }\n}\n" % (key, S)
    if style == "garden_pos_csharp_static_class":
        t = "namespace Greenacre.Till.Integrations\n{\n    internal static class VendorSettings\n    {\n"
        if nb:
            t += "        public const string %s = \"%s\";\n" % nb
        return t + "        public const string %s = \"%s\";\n    }\n}\n" % (key, S)
    if style == "grower_portal_keepass_xml_entry":
        t = "<Entry>\n  <UUID>%s</UUID>\n  <String><Key>Title</Key><Value>{vendor}</Value></String>\n"
        if nb:
            t += "  <String><Key>%s</Key><Value>%s</Value></String>\n" % nb
        return t + "  <String><Key>%s</Key><Value ProtectInMemory=\"True\">%s</Value></String>\n</Entry>\n" % (key, S)
    if style == "cafe_team_whatsapp_paste":
        t = "[16:41] Lucy (café): the booking widget broke again 🙈\n"
        if nb:
            t += "[16:43] Sam: {vendor} %s is %s\n" % nb
        return t + "[16:44] Sam: and the %s is %s – I'll change it tomorrow\n" % (key, S)
    if style == "nursery_dev_gitlab_mr_comment":
        t = "**Review comment** on `src/integrations/{vendorslug}.ts` (line 12)\n\n"
        if nb:
            t += "`%s=%s` is fine here, it's public, but\n" % nb
        return t + "`%s=%s` must not be committed – please move it to a masked CI/CD variable and rotate it.\n" % (key, S)
    if style == "delivery_app_rust_const_block":
        t = "// src/vendor_keys.rs – generated by ./scripts/gen-keys.sh\n"
        if nb:
            t += "pub const %s: &str = \"%s\";\n" % nb
        return t + "pub const %s: &str = \"%s\";\n" % (key, S)
    if style == "seed_shop_sops_decrypted_yaml":
        t = "$ sops -d secrets/prod.enc.yaml\n"
        if nb:
            t += "%s: %s\n" % nb
        return t + "%s: %s\nshop_currency: GBP\n" % (key, S)
    if style == "supplier_onboarding_pdf_text":
        t = "Supplier Integration Pack – {vendor}\nPage 3 of 7\nEnvironment: Production\n"
        if nb:
            t += "%s: %s\n" % nb
        return t + "%s: %s\nKeep this document confidential.\n" % (key, S)
    if style == "garden_infra_ssm_put_parameter_history":
        t = ""
        if nb:
            t += "$ aws ssm put-parameter --name /greenacre/prod/%s --type String --value '%s'\n" % nb
        return t + "$ aws ssm put-parameter --name /greenacre/prod/%s --type SecureString --value '%s' --overwrite\n{\n    \"Version\": 3,\n    \"Tier\": \"Standard\"\n}\n" % (key, S)
    raise ValueError(style)


def vendor_name(typ):
    return typ.split("_")[0].capitalize()


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (typ, _desc, _cat, gen, nb) in enumerate(ordered()[0]):
        style, ks = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        key = style_key(typ.split("_"), ks)
        nbp = None
        if nb:
            nbv = nb[1](rng)
            if reg.ok(nbv):
                reg.add(nbv)
            nbp = (style_key(nb[0].split(), ks), nbv)
        t = render(style, ks, key, nbp)
        t = t.replace("{vendor}", vendor_name(typ)).replace("{vendorslug}", typ.split("_")[0])
        if "<UUID>%s" in t:
            t = t.replace("<UUID>%s", "<UUID>" + b64std(rbytes(rng, 16)), 1)
        text, s, e = fill(t, value)
        out.append(dict(type=typ, container=typ + "__" + style, text=text, start=s, end=e, source="vendor"))
    return out
