"""Everyday part: 45 network / telecom container kinds x 4 records, common secret types."""
import random
from common import *

SEED = 6101

def _slack(r): return "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + alnum(r, 24)

TYPES = {
    # type: (generator, ENV name, lower key, human label)
    "aws_secret_access_key": (lambda r: pick(r, ALNUM + "/+", 40), "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "AWS secret key"),
    "github_personal_access_token": (lambda r: "ghp_" + alnum(r, 36), "GITHUB_TOKEN", "github_token", "GitHub token"),
    "slack_bot_token": (_slack, "SLACK_BOT_TOKEN", "slack_bot_token", "Slack bot token"),
    "openai_project_api_key": (lambda r: "sk-proj-" + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74), "OPENAI_API_KEY", "openai_api_key", "OpenAI key"),
    "stripe_live_secret_key": (lambda r: "sk_live_51" + alnum(r, 97), "STRIPE_SECRET_KEY", "stripe_secret_key", "Stripe live key"),
    "sendgrid_api_key": (lambda r: "SG." + b64url(r, 16) + "." + b64url(r, 32), "SENDGRID_API_KEY", "sendgrid_api_key", "SendGrid key"),
    "database_password": (password, "DB_PASSWORD", "db_password", "DB password"),
    "smtp_password": (password, "SMTP_PASSWORD", "smtp_password", "SMTP password"),
    "jwt_signing_secret": (lambda r: hexs(r, 64), "JWT_SECRET", "jwt_secret", "JWT signing secret"),
    "twilio_auth_token": (lambda r: hexs(r, 32), "TWILIO_AUTH_TOKEN", "twilio_auth_token", "Twilio auth token"),
    "telegram_bot_token": (lambda r: digits(r, 10) + ":AA" + pick(r, URLSAFE, 33), "TELEGRAM_BOT_TOKEN", "telegram_bot_token", "Telegram bot token"),
    "gitlab_personal_access_token": (lambda r: "glpat-" + pick(r, URLSAFE, 20), "GITLAB_TOKEN", "gitlab_token", "GitLab token"),
    "radius_shared_secret": (password, "RADIUS_SECRET", "radius_secret", "RADIUS shared secret"),
    "sip_account_password": (password, "SIP_PASSWORD", "sip_password", "SIP account password"),
    "vpn_preshared_key": (lambda r: alnum(r, 32), "VPN_PSK", "vpn_psk", "VPN pre-shared key"),
    "device_admin_password": (password, "DEVICE_ADMIN_PASSWORD", "admin_password", "device admin password"),
}
NEW_TYPES = ["gitlab_personal_access_token", "radius_shared_secret", "sip_account_password", "vpn_preshared_key", "device_admin_password"]

