"""Vendor source: credential types of services a masonry / heritage developer uses."""
import json
import random

from common177 import (MARK, ALNUM, BASE62, HEX, LOWER, UPPER, DIGITS, B64URL, B64STD, rstr, rbytes,
                       b64, b64url_nopad, jwt_hs256, jwt_random_sig, uuid4, gh_token, owner_password,
                       style_key, fill)

SEED = 17702
V = MARK
LA = LOWER + DIGITS
UA = UPPER + DIGITS
UHEX = HEX.upper()


def _r(a, n):
    return lambda r: rstr(r, a, n)


def _pfx(p, a, n):
    return lambda r: p + rstr(r, a, n)


def _uuid(r):
    return uuid4(r)


def _pgm_jwt(iss, extra=None):
    def g(r):
        iat = 1716000000 + r.randint(0, 20000000)
        p = {"iss": iss, "sub": str(r.randint(100, 99999)), "iat": iat}
        if extra:
            p.update(extra(r))
        return jwt_hs256(r, p)
    return g


def _cesium(r):
    return jwt_hs256(r, {"jti": uuid4(r), "id": r.randint(100000, 999999), "iat": 1716000000 + r.randint(0, 9999999)})


def _rs_jwt(aud):
    def g(r):
        iat = 1716000000 + r.randint(0, 20000000)
        return jwt_random_sig(r, {"aud": aud, "jti": uuid4(r), "iat": iat, "exp": iat + 31536000,
                                  "sub": str(r.randint(1000, 9999999))})
    return g


def _turso(r):
    iat = 1716000000 + r.randint(0, 20000000)
    return jwt_random_sig(r, {"a": "rw", "iat": iat, "id": uuid4(r)}, alg="EdDSA", sig_len=64)


def _grafana_glc(r):
    body = {"o": str(r.randint(100000, 999999)), "n": "stack-%d-hm-read-write-cure" % r.randint(100000, 999999),
            "k": rstr(r, ALNUM, 32), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + b64(json.dumps(body, separators=(",", ":")).encode())


def _sentry_org(r):
    body = {"iat": 1716000000 + r.randint(0, 9999999), "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": "stonecraft-heritage"}
    return "sntrys_" + b64(json.dumps(body, separators=(",", ":")).encode()).rstrip("=") + "_" + rstr(r, B64STD[:62], 43)


def _onepw(r):
    body = {"signInAddress": "stonecraft.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
            "iterations": 650000, "salt": b64url_nopad(rbytes(r, 16))}, "email": rstr(r, LOWER, 26) + "@1passwordserviceaccounts.eu",
            "srpX": rstr(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url_nopad(rbytes(r, 32)),
            "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + "-".join(rstr(r, UA, 5) for _ in range(6)),
            "throttleSecret": {"seed": rstr(r, HEX, 64), "uuid": rstr(r, UA, 26)}, "deviceUuid": rstr(r, LA, 26)}
    return "ops_" + b64(json.dumps(body, separators=(",", ":")).encode()).rstrip("=")


def _pypi(r):
    raw = b"\x02\x01\x08pypi.org\x02\x25\x02\x01" + rbytes(r, 40) + b"\x00\x02\x06" + rbytes(r, 32)
    return "pypi-" + b64url_nopad(raw)


def _mapbox_sk(r):
    mid = b64url_nopad(json.dumps({"u": "stonecraft", "a": rstr(r, LA, 25)}, separators=(",", ":")).encode())
    return "sk." + mid + "." + rstr(r, B64URL, 22)


def _elastic(r):
    return b64((rstr(r, B64URL, 20) + ":" + rstr(r, B64URL, 22)).encode())


def _azure_ad(r):
    return rstr(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rstr(r, ALNUM + "_~.", 34)


def _sas_sig(r):
    s = b64(rbytes(r, 32))
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def _discord_hook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18 - 1) * 10 + r.randint(0, 9), rstr(r, B64URL, 68))


def _teams_hook(r):
    return "https://stonecraft.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(r), uuid4(r), rstr(r, HEX, 32), uuid4(r))


def _zapier(r):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(1000000, 19999999), rstr(r, LA, 7))


