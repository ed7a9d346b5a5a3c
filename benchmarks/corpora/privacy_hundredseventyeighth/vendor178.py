"""Vendor source: 120 vendor credential types of the rink world, each in one of 12 styles."""
import base64, json, random, string
from common178 import (rstr, owner_password, uuid4, B62, HEXL, HEXU, B64URL, ALNUM_L, UPALNUM, b64, rbytes,
                       b64url_nopad, jwt_hs256, github_token, fill, subs_for)

SEED = 17802
D = string.digits
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def j64(obj, url=False):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())


def _sentry_org(r):
    body = j64({"iat": 1730000000 + r.randint(0, 9999999), "url": "https://sentry.io",
                "region_url": "https://us.sentry.io", "org": "rink-ops"}).rstrip("=")
    return "sntrys_" + body + "_" + base64.b64encode(rbytes(r, 32)).decode().rstrip("=")


def _onepassword(r):
    obj = {"signInAddress": "rinkops.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": b64url_nopad(rbytes(r, 16))}, "email": rstr(r, ALNUM_L, 12) + "@1passwordserviceaccounts.com",
           "srpX": rstr(r, HEXL, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url_nopad(rbytes(r, 32)),
           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rstr(r, UPALNUM, 6) + "-" + rstr(r, UPALNUM, 11),
           "throttleSecret": {"seed": rstr(r, HEXL, 64), "uuid": rstr(r, UPALNUM, 26)}, "deviceUuid": rstr(r, ALNUM_L, 26)}
    return "ops_" + j64(obj)


def _cf_tunnel(r):
    return j64({"a": rstr(r, HEXL, 32), "t": uuid4(r), "s": b64(r, 32)})


def _grafana_cloud(r):
    return "glc_" + j64({"o": str(r.randint(100000, 999999)), "n": "rink-ice-plant-metrics-write",
                         "k": rstr(r, B62, 24), "m": {"r": "prod-ca-east-0"}})


def _elastic(r):
    return base64.b64encode((rstr(r, B64URL, 20) + ":" + rstr(r, B64URL, 22)).encode()).decode()


def _mapbox_sk(r):
    return "sk." + j64({"u": "rinkmaps", "a": rstr(r, ALNUM_L, 25)}, url=True) + "." + rstr(r, B64URL, 22)


def _monday(r):
    return jwt_hs256(r, {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8), "iad": "2025-02-11T15:20:31.000Z",
                         "per": "me:write", "actid": r.randint(10**6, 10**7), "rgn": "use1"})


def _pw(r):
    return owner_password(r)


def _uuid(r):
    return uuid4(r)


def _akia(r):
    return ("aws_access_key_id", "AKIA" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))