# {KE} env name, {KC} lower key, {KL} label, {V} slot
KINDS = [
 ("ios_banner_motd_block", "hostname {host}\n!\nbanner motd ^C\n  {site} - authorised staff only\n  {KL}: {V}\n^C\n!\nline vty 0 4\n transport input ssh\n"),
 ("junos_annotate_statement", "[edit system]\nnetops@{host}# annotate services \"{KL} {V} - rotate after {ticket}\"\n\nnetops@{host}# commit check\nconfiguration check succeeds\n"),
 ("eos_startup_config_bang_comment", "! device: {host} (DCS-7280SR, EOS-4.31.2F)\n!\n! {KC} = {V}\n!\nhostname {host}\nip name-server vrf MGMT {ip}\n"),
 ("routeros_script_global_var", "# /system script add name=nightly-backup\n:global {KC} \"{V}\"\n:global backupHost \"{ip}\"\n/tool fetch url=(\"sftp://\" . $backupHost . \"/cfg/\") upload=yes\n"),
 ("openwrt_uci_config_section", "config integration 'noc'\n\toption enabled '1'\n\toption endpoint 'https://{host}/api'\n\toption {KC} '{V}'\n\toption interval '300'\n"),
 ("vyos_config_boot_tree", "service {{\n    monitoring {{\n        telegraf {{\n            /* {KL} */\n            {KC} \"{V}\"\n            url \"https://{host}\"\n        }}\n    }}\n}}\n"),
 ("fortigate_cli_comments_field", "config firewall address\n    edit \"{site}-mgmt\"\n        set subnet {ip} 255.255.255.255\n        set comment \"{KL} {V}\"\n    next\nend\n"),
 ("panos_xml_description_node", "<entry name=\"{site}-uplink\">\n  <layer3><ip><entry name=\"{ip}/31\"/></ip></layer3>\n  <comment>{KL}: {V}</comment>\n</entry>\n"),
 ("netbox_custom_field_json", "{{\n  \"name\": \"{host}\",\n  \"site\": {{\"slug\": \"{site}\"}},\n  \"custom_fields\": {{\n    \"{KC}\": \"{V}\",\n    \"circuit_id\": \"CID-{n}-7730\"\n  }}\n}}\n"),
 ("nautobot_config_context_yaml", "---\n_metadata:\n  name: {site}-services\n  weight: 1000\nservices:\n  poller: {ip}\n  {KC}: \"{V}\"\n"),
 ("librenms_config_php_line", "<?php\n$config['distributed_poller_group'] = {n};\n$config['{KC}'] = '{V}';\n$config['rrd_purge'] = 0;\n"),
 ("zabbix_template_macro_xml", "<macros>\n  <macro>\n    <macro>{{${KE}}}</macro>\n    <value>{V}</value>\n    <description>{KL} for {site}</description>\n  </macro>\n</macros>\n"),
 ("nagios_resource_cfg_macro", "# resource.cfg on {host}\n$USER1$=/usr/lib/nagios/plugins\n# $USER7$ = {KL}\n$USER7$={V}\n"),
 ("snmp_exporter_generator_yaml", "auths:\n  {KC}_auth:\n    version: 2\n    community: public_ro_view\n  notify:\n    {KC}: \"{V}\"\nmodules:\n  if_mib:\n    walk: [ifXTable]\n"),
 ("grafana_datasource_provisioning_yaml", "apiVersion: 1\ndatasources:\n  - name: noc-{site}\n    type: prometheus\n    url: https://{host}:9090\n    secureJsonData:\n      {KC}: \"{V}\"\n"),
 ("oxidized_router_db_yaml", "source:\n  default: csv\n  csv:\n    file: /etc/oxidized/router.db\n    delimiter: !ruby/regexp /:/\nhooks:\n  notify:\n    type: exec\n    cmd: \"notify --{KC} {V} --host {host}\"\n"),
 ("cloginrc_comment_line", "# .cloginrc for {user} ({date})\n# {KL}: {V}\nadd user *.netops.example {user}\nadd method *.netops.example ssh\n"),
 ("noc_ticket_worklog_comment", "[{ticket}] worklog {date} 03:17Z by {user}\nFlap on {site} uplink cleared after optic reseat.\nFor the follow-up job the {KL} is {V} (temporary).\n"),
 ("noc_shift_handover_markdown", "## Shift handover {date}\n\n- {site}: BGP session to {ip} stable since 02:40\n- pending: {ticket}\n- {KL}: `{V}`\n"),
 ("field_tech_visit_notes_txt", "Visit {site} {date}\nReplaced PSU B on {host}, fans ok.\nCreds used on site -> {KL} {V}\nLeft site 16:20.\n"),
 ("tower_site_audit_form_ocr", "SITE AUDIT FORM  Site: {site}   Date: {date}\nGrounding check ....... OK\nRRU serials ........... see sheet\n{KL} ......... {V}\nTechnician signature: ________\n"),
 ("fiber_splice_report_csv", "site,tray,fibre,loss_db,note\n{site},{n},12,0.04,ok\n{site},{n},13,0.31,\"re-splice; {KL}={V}\"\n"),
 ("street_cabinet_door_label_ocr", "CABINET {site}\nPOWER 48V DC  FUSE 32A\nNOC +1-555-0100\n{KL}: {V}\n"),
 ("expect_script_set_variable", "#!/usr/bin/expect -f\nset timeout 20\nset {KC} \"{V}\"\nspawn ssh {user}@{host}\nexpect \"#\"\nsend \"show clock\\r\"\n"),
 ("console_session_capture_log", "{host}#show running-config | include {KC}\n {KC} {V}\n{host}#\n{host}#exit\n"),
 ("minicom_serial_capture_txt", "Welcome to minicom 2.8\nPort /dev/ttyUSB0, 9600 8N1\n\nUser Access Verification\nUsername: {user}\n% note from previous tech: {KL} {V}\n"),
 ("securecrt_session_ini", "S:\"Hostname\"={host}\nS:\"Username\"={user}\nS:\"{KL}\"={V}\nD:\"[SSH2] Port\"=00000016\n"),
 ("putty_session_reg_export", "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\{site}]\n\"HostName\"=\"{host}\"\n\"{KE}\"=\"{V}\"\n"),
 ("ansible_network_group_vars", "---\nansible_network_os: cisco.ios.ios\nansible_connection: ansible.netcommon.network_cli\nnoc_{KC}: \"{V}\"\n"),
 ("nornir_hosts_inventory_yaml", "{host}:\n  hostname: {ip}\n  platform: junos\n  data:\n    site: {site}\n    {KC}: {V}\n"),
 ("terraform_network_tfvars", "region      = \"eu-central-1\"\ntransit_asn = 64{n}0\n{KC} = \"{V}\"\n"),
 ("salt_proxy_pillar_sls", "proxy:\n  proxytype: napalm\n  driver: eos\n  host: {host}\nnoc:\n  {KC}: '{V}'\n"),
 ("radiusd_site_config_comment", "server {site} {{\n\tlisten {{ type = auth ipaddr = * port = 1812 }}\n\t# {KL}: {V}\n\tauthorize {{ preprocess files }}\n}}\n"),
 ("tac_plus_ng_conf_comment", "id = spawnd {{ listen = {{ port = 49 }} }}\n# {KL} (do not commit): {V}\nid = tac_plus {{ log = syslog }}\n"),
 ("asterisk_extensions_conf_comment", "[from-trunk]\n; {KL}: {V}\nexten => _X.,1,NoOp(inbound ${{CALLERID(num)}})\n same => n,Dial(PJSIP/${{EXTEN}},30)\n"),
 ("freeswitch_vars_xml_preprocess", "<include>\n  <X-PRE-PROCESS cmd=\"set\" data=\"domain={host}\"/>\n  <X-PRE-PROCESS cmd=\"set\" data=\"{KC}={V}\"/>\n</include>\n"),
 ("kamailio_cfg_define", "#!KAMAILIO\n#!define DBURL \"mysql://kamailio@{ip}/kamailio\"\n#!define {KE} \"{V}\"\nloadmodule \"tm.so\"\n"),
 ("yealink_provisioning_cfg", "#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.sip_server.1.address = {host}\n# {KC} = {V}\n"),
 ("genieacs_provision_script", "// provision: {site}-cpe\nconst now = Date.now();\nconst {KC} = \"{V}\";\ndeclare(\"Device.ManagementServer.PeriodicInformInterval\", {{value: now}}, {{value: 300}});\n"),
 ("tr069_parameter_dump", "InternetGatewayDevice.DeviceInfo.SerialNumber = CP{n}4410872\nInternetGatewayDevice.X_NOC.{KE} = {V}\nInternetGatewayDevice.ManagementServer.URL = https://{host}/acs\n"),
 ("smokeping_probes_section", "*** Probes ***\n+ FPing\nbinary = /usr/bin/fping\n# {KL}: {V}\n+ DNS\nbinary = /usr/bin/dig\n"),
 ("cacti_device_import_csv", "description,hostname,template,snmp_version,notes\n{site} core,{ip},Cisco Router,3,\"{KL} {V}\"\n"),
 ("nms_alert_email_body", "From: nms@netops.example\nSubject: [ALERT] {site} interface down\n\nInterface Gi0/0/1 on {host} is down since {date} 04:12.\nAuto-remediation uses {KL} {V}.\n"),
 ("mop_change_procedure_doc", "METHOD OF PROCEDURE - {ticket}\nStep 4. Log in to {host} via OOB.\nStep 5. Export {KE}={V} before running the migration script.\nStep 6. Verify with show bgp summary.\n"),
 ("ipam_allocation_csv_row", "prefix,vlan,site,owner,remarks\n{ip}/29,{n}0,{site},{user},\"{KL}: {V}\"\n"),
]
assert len(KINDS) == 45, len(KINDS)

def generate(pool):
    r = random.Random(SEED)
    out = []
    use = {t: 0 for t in TYPES}
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = sorted((use[t], r.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]; chosen.append(t); use[t] += 1
            gen, ke, kc, kl = TYPES[t]
            while True:
                v = gen(r)
                if v not in pool: break
            pool.add(v)
            out.append(record(fill(tpl, r, KE=ke, KC=kc, KL=kl), v, t, kind, "everyday"))
    return out