# (type, generator, shape, basis, neighbour or None, where basis in gl (gitleaks rule file),
#  bk (background knowledge), gu (guessed)); neighbour = (key words, generator) – public, unlabelled
CANDIDATES = [
    # survey, photogrammetry, mapping
    ("pix4d_cloud_client_secret", _r(ALNUM, 48), "48 alphanumerics", "gu", (["pix4d", "client", "id"], _r(ALNUM, 32))),
    ("dronedeploy_api_key", _r(LA, 32), "32 lower alphanumerics", "gu", None),
    ("propeller_aero_api_token", _r(HEX, 40), "40 hex", "gu", None),
    ("dji_flighthub2_org_key", _r(HEX, 64), "64 hex (organisation key used to bind docks)", "gu", None),
    ("webodm_api_jwt", _pgm_jwt("webodm", lambda r: {"username": "survey", "exp": 1790000000}), "HS256 JWT (real base64url JSON, real HMAC)", "bk", None),
    ("cesium_ion_write_token", _cesium, "HS256 JWT with `jti` / `id` claims (real base64url JSON, real HMAC)", "bk", None),
    ("sketchfab_api_token", _r(HEX, 32), "32 hex", "bk", None),
    ("matterport_api_token_secret", _r(HEX, 32), "32 hex (the token id next to it is an identifier)", "gu", (["matterport", "token", "id"], _r(HEX, 16))),
    ("trimble_connect_client_secret", _r(ALNUM, 32), "32 alphanumerics", "gu", None),
    ("autodesk_aps_client_secret", _r(ALNUM, 64), "64 alphanumerics (the 32-character client id next to it is public)", "gu", (["aps", "client", "id"], _r(ALNUM, 32))),
    ("bentley_itwin_client_secret", _r(B64URL, 64), "64 base64url", "gu", None),
    ("esri_arcgis_location_api_key", _pfx("AAPK", B64URL, 96), "`AAPK` + 96 base64url", "gu", None),
    ("os_data_hub_project_api_key", _r(ALNUM, 32), "32 alphanumerics", "gu", None),
    ("what3words_server_api_key", _r(UA, 8), "8 upper-case alphanumerics", "bk", None),
    ("google_maps_server_api_key", _pfx("AIza", B64URL, 35), "`AIza` + 35 (server-side key, IP-restricted)", "gl", None),
    ("nearmap_api_key", _r(ALNUM, 64), "64 alphanumerics", "gu", None),
    ("mapillary_user_access_token", lambda r: "MLY|%d|%s" % (r.randint(10 ** 15, 10 ** 16 - 1), rstr(r, HEX, 32)), "`MLY|` + 16 digits + `|` + 32 hex", "gu", None),
    ("mapbox_uploads_secret_token", _mapbox_sk, "`sk.` + base64url JSON + `.` + 22", "gl", None),
    # construction / trades / timesheets
    ("procore_oauth_client_secret", _r(HEX, 64), "64 hex", "gu", (["procore", "client", "id"], _r(HEX, 64))),
    ("fieldwire_api_refresh_token", _pfx("fwr_", ALNUM, 40), "`fwr_` + 40 alphanumerics (prefix invented)", "gu", None),
    ("companycam_access_token", _r(B64URL, 43), "43 base64url", "gu", None),
    ("simpro_api_key", _r(HEX, 40), "40 hex", "gu", None),
    ("servicem8_api_key", lambda r: "smk-" + rstr(r, HEX, 6) + "-" + rstr(r, HEX, 16), "`smk-` + 6 hex + `-` + 16 hex", "gu", None),
    ("deputy_permanent_access_token", _r(HEX, 32), "32 hex", "gu", None),
    ("clockify_api_key", lambda r: b64(rbytes(r, 36)), "Base64 of 36 random bytes (48)", "gu", None),
    ("harvest_personal_access_token", lambda r: "%d.pt.%s" % (r.randint(1000000, 9999999), rstr(r, B64URL, 86)), "7 digits + `.pt.` + 86 base64url", "bk", (["harvest", "account", "id"], lambda r: str(r.randint(100000, 999999)))),
    ("toggl_track_api_token", _r(HEX, 32), "32 hex", "bk", None),
    ("connecteam_api_key", _uuid, "UUIDv4", "gu", None),
    # money
    ("hmrc_developer_hub_client_secret", _uuid, "UUIDv4 (the client id next to it is public)", "gu", (["hmrc", "client", "id"], _r(ALNUM, 28))),
    ("sage_accounting_client_secret", _r(B64URL, 40), "40 base64url", "gu", None),
    ("freeagent_oauth_client_secret", _r(B64URL, 22), "22 base64url", "gu", None),
    ("xero_custom_connection_client_secret", _r(B64URL, 48), "48 base64url", "gu", (["xero", "client", "id"], _r(UHEX, 32))),
    ("wise_business_api_token", _uuid, "UUIDv4", "bk", None),
    ("revolut_business_refresh_token", _pfx("oa_prod_", B64URL, 43), "`oa_prod_` + 43 base64url", "bk", None),
    ("stripe_restricted_live_key", _pfx("rk_live_51", ALNUM, 97), "`rk_live_51` + 97 alphanumerics", "gl", None),
    ("stripe_connect_webhook_signing_secret", _pfx("whsec_", ALNUM, 32), "`whsec_` + 32 alphanumerics", "bk", None),
    ("paypal_rest_client_secret", _pfx("E", B64URL, 79), "`E` + 79 base64url", "bk", (["paypal", "client", "id"], _pfx("A", B64URL, 79))),
    ("mollie_live_api_key", _pfx("live_", ALNUM, 30), "`live_` + 30 alphanumerics", "bk", None),
    ("square_webhook_signature_key", _r(B64URL, 22), "22 base64url", "bk", None),
    ("gocardless_webhook_endpoint_secret", _r(B64URL, 40), "40 base64url", "gu", None),
    ("braintree_private_key", _r(HEX, 32), "32 hex (merchant id and public key next to it are identifiers)", "bk", (["braintree", "public", "key"], _r(LA, 16))),
    ("shopify_private_app_password", _pfx("shppa_", HEX, 32), "`shppa_` + 32 hex", "gl", None),
    ("etsy_open_api_keystring", _r(LA, 24), "24 lower alphanumerics", "gl", None),
    ("squarespace_commerce_api_key", _uuid, "UUIDv4", "gl", None),
    ("shippo_live_api_token", _pfx("shippo_live_", HEX, 40), "`shippo_live_` + 40 hex", "gl", None),
    ("lob_live_api_key", _pfx("live_", HEX, 35), "`live_` + 35 hex", "gl", None),
    # photos, files, storage
    ("cloudinary_api_secret", _r(B64URL, 27), "27 base64url (the 15-digit API key next to it is an identifier)", "bk", (["cloudinary", "api", "key"], lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)))),
    ("imagekit_private_key", lambda r: "private_" + b64(rbytes(r, 20)), "`private_` + Base64 of 20 bytes (28 with `=`)", "bk", None),
    ("uploadcare_secret_key", _r(HEX, 20), "20 hex (the public key next to it is public by design)", "bk", (["uploadcare", "public", "key"], _r(HEX, 20))),
    ("dropbox_short_lived_access_token", _pfx("sl.", B64URL, 135), "`sl.` + 135 base64url", "gl", None),
    ("box_developer_client_secret", _r(ALNUM, 32), "32 alphanumerics", "bk", None),
    ("frameio_developer_token", _pfx("fio-u-", B64URL, 64), "`fio-u-` + 64", "gl", None),
    ("wasabi_secret_access_key", _r(UA, 40), "40 upper alphanumerics (the access key id next to it is an identifier)", "gu", (["wasabi", "access", "key", "id"], _r(UA, 20))),
    ("aws_photogrammetry_bucket_secret_key", _r(B64STD, 40), "40 Base64-alphabet characters (the `AKIA` key id next to it is an identifier)", "bk", (["aws", "access", "key", "id"], _pfx("AKIA", UA, 16))),
    ("azure_ad_graph_client_secret", _azure_ad, "3 + digit + `Q~` + 34", "gl", (["azure", "client", "id"], _uuid)),
    ("azure_blob_sas_signature", _sas_sig, "URL-encoded Base64 of 32 bytes (the `sig=` value of a SAS URL)", "bk", None),
    ("backblaze_b2_survey_archive_key", _pfx("K005", ALNUM, 27), "`K005` + 27 alphanumerics (the key id next to it is an identifier)", "bk", (["b2", "key", "id"], lambda r: "005" + rstr(r, HEX, 22))),
    ("bunny_net_account_api_key", lambda r: uuid4(r) + "-" + rstr(r, HEX, 4) + "-" + rstr(r, HEX, 4) + "-" + rstr(r, HEX, 4) + "-" + rstr(r, HEX, 12), "UUIDv4 + four more hex groups", "gu", None),
    # hosting, infra, secrets
    ("hetzner_cloud_api_token", _r(ALNUM, 64), "64 alphanumerics", "bk", None),
    ("linode_personal_access_token", _r(HEX, 64), "64 hex", "bk", None),
    ("vultr_api_key", _r(UA, 36), "36 upper alphanumerics", "bk", None),
    ("ovh_application_secret", _r(ALNUM, 32), "32 alphanumerics (the application key next to it is an identifier)", "bk", (["ovh", "application", "key"], _r(ALNUM, 16))),
    ("cloudflare_origin_ca_key", lambda r: "v1.0-" + rstr(r, HEX, 24) + "-" + rstr(r, HEX, 146), "`v1.0-` + 24 hex + `-` + 146 hex", "gl", None),
    ("cloudflare_global_api_key", _r(HEX, 37), "37 hex", "gl", (["cloudflare", "email"], lambda r: "ops@stonecraft.co.uk")),
    ("netlify_personal_access_token", _pfx("nfp_", ALNUM, 36), "`nfp_` + 36 alphanumerics", "bk", None),
    ("render_api_key", _pfx("rnd_", ALNUM, 32), "`rnd_` + 32 alphanumerics", "bk", None),
    ("railway_account_token", _uuid, "UUIDv4", "bk", None),
    ("terraform_cloud_user_token", lambda r: rstr(r, LA, 14) + ".atlasv1." + rstr(r, B64URL, 67), "14 + `.atlasv1.` + 67", "gl", None),
    ("vault_service_token", _pfx("hvs.CAESI", B64URL, 86), "`hvs.` + 91 base64url", "gl", None),
    ("onepassword_service_account_token", _onepw, "`ops_` + Base64 of a JSON object (`eyJ…`)", "gl", None),
    ("doppler_personal_token", _pfx("dp.pt.", ALNUM, 43), "`dp.pt.` + 43 alphanumerics", "bk", None),
    ("infisical_universal_auth_client_secret", _r(HEX, 64), "64 hex (the machine-identity client id next to it is an identifier)", "gu", (["infisical", "client", "id"], _uuid)),
    ("tailscale_api_access_token", lambda r: "tskey-api-k" + rstr(r, ALNUM, 11) + "CNTRL-" + rstr(r, ALNUM, 32), "`tskey-api-k` + 11 + `CNTRL-` + 32", "bk", None),
    ("planetscale_db_password", _pfx("pscale_pw_", B64URL, 43), "`pscale_pw_` + 43", "gl", None),
    ("supabase_secret_api_key", _pfx("sb_secret_", B64URL, 31), "`sb_secret_` + 31 base64url", "gu", None),
    ("turso_database_auth_token", _turso, "EdDSA JWT (real base64url JSON, random 64-byte signature)", "bk", None),
    ("mongodb_atlas_api_private_key", _uuid, "UUIDv4 (the 8-character public key next to it is an identifier)", "bk", (["atlas", "public", "key"], _r(LOWER, 8))),
    ("upstash_redis_rest_token", _pfx("AX", B64URL, 60), "`AX` + 60 base64url", "gu", None),
    ("elastic_cloud_api_key", _elastic, "Base64 of `id:key` (real Base64)", "bk", None),
    # developer
    ("github_fine_grained_pat", lambda r: "github_pat_11" + rstr(r, UA, 20) + "_" + rstr(r, ALNUM, 59), "`github_pat_11` + 20 + `_` + 59", "gl", None),
    ("github_app_installation_token", lambda r: gh_token(r, "ghs_"), "`ghs_` + 30 base62 + CRC-32 in 6 base62", "gl", None),
    ("github_oauth_access_token", lambda r: gh_token(r, "gho_"), "`gho_` + 30 base62 + CRC-32 in 6 base62", "gl", None),
    ("gitlab_pipeline_trigger_token", _pfx("glptt-", HEX, 40), "`glptt-` + 40 hex", "gl", None),
    ("gitlab_runner_auth_token", _pfx("glrt-", ALNUM, 20), "`glrt-` + 20", "gl", None),
    ("gitlab_deploy_token", _pfx("gldt-", ALNUM, 20), "`gldt-` + 20", "gl", (["gitlab", "deploy", "user"], lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999))),
    ("npm_automation_token", _pfx("npm_", ALNUM, 36), "`npm_` + 36 alphanumerics", "gl", None),
    ("pypi_project_upload_token", _pypi, "`pypi-` + base64url of a macaroon starting `AgEIcHlwaS5vcmc` (real base64url)", "gl", None),
    ("rubygems_push_api_key", _pfx("rubygems_", HEX, 48), "`rubygems_` + 48 hex", "gl", None),
    ("docker_hub_org_access_token", _pfx("dckr_oat_", B64URL, 32), "`dckr_oat_` + 32", "gu", None),
    ("sentry_org_auth_token", _sentry_org, "`sntrys_` + Base64 JSON (`eyJpYXQiO…`, with `region_url`) + `_` + 43", "gl", None),
    ("codecov_upload_token", _uuid, "UUIDv4", "bk", None),
    ("sonarcloud_user_token", _pfx("squ_", HEX, 40), "`squ_` + 40 hex", "gl", None),
    ("snyk_api_token", _uuid, "UUIDv4", "bk", None),
    ("prefect_cloud_api_key", _pfx("pnu_", ALNUM, 36), "`pnu_` + 36 alphanumerics", "gl", None),
    # AI
    ("openai_service_account_key", lambda r: "sk-svcacct-" + rstr(r, B64URL, 74) + "T3BlbkFJ" + rstr(r, B64URL, 74), "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74", "gl", None),
    ("anthropic_claude_api_key", lambda r: "sk-ant-api03-" + rstr(r, B64URL, 93) + "AA", "`sk-ant-api03-` + 93 + `AA`", "gl", None),
    ("cohere_production_api_key", _r(ALNUM, 40), "40 alphanumerics", "gl", None),
    ("deepseek_platform_api_key", _pfx("sk-", HEX, 32), "`sk-` + 32 hex", "bk", None),
    ("openrouter_api_key", _pfx("sk-or-v1-", HEX, 64), "`sk-or-v1-` + 64 hex", "bk", None),
    ("stability_ai_api_key", _pfx("sk-", ALNUM, 48), "`sk-` + 48 alphanumerics", "bk", None),
    ("elevenlabs_api_key", _pfx("sk_", HEX, 48), "`sk_` + 48 hex", "bk", None),
    ("assemblyai_api_key", _r(HEX, 32), "32 hex", "bk", None),
    ("deepgram_api_key", _r(HEX, 40), "40 hex", "bk", None),
    ("langsmith_personal_api_key", lambda r: "lsv2_pt_" + rstr(r, HEX, 32) + "_" + rstr(r, HEX, 10), "`lsv2_pt_` + 32 hex + `_` + 10 hex", "bk", None),
    ("llamacloud_api_key", _pfx("llx-", ALNUM, 48), "`llx-` + 48 alphanumerics", "bk", None),
    ("tavily_search_api_key", _pfx("tvly-", ALNUM, 32), "`tvly-` + 32 alphanumerics", "bk", None),
    ("huggingface_org_api_token", _pfx("api_org_", UPPER + LOWER, 34), "`api_org_` + 34 letters", "gl", None),
    ("azure_ai_vision_resource_key", _r(HEX, 32), "32 hex", "bk", None),
    # messaging
    ("twilio_api_key_secret", _r(ALNUM, 32), "32 alphanumerics (the `SK` key sid next to it is an identifier)", "bk", (["twilio", "api", "key", "sid"], _pfx("SK", HEX, 32))),
    ("vonage_sms_api_secret", _r(ALNUM, 16), "16 alphanumerics (the 8-hex API key next to it is an identifier)", "bk", (["vonage", "api", "key"], _r(HEX, 8))),
    ("whatsapp_cloud_system_user_token", _pfx("EAAG", ALNUM, 180), "`EAAG` + 180 alphanumerics", "gl", None),
    ("meta_app_secret", _r(HEX, 32), "32 hex", "gl", (["meta", "app", "id"], lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)))),
    ("slack_app_signing_secret", _r(HEX, 32), "32 hex", "bk", None),
    ("slack_app_level_token", lambda r: "xapp-1-A" + rstr(r, UA, 10) + "-" + str(r.randint(10 ** 12, 10 ** 13 - 1)) + "-" + rstr(r, HEX, 64), "`xapp-1-` + app id + `-` + 13 digits + `-` + 64 hex", "gl", None),
    ("discord_incoming_webhook_url", _discord_hook, "Discord webhook URL (labelled whole)", "bk", None),
    ("teams_incoming_webhook_url", _teams_hook, "Teams incoming-webhook URL (labelled whole)", "gl", None),
    ("mattermost_personal_access_token", _r(LA, 26), "26 lower alphanumerics", "gl", None),
    ("pushbullet_access_token", _pfx("o.", ALNUM, 32), "`o.` + 32 alphanumerics", "bk", None),
    ("gotify_application_token", _pfx("A", ALNUM + "._-", 14), "`A` + 14", "bk", None),
    ("postmark_server_api_token", _uuid, "UUIDv4", "bk", None),
    ("mailjet_api_secret_key", _r(HEX, 32), "32 hex (the 32-hex API key next to it is the public half)", "bk", (["mailjet", "api", "key"], _r(HEX, 32))),
    ("sparkpost_api_key", _r(HEX, 40), "40 hex", "bk", None),
    ("mailerlite_api_token", _rs_jwt("1"), "RS256-shaped JWT (real base64url JSON, random signature)", "bk", None),
    ("mailersend_api_token", _pfx("mlsn.", HEX, 64), "`mlsn.` + 64 hex", "bk", None),
    ("zapier_catch_hook_url", _zapier, "Zapier catch-hook URL (labelled whole)", "bk", None),
    # productivity, grants, CRM
    ("trello_api_token", lambda r: "ATTA" + rstr(r, HEX, 64) + rstr(r, UHEX, 8), "`ATTA` + 64 hex + 8 upper hex (the 32-hex key next to it is an identifier)", "bk", (["trello", "api", "key"], _r(HEX, 32))),
    ("monday_com_api_token", _pgm_jwt("monday", lambda r: {"tid": r.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randint(10 ** 7, 10 ** 8), "iad": "2024-05-01T09:12:44.000Z", "per": "me:write", "rgn": "euc1"}), "HS256 JWT (real base64url JSON, real HMAC)", "bk", None),
    ("todoist_api_token", _r(HEX, 40), "40 hex", "bk", None),
    ("jotform_api_key", _r(HEX, 32), "32 hex", "bk", None),
    ("submittable_api_key", _r(HEX, 32), "32 hex", "gu", None),
    ("salesforce_connected_app_consumer_secret", _r(UHEX, 64), "64 upper-case hex (the consumer key next to it is an identifier)", "bk", (["salesforce", "consumer", "key"], _pfx("3MVG9", ALNUM + "._", 80))),
    ("blackbaud_sky_subscription_key", _r(HEX, 32), "32 hex", "bk", None),
    ("companies_house_rest_api_key", _uuid, "UUIDv4", "bk", None),
    ("charity_commission_api_subscription_key", _r(HEX, 32), "32 hex", "gu", None),
    ("docusign_integration_secret_key", _uuid, "UUIDv4 (the integration key next to it is an identifier)", "bk", (["docusign", "integration", "key"], _uuid)),
    ("adobe_pdf_services_client_secret", _pfx("p8e-", ALNUM, 32), "`p8e-` + 32", "gl", None),
    ("cal_com_api_key", _pfx("cal_live_", HEX, 32), "`cal_live_` + 32 hex", "bk", None),
    ("zoom_server_to_server_client_secret", _r(ALNUM, 32), "32 alphanumerics", "bk", None),
    # observability, search, captcha
    ("new_relic_user_api_key", _pfx("NRAK-", UA, 27), "`NRAK-` + 27 upper alphanumerics", "gl", None),
    ("pagerduty_events_integration_key", _r(HEX, 32), "32 hex", "bk", None),
    ("opsgenie_api_key", _uuid, "UUIDv4", "bk", None),
    ("dynatrace_api_token", lambda r: "dt0c01." + rstr(r, UA, 24) + "." + rstr(r, UA, 64), "`dt0c01.` + 24 + `.` + 64", "gl", None),
    ("grafana_cloud_access_policy_token", _grafana_glc, "`glc_` + Base64 of a JSON object (real Base64)", "gl", None),
    ("launchdarkly_server_sdk_key", lambda r: "sdk-" + uuid4(r), "`sdk-` + UUIDv4", "bk", None),
    ("algolia_admin_api_key", _r(HEX, 32), "32 hex (the application id next to it is public)", "bk", (["algolia", "app", "id"], _r(UA, 10))),
    ("meilisearch_master_key", _r(B64URL, 43), "43 base64url", "gu", None),
    ("cloudflare_turnstile_secret_key", _pfx("0x4AAAAAAA", B64URL, 25), "`0x4AAAAAAA` + 25 (site keys share the prefix and are public)", "bk", None),
    ("recaptcha_v3_secret_key", _pfx("6L", B64URL, 38), "`6L` + 38 (same shape as the public site key)", "bk", None),
    ("hcaptcha_account_secret", _pfx("0x", HEX, 40), "`0x` + 40 hex", "bk", None),
    ("met_office_datahub_api_key", _rs_jwt("met-office-datahub"), "RS256-shaped JWT (real base64url JSON, random signature)", "gu", None),
    ("pandadoc_api_key", _r(HEX, 40), "40 hex", "gu", None),
]