# name, category (R read this session / B believed / G guessed / P owner-chosen password), shape, generator, neighbour
V = [
    ("daysmart_recreation_api_secret", "G", "40 alphanumerics", lambda r: rstr(r, B62, 40), lambda r: ("daysmart_company_code", "rink" + rstr(r, D, 4))),
    ("rec_desk_api_token", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("sportsengine_oauth_client_secret", "G", "64 alphanumerics", lambda r: rstr(r, B62, 64), lambda r: ("sportsengine_client_id", rstr(r, HEXL, 32))),
    ("teamsnap_oauth_client_secret", "G", "64 lower-case hex", lambda r: rstr(r, HEXL, 64), lambda r: ("teamsnap_client_id", rstr(r, HEXL, 64))),
    ("leagueapps_private_api_key", "G", "32 alphanumerics", lambda r: rstr(r, B62, 32), lambda r: ("leagueapps_site_id", str(r.randint(10000, 99999)))),
    ("gamesheet_scoresheet_api_token", "G", "UUIDv4", _uuid, None),
    ("usa_hockey_registration_portal_password", "P", "owner-chosen password", _pw, lambda r: ("usa_hockey_portal_user", "registrar.northarena")),
    ("hockey_canada_registry_partner_secret", "G", "48 base64url", lambda r: rstr(r, B64URL, 48), None),
    ("curling_io_club_api_token", "G", "40 alphanumerics", lambda r: rstr(r, B62, 40), lambda r: ("curling_io_club_slug", "riverside-curling")),
    ("curlingzone_scores_feed_key", "G", "24 lower-case alphanumerics", lambda r: rstr(r, ALNUM_L, 24), None),
    ("usa_curling_member_portal_password", "P", "owner-chosen password", _pw, lambda r: ("usa_curling_portal_user", "secretary@riversidecurling.org")),
    ("isu_results_partner_api_key", "G", "32 upper-case hex", lambda r: rstr(r, HEXU, 32), None),
    ("learn_to_skate_usa_club_portal_password", "P", "owner-chosen password", _pw, lambda r: ("lts_usa_portal_user", "ltsdirector")),
    ("skate_canada_club_portal_password", "P", "owner-chosen password", _pw, lambda r: ("skate_canada_portal_user", "club" + rstr(r, D, 5))),
    ("livebarn_venue_partner_api_key", "G", "UUIDv4", _uuid, lambda r: ("livebarn_venue_id", str(r.randint(1000, 9999)))),
    ("olympia_resurfacer_telematics_token", "G", "48 alphanumerics", lambda r: rstr(r, B62, 48), None),
    ("zamboni_fleet_portal_password", "P", "owner-chosen password", _pw, lambda r: ("zamboni_fleet_user", "icetech")),
    ("danfoss_alsense_api_key", "G", "40 lower-case alphanumerics", lambda r: rstr(r, ALNUM_L, 40), None),
    ("cimco_remote_monitoring_password", "P", "owner-chosen password", _pw, lambda r: ("cimco_monitoring_user", "plantmon")),
    ("tridium_niagara_station_admin_password", "P", "owner-chosen password", _pw, lambda r: ("niagara_station_user", "admin")),
    ("johnson_controls_openblue_client_secret", "G", "40 base64url", lambda r: rstr(r, B64URL, 40), lambda r: ("openblue_client_id", uuid4(r))),
    ("brivo_access_api_client_secret", "G", "32 alphanumerics", lambda r: rstr(r, B62, 32), lambda r: ("brivo_client_id", uuid4(r))),
    ("brivo_access_api_key", "G", "24 alphanumerics", lambda r: rstr(r, B62, 24), None),
    ("avigilon_alta_api_token", "G", "64 lower-case hex", lambda r: rstr(r, HEXL, 64), None),
    ("verkada_command_api_key", "G", "64 alphanumerics", lambda r: rstr(r, B62, 64), None),
    ("kisi_access_api_key", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("salto_ks_connect_client_secret", "G", "40 alphanumerics", lambda r: rstr(r, B62, 40), lambda r: ("salto_ks_client_id", uuid4(r))),
    ("genea_access_api_token", "G", "48 alphanumerics", lambda r: rstr(r, B62, 48), None),
    ("intellitix_cashless_api_key", "G", "40 alphanumerics", lambda r: rstr(r, B62, 40), None),
    ("glownet_event_api_token", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), lambda r: ("glownet_event_id", str(r.randint(100, 999)))),
    ("toast_partner_client_secret", "G", "64 base64url", lambda r: rstr(r, B64URL, 64), lambda r: ("toast_client_id", rstr(r, B62, 32))),
    ("clover_ecommerce_private_token", "G", "UUIDv4", _uuid, lambda r: ("clover_merchant_id", rstr(r, UPALNUM, 13))),
    ("lightspeed_restaurant_client_secret", "G", "48 alphanumerics", lambda r: rstr(r, B62, 48), None),
    ("square_terminal_personal_access_token", "R", "`EAAA` + 60 base64url", lambda r: "EAAA" + rstr(r, B64URL, 60), lambda r: ("square_location_id", "L" + rstr(r, UPALNUM, 12))),
    ("stripe_terminal_restricted_key", "R", "`rk_live_` + 99 alphanumerics", lambda r: "rk_live_" + rstr(r, B62, 99), None),
    ("stripe_connect_webhook_signing_secret", "B", "`whsec_` + 32 alphanumerics", lambda r: "whsec_" + rstr(r, B62, 32), None),
    ("paypal_rest_client_secret", "B", "80 base64url", lambda r: rstr(r, B64URL, 80), lambda r: ("paypal_client_id", "A" + rstr(r, B64URL, 79))),
    ("braintree_private_key", "B", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), lambda r: ("braintree_public_key", rstr(r, ALNUM_L, 16))),
    ("adyen_checkout_api_key", "G", "`AQE` + 50 + `=-` + 44 + `=-` + 10 (modelled on the published look, details guessed)",
     lambda r: "AQE" + rstr(r, B62, 50) + "=-" + rstr(r, B62, 44) + "=-" + rstr(r, B62, 10), None),
    ("moneris_gateway_api_token", "G", "20 alphanumerics", lambda r: rstr(r, B62, 20), lambda r: ("moneris_store_id", "monca" + rstr(r, D, 5))),
    ("helcim_api_token", "G", "64 alphanumerics", lambda r: rstr(r, B62, 64), None),
    ("eventbrite_private_oauth_token", "B", "20 upper-case alphanumerics", lambda r: rstr(r, UPALNUM, 20), None),
    ("active_network_api_key", "G", "24 lower-case alphanumerics", lambda r: rstr(r, ALNUM_L, 24), None),
    ("challonge_v1_api_key", "B", "40 alphanumerics", lambda r: rstr(r, B62, 40), lambda r: ("challonge_username", "rinkbrackets")),
    ("twitch_stream_key", "B", "`live_` + 9 digits + `_` + 30 alphanumerics", lambda r: "live_" + rstr(r, D, 9) + "_" + rstr(r, B62, 30), None),
    ("aws_ivs_channel_stream_key", "G", "`sk_us-west-2_` + 12 + `_` + 30 alphanumerics", lambda r: "sk_us-west-2_" + rstr(r, B62, 12) + "_" + rstr(r, B62, 30), None),
    ("mux_video_token_secret", "B", "Base64 of 57 random bytes (76 characters)", lambda r: b64(r, 57), lambda r: ("mux_token_id", uuid4(r))),
    ("restream_oauth_client_secret", "G", "40 lower-case hex", lambda r: rstr(r, HEXL, 40), None),
    ("cloudflare_stream_api_token", "B", "40 base64url", lambda r: rstr(r, B64URL, 40), lambda r: ("cloudflare_account_id", rstr(r, HEXL, 32))),
    ("wowza_streaming_cloud_api_key", "G", "64 alphanumerics", lambda r: rstr(r, B62, 64), lambda r: ("wowza_access_key_name", "rink-live")),
    ("api_video_api_key", "G", "43 alphanumerics", lambda r: rstr(r, B62, 43), None),
    ("vimeo_livestream_client_secret", "G", "128 base64 characters", lambda r: rstr(r, B64STD, 128), None),
    ("youtube_data_api_server_key", "R", "`AIza` + 35 base64url", lambda r: "AIza" + rstr(r, B64URL, 35), None),
    ("twilio_api_key_secret", "B", "32 alphanumerics (the `SK…` key sid next to it is public)", lambda r: rstr(r, B62, 32), lambda r: ("twilio_api_key_sid", "SK" + rstr(r, HEXL, 32))),
    ("vonage_sms_api_secret", "B", "16 alphanumerics", lambda r: rstr(r, B62, 16), lambda r: ("vonage_api_key", rstr(r, HEXL, 8))),
    ("plivo_auth_token", "B", "40 alphanumerics", lambda r: rstr(r, B62, 40), lambda r: ("plivo_auth_id", "MA" + rstr(r, UPALNUM, 18))),
    ("sinch_rest_api_token", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("postmark_server_api_token", "B", "UUIDv4", _uuid, None),
    ("sendgrid_mail_send_api_key", "R", "`SG.` + 22 + `.` + 43 base64url", lambda r: "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43), None),
    ("mailgun_webhook_signing_key", "R", "32 hex + `-` + 8 hex + `-` + 8 hex", lambda r: rstr(r, HEXL, 32) + "-" + rstr(r, HEXL, 8) + "-" + rstr(r, HEXL, 8), None),
    ("mailjet_api_secret_key", "B", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), lambda r: ("mailjet_api_key", rstr(r, HEXL, 32))),
    ("sparkpost_api_key", "G", "40 lower-case hex", lambda r: rstr(r, HEXL, 40), None),
    ("customer_io_app_api_key", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("onesignal_v2_app_api_key", "G", "`os_v2_app_` + 113 lower-case base32", lambda r: "os_v2_app_" + rstr(r, "abcdefghijklmnopqrstuvwxyz234567", 113), None),
    ("pusher_channels_app_secret", "G", "20 lower-case hex", lambda r: rstr(r, HEXL, 20), lambda r: ("pusher_app_key", rstr(r, HEXL, 20))),
    ("ably_realtime_root_key", "B", "app id `.` key id `:` 43 base64url (the whole key string)", lambda r: rstr(r, B62, 6) + "." + rstr(r, B62, 6) + ":" + rstr(r, B64URL, 43), None),
    ("firebase_cloud_messaging_server_key", "B", "`AAAA` + 7 + `:APA91b` + 134 base64url", lambda r: "AAAA" + rstr(r, B64URL, 7) + ":APA91b" + rstr(r, B64URL, 134), None),
    ("expo_eas_robot_access_token", "G", "40 base64url", lambda r: rstr(r, B64URL, 40), None),
    ("slack_app_level_token", "R", "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", lambda r: "xapp-1-A" + rstr(r, UPALNUM, 10) + "-" + rstr(r, D, 13) + "-" + rstr(r, HEXL, 64), None),
    ("discord_channel_webhook_url", "B", "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL", lambda r: "https://discord.com/api/webhooks/1" + rstr(r, D, 18) + "/" + rstr(r, B64URL, 68), None),
    ("microsoft_teams_incoming_webhook_url", "R", "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL",
     lambda r: "https://rinkops.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/" + rstr(r, HEXL, 32) + "/" + uuid4(r), None),
    ("telegram_zamboni_alerts_bot_token", "B", "numeric bot id + `:AA` + 33 base64url", lambda r: "7" + rstr(r, D, 9) + ":AA" + rstr(r, B64URL, 33), None),
    ("whatsapp_cloud_api_access_token", "B", "`EAAG` + 180 alphanumerics", lambda r: "EAAG" + rstr(r, B62, 180), lambda r: ("whatsapp_phone_number_id", "1" + rstr(r, D, 14))),
    ("openai_service_account_key", "R", "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", lambda r: "sk-svcacct-" + rstr(r, B64URL, 74) + "T3BlbkFJ" + rstr(r, B64URL, 74), None),
    ("anthropic_admin_api_key", "R", "`sk-ant-admin01-` + 93 base64url + `AA`", lambda r: "sk-ant-admin01-" + rstr(r, B64URL, 93) + "AA", None),
    ("mistral_la_plateforme_api_key", "G", "32 alphanumerics", lambda r: rstr(r, B62, 32), None),
    ("cohere_production_api_key", "R", "40 alphanumerics", lambda r: rstr(r, B62, 40), None),
    ("deepseek_platform_api_key", "B", "`sk-` + 32 lower-case hex", lambda r: "sk-" + rstr(r, HEXL, 32), None),
    ("elevenlabs_arena_announcer_api_key", "B", "`sk_` + 48 lower-case hex", lambda r: "sk_" + rstr(r, HEXL, 48), None),
    ("assemblyai_transcription_api_key", "B", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("deepgram_speech_api_key", "B", "40 lower-case hex", lambda r: rstr(r, HEXL, 40), None),
    ("openrouter_api_key", "B", "`sk-or-v1-` + 64 lower-case hex", lambda r: "sk-or-v1-" + rstr(r, HEXL, 64), None),
    ("langsmith_personal_api_key", "B", "`lsv2_pt_` + 32 hex + `_` + 10 hex", lambda r: "lsv2_pt_" + rstr(r, HEXL, 32) + "_" + rstr(r, HEXL, 10), None),
    ("roboflow_private_api_key", "G", "20 alphanumerics", lambda r: rstr(r, B62, 20), lambda r: ("roboflow_workspace", "puck-tracking")),
    ("weights_and_biases_api_key", "B", "40 lower-case hex", lambda r: rstr(r, HEXL, 40), None),
    ("fireworks_ai_api_key", "G", "`fw_` + 24 alphanumerics", lambda r: "fw_" + rstr(r, B62, 24), None),
    ("github_app_installation_token", "R", "`ghs_` + 30 base62 + 6-character base62 CRC-32", lambda r: github_token(r, "ghs_"), None),
    ("github_oauth_user_token", "R", "`gho_` + 30 base62 + 6-character base62 CRC-32", lambda r: github_token(r, "gho_"), None),
    ("gitlab_pipeline_trigger_token", "R", "`glptt-` + 40 hex", lambda r: "glptt-" + rstr(r, HEXL, 40), None),
    ("npm_automation_access_token", "R", "`npm_` + 36 alphanumerics", lambda r: "npm_" + rstr(r, B62, 36), None),
    ("pypi_project_upload_token", "R", "`pypi-AgEIcHlwaS5vcmc` + base64url of 100 random bytes", lambda r: "pypi-AgEIcHlwaS5vcmc" + b64url_nopad(rbytes(r, 100)), None),
    ("docker_hub_personal_access_token", "B", "`dckr_pat_` + 27 base64url", lambda r: "dckr_pat_" + rstr(r, B64URL, 27), lambda r: ("docker_hub_user", "rinkbuild")),
    ("netlify_personal_access_token", "B", "`nfp_` + 40 alphanumerics", lambda r: "nfp_" + rstr(r, B62, 40), None),
    ("render_api_key", "B", "`rnd_` + 32 alphanumerics", lambda r: "rnd_" + rstr(r, B62, 32), None),
    ("railway_project_token", "G", "UUIDv4", _uuid, None),
    ("sentry_org_auth_token", "R", "`sntrys_` + Base64 JSON (iat, url, region_url, org) + `_` + 43 Base64", _sentry_org, None),
    ("new_relic_user_api_key", "R", "`NRAK-` + 27 upper-case alphanumerics", lambda r: "NRAK-" + rstr(r, UPALNUM, 27), None),
    ("doppler_personal_token", "R", "`dp.pt.` + 43 alphanumerics", lambda r: "dp.pt." + rstr(r, B62, 43), None),
    ("onepassword_service_account_token", "R", "`ops_` + Base64 of a service-account JSON (starts `eyJ`, > 250 characters)", _onepassword, None),
    ("hashicorp_vault_service_token", "R", "`hvs.CAESI` + 86 base64url", lambda r: "hvs.CAESI" + rstr(r, B64URL, 86), None),
    ("tailscale_auth_key", "B", "`tskey-auth-k` + 10 + `CNTRL-` + 32 alphanumerics", lambda r: "tskey-auth-k" + rstr(r, B62, 10) + "CNTRL-" + rstr(r, B62, 32), None),
    ("ngrok_agent_authtoken", "G", "`2` + 26 + `_` + 21 alphanumerics", lambda r: "2" + rstr(r, B62, 26) + "_" + rstr(r, B62, 21), None),
    ("cloudflare_tunnel_token", "B", "Base64 of a JSON object with `a` (account tag), `t` (tunnel UUIDv4), `s` (Base64 secret)", _cf_tunnel, None),
    ("cloudflare_global_api_key", "R", "37 lower-case hex", lambda r: rstr(r, HEXL, 37), lambda r: ("cloudflare_email", "it@northarena.ca")),
    ("pagerduty_events_v2_routing_key", "B", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("opsgenie_api_integration_key", "B", "UUIDv4", _uuid, None),
    ("grafana_cloud_access_policy_token", "R", "`glc_` + Base64 of a JSON object (o, n, k, m)", _grafana_cloud, None),
    ("splunk_hec_token", "B", "UUIDv4", _uuid, None),
    ("elastic_cloud_api_key", "B", "Base64 of `id:api_key` (20 + 22 base64url)", _elastic, None),
    ("betterstack_telemetry_source_token", "G", "24 alphanumerics", lambda r: rstr(r, B62, 24), None),
    ("upstash_redis_rest_token", "G", "`A` + 79 base64url", lambda r: "A" + rstr(r, B64URL, 79), None),
    ("mongodb_atlas_private_api_key", "B", "UUIDv4 (the 8-character public key next to it is public)", _uuid, lambda r: ("atlas_public_key", rstr(r, ALNUM_L, 8))),
    ("meilisearch_master_key", "G", "43 base64url", lambda r: rstr(r, B64URL, 43), None),
    ("typesense_admin_api_key", "G", "32 alphanumerics", lambda r: rstr(r, B62, 32), None),
    ("algolia_write_api_key", "B", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), lambda r: ("algolia_app_id", rstr(r, UPALNUM, 10))),
    ("mapbox_secret_access_token", "B", "`sk.` + base64url JSON (u, a) + `.` + 22 base64url", _mapbox_sk, None),
    ("trello_api_token", "B", "`ATTA` + 64 hex + 8 upper-case hex", lambda r: "ATTA" + rstr(r, HEXL, 64) + rstr(r, HEXU, 8), lambda r: ("trello_api_key", rstr(r, HEXL, 32))),
    ("monday_com_api_token", "B", "HS256 JWT (real base64url JSON header and payload)", _monday, None),
    ("zapier_catch_hook_url", "B", "whole `hooks.zapier.com/hooks/catch/<id>/<6>/` URL", lambda r: "https://hooks.zapier.com/hooks/catch/" + rstr(r, D, 8) + "/" + rstr(r, ALNUM_L, 6) + "/", None),
    ("databricks_personal_access_token", "R", "`dapi` + 32 hex", lambda r: "dapi" + rstr(r, HEXL, 32), None),
    ("snowflake_service_user_password", "P", "owner-chosen password", _pw, lambda r: ("snowflake_user", "RINK_ETL")),
    ("shopify_custom_app_access_token", "R", "`shpca_` + 32 hex", lambda r: "shpca_" + rstr(r, HEXL, 32), lambda r: ("shopify_shop", "rink-pro-shop.myshopify.com")),
    ("google_calendar_oauth_client_secret", "B", "`GOCSPX-` + 28 base64url", lambda r: "GOCSPX-" + rstr(r, B64URL, 28), lambda r: ("google_client_id", rstr(r, D, 12) + "-" + rstr(r, ALNUM_L, 32) + ".apps.googleusercontent.com")),
    ("azure_ad_app_client_secret", "R", "3 alphanumerics + digit + `Q~` + 34 characters", lambda r: rstr(r, B62, 3) + rstr(r, D, 1) + "Q~" + rstr(r, B62 + "_-", 34), lambda r: ("azure_client_id", uuid4(r))),
    ("aws_iam_secret_access_key_rink_uploads", "B", "40 Base64 characters", lambda r: rstr(r, B64STD, 40), _akia),
    ("prefect_cloud_api_key", "R", "`pnu_` + 36 alphanumerics", lambda r: "pnu_" + rstr(r, B62, 36), None),
    ("dynatrace_api_token", "R", "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics", lambda r: "dt0c01." + rstr(r, UPALNUM, 24) + "." + rstr(r, UPALNUM, 64), None),
    ("shippo_live_api_token", "R", "`shippo_live_` + 40 hex", lambda r: "shippo_live_" + rstr(r, HEXL, 40), None),
    ("easypost_production_api_key", "R", "`EZAK` + 54 alphanumerics", lambda r: "EZAK" + rstr(r, B62, 54), None),
    ("maxmind_geoip_license_key", "R", "6 + `_` + 29 alphanumerics + `_mmk`", lambda r: rstr(r, B62, 6) + "_" + rstr(r, B62, 29) + "_mmk", lambda r: ("maxmind_account_id", str(r.randint(100000, 999999)))),
    ("octopus_deploy_api_key", "R", "`API-` + 26 upper-case alphanumerics", lambda r: "API-" + rstr(r, UPALNUM, 26), None),
    ("weatherapi_com_api_key", "G", "31 lower-case hex", lambda r: rstr(r, HEXL, 31), None),
    ("amplitude_secret_key", "G", "32 lower-case hex", lambda r: rstr(r, HEXL, 32), None),
    ("launchdarkly_sdk_server_key", "B", "`sdk-` + UUIDv4", lambda r: "sdk-" + uuid4(r), None),
]
KEEP = 120
# weakest / most generic candidates go last and form the unused tail
_TAIL = ["render_api_key", "railway_project_token", "betterstack_telemetry_source_token", "upstash_redis_rest_token",
         "meilisearch_master_key", "typesense_admin_api_key", "fireworks_ai_api_key", "opsgenie_api_integration_key",
         "prefect_cloud_api_key", "dynatrace_api_token", "octopus_deploy_api_key", "weatherapi_com_api_key",
         "amplitude_secret_key", "launchdarkly_sdk_server_key"]
V = [v for v in V if v[0] not in _TAIL] + [v for t in _TAIL for v in V if v[0] == t]

STYLES = [
    "rink_api_dotenv_staging", "arena_ops_vercel_env_add_history", "league_backend_doppler_secrets_set_history",
    "concession_python_config_module", "scoreboard_node_config_js", "rink_ops_gcloud_secrets_create_history",
    "tournament_terraform_variable_default", "curling_club_keepass_xml_export", "rink_staff_discord_dm_paste",
    "arena_freshdesk_private_note", "federation_liaison_email", "rink_pod_kubectl_set_env_history",
]


def _camel(words):
    return words[0] + "".join(w.capitalize() for w in words[1:])


def render(style, name, value_slot_holder, nb, rng):
    """Return template (with «V») for a vendor type in a style; nb = (name, value) neighbour or None."""
    words = name.split("_")
    up, snake, kebab, phrase = name.upper(), name, name.replace("_", "-"), " ".join(words)
    if style == "rink_api_dotenv_staging":
        t = "# staging - rink api\nAPP_ENV=staging\n"
        if nb:
            t += nb[0].upper() + "=" + nb[1] + "\n"
        return t + up + "=«V»\n"
    if style == "arena_ops_vercel_env_add_history":
        return "  412  vercel link --project arena-ops\n  413  printf '%s' '«V»' | vercel env add " + up + " production\n  414  vercel deploy --prod\n"
    if style == "league_backend_doppler_secrets_set_history":
        return "$ doppler setup --project league-api --config prd\n$ doppler secrets set " + up + "='«V»'\n$ doppler run -- npm start\n"
    if style == "concession_python_config_module":
        t = "# concession/config.py\nSTAND_COUNT = 6\n"
        if nb:
            t += nb[0].upper() + " = \"" + nb[1] + "\"\n"
        return t + up + " = \"«V»\"\n"
    if style == "scoreboard_node_config_js":
        t = "// config/production.js\nmodule.exports = {\n  sheets: «N»,\n"
        if nb:
            t += "  " + _camel(nb[0].split("_")) + ": '" + nb[1] + "',\n"
        return t + "  " + _camel(words) + ": '«V»',\n};\n"
    if style == "rink_ops_gcloud_secrets_create_history":
        return "$ gcloud config set project rink-ops-prod\n$ printf '%s' '«V»' | gcloud secrets create " + kebab + " --data-file=-\n"
    if style == "tournament_terraform_variable_default":
        return "variable \"" + snake + "\" {\n  type      = string\n  sensitive = true\n  default   = \"«V»\"\n}\n"
    if style == "curling_club_keepass_xml_export":
        user = nb[1] if nb else "riverside-curling"
        return ("<Entry>\n  <String><Key>Title</Key><Value>" + phrase + "</Value></String>\n"
                "  <String><Key>UserName</Key><Value>" + user + "</Value></String>\n"
                "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">«V»</Value></String>\n"
                "  <String><Key>URL</Key><Value>https://«H»</Value></String>\n</Entry>\n")
    if style == "rink_staff_discord_dm_paste":
        return "«U» — Today at 21:14\nhere's the " + phrase + " for the rink app, please don't drop it in #general\n«V»\n"
    if style == "arena_freshdesk_private_note":
        return ("Private note by «U»\nCaller from the arena office could not sync. The " + phrase +
                " on file is «V» - re-entered it in the integration settings and the sync ran. Closing.\n")
    if style == "federation_liaison_email":
        t = "Subject: " + phrase + " for the season\n\nHello,\n\nfor the registration sync please use the " + phrase + " below:\n\n    «V»\n\n"
        if nb:
            t += "The " + nb[0].replace("_", " ") + " stays " + nb[1] + " as before.\n\n"
        return t + "Best regards,\nFederation liaison\n"
    if style == "rink_pod_kubectl_set_env_history":
        return "$ kubectl -n rink get deploy\n$ kubectl -n rink set env deployment/rink-api " + up + "='«V»'\n$ kubectl -n rink rollout status deployment/rink-api\n"
    raise ValueError(style)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (name, _cat, _shape, gen, nbf) in enumerate(V[:KEEP]):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nb = nbf(rng) if nbf else None
        tmpl = render(style, name, None, nb, rng)
        text, s, e = fill(tmpl, value, subs_for(rng))
        recs.append((name, name + "__" + style, text, s, e))
    return recs
