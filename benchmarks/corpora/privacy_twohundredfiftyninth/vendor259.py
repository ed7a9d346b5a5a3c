"""Vendor positives: one record per type, each in a container typical of where that key lives."""
import json
import re

from common259 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LALNUM, LOWER, UALNUM, UPPER, b64std,
                       b64url, draw, jwt_hs256, p256_pkcs8, p256_pkcs8_check, pem, rbytes, rstr, uuid4,
                       P256_N, b64url_dec, jwt_frame_ok)
from everyday259 import MARK, style_key
from world259 import FIRMS, PEOPLE, password, PW_LOOSE_RE

H = {f: FIRMS[f][1] for f in FIRMS}

ALPHA = {"hexl": (HEXL, "[0-9a-f]"), "hexu": (HEXU, "[0-9A-F]"), "alnum": (ALNUM, "[A-Za-z0-9]"),
         "lalnum": (LALNUM, "[a-z0-9]"), "ualnum": (UALNUM, "[A-Z0-9]"), "digits": (DIGITS, "[0-9]"),
         "b64url": (B64URL, "[A-Za-z0-9_-]"), "b64std": (B64STD, "[A-Za-z0-9+/]"),
         "letters": (UPPER + LOWER, "[A-Za-z]"), "lower": (LOWER, "[a-z]")}

ALPHA_WORDS = {"hexl": "lower-case hex", "hexu": "upper-case hex", "alnum": "alphanumerics",
               "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics", "digits": "digits",
               "b64url": "base64url characters", "b64std": "standard Base64 characters", "letters": "letters",
               "lower": "lower-case letters"}


def L(s):
    return ("L", s)


def C(a, n):
    return ("C", a, n)


U = ("U",)
UU = ("UU",)


def F(name):
    return ("F", name)


OWN = [F("owner")]

