"""Vendor source: 120 vendor credential types of the sign-making world."""
import base64
import json
import random
import re

from common227 import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, LOWER, MARK, UALNUM, UHEX, UPPER,
                       b64url_nopad, make_jwt, owner_password, positive, rbytes, rs, style_key, uuid4)

SEED = 22702

CLASSES = {
    "A": ALNUM, "a": LALNUM, "U": UALNUM, "h": HEX, "H": UHEX, "d": DIGITS, "b": B64URL,
    "B": B64STD, "l": UPPER + LOWER, "x": LOWER,
}
UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

# (type, confidence, spec, neighbour (label, spec) or None, shape note)
# confidence: owner / read (gitleaks rule read this session) / believed / guessed
VENDORS = [
    # --- trade portals with owner-chosen passwords
    ("bsga_member_area_password", "owner", "pw", ("bsga member number", "=BSGA- d5"), None),
    ("isa_sign_member_portal_password", "owner", "pw", ("isa member email", "@email"), None),
    ("spandex_trade_shop_password", "owner", "pw", ("spandex account number", "d8"), None),
    ("three_m_graphics_warranty_portal_password", "owner", "pw", ("mcs certificate id", "=MCS U6"), None),
    ("avery_dennison_supplier_portal_password", "owner", "pw", ("supplier login", "@user"), None),
    ("roland_dg_connect_account_password", "owner", "pw", ("roland connect email", "@email"), None),
    # --- sign and print trade software (guessed)
    ("shopvox_api_token", "guessed", "A40", None, None),
    ("printavo_api_token", "guessed", "a32", ("printavo account email", "@email"), None),
    ("corebridge_api_key", "guessed", "uuid", None, None),
    ("deconetwork_api_secret", "guessed", "b48", None, None),
    ("onprintshop_client_secret", "guessed", "h40", ("onprintshop client id", "=ops_client_ d6"), None),
    ("printify_personal_access_token", "believed", "@printify", None,
     "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    ("gelato_api_key", "guessed", "uuid =: uuid", None, None),
    ("prodigi_api_key", "guessed", "uuid", None, None),
    ("canva_connect_client_secret", "guessed", "=cnvca b43", ("canva client id", "=OC-AZ U10"), None),
    ("adobe_io_client_secret", "read", "=p8e- a32", ("adobe client id", "h32"), None),
    ("shutterstock_api_client_secret", "guessed", "A16", ("shutterstock consumer key", "A32"), None),
    ("unsplash_api_secret_key", "believed", "b43", ("unsplash access key", "b43"), None),
    ("pexels_api_key", "believed", "A56", None, None),
    ("noun_project_api_secret", "guessed", "h32", ("noun project key", "h32"), None),
    ("vectorizer_ai_api_secret", "guessed", "a50", ("vectorizer api id", "=vk x13"), None),
    ("remove_bg_api_key", "believed", "A24", None, None),
    ("bannerbear_project_api_key", "guessed", "=bb_pr_ h30", None, None),
    ("recraft_api_token", "guessed", "A64", None, None),
    ("ideogram_api_key", "guessed", "b86", None, None),
    ("stability_ai_api_key", "believed", "=sk- A48", None, None),
    ("leonardo_ai_api_key", "believed", "uuid", None, None),
    ("what3words_api_key", "believed", "U8", None, None),
    ("os_data_hub_project_api_key", "believed", "A32", None, None),
    ("here_platform_api_key", "believed", "b43", None, None),
    ("tomtom_maps_api_key", "believed", "A32", None, None),
    ("dropbox_sign_api_key", "believed", "h64", None, None),
    ("acuity_scheduling_api_key", "believed", "h32", ("acuity user id", "d8"), None),
    # --- commerce
    ("stripe_live_secret_key", "read", "=sk_live_51 A97", None, None),
    ("etsy_app_shared_secret", "guessed", "a10", ("etsy keystring", "a24"), None),
    ("shopify_custom_app_access_token", "read", "=shpca_ h32", ("shop domain", "=hartley-signs.myshopify.com"), None),
    ("bigcommerce_store_api_token", "guessed", "a31", ("store hash", "a10"), None),
    ("ecwid_secret_token", "believed", "=secret_ A32", ("ecwid store id", "d8"), None),
    ("magento_integration_access_token", "believed", "a32", None, None),
    ("prestashop_webservice_key", "believed", "U32", None, None),
    ("sumup_secret_api_key", "believed", "=sup_sk_ A32", None, None),
    ("gocardless_live_access_token", "read", "=live_ b40", None, None),
    ("adyen_checkout_api_key", "guessed", "=AQE A3 =.. B90", ("adyen merchant account", "=HartleySignsECOM"), None),
    ("braintree_private_key", "believed", "h32", ("braintree public key", "a16"), None),
    ("checkout_com_secret_key", "guessed", "=sk_ a26", None, None),
    ("klarna_api_credential_secret", "guessed", "=klarna_live_api_ b40", ("klarna api username", "=K d6 =_ h12"), None),
    ("xero_oauth_client_secret", "believed", "b48", ("xero client id", "H32"), None),
    ("quickbooks_oauth_client_secret", "believed", "A40", ("quickbooks client id", "=AB A48"), None),
    ("sage_accounting_client_secret", "guessed", "b40", ("sage client id", "uuid"), None),
    ("invoice_ninja_api_token", "guessed", "A64", None, None),
    ("hubspot_private_app_token", "believed", "=pat-eu1- uuid", None, None),
    ("zendesk_api_token", "read", "A40", ("zendesk agent email", "@email"), None),
    ("freshdesk_api_key", "believed", "A20", None, None),
    ("intercom_access_token", "believed", "@intercom", None,
     "standard Base64 of `tok:` + UUIDv4 + `:1:0` (starts `dG9rO`)"),
    ("airtable_personal_access_token", "read", "=pat A14 =. h64", None, None),
    ("notion_integration_token", "read", "=ntn_ d11 A35", None, None),
    ("shipstation_api_secret", "believed", "h32", ("shipstation api key", "h32"), None),
    ("sendcloud_secret_key", "believed", "h32", ("sendcloud public key", "uuid"), None),
    ("royal_mail_click_and_drop_api_key", "guessed", "uuid", None, None),
    ("packlink_pro_api_key", "guessed", "h64", None, None),
    # --- messaging
    ("slack_bot_user_oauth_token", "read", "=xoxb- d13 =- d13 =- A24", None, None),
    ("slack_incoming_webhook_url", "read", "=https://hooks.slack.com/services/T U10 =/B U10 =/ A24", None,
     "whole URL (the URL is the credential)"),
    ("telegram_bot_api_token", "read", "d10 =:AA b33", None, None),
    ("mattermost_incoming_webhook_url", "believed", "=https://chat.hartley-signs.example/hooks/ a26", None,
     "whole URL (the URL is the credential)"),
    ("pushover_application_token", "believed", "=a a29", ("pushover user key", "=u a29"), None),
    ("mailgun_private_api_key", "read", "=key- h32", None, None),
    ("brevo_smtp_api_key", "read", "=xkeysib- h64 =- A16", None, None),
    ("resend_api_key", "guessed", "=re_ A8 =_ A24", None, None),
    ("mailersend_api_token", "believed", "=mlsn. h64", None, None),
    ("smtp2go_api_key", "believed", "=api- H32", None, None),
    ("mailchimp_marketing_api_key", "read", "h32 =-us d2", None, None),
    ("klaviyo_private_api_key", "believed", "=pk_ h34", None, None),
    ("twilio_auth_token", "believed", "h32", ("twilio account sid", "=AC h32"), None),
    ("messagebird_access_key", "read", "A25", None, None),
    ("telnyx_api_key", "guessed", "=KEY H32 =_ A22", None, None),
    ("textmagic_api_key", "guessed", "A30", ("textmagic username", "@user"), None),
    ("sinch_sms_service_plan_token", "believed", "h32", ("sinch service plan id", "h32"), None),
    ("zapier_catch_hook_url", "believed", "=https://hooks.zapier.com/hooks/catch/ d8 =/ a7 =/", None,
     "whole URL (the URL is the credential)"),
    ("make_com_custom_webhook_url", "believed", "=https://hook.eu2.make.com/ a32", None,
     "whole URL (the URL is the credential)"),
    ("discord_bot_token", "believed", "@discordbot", None,
     "Base64 of an 18-digit bot id + `.` + 6 base64url + `.` + 38 base64url"),
    # --- AI
    ("openai_project_api_key", "read", "=sk-proj- b74 =T3BlbkFJ b74", None, None),
    ("anthropic_workspace_api_key", "read", "=sk-ant-api03- b93 =AA", None, None),
    ("google_gemini_api_key", "believed", "=AIza b35", None, None),
    ("groq_api_key", "believed", "=gsk_ A52", None, None),
    ("replicate_api_token", "believed", "=r8_ A37", None, None),
    ("huggingface_user_access_token", "read", "=hf_ l34", None, None),
    ("perplexity_api_key", "read", "=pplx- A48", None, None),
    ("together_ai_api_key", "believed", "h64", None, None),
    ("fireworks_ai_api_key", "guessed", "=fw_ A24", None, None),
    ("fal_ai_api_key", "believed", "uuid =: h32", None, None),
    ("voyage_ai_api_key", "guessed", "=pa- b43", None, None),
    ("pinecone_api_key", "guessed", "=pcsk_ A5 =_ A64", None, None),
    ("langsmith_personal_access_token", "believed", "=lsv2_pt_ h32 =_ h10", None, None),
    ("weights_and_biases_api_key", "believed", "h40", None, None),
    # --- developer
    ("github_classic_personal_access_token", "read", "=ghp_ A36", None, None),
    ("github_oauth_access_token", "read", "=gho_ A36", None, None),
    ("gitlab_personal_access_token", "read", "=glpat- b20", None, None),
    ("gitlab_deploy_token", "read", "=gldt- b20", ("gitlab deploy username", "=gitlab+deploy-token- d6"), None),
    ("bitbucket_app_password", "believed", "=ATBB A32 H8", ("bitbucket username", "@user"), None),
    ("npm_automation_token", "read", "=npm_ A36", None, None),
    ("nuget_org_api_key", "believed", "=oy2 a43", None, None),
    ("buildkite_user_access_token", "believed", "=bkua_ h40", None, None),
    ("circleci_personal_api_token", "guessed", "=CCIPAT_ A22 =_ h40", None, None),
    ("vercel_access_token", "believed", "A24", None, None),
    ("render_api_key", "believed", "=rnd_ A32", None, None),
    ("flyio_deploy_token", "read", "=fm2_ B140", None, None),
    ("heroku_platform_api_key_v2", "read", "=HRKU-AA b58", None, None),
    ("cloudflare_api_token", "read", "b40", None, None),
    ("hetzner_cloud_api_token", "believed", "A64", None, None),
    ("digitalocean_personal_access_token", "read", "=dop_v1_ h64", None, None),
    ("planetscale_service_token", "read", "=pscale_tkn_ b43", ("planetscale service token id", "a12"), None),
    ("neon_api_key", "guessed", "=napi_ a64", None, None),
    ("pulumi_access_token", "read", "=pul- h40", None, None),
    ("datadog_api_key", "believed", "h32", None, None),
    ("sonarcloud_user_token", "read", "=squ_ h40", None, None),
    ("snyk_api_token", "read", "uuid", None, None),
    ("codecov_upload_token", "believed", "uuid", None, None),
    ("uptimerobot_main_api_key", "believed", "=u d7 =- h24", None, None),
    ("sentry_user_auth_token", "read", "=sntryu_ h64", None, None),
    ("aws_iam_secret_access_key", "believed", "B40", ("aws access key id", "=AKIA U16"), None),
    ("google_oauth_client_secret", "believed", "=GOCSPX- b28", ("google client id", "@gclient"), None),
    ("onepassword_service_account_token", "read", "@ops", None,
     "`ops_` + standard Base64 of real JSON (starts `ops_eyJ`, 250+ characters)"),
    ("sumo_logic_access_key", "read", "A64", ("sumo logic access id", "=su a12"), None),
    ("contentful_management_token", "believed", "=CFPAT- b43", None, None),
    ("algolia_admin_api_key", "read", "h32", ("algolia application id", "U10"), None),
]

SET_ASIDE = {
    "google_gemini_api_key": "same `AIza` shape as a Places key in an earlier corpus and as the browser key in the negatives",
    "vercel_access_token": "bare 24 alphanumerics, shape guessed; hosting covered by Render, Fly.io, Hetzner and Cloudflare",
    "magento_integration_access_token": "bare 32 lower-case alphanumerics; web shops covered by Shopify, BigCommerce, Ecwid and PrestaShop",
    "checkout_com_secret_key": "shape guessed; card payments covered by Stripe, SumUp, Adyen and Braintree",
    "invoice_ninja_api_token": "shape guessed; invoicing covered by Xero, QuickBooks and Sage",
}
ACTIVE = [v for v in VENDORS if v[0] not in SET_ASIDE]

STYLES = [
    ("sign_shop_dotenv_production", "upper"),
    ("sign_ops_compose_environment_list", "upper"),
    ("sign_ops_fly_secrets_set_history", "upper"),
    ("sign_ops_vercel_env_add_history", "upper"),
    ("quote_app_php_env_array", "snake"),
    ("job_tracker_elixir_config_exs", "snake"),
    ("proof_portal_csharp_user_secrets_json", "pascal"),
    ("led_controller_typescript_env_ts", "camel"),
    ("rip_server_java_properties", "dot"),
    ("sign_ops_helm_values_secrets_block", "camel"),
    ("install_crew_teams_meeting_notes", "spaced"),
    ("sign_shop_owner_email_to_freelancer", "spaced"),
    ("sign_shop_keepass_xml_export", "title"),
    ("sign_ops_kubectl_secret_literal_history", "kebab"),
    ("job_tracker_python_settings_py", "upper"),
    ("sign_ops_terraform_tfvars_json", "snake"),
]

FIRST = ["dean", "priya", "sam", "nadia", "tomasz", "ellie", "marcus", "jo"]
DOMAINS = ["hartley-signs.example", "brightline-signs.example", "oakmere-graphics.example"]


def gen_spec(rng, spec):
    if spec == "pw":
        return owner_password(rng)
    if spec == "@email":
        return "%s@%s" % (rng.choice(FIRST), rng.choice(DOMAINS))
    if spec == "@user":
        return "%s.%s" % (rng.choice(FIRST), rs(rng, LOWER, 4))
    if spec == "@gclient":
        return "%s-%s.apps.googleusercontent.com" % (rs(rng, DIGITS, 12), rs(rng, LALNUM, 32))
    if spec == "@printify":
        iat = 1700000000 + rng.randint(0, 30000000)
        payload = {"aud": rs(rng, DIGITS, 17), "jti": rs(rng, HEX, 40), "iat": iat, "nbf": iat,
                   "sub": rs(rng, DIGITS, 8), "scopes": ["shops.manage", "products.read", "orders.write"]}
        return make_jwt(rng, "RS256", payload)
    if spec == "@intercom":
        raw = ("tok:%s:1:0" % uuid4(rng)).encode()
        return base64.b64encode(raw).decode()
    if spec == "@discordbot":
        bot_id = str(rng.randint(10 ** 17, 10 ** 18 - 1))
        return b64url_nopad(bot_id.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)
    if spec == "@ops":
        d = {"signInAddress": "hartleysigns.1password.eu", "userAuth": {"method": "SRPg-4096",
             "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url_nopad(rbytes(rng, 16))},
             "email": "%s@%s.1passwordserviceaccounts.eu" % (rs(rng, LALNUM, 13), rs(rng, LALNUM, 8)),
             "srpX": rbytes(rng, 32).hex(), "muk": {"alg": "A256GCM", "ext": True,
             "k": b64url_nopad(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct",
             "kid": "mp"}, "secretKey": "A3-" + rs(rng, UALNUM, 6) + "-" + rs(rng, UALNUM, 11),
             "throttleSecret": {"seed": rbytes(rng, 32).hex(), "uuid": uuid4(rng)},
             "deviceUuid": rs(rng, LALNUM, 26)}
        return "ops_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()
    out = []
    for tok in spec.split(" "):
        if tok.startswith("="):
            out.append(tok[1:])
        elif tok == "uuid":
            out.append(uuid4(rng))
        else:
            out.append(rs(rng, CLASSES[tok[0]], int(tok[1:])))
    return "".join(out)


def spec_regex(spec):
    if spec == "pw":
        return r"[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}"
    if spec == "@printify":
        return r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}"
    if spec == "@intercom":
        return r"dG9rO[A-Za-z0-9+/]+={0,2}"
    if spec == "@discordbot":
        return r"[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}"
    if spec == "@ops":
        return r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}"
    parts = []
    for tok in spec.split(" "):
        if tok.startswith("="):
            parts.append(re.escape(tok[1:]))
        elif tok == "uuid":
            parts.append(UUID_RE)
        else:
            cls = CLASSES[tok[0]]
            parts.append("[" + re.escape(cls) + "]{%d}" % int(tok[1:]))
    return "".join(parts)


def frame_ok(typ, spec, value):
    """Extra structural checks beyond the regex."""
    if spec == "@printify":
        from common227 import jwt_ok
        return jwt_ok(value)
    if spec == "@intercom":
        raw = base64.b64decode(value).decode()
        return re.fullmatch(r"tok:" + UUID_RE + r":1:0", raw) is not None
    if spec == "@discordbot":
        from common227 import b64url_decode
        return re.fullmatch(r"\d{18}", b64url_decode(value.split(".")[0]).decode()) is not None
    if spec == "@ops":
        d = json.loads(base64.b64decode(value[4:]))
        return "signInAddress" in d and "secretKey" in d
    return True


def shape_text(spec):
    if spec == "pw":
        return "owner-chosen password"
    names = {"A": "alphanumerics", "a": "lower-case alphanumerics", "U": "upper-case alphanumerics",
             "h": "lower-case hex", "H": "upper-case hex", "d": "digits", "b": "base64url",
             "B": "standard Base64 characters", "l": "letters", "x": "lower-case letters"}
    out = []
    for tok in spec.split(" "):
        if tok.startswith("="):
            out.append("`%s`" % tok[1:])
        elif tok == "uuid":
            out.append("UUIDv4")
        else:
            out.append("%s %s" % (tok[1:], names[tok[0]]))
    return " + ".join(out)


def render(rng, style, typ, nb):
    sname, case = style
    words = typ.split("_")
    key = style_key(words, case)
    nbkey = style_key(nb[0].split(), case) if nb else None
    nbv = nb[1] if nb else None
    host = rng.choice(DOMAINS)
    if sname == "sign_shop_dotenv_production":
        t = "# production – do not commit\nAPP_URL=https://jobs.%s\n" % host
        if nb:
            t += "%s=%s\n" % (nbkey, nbv)
        return t + "%s=%s\nQUEUE=redis\n" % (key, MARK)
    if sname == "sign_ops_compose_environment_list":
        t = "services:\n  jobs:\n    image: registry.%s/jobs:2.4\n    environment:\n      - TZ=Europe/London\n" % host
        if nb:
            t += "      - %s=%s\n" % (nbkey, nbv)
        return t + "      - %s=%s\n    restart: unless-stopped\n" % (key, MARK)
    if sname == "sign_ops_fly_secrets_set_history":
        t = "$ fly status -a sign-jobs\n$ fly secrets set "
        if nb:
            t += "%s=%s " % (nbkey, nbv)
        return t + "%s=%s -a sign-jobs\nRelease v%d created\n" % (key, MARK, rng.randint(20, 90))
    if sname == "sign_ops_vercel_env_add_history":
        t = "  501  cd ~/src/proof-portal\n"
        if nb:
            t += "  502  printf '%s' | vercel env add %s production\n" % (nbv, nbkey)
        return t + "  503  printf '%s' | vercel env add %s production\n  504  vercel --prod\n" % (MARK, key)
    if sname == "quote_app_php_env_array":
        t = "<?php\n\nreturn [\n    'app_url' => 'https://quote.%s',\n" % host
        if nb:
            t += "    '%s' => '%s',\n" % (nbkey, nbv)
        return t + "    '%s' => '%s',\n    'vat_rate' => 0.2,\n];\n" % (key, MARK)
    if sname == "job_tracker_elixir_config_exs":
        t = "import Config\n\nconfig :sign_jobs, :vendors,\n"
        if nb:
            t += "  %s: \"%s\",\n" % (nbkey, nbv)
        return t + "  %s: \"%s\"\n" % (key, MARK)
    if sname == "proof_portal_csharp_user_secrets_json":
        t = "{\n  \"Vendors\": {\n"
        if nb:
            t += "    \"%s\": \"%s\",\n" % (nbkey, nbv)
        return t + "    \"%s\": \"%s\"\n  }\n}\n" % (key, MARK)
    if sname == "led_controller_typescript_env_ts":
        t = "// src/env.ts – generated for the panel bridge\n"
        if nb:
            t += "export const %s = '%s';\n" % (nbkey, nbv)
        return t + "export const %s = '%s';\nexport const panelRefreshMs = 500;\n" % (key, MARK)
    if sname == "rip_server_java_properties":
        t = "# rip-server vendor settings\nrip.queue.dir=/srv/rip/in\n"
        if nb:
            t += "vendor.%s=%s\n" % (nbkey, nbv)
        return t + "vendor.%s=%s\n" % (key, MARK)
    if sname == "sign_ops_helm_values_secrets_block":
        t = "replicaCount: 2\nimage:\n  repository: registry.%s/jobs\nsecrets:\n" % host
        if nb:
            t += "  %s: \"%s\"\n" % (nbkey, nbv)
        return t + "  %s: \"%s\"\n" % (key, MARK)
    if sname == "install_crew_teams_meeting_notes":
        t = "Install crew stand-up – notes\n- Totem job moved to Thursday\n"
        if nb:
            t += "- %s: %s\n" % (nbkey, nbv)
        return t + "- %s: %s\n- Sam to collect brackets from Spandex\n" % (key, MARK)
    if sname == "sign_shop_owner_email_to_freelancer":
        t = "Hi Tom,\n\nThanks for picking up the web-to-sign shop work. The bits you asked for:\n\n"
        if nb:
            t += "%s: %s\n" % (nbkey, nbv)
        return t + "%s: %s\n\nPlease keep these to yourself.\nDean\nHartley Signs\n" % (key, MARK)
    if sname == "sign_shop_keepass_xml_export":
        title = " ".join(w.capitalize() for w in words)
        user = nbv if nb else "api"
        return ("<Entry>\n  <UUID>%s</UUID>\n  <String><Key>Title</Key><Value>%s</Value></String>\n"
                "  <String><Key>UserName</Key><Value>%s</Value></String>\n"
                "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">%s</Value></String>\n"
                "</Entry>\n" % (base64.b64encode(rbytes(rng, 16)).decode(), title, user, MARK))
    if sname == "sign_ops_kubectl_secret_literal_history":
        t = "kubectl -n shop create secret generic vendor-creds \\\n"
        if nb:
            t += "  --from-literal=%s='%s' \\\n" % (nbkey, nbv)
        return t + "  --from-literal=%s='%s'\n" % (key, MARK)
    if sname == "job_tracker_python_settings_py":
        t = "# settings/production.py\nDEBUG = False\nALLOWED_HOSTS = [\"jobs.%s\"]\n" % host
        if nb:
            t += "%s = \"%s\"\n" % (nbkey, nbv)
        return t + "%s = \"%s\"\n" % (key, MARK)
    if sname == "sign_ops_terraform_tfvars_json":
        t = "{\n  \"region\": \"eu-west-2\",\n"
        if nb:
            t += "  \"%s\": \"%s\",\n" % (nbkey, nbv)
        return t + "  \"%s\": \"%s\"\n}\n" % (key, MARK)
    raise KeyError(sname)


def build(registry, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, (typ, conf, spec, nb, note) in enumerate(ACTIVE):
        style = STYLES[i % len(STYLES)]
        value = registry.draw(lambda: gen_spec(rng, spec))
        nbv = None
        if nb:
            nbv = (nb[0], registry.draw(lambda: gen_spec(rng, nb[1])))
        tpl = render(rng, style, typ, nbv)
        recs.append(positive(next_id(), typ, "%s__%s" % (typ, style[0]), tpl, value, "vendor"))
    return recs
