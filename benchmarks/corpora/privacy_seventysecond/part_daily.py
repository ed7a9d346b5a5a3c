"""Everyday part: 45 new MSP / end-user-IT container kinds x 4 records, 16 common secret types."""
import random
from shared import V, fill, place, positive, shape, owner_password, rs, ALNUM, HEX, B64

SEED = 7201

# type: (env key, human label, camel key, value generator)
TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "AWS secret access key", "awsSecretAccessKey", lambda r: shape("B40", r).replace("+", "k")),
    "github_personal_access_token": ("GITHUB_TOKEN", "GitHub token", "githubToken", lambda r: shape("'ghp_'+A36", r)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "Slack bot token", "slackBotToken", lambda r: shape("'xoxb-'+D12+'-'+D13+'-'+A24", r)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "SendGrid key", "sendgridApiKey", lambda r: shape("'SG.'+R22+'.'+R43", r)),
    "database_password": ("DB_PASSWORD", "database password", "dbPassword", owner_password),
    "smtp_password": ("SMTP_PASSWORD", "SMTP relay password", "smtpPassword", owner_password),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "Twilio auth token", "twilioAuthToken", lambda r: shape("H32", r)),
    "jwt_signing_secret": ("JWT_SECRET", "JWT signing secret", "jwtSecret", lambda r: shape("A48", r)),
    "rmm_agent_site_install_token": ("RMM_SITE_TOKEN", "RMM site install token", "rmmSiteToken", lambda r: shape("'st_'+L8+'_'+A32", r)),
    "laps_local_administrator_password": ("LAPS_ADMIN_PASSWORD", "LAPS local admin password", "lapsPassword", lambda r: shape("A6", r) + r.choice("#%+=") + shape("A9", r)),
    "entra_app_client_secret": ("AZURE_CLIENT_SECRET", "Entra app client secret", "entraClientSecret", lambda r: shape("A3+D1+'Q~'+R34", r).replace("-", "~", 1)),
    "ad_service_account_password": ("AD_BIND_PASSWORD", "AD service account password", "adBindPassword", owner_password),
    "printer_scan_to_folder_password": ("SCAN_SMB_PASSWORD", "scan-to-folder password", "scanSmbPassword", owner_password),
    "psa_integration_api_key": ("PSA_API_KEY", "PSA integration key", "psaApiKey", lambda r: shape("'psa_'+H40", r)),
    "backup_appliance_encryption_passphrase": ("BACKUP_PASSPHRASE", "backup encryption passphrase", "backupPassphrase", lambda r: "-".join(rs(r, "abcdefghijkmnpqrstuvwxyz", 5) for _ in range(4)) + shape("D2", r)),
    "remote_support_unattended_password": ("RS_UNATTENDED_PASSWORD", "unattended access password", "unattendedPassword", owner_password),
}