STYLES = [
    "survey_backend_dotenv_prod", "heritage_ops_railway_variables_set_history",
    "yard_portal_vercel_env_add_history", "survey_api_az_keyvault_secret_set_history",
    "photogrammetry_python_secrets_module", "client_portal_php_config_array",
    "site_app_kotlin_buildconfig_field", "conservation_keepass_csv_export",
    "site_foreman_whatsapp_message", "heritage_ops_jira_service_desk_comment",
    "yard_k8s_secret_stringdata_yaml", "survey_ci_circleci_context_store_history",
]


def render(style, words, nb, r):
    """nb = (key words, value) of a public neighbour or None; returns template."""
    up = style_key(words, "upper")
    nbk = style_key(nb[0], "upper") if nb else None
    if style == "survey_backend_dotenv_prod":
        lines = ["# survey backend – production", "NODE_ENV=production"]
        if nb:
            lines.append(f"{nbk}={nb[1]}")
        lines += [f"{up}={V}", "PORT=8080"]
        return "\n".join(lines) + "\n"
    if style == "heritage_ops_railway_variables_set_history":
        pre = f"$ railway variables --set \"{nbk}={nb[1]}\"\n" if nb else "$ railway link --environment production\n"
        return pre + f"$ railway variables --set \"{up}={V}\"\n$ railway up --detach\n"
    if style == "yard_portal_vercel_env_add_history":
        pre = f"$ echo -n '{nb[1]}' | vercel env add {nbk} production\n" if nb else "$ vercel link --yes\n"
        return pre + f"$ echo -n '{V}' | vercel env add {up} production\n$ vercel --prod\n"
    if style == "survey_api_az_keyvault_secret_set_history":
        kb = style_key(words, "kebab")
        pre = f"$ az keyvault secret set --vault-name kv-stonecraft-prod --name {style_key(nb[0], 'kebab')} --value '{nb[1]}'\n" if nb else "$ az account set --subscription heritage-prod\n"
        return pre + f"$ az keyvault secret set --vault-name kv-stonecraft-prod --name {kb} --value '{V}'\n"
    if style == "photogrammetry_python_secrets_module":
        lines = ["# secrets.py – imported by pipeline.py, keep out of git", "REGION = \"eu-west-2\""]
        if nb:
            lines.append(f"{nbk} = \"{nb[1]}\"")
        lines.append(f"{up} = \"{V}\"")
        return "\n".join(lines) + "\n"
    if style == "client_portal_php_config_array":
        sn = style_key(words, "snake")
        lines = ["<?php", "// config/integrations.php", "return ["]
        if nb:
            lines.append(f"    '{style_key(nb[0], 'snake')}' => '{nb[1]}',")
        lines += [f"    '{sn}' => '{V}',", "    'timeout' => 20,", "];"]
        return "\n".join(lines) + "\n"
    if style == "site_app_kotlin_buildconfig_field":
        lines = ["android {", "    defaultConfig {", "        applicationId = \"uk.co.stonecraft.site\""]
        if nb:
            lines.append(f"        buildConfigField(\"String\", \"{nbk}\", \"\\\"{nb[1]}\\\"\")")
        lines += [f"        buildConfigField(\"String\", \"{up}\", \"\\\"{V}\\\"\")", "    }", "}"]
        return "\n".join(lines) + "\n"
    if style == "conservation_keepass_csv_export":
        title = style_key(words, "title")
        user = nb[1] if nb else ""
        return ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
                f"\"Integrations\",\"{title}\",\"{user}\",\"{V}\",\"\",\"rotated after the chapel job\"\n")
    if style == "site_foreman_whatsapp_message":
        sp = style_key(words, "spaced")
        extra = f" (the {style_key(nb[0], 'spaced')} is {nb[1]})" if nb else ""
        return f"[18:04, 21/05/2024] Kev (yard): {sp} for the portal integration is {V}{extra} – don't post it in the big group\n"
    if style == "heritage_ops_jira_service_desk_comment":
        sp = style_key(words, "spaced")
        extra = f"{style_key(nb[0], 'title')}: {nb[1]}\n" if nb else ""
        return f"HSD-{r.randint(100, 999)} · comment by Priya (internal)\nRotated the key after the contractor left. New values:\n{extra}{style_key(words, 'title')}: {V}\nPlease update the survey API and close.\n"
    if style == "yard_k8s_secret_stringdata_yaml":
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: yard-integrations", "type: Opaque", "stringData:"]
        if nb:
            lines.append(f"  {nbk}: \"{nb[1]}\"")
        lines.append(f"  {up}: \"{V}\"")
        return "\n".join(lines) + "\n"
    if style == "survey_ci_circleci_context_store_history":
        pre = f"$ echo -n '{nb[1]}' | circleci context store-secret github stonecraft survey-deploy {nbk}\n" if nb else ""
        return pre + f"$ echo -n '{V}' | circleci context store-secret github stonecraft survey-deploy {up}\n"
    raise ValueError(style)


