"""Vendor source: 120 vendor credential types used by instrument repair / rental / tuning developers."""
import binascii
import json
import random

from common176 import (SLOT, B62, B64URL, B64STD, HEX, DIG, LOWER, UPPER, rs, rbytes, owner_password,
                       b64, b64url_nopad, uuid4, jwt_hs256, jwt_rs256_shaped, gh_token, base62_encode,
                       style_key, place, record)

SEED = 17602
UPHEX = "0123456789ABCDEF"
UPALNUM = UPPER + DIG
LOWALNUM = LOWER + DIG


def _pw(r):
    return owner_password(r)


def _jwt_generic(claims):
    def g(r):
        iat = 1716000000 + r.randrange(30000000)
        p = dict(claims(r))
        p.setdefault("iat", iat)
        return jwt_hs256(r, p)
    return g


def _mapbox_sk(r):
    mid = b64url_nopad(json.dumps({"u": "pianoroute" + rs(r, DIG, 2), "a": rs(r, LOWALNUM, 25)},
                                  separators=(",", ":")).encode())
    return "sk." + mid + "." + rs(r, B64URL, 22)


def _jfrog_ref(r):
    for _ in range(500):
        raw = ("reftkn:01:" + str(1750000000 + r.randrange(90000000)) + ":" + rs(r, B62, 27)).encode()
        enc = b64(raw)
        if len(enc) == 64 and enc.isalnum():
            return enc
    raise RuntimeError("jfrog")


def _ops(r):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64url_nopad(rbytes(r, 16))},
               "email": rs(r, LOWALNUM, 13) + "@1passwordserviceaccounts.com",
               "srpX": rs(r, HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url_nopad(rbytes(r, 32)),
               "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 5) + "-"
               + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5) + "-" + rs(r, UPALNUM, 5), "throttleSecret": {
               "seed": rs(r, HEX, 64), "deviceUuid": rs(r, LOWALNUM, 26)}, "deviceUuid": rs(r, LOWALNUM, 26)}
    return "ops_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=")


