"""Vendor source of p275: one record per type, container <type>__<style>."""
import base64
import json
import random
import re

import common275 as C
import world275 as W

SEED = 27502

AL = {"AN": C.ALNUM, "LAN": C.LOWER_ALNUM, "UAN": C.UPPER_ALNUM, "LH": C.LOWER_HEX, "UH": C.UPPER_HEX,
      "BU": C.B64URL, "BS": C.B64STD, "D": C.DIGITS, "LET": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
      "AZS": C.ALNUM + "_~.-", "B32": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "BUE": C.B64URL + "="}
AL_RE = {"AN": "[A-Za-z0-9]", "LAN": "[a-z0-9]", "UAN": "[A-Z0-9]", "LH": "[0-9a-f]", "UH": "[0-9A-F]",
         "BU": "[A-Za-z0-9_-]", "BS": "[A-Za-z0-9+/]", "D": "[0-9]", "LET": "[A-Za-z]", "AZS": "[A-Za-z0-9_~.-]",
         "B32": "[A-Z2-7]", "BUE": "[A-Za-z0-9_=-]"}
AL_DESC = {"AN": "alphanumerics", "LAN": "lower-case alphanumerics", "UAN": "upper-case alphanumerics",
           "LH": "lower-case hex", "UH": "upper-case hex", "BU": "base64url characters", "BS": "standard Base64 characters",
           "D": "digits", "LET": "letters", "AZS": "characters of [A-Za-z0-9_~.-]", "B32": "base32 characters",
           "BUE": "characters of [A-Za-z0-9_=-]"}


def S(*parts):
    """spec: strings are literals, (alphabet, n) tuples are random runs, 'uuid4' a UUIDv4."""
    return list(parts)


def gen_spec(spec, rng):
    out = []
    for p in spec:
        if p == "uuid4":
            out.append(C.uuid4(rng))
        elif isinstance(p, tuple):
            out.append(C.rand_str(rng, AL[p[0]], p[1]))
        else:
            out.append(p)
    return "".join(out)


def spec_re(spec):
    out = []
    for p in spec:
        if p == "uuid4":
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif isinstance(p, tuple):
            out.append(AL_RE[p[0]] + "{" + str(p[1]) + "}")
        else:
            out.append(re.escape(p))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    if spec == "owner":
        return "owner-chosen password (trade word + joiner + tail)"
    out = []
    for p in spec:
        if p == "uuid4":
            out.append("UUIDv4")
        elif isinstance(p, tuple):
            out.append(f"{p[1]} {AL_DESC[p[0]]}")
        else:
            out.append(f"`{p}`")
    return " + ".join(out)


OWN = "owner"
# (type, group, spec, source, rule note, neighbour (label, spec) or None, style, curl (template) or None)
V = []


def v(t, g, spec, src, note="", nb=None, style="env_file_line", curl=None):
    V.append(dict(type=t, group=g, spec=spec, source=src, note=note, nb=nb, style=style, curl=curl))


