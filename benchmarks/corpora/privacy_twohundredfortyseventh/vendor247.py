"""Vendor source: 120 vendor credential types used by guesthouse / B&B / hostel developers."""
import base64
import json
import random
import re

import common247 as C

ALPHA = {
    "A": (C.ALNUM, "alphanumerics", "A-Za-z0-9"),
    "a": (C.LOWER_ALNUM, "lower-case alphanumerics", "a-z0-9"),
    "U": (C.UPPER_ALNUM, "upper-case alphanumerics", "A-Z0-9"),
    "h": (C.LOWER_HEX, "lower-case hex", "0-9a-f"),
    "H": (C.UPPER_HEX, "upper-case hex", "0-9A-F"),
    "u": (C.B64URL, "base64url", "A-Za-z0-9_-"),
    "b": (C.B64STD, "standard Base64 characters", "A-Za-z0-9+/"),
    "d": (C.DIGITS, "digits", "0-9"),
    "x": (C.LETTERS, "letters", "A-Za-z"),
    "Z": ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "of A-Z2-7", "A-Z2-7"),
}

EMAIL_LOCALS = ["marta", "jonas", "ines", "pavel", "frontdesk", "bookings", "owner", "hello",
                "reservations", "stay", "info", "office"]
DOMAINS = ["pension-aurora.example", "harbourview-hostel.example", "oldmill-bnb.example",
           "casa-limoeiro.example", "gasthof-lindenhof.example"]

G_TRADE = "Guesthouse trade: PMS, channel managers, OTAs, smart locks, pricing and guest operations"
G_COMM = "Commerce, payments, accounting and travel"
G_MSG = "Messaging, e-mail, chat and notifications"
G_AI = "AI services"
G_DEV = "Developer services"
G_OPS = "Cloud, ops, bot protection, analytics and monitoring"

PW = [("pw",)]
EMAIL = [("email",)]