def _sntrys(r):
    payload = {"iat": 1718000000 + r.randrange(9000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "bandrental-" + rs(r, LOWER, 4)}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(r, B62 + "+/", 43)


def _glc(r):
    payload = {"o": str(r.randrange(100000, 999999)), "n": "stack-%d-tuning-logs" % r.randrange(100000, 999999),
               "k": rs(r, B62, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _pypi(r):
    raw = b"\x02\x01\x08pypi.org\x02\x24" + uuid4(r).encode() + b"\x00\x02\x2a" + b"[1,[\"firmware-tool\"]]" + b"\x00\x06\x20" + rbytes(r, 32)
    return "pypi-" + b64url_nopad(raw)


def _npm(r):
    body = rs(r, B62, 30)
    return "npm_" + body + base62_encode(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def _ably(r):
    return rs(r, B62, 6) + "." + rs(r, B62, 6) + ":" + rs(r, B64URL, 43)


def _azure_secret(r):
    return rs(r, B62, 3) + rs(r, DIG, 1) + "Q~" + rs(r, B62 + "_~.-", 34)


def _adyen(r):
    return "AQE" + rs(r, B62, 5) + rs(r, B64STD, 40) + "=-" + rs(r, B64STD, 43) + "=-" + rs(r, B62 + ">,", 16)


# name, shape description, confidence, generator, neighbours [(key words, generator)]
V = [
    # ---- world-specific vendors (mostly guessed)
    ("reverb_marketplace_personal_token", "64 lower-case hex", "guessed", lambda r: rs(r, HEX, 64), []),
    ("rentman_workspace_api_jwt", "HS256 JWT (real base64url JSON, real HMAC)", "believed",
     _jwt_generic(lambda r: {"medewerker": r.randrange(2, 90), "account": "bandrental", "client_type": "openapi",
                             "client": rs(r, HEX, 40)}), []),
    ("booqable_company_api_key", "64 lower-case hex", "guessed", lambda r: rs(r, HEX, 64), []),
    ("lightspeed_x_series_personal_token", "`lsxs_pt_` + 32 alphanumerics", "guessed", lambda r: "lsxs_pt_" + rs(r, B62, 32), []),
    ("repairshopr_api_token", "`T` + 16 hex + `-` + 32 lower alphanumerics", "guessed",
     lambda r: "T" + rs(r, HEX, 16) + "-" + rs(r, LOWALNUM, 32), []),
    ("repairdesk_store_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, B62, 40), []),
    ("gazelle_piano_service_api_token", "43 base64url", "guessed", lambda r: rs(r, B64URL, 43), []),
    ("piano_service_manager_account_password", "owner-chosen password", "password", _pw,
     [(["piano", "service", "manager", "username"], lambda r: "tuner%02d@pianoroute.lan" % r.randrange(1, 99))]),
    ("charms_office_director_password", "owner-chosen password", "password", _pw,
     [(["charms", "school", "code"], lambda r: "HSBAND" + rs(r, DIG, 4))]),
    ("charanga_school_partner_api_key", "32 lower-case hex", "guessed", lambda r: rs(r, HEX, 32), []),
    ("musicfirst_classroom_client_secret", "48 base64url", "guessed", lambda r: rs(r, B64URL, 48),
     [(["musicfirst", "client", "id"], lambda r: "mf-" + rs(r, LOWALNUM, 12))]),
    ("smartmusic_lti_consumer_secret", "32 alphanumerics", "guessed", lambda r: rs(r, B62, 32),
     [(["smartmusic", "lti", "consumer", "key"], lambda r: "district-" + rs(r, DIG, 5))]),
    ("flat_for_education_api_token", "128 lower-case hex", "guessed", lambda r: rs(r, HEX, 128), []),
    ("noteflight_learn_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, B62, 40), []),
    ("soundtrap_education_client_secret", "UUIDv4", "guessed", uuid4, []),
    ("clarion_instrument_insurance_api_key", "32 upper-case alphanumerics", "guessed", lambda r: rs(r, UPALNUM, 32), []),
    ("instrument_appraisal_partner_secret", "40 lower-case hex", "guessed", lambda r: rs(r, HEX, 40), []),
    ("daddario_dealer_b2b_api_key", "UUIDv4", "guessed", uuid4,
     [(["dealer", "account", "number"], lambda r: rs(r, DIG, 7))]),
    ("kmc_music_dealer_portal_password", "owner-chosen password", "password", _pw,
     [(["kmc", "dealer", "login"], lambda r: "store" + rs(r, DIG, 4))]),
    ("roland_cloud_partner_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, B62, 40), []),
    ("yamaha_disklavier_cloud_password", "owner-chosen password", "password", _pw,
     [(["disklavier", "account", "email"], lambda r: "showroom%02d@pianogallery.lan" % r.randrange(1, 99))]),
    ("memfault_organization_auth_token", "`oat_` + 40 base64url", "guessed", lambda r: "oat_" + rs(r, B64URL, 40), []),
    ("mender_personal_access_token", "RS256-shaped JWT (real base64url JSON, random signature)", "believed",
     lambda r: jwt_rs256_shaped(r, {"jti": uuid4(r), "sub": uuid4(r), "exp": 1790000000 + r.randrange(9000000),
                                    "mender.tenant": rs(r, HEX, 24), "mender.user": True, "iss": "Mender Users",
                                    "scp": "mender.*"}), []),
    ("golioth_project_api_key", "32 alphanumerics", "guessed", lambda r: rs(r, B62, 32), []),
    ("nrf_cloud_rest_api_key", "40 lower-case hex", "believed", lambda r: rs(r, HEX, 40), []),
    ("hawkbit_target_security_token", "32 alphanumerics", "believed", lambda r: rs(r, B62, 32),
     [(["hawkbit", "controller", "id"], lambda r: "dp-mainboard-" + rs(r, DIG, 6))]),
    ("musicnotes_partner_api_key", "32 lower-case hex", "guessed", lambda r: rs(r, HEX, 32), []),
    ("jw_pepper_school_account_password", "owner-chosen password", "password", _pw,
     [(["pepper", "account", "email"], lambda r: "choir.director%02d@district.lan" % r.randrange(1, 99))]),
    ("square_appointments_webhook_signature_key", "22 base64url", "believed", lambda r: rs(r, B64URL, 22), []),
    ("jobber_app_client_secret", "64 lower-case hex", "guessed", lambda r: rs(r, HEX, 64),
     [(["jobber", "client", "id"], lambda r: uuid4(r))]),
    ("route4me_api_key", "32 upper-case hex", "believed", lambda r: rs(r, UPHEX, 32), []),
    ("optimoroute_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, B62, 40), []),
    ("routific_api_token", "HS256 JWT (real base64url JSON, real HMAC)", "believed",
     _jwt_generic(lambda r: {"_id": rs(r, HEX, 24), "iat": 1716000000 + r.randrange(9000000)}), []),
    ("here_routing_api_key", "43 base64url", "believed", lambda r: rs(r, B64URL, 43), []),
    ("tomtom_routing_api_key", "32 alphanumerics", "believed", lambda r: rs(r, B62, 32), []),
    ("google_routes_server_key", "`AIza` + 35 base64url", "read", lambda r: "AIza" + rs(r, B64URL, 35), []),
    ("mapbox_directions_secret_token", "`sk.` + base64url JSON + `.` + 22 base64url", "believed", _mapbox_sk, []),
    # ---- commerce and accounting
    ("stripe_restricted_live_key", "`rk_live_51` + 97 alphanumerics", "read", lambda r: "rk_live_51" + rs(r, B62, 97), []),
    ("stripe_webhook_endpoint_secret", "`whsec_` + 32 alphanumerics", "believed", lambda r: "whsec_" + rs(r, B62, 32), []),
    ("paypal_rest_live_client_secret", "`E` + 79 base64url", "believed", lambda r: "E" + rs(r, B64URL, 79),
     [(["paypal", "client", "id"], lambda r: "A" + rs(r, B64URL, 79))]),
    ("braintree_production_private_key", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32),
     [(["braintree", "merchant", "id"], lambda r: rs(r, LOWALNUM, 16)), (["braintree", "public", "key"], lambda r: rs(r, LOWALNUM, 16))]),
    ("authorize_net_transaction_key", "16 alphanumerics", "believed", lambda r: rs(r, B62, 16),
     [(["authnet", "api", "login", "id"], lambda r: rs(r, B62, 10))]),
    ("adyen_checkout_api_key", "`AQE` + Base64 runs joined by `=-` (layout from memory)", "guessed", _adyen,
     [(["adyen", "merchant", "account"], lambda r: "BandRentalECOM")]),
    ("mollie_live_api_key", "`live_` + 30 alphanumerics", "believed", lambda r: "live_" + rs(r, B62, 30), []),
    ("shippo_live_api_token", "`shippo_live_` + 40 hex", "read", lambda r: "shippo_live_" + rs(r, HEX, 40), []),
    ("taxjar_live_api_token", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("avalara_avatax_license_key", "16 upper-case hex", "believed", lambda r: rs(r, UPHEX, 16),
     [(["avatax", "account", "id"], lambda r: "11" + rs(r, DIG, 8))]),
    ("klaviyo_private_api_key", "`pk_` + 34 lower-case hex", "believed", lambda r: "pk_" + rs(r, HEX, 34), []),
    ("squarespace_commerce_api_key", "UUIDv4", "read", uuid4, []),
    ("wix_headless_api_key", "`IST.` + HS256 JWT (real base64url JSON)", "believed",
     lambda r: "IST." + jwt_hs256(r, {"data": json.dumps({"id": uuid4(r), "identity": {"type": "application", "id": uuid4(r)},
                                                              "tenant": {"type": "account", "id": uuid4(r)}}),
                                     "iat": 1716000000 + r.randrange(9000000)}), []),
    ("magento_integration_access_token", "32 lower-case alphanumerics", "believed", lambda r: rs(r, LOWALNUM, 32), []),
    ("recurly_private_api_key", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("zoho_books_refresh_token", "`1000.` + 32 hex + `.` + 32 hex", "believed",
     lambda r: "1000." + rs(r, HEX, 32) + "." + rs(r, HEX, 32),
     [(["zoho", "client", "id"], lambda r: "1000." + rs(r, UPALNUM, 30))]),
    ("freshbooks_oauth_client_secret", "64 lower-case alphanumerics", "read", lambda r: rs(r, LOWALNUM, 64), []),
    # ---- messaging
    ("twilio_api_key_secret", "32 alphanumerics (the `SK` key SID next to it is an identifier)", "believed",
     lambda r: rs(r, B62, 32), [(["twilio", "api", "key", "sid"], lambda r: "SK" + rs(r, HEX, 32))]),
    ("vonage_sms_api_secret", "16 alphanumerics", "believed", lambda r: rs(r, B62, 16),
     [(["vonage", "api", "key"], lambda r: rs(r, HEX, 8))]),
    ("sinch_sms_service_plan_token", "32 lower-case hex (service plan id next to it is also 32 hex, public)", "believed",
     lambda r: rs(r, HEX, 32), [(["sinch", "service", "plan", "id"], lambda r: rs(r, HEX, 32))]),
    ("postmark_server_api_token", "UUIDv4", "believed", uuid4, []),
    ("mailjet_api_secret_key", "32 lower-case hex (public API key next to it also 32 hex)", "believed",
     lambda r: rs(r, HEX, 32), [(["mailjet", "api", "key"], lambda r: rs(r, HEX, 32))]),
    ("sparkpost_api_key", "40 lower-case hex", "believed", lambda r: rs(r, HEX, 40), []),
    ("sendgrid_rental_reminder_api_key", "`SG.` + 22 + `.` + 43 base64url", "read",
     lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), []),
    ("slack_app_signing_secret", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("slack_app_level_token", "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "read",
     lambda r: "xapp-1-A" + rs(r, UPALNUM, 10) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEX, 64), []),
    ("discord_webhook_url", "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL", "believed",
     lambda r: "https://discord.com/api/webhooks/" + "1" + rs(r, DIG, 18) + "/" + rs(r, B64URL, 68), []),
    ("teams_incoming_webhook_url", "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", "read",
     lambda r: "https://bandrental.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/"
     + rs(r, HEX, 32) + "/" + uuid4(r), []),
    ("telegram_tuning_route_bot_token", "bot id + `:AA` + 33 base64url", "read",
     lambda r: str(r.randrange(6000000000, 7999999999)) + ":AA" + rs(r, B64URL, 33), []),
    ("whatsapp_cloud_api_system_user_token", "`EAAJ` + 180 alphanumerics", "believed", lambda r: "EAAJ" + rs(r, B62, 180),
     [(["whatsapp", "phone", "number", "id"], lambda r: "1" + rs(r, DIG, 14))]),
    ("line_messaging_channel_secret", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32),
     [(["line", "channel", "id"], lambda r: "20" + rs(r, DIG, 8))]),
    ("pusher_channels_app_secret", "20 lower-case hex (app key next to it also 20 hex, public)", "believed",
     lambda r: rs(r, HEX, 20), [(["pusher", "app", "id"], lambda r: rs(r, DIG, 7)), (["pusher", "key"], lambda r: rs(r, HEX, 20))]),
    ("ably_root_api_key", "`<app>.<key>:<43 base64url>` (labelled whole)", "believed", _ably, []),
    ("onesignal_rest_api_key", "`os_v2_app_` + 113 lower base32", "guessed", lambda r: "os_v2_app_" + rs(r, LOWER + "234567", 113),
     [(["onesignal", "app", "id"], lambda r: uuid4(r))]),
    ("mailerlite_api_token", "RS256-shaped JWT (real base64url JSON)", "believed",
     lambda r: jwt_rs256_shaped(r, {"aud": "4", "jti": rs(r, HEX, 80), "iat": 1716000000 + r.randrange(9000000),
                                    "sub": str(r.randrange(100000, 999999)), "scopes": []}), []),
    # ---- AI
    ("openai_admin_api_key", "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", "read",
     lambda r: "sk-admin-" + rs(r, B64URL, 58) + "T3BlbkFJ" + rs(r, B64URL, 58), []),
    ("anthropic_workspace_api_key", "`sk-ant-api03-` + 93 base64url + `AA`", "read",
     lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", []),
    ("cohere_production_api_key", "40 alphanumerics", "read", lambda r: rs(r, B62, 40), []),
    ("deepseek_platform_api_key", "`sk-` + 32 hex", "believed", lambda r: "sk-" + rs(r, HEX, 32), []),
    ("openrouter_api_key", "`sk-or-v1-` + 64 hex", "believed", lambda r: "sk-or-v1-" + rs(r, HEX, 64), []),
    ("elevenlabs_api_key", "`sk_` + 48 hex", "believed", lambda r: "sk_" + rs(r, HEX, 48), []),
    ("assemblyai_api_key", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("deepgram_api_key", "40 lower-case hex", "believed", lambda r: rs(r, HEX, 40), []),
    ("stability_ai_api_key", "`sk-` + 48 alphanumerics", "believed", lambda r: "sk-" + rs(r, B62, 48), []),
    ("langsmith_personal_api_key", "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed",
     lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), []),
    ("azure_openai_resource_key", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("huggingface_fine_grained_write_token", "`hf_` + 34 letters", "read", lambda r: "hf_" + rs(r, LOWER + UPPER, 34), []),
    ("fireworks_ai_api_key", "`fw_` + 24 alphanumerics", "guessed", lambda r: "fw_" + rs(r, B62, 24), []),
    # ---- developer
    ("github_app_installation_token", "`ghs_` + 30 base62 + 6-character base62 CRC-32", "read", lambda r: gh_token(r, "ghs_"), []),
    ("github_oauth_app_client_secret", "40 lower-case hex", "believed", lambda r: rs(r, HEX, 40),
     [(["github", "oauth", "client", "id"], lambda r: "Ov23li" + rs(r, B62, 14))]),
    ("gitlab_pipeline_trigger_token", "`glptt-` + 40 hex", "read", lambda r: "glptt-" + rs(r, HEX, 40), []),
    ("gitlab_runner_authentication_token", "`glrt-` + 20 base64url", "read", lambda r: "glrt-" + rs(r, B64URL, 20), []),
    ("gitlab_deploy_token", "`gldt-` + 20 base64url", "read", lambda r: "gldt-" + rs(r, B64URL, 20),
     [(["gitlab", "deploy", "user"], lambda r: "gitlab+deploy-token-" + rs(r, DIG, 6))]),
    ("npm_automation_access_token", "`npm_` + 30 base62 + 6-character base62 CRC-32", "read", _npm, []),
    ("pypi_project_upload_token", "`pypi-AgEIcHlwaS5vcmc` + base64url macaroon bytes", "read", _pypi, []),
    ("rubygems_push_api_key", "`rubygems_` + 48 hex", "read", lambda r: "rubygems_" + rs(r, HEX, 48), []),
    ("nuget_push_api_key", "`oy2` + 43 lower-case alphanumerics", "believed", lambda r: "oy2" + rs(r, LOWALNUM, 43), []),
    ("sentry_org_auth_token", "`sntrys_` + Base64 JSON (iat, url, region_url, org) + `_` + 43", "read", _sntrys, []),
    ("newrelic_user_api_key", "`NRAK-` + 27 upper alphanumerics", "read", lambda r: "NRAK-" + rs(r, UPALNUM, 27), []),
    ("rollbar_post_server_item_token", "32 lower-case hex", "believed", lambda r: rs(r, HEX, 32), []),
    ("circleci_personal_api_token", "`CCIPAT_` + 22 + `_` + 40 hex", "believed",
     lambda r: "CCIPAT_" + rs(r, B62, 22) + "_" + rs(r, HEX, 40), []),
    ("netlify_personal_access_token", "`nfp_` + 36 alphanumerics", "believed", lambda r: "nfp_" + rs(r, B62, 36), []),
    ("render_api_key", "`rnd_` + 32 alphanumerics", "believed", lambda r: "rnd_" + rs(r, B62, 32), []),
    ("figma_personal_access_token", "`figd_` + 40 base64url", "believed", lambda r: "figd_" + rs(r, B64URL, 40), []),
    ("jfrog_artifactory_reference_token", "64 alphanumerics: Base64 of `reftkn:01:<expiry>:<random>` (starts `cmVmdGtu`)", "read", _jfrog_ref, []),
    ("onepassword_service_account_token", "`ops_` + Base64 of a JSON object (starts `ops_eyJ`)", "read", _ops, []),
    ("hashicorp_vault_service_token", "`hvs.CAESI` + 86 base64url", "read", lambda r: "hvs.CAESI" + rs(r, B64URL, 86), []),
    ("sonarqube_global_analysis_token", "`sqa_` + 40 hex", "read", lambda r: "sqa_" + rs(r, HEX, 40), []),
    ("dynatrace_api_token", "`dt0c01.` + 24 + `.` + 64 upper alphanumerics", "read",
     lambda r: "dt0c01." + rs(r, UPALNUM, 24) + "." + rs(r, UPALNUM, 64), []),
    ("prefect_cloud_api_key", "`pnu_` + 36 alphanumerics", "read", lambda r: "pnu_" + rs(r, B62, 36), []),
    ("azure_devops_personal_access_token", "52 lower-case base32", "believed", lambda r: rs(r, LOWER + "234567", 52), []),
    ("entra_id_app_client_secret", "3 + digit + `Q~` + 34", "read", _azure_secret,
     [(["entra", "client", "id"], lambda r: uuid4(r))]),
    # ---- cloud, storage, ops
    ("cloudflare_r2_secret_access_key", "64 lower-case hex (access key id next to it is 32 hex)", "believed",
     lambda r: rs(r, HEX, 64), [(["r2", "access", "key", "id"], lambda r: rs(r, HEX, 32))]),
    ("cloudflare_global_api_key", "37 lower-case hex", "read", lambda r: rs(r, HEX, 37),
     [(["cloudflare", "email"], lambda r: "ops%02d@bandrental.lan" % r.randrange(1, 99))]),
    ("linode_personal_access_token", "64 lower-case hex", "believed", lambda r: rs(r, HEX, 64), []),
    ("hetzner_cloud_api_token", "64 alphanumerics", "believed", lambda r: rs(r, B62, 64), []),
    ("vultr_api_key", "36 upper-case alphanumerics", "believed", lambda r: rs(r, UPALNUM, 36), []),
    ("scaleway_secret_key", "UUIDv4 (the `SCW…` access key next to it is an identifier)", "believed", uuid4,
     [(["scw", "access", "key"], lambda r: "SCW" + rs(r, UPALNUM, 17))]),
    ("aws_firmware_bucket_secret_access_key", "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)",
     "believed", lambda r: rs(r, B64STD, 40), [(["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, UPALNUM, 16))]),
    ("tailscale_api_access_token", "`tskey-api-` + 12 + `CNTRL-` + 32 alphanumerics", "believed",
     lambda r: "tskey-api-" + rs(r, B62, 12) + "CNTRL-" + rs(r, B62, 32), []),
    ("cloudinary_api_secret", "27 base64url (the 15-digit API key next to it is an identifier)", "believed",
     lambda r: rs(r, B64URL, 27), [(["cloudinary", "api", "key"], lambda r: rs(r, DIG, 15))]),
    ("clickup_personal_api_token", "`pk_` + 8 digits + `_` + 32 upper alphanumerics", "believed",
     lambda r: "pk_" + rs(r, DIG, 8) + "_" + rs(r, UPALNUM, 32), []),
    ("asana_personal_access_token", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed",
     lambda r: "2/" + rs(r, DIG, 16) + "/" + rs(r, DIG, 16) + ":" + rs(r, HEX, 32), []),
    ("trello_api_token", "`ATTA` + 64 hex + 8 upper hex", "believed", lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, UPHEX, 8),
     [(["trello", "api", "key"], lambda r: rs(r, HEX, 32))]),
    ("zoom_server_to_server_client_secret", "32 alphanumerics", "believed", lambda r: rs(r, B62, 32),
     [(["zoom", "client", "id"], lambda r: rs(r, B62, 22))]),
    ("google_oauth_refresh_token", "`1//0` + 99 base64url", "believed", lambda r: "1//0" + rs(r, B62, 2) + rs(r, B64URL, 97), []),
    ("dropbox_short_lived_access_token", "`sl.` + 135 lower-case alphanumerics, `-`, `_`", "read",
     lambda r: "sl." + rs(r, LOWALNUM + "-_", 135), []),
    ("dropbox_sign_api_key", "64 lower-case hex", "believed", lambda r: rs(r, HEX, 64), []),
    ("recaptcha_v3_secret_key", "`6L` + 38 base64url (the site key is public; see negatives)", "believed",
     lambda r: "6L" + rs(r, B64URL, 38), []),
    ("turnstile_secret_key", "`0x4AAAAAAA` + 25 base64url", "guessed", lambda r: "0x4AAAAAAA" + rs(r, B64URL, 25), []),
    ("auth0_management_client_secret", "64 base64url", "believed", lambda r: rs(r, B64URL, 64),
     [(["auth0", "client", "id"], lambda r: rs(r, B62, 32))]),
    ("okta_api_token", "`00` + 40 base64url", "read", lambda r: "00" + rs(r, B64URL, 40), []),
    ("grafana_cloud_access_policy_token", "`glc_` + Base64 of a JSON object", "read", _glc, []),
    ("opsgenie_api_key", "UUIDv4", "believed", uuid4, []),
    ("pagerduty_rest_api_key", "20 characters `[A-Za-z0-9_+-]`", "guessed", lambda r: rs(r, B62 + "_+-", 20), []),
    # ---- weaker tail
    ("pandadoc_api_key", "40 lower-case hex", "believed", lambda r: rs(r, HEX, 40), []),
    ("clerk_secret_key", "`sk_live_` + 42 alphanumerics", "guessed", lambda r: "sk_live_" + rs(r, B62, 42), []),
    ("railway_account_token", "UUIDv4", "believed", uuid4, []),
    ("imagekit_private_api_key", "`private_` + 28 Base64 characters ending `=`", "guessed",
     lambda r: "private_" + rs(r, B64STD, 27) + "=", []),
    ("better_stack_logs_source_token", "24 alphanumerics", "guessed", lambda r: rs(r, B62, 24), []),
    ("cronitor_api_key", "32 alphanumerics", "guessed", lambda r: rs(r, B62, 32), []),
    ("statuspage_api_key", "UUIDv4", "guessed", uuid4, []),
]

# Styles: (name, key style, render(key, slot, neighbours[(key, value)], rng))


def _n_lines(neigh, fmt):
    return "".join(fmt.format(k=k, v=v) for k, v in neigh)


STYLES = [
    ("rental_portal_dotenv_staging", "upper", lambda k, n, r:
        "# .env.staging -- rental portal\nAPP_URL=https://staging.bandrental.internal\n" + _n_lines(n, "{k}={v}\n")
        + f"{k}={SLOT}\nQUEUE=redis://10.0.4.9:6379/2\n"),
    ("tuning_app_vercel_env_add_history", "upper", lambda k, n, r:
        "  401  vercel link --yes\n" + _n_lines(n, "  402  printf '%s' '{v}' | vercel env add {k} production\n")
        + f"  403  printf '%s' '{SLOT}' | vercel env add {k} production\n  404  vercel deploy --prod\n"),
    ("repair_shop_railway_variables_set_history", "upper", lambda k, n, r:
        "$ railway link -p repair-desk\n" + _n_lines(n, "$ railway variables --set \"{k}={v}\"\n")
        + f"$ railway variables --set \"{k}={SLOT}\"\n$ railway up --detach\n"),
    ("instrument_shop_gh_secret_set_history", "upper", lambda k, n, r:
        _n_lines(n, "gh variable set {k} --body \"{v}\" --repo strings-shop/storefront\n")
        + f"gh secret set {k} --body \"{SLOT}\" --repo strings-shop/storefront\ngh workflow run deploy.yml\n"),
    ("band_portal_php_config_array", "snake", lambda k, n, r:
        "<?php\n// config/integrations.php (band portal)\nreturn [\n" + _n_lines(n, "    '{k}' => '{v}',\n")
        + f"    '{k}' => '{SLOT}',\n    'timeout' => 15,\n];\n"),
    ("firmware_tool_rust_consts_rs", "upper", lambda k, n, r:
        "// src/consts.rs -- midi firmware tool\npub const USER_AGENT: &str = \"fwtool/0.9\";\n"
        + _n_lines(n, "pub const {k}: &str = \"{v}\";\n") + f"pub const {k}: &str = \"{SLOT}\";\n"),
    ("luthier_keepass_csv_export", "title", lambda k, n, r:
        "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Workshop/Vendors\",\"" + k + "\",\""
        + (n[0][1] if n else "workshop") + f"\",\"{SLOT}\",\"\",\"rotated after the bench PC swap\"\n"),
    ("piano_tech_imessage_paste", "spaced", lambda k, n, r:
        "iMessage  Today 08:12\nMira: can you send me the " + k + " again? the van laptop lost it\n"
        + _n_lines(n, "You: {k}: {v}\n") + f"You: {SLOT}\nMira: got it thx"),
    ("music_store_jira_comment", "spaced", lambda k, n, r:
        "STORE-" + str(r.randrange(100, 999)) + " comment by devops:\nUpdated the integration, new " + k + " below.\n{code}\n"
        + _n_lines(n, "{k} = {v}\n") + f"{k} = {SLOT}\n{{code}}\nPlease move it to the vault later."),
    ("school_band_director_email", "spaced", lambda k, n, r:
        "Subject: access for the spring instrument audit\n\nHello,\n\n" + _n_lines(n, "Our {k} is {v}.\n")
        + f"The {k} you asked for is {SLOT} (please keep it private).\n\nBest regards,\nDistrict band director"),
    ("marketplace_k8s_secret_stringdata_yaml", "upper", lambda k, n, r:
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: marketplace-integrations\n  namespace: consignment\ntype: Opaque\nstringData:\n"
        + _n_lines(n, "  {k}: \"{v}\"\n") + f"  {k}: \"{SLOT}\"\n"),
    ("consignment_java_properties_file", "dot", lambda k, n, r:
        "# consignment-service.properties\nserver.port=8081\n" + _n_lines(n, "{k}={v}\n") + f"{k}={SLOT}\n"),
]

N_KEEP = 120
# moved to the end (least central to this world); the first 120 of the reordered list are kept
TAIL = ["trello_api_token", "dynatrace_api_token", "prefect_cloud_api_key", "vultr_api_key", "linode_personal_access_token",
        "nuget_push_api_key", "fireworks_ai_api_key", "zoom_server_to_server_client_secret",
        "dropbox_sign_api_key", "auth0_management_client_secret", "pagerduty_rest_api_key"]


def ordered():
    head = [v for v in V if v[0] not in TAIL]
    tail = [v for name in TAIL for v in V if v[0] == name]
    return head + tail


def kept():
    return ordered()[:N_KEEP]


def unused():
    return [v[0] for v in ordered()[N_KEEP:]]


def generate(reg, start_no):
    rng = random.Random(SEED)
    recs = []
    no = start_no
    for i, (name, _shape, _conf, gen, neigh) in enumerate(kept()):
        sname, style, render = STYLES[i % len(STYLES)]
        words = name.split("_")
        key = style_key(words, style)
        nvals = []
        for nwords, ngen in neigh:
            nvals.append((style_key(nwords, style), reg.draw(lambda: ngen(rng))))
        tpl = render(key, nvals, rng)
        v = None
        for _ in range(100):
            cand = gen(rng)
            if reg.ok(cand) and cand not in tpl:
                v = cand
                break
        reg.add(v)
        text, s, e = place(tpl, v)
        recs.append(record("p176-s-%04d" % no, name, name + "__" + sname, text, s, e, "vendor"))
        no += 1
    return recs
