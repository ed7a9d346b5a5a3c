"""Everyday part: 45 container kinds from real-time / WebRTC work, 4 records each."""
import random
from common97 import *

def _turn_secret(r): return hx(r, 64)
def _ably(r): return an(r, 6, AL) + '.' + an(r, 6, AL) + ':' + an(r, 43, AL + '-_')
def _lkjwt(r):
    return jwt(r, {'video': {'roomJoin': True, 'room': r.choice(PROJ)}, 'iss': 'API' + an(r, 12),
                   'exp': 1790000000 + r.randint(0, 9999999), 'sub': r.choice(USERS)})
def _dailyjwt(r):
    return jwt(r, {'r': r.choice(PROJ), 'o': True, 'd': uuid4(r), 'iat': 1780000000 + r.randint(0, 9999999)})

TYPES = [  # type, ENV name, generator
    ('realtime_ably_root_key_string', 'ABLY_API_KEY', _ably),
    ('realtime_pusher_channels_app_secret', 'PUSHER_APP_SECRET', lambda r: hx(r, 20)),
    ('realtime_twilio_video_key_secret', 'TWILIO_API_KEY_SECRET', lambda r: an(r, 32)),
    ('realtime_coturn_shared_auth_secret', 'TURN_STATIC_AUTH_SECRET', _turn_secret),
    ('realtime_turn_long_term_user_password', 'TURN_PASSWORD', owner_password),
    ('realtime_janus_admin_api_secret', 'JANUS_ADMIN_SECRET', owner_password),
    ('realtime_centrifugo_token_hmac_key', 'CENTRIFUGO_TOKEN_HMAC_SECRET_KEY', uuid4),
    ('realtime_mercure_publisher_jwt_key', 'MERCURE_PUBLISHER_JWT_KEY', lambda r: an(r, 40, AL + '!-_')),
    ('realtime_mqtt_ws_broker_password', 'MQTT_PASSWORD', owner_password),
    ('realtime_jitsi_jwt_app_secret_value', 'JWT_APP_SECRET', lambda r: an(r, 32)),
    ('realtime_azure_signalr_access_key', 'AZURE_SIGNALR_ACCESS_KEY', lambda r: b64bytes(r, 32)),
    ('realtime_socketio_redis_adapter_password', 'REDIS_PASSWORD', owner_password),
    ('realtime_sfu_postgres_db_password', 'SFU_DB_PASSWORD', owner_password),
    ('realtime_livekit_participant_access_jwt', 'LIVEKIT_TOKEN', _lkjwt),
    ('realtime_daily_owner_meeting_jwt', 'DAILY_MEETING_TOKEN', _dailyjwt),
    ('realtime_agora_restful_customer_secret', 'AGORA_CUSTOMER_SECRET', lambda r: hx(r, 32)),
]

def names(env):
    k = env.lower()
    parts = k.split('_')
    kc = parts[0] + ''.join(p.capitalize() for p in parts[1:])
    return dict(K=env, k=k, kc=kc, kd=k.replace('_', '-'), kP=''.join(p.capitalize() for p in parts))

