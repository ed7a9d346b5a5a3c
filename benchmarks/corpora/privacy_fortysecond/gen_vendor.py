"""Vendor credential types of mobile, game-dev, embedded / IoT and home-automation services."""
import random
from common import *


def a(n): return lambda r: rs(r, ALNUM, n)
def h(n): return lambda r: rs(r, HEXL, n)
def H(n): return lambda r: rs(r, HEXU, n)
def u(n): return lambda r: rs(r, URL, n)
def pre(p, f): return lambda r: p + f(r)
def uu(upper=False): return lambda r: uuid4(r, upper)
def b64(n): return lambda r: b64bytes(r, n)


def _ha_jwt(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": rs(r, HEXL, 32), "iat": 1712000000 + r.randrange(9999999), "exp": 2027360000 + r.randrange(9999999)})


def _supabase(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, LO, 20), "role": "service_role", "iat": 1709000000 + r.randrange(999999), "exp": 2024000000 + r.randrange(999999)})


def _losant(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"sub": rs(r, HEXL, 24), "scope": ["all.Application"], "iat": 1711000000 + r.randrange(999999), "iss": "api.losant.com"})


def _mapbox(r):
    return "sk." + b64url_json({"u": "maker" + rs(r, LO, 5), "a": rs(r, LO + DIG, 25)}) + "." + rs(r, URL, 22)


def _fcm(r):
    return "AAAA" + rs(r, URL, 7) + ":APA91b" + rs(r, URL, 134)


def _ttn(r):
    return "NNSXS." + rs(r, B32, 39) + "." + rs(r, B32, 52)


def _tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33)


def _ably(r):
    return rs(r, URL, 6) + "." + rs(r, URL, 6) + ":" + rs(r, URL, 43)


def _z2m(r):
    return "[" + ", ".join(str(r.randrange(256)) for _ in range(16)) + "]"


def _curseforge(r):
    return "$2a$10$" + rs(r, ALNUM + "./", 53)


def _openhab(r):
    return "oh.hubtoken." + rs(r, ALNUM, 70)


def _appwrite(r):
    return "standard_" + rs(r, HEXL, 256)


def _homekit(r):
    return "%03d-%02d-%03d" % (r.randrange(1000), r.randrange(100), r.randrange(1000))


def _matter(r):
    return "%04d-%03d-%04d" % (r.randrange(1000, 10000), r.randrange(1000), r.randrange(10000))


def _apple_asp(r):
    return "-".join(rs(r, LO, 4) for _ in range(4))


