import random
from common import *

def _ha_token(r):
    return jwt(r, {'iss': rs(r, HEXL, 32), 'iat': 1700000000 + r.randint(0, 9 ** 7), 'exp': 2015000000 + r.randint(0, 9 ** 7)})

def _wgkey(r):
    import base64
    b = bytearray(r.getrandbits(8) for _ in range(32)); b[0] &= 248; b[31] = (b[31] & 127) | 64
    return base64.b64encode(bytes(b)).decode()

TYPES = {
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: shape(r, 'b40').replace('+', 'Q').replace('/', 'z')),
    'database_password': ('DB_PASSWORD', owner_password),
    'github_personal_access_token': ('GITHUB_TOKEN', lambda r: shape(r, "'ghp_'+a36")),
    'smtp_password': ('SMTP_PASSWORD', owner_password),
    'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', lambda r: shape(r, "d10+':AA'+s33")),
    'openai_project_api_key': ('OPENAI_API_KEY', lambda r: shape(r, "'sk-proj-'+s56+'T3BlbkFJ'+s56")),
    'jwt_signing_secret': ('JWT_SECRET', lambda r: shape(r, 'a48')),
    'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: shape(r, "'SG.'+s22+'.'+s43")),
    'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: shape(r, "'xoxb-'+d12+'-'+d13+'-'+a24")),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: shape(r, 'h32')),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: shape(r, "'sk_live_51'+a97")),
    'mqtt_broker_password': ('MQTT_PASSWORD', owner_password),
    'home_assistant_long_lived_token': ('HASS_TOKEN', _ha_token),
    'ddns_update_token': ('DDNS_TOKEN', lambda r: shape(r, 'l32')),
    'backup_repository_passphrase': ('RESTIC_PASSWORD', owner_password),
    'wireguard_peer_private_key': ('WG_PRIVATE_KEY', _wgkey),
}
NEW_TYPES = ['mqtt_broker_password', 'home_assistant_long_lived_token', 'ddns_update_token',
             'backup_repository_passphrase', 'wireguard_peer_private_key']