# (type, group, spec, source, neighbour label, neighbour spec, families)
VENDORS = [
    # ---- trade: saddlery, leather, equestrian, tack-shop commerce
    ("society_of_master_saddlers_members_area_password", "trade", OWN, "owner-chosen", "member number", [L("SMS-"), C("digits", 5)], ["owner"]),
    ("beta_retailer_portal_password", "trade", OWN, "owner-chosen", "beta retailer id", [L("R"), C("digits", 5)], ["owner"]),
    ("abbey_england_trade_webshop_password", "trade", OWN, "owner-chosen", "trade account number", [L("AB"), C("digits", 6)], ["owner"]),
    ("sedgwick_leather_trade_portal_password", "trade", OWN, "owner-chosen", "account email", "email:sedgwick", ["owner"]),
    ("tandy_leather_wholesale_login_password", "trade", OWN, "owner-chosen", "customer number", [C("digits", 8)], ["owner"]),
    ("british_dressage_online_entries_password", "trade", OWN, "owner-chosen", "membership number", [C("digits", 6)], ["owner"]),
    ("bates_saddles_dealer_portal_password", "trade", OWN, "owner-chosen", "dealer code", [L("UK-"), C("ualnum", 5)], ["owner"]),
    ("glowforge_account_password", "trade", OWN, "owner-chosen", "account email", "email:laser", ["owner"]),
    ("hatch_embroidery_account_password", "trade", OWN, "owner-chosen", "account email", "email:embroidery", ["owner"]),
    ("dpd_local_shipping_api_password", "trade", OWN, "owner-chosen", "dpd account number", [C("digits", 7)], ["owner"]),
    ("reolink_nvr_admin_password", "trade", OWN, "owner-chosen", "nvr address", "ip:192.168.73", ["owner"]),
    ("tp_link_omada_controller_password", "trade", OWN, "owner-chosen", "controller address", "url:omada", ["owner"]),
    ("weaver_leather_supply_wholesale_api_key", "trade", [C("hexl", 32)], "guessed", None, None, ["server", "dev"]),
    ("horsemart_dealer_feed_api_key", "trade", [C("alnum", 40)], "guessed", None, None, ["server"]),
    ("albion_saddlemakers_dealer_api_token", "trade", [C("b64url", 48)], "guessed", None, None, ["server", "chat"]),
    ("folksy_seller_api_token", "trade", [C("hexl", 40)], "guessed", None, None, ["server", "dev"]),
    ("etsy_open_api_v3_shared_secret", "trade", [C("lalnum", 10)], "believed", "etsy keystring", [C("lalnum", 24)], ["server", "dev"]),
    ("ebay_production_cert_id", "trade", [L("PRD-"), C("hexl", 12), L("-"), C("hexl", 4), L("-"), C("hexl", 4), L("-"), C("hexl", 4), L("-"), C("hexl", 4)], "believed", "ebay app id", [L("Bridleco-StockSyn-PRD-"), C("hexl", 9), L("-"), C("hexl", 8)], ["server"]),
    ("amazon_sp_api_lwa_client_secret", "trade", [L("amzn1.oa2-cs.v1."), C("hexl", 64)], "believed", "lwa client id", [L("amzn1.application-oa2-client."), C("hexl", 32)], ["server"]),
    ("shopify_admin_api_access_token", "trade", [L("shpat_"), C("hexl", 32)], "read", None, None, ["server", "dev"]),
    ("shopify_app_api_secret_key", "trade", [L("shpss_"), C("hexl", 32)], "read", "shopify app api key", [C("hexl", 32)], ["server"]),
    ("sumup_secret_api_key", "trade", [L("sup_sk_"), C("alnum", 32)], "believed", None, None, ["server"]),
    ("zettle_oauth_client_secret", "trade", [C("b64url", 40)], "guessed", "zettle client id", [U], ["server"]),
    ("dojo_payments_secret_key", "trade", [L("sk_prod_"), C("b64url", 48)], "guessed", None, None, ["server"]),
    ("gocardless_live_access_token", "trade", [L("live_"), C("b64url", 40)], "read", None, None, ["server"]),
    ("epos_now_api_secret", "trade", [C("ualnum", 32)], "guessed", "epos now api key", [C("ualnum", 20)], ["server", "chat"]),
    ("lightspeed_retail_client_secret", "trade", [C("alnum", 64)], "guessed", "lightspeed client id", [C("lalnum", 32)], ["server"]),
    ("xero_oauth_client_secret", "trade", [C("b64url", 48)], "guessed", "xero client id", [C("hexu", 32)], ["server"]),
    ("quickbooks_online_client_secret", "trade", [C("alnum", 40)], "believed", "quickbooks client id", [L("AB"), C("alnum", 48)], ["server"]),
    ("braintree_private_key", "trade", [C("hexl", 32)], "believed", "braintree public key", [C("lalnum", 16)], ["server"]),
    ("wise_business_api_token", "trade", [U], "read", None, None, ["server"]),
    ("squarespace_commerce_api_key", "trade", [U], "read", None, None, ["server", "dev"]),
    ("klaviyo_private_api_key", "trade", [L("pk_"), C("alnum", 34)], "read", None, None, ["server", "dev"]),
    ("mailchimp_marketing_api_key", "trade", [C("hexl", 32), L("-us"), C("digits", 2)], "read", None, None, ["server", "chat"]),
    ("brevo_api_key", "trade", [L("xkeysib-"), C("hexl", 64), L("-"), C("alnum", 16)], "read", None, None, ["server"]),
    ("omnisend_api_key", "trade", [C("hexl", 24), L("-"), C("alnum", 50)], "read", None, None, ["server"]),
    ("feefo_merchant_api_key", "trade", [C("alnum", 32)], "guessed", None, None, ["server"]),
    ("reviews_io_store_api_key", "trade", [C("alnum", 32)], "guessed", "reviews io store id", [L("bridlecombe-tack")], ["server", "dev"]),
    ("parcel2go_api_client_secret", "trade", [C("alnum", 64)], "guessed", "parcel2go client id", [U], ["server"]),
    ("evri_client_api_key", "trade", [U], "guessed", None, None, ["server"]),
    ("shipstation_api_secret", "trade", [C("hexl", 32)], "believed", "shipstation api key", [C("hexl", 32)], ["server"]),
    ("simplybook_me_api_key", "trade", [C("hexl", 64)], "guessed", "simplybook company login", [L("harrowgatefit")], ["server"]),
    ("setmore_refresh_token", "trade", [L("r1/"), C("b64url", 46)], "guessed", None, None, ["server"]),
    ("clearpay_merchant_secret_key", "trade", [C("hexl", 128)], "guessed", "clearpay merchant id", [C("digits", 6)], ["server"]),
    ("ecwid_secret_token", "trade", [L("secret_"), C("alnum", 32)], "believed", None, None, ["server"]),
    ("getaddress_io_api_key", "trade", [C("b64url", 27)], "guessed", None, None, ["dev", "server"]),
    ("ideal_postcodes_api_key", "trade", [L("ak_"), C("lalnum", 26)], "believed", None, None, ["dev", "server"]),
    ("loqate_address_capture_key", "trade", [C("ualnum", 4), L("-"), C("ualnum", 4), L("-"), C("ualnum", 4), L("-"), C("ualnum", 4)], "believed", None, None, ["dev", "server"]),
    ("trotec_ruby_cloud_api_key", "trade", [C("alnum", 48)], "guessed", None, None, ["iot", "server"]),
    # ---- messaging
    ("twilio_auth_token", "messaging", [C("hexl", 32)], "believed", "twilio account sid", [L("AC"), C("hexl", 32)], ["server"]),
    ("messagebird_live_access_key", "messaging", [C("alnum", 25)], "read", None, None, ["server"]),
    ("telegram_bot_token", "messaging", [C("digits", 10), L(":AA"), C("b64url", 33)], "read", None, None, ["iot", "server"]),
    ("slack_bot_token", "messaging", [L("xoxb-"), C("digits", 12), L("-"), C("digits", 13), L("-"), C("alnum", 24)], "read", None, None, ["server"]),
    ("slack_incoming_webhook_url", "messaging", [L("https://hooks.slack.com/services/T"), C("ualnum", 10), L("/B"), C("ualnum", 10), L("/"), C("alnum", 24)], "read", None, None, ["server", "iot"]),
    ("zapier_catch_hook_url", "messaging", [L("https://hooks.zapier.com/hooks/catch/"), C("digits", 8), L("/"), C("lalnum", 7), L("/")], "read", None, None, ["server", "iot"]),
    ("pushover_application_token", "messaging", [L("a"), C("lalnum", 29)], "believed", "pushover user key", [L("u"), C("lalnum", 29)], ["iot"]),
    ("gotify_application_token", "messaging", [L("A"), C("alnum", 14)], "believed", None, None, ["iot"]),
    ("zulip_bot_api_key", "messaging", [C("alnum", 32)], "believed", "zulip bot email", "email:bot", ["server"]),
    ("mattermost_personal_access_token", "messaging", [C("lalnum", 26)], "read", None, None, ["server", "dev"]),
    # ---- AI
    ("openai_project_api_key", "ai", [L("sk-proj-"), C("b64url", 74), L("T3BlbkFJ"), C("b64url", 74)], "read", None, None, ["server", "dev"]),
    ("anthropic_api_key", "ai", [L("sk-ant-api03-"), C("b64url", 93), L("AA")], "read", None, None, ["server", "dev"]),
    ("groq_api_key", "ai", [L("gsk_"), C("alnum", 52)], "read", None, None, ["server", "dev"]),
    ("perplexity_api_key", "ai", [L("pplx-"), C("alnum", 48)], "read", None, None, ["dev", "server"]),
    ("huggingface_user_access_token", "ai", [L("hf_"), C("letters", 34)], "read", None, None, ["dev"]),
    ("replicate_api_token", "ai", [L("r8_"), C("alnum", 37)], "read", None, None, ["dev", "server"]),
    ("google_gemini_api_key", "ai", [L("AIzaSy"), C("b64url", 33)], "believed", None, None, ["server", "dev"]),
    ("langsmith_personal_access_token", "ai", [L("lsv2_pt_"), C("hexl", 32), L("_"), C("hexl", 10)], "believed", None, None, ["dev"]),
    ("pinecone_api_key", "ai", [L("pcsk_"), C("alnum", 5), L("_"), C("alnum", 63)], "believed", None, None, ["server"]),
    ("voyage_ai_api_key", "ai", [L("pa-"), C("b64url", 43)], "believed", None, None, ["server"]),
    # ---- developer services
    ("github_fine_grained_personal_access_token", "dev", [L("github_pat_11"), C("ualnum", 20), L("_"), C("alnum", 59)], "read", None, None, ["dev", "chat"]),
    ("gitlab_personal_access_token", "dev", [L("glpat-"), C("b64url", 20)], "read", None, None, ["dev", "chat"]),
    ("npm_automation_access_token", "dev", [L("npm_"), C("alnum", 36)], "read", None, None, ["server"]),
    ("rubygems_api_key", "dev", [L("rubygems_"), C("hexl", 48)], "read", None, None, ["server", "dev"]),
    ("sentry_user_auth_token", "dev", [L("sntryu_"), C("hexl", 64)], "read", None, None, ["server", "dev"]),
    ("heroku_platform_api_key", "dev", [L("HRKU-AA"), C("b64url", 58)], "read", None, None, ["dev"]),
    ("digitalocean_personal_access_token", "dev", [L("dop_v1_"), C("hexl", 64)], "read", None, None, ["server", "dev"]),
    ("linode_personal_access_token", "dev", [C("hexl", 64)], "believed", None, None, ["server"]),
    ("hetzner_cloud_api_token", "dev", [C("alnum", 64)], "believed", None, None, ["server"]),
    ("scaleway_secret_key", "dev", [U], "read", "scaleway access key", [L("SCW"), C("ualnum", 17)], ["server"]),
    ("backblaze_b2_application_key", "dev", [L("K005"), C("alnum", 27)], "believed", "b2 key id", [L("005"), C("hexl", 22)], ["server"]),
    ("aws_iam_secret_access_key", "dev", [C("b64std", 40)], "believed", "aws access key id", [L("AKIA"), C("ualnum", 16)], ["server", "chat"]),
    ("azure_storage_account_key", "dev", [C("b64std", 86), L("==")], "believed", "storage account name", [L("bridlecombestock")], ["server"]),
    ("firebase_cloud_messaging_server_key", "dev", [L("AAAA"), C("b64url", 7), L(":APA91b"), C("b64url", 134)], "believed", None, None, ["server"]),
    ("algolia_admin_api_key", "dev", [C("hexl", 32)], "read", "algolia application id", [C("ualnum", 10)], ["server"]),
    ("contentful_management_token", "dev", [L("CFPAT-"), C("b64url", 43)], "believed", None, None, ["server", "dev"]),
    ("airtable_personal_access_token", "dev", [L("pat"), C("alnum", 14), L("."), C("hexl", 64)], "read", None, None, ["dev", "chat"]),
    ("notion_internal_integration_secret", "dev", [L("ntn_"), C("digits", 11), C("alnum", 35)], "read", None, None, ["dev", "server"]),
    ("cloudinary_api_secret", "dev", [C("b64url", 27)], "believed", "cloudinary api key", [C("digits", 15)], ["server"]),
    ("pulumi_access_token", "dev", [L("pul-"), C("hexl", 40)], "read", None, None, ["server"]),
    ("snyk_api_token", "dev", [U], "read", None, None, ["server"]),
    ("circleci_personal_api_token", "dev", [L("CCIPAT_"), C("alnum", 22), L("_"), C("hexl", 40)], "believed", None, None, ["dev"]),
    ("expo_access_token", "dev", [C("b64url", 40)], "guessed", None, None, ["dev"]),
    ("apple_app_store_connect_api_private_key", "dev", [F("apple_p8")], "believed", "app store connect key id", [C("ualnum", 10)], ["mobile"]),
    ("onesignal_rest_api_key", "dev", [U], "read", "onesignal app id", [U], ["server"]),
    ("fastly_api_token", "dev", [C("b64url", 32)], "read", None, None, ["server"]),
    ("launchdarkly_sdk_key", "dev", [L("sdk-"), U], "believed", None, None, ["server"]),
    ("posthog_personal_api_key", "dev", [L("phx_"), C("alnum", 43)], "believed", None, None, ["dev"]),
    ("intercom_access_token", "dev", [F("intercom")], "believed", None, None, ["server"]),
    ("zendesk_api_token", "dev", [C("alnum", 40)], "believed", "zendesk agent email", "email:support", ["server", "chat"]),
    ("mailgun_private_api_key", "dev", [L("key-"), C("hexl", 32)], "read", None, None, ["server"]),
    ("resend_api_key", "dev", [L("re_"), C("alnum", 8), L("_"), C("alnum", 24)], "believed", None, None, ["server", "dev"]),
    ("mailersend_api_token", "dev", [L("mlsn."), C("hexl", 64)], "believed", None, None, ["server"]),
    ("bitbucket_app_password", "dev", [L("ATBB"), C("alnum", 32)], "believed", "bitbucket username", [L("latigo-ci")], ["dev", "chat"]),
    ("storyblok_preview_access_token", "dev", [C("alnum", 22), L("tt")], "read", None, None, ["dev"]),
    # ---- ops, monitoring, network, devices
    ("uptimerobot_main_api_key", "ops", [L("ur"), C("digits", 7), L("-"), C("hexl", 24)], "read", None, None, ["server"]),
    ("pagerduty_rest_api_key", "ops", [L("u+"), C("b64url", 18)], "read", None, None, ["server"]),
    ("datadog_api_key", "ops", [C("hexl", 32)], "believed", None, None, ["server"]),
    ("healthchecks_io_api_key", "ops", [C("alnum", 32)], "guessed", None, None, ["server"]),
    ("cloudflare_tunnel_token", "ops", [F("cf_tunnel")], "believed", None, None, ["tunnel"]),
    ("portainer_access_token", "ops", [L("ptr_"), C("b64url", 43)], "believed", None, None, ["server", "chat"]),
    ("proxmox_ve_api_token_secret", "ops", [U], "believed", "proxmox token id", [L("root@pam!stocksync")], ["server"]),
    ("truenas_api_key", "ops", [C("digits", 1), L("-"), C("alnum", 64)], "read", None, None, ["iot", "server"]),
    ("home_assistant_long_lived_access_token", "ops", [F("ha_jwt")], "believed", None, None, ["iot"]),
    ("influxdb_v2_api_token", "ops", [C("b64url", 86), L("==")], "believed", None, None, ["iot", "server"]),
    ("upstash_redis_rest_token", "ops", [L("AX"), C("b64url", 58)], "guessed", None, None, ["server"]),
    ("planetscale_database_password", "ops", [L("pscale_pw_"), C("b64url", 43)], "read", None, None, ["server"]),
    ("zerotier_central_api_token", "ops", [C("alnum", 32)], "read", None, None, ["server"]),
    ("netbird_setup_key", "ops", [UU], "believed", None, None, ["server", "chat"]),
    ("onepassword_service_account_token", "ops", [F("op_sa")], "read", None, None, ["server"]),
    ("infisical_machine_identity_client_secret", "ops", [C("hexl", 64)], "guessed", "infisical client id", [U], ["server"]),
]

