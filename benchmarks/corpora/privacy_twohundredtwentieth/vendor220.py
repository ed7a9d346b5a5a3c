"""Vendor source: 120 vendor credential types, each in one of 16 styles (cyclic)."""
import base64
import json
import random
import re

from common220 import (SLOT, ALNUM, HEXL, HEXU, B64URL, B64STD, DIGITS, LALNUM, UALNUM, LOWER, UPPER,
                       rs, rbytes, uuid4, jwt, b64u, b64u_json, owner_password, key_name, positive)

SEED = 22002

ALPH = {"A": ALNUM, "h": HEXL, "H": HEXU, "b": B64URL, "B": B64STD, "d": DIGITS, "l": LALNUM,
        "u": UALNUM, "a": LOWER, "X": LOWER + UPPER}
RX = {"A": "[A-Za-z0-9]", "h": "[0-9a-f]", "H": "[0-9A-F]", "b": "[A-Za-z0-9_-]", "B": "[A-Za-z0-9+/]",
      "d": "[0-9]", "l": "[a-z0-9]", "u": "[A-Z0-9]", "a": "[a-z]", "X": "[A-Za-z]"}
UUID_RX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def tokens(spec):
    return re.findall(r"'[^']*'|UUIDU|UUID|[A-Za-z]\d+", spec)


def gen_spec(spec, rng):
    out = []
    for t in tokens(spec):
        if t.startswith("'"):
            out.append(t[1:-1])
        elif t == "UUID":
            out.append(uuid4(rng))
        elif t == "UUIDU":
            out.append(uuid4(rng, upper=True))
        else:
            out.append(rs(rng, ALPH[t[0]], int(t[1:])))
    return "".join(out)


def rx_spec(spec):
    out = []
    for t in tokens(spec):
        if t.startswith("'"):
            out.append(re.escape(t[1:-1]))
        elif t == "UUID":
            out.append(UUID_RX)
        elif t == "UUIDU":
            out.append(UUID_RX.upper().replace("A-F", "A-F"))
        else:
            out.append("%s{%d}" % (RX[t[0]], int(t[1:])))
    return "^" + "".join(out) + "$"


def describe(spec):
    names = {"A": "alphanumerics", "h": "lower-case hex", "H": "upper-case hex", "b": "base64url",
             "B": "standard Base64 characters", "d": "digits", "l": "lower-case alphanumerics",
             "u": "upper-case alphanumerics", "a": "lower-case letters", "X": "letters"}
    parts = []
    for t in tokens(spec):
        if t.startswith("'"):
            parts.append("`%s`" % t[1:-1])
        elif t == "UUID":
            parts.append("UUIDv4")
        elif t == "UUIDU":
            parts.append("upper-case UUIDv4")
        else:
            parts.append("%s %s" % (t[1:], names[t[0]]))
    return " + ".join(parts)


# --- special (structured) generators ---
def sp_giftup(rng):
    return jwt(rng, "HS256", {"sub": "acct_%s" % rs(rng, LALNUM, 10), "iss": "giftup", "scope": "api"},
               key=rbytes(rng, 32))


def sp_wix(rng):
    return "IST." + jwt(rng, "RS256", {"data": json.dumps({"id": uuid4(rng), "identity": {"type": "application"}}),
                                       "iat": 1716000000 + rng.randrange(9000000)}, sig_len=256)


def sp_mailerlite(rng):
    return jwt(rng, "RS256", {"aud": "4", "jti": rs(rng, HEXL, 80), "iat": 1716000000 + rng.randrange(9000000),
                              "sub": str(rng.randint(100000, 999999)), "scopes": []}, sig_len=256)


def sp_supabase(rng):
    return jwt(rng, "HS256", {"iss": "supabase", "ref": rs(rng, LOWER, 20), "role": "service_role",
                              "iat": 1716000000, "exp": 2031576000}, key=rbytes(rng, 32))


def sp_monday(rng):
    return jwt(rng, "HS256", {"tid": rng.randint(100000000, 999999999), "aai": 11, "uid": rng.randint(1000000, 99999999),
                              "iad": "2025-03-0%dT10:11:12.000Z" % rng.randint(1, 9), "per": "me:write",
                              "actid": rng.randint(1000000, 9999999), "rgn": "euc1"}, key=rbytes(rng, 32))


