"""Vendor part: one record per vendor credential type, 12 new presentation styles cycled."""
import random
from common import shape, fill, pascal, rec, USERS, HOSTS

V = [
 ('nuget_org_push_api_key', '~oy2|l43'), ('myget_feed_access_token', 'G'), ('proget_feed_api_key', 'A20'),
 ('jfrog_artifactory_identity_token', '~cmVmdGtuOjAxOj|A49'), ('teamcity_access_token', '~eyJ0eXAiOiAiVENWMiJ9.|b36|~.|b48'),
 ('azure_devops_services_pat', 'Z52'), ('github_fine_grained_pat', '~github_pat_11|a20|~_|A59'), ('gitlab_runner_authentication_token', '~glrt-|b20'),
 ('bitbucket_server_http_access_token', '~BBDC-|A44'), ('sonarqube_user_token', '~squ_|H40'), ('sonarqube_global_analysis_token', '~sqa_|H40'),
 ('snyk_api_token', 'G'), ('mend_user_key', 'H64'), ('sentry_user_auth_token', '~sntryu_|H64'), ('datadog_api_key', 'H32'),
 ('datadog_application_key', 'H40'), ('new_relic_user_api_key', '~NRAK-|a27'), ('new_relic_ingest_license_key', 'H36|~NRAL'),
 ('dynatrace_api_token', '~dt0c01.|a24|~.|a64'), ('solarwinds_orion_swis_password', 'P'), ('splunk_hec_token', 'G'),
 ('pagerduty_rest_api_key', 'A20'), ('opsgenie_api_key', 'G'), ('ivanti_neurons_client_secret', 'A40'),
 ('manageengine_sdp_technician_key', 'G'), ('connectwise_manage_private_key', 'A16'), ('kaseya_vsa_api_token', 'A32'),
 ('ninjaone_api_client_secret', 'b43'), ('datto_rmm_api_secret', 'a32'), ('atera_api_key', 'H32'),
 ('teamviewer_script_token', 'D8|~-|A20'), ('citrix_cloud_api_client_secret', 'b22|~=='), ('vmware_vcenter_sso_admin_password', 'P'),
 ('veeam_enterprise_manager_password', 'P'), ('nutanix_prism_central_password', 'P'), ('hpe_ilo_administrator_password', 'P'),
 ('dell_idrac_root_password', 'P'), ('cisco_meraki_dashboard_api_key', 'H40'), ('fortigate_rest_api_token', 'A30'),
 ('palo_alto_panos_api_key', '~LUFRPT|B70|~=='), ('sophos_central_client_secret', 'H80'), ('sentinelone_api_token', 'A80'),
 ('docker_hub_personal_access_token', '~dckr_pat_|b27'), ('postman_api_key', '~PMAK-|H24|~-|H34'), ('syncfusion_license_key', 'B76'),
 ('telerik_nuget_feed_api_key', 'G'), ('devexpress_nuget_feed_key', 'A50'), ('aspose_cloud_client_secret', 'H32'),
 ('redgate_sql_monitor_api_token', 'A44'), ('papertrail_api_token', 'A20'), ('sumo_logic_access_key', 'A64'),
 ('logz_io_shipping_token', 'A32'), ('seq_server_api_key', 'A20'), ('raygun_api_key', 'A22'), ('bugsnag_notifier_api_key', 'H32'),
 ('rollbar_project_access_token', 'H32'), ('launchdarkly_server_sdk_key', '~sdk-|G'), ('configcat_sdk_key', 'A22|~/|A22'),
 ('azure_app_configuration_secret', 'B43|~='), ('azure_service_bus_sas_key', 'B43|~='), ('azure_event_hubs_sas_key', 'B43|~='),
 ('azure_cosmos_db_primary_key', 'B86|~=='), ('azure_signalr_access_key', 'B43|~='), ('azure_ai_services_key', 'H32'),
 ('azure_maps_subscription_key', 'b43'), ('azure_functions_host_master_key', 'b54|~=='), ('azure_batch_account_key', 'B86|~=='),
 ('azure_redis_cache_access_key', 'B43|~='), ('azure_communication_services_access_key', 'B86|~=='),
 ('delinea_secret_server_api_password', 'P'), ('devolutions_server_application_key', 'G'), ('passwordstate_api_key', 'H32'),
 ('zoom_server_to_server_client_secret', 'A32'), ('adobe_io_client_secret', '~p8e-|A32'), ('autodesk_aps_client_secret', 'A64'),
 ('esri_arcgis_api_key', '~AAPK|H32|b90'), ('shopify_admin_access_token', '~shpat_|H32'), ('hubspot_private_app_token', '~pat-na1-|G'),
 ('zendesk_api_token', 'A40'), ('freshservice_api_key', 'A20'), ('dynamics_365_fo_client_secret', 'A3|D1|~Q~|b34'),
 ('sap_concur_refresh_token', 'G'), ('workday_isu_password', 'P'), ('ukg_pro_customer_api_key', 'A32'), ('bamboohr_api_key', 'H40'),
 ('epicor_kinetic_api_key', 'H64'), ('infor_ion_api_client_secret', 'b86'), ('acumatica_oauth_client_secret', 'A22'),
 ('dynamics_gp_web_services_password', 'P'), ('paypal_rest_client_secret', '~E|b79'), ('messagebird_access_key', 'A25'),
 ('mongodb_atlas_private_api_key', 'G'), ('couchbase_capella_api_secret', 'A64'), ('planetscale_service_token', '~pscale_tkn_|A43'),
 ('supabase_service_role_key', 'J'), ('algolia_admin_api_key', 'H32'), ('meilisearch_master_key', 'A32'),
 ('openai_project_api_key', '~sk-proj-|b156'), ('anthropic_api_key', '~sk-ant-api03-|b93|~AA'), ('huggingface_user_access_token', '~hf_|A34'),
 ('npm_automation_token', '~npm_|A36'), ('pypi_upload_token', '~pypi-AgEIcHlwaS5vcmc|b100'), ('cloudsmith_api_key', 'H40'),
 ('youtrack_permanent_token', '~perm:|b16|~.|b22|~.|A22'), ('digitalocean_personal_access_token', '~dop_v1_|H64'),
 ('linode_personal_access_token', 'H64'), ('vultr_api_key', 'a36'), ('hetzner_cloud_api_token', 'A64'), ('ovh_application_secret', 'A32'),
 ('fastly_api_token', 'b32'), ('akamai_edgegrid_client_secret', 'B43|~='), ('godaddy_api_secret', 'A22'),
 ('backblaze_b2_application_key', '~K005|A27'), ('wasabi_secret_access_key', 'a40'), ('acronis_cyber_protect_client_secret', 'l52'),
 ('rubrik_service_account_secret', 'A64'), ('cohesity_api_key', 'G'), ('zerto_zvm_password', 'P'), ('knowbe4_reporting_api_token', 'J'),
 ('tenable_io_secret_key', 'H64'), ('qualys_api_password', 'P'), ('rapid7_insight_api_key', 'G'), ('veracode_api_key_secret', 'H128'),
 ('ansible_controller_oauth_token', 'A30'), ('puppet_enterprise_rbac_token', 'b43'), ('terraform_enterprise_team_token', 'A14|~.atlasv1.|A67'),
 ('pulumi_access_token', '~pul-|H40'), ('jenkins_user_api_token', '~11|H32'), ('appveyor_api_token', '~v2.|l20'),
 ('chocolatey_community_api_key', 'G'), ('lansweeper_integration_app_secret', 'A40'), ('zabbix_api_token', 'H64'),
 ('prtg_api_passhash', 'D10'), ('nagios_xi_api_key', 'A64'), ('grafana_service_account_token', '~glsa_|A32|~_|H8'),
 ('uptimerobot_main_api_key', '~u|D7|~-|H24'), ('zerotier_central_api_token', 'A32'), ('ngrok_authtoken', 'A27|~_|A22'),
]