FRAME_DESC = {
    "owner": "owner-chosen password",
    "apple_p8": ("a real PKCS#8 EC P-256 private key (.p8, with the [0] curve parameters and [1] public key, "
                 "as App Store Connect issues them) in PEM with JSON `\\n` escapes, labelled from `-----BEGIN` "
                 "to `-----END PRIVATE KEY-----`"),
    "intercom": "standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters)",
    "cf_tunnel": "standard Base64 of JSON `{a, t, s}` (account tag 32 hex, tunnel UUIDv4, Base64 of 32 random bytes)",
    "ha_jwt": "real HS256 JWT (header `{alg, typ}`, payload `{iss, iat, exp}`, HMAC under a discarded key)",
    "op_sa": "`ops_` + standard Base64 of JSON `{signInAddress, userAuth, email, srpX, muk, secretKey, throttleSecret, deviceUuid}`",
}


def spec_desc(spec):
    out = []
    for p in spec:
        if p[0] == "L":
            out.append("`%s`" % p[1])
        elif p[0] == "C":
            w = ALPHA_WORDS[p[1]]
            out.append("1 %s" % w.rstrip("s") if p[2] == 1 else "%d %s" % (p[2], w))
        elif p[0] == "U":
            out.append("UUIDv4")
        elif p[0] == "UU":
            out.append("upper-case UUIDv4")
        elif p[0] == "F":
            out.append(FRAME_DESC[p[1]])
    return " + ".join(out)


