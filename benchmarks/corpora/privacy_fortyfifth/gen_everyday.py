"""Everyday part: 16 common secret types in 45 new telecom / network-ops container kinds."""
import random
from common import *

SEED = 4501


def _openai(r):
    return 'sk-proj-' + rs(r, B64URL, 74) + 'T3BlbkFJ' + rs(r, B64URL, 74)


TYPES = {
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', 'AWS secret access key', lambda r: rs(r, B64, 40)),
    'database_password': ('NMS_DB_PASSWORD', 'NMS database password', lambda r: password(r)),
    'datadog_api_key': ('DD_API_KEY', 'Datadog API key', lambda r: rs(r, HEX, 32)),
    'github_personal_access_token': ('GITHUB_TOKEN', 'GitHub token', lambda r: 'ghp_' + rs(r, ALNUM, 36)),
    'gitlab_personal_access_token': ('GITLAB_TOKEN', 'GitLab token', lambda r: 'glpat-' + rs(r, B64URL, 20)),
    'slack_bot_token': ('SLACK_BOT_TOKEN', 'Slack bot token',
                        lambda r: 'xoxb-%s-%s-%s' % (rs(r, DIG, 12), rs(r, DIG, 13), rs(r, ALNUM, 24))),
    'openai_project_api_key': ('OPENAI_API_KEY', 'OpenAI key', _openai),
    'anthropic_api_key': ('ANTHROPIC_API_KEY', 'Anthropic key', lambda r: 'sk-ant-api03-' + rs(r, B64URL, 93) + 'AA'),
    'sendgrid_api_key': ('SENDGRID_API_KEY', 'SendGrid key', lambda r: 'SG.' + rs(r, B64URL, 22) + '.' + rs(r, B64URL, 43)),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', 'Twilio auth token', lambda r: rs(r, HEX, 32)),
    'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', 'Telegram bot token',
                           lambda r: '%s:AA%s' % (rs(r, DIG, 10), rs(r, B64URL, 33))),
    'smtp_password': ('SMTP_PASSWORD', 'SMTP relay password', lambda r: password(r)),
    'jwt_signing_secret': ('JWT_SECRET', 'JWT signing secret', lambda r: rs(r, B64URL, 48)),
    'postgres_url_password': ('DATABASE_URL', 'Postgres DSN', lambda r: password(r)),
    'mysql_url_password': ('MYSQL_DSN', 'MySQL DSN', lambda r: password(r)),
    'redis_url_password': ('REDIS_URL', 'Redis URL', lambda r: password(r)),
}
DSN = {'postgres_url_password': 'postgresql://netbox:«0»@pg-{SITE}.noc.example:5432/netbox',
       'mysql_url_password': 'mysql://librenms:«0»@db-{SITE}.noc.example:3306/librenms',
       'redis_url_password': 'redis://:«0»@cache-{SITE}.noc.example:6379/2'}

# forms: how the (label, value) pair is written inside a container
FORMS = {
    'env': '{ENV}={V}', 'export': "export {ENV}='{V}'", 'yaml': '{key}: {V}', 'yamlq': '{key}: "{V}"',
    'json': '"{key}": "{V}"', 'prose': 'the {HUM} is {V}', 'colon': '{HUM}: {V}', 'ini': '{key} = {V}',
    'xml': '<{key}>{V}</{key}>', 'php': "$config['{key}'] = '{V}';", 'hcl': '{key} = "{V}"',
    'set': 'set {key} {V}', 'toml': '{key} = "{V}"', 'perl': "our ${key} = '{V}';",
}

