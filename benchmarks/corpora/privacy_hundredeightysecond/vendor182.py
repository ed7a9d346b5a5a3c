"""Vendor source: 120 vendor credential types used by car-wash, detailing and
tyre-shop developers, each in one of 12 presentation styles (`<type>__<style>`)."""
import base64
import json
import random

from common182 import (Registry, world_password, rstr, ALNUM, B62, B64URL, HEXL, HEXU, LOWER_ALNUM,
                       UPPER_ALNUM, uuid4, rbytes, b64, b64url_nopad, b64url_json, jwt_hs, gh_token,
                       key_style, fill, span_record)

SEED = 18202
B64STD = ALNUM + "+/"


def R(a, n):
    return lambda r: rstr(r, a, n)


def PW(r):
    return world_password(r)


def jwt_generic(iss):
    def g(r):
        p = {"iss": iss, "sub": str(r.randint(100000, 999999)), "iat": 1767225600 + r.randint(0, 9000000),
             "jti": uuid4(r)}
        return jwt_hs(r, p)
    return g


def sentry_org(r):
    body = {"iat": 1767225600 + r.randint(0, 9000000) + r.randint(0, 999999) / 1e6, "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": "sparkle-wash-%02d" % r.randint(1, 99)}
    return "sntrys_" + b64(json.dumps(body, separators=(",", ":")).encode()) + "_" + rstr(r, ALNUM + "+/", 43)