def spec_regex(spec):
    out = []
    for p in spec:
        if p[0] == "L":
            out.append(re.escape(p[1]))
        elif p[0] == "C":
            out.append("%s{%d}" % (ALPHA[p[1]][1], p[2]))
        elif p[0] == "U":
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif p[0] == "UU":
            out.append("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
        else:
            return None
    return re.compile("^" + "".join(out) + "$")


def gen_spec(spec, rng, ctx):
    out = []
    for p in spec:
        if p[0] == "L":
            out.append(p[1])
        elif p[0] == "C":
            out.append(rstr(rng, ALPHA[p[1]][0], p[2]))
        elif p[0] == "U":
            out.append(uuid4(rng))
        elif p[0] == "UU":
            out.append(uuid4(rng, upper=True))
        elif p[0] == "F":
            out.append(gen_frame(p[1], rng, ctx))
    return "".join(out)


def gen_frame(name, rng, ctx):
    if name == "owner":
        return password(rng, strict=False, cap=0.4)
    if name == "apple_p8":
        d = rng.randrange(1, P256_N)
        return pem("PRIVATE KEY", p256_pkcs8(d), nl="\\n")
    if name == "intercom":
        return b64std(("tok:%s:1:0" % uuid4(rng)).encode())
    if name == "cf_tunnel":
        j = {"a": rstr(rng, HEXL, 32), "t": uuid4(rng), "s": b64std(rbytes(rng, 32))}
        return b64std(json.dumps(j, separators=(",", ":")).encode())
    if name == "ha_jwt":
        iat = 1714000000 + rng.randrange(0, 30000000)
        return jwt_hs256(rbytes(rng, 32), {"alg": "HS256", "typ": "JWT"},
                         {"iss": rstr(rng, HEXL, 32), "iat": iat, "exp": iat + 315360000})
    if name == "op_sa":
        j = {"signInAddress": "my.1password.eu",
             "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                          "salt": b64url(rbytes(rng, 16))},
             "email": "%s@1passwordserviceaccounts.eu" % rstr(rng, LALNUM, 13),
             "srpX": rstr(rng, HEXL, 64),
             "muk": {"alg": "A256GCM", "ext": False, "k": b64url(rbytes(rng, 32)), "key_ops": ["decrypt", "encrypt"],
                     "kty": "oct", "kid": "mp"},
             "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rstr(rng, UALNUM, 6), rstr(rng, UALNUM, 6), rstr(rng, UALNUM, 5),
                                                    rstr(rng, UALNUM, 5), rstr(rng, UALNUM, 5), rstr(rng, UALNUM, 5)),
             "throttleSecret": {"seed": rstr(rng, HEXL, 64), "deviceUuid": rstr(rng, LALNUM, 26)},
             "deviceUuid": rstr(rng, LALNUM, 26)}
        return "ops_" + b64std(json.dumps(j, separators=(",", ":")).encode())
    raise ValueError(name)


