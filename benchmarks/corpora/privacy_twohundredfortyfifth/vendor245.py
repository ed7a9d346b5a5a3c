"""Vendor source: 120 vendor credential types used by chocolatiers' developers."""
import base64
import json
import random
import re

from common245 import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, LETTERS, LOWER, UALNUM, UHEX,
                       b64u, fill, jwt_hs, jwt_rs_shape, key, password, rs, uuid4)

SEED = 24502

ALPH = {"an": (ALNUM, "alphanumerics"), "lan": (LALNUM, "lower-case alphanumerics"),
        "uan": (UALNUM, "upper-case alphanumerics"), "hex": (HEX, "lower-case hex"),
        "uhex": (UHEX, "upper-case hex"), "b64u": (B64URL, "base64url"), "b64": (B64STD, "standard Base64 characters"),
        "d": (DIGITS, "digits"), "let": (LETTERS, "letters"),
        "b32": ("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), "upper-case Bech32 characters")}


def parse(spec):
    parts = []
    for p in spec.split("|"):
        k, _, v = p.partition(":")
        parts.append((k, v))
    return parts


def gen_spec(spec, rng):
    out = []
    for k, v in parse(spec):
        if k == "lit":
            out.append(v)
        elif k == "uuid":
            out.append(uuid4(rng))
        else:
            out.append(rs(rng, ALPH[k][0], int(v)))
    return "".join(out)


def regex_spec(spec):
    out = []
    for k, v in parse(spec):
        if k == "lit":
            out.append(re.escape(v))
        elif k == "uuid":
            out.append(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            out.append("[" + re.escape(ALPH[k][0]) + "]{" + v + "}")
    return "^" + "".join(out) + "$"


def describe_spec(spec):
    out = []
    for k, v in parse(spec):
        if k == "lit":
            out.append("`" + v + "`")
        elif k == "uuid":
            out.append("UUIDv4")
        else:
            out.append(v + " " + ALPH[k][1])
    return " + ".join(out)


# ---------- special frames ----------
def f_wix(rng):
    p = {"data": json.dumps({"id": uuid4(rng), "identity": {"type": "application", "id": uuid4(rng)},
                             "tenant": {"type": "account", "id": uuid4(rng)}}, separators=(",", ":")),
         "iat": 1725000000 + rng.randint(0, 9000000)}
    return "IST." + jwt_rs_shape(rng, p)


def f_lemon(rng):
    p = {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": rs(rng, HEX, 80),
         "iat": 1722000000 + rng.randint(0, 9000000), "sub": str(rng.randint(100000, 999999)), "scopes": []}
    return jwt_rs_shape(rng, p)


def f_intercom(rng):
    u = uuid4(rng)
    while not u[0].isdigit():
        u = uuid4(rng)
    return base64.b64encode(("tok:" + u + ":1:0").encode()).decode()


def f_discord(rng):
    ident = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return b64u(ident.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)


def f_line(rng):
    return rs(rng, B64STD, 171) + "="


def f_matrix(rng):
    return "syt_" + b64u(("choco" + rs(rng, LOWER, 5)).encode()) + "_" + rs(rng, ALNUM, 20) + "_" + rs(rng, ALNUM, 6)


def f_sentry_org(rng):
    org = "maison-praline"
    j = {"iat": 1726000000.0 + rng.randint(0, 9000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode() + "_" + rs(rng, B64STD, 43)


def f_onepassword(rng):
    j = {"signInAddress": "my.1password.eu",
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(bytes(rng.getrandbits(8) for _ in range(16)))},
         "email": rs(rng, LOWER, 13) + "@1passwordserviceaccounts.eu", "srpX": rs(rng, HEX, 64),
         "muk": {"alg": "A256GCM", "ext": True, "k": b64u(bytes(rng.getrandbits(8) for _ in range(32))),
                 "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "deviceUuid": rs(rng, LALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()


def f_ha(rng):
    iat = 1720000000 + rng.randint(0, 9000000)
    return jwt_hs(rng, "HS256", {"iss": rs(rng, HEX, 32), "iat": iat, "exp": iat + 315360000})


def f_azure_storage(rng):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()


def f_elastic(rng):
    return base64.b64encode((rs(rng, B64URL, 20) + ":" + rs(rng, B64URL, 22)).encode()).decode()


def dec_b64(v):
    return base64.b64decode(v + "=" * (-len(v) % 4))


def v_wix(v):
    from common245 import jwt_valid
    return v.startswith("IST.") and jwt_valid(v[4:])


def v_jwt(v):
    from common245 import jwt_valid
    return jwt_valid(v)


def v_intercom(v):
    s = dec_b64(v).decode()
    return v.startswith("dG9rOj") and re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", s) is not None


def v_discord(v):
    a, b, c = v.split(".")
    return dec_b64(a.replace("-", "+").replace("_", "/")).decode().isdigit() and len(b) == 6 and len(c) == 38


def v_sentry(v):
    m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+={0,2})_([A-Za-z0-9+/]{43})", v)
    return bool(m) and "region_url" in json.loads(dec_b64(m.group(1)))


def v_onepassword(v):
    return v.startswith("ops_eyJ") and len(v) > 254 and "signInAddress" in json.loads(dec_b64(v[4:]))


def v_azure(v):
    return len(dec_b64(v)) == 64 and len(v) == 88


def v_elastic(v):
    return re.fullmatch(r"[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}", dec_b64(v).decode()) is not None


def v_line(v):
    return re.fullmatch(r"[A-Za-z0-9+/]{171}=", v) is not None


def v_matrix(v):
    return re.fullmatch(r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}", v) is not None


FRAMES = {
    "wix": (f_wix, v_wix, "`IST.` + JWT (RS256 header, base64url JSON payload with `data` (account / application ids) and `iat`; 256-byte signature random in frame)"),
    "lemon": (f_lemon, v_jwt, "JWT (RS256, base64url JSON payload with `aud`, `jti`, `iat`, `sub`, `scopes`; 256-byte signature random in frame)"),
    "intercom": (f_intercom, v_intercom, "standard Base64 of `tok:` + UUIDv4 (first character a digit) + `:1:0` (so it starts `dG9rOj`)"),
    "discord": (f_discord, v_discord, "base64url of an 18-digit bot id + `.` + 6 base64url + `.` + 38 base64url"),
    "line": (f_line, v_line, "171 standard Base64 characters + `=`"),
    "matrix": (f_matrix, v_matrix, "`syt_` + base64url of the user name + `_` + 20 alphanumerics + `_` + 6 alphanumerics"),
    "sentry_org": (f_sentry_org, v_sentry, "`sntrys_` + standard Base64 of real JSON `{iat, url, region_url, org}` + `_` + 43 standard Base64 characters"),
    "onepassword": (f_onepassword, v_onepassword, "`ops_` + standard Base64 of real JSON (signInAddress, userAuth, email, srpX, muk, deviceUuid; starts `ops_eyJ`)"),
    "ha": (f_ha, v_jwt, "real HS256 JWT with `iss` (32 hex), `iat`, `exp`"),
    "azure_storage": (f_azure_storage, v_azure, "standard Base64 of 64 random bytes (88 characters)"),
    "elastic": (f_elastic, v_elastic, "standard Base64 of `id:key` (20 + 22 base64url characters)"),
}

# (type, category, spec or frame:NAME or owner, source, neighbour (words, generator spec) or None)
C_TRADE = "Chocolate trade: couverture, machines, moulds, traceability, wholesale marketplaces, delivery, cold chain, maker ERPs"
C_COMM = "Commerce, payments, accounting, e-mail marketing, reviews and support"
C_MSG = "Messaging, chat, social and notifications"
C_AI = "AI services"
C_DEV = "Developer services"
C_OPS = "Ops, cloud, identity, monitoring and IoT"

V = [
    ("barry_callebaut_chocolate_academy_password", C_TRADE, "owner", "owner-chosen", (["academy", "login", "email"], "email")),
    ("valrhona_pro_portal_password", C_TRADE, "owner", "owner-chosen", (["valrhona", "customer", "number"], "d:8")),
    ("cacao_barry_partner_api_key", C_TRADE, "an:40", "guessed", None),
    ("felchlin_b2b_shop_password", C_TRADE, "owner", "owner-chosen", (["felchlin", "customer", "id"], "lit:FCH-|d:6")),
    ("selmi_tempering_cloud_api_token", C_TRADE, "b64u:48", "guessed", None),
    ("fbm_chocolate_machine_remote_password", C_TRADE, "owner", "owner-chosen", (["fbm", "machine", "serial"], "lit:FBM|d:7")),
    ("savage_bros_service_portal_password", C_TRADE, "owner", "owner-chosen", (["savage", "dealer", "email"], "email")),
    ("tomric_mould_shop_api_key", C_TRADE, "hex:32", "guessed", None),
    ("chocolate_world_moulds_b2b_password", C_TRADE, "owner", "owner-chosen", (["moulds", "account", "email"], "email")),
    ("pomati_remote_assist_token", C_TRADE, "lan:40", "guessed", None),
    ("loynds_temperer_iot_key", C_TRADE, "an:32", "guessed", None),
    ("cocoa_horizons_traceability_client_secret", C_TRADE, "an:64", "guessed", (["traceability", "client", "id"], "uuid:")),
    ("rainforest_alliance_multitrace_api_key", C_TRADE, "uuid:", "guessed", None),
    ("fairtrade_connect_api_token", C_TRADE, "b64u:43", "guessed", None),
    ("faire_wholesale_brand_access_token", C_TRADE, "uan:64", "guessed", None),
    ("ankorstore_api_client_secret", C_TRADE, "an:40", "guessed", (["ankorstore", "client", "id"], "lan:26")),
    ("notonthehighstreet_partner_api_key", C_TRADE, "hex:32", "guessed", None),
    ("etsy_open_api_shared_secret", C_TRADE, "lan:10", "believed", (["etsy", "keystring"], "lan:24")),
    ("packhelp_api_token", C_TRADE, "an:40", "guessed", None),
    ("uber_eats_marketplace_client_secret", C_TRADE, "b64u:40", "guessed", (["uber", "eats", "client", "id"], "b64u:32")),
    ("deliveroo_partner_api_secret", C_TRADE, "an:64", "guessed", None),
    ("sensitech_coldstream_api_key", C_TRADE, "hex:32", "guessed", None),
    ("elitech_icold_logger_password", C_TRADE, "owner", "owner-chosen", (["elitech", "account", "email"], "email")),
    ("katana_mrp_api_key", C_TRADE, "uuid:", "guessed", None),
    ("craftybase_api_token", C_TRADE, "hex:40", "guessed", None),
    ("mrpeasy_api_key", C_TRADE, "an:32", "guessed", (["mrpeasy", "api", "user"], "d:6")),

    ("shopify_admin_api_access_token", C_COMM, "lit:shpat_|hex:32", "read", None),
    ("shopify_custom_app_shared_secret", C_COMM, "lit:shpss_|hex:32", "read", None),
    ("ecwid_secret_access_token", C_COMM, "lit:secret_|an:32", "believed", (["ecwid", "store", "id"], "d:8")),
    ("squarespace_commerce_api_key", C_COMM, "uuid:", "read", None),
    ("wix_account_api_key", C_COMM, "frame:wix", "believed", (["wix", "account", "id"], "uuid:")),
    ("sumup_live_api_key", C_COMM, "lit:sup_sk_|an:32", "believed", None),
    ("stripe_live_secret_key", C_COMM, "lit:sk_live_51|an:97", "read", None),
    ("adyen_checkout_api_key", C_COMM, "lit:AQE|b64:100", "guessed", None),
    ("braintree_private_key", C_COMM, "hex:32", "believed", (["braintree", "public", "key"], "lan:16")),
    ("checkout_com_secret_key", C_COMM, "lit:sk_|uuid:", "believed", None),
    ("gocardless_live_access_token", C_COMM, "lit:live_|b64u:40", "read", None),
    ("paddle_live_api_key", C_COMM, "lit:pdl_live_apikey_|lan:26|lit:_|an:27", "guessed", None),
    ("lemon_squeezy_api_key", C_COMM, "frame:lemon", "believed", None),
    ("wise_platform_api_token", C_COMM, "uuid:", "believed", None),
    ("xero_oauth_client_secret", C_COMM, "b64u:48", "believed", (["xero", "client", "id"], "uhex:32")),
    ("quickbooks_online_client_secret", C_COMM, "an:40", "believed", (["quickbooks", "client", "id"], "lit:AB|an:48")),
    ("pipedrive_api_token", C_COMM, "hex:40", "believed", None),
    ("klaviyo_private_api_key", C_COMM, "lit:pk_|hex:34", "believed", None),
    ("mailchimp_marketing_api_key", C_COMM, "hex:32|lit:-us|d:2", "read", None),
    ("brevo_api_v3_key", C_COMM, "lit:xkeysib-|hex:64|lit:-|an:16", "read", None),
    ("mailersend_api_token", C_COMM, "lit:mlsn.|hex:64", "believed", None),
    ("resend_api_key", C_COMM, "lit:re_|an:8|lit:_|an:24", "guessed", None),
    ("omnisend_api_key", C_COMM, "hex:24|lit:-|an:50", "guessed", None),
    ("yotpo_api_secret", C_COMM, "an:40", "guessed", (["yotpo", "store", "id"], "an:40")),
    ("loyaltylion_api_secret", C_COMM, "hex:32", "guessed", (["loyaltylion", "site", "id"], "d:5")),
    ("gorgias_api_key", C_COMM, "hex:64", "guessed", (["gorgias", "user", "email"], "email")),
    ("zendesk_api_token", C_COMM, "an:40", "read", (["zendesk", "agent", "email"], "email")),
    ("intercom_access_token", C_COMM, "frame:intercom", "believed", None),

    ("telegram_bot_api_token", C_MSG, "d:10|lit::AA|b64u:33", "read", None),
    ("twilio_account_auth_token", C_MSG, "hex:32", "believed", (["twilio", "account", "sid"], "lit:AC|hex:32")),
    ("twilio_api_key_secret", C_MSG, "an:32", "believed", (["twilio", "api", "key", "sid"], "lit:SK|hex:32")),
    ("slack_bot_user_oauth_token", C_MSG, "lit:xoxb-|d:12|lit:-|d:13|lit:-|an:24", "read", None),
    ("slack_incoming_webhook_url", C_MSG, "lit:https://hooks.slack.com/services/T|uan:10|lit:/B|uan:10|lit:/|an:24", "read", None),
    ("discord_bot_token", C_MSG, "frame:discord", "believed", None),
    ("messagebird_live_access_key", C_MSG, "an:25", "read", None),
    ("pushover_application_token", C_MSG, "an:30", "believed", (["pushover", "user", "key"], "lan:30")),
    ("line_messaging_channel_access_token", C_MSG, "frame:line", "believed", None),
    ("matrix_synapse_access_token", C_MSG, "frame:matrix", "believed", None),
    ("mastodon_application_access_token", C_MSG, "b64u:43", "believed", None),
    ("mattermost_personal_access_token", C_MSG, "lan:26", "read", None),
    ("pinterest_app_secret", C_MSG, "hex:40", "guessed", (["pinterest", "app", "id"], "d:7")),
    ("tiktok_shop_app_secret", C_MSG, "hex:40", "guessed", (["tiktok", "shop", "app", "key"], "lan:13")),
    ("instagram_basic_display_access_token", C_MSG, "lit:IGQVJ|b64u:180", "guessed", None),

    ("openai_project_api_key", C_AI, "lit:sk-proj-|b64u:74|lit:T3BlbkFJ|b64u:74", "read", None),
    ("openai_organization_admin_key", C_AI, "lit:sk-admin-|b64u:58|lit:T3BlbkFJ|b64u:58", "read", None),
    ("anthropic_api_key", C_AI, "lit:sk-ant-api03-|b64u:93|lit:AA", "read", None),
    ("google_gemini_api_key", C_AI, "lit:AIza|b64u:35", "believed", None),
    ("groq_api_key", C_AI, "lit:gsk_|an:52", "believed", None),
    ("perplexity_api_key", C_AI, "lit:pplx-|an:48", "read", None),
    ("replicate_api_token", C_AI, "lit:r8_|an:37", "believed", None),
    ("together_ai_api_key", C_AI, "hex:64", "believed", None),
    ("huggingface_user_access_token", C_AI, "lit:hf_|let:34", "read", None),
    ("pinecone_api_key", C_AI, "lit:pcsk_|an:5|lit:_|an:64", "guessed", None),
    ("voyage_ai_api_key", C_AI, "lit:pa-|b64u:43", "believed", None),
    ("langsmith_personal_access_token", C_AI, "lit:lsv2_pt_|hex:32|lit:_|hex:10", "believed", None),
    ("fal_ai_api_key", C_AI, "uuid:|lit::|hex:32", "believed", None),
    ("runway_api_secret", C_AI, "lit:key_|hex:128", "guessed", None),

    ("github_classic_personal_access_token", C_DEV, "lit:ghp_|an:36", "read", None),
    ("github_oauth_user_token", C_DEV, "lit:gho_|an:36", "read", None),
    ("gitlab_personal_access_token", C_DEV, "lit:glpat-|b64u:20", "read", None),
    ("npm_automation_access_token", C_DEV, "lit:npm_|an:36", "read", None),
    ("vercel_access_token", C_DEV, "an:24", "believed", None),
    ("render_api_key", C_DEV, "lit:rnd_|an:32", "believed", None),
    ("flyio_deploy_token", C_DEV, "lit:fo1_|b64u:43", "read", None),
    ("digitalocean_personal_access_token", C_DEV, "lit:dop_v1_|hex:64", "read", None),
    ("heroku_platform_api_key_v2", C_DEV, "lit:HRKU-AA|b64u:58", "read", None),
    ("sentry_user_auth_token", C_DEV, "lit:sntryu_|hex:64", "read", None),
    ("sentry_organization_auth_token", C_DEV, "frame:sentry_org", "read", None),
    ("contentful_management_token", C_DEV, "lit:CFPAT-|b64u:43", "believed", None),
    ("algolia_admin_api_key", C_DEV, "hex:32", "read", (["algolia", "app", "id"], "uan:10")),
    ("bitbucket_workspace_access_token", C_DEV, "lit:ATCTT3xFfGN0|b64u:180|lit:=|uhex:8", "guessed", None),
    ("circleci_personal_api_token", C_DEV, "lit:CCIPAT_|an:22|lit:_|hex:40", "believed", None),
    ("buildkite_api_access_token", C_DEV, "lit:bkua_|hex:40", "believed", None),
    ("notion_integration_secret", C_DEV, "lit:ntn_|d:11|an:35", "read", None),
    ("airtable_personal_access_token", C_DEV, "lit:pat|an:14|lit:.|hex:64", "read", None),
    ("databricks_personal_access_token", C_DEV, "lit:dapi|hex:32", "read", None),

    ("aws_iam_secret_access_key", C_OPS, "b64:40", "believed", (["aws", "access", "key", "id"], "lit:AKIA|uan:16")),
    ("azure_storage_account_access_key", C_OPS, "frame:azure_storage", "believed", (["azure", "storage", "account"], "lit:praline|d:4")),
    ("datadog_api_key", C_OPS, "hex:32", "believed", None),
    ("datadog_application_key", C_OPS, "hex:40", "believed", None),
    ("pagerduty_rest_api_key", C_OPS, "lit:u+|b64u:18", "guessed", None),
    ("cloudflare_user_api_token", C_OPS, "b64u:40", "read", None),
    ("pulumi_access_token", C_OPS, "lit:pul-|hex:40", "read", None),
    ("onepassword_service_account_token", C_OPS, "frame:onepassword", "read", None),
    ("fastly_api_token", C_OPS, "b64u:32", "read", None),
    ("hetzner_cloud_api_token", C_OPS, "an:64", "believed", None),
    ("linode_personal_access_token", C_OPS, "hex:64", "believed", None),
    ("uptimerobot_main_api_key", C_OPS, "lit:u|d:7|lit:-|hex:24", "believed", None),
    ("zerotier_central_api_token", C_OPS, "an:32", "believed", None),
    ("home_assistant_long_lived_access_token", C_OPS, "frame:ha", "believed", None),
    ("cloudinary_api_secret", C_OPS, "b64u:27", "believed", (["cloudinary", "api", "key"], "d:15")),
    ("age_encryption_secret_key", C_OPS, "lit:AGE-SECRET-KEY-1|b32:58", "read", None),
    ("elastic_cloud_api_key", C_OPS, "frame:elastic", "believed", None),
    ("tailscale_api_access_token", C_OPS, "lit:tskey-api-k|an:11|lit:CNTRL-|an:33", "believed", None),
]
assert len(V) == 120, len(V)
assert len({v[0] for v in V}) == 120

# styles: (name, case, header, line pattern with {k} {v}, footer)
STYLES = [
    ("chocolaterie_dotenv_line", "upper", "# .env (atelier server)\n", "{k}={v}\n", "TZ=Europe/Brussels\n"),
    ("webshop_laravel_services_php", "snake", "<?php\n\nreturn [\n    'chocolaterie' => [\n", "        '{k}' => '{v}',\n", "    ],\n];\n"),
    ("shop_app_vite_env_production", "upper", "# .env.production - shop front\n", "{k}={v}\n", "VITE_SHOP_LOCALE=nl-BE\n"),
    ("atelier_python_constants_module", "upper", "\"\"\"Integration constants for the atelier scripts.\"\"\"\n\n", "{k} = \"{v}\"\n", "TIMEOUT_S = 20\n"),
    ("atelier_kubernetes_secret_manifest", "camel", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: atelier-integrations\ntype: Opaque\nstringData:\n", "  {k}: \"{v}\"\n", ""),
    ("wholesale_yaml_integrations_block", "snake", "integrations:\n  enabled: true\n", "  {k}: '{v}'\n", "  retry: 3\n"),
    ("atelier_owner_whatsapp_message", "spaced", "[09:12, 14/03/2025] Sophie (owner): ok here you go for the setup\n", "[09:13, 14/03/2025] Sophie (owner): {k}: {v}\n", "[09:14, 14/03/2025] Sophie (owner): please don't forward this\n"),
    ("shop_it_zendesk_ticket_reply", "spaced", "Ticket #4471 – Integration broken after Easter update\nInternal note:\n", "  {k} = {v}\n", "Customer confirmed it works again.\n"),
    ("atelier_keepass_csv_export", "title", "\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"\n", "\"{k}\",\"{n}\",\"{v}\",\"\",\"\"\n", ""),
    ("webshop_csharp_const_string", "pascal", "namespace Chocolaterie.Integrations;\n\ninternal static class Keys\n{\n", "    public const string {k} = \"{v}\";\n", "}\n"),
    ("webshop_go_const_block", "camel", "package integrations\n\nconst (\n", "\t{k} = \"{v}\"\n", ")\n"),
    ("ops_doppler_secrets_download_json", "upper", "{\n", "  \"{k}\": \"{v}\",\n", "  \"DOPPLER_ENVIRONMENT\": \"prd\"\n}\n"),
    ("ops_aws_ssm_put_parameter_history", "upper", "$ aws ssm get-parameters-by-path --path /atelier/ --query 'Parameters[].Name'\n", "$ aws ssm put-parameter --name /atelier/{k} --type String --overwrite --value '{v}'\n", "$ history -c\n"),
    ("atelier_notion_page_export_md", "title", "# Integrations (do not share)\n\n| Name | Value |\n|---|---|\n", "| {k} | `{v}` |\n", "\nLast edited by Sophie\n"),
    ("shop_app_kotlin_buildconfig_field", "upper", "android {\n    defaultConfig {\n", "        buildConfigField(\"String\", \"{k}\", \"\\\"{v}\\\"\")\n", "    }\n}\n"),
    ("atelier_powershell_secretstore_history", "pascal", "PS C:\\Atelier> Unlock-SecretStore\n", "PS C:\\Atelier> Set-Secret -Name {k} -Secret '{v}'\n", "PS C:\\Atelier> Get-SecretInfo | Format-Table\n"),
]

DOMAINS = ["maison-praline.example", "bonbonbox.example", "cacaoatelier.example"]


def gen_value(spec, rng):
    if spec == "owner":
        return password(rng)
    if spec.startswith("frame:"):
        return FRAMES[spec[6:]][0](rng)
    return gen_spec(spec, rng)


def gen_neighbour(spec, rng):
    if spec == "email":
        return rs(rng, LOWER, rng.randint(4, 7)) + "@" + rng.choice(DOMAINS)
    return gen_spec(spec, rng)


def shape_of(spec):
    if spec == "owner":
        return "owner-chosen password"
    if spec.startswith("frame:"):
        return FRAMES[spec[6:]][2]
    return describe_spec(spec)


def validate(spec, value):
    from common245 import PW_RE
    if spec == "owner":
        return PW_RE.match(value) is not None
    if spec.startswith("frame:"):
        try:
            return bool(FRAMES[spec[6:]][1](value))
        except Exception:
            return False
    return re.match(regex_spec(spec), value) is not None


def style_assignment():
    rng = random.Random(SEED + 1000)
    order = []
    while len(order) < len(V):
        s = list(range(len(STYLES)))
        rng.shuffle(s)
        order.extend(s)
    return order[:len(V)]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for (tname, cat, spec, src, nb), si in zip(V, style_assignment()):
        sname, case, head, line, foot = STYLES[si]
        v = reg.draw(lambda: gen_value(spec, rng))
        words = tname.split("_")
        k = key(words, case)
        body = ""
        nval = ""
        if nb:
            nval = reg.draw(lambda: gen_neighbour(nb[1], rng))
            nk = key(nb[0], case)
            if sname == "atelier_keepass_csv_export":
                pass
            else:
                body += line.replace("{k}", nk).replace("{v}", nval)
        vline = line.replace("{k}", k).replace("{v}", "@@V@@")
        if sname == "atelier_keepass_csv_export":
            vline = vline.replace("{n}", nval if nval else "api")
        body += vline
        text, s, e = fill(head + body + foot, v)
        recs.append({"type": tname, "container": tname + "__" + sname, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": tname}], "source": "vendor"})
    return recs
