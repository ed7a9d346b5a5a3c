"""Everyday part: 45 new container kinds x 4 records, common secret types."""
import random
from common import *

def T(r):
    return {
        "anthropic_api_key": ("ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(r, AN + "-_", 93) + "AA"),
        "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", rs(r, AN + "/+", 40)),
        "database_password": ("DB_PASSWORD", password(r)),
        "datadog_api_key": ("DD_API_KEY", rs(r, HEXL, 32)),
        "dockerhub_personal_access_token": ("DOCKERHUB_TOKEN", "dckr_pat_" + rs(r, AN + "-_", 27)),
        "github_classic_pat": ("GITHUB_TOKEN", gh_token(r, "ghp_")),
        "github_fine_grained_pat": ("GH_PAT", "github_pat_11" + rs(r, UP + DI, 20) + "_" + rs(r, AN, 59)),
        "gitlab_personal_access_token": ("GITLAB_TOKEN", "glpat-" + rs(r, AN + "-_", 20)),
        "google_gemini_api_key": ("GEMINI_API_KEY", "AIza" + rs(r, AN + "-_", 35)),
        "huggingface_access_token": ("HF_TOKEN", "hf_" + rs(r, AN, 34)),
        "jwt_signing_secret": ("JWT_SECRET", rs(r, AN, 48)),
        "mysql_url_password": ("MYSQL_URL", password(r)),
        "npm_access_token": ("NPM_TOKEN", gh_token(r, "npm_")),
        "openai_project_api_key": ("OPENAI_API_KEY", "sk-proj-" + rs(r, AN + "-_", 74) + "T3BlbkFJ" + rs(r, AN + "-_", 74)),
        "postgres_url_password": ("DATABASE_URL", password(r)),
        "redis_url_password": ("REDIS_URL", password(r)),
        "sendgrid_api_key": ("SENDGRID_API_KEY", "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43)),
        "slack_bot_token": ("SLACK_BOT_TOKEN", "xoxb-" + rs(r, DI, 12) + "-" + rs(r, DI, 13) + "-" + rs(r, AN, 24)),
        "smtp_password": ("SMTP_PASSWORD", password(r)),
        "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "sk_live_51" + rs(r, AN, 97)),
        "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", str(r.randint(10**9, 8 * 10**9)) + ":AA" + rs(r, AN + "-_", 33)),
        "twilio_auth_token": ("TWILIO_AUTH_TOKEN", rs(r, HEXL, 32)),
    }

TYPES = sorted(T(random.Random(0)))
URLT = {"mysql_url_password": "mysql://app:⟦0⟧@db.lan:3306/shop",
        "postgres_url_password": "postgresql://app:⟦0⟧@10.0.0.5:5432/app",
        "redis_url_password": "redis://:⟦0⟧@192.168.1.20:6379/0"}

def V(t):
    """value slot: URL types embed the password in a URL."""
    return URLT.get(t, "⟦0⟧")