def frame_ok(name, v):
    import base64
    try:
        if name == "owner":
            return bool(PW_LOOSE_RE.match(v))
        if name == "apple_p8":
            assert v.startswith("-----BEGIN PRIVATE KEY-----\\n") and v.endswith("\\n-----END PRIVATE KEY-----")
            body = v[len("-----BEGIN PRIVATE KEY-----\\n"):-len("\\n-----END PRIVATE KEY-----")]
            return p256_pkcs8_check(base64.b64decode(body.replace("\\n", ""), validate=True))
        if name == "intercom":
            s = base64.b64decode(v, validate=True).decode()
            return len(v) == 60 and re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", s) is not None
        if name == "cf_tunnel":
            j = json.loads(base64.b64decode(v, validate=True))
            return (sorted(j) == ["a", "s", "t"] and re.fullmatch("[0-9a-f]{32}", j["a"]) is not None
                    and len(base64.b64decode(j["s"])) == 32)
        if name == "ha_jwt":
            h, p, s = v.split(".")
            return jwt_frame_ok(v) and json.loads(b64url_dec(h))["alg"] == "HS256" and \
                sorted(json.loads(b64url_dec(p))) == ["exp", "iat", "iss"]
        if name == "op_sa":
            assert v.startswith("ops_eyJ")
            j = json.loads(base64.b64decode(v[4:], validate=True))
            return {"signInAddress", "userAuth", "email", "srpX", "muk", "secretKey"} <= set(j)
    except Exception:
        return False
    return False


def value_ok(spec, v):
    if len(spec) == 1 and spec[0][0] == "F":
        return frame_ok(spec[0][1], v)
    rx = spec_regex(spec)
    return bool(rx and rx.match(v))


# ------------------------------------------------------------------ neighbours
def gen_neighbour(nspec, rng):
    if isinstance(nspec, str):
        kind, arg = nspec.split(":", 1)
        if kind == "email":
            first = rng.choice(PEOPLE).split()[0].lower().replace("-", "")
            dom = {"sedgwick": H["bridlecombe"], "laser": H["curriers"], "embroidery": H["bridlecombe"],
                   "bot": H["latigo"], "support": H["latigo"]}[arg]
            return "%s.%s@%s" % (arg, first, dom)
        if kind == "ip":
            return "%s.%d" % (arg, rng.randrange(2, 250))
        if kind == "url":
            return "https://%s.%s:8043" % (arg, H["harrowgate"])
    return gen_spec(nspec, rng, {})


# ------------------------------------------------------------------ styles
STYLES = {
    # name: (case, family, description, bad characters, template)
}


def _style(name, case, fams, desc, bad):
    def deco(fn):
        STYLES[name] = (case, fams, desc, bad, fn)
        return fn
    return deco


