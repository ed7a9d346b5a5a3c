"""Vendor source: 120 vendor credential types used by cheesemakers, dairy farms and creameries."""
import base64
import json
import random
import re

from common241 import (ALNUM, B64STD, B64URL, BASE32, DIGITS, HEXL, HEXU, LOWALNUM, LOWER, UPALNUM,
                       UPPER, b64u, fill, jwt, password, rbytes, rs, style_key, uuid4)

SEED = 24102
ALPHA = {"alnum": ALNUM, "lowalnum": LOWALNUM, "upalnum": UPALNUM, "hexl": HEXL, "hexu": HEXU,
         "b64url": B64URL, "b64std": B64STD, "digits": DIGITS, "letters": LOWER + UPPER,
         "b32l": "abcdefghijklmnopqrstuvwxyz234567", "b32u": BASE32}
ALPHA_RE = {"alnum": "[A-Za-z0-9]", "lowalnum": "[a-z0-9]", "upalnum": "[A-Z0-9]", "hexl": "[0-9a-f]",
            "hexu": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64std": "[A-Za-z0-9+/]", "digits": "[0-9]",
            "letters": "[A-Za-z]", "b32l": "[a-z2-7]", "b32u": "[A-Z2-7]"}
ALPHA_WORD = {"alnum": "alphanumerics", "lowalnum": "lower-case alphanumerics", "upalnum": "upper-case alphanumerics",
              "hexl": "lower-case hex", "hexu": "upper-case hex", "b64url": "base64url", "b64std": "standard Base64 characters",
              "digits": "digits", "letters": "letters", "b32l": "lower-case base32 (a-z2-7)", "b32u": "upper-case base32 (A-Z2-7)"}

G, B, U, O = "read this session in the public gitleaks rule file", "believed from memory", "guessed", "owner-chosen"

# spec: list of str (literal) or (alphabet, n); or a special name string starting with '@'
# (type, group, spec, provenance, neighbour label / None, api host for header styles)
V = []


def v(t, g, spec, prov, nb=None, host=None):
    V.append((t, g, spec, prov, nb, host))


T, F, C, M, A, D, OPS = ("Cheese trade, dairy farm and farm IoT", "Commerce, payments, shipping and marketing",
                         None, "Messaging, e-mail and support", "AI services", "Developer services", "Cloud and ops")
