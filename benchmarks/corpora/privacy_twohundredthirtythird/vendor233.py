"""Vendor source of p233: 120 vendor credential types used around bakeries, one record each."""
import base64
import json
import random
import re

import common233 as C

SEED = 23302
R, B, G, O = "read", "believed", "guessed", "owner"
PROV_TEXT = {R: "read this session in the public gitleaks rule file", B: "believed from memory",
             G: "guessed (length and alphabet only)", O: "owner-chosen password"}

CLS = {"alnum": C.ALNUM, "lalnum": C.LALNUM, "ualnum": C.UALNUM, "hex": C.HEXL, "HEX": C.HEXU,
       "b64u": C.B64U, "b64": C.B64, "digits": C.DIGITS, "letters": C.ALPHA, "lower": C.LOWER, "b32": C.UPPER + "234567"}
RX = {"alnum": "[0-9A-Za-z]", "lalnum": "[0-9a-z]", "ualnum": "[0-9A-Z]", "hex": "[0-9a-f]", "HEX": "[0-9A-F]",
      "b64u": "[0-9A-Za-z_-]", "b64": "[0-9A-Za-z+/]", "digits": "[0-9]", "letters": "[A-Za-z]", "lower": "[a-z]", "b32": "[A-Z2-7]"}
DESC = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
        "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "standard Base64 characters",
        "digits": "digits", "letters": "letters", "lower": "lower-case letters", "b32": "base32 characters"}


def P(*parts):
    return list(parts)


def gen_parts(parts, rng):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        elif p[0] == "UUID":
            out.append(C.uuid4(rng).upper())
        elif p[0] == "pw":
            out.append(C.owner_password(rng))
        else:
            out.append(C.rstr(rng, CLS[p[0]], p[1]))
    return "".join(out)