@_style("ops_aws_ssm_put_parameter_capture", "kebab", ["server"], "terminal capture of `aws ssm put-parameter --type String` (not SecureString)", "'")
def s_ssm(K, NK, nb, r):
    pre = ""
    if nb:
        pre = ("$ aws ssm put-parameter --name /bridlecombe/prod/%s --type String --value '%s' --overwrite\n"
               "{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (NK, nb, r.randrange(1, 5)))
    return pre + ("$ aws ssm put-parameter --name /bridlecombe/prod/%s --type String --value '%s' --overwrite\n"
                  "{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (K, MARK, r.randrange(1, 9)))


@_style("ops_fly_secrets_set_capture", "upper", ["server"], "terminal capture of `fly secrets set`", "' ")
def s_fly(K, NK, nb, r):
    extra = (" %s=%s" % (NK, nb)) if nb else ""
    return ("$ fly secrets set %s=%s%s -a bridlecombe-shop\nUpdating existing machines in 'bridlecombe-shop' with rolling strategy\n"
            "-------\n ✔ [1/2] Machine %s [app] update succeeded\n ✔ [2/2] Machine %s [app] update succeeded\n-------\n"
            % (K, MARK, extra, rstr(r, HEXL, 14), rstr(r, HEXL, 14)))


@_style("ops_netlify_env_set_capture", "upper", ["server"], "terminal capture of `netlify env:set`", "' ")
def s_netlify(K, NK, nb, r):
    pre = ("$ netlify env:set %s %s --context production\nSet environment variable %s in the production context\n"
           % (NK, nb, NK)) if nb else ""
    return pre + ("$ netlify env:set %s %s --context production\nSet environment variable %s in the production context\n"
                  % (K, MARK, K))


@_style("ops_firebase_functions_config_set", "namespaced", ["server"], "terminal capture of `firebase functions:config:set`", '"\\$` ')
def s_firebase(K, NK, nb, r):
    extra = (' %s="%s"' % (NK, nb)) if nb else ""
    return ('$ firebase functions:config:set %s="%s"%s\n✔  Functions config updated.\n\n'
            "Please deploy your functions for the change to take effect by running firebase deploy --only functions\n"
            % (K, MARK, extra))


@_style("ops_eb_setenv_capture", "upper", ["server"], "terminal capture of `eb setenv` (Elastic Beanstalk)", "' ")
def s_eb(K, NK, nb, r):
    extra = (" %s=%s" % (NK, nb)) if nb else ""
    day = "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))
    h, m = r.randrange(8, 18), r.randrange(0, 50)
    return ("$ eb setenv %s=%s%s\n%s %02d:%02d    INFO    Environment update is starting.\n"
            "%s %02d:%02d    INFO    Environment update completed successfully.\n"
            % (K, MARK, extra, day, h, m, day, h, m + r.randrange(1, 9)))


@_style("ops_az_webapp_appsettings_set_capture", "upper", ["server"], "terminal capture of `az webapp config appsettings set`", "' ")
def s_az(K, NK, nb, r):
    extra = (" %s=%s" % (NK, nb)) if nb else ""
    return ("$ az webapp config appsettings set -g rg-fitting -n fitting-api-prod --settings %s=%s%s --output none\n$ \n"
            % (K, MARK, extra))


@_style("ops_gcloud_run_deploy_env_capture", "upper", ["server"], "terminal capture of `gcloud run deploy --set-env-vars`", "', ")
def s_gcr(K, NK, nb, r):
    extra = (",%s=%s" % (NK, nb)) if nb else ""
    return ("$ gcloud run deploy stock-sync --image europe-west2-docker.pkg.dev/latigo/apps/stock-sync:1.%d "
            "--region europe-west2 --set-env-vars %s=%s%s\nDeploying container to Cloud Run service [stock-sync]...\n"
            "Done.\nService URL: https://stock-sync-%s-nw.a.run.app\n" % (r.randrange(2, 9), K, MARK, extra,
                                                                        rstr(r, LALNUM, 10)))


@_style("ops_chamber_write_capture", "snake", ["server"], "terminal capture of `chamber write` / `chamber list`", "' ")
def s_chamber(K, NK, nb, r):
    pre = ("$ chamber write fitting-api %s '%s'\n" % (NK, nb)) if nb else ""
    return pre + ("$ chamber write fitting-api %s '%s'\n$ chamber list fitting-api\nKey                 Version  LastModified\n"
                  "%s  %d        2024-%02d-%02d\n" % (K, MARK, K, r.randrange(1, 5), r.randrange(1, 13), r.randrange(1, 29)))


@_style("ops_kubernetes_stringdata_yaml", "kebab", ["server"], "Kubernetes Secret manifest with stringData committed to the repo", '"\\')
def s_k8s(K, NK, nb, r):
    extra = ('  %s: "%s"\n' % (NK, nb)) if nb else ""
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: stock-sync\n  namespace: shop\ntype: Opaque\nstringData:\n"
            '%s  %s: "%s"\n' % (extra, K, MARK))


@_style("ops_render_blueprint_yaml", "upper", ["server"], "render.yaml blueprint envVars", '"\\')
def s_render(K, NK, nb, r):
    extra = ('      - key: %s\n        value: "%s"\n' % (NK, nb)) if nb else ""
    return ("services:\n  - type: web\n    name: bridlecombe-shop\n    runtime: php\n    envVars:\n"
            '      - key: APP_ENV\n        value: production\n%s      - key: %s\n        value: "%s"\n' % (extra, K, MARK))


@_style("ops_dokku_config_set_capture", "upper", ["server"], "terminal capture of `dokku config:set`", "' ")
def s_dokku(K, NK, nb, r):
    extra = (" %s=%s" % (NK, nb)) if nb else ""
    return ("$ dokku config:set --no-restart fitsync %s=%s%s\n-----> Setting config vars\n       %s:  (hidden)\n"
            % (K, MARK, extra, K))


@_style("ops_fish_history_exports", "upper", ["server", "dev"], "~/.local/share/fish/fish_history with set -gx lines", "' \\")
def s_fishhist(K, NK, nb, r):
    t = 1714000000 + r.randrange(30000000)
    pre = ("- cmd: set -gx %s '%s'\n  when: %d\n" % (NK, nb, t - 40)) if nb else ""
    return ("- cmd: cd ~/src/stock-sync\n  when: %d\n%s- cmd: set -gx %s '%s'\n  when: %d\n- cmd: go run ./cmd/sync --once\n  when: %d\n"
            % (t - 90, pre, K, MARK, t, t + 12))


@_style("dev_phpunit_xml_env", "upper", ["dev"], "phpunit.xml <php><env> entries of the web shop", '"&<>')
def s_phpunit(K, NK, nb, r):
    extra = ('        <env name="%s" value="%s" force="true"/>\n' % (NK, nb)) if nb else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php" colors="true">\n    <php>\n'
            '        <env name="APP_ENV" value="testing"/>\n%s        <env name="%s" value="%s" force="true"/>\n    </php>\n</phpunit>\n'
            % (extra, K, MARK))


