"""Everyday field-service developer secrets in 45 container kinds x 4."""
import random
from common130 import *

TYPES = [
 ("fsdev_dispatch_db_password", lambda r: owner_pw(r), "DISPATCH_DB_PASS"),
 ("fsdev_technician_app_api_key", lambda r: "tka_" + rs(r, ALNUM, 36), "TECH_APP_KEY"),
 ("fsdev_thermostat_cloud_client_secret", lambda r: rs(r, ALNUM + "-_", 40), "THERMO_CLIENT_SECRET"),
 ("fsdev_boiler_gateway_password", lambda r: owner_pw(r), "boiler_gw_pass"),
 ("fsdev_parts_supplier_api_token", lambda r: hx(r, 48), "PARTS_API_TOKEN"),
 ("fsdev_telematics_webhook_secret", lambda r: "whk_" + b64(r, 24, True, False), "TELEMATICS_HOOK_SECRET"),
 ("fsdev_invoicing_oauth_refresh_token", lambda r: "rt." + rs(r, ALNUM, 22) + "." + rs(r, ALNUM, 43), "INVOICE_REFRESH_TOKEN"),
 ("fsdev_quote_pdf_signing_key", lambda r: b64(r, 32), "QUOTE_SIGNING_KEY"),
 ("fsdev_scheduler_redis_password", lambda r: owner_pw(r), "sched_redis_pass"),
 ("fsdev_van_modem_admin_password", lambda r: owner_pw(r), "modem_admin_pw"),
 ("fsdev_job_photo_bucket_secret_key", lambda r: rs(r, ALNUM + "/+", 40), "JOB_PHOTOS_SECRET_KEY"),
 ("fsdev_route_planner_session_jwt", lambda r: jwt(r, {"sub": "tech-" + str(r.randint(100, 999)), "role": "dispatcher", "exp": 1900000000 + r.randint(0, 9999999)}), "ROUTE_SESSION_JWT"),
]