# (type, group, source, spec, neighbour (label, spec) or None)
VENDORS = [
    ("cloudbeds_api_key", G_TRADE, "guessed", ["cbat_", ("A", 32)], None),
    ("cloudbeds_oauth_client_secret", G_TRADE, "guessed", [("A", 40)], ("cloudbeds client id", ["live1_", ("d", 6), "_", ("A", 24)])),
    ("mews_connector_client_token", G_TRADE, "believed", [("H", 32), "-", ("H", 31)], None),
    ("mews_connector_access_token", G_TRADE, "believed", [("H", 32), "-", ("H", 31)], None),
    ("apaleo_client_secret", G_TRADE, "guessed", [("u", 44)], ("apaleo client id", ["AUR-SP-", ("U", 6)])),
    ("beds24_api_refresh_token", G_TRADE, "guessed", [("A", 88)], None),
    ("lodgify_api_key", G_TRADE, "guessed", [("b64", 48)], None),
    ("hostaway_access_token_jwt", G_TRADE, "guessed", [("jwt_rs", "hostaway")], None),
    ("hostaway_api_client_secret", G_TRADE, "guessed", [("h", 64)], ("hostaway account id", [("d", 5)])),
    ("guesty_open_api_client_secret", G_TRADE, "guessed", [("u", 64)], ("guesty client id", ["0oa", ("A", 17)])),
    ("smoobu_api_key", G_TRADE, "guessed", [("A", 48)], None),
    ("siteminder_pmsxchange_api_password", G_TRADE, "guessed", [("A", 24)], ("pmsxchange username", ["aurora_", ("d", 6)])),
    ("eviivo_api_client_secret", G_TRADE, "guessed", [("A", 40)], ("eviivo client id", [("U", 12)])),
    ("roomraccoon_api_token", G_TRADE, "guessed", [("h", 40)], None),
    ("channex_user_api_key", G_TRADE, "guessed", [("A", 32)], None),
    ("expedia_rapid_shared_secret", G_TRADE, "guessed", [("A", 16)], ("expedia rapid api key", [("a", 30)])),
    ("hotelbeds_api_secret", G_TRADE, "guessed", [("A", 10)], ("hotelbeds api key", [("h", 32)])),
    ("airbnb_api_client_secret", G_TRADE, "guessed", [("a", 32)], ("airbnb client id", [("a", 25)])),
    ("hostelworld_inbox_api_token", G_TRADE, "guessed", [("A", 40)], None),
    ("pricelabs_customer_api_key", G_TRADE, "guessed", [("A", 40)], None),
    ("beyond_pricing_api_token", G_TRADE, "guessed", [("h", 40)], None),
    ("turno_partner_api_secret", G_TRADE, "guessed", [("A", 48)], None),
    ("breezeway_company_client_secret", G_TRADE, "guessed", [("h", 32)], ("breezeway client id", [("h", 32)])),
    ("operto_teams_api_key", G_TRADE, "guessed", [("A", 36)], None),
    ("minut_oauth_client_secret", G_TRADE, "guessed", [("A", 40)], ("minut client id", [("a", 16)])),
    ("salto_ks_api_client_secret", G_TRADE, "guessed", [("u", 43)], ("salto ks client id", ["ks-", ("d", 12)])),
    ("ttlock_open_platform_client_secret", G_TRADE, "guessed", [("h", 32)], ("ttlock client id", [("h", 32)])),
    ("remotelock_oauth_client_secret", G_TRADE, "guessed", [("h", 64)], ("remotelock client id", [("h", 64)])),
    ("nuki_bridge_http_api_token", G_TRADE, "believed", [("a", 6)], None),
    ("chekin_api_key", G_TRADE, "guessed", [("A", 40)], None),
    ("duve_api_token", G_TRADE, "guessed", [("A", 32)], None),
    ("hostfully_api_key", G_TRADE, "guessed", [("U", 32)], None),
    ("superhog_guest_screening_api_key", G_TRADE, "guessed", [("A", 48)], None),
    ("booking_com_extranet_login_password", G_TRADE, "owner", PW, ("booking com extranet login name", ["aurora", ("d", 4)])),
    ("airbnb_host_account_password", G_TRADE, "owner", PW, ("airbnb host email", EMAIL)),
    ("hostelworld_inbox_login_password", G_TRADE, "owner", PW, ("hostelworld property number", [("d", 6)])),
    ("expedia_partner_central_password", G_TRADE, "owner", PW, ("expedia partner central username", ["harbourview.", ("d", 3)])),
    ("agoda_ycs_login_password", G_TRADE, "owner", PW, ("agoda ycs email", EMAIL)),
    ("vrbo_owner_dashboard_password", G_TRADE, "owner", PW, ("vrbo owner email", EMAIL)),
    ("little_hotelier_frontdesk_password", G_TRADE, "owner", PW, ("little hotelier email", EMAIL)),
    ("sirvoy_admin_login_password", G_TRADE, "owner", PW, ("sirvoy account id", [("d", 5)])),
    ("ttlock_app_account_password", G_TRADE, "owner", PW, ("ttlock app phone", ["+3519", ("d", 8)])),
    ("tripadvisor_management_center_password", G_TRADE, "owner", PW, ("tripadvisor login email", EMAIL)),
    # commerce
    ("stripe_live_secret_key", G_COMM, "read", ["sk_live_51", ("A", 97)], None),
    ("adyen_api_key", G_COMM, "guessed", ["AQE", ("u", 97)], None),
    ("adyen_webhook_hmac_key", G_COMM, "believed", [("H", 64)], None),
    ("mollie_organization_access_token", G_COMM, "believed", ["access_", ("A", 40)], None),
    ("square_oauth_application_secret", G_COMM, "believed", ["sq0csp-", ("u", 43)], None),
    ("braintree_private_key", G_COMM, "believed", [("h", 32)], ("braintree public key", [("a", 16)])),
    ("gocardless_live_access_token", G_COMM, "read", ["live_", ("u", 40)], None),
    ("sumup_secret_api_key", G_COMM, "believed", ["sup_sk_", ("A", 32)], None),
    ("paddle_live_api_key", G_COMM, "guessed", ["pdl_live_apikey_", ("a", 26), "_", ("A", 22)], None),
    ("lemon_squeezy_api_key_jwt", G_COMM, "believed", [("jwt_rs", "lemon")], None),
    ("xero_oauth_client_secret", G_COMM, "believed", [("u", 48)], ("xero client id", [("H", 32)])),
    ("quickbooks_oauth_client_secret", G_COMM, "believed", [("A", 40)], ("quickbooks client id", ["AB", ("A", 48)])),
    ("flutterwave_live_secret_key", G_COMM, "read", ["FLWSECK-", ("h", 32), "-X"], None),
    ("duffel_live_access_token", G_COMM, "read", ["duffel_live_", ("u", 43)], None),
    # messaging
    ("twilio_account_auth_token", G_MSG, "believed", [("h", 32)], ("twilio account sid", ["AC", ("h", 32)])),
    ("messagebird_live_access_key", G_MSG, "read", [("A", 25)], None),
    ("telnyx_api_v2_key", G_MSG, "believed", ["KEY", ("H", 32), "_", ("A", 22)], None),
    ("brevo_smtp_api_key", G_MSG, "read", ["xkeysib-", ("h", 64), "-", ("A", 16)], None),
    ("mailgun_private_api_key", G_MSG, "read", ["key-", ("h", 32)], None),
    ("mailgun_webhook_signing_key", G_MSG, "read", [("h", 32), "-", ("h", 8), "-", ("h", 8)], None),
    ("mailchimp_marketing_api_key", G_MSG, "read", [("h", 32), "-us", ("d", 2)], None),
    ("resend_api_key", G_MSG, "believed", ["re_", ("A", 8), "_", ("A", 24)], None),
    ("postmark_account_api_token", G_MSG, "believed", [("uuid",)], None),
    ("telegram_reception_bot_token", G_MSG, "read", [("d", 10), ":AA", ("u", 33)], None),
    ("slack_bot_user_oauth_token", G_MSG, "read", ["xoxb-", ("d", 13), "-", ("d", 13), "-", ("A", 24)], None),
    ("slack_incoming_webhook_url", G_MSG, "read", ["https://hooks.slack.com/services/T", ("U", 10), "/B", ("U", 10), "/", ("A", 24)], None),
    ("line_messaging_channel_access_token", G_MSG, "believed", [("b64", 128)], None),
    ("line_channel_secret", G_MSG, "believed", [("h", 32)], ("line channel id", [("d", 10)])),
    ("zendesk_api_token", G_MSG, "read", [("A", 40)], ("zendesk agent email", EMAIL)),
    ("intercom_access_token", G_MSG, "believed", [("intercom",)], None),
    ("crisp_plugin_token_key", G_MSG, "guessed", [("h", 64)], ("crisp plugin identifier", [("uuid",)])),
    ("pusher_channels_app_secret", G_MSG, "believed", [("h", 20)], ("pusher app key", [("h", 20)])),
    ("ably_root_api_key", G_MSG, "believed", [("A", 6), ".", ("u", 6), ":", ("u", 43)], None),
    ("sinch_sms_api_token", G_MSG, "guessed", [("h", 32)], ("sinch service plan id", [("h", 32)])),
    # AI
    ("openai_project_api_key", G_AI, "read", ["sk-proj-", ("u", 74), "T3BlbkFJ", ("u", 74)], None),
    ("anthropic_messages_api_key", G_AI, "read", ["sk-ant-api03-", ("u", 93), "AA"], None),
    ("google_gemini_api_key", G_AI, "read", ["AIzaSy", ("u", 33)], None),
    ("groq_cloud_api_key", G_AI, "believed", ["gsk_", ("A", 52)], None),
    ("perplexity_api_key", G_AI, "read", ["pplx-", ("A", 48)], None),
    ("together_ai_api_key", G_AI, "believed", [("h", 64)], None),
    ("replicate_api_token", G_AI, "believed", ["r8_", ("A", 37)], None),
    ("huggingface_user_access_token", G_AI, "read", ["hf_", ("x", 34)], None),
    ("pinecone_api_key", G_AI, "guessed", ["pcsk_", ("A", 6), "_", ("A", 63)], None),
    ("deepl_api_auth_key", G_AI, "believed", [("uuid",), ":fx"], None),
    ("fireworks_ai_api_key", G_AI, "believed", ["fw_", ("A", 24)], None),
    ("voyage_ai_api_key", G_AI, "guessed", ["pa-", ("u", 43)], None),
    # developer
    ("github_classic_personal_access_token", G_DEV, "read", ["ghp_", ("A", 36)], None),
    ("github_oauth_access_token", G_DEV, "read", ["gho_", ("A", 36)], None),
    ("gitlab_personal_access_token", G_DEV, "read", ["glpat-", ("u", 20)], None),
    ("bitbucket_app_password", G_DEV, "believed", ["ATBB", ("A", 32)], None),
    ("npm_automation_access_token", G_DEV, "read", ["npm_", ("A", 36)], None),
    ("vercel_access_token", G_DEV, "guessed", [("A", 24)], None),
    ("cloudflare_api_token", G_DEV, "read", [("u", 40)], None),
    ("sentry_user_auth_token", G_DEV, "read", ["sntryu_", ("h", 64)], None),
    ("supabase_personal_access_token", G_DEV, "believed", ["sbp_", ("h", 40)], None),
    ("airtable_personal_access_token", G_DEV, "read", ["pat", ("A", 14), ".", ("h", 64)], None),
    ("notion_integration_token", G_DEV, "read", ["ntn_", ("d", 11), ("A", 35)], None),
    ("onepassword_service_account_token", G_DEV, "read", [("ops_sa",)], None),
    ("datadog_application_key", G_DEV, "read", [("h", 40)], None),
    ("fly_io_access_token", G_DEV, "read", ["fo1_", ("u", 43)], None),
    ("heroku_platform_api_key", G_DEV, "read", ["HRKU-AA", ("u", 58)], None),
    ("pulumi_access_token", G_DEV, "read", ["pul-", ("h", 40)], None),
    ("rubygems_api_key", G_DEV, "read", ["rubygems_", ("h", 48)], None),
    # ops
    ("aws_iam_secret_access_key", G_OPS, "believed", [("b", 40)], ("aws access key id", ["AKIA", ("Z", 16)])),
    ("digitalocean_personal_access_token", G_OPS, "read", ["dop_v1_", ("h", 64)], None),
    ("hetzner_cloud_api_token", G_OPS, "believed", [("A", 64)], None),
    ("linode_personal_access_token", G_OPS, "believed", [("h", 64)], None),
    ("azure_storage_account_key", G_OPS, "believed", [("b64", 64)], ("azure storage account name", ["gh", ("a", 10), "st"])),
    ("cloudinary_api_secret", G_OPS, "believed", [("u", 27)], ("cloudinary api key", [("d", 15)])),
    ("cloudflare_tunnel_token", G_OPS, "believed", [("cf_tunnel",)], None),
    ("recaptcha_v3_secret_key", G_OPS, "believed", ["6L", ("u", 38)], None),
    ("hcaptcha_secret_key", G_OPS, "believed", ["0x", ("h", 40)], None),
    ("turnstile_secret_key", G_OPS, "believed", ["0x4AAAAAAA", ("u", 25)], None),
    ("google_analytics_measurement_protocol_api_secret", G_OPS, "believed", [("u", 22)], ("ga4 measurement id", ["G-", ("U", 10)])),
    ("matomo_token_auth", G_OPS, "believed", [("h", 32)], None),
    ("maxmind_license_key", G_OPS, "read", [("A", 6), "_", ("A", 29), "_mmk"], ("maxmind account id", [("d", 6)])),
    ("uptimerobot_main_api_key", G_OPS, "believed", ["u", ("d", 7), "-", ("h", 24)], None),
]
assert len(VENDORS) == 120 and len({v[0] for v in VENDORS}) == 120

