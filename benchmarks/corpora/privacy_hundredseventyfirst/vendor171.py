"""Vendor source: credential types of vendors that pool-service, aquatic-centre and water-park developers use."""
import base64
import json
import random

from common171 import (MARK, ALNUM, HEX, LOWER, UPPER, DIGITS, LOWNUM, B64URL, owner_pw, rs, b64, b64url,
                       b64url_json, uuid4, jwt_hs256, jwt_shaped, crc_token, rec, rbytes)

SEED = 17102
UPNUM = UPPER + DIGITS
B32 = UPPER + "234567"


def _cognito_refresh(r):
    hdr = b64url_json({"cty": "JWT", "enc": "A256GCM", "alg": "RSA-OAEP"})
    return hdr + "." + rs(r, B64URL, 342) + "." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 560) + "." + rs(r, B64URL, 22)


def _intercom(r):
    return base64.b64encode(("tok:" + uuid4(r) + ":1:0").encode()).decode()


def _elastic(r):
    return base64.b64encode((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode()).decode()


def _ops(r):
    body = {"signInAddress": "splashcity.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
            "iterations": 650000, "salt": b64url(r, 16)}, "email": "%s@%s.1passwordserviceaccounts.com" % (rs(r, LOWNUM, 13), rs(r, LOWNUM, 8)),
            "srpX": rs(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(r, 32), "key_ops": ["encrypt", "decrypt"],
            "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPNUM, 6) + "-" + rs(r, UPNUM, 11) + "-" + "-".join(rs(r, UPNUM, 5) for _ in range(3)),
            "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, UPNUM, 26)}, "deviceUuid": rs(r, LOWNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")


def _glc(r):
    body = {"o": str(r.randint(100000, 999999)), "n": "pool-metrics-write-%s" % rs(r, LOWNUM, 6),
            "k": rs(r, ALNUM, 24), "m": {"r": r.choice(["us", "prod-us-east-0", "prod-eu-west-2"])}}
    return "glc_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()


def _sntrys(r):
    body = {"iat": 1730000000 + r.randint(0, 9999999), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
            "org": r.choice(["splash-city", "wavecove-parks", "aquaservice"])}
    return "sntrys_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode() + "_" + rs(r, ALNUM + "+/", 43)


def _teams(r):
    return ("https://splashcity.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) +
            "/IncomingWebhook/" + rs(r, HEX, 32) + "/" + uuid4(r))


def _discord_wh(r):
    return "https://discord.com/api/webhooks/" + str(r.randint(10 ** 17, 10 ** 18 - 1)) + "/" + rs(r, B64URL, 68)


def _fcm(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def _ably(r):
    return rs(r, B64URL, 6) + "." + rs(r, B64URL, 6) + ":" + rs(r, ALNUM + "_-", 43)


def _azure_ad(r):
    return rs(r, ALNUM + "_~.", 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def _pat_asana(r):
    return "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + rs(r, HEX, 32)


def _losant(r):
    iat = 1730000000 + r.randint(0, 9999999)
    return jwt_hs256(r, {"sub": rs(r, HEX, 24), "scope": ["all.Application"], "iat": iat, "iss": "api.losant.com"})


def _monday(r):
    iat = 1730000000 + r.randint(0, 9999999)
    return jwt_hs256(r, {"tid": r.randint(100000000, 999999999), "aai": 11, "uid": r.randint(10000000, 99999999),
                         "iad": "2025-03-0%dT12:00:00.000Z" % r.randint(1, 9), "per": "me:write", "actid": r.randint(1000000, 9999999),
                         "rgn": "use1", "iat": iat})


def _routific(r):
    iat = 1730000000 + r.randint(0, 9999999)
    return jwt_hs256(r, {"_id": rs(r, HEX, 24), "iat": iat})


def _adyen(r):
    return "AQE" + rs(r, ALNUM, 5) + "fx" + rs(r, ALNUM + "+/", 90) + "==-" + rs(r, ALNUM + "+/", 43) + "=-" + rs(r, ALNUM + "$%;[]{}<>", 16)


def _ttn(r):
    return "NNSXS." + rs(r, B32, 39) + "." + rs(r, B32, 52)


def _langsmith(r):
    return "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)


def _slack_app(r):
    return "xapp-1-A" + rs(r, UPNUM, 10) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, HEX, 64)


def _vault(r):
    return "hvs.CAESI" + rs(r, B64URL, 86)


def _pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 160)


def _openai_legacy(r):
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def _circleci(r):
    return "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEX, 40)


def _whatsapp(r):
    return "EAAG" + rs(r, ALNUM, 196)


def _paypal(r):
    return "E" + rs(r, ALNUM + "-_", 79)


def _gemini(r):
    return "AIza" + rs(r, ALNUM + "-_", 35)


def _tf_cloud(r):
    return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)


def _dynatrace(r):
    return "dt0c01." + rs(r, UPNUM, 24) + "." + rs(r, UPNUM, 64)