G1 = "Trade portals and devices of scrapyards, salvage yards and dismantlers (owner-chosen logins)"
v("dvla_atf_cod_portal_password", G1, OWN, "owner", nb=("atf site number", S("ATF", ("D", 6))), style="op_item_get_capture")
v("environment_agency_waste_carrier_portal_password", G1, OWN, "owner", nb=("registration number", S("CBDU", ("D", 6))), style="whatsapp_message_paste")
v("copart_uk_member_portal_password", G1, OWN, "owner", nb=("member number", S(("D", 8))), style="op_item_get_capture")
v("synetiq_salvage_buyer_portal_password", G1, OWN, "owner", nb=("buyer id", S("SYN", ("D", 6))), style="slack_chat_paste")
v("e2e_total_loss_agent_portal_password", G1, OWN, "owner", nb=("agent code", S("E2E-", ("UAN", 5))), style="whatsapp_message_paste")
v("hollander_interchange_login_password", G1, OWN, "owner", nb=("customer number", S(("D", 7))), style="op_item_get_capture")
v("ebay_seller_hub_login_password", G1, OWN, "owner", nb=("seller id", S("cinderford-parts-", ("D", 2))), style="slack_chat_paste")
v("bmra_members_area_password", G1, OWN, "owner", nb=("member number", S("BM", ("D", 5))), style="op_item_get_capture")
v("vra_members_portal_password", G1, OWN, "owner", nb=("membership id", S("VRA", ("D", 4))), style="whatsapp_message_paste")
v("fastmarkets_metal_prices_login_password", G1, OWN, "owner", nb=("account email", S("prices.", ("LAN", 4), "@harrowby-metals.example")), style="op_item_get_capture")
v("council_scrap_metal_licence_portal_password", G1, OWN, "owner", nb=("licence number", S("SMD/", ("D", 4), "/", ("D", 3))), style="slack_chat_paste")
v("precia_molen_weighbridge_service_password", G1, OWN, "owner", nb=("indicator serial", S("I4", ("D", 7))), style="whatsapp_message_paste")
v("evident_vanta_xrf_cloud_password", G1, OWN, "owner", nb=("device serial", S(("D", 6))), style="op_item_get_capture")
v("seda_depollution_service_portal_password", G1, OWN, "owner", nb=("machine number", S("SEDA-", ("D", 5))), style="slack_chat_paste")
v("webfleet_account_password", G1, OWN, "owner", nb=("account name", S("tarbrook-", ("LAN", 4))), style="whatsapp_message_paste")
v("axis_camera_station_admin_password", G1, OWN, "owner", nb=("server address", S("192.168.58.", ("D", 2))), style="op_item_get_capture")

G2 = "Trade data, vehicle records, vision and device platforms"
v("dvla_vehicle_enquiry_api_key", G2, S(("AN", 40)), "believed", style="curl_command",
  curl='curl -s -X POST -H "x-api-key: {V}" -H "Content-Type: application/json" -d \'{{"registrationNumber":"FN61ABC"}}\' https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles')
v("dvsa_mot_history_api_key", G2, S(("AN", 40)), "believed", style="python_module_constant")
v("dvsa_mot_history_client_secret", G2, S(("AN", 3), ("D", 1), "Q~", ("AZS", 34)), "read",
  "gitleaks azure-ad-client-secret (3 + digit + Q~ + 31-34; 34 mine; DVSA's MOT API issues Entra ID client secrets, believed)",
  nb=("client id", S("uuid4")), style="yaml_settings_block")
v("cap_hpi_vehicle_check_api_key", G2, S(("LH", 32)), "guessed", style="php_config_array")
v("ukvehicledata_api_key", G2, S("uuid4"), "guessed", style="php_config_array")
v("hollander_connect_api_token", G2, S(("BU", 48)), "guessed", style="nomad_template_env")
v("copart_partner_api_client_secret", G2, S(("AN", 32)), "guessed", nb=("client id", S("cpt-", ("LAN", 12))), style="yaml_settings_block")
v("metals_api_access_key", G2, S(("LAN", 40)), "guessed", style="python_module_constant")
v("fastmarkets_api_client_secret", G2, S(("BU", 43)), "guessed", nb=("client id", S(("LAN", 24))), style="json_config_file")
v("plate_recognizer_api_token", G2, S(("LH", 40)), "believed", style="curl_command",
  curl='curl -s -H "Authorization: Token {V}" -F upload=@gate2_0712.jpg -F regions=gb https://api.platerecognizer.com/v1/plate-reader/')
v("samsara_api_token", G2, S("samsara_api_", ("AN", 30)), "believed", style="nomad_template_env")
v("webfleet_connect_api_key", G2, S("uuid4"), "guessed", nb=("account", S("tarbrook-", ("LAN", 5))), style="json_config_file")
v("roboflow_private_api_key", G2, S(("AN", 20)), "believed", style="python_module_constant")
v("here_platform_api_key", G2, S(("BU", 43)), "read", "Kingfisher hereapi (43 characters; base64url mine)", style="curl_command",
  curl='curl -s "https://geocode.search.hereapi.com/v1/geocode?q=Tarbrook+Salvage+Birkenhead&apiKey={V}"')
v("tomtom_maps_api_key", G2, S(("AN", 32)), "read", "Kingfisher tomtom (32 alphanumerics)", style="curl_command",
  curl='curl -s "https://api.tomtom.com/search/2/geocode/Kettering.json?countrySet=GB&key={V}"')