STYLES = [
    ("pms_laravel_env_line", "upper", "Laravel `.env` lines of the PMS"),
    ("booking_engine_python_settings_dict", "snake", "Python settings module with a credentials dict"),
    ("guest_app_swift_static_let", "camel", "Swift `enum` with `static let` constants in the guest app"),
    ("channel_sync_go_const_block", "camel", "Go `const (…)` block in the channel-sync service"),
    ("ops_k8s_secret_string_data", "upper", "Kubernetes Secret with `stringData` committed to the ops repo"),
    ("ops_terraform_tfvars_line", "snake", "`terraform.tfvars` lines"),
    ("ops_aws_ssm_put_parameter", "upper", "`aws ssm put-parameter --value` commands in a runbook (key in the parameter path)"),
    ("ops_github_actions_env_block", "upper", "GitHub Actions workflow with a hard-coded `env:` block"),
    ("postman_collection_variable_json", "camel", "Postman collection `variable` array"),
    ("bruno_environment_vars_block", "snake", "Bruno `.bru` environment `vars { … }` block"),
    ("rust_config_toml_table", "snake", "TOML table read by a Rust service"),
    ("rails_credentials_plain_dump", "snake", "decrypted Rails credentials YAML"),
    ("spring_boot_application_yml", "kebab", "Spring Boot `application.yml` block"),
    ("keepass_xml_entry", "title", "KeePass 2 XML export entry (Title / UserName / Password)"),
    ("owner_email_to_developer", "spaced", "owner's e-mail to the freelance developer"),
    ("freelancer_chat_paste", "spaced", "chat paste between owner and freelancer"),
]
STYLE_CASE = {s[0]: s[1] for s in STYLES}


