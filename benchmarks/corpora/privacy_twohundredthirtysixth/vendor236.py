"""Vendor source: 120 vendor credential types used by breweries, taprooms and homebrew shops."""
import base64
import json
import random
import re
import urllib.parse

import common236 as C

UUID = ("uuid",)
OWNER = "owner"
READ = "read this session in the public gitleaks rule file"
BELIEVED = "believed from memory"
GUESSED = "guessed"
OWNED = "owner-chosen"


# ---------------------------------------------------------------- special frames
def gen_discord_hook(rng):
    return "https://discord.com/api/webhooks/1" + C.rstr(rng, "digits", 18) + "/" + C.rstr(rng, "b64url", 68)


def ok_discord_hook(v):
    return re.fullmatch(r"https://discord\.com/api/webhooks/1[0-9]{18}/[A-Za-z0-9_-]{68}", v) is not None


def gen_teams_hook(rng):
    return ("https://hopyardtaproom.webhook.office.com/webhookb2/" + C.uuid4(rng) + "@" + C.uuid4(rng) +
            "/IncomingWebhook/" + C.rstr(rng, "hexl", 32) + "/" + C.uuid4(rng))


def ok_teams_hook(v):
    u = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    return re.fullmatch(r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/%s@%s/IncomingWebhook/[0-9a-f]{32}/%s" % (u, u, u), v) is not None


def gen_zapier_hook(rng):
    return "https://hooks.zapier.com/hooks/catch/" + C.rstr(rng, "digits", 8) + "/" + C.rstr(rng, "lowalnum", 7) + "/"


def ok_zapier_hook(v):
    return re.fullmatch(r"https://hooks\.zapier\.com/hooks/catch/[0-9]{8}/[a-z0-9]{7}/", v) is not None


def gen_slack_app(rng):
    return "xapp-1-A" + C.rstr(rng, "upalnum", 10) + "-" + C.rstr(rng, "digits", 13) + "-" + C.rstr(rng, "hexl", 64)


def ok_slack_app(v):
    return re.fullmatch(r"xapp-1-A[A-Z0-9]{10}-[0-9]{13}-[0-9a-f]{64}", v) is not None


def gen_glc(rng):
    obj = {"o": str(rng.randint(100000, 999999)), "n": "stack-%d-brewlog-metrics" % rng.randint(100000, 999999),
           "k": C.rstr(rng, "alnum", 24), "m": {"r": rng.choice(["prod-eu-west-2", "prod-us-east-0"])}}
    return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def ok_glc(v):
    if not v.startswith("glc_"):
        return False
    b = v[4:]
    try:
        obj = json.loads(base64.b64decode(b + "=" * (-len(b) % 4)))
    except Exception:
        return False
    return set(obj) == {"o", "n", "k", "m"}


def gen_azure_ad(rng):
    head = "".join(rng.choice(C.ALNUM + "_~.") for _ in range(3)) + rng.choice(C.DIGITS) + "Q~"
    return head + "".join(rng.choice(C.ALNUM + "_~.-") for _ in range(34))


def ok_azure_ad(v):
    return re.fullmatch(r"[a-zA-Z0-9_~.]{3}[0-9]Q~[a-zA-Z0-9_~.-]{34}", v) is not None


def gen_supabase(rng):
    payload = {"iss": "supabase", "ref": C.rstr(rng, "lower", 20), "role": "service_role",
               "iat": 1700000000 + rng.randint(0, 30000000)}
    payload["exp"] = payload["iat"] + 315360000
    return C.jwt_hs(rng, "HS256", payload)


def ok_supabase(v):
    if not C.jwt_valid(v):
        return False
    p = json.loads(C.b64u_dec(v.split(".")[1]))
    return p.get("role") == "service_role"


def gen_mapbox_sk(rng):
    obj = {"u": "hopyard" + C.rstr(rng, "lower", 4), "a": C.rstr(rng, "lowalnum", 25)}
    return "sk." + C.b64u_nopad(json.dumps(obj, separators=(",", ":")).encode()) + "." + C.rstr(rng, "b64url", 22)


def ok_mapbox_sk(v):
    parts = v.split(".")
    if len(parts) != 3 or parts[0] != "sk" or len(parts[2]) != 22:
        return False
    try:
        obj = json.loads(C.b64u_dec(parts[1]))
    except Exception:
        return False
    return set(obj) == {"u", "a"}


def gen_sas_sig(rng):
    return urllib.parse.quote(base64.b64encode(C.rbytes(rng, 32)).decode(), safe="")


def ok_sas_sig(v):
    raw = urllib.parse.unquote(v)
    if urllib.parse.quote(raw, safe="") != v:
        return False
    try:
        return len(base64.b64decode(raw, validate=True)) == 32
    except Exception:
        return False


def gen_owner(rng):
    return C.password(rng, safe=False)


SPECIAL = {
    "discord": (gen_discord_hook, ok_discord_hook, "whole webhook URL `https://discord.com/api/webhooks/` + 19-digit id + `/` + 68 base64url (the URL is the credential)"),
    "teams": (gen_teams_hook, ok_teams_hook, "whole URL `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4 (the URL is the credential)"),
    "zapier": (gen_zapier_hook, ok_zapier_hook, "whole URL `https://hooks.zapier.com/hooks/catch/` + 8 digits + `/` + 7 lower-case alphanumerics + `/` (the URL is the credential)"),
    "slackapp": (gen_slack_app, ok_slack_app, "`xapp-1-A` + 10 upper-case alphanumerics + `-` + 13 digits + `-` + 64 lower-case hex"),
    "glc": (gen_glc, ok_glc, "`glc_` + standard Base64 (no padding) of real JSON `{o, n, k, m: {r}}`"),
    "azuread": (gen_azure_ad, ok_azure_ad, "3 of `[A-Za-z0-9_~.]` + a digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`"),
    "supabase": (gen_supabase, ok_supabase, "real HS256 JWT (`iss` supabase, `ref` 20 letters, `role` service_role, `iat`, `exp`)"),
    "mapboxsk": (gen_mapbox_sk, ok_mapbox_sk, "`sk.` + base64url of real JSON `{u, a}` + `.` + 22 base64url"),
    "sassig": (gen_sas_sig, ok_sas_sig, "the `sig` value only: percent-encoded standard Base64 of a 32-byte HMAC-SHA256"),
    "owner": (gen_owner, lambda v: C.PW_RE_ALL.match(v) is not None, "owner-chosen password"),
}


def V(name, group, spec, src, host, nb=None):
    return {"name": name, "group": group, "spec": spec, "src": src, "host": host, "nb": nb}


G1 = "Brewing trade services, portals and kit"
G2 = "Commerce, payments, shipping, bookkeeping and events"
G3 = "Messaging, e-mail and notifications"
G4 = "AI services"
G5 = "Developer services"
G6 = "Ops, cloud, network and IoT"

EMAIL = ("email", None)

VENDORS = [
    V("ekos_brewery_api_key", G1, [("alnum", 40)], GUESSED, "api.goekos.com"),
    V("ekos_portal_login_password", G1, "owner", OWNED, "app.goekos.com", (["ekos", "login", "email"], EMAIL)),
    V("orchestrated_beer_api_secret", G1, [("b64url", 48)], GUESSED, "api.orchestratedbeer.com",
      (["orchestrated", "beer", "client", "id"], [("alnum", 20)])),
    V("brewfather_api_key", G1, [("alnum", 40)], GUESSED, "api.brewfather.app",
      (["brewfather", "user", "id"], [("alnum", 28)])),
    V("brewers_friend_api_key", G1, [("hexl", 40)], GUESSED, "api.brewersfriend.com"),
    V("untappd_api_client_secret", G1, [("hexu", 40)], BELIEVED, "api.untappd.com",
      (["untappd", "client", "id"], [("hexu", 40)])),
    V("untappd_for_business_api_token", G1, [("alnum", 40)], GUESSED, "business.untappd.com",
      (["utfb", "account", "email"], EMAIL)),
    V("beermenus_partner_api_key", G1, [("lowalnum", 32)], GUESSED, "www.beermenus.com"),
    V("digital_pour_menu_api_key", G1, [("hexl", 32)], GUESSED, "api.digitalpour.com"),
    V("arryved_pos_api_token", G1, [("b64url", 43)], GUESSED, "api.arryved.com"),
    V("gotab_location_api_secret", G1, [("alnum", 48)], GUESSED, "api.gotab.io",
      (["gotab", "location", "id"], [("digits", 6)])),
    V("toast_pos_client_secret", G1, [("alnum", 64)], GUESSED, "ws-api.toasttab.com",
      (["toast", "client", "id"], [("alnum", 32)])),
    V("sevenfifty_api_token", G1, [("hexl", 40)], GUESSED, "api.sevenfifty.com"),
    V("vip_encompass_portal_password", G1, "owner", OWNED, "encompass.vtinfo.com",
      (["encompass", "supplier", "code"], [("upper", 3), ("digits", 4)])),
    V("ttb_permits_online_password", G1, "owner", OWNED, "www.ttbonline.gov",
      (["ttb", "permit", "number"], ["BR-", ("upper", 2), "-", ("digits", 5)])),
    V("hmrc_government_gateway_password", G1, "owner", OWNED, "www.tax.service.gov.uk",
      (["gateway", "user", "id"], [("digits", 12)])),
    V("brewers_association_member_password", G1, "owner", OWNED, "www.brewersassociation.org",
      (["ba", "member", "email"], EMAIL)),
    V("siba_member_portal_password", G1, "owner", OWNED, "www.siba.co.uk",
      (["siba", "member", "number"], ["S", ("digits", 5)])),
    V("plaato_keg_auth_token", G1, [("lowalnum", 32)], GUESSED, "plaato.blynk.cc"),
    V("ubidots_device_token", G1, ["BBFF-", ("alnum", 30)], BELIEVED, "industrial.api.ubidots.com"),
    V("grainfather_connect_password", G1, "owner", OWNED, "community.grainfather.com",
      (["grainfather", "email"], EMAIL)),
    V("kegid_tracking_api_key", G1, [("upalnum", 32)], GUESSED, "api.kegid.com"),
    V("vinoshipper_api_secret", G1, [("alnum", 40)], GUESSED, "vinoshipper.com",
      (["vinoshipper", "api", "key", "id"], [("digits", 5)])),

    V("stripe_restricted_live_key", G2, ["rk_live_51", ("alnum", 97)], READ, "api.stripe.com"),
    V("stripe_webhook_signing_secret", G2, ["whsec_", ("alnum", 32)], BELIEVED, "api.stripe.com"),
    V("square_production_access_token", G2, ["EAAA", ("b64url", 60)], READ, "connect.squareup.com"),
    V("shopify_app_shared_secret", G2, ["shpss_", ("hexl", 32)], READ, "partners.shopify.com",
      (["shopify", "api", "key"], [("hexl", 32)])),
    V("woocommerce_rest_consumer_secret", G2, ["cs_", ("hexl", 40)], BELIEVED, "shop.grainandgrist-homebrew.example",
      (["woocommerce", "consumer", "key"], ["ck_", ("hexl", 40)])),
    V("paypal_rest_client_secret", G2, [("b64url", 80)], BELIEVED, "api-m.paypal.com",
      (["paypal", "client", "id"], ["A", ("b64url", 79)])),
    V("mollie_live_api_key", G2, ["live_", ("alnum", 30)], BELIEVED, "api.mollie.com"),
    V("clover_merchant_api_token", G2, [UUID], GUESSED, "api.clover.com",
      (["clover", "merchant", "id"], [("upalnum", 13)])),
    V("lightspeed_retail_client_secret", G2, [("alnum", 40)], GUESSED, "cloud.lightspeedapp.com",
      (["lightspeed", "client", "id"], [("hexl", 32)])),
    V("easypost_production_api_key", G2, ["EZAK", ("alnum", 54)], READ, "api.easypost.com"),
    V("shippo_live_api_token", G2, ["shippo_live_", ("hexl", 40)], READ, "api.goshippo.com"),
    V("ups_oauth_client_secret", G2, [("alnum", 64)], GUESSED, "onlinetools.ups.com",
      (["ups", "client", "id"], [("alnum", 48)])),
    V("sage_accounting_client_secret", G2, [("alnum", 40)], GUESSED, "api.accounting.sage.com",
      (["sage", "client", "id"], [("hexl", 32)])),
    V("freeagent_oauth_client_secret", G2, [("b64url", 22)], GUESSED, "api.freeagent.com",
      (["freeagent", "identifier"], [("b64url", 22)])),
    V("ticket_tailor_api_key", G2, ["sk_", ("digits", 4), "_", ("digits", 6), "_", ("hexl", 32)], GUESSED, "api.tickettailor.com"),
    V("exploretock_partner_api_key", G2, [("hexl", 64)], GUESSED, "api.exploretock.com"),
    V("sevenrooms_api_client_secret", G2, [("hexl", 64)], GUESSED, "api.sevenrooms.com",
      (["sevenrooms", "client", "id"], [("lowalnum", 24)])),
    V("tripadvisor_content_api_key", G2, [("upalnum", 32)], GUESSED, "api.content.tripadvisor.com"),
    V("google_places_api_key", G2, ["AIza", ("b64url", 35)], READ, "places.googleapis.com"),
    V("veriff_integration_shared_secret", G2, [UUID], GUESSED, "stationapi.veriff.com",
      (["veriff", "api", "key"], [UUID])),
    V("klaviyo_private_api_key", G2, ["pk_", ("hexl", 34)], BELIEVED, "a.klaviyo.com"),

    V("sendgrid_api_key", G3, ["SG.", ("b64url", 22), ".", ("b64url", 43)], READ, "api.sendgrid.com"),
    V("postmark_server_api_token", G3, [UUID], BELIEVED, "api.postmarkapp.com"),
    V("mailjet_api_secret_key", G3, [("hexl", 32)], BELIEVED, "api.mailjet.com",
      (["mailjet", "api", "key"], [("hexl", 32)])),
    V("twilio_api_key_secret", G3, [("alnum", 32)], BELIEVED, "api.twilio.com",
      (["twilio", "api", "key", "sid"], ["SK", ("hexl", 32)])),
    V("vonage_api_secret", G3, [("alnum", 16)], BELIEVED, "rest.nexmo.com",
      (["vonage", "api", "key"], [("hexl", 8)])),
    V("plivo_auth_token", G3, [("alnum", 40)], BELIEVED, "api.plivo.com",
      (["plivo", "auth", "id"], ["MA", ("upalnum", 18)])),
    V("discord_channel_webhook_url", G3, "discord", BELIEVED, "discord.com"),
    V("microsoft_teams_incoming_webhook_url", G3, "teams", READ, "webhook.office.com"),
    V("pushbullet_access_token", G3, ["o.", ("alnum", 32)], BELIEVED, "api.pushbullet.com"),
    V("ntfy_access_token", G3, ["tk_", ("lowalnum", 29)], BELIEVED, "ntfy.hopyard-taproom.example"),
    V("zapier_catch_hook_url", G3, "zapier", BELIEVED, "hooks.zapier.com"),
    V("telegram_taproom_bot_token", G3, [("digits", 10), ":A", ("b64url", 34)], READ, "api.telegram.org"),
    V("whatsapp_cloud_api_access_token", G3, ["EAAM", ("alnum", 180)], READ, "graph.facebook.com"),
    V("helpscout_app_secret", G3, [("alnum", 32)], GUESSED, "api.helpscout.net",
      (["helpscout", "app", "id"], [("alnum", 32)])),
    V("mattermost_bot_access_token", G3, [("lowalnum", 26)], READ, "chat.northdock-brewery.example"),
    V("slack_app_level_token", G3, "slackapp", READ, "slack.com"),

    V("openai_admin_api_key", G4, ["sk-admin-", ("b64url", 58), "T3BlbkFJ", ("b64url", 58)], READ, "api.openai.com"),
    V("anthropic_admin_api_key", G4, ["sk-ant-admin01-", ("b64url", 93), "AA"], READ, "api.anthropic.com"),
    V("mistral_api_key", G4, [("alnum", 32)], BELIEVED, "api.mistral.ai"),
    V("cohere_api_key", G4, [("alnum", 40)], READ, "api.cohere.com"),
    V("deepseek_api_key", G4, ["sk-", ("hexl", 32)], BELIEVED, "api.deepseek.com"),
    V("xai_grok_api_key", G4, ["xai-", ("alnum", 80)], BELIEVED, "api.x.ai"),
    V("openrouter_api_key", G4, ["sk-or-v1-", ("hexl", 64)], BELIEVED, "openrouter.ai"),
    V("elevenlabs_api_key", G4, ["sk_", ("hexl", 48)], BELIEVED, "api.elevenlabs.io"),
    V("assemblyai_api_key", G4, [("hexl", 32)], BELIEVED, "api.assemblyai.com"),
    V("deepgram_api_key", G4, [("hexl", 40)], BELIEVED, "api.deepgram.com"),
    V("wandb_api_key", G4, [("hexl", 40)], BELIEVED, "api.wandb.ai"),
    V("langfuse_secret_key", G4, ["sk-lf-", UUID], BELIEVED, "cloud.langfuse.com",
      (["langfuse", "public", "key"], ["pk-lf-", UUID])),
    V("tavily_search_api_key", G4, ["tvly-", ("alnum", 32)], BELIEVED, "api.tavily.com"),
    V("azure_openai_api_key", G4, [("hexl", 32)], BELIEVED, "hopyard-ai.openai.azure.com",
      (["azure", "openai", "endpoint"], ["https://hopyard-", ("lower", 4), ".openai.azure.com/"])),

    V("github_app_installation_token", G5, ["ghs_", ("alnum", 36)], READ, "api.github.com"),
    V("github_user_to_server_token", G5, ["ghu_", ("alnum", 36)], READ, "api.github.com"),
    V("gitlab_pipeline_trigger_token", G5, ["glptt-", ("hexl", 40)], READ, "gitlab.com"),
    V("gitlab_runner_authentication_token", G5, ["glrt-", ("b64url", 20)], READ, "gitlab.com"),
    V("pypi_upload_token", G5, ["pypi-AgEIcHlwaS5vcmc", ("b64url", 70)], READ, "upload.pypi.org"),
    V("dockerhub_personal_access_token", G5, ["dckr_pat_", ("b64url", 27)], BELIEVED, "hub.docker.com"),
    V("postman_api_key", G5, ["PMAK-", ("hexl", 24), "-", ("hexl", 34)], READ, "api.getpostman.com"),
    V("netlify_personal_access_token", G5, ["nfp_", ("alnum", 40)], BELIEVED, "api.netlify.com"),
    V("railway_api_token", G5, [UUID], BELIEVED, "backboard.railway.app"),
    V("neon_api_key", G5, ["napi_", ("lowalnum", 64)], BELIEVED, "console.neon.tech"),
    V("doppler_personal_token", G5, ["dp.pt.", ("alnum", 43)], READ, "api.doppler.com"),
    V("terraform_cloud_user_token", G5, [("alnum", 14), ".atlasv1.", ("b64url", 67)], READ, "app.terraform.io"),
    V("linear_api_key", G5, ["lin_api_", ("alnum", 40)], READ, "api.linear.app"),
    V("atlassian_api_token", G5, ["ATATT3xFfGF0", ("b64url", 171), "=", ("hexu", 8)], READ, "northdock.atlassian.net",
      (["jira", "user", "email"], EMAIL)),
    V("figma_personal_access_token", G5, ["figd_", ("b64url", 40)], BELIEVED, "api.figma.com"),
    V("codecov_upload_token", G5, [UUID], BELIEVED, "codecov.io"),
    V("grafana_cloud_access_policy_token", G5, "glc", READ, "grafana.net"),
    V("grafana_service_account_token", G5, ["glsa_", ("alnum", 32), "_", ("hexl", 8)], READ, "brewlog.grafana.net"),
    V("new_relic_user_api_key", G5, ["NRAK-", ("upalnum", 27)], READ, "api.eu.newrelic.com"),
    V("okta_api_token", G5, ["00", ("b64url", 40)], READ, "northdock.okta.com",
      (["okta", "org", "url"], ["https://northdock-", ("lower", 4), ".okta.com"])),
    V("auth0_client_secret", G5, [("b64url", 64)], BELIEVED, "hopyard.eu.auth0.com",
      (["auth0", "client", "id"], [("alnum", 32)])),
    V("google_oauth_client_secret", G5, ["GOCSPX-", ("b64url", 28)], BELIEVED, "oauth2.googleapis.com",
      (["google", "client", "id"], [("digits", 12), "-", ("lowalnum", 32), ".apps.googleusercontent.com"])),
    V("azure_ad_client_secret", G5, "azuread", READ, "login.microsoftonline.com",
      (["azure", "client", "id"], [UUID])),
    V("hashicorp_vault_service_token", G5, ["hvs.", ("b64url", 92)], READ, "vault.northdock-brewery.example"),
    V("launchdarkly_server_sdk_key", G5, ["sdk-", UUID], BELIEVED, "sdk.launchdarkly.com"),
    V("contentful_management_token", G5, ["CFPAT-", ("b64url", 43)], BELIEVED, "api.contentful.com"),
    V("supabase_service_role_jwt", G5, "supabase", BELIEVED, "supabase.co"),
    V("mapbox_secret_access_token", G5, "mapboxsk", BELIEVED, "api.mapbox.com"),
    V("algolia_admin_api_key", G5, [("hexl", 32)], BELIEVED, "algolia.net",
      (["algolia", "app", "id"], [("upalnum", 10)])),

    V("cloudflare_global_api_key", G6, [("hexl", 37)], READ, "api.cloudflare.com",
      (["cloudflare", "email"], EMAIL)),
    V("digitalocean_spaces_secret_key", G6, [("b64", 43)], BELIEVED, "ams3.digitaloceanspaces.com",
      (["spaces", "access", "key"], ["DO00", ("upalnum", 16)])),
    V("backblaze_b2_application_key", G6, ["K00", ("b64", 28)], BELIEVED, "api.backblazeb2.com",
      (["b2", "key", "id"], ["00", ("hexl", 23)])),
    V("vultr_api_key", G6, [("upalnum", 36)], BELIEVED, "api.vultr.com"),
    V("tailscale_auth_key", G6, ["tskey-auth-k", ("alnum", 11), "CNTRL-", ("alnum", 32)], BELIEVED, "login.tailscale.com"),
    V("ngrok_authtoken", G6, ["2", ("alnum", 26), "_", ("alnum", 21)], BELIEVED, "dashboard.ngrok.com"),
    V("rollbar_project_access_token", G6, [("hexl", 32)], BELIEVED, "api.rollbar.com"),
    V("opsgenie_api_key", G6, [UUID], BELIEVED, "api.opsgenie.com"),
    V("particle_cloud_access_token", G6, [("hexl", 40)], BELIEVED, "api.particle.io"),
    V("adafruit_io_key", G6, ["aio_", ("alnum", 28)], BELIEVED, "io.adafruit.com",
      (["adafruit", "io", "username"], ["cellar", ("lower", 5)])),
    V("thingspeak_write_api_key", G6, [("upalnum", 16)], BELIEVED, "api.thingspeak.com",
      (["thingspeak", "channel", "id"], [("digits", 7)])),
    V("blynk_device_auth_token", G6, [("b64url", 32)], BELIEVED, "blynk.cloud"),
    V("meraki_dashboard_api_key", G6, [("hexl", 40)], READ, "api.meraki.com"),
    V("unifi_controller_admin_password", G6, "owner", OWNED, "unifi.hopyard-taproom.example",
      (["unifi", "admin", "user"], ["taproom", ("lower", 3)])),
    V("sensorpush_account_password", G6, "owner", OWNED, "api.sensorpush.com",
      (["sensorpush", "email"], EMAIL)),
    V("azure_storage_sas_signature", G6, "sassig", BELIEVED, "northdockbrew.blob.core.windows.net"),
    V("dynatrace_api_token", G6, ["dt0c01.", ("upalnum", 24), ".", ("upalnum", 64)], READ, "abc12345.live.dynatrace.com"),
]

SET_ASIDE = [
    ("eventbrite_private_oauth_token", "in the deny-list (an earlier corpus used the same name); events covered by Ticket Tailor and Tock"),
    ("yelp_fusion_api_key", "in the deny-list (an earlier corpus used the same name); reviews covered by Tripadvisor and Google Places"),
    ("lob_live_api_key", "direct-mail postcards are marginal for a brewery"),
    ("roboflow_private_api_key", "shape unknown; vision QC on the canning line is marginal"),
    ("databricks_access_token", "analytics platforms are marginal for a brewery"),
    ("loggly_customer_token", "observability already covered by Grafana, New Relic, Dynatrace, Rollbar"),
    ("balena_cloud_api_key", "shape unknown; IoT covered by Particle, Blynk, Adafruit IO"),
    ("onesignal_rest_api_key", "the newer os_v2_app_ form not remembered"),
    ("jina_ai_api_key", "length of the jina_ form not remembered"),
    ("convertkit_api_secret", "shape unknown; newsletters covered by Klaviyo, Mailjet, SendGrid"),
    ("cerebras_inference_api_key", "length of the csk- form not remembered"),
    ("clerk_secret_key", "sk_live_ prefix collides with Stripe and length not remembered"),
]

EMAIL_NAMES = ["mara", "tom.h", "ines", "brewery.office", "cellar", "accounts", "kofi.a", "headbrewer"]
EMAIL_DOMAINS = ["copperkettle-brewing.example", "hopyard-taproom.example", "northdock-brewery.example",
                 "grainandgrist-homebrew.example"]


def gen_spec(rng, spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part == UUID:
            out.append(C.uuid4(rng))
        else:
            out.append(C.rstr(rng, part[0], part[1]))
    return "".join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(re.escape(part))
        elif part == UUID:
            out.append(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            out.append("%s{%d}" % (C.CLASS_RE[part[0]], part[1]))
    return "".join(out)


def spec_desc(spec):
    if isinstance(spec, str):
        return SPECIAL[spec][2]
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append("`%s`" % part)
        elif part == UUID:
            out.append("UUIDv4")
        else:
            out.append("%d %s" % (part[1], C.CLASS_DESC[part[0]]))
    return " + ".join(out)


def validate(vendor, value):
    spec = vendor["spec"]
    if isinstance(spec, str):
        return SPECIAL[spec][1](value)
    return re.fullmatch(spec_regex(spec), value) is not None


def gen_value(rng, vendor):
    spec = vendor["spec"]
    if isinstance(spec, str):
        return SPECIAL[spec][0](rng)
    return gen_spec(rng, spec)


def gen_neighbour(rng, nb):
    words, spec = nb
    if spec == EMAIL:
        return rng.choice(EMAIL_NAMES) + "@" + rng.choice(EMAIL_DOMAINS)
    return gen_spec(rng, spec)


# ---------------------------------------------------------------- presentation styles
def kw(v):
    return v["name"].split("_")


def title_vendor(v):
    return " ".join(w.capitalize() for w in v["name"].split("_")[:2])


def st_envfile(v, K, nbs, rng):
    lines = ["# .env.production (%s)" % title_vendor(v)]
    for nk, nv in nbs:
        lines.append("%s=%s" % (C.keyname(nk, "upper"), nv))
    lines.append("%s=%s" % (K("upper"), C.MARK))
    return "\n".join(lines) + "\n"


def st_yaml(v, K, nbs, rng):
    lines = ["%s:" % v["name"].split("_")[0], "  base_url: https://%s" % v["host"]]
    for nk, nv in nbs:
        lines.append("  %s: '%s'" % (C.keyname(nk, "snake"), nv))
    lines.append("  %s: '%s'" % (K("snake"), C.MARK))
    return "\n".join(lines) + "\n"


def st_json(v, K, nbs, rng):
    lines = ['{', '  "endpoint": "https://%s",' % v["host"]]
    for nk, nv in nbs:
        lines.append('  "%s": "%s",' % (C.keyname(nk, "camel"), nv))
    lines.append('  "%s": "%s"' % (K("camel"), C.MARK))
    lines.append('}')
    return "\n".join(lines) + "\n"


def st_python(v, K, nbs, rng):
    cls = "".join(w.capitalize() for w in v["name"].split("_")[:2]) + "Client"
    args = ['base_url="https://%s"' % v["host"]]
    for nk, nv in nbs:
        args.append('%s="%s"' % (C.keyname(nk, "snake"), nv))
    args.append('%s="%s"' % (K("snake"), C.MARK))
    return "from brewlog.integrations import %s\n\nclient = %s(\n    %s,\n)\n" % (cls, cls, ",\n    ".join(args))


def st_node(v, K, nbs, rng):
    lines = []
    for nk, nv in nbs:
        lines.append('const %s = process.env.%s ?? "%s";' % (C.keyname(nk, "camel"), C.keyname(nk, "upper"), nv))
    lines.append('const %s = process.env.%s ?? "%s";' % (K("camel"), K("upper"), C.MARK))
    lines.append('// TODO remove fallbacks before the taproom launch')
    return "\n".join(lines) + "\n"


def st_curl(v, K, nbs, rng):
    extra = "".join(' -H "X-%s: %s"' % ("-".join(w.capitalize() for w in nk), nv) for nk, nv in nbs)
    return ("$ curl -sS%s -H \"Authorization: Bearer %s\" \\\n    https://%s/v1/ping\n{\"ok\":true}\n" % (extra, C.MARK, v["host"]))


def st_ghsecret(v, K, nbs, rng):
    lines = []
    for nk, nv in nbs:
        lines.append("gh variable set %s --body '%s' --repo northdock/brewlog" % (C.keyname(nk, "upper"), nv))
    lines.append("gh secret set %s --body '%s' --repo northdock/brewlog" % (K("upper"), C.MARK))
    return "\n".join(lines) + "\n"


def st_terraform(v, K, nbs, rng):
    lines = []
    for nk, nv in nbs:
        lines.append('variable "%s" {\n  type    = string\n  default = "%s"\n}\n' % (C.keyname(nk, "snake"), nv))
    lines.append('variable "%s" {\n  type      = string\n  sensitive = true\n  default   = "%s"\n}\n' % (K("snake"), C.MARK))
    return "\n".join(lines)


def st_powershell(v, K, nbs, rng):
    lines = ["PS C:\\brewery> cd .\\taptill"]
    for nk, nv in nbs:
        lines.append("PS C:\\brewery\\taptill> $env:%s = '%s'" % (C.keyname(nk, "upper"), nv))
    lines.append("PS C:\\brewery\\taptill> $env:%s = '%s'" % (K("upper"), C.MARK))
    lines.append("PS C:\\brewery\\taptill> .\\sync.ps1")
    return "\n".join(lines) + "\n"


def st_docker(v, K, nbs, rng):
    parts = ["docker run -d --name brewlog-sync"]
    for nk, nv in nbs:
        parts.append("-e %s=%s" % (C.keyname(nk, "upper"), nv))
    parts.append("-e %s='%s'" % (K("upper"), C.MARK))
    parts.append("ghcr.io/northdock/brewlog-sync:2.3")
    return " \\\n  ".join(parts) + "\n"


def st_keepass(v, K, nbs, rng):
    user = nbs[0][1] if nbs else "brewery.office"
    return ('"Group","Title","Username","Password","URL","Notes"\n'
            '"Brewery/Vendors","%s","%s","%s","https://%s","%s"\n' % (title_vendor(v), user, C.MARK, v["host"],
                                                                      " ".join(kw(v))))


def st_chat(v, K, nbs, rng):
    who = rng.choice(["Ines", "Kofi", "Mara", "Tom", "Ruth"])
    lines = ["[14:02] %s: setting up the %s thing now" % (who, title_vendor(v))]
    for nk, nv in nbs:
        lines.append("[14:02] %s: %s is %s" % (who, C.keyname(nk, "spaced"), nv))
    lines.append("[14:03] %s: %s = %s" % (who, K("spaced"), C.MARK))
    lines.append("[14:05] Sam: got it, thanks")
    return "\n".join(lines) + "\n"


def st_php(v, K, nbs, rng):
    lines = ["<?php", "// wp-content/mu-plugins/brewery-integrations.php"]
    for nk, nv in nbs:
        lines.append("define('%s', '%s');" % (C.keyname(nk, "upper"), nv))
    lines.append("define('%s', '%s');" % (K("upper"), C.MARK))
    return "\n".join(lines) + "\n"


def st_ini(v, K, nbs, rng):
    lines = ["[%s]" % v["name"].split("_")[0], "host = %s" % v["host"]]
    for nk, nv in nbs:
        lines.append("%s = %s" % (C.keyname(nk, "snake"), nv))
    lines.append("%s = %s" % (K("snake"), C.MARK))
    return "\n".join(lines) + "\n"


def st_rust(v, K, nbs, rng):
    lines = ["// src/integrations/%s.rs" % v["name"].split("_")[0]]
    for nk, nv in nbs:
        lines.append('pub const %s: &str = "%s";' % (C.keyname(nk, "upper"), nv))
    lines.append('pub const %s: &str = "%s";' % (K("upper"), C.MARK))
    return "\n".join(lines) + "\n"


def st_toml(v, K, nbs, rng):
    lines = ["[integrations.%s]" % v["name"].split("_")[0], 'url = "https://%s"' % v["host"]]
    for nk, nv in nbs:
        lines.append('%s = "%s"' % (C.keyname(nk, "snake"), nv))
    lines.append('%s = "%s"' % (K("snake"), C.MARK))
    return "\n".join(lines) + "\n"


STYLES = [
    ("envfile_assignment", st_envfile, "dotenv lines in upper case"),
    ("yaml_credentials_block", st_yaml, "YAML block, snake keys"),
    ("json_settings_object", st_json, "JSON object, camel keys"),
    ("python_client_constructor", st_python, "Python client constructor keyword arguments"),
    ("node_process_env_fallback", st_node, "Node const with a hard-coded fallback after process.env"),
    ("curl_authorization_bearer", st_curl, "curl with an Authorization: Bearer header (no key name; vendor from host)"),
    ("gh_secret_set_body", st_ghsecret, "gh secret set NAME --body VALUE"),
    ("terraform_variable_default", st_terraform, "Terraform variable with a default"),
    ("powershell_env_assignment", st_powershell, "PowerShell $env: assignment in a console transcript"),
    ("docker_run_env_flags", st_docker, "docker run -e flags"),
    ("keepass_csv_export_row", st_keepass, "password-manager CSV export row (Password column)"),
    ("staff_chat_paste", st_chat, "staff chat paste"),
    ("php_config_define", st_php, "PHP define() in a WordPress mu-plugin"),
    ("ini_service_section", st_ini, "INI section, snake keys"),
    ("rust_const_str", st_rust, "Rust pub const &str"),
    ("toml_table_entry", st_toml, "TOML table, snake keys"),
]


def compatible(v, style):
    spec = v["spec"]
    if style == "curl_authorization_bearer":
        return spec not in ("owner", "discord", "teams", "zapier", "sassig")
    if style == "keepass_csv_export_row":
        return spec not in ("discord", "teams", "zapier", "sassig")
    return True


def build(reg):
    rng = random.Random(C.SEEDS["vendor"])
    order = [s[0] for s in STYLES]
    queue = []
    records = []
    for v in VENDORS:
        if not queue:
            queue = list(order)
            rng.shuffle(queue)
        style = None
        for i, s in enumerate(queue):
            if compatible(v, s):
                style = queue.pop(i)
                break
        if style is None:
            style = next(s for s in order if compatible(v, s))
        fn = dict((s[0], s[1]) for s in STYLES)[style]
        value = reg.draw(gen_value, rng, v)
        nbs = []
        if v["nb"]:
            nbs.append((v["nb"][0], reg.draw(gen_neighbour, rng, v["nb"])))
        words = kw(v)
        if v["spec"] == "sassig":
            nbs = []
            tmpl = ("# taproom menu board pulls images from blob storage\nMENU_IMAGES_URL=https://%s/menu-images?sv=2022-11-02"
                    "&ss=b&srt=co&sp=rl&se=2026-03-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig=%s\n" % (v["host"], C.MARK))
            style = "sas_query_string"
        else:
            tmpl = fn(v, lambda st: C.keyname(words, st), nbs, rng)
        text, s, e = C.make_record(tmpl, value)
        records.append({"type": v["name"], "container": v["name"] + "__" + style, "text": text,
                        "secrets": [{"value": value, "start": s, "end": e, "type": v["name"]}], "source": "vendor",
                        "_neighbours": [nv for _, nv in nbs]})
    return records
