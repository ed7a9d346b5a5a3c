"""Everyday records: 45 corrections-world container kinds x 4."""
import random, string
from gen158 import owner_password, hexs, b64, rs, ALNUM

TYPES = [
    ("jms_database_password", "pw"),
    ("offender_portal_admin_password", "pw"),
    ("door_control_hmi_password", "pw"),
    ("body_scanner_operator_password", "pw"),
    ("inmate_tablet_mdm_password", "pw"),
    ("court_exchange_sftp_password", "pw"),
    ("inmate_calling_api_key", "hex40"),
    ("commissary_webhook_secret", "cmwh"),
    ("trust_ledger_hmac_key", "hex64"),
    ("video_visit_jwt_secret", "b64"),
    ("probation_exchange_client_secret", "alnum48"),
    ("visit_scheduler_api_token", "b64url"),
]


def make_value(rng, shape):
    if shape == "pw":
        return owner_password(rng)
    if shape == "hex40":
        return hexs(rng, 40)
    if shape == "hex64":
        return hexs(rng, 64)
    if shape == "cmwh":
        return "cmwh_" + rs(rng, ALNUM, 36)
    if shape == "b64":
        return b64(rng, 48)
    if shape == "alnum48":
        return rs(rng, ALNUM, 48)
    if shape == "b64url":
        return b64(rng, 32, True, False)
    raise ValueError(shape)


