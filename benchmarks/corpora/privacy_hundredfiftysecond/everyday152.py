"""Everyday records: common developer secrets where laundry / dry-cleaning / linen developers leave them."""
import random
from gen152 import rs, hexs, b64, jwt, password, key_name, fill, ALNUM, LOWER, DIG, uuid4

# type -> (key words, generator)
TYPES = [
    ('lndry_counter_pos_db_password', ['pos', 'db', 'password'], lambda r: password(r)),
    ('lndry_conveyor_plc_admin_password', ['plc', 'admin', 'pass'], lambda r: password(r)),
    ('lndry_locker_kiosk_service_password', ['kiosk', 'service', 'pwd'], lambda r: password(r)),
    ('lndry_route_driver_portal_password', ['driver', 'portal', 'password'], lambda r: password(r)),
    ('lndry_rfid_reader_web_password', ['reader', 'web', 'passwd'], lambda r: password(r)),
    ('lndry_plant_ftp_upload_password', ['plant', 'ftp', 'password'], lambda r: password(r)),
    ('lndry_pickup_api_key', ['pickup', 'api', 'key'], lambda r: 'lpk_live_' + rs(r, 32)),
    ('lndry_card_reader_hmac_secret', ['reader', 'hmac', 'secret'], lambda r: hexs(r, 64)),
    ('lndry_locker_cloud_token', ['locker', 'cloud', 'token'], lambda r: rs(r, 48)),
    ('lndry_route_optimizer_client_secret', ['optimizer', 'client', 'secret'], lambda r: b64(r, 33)),
    ('lndry_linen_rfid_cloud_jwt', ['rfid', 'cloud', 'jwt'],
     lambda r: jwt(r, {'sub': 'plant-' + rs(r, 6, LOWER + DIG), 'scope': 'linen:write', 'iat': 1760000000 + r.randrange(10**7)})),
    ('lndry_notify_webhook_secret', ['notify', 'webhook', 'secret'], lambda r: 'lwh_' + rs(r, 40)),
]

