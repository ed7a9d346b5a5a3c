"""Vendor source: 120 vendor credential types used by choir, orchestra and concert-hall developers."""
import base64
import json
import random
import re

from common240 import (ALNUM, LALNUM, UALNUM, HEX, UHEX, B64URL, B64STD, DIGITS, LOWER, UPPER, PEOPLE,
                       owner_password, rand_str, rand_bytes, uuid4, style_key, fill, make_span, PW_RE,
                       PUBLIC_HOSTS, INTERNAL_HOSTS)

SEED = 24002

ALPH = {"alnum": ALNUM, "lalnum": LALNUM, "ualnum": UALNUM, "hex": HEX, "HEX": UHEX, "b64url": B64URL,
        "b64": B64STD, "digits": DIGITS, "letters": LOWER + UPPER, "lower": LOWER}
ALPH_RE = {"alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]", "ualnum": "[A-Z0-9]", "hex": "[0-9a-f]",
           "HEX": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]", "digits": "[0-9]",
           "letters": "[A-Za-z]", "lower": "[a-z]"}
ALPH_WORD = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
             "hex": "lower-case hex", "HEX": "upper-case hex", "b64url": "base64url", "b64": "standard Base64 characters",
             "digits": "digits", "letters": "letters", "lower": "lower-case letters"}

# provenance
R = "read this session in the public gitleaks / Betterleaks rules"
B = "believed from memory"
G = "guessed"
O = "owner-chosen"