# 45 container kinds: template with @K@ (env key), @L@ (label), @J@ (camel key) and V (value)
KINDS = {
    "ninjaone_custom_field_dump": "Custom fields for @CLIENT@ (device @HOST@)\n  siteCode: MKE-02\n  @J@: " + V + "\n  lastReboot: 2024-03-11\n",
    "datto_rmm_component_variables": "[component]\nname = Map Drives + Printers\n[variables]\nSITE = @CLIENT@\n@K@ = " + V + "\nREBOOT = false\n",
    "connectwise_manage_ticket_note": "Ticket #@TICKET@ - internal note by @TECH@\nOnboarding for @CLIENT@ done. @L@ is " + V + " (stored here until IT Glue is fixed).\n",
    "autotask_ticket_time_entry": "Time entry 0.50h | Ticket T2024.@TICKET@ | @TECH@\nSummary: rebuilt scan profile. Used @L@ " + V + " on @HOST@.\n",
    "halopsa_asset_field_export": "AssetId,Client,Field,Value\n88213,@CLIENT@,@L@," + V + "\n",
    "intune_remediation_detect_ps1": "# Intune proactive remediation - detection\n$Tenant = '@CLIENT@'\n$@J@ = '" + V + "'\nif (-not (Test-Path HKLM:\\SOFTWARE\\MSP)) { exit 1 }\n",
    "intune_win32_install_cmd": "Install command:\ncmd /c install.cmd /quiet @K@=" + V + "\nUninstall command:\ncmd /c uninstall.cmd\n",
    "jamf_policy_script_parameter": "#!/bin/zsh\n# Jamf policy 'Bind + Printers' - parameter 4 fallback\n@K@=\"${4:-" + V + "}\"\n/usr/local/bin/msp-helper --site \"@CLIENT@\"\n",
    "jamf_extension_attribute_sh": "#!/bin/sh\n# EA: MSP agent health\n@K@='" + V + "'\necho \"<result>$(/opt/msp/agentctl status)</result>\"\n",
    "mobileconfig_payload_dict": "<dict>\n  <key>PayloadDisplayName</key>\n  <string>@CLIENT@ settings</string>\n  <key>@J@</key>\n  <string>" + V + "</string>\n</dict>\n",
    "kandji_custom_script_header": "# Kandji custom script (audit + enforce)\n# client: @CLIENT@\nreadonly @K@=\"" + V + "\"\n",
    "ad_bulk_user_import_csv": "SamAccountName,GivenName,Department,Notes\n@USER@,Sam,Accounts,\"@L@: " + V + "\"\n",
    "entra_app_registration_notes": "App registration: @CLIENT@-Sync\nTenant: @CLIENT@ (primary)\nClient id: see portal\n@L@: " + V + "\nExpires: 2025-09-30\n",
    "gpo_logon_script_bat": "@echo off\nrem logon script for @CLIENT@\nset @K@=" + V + "\nnet time \\\\@HOST@ /set /y\n",
    "password_reset_chat_transcript": "[09:14] @USER@: hi I'm locked out again\n[09:15] @TECH@ (Helpdesk): unlocked. While I'm here, the @L@ you asked about: " + V + "\n[09:16] @USER@: thanks!!\n",
    "printer_ews_config_backup_xml": "<DeviceConfig model=\"MFP-E786\">\n  <Network host=\"@HOST@\"/>\n  <Setting name=\"@J@\" value=\"" + V + "\"/>\n</DeviceConfig>\n",
    "copier_address_book_csv": "No,Name,Type,Path,User,@L@\n12,Scans-Front,SMB,\\\\@HOST@\\scans,@USER@," + V + "\n",
    "scanner_profile_ini": "[Profile:Reception]\nDestination=\\\\@HOST@\\scan\nUser=@USER@\n@J@=" + V + "\n",
    "backup_appliance_support_bundle": "== agent.conf (support bundle, @HOST@) ==\nschedule=hourly\nretention=30d\n@K@=" + V + "\n",
    "veeam_job_description_field": "Job: @CLIENT@ - File Server\nDescription: offsite copy, @L@ " + V + " (ask Lena before changing)\n",
    "nas_backup_task_json": "{\n  \"task\": \"nightly-@CLIENT@\",\n  \"target\": \"@HOST@\",\n  \"@J@\": \"" + V + "\"\n}\n",
    "remote_session_chat_log": "Session 4471-22 started by @TECH@\n@TECH@: I'll set the @L@ so we can get back in tonight: " + V + "\nEnd user: ok\n",
    "unattended_access_deploy_ps1": "# deploy remote support host, client @CLIENT@\n$@J@ = \"" + V + "\"\nStart-Process .\\host.exe -ArgumentList '/S'\n",
    "msp_onboarding_checklist_md": "## @CLIENT@ onboarding\n- [x] Agents deployed\n- [x] @L@ set: `" + V + "`\n- [ ] MFA for all users\n",
    "client_handover_document_table": "| Item | Value |\n|---|---|\n| Site | @CLIENT@ |\n| @L@ | " + V + " |\n",
    "it_glue_flexible_asset_export": "flexible_asset_type: Network Overview\nname: @CLIENT@ LAN\ntraits:\n  @J@: " + V + "\n",
    "hudu_article_code_block": "### Scripts for @CLIENT@\n```\n@K@=" + V + "\n```\n",
    "tech_handover_email": "Subject: Handover - @CLIENT@\n\nHi team,\n@TECH@ is out next week. The @L@ is " + V + " if the sync breaks.\n\nCheers\n",
    "rmm_script_output_log": "[2024-04-02 03:00:12] Running 'Rotate service creds' on @HOST@\n[2024-04-02 03:00:13] @K@ => " + V + "\n[2024-04-02 03:00:14] done (exit 0)\n",
    "psa_webhook_payload_json": "{\"event\":\"ticket.updated\",\"company\":\"@CLIENT@\",\"custom\":{\"@J@\":\"" + V + "\"}}\n",
    "automation_runbook_parameters": "param(\n  [string]$Client = '@CLIENT@',\n  [string]$@J@ = '" + V + "'\n)\n",
    "mdm_enrollment_email": "Hi @USER@,\nyour new laptop is enrolled. For the VPN app you will need the @L@ " + V + " once.\n- @TECH@, IT\n",
    "sticky_note_photo_ocr": "OCR (photo of monitor sticky note, @CLIENT@ front desk):\n@L@\n" + V + "\n",
    "qbr_slide_speaker_notes": "Slide 7 - Security posture (@CLIENT@)\nSpeaker notes: mention that the @L@ " + V + " was reset in March.\n",
    "teams_channel_it_paste": "@TECH@ 10:42\n@L@ for @CLIENT@ is " + V + " - pin this?\n",
    "ps_profile_env_block": "# Microsoft.PowerShell_profile.ps1 on tech laptop\n$env:@K@ = '" + V + "'\nSet-Location C:\\MSP\n",
    "sccm_task_sequence_variable": "TS variable list (@CLIENT@ build)\nOSDComputerName=%SERIAL%\n@K@=" + V + "\n",
    "unattend_answer_comment": "<!-- built by @TECH@ for @CLIENT@; @L@: " + V + " -->\n<unattend xmlns=\"urn:schemas-microsoft-com:unattend\"/>\n",
    "firewall_config_export_comment": "# FortiGate backup @HOST@\n# note: @L@ = " + V + "\nconfig system global\n    set hostname \"@CLIENT@-FW\"\nend\n",
    "wifi_rollout_spreadsheet_row": "Site;SSID;VLAN;@L@\n@CLIENT@;staff-5g;20;" + V + "\n",
    "helpdesk_kb_draft": "KB draft: reconnect the reception scanner\n1. Open the share settings\n2. Enter the @L@: " + V + "\n3. Save and test\n",
    "laptop_imaging_usb_readme": "IMAGING USB - @CLIENT@\nboot F12 > USB\n@L@ (temporary) = " + V + "\n",
    "new_hire_it_welcome_letter": "Welcome to @CLIENT@!\nYour IT setup is ready. The @L@ for the onboarding kiosk is " + V + "\nQuestions: helpdesk@msp.example\n",
    "vendor_portal_signup_note": "Signed up @CLIENT@ in the vendor portal today (@TECH@).\n@L@ " + V + "\n",
    "tech_onenote_page_export": "Page: @CLIENT@ misc\nTitle: bits & pieces\n@L@ -> " + V + "\nswitch port 14 is dead\n",
}


def build():
    rng = random.Random(SEED)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            low = min(use[t] for t in cands)
            pick = rng.choice([t for t in cands if use[t] == low])
            chosen.append(pick); use[pick] += 1
        for t in chosen:
            env, label, camel, gen = TYPES[t]
            tpl = fill(KINDS[kind], rng, **{"@K@": env, "@L@": label, "@J@": camel})
            text, s, e = place(tpl, gen(rng))
            recs.append((t, kind, text, s, e))
    return recs
