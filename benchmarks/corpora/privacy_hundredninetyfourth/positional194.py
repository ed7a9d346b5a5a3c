"""Password source: passwords passed without a telling `password=` key (positional syntaxes)."""
import base64
import random

from common194 import MARK, DIGITS, nmea_checksum, owner_password, place, rs

SEED = 19403
TPREFIX = "divepw_"
SUFFIX = {
    "cli": "dive_ops_shell_transcript",
    "lib": "dive_app_source_snippet",
    "file": "dive_server_config_fragment",
    "proto": "boat_lan_packet_capture",
    "gui": "dive_app_ui_test_script",
}
USERS = ["diveops", "skipper", "fillstn", "rentals", "manifest", "mia", "tomw", "leo", "instr_ana", "dm_raj"]

V = "@@V@@"

# syntax, kind, template, mode ("pw" plain strict password; "b64_userpw" Base64 of user:pw;
# "b64_nul" Base64 of NUL user NUL pw; "ss_b64" base64url of method:pw)
S = [
    # ---------------------------------------------------------------- command line
    ("smbclient_capital_u_percent_pair", "cli", "mia@shop-pc:~$ smbclient //nas.bluereef.lan/logbooks -U {U}%" + V + " -c 'ls'\n  .  D  0  Mon Mar  2 06:10:11 2026\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p " + V + " -g 1280x800 frontdesk.bluereef.lan\n"),
    ("xfreerdp_slash_p_colon_value", "cli", "$ xfreerdp /v:10.20.0.31 /u:{U} /p:" + V + " /cert:ignore /dynamic-resolution\n"),
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p " + V + " ssh {U}@deckpi.bluereef.lan 'systemctl restart signalk'\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host 10.20.0.14 -u {U} -p " + V + " --authenticationDatabase admin logbooks\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh 10.20.0.40 9042 -u {U} -p " + V + "\nConnected to telemetry at 10.20.0.40:9042\n"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://graph.bluereef.lan:7687 -u {U} -p " + V + " 'MATCH (s:Site) RETURN count(s);'\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://dc.bluereef.lan -D \"uid={U},ou=staff,dc=bluereef,dc=lan\" -w " + V + " -b ou=staff,dc=bluereef,dc=lan\n"),
    ("redis_cli_lower_a_flag_value", "cli", "$ redis-cli -h 10.20.0.12 -a " + V + " --no-auth-warning LLEN manifest:queue\n(integer) 3\n"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in kiosk.crt -inkey kiosk.key -out kiosk.p12 -passout pass:" + V + "\n"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in waivers-2025.tar -out waivers-2025.tar.enc -k " + V + "\n"),
    ("zip_capital_p_flag_encrypt", "cli", "$ zip -P " + V + " -r hydro-certs-2026.zip hydro/2026/\n  adding: hydro/2026/ (stored 0%)\n"),
    ("unzip_capital_p_flag_extract", "cli", "$ unzip -P " + V + " manifests-jan.zip -d /tmp/manifests\n"),
    ("qpdf_encrypt_first_positional", "cli", "$ qpdf --encrypt " + V + " ownerkey-unused 256 -- waiver-template.pdf waiver-template-locked.pdf\n"),
    ("keytool_storepass_flag_value", "cli", "$ keytool -list -keystore ccard-client.jks -storepass " + V + "\nKeystore type: JKS\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C deckpi-backup -N " + V + " -f ~/.ssh/deckpi_backup\n"),
    ("veracrypt_text_lower_p_flag", "cli", "$ veracrypt --text --mount /dev/sdb1 /mnt/waivers -p " + V + " --pim=0 --keyfiles= --protect-hidden=no\n"),
    ("snmpwalk_v3_capital_x_priv_passphrase", "cli", "$ snmpwalk -v3 -l authPriv -u {U} -a SHA -A authkey-in-vault -x AES -X " + V + " 10.20.0.2 ifDescr\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c " + V + " compressor-plc.bluereef.lan 1.3.6.1.4.1.9999.1\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login -u {U} -p " + V + " registry.bluereef.lan:5000\nWARNING! Using --password via the CLI is insecure.\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {U}:" + V + " docker://registry.bluereef.lan:5000/manifest-api:2.4 oci:manifest-api\n"),
    ("cmdkey_generic_slash_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/frontdesk /user:BLUEREEF\\{U} /pass:" + V + "\nCMDKEY: Credential added successfully.\n"),
    ("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:kiosk01.bluereef.lan -u:{U} -p:" + V + " ipconfig /all\n"),
    ("curlftpfs_user_option_colon_pair", "cli", "$ curlftpfs -o user={U}:" + V + ",allow_other ftp://nas.bluereef.lan/dive-photos /mnt/photos\n"),
    ("sipsak_lower_a_auth_flag", "cli", "$ sipsak -U -C sip:{U}@10.20.0.50 -s sip:{U}@pbx.bluereef.lan -a " + V + " -vv\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {U} " + V + " /add /comment:\"rental counter\"\nThe command completed successfully.\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "# rabbitmqctl add_user {U} " + V + "\nAdding user \"{U}\" ...\n"),
    ("ejabberdctl_register_third_positional", "cli", "# ejabberdctl register {U} chat.bluereef.lan " + V + "\nUser {U}@chat.bluereef.lan successfully registered\n"),
    ("emqx_ctl_admins_add_after_user", "cli", "# emqx ctl admins add {U} " + V + " \"boat telemetry dashboard\"\nok\n"),
    ("influx_setup_lower_p_after_lower_u", "cli", "$ influx setup -u {U} -p " + V + " -o bluereef -b boatgps -r 90d -f\n"),
    ("elasticsearch_users_useradd_lower_p", "cli", "# bin/elasticsearch-users useradd {U} -p " + V + " -r viewer\n"),
    ("gsec_add_lower_pw_flag", "cli", "$ gsec -user SYSDBA -add {U} -pw " + V + "\n"),
    ("zkcli_addauth_digest_colon_pair", "cli", "[zk: 10.20.0.60:2181(CONNECTED) 0] addauth digest {U}:" + V + "\n[zk: 10.20.0.60:2181(CONNECTED) 1] ls /manifest\n"),
    ("svnserve_users_section_value", "file", "### conf/passwd (svnserve)\n[users]\nharry = see-previous-file\n{U} = " + V + "\n"),
    ("lynx_auth_option_colon_pair", "cli", "$ lynx -dump -auth={U}:" + V + " http://compressor-plc.bluereef.lan/status.htm\n"),
    ("iodine_capital_p_flag", "cli", "# iodine -f -P " + V + " 10.20.0.1 t1.bluereef.example\n"),
    ("ss_local_lower_k_flag", "cli", "$ ss-local -s 203.0.113.80 -p 8388 -l 1080 -m chacha20-ietf-poly1305 -k " + V + "\n"),
    ("openssl_passwd_six_positional", "cli", "$ openssl passwd -6 " + V + "\n$6$Qv1...\n"),
    ("doveadm_pw_capital_p_flag", "cli", "$ doveadm pw -s SHA512-CRYPT -p " + V + "\n"),
    ("slappasswd_lower_s_secret_flag", "cli", "$ slappasswd -h {SSHA} -s " + V + "\n"),
    ("mkpasswd_sha512_stdin_echo", "cli", "$ echo '" + V + "' | mkpasswd -m sha-512 -s\n"),
    ("dotnet_user_secrets_set_second_positional", "cli", "PS> dotnet user-secrets set \"Manifest:DbLogin\" \"" + V + "\" --project src/Manifest.Api\nSuccessfully saved Manifest:DbLogin to the secret store.\n"),
    ("gh_secret_set_lower_b_body", "cli", "$ gh secret set DECK_DB_LOGIN -b " + V + " --repo bluereef/manifest\n"),
    ("az_keyvault_secret_set_value_flag", "cli", "$ az keyvault secret set --vault-name bluereef-kv --name deck-db-login --value " + V + " -o none\n"),
    ("aws_ssm_put_parameter_value_flag", "cli", "$ aws ssm put-parameter --name /diveops/fill/db --type SecureString --value " + V + " --overwrite\n"),
    ("composer_config_http_basic_second_value", "cli", "$ composer config http-basic.repo.bluereef.lan {U} " + V + "\n"),
    ("pip_install_index_url_userinfo", "cli", "$ pip install --index-url https://{U}:" + V + "@pypi.bluereef.lan/simple/ divelog-core==3.2\n"),
    ("linphonec_register_third_positional", "cli", "linphonec> register sip:{U}@pbx.bluereef.lan sip:pbx.bluereef.lan " + V + "\nRegistration on sip:pbx.bluereef.lan successful.\n"),
    # ---------------------------------------------------------------- stdin pipes
    ("sudo_capital_s_stdin_echo", "cli", "$ echo " + V + " | sudo -S systemctl restart fill-logger\n"),
    ("sshfs_password_stdin_echo_pipe", "cli", "$ echo '" + V + "' | sshfs {U}@nas.bluereef.lan:/srv/logbooks /mnt/logbooks -o password_stdin\n"),
    ("cryptsetup_open_key_file_dash_stdin", "cli", "# echo -n '" + V + "' | cryptsetup open /dev/sdb2 waiver_vault --key-file=-\n"),
    ("gpg_passphrase_fd_zero_echo_pipe", "cli", "$ echo '" + V + "' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d hydro-2025.csv.gpg > hydro-2025.csv\n"),
    ("openssl_rsa_passin_stdin_echo", "cli", "$ echo '" + V + "' | openssl rsa -in kiosk-enc.key -passin stdin -out kiosk.key\n"),
    ("secret_tool_store_stdin_echo", "cli", "$ echo -n '" + V + "' | secret-tool store --label='deck db' service deckdb user {U}\n"),
    ("docker_secret_create_stdin_dash", "cli", "$ printf '" + V + "' | docker secret create manifest_db_login -\nq2ibk1w5yrnfvp3u0l8mzr7tc\n"),
    ("systemd_creds_encrypt_stdin_dash", "cli", "# echo -n '" + V + "' | systemd-creds encrypt --name=filldb - /etc/credstore.encrypted/filldb\n"),
    ("wrangler_secret_put_stdin_echo", "cli", "$ echo '" + V + "' | npx wrangler secret put BOOKING_DB_LOGIN\n✨ Success! Uploaded secret BOOKING_DB_LOGIN\n"),
    ("gcloud_secrets_versions_add_data_file_dash", "cli", "$ printf '%s' '" + V + "' | gcloud secrets versions add manifest-db-login --data-file=-\n"),
    ("pass_insert_echo_here_string", "cli", "$ pass insert -e boats/deck-tablet <<< '" + V + "'\n"),
    # ---------------------------------------------------------------- files with fixed column order
    ("pgpass_file_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\ndb.bluereef.internal:5432:trips:booking:see-vault\n10.20.0.15:5432:fills:{U}:" + V + "\n"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets\n{U}:" + V + "\n"),
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/boat-auth.txt  (auth-user-pass)\n{U}\n" + V + "\n"),
    ("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 " + V + "\n"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n{U}:{PLAIN}" + V + ":5000:5000::/home/{U}\n"),
    ("vsftpd_virtual_users_txt_even_line", "file", "# /etc/vsftpd/virtual_users.txt  (db_load -T -t hash)\n{U}\n" + V + "\n"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:" + V + "@git.bluereef.lan\n"),
    ("proxychains_socks5_fifth_token", "file", "[ProxyList]\n# type  host  port  user  pass\nsocks5 10.20.0.1 1080 {U} " + V + "\n"),
    ("three_proxy_users_cl_field", "file", "# 3proxy.cfg\nnserver 10.20.0.1\nusers {U}:CL:" + V + "\nauth strong\nproxy -p3128\n"),
    ("fill_station_operators_pipe_third_field", "file", "# fill-station/operators.psv   badge|name|unlock|max_o2\nB-114|Dara Wong|" + V + "|40\n"),
    ("boat_manifest_kiosk_tsv_fourth_column", "file", "# deck kiosk users (tab separated: boat, role, login, unlock, since)\nmv-blue-manta\tcrew\t{U}\t" + V + "\t2026-01-04\n"),
    ("rental_handheld_caret_fifth_field", "file", "# rental counter handheld sync file  (^ separated)\nRC02^2026-03-01^counter^{U}^" + V + "^EN\n"),
    ("waiver_kiosk_fixed_width_cols_41_to_62", "file", "@@FW@@"),
    ("hydro_bench_operators_space_third_token", "file", "# hydro bench operator table (id name code level)\n17 {U} " + V + " L2\n"),
    ("dive_computer_dock_tilde_fourth_field", "file", "# dock.cfg  station~owner~port~unlock\ndock-3~{U}~COM4~" + V + "\n"),
    ("elearning_lms_import_semicolon_sixth_column", "file", "ext_id;first;last;email;course;initial_login\n88102;Ana;Reyes;ana@example.org;OW-theory;" + V + "\n"),
    ("cloudinit_chpasswd_list_block_colon_pair", "file", "#cloud-config\nhostname: deckpi\nchpasswd:\n  list: |\n    {U}:" + V + "\n  expire: False\n"),
    # ---------------------------------------------------------------- protocol exchanges
    ("redis_hello_three_auth_fourth_token", "proto", "> HELLO 3 AUTH {U} " + V + " SETNAME manifest-worker\n1# \"server\" => \"redis\"\n"),
    ("amqp_start_ok_plain_response_nul_escaped", "proto", "AMQP 0-9-1  Connection.Start-Ok\n    Mechanism: PLAIN\n    Response: \\x00{U}\\x00" + V + "\n    Locale: en_US\n"),
    ("at_cgauth_fourth_quoted_parameter", "proto", ">> AT+CGDCONT=1,\"IP\",\"iot.boatlink\"\n<< OK\n>> AT+CGAUTH=1,1,\"{U}\",\"" + V + "\"\n<< OK\n"),
    ("quectel_at_qmtconn_fourth_parameter", "proto", ">> AT+QMTOPEN=0,\"mqtt.bluereef.example\",8883\n<< +QMTOPEN: 0,0\n>> AT+QMTCONN=0,\"buoy-07\",\"{U}\",\"" + V + "\"\n<< +QMTCONN: 0,0,0\n"),
    ("nmea_proprietary_login_sentence_fourth_field", "proto", "@@NMEA@@"),
    ("cups_lpadmin_ipp_device_uri_userinfo", "cli", "$ sudo lpadmin -p DeckPrinter -E -v ipps://{U}:" + V + "@10.20.0.90/ipp/print -m everywhere\n"),
    ("icecast_source_url_userinfo", "proto", "$ ffmpeg -re -i deckcam.m3u8 -c copy -f mp3 icecast://source:" + V + "@stream.bluereef.lan:8000/boat-radio\n"),
    ("mumble_url_userinfo", "proto", "Join the crew channel: mumble://{U}:" + V + "@voice.bluereef.lan:64738/Boat?version=1.2.0\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN @@V@@\nS: 235 2.7.0 Authentication successful\n", "b64_nul"),
    ("docker_config_json_auths_auth_b64", "file", "{\n  \"auths\": {\n    \"registry.bluereef.lan:5000\": {\n      \"auth\": \"@@V@@\"\n    }\n  }\n}\n", "b64_userpw"),
    ("npmrc_legacy_underscore_auth_b64", "file", "registry=https://npm.bluereef.lan/\n_auth=@@V@@\nalways-auth=true\n", "b64_userpw"),
    ("shadowsocks_sip002_uri_b64_userinfo", "file", "ss://@@V@@@203.0.113.80:8388/?plugin=obfs-local#boat-uplink\n", "ss_b64"),
    # ---------------------------------------------------------------- library call positions
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP_SSL('mail.bluereef.example', 465) as s:\n    s.login('{U}@bluereef.example', '" + V + "')\n    s.send_message(msg)\n"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL('mail.bluereef.example')\nM.login('{U}@bluereef.example', '" + V + "')\nM.select('INBOX/bookings')\n"),
    ("python_pysmb_smbconnection_ctor_second", "lib", "conn = SMBConnection('{U}', '" + V + "', 'deckpi', 'NAS', use_ntlm_v2=True)\nconn.connect('10.20.0.10', 139)\n"),
    ("python_ldap3_connection_ctor_third_positional", "lib", "server = Server('ldaps://dc.bluereef.lan')\nconn = Connection(server, 'uid={U},ou=staff,dc=bluereef,dc=lan', '" + V + "', auto_bind=True)\n"),
    ("python_pykeepass_open_second", "lib", "from pykeepass import PyKeePass\nkp = PyKeePass('/srv/shop/integrations.kdbx', '" + V + "')\n"),
    ("python_cryptography_load_pem_key_second", "lib", "with open('kiosk-enc.pem', 'rb') as f:\n    key = serialization.load_pem_private_key(f.read(), b'" + V + "')\n"),
    ("python_requests_ntlm_httpntlmauth_second", "lib", "r = requests.get(url, auth=HttpNtlmAuth('BLUEREEF\\\\{U}', '" + V + "'))\n"),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials('{U}@bluereef.example', '" + V + "')\naccount = Account('bookings@bluereef.example', credentials=creds, autodiscover=True)\n"),
    ("python_minio_ctor_third_positional", "lib", "client = Minio('s3.bluereef.lan:9000', '{U}', '" + V + "', secure=False)\n"),
    ("python_pymysql_connect_third_positional", "lib", "conn = pymysql.connect('10.20.0.15', '{U}', '" + V + "', 'rentals')\n"),
    ("node_ldapjs_bind_second", "lib", "client.bind('uid={U},ou=staff,dc=bluereef,dc=lan', '" + V + "', (err) => {\n  if (err) throw err;\n});\n"),
    ("node_buffer_from_user_colon_pair", "lib", "const auth = Buffer.from('{U}:" + V + "').toString('base64');\nheaders.Authorization = `Basic ${auth}`;\n"),
    ("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('" + V + "', 'waiver-salt', 32);\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://10.20.0.15/fills\", \"{U}\", \"" + V + "\");\n"),
    ("java_javamail_transport_connect_third", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"mail.bluereef.example\", \"{U}\", \"" + V + "\");\n"),
    ("java_jedis_auth_single", "lib", "try (Jedis j = pool.getResource()) {\n    j.auth(\"" + V + "\");\n    j.lpush(\"manifest:queue\", json);\n}\n"),
    ("java_httpclient_usernamepasswordcredentials_second", "lib", "provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"{U}\", \"" + V + "\"));\n"),
    ("csharp_ssh_net_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"deckpi.bluereef.lan\", \"{U}\", \"" + V + "\");\nssh.Connect();\n"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"mail.bluereef.example\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}@bluereef.example\", \"" + V + "\");\n"),
    ("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}@bluereef.example\", \"" + V + "\", \"mail.bluereef.example\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "if err := c.Login(\"{U}\", \"" + V + "\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}@bluereef.example\".to_owned(), \"" + V + "\".to_owned());\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client.get(url).basic_auth(\"{U}\", Some(\"" + V + "\")).send().await?;\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('mail.bluereef.example', 587, 'bluereef.example', '{U}', '" + V + "', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=10.20.0.15;dbname=rentals', '{U}', '" + V + "');\n"),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($ds, 'uid={U},ou=staff,dc=bluereef,dc=lan', '" + V + "');\n"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('nas.bluereef.lan') or die;\n$ftp->login('{U}', '" + V + "') or die $ftp->message;\n"),
    ("lua_luasql_connect_third", "lib", "local con = assert(env:connect('fills', '{U}', '" + V + "', '10.20.0.15'))\n"),
    ("arduino_ftpserver_begin_second", "lib", "void setup() {\n  WiFi.begin(ssid, wifiKey);\n  ftpSrv.begin(\"{U}\", \"" + V + "\");\n}\n"),
    ("wlst_connect_second_positional", "lib", "connect('{U}', '" + V + "', 't3://10.20.0.70:7001')\n"),
    # ---------------------------------------------------------------- UI automation
    ("playwright_locator_fill_single", "gui", "await page.locator('#f2').fill('" + V + "');\nawait page.getByRole('button', { name: 'Sign in' }).click();\n"),
    ("cypress_get_type_single", "gui", "cy.get('[data-cy=field-2]').type('" + V + "')\ncy.get('[data-cy=go]').click()\n"),
    ("autohotkey_sendraw_literal", "gui", "WinActivate, Waiver Admin\nSend, {U}{Tab}\nSendRaw, " + V + "\nSend, {Enter}\n"),
    ("autoit_send_raw_flag_second", "gui", "WinWaitActive(\"Manifest Console\")\nSend(\"" + V + "\", 1)\nSend(\"{ENTER}\")\n"),
    ("xdotool_type_literal", "gui", "$ xdotool search --name 'Fill Log' windowactivate --sync type --delay 40 '" + V + "'\n"),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    keystroke \"" + V + "\"\n    key code 36\nend tell\n"),
    ("uiautomator2_set_text_single", "gui", "d(resourceId=\"example.bluereef.kiosk:id/field2\").set_text(\"" + V + "\")\nd(text=\"Unlock\").click()\n"),
    ("flutter_widget_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('field2')), '" + V + "');\nawait tester.tap(find.text('Sign in'));\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', '" + V + "').click('#go');\n"),
    ("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', '" + V + "');\nI.click('Continue');\n"),
    ("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: '" + V + "'\nclick_button 'Sign in'\n"),
    ("behat_mink_fill_in_with_step", "gui", "  Scenario: manager opens the rental till\n    When I fill in \"f2\" with \"" + V + "\"\n    And I press \"Open till\"\n"),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto DisplayName=\"Type Into 'field2'\" Text=\"" + V + "\" ClickBeforeTyping=\"True\" />\n"),
]


