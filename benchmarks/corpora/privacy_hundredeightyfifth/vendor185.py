"""Vendor source: 120 vendor credential types of the sailing / charter / marina world and its services."""
import base64, json, random
import common185 as C

SEED = 18502
R = C.rs

def A(n): return lambda g: R(g, C.ALNUM, n)
def H(n): return lambda g: R(g, C.HEXL, n)
def HU(n): return lambda g: R(g, C.HEXU, n)
def L(n): return lambda g: R(g, C.LOWALNUM, n)
def B(n): return lambda g: R(g, C.B64URL, n)
def P(prefix, *parts):
    def f(g):
        return prefix + "".join(p(g) if callable(p) else p for p in parts)
    return f
UUID = lambda g: C.uuid4(g)
UUIDU = lambda g: C.uuid4(g, upper=True)
PW = lambda g: C.password(g)
D = lambda n: (lambda g: R(g, C.DIGITS, n))

def _intercom(g):
    return base64.b64encode(("tok:" + C.uuid4(g) + ":1:0").encode()).decode().rstrip("=")

def _supabase(g):
    ref = R(g, C.LOWER, 20)
    return C.jwt(g, "HS256", {}, {"iss": "supabase", "ref": ref, "role": "service_role",
                                  "iat": 1700000000 + g.randint(0, 9999999), "exp": 2015000000 + g.randint(0, 9999999)})

def _discord(g):
    i = str(g.randint(10 ** 17, 10 ** 18 - 1))
    return C.b64url_nopad(i.encode()) + "." + R(g, C.B64URL, 6) + "." + R(g, C.B64URL, 38)

def _ghp(g): return C.crc_b62_token(g, "ghp_")

def _azure_storage(g): return base64.b64encode(C.rbytes(g, 64)).decode()

def _slackhook(g):
    return "https://hooks.slack.com/services/T" + R(g, C.UPALNUM, 10) + "/B" + R(g, C.UPALNUM, 10) + "/" + R(g, C.ALNUM, 24)

def _gchat(g):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + R(g, C.B64URL, 7) + "/messages?key=AIzaSy" + R(g, C.B64URL, 33)
            + "&token=" + R(g, C.B64URL, 43) + "%3D")

def _mmhook(g): return "https://chat.marina-ops.internal/hooks/" + R(g, C.LOWALNUM, 26)

def _tg(g): return str(g.randint(6000000000, 7999999999)) + ":AA" + R(g, C.B64URL, 33)

