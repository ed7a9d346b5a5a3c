"""Vendor source: 120 vendor credential types used by venue developers, each in one of 12 styles."""
import random
import zlib

from common189 import (HEX, BASE62, ALNUM, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, DIGITS, B64URL, B64STD,
                       rs, rbytes, b64, b64url, b64url_json, uuid4, jwt_hs, jwt_es256_shaped, crc32_b62,
                       password, style_key, make_record)

SEED = 18902


def H(n):
    return lambda r: rs(r, HEX, n)


def UH(n):
    return lambda r: rs(r, "0123456789ABCDEF", n)


def A(n):
    return lambda r: rs(r, ALNUM, n)


def LA(n):
    return lambda r: rs(r, LOWER_ALNUM, n)


def UA(n):
    return lambda r: rs(r, UPPER_ALNUM, n)


def U(n):
    return lambda r: rs(r, B64URL, n)


def P(prefix, f):
    return lambda r: prefix + f(r)


def UUID(r):
    return uuid4(r)


def PW(r):
    return password(r)


def _crc_token(prefix):
    def f(r):
        body = rs(r, BASE62, 30)
        return prefix + body + crc32_b62(body)
    return f


def _sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def _twitch_stream(r):
    return "live_" + str(r.randint(100000000, 999999999)) + "_" + rs(r, ALNUM, 30)


def _apple_music(r):
    now = 1767225600 + r.randrange(0, 86400 * 100)
    return jwt_es256_shaped(r, {"iss": rs(r, UPPER_ALNUM, 10), "iat": now, "exp": now + 86400 * 150},
                            rs(r, UPPER_ALNUM, 10))


def _shotgun_jwt(r):
    now = 1767225600 + r.randrange(0, 86400 * 100)
    return jwt_hs(r, {"organizer_id": r.randint(10000, 99999), "scope": "events:read tickets:read",
                      "iat": now}, "HS256")


def _onfido(r):
    return "api_live." + rs(r, B64URL, 11) + "." + rs(r, B64URL, 32)


def _stripe_rk(r):
    return "rk_live_51" + rs(r, ALNUM, 97)


def _adyen(r):
    return "AQE" + rs(r, B64STD, 5) + "K" + rs(r, ALNUM, 40) + "=-" + rs(r, B64STD, 43) + "=-" + rs(r, ALNUM, 12)


def _paypal_secret(r):
    return "E" + rs(r, B64URL, 79)


def _paypal_id(r):
    return "A" + rs(r, B64URL, 79)


def _whatsapp(r):
    return "EAA" + r.choice("MC") + rs(r, ALNUM, 180)


def _discord_webhook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 18, 10 ** 19 - 1), rs(r, B64URL, 68))


def _ably(r):
    return rs(r, ALNUM, 6) + "." + rs(r, ALNUM, 6) + ":" + rs(r, B64URL, 43)


def _fcm(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def _openai_svc(r):
    return "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def _anthropic(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def _pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)


def _vault(r):
    return "hvs." + rs(r, B64URL, 91)


def _doppler(r):
    return "dp.st.prd." + rs(r, ALNUM, 43)


def _tfc(r):
    return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)


def _glsa(r):
    return "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)


def _sentry_org(r):
    now = 1767225600 + r.randrange(0, 86400 * 100)
    payload = {"iat": now + 0.123456, "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": "club-ops-%d" % r.randint(10, 99)}
    import json
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(r, B64STD, 43)


def _tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 16) + "CNTRL-" + rs(r, ALNUM, 33)


def _ngrok(r):
    return rs(r, ALNUM, 27) + "_" + str(r.randint(1, 9)) + rs(r, ALNUM, 20)


def _origin_ca(r):
    return "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146)


def _azure_ad(r):
    return rs(r, ALNUM, 3) + str(r.randint(0, 9)) + "Q~" + rs(r, ALNUM + "_~.", 34)


def _ses(r):
    # SES SMTP password layout: Base64 of a version byte 0x04 + a 32-byte HMAC-SHA256 (44 characters, starts with B)
    return b64(bytes([4]) + rbytes(r, 32))


def _mapbox_sk(r):
    user = "clubmaps%d" % r.randint(10, 99)
    return "sk." + b64url_json({"u": user, "a": rs(r, LOWER_ALNUM, 25)}) + "." + rs(r, B64URL, 22)


def _pagerduty(r):
    return rs(r, ALNUM + "+_-", 20)


def _ebay_like_grouped(r):
    return "-".join(rs(r, UPPER_ALNUM, 5) for _ in range(5))