STYLES = {
 'appsettings_production_json_node': '{\n  "Integrations": {\n    "{P}": "{v}"\n  }\n}\n',
 'web_config_appsettings_add_element': '<appSettings>\n  <add key="{P}" value="{v}" />\n</appSettings>\n',
 'powershell_secretmanagement_set_secret': 'Set-Secret -Name {P} -Vault BuildVault -Secret \'{v}\'\n',
 'ado_library_variable_table_row': '| Name | Value | Secret |\n|---|---|---|\n| {N} | {v} | no |\n',
 'dotnet_user_secrets_set_cli': 'PS C:\\src\\Orders> dotnet user-secrets set "Vendors:{P}" "{v}"\nSuccessfully saved Vendors:{P} = {v} to the secret store.\n'.replace(' = {v} to', ' to'),
 'setx_machine_environment_line': 'C:\\> setx {N} "{v}" /M\n\nSUCCESS: Specified value was saved.\n',
 'octopus_sensitive_variable_csv_export': 'Name,Value,Scope\n{N},{v},Production\n',
 'iis_environment_variable_element': '<environmentVariables>\n  <add name="{N}" value="{v}" />\n</environmentVariables>\n',
 'sysadmin_teams_channel_paste': '{u} 10:42\nhere is the {t} for the monitoring box: {v}\nplease move it to Keeper when you can\n',
 'intune_win32_install_command': 'Install command: powershell.exe -ExecutionPolicy Bypass -File install.ps1 -{P} "{v}"\nUninstall command: msiexec /x {ProductCode} /qn\n',
 'vs_rest_client_http_file': '@host = https://{h}\n@{c} = {v}\n\nGET {{host}}/api/status\n',
 'launch_json_env_block': '{\n  "configurations": [\n    { "name": ".NET Launch", "type": "coreclr", "env": { "{N}": "{v}" } }\n  ]\n}\n',
}


def build(seed=7702):
    rng = random.Random(seed)
    names = list(STYLES)
    out = []
    for i, (t, spec) in enumerate(V):
        st = names[i % len(names)]
        v = shape(spec, rng)
        P = pascal(t); c = P[0].lower() + P[1:]
        text, s, e = fill(STYLES[st], v, P=P, N=t.upper(), t=t.replace('_', ' '), c=c, u=rng.choice(USERS), h=rng.choice(HOSTS))
        out.append(('vendor', t, t + '__' + st, text, s, e))
    return out
