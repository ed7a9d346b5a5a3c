"""Vendor source: 120 vendor credential types used by repair / refurb / recycling shop developers."""
import base64, json, random, re
import common209 as C

SEED = 20902
rs, A, L, U, D, H, HU, BU = C.rs, C.ALNUM, C.LOWALNUM, C.UPALNUM, C.DIGITS, C.HEXL, C.HEXU, C.B64URL


def _ops(rng):
    doc = {"signInAddress": "fixfront.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
           "salt": C.b64url_nopad(C.rbytes(rng, 16))}, "email": rs(rng, L, 13) + "@1passwordserviceaccounts.eu",
           "srpX": rs(rng, H, 64), "muk": {"alg": "A256GCM", "ext": True, "k": C.b64url_nopad(C.rbytes(rng, 32)),
           "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": "mp"}, "deviceUuid": rs(rng, L, 26)}
    return "ops_" + C.b64std(json.dumps(doc, separators=(",", ":")).encode())


def _intercom(rng):
    return C.b64std(("tok:" + C.uuid4(rng) + ":1:0").encode())


def _elastic(rng):
    return C.b64std((rs(rng, BU, 20) + ":" + rs(rng, BU, 22)).encode())


def _ses(rng):
    return C.b64std(b"\x04" + C.rbytes(rng, 32))


def _zettle(rng):
    return C.jwt(rng, {"alg": "RS256", "typ": "JWT", "kid": rs(rng, L, 8)},
                 {"iss": "iZettle", "aud": "API", "sub": C.uuid4(rng), "scope": ["READ:PURCHASE", "READ:PRODUCT"], "iat": 1736000000 + rng.randint(0, 9999999)},
                 sigbytes=256)


def _gchat(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(rng, BU, 7) + "/messages?key=AIzaSy" + rs(rng, BU, 33)
            + "&token=" + rs(rng, BU, 43))


def _gmail(rng):
    return " ".join(rs(rng, C.LOWER, 4) for _ in range(4))


def _apple(rng):
    return "-".join(rs(rng, C.LOWER, 4) for _ in range(4))


def _ebay_rt(rng):
    return "v^1.1#i^1#r^1#f^0#p^3#I^3#t^" + C.b64std(C.rbytes(rng, 72))


def _uuid_upper(rng):
    return C.uuid4(rng).upper()


def pw(rng):
    return C.password(rng)


