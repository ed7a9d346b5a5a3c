"""Vendor source: 120 vendor credential types used by coworking / room-booking developers."""
import json
import random
import re

from common196 import (MARK, SEEDS, ALNUM, BASE62, HEX, DIGITS, LOWALNUM, UPALNUM, UPPER, LOWER, B64URL, B64STD,
                       rs, rbytes, password, uuid4, b64u, b64s, jwt, keyname, place, span)

R, B, G = "read", "believed", "guessed"   # shape provenance


def _hex(n):
    return lambda r: rs(r, HEX, n)


def _an(n):
    return lambda r: rs(r, ALNUM, n)


def _lan(n):
    return lambda r: rs(r, LOWALNUM, n)


def _u(n):
    return lambda r: rs(r, B64URL, n)


def _pw(r):
    return password(r)


def _jwt_hs256(payload_fn):
    return lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"}, payload_fn(r))


def _sentry_org(r):
    body = b64s(json.dumps({"iat": 1767225600 + r.randrange(10 ** 7), "url": "https://sentry.io",
                            "region_url": "https://de.sentry.io", "org": "northloft"},
                           separators=(",", ":")).encode()).rstrip("=")
    return "sntrys_" + body + "_" + rs(r, B64STD.replace("+", "").replace("/", ""), 43)