def _ticket_tailor(r):
    return "sk_%d_%d_%s" % (r.randint(1000, 9999), r.randint(100000, 999999), rs(r, ALNUM, 24))


def _mollie(r):
    return "live_" + rs(r, ALNUM, 30)


def _whsec_stripe(r):
    return "whsec_" + rs(r, ALNUM, 32)


def _dojo(r):
    return "sk_prod_" + rs(r, B64URL, 40)


def _openrouter(r):
    return "sk-or-v1-" + rs(r, HEX, 64)


def _xai(r):
    return "xai-" + rs(r, ALNUM, 80)


def _elevenlabs(r):
    return "sk_" + rs(r, HEX, 48)


def _hf_org(r):
    return "api_org_" + rs(r, LOWER + UPPER, 34)


def _npm(r):
    return "npm_" + rs(r, ALNUM, 36)


def _pinecone(r):
    return "pcsk_" + rs(r, ALNUM, 5) + "_" + rs(r, ALNUM, 63)


def _gldt(r):
    return "gldt-" + rs(r, B64URL, 20)


def _glrt(r):
    return "glrt-" + rs(r, B64URL, 20)


def _nrak(r):
    return "NRAK-" + rs(r, UPPER_ALNUM, 27)


def _netlify(r):
    return "nfp_" + rs(r, ALNUM, 36)


def _sbp(r):
    return "sbp_" + rs(r, HEX, 40)


def _pscale(r):
    return "pscale_pw_" + rs(r, B64URL, 43)


def _plivo_id(r):
    return "MA" + rs(r, UPPER_ALNUM, 18)


def _twilio_sk(r):
    return "SK" + rs(r, HEX, 32)


