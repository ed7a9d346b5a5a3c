"""Vendor source: 120 vendor credential types used by dog-training, agility and hydrotherapy developers."""
import base64
import json
import random

from common218 import (MARK as M, B62, HEX, LOWER_ALNUM, UPPER_ALNUM, B64URL, B64STD, rs, owner_password,
                       rbytes, uuid4, jwt_hs, jwt_shaped, b64url_json, key_in_style, positive)

SEED = 21802

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
UUIDRX = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
PWRX = r"[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}"
JWTRX = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"

SPECS = []  # (type, cls, shape, gen, regex, neighbour(label, gen) or None)


def v(t, cls, shape, gen, rx, nb=None):
    SPECS.append((t, cls, shape, gen, rx, nb))


def A(alpha, n):
    return lambda r: rs(r, alpha, n)


def P(prefix, alpha, n):
    return lambda r: prefix + rs(r, alpha, n)


def _b64(n):
    return lambda r: base64.b64encode(rbytes(r, n)).decode()


def _pw(r):
    return owner_password(r)


# --- dog-world software --------------------------------------------------------------------------
v("gingr_daycare_api_key", "guessed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("petexec_oauth_client_secret", "guessed", "40 alphanumerics", A(B62, 40), r"[A-Za-z0-9]{40}",
  ("petexec client id", lambda r: rs(r, LOWER_ALNUM, 20)))
v("time_to_pet_api_token", "guessed", "64 lower-case hex", A(HEX, 64), r"[0-9a-f]{64}")
v("revelation_pets_api_key", "guessed", "UUIDv4", uuid4, UUIDRX)
v("ezyvet_partner_client_secret", "guessed", "48 alphanumerics", A(B62, 48), r"[A-Za-z0-9]{48}",
  ("ezyvet client id", lambda r: rs(r, HEX, 32)))
v("provet_cloud_api_token", "guessed", "40 lower-case hex", A(HEX, 40), r"[0-9a-f]{40}")
v("vetstoria_booking_api_key", "guessed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}")
v("petlog_microchip_portal_password", "owner", "owner-chosen password", _pw, PWRX,
  ("petlog account number", lambda r: "PL" + rs(r, "0123456789", 7)))
v("kennel_club_online_services_password", "owner", "owner-chosen password", _pw, PWRX,
  ("kc account email", lambda r: "secretary@hollybankdogs.example"))
v("agilitynet_show_entries_password", "owner", "owner-chosen password", _pw, PWRX,
  ("agilitynet login", lambda r: "clearround.entries"))
v("tractive_gps_account_password", "owner", "owner-chosen password", _pw, PWRX,
  ("tractive login email", lambda r: "trainers@steadyrecall.example"))
v("reolink_pool_camera_admin_password", "owner", "owner-chosen password", _pw, PWRX,
  ("camera admin user", lambda r: "admin"))
v("fitbark_oauth_client_secret", "guessed", "64 lower-case hex", A(HEX, 64), r"[0-9a-f]{64}",
  ("fitbark client id", lambda r: rs(r, HEX, 32)))
v("simplybook_me_secret_key", "guessed", "64 lower-case hex", A(HEX, 64), r"[0-9a-f]{64}",
  ("simplybook company login", lambda r: "steadyrecall"))
v("bookwhen_api_token", "guessed", "32 lower-case alphanumerics", A(LOWER_ALNUM, 32), r"[a-z0-9]{32}")
v("setmore_refresh_token", "guessed", "`r1/` + 50 base64url", P("r1/", B64URL, 50), r"r1/[A-Za-z0-9_-]{50}")
v("bookeo_secret_key", "guessed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}",
  ("bookeo api key", lambda r: rs(r, UPPER_ALNUM, 40)))
v("mindbody_api_key", "guessed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("the_dog_api_key", "believed", "`live_` + 64 alphanumerics", P("live_", B62, 64), r"live_[A-Za-z0-9]{64}")
v("petfinder_api_secret", "believed", "40 alphanumerics", A(B62, 40), r"[A-Za-z0-9]{40}",
  ("petfinder api key", lambda r: rs(r, B62, 50)))
v("rotacloud_api_key", "guessed", "64 lower-case hex", A(HEX, 64), r"[0-9a-f]{64}")
v("deputy_permanent_token", "guessed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("ordnance_survey_data_hub_secret", "guessed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}",
  ("os project api key", lambda r: rs(r, B62, 32)))
v("tomorrow_io_weather_api_key", "guessed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}")
v("shelly_cloud_auth_key", "guessed", "`MTI` + 85 standard Base64 letters and digits",
  P("MTI", B62, 85), r"MTI[A-Za-z0-9]{85}")
v("tuya_iot_access_secret", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}",
  ("tuya access id", lambda r: rs(r, LOWER_ALNUM, 20)))
# --- payments and commerce ---------------------------------------------------------------------
v("square_production_access_token", "believed", "`EAAA` + 60 base64url", P("EAAA", B64URL, 60),
  r"EAAA[A-Za-z0-9_-]{60}")
