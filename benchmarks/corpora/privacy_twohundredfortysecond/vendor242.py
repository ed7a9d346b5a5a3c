"""Vendor source: 120 credential types of services an ice-cream maker's developers use."""
import base64
import json
import random
import re

from common242 import (ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEXL, HEXU, B64URL, B64STD, DIGITS, MARK,
                       jwt_valid, make_jwt, rbytes, rs, span_record, uuid4, words_to, world_password,
                       PW_RE)

SEED = 24202

ALPHA = {"an": ALNUM, "lan": LOWER_ALNUM, "uan": UPPER_ALNUM, "hex": HEXL, "HEX": HEXU,
         "u64": B64URL, "dig": DIGITS, "low": "abcdefghijklmnopqrstuvwxyz",
         "let": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
         "b32l": "abcdefghijklmnopqrstuvwxyz234567", "azq": ALNUM + "_~."}
RXCLS = {"an": "[A-Za-z0-9]", "lan": "[a-z0-9]", "uan": "[A-Z0-9]", "hex": "[0-9a-f]", "HEX": "[0-9A-F]",
         "u64": "[A-Za-z0-9_-]", "dig": "[0-9]", "low": "[a-z]", "let": "[A-Za-z]", "b32l": "[a-z2-7]",
         "azq": "[A-Za-z0-9_~.]"}
UUID_RX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

R, B, G, PW = "read this session", "believed from memory", "guessed", "owner-chosen"

# (type, group, spec, provenance, neighbour words or None, neighbour spec)
# spec: list of literals and (alphabet, n); or a special string
V = []


def add(typ, group, spec, prov, nb=None, nbspec=None):
    V.append((typ, group, spec, prov, nb, nbspec))


GT = "Ice-cream trade: machines, ingredients, cold chain, vans, food safety"
add("carpigiani_teorema_cloud_api_token", GT, [("an", 40)], G, ["teorema", "machine", "serial"], ["CG", ("dig", 8)])
add("carpigiani_teorema_service_login_password", GT, "PW", PW, ["teorema", "login", "email"], "EMAIL")
add("bravo_trittico_remote_password", GT, "PW", PW, ["trittico", "serial"], ["TR", ("dig", 7)])
add("taylor_connected_freezer_api_key", GT, [("hex", 32)], G)
add("technogel_plant_portal_password", GT, "PW", PW, ["technogel", "user"], "USER")
add("pregel_b2b_shop_password", GT, "PW", PW, ["pregel", "customer", "number"], ["C", ("dig", 6)])
add("babbi_professional_portal_password", GT, "PW", PW, ["babbi", "login", "email"], "EMAIL")
add("mec3_gelato_academy_login_password", GT, "PW", PW, ["mec3", "academy", "email"], "EMAIL")
add("fabbri_1905_pro_portal_password", GT, "PW", PW, ["fabbri", "customer", "code"], ["FB", ("dig", 5)])
add("cattabriga_effe_remote_api_token", GT, [("u64", 48)], G)
add("isa_display_cabinet_cloud_api_key", GT, [("an", 32)], G)
add("frigomat_remote_assist_password", GT, "PW", PW, ["frigomat", "machine", "id"], ["FGM-", ("dig", 6)])
add("stoelting_soft_serve_cloud_token", GT, [("lan", 40)], G)
add("electro_freeze_service_portal_password", GT, "PW", PW, ["electro", "freeze", "dealer", "id"], ["EF", ("dig", 5)])
add("whitby_morrison_parts_portal_password", GT, "PW", PW, ["whitby", "account", "email"], "EMAIL")
add("sensorpush_cloud_api_token", GT, [("u64", 43)], G)
add("monnit_imonnit_api_secret_key", GT, [("an", 48)], G, ["imonnit", "api", "key", "id"], [("an", 20)])
add("testo_saveris_api_client_secret", GT, [("an", 40)], G, ["saveris", "client", "id"], "UUID")
add("disruptive_technologies_service_account_secret", GT, [("hex", 32)], G, ["dt", "key", "id"], [("lan", 20)])
add("jolt_food_safety_api_key", GT, [("an", 32)], G)
add("samsara_fleet_api_token", GT, ["samsara_api_", ("an", 30)], B)
add("geotab_mygeotab_service_password", GT, "PW", PW, ["mygeotab", "database"], ["frostyvans_", ("lan", 4)])
add("webfleet_connect_api_key", GT, [("uan", 32)], G, ["webfleet", "account"], ["frostyvans-", ("dig", 3)])
add("teltonika_fota_web_api_token", GT, [("an", 64)], G)
add("goldbelly_merchant_api_key", GT, [("hex", 40)], G)
add("deliverect_api_client_secret", GT, [("an", 64)], G, ["deliverect", "client", "id"], [("an", 32)])
add("just_eat_takeaway_partner_api_key", GT, [("an", 40)], G)
add("wolt_venue_integration_token", GT, [("u64", 43)], G)

