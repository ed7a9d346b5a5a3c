"""Positional passwords: one syntax each, the password's place tells what it is."""
import random
from common97 import *

SUF = {'cli': 'rtc_ops_shell_transcript', 'cfg': 'media_server_config_snippet', 'proto': 'realtime_wire_trace',
       'code': 'realtime_client_code_line', 'sql': 'signaling_db_console'}

S = [
 ('turnadmin_add_user_p_flag', 'cli', '$ sudo turnadmin -a -u {U} -r {H} -p {P}\n'),
 ('turnadmin_add_admin_user_p', 'cli', '$ turnadmin -A -u {U} -p {P}\n0: : Admin user {U} added\n'),
 ('turnutils_uclient_w_flag', 'cli', '$ turnutils_uclient -t -u {U} -w {P} -y {H}\n'),
 ('mosquitto_passwd_batch_third_arg', 'cli', '# mosquitto_passwd -b /etc/mosquitto/passwd {U} {P}\n'),
 ('mosquitto_ctrl_set_client_password', 'cli', '$ mosquitto_ctrl -o ~/.dynsec dynsec setClientPassword {U} {P}\n'),
 ('hivemq_mqtt_cli_pw_flag', 'cli', '$ mqtt sub -h {H} -p 8884 -ws -u {U} -pw {P} -t rooms/#\n'),
 ('mqttx_cli_password_long_flag', 'cli', '$ mqttx conn -h {H} -p 8084 -l wss --path /mqtt -u {U} --password {P}\n'),
 ('emqx_ctl_admins_add_third', 'cli', '$ emqx ctl admins add {U} {P}\nok\n'),
 ('emqx_ctl_admins_passwd_second', 'cli', '$ emqx ctl admins passwd {U} {P}\nok\n'),
 ('prosodyctl_register_third_positional', 'cli', '$ sudo prosodyctl register {U} auth.{H} {P}\n'),
 ('nats_server_pass_flag', 'cli', '$ nats-server -p 4222 --user {U} --pass {P} -js\n'),
 ('ffmpeg_rtmp_push_url_userinfo', 'cli', '$ ffmpeg -re -i promo.mp4 -c copy -f flv rtmp://{U}:{P}@{H}/live/main\n'),
 ('ffmpeg_rtsp_input_url_userinfo', 'cli', '$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:{P}@{H}:554/stream1 -f null -\n'),
 ('gstreamer_rtspsrc_user_pw_property', 'cli', '$ gst-launch-1.0 rtspsrc location=rtsp://{H}/cam user-id={U} user-pw={P} ! fakesink\n'),
 ('gstreamer_srtsink_passphrase_property', 'cli', '$ gst-launch-1.0 videotestsrc ! x264enc ! mpegtsmux ! srtsink uri=srt://:8888 passphrase={P}\n'),
 ('vlc_rtsp_pwd_option', 'cli', '$ vlc rtsp://{H}/cam --rtsp-user={U} --rtsp-pwd={P}\n'),
 ('srt_live_transmit_uri_passphrase', 'cli', "$ srt-live-transmit 'srt://{H}:9000?mode=caller&passphrase={P}&pbkeylen=16' udp://:5000\n"),
 ('sipp_ap_auth_password_flag', 'cli', '$ sipp -sn uac -au {U} -ap {P} -r 5 {H}:5060\n'),
 ('pjsua_password_long_option', 'cli', "$ pjsua --id sip:{U}@{H} --registrar sip:{H} --realm '*' --username {U} --password {P}\n"),
 ('linphonec_register_third_arg', 'cli', 'linphonec> register sip:{U}@{H} sip:{H} {P}\n'),
 ('opensips_cli_user_add_second', 'cli', '$ opensips-cli -x user add {U}@{H} {P}\n'),
 ('ngrok_http_basic_auth_colon', 'cli', "$ ngrok http 3000 --basic-auth '{U}:{P}'\n"),
 ('websocat_basic_auth_colon', 'cli', '$ websocat --basic-auth {U}:{P} wss://{H}/ws\n'),
 ('wscat_auth_option_colon', 'cli', '$ wscat -c wss://{H}/signal --auth {U}:{P}\n'),
 ('kubectl_secret_from_literal_password', 'cli', '$ kubectl -n rtc create secret generic turn-auth --from-literal=username={U} --from-literal=password={P}\n'),
 ('mysqladmin_password_subcommand', 'cli', "$ mysqladmin -u root password '{P}'\n"),
 ('initdb_pwfile_process_substitution', 'cli', '$ initdb -D /var/lib/pg/signal -U {U} --pwfile=<(echo {P})\n'),
 ('mongodump_srv_uri_userinfo', 'cli', '$ mongodump --uri "mongodb+srv://{U}:{P}@{H}/rooms" --out /backup\n'),
 ('redis_benchmark_a_flag', 'cli', '$ redis-benchmark -h {H} -a {P} -t publish -n 100000\n'),
 ('memtier_authenticate_colon_pair', 'cli', '$ memtier_benchmark -s {H} --authenticate={U}:{P} --protocol=redis\n'),
 ('net_use_positional_password', 'cli', 'C:\\> net use \\\\{H}\\recordings {P} /user:{U}\n'),
 ('smbclient_user_percent_password', 'cli', '$ smbclient //{H}/recordings -U {U}%{P}\n'),
 ('rclone_config_create_pass_pair', 'cli', '$ rclone config create recs webdav url https://{H}/dav user {U} pass {P}\n'),
 ('ldappasswd_s_new_password', 'cli', '$ ldappasswd -x -D cn=admin,dc=example,dc=net -W -s {P} uid={U},ou=people,dc=example,dc=net\n'),
 ('chpasswd_echo_colon_pipe', 'cli', "# echo '{U}:{P}' | chpasswd\n"),
 ('passwd_stdin_echo_pipe', 'cli', '# echo {P} | passwd --stdin {U}\n'),
 ('zip_p_flag_recordings', 'cli', '$ zip -P {P} recordings.zip session-*.webm\n'),
 ('sevenzip_glued_p_flag', 'cli', '$ 7z a -p{P} -mhe=on calls.7z calls/\n'),
 ('wpa_passphrase_second_positional', 'cli', '$ wpa_passphrase kiosk-wifi {P} >> /etc/wpa_supplicant.conf\n'),
 ('nmcli_wifi_connect_password_word', 'cli', '$ nmcli dev wifi connect kiosk-wifi password {P}\n'),
 ('bbb_conf_setsecret_argument', 'cli', '$ sudo bbb-conf --setsecret {P}\n'),
 ('mosquitto_rr_capital_p_flag', 'cli', '$ mosquitto_rr -h {H} -u {U} -P {P} -t rpc/req -e rpc/resp -m ping\n'),
 ('coturn_conf_user_colon_pair', 'cfg', 'listening-port=3478\nlt-cred-mech\nuser={U}:{P}\nrealm={H}\n'),
 ('coturn_cli_password_line', 'cfg', 'cli-ip=127.0.0.1\ncli-port=5766\ncli-password={P}\n'),
 ('pgbouncer_userlist_second_field', 'cfg', '"{U}" "{P}"\n"stats" "md5d41d8cd98f00b204e9800998ecf8427e"\n'),
 ('redis_conf_requirepass_line', 'cfg', 'bind 0.0.0.0\nport 6379\nrequirepass {P}\n'),
 ('redis_sentinel_auth_pass_line', 'cfg', 'sentinel monitor signal 10.0.0.5 6379 2\nsentinel auth-pass signal {P}\n'),
 ('haproxy_userlist_insecure_password', 'cfg', 'userlist stats_users\n    user {U} insecure-password {P}\n'),
 ('mediamtx_auth_internal_users_pass', 'cfg', 'authInternalUsers:\n- user: {U}\n  pass: {P}\n  permissions:\n  - action: publish\n'),
 ('baresip_accounts_auth_pass_param', 'cfg', '<sip:{U}@{H}>;auth_pass={P};regint=600\n'),
 ('freeswitch_directory_password_param', 'cfg', '<user id="{U}">\n  <params>\n    <param name="password" value="{P}"/>\n  </params>\n</user>\n'),
 ('asterisk_chan_sip_secret_line', 'cfg', '[{U}]\ntype=friend\nhost=dynamic\nsecret={P}\n'),
 ('openvpn_auth_user_pass_second_line', 'cfg', '# /etc/openvpn/client/rtc.auth\n{U}\n{P}\n'),
 ('janus_videoroom_room_pin_line', 'cfg', 'room-4242: {\n\tdescription = "Standup"\n\tpin = "{P}"\n\tpublishers = 6\n}\n'),
 ('janus_jcfg_admin_secret_line', 'cfg', 'admin: {\n\tadmin_base_path = "/admin"\n\tadmin_secret = "{P}"\n}\n'),
 ('jicofo_hocon_xmpp_client_password', 'cfg', 'jicofo {\n  xmpp {\n    client {\n      username = "focus"\n      password = "{P}"\n    }\n  }\n}\n'),
 ('eturnal_yml_credentials_mapping', 'cfg', 'eturnal:\n  realm: {H}\n  credentials:\n    {U}: {P}\n'),
 ('livekit_yaml_turn_credential_pair', 'cfg', 'turn:\n  enabled: true\n  domain: {H}\nkeys:\n  {U}: {P}\n'),
 ('nats_conf_authorization_users_pass', 'cfg', 'authorization {\n  users = [\n    {user: {U}, password: "{P}"}\n  ]\n}\n'),
 ('vernemq_conf_redis_password', 'cfg', 'vmq_diversity.redis.host = {H}\nvmq_diversity.redis.password = {P}\n'),
 ('janus_admin_api_list_sessions_body', 'proto', 'POST /admin HTTP/1.1\nHost: {H}:7088\nContent-Type: application/json\n\n{"janus": "list_sessions", "transaction": "t{N}", "admin_secret": "{P}"}\n'),
 ('janus_create_session_apisecret', 'proto', '>>> {"janus": "create", "transaction": "x{N}", "apisecret": "{P}"}\n<<< {"janus": "success", "transaction": "x{N}", "data": {"id": 1{N}}}\n'),
 ('redis_hello_three_auth_args', 'proto', '127.0.0.1:6379> HELLO 3 AUTH {U} {P} SETNAME signal-{N}\n'),
 ('coturn_telnet_cli_password_prompt', 'proto', '$ telnet 127.0.0.1 5766\nTURN Server\nEnter password:\n> {P}\n> ps\n'),
 ('xmpp_websocket_iq_register_password', 'proto', 'SEND: <iq type="set" id="reg{N}"><query xmlns="jabber:iq:register"><username>{U}</username><password>{P}</password></query></iq>\n'),
 ('sip_message_decoded_basic_pair', 'proto', 'REGISTER sip:{H} SIP/2.0\nX-Debug-Credentials (decoded): {U}:{P}\n'),
 ('mqtt5_connect_wireshark_fields', 'proto', 'MQ Telemetry Transport Protocol, Connect Command\n    User Name: {U}\n    Password: {P}\n'),
 ('rtcpeerconnection_iceservers_credential', 'code', "const pc = new RTCPeerConnection({ iceServers: [{ urls: 'turn:{H}:3478', username: '{U}', credential: '{P}' }] });\n"),
 ('aiortc_rtciceserver_third_positional', 'code', "server = RTCIceServer('turn:{H}:3478', '{U}', '{P}')\n"),
 ('pion_iceserver_credential_field', 'code', 'cfg := webrtc.Configuration{ICEServers: []webrtc.ICEServer{{URLs: []string{"turn:{H}:3478"}, Username: "{U}", Credential: "{P}"}}}\n'),
 ('android_iceserver_builder_set_password', 'code', 'PeerConnection.IceServer.builder("turn:{H}:3478").setUsername("{U}").setPassword("{P}").createIceServer()\n'),
 ('mqttjs_connect_options_password', 'code', "const client = mqtt.connect('wss://{H}:8084/mqtt', { username: '{U}', password: '{P}' });\n"),
 ('paho_username_pw_set_second', 'code', "client.username_pw_set('{U}', '{P}')\nclient.connect('{H}', 8883)\n"),
 ('paho_java_set_password_chararray', 'code', 'options.setUserName("{U}");\noptions.setPassword("{P}".toCharArray());\n'),
 ('mqttnet_with_credentials_second', 'code', 'var opts = new MqttClientOptionsBuilder().WithWebSocketServer(o => o.WithUri("wss://{H}/mqtt")).WithCredentials("{U}", "{P}").Build();\n'),
 ('natsjs_connect_pass_member', 'code', "const nc = await connect({ servers: '{H}:4222', user: '{U}', pass: '{P}' });\n"),
 ('nats_go_userinfo_option', 'code', 'nc, err := nats.Connect("nats://{H}:4222", nats.UserInfo("{U}", "{P}"))\n'),
 ('strophe_connect_second_arg', 'code', "conn.connect('{U}@{H}', '{P}', onConnect);\n"),
 ('sipjs_authorization_password_option', 'code', "const ua = new UserAgent({ uri: UserAgent.makeURI('sip:{U}@{H}'), authorizationUsername: '{U}', authorizationPassword: '{P}' });\n"),
 ('jssip_ua_password_option', 'code', "const ua = new JsSIP.UA({ sockets: [socket], uri: 'sip:{U}@{H}', password: '{P}' });\n"),
 ('websocket_constructor_url_userinfo', 'code', "const ws = new WebSocket('wss://{U}:{P}@{H}/ws');\n"),
 ('arduino_wifi_begin_second_arg', 'code', 'WiFi.begin("kiosk-wifi", "{P}");\n'),
 ('pubsubclient_connect_third_arg', 'code', 'if (mqtt.connect("esp32-{N}", "{U}", "{P}")) { mqtt.subscribe("rooms/+/presence"); }\n'),
 ('arangodb_users_save_second', 'code', "require('@arangodb/users').save('{U}', '{P}');\n"),
 ('rethinkdb_users_insert_password', 'code', "r.db('rethinkdb').table('users').insert({id: '{U}', password: '{P}'}).run(conn)\n"),
 ('mongosh_create_user_pwd_field', 'code', 'db.createUser({ user: "{U}", pwd: "{P}", roles: [{ role: "readWrite", db: "rooms" }] })\n'),
 ('socketio_admin_ui_basic_auth_password', 'code', 'instrument(io, { auth: { type: "basic", username: "{U}", password: "{P}" } });\n'),
 ('mssql_alter_login_with_password', 'sql', "1> ALTER LOGIN {U} WITH PASSWORD = '{P}';\n2> GO\n"),
 ('mysql_set_password_for_literal', 'sql', "mysql> SET PASSWORD FOR '{U}'@'%' = '{P}';\nQuery OK, 0 rows affected\n"),
 ('cql_create_role_with_password', 'sql', "cqlsh> CREATE ROLE {U} WITH PASSWORD = '{P}' AND LOGIN = true;\n"),
 ('cypher_create_user_set_password', 'sql', "neo4j@system> CREATE USER {U} SET PASSWORD '{P}' CHANGE NOT REQUIRED;\n"),
 ('surrealql_define_user_password', 'sql', "> DEFINE USER {U} ON ROOT PASSWORD '{P}' ROLES OWNER;\n"),
 ('snowflake_alter_user_set_password', 'sql', "ALTER USER {U} SET PASSWORD = '{P}' MUST_CHANGE_PASSWORD = FALSE;\n"),
 ('firebird_create_user_password', 'sql', "SQL> CREATE USER {U} PASSWORD '{P}';\n"),
 ('postgres_alter_user_encrypted_password', 'sql', "signal=# ALTER USER {U} WITH ENCRYPTED PASSWORD '{P}';\nALTER ROLE\n"),
 ('mariadb_grant_identified_by_legacy', 'sql', "MariaDB> GRANT ALL ON rooms.* TO '{U}'@'%' IDENTIFIED BY '{P}';\n"),
 ('duckdb_create_secret_password_param', 'sql', "D CREATE SECRET pg (TYPE postgres, HOST '{H}', USER '{U}', PASSWORD '{P}');\n"),
]

def generate(used):
    r = random.Random(9703)
    out = []
    for name, cat, tpl in S:
        while True:
            p = owner_password(r)
            if p not in used:
                break
        used.add(p)
        t = tpl.replace('{U}', r.choice(USERS)).replace('{H}', r.choice(HOSTS)).replace('{N}', str(r.randint(100, 999)))
        spans, parts = [], t.split('{P}')
        text = parts[0]
        for part in parts[1:]:
            spans.append({'value': p, 'start': len(text), 'end': len(text) + len(p), 'type': name})
            text += p + part
        out.append({'type': name, 'container': name + '__' + SUF[cat], 'text': text, 'secrets': spans, 'source': 'password'})
    return out