def rx_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] in ("uuid",):
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif p[0] == "UUID":
            out.append("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
        elif p[0] == "pw":
            out.append(C.PW_RE_WIDE.pattern[1:-1])
        else:
            out.append(RX[p[0]] + "{%d}" % p[1])
    return "^" + "".join(out) + "$"


def desc_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "uuid":
            out.append("UUIDv4")
        elif p[0] == "UUID":
            out.append("upper-case UUIDv4")
        elif p[0] == "pw":
            out.append("owner-chosen password")
        else:
            out.append("%d %s" % (p[1], DESC[p[0]]))
    return " + ".join(out)


# ---- special structured values -------------------------------------------
def _wix(rng):
    payload = {"data": json.dumps({"id": C.uuid4(rng), "identity": {"type": "application", "id": C.uuid4(rng)},
                                   "tenant": {"type": "account", "id": C.uuid4(rng)}}, separators=(",", ":")),
               "iat": 1733000000 + rng.randint(0, 9000000)}
    return "IST." + C.jwt(rng, "RS256", payload, {"kid": C.rstr(rng, C.ALNUM, 8)})


def _wix_ok(v):
    return v.startswith("IST.") and C.jwt_valid(v[4:])


def _discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode() + "." + C.rstr(rng, C.B64U, 6) + "." + C.rstr(rng, C.B64U, 38)


def _discord_ok(v):
    m = re.fullmatch(r"([A-Za-z0-9+/]{24})\.[\w-]{6}\.[\w-]{38}", v)
    return bool(m) and base64.b64decode(m.group(1)).decode().isdigit()


def _intercom(rng):
    return base64.b64encode(("tok:" + C.uuid4(rng) + ":1:0").encode()).decode()


def _intercom_ok(v):
    try:
        t = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return bool(re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", t))


def _cf_tunnel(rng):
    d = {"a": C.rstr(rng, C.HEXL, 32), "t": C.uuid4(rng), "s": base64.b64encode(C.rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def _cf_tunnel_ok(v):
    try:
        d = json.loads(base64.b64decode(v, validate=True))
    except Exception:
        return False
    return set(d) == {"a", "t", "s"} and re.fullmatch(r"[0-9a-f]{32}", d["a"]) is not None


def _onepw(rng):
    d = {"signInAddress": "crumbandcrust.1password.example",
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": C.rstr(rng, C.B64U, 22)},
         "email": C.rstr(rng, C.LOWER, 12) + "@1passwordserviceaccounts.example",
         "srpX": C.rstr(rng, C.HEXL, 64),
         "muk": {"alg": "A256GCM", "ext": True, "k": C.rstr(rng, C.B64U, 43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "deviceUuid": C.rstr(rng, C.LALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def _onepw_ok(v):
    if not v.startswith("ops_eyJ"):
        return False
    try:
        d = json.loads(base64.b64decode(v[4:], validate=True))
    except Exception:
        return False
    return "muk" in d and "srpX" in d


def _turso(rng):
    return C.jwt(rng, "EdDSA", {"a": "rw", "iat": 1735000000 + rng.randint(0, 9000000), "id": C.uuid4(rng)})


def _turso_ok(v):
    return C.jwt_valid(v) and v.startswith("eyJhbGciOiJFZERTQSI")


def _ably(rng):
    return C.rstr(rng, C.ALNUM, 6) + "." + C.rstr(rng, C.ALNUM, 6) + ":" + C.rstr(rng, C.B64U, 43)


def _slackhook(rng):
    return ("https://hooks.slack.com/services/T" + C.rstr(rng, C.UALNUM, 10) + "/B" + C.rstr(rng, C.UALNUM, 10) + "/" +
            C.rstr(rng, C.ALNUM, 24))


SPECIAL = {
    "wix_headless_api_key": (_wix, _wix_ok, "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "discord_bot_token": (_discord, _discord_ok, "standard Base64 of an 18-digit bot user id (24 characters) + `.` + 6 base64url + `.` + 38 base64url"),
    "intercom_access_token": (_intercom, _intercom_ok, "standard Base64 of `tok:` + UUIDv4 + `:1:0` (starts `dG9rOj`)"),
    "cloudflare_tunnel_token": (_cf_tunnel, _cf_tunnel_ok, "standard Base64 of real JSON `{a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}`"),
    "onepassword_service_account_token": (_onepw, _onepw_ok, "`ops_` + standard Base64 of real JSON (`signInAddress`, `userAuth`, `email`, `srpX`, `muk`, `deviceUuid`)"),
    "turso_database_auth_token": (_turso, _turso_ok, "EdDSA-shaped JWT (real base64url JSON, random 64-byte signature)"),
    "ably_root_api_key": (_ably, lambda v: re.fullmatch(r"[0-9A-Za-z]{6}\.[0-9A-Za-z]{6}:[\w-]{43}", v) is not None,
                          "6 alphanumerics app id + `.` + 6 alphanumerics key id + `:` + 43 base64url (whole key string labelled)"),
    "slack_incoming_webhook_url": (_slackhook, lambda v: re.fullmatch(r"https://hooks\.slack\.com/services/T[0-9A-Z]{10}/B[0-9A-Z]{10}/[0-9A-Za-z]{24}", v) is not None,
                                   "whole URL `https://hooks.slack.com/services/T` + 10 + `/B` + 10 + `/` + 24 alphanumerics (the URL is the credential)"),
}

# (type, group, parts or None for special, provenance, neighbour (label, parts) or None)
GROUPS = ["Bakery trade services, suppliers and kitchen equipment", "Ordering, delivery and marketplaces",
          "Commerce, payments, accounting and shipping", "Messaging and e-mail", "AI services",
          "Developer and data services", "Cloud, ops and observability"]
g0, g1, g2, g3, g4, g5, g6 = GROUPS
VENDORS = [
    ("craft_bakers_association_member_password", g0, P(("pw",)), O, ("member email", "email")),
    ("bako_wholesale_portal_password", g0, P(("pw",)), O, ("bako account number", P(("digits", 7)))),
    ("brakes_foodservice_order_password", g0, P(("pw",)), O, ("brakes customer number", P("BR", ("digits", 8)))),
    ("flexibake_cloud_user_password", g0, P(("pw",)), O, ("flexibake company code", P(("ualnum", 6)))),
    ("cake_international_exhibitor_password", g0, P(("pw",)), O, ("exhibitor email", "email")),
    ("renshaw_trade_account_password", g0, P(("pw",)), O, ("renshaw trade id", P("RT-", ("digits", 6)))),
    ("bakesmart_pos_api_token", g0, P(("alnum", 40)), G, None),
    ("cybake_integration_api_key", g0, P(("HEX", 32)), G, None),
    ("flexibake_odata_client_secret", g0, P(("alnum", 48)), G, ("flexibake client id", P(("uuid",)))),
    ("bakesy_order_api_key", g0, P(("lalnum", 36)), G, None),
    ("hotplate_storefront_api_secret", g0, P(("hex", 64)), G, None),
    ("marketman_inventory_api_secret", g0, P(("hex", 32)), G, ("marketman api key", P(("hex", 24)))),
    ("apicbase_oauth_client_secret", g0, P(("alnum", 40)), G, ("apicbase client id", P(("alnum", 20)))),
    ("meez_recipe_api_token", g0, P(("b64u", 64)), G, None),
    ("galley_recipe_api_key", g0, P(("hex", 40)), G, None),
    ("nutritionix_app_key", g0, P(("hex", 32)), B, ("nutritionix app id", P(("hex", 8)))),
    ("edamam_nutrition_app_key", g0, P(("hex", 32)), B, ("edamam app id", P(("hex", 8)))),
    ("spoonacular_food_api_key", g0, P(("hex", 32)), B, None),
    ("usda_fooddata_central_api_key", g0, P(("alnum", 40)), B, None),
    ("recipal_label_api_token", g0, P(("alnum", 32)), G, None),
    ("rational_connectedcooking_api_key", g0, P(("hex", 64)), G, None),
    ("monnit_imonnit_api_secret", g0, P(("alnum", 32)), G, ("monnit api key id", P(("alnum", 16)))),
    ("testo_saveris_client_secret", g0, P(("b64u", 40)), G, ("testo client id", P(("uuid",)))),
    ("tuya_iot_access_secret", g0, P(("hex", 32)), B, ("tuya access id", P(("lalnum", 20)))),
    ("smartthings_personal_access_token", g0, P(("uuid",)), B, None),
    ("govee_developer_api_key", g0, P(("uuid",)), B, None),
    ("faire_wholesale_api_token", g1, P(("ualnum", 48)), G, None),
    ("etsy_app_shared_secret", g1, P(("lalnum", 10)), B, ("etsy keystring", P(("lalnum", 24)))),
    ("wix_headless_api_key", g1, None, B, None),
    ("squarespace_commerce_api_key", g1, P(("uuid",)), R, None),
    ("bigcommerce_store_api_token", g1, P(("lalnum", 31)), B, ("bigcommerce store hash", P(("lalnum", 10)))),
    ("ecwid_store_secret_token", g1, P("secret_", ("alnum", 32)), B, ("ecwid store id", P(("digits", 8)))),
    ("uber_eats_marketplace_client_secret", g1, P(("b64u", 40)), G, ("uber eats client id", P(("b64u", 32)))),
    ("doordash_drive_signing_secret", g1, P(("b64u", 43)), B, ("doordash key id", P(("uuid",)))),
    ("acuity_scheduling_api_key", g1, P(("hex", 32)), B, ("acuity user id", P(("digits", 8)))),
    ("eventbrite_private_oauth_token", g1, P(("ualnum", 20)), B, None),
    ("yelp_fusion_api_key", g1, P(("b64u", 128)), B, None),
    ("stripe_live_secret_key", g2, P("sk_live_51", ("alnum", 97)), R, None),
    ("stripe_connect_webhook_secret", g2, P("whsec_", ("alnum", 32)), B, None),
    ("square_oauth_application_secret", g2, P("sq0csp-", ("b64u", 43)), B, ("square application id", P("sq0idp-", ("b64u", 22)))),
    ("sumup_secret_api_key", g2, P("sup_sk_", ("alnum", 32)), B, None),
    ("zettle_oauth_client_secret", g2, P(("b64u", 43)), G, ("zettle client id", P(("uuid",)))),
    ("braintree_private_key", g2, P(("hex", 32)), B, ("braintree public key", P(("lalnum", 16)))),
    ("gocardless_live_access_token", g2, P("live_", ("b64u", 40)), R, None),
    ("mollie_organization_access_token", g2, P("access_", ("alnum", 40)), B, None),
    ("coinbase_commerce_api_key", g2, P(("uuid",)), B, None),
    ("shopify_admin_api_access_token", g2, P("shpat_", ("hex", 32)), R, ("shopify shop domain", "shop")),
    ("shopify_custom_app_access_token", g2, P("shpca_", ("hex", 32)), R, None),
    ("quickbooks_online_client_secret", g2, P(("alnum", 40)), B, ("quickbooks client id", P("AB", ("alnum", 48)))),
    ("xero_oauth_client_secret", g2, P(("b64u", 48)), B, ("xero client id", P(("HEX", 32)))),
    ("freshbooks_api_access_token", g2, P(("lalnum", 64)), R, None),
    ("gusto_api_client_secret", g2, P(("b64u", 43)), G, ("gusto client id", P(("b64u", 43)))),
    ("deputy_permanent_access_token", g2, P(("hex", 32)), B, None),
    ("shipstation_api_secret", g2, P(("hex", 32)), B, ("shipstation api key", P(("hex", 32)))),
    ("twilio_account_auth_token", g3, P(("hex", 32)), B, ("twilio account sid", P("AC", ("hex", 32)))),
    ("telegram_bot_api_token", g3, P(("digits", 10), ":AA", ("b64u", 33)), R, None),
    ("mailgun_private_api_key", g3, P("key-", ("hex", 32)), R, None),
    ("brevo_smtp_api_key", g3, P("xkeysib-", ("hex", 64), "-", ("alnum", 16)), R, None),
    ("mailchimp_marketing_api_key", g3, P(("hex", 32), "-us", ("digits", 2)), R, None),
    ("slack_bot_user_oauth_token", g3, P("xoxb-", ("digits", 13), "-", ("digits", 13), "-", ("alnum", 24)), R, None),
    ("slack_incoming_webhook_url", g3, None, R, None),
    ("discord_bot_token", g3, None, B, None),
    ("line_messaging_channel_access_token", g3, P(("b64", 171), "="), B, ("line channel id", P(("digits", 10)))),
    ("pushover_application_token", g3, P("a", ("lalnum", 29)), B, ("pushover user key", P("u", ("lalnum", 29)))),
    ("pusher_channels_app_secret", g3, P(("hex", 20)), B, ("pusher app key", P(("hex", 20)))),
    ("ably_root_api_key", g3, None, B, None),
    ("intercom_access_token", g3, None, B, None),
    ("zendesk_api_token", g3, P(("alnum", 40)), R, ("zendesk agent email", "email")),
    ("messagebird_live_access_key", g3, P(("alnum", 25)), R, None),
    ("infobip_api_key", g3, P(("hex", 32), "-", ("uuid",)), B, None),
    ("openai_project_api_key", g4, P("sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)), R, None),
    ("anthropic_console_api_key", g4, P("sk-ant-api03-", ("b64u", 93), "AA"), R, None),
    ("google_gemini_api_key", g4, P("AIza", ("b64u", 35)), R, None),
    ("groq_cloud_api_key", g4, P("gsk_", ("alnum", 52)), B, None),
    ("together_ai_api_key", g4, P(("hex", 64)), B, None),
    ("replicate_api_token", g4, P("r8_", ("alnum", 37)), B, None),
    ("huggingface_user_access_token", g4, P("hf_", ("letters", 34)), R, None),
    ("perplexity_api_key", g4, P("pplx-", ("alnum", 48)), R, None),
    ("stability_ai_api_key", g4, P("sk-", ("alnum", 48)), B, None),
    ("langsmith_personal_access_token", g4, P("lsv2_pt_", ("hex", 32), "_", ("hex", 10)), B, None),
    ("voyage_ai_api_key", g4, P("pa-", ("b64u", 43)), B, None),
    ("github_fine_grained_pat", g5, P("github_pat_11", ("ualnum", 20), "_", ("alnum", 59)), R, None),
    ("github_oauth_access_token", g5, P("gho_", ("alnum", 36)), R, None),
    ("gitlab_personal_access_token", g5, P("glpat-", ("b64u", 20)), R, None),
    ("gitlab_deploy_token", g5, P("gldt-", ("b64u", 20)), R, ("gitlab deploy username", P("gitlab+deploy-token-", ("digits", 6)))),
    ("npm_automation_access_token", g5, P("npm_", ("alnum", 36)), R, None),
    ("bitbucket_app_password", g5, P("ATBB", ("alnum", 32), ("HEX", 8)), B, ("bitbucket username", "user")),
    ("vercel_access_token", g5, P(("alnum", 24)), B, None),
    ("render_api_key", g5, P("rnd_", ("alnum", 32)), B, None),
    ("flyio_deploy_token", g5, P("fm2_", ("b64", 184)), R, None),
    ("heroku_platform_api_key", g5, P("HRKU-AA", ("b64u", 58)), R, None),
    ("sentry_user_auth_token", g5, P("sntryu_", ("hex", 64)), R, None),
    ("cloudinary_api_secret", g5, P(("b64u", 27)), B, ("cloudinary api key", P(("digits", 15)))),
    ("airtable_personal_access_token", g5, P("pat", ("alnum", 14), ".", ("hex", 64)), R, None),
    ("notion_integration_token", g5, P("ntn_", ("digits", 11), ("alnum", 35)), R, None),
    ("jotform_api_key", g5, P(("hex", 32)), B, None),
    ("recaptcha_server_secret_key", g5, P("6L", ("b64u", 38)), B, None),
    ("hcaptcha_account_secret", g5, P("0x", ("hex", 40)), B, None),
    ("firebase_fcm_legacy_server_key", g5, P("AAAA", ("b64u", 7), ":APA91b", ("b64u", 134)), B, None),
    ("supabase_management_access_token", g5, P("sbp_", ("hex", 40)), B, None),
    ("mongodb_atlas_private_api_key", g5, P(("uuid",)), B, ("atlas public key", P(("lower", 8)))),
    ("planetscale_connection_password", g5, P("pscale_pw_", ("b64u", 43)), R, ("planetscale username", P(("lalnum", 20)))),
    ("turso_database_auth_token", g5, None, B, None),
    ("cloudflare_scoped_api_token", g6, P(("b64u", 40)), R, None),
    ("cloudflare_r2_secret_access_key", g6, P(("hex", 64)), B, ("r2 access key id", P(("hex", 32)))),
    ("cloudflare_tunnel_token", g6, None, B, None),
    ("aws_iam_user_secret_access_key", g6, P(("b64", 40)), B, ("aws access key id", P("AKIA", ("b32", 16)))),
    ("digitalocean_personal_access_token", g6, P("dop_v1_", ("hex", 64)), R, None),
    ("linode_personal_access_token", g6, P(("hex", 64)), B, None),
    ("hetzner_cloud_api_token", g6, P(("alnum", 64)), B, None),
    ("datadog_api_key", g6, P(("hex", 32)), B, None),
    ("datadog_application_key", g6, P(("hex", 40)), R, None),
    ("uptimerobot_main_api_key", g6, P("u", ("digits", 7), "-", ("hex", 24)), B, None),
    ("onepassword_service_account_token", g6, None, R, None),
    ("snyk_api_token", g6, P(("uuid",)), R, None),
    ("sonarcloud_user_token", g6, P("squ_", ("hex", 40)), R, None),
    ("circleci_personal_api_token", g6, P("CCIPAT_", ("alnum", 22), "_", ("hex", 40)), B, None),
    ("pulumi_access_token", g6, P("pul-", ("hex", 40)), R, None),
    ("meta_page_access_token", g6, P("EAAC", ("alnum", 180)), R, None),
    ("facebook_app_secret", g6, P(("hex", 32)), R, ("facebook app id", P(("digits", 15)))),
]

SET_ASIDE = [
    ("local_line_farm_api_token", "farm-to-bakery ordering is marginal; shape unknown"),
    ("deliveroo_partner_api_secret", "shape unknown; delivery platforms covered by Uber Eats and DoorDash Drive"),
    ("just_eat_partner_api_key", "shape unknown; delivery platforms already covered"),
    ("olo_ordering_api_key", "restaurant ordering, shape unknown"),
    ("sendle_api_key", "shape unknown; shipping covered by ShipStation"),
    ("printful_private_token", "print-on-demand merchandise not central to a bakery"),
    ("omnisend_api_key", "shape only half remembered; e-mail marketing covered by Mailchimp and Brevo"),
    ("beehiiv_api_key", "newsletter covered by Mailchimp"),
    ("fireworks_ai_api_key", "shape guessed; inference APIs covered by Groq, Together and Replicate"),
    ("pinecone_api_key", "segment lengths of the pcsk_ form not remembered"),
    ("typeform_personal_token", "forms covered by Jotform"),
    ("turnstile_widget_secret_key", "length of the 0x4AAAAAAA secret not remembered; CAPTCHA covered by reCAPTCHA and hCaptcha"),
    ("honeycomb_ingest_api_key", "shape guessed; observability covered by Datadog"),
    ("todoist_api_token", "task tools not central"),
    ("homebase_scheduling_api_key", "shape unknown; staff scheduling covered by Deputy"),
    ("sevenshifts_api_access_token", "shape unknown; staff scheduling covered by Deputy"),
    ("gorgias_helpdesk_api_key", "shape unknown; helpdesk covered by Zendesk"),
    ("adyen_checkout_api_key", "the AQE… form is long and irregular; not reproduced from memory"),
]

STYLES = [
    ("bakehouse_dotenv_file", "upper"), ("bakery_k8s_secret_stringdata", "upper"),
    ("bakery_fly_secrets_set_history", "upper"), ("bakery_render_yaml_env_vars", "upper"),
    ("cake_portal_config_php_array", "snake"), ("cake_portal_settings_py_constant", "upper"),
    ("bakery_erp_credentials_nested_yml", "snake"), ("bakery_pos_kotlin_buildconfig_field", "upper"),
    ("bakery_pos_ios_info_plist", "pascal"), ("kitchen_display_typescript_env_ts", "camel"),
    ("bakery_ops_sops_decrypted_yaml", "snake"), ("bakery_ops_gcloud_secrets_stdin_history", "upper"),
    ("bakery_owner_whatsapp_to_developer", "spaced"), ("bakery_team_discord_paste", "spaced"),
    ("bakery_keepass_csv_export", "title"), ("bakery_ops_vault_kv_get_output", "snake"),
]

VENDOR_NAMES = [v[0] for v in VENDORS]
SPEC = {v[0]: v for v in VENDORS}


def regex_for(typ):
    if typ in SPECIAL:
        return None
    return re.compile(rx_parts(SPEC[typ][2]))


def check_value(typ, v):
    if typ in SPECIAL:
        return SPECIAL[typ][1](v)
    return regex_for(typ).match(v) is not None


def shape_desc(typ):
    if typ in SPECIAL:
        return SPECIAL[typ][2]
    return desc_parts(SPEC[typ][2])


def _neighbour(nb, rng):
    label, spec = nb
    if spec == "email":
        return C.rstr(rng, C.LOWER, rng.randint(4, 7)) + "@" + rng.choice(["crumbandcrust.example", "sugarloaf-patisserie.example", "oakridge-bakehouse.example"])
    if spec == "shop":
        return rng.choice(["crumb-and-crust", "sugarloaf-patisserie", "oakridge-bakehouse", "pipingbag-cakes"]) + "-" + C.rstr(rng, C.LALNUM, 4) + ".myshopify.com"
    if spec == "user":
        return rng.choice(["crumbandcrust", "sugarloaf-dev", "oakridge-ops"]) + C.rstr(rng, C.DIGITS, 2)
    return gen_parts(spec, rng)


def render(style, typ, value, nb, rng):
    words = typ.split("_")
    st = dict(STYLES)[style]
    K = C.key_name(words, st)
    M = C.MARK
    nbk = C.key_name(nb[0].split(), st) if nb else None
    nbv = nb[1] if nb else None
    if style == "bakehouse_dotenv_file":
        t = "# .env (production)\nRAILS_ENV=production\n" + (nbk + "=" + nbv + "\n" if nb else "") + K + "=" + M + "\n"
    elif style == "bakery_k8s_secret_stringdata":
        t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: bakery-integrations\ntype: Opaque\nstringData:\n" +
             ("  " + nbk + ": \"" + nbv + "\"\n" if nb else "") + "  " + K + ": \"" + M + "\"\n")
    elif style == "bakery_fly_secrets_set_history":
        t = ("$ fly secrets set " + (nbk + "=" + nbv + " " if nb else "") + K + "=" + M + " -a cake-portal\n"
             "Updating existing machines in 'cake-portal' with rolling strategy\n")
    elif style == "bakery_render_yaml_env_vars":
        t = ("services:\n  - type: web\n    name: wholesale-orders\n    envVars:\n" +
             ("      - key: " + nbk + "\n        value: " + nbv + "\n" if nb else "") +
             "      - key: " + K + "\n        value: " + M + "\n")
    elif style == "cake_portal_config_php_array":
        t = ("<?php\nreturn [\n    'shop' => 'Sugarloaf Patisserie',\n" + ("    '" + nbk + "' => '" + nbv + "',\n" if nb else "") +
             "    '" + K + "' => '" + M + "',\n];\n")
    elif style == "cake_portal_settings_py_constant":
        t = ("# settings/production.py\nDEBUG = False\n" + (nbk + " = \"" + nbv + "\"\n" if nb else "") + K + " = \"" + M + "\"\n")
    elif style == "bakery_erp_credentials_nested_yml":
        t = ("production:\n  " + words[0] + ":\n" + ("    " + "_".join(nb[0].split()[1:]) + ": " + nbv + "\n" if nb else "") +
             "    " + "_".join(words[1:]) + ": " + M + "\n")
    elif style == "bakery_pos_kotlin_buildconfig_field":
        t = ("android {\n  defaultConfig {\n    applicationId \"example.crumbandcrust.till\"\n" +
             ("    buildConfigField(\"String\", \"" + nbk + "\", \"\\\"" + nbv + "\\\"\")\n" if nb else "") +
             "    buildConfigField(\"String\", \"" + K + "\", \"\\\"" + M + "\\\"\")\n  }\n}\n")
    elif style == "bakery_pos_ios_info_plist":
        t = ("<plist version=\"1.0\">\n<dict>\n  <key>CFBundleName</key>\n  <string>Crumb Till</string>\n" +
             ("  <key>" + nbk + "</key>\n  <string>" + nbv + "</string>\n" if nb else "") +
             "  <key>" + K + "</key>\n  <string>" + M + "</string>\n</dict>\n</plist>\n")
    elif style == "kitchen_display_typescript_env_ts":
        t = ("export const env = {\n  stationCount: 6,\n" + ("  " + nbk + ": '" + nbv + "',\n" if nb else "") +
             "  " + K + ": '" + M + "',\n} as const;\n")
    elif style == "bakery_ops_sops_decrypted_yaml":
        t = ("# sops -d secrets/integrations.enc.yaml\n" + (nbk + ": " + nbv + "\n" if nb else "") + K + ": " + M +
             "\nsops_note: decrypted locally, do not commit\n")
    elif style == "bakery_ops_gcloud_secrets_stdin_history":
        t = ((" 311  gcloud config set project oakridge-bakehouse\n") +
             (" 312  # " + nbk + " is " + nbv + "\n" if nb else "") +
             " 313  printf '%s' '" + M + "' | gcloud secrets versions add " + K + " --data-file=-\n")
    elif style == "bakery_owner_whatsapp_to_developer":
        t = ("[07:41] Hannah (owner): here's the thing you asked for — " + K + ": " + M +
             ((" (and the " + nb[0] + " is " + nbv + ")") if nb else "") + "\n[07:42] Dev: got it, thanks!\n")
    elif style == "bakery_team_discord_paste":
        t = ("#bakery-tech — today at 06:02\nLeo: pasting so I don't lose it\n" + (nb[0] + ": " + nbv + "\n" if nb else "") +
             K + " = " + M + "\nMaja: please move that to the vault 😬\n")
    elif style == "bakery_keepass_csv_export":
        t = ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Bakery/Integrations\",\"" +
             C.key_name(words, "title") + "\",\"" + (nbv if nb else "api") + "\",\"" + M + "\",\"\",\"\"\n")
    elif style == "bakery_ops_vault_kv_get_output":
        t = ("$ vault kv get -mount=bakery integrations/" + words[0] + "\n====== Data ======\nKey" + " " * 20 + "Value\n---" +
             " " * 20 + "-----\n" + ((nbk + " " * max(2, 23 - len(nbk)) + nbv + "\n") if nb else "") +
             K + " " * max(2, 23 - len(K)) + M + "\n")
    else:
        raise ValueError(style)
    return t


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (typ, grp, parts, prov, nb) in enumerate(VENDORS):
        style = STYLES[i % len(STYLES)][0]
        if typ in SPECIAL:
            value = reg.draw(lambda: SPECIAL[typ][0](rng))
        else:
            value = reg.draw(lambda: gen_parts(parts, rng))
        nbt = None
        if nb:
            nbv = reg.draw(lambda: _neighbour(nb, rng))
            nbt = (nb[0], nbv)
        text, s, e = C.place(render(style, typ, value, nbt, rng), value)
        recs.append({"type": typ, "container": typ + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": "vendor"})
    return recs
