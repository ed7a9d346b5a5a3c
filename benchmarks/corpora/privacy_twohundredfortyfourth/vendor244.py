"""Vendor credential types (120) for corpus p244."""
import json
import random
import re

import common244 as C

G = "read this session"   # public gitleaks rule file, read for shape
B = "believed from memory"
Q = "guessed"
O = "owner-chosen"

# (type, category, spec, origin, neighbour (words, spec) or None, api host or None)
# spec: list of ("lit", s) | (alphabet, n) | ("uuid",) | ("special", name) | ("pw",)
CATS = [
    ("club", "Racket and cricket club services, booking, access control and federations"),
    ("commerce", "Commerce, payments, marketing, e-mail delivery and events"),
    ("messaging", "Messaging, chat, webhooks and notifications"),
    ("ai", "AI services"),
    ("dev", "Developer services"),
    ("ops", "Cloud, ops, monitoring and IoT"),
]

VENDORS = [
    # ---- club services (guessed shapes) and owner-chosen portal passwords
    ("playtomic_partner_api_key", "club", [("alnum", 40)], Q, None, "api.playtomic.io"),
    ("courtreserve_api_token", "club", [("uuid",)], Q, None, None),
    ("clubspark_venue_api_key", "club", [("hex", 32)], Q, None, None),
    ("play_cricket_site_api_token", "club", [("hex", 32)], Q, (["play", "cricket", "site", "id"], [("digits", 5)]), None),
    ("cricheroes_partner_api_key", "club", [("alnum", 40)], Q, None, None),
    ("teamsnap_oauth_client_secret", "club", [("b64url", 43)], Q, (["teamsnap", "client", "id"], [("b64url", 43)]), None),
    ("skedda_venue_api_key", "club", [("alnum", 48)], Q, None, None),
    ("matchi_venue_api_token", "club", [("hex", 64)], Q, None, None),
    ("clubautomation_api_key", "club", [("alnum", 32)], Q, None, None),
    ("utr_sports_api_token", "club", [("b64url", 40)], Q, None, "api.utrsports.net"),
    ("playsight_venue_api_token", "club", [("alnum", 36)], Q, None, None),
    ("resova_booking_api_key", "club", [("hex", 40)], Q, None, None),
    ("mindbody_public_api_key", "club", [("hex", 32)], Q, (["mindbody", "site", "id"], [("lit", "-"), ("digits", 5)]), None),
    ("glofox_branch_api_token", "club", [("alnum", 64)], Q, None, None),
    ("playhq_organisation_api_key", "club", [("uuid",)], Q, None, None),
    ("kisi_access_api_key", "club", [("hex", 32)], Q, None, "api.kisi.io"),
    ("nuki_web_api_token", "club", [("hex", 80)], Q, None, None),
    ("brivo_access_api_key", "club", [("alnum", 24)], Q, None, None),
    ("igloohome_api_client_secret", "club", [("alnum", 48)], Q, (["igloohome", "client", "id"], [("lalnum", 26)]), None),
    ("swingvision_partner_api_key", "club", [("lalnum", 32)], Q, None, None),
    ("pitchvision_cricket_api_token", "club", [("hex", 40)], Q, None, None),
    ("lta_advantage_login_password", "club", [("pw",)], O, (["lta", "advantage", "login", "email"], [("lit", "secretary@lawnside-tennis.example")]), None),
    ("spond_club_account_password", "club", [("pw",)], O, (["spond", "account", "email"], [("lit", "juniors@oakfield-cc.example")]), None),
    ("pitchero_club_admin_password", "club", [("pw",)], O, (["pitchero", "admin", "username"], [("lit", "oakfield.webadmin")]), None),
    ("usta_tennislink_account_password", "club", [("pw",)], O, (["usta", "member", "number"], [("digits", 10)]), None),
    ("cricclubs_league_admin_password", "club", [("pw",)], O, (["cricclubs", "admin", "user"], [("lit", "league.scorer")]), None),
    ("badminton_england_member_password", "club", [("pw",)], O, (["badminton", "england", "member", "id"], [("lit", "BE"), ("digits", 7)]), None),
    ("padel_federation_licence_portal_password", "club", [("pw",)], O, (["padel", "licence", "number"], [("lit", "LIC-"), ("digits", 6)]), None),
    ("wimbledon_ballot_account_password", "club", [("pw",)], O, (["ballot", "account", "email"], [("lit", "captain@lawnside-tennis.example")]), None),
    ("ecb_coach_education_portal_password", "club", [("pw",)], O, (["ecb", "coach", "id"], [("lit", "ECB"), ("digits", 6)]), None),
    ("tennis_australia_myta_password", "club", [("pw",)], O, (["myta", "username"], [("lit", "rivergum.tc.admin")]), None),
    # ---- commerce
    ("stripe_restricted_live_key", "commerce", [("lit", "rk_live_51"), ("alnum", 97)], G, None, "api.stripe.com"),
    ("stripe_webhook_signing_secret", "commerce", [("lit", "whsec_"), ("alnum", 32)], B, None, None),
    ("paypal_rest_client_secret", "commerce", [("lit", "E"), ("b64url", 79)], B, (["paypal", "client", "id"], [("lit", "A"), ("b64url", 79)]), None),
    ("square_production_access_token", "commerce", [("lit", "EAAA"), ("b64url", 60)], G, None, "connect.squareup.com"),
    ("mollie_live_api_key", "commerce", [("lit", "live_"), ("alnum", 30)], B, None, "api.mollie.com"),
    ("plaid_secret_key", "commerce", [("lalnum", 30)], G, (["plaid", "client", "id"], [("hex", 24)]), None),
    ("plaid_access_token", "commerce", [("lit", "access-production-"), ("uuid",)], G, None, None),
    ("klaviyo_private_api_key", "commerce", [("lit", "pk_"), ("hex", 34)], B, None, None),
    ("hubspot_private_app_token", "commerce", [("lit", "pat-na1-"), ("uuid",)], B, None, "api.hubapi.com"),
    ("woocommerce_consumer_secret", "commerce", [("lit", "cs_"), ("hex", 40)], B, (["woocommerce", "consumer", "key"], [("lit", "ck_"), ("hex", 40)]), None),
    ("bigcommerce_store_api_token", "commerce", [("lalnum", 31)], B, (["bigcommerce", "store", "hash"], [("lalnum", 10)]), None),
    ("shopify_app_shared_secret", "commerce", [("lit", "shpss_"), ("hex", 32)], G, None, None),
    ("sendgrid_api_key", "commerce", [("lit", "SG."), ("b64url", 22), ("lit", "."), ("b64url", 43)], G, None, "api.sendgrid.com"),
    ("mailchimp_transactional_api_key", "commerce", [("lit", "md-"), ("b64url", 22)], B, None, None),
    ("mailjet_api_secret", "commerce", [("hex", 32)], B, (["mailjet", "api", "key"], [("hex", 32)]), None),
    ("sparkpost_api_key", "commerce", [("hex", 40)], B, None, None),
    ("postmark_server_token", "commerce", [("uuid",)], B, None, "api.postmarkapp.com"),
    ("mailerlite_api_token", "commerce", [("special", "mailerlite_jwt")], B, None, None),
    ("algolia_admin_api_key", "commerce", [("hex", 32)], G, (["algolia", "app", "id"], [("ualnum", 10)]), None),
    ("facebook_app_secret", "commerce", [("hex", 32)], G, (["facebook", "app", "id"], [("digits", 16)]), None),
    ("eventbrite_private_token", "commerce", [("ualnum", 20)], Q, None, None),
    ("calendly_personal_access_token", "commerce", [("special", "calendly_jwt")], B, None, None),
    ("zoom_s2s_client_secret", "commerce", [("alnum", 32)], B, (["zoom", "client", "id"], [("alnum", 22)]), None),
    ("easypost_production_api_key", "commerce", [("lit", "EZAK"), ("lalnum", 54)], G, None, None),
    ("shippo_live_api_token", "commerce", [("lit", "shippo_live_"), ("hex", 40)], G, None, None),
    # ---- messaging
    ("telegram_club_bot_token", "messaging", [("digits", 10), ("lit", ":AA"), ("b64url", 33)], G, None, None),
    ("whatsapp_cloud_api_access_token", "messaging", [("lit", "EAAM"), ("alnum", 180)], G, (["whatsapp", "phone", "number", "id"], [("digits", 15)]), None),
    ("twilio_api_key_secret", "messaging", [("alnum", 32)], B, (["twilio", "api", "key", "sid"], [("lit", "SK"), ("hex", 32)]), None),
    ("vonage_api_secret", "messaging", [("alnum", 16)], B, (["vonage", "api", "key"], [("hex", 8)]), None),
    ("slack_app_level_token", "messaging", [("lit", "xapp-1-A"), ("ualnum", 10), ("lit", "-"), ("digits", 13), ("lit", "-"), ("hex", 64)], G, None, None),
    ("slack_user_oauth_token", "messaging", [("lit", "xoxp-"), ("digits", 12), ("lit", "-"), ("digits", 12), ("lit", "-"), ("digits", 13), ("lit", "-"), ("hex", 32)], G, None, "slack.com"),
    ("discord_webhook_url", "messaging", [("lit", "https://discord.com/api/webhooks/"), ("digits", 19), ("lit", "/"), ("b64url", 68)], B, None, None),
    ("teams_incoming_webhook_url", "messaging", [("lit", "https://lawnsidetennis.webhook.office.com/webhookb2/"), ("uuid",), ("lit", "@"), ("uuid",), ("lit", "/IncomingWebhook/"), ("hex", 32), ("lit", "/"), ("uuid",)], G, None, None),
    ("sendbird_api_token", "messaging", [("hex", 40)], G, (["sendbird", "app", "id"], [("uuid",)]), None),
    ("mattermost_personal_access_token", "messaging", [("lalnum", 26)], G, None, None),
    ("pushbullet_access_token", "messaging", [("lit", "o."), ("alnum", 32)], B, None, "api.pushbullet.com"),
    ("ntfy_access_token", "messaging", [("lit", "tk_"), ("lalnum", 29)], B, None, "ntfy.sh"),
    # ---- AI
    ("openai_admin_api_key", "ai", [("lit", "sk-admin-"), ("b64url", 58), ("lit", "T3BlbkFJ"), ("b64url", 58)], G, None, "api.openai.com"),
    ("anthropic_admin_api_key", "ai", [("lit", "sk-ant-admin01-"), ("b64url", 93), ("lit", "AA")], G, None, None),
    ("mistral_api_key", "ai", [("alnum", 32)], B, None, "api.mistral.ai"),
    ("cohere_api_key", "ai", [("alnum", 40)], G, None, None),
    ("deepseek_api_key", "ai", [("lit", "sk-"), ("hex", 32)], B, None, "api.deepseek.com"),
    ("xai_api_key", "ai", [("lit", "xai-"), ("alnum", 80)], B, None, None),
    ("openrouter_api_key", "ai", [("lit", "sk-or-v1-"), ("hex", 64)], B, None, "openrouter.ai"),
    ("elevenlabs_api_key", "ai", [("lit", "sk_"), ("hex", 48)], B, None, None),
    ("deepgram_api_key", "ai", [("hex", 40)], B, None, None),
    ("langfuse_secret_key", "ai", [("lit", "sk-lf-"), ("uuid",)], B, (["langfuse", "public", "key"], [("lit", "pk-lf-"), ("uuid",)]), None),
    ("wandb_api_key", "ai", [("hex", 40)], B, None, None),
    # ---- developer services
    ("github_app_installation_token", "dev", [("lit", "ghs_"), ("alnum", 36)], G, None, "api.github.com"),
    ("github_refresh_token", "dev", [("lit", "ghr_"), ("alnum", 36)], G, None, None),
    ("gitlab_pipeline_trigger_token", "dev", [("lit", "glptt-"), ("hex", 40)], G, None, None),
    ("gitlab_runner_authentication_token", "dev", [("lit", "glrt-"), ("b64url", 20)], G, None, None),
    ("atlassian_api_token", "dev", [("lit", "ATATT3xFfGF0"), ("b64url", 171), ("lit", "="), ("uhex", 8)], G, (["atlassian", "email"], [("lit", "it@padelhub-north.example")]), None),
    ("pypi_upload_token", "dev", [("lit", "pypi-AgEIcHlwaS5vcmcCJ"), ("b64url", 148)], G, None, None),
    ("docker_hub_personal_access_token", "dev", [("lit", "dckr_pat_"), ("b64url", 27)], B, (["docker", "hub", "username"], [("lit", "lawnsideops")]), None),
    ("terraform_cloud_user_token", "dev", [("alnum", 14), ("lit", ".atlasv1."), ("b64url", 67)], G, None, "app.terraform.io"),
    ("netlify_personal_access_token", "dev", [("lit", "nfp_"), ("alnum", 36)], B, None, "api.netlify.com"),
    ("supabase_service_role_key", "dev", [("special", "supabase_jwt")], B, None, None),
    ("linear_api_key", "dev", [("lit", "lin_api_"), ("alnum", 40)], G, None, "api.linear.app"),
    ("sentry_org_auth_token", "dev", [("special", "sentry_org")], G, None, None),
    ("postman_api_key", "dev", [("lit", "PMAK-"), ("hex", 24), ("lit", "-"), ("hex", 34)], G, None, "api.getpostman.com"),
    ("contentful_management_token", "dev", [("lit", "CFPAT-"), ("b64url", 43)], B, None, None),
    ("figma_personal_access_token", "dev", [("lit", "figd_"), ("b64url", 40)], B, None, None),
    ("trello_api_token", "dev", [("lit", "ATTA"), ("hex", 64), ("uhex", 8)], B, (["trello", "api", "key"], [("hex", 32)]), None),
    ("doppler_personal_token", "dev", [("lit", "dp.pt."), ("alnum", 43)], G, None, None),
    ("grafana_cloud_access_policy_token", "dev", [("special", "grafana_glc")], G, None, None),
    ("grafana_service_account_token", "dev", [("lit", "glsa_"), ("alnum", 32), ("lit", "_"), ("hex", 8)], G, None, None),
    ("newrelic_user_api_key", "dev", [("lit", "NRAK-"), ("ualnum", 27)], G, None, None),
    ("posthog_personal_api_key", "dev", [("lit", "phx_"), ("alnum", 43)], B, None, None),
    ("launchdarkly_sdk_key", "dev", [("lit", "sdk-"), ("uuid",)], B, None, None),
    ("hashicorp_vault_service_token", "dev", [("lit", "hvs.CAESI"), ("b64url", 86)], G, None, None),
    # ---- ops, cloud, IoT
    ("aws_ses_smtp_password", "ops", [("lit", "B"), ("b64", 43)], B, (["ses", "smtp", "username"], [("lit", "AKIA"), ("ualnum", 16)]), None),
    ("google_oauth_client_secret", "ops", [("lit", "GOCSPX-"), ("b64url", 28)], B, (["google", "client", "id"], [("digits", 12), ("lit", "-"), ("lalnum", 32), ("lit", ".apps.googleusercontent.com")]), None),
    ("azure_ad_client_secret", "ops", [("alnum", 3), ("digits", 1), ("lit", "Q~"), ("aad", 34)], G, (["azure", "application", "id"], [("uuid",)]), None),
    ("azure_service_bus_shared_access_key", "ops", [("special", "b64_32")], B, (["service", "bus", "key", "name"], [("lit", "RootManageSharedAccessKey")]), None),
    ("digitalocean_spaces_secret_key", "ops", [("b64", 43)], B, (["spaces", "access", "key"], [("lit", "DO"), ("ualnum", 18)]), None),
    ("cloudflare_origin_ca_key", "ops", [("lit", "v1.0-"), ("hex", 24), ("lit", "-"), ("hex", 146)], G, None, None),
    ("cloudflare_global_api_key", "ops", [("hex", 37)], G, (["cloudflare", "email"], [("lit", "webmaster@oakfield-cc.example")]), None),
    ("vultr_api_key", "ops", [("ualnum", 36)], B, None, "api.vultr.com"),
    ("ovh_application_secret", "ops", [("alnum", 32)], B, (["ovh", "application", "key"], [("alnum", 16)]), None),
    ("opsgenie_api_key", "ops", [("uuid",)], B, None, None),
    ("pagerduty_rest_api_key", "ops", [("lit", "u+"), ("b64url", 18)], B, None, None),
    ("tailscale_auth_key", "ops", [("lit", "tskey-auth-k"), ("alnum", 11), ("lit", "CNTRL-"), ("alnum", 33)], B, None, None),
    ("ngrok_authtoken", "ops", [("lit", "2"), ("alnum", 26), ("lit", "_"), ("alnum", 21)], B, None, None),
    ("particle_access_token", "ops", [("hex", 40)], B, None, "api.particle.io"),
    ("arduino_iot_cloud_client_secret", "ops", [("alnum", 64)], Q, (["arduino", "client", "id"], [("alnum", 32)]), None),
    ("mapbox_secret_access_token", "ops", [("special", "mapbox_sk")], G, None, None),
    ("meraki_dashboard_api_key", "ops", [("hex", 40)], G, None, "api.meraki.com"),
    ("alibaba_cloud_access_key_secret", "ops", [("alnum", 30)], G, (["alibaba", "access", "key", "id"], [("lit", "LTAI"), ("alnum", 20)]), None),
]

