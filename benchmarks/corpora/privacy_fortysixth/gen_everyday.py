"""Everyday part: 45 new enterprise-IT container kinds x 4 common secret types."""
import random
from common import MARK as V, rs, ALNUM, HEXL, B64, B64URL, LOWER_ALNUM, human_password, record

SEED = 4601


def _types():
    return {
        "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64, 40)),
        "github_personal_access_token": ("GITHUB_TOKEN", lambda r: "ghp_" + rs(r, ALNUM, 36)),
        "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL[:-2] + "_-", 20)),
        "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: "xoxb-%s-%s-%s" % (rs(r, "0123456789", 12), rs(r, "0123456789", 13), rs(r, ALNUM, 24))),
        "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r: "SG.%s.%s" % (rs(r, B64URL, 22), rs(r, B64URL, 43))),
        "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_" + rs(r, ALNUM, 24)),
        "openai_project_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, B64URL, 64) + "T3BlbkFJ" + rs(r, B64URL, 64)),
        "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
        "database_password": ("DB_PASSWORD", human_password),
        "smtp_password": ("SMTP_PASSWORD", human_password),
        "postgres_url_password": ("DATABASE_URL", human_password),
        "mysql_url_password": ("MYSQL_URL", human_password),
        "jwt_signing_secret": ("JWT_SECRET", lambda r: rs(r, B64URL, 48)),
        "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r: rs(r, HEXL, 32)),
        "datadog_api_key": ("DD_API_KEY", lambda r: rs(r, HEXL, 32)),
        "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda r: "%s:AA%s" % (rs(r, "0123456789", 10), rs(r, B64URL, 33))),
    }


def _expr(t):
    if t == "postgres_url_password":
        return "postgresql://svc_hrsync:" + V + "@pgsql02.corp.example:5432/hris"
    if t == "mysql_url_password":
        return "mysql://glpi_app:" + V + "@mysql-itsm.corp.example:3306/glpi"
    return V