v("google_gemini_api_key", G2, S("AIza", ("BU", 35)), "read", "gitleaks gcp-api-key (AIza + 35)", style="env_file_line")
v("openalpr_cloud_secret_key", G2, S("sk_", ("LH", 24)), "believed", style="powershell_env_assignment")
v("thingsboard_device_access_token", G2, S(("LAN", 20)), "read", "Kingfisher thingsboard (20 of [a-z0-9])", style="json_config_file")

G3 = "Shop, payments, accounting, shipping and export"
v("stripe_live_secret_key", G3, S("sk_live_", ("AN", 99)), "read", "gitleaks stripe-access-token, Kingfisher stripe (sk_live_ + 10-99; 99 mine)", style="env_file_line")
v("gocardless_live_access_token", G3, S("live_", ("BU", 40)), "read", "gitleaks gocardless-api-token, Kingfisher gocardless (live_ + 40)", style="yaml_settings_block")
v("adyen_live_api_key", G3, S("AQE", ("BS", 150)), "believed", style="json_config_file")
v("sumup_secret_api_key", G3, S("sup_sk_", ("AN", 32)), "believed", style="env_file_line")
v("revolut_business_refresh_token", G3, S("oa_prod_", ("BU", 43)), "believed", style="nomad_template_env")
v("modulr_api_hmac_secret", G3, S(("BS", 43), "="), "guessed", nb=("api key", S(("LH", 32))), style="json_config_file")
v("xero_oauth_client_secret", G3, S(("BU", 48)), "believed", nb=("client id", S(("UH", 32))), style="php_config_array")
v("quickbooks_oauth_client_secret", G3, S(("AN", 40)), "guessed", nb=("client id", S("AB", ("AN", 48))), style="yaml_settings_block")
v("ebay_oauth_user_refresh_token", G3, S("v^1.1#i^1#p^3#r^1#I^3#f^0#t^Ul4xMF8", ("BS", 120), "="), "believed", style="json_config_file")
v("amazon_sp_api_refresh_token", G3, S("Atzr|IwEB", ("BU", 300)), "believed", style="json_config_file")
v("shopify_admin_api_access_token", G3, S("shpat_", ("LH", 32)), "read", "gitleaks shopify-access-token", style="curl_command",
  curl='curl -s -H "X-Shopify-Access-Token: {V}" https://cinderford-parts.myshopify.com/admin/api/2024-10/shop.json')
v("braintree_production_access_token", G3, S("access_token$production$", ("LAN", 16), "$", ("LH", 32)), "believed", style="json_config_file")
v("paystack_live_secret_key", G3, S("sk_live_", ("AN", 40)), "read", "Kingfisher paystack (sk_ + letters + _ + 40 alphanumerics)", style="php_config_array")
v("sendcloud_api_secret_key", G3, S(("LH", 32)), "guessed", nb=("public key", S(("LH", 32))), style="php_config_array")
v("ups_oauth_client_secret", G3, S(("AN", 64)), "guessed", nb=("client id", S(("AN", 48))), style="yaml_settings_block")
v("fedex_api_secret_key", G3, S(("LH", 32)), "guessed", nb=("api key", S("l7", ("LH", 30))), style="nomad_template_env")
v("shipstation_api_secret", G3, S(("LH", 32)), "guessed", nb=("api key", S(("LH", 32))), style="powershell_env_assignment")
v("flexport_api_key", G3, S("shltm_", ("BU", 40)), "read", "Kingfisher flexport (shltm_ + 40)", style="env_file_line")
v("maersk_consumer_secret", G3, S(("AN", 32)), "guessed", nb=("consumer key", S(("AN", 32))), style="yaml_settings_block")

G4 = "E-mail, SMS, chat and webhooks"
v("twilio_account_auth_token", G4, S(("LH", 32)), "read", "Kingfisher twilio (32 of [a-z0-9] after an SID; hex believed)",
  nb=("account sid", S("AC", ("LH", 32))), style="curl_command",
  curl='curl -s -X POST https://api.twilio.com/2010-04-01/Accounts/{N}/Messages.json --data-urlencode "To=+447700900123" --data-urlencode "From=+447700900456" --data-urlencode "Body=Lot ready" -u {N}:{V}')