SET_ASIDE = [
    ("sage_accounting_client_secret", "trimmed to keep 120; shape guessed only"),
    ("freeagent_oauth_client_secret", "trimmed; shape guessed only"),
    ("ticket_tailor_api_key", "trimmed; shape guessed only, ticketing covered by Eventbrite"),
    ("vimeo_access_token", "trimmed; 32 hex like many others"),
    ("mux_token_secret", "trimmed; Base64 length not remembered"),
    ("twitter_api_key_secret", "trimmed; club social posting is marginal"),
    ("wise_api_token", "trimmed; bare UUIDv4 already represented by CourtReserve, PlayHQ, Postmark and Opsgenie"),
    ("shopify_private_app_token", "trimmed; Shopify covered by the app shared secret"),
    ("pipedrive_api_token", "trimmed; 40 hex like many others"),
    ("helpscout_app_secret", "trimmed; shape guessed only"),
    ("stream_chat_api_secret", "trimmed; shape guessed only"),
    ("onesignal_rest_api_key", "trimmed; v2 key length not remembered"),
    ("gotify_app_token", "trimmed; self-hosted push covered by ntfy"),
    ("azure_openai_api_key", "trimmed; 32 hex like many others"),
    ("assemblyai_api_key", "trimmed; 32 hex like many others"),
    ("roboflow_api_key", "trimmed; shape guessed only"),
    ("readme_api_key", "trimmed; developer-docs hosting is marginal for a club"),
    ("dynatrace_api_token", "trimmed; monitoring covered by New Relic and Grafana"),
    ("gitlab_feed_token", "trimmed; GitLab covered by two other token types"),
    ("codecov_upload_token", "trimmed; bare UUIDv4"),
    ("unifi_site_manager_api_key", "trimmed; shape not remembered"),
    ("healthchecks_io_api_key", "trimmed; shape guessed only"),
    ("balena_api_key", "trimmed; shape guessed only"),
    ("clicksend_api_key", "its keys look like upper-case UUIDs that are not version 4, which would break the corpus's UUID rule"),
    ("telegram_bot_api_token", "this exact name is in the deny-list (an earlier README set it aside); the shape is kept as telegram_club_bot_token"),
]


