"""Vendor source: 120 vendor credential types used in the optician world."""
import base64
import hashlib
import json
import random
import re

import common231 as C

ALPH = {
    "a": C.ALNUM, "l": C.LOWER_ALNUM, "u": C.UPPER_ALNUM, "h": C.HEX, "H": C.UHEX,
    "b": C.B64URL, "s": C.B64STD, "d": C.DIGITS, "L": C.LOWER, "x": C.LOWER + C.UPPER,
    "z": C.LOWER + "234567",
}
ALPH_RE = {
    "a": "[A-Za-z0-9]", "l": "[a-z0-9]", "u": "[A-Z0-9]", "h": "[0-9a-f]", "H": "[0-9A-F]",
    "b": "[A-Za-z0-9_-]", "s": "[A-Za-z0-9+/]", "d": "[0-9]", "L": "[a-z]", "x": "[A-Za-z]",
    "z": "[a-z2-7]",
}
UUID4_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
PW_RE = C.PW_EVERYDAY_RE.pattern[1:-1]
JWT_RE = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"


def c(al, n):
    return ("c", al, n)


UUID = ("uuid",)
PW = ("pw",)


def JWT(alg, payload_fn):
    return ("jwt", alg, payload_fn)


def _glc(rng):
    d = {"o": "".join(rng.choice(C.DIGITS) for _ in range(7)),
         "n": "stack-%d-hm-write-practice" % rng.randint(100000, 999999),
         "k": C.rstr(rng, C.ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


GLC_RE = r"glc_[A-Za-z0-9+/]+={0,2}"


def _glc_ok(v):
    try:
        d = json.loads(base64.b64decode(v[4:]))
        return set(d) == {"o", "n", "k", "m"}
    except Exception:
        return False


CUSTOM = {"glc": (_glc, GLC_RE, _glc_ok)}

# (name, family, spec parts, neighbour (words, spec) or None, shape note, status)
# status: R = read this session in the public gitleaks rule file, B = believed from memory, G = guessed / unknown (name only)
V = []


def add(name, fam, spec, nb=None, note="", status="G"):
    V.append((name, fam, spec, nb, note, status))


# ---- trade services of opticians, optometrists and frame makers
add("goc_registrant_portal_password", "trade", [PW], (["goc", "registration", "number"], ["01-", c("d", 5)]), "owner-chosen password", "-")
add("college_optometrists_cet_portal_password", "trade", [PW], (["college", "member", "email"], [c("L", 6), "@brightoptics.example"]), "owner-chosen password", "-")
add("pcse_gos_claims_portal_password", "trade", [PW], (["pcse", "user", "id"], ["PC", c("d", 7)]), "owner-chosen password", "-")
add("myluxottica_b2b_portal_password", "trade", [PW], (["luxottica", "customer", "code"], [c("d", 8)]), "owner-chosen password", "-")
add("safilo_b2b_store_password", "trade", [PW], (["safilo", "account", "number"], ["SA", c("d", 6)]), "owner-chosen password", "-")
add("zeiss_visufit_operator_password", "trade", [PW], (["visufit", "operator", "id"], ["op", c("d", 4)]), "owner-chosen password", "-")
add("visionweb_lab_ordering_api_key", "trade", [c("a", 40)], (["visionweb", "account", "id"], [c("d", 6)]), "40 alphanumerics")
add("optix_practice_api_token", "trade", [c("a", 48)], None, "48 alphanumerics")
add("acuitas_cloud_client_secret", "trade", [c("b", 44)], (["acuitas", "client", "id"], [UUID]), "44 base64url")
add("compulink_ehr_api_secret", "trade", [c("h", 32)], (["compulink", "practice", "id"], [c("d", 5)]), "32 lower-case hex")
add("eyefinity_edi_api_key", "trade", [c("u", 32)], None, "32 upper-case alphanumerics")
add("topcon_harmony_client_secret", "trade", [c("b", 40)], (["harmony", "client", "id"], ["hmy-", c("l", 12)]), "40 base64url")
add("hoya_ilink_lab_api_token", "trade", [c("h", 64)], None, "64 lower-case hex")
add("essilor_eyenet_order_api_key", "trade", [c("a", 36)], (["eyenet", "shop", "number"], [c("d", 7)]), "36 alphanumerics")
add("coopervision_webhook_signing_secret", "trade", [c("h", 64)], None, "64 lower-case hex")
add("appointedd_booking_api_key", "trade", [c("l", 40)], None, "40 lower-case alphanumerics")
add("setmore_oauth_refresh_token", "trade", [c("b", 64)], None, "64 base64url")
add("nhsmail_smtp_relay_app_password", "trade", [c("L", 16)], (["nhsmail", "smtp", "user"], ["high.street.optom", c("d", 2), "@nhs.net"]), "16 lower-case letters (Microsoft 365 app-password form)", "B")
# ---- commerce
add("stripe_restricted_live_key", "commerce", ["rk_live_51", c("a", 97)], None, "`rk_live_51` + 97 alphanumerics", "R")
add("stripe_webhook_endpoint_secret", "commerce", ["whsec_", c("a", 32)], None, "`whsec_` + 32 alphanumerics", "B")
add("paypal_rest_client_secret", "commerce", ["E", c("b", 79)], (["paypal", "client", "id"], ["A", c("b", 79)]), "`E` + 79 base64url", "B")
add("paystack_live_secret_key", "commerce", ["sk_live_", c("h", 40)], None, "`sk_live_` + 40 lower-case hex", "B")
add("flutterwave_live_secret_key", "commerce", ["FLWSECK-", c("h", 32), "-X"], None, "`FLWSECK-` + 32 lower-case hex + `-X` (the public rules show the test-key form `FLWSECK_TEST-`)", "B")
add("razorpay_live_key_secret", "commerce", [c("a", 24)], (["razorpay", "key", "id"], ["rzp_live_", c("a", 14)]), "24 alphanumerics", "B")
add("woocommerce_rest_consumer_secret", "commerce", ["cs_", c("h", 40)], None, "`cs_` + 40 lower-case hex", "B")
add("shopify_app_shared_secret", "commerce", ["shpss_", c("h", 32)], None, "`shpss_` + 32 lower-case hex", "R")
add("shopify_legacy_private_app_password", "commerce", ["shppa_", c("h", 32)], (["shopify", "shop", "domain"], [c("L", 8), "-eyewear.myshopify.com"]), "`shppa_` + 32 lower-case hex", "R")
add("klaviyo_private_api_key", "commerce", ["pk_", c("h", 34)], None, "`pk_` + 34 lower-case hex (private despite the pk_ prefix)", "B")
add("easypost_production_api_key", "commerce", ["EZAK", c("a", 54)], None, "`EZAK` + 54 alphanumerics", "R")
add("shippo_live_api_token", "commerce", ["shippo_live_", c("h", 40)], None, "`shippo_live_` + 40 lower-case hex", "R")
add("square_production_access_token", "commerce", ["EAAA", c("b", 60)], None, "`EAAA` + 60 base64url", "R")
add("plaid_production_secret", "commerce", [c("l", 30)], (["plaid", "client", "id"], [c("h", 24)]), "30 lower-case alphanumerics", "R")
add("algolia_admin_api_key", "commerce", [c("h", 32)], (["algolia", "app", "id"], [c("u", 10)]), "32 lower-case hex", "R")
# ---- messaging
add("sendgrid_mail_send_api_key", "messaging", ["SG.", c("b", 22), ".", c("b", 43)], None, "`SG.` + 22 base64url + `.` + 43 base64url", "R")
add("postmark_server_api_token", "messaging", [UUID], None, "UUIDv4", "B")
add("mailjet_api_secret_key", "messaging", [c("h", 32)], (["mailjet", "api", "key"], [c("h", 32)]), "32 lower-case hex", "B")
add("mailersend_api_token", "messaging", ["mlsn.", c("h", 64)], None, "`mlsn.` + 64 lower-case hex", "B")
add("resend_api_key", "messaging", ["re_", c("a", 8), "_", c("a", 24)], None, "`re_` + 8 alphanumerics + `_` + 24 alphanumerics", "B")
add("vonage_api_secret", "messaging", [c("a", 16)], (["vonage", "api", "key"], [c("h", 8)]), "16 alphanumerics", "B")
add("plivo_auth_token", "messaging", [c("a", 40)], (["plivo", "auth", "id"], ["MA", c("u", 18)]), "40 alphanumerics", "B")
add("twilio_api_key_secret", "messaging", [c("a", 32)], (["twilio", "api", "key", "sid"], ["SK", c("h", 32)]), "32 alphanumerics", "B")
add("slack_socket_mode_app_token", "messaging", ["xapp-1-A", c("u", 10), "-", c("d", 13), "-", c("h", 64)], None, "`xapp-1-A` + 10 upper alphanumerics + `-` + 13 digits + `-` + 64 hex", "R")
add("slack_user_oauth_token", "messaging", ["xoxp-", c("d", 12), "-", c("d", 12), "-", c("d", 13), "-", c("h", 32)], None, "`xoxp-` + three digit groups + 32 hex", "R")
add("discord_channel_webhook_url", "messaging", ["https://discord.com/api/webhooks/", c("d", 19), "/", c("b", 68)], None, "webhook URL with 19-digit id and 68 base64url token (whole URL labelled)", "B")
add("teams_incoming_webhook_url", "messaging", ["https://brightoptics.webhook.office.com/webhookb2/", UUID, "@", UUID, "/IncomingWebhook/", c("h", 32), "/", UUID], None, "Office 365 connector URL (whole URL labelled)", "R")
add("whatsapp_cloud_system_user_token", "messaging", ["EAAG", c("a", 180)], None, "`EAAG` + 180 alphanumerics", "B")
add("ntfy_access_token", "messaging", ["tk_", c("l", 29)], None, "`tk_` + 29 lower-case alphanumerics", "B")
add("sendbird_api_token", "messaging", [c("h", 40)], (["sendbird", "app", "id"], [UUID]), "40 lower-case hex", "R")
# ---- AI
add("openai_service_account_key", "ai", ["sk-svcacct-", c("b", 74), "T3BlbkFJ", c("b", 74)], None, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "R")
add("openai_admin_api_key", "ai", ["sk-admin-", c("b", 58), "T3BlbkFJ", c("b", 58)], None, "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", "R")
add("anthropic_admin_api_key", "ai", ["sk-ant-admin01-", c("b", 93), "AA"], None, "`sk-ant-admin01-` + 93 base64url + `AA`", "R")
add("xai_grok_api_key", "ai", ["xai-", c("a", 80)], None, "`xai-` + 80 alphanumerics", "B")
add("openrouter_api_key", "ai", ["sk-or-v1-", c("h", 64)], None, "`sk-or-v1-` + 64 lower-case hex", "B")
add("deepseek_platform_api_key", "ai", ["sk-", c("h", 32)], None, "`sk-` + 32 lower-case hex", "B")
add("mistral_platform_api_key", "ai", [c("a", 32)], None, "32 alphanumerics", "B")
add("cohere_production_api_key", "ai", [c("a", 40)], None, "40 alphanumerics", "R")
add("elevenlabs_api_key", "ai", ["sk_", c("h", 48)], None, "`sk_` + 48 lower-case hex", "B")
add("assemblyai_api_key", "ai", [c("h", 32)], None, "32 lower-case hex", "B")
add("deepgram_api_key", "ai", [c("h", 40)], None, "40 lower-case hex", "B")
add("huggingface_org_api_token", "ai", ["api_org_", c("x", 34)], None, "`api_org_` + 34 letters", "R")
add("langfuse_secret_key", "ai", ["sk-lf-", UUID], (["langfuse", "public", "key"], ["pk-lf-", UUID]), "`sk-lf-` + UUIDv4", "B")
add("azure_openai_resource_key", "ai", [c("h", 32)], (["azure", "openai", "endpoint"], ["https://", c("L", 8), "-oai.openai.azure.com/"]), "32 lower-case hex", "B")
add("weights_biases_api_key", "ai", [c("h", 40)], None, "40 lower-case hex", "B")
# ---- developer
add("github_app_installation_token", "dev", ["ghs_", c("a", 36)], None, "`ghs_` + 36 alphanumerics", "R")
add("github_user_to_server_token", "dev", ["ghu_", c("a", 36)], None, "`ghu_` + 36 alphanumerics", "R")
add("gitlab_pipeline_trigger_token", "dev", ["glptt-", c("h", 40)], None, "`glptt-` + 40 lower-case hex", "R")
add("gitlab_runner_auth_token", "dev", ["glrt-", c("b", 20)], None, "`glrt-` + 20 base64url", "R")
add("gitlab_oauth_application_secret", "dev", ["gloas-", c("b", 64)], (["gitlab", "application", "id"], [c("h", 64)]), "`gloas-` + 64 base64url", "R")
add("pypi_project_upload_token", "dev", ["pypi-AgEIcHlwaS5vcmc", c("b", 150)], None, "`pypi-AgEIcHlwaS5vcmc` + 150 base64url", "R")
add("nuget_org_api_key", "dev", ["oy2", c("l", 43)], None, "`oy2` + 43 lower-case alphanumerics", "B")
add("docker_hub_personal_access_token", "dev", ["dckr_pat_", c("b", 27)], (["docker", "hub", "username"], ["brightoptics", c("d", 2)]), "`dckr_pat_` + 27 base64url", "B")
add("atlassian_cloud_api_token", "dev", ["ATATT3xFfGF0", c("b", 171), "=", c("H", 8)], (["jira", "user", "email"], [c("L", 5), "@brightoptics.example"]), "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper hex", "R")
add("azure_devops_personal_access_token", "dev", [c("z", 52)], (["azure", "devops", "organization"], ["brightoptics", c("d", 2)]), "52 lower-case base32", "B")
add("postman_api_key", "dev", ["PMAK-", c("h", 24), "-", c("h", 34)], None, "`PMAK-` + 24 hex + `-` + 34 hex", "R")
add("readme_api_key", "dev", ["rdme_", c("l", 70)], None, "`rdme_` + 70 lower-case alphanumerics", "R")
add("linear_personal_api_key", "dev", ["lin_api_", c("a", 40)], None, "`lin_api_` + 40 alphanumerics", "R")
add("asana_personal_access_token", "dev", ["2/", c("d", 16), "/", c("d", 16), ":", c("h", 32)], None, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "B")
add("clickup_personal_api_token", "dev", ["pk_", c("d", 8), "_", c("u", 32)], None, "`pk_` + 8 digits + `_` + 32 upper alphanumerics", "B")
add("figma_personal_access_token", "dev", ["figd_", c("b", 40)], None, "`figd_` + 40 base64url", "G")
add("contentful_management_token", "dev", ["CFPAT-", c("b", 43)], None, "`CFPAT-` + 43 base64url", "B")
add("okta_api_token", "dev", ["00", c("b", 40)], (["okta", "org", "url"], ["https://brightoptics", c("d", 2), ".okta.com"]), "`00` + 40 base64url", "R")
add("auth0_management_client_secret", "dev", [c("b", 64)], (["auth0", "client", "id"], [c("a", 32)]), "64 base64url", "B")
add("clerk_backend_secret_key", "dev", ["sk_live_", c("a", 42)], None, "`sk_live_` + 42 alphanumerics", "G")
add("supabase_service_role_jwt", "dev", [JWT("HS256", lambda r: {"iss": "supabase", "ref": C.rstr(r, C.LOWER, 20), "role": "service_role", "iat": 1700000000 + r.randint(0, 9999999), "exp": 2000000000 + r.randint(0, 99999999)})], None, "real HS256 JWT with `role: service_role`", "B")
add("planetscale_service_token", "dev", ["pscale_tkn_", c("b", 43)], (["planetscale", "token", "id"], [c("l", 12)]), "`pscale_tkn_` + 43 base64url", "R")
add("neon_api_key", "dev", ["napi_", c("l", 64)], None, "`napi_` + 64 lower-case alphanumerics", "B")
add("terraform_cloud_team_token", "dev", [c("a", 14), ".atlasv1.", c("b", 67)], None, "14 alphanumerics + `.atlasv1.` + 67 base64url", "R")
add("hashicorp_vault_service_token", "dev", ["hvs.CAESI", c("b", 86)], None, "`hvs.CAESI` + 86 base64url", "R")
add("sourcegraph_access_token", "dev", ["sgp_", c("h", 16), "_", c("h", 40)], None, "`sgp_` + 16 hex + `_` + 40 hex", "R")
add("doppler_cli_personal_token", "dev", ["dp.pt.", c("a", 43)], None, "`dp.pt.` + 43 alphanumerics", "R")
# ---- ops / observability / cloud
add("google_oauth_client_secret", "ops", ["GOCSPX-", c("b", 28)], (["google", "client", "id"], [c("d", 12), "-", c("l", 32), ".apps.googleusercontent.com"]), "`GOCSPX-` + 28 base64url", "B")
add("azure_entra_client_secret", "ops", [c("a", 3), c("d", 1), "Q~", c("b", 34)], (["azure", "client", "id"], [UUID]), "3 alphanumerics + digit + `Q~` + 34 characters", "R")
add("new_relic_user_api_key", "ops", ["NRAK-", c("u", 27)], None, "`NRAK-` + 27 upper alphanumerics", "R")
add("new_relic_ingest_license_key", "ops", [c("h", 36), "NRAL"], None, "36 lower-case hex + `NRAL`", "B")
add("grafana_service_account_token", "ops", ["glsa_", c("a", 32), "_", c("h", 8)], None, "`glsa_` + 32 alphanumerics + `_` + 8 hex", "R")
add("grafana_cloud_access_policy_token", "ops", [("custom", "glc")], None, "`glc_` + standard Base64 of JSON {o, n, k, m}", "R")
add("pagerduty_rest_api_key", "ops", ["u+", c("b", 18)], None, "`u+` + 18 base64url", "G")
add("opsgenie_integration_api_key", "ops", [UUID], None, "UUIDv4", "B")
add("splunk_hec_token", "ops", [UUID], (["splunk", "hec", "url"], ["https://splunk", c("d", 2), ".lan:8088"]), "UUIDv4", "B")
add("rollbar_project_access_token", "ops", [c("h", 32)], None, "32 lower-case hex", "B")
add("posthog_personal_api_key", "ops", ["phx_", c("a", 43)], None, "`phx_` + 43 alphanumerics", "B")
add("launchdarkly_server_sdk_key", "ops", ["sdk-", UUID], None, "`sdk-` + UUIDv4", "B")
add("netlify_personal_access_token", "ops", ["nfp_", c("a", 36)], None, "`nfp_` + 36 alphanumerics", "B")
add("tailscale_api_access_token", "ops", ["tskey-api-k", c("a", 16), "CNTRL-", c("a", 33)], None, "`tskey-api-k` + 16 + `CNTRL-` + 33 alphanumerics", "B")
add("ngrok_agent_authtoken", "ops", ["2", c("a", 26), "_", c("a", 21)], None, "`2` + 26 alphanumerics + `_` + 21 alphanumerics", "B")
add("cloudflare_global_api_key", "ops", [c("h", 37)], (["cloudflare", "account", "email"], ["it", c("d", 2), "@brightoptics.example"]), "37 lower-case hex", "R")
add("backblaze_b2_application_key", "ops", ["K00", c("a", 28)], (["b2", "key", "id"], ["00", c("h", 23)]), "`K00` + 28 alphanumerics", "B")
add("vultr_api_key", "ops", [c("u", 36)], None, "36 upper alphanumerics", "B")
add("digitalocean_oauth_token", "ops", ["doo_v1_", c("h", 64)], None, "`doo_v1_` + 64 lower-case hex", "R")
add("dynatrace_environment_api_token", "ops", ["dt0c01.", c("u", 24), ".", c("u", 64)], None, "`dt0c01.` + 24 + `.` + 64 upper alphanumerics", "R")
add("databricks_workspace_token", "ops", ["dapi", c("h", 32)], None, "`dapi` + 32 lower-case hex", "R")
add("prefect_cloud_api_key", "ops", ["pnu_", c("a", 36)], None, "`pnu_` + 36 alphanumerics", "R")
add("maxmind_license_key", "ops", [c("a", 6), "_", c("a", 29), "_mmk"], (["maxmind", "account", "id"], [c("d", 6)]), "6 + `_` + 29 alphanumerics + `_mmk`", "R")
# ---- productivity
add("trello_api_token", "productivity", ["ATTA", c("h", 64), c("H", 8)], (["trello", "api", "key"], [c("h", 32)]), "`ATTA` + 64 hex + 8 upper hex", "B")
add("monday_com_api_token", "productivity", [JWT("HS256", lambda r: {"tid": r.randint(100000000, 999999999), "aai": 11, "uid": r.randint(10000000, 99999999), "iad": "2024-03-0%dT10:00:00.000Z" % r.randint(1, 9), "per": "me:write", "actid": r.randint(1000000, 9999999), "rgn": "euc1"})], None, "real HS256 JWT", "B")
add("calendly_personal_access_token", "productivity", [JWT("HS512", lambda r: {"iss": "https://auth.calendly.com", "iat": 1700000000 + r.randint(0, 9999999), "jti": C.uuid4(r), "user_uuid": C.uuid4(r)})], None, "real HS512 JWT", "G")
add("zapier_catch_hook_url", "productivity", ["https://hooks.zapier.com/hooks/catch/", c("d", 8), "/", c("l", 7), "/"], None, "catch-hook URL (whole URL labelled)", "B")
add("dropbox_sl_oauth_access_token", "productivity", ["sl.", c("b", 135)], None, "`sl.` + 135 base64url", "R")
add("mandrill_transactional_api_key", "productivity", ["md-", c("b", 22)], None, "`md-` + 22 base64url", "B")
add("docusign_integration_secret", "productivity", [UUID], (["docusign", "integration", "key"], [UUID]), "UUIDv4", "B")

assert len(V) == 120, len(V)


def gen_part(p, rng):
    if isinstance(p, str):
        return p
    if p[0] == "c":
        return C.rstr(rng, ALPH[p[1]], p[2])
    if p[0] == "uuid":
        return C.uuid4(rng)
    if p[0] == "pw":
        return C.owner_password(rng)
    if p[0] == "jwt":
        h = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[p[1]]
        return C.make_jwt(rng, {"alg": p[1], "typ": "JWT"}, p[2](rng), h)
    if p[0] == "custom":
        return CUSTOM[p[1]][0](rng)
    raise ValueError(p)


def part_re(p):
    if isinstance(p, str):
        return re.escape(p)
    if p[0] == "c":
        return "%s{%d}" % (ALPH_RE[p[1]], p[2])
    if p[0] == "uuid":
        return UUID4_RE
    if p[0] == "pw":
        return PW_RE
    if p[0] == "jwt":
        return JWT_RE
    if p[0] == "custom":
        return CUSTOM[p[1]][1]
    raise ValueError(p)


def spec_re(spec):
    return re.compile("^" + "".join(part_re(p) for p in spec) + "$")


def value_ok(spec, v):
    if not spec_re(spec).match(v):
        return False
    for p in spec:
        if not isinstance(p, str) and p[0] == "jwt":
            return C.jwt_ok(v)
        if not isinstance(p, str) and p[0] == "custom":
            return CUSTOM[p[1]][2](v)
    return True


# style name, key style, template. {PRE} = neighbour line(s), {K} key, {V} value, {TITLE} title words
STYLES = [
    ("optician_app_dotenv_production", "upper", "# .env.production (practice app)\nAPP_ENV=production\n{PRE}{K}={V}\n", "{NK}={NV}\n"),
    ("lens_lab_k8s_secret_stringdata", "upper", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: lab-integrations\nstringData:\n{PRE}  {K}: \"{V}\"\n", "  {NK}: \"{NV}\"\n"),
    ("frame_shop_netlify_env_set_history", "upper", "$ netlify env:set NODE_VERSION 20\n{PRE}$ netlify env:set {K} '{V}'\nSet environment variable {K} in the frames-shop site\n", "$ netlify env:set {NK} {NV}\n"),
    ("practice_ops_doppler_download_json", "upper", "{\n  \"DOPPLER_ENVIRONMENT\": \"prd\",\n{PRE}  \"{K}\": \"{V}\"\n}\n", "  \"{NK}\": \"{NV}\",\n"),
    ("practice_app_spring_application_yml", "kebab", "spring:\n  application:\n    name: practice-integrations\nvendors:\n{PRE}  {K}: \"{V}\"\n", "  {NK}: \"{NV}\"\n"),
    ("lens_lab_dotnet_secrets_json", "pascal", "{\n{PRE}  \"Vendors:{K}\": \"{V}\"\n}\n", "  \"Vendors:{NK}\": \"{NV}\",\n"),
    ("frame_shop_php_env_array", "snake", "<?php\n// config/vendors.php\nreturn [\n{PRE}    '{K}' => '{V}',\n];\n", "    '{NK}' => '{NV}',\n"),
    ("practice_ops_ansible_group_vars", "snake", "# group_vars/practice_servers.yml\npractice_branch: high-street\n{PRE}{K}: \"{V}\"\n", "{NK}: \"{NV}\"\n"),
    ("imaging_ops_vault_kv_put_history", "snake", "$ vault login -method=oidc\n$ vault kv put secret/practice/vendors {PRE}{K}='{V}'\nSuccess! Data written to: secret/practice/vendors\n", "{NK}={NV} "),
    ("optician_team_mattermost_dm_paste", "spaced", "@dev-on-call 11:20 AM\nhere you go{PRE} - {K}: {V}\nping me when the integration is live\n", ", {NK} is {NV}"),
    ("lens_lab_support_email_reply", "spaced", "Subject: RE: integration setup\n\nHello,\nas requested{PRE} the {K} is {V}\nKind regards, Lab IT\n", ", your {NK} is {NV} and"),
    ("optician_bitwarden_json_export", "title", "{\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"{K}\",\n      \"login\": {\n        \"username\": \"{USER}\",\n        \"password\": \"{V}\"\n      }\n    }\n  ]\n}\n", ""),
    ("practice_app_gradle_properties", "camel", "# gradle.properties (practice Android app)\norg.gradle.jvmargs=-Xmx2g\n{PRE}{K}={V}\n", "{NK}={NV}\n"),
    ("frame_shop_go_const_block", "camel", "package vendors\n\nconst (\n{PRE}\t{K} = \"{V}\"\n)\n", "\t{NK} = \"{NV}\"\n"),
    ("lens_lab_swift_secrets_enum", "camel", "// Secrets.swift (lab companion app)\nenum Secrets {\n{PRE}    static let {K} = \"{V}\"\n}\n", "    static let {NK} = \"{NV}\"\n"),
    ("lens_lab_settings_toml", "snake", "# settings.toml\n[vendors]\n{PRE}{K} = \"{V}\"\n", "{NK} = \"{NV}\"\n"),
]


def build(reg):
    rng = random.Random(C.SEEDS["vendor"])
    recs = []
    for i, (name, fam, spec, nb, note, status) in enumerate(V):
        sname, kstyle, tmpl, pre_t = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: "".join(gen_part(p, rng) for p in spec))
        words = name.split("_")
        key = C.style_key(words, kstyle)
        pre = ""
        user = "api"
        if nb:
            nwords, nspec = nb
            nval = reg.draw(lambda: "".join(gen_part(p, rng) for p in nspec))
            nkey = C.style_key(nwords, kstyle)
            pre = pre_t.replace("{NK}", nkey).replace("{NV}", nval)
            user = nval
        text = tmpl.replace("{PRE}", pre).replace("{USER}", user).replace("{K}", key)
        text = text.replace("{V}", value)
        recs.append(C.make_record("x", name, name + "__" + sname, text, value, "vendor"))
    return recs