def gen_spec(spec, rng):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] in ALPHA:
            out.append(C.rs(rng, ALPHA[p[0]][0], p[1]))
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        elif p[0] == "pw":
            out.append(C.password(rng))
        elif p[0] == "email":
            out.append("%s%d@%s" % (rng.choice(EMAIL_LOCALS), rng.randint(10, 99), rng.choice(DOMAINS)))
        elif p[0] == "b64":
            out.append(C.b64(C.rbytes(rng, p[1])))
        elif p[0] == "jwt_rs":
            iat = 1735000000 + rng.randint(0, 9000000)
            if p[1] == "hostaway":
                hdr = {"typ": "JWT", "alg": "RS256", "jti": C.rs(rng, C.LOWER_HEX, 40)}
                pl = {"aud": str(rng.randint(10000, 99999)), "jti": C.rs(rng, C.LOWER_HEX, 40), "iat": iat,
                      "nbf": iat, "exp": iat + 63072000, "sub": "", "scopes": ["general"], "secretId": rng.randint(1000, 99999)}
            else:
                hdr = {"typ": "JWT", "alg": "RS256"}
                pl = {"aud": C.uuid4(rng), "jti": C.rs(rng, C.LOWER_HEX, 80), "iat": iat, "nbf": iat,
                      "exp": iat + 31536000, "sub": str(rng.randint(100000, 999999)), "scopes": []}
            out.append(C.jwt_rs_shaped(rng, hdr, pl))
        elif p[0] == "intercom":
            u = C.uuid4(rng).replace("-", "_")
            out.append(C.b64(("tok:" + u + ":1:0").encode()))
        elif p[0] == "cf_tunnel":
            d = {"a": C.rs(rng, C.LOWER_HEX, 32), "t": C.uuid4(rng), "s": C.b64(C.rbytes(rng, 32))}
            out.append(C.b64(json.dumps(d, separators=(",", ":")).encode()))
        elif p[0] == "ops_sa":
            d = {"signInAddress": "my.1password.eu",
                 "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                              "salt": C.b64url_nopad(C.rbytes(rng, 16))},
                 "email": C.rs(rng, C.LOWER, 13) + "@1passwordserviceaccounts.eu",
                 "srpX": C.rs(rng, C.LOWER_HEX, 64),
                 "muk": {"alg": "A256GCM", "ext": True, "k": C.b64url_nopad(C.rbytes(rng, 32)),
                         "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": "mp"},
                 "deviceUuid": C.rs(rng, C.LOWER_ALNUM, 26)}
            out.append("ops_" + C.b64(json.dumps(d, separators=(",", ":")).encode()))
        else:
            raise ValueError(p)
    return "".join(out)