def _lit_or_alpha_regex(part):
    if part[0] == "lit":
        return re.escape(part[1])
    if part[0] == "uuid":
        return "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    if part[0] == "aad":
        return "[A-Za-z0-9_~.-]{%d}" % part[1]
    return "[%s]{%d}" % (re.escape(C.ALPHABETS[part[0]]), part[1])


def spec_regex(spec):
    return re.compile("^" + "".join(_lit_or_alpha_regex(p) for p in spec) + "$")


def gen_spec(rng, spec):
    out = []
    for p in spec:
        k = p[0]
        if k == "lit":
            out.append(p[1])
        elif k == "uuid":
            out.append(C.uuid4(rng))
        elif k == "aad":
            body = C.rs(rng, C.ALNUM + "_~.-", p[1] - 1) + rng.choice(C.ALNUM)
            out.append(body)
        elif k == "pw":
            out.append(C.make_password(rng))
        elif k == "special":
            out.append(SPECIAL[p[1]](rng))
        else:
            out.append(C.rs(rng, C.ALPHABETS[k], p[1]))
    return "".join(out)


def _mailerlite(rng):
    return C.make_jwt(rng, {"typ": "JWT", "alg": "RS256"},
                      {"aud": "4", "jti": C.rs(rng, C.HEX, 80), "iat": 1712000000 + rng.randrange(9000000),
                       "nbf": 1712000000, "exp": 4867673600, "sub": str(rng.randrange(100000, 999999)), "scopes": []})