@_style("dev_jest_setup_env_js", "upper", ["dev"], "jest.setup.js defaults for process.env", "'\\")
def s_jest(K, NK, nb, r):
    extra = ("process.env.%s ??= '%s';\n" % (NK, nb)) if nb else ""
    return ("// jest.setup.js\nprocess.env.TZ = 'Europe/London';\n%sprocess.env.%s ??= '%s';\n" % (extra, K, MARK))


@_style("dev_bruno_environment_bru", "camel", ["dev"], "Bruno collection environment file (environments/prod.bru)", "\n")
def s_bruno(K, NK, nb, r):
    extra = ("  %s: %s\n" % (NK, nb)) if nb else ""
    return "vars {\n  baseUrl: https://api.%s\n%s  %s: %s\n}\n" % (H["latigo"], extra, K, MARK)


@_style("office_keepass_xml_export", "title", ["owner"], "KeePass 2 XML export (unencrypted) of the office database", "&<>")
def s_keepass(K, NK, nb, r):
    return ("<KeePassFile>\n <Root>\n  <Group>\n   <Name>Suppliers</Name>\n   <Entry>\n    <UUID>%s</UUID>\n"
            "    <String><Key>Title</Key><Value>%s</Value></String>\n"
            "    <String><Key>UserName</Key><Value>%s</Value></String>\n"
            "    <String><Key>Password</Key><Value>%s</Value></String>\n"
            "    <String><Key>Notes</Key><Value>shared with the shop managers</Value></String>\n   </Entry>\n  </Group>\n </Root>\n</KeePassFile>\n"
            % (b64std(rbytes(r, 16)), K, nb or "api", MARK))


@_style("office_lastpass_csv_export", "title", ["owner"], "LastPass CSV export", ",\"")
def s_lastpass(K, NK, nb, r):
    return ("url,username,password,totp,extra,name,grouping,fav\n,%s,%s,,,%s,Shop,0\n" % (nb or "api", MARK, K))


@_style("shop_whatsapp_message", "spaced", ["owner", "chat"], "WhatsApp message between shop staff (export line)", "")
def s_whatsapp(K, NK, nb, r):
    a = r.choice(PEOPLE)
    d = "%02d/%02d/2024, %02d:%02d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(8, 18), r.randrange(60))
    line2 = ("%s is %s and the %s is %s" % (NK, nb, K, MARK)) if nb else ("the %s is %s" % (K, MARK))
    return "[%s] %s: for the spreadsheet - %s, don't forward pls\n" % (d, a, line2)


@_style("office_slack_dm_export", "spaced", ["owner", "chat"], "Slack DM export (JSON)", '"\\')
def s_slackdm(K, NK, nb, r):
    txt = ("%s: %s / %s: %s" % (NK, nb, K, MARK)) if nb else ("%s: %s" % (K, MARK))
    d = [{"type": "message", "user": "U0" + rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8),
          "text": "here you go (delete after) %s" % txt, "ts": "%d.%06d" % (1714000000 + r.randrange(30000000), r.randrange(10 ** 6))}]
    return json.dumps(d, indent=2, ensure_ascii=False)


@_style("office_mbox_email", "spaced", ["owner", "chat"], "e-mail saved in an mbox file", "")
def s_mbox(K, NK, nb, r):
    a, b = r.sample(PEOPLE, 2)
    body = ("%s: %s\n%s: %s\n" % (NK, nb, K, MARK)) if nb else ("%s: %s\n" % (K, MARK))
    return ("From %s@%s Tue Mar %2d 09:%02d:11 2024\nFrom: %s <%s@%s>\nTo: %s <%s@%s>\nSubject: logins for the handover\n\n"
            "Hi %s,\n\nas discussed on the phone:\n\n%s\nPlease change it once you're in.\n%s\n"
            % (a.split()[0].lower(), H["bridlecombe"], r.randrange(1, 28), r.randrange(60), a, a.split()[0].lower(),
               H["bridlecombe"], b, b.split()[0].lower(), H["latigo"], b.split()[0], body, a.split()[0]))


@_style("iot_node_red_flows_cred_decrypted", "camel", ["iot"], "Node-RED flows_cred.json after decryption with the credential secret", '"\\')
def s_nodered(K, NK, nb, r):
    inner = {K: MARK}
    if nb:
        inner = {NK: nb, K: MARK}
    d = {rstr(r, HEXL, 16): inner}
    return json.dumps(d, indent=4, ensure_ascii=False)


@_style("fitting_app_fastlane_api_key_json", "snake", ["mobile"], "App Store Connect API key JSON read by fastlane (api_key_path)", '"')
def s_fastlane(K, NK, nb, r):
    if K.endswith("private_key"):
        return ('{\n  "key_id": "%s",\n  "issuer_id": "%s",\n  "key": "%s",\n  "in_house": false\n}\n'
                % (nb, uuid4(r), MARK))
    return '{\n  "key_id": "%s",\n  "%s": "%s"\n}\n' % (rstr(r, UALNUM, 10), K, MARK)


@_style("ops_cloudflared_service_install_capture", "spaced", ["tunnel"], "terminal capture of `cloudflared service install <token>`", "' ")
def s_cloudflared(K, NK, nb, r):
    day = "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))
    m = r.randrange(0, 58)
    return ("# %s for the yard gateway (from the dashboard)\n$ sudo cloudflared service install %s\n"
            "%sT10:%02d:03Z INF Using Systemd\n%sT10:%02d:05Z INF Linux service for cloudflared installed successfully\n"
            % (K, MARK, day, m, day, m + 1))