v("messagebird_live_access_key", G4, S(("AN", 25)), "read", "gitleaks messagebird-api-token (25 of [a-z0-9], case-insensitive)", style="env_file_line")
v("plivo_auth_token", G4, S(("AN", 40)), "believed", nb=("auth id", S("MA", ("UAN", 18))), style="python_module_constant")
v("clicksend_api_key", G4, S("uuid4"), "guessed", nb=("username", S("ops", ("D", 3), "@ferrule.example")), style="php_config_array")
v("mailgun_private_api_key", G4, S("key-", ("LH", 32)), "read", "gitleaks mailgun-private-api-token (key- + 32 hex)", style="curl_command",
  curl='curl -s --user "api:{V}" https://api.eu.mailgun.net/v3/mg.ferrule.example/messages -F from="Yard <yard@mg.ferrule.example>" -F to=ops@ferrule.example -F subject=test -F text=ok')
v("brevo_api_key", G4, S("xkeysib-", ("LH", 64), "-", ("AN", 16)), "read", "gitleaks sendinblue-api-token", style="env_file_line")
v("mailchimp_marketing_api_key", G4, S(("LH", 32), "-us", ("D", 2)), "read", "gitleaks mailchimp-api-key, Kingfisher mailchimp", style="php_config_array")
v("sparkpost_api_key", G4, S(("AN", 40)), "read", "Kingfisher sparkpost (40 alphanumerics)", style="nomad_template_env")
v("telegram_bot_api_token", G4, S(("D", 10), ":AA", ("BU", 33)), "read", "gitleaks telegram-bot-api-token, Kingfisher telegrambottoken (digits : 35)", style="curl_command",
  curl='curl -s "https://api.telegram.org/bot{V}/sendMessage?chat_id=-100184&text=lot%20closed"')
v("pushover_application_token", G4, S("a", ("LAN", 29)), "believed", nb=("user key", S("u", ("LAN", 29))), style="yaml_settings_block")
v("matrix_synapse_access_token", G4, S("syt_eWFyZGJvdA_", ("AN", 20), "_", ("AN", 6)), "believed", style="json_config_file")
v("zulip_bot_api_key", G4, S(("AN", 32)), "believed", nb=("bot email", S("yard-bot@ferrule.zulipchat.com")), style="yaml_settings_block")
v("pusher_channels_app_secret", G4, S(("LH", 20)), "believed", nb=("app key", S(("LH", 20))), style="env_file_line")
v("ably_root_api_key", G4, S(("BU", 43)), "believed", nb=("key name", S(("AN", 6), ".", ("AN", 6))), style="env_file_line")
v("google_chat_incoming_webhook_url", G4, S("https://chat.googleapis.com/v1/spaces/AAAA", ("BU", 7), "/messages?key=AIzaSy", ("BU", 33), "&token=", ("BU", 43)),
  "believed", style="json_config_file")
v("mattermost_incoming_webhook_url", G4, S("https://chat.ferrule.example/hooks/", ("LAN", 26)), "believed", style="yaml_settings_block")
v("zapier_catch_hook_url", G4, S("https://hooks.zapier.com/hooks/catch/", ("D", 8), "/", ("LAN", 7), "/"), "read",
  "Kingfisher zapierwebhook (hooks/catch/ + 16 of [A-Za-z0-9/]; the 8 / 7 split mine)", style="json_config_file")

G5 = "AI and vision services"
v("openai_project_api_key", G5, S("sk-proj-", ("BU", 74), "T3BlbkFJ", ("BU", 74)), "read", "gitleaks openai-api-key (sk-proj- + 74 + T3BlbkFJ + 74)", style="curl_command",
  curl='curl -s https://api.openai.com/v1/models -H "Authorization: Bearer {V}"')
v("anthropic_api_key", G5, S("sk-ant-api03-", ("BU", 93), "AA"), "read", "gitleaks anthropic-api-key", style="curl_command",
  curl='curl -s https://api.anthropic.com/v1/models -H "x-api-key: {V}" -H "anthropic-version: 2023-06-01"')