# (type, group, spec, provenance, neighbour-kind or None)
# spec: list of literals and (alphabet, n); or the name of a special frame.
V = [
    # --- trade: box office, choir and orchestra software, hall AV, streaming, fundraising (44)
    ("tessitura_rest_api_password", "trade", "pw", O, "tessitura api user"),
    ("spektrix_api_v3_secret_key", "trade", "b64_64bytes", G, "spektrix api user"),
    ("audienceview_unlimited_service_password", "trade", "pw", O, "audienceview service user"),
    ("ticketmaster_discovery_consumer_secret", "trade", [("alnum", 16)], G, "ticketmaster consumer key"),
    ("eventbrite_private_oauth_token", "trade", [("ualnum", 20)], B, None),
    ("ticket_tailor_api_key", "trade", ["sk_", ("digits", 4), "_", ("hex", 32)], G, None),
    ("ticketsolve_api_token", "trade", [("hex", 40)], G, None),
    ("patronmanager_connected_app_consumer_secret", "trade", [("HEX", 64)], B, "patronmanager consumer key"),
    ("see_tickets_partner_api_key", "trade", [("alnum", 32)], G, None),
    ("humanitix_api_key", "trade", "uuid4", G, None),
    ("ticketsource_api_secret", "trade", [("alnum", 48)], G, None),
    ("thundertix_api_key", "trade", [("hex", 32)], G, None),
    ("ludus_box_office_api_token", "trade", [("alnum", 40)], G, None),
    ("choirgenius_site_admin_password", "trade", "pw", O, "choirgenius site"),
    ("chorus_connection_admin_password", "trade", "pw", O, "chorus connection email"),
    ("muzodo_ensemble_admin_password", "trade", "pw", O, "muzodo email"),
    ("harmonysite_admin_password", "trade", "pw", O, "harmonysite username"),
    ("opas_next_sql_login_password", "trade", "pw", O, "opas sql login"),
    ("henle_library_institution_password", "trade", "pw", O, "henle account email"),
    ("nkoda_institution_api_key", "trade", [("alnum", 32)], G, None),
    ("newzik_api_token", "trade", [("b64url", 48)], G, None),
    ("soundslice_api_secret", "trade", [("alnum", 40)], G, "soundslice app id"),
    ("boxcast_api_client_secret", "trade", [("alnum", 40)], G, "boxcast client id"),
    ("dacast_api_key", "trade", [("lalnum", 48)], G, None),
    ("resi_api_client_secret", "trade", [("alnum", 64)], G, "resi client id"),
    ("vimeo_personal_access_token", "trade", [("hex", 32)], B, None),
    ("youtube_live_stream_key", "trade", [("lalnum", 4), "-", ("lalnum", 4), "-", ("lalnum", 4), "-",
                                          ("lalnum", 4), "-", ("lalnum", 4)], B, None),
    ("twitch_stream_key", "trade", ["live_", ("digits", 9), "_", ("alnum", 30)], B, None),
    ("restream_stream_key", "trade", ["re_", ("digits", 7), "_", ("hex", 20)], G, None),
    ("mux_access_token_secret", "trade", [("b64", 75)], G, "mux token id"),
    ("bloomerang_private_api_key", "trade", [("alnum", 36)], G, None),
    ("donorperfect_xml_api_key", "trade", [("b64url", 88)], G, None),
    ("neon_crm_api_key", "trade", [("hex", 32)], G, "neon org id"),
    ("little_green_light_api_token", "trade", [("b64url", 40)], G, None),
    ("givebutter_api_key", "trade", [("alnum", 40)], G, None),
    ("donorbox_api_key", "trade", [("alnum", 36)], G, "donorbox account email"),
    ("blackbaud_sky_subscription_key", "trade", [("hex", 32)], B, None),
    ("blackbaud_sky_application_secret", "trade", "b64_32bytes", G, "blackbaud application id"),
    ("beacon_crm_api_key", "trade", [("hex", 64)], G, None),
    ("artifax_event_api_key", "trade", [("HEX", 32)], G, None),
    ("crestron_xio_cloud_subscription_key", "trade", [("hex", 32)], G, None),
    ("qsys_reflect_api_token", "trade", [("b64url", 64)], G, None),
    ("dante_domain_manager_admin_password", "trade", "pw", O, "ddm admin user"),
    ("shure_systemon_admin_password", "trade", "pw", O, "systemon server"),
    # --- commerce and payments (10)
    ("stripe_live_secret_key", "commerce", ["sk_live_51", ("alnum", 97)], R, None),
    ("square_oauth_application_secret", "commerce", ["sq0csp-", ("b64url", 43)], R, "square application id"),
    ("gocardless_live_access_token", "commerce", ["live_", ("b64url", 40)], R, None),
    ("sumup_secret_api_key", "commerce", ["sup_sk_", ("alnum", 32)], G, None),
    ("adyen_checkout_api_key", "commerce", ["AQE", ("b64url", 117)], G, "adyen merchant account"),
    ("braintree_private_key", "commerce", [("hex", 32)], B, "braintree public key"),
    ("authorize_net_transaction_key", "commerce", [("alnum", 16)], B, "authorize net api login id"),
    ("shopify_admin_api_access_token", "commerce", ["shpat_", ("hex", 32)], R, None),
    ("squarespace_commerce_api_key", "commerce", "uuid4", R, None),
    ("klaviyo_private_api_key", "commerce", ["pk_", ("alnum", 34)], R, None),
    # --- messaging, e-mail, chat (14)
    ("twilio_account_auth_token", "messaging", [("hex", 32)], B, "twilio account sid"),
    ("slack_bot_user_oauth_token", "messaging", ["xoxb-", ("digits", 12), "-", ("digits", 13), "-",
                                                 ("alnum", 24)], R, None),
    ("slack_incoming_webhook_url", "messaging", ["https://hooks.slack.com/services/T", ("ualnum", 10), "/B",
                                                 ("ualnum", 10), "/", ("alnum", 24)], R, None),
    ("discord_bot_token", "messaging", "discord_bot", B, None),
    ("telegram_bot_token", "messaging", [("digits", 10), ":AA", ("b64url", 33)], R, None),
    ("mailgun_private_api_key", "messaging", ["key-", ("hex", 32)], R, None),
    ("sparkpost_api_key", "messaging", [("hex", 40)], B, None),
    ("messagebird_live_access_key", "messaging", [("alnum", 25)], R, None),
    ("pushover_application_token", "messaging", ["a", ("lalnum", 29)], B, "pushover user key"),
    ("mattermost_personal_access_token", "messaging", [("lalnum", 26)], R, None),
    ("zulip_bot_api_key", "messaging", [("alnum", 32)], B, "zulip bot email"),
    ("matrix_synapse_access_token", "messaging", "matrix_syt", B, None),
    ("mailchimp_marketing_api_key", "messaging", [("hex", 32), "-us", ("digits", 2)], R, None),
    ("brevo_smtp_api_key", "messaging", ["xkeysib-", ("hex", 64), "-", ("alnum", 16)], R, None),
    # --- AI (11)
    ("openai_project_api_key", "ai", ["sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)], R, None),
    ("anthropic_api_key", "ai", ["sk-ant-api03-", ("b64url", 93), "AA"], R, None),
    ("google_gemini_api_key", "ai", ["AIza", ("b64url", 35)], R, None),
    ("groq_api_key", "ai", ["gsk_", ("alnum", 52)], R, None),
    ("replicate_api_token", "ai", ["r8_", ("alnum", 37)], R, None),
    ("huggingface_user_access_token", "ai", ["hf_", ("letters", 34)], R, None),
    ("perplexity_api_key", "ai", ["pplx-", ("alnum", 48)], R, None),
    ("together_ai_api_key", "ai", ["tgp_v1_", ("b64url", 43)], R, None),
    ("cerebras_api_key", "ai", ["csk-", ("lalnum", 48)], R, None),
    ("speechmatics_api_key", "ai", [("alnum", 32)], G, None),
    ("lalal_ai_license_key", "ai", [("hex", 16)], G, None),
    # --- developer services (18)
    ("github_classic_personal_access_token", "developer", ["ghp_", ("alnum", 36)], R, None),
    ("github_oauth_access_token", "developer", ["gho_", ("alnum", 36)], R, None),
    ("gitlab_personal_access_token", "developer", ["glpat-", ("b64url", 20)], R, None),
    ("gitlab_deploy_token", "developer", ["gldt-", ("b64url", 20)], R, "gitlab deploy token username"),
    ("npm_automation_access_token", "developer", ["npm_", ("alnum", 36)], R, None),
    ("nuget_org_api_key", "developer", ["oy2", ("lalnum", 43)], B, None),
    ("heroku_platform_api_key", "developer", ["HRKU-AA", ("b64url", 58)], R, None),
    ("vercel_personal_access_token", "developer", ["vcp_", ("b64url", 56)], R, None),
    ("flyio_access_token", "developer", ["fo1_", ("b64url", 43)], R, None),
    ("render_api_key", "developer", ["rnd_", ("alnum", 28)], R, None),
    ("onepassword_service_account_token", "developer", "op_service_account", R, None),
    ("pulumi_access_token", "developer", ["pul-", ("hex", 40)], R, None),
    ("snyk_api_token", "developer", "uuid4", R, None),
    ("circleci_personal_api_token", "developer", ["CCIPAT_", ("alnum", 22), "_", ("hex", 40)], R, None),
    ("contentful_management_token", "developer", ["CFPAT-", ("b64url", 43)], B, None),
    ("algolia_admin_api_key", "developer", [("hex", 32)], R, "algolia application id"),
    ("notion_integration_token", "developer", ["ntn_", ("digits", 11), ("alnum", 35)], R, None),
    ("airtable_personal_access_token", "developer", ["pat", ("alnum", 14), ".", ("hex", 64)], R, None),
    # --- ops, cloud, monitoring (23)
    ("aws_iam_secret_access_key", "ops", [("b64", 40)], B, "aws access key id"),
    ("google_oauth_client_secret", "ops", ["GOCSPX-", ("b64url", 28)], B, "google oauth client id"),
    ("azure_storage_account_key", "ops", "b64_64bytes", B, "azure storage account name"),
    ("cloudflare_api_token", "ops", [("b64url", 40)], R, None),
    ("digitalocean_personal_access_token", "ops", ["dop_v1_", ("hex", 64)], R, None),
    ("linode_personal_access_token", "ops", [("hex", 64)], B, None),
    ("hetzner_cloud_api_token", "ops", [("alnum", 64)], B, None),
    ("datadog_api_key", "ops", [("hex", 32)], B, None),
    ("datadog_application_key", "ops", [("hex", 40)], R, None),
    ("uptimerobot_main_api_key", "ops", ["u", ("digits", 7), "-", ("hex", 24)], B, None),
    ("pusher_channels_app_secret", "ops", [("hex", 20)], B, "pusher app key"),
    ("ably_root_api_key", "ops", "ably_key", B, None),
    ("keycloak_confidential_client_secret", "ops", [("alnum", 32)], B, "keycloak client id"),
    ("sentry_user_auth_token", "ops", ["sntryu_", ("hex", 64)], R, None),
    ("smtp2go_api_key", "ops", ["api-", ("HEX", 32)], B, None),
    ("papertrail_api_token", "ops", [("alnum", 20)], G, None),
    ("honeycomb_ingest_api_key", "ops", [("alnum", 22)], R, None),
    ("octopus_deploy_api_key", "ops", ["API-", ("ualnum", 26)], R, None),
    ("new_relic_insights_insert_key", "ops", ["NRII-", ("b64url", 32)], R, None),
    ("fastly_api_token", "ops", [("b64url", 32)], R, None),
    ("cisco_meraki_dashboard_api_key", "ops", [("hex", 40)], R, None),
    ("zendesk_api_token", "ops", [("alnum", 40)], R, "zendesk agent email"),
    ("intercom_access_token", "ops", [("b64url", 60)], R, None),
]

GROUP_TITLE = {
    "trade": "Trade services of box offices, choirs, orchestras and concert halls (ticketing, choir and "
             "orchestra management, score libraries, hall AV, streaming, fundraising)",
    "commerce": "Commerce and payments",
    "messaging": "Messaging, e-mail and chat",
    "ai": "AI services",
    "developer": "Developer services",
    "ops": "Ops, cloud, identity and monitoring",
}

# 16 styles: (name, key style, template)
STYLES = [
    ("box_office_env_production", "upper", "# /srv/boxoffice/.env.production\nAPP_ENV=production\n⟦NB⟧⟦K⟧=⟦V⟧\nLOG_LEVEL=info\n"),
    ("box_office_laravel_services_php", "snake",
     "<?php\n// config/services.php\nreturn [\n    'mailgun_domain' => 'mg.⟦H⟧',\n⟦NB⟧    '⟦K⟧' => '⟦V⟧',\n];\n"),
    ("choir_site_rails_credentials_show", "snake",
     "$ bin/rails credentials:show -e production\nactive_storage:\n  bucket: choir-portal-uploads\n⟦NB⟧⟦K⟧: ⟦V⟧\n"),
    ("orchestra_ops_doppler_secrets_set_history", "upper",
     "  311  doppler setup --project hall-systems --config prd\n⟦NB⟧  313  doppler secrets set ⟦K⟧='⟦V⟧'\n  314  doppler run -- ./start.sh\n"),
    ("hall_ops_render_blueprint_yaml", "upper",
     "services:\n  - type: web\n    name: hall-api\n    envVars:\n⟦NB⟧      - key: ⟦K⟧\n        value: ⟦V⟧\n"),
    ("choir_app_gradle_buildconfigfield", "upper",
     "android {\n    defaultConfig {\n        applicationId \"org.lindenvale.choir\"\n⟦NB⟧        buildConfigField \"String\", \"⟦K⟧\", \"\\\"⟦V⟧\\\"\"\n    }\n}\n"),
    ("box_office_csharp_appsettings_section", "pascal",
     "{\n  \"Integrations\": {\n⟦NB⟧    \"⟦K⟧\": \"⟦V⟧\"\n  }\n}\n"),
    ("orchestra_app_rust_const", "upper",
     "// src/secrets.rs (generated, do not commit)\n⟦NB⟧pub const ⟦K⟧: &str = \"⟦V⟧\";\n"),
    ("hall_ops_sops_decrypted_yaml", "snake",
     "$ sops -d secrets/hall.enc.yaml\n⟦NB⟧⟦K⟧: ⟦V⟧\nsops_note: decrypted for rotation check\n"),
    ("choir_ops_op_item_get_output", "title",
     "$ op item get \"⟦TITLE⟧\" --vault Choir-Ops\nID:          t2kq7vzq4mfxa3bcu5d6e7f8g\nTitle:       ⟦TITLE⟧\n"
     "Vault:       Choir-Ops\nFields:\n⟦NB⟧  ⟦K⟧:    ⟦V⟧\n"),
    ("box_office_ops_kubectl_create_secret_history", "snake",
     "  77  kubectl config use-context hall-prod\n  78  kubectl -n boxoffice create secret generic integrations \\\n"
     "⟦NB⟧        --from-literal=⟦K⟧=⟦V⟧\n  79  kubectl -n boxoffice rollout restart deploy/web\n"),
    ("orchestra_app_dynaconf_settings_toml", "snake",
     "# .secrets.toml (dynaconf)\n[production]\n⟦NB⟧⟦K⟧ = \"⟦V⟧\"\n"),
    ("hall_av_lua_config_table", "snake",
     "-- hall_av/config.lua\nreturn {\n  site = \"riverside-main-hall\",\n⟦NB⟧  ⟦K⟧ = \"⟦V⟧\",\n}\n"),
    ("choir_director_whatsapp_message", "spaced",
     "[08/04/2024, 21:14:03] ⟦P⟧: Hi! Setting up the new system for the concert tomorrow.\n"
     "[08/04/2024, 21:15:40] ⟦P⟧: ⟦NB⟧here is the ⟦K⟧ ⟦V⟧ can you put it in the website settings?\n"),
    ("box_office_manager_email_to_developer", "spaced",
     "From: ⟦P⟧ <fohmanager@⟦H⟧>\nTo: dev@⟦H⟧\nSubject: keys for the new integration\n\nHi,\n\n"
     "⟦NB⟧the ⟦K⟧ is ⟦V⟧ – could you add it before Friday's on-sale?\n\nThanks,\n⟦P⟧\n"),
    ("orchestra_keepass_xml_export", "title",
     "<Entry>\n\t<String><Key>Title</Key><Value>⟦TITLE⟧</Value></String>\n"
     "\t<String><Key>UserName</Key><Value>⟦NBV⟧</Value></String>\n"
     "\t<String><Key>Password</Key><Value>⟦V⟧</Value></String>\n\t<String><Key>URL</Key><Value>https://⟦H⟧/</Value></String>\n</Entry>\n"),
]
STYLE_NAMES = [s[0] for s in STYLES]

def nb_line(style_name, style, k, v):
    if style_name == "box_office_laravel_services_php":
        return "    '%s' => '%s',\n" % (k, v)
    if style_name == "orchestra_ops_doppler_secrets_set_history":
        return "  312  doppler secrets set %s='%s'\n" % (k, v)
    if style_name == "hall_ops_render_blueprint_yaml":
        return "      - key: %s\n        value: %s\n" % (k, v)
    if style_name == "choir_app_gradle_buildconfigfield":
        return "        buildConfigField \"String\", \"%s\", \"\\\"%s\\\"\"\n" % (k, v)
    if style_name == "box_office_csharp_appsettings_section":
        return "    \"%s\": \"%s\",\n" % (k, v)
    if style_name == "orchestra_app_rust_const":
        return "pub const %s: &str = \"%s\";\n" % (k, v)
    if style_name == "choir_ops_op_item_get_output":
        return "  %s:    %s\n" % (k, v)
    if style_name == "box_office_ops_kubectl_create_secret_history":
        return "        --from-literal=%s=%s \\\n" % (k, v)
    if style_name == "orchestra_app_dynaconf_settings_toml":
        return "%s = \"%s\"\n" % (k, v)
    if style_name == "hall_av_lua_config_table":
        return "  %s = \"%s\",\n" % (k, v)
    if style_name == "choir_director_whatsapp_message":
        return "the %s is %s and " % (k, v)
    if style_name == "box_office_manager_email_to_developer":
        return "The %s is %s, and " % (k, v)
    if style in ("snake",):
        return "%s: %s\n" % (k, v)
    return "%s=%s\n" % (k, v)


def gen_neighbour(rng, nb):
    h = rng.choice(PUBLIC_HOSTS)
    if nb.endswith("email"):
        return rng.choice(["boxoffice", "admin", "librarian", "friends", "ops"]) + "@" + h
    if nb in ("tessitura api user",):
        return "webapi:webusers:" + rand_str(rng, UPPER, 6)
    if nb.endswith("user") or nb.endswith("username") or nb.endswith("login"):
        return rng.choice(["svc_", "ops_", "hall_"]) + rand_str(rng, LOWER, 6)
    if nb in ("choirgenius site",):
        return "https://" + rand_str(rng, LOWER, 8) + ".choirgenius.com"
    if nb == "systemon server":
        return "systemon." + rng.choice(INTERNAL_HOSTS).split(".", 1)[1]
    if nb == "aws access key id":
        return "AKIA" + rand_str(rng, UPPER + "234567", 16)
    if nb == "google oauth client id":
        return rand_str(rng, DIGITS, 12) + "-" + rand_str(rng, LALNUM, 32) + ".apps.googleusercontent.com"
    if nb == "azure storage account name":
        return "hall" + rand_str(rng, LALNUM, 10)
    if nb == "twilio account sid":
        return "AC" + rand_str(rng, HEX, 32)
    if nb in ("mux token id", "blackbaud application id"):
        return uuid4(rng)
    if nb == "patronmanager consumer key":
        return "3MVG9" + rand_str(rng, ALNUM + "._", 80)
    if nb == "square application id":
        return "sq0idp-" + rand_str(rng, B64URL, 22)
    if nb == "algolia application id":
        return rand_str(rng, UALNUM, 10)
    if nb == "pushover user key":
        return "u" + rand_str(rng, LALNUM, 29)
    if nb == "braintree public key":
        return rand_str(rng, LALNUM, 16)
    if nb == "pusher app key":
        return rand_str(rng, HEX, 20)
    if nb == "ticketmaster consumer key":
        return rand_str(rng, ALNUM, 32)
    if nb == "authorize net api login id":
        return rand_str(rng, ALNUM, 10)
    if nb == "adyen merchant account":
        return "RiversideHallECOM"
    if nb == "gitlab deploy token username":
        return "gitlab+deploy-token-" + rand_str(rng, DIGITS, 6)
    if nb == "zulip bot email":
        return "setlist-bot@" + h
    if nb.endswith("id"):
        return rand_str(rng, DIGITS, rng.randint(5, 8))
    return rand_str(rng, LALNUM, 12)


def spec_regex(spec):
    if spec == "pw":
        return PW_RE.pattern[1:-1]
    if spec == "uuid4":
        return "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    if spec == "b64_64bytes":
        return "[A-Za-z0-9+/]{86}=="
    if spec == "b64_32bytes":
        return "[A-Za-z0-9+/]{43}="
    if spec == "discord_bot":
        return r"[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}"
    if spec == "matrix_syt":
        return r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}"
    if spec == "op_service_account":
        return r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}"
    if spec == "ably_key":
        return r"[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}"
    out = ""
    for p in spec:
        if isinstance(p, str):
            out += re.escape(p)
        else:
            out += "%s{%d}" % (ALPH_RE[p[0]], p[1])
    return out