def key(t, style):
    parts = t.split("_")
    if style == "UP":
        return "_".join(parts).upper()
    if style == "KUP":
        return "-".join(parts).upper()
    if style == "snake":
        return t
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "Pascal":
        return "".join(p.capitalize() for p in parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    if style == "words":
        return " ".join(parts).replace("jms", "JMS").replace("hmi", "HMI").replace("api", "API").replace("sftp", "SFTP").replace("mdm", "MDM").replace("jwt", "JWT").replace("hmac", "HMAC")
    raise ValueError(style)


# (kind, key style, template) ; {K} key, {V} value
KINDS = [
    ("jms_dotnet_framework_machine_config_appsetting", "Pascal", '<appSettings>\n  <add key="Jail.Booking.Env" value="prod" />\n  <add key="{K}" value="{V}" />\n</appSettings>\n'),
    ("offender_mgmt_coldfusion_application_cfc", "camel", 'component {\n  this.name = "OMSJailPortal";\n  this.datasource = "oms_prod";\n  application.{K} = "{V}";\n}\n'),
    ("booking_station_powerbuilder_ini", "Pascal", "[Database]\nDBMS=ODBC\nServerName=jms-db01.county.internal\n{K}={V}\nAutoCommit=False\n"),
    ("jail_records_clarion_dct_comment", "Pascal", "! Dictionary: BOOKREC.DCT  owner: county IT\n! {K}: {V}\nFILE,DRIVER('MSSQL'),OWNER('jms_svc')\n"),
    ("inmate_calling_freeswitch_vars_xml", "snake", '<include>\n  <X-PRE-PROCESS cmd="set" data="domain=calls.facility.internal"/>\n  <X-PRE-PROCESS cmd="set" data="{K}={V}"/>\n</include>\n'),
    ("call_platform_kamailio_cfg_define", "UP", '#!define DBURL "mysql://kamailio@10.40.2.11/kamailio"\n#!substdef "!{K}!{V}!g"\nloadmodule "tls.so"\n'),
    ("call_recording_asterisk_extconfig_comment", "snake", "; extconfig.conf for recording archive\n; {K} = {V}\nsipusers => odbc,asterisk,sip_peers\n"),
    ("inmate_tablet_flutter_dart_define_json", "UP", '{\n  "APP_FLAVOR": "facility",\n  "{K}": "{V}",\n  "SENTRY_ENV": "pilot"\n}\n'),
    ("tablet_launcher_android_managed_config_xml", "camel", '<restrictions xmlns:android="http://schemas.android.com/apk/res/android">\n  <restriction android:key="{K}" android:restrictionType="string" android:defaultValue="{V}" />\n</restrictions>\n'),
    ("tablet_mdm_intune_oma_uri_json", "Pascal", '{\n  "omaUri": "./Device/Vendor/MSFT/Policy/Config/FacilityTablet/{K}",\n  "dataType": "String",\n  "value": "{V}"\n}\n'),
    ("commissary_order_ruby_sinatra_config_ru", "UP", "require './app'\nENV['RACK_ENV'] ||= 'production'\nENV['{K}'] = '{V}'\nrun CommissaryApp\n"),
    ("commissary_menu_sveltekit_hooks_server_ts", "UP", "import type { Handle } from '@sveltejs/kit';\nconst {K} = '{V}';\nexport const handle: Handle = async ({ event, resolve }) => resolve(event);\n"),
    ("trust_account_cobol_copybook_value", "KUP", "       01  WS-TRUST-CONFIG.\n           05  WS-{K}  PIC X(64) VALUE '{V}'.\n           05  WS-BRANCH      PIC X(4)  VALUE 'J017'.\n"),
    ("trust_ledger_rpgle_dcl_c", "UP", "**free\ndcl-c {K} const('{V}');\ndcl-s acctNbr char(10);\n"),
    ("trust_fund_fortran_parameter", "UP", "      CHARACTER*80 {K}\n      PARAMETER ({K}='{V}')\n      INTEGER NACCT\n"),
    ("release_card_kotlin_buildconfig_field", "UP", 'android {\n  defaultConfig {\n    buildConfigField "String", "{K}", "\\"{V}\\""\n  }\n}\n'),
    ("visitation_portal_nuxt_runtime_config_ts", "camel", "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '{V}',\n    public: { facility: 'north-annex' }\n  }\n})\n"),
    ("visit_scheduler_remix_server_env_ts", "UP", "export const serverEnv = {\n  FACILITY_TZ: 'America/Chicago',\n  {K}: '{V}',\n};\n"),
    ("video_visit_janus_jcfg", "snake", "general: {\n  admin_key = \"\"\n  {K} = \"{V}\"\n  server_name = \"vv-gw-02\"\n}\n"),
    ("video_visit_coturn_turnserver_conf", "kebab", "listening-port=3478\nrealm=visits.facility.internal\n# {K}={V}\nfingerprint\n"),
    ("video_visit_jitsi_prosody_cfg_lua", "snake", 'VirtualHost "visits.facility.internal"\n    authentication = "token"\n    {K} = "{V}"\n'),
    ("body_scanner_workstation_registry_reg", "Pascal", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ScanStation\\Config]\n"{K}"="{V}"\n"Lane"="Intake-2"\n'),
    ("scanner_review_qml_property", "camel", 'import QtQuick 2.15\nItem {\n    property string {K}: "{V}"\n    property int lane: 2\n}\n'),
    ("door_control_codesys_gvl_constant", "Pascal", "VAR_GLOBAL CONSTANT\n    {K} : STRING(80) := '{V}';\n    PodCount : INT := 6;\nEND_VAR\n"),
    ("door_plc_ignition_gateway_script_py", "camel", "# Gateway startup script, control room B\n{K} = \"{V}\"\nsystem.tag.writeBlocking(['[default]Pod/A/Ready'], [True])\n"),
    ("door_hmi_wonderware_intouch_script", "Pascal", "{ Application startup script }\nDim {K} As Message;\n{K} = \"{V}\";\nLogMessage(\"HMI ready\");\n"),
    ("control_room_node_red_settings_js", "camel", "module.exports = {\n    uiPort: 1880,\n    {K}: \"{V}\",\n    flowFile: 'pods.json'\n}\n"),
    ("court_exchange_biztalk_binding_xml", "Pascal", '<SendPort Name="SP_Court_Dispositions">\n  <TransportTypeData>&lt;{K}&gt;{V}&lt;/{K}&gt;</TransportTypeData>\n</SendPort>\n'),
    ("court_filing_mulesoft_secure_props_yaml", "dot", "court:\n  efile:\n    host: efile.courts.example.org\n{K}: \"{V}\"\n"),
    ("niem_exchange_camel_route_xml", "dot", '<route id="niemBookingOut">\n  <from uri="jms:queue:booking"/>\n  <setProperty name="{K}"><constant>{V}</constant></setProperty>\n</route>\n'),
    ("probation_case_dotnet_appsettings_development_json", "Pascal", '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "{K}": "{V}"\n}\n'),
    ("probation_checkin_ionic_environment_ts", "camel", "export const environment = {\n  production: true,\n  {K}: '{V}',\n};\n"),
    ("ankle_monitor_ingest_quarkus_properties", "dot", "quarkus.http.port=8085\n{K}={V}\nquarkus.log.level=INFO\n"),
    ("jail_reporting_ssrs_rds_connectstring", "Pascal", "<DataSource Name=\"JailDW\">\n  <ConnectionProperties><Prompt>{K}: {V}</Prompt></ConnectionProperties>\n</DataSource>\n"),
    ("jail_bi_powerbi_pbids_comment", "Pascal", '{\n  "version": "0.1",\n  "_comment": "{K} {V}",\n  "connections": []\n}\n'),
    ("jail_etl_ssis_dtsconfig_xml", "Pascal", '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::{K}]"><ConfiguredValue>{V}</ConfiguredValue></Configuration>\n</DTSConfiguration>\n'),
    ("jail_deploy_octopus_variables_json", "dot", '{\n  "Variables": [\n    { "Name": "{K}", "Value": "{V}", "IsSensitive": false }\n  ]\n}\n'),
    ("facility_infra_bicep_param", "camel", "param location string = 'usgovvirginia'\nparam {K} string = '{V}'\n"),
    ("facility_k8s_kustomize_secret_generator_literal", "UP", "secretGenerator:\n- name: jms-runtime\n  literals:\n  - {K}={V}\n"),
    ("visitation_gitlab_ci_variables_block", "UP", "variables:\n  FACILITY: north-annex\n  {K}: \"{V}\"\nstages: [test]\n"),
    ("sally_port_radio_dispatch_sms", "words", "Sgt desk: {K} is {V} till IT resets it, delete this text\n"),
    ("control_room_whiteboard_photo_ocr", "words", "CONTROL B  shift 2\n{K}: {V}\n(do not erase)\n"),
    ("jail_it_servicenow_worknote", "words", "Work note (internal): called the vendor, {K} set to {V} for the pilot, will rotate Friday.\n"),
    ("classification_officer_teams_paste", "words", "[10:42] K. Ortiz: here you go -> {K} {V}\n[10:43] K. Ortiz: pls don't post it in the big channel\n"),
    ("booking_kiosk_handwritten_log_transcription", "words", "Transcribed from booking log p.14:\n\"{K} - {V}\" (initialled JD)\n"),
]


def build(rng, reg):
    recs = []
    for i, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, shape = TYPES[(5 * i + 7 * j) % 12]
            v = reg.take(lambda: make_value(rng, shape))
            k = key(t, style)
            text = tpl.replace("{K}", k)
            s = text.index("{V}")
            text = text.replace("{V}", v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}],
                         "source": "everyday"})
    return recs