def _ops_token(r):
    payload = {"signInAddress": "northloft.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(r, 16))}, "email": rs(r, LOWER, 26) + "@1passwordserviceaccounts.eu",
               "srpX": rbytes(r, 32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPALNUM, 6) + "-" +
               rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5) + "-" +
               rs(r, UPALNUM, 5), "throttleSecret": {"seed": rbytes(r, 32).hex(), "deviceUuid": rs(r, LOWALNUM, 26)},
               "deviceUuid": rs(r, LOWALNUM, 26)}
    return "ops_" + b64s(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=")


def _mapbox_sk(r):
    payload = b64u(json.dumps({"u": "northloft-maps", "a": rs(r, LOWALNUM, 25)}, separators=(",", ":")).encode())
    return "sk." + payload + "." + rs(r, B64URL, 22)


def _azure_ad(r):
    return rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def _slack_xapp(r):
    return "xapp-1-A%s-%s-%s" % (rs(r, UPALNUM, 10), rs(r, DIGITS, 13), rs(r, HEX, 64))


def _teams_webhook(r):
    return ("https://northloft.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r)))


def _discord_webhook(r):
    return "https://discord.com/api/webhooks/%s/%s" % ("1" + rs(r, DIGITS, 18), rs(r, B64URL, 68))


def _calendly(r):
    return jwt(r, {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
               {"iss": "https://auth.calendly.com", "iat": 1767225600 + r.randrange(10 ** 7), "jti": uuid4(r),
                "user_uuid": uuid4(r)}, alg="ES512", sig_len=132)


def _front(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"scopes": ["shared:*", "provisioning"], "iat": 1767225600 + r.randrange(10 ** 7), "iss": "front",
                "sub": rs(r, HEX, 20), "jti": rs(r, HEX, 16)})


def _mailerlite(r):
    return jwt(r, {"typ": "JWT", "alg": "RS256"},
               {"aud": "4", "jti": rs(r, HEX, 80), "iat": 1767225600 + r.randrange(10 ** 7), "sub": rs(r, DIGITS, 6),
                "scopes": []}, alg="RS256", sig_len=512)


def _monday(r):
    return jwt(r, {"alg": "HS256"},
               {"tid": int(rs(r, "123456789", 9)), "aai": 11, "uid": int(rs(r, "123456789", 8)),
                "iad": "2026-0%d-1%dT10:00:00.000Z" % (r.randint(1, 9), r.randint(0, 9)), "per": "me:write",
                "actid": int(rs(r, "123456789", 8)), "rgn": "euc1"})


VENDORS = [
    # ---- coworking / workspace management platforms
    ("nexudus_admin_basic_auth_password", ["nexudus", "api", "password"], _pw, (["nexudus", "api", "user"], lambda r: "ops+api@northloft.example"), G, "owner-chosen password of the Nexudus admin user the API logs in with (Basic auth)"),
    ("officernd_api_client_secret", ["officernd", "client", "secret"], _an(40), (["officernd", "client", "id"], _lan(24)), G, "40 alphanumerics"),
    ("cobot_oauth_access_token", ["cobot", "access", "token"], _hex(64), None, G, "64 lower-case hex"),
    ("optix_workspace_api_token", ["optix", "api", "token"], _an(48), None, G, "48 alphanumerics"),
    ("essensys_operate_api_key", ["essensys", "api", "key"], _hex(32), None, G, "32 lower-case hex"),
    ("spacebring_integration_api_key", ["spacebring", "api", "key"], lambda r: "sb_" + rs(r, ALNUM, 40), None, G, "`sb_` + 40 alphanumerics"),
    ("robin_workplace_access_token", ["robin", "access", "token"], _an(60), (["robin", "org", "id"], lambda r: rs(r, DIGITS, 6)), G, "60 alphanumerics"),
    ("skedda_webhook_signing_secret", ["skedda", "webhook", "secret"], lambda r: b64s(rbytes(r, 32)), None, G, "standard Base64 of 32 bytes"),
    ("envoy_visitors_client_secret", ["envoy", "client", "secret"], _hex(64), (["envoy", "client", "id"], lambda r: uuid4(r)), G, "64 lower-case hex"),
    ("proxyclick_api_client_secret", ["proxyclick", "client", "secret"], _an(48), (["proxyclick", "client", "id"], _an(20)), G, "48 alphanumerics"),
    ("condeco_apim_subscription_key", ["condeco", "subscription", "key"], _hex(32), None, G, "32 lower-case hex (Azure API Management subscription key)"),
    ("teem_oauth_client_secret", ["teem", "client", "secret"], _an(64), (["teem", "client", "id"], _an(40)), G, "64 alphanumerics"),
    ("joan_visionect_api_secret", ["joan", "api", "secret"], _u(43), (["joan", "api", "key"], _lan(20)), G, "43 base64url"),
    ("sine_visitor_api_token", ["sine", "api", "token"], _an(56), None, G, "56 alphanumerics"),
    ("signinapp_api_secret", ["signinapp", "api", "secret"], _hex(40), (["signinapp", "api", "key"], _hex(16)), G, "40 lower-case hex"),
    ("greetly_kiosk_api_token", ["greetly", "api", "token"], _an(32), None, G, "32 alphanumerics"),
    # ---- door access
    ("kisi_access_control_api_key", ["kisi", "api", "key"], _hex(32), None, G, "32 lower-case hex"),
    ("brivo_onair_client_secret", ["brivo", "client", "secret"], _an(40), (["brivo", "api", "key"], _an(32)), G, "40 alphanumerics"),
    ("openpath_alta_login_password", ["openpath", "login", "password"], _pw, (["openpath", "login", "email"], lambda r: "doors@northloft.example"), G, "owner-chosen password of the Openpath / Avigilon Alta API login"),
    ("salto_ks_connect_client_secret", ["salto", "client", "secret"], _u(48), (["salto", "client", "id"], lambda r: uuid4(r)), G, "48 base64url"),
    ("swiftlane_partner_api_key", ["swiftlane", "api", "key"], _an(40), None, G, "40 alphanumerics"),
    ("hid_origo_mobile_client_secret", ["origo", "client", "secret"], _an(32), (["origo", "client", "id"], lambda r: "NORTHLOFT-" + rs(r, DIGITS, 5)), G, "32 alphanumerics"),
    ("unifi_access_developer_api_token", ["unifi", "access", "token"], _u(22), None, G, "22 base64url"),
    # ---- lockers, mail
    ("parcel_pending_property_api_key", ["parcelpending", "api", "key"], _hex(40), None, G, "40 lower-case hex"),
    ("luxer_one_api_token", ["luxerone", "api", "token"], _an(64), None, G, "64 alphanumerics"),
    ("packagex_mailroom_api_key", ["packagex", "api", "key"], lambda r: "pk_live_" + rs(r, ALNUM, 48), None, G, "`pk_live_` + 48 alphanumerics (a secret despite the `pk_` prefix)"),
    ("earth_class_mail_api_key", ["earthclassmail", "api", "key"], _an(40), None, G, "40 alphanumerics"),
    # ---- print
    ("papercut_mf_web_services_auth_token", ["papercut", "auth", "token"], _an(32), None, G, "32 alphanumerics (the admin-chosen `auth.webservices.auth-token`)"),
    ("printix_cloud_client_secret", ["printix", "client", "secret"], _u(44), (["printix", "client", "id"], lambda r: uuid4(r)), G, "44 base64url"),
    ("ezeep_blue_client_secret", ["ezeep", "client", "secret"], _an(64), (["ezeep", "client", "id"], _an(40)), G, "64 alphanumerics"),
    ("uniflow_online_client_secret", ["uniflow", "client", "secret"], _u(40), (["uniflow", "client", "id"], lambda r: uuid4(r)), G, "40 base64url"),
    ("brother_printer_web_admin_password", ["printer", "web", "password"], _pw, (["printer", "web", "user"], lambda r: "admin"), G, "owner-chosen password of the printer's web admin page"),
    # ---- network / Wi-Fi
    ("meraki_dashboard_api_key", ["meraki", "api", "key"], _hex(40), (["meraki", "org", "id"], lambda r: rs(r, DIGITS, 6)), B, "40 lower-case hex"),
    ("unifi_network_controller_password", ["unifi", "controller", "password"], _pw, (["unifi", "controller", "user"], lambda r: "netadmin"), G, "owner-chosen password of the UniFi network controller"),
    ("aruba_central_client_secret", ["aruba", "client", "secret"], _an(32), (["aruba", "client", "id"], _an(32)), G, "32 alphanumerics"),
    ("purple_wifi_portal_api_secret", ["purple", "api", "secret"], _hex(64), (["purple", "api", "key"], _hex(32)), G, "64 lower-case hex"),
    ("mikrotik_routeros_api_password", ["routeros", "api", "password"], _pw, (["routeros", "api", "user"], lambda r: "portal-api"), G, "owner-chosen password of the RouterOS API user"),
    # ---- events, catering, payments
    ("eventbrite_private_oauth_token", ["eventbrite", "private", "token"], lambda r: rs(r, UPALNUM, 20), None, B, "20 upper-case alphanumerics"),
    ("tripleseat_api_secret", ["tripleseat", "api", "secret"], _an(40), (["tripleseat", "api", "key"], _an(40)), G, "40 alphanumerics"),
    ("peerspace_host_api_key", ["peerspace", "api", "key"], _lan(48), None, G, "48 lower-case alphanumerics"),
    ("ezcater_partner_api_token", ["ezcater", "api", "token"], lambda r: uuid4(r), None, G, "UUIDv4"),
    ("square_production_access_token", ["square", "access", "token"], lambda r: "EAAA" + rs(r, B64URL, 60), None, R, "`EAAA` + 60 base64url"),
    ("stripe_restricted_live_key", ["stripe", "restricted", "key"], lambda r: "rk_live_51" + rs(r, ALNUM, 88), None, R, "`rk_live_51` + 88 alphanumerics"),
    ("chargebee_live_api_key", ["chargebee", "api", "key"], lambda r: "live_" + rs(r, ALNUM, 34), (["chargebee", "site"], lambda r: "northloft"), B, "`live_` + 34 alphanumerics"),
    ("paypal_rest_client_secret", ["paypal", "client", "secret"], lambda r: "E" + rs(r, B64URL, 79), (["paypal", "client", "id"], lambda r: "A" + rs(r, B64URL, 79)), B, "`E` + 79 base64url"),
    ("mollie_live_api_key", ["mollie", "api", "key"], lambda r: "live_" + rs(r, ALNUM, 30), None, B, "`live_` + 30 alphanumerics"),
    ("braintree_private_key", ["braintree", "private", "key"], _hex(32), (["braintree", "public", "key"], _lan(16)), B, "32 lower-case hex"),
    # ---- calendars, meetings
    ("microsoft_graph_app_client_secret", ["graph", "client", "secret"], _azure_ad, (["graph", "client", "id"], lambda r: uuid4(r)), R, "3 + digit + `Q~` + 34 characters (Entra ID client secret)"),
    ("google_workspace_oauth_client_secret", ["google", "client", "secret"], lambda r: "GOCSPX-" + rs(r, B64URL, 28), (["google", "client", "id"], lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LOWALNUM, 32) + ".apps.googleusercontent.com"), B, "`GOCSPX-` + 28 base64url"),
    ("zoom_server_to_server_client_secret", ["zoom", "client", "secret"], _an(32), (["zoom", "client", "id"], _an(22)), B, "32 alphanumerics"),
    ("calendly_personal_access_token", ["calendly", "access", "token"], _calendly, None, B, "ES512 JWT (real base64url JSON, 132 random signature bytes)"),
    ("cronofy_api_client_secret", ["cronofy", "client", "secret"], _u(64), (["cronofy", "client", "id"], _u(32)), G, "64 base64url"),
    ("nylas_v3_api_key", ["nylas", "api", "key"], lambda r: "nyk_v0_" + rs(r, ALNUM, 49), None, B, "`nyk_v0_` + 49 alphanumerics"),
    ("cal_com_api_key", ["calcom", "api", "key"], lambda r: "cal_live_" + rs(r, HEX, 32), None, B, "`cal_live_` + 32 lower-case hex"),
    # ---- messaging, support, CRM
    ("twilio_api_key_secret", ["twilio", "api", "secret"], _an(32), (["twilio", "api", "key", "sid"], lambda r: "SK" + rs(r, HEX, 32)), R, "32 alphanumerics (the `SK…` SID next to it is the identifier)"),
    ("sendgrid_mail_send_api_key", ["sendgrid", "api", "key"], lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), None, R, "`SG.` + 22 + `.` + 43 base64url"),
    ("postmark_server_api_token", ["postmark", "server", "token"], lambda r: uuid4(r), None, B, "UUIDv4"),
    ("vonage_api_secret", ["vonage", "api", "secret"], _an(16), (["vonage", "api", "key"], _hex(8)), B, "16 alphanumerics"),
    ("plivo_auth_token", ["plivo", "auth", "token"], _an(40), (["plivo", "auth", "id"], lambda r: "MA" + rs(r, UPALNUM, 18)), B, "40 alphanumerics"),
    ("whatsapp_cloud_system_user_token", ["whatsapp", "access", "token"], lambda r: "EAAG" + rs(r, ALNUM, 180), (["whatsapp", "phone", "number", "id"], lambda r: "1" + rs(r, DIGITS, 14)), R, "`EAAG` + 180 alphanumerics"),
    ("slack_app_level_token", ["slack", "app", "token"], _slack_xapp, None, R, "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex"),
    ("microsoft_teams_incoming_webhook_url", ["teams", "webhook", "url"], _teams_webhook, None, R, "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL"),
    ("discord_channel_webhook_url", ["discord", "webhook", "url"], _discord_webhook, None, B, "whole `discord.com/api/webhooks/<id>/<68>` URL"),
    ("front_app_api_token", ["front", "api", "token"], _front, None, B, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)"),
    ("pipedrive_personal_api_token", ["pipedrive", "api", "token"], _hex(40), None, B, "40 lower-case hex"),
    ("help_scout_app_secret", ["helpscout", "app", "secret"], _an(32), (["helpscout", "app", "id"], _an(32)), G, "32 alphanumerics"),
    ("jotform_api_key", ["jotform", "api", "key"], _hex(32), None, B, "32 lower-case hex"),
    ("mailerlite_api_token", ["mailerlite", "api", "token"], _mailerlite, None, B, "RS256 JWT (real base64url JSON, 512 random signature bytes)"),
    # ---- AI
    ("openai_service_account_key", ["openai", "api", "key"], lambda r: "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), None, R, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url"),
    ("anthropic_admin_api_key", ["anthropic", "admin", "key"], lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", None, R, "`sk-ant-admin01-` + 93 base64url + `AA`"),
    ("mistral_platform_api_key", ["mistral", "api", "key"], _an(32), None, B, "32 alphanumerics"),
    ("cohere_production_api_key", ["cohere", "api", "key"], _an(40), None, R, "40 alphanumerics"),
    ("deepgram_api_key", ["deepgram", "api", "key"], _hex(40), None, B, "40 lower-case hex"),
    ("elevenlabs_api_key", ["elevenlabs", "api", "key"], lambda r: "sk_" + rs(r, HEX, 48), None, B, "`sk_` + 48 lower-case hex"),
    ("assemblyai_api_key", ["assemblyai", "api", "key"], _hex(32), None, B, "32 lower-case hex"),
    ("openrouter_api_key", ["openrouter", "api", "key"], lambda r: "sk-or-v1-" + rs(r, HEX, 64), None, B, "`sk-or-v1-` + 64 lower-case hex"),
    # ---- developer / ops
    ("github_app_installation_token", ["github", "installation", "token"], lambda r: "ghs_" + rs(r, ALNUM, 36), None, R, "`ghs_` + 36 alphanumerics"),
    ("gitlab_deploy_token", ["gitlab", "deploy", "token"], lambda r: "gldt-" + rs(r, B64URL, 20), (["gitlab", "deploy", "user"], lambda r: "gitlab+deploy-token-" + rs(r, DIGITS, 5)), R, "`gldt-` + 20 `[0-9a-zA-Z_-]`"),
    ("gitlab_runner_auth_token", ["runner", "token"], lambda r: "glrt-" + rs(r, B64URL, 20), None, R, "`glrt-` + 20 `[0-9a-zA-Z_-]`"),
    ("npm_granular_access_token", ["npm", "token"], lambda r: "npm_" + rs(r, ALNUM, 36), None, R, "`npm_` + 36 alphanumerics"),
    ("pypi_project_upload_token", ["pypi", "token"], lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 140), None, R, "`pypi-AgEIcHlwaS5vcmc` + 140 base64url"),
    ("docker_hub_personal_access_token", ["dockerhub", "token"], lambda r: "dckr_pat_" + rs(r, B64URL, 27), (["dockerhub", "username"], lambda r: "northloftci"), B, "`dckr_pat_` + 27 base64url"),
    ("netlify_personal_access_token", ["netlify", "auth", "token"], lambda r: "nfp_" + rs(r, ALNUM, 36) + rs(r, HEX, 4), None, B, "`nfp_` + 40 alphanumerics"),
    ("terraform_cloud_team_token", ["tfe", "team", "token"], lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, B64URL, 67), None, R, "14 + `.atlasv1.` + 67 base64url"),
    ("vault_service_token", ["vault", "token"], lambda r: "hvs." + rs(r, B64URL, 95), None, R, "`hvs.` + 95 base64url"),
    ("doppler_service_token", ["doppler", "service", "token"], lambda r: "dp.st.prd." + rs(r, ALNUM, 40), None, B, "`dp.st.prd.` + 40 alphanumerics"),
    ("grafana_service_account_token", ["grafana", "sa", "token"], lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8), None, R, "`glsa_` + 32 alphanumerics + `_` + 8 hex"),
    ("sentry_org_auth_token", ["sentry", "auth", "token"], _sentry_org, None, R, "`sntrys_` + Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 alphanumerics"),
    ("new_relic_user_api_key", ["newrelic", "user", "key"], lambda r: "NRAK-" + rs(r, UPALNUM, 27), None, B, "`NRAK-` + 27 upper-case alphanumerics"),
    ("pagerduty_rest_api_key", ["pagerduty", "api", "key"], lambda r: "u+" + rs(r, B64URL, 18), None, G, "`u+` + 18 base64url"),
    ("better_stack_uptime_api_token", ["betterstack", "api", "token"], _an(24), None, G, "24 alphanumerics"),
    ("cloudflare_origin_ca_key", ["cloudflare", "origin", "ca", "key"], lambda r: "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146), None, R, "`v1.0-` + 24 hex + `-` + 146 hex"),
    ("aws_ses_smtp_credential_password", ["ses", "smtp", "password"], lambda r: "B" + rs(r, B64STD, 43), (["ses", "smtp", "user"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), B, "`B` + 43 Base64 characters (derived SMTP password) – next to it the `AKIA…` user (identifier)"),
    ("aws_iam_user_secret_access_key", ["aws", "secret", "access", "key"], lambda r: rs(r, B64STD, 40), (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), B, "40 Base64 characters"),
    ("firebase_fcm_legacy_server_key", ["fcm", "server", "key"], lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134), None, B, "`AAAA` + 7 + `:APA91b` + 134 base64url"),
    ("supabase_personal_access_token", ["supabase", "access", "token"], lambda r: "sbp_" + rs(r, HEX, 40), None, B, "`sbp_` + 40 lower-case hex"),
    ("planetscale_branch_password", ["planetscale", "password"], lambda r: "pscale_pw_" + rs(r, B64URL, 43), (["planetscale", "username"], _lan(20)), R, "`pscale_pw_` + 43 base64url"),
    ("mongodb_atlas_db_user_password", ["atlas", "db", "password"], _pw, (["atlas", "db", "user"], lambda r: "booking_app"), G, "owner-chosen password of the Atlas database user"),
    ("algolia_admin_api_key", ["algolia", "admin", "key"], _hex(32), (["algolia", "app", "id"], lambda r: rs(r, UPALNUM, 10)), R, "32 lower-case hex"),
    ("mapbox_secret_access_token", ["mapbox", "secret", "token"], _mapbox_sk, None, B, "`sk.` + base64url of real JSON + `.` + 22 base64url"),
    ("posthog_personal_api_key", ["posthog", "personal", "key"], lambda r: "phx_" + rs(r, ALNUM, 43), None, B, "`phx_` + 43 alphanumerics"),
    ("launchdarkly_server_sdk_key", ["launchdarkly", "sdk", "key"], lambda r: "sdk-" + uuid4(r), None, B, "`sdk-` + UUIDv4"),
    ("contentful_management_token", ["contentful", "management", "token"], lambda r: "CFPAT-" + rs(r, B64URL, 43), None, B, "`CFPAT-` + 43 base64url"),
    ("sanity_api_write_token", ["sanity", "write", "token"], lambda r: "sk" + rs(r, ALNUM, 180), (["sanity", "project", "id"], _lan(8)), B, "`sk` + 180 alphanumerics"),
    ("webflow_site_api_token", ["webflow", "api", "token"], _hex(64), None, G, "64 lower-case hex"),
    ("monday_com_api_token", ["monday", "api", "token"], _monday, None, B, "HS256 JWT (real base64url JSON)"),
    ("clickup_personal_api_token", ["clickup", "api", "token"], lambda r: "pk_" + rs(r, DIGITS, 8) + "_" + rs(r, UPALNUM, 32), None, B, "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics (secret despite `pk_`)"),
    ("asana_personal_access_token", ["asana", "access", "token"], lambda r: "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + rs(r, HEX, 32), None, B, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex"),
    ("trello_api_token", ["trello", "token"], lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, UPPER[:6] + DIGITS, 8), (["trello", "api", "key"], _hex(32)), B, "`ATTA` + 64 hex + 8 upper-case hex"),
    ("okta_api_token", ["okta", "api", "token"], lambda r: "00" + rs(r, B64URL, 40), (["okta", "org", "url"], lambda r: "https://northloft.okta.com"), R, "`00` + 40 base64url"),
    ("auth0_management_client_secret", ["auth0", "client", "secret"], _u(64), (["auth0", "client", "id"], _an(32)), G, "64 base64url"),
    ("onepassword_service_account_token", ["op", "service", "account", "token"], _ops_token, None, R, "`ops_` + Base64 of real JSON (starts `ops_eyJ`)"),
    ("tailscale_auth_key", ["tailscale", "auth", "key"], lambda r: "tskey-auth-" + rs(r, ALNUM, 12) + "CNTRL-" + rs(r, ALNUM, 32), None, B, "`tskey-auth-` + 12 + `CNTRL-` + 32 alphanumerics"),
    ("ngrok_agent_authtoken", ["ngrok", "authtoken"], lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21), None, B, "`2` + 26 alphanumerics + `_` + 21 alphanumerics"),
    ("cloudinary_api_secret", ["cloudinary", "api", "secret"], _u(27), (["cloudinary", "api", "key"], lambda r: rs(r, DIGITS, 15)), B, "27 base64url"),
    ("synology_mailscan_nas_password", ["nas", "admin", "password"], _pw, (["nas", "admin", "user"], lambda r: "scanbot"), G, "owner-chosen password of the NAS that stores scanned mail"),
    ("fortigate_rest_api_key", ["fortigate", "api", "key"], lambda r: rs(r, "abcdefghkmnpqrstwxyz0123456789", 30), None, G, "30 lower-case alphanumerics"),
    ("hubspot_developer_api_key", ["hubspot", "developer", "key"], lambda r: uuid4(r), None, B, "UUIDv4"),
    ("sumsub_app_token", ["sumsub", "app", "token"], lambda r: "prd:" + rs(r, ALNUM, 24) + "." + rs(r, ALNUM, 32), None, G, "`prd:` + 24 + `.` + 32 alphanumerics"),
    ("yoti_sdk_pem_passphrase", ["yoti", "pem", "passphrase"], _pw, None, G, "owner-chosen passphrase of the identity-check SDK key file"),
]
KEPT = 120