def case_key(words_name, case):
    if case == "namespaced":
        w = words_name.split("_")
        return w[0] + "." + "_".join(w[1:])
    return style_key(words_name, case)


def generate(rng_val, rng_style, reg, ctx):
    use = {s: 0 for s in STYLES}
    order = list(STYLES)
    rng_style.shuffle(order)
    recs = []
    for tname, group, spec, source, nlabel, nspec, fams in VENDORS:
        cands = [s for s in order if set(STYLES[s][1]) & set(fams)]
        cands.sort(key=lambda s: use[s])
        sname = cands[0]
        use[sname] += 1
        case, _, _, bad, fn = STYLES[sname]
        K = case_key(tname, case)
        v = draw(rng_val, reg, lambda r: gen_spec(spec, r, ctx), bad=bad)
        nb, NK = None, None
        if nspec is not None:
            if isinstance(nspec, list) and any(p[0] in ("C", "U", "UU") for p in nspec):
                nb = draw(rng_val, reg, lambda r: gen_neighbour(nspec, r), bad=bad)
            else:
                nb = gen_neighbour(nspec, rng_val)
            NK = case_key(nlabel.replace(" ", "_"), case)
        text = fn(K, NK, nb, rng_val)
        assert text.count(MARK) == 1, (tname, sname)
        start = text.index(MARK)
        text = text.replace(MARK, v)
        recs.append({"type": tname, "container": "%s__%s" % (tname, sname), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                     "source": "vendor", "_style": sname})
    return recs


# where a "read" shape was read this session (rule ids; nothing copied, every value generated)
READ_FROM = {
    "shopify_admin_api_access_token": "gitleaks `shopify-access-token`, Kingfisher shopify",
    "shopify_app_api_secret_key": "gitleaks `shopify-shared-secret`",
    "gocardless_live_access_token": "gitleaks `gocardless-api-token`",
    "wise_business_api_token": "Kingfisher transferwise (UUID)",
    "squarespace_commerce_api_key": "gitleaks `squarespace-access-token` (UUID)",
    "klaviyo_private_api_key": "Kingfisher klaviyo",
    "mailchimp_marketing_api_key": "gitleaks `mailchimp-api-key`",
    "brevo_api_key": "gitleaks `sendinblue-api-token`",
    "omnisend_api_key": "Kingfisher omnisend (75 characters; the 24 + 50 split is mine)",
    "messagebird_live_access_key": "gitleaks `messagebird-api-token`",
    "telegram_bot_token": "gitleaks `telegram-bot-api-token`, Kingfisher telegrambottoken (10 digits and `AA` mine)",
    "slack_bot_token": "gitleaks `slack-bot-token` (part lengths mine)",
    "slack_incoming_webhook_url": "gitleaks `slack-webhook-url` (T/B part lengths mine)",
    "zapier_catch_hook_url": "Kingfisher zapierwebhook (16 characters after /catch/; the 8 + 7 split is mine)",
    "mattermost_personal_access_token": "gitleaks `mattermost-access-token`",
    "openai_project_api_key": "gitleaks `openai-api-key`",
    "anthropic_api_key": "gitleaks `anthropic-api-key`",
    "groq_api_key": "Kingfisher groq",
    "perplexity_api_key": "gitleaks `perplexity-api-key`",
    "huggingface_user_access_token": "gitleaks `huggingface-access-token`",
    "replicate_api_token": "Kingfisher replicate",
    "github_fine_grained_personal_access_token": "gitleaks `github-fine-grained-pat` (82 word characters; the `11` + 20 + `_` + 59 split believed)",
    "gitlab_personal_access_token": "gitleaks `gitlab-pat`",
    "npm_automation_access_token": "gitleaks `npm-access-token`",
    "rubygems_api_key": "gitleaks `rubygems-api-token`",
    "sentry_user_auth_token": "gitleaks `sentry-user-token`",
    "heroku_platform_api_key": "gitleaks `heroku-api-key-v2`",
    "digitalocean_personal_access_token": "gitleaks `digitalocean-pat`",
    "scaleway_secret_key": "Kingfisher scalewaykey (UUID); the `SCW` access key believed",
    "algolia_admin_api_key": "gitleaks `algolia-api-key` (32 of a-z0-9; hex mine)",
    "airtable_personal_access_token": "gitleaks `airtable-personnal-access-token`, Kingfisher airtable",
    "notion_internal_integration_secret": "gitleaks `notion-api-token`",
    "pulumi_access_token": "gitleaks `pulumi-api-token`",
    "snyk_api_token": "gitleaks `snyk-api-token` (UUID)",
    "onesignal_rest_api_key": "Kingfisher onesignal (UUID)",
    "fastly_api_token": "gitleaks `fastly-api-token`",
    "mailgun_private_api_key": "gitleaks `mailgun-private-api-token`",
    "storyblok_preview_access_token": "Kingfisher storyblok (22 + `tt`)",
    "uptimerobot_main_api_key": "Kingfisher uptimerobot (9 + `-` + 24; `ur` + digits and hex mine)",
    "pagerduty_rest_api_key": "Kingfisher pagerdutyapikey",
    "truenas_api_key": "Kingfisher truenas",
    "planetscale_database_password": "gitleaks `planetscale-password`",
    "zerotier_central_api_token": "Kingfisher zerotier",
    "onepassword_service_account_token": "gitleaks `1password-service-account-token` (prefix and Base64 JSON; the JSON keys believed)",
}