S = SLOT
# container kind -> template using {K} (key label), {H} host, {U} user; S is the value slot
CONTAINERS = {
 'hass_secrets_yaml_entry': "# secrets.yaml — never commit\nlatitude_home: 51.5\n{k}: \"" + S + "\"\n",
 'hass_configuration_rest_command': "rest_command:\n  notify_lab:\n    url: https://{H}/api/notify\n    headers:\n      authorization: \"Bearer " + S + "\"  # {K}\n",
 'esphome_device_yaml_substitution': "substitutions:\n  devicename: porch-sensor\n  {k}: \"" + S + "\"\nesphome:\n  name: ${{devicename}}\n",
 'node_red_flow_credentials_json': "[{{\"id\":\"a1f3\",\"type\":\"http request\",\"name\":\"{K}\",\"x\":310,\"y\":80,\"credentials\":{{\"token\":\"" + S + "\"}}}}]\n",
 'zigbee2mqtt_configuration_yaml': "homeassistant: true\nmqtt:\n  server: mqtt://{H}:1883\n  user: {U}\n  # {K}\n  password: '" + S + "'\n",
 'mosquitto_conf_comment_block': "listener 1883\nallow_anonymous false\npassword_file /mosquitto/config/passwd\n# temp for the bridge, {K}=" + S + "\n",
 'frigate_config_yaml_env_block': "mqtt:\n  host: {H}\n  user: frigate\n  password: \"{{FRIGATE_MQTT_PASSWORD}}\"\n# {K}: " + S + "\ncameras:\n  driveway: {{}}\n",
 'plex_preferences_xml_attribute': "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Preferences FriendlyName=\"{H}\" {K}=\"" + S + "\" TranscoderQuality=\"2\"/>\n",
 'jellyfin_system_xml_element': "<ServerConfiguration>\n  <ServerName>jf-{U}</ServerName>\n  <{K}>" + S + "</{K}>\n</ServerConfiguration>\n",
 'arr_stack_config_xml_node': "<Config>\n  <Port>8989</Port>\n  <UrlBase></UrlBase>\n  <{K}>" + S + "</{K}>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n</Config>\n",
 'qbittorrent_conf_ini_line': "[Preferences]\nWebUI\\Port=8080\nWebUI\\Username={U}\nWebUI\\{K}=" + S + "\n",
 'transmission_settings_json_field': "{{\n    \"rpc-enabled\": true,\n    \"rpc-username\": \"{U}\",\n    \"{k}\": \"" + S + "\",\n    \"rpc-whitelist-enabled\": false\n}}\n",
 'nextcloud_config_php_array': "<?php\n$CONFIG = array (\n  'overwrite.cli.url' => 'https://{H}',\n  '{k}' => '" + S + "',\n);\n",
 'pihole_setupvars_conf_line': "PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\n{K}=" + S + "\nBLOCKING_ENABLED=true\n",
 'adguardhome_yaml_users_block': "http:\n  address: 0.0.0.0:3000\nusers:\n  - name: {U}\n# {K} for the sync job\n{k}: " + S + "\n",
 'unraid_user_script_bash': "#!/bin/bash\n#name=nightly-offsite\n#description=push appdata to offsite\nexport {K}='" + S + "'\nrsync -a /mnt/user/appdata/ {U}@{H}:/backups/\n",
 'truenas_shell_session_paste': "root@truenas[~]# export {K}=" + S + "\nroot@truenas[~]# midclt call pool.query | head -c 80\n",
 'proxmox_vm_notes_markdown': "## docker-host-01\n- IP: 10.0.20.15\n- owner: {U}\n- {K}: `" + S + "`\n- snapshots nightly\n",
 'proxmox_lxc_conf_description': "arch: amd64\ncores: 2\ndescription: %23 services box%0A{K} " + S + "\nhostname: svc-{U}\nmemory: 2048\n",
 'compose_service_environment_list': "services:\n  app:\n    image: ghcr.io/example/app:latest\n    environment:\n      - TZ=Europe/Berlin\n      - {K}=" + S + "\n    restart: unless-stopped\n",
 'portainer_stack_env_editor_export': "[\n  {{\"name\": \"TZ\", \"value\": \"UTC\"}},\n  {{\"name\": \"{K}\", \"value\": \"" + S + "\"}}\n]\n",
 'caddyfile_site_block_header': "{H} {{\n    reverse_proxy 127.0.0.1:8123\n    header_up X-Api-Token \"" + S + "\"  # {K}\n}}\n",
 'traefik_dynamic_file_provider_yaml': "http:\n  middlewares:\n    upstream-auth:\n      headers:\n        customRequestHeaders:\n          X-{K}: \"" + S + "\"\n",
 'nginx_proxy_manager_advanced_tab': "# Advanced tab, proxy host {H}\nproxy_set_header Authorization \"Bearer " + S + "\"; # {K}\nproxy_buffering off;\n",
 'ddclient_conf_protocol_block': "daemon=300\nssl=yes\nprotocol=dyndns2\nlogin={U}\n# {K}\npassword='" + S + "'\n{H}\n",
 'duckdns_cron_update_script': "*/5 * * * * {U} curl -s \"https://dyndns.example/update?domains=myhome&token=" + S + "\" >/dev/null # {K}\n",
 'wg_easy_compose_env_file': "WG_HOST={H}\nWG_PORT=51820\n{K}=" + S + "\nWG_DEFAULT_DNS=10.0.0.2\n",
 'cloudflared_config_yml_comment': "tunnel: homelab\ncredentials-file: /etc/cloudflared/homelab.json\n# {K} (old setup): " + S + "\ningress:\n  - service: http_status:404\n",
 'restic_env_file_sourced': "# /root/.restic-env, sourced by the systemd timer\nexport RESTIC_REPOSITORY=sftp:{U}@{H}:/srv/restic\nexport {K}=\"" + S + "\"\n",
 'borgmatic_config_yaml_hooks': "source_directories:\n  - /home\nrepositories:\n  - path: ssh://{U}@{H}/./repo\n# {K}\nencryption_passphrase: \"" + S + "\"\n",
 'rclone_conf_remote_section': "[offsite]\ntype = sftp\nhost = {H}\nuser = {U}\n; {K} = " + S + "\n",
 'syncthing_config_xml_gui_element': "<gui enabled=\"true\" tls=\"false\">\n    <address>0.0.0.0:8384</address>\n    <user>{U}</user>\n    <{k}>" + S + "</{k}>\n</gui>\n",
 'vaultwarden_dotenv_admin_line': "DOMAIN=https://{H}\nSIGNUPS_ALLOWED=false\n{K}=" + S + "\n",
 'authelia_configuration_yaml_secret': "identity_validation:\n  reset_password:\n    {k}: '" + S + "'\nsession:\n  cookies:\n    - domain: {H}\n",
 'homepage_dashboard_services_yaml': "- Media:\n    - Server:\n        href: https://{H}\n        widget:\n          type: generic\n          key: " + S + "  # {K}\n",
 'uptime_kuma_notification_json_export': "{{\"notificationList\":[{{\"name\":\"lab alerts\",\"config\":\"{{\\\"type\\\":\\\"webhook\\\",\\\"{k}\\\":\\\"" + S + "\\\"}}\"}}]}}\n",
 'paperless_ngx_docker_env': "PAPERLESS_URL=https://{H}\nPAPERLESS_TIME_ZONE=Europe/Vienna\n{K}=" + S + "\n",
 'selfhosted_subreddit_help_post': "Title: containers can't reach each other after update??\n\nHere's my env (I know, I know):\n\n    {K}=" + S + "\n\nAny idea why the healthcheck fails? Thanks in advance\n",
 'hass_community_forum_quote': "[quote=\"{U}, post:3, topic:61234\"]\nI used this in my automation:\n```\n{k}: " + S + "\n```\n[/quote]\nThat line is the culprit, the indentation is off.\n",
 'github_issue_bug_report_paste': "### Steps to reproduce\n1. start the container\n2. see log\n\n### Config\n```ini\n{K} = " + S + "\n```\n### Version\nlatest\n",
 'homelab_discord_help_thread': "[21:04] {U}: still 502 from the proxy, config below\n[21:04] {U}: {K}=" + S + "\n[21:06] helper: please rotate that now\n",
 'tasmota_console_backup_dump': "12:00:01.204 CMD: Backlog\n12:00:01.210 RSL: RESULT = {{\"MqttHost\":\"{H}\",\"MqttUser\":\"{U}\",\"{K}\":\"" + S + "\"}}\n",
 'crontab_line_inline_env': "# m h dom mon dow command\n30 3 * * * {K}=" + S + " /usr/local/bin/lab-backup.sh >> /var/log/lab-backup.log 2>&1\n",
 'systemd_unit_environment_directive': "[Service]\nType=simple\nUser={U}\nEnvironment=\"{K}=" + S + "\"\nExecStart=/opt/bridge/bin/bridge\n",
 'unraid_docker_template_xml_config': "<Container version=\"2\">\n  <Name>bridge</Name>\n  <Config Name=\"Secret\" Target=\"{K}\" Default=\"\" Mode=\"\" Type=\"Variable\" Display=\"always\" Required=\"true\" Mask=\"true\">" + S + "</Config>\n</Container>\n",
}

def generate():
    r = random.Random(6401)
    pool_local = []
    return r

def build(pool):
    r = random.Random(6401)
    recs = []
    use = {t: 0 for t in TYPES}
    for kind in sorted(CONTAINERS):
        tmpl = CONTAINERS[kind]
        chosen = []
        for i in range(4):
            cands = sorted((t for t in TYPES if t not in chosen), key=lambda t: (use[t], r.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            K = TYPES[t][0]
            v = draw(r, pool, TYPES[t][1])
            txt = tmpl.replace(S, '\ue001').format(K=K, k=K.lower(), H=r.choice(HOSTS), U=r.choice(USERS)).replace('\ue001', S)
            text, s, e = fill(txt, v)
            recs.append({'type': t, 'container': kind, 'text': text,
                         'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return recs
