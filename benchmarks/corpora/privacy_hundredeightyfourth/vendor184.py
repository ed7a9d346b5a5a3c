"""Vendor source: 120 vendor credential types used by court-reporting / legal-transcription developers."""
import base64
import json
import random
import string

from common184 import (MARK, B62, ALNUM, LOWALNUM, UPALNUM, HEX, B64URL, rs, rbytes, password, uuid4,
                       b64, b64url_nopad, jwt, github_style_token, keyname, place)

SEED = 18402
B64STD = string.ascii_letters + string.digits + "+/"
B32LOW = "abcdefghijklmnopqrstuvwxyz234567"
DIG = string.digits
UPHEX = "0123456789ABCDEF"


def _a(n): return lambda r: rs(r, ALNUM, n)
def _la(n): return lambda r: rs(r, LOWALNUM, n)
def _ua(n): return lambda r: rs(r, UPALNUM, n)
def _h(n): return lambda r: rs(r, HEX, n)
def _H(n): return lambda r: rs(r, UPHEX, n)
def _u(n): return lambda r: rs(r, B64URL, n)
def _pre(p, f): return lambda r: p + f(r)
def _uuid(r): return uuid4(r)
def _pw(r): return password(r)
def _dig(n): return lambda r: str(r.randint(1, 9)) + rs(r, DIG, n - 1)


def _azure_ad_secret(r):
    return rs(r, ALNUM + "_~.", 3) + r.choice(DIG) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def _teams_webhook(r):
    return ("https://stenodesk.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r)))


def _discord_webhook(r):
    return "https://discord.com/api/webhooks/1" + rs(r, DIG, 18) + "/" + rs(r, B64URL, 68)


def _webex(r):
    return rs(r, ALNUM, 64) + "_" + rs(r, UPALNUM, 4) + "_" + uuid4(r)


def _ringcentral_jwt(r):
    hdr = {"kid": rs(r, ALNUM, 22), "alg": "RS256"}
    iat = 1767225600 + r.randint(0, 9000000)
    pl = {"aud": "https://platform.ringcentral.com/restapi/oauth/token", "sub": str(r.randint(10 ** 9, 10 ** 10)),
          "iss": "https://platform.ringcentral.com", "exp": iat + 3 * 365 * 86400, "iat": iat, "jti": rs(r, B64URL, 22)}
    return jwt(r, hdr, pl, sig="random", sig_len=256)


def _monday_jwt(r):
    pl = {"tid": r.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randint(10 ** 7, 10 ** 8),
          "iad": "2026-0%d-%02dT%02d:%02d:%02d.000Z" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "per": "me:write", "actid": r.randint(10 ** 6, 10 ** 7), "rgn": "use1"}
    return jwt(r, {"alg": "HS256"}, pl, sig="hmac", key=rbytes(r, 32))


def _sentry_org(r):
    body = {"iat": 1767225600 + r.randint(0, 9000000), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
            "org": "stenodesk"}
    return "sntrys_" + b64(json.dumps(body, separators=(",", ":")).encode()) + "_" + rs(r, B64STD, 43)


def _ops(r):
    body = {"signInAddress": "my.1password.com",
            "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url_nopad(rbytes(r, 16))},
            "email": rs(r, "abcdefghijklmnopqrstuvwxyz234567", 13) + "@1passwordserviceaccounts.com",
            "srpX": rs(r, HEX, 64),
            "muk": {"alg": "A256GCM", "ext": False, "k": b64url_nopad(rbytes(r, 32)), "key_ops": ["encrypt", "decrypt"],
                    "kty": "oct", "kid": "mp"},
            "secretKey": "A3-" + rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 11) + "-" + "-".join(rs(r, UPALNUM, 5) for _ in range(3)),
            "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": uuid4(r)},
            "deviceUuid": rs(r, B32LOW, 26)}
    return "ops_" + b64(json.dumps(body, separators=(",", ":")).encode())


def _pypi(r):
    raw = b"\x02\x01\x08pypi.org\x02\x25pypi-macaroon-" + rs(r, HEX, 22).encode() + rbytes(r, 90)
    return "pypi-" + b64url_nopad(raw)


def _elastic(r):
    return b64((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode())


def _mapbox_sk(r):
    body = json.dumps({"u": "stenodesk", "a": "cm" + rs(r, LOWALNUM, 23)}, separators=(",", ":")).encode()
    return "sk." + b64url_nopad(body) + "." + rs(r, B64URL, 22)


def _ably(r):
    return rs(r, B64URL, 6) + "." + rs(r, B64URL, 6) + ":" + rs(r, B64URL, 43)


def _harvest(r):
    return rs(r, DIG, 7) + ".pt." + rs(r, B64URL, 86)


def _asana(r):
    return "2/" + _dig(16)(r) + "/" + _dig(16)(r) + ":" + rs(r, HEX, 32)


def _tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 10) + "CNTRL-" + rs(r, ALNUM, 33)


