"""Vendor positives: one record per vendor type, in a container typical of
where that key lives."""
import json
import random
import re

import common256 as C
import world256 as W

M = C.MARK


# ------------------------------------------------------------------ spec language
def gen_spec(spec, rng):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "uuid":
            out.append(C.uuid4(rng))
        elif part[0] == "UUID":
            out.append(C.uuid4(rng, upper=True))
        else:
            out.append(C.rand_str(rng, part[0], part[1]))
    return "".join(out)


def spec_regex(spec):
    r = []
    for part in spec:
        if isinstance(part, str):
            r.append(re.escape(part))
        elif part[0] == "uuid":
            r.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif part[0] == "UUID":
            r.append("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
        else:
            r.append("[%s]{%d}" % (C.CLASS_RE[part[0]], part[1]))
    return "^" + "".join(r) + "$"


def spec_words(spec):
    w = []
    for part in spec:
        if isinstance(part, str):
            w.append("`%s`" % part)
        elif part[0] in ("uuid", "UUID"):
            w.append("UUIDv4" + (" (upper case)" if part[0] == "UUID" else ""))
        else:
            w.append("%d %s" % (part[1], C.CLASS_WORDS[part[0]]))
    return " + ".join(w)


# ------------------------------------------------------------------ special frames
def calendly_pat(rng):
    iat = 1730000000 + rng.randrange(0, 20000000)
    hdr = {"kid": C.rand_str(rng, "hex", 8), "typ": "PAT", "alg": "ES512"}
    pl = {"iss": "https://auth.calendly.com", "iat": iat, "jti": C.uuid4(rng),
          "user_uuid": C.uuid4(rng), "scope": "default"}
    return C.jwt_frame(hdr, pl, C.rand_bytes(rng, 132))


def calendly_ok(v):
    h = json.loads(C.b64url_decode(v.split(".")[0]))
    return C.jwt_valid(v) and h.get("alg") == "ES512" and h.get("typ") == "PAT"


def monday_token(rng):
    hdr = {"alg": "HS256"}
    pl = {"tid": rng.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": rng.randrange(10 ** 7, 10 ** 8),
          "iad": "2024-%02d-%02dT%02d:%02d:%02d.000Z" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60)),
          "per": "me:write", "actid": rng.randrange(10 ** 7, 10 ** 8), "rgn": "euc1"}
    return C.jwt_hs(hdr, pl, C.rand_bytes(rng, 32))


def monday_ok(v):
    pl = json.loads(C.b64url_decode(v.split(".")[1]))
    return C.jwt_valid(v) and pl.get("per") == "me:write"


def supabase_service(rng):
    iat = 1700000000 + rng.randrange(0, 30000000)
    hdr = {"alg": "HS256", "typ": "JWT"}
    pl = {"iss": "supabase", "ref": C.rand_str(rng, "low", 20), "role": "service_role",
          "iat": iat, "exp": iat + 315360000}
    return C.jwt_hs(hdr, pl, C.rand_bytes(rng, 40))


def supabase_ok(v):
    pl = json.loads(C.b64url_decode(v.split(".")[1]))
    return C.jwt_valid(v) and pl.get("role") == "service_role"


def turso_token(rng):
    iat = 1720000000 + rng.randrange(0, 9000000)
    hdr = {"alg": "EdDSA", "typ": "JWT"}
    pl = {"a": "rw", "iat": iat, "id": C.uuid4(rng)}
    return C.jwt_frame(hdr, pl, C.rand_bytes(rng, 64))


def turso_ok(v):
    h = json.loads(C.b64url_decode(v.split(".")[0]))
    return C.jwt_valid(v) and h.get("alg") == "EdDSA"