GC = "Commerce, payments, shipping, marketing and reviews"
add("stripe_restricted_live_key", GC, ["rk_live_51", ("an", 97)], R)
add("stripe_webhook_endpoint_secret", GC, ["whsec_", ("an", 32)], B)
add("square_production_access_token", GC, ["EAAA", ("u64", 60)], R)
add("paypal_rest_live_client_secret", GC, ["E", ("u64", 79)], B, ["paypal", "client", "id"], ["A", ("u64", 79)])
add("mollie_live_api_key", GC, ["live_", ("an", 30)], B)
add("zettle_api_key_assertion_jwt", GC, "JWT_ZETTLE", B, ["zettle", "client", "id"], "UUID")
add("toast_partner_client_secret", GC, [("u64", 64)], G, ["toast", "client", "id"], [("an", 32)])
add("clover_merchant_api_token", GC, "UUID", B, ["clover", "merchant", "id"], [("uan", 13)])
add("lightspeed_x_series_personal_token", GC, ["lsxs_pt_", ("an", 32)], B)
add("revel_systems_api_secret", GC, [("an", 64)], G, ["revel", "api", "key"], [("hex", 32)])
add("shippo_live_api_token", GC, ["shippo_live_", ("hex", 40)], R)
add("easypost_production_api_key", GC, ["EZAK", ("an", 54)], R)
add("sendcloud_api_secret_key", GC, [("hex", 32)], G, ["sendcloud", "public", "key"], [("hex", 32)])
add("shipengine_production_api_key", GC, [("u64", 43)], G)
add("yelp_fusion_api_key", GC, [("u64", 128)], B)
add("tripadvisor_content_api_key", GC, [("HEX", 32)], G)
add("sendgrid_mail_send_api_key", GC, ["SG.", ("u64", 22), ".", ("u64", 43)], R)
add("postmark_server_api_token", GC, "UUID", B)
add("mailjet_api_secret_key", GC, [("hex", 32)], B, ["mailjet", "api", "key"], [("hex", 32)])
add("activecampaign_api_key", GC, [("hex", 72)], B, ["activecampaign", "account", "url"], "ACURL")
add("mailerlite_api_token_jwt", GC, "JWT_MAILERLITE", B)
add("typeform_personal_access_token", GC, ["tfp_", ("an", 44), "_", ("an", 14)], R)
add("hubspot_private_app_access_token", GC, "HUBSPOT", B)
add("google_business_profile_client_secret", GC, ["GOCSPX-", ("u64", 28)], B, ["gbp", "client", "id"], "GCLIENT")

GM = "Messaging, e-mail, social and notifications"
add("meta_whatsapp_cloud_access_token", GM, ["EAAM", ("an", 180)], R, ["whatsapp", "phone", "number", "id"], [("dig", 15)])
add("x_twitter_api_bearer_token", GM, ["AAAAAAAAAAAAAAAAAAAAA", ("an", 90)], R)
add("vonage_api_secret", GM, [("an", 16)], B, ["vonage", "api", "key"], [("hex", 8)])
add("plivo_auth_token", GM, [("an", 40)], B, ["plivo", "auth", "id"], ["MA", ("uan", 18)])
add("infobip_api_key", GM, "INFOBIP", B)
add("clicksend_api_key", GM, "UUIDUP", B, ["clicksend", "username"], "USER")
add("microsoft_teams_incoming_webhook_url", GM, "TEAMSURL", R)
add("google_chat_space_webhook_url", GM, "GCHATURL", B)
add("discord_channel_webhook_url", GM, "DISCORDURL", B)
add("onesignal_rest_api_key", GM, ["os_v2_app_", ("b32l", 113)], B, ["onesignal", "app", "id"], "UUID")
add("firebase_cloud_messaging_server_key", GM, ["AAAA", ("u64", 7), ":APA91b", ("u64", 134)], B)

