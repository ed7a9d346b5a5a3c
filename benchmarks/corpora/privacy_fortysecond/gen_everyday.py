"""Everyday secrets in 45 mobile / game / embedded / IoT container kinds."""
import random
from common import *

TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "AWS secret key", MARK, lambda r: rs(r, ALNUM + "/+", 40)),
    "openai_project_api_key": ("OPENAI_API_KEY", "OpenAI key", MARK, lambda r: "sk-proj-" + rs(r, URL, 56) + "T3BlbkFJ" + rs(r, URL, 56)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "Slack bot token", MARK, lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24)),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "Stripe secret key", MARK, lambda r: "sk_live_51" + rs(r, ALNUM, 97)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "SendGrid key", MARK, lambda r: "SG." + rs(r, URL, 22) + "." + rs(r, URL, 43)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "Twilio auth token", MARK, lambda r: rs(r, HEXL, 32)),
    "google_gemini_api_key": ("GEMINI_API_KEY", "Gemini API key", MARK, lambda r: "AIza" + rs(r, URL, 35)),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "Telegram bot token", MARK, lambda r: str(r.randint(5000000000, 7999999999)) + ":AA" + rs(r, URL, 33)),
    "jwt_signing_secret": ("JWT_SECRET", "JWT signing secret", MARK, lambda r: rs(r, ALNUM, 48)),
    "postgres_url_password": ("DATABASE_URL", "telemetry DB URL", "postgresql://telemetry:" + MARK + "@db.fleet.example:5432/devices", lambda r: password(r)),
    "mysql_url_password": ("LEADERBOARD_DB_URL", "leaderboard DB URL", "mysql://scores:" + MARK + "@mysql.game.example:3306/leaderboard", lambda r: password(r)),
    "smtp_password": ("SMTP_PASSWORD", "SMTP password", MARK, lambda r: password(r)),
    "wifi_network_passphrase": ("WIFI_PASSWORD", "Wi-Fi password", MARK, lambda r: password(r, extra="-")),
    "database_password": ("DB_PASSWORD", "database password", MARK, lambda r: password(r)),
    "huggingface_access_token": ("HF_TOKEN", "Hugging Face token", MARK, lambda r: "hf_" + rs(r, UP + LO, 34)),
    "datadog_api_key": ("DD_API_KEY", "Datadog API key", MARK, lambda r: rs(r, HEXL, 32)),
}

