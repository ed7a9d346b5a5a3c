"""Vendor source: 120 vendor credential types used by piano / organ / repair developers."""
import base64
import json
import random
import re

import common228 as C

AL = {"alnum": C.ALNUM, "lalnum": C.LOWER_ALNUM, "ualnum": C.UPPER_ALNUM, "hex": C.HEX,
      "uhex": C.HEX.upper(), "b64u": C.B64URL, "digits": C.DIGITS, "lower": C.LOWER,
      "letters": C.LOWER + C.UPPER, "b64": C.B64STD}
AL_RE = {"alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]", "ualnum": "[A-Z0-9]", "hex": "[0-9a-f]",
         "uhex": "[0-9A-F]", "b64u": "[A-Za-z0-9_-]", "digits": "[0-9]", "lower": "[a-z]",
         "letters": "[A-Za-z]", "b64": "[A-Za-z0-9+/]"}
AL_WORD = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
           "hex": "lower-case hex", "uhex": "upper-case hex", "b64u": "base64url", "digits": "digits",
           "lower": "lower-case letters", "letters": "letters", "b64": "standard Base64 characters"}


def spec_gen(spec):
    def g(rng):
        return "".join(p if isinstance(p, str) else C.rs(rng, AL[p[0]], p[1]) for p in spec)
    return g


def spec_re(spec):
    return "^" + "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (AL_RE[p[0]], p[1]) for p in spec) + "$"


def spec_words(spec):
    out = []
    for p in spec:
        out.append("`%s`" % p if isinstance(p, str) else "%d %s" % (p[1], AL_WORD[p[0]]))
    return " + ".join(out)


# ---------------------------------------------------------------- structured generators
UUID4_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def g_uuid(rng):
    return C.uuid4(rng)


def g_intercom(rng):
    return base64.b64encode(("tok:" + C.uuid4(rng) + ":1:0").encode()).decode()


def chk_intercom(v):
    raw = base64.b64decode(v).decode()
    return re.fullmatch("tok:" + UUID4_RE + ":1:0", raw) is not None


def g_jfrog(rng):
    while True:
        raw = "reftkn:01:" + C.rs(rng, C.DIGITS, 10) + ":" + C.rs(rng, C.ALNUM, 27)
        v = base64.b64encode(raw.encode()).decode()
        if re.fullmatch(r"cmVmd[A-Za-z0-9]{59}", v):
            return v


def chk_jfrog(v):
    return re.fullmatch(r"reftkn:01:[0-9]{10}:[A-Za-z0-9]{27}", base64.b64decode(v).decode()) is not None


def g_ops(rng):
    body = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
            "iterations": 650000, "salt": C.b64url_nopad(C.rbytes(rng, 16))}, "email": C.rs(rng, C.LOWER, 26) + "@1passwordserviceaccounts.eu",
            "srpX": C.rbytes(rng, 32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": C.b64url_nopad(C.rbytes(rng, 32)),
            "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "deviceUuid": C.rs(rng, C.LOWER_ALNUM, 26)}
    while True:
        v = "ops_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
        if "+" not in v and "/" not in v:
            return v
        body["deviceUuid"] = C.rs(rng, C.LOWER_ALNUM, 26)


def chk_ops(v):
    return v.startswith("ops_eyJ") and isinstance(json.loads(base64.b64decode(v[4:])), dict)


def g_discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return C.b64url_nopad(uid.encode()) + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 38)


def chk_discord_bot(v):
    a = v.split(".")
    return len(a) == 3 and re.fullmatch(r"[0-9]{18}", C.b64url_decode(a[0]).decode()) is not None and len(a[1]) == 6 and len(a[2]) == 38


def g_azure_storage(rng):
    return base64.b64encode(C.rbytes(rng, 64)).decode()


def chk_azure_storage(v):
    return len(v) == 88 and len(base64.b64decode(v)) == 64


def g_fly(rng):
    return "fm2_" + base64.b64encode(C.rbytes(rng, 120)).decode()


def chk_fly(v):
    return v.startswith("fm2_") and len(base64.b64decode(v[4:])) == 120


