"""Password source: passwords passed by position (flags, positional
arguments, URL userinfo, protocol exchanges, library argument positions,
fixed-column files, stdin pipes, UI typing), no `password=` key."""
import base64
import random

import common219 as C

PFX = "arbpw_"
SUFFIX = {
    "cli": "arb_ops_terminal_capture",
    "stdin": "depot_server_stdin_pipe",
    "lib": "arb_app_source_snippet",
    "file": "depot_server_config_listing",
    "proto": "yard_lan_packet_decode",
    "gui": "quote_kiosk_ui_test",
    "sql": "arb_db_console_session",
}
MARK = "\u0001V\u0001"
FIXED_COL = (41, 64)  # 1-based inclusive columns of the survey PDA file

# (syntax, group, template). {v} = value slot; {u} user; {h} host.
# A template may use {b64pair} (Base64 of user:password) instead of {v}.
S = [
    # ------------------------------------------------------------- cli
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:{h} /u:{u} /p:{v} /cert:ignore /size:1600x900\n[12:01:44:201] [4121:4122] [INFO][com.freerdp.client] - connected\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {u} -p {v} -g 1440x900 {h}\nAutoselecting keyboard map 'en-gb' from locale\n"),
    ("winrs_lower_p_colon_after_lower_u_colon", "cli", "C:\\> winrs -r:{h} -u:YARD\\{u} -p:{v} ipconfig /all\nWindows IP Configuration\n"),
    ("impacket_wmiexec_target_user_colon_pair", "cli", "$ impacket-wmiexec 'YARD/{u}:{v}@{h}' 'hostname'\nImpacket v0.12.0 - Copyright Fortra, LLC\n[*] SMBv3.0 dialect used\nKILN-PC01\n"),
    ("lynx_auth_colon_pair", "cli", "$ lynx -dump -auth={u}:{v} http://{h}/status | head -5\n   Kiln bay 3: 18.4 %\n"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {u}:{v} GET https://{h}/api/batches/7741\nHTTP/1.1 200 OK\n"),
    ("mercurial_hg_clone_url_userinfo", "cli", "$ hg clone https://{u}:{v}@{h}/hg/survey-forms\ndestination directory: survey-forms\n"),
    ("curlftpfs_url_userinfo", "cli", "$ sudo curlftpfs ftp://{u}:{v}@{h}/scans /mnt/scans -o allow_other\n$ ls /mnt/scans | wc -l\n214\n"),
    ("sevenzip_lower_p_glued_switch", "cli", "$ 7z a -p{v} -mhe=on quotes-2024-05.7z ./quotes/\n7-Zip 23.01 (x64)\nEverything is Ok\n"),
    ("aescrypt_lower_p_flag", "cli", "$ aescrypt -e -p {v} tpo-register.xlsx\n$ ls tpo-register.xlsx*\ntpo-register.xlsx  tpo-register.xlsx.aes\n"),
    ("mutool_lower_p_flag", "cli", "$ mutool draw -p {v} -o page%d.png risk-assessment-0412.pdf 1-2\n"),
    ("msoffcrypto_tool_lower_p_flag", "cli", "$ msoffcrypto-tool -p {v} quote-tracker.xlsx quote-tracker-plain.xlsx\n$ echo $?\n0\n"),
    ("snmpwalk_capital_a_auth_phrase", "cli", "$ snmpwalk -v3 -l authNoPriv -u {u} -a SHA -A {v} {h} 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: kiln gateway 2.1\n"),
    ("snmpget_lower_c_community_string", "cli", "$ snmpget -v2c -c {v} {h} 1.3.6.1.2.1.1.5.0\nSNMPv2-MIB::sysName.0 = STRING: yard-switch-02\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{u}:{v}@{h}/ -hostkey=*\" \"put C:\\rota\\week20.csv /srv/rota/\" \"exit\"\n"),
    ("slappasswd_lower_s_secret_flag", "cli", "$ slappasswd -s {v}\n{{SSHA}}gM3oPq1zq2Yl8mY8dA0k4rHnV5bS0yJp\n"),
    ("restic_rest_repository_url_userinfo", "cli", "$ restic -r rest:https://{u}:{v}@{h}:8000/servicelog snapshots\nrepository 3c1a9e0b opened\n"),
    ("skopeo_dest_creds_colon_pair", "cli", "$ skopeo copy --dest-creds {u}:{v} docker://docker.io/library/nginx:1.27 docker://{h}/mirror/nginx:1.27\nCopying blob 9f2e3c…\n"),
    ("ffplay_rtsp_url_userinfo", "cli", "$ ffplay -rtsp_transport tcp rtsp://{u}:{v}@{h}:554/Streaming/Channels/101\nInput #0, rtsp, from 'rtsp://…'\n"),
    ("emqx_ctl_admins_add_third_positional", "cli", "$ emqx ctl admins add {u} {v} \"yard dashboard\"\nok\n"),
    ("django_create_superuser_shell_third_positional", "cli", "$ python manage.py shell -c \"from django.contrib.auth.models import User; User.objects.create_superuser('{u}', 'office@oakridge-tree.example', '{v}')\"\n"),
    ("cvs_pserver_root_user_colon_pair", "cli", "$ cvs -d :pserver:{u}:{v}@{h}:/var/cvs checkout legacy-quotes\ncvs checkout: Updating legacy-quotes\n"),
    ("vertica_vsql_lower_w_flag", "cli", "$ vsql -h {h} -U {u} -w {v} -c \"select count(*) from moisture_readings\"\n count\n-------\n 88412\n"),
    ("hive_beeline_lower_p_after_lower_n", "cli", "$ beeline -u jdbc:hive2://{h}:10000/default -n {u} -p {v} -e 'show tables'\n"),
    ("links_http_auth_url_userinfo", "cli", None),
    ("rclone_sftp_backend_connection_string_colon_pair", "cli", None),
    ("hashcat_mask_attack_positional", "cli", None),
    ("git_askpass_inline_echo_script", "cli", "$ printf '#!/bin/sh\\necho {v}\\n' > /tmp/askpass.sh && chmod +x /tmp/askpass.sh && GIT_ASKPASS=/tmp/askpass.sh git push https://{u}@{h}/arb/rota.git\n"),
    ("wlfreerdp_slash_p_colon", "cli", None),
    ("curl_lower_u_ftps_pair", "cli", None),
    ("ssh_copy_id_sshpass_wrapper", "cli", None),
    ("sftp_batch_file_open_line", "cli", None),
    ("mount_cifs_options_pair", "cli", None),
    ("vlc_rtsp_url_userinfo", "cli", None),
    ("rsync_daemon_url_userinfo", "cli", None),
    ("tigervncpasswd_f_stdin_echo", "cli", None),
    ("esptool_write_flash_nvs_blob", "cli", None),
    # ------------------------------------------------------------- stdin
    ("sudo_capital_s_stdin_echo", "stdin", "$ echo '{v}' | sudo -S systemctl restart kiln-logger\n[sudo] password for {u}: \n"),
    ("cryptsetup_open_key_file_dash_printf", "stdin", "$ printf '%s' '{v}' | sudo cryptsetup open --key-file=- /dev/sdb1 servicelog\n$ sudo mount /dev/mapper/servicelog /mnt/servicelog\n"),
    ("mysql_secure_installation_subshell_yes_head_two", "stdin", "$ ( echo; echo Y; yes '{v}' | head -n 2; printf 'Y\\nY\\nY\\nY\\n' ) | sudo mysql_secure_installation\nSecuring the MySQL server deployment.\n"),
    ("pdbedit_lower_t_stdin_yes_head_two", "stdin", "$ yes '{v}' | head -n 2 | sudo pdbedit -a -u {u} -t\nUnix username:        {u}\n"),
    ("vault_kv_put_value_dash_stdin", "stdin", "$ echo -n '{v}' | vault kv put secret/yard/scale-terminal value=-\n===== Secret Path =====\nsecret/data/yard/scale-terminal\n"),
    ("gh_secret_set_stdin_echo", "stdin", "$ echo '{v}' | gh secret set YARD_SCALE --repo ashgrove/rounds\n✓ Set Actions secret YARD_SCALE for ashgrove/rounds\n"),
    ("wrangler_secret_put_stdin_echo", "stdin", "$ echo '{v}' | npx wrangler secret put KILN_PANEL\n✨ Success! Uploaded secret KILN_PANEL\n"),
    ("bsd_ftp_n_heredoc_user_command_third_token", "stdin", "$ ftp -n {h} <<EOF\nuser {u} {v}\nbinary\nput week20-deliveries.csv\nbye\nEOF\n"),
    ("keepassxc_cli_open_stdin_echo", "stdin", "$ echo '{v}' | keepassxc-cli show -s ~/yard.kdbx 'Kiln panel'\nEnter password to unlock /home/{u}/yard.kdbx:\nTitle: Kiln panel\n"),
    ("chpasswd_stdin_user_colon_pair", "stdin", "$ echo '{u}:{v}' | sudo chpasswd\n$ sudo chage -d 0 {u}\n"),
    # ------------------------------------------------------------- lib
    ("python_pymssql_connect_third_positional", "lib", "import pymssql\n\nconn = pymssql.connect('{h}', '{u}', '{v}', 'Quotes')\ncur = conn.cursor()\n"),
    ("python_pysmb_smbconnection_second", "lib", "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection('{u}', '{v}', 'survey-tab', 'NAS01', domain='YARD', use_ntlm_v2=True)\nconn.connect('{h}', 139)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData('{u}', '{v}', authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server('{h}'), 'cn={u},dc=oakridge,dc=lan', '{v}', auto_bind=True)\n"),
    ("python_requests_ntlm_httpntlmauth_second", "lib", "import requests\nfrom requests_ntlm import HttpNtlmAuth\n\nr = requests.get('http://{h}/reports/tpo', auth=HttpNtlmAuth('YARD\\\\{u}', '{v}'))\n"),
    ("python_zipfile_open_third_positional_bytes", "lib", "import zipfile\n\nwith zipfile.ZipFile('surveys-2024.zip') as zf:\n    with zf.open('T0412.json', 'r', b'{v}') as fh:\n        data = fh.read()\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader('risk_assessment_0412.pdf')\nreader.decrypt('{v}')\nprint(len(reader.pages))\n"),
    ("python_pymupdf_authenticate_single", "lib", "import fitz\n\ndoc = fitz.open('quote_1187.pdf')\nif doc.needs_pass:\n    doc.authenticate('{v}')\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib, os\n\nsalt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac('sha256', b'{v}', salt, 600_000)\n"),
    ("python_cryptography_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nwith open('labels_signing.pem', 'rb') as fh:\n    key = serialization.load_pem_private_key(fh.read(), b'{v}')\n"),
    ("python_ssl_load_cert_chain_third", "lib", "import ssl\n\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nctx.load_cert_chain('kiln-gw.crt', 'kiln-gw.key', '{v}')\n"),
    ("python_pyftpdlib_add_user_second", "lib", "from pyftpdlib.authorizers import DummyAuthorizer\n\nauth = DummyAuthorizer()\nauth.add_user('{u}', '{v}', '/srv/scans', perm='elradfmw')\n"),
    ("python_redis_client_fourth_positional", "lib", "import redis\n\nr = redis.Redis('{h}', 6379, 0, '{v}')\nr.lpush('moisture:queue', payload)\n"),
    ("python_mock_input_side_effect_second", "lib", "from unittest import mock\n\n@mock.patch('builtins.input', side_effect=['{u}', '{v}'])\ndef test_kiln_login(_inp):\n    assert login_flow() == 'ok'\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\n\nconst key = crypto.scryptSync('{v}', 'kiln-labels', 32);\n"),
    ("node_ldapjs_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({{ url: 'ldap://{h}' }});\nclient.bind('cn={u},dc=oakridge,dc=lan', '{v}', (err) => {{ if (err) throw err; }});\n"),
    ("node_sequelize_ctor_third_positional", "lib", "const {{ Sequelize }} = require('sequelize');\n\nconst sequelize = new Sequelize('rounds', '{u}', '{v}', {{ host: '{h}', dialect: 'mariadb' }});\n"),
    ("node_ioredis_url_empty_username", "lib", "const Redis = require('ioredis');\n\nconst redis = new Redis('redis://:{v}@{h}:6379/2');\n"),
    ("java_smbj_authenticationcontext_second", "lib", "SMBClient client = new SMBClient();\ntry (Connection c = client.connect(\"{h}\")) {{\n    AuthenticationContext ac = new AuthenticationContext(\"{u}\", \"{v}\".toCharArray(), \"YARD\");\n    Session s = c.authenticate(ac);\n}}\n"),
    ("java_keymanagerfactory_init_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"kiln-gw.p12\"), null);\nKeyManagerFactory kmf = KeyManagerFactory.getInstance(\"PKIX\");\nkmf.init(ks, \"{v}\".toCharArray());\n"),
    ("java_pbekeyspec_first_chararray", "lib", "PBEKeySpec spec = new PBEKeySpec(\"{v}\".toCharArray(), salt, 210000, 256);\nSecretKey k = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec);\n"),
    ("csharp_securestring_appendchar_foreach", "lib", "var ss = new SecureString();\nforeach (var c in \"{v}\") ss.AppendChar(c);\nss.MakeReadOnly();\n"),
    ("csharp_rfc2898derivebytes_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"{v}\", salt, 100_000, HashAlgorithmName.SHA256);\nvar key = kdf.GetBytes(32);\n"),
    ("csharp_directoryentry_ctor_third", "lib", "using var entry = new DirectoryEntry(\"LDAP://{h}/DC=oakridge,DC=lan\", \"YARD\\\\{u}\", \"{v}\");\nvar name = entry.Name;\n"),
    ("csharp_principalcontext_validatecredentials_second", "lib", "using var ctx = new PrincipalContext(ContextType.Domain, \"YARD\");\nbool ok = ctx.ValidateCredentials(\"{u}\", \"{v}\");\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldap://{h}:389\")\nif err != nil {{ log.Fatal(err) }}\nerr = l.Bind(\"cn={u},dc=oakridge,dc=lan\", \"{v}\")\n"),
    ("go_pbkdf2_key_first_byteslice", "lib", "key := pbkdf2.Key([]byte(\"{v}\"), salt, 210000, 32, sha256.New)\n"),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"{h}:21\")?;\nftp.login(\"{u}\", \"{v}\")?;\nftp.cwd(\"/scans\")?;\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "require 'net/smtp'\n\nNet::SMTP.start('{h}', 587, 'oakridge-tree.example', '{u}', '{v}', :login) do |smtp|\n  smtp.send_message(msg, 'quotes@oakridge-tree.example', to)\nend\n"),
    ("ruby_net_imap_login_second", "lib", "require 'net/imap'\n\nimap = Net::IMAP.new('{h}', ssl: true)\nimap.login('{u}', '{v}')\nimap.select('INBOX')\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$c = ldap_connect('ldap://{h}');\nldap_set_option($c, LDAP_OPT_PROTOCOL_VERSION, 3);\n$ok = ldap_bind($c, 'cn={u},dc=oakridge,dc=lan', '{v}');\n"),
    ("php_oci_connect_second", "lib", "<?php\n$conn = oci_connect('{u}', '{v}', '{h}/WTNPDB');\n"),
    ("perl_net_smtp_auth_second", "lib", "use Net::SMTP;\nmy $smtp = Net::SMTP->new('{h}', Port => 587);\n$smtp->starttls();\n$smtp->auth('{u}', '{v}');\n"),
    ("lua_resty_redis_auth_single", "lib", "local redis = require \"resty.redis\"\nlocal red = redis:new()\nred:connect(\"{h}\", 6379)\nlocal ok, err = red:auth(\"{v}\")\n"),
    ("matlab_database_third_positional", "lib", "conn = database('kiln_readings', '{u}', '{v}', 'Vendor', 'PostgreSQL', 'Server', '{h}');\ndata = fetch(conn, 'SELECT * FROM readings');\n"),
    ("arduino_wifimulti_addap_second", "lib", "#include <WiFiMulti.h>\nWiFiMulti wifiMulti;\nvoid setup() {{\n  wifiMulti.addAP(\"BirchfellKiln\", \"{v}\");\n  wifiMulti.addAP(\"BirchfellYard\", \"\");\n}}\n"),
    ("jdbc_oracle_thin_slash_pair_url", "lib", "Connection c = DriverManager.getConnection(\"jdbc:oracle:thin:{u}/{v}@//{h}:1521/WTNPDB\");\n"),
    # ------------------------------------------------------------- file
    ("racoon_psk_txt_second_column", "file", "$ sudo cat /etc/racoon/psk.txt\n# IPv4/v6 addresses\n10.40.0.1      {v}\n"),
    ("git_credentials_store_url_userinfo", "file", "$ cat ~/.git-credentials\nhttps://{u}:{v}@{h}\n"),
    ("docker_config_json_auths_auth_b64", "file", "$ cat ~/.docker/config.json\n{{\n  \"auths\": {{\n    \"registry.oakridge-tree.lan\": {{\n      \"auth\": \"{b64pair}\"\n    }}\n  }}\n}}\n"),
    ("npmrc_underscore_auth_b64_pair", "file", "$ cat .npmrc\nregistry=https://npm.oakridge-tree.lan/\n_auth={b64pair}\nalways-auth=true\n"),
    ("nginx_htpasswd_plain_scheme_prefix", "file", "$ cat /etc/nginx/kiln.htpasswd\n{u}:{{PLAIN}}{v}\n"),
    ("pip_requirements_extra_index_url_userinfo", "file", "$ cat requirements.txt\n--extra-index-url https://{u}:{v}@{h}/simple/\narb-survey-core==3.2.0\nshapely>=2.0\n"),
    ("package_json_git_dependency_url_userinfo", "file", "$ grep -n arb-ui package.json\n14:    \"arb-ui\": \"git+https://{u}:{v}@{h}/arb/arb-ui.git#v2.1.0\",\n"),
    ("muttrc_smtp_url_userinfo", "file", "$ cat ~/.muttrc\nset from = \"quotes@oakridge-tree.example\"\nset smtp_url = \"smtp://{u}:{v}@{h}:587/\"\n"),
    ("xl2tpd_l2tp_secrets_third_column", "file", "$ sudo cat /etc/xl2tpd/l2tp-secrets\n# them    us    secret\n*         *     {v}\n"),
    ("radcli_servers_second_column", "file", "$ sudo cat /etc/radcli/servers\n# server       key\n{h}    {v}\n"),
    ("cups_printers_conf_device_uri_userinfo", "file", "$ sudo grep DeviceURI /etc/cups/printers.conf\nDeviceURI smb://{u}:{v}@{h}/DepotLaser\n"),
    ("crew_tablets_csv_fourth_column", "file", "$ head -3 /srv/rota/crew_tablets.csv\ntablet,crew,holder,unlock,issued\nTAB-07,climb-a,{u},{v},2024-03-02\n"),
    ("chipper_telematics_pipe_third_field", "file", "$ cat /etc/chipper/units.psv\n# unit|sim|console|fw\nCH-07|8944110068212345678|{v}|4.2.1\n"),
    ("survey_pda_fixed_width_cols_41_to_64", "file", None),
    ("log_yard_scale_tsv_second_column", "file", "$ cat /srv/scale/terminals.tsv\nterminal\tunlock\tlocation\nWB-1\t{v}\tgatehouse\n"),
    ("kiln_panel_semicolon_fifth_field", "file", "$ cat /etc/kiln/panels.txt\nbay;panel;ip;fw;service\n3;K3;10.40.2.33;1.9;{v}\n"),
    ("delivery_vans_json_array_fourth_element", "file", "$ cat /srv/rounds/vans.json\n[\n  [\"VN07\", \"Iveco Daily\", \"{u}\", \"{v}\", \"tipper\"]\n]\n"),
    ("stump_grinder_yaml_flow_sequence_third", "file", "$ cat /etc/stumps/grinders.yml\ngrinders:\n  - [SG-02, Predator 38, {v}, 2023-11-14]\n"),
    # ------------------------------------------------------------- proto
    ("imap_login_command_second_argument", "proto", "$ tshark -r yard.pcap -Y imap -T fields -e imap.request\na001 CAPABILITY\na002 LOGIN {u} {v}\na003 SELECT INBOX\n"),
    ("irc_nickserv_identify_argument", "proto", "$ tcpflow -c -r crewchat.pcap port 6667 | head -4\n010.040.002.017.51544-010.040.000.009.06667: NICK yardbot\n010.040.002.017.51544-010.040.000.009.06667: PRIVMSG NickServ :IDENTIFY {v}\n"),
    ("snmp_v2c_community_tshark_field", "proto", "$ tshark -r switch.pcap -Y snmp -T fields -e ip.src -e snmp.community -e snmp.name\n10.40.2.17\t{v}\t1.3.6.1.2.1.1.5.0\n"),
    ("ldap_simple_bind_tshark_simple_field", "proto", "$ tshark -r bind.pcap -Y ldap -V | grep -A3 bindRequest\n    bindRequest(1) \"cn={u},dc=oakridge,dc=lan\" simple\n        version: 3\n        simple: {v}\n"),
    ("odoo_xmlrpc_authenticate_third_param", "proto", "POST /xmlrpc/2/common HTTP/1.1\nHost: {h}\nContent-Type: text/xml\n\n<?xml version='1.0'?>\n<methodCall><methodName>authenticate</methodName><params>\n<param><value><string>ashgrove</string></value></param>\n<param><value><string>{u}</string></value></param>\n<param><value><string>{v}</string></value></param>\n<param><value><struct></struct></value></param>\n</params></methodCall>\n"),
    ("at_qicsgp_fifth_quoted", "proto", "[modem ttyUSB2] >> AT+QICSGP=1,1,\"iot.yardnet\",\"{u}\",\"{v}\",1\n[modem ttyUSB2] << OK\n"),
    # ------------------------------------------------------------- gui
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, 'f1').send_keys('{u}')\ndriver.find_element(By.ID, 'f2').send_keys('{v}')\ndriver.find_element(By.ID, 'go').click()\n"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'f1', with: '{u}'\nfill_in 'f2', with: '{v}'\nclick_button 'Sign in'\n"),
    ("csharp_uia_valuepattern_setvalue_single", "gui", "var box = window.FindFirst(TreeScope.Descendants, new PropertyCondition(AutomationElement.AutomationIdProperty, \"f2\"));\n((ValuePattern)box.GetCurrentPattern(ValuePattern.Pattern)).SetValue(\"{v}\");\n"),
    ("autoit_send_single", "gui", "WinActivate(\"Quote Desk\")\nControlClick(\"Quote Desk\", \"\", \"Edit2\")\nSend(\"{v}\", 1)\nSend(\"{{ENTER}}\")\n"),
    ("ydotool_type_single_positional", "gui", "$ ydotool mousemove --absolute -x 640 -y 420 && ydotool click 0xC0\n$ ydotool type '{v}'\n$ ydotool key 28:1 28:0\n"),
    ("applescript_system_events_keystroke", "gui", "$ osascript -e 'tell application \"Quote Desk\" to activate' -e 'tell application \"System Events\" to keystroke \"{v}\"' -e 'tell application \"System Events\" to key code 36'\n"),
    ("adb_shell_input_text_single", "gui", "$ adb -s R58N91 shell input tap 540 980\n$ adb -s R58N91 shell input text '{v}'\n$ adb -s R58N91 shell input keyevent 66\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Page_Login/f1'), '{u}')\nWebUI.setText(findTestObject('Page_Login/f2'), '{v}')\nWebUI.click(findTestObject('Page_Login/btn_go'))\n"),
    ("gherkin_step_quoted_second_argument", "gui", "Scenario: office user opens the quote list\n  Given I am on the sign-in page\n  When I fill in \"f1\" with \"{u}\"\n  And I fill in \"f2\" with \"{v}\"\n  Then I should see \"Open quotes\"\n"),
    ("flutter_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{u}');\nawait tester.enterText(find.byKey(const Key('f2')), '{v}');\nawait tester.tap(find.byKey(const Key('go')));\n"),
    ("compose_performtextinput_single", "gui", "composeRule.onNodeWithTag(\"f1\").performTextInput(\"{u}\")\ncomposeRule.onNodeWithTag(\"f2\").performTextInput(\"{v}\")\ncomposeRule.onNodeWithTag(\"go\").performClick()\n"),
    # ------------------------------------------------------------- sql
    ("postgres_crypt_gen_salt_first_literal", "sql", "rounds=# UPDATE drivers SET pin_hash = crypt('{v}', gen_salt('bf', 10)) WHERE id = 14;\nUPDATE 1\n"),
    ("mongo_shell_db_auth_second", "sql", "test> use admin\nswitched to db admin\nadmin> db.auth('{u}', '{v}')\n{{ ok: 1 }}\n"),
    ("redis_acl_setuser_gt_prefix", "sql", "127.0.0.1:6379> ACL SETUSER kiln on >{v} ~moisture:* +lpush +rpop\nOK\n"),
    ("neo4j_dbms_security_createuser_second", "sql", "neo4j@system> CALL dbms.security.createUser('{u}', '{v}', false);\n0 rows\n"),
]
# drop the placeholder rows (ideas considered while writing, not kept)
SET_ASIDE = [(s, g) for s, g, t in S if t is None and not s.startswith("survey_pda")]
S = [row for row in S if row[2] is not None or row[0].startswith("survey_pda")]