v("groq_api_key", G5, S("gsk_", ("AN", 52)), "read", "Kingfisher groq (gsk_ + 52)", style="env_file_line")
v("perplexity_api_key", G5, S("pplx-", ("AN", 48)), "read", "gitleaks perplexity-api-key (pplx- + 48)", style="powershell_env_assignment")
v("replicate_api_token", G5, S("r8_", ("AN", 37)), "read", "Kingfisher replicate (r8_ + 37; alphanumerics mine)", style="env_file_line")
v("huggingface_user_access_token", G5, S("hf_", ("LET", 34)), "read", "gitleaks huggingface-access-token (hf_ + 34 letters)", style="python_module_constant")
v("voyage_ai_api_key", G5, S("pa-", ("BU", 43)), "believed", style="python_module_constant")
v("pinecone_api_key", G5, S("pcsk_", ("AN", 5), "_", ("AN", 60)), "believed", style="nomad_template_env")
v("fireworks_ai_api_key", G5, S("fw_", ("AN", 24)), "believed", style="env_file_line")
v("clarifai_personal_access_token", G5, S(("AN", 32)), "read", "Kingfisher clarifai (32 alphanumerics)", style="python_module_constant")
v("jina_ai_api_key", G5, S("jina_", ("AN", 60)), "believed", style="powershell_env_assignment")
v("cerebras_api_key", G5, S("csk-", ("LAN", 48)), "believed", style="env_file_line")
v("stability_ai_api_key", G5, S("sk-", ("AN", 48)), "believed", style="nomad_template_env")

G6 = "Developer services"
v("github_fine_grained_personal_access_token", G6, S("github_pat_", ("AN", 22), "_", ("AN", 59)), "read", "gitleaks github-fine-grained-pat (github_pat_ + 82 word characters; the 22 _ 59 split believed)", style="drone_secret_add_command")
v("github_oauth_access_token", G6, S("gho_", ("AN", 36)), "read", "gitleaks github-oauth", style="yaml_settings_block")
v("gitlab_personal_access_token", G6, S("glpat-", ("BU", 20)), "read", "gitleaks gitlab-pat", style="drone_secret_add_command")
v("npm_automation_access_token", G6, S("npm_", ("AN", 36)), "read", "gitleaks npm-access-token, Kingfisher npm", style="drone_secret_add_command")
v("nuget_api_key", G6, S("oy2", ("LAN", 43)), "read", "Kingfisher nuget (oy2 + 43)", style="powershell_env_assignment")
v("rubygems_api_key", G6, S("rubygems_", ("LH", 48)), "read", "gitleaks rubygems-api-token", style="drone_secret_add_command")
v("sentry_user_auth_token", G6, S("sntryu_", ("LH", 64)), "read", "gitleaks sentry-user-token", style="drone_secret_add_command")
v("planetscale_service_token", G6, S("pscale_tkn_", ("BU", 43)), "read", "gitleaks planetscale-api-token (32-64; 43 mine)", style="nomad_template_env")
v("neon_api_key", G6, S("napi_", ("LAN", 64)), "believed", style="drone_secret_add_command")
v("flyio_deploy_token", G6, S("fo1_", ("BU", 43)), "read", "gitleaks flyio-access-token (fo1_ + 43)", style="drone_secret_add_command")
v("heroku_platform_api_key", G6, S("HRKU-AA", ("BU", 58)), "read", "gitleaks heroku-api-key-v2", style="env_file_line")
v("vercel_access_token", G6, S(("AN", 24)), "read", "Kingfisher vercel (24 alphanumerics)", style="drone_secret_add_command")
v("cloudflare_api_token", G6, S(("BU", 40)), "read", "gitleaks cloudflare-api-key, Kingfisher cloudflare (40 of [a-z0-9_-], case-insensitive)", style="curl_command",
  curl='curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer {V}"')
v("digitalocean_personal_access_token", G6, S("dop_v1_", ("LH", 64)), "read", "gitleaks digitalocean-pat, Kingfisher digitalocean", style="curl_command",
  curl='curl -s -H "Authorization: Bearer {V}" https://api.digitalocean.com/v2/account')