def grafana_glc(rng):
    obj = {"o": str(rng.randrange(10 ** 5, 10 ** 6)), "n": "stack-%d-integration-clocks" % rng.randrange(10 ** 5, 10 ** 6),
           "k": C.rand_str(rng, "an", 24), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + C.b64(C.jenc(obj))


def grafana_ok(v):
    if not v.startswith("glc_"):
        return False
    import base64
    obj = json.loads(base64.b64decode(v[4:]))
    return set(obj) == {"o", "n", "k", "m"} and C.b64(C.jenc(obj)) == v[4:]


def mapbox_sk(rng):
    pl = {"u": "wenlowguild", "a": "cl" + C.rand_str(rng, "lan", 23)}
    return "sk." + C.b64url(C.jenc(pl)) + "." + C.rand_str(rng, "b64u", 22)


def mapbox_ok(v):
    m = re.match(r"^sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$", v)
    if not m:
        return False
    pl = json.loads(C.b64url_decode(m.group(1)))
    return set(pl) == {"u", "a"}


def age_secret(rng):
    return C.bech32_encode("age-secret-key-", C.rand_bytes(rng, 32)).upper()


def age_ok(v):
    return v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and C.bech32_verify(v)


def wg_private(rng):
    k = bytearray(C.rand_bytes(rng, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return C.b64(bytes(k))


def wg_ok(v):
    import base64
    try:
        b = base64.b64decode(v, validate=True)
    except Exception:
        return False
    return len(b) == 32 and b[0] & 7 == 0 and b[31] & 0x80 == 0 and b[31] & 0x40


def wg_public(priv):
    import base64
    return C.b64(C.x25519_base(base64.b64decode(priv)))


def ms_client_secret(rng):
    a = "".join(rng.choice(C.CLASSES["an"] + "_~.") for _ in range(3))
    tail = "".join(rng.choice(C.CLASSES["an"] + "_~.-") for _ in range(34))
    return a + str(rng.randrange(10)) + "Q~" + tail


MS_RE = r"^[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{34}$"


def teams_url(rng):
    return ("https://wenlowguild.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (C.uuid4(rng), C.uuid4(rng), C.rand_str(rng, "hex", 32), C.uuid4(rng)))


U4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
TEAMS_RE = r"^https://wenlowguild\.webhook\.office\.com/webhookb2/%s@%s/IncomingWebhook/[0-9a-f]{32}/%s$" % (U4, U4, U4)

# ------------------------------------------------------------------ vendor list
# name, group, spec-or-special, provenance, style, neighbour (label, spec-or-fn) or None
S = lambda *p: list(p)  # noqa: E731
OWNER = "owner"
VENDORS = [
    # -- trade: towers, guilds, heritage, clocks
    ("dove_guide_tower_editor_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("editor login", "email")),
    ("bellboard_peal_submitter_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("bellboard login", "email")),
    ("ringing_world_subscriber_portal_password", "T", OWNER, "owner-chosen", "guild_signal_desktop_message", ("subscriber number", S("RW", ("dig", 6)))),
    ("cccbr_members_area_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("member email", "email")),
    ("online_faculty_system_applicant_password", "T", OWNER, "owner-chosen", "clockworks_handover_email_eml", ("parish account", "parish")),
    ("national_churches_trust_grants_portal_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("applicant email", "email")),
    ("heritage_fund_get_funding_portal_password", "T", OWNER, "owner-chosen", "guild_signal_desktop_message", ("project reference", S("NH-24-", ("dig", 5)))),
    ("membermojo_guild_admin_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("admin email", "email")),
    ("meinberg_lantime_web_admin_password", "T", OWNER, "owner-chosen", "clockworks_handover_email_eml", ("lantime host", "ntp")),
    ("unifi_network_controller_admin_password", "T", OWNER, "owner-chosen", "guild_signal_desktop_message", ("controller user", "user")),
    ("mikrotik_routeros_admin_password", "T", OWNER, "owner-chosen", "clockworks_handover_email_eml", ("router address", "ip")),
    ("ecclesiastical_broker_portal_password", "T", OWNER, "owner-chosen", "guild_bitwarden_json_export", ("policy number", S("ECC/", ("dig", 7), "/", ("upp", 2)))),
    ("abel_simulator_registration_key", "T", S(("uan", 5), "-", ("uan", 5), "-", ("uan", 5), "-", ("uan", 5), "-", ("uan", 5)), "guessed", "clockworks_handover_email_eml", ("registered name", "tower")),
    ("virtual_belfry_licence_key", "T", S(("HEX", 4), "-", ("HEX", 4), "-", ("HEX", 4), "-", ("HEX", 4)), "guessed", "guild_bitwarden_json_export", ("licensee", "tower")),
    ("servicem8_api_key", "T", S("smk-", ("hex", 6), "-", ("hex", 16), "-", ("hex", 16)), "guessed", "shop_android_shared_prefs_xml", None),
    ("jobber_app_client_secret", "T", S(("hex", 64)), "guessed", "ops_doppler_secrets_download_json", ("jobber app client id", S(("uuid",)))),
    ("arduino_iot_cloud_client_secret", "T", S(("an", 64)), "guessed", "clockworks_device_provisioning_json", ("arduino iot cloud client id", S(("uan", 32)))),
    ("soracom_auth_key_secret", "T", S("secret-", ("an", 64)), "believed", "clockworks_device_provisioning_json", ("soracom auth key id", S("keyId-", ("an", 32)))),
    ("thingspeak_write_api_key", "T", S(("uan", 16)), "believed", "clockworks_device_provisioning_json", ("thingspeak channel id", S(("dig", 7)))),
    ("ubidots_account_token", "T", S("BBFF-", ("an", 30)), "read this session (Kingfisher)", "clockworks_device_provisioning_json", None),
    ("youtube_live_stream_key", "T", S(("lan", 4), "-", ("lan", 4), "-", ("lan", 4), "-", ("lan", 4), "-", ("lan", 4)), "believed", "guild_obs_studio_service_json", None),
    ("twitch_stream_key", "T", S("live_", ("dig", 9), "_", ("an", 30)), "believed", "guild_obs_studio_service_json", None),
    ("flickr_api_secret", "T", S(("hex", 16)), "believed", "ops_wrangler_toml_vars", ("flickr api key", S(("hex", 32)))),
    ("wordpress_application_password", "T", S(("an", 4), " ", ("an", 4), " ", ("an", 4), " ", ("an", 4), " ", ("an", 4), " ", ("an", 4)), "believed", "dev_postman_environment_json", ("wordpress username", "user")),
    ("ghost_admin_api_key", "T", S(("hex", 24), ":", ("hex", 64)), "believed", "ops_vercel_env_pull_file", None),
    ("webflow_site_api_token", "T", S(("hex", 64)), "read this session (Kingfisher)", "ops_vercel_env_pull_file", None),
    ("civicrm_site_key", "T", S(("b64u", 43)), "guessed", "ops_sops_decrypted_secrets_yaml", None),
    ("turnstile_secret_key", "T", S("0x4AAAAAAA", ("b64u", 32)), "guessed", "ops_wrangler_toml_vars", ("turnstile site key", S("0x4AAAAAAA", ("b64u", 12)))),
    ("eventbrite_private_token", "T", S(("uan", 20)), "read this session (Kingfisher)", "ops_kamal_secrets_file", None),
    ("calendly_personal_access_token", "T", (calendly_pat, calendly_ok, "ES512 JWT frame: header `{kid, typ: PAT, alg: ES512}`, payload `{iss, iat, jti, user_uuid, scope}`, 132 random signature bytes"), "read this session (Kingfisher)", "shop_n8n_credentials_export_json", None),
    ("tickettailor_api_key", "T", S("sk_", ("dig", 4), "_", ("dig", 6), "_", ("hex", 32)), "read this session (Kingfisher)", "ops_kamal_secrets_file", None),
    ("typeform_personal_access_token", "T", S("tfp_", ("b64u", 59)), "read this session (gitleaks)", "ops_vercel_env_pull_file", None),
    # -- shop, payments, shipping, accounts
    ("stripe_restricted_api_key", "S", S("rk_live_51", ("an", 97)), "read this session (gitleaks, Kingfisher)", "ops_doppler_secrets_download_json", None),
    ("stripe_webhook_signing_secret", "S", S("whsec_", ("an", 32)), "believed", "ops_vercel_env_pull_file", None),
    ("square_production_access_token", "S", S("EAAA", ("an", 60)), "read this session (gitleaks, Kingfisher)", "ops_doppler_secrets_download_json", ("square location id", S("L", ("uan", 12)))),
    ("square_application_secret", "S", S("sq0csp-", ("b64u", 43)), "believed", "ops_sops_decrypted_secrets_yaml", ("square application id", S("sq0idp-", ("b64u", 22)))),
    ("woocommerce_rest_consumer_secret", "S", S("cs_", ("hex", 40)), "believed", "dev_postman_environment_json", ("woocommerce consumer key", S("ck_", ("hex", 40)))),
    ("paypal_rest_client_secret", "S", S("E", ("b64u", 79)), "read this session (Kingfisher)", "ops_doppler_secrets_download_json", ("paypal client id", S("A", ("b64u", 59)))),
    ("mollie_live_api_key", "S", S("live_", ("an", 30)), "believed", "ops_kamal_secrets_file", None),
    ("shippo_live_api_token", "S", S("shippo_live_", ("hex", 40)), "read this session (gitleaks)", "ops_vercel_env_pull_file", None),
    ("easypost_production_api_key", "S", S("EZAK", ("hex", 54)), "read this session (gitleaks)", "ops_kamal_secrets_file", None),
    ("royal_mail_click_and_drop_api_key", "S", S(("uuid",)), "guessed", "ops_doppler_secrets_download_json", None),
    ("ups_oauth_client_secret", "S", S(("an", 64)), "guessed", "ops_pulumi_config_set_capture", ("ups client id", S(("an", 48)))),
    # -- messaging, e-mail, social
    ("sendgrid_mail_send_api_key", "M", S("SG.", ("b64u", 22), ".", ("b64u", 43)), "read this session (gitleaks)", "ops_doppler_secrets_download_json", None),
    ("postmark_server_api_token", "M", S(("uuid",)), "read this session (Kingfisher)", "ops_kamal_secrets_file", None),
    ("mailjet_api_secret_key", "M", S(("hex", 32)), "believed", "ops_sops_decrypted_secrets_yaml", ("mailjet api key", S(("hex", 32)))),
    ("mandrill_api_key", "M", S("md-", ("b64u", 22)), "read this session (Kingfisher)", "ops_ansible_vault_view_output", None),
    ("vonage_api_secret", "M", S(("an", 16)), "believed", "ops_gh_secret_set_capture", ("vonage api key", S(("hex", 8)))),
    ("plivo_auth_token", "M", S(("an", 40)), "believed", "ops_gh_secret_set_capture", ("plivo auth id", S("MA", ("uan", 18)))),
    ("telnyx_api_v2_key", "M", S("KEY", ("b64u", 55)), "read this session (Kingfisher)", "ops_gcloud_secrets_create_capture", None),
    ("microsoft_teams_incoming_webhook_url", "M", (teams_url, lambda v: bool(re.match(TEAMS_RE, v)), "`https://wenlowguild.webhook.office.com/webhookb2/` + UUIDv4 + `@` + UUIDv4 + `/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4 (the whole URL is the secret)"), "read this session (gitleaks)", "ops_gh_secret_set_capture", None),
    ("google_chat_space_webhook_url", "M", S("https://chat.googleapis.com/v1/spaces/AAAA", ("b64u", 7), "/messages?key=AIzaSy", ("b64u", 33), "&token=", ("b64u", 43)), "believed", "ops_gcloud_secrets_create_capture", None),
    ("mastodon_bot_access_token", "M", S(("b64u", 43)), "believed", "ops_sops_decrypted_secrets_yaml", ("mastodon instance", "mastodon")),
    ("bluesky_app_password", "M", S(("lan", 4), "-", ("lan", 4), "-", ("lan", 4), "-", ("lan", 4)), "believed", "guild_bitwarden_json_export", ("bluesky handle", "bsky")),
    ("whatsapp_cloud_api_permanent_token", "M", S("EAAC", ("an", 160)), "read this session (gitleaks)", "ops_az_keyvault_secret_set_capture", ("whatsapp phone number id", S(("dig", 15)))),
    ("twitter_api_bearer_token", "M", S("A" * 22, ("an", 90)), "read this session (gitleaks)", "ops_gcloud_secrets_create_capture", None),
    ("microsoft_graph_client_secret", "M", (ms_client_secret, lambda v: bool(re.match(MS_RE, v)), "3 characters of `A-Za-z0-9_~.` + a digit + `Q~` + 34 characters of `A-Za-z0-9_~.-` (40 characters)"), "read this session (gitleaks)", "ops_az_keyvault_secret_set_capture", ("graph application id", S(("uuid",)))),
    ("google_oauth_client_secret", "M", S("GOCSPX-", ("b64u", 28)), "believed", "ops_gcloud_secrets_create_capture", ("google oauth client id", S(("dig", 12), "-", ("lan", 32), ".apps.googleusercontent.com"))),
    ("dropbox_short_lived_access_token", "M", S("sl.", ("b64u", 135)), "read this session (gitleaks)", "ops_helm_upgrade_set_capture", None),
    ("microsoft_365_app_password", "M", S(("low", 16)), "believed", "guild_bitwarden_json_export", ("mailbox", "email")),
    ("google_workspace_app_password", "M", S(("low", 4), " ", ("low", 4), " ", ("low", 4), " ", ("low", 4)), "believed", "guild_signal_desktop_message", ("workspace account", "email")),
    # -- AI
    ("mistral_la_plateforme_api_key", "A", S(("an", 32)), "believed", "ops_kamal_secrets_file", None),
    ("cohere_production_api_key", "A", S(("an", 40)), "read this session (gitleaks)", "ops_helm_upgrade_set_capture", None),
    ("deepseek_platform_api_key", "A", S("sk-", ("hex", 32)), "believed", "ops_vercel_env_pull_file", None),
    ("xai_grok_api_key", "A", S("xai-", ("an", 80)), "read this session (Kingfisher)", "ops_doppler_secrets_download_json", None),
    ("openrouter_api_key", "A", S("sk-or-v1-", ("hex", 64)), "believed", "ops_vercel_env_pull_file", None),
    ("elevenlabs_api_key", "A", S("sk_", ("hex", 48)), "read this session (Kingfisher)", "ops_kamal_secrets_file", None),
    ("deepgram_api_key", "A", S(("hex", 40)), "read this session (Kingfisher)", "ops_helm_upgrade_set_capture", None),
    ("azure_openai_resource_key", "A", S(("an", 84)), "believed", "ops_az_keyvault_secret_set_capture", ("azure openai endpoint", "aoai")),
    # -- developer services
    ("github_app_installation_token", "D", S("ghs_", ("an", 36)), "read this session (gitleaks)", "ops_gh_secret_set_capture", None),
    ("github_classic_personal_access_token", "D", S("ghp_", ("an", 36)), "read this session (gitleaks)", "ops_bash_history_docker_run", None),
    ("gitlab_runner_authentication_token", "D", S("glrt-", ("b64u", 20)), "read this session (gitleaks)", "ops_helm_upgrade_set_capture", None),
    ("gitlab_deploy_token", "D", S("gldt-", ("b64u", 20)), "read this session (gitleaks)", "ops_kubectl_create_secret_capture", ("gitlab deploy username", S("gitlab+deploy-token-", ("dig", 7)))),
    ("gitlab_pipeline_trigger_token", "D", S("glptt-", ("hex", 40)), "read this session (gitleaks)", "ops_bash_history_docker_run", None),
    ("pypi_upload_token", "D", S("pypi-AgEIcHlwaS5vcmc", ("b64u", 150)), "read this session (gitleaks)", "ops_gh_secret_set_capture", None),
    ("nuget_org_api_key", "D", S("oy2", ("lan", 43)), "read this session (Kingfisher)", "ops_gh_secret_set_capture", None),
    ("docker_hub_personal_access_token", "D", S("dckr_pat_", ("b64u", 27)), "read this session (Kingfisher)", "ops_gh_secret_set_capture", ("docker hub username", "user")),
    ("sonarcloud_user_token", "D", S("squ_", ("hex", 40)), "read this session (gitleaks)", "ops_gh_secret_set_capture", None),
    ("codecov_upload_token", "D", S(("uuid",)), "believed", "ops_gh_secret_set_capture", None),
    ("netlify_personal_access_token", "D", S("nfp_", ("an", 36)), "believed", "ops_bash_history_docker_run", None),
    ("flyio_deploy_token", "D", S("fo1_", ("b64u", 43)), "read this session (gitleaks)", "ops_gh_secret_set_capture", None),
    ("supabase_service_role_key", "D", (supabase_service, supabase_ok, "real HS256 JWT, payload `{iss: supabase, ref, role: service_role, iat, exp}` (HMAC under a discarded key)"), "believed", "ops_vercel_env_pull_file", ("supabase url", "supabase")),
    ("supabase_management_access_token", "D", S("sbp_", ("hex", 40)), "read this session (Kingfisher)", "ops_bash_history_docker_run", None),
    ("terraform_cloud_team_token", "D", S(("an", 14), ".atlasv1.", ("an", 67)), "read this session (gitleaks, Kingfisher)", "ops_gh_secret_set_capture", None),
    ("postman_api_key", "D", S("PMAK-", ("hex", 24), "-", ("hex", 34)), "read this session (gitleaks)", "dev_postman_environment_json", None),
    ("linear_personal_api_key", "D", S("lin_api_", ("an", 40)), "read this session (gitleaks)", "ops_sops_decrypted_secrets_yaml", None),
    ("asana_personal_access_token", "D", S("2/", ("dig", 16), "/", ("dig", 16), ":", ("hex", 32)), "believed", "shop_n8n_credentials_export_json", None),
    ("trello_api_token", "D", S("ATTA", ("hex", 64)), "believed", "shop_n8n_credentials_export_json", ("trello api key", S(("hex", 32)))),
    ("atlassian_api_token", "D", S("ATATT3", ("b64u", 177), "=", ("HEX", 8)), "read this session (gitleaks)", "shop_n8n_credentials_export_json", ("atlassian account", "email")),
    ("monday_api_token", "D", (monday_token, monday_ok, "real HS256 JWT, payload `{tid, aai, uid, iad, per, actid, rgn}` (HMAC under a discarded key)"), "read this session (Kingfisher)", "shop_n8n_credentials_export_json", None),
    ("clickup_personal_token", "D", S("pk_", ("dig", 8), "_", ("uan", 32)), "read this session (Kingfisher)", "shop_n8n_credentials_export_json", None),
    ("todoist_api_token", "D", S(("hex", 40)), "read this session (Kingfisher)", "shop_n8n_credentials_export_json", None),
    ("figma_personal_access_token", "D", S("figd_", ("b64u", 40)), "read this session (Kingfisher)", "ops_doppler_secrets_download_json", None),
    ("mapbox_secret_access_token", "D", (mapbox_sk, mapbox_ok, "`sk.` + base64url of JSON `{u, a}` + `.` + 22 base64url characters"), "read this session (Kingfisher)", "ops_wrangler_toml_vars", None),
    # -- ops, monitoring, cloud, identity
    ("new_relic_user_api_key", "O", S("NRAK-", ("uan", 27)), "read this session (gitleaks)", "ops_helm_upgrade_set_capture", None),
    ("grafana_cloud_access_policy_token", "O", (grafana_glc, grafana_ok, "`glc_` + standard Base64 of JSON `{o, n, k, m: {r}}`"), "read this session (gitleaks, Kingfisher)", "ops_sops_decrypted_secrets_yaml", None),
    ("grafana_service_account_token", "O", S("glsa_", ("an", 32), "_", ("hex", 8)), "read this session (gitleaks)", "ops_ansible_vault_view_output", None),
    ("opsgenie_api_integration_key", "O", S(("uuid",)), "read this session (Kingfisher)", "ops_ansible_vault_view_output", None),
    ("checkly_api_key", "O", S("cu_", ("hex", 32)), "believed", "ops_gh_secret_set_capture", ("checkly account id", S(("uuid",)))),
    ("honeycomb_ingest_api_key", "O", S(("an", 22)), "read this session (Kingfisher)", "ops_helm_upgrade_set_capture", None),
    ("dynatrace_api_token", "O", S("dt0c01.", ("uan", 24), ".", ("uan", 64)), "read this session (gitleaks)", "ops_helm_upgrade_set_capture", None),
    ("cisco_meraki_dashboard_api_key", "O", S(("hex", 40)), "read this session (gitleaks)", "ops_ansible_vault_view_output", None),
    ("tailscale_auth_key", "O", S("tskey-auth-k", ("an", 16), "-", ("an", 32)), "read this session (Kingfisher)", "ops_kubectl_create_secret_capture", None),
    ("jumpcloud_api_key", "O", S(("an", 40)), "read this session (Kingfisher)", "ops_ansible_vault_view_output", None),
    ("duo_admin_api_secret_key", "O", S(("an", 40)), "believed", "ops_ansible_vault_view_output", ("duo integration key", S("DI", ("uan", 18)))),
    ("ovhcloud_application_secret", "O", S(("an", 32)), "guessed", "ops_pulumi_config_set_capture", ("ovhcloud application key", S(("an", 16)))),
    ("vault_service_token", "O", S("hvs.", ("b64u", 95)), "read this session (gitleaks)", "ops_bash_history_docker_run", None),
    ("bitwarden_secrets_manager_access_token", "O", S("0.", ("uuid",), ".", ("an", 30), ":", ("b64", 22), "=="), "believed", "ops_kubectl_create_secret_capture", None),
    ("age_identity_secret_key", "O", (age_secret, age_ok, "`AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters (32 random bytes with a real Bech32 checksum)"), "read this session (gitleaks)", "ops_kubectl_create_secret_capture", None),
    ("wireguard_peer_private_key", "O", (wg_private, wg_ok, "standard Base64 of a clamped 32-byte X25519 scalar (44 characters)"), "believed", "ops_ansible_vault_view_output", ("wireguard peer public key", "wgpub")),
    ("cloudflare_r2_secret_access_key", "O", S(("hex", 64)), "believed", "ops_kamal_secrets_file", ("r2 access key id", S(("hex", 32)))),
    ("aws_ses_smtp_password", "O", S("B", ("b64", 43)), "believed", "ops_sops_decrypted_secrets_yaml", ("ses smtp username", S("AKIA", ("uan", 16)))),
    ("mongodb_atlas_api_private_key", "O", S(("uuid",)), "read this session (Kingfisher)", "ops_pulumi_config_set_capture", ("atlas api public key", S(("low", 8)))),
    ("turso_database_auth_token", "O", (turso_token, turso_ok, "EdDSA JWT frame: header `{alg: EdDSA, typ}`, payload `{a, iat, id}`, 64 random signature bytes"), "believed", "ops_vercel_env_pull_file", None),
    ("stytch_project_secret", "O", S("secret-live-", ("b64u", 36)), "believed", "ops_vercel_env_pull_file", ("stytch project id", S("project-live-", ("uuid",)))),
    ("auth0_management_client_secret", "O", S(("b64u", 64)), "believed", "ops_kamal_secrets_file", ("auth0 client id", S(("an", 32)))),
    ("google_youtube_data_api_key", "O", S("AIzaSy", ("b64u", 33)), "believed", "ops_wrangler_toml_vars", None),
    ("here_platform_api_key", "O", S(("b64u", 43)), "read this session (Kingfisher)", "ops_wrangler_toml_vars", None),
    ("tomtom_maps_api_key", "O", S(("an", 32)), "read this session (Kingfisher)", "shop_android_shared_prefs_xml", None),
    ("pusher_beams_secret_key", "O", S(("HEX", 64)), "believed", "ops_doppler_secrets_download_json", ("pusher beams instance id", S(("uuid",)))),
]
VENDOR_NAMES = [v[0] for v in VENDORS]
assert len(VENDOR_NAMES) == len(set(VENDOR_NAMES))

GROUP_TITLES = {
    "T": "Bell towers, guilds, heritage bodies, clocks and their devices, streaming and bookings",
    "S": "Shop, payments, shipping and accounts",
    "M": "Messaging, e-mail and social",
    "A": "AI services",
    "D": "Developer services",
    "O": "Ops, monitoring, cloud, identity and maps",
}

STYLES = {
    "ops_doppler_secrets_download_json": ("upper", "terminal capture of `doppler secrets download --no-file --format json`"),
    "ops_gh_secret_set_capture": ("upper", "terminal capture of `gh secret set … --body`"),
    "ops_kubectl_create_secret_capture": ("kebab", "terminal capture of `kubectl create secret generic --from-literal`"),
    "ops_sops_decrypted_secrets_yaml": ("snake", "terminal capture of `sops -d` on an encrypted YAML file"),
    "ops_ansible_vault_view_output": ("snake", "terminal capture of `ansible-vault view` (keys with the `vault_` prefix)"),
    "ops_pulumi_config_set_capture": ("camel", "terminal capture of `pulumi config set` without `--secret`"),
    "ops_vercel_env_pull_file": ("upper", "`.env.production.local` written by `vercel env pull`"),
    "ops_wrangler_toml_vars": ("upper", "Cloudflare `wrangler.toml` `[vars]` table"),
    "ops_gcloud_secrets_create_capture": ("kebab", "terminal capture of `printf … | gcloud secrets create --data-file=-`"),
    "ops_az_keyvault_secret_set_capture": ("kebab", "terminal capture of `az keyvault secret set --value`"),
    "dev_postman_environment_json": ("camel", "Postman environment export (`values` list)"),
    "shop_n8n_credentials_export_json": ("camel", "`n8n export:credentials --decrypted` output"),
    "ops_bash_history_docker_run": ("upper", "`~/.bash_history` with `docker run -e` / `export` lines"),
    "guild_bitwarden_json_export": ("title", "unencrypted Bitwarden JSON export item (title words in `name`, neighbour in `login.username`, secret in `login.password`)"),
    "guild_signal_desktop_message": ("spaced", "Signal Desktop chat export line"),
    "clockworks_handover_email_eml": ("spaced", "handover e-mail saved as `.eml`"),
    "clockworks_device_provisioning_json": ("camel", "device provisioning JSON flashed onto a tower controller"),
    "guild_obs_studio_service_json": ("obs", "OBS Studio `service.json` of the guild's live-stream PC (OBS's own `key` field)"),
    "ops_helm_upgrade_set_capture": ("camel", "terminal capture of `helm upgrade --set`"),
    "ops_kamal_secrets_file": ("upper", "Kamal 2 `.kamal/secrets` file"),
    "shop_android_shared_prefs_xml": ("camel", "Android `shared_prefs/*.xml` of the field-service app"),
}


URIS = {"dove": "dove.cccbr.example", "bellboard": "bb.ringingworld.example", "cccbr": "cccbr.example",
        "national": "grants.nationalchurchestrust.example", "membermojo": "www.membermojo.example",
        "ecclesiastical": "broker.ecclesiastical.example", "virtual": "www.virtualbelfry.example",
        "bluesky": "bsky.app", "microsoft": "account.microsoft.com"}


def _uri_for(name):
    return URIS.get(name.split("_")[0], "login.example")


def _neighbour_value(kind, rng, x):
    if isinstance(kind, list):
        return gen_spec(kind, rng)
    if kind == "email":
        return W.email(W.person(rng))
    if kind == "user":
        return rng.choice(["tobias.renshaw", "hamish", "ringing-centre", "saoirse.b", "foundry-admin", "wgadmin"]) + str(rng.randrange(2, 99))
    if kind == "parish":
        return "%s PCC" % rng.choice(W.TOWERS)
    if kind == "ntp":
        return "lantime-%02d.pryor-clocks.example" % rng.randrange(1, 30)
    if kind == "ip":
        return "10.56.%d.%d" % (rng.randrange(1, 250), rng.randrange(2, 250))
    if kind == "tower":
        return "Wenlow Guild Ringing Centre (%s)" % rng.choice(W.TOWERS).split(",")[0]
    if kind == "mastodon":
        return "bells.social.example"
    if kind == "bsky":
        return "%s.wenlow-guild.example" % rng.choice(["ringers", "belfry", "towers", "peals"])
    if kind == "aoai":
        return "https://foundry-ai-%02d.openai.azure.com/" % rng.randrange(1, 99)
    if kind == "supabase":
        return "https://%s.supabase.co" % C.rand_str(rng, "low", 20)
    if kind == "wgpub":
        return wg_public(x["value"])
    raise KeyError(kind)


def _value(spec, rng):
    if spec == OWNER:
        return C.owner_password(rng)
    if isinstance(spec, tuple):
        return spec[0](rng)
    return gen_spec(spec, rng)


def check_value(vname, value):
    spec = dict((v[0], v[2]) for v in VENDORS)[vname]
    if spec == OWNER:
        return bool(C.PW_LOOSE_RE.match(value))
    if isinstance(spec, tuple):
        return bool(spec[1](value))
    return bool(re.match(spec_regex(spec), value))


def shape_words(spec):
    if spec == OWNER:
        return "owner-chosen password"
    if isinstance(spec, tuple):
        return spec[2]
    return spec_words(spec)


# ------------------------------------------------------------------ style renderers
def render(style, name, value_mark, nb, rng):
    words = name.split("_")
    st = STYLES[style][0]
    key = C.key_name(words, st) if st != "obs" else "key"
    nlabel, nval = (nb if nb else (None, None))
    nkey = C.key_name(nlabel.split(), st) if nb and st != "obs" else None
    if style == "ops_doppler_secrets_download_json":
        lines = ['  "DOPPLER_CONFIG": "prd"', '  "DOPPLER_PROJECT": "foundry-shop"']
        if nb:
            lines.append('  "%s": "%s"' % (nkey, nval))
        lines.append('  "%s": "%s"' % (key, value_mark))
        return "$ doppler secrets download --no-file --format json --project foundry-shop --config prd\n{\n" + ",\n".join(lines) + "\n}\n"
    if style == "ops_gh_secret_set_capture":
        t = ""
        if nb:
            t += "$ gh variable set %s --repo quarterjack/guild-site --body '%s'\n\u2713 Created variable %s for quarterjack/guild-site\n" % (nkey, nval, nkey)
        t += "$ gh secret set %s --repo quarterjack/guild-site --body '%s'\n\u2713 Set Actions secret %s for quarterjack/guild-site\n" % (key, value_mark, key)
        return t
    if style == "ops_kubectl_create_secret_capture":
        extra = " --from-literal=%s=%s" % (nkey, nval) if nb else ""
        return ("$ kubectl -n clocks create secret generic %s%s --from-literal=%s=%s\nsecret/%s created\n"
                % ("-".join(words[:2]), extra, key, value_mark, "-".join(words[:2])))
    if style == "ops_sops_decrypted_secrets_yaml":
        t = "$ sops -d secrets/production.enc.yaml\n"
        if nb:
            t += "%s: %s\n" % (nkey, nval)
        return t + "%s: %s\nlog_level: info\n" % (key, value_mark)
    if style == "ops_ansible_vault_view_output":
        t = "$ ansible-vault view group_vars/towers/vault.yml\nVault password:\n---\n"
        if nb:
            t += "vault_%s: \"%s\"\n" % (nkey, nval)
        return t + "vault_%s: \"%s\"\n" % (key, value_mark)
    if style == "ops_pulumi_config_set_capture":
        t = ""
        if nb:
            t += "$ pulumi config set %s '%s'\n" % (nkey, nval)
        return t + "$ pulumi config set %s '%s'\n$ pulumi up --yes\n" % (key, value_mark)
    if style == "ops_vercel_env_pull_file":
        t = "# Created by Vercel CLI\n"
        if nb:
            t += '%s="%s"\n' % (nkey, nval)
        return t + '%s="%s"\nVERCEL_ENV="production"\n' % (key, value_mark)
    if style == "ops_wrangler_toml_vars":
        t = 'name = "guild-site"\nmain = "src/index.ts"\ncompatibility_date = "2024-11-01"\n\n[vars]\n'
        if nb:
            t += '%s = "%s"\n' % (nkey, nval)
        return t + '%s = "%s"\n' % (key, value_mark)
    if style == "ops_gcloud_secrets_create_capture":
        t = ""
        if nb:
            t += "$ printf '%%s' '%s' | gcloud secrets create %s --data-file=- --project=pryor-telemetry\nCreated version [1] of the secret [%s].\n" % (nval, nkey, nkey)
        return t + ("$ printf '%%s' '%s' | gcloud secrets create %s --data-file=- --project=pryor-telemetry\nCreated version [1] of the secret [%s].\n"
                    % (value_mark, key, key))
    if style == "ops_az_keyvault_secret_set_capture":
        t = ""
        if nb:
            t += "$ az keyvault secret set --vault-name kv-foundry-prod --name %s --value '%s' -o none\n" % (nkey, nval)
        return t + ("$ az keyvault secret set --vault-name kv-foundry-prod --name %s --value '%s' --query id -o tsv\nhttps://kv-foundry-prod.vault.azure.net/secrets/%s/%s\n"
                    % (key, value_mark, key, C.rand_str(rng, "hex", 32)))
    if style == "dev_postman_environment_json":
        vals = []
        if nb:
            vals.append({"key": nkey, "value": nval, "type": "default", "enabled": True})
        vals.append({"key": key, "value": "@@V@@", "type": "secret", "enabled": True})
        env = {"id": C.uuid4(rng), "name": "Guild production", "values": vals,
               "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/11.2.0"}
        return json.dumps(env, indent=2).replace("@@V@@", value_mark) + "\n"
    if style == "shop_n8n_credentials_export_json":
        data = {}
        if nb:
            data[nkey] = nval
        data[key] = "@@V@@"
        cred = [{"id": C.rand_str(rng, "an", 16), "name": " ".join(w.capitalize() for w in words[:2]) + " account",
                 "type": words[0] + "Api", "data": data}]
        return "$ n8n export:credentials --all --decrypted\n" + json.dumps(cred, indent=2).replace("@@V@@", value_mark) + "\n"
    if style == "ops_bash_history_docker_run":
        t = "cd ~/deploy\n"
        if nb:
            t += "export %s=%s\n" % (nkey, nval)
        return t + "docker run -d --restart unless-stopped -e %s='%s' registry.quarterjack.example/guild-sync:latest\ndocker ps\n" % (key, value_mark)
    if style == "guild_bitwarden_json_export":
        item = {"id": C.uuid4(rng), "type": 1, "name": C.key_name(words, "title"),
                "login": {"username": nval if nb else "api", "password": "@@V@@",
                          "uris": [{"match": None, "uri": "https://%s/" % _uri_for(name)}]}}
        return json.dumps({"encrypted": False, "items": [item]}, indent=2).replace("@@V@@", value_mark) + "\n"
    if style == "guild_signal_desktop_message":
        who = W.person(rng, "guild")[0].split()[0]
        t = "[2025-03-%02d 21:%02d] %s: " % (rng.randrange(1, 29), rng.randrange(60), who)
        if nb:
            t += "%s is %s and the " % (nlabel, nval)
        else:
            t += "the "
        return t + "%s is %s - delete this after you've saved it\n" % (C.key_name(words, "spaced"), value_mark)
    if style == "clockworks_handover_email_eml":
        a, b = W.person(rng, "clocks"), W.person(rng, "dev")
        body = "Hi %s,\n\nfor the handover:\n" % b[0].split()[0]
        if nb:
            body += "- %s: %s\n" % (nlabel, nval)
        body += "- %s: %s\n\nCheers,\n%s\n" % (C.key_name(words, "spaced"), value_mark, a[0].split()[0])
        return ("From: %s <%s>\nTo: %s <%s>\nSubject: handover - logins for the Crandle Magna job\nDate: Tue, 4 Mar 2025 08:%02d:00 +0000\n"
                "Content-Type: text/plain; charset=utf-8\n\n" % (a[0], W.email(a), b[0], W.email(b), rng.randrange(60))) + body
    if style == "clockworks_device_provisioning_json":
        cloud = {}
        if nb:
            cloud[nkey] = nval
        cloud[key] = "@@V@@"
        dev = {"deviceId": "tc-%s-%02d" % (rng.choice(["ealdwyn", "hobbs", "pelling"]), rng.randrange(1, 40)),
               "firmware": "2.3.%d" % rng.randrange(10), "ntp": "ntp1.pryor-clocks.example", "cloud": cloud}
        return json.dumps(dev, indent=2).replace("@@V@@", value_mark) + "\n"
    if style == "guild_obs_studio_service_json":
        svc = {"YouTube": ("YouTube - RTMPS", "rtmps://a.rtmps.youtube.com:443/live2"),
               "Twitch": ("Twitch", "rtmp://lhr03.contribute.live-video.net/app/")}["YouTube" if "youtube" in name else "Twitch"]
        obj = {"settings": {"bwtest": False, "key": "@@V@@", "server": svc[1], "service": svc[0]}, "type": "rtmp_common"}
        return json.dumps(obj, indent=4).replace("@@V@@", value_mark) + "\n"
    if style == "ops_helm_upgrade_set_capture":
        extra = " \\\n  --set secrets.%s=%s" % (nkey, nval) if nb else ""
        return ("$ helm upgrade --install guild-ops ./charts/guild-ops -n guild%s \\\n  --set secrets.%s='%s'\nRelease \"guild-ops\" has been upgraded. Happy Helming!\n"
                % (extra, key, value_mark))
    if style == "ops_kamal_secrets_file":
        t = "# .kamal/secrets\nKAMAL_REGISTRY_PASSWORD=$(op read op://Quarterjack/registry/token)\n"
        if nb:
            t += "%s=%s\n" % (nkey, nval)
        return t + "%s=%s\n" % (key, value_mark)
    if style == "shop_android_shared_prefs_xml":
        t = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"engineerName\">%s</string>\n" % W.person(rng, "clocks")[0]
        if nb:
            t += "    <string name=\"%s\">%s</string>\n" % (nkey, nval)
        return t + "    <string name=\"%s\">%s</string>\n    <boolean name=\"offlineMode\" value=\"false\" />\n</map>\n" % (key, value_mark)
    raise KeyError(style)


def generate(reg):
    rng = random.Random(C.SEEDS["vendor"])
    out = []
    for name, group, spec, prov, style, nb in VENDORS:
        bad = "'\"\\" if spec == OWNER else ""
        value = reg.draw(lambda: _value(spec, rng), bad=bad)
        nbv = None
        if nb:
            nval = reg.draw(lambda: _neighbour_value(nb[1], rng, {"value": value}))
            nbv = (nb[0], nval)
        tmpl = render(style, name, M, nbv, rng)
        text, s, e = C.place(tmpl, value)
        out.append({"type": name, "container": "%s__%s" % (name, style), "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": name}], "source": "vendor"})
    return out