# (container kind, key style, template with {K} and {V})
CONTAINERS = [
    ('spot_pos_bridge_registry_reg', 'pascal',
     'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\CounterBridge\\Store12]\n"Host"="10.12.0.5"\n"{K}"="{V}"\n"PollSeconds"=dword:0000003c\n'),
    ('garment_conveyor_plc_structured_text', 'pascal',
     'VAR_GLOBAL CONSTANT\n    ConveyorSlots : INT := 1200;\n    {K} : STRING(64) := \'{V}\';\nEND_VAR\n'),
    ('conveyor_controller_tag_export_csv', 'pascal',
     'TagName,DataType,Value,Description\nSlotCount,DINT,1200,assembly rail\n{K},STRING,"{V}",set at commissioning\n'),
    ('tagging_station_lua_config', 'snake',
     '-- heat-seal tagging station\nreturn {\n  printer = "zebra-01.local",\n  {K} = "{V}",\n  batch = 50,\n}\n'),
    ('heat_seal_tagger_station_ini', 'snake',
     '[tagger]\nport=COM3\nlabel_width=38\n[upload]\nhost=plant-nas.internal\n{K}={V}\n'),
    ('locker_kiosk_android_shared_prefs_xml', 'snake',
     '<?xml version=\'1.0\' encoding=\'utf-8\' standalone=\'yes\' ?>\n<map>\n    <string name="locker_bank_id">LB-0142</string>\n    <string name="{K}">{V}</string>\n</map>\n'),
    ('smart_locker_esp32_platformio_ini', 'upper',
     '[env:locker_door]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n    -DDOOR_COUNT=24\n    -D{K}=\\"{V}\\"\n'),
    ('locker_firmware_zephyr_prj_conf', 'upper',
     'CONFIG_WIFI=y\nCONFIG_MQTT_LIB=y\nCONFIG_APP_{K}="{V}"\n'),
    ('locker_bank_mqtt_bridge_toml', 'snake',
     '[broker]\nurl = "mqtts://locker-hub.internal:8883"\n\n[auth]\n{K} = "{V}"\n'),
    ('route_planner_flask_instance_config_py', 'upper',
     '# instance/config.py -- route planner\nDEPOT_LAT = 41.88\nDEPOT_LON = -87.63\n{K} = "{V}"\n'),
    ('driver_app_expo_app_json', 'camel',
     '{\n  "expo": {\n    "name": "PickupDriver",\n    "extra": {\n      "{K}": "{V}"\n    }\n  }\n}\n'),
    ('driver_app_ios_xcconfig', 'upper',
     '// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.pickupdriver\n{K} = {V}\n'),
    ('route_sync_deno_jsonc', 'camel',
     '{\n  // route sync worker\n  "tasks": { "start": "deno run -A main.ts" },\n  "env": { "{K}": "{V}" }\n}\n'),
    ('hotel_linen_rfid_reader_llrp_xml', 'pascal',
     '<ReaderConfig site="hotel-ballroom-dock">\n  <AntennaCount>4</AntennaCount>\n  <{K}>{V}</{K}>\n</ReaderConfig>\n'),
    ('hospital_linen_mirth_channel_xml', 'camel',
     '<channel>\n  <name>LinenCartADT</name>\n  <properties>\n    <property name="{K}">{V}</property>\n  </properties>\n</channel>\n'),
    ('linen_cart_rfid_tunnel_json', 'snake',
     '{"tunnel": "soil-dock-2", "antennas": 8, "{K}": "{V}", "read_window_ms": 900}\n'),
    ('soil_sort_sqlcmd_setvar_script', 'pascal',
     ':setvar SortDb LinenSort\n:setvar {K} "{V}"\nUSE $(SortDb);\nGO\n'),
    ('counter_pos_vb6_module_bas', 'pascal',
     'Attribute VB_Name = "modSettings"\nOption Explicit\nPublic Const {K} As String = "{V}"\n'),
    ('counter_pos_delphi_pas_const', 'pascal',
     'unit CounterSettings;\ninterface\nconst\n  TicketPrefix = \'DC\';\n  {K} = \'{V}\';\nimplementation\nend.\n'),
    ('receipt_bridge_perl_pm_config', 'snake',
     'package Receipt::Config;\nour %CFG = (\n    printer => "tm-t88.local",\n    {K} => \'{V}\',\n);\n1;\n'),
    ('payment_reader_kotlin_local_properties', 'dot',
     'sdk.dir=/opt/android-sdk\nreader.{K}={V}\n'),
    ('machine_pay_bridge_secrets_json', 'pascal',
     '{\n  "MachinePay": {\n    "Region": "us-east",\n    "{K}": "{V}"\n  }\n}\n'),
    ('laundromat_wifi_openwrt_uci_config', 'snake',
     "config service 'payhub'\n\toption host 'payhub.internal'\n\toption {K} '{V}'\n"),
    ('laundromat_camera_nvr_frigate_yaml', 'snake',
     'cameras:\n  folding_table:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.0.9.21/stream1\nnotifications:\n  {K}: "{V}"\n'),
    ('wdf_portal_nextjs_env_local', 'upper',
     '# .env.local\nNEXT_PUBLIC_SITE_NAME=WashFoldNow\n{K}={V}\n'),
    ('wdf_portal_nuxt_config_ts', 'camel',
     'export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: \'{V}\',\n    public: { brand: \'washfold\' }\n  }\n})\n'),
    ('pickup_delivery_laravel_services_php', 'snake',
     "<?php\nreturn [\n    'pickup' => [\n        'base_url' => 'https://api.pickup.example.com',\n        '{K}' => '{V}',\n    ],\n];\n"),
    ('pickup_symfony_parameters_yml', 'snake',
     'parameters:\n    pickup_zone: north\n    {K}: \'{V}\'\n'),
    ('plant_scada_opcua_client_xml', 'pascal',
     '<OpcUaClient endpoint="opc.tcp://tunnel-washer.plant:4840">\n  <Security mode="SignAndEncrypt"/>\n  <{K}>{V}</{K}>\n</OpcUaClient>\n'),
    ('tunnel_washer_modbus_gateway_yaml', 'snake',
     'gateway:\n  unit_id: 7\n  registers: [4001, 4010]\nuplink:\n  {K}: {V}\n'),
    ('chemical_dosing_controller_json', 'camel',
     '{"pumps": 6, "detergentMlPerKg": 12, "{K}": "{V}"}\n'),
    ('ironer_folder_telemetry_telegraf_conf', 'snake',
     '[[outputs.http]]\n  url = "https://telemetry.example.com/ironer"\n  [outputs.http.headers]\n    X-Plant = "p3"\n  {K} = "{V}"\n'),
    ('route_dispatch_supervisord_conf', 'upper',
     '[program:dispatch]\ncommand=/srv/dispatch/bin/run\nenvironment=ZONE="north",{K}="{V}"\n'),
    ('linen_invoicing_odoo_conf', 'snake',
     '[options]\naddons_path = /opt/odoo/addons\nlinen_{K} = {V}\n'),
    ('linen_erp_jco_destination_properties', 'dot',
     'jco.client.ashost=sap-linen.internal\njco.client.client=100\nlinen.{K}={V}\n'),
    ('linen_bi_superset_config_py', 'upper',
     '# superset_config.py\nROW_LIMIT = 5000\n{K} = "{V}"\n'),
    ('dryclean_backup_task_ps1', 'pascal',
     '# nightly counter backup\n$BackupRoot = "D:\\Backups"\n${K} = "{V}"\nRobocopy C:\\Counter\\Data $BackupRoot /MIR\n'),
    ('plant_compose_override_yaml', 'upper',
     'services:\n  sorter-api:\n    environment:\n      - PLANT=3\n      - {K}={V}\n'),
    ('route_etl_dagster_yaml', 'snake',
     'resources:\n  route_db:\n    config:\n      host: routes.internal\n      {K}: "{V}"\n'),
    ('locker_tests_cypress_env_json', 'camel',
     '{\n  "baseUrl": "http://localhost:4173",\n  "{K}": "{V}"\n}\n'),
    ('plant_manager_signal_message', 'space',
     'Signal · Plant 3 ops\nDana: sorter is back up. for the {K} use {V} until Monday, then I rotate it\n'),
    ('counter_clerk_post_it_photo_ocr', 'space',
     '[OCR of photo attached to ticket #5521]\nDO NOT REMOVE\n{K}: {V}\nask Luis before changing\n'),
    ('route_driver_sms_forward', 'space',
     'Fwd: from +1 555 0134\n"hey its Marco, van 4 tablet wants the {K} again -> {V} thx"\n'),
    ('linen_account_rep_voicemail_text', 'space',
     'Voicemail transcript (0:41): Hi, this is Priya from the linen account team, the {K} for the new hospital dock reader is {V} and, uh, call me back if it does not work.\n'),
    ('laundromat_owner_forum_post', 'space',
     'Re: card reader keeps dropping offline\nPosted by coinop_kev: Tried everything. Support told me to reset with {K} {V} but still nothing. Any ideas?\n'),
]


def build(seed, values):
    rng = random.Random(seed)
    recs = []
    n = len(TYPES)
    for ci, (kind, style, tmpl) in enumerate(CONTAINERS):
        for j in range(4):
            t, words, gen = TYPES[(7 * ci + 5 * j) % n]
            v = values.take(lambda: gen(rng))
            k = key_name(words, style)
            text, s, e = fill(tmpl, v, K=k)
            recs.append({'type': t, 'container': kind, 'text': text,
                         'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return recs
