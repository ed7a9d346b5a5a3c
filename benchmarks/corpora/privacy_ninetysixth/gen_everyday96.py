"""Everyday maker secrets: 16 types x 45 container kinds (4 records per kind)."""
import random
from common96 import *

def _discord(r):
    return 'https://discord.com/api/webhooks/%d/%s' % (r.randint(10**17, 10**18 - 1), rs(r, URLSAFE, 68))

TYPES = [
    # type, ENV, key, label, generator
    ('octoprint_global_api_key', 'OCTOPRINT_API_KEY', 'octoprint_api_key', 'OctoPrint API key', lambda r: hexs(r, 32, True)),
    ('moonraker_api_key', 'MOONRAKER_API_KEY', 'moonraker_api_key', 'Moonraker API key', lambda r: hexs(r, 32)),
    ('bambu_lan_access_code', 'BAMBU_ACCESS_CODE', 'bambu_access_code', 'Bambu LAN access code', lambda r: rs(r, string.digits, 8)),
    ('prusalink_digest_password', 'PRUSALINK_PASSWORD', 'prusalink_password', 'PrusaLink password', lambda r: rs(r, ALNUM, 15)),
    ('esphome_api_encryption_key', 'ESPHOME_API_KEY', 'api_encryption_key', 'ESPHome API encryption key', lambda r: b64_bytes(r, 32)),
    ('esphome_ota_password', 'ESPHOME_OTA_PASSWORD', 'ota_password', 'ESPHome OTA password', owner_password),
    ('tasmota_web_admin_password', 'TASMOTA_WEB_PASSWORD', 'tasmota_web_password', 'Tasmota web admin password', owner_password),
    ('workshop_wifi_psk', 'WORKSHOP_WIFI_PSK', 'wifi_password', 'workshop Wi-Fi passphrase', owner_password),
    ('thingiverse_app_token', 'THINGIVERSE_TOKEN', 'thingiverse_token', 'Thingiverse app token', lambda r: hexs(r, 32)),
    ('onshape_api_secret_key', 'ONSHAPE_SECRET_KEY', 'onshape_secret_key', 'Onshape API secret key', lambda r: rs(r, ALNUM, 48)),
    ('print_farm_s3_secret_key', 'AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'S3 secret key for the print farm', lambda r: rs(r, ALNUM + '+/', 40)),
    ('makerspace_mqtt_broker_password', 'MQTT_PASSWORD', 'mqtt_password', 'MQTT broker password', owner_password),
    ('print_host_pi_login_password', 'PI_PASSWORD', 'pi_password', 'Raspberry Pi login password', owner_password),
    ('discord_print_webhook_url', 'DISCORD_WEBHOOK_URL', 'discord_webhook_url', 'Discord print-notification webhook', _discord),
    ('pushover_print_alert_app_token', 'PUSHOVER_APP_TOKEN', 'pushover_token', 'Pushover app token', lambda r: 'a' + rs(r, LOWER_ALNUM, 29)),
    ('pcb_fab_portal_password', 'FAB_PORTAL_PASSWORD', 'fab_portal_password', 'PCB fab portal password', owner_password),
]

C = [
 ('octoprint_config_yaml_plugin_block', "plugins:\n  _disabled: []\n  bedlevelvisualizer:\n    command: G29 T\n  print_notify:\n    ⟨k⟩: ⟨V⟩\n    host: ⟨host⟩\n"),
 ('octoprint_systemd_override_env', "# /etc/systemd/system/octoprint.service.d/override.conf\n[Service]\nEnvironment=\"⟨E⟩=⟨V⟩\"\nEnvironment=\"OCTO_HOST=⟨host⟩\"\n"),
 ('moonraker_conf_power_section', "[power bench_plug]\ntype: tasmota\naddress: ⟨ip⟩\n⟨k⟩: ⟨V⟩\noutput_id: 1\n"),
 ('moonraker_secrets_ini_file', "# ~/printer_data/moonraker.secrets\n[workshop]\n⟨k⟩: ⟨V⟩\nhost: ⟨host⟩\n"),
 ('klipper_gcode_macro_variable', "[gcode_macro _NOTIFY]\nvariable_⟨k⟩: \"⟨V⟩\"\ngcode:\n  RESPOND MSG=\"notify armed\"\n"),
 ('klipperscreen_conf_printer_section', "[printer voron24]\nmoonraker_host: ⟨ip⟩\nmoonraker_port: 7125\n# ⟨L⟩\n⟨k⟩: ⟨V⟩\n"),
 ('mainsail_config_json_instance', "{\n  \"instancesDB\": \"json\",\n  \"instances\": [{\"hostname\": \"⟨host⟩\", \"port\": 7125}],\n  \"⟨k⟩\": \"⟨V⟩\"\n}\n"),
 ('fluidd_config_json_entry', "// fluidd config.json on the print host\n{\"endpoints\": [\"http://⟨host⟩\"], \"⟨k⟩\": \"⟨V⟩\", \"theme\": \"dark\"}\n"),
 ('kiauh_install_shell_history', "  412  ./kiauh/kiauh.sh\n  413  export ⟨E⟩=⟨V⟩\n  414  systemctl restart moonraker\n"),
 ('esphome_device_yaml_substitution', "substitutions:\n  name: enclosure-fan\n  ⟨k⟩: \"⟨V⟩\"\n\nesphome:\n  name: ${name}\n"),
 ('esphome_secrets_yaml_line', "# secrets.yaml (workshop ESPHome dashboard)\nwifi_ssid: \"fablab-iot\"\n⟨k⟩: \"⟨V⟩\"\n"),
 ('tasmota_console_backlog_paste', "12:03:44.120 CMD: Backlog MqttHost ⟨ip⟩; MqttUser ⟨user⟩\n12:03:44.140 RSL: RESULT = {\"MqttHost\":\"⟨ip⟩\"}\n# note to self, ⟨L⟩ = ⟨V⟩\n"),
 ('home_assistant_workshop_secrets_yaml', "# /config/secrets.yaml\nprinter_ip: ⟨ip⟩\n⟨k⟩: ⟨V⟩\n"),
 ('prusaslicer_physical_printer_ini', "# physical_printer/MK4-bench.ini\nhost_type = prusalink\nprint_host = ⟨ip⟩\n⟨k⟩ = ⟨V⟩\n"),
 ('orcaslicer_machine_json_field', "{\n  \"name\": \"X1C - workshop\",\n  \"print_host\": \"⟨ip⟩\",\n  \"⟨k⟩\": \"⟨V⟩\",\n  \"inherits\": \"Bambu Lab X1 Carbon 0.4 nozzle\"\n}\n"),
 ('cura_cfg_plugin_preference', "[general]\nversion = 7\n\n[octoprint_connection]\n⟨k⟩ = ⟨V⟩\ninstance = ⟨host⟩\n"),
 ('bambu_studio_network_log_line', "[2026-03-02 21:14:07.311] [info] dev connect ⟨ip⟩ user=bblp ⟨k⟩=⟨V⟩ tls=1\n"),
 ('octoprint_docker_compose_environment', "services:\n  octoprint:\n    image: octoprint/octoprint\n    environment:\n      - ⟨E⟩=⟨V⟩\n    devices:\n      - /dev/ttyACM0:/dev/ttyACM0\n"),
 ('octopi_boot_partition_txt', "## octopi.txt on the boot partition\ncamera=\"usb\"\n# ⟨L⟩ for the notifier\n⟨E⟩=\"⟨V⟩\"\n"),
 ('obico_self_hosted_dotenv', "# obico-server/.env\nSITE_USES_HTTPS=False\n⟨E⟩=⟨V⟩\nEMAIL_HOST=smtp.example.org\n"),
 ('print_farm_ansible_host_vars', "# host_vars/⟨host⟩.yml\nprinter_model: mk4\n⟨k⟩: \"⟨V⟩\"\n"),
 ('node_red_workshop_flow_json', "[{\"id\":\"8f2e1c\",\"type\":\"http request\",\"name\":\"printer status\",\"url\":\"http://⟨ip⟩/api/job\",\"⟨k⟩\":\"⟨V⟩\"}]\n"),
 ('platformio_ini_build_flag_define', "[env:esp32dev]\nplatform = espressif32\nbuild_flags =\n  -D ⟨E⟩=\\\"⟨V⟩\\\"\n"),
 ('arduino_sketch_secrets_header', "// arduino_secrets.h -- do not commit\n#define SECRET_SSID \"fablab-iot\"\n#define SECRET_⟨E⟩ \"⟨V⟩\"\n"),
 ('micropython_config_py_constant', "# config.py on the filament dryer (MicroPython)\nBROKER = \"⟨ip⟩\"\n⟨E⟩ = \"⟨V⟩\"\n"),
 ('kicad_action_plugin_settings_json', "{\n  \"plugin\": \"fab-uploader\",\n  \"board\": \"motor-driver-rev3\",\n  \"⟨k⟩\": \"⟨V⟩\"\n}\n"),
 ('kicad_pro_text_variables_block', "  \"text_variables\": {\n    \"REV\": \"C\",\n    \"⟨E⟩\": \"⟨V⟩\"\n  }\n"),
 ('fusion_addin_python_config', "# Fusion 360 add-in config.py\nDEBUG = False\nADDIN_NAME = 'PrintQueue'\n⟨E⟩ = '⟨V⟩'\n"),
 ('onshape_client_config_yaml', "# ~/.onshape_client_config.yaml\nbase_url: https://cad.onshape.com\n⟨k⟩: ⟨V⟩\n"),
 ('freecad_macro_parameter_line', "# FreeCAD macro: push STL to the farm\nimport FreeCAD\n⟨k⟩ = \"⟨V⟩\"  # ⟨L⟩\nFARM = \"http://⟨host⟩\"\n"),
 ('openscad_makefile_variable', "# Makefile for the enclosure parts\nSCAD := openscad\n⟨E⟩ := ⟨V⟩\nall: lid.stl base.stl\n"),
 ('lightburn_forum_support_paste', "LightBurn 1.7 support thread -- my setup script:\n    set ⟨E⟩=⟨V⟩\n    lightburn.exe --device \"Ruida 6445\"\n"),
 ('bcnc_ini_connection_section', "[Connection]\nport = /dev/ttyUSB0\nbaud = 115200\n⟨k⟩ = ⟨V⟩\n"),
 ('cncjs_cncrc_json_member', "{\n  \"mountPoints\": [],\n  \"watchDirectory\": \"/home/⟨user⟩/gcode\",\n  \"⟨k⟩\": \"⟨V⟩\"\n}\n"),
 ('linuxcnc_ini_custom_variable', "[DISPLAY]\nDISPLAY = axis\n[CUSTOM]\n⟨E⟩ = ⟨V⟩\n"),
 ('makerspace_wiki_printer_table', "| printer | address | ⟨L⟩ |\n|---|---|---|\n| MK4 #⟨n⟩ | ⟨ip⟩ | ⟨V⟩ |\n"),
 ('discord_maker_server_message_paste', "[21:07] ⟨user⟩: ok try it now, ⟨k⟩ is ⟨V⟩\n[21:08] ⟨user⟩: and don't forget to re-home first\n"),
 ('octoprint_plugin_issue_log_excerpt', "### Logs\n```\n2026-02-11 19:22:03,114 - octoprint.plugins.notify - DEBUG - settings {'url': 'http://⟨host⟩', '⟨k⟩': '⟨V⟩'}\n```\n"),
 ('forum_troubleshooting_codeblock', "Still getting 401, here is my config (3D printing forum):\n\n    host = ⟨host⟩\n    ⟨k⟩ = ⟨V⟩\n"),
 ('model_page_setup_instructions', "## Setup (remix notes)\n1. Flash the ESP32 in the lid.\n2. Set `⟨E⟩` to ⟨V⟩ (that's mine, change it).\n"),
 ('print_farm_crontab_env_line', "# crontab -l on the farm controller\n⟨E⟩=⟨V⟩\n*/10 * * * * /opt/farm/backup-gcode.sh\n"),
 ('moonraker_env_file_line', "# ~/printer_data/systemd/moonraker.env\nMOONRAKER_ARGS=\"-m moonraker -d /home/⟨user⟩/printer_data\"\n⟨E⟩=\"⟨V⟩\"\n"),
 ('spoolman_docker_run_history', "$ docker run -d -p 7912:8000 -e ⟨E⟩=⟨V⟩ ghcr.io/donkie/spoolman:latest\n"),
 ('esphome_compile_log_echo', "INFO Reading configuration /config/bench-sensor.yaml...\nDEBUG substitution ⟨k⟩ -> ⟨V⟩\nINFO Compiling app...\n"),
 ('klippy_log_config_dump', "===== Config file =====\n[printer]\nkinematics = corexy\n[gcode_macro NOTIFY_CFG]\nvariable_⟨k⟩ = ⟨V⟩\n=======================\n"),
]

def generate():
    r = random.Random(9601)
    out = []
    usage = {t[0]: 0 for t in TYPES}
    for ci, (kind, tpl) in enumerate(C):
        chosen = []
        # seeded least-used pairing: four different types per kind
        order = sorted(TYPES, key=lambda t: (usage[t[0]], r.random()))
        chosen = order[:4]
        for t in chosen:
            usage[t[0]] += 1
            typ, E, k, L, g = t
            v = g(r)
            text, spans = render(tpl, v, r, {'E': E, 'k': k, 'L': L})
            out.append(rec('s', typ, kind, text, spans, v, 'everyday'))
    return out