SET_ASIDE_REASONS = {
    "links_http_auth_url_userinfo": "duplicate of the kept lynx `-auth=` form",
    "rclone_sftp_backend_connection_string_colon_pair": "rclone connection strings take an obscured value, not the password",
    "hashcat_mask_attack_positional": "a cracking tool is no place for a real password",
    "wlfreerdp_slash_p_colon": "near-duplicate of xfreerdp",
    "curl_lower_u_ftps_pair": "curl forms are covered by the earlier READMEs",
    "ssh_copy_id_sshpass_wrapper": "ssh-copy-id takes no password argument",
    "sftp_batch_file_open_line": "sftp reads no password from a batch file",
    "mount_cifs_options_pair": "mount.cifs uses a `password=` option",
    "vlc_rtsp_url_userinfo": "RTSP userinfo is covered by ffplay",
    "rsync_daemon_url_userinfo": "rsync takes the password from `RSYNC_PASSWORD` or a file, both say password",
    "tigervncpasswd_f_stdin_echo": "vncpasswd forms are covered by the earlier READMEs",
    "esptool_write_flash_nvs_blob": "esptool takes no password",
}

USERS = ["yardops", "kiln", "survey", "rota", "office", "dispatch", "climber2", "quotes"]
HOSTS = ["10.40.2.21", "nas01.birchfell-logs.lan", "kiln-gw.birchfell-logs.lan", "files.oakridge-tree.lan",
         "rota.hollybank-arb.lan", "192.168.20.40", "mail.oakridge-tree.example", "git.oakridge-tree.lan"]