def _akia(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def _do_spaces_id(r):
    return "DO00" + rs(r, UPPER_ALNUM, 16)


def _meta_app_id(r):
    return str(r.randint(10 ** 14, 10 ** 16 - 1))


def _hue(r):
    return rs(r, ALNUM + "-", 40)


# (type, key words, generator, neighbour or None, shape text, confidence)
# confidence: read (public rule file read this session), believed, guessed, password
V = [
    # --- guest list, table booking, ticketing
    ("sevenrooms_api_client_secret", ["sevenrooms", "client", "secret"], A(64), (["sevenrooms", "client", "id"], lambda r: "club-%d-api" % r.randint(100, 999)), "64 alphanumerics", "guessed"),
    ("tablelist_partner_api_key", ["tablelist", "api", "key"], A(40), None, "40 alphanumerics", "guessed"),
    ("urvenue_api_secret", ["urvenue", "api", "secret"], A(32), (["urvenue", "venue", "id"], lambda r: str(r.randint(1000, 99999))), "32 alphanumerics", "guessed"),
    ("discotech_partner_token", ["discotech", "partner", "token"], U(48), None, "48 base64url", "guessed"),
    ("resident_advisor_promoter_api_key", ["ra", "promoter", "api", "key"], H(32), None, "32 lower-case hex", "guessed"),
    ("dice_fm_partner_api_token", ["dice", "partner", "token"], A(40), None, "40 alphanumerics", "guessed"),
    ("eventbrite_private_oauth_token", ["eventbrite", "private", "token"], UA(20), None, "20 upper-case alphanumerics", "read"),
    ("eventbrite_app_client_secret", ["eventbrite", "client", "secret"], UA(50), (["eventbrite", "api", "key"], UA(18)), "50 upper-case alphanumerics", "guessed"),
    ("skiddle_promoter_api_key", ["skiddle", "api", "key"], H(32), None, "32 lower-case hex", "guessed"),
    ("fatsoma_partner_api_key", ["fatsoma", "api", "key"], UUID, None, "UUIDv4", "guessed"),
    ("ticket_tailor_box_office_api_key", ["ticket", "tailor", "api", "key"], _ticket_tailor, None, "`sk_` + 4 digits + `_` + 6 digits + `_` + 24 alphanumerics", "guessed"),
    ("ticketmaster_discovery_consumer_key", ["ticketmaster", "consumer", "key"], A(32), None, "32 alphanumerics (the Discovery API consumer key, sent as `apikey`)", "read"),
    ("see_tickets_partner_portal_password", ["seetickets", "portal", "password"], PW, (["seetickets", "portal", "user"], lambda r: "box-office-%d" % r.randint(10, 99)), "owner-chosen password", "password"),
    ("tixr_partner_private_key", ["tixr", "private", "key"], H(64), (["tixr", "cpk"], H(16)), "64 lower-case hex", "guessed"),
    ("shotgun_organizer_api_token", ["shotgun", "organizer", "token"], _shotgun_jwt, None, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "guessed"),
    ("xceed_partner_api_key", ["xceed", "api", "key"], UUID, None, "UUIDv4", "guessed"),
    ("posh_vip_group_api_key", ["posh", "api", "key"], A(32), None, "32 alphanumerics", "guessed"),
    ("opentable_partner_client_secret", ["opentable", "client", "secret"], U(43), (["opentable", "client", "id"], UUID), "43 base64url", "guessed"),
    ("resy_venue_api_key", ["resy", "api", "key"], A(32), None, "32 alphanumerics", "guessed"),
    ("tock_business_api_token", ["tock", "api", "token"], H(40), None, "40 lower-case hex", "guessed"),
    # --- door: ID verification
    ("patronscan_cloud_api_key", ["patronscan", "api", "key"], A(40), None, "40 alphanumerics", "guessed"),
    ("veriff_master_signature_key", ["veriff", "shared", "secret"], UUID, (["veriff", "api", "key"], UUID), "UUIDv4 (the API key next to it, also a UUIDv4, is the public half)", "believed"),
    ("onfido_live_api_token", ["onfido", "api", "token"], _onfido, None, "`api_live.` + 11 base64url + `.` + 32 base64url", "believed"),
    ("jumio_api_secret", ["jumio", "api", "secret"], A(32), (["jumio", "api", "token"], UUID), "32 alphanumerics (the API token next to it is a UUIDv4 identifier)", "guessed"),
    ("yoti_age_estimation_api_key", ["yoti", "api", "key"], A(40), (["yoti", "sdk", "id"], UUID), "40 alphanumerics", "guessed"),
    ("intellicheck_api_password", ["intellicheck", "password"], PW, (["intellicheck", "user"], lambda r: "door-%d@club.example" % r.randint(1, 9)), "owner-chosen password", "password"),
    ("trulioo_napi_password", ["trulioo", "password"], PW, (["trulioo", "username"], lambda r: "clubdoor_api%d" % r.randint(1, 9)), "owner-chosen password", "password"),
    ("stripe_identity_restricted_key", ["stripe", "identity", "restricted", "key"], _stripe_rk, None, "`rk_live_51` + 97 alphanumerics", "read"),
    # --- karaoke, music catalogues, licensing, streaming
    ("karafun_business_api_token", ["karafun", "api", "token"], A(40), None, "40 alphanumerics", "guessed"),
    ("singa_business_api_key", ["singa", "api", "key"], UUID, None, "UUIDv4", "guessed"),
    ("stingray_karaoke_partner_token", ["stingray", "partner", "token"], U(48), None, "48 base64url", "guessed"),
    ("spotify_web_api_client_secret", ["spotify", "client", "secret"], H(32), (["spotify", "client", "id"], H(32)), "32 lower-case hex (the client id next to it has the same shape and is public)", "read"),
    ("apple_musickit_developer_token", ["apple", "music", "developer", "token"], _apple_music, None, "ES256-shaped JWT (real base64url JSON with `kid` and team `iss`, random 64-byte signature)", "believed"),
    ("soundcloud_app_client_secret", ["soundcloud", "client", "secret"], A(32), (["soundcloud", "client", "id"], A(32)), "32 alphanumerics (the client id next to it has the same shape)", "believed"),
    ("mixcloud_oauth_client_secret", ["mixcloud", "client", "secret"], A(32), (["mixcloud", "client", "id"], A(32)), "32 alphanumerics", "guessed"),
    ("beatport_api_client_secret", ["beatport", "client", "secret"], A(40), None, "40 alphanumerics", "guessed"),
    ("musixmatch_lyrics_api_key", ["musixmatch", "api", "key"], H(32), None, "32 lower-case hex", "believed"),
    ("genius_client_access_token", ["genius", "access", "token"], U(64), None, "64 base64url", "believed"),
    ("acrcloud_access_secret", ["acrcloud", "access", "secret"], A(40), (["acrcloud", "access", "key"], H(32)), "40 alphanumerics (the access key next to it is the identifier)", "believed"),
    ("ppl_prs_music_licence_portal_password", ["ppl", "prs", "portal", "password"], PW, (["ppl", "prs", "account"], lambda r: "TML%07d" % r.randint(0, 9999999)), "owner-chosen password", "password"),
    ("bmi_digital_licensing_api_key", ["bmi", "licensing", "api", "key"], H(32), None, "32 lower-case hex", "guessed"),
    ("twitch_channel_stream_key", ["twitch", "stream", "key"], _twitch_stream, None, "`live_` + 9-digit user id + `_` + 30 alphanumerics", "believed"),
    ("twitch_app_client_secret", ["twitch", "client", "secret"], LA(30), (["twitch", "client", "id"], LA(30)), "30 lower-case alphanumerics (the client id next to it has the same shape)", "read"),
    ("restream_io_client_secret", ["restream", "client", "secret"], UUID, (["restream", "client", "id"], UUID), "UUIDv4", "guessed"),
    ("obs_websocket_server_password", ["obs", "websocket", "password"], A(16), None, "16 alphanumerics (generated by OBS)", "believed"),
    # --- lighting and room devices
    ("chamsys_magicq_remote_password", ["magicq", "remote", "password"], PW, None, "owner-chosen password", "password"),
    ("philips_hue_bridge_app_key", ["hue", "bridge", "username"], _hue, (["hue", "bridge", "ip"], lambda r: "192.168.30.%d" % r.randint(2, 250)), "40 characters of letters, digits and `-` (the bridge 'username' is the credential)", "believed"),
    ("nanoleaf_panel_auth_token", ["nanoleaf", "auth", "token"], A(32), None, "32 alphanumerics", "believed"),
    ("lifx_cloud_access_token", ["lifx", "token"], H(64), None, "64 lower-case hex", "believed"),
    # --- bar, cashless, POS, payments
    ("toast_partner_client_secret", ["toast", "client", "secret"], U(64), (["toast", "client", "id"], A(32)), "64 base64url", "guessed"),
    ("lightspeed_restaurant_kseries_client_secret", ["lightspeed", "k", "client", "secret"], A(32), (["lightspeed", "k", "client", "id"], lambda r: "club-%d" % r.randint(100, 999)), "32 alphanumerics", "guessed"),
    ("touchbistro_cloud_api_key", ["touchbistro", "api", "key"], A(40), None, "40 alphanumerics", "guessed"),
    ("adyen_management_api_key", ["adyen", "api", "key"], _adyen, None, "`AQE` + Base64-alphabet body with `=-` separators (about 110 characters)", "believed"),
    ("mollie_live_api_key", ["mollie", "api", "key"], _mollie, None, "`live_` + 30 alphanumerics", "believed"),
    ("stripe_webhook_signing_secret", ["stripe", "webhook", "secret"], _whsec_stripe, None, "`whsec_` + 32 alphanumerics", "believed"),
    ("dojo_payments_secret_key", ["dojo", "secret", "key"], _dojo, None, "`sk_prod_` + 40 base64url", "guessed"),
    ("weezevent_cashless_api_secret", ["weezevent", "api", "secret"], H(40), (["weezevent", "organization", "id"], lambda r: str(r.randint(100000, 999999))), "40 lower-case hex", "guessed"),
    ("intellitix_access_control_token", ["intellitix", "token"], U(43), None, "43 base64url", "guessed"),
    ("glownet_cashless_api_token", ["glownet", "api", "token"], A(48), None, "48 alphanumerics", "guessed"),
    ("tappit_cashless_client_secret", ["tappit", "client", "secret"], U(40), (["tappit", "client", "id"], UUID), "40 base64url", "guessed"),
    ("zonal_iorder_api_key", ["zonal", "api", "key"], UUID, (["zonal", "brand", "id"], lambda r: str(r.randint(1000, 9999))), "UUIDv4", "guessed"),
    ("untappd_business_api_token", ["untappd", "business", "token"], U(32), None, "32 base64url", "guessed"),
    ("sevenshifts_api_access_token", ["sevenshifts", "access", "token"], H(32), None, "32 lower-case hex", "guessed"),
    ("planday_app_refresh_token", ["planday", "refresh", "token"], U(43), (["planday", "client", "id"], UUID), "43 base64url", "guessed"),
    # --- promoter settlement and payouts
    ("prism_fm_api_token", ["prism", "api", "token"], A(40), None, "40 alphanumerics", "guessed"),
    ("wise_business_api_token", ["wise", "api", "token"], UUID, None, "UUIDv4", "believed"),
    ("paypal_payouts_client_secret", ["paypal", "client", "secret"], _paypal_secret, (["paypal", "client", "id"], _paypal_id), "`E` + 79 base64url (the `A…` client id next to it is public)", "believed"),
    ("tipalti_api_master_key", ["tipalti", "master", "key"], H(64), (["tipalti", "payer"], lambda r: "ClubCoLtd%d" % r.randint(1, 9)), "64 lower-case hex", "guessed"),
    ("trolley_payments_api_secret", ["trolley", "secret", "key"], H(40), (["trolley", "access", "key"], lambda r: "ALIVE" + rs(r, UPPER_ALNUM, 12)), "40 lower-case hex", "guessed"),
    ("freshbooks_oauth_access_token", ["freshbooks", "access", "token"], LA(64), None, "64 lower-case alphanumerics", "read"),
    ("gusto_api_client_secret", ["gusto", "client", "secret"], U(43), (["gusto", "client", "id"], U(43)), "43 base64url (the client id next to it has the same shape)", "guessed"),
    # --- noise monitoring
    ("pulsar_cloud_api_key", ["pulsar", "cloud", "api", "key"], A(32), None, "32 alphanumerics", "guessed"),
    ("cirrus_noisehub_api_token", ["noisehub", "api", "token"], U(40), None, "40 base64url", "guessed"),
    ("svantek_svannet_account_password", ["svannet", "password"], PW, (["svannet", "login"], lambda r: "licensing@club%d.example" % r.randint(1, 9)), "owner-chosen password", "password"),
    ("sonitus_cloud_api_key", ["sonitus", "api", "key"], UUID, None, "UUIDv4", "guessed"),
    ("soundear_cloud_api_key", ["soundear", "api", "key"], H(40), None, "40 lower-case hex", "guessed"),
    # --- CCTV and incident
    ("rhombus_console_api_key", ["rhombus", "api", "key"], U(22), None, "22 base64url", "guessed"),
    ("eagle_eye_cloud_vms_refresh_token", ["een", "refresh", "token"], U(86), None, "86 base64url", "guessed"),
    ("unifi_protect_integration_api_key", ["unifi", "api", "key"], U(32), None, "32 base64url", "guessed"),
    ("dahua_dss_admin_password", ["dss", "admin", "password"], PW, (["dss", "admin", "user"], lambda r: "system"), "owner-chosen password", "password"),
    ("avigilon_alta_api_token", ["alta", "api", "token"], H(64), None, "64 lower-case hex", "guessed"),
    ("pagerduty_rest_api_key", ["pagerduty", "api", "key"], _pagerduty, None, "20 characters (letters, digits, `+`, `_`, `-`)", "believed"),
    ("opsgenie_api_integration_key", ["opsgenie", "api", "key"], UUID, None, "UUIDv4", "believed"),
    ("incident_io_api_key", ["incident", "io", "api", "key"], H(64), None, "64 lower-case hex", "guessed"),
    ("tracktik_api_client_secret", ["tracktik", "client", "secret"], A(40), (["tracktik", "client", "id"], lambda r: str(r.randint(100, 999))), "40 alphanumerics", "guessed"),
    # --- messaging and marketing
    ("twilio_api_key_secret", ["twilio", "api", "secret"], A(32), (["twilio", "api", "key", "sid"], _twilio_sk), "32 alphanumerics (the `SK…` API key SID next to it is the identifier)", "believed"),
    ("vonage_api_secret", ["vonage", "api", "secret"], A(16), (["vonage", "api", "key"], H(8)), "16 alphanumerics (the 8-hex API key next to it is the identifier)", "believed"),
    ("plivo_auth_token", ["plivo", "auth", "token"], A(40), (["plivo", "auth", "id"], _plivo_id), "40 alphanumerics (the `MA…` auth id next to it is the identifier)", "believed"),
    ("sendgrid_full_access_api_key", ["sendgrid", "api", "key"], _sendgrid, None, "`SG.` + 22 base64url + `.` + 43 base64url", "read"),
    ("postmark_server_api_token", ["postmark", "server", "token"], UUID, None, "UUIDv4", "read"),
    ("sparkpost_api_key", ["sparkpost", "api", "key"], H(40), None, "40 lower-case hex", "read"),
    ("mailjet_api_secret_key", ["mailjet", "secret", "key"], H(32), (["mailjet", "api", "key"], H(32)), "32 lower-case hex (the API key next to it has the same shape)", "believed"),
    ("onesignal_rest_api_key", ["onesignal", "rest", "api", "key"], A(48), (["onesignal", "app", "id"], UUID), "48 alphanumerics (the app id next to it is a UUIDv4 identifier)", "guessed"),
    ("whatsapp_cloud_system_user_token", ["whatsapp", "access", "token"], _whatsapp, (["whatsapp", "phone", "number", "id"], lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1))), "`EAA` + `M` or `C` + 180 alphanumerics", "read"),
    ("meta_app_secret", ["meta", "app", "secret"], H(32), (["meta", "app", "id"], _meta_app_id), "32 lower-case hex (the numeric app id next to it is public)", "read"),
    ("discord_channel_webhook_url", ["discord", "webhook", "url"], _discord_webhook, None, "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", "believed"),
    ("pusher_channels_app_secret", ["pusher", "app", "secret"], H(20), (["pusher", "app", "key"], H(20)), "20 lower-case hex (the app key next to it has the same shape and is public)", "believed"),
    ("ably_root_api_key", ["ably", "api", "key"], _ably, None, "`<app id>.<key id>:<43 base64url>` (labelled whole)", "believed"),
    ("expo_robot_access_token", ["expo", "token"], U(40), None, "40 base64url", "guessed"),
    ("firebase_fcm_legacy_server_key", ["fcm", "server", "key"], _fcm, None, "`AAAA` + 7 + `:APA91b` + 134 base64url", "believed"),
    # --- AI
    ("openai_service_account_key", ["openai", "api", "key"], _openai_svc, None, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read"),
    ("anthropic_console_api_key", ["anthropic", "api", "key"], _anthropic, None, "`sk-ant-api03-` + 93 base64url + `AA`", "read"),
    ("elevenlabs_voice_api_key", ["elevenlabs", "api", "key"], _elevenlabs, None, "`sk_` + 48 lower-case hex", "read"),
    ("deepgram_transcription_api_key", ["deepgram", "api", "key"], H(40), None, "40 lower-case hex", "read"),
    ("assemblyai_api_key", ["assemblyai", "api", "key"], H(32), None, "32 lower-case hex", "read"),
    ("xai_grok_api_key", ["xai", "api", "key"], _xai, None, "`xai-` + 80 alphanumerics", "read"),
    ("openrouter_api_key", ["openrouter", "api", "key"], _openrouter, None, "`sk-or-v1-` + 64 lower-case hex", "believed"),
    ("huggingface_org_api_token", ["hf", "org", "token"], _hf_org, None, "`api_org_` + 34 letters", "read"),
    ("cohere_api_key", ["co", "api", "key"], A(40), None, "40 alphanumerics", "read"),
    ("pinecone_api_key", ["pinecone", "api", "key"], _pinecone, None, "`pcsk_` + 5 + `_` + 63 alphanumerics", "guessed"),
    # --- developer and ops
    ("npm_automation_token", ["npm", "token"], _npm, None, "`npm_` + 36 alphanumerics", "read"),
    ("pypi_project_upload_token", ["pypi", "token"], _pypi, None, "`pypi-AgEIcHlwaS5vcmc` + 150 base64url", "read"),
    ("github_oauth_access_token", ["gh", "oauth", "token"], _crc_token("gho_"), None, "`gho_` + 30 base62 + 6-character base62 CRC-32", "read"),
    ("github_app_installation_token", ["gh", "installation", "token"], _crc_token("ghs_"), None, "`ghs_` + 30 base62 + 6-character base62 CRC-32", "read"),
    ("gitlab_deploy_token", ["gitlab", "deploy", "token"], _gldt, (["gitlab", "deploy", "user"], lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999)), "`gldt-` + 20 base64url", "read"),
    ("gitlab_runner_authentication_token", ["runner", "token"], _glrt, None, "`glrt-` + 20 base64url", "read"),
    ("hashicorp_vault_service_token", ["vault", "token"], _vault, None, "`hvs.` + 91 base64url", "read"),
    ("doppler_service_token", ["doppler", "token"], _doppler, None, "`dp.st.prd.` + 43 alphanumerics", "believed"),
    ("terraform_cloud_team_token", ["tfe", "token"], _tfc, None, "14 + `.atlasv1.` + 67 alphanumerics", "read"),
    ("grafana_service_account_token", ["grafana", "sa", "token"], _glsa, None, "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read"),
    ("new_relic_user_api_key", ["new", "relic", "api", "key"], _nrak, None, "`NRAK-` + 27 upper-case alphanumerics", "read"),
    ("sentry_org_auth_token", ["sentry", "auth", "token"], _sentry_org, None, "`sntrys_` + Base64 of JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64 characters", "read"),
    ("tailscale_auth_key", ["ts", "authkey"], _tailscale, None, "`tskey-auth-k` + 16 + `CNTRL-` + 33 alphanumerics", "believed"),
    ("ngrok_agent_authtoken", ["ngrok", "authtoken"], _ngrok, None, "27 alphanumerics + `_` + digit + 20 alphanumerics", "read"),
    ("netlify_personal_access_token", ["netlify", "auth", "token"], _netlify, None, "`nfp_` + 36 alphanumerics", "believed"),
    ("supabase_management_access_token", ["supabase", "access", "token"], _sbp, None, "`sbp_` + 40 lower-case hex", "read"),
    ("planetscale_branch_password", ["planetscale", "password"], _pscale, (["planetscale", "username"], LA(12)), "`pscale_pw_` + 43 base64url", "read"),
    ("cloudflare_origin_ca_key", ["cf", "origin", "ca", "key"], _origin_ca, None, "`v1.0-` + 24 hex + `-` + 146 hex", "read"),
    ("cloudflare_r2_secret_access_key", ["r2", "secret", "access", "key"], H(64), (["r2", "access", "key", "id"], H(32)), "64 lower-case hex (the 32-hex access key id next to it is the identifier)", "believed"),
    ("azure_ad_app_client_secret", ["azure", "client", "secret"], _azure_ad, (["azure", "client", "id"], UUID), "3 + digit + `Q~` + 34 characters", "read"),
    ("aws_ses_smtp_password", ["ses", "smtp", "password"], _ses, (["ses", "smtp", "user"], _akia), "Base64 of a 0x04 version byte + 32 bytes (44 characters, starts with `B`; the `AKIA…` SMTP user next to it is the identifier)", "believed"),
    ("digitalocean_spaces_secret_key", ["spaces", "secret", "key"], lambda r: b64(rbytes(r, 32)).rstrip("="), (["spaces", "access", "key"], _do_spaces_id), "unpadded Base64 of 32 bytes (43 characters; the `DO00…` access key next to it is the identifier)", "believed"),
    ("mapbox_secret_access_token", ["mapbox", "secret", "token"], _mapbox_sk, None, "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url (modelled on the public `pk.` layout read in gitleaks)", "believed"),
    ("algolia_admin_api_key", ["algolia", "admin", "key"], H(32), (["algolia", "app", "id"], UA(10)), "32 lower-case hex (the application id next to it is public)", "read"),
    ("better_stack_uptime_api_token", ["betterstack", "api", "token"], A(24), None, "24 alphanumerics", "guessed"),
    ("codemagic_api_token", ["codemagic", "token"], U(43), None, "43 base64url", "guessed"),
]
N_VENDOR = 120

