"""Vendor source of p276: one record per vendor type, container <type>__<style>."""
import json
import random
import re

import common276 as C
import world276 as W

SEED = 27602

CLS = {
    "an": C.B62, "al": "0123456789abcdefghijklmnopqrstuvwxyz", "AU": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "hex": C.HEXL, "HEX": "0123456789ABCDEF", "dig": "0123456789", "b64u": C.B64U, "b64": C.B64S,
    "alpha": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "lb64u": "abcdefghijklmnopqrstuvwxyz0123456789_-",
    "anu": C.B62 + "_",
}
CLS_RE = {"an": "[0-9A-Za-z]", "al": "[0-9a-z]", "AU": "[0-9A-Z]", "hex": "[0-9a-f]", "HEX": "[0-9A-F]", "dig": "[0-9]",
          "b64u": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]", "alpha": "[A-Za-z]", "lb64u": "[a-z0-9_-]", "anu": "[0-9A-Za-z_]"}
UUID_PAT = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

# spec: list of literals and (class, n) or ("uuid",)
OWNER = "owner"
V = [
    # --- trade portals, owner-chosen logins (15)
    ("checkatrade_member_portal_password", "trade", OWNER, "owner", ("member id", ["CK", ("dig", 7)]), "bitwarden_json_item"),
    ("woolsafe_approved_cleaner_portal_password", "trade", OWNER, "owner", ("operator number", ["WS-", ("dig", 5)]), "lastpass_csv_row"),
    ("ncca_member_area_password", "trade", OWNER, "owner", ("membership number", ["NCCA", ("dig", 5)]), "keepass_xml_entry"),
    ("iicrc_certificant_portal_password", "trade", OWNER, "owner", ("certificant id", [("dig", 6)]), "bitwarden_json_item"),
    ("goodweave_licensee_portal_password", "trade", OWNER, "owner", ("licence number", ["GW-UK-", ("dig", 4)]), "lastpass_csv_row"),
    ("woolmark_licensee_portal_password", "trade", OWNER, "owner", ("licence number", ["WML", ("dig", 6)]), "keepass_xml_entry"),
    ("british_wool_producer_portal_password", "trade", OWNER, "owner", ("producer number", ["BW", ("dig", 6)]), "bitwarden_json_item"),
    ("icon_conservation_register_password", "trade", OWNER, "owner", ("register entry", ["CR", ("dig", 4)]), "email_reply_text"),
    ("heritage_fund_applicant_portal_password", "trade", OWNER, "owner", ("applicant reference", ["NL-", ("dig", 2), "-", ("dig", 5)]), "lastpass_csv_row"),
    ("arts_council_grantium_password", "trade", OWNER, "owner", ("grantium applicant id", [("dig", 8)]), "keepass_xml_entry"),
    ("folksy_seller_account_password", "trade", OWNER, "owner", ("shop name", ["tarrowmere-", ("al", 4)]), "bitwarden_json_item"),
    ("notonthehighstreet_partner_portal_password", "trade", OWNER, "owner", ("partner id", ["P", ("dig", 6)]), "lastpass_csv_row"),
    ("trustmark_business_portal_password", "trade", OWNER, "owner", ("trustmark licence", [("dig", 7)]), "email_reply_text"),
    ("dvla_business_fleet_account_password", "trade", OWNER, "owner", ("fleet id", ["FL", ("dig", 6)]), "keepass_xml_entry"),
    ("crafts_council_maker_directory_password", "trade", OWNER, "owner", ("maker profile", ["maker-", ("dig", 5)]), "element_room_paste"),
    # --- trade devices, field service, routing and places (guessed unless marked)
    ("conserv_environment_cloud_api_key", "trade", [("an", 40)], "guessed", None, "python_sdk_inline"),
    ("hanwell_emu_cloud_api_token", "trade", [("hex", 32)], "guessed", None, "dotenv_line"),
    ("tinytag_explorer_api_key", "trade", [("an", 36)], "guessed", None, "powershell_env_line"),
    ("testo_saveris_api_client_secret", "trade", [("an", 48)], "guessed", ("client id", [("uuid",)]), "spring_properties_line"),
    ("axiell_collections_api_key", "trade", [("uuid",)], "guessed", None, "vault_kv_get_capture"),
    ("ehive_oauth_client_secret", "trade", [("an", 40)], "guessed", ("client id", [("dig", 5)]), "python_sdk_inline"),
    ("resourcespace_user_api_key", "trade", [("hex", 64)], "guessed", None, "curl_header_command"),
    ("jobber_oauth_client_secret", "trade", [("an", 64)], "guessed", ("client id", [("uuid",)]), "helm_values_env"),
    ("servicem8_api_key", "trade", [("hex", 32)], "guessed", None, "node_sdk_inline"),
    ("housecall_pro_api_key", "trade", [("hex", 32)], "guessed", None, "dotenv_line"),
    ("samsara_fleet_api_token", "trade", ["samsara_api_", ("an", 30)], "believed", None, "systemd_dropin_environment"),
    ("optimoroute_api_key", "trade", [("an", 64)], "guessed", None, "node_sdk_inline"),
    ("route4me_api_key", "trade", [("AU", 32)], "read", None, "docker_run_history"),
    ("xero_oauth_client_secret", "trade", [("b64u", 48)], "guessed", ("client id", [("HEX", 32)]), "github_actions_env"),
    ("sumup_secret_api_key", "trade", ["sup_sk_", ("an", 32)], "believed", None, "circleci_environment"),
    ("trustpilot_business_api_secret", "trade", [("an", 32)], "guessed", ("api key", [("an", 32)]), "vault_kv_get_capture"),
    ("getaddress_io_api_key", "trade", [("b64u", 22)], "guessed", None, "node_sdk_inline"),
    ("ideal_postcodes_api_key", "trade", ["ak_", ("al", 24)], "believed", None, "dotenv_line"),
    ("dvla_vehicle_enquiry_api_key", "trade", [("an", 40)], "guessed", None, "curl_header_command"),
    ("google_maps_platform_server_key", "trade", ["AIza", ("b64u", 35)], "read", None, "helm_values_env"),
    ("graphhopper_routing_api_key", "trade", [("uuid",)], "read", None, "python_sdk_inline"),
    ("geoapify_api_key", "trade", [("al", 32)], "read", None, "dotenv_line"),
    ("visualcrossing_weather_api_key", "trade", [("AU", 25)], "read", None, "systemd_dropin_environment"),
    # --- shop, payments, CRM and shipping
    ("etsy_open_api_keystring", "shop", [("al", 24)], "read", None, "dotenv_line"),
    ("squarespace_commerce_api_key", "shop", [("uuid",)], "read", None, "circleci_environment"),
    ("gocardless_live_access_token", "shop", ["live_", ("b64u", 40)], "read", None, "helm_values_env"),
    ("stripe_restricted_live_key", "shop", ["rk_live_", ("an", 99)], "read", None, "docker_run_history"),
    ("shopify_admin_api_access_token", "shop", ["shpat_", ("hex", 32)], "read", None, "github_actions_env"),
    ("shopify_private_app_access_token", "shop", ["shppa_", ("hex", 32)], "read", None, "vault_kv_get_capture"),
    ("klaviyo_private_api_key", "shop", ["pk_", ("an", 34)], "read", None, "python_sdk_inline"),
    ("mailchimp_marketing_api_key", "shop", [("hex", 32), "-us", ("dig", 2)], "read", None, "node_sdk_inline"),
    ("mailerlite_api_token", "shop", [("al", 32)], "read", None, "dotenv_line"),
    ("convertkit_api_secret", "shop", [("anu", 22)], "read", ("api key", [("an", 22)]), "dotenv_line"),
    ("webflow_site_api_token", "shop", [("an", 64)], "read", None, "curl_header_command"),
    ("contentful_management_token", "shop", ["CFPAT-", ("b64u", 43)], "read", None, "circleci_environment"),
    ("freshbooks_access_token", "shop", [("al", 64)], "read", None, "vault_kv_get_capture"),
    ("plaid_secret_key", "shop", [("al", 30)], "read", ("client id", [("al", 24)]), "python_sdk_inline"),
    ("lob_live_api_key", "shop", ["live_", ("hex", 35)], "read", None, "node_sdk_inline"),
    ("close_crm_api_key", "shop", ["api_", ("an", 45)], "read", None, "curl_header_command"),
    ("onfleet_api_key", "shop", [("al", 32)], "read", None, "github_actions_env"),
    ("flexport_api_key", "shop", ["shltm_", ("b64u", 40)], "read", None, "spring_properties_line"),
    ("sendcloud_secret_key", "shop", [("hex", 32)], "guessed", ("public key", [("hex", 32)]), "dotenv_line"),
    # --- mail, messaging, support
    ("messagebird_access_key", "messaging", [("an", 25)], "read", None, "systemd_dropin_environment"),
    ("mailgun_private_api_key", "messaging", ["key-", ("hex", 32)], "read", None, "python_sdk_inline"),
    ("postmark_server_api_token", "messaging", [("uuid",)], "read", None, "node_sdk_inline"),
    ("brevo_api_key", "messaging", ["xkeysib-", ("hex", 64), "-", ("an", 16)], "read", None, "docker_run_history"),
    ("telegram_bot_token", "messaging", [("dig", 10), ":AA", ("b64u", 33)], "read", None, "element_room_paste"),
    ("twilio_account_auth_token", "messaging", [("hex", 32)], "read", ("account sid", ["AC", ("hex", 32)]), "vault_kv_get_capture"),
    ("slack_bot_user_oauth_token", "messaging", ["xoxb-", ("dig", 12), "-", ("dig", 13), "-", ("an", 24)], "read", None, "github_actions_env"),
    ("discord_bot_token", "messaging", ["MT", ("b64u", 22), ".", ("b64u", 6), ".", ("b64u", 27)], "read", None, "element_room_paste"),
    ("line_messaging_channel_access_token", "messaging", [("b64", 171), "="], "read", None, "spring_properties_line"),
    ("sendbird_api_token", "messaging", [("hex", 40)], "read", ("application id", [("uuid",)]), "helm_values_env"),
    ("intercom_access_token", "messaging", [("b64", 59), "="], "read", None, "circleci_environment"),
    ("help_scout_api_key", "messaging", [("al", 40)], "read", None, "dotenv_line"),
    ("zendesk_api_token", "messaging", [("an", 40)], "read", ("agent email", None), "curl_header_command"),
    ("zapier_catch_webhook_url", "messaging", ["https://hooks.zapier.com/hooks/catch/", ("dig", 8), "/", ("al", 7), "/"], "read", None, "element_room_paste"),
    # --- AI
    ("openai_project_api_key", "ai", ["sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], "read", None, "python_sdk_inline"),
    ("anthropic_api_key", "ai", ["sk-ant-api03-", ("b64u", 93), "AA"], "read", None, "dotenv_line"),
    ("groq_api_key", "ai", ["gsk_", ("an", 52)], "read", None, "node_sdk_inline"),
    ("huggingface_user_access_token", "ai", ["hf_", ("alpha", 34)], "read", None, "docker_run_history"),
    ("replicate_api_token", "ai", ["r8_", ("an", 37)], "read", None, "powershell_env_line"),
    ("perplexity_api_key", "ai", ["pplx-", ("an", 48)], "read", None, "systemd_dropin_environment"),
    ("voiceflow_dialog_api_key", "ai", ["VF.DM.", ("hex", 24), ".", ("an", 16)], "read", None, "node_sdk_inline"),
    ("google_gemini_api_key", "ai", ["AIza", ("b64u", 35)], "read", None, "python_sdk_inline"),
    # --- developer services
    ("github_fine_grained_pat", "dev", ["github_pat_", ("an", 22), "_", ("an", 59)], "read", None, "docker_run_history"),
    ("github_oauth_access_token", "dev", ["gho_", ("an", 36)], "read", None, "vault_kv_get_capture"),
    ("github_refresh_token", "dev", ["ghr_", ("an", 76)], "read", None, "helm_values_env"),
    ("gitlab_personal_access_token", "dev", ["glpat-", ("b64u", 20)], "read", None, "circleci_environment"),
    ("bitbucket_oauth_consumer_secret", "dev", [("lb64u", 64)], "read", ("consumer key", [("al", 32)]), "spring_properties_line"),
    ("npm_granular_access_token", "dev", ["npm_", ("an", 36)], "read", None, "github_actions_env"),
    ("rubygems_api_key", "dev", ["rubygems_", ("hex", 48)], "read", None, "circleci_environment"),
    ("nuget_api_key", "dev", ["oy2", ("al", 43)], "read", None, "powershell_env_line"),
    ("artifactory_api_key", "dev", ["AKCp", ("an", 69)], "read", None, "helm_values_env"),
    ("buildkite_user_access_token", "dev", ["bkua_", ("al", 40)], "read", None, "curl_header_command"),
    ("circleci_project_api_token", "dev", [("hex", 40)], "read", None, "github_actions_env"),
    ("snyk_api_token", "dev", [("uuid",)], "read", None, "github_actions_env"),
    ("sourcegraph_access_token", "dev", ["sgp_", ("hex", 16), "_", ("hex", 40)], "read", None, "vault_kv_get_capture"),
    ("sentry_user_auth_token", "dev", ["sntryu_", ("hex", 64)], "read", None, "systemd_dropin_environment"),
    ("prefect_api_key", "dev", ["pnu_", ("an", 36)], "read", None, "python_sdk_inline"),
    ("pulumi_access_token", "dev", ["pul-", ("hex", 40)], "read", None, "github_actions_env"),
    ("vercel_access_token", "dev", [("an", 24)], "read", None, "element_room_paste"),
    ("heroku_platform_api_key", "dev", ["HRKU-AA", ("b64u", 58)], "read", None, "powershell_env_line"),
    ("airtable_personal_access_token", "dev", ["pat", ("an", 14), ".", ("hex", 64)], "read", None, "python_sdk_inline"),
    ("notion_integration_token", "dev", ["ntn_", ("dig", 11), ("an", 35)], "read", None, "node_sdk_inline"),
    ("todoist_api_token", "dev", [("hex", 40)], "read", None, "curl_header_command"),
    ("posthog_personal_api_key", "dev", ["phx_", ("anu", 43)], "read", None, "dotenv_line"),
    # --- cloud, monitoring, storage, networking
    ("digitalocean_personal_access_token", "cloud", ["dop_v1_", ("hex", 64)], "read", None, "docker_run_history"),
    ("planetscale_service_token", "cloud", ["pscale_tkn_", ("lb64u", 43)], "read", None, "dotenv_line"),
    ("databricks_personal_access_token", "cloud", ["dapi", ("hex", 32)], "read", None, "python_sdk_inline"),
    ("tailscale_api_access_token", "cloud", ["tskey-api-k", ("an", 16), "-", ("an", 33)], "read", None, "systemd_dropin_environment"),
    ("zerotier_central_api_token", "cloud", [("an", 32)], "read", None, "curl_header_command"),
    ("cloudflare_api_token", "cloud", [("b64u", 40)], "read", None, "github_actions_env"),
    ("fastly_api_token", "cloud", [("b64u", 32)], "read", None, "circleci_environment"),
    ("new_relic_user_api_key", "cloud", ["NRAK-", ("AU", 27)], "read", None, "helm_values_env"),
    ("dynatrace_api_token", "cloud", ["dt0c01.", ("AU", 24), ".", ("AU", 64)], "read", None, "spring_properties_line"),
    ("sumo_logic_access_key", "cloud", [("an", 64)], "read", ("access id", ["su", ("an", 12)]), "vault_kv_get_capture"),
    ("pagerduty_rest_api_key", "cloud", ["u+", ("b64u", 18)], "read", None, "curl_header_command"),
    ("algolia_admin_api_key", "cloud", [("hex", 32)], "read", ("application id", [("AU", 10)]), "node_sdk_inline"),
    ("alibaba_cloud_access_key_secret", "cloud", [("an", 30)], "read", ("access key id", ["LTAI", ("an", 20)]), "docker_run_history"),
    ("aws_secret_access_key", "cloud", [("b64", 40)], "believed", ("access key id", ["AKIA", ("AU", 16)]), "systemd_dropin_environment"),
    ("azure_storage_account_key", "cloud", [("b64", 86), "=="], "read", ("account name", ["anselmarchive", ("dig", 2)]), "spring_properties_line"),
    ("cisco_meraki_dashboard_api_key", "cloud", [("hex", 40)], "read", None, "python_sdk_inline"),
    ("truenas_api_key", "cloud", [("dig", 1), "-", ("an", 64)], "read", None, "curl_header_command"),
    ("ubidots_token", "cloud", ["BBFF-", ("an", 30)], "read", None, "element_room_paste"),
    ("dropbox_short_lived_access_token", "cloud", ["sl.", ("b64u", 135)], "read", None, "node_sdk_inline"),
]
TYPE_NAMES = [v[0] for v in V]
GROUPS = {"trade": "Trade portals, devices, field service, routing and places", "shop": "Shop, payments, CRM and shipping",
          "messaging": "Mail, messaging, support and webhooks", "ai": "AI services", "dev": "Developer services",
          "cloud": "Cloud, monitoring, storage and networking"}

STYLES = {
    "dotenv_line": ("upper", ".env file of a service"),
    "github_actions_env": ("upper", "GitHub Actions workflow env block"),
    "circleci_environment": ("upper", "CircleCI config.yml job environment"),
    "element_room_paste": ("spaced", "Element (Matrix) room export pasted as text"),
    "python_sdk_inline": ("native", "Python file passing the key to the vendor client (native argument)"),
    "node_sdk_inline": ("native", "JavaScript module passing the key to the vendor client (native option)"),
    "curl_header_command": ("header", "shell history line with curl and the key in a request header"),
    "helm_values_env": ("upper", "Helm values.yaml env list (name / value)"),
    "systemd_dropin_environment": ("upper", "systemd drop-in override.conf (Environment=)"),
    "docker_run_history": ("upper", "shell history line with docker run -e"),
    "powershell_env_line": ("upper", "PowerShell session transcript setting $env:"),
    "spring_properties_line": ("dotted", "Spring application.properties"),
    "vault_kv_get_capture": ("snake", "terminal capture of vault kv get (table output)"),
    "bitwarden_json_item": ("native", "Bitwarden JSON export (one login item, neighbour in a custom field)"),
    "lastpass_csv_row": ("native", "LastPass CSV export (one row, neighbour in the notes)"),
    "keepass_xml_entry": ("native", "KeePass 2 XML export (one entry)"),
    "email_reply_text": ("spaced", "plain-text e-mail reply with the login pasted"),
}

PORTAL_URLS = {
    "checkatrade": "https://www.checkatrade.com/login", "woolsafe": "https://www.woolsafe.org/members",
    "ncca": "https://www.ncca.co.uk/members", "iicrc": "https://www.iicrc.org/login",
    "goodweave": "https://goodweave.org/licensee", "woolmark": "https://www.woolmark.com/licensee",
    "british": "https://www.britishwool.org.uk/login", "icon": "https://www.icon.org.uk/login",
    "heritage": "https://www.heritagefund.org.uk/login", "arts": "https://www.grantium.artscouncil.org.uk",
    "folksy": "https://folksy.com/login", "notonthehighstreet": "https://partners.notonthehighstreet.com",
    "trustmark": "https://www.trustmark.org.uk/login", "dvla": "https://www.gov.uk/view-driving-licence",
    "crafts": "https://www.craftscouncil.org.uk/login",
}
API_HOSTS = {
    "resourcespace": "https://archive.anselm-textiles.example/api/", "dvla": "https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles",
    "webflow": "https://api.webflow.com/v2/sites", "close": "https://api.close.com/api/v1/me/",
    "zendesk": "https://pellworth.zendesk.com/api/v2/tickets.json", "buildkite": "https://api.buildkite.com/v2/user",
    "todoist": "https://api.todoist.com/rest/v2/projects", "zerotier": "https://api.zerotier.com/api/v1/network",
    "pagerduty": "https://api.pagerduty.com/incidents", "truenas": "https://archive.anselm-textiles.example/api/v2.0/system/info",
}


def spec_regex(spec):
    out = ""
    for p in spec:
        if isinstance(p, str):
            out += re.escape(p)
        elif p[0] == "uuid":
            out += UUID_PAT
        else:
            out += CLS_RE[p[0]] + "{%d}" % p[1]
    return "^" + out + "$"


def spec_gen(rng, spec):
    out = ""
    for p in spec:
        if isinstance(p, str):
            out += p
        elif p[0] == "uuid":
            out += C.uuid4(rng)
        else:
            out += C.rstr(rng, CLS[p[0]], p[1])
    return out


def shape_text(spec):
    if spec == OWNER:
        return "owner-chosen password"
    parts = []
    for p in spec:
        if isinstance(p, str):
            parts.append("`%s`" % p)
        elif p[0] == "uuid":
            parts.append("UUIDv4")
        else:
            nm = {"an": "alphanumerics", "al": "lower-case alphanumerics", "AU": "upper-case alphanumerics", "hex": "lower-case hex",
                  "HEX": "upper-case hex", "dig": "digits", "b64u": "base64url characters", "b64": "standard Base64 characters",
                  "alpha": "letters", "lb64u": "characters of [a-z0-9_-]", "anu": "characters of [A-Za-z0-9_]"}[p[0]]
            parts.append("%d %s" % (p[1], nm))
    return " + ".join(parts)


def style_case(tname, style):
    case = STYLES[style][0]
    words = tname.split("_")
    if case == "header":
        return "X-" + "-".join(w.capitalize() for w in words)
    return W.style_key(words, case)


def native_arg(tname):
    last = tname.split("_")[-1]
    return {"key": "api_key", "token": "token", "secret": "client_secret", "keystring": "api_key", "pat": "token",
            "url": "webhook_url"}.get(last, "api_key")


def render(tname, style, value, neigh, c):
    vendor = tname.split("_")[0]
    nkey = None
    if neigh:
        nkey = W.style_key([vendor] + neigh[0].split(), STYLES[style][0] if STYLES[style][0] not in ("header", "native") else "snake")
    key = style_case(tname, style)
    n = neigh[1] if neigh else None
    if style == "dotenv_line":
        t = "# %s\n" % vendor
        if n:
            t += "%s=%s\n" % (nkey, n)
        return t + "%s=%s\nLOG_LEVEL=info\n" % (key, value)
    if style == "github_actions_env":
        t = "name: sync\non: [workflow_dispatch]\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n"
        if n:
            t += "      %s: %s\n" % (nkey, n)
        return t + "      %s: %s\n    steps:\n      - run: ./scripts/sync.sh\n" % (key, value)
    if style == "circleci_environment":
        t = "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n"
        if n:
            t += "      %s: %s\n" % (nkey, n)
        return t + "      %s: %s\n    steps:\n      - checkout\n" % (key, value)
    if style == "element_room_paste":
        t = "[%s %s] %s: moving the %s setup over today\n" % (c["«D»"], c["«T»"], c["«P»"], vendor)
        if n:
            t += "[%s %s] %s: %s is %s\n" % (c["«D»"], c["«T»"], c["«P»"], neigh[0], n)
        return t + "[%s %s] %s: %s %s\n[%s %s] %s: got it, thanks\n" % (
            c["«D»"], c["«T»"], c["«P»"], " ".join(tname.split("_")), value, c["«D»"], c["«T»"], c["«Q»"])
    if style == "python_sdk_inline":
        arg = native_arg(tname)
        t = "import os\nimport requests\n\n"
        if n:
            t += "CLIENT_ID = \"%s\"\n" % n
            return t + "session = requests.Session()\nsession.auth = (CLIENT_ID, \"%s\")\n" % value
        return t + "%s = \"%s\"\nresp = requests.get(\"https://api.%s.example.invalid/v1/ping\", headers={\"Authorization\": f\"Bearer {%s}\"})\n" % (
            arg.upper(), value, vendor, arg.upper())
    if style == "node_sdk_inline":
        arg = native_arg(tname)
        camel = W.style_key(arg.split("_"), "camel")
        t = "import { createClient } from './%s-client.js';\n\n" % vendor
        if n:
            t += "const appId = '%s';\n" % n
            return t + "export const client = createClient({ appId, %s: '%s' });\n" % (camel, value)
        return t + "export const client = createClient({ %s: '%s', timeout: 8000 });\n" % (camel, value)
    if style == "curl_header_command":
        url = API_HOSTS.get(vendor, "https://api.%s.com/v1/" % vendor)
        if n:
            return "  512  curl -s -u '%s/token:%s' %s | jq .\n" % (n, value, url)
        return "  498  cd ~/ops\n  499  curl -s -H '%s: %s' %s | jq .\n" % (key, value, url)
    if style == "helm_values_env":
        t = "image:\n  repository: registry.shedline.example/%s-sync\nenv:\n" % vendor
        if n:
            t += "  - name: %s\n    value: \"%s\"\n" % (nkey.upper(), n)
        return t + "  - name: %s\n    value: \"%s\"\n" % (key, value)
    if style == "systemd_dropin_environment":
        t = "# /etc/systemd/system/%s-sync.service.d/override.conf\n[Service]\n" % vendor
        if n:
            t += "Environment=%s=%s\n" % (nkey, n)
        return t + "Environment=%s=%s\n" % (key, value)
    if style == "docker_run_history":
        nn = " -e %s=%s" % (nkey, n) if n else ""
        return "  731  docker pull registry.shedline.example/%s-sync:2.3\n  732  docker run -d --name %s-sync%s -e %s=%s registry.shedline.example/%s-sync:2.3\n" % (
            vendor, vendor, nn, key, value, vendor)
    if style == "powershell_env_line":
        t = "**********************\nWindows PowerShell transcript start\nUsername: TARROWMERE\\%s\n**********************\nPS C:\\ops> " % c["«U»"]
        if n:
            t += "$env:%s = '%s'\nPS C:\\ops> " % (nkey, n)
        return t + "$env:%s = '%s'\nPS C:\\ops> .\\sync.ps1\n" % (key, value)
    if style == "spring_properties_line":
        t = "server.port=8082\n"
        if n:
            t += "%s=%s\n" % (nkey, n)
        return t + "%s=%s\n" % (key, value)
    if style == "vault_kv_get_capture":
        t = "$ vault kv get kv/%s\n====== Data ======\nKey%sValue\n---%s-----\n" % (vendor, " " * 28, " " * 28)
        if n:
            t += "%s%s%s\n" % (nkey, " " * max(2, 31 - len(nkey)), n)
        return t + "%s%s%s\n" % (key, " " * max(2, 31 - len(key)), value)
    raise ValueError(style)


def render_owner(tname, style, value, neigh, c):
    vendor = tname.split("_")[0]
    url = PORTAL_URLS[vendor]
    title = " ".join(w.capitalize() for w in tname.split("_")[:-1])
    label, n = neigh
    if style == "bitwarden_json_item":
        d = {"encrypted": False, "folders": [], "items": [{
            "id": C.uuid4(c["rng"]), "type": 1, "name": title, "notes": None, "favorite": False,
            "fields": [{"name": label, "value": n, "type": 0}],
            "login": {"uris": [{"match": None, "uri": url}], "username": c["«PE»"], "password": value, "totp": None}}]}
        return json.dumps(d, indent=2, ensure_ascii=False) + "\n"
    if style == "lastpass_csv_row":
        return "url,username,password,totp,extra,name,grouping,fav\n%s,%s,%s,,%s: %s,%s,Trade,0\n" % (
            url, c["«PE»"], value, label, n, title)
    if style == "keepass_xml_entry":
        return ("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<KeePassFile>\n<Root><Group><Name>Trade</Name>\n<Entry>\n"
                "<String><Key>Title</Key><Value>%s</Value></String>\n<String><Key>UserName</Key><Value>%s</Value></String>\n"
                "<String><Key>Password</Key><Value ProtectInMemory=\"True\">%s</Value></String>\n"
                "<String><Key>URL</Key><Value>%s</Value></String>\n<String><Key>Notes</Key><Value>%s %s</Value></String>\n"
                "</Entry>\n</Group></Root>\n</KeePassFile>\n") % (title, c["«PE»"], value, url, label, n)
    if style == "email_reply_text":
        return ("From: %s <%s>\nTo: %s <%s>\nSubject: Re: %s login\nDate: %s\n\nHi %s,\n\nThe %s is %s, user %s, %s %s.\n\n"
                "> Could you send me the login before Friday?\n") % (
            c["«P»"], c["«PE»"], c["«Q»"], c["«QE»"], title, c["«D»"], c["«QF»"], " ".join(tname.split("_")), value, c["«PE»"], label, n)
    if style == "element_room_paste":
        return "[%s %s] %s: %s for the %s listing\n[%s %s] %s: %s %s\n" % (
            c["«D»"], c["«T»"], c["«P»"], n, vendor, c["«D»"], c["«T»"], c["«P»"], " ".join(tname.split("_")), value)
    raise ValueError(style)


FORBID = {"dotenv_line": " #'\"$", "github_actions_env": " #:'\"", "circleci_environment": " #:'\"", "python_sdk_inline": "'\"\\{}",
          "node_sdk_inline": "'\"\\", "curl_header_command": "'\"", "helm_values_env": "\"\\", "systemd_dropin_environment": " %$\"'",
          "docker_run_history": " '\"$!#", "powershell_env_line": "'`$", "spring_properties_line": " #!", "vault_kv_get_capture": " ",
          "bitwarden_json_item": "\"\\", "lastpass_csv_row": ",\"", "keepass_xml_entry": "&<>", "email_reply_text": "", "element_room_paste": ""}


def build(registry):
    rng = random.Random(SEED)
    out, neighbours = [], []
    for tname, grp, spec, src, neigh, style in V:
        c = W.ctx(rng)
        c["rng"] = rng
        forbid = FORBID[style]
        if spec == OWNER:
            value = registry.draw(lambda: C.password(rng, C.LOOSE_JOINERS, 0.5, forbid))
        else:
            value = registry.draw(lambda: spec_gen(rng, spec))
        nval = None
        if neigh:
            if neigh[1] is None:
                nval = c["«PE»"]
            else:
                nval = registry.draw(lambda: spec_gen(rng, neigh[1]))
        text = (render_owner if spec == OWNER else render)(tname, style, value, (neigh[0], nval) if neigh else None, c)
        s = text.index(value)
        out.append({"type": tname, "container": tname + "__" + style, "text": text,
                    "secrets": [{"value": value, "start": s, "end": s + len(value), "type": tname}], "source": "vendor"})
        neighbours.append(nval)
    return out, neighbours


def check_value(tname, v):
    spec = {x[0]: x[2] for x in V}[tname]
    if spec == OWNER:
        return None if C.is_password(v) else "owner value not a password form"
    return None if re.match(spec_regex(spec), v) else "vendor shape mismatch"