K = [
 ("dispatch_laravel_env_file", "APP_NAME=DispatchBoard\nDB_HOST={h}\n{k}={v}\nQUEUE_CONNECTION=redis\n"),
 ("technician_app_flutter_dart_define_json", '{\n  "API_BASE": "https://{h}",\n  "{k}": "{v}"\n}\n'),
 ("technician_app_expo_app_config_extra", 'export default {\n  expo: { name: "TechPocket", extra: { {k}: "{v}" } },\n};\n'),
 ("ios_technician_xcconfig_line", "// Release.xcconfig\nAPI_HOST = {h}\n{k} = {v}\n"),
 ("android_technician_local_properties", "sdk.dir=/opt/android-sdk\nfield.{k}={v}\n"),
 ("boiler_gateway_node_red_flow_json", '[{"id":"a1c","type":"http request","name":"boiler poll","headers":{"X-{k}":"{v}"}}]\n'),
 ("thermostat_bridge_home_assistant_secrets_yaml", "# secrets.yaml on the thermostat bridge\nthermo_host: {h}\n{k}: \"{v}\"\n"),
 ("boiler_controller_esphome_yaml_substitution", "substitutions:\n  device: boiler-ctl-03\n  {k}: \"{v}\"\n"),
 ("heat_pump_modbus_gateway_ini", "[gateway]\naddress={h}\nunit_id=3\n{k}={v}\n"),
 ("van_telematics_teltonika_config_dump", "cfg.apn=internet.fleet\ncfg.server={h}\ncfg.{k}={v}\n"),
 ("job_scheduler_sidekiq_yml", ":concurrency: 5\n:queues:\n  - dispatch\n:{k}: {v}\n"),
 ("quote_builder_django_local_settings", "# local_settings.py\nALLOWED_HOSTS = ['{h}']\n{k} = '{v}'\n"),
 ("invoicing_dotnet_user_secrets_json", '{\n  "Invoicing:{k}": "{v}"\n}\n'),
 ("parts_ordering_spring_application_yml", "parts:\n  supplier:\n    base-url: https://{h}\n    {k}: {v}\n"),
 ("parts_catalogue_sync_cron_line", "15 2 * * * {k}={v} /opt/parts/sync_catalogue.sh >> /var/log/parts.log\n"),
 ("service_agreement_renewal_rake_task", "task :renew_agreements do\n  ENV['{k}'] ||= '{v}'\n  Agreements.renew_due!\nend\n"),
 ("field_app_capacitor_config_ts", "const config: CapacitorConfig = {\n  appId: 'com.example.fieldjobs',\n  server: { headers: { '{k}': '{v}' } },\n};\n"),
 ("dispatch_board_vite_env_local", "VITE_API_URL=https://{h}\nVITE_{k}={v}\n"),
 ("technician_timesheet_google_apps_script", "function syncTimesheets() {\n  const {k} = '{v}';\n  UrlFetchApp.fetch('https://{h}/timesheets');\n}\n"),
 ("job_costing_excel_vba_module", "Sub PullJobCosts()\n    Const {k} As String = \"{v}\"\n    Call FetchJobs(\"https://{h}\")\nEnd Sub\n"),
 ("quickquote_access_vba_connection", "' modQuotes\nPublic Const {k} = \"{v}\"\n"),
 ("dispatch_ops_nomad_job_hcl", 'job "dispatch" {\n  group "api" {\n    task "web" {\n      env {\n        {k} = "{v}"\n      }\n    }\n  }\n}\n'),
 ("van_fleet_balena_device_env_export", "balena env add {k} {v} --device 7f3a21c\n"),
 ("thermostat_fleet_aws_iot_job_document", '{\n  "operation": "rotate",\n  "target": "{h}",\n  "{k}": "{v}"\n}\n'),
 ("smart_meter_reader_micropython_config", "# config.py on the meter reader\nSERVER = '{h}'\n{k} = '{v}'\n"),
 ("boiler_service_report_latex_macro", "\\newcommand{\\servicehost}{{h}}\n\\newcommand{\\{k}}{{v}}\n"),
 ("technician_onboarding_confluence_paste", "Step 4 - connect the handheld to staging. Use this for now: {v} (ask Dan before prod)\n"),
 ("dispatch_standup_google_chat_message", "[09:02] Keira: staging {k} is {v} if anyone needs it for the route tests\n"),
 ("van_install_checklist_trello_card_comment", "Comment on card 'Van 14 modem swap': modem login now set, {k} = {v}\n"),
 ("field_service_zapier_code_step_js", "const resp = await fetch('https://{h}/jobs', { headers: { '{k}': '{v}' } });\noutput = await resp.json();\n"),
 ("invoicing_make_scenario_blueprint_json", '{"module":"http:ActionSendData","mapper":{"url":"https://{h}","headers":[{"name":"{k}","value":"{v}"}]}}\n'),
 ("job_sheet_pdf_generator_go_flag_default", 'var {k} = flag.String("sheetkey", "{v}", "job sheet service credential")\n'),
 ("parts_api_postman_environment_json", '{"name":"parts-staging","values":[{"key":"{k}","value":"{v}","enabled":true}]}\n'),
 ("dispatch_api_insomnia_export_yaml", "- _type: environment\n  name: dispatch-dev\n  data:\n    {k}: {v}\n"),
 ("scheduling_engine_kotlin_buildconfig_field", 'buildConfigField("String", "{k}", "\\"{v}\\"")\n'),
 ("route_optimizer_rust_config_toml", "[optimizer]\nendpoint = \"https://{h}\"\n{k} = \"{v}\"\n"),
 ("callout_rota_powershell_profile", "$env:{k} = '{v}'\nImport-Module RotaTools\n"),
 ("job_photos_s3cmd_cfg_section", "[default]\nhost_base = {h}\n{k} = {v}\n"),
 ("install_wizard_inno_setup_define", '#define AppName "HeatDesk"\n#define {k} "{v}"\n'),
 ("field_tablet_mdm_managed_config_xml", '<managedAppConfiguration>\n  <dict>\n    <key>{k}</key>\n    <string>{v}</string>\n  </dict>\n</managedAppConfiguration>\n'),
 ("customer_portal_nuxt_runtime_config", "export default defineNuxtConfig({\n  runtimeConfig: { {k}: '{v}' },\n})\n"),
 ("dispatch_api_openapi_security_example", "components:\n  securitySchemes:\n    partner:\n      type: apiKey\n      x-staging-{k}: {v}\n"),
 ("heating_survey_kobo_form_settings_csv", "form_title,submission_url,{k}\nHeating survey,https://{h}/submit,{v}\n"),
 ("boiler_fault_log_sqlite_insert", "INSERT INTO gateway_settings (name, value) VALUES ('{k}', '{v}');\n"),
 ("trades_app_fastlane_appfile_env", "app_identifier(\"com.example.tradespro\")\nENV[\"{k}\"] = \"{v}\"\n"),
]

def build(seed=13001):
    r = random.Random(seed)
    out = []
    for ki, (kind, tmpl) in enumerate(K):
        for j in range(4):
            t, gen, key = TYPES[(7 * ki + 5 * j) % len(TYPES)]
            v = gen(r)
            text, s, e = fill(tmpl, v, extra={"k": key, "h": r.choice(HOSTS)})
            out.append({"type": t, "container": kind, "text": text,
                        "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return out
