"""Vendor credential types used by childcare developers; 120 kept, each in one style."""
import base64
import json
import random

from common166 import (ALNUM, B64URL, DIGITS, HEX, LOWER, LOWNUM, UPPER, b64, b64url, b64url_json,
                       hexs, jwt, make_span_record, rs, style_key, uuid4)

SEED = 16602
B64CH = ALNUM + "+/"


def _notify(r):
    return "sunbeams_live-" + uuid4(r) + "-" + uuid4(r)


def _intercom(r):
    raw = ("tok:" + uuid4(r).replace("-", "_") + ":1:0").encode()
    return base64.b64encode(raw).decode()


def _sentry_org(r):
    payload = {"iat": 1767200000 + r.randint(0, 5000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "sunbeams-nursery"}
    return "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode() + "_" + rs(r, B64CH, 43)


def _grafana_glc(r):
    payload = {"o": str(r.randint(100000, 999999)), "n": "kiosk-metrics-" + rs(r, LOWNUM, 4),
               "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _ops(r):
    payload = {"signInAddress": "sunbeams.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64url(r, 16)}, "email": rs(r, LOWNUM, 13) + "@1passwordserviceaccounts.eu",
               "srpX": hexs(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(r, 32), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPPER + DIGITS, 6), "throttleSecret": {"seed": hexs(r, 64),
               "uuid": rs(r, UPPER + DIGITS, 26)}, "deviceUuid": rs(r, LOWNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _monday(r):
    return jwt(r, {"tid": r.randint(100000000, 999999999), "aai": 11, "uid": r.randint(10000000, 99999999),
                   "iad": "2026-03-02T09:14:55.000Z", "per": "me:write", "actid": r.randint(1000000, 9999999), "rgn": "euc1"})


def _teams_hook(r):
    return ("https://sunbeamsnursery.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) +
            "/IncomingWebhook/" + hexs(r, 32) + "/" + uuid4(r))


def _cloudinary(r):
    sec = rs(r, B64URL, 27)
    return sec, "cloudinary://" + rs(r, DIGITS, 15) + ":" + sec + "@sunbeams-nursery"


def _ivs(r):
    return "sk_eu-west-1_" + rs(r, ALNUM, 12) + "_" + rs(r, ALNUM, 30)


def _adyen(r):
    return "AQE" + rs(r, ALNUM, 2) + "hmfx" + rs(r, B64CH, 80) + "=-" + rs(r, B64CH, 38)


def _fcm(r):
    return "AAAA" + rs(r, ALNUM + "-_", 7) + ":APA91b" + rs(r, B64URL, 134)


def _entra(r):
    return rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_.~-", 31)


# (type, generator) ; generator returns value or (value, shown)
CANDIDATES = [
    # childcare management, parent apps, learning journals (shapes guessed)
    ("brightwheel_partner_api_key", lambda r: rs(r, ALNUM, 48)),
    ("procare_connect_api_token", lambda r: hexs(r, 64)),
    ("lillio_himama_api_key", lambda r: uuid4(r)),
    ("famly_api_access_token", lambda r: uuid4(r)),
    ("tadpoles_partner_secret", lambda r: rs(r, ALNUM, 40)),
    ("kangarootime_api_key", lambda r: hexs(r, 32)),
    ("playground_childcare_api_token", lambda r: b64url(r, 32)),
    ("xplor_home_client_secret", lambda r: b64url(r, 32)),
    ("storypark_api_token", lambda r: hexs(r, 40)),
    ("tapestry_journal_api_key", lambda r: rs(r, ALNUM, 32)),
    ("kinderly_api_key", lambda r: rs(r, ALNUM, 40)),
    ("babys_days_api_key", lambda r: hexs(r, 32, upper=True)),
    ("blossom_educational_api_key", lambda r: rs(r, ALNUM, 36)),
    ("connect_childcare_api_secret", lambda r: hexs(r, 64)),
    ("illumine_api_key", lambda r: rs(r, ALNUM, 32)),
    ("kidsoft_api_token", lambda r: uuid4(r)),
    ("eyworks_api_key", lambda r: hexs(r, 40)),
    ("parenta_abacus_api_key", lambda r: rs(r, ALNUM, 48)),
    ("jackrabbit_care_api_key", lambda r: rs(r, ALNUM, 32)),
    ("smartcare_client_secret", lambda r: b64url(r, 30)),
    ("childcare_crm_api_key", lambda r: rs(r, ALNUM, 64)),
    ("wonderschool_api_token", lambda r: rs(r, ALNUM, 40)),
    ("kinside_partner_token", lambda r: rs(r, ALNUM, 48)),
    ("winnie_provider_api_key", lambda r: hexs(r, 32)),
    ("seesaw_api_secret", lambda r: hexs(r, 40)),
    ("classdojo_partner_secret", lambda r: rs(r, ALNUM, 48)),
    ("remind_api_token", lambda r: rs(r, ALNUM, 40)),
    ("bloomz_api_key", lambda r: rs(r, ALNUM, 32)),
    ("watchmegrow_stream_token", lambda r: hexs(r, 64)),
    ("kaymbu_api_key", lambda r: rs(r, ALNUM, 32)),
    ("cheqdin_api_key", lambda r: rs(r, ALNUM, 40)),
    # door entry, access control, classroom cameras
    ("paxton_net2_api_client_secret", lambda r: rs(r, ALNUM, 32)),
    ("brivo_api_client_secret", lambda r: rs(r, ALNUM, 64)),
    ("kisi_api_key", lambda r: hexs(r, 32)),
    ("avigilon_alta_api_token", lambda r: b64url(r, 36)),
    ("butterflymx_api_token", lambda r: hexs(r, 64)),
    ("akuvox_cloud_api_secret", lambda r: rs(r, ALNUM, 32)),
    ("aiphone_ixg_cloud_token", lambda r: rs(r, ALNUM, 40)),
    ("salto_ks_client_secret", lambda r: rs(r, ALNUM, 40)),
    ("verkada_api_key", lambda r: "vkd_api_" + hexs(r, 32)),
    ("eagle_eye_networks_api_key", lambda r: hexs(r, 32)),
    ("rhombus_api_key", lambda r: rs(r, B64URL, 22)),
    ("two_n_my2n_api_token", lambda r: hexs(r, 32)),
    ("hik_connect_app_secret", lambda r: hexs(r, 32)),
    # government childcare portals and payments
    ("govuk_notify_api_key", _notify),
    ("govuk_pay_api_key", lambda r: "api_live_" + rs(r, LOWNUM, 26) + rs(r, LOWNUM, 32)),
    ("hmrc_developer_hub_client_secret", lambda r: uuid4(r)),
    ("proda_device_activation_code", lambda r: rs(r, UPPER + DIGITS, 10)),
    ("dfe_signin_client_secret", lambda r: rs(r, ALNUM, 24)),
    ("nz_eli_api_key", lambda r: rs(r, ALNUM, 40)),
    ("kinderconnect_api_secret", lambda r: hexs(r, 48)),
    # commerce
    ("stripe_live_secret_key", lambda r: "sk_live_51" + rs(r, ALNUM, 97)),
    ("stripe_restricted_api_key", lambda r: "rk_live_51" + rs(r, ALNUM, 97)),
    ("stripe_webhook_signing_secret", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    ("gocardless_webhook_endpoint_secret", lambda r: rs(r, ALNUM, 40)),
    ("paypal_rest_client_secret", lambda r: "E" + rs(r, B64URL, 79)),
    ("mollie_live_api_key", lambda r: "live_" + rs(r, ALNUM, 30)),
    ("adyen_checkout_api_key", _adyen),
    ("braintree_private_key", lambda r: hexs(r, 32)),
    ("chargebee_live_api_key", lambda r: "live_" + rs(r, ALNUM, 34)),
    ("recurly_private_api_key", lambda r: hexs(r, 32)),
    ("paddle_billing_api_key", lambda r: "pdl_live_apikey_01" + rs(r, LOWNUM, 24) + "_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 3)),
    ("freeagent_oauth_client_secret", lambda r: rs(r, ALNUM + "-_", 22)),
    ("worldpay_online_service_key", lambda r: "T_S_" + uuid4(r)),
    ("sumup_secret_api_key", lambda r: "sup_sk_" + rs(r, ALNUM, 32)),
    # messaging and parent communications
    ("twilio_auth_token", lambda r: hexs(r, 32)),
    ("twilio_api_key_secret", lambda r: rs(r, ALNUM, 32)),
    ("vonage_signature_secret", lambda r: rs(r, ALNUM, 64)),
    ("textlocal_api_key", lambda r: rs(r, ALNUM + "+/", 40)),
    ("clicksend_api_key", lambda r: uuid4(r).upper()),
    ("whatsapp_cloud_api_access_token", lambda r: "EAAG" + rs(r, ALNUM, 180)),
    ("slack_user_oauth_token", lambda r: "xoxp-" + rs(r, DIGITS, 11) + "-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13) + "-" + hexs(r, 32)),
    ("slack_app_level_token", lambda r: "xapp-1-A" + rs(r, UPPER + DIGITS, 10) + "-" + rs(r, DIGITS, 13) + "-" + hexs(r, 64)),
    ("microsoft_teams_incoming_webhook_url", _teams_hook),
    ("discord_webhook_url", lambda r: "https://discord.com/api/webhooks/" + rs(r, DIGITS, 19) + "/" + rs(r, B64URL, 68)),
    ("onesignal_rest_api_key", lambda r: b64(r, 36)),
    ("pusher_channels_app_secret", lambda r: hexs(r, 20)),
    ("ably_root_api_key", lambda r: rs(r, ALNUM, 6) + "." + rs(r, ALNUM, 6) + ":" + rs(r, B64URL, 43)),
    ("stream_chat_api_secret", lambda r: rs(r, LOWNUM, 64)),
    ("sendbird_api_token", lambda r: hexs(r, 40)),
    ("intercom_access_token", _intercom),
    ("zendesk_api_token", lambda r: rs(r, ALNUM, 40)),
    ("freshdesk_api_key", lambda r: rs(r, ALNUM, 20)),
    ("postmark_server_token", lambda r: uuid4(r)),
    ("mailgun_webhook_signing_key", lambda r: hexs(r, 32) + "-" + hexs(r, 8) + "-" + hexs(r, 8)),
    ("mailersend_api_token", lambda r: "mlsn." + hexs(r, 64)),
    ("customerio_tracking_api_key", lambda r: hexs(r, 20)),
    # AI
    ("anthropic_api_key", lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"),
    ("openai_admin_api_key", lambda r: "sk-admin-" + rs(r, ALNUM + "-_", 58) + "T3BlbkFJ" + rs(r, ALNUM + "-_", 58)),
    ("google_ai_studio_api_key", lambda r: "AIza" + rs(r, ALNUM + "-_", 35)),
    ("mistral_api_key", lambda r: rs(r, ALNUM, 32)),
    ("cohere_api_key", lambda r: rs(r, ALNUM, 40)),
    ("deepseek_api_key", lambda r: "sk-" + hexs(r, 32)),
    ("xai_grok_api_key", lambda r: "xai-" + rs(r, ALNUM, 80)),
    ("openrouter_api_key", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("elevenlabs_api_key", lambda r: "sk_" + hexs(r, 48)),
    ("assemblyai_api_key", lambda r: hexs(r, 32)),
    ("deepgram_api_key", lambda r: hexs(r, 40)),
    ("fireworks_ai_api_key", lambda r: "fw_" + rs(r, ALNUM, 24)),
    ("azure_openai_api_key", lambda r: hexs(r, 32)),
    ("microsoft_entra_client_secret", _entra),
    ("google_oauth_client_secret", lambda r: "GOCSPX-" + rs(r, ALNUM + "-_", 28)),
    # developer and ops
    ("github_oauth_access_token", lambda r: "gho_" + rs(r, ALNUM, 36)),
    ("github_app_installation_token", lambda r: "ghs_" + rs(r, ALNUM, 36)),
    ("gitlab_runner_authentication_token", lambda r: "glrt-" + rs(r, ALNUM + "-_", 20)),
    ("gitlab_deploy_token", lambda r: "gldt-" + rs(r, ALNUM + "-_", 20)),
    ("npm_automation_token", lambda r: "npm_" + rs(r, ALNUM, 36)),
    ("pypi_upload_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 70)),
    ("expo_robot_access_token", lambda r: rs(r, ALNUM + "_", 40)),
    ("sentry_org_auth_token", _sentry_org),
    ("circleci_personal_api_token", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + hexs(r, 40)),
    ("buildkite_user_access_token", lambda r: "bkua_" + hexs(r, 40)),
    ("vercel_access_token", lambda r: rs(r, ALNUM, 24)),
    ("netlify_personal_access_token", lambda r: "nfp_" + rs(r, ALNUM, 36)),
    ("render_api_key", lambda r: "rnd_" + rs(r, ALNUM, 32)),
    ("railway_api_token", lambda r: uuid4(r)),
    ("cloudflare_global_api_key", lambda r: hexs(r, 37)),
    ("hashicorp_vault_service_token", lambda r: "hvs." + rs(r, ALNUM + "-_", 96)),
    ("terraform_cloud_team_token", lambda r: rs(r, LOWNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)),
    ("databricks_personal_access_token", lambda r: "dapi" + hexs(r, 32)),
    ("mongodb_atlas_private_api_key", lambda r: uuid4(r)),
    ("neon_database_api_key", lambda r: "napi_" + rs(r, LOWNUM, 64)),
    ("upstash_redis_rest_token", lambda r: "AX" + rs(r, ALNUM, 4) + "ASQgN" + b64(r, 42).rstrip("=")),
    ("onepassword_service_account_token", _ops),
    ("doppler_personal_token", lambda r: "dp.pt." + rs(r, ALNUM, 43)),
    ("tailscale_auth_key", lambda r: "tskey-auth-k" + rs(r, ALNUM, 15) + "CNTRL-" + rs(r, ALNUM, 33)),
    ("ngrok_authtoken", lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21)),
    ("new_relic_license_key", lambda r: hexs(r, 36) + "NRAL"),
    ("grafana_cloud_access_policy_token", _grafana_glc),
    ("opsgenie_api_key", lambda r: uuid4(r)),
    ("snyk_api_token", lambda r: uuid4(r)),
    ("sonarcloud_user_token", lambda r: "squ_" + hexs(r, 40)),
    ("dropbox_short_lived_access_token", lambda r: "sl." + rs(r, B64URL, 135)),
    ("box_developer_token", lambda r: rs(r, ALNUM, 32)),
    ("cloudinary_api_secret", _cloudinary),
    ("mux_token_secret", lambda r: rs(r, B64CH, 75)),
    ("aws_ivs_stream_key", _ivs),
    ("agora_app_certificate", lambda r: hexs(r, 32)),
    ("daily_co_api_key", lambda r: hexs(r, 64)),
    ("vimeo_access_token", lambda r: hexs(r, 32)),
    ("youtube_live_stream_key", lambda r: "-".join(rs(r, LOWNUM, 4) for _ in range(5))),
    ("zoom_server_to_server_client_secret", lambda r: rs(r, ALNUM, 32)),
    ("fcm_legacy_server_key", _fcm),
    ("revenuecat_secret_api_key", lambda r: "sk_" + rs(r, ALNUM, 32)),
    ("amplitude_secret_key", lambda r: hexs(r, 32)),
    ("braze_rest_api_key", lambda r: uuid4(r)),
    ("algolia_write_api_key", lambda r: hexs(r, 32)),
    ("meilisearch_master_key", lambda r: b64url(r, 33)),
    ("wireguard_peer_private_key", lambda r: b64(r, 32)),
    ("bitbucket_app_password", lambda r: "ATBB" + rs(r, ALNUM, 32)),
    ("trello_api_token", lambda r: "ATTA" + hexs(r, 64) + hexs(r, 8, upper=True)),
    ("clickup_personal_token", lambda r: "pk_" + rs(r, DIGITS, 8) + "_" + rs(r, UPPER + DIGITS, 32)),
    ("monday_api_token", _monday),
    ("okta_api_token", lambda r: "00" + rs(r, ALNUM + "-_", 40)),
    ("auth0_client_secret", lambda r: b64url(r, 48)),
    ("apple_app_store_shared_secret", lambda r: hexs(r, 32)),
    ("ideal_postcodes_api_key", lambda r: "ak_" + rs(r, LOWNUM, 24)),
    ("loqate_api_key", lambda r: "-".join(rs(r, UPPER + DIGITS, 4) for _ in range(4))),
    ("dropbox_sign_api_key", lambda r: hexs(r, 64)),
    ("acuity_scheduling_api_key", lambda r: hexs(r, 32)),
]

# (style, template); «K» key, «V» shown value
STYLES = [
    ("nursery_api_doppler_download_env", "# doppler secrets download --no-file --format env (prod)\nAPP_REGION=\"eu-west-2\"\n«K»=\"«V»\"\nLOG_LEVEL=\"info\"\n", "upper"),
    ("parent_app_eas_secret_create_cli", "$ eas secret:create --scope project --name «K» --value «V» --type string\n✔ Created a new secret «K» on project @sunbeams/parent-app.\n", "upper"),
    ("kiosk_fleet_balena_env_add_cli", "$ balena env add «K» «V» --fleet sunbeams/signin-kiosks\n$ balena env list --fleet sunbeams/signin-kiosks | grep -c KIOSK\n3\n", "upper"),
    ("billing_worker_wrangler_secret_put_echo", "$ echo \"«V»\" | npx wrangler secret put «K» --env production\n🌀 Creating the secret for the Worker \"tuition-billing\"\n✨ Success! Uploaded secret «K»\n", "upper"),
    ("camera_bridge_docker_secret_printf", "# on the NVR bridge host\nprintf '%s' '«V»' | docker secret create «K» -\ndocker service update --secret-add «K» cam-bridge\n", "snake"),
    ("staff_rota_pulumi_config_plaintext", "$ pulumi stack select prod\n$ pulumi config set --plaintext rota:«K» «V»\n$ pulumi up --yes\n", "camel"),
    ("enrolment_api_kotlin_buildconfig", "android {\n    buildTypes {\n        release {\n            buildConfigField(\"String\", \"«K»\", \"\\\"«V»\\\"\")\n        }\n    }\n}\n", "upper"),
    ("journal_vercel_env_pull_file", "# Created by Vercel CLI\nVERCEL_ENV=\"production\"\n«K»=\"«V»\"\nVERCEL_GIT_COMMIT_REF=\"main\"\n", "upper"),
    ("nursery_ops_rocketchat_paste", "#nursery-dev  Tom B.  11:02\nok the «K» for the new integration is «V» , I'll move it to the vault after lunch\n", "space"),
    ("subsidy_gateway_php_define", "<?php\n// config/integrations.php\ndefine('«K»', '«V»');\ndefine('SUBSIDY_TIMEOUT', 20);\n", "upper"),
    ("parent_api_systemd_environment_line", "[Service]\nUser=parentapi\nEnvironment=\"NODE_ENV=production\"\nEnvironment=\"«K»=«V»\"\nExecStart=/usr/bin/node /srv/parent-api/server.js\n", "upper"),
    ("ofsted_prep_notebook_os_environ_cell", "In [3]:\nimport os\nos.environ[\"«K»\"] = \"«V»\"\nclient = make_client()\n", "upper"),
]

KEY_OVERRIDE = {
    "cloudinary_api_secret": {"upper": "CLOUDINARY_URL", "snake": "cloudinary_url", "camel": "cloudinaryUrl", "space": "cloudinary url"},
}


def type_words(t):
    return t.split("_")


# less central types: moved to the end, so they fall into the unused tail
TAIL = ["databricks_personal_access_token", "terraform_cloud_team_token", "buildkite_user_access_token",
        "circleci_personal_api_token", "railway_api_token", "render_api_key", "neon_database_api_key",
        "upstash_redis_rest_token", "mongodb_atlas_private_api_key", "opsgenie_api_key", "snyk_api_token",
        "sonarcloud_user_token", "box_developer_token", "amplitude_secret_key", "braze_rest_api_key",
        "meilisearch_master_key", "bitbucket_app_password", "trello_api_token", "clickup_personal_token",
        "okta_api_token", "apple_app_store_shared_secret", "loqate_api_key", "dropbox_sign_api_key",
        "acuity_scheduling_api_key", "deepseek_api_key", "xai_grok_api_key", "fireworks_ai_api_key", "cohere_api_key",
        "customerio_tracking_api_key", "mailersend_api_token", "textlocal_api_key", "vonage_signature_secret",
        "freeagent_oauth_client_secret", "recurly_private_api_key", "chargebee_live_api_key",
        "worldpay_online_service_key", "hik_connect_app_secret", "two_n_my2n_api_token", "cheqdin_api_key", "kaymbu_api_key"]


def ordered():
    head = [c for c in CANDIDATES if c[0] not in TAIL]
    tail = sorted([c for c in CANDIDATES if c[0] in TAIL], key=lambda c: TAIL.index(c[0]))
    return head + tail


def generate(reg, deny_check):
    """deny_check(name) -> True if name collides; colliding candidates are dropped (build then
    still asserts none of the kept ones collide)."""
    rng = random.Random(SEED)
    kept, dropped = [], []
    for t, gen in ordered():
        if deny_check(t):
            dropped.append(t)
            continue
        kept.append((t, gen))
    unused = [t for t, _ in kept[120:]]
    kept = kept[:120]
    out = []
    for i, (t, gen) in enumerate(kept):
        style, tpl, ks = STYLES[i % len(STYLES)]
        holder = {}

        def draw():
            g = gen(rng)
            if isinstance(g, tuple):
                holder["shown"] = g[1]
                return g[0]
            holder["shown"] = g
            return g
        value = reg.draw(draw)
        shown = holder["shown"]
        key = KEY_OVERRIDE.get(t, {}).get(ks) or style_key(type_words(t), ks)
        text = tpl.replace("«K»", key).replace("«V»", shown)
        out.append(make_span_record(None, t, t + "__" + style, text, value, "vendor"))
    return out, dropped, unused