def _slack_user(r):
    return "xoxp-" + _dig(11)(r) + "-" + _dig(11)(r) + "-" + _dig(13)(r) + "-" + rs(r, HEX, 32)


def _slack_app(r):
    return "xapp-1-A" + rs(r, UPALNUM, 10) + "-" + _dig(13)(r) + "-" + rs(r, HEX, 64)


def _telegram(r):
    return _dig(10)(r) + ":AA" + rs(r, B64URL, 33)


def _aws_secret(r):
    return rs(r, B64STD, 40)


# (type, vendor display, key words, generator, shape, confidence, id (words, generator) or None)
# confidence: read = prefix / layout read this session in the public gitleaks rule file;
# believed = from background knowledge; guessed = length / alphabet only; pw = owner-chosen password
V = [
    ("stenograph_case_catalyst_login_password", "Stenograph Case CATalyst", ["catalyst", "login", "password"], _pw, "owner-chosen password", "pw", (["catalyst", "login", "user"], lambda r: "csr" + rs(r, DIG, 5))),
    ("eclipse_cat_advantage_portal_password", "Eclipse CAT (Advantage Software)", ["eclipse", "portal", "password"], _pw, "owner-chosen password", "pw", None),
    ("procat_cloud_login_password", "ProCAT", ["procat", "password"], _pw, "owner-chosen password", "pw", None),
    ("digitalcat_license_server_password", "DigitalCAT", ["digitalcat", "license", "password"], _pw, "owner-chosen password", "pw", None),
    ("caseviewnet_realtime_session_password", "CaseViewNet", ["caseview", "session", "password"], _pw, "owner-chosen password", "pw", None),
    ("ncra_member_portal_password", "NCRA member portal", ["ncra", "portal", "password"], _pw, "owner-chosen password", "pw", (["ncra", "member", "id"], lambda r: rs(r, DIG, 6))),
    ("pacer_cmecf_filer_password", "PACER / CM/ECF", ["pacer", "password"], _pw, "owner-chosen password", "pw", (["pacer", "username"], lambda r: "stenodesk" + rs(r, DIG, 3))),
    ("fileandserve_xpress_login_password", "File & ServeXpress", ["fsx", "login", "password"], _pw, "owner-chosen password", "pw", None),
    ("reallegal_etranscript_certify_password", "RealLegal E-Transcript", ["reallegal", "certify", "password"], _pw, "owner-chosen password", "pw", None),
    ("docket_alarm_account_password", "Docket Alarm", ["docketalarm", "password"], _pw, "owner-chosen password", "pw", None),
    ("streamtext_event_api_key", "StreamText", ["streamtext", "api", "key"], _a(32), "32 alphanumerics", "guessed", None),
    ("stenocast_bridge_api_token", "StenoCast", ["stenocast", "api", "token"], _h(40), "40 lower-case hex", "guessed", None),
    ("veritext_vault_api_key", "Veritext", ["veritext", "api", "key"], _a(40), "40 alphanumerics", "guessed", None),
    ("esquire_connect_client_secret", "Esquire", ["esquire", "client", "secret"], _u(43), "43 base64url (client id UUID next to it is an identifier)", "guessed", (["esquire", "client", "id"], _uuid)),
    ("planet_depos_scheduling_api_token", "Planet Depos", ["planetdepos", "api", "token"], _h(64), "64 lower-case hex", "guessed", None),
    ("lexitas_portal_api_key", "Lexitas", ["lexitas", "api", "key"], _uuid, "UUIDv4", "guessed", None),
    ("agilelaw_exhibit_api_key", "AgileLaw", ["agilelaw", "api", "key"], _a(32), "32 alphanumerics", "guessed", None),
    ("trialdirector_cloud_client_secret", "TrialDirector", ["trialdirector", "client", "secret"], _a(48), "48 alphanumerics (client id next to it is public)", "guessed", (["trialdirector", "client", "id"], _la(24))),
    ("everlaw_api_token", "Everlaw", ["everlaw", "api", "token"], _a(40), "40 alphanumerics", "guessed", None),
    ("logikcull_api_key", "Logikcull", ["logikcull", "api", "key"], _h(32), "32 lower-case hex", "guessed", None),
    ("casefleet_api_token", "CaseFleet", ["casefleet", "api", "token"], _a(32), "32 alphanumerics", "guessed", None),
    ("relativity_oauth_client_secret", "Relativity", ["relativity", "client", "secret"], _u(43), "43 base64url (client id next to it is an identifier)", "guessed", (["relativity", "client", "id"], _uuid)),
    ("clio_manage_client_secret", "Clio", ["clio", "client", "secret"], _a(40), "40 alphanumerics (client id next to it is public)", "guessed", (["clio", "client", "id"], _a(40))),
    ("mycase_api_key", "MyCase", ["mycase", "api", "key"], _h(32), "32 lower-case hex", "guessed", None),
    ("filevine_api_secret", "Filevine", ["filevine", "api", "secret"], _a(32), "32 alphanumerics (key id UUID next to it is an identifier)", "guessed", (["filevine", "api", "key"], _uuid)),
    ("netdocuments_client_secret", "NetDocuments", ["netdocuments", "client", "secret"], _a(40), "40 alphanumerics (client id next to it is public)", "guessed", (["netdocuments", "client", "id"], _pre("AP-", _ua(8)))),
    ("practicepanther_client_secret", "PracticePanther", ["practicepanther", "client", "secret"], _a(32), "32 alphanumerics", "guessed", None),
    ("smokeball_api_key", "Smokeball", ["smokeball", "api", "key"], _a(40), "40 alphanumerics", "guessed", None),
    ("tyler_efsp_client_token", "Tyler Technologies EFSP", ["tyler", "efsp", "token"], _uuid, "UUIDv4", "guessed", None),
    ("one_legal_efiling_api_key", "One Legal", ["onelegal", "api", "key"], _h(40), "40 lower-case hex", "guessed", None),
    ("infotrack_partner_client_secret", "InfoTrack", ["infotrack", "client", "secret"], _a(48), "48 alphanumerics", "guessed", None),
    ("courtlistener_api_token", "CourtListener", ["courtlistener", "token"], _h(40), "40 lower-case hex (Django REST framework token)", "believed", None),
    ("unicourt_api_client_secret", "UniCourt", ["unicourt", "client", "secret"], _a(40), "40 alphanumerics (client id next to it is public)", "guessed", (["unicourt", "client", "id"], _a(20))),
    ("trellis_law_api_key", "Trellis", ["trellis", "api", "key"], _a(32), "32 alphanumerics", "guessed", None),
    ("proof_notarization_api_key", "Proof (Notarize)", ["proof", "api", "key"], _a(24), "24 alphanumerics", "guessed", None),
    ("rev_ai_access_token", "Rev.ai", ["revai", "access", "token"], _pre("02", _u(86)), "`02` + 86 base64url", "guessed", None),
    ("rev_transcription_user_api_key", "Rev (human transcription)", ["rev", "user", "api", "key"], _u(28), "28 base64url (client API key next to it is an identifier)", "guessed", (["rev", "client", "api", "key"], _u(24))),
    ("assemblyai_api_key", "AssemblyAI", ["assemblyai", "api", "key"], _h(32), "32 lower-case hex", "believed", None),
    ("deepgram_api_key", "Deepgram", ["deepgram", "api", "key"], _h(40), "40 lower-case hex", "believed", None),
    ("speechmatics_api_key", "Speechmatics", ["speechmatics", "api", "key"], _a(32), "32 alphanumerics", "guessed", None),
    ("verbit_api_token", "Verbit", ["verbit", "api", "token"], _a(40), "40 alphanumerics", "guessed", None),
    ("trint_api_key", "Trint", ["trint", "api", "key"], _h(40), "40 lower-case hex", "guessed", None),
    ("sonix_api_key", "Sonix", ["sonix", "api", "key"], _a(24), "24 alphanumerics", "guessed", None),
    ("gladia_api_key", "Gladia", ["gladia", "api", "key"], _uuid, "UUIDv4", "guessed", None),
    ("azure_speech_subscription_key", "Azure AI Speech", ["azure", "speech", "key"], _h(32), "32 lower-case hex (region next to it is public)", "believed", (["azure", "speech", "region"], lambda r: r.choice(["eastus", "westus2", "centralus"]))),
    ("ibm_watson_stt_apikey", "IBM Watson Speech to Text", ["watson", "stt", "apikey"], _u(44), "44 base64url", "believed", None),
    ("aws_transcribe_iam_secret_access_key", "Amazon Transcribe (IAM user)", ["aws", "secret", "access", "key"], _aws_secret, "40 Base64-alphabet characters (the `AKIA…` key id next to it is an identifier)", "believed", (["aws", "access", "key", "id"], _pre("AKIA", _ua(16)))),
    ("huggingface_pyannote_gated_model_token", "Hugging Face (gated pyannote models)", ["hf", "token"], _pre("hf_", lambda r: rs(r, string.ascii_letters, 34)), "`hf_` + 34 letters", "read", None),
    ("pyannoteai_api_key", "pyannoteAI", ["pyannoteai", "api", "key"], _pre("sk_", _h(32)), "`sk_` + 32 lower-case hex", "guessed", None),
    ("elevenlabs_api_key", "ElevenLabs", ["elevenlabs", "api", "key"], _pre("sk_", _h(48)), "`sk_` + 48 lower-case hex", "believed", None),
    ("openai_service_account_key", "OpenAI", ["openai", "api", "key"], lambda r: "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read", None),
    ("anthropic_transcript_summary_api_key", "Anthropic", ["anthropic", "api", "key"], lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", "`sk-ant-api03-` + 93 base64url + `AA`", "read", None),
    ("cohere_api_key", "Cohere", ["co", "api", "key"], _a(40), "40 alphanumerics", "read", None),
    ("deepseek_api_key", "DeepSeek", ["deepseek", "api", "key"], _pre("sk-", _h(32)), "`sk-` + 32 lower-case hex", "believed", None),
    ("azure_openai_api_key", "Azure OpenAI", ["azure", "openai", "api", "key"], _h(32), "32 lower-case hex (endpoint next to it is public)", "believed", (["azure", "openai", "endpoint"], lambda r: "https://stenodesk-" + rs(r, LOWALNUM, 5) + ".openai.azure.com/")),
    ("langsmith_api_key", "LangSmith", ["langsmith", "api", "key"], lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed", None),
    ("openrouter_api_key", "OpenRouter", ["openrouter", "api", "key"], _pre("sk-or-v1-", _h(64)), "`sk-or-v1-` + 64 lower-case hex", "believed", None),
    ("fireworks_ai_api_key", "Fireworks AI", ["fireworks", "api", "key"], _pre("fw_", _a(24)), "`fw_` + 24 alphanumerics", "believed", None),
    ("llamacloud_parse_api_key", "LlamaCloud / LlamaParse", ["llama", "cloud", "api", "key"], _pre("llx-", _a(48)), "`llx-` + 48 alphanumerics", "believed", None),
    ("wandb_api_key", "Weights & Biases", ["wandb", "api", "key"], _h(40), "40 lower-case hex", "believed", None),
    ("modal_token_secret", "Modal", ["modal", "token", "secret"], _pre("as-", _a(22)), "`as-` + 22 alphanumerics (the `ak-` token id next to it is an identifier)", "believed", (["modal", "token", "id"], _pre("ak-", _a(22)))),
    ("zoom_server_to_server_client_secret", "Zoom (Server-to-Server OAuth)", ["zoom", "client", "secret"], _a(32), "32 alphanumerics (account id and client id next to it are identifiers)", "believed", (["zoom", "client", "id"], _a(22))),
    ("zoom_webhook_secret_token", "Zoom webhooks", ["zoom", "webhook", "secret", "token"], _u(22), "22 base64url", "guessed", None),
    ("webex_bot_access_token", "Webex", ["webex", "bot", "token"], _webex, "64 alphanumerics + `_` + 4 + `_` + UUIDv4", "believed", None),
    ("azure_ad_teams_app_client_secret", "Microsoft Entra ID (Teams app)", ["azure", "client", "secret"], _azure_ad_secret, "3 characters + digit + `Q~` + 34 characters (40 in all; the client id UUID next to it is an identifier)", "read", (["azure", "client", "id"], _uuid)),
    ("microsoft_teams_incoming_webhook_url", "Microsoft Teams", ["teams", "webhook", "url"], _teams_webhook, "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", "read", None),
    ("agora_app_certificate", "Agora", ["agora", "app", "certificate"], _h(32), "32 lower-case hex (the app id next to it, also 32 hex, is public)", "believed", (["agora", "app", "id"], _h(32))),
    ("daily_co_api_key", "Daily", ["daily", "api", "key"], _h(64), "64 lower-case hex", "believed", None),
    ("vonage_video_api_secret", "Vonage Video API", ["vonage", "video", "api", "secret"], _h(40), "40 lower-case hex (the numeric API key next to it is an identifier)", "believed", (["vonage", "video", "api", "key"], _dig(8))),
    ("livekit_api_secret", "LiveKit", ["livekit", "api", "secret"], _a(43), "43 alphanumerics (the `API…` key next to it is an identifier)", "believed", (["livekit", "api", "key"], _pre("API", _a(12)))),
    ("wistia_api_token", "Wistia", ["wistia", "api", "token"], _h(64), "64 lower-case hex", "believed", None),
    ("goto_meeting_client_secret", "GoTo Meeting", ["goto", "client", "secret"], _a(24), "24 alphanumerics", "guessed", None),
    ("cal_com_api_key", "Cal.com", ["cal", "api", "key"], _pre("cal_live_", _h(32)), "`cal_live_` + 32 lower-case hex", "believed", None),
    ("calendly_webhook_signing_key", "Calendly webhooks", ["calendly", "webhook", "signing", "key"], _u(43), "43 base64url", "guessed", None),
    ("ringcentral_jwt_credential", "RingCentral", ["ringcentral", "jwt"], _ringcentral_jwt, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed", (["ringcentral", "client", "id"], _u(22))),
    ("dropbox_sign_api_key", "Dropbox Sign", ["dropbox", "sign", "api", "key"], _h(64), "64 lower-case hex", "believed", None),
    ("pandadoc_api_key", "PandaDoc", ["pandadoc", "api", "key"], _h(40), "40 lower-case hex", "believed", None),
    ("adobe_acrobat_sign_client_secret", "Adobe Acrobat Sign", ["adobe", "sign", "client", "secret"], _pre("p8e-", _a(32)), "`p8e-` + 32 alphanumerics (client id next to it is public)", "believed", (["adobe", "sign", "client", "id"], _h(32))),
    ("box_platform_client_secret", "Box", ["box", "client", "secret"], _a(32), "32 alphanumerics (client id next to it is public)", "believed", (["box", "client", "id"], _la(32))),
    ("sharefile_oauth_client_secret", "ShareFile", ["sharefile", "client", "secret"], _a(40), "40 alphanumerics (client id next to it is public)", "guessed", (["sharefile", "client", "id"], _a(32))),
    ("egnyte_api_key", "Egnyte", ["egnyte", "api", "key"], _a(24), "24 alphanumerics", "guessed", None),
    ("dropbox_short_lived_access_token", "Dropbox", ["dropbox", "access", "token"], _pre("sl.B", _u(134)), "`sl.` + 135 base64url", "read", None),
    ("google_drive_oauth_refresh_token", "Google Drive", ["gdrive", "refresh", "token"], _pre("1//0", _u(99)), "`1//0` + 99 base64url", "believed", (["gdrive", "client", "id"], lambda r: rs(r, DIG, 12) + "-" + rs(r, LOWALNUM, 32) + ".apps.googleusercontent.com")),
    ("lob_live_api_key", "Lob (certified mail)", ["lob", "api", "key"], _pre("live_", _h(35)), "`live_` + 35 lower-case hex", "read", None),
    ("fedex_api_client_secret", "FedEx", ["fedex", "client", "secret"], _h(32), "32 lower-case hex (client id next to it is public)", "guessed", (["fedex", "client", "id"], _pre("l7", _la(30)))),
    ("ups_oauth_client_secret", "UPS", ["ups", "client", "secret"], _a(64), "64 alphanumerics", "guessed", None),
    ("postmark_server_api_token", "Postmark", ["postmark", "server", "token"], _uuid, "UUIDv4", "believed", None),
    ("stripe_restricted_live_key", "Stripe", ["stripe", "restricted", "key"], _pre("rk_live_51", _a(97)), "`rk_live_51` + 97 alphanumerics", "believed", None),
    ("paypal_rest_client_secret", "PayPal", ["paypal", "client", "secret"], _pre("E", _u(79)), "`E` + 79 base64url (client id next to it is public)", "believed", (["paypal", "client", "id"], _pre("A", _u(79)))),
    ("lawpay_secret_key", "LawPay", ["lawpay", "secret", "key"], _u(44), "44 base64url", "guessed", None),
    ("authorize_net_transaction_key", "Authorize.net", ["authnet", "transaction", "key"], _a(16), "16 alphanumerics (the API login id next to it is an identifier)", "believed", (["authnet", "api", "login", "id"], _a(9))),
    ("braintree_private_key", "Braintree", ["braintree", "private", "key"], _h(32), "32 lower-case hex (public key next to it is public)", "believed", (["braintree", "public", "key"], _la(16))),
    ("freshbooks_access_token", "FreshBooks", ["freshbooks", "access", "token"], _la(64), "64 lower-case alphanumerics", "read", None),
    ("harvest_personal_access_token", "Harvest", ["harvest", "access", "token"], _harvest, "7 digits + `.pt.` + 86 base64url (the account id next to it is an identifier)", "believed", (["harvest", "account", "id"], _dig(7))),
    ("invoice_ninja_api_token", "Invoice Ninja", ["ninja", "api", "token"], _a(64), "64 alphanumerics", "guessed", None),
    ("intuit_quickbooks_payments_client_secret", "QuickBooks Payments", ["qbo", "client", "secret"], _a(40), "40 alphanumerics (client id next to it is public)", "believed", (["qbo", "client", "id"], _pre("AB", _a(48)))),
    ("sendgrid_api_key", "SendGrid", ["sendgrid", "api", "key"], lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "`SG.` + 22 + `.` + 43 base64url", "read", None),
    ("mailjet_api_secret_key", "Mailjet", ["mailjet", "secret", "key"], _h(32), "32 lower-case hex (the API key next to it is an identifier)", "believed", (["mailjet", "api", "key"], _h(32))),
    ("sparkpost_api_key", "SparkPost", ["sparkpost", "api", "key"], _h(40), "40 lower-case hex", "believed", None),
    ("vonage_sms_api_secret", "Vonage SMS API", ["vonage", "api", "secret"], _a(16), "16 alphanumerics (the 8-hex API key next to it is an identifier)", "believed", (["vonage", "api", "key"], _h(8))),
    ("slack_user_oauth_token", "Slack (user token)", ["slack", "user", "token"], _slack_user, "`xoxp-` + 11 + 11 + 13 digits + 32 hex", "read", None),
    ("slack_app_level_token", "Slack (app-level token)", ["slack", "app", "token"], _slack_app, "`xapp-1-A` + 10 + 13 digits + 64 hex", "read", None),
    ("discord_channel_webhook_url", "Discord", ["discord", "webhook", "url"], _discord_webhook, "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL", "believed", None),
    ("telegram_depo_alerts_bot_token", "Telegram", ["telegram", "bot", "token"], _telegram, "10 digits + `:AA` + 33 base64url", "read", None),
    ("pushbullet_access_token", "Pushbullet", ["pushbullet", "token"], _pre("o.", _a(32)), "`o.` + 32 alphanumerics", "believed", None),
    ("zulip_bot_api_key", "Zulip", ["zulip", "api", "key"], _a(32), "32 alphanumerics (bot e-mail next to it is public)", "believed", (["zulip", "email"], lambda r: "transcripts-bot@stenodesk.zulipchat.com")),
    ("pusher_channels_app_secret", "Pusher Channels", ["pusher", "app", "secret"], _h(20), "20 lower-case hex (the app key next to it, also 20 hex, is public)", "believed", (["pusher", "app", "key"], _h(20))),
    ("ably_root_api_key", "Ably", ["ably", "api", "key"], _ably, "`<app>.<key id>:` + 43 base64url, labelled whole", "believed", None),
    ("github_app_installation_token", "GitHub (app installation)", ["gh", "token"], lambda r: github_style_token(r, "ghs_", 30), "`ghs_` + 30 base62 + 6-character base62 CRC-32", "read", None),
    ("github_oauth_app_client_secret", "GitHub OAuth app", ["github", "client", "secret"], _h(40), "40 lower-case hex (client id next to it is public)", "believed", (["github", "client", "id"], _pre("Ov23li", _a(14)))),
    ("gitlab_runner_authentication_token", "GitLab runner", ["runner", "token"], _pre("glrt-", _u(20)), "`glrt-` + 20 base64url", "read", None),
    ("npm_automation_access_token", "npm", ["npm", "token"], _pre("npm_", _a(36)), "`npm_` + 36 alphanumerics", "read", None),
    ("pypi_project_upload_token", "PyPI", ["pypi", "token"], _pypi, "`pypi-` + base64url of a macaroon-like blob (starts `AgEIcHlwaS5vcmc`)", "read", None),
    ("grafana_cloud_service_account_token", "Grafana", ["grafana", "sa", "token"], lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8), "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read", None),
    ("new_relic_user_api_key", "New Relic", ["newrelic", "api", "key"], _pre("NRAK-", _ua(27)), "`NRAK-` + 27 upper-case alphanumerics", "read", None),
    ("hashicorp_vault_service_token", "HashiCorp Vault", ["vault", "token"], _pre("hvs.", _u(92)), "`hvs.` + 92 base64url", "read", None),
    ("onepassword_service_account_token", "1Password service account", ["op", "service", "account", "token"], _ops, "`ops_` + Base64 of a JSON sign-in blob (starts `ops_eyJ`)", "read", None),
    ("tailscale_auth_key", "Tailscale", ["ts", "authkey"], _tailscale, "`tskey-auth-k` + 10 + `CNTRL-` + 33 alphanumerics", "believed", None),
    ("ngrok_authtoken", "ngrok", ["ngrok", "authtoken"], lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21), "27 alphanumerics + `_` + 21 alphanumerics", "believed", None),
    ("cloudflare_global_api_key", "Cloudflare (global API key)", ["cloudflare", "api", "key"], _h(37), "37 lower-case hex (the account e-mail next to it is public)", "read", (["cloudflare", "email"], lambda r: "ops@stenodesk.example")),
    ("netlify_personal_access_token", "Netlify", ["netlify", "auth", "token"], _pre("nfp_", _a(40)), "`nfp_` + 40 alphanumerics", "believed", None),
    ("render_api_key", "Render", ["render", "api", "key"], _pre("rnd_", _a(32)), "`rnd_` + 32 alphanumerics", "believed", None),
    ("azure_devops_personal_access_token", "Azure DevOps", ["azdo", "pat"], lambda r: rs(r, B32LOW, 52), "52 lower-case base32 characters", "believed", None),
    ("sentry_org_auth_token", "Sentry (org token)", ["sentry", "auth", "token"], _sentry_org, "`sntrys_` + Base64 JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64 characters", "read", None),
    ("pagerduty_rest_api_key", "PagerDuty", ["pagerduty", "api", "key"], lambda r: "u+" + rs(r, ALNUM + "_-", 18), "`u+` + 18 characters", "believed", None),
    ("rollbar_project_access_token", "Rollbar", ["rollbar", "access", "token"], _h(32), "32 lower-case hex", "believed", None),
    ("launchdarkly_server_sdk_key", "LaunchDarkly", ["launchdarkly", "sdk", "key"], _pre("sdk-", _uuid), "`sdk-` + UUIDv4", "believed", None),
    ("okta_api_token", "Okta", ["okta", "api", "token"], _pre("00", _u(40)), "`00` + 40 base64url", "read", None),
    ("auth0_client_secret", "Auth0", ["auth0", "client", "secret"], _u(64), "64 base64url (client id next to it is public)", "believed", (["auth0", "client", "id"], _a(32))),
    ("asana_personal_access_token", "Asana", ["asana", "pat"], _asana, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed", None),
    ("clickup_personal_api_token", "ClickUp", ["clickup", "api", "token"], lambda r: "pk_" + _dig(8)(r) + "_" + rs(r, UPALNUM, 32), "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", "believed", None),
    ("trello_api_token", "Trello", ["trello", "token"], lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, UPHEX, 8), "`ATTA` + 64 hex + 8 upper hex (the 32-hex API key next to it is an identifier)", "believed", (["trello", "api", "key"], _h(32))),
    ("monday_com_api_token", "monday.com", ["monday", "api", "token"], _monday_jwt, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "believed", None),
    ("salesforce_connected_app_consumer_secret", "Salesforce", ["sf", "consumer", "secret"], _H(64), "64 upper-case hex (the `3MVG9…` consumer key next to it is public)", "believed", (["sf", "consumer", "key"], _pre("3MVG9", _u(80)))),
    ("mapbox_secret_access_token", "Mapbox", ["mapbox", "secret", "token"], _mapbox_sk, "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url", "believed", None),
    ("algolia_transcript_index_admin_key", "Algolia", ["algolia", "admin", "key"], _h(32), "32 lower-case hex (the application id next to it is public)", "read", (["algolia", "app", "id"], _ua(10))),
    ("elastic_cloud_encoded_api_key", "Elastic Cloud", ["es", "api", "key"], _elastic, "Base64 of `<20 id>:<22 key>`", "believed", None),
    ("supabase_secret_api_key", "Supabase (new API keys)", ["supabase", "secret", "key"], _pre("sb_secret_", _u(31)), "`sb_secret_` + 31 base64url", "guessed", None),
    ("planetscale_branch_password", "PlanetScale", ["planetscale", "db", "password"], _pre("pscale_pw_", _u(43)), "`pscale_pw_` + 43 base64url (generated, not owner-chosen)", "read", None),
    ("mongodb_atlas_admin_private_key", "MongoDB Atlas Admin API", ["atlas", "private", "key"], _uuid, "UUIDv4 (the 8-character public key next to it is an identifier)", "believed", (["atlas", "public", "key"], _la(8))),
    ("recaptcha_v3_secret_key", "Google reCAPTCHA", ["recaptcha", "secret", "key"], _pre("6L", _u(38)), "`6L` + 38 base64url (same shape as the public site key; see negatives)", "believed", None),
    ("turnstile_secret_key", "Cloudflare Turnstile", ["turnstile", "secret", "key"], _pre("0x4AAAAAAA", _u(22)), "`0x4AAAAAAA` + 22 base64url", "guessed", None),
    ("digitalocean_spaces_secret_key", "DigitalOcean Spaces", ["spaces", "secret", "key"], lambda r: rs(r, B64STD, 43), "43 Base64-alphabet characters (the `DO00…` access key next to it is an identifier)", "believed", (["spaces", "access", "key"], _pre("DO00", _ua(16)))),
    ("wasabi_secret_access_key", "Wasabi", ["wasabi", "secret", "key"], _ua(40), "40 upper-case alphanumerics", "guessed", None),
]

STYLES = [
    "depo_api_direnv_envrc",
    "caption_service_kubectl_secret_history",
    "transcript_vault_kv_put_history",
    "billing_backend_spring_yaml",
    "reporter_lastpass_csv_export",
    "scopist_google_chat_paste",
    "depo_ops_confluence_table",
    "efiling_python_settings_module",
    "audio_queue_gh_secret_set_history",
    "court_it_az_keyvault_set_history",
    "litigation_support_email_to_vendor",
    "transcript_worker_rust_const",
]

M = MARK


def render(style, display, words, idpair):
    """Return a template with one slot marker for the secret."""
    K = keyname(words, "upper")
    sn = keyname(words, "snake")
    slug = words[0]
    idk = idv = None
    if idpair:
        idk, idv = idpair
    if style == "depo_api_direnv_envrc":
        t = "# .envrc for the depo-api checkout (direnv allow)\nexport APP_ENV=staging\n"
        if idk:
            t += 'export %s="%s"\n' % (keyname(idk, "upper"), idv)
        return t + 'export %s="%s"\n' % (K, M)
    if style == "caption_service_kubectl_secret_history":
        t = "  512  kubectl config use-context captions-prod\n  513  kubectl -n captions create secret generic %s-creds" % slug
        if idk:
            t += " --from-literal=%s=%s" % (keyname(idk, "upper"), idv)
        return t + " --from-literal=%s='%s'\n  514  kubectl -n captions rollout restart deploy/caption-relay\n" % (K, M)
    if style == "transcript_vault_kv_put_history":
        t = "$ vault login -method=oidc role=ops\n$ vault kv put -mount=secret transcripts/%s" % slug
        if idk:
            t += " %s=%s" % (keyname(idk, "snake"), idv)
        return t + " %s='%s'\n" % (sn, M)
    if style == "billing_backend_spring_yaml":
        t = "integrations:\n  %s:\n    enabled: true\n" % slug
        if idk:
            t += "    %s: %s\n" % (keyname(idk, "kebab"), idv)
        return t + '    %s: "%s"\n' % (keyname(words, "kebab"), M)
    if style == "reporter_lastpass_csv_export":
        user = idv if idk else "api"
        return ("url,username,password,totp,extra,name,grouping,fav\n"
                "https://%s.example,%s,%s,,\"%s for the agency account\",%s,Vendors/Legal Tech,0\n"
                % (slug, user, M, keyname(words, "spaced"), display))
    if style == "scopist_google_chat_paste":
        t = "Priya Nair, 4:12 PM\nok here's the %s for %s: %s" % (keyname(words, "spaced"), display, M)
        if idk:
            t += " (%s is %s)" % (keyname(idk, "spaced"), idv)
        return t + "\nplease move it into the vault after the rush job\n"
    if style == "depo_ops_confluence_table":
        t = "h2. %s integration\n||Setting||Value||\n" % display
        if idk:
            t += "|%s|%s|\n" % (keyname(idk, "spaced"), idv)
        return t + "|%s|%s|\n|owner|litigation support|\n" % (keyname(words, "spaced"), M)
    if style == "efiling_python_settings_module":
        t = '"""Integration settings for the e-filing service."""\nTIMEOUT_SECONDS = 30\n'
        if idk:
            t += '%s = "%s"\n' % (keyname(idk, "upper"), idv)
        return t + '%s = "%s"\n' % (K, M)
    if style == "audio_queue_gh_secret_set_history":
        t = "gh auth status\n"
        if idk:
            t += "gh variable set %s --repo stenodesk/audio-queue --body %s\n" % (keyname(idk, "upper"), idv)
        return t + "gh secret set %s --repo stenodesk/audio-queue --body '%s'\ngh workflow run deploy.yml\n" % (K, M)
    if style == "court_it_az_keyvault_set_history":
        t = "PS C:\\ops> az account set --subscription court-it-prod\n"
        if idk:
            t += "PS C:\\ops> az keyvault secret set --vault-name kv-stenodesk --name %s --value '%s'\n" % (keyname(idk, "kebab"), idv)
        return t + "PS C:\\ops> az keyvault secret set --vault-name kv-stenodesk --name %s --value '%s'\n" % (keyname(words, "kebab"), M)
    if style == "litigation_support_email_to_vendor":
        t = ("From: Litigation Support <litsupport@stenodesk.example>\nTo: integrations@%s.example\nSubject: sandbox access not working\n\n"
             "Hello,\nwe keep getting 401s from production. " % slug)
        if idk:
            t += "Our %s is %s and the " % (keyname(idk, "spaced"), idv)
        else:
            t += "The "
        return t + "%s we were issued is %s — could you check it on your side?\nBest regards,\nLitigation Support\n" % (keyname(words, "spaced"), M)
    if style == "transcript_worker_rust_const":
        t = "// generated by setup.sh, do not commit\n"
        if idk:
            t += 'pub const %s: &str = "%s";\n' % (keyname(idk, "upper"), idv)
        return t + 'pub const %s: &str = "%s";\n' % (K, M)
    raise ValueError(style)


# the least central generic services form the unused tail
UNUSED_NAMES = {
    "wistia_api_token", "goto_meeting_client_secret", "ups_oauth_client_secret", "invoice_ninja_api_token",
    "fireworks_ai_api_key", "wandb_api_key", "pushbullet_access_token", "ably_root_api_key", "ngrok_authtoken",
    "netlify_personal_access_token", "render_api_key", "azure_devops_personal_access_token", "pagerduty_rest_api_key",
    "rollbar_project_access_token", "okta_api_token", "auth0_client_secret", "asana_personal_access_token",
    "clickup_personal_api_token", "trello_api_token", "turnstile_secret_key", "digitalocean_spaces_secret_key",
    "wasabi_secret_access_key", "mongodb_atlas_admin_private_key", "zulip_bot_api_key",
}
USED = [v for v in V if v[0] not in UNUSED_NAMES]
UNUSED = [v for v in V if v[0] in UNUSED_NAMES]
assert len(USED) == 120 and len(UNUSED) == len(UNUSED_NAMES)


def generate(reg):
    r = random.Random(SEED)
    out = []
    for i, (name, display, words, gen, _shape, _conf, idspec) in enumerate(USED):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(r))
        idpair = None
        if idspec:
            idpair = (idspec[0], idspec[1](r))
        tpl = render(style, display, words, idpair)
        text, s, e = place(tpl, value)
        out.append((name, name + "__" + style, text, s, e))
    return out