STYLES = [
    "club_api_dotenv_vault_decrypted",
    "door_app_vercel_env_add_history",
    "booking_python_pydantic_settings",
    "karaoke_service_kotlin_object_const",
    "promoter_ops_1password_csv_export",
    "venue_ops_discord_channel_paste",
    "door_ops_jira_ticket_comment",
    "vendor_onboarding_email_reply",
    "lighting_bridge_compose_environment",
    "cashless_gcloud_secrets_create_history",
    "venue_php_config_array",
    "bar_tab_wrangler_secret_put_history",
]


def _vendor_title(t):
    return " ".join(t.split("_")[:2]).title()


def render(style, tname, words, v, nb, r):
    title = _vendor_title(tname)
    K = lambda ws, s: style_key(ws, s)
    nline = ""
    if style == "club_api_dotenv_vault_decrypted":
        if nb:
            nline = "%s=%s\n" % (K(nb[0], "upper"), nb[1])
        return "# .env.production (decrypted with dotenv-vault)\nNODE_ENV=production\n%s%s=%s\n" % (nline, K(words, "upper"), v)
    if style == "door_app_vercel_env_add_history":
        if nb:
            nline = "$ printf '%%s' '%s' | vercel env add %s production\n" % (nb[1], K(nb[0], "upper"))
        return "%s$ printf '%%s' '%s' | vercel env add %s production\nVercel CLI 39.1.2\n✅  Added Environment Variable %s to Project door-app\n" % (nline, v, K(words, "upper"), K(words, "upper"))
    if style == "booking_python_pydantic_settings":
        if nb:
            nline = "    %s: str = \"%s\"\n" % (K(nb[0], "snake"), nb[1])
        return "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    venue: str = \"basement\"\n%s    %s: str = \"%s\"\n" % (nline, K(words, "snake"), v)
    if style == "karaoke_service_kotlin_object_const":
        if nb:
            nline = "    const val %s = \"%s\"\n" % (K(nb[0], "upper"), nb[1])
        return "package club.karaoke.integrations\n\nobject %sConfig {\n%s    const val %s = \"%s\"\n}\n" % (K(tname.split("_")[:1], "pascal"), nline, K(words, "upper"), v)
    if style == "promoter_ops_1password_csv_export":
        user = nb[1] if nb else "ops@club.example"
        return "Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n\"%s\",\"https://%s.example\",\"%s\",\"%s\",,false,false,promoters,\"%s\"\n" % (title, tname.split("_")[0], user, v, K(words, "spaced"))
    if style == "venue_ops_discord_channel_paste":
        if nb:
            nline = "%s is %s and " % (K(nb[0], "spaced"), nb[1])
        return "#venue-tech — Today at 01:%02d\nkai: for the %s integration, %sthe %s is %s\nkai: rotating it after the weekend\n" % (r.randint(10, 59), title, nline, K(words, "spaced"), v)
    if style == "door_ops_jira_ticket_comment":
        if nb:
            nline = "\n%s: %s" % (K(nb[0], "title"), nb[1])
        return "DOOR-%d  %s integration failing at doors open\nComment (Priya): re-issued the credentials.%s\n%s: %s\nPlease retest before 22:00.\n" % (r.randint(100, 999), title, nline, K(words, "title"), v)
    if style == "vendor_onboarding_email_reply":
        if nb:
            nline = "%s: %s\n" % (K(nb[0], "title"), nb[1])
        return "Subject: Re: %s onboarding for your venue\n\nHi team,\n\nyour production credentials are below.\n\n%s%s: %s\n\nKeep these safe; we will never ask for them by phone.\n\nBest,\nPartner Support\n" % (title, nline, K(words, "title"), v)
    if style == "lighting_bridge_compose_environment":
        if nb:
            nline = "      - %s=%s\n" % (K(nb[0], "upper"), nb[1])
        return "services:\n  bridge:\n    image: ghcr.io/club/lighting-bridge:1.%d\n    environment:\n      - TZ=Europe/London\n%s      - %s=%s\n" % (r.randint(0, 9), nline, K(words, "upper"), v)
    if style == "cashless_gcloud_secrets_create_history":
        if nb:
            nline = "$ echo -n '%s' | gcloud secrets create %s --data-file=-\n" % (nb[1], K(nb[0], "kebab"))
        return "%s$ echo -n '%s' | gcloud secrets create %s --data-file=-\nCreated version [1] of the secret [%s].\n" % (nline, v, K(words, "kebab"), K(words, "kebab"))
    if style == "venue_php_config_array":
        if nb:
            nline = "        '%s' => '%s',\n" % (K(nb[0], "snake"), nb[1])
        return "<?php\n\nreturn [\n    '%s' => [\n%s        '%s' => '%s',\n    ],\n];\n" % (tname.split("_")[0], nline, K(words, "snake"), v)
    if style == "bar_tab_wrangler_secret_put_history":
        if nb:
            nline = "$ echo '%s' | npx wrangler secret put %s\n" % (nb[1], K(nb[0], "upper"))
        return "%s$ echo '%s' | npx wrangler secret put %s\n✨ Success! Uploaded secret %s\n" % (nline, v, K(words, "upper"), K(words, "upper"))
    raise ValueError(style)