v("square_webhook_signature_key", "guessed", "22 base64url", A(B64URL, 22), r"[A-Za-z0-9_-]{22}")
v("stripe_restricted_live_key", "believed", "`rk_live_51` + 97 alphanumerics", P("rk_live_51", B62, 97),
  r"rk_live_51[A-Za-z0-9]{97}")
v("stripe_webhook_endpoint_secret", "believed", "`whsec_` + 32 alphanumerics", P("whsec_", B62, 32),
  r"whsec_[A-Za-z0-9]{32}")
v("paypal_rest_client_secret", "believed", "`E` + 79 base64url", P("E", B64URL, 79), r"E[A-Za-z0-9_-]{79}",
  ("paypal client id", lambda r: "A" + rs(r, B64URL, 79)))
v("mollie_live_api_key", "believed", "`live_` + 30 alphanumerics", P("live_", B62, 30), r"live_[A-Za-z0-9]{30}")
v("razorpay_key_secret", "believed", "24 alphanumerics", A(B62, 24), r"[A-Za-z0-9]{24}",
  ("razorpay key id", lambda r: "rzp_live_" + rs(r, B62, 14)))
v("lemon_squeezy_api_key", "guessed", "RS256-shaped JWT (real base64url JSON, random 256-byte signature)",
  lambda r: jwt_shaped(r, {"aud": "94d59cef", "jti": rs(r, HEX, 40), "sub": str(r.randint(100000, 999999)),
                           "scopes": []}, "RS256"), JWTRX)
v("paddle_billing_live_api_key", "guessed", "`pdl_live_apikey_` + 26 lower-case alphanumerics + `_` + 27 alphanumerics",
  lambda r: "pdl_live_apikey_" + rs(r, LOWER_ALNUM, 26) + "_" + rs(r, B62, 27),
  r"pdl_live_apikey_[a-z0-9]{26}_[A-Za-z0-9]{27}")
v("woocommerce_consumer_secret", "believed", "`cs_` + 40 lower-case hex", P("cs_", HEX, 40), r"cs_[0-9a-f]{40}",
  ("woocommerce consumer key", lambda r: "ck_" + rs(r, HEX, 40)))
v("wix_headless_api_key", "guessed", "`IST.` + RS256-shaped JWT",
  lambda r: "IST." + jwt_shaped(r, {"data": json.dumps({"id": uuid4(r), "identity": {"type": "application"}}),
                                    "iat": 1767000000 + r.randint(0, 9000000)}, "RS256"), r"IST\." + JWTRX)
v("eventbrite_private_token", "believed", "20 upper-case alphanumerics", A(UPPER_ALNUM, 20), r"[A-Z0-9]{20}")
v("zoho_books_refresh_token", "believed", "`1000.` + 32 lower-case hex + `.` + 32 lower-case hex",
  lambda r: "1000." + rs(r, HEX, 32) + "." + rs(r, HEX, 32), r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}")
v("freeagent_oauth_client_secret", "guessed", "22 base64url", A(B64URL, 22), r"[A-Za-z0-9_-]{22}",
  ("freeagent oauth identifier", lambda r: rs(r, B64URL, 22)))
# --- e-mail, SMS, chat, push --------------------------------------------------------------------
v("sendgrid_api_key", "believed", "`SG.` + 22 base64url + `.` + 43 base64url",
  lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}")
v("resend_api_key", "believed", "`re_` + 8 alphanumerics + `_` + 24 alphanumerics",
  lambda r: "re_" + rs(r, B62, 8) + "_" + rs(r, B62, 24), r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}")
v("mailerlite_api_token", "guessed", "RS256-shaped JWT (real base64url JSON, random signature)",
  lambda r: jwt_shaped(r, {"aud": "4", "jti": rs(r, HEX, 80), "iat": 1767000000 + r.randint(0, 9000000),
                           "sub": str(r.randint(100000, 999999)), "scopes": []}, "RS256"), JWTRX)
v("mailersend_api_token", "believed", "`mlsn.` + 64 lower-case hex", P("mlsn.", HEX, 64), r"mlsn\.[0-9a-f]{64}")
v("sparkpost_api_key", "believed", "40 lower-case hex", A(HEX, 40), r"[0-9a-f]{40}")
v("postmark_server_api_token", "believed", "UUIDv4", uuid4, UUIDRX)
v("mailjet_api_secret_key", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}",
  ("mailjet api key", lambda r: rs(r, HEX, 32)))
v("mandrill_transactional_api_key", "believed", "`md-` + 22 base64url", P("md-", B64URL, 22), r"md-[A-Za-z0-9_-]{22}")
v("brevo_smtp_relay_key", "believed", "`xsmtpsib-` + 64 lower-case hex + `-` + 16 alphanumerics",
  lambda r: "xsmtpsib-" + rs(r, HEX, 64) + "-" + rs(r, B62, 16), r"xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}")
