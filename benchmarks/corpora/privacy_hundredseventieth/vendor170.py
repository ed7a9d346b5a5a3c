"""Vendor source: 120 vendor credential types used by locksmith / access-control developers."""
import json
import random

from common170 import (SLOT, ALNUM, B62, HEXL, HEXU, B64URL, DIGITS, LOWER, UPPER, rs, rbytes, b64, b64url,
                       uuid4, jwt, owner_password, gh_style_token, style_key, pos_record)

SEED = 17002
V = SLOT
B64CH = ALNUM + "+/"


def _pw(r):
    return owner_password(r)


def _sentry_org(r):
    payload = {"iat": 1760000000 + r.randint(0, 9999999), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": "keyworks-" + rs(r, LOWER, 4)}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rs(r, B64CH, 43)


def _glc(r):
    payload = {"o": str(r.randint(100000, 999999)), "n": "dispatch-metrics-" + rs(r, LOWER, 4),
               "k": rs(r, ALNUM, 24), "m": {"r": "prod-us-east-0"}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _ops(r):
    payload = {"signInAddress": "keyworks.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64url(rbytes(r, 16))}, "email": rs(r, LOWER, 12) + "@1passwordserviceaccounts.com",
               "srpX": rs(r, HEXL, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(rbytes(r, 32)),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + "-".join(rs(r, UPPER + DIGITS, n) for n in (6, 11, 5, 5, 5)),
               "throttleSecret": {"seed": rs(r, HEXL, 64), "uuid": rs(r, UPPER + DIGITS, 26)}, "deviceUuid": rs(r, LOWER + DIGITS, 26)}
    return "ops_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _pypi(r):
    raw = b"\x02\x01\x08pypi.org\x02\x01\x01\x00\x02\x01\x06" + rbytes(r, 40) + b"\x00\x02" + rbytes(r, 90)
    return "pypi-" + b64url(raw)


def _mapbox_sk(r):
    mid = b64url(json.dumps({"u": "keyworks-" + rs(r, LOWER, 5), "a": "cl" + rs(r, LOWER + DIGITS, 23)},
                            separators=(",", ":")).encode())
    return "sk." + mid + "." + rs(r, B64URL, 22)


def _ringcentral(r):
    return jwt(r, {"aud": "https://platform.ringcentral.com/restapi/oauth/token", "sub": str(r.randint(10**9, 10**10)),
                   "iss": "https://platform.ringcentral.com", "exp": 3900000000, "iat": 1760000000 + r.randint(0, 9999999),
                   "jti": rs(r, B64URL, 22)}, alg="RS256")


def _monday(r):
    return jwt(r, {"tid": r.randint(10**8, 10**9), "aai": r.randint(10, 99), "uid": r.randint(10**7, 10**8),
                   "iad": "2025-02-1%dT09:12:44.000Z" % r.randint(0, 9), "per": "me:write", "actid": r.randint(10**6, 10**7),
                   "rgn": "use1"})


def _slack_app(r):
    return "xapp-1-A0" + rs(r, UPPER + DIGITS, 9) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, HEXL, 64)


def _slack_user(r):
    return "xoxp-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, HEXL, 32)


def _discord_hook(r):
    return "https://discord.com/api/webhooks/" + str(r.randint(10**17, 10**18)) + "/" + rs(r, B64URL, 68)


def _teams_hook(r):
    return ("https://keyworks.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/" +
            rs(r, HEXL, 32) + "/" + uuid4(r) + "/V2" + rs(r, B64URL, 43))


def _telegram(r):
    return str(r.randint(10**9, 8 * 10**9)) + ":AA" + rs(r, B64URL, 33)


def _entra(r):
    return rs(r, ALNUM, 3) + rs(r, DIGITS, 1) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def _gallagher(r):
    return "-".join(rs(r, HEXU, 4) for _ in range(8))


def _instacode(r):
    return "-".join(rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(5))


def _mews(r):
    return rs(r, HEXU, 32) + "-" + rs(r, HEXU, 31)


def _tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 16) + "-" + rs(r, ALNUM, 33)


# (type, ENV name, generator, status, shape note, optional public neighbour (ENV, generator))
VENDORS = [
    # --- smart locks, access control, key safes, hotel locks, auto keys, dispatch (this world)
    ("seam_smart_lock_api_key", "SEAM_API_KEY", lambda r: "seam_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), "read",
     "`seam_` + 8 + `_` + 24 alphanumerics (38 characters; length seen in a public client check)", None),
    ("august_yale_partner_api_key", "AUGUST_PARTNER_API_KEY", uuid4, "guessed", "UUIDv4", None),
    ("nuki_web_api_token", "NUKI_WEB_API_TOKEN", lambda r: rs(r, HEXL, 40), "guessed", "40 hex", None),
    ("tedee_personal_access_key", "TEDEE_PERSONAL_ACCESS_KEY", lambda r: rs(r, ALNUM, 6) + "." + rs(r, B64URL, 40), "guessed",
     "6 alphanumerics + `.` + 40 base64url", None),
    ("switchbot_open_api_token", "SWITCHBOT_TOKEN", lambda r: rs(r, HEXL, 96), "guessed", "96 hex", None),
    ("switchbot_open_api_client_secret", "SWITCHBOT_SECRET", lambda r: rs(r, HEXL, 32), "guessed", "32 hex", None),
    ("igloohome_api_key", "IGLOOHOME_API_KEY", lambda r: rs(r, ALNUM, 32), "guessed", "32 alphanumerics", None),
    ("remotelock_oauth_client_secret", "REMOTELOCK_CLIENT_SECRET", lambda r: rs(r, HEXL, 64), "guessed", "64 hex",
     ("REMOTELOCK_CLIENT_ID", lambda r: rs(r, HEXL, 64))),
    ("salto_ks_api_client_secret", "SALTO_KS_CLIENT_SECRET", lambda r: rs(r, B64URL, 40), "guessed", "40 base64url",
     ("SALTO_KS_CLIENT_ID", uuid4)),
    ("latch_partner_api_secret", "LATCH_API_SECRET", lambda r: rs(r, ALNUM, 48), "guessed", "48 alphanumerics", None),
    ("brivo_api_client_secret", "BRIVO_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32), "guessed", "32 alphanumerics",
     ("BRIVO_CLIENT_ID", uuid4)),
    ("avigilon_alta_api_token", "ALTA_API_TOKEN", lambda r: rs(r, B62, 64), "guessed", "64 base62", None),
    ("kisi_api_key", "KISI_API_KEY", lambda r: rs(r, HEXL, 32), "guessed", "32 hex", None),
    ("verkada_api_key", "VERKADA_API_KEY", lambda r: "vkd_api_" + rs(r, HEXL, 32), "guessed", "`vkd_api_` + 32 hex (prefix from memory)", None),
    ("genea_access_control_api_key", "GENEA_API_KEY", uuid4, "guessed", "UUIDv4", None),
    ("pdk_io_client_secret", "PDK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64), "guessed", "64 alphanumerics",
     ("PDK_CLIENT_ID", lambda r: rs(r, HEXL, 24))),
    ("paxton_net2_api_client_secret", "NET2_CLIENT_SECRET", uuid4, "guessed", "UUIDv4", None),
    ("gallagher_command_centre_rest_api_key", "GALLAGHER_REST_API_KEY", _gallagher, "guessed",
     "8 groups of 4 upper-case hex separated by `-`", None),
    ("butterflymx_partner_api_key", "BUTTERFLYMX_API_KEY", lambda r: rs(r, HEXL, 40), "guessed", "40 hex", None),
    ("hikcentral_openapi_app_secret", "HIK_OPENAPI_APP_SECRET", lambda r: rs(r, ALNUM, 20), "guessed", "20 alphanumerics",
     ("HIK_OPENAPI_APP_KEY", lambda r: rs(r, DIGITS, 8))),
    ("sentrilock_partner_api_key", "SENTRILOCK_API_KEY", lambda r: rs(r, ALNUM, 32), "guessed", "32 alphanumerics", None),
    ("showingtime_partner_api_key", "SHOWINGTIME_API_KEY", uuid4, "guessed", "UUIDv4", None),
    ("bridge_interactive_server_token", "BRIDGE_SERVER_TOKEN", lambda r: rs(r, HEXL, 32), "known", "32 hex", None),
    ("spark_platform_oauth_client_secret", "SPARK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 25), "guessed", "25 alphanumerics",
     ("SPARK_CLIENT_ID", lambda r: rs(r, LOWER + DIGITS, 25))),
    ("mls_rets_feed_password", "RETS_LOGIN_PASSWORD", _pw, "password", "owner-chosen password", ("RETS_LOGIN_USER", lambda r: "KW" + rs(r, DIGITS, 5))),
    ("mews_connector_access_token", "MEWS_ACCESS_TOKEN", _mews, "guessed", "32 upper hex + `-` + 31 upper hex",
     ("MEWS_CLIENT_NAME", lambda r: "KeyworksEncoderBridge 1.%d" % r.randint(0, 9))),
    ("cloudbeds_property_api_key", "CLOUDBEDS_API_KEY", lambda r: "cbat_" + rs(r, ALNUM, 32), "read", "`cbat_` + 32 alphanumerics", None),
    ("apaleo_app_client_secret", "APALEO_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40), "guessed", "40 alphanumerics", None),
    ("oracle_ohip_app_client_secret", "OHIP_CLIENT_SECRET", lambda r: rs(r, B64URL, 36), "guessed", "36 base64url",
     ("OHIP_APP_KEY", uuid4)),
    ("visionline_web_services_password", "VISIONLINE_WS_PASSWORD", _pw, "password", "owner-chosen password",
     ("VISIONLINE_WS_USER", lambda r: "sym" + rs(r, DIGITS, 3))),
    ("saflok_ambiance_api_key", "AMBIANCE_API_KEY", lambda r: rs(r, HEXU, 48), "guessed", "48 upper hex", None),
    ("nastf_vsp_registry_password", "NASTF_VSP_PASSWORD", _pw, "password", "owner-chosen password", None),
    ("autel_maxiim_cloud_password", "AUTEL_ID_PASSWORD", _pw, "password", "owner-chosen password", None),
    ("xhorse_app_account_password", "XHORSE_ACCOUNT_PASSWORD", _pw, "password", "owner-chosen password", None),
    ("smart_pro_token_account_password", "SMARTPRO_ACCOUNT_PASSWORD", _pw, "password", "owner-chosen password", None),
    ("instacode_licence_key", "INSTACODE_LICENCE_KEY", _instacode, "guessed", "5 groups of 5 (no 0 O 1 I)", None),
    ("agero_swoop_api_token", "SWOOP_API_TOKEN", lambda r: rs(r, B64URL, 43), "guessed", "43 base64url", None),
    ("urgently_partner_api_key", "URGENTLY_API_KEY", lambda r: rs(r, ALNUM, 40), "guessed", "40 alphanumerics", None),
    ("honk_partner_api_key", "HONK_PARTNER_KEY", lambda r: rs(r, HEXL, 48), "guessed", "48 hex", None),
    ("servicem8_api_key", "SERVICEM8_API_KEY", lambda r: "smk-" + rs(r, HEXL, 6) + "-" + rs(r, HEXL, 32), "guessed",
     "`smk-` + 6 hex + `-` + 32 hex (prefix from memory)", None),
    ("workiz_api_secret", "WORKIZ_API_SECRET", lambda r: "sec_" + rs(r, ALNUM, 24), "guessed", "`sec_` + 24 alphanumerics", None),
    ("housecall_pro_webhook_signing_secret", "HCP_WEBHOOK_SECRET", lambda r: rs(r, HEXL, 64), "guessed", "64 hex", None),
    ("fieldedge_api_client_secret", "FIELDEDGE_CLIENT_SECRET", lambda r: rs(r, B64URL, 48), "guessed", "48 base64url", None),
    ("geotab_mygeotab_service_password", "MYGEOTAB_PASSWORD", _pw, "password", "owner-chosen password",
     ("MYGEOTAB_DATABASE", lambda r: "keyworks_" + rs(r, LOWER, 4))),
    ("fleetio_api_token", "FLEETIO_API_TOKEN", lambda r: rs(r, HEXL, 40), "guessed", "40 hex", ("FLEETIO_ACCOUNT_TOKEN", lambda r: rs(r, HEXL, 10))),
    ("five9_api_user_password", "FIVE9_API_PASSWORD", _pw, "password", "owner-chosen password", ("FIVE9_API_USER", lambda r: "api.dispatch" + rs(r, DIGITS, 2))),
    ("aircall_api_token", "AIRCALL_API_TOKEN", lambda r: rs(r, HEXL, 32), "guessed", "32 hex", ("AIRCALL_API_ID", lambda r: rs(r, HEXL, 32))),
    ("dialpad_api_key", "DIALPAD_API_KEY", lambda r: rs(r, ALNUM, 48), "guessed", "48 alphanumerics", None),
    ("genesys_cloud_oauth_client_secret", "GENESYS_CLIENT_SECRET", lambda r: rs(r, B64URL, 43), "guessed", "43 base64url",
     ("GENESYS_CLIENT_ID", uuid4)),
    ("ringcentral_jwt_credential", "RINGCENTRAL_JWT", _ringcentral, "known", "RS256-shaped JWT (real base64url JSON)", None),
    ("plivo_auth_token", "PLIVO_AUTH_TOKEN", lambda r: rs(r, ALNUM, 40), "known", "40 alphanumerics",
     ("PLIVO_AUTH_ID", lambda r: "MA" + rs(r, UPPER + DIGITS, 18))),
    ("vonage_api_secret", "VONAGE_API_SECRET", lambda r: rs(r, ALNUM, 16), "known", "16 alphanumerics",
     ("VONAGE_API_KEY", lambda r: rs(r, HEXL, 8))),
    ("twilio_api_key_secret", "TWILIO_API_SECRET", lambda r: rs(r, ALNUM, 32), "known", "32 alphanumerics",
     ("TWILIO_API_KEY_SID", lambda r: "SK" + rs(r, HEXL, 32))),
    ("stripe_restricted_live_key", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rs(r, B62, 99), "read", "`rk_live_` + 99 base62", None),
    ("paypal_rest_client_secret", "PAYPAL_CLIENT_SECRET", lambda r: "E" + rs(r, B64URL, 79), "guessed", "`E` + 79 base64url",
     ("PAYPAL_CLIENT_ID", lambda r: "A" + rs(r, B64URL, 79))),
    ("braintree_gateway_private_key", "BRAINTREE_PRIVATE_KEY", lambda r: rs(r, HEXL, 32), "known", "32 hex",
     ("BRAINTREE_MERCHANT_ID", lambda r: rs(r, LOWER + DIGITS, 16))),
    ("authorize_net_transaction_key", "AUTHNET_TRANSACTION_KEY", lambda r: rs(r, ALNUM, 16), "known", "16 alphanumerics",
     ("AUTHNET_LOGIN_ID", lambda r: rs(r, ALNUM, 10))),
    ("freshbooks_oauth_client_secret", "FRESHBOOKS_CLIENT_SECRET", lambda r: rs(r, HEXL, 64), "guessed", "64 hex", None),
    ("invoice_ninja_api_token", "NINJA_API_TOKEN", lambda r: rs(r, ALNUM, 64), "guessed", "64 alphanumerics", None),
    ("helcim_api_token", "HELCIM_API_TOKEN", lambda r: rs(r, ALNUM + "_-", 56), "guessed", "56 characters [A-Za-z0-9_-]", None),
    # --- AI, messaging, developer and ops services
    ("openai_admin_api_key", "OPENAI_ADMIN_KEY", lambda r: "sk-admin-" + rs(r, B64URL, 58) + "T3BlbkFJ" + rs(r, B64URL, 58), "read",
     "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", None),
    ("anthropic_admin_api_key", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", "read",
     "`sk-ant-admin01-` + 93 base64url + `AA`", None),
    ("mistral_la_plateforme_api_key", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32), "known", "32 alphanumerics", None),
    ("cohere_production_api_key", "COHERE_API_KEY", lambda r: rs(r, ALNUM, 40), "read", "40 alphanumerics", None),
    ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", lambda r: "sk-" + rs(r, HEXL, 32), "known", "`sk-` + 32 hex", None),
    ("elevenlabs_voice_api_key", "ELEVENLABS_API_KEY", lambda r: "sk_" + rs(r, HEXL, 48), "known", "`sk_` + 48 hex", None),
    ("deepgram_transcription_api_key", "DEEPGRAM_API_KEY", lambda r: rs(r, HEXL, 40), "known", "40 hex", None),
    ("assemblyai_transcription_api_key", "ASSEMBLYAI_API_KEY", lambda r: rs(r, HEXL, 32), "known", "32 hex", None),
    ("fireworks_inference_api_key", "FIREWORKS_API_KEY", lambda r: "fw_" + rs(r, ALNUM, 24), "guessed", "`fw_` + 24 alphanumerics", None),
    ("openrouter_api_key", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rs(r, HEXL, 64), "known", "`sk-or-v1-` + 64 hex", None),
    ("langsmith_personal_api_key", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, HEXL, 32) + "_" + rs(r, HEXL, 10), "known",
     "`lsv2_pt_` + 32 hex + `_` + 10 hex", None),
    ("github_app_installation_token", "GH_INSTALLATION_TOKEN", lambda r: gh_style_token(r, "ghs_"), "read",
     "`ghs_` + 30 base62 + 6-character base62 CRC-32", None),
    ("github_oauth_app_user_token", "GITHUB_OAUTH_TOKEN", lambda r: gh_style_token(r, "gho_"), "read",
     "`gho_` + 30 base62 + 6-character base62 CRC-32", None),
    ("npm_granular_access_token", "NPM_TOKEN", lambda r: gh_style_token(r, "npm_"), "read",
     "`npm_` + 30 base62 + 6-character base62 CRC-32 (checksum layout assumed like GitHub's)", None),
    ("pypi_project_upload_token", "PYPI_UPLOAD_TOKEN", _pypi, "known", "`pypi-` + base64url macaroon starting `AgEIcHlwaS5vcmc`", None),
    ("docker_hub_personal_access_token", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, B64URL, 27), "known",
     "`dckr_pat_` + 27 base64url", ("DOCKERHUB_USERNAME", lambda r: "keyworks" + rs(r, DIGITS, 2))),
    ("gitlab_runner_authentication_token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rs(r, B64URL, 20), "read", "`glrt-` + 20 base64url", None),
    ("gitlab_deploy_token_secret", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + rs(r, B64URL, 20), "read", "`gldt-` + 20 base64url",
     ("GITLAB_DEPLOY_USER", lambda r: "gitlab+deploy-token-" + rs(r, DIGITS, 6))),
    ("hashicorp_vault_service_token", "VAULT_TOKEN", lambda r: "hvs." + rs(r, B64URL, 95), "read", "`hvs.` + 95 [A-Za-z0-9_-]", None),
    ("doppler_personal_token", "DOPPLER_TOKEN", lambda r: "dp.pt." + rs(r, ALNUM, 43), "read", "`dp.pt.` + 43 alphanumerics", None),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", _ops, "read", "`ops_` + standard Base64 of a JSON account blob (`ops_eyJ…`)", None),
    ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36), "read", "`nfp_` + 36 alphanumerics (40 characters; rule: 40-46)", None),
    ("render_api_key", "RENDER_API_KEY", lambda r: "rnd_" + rs(r, ALNUM, 32), "known", "`rnd_` + 32 alphanumerics", None),
    ("linode_personal_access_token", "LINODE_TOKEN", lambda r: rs(r, HEXL, 64), "known", "64 hex", None),
    ("vultr_api_key", "VULTR_API_KEY", lambda r: rs(r, UPPER + DIGITS, 36), "known", "36 upper-case alphanumerics", None),
    ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64), "known", "64 alphanumerics", None),
    ("cloudflare_global_api_key", "CF_GLOBAL_API_KEY", lambda r: rs(r, HEXL, 37), "read", "37 hex",
     ("CF_ACCOUNT_EMAIL", lambda r: "ops@keyworks-locksmiths.example")),
    ("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", lambda r: "v1.0-" + rs(r, HEXL, 24) + "-" + rs(r, HEXL, 146), "read",
     "`v1.0-` + 24 hex + `-` + 146 hex", None),
    ("entra_id_app_client_secret", "AZURE_CLIENT_SECRET", _entra, "read", "3 + digit + `Q~` + 34", ("AZURE_CLIENT_ID", uuid4)),
    ("aws_iam_user_secret_key", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64CH, 40), "known", "40 Base64 characters",
     ("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("dropbox_short_lived_access_token", "DROPBOX_ACCESS_TOKEN", lambda r: "sl." + rs(r, ALNUM + "-_", 135), "read",
     "`sl.` + 135 [A-Za-z0-9_-]", None),
    ("zoho_crm_refresh_token", "ZOHO_REFRESH_TOKEN", lambda r: "1000." + rs(r, HEXL, 32) + "." + rs(r, HEXL, 32), "known",
     "`1000.` + 32 hex + `.` + 32 hex", None),
    ("trello_member_api_token", "TRELLO_TOKEN", lambda r: "ATTA" + rs(r, HEXL, 64) + rs(r, HEXU, 8), "guessed",
     "`ATTA` + 64 hex + 8 upper hex", ("TRELLO_API_KEY", lambda r: rs(r, HEXL, 32))),
    ("monday_com_api_token", "MONDAY_API_TOKEN", _monday, "known", "HS256 JWT (real base64url JSON)", None),
    ("new_relic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rs(r, UPPER + DIGITS, 27), "read", "`NRAK-` + 27 upper alphanumerics", None),
    ("new_relic_ingest_license_key", "NEW_RELIC_LICENSE_KEY", lambda r: rs(r, HEXL, 36) + "NRAL", "known", "36 hex + `NRAL`", None),
    ("sentry_org_auth_token", "SENTRY_AUTH_TOKEN", _sentry_org, "read", "`sntrys_` + Base64 JSON (iat, url, region_url, org) + `_` + 43", None),
    ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", _glc, "read", "`glc_` + Base64 JSON", None),
    ("pagerduty_events_integration_key", "PAGERDUTY_ROUTING_KEY", lambda r: rs(r, HEXL, 32), "known", "32 hex", None),
    ("opsgenie_api_integration_key", "OPSGENIE_API_KEY", uuid4, "known", "UUIDv4", None),
    ("telegram_dispatch_bot_token", "TELEGRAM_BOT_TOKEN", _telegram, "read", "numeric bot id + `:AA` + 33 base64url", None),
    ("whatsapp_cloud_api_access_token", "WHATSAPP_ACCESS_TOKEN", lambda r: "EAAM" + rs(r, ALNUM, 180), "read", "`EAAM` + 180 alphanumerics (rule `EAA[MC]` + 100 or more)",
     ("WHATSAPP_PHONE_NUMBER_ID", lambda r: rs(r, DIGITS, 15))),
    ("slack_app_level_token", "SLACK_APP_TOKEN", _slack_app, "read", "`xapp-1-A…-<13 digits>-<64 hex>`", None),
    ("slack_user_oauth_token", "SLACK_USER_TOKEN", _slack_user, "read", "`xoxp-` numeric groups + 32 hex", None),
    ("discord_channel_webhook_url", "DISCORD_WEBHOOK_URL", _discord_hook, "known", "whole webhook URL (id + 68 base64url token)", None),
    ("teams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", _teams_hook, "read", "whole `webhook.office.com/webhookb2/…` URL", None),
    ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", uuid4, "known", "UUIDv4", None),
    ("sparkpost_api_key", "SPARKPOST_API_KEY", lambda r: rs(r, HEXL, 40), "known", "40 hex", None),
    ("mailgun_sending_api_key", "MAILGUN_SENDING_KEY", lambda r: rs(r, HEXL, 32) + "-" + rs(r, HEXL, 8) + "-" + rs(r, HEXL, 8), "read",
     "32 hex + `-` + 8 hex + `-` + 8 hex (the layout of gitleaks' mailgun signing-key rule)", None),
    ("sendgrid_dispatch_alerts_key", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "read",
     "`SG.` + 22 + `.` + 43 base64url", None),
    ("firebase_cloud_messaging_server_key", "FCM_SERVER_KEY", lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134), "known",
     "`AAAA` + 7 + `:APA91b` + 134 base64url", None),
    ("google_places_server_api_key", "PLACES_SERVER_KEY", lambda r: "AIza" + rs(r, B64URL, 35), "read", "`AIza` + 35 base64url", None),
    ("mapbox_fleet_secret_token", "MAPBOX_SECRET_TOKEN", _mapbox_sk, "known", "`sk.` + base64url JSON + `.` + 22", None),
    ("google_calendar_oauth_client_secret", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rs(r, B64URL, 28), "known", "`GOCSPX-` + 28 base64url",
     ("GOOGLE_CLIENT_ID", lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LOWER + DIGITS, 32) + ".apps.googleusercontent.com")),
    ("pushover_application_token", "PUSHOVER_APP_TOKEN", lambda r: "a" + rs(r, LOWER + DIGITS, 29), "known", "30 lower-case alphanumerics", None),
    ("ngrok_agent_authtoken", "NGROK_AUTHTOKEN", lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21), "known", "`2` + 26 + `_` + 21 alphanumerics", None),
    ("tailscale_device_auth_key", "TS_AUTHKEY", _tailscale, "known", "`tskey-auth-k` + 16 + `-` + 33 alphanumerics", None),
    ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", lambda r: rs(r, B64URL, 27), "known", "27 base64url",
     ("CLOUDINARY_API_KEY", lambda r: rs(r, DIGITS, 15))),
    ("mongodb_atlas_admin_api_private_key", "ATLAS_PRIVATE_KEY", uuid4, "known", "UUIDv4", ("ATLAS_PUBLIC_KEY", lambda r: rs(r, LOWER, 8))),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + rs(r, B64URL, 59) + "=", "guessed", "`A` + 59 base64url + `=`", None),
    # tail (kept only if needed)
    ("level_lock_partner_token", "LEVEL_PARTNER_TOKEN", lambda r: rs(r, HEXL, 32), "guessed", "32 hex", None),
    ("lockly_cloud_api_secret", "LOCKLY_API_SECRET", lambda r: rs(r, ALNUM, 40), "guessed", "40 alphanumerics", None),
    ("keyline_cloud_sync_password", "KEYLINE_SYNC_PASSWORD", _pw, "password", "owner-chosen password", None),
    ("codelocks_netcode_api_key", "CODELOCKS_API_KEY", lambda r: rs(r, ALNUM, 32), "guessed", "32 alphanumerics", None),
    ("onity_direct_key_api_secret", "ONITY_API_SECRET", lambda r: rs(r, HEXL, 48), "guessed", "48 hex", None),
    ("hubstaff_personal_access_token", "HUBSTAFF_TOKEN", lambda r: rs(r, B64URL, 64), "guessed", "64 base64url", None),
]