# 12 styles: (name, case style, renderer(rng, key, neighbours[(k, v)]) -> template)


def _dotenv(r, k, nb):
    lines = ["# .env.staging"] + ["%s=%s" % (a, b) for a, b in nb] + ["%s=%s" % (k, MARK), "FEATURE_WAITLIST=true"]
    return "\n".join(lines) + "\n"


def _vercel(r, k, nb):
    out = []
    for a, b in nb:
        out.append("$ printf '%%s' '%s' | vercel env add %s production" % (b, a))
    out.append("$ printf '%%s' '%s' | vercel env add %s production" % (MARK, k))
    out.append("Vercel CLI 39.%d.0\n✅  Added Environment Variable %s to Project member-portal [%dms]" % (r.randint(0, 9), k, r.randint(120, 900)))
    return "\n".join(out) + "\n"


def _pysettings(r, k, nb):
    lines = ["# integrations.py (room display backend)"] + ["%s = \"%s\"" % (a, b) for a, b in nb] + ["%s = \"%s\"" % (k, MARK)]
    return "\n".join(lines) + "\n"


def _nodejson(r, k, nb):
    inner = ["    \"%s\": \"%s\"" % (a, b) for a, b in nb] + ["    \"%s\": \"%s\"" % (k, MARK)]
    return "{\n  \"doorAccess\": {\n" + ",\n".join(inner) + "\n  },\n  \"pollSeconds\": %d\n}\n" % r.choice([5, 10, 30])