def g_front_jwt(rng):
    return C.jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"scopes": ["shared:*", "private:*"], "iat": 1750000000 + rng.randint(0, 9000000),
                 "iss": "front", "sub": C.rs(rng, C.HEX, 20), "jti": C.rs(rng, C.HEX, 16)})


def chk_jwt(v):
    return C.check_jwt(v) is None


def g_github_fg(rng):
    return "github_pat_11" + C.rs(rng, C.UPPER_ALNUM, 20) + "_" + C.rs(rng, C.ALNUM, 59)


def g_hubspot(rng):
    return "pat-eu1-" + C.uuid4(rng)


def g_langsmith(rng):
    return "lsv2_pt_" + C.rs(rng, C.HEX, 32) + "_" + C.rs(rng, C.HEX, 10)


def g_ses(rng):
    return "B" + C.rs(rng, C.B64STD, 43)


def g_infisical(rng):
    return "st." + C.uuid4(rng) + "." + C.rs(rng, C.HEX, 32) + "." + C.rs(rng, C.HEX, 32)


def g_bws(rng):
    return "0." + C.uuid4(rng) + "." + C.rs(rng, C.ALNUM, 30) + ":" + base64.b64encode(C.rbytes(rng, 16)).decode()


def chk_bws(v):
    return len(base64.b64decode(v.rsplit(":", 1)[1])) == 16


def g_scaleway(rng):
    return C.uuid4(rng)


def g_ebay(rng):
    return "PRD-" + C.rs(rng, C.HEX, 12) + "-" + "-".join(C.rs(rng, C.HEX, 4) for _ in range(4))


# ---------------------------------------------------------------- neighbours (public halves)
def nb_digits(n):
    return lambda rng: C.rs(rng, C.DIGITS, n)


def nb_email(rng):
    return rng.choice(["tom", "priya", "gwen", "martin", "jo"]) + "@" + rng.choice(["brambleypianos.example", "stcuthbert-organ.example", "fretandbow.example"])


def nb_user(rng):
    return rng.choice(["bramley-tuning", "stcuthbert_organs", "fretandbow", "tomashdown", "pianoworks-uk"])


def nb(fn):
    return fn


# name, category, generator-or-spec, regex (None: from spec), struct check, neighbour label, neighbour generator, note
V = []


def add(name, cat, spec, nlabel=None, ngen=None, note="", regex=None, check=None, shape=None):
    if isinstance(spec, list):
        gen, rx, shp = spec_gen(spec), spec_re(spec), spec_words(spec)
    else:
        gen, rx, shp = spec, regex, shape
    V.append(dict(name=name, cat=cat, gen=gen, regex=rx, check=check, nlabel=nlabel, ngen=ngen, note=note, shape=shp))