# (type, ENV_NAME, generator, shape description, basis: read|known|guessed, neighbours list of (ENV, generator) )
V = [
    # --- pool equipment, controllers and their clouds
    ("pentair_home_cognito_refresh_token", "PENTAIR_HOME_REFRESH_TOKEN", _cognito_refresh, "Cognito-style JWE refresh token (real base64url JSON header, five parts)", "guessed", []),
    ("pentair_intellicenter_cloud_api_key", "INTELLICENTER_CLOUD_API_KEY", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("hayward_omnilogic_account_password", "OMNILOGIC_PASSWORD", lambda r: owner_pw(r), "owner-chosen password (the OmniLogic API logs in with user / password)", "guessed", [("OMNILOGIC_USERNAME", lambda r: "ops+%s@splashcity.example" % rs(r, LOWER, 5))]),
    ("hayward_omnihub_device_token", "OMNIHUB_DEVICE_TOKEN", lambda r: rs(r, HEX, 64), "64 hex", "guessed", []),
    ("zodiac_iaqualink_session_secret", "IAQUALINK_SESSION_SECRET", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("fluidra_connect_refresh_token", "FLUIDRA_CONNECT_REFRESH_TOKEN", lambda r: rs(r, B64URL, 86), "86 base64url", "guessed", []),
    ("astralpool_halo_api_secret", "HALO_API_SECRET", lambda r: rs(r, HEX, 48), "48 hex", "guessed", []),
    ("sutro_partner_api_key", "SUTRO_PARTNER_API_KEY", lambda r: rs(r, ALNUM, 36), "36 alphanumerics", "guessed", []),
    ("blueriiot_blue_connect_api_key", "BLUERIIOT_API_KEY", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("iopool_user_api_key", "IOPOOL_API_KEY", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("ondilo_ico_oauth_refresh_token", "ONDILO_REFRESH_TOKEN", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("waterguru_partner_api_token", "WATERGURU_API_TOKEN", uuid4, "UUIDv4", "guessed", []),
    ("lamotte_waterlink_connect_api_key", "WATERLINK_CONNECT_API_KEY", lambda r: rs(r, UPNUM, 32), "32 upper alphanumerics", "guessed", []),
    ("orenda_calculator_partner_key", "ORENDA_PARTNER_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("prominent_dulconnex_api_key", "DULCONNEX_API_KEY", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("hanna_cloud_api_key", "HANNA_CLOUD_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("chemtrol_controller_cloud_password", "CHEMTROL_CLOUD_PASSWORD", lambda r: owner_pw(r), "owner-chosen password", "guessed", [("CHEMTROL_CLOUD_USER", lambda r: "pumproom%d" % r.randint(1, 9))]),
    ("ewon_talk2m_account_password", "T2M_PASSWORD", lambda r: owner_pw(r), "owner-chosen password (Talk2M API takes account / user / password)", "guessed", [("T2M_ACCOUNT", lambda r: "WaveCove%d" % r.randint(10, 99)), ("T2M_USERNAME", lambda r: "plc_ops")]),
    ("tosibox_api_token", "TOSIBOX_API_TOKEN", lambda r: rs(r, B64URL, 64), "64 base64url", "guessed", []),
    ("ignition_gateway_api_token", "IGNITION_API_TOKEN", lambda r: "wave-scada:" + rs(r, B64URL, 43), "`<key name>:` + 43 base64url", "guessed", []),
    # --- pool-service field software, routing, fleet
    ("skimmer_pool_service_api_key", "SKIMMER_API_KEY", lambda r: rs(r, ALNUM, 48), "48 alphanumerics", "guessed", []),
    ("pool_brain_api_token", "POOL_BRAIN_API_TOKEN", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("pooltrackr_api_key", "POOLTRACKR_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("servicetitan_app_client_secret", "SERVICETITAN_CLIENT_SECRET", lambda r: "cs1." + rs(r, LOWNUM, 60), "`cs1.` + 60 lower alphanumerics", "guessed", [("SERVICETITAN_CLIENT_ID", lambda r: "cid." + rs(r, LOWNUM, 25))]),
    ("jobber_app_oauth_client_secret", "JOBBER_CLIENT_SECRET", lambda r: rs(r, HEX, 64), "64 hex", "guessed", []),
    ("housecall_pro_api_key", "HOUSECALL_PRO_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("optimoroute_api_key", "OPTIMOROUTE_API_KEY", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("routific_api_token", "ROUTIFIC_API_TOKEN", _routific, "HS256 JWT (real base64url JSON, real HMAC)", "guessed", []),
    ("samsara_api_token", "SAMSARA_API_TOKEN", lambda r: "samsara_api_" + rs(r, ALNUM, 30), "`samsara_api_` + 30 alphanumerics", "known", []),
    ("fleetio_api_token", "FLEETIO_API_TOKEN", lambda r: rs(r, HEX, 40), "40 hex", "guessed", [("FLEETIO_ACCOUNT_TOKEN", lambda r: rs(r, HEX, 10))]),
    ("poolcorp_pool360_b2b_api_key", "POOL360_API_KEY", lambda r: rs(r, UPNUM, 32), "32 upper alphanumerics", "guessed", []),
    # --- lifeguard scheduling and certifications, swim lessons, recreation
    ("when_i_work_developer_key", "WHENIWORK_DEVELOPER_KEY", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("sevenshifts_api_access_token", "SEVENSHIFTS_ACCESS_TOKEN", lambda r: rs(r, HEX, 64), "64 hex", "guessed", []),
    ("deputy_permanent_access_token", "DEPUTY_ACCESS_TOKEN", lambda r: rs(r, HEX, 32), "32 hex", "guessed", [("DEPUTY_INSTALL", lambda r: "splashcity%d.na.deputy.com" % r.randint(1, 9))]),
    ("sling_scheduling_api_token", "SLING_API_TOKEN", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("homebase_partner_api_key", "HOMEBASE_API_KEY", lambda r: rs(r, B64URL, 43), "43 base64url", "guessed", []),
    ("connecteam_api_key", "CONNECTEAM_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("iclasspro_api_token", "ICLASSPRO_API_TOKEN", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("jackrabbit_swim_integration_key", "JACKRABBIT_INTEGRATION_KEY", lambda r: rs(r, UPNUM, 24), "24 upper alphanumerics", "guessed", [("JACKRABBIT_ORG_ID", lambda r: str(r.randint(100000, 999999)))]),
    ("teamunify_swimoffice_api_key", "TEAMUNIFY_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("sportsengine_oauth_client_secret", "SPORTSENGINE_CLIENT_SECRET", lambda r: rs(r, HEX, 64), "64 hex", "guessed", []),
    ("swimcloud_partner_api_key", "SWIMCLOUD_API_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("daxko_operations_client_secret", "DAXKO_CLIENT_SECRET", lambda r: rs(r, B64URL, 48), "48 base64url", "guessed", []),
    ("activenet_api_shared_secret", "ACTIVENET_SHARED_SECRET", lambda r: rs(r, ALNUM, 10), "10 alphanumerics (the shared secret used to sign requests)", "guessed", [("ACTIVENET_API_KEY", lambda r: rs(r, LOWNUM, 24))]),
    ("rectrac_webtrac_api_key", "RECTRAC_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("amilia_api_key", "AMILIA_API_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("xplor_recreation_client_secret", "XPLOR_REC_CLIENT_SECRET", lambda r: rs(r, B64URL, 40), "40 base64url", "guessed", []),
    ("smartwaiver_api_key", "SMARTWAIVER_API_KEY", lambda r: rs(r, HEX, 40), "40 hex", "guessed", []),
    ("waiverforever_api_key", "WAIVERFOREVER_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    # --- ticketing, wristbands, access control
    ("accesso_passport_api_secret", "ACCESSO_API_SECRET", lambda r: rs(r, ALNUM, 48), "48 alphanumerics", "guessed", []),
    ("gateway_galaxy_ticketing_api_key", "GALAXY_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("centeredge_advantage_api_key", "CENTEREDGE_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("roller_venue_api_client_secret", "ROLLER_CLIENT_SECRET", lambda r: rs(r, B64URL, 64), "64 base64url", "guessed", [("ROLLER_CLIENT_ID", lambda r: rs(r, LOWNUM, 20))]),
    ("semnox_parafait_api_token", "PARAFAIT_API_TOKEN", lambda r: rs(r, ALNUM, 64), "64 alphanumerics", "guessed", []),
    ("intercard_icash_api_key", "ICASH_API_KEY", lambda r: rs(r, UPNUM, 40), "40 upper alphanumerics", "guessed", []),
    ("embed_card_system_api_key", "EMBED_API_KEY", lambda r: rs(r, HEX, 48), "48 hex", "guessed", []),
    ("fareharbor_api_user_key", "FAREHARBOR_USER_KEY", uuid4, "UUIDv4 (the app key next to it is a UUID too and unlabelled)", "guessed", [("FAREHARBOR_APP_KEY", uuid4)]),
    ("checkfront_api_secret", "CHECKFRONT_API_SECRET", lambda r: rs(r, HEX, 64), "64 hex", "guessed", [("CHECKFRONT_API_KEY", lambda r: rs(r, HEX, 40))]),
    ("rezdy_supplier_api_key", "REZDY_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("brivo_access_client_secret", "BRIVO_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("kisi_access_api_key", "KISI_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("salto_ks_client_secret", "SALTO_KS_CLIENT_SECRET", lambda r: rs(r, B64URL, 43), "43 base64url", "guessed", []),
    ("gantner_access_api_key", "GANTNER_API_KEY", uuid4, "UUIDv4", "guessed", []),
    ("avigilon_alta_api_token", "ALTA_API_TOKEN", lambda r: rs(r, ALNUM, 48), "48 alphanumerics", "guessed", []),
    ("verkada_org_api_key", "VERKADA_API_KEY", lambda r: "vkd_api_" + rs(r, HEX, 32), "`vkd_api_` + 32 hex", "guessed", []),
    ("cloudflare_turnstile_secret_key", "TURNSTILE_SECRET_KEY", lambda r: "0x4AAAAAAA" + rs(r, B64URL, 25), "`0x4AAAAAAA` + 25 base64url (the site key has the same prefix)", "known", [("TURNSTILE_SITE_KEY", lambda r: "0x4AAAAAAA" + rs(r, B64URL, 12))]),
    ("google_recaptcha_secret_key", "RECAPTCHA_SECRET_KEY", lambda r: "6L" + rs(r, B64URL, 38), "`6L` + 38 base64url (the public site key has the same shape)", "known", [("RECAPTCHA_SITE_KEY", lambda r: "6L" + rs(r, B64URL, 38))]),
    # --- payments and commerce
    ("stripe_restricted_live_key", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rs(r, ALNUM, 97), "`rk_live_51` + 97 alphanumerics", "read", []),
    ("stripe_webhook_endpoint_secret", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32), "`whsec_` + 32 alphanumerics", "known", []),
    ("adyen_checkout_api_key", "ADYEN_API_KEY", _adyen, "`AQE` + Base64-like body with `==-` and `=-` separated tails", "guessed", [("ADYEN_MERCHANT_ACCOUNT", lambda r: "SplashCityECOM")]),
    ("authorize_net_transaction_key", "AUTHNET_TRANSACTION_KEY", lambda r: rs(r, ALNUM, 16), "16 alphanumerics", "known", [("AUTHNET_API_LOGIN_ID", lambda r: rs(r, ALNUM, 10))]),
    ("paypal_rest_client_secret", "PAYPAL_CLIENT_SECRET", _paypal, "80 characters starting `E`", "known", [("PAYPAL_CLIENT_ID", lambda r: "A" + rs(r, ALNUM + "-_", 79))]),
    ("mollie_live_api_key", "MOLLIE_API_KEY", lambda r: "live_" + rs(r, ALNUM, 30), "`live_` + 30 alphanumerics", "known", []),
    ("sumup_secret_api_key", "SUMUP_API_KEY", lambda r: "sup_sk_" + rs(r, ALNUM, 32), "`sup_sk_` + 32 alphanumerics", "guessed", []),
    ("freshbooks_oauth_client_secret", "FRESHBOOKS_CLIENT_SECRET", lambda r: rs(r, HEX, 64), "64 hex", "guessed", []),
    # --- messaging
    ("twilio_account_auth_token", "TWILIO_AUTH_TOKEN", lambda r: rs(r, HEX, 32), "32 hex (the `AC` account SID next to it is public)", "known", [("TWILIO_ACCOUNT_SID", lambda r: "AC" + rs(r, HEX, 32))]),
    ("twilio_api_key_secret", "TWILIO_API_SECRET", lambda r: rs(r, ALNUM, 32), "32 alphanumerics (the `SK` key SID next to it is an identifier; only the SID rule was read)", "known", [("TWILIO_API_KEY", lambda r: "SK" + rs(r, HEX, 32))]),
    ("vonage_api_secret", "VONAGE_API_SECRET", lambda r: rs(r, ALNUM, 16), "16 alphanumerics", "known", [("VONAGE_API_KEY", lambda r: rs(r, HEX, 8))]),
    ("clicksend_api_key", "CLICKSEND_API_KEY", lambda r: uuid4(r).upper(), "upper-case UUIDv4", "guessed", [("CLICKSEND_USERNAME", lambda r: "aquatics@splashcity.example")]),
    ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", uuid4, "UUIDv4", "known", []),
    ("mailjet_api_secret_key", "MJ_APISECRET_PRIVATE", lambda r: rs(r, HEX, 32), "32 hex", "known", [("MJ_APIKEY_PUBLIC", lambda r: rs(r, HEX, 32))]),
    ("sparkpost_api_key", "SPARKPOST_API_KEY", lambda r: rs(r, HEX, 40), "40 hex", "known", []),
    ("amazon_ses_smtp_password", "SES_SMTP_PASSWORD", lambda r: "B" + rs(r, ALNUM + "+/", 43), "44 Base64-alphabet characters starting `B`", "known", [("SES_SMTP_USERNAME", lambda r: "AKIA" + rs(r, UPNUM, 16))]),
    ("customer_io_track_api_key", "CUSTOMERIO_API_KEY", lambda r: rs(r, HEX, 20), "20 hex", "known", [("CUSTOMERIO_SITE_ID", lambda r: rs(r, HEX, 20))]),
    ("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", lambda r: "os_v2_app_" + rs(r, LOWER + "234567", 113), "`os_v2_app_` + 113 lower base32", "guessed", [("ONESIGNAL_APP_ID", uuid4)]),
    ("firebase_fcm_legacy_server_key", "FCM_SERVER_KEY", _fcm, "`AAAA` + 7 + `:APA91b` + 134 base64url", "known", []),
    ("expo_push_access_token", "EXPO_ACCESS_TOKEN", lambda r: rs(r, ALNUM + "_-", 40), "40 base64url", "guessed", []),
    ("pusher_channels_app_secret", "PUSHER_APP_SECRET", lambda r: rs(r, HEX, 20), "20 hex", "known", [("PUSHER_APP_KEY", lambda r: rs(r, HEX, 20))]),
    ("ably_root_api_key", "ABLY_API_KEY", _ably, "`<app>.<key id>:<43 secret>` (labelled whole)", "known", []),
    ("intercom_app_access_token", "INTERCOM_ACCESS_TOKEN", _intercom, "Base64 of `tok:<uuid>:1:0`", "known", []),
    ("zendesk_agent_api_token", "ZENDESK_API_TOKEN", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "read", []),
    ("freshdesk_agent_api_key", "FRESHDESK_API_KEY", lambda r: rs(r, ALNUM, 20), "20 alphanumerics", "known", []),
    ("slack_app_level_token", "SLACK_APP_TOKEN", _slack_app, "`xapp-1-A…-<13 digits>-<64 hex>`", "read", []),
    ("discord_channel_webhook_url", "DISCORD_WEBHOOK_URL", _discord_wh, "webhook URL with numeric id and 68 base64url token (labelled whole)", "known", []),
    ("microsoft_teams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", _teams, "`*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL (labelled whole)", "read", []),
    ("whatsapp_cloud_system_user_token", "WHATSAPP_TOKEN", _whatsapp, "`EAAG` + 196 alphanumerics", "known", [("WHATSAPP_PHONE_NUMBER_ID", lambda r: rs(r, DIGITS, 15))]),
    ("zoom_server_to_server_client_secret", "ZOOM_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "known", [("ZOOM_CLIENT_ID", lambda r: rs(r, ALNUM, 22))]),
    ("zoom_webhook_secret_token", "ZOOM_WEBHOOK_SECRET_TOKEN", lambda r: rs(r, B64URL, 22), "22 base64url", "known", []),
    # --- AI
    ("anthropic_console_api03_key", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", "`sk-ant-api03-` + 93 + `AA`", "read", []),
    ("openai_legacy_user_api_key", "OPENAI_API_KEY", _openai_legacy, "`sk-` + 20 + `T3BlbkFJ` + 20", "known", []),
    ("mistral_la_plateforme_api_key", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "known", []),
    ("cohere_production_api_key", "CO_API_KEY", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "read", []),
    ("google_gemini_api_key", "GEMINI_API_KEY", _gemini, "`AIza` + 35", "known", []),
    ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", lambda r: "sk-" + rs(r, HEX, 32), "`sk-` + 32 hex", "known", []),
    ("openrouter_api_key", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEX, 64), "`sk-or-v1-` + 64 hex", "known", []),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEX, 48), "`sk_` + 48 hex", "known", []),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", lambda r: rs(r, HEX, 40), "40 hex", "known", []),
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "known", []),
    ("langsmith_personal_api_key", "LANGSMITH_API_KEY", _langsmith, "`lsv2_pt_` + 32 hex + `_` + 10 hex", "known", []),
    # --- developer tools
    ("github_oauth_app_client_secret", "GITHUB_CLIENT_SECRET", lambda r: rs(r, HEX, 40), "40 hex", "known", [("GITHUB_CLIENT_ID", lambda r: "Ov23li" + rs(r, ALNUM, 14))]),
    ("github_app_installation_token", "GH_INSTALLATION_TOKEN", lambda r: crc_token(r, "ghs_"), "`ghs_` + 30 base62 + CRC-32 in 6 base62", "read", []),
    ("npm_granular_access_token", "NPM_TOKEN", lambda r: crc_token(r, "npm_"), "`npm_` + 36 base62 (last six a CRC-32, as in GitHub tokens)", "read", []),
    ("pypi_project_upload_token", "TWINE_API_TOKEN", _pypi, "`pypi-AgEIcHlwaS5vcmc` + 160 base64url", "read", []),
    ("docker_hub_org_access_token", "DOCKERHUB_OAT", lambda r: "dckr_oat_" + rs(r, B64URL, 32), "`dckr_oat_` + 32 base64url", "guessed", []),
    ("gitlab_runner_auth_token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rs(r, ALNUM + "_-", 20), "`glrt-` + 20", "read", []),
    ("gitlab_pipeline_trigger_token", "GITLAB_TRIGGER_TOKEN", lambda r: "glptt-" + rs(r, HEX, 40), "`glptt-` + 40 hex", "read", []),
    ("circleci_personal_api_token", "CIRCLECI_TOKEN", _circleci, "`CCIPAT_` + 22 + `_` + 40 hex", "guessed", []),
    ("buildkite_user_api_token", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + rs(r, HEX, 40), "`bkua_` + 40 hex", "known", []),
    ("vercel_team_access_token", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24), "24 alphanumerics", "known", []),
    ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36), "`nfp_` + 36 alphanumerics", "known", []),
    ("render_platform_api_key", "RENDER_API_KEY", lambda r: "rnd_" + rs(r, ALNUM, 28), "`rnd_` + 28 alphanumerics", "known", []),
    ("railway_team_api_token", "RAILWAY_API_TOKEN", uuid4, "UUIDv4", "known", []),
    ("sentry_organization_auth_token", "SENTRY_AUTH_TOKEN", _sntrys, "`sntrys_` + Base64 JSON (iat, url, region_url, org) + `_` + 43", "read", []),
    ("bitbucket_workspace_app_password", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, ALNUM, 32), "`ATBB` + 32 alphanumerics", "guessed", [("BITBUCKET_USERNAME", lambda r: "aquatics-ci")]),
    ("asana_personal_access_token", "ASANA_PAT", _pat_asana, "`2/<16 digits>/<16 digits>:<32 hex>`", "known", []),
    ("clickup_personal_api_token", "CLICKUP_API_TOKEN", lambda r: "pk_" + rs(r, DIGITS, 8) + "_" + rs(r, UPNUM, 32), "`pk_` + 8 digits + `_` + 32 upper alphanumerics (private despite the `pk_`)", "known", []),
    ("trello_member_api_token", "TRELLO_TOKEN", lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, UPNUM, 8), "`ATTA` + 64 hex + 8", "guessed", [("TRELLO_API_KEY", lambda r: rs(r, HEX, 32))]),
    ("monday_com_api_token", "MONDAY_API_TOKEN", _monday, "HS256 JWT (real base64url JSON, real HMAC)", "known", []),
    ("prefect_cloud_api_key", "PREFECT_API_KEY", lambda r: "pnu_" + rs(r, ALNUM, 36), "`pnu_` + 36 alphanumerics", "read", []),
    ("dynatrace_platform_api_token", "DT_API_TOKEN", _dynatrace, "`dt0c01.` + 24 + `.` + 64 upper alphanumerics", "read", []),
    ("terraform_cloud_team_token", "TFE_TOKEN", _tf_cloud, "14 + `.atlasv1.` + 67", "read", []),
    ("rubygems_push_api_key", "GEM_HOST_API_KEY", lambda r: "rubygems_" + rs(r, HEX, 48), "`rubygems_` + 48 hex", "read", []),
    # --- ops, observability, cloud, secrets
    ("hashicorp_vault_service_token", "VAULT_TOKEN", _vault, "`hvs.CAESI` + 86 base64url", "read", []),
    ("consul_acl_secret_id", "CONSUL_HTTP_TOKEN", uuid4, "UUIDv4", "known", []),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", _ops, "`ops_` + Base64 of a JSON sign-in blob (real JSON)", "read", []),
    ("azure_entra_client_secret", "AZURE_CLIENT_SECRET", _azure_ad, "3 + digit + `Q~` + 34", "read", [("AZURE_CLIENT_ID", uuid4), ("AZURE_TENANT_ID", uuid4)]),
    ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", _glc, "`glc_` + Base64 of JSON (o, n, k, m)", "read", []),
    ("new_relic_ingest_license_key", "NEW_RELIC_LICENSE_KEY", lambda r: rs(r, HEX, 36) + "NRAL", "36 hex + `NRAL`", "known", []),
    ("betterstack_source_token", "BETTERSTACK_SOURCE_TOKEN", lambda r: rs(r, ALNUM, 24), "24 alphanumerics", "guessed", []),
    ("opsgenie_integration_api_key", "OPSGENIE_API_KEY", uuid4, "UUIDv4", "known", []),
    ("pagerduty_events_routing_key", "PAGERDUTY_ROUTING_KEY", lambda r: rs(r, HEX, 32), "32 hex", "known", []),
    ("splunk_hec_token", "SPLUNK_HEC_TOKEN", uuid4, "UUIDv4", "known", []),
    ("elastic_cloud_encoded_api_key", "ELASTIC_API_KEY", _elastic, "Base64 of `id:api_key`", "known", []),
    ("papertrail_api_token", "PAPERTRAIL_API_TOKEN", lambda r: rs(r, ALNUM, 20), "20 alphanumerics", "guessed", []),
    ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", lambda r: rs(r, B64URL, 27), "27 base64url", "known", [("CLOUDINARY_API_KEY", lambda r: rs(r, DIGITS, 15))]),
    ("mux_video_token_secret", "MUX_TOKEN_SECRET", lambda r: rs(r, ALNUM + "+/", 75), "75 Base64-alphabet characters", "guessed", [("MUX_TOKEN_ID", uuid4)]),
    ("linode_personal_access_token", "LINODE_TOKEN", lambda r: rs(r, HEX, 64), "64 hex", "known", []),
    ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64), "64 alphanumerics", "known", []),
    ("scaleway_secret_key", "SCW_SECRET_KEY", uuid4, "UUIDv4 (the `SCW…` access key next to it is an identifier)", "known", [("SCW_ACCESS_KEY", lambda r: "SCW" + rs(r, UPNUM, 17))]),
    ("wasabi_secret_access_key", "WASABI_SECRET_KEY", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "known", [("WASABI_ACCESS_KEY", lambda r: rs(r, UPNUM, 20))]),
    ("azure_iot_hub_device_shared_access_key", "IOTHUB_DEVICE_KEY", lambda r: b64(r, 32), "Base64 of 32 random bytes", "known", []),
    # --- weather, lightning, IoT platforms
    ("earth_networks_sferic_api_key", "SFERIC_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "guessed", []),
    ("weatherstem_api_key", "WEATHERSTEM_API_KEY", lambda r: rs(r, LOWNUM, 32), "32 lower alphanumerics", "guessed", []),
    ("xweather_client_secret", "XWEATHER_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed", [("XWEATHER_CLIENT_ID", lambda r: rs(r, ALNUM, 21))]),
    ("accuweather_api_key", "ACCUWEATHER_API_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "known", []),
    ("ttn_lorawan_api_key", "TTN_API_KEY", _ttn, "`NNSXS.` + 39 base32 + `.` + 52 base32", "known", []),
    ("thingsboard_device_access_token", "THINGSBOARD_TOKEN", lambda r: rs(r, ALNUM, 20), "20 alphanumerics", "known", []),
    ("ubidots_account_token", "UBIDOTS_TOKEN", lambda r: "BBFF-" + rs(r, ALNUM, 30), "`BBFF-` + 30 alphanumerics", "known", []),
    ("losant_application_api_token", "LOSANT_API_TOKEN", _losant, "HS256 JWT (real base64url JSON, real HMAC)", "known", []),
    ("balena_cloud_api_key", "BALENA_API_KEY", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "known", []),
    ("here_location_api_key", "HERE_API_KEY", lambda r: rs(r, B64URL, 43), "43 base64url", "known", []),
    ("acuity_scheduling_api_key", "ACUITY_API_KEY", lambda r: rs(r, HEX, 32), "32 hex", "known", [("ACUITY_USER_ID", lambda r: str(r.randint(10000000, 99999999)))]),
    ("google_ads_developer_token", "GOOGLE_ADS_DEVELOPER_TOKEN", lambda r: rs(r, ALNUM + "_-", 22), "22 base64url", "known", []),
]

# less central candidates are moved to the end (the first 120 that pass the deny-list are kept)
DEMOTE = ["astralpool_halo_api_secret", "orenda_calculator_partner_key", "prominent_dulconnex_api_key",
          "hanna_cloud_api_key", "tosibox_api_token", "pool_brain_api_token", "pooltrackr_api_key",
          "fleetio_api_token", "poolcorp_pool360_b2b_api_key", "homebase_partner_api_key", "connecteam_api_key",
          "swimcloud_partner_api_key", "amilia_api_key", "xplor_recreation_client_secret", "waiverforever_api_key",
          "intercard_icash_api_key", "embed_card_system_api_key", "rezdy_supplier_api_key", "avigilon_alta_api_token",
          "freshbooks_oauth_client_secret", "clicksend_api_key", "customer_io_track_api_key", "expo_push_access_token",
          "freshdesk_agent_api_key", "zoom_webhook_secret_token", "mistral_la_plateforme_api_key", "deepgram_api_key",
          "assemblyai_api_key", "vercel_team_access_token", "docker_hub_org_access_token", "weatherstem_api_key",
          "papertrail_api_token", "mux_video_token_secret", "linode_personal_access_token", "google_ads_developer_token",
          "here_location_api_key", "balena_cloud_api_key", "wasabi_secret_access_key", "betterstack_source_token",
          "sumup_secret_api_key", "opsgenie_integration_api_key", "accuweather_api_key", "railway_team_api_token",
          "consul_acl_secret_id"]
V = [r for r in V if r[0] not in DEMOTE] + [r for r in V if r[0] in DEMOTE]

# styles: (name, renderer).  env = variable name, neighbours = [(env, value)]
STYLES = [
    "pool_service_dotenv_staging",
    "route_app_eas_secret_create_history",
    "waterpark_gh_secret_set_history",
    "aquatic_vault_kv_put_history",
    "swim_school_vercel_env_add_history",
    "pool_ops_kubectl_create_secret_history",
    "chem_log_python_constants_module",
    "wristband_pos_csharp_const_class",
    "ticketing_java_properties_file",
    "aquatics_it_keepass_csv_export",
    "pool_tech_signal_note_to_self",
    "waterpark_ops_jira_comment",
]


def render(style, env, nb, rng):
    M = MARK
    if style == "pool_service_dotenv_staging":
        lines = ["# .env.staging (pool-service backend)", "APP_ENV=staging"] + ["%s=%s" % (k, v) for k, v in nb] + ["%s=%s" % (env, M), "LOG_LEVEL=info"]
        return "\n".join(lines) + "\n"
    if style == "route_app_eas_secret_create_history":
        lines = ["  %d  cd ~/code/route-app" % rng.randint(100, 400)]
        for k, v in nb:
            lines.append("  %d  eas secret:create --scope project --name %s --value %s --type string" % (rng.randint(401, 500), k, v))
        lines.append("  %d  eas secret:create --scope project --name %s --value %s --type string" % (rng.randint(501, 600), env, M))
        lines.append("  %d  eas build -p ios --profile production" % rng.randint(601, 700))
        return "\n".join(lines) + "\n"
    if style == "waterpark_gh_secret_set_history":
        lines = ["$ gh auth status", "$ gh repo set-default wavecove/ticketing"]
        for k, v in nb:
            lines.append("$ gh variable set %s --body \"%s\"" % (k, v))
        lines.append("$ gh secret set %s --body \"%s\"" % (env, M))
        lines.append("✓ Set Actions secret %s for wavecove/ticketing" % env)
        return "\n".join(lines) + "\n"
    if style == "aquatic_vault_kv_put_history":
        parts = " ".join("%s='%s'" % (k.lower(), v) for k, v in nb)
        return ("ops@vault-admin:~$ export VAULT_ADDR=https://vault.aquacentre.lan:8200\n"
                "ops@vault-admin:~$ vault kv put secret/aquatics/%s %s%s='%s'\n"
                "====== Secret Path ======\nsecret/data/aquatics/%s\n" % (env.lower().split("_")[0], parts + (" " if parts else ""), env.lower(), M, env.lower().split("_")[0]))
    if style == "swim_school_vercel_env_add_history":
        lines = []
        for k, v in nb:
            lines.append("printf '%%s' '%s' | vercel env add %s production" % (v, k))
        lines.append("printf '%%s' '%s' | vercel env add %s production" % (M, env))
        lines.append("vercel --prod")
        return "\n".join(lines) + "\n"
    if style == "pool_ops_kubectl_create_secret_history":
        lits = " ".join("--from-literal=%s=%s" % (k, v) for k, v in nb)
        return ("kubectl config use-context aquatics-prod\n"
                "kubectl -n pool-service create secret generic vendor-creds %s%s--from-literal=%s='%s'\n"
                "kubectl -n pool-service rollout restart deploy/route-api\n" % (lits, " " if lits else "", env, M))
    if style == "chem_log_python_constants_module":
        lines = ['"""Vendor integration constants (TODO: move to the secret store)."""', ""]
        lines += ['%s = "%s"' % (k, v) for k, v in nb]
        lines += ['%s = "%s"' % (env, M), "TIMEOUT_S = %d" % rng.randint(5, 30)]
        return "\n".join(lines) + "\n"
    if style == "wristband_pos_csharp_const_class":
        lines = ["namespace Wavecove.Pos.Integrations", "{", "    internal static class VendorKeys", "    {"]
        lines += ['        public const string %s = "%s";' % (_pascal(k), v) for k, v in nb]
        lines += ['        public const string %s = "%s";' % (_pascal(env), M), "    }", "}"]
        return "\n".join(lines) + "\n"
    if style == "ticketing_java_properties_file":
        lines = ["# vendor.properties", "vendor.timeout.ms=%d000" % rng.randint(2, 9)]
        lines += ["vendor.%s=%s" % (k.lower().replace("_", "."), v) for k, v in nb]
        lines += ["vendor.%s=%s" % (env.lower().replace("_", "."), M)]
        return "\n".join(lines) + "\n"
    if style == "aquatics_it_keepass_csv_export":
        head = '"Group","Title","Username","Password","URL","Notes"'
        user = nb[0][1] if nb else "api"
        return head + "\n" + '"Aquatics/Vendors","%s","%s","%s","https://portal.vendor.example","key name %s"\n' % (env.title().replace("_", " "), user, M, env)
    if style == "pool_tech_signal_note_to_self":
        nbtxt = "".join("%s %s\n" % (k.lower().replace("_", " "), v) for k, v in nb)
        return "Note to Self · %d:%02d\n%s%s %s\n(for the new controller install Tue)\n" % (rng.randint(6, 20), rng.randint(0, 59), nbtxt, env.lower().replace("_", " "), M)
    if style == "waterpark_ops_jira_comment":
        nbtxt = "".join("{{%s}}: %s\n" % (k, v) for k, v in nb)
        return ("WPOPS-%d · comment by Priya K.\nVendor says the integration works again after rotating. New values:\n%s{{%s}}: %s\n"
                "Closing once the gate scanners sync.\n" % (rng.randint(100, 999), nbtxt, env, M))
    raise KeyError(style)


def _pascal(env):
    return "".join(w.capitalize() for w in env.lower().split("_"))


def build(reg, start_index, deny, denied_fn, keep=120):
    rng = random.Random(SEED)
    kept, dropped = [], []
    for row in V:
        (dropped if denied_fn(row[0], deny) else kept).append(row)
    unused = [r[0] for r in kept[keep:]]
    kept = kept[:keep]
    out = []
    for n, (tname, env, gen, shape, basis, nbs) in enumerate(kept):
        style = STYLES[n % len(STYLES)]
        value = reg.draw(gen, rng)
        nb = [(k, reg.draw(g, rng)) for k, g in nbs]
        text = render(style, env, nb, rng)
        out.append(rec("p171-s-%04d" % (start_index + n), tname, "%s__%s" % (tname, style), text, value, "vendor"))
    meta = {"candidates": len(V), "dropped": [r[0] for r in dropped], "unused": unused,
            "kept": [(r[0], r[3], r[4]) for r in kept]}
    return out, meta