# kind -> function(var, slot) returning a template string with the ⟦0⟧ slot
K = {
 "bitwarden_json_export_item": lambda v, s: '{\n  "items": [{\n    "type": 2,\n    "name": "%s",\n    "notes": "%s",\n    "folderId": null\n  }]\n}' % (v, s),
 "keepass_xml_export_entry": lambda v, s: '<Entry>\n  <String><Key>Title</Key><Value>%s</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory="True">%s</Value></String>\n</Entry>' % (v, s),
 "onepassword_csv_export_row": lambda v, s: 'Title,Website,Username,Password,Notes\n%s,,ops,%s,rotated quarterly' % (v, s),
 "lastpass_csv_export_row": lambda v, s: 'url,username,password,totp,extra,name,grouping,fav\nhttp://sn,,%s,,,%s,Secure Notes,0' % (s, v),
 "keepassxc_cli_show_output": lambda v, s: '$ keepassxc-cli show -s vault.kdbx "Homelab/%s"\nTitle: %s\nUserName: service\nPassword: %s\nURL:\nNotes:' % (v, v, s),
 "helpdesk_ticket_plaintext_comment": lambda v, s: 'Ticket #48213 - printer cannot send scan-to-email\nStatus: open | Priority: normal\n\nAgent note: reconfigured the relay, the new %s is %s - please do not paste it anywhere else.' % (v, s),
 "osticket_email_reply_body": lambda v, s: 'Re: [#771204] Home office VPN not connecting\n\nHi Dana,\n\nas requested, here is the value for %s:\n%s\n\nKind regards,\nIT Service Desk' % (v, s),
 "spreadsheet_csv_inventory_row": lambda v, s: 'device;location;variable;value;owner\nnas01;basement rack;%s;%s;jonas' % (v, s),
 "xlsx_shared_strings_cell": lambda v, s: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\n<si><t>%s</t></si>\n<si><t>%s</t></si>\n</sst>' % (v, s),
 "ods_content_xml_cell": lambda v, s: '<table:table-row>\n  <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>\n  <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>\n</table:table-row>' % (v, s),
 "sheets_tsv_clipboard_paste": lambda v, s: 'service\tkey name\tsecret\tupdated\nhome-automation\t%s\t%s\t2024-03-02' % (v, s),
 "eml_plaintext_message": lambda v, s: 'From: Mia Berger <mia@family.example>\nTo: tom@family.example\nSubject: server stuff\nContent-Type: text/plain; charset=utf-8\n\nTom, for the media box you need %s=%s\nMia' % (v, s),
 "mbox_mailbox_entry": lambda v, s: 'From tom@family.example Sat Mar  2 10:14:07 2024\nFrom: tom@family.example\nSubject: note to self\n\n%s %s\n' % (v, s),
 "sms_backup_xml_message": lambda v, s: '<smses count="1">\n  <sms protocol="0" address="+15550100" type="2" body="%s: %s" read="1" />\n</smses>' % (v, s),
 "voicemail_transcript_text": lambda v, s: 'Voicemail from +1 555 0142 (0:41)\nTranscript: hi it is Sam from the office, I am texting you the key separately but in case it does not arrive the %s is %s, call me back.' % (v.replace("_", " ").lower(), s),
 "home_assistant_secrets_yaml": lambda v, s: '# secrets.yaml\nlatitude_home: 52.37\n%s: "%s"' % (v.lower(), s),
 "openwrt_uci_option_line": lambda v, s: "config service 'notify'\n\toption enabled '1'\n\toption %s '%s'" % (v.lower(), s),
 "esphome_substitutions_block": lambda v, s: 'substitutions:\n  device_name: garage-door\n  %s: "%s"\n\nesphome:\n  name: ${device_name}' % (v.lower(), s),
 "node_red_flow_env_json": lambda v, s: '[{"id":"a1b2c3","type":"tab","label":"Home","env":[{"name":"%s","value":"%s","type":"str"}]}]' % (v, s),
 "unraid_template_config_xml": lambda v, s: '<Container version="2">\n  <Name>backup-bot</Name>\n  <Config Name="%s" Target="%s" Default="" Mode="" Type="Variable" Display="always" Required="true" Mask="true">%s</Config>\n</Container>' % (v, v, s),
 "synology_task_scheduler_script": lambda v, s: '# DSM > Control Panel > Task Scheduler > User-defined script\nexport %s="%s"\n/volume1/scripts/sync.sh >> /volume1/logs/sync.log 2>&1' % (v, s),
 "portainer_stack_env_editor": lambda v, s: 'Stack: media\nEnvironment variables (advanced mode):\nTZ=Europe/Vienna\n%s=%s\nPUID=1026' % (v, s),
 "octoprint_config_yaml_plugin": lambda v, s: 'plugins:\n  notify_bridge:\n    %s: %s\n    events: [PrintDone, PrintFailed]' % (v.lower(), s),
 "moonraker_secrets_ini": lambda v, s: '# moonraker.secrets\n[notify]\n%s: %s' % (v.lower(), s),
 "pterodactyl_egg_variable_json": lambda v, s: '{"name": "Bot token", "env_variable": "%s", "default_value": "%s", "user_viewable": false, "rules": "required|string"}' % (v, s),
 "minecraft_plugin_config_yml": lambda v, s: '# plugins/Bridge/config.yml\nEnabled: true\n%s: "%s"\nChannel: 118833' % (v, s),
 "garrysmod_server_cfg_convar": lambda v, s: 'hostname "Friday Night TTT"\nsv_loadingurl ""\nsetenv_%s "%s"' % (v.lower(), s),
 "palworld_settings_ini_option": lambda v, s: '[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,%s="%s",bIsPvP=False)' % (v, s),
 "obs_studio_service_json": lambda v, s: '{"settings": {"bwtest": false, "key": "%s", "server": "auto", "service": "Custom"}, "type": "rtmp_common", "note": "%s"}' % (s, v),
 "thunderbird_prefs_js_user_pref": lambda v, s: 'user_pref("mail.server.server2.hostname", "imap.mailbox.example");\nuser_pref("extensions.notify.%s", "%s");' % (v.lower(), s),
 "macos_security_find_generic_password": lambda v, s: '$ security find-generic-password -s %s -w\n%s' % (v, s),
 "secret_tool_lookup_output": lambda v, s: '$ secret-tool lookup service %s\n%s' % (v.lower(), s),
 "apple_notes_plaintext_export": lambda v, s: 'Homelab\n\nRouter is in the hallway cupboard.\n%s -> %s\nNAS fan is loud, replace in spring.' % (v, s),
 "whiteboard_photo_ocr_text": lambda v, s: '[OCR, confidence 0.93]\nSPRINT 14 | ON CALL: ALEX\ntemp %s = %s\n(remove after demo!)' % (v, s),
 "printer_ews_settings_export": lambda v, s: '# HP Embedded Web Server - exported settings\n[Scan To Email]\nsmtp_server=mail.office.example\n%s=%s' % (v.lower(), s),
 "truenas_cloud_sync_task_json": lambda v, s: '{"description": "photos offsite", "attributes": {"folder": "/mnt/tank/photos"}, "env": {"%s": "%s"}}' % (v, s),
 "reolink_nvr_push_config_json": lambda v, s: '{"cmd": "SetPush", "param": {"Push": {"schedule": {"enable": 1}, "%s": "%s"}}}' % (v.lower(), s),
 "asuswrt_nvram_show_line": lambda v, s: 'admin@RT-AX58U:/tmp/home/root# nvram show | grep %s\n%s=%s\nsize: 61234 bytes (69838 left)' % (v.lower(), v.lower(), s),
 "awx_survey_spec_default_json": lambda v, s: '{"name": "", "description": "", "spec": [{"variable": "%s", "type": "text", "required": true, "default": "%s"}]}' % (v.lower(), s),
 "uptime_kuma_notification_json": lambda v, s: '{"name": "phone alerts", "type": "webhook", "isDefault": true, "%s": "%s"}' % (v.lower(), s),
 "netdata_health_alarm_notify_conf": lambda v, s: '# /etc/netdata/health_alarm_notify.conf\nSEND_CUSTOM="YES"\n%s="%s"' % (v, s),
 "kodi_advancedsettings_xml": lambda v, s: '<advancedsettings version="1.0">\n  <services>\n    <%s>%s</%s>\n  </services>\n</advancedsettings>' % (v.lower(), s, v.lower()),
 "plex_preferences_xml_attribute": lambda v, s: '<?xml version="1.0" encoding="utf-8"?>\n<Preferences FriendlyName="basement" %s="%s" TranscoderQuality="2"/>' % (v, s),
 "jellyfin_plugin_configuration_xml": lambda v, s: '<?xml version="1.0"?>\n<PluginConfiguration>\n  <%s>%s</%s>\n  <Enabled>true</Enabled>\n</PluginConfiguration>' % (v, s, v),
 "autoexec_bat_set_line": lambda v, s: '@ECHO OFF\nPROMPT $P$G\nSET %s=%s\nC:\\TOOLS\\SYNC.EXE' % (v, s),
}
KINDS = sorted(K)


def build():
    r = random.Random(33001)
    recs = []
    use = {t: 0 for t in TYPES}
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = sorted([t for t in TYPES if t not in chosen], key=lambda t: (use[t], r.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            var, val = T(r)[t]
            tpl = K[kind](var, V(t))
            text, spans = assemble(tpl, [(val, t)])
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