def spec_words(spec):
    if spec == "pw":
        return "owner-chosen password"
    if spec == "uuid4":
        return "UUIDv4"
    if spec == "b64_64bytes":
        return "standard Base64 of 64 random bytes (88 characters)"
    if spec == "b64_32bytes":
        return "standard Base64 of 32 random bytes (44 characters)"
    if spec == "discord_bot":
        return "base64url of an 18-digit bot user id + `.` + 6 base64url + `.` + 38 base64url"
    if spec == "matrix_syt":
        return "`syt_` + base64url of the bot's localpart + `_` + 20 alphanumerics + `_` + 6 alphanumerics"
    if spec == "op_service_account":
        return "`ops_` + standard Base64 of real JSON (`signInAddress`, `email`, `secretKey`, `srpX`, `muk`)"
    if spec == "ably_key":
        return "app id (6 base64url) + `.` + key id (6 base64url) + `:` + 43 base64url (whole key labelled)"
    parts = []
    for p in spec:
        if isinstance(p, str):
            parts.append("`%s`" % p)
        else:
            parts.append("%d %s" % (p[1], ALPH_WORD[p[0]]))
    return " + ".join(parts)


def gen_value(rng, spec):
    if spec == "pw":
        return owner_password(rng)
    if spec == "uuid4":
        return uuid4(rng)
    if spec == "b64_64bytes":
        return base64.b64encode(rand_bytes(rng, 64)).decode()
    if spec == "b64_32bytes":
        return base64.b64encode(rand_bytes(rng, 32)).decode()
    if spec == "discord_bot":
        uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
        return (base64.urlsafe_b64encode(uid.encode()).decode().rstrip("=") + "." + rand_str(rng, B64URL, 6) + "."
                + rand_str(rng, B64URL, 38))
    if spec == "matrix_syt":
        local = rng.choice(["setlistbot", "rotabot", "librarybot"])
        return ("syt_" + base64.urlsafe_b64encode(local.encode()).decode().rstrip("=") + "_" +
                rand_str(rng, ALNUM, 20) + "_" + rand_str(rng, ALNUM, 6))
    if spec == "op_service_account":
        doc = {"signInAddress": "lindenvale.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": base64.urlsafe_b64encode(rand_bytes(rng, 16)).decode().rstrip("=")},
               "email": rand_str(rng, LALNUM, 13) + "@1passwordserviceaccounts.eu",
               "srpX": rand_bytes(rng, 32).hex(),
               "muk": {"alg": "A256GCM", "ext": True, "k": base64.urlsafe_b64encode(rand_bytes(rng, 32)).decode().rstrip("="),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rand_str(rng, UALNUM, 6) + "-" + rand_str(rng, UALNUM, 6) + "-" +
                            rand_str(rng, UALNUM, 5) + "-" + rand_str(rng, UALNUM, 5) + "-" + rand_str(rng, UALNUM, 5) +
                            "-" + rand_str(rng, UALNUM, 5),
               "throttleSecret": {"seed": rand_bytes(rng, 32).hex(), "uuid": uuid4(rng)},
               "deviceUuid": rand_str(rng, LALNUM, 26)}
        return "ops_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()
    if spec == "ably_key":
        return rand_str(rng, B64URL, 6) + "." + rand_str(rng, B64URL, 6) + ":" + rand_str(rng, B64URL, 43)
    return "".join(p if isinstance(p, str) else rand_str(rng, ALPH[p[0]], p[1]) for p in spec)