def grafana_glc(r):
    body = {"o": str(r.randint(100000, 9999999)), "n": "reclaim-telemetry-write",
            "k": rstr(r, ALNUM, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0", "prod-gb-south-0"])}}
    return "glc_" + b64(json.dumps(body, separators=(",", ":")).encode())


def cf_tunnel(r):
    body = {"a": rstr(r, HEXL, 32), "t": uuid4(r), "s": b64(rbytes(r, 32))}
    return b64(json.dumps(body, separators=(",", ":")).encode())


def mapbox_sk(r):
    body = {"u": "sparklewash", "a": rstr(r, LOWER_ALNUM, 25)}
    return "sk." + b64url_json(body) + "." + rstr(r, B64URL, 22)


def pypi_tok(r):
    return "pypi-" + b64url_nopad(b"\x02\x01\x08pypi.org\x02\x02" + rbytes(r, 160))


def teams_url(r):
    return ("https://sparklewash.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (uuid4(r), uuid4(r), rstr(r, HEXL, 32), uuid4(r)))


# (type, vendor, generator, shape, category, neighbours [(words, generator)])
# category: looked (prefix / layout read this session), believed (background knowledge),
# guessed (length and alphabet only), password (owner-chosen)
VENDORS = [
    ("drb_sitewatch_api_client_secret", "DRB SiteWatch", R(ALNUM, 48), "48 alphanumerics", "guessed",
     [(["client", "id"], uuid4)]),
    ("sonnys_controls_cloud_api_token", "Sonny's Controls", R(B64URL, 40), "40 base64url", "guessed", []),
    ("ics_washconnect_partner_secret", "ICS WashConnect", R(HEXL, 32), "32 lower-case hex (partner id next to it is an identifier)", "guessed",
     [(["partner", "id"], lambda r: "ICS-%06d" % r.randint(0, 999999))]),
    ("washify_partner_api_key", "Washify", uuid4, "UUIDv4", "guessed", []),
    ("rinsed_crm_api_token", "Rinsed", R(HEXL, 64), "64 lower-case hex", "guessed", []),
    ("everwash_partner_api_secret", "Everwash", R(B64URL, 43), "43 base64url (partner code next to it is an identifier)", "guessed",
     [(["partner", "code"], lambda r: "EW" + rstr(r, UPPER_ALNUM, 6))]),
    ("washcard_systems_api_key", "WashCard Systems", R(UPPER_ALNUM, 32), "32 upper-case alphanumerics", "guessed", []),
    ("washtec_smartcare_portal_password", "WashTec SmartCare", PW, "owner-chosen password (user name next to it)", "password",
     [(["username"], lambda r: "ops.site%02d" % r.randint(1, 60))]),
    ("istobal_smartwash_api_key", "ISTOBAL smartwash", R(ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("pdq_laserwash_remote_service_password", "PDQ LaserWash", PW, "owner-chosen password", "password",
     [(["service", "user"], lambda r: "tech%03d" % r.randint(1, 999))]),
    ("hamilton_changer_remote_monitor_password", "Hamilton changer monitoring", PW, "owner-chosen password", "password",
     [(["login"], lambda r: "bay-changer-%02d" % r.randint(1, 30))]),
    ("nayax_lynx_api_token", "Nayax Lynx", R(ALNUM, 64), "64 alphanumerics", "guessed", []),
    ("cantaloupe_seed_api_key", "Cantaloupe Seed", R(HEXL, 32), "32 lower-case hex", "guessed", []),
    ("payrange_operator_api_key", "PayRange", R(HEXL, 40), "40 lower-case hex", "guessed", []),
    ("prominent_dulconnex_api_key", "ProMinent DULCOnneX", uuid4, "UUIDv4", "guessed", []),
    ("plate_recognizer_api_token", "Plate Recognizer", R(HEXL, 40), "40 lower-case hex (sent as `Authorization: Token …`)", "looked", []),
    ("rekor_openalpr_cloud_secret_key", "Rekor / OpenALPR cloud", lambda r: "sk_" + rstr(r, HEXL, 24), "`sk_` + 24 lower-case hex", "believed", []),
    ("sighthound_cloud_api_token", "Sighthound Cloud", R(ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("hunter_hunternet_api_key", "Hunter HunterNet", R(ALNUM, 40), "40 alphanumerics (shop id next to it is an identifier)", "guessed",
     [(["shop", "id"], lambda r: str(r.randint(10000, 99999)))]),
    ("bartec_tpms_online_password", "Bartec TPMS online", PW, "owner-chosen password", "password",
     [(["user"], lambda r: "tyres%03d@bartec-user.example" % r.randint(1, 999))]),
    ("autel_maxitpms_cloud_password", "Autel MaxiTPMS cloud", PW, "owner-chosen password", "password",
     [(["account"], lambda r: "tpms.bay%02d@tyreshop.example" % r.randint(1, 40))]),
    ("ateq_vt_cloud_api_key", "ATEQ VT cloud", R(HEXU, 32), "32 upper-case hex", "guessed", []),
    ("tekmetric_oauth_client_secret", "Tekmetric", R(ALNUM, 32), "32 alphanumerics (client id next to it is public)", "guessed",
     [(["client", "id"], R(ALNUM, 16))]),
    ("shopmonkey_api_token", "Shopmonkey", jwt_generic("shopmonkey"), "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "guessed", []),
    ("autoleap_partner_api_key", "AutoLeap", R(ALNUM, 48), "48 alphanumerics", "guessed", []),
    ("shop_ware_api_secret", "Shop-Ware", R(HEXL, 64), "64 lower-case hex (API id next to it is an identifier)", "guessed",
     [(["api", "id"], lambda r: str(r.randint(1000, 9999)))]),
    ("mitchell1_prodemand_account_password", "Mitchell 1 ProDemand", PW, "owner-chosen password", "password",
     [(["user"], lambda r: "alignbay%02d" % r.randint(1, 50))]),
    ("atd_online_b2b_api_secret", "ATD online", R(ALNUM, 40), "40 alphanumerics (customer number next to it is an identifier)", "guessed",
     [(["customer", "number"], lambda r: str(r.randint(1000000, 9999999)))]),
    ("tirehub_dealer_api_key", "TireHub", lambda r: uuid4(r, upper=True), "upper-case UUIDv4", "guessed", []),
    ("tire_connect_retailer_api_key", "Tire Connect", R(HEXL, 32), "32 lower-case hex", "guessed", []),
    ("carfax_service_data_api_key", "CARFAX service data", R(UPPER_ALNUM, 32), "32 upper-case alphanumerics", "guessed", []),
    ("vinaudit_api_key", "VINAudit", R(UPPER_ALNUM, 15), "15 upper-case alphanumerics", "guessed", []),
    ("urable_api_key", "Urable", R(ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("mobile_tech_rx_api_token", "Mobile Tech RX", R(HEXL, 64), "64 lower-case hex", "guessed", []),
    ("jobber_oauth_client_secret", "Jobber", R(HEXL, 64), "64 lower-case hex (client id next to it is public)", "guessed",
     [(["client", "id"], uuid4)]),
    ("housecall_pro_api_key", "Housecall Pro", R(HEXL, 32), "32 lower-case hex", "guessed", []),
    ("vagaro_business_api_secret", "Vagaro", R(B64URL, 43), "43 base64url (client id next to it is public)", "guessed",
     [(["client", "id"], R(ALNUM, 20))]),
    ("setmore_refresh_token", "Setmore", R(ALNUM, 40), "40 alphanumerics", "guessed", []),
    ("simplybook_me_api_secret_key", "SimplyBook.me", R(HEXL, 64), "64 lower-case hex (company login next to it is public)", "guessed",
     [(["company", "login"], lambda r: "shinestudio%02d" % r.randint(1, 99))]),
    ("podium_oauth_client_secret", "Podium", R(ALNUM, 64), "64 alphanumerics (client id next to it is public)", "guessed",
     [(["client", "id"], uuid4)]),
    ("birdeye_business_api_key", "Birdeye", R(ALNUM, 32), "32 alphanumerics", "guessed", []),
    ("yelp_fusion_api_key", "Yelp Fusion", R(B64URL, 128), "128 base64url", "believed", []),
    ("google_business_profile_refresh_token", "Google Business Profile", lambda r: "1//0" + rstr(r, B64URL, 99),
     "`1//0` + 99 base64url (Google OAuth refresh token)", "believed", []),
    ("fleetio_api_token", "Fleetio", R(HEXL, 40), "40 lower-case hex (account token next to it is an identifier)", "guessed",
     [(["account", "token"], R(HEXL, 10))]),
    ("motive_fleet_api_key", "Motive", uuid4, "UUIDv4", "guessed", []),
    ("wex_fleet_card_sftp_password", "WEX fleet card SFTP", PW, "owner-chosen password", "password",
     [(["sftp", "user"], lambda r: "fleetwash%03d" % r.randint(1, 999))]),
    ("verizon_connect_reveal_integration_password", "Verizon Connect Reveal", PW, "owner-chosen password", "password",
     [(["integration", "user"], lambda r: "REST_fleetwash_%02d" % r.randint(1, 99))]),
    ("pandadoc_api_key", "PandaDoc", R(HEXL, 40), "40 lower-case hex", "believed", []),
    ("ewon_talk2m_account_password", "Ewon Talk2M", PW, "owner-chosen password (developer id UUID next to it is an identifier)", "password",
     [(["developer", "id"], uuid4), (["account"], lambda r: "washplant%02d" % r.randint(1, 99))]),
    ("hivemq_cloud_client_password", "HiveMQ Cloud", PW, "owner-chosen password", "password",
     [(["client", "user"], lambda r: "reclaim-sensor-%02d" % r.randint(1, 99))]),
    ("particle_access_token", "Particle", R(HEXL, 40), "40 lower-case hex", "believed", []),
    ("blynk_device_auth_token", "Blynk", R(B64URL, 32), "32 base64url", "believed", []),
    ("influxdb_api_token", "InfluxDB", lambda r: base64.urlsafe_b64encode(rbytes(r, 64)).decode(),
     "url-safe Base64 of 64 bytes (88 characters with `==`)", "believed", []),
    ("grafana_cloud_access_policy_token", "Grafana Cloud", grafana_glc,
     "`glc_` + Base64 of JSON `{o, n, k, m:{r}}` (real JSON)", "looked", []),
    ("thingsboard_device_access_token", "ThingsBoard", R(ALNUM, 20), "20 alphanumerics", "believed", []),
    ("pagerduty_events_routing_key", "PagerDuty Events v2", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("opsgenie_api_key", "Opsgenie", uuid4, "UUIDv4", "believed", []),
    ("new_relic_user_api_key", "New Relic", lambda r: "NRAK-" + rstr(r, UPPER_ALNUM, 27), "`NRAK-` + 27 upper-case alphanumerics", "believed", []),
    ("rollbar_server_access_token", "Rollbar", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("aws_iam_secret_access_key_media", "AWS IAM (wash-photo bucket)", R(B64STD, 40),
     "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", "believed",
     [(["access", "key", "id"], lambda r: "AKIA" + rstr(r, UPPER_ALNUM.replace("0", "").replace("1", ""), 16))]),
    ("azure_service_bus_shared_access_key", "Azure Service Bus", lambda r: b64(rbytes(r, 32)),
     "Base64 of 32 bytes (44 characters; namespace and key name next to it are identifiers)", "believed",
     [(["namespace"], lambda r: "sb-washclub-%02d" % r.randint(1, 99))]),
    ("stripe_restricted_api_key", "Stripe", lambda r: "rk_live_51" + rstr(r, ALNUM, 97), "`rk_live_51` + 97 alphanumerics", "believed", []),
    ("stripe_webhook_signing_secret", "Stripe webhooks", lambda r: "whsec_" + rstr(r, ALNUM, 32), "`whsec_` + 32 alphanumerics", "believed", []),
    ("square_webhook_signature_key", "Square webhooks", R(B64URL, 22), "22 base64url", "guessed", []),
    ("paypal_rest_client_secret", "PayPal REST", lambda r: "E" + rstr(r, B64URL, 79),
     "`E` + 79 base64url (client id next to it is public)", "guessed",
     [(["client", "id"], lambda r: "A" + rstr(r, B64URL, 79))]),
    ("braintree_private_key", "Braintree", R(HEXL, 32), "32 lower-case hex (merchant id and public key next to it are identifiers)", "believed",
     [(["merchant", "id"], R(LOWER_ALNUM, 16)), (["public", "key"], R(LOWER_ALNUM, 16))]),
    ("authorize_net_transaction_key", "Authorize.Net", R(ALNUM, 16), "16 alphanumerics (API login id next to it is an identifier)", "believed",
     [(["api", "login", "id"], R(ALNUM, 10))]),
    ("recurly_private_api_key", "Recurly", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("paystack_live_secret_key", "Paystack", lambda r: "sk_live_" + rstr(r, HEXL, 40), "`sk_live_` + 40 lower-case hex", "believed", []),
    ("mollie_live_api_key", "Mollie", lambda r: "live_" + rstr(r, ALNUM, 30), "`live_` + 30 alphanumerics", "believed", []),
    ("xero_oauth_client_secret", "Xero", R(B64URL, 48), "48 base64url (client id next to it is public)", "believed",
     [(["client", "id"], R(HEXU, 32))]),
    ("zoho_crm_refresh_token", "Zoho CRM", lambda r: "1000." + rstr(r, HEXL, 32) + "." + rstr(r, HEXL, 32),
     "`1000.` + 32 hex + `.` + 32 hex", "believed", []),
    ("amazon_lwa_client_secret", "Amazon Login with Amazon", lambda r: "amzn1.oa2-cs.v1." + rstr(r, HEXL, 64),
     "`amzn1.oa2-cs.v1.` + 64 lower-case hex (the `amzn1.application-oa2-client.` id next to it is public)", "looked",
     [(["client", "id"], lambda r: "amzn1.application-oa2-client." + rstr(r, HEXL, 32))]),
    ("shopify_custom_app_access_token", "Shopify custom app", lambda r: "shpca_" + rstr(r, HEXL, 32), "`shpca_` + 32 hex", "believed", []),
    ("cal_com_api_key", "Cal.com", lambda r: "cal_live_" + rstr(r, HEXL, 32), "`cal_live_` + 32 hex", "guessed", []),
    ("auth0_client_secret", "Auth0", R(B64URL, 64), "64 base64url (client id next to it is public)", "believed",
     [(["client", "id"], R(ALNUM, 32))]),
    ("sendgrid_api_key", "Twilio SendGrid", lambda r: "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43),
     "`SG.` + 22 + `.` + 43 base64url", "believed", []),
    ("twilio_api_key_secret", "Twilio API key", R(ALNUM, 32), "32 alphanumerics (the `SK…` key sid next to it is an identifier)", "believed",
     [(["api", "key", "sid"], lambda r: "SK" + rstr(r, HEXL, 32))]),
    ("vonage_api_secret", "Vonage", R(ALNUM, 16), "16 alphanumerics (8-hex API key next to it is an identifier)", "believed",
     [(["api", "key"], R(HEXL, 8))]),
    ("postmark_server_token", "Postmark", uuid4, "UUIDv4", "believed", []),
    ("mailjet_api_secret_key", "Mailjet", R(HEXL, 32), "32 lower-case hex (API key next to it is an identifier)", "believed",
     [(["api", "key"], R(HEXL, 32))]),
    ("mailersend_api_token", "MailerSend", lambda r: "mlsn." + rstr(r, HEXL, 64), "`mlsn.` + 64 lower-case hex", "looked", []),
    ("sinch_sms_api_token", "Sinch SMS", R(HEXL, 32), "32 lower-case hex (service plan id next to it is an identifier)", "believed",
     [(["service", "plan", "id"], R(HEXL, 32))]),
    ("infobip_api_key", "Infobip", lambda r: rstr(r, HEXL, 32) + "-" + uuid4(r), "32 hex + `-` + UUIDv4", "believed", []),
    ("whatsapp_cloud_system_user_token", "WhatsApp Cloud API", lambda r: "EAAJ" + rstr(r, ALNUM, 196), "`EAAJ` + 196 alphanumerics", "guessed", []),
    ("slack_user_oauth_token", "Slack user token",
     lambda r: "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11 - 1), r.randint(10 ** 10, 10 ** 11 - 1), r.randint(10 ** 12, 10 ** 13 - 1), rstr(r, HEXL, 32)),
     "`xoxp-` + three numeric ids + 32 hex", "believed", []),
    ("slack_app_signing_secret", "Slack app", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("discord_channel_webhook_url", "Discord webhook",
     lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18 - 1), rstr(r, B64URL, 68)),
     "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", "believed", []),
    ("teams_incoming_webhook_url", "Microsoft Teams incoming webhook", teams_url,
     "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/<32 hex>/<uuid>` URL", "believed", []),
    ("telegram_wash_alerts_bot_token", "Telegram bot",
     lambda r: "%d:AA%s" % (r.randint(10 ** 9, 10 ** 10 - 1), rstr(r, B64URL, 33)), "bot id + `:AA` + 33 base64url", "believed", []),
    ("pushbullet_access_token", "Pushbullet", lambda r: "o." + rstr(r, ALNUM, 32), "`o.` + 32 alphanumerics", "believed", []),
    ("zapier_catch_hook_url", "Zapier catch hook",
     lambda r: "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(1000000, 9999999), rstr(r, LOWER_ALNUM, 7)),
     "whole `hooks.zapier.com/hooks/catch/<id>/<7>/` URL", "believed", []),
    ("openai_admin_api_key", "OpenAI admin", lambda r: "sk-admin-" + rstr(r, B64URL, 58) + "T3BlbkFJ" + rstr(r, B64URL, 58),
     "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", "guessed", []),
    ("anthropic_messages_api_key", "Anthropic", lambda r: "sk-ant-api03-" + rstr(r, B64URL, 93) + "AA",
     "`sk-ant-api03-` + 93 base64url + `AA`", "believed", []),
    ("deepseek_api_key", "DeepSeek", lambda r: "sk-" + rstr(r, HEXL, 32), "`sk-` + 32 lower-case hex", "believed", []),
    ("openrouter_api_key", "OpenRouter", lambda r: "sk-or-v1-" + rstr(r, HEXL, 64), "`sk-or-v1-` + 64 lower-case hex", "looked", []),
    ("elevenlabs_api_key", "ElevenLabs", lambda r: "sk_" + rstr(r, HEXL, 48), "`sk_` + 48 lower-case hex", "believed", []),
    ("deepgram_api_key", "Deepgram", R(HEXL, 40), "40 lower-case hex", "believed", []),
    ("assemblyai_api_key", "AssemblyAI", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("roboflow_private_api_key", "Roboflow", R(ALNUM, 20), "20 alphanumerics", "believed", []),
    ("azure_openai_api_key", "Azure OpenAI", R(HEXL, 32), "32 lower-case hex (resource endpoint next to it is public)", "believed",
     [(["endpoint"], lambda r: "https://washclub-ai-%02d.openai.azure.com/" % r.randint(1, 99))]),
    ("azure_computer_vision_subscription_key", "Azure AI Vision", R(HEXL, 32), "32 lower-case hex", "believed", []),
    ("google_cloud_vision_api_key", "Google Cloud Vision", lambda r: "AIza" + rstr(r, B64URL, 35), "`AIza` + 35 base64url (server-side key)", "believed", []),
    ("langsmith_api_key", "LangSmith", lambda r: "lsv2_pt_" + rstr(r, HEXL, 32) + "_" + rstr(r, HEXL, 10),
     "`lsv2_pt_` + 32 hex + `_` + 10 hex", "looked", []),
    ("github_fine_grained_pat", "GitHub fine-grained PAT", lambda r: "github_pat_" + rstr(r, ALNUM, 22) + "_" + rstr(r, ALNUM, 59),
     "`github_pat_` + 22 + `_` + 59 alphanumerics", "believed", []),
    ("github_app_installation_token", "GitHub App installation", lambda r: gh_token(r, "ghs_"),
     "`ghs_` + 30 base62 + 6-character base62 CRC-32", "believed", []),
    ("gitlab_runner_authentication_token", "GitLab runner", lambda r: "glrt-" + rstr(r, B64URL, 20), "`glrt-` + 20 base64url", "believed", []),
    ("npm_automation_token", "npm", lambda r: "npm_" + rstr(r, ALNUM, 36), "`npm_` + 36 alphanumerics", "believed", []),
    ("pypi_api_token", "PyPI", pypi_tok, "`pypi-` + base64url macaroon starting `AgEIcHlwaS5vcmc` (real `\\x02\\x01\\x08pypi.org` prefix bytes)", "believed", []),
    ("sentry_org_auth_token", "Sentry org token", sentry_org,
     "`sntrys_` + Base64 of JSON `{iat, url, region_url, org}` + `_` + 43 Base64 characters", "looked", []),
    ("doppler_service_token", "Doppler", lambda r: "dp.st.prd." + rstr(r, ALNUM, 40), "`dp.st.prd.` + 40 alphanumerics", "believed", []),
    ("terraform_cloud_team_token", "Terraform Cloud", lambda r: rstr(r, ALNUM, 14) + ".atlasv1." + rstr(r, ALNUM, 67),
     "14 + `.atlasv1.` + 67 alphanumerics", "believed", []),
    ("tailscale_auth_key", "Tailscale", lambda r: "tskey-auth-k" + rstr(r, ALNUM, 11) + "CNTRL-" + rstr(r, ALNUM, 32),
     "`tskey-auth-` + `k` + 11 + `CNTRL-` + 32 alphanumerics (prefix read; inner layout believed)", "looked", []),
    ("ngrok_authtoken", "ngrok", lambda r: "2" + rstr(r, ALNUM, 26) + "_" + rstr(r, ALNUM, 21), "`2` + 26 + `_` + 21 alphanumerics", "guessed", []),
    ("cloudflare_tunnel_token", "Cloudflare Tunnel", cf_tunnel,
     "Base64 of JSON `{a: 32-hex account tag, t: tunnel UUIDv4, s: Base64 of 32 bytes}` (real JSON)", "believed", []),
    ("planetscale_service_token", "PlanetScale", lambda r: "pscale_tkn_" + rstr(r, B64URL, 43), "`pscale_tkn_` + 43 base64url", "looked", []),
    ("mapbox_secret_access_token", "Mapbox secret token", mapbox_sk,
     "`sk.` + base64url JSON `{u, a}` + `.` + 22 base64url (real JSON)", "believed", []),
    ("algolia_admin_api_key", "Algolia", R(HEXL, 32), "32 lower-case hex (application id next to it is public)", "believed",
     [(["application", "id"], R(UPPER_ALNUM, 10))]),
    ("cloudinary_api_secret", "Cloudinary", R(B64URL, 27), "27 base64url (15-digit API key next to it is an identifier)", "believed",
     [(["api", "key"], lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)))]),
    ("google_recaptcha_secret_key", "Google reCAPTCHA", lambda r: "6L" + rstr(r, B64URL, 38),
     "`6L` + 38 base64url (secret key; the site key has the same shape and is public)", "believed", []),
    # ---- unused tail (the least central generic services) ----
    ("sparkpost_api_key", "SparkPost", R(HEXL, 40), "40 lower-case hex", "believed", []),
    ("onesignal_rest_api_key", "OneSignal", lambda r: "os_v2_app_" + rstr(r, "abcdefghijklmnopqrstuvwxyz234567", 113),
     "`os_v2_app_` + 113 lower-case base32", "guessed", []),
    ("better_stack_source_token", "Better Stack", R(ALNUM, 24), "24 alphanumerics", "guessed", []),
    ("netlify_personal_access_token", "Netlify", lambda r: "nfp_" + rstr(r, ALNUM, 36), "`nfp_` + 36 alphanumerics", "guessed", []),
    ("maxio_advanced_billing_api_key", "Maxio", R(ALNUM, 43), "43 alphanumerics", "guessed", []),
    ("google_ads_developer_token", "Google Ads", R(B64URL, 22), "22 base64url", "believed", []),
    ("xendit_production_secret_key", "Xendit", lambda r: "xnd_production_" + rstr(r, ALNUM, 60), "`xnd_production_` + 60", "believed", []),
    ("activecampaign_api_key", "ActiveCampaign", R(HEXL, 72), "72 lower-case hex", "guessed", []),
    ("clerk_secret_key", "Clerk", lambda r: "sk_live_" + rstr(r, ALNUM, 40), "`sk_live_` + 40", "believed", []),
    ("cohere_api_key", "Cohere", R(ALNUM, 40), "40 alphanumerics", "believed", []),
    ("stability_ai_api_key", "Stability AI", lambda r: "sk-" + rstr(r, ALNUM, 48), "`sk-` + 48", "believed", []),
    ("weights_and_biases_api_key", "Weights & Biases", R(HEXL, 40), "40 lower-case hex", "believed", []),
    ("fireworks_ai_api_key", "Fireworks AI", lambda r: "fw_" + rstr(r, ALNUM, 24), "`fw_` + 24", "guessed", []),
    ("sonarqube_user_token", "SonarQube", lambda r: "squ_" + rstr(r, HEXL, 40), "`squ_` + 40 hex", "believed", []),
    ("snyk_api_token", "Snyk", uuid4, "UUIDv4", "believed", []),
    ("asana_personal_access_token", "Asana", lambda r: "2/%d/%d:%s" % (r.randint(10 ** 15, 10 ** 16 - 1), r.randint(10 ** 15, 10 ** 16 - 1), rstr(r, HEXL, 32)),
     "`2/` + id + `/` + id + `:` + 32 hex", "believed", []),
    ("trello_api_token", "Trello", lambda r: "ATTA" + rstr(r, HEXL, 64) + rstr(r, HEXU, 8), "`ATTA` + 64 hex + 8 upper hex", "guessed", []),
    ("monday_api_token", "monday.com", jwt_generic("monday"), "HS256 JWT", "believed", []),
    ("posthog_personal_api_key", "PostHog", lambda r: "phx_" + rstr(r, ALNUM, 43), "`phx_` + 43", "believed", []),
    ("imagekit_private_key", "ImageKit", lambda r: "private_" + rstr(r, B64STD, 27) + "=", "`private_` + 27 Base64 + `=`", "guessed", []),
    ("backblaze_b2_application_key", "Backblaze B2", lambda r: "K005" + rstr(r, B64STD, 27), "`K005` + 27", "believed", []),
    ("launchdarkly_server_sdk_key", "LaunchDarkly", lambda r: "sdk-" + uuid4(r), "`sdk-` + UUIDv4", "believed", []),
    ("hcaptcha_secret_key", "hCaptcha", lambda r: "0x" + rstr(r, HEXL, 40), "`0x` + 40 hex", "believed", []),
    ("mixpanel_service_account_secret", "Mixpanel", R(ALNUM, 32), "32 alphanumerics", "guessed", []),
]
KEEP = 120

STYLES = [
    "tunnel_ops_docker_run_env_flags", "wash_club_firebase_functions_config_set",
    "detailing_backend_php_config_array", "tyre_shop_csharp_const_class",
    "fleet_wash_keepass_xml_export", "site_manager_whatsapp_paste",
    "wash_ops_confluence_runbook_table", "lpr_service_kotlin_object_consts",
    "wash_infra_k8s_secret_stringdata_yaml", "chemical_supplier_support_ticket_reply",
    "wash_app_ruby_env_fetch_defaults", "pay_station_vault_kv_json_dump",
]


def secret_words(typ):
    return typ.split("_")


def render(style, typ, vendor, value, neigh, rng):
    """Return a template with «V» for the secret; neighbours are written in the same style."""
    sw = secret_words(typ)
    slug = typ.split("_")[0]
    V = "«V»"
    if style == "tunnel_ops_docker_run_env_flags":
        lines = ["$ docker run -d --restart unless-stopped --name %s-bridge \\" % slug]
        for w, v in neigh:
            lines.append("    -e %s=%s \\" % (key_style([slug] + w, "upper"), v))
        lines.append("    -e %s=%s \\" % (key_style(sw, "upper"), V))
        lines.append("    registry.washops.internal/%s-bridge:2.%d" % (slug, rng.randint(0, 9)))
        return "\n".join(lines) + "\n"
    if style == "wash_club_firebase_functions_config_set":
        parts = ['%s.%s="%s"' % (slug, key_style(w, "snake"), v) for w, v in neigh]
        parts.append('%s.%s="%s"' % (slug, key_style(sw[1:] or sw, "snake"), V))
        return "$ firebase functions:config:set " + " ".join(parts) + "\n✔  Functions config updated.\n"
    if style == "detailing_backend_php_config_array":
        lines = ["<?php", "// config/services.php (%s)" % vendor, "return [", "    '%s' => [" % slug]
        for w, v in neigh:
            lines.append("        '%s' => '%s'," % (key_style(w, "snake"), v))
        lines.append("        '%s' => env('%s', '%s')," % (key_style(sw[1:] or sw, "snake"), key_style(sw, "upper"), V))
        lines += ["    ],", "];"]
        return "\n".join(lines) + "\n"
    if style == "tyre_shop_csharp_const_class":
        lines = ["namespace TyreShop.Integrations;", "", "// %s" % vendor, "internal static class %sSecrets" % slug.capitalize(), "{"]
        for w, v in neigh:
            lines.append('    public const string %s = "%s";' % (key_style(w, "pascal"), v))
        lines.append('    public const string %s = "%s";' % (key_style(sw, "pascal"), V))
        lines.append("}")
        return "\n".join(lines) + "\n"
    if style == "fleet_wash_keepass_xml_export":
        user = neigh[0][1] if neigh else "api"
        extra = "".join("<String><Key>%s</Key><Value>%s</Value></String>" % (key_style(w, "title"), v) for w, v in neigh[1:])
        return ("<Group><Name>Fleet wash integrations</Name>\n<Entry>\n"
                "  <String><Key>Title</Key><Value>%s</Value></String>\n"
                "  <String><Key>UserName</Key><Value>%s</Value></String>\n"
                "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">%s</Value></String>\n"
                "  <String><Key>Notes</Key><Value>%s</Value></String>%s\n"
                "</Entry>\n</Group>\n") % (vendor, user, V, key_style(sw, "spaced"), extra)
    if style == "site_manager_whatsapp_paste":
        nb = "".join(" (%s: %s)" % (key_style(w, "spaced"), v) for w, v in neigh)
        return "[%02d:%02d] Tom – site manager: here's the %s for %s: %s%s\n[%02d:%02d] Tom – site manager: delete after you've saved it pls\n" % (
            rng.randint(6, 20), rng.randint(0, 59), key_style(sw, "spaced"), vendor, V, nb, rng.randint(6, 20), rng.randint(0, 59))
    if style == "wash_ops_confluence_runbook_table":
        lines = ["h3. %s integration" % vendor, "|| Setting || Value || Notes ||"]
        for w, v in neigh:
            lines.append("| %s | %s | |" % (key_style(w, "title"), v))
        lines.append("| %s | %s | rotate yearly |" % (key_style(sw, "title"), V))
        return "\n".join(lines) + "\n"
    if style == "lpr_service_kotlin_object_consts":
        lines = ["package com.sparklewash.lpr.config", "", "object %sConfig {" % slug.capitalize()]
        for w, v in neigh:
            lines.append('    const val %s = "%s"' % (key_style(w, "upper"), v))
        lines.append('    const val %s = "%s"' % (key_style(sw, "upper"), V))
        lines.append("}")
        return "\n".join(lines) + "\n"
    if style == "wash_infra_k8s_secret_stringdata_yaml":
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % slug, "  namespace: wash-prod",
                 "type: Opaque", "stringData:"]
        for w, v in neigh:
            lines.append('  %s: "%s"' % (key_style(w, "upper"), v))
        lines.append('  %s: "%s"' % (key_style(sw, "upper"), V))
        return "\n".join(lines) + "\n"
    if style == "chemical_supplier_support_ticket_reply":
        nb = "".join("%s: %s\n" % (key_style(w, "title"), v) for w, v in neigh)
        return ("Subject: Re: [#%d] integration stopped syncing\n\nHi Sparkle Wash team,\n\n"
                "we re-issued your %s credentials. New %s:\n%s\n%s\nKind regards,\nPartner Support\n") % (
            rng.randint(10000, 99999), vendor, key_style(sw, "spaced"), V, nb)
    if style == "wash_app_ruby_env_fetch_defaults":
        lines = ["# config/initializers/%s.rb" % slug]
        for w, v in neigh:
            k = key_style([slug] + w, "upper")
            lines.append('%s = ENV.fetch("%s", "%s")' % (k, k, v))
        k = key_style(sw, "upper")
        lines.append('%s = ENV.fetch("%s", "%s")' % (k, k, V))
        return "\n".join(lines) + "\n"
    if style == "pay_station_vault_kv_json_dump":
        data = ['        "%s": "%s"' % (key_style(w, "snake"), v) for w, v in neigh]
        data.append('        "%s": "%s"' % (key_style(sw, "snake"), V))
        return ('$ vault kv get -format=json secret/paystation/%s\n{\n  "request_id": "%s",\n  "data": {\n    "data": {\n%s\n    },\n'
                '    "metadata": { "version": %d }\n  }\n}\n') % (slug, uuid4(rng), ",\n".join(data), rng.randint(2, 9))
    raise ValueError(style)


def generate(reg, start_id):
    rng = random.Random(SEED)
    out = []
    for i, (typ, vendor, gen, _shape, _cat, neigh_spec) in enumerate(VENDORS[:KEEP]):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        neigh = [(w, reg.draw(g, rng)) for w, g in neigh_spec]
        tpl = render(style, typ, vendor, value, neigh, rng)
        text, s, e = fill(tpl, value)
        out.append(span_record("p182-s-%04d" % (start_id + i), typ, typ + "__" + style, text, s, e, "vendor"))
    return out