def _calendly(rng):
    return C.make_jwt(rng, {"kid": C.rs(rng, C.HEX, 8), "typ": "PAT", "alg": "ES512"},
                      {"iss": "https://auth.calendly.com", "iat": 1713000000 + rng.randrange(9000000),
                       "jti": C.uuid4(rng), "user_uuid": C.uuid4(rng)})


def _supabase(rng):
    iat = 1710000000 + rng.randrange(9000000)
    return C.make_jwt(rng, {"alg": "HS256", "typ": "JWT"},
                      {"iss": "supabase", "ref": C.rs(rng, C.LOWER, 20), "role": "service_role",
                       "iat": iat, "exp": iat + 315360000})


def _sentry_org(rng):
    body = json.dumps({"iat": 1714000000 + rng.randrange(9000000), "url": "https://sentry.io",
                       "region_url": "https://de.sentry.io", "org": "lawnside-tennis"}, separators=(",", ":"))
    return "sntrys_" + C.b64e(body.encode()) + "_" + C.rs(rng, C.ALNUM + "+/", 43)


def _grafana_glc(rng):
    body = json.dumps({"o": str(rng.randrange(100000, 999999)), "n": "courtbook-metrics-write",
                       "k": C.rs(rng, C.ALNUM, 24), "m": {"r": "prod-gb-south-0"}}, separators=(",", ":"))
    return "glc_" + C.b64e(body.encode())