# {K} key name, {L} human label, {W} wrapped value (contains the marker)
KINDS = {
    "android_local_properties_file": "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/dev/Android/Sdk\n{K}={W}\n",
    "ios_info_plist_string_entry": "<key>CFBundleShortVersionString</key>\n<string>2.4.1</string>\n<key>{K}</key>\n<string>{W}</string>\n",
    "xcode_scheme_environment_variable_xml": "<EnvironmentVariables>\n   <EnvironmentVariable\n      key = \"{K}\"\n      value = \"{W}\"\n      isEnabled = \"YES\">\n   </EnvironmentVariable>\n</EnvironmentVariables>\n",
    "fastlane_dotenv_default_file": "# fastlane/.env.default\nAPP_IDENTIFIER=com.example.dronepilot\n{K}=\"{W}\"\nFASTLANE_SKIP_UPDATE_CHECK=1\n",
    "flutter_dart_define_from_file_json": "{\n  \"FLAVOR\": \"prod\",\n  \"{K}\": \"{W}\"\n}\n",
    "expo_app_config_extra_block": "export default {\n  name: 'HiveMonitor',\n  extra: {\n    {K}: '{W}',\n  },\n};\n",
    "kotlin_buildconfig_field_gradle": "buildTypes {\n    release {\n        buildConfigField \"String\", \"{K}\", \"\\\"{W}\\\"\"\n    }\n}\n",
    "swift_secrets_enum_source": "enum Secrets {\n    static let {K} = \"{W}\"\n}\n",
    "unity_scriptableobject_asset_yaml": "%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: BackendSettings\n  {K}: {W}\n",
    "unreal_defaultgame_ini_section": "[/Script/GameBackend.BackendSettings]\nRegion=eu-west\n{K}={W}\n",
    "godot_project_godot_setting": "[application]\nconfig/name=\"Moss Kart\"\n\n[backend]\n{K}=\"{W}\"\n",
    "csharp_monobehaviour_const_field": "public class CloudSave : MonoBehaviour\n{\n    private const string {K} = \"{W}\";\n}\n",
    "love2d_conf_lua_table": "function love.conf(t)\n  t.window.title = \"Pixel Gulls\"\n  t.secrets = { {K} = \"{W}\" }\nend\n",
    "gdscript_autoload_constant": "extends Node\n# autoload: Backend.gd\nconst {K} := \"{W}\"\n",
    "dedicated_server_start_bat": "@echo off\nset {K}={W}\nGameServer.exe -log -port=7777\n",
    "steampipe_app_build_vdf_comment": "\"AppBuild\"\n{\n\t\"AppID\" \"480\"\n\t\"Desc\" \"nightly\"\n\t// {L}: {W}\n}\n",
    "itch_butler_ci_log_line": "[butler] pushing build/win64 to studio/moss-kart:windows\n[env] {K}={W}\n[butler] patch 4.2 MiB, done.\n",
    "esp_idf_sdkconfig_defaults": "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y\nCONFIG_APP_{K}=\"{W}\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n",
    "platformio_ini_build_flags": "[env:esp32dev]\nplatform = espressif32\nbuild_flags =\n    -D {K}=\\\"{W}\\\"\n",
    "arduino_secrets_h_header": "// arduino_secrets.h\n#define SECRET_{K} \"{W}\"\n",
    "micropython_boot_py_script": "# boot.py -- run on boot-up\nimport network\n{K} = '{W}'\n",
    "zephyr_prj_conf_fragment": "CONFIG_NETWORKING=y\nCONFIG_APP_{K}=\"{W}\"\n",
    "yocto_local_conf_variable": "MACHINE ?= \"raspberrypi4-64\"\n{K} = \"{W}\"\n",
    "home_assistant_secrets_yaml_file": "# secrets.yaml\nlatitude_home: 52.37\n{k}: \"{W}\"\n",
    "esphome_node_substitutions_yaml": "substitutions:\n  devicename: greenhouse-node\n  {k}: \"{W}\"\n",
    "node_red_flow_env_json": "[{\"id\":\"a1f3\",\"type\":\"tab\",\"label\":\"Flow 1\",\"env\":[{\"name\":\"{K}\",\"value\":\"{W}\",\"type\":\"str\"}]}]\n",
    "openhab_services_cfg_line": "# services/backend.cfg\norg.openhab.backend:{k}={W}\n",
    "tasmota_console_log_echo": "00:00:12.431 CMD: Backlog {K} {W}\n00:00:12.440 RSL: RESULT = {\"Backlog\":\"Done\"}\n",
    "zigbee2mqtt_configuration_yaml": "homeassistant: true\nmqtt:\n  server: mqtt://10.0.0.5\nadvanced:\n  {k}: '{W}'\n",
    "octoprint_config_yaml_plugin": "plugins:\n  cloudsync:\n    {k}: {W}\n",
    "klipper_moonraker_conf_section": "[notifier telegram]\n# {L}\n{k}: {W}\n",
    "marlin_configuration_h_define": "#define CUSTOM_MACHINE_NAME \"Ender-3 V2\"\n#define HOST_{K} \"{W}\"\n",
    "android_manifest_meta_data_element": "<application android:label=\"@string/app_name\">\n    <meta-data android:name=\"{K}\" android:value=\"{W}\" />\n</application>\n",
    "mavproxy_startup_script_line": "# ~/.mavinit.scr\nset {k} {W}\nmodule load console\n",
    "raspberry_pi_firstrun_sh_script": "#!/bin/bash\nset +e\nexport {K}='{W}'\nrm -f /boot/firstrun.sh\n",
    "balena_device_env_vars_table": "NAME                  VALUE\nRESIN_HOST_LOG_TO_DISPLAY 0\n{K}      {W}\n",
    "openwrt_uci_show_output": "root@OpenWrt:~# uci show backend\nbackend.main=settings\nbackend.main.{k}='{W}'\n",
    "hobby_forum_bbcode_code_block": "Re: sensor board won't connect\n[code]\n{K} = \"{W}\"\n[/code]\nThat's my config, any ideas?\n",
    "game_jam_readme_setup_section": "## Setup\n\n1. Clone the repo\n2. Put this in `.env`: {K}={W}\n3. Run `make play`\n",
    "app_store_review_notes_field": "App Review Information > Notes:\nThe sync screen needs our backend, {L} for the review build is {W} (expires after review).\n",
    "android_logcat_debug_line": "04-11 09:12:33.118  4121  4187 D BackendClient: init {k}={W}\n",
    "xcode_device_console_log_line": "default 09:14:02.771 HiveMonitor[812:3321] [Config] {K} -> {W}\n",
    "adb_shell_history_lines": "adb shell setprop debug.app.flag 1\nadb shell am start -n com.example.hive/.Main --es {k} '{W}'\n",
    "serial_monitor_boot_dump": "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\nI (312) cfg: {k}={W}\nI (318) wifi: connecting...\n",
    "mqtt_explorer_connections_json": "{\"connections\":{\"lab\":{\"host\":\"10.0.0.5\",\"port\":1883,\"notes\":\"{K} {W}\"}}}\n",
}


def build(pool, idx):
    rng = random.Random(4201)
    recs = []
    usage = {t: 0 for t in TYPES}
    order = sorted(TYPES)
    for kind in sorted(KINDS):
        used = set()
        for _ in range(4):
            cands = sorted((usage[t], rng.random(), t) for t in order if t not in used)
            t = cands[0][2]
            used.add(t)
            usage[t] += 1
            key, label, wrap, gen = TYPES[t]
            val = pool.take(rng, gen)
            tpl = sub(KINDS[kind], K=key, k=key.lower(), L=label, W=wrap)
            recs.append(positive("p42-s-%04d" % idx[0], t, kind, tpl, val, "everyday"))
            idx[0] += 1
    return recs
