"""Password source: ways a password is passed without a telling `password=` key."""
import base64
import json
import random

from common202 import SEEDS, crc16_ccitt, fill, span_record, strict_password

PREFIX = "mewspw_"
SUFFIX = {
    "cli": "mews_ops_terminal_log",
    "lib": "rescue_app_code_excerpt",
    "file": "centre_host_file_excerpt",
    "proto": "aviary_lan_capture_decode",
    "sql": "intake_db_console_sql",
    "gui": "donor_portal_ui_test_script",
}

# (syntax, kind, template). {V} value, {U} user, {H} host.
S = [
    # ---------------------------------------------------------------- cli
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh \"mongodb://{H}:27017/intake\" -u {U} -p '{V}' --authenticationDatabase admin\nCurrent Mongosh Log ID: 66f1c0a2\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {H} 9042 -u {U} -p {V}\nConnected to SightingsCluster at {H}:9042\ncqlsh> DESCRIBE KEYSPACES;\n"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://{H}:7687 -u {U} -p '{V}' \"MATCH (b:Bird)-[:RINGED_AT]->(s) RETURN count(b);\"\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "# broker bootstrap for the telemetry queue\n$ sudo rabbitmqctl add_user {U} '{V}'\nAdding user \"{U}\" ...\n$ sudo rabbitmqctl set_permissions -p / {U} \".*\" \".*\" \".*\"\n"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '{V}' ssh -o StrictHostKeyChecking=no {U}@{H} 'systemctl restart incubator-monitor'\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p '{V}' -g 1600x900 {H}\nAutoselecting keyboard map 'en-gb' from locale\n"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H} /u:{U} /p:'{V}' /dynamic-resolution +clipboard\n"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/specimen-photos -U {U}%'{V}' -c 'ls'\n  .    D    0  Mon Apr 12 09:14:07 2027\n"),
    ("rpcclient_capital_u_percent_pair", "cli", "$ rpcclient -U '{U}%{V}' {H} -c 'enumdomusers'\nuser:[Administrator] rid:[0x1f4]\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.{H} -u {U} -p '{V}'\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {U}:{V} docker://registry.{H}/intake:2.8 oci:intake-backup:2.8\nCopying blob 4f4fb700ef54 done\n"),
    ("az_login_lower_p_after_lower_u", "cli", "PS> az login -u {U}@hawkcentre.example -p '{V}' --allow-no-subscriptions\n[ { \"cloudName\": \"AzureCloud\" } ]\n"),
    ("cf_login_lower_p_after_lower_u", "cli", "$ cf login -a https://api.{H} -u {U} -p '{V}' -o rescue -s prod\nAPI endpoint: https://api.{H}\nAuthenticating...\nOK\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D \"cn={U},dc=hawkcentre,dc=lan\" -w '{V}' -b \"ou=volunteers,dc=hawkcentre,dc=lan\" uid\n"),
    ("snmpwalk_v3_capital_x_privacy_passphrase", "cli", "$ snmpwalk -v3 -l authPriv -u {U} -a SHA -A \"$SNMP_AUTH\" -x AES -X '{V}' {H} 1.3.6.1.2.1.1\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c '{V}' {H} IF-MIB::ifDescr\nIF-MIB::ifDescr.1 = STRING: eth0\n"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {U}:{V} GET https://{H}/api/rings/EX48213\nHTTP/1.1 200 OK\n"),
    ("lynx_auth_equals_colon_pair", "cli", "$ lynx -dump -auth={U}:{V} http://{H}/status\n"),
    ("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote {H}:9091 -n '{U}:{V}' -l\nID  Done  Have  ETA  Name\n"),
    ("deluge_console_connect_fourth_token", "cli", "$ deluge-console \"connect {H}:58846 {U} {V}; info\"\n"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in donors.csv -out donors.csv.enc -k '{V}'\n"),
    ("openssl_pkcs12_passout_pass_colon", "cli", "$ openssl pkcs12 -export -in tag-gw.crt -inkey tag-gw.key -out tag-gw.p12 -passout pass:{V}\n"),
    ("keytool_storepass_flag", "cli", "$ keytool -list -keystore chip-reader.jks -storepass '{V}'\nKeystore type: PKCS12\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {H} -a '{V}' --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=412,expires=0\n"),
    ("zip_capital_p_flag", "cli", "$ zip -P '{V}' cites-scans-2027.zip scans/*.pdf\n  adding: scans/A10-604522.pdf (deflated 3%)\n"),
    ("pdftk_input_pw_keyword", "cli", "$ pdftk licence-bundle.pdf input_pw '{V}' output licence-bundle-open.pdf\n"),
    ("veracrypt_text_mount_lower_p", "cli", "$ veracrypt --text --mount /srv/vault/donors.hc /mnt/donors -p '{V}' --pim=0 --keyfiles='' --protect-hidden=no\n"),
    ("cryptsetup_open_key_file_dash_printf", "cli", "# printf '%s' '{V}' | cryptsetup open --key-file=- /dev/sdb2 specimen_archive\n# mount /dev/mapper/specimen_archive /srv/archive\n"),
    ("zfs_load_key_stdin_echo", "cli", "# echo '{V}' | zfs load-key tank/rehab\n# zfs mount tank/rehab\n"),
    ("sudo_capital_s_stdin_echo", "cli", "$ echo '{V}' | sudo -S systemctl restart mews-cam\n[sudo] password for {U}: \n"),
    ("p4_login_stdin_echo", "cli", "$ echo {V} | p4 -p ssl:{H}:1666 -u {U} login\nUser {U} logged in.\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {U} {V} /add /comment:\"release volunteer kiosk\"\nThe command completed successfully.\n"),
    ("winrs_colon_p_after_colon_u", "cli", "C:\\> winrs -r:{H} -u:{U} -p:{V} ipconfig /all\n"),
    ("bcp_capital_p_after_capital_u", "cli", "PS> bcp Rescue.dbo.Intake out intake.dat -S {H} -U {U} -P '{V}' -n\nStarting copy...\n"),
    ("curlftpfs_user_option_colon_pair", "cli", "$ curlftpfs -o user={U}:{V},allow_other ftp://{H}/ /mnt/trailcams\n"),
    ("influx_setup_lower_p_after_lower_u", "cli", "$ influx setup -u {U} -p '{V}' -o hawk-centre -b incubators -r 90d -f\nUser    Organization  Bucket\n"),
    ("mysqladmin_glued_lower_p_after_lower_u", "cli", "$ mysqladmin -h {H} -u {U} -p{V} status\nUptime: 86400  Threads: 3\n"),
    ("sqlite3_cmd_open_uri_key_parameter", "cli", "$ sqlite3 -cmd \".open 'file:rota.db?key={V}'\" \"SELECT count(*) FROM shifts;\"\n"),
    ("wp_cli_user_create_prompt_herestring", "cli", "$ wp user create {U} rota@hawkcentre.example --role=editor --send-email=0 --prompt=user_pass <<< '{V}'\nSuccess: Created user 14.\n"),
    ("jfrog_cli_rt_ping_lower_p_after_user", "cli", "$ jf rt ping --url=https://{H}/artifactory --user={U} --access-token= -p '{V}'\nOK\n"),
    ("sevenza_extract_glued_lower_p_output_dir", "cli", "$ 7za x trailcam-2027-04.7z -o/srv/trailcam -p{V} -y\nEverything is Ok\n"),
    ("xdotool_type_single", "gui", "#!/bin/sh\n# kiosk autologin on the intake PC\nxdotool search --name 'Intake Log' windowactivate --sync\nxdotool type --delay 80 '{V}'\nxdotool key Return\n"),
    # ---------------------------------------------------------------- lib
    ("python_smtplib_login_second", "lib", "import smtplib\n\nwith smtplib.SMTP(\"{H}\", 587) as s:\n    s.starttls()\n    s.login(\"{U}\", \"{V}\")\n    s.send_message(release_report)\n"),
    ("python_imaplib_login_second", "lib", "import imaplib\n\nbox = imaplib.IMAP4_SSL(\"{H}\")\nbox.login(\"{U}\", \"{V}\")\nbox.select(\"Finders\")\n"),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"ldaps://{H}\"), \"uid={U},ou=staff,dc=hawkcentre,dc=lan\", \"{V}\", auto_bind=True)\n"),
    ("python_pysmb_smbconnection_second", "lib", "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"{U}\", \"{V}\", \"intake-pc\", \"NAS01\", use_ntlm_v2=True)\nconn.connect(\"{H}\", 445)\n"),
    ("python_pywinrm_session_auth_tuple_second", "lib", "import winrm\n\ns = winrm.Session(\"{H}\", auth=(\"{U}\", \"{V}\"), transport=\"ntlm\")\nprint(s.run_cmd(\"ipconfig\").std_out)\n"),
    ("python_paho_username_pw_set_second", "lib", "import paho.mqtt.client as mqtt\n\nc = mqtt.Client(client_id=\"incubator-3\")\nc.username_pw_set(\"{U}\", \"{V}\")\nc.connect(\"{H}\", 1883)\n"),
    ("python_zipfile_extractall_third_positional", "lib", "import zipfile\n\nwith zipfile.ZipFile(\"cites-scans.zip\") as zf:\n    zf.extractall(\"/srv/cites\", None, b\"{V}\")\n"),
    ("python_pykeepass_ctor_second", "lib", "from pykeepass import PyKeePass\n\nkp = PyKeePass(\"/srv/it/vendors.kdbx\", \"{V}\")\nentry = kp.find_entries(title=\"Movebank\", first=True)\n"),
    ("python_pypdf_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"article10-bundle.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"{V}\")\n"),
    ("python_cryptography_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nkey = serialization.load_pem_private_key(open(\"tag-gw.pem\", \"rb\").read(), b\"{V}\")\n"),
    ("python_exchangelib_credentials_second", "lib", "from exchangelib import Account, Credentials\n\ncreds = Credentials(\"{U}@hawkcentre.example\", \"{V}\")\nacct = Account(\"intake@hawkcentre.example\", credentials=creds, autodiscover=True)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData(\"{U}\", \"{V}\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_sqlalchemy_url_create_third_positional", "lib", "from sqlalchemy.engine import URL\n\nurl = URL.create(\"postgresql+psycopg\", \"{U}\", \"{V}\", \"{H}\", 5432, \"rings\")\n"),
    ("node_ldapjs_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldaps://{H}' });\nclient.bind('cn={U},dc=hawkcentre,dc=lan', '{V}', (err) => { if (err) throw err; });\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\nconst key = crypto.scryptSync('{V}', 'donor-export-salt', 32);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n"),
    ("node_jsonwebtoken_sign_second", "lib", "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: adopter.id, scheme: 'adopt-an-owl' }, '{V}', { expiresIn: '7d' });\n"),
    ("node_cookie_parser_first", "lib", "const cookieParser = require('cookie-parser');\napp.use(cookieParser('{V}'));\napp.use('/rota', rotaRouter);\n"),
    ("node_superagent_auth_second", "lib", "const res = await superagent\n  .get('https://{H}/api/releases')\n  .auth('{U}', '{V}')\n  .accept('json');\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\n    \"jdbc:postgresql://{H}:5432/rings\", \"{U}\", \"{V}\");\n"),
    ("java_javamail_transport_connect_fourth", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"{H}\", 587, \"{U}\", \"{V}\");\nt.sendMessage(msg, msg.getAllRecipients());\n"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"{H}\", 6379)) {\n    jedis.auth(\"{V}\");\n    jedis.incr(\"intake:count\");\n}\n"),
    ("java_pbekeyspec_chararray_first", "lib", "PBEKeySpec spec = new PBEKeySpec(\"{V}\".toCharArray(), salt, 210000, 256);\nSecretKey key = factory.generateSecret(spec);\n"),
    ("csharp_rfc2898derivebytes_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"{V}\", salt, 210000, HashAlgorithmName.SHA256);\nvar key = kdf.GetBytes(32);\n"),
    ("csharp_ssh_net_sshclient_third", "lib", "using var ssh = new SshClient(\"{H}\", \"{U}\", \"{V}\");\nssh.Connect();\nssh.RunCommand(\"systemctl restart chip-sync\");\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"{U}\", \"{V}\");\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")\nerr := smtp.SendMail(\"{H}:587\", auth, from, to, msg)\n"),
    ("go_ldap_bind_second", "lib", "l, err := ldap.DialURL(\"ldaps://{H}\")\nif err != nil { return err }\nerr = l.Bind(\"cn={U},dc=hawkcentre,dc=lan\", \"{V}\")\n"),
    ("go_minio_newstaticv4_second", "lib", "client, err := minio.New(\"{H}:9000\", &minio.Options{\n    Creds:  credentials.NewStaticV4(\"{U}\", \"{V}\", \"\"),\n    Secure: true,\n})\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());\nlet mailer = SmtpTransport::relay(\"{H}\")?.credentials(creds).build();\n"),
    ("rust_reqwest_basic_auth_second_some", "lib", "let resp = client\n    .get(\"https://{H}/api/tags\")\n    .basic_auth(\"{U}\", Some(\"{V}\"))\n    .send()\n    .await?;\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{H}', 587, 'hawkcentre.example', '{U}', '{V}', :login) do |smtp|\n  smtp.send_message(report, 'intake@hawkcentre.example', to)\nend\n"),
    ("ruby_net_imap_authenticate_third", "lib", "imap = Net::IMAP.new('{H}', ssl: true)\nimap.authenticate('PLAIN', '{U}', '{V}')\nimap.select('Finders')\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$conn = ldap_connect('ldaps://{H}');\nldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);\nldap_bind($conn, 'cn={U},dc=hawkcentre,dc=lan', '{V}');\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={H};dbname=adopt;charset=utf8mb4', '{U}', '{V}');\n$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n"),
    ("c_libpq_pqsetdblogin_seventh", "lib", "PGconn *conn = PQsetdbLogin(\"{H}\", \"5432\", NULL, NULL, \"rings\", \"{U}\", \"{V}\");\nif (PQstatus(conn) != CONNECTION_OK) fail(conn);\n"),
    ("c_odbc_sqlconnect_sixth", "lib", "ret = SQLConnect(hdbc, (SQLCHAR *)\"RescueDSN\", SQL_NTS,\n                 (SQLCHAR *)\"{U}\", SQL_NTS,\n                 (SQLCHAR *)\"{V}\", SQL_NTS);\n"),
    ("arduino_wifimulti_addap_second", "lib", "#include <WiFiMulti.h>\nWiFiMulti wifiMulti;\nvoid setup() {\n  wifiMulti.addAP(\"Mews-IoT\", \"{V}\");\n  wifiMulti.run();\n}\n"),
    ("arduino_blynk_begin_third", "lib", "void setup() {\n  Blynk.begin(BLYNK_AUTH_TOKEN, \"Incubator-Room\", \"{V}\");\n}\n"),
    ("lua_nodemcu_wifi_sta_config_second", "lib", "-- init.lua (old NodeMCU firmware)\nwifi.setmode(wifi.STATION)\nwifi.sta.config(\"Aviary-North\", \"{V}\")\nwifi.sta.connect()\n"),
    ("elixir_broker_auth_helper_second", "lib", "{:ok, _} = Tortoise.Supervisor.start_child(\n  client_id: \"aviary-temp\",\n  server: {Tortoise.Transport.Tcp, host: '{H}', port: 1883},\n  user_name: \"{U}\", password: nil,\n  handler: {Aviary.Handler, []}\n)\n:ok = Aviary.Broker.auth(\"{U}\", \"{V}\")\n"),
    ("csharp_smbshare_ctor_third", "lib", "var cred = new System.Net.NetworkCredential { UserName = \"{U}\" };\nvar smb = new SmbShare(\"\\\\\\\\{H}\\\\photos\", \"{U}\", \"{V}\");\n"),
    # ---------------------------------------------------------------- file
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/centre.auth (referenced by auth-user-pass)\n{U}\n{V}\n"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets  (mode 600)\n{U}:{V}\n"),
    ("postfix_sasl_passwd_colon_after_relayhost", "file", "# /etc/postfix/sasl_passwd — postmap after editing\n[{H}]:587 {U}:{V}\n"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n{U}:{PLAIN}{V}:5000:5000::/var/mail/{U}\n"),
    ("nginx_auth_basic_user_file_plain_scheme", "file", "# /etc/nginx/htpasswd.rota (auth_basic_user_file)\n{U}:{PLAIN}{V}\n"),
    ("vsftpd_virtual_users_txt_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\ntrailcam01\n{V}\n"),
    ("asterisk_iax_register_colon_pair", "file", "; /etc/asterisk/iax.conf — rescue hotline trunk\n[general]\nregister => {U}:{V}@{H}\n"),
    ("hostapd_wpa_psk_file_second_field", "file", "# /etc/hostapd/hostapd.wpa_psk — per-device keys for the aviary cameras\n00:00:00:00:00:00 {V}\n"),
    ("git_credential_store_file_userinfo", "file", "# ~/.git-credentials (credential.helper store)\nhttps://{U}:{V}@git.{H}\n"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\n{H}:5432:rings:{U}:{V}\n"),
    ("s3fs_passwd_file_second_colon_field", "file", "# /etc/passwd-s3fs (specimen photo bucket on MinIO)\n{U}:{V}\n"),
    ("fetchmailrc_user_there_with_pass_quoted", "file", "# ~/.fetchmailrc\npoll {H} protocol imap\n  user \"{U}\" there with pass \"{V}\" is \"intake\" here\n"),
    ("mews_door_keypad_roster_pipe_third_field", "file", "# mews-door roster v2: badge|name|unlock|valid until\n0412|R. Hale|{V}|2027-10-31\n"),
    ("ring_reader_pairing_csv_fourth_column", "file", "reader_id,site,paired_by,phrase,firmware\nRR-0931,north mews,{U},{V},4.2.1\n"),
    ("intake_tablet_fixed_width_cols_41_to_60", "file", None),
    ("release_camtrap_sd_config_third_line", "file", "# CONFIG.TXT on the camera-trap SD card (line 1 site, 2 SSID, 3 phrase)\nSITE-NORTH-COPSE\nCamtrap-AP\n{V}\n"),
    ("flight_scale_bluetooth_unlock_line_second_token", "file", "# scale.cmd — sent to the flight scale over Bluetooth serial at boot\nUNLK {V} 0x1F\nTARE\n"),
    ("docker_config_json_auth_b64", "file", None),
    # ---------------------------------------------------------------- proto
    ("ftp_control_channel_pass_line", "proto", "220 trailcam-ftp ready\nUSER {U}\n331 Please specify the password.\nPASS {V}\n230 Login successful.\n"),
    ("imap_login_command_third_token", "proto", "* OK [CAPABILITY IMAP4rev1] mail.{H} ready\na001 LOGIN {U} {V}\na001 OK LOGIN completed\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", None),
    ("redis_resp_auth_bulk_string", "proto", None),
    ("xmlrpc_methodcall_second_param_string", "proto", "POST /xmlrpc HTTP/1.1\nHost: {H}\nContent-Type: text/xml\n\n<?xml version=\"1.0\"?>\n<methodCall><methodName>session.open</methodName><params>"
     "<param><value><string>{U}</string></value></param><param><value><string>{V}</string></value></param></params></methodCall>\n"),
    ("irc_server_pass_line_before_nick", "proto", "PASS {V}\nNICK intake-bot\nUSER intake-bot 0 * :Rescue intake relay\n:irc.{H} 001 intake-bot :Welcome\n"),
    ("aria2_json_rpc_token_prefix", "proto", "POST /jsonrpc HTTP/1.1\nHost: {H}:6800\n\n{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"aria2.tellActive\",\"params\":[\"token:{V}\"]}\n"),
    ("telemetry_base_station_login_frame_crc16", "proto", None),
    ("minecraft_rcon_auth_packet_body", "proto", "rcon> [send] id=7 type=3 (SERVERDATA_AUTH) body=\"{V}\"\nrcon> [recv] id=7 type=2 (SERVERDATA_AUTH_RESPONSE)\n"),
    # ---------------------------------------------------------------- sql
    ("pgcrypto_pgp_sym_encrypt_second", "sql", "UPDATE donors SET bank_note = pgp_sym_encrypt(bank_note_plain, '{V}') WHERE bank_note_plain IS NOT NULL;\n"),
    ("mysql_aes_encrypt_second", "sql", "INSERT INTO finders (name, phone_enc) VALUES ('J. Okafor', AES_ENCRYPT('07700 900412', '{V}'));\n"),
    ("sqlcipher_attach_database_key_clause", "sql", "sqlite> ATTACH DATABASE 'rehab-archive.db' AS archive KEY '{V}';\nsqlite> SELECT count(*) FROM archive.admissions;\n"),
    ("mssql_open_master_key_decryption_by", "sql", "OPEN MASTER KEY DECRYPTION BY PASSWORD = N'{V}';\nSELECT * FROM dbo.GiftAid;\n"),
    # ---------------------------------------------------------------- gui
    ("cypress_get_type_single", "gui", "it('logs in to the rota', () => {\n  cy.visit('/rota/login')\n  cy.get('#f1').type('{U}')\n  cy.get('#f2').type('{V}')\n  cy.get('button[type=submit]').click()\n})\n"),
    ("playwright_page_fill_second", "gui", "await page.goto('https://{H}/donors/login');\nawait page.fill('#f1', '{U}');\nawait page.fill('#f2', '{V}');\nawait page.click('text=Sign in');\n"),
    ("testing_library_user_event_type_second", "gui", "await user.type(screen.getByTestId('f1'), '{U}')\nawait user.type(screen.getByTestId('f2'), '{V}')\nawait user.click(screen.getByRole('button'))\n"),
    ("capybara_fill_in_with_keyword", "gui", "visit '/adoption/admin'\nfill_in 'f1', with: '{U}'\nfill_in 'f2', with: '{V}'\nclick_button 'Continue'\n"),
    ("nightwatch_setvalue_second", "gui", "browser\n  .url('https://{H}/intake')\n  .setValue('#f1', '{U}')\n  .setValue('#f2', '{V}')\n  .click('#go');\n"),
    ("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{U}');\nawait tester.enterText(find.byKey(const Key('f2')), '{V}');\nawait tester.tap(find.byKey(const Key('go')));\n"),
    ("autohotkey_sendtext_single", "gui", "; intake-kiosk.ahk\nWinActivate \"Intake Log\"\nSendText \"{U}\"\nSend \"{Tab}\"\nSendText \"{V}\"\nSend \"{Enter}\"\n"),
    ("applescript_keystroke_single", "gui", "tell application \"System Events\"\n  keystroke \"{U}\"\n  keystroke tab\n  keystroke \"{V}\"\n  keystroke return\nend tell\n"),
    ("autoit_send_raw_first", "gui", "WinWaitActive(\"Specimen Tracker\")\nSend(\"{U}\", 1)\nSend(\"{TAB}\")\nSend(\"{V}\", 1)\nSend(\"{ENTER}\")\n"),
    ("gherkin_step_quoted_second_argument", "gui", "Scenario: volunteer signs in\n  Given I am on the rota login page\n  When I enter \"{U}\" and \"{V}\"\n  Then I see my shifts for this week\n"),
    ("uiautomator_uiobject_settext_single", "gui", "UiObject f2 = device.findObject(new UiSelector().resourceId(\"uk.rescue.intake:id/f2\"));\nf2.setText(\"{V}\");\n"),
    ("compose_test_performtextinput_single", "gui", "composeRule.onNodeWithTag(\"f1\").performTextInput(\"{U}\")\ncomposeRule.onNodeWithTag(\"f2\").performTextInput(\"{V}\")\ncomposeRule.onNodeWithTag(\"go\").performClick()\n"),
]

# syntaxes written but set aside (reason)
SET_ASIDE = {
    "fetchmailrc_user_there_with_pass_quoted": "the keyword `pass` sits right before the value",
    "mssql_open_master_key_decryption_by": "the clause reads `BY PASSWORD =`, a telling key",
    "elixir_broker_auth_helper_second": "an invented project helper, not a real library position",
    "csharp_smbshare_ctor_third": "`SmbShare` is not a real .NET class",
    "jfrog_cli_rt_ping_lower_p_after_user": "`jf rt ping` has no `-p` short flag that the builder is sure of",
    "wp_cli_user_create_prompt_herestring": "the `--prompt=user_pass` argument names the field",
    "sqlite3_cmd_open_uri_key_parameter": "stock sqlite3 ignores a `key` URI parameter (only SQLCipher builds read it)",
    "sevenza_extract_glued_lower_p_output_dir": "near-duplicate of the glued 7z `-p` of the earlier corpora",
    "mysqladmin_glued_lower_p_after_lower_u": "near-duplicate of the glued mysql `-p` of the earlier corpora",
    "minecraft_rcon_auth_packet_body": "off-world for a rescue centre; kept out to stay in scope",
}


def syntax_list():
    out = []
    for name, kind, tpl in S:
        if name in SET_ASIDE:
            continue
        out.append((name, kind, tpl))
    return out


def special(name, rng, reg, user, host):
    """Return (text, start, value, hidden) for syntaxes that need computed framing."""
    if name == "intake_tablet_fixed_width_cols_41_to_60":
        v = reg.draw(lambda: strict_password(rng))
        line = "INTK" + "%06d" % rng.randint(0, 999999) + "  " + user.ljust(18)[:18] + "  " + "BAY%02d" % rng.randint(1, 12)
        line = line.ljust(40)
        row = line + v.ljust(20) + "2027-04-12"
        header = "# intake tablet provisioning file: cols 1-10 tablet, 13-30 user, 33-37 bay, 41-60 unlock, 61-70 date\n"
        text = header + row + "\n"
        return text, len(header) + 40, v, None
    if name == "docker_config_json_auth_b64":
        pw = reg.draw(lambda: strict_password(rng))
        v = base64.b64encode((user + ":" + pw).encode()).decode()
        reg.add(v)
        tpl = "{\n  \"auths\": {\n    \"registry." + host + "\": {\n      \"auth\": \"{V}\"\n    }\n  }\n}\n"
        text, start = fill(tpl, v)
        return text, start, v, pw
    if name == "smtp_auth_plain_initial_response_b64":
        pw = reg.draw(lambda: strict_password(rng))
        v = base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
        reg.add(v)
        tpl = ("220 mail." + host + " ESMTP\nEHLO intake-pc\n250-AUTH PLAIN LOGIN\n250 OK\nAUTH PLAIN {V}\n"
               "235 2.7.0 Authentication successful\n")
        text, start = fill(tpl, v)
        return text, start, v, pw
    if name == "redis_resp_auth_bulk_string":
        v = reg.draw(lambda: strict_password(rng))
        tpl = "*2\\r\\n$4\\r\\nAUTH\\r\\n$" + str(len(v)) + "\\r\\n{V}\\r\\n\n+OK\\r\\n\n"
        text, start = fill("# tcpflow capture, port 6379 (escapes as shown by tcpflow -C)\n" + tpl, v)
        return text, start, v, None
    if name == "telemetry_base_station_login_frame_crc16":
        v = reg.draw(lambda: strict_password(rng))
        body = "TBS,LOGIN," + user + "," + v
        crc = crc16_ccitt(body.encode())
        frame = "<" + body + "*" + "%04X" % crc + ">"
        header = "# base-station serial log (frame = <body*CRC-16/CCITT-FALSE of body>)\n"
        text = header + frame + "\n<TBS,ACK,OK*0000>\n"
        start = len(header) + 1 + len("TBS,LOGIN," + user + ",")
        return text, start, v, None
    raise KeyError(name)


USERS = ["mews_admin", "rota", "intake", "kestrel_ops", "vols", "release", "ringer", "specimens"]
HOSTS = ["mews.lan", "rescue.internal", "hawkcentre.lan", "10.20.4.17", "owlrescue.example", "192.168.40.12"]


def build(reg):
    rng = random.Random(SEEDS["password"])
    records, hidden = [], []
    for name, kind, tpl in syntax_list():
        user, host = rng.choice(USERS), rng.choice(HOSTS)
        typ = PREFIX + name
        container = typ + "__" + SUFFIX[kind]
        if tpl is None:
            text, start, value, hid = special(name, rng, reg, user, host)
            if hid:
                hidden.append((typ, hid))
        else:
            value = reg.draw(lambda: strict_password(rng))
            text, start = fill(tpl, value, {"U": user, "H": host})
        records.append(span_record("", typ, container, text, start, value, "password"))
    return records, hidden
