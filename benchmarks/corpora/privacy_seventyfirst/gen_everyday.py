"""Everyday secrets in 45 healthcare / pharma IT container kinds (4 records each)."""
import random
from common import MARK, shape, place, host, user, rec_pos

V = MARK
# type -> (key words, value spec)
TYPES = {
    "aws_secret_access_key": (["aws", "secret", "access", "key"], ("cat", ("alnum", 20), "/", ("alnum", 9), "+", ("alnum", 9))),
    "database_password": (["db", "password"], ("pw",)),
    "github_personal_access_token": (["github", "token"], ("pre", "ghp_", "alnum", 36)),
    "jwt_signing_secret": (["jwt", "signing", "secret"], ("b64u", 48)),
    "sendgrid_api_key": (["sendgrid", "api", "key"], ("cat", "SG.", ("b64u", 22), ".", ("b64u", 43))),
    "slack_bot_token": (["slack", "bot", "token"], ("cat", "xoxb-", ("digits", 12), "-", ("digits", 13), "-", ("alnum", 24))),
    "smtp_password": (["smtp", "password"], ("pw",)),
    "stripe_live_secret_key": (["stripe", "secret", "key"], ("pre", "sk_live_51", "alnum", 96)),
    "twilio_auth_token": (["twilio", "auth", "token"], ("hex", 32)),
    "hl7_interface_engine_password": (["hl7", "engine", "password"], ("pw",)),
    "pacs_dicom_node_admin_password": (["pacs", "admin", "password"], ("pw",)),
    "ehr_fhir_client_secret": (["fhir", "client", "secret"], ("b64u", 44)),
    "lis_instrument_interface_token": (["lis", "interface", "token"], ("hex", 48)),
    "pharmacy_dispensing_cabinet_api_key": (["cabinet", "api", "key"], ("up", 32)),
    "clearinghouse_sftp_password": (["clearinghouse", "sftp", "password"], ("pw",)),
    "edc_study_api_token": (["edc", "api", "token"], ("HEX", 32)),
}
NEW_TYPES = ["hl7_interface_engine_password", "pacs_dicom_node_admin_password", "ehr_fhir_client_secret",
             "lis_instrument_interface_token", "pharmacy_dispensing_cabinet_api_key",
             "clearinghouse_sftp_password", "edc_study_api_token"]


def kname(words, style):
    if style == "U":
        return "_".join(w.upper() for w in words)
    if style == "l":
        return "_".join(words)
    if style == "d":
        return ".".join(words)
    if style == "c":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "C":
        return "".join(w.capitalize() for w in words)
    if style == "h":
        return " ".join(w.upper() if len(w) <= 4 else w for w in words)
    raise ValueError(style)