def render(syntax, tpl, rng, reg):
    u = rng.choice(USERS)
    h = rng.choice(HOSTS)
    hidden = None
    if syntax.startswith("survey_pda"):
        v = reg.draw(lambda: C.owner_password(rng, strict=True))
        a, b = FIXED_COL
        width = b - a + 1
        hdr = "TAG".ljust(10) + "SITE".ljust(20) + "CREW".ljust(10) + "KEY".ljust(width) + "SYNC"
        row = "PDA-%02d" % rng.randrange(1, 40)
        row = row.ljust(10) + "Glebe Farm".ljust(20) + u.ljust(10) + v.ljust(width) + "2024-05-1%d" % rng.randrange(10)
        text = "$ cat /srv/survey/pda_accounts.dat\n" + hdr + "\n" + row + "\n"
        start = text.index(row) + a - 1
        return text, start, v, None
    if "{b64pair}" in tpl:
        pw = reg.draw(lambda: C.owner_password(rng, strict=True))
        v = reg.draw(lambda: base64.b64encode((u + ":" + pw).encode()).decode())
        hidden = pw
        text = tpl.format(u=u, h=h, b64pair=MARK)
    else:
        v = reg.draw(lambda: C.owner_password(rng, strict=True))
        text = tpl.format(u=u, h=h, v=MARK)
    if text.count(MARK) == 1:
        start = text.index(MARK)
        text = text.replace(MARK, v)
    else:
        # value typed twice (confirmation): label the first occurrence only
        start = text.index(MARK)
        text = text.replace(MARK, v, 1).replace(MARK, "\u0002")
        raise ValueError("double slot in %s" % syntax)
    return text, start, v, hidden


def generate(reg):
    rng = random.Random(C.SEEDS["positional"])
    recs = []
    hidden_all = []
    for syntax, group, tpl in S:
        text, start, v, hidden = render(syntax, tpl, rng, reg)
        t = PFX + syntax
        recs.append({"type": t, "container": t + "__" + SUFFIX[group], "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}],
                     "source": "password"})
        if hidden:
            hidden_all.append(hidden)
    return recs, hidden_all


GROUP_OF = {s: g for s, g, _t in S}