def frame_ok(spec, v):
    """Extra structural checks beyond the regular expression."""
    if spec == "b64_64bytes":
        return len(base64.b64decode(v)) == 64
    if spec == "b64_32bytes":
        return len(base64.b64decode(v)) == 32
    if spec == "discord_bot":
        head = v.split(".")[0]
        uid = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode()
        return uid.isdigit() and len(uid) == 18
    if spec == "op_service_account":
        doc = json.loads(base64.b64decode(v[4:]))
        return "secretKey" in doc and doc["secretKey"].startswith("A3-")
    if spec == "matrix_syt":
        local = v.split("_")[1]
        return base64.urlsafe_b64decode(local + "=" * (-len(local) % 4)).decode().isalpha()
    return True


def title_words(typ):
    return typ.split("_")


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    neighbours = {}
    for i, (typ, group, spec, prov, nb) in enumerate(V):
        sname, sstyle, tmpl = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen_value(rng, spec))
        words = typ.split("_")
        key = style_key(words, sstyle)
        fields = {"K": key, "H": rng.choice(PUBLIC_HOSTS), "P": rng.choice(PEOPLE),
                  "TITLE": style_key(words, "title")}
        nbv = None
        if nb:
            nbv = reg.draw(lambda: gen_neighbour(rng, nb), public=True)
            neighbours[typ] = (nb, nbv)
            fields["NB"] = nb_line(sname, sstyle, style_key(nb.split(), sstyle), nbv)
        else:
            fields["NB"] = ""
        fields["NBV"] = nbv if nbv else "api"
        text, start = fill(tmpl, value, **fields)
        recs.append({"type": typ, "container": typ + "__" + sname, "text": text,
                     "secrets": [make_span(value, start, typ)], "source": "vendor"})
    return recs, neighbours


SPEC = {v[0]: v[2] for v in V}
