"""Vendor source: 120 vendor credential types used by rowing-club / canoe-hire / outdoor-centre developers."""
import base64
import json
import random

from common217 import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, LOWER, MARK, UALNUM, UHEX, UPPER,
                       b64u, jwt_random_sig, keyname, owner_password, place, rbytes, rs, uuid4)

SEED = 21702

R, B, G, O = "read", "believed", "guessed", "owner"


def _ably(r):
    return rs(r, ALNUM, 6) + "." + rs(r, ALNUM + "-_", 6) + ":" + rs(r, B64URL, 43)


def _fcm(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18))
    return b64u(uid.encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def _ses(r):
    return base64.b64encode(b"\x04" + rbytes(r, 32)).decode()


def _metoffice(r):
    iat = 1767225600 + r.randrange(10 ** 7)
    return jwt_random_sig(r, {"x5t": b64u(rbytes(r, 20)), "kid": "datahub-%d" % r.randrange(1, 9), "typ": "JWT", "alg": "RS256"},
                          {"sub": "club%04d@datahub" % r.randrange(10000), "iss": "https://datahub.metoffice.example/",
                           "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0"}],
                           "iat": iat, "exp": iat + 63072000, "jti": uuid4(r)}, 256)


def _turso(r):
    iat = 1767225600 + r.randrange(10 ** 7)
    return jwt_random_sig(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": iat, "id": uuid4(r)}, 64)


def _cf_tunnel(r):
    obj = {"a": rs(r, HEX, 32), "t": uuid4(r), "s": base64.b64encode(rbytes(r, 32)).decode()}
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def _op_sa(r):
    obj = {"signInAddress": "riverside-rc.1password.eu",
           "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rbytes(r, 16))},
           "email": rs(r, LOWER + DIGITS, 13) + "@1passwordserviceaccounts.eu",
           "srpX": rs(r, HEX, 64),
           "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-" + rs(r, UALNUM, 6) + "-" + rs(r, UALNUM, 6) + "-" + rs(r, UALNUM, 5) + "-" + rs(r, UALNUM, 5) + "-" + rs(r, UALNUM, 5) + "-" + rs(r, UALNUM, 5),
           "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, LALNUM, 26)},
           "deviceUuid": rs(r, LALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def _intercom(r):
    return base64.b64encode(("tok:" + uuid4(r) + ":1:0").encode()).decode()


def _wp_app(r):
    return " ".join(rs(r, ALNUM, 4) for _ in range(6))


def _azure_q(r):
    return rs(r, ALNUM, 3) + str(r.randrange(10)) + "Q~" + rs(r, ALNUM + "_~.-", 34)


# name, class, shape, generator, regex, neighbour (label, generator) or None
VENDORS = [
    # ---- payments, bookings, accounting
    ("stripe_live_secret_key", R, "`sk_live_51` + 97 alphanumerics", lambda r: "sk_live_51" + rs(r, ALNUM, 97), r"sk_live_51[A-Za-z0-9]{97}", None),
    ("gocardless_live_access_token", R, "`live_` + 40 base64url", lambda r: "live_" + rs(r, B64URL, 40), r"live_[A-Za-z0-9_-]{40}", None),
    ("sumup_secret_api_key", G, "`sup_sk_` + 32 alphanumerics", lambda r: "sup_sk_" + rs(r, ALNUM, 32), r"sup_sk_[A-Za-z0-9]{32}", None),
    ("square_webhook_signature_key", G, "22 base64url", lambda r: rs(r, B64URL, 22), r"[A-Za-z0-9_-]{22}", None),
    ("checkfront_api_secret", G, "64 lower-case hex", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}", ("checkfront api key", lambda r: rs(r, HEX, 40))),
    ("rezdy_api_key", G, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("fareharbor_user_api_key", G, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", None),
    ("bookeo_secret_key", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", None),
    ("bokun_secret_key", G, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", ("bokun access key", lambda r: rs(r, HEX, 32))),
    ("regiondo_private_key", G, "64 lower-case hex", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}", ("regiondo public key", lambda r: rs(r, HEX, 32))),
    ("trekksoft_client_secret", G, "40 lower-case hex", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}", ("trekksoft client id", lambda r: rs(r, LALNUM, 24))),
    ("xola_api_key", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", None),
    ("xero_oauth_client_secret", G, "48 base64url", lambda r: rs(r, B64URL, 48), r"[A-Za-z0-9_-]{48}", ("xero client id", lambda r: rs(r, UHEX, 32))),
    ("quickbooks_oauth_client_secret", G, "40 alphanumerics", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}", ("quickbooks client id", lambda r: "AB" + rs(r, ALNUM, 48))),
    ("sage_accounting_client_secret", G, "40 alphanumerics with `_` `-`", lambda r: rs(r, B64URL, 40), r"[A-Za-z0-9_-]{40}", ("sage client id", lambda r: uuid4(r) + "/" + uuid4(r))),
    ("squarespace_commerce_api_key", R, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", None),
    ("ghost_admin_api_key", B, "24 lower-case hex id + `:` + 64 lower-case hex secret (the whole string is the key)", lambda r: rs(r, HEX, 24) + ":" + rs(r, HEX, 64), r"[0-9a-f]{24}:[0-9a-f]{64}", None),
    ("wordpress_application_password", B, "six groups of 4 alphanumerics separated by spaces", _wp_app, r"(?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}", ("wordpress user", lambda r: "webmaster" + rs(r, DIGITS, 2))),
    ("matomo_auth_token", B, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    # ---- e-mail and messaging
    ("mailchimp_marketing_api_key", R, "32 lower-case hex + `-us` + 2 digits", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(10, 21)), r"[0-9a-f]{32}-us\d\d", None),
    ("mailgun_private_api_key", R, "`key-` + 32 lower-case hex", lambda r: "key-" + rs(r, HEX, 32), r"key-[0-9a-f]{32}", None),
    ("resend_api_key", B, "`re_` + 8 alphanumerics + `_` + 24 alphanumerics", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", None),
    ("brevo_api_v3_key", R, "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16), r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", None),
    ("amazon_ses_smtp_password", B, "standard Base64 of version byte 0x04 + 32 random bytes (44 characters, no padding, starts `B`)", _ses, r"B[A-Za-z0-9+/]{43}", ("ses smtp username", lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("postmark_account_api_token", B, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", None),
    ("mailersend_api_token", B, "`mlsn.` + 64 lower-case hex", lambda r: "mlsn." + rs(r, HEX, 64), r"mlsn\.[0-9a-f]{64}", None),
    ("twilio_account_auth_token", B, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", ("twilio account sid", lambda r: "AC" + rs(r, HEX, 32))),
    ("messagebird_live_access_key", R, "25 alphanumerics", lambda r: rs(r, ALNUM, 25), r"[A-Za-z0-9]{25}", None),
    ("clicksend_api_key", G, "upper-case UUIDv4", lambda r: uuid4(r, upper=True), r"[0-9A-F-]{36}", ("clicksend username", lambda r: "bookings" + rs(r, DIGITS, 3))),
    ("telnyx_api_key", B, "`KEY` + 32 upper-case hex + `_` + 22 alphanumerics", lambda r: "KEY" + rs(r, UHEX, 32) + "_" + rs(r, ALNUM, 22), r"KEY[0-9A-F]{32}_[A-Za-z0-9]{22}", None),
    ("telegram_bot_token", R, "10-digit bot id + `:A` + 34 base64url", lambda r: str(r.randrange(10 ** 9, 10 ** 10)) + ":A" + rs(r, B64URL, 34), r"\d{10}:A[A-Za-z0-9_-]{34}", None),
    ("slack_bot_user_token", R, "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", lambda r: "xoxb-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, ALNUM, 24), r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}", None),
    ("slack_incoming_webhook_url", R, "whole `https://hooks.slack.com/services/T…/B…/…` URL (the URL is the credential)", lambda r: "https://hooks.slack.com/services/T" + rs(r, UALNUM, 10) + "/B" + rs(r, UALNUM, 10) + "/" + rs(r, ALNUM, 24), r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}", None),
    ("discord_application_bot_token", B, "base64url of an 18-digit id + `.` + 6 + `.` + 38 base64url", _discord, r"[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}", None),
    ("meta_app_secret", R, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", ("meta app id", lambda r: rs(r, DIGITS, 16))),
    ("meta_page_access_token", R, "`EAAC` + 180 alphanumerics", lambda r: "EAAC" + rs(r, ALNUM, 180), r"EAAC[A-Za-z0-9]{180}", None),
    ("pusher_channels_app_secret", B, "20 lower-case hex", lambda r: rs(r, HEX, 20), r"[0-9a-f]{20}", ("pusher app key", lambda r: rs(r, HEX, 20))),
    ("ably_root_api_key", B, "app id + `.` + key id + `:` + 43 base64url (whole string)", _ably, r"[A-Za-z0-9]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}", None),
    ("onesignal_rest_api_key", G, "`os_v2_app_` + 56 lower-case Base32 characters", lambda r: "os_v2_app_" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 56), r"os_v2_app_[a-z2-7]{56}", None),
    ("firebase_cloud_messaging_server_key", B, "`AAAA` + 7 base64url + `:APA91b` + 134 base64url", _fcm, r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}", None),
    ("zoom_server_to_server_client_secret", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", ("zoom client id", lambda r: rs(r, ALNUM, 22))),
    ("zendesk_api_token", R, "40 alphanumerics", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}", ("zendesk agent", lambda r: "desk%02d@ashdown-outdoor.example/token" % r.randrange(100))),
    ("freshdesk_api_key", G, "20 alphanumerics", lambda r: rs(r, ALNUM, 20), r"[A-Za-z0-9]{20}", None),
    ("hubspot_private_app_token", B, "`pat-eu1-` + UUIDv4", lambda r: "pat-eu1-" + uuid4(r), r"pat-eu1-[0-9a-f-]{36}", None),
    ("intercom_access_token", B, "standard Base64 of `tok:` + UUIDv4 + `:1:0` (starts `dG9rO`)", _intercom, r"dG9rO[A-Za-z0-9+/]+={0,2}", None),
    # ---- forms, documents, productivity
    ("jotform_api_key", G, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("docusign_integration_secret_key", B, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", ("docusign integration key", lambda r: uuid4(r))),
    ("adobe_pdf_services_client_secret", R, "`p8e-` + 32 alphanumerics", lambda r: "p8e-" + rs(r, ALNUM, 32), r"p8e-[A-Za-z0-9]{32}", ("adobe client id", lambda r: rs(r, HEX, 32))),
    ("dropbox_short_lived_access_token", R, "`sl.` + 135 base64url", lambda r: "sl." + rs(r, B64URL, 135), r"sl\.[A-Za-z0-9_-]{135}", None),
    ("google_oauth_client_secret", B, "`GOCSPX-` + 28 base64url", lambda r: "GOCSPX-" + rs(r, B64URL, 28), r"GOCSPX-[A-Za-z0-9_-]{28}", ("google client id", lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LALNUM, 32) + ".apps.googleusercontent.com")),
    ("microsoft_graph_app_client_secret", R, "3 characters + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`", _azure_q, r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}", ("graph client id", lambda r: uuid4(r))),
    ("airtable_personal_access_token", R, "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", None),
    ("notion_integration_secret", R, "`ntn_` + 11 digits + 35 alphanumerics", lambda r: "ntn_" + rs(r, DIGITS, 11) + rs(r, ALNUM, 35), r"ntn_\d{11}[A-Za-z0-9]{35}", None),
    # ---- weather, river, maps
    ("openweathermap_api_key", B, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("met_office_datahub_api_key", G, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", _metoffice, r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}", None),
    ("tomorrow_io_api_key", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", None),
    ("visual_crossing_api_key", G, "25 upper-case alphanumerics", lambda r: rs(r, UALNUM, 25), r"[A-Z0-9]{25}", None),
    ("weatherapi_com_api_key", G, "31 lower-case hex", lambda r: rs(r, HEX, 31), r"[0-9a-f]{31}", None),
    ("os_data_hub_project_api_key", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", None),
    ("maptiler_cloud_api_key", G, "20 alphanumerics", lambda r: rs(r, ALNUM, 20), r"[A-Za-z0-9]{20}", None),
    ("thunderforest_api_key", G, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("what3words_api_key", G, "8 upper-case alphanumerics", lambda r: rs(r, UALNUM, 8), r"[A-Z0-9]{8}", None),
    ("here_platform_api_key", G, "43 base64url", lambda r: rs(r, B64URL, 43), r"[A-Za-z0-9_-]{43}", None),
    ("google_geocoding_server_key", R, "`AIza` + 35 base64url", lambda r: "AIza" + rs(r, B64URL, 35), r"AIza[A-Za-z0-9_-]{35}", None),
    # ---- rowing, paddling, schools, locks, trailers
    ("strava_client_secret", B, "40 lower-case hex", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}", ("strava client id", lambda r: rs(r, DIGITS, 6))),
    ("strava_refresh_token", B, "40 lower-case hex", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}", None),
    ("concept2_logbook_client_secret", G, "40 alphanumerics", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}", ("concept2 client id", lambda r: rs(r, ALNUM, 20))),
    ("british_rowing_portal_login_password", O, "owner-chosen password", owner_password, None, ("british rowing login email", lambda r: "secretary%02d@riverside-rc.example" % r.randrange(100))),
    ("paddle_uk_coaching_hub_password", O, "owner-chosen password", owner_password, None, ("paddle uk membership number", lambda r: rs(r, DIGITS, 7))),
    ("evolve_visits_coordinator_password", O, "owner-chosen password", owner_password, None, ("evolve username", lambda r: "evc." + rs(r, LOWER, 5))),
    ("unifi_controller_admin_password", O, "owner-chosen password", owner_password, None, ("unifi admin user", lambda r: "netadmin" + rs(r, DIGITS, 2))),
    ("axis_boathouse_camera_root_password", O, "owner-chosen password", owner_password, None, ("camera user", lambda r: "root")),
    ("arbor_mis_api_user_password", G, "32 alphanumerics (generated by the MIS)", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", ("arbor api user", lambda r: "api-outdoor-" + rs(r, DIGITS, 4))),
    ("groupcall_xporter_client_secret", G, "32 alphanumerics", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}", ("xporter client id", lambda r: rs(r, UALNUM, 12))),
    ("igloohome_api_client_secret", G, "40 alphanumerics", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}", ("igloohome client id", lambda r: uuid4(r))),
    ("nuki_web_api_token", G, "64 lower-case hex", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}", None),
    ("salto_ks_client_secret", G, "43 base64url", lambda r: rs(r, B64URL, 43), r"[A-Za-z0-9_-]{43}", ("salto client id", lambda r: uuid4(r))),
    ("kisi_api_key", G, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("samsara_api_token", B, "`samsara_api_` + 30 alphanumerics", lambda r: "samsara_api_" + rs(r, ALNUM, 30), r"samsara_api_[A-Za-z0-9]{30}", None),
    # ---- AI
    ("openai_project_api_key", R, "`sk-proj-` + 74 base64url + `T3BlbkFJ` + 74 base64url", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", None),
    ("anthropic_api_key", R, "`sk-ant-api03-` + 93 base64url + `AA`", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", None),
    ("google_gemini_api_key", R, "`AIza` + 35 base64url", lambda r: "AIza" + rs(r, B64URL, 35), r"AIza[A-Za-z0-9_-]{35}", None),
    ("groq_api_key", B, "`gsk_` + 52 alphanumerics", lambda r: "gsk_" + rs(r, ALNUM, 52), r"gsk_[A-Za-z0-9]{52}", None),
    ("perplexity_api_key", R, "`pplx-` + 48 alphanumerics", lambda r: "pplx-" + rs(r, ALNUM, 48), r"pplx-[A-Za-z0-9]{48}", None),
    ("replicate_api_token", B, "`r8_` + 37 alphanumerics", lambda r: "r8_" + rs(r, ALNUM, 37), r"r8_[A-Za-z0-9]{37}", None),
    ("huggingface_user_access_token", R, "`hf_` + 34 letters", lambda r: "hf_" + rs(r, LOWER + UPPER, 34), r"hf_[A-Za-z]{34}", None),
    ("pinecone_api_key", G, "`pcsk_` + 6 alphanumerics + `_` + 63 alphanumerics", lambda r: "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63), r"pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}", None),
    ("langsmith_personal_access_token", B, "`lsv2_pt_` + 32 lower-case hex + `_` + 10 lower-case hex", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", None),
    ("voyage_ai_api_key", G, "`pa-` + 43 base64url", lambda r: "pa-" + rs(r, B64URL, 43), r"pa-[A-Za-z0-9_-]{43}", None),
    # ---- developer, hosting, cloud
    ("github_classic_pat", R, "`ghp_` + 36 alphanumerics", lambda r: "ghp_" + rs(r, ALNUM, 36), r"ghp_[A-Za-z0-9]{36}", None),
    ("github_user_to_server_token", R, "`ghu_` + 36 alphanumerics", lambda r: "ghu_" + rs(r, ALNUM, 36), r"ghu_[A-Za-z0-9]{36}", None),
    ("github_refresh_token", R, "`ghr_` + 36 alphanumerics", lambda r: "ghr_" + rs(r, ALNUM, 36), r"ghr_[A-Za-z0-9]{36}", None),
    ("gitlab_personal_access_token", R, "`glpat-` + 20 base64url", lambda r: "glpat-" + rs(r, B64URL, 20), r"glpat-[A-Za-z0-9_-]{20}", None),
    ("gitlab_feed_token", R, "`glft-` + 20 base64url", lambda r: "glft-" + rs(r, B64URL, 20), r"glft-[A-Za-z0-9_-]{20}", None),
    ("gitlab_oauth_app_secret", R, "`gloas-` + 64 base64url", lambda r: "gloas-" + rs(r, B64URL, 64), r"gloas-[A-Za-z0-9_-]{64}", ("gitlab application id", lambda r: rs(r, HEX, 64))),
    ("bitbucket_app_password", G, "`ATBB` + 32 alphanumerics", lambda r: "ATBB" + rs(r, ALNUM, 32), r"ATBB[A-Za-z0-9]{32}", ("bitbucket username", lambda r: "club-deploy" + rs(r, DIGITS, 2))),
    ("vercel_access_token", B, "24 alphanumerics", lambda r: rs(r, ALNUM, 24), r"[A-Za-z0-9]{24}", None),
    ("render_api_key", B, "`rnd_` + 32 alphanumerics", lambda r: "rnd_" + rs(r, ALNUM, 32), r"rnd_[A-Za-z0-9]{32}", None),
    ("flyio_deploy_token", R, "`fm2_` + 140 standard Base64 characters (the `FlyV1 ` scheme word is not part of the span)", lambda r: "fm2_" + rs(r, B64STD, 140), r"fm2_[A-Za-z0-9+/]{140}", None),
    ("heroku_platform_api_key", R, "`HRKU-AA` + 58 base64url", lambda r: "HRKU-AA" + rs(r, B64URL, 58), r"HRKU-AA[A-Za-z0-9_-]{58}", None),
    ("digitalocean_personal_access_token", R, "`dop_v1_` + 64 lower-case hex", lambda r: "dop_v1_" + rs(r, HEX, 64), r"dop_v1_[0-9a-f]{64}", None),
    ("linode_personal_access_token", G, "64 lower-case hex", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}", None),
    ("hetzner_cloud_api_token", B, "64 alphanumerics", lambda r: rs(r, ALNUM, 64), r"[A-Za-z0-9]{64}", None),
    ("scaleway_secret_key", B, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", ("scaleway access key", lambda r: "SCW" + rs(r, UALNUM, 17))),
    ("aws_secret_access_key", B, "40 standard Base64 characters", lambda r: rs(r, B64STD, 40), r"[A-Za-z0-9+/]{40}", ("aws access key id", lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("azure_storage_account_key", B, "standard Base64 of 64 random bytes (88 characters)", lambda r: base64.b64encode(rbytes(r, 64)).decode(), r"[A-Za-z0-9+/]{86}==", ("storage account name", lambda r: "riversidecrew" + rs(r, DIGITS, 3))),
    ("cloudflare_api_token", R, "40 base64url", lambda r: rs(r, B64URL, 40), r"[A-Za-z0-9_-]{40}", None),
    ("cloudflare_tunnel_token", B, "standard Base64 of JSON `{a, t, s}` (real; account tag, tunnel UUIDv4, Base64 tunnel secret)", _cf_tunnel, r"eyJ[A-Za-z0-9+/]+={0,2}", None),
    ("mongodb_atlas_private_api_key", B, "UUIDv4", lambda r: uuid4(r), r"[0-9a-f-]{36}", ("atlas public key", lambda r: rs(r, LOWER, 8))),
    ("turso_database_auth_token", B, "EdDSA JWT (real base64url JSON, random 64-byte signature)", _turso, r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}", None),
    ("supabase_secret_api_key", G, "`sb_secret_` + 32 base64url", lambda r: "sb_secret_" + rs(r, B64URL, 32), r"sb_secret_[A-Za-z0-9_-]{32}", None),
    # ---- observability and ops
    ("datadog_api_key", B, "32 lower-case hex", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}", None),
    ("datadog_application_key", R, "40 lower-case hex", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}", None),
    ("sentry_user_auth_token", R, "`sntryu_` + 64 lower-case hex", lambda r: "sntryu_" + rs(r, HEX, 64), r"sntryu_[0-9a-f]{64}", None),
    ("posthog_personal_api_key", B, "`phx_` + 43 alphanumerics", lambda r: "phx_" + rs(r, ALNUM, 43), r"phx_[A-Za-z0-9]{43}", None),
    ("uptimerobot_main_api_key", B, "`u` + 7 digits + `-` + 24 lower-case hex", lambda r: "u" + rs(r, DIGITS, 7) + "-" + rs(r, HEX, 24), r"u\d{7}-[0-9a-f]{24}", None),
    ("tailscale_oauth_client_secret", B, "`tskey-client-k` + 11 alphanumerics + `CNTRL-` + 32 alphanumerics", lambda r: "tskey-client-k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 32), r"tskey-client-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{32}", None),
    ("onepassword_service_account_token", R, "`ops_` + standard Base64 of real JSON (starts `ops_eyJ`)", _op_sa, r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}", None),
    ("doppler_service_token", B, "`dp.st.prd.` + 40 alphanumerics", lambda r: "dp.st.prd." + rs(r, ALNUM, 40), r"dp\.st\.prd\.[A-Za-z0-9]{40}", None),
    ("pulumi_access_token", R, "`pul-` + 40 lower-case hex", lambda r: "pul-" + rs(r, HEX, 40), r"pul-[0-9a-f]{40}", None),
]

SET_ASIDE = [
    ("windy_point_forecast_api_key", "guessed 32-alphanumeric shape; weather is covered by OpenWeatherMap, Met Office DataHub, Tomorrow.io, Visual Crossing and WeatherAPI"),
    ("healthchecks_io_api_key", "guessed shape; uptime monitoring is covered by UptimeRobot"),
    ("neon_api_key", "guessed `napi_` body; data back-ends covered by Turso, Atlas and Supabase"),
    ("parentpay_integration_key", "guessed 32-hex shape; school links are covered by Arbor and Groupcall Xporter"),
    ("together_ai_api_key", "guessed 64-hex shape; AI vendors are well covered"),
    ("fireworks_ai_api_key", "guessed `fw_` shape; AI vendors are well covered"),
    ("stability_ai_api_key", "guessed `sk-` + 48 shape; weak link to a boathouse"),
    ("upstash_redis_rest_token", "guessed shape; data back-ends covered by Turso, Atlas and Supabase"),
    ("starling_bank_personal_access_token", "guessed 64-alphanumeric shape; banking is out of scope for a booking developer"),
    ("beyonk_api_token", "no shape known; activity booking is covered by Rezdy, FareHarbor, Bookeo, Bókun, Regiondo, TrekkSoft, Xola and Checkfront"),
]

STYLES = [
    ("bookings_api_env_production_file", "upper"),
    ("paddle_worker_compose_env_list", "upper"),
    ("centre_app_settings_toml", "snake"),
    ("crew_app_config_ts", "camel"),
    ("club_ops_fly_secrets_set_history", "upper"),
    ("club_ops_vercel_env_add_history", "upper"),
    ("river_monitor_nixos_module_nix", "upper"),
    ("kit_app_gradle_properties_file", "dot"),
    ("instructors_google_chat_paste", "spaced"),
    ("centre_desk_freshdesk_private_note", "spaced"),
    ("club_keepass_xml_export", "title"),
    ("trips_ios_info_plist", "pascal"),
    ("consent_service_spring_properties", "kebab"),
    ("club_ops_heroku_config_set_history", "upper"),
    ("club_ops_k8s_configmap_data_yaml", "upper"),
    ("centre_ops_consul_kv_put_history", "snake"),
]


def render(style, k, nb, rng):
    """nb = (neighbour key, neighbour value) or None; returns template with MARK."""
    nk, nv = nb if nb else (None, None)
    if style == "bookings_api_env_production_file":
        s = "# .env.production – bookings API\nNODE_ENV=production\nPUBLIC_URL=https://book.riverside-rc.example\n"
        if nb:
            s += "%s=%s\n" % (nk, nv)
        return s + "%s=%s\n" % (k, MARK)
    if style == "paddle_worker_compose_env_list":
        s = "services:\n  worker:\n    image: ghcr.io/otterpool/paddle-worker:2.%d\n    environment:\n      - LOG_LEVEL=info\n" % rng.randint(1, 9)
        if nb:
            s += "      - %s=%s\n" % (nk, nv)
        return s + "      - %s=%s\n" % (k, MARK)
    if style == "centre_app_settings_toml":
        s = "[server]\nport = 8000\n\n[integrations]\n"
        if nb:
            s += "%s = \"%s\"\n" % (nk, nv)
        return s + "%s = \"%s\"\n" % (k, MARK)
    if style == "crew_app_config_ts":
        s = "export const integrations = {\n"
        if nb:
            s += "  %s: \"%s\",\n" % (nk, nv)
        return s + "  %s: \"%s\",\n} as const;\n" % (k, MARK)
    if style == "club_ops_fly_secrets_set_history":
        pre = ("%s='%s' " % (nk, nv)) if nb else ""
        return "  %d  fly status -a riverside-bookings\n  %d  fly secrets set %s%s='%s' -a riverside-bookings\n" % (rng.randint(100, 400), rng.randint(401, 800), pre, k, MARK)
    if style == "club_ops_vercel_env_add_history":
        s = ""
        if nb:
            s += "$ printf '%%s' '%s' | vercel env add %s production\n" % (nv, nk)
        return s + "$ printf '%%s' '%s' | vercel env add %s production\n" % (MARK, k)
    if style == "river_monitor_nixos_module_nix":
        s = "{ config, pkgs, ... }:\n{\n  systemd.services.river-monitor.environment = {\n    STATION = \"weir-upstream\";\n"
        if nb:
            s += "    %s = \"%s\";\n" % (nk, nv)
        return s + "    %s = \"%s\";\n  };\n}\n" % (k, MARK)
    if style == "kit_app_gradle_properties_file":
        s = "org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n"
        if nb:
            s += "%s=%s\n" % (nk, nv)
        return s + "%s=%s\n" % (k, MARK)
    if style == "instructors_google_chat_paste":
        s = "Dan Morris, %02d:%02d\nfor the new centre app – " % (rng.randint(7, 21), rng.randint(0, 59))
        if nb:
            s += "%s: %s and " % (nk, nv)
        return s + "%s: %s\n" % (k, MARK)
    if style == "centre_desk_freshdesk_private_note":
        s = "Private note · Agent: Lucy (Centre Desk)\nVendor onboarding finished.\n"
        if nb:
            s += "%s %s\n" % (nk, nv)
        return s + "%s %s\n" % (k, MARK)
    if style == "club_keepass_xml_export":
        user = nv if nb else "api"
        notes = nk if nb else "integration"
        return ("<Entry>\n  <String><Key>Title</Key><Value>%s</Value></String>\n  <String><Key>UserName</Key><Value>%s</Value></String>\n"
                "  <String><Key>Password</Key><Value>%s</Value></String>\n  <String><Key>Notes</Key><Value>%s</Value></String>\n</Entry>\n") % (k, user, MARK, notes)
    if style == "trips_ios_info_plist":
        s = "<dict>\n  <key>CFBundleName</key>\n  <string>Trips</string>\n"
        if nb:
            s += "  <key>%s</key>\n  <string>%s</string>\n" % (nk, nv)
        return s + "  <key>%s</key>\n  <string>%s</string>\n</dict>\n" % (k, MARK)
    if style == "consent_service_spring_properties":
        s = "server.port=8443\nspring.application.name=consent-service\n"
        if nb:
            s += "club.integrations.%s=%s\n" % (nk, nv)
        return s + "club.integrations.%s=%s\n" % (k, MARK)
    if style == "club_ops_heroku_config_set_history":
        s = ""
        if nb:
            s += "$ heroku config:set %s='%s' --app otterpool-hire\n" % (nk, nv)
        return s + "$ heroku config:set %s='%s' --app otterpool-hire\n" % (k, MARK)
    if style == "club_ops_k8s_configmap_data_yaml":
        s = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: centre-integrations\ndata:\n  REGION: eu-west-2\n"
        if nb:
            s += "  %s: \"%s\"\n" % (nk, nv)
        return s + "  %s: \"%s\"\n" % (k, MARK)
    if style == "centre_ops_consul_kv_put_history":
        s = ""
        if nb:
            s += "$ consul kv put centre/integrations/%s '%s'\n" % (nk, nv)
        return s + "$ consul kv put centre/integrations/%s '%s'\n" % (k, MARK)
    raise ValueError(style)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (name, cls, shape, gen, rx, nbspec) in enumerate(VENDORS):
        style, case = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        k = keyname(name.split("_"), case)
        nb = None
        if nbspec:
            nlabel, ngen = nbspec
            nv = reg.draw(lambda: ngen(rng)) if nlabel != "camera user" else "root"
            nb = (keyname(nlabel.split(), case), nv)
        text, s, e = place(render(style, k, nb, rng), value)
        recs.append((name, name + "__" + style, text, s, e))
    return recs