GA = "AI services"
add("mistral_ai_api_key", GA, [("an", 32)], B)
add("cohere_production_api_key", GA, [("an", 40)], R)
add("deepseek_platform_api_key", GA, ["sk-", ("hex", 32)], B)
add("xai_grok_api_key", GA, ["xai-", ("an", 80)], B)
add("openrouter_api_key", GA, ["sk-or-v1-", ("hex", 64)], B)
add("elevenlabs_api_key", GA, ["sk_", ("hex", 48)], B)
add("assemblyai_api_key", GA, [("hex", 32)], B)
add("deepgram_api_key", GA, [("hex", 40)], B)
add("azure_openai_resource_key", GA, [("hex", 32)], B, ["azure", "openai", "endpoint"], "AOAIURL")
add("anthropic_admin_api_key", GA, ["sk-ant-admin01-", ("u64", 93), "AA"], R)
add("openai_service_account_key", GA, ["sk-svcacct-", ("u64", 74), "T3BlbkFJ", ("u64", 74)], R)
add("huggingface_organization_api_token", GA, ["api_org_", ("let", 34)], R)
add("langfuse_secret_key", GA, "LANGFUSE", B, ["langfuse", "public", "key"], "LFPK")

GD = "Developer services"
add("github_fine_grained_personal_access_token", GD, ["github_pat_", ("uan", 22), "_", ("an", 59)], R)
add("github_app_installation_token", GD, ["ghs_", ("an", 36)], R)
add("gitlab_pipeline_trigger_token", GD, ["glptt-", ("hex", 40)], R)
add("gitlab_runner_authentication_token", GD, ["glrt-", ("u64", 20)], R)
add("atlassian_jira_api_token", GD, ["ATATT3xFfGF0", ("u64", 170), "=", ("HEX", 8)], B, ["jira", "user", "email"], "EMAIL")
add("pypi_project_upload_token", GD, ["pypi-AgEIcHlwaS5vcmc", ("u64", 150)], R)
add("docker_hub_personal_access_token", GD, ["dckr_pat_", ("u64", 27)], B, ["docker", "hub", "username"], "USER")
add("netlify_personal_access_token", GD, ["nfp_", ("an", 40)], B)
add("sonarcloud_user_token", GD, ["squ_", ("hex", 40)], R)
add("terraform_cloud_team_api_token", GD, [("an", 14), ".atlasv1.", ("u64", 67)], R)
add("postman_api_key", GD, ["PMAK-", ("hex", 24), "-", ("hex", 34)], R)
add("linear_personal_api_key", GD, ["lin_api_", ("an", 40)], R)
add("asana_personal_access_token", GD, ["2/", ("dig", 16), "/", ("dig", 16), ":", ("hex", 32)], B)
add("figma_personal_access_token", GD, ["figd_", ("u64", 40)], B)
add("clickup_personal_api_token", GD, ["pk_", ("dig", 8), "_", ("uan", 32)], B)
add("trello_api_token", GD, ["ATTA", ("hex", 64), ("HEX", 8)], B, ["trello", "api", "key"], [("hex", 32)])
add("launchdarkly_server_sdk_key", GD, "LDSDK", B)
add("prefect_cloud_api_key", GD, ["pnu_", ("an", 36)], R)
add("supabase_service_role_jwt", GD, "JWT_SUPABASE", B, ["supabase", "url"], "SBURL")
add("neon_database_api_key", GD, ["napi_", ("lan", 64)], B)
add("planetscale_service_token", GD, ["pscale_tkn_", ("u64", 43)], R, ["planetscale", "service", "token", "id"], [("lan", 12)])
add("upstash_redis_rest_token", GD, ["AX", ("u64", 58), "="], G, ["upstash", "redis", "rest", "url"], "UPURL")
add("mongodb_atlas_api_private_key", GD, "UUID", B, ["atlas", "public", "key"], [("low", 8)])

