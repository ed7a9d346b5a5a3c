"""Vendor records: real vendors' credentials used by driving-school / traffic-school developers."""
import base64
import json
import random

from common172 import (SLOT as V, b62, hexl, hexu, b64, b64url, b64url_json, uuid4, digits, lowd, rs,
                       owner_pw, jwt_hs256, rbytes, keyname, positive)

SEED = 17202
URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _svc_1password(r):
    obj = {"signInAddress": "drivewell.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": b64url(r, 16)}, "email": lowd(r, 26) + "@1passwordserviceaccounts.eu",
           "srpX": hexl(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(r, 32), "key_ops": ["encrypt", "decrypt"],
           "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 11) + "-"
           + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5),
           "throttleSecret": {"seed": hexl(r, 64), "uuid": lowd(r, 26).upper()}, "deviceUuid": lowd(r, 26)}
    return "ops_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def _sentry_org(r):
    obj = {"iat": 1716000000 + r.randrange(9000000) + r.random(), "url": "https://sentry.io",
           "region_url": "https://de.sentry.io", "org": "drivewell-" + lowd(r, 4)}
    body = base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + body + "_" + rs(r, B64STD, 43)


def _grafana_cloud(r):
    obj = {"o": digits(r, 6), "n": "stack-" + digits(r, 6) + "-alloy-write", "k": b62(r, 24),
           "m": {"r": "prod-gb-south-0"}}
    return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def _mapbox_sk(r):
    return "sk." + b64url_json({"u": "drivewell-" + lowd(r, 4), "a": "cl" + lowd(r, 23)}) + "." + rs(r, URLSAFE, 22)


def _monday(r):
    return jwt_hs256(r, {"tid": r.randrange(10**8, 10**9), "aai": r.randrange(10**4, 10**5),
                         "uid": r.randrange(10**7, 10**8), "iad": "2024-05-%02dT09:12:44.000Z" % r.randint(1, 28),
                         "per": "me:write", "actid": r.randrange(10**6, 10**7), "rgn": "euc1"})


def _mailerlite(r):
    return jwt_hs256(r, {"aud": "4", "jti": hexl(r, 80), "iat": 1716000000 + r.randrange(9000000),
                         "nbf": 1716000000, "sub": digits(r, 6), "scopes": []})


def _auth0_mgmt(r):
    head = b64url_json({"alg": "RS256", "typ": "JWT", "kid": b62(r, 22)})
    body = b64url_json({"iss": "https://drivewell.eu.auth0.com/", "sub": b62(r, 32) + "@clients",
                        "aud": "https://drivewell.eu.auth0.com/api/v2/", "iat": 1716000000 + r.randrange(900000),
                        "exp": 1716086400 + r.randrange(900000), "scope": "read:users update:users",
                        "gty": "client-credentials", "azp": b62(r, 32)})
    sig = base64.urlsafe_b64encode(rbytes(r, 256)).decode().rstrip("=")
    return head + "." + body + "." + sig


def _ses_smtp(r):
    return base64.b64encode(b"\x04" + rbytes(r, 32)).decode()


def _azure_q(r):
    return rs(r, URLSAFE[:-2] + "~.", 3) + digits(r, 1) + "Q~" + rs(r, URLSAFE[:-2] + "_~.-", 34)


def _hubspot_dev(r):
    return uuid4(r).upper()


def _aws_secret(r):
    return rs(r, B64STD, 40)