v("scaleway_secret_key", G6, S("uuid4"), "read", "Kingfisher scalewaykey (UUID shape; v4 mine)", nb=("access key", S("SCW", ("UAN", 17))), style="yaml_settings_block")
v("pulumi_access_token", G6, S("pul-", ("LH", 40)), "read", "gitleaks pulumi-api-token", style="drone_secret_add_command")
v("buildkite_api_access_token", G6, S("bkua_", ("LH", 40)), "read", "Kingfisher buildkite (bkua_ + 40 of [a-z0-9]; hex mine)", style="env_file_line")
v("circleci_personal_api_token", G6, S("CCIPAT_", ("AN", 22), "_", ("LH", 40)), "read", "Kingfisher circleci (CCIPAT_ + 22 + _ + 40; the inner letter and digit classes loosened here)", style="drone_secret_add_command")
v("codecov_upload_token", G6, S("uuid4"), "believed", style="drone_secret_add_command")
v("snyk_api_token", G6, S("uuid4"), "read", "Kingfisher snyk (UUID shape; v4 mine)", style="powershell_env_assignment")
v("jfrog_artifactory_api_key", G6, S("AKCp", ("AN", 69)), "read", "gitleaks jfrog-api-key (73 alphanumerics; the AKCp head believed)", style="yaml_settings_block")
v("octopus_deploy_api_key", G6, S("API-", ("UAN", 26)), "read", "gitleaks octopus-deploy-api-key", style="powershell_env_assignment")
v("contentful_personal_access_token", G6, S("CFPAT-", ("BU", 43)), "read", "Kingfisher contentful (CFPAT- + 43)", style="env_file_line")
v("algolia_admin_api_key", G6, S(("LH", 32)), "read", "Kingfisher algolia (32 of [a-z0-9]; hex mine; the 10-character application id beside it from the same rule)",
  nb=("application id", S(("UAN", 10))), style="json_config_file")
v("airtable_personal_access_token", G6, S("pat", ("AN", 14), ".", ("LH", 64)), "read", "gitleaks airtable-personnal-access-token", style="python_module_constant")
v("notion_integration_token", G6, S("ntn_", ("D", 11), ("AN", 35)), "read", "gitleaks notion-api-token (ntn_ + 11 digits + 35)", style="python_module_constant")
v("hubspot_private_app_token", G6, S("pat-eu1-", "uuid4"), "read", "Kingfisher hubspot (pat-eu1- + UUID shape; v4 mine)", style="env_file_line")
v("zendesk_api_token", G6, S(("AN", 40)), "believed", nb=("agent email", S("support", ("D", 2), "@tarbrook-salvage.example")), style="php_config_array")
v("intercom_access_token", G6, S(("BS", 59), "="), "read", "Kingfisher intercom (59 Base64 + =)", style="json_config_file")
v("posthog_personal_api_key", G6, S("phx_", ("AN", 43)), "read", "Kingfisher posthog (phx_ + 43)", style="python_module_constant")
v("tailscale_auth_key", G6, S("tskey-auth-", ("AN", 11), "CNTRL-", ("AN", 33)), "read", "Kingfisher tailscale (tskey- + kind + two runs; the CNTRL split believed)", style="nomad_template_env")

G7 = "Cloud, storage and monitoring"
v("aws_iam_secret_access_key", G7, S(("BS", 40)), "read", "Kingfisher aws (secret 40 of [A-Za-z0-9/+=] near an AKIA id; gitleaks aws-access-token for the id)",
  nb=("access key id", S("AKIA", ("B32", 16))), style="yaml_settings_block")
v("azure_storage_account_key", G7, S(("BS", 86), "=="), "read", "Kingfisher azurestorage (86-88 Base64)", nb=("account name", S("tarbrooklots", ("D", 2))), style="json_config_file")
v("backblaze_b2_application_key", G7, S("K005", ("BU", 27)), "believed", nb=("key id", S("005", ("LH", 22))), style="env_file_line")
v("datadog_api_key", G7, S(("LH", 32)), "read", "Kingfisher datadog (32 of [a-z0-9]; hex mine)", style="nomad_template_env")
v("pagerduty_rest_api_key", G7, S("u+", ("AN", 18)), "read", "Kingfisher pagerdutyapikey (u+ + 18)", style="yaml_settings_block")
v("uptimerobot_main_api_key", G7, S("u", ("D", 8), "-", ("LH", 24)), "read", "Kingfisher uptimerobot (9 + - + 24)", style="python_module_constant")
v("honeycomb_ingest_api_key", G7, S(("AN", 22)), "read", "Kingfisher honeycomb (22 alphanumerics)", style="env_file_line")
v("cronitor_api_key", G7, S(("LH", 32)), "guessed", style="powershell_env_assignment")