def _mapbox(rng):
    payload = C.b64u_json({"u": "lawnsidetc", "a": "cl" + C.rs(rng, C.LALNUM, 23)})
    return "sk." + payload + "." + C.rs(rng, C.B64URL, 22)


def _b64_32(rng):
    return C.b64e(C.rbytes(rng, 32))


SPECIAL = {"mailerlite_jwt": _mailerlite, "calendly_jwt": _calendly, "supabase_jwt": _supabase,
           "sentry_org": _sentry_org, "grafana_glc": _grafana_glc, "mapbox_sk": _mapbox, "b64_32": _b64_32}
SPECIAL_DESC = {
    "mailerlite_jwt": "JWT (base64url JSON header `{typ: JWT, alg: RS256}` and payload `{aud, jti, iat, nbf, exp, sub, scopes}`, 256-byte signature)",
    "calendly_jwt": "JWT (header `{kid, typ: PAT, alg: ES512}`, payload `{iss, iat, jti, user_uuid}`, 132-byte signature)",
    "supabase_jwt": "real HS256 JWT with `{iss: supabase, ref, role: service_role, iat, exp}`",
    "sentry_org": "`sntrys_` + standard Base64 of real JSON `{iat, url, region_url, org}` + `_` + 43 Base64 characters",
    "grafana_glc": "`glc_` + standard Base64 of real JSON `{o, n, k, m: {r}}`",
    "mapbox_sk": "`sk.` + base64url JSON `{u, a}` + `.` + 22 base64url",
    "b64_32": "standard Base64 of 32 random bytes (44 characters)",
}