v("vonage_api_secret", "believed", "16 alphanumerics", A(B62, 16), r"[A-Za-z0-9]{16}",
  ("vonage api key", lambda r: rs(r, HEX, 8)))
v("plivo_auth_token", "believed", "40 alphanumerics", A(B62, 40), r"[A-Za-z0-9]{40}",
  ("plivo auth id", lambda r: "MA" + rs(r, UPPER_ALNUM, 18)))
v("clicksend_api_key", "guessed", "upper-case UUIDv4", lambda r: uuid4(r).upper(), UUIDRX.upper().replace("[89AB]", "[89AB]"),
  ("clicksend username", lambda r: "hollybank.dogs"))
v("textlocal_api_key", "guessed", "44 base64url", A(B64URL, 44), r"[A-Za-z0-9_-]{44}")
v("twilio_api_key_secret", "believed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}",
  ("twilio api key sid", lambda r: "SK" + rs(r, HEX, 32)))
v("whatsapp_cloud_system_user_token", "believed", "`EAA` + 200 alphanumerics", P("EAA", B62, 200),
  r"EAA[A-Za-z0-9]{200}")
v("telegram_class_reminder_bot_token", "believed", "10 digits + `:AA` + 33 base64url",
  lambda r: str(r.randint(6000000000, 7999999999)) + ":AA" + rs(r, B64URL, 33), r"[0-9]{10}:AA[A-Za-z0-9_-]{33}")
v("discord_results_webhook_url", "believed", "whole `discord.com/api/webhooks/<19 digits>/<68 base64url>` URL",
  lambda r: "https://discord.com/api/webhooks/" + str(r.randint(10 ** 18, 10 ** 19 - 1)) + "/" + rs(r, B64URL, 68),
  r"https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}")
v("teams_incoming_webhook_url", "believed",
  "whole `<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>/V2<43 base64url>` URL",
  lambda r: ("https://hollybankdogs.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) +
             "/IncomingWebhook/" + rs(r, HEX, 32) + "/" + uuid4(r) + "/V2" + rs(r, B64URL, 43)),
  r"https://hollybankdogs\.webhook\.office\.com/webhookb2/" + UUIDRX + "@" + UUIDRX + r"/IncomingWebhook/[0-9a-f]{32}/"
  + UUIDRX + r"/V2[A-Za-z0-9_-]{43}")
v("pusher_channels_app_secret", "believed", "20 lower-case hex", A(HEX, 20), r"[0-9a-f]{20}",
  ("pusher app key", lambda r: rs(r, HEX, 20)))
v("ably_root_api_key", "believed", "`<6 app>.<6 key>:<43 base64url>` (whole key)",
  lambda r: rs(r, B64URL.replace("-", "").replace("_", ""), 6) + "." + rs(r, B62, 6) + ":" + rs(r, B64URL, 43),
  r"[A-Za-z0-9]{6}\.[A-Za-z0-9]{6}:[A-Za-z0-9_-]{43}")
v("onesignal_rest_api_key", "guessed", "`os_v2_app_` + 113 lower-case Base32", P("os_v2_app_", B32L, 113),
  r"os_v2_app_[a-z2-7]{113}")
v("fcm_legacy_server_key", "believed", "`AAAA` + 7 base64url + `:APA91b` + 134 base64url",
  lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134), r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}")
# --- AI -------------------------------------------------------------------------------------------
v("openai_admin_key", "guessed", "`sk-admin-` + 74 base64url + `T3BlbkFJ` + 74 base64url",
  lambda r: "sk-admin-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74),
  r"sk-admin-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}")