VTYPES = [x["type"] for x in V]
VINFO = {x["type"]: x for x in V}

STYLES = {
    "env_file_line": ("upper", ".env file of a Ferrule service (KEY=value lines)"),
    "yaml_settings_block": ("snake", "YAML settings file of a service (vendor block)"),
    "drone_secret_add_command": ("upper", "terminal capture of `drone secret add` (CI variable)"),
    "slack_chat_paste": ("spaced", "message pasted in the studio's Slack"),
    "python_module_constant": ("upper", "Python settings module constant"),
    "curl_command": ("native", "shell history line with a curl command against the vendor's endpoint"),
    "json_config_file": ("camel", "JSON config file of a service"),
    "op_item_get_capture": ("native", "terminal capture of `op item get --reveal` (1Password CLI)"),
    "whatsapp_message_paste": ("spaced", "WhatsApp message copied into a ticket"),
    "php_config_array": ("snake", "PHP config array (return [ ... ])"),
    "powershell_env_assignment": ("upper", "PowerShell profile line setting $env:"),
    "nomad_template_env": ("upper", "Nomad job env block"),
}
STYLE_FORBID = {
    "env_file_line": " \t\n'\"$\\`#", "yaml_settings_block": "'\n", "drone_secret_add_command": " \t\n'\"$\\`!#&;|<>()*?[]{}~",
    "slack_chat_paste": " \t\n", "python_module_constant": '"\\\n', "curl_command": '"$\\`!\n \'', "json_config_file": '"\\\n',
    "op_item_get_capture": " \t\n", "whatsapp_message_paste": " \t\n", "php_config_array": "'\\\n",
    "powershell_env_assignment": "'\n", "nomad_template_env": '"\\\n$%',
}


def first_word(t):
    return t.split("_")[0]