GO = "Ops, cloud, identity, monitoring and IoT"
add("grafana_cloud_access_policy_token", GO, "GLC", R)
add("grafana_service_account_token", GO, ["glsa_", ("an", 32), "_", ("hex", 8)], R)
add("new_relic_user_api_key", GO, ["NRAK-", ("uan", 27)], R)
add("hashicorp_vault_service_token", GO, ["hvs.", ("u64", 95)], R)
add("tailscale_auth_key", GO, ["tskey-auth-k", ("an", 11), "CNTRL-", ("an", 33)], B)
add("ngrok_agent_authtoken", GO, [("an", 27), "_", ("an", 21)], B)
add("backblaze_b2_application_key", GO, ["K00", ("dig", 1), ("an", 27)], B, ["b2", "key", "id"], ["00", ("hex", 23)])
add("scaleway_secret_key", GO, "UUID", B, ["scaleway", "access", "key"], ["SCW", ("uan", 17)])
add("ovhcloud_application_secret", GO, [("an", 32)], B, ["ovh", "application", "key"], [("an", 16)])
add("vultr_api_key", GO, [("uan", 36)], B)
add("azure_ad_application_client_secret", GO, [("azq", 3), ("dig", 1), "Q~", ("azq", 34)], R, ["azure", "client", "id"], "UUID")
add("okta_api_token", GO, ["00", ("u64", 40)], R, ["okta", "org", "url"], "OKTAURL")
add("auth0_application_client_secret", GO, [("u64", 64)], B, ["auth0", "client", "id"], [("an", 32)])
add("clerk_live_secret_key", GO, ["sk_live_", ("an", 42)], B)
add("cloudflare_r2_secret_access_key", GO, [("hex", 64)], B, ["r2", "access", "key", "id"], [("hex", 32)])
add("aws_ses_smtp_credential", GO, "SES", B, ["ses", "smtp", "username"], ["AKIA", ("uan", 16)])
add("opsgenie_api_key", GO, "UUID", B)
add("particle_cloud_access_token", GO, [("hex", 40)], B)
add("cloudflare_origin_ca_key", GO, ["v1.0-", ("hex", 24), "-", ("hex", 146)], R)
add("dynatrace_api_token", GO, ["dt0c01.", ("uan", 24), ".", ("uan", 64)], R)
add("infisical_service_token", GO, "INFISICAL", B)

assert len(V) == 120, len(V)
assert len({v[0] for v in V}) == 120

SPECIAL_DESC = {
    "PW": "owner-chosen password",
    "UUID": "UUIDv4",
    "UUIDUP": "upper-case UUIDv4",
    "JWT_ZETTLE": "JWT (RS256 header with `kid`, base64url JSON payload with `iss`, `aud`, `client_id`, "
                  "`iat`; 256-byte signature random in frame)",
    "JWT_MAILERLITE": "JWT (RS256, base64url JSON header and payload with `aud`, `jti`, `sub`, `scopes`; "
                      "256-byte signature random in frame)",
    "JWT_SUPABASE": "real HS256 JWT with `iss` supabase, `ref` (20 lower-case letters), `role` "
                    "service_role, `iat`, `exp`",
    "HUBSPOT": "`pat-eu1-` + UUIDv4",
    "INFOBIP": "32 lower-case hex + `-` + UUIDv4",
    "TEAMSURL": "`https://<tenant>.webhook.office.com/webhookb2/` + UUIDv4 + `@` + UUIDv4 + "
                "`/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4 (the URL is the credential)",
    "GCHATURL": "`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + "
                "33 base64url + `&token=` + 43 base64url + `%3D` (the URL is the credential)",
    "DISCORDURL": "`https://discord.com/api/webhooks/` + 19 digits + `/` + 68 base64url (the URL is the "
                  "credential)",
    "LANGFUSE": "`sk-lf-` + UUIDv4",
    "LDSDK": "`sdk-` + UUIDv4",
    "GLC": "`glc_` + standard Base64 of real JSON `{o: org id, n: token name, k: 24 alphanumerics, "
           "m: {r: region}}`",
    "SES": "standard Base64 of version byte 0x04 + 32 random bytes (44 characters, starts `B`)",
    "INFISICAL": "`st.` + UUIDv4 + `.` + 32 lower-case hex + `.` + 32 lower-case hex",
}

ALPHA_DESC = {"an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
              "hex": "lower-case hex", "HEX": "upper-case hex", "u64": "base64url", "dig": "digits",
              "low": "lower-case letters", "let": "letters", "b32l": "lower-case base32",
              "azq": "of [A-Za-z0-9_~.]"}


def spec_desc(spec):
    if isinstance(spec, str):
        return SPECIAL_DESC[spec]
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        else:
            out.append("%d %s" % (p[1], ALPHA_DESC[p[0]]))
    return " + ".join(out)