v("anthropic_admin_key", "believed", "`sk-ant-admin01-` + 93 base64url + `AA`",
  lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA")
v("mistral_la_plateforme_api_key", "believed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}")
v("cohere_production_api_key", "believed", "40 alphanumerics", A(B62, 40), r"[A-Za-z0-9]{40}")
v("deepseek_api_key", "believed", "`sk-` + 32 lower-case hex", P("sk-", HEX, 32), r"sk-[0-9a-f]{32}")
v("xai_grok_api_key", "believed", "`xai-` + 80 alphanumerics", P("xai-", B62, 80), r"xai-[A-Za-z0-9]{80}")
v("elevenlabs_api_key", "believed", "`sk_` + 48 lower-case hex", P("sk_", HEX, 48), r"sk_[0-9a-f]{48}")
v("assemblyai_api_key", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("deepgram_api_key", "believed", "40 lower-case hex", A(HEX, 40), r"[0-9a-f]{40}")
v("openrouter_api_key", "believed", "`sk-or-v1-` + 64 lower-case hex", P("sk-or-v1-", HEX, 64), r"sk-or-v1-[0-9a-f]{64}")
v("hugging_face_fine_grained_token", "believed", "`hf_` + 34 letters", P("hf_", UP + LOW, 34), r"hf_[A-Za-z]{34}")
v("fal_ai_api_key", "believed", "UUIDv4 + `:` + 32 lower-case hex", lambda r: uuid4(r) + ":" + rs(r, HEX, 32),
  UUIDRX + r":[0-9a-f]{32}")
v("cerebras_api_key", "guessed", "`csk-` + 48 lower-case alphanumerics", P("csk-", LOWER_ALNUM, 48), r"csk-[a-z0-9]{48}")
v("jina_ai_api_key", "guessed", "`jina_` + 60 alphanumerics", P("jina_", B62, 60), r"jina_[A-Za-z0-9]{60}")
v("langfuse_secret_key", "believed", "`sk-lf-` + UUIDv4", lambda r: "sk-lf-" + uuid4(r), "sk-lf-" + UUIDRX,
  ("langfuse public key", lambda r: "pk-lf-" + uuid4(r)))
v("qdrant_cloud_api_key", "guessed", "43 base64url", A(B64URL, 43), r"[A-Za-z0-9_-]{43}")
v("azure_openai_resource_key", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
# --- developer platforms ----------------------------------------------------------------------------
v("github_app_installation_token", "believed", "`ghs_` + 36 alphanumerics", P("ghs_", B62, 36), r"ghs_[A-Za-z0-9]{36}")
v("github_oauth_app_client_secret", "believed", "40 lower-case hex", A(HEX, 40), r"[0-9a-f]{40}",
  ("github oauth client id", lambda r: "Ov23li" + rs(r, B62, 14)))
v("gitlab_runner_authentication_token", "believed", "`glrt-` + 20 base64url", P("glrt-", B64URL, 20),
  r"glrt-[A-Za-z0-9_-]{20}")
v("gitlab_pipeline_trigger_token", "believed", "`glptt-` + 40 lower-case hex", P("glptt-", HEX, 40), r"glptt-[0-9a-f]{40}")
v("atlassian_cloud_api_token", "believed", "`ATATT3xFfGF0` + 170 base64url + `=` + 8 upper-case hex",
  lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, "0123456789ABCDEF", 8),
  r"ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}")
v("bitbucket_repository_access_token", "believed", "`ATCTT3xFfGN0` + 170 base64url + `=` + 8 upper-case hex",
  lambda r: "ATCTT3xFfGN0" + rs(r, B64URL, 170) + "=" + rs(r, "0123456789ABCDEF", 8),
  r"ATCTT3xFfGN0[A-Za-z0-9_-]{170}=[0-9A-F]{8}")
v("azure_devops_personal_access_token", "believed", "52 lower-case Base32", A(B32L, 52), r"[a-z2-7]{52}")
v("docker_hub_personal_access_token", "believed", "`dckr_pat_` + 27 base64url", P("dckr_pat_", B64URL, 27),
  r"dckr_pat_[A-Za-z0-9_-]{27}")
v("pypi_upload_token", "believed", "`pypi-AgEIcHlwaS5vcmc` + 150 base64url", P("pypi-AgEIcHlwaS5vcmc", B64URL, 150),
  r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{150}")
v("nuget_org_api_key", "believed", "`oy2` + 43 lower-case alphanumerics", P("oy2", LOWER_ALNUM, 43), r"oy2[a-z0-9]{43}")
v("crates_io_api_token", "believed", "`cio` + 32 alphanumerics", P("cio", B62, 32), r"cio[A-Za-z0-9]{32}")
v("terraform_cloud_team_token", "believed", "14 alphanumerics + `.atlasv1.` + 67 alphanumerics",
  lambda r: rs(r, B62, 14) + ".atlasv1." + rs(r, B62, 67), r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}")
v("netlify_personal_access_token", "believed", "`nfp_` + 36 alphanumerics", P("nfp_", B62, 36), r"nfp_[A-Za-z0-9]{36}")
v("supabase_service_role_jwt", "believed", "real HS256 JWT (role service_role; HMAC under a discarded key)",
  lambda r: jwt_hs(r, {"iss": "supabase", "ref": rs(r, LOW, 20), "role": "service_role",
                       "iat": 1760000000 + r.randint(0, 9000000), "exp": 2075000000 + r.randint(0, 9000000)}), JWTRX)
v("supabase_management_token", "believed", "`sbp_` + 40 lower-case hex", P("sbp_", HEX, 40), r"sbp_[0-9a-f]{40}")
v("planetscale_service_token", "believed", "`pscale_tkn_` + 43 base64url", P("pscale_tkn_", B64URL, 43),
  r"pscale_tkn_[A-Za-z0-9_-]{43}", ("planetscale service token id", lambda r: rs(r, LOWER_ALNUM, 12)))
v("neon_console_api_key", "guessed", "`napi_` + 64 lower-case alphanumerics", P("napi_", LOWER_ALNUM, 64),
  r"napi_[a-z0-9]{64}")
v("upstash_redis_rest_token", "guessed", "`AX` + 70 base64url", P("AX", B64URL, 70), r"AX[A-Za-z0-9_-]{70}")
v("mongodb_atlas_api_private_key", "believed", "UUIDv4", uuid4, UUIDRX,
  ("atlas api public key", lambda r: rs(r, LOW, 8)))
v("railway_account_token", "believed", "UUIDv4", uuid4, UUIDRX)
v("cloudflare_global_api_key", "believed", "37 lower-case hex", A(HEX, 37), r"[0-9a-f]{37}",
  ("cloudflare account email", lambda r: "ops@hollybankdogs.example"))
v("cloudflare_origin_ca_key", "believed", "`v1.0-` + 24 lower-case hex + `-` + 146 lower-case hex",
  lambda r: "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146), r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}")
v("cloudflare_turnstile_secret_key", "believed", "`0x4AAAAAAA` + 30 base64url", P("0x4AAAAAAA", B64URL, 30),
  r"0x4AAAAAAA[A-Za-z0-9_-]{30}")
v("hashicorp_vault_service_token", "believed", "`hvs.` + 24 alphanumerics", P("hvs.", B62, 24), r"hvs\.[A-Za-z0-9]{24}")
v("grafana_service_account_token", "believed", "`glsa_` + 32 alphanumerics + `_` + 8 lower-case hex",
  lambda r: "glsa_" + rs(r, B62, 32) + "_" + rs(r, HEX, 8), r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}")
v("grafana_cloud_access_policy_token", "believed", "`glc_` + standard Base64 of JSON (real JSON, random key material)",
  lambda r: "glc_" + base64.b64encode(json.dumps({"o": str(r.randint(100000, 999999)), "n": "ring-laptops",
                                                   "k": rs(r, B62, 24), "m": {"r": "prod-gb-south-0"}},
                                                  separators=(",", ":")).encode()).decode(),
  r"glc_eyJ[A-Za-z0-9+/=]+")
v("new_relic_user_api_key", "believed", "`NRAK-` + 27 upper-case alphanumerics", P("NRAK-", UPPER_ALNUM, 27),
  r"NRAK-[A-Z0-9]{27}")
v("pagerduty_rest_api_key", "believed", "`u+` + 18 base64url", P("u+", B64URL, 18), r"u\+[A-Za-z0-9_-]{18}")
v("sentry_org_auth_token", "believed", "`sntrys_` + base64url JSON (real) + `_` + 43 base64url",
  lambda r: "sntrys_" + b64url_json({"iat": 1767000000 + r.randint(0, 9000000), "url": "https://sentry.io",
                                     "region_url": "https://de.sentry.io", "org": "hollybank-dogs"})
  + "_" + rs(r, B64URL, 43), r"sntrys_eyJ[A-Za-z0-9_-]+_[A-Za-z0-9_-]{43}")
v("rollbar_project_access_token", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("opsgenie_api_integration_key", "believed", "UUIDv4", uuid4, UUIDRX)
v("posthog_personal_api_key", "believed", "`phx_` + 43 alphanumerics", P("phx_", B62, 43), r"phx_[A-Za-z0-9]{43}")
v("launchdarkly_server_sdk_key", "believed", "`sdk-` + UUIDv4", lambda r: "sdk-" + uuid4(r), "sdk-" + UUIDRX)
v("codecov_upload_token", "believed", "UUIDv4", uuid4, UUIDRX)
v("ngrok_agent_authtoken", "believed", "27 alphanumerics + `_` + 21 alphanumerics",
  lambda r: rs(r, B62, 27) + "_" + rs(r, B62, 21), r"[A-Za-z0-9]{27}_[A-Za-z0-9]{21}")
v("tailscale_device_auth_key", "believed", "`tskey-auth-k` + 12 alphanumerics + `CNTRL-` + 33 alphanumerics",
  lambda r: "tskey-auth-k" + rs(r, B62, 12) + "CNTRL-" + rs(r, B62, 33), r"tskey-auth-k[A-Za-z0-9]{12}CNTRL-[A-Za-z0-9]{33}")
v("bitwarden_secrets_manager_access_token", "believed",
  "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes",
  lambda r: "0." + uuid4(r) + "." + rs(r, B62, 30) + ":" + base64.b64encode(rbytes(r, 16)).decode(),
  r"0\." + UUIDRX + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==")
# --- productivity, CMS, media, maps ------------------------------------------------------------------
v("mapbox_secret_access_token", "believed", "`sk.` + base64url JSON (real) + `.` + 22 base64url",
  lambda r: "sk." + b64url_json({"u": "hollybankdogs", "a": rs(r, LOWER_ALNUM, 25)}) + "." + rs(r, B64URL, 22),
  r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}")
v("google_maps_server_api_key", "believed", "`AIza` + 35 base64url", P("AIza", B64URL, 35), r"AIza[A-Za-z0-9_-]{35}")
v("recaptcha_v3_secret_key", "believed", "`6L` + 38 base64url", P("6L", B64URL, 38), r"6L[A-Za-z0-9_-]{38}")
v("hcaptcha_account_secret", "believed", "`0x` + 40 lower-case hex", P("0x", HEX, 40), r"0x[0-9a-f]{40}")
v("linear_personal_api_key", "believed", "`lin_api_` + 40 alphanumerics", P("lin_api_", B62, 40), r"lin_api_[A-Za-z0-9]{40}")
v("asana_personal_access_token", "believed", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex",
  lambda r: "2/" + rs(r, "0123456789", 16) + "/" + rs(r, "0123456789", 16) + ":" + rs(r, HEX, 32),
  r"2/[0-9]{16}/[0-9]{16}:[0-9a-f]{32}")
v("clickup_personal_api_token", "believed", "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics",
  lambda r: "pk_" + rs(r, "0123456789", 8) + "_" + rs(r, UPPER_ALNUM, 32), r"pk_[0-9]{8}_[A-Z0-9]{32}")
v("monday_com_api_token", "believed", "real HS256 JWT (HMAC under a discarded key)",
  lambda r: jwt_hs(r, {"tid": r.randint(100000000, 999999999), "aai": 11, "uid": r.randint(10000000, 99999999),
                       "iad": "2026-01-14T09:12:44.000Z", "per": "me:write", "rgn": "euc1"}), JWTRX)
v("trello_api_token", "believed", "`ATTA` + 64 lower-case hex + 8 upper-case hex",
  lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, "0123456789ABCDEF", 8), r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
  ("trello api key", lambda r: rs(r, HEX, 32)))
v("figma_personal_access_token", "believed", "`figd_` + 40 base64url", P("figd_", B64URL, 40), r"figd_[A-Za-z0-9_-]{40}")
v("contentful_management_token", "believed", "`CFPAT-` + 43 base64url", P("CFPAT-", B64URL, 43), r"CFPAT-[A-Za-z0-9_-]{43}")
v("sanity_robot_token", "believed", "`sk` + 80 alphanumerics", P("sk", B62, 80), r"sk[A-Za-z0-9]{80}")
v("ghost_admin_api_key", "believed", "24 lower-case hex id + `:` + 64 lower-case hex secret (whole key)",
  lambda r: rs(r, HEX, 24) + ":" + rs(r, HEX, 64), r"[0-9a-f]{24}:[0-9a-f]{64}")
v("webflow_site_api_token", "guessed", "64 lower-case hex", A(HEX, 64), r"[0-9a-f]{64}")
v("algolia_admin_api_key", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}",
  ("algolia application id", lambda r: rs(r, UPPER_ALNUM, 10)))
v("imagekit_private_api_key", "believed", "`private_` + 28 standard Base64", P("private_", B64STD, 28),
  r"private_[A-Za-z0-9+/]{28}")
v("vimeo_personal_access_token", "believed", "32 lower-case hex", A(HEX, 32), r"[0-9a-f]{32}")
v("make_com_api_token", "guessed", "UUIDv4", uuid4, UUIDRX)
v("n8n_public_api_key", "guessed", "real HS256 JWT (HMAC under a discarded key)",
  lambda r: jwt_hs(r, {"sub": uuid4(r), "iss": "n8n", "aud": "public-api", "iat": 1767000000 + r.randint(0, 9000000)}),
  JWTRX)
v("coda_api_token", "believed", "UUIDv4", uuid4, UUIDRX)
v("calendly_personal_access_token", "guessed", "real HS256 JWT with `kid` (HMAC under a discarded key)",
  lambda r: jwt_hs(r, {"iss": "https://auth.calendly.com", "iat": 1767000000 + r.randint(0, 9000000),
                       "jti": uuid4(r), "user_uuid": uuid4(r)}, "HS256", kid="1ce1e136"), JWTRX)
v("google_oauth_refresh_token", "believed", "`1//0` + 101 base64url", P("1//0", B64URL, 101), r"1//0[A-Za-z0-9_-]{101}",
  ("google oauth client id", lambda r: rs(r, "0123456789", 12) + "-" + rs(r, LOWER_ALNUM, 32) + ".apps.googleusercontent.com"))
v("gmail_smtp_app_password", "believed", "16 lower-case letters in four space-separated groups of four",
  lambda r: " ".join(rs(r, LOW, 4) for _ in range(4)), r"[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}",
  ("gmail address", lambda r: "steadyrecall.classes@gmail.example"))
v("microsoft_entra_client_secret", "believed", "3 alphanumerics + digit + `Q~` + 34 of `[A-Za-z0-9_.~-]`",
  lambda r: rs(r, B62, 3) + rs(r, "0123456789", 1) + "Q~" + rs(r, B62 + "_.~-", 34),
  r"[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_.~-]{34}", ("entra application client id", uuid4))
v("azure_communication_services_access_key", "believed", "standard Base64 of 64 random bytes (88 characters)",
  _b64(64), r"[A-Za-z0-9+/]{86}==")
v("azure_service_bus_shared_access_key", "believed", "standard Base64 of 32 random bytes (44 characters)",
  _b64(32), r"[A-Za-z0-9+/]{43}=")
v("digitalocean_spaces_secret_key", "believed", "43 of the standard Base64 alphabet", A(B64STD, 43), r"[A-Za-z0-9+/]{43}",
  ("spaces access key", lambda r: "DO00" + rs(r, UPPER_ALNUM, 16)))
v("ovhcloud_application_secret", "guessed", "32 alphanumerics", A(B62, 32), r"[A-Za-z0-9]{32}",
  ("ovh application key", lambda r: rs(r, B62, 16)))

NOT_CODED = [
    ("checkfront_api_secret", "shape unknown; bookings are covered by SimplyBook.me, Bookwhen, Setmore and Bookeo"),
    ("uploadcare_secret_key", "shape guessed; media is covered by ImageKit"),
    ("mux_video_token_secret", "shape guessed and a weak link to a dog club"),
    ("smartsheet_access_token", "length only vaguely remembered; rota tools are covered by RotaCloud"),
]

SET_ASIDE = {
    "mindbody_api_key": "shape guessed (32 hex); class bookings are covered by SimplyBook.me, Bookwhen, Setmore and Bookeo",
    "tomorrow_io_weather_api_key": "shape guessed; weather for outdoor rings is a weak link",
    "shelly_cloud_auth_key": "shape guessed (prefix only vaguely remembered); pool devices are covered by Tuya and Reolink",
    "square_webhook_signature_key": "shape guessed; Square is covered by its access token",
    "freeagent_oauth_client_secret": "shape guessed; accounting is covered by Zoho Books",
    "textlocal_api_key": "shape guessed; SMS is covered by Vonage, Plivo, ClickSend and Twilio",
    "onesignal_rest_api_key": "body length guessed; push is covered by the FCM server key",
    "cerebras_api_key": "shape guessed; AI vendors are well covered",
    "jina_ai_api_key": "shape guessed; AI vendors are well covered",
    "qdrant_cloud_api_key": "shape guessed; vector stores are a weak link here",
    "upstash_redis_rest_token": "shape guessed",
    "neon_console_api_key": "shape guessed; database platforms are covered by Supabase, PlanetScale and MongoDB Atlas",
    "webflow_site_api_token": "shape guessed; site builders are covered by Wix, Ghost, Contentful and Sanity",
    "make_com_api_token": "shape guessed (bare UUID); automation is covered by n8n",
    "ovhcloud_application_secret": "shape guessed; hosting is well covered",
    "azure_openai_resource_key": "another bare 32-hex value; Azure is covered by Entra, Communication Services and Service Bus",
    "vimeo_personal_access_token": "another bare 32-hex value",
    "rollbar_project_access_token": "another bare 32-hex value; monitoring is covered by Sentry, Grafana, New Relic and PagerDuty",
    "codecov_upload_token": "another bare UUID; CI is covered elsewhere",
    "coda_api_token": "another bare UUID and a weak link",
    "sparkpost_api_key": "e-mail is covered by SendGrid, Resend, MailerLite, MailerSend, Postmark, Mailjet, Mandrill and Brevo",
    "deputy_permanent_token": "shape guessed; rota tools are covered by RotaCloud",
    "deepgram_api_key": "speech is covered by AssemblyAI and ElevenLabs",
    "opsgenie_api_integration_key": "another bare UUID; alerting is covered by PagerDuty",
}

KEPT = [s for s in SPECS if s[0] not in SET_ASIDE]

STYLES = [
    ("dogclub_site_dotenv_production", "upper"),
    ("booking_compose_environment_map", "upper"),
    ("kennel_ops_railway_variables_set_history", "upper"),
    ("kennel_ops_gh_secret_set_history", "upper"),
    ("hydro_app_kotlin_companion_object", "upper"),
    ("results_service_python_settings_module", "upper"),
    ("class_app_nextjs_server_config_ts", "camel"),
    ("ring_card_service_go_config_struct", "pascal"),
    ("vet_referral_api_appsettings_production_json", "pascal"),
    ("kennel_desk_php_env_array", "snake"),
    ("field_hire_terraform_tfvars_json", "snake"),
    ("club_ops_ansible_group_vars_yml", "snake"),
    ("trainer_signal_group_paste", "spaced"),
    ("hydro_clinic_helpdesk_internal_note", "spaced"),
    ("club_bitwarden_json_export", "title"),
    ("class_pass_swift_secrets_enum", "camel"),
]


def render(style, key, nb):
    """nb: (neighbour key, neighbour value) or None."""
    nk, nv = nb if nb else (None, None)
    if style == "dogclub_site_dotenv_production":
        return ("APP_ENV=production\n" + (f"{nk}={nv}\n" if nb else "") + f"{key}={M}\nLOG_CHANNEL=stack\n")
    if style == "booking_compose_environment_map":
        return ("services:\n  bookings:\n    image: steadyrecall/bookings:2.3\n    environment:\n"
                + (f"      {nk}: \"{nv}\"\n" if nb else "") + f"      {key}: \"{M}\"\n")
    if style == "kennel_ops_railway_variables_set_history":
        return ("$ railway link --project dogclub-bookings\n" + (f"$ railway variables --set \"{nk}={nv}\"\n" if nb else "")
                + f"$ railway variables --set \"{key}={M}\"\n$ railway up --detach\n")
    if style == "kennel_ops_gh_secret_set_history":
        return ((f"gh secret set {nk} --body \"{nv}\" --repo hollybank/kennel-desk\n" if nb else "")
                + f"gh secret set {key} --body \"{M}\" --repo hollybank/kennel-desk\ngh workflow run deploy.yml\n")
    if style == "hydro_app_kotlin_companion_object":
        return ("class HydroConfig {\n    companion object {\n" + (f"        const val {nk} = \"{nv}\"\n" if nb else "")
                + f"        const val {key} = \"{M}\"\n    }}\n}}\n")
    if style == "results_service_python_settings_module":
        return ("# results/settings/production.py\nfrom .base import *  # noqa\n\n"
                + (f"{nk} = \"{nv}\"\n" if nb else "") + f"{key} = \"{M}\"\n")
    if style == "class_app_nextjs_server_config_ts":
        return ("// lib/server-config.ts  (server only)\nexport const serverConfig = {\n"
                + (f"  {nk}: \"{nv}\",\n" if nb else "") + f"  {key}: \"{M}\",\n}} as const;\n")
    if style == "ring_card_service_go_config_struct":
        return ("var prodConfig = Config{\n\tRingCount: 3,\n" + (f"\t{nk}: \"{nv}\",\n" if nb else "")
                + f"\t{key}: \"{M}\",\n}}\n")
    if style == "vet_referral_api_appsettings_production_json":
        return ("{\n  \"Integrations\": {\n" + (f"    \"{nk}\": \"{nv}\",\n" if nb else "")
                + f"    \"{key}\": \"{M}\"\n  }},\n  \"AllowedHosts\": \"*\"\n}}\n")
    if style == "kennel_desk_php_env_array":
        return ("<?php\n// .env.local.php (composer dump-env prod)\nreturn array (\n  'APP_ENV' => 'prod',\n"
                + (f"  '{nk}' => '{nv}',\n" if nb else "") + f"  '{key}' => '{M}',\n);\n")
    if style == "field_hire_terraform_tfvars_json":
        return ("{\n  \"region\": \"eu-west-2\",\n" + (f"  \"{nk}\": \"{nv}\",\n" if nb else "")
                + f"  \"{key}\": \"{M}\"\n}}\n")
    if style == "club_ops_ansible_group_vars_yml":
        return ("---\n# group_vars/dogclub_web.yml (TODO: ansible-vault encrypt this file)\nnginx_worker_processes: 2\n"
                + (f"{nk}: \"{nv}\"\n" if nb else "") + f"{key}: \"{M}\"\n")
    if style == "trainer_signal_group_paste":
        return ("Jess: does anyone have the login for the thing the new booking page uses?\nRob: "
                + (f"{nk} {nv}, " if nb else "") + f"{key} {M}\nJess: cheers, deleting this message after\n")
    if style == "hydro_clinic_helpdesk_internal_note":
        return ("Internal note (not visible to client)\nSet up the integration for the clinic again.\n"
                + (f"{nk}: {nv}\n" if nb else "") + f"{key}: {M}\nClosing after the client confirms.\n")
    if style == "club_bitwarden_json_export":
        user = nv if nb else "api"
        extra = f"\"{nk.title()}\"" if nb else "\"-\""
        return ("{\n  \"items\": [\n    {\n      \"type\": 1,\n" + f"      \"name\": \"{key}\",\n"
                + f"      \"notes\": {extra},\n      \"login\": {{ \"username\": \"{user}\", \"password\": \"{M}\" }}\n"
                + "    }\n  ]\n}\n")
    if style == "class_pass_swift_secrets_enum":
        return ("enum Secrets {\n" + (f"    static let {nk} = \"{nv}\"\n" if nb else "")
                + f"    static let {key} = \"{M}\"\n}}\n")
    raise KeyError(style)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (t, cls, shape, gen, rx, nb) in enumerate(KEPT):
        style, case = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        key = key_in_style(t.split("_"), case)
        nbv = None
        if nb:
            nlabel, ngen = nb
            varying = ngen(random.Random(0)) != ngen(random.Random(1))
            nval = reg.draw(lambda: ngen(rng)) if varying else ngen(rng)
            nbv = (key_in_style(nlabel.split(), case), nval)
        recs.append(positive(t, t + "__" + style, render(style, key, nbv), value, "vendor"))
    return recs
