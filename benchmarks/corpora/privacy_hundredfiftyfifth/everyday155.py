"""Everyday records: 45 blood-bank / plasma / organ-registry container kinds x 4."""
from gen155 import G, keyname

TYPES = [  # (type, generator)
    ("bbis_db_password", lambda g: g.pw()),
    ("apheresis_device_service_password", lambda g: g.pw()),
    ("centrifuge_console_password", lambda g: g.pw()),
    ("cold_chain_logger_portal_password", lambda g: g.pw()),
    ("label_printer_admin_password", lambda g: g.pw()),
    ("specimen_courier_sftp_password", lambda g: g.pw()),
    ("donor_scheduler_api_key", lambda g: g.hexs(40)),
    ("organ_match_registry_client_secret", lambda g: g.alnum(48)),
    ("transplant_coord_webhook_secret", lambda g: g.alnum(32, "tcwh_")),
    ("temp_alert_hmac_key", lambda g: g.hexs(64)),
    ("donor_portal_jwt_signing_secret", lambda g: g.b64(48)),
    ("specimen_dispatch_api_token", lambda g: g.b64(32, url=True, pad=False)),
]

# kind, key style, template ({K} key, {V} value)
KINDS = [
    ("donor_scheduler_pydantic_settings_py", "snake", 'from pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    clinic_region: str = "north-west"\n    {K}: SecretStr = SecretStr("{V}")\n'),
    ("bbis_mirth_configuration_map_properties", "dot", '# configurationMap.properties (BBIS interface)\nbbis.outbound.host=bbis-db01.bloodbank.internal\nbbis.{K}={V}\n'),
    ("hl7_rhapsody_communication_point_xml", "camel", '<communicationPoint name="BBIS_ADT_IN">\n  <property name="host" value="10.42.8.15"/>\n  <property name="{K}" value="{V}"/>\n</communicationPoint>\n'),
    ("apheresis_bridge_serial_port_yaml", "snake", 'serial:\n  port: /dev/ttyUSB2\n  baud: 19200\ndevice_bridge:\n  site: plasma-centre-07\n  {K}: "{V}"\n'),
    ("centrifuge_fleet_modbus_poller_ini", "snake", '[poller]\nhosts = 10.20.4.11, 10.20.4.12\ninterval_s = 5\n\n[auth]\n{K} = {V}\n'),
    ("cold_chain_node_red_credentials_json", "camel", '{\n  "b71c2e0f.4a1d": {\n    "user": "coldchain",\n    "{K}": "{V}"\n  }\n}\n'),
    ("blood_fridge_esphome_secrets_yaml", "snake", '# secrets.yaml for fridge-probe-12\nwifi_ssid: "BB-IoT"\n{K}: "{V}"\n'),
    ("label_verifier_dotnet_user_secrets_json", "pascal", '{\n  "LabelVerification:Printer": "ZT410-bench3",\n  "LabelVerification:{K}": "{V}"\n}\n'),
    ("isbt_label_bartender_integration_xml", "pascal", '<Integration Name="ISBT128-Relabel">\n  <Setting Key="PrinterQueue">BB-ZEBRA-2</Setting>\n  <Setting Key="{K}">{V}</Setting>\n</Integration>\n'),
    ("organ_match_spring_application_properties", "kebab", 'spring.application.name=organ-match\nmatching.registry.base-url=https://match.registry.internal\nmatching.registry.{K}={V}\n'),
    ("transplant_coord_rails_credentials_show", "snake", '$ bin/rails credentials:show\nsecret_key_base: <hidden in this paste>\ntransplant:\n  {K}: {V}\n'),
    ("courier_dispatch_symfony_env_local_php", "upper", "<?php\n// .env.local.php (compiled)\nreturn array (\n  'APP_ENV' => 'prod',\n  '{K}' => '{V}',\n);\n"),
    ("courier_app_react_native_config_env", "upper", '# .env.production for react-native-config\nAPI_BASE=https://dispatch.courier.internal\n{K}={V}\n'),
    ("donor_app_android_gradle_properties", "camel", 'org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\ndonorApp.{K}={V}\n'),
    ("donor_app_swift_secrets_enum", "camel", 'enum Secrets {\n    static let region = "eu-west"\n    static let {K} = "{V}"\n}\n'),
    ("plasma_kiosk_tauri_conf_json", "camel", '{\n  "productName": "PlasmaCheckIn",\n  "plugins": { "kioskSync": { "{K}": "{V}" } }\n}\n'),
    ("donor_sms_sam_template_yaml", "upper", 'Resources:\n  ReminderFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          {K}: "{V}"\n'),
    ("bbis_oracle_formsweb_cfg", "snake", '[bbis_prod]\nform=bbmain.fmx\notherparams=site=central {K}={V}\n'),
    ("bbis_reporting_odbc_ini_dsn", "pascal", '[BBIS_REPORTS]\nDriver=/opt/oracle/libsqora.so\nServerName=BBISPRD\n{K}={V}\n'),
    ("hla_lab_r_renviron", "upper", '# ~/.Renviron on the HLA analysis box\nHLA_DATA=/srv/hla/runs\n{K}={V}\n'),
    ("hla_typing_snakemake_config_yaml", "snake", 'samples: config/samples.tsv\nreference: IMGT_3.55\nuploader:\n  {K}: "{V}"\n'),
    ("hla_matcher_julia_local_preferences_toml", "snake", '[HLAMatcher]\nnthreads = 8\n{K} = "{V}"\n'),
    ("donor_eligibility_dbt_profiles_yml", "snake", 'eligibility:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dw.bloodbank.internal\n      {K}: "{V}"\n'),
    ("blood_inventory_airflow_variables_json", "snake", '{\n  "inventory_site_codes": "W0123,W0456",\n  "{K}": "{V}"\n}\n'),
    ("apheresis_kit_scanner_cordova_config_xml", "upper", '<widget id="org.plasma.kitscan" version="2.4.0">\n  <preference name="{K}" value="{V}" />\n</widget>\n'),
    ("cold_chain_lambda_terraform_tfvars", "snake", 'region        = "eu-central-1"\nlogger_fleet  = "reefer-2"\n{K} = "{V}"\n'),
    ("reefer_tracker_pulumi_stack_yaml", "camel", 'config:\n  aws:region: us-east-2\n  reeferTracker:{K}:\n    value: "{V}"\n'),
    ("courier_router_go_struct_default_tag", "pascal", 'type Config struct {\n\tListen string `envconfig:"LISTEN" default:":8080"`\n\t{K} string `envconfig:"ROUTER_SECRET" default:"{V}"`\n}\n'),
    ("specimen_tracking_elixir_runtime_exs", "snake", 'import Config\n\nconfig :specimen_track, SpecimenTrack.Courier,\n  base_url: "https://courier.internal",\n  {K}: "{V}"\n'),
    ("specimen_label_scala_hocon_conf", "camel", 'specimen-label {\n  printer = "bench-4"\n  {K} = "{V}"\n}\n'),
    ("organ_offer_nestjs_config_ts", "camel", "export default () => ({\n  offers: {\n    regionCode: 'R5',\n    {K}: '{V}',\n  },\n});\n"),
    ("organ_offer_vite_env_production", "upper", '# .env.production (vite)\nVITE_REGION=R5\nVITE_{K}={V}\n'),
    ("transplant_pager_wrangler_toml", "upper", 'name = "transplant-pager"\nmain = "src/index.ts"\n\n[vars]\n{K} = "{V}"\n'),
    ("donor_crm_salesforce_custom_metadata_xml", "pascal", '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata">\n  <label>DonorSync</label>\n  <values><field>{K}__c</field><value xsi:type="xsd:string">{V}</value></values>\n</CustomMetadata>\n'),
    ("bbis_cobol_working_storage_value", "cobol", '       WORKING-STORAGE SECTION.\n       01  BB-CONFIG.\n           05  {K}  PIC X(64) VALUE\n               "{V}".\n'),
    ("blood_bank_mumps_global_set", "upper", ' ; site config, do not commit\n SET ^BBCFG("SITE")="CENTRAL"\n SET ^BBCFG("{K}")="{V}"\n'),
    ("centrifuge_labview_app_ini", "pascal", '[CentrifugeMonitor]\nserver.tcp.port=3363\n{K}="{V}"\n'),
    ("apheresis_qt_qsettings_conf", "camel", '[General]\nlastDevice=AMC-0412\n\n[Service]\n{K}={V}\n'),
    ("cold_room_niagara_station_bog_xml", "camel", '<p n="ColdRoomMqtt" t="mqtt:MqttDevice">\n  <p n="{K}" v="{V}"/>\n</p>\n'),
    ("courier_driver_whatsapp_forward", "words", '[14:02, 3/9] Dispatch: forwarded – for tonight\'s kidney run use the {K} {V} on the tablet, then log out\n'),
    ("transplant_coordinator_pager_text", "words", 'PAGE 0217 TXP-COORD: OR4 offer portal down, backup login ok. {K}: {V} (delete after read)\n'),
    ("phlebotomy_shift_handoff_note", "words", 'Handoff 19:00 – chair 6 alarm fixed. FYI the {K} is {V} until IT rotates it Monday.\n'),
    ("blood_bank_it_zoom_chat_paste", "words", '09:41:07 From  Ravi (BB IT)  to  Everyone:\n\tfor the validation run the {K} = {V}\n'),
    ("organ_recovery_voice_memo_transcript", "words", 'Transcript (auto): "...okay so the {K} is {V} and the cooler logger is number twelve..."\n'),
    ("lab_fridge_sticky_label_ocr", "words", 'OCR (photo of fridge 3 door): DO NOT REMOVE / {K} / {V} / ask Mei\n'),
]


def build(seed=15501):
    return None  # replaced by build_with(reg)


def build_with(reg, seed=15501):
    g = G(seed, reg)
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, fn = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = fn(g)
            k = keyname(t.split("_"), style)
            if style == "cobol":
                k = k[:30]
            pre, post = tpl.split("{V}")
            pre = pre.replace("{K}", k)
            post = post.replace("{K}", k)
            text = pre + v + post
            out.append({"type": t, "container": kind, "text": text,
                        "secrets": [{"value": v, "start": len(pre), "end": len(pre) + len(v), "type": t}],
                        "source": "everyday"})
    return out