def validate_special(name, v):
    import base64
    try:
        if name in ("mailerlite_jwt", "calendly_jwt", "supabase_jwt"):
            if not C.jwt_valid(v):
                return False
            hdr = json.loads(C.b64u_dec(v.split(".")[0]))
            pl = json.loads(C.b64u_dec(v.split(".")[1]))
            want = {"mailerlite_jwt": "RS256", "calendly_jwt": "ES512", "supabase_jwt": "HS256"}[name]
            if hdr.get("alg") != want:
                return False
            if name == "supabase_jwt" and pl.get("role") != "service_role":
                return False
            return True
        if name == "sentry_org":
            m = re.match(r"^sntrys_(eyJpYXQiO[A-Za-z0-9+/]+={0,2})_([A-Za-z0-9+/]{43})$", v)
            return bool(m) and set(json.loads(base64.b64decode(m.group(1)))) == {"iat", "url", "region_url", "org"}
        if name == "grafana_glc":
            d = json.loads(base64.b64decode(v[4:]))
            return v.startswith("glc_") and set(d) == {"o", "n", "k", "m"}
        if name == "mapbox_sk":
            a, b, c = v.split(".")
            d = json.loads(C.b64u_dec(b))
            return a == "sk" and set(d) == {"u", "a"} and re.match(r"^[A-Za-z0-9_-]{22}$", c) is not None
        if name == "b64_32":
            return len(base64.b64decode(v, validate=True)) == 32 and len(v) == 44
    except Exception:
        return False
    return False


def spec_desc(spec):
    parts = []
    for p in spec:
        if p[0] == "lit":
            parts.append("`%s`" % p[1])
        elif p[0] == "uuid":
            parts.append("UUIDv4")
        elif p[0] == "aad":
            parts.append("%d characters of `[A-Za-z0-9_~.-]`" % p[1])
        elif p[0] == "pw":
            parts.append("owner-chosen password")
        elif p[0] == "special":
            parts.append(SPECIAL_DESC[p[1]])
        else:
            parts.append("1 digit" if p == ("digits", 1) else "%d %s" % (p[1], C.ALPHA_DESC[p[0]]))
    return " + ".join(parts)


def validate_value(vtype, value):
    for t, cat, spec, origin, nb, host in VENDORS:
        if t == vtype:
            if spec[0][0] == "pw":
                return C.PW_RE.match(value) is not None
            if spec[0][0] == "special":
                return validate_special(spec[0][1], value)
            return spec_regex(spec).match(value) is not None
    return False