def _props(r, k, nb):
    lines = ["# application.properties (front desk)", "quarkus.http.port=8080"] + ["%s=%s" % (a, b) for a, b in nb] + ["%s=%s" % (k, MARK)]
    return "\n".join(lines) + "\n"


def _slackdm(r, k, nb):
    extra = "".join(" (%s is %s)" % (a, b) for a, b in nb)
    h, m = r.randint(1, 5), r.randint(0, 58)
    return ("Lena  %d:%02d PM\nhere you go for the migration%s — %s: %s\nLena  %d:%02d PM\ndelete after copying pls 🙏\n"
            % (h, m, extra, k, MARK, h, r.randint(m + 1, 59)))


def _email(r, k, nb):
    extra = "".join("%s: %s\n" % (a, b) for a, b in nb)
    return ("Subject: Re: integration handover\n\nHi Sam,\n\nas discussed on the call, below are the details for the new "
            "workspace.\n\n%s%s: %s\n\nKind regards,\nFacilities IT\n" % (extra, k, MARK))


def _keepass(r, k, nb):
    user = nb[0][1] if nb else ""
    return ("\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"\n\"%s\",\"%s\",\"%s\",\"\",\"rotated Q%d\"\n"
            % (k, user, MARK, r.randint(1, 4)))


def _ssm(r, k, nb):
    out = []
    for a, b in nb:
        out.append("$ aws ssm put-parameter --name /cowork/prod/%s --type String --value '%s'" % (a, b))
    out.append("$ aws ssm put-parameter --name /cowork/prod/%s --type SecureString --value '%s' --overwrite" % (k, MARK))
    out.append("{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}" % r.randint(1, 9))
    return "\n".join(out) + "\n"


