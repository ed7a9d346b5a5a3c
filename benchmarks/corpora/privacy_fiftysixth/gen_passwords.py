"""Positional passwords: one new syntax each (seed 5603)."""
import random
from common import *

P = [
 ('srcds_server_cfg_rcon_password_directive', 'rcon_password "{P}"\nsv_cheats 0'),
 ('srcds_server_cfg_sv_password_directive', 'hostname "Scrim #{N}"\nsv_password {P}'),
 ('srcds_launch_plus_rcon_password', './srcds_run -game csgo +map de_nuke +rcon_password {P} -port 27015'),
 ('minecraft_server_properties_rcon_password', 'enable-rcon=true\nrcon.port=25575\nrcon.password={P}'),
 ('mcrcon_lowercase_p_flag', 'mcrcon -H mc.lan.example -P 25575 -p {P} "say restart in 5"'),
 ('rcon_cli_password_long_option', 'rcon-cli --host 10.0.4.{N} --port 25575 --password {P} list'),
 ('factorio_rcon_password_option', './factorio --start-server save.zip --rcon-port 27015 --rcon-password {P}'),
 ('valheim_server_password_switch', './valheim_server.x86_64 -name "Vikings {N}" -world Dedicated -password {P} -public 0'),
 ('ark_url_server_admin_password_param', 'ShooterGameServer TheIsland?listen?SessionName=Tribe{N}?ServerAdminPassword={P} -server -log'),
 ('rust_dedicated_plus_rcon_dot_password', 'RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "{P}"'),
 ('terraria_serverconfig_password_line', 'world=/srv/terraria/worlds/w{N}.wld\nmaxplayers=8\npassword={P}'),
 ('palworld_settings_admin_password_quoted', 'OptionSettings=(Difficulty=None,ServerName="pals{N}",AdminPassword="{P}",ServerPlayerMaxNum=16)'),
 ('sevendays_serverconfig_telnet_password_property', '<property name="TelnetEnabled" value="true" />\n<property name="TelnetPassword" value="{P}" />'),
 ('dayz_serverdz_password_admin_assignment', 'hostname = "DZ {N}";\npasswordAdmin = "{P}";'),
 ('arma3_server_cfg_command_password', 'hostname = "Ops night {N}";\nserverCommandPassword = "{P}";'),
 ('squad_rcon_cfg_password_key', 'IP=0.0.0.0\nPort=21114\nPassword={P}'),
 ('project_zomboid_adminpassword_switch', './start-server.sh -servername pz{N} -adminpassword {P}'),
 ('unreal_tournament_url_admin_password', 'UE4Server-Linux-Shipping UnrealTournament DM-Chill?Game=Duel?AdminPassword={P} -log'),
 ('teamspeak3_serveradmin_password_startup_arg', './ts3server license_accepted=1 serveradmin_password={P}'),
 ('mumble_murmur_ini_serverpassword', 'welcometext="GG"\nport=64738\nserverpassword={P}'),
 ('murmurd_supw_superuser_option', 'murmurd -ini /etc/murmur.ini -supw {P}'),
 ('obs_studio_websocket_password_launch_flag', 'obs64.exe --startstreaming --websocket_port 4455 --websocket_password {P}'),
 ('obsws_python_reqclient_password_kwarg', 'cl = obs.ReqClient(host="stream-pc.local", port=4455, password="{P}", timeout=3)'),
 ('obs_websocket_js_connect_second_arg', "await obs.connect('ws://192.168.1.{N}:4455', '{P}');"),
 ('ffmpeg_srt_passphrase_query_param', 'ffmpeg -re -i scene.mp4 -c copy -f mpegts "srt://ingest.example:9000?pkt_size=1316&passphrase={P}"'),
 ('ffmpeg_srt_passphrase_output_option', 'ffmpeg -i rtmp://localhost/live/cam -c copy -f mpegts -passphrase {P} -pbkeylen 16 srt://relay.example:9001'),
 ('rist_url_secret_param', 'ristsender -i udp://127.0.0.1:5000 -o "rist://relay.example:8193?secret={P}&aes-type=128"'),
 ('icecast_xml_source_password_element', '<authentication>\n  <source-password>{P}</source-password>\n</authentication>'),
 ('liquidsoap_output_icecast_password_arg', 'output.icecast(%mp3, host="radio.example", port=8000, password="{P}", mount="live.mp3", radio)'),
 ('darkice_cfg_password_assignment', '[icecast2-0]\nserver = radio.example\nmountPoint = lofi{N}\npassword = {P}'),
 ('shoutcast_sc_serv_conf_password', 'portbase=8000\npassword={P}\nadminpassword=$SC_ADMIN'),
 ('p4_global_capital_p_option', 'p4 -u build_{N} -P {P} -c farm-ws sync //depot/Main/...'),
 ('p4config_p4passwd_line', 'P4PORT=ssl:p4.studio.example:1666\nP4USER=cook_bot\nP4PASSWD={P}'),
 ('unreal_android_runtime_keystore_password', '[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]\nKeyStore=release.keystore\nKeyStorePassword={P}'),
 ('unity_playersettings_keystorepass_assignment', 'PlayerSettings.Android.keystorePass = "{P}";\nPlayerSettings.Android.keyaliasName = "release";'),
 ('unity_batchmode_license_password_arg', 'Unity.exe -batchmode -quit -username ci@studio.example -password {P} -serial $UNITY_SERIAL'),
 ('godot_export_presets_release_password', '[preset.0.options]\nkeystore/release_user="release"\nkeystore/release_password="{P}"'),
 ('godot_keystore_release_password_env', 'export GODOT_ANDROID_KEYSTORE_RELEASE_PASSWORD={P}\ngodot --headless --export-release Android build/game.aab'),
 ('steamcmd_plus_login_second_positional', 'steamcmd +login deploy_bot_{N} {P} +run_app_build ../scripts/app_build.vdf +quit'),
 ('depotdownloader_password_switch', 'DepotDownloader -app 480 -depot 481 -username qa_{N} -password {P} -remember-password'),
 ('xcrun_altool_password_option', 'xcrun altool --upload-app -f Build.ipa -t ios -u release@studio.example --password {P}'),
 ('jenkins_cli_auth_user_colon', 'java -jar jenkins-cli.jar -s https://ci.studio.example/ -auth cook_bot:{P} build NightlyCook'),
 ('jenkins_inbound_agent_secret_flag', 'java -jar agent.jar -url https://ci.studio.example/ -secret {P} -name win-bake-{N} -workDir D:\\jenkins'),
 ('windows_net_use_positional_password', 'net use Z: \\\\ddc-share\\DerivedData {P} /user:FARM\\svc_ddc /persistent:yes'),
 ('cmdkey_add_pass_colon_switch', 'cmdkey /add:ddc-share.farm.example /user:FARM\\svc_ddc /pass:{P}'),
 ('psexec_lowercase_p_switch', 'psexec \\\\bake-{N} -u FARM\\builder -p {P} cmd /c "C:\\farm\\restart.bat"'),
 ('sshpass_lowercase_p_flag', 'sshpass -p {P} ssh ops@gs-{N}.eu.example "systemctl restart match"'),
 ('xfreerdp_p_colon_argument', 'xfreerdp /v:devkit-{N}.lan /u:tester /p:{P} /cert:ignore'),
 ('smbclient_user_percent_password', 'smbclient //nas.studio.example/captures -U editor%{P} -c "ls"'),
 ('restic_password_env_assignment', 'RESTIC_PASSWORD={P} restic -r s3:s3.example/replays backup /srv/replays'),
 ('borg_passphrase_env_assignment', 'BORG_PASSPHRASE={P} borg create ::vods-{N} /mnt/vods'),
 ('helm_repo_add_password_option', 'helm repo add studio https://charts.studio.example --username ci --password {P}'),
 ('az_login_lowercase_p_option', 'az login -u builder@studio.example -p {P}'),
 ('vault_userpass_login_password_pair', 'vault login -method=userpass username=cook_bot password={P}'),
 ('mssql_create_login_with_password', "CREATE LOGIN telemetry_rw WITH PASSWORD = '{P}', CHECK_POLICY = OFF;"),
 ('postgres_alter_role_password_literal', "ALTER ROLE leaderboard_app WITH LOGIN PASSWORD '{P}';"),
 ('sqlplus_user_slash_password_connect', 'sqlplus stats_ro/{P}@//ora.studio.example:1521/STATS'),
 ('sqlcmd_capital_p_option', 'sqlcmd -S tcp:sql.farm.example -U sa -P {P} -Q "SELECT @@VERSION"'),
 ('bcp_out_capital_p_option', 'bcp dbo.Matches out matches.dat -S sql.farm.example -U export -P {P} -c'),
 ('psql_conninfo_password_keyword', 'psql "host=pg.studio.example dbname=economy user=econ password={P} sslmode=require"'),
 ('influx_setup_password_option', 'influx setup --username admin --password {P} --org studio --bucket frametimes --force'),
 ('rabbitmqctl_change_password_positional', 'rabbitmqctl change_password match_queue {P}'),
 ('keytool_genkeypair_storepass_option', 'keytool -genkeypair -v -keystore upload.jks -alias upload -keyalg RSA -storepass {P} -dname "CN=Studio"'),
 ('gradle_properties_release_store_password', 'RELEASE_STORE_FILE=upload.jks\nRELEASE_STORE_PASSWORD={P}'),
 ('gradle_groovy_signingconfig_storepassword', 'signingConfigs {\n    release {\n        storeFile file("upload.jks")\n        storePassword "{P}"\n    }\n}'),
 ('bundletool_ks_pass_pass_prefix', 'bundletool build-apks --bundle=game.aab --output=game.apks --ks=upload.jks --ks-pass=pass:{P} --ks-key-alias=upload'),
 ('fastlane_password_env_prefix', 'FASTLANE_PASSWORD={P} bundle exec fastlane pilot upload'),
 ('tmijs_identity_password_property', "const client = new tmi.Client({ identity: { username: 'modbot{N}', password: '{P}' }, channels: ['#arena'] });"),
 ('irssi_connect_password_switch', '/connect -password {P} -nick vodbot irc.chat.example 6697'),
 ('curl_user_colon_password_option', 'curl -u uploader:{P} -T highlights.mp4 https://dav.creator.example/clips/'),
 ('paramiko_connect_password_kwarg', 'ssh.connect("gs-{N}.eu.example", username="ops", password="{P}", timeout=10)'),
 ('ioredis_constructor_password_option', "const redis = new Redis({ host: 'lobby-cache', port: 6379, password: '{P}' });"),
 ('csharp_sqlconnection_password_segment', 'var cs = "Server=sql.farm.example;Database=Economy;User Id=econ;Password={P};Encrypt=True";'),
 ('java_drivermanager_getconnection_third', 'Connection c = DriverManager.getConnection("jdbc:mysql://db:3306/guilds", "guilds", "{P}");'),
 ('lua_resty_mysql_connect_password_field', 'local ok, err = db:connect{ host = "127.0.0.1", port = 3306, database = "mods", user = "mods", password = "{P}" }'),
 ('telnet_session_password_prompt_echo', 'Trying 10.0.4.{N}...\nConnected to 7dtd.\nPlease enter password:\n{P}\nLogon successful.'),
 ('ldapsearch_lowercase_w_option', 'ldapsearch -H ldaps://dir.studio.example -D "cn=svc_sso,dc=studio" -w {P} "(uid=qa*)"'),
 ('ldappasswd_new_password_s_option', 'ldappasswd -H ldaps://dir.studio.example -D "cn=admin,dc=studio" -W -s {P} "uid=tester{N},ou=qa,dc=studio"'),
 ('mysqldump_attached_p_option', 'mysqldump -h db.guilds.example -u backup -p{P} guilds > guilds.sql'),
 ('pgpassword_env_before_pg_dump', 'PGPASSWORD={P} pg_dump -h pg.studio.example -U econ economy > economy.sql'),
 ('openvpn_auth_user_pass_file_second_line', 'contractor_{N}\n{P}'),
 ('ipsec_secrets_psk_quoted', '%any devkit-lab.example : PSK "{P}"'),
 ('sunshine_creds_second_positional', 'sunshine --creds streamer {P}'),
 ('streamdeck_plugin_settings_password_json', '{"action":"com.example.obs.scene","settings":{"host":"127.0.0.1","port":4455,"password":"{P}"}}'),
 ('caddy_hash_password_plaintext_option', 'caddy hash-password --plaintext {P}'),
 ('ansible_extra_vars_ansible_password', 'ansible winfarm -m win_ping -e ansible_password={P}'),
 ('ansible_inventory_become_password_key', 'all:\n  vars:\n    ansible_become_password: {P}'),
 ('packer_var_winrm_password', "packer build -var 'winrm_password={P}' bake-agent.pkr.hcl"),
 ('terraform_var_admin_password', 'terraform apply -var="admin_password={P}" -auto-approve'),
 ('kubectl_from_literal_password_pair', 'kubectl create secret generic match-db --from-literal=username=match --from-literal=password={P}'),
 ('gcloud_sql_set_password_option', 'gcloud sql users set-password leaderboard --instance=lb-prod --password={P}'),
 ('aws_rds_master_user_password_option', 'aws rds create-db-instance --db-instance-identifier telemetry --master-username admin --master-user-password {P}'),
 ('az_sql_server_admin_password_option', 'az sql server create -n econ-sql -g games -u sqladmin --admin-password {P}'),
 ('mongosh_createuser_pwd_field', 'db.createUser({ user: "replays", pwd: "{P}", roles: ["readWrite"] })'),
 ('elasticsearch_users_useradd_p_option', 'bin/elasticsearch-users useradd kibana_ops -p {P} -r superuser'),
 ('kibana_yml_elasticsearch_password', 'elasticsearch.username: "kibana_system"\nelasticsearch.password: "{P}"'),
 ('grafana_cli_reset_admin_password_positional', 'grafana-cli admin reset-admin-password {P}'),
 ('grafana_security_admin_password_env', 'GF_SECURITY_ADMIN_PASSWORD={P}'),
 ('minio_mc_alias_set_secret_positional', 'mc alias set farm https://minio.farm.example bakeuploader {P}'),
 ('minio_root_password_env', 'MINIO_ROOT_USER=farmadmin\nMINIO_ROOT_PASSWORD={P}'),
 ('unzip_capital_p_password_option', 'unzip -P {P} press_kit_{N}.zip -d press_kit'),
 ('rar_attached_hp_switch', 'rar a -hp{P} raw_footage_{N}.rar ./raw'),
 ('openssl_enc_lowercase_k_option', 'openssl enc -aes-256-cbc -pbkdf2 -in build_{N}.pak -out build.enc -k {P}'),
 ('steghide_embed_p_option', 'steghide embed -cf teaser.jpg -ef arg_clue.txt -p {P}'),
 ('veracrypt_password_equals_option', 'veracrypt --text --mount vault.hc /mnt/secret --password={P} --pim=0'),
 ('ssh_keygen_capital_n_new_passphrase', 'ssh-keygen -t ed25519 -f ~/.ssh/farm_{N} -N {P} -C "farm agent"'),
 ('windows_certutil_importpfx_p_option', 'certutil -f -p {P} -importpfx codesign_{N}.pfx'),
 ('httpie_password_request_item', 'http POST https://api.creator.example/login username=editor password={P}'),
 ('curl_json_body_password_field', 'curl -X POST https://panel.gs.example/api/login -H "Content-Type: application/json" -d \'{"user":"ops","password":"{P}"}\''),
]

