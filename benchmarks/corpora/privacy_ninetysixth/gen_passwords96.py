"""Positional password syntaxes: the password is known by its place, not by a telling key."""
import random
from common96 import *

SUFFIX = {'cli': 'maker_bench_shell_capture', 'cfg': 'workshop_config_excerpt', 'proto': 'device_wire_debug_dump',
          'code': 'firmware_source_snippet', 'sql': 'fab_inventory_sql_console'}

P = [
 # --- CLI
 ('wpa_passphrase_second_positional', 'cli', "pi@octopi:~ $ wpa_passphrase fablab-iot '⟨V⟩' | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
 ('raspi_config_nonint_wifi_second', 'cli', "$ sudo raspi-config nonint do_wifi_ssid_passphrase fablab-iot '⟨V⟩' 0 0\n"),
 ('mosquitto_ctrl_set_client_password_positional', 'cli', "$ mosquitto_ctrl -h ⟨ip⟩ dynsec setClientPassword enclosure-fan ⟨V⟩\n"),
 ('mjpg_streamer_output_http_c_user_colon', 'cli', "$ mjpg_streamer -i 'input_uvc.so -r 1280x720' -o 'output_http.so -w ./www -p 8080 -c ⟨user⟩:⟨V⟩'\n"),
 ('ffmpeg_rtsp_input_url_userinfo', 'cli', "$ ffmpeg -rtsp_transport tcp -i rtsp://⟨user⟩:⟨V⟩@⟨ip⟩:554/stream1 -t 10 timelapse-check.mp4\n"),
 ('espota_py_lower_a_flag', 'cli', "$ python3 espota.py -i ⟨ip⟩ -p 3232 -a ⟨V⟩ -f .pio/build/esp32dev/firmware.bin\n"),
 ('webrepl_cli_lower_p_flag', 'cli', "$ ./webrepl_cli.py -p ⟨V⟩ main.py ⟨ip⟩:/main.py\n"),
 ('ncftpput_lower_p_flag', 'cli', "$ ncftpput -u ⟨user⟩ -p ⟨V⟩ ⟨host⟩ /gcode benchy.gcode\n"),
 ('openssl_enc_lower_k_argument', 'cli', "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k ⟨V⟩ -in printer-backup.tar -out printer-backup.tar.enc\n"),
 ('openssl_pkcs12_passout_pass_prefix', 'cli', "$ openssl pkcs12 -export -in octopi.crt -inkey octopi.key -out octopi.p12 -passout pass:⟨V⟩\n"),
 ('ssh_keygen_capital_n_new_passphrase', 'cli', "$ ssh-keygen -t ed25519 -C farm-deploy -N '⟨V⟩' -f ~/.ssh/farm_deploy\n"),
 ('ccrypt_capital_k_key', 'cli', "$ ccrypt -e -K '⟨V⟩' slicer-profiles.zip\n"),
 ('cryptsetup_open_stdin_echo', 'cli', "$ echo -n '⟨V⟩' | sudo cryptsetup luksOpen /dev/sda2 printvault -\n"),
 ('sudo_capital_s_stdin_printf', 'cli', "$ printf '%s\\n' '⟨V⟩' | sudo -S systemctl restart klipper\n"),
 ('psexec_lower_p_flag', 'cli', "C:\\> psexec \\\\CNC-PC -u ⟨user⟩ -p ⟨V⟩ -i \"C:\\Mach3\\Mach3.exe\"\n"),
 ('schtasks_capital_rp_flag', 'cli', "C:\\> schtasks /Create /TN LaserBackup /TR C:\\lb\\backup.cmd /SC DAILY /RU ⟨user⟩ /RP ⟨V⟩\n"),
 ('windows_net_user_add_positional', 'cli', "C:\\> net user laseruser ⟨V⟩ /add\n"),
 ('rdesktop_lower_p_flag', 'cli', "$ rdesktop -u ⟨user⟩ -p ⟨V⟩ cnc-pc.example.com\n"),
 ('anydesk_set_password_stdin', 'cli', "$ echo ⟨V⟩ | sudo anydesk --set-password\n"),
 ('teamviewer_passwd_positional', 'cli', "$ sudo teamviewer passwd ⟨V⟩\n"),
 ('snmpwalk_v2c_community_flag', 'cli', "$ snmpwalk -v2c -c ⟨V⟩ ⟨ip⟩ 1.3.6.1.2.1.1\n"),
 ('racadm_lower_p_flag', 'cli', "$ racadm -r ⟨ip⟩ -u root -p ⟨V⟩ getsysinfo\n"),
 ('twine_upload_lower_p_flag', 'cli', "$ twine upload -u ⟨user⟩ -p ⟨V⟩ dist/kicad_fab_helper-0.4.1.tar.gz\n"),
 ('medusa_lower_p_flag', 'cli', "$ medusa -h ⟨ip⟩ -u admin -p ⟨V⟩ -M http -m DIR:/\n"),
 ('ejabberdctl_register_third_positional', 'cli', "$ ejabberdctl register printbot fablab.example.org ⟨V⟩\n"),
 ('prosodyctl_register_third_positional', 'cli', "$ sudo prosodyctl register farmbot fablab.example.org ⟨V⟩\n"),
 ('emqx_ctl_admins_add_positional', 'cli', "$ emqx ctl admins add ⟨user⟩ ⟨V⟩\n"),
 ('murmurd_supw_positional', 'cli', "$ murmurd -ini /etc/murmur.ini -supw ⟨V⟩\n"),
 ('mcrcon_lower_p_flag', 'cli', "$ mcrcon -H ⟨ip⟩ -P 25575 -p ⟨V⟩ \"say print farm maintenance at 22:00\"\n"),
 ('str2str_ntrip_url_userinfo', 'cli', "$ str2str -in ntrip://⟨user⟩:⟨V⟩@caster.example.net:2101/BENCH01 -out tcpsvr://:5015\n"),
 ('hass_script_auth_change_password_positional', 'cli', "# docker exec -it homeassistant hass --script auth -c /config change_password ⟨user⟩ ⟨V⟩\n"),
 ('grafana_cli_reset_admin_password_positional', 'cli', "$ sudo grafana-cli admin reset-admin-password ⟨V⟩\n"),
 ('gitea_admin_change_password_lower_p', 'cli', "$ gitea admin user change-password -u ⟨user⟩ -p ⟨V⟩\n"),
 ('pihole_a_p_positional', 'cli', "$ pihole -a -p ⟨V⟩\n"),
 ('ftpasswd_stdin_echo', 'cli', "$ echo '⟨V⟩' | ftpasswd --passwd --file=/etc/proftpd/ftpd.passwd --name=⟨user⟩ --uid=1001 --home=/srv/gcode --shell=/bin/false --stdin\n"),
 ('doveadm_pw_lower_p_flag', 'cli', "$ doveadm pw -s SHA512-CRYPT -p '⟨V⟩'\n"),
 ('slappasswd_lower_s_flag', 'cli', "$ slappasswd -h {SSHA} -s ⟨V⟩\n"),
 ('grub_mkpasswd_stdin_two_lines', 'cli', "$ printf '⟨V⟩\\n⟨V⟩\\n' | grub-mkpasswd-pbkdf2\n"),
 ('keepassxc_cli_stdin_here_string', 'cli', "$ keepassxc-cli show -s workshop.kdbx printers/octopi <<< '⟨V⟩'\n"),
 ('pass_insert_echo_pipe', 'cli', "$ echo '⟨V⟩' | pass insert -e workshop/laser-pc\n"),
 ('macos_security_add_generic_lower_w', 'cli', "$ security add-generic-password -a ⟨user⟩ -s bambu-lan -w '⟨V⟩'\n"),
 ('secret_tool_store_stdin', 'cli', "$ echo -n '⟨V⟩' | secret-tool store --label='farm ftp' service farm-ftp user ⟨user⟩\n"),
 ('docker_secret_create_stdin_dash', 'cli', "$ printf '⟨V⟩' | docker secret create octoprint_admin -\n"),
 ('systemd_creds_encrypt_stdin', 'cli', "$ echo -n '⟨V⟩' | systemd-creds encrypt --name=farmftp - /etc/credstore.encrypted/farmftp\n"),
 ('ansible_vault_encrypt_string_positional', 'cli', "$ ansible-vault encrypt_string '⟨V⟩' --name 'printer_admin_secret'\n"),
 ('pdftk_input_pw_keyword', 'cli', "$ pdftk TMC2209_datasheet_locked.pdf input_pw ⟨V⟩ output TMC2209_datasheet.pdf\n"),
 ('mutool_draw_lower_p_flag', 'cli', "$ mutool draw -p ⟨V⟩ -o page%d.png enclosure-drawings.pdf 1-3\n"),
 ('pdftotext_upw_flag', 'cli', "$ pdftotext -upw ⟨V⟩ bom-quote.pdf -\n"),
 ('rar_glued_hp_flag', 'cli', "$ rar a -hp⟨V⟩ gerbers-rev3.rar gerbers/\n"),
 ('gpg_passphrase_fd_zero_echo', 'cli', "$ echo '⟨V⟩' | gpg --batch --yes --passphrase-fd 0 -d farm-keys.tar.gpg | tar x\n"),
 ('ssh_askpass_script_echo_body', 'cli', "$ cat ~/.local/bin/farm-askpass\n#!/bin/sh\necho '⟨V⟩'\n$ SSH_ASKPASS=~/.local/bin/farm-askpass SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/farm_deploy\n"),
 ('tcl_expect_send_after_prompt', 'cli', "spawn ssh ⟨user⟩@⟨host⟩\nexpect \"assword:\"\nsend \"⟨V⟩\\r\"\nexpect \"$ \"\nsend \"sudo service octoprint restart\\r\"\n"),
 ('xpra_attach_ssh_url_userinfo', 'cli', "$ xpra attach ssh://⟨user⟩:⟨V⟩@cnc-pc.example.com/100\n"),
 ('macos_open_vnc_url_empty_user', 'cli', "$ open vnc://:⟨V⟩@laser.example.net:5900\n"),
 ('radtest_second_and_fifth_positional', 'cli', "$ radtest ⟨user⟩ ⟨V⟩ 127.0.0.1 0 ⟨V2⟩\n"),
 ('argon2_stdin_echo_salt', 'cli', "$ echo -n '⟨V⟩' | argon2 fablabsalt2026 -id -t 3 -m 16 -p 2 -e\n"),
 ('unzip_capital_p_extract', 'cli', "$ unzip -P ⟨V⟩ stl-pack-patreon.zip -d stl/\n"),
 # --- config files by place
 ('motion_conf_stream_authentication_pair', 'cfg', "# /etc/motion/motion.conf (printer cam)\nstream_port 8081\nstream_auth_method 1\nstream_authentication ⟨user⟩:⟨V⟩\n"),
 ('lighttpd_plain_user_colon_line', 'cfg', "# /etc/lighttpd/lighttpd.user (auth.backend = \"plain\")\n⟨user⟩:⟨V⟩\n"),
 ('busybox_httpd_conf_path_user_pass', 'cfg', "# /etc/httpd.conf on the laser controller (busybox httpd)\nA:*\n/cgi-bin:⟨user⟩:⟨V⟩\n"),
 ('ppp_chap_secrets_third_column', 'cfg', "# /etc/ppp/chap-secrets  client server secret IP\n\"⟨user⟩\" * \"⟨V⟩\" *\n"),
 ('ipsec_secrets_psk_quoted', 'cfg', "# /etc/ipsec.secrets (makerspace VPN)\n%any %any : PSK \"⟨V⟩\"\n"),
 ('racoon_psk_txt_second_column', 'cfg', "# /etc/racoon/psk.txt\n203.0.113.17\t⟨V⟩\n"),
 ('pgpass_fifth_colon_field', 'cfg', "# ~/.pgpass (spoolman database)\n⟨host⟩:5432:spoolman:spoolman:⟨V⟩\n"),
 ('exim_passwd_client_third_field', 'cfg', "# /etc/exim4/passwd.client\nsmtp.example.org:⟨user⟩@example.org:⟨V⟩\n"),
 ('postfix_sasl_passwd_after_colon', 'cfg', "# /etc/postfix/sasl_passwd (farm alerts relay)\n[smtp.example.org]:587 ⟨user⟩@example.org:⟨V⟩\n"),
 ('couchdb_local_ini_admins_entry', 'cfg', "; /opt/couchdb/etc/local.ini\n[admins]\n⟨user⟩ = ⟨V⟩\n"),
 ('go2rtc_rtsps_stream_userinfo', 'cfg', "# go2rtc.yaml\nstreams:\n  x1c_chamber: rtsps://bblp:⟨V⟩@⟨ip⟩:322/streaming/live/1\n"),
 ('reprapfirmware_m587_p_parameter', 'cfg', "; config.g on the Duet 3 (RepRapFirmware)\nM552 S0\nM587 S\"fablab-iot\" P\"⟨V⟩\"\nM552 S1\n"),
 ('reprapfirmware_m551_p_parameter', 'cfg', "; config.g -- machine password for DWC\nM550 P\"Voron-Duet\"\nM551 P\"⟨V⟩\"\n"),
 ('esp3d_esp101_sta_command', 'cfg', "; ESP3D setup sent from the printer terminal\n[ESP100]fablab-iot\n[ESP101]⟨V⟩\n[ESP444]RESTART\n"),
 ('esp3d_esp555_user_command', 'cfg', "; ESP3D: change the user account secret\n[ESP555]⟨V⟩\n"),
 ('grblhal_dollar_numeric_wifi_setting', 'cfg', "; grblHAL settings dump ($$) from the router table\n$73=1\n$74=fablab-iot\n$75=⟨V⟩\n$300=grblhal-cnc\n"),
 ('platformio_upload_flags_auth_equals', 'cfg', "[env:lid_ota]\nupload_protocol = espota\nupload_port = ⟨ip⟩\nupload_flags =\n    --auth=⟨V⟩\n"),
 ('trojan_url_password_only_userinfo', 'cfg', "# clash proxies excerpt on the farm router\n- trojan://⟨V⟩@vpn.example.net:443?sni=vpn.example.net#farm-exit\n"),
 ('mutt_imaps_folder_url_userinfo', 'cfg', "# ~/.muttrc (print-farm mailbox)\nset folder = \"imaps://⟨user⟩:⟨V⟩@imap.example.org/\"\n"),
 ('mqtt_js_connect_url_userinfo', 'code', "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtt://⟨user⟩:⟨V⟩@⟨ip⟩:1883');\nclient.subscribe('octoPrint/event/#');\n"),
 # --- protocol dumps
 ('esp_at_cwjap_second_positional', 'proto', ">> AT+CWMODE=1\n<< OK\n>> AT+CWJAP=\"fablab-iot\",\"⟨V⟩\"\n<< WIFI CONNECTED\n<< WIFI GOT IP\n"),
 ('esp_at_mqttusercfg_fifth_positional', 'proto', ">> AT+MQTTUSERCFG=0,1,\"enclosure\",\"⟨user⟩\",\"⟨V⟩\",0,0,\"\"\n<< OK\n>> AT+MQTTCONN=0,\"⟨ip⟩\",1883,1\n"),
 ('gsm_at_cgauth_fourth_positional', 'proto', ">> AT+CGDCONT=1,\"IP\",\"iot.example.net\"\n<< OK\n>> AT+CGAUTH=1,1,\"⟨user⟩\",\"⟨V⟩\"\n<< OK\n"),
 ('snmp_v2c_community_tcpdump_decode', 'proto', "21:14:02.118 IP ⟨ip⟩.41822 > 10.0.0.9.161:  C=\"⟨V⟩\" GetRequest(28)  .1.3.6.1.2.1.1.5.0\n"),
 ('webrepl_websocket_frame_after_prompt', 'proto', "<- TEXT 'Password: '\n-> TEXT '⟨V⟩\\r\\n'\n<- TEXT '\\r\\nWebREPL connected\\r\\n>>> '\n"),
 ('telnet_tasmota_console_after_prompt', 'proto', "Trying ⟨ip⟩...\nConnected to ⟨ip⟩.\nUser: ⟨user⟩\nPass: ⟨V⟩\n> status 0\n"),
 ('duet_telnet_m551_after_prompt_typed', 'proto', "Trying ⟨ip⟩...\nRepRapFirmware Telnet interface\nPlease enter your password:\n> ⟨V⟩\nLog in successful!\n"),
 ('grbl_serial_log_dollar_seventy_five', 'proto', "[send] $75=⟨V⟩\n[recv] ok\n[send] $RST=*\n"),
 ('bambu_mqtt_connect_debug_fields', 'proto', "DEBUG mqtt: CONNECT client_id=orca-4711 clean=1 keepalive=60\nDEBUG mqtt:   user=bblp\nDEBUG mqtt:   pass=⟨V⟩\nDEBUG mqtt: CONNACK rc=0\n"),
 ('hc05_at_pswd_quoted_reply', 'proto', ">> AT+PSWD=\"⟨V⟩\"\n<< OK\n>> AT+ROLE?\n<< +ROLE:0\n"),
 # --- code
 ('arduino_wifi_begin_second_arg', 'code', "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"fablab-iot\", \"⟨V⟩\");\n}\n"),
 ('arduino_wifi_softap_second_arg', 'code', "  WiFi.softAP(\"LaserCfg-⟨n⟩\", \"⟨V⟩\");\n  server.begin();\n"),
 ('esp_wifimulti_addap_second_arg', 'code', "WiFiMulti wifiMulti;\nwifiMulti.addAP(\"fablab-iot\", \"⟨V⟩\");\nwifiMulti.addAP(\"fablab-guest\");\n"),
 ('wifimanager_autoconnect_second_arg', 'code', "WiFiManager wm;\nif (!wm.autoConnect(\"EnclosureSetup\", \"⟨V⟩\")) ESP.restart();\n"),
 ('esp_webserver_authenticate_second_arg', 'code', "server.on(\"/\", []() {\n  if (!server.authenticate(\"⟨user⟩\", \"⟨V⟩\")) return server.requestAuthentication();\n  server.send(200, \"text/plain\", \"ok\");\n});\n"),
 ('pubsubclient_connect_third_arg', 'code', "if (mqtt.connect(\"dryer-⟨n⟩\", \"⟨user⟩\", \"⟨V⟩\")) {\n  mqtt.subscribe(\"dryer/set\");\n}\n"),
 ('espmqttclient_constructor_fourth_arg', 'code', "EspMQTTClient client(\"⟨ip⟩\", 1883, \"⟨user⟩\", \"⟨V⟩\", \"bench-psu\");\n"),
 ('blynk_begin_third_positional', 'code', "char auth[] = BLYNK_AUTH;\nBlynk.begin(auth, \"fablab-iot\", \"⟨V⟩\");\n"),
 ('micropython_wlan_connect_second_arg', 'code', "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('fablab-iot', '⟨V⟩')\n"),
 ('circuitpython_radio_connect_second_arg', 'code', "import wifi\nwifi.radio.connect(\"fablab-iot\", \"⟨V⟩\")\nprint(wifi.radio.ipv4_address)\n"),
 ('umqtt_client_fifth_positional', 'code', "from umqtt.simple import MQTTClient\nc = MQTTClient('spool-scale', '⟨ip⟩', 1883, '⟨user⟩', '⟨V⟩')\nc.connect()\n"),
 ('paho_username_pw_set_second_arg', 'code', "client = mqtt.Client(client_id=\"farm-monitor\")\nclient.username_pw_set(\"⟨user⟩\", \"⟨V⟩\")\nclient.connect(\"⟨ip⟩\", 1883)\n"),
 ('python_ftp_tls_constructor_third_arg', 'code', "from ftplib import FTP_TLS\nftps = FTP_TLS('⟨ip⟩', 'bblp', '⟨V⟩')\nftps.prot_p()\n"),
 ('python_imaplib_login_second_arg', 'code', "box = imaplib.IMAP4_SSL('imap.example.org')\nbox.login('⟨user⟩@example.org', '⟨V⟩')\n"),
 ('python_poplib_pass_underscore_call', 'code', "pop = poplib.POP3_SSL('pop.example.org')\npop.user('⟨user⟩')\npop.pass_('⟨V⟩')\n"),
 ('pysmb_smbconnection_second_positional', 'code', "conn = SMBConnection('⟨user⟩', '⟨V⟩', 'farmctl', 'nas', use_ntlm_v2=True)\nconn.connect('⟨ip⟩', 139)\n"),
 ('mysqldb_connect_third_positional', 'code', "db = MySQLdb.connect('⟨host⟩', 'inventory', '⟨V⟩', 'parts')\n"),
 ('bambulabs_api_printer_second_positional', 'code', "import bambulabs_api as bl\nprinter = bl.Printer('⟨ip⟩', '⟨V⟩', '01S00C⟨n⟩0A1200')\nprinter.connect()\n"),
 ('python_crypt_first_positional', 'code', ">>> import crypt\n>>> crypt.crypt('⟨V⟩', crypt.mksalt(crypt.METHOD_SHA512))\n"),
 ('bcrypt_hashpw_first_positional', 'code', ">>> bcrypt.hashpw(b'⟨V⟩', bcrypt.gensalt(12))\n"),
 ('go_ssh_password_auth_method', 'code', "cfg := &ssh.ClientConfig{\n    User: \"⟨user⟩\",\n    Auth: []ssh.AuthMethod{ssh.Password(\"⟨V⟩\")},\n}\n"),
 ('java_commons_ftpclient_login_second', 'code', "FTPClient ftp = new FTPClient();\nftp.connect(\"⟨ip⟩\");\nftp.login(\"⟨user⟩\", \"⟨V⟩\");\n"),
 # --- SQL
 ('sqlcipher_pragma_key_literal', 'sql', "sqlite> PRAGMA key = '⟨V⟩';\nsqlite> SELECT count(*) FROM spools;\n"),
 ('sqlcipher_attach_key_clause', 'sql', "sqlite> ATTACH DATABASE 'orders_enc.db' AS enc KEY '⟨V⟩';\n"),
 ('db2_connect_user_using_clause', 'sql', "db2 => CONNECT TO PARTSDB USER ⟨user⟩ USING ⟨V⟩\n"),
 ('sybase_sp_password_second_positional', 'sql', "1> sp_password NULL, '⟨V⟩', '⟨user⟩'\n2> go\n"),
 ('firebird_isql_connect_user_password_pair', 'sql', "SQL> CONNECT 'fablab.example.org:/data/parts.fdb' USER '⟨user⟩' PASSWORD '⟨V⟩';\n"),
 ('h2_create_user_password_clause', 'sql', "sql> CREATE USER ⟨user⟩ PASSWORD '⟨V⟩' ADMIN;\n"),
]

def generate():
    r = random.Random(9603)
    out = []
    for name, kind, tpl in P:
        v = owner_password(r)
        extra = {}
        if '⟨V2⟩' in tpl:
            # second secret of the same record (RADIUS shared secret), labelled too
            v2 = owner_password(r)
            tpl2 = tpl.replace('⟨V2⟩', '\ue001')
            text, spans = render(tpl2, v, r)
            i = text.index('\ue001')
            text = text.replace('\ue001', v2)
            # shift nothing (marker after the first value), add second span
            d = rec('s', name, name + '__' + SUFFIX[kind], text, spans, v, 'password')
            d['secrets'].append({'value': v2, 'start': i, 'end': i + len(v2), 'type': name})
            out.append(d)
            continue
        text, spans = render(tpl, v, r)
        out.append(rec('s', name, name + '__' + SUFFIX[kind], text, spans, v, 'password'))
    return out