DEFERRED = [
    "tock_business_api_token", "resy_venue_api_key", "posh_vip_group_api_key", "untappd_business_api_token",
    "gusto_api_client_secret", "tracktik_api_client_secret", "incident_io_api_key", "soundear_cloud_api_key",
    "better_stack_uptime_api_token", "codemagic_api_token", "expo_robot_access_token", "pinecone_api_key",
    "lifx_cloud_access_token", "nanoleaf_panel_auth_token", "touchbistro_cloud_api_key", "zonal_iorder_api_key",
]


def ordered():
    """World-specific and mainstream candidates first, the 16 weakest / most generic last."""
    return [t for t in V if t[0] not in DEFERRED] + [t for t in V if t[0] in DEFERRED]


def used():
    return ordered()[:N_VENDOR]


def unused():
    return ordered()[N_VENDOR:]


def generate(reg, start_id):
    r = random.Random(SEED)
    recs = []
    n = start_id
    for i, (tname, words, gen, nbspec, _shape, _conf) in enumerate(used()):
        style = STYLES[i % len(STYLES)]
        v = reg.draw(lambda: gen(r))
        nb = None
        if nbspec:
            nb = (nbspec[0], nbspec[1](r))
        text = render(style, tname, words, v, nb, r)
        recs.append(make_record("p189-s-%04d" % n, tname, tname + "__" + style, text, v, "vendor"))
        n += 1
    return recs