def spec_regex(spec):
    r = []
    for p in spec:
        if isinstance(p, str):
            r.append(re.escape(p))
        elif p[0] in ALPHA:
            r.append("[%s]{%d}" % (ALPHA[p[0]][2], p[1]))
        elif p[0] == "uuid":
            r.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif p[0] == "pw":
            r.append(C.PW_RE.pattern[1:-1])
        elif p[0] == "b64":
            n = p[1]
            full, rem = divmod(n, 3)
            tail = {0: "", 1: "[A-Za-z0-9+/]{2}==", 2: "[A-Za-z0-9+/]{3}="}[rem]
            r.append("[A-Za-z0-9+/]{%d}%s" % (4 * full, tail))
        elif p[0] == "jwt_rs":
            r.append(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}")
        elif p[0] == "intercom":
            r.append(r"dG9rOj[A-Za-z0-9+/]{53}=")
        elif p[0] == "cf_tunnel":
            r.append(r"eyJh[A-Za-z0-9+/]+={0,2}")
        elif p[0] == "ops_sa":
            r.append(r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}")
        elif p[0] == "email":
            r.append(r"[a-z]+[0-9]{2}@[a-z.-]+")
    return "^" + "".join(r) + "$"


def frame_ok(spec, v):
    kinds = [p[0] for p in spec if not isinstance(p, str)]
    try:
        if "jwt_rs" in kinds:
            return C.jwt_valid(v)
        if "intercom" in kinds:
            s = base64.b64decode(v).decode()
            return re.fullmatch(r"tok:[0-9a-f]{8}_[0-9a-f]{4}_4[0-9a-f]{3}_[89ab][0-9a-f]{3}_[0-9a-f]{12}:1:0", s) is not None
        if "cf_tunnel" in kinds:
            d = json.loads(base64.b64decode(v))
            return set(d) == {"a", "t", "s"} and len(base64.b64decode(d["s"])) == 32 and C.UUID_RE.fullmatch(d["t"]) is not None
        if "ops_sa" in kinds:
            d = json.loads(base64.b64decode(v[4:]))
            return d["signInAddress"] == "my.1password.eu" and "muk" in d
        if "b64" in kinds:
            n = [p[1] for p in spec if not isinstance(p, str) and p[0] == "b64"][0]
            return len(base64.b64decode(v, validate=True)) == n
    except Exception:
        return False
    return True