def _akia(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def _apple_asp(r):
    return "-".join(rs(r, "abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))


def _teams_url(r):
    return ("https://drivewell.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r)
            + "/IncomingWebhook/" + hexl(r, 32) + "/" + uuid4(r) + "/V2" + b62(r, 43))


# (type, gen, neighbour (label, gen) or None, shape status)
# status: rule = shape follows a public rule read this session; known = believed right from background
# knowledge; guess = length / alphabet guessed; pw = owner-chosen password.
CANDIDATES = [
    ("stripe_restricted_live_key", lambda r: "rk_live_51" + b62(r, 96), None, "rule"),
    ("stripe_identity_webhook_secret", lambda r: "whsec_" + b62(r, 32), None, "known"),
    ("twilio_api_key_secret", lambda r: b62(r, 32), ("account_sid", lambda r: "AC" + hexl(r, 32)), "known"),
    ("vonage_sms_api_secret", lambda r: b62(r, 16), ("api_key", lambda r: hexl(r, 8)), "known"),
    ("telegram_lesson_reminder_bot_token", lambda r: digits(r, 10) + ":AA" + rs(r, URLSAFE, 33), None, "rule"),
    ("slack_app_level_token", lambda r: "xapp-1-A" + rs(r, UPALNUM, 10) + "-" + digits(r, 13) + "-" + hexl(r, 64), None, "rule"),
    ("slack_instructor_alerts_webhook_url", lambda r: "https://hooks.slack.com/services/T" + rs(r, UPALNUM, 8) + "/B" + rs(r, UPALNUM, 10) + "/" + b62(r, 24), None, "rule"),
    ("discord_booking_webhook_url", lambda r: "https://discord.com/api/webhooks/" + digits(r, 19) + "/" + rs(r, URLSAFE, 68), None, "known"),
    ("microsoft_teams_incoming_webhook_url", _teams_url, None, "rule"),
    ("sendgrid_receipts_api_key", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43), None, "rule"),
    ("postmark_server_api_token", uuid4, None, "known"),
    ("mailjet_api_secret_key", lambda r: hexl(r, 32), ("api_key", lambda r: hexl(r, 32)), "known"),
    ("sparkpost_api_key", lambda r: hexl(r, 40), None, "known"),
    ("amazon_ses_smtp_password", _ses_smtp, ("smtp_username", _akia), "known"),
    ("firebase_cloud_messaging_server_key", lambda r: "AAAA" + rs(r, URLSAFE, 7) + ":APA91b" + rs(r, URLSAFE, 134), None, "known"),
    ("pusher_channels_app_secret", lambda r: hexl(r, 20), ("app_key", lambda r: hexl(r, 20)), "known"),
    ("ably_root_api_key", lambda r: rs(r, URLSAFE[:-2], 6) + "." + rs(r, URLSAFE[:-2], 6) + ":" + rs(r, URLSAFE, 43), None, "known"),
    ("sendbird_master_api_token", lambda r: hexl(r, 40), ("application_id", lambda r: uuid4(r).upper()), "rule"),
    ("openai_service_account_key", lambda r: "sk-svcacct-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74), None, "rule"),
    ("anthropic_console_api_key", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA", None, "rule"),
    ("cohere_production_api_key", lambda r: b62(r, 40), None, "rule"),
    ("deepseek_api_key", lambda r: "sk-" + hexl(r, 32), None, "known"),
    ("elevenlabs_narration_api_key", lambda r: "sk_" + hexl(r, 48), None, "known"),
    ("deepgram_captioning_api_key", lambda r: hexl(r, 40), None, "known"),
    ("assemblyai_transcript_api_key", lambda r: hexl(r, 32), None, "known"),
    ("google_ai_studio_api_key", lambda r: "AIza" + rs(r, URLSAFE, 35), None, "rule"),
    ("github_fine_grained_pat", lambda r: "github_pat_11" + rs(r, UPALNUM, 20) + "_" + b62(r, 59), None, "rule"),
    ("github_app_installation_token", lambda r: "ghs_" + b62(r, 36), None, "known"),
    ("github_oauth_app_client_secret", lambda r: hexl(r, 40), ("client_id", lambda r: "Ov23li" + b62(r, 14)), "known"),
    ("gitlab_deploy_token", lambda r: "gldt-" + rs(r, URLSAFE, 20), None, "rule"),
    ("gitlab_runner_auth_token", lambda r: "glrt-" + rs(r, URLSAFE, 20), None, "rule"),
    ("gitlab_pipeline_trigger_token", lambda r: "glptt-" + hexl(r, 40), None, "rule"),
    ("npm_publish_token", lambda r: "npm_" + b62(r, 36), None, "rule"),
    ("pypi_upload_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, URLSAFE, 150), None, "rule"),
    ("netlify_personal_access_token", lambda r: "nfp_" + b62(r, 36), None, "known"),
    ("render_api_key", lambda r: "rnd_" + b62(r, 32), None, "known"),
    ("hetzner_cloud_api_token", lambda r: b62(r, 64), None, "known"),
    ("linode_personal_access_token", lambda r: hexl(r, 64), None, "known"),
    ("vultr_api_key", lambda r: rs(r, UPALNUM, 36), None, "known"),
    ("digitalocean_oauth_token", lambda r: "doo_v1_" + hexl(r, 64), None, "known"),
    ("cloudflare_global_api_key", lambda r: hexl(r, 37), ("account_email", lambda r: "it-" + lowd(r, 4) + "@drivewell.example"), "rule"),
    ("cloudflare_origin_ca_key", lambda r: "v1.0-" + hexl(r, 24) + "-" + hexl(r, 146), None, "rule"),
    ("aws_ci_user_secret_access_key", _aws_secret, ("access_key_id", _akia), "known"),
    ("entra_calendar_app_client_secret", _azure_q, ("client_id", uuid4), "rule"),
    ("google_calendar_sync_client_secret", lambda r: "GOCSPX-" + rs(r, URLSAFE, 28),
     ("client_id", lambda r: digits(r, 12) + "-" + lowd(r, 32) + ".apps.googleusercontent.com"), "known"),
    ("google_recaptcha_secret_key", lambda r: "6L" + rs(r, "cdef", 1) + rs(r, URLSAFE, 37), None, "known"),
    ("hcaptcha_secret_key", lambda r: "0x" + hexl(r, 40), None, "known"),
    ("cloudflare_turnstile_secret_key", lambda r: "0x4AAAAAAA" + rs(r, URLSAFE, 25), None, "known"),
    ("hashicorp_vault_service_token", lambda r: "hvs." + rs(r, URLSAFE, 95), None, "rule"),
    ("onepassword_service_account_token", _svc_1password, None, "rule"),
    ("doppler_personal_token", lambda r: "dp.pt." + b62(r, 43), None, "rule"),
    ("hcp_terraform_user_token", lambda r: b62(r, 14) + ".atlasv1." + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 67), None, "rule"),
    ("sentry_org_auth_token", _sentry_org, None, "rule"),
    ("new_relic_license_key", lambda r: hexl(r, 36) + "NRAL", None, "known"),
    ("new_relic_insights_insert_key", lambda r: "NRII-" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789-", 32), None, "rule"),
    ("grafana_cloud_access_policy_token", _grafana_cloud, None, "rule"),
    ("dynatrace_api_token", lambda r: "dt0c01." + rs(r, UPALNUM, 24) + "." + rs(r, UPALNUM, 64), None, "rule"),
    ("opsgenie_api_integration_key", uuid4, None, "known"),
    ("launchdarkly_server_sdk_key", lambda r: "sdk-" + uuid4(r), None, "known"),
    ("snyk_api_token", uuid4, None, "rule"),
    ("sonarcloud_user_token", lambda r: "squ_" + hexl(r, 40), None, "rule"),
    ("codecov_upload_token", uuid4, None, "known"),
    ("planetscale_database_password", lambda r: "pscale_pw_" + rs(r, URLSAFE, 43), ("username", lambda r: lowd(r, 20)), "rule"),
    ("mongodb_atlas_api_private_key", uuid4, ("public_key", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz", 8)), "known"),
    ("supabase_secret_api_key", lambda r: "sb_secret_" + rs(r, URLSAFE, 31), None, "known"),
    ("clerk_webhook_signing_secret", lambda r: "whsec_" + b64(r, 24), None, "known"),
    ("auth0_management_api_token", _auth0_mgmt, None, "known"),
    ("monday_com_api_token", _monday, None, "known"),
    ("square_appointments_access_token", lambda r: "EAAA" + rs(r, URLSAFE, 60), ("application_id", lambda r: "sq0idp-" + rs(r, URLSAFE, 22)), "rule"),
    ("lob_live_api_key", lambda r: "live_" + hexl(r, 35), None, "rule"),
    ("easypost_production_api_key", lambda r: "EZAK" + b62(r, 54), None, "rule"),
    ("shippo_live_api_token", lambda r: "shippo_live_" + hexl(r, 40), None, "rule"),
    ("braintree_private_key", lambda r: hexl(r, 32), ("merchant_id", lambda r: lowd(r, 16)), "known"),
    ("authorize_net_transaction_key", lambda r: b62(r, 16), ("api_login_id", lambda r: b62(r, 10)), "known"),
    ("mollie_live_api_key", lambda r: "live_" + b62(r, 30), None, "known"),
    ("razorpay_key_secret", lambda r: b62(r, 24), ("key_id", lambda r: "rzp_live_" + b62(r, 14)), "known"),
    ("hubspot_developer_api_key", _hubspot_dev, None, "rule"),
    ("trello_power_up_token", lambda r: "ATTA" + hexl(r, 56) + hexu(r, 8), ("api_key", lambda r: hexl(r, 32)), "known"),
    ("amplitude_secret_key", lambda r: hexl(r, 32), ("api_key", lambda r: hexl(r, 32)), "known"),
    ("apple_app_specific_password", _apple_asp, ("apple_id", lambda r: "releases-" + lowd(r, 3) + "@drivewell.example"), "known"),
    ("mapbox_navigation_downloads_token", _mapbox_sk, None, "known"),
    ("google_maps_url_signing_secret", lambda r: base64.urlsafe_b64encode(rbytes(r, 20)).decode(), None, "known"),
    ("canvas_lms_access_token", lambda r: digits(r, 4) + "~" + b62(r, 64), None, "known"),
    ("moodle_webservice_token", lambda r: hexl(r, 32), None, "known"),
    ("vimeo_course_video_access_token", lambda r: hexl(r, 32), None, "known"),
    ("zoom_server_to_server_client_secret", lambda r: b62(r, 32), ("account_id", lambda r: rs(r, URLSAFE, 22)), "known"),
    ("agora_app_certificate", lambda r: hexl(r, 32), ("app_id", lambda r: hexl(r, 32)), "known"),
    ("cloudinary_api_secret", lambda r: rs(r, URLSAFE, 27), ("api_key", lambda r: digits(r, 15)), "known"),
    ("uploadcare_secret_key", lambda r: hexl(r, 20), ("public_key", lambda r: hexl(r, 20)), "known"),
    ("backblaze_b2_application_key", lambda r: "K005" + rs(r, B64STD, 27), ("key_id", lambda r: "005" + hexl(r, 22)), "known"),
    ("acuity_scheduling_api_key", lambda r: hexl(r, 32), ("user_id", lambda r: digits(r, 8)), "known"),
    ("thinkific_api_key", lambda r: hexl(r, 32), ("subdomain", lambda r: "safelanes" + digits(r, 2)), "known"),
    ("smartcar_client_secret", uuid4, ("client_id", uuid4), "known"),
    ("samsara_dashcam_media_token", lambda r: "samsara_api_" + b62(r, 30), None, "known"),
    ("jotform_api_key", lambda r: hexl(r, 32), None, "known"),
    ("dropbox_sign_api_key", lambda r: hexl(r, 64), None, "known"),
    ("customer_io_app_api_key", lambda r: hexl(r, 32), None, "guess"),
    ("salesforce_refresh_token", lambda r: "5Aep861" + rs(r, URLSAFE[:-2] + ".", 80), None, "known"),
    ("geotab_mygeotab_service_password", lambda r: owner_pw(r), ("username", lambda r: "api-" + lowd(r, 4) + "@drivewell.example"), "pw"),
    ("verizon_connect_reveal_api_password", lambda r: owner_pw(r), ("username", lambda r: "REST_" + lowd(r, 6)), "pw"),
    ("tyler_efile_efsp_user_password", lambda r: owner_pw(r), ("firm_id", uuid4), "pw"),
    ("flhsmv_course_completion_password", lambda r: owner_pw(r), ("school_id", lambda r: "BDI" + digits(r, 5)), "pw"),
    ("dvla_vehicle_enquiry_api_key", lambda r: b62(r, 40), None, "guess"),
    ("dvsa_mot_history_client_secret", _azure_q, ("client_id", uuid4), "guess"),
    ("persona_production_api_key", lambda r: "persona_production_" + uuid4(r), None, "guess"),
    ("onfido_live_api_token", lambda r: "api_live." + rs(r, URLSAFE, 11) + "." + rs(r, URLSAFE, 32), None, "guess"),
    ("veriff_shared_secret_key", uuid4, ("api_key", uuid4), "guess"),
    ("jumio_api_secret", lambda r: b62(r, 32), ("api_token", uuid4), "guess"),
    ("idme_oauth_client_secret", lambda r: hexl(r, 32), ("client_id", lambda r: hexl(r, 32)), "guess"),
    ("lytx_video_api_key", lambda r: b62(r, 32), None, "guess"),
    ("teletrac_navman_api_secret", lambda r: b62(r, 40), None, "guess"),
    ("fleetio_api_key", lambda r: hexl(r, 40), ("account_token", lambda r: hexl(r, 10)), "guess"),
    ("whip_around_api_key", lambda r: b62(r, 40), None, "guess"),
    ("wex_fleet_api_client_secret", lambda r: b62(r, 32), ("client_id", lambda r: b62(r, 24)), "guess"),
    ("atob_fuel_card_api_key", lambda r: b62(r, 48), None, "guess"),
    ("mux_video_token_secret", lambda r: b64(r, 57), ("token_id", uuid4), "guess"),
    ("wistia_api_token", lambda r: hexl(r, 64), None, "guess"),
    ("livekit_api_secret", lambda r: b62(r, 43), ("api_key", lambda r: "API" + b62(r, 12)), "guess"),
    ("paypal_rest_client_secret", lambda r: "E" + rs(r, URLSAFE, 79), ("client_id", lambda r: "A" + rs(r, URLSAFE, 79)), "guess"),
    ("adyen_checkout_api_key", lambda r: "AQE" + rs(r, B64STD, 20) + "." + rs(r, B64STD, 60) + "=-" + rs(r, B64STD, 43) + "=-" + rs(r, URLSAFE[:-2], 16), None, "guess"),
    ("checkout_com_secret_key", lambda r: "sk_" + lowd(r, 26), None, "guess"),
    ("affirm_private_api_key", lambda r: b62(r, 32), ("public_api_key", lambda r: rs(r, UPALNUM, 16)), "guess"),
    ("klarna_api_credential_secret", lambda r: "klarna_live_api_" + b62(r, 60), None, "guess"),
    ("paddle_billing_api_key", lambda r: "pdl_live_apikey_01" + lowd(r, 24) + "_" + b62(r, 27) + "_" + b62(r, 3), None, "guess"),
    ("simplybook_api_secret_key", lambda r: hexl(r, 64), ("company_login", lambda r: "safelanes" + digits(r, 3)), "guess"),
    ("teachable_api_key", lambda r: b62(r, 32), None, "guess"),
    ("talentlms_api_key", lambda r: b62(r, 30), None, "guess"),
    ("docebo_oauth_client_secret", lambda r: b62(r, 40), ("client_id", lambda r: "safelanes-" + lowd(r, 4)), "guess"),
    ("zendesk_oauth_client_secret", lambda r: hexl(r, 64), None, "guess"),
    ("help_scout_app_secret", lambda r: b62(r, 32), ("app_id", lambda r: b62(r, 32)), "guess"),
    ("mailerlite_api_token", _mailerlite, None, "guess"),
    ("trustpilot_api_secret", lambda r: b62(r, 32), ("api_key", lambda r: b62(r, 32)), "guess"),
    ("neon_api_key", lambda r: "napi_" + lowd(r, 60), None, "guess"),
    ("upstash_redis_rest_token", lambda r: "AX" + rs(r, URLSAFE, 6) + "AAIncDE" + rs(r, URLSAFE, 48), None, "guess"),
    ("better_stack_source_token", lambda r: b62(r, 24), None, "guess"),
    ("segment_public_api_token", lambda r: "sgp_" + b62(r, 64), None, "guess"),
    ("aircall_api_token", lambda r: hexl(r, 32), ("api_id", lambda r: hexl(r, 32)), "guess"),
]

# (style, description, template fn(ctx) -> template)
def _st_dotenv(c):
    nb = "%s=%s\n" % (c["NK"], c["nv"]) if c["nv"] else ""
    return "# %s (staging)\n%s%s=%s\nLOG_LEVEL=debug\n" % (c["D"], nb, c["K"], V)


def _st_vault(c):
    nb = " %s=%s" % (c["nk"], c["nv"]) if c["nv"] else ""
    return "$ vault kv put kv/fleet/%s%s %s=%s\n====== Secret Path ======\nkv/data/fleet/%s\n" % (c["slug"], nb, c["k"], V, c["slug"])


def _st_render(c):
    nb = "      - key: %s\n        value: %s\n" % (c["NK"], c["nv"]) if c["nv"] else ""
    return ("services:\n  - type: web\n    name: course-player\n    env: node\n    envVars:\n%s      - key: %s\n        value: %s\n"
            % (nb, c["K"], V))


def _st_railway(c):
    nb = "$ railway variables --set \"%s=%s\"\n" % (c["NK"], c["nv"]) if c["nv"] else ""
    return "%s$ railway variables --set \"%s=%s\"\nSet variables %s\n" % (nb, c["K"], V, c["K"])


def _st_kubectl(c):
    nb = " --from-literal=%s=%s" % (c["nk"], c["nv"]) if c["nv"] else ""
    return ("$ kubectl -n dashcam create secret generic %s%s --from-literal=%s=%s\nsecret/%s created\n"
            % (c["slug"], nb, c["k"], V, c["slug"]))


def _st_pyclass(c):
    nb = "    %s = '%s'\n" % (c["NK"], c["nv"]) if c["nv"] else ""
    return "class ProductionConfig(BaseConfig):\n    COURT_FILING_ENABLED = True\n%s    %s = '%s'\n" % (nb, c["K"], V)


def _st_keepass(c):
    user = c["nv"] or "api"
    return ('"Group","Title","Username","Password","URL","Notes"\n'
            '"Integrations","%s","%s","%s","https://%s.example/","rotated Q2"\n' % (c["D"], user, V, c["slug"]))


def _st_mattermost(c):
    nb = " (%s is %s)" % (c["nk"].replace("_", " "), c["nv"]) if c["nv"] else ""
    return "@kai.b  10:42 AM\nhere's the %s for the booking integration -> %s%s\nplease put it in the vault and delete this\n" % (c["D"], V, nb)


def _st_jira(c):
    nb = "\n%s: %s (unchanged)" % (c["nk"].replace("_", " "), c["nv"]) if c["nv"] else ""
    return "SL-%s  comment by Morgan Reyes:\nRotated the %s, new value: %s%s\nClosing once the nightly sync passes.\n" % (c["n"], c["D"], V, nb)


def _st_email(c):
    nb = "%s: %s\n" % (c["nk"].replace("_", " ").capitalize(), c["nv"]) if c["nv"] else ""
    return "Subject: keys for the new booking site\n\nHi Alex,\n\nhere is what you asked for.\n%s%s: %s\n\nCheers,\nDana (SafeLanes Driving School)\n" % (nb, c["D"], V)


def _st_docker(c):
    nb = "-e %s=%s " % (c["NK"], c["nv"]) if c["nv"] else ""
    return "docker run -d --restart unless-stopped --name booking-api %s-e %s=%s -p 8080:8080 registry.drivewell.example/booking-api:2.%s\n" % (nb, c["K"], V, c["n"][-2:])


def _st_az(c):
    nb = "$ az keyvault secret set --vault-name kv-drivewell-prod --name %s --value '%s' -o none\n" % (c["kebab_n"], c["nv"]) if c["nv"] else ""
    return "%s$ az keyvault secret set --vault-name kv-drivewell-prod --name %s --value '%s' -o none\n" % (nb, c["kebab"], V)


STYLES = [
    ("booking_backend_dotenv_staging_file", _st_dotenv),
    ("fleet_worker_vault_kv_put_history", _st_vault),
    ("traffic_school_render_yaml_envvars", _st_render),
    ("mock_test_railway_variables_set_history", _st_railway),
    ("dashcam_ingest_kubectl_from_literal_history", _st_kubectl),
    ("court_filing_python_config_class", _st_pyclass),
    ("school_office_keepassxc_csv_export", _st_keepass),
    ("instructor_mattermost_dm_paste", _st_mattermost),
    ("learner_ops_jira_comment", _st_jira),
    ("owner_email_to_freelance_developer", _st_email),
    ("booking_api_docker_run_env_flags", _st_docker),
    ("id_check_az_keyvault_secret_set_history", _st_az),
]


def display(t):
    small = {"api", "oauth", "sdk", "url", "ca", "id", "b2", "io"}
    out = []
    for w in t.split("_"):
        out.append(w.upper() if w in small else w.capitalize())
    return " ".join(out)


# Generic developer / ops services with well-known shapes that are less central to this world: put after
# the world-specific guesses so that they form part of the unused tail.
DEFER = ["hetzner_cloud_api_token", "vultr_api_key", "linode_personal_access_token", "opsgenie_api_integration_key",
         "codecov_upload_token", "sparkpost_api_key", "new_relic_insights_insert_key", "sonarcloud_user_token"]


def select(deny_names, name_hits):
    kept, dropped = [], []
    ordered = [c for c in CANDIDATES if c[0] not in DEFER] + [c for c in CANDIDATES if c[0] in DEFER]
    for c in ordered:
        (dropped if name_hits(c[0], deny_names) else kept).append(c)
    return kept[:120], kept[120:], dropped


def generate(reg, chosen):
    rng = random.Random(SEED)
    out = []
    for i, (t, gen, nb, _status) in enumerate(chosen):
        style, fn = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nv = None
        nk = None
        if nb:
            nk = t.split("_")[0] + "_" + nb[0]
            nv = reg.draw(lambda: nb[1](rng))
        ctx = {"K": keyname(t, "upper"), "k": t, "D": display(t), "slug": t.replace("_", "-")[:40].rstrip("-"),
               "kebab": keyname(t, "kebab"), "n": str(100 + rng.randrange(900)),
               "NK": keyname(nk, "upper") if nk else None, "nk": nk, "nv": nv,
               "kebab_n": keyname(nk, "kebab") if nk else None}
        tpl = fn(ctx)
        out.append(positive("tmp", t, t + "__" + style, tpl, value, "vendor"))
    return out