C = [
 ('livekit_server_yaml_top_level', 'port: 7880\nrtc:\n  tcp_port: 7881\n  use_external_ip: true\n{k}: {V}\nredis:\n  address: {H}:6379\n'),
 ('livekit_cli_projects_toml', '[[projects]]\nname = "{P}"\nurl = "wss://{H}"\n{k} = "{V}"\n'),
 ('coturn_turnserver_conf_dashed', 'listening-port=3478\nrealm={H}\nfingerprint\n{kd}={V}\ntotal-quota=100\n'),
 ('janus_jcfg_general_stanza', 'general: {\n\tconfigs_folder = "/etc/janus"\n\t{k} = "{V}"\n\tdebug_level = 4\n}\n'),
 ('jitsi_meet_docker_dotenv', '# docker-jitsi-meet .env\nPUBLIC_URL=https://{H}\nENABLE_AUTH=1\n{K}={V}\nTZ=UTC\n'),
 ('prosody_cfg_lua_virtualhost', 'VirtualHost "{H}"\n    authentication = "token"\n    app_id = "{P}"\n    {k} = "{V}"\n'),
 ('centrifugo_config_json_root', '{\n  "allowed_origins": ["https://{H}"],\n  "{k}": "{V}",\n  "admin": true\n}\n'),
 ('mercure_caddyfile_route_block', '{H} {\n\troute {\n\t\tmercure {\n\t\t\ttransport_url bolt:///data/mercure.db\n\t\t\t{kd} {V}\n\t\t}\n\t}\n}\n'),
 ('socketio_server_bootstrap_js', 'const io = new Server(httpServer, {\n  cors: { origin: "https://{H}" },\n});\nconst {kc} = "{V}";\n'),
 ('signalr_service_appsettings_nested', '{\n  "Azure": {\n    "SignalR": {\n      "{kP}": "{V}"\n    }\n  }\n}\n'),
 ('nextjs_room_app_env_local', 'NEXT_PUBLIC_WS_URL=wss://{H}\n{K}={V}\n'),
 ('vite_voice_client_env_development', '# .env.development\nVITE_SIGNAL_URL=wss://{H}/ws\n{K}={V}\n'),
 ('sfu_compose_service_environment_list', 'services:\n  sfu:\n    image: {P}/sfu:1.4\n    network_mode: host\n    environment:\n      - {K}={V}\n'),
 ('helm_values_realtime_chart_secrets', 'replicaCount: 2\nsecrets:\n  {kc}: "{V}"\ningress:\n  host: {H}\n'),
 ('kubernetes_secret_stringdata_rtc', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {P}-rtc\ntype: Opaque\nstringData:\n  {K}: "{V}"\n'),
 ('github_workflow_webrtc_loadtest_env', 'jobs:\n  loadtest:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: npm run soak -- --rooms 50\n'),
 ('pydantic_token_server_settings_class', 'class Settings(BaseSettings):\n    signal_url: str = "wss://{H}"\n    {k}: str = "{V}"\n'),
 ('go_signaling_const_block', 'const (\n\tsignalURL = "wss://{H}"\n\t{kc} = "{V}"\n)\n'),
 ('rust_media_relay_const_str', 'pub const RELAY_HOST: &str = "{H}";\npub const {K}: &str = "{V}";\n'),
 ('express_token_endpoint_fallback', "app.get('/token', (req, res) => {\n  const {kc} = process.env.{K} || '{V}';\n  res.json(mint(req.query.room, {kc}));\n});\n"),
 ('flutter_dart_env_static_const', "class Env {\n  static const signalUrl = 'wss://{H}';\n  static const {kc} = '{V}';\n}\n"),
 ('ios_info_plist_string_entry', '<key>SignalHost</key>\n<string>{H}</string>\n<key>{K}</key>\n<string>{V}</string>\n'),
 ('android_buildconfig_field_line', 'buildConfigField "String", "{K}", "\\"{V}\\""\n'),
 ('unity_realtime_settings_asset_yaml', 'MonoBehaviour:\n  m_Name: RealtimeSettings\n  signalHost: {H}\n  {kc}: {V}\n'),
 ('signaling_server_boot_log_line', '2026-03-14T09:12:44Z INFO  signaling: boot region=eu-west host={H} {k}={V} rooms=0\n'),
 ('sfu_panic_environment_dump', 'panic: ice: no candidate pairs\n\ngoroutine 1 [running]:\nmain.main()\nENV:\n  HOSTNAME={H}\n  {K}={V}\n'),
 ('rtc_support_channel_paste', '@{U} turn keeps returning 401 for me, I set {K} to {V} on the box exactly like the doc says, any idea?\n'),
 ('webrtc_outage_jira_ticket_body', 'Summary: calls drop after 30s on {H}\nSteps to reproduce:\n1. export {K}={V}\n2. start two peers in room {P}\nExpected: media flows\n'),
 ('stackoverflow_webrtc_question_block', 'My peers never connect, here is my setup:\n\n    {K}={V}\n    SIGNAL_HOST={H}\n\nWhat am I missing?\n'),
 ('postman_environment_values_entry', '{"name": "{P}", "values": [{"key": "{K}", "value": "{V}", "enabled": true}]}\n'),
 ('bruno_environment_vars_block', 'vars {\n  baseUrl: https://{H}\n  {kc}: {V}\n}\n'),
 ('terraform_tfvars_media_module', 'region      = "eu-west-1"\n{k} = "{V}"\n'),
 ('ansible_group_vars_turn_hosts', 'turn_realm: {H}\n{k}: "{V}"\n'),
 ('systemd_dropin_override_environment', '# /etc/systemd/system/janus.service.d/override.conf\n[Service]\nEnvironment="{K}={V}"\n'),
 ('nginx_main_context_env_directive', 'worker_processes auto;\nenv {K}={V};\nevents { worker_connections 4096; }\n'),
 ('mosquitto_conf_plugin_opt_line', 'listener 8083\nprotocol websockets\nplugin /usr/lib/mosquitto_dynamic_security.so\nplugin_opt_{k} {V}\n'),
 ('emqx_hocon_authentication_block', 'authentication = [{\n  mechanism = password_based\n  backend = built_in_database\n  {k} = "{V}"\n}]\n'),
 ('dokku_config_set_history', '  412  dokku config:set {P} {K}={V}\n  413  dokku ps:restart {P}\n'),
 ('flyctl_secrets_set_history', '$ fly secrets set {K}={V} -a {P}\nRelease v12 created\n'),
 ('aws_ssm_put_parameter_cli', 'aws ssm put-parameter --name /{P}/{k} --type SecureString --value "{V}" --overwrite\n'),
 ('gcloud_secrets_create_stdin_echo', 'echo -n "{V}" | gcloud secrets create {kd} --data-file=-\n'),
 ('electron_main_process_constant', "// main.js\nconst {kc} = '{V}'; // TODO: move to keychain\nconst win = new BrowserWindow({ width: 1280 });\n"),
 ('expo_app_config_extra_field', 'export default {\n  name: "{P}",\n  extra: {\n    {kc}: "{V}",\n  },\n};\n'),
 ('cypress_env_json_entry', '{\n  "baseUrl": "https://{H}",\n  "{k}": "{V}"\n}\n'),
 ('k6_websocket_script_env_fallback', "import ws from 'k6/ws';\nconst {kc} = __ENV.{K} || '{V}';\nexport default function () { ws.connect('wss://{H}/ws', {}, () => {}); }\n"),
]
MARK = '\ue000'

def fill(r, tpl, env, value):
    d = names(env)
    d.update(H=r.choice(HOSTS), U=r.choice(USERS), P=r.choice(PROJ))
    t = tpl
    for key in sorted(d, key=len, reverse=True):
        t = t.replace('{' + key + '}', d[key])
    t = t.replace('{V}', MARK)
    i = t.index(MARK)
    return t.replace(MARK, value), i

def generate(used):
    r = random.Random(9701)
    out = []
    cnt = {t[0]: 0 for t in TYPES}
    for kind, tpl in C:
        chosen = []
        for _ in range(4):
            cands = sorted((cnt[t[0]], i) for i, t in enumerate(TYPES) if t[0] not in chosen)
            low = [i for c, i in cands if c == cands[0][0]]
            t = TYPES[r.choice(low)]
            chosen.append(t[0]); cnt[t[0]] += 1
            while True:
                v = t[2](r)
                if v not in used:
                    break
            used.add(v)
            text, s = fill(r, tpl, t[1], v)
            out.append({'type': t[0], 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': s, 'end': s + len(v), 'type': t[0]}], 'source': 'everyday'})
    return out