STYLES = [
    "keying_api_dotenv_staging",
    "dispatch_doppler_secrets_set_history",
    "lockbox_kubectl_from_literal_history",
    "encoder_bridge_python_constants",
    "dispatch_node_env_fallback_js",
    "access_sync_vault_kv_put_history",
    "locksmith_terraform_variable_default",
    "shop_keepassxc_csv_export",
    "tech_teams_chat_paste",
    "dispatch_freshdesk_private_note",
    "owner_email_to_integrator",
    "shop_docker_run_env_history",
]


def render(style, env, typ, nb, r):
    words = env.lower().split("_")
    snake = env.lower()
    nbl = ""
    if nb:
        nbl = f"{nb[0]}={nb[1]}\n"
    if style == "keying_api_dotenv_staging":
        return f"# staging - keying api\nAPP_ENV=staging\n{nbl}{env}={V}\n"
    if style == "dispatch_doppler_secrets_set_history":
        pre = f"  501  doppler secrets set {nb[0]}=\"{nb[1]}\" --project dispatch --config prd\n" if nb else ""
        return f"{pre}  502  doppler secrets set {env}=\"{V}\" --project dispatch --config prd\n  503  doppler run -- npm start\n"
    if style == "lockbox_kubectl_from_literal_history":
        lit = f" --from-literal={style_key(nb[0].lower().split('_'), 'kebab')}={nb[1]}" if nb else ""
        return f"kubectl -n lockbox create secret generic vendor-creds{lit} --from-literal={style_key(words, 'kebab')}={V}\nkubectl -n lockbox rollout restart deploy/lockbox-gw\n"
    if style == "encoder_bridge_python_constants":
        pre = f"{nb[0]} = \"{nb[1]}\"\n" if nb else ""
        return f"# encoder_bridge/settings.py\nTIMEOUT_S = 20\n{pre}{env} = \"{V}\"\n"
    if style == "dispatch_node_env_fallback_js":
        camel = style_key(words, "camel")
        return f"// config/vendors.js\nconst {camel} = process.env.{env} ?? '{V}';\nmodule.exports = {{ {camel} }};\n"
    if style == "access_sync_vault_kv_put_history":
        pre = f" {nb[0].lower()}={nb[1]}" if nb else ""
        return f"$ vault kv put secret/access-sync{pre} {snake}={V}\nKey              Value\n---              -----\nversion          {r.randint(2, 19)}\n"
    if style == "locksmith_terraform_variable_default":
        return f"variable \"{snake}\" {{\n  type      = string\n  sensitive = true\n  default   = \"{V}\"\n}}\n"
    if style == "shop_keepassxc_csv_export":
        title = typ.replace("_", " ").title()
        userf = nb[1] if nb else "api"
        return f"\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Root/Vendors\",\"{title}\",\"{userf}\",\"{V}\",\"\",\"rotated by Ruth\"\n"
    if style == "tech_teams_chat_paste":
        return f"[10:{r.randint(10, 59)}] Sam Okafor\nhere's the {' '.join(words)} for the staging box: {V}\n[10:{r.randint(10, 59)}] Lena Hart\ngot it, deleting this message after\n"
    if style == "dispatch_freshdesk_private_note":
        extra = f"{nb[0]}: {nb[1]}\n" if nb else ""
        return f"Ticket #{r.randint(20000, 99999)} - private note (agent: Ruth)\nVendor integration re-enabled.\n{extra}{env}: {V}\nPlease move this into the vault.\n"
    if style == "owner_email_to_integrator":
        return f"Subject: vendor keys for the new dispatch build\n\nHi Tom,\n\nAs requested, {env} is {V} - the rest is in the shared vault.\n\nRegards,\nRuth\n"
    if style == "shop_docker_run_env_history":
        pre = f" -e {nb[0]}={nb[1]}" if nb else ""
        return f"docker run -d --name vendor-sync{pre} -e {env}={V} registry.lockshop.internal/vendor-sync:2.4\n"
    raise ValueError(style)


def select(deny):
    from common170 import denied
    kept, dropped = [], []
    for v in VENDORS:
        (dropped if denied(v[0], deny) else kept).append(v)
    return kept[:120], dropped, [v[0] for v in kept[120:]]


def generate(reg, start_id, deny):
    r = random.Random(SEED)
    kept, _d, _t = select(deny)
    out = []
    for i, (typ, env, gen, _st, _note, nbspec) in enumerate(kept):
        style = STYLES[i % len(STYLES)]
        value = reg.take(lambda: gen(r))
        nb = (nbspec[0], nbspec[1](r)) if nbspec else None
        tpl = render(style, env, typ, nb, r)
        out.append(pos_record(f"p170-s-{start_id + i:04d}", typ, f"{typ}__{style}", tpl, value, "vendor"))
    return out