def _sealed(r, k, nb):
    lines = ["# input for kubeseal (never commit unsealed)", "apiVersion: v1", "kind: Secret", "metadata:",
             "  name: integrations", "  namespace: booking", "stringData:"]
    lines += ["  %s: \"%s\"" % (a, b) for a, b in nb] + ["  %s: \"%s\"" % (k, MARK)]
    return "\n".join(lines) + "\n"


def _rustconst(r, k, nb):
    lines = ["// src/secrets.rs -- generated by ./scripts/bootstrap.sh"] + ["pub const %s: &str = \"%s\";" % (a, b) for a, b in nb]
    lines.append("pub const %s: &str = \"%s\";" % (k, MARK))
    return "\n".join(lines) + "\n"


def _kotlinbc(r, k, nb):
    lines = ["android {", "    defaultConfig {", "        applicationId \"com.northloft.kiosk\""]
    lines += ["        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (a, b) for a, b in nb]
    lines.append("        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (k, MARK))
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


STYLES = [
    ("booking_api_dotenv_staging", "upper", _dotenv),
    ("member_portal_vercel_env_add_history", "upper", _vercel),
    ("room_display_python_settings_module", "upper", _pysettings),
    ("door_access_node_config_json", "camel", _nodejson),
    ("front_desk_quarkus_application_properties", "dot", _props),
    ("community_team_slack_dm_paste", "spaced", _slackdm),
    ("facilities_helpdesk_email_reply", "spaced", _email),
    ("cowork_it_keepass_csv_export", "title", _keepass),
    ("cowork_ops_aws_ssm_put_parameter_history", "kebab", _ssm),
    ("booking_ops_kubeseal_input_secret_yaml", "snake", _sealed),
    ("booking_api_rust_const_module", "upper", _rustconst),
    ("visitor_kiosk_gradle_buildconfig_field", "upper", _kotlinbc),
]


def generate(reg):
    rng = random.Random(SEEDS["vendor"])
    recs = []
    for i, (typ, words, gen, nbspec, _prov, _desc) in enumerate(VENDORS[:KEPT]):
        sname, case, fn = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nb = []
        if nbspec:
            nwords, ngen = nbspec
            nv = ngen(rng)
            nb.append((keyname(nwords, case), nv))
        tpl = fn(rng, keyname(words, case), nb)
        text, s, e = place(tpl, value)
        recs.append({"type": typ, "container": "%s__%s" % (typ, sname), "text": text,
                     "secrets": [span(text, s, e, typ)], "source": "vendor"})
    return recs
