"""Positional password syntaxes: the place in a command, file or protocol says it is a password."""
import base64, random
from gen147 import *

H = 'gcs01.example.com'
# (syntax, template, value kind)
P = [
    ('sshpass_lower_p_before_ssh', "sshpass -p '{V}' ssh pilot@10.20.0.5 'systemctl restart mavlink-router'", 'pw'),
    ('ncftpput_lower_p_after_lower_u', 'ncftpput -u survey -p {V} ftp.example.com /incoming ortho_0412.tif', 'pw'),
    ('sshfs_password_stdin_echo_pipe', "echo '{V}' | sshfs pilot@10.20.0.5:/logs /mnt/logs -o password_stdin", 'pw'),
    ('smbclient_capital_u_user_percent', "smbclient //nas.internal/flightlogs -U 'fieldtech%{V}' -c 'ls'", 'pw'),
    ('smbget_capital_u_user_percent', "smbget -R smb://nas.internal/orthos -U 'survey%{V}'", 'pw'),
    ('impacket_secretsdump_target_colon', "secretsdump.py 'FLEET/svc_backup:{V}@10.40.0.10'", 'pw'),
    ('impacket_wmiexec_target_colon', "wmiexec.py 'FLEET/hangaradmin:{V}@10.40.0.11' hostname", 'pw'),
    ('impacket_smbexec_target_colon', "smbexec.py 'FLEET/dockops:{V}@10.40.0.12'", 'pw'),
    ('netexec_smb_lower_p', "nxc smb 10.40.0.0/24 -u dockops -p '{V}' --shares", 'pw'),
    ('medusa_lower_p_single', 'medusa -h 10.40.0.20 -u admin -p {V} -M ssh', 'pw'),
    ('xfreerdp_slash_p_colon', "xfreerdp /v:10.40.0.30 /u:gcsadmin /p:'{V}' /cert:ignore", 'pw'),
    ('rdesktop_lower_p_after_lower_u', "rdesktop -u gcsadmin -p '{V}' 10.40.0.31", 'pw'),
    ('mysql_client_glued_lower_p', 'mysql -h db.internal -umaint -p{V} fleet_maintenance', 'pw'),
    ('mysqldump_glued_lower_p', 'mysqldump -umaint -p{V} fleet_maintenance > maint.sql', 'pw'),
    ('mysqlimport_glued_lower_p', 'mysqlimport --local -usurvey -p{V} gcp_points points.csv', 'pw'),
    ('mariadb_client_glued_lower_p', "mariadb -u dispatch -p'{V}' -h db.internal dispatch", 'pw'),
    ('pg_dump_dbname_uri_userinfo', "pg_dump 'postgresql://flightlog:{V}@db.internal:5432/ulogs' -Fc -f ulogs.dump", 'pw'),
    ('pg_restore_dbname_uri_userinfo', "pg_restore -d 'postgresql://mapping:{V}@postgis.internal/ortho' ortho.dump", 'pw'),
    ('redis_cli_lower_a_before_host', "redis-cli -a '{V}' -h cache.internal XLEN telemetry:hx07", 'pw'),
    ('redis_cli_lower_u_uri_userinfo', 'redis-cli -u redis://default:{V}@cache.internal:6379/2 PING', 'pw'),
    ('mongosh_uri_userinfo', "mongosh 'mongodb://fleet:{V}@mongo.internal:27017/fleet?authSource=admin'", 'pw'),
    ('mongorestore_lower_p_after_lower_u', 'mongorestore -u fleet -p {V} --authenticationDatabase admin dump/', 'pw'),
    ('mongoimport_lower_p_after_lower_u', "mongoimport -u survey -p '{V}' --db survey --collection gcps gcps.json", 'pw'),
    ('sqlplus_slash_before_at', 'sqlplus maint_ro/{V}@//ora.internal:1521/MAINT', 'pw'),
    ('rman_target_slash_before_at', 'rman target sys/{V}@MAINTDB', 'pw'),
    ('sybase_isql_capital_p_after_capital_u', 'isql -U sa -P {V} -S LEGACYFLEET', 'pw'),
    ('vertica_vsql_lower_w', "vsql -h analytics.internal -U dbadmin -w '{V}' -d flights", 'pw'),
    ('cqlsh_lower_p_after_lower_u', "cqlsh cass.internal -u telemetry -p '{V}'", 'pw'),
    ('rabbitmqadmin_lower_p_after_lower_u', 'rabbitmqadmin -H mq.internal -u dispatch -p {V} list queues', 'pw'),
    ('rabbitmqctl_add_user_second', "rabbitmqctl add_user dispatch_worker '{V}'", 'pw'),
    ('mosquitto_rr_capital_p', "mosquitto_rr -h mqtt.internal -u dock07 -P '{V}' -t dock/07/cmd -e dock/07/ack -m open", 'pw'),
    ('mosquitto_passwd_batch_third', "mosquitto_passwd -b /etc/mosquitto/passwd dock08 '{V}'", 'pw'),
    ('mqttx_cli_capital_p', "mqttx pub -h mqtt.internal -u gcs -P '{V}' -t fleet/hx07/mode -m RTL", 'pw'),
    ('emqx_ctl_admins_add_third', 'emqx_ctl admins add fleetops {V}', 'pw'),
    ('ldapsearch_lower_w_after_capital_d', "ldapsearch -x -H ldap://ldap.internal -D 'cn=gcs,ou=svc,dc=fleet' -w '{V}' uid=pilot7", 'pw'),
    ('ldapmodify_lower_w_after_capital_d', "ldapmodify -x -D 'cn=admin,dc=fleet' -w '{V}' -f add_pilot.ldif", 'pw'),
    ('ldappasswd_lower_s_new_value', "ldappasswd -x -D 'cn=admin,dc=fleet' -W -s '{V}' 'uid=pilot7,ou=people,dc=fleet'", 'pw'),
    ('net_user_add_second_positional', 'net user fieldtech {V} /add /domain', 'pw'),
    ('winrs_lower_p_colon', "winrs -r:dockpc07 -u:FLEET\\dockops -p:{V} ipconfig", 'pw'),
    ('docker_login_lower_p_after_lower_u', "docker login registry.example.com -u ci-drone -p '{V}'", 'pw'),
    ('nerdctl_login_lower_p_after_lower_u', "nerdctl login registry.example.com -u edge -p '{V}'", 'pw'),
    ('skopeo_login_lower_p_after_lower_u', "skopeo login -u ci-drone -p '{V}' registry.example.com", 'pw'),
    ('skopeo_copy_dest_creds_colon_pair', "skopeo copy docker://registry.internal/px4-sitl:1.15 docker://registry.example.com/sitl:1.15 --dest-creds ci-drone:{V}", 'pw'),
    ('git_credentials_store_line_userinfo', '# ~/.git-credentials\nhttps://ci-drone:{V}@git.example.com', 'pw'),
    ('poetry_config_http_basic_third', "poetry config http-basic.fleetpkgs ci-drone '{V}'", 'pw'),
    ('gem_sources_add_url_userinfo', 'gem sources -a https://ci-drone:{V}@gems.example.com/', 'pw'),
    ('bundle_config_host_user_colon_pair', 'bundle config set --global gems.example.com ci-drone:{V}', 'pw'),
    ('composer_config_http_basic_fourth', "composer config http-basic.repo.example.com ci-drone '{V}'", 'pw'),
    ('conan_remote_login_lower_p', "conan remote login fleetconan ci-drone -p '{V}'", 'pw'),
    ('restic_rest_repository_url_userinfo', 'restic -r rest:https://backup:{V}@restic.example.com/gcs01 snapshots', 'pw'),
    ('minio_mc_alias_set_fourth', 'mc alias set orthos https://s3.example.com ORTHOUPLOAD01 {V}', 's3'),
    ('ssh_keygen_capital_n_new_passphrase', "ssh-keygen -t ed25519 -N '{V}' -f ~/.ssh/id_gcs01", 'pw'),
    ('openssl_req_passout_pass_prefix', 'openssl req -new -newkey rsa:3072 -keyout rid.key -out rid.csr -passout pass:{V} -subj /CN=rid-gw', 'pw'),
    ('openssl_rsa_passin_pass_prefix', 'openssl rsa -in dock07.key -passin pass:{V} -out dock07.nopass.key', 'pw'),
    ('openssl_genpkey_pass_pass_prefix', 'openssl genpkey -algorithm ed25519 -aes256 -pass pass:{V} -out telemetry.key', 'pw'),
    ('infozip_capital_p_before_archive', "zip -r -P '{V}' flightlogs_0412.zip logs/", 'pw'),
    ('unzip_capital_p_before_archive', "unzip -P '{V}' orthos_client.zip -d orthos/", 'pw'),
    ('rar_glued_lower_p_after_a', "rar a -p'{V}' survey_raw.rar DCIM/", 'pw'),
    ('unrar_glued_lower_p_after_x', "unrar x -p'{V}' lidar_tiles.rar", 'pw'),
    ('qpdf_encrypt_first_positional', "qpdf --encrypt '{V}' ownerdocs 256 -- survey_report.pdf survey_report_locked.pdf", 'pw'),
    ('mutool_lower_p_before_file', "mutool draw -p '{V}' -o page%d.png survey_report_locked.pdf", 'pw'),
    ('cryptsetup_key_file_dash_pipe', "echo -n '{V}' | cryptsetup luksOpen --key-file=- /dev/sda2 flightdata", 'pw'),
    ('wpa_cli_set_network_psk_quoted', "wpa_cli -i wlan0 set_network 0 psk '\"{V}\"'", 'pw'),
    ('openwrt_uci_set_wireless_key', "uci set wireless.default_radio0.key='{V}'", 'pw'),
    ('espressif_at_cwsap_second_param', 'AT+CWSAP="DOCK07-AP","{V}",6,3', 'pw'),
    ('arduino_wifi_softap_second', 'WiFi.softAP("RID-BEACON-07", "{V}");', 'pw'),
    ('esp8266_wifimulti_addap_second', 'wifiMulti.addAP("quarry-field", "{V}");', 'pw'),
    ('ffmpeg_input_rtsp_url_userinfo', "ffmpeg -rtsp_transport tcp -i 'rtsp://viewer:{V}@10.20.0.9:8554/main' -c copy flight.mkv", 'pw'),
    ('gst_rtspsrc_location_userinfo', "gst-launch-1.0 rtspsrc location=rtsp://viewer:{V}@10.20.0.9:8554/thermal ! fakesink", 'pw'),
    ('vlc_rtsp_url_userinfo', "cvlc 'rtsp://opsview:{V}@10.20.0.9:8554/main' --network-caching=200", 'pw'),
    ('python_onvifcamera_fourth_positional', "cam = ONVIFCamera('10.20.0.9', 80, 'admin', '{V}')", 'pw'),
    ('python_smtplib_login_second', "server.login('alerts@example.com', '{V}')", 'pw'),
    ('python_imaplib_login_second', "imap.login('dispatch@example.com', '{V}')", 'pw'),
    ('python_ldap_simple_bind_s_second', "conn.simple_bind_s('cn=gcs,ou=svc,dc=fleet', '{V}')", 'pw'),
    ('python_httplib2_add_credentials_second', "h.add_credentials('ci-drone', '{V}')", 'pw'),
    ('python_urllib_password_mgr_fourth', "mgr.add_password(None, 'https://fleet.example.com/', 'ci-drone', '{V}')", 'pw'),
    ('node_mysql2_create_connection_uri', "const db = mysql.createConnection('mysql://dispatch:{V}@db.internal/dispatch');", 'pw'),
    ('node_pg_client_connection_string', "const client = new Client({ connectionString: 'postgres://flightlog:{V}@db.internal/ulogs' });", 'pw'),
    ('node_mongoclient_uri_userinfo', "const client = new MongoClient('mongodb://fleet:{V}@mongo.internal:27017/fleet');", 'pw'),
    ('node_mqtt_connect_url_userinfo', "const c = mqtt.connect('mqtts://dock07:{V}@mqtt.example.com:8883');", 'pw'),
    ('go_redis_parseurl_userinfo', 'opt, _ := redis.ParseURL("redis://default:{V}@cache.internal:6379/0")', 'pw'),
    ('go_pgx_connect_uri_userinfo', 'conn, err := pgx.Connect(ctx, "postgres://maint:{V}@db.internal:5432/maint")', 'pw'),
    ('go_smtp_plainauth_third', 'auth := smtp.PlainAuth("", "alerts@example.com", "{V}", "smtp.example.com")', 'pw'),
    ('java_drivermanager_getconnection_third', 'Connection c = DriverManager.getConnection(url, "maint", "{V}");', 'pw'),
    ('java_javamail_transport_connect_third', 'transport.connect("smtp.example.com", "alerts@example.com", "{V}");', 'pw'),
    ('csharp_sshnet_sshclient_third', 'using var ssh = new SshClient("10.20.0.5", "pilot", "{V}");', 'pw'),
    ('rust_lettre_credentials_new_second', 'let creds = Credentials::new("alerts@example.com".to_owned(), "{V}".to_owned());', 'pw'),
    ('rust_reqwest_basic_auth_some', '.basic_auth("ci-drone", Some("{V}"))', 'pw'),
    ('ruby_net_ftp_login_second', "ftp.login('survey', '{V}')", 'pw'),
    ('ruby_net_smtp_start_fifth', "Net::SMTP.start('smtp.example.com', 587, 'example.com', 'alerts', '{V}', :plain)", 'pw'),
    ('ruby_sequel_connect_url_userinfo', "DB = Sequel.connect('postgres://maint:{V}@db.internal/maint')", 'pw'),
    ('php_mysqli_ctor_third', "$db = new mysqli('db.internal', 'dispatch', '{V}', 'dispatch');", 'pw'),
    ('php_pdo_ctor_third', "$pdo = new PDO('pgsql:host=db.internal;dbname=ulogs', 'flightlog', '{V}');", 'pw'),
    ('php_ldap_bind_third', "ldap_bind($ds, 'cn=gcs,ou=svc,dc=fleet', '{V}');", 'pw'),
    ('perl_net_smtp_auth_second', "$smtp->auth('alerts', '{V}');", 'pw'),
    ('lua_mosquitto_login_set_second', 'client:login_set("dock07", "{V}")', 'pw'),
    ('imap_login_command_third_token', 'C: a001 LOGIN dispatch {V}\r\nS: a001 OK LOGIN completed', 'pw'),
    ('smtp_auth_plain_initial_response_b64', 'C: EHLO gcs01\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful', 'plainb64'),
    ('rtsp_describe_authorization_basic_b64', 'DESCRIBE rtsp://10.20.0.9:8554/main RTSP/1.0\r\nCSeq: 3\r\nAuthorization: Basic {V}\r\n', 'basicb64'),
    ('redis_resp_auth_command_third', '*3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n${N}\r\n{V}\r\n', 'pw'),
    ('irc_server_pass_line', 'PASS {V}\r\nNICK fleetbot\r\nUSER fleetbot 0 * :fleet ops bot', 'pw'),
    ('pgpass_fifth_field', '# ~/.pgpass\ndb.internal:5432:ulogs:flightlog:{V}', 'pw'),
    ('rsyncd_secrets_user_colon', '# /etc/rsyncd.secrets\nsurveysync:{V}', 'pw'),
    ('openvpn_auth_user_pass_second_line', '# /etc/openvpn/fieldkit.auth (auth-user-pass)\nfieldkit07\n{V}', 'pw'),
    ('postfix_sasl_passwd_map_after_colon', '# /etc/postfix/sasl_passwd\n[smtp.example.com]:587 alerts@example.com:{V}', 'pw'),
    ('dovecot_passwd_file_plain_scheme', '# /etc/dovecot/users\ndispatch:{PLAIN}{V}::::', 'pw'),
]

SUFFIXES = ['gcs_laptop_shell_history', 'companion_boot_script_excerpt', 'fleet_service_source_line', 'telemetry_link_capture_text']


def build(seed=14703):
    rng = random.Random(seed)
    out = []
    for i, (syn, tpl, kind) in enumerate(P):
        pw = owner_pw(rng)
        if kind == 's3':
            v = s(rng, ALNUM, 40)
        elif kind == 'plainb64':
            v = base64.b64encode(('\0alerts@example.com\0' + pw).encode()).decode()
        elif kind == 'basicb64':
            v = base64.b64encode(('viewer:' + pw).encode()).decode()
        else:
            v = pw
        t = tpl.replace('{N}', str(len(v)))
        text, a, b = place(t, v)
        typ = 'uavpw_' + syn
        out.append({'type': typ, 'container': typ + '__' + SUFFIXES[i % 4], 'text': text,
                    'secrets': [{'value': v, 'start': a, 'end': b, 'type': typ}], 'source': 'password'})
    return out