def gen_spec(spec, rng):
    return "".join(p if isinstance(p, str) else rs(rng, ALPHA[p[0]], p[1]) for p in spec)


def spec_regex(spec):
    return "^" + "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (RXCLS[p[0]], p[1])
                         for p in spec) + "$"


def gen_special(spec, rng):
    if spec == "PW":
        return world_password(rng)
    if spec == "UUID":
        return uuid4(rng)
    if spec == "UUIDUP":
        return uuid4(rng).upper()
    if spec == "HUBSPOT":
        return "pat-eu1-" + uuid4(rng)
    if spec == "INFOBIP":
        return rs(rng, HEXL, 32) + "-" + uuid4(rng)
    if spec == "LANGFUSE":
        return "sk-lf-" + uuid4(rng)
    if spec == "LDSDK":
        return "sdk-" + uuid4(rng)
    if spec == "INFISICAL":
        return "st." + uuid4(rng) + "." + rs(rng, HEXL, 32) + "." + rs(rng, HEXL, 32)
    if spec == "TEAMSURL":
        return ("https://scoopandchurn.webhook.office.com/webhookb2/" + uuid4(rng) + "@" + uuid4(rng)
                + "/IncomingWebhook/" + rs(rng, HEXL, 32) + "/" + uuid4(rng))
    if spec == "GCHATURL":
        return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(rng, B64URL, 7) + "/messages?key=AIzaSy"
                + rs(rng, B64URL, 33) + "&token=" + rs(rng, B64URL, 43) + "%3D")
    if spec == "DISCORDURL":
        return ("https://discord.com/api/webhooks/1" + rs(rng, DIGITS, 18) + "/" + rs(rng, B64URL, 68))
    if spec == "GLC":
        obj = {"o": str(rng.randint(100000, 999999)), "n": "pint-shop-metrics-write",
               "k": rs(rng, ALNUM, 24), "m": {"r": rng.choice(["prod-eu-west-2", "prod-eu-west-3"])}}
        return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()
    if spec == "SES":
        return base64.b64encode(b"\x04" + rbytes(rng, 32)).decode()
    if spec == "JWT_ZETTLE":
        iat = 1717000000 + rng.randint(0, 9000000)
        return make_jwt(rng, {"kid": str(rng.randint(1600000000000, 1700000000000)), "typ": "JWT", "alg": "RS256"},
                        {"iss": "iZettle", "aud": "API", "exp": iat + 315360000, "sub": uuid4(rng),
                         "client_id": uuid4(rng), "iat": iat, "scopes": ["READ:PURCHASE", "READ:PRODUCT"]})
    if spec == "JWT_MAILERLITE":
        iat = 1717000000 + rng.randint(0, 9000000)
        return make_jwt(rng, {"typ": "JWT", "alg": "RS256"},
                        {"aud": "4", "jti": rs(rng, HEXL, 80), "iat": iat, "nbf": iat,
                         "sub": str(rng.randint(100000, 999999)), "scopes": []})
    if spec == "JWT_SUPABASE":
        iat = 1717000000 + rng.randint(0, 9000000)
        return make_jwt(rng, {"alg": "HS256", "typ": "JWT"},
                        {"iss": "supabase", "ref": rs(rng, "abcdefghijklmnopqrstuvwxyz", 20),
                         "role": "service_role", "iat": iat, "exp": iat + 315360000})
    raise ValueError(spec)