# ---------------------------------------------------------------- styles
STYLES = [
    ("direnv_envrc_export", "direnv `.envrc` with `export KEY='…'` lines", "upper"),
    ("streamlit_secrets_toml", "Streamlit-style `secrets.toml` table", "snake"),
    ("helm_values_secret_block", "Helm values file with a plain `secrets:` block", "camel"),
    ("json_vendor_keys_file", "JSON keys file committed next to the booking app", "camel"),
    ("typescript_env_object", "TypeScript `export const env = {…}` object", "camel"),
    ("csharp_const_string", "C# `public const string` in a static class", "pascal"),
    ("php_define_constant", "PHP `define('KEY', '…')` constants", "upper"),
    ("ini_vendor_section", "INI file with a `[vendor]` section", "snake"),
    ("docker_run_e_flag", "`docker run -e KEY='…'` command in a runbook", "upper"),
    ("gitlab_ci_variables_block", "`.gitlab-ci.yml` global `variables:` block", "upper"),
    ("insomnia_environment_json", "Insomnia environment export (`data` object)", "snake"),
    ("curl_bearer_header_oneliner", "curl one-liner with `Authorization: Bearer` (no key name; vendor from host)", "none"),
    ("slack_dm_paste", "Slack direct-message paste", "spaced"),
    ("support_ticket_paste", "helpdesk ticket body", "spaced"),
    ("maven_settings_xml_property", "Maven `settings.xml` profile `<properties>` entry", "dot"),
    ("elixir_config_keyword", "Elixir `config :club, :vendor, key: \"…\"`", "snake"),
    ("hocon_application_conf", "HOCON `application.conf` block", "camel"),
    ("kotlin_const_val", "Kotlin `const val` in an `object`", "upper"),
    ("jupyter_env_magic_cell", "Jupyter cell with `%env KEY=…` magics", "upper"),
    ("powershell_env_assignment", "PowerShell `$env:KEY = '…'` lines", "upper"),
]


API_PATHS = {
    "api.playtomic.io": "/v1/tenants", "api.utrsports.net": "/v2/player/search?query=patel", "api.kisi.io": "/locks",
    "api.stripe.com": "/v1/balance", "connect.squareup.com": "/v2/locations", "api.mollie.com": "/v2/payments",
    "api.hubapi.com": "/crm/v3/objects/contacts?limit=5", "api.sendgrid.com": "/v3/scopes", "api.postmarkapp.com": "/server",
    "slack.com": "/api/auth.test", "api.pushbullet.com": "/v2/users/me", "ntfy.sh": "/club-alerts/json?poll=1",
    "api.openai.com": "/v1/organization/projects", "api.mistral.ai": "/v1/models", "api.deepseek.com": "/models",
    "openrouter.ai": "/api/v1/models", "api.github.com": "/installation/repositories", "app.terraform.io": "/api/v2/account/details",
    "api.netlify.com": "/api/v1/sites", "api.linear.app": "/graphql", "api.getpostman.com": "/me", "api.vultr.com": "/v2/account",
    "api.particle.io": "/v1/devices", "api.meraki.com": "/api/v1/organizations",
}