def render(style, rng, t, value, nb):
    info = VINFO[t]
    case = STYLES[style][0]
    words = t.split("_")
    key = C.key_style(words, case) if case != "native" else C.key_style(words, "upper")
    nb_label, nb_val = (nb if nb else (None, None))
    nkey = C.key_style([first_word(t)] + nb_label.split(), case if case not in ("native",) else "upper") if nb else None
    shown = value if t != "ably_root_api_key" else f"{nb_val}:{value}"
    p = W.person(rng)
    if style == "env_file_line":
        lines = ["NODE_ENV=production", f"SITE={rng.choice(['harrowby', 'cinderford', 'tarbrook'])}"]
        if nb and t != "ably_root_api_key":
            lines.append(f"{nkey}={nb_val}")
        lines.append(f"{key}={shown}")
        lines.append(f"LOG_LEVEL={rng.choice(['info', 'warn'])}")
        return "\n".join(lines) + "\n"
    if style == "yaml_settings_block":
        out = f"service: {rng.choice(['parts-sync', 'auction', 'tickets', 'seller-records'])}\n{first_word(t)}:\n"
        if nb:
            out += f"  {C.key_style(nb_label.split(), 'snake')}: {nb_val}\n"
        out += f"  {key}: '{shown}'\n  timeout_s: {rng.randrange(5, 30)}\n"
        return out
    if style == "drone_secret_add_command":
        return (f"$ drone secret add --repository ferrule/{rng.choice(['parts-shop', 'tickets', 'auction'])} --name {key} --data {shown}\n"
                f"$ drone secret ls --repository ferrule/parts-shop | head -3\n")
    if style == "slack_chat_paste":
        extra = f" ({nb_label} {nb_val})" if nb else ""
        return (f"{p}  {rng.randrange(8, 18)}:{rng.randrange(10, 59)}\n"
                f"{C.key_style(words, 'spaced')}{extra}: {shown}\nusing it for the {rng.choice(['yard', 'parts', 'auction'])} job, will move it to 1Password later\n")
    if style == "python_module_constant":
        out = f"# settings/{first_word(t)}.py\nTIMEOUT = {rng.randrange(5, 30)}\n"
        if nb:
            out += f"{nkey} = \"{nb_val}\"\n"
        return out + f"{key} = \"{shown}\"\n"
    if style == "curl_command":
        return f"$ {info['curl'].replace('{V}', shown).replace('{N}', nb_val or '')}\n"
    if style == "json_config_file":
        d = {"service": rng.choice(["parts-sync", "auction", "tickets"]), first_word(t): {}}
        if nb:
            d[first_word(t)][C.key_style(nb_label.split(), "camel")] = nb_val
        d[first_word(t)][key] = shown
        return json.dumps(d, indent=2, ensure_ascii=False) + "\n"
    if style == "op_item_get_capture":
        title = " ".join(words[:-1]).title()
        return (f"$ op item get \"{title}\" --vault Yard --reveal\nID:          {C.rand_str(rng, 'abcdefghijklmnopqrstuvwxyz234567', 26)}\n"
                f"Title:       {title}\nVault:       Yard\nCategory:    LOGIN\nFields:\n  username:    {W.login_of(p)}\n"
                f"  {nb_label}: {nb_val}\n  {C.key_style(words[-1:], 'snake')}:    {shown}\n")
    if style == "whatsapp_message_paste":
        return (f"[{rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/2025, {rng.randrange(7, 18):02d}:{rng.randrange(10, 59)}] {p}: "
                f"{C.key_style(words, 'spaced')} - {nb_label} {nb_val} - {shown}\n")
    if style == "php_config_array":
        out = f"<?php\n\nreturn [\n    '{first_word(t)}' => [\n"
        if nb:
            out += f"        '{C.key_style(nb_label.split(), 'snake')}' => '{nb_val}',\n"
        return out + f"        '{key}' => '{shown}',\n    ],\n];\n"
    if style == "powershell_env_assignment":
        out = "# Microsoft.PowerShell_profile.ps1\n"
        if nb:
            out += f"$env:{nkey} = '{nb_val}'\n"
        return out + f"$env:{key} = '{shown}'\nSet-Location C:\\src\\yard\n"
    if style == "nomad_template_env":
        out = f"task \"{first_word(t)}\" {{\n  driver = \"docker\"\n  env {{\n"
        if nb:
            out += f"    {nkey} = \"{nb_val}\"\n"
        return out + f"    {key} = \"{shown}\"\n  }}\n}}\n"
    raise ValueError(style)


def gen_value(t, rng):
    info = VINFO[t]
    if info["spec"] == OWN:
        return W.password(rng, W.JOIN_OWNER, 0.5, avoid=STYLE_FORBID[info["style"]])
    return gen_spec(info["spec"], rng)


def check_value(t, value):
    info = VINFO[t]
    if info["spec"] == OWN:
        return None if W.is_owner_pw(value) else "owner password form"
    if not re.match(spec_re(info["spec"]), value):
        return "vendor shape"
    return None


def generate(reg):
    rng = random.Random(SEED)
    recs, neighbours = [], []
    for info in V:
        t = info["type"]
        style = info["style"]
        bad = STYLE_FORBID[style]
        val = reg.draw(lambda: gen_value(t, rng))
        assert not any(c in bad for c in val), (t, val)
        nb = None
        if info["nb"]:
            label, spec = info["nb"]
            nbv = reg.draw(lambda: gen_spec(spec, rng))
            nb = (label, nbv)
            neighbours.append(nbv)
        for _ in range(50):
            text = render(style, rng, t, val, nb)
            if text.count(val) == 1 and not [f for f in W.forms_in(text) if f != val]:
                break
        else:
            raise RuntimeError(t)
        s = text.index(val)
        recs.append({"type": t, "container": f"{t}__{style}", "text": text,
                     "secrets": [{"value": val, "start": s, "end": s + len(val), "type": t}], "source": "vendor"})
    return recs, neighbours