SUFFIXES = ['build_farm_wiki_code_block', 'stream_pc_setup_gist', 'server_admin_voice_chat_paste']

def _present(rng, suffix, body):
    if suffix == 'build_farm_wiki_code_block':
        return 'h3. Restore steps (farm wiki)\n{code}\n' + body + '\n{code}\n(ask #farm-ops before running 🙏)'
    if suffix == 'stream_pc_setup_gist':
        return '# stream-pc-setup.md\n\n```\n' + body + '\n```\n\n👉 run once, then reboot'
    return '[' + str(rng.randrange(10, 23)) + ':' + str(rng.randrange(10, 59)) + '] admin » heres what i ran:\n' + body + '\n…works now 🎉'

def build():
    rng = random.Random(5603)
    out = []
    for i, (t, tmpl) in enumerate(P):
        suf = SUFFIXES[i % 3]
        pw = password(rng)
        if t == 'jenkins_inbound_agent_secret_flag':
            pw = tok(rng, HEXL, 64)
        body = tmpl.replace('{N}', str(rng.randrange(2, 99))).replace('{P}', '\ue001')
        full = _present(rng, suf, body)
        full = full.replace('{', '\ue002').replace('}', '\ue003').replace('\ue001', '{V0}')
        text, spans = render(full, [(pw, t)])
        text = text.replace('\ue002', '{').replace('\ue003', '}')
        out.append(dict(type=t, container=t + '__' + suf, text=text, secrets=spans, source='password'))
    return out