def validate(spec, value):
    if not isinstance(spec, str):
        return re.match(spec_regex(spec), value) is not None
    if spec == "PW":
        return PW_RE.match(value) is not None
    if spec == "UUID":
        return re.match("^" + UUID_RX + "$", value) is not None
    if spec == "UUIDUP":
        return re.match("^" + UUID_RX.upper().replace("A-F", "A-F") + "$", value) is not None
    if spec == "HUBSPOT":
        return re.match("^pat-eu1-" + UUID_RX + "$", value) is not None
    if spec == "INFOBIP":
        return re.match("^[0-9a-f]{32}-" + UUID_RX + "$", value) is not None
    if spec == "LANGFUSE":
        return re.match("^sk-lf-" + UUID_RX + "$", value) is not None
    if spec == "LDSDK":
        return re.match("^sdk-" + UUID_RX + "$", value) is not None
    if spec == "INFISICAL":
        return re.match(r"^st\." + UUID_RX + r"\.[0-9a-f]{32}\.[0-9a-f]{32}$", value) is not None
    if spec == "TEAMSURL":
        return re.match(r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/" + UUID_RX + "@" + UUID_RX
                        + "/IncomingWebhook/[0-9a-f]{32}/" + UUID_RX + "$", value) is not None
    if spec == "GCHATURL":
        return re.match(r"^https://chat\.googleapis\.com/v1/spaces/AAAA[\w-]{7}/messages\?key=AIzaSy[\w-]{33}"
                        r"&token=[\w-]{43}%3D$", value) is not None
    if spec == "DISCORDURL":
        return re.match(r"^https://discord\.com/api/webhooks/[0-9]{19}/[\w-]{68}$", value) is not None
    if spec == "GLC":
        if not value.startswith("glc_"):
            return False
        obj = json.loads(base64.b64decode(value[4:]))
        return set(obj) == {"o", "n", "k", "m"}
    if spec == "SES":
        raw = base64.b64decode(value)
        return len(value) == 44 and raw[0] == 4 and len(raw) == 33
    if spec.startswith("JWT_"):
        return jwt_valid(value)
    raise ValueError(spec)


def gen_neighbour(nbspec, rng):
    if nbspec == "EMAIL":
        return rng.choice(["ops", "lab", "owner", "giulia", "marco", "admin"]) + "@" + rng.choice(
            ["gelateria-aurora.example", "scoopandchurn.example", "frostyvans.example"])
    if nbspec == "USER":
        return rng.choice(["aurora", "scoopchurn", "frostyvans", "gelatolab"]) + "_" + rs(rng, "abcdefghijklmnopqrstuvwxyz", 3)
    if nbspec == "UUID":
        return uuid4(rng)
    if nbspec == "ACURL":
        return "https://scoopandchurn%d.api-us1.com" % rng.randint(10, 99)
    if nbspec == "GCLIENT":
        return rs(rng, DIGITS, 12) + "-" + rs(rng, LOWER_ALNUM, 32) + ".apps.googleusercontent.com"
    if nbspec == "AOAIURL":
        return "https://aurora-gelato-%s.openai.azure.com/" % rs(rng, "abcdefghijklmnopqrstuvwxyz", 4)
    if nbspec == "LFPK":
        return "pk-lf-" + uuid4(rng)
    if nbspec == "SBURL":
        return "https://%s.supabase.co" % rs(rng, "abcdefghijklmnopqrstuvwxyz", 20)
    if nbspec == "UPURL":
        return "https://eu1-cool-gelato-%d.upstash.io" % rng.randint(10000, 99999)
    if nbspec == "OKTAURL":
        return "https://scoopandchurn.okta.com"
    return gen_spec(nbspec, rng)


# ---------------------------------------------------------------- styles
# style name, case, renderer(key, value, nbkey, nbval) -> text with MARK in place of the value

def _nb(fmt, nk, nv):
    return fmt.format(k=nk, v=nv) if nk else ""