KINDS = [
 ('noc_runbook_markdown_step', 'export', '## Step 4 – restore the poller on {H}\n\n```\nssh ops@{H}\n{S}\nsystemctl restart poller\n```\nIf the poller does not come back, page the on-call ({P}).'),
 ('cab_change_request_implementation_plan', 'env', 'Change {T} – migrate syslog collector ({SITE})\nImplementation plan:\n 1. drain traffic on {IP}\n 2. update /etc/collector/env:\n    {S}\n 3. verify with `collectorctl status`\nBack-out: restore previous env file.'),
 ('pagerduty_incident_timeline_note', 'colon', 'INCIDENT #{N} – BGP session flap {SITE}\n{P} added a note: re-ran the alert-bridge by hand, {S}  (will rotate after the bridge)\nStatus: acknowledged'),
 ('opsgenie_alert_description_field', 'prose', '{{"message": "Poller lag {SITE}", "priority": "P2", "description": "Workaround while vault is down: {S}. Ping {P} before closing."}}'),
 ('nagios_resource_cfg_macro', 'ini', '# /usr/local/nagios/etc/resource.cfg on {H}\n$USER1$=/usr/lib/nagios/plugins\n# {P}: temporary until the notifier reads vault\n{S}\n'),
 ('zabbix_global_macro_export_yaml', 'yamlq', 'zabbix_export:\n  version: \'6.4\'\n  macros:\n    - macro: \'{{$SNMP_TIMEOUT}}\'\n      value: \'5s\'\n  notes: |\n    webhook settings\n    {S}\n'),
 ('librenms_config_php_line', 'php', "<?php\n// LibreNMS {SITE} – edited by {P}\n$config['base_url'] = '/';\n{S}\n$config['snmp']['community'] = ['public'];\n"),
 ('netbox_configuration_py_block', 'ini', '# netbox/configuration.py ({H})\nALLOWED_HOSTS = ["*"]\n{S}\nTIME_ZONE = "UTC"\n'),
 ('oxidized_router_db_yaml', 'yaml', '# ~oxidized/.config/oxidized/config ({SITE})\nrest: 127.0.0.1:8888\nhooks:\n  push_to_remote:\n    type: githubrepo\n    {S}\nsource:\n  default: csv\n'),
 ('ansible_network_inventory_ini', 'env', '[core_routers]\n{H} ansible_network_os=iosxr\n\n[core_routers:vars]\nansible_connection=network_cli\n# notifier for playbook callbacks\n{S}\n'),
 ('terraform_cloudflare_tfvars_file', 'hcl', '# terraform.tfvars – edge DNS ({SITE})\nzone_name = "noc.example"\nproxied   = true\n{S}\n'),
 ('dnscontrol_creds_json_entry', 'json', '{{\n  "bind": {{"TYPE": "BIND"}},\n  "notify": {{\n    {S}\n  }}\n}}'),
 ('octodns_provider_config_yaml', 'yaml', 'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\n  hooks:\n    {S}\n'),
 ('certbot_renewal_hook_script', 'export', '#!/bin/sh\n# /etc/letsencrypt/renewal-hooks/deploy/notify.sh on {H}\n{S}\ncurl -s -X POST https://hooks.noc.example/renewed -d "host=$RENEWED_DOMAINS"\n'),
 ('prometheus_alertmanager_receiver_yaml', 'yaml', 'receivers:\n  - name: noc-{SITE}\n    webhook_configs:\n      - url: https://bridge.noc.example/alert\n        http_config:\n          {S}\n'),
 ('grafana_provisioning_datasource_yaml', 'yaml', 'apiVersion: 1\ndatasources:\n  - name: Flows {SITE}\n    type: postgres\n    secureJsonData:\n      {S}\n'),
 ('telegraf_snmp_input_conf_comment', 'toml', '[[inputs.snmp]]\n  agents = ["udp://{IP}:161"]\n  version = 2\n\n[[outputs.http]]\n  url = "https://metrics.noc.example/write"\n  {S}\n'),
 ('smokeping_targets_file_comment', 'colon', '*** Targets ***\nprobe = FPing\nmenu = Top\ntitle = Latency {SITE}\n# alerts relay – {S}\n+ core\nhost = {H}\n'),
 ('freeswitch_vars_xml_preprocess', 'xml', '<include>\n  <X-PRE-PROCESS cmd="set" data="domain={SITE}.voice.example"/>\n  <!-- cdr uploader -->\n  {S}\n</include>'),
 ('asterisk_extensions_conf_comment', 'colon', '[from-trunk]\nexten => _X.,1,NoOp(inbound {SITE})\n same => n,Dial(PJSIP/${{EXTEN}}@carrier)\n; cdr push: {S}\n'),
 ('kamailio_cfg_define_block', 'prose', '#!define DBURL "text:///etc/kamailio/db"\n#!define WITH_NAT\n# {P}: for the sms gateway, {S}\nloadmodule "tm.so"\n'),
 ('sbc_vendor_support_case_email', 'prose', 'Subject: Case {T} – SBC dropping re-INVITEs\n\nHi {P},\n\nattached are the pcaps from {H}. To let your script pull the CDRs, the {S}. Please delete it after the session.\n\nRegards, NOC {SITE}'),
 ('carrier_circuit_turnup_email', 'colon', 'Circuit turn-up – 10G wave {SITE}\nA-end: {H}\nVLAN: {N}\nTest portal access for your monitoring → {S}\nPlease confirm light levels.'),
 ('colo_remote_hands_ticket', 'prose', 'Remote hands request {T} ({SITE}, cage 4)\nPlease reseat the PSU on rack R12 and run the bootstrap script; it reads the env file where the {S}.\nContact: {P}'),
 ('tac_case_update_comment', 'colon', 'TAC case {N}: customer uploaded show tech from {H}.\nCustomer note (redaction missed): {S}\nNext step: RMA decision.'),
 ('jumphost_bash_history_excerpt', 'export', '  512  cd /opt/netops\n  513  {S}\n  514  ./push_configs.py --site {SITE}\n  515  history | tail'),
 ('expect_script_router_login', 'set', '#!/usr/bin/expect -f\nset timeout 20\n{S}\nspawn ssh netops@{H}\nexpect "#"\nsend "show ip bgp summary\\r"\n'),
 ('netmiko_backup_script_header', 'hcl', '#!/usr/bin/env python3\n"""Nightly config backup for {SITE}."""\nfrom netmiko import ConnectHandler\n{S}\nDEVICES = ["{H}"]\n'),
 ('rundeck_job_definition_yaml', 'yaml', '- name: rotate-snmp-{SITE}\n  sequence:\n    commands:\n      - exec: /opt/bin/rotate.sh\n  options:\n    - name: notify\n      {S}\n'),
 ('vyos_config_commands_paste', 'prose', 'vyos@{H}# set system task-scheduler task backup interval 1d\n# note from {P}: the {S} (used by the backup hook)\nvyos@{H}# commit'),
 ('mikrotik_export_script_comment', 'colon', '# jan/02/2025 04:11:09 by RouterOS 7.14\n/system script\nadd name=notify source=":log info sent"\n# {S}\n/ip service set www disabled=yes\n'),
 ('junos_commit_comment_log', 'prose', 'commit complete\n{P}@{H}> show system commit\n0   2025-01-02 04:11:09 UTC by {P} via cli\n    comment "hook fix; the {S}"\n'),
 ('fortigate_automation_stitch_note', 'colon', 'config system automation-action\n    edit "notify-noc"\n        set action-type webhook\n        set uri "hooks.noc.example/forti"\n        set description "{S}"\n    next\nend'),
 ('pfsense_config_xml_fragment', 'xml', '<pfsense>\n  <system><hostname>fw-{SITE}</hostname></system>\n  <installedpackages><notify>\n    {S}\n  </notify></installedpackages>\n</pfsense>'),
 ('haproxy_cfg_environment_comment', 'env', 'global\n    log /dev/log local0\n    # lua auth hook reads:\n    # {S}\nfrontend edge\n    bind :443 ssl crt /etc/haproxy/certs\n'),
 ('nginx_stream_conf_env_directive', 'ini', 'env NOTIFY_URL;\n# {S}\nstream {{\n    server {{ listen 5060 udp; proxy_pass {IP}:5060; }}\n}}'),
 ('bind_named_conf_comment_block', 'colon', '// named.conf.local on ns1-{SITE}\nzone "noc.example" {{ type master; file "/etc/bind/db.noc"; }};\n/* zone-push bot: {S} */\n'),
 ('powerdns_recursor_lua_config', 'perl', '-- recursor.lua ({H})\naddTA(".", "20326 8 2 e06d44b80b8f1d39a95c0b0d7c65d08458e880409bbc683457104237c7f8ec8d")\n-- legacy perl hook below\n-- {S}\n'),
 ('dhcp_kea_hooks_json', 'json', '{{ "Dhcp4": {{\n  "hooks-libraries": [{{ "library": "/usr/lib/kea/hooks/libdhcp_run_script.so",\n    "parameters": {{ {S} }} }}]\n}} }}'),
 ('isp_provisioning_portal_audit_log', 'colon', '2025-01-02T04:11:09Z portal[{N}]: user={P} action=update-integration site={SITE} {S} result=ok'),
 ('datacenter_handover_checklist_row', 'colon', '| item | owner | status |\n|---|---|---|\n| PDU SNMP traps to NMS | {P} | done |\n| alert relay ({S}) | {P} | pending |\n'),
 ('noc_shift_log_entry', 'prose', '[{SITE} NOC shift log] 02:40 {P}: fibre cut on span 7 confirmed; re-enabled the ticket bot manually, the {S} – rotate tomorrow.'),
 ('cloud_init_user_data_vnf', 'yamlq', '#cloud-config\nhostname: vnf-{SITE}\nwrite_files:\n  - path: /etc/vnf/agent.yaml\n    content: |\n      {S}\nruncmd:\n  - systemctl enable vnf-agent\n'),
 ('cpe_provisioning_tr069_note', 'prose', 'ACS note for CPE batch {N}: the ACS posts results to our billing hook; {P} says the {S}.'),
 ('serial_console_capture_log', 'env', 'Script started on console-{SITE} ttyS0\n{H} login: root\nPassword:\n# cat /etc/default/agent\n{S}\n# exit\nScript done.'),
]


def snippet(form, t, r, fill):
    env, hum, gen = TYPES[t]
    if t in DSN:
        v = '%s' % DSN[t].replace('{SITE}', fill['SITE'])
    else:
        v = '«0»'
    key = env.lower()
    return FORMS[form].format(ENV=env, key=key, HUM=hum, V=v)


def generate(pool):
    r = random.Random(SEED)
    types = list(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind, form, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            t = r.choice(sorted(t for t in cands if use[t] == m))
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            fill = {'SITE': site(r), 'P': person(r), 'H': host(r), 'IP': ip(r), 'T': ticket(r),
                    'N': str(r.randint(10000, 99999))}
            val = pool.take(lambda: TYPES[t][2](r))
            s = snippet(form, t, r, fill)
            text_tpl = tpl.replace('{S}', '\u0000').format(**fill).replace('\u0000', s)
            text, spans = assemble(text_tpl, [(val, t)])
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
