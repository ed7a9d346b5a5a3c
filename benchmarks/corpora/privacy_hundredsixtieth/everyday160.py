"""Everyday records: 45 container kinds x 4 (p160)."""
import random
from common160 import *
TYPES = [
 ('vend_telemetry_db_password', ['telemetry', 'db', 'password'], pw),
 ('micro_market_kiosk_admin_password', ['kiosk', 'admin', 'password'], pw),
 ('route_planner_sftp_password', ['route', 'sftp', 'password'], pw),
 ('cabinet_lock_controller_password', ['lock', 'controller', 'password'], pw),
 ('dex_collector_portal_password', ['dex', 'portal', 'password'], pw),
 ('warehouse_pick_wms_password', ['wms', 'password'], pw),
 ('cashless_gateway_api_key', ['cashless', 'api', 'key'], lambda r: hexs(r, 40)),
 ('planogram_service_client_secret', ['planogram', 'client', 'secret'], lambda r: s(r, 48)),
 ('fridge_unlock_webhook_secret', ['unlock', 'webhook', 'secret'], lambda r: 'fuwh_' + s(r, 40)),
 ('telemetry_payload_hmac_key', ['payload', 'hmac', 'key'], lambda r: hexs(r, 64)),
 ('kiosk_session_jwt_signing_secret', ['jwt', 'signing', 'secret'], lambda r: b64(r, 48)),
 ('route_sync_bearer_token', ['route', 'sync', 'token'], lambda r: b64u(r, 32)),
]
KINDS = [
 ('dex_collector_pm2_ecosystem_js', 'U', "module.exports = {\n  apps: [{\n    name: 'dex-collector',\n    script: './collect.js',\n    env_production: {\n      NODE_ENV: 'production',\n      «K»: '«V»',\n    },\n  }],\n};\n"),
 ('ucs_audit_parser_supervisord_conf', 'U', "[program:ucs-parser]\ncommand=/opt/ucs/bin/parse --watch /var/spool/dex\nenvironment=PARSER_MODE=\"batch\",«K»=\"«V»\"\nautorestart=true\n"),
 ('telemeter_gateway_openwrt_uci_config', 's', "config gateway 'telemetry'\n\toption broker 'mqtts://telemetry.vendfleet.internal'\n\toption «K» '«V»'\n"),
 ('cashless_reader_balena_fleet_env_add', 'U', "$ balena env add «K» '«V»' --fleet vend-readers-prod\n"),
 ('card_reader_zephyr_prj_conf', 'U', "CONFIG_MQTT_LIB=y\nCONFIG_MQTT_LIB_TLS=y\nCONFIG_VEND_«K»=\"«V»\"\n"),
 ('wallet_bridge_mule_properties_yaml', 's', "wallet:\n  bridge:\n    host: wallet-bridge.vendfleet.internal\n    «K»: \"«V»\"\n"),
 ('micro_market_kiosk_electron_forge_config_js', 'c', "module.exports = {\n  packagerConfig: { asar: true },\n  kioskDefaults: { storeId: 'MM-4471', «K»: '«V»' },\n};\n"),
 ('self_checkout_android_local_properties', 's', "sdk.dir=/opt/android-sdk\nkiosk.«K»=«V»\n"),
 ('self_checkout_flutter_dart_define_json', 'U', "{\n  \"KIOSK_ENV\": \"prod\",\n  \"«K»\": \"«V»\"\n}\n"),
 ('kiosk_windows_iot_appsettings_production_json', 'P', "{\n  \"Kiosk\": {\n    \"StoreId\": \"MM-4471\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
 ('smart_fridge_yocto_local_conf', 'U', "MACHINE = \"fridge-imx8\"\nFRIDGE_«K» = \"«V»\"\n"),
 ('smart_fridge_vision_ros2_params_yaml', 's', "fridge_vision_node:\n  ros__parameters:\n    camera_fps: 15\n    «K»: \"«V»\"\n"),
 ('cabinet_lock_platformio_ini', 'U', "[env:lockctl]\nplatform = espressif32\nbuild_flags =\n  -D «K»=\\\"«V»\\\"\n"),
 ('cabinet_lock_arduino_secrets_h', 'U', "#define SECRET_SSID \"MM-Backroom\"\n#define «K» \"«V»\"\n"),
 ('route_planner_django_local_settings_py', 'U', "DEBUG = False\nALLOWED_HOSTS = ['routes.vendfleet.internal']\n«K» = '«V»'\n"),
 ('route_optimizer_celery_config_py', 's', "broker_url = 'redis://route-cache:6379/3'\n«K» = '«V»'\n"),
 ('driver_app_expo_app_config_ts', 'c', "export default {\n  name: 'RouteDriver',\n  extra: {\n    «K»: '«V»',\n  },\n};\n"),
 ('driver_app_ios_xcconfig', 'U', "PRODUCT_BUNDLE_IDENTIFIER = com.vendfleet.driver\n«K» = «V»\n"),
 ('warehouse_pick_wms_odoo_conf', 's', "[options]\naddons_path = /opt/odoo/addons\n«K» = «V»\n"),
 ('warehouse_picker_rf_gun_ini', 'P', "[Scanner]\nWarehouse=DC-02\n«K»=«V»\n"),
 ('pick_to_light_codesys_gvl', 'P', "VAR_GLOBAL CONSTANT\n    gs«K» : STRING(80) := '«V»';\nEND_VAR\n"),
 ('planogram_tool_dotnet_app_config_xml', 'P', "<configuration>\n  <appSettings>\n    <add key=\"«K»\" value=\"«V»\" />\n  </appSettings>\n</configuration>\n"),
 ('planogram_export_ssis_dtsconfig_xml', 'P', "<DTSConfiguration>\n  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::«K»].Properties[Value]\" ValueType=\"String\">\n    <ConfiguredValue>«V»</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n"),
 ('pricing_engine_laravel_dotenv', 'U', "APP_NAME=PriceEngine\nAPP_ENV=production\n«K»=«V»\n"),
 ('pricing_rules_drupal_settings_php', 's', "$settings['«K»'] = '«V»';\n"),
 ('vend_analytics_superset_config_py', 'U', "SQLALCHEMY_DATABASE_URI = 'postgresql://superset@bi-db/superset'\n«K» = \"«V»\"\n"),
 ('telemetry_ingest_fluent_bit_conf', 'k', "[OUTPUT]\n    Name   http\n    Match  vend.*\n    Header X-«K» «V»\n"),
 ('telemetry_stream_kafka_connect_json', 's', "{\n  \"name\": \"dex-sink\",\n  \"config\": {\n    \"connector.class\": \"io.confluent.connect.jdbc.JdbcSinkConnector\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
 ('telemetry_timeseries_telegraf_conf', 's', "[[outputs.influxdb_v2]]\n  urls = [\"http://tsdb.vendfleet.internal:8086\"]\n  «K» = \"«V»\"\n"),
 ('fleet_ops_saltstack_pillar_sls', 's', "vendfleet:\n  gateway_host: gw.vendfleet.internal\n  «K»: '«V»'\n"),
 ('fleet_ops_chef_data_bag_json', 's', "{\n  \"id\": \"vend_gateway\",\n  \"«K»\": \"«V»\"\n}\n"),
 ('fleet_ops_puppet_hiera_yaml', 's', "---\nprofile::vend_gateway::«K»: '«V»'\n"),
 ('kiosk_image_packer_pkrvars_hcl', 's', "kiosk_image_name = \"mm-kiosk-2026.11\"\n«K» = \"«V»\"\n"),
 ('kiosk_fleet_kustomization_secret_generator', 's', "secretGenerator:\n- name: kiosk-secrets\n  literals:\n  - «K»=«V»\n"),
 ('micro_market_site_php_define', 'U', "<?php\ndefine( '«K»', '«V»' );\n"),
 ('vend_portal_nuxt_runtime_config_ts', 'c', "export default defineNuxtConfig({\n  runtimeConfig: {\n    «K»: '«V»',\n  },\n})\n"),
 ('vend_portal_deno_env_set_ts', 'U', "Deno.env.set(\"«K»\", \"«V»\");\n"),
 ('route_dispatch_kotlin_buildconfig_field', 'U', "buildConfigField(\"String\", \"«K»\", \"\\\"«V»\\\"\")\n"),
 ('coin_mech_firmware_c_static_array', 's', "static const char «K»[] = \"«V»\";\n"),
 ('vend_telemetry_cargo_config_env_toml', 'U', "[env]\n«K» = \"«V»\"\n"),
 ('vend_telemetry_dhall_record', 'c', "{ brokerHost = \"mqtt.vendfleet.internal\"\n, «K» = \"«V»\"\n}\n"),
 ('route_driver_signal_message', 'w', "[Signal] Marco: for tonight's restock run the «K» is «V» , delete this after you log in\n"),
 ('micro_market_back_panel_card_ocr', 'w', "OCR scan (kiosk back panel card):\nMM-4471 «K»: «V»\nservice tel 555-0142\n"),
 ('vending_service_call_dictation', 'w', "Dictation, service call 88213: tech says the «K» is «V» and the coil motor on B4 is jammed.\n"),
 ('warehouse_night_whiteboard_photo_text', 'w', "Whiteboard (photo, night shift):\n- dock 3 closed\n- «K» = «V»\n- pick wave 2 at 04:30\n"),
]
def build(reg):
    r = random.Random(16001)
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, words, fn = TYPES[(5 * ki + 7 * j) % 12]
            v = reg.add(lambda: fn(r))
            text = fill(tpl, K=keyname(words, style), V=v)
            sp = place(text, v); sp['type'] = t
            out.append({'type': t, 'container': kind, 'text': text, 'secrets': [sp], 'source': 'everyday'})
    return out