VENDORS = [
    # mobile build, signing, store and app backends
    ("firebase_cloud_messaging_server_key", "Firebase Cloud Messaging", _fcm),
    ("firebase_realtime_database_legacy_secret", "Firebase Realtime Database", a(40)),
    ("firebase_app_check_debug_token", "Firebase App Check", uu(True)),
    ("google_play_service_account_private_key_id", "Google Play Console", h(40)),
    ("app_store_connect_iap_shared_secret", "App Store Connect", h(32)),
    ("apple_id_app_specific_password", "Apple ID", _apple_asp),
    ("codemagic_api_token", "Codemagic", u(43)),
    ("bitrise_personal_access_token", "Bitrise", u(86)),
    ("visual_studio_app_center_api_token", "App Center", h(40)),
    ("codepush_deployment_key", "CodePush", u(37)),
    ("revenuecat_secret_api_key", "RevenueCat", pre("sk_", a(32))),
    ("adapty_secret_api_key", "Adapty", pre("secret_live_", a(40))),
    ("branch_io_live_key_secret", "Branch", pre("secret_live_", a(32))),
    ("adjust_api_token", "Adjust", a(20)),
    ("appsflyer_api_v2_token", "AppsFlyer", lambda r: jwt(r, {"alg": "A256GCMKW", "typ": "JWT"}, {"account_id": rs(r, HEXL, 24), "user_id": rs(r, DIG, 8)}, 22)),
    ("amplitude_secret_key", "Amplitude", h(32)),
    ("mixpanel_service_account_secret", "Mixpanel", a(32)),
    ("instabug_app_token", "Instabug", h(32)),
    ("browserstack_access_key", "BrowserStack", a(20)),
    ("sauce_labs_access_key", "Sauce Labs", uu()),
    ("lambdatest_access_key", "LambdaTest", pre("LT_", a(47))),
    ("huawei_appgallery_connect_client_secret", "AppGallery Connect", H(64)),
    ("pushy_secret_api_key", "Pushy", h(64)),
    ("airship_master_secret", "Airship", u(22)),
    ("braze_rest_api_key", "Braze", uu()),
    ("leanplum_production_key", "Leanplum", pre("prod_", a(43))),
    ("applovin_report_key", "AppLovin MAX", u(86)),
    ("ironsource_reporting_secret_key", "ironSource", h(32)),
    ("supabase_service_role_jwt", "Supabase", _supabase),
    ("appwrite_server_api_key", "Appwrite", _appwrite),
    ("back4app_parse_master_key", "Back4App", a(40)),
    ("backendless_rest_api_key", "Backendless", uu(True)),
    ("nhost_hasura_admin_secret", "Nhost", u(32)),
    ("lokalise_api_token", "Lokalise", h(40)),
    ("crowdin_personal_access_token", "Crowdin", h(80)),
    ("phrase_strings_access_token", "Phrase Strings", h(64)),
    ("agora_app_certificate", "Agora", h(32)),
    ("stream_chat_api_secret", "Stream Chat", lambda r: rs(r, LO + DIG, 64)),
    ("sendbird_master_api_token", "Sendbird", h(40)),
    ("cometchat_rest_api_key", "CometChat", h(40)),
    ("google_play_integrity_decryption_key", "Play Integrity", b64(32)),
    ("mapbox_secret_access_token", "Mapbox", _mapbox),
    ("here_location_services_api_key", "HERE", u(43)),
    ("tomtom_maps_api_key", "TomTom", a(32)),
    ("google_maps_platform_server_key", "Google Maps Platform", pre("AIza", u(35))),
    # game engines and game backends
    ("unity_cloud_service_account_secret", "Unity Cloud", a(32)),
    ("unity_ads_monetization_api_key", "Unity Ads", h(64)),
    ("playfab_title_secret_key", "PlayFab", lambda r: rs(r, UP + DIG, 52)),
    ("epic_online_services_client_secret", "Epic Online Services", lambda r: rs(r, ALNUM + "+/", 43)),
    ("steamworks_publisher_web_api_key", "Steamworks", H(32)),
    ("steam_user_web_api_key", "Steam Web API", H(32)),
    ("itch_io_api_key", "itch.io", a(40)),
    ("gamejolt_game_private_key", "Game Jolt", h(32)),
    ("modio_api_key", "mod.io", h(32)),
    ("curseforge_core_api_key", "CurseForge", _curseforge),
    ("roblox_open_cloud_api_key", "Roblox Open Cloud", b64(96)),
    ("gameanalytics_secret_key", "GameAnalytics", h(40)),
    ("backtrace_submission_token", "Backtrace", h(64)),
    ("accelbyte_iam_client_secret", "AccelByte", u(32)),
    ("edgegap_api_token", "Edgegap", uu()),
    ("riot_games_developer_api_key", "Riot Games", lambda r: "RGAPI-" + uuid4(r)),
    ("battle_net_oauth_client_secret", "Battle.net", a(32)),
    ("bungie_net_api_key", "Bungie.net", h(32)),
    ("supercell_clash_api_token", "Supercell developer portal", lambda r: jwt(r, {"typ": "JWT", "alg": "HS512", "kid": "28a318f7-0000-a1eb-7fa3-" + rs(r, HEXL, 12)}, {"iss": "supercell", "aud": "supercell:gameapi", "jti": uuid4(r), "iat": 1712000000 + r.randrange(999999)}, 86)),
    ("sketchfab_api_token", "Sketchfab", h(32)),
    ("photon_cloud_custom_auth_secret", "Photon Cloud", a(40)),
    ("nakama_server_key", "Nakama", u(32)),
    ("nakama_http_runtime_key", "Nakama", u(32)),
    ("pragma_engine_partner_token", "Pragma", lambda r: jwt(r, {"alg": "RS256", "typ": "JWT"}, {"iss": "pragma", "sessionType": "PARTNER", "backendType": "GAME", "iat": 1713000000 + r.randrange(999999)}, 342)),
    ("hathora_developer_token", "Hathora", u(40)),
    ("beamable_realm_secret", "Beamable", uu()),
    ("loot_locker_server_api_key", "LootLocker", pre("prod_", h(32))),
    ("gameshift_api_key", "GameShift", lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"}, {"key": uuid4(r), "sub": uuid4(r), "iat": 1714000000 + r.randrange(999999)})),
    ("newgrounds_io_encryption_key", "Newgrounds.io", b64(16)),
    ("discord_social_sdk_client_secret", "Discord Developer Portal", u(32)),
    # embedded / IoT platforms and device provisioning
    ("particle_cloud_access_token", "Particle", h(40)),
    ("blynk_device_auth_token", "Blynk", u(32)),
    ("arduino_iot_cloud_client_secret", "Arduino Cloud", a(64)),
    ("adafruit_io_key", "Adafruit IO", pre("aio_", a(28))),
    ("thingspeak_write_api_key", "ThingSpeak", lambda r: rs(r, UP + DIG, 16)),
    ("ubidots_account_token", "Ubidots", pre("BBFF-", a(30))),
    ("losant_api_token", "Losant", _losant),
    ("balena_cloud_api_key", "balenaCloud", a(32)),
    ("golioth_project_api_key", "Golioth", a(32)),
    ("azure_iot_hub_shared_access_key", "Azure IoT Hub", b64(32)),
    ("azure_iot_dps_enrollment_group_key", "Azure IoT DPS", b64(64)),
    ("things_stack_api_key", "The Things Stack", _ttn),
    ("lorawan_otaa_app_key", "LoRaWAN OTAA", H(32)),
    ("lorawan_abp_network_session_key", "LoRaWAN ABP", H(32)),
    ("helium_console_api_key", "Helium Console", b64(32)),
    ("memfault_project_key", "Memfault", a(32)),
    ("nrf_cloud_api_key", "nRF Cloud", h(40)),
    ("soracom_auth_key_secret", "SORACOM", pre("secret-", a(64))),
    ("hologram_api_key", "Hologram", a(32)),
    ("flespi_platform_token", "flespi", a(64)),
    ("influxdb_cloud_api_token", "InfluxDB Cloud", lambda r: rs(r, URL, 86) + "=="),
    ("pubnub_secret_key", "PubNub", pre("sec-c-", b64(33))),
    ("ably_root_api_key", "Ably", _ably),
    ("pusher_channels_app_secret", "Pusher Channels", h(20)),
    ("tailscale_auth_key", "Tailscale", _tailscale),
    ("zerotier_central_api_token", "ZeroTier Central", a(32)),
    ("mavlink2_signing_secret_key", "MAVLink 2 signing", h(64)),
    ("dji_mobile_sdk_app_key", "DJI Mobile SDK", h(24)),
    ("dronedeploy_api_key", "DroneDeploy", h(40)),
    ("esphome_native_api_encryption_key", "ESPHome", b64(32)),
    ("zigbee2mqtt_network_key", "Zigbee2MQTT", _z2m),
    ("zwave_js_s2_unauthenticated_key", "Z-Wave JS", H(32)),
    ("homekit_accessory_setup_code", "HomeKit", _homekit),
    ("matter_manual_pairing_code", "Matter", _matter),
    # home automation and smart-home clouds
    ("home_assistant_long_lived_access_token", "Home Assistant", _ha_jwt),
    ("smartthings_personal_access_token", "SmartThings", uu()),
    ("hubitat_maker_api_access_token", "Hubitat Maker API", uu()),
    ("philips_hue_bridge_application_key", "Philips Hue bridge", lambda r: rs(r, ALNUM + "-", 40)),
    ("nanoleaf_auth_token", "Nanoleaf", a(32)),
    ("ecobee_developer_api_key", "ecobee", a(32)),
    ("tuya_iot_access_secret", "Tuya IoT", h(32)),
    ("ewelink_app_secret", "eWeLink", a(32)),
    ("ifttt_maker_webhooks_key", "IFTTT Webhooks", u(22)),
    ("netatmo_client_secret", "Netatmo", a(30)),
    ("openhab_api_token", "openHAB", _openhab),
    ("smartcar_client_secret", "Smartcar", uu()),
    # 3D printing
    ("octoprint_global_api_key", "OctoPrint", H(32)),
    ("moonraker_api_key", "Moonraker", h(32)),
    ("bambu_lab_lan_access_code", "Bambu Lab", lambda r: rs(r, DIG, 8)),
    ("prusalink_api_key", "PrusaLink", a(16)),
    ("thingiverse_app_token", "Thingiverse", h(32)),
]

# styles: {K} upper key, {k} lower key, {N} vendor name, {V} the marker
STYLES = [
    ("kotlin_object_const_val", "object {N2}Keys {\n    const val {K} = \"{V}\"\n}\n"),
    ("objc_static_nsstring_constant", "// {N}\nstatic NSString * const k{C} = @\"{V}\";\n"),
    ("csharp_unity_serialized_field", "[SerializeField] private string {c} = \"{V}\"; // {N}\n"),
    ("unreal_ini_config_entry", "[/Script/Integrations.{N2}Settings]\n{C}={V}\n"),
    ("arduino_hash_define", "// {N} credentials\n#define {K} \"{V}\"\n"),
    ("micropython_config_dict", "CONFIG = {\n    'service': '{N}',\n    '{k}': '{V}',\n}\n"),
    ("esphome_yaml_substitution", "substitutions:\n  # {N}\n  {k}: \"{V}\"\n"),
    ("platformio_build_flag_define", "[env:release]\n; {N}\nbuild_flags = -D{K}=\\\"{V}\\\"\n"),
    ("gdscript_const_statement", "# {N}\nconst {K} = \"{V}\"\n"),
    ("home_assistant_rest_command_payload", "rest_command:\n  notify_{k}:\n    url: https://api.{n}.example/v1/push\n    payload: '{\"service\":\"{N}\",\"{k}\":\"{V}\"}'\n"),
    ("cmake_cache_string_entry", "//{N} credential\n{K}:STRING={V}\n"),
    ("lua_module_table_field", "-- {N}\nreturn {\n  {k} = \"{V}\",\n}\n"),
]


def camel(t):
    return "".join(p.capitalize() for p in t.split("_"))


def build(pool, idx):
    rng = random.Random(4202)
    recs = []
    for i, (t, name, gen) in enumerate(VENDORS):
        style, tpl = STYLES[i % len(STYLES)]
        val = pool.take(rng, gen)
        n2 = "".join(ch for ch in name.title() if ch.isalnum())
        n = "".join(ch for ch in name.lower() if ch.isalnum())
        text = sub(tpl, K=t.upper(), k=t, C=camel(t), c=camel(t)[0].lower() + camel(t)[1:], N2=n2, N=name, n=n, V=MARK)
        recs.append(positive("p42-s-%04d" % idx[0], t, t + "__" + style, text, val, "vendor"))
        idx[0] += 1
    return recs
