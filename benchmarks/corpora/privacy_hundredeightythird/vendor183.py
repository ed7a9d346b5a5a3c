"""Vendor source: credential types of vendors used by science-centre / planetarium / observatory developers."""
import base64
import hashlib
import hmac
import json
import zlib

from common183 import (ALNUM, B62, B64STD, B64URL, DIGITS, HEX, LALNUM, LOWER, UALNUM, UPPER,
                       b64, b64url_nopad, base62_int, crc_token, jwt_hs256, key_style, owner_password,
                       place, rbytes, rs, span_record, uuid4)

N_KEEP = 120


def _jwt(rng, claims, alg="HS256"):
    if alg == "HS256":
        return jwt_hs256(rng, claims)
    h = b64url_nopad(json.dumps({"alg": alg}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(rng, 64), (h + "." + p).encode(), hashlib.sha512).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def _pypi(rng):
    body = b"\x02\x01\x08pypi.org\x02\x25\x08\x01\x12\x20" + rbytes(rng, 60)
    tok = "pypi-" + b64url_nopad(body)
    assert tok.startswith("pypi-AgEIcHlwaS5vcmc")
    return tok


def _sentry_org(rng):
    org = rng.choice(["skyhall", "orion-science-centre", "northfield-observatory"])
    payload = {"iat": 1716000000 + rng.randint(0, 5000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rs(rng, B64STD.replace("+", "").replace("/", ""), 43)


def _glc(rng):
    payload = {"o": str(rng.randint(100000, 999999)), "n": "allsky-push-" + rs(rng, LALNUM, 4),
               "k": rs(rng, ALNUM, 24), "m": {"r": rng.choice(["prod-eu-west-2", "prod-us-east-0"])}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _ops(rng):
    payload = {"signInAddress": "skyhall.1password.eu",
               "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                            "salt": b64url_nopad(rbytes(rng, 16))},
               "email": rs(rng, LOWER, 13) + "@1passwordserviceaccounts.eu",
               "srpX": rs(rng, HEX, 64),
               "muk": {"alg": "A256GCM", "ext": True, "k": b64url_nopad(rbytes(rng, 32)),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rs(rng, UALNUM, 6) + "-" + rs(rng, UALNUM, 11) + "-" + rs(rng, UALNUM, 5) + "-" + rs(rng, UALNUM, 5) + "-" + rs(rng, UALNUM, 5),
               "deviceUuid": rs(rng, LALNUM, 26)}
    return "ops_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def _cf_tunnel(rng):
    payload = {"a": rs(rng, HEX, 32), "t": uuid4(rng), "s": b64(rbytes(rng, 32))}
    return b64(json.dumps(payload, separators=(",", ":")).encode())


def _syt(rng):
    local = rng.choice(["obsbot", "domealerts", "allskybot", "starparty"])
    body = "syt_" + b64url_nopad(local.encode()) + "_" + rs(rng, ALNUM, 20)
    return body + "_" + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def _openai_svc(rng):
    return "sk-svcacct-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)


def _slack_app(rng):
    return "xapp-1-A" + rs(rng, UALNUM, 10) + "-" + rs(rng, DIGITS, 13) + "-" + rs(rng, HEX, 64)


def _slack_user(rng):
    return "xoxp-" + rs(rng, DIGITS, 11) + "-" + rs(rng, DIGITS, 11) + "-" + rs(rng, DIGITS, 13) + "-" + rs(rng, HEX, 32)


def _grouped(rng, alphabet, groups, sep="-"):
    return sep.join(rs(rng, alphabet, n) for n in groups)


def _wordpress_app_pw(rng):
    return " ".join(rs(rng, ALNUM, 4) for _ in range(6))


def _discord_webhook(rng):
    return "https://discord.com/api/webhooks/" + str(rng.randint(10 ** 17, 10 ** 18 - 1)) + "/" + rs(rng, B64URL, 68)


def _teams_webhook(rng):
    g = lambda: uuid4(rng)
    return ("https://skyhall.webhook.office.com/webhookb2/" + g() + "@" + g() +
            "/IncomingWebhook/" + rs(rng, HEX, 32) + "/" + g())


def _bunny(rng):
    return uuid4(rng) + rs(rng, HEX, 4) + "-" + rs(rng, HEX, 4) + "-" + rs(rng, HEX, 4)


def _stripe_rk(rng):
    return "rk_live_51" + rs(rng, ALNUM, 97)


def _tg(rng):
    return str(rng.randint(6000000000, 7999999999)) + ":AA" + rs(rng, B64URL, 33)


def V(name, key, gen, shape, conf, nb=None):
    return {"name": name, "key": key.split(), "gen": gen, "shape": shape, "conf": conf, "nb": nb}


def nbv(key, gen):
    return (key.split(), gen)


OWN = lambda r: owner_password(r)

VENDORS = [
    # --- telescopes, remote observatories, catalogues, citizen science
    V("astrometry_net_nova_api_key", "astrometry api key", lambda r: rs(r, LOWER, 16), "16 lower-case letters", "guessed"),
    V("las_cumbres_observatory_api_token", "lco api token", lambda r: rs(r, HEX, 40), "40 lower-case hex", "guessed"),
    V("telescope_live_api_key", "telescope live api key", lambda r: uuid4(r), "UUIDv4", "guessed"),
    V("aavso_webobs_account_password", "aavso password", OWN, "owner-chosen password", "owner"),
    V("space_track_org_account_password", "spacetrack password", OWN, "owner-chosen password", "owner",
      nbv("spacetrack identity", lambda r: "ops-" + rs(r, LOWER, 5) + "@skyhall.org")),
    V("n2yo_satellite_api_key", "n2yo api key", lambda r: _grouped(r, UALNUM, (6, 6, 6, 4)), "6-6-6-4 upper-case alphanumeric groups", "guessed"),
    V("nasa_open_apis_key", "nasa api key", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "believed"),
    V("zooniverse_panoptes_client_secret", "panoptes client secret", lambda r: rs(r, HEX, 64), "64 lower-case hex (the application id next to it is an identifier)", "guessed",
      nbv("panoptes client id", lambda r: rs(r, HEX, 64))),
    V("inaturalist_api_jwt", "inaturalist api token", lambda r: _jwt(r, {"user_id": r.randint(100000, 9999999), "oauth_application_id": r.randint(100, 999), "exp": 1720000000 + r.randint(0, 9000000)}, "HS512"),
      "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key)", "believed"),
    V("cocorahs_observer_password", "cocorahs password", OWN, "owner-chosen password", "owner",
      nbv("cocorahs station", lambda r: "GB-OX-" + str(r.randint(10, 99)))),
    V("american_meteor_society_api_key", "ams fireball api key", lambda r: rs(r, HEX, 32), "32 lower-case hex", "guessed"),
    V("roboflow_api_key", "roboflow api key", lambda r: rs(r, ALNUM, 20), "20 alphanumerics", "guessed"),
    V("weights_biases_api_key", "wandb api key", lambda r: rs(r, HEX, 40), "40 lower-case hex", "read"),
    # --- weather stations
    V("weatherlink_v2_api_secret", "weatherlink api secret", lambda r: rs(r, LALNUM, 32), "32 lower-case alphanumerics (the v2 API key next to it is an identifier)", "guessed",
      nbv("weatherlink api key", lambda r: rs(r, LALNUM, 32))),
    V("ambient_weather_application_key", "ambient application key", lambda r: rs(r, HEX, 64), "64 lower-case hex", "guessed"),
    V("tempest_weatherflow_personal_token", "tempest token", lambda r: uuid4(r), "UUIDv4", "believed"),
    V("wunderground_pws_station_key", "wu station key", lambda r: rs(r, ALNUM, 8), "8 alphanumerics (the station id next to it is public)", "believed",
      nbv("wu station id", lambda r: "IOXFOR" + str(r.randint(10, 999)))),
    V("netatmo_weather_client_secret", "netatmo client secret", lambda r: rs(r, ALNUM, 30), "30 alphanumerics (the 24-hex client id next to it is an identifier)", "guessed",
      nbv("netatmo client id", lambda r: rs(r, HEX, 24))),
    V("windy_webcams_api_key", "windy api key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("visual_crossing_weather_key", "visualcrossing api key", lambda r: rs(r, UALNUM, 25), "25 upper-case alphanumerics", "read"),
    V("met_office_datahub_api_key", "datahub api key", lambda r: jwt_hs256(r, {"sub": "skyhall@datahub", "subscribedAPIs": [{"name": "SiteSpecificForecast"}], "iat": 1715000000 + r.randint(0, 9000000)}),
      "HS256-shaped JWT (real base64url JSON, real HMAC under a discarded key)", "guessed"),
    V("meteoblue_api_key", "meteoblue api key", lambda r: rs(r, ALNUM, 12), "12 alphanumerics", "guessed"),
    V("accuweather_api_key", "accuweather api key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("digital_loggers_power_switch_password", "dli password", OWN, "owner-chosen password", "owner",
      nbv("dli user", lambda r: "admin")),
    # --- all-sky uploads, media, kiosks
    V("cloudinary_api_secret", "cloudinary api secret", lambda r: rs(r, B64URL, 27), "27 base64url (the 15-digit API key next to it is an identifier)", "believed",
      nbv("cloudinary api key", lambda r: rs(r, DIGITS, 15))),
    V("bunny_storage_zone_password", "bunny storage password", _bunny, "UUIDv4 run on with 4 hex, then -4 hex -4 hex (storage-zone password look)", "guessed"),
    V("wasabi_secret_access_key", "wasabi secret key", lambda r: rs(r, UALNUM, 40), "40 upper-case alphanumerics (the 20-character access key next to it is an identifier)", "believed",
      nbv("wasabi access key", lambda r: rs(r, UALNUM, 20))),
    V("intuiface_api_key", "intuiface api key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("brightsign_bsn_client_secret", "bsn client secret", lambda r: rs(r, B64URL, 40), "40 base64url", "guessed"),
    V("xibo_cms_client_secret", "xibo client secret", lambda r: rs(r, ALNUM, 64), "64 alphanumerics (the client id next to it is an identifier)", "guessed",
      nbv("xibo client id", lambda r: rs(r, ALNUM, 40))),
    V("yodeck_api_token", "yodeck api token", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed"),
    V("balena_cloud_api_key", "balena api key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("mender_personal_access_token", "mender token", lambda r: jwt_hs256(r, {"jti": uuid4(r), "sub": uuid4(r), "mender.tenant": rs(r, HEX, 24), "mender.plan": "os"}),
      "HS256-shaped JWT (real base64url JSON)", "guessed"),
    # --- bookings, ticketing, membership, donors
    V("tessitura_rest_service_password", "tessitura password", OWN, "owner-chosen password", "owner",
      nbv("tessitura user", lambda r: "webapi:WebAPI:" + r.choice(["MAIN", "DOME"]))),
    V("spektrix_api_secret_key", "spektrix secret key", lambda r: b64(rbytes(r, 64)), "Base64 of 64 random bytes (88 characters)", "guessed"),
    V("eventbrite_private_token", "eventbrite private token", lambda r: rs(r, UALNUM, 20), "20 upper-case alphanumerics", "read"),
    V("ticket_tailor_api_key", "tickettailor api key", lambda r: "sk_" + rs(r, DIGITS, 4) + "_" + rs(r, DIGITS, 6) + "_" + rs(r, HEX, 32), "`sk_` + 4 digits + `_` + 6 digits + `_` + 32 hex", "read"),
    V("tito_admin_api_token", "tito api token", lambda r: "secret_" + rs(r, ALNUM, 20), "`secret_` + 20 alphanumerics", "guessed"),
    V("bookwhen_api_token", "bookwhen api token", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("vivenu_api_key", "vivenu api key", lambda r: "key_" + rs(r, ALNUM, 32), "`key_` + 32 alphanumerics", "guessed"),
    V("blackbaud_sky_subscription_key", "sky subscription key", lambda r: rs(r, HEX, 32), "32 lower-case hex", "believed"),
    V("blackbaud_sky_app_secret", "sky application secret", lambda r: b64(rbytes(r, 33)), "Base64 of 33 random bytes (44 characters) (the application id next to it is an identifier)", "guessed",
      nbv("sky application id", lambda r: uuid4(r))),
    V("salesforce_connected_app_consumer_secret", "sf consumer secret", lambda r: rs(r, HEX, 64).upper(), "64 upper-case hex (the `3MVG9` consumer key next to it is an identifier)", "believed",
      nbv("sf consumer key", lambda r: "3MVG9" + rs(r, B64URL.replace("-", ".").replace("_", "."), 80))),
    V("bloomerang_private_api_key", "bloomerang api key", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed"),
    V("neon_crm_org_api_key", "neoncrm api key", lambda r: rs(r, HEX, 32), "32 lower-case hex (the org id next to it is an identifier)", "guessed",
      nbv("neoncrm org id", lambda r: "skyhall" + str(r.randint(10, 99)))),
    V("little_green_light_api_key", "lgl api key", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed"),
    V("donorbox_api_key", "donorbox api key", lambda r: rs(r, B64URL, 50), "50 base64url (the account e-mail next to it is public)", "guessed",
      nbv("donorbox email", lambda r: "fundraising@skyhall.org")),
    V("givebutter_api_key", "givebutter api key", lambda r: str(r.randint(100, 9999)) + "|" + rs(r, ALNUM, 40), "numeric id + `|` + 40 alphanumerics (Laravel Sanctum look)", "guessed"),
    V("civicrm_user_api_key", "civicrm api key", lambda r: rs(r, ALNUM, 24), "24 alphanumerics", "guessed"),
    V("classy_oauth_client_secret", "classy client secret", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "guessed"),
    V("paypal_giving_client_secret", "paypal client secret", lambda r: "E" + rs(r, B64URL, 79), "`E` + 79 base64url (the `A…` client id next to it is an identifier)", "believed",
      nbv("paypal client id", lambda r: "A" + rs(r, B64URL, 79))),
    # --- live streaming
    V("youtube_live_stream_key", "youtube stream key", lambda r: _grouped(r, LALNUM, (4, 4, 4, 4, 4)), "five groups of 4 lower-case alphanumerics joined by `-`", "believed"),
    V("twitch_broadcast_stream_key", "twitch stream key", lambda r: "live_" + rs(r, DIGITS, 9) + "_" + rs(r, ALNUM, 30), "`live_` + 9 digits + `_` + 30 alphanumerics", "believed"),
    V("facebook_live_persistent_stream_key", "facebook stream key", lambda r: "FB-" + rs(r, DIGITS, 15) + "-0-Ab" + rs(r, B64URL, 30), "`FB-` + 15 digits + `-0-Ab` + 30 base64url", "guessed"),
    V("restream_io_stream_key", "restream stream key", lambda r: "re_" + rs(r, DIGITS, 7) + "_" + rs(r, HEX, 20), "`re_` + 7 digits + `_` + 20 hex", "guessed"),
    V("vimeo_personal_access_token", "vimeo access token", lambda r: rs(r, HEX, 32), "32 lower-case hex", "believed"),
    V("mux_video_token_secret", "mux token secret", lambda r: rs(r, B64STD, 75), "75 Base64-alphabet characters (the UUID token id next to it is an identifier)", "guessed",
      nbv("mux token id", lambda r: uuid4(r))),
    V("livekit_api_secret", "livekit api secret", lambda r: rs(r, ALNUM, 43), "43 alphanumerics (the `API…` key next to it is an identifier)", "guessed",
      nbv("livekit api key", lambda r: "API" + rs(r, ALNUM, 12))),
    V("agora_app_certificate", "agora app certificate", lambda r: rs(r, HEX, 32), "32 lower-case hex (the 32-hex App ID next to it is public by design: same shape)", "believed",
      nbv("agora app id", lambda r: rs(r, HEX, 32))),
    V("wowza_streaming_cloud_access_key", "wsc access key", lambda r: rs(r, ALNUM, 64), "64 alphanumerics (the 64-character API key next to it is treated as an identifier)", "guessed",
      nbv("wsc api key", lambda r: rs(r, ALNUM, 64))),
    V("obs_websocket_server_password", "obs websocket password", lambda r: rs(r, ALNUM, 16), "16 alphanumerics (the password OBS generates)", "believed"),
    V("zoom_s2s_oauth_client_secret", "zoom client secret", lambda r: rs(r, ALNUM, 32), "32 alphanumerics (client id and account id next to it are identifiers)", "guessed",
      nbv("zoom client id", lambda r: rs(r, ALNUM, 22))),
    V("youtube_data_api_server_key", "youtube api key", lambda r: "AIza" + rs(r, B64URL, 35), "`AIza` + 35 base64url (server-side key)", "read"),
    # --- commerce
    V("stripe_restricted_live_key", "stripe restricted key", _stripe_rk, "`rk_live_51` + 97 alphanumerics", "read"),
    V("stripe_webhook_endpoint_secret", "stripe webhook secret", lambda r: "whsec_" + rs(r, ALNUM, 32), "`whsec_` + 32 alphanumerics", "believed"),
    V("square_production_access_token", "square access token", lambda r: "EAAA" + rs(r, B64URL, 60), "`EAAA` + 60 base64url", "read"),
    V("mollie_live_api_key", "mollie api key", lambda r: "live_" + rs(r, ALNUM, 30), "`live_` + 30 alphanumerics", "believed"),
    V("braintree_private_key", "braintree private key", lambda r: rs(r, HEX, 32), "32 lower-case hex (merchant id and public key next to it are identifiers)", "believed",
      nbv("braintree public key", lambda r: rs(r, LALNUM, 16))),
    V("adyen_checkout_api_key", "adyen api key", lambda r: "AQE" + rs(r, B64STD, 97), "`AQE` + 97 Base64-alphabet characters", "guessed"),
    V("razorpay_key_secret", "razorpay key secret", lambda r: rs(r, ALNUM, 24), "24 alphanumerics (the `rzp_live_` key id next to it is an identifier)", "believed",
      nbv("razorpay key id", lambda r: "rzp_live_" + rs(r, ALNUM, 14))),
    # --- messaging
    V("sendgrid_mail_api_key", "sendgrid api key", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "`SG.` + 22 + `.` + 43 base64url", "read"),
    V("mailjet_api_secret_key", "mailjet secret key", lambda r: rs(r, HEX, 32), "32 lower-case hex (the 32-hex API key next to it is treated as an identifier)", "believed",
      nbv("mailjet api key", lambda r: rs(r, HEX, 32))),
    V("postmark_server_api_token", "postmark server token", lambda r: uuid4(r), "UUIDv4", "believed"),
    V("sparkpost_api_key", "sparkpost api key", lambda r: rs(r, HEX, 40), "40 lower-case hex", "read"),
    V("twilio_api_key_secret", "twilio api secret", lambda r: rs(r, ALNUM, 32), "32 alphanumerics (the `SK…` key sid next to it is an identifier)", "believed",
      nbv("twilio api key sid", lambda r: "SK" + rs(r, HEX, 32))),
    V("vonage_api_secret", "vonage api secret", lambda r: rs(r, ALNUM, 16), "16 alphanumerics (the 8-hex API key next to it is an identifier)", "believed",
      nbv("vonage api key", lambda r: rs(r, HEX, 8))),
    V("plivo_auth_token", "plivo auth token", lambda r: rs(r, ALNUM, 40), "40 alphanumerics (the `MA…` auth id next to it is an identifier)", "believed",
      nbv("plivo auth id", lambda r: "MA" + rs(r, UALNUM, 18))),
    V("discord_channel_webhook_url", "discord webhook url", _discord_webhook, "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", "believed"),
    V("microsoft_teams_incoming_webhook_url", "teams webhook url", _teams_webhook, "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", "read"),
    V("telegram_observatory_alerts_bot_token", "telegram bot token", _tg, "bot id + `:AA` + 33 base64url", "read"),
    V("pushbullet_access_token", "pushbullet access token", lambda r: "o." + rs(r, ALNUM, 32), "`o.` + 32 alphanumerics", "read"),
    V("gotify_application_token", "gotify app token", lambda r: "A" + rs(r, B64URL.replace("-", "").replace("_", "") + ".", 14), "`A` + 14 characters", "believed"),
    V("matrix_synapse_access_token", "matrix access token", _syt, "`syt_` + base64url localpart + `_` + 20 alphanumerics + `_` + 6-character base62 CRC-32", "believed"),
    V("mastodon_app_access_token", "mastodon access token", lambda r: rs(r, B64URL, 43), "43 base64url", "believed"),
    V("bluesky_app_password", "bluesky app password", lambda r: _grouped(r, LALNUM, (4, 4, 4, 4)), "four groups of 4 lower-case alphanumerics joined by `-` (generated app password)", "believed",
      nbv("bluesky handle", lambda r: "skyhall.bsky.social")),
    # --- AI
    V("openai_service_account_key", "openai api key", _openai_svc, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read"),
    V("anthropic_admin_key", "anthropic admin key", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", "`sk-ant-admin01-` + 93 base64url + `AA`", "read"),
    V("mistral_api_key", "mistral api key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "guessed"),
    V("cohere_api_key", "co api key", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", "read"),
    V("deepseek_api_key", "deepseek api key", lambda r: "sk-" + rs(r, HEX, 32), "`sk-` + 32 lower-case hex", "believed"),
    V("openrouter_api_key", "openrouter api key", lambda r: "sk-or-v1-" + rs(r, HEX, 64), "`sk-or-v1-` + 64 lower-case hex", "believed"),
    V("elevenlabs_api_key", "elevenlabs api key", lambda r: "sk_" + rs(r, HEX, 48), "`sk_` + 48 lower-case hex", "read"),
    V("deepgram_api_key", "deepgram api key", lambda r: rs(r, HEX, 40), "40 lower-case hex", "read"),
    V("assemblyai_api_key", "assemblyai api key", lambda r: rs(r, HEX, 32), "32 lower-case hex", "read"),
    V("huggingface_org_api_token", "hf org token", lambda r: "api_org_" + rs(r, UPPER + LOWER, 34), "`api_org_` + 34 letters", "read"),
    V("langsmith_personal_api_key", "langsmith api key", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10), "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed"),
    V("stability_ai_api_key", "stability api key", lambda r: "sk-" + rs(r, ALNUM, 48), "`sk-` + 48 alphanumerics", "guessed"),
    V("azure_openai_api_key", "azure openai api key", lambda r: rs(r, HEX, 32), "32 lower-case hex", "believed"),
    # --- developer
    V("github_oauth_access_token", "github oauth token", lambda r: crc_token(r, "gho_"), "`gho_` + 30 base62 + 6-character base62 CRC-32", "read"),
    V("github_app_installation_token", "github app token", lambda r: crc_token(r, "ghs_"), "`ghs_` + 30 base62 + 6-character base62 CRC-32", "read"),
    V("gitlab_pipeline_trigger_token", "gitlab trigger token", lambda r: "glptt-" + rs(r, HEX, 40), "`glptt-` + 40 lower-case hex", "read"),
    V("gitlab_deploy_token", "gitlab deploy token", lambda r: "gldt-" + rs(r, ALNUM + "_-", 20), "`gldt-` + 20", "read"),
    V("gitlab_runner_authentication_token", "runner token", lambda r: "glrt-" + rs(r, ALNUM + "_-", 20), "`glrt-` + 20", "read"),
    V("npm_automation_access_token", "npm token", lambda r: crc_token(r, "npm_"), "`npm_` + 30 base62 + 6-character base62 CRC-32 (checksum believed)", "read"),
    V("pypi_project_upload_token", "pypi token", _pypi, "`pypi-AgEIcHlwaS5vcmc` + base64url macaroon body", "read"),
    V("rubygems_push_api_key", "gem host api key", lambda r: "rubygems_" + rs(r, HEX, 48), "`rubygems_` + 48 lower-case hex", "read"),
    V("nuget_org_api_key", "nuget api key", lambda r: "oy2" + rs(r, LALNUM, 43), "`oy2` + 43 lower-case alphanumerics", "believed"),
    V("docker_hub_personal_access_token", "dockerhub token", lambda r: "dckr_pat_" + rs(r, B64URL, 27), "`dckr_pat_` + 27 base64url", "believed"),
    V("slack_app_level_token", "slack app token", _slack_app, "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "read"),
    V("slack_user_oauth_token", "slack user token", _slack_user, "`xoxp-` + three numeric groups + `-` + 32 hex", "read"),
    V("trello_api_token", "trello token", lambda r: "ATTA" + rs(r, HEX, 64) + rs(r, HEX, 8).upper(), "`ATTA` + 64 hex + 8 upper-case hex (the 32-hex API key next to it is an identifier)", "believed",
      nbv("trello key", lambda r: rs(r, HEX, 32))),
    V("asana_personal_access_token", "asana pat", lambda r: "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + rs(r, HEX, 32), "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed"),
    V("monday_api_token", "monday api token", lambda r: jwt_hs256(r, {"tid": r.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randint(10 ** 7, 10 ** 8), "iad": "2024-05-02T10:11:12.000Z", "per": "me:write", "actid": r.randint(10 ** 6, 10 ** 7), "rgn": "euc1"}),
      "HS256 JWT (real base64url JSON)", "read"),
    V("todoist_api_token", "todoist api token", lambda r: rs(r, HEX, 40), "40 lower-case hex", "read"),
    V("wordpress_application_password", "wp application password", _wordpress_app_pw, "six groups of 4 alphanumerics separated by spaces (the user name next to it is public)", "believed",
      nbv("wp user", lambda r: "web-editor")),
    V("launchdarkly_server_sdk_key", "launchdarkly sdk key", lambda r: "sdk-" + uuid4(r), "`sdk-` + UUIDv4", "believed"),
    V("google_analytics_mp_api_secret", "ga api secret", lambda r: rs(r, B64URL, 22), "22 base64url (the `G-` measurement id next to it is public)", "believed",
      nbv("ga measurement id", lambda r: "G-" + rs(r, UALNUM, 10))),
    V("amplitude_secret_key", "amplitude secret key", lambda r: rs(r, HEX, 32), "32 lower-case hex (the 32-hex API key next to it is public by design)", "believed",
      nbv("amplitude api key", lambda r: rs(r, HEX, 32))),
    V("algolia_write_api_key", "algolia write key", lambda r: rs(r, HEX, 32), "32 lower-case hex (the application id next to it is public)", "believed",
      nbv("algolia app id", lambda r: rs(r, UALNUM, 10))),
    V("meilisearch_master_key", "meili master key", lambda r: rs(r, B64URL, 43), "43 base64url", "guessed"),
    V("supabase_secret_api_key", "supabase secret key", lambda r: "sb_secret_" + rs(r, B64URL, 31), "`sb_secret_` + 31 base64url", "guessed"),
    V("firebase_cloud_messaging_server_key", "fcm server key", lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134), "`AAAA` + 7 + `:APA91b` + 134 base64url", "believed"),
    V("google_oauth_client_secret", "google client secret", lambda r: "GOCSPX-" + rs(r, B64URL, 28), "`GOCSPX-` + 28 base64url (the client id next to it is an identifier)", "believed",
      nbv("google client id", lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LALNUM, 32) + ".apps.googleusercontent.com")),
    V("microsoft_entra_client_secret", "azure ad client secret", lambda r: rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_~.-", 34), "3 + `8Q~` + 34", "read",
      nbv("azure ad client id", lambda r: uuid4(r))),
    # --- ops
    V("hashicorp_vault_service_token", "vault token", lambda r: "hvs." + rs(r, B64URL.replace("-", ""), 95), "`hvs.` + 95", "read"),
    V("doppler_personal_token", "doppler token", lambda r: "dp.pt." + rs(r, ALNUM, 43), "`dp.pt.` + 43 alphanumerics", "read"),
    V("onepassword_service_account_token", "op service account token", _ops, "`ops_` + Base64 of a JSON object (real JSON, starts `eyJ`)", "read"),
    V("sentry_org_auth_token", "sentry auth token", _sentry_org, "`sntrys_` + Base64 of JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43", "read"),
    V("grafana_cloud_access_policy_token", "grafana cloud token", _glc, "`glc_` + Base64 of JSON (`o`, `n`, `k`, `m`)", "read"),
    V("new_relic_user_api_key", "new relic api key", lambda r: "NRAK-" + rs(r, UALNUM, 27), "`NRAK-` + 27 upper-case alphanumerics", "read"),
    V("honeycomb_ingest_key", "honeycomb api key", lambda r: rs(r, ALNUM, 22), "22 alphanumerics", "read"),
    V("betterstack_source_token", "betterstack source token", lambda r: rs(r, ALNUM, 24), "24 alphanumerics", "read"),
    V("pagerduty_events_integration_key", "pagerduty routing key", lambda r: rs(r, HEX, 32), "32 lower-case hex", "believed"),
    V("opsgenie_api_key", "opsgenie api key", lambda r: uuid4(r), "UUIDv4", "believed"),
    V("cloudflare_global_api_key", "cloudflare api key", lambda r: rs(r, HEX, 37), "37 lower-case hex (the account e-mail next to it is public)", "read",
      nbv("cloudflare email", lambda r: "webops@skyhall.org")),
    V("cloudflare_tunnel_token", "tunnel token", _cf_tunnel, "Base64 of JSON `{\"a\":…,\"t\":<UUIDv4>,\"s\":<Base64 of 32 bytes>}` (real JSON)", "believed"),
    V("tailscale_auth_key", "ts authkey", lambda r: "tskey-auth-k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33), "`tskey-auth-k` + 11 + `CNTRL-` + 33 alphanumerics", "read"),
    V("ngrok_agent_authtoken", "ngrok authtoken", lambda r: rs(r, ALNUM, 27) + "_" + rs(r, DIGITS, 1) + rs(r, ALNUM, 20), "27 alphanumerics + `_` + digit + 20 alphanumerics", "read"),
    V("netlify_personal_access_token", "netlify auth token", lambda r: "nfp_" + rs(r, ALNUM, 36), "`nfp_` + 36 alphanumerics", "believed"),
    V("zerotier_central_api_token", "zerotier api token", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", "read"),
    V("mixpanel_service_account_secret", "mixpanel service secret", lambda r: rs(r, ALNUM, 32), "32 alphanumerics (the service-account user name next to it is an identifier)", "guessed",
      nbv("mixpanel service user", lambda r: "skyhall-etl." + rs(r, LALNUM, 6) + ".mp-service-account")),
]

# weaker or more generic candidates written last, so that they form the unused tail
TAIL = ["roboflow_api_key", "weights_biases_api_key", "meteoblue_api_key", "accuweather_api_key", "yodeck_api_token",
        "bookwhen_api_token", "vivenu_api_key", "little_green_light_api_key", "classy_oauth_client_secret",
        "civicrm_user_api_key", "restream_io_stream_key", "mollie_live_api_key", "razorpay_key_secret",
        "sparkpost_api_key", "pushbullet_access_token", "stability_ai_api_key", "azure_openai_api_key",
        "todoist_api_token", "meilisearch_master_key", "mixpanel_service_account_secret", "zerotier_central_api_token"]
VENDORS = [v for v in VENDORS if v["name"] not in TAIL] + [v for v in VENDORS if v["name"] in TAIL]
assert len(VENDORS) - N_KEEP == len(TAIL)

# style name, key style, template ({K} key, {V} value, {NB} optional neighbour line(s))
STYLES = [
    ("science_centre_dotenv_staging", "upper", "# .env.staging - shared by the web team\nAPP_ENV=staging\nAPP_URL=https://staging.skyhall.org\n{NB}{K}={V}\n"),
    ("observatory_vault_kv_put_history", "snake", "  88  vault login -method=oidc\n  89  vault kv put secret/observatory/integrations {NB}{K}='{V}'\n  90  vault kv get -field=updated secret/observatory/integrations\n"),
    ("planetarium_k8s_secret_stringdata", "upper", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\n  namespace: planetarium\ntype: Opaque\nstringData:\n{NB}  {K}: \"{V}\"\n"),
    ("kiosk_python_config_module", "upper", "\"\"\"Kiosk fleet settings (do not commit).\"\"\"\nEXHIBIT_GROUP = \"gallery-2\"\n{NB}{K} = \"{V}\"\n"),
    ("booking_php_config_array", "snake", "<?php\n\nreturn [\n    'timeout' => 15,\n{NB}    '{K}' => '{V}',\n];\n"),
    ("crm_csharp_appsettings_json", "pascal", "{\n  \"Integrations\": {\n{NB}    \"{K}\": \"{V}\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n"),
    ("astro_club_mattermost_paste", "spaced", "**{U}** 22:41\nfor the star-party page I set the integration up again.\n{NB}{K}: {V}\nwill move it to the vault tomorrow, promise\n"),
    ("observatory_jira_comment", "spaced", "OBS-{N} | Comment by {U}:\nReproduced the 401 on the staging box. Values currently in use:\n{NB}* {K} = {V}\nRotating after the eclipse weekend.\n"),
    ("planetarium_vendor_onboarding_email", "title", "From: integrations@vendor.example\nTo: {U}@skyhall.org\nSubject: Your account is ready\n\nHello,\nyour integration is live. Please store these details safely:\n{NB}{K}: {V}\n\nKind regards,\nPartner Support\n"),
    ("science_centre_keepass_xml_export", "title", "<Entry>\n  <String><Key>Title</Key><Value>Integration</Value></String>\n  <String><Key>UserName</Key><Value>{U}</Value></String>\n{NB}  <String><Key>{K}</Key><Value>{V}</Value></String>\n</Entry>\n"),
    ("allsky_gcloud_secrets_create_history", "kebab", "$ gcloud config set project allsky-archive\n{NB}$ printf '%s' '{V}' | gcloud secrets create {K} --data-file=-\nCreated version [1] of the secret [{K}].\n"),
    ("exhibit_typescript_config_object", "camel", "export const integrations = {\n  region: 'eu',\n{NB}  {K}: '{V}',\n} as const;\n"),
]


def _nb_line(style_name, kstyle, key, val):
    if style_name == "science_centre_dotenv_staging":
        return "%s=%s\n" % (key, val)
    if style_name == "observatory_vault_kv_put_history":
        return "%s='%s' " % (key, val)
    if style_name == "planetarium_k8s_secret_stringdata":
        return "  %s: \"%s\"\n" % (key, val)
    if style_name == "kiosk_python_config_module":
        return "%s = \"%s\"\n" % (key, val)
    if style_name == "booking_php_config_array":
        return "    '%s' => '%s',\n" % (key, val)
    if style_name == "crm_csharp_appsettings_json":
        return "    \"%s\": \"%s\",\n" % (key, val)
    if style_name == "astro_club_mattermost_paste":
        return "%s: %s\n" % (key, val)
    if style_name == "observatory_jira_comment":
        return "* %s = %s\n" % (key, val)
    if style_name == "planetarium_vendor_onboarding_email":
        return "%s: %s\n" % (key, val)
    if style_name == "science_centre_keepass_xml_export":
        return "  <String><Key>%s</Key><Value>%s</Value></String>\n" % (key, val)
    if style_name == "allsky_gcloud_secrets_create_history":
        return "# %s: %s\n" % (key, val)
    if style_name == "exhibit_typescript_config_object":
        return "  %s: '%s',\n" % (key, val)
    raise ValueError(style_name)


USERS = ["mira", "tomasz", "ade", "keiko", "rhys", "lena", "farid", "sol", "ines", "oskar"]


def build(rng, reg, next_id):
    recs = []
    for i, v in enumerate(VENDORS[:N_KEEP]):
        sname, kstyle, tmpl = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: v["gen"](rng))
        key = key_style(v["key"], kstyle)
        nb = ""
        if v["nb"]:
            nkey = key_style(v["nb"][0], kstyle)
            nval = v["nb"][1](rng)
            nb = _nb_line(sname, kstyle, nkey, nval)
        text, s, e = place(tmpl, value, NB=nb, K=key, U=rng.choice(USERS), N=str(rng.randint(100, 999)))
        recs.append(span_record(next_id(), v["name"], v["name"] + "__" + sname, text, s, e, "vendor"))
    return recs