def render_style(style, entries, host):
    """entries: list of (key_words, value_or_SENT). Returns template."""
    case = dict((s[0], s[2]) for s in STYLES)[style]
    ks = [(C.keyname(w, case) if case != "none" else "", v) for w, v in entries]
    if style == "direnv_envrc_export":
        return "# .envrc – courtbook dev box (direnv allow)\n" + "".join("export %s='%s'\n" % kv for kv in ks) + "layout python3\n"
    if style == "streamlit_secrets_toml":
        return "# .streamlit/secrets.toml – ladder dashboard\n[club]\nname = \"Lawnside LTC\"\n\n[vendor]\n" + "".join('%s = "%s"\n' % kv for kv in ks)
    if style == "helm_values_secret_block":
        return "# values-prod.yaml (courtbook chart)\nreplicaCount: 2\nimage:\n  tag: \"2024.05.3\"\nsecrets:\n" + "".join('  %s: "%s"\n' % kv for kv in ks)
    if style == "json_vendor_keys_file":
        body = ",\n".join('    "%s": "%s"' % kv for kv in ks)
        return "{\n  \"environment\": \"production\",\n  \"vendor\": {\n" + body + "\n  }\n}\n"
    if style == "typescript_env_object":
        return "// src/config/env.ts\nexport const env = {\n  nodeEnv: 'production',\n" + "".join("  %s: '%s',\n" % kv for kv in ks) + "} as const;\n"
    if style == "csharp_const_string":
        return "namespace Lawnside.CourtBook;\n\ninternal static class VendorKeys\n{\n" + "".join('    public const string %s = "%s";\n' % kv for kv in ks) + "}\n"
    if style == "php_define_constant":
        return "<?php\n// config/vendor.php – padel booking site\n" + "".join("define('%s', '%s');\n" % kv for kv in ks)
    if style == "ini_vendor_section":
        return "; clubsync.ini\n[general]\nclub_id = 4471\n\n[vendor]\n" + "".join("%s = %s\n" % kv for kv in ks)
    if style == "docker_run_e_flag":
        flags = "".join(" \\\n  -e %s='%s'" % kv for kv in ks)
        return "# runbook: restart the sync worker on the clubhouse NUC\ndocker run -d --name club-sync --restart unless-stopped" + flags + " \\\n  ghcr.io/lawnside/club-sync:1.8\n"
    if style == "gitlab_ci_variables_block":
        return "# .gitlab-ci.yml\nvariables:\n  DOCKER_DRIVER: overlay2\n" + "".join('  %s: "%s"\n' % kv for kv in ks) + "\nstages: [test, deploy]\n"
    if style == "insomnia_environment_json":
        body = ",\n".join('      "%s": "%s"' % kv for kv in ks)
        return "{\n  \"_type\": \"environment\",\n  \"name\": \"Production\",\n  \"data\": {\n      \"base_url\": \"https://api.lawnside-tennis.example\",\n" + body + "\n  }\n}\n"
    if style == "curl_bearer_header_oneliner":
        (_, v), = ks
        return "$ curl -sS https://%s%s \\\n    -H 'Authorization: Bearer %s' \\\n    -H 'Accept: application/json'\n" % (host, API_PATHS.get(host, "/v1/me"), v)
    if style == "slack_dm_paste":
        return "Dev DM – 14:02\nMarta: can you drop the keys for the booking integration here? I'm setting up staging\n" + "".join("Jon: %s %s\n" % kv for kv in ks) + "Marta: got it, thanks 🙏\n"
    if style == "support_ticket_paste":
        return "Ticket #" + "8812" + " – Integration broken after renewal\nFrom: treasurer@oakfield-cc.example\n\nHi, the sync stopped. Here is what we have on file:\n" + "".join("%s = %s\n" % kv for kv in ks) + "\nCan you check? Thanks, Pat\n"
    if style == "maven_settings_xml_property":
        return "<settings>\n  <profiles>\n    <profile>\n      <id>club-prod</id>\n      <properties>\n" + "".join("        <%s>%s</%s>\n" % (k, v, k) for k, v in ks) + "      </properties>\n    </profile>\n  </profiles>\n</settings>\n"
    if style == "elixir_config_keyword":
        return "# config/prod.exs\nimport Config\n\nconfig :club_hub, :vendor,\n" + ",\n".join('  %s: "%s"' % kv for kv in ks) + "\n"
    if style == "hocon_application_conf":
        return "# application.conf – league results service\nvendor {\n" + "".join('  %s = "%s"\n' % kv for kv in ks) + "}\n"
    if style == "kotlin_const_val":
        return "package club.oakfield.scoring\n\nobject VendorKeys {\n" + "".join('    const val %s = "%s"\n' % kv for kv in ks) + "}\n"
    if style == "jupyter_env_magic_cell":
        return "In [3]:\n" + "".join("%%env %s=%s\n" % kv for kv in ks) + "import pandas as pd\nbookings = pd.read_csv('bookings_2024.csv')\n"
    if style == "powershell_env_assignment":
        return "# clubhouse-pc\\setup-sync.ps1\n" + "".join("$env:%s = '%s'\n" % kv for kv in ks) + "Start-Process -FilePath .\\ClubSync.exe\n"
    raise ValueError(style)


def build(reg, seed=24402):
    rng = random.Random(seed)
    srng = random.Random(24412)
    n = len(VENDORS)
    styles = [s[0] for s in STYLES]
    per = n // len(styles)
    # deal styles: header style only for vendors with a host and no neighbour
    order = list(range(n))
    srng.shuffle(order)
    assign = {}
    eligible = [i for i in order if VENDORS[i][5] and not VENDORS[i][4] and VENDORS[i][2][0][0] != "pw"]
    for i in eligible[:per]:
        assign[i] = "curl_bearer_header_oneliner"
    rest = [i for i in order if i not in assign]
    pool = []
    for s in styles:
        if s != "curl_bearer_header_oneliner":
            pool += [s] * per
    srng.shuffle(pool)
    for i, s in zip(rest, pool):
        assign[i] = s
    recs = []
    for i, (t, cat, spec, origin, nb, host) in enumerate(VENDORS):
        value = reg.draw(lambda: gen_spec(rng, spec))
        words = t.split("_")
        entries = []
        if nb:
            nv = reg.draw(lambda: gen_spec(rng, nb[1]))
            entries.append((nb[0], nv))
        entries.append((words, C.SENT))
        style = assign[i]
        tpl = render_style(style, entries, host)
        recs.append(C.positive(t, "%s__%s" % (t, style), tpl, value, "vendor"))
    return recs, assign