def describe_spec(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] in ALPHA:
            out.append("%d %s" % (p[1], ALPHA[p[0]][1]))
        elif p[0] == "uuid":
            out.append("UUIDv4")
        elif p[0] == "pw":
            out.append("owner-chosen password")
        elif p[0] == "email":
            out.append("e-mail address")
        elif p[0] == "b64":
            out.append("standard Base64 of %d random bytes (%d characters)" % (p[1], 4 * ((p[1] + 2) // 3)))
        elif p[0] == "jwt_rs":
            out.append("JWT (RS256 header, base64url JSON payload with `aud`, `jti`, `iat`, `nbf`, `exp`, `sub`, `scopes`; 256-byte signature random in frame)")
        elif p[0] == "intercom":
            out.append("standard Base64 of `tok:` + UUIDv4 with `_` for `-` + `:1:0` (60 characters, starts `dG9rOj`)")
        elif p[0] == "cf_tunnel":
            out.append("standard Base64 of real JSON `{a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}`")
        elif p[0] == "ops_sa":
            out.append("`ops_` + standard Base64 of real JSON `{signInAddress, userAuth, email, srpX, muk, deviceUuid}`")
    return " + ".join(out)


def render(style, type_name, value, neigh, rng):
    case = STYLE_CASE[style]
    key = C.style_key(type_name.split("_"), case)
    nk = C.style_key(neigh[0].split(), case) if neigh else None
    nv = neigh[1] if neigh else None
    vendor_word = type_name.split("_")[0]
    title = C.style_key(type_name.split("_"), "title")
    lines = []
    if style == "pms_laravel_env_line":
        lines = ["# --- %s ---" % vendor_word]
        if neigh:
            lines.append('%s="%s"' % (nk, nv))
        lines.append('%s="%s"' % (key, value))
        lines.append("QUEUE_CONNECTION=redis")
    elif style == "booking_engine_python_settings_dict":
        lines = ["# settings/vendors.py", "VENDOR_CREDENTIALS = {"]
        if neigh:
            lines.append('    "%s": "%s",' % (nk, nv))
        lines += ['    "%s": "%s",' % (key, value), "}"]
    elif style == "guest_app_swift_static_let":
        lines = ["import Foundation", "", "enum VendorSecrets {"]
        if neigh:
            lines.append('    static let %s = "%s"' % (nk, nv))
        lines += ['    static let %s = "%s"' % (key, value), "}"]
    elif style == "channel_sync_go_const_block":
        lines = ["package vendors", "", "const ("]
        if neigh:
            lines.append('\t%s = "%s"' % (nk, nv))
        lines += ['\t%s = "%s"' % (key, value), ")"]
    elif style == "ops_k8s_secret_string_data":
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: guesthouse-%s" % vendor_word,
                 "  namespace: guesthouse", "type: Opaque", "stringData:"]
        if neigh:
            lines.append('  %s: "%s"' % (nk, nv))
        lines.append('  %s: "%s"' % (key, value))
    elif style == "ops_terraform_tfvars_line":
        lines = ["# envs/prod/terraform.tfvars", 'region = "eu-west-1"']
        if neigh:
            lines.append('%s = "%s"' % (nk, nv))
        lines.append('%s = "%s"' % (key, value))
    elif style == "ops_aws_ssm_put_parameter":
        lines = ["# runbook: rotate %s credentials" % vendor_word]
        if neigh:
            lines.append("aws ssm put-parameter --name /guesthouse/prod/%s --type String --value '%s' --overwrite" % (nk, nv))
        lines.append("aws ssm put-parameter --name /guesthouse/prod/%s --type SecureString --value '%s' --overwrite" % (key, value))
    elif style == "ops_github_actions_env_block":
        lines = ["name: sync-%s" % vendor_word, "on:", "  schedule:", '    - cron: "*/15 * * * *"', "env:"]
        if neigh:
            lines.append('  %s: "%s"' % (nk, nv))
        lines += ['  %s: "%s"' % (key, value), "jobs:", "  sync:", "    runs-on: ubuntu-latest",
                  "    steps:", "      - run: ./bin/sync"]
    elif style == "postman_collection_variable_json":
        lines = ["{", '  "info": { "name": "Guesthouse vendors - %s" },' % vendor_word, '  "variable": [']
        if neigh:
            lines.append('    { "key": "%s", "value": "%s" },' % (nk, nv))
        lines += ['    { "key": "%s", "value": "%s", "type": "secret" }' % (key, value), "  ]", "}"]
    elif style == "bruno_environment_vars_block":
        lines = ["vars {", "  base_url: https://api.%s.example" % vendor_word]
        if neigh:
            lines.append("  %s: %s" % (nk, nv))
        lines += ["  %s: %s" % (key, value), "}"]
    elif style == "rust_config_toml_table":
        lines = ["[vendors.%s]" % vendor_word, "timeout_secs = 20"]
        if neigh:
            lines.append('%s = "%s"' % (nk, nv))
        lines.append('%s = "%s"' % (key, value))
    elif style == "rails_credentials_plain_dump":
        lines = ["# EDITOR=vim bin/rails credentials:edit --environment production", "%s:" % vendor_word]
        if neigh:
            lines.append("  %s: %s" % (nk, nv))
        lines.append('  %s: "%s"' % (key, value))
    elif style == "spring_boot_application_yml":
        lines = ["guesthouse:", "  vendors:", "    %s:" % vendor_word]
        if neigh:
            lines.append("      %s: %s" % (nk, nv))
        lines.append('      %s: "%s"' % (key, value))
    elif style == "keepass_xml_entry":
        lines = ["<Entry>", "  <String><Key>Title</Key><Value>%s</Value></String>" % title,
                 "  <String><Key>UserName</Key><Value>%s</Value></String>" % (nv if neigh else "api"),
                 "  <String><Key>Password</Key><Value>%s</Value></String>" % value]
        if neigh:
            lines.append("  <String><Key>Notes</Key><Value>UserName field = %s</Value></String>" % nk)
        lines.append("</Entry>")
    elif style == "owner_email_to_developer":
        lines = ["From: Marta Sousa <owner@pension-aurora.example>", "To: Tomasz <dev@tomasz-builds.example>",
                 "Subject: %s access" % vendor_word, "", "Hi Tomasz,"]
        if neigh:
            lines.append("the %s is %s and the %s is %s , please keep it out of the repo." % (nk, nv, key, value))
        else:
            lines.append("the %s is %s , please keep it out of the repo." % (key, value))
        lines += ["Thanks, Marta"]
    elif style == "freelancer_chat_paste":
        lines = ["[10:41] Marta: here you go"]
        if neigh:
            lines.append("[10:41] Marta: %s: %s" % (nk, nv))
        lines += ["[10:42] Marta: %s: %s" % (key, value), "[10:43] Tomasz: got it, thanks"]
    return "\n".join(lines) + "\n"


def build(registry):
    rng = random.Random(C.SEEDS["vendor_values"])
    rng_s = random.Random(C.SEEDS["vendor_styles"])
    styles = [s[0] for s in STYLES] * 8
    styles = styles[:120]
    rng_s.shuffle(styles)
    recs = []
    for (typ, group, source, spec, neigh), style in zip(VENDORS, styles):
        val = registry.draw(gen_spec, spec, rng)
        nb = None
        if neigh:
            nb = (neigh[0], registry.draw(gen_spec, neigh[1], rng))
        text = render(style, typ, val, nb, rng)
        recs.append({"type": typ, "container": "%s__%s" % (typ, style), "text": text,
                     "secrets": [C.span_record(text, val, typ)], "source": "vendor"})
    return recs


def validate(typ, v):
    spec = {x[0]: x[3] for x in VENDORS}[typ]
    return re.fullmatch(spec_regex(spec)[1:-1], v) is not None and frame_ok(spec, v)