def _zettle(g):
    hdr = C.b64url_nopad(json.dumps({"kid": "0", "typ": "user_assertion", "alg": "RS256"}, separators=(",", ":")).encode())
    pl = C.b64url_nopad(json.dumps({"iss": "iZettle", "aud": "API", "scope": ["READ:PURCHASE", "READ:FINANCE"],
                                    "user_id": C.uuid4(g), "client_id": C.uuid4(g)}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + C.b64url_nopad(C.rbytes(g, 256))

def _ably(g): return R(g, C.ALNUM, 6) + "." + R(g, C.ALNUM, 6) + ":" + R(g, C.B64URL, 43)

def _stormglass(g): return C.uuid4(g) + "-" + C.uuid4(g)

def _openai(g): return "sk-proj-" + R(g, C.B64URL, 74) + "T3BlbkFJ" + R(g, C.B64URL, 74)

def _atl(g): return "ATATT3xFfGF0" + R(g, C.B64URL, 171) + "=" + R(g, C.HEXU, 8)

# (name, generator, shape, confidence, neighbour (label words, generator) or None)
# confidence: looked (looked up this session), believed, guessed, owner
VENDORS = [
    ("booking_manager_mmk_api_key", H(40), "40 lower-case hex", "guessed", None),
    ("nausys_agency_api_password", PW, "owner-chosen password (NauSYS agency API logs in with user / password)", "owner", (["api", "username"], lambda g: "agency_" + R(g, C.LOWER, 6))),
    ("sedna_charter_api_token", A(48), "48 alphanumerics", "guessed", None),
    ("zizoo_partner_api_secret", B(43), "43 base64url (partner id next to it is an identifier)", "guessed", (["partner", "id"], D(6))),
    ("click_and_boat_partner_api_key", H(32), "32 lower-case hex", "guessed", None),
    ("samboat_pro_api_token", A(40), "40 alphanumerics", "guessed", None),
    ("boatsetter_partner_client_secret", A(64), "64 alphanumerics (client id next to it is public)", "guessed", (["client", "id"], L(24))),
    ("getmyboat_partner_api_key", UUID, "UUIDv4", "guessed", None),
    ("dockwa_marina_api_token", H(64), "64 lower-case hex", "guessed", None),
    ("molo_marina_api_key", A(32), "32 alphanumerics", "guessed", None),
    ("marinamaster_cloud_api_secret", A(40), "40 alphanumerics", "guessed", None),
    ("harba_marina_app_api_key", UUIDU, "upper-case UUIDv4", "guessed", None),
    ("havenstar_berth_api_key", H(32), "32 lower-case hex", "guessed", None),
    ("clubspot_regatta_api_key", A(40), "40 alphanumerics", "guessed", None),
    ("regatta_network_organizer_password", PW, "owner-chosen password", "owner", (["organizer", "login"], lambda g: "race.office" + D(2)(g))),
    ("manage2sail_api_client_secret", B(43), "43 base64url (client id next to it is public)", "guessed", (["client", "id"], lambda g: "m2s-" + L(10)(g))),
    ("yb_tracking_race_api_key", H(32), "32 lower-case hex", "guessed", None),
    ("tractrac_event_api_secret", A(32), "32 alphanumerics", "guessed", None),
    ("kattack_race_upload_password", PW, "owner-chosen password", "owner", (["upload", "user"], lambda g: "club" + D(4)(g))),
    ("halsail_club_api_key", A(24), "24 alphanumerics", "guessed", None),
    ("victron_vrm_access_token", H(64), "64 lower-case hex (sent as `X-Authorization: Token …`)", "believed", None),
    ("siren_marine_api_key", UUID, "UUIDv4", "guessed", None),
    ("predictwind_forecast_api_key", A(32), "32 alphanumerics", "guessed", None),
    ("stormglass_marine_api_key", _stormglass, "two UUIDv4 joined by `-`", "believed", None),
    ("worldtides_api_key", UUID, "UUIDv4", "guessed", None),
    ("marinetraffic_api_key", H(40), "40 lower-case hex", "believed", None),
    ("vesselfinder_api_userkey", P("WS-", HU(8), "-", HU(6)), "`WS-` + 8 + `-` + 6 upper-case hex", "guessed", None),
    ("spire_maritime_api_token", A(32), "32 alphanumerics", "guessed", None),
    ("datalastic_vessel_api_key", UUID, "UUIDv4", "guessed", None),
    ("rockblock_iridium_account_password", PW, "owner-chosen password (RockBLOCK web services take user / password)", "owner", (["account", "user"], lambda g: "yacht" + D(3)(g))),
    ("garmin_inreach_ipc_inbound_password", PW, "owner-chosen password (IPC inbound uses user / password)", "owner", (["ipc", "user"], lambda g: "fleetdesk" + D(2)(g))),
    ("winlink_cms_account_password", PW, "owner-chosen password of the Winlink / radio-email account", "owner", (["callsign"], lambda g: "MM" + D(1)(g) + R(g, C.UPPER, 3))),
    ("meteomatics_api_password", PW, "owner-chosen password (Meteomatics API uses HTTP basic user / password)", "owner", (["api", "user"], lambda g: "harbourclub_" + R(g, C.LOWER, 5))),
    ("tomorrow_io_weather_api_key", A(32), "32 alphanumerics", "believed", None),
    ("openweathermap_api_key", H(32), "32 lower-case hex", "believed", None),
    ("blues_notehub_client_secret", A(64), "64 alphanumerics (client id next to it is public)", "guessed", (["client", "id"], UUID)),
    ("noforeignland_tracking_api_key", A(32), "32 alphanumerics", "guessed", None),
    ("onfido_live_api_token", P("api_live.", B(11), ".", B(32)), "`api_live.` + 11 + `.` + 32 base64url", "believed", None),
    ("veriff_integration_shared_secret", UUID, "UUIDv4 (API key next to it is public)", "believed", (["api", "key"], UUID)),
    ("sumsub_app_token", P("prd:", A(24), ".", A(32)), "`prd:` + 24 + `.` + 32 alphanumerics", "guessed", None),
    ("uk_maritime_single_window_api_secret", A(40), "40 alphanumerics", "guessed", None),
    ("docusign_integration_secret_key", UUID, "UUIDv4 (integration key next to it is public)", "believed", (["integration", "key"], UUID)),
    ("box_platform_client_secret", A(32), "32 alphanumerics (client id next to it is public)", "believed", (["client", "id"], L(32))),
    ("dropbox_short_lived_access_token", P("sl.", B(136)), "`sl.` + 136 base64url", "believed", None),
    ("egnyte_public_api_key", A(24), "24 alphanumerics (a secret despite the vendor's name for it)", "guessed", None),
    ("stripe_live_secret_key", P("sk_live_51", A(97)), "`sk_live_51` + 97 alphanumerics", "believed", None),
    ("sumup_secret_api_key", P("sup_sk_", A(33)), "`sup_sk_` + 33 alphanumerics", "looked", None),
    ("zettle_api_key_assertion", _zettle, "RS256-style JWT (real base64url JSON; signature is 256 random bytes)", "believed", None),
    ("clover_ecommerce_private_token", UUID, "UUIDv4", "guessed", None),
    ("lightspeed_retail_client_secret", H(64), "64 lower-case hex (client id next to it is public)", "guessed", (["client", "id"], H(32))),
    ("gocardless_live_access_token", P("live_", B(40)), "`live_` + 40 base64url", "believed", None),
    ("checkout_com_secret_key", P("sk_", L(26)), "`sk_` + 26 lower-case alphanumerics", "guessed", None),
    ("wise_business_api_token", UUID, "UUIDv4", "believed", None),
    ("quickbooks_online_client_secret", A(40), "40 alphanumerics (client id next to it is public)", "believed", (["client", "id"], P("AB", A(48)))),
    ("paddle_billing_api_key", P("pdl_live_apikey_", L(26), "_", A(22), "_", A(3)), "`pdl_live_apikey_` + 26 + `_` + 22 + `_` + 3", "guessed", None),
    ("toast_partner_client_secret", A(64), "64 alphanumerics", "guessed", None),
    ("fareharbor_external_user_key", UUID, "UUIDv4", "guessed", None),
    ("rezdy_agent_api_key", H(32), "32 lower-case hex", "guessed", None),
    ("bookeo_api_secret_key", A(32), "32 alphanumerics (API key next to it is an identifier)", "guessed", (["api", "key"], U := (lambda g: R(g, C.UPALNUM, 35)))),
    ("checkfront_api_secret", H(64), "64 lower-case hex (API key next to it is an identifier)", "guessed", (["api", "key"], H(40))),
    ("peek_pro_partner_api_key", A(40), "40 alphanumerics", "guessed", None),
    ("twilio_account_auth_token", H(32), "32 lower-case hex (the `AC…` account SID next to it is an identifier)", "believed", (["account", "sid"], P("AC", H(32)))),
    ("telnyx_api_v2_key", P("KEY", HU(32), "_", A(22)), "`KEY` + 32 upper-case hex + `_` + 22 alphanumerics", "looked", None),
    ("messagebird_live_access_key", A(25), "25 alphanumerics", "believed", None),
    ("clicksend_api_key", UUIDU, "upper-case UUIDv4 (username next to it is public)", "guessed", (["username"], lambda g: "marina" + D(3)(g))),
    ("textmagic_api_v2_key", A(30), "30 alphanumerics (username next to it is public)", "guessed", (["username"], lambda g: "harbourclub" + D(2)(g))),
    ("mailgun_private_api_key", P("", H(32), "-", H(8), "-", H(8)), "32 + `-` + 8 + `-` + 8 lower-case hex", "believed", None),
    ("brevo_smtp_api_v3_key", P("xkeysib-", H(64), "-", A(16)), "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "believed", None),
    ("resend_email_api_key", P("re_", A(8), "_", A(24)), "`re_` + 8 + `_` + 24 alphanumerics", "looked", None),
    ("mailchimp_marketing_api_key", P("", H(32), "-us", D(2)), "32 lower-case hex + `-us` + datacentre number", "believed", None),
    ("mandrill_transactional_api_key", P("md-", A(22)), "`md-` + 22 alphanumerics", "guessed", None),
    ("customer_io_app_api_key", H(32), "32 lower-case hex", "guessed", None),
    ("intercom_workspace_access_token", _intercom, "Base64 of `tok:<UUIDv4>:1:0` without padding (real structure)", "believed", None),
    ("zendesk_support_api_token", A(40), "40 alphanumerics (the agent e-mail next to it is public)", "believed", (["email"], lambda g: "berths" + D(2)(g) + "@harbourclub.example")),
    ("freshdesk_agent_api_key", A(20), "20 alphanumerics", "believed", None),
    ("pushover_application_token", P("a", L(29)), "`a` + 29 lower-case alphanumerics (the `u…` user key next to it is an identifier)", "believed", (["user", "key"], P("u", L(29)))),
    ("ntfy_access_token", P("tk_", L(29)), "`tk_` + 29 lower-case alphanumerics", "believed", None),
    ("slack_bot_user_token", P("xoxb-", D(12), "-", D(13), "-", A(24)), "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "believed", None),
    ("slack_incoming_webhook_url", _slackhook, "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", "believed", None),
    ("discord_bot_token", _discord, "base64url of a snowflake id + `.` + 6 + `.` + 38", "believed", None),
    ("mattermost_incoming_webhook_url", _mmhook, "whole `/hooks/<26 lower-case alphanumerics>` URL", "believed", None),
    ("google_chat_space_webhook_url", _gchat, "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL", "believed", None),
    ("telegram_race_committee_bot_token", _tg, "bot id + `:AA` + 33 base64url", "believed", None),
    ("expo_push_access_token", A(40), "40 alphanumerics", "guessed", None),
    ("pusher_channels_app_secret", H(20), "20 lower-case hex (app key next to it is public)", "believed", (["app", "key"], H(20))),
    ("ably_root_api_key", _ably, "`<app>.<key id>:<43 base64url>` (the whole key string is the credential)", "believed", None),
    ("openai_project_api_key", _openai, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "believed", None),
    ("gemini_developer_api_key", P("AIza", B(35)), "`AIza` + 35 base64url (server-side key)", "believed", None),
    ("groq_cloud_api_key", P("gsk_", A(52)), "`gsk_` + 52 alphanumerics", "believed", None),
    ("perplexity_sonar_api_key", P("pplx-", A(48)), "`pplx-` + 48 alphanumerics", "believed", None),
    ("xai_grok_api_key", P("xai-", A(80)), "`xai-` + 80 alphanumerics", "believed", None),
    ("replicate_api_token", P("r8_", A(37)), "`r8_` + 37 alphanumerics", "believed", None),
    ("together_ai_api_key", H(64), "64 lower-case hex", "guessed", None),
    ("pinecone_project_api_key", P("pcsk_", A(6), "_", A(64)), "`pcsk_` + 6 + `_` + 64 alphanumerics", "looked", None),
    ("huggingface_user_access_token", P("hf_", lambda g: R(g, C.UPPER + C.LOWER, 34)), "`hf_` + 34 letters", "believed", None),
    ("voyage_ai_api_key", P("pa-", B(43)), "`pa-` + 43 base64url", "guessed", None),
    ("langfuse_secret_key", P("sk-lf-", UUID), "`sk-lf-` + UUIDv4 (the `pk-lf-` public key next to it is public)", "believed", (["public", "key"], P("pk-lf-", UUID))),
    ("github_classic_pat", _ghp, "`ghp_` + 30 base62 + 6-character base62 CRC-32", "believed", None),
    ("gitlab_personal_access_token", P("glpat-", B(20)), "`glpat-` + 20 base64url", "believed", None),
    ("bitbucket_app_password", P("ATBB", A(28), HU(8)), "`ATBB` + 28 alphanumerics + 8 upper-case hex", "guessed", (["username"], lambda g: "marina-dev" + D(2)(g))),
    ("circleci_personal_api_token", P("CCIPAT_", A(22), "_", H(40)), "`CCIPAT_` + 22 + `_` + 40 hex", "guessed", None),
    ("buildkite_user_api_token", P("bkua_", H(40)), "`bkua_` + 40 lower-case hex", "believed", None),
    ("vercel_access_token", A(24), "24 alphanumerics", "believed", None),
    ("render_api_key", P("rnd_", A(32)), "`rnd_` + 32 alphanumerics", "believed", None),
    ("flyio_deploy_token", P("fm2_", B(180)), "`fm2_` + 180 base64url (after the `FlyV1 ` scheme word, which is not labelled)", "guessed", None),
    ("digitalocean_personal_access_token", P("dop_v1_", H(64)), "`dop_v1_` + 64 lower-case hex", "believed", None),
    ("hetzner_cloud_api_token", A(64), "64 alphanumerics", "believed", None),
    ("scaleway_secret_key", UUID, "UUIDv4 (the `SCW…` access key next to it is an identifier)", "believed", (["access", "key"], P("SCW", lambda g: R(g, C.UPALNUM, 17)))),
    ("linode_personal_access_token", H(64), "64 lower-case hex", "believed", None),
    ("cloudflare_api_token", B(40), "40 base64url", "believed", None),
    ("supabase_service_role_jwt", _supabase, "HS256 JWT with `role: service_role` (real base64url JSON, real HMAC under a discarded key)", "believed", None),
    ("neon_database_api_key", P("napi_", L(64)), "`napi_` + 64 lower-case alphanumerics", "believed", None),
    ("upstash_redis_rest_token", P("A", B(59)), "`A` + 59 base64url", "guessed", None),
    ("datadog_api_key", H(32), "32 lower-case hex", "believed", None),
    ("datadog_application_key", H(40), "40 lower-case hex", "believed", None),
    ("sentry_user_auth_token", P("sntryu_", H(64)), "`sntryu_` + 64 lower-case hex", "believed", None),
    ("postman_api_key", P("PMAK-", H(24), "-", H(34)), "`PMAK-` + 24 + `-` + 34 hex", "believed", None),
    ("atlassian_api_token", _atl, "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex", "believed", None),
    ("linear_personal_api_key", P("lin_api_", A(40)), "`lin_api_` + 40 alphanumerics", "believed", None),
    ("notion_internal_integration_token", P("ntn_", D(11), A(35)), "`ntn_` + 11 digits + 35 alphanumerics", "believed", None),
    ("airtable_personal_access_token", P("pat", A(14), ".", H(64)), "`pat` + 14 + `.` + 64 hex", "believed", None),
    ("shopify_admin_api_access_token", P("shpat_", H(32)), "`shpat_` + 32 hex", "believed", None),
    ("aws_lambda_deploy_secret_access_key", lambda g: R(g, C.UPPER + C.LOWER + C.DIGITS + "+/", 40), "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", "believed", (["access", "key", "id"], P("AKIA", lambda g: R(g, C.UPALNUM, 16)))),
    ("azure_storage_account_key", _azure_storage, "Base64 of 64 bytes (88 characters; account name next to it is public)", "believed", (["account", "name"], lambda g: "marinadocs" + L(6)(g))),
    ("cloudflare_r2_secret_access_key", H(64), "64 lower-case hex (access key id next to it is an identifier)", "believed", (["access", "key", "id"], H(32))),
    ("mongodb_atlas_private_api_key", UUID, "UUIDv4 (the 8-character public key next to it is an identifier)", "believed", (["public", "key"], L(8))),
    ("typesense_admin_api_key", A(32), "32 alphanumerics", "guessed", None),
    ("here_location_api_key", B(43), "43 base64url", "guessed", None),
]

STYLES = ["marina_ops_doppler_download_json", "charter_engine_python_settings_module", "race_results_vercel_env_pull",
          "skipper_app_swift_secrets_enum", "berth_billing_elixir_runtime_exs", "marina_ops_bitwarden_json_export",
          "harbour_office_telegram_paste", "telemetry_dev_github_issue_comment", "fuel_dock_pos_go_const_block",
          "crew_list_terraform_variable_default", "charter_partner_onboarding_pdf_text", "marina_infra_kubectl_from_literal_history"]
STYLE_CASE = {"marina_ops_doppler_download_json": "upper", "charter_engine_python_settings_module": "upper",
              "race_results_vercel_env_pull": "upper", "skipper_app_swift_secrets_enum": "camel",
              "berth_billing_elixir_runtime_exs": "snake", "marina_ops_bitwarden_json_export": "title",
              "harbour_office_telegram_paste": "spaced", "telemetry_dev_github_issue_comment": "upper",
              "fuel_dock_pos_go_const_block": "camel", "crew_list_terraform_variable_default": "snake",
              "charter_partner_onboarding_pdf_text": "title", "marina_infra_kubectl_from_literal_history": "kebab"}


def vendor_title(name):
    return " ".join(w.capitalize() for w in name.split("_")[:2])


def render(style, name, words, value, nb):
    case = STYLE_CASE[style]
    k = C.keyname(words, case)
    nk = nv = None
    if nb:
        prefix = words[:2] if len(words) > 2 else words[:1]
        nk = C.keyname(prefix + nb[0], case)
        nv = nb[1]
    vt = vendor_title(name)
    if style == "marina_ops_doppler_download_json":
        lines = ['{', '  "DOPPLER_CONFIG": "prd",', '  "DOPPLER_PROJECT": "charter-engine",']
        if nk: lines.append('  "%s": "%s",' % (nk, nv))
        return "\n".join(lines) + '\n  "%s": "§V§"\n}\n' % k
    if style == "charter_engine_python_settings_module":
        s = "# settings/integrations.py\n# %s integration\n" % vt
        if nk: s += '%s = "%s"\n' % (nk, nv)
        return s + '%s = "§V§"\nINTEGRATION_TIMEOUT_S = 15\n' % k
    if style == "race_results_vercel_env_pull":
        s = '# Created by Vercel CLI\nNEXT_PUBLIC_CLUB_NAME="Harbour Sailing Club"\n'
        if nk: s += '%s="%s"\n' % (nk, nv)
        return s + '%s="§V§"\nVERCEL_ENV="production"\n' % k
    if style == "skipper_app_swift_secrets_enum":
        s = "// Secrets.swift — generated, do not commit\nenum Secrets {\n"
        if nk: s += '    static let %s = "%s"\n' % (nk, nv)
        return s + '    static let %s = "§V§"\n}\n' % k
    if style == "berth_billing_elixir_runtime_exs":
        mod = "".join(w.capitalize() for w in name.split("_")[:2])
        s = "import Config\n\nconfig :berth_billing, BerthBilling.%s,\n" % mod
        if nk: s += '  %s: "%s",\n' % (nk, nv)
        return s + '  %s: "§V§"\n' % k
    if style == "marina_ops_bitwarden_json_export":
        s = '{"items": [{"type": 1, "name": "%s", "notes": null, "fields": [' % vt
        if nk: s += '{"name": "%s", "value": "%s", "type": 0}, ' % (nk, nv)
        return s + '{"name": "%s", "value": "§V§", "type": 1}]}]}\n' % k
    if style == "harbour_office_telegram_paste":
        s = "Harbour Office IT, [12.06.2025 08:31]\nfor the %s setup on the new laptop:\n" % vt
        if nk: s += "%s: %s\n" % (nk, nv)
        return s + "%s: §V§\ndelete this message when done pls\n" % k
    if style == "telemetry_dev_github_issue_comment":
        s = "@marina-dev the %s sync still fails after the upgrade. My env (yes I know, will rotate):\n\n```\n" % vt
        if nk: s += "%s=%s\n" % (nk, nv)
        return s + "%s=§V§\n```\n\nLogs attached.\n" % k
    if style == "fuel_dock_pos_go_const_block":
        s = "package integrations\n\n// %s credentials for the fuel-dock POS\nconst (\n" % vt
        if nk: s += '\t%s = "%s"\n' % (nk, nv)
        return s + '\t%s = "§V§"\n)\n' % k
    if style == "crew_list_terraform_variable_default":
        s = ""
        if nk: s += 'variable "%s" {\n  type    = string\n  default = "%s"\n}\n\n' % (nk, nv)
        return s + 'variable "%s" {\n  type      = string\n  default   = "§V§"\n  sensitive = true\n}\n' % k
    if style == "charter_partner_onboarding_pdf_text":
        s = "Partner Onboarding — %s\nPage 2 of 3\nProduction credentials\n" % vt
        if nk: s += "%s: %s\n" % (nk, nv)
        return s + "%s: §V§\nKeep these credentials confidential.\n" % k
    if style == "marina_infra_kubectl_from_literal_history":
        s = " 1021  kubectl config use-context marina-prod\n 1022  kubectl -n integrations create secret generic %s" % name.split("_")[0]
        if nk: s += " --from-literal=%s=%s" % (nk, nv)
        return s + " --from-literal=%s=§V§\n 1023  kubectl -n integrations get secrets\n" % k
    raise ValueError(style)


SPARE = ["here_location_api_key", "typesense_admin_api_key", "toast_partner_client_secret", "xai_grok_api_key",
         "perplexity_sonar_api_key", "postman_api_key", "linear_personal_api_key", "flyio_deploy_token"]
USED = [v for v in VENDORS if v[0] not in SPARE]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for i, (name, gen, _shape, _conf, nb) in enumerate(USED):
        style = STYLES[i % len(STYLES)]
        v = reg.draw(lambda: gen(rng))
        nbv = None
        if nb:
            nbv = (nb[0], reg.draw(lambda: nb[1](rng)))
        words = name.split("_")
        tpl = render(style, name, words, v, nbv)
        text, s, e = C.fill(tpl, v)
        out.append(dict(type=name, container=name + "__" + style, text=text, value=v, start=s, end=e, source="vendor"))
    return out