# --- cheese trade, dairy farm, farm IoT (30) ---
v("lely_horizon_api_client_secret", T, [("alnum", 48)], U, "lely horizon client id", "api.lely.example")
v("delaval_delpro_farm_api_key", T, [("hexl", 32)], U, None, "api.delaval.example")
v("gea_dairynet_portal_password", T, "@pw", O, "gea farm number")
v("afimilk_afifarm_api_token", T, [("alnum", 40)], U, None, "api.afimilk.example")
v("dairycomp_vas_cloud_password", T, "@pw", O, "vas herd code")
v("cowmanager_api_key", T, [("alnum", 32)], U, None, "api.cowmanager.example")
v("smaxtec_messenger_api_token", T, [("b64url", 43)], U, None, "api.smaxtec.example")
v("allflex_sensehub_client_secret", T, [("hexl", 64)], U, "sensehub client id", "api.sensehub.example")
v("nedap_livestock_api_key", T, "@uuid", U, None, "api.nedap-livestock.example")
v("dhia_herd_test_portal_password", T, "@pw", O, "dhia herd code")
v("nmr_herd_companion_password", T, "@pw", O, "nmr herd number")
v("dfa_member_portal_password", T, "@pw", O, "dfa member number")
v("arla_farmer_hub_password", T, "@pw", O, "arla supplier number")
v("farmos_oauth_client_secret", T, [("b64url", 43)], U, "farmos client id", "farm.greenmeadow-dairy.example")
v("tracegains_supplier_api_key", T, [("alnum", 40)], U, None, "api.tracegains.example")
v("safetyculture_api_token", T, [("hexl", 64)], U, None, "api.safetyculture.io")
v("katana_mrp_api_key", T, [("hexl", 32)], U, None, "api.katanamrp.com")
v("mrpeasy_api_secret", T, [("alnum", 32)], U, "mrpeasy api key id", "app.mrpeasy.com")
v("craftybase_api_token", T, [("hexl", 40)], U, None, "api.craftybase.example")
v("barn2door_api_key", T, [("alnum", 32)], U, None, "api.barn2door.example")
v("local_line_api_token", T, [("alnum", 40)], U, None, "api.localline.example")
v("harvie_csa_api_key", T, [("lowalnum", 32)], U, None, "api.harvie.example")
v("goldbelly_partner_api_key", T, [("hexl", 32)], U, None, "api.goldbelly.example")
v("acs_cheese_society_member_password", T, "@pw", O, "acs member email")
v("usda_eauth_login_password", T, "@pw", O, "eauth user id")
v("fda_furls_account_password", T, "@pw", O, "furls account id")
v("monnit_imonnit_api_secret", T, [("alnum", 32)], U, "imonnit api key id", "www.imonnit.com")
v("milk_moovement_api_token", T, [("b64url", 43)], U, None, "api.milkmoovement.example")
v("things_network_lorawan_api_key", T, ["NNSXS.", ("b32u", 39), ".", ("b32u", 52)], B, None, "eu1.cloud.thethings.network")
v("lorawan_device_app_key", T, [("hexu", 32)], B, "lorawan dev eui")
v("chirpstack_api_token", T, "@jwt_chirpstack", B, None, "chirpstack.greenmeadow-dairy.example")
v("sensaphone_sentinel_password", T, "@pw", O, "sensaphone account email")
# --- commerce (20) ---
v("stripe_live_secret_key", F, ["sk_live_51", ("alnum", 97)], G, None, "api.stripe.com")
v("braintree_private_key", F, [("hexl", 32)], B, "braintree public key", "api.braintreegateway.com")
v("authorize_net_transaction_key", F, [("alnum", 16)], B, "authorize net api login id")
v("gocardless_live_access_token", F, ["live_", ("b64url", 40)], G, None, "api.gocardless.com")
v("sumup_secret_api_key", F, ["sup_sk_", ("alnum", 32)], B, None, "api.sumup.com")
v("shopify_admin_api_access_token", F, ["shpat_", ("hexl", 32)], G, None, "hillside-farmshop.myshopify.com")
v("shopify_custom_app_access_token", F, ["shpca_", ("hexl", 32)], G, None, "hillside-farmshop.myshopify.com")
v("ecwid_secret_token", F, ["secret_", ("alnum", 32)], B, None, "app.ecwid.com")
v("wix_headless_api_key", F, "@wix", B, None, "www.wixapis.com")
v("etsy_open_api_shared_secret", F, [("lowalnum", 10)], B, "etsy keystring")
v("amazon_sp_api_lwa_client_secret", F, ["amzn1.oa2-cs.v1.", ("hexl", 64)], B, "lwa client id")
v("ebay_production_cert_id", F, ["PRD-", ("hexl", 12), "-", ("hexl", 4), "-", ("hexl", 4), "-", ("hexl", 4), "-", ("hexl", 4)], B, "ebay app id")
v("xero_oauth_client_secret", F, [("b64url", 48)], B, "xero client id")
v("quickbooks_oauth_client_secret", F, [("alnum", 40)], B, "quickbooks client id")
v("shipstation_api_secret", F, [("hexl", 32)], U, "shipstation api key")
v("avalara_avatax_license_key", F, [("hexu", 16)], B, "avatax account id")
v("taxjar_api_token", F, [("hexl", 32)], B, None, "api.taxjar.com")
v("recharge_subscriptions_api_token", F, ["sk_1x1_", ("hexl", 64)], U, None, "api.rechargeapps.com")
v("mailchimp_marketing_api_key", F, [("hexl", 32), "-us", ("digits", 2)], G, None, "us12.api.mailchimp.com")
v("brevo_api_v3_key", F, ["xkeysib-", ("hexl", 64), "-", ("alnum", 16)], G, None, "api.brevo.com")
# --- messaging (14) ---
v("slack_bot_user_token", M, ["xoxb-", ("digits", 12), "-", ("digits", 13), "-", ("alnum", 24)], G, None, "slack.com")
v("slack_incoming_webhook_url", M, ["https://hooks.slack.com/services/T", ("upalnum", 10), "/B", ("upalnum", 10), "/", ("alnum", 24)], G)
v("line_messaging_channel_secret", M, [("hexl", 32)], B, "line channel id")
v("viber_bot_auth_token", M, [("hexl", 16), "-", ("hexl", 16), "-", ("hexl", 16)], B, None, "chatapi.viber.com")
v("messagebird_live_access_key", M, [("alnum", 25)], G, None, "rest.messagebird.com")
v("pusher_channels_app_secret", M, [("hexl", 20)], B, "pusher app key")
v("ably_root_api_key", M, [("alnum", 6), ".", ("alnum", 6), ":", ("b64url", 43)], B, None, "rest.ably.io")
v("firebase_cloud_messaging_server_key", M, ["AAAA", ("b64url", 7), ":APA91b", ("b64url", 134)], B, None, "fcm.googleapis.com")
v("mailgun_private_api_key", M, ["key-", ("hexl", 32)], G, None, "api.eu.mailgun.net")
v("resend_api_key", M, ["re_", ("alnum", 8), "_", ("alnum", 24)], B, None, "api.resend.com")
v("zendesk_api_token", M, [("alnum", 40)], G, "zendesk agent email")
v("freshdesk_api_key", M, [("alnum", 20)], B, None, "alpinecreamery.freshdesk.com")
v("intercom_access_token", M, "@intercom", B, None, "api.intercom.io")
v("twilio_account_auth_token", M, [("hexl", 32)], B, "twilio account sid")
# --- AI (13) ---
v("openai_project_api_key", A, ["sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)], G, None, "api.openai.com")
v("anthropic_api_key", A, ["sk-ant-api03-", ("b64url", 93), "AA"], G, None, "api.anthropic.com")
v("google_gemini_api_key", A, ["AIza", ("b64url", 35)], G, None, "generativelanguage.googleapis.com")
v("groq_api_key", A, ["gsk_", ("alnum", 52)], B, None, "api.groq.com")
v("huggingface_user_access_token", A, ["hf_", ("letters", 34)], G, None, "huggingface.co")
v("replicate_api_token", A, ["r8_", ("alnum", 37)], B, None, "api.replicate.com")
v("perplexity_api_key", A, ["pplx-", ("alnum", 48)], G, None, "api.perplexity.ai")
v("together_ai_api_key", A, [("hexl", 64)], U, None, "api.together.xyz")
v("voyage_ai_api_key", A, ["pa-", ("b64url", 43)], U, None, "api.voyageai.com")
v("pinecone_api_key", A, ["pcsk_", ("alnum", 5), "_", ("alnum", 63)], U, None, "api.pinecone.io")
v("stability_ai_api_key", A, ["sk-", ("alnum", 48)], B, None, "api.stability.ai")
v("huggingface_org_api_token", A, ["api_org_", ("letters", 34)], G, None, "huggingface.co")
v("aws_bedrock_long_term_api_key", A, "@absk", G, None, "bedrock-runtime.eu-central-1.amazonaws.com")
# --- developer (26) ---
v("github_fine_grained_pat", D, ["github_pat_", ("alnum", 22), "_", ("alnum", 59)], G, None, "api.github.com")
v("github_oauth_access_token", D, ["gho_", ("alnum", 36)], G, None, "api.github.com")
v("gitlab_personal_access_token", D, ["glpat-", ("b64url", 20)], G, None, "gitlab.com")
v("gitlab_deploy_token", D, ["gldt-", ("b64url", 20)], G, None, "gitlab.com")
v("npm_automation_token", D, ["npm_", ("alnum", 36)], G, None, "registry.npmjs.org")
v("nuget_org_api_key", D, ["oy2", ("lowalnum", 43)], B, None, "www.nuget.org")
v("crates_io_api_token", D, ["cio", ("alnum", 32)], B, None, "crates.io")
v("sonarqube_user_token", D, ["squ_", ("hexl", 40)], G, None, "sonar.alpine-creamery.example")
v("snyk_api_token", D, "@uuid", G, None, "api.snyk.io")
v("circleci_personal_api_token", D, ["CCIPAT_", ("alnum", 22), "_", ("hexl", 40)], B, None, "circleci.com")
v("buildkite_api_access_token", D, ["bkua_", ("hexl", 40)], B, None, "api.buildkite.com")
v("vercel_access_token", D, [("alnum", 24)], B, None, "api.vercel.com")
v("render_api_key", D, ["rnd_", ("alnum", 28)], B, None, "api.render.com")
v("fly_io_deploy_token", D, ["fo1_", ("b64url", 43)], G, None, "api.machines.dev")
v("heroku_platform_api_key", D, ["HRKU-AA", ("b64url", 58)], G, None, "api.heroku.com")
v("sentry_user_auth_token", D, ["sntryu_", ("hexl", 64)], G, None, "sentry.io")
v("cloudinary_api_secret", D, [("b64url", 27)], B, "cloudinary api key")
v("airtable_personal_access_token", D, ["pat", ("alnum", 14), ".", ("hexl", 64)], G, None, "api.airtable.com")
v("notion_integration_token", D, ["ntn_", ("digits", 11), ("alnum", 35)], G, None, "api.notion.com")
v("asana_personal_access_token", D, ["2/", ("digits", 16), "/", ("digits", 16), ":", ("hexl", 32)], B, None, "app.asana.com")
v("clickup_personal_api_token", D, ["pk_", ("digits", 8), "_", ("upalnum", 32)], B, None, "api.clickup.com")
v("typeform_personal_access_token", D, ["tfp_", ("b64url", 44), "_", ("alnum", 14)], G, None, "api.typeform.com")
v("planetscale_service_token", D, ["pscale_tkn_", ("b64url", 43)], G, "planetscale service token id")
v("mongodb_atlas_private_api_key", D, "@uuid", B, "atlas public api key")
v("pulumi_access_token", D, ["pul-", ("hexl", 40)], G, None, "api.pulumi.com")
v("prefect_cloud_api_key", D, ["pnu_", ("alnum", 36)], G, None, "api.prefect.cloud")
# --- cloud and ops (17) ---
v("aws_secret_access_key", OPS, [("b64std", 40)], B, "aws access key id")
v("azure_storage_account_key", OPS, "@azkey", B, "azure storage account name")
v("azure_devops_personal_access_token", OPS, [("b32l", 52)], B, None, "dev.azure.com")
v("digitalocean_personal_access_token", OPS, ["dop_v1_", ("hexl", 64)], G, None, "api.digitalocean.com")
v("hetzner_cloud_api_token", OPS, [("alnum", 64)], B, None, "api.hetzner.cloud")
v("datadog_application_key", OPS, [("hexl", 40)], G, None, "api.datadoghq.eu")
v("onepassword_service_account_token", OPS, "@ops", G)
v("influxdb_operator_api_token", OPS, "@influx", B, None, "influx.greenmeadow-dairy.example")
v("home_assistant_long_lived_token", OPS, "@jwt_ha", B, None, "ha.greenmeadow-dairy.example")
v("cloudflare_tunnel_token", OPS, "@cftunnel", B)
v("tuya_iot_access_secret", OPS, [("lowalnum", 32)], B, "tuya access id")
v("fastly_api_token", OPS, [("b64url", 32)], G, None, "api.fastly.com")
v("scaleway_api_secret_key", OPS, "@uuid", B, "scaleway access key")
v("backblaze_b2_master_application_key", OPS, ["005", ("b64std", 28)], U, "b2 account id")
v("pagerduty_events_routing_key", OPS, [("hexl", 32)], B, None, "events.eu.pagerduty.com")

SPECIAL_DESC = {
    "@pw": "owner-chosen password",
    "@uuid": "UUIDv4",
    "@jwt_chirpstack": "real HS256 JWT (`aud` chirpstack, `iss` chirpstack, `sub` UUIDv4, `typ` key)",
    "@jwt_ha": "real HS256 JWT (`iss` 32 lower-case hex, `iat`, `exp`)",
    "@wix": "`IST.` + JWT (base64url JSON header `{alg: RS256, kid}` and payload, 256-byte signature)",
    "@intercom": "standard Base64 of `tok:` + UUIDv4 with `_` for `-` + `:1:0` (60 characters)",
    "@absk": "`ABSK` + standard Base64 of `BedrockAPIKey-` + 4 lower-case alphanumerics + `-at-` + 12 digits + `:` + 44 standard Base64 characters",
    "@azkey": "standard Base64 of 64 random bytes (88 characters ending `==`)",
    "@ops": "`ops_` + standard Base64 (no padding) of real JSON `{signInAddress, userAuth: {method, alg, email, salt}, email, srpX, muk: {alg, ext, k, key_ops, kty, kid}, secretKey, throttleSecret: {seed, deviceUuid}, deviceUuid}` (starts `ops_eyJ`)",
    "@influx": "base64url of 64 random bytes with `==` padding (88 characters)",
    "@cftunnel": "standard Base64 of real JSON `{a: 32 lower-case hex, t: UUIDv4, s: standard Base64 of 32 bytes}`",
}


def gen(spec, rng):
    if isinstance(spec, list):
        return "".join(p if isinstance(p, str) else rs(rng, ALPHA[p[0]], p[1]) for p in spec)
    if spec == "@pw":
        return password(rng)
    if spec == "@uuid":
        return uuid4(rng)
    if spec == "@jwt_chirpstack":
        return jwt(rng, "HS256", {"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(rng), "typ": "key"})
    if spec == "@jwt_ha":
        iat = 1700000000 + rng.randint(0, 30000000)
        return jwt(rng, "HS256", {"iss": rs(rng, HEXL, 32), "iat": iat, "exp": iat + 315360000})
    if spec == "@wix":
        hdr = b64u(json.dumps({"alg": "RS256", "kid": rs(rng, LOWALNUM, 8)}, separators=(",", ":")).encode())
        pl = b64u(json.dumps({"data": json.dumps({"id": uuid4(rng), "identity": {"type": "application",
                                                   "id": uuid4(rng)}, "tenant": {"type": "account", "id": uuid4(rng)}}),
                              "iat": 1700000000 + rng.randint(0, 30000000)}, separators=(",", ":")).encode())
        return "IST." + hdr + "." + pl + "." + b64u(rbytes(rng, 256))
    if spec == "@intercom":
        while True:
            s = base64.b64encode(("tok:" + uuid4(rng).replace("-", "_") + ":1:0").encode()).decode()
            if "+" not in s and "/" not in s:
                return s
    if spec == "@absk":
        inner = "BedrockAPIKey-" + rs(rng, LOWALNUM, 4) + "-at-" + rs(rng, DIGITS, 12) + ":" + base64.b64encode(rbytes(rng, 33)).decode()
        return "ABSK" + base64.b64encode(inner.encode()).decode()
    if spec == "@azkey":
        return base64.b64encode(rbytes(rng, 64)).decode()
    if spec == "@ops":
        d = {"signInAddress": "alpine-creamery.1password.eu",
             "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                          "salt": b64u(rbytes(rng, 16))},
             "email": rs(rng, LOWALNUM, 13) + "@1passwordserviceaccounts.eu",
             "srpX": rbytes(rng, 32).hex(),
             "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"],
                     "kty": "oct", "kid": "mp"},
             "secretKey": "A3-" + rs(rng, UPALNUM, 6) + "-" + rs(rng, UPALNUM, 6) + "-" + rs(rng, UPALNUM, 5) + "-" + rs(rng, UPALNUM, 5) + "-" + rs(rng, UPALNUM, 5) + "-" + rs(rng, UPALNUM, 5),
             "throttleSecret": {"seed": rbytes(rng, 32).hex(), "deviceUuid": rs(rng, "abcdefghijklmnopqrstuvwxyz234567", 26)},
             "deviceUuid": rs(rng, "abcdefghijklmnopqrstuvwxyz234567", 26)}
        return "ops_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    if spec == "@influx":
        return base64.urlsafe_b64encode(rbytes(rng, 64)).decode()
    if spec == "@cftunnel":
        d = {"a": rs(rng, HEXL, 32), "t": uuid4(rng), "s": base64.b64encode(rbytes(rng, 32)).decode()}
        return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()
    raise ValueError(spec)


def spec_regex(spec):
    return "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (ALPHA_RE[p[0]], p[1]) for p in spec)


def validate(spec, val):
    from common241 import PW_RE_WIDE
    if isinstance(spec, list):
        return re.fullmatch(spec_regex(spec), val) is not None
    if spec == "@pw":
        return bool(PW_RE_WIDE.match(val))
    if spec == "@uuid":
        return re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", val) is not None
    from checks241 import jwt_ok, jwt_parts
    if spec in ("@jwt_chirpstack", "@jwt_ha"):
        return jwt_ok(val) == "HS256"
    if spec == "@wix":
        return val.startswith("IST.") and jwt_ok(val[4:]) == "RS256"
    try:
        if spec == "@intercom":
            s = base64.b64decode(val, validate=True).decode()
            return len(val) == 60 and re.fullmatch(r"tok:[0-9a-f]{8}(_[0-9a-f]{4}){3}_[0-9a-f]{12}:1:0", s) is not None
        if spec == "@absk":
            s = base64.b64decode(val[4:], validate=True).decode()
            return val.startswith("ABSK") and s.startswith("BedrockAPIKey-")
        if spec == "@azkey":
            return len(val) == 88 and len(base64.b64decode(val, validate=True)) == 64
        if spec == "@ops":
            s = val[4:] + "=" * (-len(val[4:]) % 4)
            d = json.loads(base64.b64decode(s, validate=True))
            return val.startswith("ops_eyJ") and "muk" in d and "secretKey" in d
        if spec == "@influx":
            return len(val) == 88 and val.endswith("==") and len(base64.urlsafe_b64decode(val)) == 64
        if spec == "@cftunnel":
            d = json.loads(base64.b64decode(val, validate=True))
            return sorted(d) == ["a", "s", "t"] and len(base64.b64decode(d["s"])) == 32
    except Exception:
        return False
    return False


def spec_desc(spec):
    if isinstance(spec, str):
        return SPECIAL_DESC[spec]
    out = []
    for p in spec:
        out.append("`%s`" % p if isinstance(p, str) else "%d %s" % (p[1], ALPHA_WORD[p[0]]))
    return " + ".join(out)


def nb_value(label, rng):
    """A public neighbour (id written next to the secret)."""
    l = label
    if "email" in l:
        return rng.choice(["ops", "office", "it", "fromagerie", "dairy"]) + "@" + rng.choice(
            ["alpine-creamery.example", "greenmeadow-dairy.example", "cavehouse-cheese.example"])
    if l == "aws access key id":
        return "AKIA" + rs(rng, BASE32, 16)
    if l == "twilio account sid":
        return "AC" + rs(rng, HEXL, 32)
    if l == "lorawan dev eui":
        return "70B3D57ED" + rs(rng, HEXU, 7)
    if l == "lwa client id":
        return "amzn1.application-oa2-client." + rs(rng, HEXL, 32)
    if l == "ebay app id":
        return "AlpineCr-cheesesh-PRD-" + rs(rng, HEXL, 9) + "-" + rs(rng, HEXL, 8)
    if "client id" in l or "key id" in l or "public key" in l or "app key" in l or "keystring" in l or "access id" in l \
            or "access key" in l or "token id" in l or l.endswith("api key"):
        return rs(rng, LOWALNUM, rng.choice([16, 20, 24]))
    if "account name" in l:
        return "alpinecreamery" + rs(rng, DIGITS, 3)
    if "login id" in l:
        return rs(rng, ALNUM, 10)
    return rs(rng, DIGITS, rng.choice([6, 7, 8, 9]))


# ---------- styles ----------
# (name, case style, kind): kind 'kv' normal, 'header' (no key; host), 'vault' (password manager)
STYLES = [
    ("dotenv_export_line", "upper"), ("yaml_integrations_map", "snake"), ("json_credentials_file", "camel"),
    ("python_settings_constant", "upper"), ("node_config_module_export", "camel"),
    ("curl_x_api_key_header", "none"), ("httpie_bearer_flag", "none"), ("java_properties_entry", "dot"),
    ("ruby_initializer_constant", "upper"), ("go_const_literal", "camel"), ("kotlin_buildconfig_field", "upper"),
    ("systemd_dropin_environment", "upper"), ("bitwarden_json_export_item", "none"),
    ("dairy_staff_whatsapp_paste", "spaced"), ("xml_appsettings_add_key", "pascal"), ("hcl_locals_block", "snake"),
    ("php_array_return_config", "snake"), ("swift_static_let", "camel"), ("dart_const_string", "camel"),
    ("ci_job_log_echo", "upper"),
]
STYLE_DESC = {
    "dotenv_export_line": "shell env file with `export KEY=\"…\"` lines",
    "yaml_integrations_map": "YAML `integrations:` map, snake keys",
    "json_credentials_file": "JSON credentials file, camel keys",
    "python_settings_constant": "Python settings module constants",
    "node_config_module_export": "Node `module.exports` config object",
    "curl_x_api_key_header": "curl with an `X-Api-Key` header (no key name; vendor from host)",
    "httpie_bearer_flag": "HTTPie `-A bearer -a TOKEN` (no key name; vendor from host)",
    "java_properties_entry": "Java `.properties` entry, dotted keys",
    "ruby_initializer_constant": "Rails initializer constant",
    "go_const_literal": "Go `const` block",
    "kotlin_buildconfig_field": "Gradle Kotlin DSL `buildConfigField`",
    "systemd_dropin_environment": "systemd drop-in `Environment=` line",
    "bitwarden_json_export_item": "Bitwarden JSON export item (login.password holds the value)",
    "dairy_staff_whatsapp_paste": "dairy staff WhatsApp paste",
    "xml_appsettings_add_key": ".NET `<appSettings><add key value/>`",
    "hcl_locals_block": "Terraform `locals` block",
    "php_array_return_config": "PHP `return [ … ]` config array",
    "swift_static_let": "Swift `static let` in an enum",
    "dart_const_string": "Dart `const String`",
    "ci_job_log_echo": "CI job log where a script echoed the variable (`+ echo`)",
}


def words_of(t):
    return t.split("_")


def render(style, case, t, val, nb_label, nb_val, host, rng):
    key = style_key(words_of(t), case) if case != "none" else None
    nbk = style_key(nb_label.split(), case) if (nb_label and case != "none") else None
    if style == "dotenv_export_line":
        tpl = "# /etc/creamery/integrations.env\n" + ("export %s=\"%s\"\n" % (nbk, nb_val) if nbk else "") + "export {K}=\"{V}\"\nexport TZ=\"Europe/Zurich\"\n"
    elif style == "yaml_integrations_map":
        tpl = "integrations:\n  " + t.split("_")[0] + ":\n" + ("    %s: %s\n" % (nbk, nb_val) if nbk else "") + "    {K}: \"{V}\"\n    enabled: true\n"
    elif style == "json_credentials_file":
        tpl = "{\n" + ("  \"%s\": \"%s\",\n" % (nbk, nb_val) if nbk else "") + "  \"{K}\": \"{V}\",\n  \"environment\": \"production\"\n}\n"
    elif style == "python_settings_constant":
        tpl = "# creamery/settings/integrations.py\n" + ("%s = \"%s\"\n" % (nbk, nb_val) if nbk else "") + "{K} = \"{V}\"\nINTEGRATION_TIMEOUT = 20\n"
    elif style == "node_config_module_export":
        tpl = "module.exports = {\n" + ("  %s: '%s',\n" % (nbk, nb_val) if nbk else "") + "  {K}: '{V}',\n  retries: 3,\n};\n"
    elif style == "curl_x_api_key_header":
        tpl = "$ curl -s https://%s/v1/status \\\n    -H 'Accept: application/json' \\\n    -H 'X-Api-Key: {V}'\n" % host
    elif style == "httpie_bearer_flag":
        tpl = "$ http -A bearer -a {V} GET https://%s/v1/me\nHTTP/1.1 200 OK\n" % host
    elif style == "java_properties_entry":
        tpl = "# application-prod.properties\n" + ("%s=%s\n" % (nbk, nb_val) if nbk else "") + "{K}={V}\nserver.port=8080\n"
    elif style == "ruby_initializer_constant":
        tpl = "# config/initializers/integrations.rb\n" + ("%s = \"%s\".freeze\n" % (nbk, nb_val) if nbk else "") + "{K} = \"{V}\".freeze\n"
    elif style == "go_const_literal":
        tpl = "package integrations\n\nconst (\n" + ("\t%s = \"%s\"\n" % (nbk, nb_val) if nbk else "") + "\t{K} = \"{V}\"\n)\n"
    elif style == "kotlin_buildconfig_field":
        tpl = "android {\n    defaultConfig {\n" + ("        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n" % (nbk, nb_val) if nbk else "") + "        buildConfigField(\"String\", \"{K}\", \"\\\"{V}\\\"\")\n    }\n}\n"
    elif style == "systemd_dropin_environment":
        tpl = "# /etc/systemd/system/creamery-sync.service.d/override.conf\n[Service]\n" + ("Environment=%s=%s\n" % (nbk, nb_val) if nbk else "") + "Environment={K}={V}\n"
    elif style == "bitwarden_json_export_item":
        tpl = ("{\n  \"type\": 1,\n  \"name\": \"%s\",\n  \"login\": {\n    \"username\": \"%s\",\n    \"password\": \"{V}\",\n    \"uris\": [{\"uri\": \"https://%s\"}]\n  }\n}\n"
               % (t.replace("_", " "), nb_val or "api", host or "portal.example"))
    elif style == "dairy_staff_whatsapp_paste":
        tpl = ("[06:%02d] Jo: for the new tablet in the parlour office -\n" % rng.randint(0, 59)) + ("[06:%02d] Jo: %s %s\n" % (rng.randint(0, 59), nbk, nb_val) if nbk else "") + "[06:{M}] Jo: {K} {V}\n[06:{M}] Sam: got it, thanks\n"
    elif style == "xml_appsettings_add_key":
        tpl = "<configuration>\n  <appSettings>\n" + ("    <add key=\"%s\" value=\"%s\" />\n" % (nbk, nb_val) if nbk else "") + "    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"
    elif style == "hcl_locals_block":
        tpl = "locals {\n" + ("  %s = \"%s\"\n" % (nbk, nb_val) if nbk else "") + "  {K} = \"{V}\"\n}\n"
    elif style == "php_array_return_config":
        tpl = "<?php\n\nreturn [\n" + ("    '%s' => '%s',\n" % (nbk, nb_val) if nbk else "") + "    '{K}' => '{V}',\n];\n"
    elif style == "swift_static_let":
        tpl = "enum Integrations {\n" + ("    static let %s = \"%s\"\n" % (nbk, nb_val) if nbk else "") + "    static let {K} = \"{V}\"\n}\n"
    elif style == "dart_const_string":
        tpl = "// lib/config/integrations.dart\n" + ("const String %s = '%s';\n" % (nbk, nb_val) if nbk else "") + "const String {K} = '{V}';\n"
    elif style == "ci_job_log_echo":
        tpl = "$ ./scripts/check-env.sh\n" + ("+ echo %s=%s\n" % (nbk, nb_val) if nbk else "") + "+ echo {K}={V}\n{K} is set\nJob succeeded\n"
    else:
        raise ValueError(style)
    return fill(tpl, val, K=key or "", M="%02d" % rng.randint(0, 59))


def style_ok(st, t, spec, host):
    if st[0] in ("curl_x_api_key_header", "httpie_bearer_flag"):
        return spec != "@pw" and "url" not in t and bool(host)
    if st[0] == "bitwarden_json_export_item":
        return "url" not in t
    return True


def deal_styles():
    """Deal styles from seeded shuffles; header styles only for keys/tokens with a known host
    (not passwords, not URLs); the password-manager export not for URLs."""
    rng = random.Random(SEED + 7)
    out = []
    pool = []
    for t, g, spec, prov, nb, host in V:
        if not any(style_ok(st, t, spec, host) for st in pool):
            fresh = STYLES[:]
            rng.shuffle(fresh)
            pool = fresh + pool
        for k in range(len(pool) - 1, -1, -1):
            if style_ok(pool[k], t, spec, host):
                out.append(pool.pop(k))
                break
    assert len(out) == len(V)
    return out


def build(reg):
    rng = random.Random(SEED)
    recs = []
    styles = deal_styles()
    for (t, g, spec, prov, nb, host), (style, case) in zip(V, styles):
        val = reg.draw(gen, spec, rng)
        nbv = reg.draw(nb_value, nb, rng) if nb else None
        text, start = render(style, case, t, val, nb, nbv, host, rng)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": val, "start": start, "end": start + len(val), "type": t}],
                     "source": "vendor"})
    return recs
