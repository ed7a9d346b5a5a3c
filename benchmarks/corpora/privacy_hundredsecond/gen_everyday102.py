"""Everyday records: 45 bug-bounty / CTF container kinds x 4, 16 new span types."""
import random
from common102 import *

# type, ENV name, yaml/ini key, human label, generator
TYPES = [
    ('bbh_shodan_account_key', 'SHODAN_API_KEY', 'shodan', 'Shodan', lambda r: alnum(r, 32)),
    ('bbh_censys_search_secret', 'CENSYS_API_SECRET', 'censys_secret', 'Censys secret', lambda r: alnum(r, 32)),
    ('bbh_virustotal_v3_key', 'VT_API_KEY', 'virustotal', 'VirusTotal', lambda r: hexs(r, 64)),
    ('bbh_securitytrails_key', 'SECURITYTRAILS_KEY', 'securitytrails', 'SecurityTrails', lambda r: alnum(r, 32)),
    ('bbh_hackerone_api_token', 'H1_API_TOKEN', 'hackerone_token', 'HackerOne API', lambda r: b64(r, 32)),
    ('bbh_ctfd_admin_access_token', 'CTFD_TOKEN', 'ctfd_token', 'CTFd admin', lambda r: 'ctfd_' + hexs(r, 64)),
    ('bbh_interactsh_server_token', 'INTERACTSH_TOKEN', 'interactsh_token', 'interactsh', lambda r: hexs(r, 32)),
    ('bbh_pdcp_cloud_key', 'PDCP_API_KEY', 'pdcp', 'ProjectDiscovery cloud', lambda r: uuid4(r)),
    ('bbh_urlscan_submit_key', 'URLSCAN_API_KEY', 'urlscan', 'urlscan.io', lambda r: uuid4(r)),
    ('bbh_hunter_io_key', 'HUNTER_API_KEY', 'hunter', 'Hunter.io', lambda r: hexs(r, 40)),
    ('bbh_github_dorking_ghu_token', 'GITHUB_DORK_TOKEN', 'github_dork', 'GitHub dorking', lambda r: github_style(r, 'ghu_')),
    ('bbh_vps_root_password', 'VPS_ROOT_PASS', 'vps_root', 'VPS root', owner_password),
    ('bbh_ctfd_admin_password', 'CTFD_ADMIN_PASS', 'ctfd_admin', 'CTFd admin login', owner_password),
    ('bbh_program_test_account_password', 'TEST_ACCOUNT_PASS', 'test_account', 'program test account', owner_password),
    ('bbh_lab_vpn_password', 'LAB_VPN_PASS', 'lab_vpn', 'lab VPN', owner_password),
    ('bbh_kali_vnc_password', 'KALI_VNC_PASS', 'kali_vnc', 'Kali VNC', owner_password),
]