# Each template: {K} env-style key, {k} lower key, {E} expression holding the marker.
KINDS = [
 ("servicenow_incident_work_notes", "INC0049{n}  Short description: HR sync failing\nWork notes (visible to IT only):\n  2025-03-0{d} 08:14 - j.okafor: restarted the middleware, new {K} is {E}\n  2025-03-0{d} 08:20 - j.okafor: monitoring\n"),
 ("jira_service_management_agent_comment", "ITSD-{n} | Internal comment by Priya N.\nVendor asked us to re-enter the key. Put {K}={E} into the connector screen, did not work first time.\n"),
 ("freshservice_ticket_private_note", "[Private note] Ticket #{n} — Requester: L. Brandt\nThe integration uses {K}: {E}\nPlease rotate after the migration weekend.\n"),
 ("powershell_start_transcript_log", "**********************\nWindows PowerShell transcript start\nUsername: CORP\\adm-mkoval\nMachine: MGMT-JUMP01 (Microsoft Windows NT 10.0.20348.0)\n**********************\nPS C:\\ops> $env:{K} = '{E}'\nPS C:\\ops> .\\Sync-HRUsers.ps1 -Verbose\nVERBOSE: Connecting...\n"),
 ("cmd_exe_console_paste", "Microsoft Windows [Version 10.0.19045.4046]\n(c) Microsoft Corporation. All rights reserved.\n\nC:\\Users\\helpdesk>set {K}={E}\n\nC:\\Users\\helpdesk>node C:\\tools\\ticket-bridge\\index.js\nlistening on 8443\n"),
 ("group_policy_preferences_environment_xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<EnvironmentVariables clsid=\"{{BF141A63-327B-438a-B9BF-2C188F13B7AD}}\">\n  <EnvironmentVariable clsid=\"{{78570023-8373-4a19-BA80-2F150738EA19}}\" name=\"{K}\" image=\"2\" changed=\"2025-02-1{d} 09:12:44\">\n    <Properties action=\"U\" name=\"{K}\" value=\"{E}\" user=\"0\"/>\n  </EnvironmentVariable>\n</EnvironmentVariables>\n"),
 ("unattend_xml_firstlogon_command", "<FirstLogonCommands>\n  <SynchronousCommand wcm:action=\"add\">\n    <Order>{d}</Order>\n    <CommandLine>cmd /c setx {K} \"{E}\" /m</CommandLine>\n    <Description>agent bootstrap</Description>\n  </SynchronousCommand>\n</FirstLogonCommands>\n"),
 ("sccm_task_sequence_variable_export", "Task Sequence: Win11 Finance Build\nStep: Set Task Sequence Variable\n  Name: {K}\n  Value: {E}\n  Continue on error: No\n"),
 ("intune_platform_script_ps1", "# Intune platform script - assigned to: All Finance Devices\n# Run this script using the logged on credentials: No\n$regPath = 'HKLM:\\SOFTWARE\\Contoso\\Agent'\nNew-Item -Path $regPath -Force | Out-Null\nSet-ItemProperty -Path $regPath -Name '{K}' -Value '{E}'\n"),
 ("jamf_pro_policy_script_parameters", "Policy: Install Telemetry Agent (ID {n})\nScript: install_agent.sh (Priority: After)\n  Parameter 4 (Tenant): corp-eu\n  Parameter 5 ({K}): {E}\n  Parameter 6 (Proxy): proxy.corp.example:3128\n"),
 ("ldif_export_description_attribute", "dn: CN=svc-reporting,OU=Service Accounts,DC=corp,DC=example\nobjectClass: user\nsAMAccountName: svc-reporting\ndescription: report bot - {K} {E}\n"),
 ("ad_user_export_csv_info_field", "SamAccountName,DisplayName,Department,info\nsvc-ticketbot,Ticket Bot,IT,\"{K}={E}\"\nakumar,Anil Kumar,Finance,\n"),
 ("sssd_conf_comment_block", "[domain/corp.example]\nid_provider = ad\naccess_provider = simple\n# hook for the alerting script, do not remove\n# {K}={E}\ncache_credentials = True\n"),
 ("keycloak_realm_export_json", "{{\n  \"realm\": \"corp\",\n  \"enabled\": true,\n  \"attributes\": {{\n    \"{k}\": \"{E}\",\n    \"frontendUrl\": \"https://sso.corp.example\"\n  }}\n}}\n"),
 ("okta_workflows_flow_note", "Flow: Offboard user -> revoke sessions\nNote card (added by t.ferreira):\n  the HTTP Raw Request card below needs {K} = {E}\n  (taken from the old Logic App)\n"),
 ("saml_sp_metadata_xml_comment", "<md:EntityDescriptor entityID=\"https://apps.corp.example/saml\">\n  <!-- integration test: {K}={E} -->\n  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>\n</md:EntityDescriptor>\n"),
 ("oidc_client_registration_json", "{{\n  \"client_name\": \"intranet-portal\",\n  \"redirect_uris\": [\"https://intranet.corp.example/callback\"],\n  \"x_{k}\": \"{E}\"\n}}\n"),
 ("hr_onboarding_checklist_row", "| Step | Owner | Status | Notes |\n|---|---|---|---|\n| Create payroll integration user | HR Ops | done | {K}: {E} |\n"),
 ("new_hire_it_welcome_email", "Subject: Welcome to Contoso IT, Lena!\n\nHi Lena,\nyour laptop is ready. For the reporting dashboard the team uses {K} {E} until your own account is provisioned.\nBest, Service Desk\n"),
 ("offboarding_ticket_task_list", "RITM00{n} Offboarding: M. Duarte (last day 28.03.)\n[x] Disable AD account\n[x] Convert mailbox to shared\n[ ] Rotate shared integration key ({K}={E})\n"),
 ("veeam_job_post_script_ps1", "# Post-job script for 'SQL-PROD-Daily' (Veeam B&R)\nparam($JobName)\n${K} = \"{E}\"\nInvoke-RestMethod -Uri https://hooks.corp.example/backup -Method Post -Body @{{job=$JobName}}\n"),
 ("vmware_powercli_deploy_script", "Connect-VIServer -Server vcsa01.corp.example\n$vmName = 'APP-HR-0{d}'\n$guestEnv = @{{ '{K}' = '{E}' }}\nNew-VM -Name $vmName -Template W2022-Base -ResourcePool Prod\n"),
 ("hyperv_vm_notes_field", "Name  : FS-ARCHIVE-0{d}\nState : Running\nNotes : Legacy app host. Owner: IT Infra. {K}={E} (for the uploader task)\n"),
 ("exchange_management_shell_history", "[PS] C:\\>Get-Mailbox -ResultSize 5 | ft Name\n[PS] C:\\>${K} = \"{E}\"\n[PS] C:\\>Set-TransportConfig -SmtpClientAuthenticationDisabled $false\n"),
 ("postfix_main_cf_comment", "# main.cf - mx02.corp.example\nmyhostname = mx02.corp.example\nrelayhost = [smtp.relay.example]:587\n# old webhook for bounce stats: {K}={E}\nsmtp_tls_security_level = encrypt\n"),
 ("dovecot_local_conf_comment", "# /etc/dovecot/local.conf\nmail_location = maildir:~/Maildir\n# quota-warning hook env\nimport_environment = TZ {K}={E}\n"),
 ("mobileconfig_plist_payload", "<dict>\n  <key>PayloadType</key>\n  <string>com.contoso.agent</string>\n  <key>{K}</key>\n  <string>{E}</string>\n</dict>\n"),
 ("scheduled_task_xml_arguments", "<Exec>\n  <Command>C:\\Tools\\sync.exe</Command>\n  <Arguments>--{k} {E} --log C:\\Logs\\sync.log</Arguments>\n</Exec>\n"),
 ("iis_web_config_appsettings", "<configuration>\n  <appSettings>\n    <add key=\"{K}\" value=\"{E}\" />\n    <add key=\"Environment\" value=\"Production\" />\n  </appSettings>\n</configuration>\n"),
 ("dotnet_appsettings_production_json", "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"Integrations\": {{\n    \"{K}\": \"{E}\"\n  }}\n}}\n"),
 ("it_runbook_confluence_page", "h2. Runbook: Restart HR connector\n# Log on to APP-HR-01 as adm account\n# Check service 'HRConnector' is stopped\n# If the key was rotated update {K} to {E}\n# Start the service and watch Event Viewer\n"),
 ("batch_logon_script_bat", "@echo off\nREM logon.bat - GPO User Logon\nnet use H: \\\\fs01\\home\\%USERNAME% /persistent:no\nset {K}={E}\nstart \"\" \"C:\\Program Files\\Contoso\\tray.exe\"\n"),
 ("vbscript_logon_script", "' logon.vbs\nSet WshShell = CreateObject(\"WScript.Shell\")\nSet env = WshShell.Environment(\"USER\")\nenv(\"{K}\") = \"{E}\"\n"),
 ("robocopy_backup_job_cmd", "REM nightly-copy.cmd\nrobocopy D:\\Shares\\HR \\\\nas02\\backup\\HR /MIR /R:2 /W:5 /LOG+:C:\\Logs\\hr.log\nset {K}={E}\ncurl -s -X POST https://hooks.corp.example/robocopy\n"),
 ("password_manager_secure_note_export", "\"title\",\"notes\",\"folder\"\n\"HR sync integration\",\"{K}: {E}\",\"IT/Integrations\"\n"),
 ("autopilot_deployment_profile_json", "{{\n  \"displayName\": \"Autopilot - Kiosk\",\n  \"deviceNameTemplate\": \"KSK-%SERIAL%\",\n  \"description\": \"{K}={E}\"\n}}\n"),
 ("ansible_winrm_group_vars", "ansible_connection: winrm\nansible_winrm_transport: kerberos\nansible_port: 5986\n{k}: \"{E}\"\n"),
 ("packer_windows_pkr_hcl", "source \"vsphere-iso\" \"w2022\" {{\n  vm_name = \"tpl-w2022\"\n}}\nbuild {{\n  provisioner \"powershell\" {{\n    environment_vars = [\"{K}={E}\"]\n  }}\n}}\n"),
 ("azure_ad_connect_trace_log", "[{d:02}:14:07.331] [  1] [INFO ] ExportSync: starting delta export\n[{d:02}:14:07.512] [  1] [VERB ] Custom extension env {K}={E}\n[{d:02}:14:08.002] [  1] [INFO ] ExportSync: 14 objects exported\n"),
 ("adfs_claims_rule_comment", "@RuleTemplate = \"LdapClaims\"\n@RuleName = \"Send UPN\"\n// temp for claims provider test: {K} {E}\nc:[Type == \"http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname\"]\n"),
 ("citrix_storefront_web_config_note", "<!-- StoreFront /Citrix/StoreWeb web.config -->\n<!-- analytics beacon {K}: {E} -->\n<authentication mode=\"None\" />\n"),
 ("kace_ticket_comment", "KACE SMA | Ticket:{n} | Comment by tech 'rwalsh'\nCustomer's script failed, it used {K}={E}. Asked them to move it to a credential.\n"),
 ("asset_inventory_sheet_row", "AssetTag\tHostname\tOwner\tNotes\nCT-{n}\tLT-FIN-022\tS. Meyer\tagent key {K} {E}\n"),
 ("it_shift_handover_email", "Subject: Service Desk handover - late shift\n\n- 3 P2 tickets open (VPN)\n- Printer fleet script now reads {K}={E}\n- Nothing else, have a quiet night\n"),
 ("printer_scan_to_email_config_dump", "[ScanToEmail]\nSMTPServer=smtp.corp.example\nSMTPPort=587\nSender=mfp-3rdfloor@corp.example\n{K}={E}\n"),
]


def build(ids):
    rng = random.Random(SEED)
    types = _types()
    tnames = sorted(types)
    use = {t: 0 for t in tnames}
    out = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cand = [t for t in tnames if t not in chosen]
            m = min(use[t] for t in cand)
            t = rng.choice([t for t in cand if use[t] == m])
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            key, gen = types[t]
            val = ids.pool.take(lambda: gen(rng))
            text = tpl.format(K=key, k=key.lower(), E=_expr(t), n=rng.randint(1000, 9999), d=rng.randint(1, 9))
            out.append(record(ids.next("s"), kind, text, [val], [t], "everyday"))
    return out
