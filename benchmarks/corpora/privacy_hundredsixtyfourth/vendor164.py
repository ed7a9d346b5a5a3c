"""Vendor credential records: 120 types used by salon / spa / beauty-booking developers."""
import base64
import json
import random
from common164 import (b64url_json, rs, hexs, b64_bytes, uuid4, jwt, password, key_style, place, span_record,
                       ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, B64URL)

SEED = 16402
B62 = ALNUM
UHEX = "0123456789ABCDEF"


def _sntrys(r):
    payload = {"iat": 1716000000 + r.randint(0, 9999999), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "glowbook-" + rs(r, 4, LOWER_ALNUM)}
    b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + b + "_" + rs(r, 43, B62)


def _ops(r):
    payload = {"signInAddress": "glowbook.1password.eu", "userAuth": {"method": "SRPg-4096",
               "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64_bytes(r, 16, True, False)},
               "email": rs(r, 12, LOWER_ALNUM) + "@1passwordserviceaccounts.eu",
               "srpX": hexs(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64_bytes(r, 32, True, False),
                                            "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rs(r, 6, UPPER_ALNUM) + "-" + rs(r, 11, UPPER_ALNUM) + "-" + rs(r, 5, UPPER_ALNUM) + "-" + rs(r, 5, UPPER_ALNUM) + "-" + rs(r, 5, UPPER_ALNUM),
               "throttleSecret": {"seed": hexs(r, 64), "uuid": uuid4(r)}, "deviceUuid": rs(r, 26, LOWER_ALNUM)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _slack_hook(r):
    return "https://hooks.slack.com/services/T" + rs(r, 10, UPPER_ALNUM) + "/B" + rs(r, 10, UPPER_ALNUM) + "/" + rs(r, 24, B62)


def _discord_hook(r):
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/" + rs(r, 68, B64URL)


def _mailerlite(r):
    return jwt(r, {"aud": "4", "jti": hexs(r, 80), "iat": 1715000000 + r.randint(0, 9999999),
                   "nbf": 1715000000, "sub": str(r.randint(100000, 999999)), "scopes": []}, alg="RS256")


def _azure_sas(r):
    # URL-encoded Base64 of a 32-byte HMAC
    raw = b64_bytes(r, 32)
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


# (type, key words, generator[, public neighbour (key words, generator)])
CANDIDATES = [
    ("vagaro_api_client_secret", ["vagaro", "client", "secret"], lambda r: rs(r, 40)),
    ("mindbody_api_key", ["mindbody", "api", "key"], lambda r: hexs(r, 32), (["mindbody", "site", "id"], lambda r: str(r.randint(10000, 999999)))),
    ("boulevard_api_secret", ["boulevard", "api", "secret"], lambda r: b64_bytes(r, 32), (["boulevard", "business", "id"], lambda r: uuid4(r))),
    ("fresha_partner_api_key", ["fresha", "api", "key"], lambda r: rs(r, 48)),
    ("phorest_integration_password", ["phorest", "api", "password"], lambda r: password(r), (["phorest", "api", "user"], lambda r: "global/" + rs(r, 6, LOWER_ALNUM) + "@glowbook.example")),
    ("zenoti_api_key", ["zenoti", "api", "key"], lambda r: hexs(r, 32)),
    ("glossgenius_partner_token", ["glossgenius", "token"], lambda r: "gg_live_" + rs(r, 32)),
    ("booker_apim_subscription_key", ["booker", "subscription", "key"], lambda r: hexs(r, 32)),
    ("meevo_client_secret", ["meevo", "client", "secret"], lambda r: uuid4(r)),
    ("salonbiz_api_key", ["salonbiz", "api", "key"], lambda r: rs(r, 36, UPPER_ALNUM)),
    ("schedulicity_api_key", ["schedulicity", "api", "key"], lambda r: hexs(r, 40)),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], lambda r: hexs(r, 32), (["acuity", "user", "id"], lambda r: str(r.randint(10000000, 39999999)))),
    ("simplybook_api_secret", ["simplybook", "secret", "key"], lambda r: hexs(r, 64)),
    ("setmore_refresh_token", ["setmore", "refresh", "token"], lambda r: rs(r, 44, B62 + "_")),
    ("timely_salon_oauth_secret", ["timely", "oauth", "secret"], lambda r: rs(r, 43, B64URL)),
    ("kitomba_api_key", ["kitomba", "api", "key"], lambda r: hexs(r, 40)),
    ("mangomint_api_token", ["mangomint", "api", "token"], lambda r: "mm_" + rs(r, 40)),
    ("daysmart_salon_api_key", ["daysmart", "api", "key"], lambda r: uuid4(r).upper()),
    ("book4time_api_secret", ["book4time", "api", "secret"], lambda r: rs(r, 32)),
    ("spasoft_interface_password", ["spasoft", "interface", "password"], lambda r: password(r)),
    ("agilysys_spa_client_secret", ["agilysys", "client", "secret"], lambda r: rs(r, 64)),
    ("square_webhook_signature_key", ["square", "signature", "key"], lambda r: rs(r, 22, B64URL)),
    ("square_production_access_token", ["square", "access", "token"], lambda r: "EAAA" + rs(r, 60, B64URL)),
    ("square_application_secret", ["square", "application", "secret"], lambda r: "sq0csp-" + rs(r, 43, B64URL)),
    ("stripe_secret_key", ["stripe", "secret", "key"], lambda r: "sk_live_51" + rs(r, 97)),
    ("stripe_restricted_key", ["stripe", "restricted", "key"], lambda r: "rk_live_51" + rs(r, 97)),
    ("stripe_webhook_signing_secret", ["stripe", "webhook", "secret"], lambda r: "whsec_" + rs(r, 32)),
    ("adyen_api_key", ["adyen", "api", "key"], lambda r: "AQE" + rs(r, 50, B62) + "+" + rs(r, 30, B62) + "=-" + rs(r, 44, B62) + "=-" + rs(r, 16, B62 + "<>?")),
    ("adyen_hmac_key", ["adyen", "hmac", "key"], lambda r: rs(r, 64, UHEX)),
    ("paypal_rest_client_secret", ["paypal", "client", "secret"], lambda r: "E" + rs(r, 79, B64URL), (["paypal", "client", "id"], lambda r: "A" + rs(r, 79, B64URL))),
    ("helcim_api_token", ["helcim", "api", "token"], lambda r: rs(r, 48, B62 + "-_.")),
    ("authorize_net_transaction_key", ["authnet", "transaction", "key"], lambda r: rs(r, 16)),
    ("checkout_com_secret_key", ["checkout", "secret", "key"], lambda r: "sk_" + rs(r, 36, LOWER_ALNUM)),
    ("givex_api_password", ["givex", "api", "password"], lambda r: password(r), (["givex", "user", "id"], lambda r: str(r.randint(100000, 999999)))),
    ("giftup_api_key", ["giftup", "api", "key"], lambda r: rs(r, 64, B64URL)),
    ("woocommerce_consumer_secret", ["woo", "consumer", "secret"], lambda r: "cs_" + hexs(r, 40), (["woo", "consumer", "key"], lambda r: "ck_" + hexs(r, 40))),
    ("bigcommerce_access_token", ["bigcommerce", "access", "token"], lambda r: rs(r, 31, LOWER_ALNUM), (["bigcommerce", "store", "hash"], lambda r: rs(r, 10, LOWER_ALNUM))),
    ("lightspeed_xseries_personal_token", ["lightspeed", "personal", "token"], lambda r: "lsxs_pt_" + rs(r, 32)),
    ("shopify_custom_app_access_token", ["shopify", "custom", "app", "token"], lambda r: "shpca_" + hexs(r, 32)),
    ("shopify_private_app_password", ["shopify", "private", "app", "password"], lambda r: "shppa_" + hexs(r, 32)),
    ("twilio_auth_token", ["twilio", "auth", "token"], lambda r: hexs(r, 32), (["twilio", "account", "sid"], lambda r: "AC" + hexs(r, 32))),
    ("twilio_api_key_secret", ["twilio", "api", "secret"], lambda r: rs(r, 32), (["twilio", "api", "key"], lambda r: "SK" + hexs(r, 32))),
    ("vonage_signature_secret", ["vonage", "signature", "secret"], lambda r: rs(r, 48)),
    ("clicksend_api_key", ["clicksend", "api", "key"], lambda r: uuid4(r).upper()),
    ("simpletexting_api_token", ["simpletexting", "token"], lambda r: hexs(r, 32)),
    ("attentive_api_key", ["attentive", "api", "key"], lambda r: rs(r, 44, B64URL)),
    ("postscript_private_api_key", ["postscript", "private", "key"], lambda r: "sk_" + hexs(r, 32)),
    ("whatsapp_cloud_access_token", ["whatsapp", "access", "token"], lambda r: "EAA" + rs(r, 180)),
    ("meta_app_secret", ["meta", "app", "secret"], lambda r: hexs(r, 32), (["meta", "app", "id"], lambda r: str(r.randint(10**14, 10**15 - 1)))),
    ("instagram_graph_long_lived_token", ["instagram", "access", "token"], lambda r: "IGAA" + rs(r, 140)),
    ("postmark_server_token", ["postmark", "server", "token"], lambda r: uuid4(r)),
    ("sparkpost_api_key", ["sparkpost", "api", "key"], lambda r: hexs(r, 40)),
    ("amazon_ses_smtp_password", ["ses", "smtp", "password"], lambda r: "B" + b64_bytes(r, 32)[1:]),
    ("mailerlite_api_token", ["mailerlite", "api", "token"], _mailerlite),
    ("constant_contact_client_secret", ["ctct", "client", "secret"], lambda r: rs(r, 22, B64URL)),
    ("activecampaign_api_key", ["activecampaign", "api", "key"], lambda r: hexs(r, 72)),
    ("omnisend_api_key", ["omnisend", "api", "key"], lambda r: hexs(r, 24) + "-" + rs(r, 50)),
    ("customerio_track_api_key", ["customerio", "track", "key"], lambda r: hexs(r, 20), (["customerio", "site", "id"], lambda r: hexs(r, 20))),
    ("loops_api_key", ["loops", "api", "key"], lambda r: hexs(r, 32)),
    ("slack_incoming_webhook_url", ["slack", "webhook", "url"], _slack_hook),
    ("slack_user_oauth_token", ["slack", "user", "token"], lambda r: f"xoxp-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + hexs(r, 32)),
    ("discord_webhook_url", ["discord", "webhook", "url"], _discord_hook),
    ("google_oauth_client_secret", ["google", "client", "secret"], lambda r: "GOCSPX-" + rs(r, 28, B64URL), (["google", "client", "id"], lambda r: f"{r.randint(10**11, 10**12 - 1)}-" + rs(r, 32, LOWER_ALNUM) + ".apps.googleusercontent.com")),
    ("google_places_server_api_key", ["places", "server", "key"], lambda r: "AIza" + rs(r, 35, B64URL)),
    ("gemini_api_key", ["gemini", "api", "key"], lambda r: "AIza" + rs(r, 35, B64URL)),
    ("microsoft_graph_client_secret", ["graph", "client", "secret"], lambda r: rs(r, 3) + str(r.randint(0, 9)) + "Q~" + rs(r, 34, ALNUM + "_-.~")),
    ("cronofy_client_secret", ["cronofy", "client", "secret"], lambda r: "CRN_" + rs(r, 40)),
    ("zoom_oauth_client_secret", ["zoom", "client", "secret"], lambda r: rs(r, 32)),
    ("hellosign_api_key", ["hellosign", "api", "key"], lambda r: hexs(r, 64)),
    ("formstack_oauth_token", ["formstack", "token"], lambda r: hexs(r, 32)),
    ("smile_io_private_key", ["smile", "private", "key"], lambda r: "sk_" + rs(r, 24)),
    ("loyaltylion_api_secret", ["loyaltylion", "secret"], lambda r: hexs(r, 32), (["loyaltylion", "token"], lambda r: hexs(r, 32))),
    ("yotpo_secret_key", ["yotpo", "secret", "key"], lambda r: rs(r, 40)),
    ("stamped_io_private_key", ["stamped", "private", "key"], lambda r: "key-" + rs(r, 40)),
    ("trustpilot_api_secret", ["trustpilot", "api", "secret"], lambda r: rs(r, 32)),
    ("yelp_fusion_api_key", ["yelp", "api", "key"], lambda r: rs(r, 128, B64URL)),
    ("nicejob_api_token", ["nicejob", "api", "token"], lambda r: rs(r, 48)),
    ("deputy_permanent_token", ["deputy", "permanent", "token"], lambda r: hexs(r, 32)),
    ("sevenshifts_access_token", ["sevenshifts", "access", "token"], lambda r: hexs(r, 64)),
    ("anthropic_api_key", ["anthropic", "api", "key"], lambda r: "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"),
    ("mistral_api_key", ["mistral", "api", "key"], lambda r: rs(r, 32)),
    ("cohere_api_key", ["cohere", "api", "key"], lambda r: rs(r, 40)),
    ("elevenlabs_api_key", ["elevenlabs", "api", "key"], lambda r: "sk_" + hexs(r, 48)),
    ("deepgram_api_key", ["deepgram", "api", "key"], lambda r: hexs(r, 40)),
    ("assemblyai_api_key", ["assemblyai", "api", "key"], lambda r: hexs(r, 32)),
    ("together_ai_api_key", ["together", "api", "key"], lambda r: "tgp_v1_" + rs(r, 43, B64URL)),
    ("stability_ai_api_key", ["stability", "api", "key"], lambda r: "sk-" + rs(r, 48)),
    ("openrouter_api_key", ["openrouter", "api", "key"], lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("deepseek_api_key", ["deepseek", "api", "key"], lambda r: "sk-" + hexs(r, 32)),
    ("github_fine_grained_pat", ["github", "token"], lambda r: "github_pat_11" + rs(r, 20, UPPER_ALNUM) + "_" + rs(r, 59)),
    ("github_oauth_app_client_secret", ["github", "client", "secret"], lambda r: hexs(r, 40), (["github", "client", "id"], lambda r: "Iv23li" + rs(r, 14))),
    ("npm_automation_token", ["npm", "token"], lambda r: "npm_" + rs(r, 36)),
    ("pypi_upload_token", ["pypi", "token"], lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 150, B64URL)),
    ("netlify_personal_access_token", ["netlify", "auth", "token"], lambda r: "nfp_" + rs(r, 36)),
    ("render_api_key", ["render", "api", "key"], lambda r: "rnd_" + rs(r, 32)),
    ("cloudflare_origin_ca_key", ["cf", "origin", "ca", "key"], lambda r: "v1.0-" + hexs(r, 24) + "-" + hexs(r, 146)),
    ("sentry_org_auth_token", ["sentry", "auth", "token"], _sntrys),
    ("launchdarkly_api_access_token", ["launchdarkly", "access", "token"], lambda r: "api-" + uuid4(r)),
    ("onepassword_service_account_token", ["op", "service", "account", "token"], _ops),
    ("hashicorp_vault_token", ["vault", "token"], lambda r: "hvs." + rs(r, 92, B64URL)),
    ("azure_blob_sas_signature", ["azure", "blob", "sas", "sig"], _azure_sas),
    ("linode_api_token", ["linode", "token"], lambda r: hexs(r, 64)),
    ("hetzner_cloud_api_token", ["hcloud", "token"], lambda r: rs(r, 64)),
    ("backblaze_b2_application_key", ["b2", "application", "key"], lambda r: "K005" + rs(r, 27), (["b2", "application", "key", "id"], lambda r: "005" + hexs(r, 22))),
    ("cloudinary_api_secret", ["cloudinary", "api", "secret"], lambda r: rs(r, 27, B64URL), (["cloudinary", "api", "key"], lambda r: str(r.randint(10**14, 10**15 - 1)))),
    ("imagekit_private_key", ["imagekit", "private", "key"], lambda r: "private_" + b64_bytes(r, 21)),
    ("uploadcare_secret_key", ["uploadcare", "secret", "key"], lambda r: hexs(r, 20)),
    ("meilisearch_master_key", ["meili", "master", "key"], lambda r: rs(r, 44, B64URL)),
    ("pusher_app_secret", ["pusher", "app", "secret"], lambda r: hexs(r, 20), (["pusher", "app", "key"], lambda r: hexs(r, 20))),
    ("ably_root_api_key", ["ably", "api", "key"], lambda r: rs(r, 6) + "." + rs(r, 6) + ":" + rs(r, 43, B64URL)),
    ("onesignal_rest_api_key", ["onesignal", "rest", "api", "key"], lambda r: "os_v2_app_" + rs(r, 113, "abcdefghijklmnopqrstuvwxyz234567")),
    ("expo_robot_access_token", ["expo", "token"], lambda r: rs(r, 40, B64URL)),
    ("revenuecat_secret_api_key", ["revenuecat", "secret", "key"], lambda r: "sk_" + rs(r, 32)),
    ("amplitude_secret_key", ["amplitude", "secret", "key"], lambda r: hexs(r, 32)),
    ("gorgias_api_key", ["gorgias", "api", "key"], lambda r: hexs(r, 64)),
    ("cal_com_api_key", ["calcom", "api", "key"], lambda r: "cal_live_" + hexs(r, 32)),
    ("recaptcha_secret_key", ["recaptcha", "secret", "key"], lambda r: "6L" + rs(r, 38, B64URL), (["recaptcha", "site", "key"], lambda r: "6L" + rs(r, 38, B64URL))),
    ("hcaptcha_secret_key", ["hcaptcha", "secret"], lambda r: "0x" + hexs(r, 40)),
    ("turnstile_secret_key", ["turnstile", "secret", "key"], lambda r: "0x4AAAAAAA" + rs(r, 24, B64URL)),
    ("mapbox_downloads_token", ["mapbox", "downloads", "token"], lambda r: "sk." + b64url_json({"u": "glowbook-" + rs(r, 5, LOWER_ALNUM), "a": "cl" + rs(r, 23, LOWER_ALNUM)}) + "." + rs(r, 22, B64URL)),
    ("resortsuite_api_key", ["resortsuite", "api", "key"], lambda r: hexs(r, 48)),
    ("rybbon_api_secret", ["rybbon", "api", "secret"], lambda r: hexs(r, 40)),
    ("docuseal_api_token", ["docuseal", "api", "token"], lambda r: rs(r, 44)),
    ("grade_us_api_token", ["gradeus", "api", "token"], lambda r: hexs(r, 40)),
    ("wheniwork_developer_key", ["wheniwork", "developer", "key"], lambda r: hexs(r, 40)),
    ("rosy_salon_api_token", ["rosy", "api", "token"], lambda r: rs(r, 40)),
    ("shortcuts_software_api_secret", ["shortcuts", "api", "secret"], lambda r: rs(r, 32)),
    ("tango_card_platform_key", ["tango", "platform", "key"], lambda r: rs(r, 43, B62 + "?&$!")),
    ("homebase_api_key", ["homebase", "api", "key"], lambda r: rs(r, 40)),
]

# style name -> (case style, template). «K» key, «V» value, «N» optional neighbour line(s)
STYLES = [
    ("salon_backend_dotenv_production", "upper", "# .env.production\nNODE_ENV=production\n«N»«K»=«V»\n"),
    ("booking_worker_compose_environment", "upper", "services:\n  worker:\n    image: glowbook/worker:3.2\n    environment:\n«N»      «K»: «V»\n"),
    ("spa_planner_helm_values_override", "camel", "# values-prod.yaml\nreplicaCount: 2\nintegrations:\n«N»  «K»: \"«V»\"\n"),
    ("kiosk_tablet_eas_json_env", "upper", "{\n  \"build\": {\n    \"production\": {\n      \"env\": {\n«N»        \"«K»\": \"«V»\"\n      }\n    }\n  }\n}\n"),
    ("front_desk_pc_powershell_env_assignment", "upper", "PS C:\\Salon> «N»$env:«K» = \"«V»\"\nPS C:\\Salon> .\\sync-bookings.ps1\n"),
    ("marketing_jobs_aws_ssm_put_parameter_history", "kebab", "$ «N»aws ssm put-parameter --name /glowbook/prod/«K» --type SecureString --value '«V»' --overwrite\n"),
    ("loyalty_functions_firebase_config_set", "snake", "$ firebase use prod\n$ «N»firebase functions:config:set vendors.«K»=\"«V»\"\n✔  Functions config updated.\n"),
    ("stylist_payroll_terraform_auto_tfvars", "snake", "# secrets.auto.tfvars\nenvironment = \"prod\"\n«N»«K» = \"«V»\"\n"),
    ("salon_owner_imessage_paste", "spaced", "Dana: ok here it is «N»the «K» is «V» 🙏\nMarco: thanks, adding it now\n"),
    ("gift_card_node_config_module", "camel", "module.exports = {\n  port: 4010,\n«N»  «K»: '«V»',\n};\n"),
    ("salon_it_keepassxc_csv_export", "title", "\"Group\",\"Title\",\"Username\",\"Secret\",\"URL\",\"Notes\"\n«N»\"Root/Integrations\",\"«K»\",\"\",\"«V»\",\"\",\"\"\n"),
    ("spa_support_zendesk_ticket_reply", "spaced", "Hi there,\n\nThanks for your patience. «N»For the integration please use «K»: «V»\n\nKind regards,\nSpa Systems Support\n"),
]


def _neighbour(style_name, case, kw, nv):
    k = key_style(kw, case)
    if style_name == "salon_backend_dotenv_production":
        return f"{k}={nv}\n"
    if style_name == "booking_worker_compose_environment":
        return f"      {k}: {nv}\n"
    if style_name == "spa_planner_helm_values_override":
        return f"  {k}: \"{nv}\"\n"
    if style_name == "kiosk_tablet_eas_json_env":
        return f"        \"{k}\": \"{nv}\",\n"
    if style_name == "front_desk_pc_powershell_env_assignment":
        return f"$env:{k} = \"{nv}\"\nPS C:\\Salon> "
    if style_name == "marketing_jobs_aws_ssm_put_parameter_history":
        return f"aws ssm put-parameter --name /glowbook/prod/{k} --type String --value '{nv}'\n$ "
    if style_name == "loyalty_functions_firebase_config_set":
        return f"firebase functions:config:set vendors.{k}=\"{nv}\"\n$ "
    if style_name == "stylist_payroll_terraform_auto_tfvars":
        return f"{k} = \"{nv}\"\n"
    if style_name == "salon_owner_imessage_paste":
        return f"{k} {nv} and "
    if style_name == "gift_card_node_config_module":
        return f"  {k}: '{nv}',\n"
    if style_name == "salon_it_keepassxc_csv_export":
        return f"\"Root/Integrations\",\"{k}\",\"\",\"{nv}\",\"\",\"public id, not secret\"\n"
    if style_name == "spa_support_zendesk_ticket_reply":
        return f"Your {k} stays {nv}. "
    raise KeyError(style_name)


def generate(registry, deny_ok):
    """deny_ok(name) -> bool; candidates whose type name is deny-listed are dropped."""
    rng = random.Random(SEED)
    kept, dropped = [], []
    for c in CANDIDATES:
        (kept if deny_ok(c[0]) else dropped).append(c)
    tail = kept[120:]
    kept = kept[:120]
    recs = []
    for i, c in enumerate(kept):
        typ, kw, gen = c[0], c[1], c[2]
        sname, case, tpl = STYLES[i % len(STYLES)]
        neigh = ""
        for _ in range(50):
            if len(c) > 3:
                nkw, ngen = c[3]
                neigh = _neighbour(sname, case, nkw, ngen(rng))
            value = registry.draw(gen, rng)
            text, s, e = place(tpl, value, K=key_style(kw, case), N=neigh)
            if text.count(value) == 1:
                break
        recs.append(span_record("", typ, f"{typ}__{sname}", text, s, e, "vendor"))
    return recs, [d[0] for d in dropped], [t[0] for t in tail]