def sp_lemon(rng):
    return jwt(rng, "RS256", {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919"[:0] + uuid4(rng), "jti": rs(rng, HEXL, 80),
                              "iat": 1716000000 + rng.randrange(9000000), "sub": str(rng.randint(100000, 999999)),
                              "scopes": []}, sig_len=256)


def sp_grafana_cloud(rng):
    obj = {"o": str(rng.randint(100000, 999999)), "n": "venue-metrics-write", "k": rs(rng, ALNUM, 24),
           "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def sp_mapbox(rng):
    return "sk." + b64u_json({"u": "ridgewaykarting", "a": rs(rng, LALNUM, 25)}) + "." + rs(rng, B64URL, 22)


def sp_discord_hook(rng):
    return "https://discord.com/api/webhooks/%s/%s" % (rs(rng, "123456789", 1) + rs(rng, DIGITS, 18), rs(rng, B64URL, 68))


def sp_teams_hook(rng):
    return ("https://prod-%02d.uksouth.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
            "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s"
            % (rng.randint(1, 40), rs(rng, HEXL, 32), rs(rng, B64URL, 43)))


def sp_zapier(rng):
    return "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(rng, DIGITS, 8), rs(rng, LALNUM, 7))


SPECIAL = {
    "giftup": (sp_giftup, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)"),
    "wix": (sp_wix, "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "mailerlite": (sp_mailerlite, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "supabase": (sp_supabase, "HS256 JWT with `role: service_role` (real HMAC under a discarded key)"),
    "monday": (sp_monday, "HS256 JWT (real HMAC under a discarded key)"),
    "lemon": (sp_lemon, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "grafana_cloud": (sp_grafana_cloud, "`glc_` + standard Base64 of real JSON `{o, n, k, m}`"),
    "mapbox": (sp_mapbox, "`sk.` + base64url of real JSON `{u, a}` + `.` + 22 base64url"),
    "discord_hook": (sp_discord_hook, "whole `https://discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)"),
    "teams_hook": (sp_teams_hook, "whole Power Automate workflow URL with `sig=` + 43 base64url (the URL is the credential)"),
    "zapier": (sp_zapier, "whole `https://hooks.zapier.com/hooks/catch/<8 digits>/<7>/` URL (the URL is the credential)"),
}
SPECIAL_RX = {
    "wix": r"^IST\.eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$",
    "grafana_cloud": r"^glc_eyJ[A-Za-z0-9+/=]+$",
    "mapbox": r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$",
    "discord_hook": r"^https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}$",
    "teams_hook": r"^https://prod-[0-9]{2}\.uksouth\.logic\.azure\.com:443/workflows/[0-9a-f]{32}/triggers/manual/paths/invoke\?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1\.0&sig=[A-Za-z0-9_-]{43}$",
    "zapier": r"^https://hooks\.zapier\.com/hooks/catch/[0-9]{8}/[a-z0-9]{7}/$",
}
JWT_RX = r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"
for _k in ("giftup", "mailerlite", "supabase", "monday", "lemon"):
    SPECIAL_RX[_k] = JWT_RX

# (type, spec or @special or OWNER, grade, neighbour (label, spec) or None)
V = [
    # karting / paintball / laser-tag venue software
    ("sms_timing_venue_api_key", "A40", "guessed", None),
    ("mylaps_speedhive_api_token", "UUID", "guessed", None),
    ("apex_timing_live_feed_key", "l24", "guessed", None),
    ("club_speed_pos_api_key", "h32", "guessed", None),
    ("laserforce_connect_api_secret", "A48", "guessed", ("laserforce site code", "'LF-' u6")),
    ("zone_laser_tag_portal_password", "OWNER", "owner", ("zone operator login", "'ops@photonquest-lasertag.example'")),
    ("centeredge_advantage_api_key", "UUIDU", "guessed", None),
    ("semnox_parafait_client_secret", "A40", "guessed", ("parafait client id", "'parafait-' l12")),
    ("intercard_ireport_api_token", "b48", "guessed", None),
    ("smartwaiver_api_key", "h40", "guessed", None),
    ("waiverforever_api_key", "A32", "guessed", None),
    ("waiversign_api_token", "l40", "guessed", None),
    ("roller_venue_client_secret", "b43", "guessed", ("roller client id", "A32")),
    ("bookwhen_api_token", "l32", "guessed", None),
    ("ticket_tailor_api_key", "'sk_' d4 '_' d6 '_' h32", "guessed", None),
    ("eventbrite_private_oauth_token", "u20", "believed", None),
    ("giftup_api_key", "@giftup", "guessed", None),
    ("voucherify_app_secret_key", "UUID", "guessed", ("voucherify application id", "UUID")),
    ("glofox_branch_api_key", "h40", "guessed", ("glofox branch id", "h24")),
    ("leagueapps_api_secret", "b64", "guessed", ("leagueapps site id", "d5")),
    ("challonge_api_key", "A40", "believed", None),
    ("start_gg_developer_token", "h32", "guessed", None),
    ("toornament_api_key", "b43", "guessed", None),
    ("lifx_cloud_access_token", "'c' h63", "believed", None),
    ("nanoleaf_panel_auth_token", "A32", "believed", None),
    ("philips_hue_remote_client_secret", "A16", "guessed", ("hue client id", "A32")),
    ("bitfocus_companion_admin_password", "OWNER", "owner", None),
    ("verkada_api_key", "'vkd_api_' h32", "guessed", None),
    ("reolink_nvr_admin_password", "OWNER", "owner", ("nvr user", "'admin'")),
    ("brivo_access_client_secret", "A40", "guessed", ("brivo client id", "UUID")),
    ("alta_openpath_portal_password", "OWNER", "owner", ("openpath login email", "'frontdesk@splatzonepaintball.example'")),
    ("yoti_age_scan_api_key", "UUID", "guessed", ("yoti sdk id", "UUID")),
    ("veriff_api_secret", "UUID", "guessed", ("veriff api key", "UUID")),
    ("onfido_live_api_token", "'api_live.' b11 '.' b32", "guessed", None),
    ("soundtrack_your_brand_api_token", "B88", "guessed", None),
    ("spotify_client_secret", "h32", "believed", ("spotify client id", "h32")),
    ("yodeck_api_token", "'yodeck:' A40", "guessed", None),
    ("trustpilot_api_secret", "A16", "guessed", ("trustpilot api key", "A32")),
    ("yelp_fusion_api_key", "b128", "believed", None),
    ("google_business_profile_client_secret", "'GOCSPX-' b28", "believed",
     ("google client id", "d12 '-' l32 '.apps.googleusercontent.com'")),
    ("tiktok_business_app_secret", "h40", "guessed", ("tiktok app id", "d19")),
    # payments and commerce
    ("stripe_restricted_live_key", "'rk_live_51' A97", "believed", None),
    ("stripe_webhook_endpoint_secret", "'whsec_' A32", "believed", None),
    ("square_production_access_token", "'EAAA' b60", "believed", None),
    ("paypal_rest_client_secret", "'E' b79", "believed", ("paypal client id", "'A' b79")),
    ("mollie_live_api_key", "'live_' A30", "believed", None),
    ("checkout_com_secret_key", "'sk_' l26", "guessed", None),
    ("braintree_private_key", "h32", "believed", ("braintree public key", "l16")),
    ("paddle_billing_api_key", "'pdl_live_apikey_' l26 '_' A22 '_' A3", "guessed", None),
    ("lemon_squeezy_api_key", "@lemon", "guessed", None),
    ("freeagent_oauth_client_secret", "b22", "guessed", ("freeagent oauth identifier", "b22")),
    ("zoho_books_refresh_token", "'1000.' h32 '.' h32", "believed", None),
    ("woocommerce_rest_consumer_secret", "'cs_' h40", "believed", ("woocommerce consumer key", "'ck_' h40")),
    ("shopify_app_shared_secret", "'shpss_' h32", "believed", None),
    ("shopify_custom_app_token", "'shpca_' h32", "believed", None),
    ("wix_headless_api_key", "@wix", "guessed", None),
    ("webflow_site_api_token", "h64", "guessed", None),
    ("bigcommerce_store_api_token", "l31", "guessed", ("bigcommerce store hash", "l10")),
    # e-mail and messaging
    ("sendgrid_api_key", "'SG.' b22 '.' b43", "believed", None),
    ("mailjet_api_secret_key", "h32", "believed", ("mailjet api key", "h32")),
    ("sparkpost_api_key", "h40", "believed", None),
    ("mailerlite_api_token", "@mailerlite", "believed", None),
    ("customer_io_app_api_key", "h32", "guessed", None),
    ("loops_so_api_key", "h32", "guessed", None),
    ("kit_convertkit_api_secret", "b43", "guessed", None),
    ("mandrill_transactional_api_key", "'md-' b22", "believed", None),
    ("vonage_api_secret", "A16", "believed", ("vonage api key", "h8")),
    ("plivo_auth_token", "A40", "believed", ("plivo auth id", "'MA' u18")),
    ("sinch_sms_api_token", "h32", "guessed", ("sinch service plan id", "h32")),
    ("textmagic_api_key", "A30", "guessed", ("textmagic username", "'ridgewaykarting'")),
    ("esendex_account_password", "OWNER", "owner", ("esendex account reference", "'EX0' d6")),
    ("whatsapp_cloud_system_user_token", "'EAAJ' A200", "believed", None),
    ("slack_app_level_token", "'xapp-1-A' u10 '-' d13 '-' h64", "believed", None),
    ("discord_channel_webhook_url", "@discord_hook", "believed", None),
    ("teams_workflow_webhook_url", "@teams_hook", "guessed", None),
    ("pushover_application_token", "'a' l29", "believed", None),
    ("ntfy_access_token", "'tk_' l29", "believed", None),
    ("gotify_application_token", "'A' b14", "believed", None),
    ("telegram_marshal_bot_token", "d10 ':AA' b33", "believed", None),
    ("mattermost_personal_access_token", "l26", "guessed", None),
    # AI
    ("openai_admin_api_key", "'sk-admin-' b58 'T3BlbkFJ' b58", "guessed", None),
    ("anthropic_admin_api_key", "'sk-ant-admin01-' b93 'AA'", "believed", None),
    ("mistral_api_key", "A32", "believed", None),
    ("cohere_production_api_key", "A40", "believed", None),
    ("deepseek_api_key", "'sk-' h32", "believed", None),
    ("xai_grok_api_key", "'xai-' A80", "believed", None),
    ("openrouter_api_key", "'sk-or-v1-' h64", "believed", None),
    ("elevenlabs_api_key", "'sk_' h48", "believed", None),
    ("deepgram_api_key", "h40", "believed", None),
    ("assemblyai_api_key", "h32", "believed", None),
    ("langfuse_secret_key", "'sk-lf-' UUID", "believed", ("langfuse public key", "'pk-lf-' UUID")),
    ("wandb_api_key", "h40", "believed", None),
    ("hugging_face_fine_grained_token", "'hf_' X34", "believed", None),
    # developer and ops
    ("github_app_installation_token", "'ghs_' A36", "believed", None),
    ("github_oauth_access_token", "'gho_' A36", "believed", None),
    ("gitlab_runner_authentication_token", "'glrt-' b20", "believed", None),
    ("gitlab_deploy_token", "'gldt-' b20", "believed", None),
    ("pypi_upload_token", "'pypi-AgEIcHlwaS5vcmc' b150", "believed", None),
    ("docker_hub_personal_access_token", "'dckr_pat_' b27", "believed", None),
    ("rubygems_api_key", "'rubygems_' h48", "believed", None),
    ("nuget_org_api_key", "'oy2' l43", "believed", None),
    ("terraform_cloud_team_token", "A14 '.atlasv1.' A67", "believed", None),
    ("netlify_personal_access_token", "'nfp_' A36", "believed", None),
    ("supabase_management_access_token", "'sbp_' h40", "believed", None),
    ("supabase_service_role_jwt", "@supabase", "believed", None),
    ("planetscale_service_token", "'pscale_tkn_' b43", "believed", ("planetscale token id", "l12")),
    ("hashicorp_vault_service_token", "'hvs.' b90", "believed", None),
    ("grafana_service_account_token", "'glsa_' A32 '_' h8", "believed", None),
    ("grafana_cloud_access_policy_token", "@grafana_cloud", "believed", None),
    ("new_relic_user_api_key", "'NRAK-' u27", "believed", None),
    ("pagerduty_rest_api_key", "'u+' b18", "guessed", None),
    ("better_stack_source_token", "A24", "guessed", None),
    ("ngrok_agent_authtoken", "'2' A26 '_' A21", "guessed", None),
    ("tailscale_auth_key", "'tskey-auth-k' A11 'CNTRL-' A33", "believed", None),
    ("portainer_access_token", "'ptr_' B43", "believed", None),
    ("cloudflare_global_api_key", "h37", "believed", ("cloudflare account email", "'ops@ridgewaykarting.example'")),
    ("cloudflare_turnstile_secret_key", "'0x4AAAAAAA' b24", "guessed", None),
    ("hcaptcha_account_secret", "'0x' h40", "believed", None),
    ("recaptcha_v3_secret_key", "'6L' b38", "believed", ("recaptcha site key", "'6L' b38")),
    ("vultr_api_key", "u36", "believed", None),
    ("ovh_application_secret", "A32", "believed", ("ovh application key", "A16")),
    ("wasabi_secret_access_key", "B40", "believed", ("wasabi access key", "u20")),
    ("okta_api_token", "'00' b40", "believed", None),
    ("auth0_client_secret", "b64", "believed", ("auth0 client id", "A32")),
    ("clerk_secret_key", "'sk_live_' A40", "guessed", None),
    ("atlassian_api_token", "'ATATT3xFfGF0' b180 '=' H8", "believed", ("atlassian account email", "'league.admin@apexcircuitclub.example'")),
    ("trello_user_token", "'ATTA' h64 H8", "believed", ("trello api key", "h32")),
    ("asana_personal_access_token", "'2/' d16 '/' d16 ':' h32", "believed", None),
    ("monday_com_api_token", "@monday", "believed", None),
    ("clickup_personal_api_token", "'pk_' d8 '_' u32", "believed", None),
    ("linear_personal_api_key", "'lin_api_' A40", "believed", None),
    ("todoist_api_token", "h40", "believed", None),
    ("zapier_catch_hook_url", "@zapier", "guessed", None),
    ("ifttt_webhooks_key", "b22", "believed", None),
    ("mapbox_secret_access_token", "@mapbox", "believed", None),
    ("algolia_admin_api_key", "h32", "believed", ("algolia application id", "u10")),
    ("contentful_management_token", "'CFPAT-' b43", "believed", None),
    ("sanity_api_write_token", "'sk' A180", "believed", None),
    ("twilio_api_key_secret", "A32", "believed", ("twilio api key sid", "'SK' h32")),
    ("youtube_data_api_key", "'AIza' b35", "believed", None),
    ("opsgenie_api_key", "UUID", "guessed", None),
    ("rollbar_project_access_token", "h32", "believed", None),
    ("doppler_personal_token", "'dp.pt.' A43", "believed", None),
]

SET_ASIDE = {
    "intercard_ireport_api_token": "shape guessed; game-card systems are covered by CenterEdge and Semnox",
    "waiversign_api_token": "shape guessed; waivers are covered by Smartwaiver and WaiverForever",
    "toornament_api_key": "shape guessed; leagues are covered by Challonge, start.gg and LeagueApps",
    "soundtrack_your_brand_api_token": "shape guessed; venue music is a weak link",
    "yodeck_api_token": "shape guessed (`yodeck:` label remembered vaguely); signage is a weak link",
    "trustpilot_api_secret": "shape guessed; reviews are covered by Yelp and Google Business Profile",
    "tiktok_business_app_secret": "shape guessed; social is covered by Meta's WhatsApp token and YouTube",
    "checkout_com_secret_key": "shape guessed (current key body not known); payments are well covered",
    "paddle_billing_api_key": "shape guessed; payments are well covered",
    "lemon_squeezy_api_key": "shape guessed; payments are well covered",
    "bigcommerce_store_api_token": "shape guessed; commerce is covered by Shopify, WooCommerce, Wix and Webflow",
    "customer_io_app_api_key": "shape guessed; e-mail is well covered",
    "loops_so_api_key": "shape guessed; e-mail is well covered",
    "kit_convertkit_api_secret": "shape guessed; e-mail is well covered",
    "mattermost_personal_access_token": "shape guessed; chat is covered by Slack, Discord, Teams and WhatsApp",
    "pagerduty_rest_api_key": "shape guessed; alerting is covered by Pushover and ntfy",
    "better_stack_source_token": "shape guessed; logging is covered by Grafana and New Relic",
    "ngrok_agent_authtoken": "shape guessed; tunnels are covered by Tailscale",
    "clerk_secret_key": "body length guessed; auth is covered by Okta and Auth0",
    "opsgenie_api_key": "shape guessed (UUID); alerting is covered by Pushover and ntfy",
    "wandb_api_key": "weak link for venue developers",
    "nuget_org_api_key": "weak link; package registries are covered by PyPI, RubyGems and Docker Hub",
    "gotify_application_token": "self-hosted push is covered by ntfy and Pushover",
}

USED = [v for v in V if v[0] not in SET_ASIDE]

# 16 styles, assigned cyclically: (name, case)
STYLES = [
    ("venue_site_env_production_file", "upper"),
    ("booking_worker_compose_environment", "upper"),
    ("timing_service_settings_toml", "snake"),
    ("waiver_app_config_ts", "camel"),
    ("venue_ops_railway_variables_set_history", "upper"),
    ("venue_ops_netlify_env_set_history", "upper"),
    ("league_api_appsettings_production_json", "pascal"),
    ("arena_app_gradle_properties", "dot"),
    ("marshals_whatsapp_group_paste", "spaced"),
    ("venue_helpdesk_jira_comment", "spaced"),
    ("venue_bitwarden_csv_export", "title"),
    ("scoring_app_android_strings_xml", "snake"),
    ("voucher_service_application_properties", "kebab"),
    ("venue_ops_gh_secret_set_history", "upper"),
    ("venue_ops_aws_ssm_put_parameter_history", "kebab"),
    ("party_app_eas_secret_create_history", "upper"),
]


def gen_value(spec, rng):
    if spec == "OWNER":
        return owner_password(rng)
    if spec.startswith("@"):
        return SPECIAL[spec[1:]][0](rng)
    return gen_spec(spec, rng)


def value_regex(spec):
    if spec == "OWNER":
        return r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$"
    if spec.startswith("@"):
        return SPECIAL_RX[spec[1:]]
    return rx_spec(spec)


def shape_text(spec):
    if spec == "OWNER":
        return "owner-chosen password"
    if spec.startswith("@"):
        return SPECIAL[spec[1:]][1]
    return describe(spec)


def render(style, typ, value_slot, nb):
    name, case = style
    words = typ.split("_")
    k = key_name(words, case)
    nbk = key_name(nb[0].split(), case) if nb else None
    nbv = nb[1] if nb else None
    S = value_slot
    if name == "venue_site_env_production_file":
        lines = ["# .env.production", "APP_URL=https://booking.ridgewaykarting.example"]
        if nb:
            lines.append("%s=%s" % (nbk, nbv))
        lines.append("%s=%s" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "booking_worker_compose_environment":
        lines = ["services:", "  booking-worker:", "    image: ghcr.io/ridgeway/booking-worker:2.8", "    environment:"]
        if nb:
            lines.append("      %s: \"%s\"" % (nbk, nbv))
        lines.append("      %s: \"%s\"" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "timing_service_settings_toml":
        lines = ["[integrations]", "timeout_s = 10"]
        if nb:
            lines.append("%s = \"%s\"" % (nbk, nbv))
        lines.append("%s = \"%s\"" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "waiver_app_config_ts":
        lines = ["export const integrations = {"]
        if nb:
            lines.append("  %s: '%s'," % (nbk, nbv))
        lines.append("  %s: '%s'," % (k, S))
        lines.append("} as const;")
        return "\n".join(lines) + "\n"
    if name == "venue_ops_railway_variables_set_history":
        lines = ["$ railway link --project venue-bookings"]
        if nb:
            lines.append("$ railway variables --set \"%s=%s\"" % (nbk, nbv))
        lines.append("$ railway variables --set \"%s=%s\"" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "venue_ops_netlify_env_set_history":
        lines = ["  501  netlify link"]
        if nb:
            lines.append("  502  netlify env:set %s '%s'" % (nbk, nbv))
        lines.append("  503  netlify env:set %s '%s'" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "league_api_appsettings_production_json":
        lines = ["{", "  \"Integrations\": {"]
        if nb:
            lines.append("    \"%s\": \"%s\"," % (nbk, nbv))
        lines.append("    \"%s\": \"%s\"" % (k, S))
        lines += ["  }", "}"]
        return "\n".join(lines) + "\n"
    if name == "arena_app_gradle_properties":
        lines = ["org.gradle.jvmargs=-Xmx2g", "android.useAndroidX=true"]
        if nb:
            lines.append("arena.%s=%s" % (nbk, nbv))
        lines.append("arena.%s=%s" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "marshals_whatsapp_group_paste":
        lines = []
        if nb:
            lines.append("[14/06, 18:02] Dan (Race Control): %s is %s" % (nbk, nbv))
        lines.append("[14/06, 18:03] Dan (Race Control): and the %s is %s" % (k, S))
        lines.append("[14/06, 18:05] Priya: cheers, adding it to the laptop")
        return "\n".join(lines) + "\n"
    if name == "venue_helpdesk_jira_comment":
        lines = ["VEN-%d  Integration broken after renewal" % (300 + len(typ)), "Comment by ops:"]
        if nb:
            lines.append("%s stays %s;" % (nbk, nbv))
        lines.append("new %s: %s" % (k, S))
        lines.append("Please re-test the booking flow.")
        return "\n".join(lines) + "\n"
    if name == "venue_bitwarden_csv_export":
        user = nbv if nb else ""
        notes = nbk if nb else ""
        return ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                "Venue,,login,%s,%s,,0,https://ridgewaykarting.example,%s,%s,\n" % (k, notes, user, S))
    if name == "scoring_app_android_strings_xml":
        lines = ["<resources>", "    <string name=\"app_name\">Photon Scores</string>"]
        if nb:
            lines.append("    <string name=\"%s\">%s</string>" % (nbk, nbv))
        lines.append("    <string name=\"%s\">%s</string>" % (k, S))
        lines.append("</resources>")
        return "\n".join(lines) + "\n"
    if name == "voucher_service_application_properties":
        lines = ["server.port=8085", "spring.application.name=voucher-service"]
        if nb:
            lines.append("vendor.%s=%s" % (nbk, nbv))
        lines.append("vendor.%s=%s" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "venue_ops_gh_secret_set_history":
        lines = ["$ gh auth status"]
        if nb:
            lines.append("$ gh variable set %s --body '%s'" % (nbk, nbv))
        lines.append("$ gh secret set %s --body '%s'" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "venue_ops_aws_ssm_put_parameter_history":
        lines = []
        if nb:
            lines.append("aws ssm put-parameter --name /venue/%s --type String --value '%s'" % (nbk, nbv))
        lines.append("aws ssm put-parameter --name /venue/%s --type SecureString --value '%s' --overwrite" % (k, S))
        return "\n".join(lines) + "\n"
    if name == "party_app_eas_secret_create_history":
        lines = ["❯ eas whoami"]
        if nb:
            lines.append("❯ eas secret:create --scope project --name %s --value %s" % (nbk, nbv))
        lines.append("❯ eas secret:create --scope project --name %s --value %s --type string" % (k, S))
        return "\n".join(lines) + "\n"
    raise KeyError(name)


def records(prefix, reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (typ, spec, grade, nb) in enumerate(USED):
        style = STYLES[i % len(STYLES)]
        nbv = None
        if nb:
            if nb[1].startswith("'") and nb[1].endswith("'") and nb[1].count("'") == 2:
                nbv = nb[1][1:-1]  # a fixed public neighbour, not drawn through the registry
            else:
                nbv = reg.draw(lambda: gen_spec(nb[1], rng))
        value = reg.draw(lambda: gen_value(spec, rng))
        tpl = render(style, typ, SLOT, (nb[0], nbv) if nb else None)
        recs.append(positive("%s-s-%04d" % (prefix, n), typ, "%s__%s" % (typ, style[0]), tpl, value, "vendor"))
        n += 1
    return recs