# kind -> template; {V} value, {ENV} env name, {KEY} key, {LABEL} label, {U} user, {H} host
KINDS = [
 ('hackerone_report_markdown_body', "## Steps to reproduce\n1. Log in as the researcher account on https://{H}/\n2. Note: my {LABEL} credential used in the PoC script is {V} (will rotate after triage)\n3. Send the request below and observe the IDOR."),
 ('bugcrowd_submission_repro_steps', "Repro steps (P3 candidate):\n- export {ENV}={V}\n- run ./poc.sh against staging\n- observe 200 with other tenant's invoice"),
 ('ctfd_docker_compose_env', "services:\n  ctfd:\n    image: ctfd/ctfd:3.7.0\n    environment:\n      - UPLOAD_FOLDER=/var/uploads\n      - {ENV}={V}\n    ports: [\"8000:8000\"]"),
 ('ctfd_config_ini_line', "[server]\nSECRET_KEY =\nDATABASE_URL = sqlite:////opt/CTFd/ctfd.db\n[extra]\n{KEY} = {V}\n"),
 ('subfinder_provider_config_yaml', "# ~/.config/subfinder/provider-config.yaml\nbufferover: []\n{KEY}:\n  - {V}\nchaos: []\n"),
 ('amass_datasources_yaml_entry', "datasources:\n  - name: {LABEL}\n    ttl: 4320\n    creds:\n      account:\n        apikey: {V}\n"),
 ('recon_bash_script_export', "#!/usr/bin/env bash\nset -euo pipefail\nTARGET=$1\nexport {ENV}=\"{V}\"\nsubfinder -d \"$TARGET\" -silent | httpx -silent > live.txt\n"),
 ('zshrc_recon_alias_block', "# --- recon ---\nalias rr='cd ~/bounty && source venv/bin/activate'\nexport {ENV}='{V}'\nalias nuc='nuclei -l live.txt -severity high,critical'\n"),
 ('burp_extension_jython_source', "from burp import IBurpExtender\n\nAPI = '{V}'  # {LABEL}\n\nclass BurpExtender(IBurpExtender):\n    def registerExtenderCallbacks(self, callbacks):\n        callbacks.setExtensionName('enrich-hosts')\n"),
 ('burp_project_options_json', "{\n  \"project_options\": {\n    \"sessions\": {\"macros\": []},\n    \"custom_settings\": {\"{KEY}\": \"{V}\", \"scope_file\": \"scope.txt\"}\n  }\n}"),
 ('burp_repeater_request_paste', "GET /api/v3/lookup?q={H} HTTP/2\nHost: api.example.com\nX-Apikey: {V}\nAccept: application/json\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\n"),
 ('interactsh_client_cli_history', "  512  interactsh-client -v\n  513  interactsh-client -s oast.example.com -t {V} -json -o oob.jsonl\n  514  jq .full-id oob.jsonl | sort -u\n"),
 ('interactsh_server_systemd_unit', "[Unit]\nDescription=interactsh server\n[Service]\nEnvironment={ENV}={V}\nExecStart=/usr/local/bin/interactsh-server -domain oast.example.com -ip 203.0.113.7\nRestart=always\n"),
 ('nuclei_template_http_header', "id: internal-panel-auth\ninfo:\n  name: Internal panel auth check\n  severity: info\nhttp:\n  - method: GET\n    path: [\"{{BaseURL}}/admin\"]\n    headers:\n      X-Token: {V}\n"),
 ('nuclei_cli_secret_file_yaml', "# nuclei -secret-file secrets.yaml\nstatic:\n  - type: header\n    domains: [api.example.com]\n    headers:\n      - key: X-Api-Key\n        value: {V}\n"),
 ('shodan_cli_init_history', "$ pip install -U shodan\n$ shodan init {V}\nSuccessfully initialized\n$ shodan count 'ssl.cert.subject.cn:example.com'\n"),
 ('censys_cfg_ini_section', "[DEFAULT]\napi_id = 4c1e2d0a-demo-id\napi_secret = {V}\nasm_api_key =\ncolor = auto\n"),
 ('vt_cli_toml_apikey', "# ~/.vt.toml\napikey=\"{V}\"\nformat=\"yaml\"\n"),
 ('python_requests_recon_header', "import requests\nr = requests.get('https://api.example.com/v1/domain/{H}/subdomains',\n                 headers={'APIKEY': '{V}'}, timeout=20)\nprint(r.json()['subdomains'][:5])\n"),
 ('ctf_writeup_markdown_redaction_miss', "## Intended path\nThe admin panel was reachable once we reused the leaked {LABEL} credential ~~REDACTED~~ -- oops, original: {V}\nFlag was in /root/flag.txt.\n"),
 ('ctf_discord_team_message', "[21:14] {U}: guys infra is up, {LABEL} -> {V}\n[21:15] nullbyte: thx, grabbing the pwn ones\n"),
 ('htb_vpn_notes_txt', "machines/notes.txt\n- lab: starting point\n- {LABEL}: {V}\n- remember: reset box before submitting\n"),
 ('jupyter_recon_notebook_cell', "{\"cell_type\": \"code\", \"execution_count\": 7, \"metadata\": {}, \"source\": [\"import os\\n\", \"os.environ['{ENV}'] = '{V}'\\n\", \"hosts = load_scope('scope.txt')\"]}"),
 ('axiom_provider_account_json', "{\n  \"provider\": \"do\",\n  \"region\": \"fra1\",\n  \"default_size\": \"s-1vcpu-1gb\",\n  \"{KEY}\": \"{V}\",\n  \"appliance_name\": \"\"\n}"),
 ('serverless_recon_yml_environment', "service: recon-lambda\nprovider:\n  name: aws\n  runtime: python3.12\n  environment:\n    {ENV}: {V}\nfunctions:\n  scan: {handler: handler.scan}\n"),
 ('github_actions_recon_workflow_env', "on:\n  schedule: [{cron: '0 */6 * * *'}]\njobs:\n  recon:\n    runs-on: ubuntu-latest\n    env:\n      {ENV}: {V}\n    steps:\n      - run: ./monitor.sh targets.txt\n"),
 ('tmux_recon_session_script', "tmux new-session -d -s recon\ntmux send-keys -t recon '{ENV}={V} python3 enum.py --scope wildcard.txt' C-m\ntmux attach -t recon\n"),
 ('obsidian_bounty_notes_markdown', "---\nprogram: acme-corp\nstatus: active\n---\n# Creds & keys\n- {LABEL}:: {V}\n- scope:: *.acme.example.com\n"),
 ('target_tracker_csv_export', "program,platform,asset,credential,notes\nacme,hackerone,*.acme.example.com,{V},{LABEL} for the test tenant\n"),
 ('ffuf_config_toml_header', "[http]\n    headers = [\n        \"X-Api-Key: {V}\",\n        \"User-Agent: bb-research\"\n    ]\n[general]\n    threads = 40\n"),
 ('gau_toml_urlscan_section', "threads = 5\nverbose = false\nsubdomains = true\n[urlscan]\n  apikey = \"{V}\"\n"),
 ('waymore_config_yml', "FILTER_CODE: 404,301,302\n{KEY}_API_KEY: {V}\nURLSCAN_API_KEY: ''\nCONTINUE_RESPONSES_IF_PIPED: True\n"),
 ('reconftw_cfg_variable', "# reconftw.cfg\nSUBDOMAINS_GENERAL=true\n{ENV}=\"{V}\"\nDEEP=false\n"),
 ('osmedeus_settings_yaml', "tokens:\n  {KEY}: {V}\nstorages:\n  summary_repo: ''\n"),
 ('bbot_preset_module_config', "modules:\n  - subdomains\nconfig:\n  modules:\n    {KEY}:\n      api_key: {V}\n"),
 ('ctfd_api_python_session', "import requests\ns = requests.Session()\ns.headers.update({'Authorization': 'Token {V}', 'Content-Type': 'application/json'})\ns.get('https://ctf.example.com/api/v1/challenges')\n"),
 ('spiderfoot_module_settings_export', "sfp_{KEY}:api_key={V}\nsfp_{KEY}:maxpages=20\nsfp_dnsresolve:validatereverse=1\n"),
 ('theharvester_api_keys_yaml', "apikeys:\n  {KEY}:\n    key: {V}\n  bing:\n    key:\n"),
 ('recon_ng_keys_add_history', "[recon-ng][default] > keys add {KEY}_api {V}\n[*] Key '{KEY}_api' added.\n[recon-ng][default] > modules load recon/domains-hosts/hackertarget\n"),
 ('metasploit_resource_script_setg', "# bounty.rc\nsetg {ENV} {V}\nuse auxiliary/gather/search_email_collector\nset DOMAIN example.com\nrun\n"),
 ('vps_cloud_init_user_data', "#cloud-config\npackage_update: true\nruncmd:\n  - echo '{ENV}={V}' >> /etc/environment\n  - curl -sL https://example.net/setup.sh | bash\n"),
 ('pastebin_vps_handover_note', "handover for the weekend CTF box ({H}):\nuser {U}\n{LABEL}: {V}\ndon't touch the scoreboard container pls\n"),
 ('telegram_recon_bot_config_py', "# config.py for the subdomain-monitor bot\nCHAT_ID = -100123456\n{ENV} = '{V}'\nPOLL_MINUTES = 30\n"),
 ('crontab_recon_job_line', "# m h dom mon dow command\n17 */4 * * * {ENV}={V} /home/{U}/bin/diffsubs.sh >> /var/log/recon.log 2>&1\n"),
 ('dockerfile_recon_image_env', "FROM golang:1.22-alpine\nRUN go install github.com/projectdiscovery/httpx/cmd/httpx@latest\nENV {ENV}={V}\nENTRYPOINT [\"/bin/sh\"]\n"),
]


def generate(prefix_start=1):
    r = random.Random(10201)
    recs = []
    n = len(TYPES)
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t = TYPES[(ki * 4 + j) % n]
            typ, env, key, label, g = t
            v = g(r)
            recs.append(make_record(None, typ, kind, tpl, v, 'everyday', ENV=env, KEY=key, LABEL=label,
                                    U=r.choice(USERS), H=r.choice(HOSTS)))
    return recs