# (type, generator, regex, neighbour (label words, generator) or None, class, shape text)
# class: R read this session in the public gitleaks rule file, B believed (background knowledge), G guessed, O owner-chosen
UUIDRE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
V = [
    # payments and commerce
    ("stripe_live_secret_key", lambda r: "sk_live_51" + rs(r, A, 97), r"sk_live_51[A-Za-z0-9]{97}", None, "R", "`sk_live_51` + 97 alphanumerics"),
    ("braintree_production_access_token", lambda r: "access_token$production$" + rs(r, L, 16) + "$" + rs(r, H, 32), r"access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}", None, "B", "`access_token$production$` + 16 lower-case alphanumerics + `$` + 32 hex"),
    ("sumup_secret_api_key", lambda r: "sup_sk_" + rs(r, A, 32), r"sup_sk_[A-Za-z0-9]{32}", None, "B", "`sup_sk_` + 32 alphanumerics"),
    ("zettle_api_key_assertion", _zettle, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{342}", (["zettle", "client", "id"], C.uuid4), "G", "RS256-shaped JWT (real base64url JSON, random 256-byte signature) – next to it: zettle client id"),
    ("klarna_api_credential_password", lambda r: "klarna_live_api_" + rs(r, BU, 40), r"klarna_live_api_[\w-]{40}", (["klarna", "username"], lambda r: "K" + rs(r, D, 6) + "_" + rs(r, H, 12)), "G", "`klarna_live_api_` + 40 base64url – next to it: klarna username"),
    ("gocardless_live_access_token", lambda r: "live_" + rs(r, BU, 40), r"live_[\w-]{40}", None, "R", "`live_` + 40 base64url"),
    ("wise_business_api_token", C.uuid4, UUIDRE, None, "G", "UUIDv4"),
    ("shopify_admin_api_access_token", lambda r: "shpat_" + rs(r, H, 32), r"shpat_[0-9a-f]{32}", None, "R", "`shpat_` + 32 lower-case hex"),
    ("ecwid_store_secret_token", lambda r: "secret_" + rs(r, A, 32), r"secret_[A-Za-z0-9]{32}", (["ecwid", "store", "id"], lambda r: str(r.randint(10000000, 99999999))), "B", "`secret_` + 32 alphanumerics – next to it: ecwid store id"),
    ("amazon_sp_api_lwa_client_secret", lambda r: "amzn1.oa2-cs.v1." + rs(r, H, 64), r"amzn1\.oa2-cs\.v1\.[0-9a-f]{64}", (["lwa", "client", "id"], lambda r: "amzn1.application-oa2-client." + rs(r, H, 32)), "B", "`amzn1.oa2-cs.v1.` + 64 lower-case hex – next to it: lwa client id"),
    ("ebay_user_refresh_token", _ebay_rt, r"v\^1\.1#i\^1#r\^1#f\^0#p\^3#I\^3#t\^[A-Za-z0-9+/]{96}", None, "B", "`v^1.1#i^1#r^1#f^0#p^3#I^3#t^` + Base64 of 72 random bytes"),
    ("back_market_seller_api_token", lambda r: C.b64std(C.rbytes(r, 48)), r"[A-Za-z0-9+/]{64}", None, "G", "standard Base64 of 48 random bytes (64 characters)"),
    # repair-shop, parts, device-check and data-wipe vendors
    ("repairdesk_api_key", lambda r: rs(r, A, 32), r"[A-Za-z0-9]{32}", None, "G", "32 alphanumerics"),
    ("repairshopr_api_token", lambda r: "T" + rs(r, H, 31) + "-" + rs(r, H, 32), r"T[0-9a-f]{31}-[0-9a-f]{32}", (["repairshopr", "subdomain"], lambda r: r.choice(["fixfront", "screenfixers", "handsetdoctor"]) + str(r.randint(2, 99))), "G", "`T` + 31 hex + `-` + 32 hex – next to it: repairshopr subdomain"),
    ("orderry_api_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", None, "G", "32 lower-case hex"),
    ("mobilesentrix_oauth_consumer_secret", lambda r: rs(r, L, 32), r"[a-z0-9]{32}", (["mobilesentrix", "consumer", "key"], lambda r: rs(r, L, 32)), "G", "32 lower-case alphanumerics – next to it: mobilesentrix consumer key (same shape)"),
    ("injured_gadgets_b2b_password", pw, None, (["injured", "gadgets", "login"], lambda r: "parts" + str(r.randint(10, 99)) + "@fixfront.example"), "O", "owner-chosen password – next to it: injured gadgets login"),
    ("phonecheck_api_key", C.uuid4, UUIDRE, (["phonecheck", "username"], lambda r: "fixfront" + str(r.randint(100, 999))), "G", "UUIDv4 – next to it: phonecheck username"),
    ("blancco_management_console_api_key", lambda r: rs(r, A, 64), r"[A-Za-z0-9]{64}", None, "G", "64 alphanumerics"),
    ("sickw_imei_api_key", lambda r: "-".join(rs(r, U, 3) for _ in range(8)), r"(?:[A-Z0-9]{3}-){7}[A-Z0-9]{3}", None, "G", "8 groups of 3 upper-case alphanumerics joined by `-`"),
    ("imei_info_api_key", lambda r: rs(r, A, 32), r"[A-Za-z0-9]{32}", None, "G", "32 alphanumerics"),
    ("checkmend_partner_secret", lambda r: rs(r, A, 40), r"[A-Za-z0-9]{40}", (["checkmend", "partner", "id"], lambda r: str(r.randint(1000, 9999))), "G", "40 alphanumerics – next to it: checkmend partner id"),
    ("gsma_device_check_api_key", lambda r: rs(r, H, 64), r"[0-9a-f]{64}", None, "G", "64 lower-case hex"),
    ("ifixit_user_auth_token", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["ifixit", "app", "id"], lambda r: rs(r, H, 32)), "G", "32 lower-case hex – next to it: ifixit app id (same shape, public)"),
    ("ipqualityscore_api_key", lambda r: rs(r, A, 32), r"[A-Za-z0-9]{32}", None, "G", "32 alphanumerics"),
    ("maxmind_license_key", lambda r: rs(r, A, 6) + "_" + rs(r, A, 29) + "_mmk", r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk", (["maxmind", "account", "id"], lambda r: str(r.randint(100000, 999999))), "R", "6 + `_` + 29 alphanumerics + `_mmk` – next to it: maxmind account id"),
    # shipping
    ("dpd_local_api_password", pw, None, (["dpd", "username"], lambda r: "FIXFRONT" + str(r.randint(10, 99))), "O", "owner-chosen password – next to it: dpd username"),
    ("evri_client_secret", lambda r: rs(r, A, 48), r"[A-Za-z0-9]{48}", (["evri", "client", "id"], lambda r: rs(r, A, 24)), "G", "48 alphanumerics – next to it: evri client id"),
    ("ups_oauth_client_secret", lambda r: rs(r, A, 64), r"[A-Za-z0-9]{64}", (["ups", "client", "id"], lambda r: rs(r, A, 48)), "G", "64 alphanumerics – next to it: ups client id"),
    ("fedex_api_secret_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["fedex", "api", "key"], lambda r: "l7" + rs(r, H, 30)), "G", "32 lower-case hex – next to it: fedex api key (`l7` + 30 hex, the client id)"),
    ("dhl_express_mydhl_api_password", lambda r: rs(r, A + "!^", 16), r"[A-Za-z0-9!^]{16}", (["mydhl", "api", "username"], lambda r: "fixfrontGB" + str(r.randint(100, 999))), "G", "16 characters of alphanumerics and `!^` (issued, not chosen) – next to it: mydhl api username"),
    ("parcel2go_client_secret", C.uuid4, UUIDRE, (["parcel2go", "client", "id"], lambda r: "fixfront-" + rs(r, L, 6)), "G", "UUIDv4 – next to it: parcel2go client id"),
    # accounting and helpdesk
    ("xero_oauth_client_secret", lambda r: rs(r, BU, 48), r"[\w-]{48}", (["xero", "client", "id"], lambda r: rs(r, HU, 32)), "B", "48 base64url – next to it: xero client id (32 upper-case hex)"),
    ("quickbooks_oauth_client_secret", lambda r: rs(r, A, 40), r"[A-Za-z0-9]{40}", (["quickbooks", "client", "id"], lambda r: "AB" + rs(r, A, 48)), "B", "40 alphanumerics – next to it: quickbooks client id"),
    ("sage_accounting_client_secret", lambda r: rs(r, A, 32), r"[A-Za-z0-9]{32}", (["sage", "client", "id"], lambda r: C.uuid4(r) + "/" + C.uuid4(r)), "G", "32 alphanumerics – next to it: sage client id"),
    ("zendesk_api_token", lambda r: rs(r, A, 40), r"[A-Za-z0-9]{40}", (["zendesk", "email"], lambda r: "helpdesk" + str(r.randint(1, 99)) + "@fixfront.example/token"), "R", "40 alphanumerics – next to it: zendesk agent email (`…/token`)"),
    ("freshdesk_api_key", lambda r: rs(r, A, 20), r"[A-Za-z0-9]{20}", (["freshdesk", "domain"], lambda r: "fixfront" + str(r.randint(2, 99)) + ".freshdesk.com"), "B", "20 alphanumerics – next to it: freshdesk domain"),
    ("intercom_access_token", _intercom, r"dG9rO[A-Za-z0-9+/]{54}=", None, "B", "standard Base64 of `tok:` + UUIDv4 + `:1:0` (real, 60 characters)"),
    ("hubspot_private_app_token", lambda r: "pat-eu1-" + C.uuid4(r), r"pat-eu1-" + UUIDRE, None, "B", "`pat-eu1-` + UUIDv4"),
    ("jotform_api_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", None, "B", "32 lower-case hex"),
    ("docusign_integration_secret_key", C.uuid4, UUIDRE, (["docusign", "integration", "key"], C.uuid4), "B", "UUIDv4 – next to it: docusign integration key (also UUIDv4)"),
    ("airtable_personal_access_token", lambda r: "pat" + rs(r, A, 14) + "." + rs(r, H, 64), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", None, "R", "`pat` + 14 alphanumerics + `.` + 64 hex"),
    ("notion_internal_integration_token", lambda r: "ntn_" + rs(r, D, 11) + rs(r, A, 35), r"ntn_[0-9]{11}[A-Za-z0-9]{35}", None, "R", "`ntn_` + 11 digits + 35 alphanumerics"),
    # identity, captcha, fraud
    ("google_oauth_client_secret", lambda r: "GOCSPX-" + rs(r, BU, 28), r"GOCSPX-[\w-]{28}", (["google", "client", "id"], lambda r: rs(r, D, 12) + "-" + rs(r, L, 32) + ".apps.googleusercontent.com"), "B", "`GOCSPX-` + 28 base64url – next to it: google client id"),
    ("recaptcha_v3_secret_key", lambda r: "6L" + rs(r, BU, 38), r"6L[\w-]{38}", (["recaptcha", "site", "key"], lambda r: "6L" + rs(r, BU, 38)), "B", "`6L` + 38 base64url – next to it: recaptcha site key (same shape, public)"),
    ("hcaptcha_account_secret", lambda r: "0x" + rs(r, H, 40), r"0x[0-9a-f]{40}", (["hcaptcha", "sitekey"], C.uuid4), "B", "`0x` + 40 lower-case hex – next to it: hcaptcha sitekey (UUIDv4, public)"),
    ("turnstile_widget_secret_key", lambda r: "0x4AAAAAAA" + rs(r, BU, 25), r"0x4AAAAAAA[\w-]{25}", (["turnstile", "site", "key"], lambda r: "0x4AAAAAAA" + rs(r, BU, 12)), "G", "`0x4AAAAAAA` + 25 base64url – next to it: turnstile site key (shorter, public)"),
    # messaging and mail
    ("twilio_auth_token", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["twilio", "account", "sid"], lambda r: "AC" + rs(r, H, 32)), "B", "32 lower-case hex – next to it: twilio account sid"),
    ("messagebird_live_access_key", lambda r: rs(r, A, 25), r"[A-Za-z0-9]{25}", None, "R", "25 alphanumerics"),
    ("sinch_sms_service_plan_token", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["sinch", "service", "plan", "id"], lambda r: rs(r, H, 32)), "B", "32 lower-case hex – next to it: sinch service plan id (same shape)"),
    ("clicksend_api_key", _uuid_upper, UUIDRE.upper().replace("[0-9A-F]", "[0-9A-F]").replace("[89AB]", "[89AB]"), (["clicksend", "username"], lambda r: "sms" + str(r.randint(10, 99)) + "@fixfront.example"), "G", "upper-case UUIDv4 – next to it: clicksend username"),
    ("textlocal_api_key", lambda r: C.b64std(C.rbytes(r, 33)), r"[A-Za-z0-9+/]{44}", None, "G", "standard Base64 of 33 random bytes (44 characters)"),
    ("telegram_bot_api_token", lambda r: str(r.randint(6000000000, 7999999999)) + ":AA" + rs(r, BU, 33), r"[0-9]{10}:AA[\w-]{33}", None, "R", "10-digit bot id + `:AA` + 33 base64url"),
    ("slack_bot_user_token", lambda r: "xoxb-" + rs(r, D, 12) + "-" + rs(r, D, 13) + "-" + rs(r, A, 24), r"xoxb-[0-9]{12}-[0-9]{13}-[A-Za-z0-9]{24}", None, "R", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics"),
    ("slack_incoming_webhook_url", lambda r: "https://hooks.slack.com/services/T" + rs(r, U, 10) + "/B" + rs(r, U, 10) + "/" + rs(r, A, 24), r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}", None, "R", "whole `hooks.slack.com/services/T…/B…/…` URL (the URL is the credential)"),
    ("google_chat_space_webhook_url", _gchat, r"https://chat\.googleapis\.com/v1/spaces/AAAA[\w-]{7}/messages\?key=AIzaSy[\w-]{33}&token=[\w-]{43}", None, "B", "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL"),
    ("pushover_application_token", lambda r: "a" + rs(r, L, 29), r"a[a-z0-9]{29}", (["pushover", "user", "key"], lambda r: "u" + rs(r, L, 29)), "B", "`a` + 29 lower-case alphanumerics – next to it: pushover user key"),
    ("ntfy_access_token", lambda r: "tk_" + rs(r, L, 29), r"tk_[a-z0-9]{29}", None, "B", "`tk_` + 29 lower-case alphanumerics"),
    ("rocket_chat_personal_access_token", lambda r: rs(r, BU, 43), r"[\w-]{43}", (["rocketchat", "user", "id"], lambda r: rs(r, A, 17)), "B", "43 base64url – next to it: rocket.chat user id"),
    ("mailgun_private_api_key", lambda r: "key-" + rs(r, H, 32), r"key-[0-9a-f]{32}", None, "R", "`key-` + 32 lower-case hex"),
    ("brevo_smtp_api_key", lambda r: "xkeysib-" + rs(r, H, 64) + "-" + rs(r, A, 16), r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", None, "R", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics"),
    ("mailchimp_marketing_api_key", lambda r: rs(r, H, 32) + "-us" + str(r.randint(10, 21)), r"[0-9a-f]{32}-us[0-9]{2}", None, "R", "32 lower-case hex + `-us` + 2 digits"),
    ("klaviyo_private_api_key", lambda r: "pk_" + rs(r, H, 34), r"pk_[0-9a-f]{34}", (["klaviyo", "site", "id"], lambda r: rs(r, A, 6)), "B", "`pk_` + 34 lower-case hex (private despite `pk_`) – next to it: klaviyo public site id"),
    ("resend_api_key", lambda r: "re_" + rs(r, A, 8) + "_" + rs(r, A, 24), r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", None, "B", "`re_` + 8 + `_` + 24 alphanumerics"),
    ("aws_ses_smtp_password", _ses, r"B[A-Za-z0-9+/]{43}", (["ses", "smtp", "username"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), "B", "standard Base64 of version byte 0x04 + 32 bytes (44 characters, starts `B`, no padding) – next to it: ses smtp username (AKIA id)"),
    ("gmail_app_password", _gmail, r"[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}", (["gmail", "address"], lambda r: "fixfront.shop" + str(r.randint(1, 99)) + "@gmail.com"), "B", "16 lower-case letters in four space-separated groups – next to it: gmail address"),
    ("apple_app_specific_password", _apple, r"[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}", (["apple", "id"], lambda r: "dev" + str(r.randint(1, 99)) + "@fixfront.example"), "B", "16 lower-case letters in four `-`-separated groups – next to it: apple id"),
    # AI
    ("anthropic_api_key", lambda r: "sk-ant-api03-" + rs(r, BU, 93) + "AA", r"sk-ant-api03-[\w-]{93}AA", None, "R", "`sk-ant-api03-` + 93 base64url + `AA`"),
    ("openai_project_api_key", lambda r: "sk-proj-" + rs(r, BU, 74) + "T3BlbkFJ" + rs(r, BU, 74), r"sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}", None, "R", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url"),
    ("google_gemini_api_key", lambda r: "AIza" + rs(r, BU, 35), r"AIza[\w-]{35}", None, "R", "`AIza` + 35 base64url (server-side Gemini key)"),
    ("groq_api_key", lambda r: "gsk_" + rs(r, A, 52), r"gsk_[A-Za-z0-9]{52}", None, "B", "`gsk_` + 52 alphanumerics"),
    ("huggingface_user_access_token", lambda r: "hf_" + rs(r, C.LOWER + C.UPPER, 34), r"hf_[A-Za-z]{34}", None, "R", "`hf_` + 34 letters"),
    ("replicate_api_token", lambda r: "r8_" + rs(r, A, 37), r"r8_[A-Za-z0-9]{37}", None, "B", "`r8_` + 37 alphanumerics"),
    ("perplexity_api_key", lambda r: "pplx-" + rs(r, A, 48), r"pplx-[A-Za-z0-9]{48}", None, "R", "`pplx-` + 48 alphanumerics"),
    ("fireworks_ai_api_key", lambda r: "fw_" + rs(r, A, 24), r"fw_[A-Za-z0-9]{24}", None, "G", "`fw_` + 24 alphanumerics"),
    ("pinecone_api_key", lambda r: "pcsk_" + rs(r, A, 5) + "_" + rs(r, A, 63), r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}", None, "B", "`pcsk_` + 5 + `_` + 63 alphanumerics"),
    ("langsmith_personal_api_key", lambda r: "lsv2_pt_" + rs(r, H, 32) + "_" + rs(r, H, 10), r"lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}", None, "B", "`lsv2_pt_` + 32 hex + `_` + 10 hex"),
    ("wandb_api_key", lambda r: rs(r, H, 40), r"[0-9a-f]{40}", None, "B", "40 lower-case hex"),
    ("stability_ai_api_key", lambda r: "sk-" + rs(r, A, 48), r"sk-[A-Za-z0-9]{48}", None, "B", "`sk-` + 48 alphanumerics"),
    ("azure_ai_vision_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["vision", "endpoint"], lambda r: "https://fixfront-ocr" + str(r.randint(1, 99)) + ".cognitiveservices.azure.com/"), "B", "32 lower-case hex – next to it: vision endpoint"),
    # developer platforms
    ("github_classic_pat", lambda r: "ghp_" + rs(r, A, 36), r"ghp_[A-Za-z0-9]{36}", None, "R", "`ghp_` + 36 alphanumerics"),
    ("github_user_refresh_token", lambda r: "ghr_" + rs(r, A, 36), r"ghr_[A-Za-z0-9]{36}", None, "R", "`ghr_` + 36 alphanumerics"),
    ("gitlab_personal_access_token", lambda r: "glpat-" + rs(r, BU, 20), r"glpat-[\w-]{20}", None, "R", "`glpat-` + 20 base64url"),
    ("gitlab_oauth_application_secret", lambda r: "gloas-" + rs(r, BU, 64), r"gloas-[\w-]{64}", (["gitlab", "application", "id"], lambda r: rs(r, H, 64)), "R", "`gloas-` + 64 base64url – next to it: gitlab application id"),
    ("sonarqube_user_token", lambda r: "squ_" + rs(r, H, 40), r"squ_[0-9a-f]{40}", None, "R", "`squ_` + 40 lower-case hex"),
    ("jenkins_user_api_token", lambda r: "11" + rs(r, H, 32), r"11[0-9a-f]{32}", (["jenkins", "user"], lambda r: "ci" + str(r.randint(1, 9))), "B", "`11` + 32 lower-case hex – next to it: jenkins user"),
    ("nuget_api_key", lambda r: "oy2" + rs(r, L, 43), r"oy2[a-z0-9]{43}", None, "B", "`oy2` + 43 lower-case alphanumerics"),
    ("rubygems_api_key", lambda r: "rubygems_" + rs(r, H, 48), r"rubygems_[0-9a-f]{48}", None, "R", "`rubygems_` + 48 lower-case hex"),
    ("jfrog_reference_token", lambda r: "cmVmd" + rs(r, A, 59), r"cmVmd[A-Za-z0-9]{59}", None, "R", "`cmVmd` + 59 alphanumerics"),
    ("sentry_user_auth_token", lambda r: "sntryu_" + rs(r, H, 64), r"sntryu_[0-9a-f]{64}", None, "R", "`sntryu_` + 64 lower-case hex"),
    ("datadog_api_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", (["datadog", "site"], lambda r: "datadoghq.eu"), "B", "32 lower-case hex"),
    ("posthog_personal_api_key", lambda r: "phx_" + rs(r, A, 43), r"phx_[A-Za-z0-9]{43}", None, "B", "`phx_` + 43 alphanumerics"),
    ("octopus_deploy_api_key", lambda r: "API-" + rs(r, U, 26), r"API-[A-Z0-9]{26}", None, "R", "`API-` + 26 upper-case alphanumerics"),
    ("dynatrace_api_token", lambda r: "dt0c01." + rs(r, U, 24) + "." + rs(r, U, 64), r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}", None, "R", "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics"),
    ("pulumi_access_token", lambda r: "pul-" + rs(r, H, 40), r"pul-[0-9a-f]{40}", None, "R", "`pul-` + 40 lower-case hex"),
    ("fastlane_match_password", pw, None, (["match", "git", "url"], lambda r: "git@gitea.fixfront.lan:mobile/certs" + str(r.randint(1, 9)) + ".git"), "O", "owner-chosen password – next to it: match git url"),
    ("onesignal_rest_api_key", lambda r: "os_v2_app_" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 110), r"os_v2_app_[a-z2-7]{110}", (["onesignal", "app", "id"], C.uuid4), "G", "`os_v2_app_` + 110 lower-case Base32 characters – next to it: onesignal app id"),
    ("pusher_channels_app_secret", lambda r: rs(r, H, 20), r"[0-9a-f]{20}", (["pusher", "app", "key"], lambda r: rs(r, H, 20)), "B", "20 lower-case hex – next to it: pusher app key (same shape, public)"),
    ("ably_root_api_key", lambda r: rs(r, A, 6) + "." + rs(r, A, 6) + ":" + rs(r, BU, 43), r"[A-Za-z0-9]{6}\.[A-Za-z0-9]{6}:[\w-]{43}", None, "B", "app id + `.` + key id + `:` + 43 base64url (whole key)"),
    ("elastic_cloud_encoded_api_key", _elastic, r"[A-Za-z0-9+/]{58}==", None, "B", "standard Base64 of `id:key` (20 + `:` + 22 base64url characters, real)"),
    # cloud and ops
    ("heroku_platform_api_key", lambda r: "HRKU-AA" + rs(r, BU, 58), r"HRKU-AA[\w-]{58}", None, "R", "`HRKU-AA` + 58 base64url"),
    ("render_api_key", lambda r: "rnd_" + rs(r, A, 32), r"rnd_[A-Za-z0-9]{32}", None, "B", "`rnd_` + 32 alphanumerics"),
    ("fly_io_access_token", lambda r: "fo1_" + rs(r, BU, 43), r"fo1_[\w-]{43}", None, "R", "`fo1_` + 43 base64url"),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + rs(r, H, 64), r"dop_v1_[0-9a-f]{64}", None, "R", "`dop_v1_` + 64 lower-case hex"),
    ("linode_personal_access_token", lambda r: rs(r, H, 64), r"[0-9a-f]{64}", None, "B", "64 lower-case hex"),
    ("hetzner_cloud_api_token", lambda r: rs(r, A, 64), r"[A-Za-z0-9]{64}", None, "B", "64 alphanumerics"),
    ("scaleway_secret_key", C.uuid4, UUIDRE, (["scaleway", "access", "key"], lambda r: "SCW" + rs(r, U, 17)), "B", "UUIDv4 – next to it: scaleway access key (`SCW` + 17)"),
    ("aws_secret_access_key", lambda r: rs(r, A + "+/", 40), r"[A-Za-z0-9+/]{40}", (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), "B", "40 Base64-alphabet characters – next to it: aws access key id"),
    ("azure_storage_account_key", lambda r: C.b64std(C.rbytes(r, 64)), r"[A-Za-z0-9+/]{86}==", (["storage", "account", "name"], lambda r: "fixfrontwipe" + str(r.randint(10, 99))), "B", "standard Base64 of 64 random bytes (88 characters, `==`) – next to it: storage account name"),
    ("cloudflare_api_token", lambda r: rs(r, BU, 40), r"[\w-]{40}", None, "R", "40 base64url"),
    ("cloudflare_r2_secret_access_key", lambda r: rs(r, H, 64), r"[0-9a-f]{64}", (["r2", "access", "key", "id"], lambda r: rs(r, H, 32)), "B", "64 lower-case hex – next to it: r2 access key id (32 hex)"),
    ("tailscale_api_access_token", lambda r: "tskey-api-" + rs(r, A, 11) + "CNTRL-" + rs(r, A, 32), r"tskey-api-[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{32}", None, "B", "`tskey-api-` + 11 + `CNTRL-` + 32 alphanumerics"),
    ("teamviewer_script_token", lambda r: rs(r, D, 8) + "-" + rs(r, A, 20), r"[0-9]{8}-[A-Za-z0-9]{20}", None, "B", "8 digits + `-` + 20 alphanumerics"),
    ("atera_rmm_api_key", lambda r: rs(r, H, 32), r"[0-9a-f]{32}", None, "G", "32 lower-case hex"),
    ("meraki_dashboard_api_key", lambda r: rs(r, H, 40), r"[0-9a-f]{40}", None, "R", "40 lower-case hex"),
    ("onepassword_service_account_token", _ops, r"ops_eyJ[A-Za-z0-9+/]{250,}={0,2}", None, "R", "`ops_` + standard Base64 of JSON (real, sign-in address, SRP and MUK fields)"),
    ("doppler_service_token", lambda r: "dp.st.prd." + rs(r, A, 40), r"dp\.st\.prd\.[A-Za-z0-9]{40}", None, "B", "`dp.st.prd.` + 40 alphanumerics"),
    ("infisical_universal_auth_client_secret", lambda r: rs(r, H, 64), r"[0-9a-f]{64}", (["infisical", "client", "id"], C.uuid4), "G", "64 lower-case hex – next to it: infisical client id (UUIDv4)"),
    ("unifi_network_admin_password", pw, None, (["unifi", "admin", "user"], lambda r: "shopadmin" + str(r.randint(1, 9))), "O", "owner-chosen password – next to it: unifi admin user"),
    ("synology_dsm_admin_password", pw, None, (["dsm", "user"], lambda r: "wipelogs" + str(r.randint(1, 9))), "O", "owner-chosen password – next to it: dsm user"),
]

# ------------------------------------------------------------------ styles
STYLES = [
    ("repair_api_dotenv_prod", "upper"),
    ("refurb_worker_compose_environment", "upper"),
    ("tradein_app_config_py_dict", "snake"),
    ("listing_sync_typescript_env_ts", "camel"),
    ("shop_ops_heroku_config_set_history", "upper"),
    ("shop_ops_fly_secrets_set_history", "upper"),
    ("parts_service_toml_section", "snake"),
    ("diag_app_android_local_properties", "dot"),
    ("repair_owner_whatsapp_paste", "spaced"),
    ("refurb_helpdesk_intercom_note", "spaced"),
    ("shop_ops_lastpass_csv_export", "title"),
    ("buyback_ios_secrets_xcconfig", "upper"),
    ("intake_csharp_appsettings_json", "pascal"),
    ("wipe_ops_vault_kv_get_output", "snake"),
    ("shop_ops_gcloud_secrets_add_history", "upper"),
    ("refurb_ops_k8s_configmap_mistake_yaml", "upper"),
]


def _q(v):
    return "'" + v + "'" if " " in v else v


def render(style, rng, key, val, nb):
    """nb: None or (key, value). Returns (before, after)."""
    nbk, nbv = nb if nb else (None, None)
    if style == "repair_api_dotenv_prod":
        pre = "# repair-api .env (production)\nNODE_ENV=production\n" + (nbk + "=" + nbv + "\n" if nb else "")
        q = '"' if " " in val else ""
        return pre + key + "=" + q, q + "\nPORT=8081\n"
    if style == "refurb_worker_compose_environment":
        pre = "services:\n  refurb-worker:\n    image: ghcr.io/fixfront/refurb-worker:2.4\n    environment:\n      - TZ=Europe/London\n" + ("      - " + nbk + "=" + nbv + "\n" if nb else "")
        return pre + "      - " + key + "=", "\n    restart: unless-stopped\n"
    if style == "tradein_app_config_py_dict":
        pre = "VENDORS = {\n    \"region\": \"uk\",\n" + ("    \"%s\": \"%s\",\n" % (nbk, nbv) if nb else "")
        return pre + "    \"%s\": \"" % key, "\",\n}\n"
    if style == "listing_sync_typescript_env_ts":
        pre = "// listing-sync/src/env.ts\nexport const env = {\n  marketplace: 'uk',\n" + ("  %s: '%s',\n" % (nbk, nbv) if nb else "")
        return pre + "  %s: '" % key, "',\n} as const;\n"
    if style == "shop_ops_heroku_config_set_history":
        app = rng.choice(["fixfront-repairs", "tradein-api", "refurb-listings"])
        pre = "  501  heroku login\n  502  heroku config:set " + ("%s=%s " % (nbk, nbv) if nb else "") + key + "="
        q = "'" if " " in val else ""
        return pre + q, q + " -a " + app + "\n  503  heroku ps:restart -a " + app + "\n"
    if style == "shop_ops_fly_secrets_set_history":
        pre = "fly auth whoami\n" + ("fly secrets set %s=%s\n" % (nbk, nbv) if nb else "") + "fly secrets set " + key + "=\""
        return pre, "\" --stage\nfly deploy --strategy rolling\n"
    if style == "parts_service_toml_section":
        pre = "[vendor]\nregion = \"uk\"\n" + ("%s = \"%s\"\n" % (nbk, nbv) if nb else "")
        return pre + "%s = \"" % key, "\"\ntimeout_secs = 20\n"
    if style == "diag_app_android_local_properties":
        pre = "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/dev/Library/Android/sdk\n" + (nbk + "=" + nbv + "\n" if nb else "")
        return pre + key + "=", "\n"
    if style == "repair_owner_whatsapp_paste":
        pre = "[14/03/2025, 18:%02d] Jas Fixfront: setting up the new integration tonight\n" % rng.randint(0, 40)
        if nb:
            pre += "[14/03/2025, 18:%02d] Jas Fixfront: %s %s\n" % (rng.randint(41, 49), nbk, nbv)
        return pre + "[14/03/2025, 18:5%d] Jas Fixfront: %s " % (rng.randint(0, 9), key), "\n[14/03/2025, 19:02] Dele: 👍 got it\n"
    if style == "refurb_helpdesk_intercom_note":
        pre = "Note by Megan (internal) · Conversation #%d\nVendor support asked us to re-enter the credentials.\n" % rng.randint(100000, 999999)
        if nb:
            pre += nbk + ": " + nbv + "\n"
        return pre + key + ": ", "\nPlease move this to 1Password and delete the note.\n"
    if style == "shop_ops_lastpass_csv_export":
        name = key
        user = nbv if nb else ""
        pre = "url,username,password,totp,extra,name,grouping,fav\nhttps://portal.fixfront.example,counter,,,,Counter PC,Shop,0\nhttp://sn,%s," % user
        return pre, ",,\"API credential\",%s,Vendors,0\n" % name
    if style == "buyback_ios_secrets_xcconfig":
        pre = "// Secrets.xcconfig – excluded from git? (check!)\nPRODUCT_BUNDLE_IDENTIFIER = uk.fixfront.buyback\n" + (nbk + " = " + nbv + "\n" if nb else "")
        return pre + key + " = ", "\n"
    if style == "intake_csharp_appsettings_json":
        pre = "{\n  \"Vendors\": {\n    \"Region\": \"uk\",\n" + ("    \"%s\": \"%s\",\n" % (nbk, nbv) if nb else "")
        return pre + "    \"%s\": \"" % key, "\"\n  }\n}\n"
    if style == "wipe_ops_vault_kv_get_output":
        pre = "$ vault kv get secret/shop/vendors\n======= Data =======\nKey                Value\n---                -----\n" + ("%-18s %s\n" % (nbk, nbv) if nb else "")
        return pre + "%-18s " % key, "\nregion             uk\n"
    if style == "shop_ops_gcloud_secrets_add_history":
        pre = "gcloud config set project fixfront-prod\n" + ("gcloud secrets versions add %s --data-file=<(printf '%s')\n" % (nbk, nbv) if nb else "")
        return pre + "printf '", "' | gcloud secrets versions add %s --data-file=-\n" % key
    if style == "refurb_ops_k8s_configmap_mistake_yaml":
        pre = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: refurb-listings\ndata:\n  REGION: \"uk\"\n" + ("  %s: \"%s\"\n" % (nbk, nbv) if nb else "")
        return pre + "  %s: \"" % key, "\"\n"
    raise KeyError(style)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (tname, gen, rx, nb, cls, shape) in enumerate(V):
        sname, case = STYLES[i % len(STYLES)]
        words = tname.split("_")
        key = C.style_key(words, case)
        val = reg.draw(lambda: gen(rng))
        nbp = None
        if nb:
            nbv = reg.draw(lambda: nb[1](rng))
            nbp = (C.style_key(nb[0], case), nbv)
        before, after = render(sname, rng, key, val, nbp)
        text = before + val + after
        recs.append({"type": tname, "container": tname + "__" + sname, "text": text,
                     "secrets": [{"value": val, "start": len(before), "end": len(before) + len(val), "type": tname}],
                     "source": "vendor"})
    return recs


def shape_ok(tname, value):
    for t, gen, rx, nb, cls, shape in V:
        if t == tname:
            if rx is None:
                return bool(C.PW_RE.match(value))
            return re.fullmatch(rx, value) is not None
    return False


SET_ASIDE = [
    ("box_developer_token", "short-lived (60 minutes) and a guessed 32-alphanumeric shape"),
    ("codemagic_api_token", "guessed shape, weak link to a repair shop"),
    ("bitrise_personal_access_token", "guessed shape; one mobile CI vendor is enough (fastlane match kept)"),
    ("zerotier_central_api_token", "guessed 32-alphanumeric shape, Tailscale covers the VPN"),
    ("roboflow_private_api_key", "guessed 20-alphanumeric shape"),
    ("getaddress_io_api_key", "guessed shape; the key is often used in browser address lookups"),
    ("honeycomb_ingest_key", "guessed length"),
    ("together_ai_api_key", "guessed shape (bare 64 hex), other AI vendors kept"),
]


def dict_set_aside():
    return [n for n, _ in SET_ASIDE]