STYLES = [
    ("gelato_lab_dotenv_line", "upper",
     lambda k, nk, nv: "# lab services\n" + _nb("{k}={v}\n", nk, nv) + k + "=" + MARK + "\nLOG_LEVEL=info\n"),
    ("parlour_app_angular_environment_ts", "camel",
     lambda k, nk, nv: "export const environment = {\n  production: true,\n" + _nb("  {k}: '{v}',\n", nk, nv)
     + "  " + k + ": '" + MARK + "',\n};\n"),
    ("pint_shop_nuxt_env_production", "upper",
     lambda k, nk, nv: "NUXT_PUBLIC_SITE=https://pints.scoopandchurn.example\n" + _nb("NUXT_{k}={v}\n", nk, nv)
     + "NUXT_" + k + "=" + MARK + "\n"),
    ("van_fleet_python_settings_module", "upper",
     lambda k, nk, nv: "# fleet/settings.py\nROUTE_REFRESH_SECONDS = 60\n" + _nb("{k} = \"{v}\"\n", nk, nv)
     + k + " = \"" + MARK + "\"\n"),
    ("ops_helm_values_override", "camel",
     lambda k, nk, nv: "# values-prod.yaml\nintegrations:\n" + _nb("  {k}: \"{v}\"\n", nk, nv)
     + "  " + k + ": \"" + MARK + "\"\n"),
    ("ops_vault_kv_get_output", "snake",
     lambda k, nk, nv: "$ vault kv get secret/pint-shop/integrations\n====== Data ======\nKey" + " " * 40 + "Value\n---"
     + " " * 40 + "-----\n" + _nb("{k}    {v}\n", nk, nv) + k + "    " + MARK + "\n"),
    ("ops_gh_secret_set_body_history", "upper",
     lambda k, nk, nv: _nb("gh secret set {k} --body \"{v}\" -R scoopandchurn/pint-shop\n", nk, nv)
     + "gh secret set " + k + " --body \"" + MARK + "\" -R scoopandchurn/pint-shop\ngh secret list -R scoopandchurn/pint-shop\n"),
    ("parlour_owner_signal_message", "spaced",
     lambda k, nk, nv: "Giulia (Signal, 21:47): here you go for the integration, don't lose it\n"
     + _nb("{k}: {v}\n", nk, nv) + k + ": " + MARK + "\n"),
    ("gelato_lab_onenote_page_ocr", "title",
     lambda k, nk, nv: "LAB IT NOTES - page 3\n" + _nb("{k}: {v}\n", nk, nv) + k + ": " + MARK + "\n(update when rotated)\n"),
    ("pint_shop_php_config_array", "snake",
     lambda k, nk, nv: "<?php\nreturn [\n    'shop' => 'pints',\n" + _nb("    '{k}' => '{v}',\n", nk, nv)
     + "    '" + k + "' => '" + MARK + "',\n];\n"),
    ("van_fleet_kotlin_const_val", "upper",
     lambda k, nk, nv: "package example.frostyvans.fleet\n\nobject Keys {\n" + _nb("    const val {k} = \"{v}\"\n", nk, nv)
     + "    const val " + k + " = \"" + MARK + "\"\n}\n"),
    ("ops_terraform_variable_default", "snake",
     lambda k, nk, nv: _nb("variable \"{k}\" {{\n  default = \"{v}\"\n}}\n\n", nk, nv)
     + "variable \"" + k + "\" {\n  type    = string\n  default = \"" + MARK + "\"\n}\n"),
    ("ops_cloud_init_write_files_env", "upper",
     lambda k, nk, nv: "#cloud-config\nwrite_files:\n  - path: /etc/kiosk/integrations.env\n    permissions: '0600'\n    content: |\n"
     + _nb("      {k}={v}\n", nk, nv) + "      " + k + "=" + MARK + "\n"),
    ("parlour_it_freshdesk_ticket_note", "spaced",
     lambda k, nk, nv: "Ticket #4471 - Integration stopped syncing overnight\nPrivate note (agent Tomas):\n"
     + _nb("{k}: {v}\n", nk, nv) + k + " (new): " + MARK + "\nCustomer confirmed sync resumed at 08:10.\n"),
    ("gelato_lab_bitwarden_json_export", "title",
     lambda k, nk, nv: "{\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"" + k + "\",\n"
     + "      \"login\": { \"username\": \"" + (nv if nk else "api") + "\", \"password\": \"" + MARK + "\" },\n"
     + "      \"notes\": \"lab integrations\"\n    }\n  ]\n}\n"),
    ("pint_shop_java_properties_literal", "dot",
     lambda k, nk, nv: "# shop-integrations.properties\nshop.currency=EUR\n" + _nb("{k}={v}\n", nk, nv)
     + k + "=" + MARK + "\n"),
]
STYLE_CASE = {s[0]: s[1] for s in STYLES}


def build(registry, next_id):
    rng = random.Random(SEED)
    order = list(range(len(STYLES))) * 8
    rng.shuffle(order)
    recs = []
    for i, (typ, group, spec, prov, nb, nbspec) in enumerate(V):
        sname, case, render = STYLES[order[i]]
        key = words_to(case, typ.split("_"))
        nk = nv = None
        if nb:
            nk = words_to(case, nb)
            nv = registry.draw(lambda: gen_neighbour(nbspec, rng)) if nbspec not in ("OKTAURL",) else gen_neighbour(nbspec, rng)
        while True:
            value = registry.draw(lambda: gen_spec(spec, rng) if not isinstance(spec, str) else gen_special(spec, rng))
            text = render(key, nk, nv).replace(MARK, value)
            if text.count(value) == 1:
                break
        recs.append(span_record(next_id(), typ, typ + "__" + sname, text, value, "vendor"))
    return recs