FW_HEAD = "# waiver kiosk users (fixed width: station 1-12, user 13-28, role 29-40, code 41-62, since 63-72)\n"


# written, then set aside as near-duplicates of kept syntaxes or because a class / verb says "password"
SET_ASIDE = [
    "cypher_shell_lower_p_after_lower_u", "cqlsh_lower_p_after_lower_u", "unzip_capital_p_flag_extract",
    "openssl_rsa_passin_stdin_echo", "pass_insert_echo_here_string", "gcloud_secrets_versions_add_data_file_dash",
    "systemd_creds_encrypt_stdin_dash", "slappasswd_lower_s_secret_flag", "rdesktop_lower_p_after_lower_u",
    "mumble_url_userinfo", "java_httpclient_usernamepasswordcredentials_second",
    "python_requests_ntlm_httpntlmauth_second", "nightwatch_setvalue_second",
    "elasticsearch_users_useradd_lower_p", "gsec_add_lower_pw_flag",
]
KEPT = [e for e in S if e[0] not in SET_ASIDE]


def _fixed_width(user, value):
    row = "KIOSK-01".ljust(12) + user.ljust(16) + "front-desk".ljust(12) + MARK + " " * (22 - len(value)) + "2026-01-04"
    return FW_HEAD + row + "\n"