# container -> (style, template) ; {k} key name, {h} host, {u} user, {n} number
CONTAINERS = [
    ("mirth_channel_deploy_script_js", "c", "// Deploy script - ADT inbound channel\nvar {k} = '" + V + "';\nchannelMap.put('endpointHost', '{h}');\nlogger.info('deploy ok ' + {n});"),
    ("mirth_configuration_map_properties", "d", "# Mirth configuration map (Settings > Configuration Map)\nlis.host={h}\n{k}=" + V + "\nadt.port=66{n}"),
    ("rhapsody_communication_point_props", "c", "# Rhapsody comm point: ORU_out_{n}\nmode=output\nhost={h}\n{k}=" + V + "\nretry=3"),
    ("iris_production_class_xml", "C", "<Item Name=\"EnsLib.HL7.Operation.TCP_{n}\" Enabled=\"true\">\n  <Setting Target=\"Adapter\" Name=\"IPAddress\">{h}</Setting>\n  <Setting Target=\"Host\" Name=\"{k}\">" + V + "</Setting>\n</Item>"),
    ("cloverleaf_tcl_proc_snippet", "l", "proc tps_route_orm_{n} {{ args }} {{\n    set host \"{h}\"\n    set {k} \"" + V + "\"\n    return \"{{CONTINUE $mh}}\"\n}}"),
    ("hl7_listener_systemd_override", "U", "# /etc/systemd/system/hl7-listener.service.d/override.conf\n[Service]\nEnvironment=LISTEN_PORT=2575\nEnvironment={k}=" + V + "\nUser={u}"),
    ("fhir_facade_application_yaml", "l", "hapi:\n  fhir:\n    server_address: https://{h}/fhir\n    {k}: \"" + V + "\"\n    max_page_size: {n}"),
    ("smart_on_fhir_launcher_env", "U", "# SMART launcher .env (tenant {n})\nFHIR_BASE=https://{h}/r4\n{k}=" + V + "\nLAUNCH_SCOPE=launch/patient"),
    ("pacs_gateway_ae_table_ini", "C", "[AE_STORE_SCP_{n}]\nHost={h}\nPort=104\n{k}=" + V + "\nCallingAE=GW_RAD"),
    ("dicom_router_rules_json", "c", "{{\n  \"rule\": \"CT-to-archive-{n}\",\n  \"destination\": \"{h}\",\n  \"{k}\": \"" + V + "\",\n  \"tls\": true\n}}"),
    ("modality_worklist_broker_cfg", "l", "# MWL broker config\nworklist_ae = MWL_{n}\nris_host = {h}\n{k} = " + V + "\n"),
    ("radiology_reading_room_wiki_note", "h", "Reading room workstation setup (room {n})\n- Archive: {h}\n- {k}: " + V + "\n- Ask the PACS team before changing hanging protocols."),
    ("lis_instrument_middleware_ini", "C", "[Analyzer_{n}]\nDriver=ASTM1394\nHost={h}\n{k}=" + V + "\nBaud=9600"),
    ("lab_analyzer_driver_xml", "c", "<driver model=\"chem-{n}\">\n  <lis host=\"{h}\" {k}=\"" + V + "\"/>\n  <qc enabled=\"true\"/>\n</driver>"),
    ("blood_bank_interface_bat", "U", "@echo off\nrem blood bank interface restart\nset BB_HOST={h}\nset {k}=" + V + "\nstart bbif.exe /port {n}"),
    ("pathology_slide_scanner_conf", "l", "# slide scanner upload agent\nupload_target {h}\n{k} " + V + "\nbatch_size {n}"),
    ("pharmacy_dispensing_cabinet_sync_toml", "l", "[cabinet_sync]\nfacility = \"ward-{n}\"\nendpoint = \"https://{h}/api\"\n{k} = \"" + V + "\""),
    ("automated_pill_packer_service_json", "c", "{{\"packer\": \"line-{n}\", \"host\": \"{h}\", \"{k}\": \"" + V + "\", \"mode\": \"unit-dose\"}}"),
    ("eprescribing_gateway_appsettings_json", "C", "{{\n  \"ErxGateway\": {{\n    \"Endpoint\": \"https://{h}/erx\",\n    \"{k}\": \"" + V + "\",\n    \"TimeoutSeconds\": {n}\n  }}\n}}"),
    ("hospital_pharmacy_formulary_loader_py", "U", "# formulary nightly loader\nSOURCE = \"https://{h}/formulary.csv\"\n{k} = \"" + V + "\"\nBATCH = {n}\n"),
    ("claims_837_batch_submitter_sh", "U", "#!/bin/sh\n# submit 837P batch {n}\nexport CH_HOST={h}\nexport {k}='" + V + "'\n./submit837 --batch out/837P_{n}.x12"),
    ("clearinghouse_835_downloader_ps1", "C", "# 835 remittance downloader\n$Server = '{h}'\n${k} = '" + V + "'\nGet-Remits -Server $Server -Days {n}"),
    ("eligibility_270_poller_go", "C", "package main\n\n// 270/271 eligibility poller\nconst endpoint = \"https://{h}/270\"\nconst {k} = \"" + V + "\"\nconst batchSize = {n}"),
    ("rpa_claim_status_bot_robot_file", "U", "*** Variables ***\n${{PORTAL}}    https://{h}/claims\n${{{k}}}    " + V + "\n${{BATCH}}    {n}"),
    ("edc_study_build_checklist_md", "h", "## Study build checklist (protocol CT-{n})\n- [x] eCRF pages published\n- [x] API user {u} created, {k}: `" + V + "`\n- [ ] UAT sign-off"),
    ("clinical_trial_randomization_r_script", "l", "# randomisation export, study {n}\nlibrary(httr)\nbase_url <- \"https://{h}/api/\"\n{k} <- \"" + V + "\"\n"),
    ("sas_autoexec_macro_vars", "l", "/* autoexec.sas - stats programming */\n%let study = CT{n};\n%let {k} = " + V + ";\noptions mprint;"),
    ("ctms_sync_job_variables_json", "l", "[\n  {{\"key\": \"ctms_host\", \"value\": \"{h}\"}},\n  {{\"key\": \"{k}\", \"value\": \"" + V + "\"}}\n]"),
    ("epro_tablet_mdm_plist", "C", "<dict>\n  <key>StudySite</key><string>site-{n}</string>\n  <key>{k}</key><string>" + V + "</string>\n</dict>"),
    ("telehealth_kiosk_electron_env", "U", "# kiosk {n} (waiting room)\nVISIT_API=https://{h}\n{k}=" + V + "\nKIOSK_MODE=1"),
    ("nurse_call_integration_cfg", "C", "; nurse call -> EHR bridge\n[Bridge]\nUnit=ICU-{n}\nServer={h}\n{k}=" + V),
    ("patient_portal_dotnet_webconfig", "C", "<appSettings>\n  <add key=\"PortalHost\" value=\"{h}\" />\n  <add key=\"{k}\" value=\"" + V + "\" />\n</appSettings>"),
    ("bed_management_dashboard_vue_env", "U", "VITE_WARD_COUNT={n}\nVITE_API=https://{h}\nVITE_{k}=" + V),
    ("medical_device_gateway_yaml", "l", "gateway:\n  site: bay-{n}\n  upstream: {h}\n  {k}: '" + V + "'\n"),
    ("hie_direct_messaging_conf", "d", "# Direct HISP connector\nhisp.host = {h}\n{k} = " + V + "\nhisp.port = {n}"),
    ("ehr_integration_postman_environment_json", "c", "{{\n  \"name\": \"EHR sandbox {n}\",\n  \"values\": [\n    {{\"key\": \"baseUrl\", \"value\": \"https://{h}\"}},\n    {{\"key\": \"{k}\", \"value\": \"" + V + "\"}}\n  ]\n}}"),
    ("interface_analyst_oncall_chat_paste", "h", "[02:{n}] {u}: ORU feed to the LIS is back up\n[02:{n}] {u}: {k} is " + V + " until we rotate it Monday\n[02:{n}] oncall: thanks"),
    ("clinical_apps_servicenow_ticket_text", "h", "INC00{n}41 - Lab results not crossing to EHR\nWork notes: reset the interface user on {h}; {k} now " + V + " (tell the vendor by phone)."),
    ("biomed_engineering_handover_log", "h", "Biomed handover, bay {n}\n* infusion pump gateway {h} rebooted\n* {k} = " + V + "\n* ventilator firmware pending"),
    ("research_warehouse_etl_ini", "l", "[omop_etl]\nsource = {h}\n{k} = " + V + "\nchunk = {n}"),
    ("genomics_pipeline_nextflow_config", "c", "params {{\n    outdir = 's3://seq-run-{n}/out'\n    {k} = '" + V + "'\n}}"),
    ("lab_robotics_scheduler_cs", "C", "internal static class RobotSettings\n{{\n    public const string Host = \"{h}\";\n    public const string {k} = \"" + V + "\";\n}}"),
    ("vaccine_registry_submitter_kotlin", "U", "object RegistryConfig {{\n    const val HOST = \"{h}\"\n    const val {k} = \"" + V + "\"\n    const val BATCH = {n}\n}}"),
    ("hospital_it_confluence_table", "h", "|| System || Host || {k} ||\n| Interface {n} | {h} | " + V + " |"),
    ("dictation_server_registry_reg", "C", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Dictation\\Server{n}]\n\"Host\"=\"{h}\"\n\"{k}\"=\"" + V + "\""),
]


def generate(pool, seed=7101):
    r = random.Random(seed)
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    out = []
    for cname, style, tpl in CONTAINERS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(used[t] for t in cands)
            t = r.choice([t for t in cands if used[t] == m])
            chosen.append(t); used[t] += 1
        for t in chosen:
            words, spec = TYPES[t]
            val = pool.draw(lambda: shape(r, spec))
            body = tpl.format(k=kname(words, style), h=host(r, "int"), u=user(r), n=r.randint(10, 59))
            text, s, e = place(body, val)
            out.append(("everyday", t, cname, text, [{"value": val, "start": s, "end": e, "type": t}]))
    return out