N_KEEP = 120
# weaker guesses and generic shapes already well covered go last and form the unused tail
TAIL = ["bunny_net_account_api_key", "upstash_redis_rest_token", "supabase_secret_api_key", "docker_hub_org_access_token",
        "gocardless_webhook_endpoint_secret", "sage_accounting_client_secret", "fieldwire_api_refresh_token",
        "box_developer_client_secret", "ovh_application_secret", "railway_account_token", "codecov_upload_token",
        "snyk_api_token", "azure_ai_vision_resource_key", "stability_ai_api_key", "pandadoc_api_key",
        "meilisearch_master_key", "hcaptcha_account_secret", "opsgenie_api_key", "zoom_server_to_server_client_secret",
        "cal_com_api_key", "launchdarkly_server_sdk_key", "todoist_api_token", "mailersend_api_token",
        "deepseek_platform_api_key", "llamacloud_api_key", "tavily_search_api_key", "connecteam_api_key",
        "nearmap_api_key", "infisical_universal_auth_client_secret", "render_api_key", "met_office_datahub_api_key"]
CANDIDATES = [c for c in CANDIDATES if c[0] not in TAIL] + [c for t in TAIL for c in CANDIDATES if c[0] == t]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (tname, gen, _shape, _basis, nbspec) in enumerate(CANDIDATES[:N_KEEP]):
        style = STYLES[i % len(STYLES)]
        val = reg.draw(lambda: gen(rng))
        nb = (nbspec[0], nbspec[1](rng)) if nbspec else None
        text, s, e = fill(render(style, tname.split("_"), nb, rng), val)
        recs.append({"type": tname, "container": tname + "__" + style, "text": text,
                     "secrets": [{"value": val, "start": s, "end": e, "type": tname}], "source": "vendor"})
    return recs