def _nmea(rng, user, value):
    body = "PBRDV,LOGIN," + user + "," + value + ",MVBM"
    return "$" + body + "*" + nmea_checksum(body)


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    for entry in KEPT:
        syntax, kind, tmpl = entry[:3]
        mode = entry[3] if len(entry) > 3 else "pw"
        user = rng.choice(USERS)
        pw = registry.draw(lambda: owner_password(rng, strict=True))
        hidden = None
        if mode == "pw":
            value = pw
        else:
            hidden = pw
            if mode == "b64_userpw":
                raw = (user + ":" + pw).encode()
                value = base64.b64encode(raw).decode()
            elif mode == "b64_nul":
                value = base64.b64encode(b"\x00" + user.encode() + b"\x00" + pw.encode()).decode()
            elif mode == "ss_b64":
                value = base64.urlsafe_b64encode(("chacha20-ietf-poly1305:" + pw).encode()).decode().rstrip("=")
            if registry.clash(value):
                raise RuntimeError("b64 positional value clash")
            registry.add(value)
        if tmpl == "@@FW@@":
            t = _fixed_width(user, value)
        elif tmpl == "@@NMEA@@":
            rmc = "GPRMC,061204.00,A,0826.512,S,11540.238,E,4.2,182.0,020326,,,A"
            t = ("# deck tablet -> chartplotter serial bridge, 4800 baud\n$" + rmc + "*" + nmea_checksum(rmc) + "\n"
                 + _nmea(rng, user, value).replace(value, MARK) + "\n")
        else:
            t = tmpl.replace("{U}", user).replace(V, MARK)
        text, s, e = place(t, value)
        r = {"type": TPREFIX + syntax, "container": TPREFIX + syntax + "__" + SUFFIX[kind], "text": text,
             "secrets": [{"value": value, "start": s, "end": e, "type": TPREFIX + syntax}],
             "source": "password"}
        recs.append((r, hidden, mode))
    return recs