PW_RX = C.PW_WIDE.pattern
# --- world: owner-chosen passwords
add("ptg_member_portal_password", "pw", "pw", "ptg member number", nb_digits(6), "Piano Technicians Guild member portal", regex=PW_RX, shape="owner-chosen password")
add("npor_surveyor_login_password", "pw", "pw", "npor surveyor email", nb_email, "National Pipe Organ Register surveyor login", regex=PW_RX, shape="owner-chosen password")
add("ibo_member_area_password", "pw", "pw", "ibo member id", nb_digits(4), "Institute of British Organ Building member area", regex=PW_RX, shape="owner-chosen password")
add("ilok_license_account_password", "pw", "pw", "ilok user id", nb_user, "PACE iLok account holding sample-library / virtual-organ licences", regex=PW_RX, shape="owner-chosen password")
add("cybertuner_account_password", "pw", "pw", "rct registered email", nb_email, "Reyburn CyberTuner account", regex=PW_RX, shape="owner-chosen password")
add("pianoteq_modartt_account_password", "pw", "pw", "modartt username", nb_user, "Modartt (Pianoteq) customer account", regex=PW_RX, shape="owner-chosen password")
# --- world: guessed keys
add("gazelle_piano_service_api_key", "guessed", [("alnum", 40)], note="Gazelle piano-service business platform")
add("reverb_marketplace_api_token", "guessed", [("hex", 64)], note="Reverb.com instrument marketplace personal token")
add("tunelab_pro_license_code", "guessed", [("ualnum", 4), "-", ("ualnum", 4), "-", ("ualnum", 4), "-", ("ualnum", 4)], "tunelab registered name", nb_user, "TuneLab tuning software licence")
add("etsy_api_keystring", "read", [("lalnum", 24)], note="Etsy Open API v3 keystring (parts sellers)")
add("ebay_production_cert_id", "believed", g_ebay, "ebay app id", lambda rng: "BrambleyP-PartsSyn-PRD-" + C.rs(rng, C.HEX, 9) + "-" + C.rs(rng, C.HEX, 8), regex=r"^PRD-[0-9a-f]{12}(-[0-9a-f]{4}){4}$", shape="`PRD-` + 12 lower-case hex + four groups of `-` + 4 lower-case hex")
add("sumup_secret_api_key", "guessed", ["sup_sk_", ("alnum", 32)], note="SumUp card readers used by mobile tuners")
add("acuity_scheduling_api_key", "guessed", [("hex", 32)], "acuity user id", nb_digits(8))
add("cal_com_api_key", "guessed", ["cal_live_", ("hex", 32)])
add("xero_oauth_client_secret", "guessed", [("b64u", 48)], "xero client id", lambda rng: C.rs(rng, C.HEX.upper(), 32))
add("quickbooks_online_client_secret", "guessed", [("alnum", 40)], "intuit client id", lambda rng: "AB" + C.rs(rng, C.ALNUM, 48))
add("royal_mail_click_drop_api_key", "guessed", g_uuid, regex="^" + UUID4_RE + "$", shape="UUIDv4")
add("sendcloud_api_secret", "guessed", [("hex", 32)], "sendcloud public key", lambda rng: C.rs(rng, C.HEX, 32))
add("shipstation_api_secret", "guessed", [("hex", 32)], "shipstation api key", lambda rng: C.rs(rng, C.HEX, 32))
add("openweathermap_api_key", "believed", [("hex", 32)], note="workshop humidity / weather alerts for piano climate control")
# --- commerce
add("stripe_live_secret_key", "read", ["sk_live_51", ("alnum", 97)])
add("adyen_checkout_api_key", "guessed", ["AQE", ("b64u", 60), "-", ("b64u", 43), "-", ("b64u", 8)])
add("braintree_private_key", "believed", [("hex", 32)], "braintree merchant id", lambda rng: C.rs(rng, C.LOWER_ALNUM, 16))
add("gocardless_live_access_token", "read", ["live_", ("b64u", 40)])
add("shopify_admin_access_token", "read", ["shpat_", ("hex", 32)], "shopify shop domain", lambda rng: "bramley-piano-parts.myshopify.com")
add("bigcommerce_api_access_token", "guessed", [("lalnum", 31)], "bigcommerce store hash", lambda rng: C.rs(rng, C.LOWER_ALNUM, 10))
add("mollie_organization_access_token", "believed", ["access_", ("alnum", 40)])
add("square_oauth_application_secret", "believed", ["sq0csp-", ("b64u", 43)], "square application id", lambda rng: "sq0idp-" + C.rs(rng, C.B64URL, 22))
add("chargebee_live_api_key", "guessed", ["live_", ("alnum", 34)], "chargebee site", lambda rng: "bramley-tuning")
add("sage_accounting_client_secret", "guessed", [("b64u", 40)], "sage client id", lambda rng: C.rs(rng, C.HEX, 32) + "/" + C.uuid4(rng))
add("invoice_ninja_api_token", "guessed", [("alnum", 64)])
# --- messaging
add("twilio_account_auth_token", "believed", [("hex", 32)], "twilio account sid", lambda rng: "AC" + C.rs(rng, C.HEX, 32))
add("telegram_bot_token", "read", [("digits", 10), ":AA", ("b64u", 33)])
add("slack_bot_user_token", "read", ["xoxb-", ("digits", 13), "-", ("digits", 13), "-", ("alnum", 24)])
add("slack_incoming_webhook_url", "read", ["https://hooks.slack.com/services/T", ("ualnum", 10), "/B", ("ualnum", 10), "/", ("alnum", 24)])
add("mailchimp_marketing_api_key", "read", [("hex", 32), "-us", ("digits", 2)])
add("brevo_api_key", "read", ["xkeysib-", ("hex", 64), "-", ("alnum", 16)])
add("mailgun_private_api_key", "read", ["key-", ("hex", 32)])
add("messagebird_live_access_key", "read", [("alnum", 25)])
add("telnyx_api_key", "guessed", ["KEY", ("uhex", 32), "_", ("alnum", 22)])
add("pushover_application_token", "believed", ["a", ("lalnum", 29)], "pushover user key", lambda rng: "u" + C.rs(rng, C.LOWER_ALNUM, 29))
add("pushbullet_access_token", "believed", ["o.", ("alnum", 32)])
add("zoom_s2s_oauth_client_secret", "guessed", [("alnum", 32)], "zoom client id", lambda rng: C.rs(rng, C.ALNUM, 22))
add("intercom_access_token", "read", g_intercom, regex=r"^dG9rOj[A-Za-z0-9+/]+=*$", check=chk_intercom, shape="standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters)")
add("zendesk_api_token", "read", [("alnum", 40)], "zendesk agent email", nb_email)
add("freshdesk_api_key", "guessed", [("alnum", 20)])
add("front_api_token", "guessed", g_front_jwt, regex=r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$", check=chk_jwt, shape="real HS256 JWT (base64url JSON)")
add("mattermost_personal_access_token", "read", [("lalnum", 26)])
add("line_messaging_channel_secret", "believed", [("hex", 32)], "line channel id", nb_digits(10))
add("facebook_app_secret", "read", [("hex", 32)], "facebook app id", nb_digits(15))
add("google_geocoding_server_api_key", "read", ["AIza", ("b64u", 35)], note="server-side geocoding of tuning rounds (IP-restricted)")
add("discord_bot_token", "believed", g_discord_bot, regex=r"^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$", check=chk_discord_bot, shape="base64url of an 18-digit bot user id + `.` + 6 base64url + `.` + 38 base64url")
add("aws_ses_smtp_credential", "guessed", g_ses, "ses smtp username", lambda rng: "AKIA" + C.rs(rng, C.UPPER_ALNUM, 16), regex=r"^B[A-Za-z0-9+/]{43}$", shape="`B` + 43 standard Base64 characters")
# --- AI
add("openai_project_api_key", "read", ["sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)])
add("anthropic_api03_key", "read", ["sk-ant-api03-", ("b64u", 93), "AA"])
add("gemini_developer_api_key", "read", ["AIza", ("b64u", 35)])
add("groq_cloud_api_key", "believed", ["gsk_", ("alnum", 52)])
add("perplexity_api_key", "read", ["pplx-", ("alnum", 48)])
add("replicate_api_token", "believed", ["r8_", ("alnum", 37)])
add("huggingface_user_access_token", "read", ["hf_", ("letters", 34)])
add("together_ai_api_key", "believed", [("hex", 64)])
add("fireworks_ai_api_key", "guessed", ["fw_", ("alnum", 24)])
add("pinecone_api_key", "guessed", ["pcsk_", ("alnum", 5), "_", ("alnum", 63)])
add("voyage_ai_api_key", "guessed", ["pa-", ("b64u", 43)])
add("langsmith_personal_api_key", "believed", g_langsmith, regex=r"^lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}$", shape="`lsv2_pt_` + 32 lower-case hex + `_` + 10 lower-case hex")
add("tavily_search_api_key", "believed", ["tvly-", ("alnum", 32)])
add("firecrawl_api_key", "believed", ["fc-", ("hex", 32)])
add("jina_ai_api_key", "guessed", ["jina_", ("alnum", 60)])
add("speechmatics_api_key", "guessed", [("alnum", 32)])
add("stability_ai_api_key", "believed", ["sk-", ("alnum", 48)])
add("brave_search_api_key", "guessed", ["BSA", ("alnum", 28)])
add("gladia_api_key", "guessed", g_uuid, regex="^" + UUID4_RE + "$", shape="UUIDv4")
# --- developer
add("github_fine_grained_pat", "read", g_github_fg, regex=r"^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$", shape="`github_pat_11` + 20 upper-case alphanumerics + `_` + 59 alphanumerics")
add("github_classic_pat", "read", ["ghp_", ("alnum", 36)])
add("github_oauth_access_token", "read", ["gho_", ("alnum", 36)])
add("gitlab_personal_access_token", "read", ["glpat-", ("b64u", 20)])
add("gitlab_deploy_token", "read", ["gldt-", ("b64u", 20)], "deploy token username", lambda rng: "gitlab+deploy-token-" + C.rs(rng, C.DIGITS, 6))
add("npm_automation_token", "read", ["npm_", ("alnum", 36)])
add("bitbucket_app_password", "believed", ["ATBB", ("alnum", 32), ("uhex", 8)], "bitbucket username", nb_user)
add("sonarqube_user_token", "read", ["squ_", ("hex", 40)])
add("snyk_api_token", "read", g_uuid, regex="^" + UUID4_RE + "$", shape="UUIDv4")
add("codecov_upload_token", "believed", g_uuid, regex="^" + UUID4_RE + "$", shape="UUIDv4")
add("circleci_personal_api_token", "believed", ["CCIPAT_", ("alnum", 22), "_", ("hex", 40)])
add("buildkite_user_api_token", "believed", ["bkua_", ("hex", 40)])
add("jfrog_reference_token", "read", g_jfrog, regex=r"^cmVmd[A-Za-z0-9]{59}$", check=chk_jfrog, shape="standard Base64 of `reftkn:01:` + 10 digits + `:` + 27 alphanumerics (64 characters, `cmVmd` …)")
add("vercel_access_token", "believed", [("alnum", 24)])
add("render_api_key", "believed", ["rnd_", ("alnum", 32)])
add("fly_io_deploy_token", "read", g_fly, regex=r"^fm2_[A-Za-z0-9+/]{160}$", check=chk_fly, shape="`fm2_` + standard Base64 of 120 random bytes")
add("heroku_platform_api_key", "read", ["HRKU-AA", ("b64u", 58)])
add("digitalocean_personal_access_token", "read", ["dop_v1_", ("hex", 64)])
add("hetzner_cloud_api_token", "believed", [("alnum", 64)])
add("linode_personal_access_token", "believed", [("hex", 64)])
add("scaleway_secret_key", "believed", g_scaleway, "scaleway access key", lambda rng: "SCW" + C.rs(rng, C.UPPER_ALNUM, 17), regex="^" + UUID4_RE + "$", shape="UUIDv4")
add("cloudflare_api_token", "read", [("b64u", 40)])
add("aws_secret_access_key", "believed", [("b64", 40)], "aws access key id", lambda rng: "AKIA" + C.rs(rng, C.UPPER_ALNUM, 16))
add("azure_storage_account_key", "believed", g_azure_storage, "azure storage account name", lambda rng: "bramleypianosdata", regex=r"^[A-Za-z0-9+/]{86}==$", check=chk_azure_storage, shape="standard Base64 of 64 random bytes (88 characters)")
add("mongodb_atlas_private_api_key", "believed", g_uuid, "atlas public key", lambda rng: C.rs(rng, C.LOWER, 8), regex="^" + UUID4_RE + "$", shape="UUIDv4")
add("supabase_personal_access_token", "believed", ["sbp_", ("hex", 40)])
add("airtable_personal_access_token", "read", ["pat", ("alnum", 14), ".", ("hex", 64)])
add("notion_integration_secret", "read", ["ntn_", ("digits", 11), ("alnum", 35)])
add("hubspot_private_app_token", "believed", g_hubspot, regex=r"^pat-eu1-" + UUID4_RE + "$", shape="`pat-eu1-` + UUIDv4")
add("pipedrive_api_token", "believed", [("hex", 40)])
add("todoist_api_token", "believed", [("hex", 40)])
add("typeform_personal_access_token", "read", ["tfp_", ("alnum", 44), "_", ("alnum", 14)])
add("jotform_api_key", "guessed", [("hex", 32)])
add("cloudinary_api_secret", "believed", [("b64u", 27)], "cloudinary api key", nb_digits(15))
add("box_oauth_client_secret", "guessed", [("alnum", 32)], "box client id", lambda rng: C.rs(rng, C.LOWER_ALNUM, 32))
add("pulumi_access_token", "read", ["pul-", ("hex", 40)])
add("onepassword_service_account_token", "read", g_ops, regex=r"^ops_eyJ[A-Za-z0-9+/]{250,}={0,3}$", check=chk_ops, shape="`ops_` + standard Base64 of real JSON (sign-in address, SRP and MUK fields)")
add("infisical_service_token", "believed", g_infisical, regex=r"^st\." + UUID4_RE + r"\.[0-9a-f]{32}\.[0-9a-f]{32}$", shape="`st.` + UUIDv4 + `.` + 32 lower-case hex + `.` + 32 lower-case hex")
add("bitwarden_secrets_manager_access_token", "guessed", g_bws, regex=r"^0\." + UUID4_RE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==$", check=chk_bws, shape="`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes")
add("sentry_user_auth_token", "read", ["sntryu_", ("hex", 64)])
add("datadog_api_key", "read", [("hex", 32)], "datadog site", lambda rng: "datadoghq.eu")
add("honeycomb_ingest_api_key", "guessed", ["hcaik_", ("lalnum", 58)])
add("better_stack_source_token", "guessed", [("alnum", 24)])
add("uptimerobot_main_api_key", "believed", ["u", ("digits", 7), "-", ("hex", 24)])
add("healthchecks_io_api_key", "guessed", [("b64u", 32)])
add("meilisearch_master_key", "guessed", [("b64u", 32)])
add("pandadoc_api_key", "guessed", [("hex", 40)])
add("dropbox_app_secret", "guessed", [("lalnum", 15)], "dropbox app key", lambda rng: C.rs(rng, C.LOWER_ALNUM, 15))

SET_ASIDE = {
    "expo_robot_access_token": "shape guessed; mobile builds are not central to a tuner's stack",
    "papertrail_api_token": "shape guessed; logging covered by Better Stack, Datadog, Honeycomb",
    "datocms_full_access_token": "shape guessed; no CMS is central to this world",
    "pianoteq_licence_serial": "Modartt licence serial format unknown; account password kept instead",
    "steinway_dealer_portal_password": "dealer portals are not typical for an independent tuner",
    "klarna_api_password": "Klarna credential layout not known; payments covered by Stripe, Adyen, Braintree, SumUp",
    "textmagic_api_key": "shape guessed; SMS covered by Twilio, MessageBird, Telnyx",
    "qdrant_cloud_api_key": "shape unknown; vector stores covered by Pinecone",
    "storyblok_management_token": "shape unknown; CMS covered by DatoCMS",
}

STYLES = [
    ("tuner_app_env_production_file", "upper", "# production\nNODE_ENV=production\n{nb}{k}={v}\n"),
    ("organ_ops_compose_env_list", "upper", "services:\n  relay-bridge:\n    image: organ/relay-bridge:2.3\n    environment:\n{nbl}      - {k}={v}\n"),
    ("repair_ops_fly_secrets_set_history", "upper", "$ fly secrets set {nbf}{k}={v} -a fretandbow-api\nRelease v41 created\n"),
    ("tuner_ops_vercel_env_add_transcript", "upper", "$ vercel env add {k} production\n? What's the value of {k}? {v}\n✅  Added Environment Variable {k} to Project tune-site [312ms]\n{nbc}"),
    ("organ_app_python_settings_module", "upper", "# settings/production.py\nDEBUG = False\n{nbp}{k} = \"{v}\"\n"),
    ("tuner_app_rails_initializer_config_x", "snake", "# config/initializers/vendors.rb\n{nbr}Rails.application.config.x.{k} = \"{v}\"\n"),
    ("repair_app_gradle_buildconfig_field", "upper", "android {{\n    defaultConfig {{\n{nbg}        buildConfigField(\"String\", \"{k}\", \"\\\"{v}\\\"\")\n    }}\n}}\n"),
    ("organ_app_php_config_array", "snake", "<?php\n\nreturn [\n{nbphp}    '{k}' => '{v}',\n];\n"),
    ("tuner_ops_terraform_auto_tfvars", "snake", "region = \"eu-west-2\"\n{nbt}{k} = \"{v}\"\n"),
    ("repair_ops_chef_data_bag_json", "snake", "{{\n  \"id\": \"vendors\",\n{nbj}  \"{k}\": \"{v}\"\n}}\n"),
    ("tuner_team_discord_dm_paste", "spaced", "Tom — Today at 09:41\n{nbs}{k}: {v}\ndelete this once you've copied it pls\n"),
    ("organ_guild_forum_private_message", "spaced", "Private message from gwen.h\nSubject: keys for the loft laptop\n\nHere you go - {nbs2}{k} is {v}\nCheers, Gwen\n"),
    ("workshop_keepass_xml_export", "title", "<Entry>\n  <String><Key>Title</Key><Value>{k}</Value></String>\n  <String><Key>UserName</Key><Value>{nbu}</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory=\"True\">{v}</Value></String>\n</Entry>\n"),
    ("tuner_app_streamlit_secrets_toml", "snake", "[vendors]\n{nbt}{k} = \"{v}\"\n"),
    ("organ_app_rust_const_str", "upper", "// generated, do not commit\n{nbrs}pub const {k}: &str = \"{v}\";\n"),
    ("repair_app_dart_define_json", "upper", "{{\n  \"FLAVOR\": \"prod\",\n{nbj}  \"{k}\": \"{v}\"\n}}\n"),
]


def render(style, key, v, nkey, nval):
    name, case, tpl = style
    f = dict(k=key, v=v, nb="", nbl="", nbf="", nbc="", nbp="", nbr="", nbg="", nbphp="", nbt="", nbj="", nbs="", nbs2="", nbu="api", nbrs="")
    if nkey:
        f.update(nb="%s=%s\n" % (nkey, nval), nbl="      - %s=%s\n" % (nkey, nval), nbf="%s=%s " % (nkey, nval),
                 nbc="(%s is already set to %s)\n" % (nkey, nval), nbp="%s = \"%s\"\n" % (nkey, nval),
                 nbr="Rails.application.config.x.%s = \"%s\"\n" % (nkey, nval),
                 nbg="        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n" % (nkey, nval),
                 nbphp="    '%s' => '%s',\n" % (nkey, nval), nbt="%s = \"%s\"\n" % (nkey, nval),
                 nbj="  \"%s\": \"%s\",\n" % (nkey, nval), nbs="%s: %s\n" % (nkey, nval), nbs2="%s %s, " % (nkey, nval),
                 nbu=nval, nbrs="pub const %s: &str = \"%s\";\n" % (nkey, nval))
    return tpl.format(**f)


def build(registry):
    rng = random.Random(C.SEEDS["vendor"])
    out = []
    for i, spec in enumerate(V):
        style = STYLES[i % len(STYLES)]
        case = style[1]
        words = C.words_of(spec["name"])
        key = C.style_key(words, case)
        if spec["gen"] == "pw":
            v = registry.draw(lambda: C.password(rng))
        else:
            v = registry.draw(lambda: spec["gen"](rng))
        nkey = nval = None
        if spec["nlabel"]:
            nkey = C.style_key(spec["nlabel"].split(), case)
            constant = spec["ngen"](random.Random(1)) == spec["ngen"](random.Random(2))
            nval = spec["ngen"](rng) if constant else registry.draw(lambda: spec["ngen"](rng))
        text = render(style, key, v, nkey, nval)
        out.append((spec["name"], spec["name"] + "__" + style[0], text, v))
    return out
