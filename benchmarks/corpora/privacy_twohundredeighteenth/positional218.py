"""Password source: positional syntaxes (no telling password= key)."""
import base64
import random

from common218 import MARK as M, owner_password, positive

SEED = 21803
PFX = "pawpw_"

SUFFIX = {
    "cli": "club_laptop_terminal_log",
    "stdin": "hydro_pool_pi_stdin_pipe",
    "lib": "booking_app_source_snippet",
    "file": "kennel_server_file_dump",
    "proto": "training_hall_packet_capture",
    "gui": "class_app_ui_test_script",
    "sql": "results_db_sql_session",
}

SYN = []  # (syntax, cls, fn(r) -> template, b64 kind or None)


def s(name, cls, b64=None):
    def deco(fn):
        SYN.append((name, cls, fn, b64))
        return fn
    return deco


H = ["ringside.barkfield.lan", "pool-pi.aquapaws-hydro.lan", "nas.hollybankdogs.lan", "10.40.7.21",
     "results.clearround-agility.example", "192.168.50.9", "mq.hollybankdogs.lan", "kcdesk.hollybankdogs.lan"]
U = ["trainer", "ringops", "hydro", "kcdesk", "results", "rota", "steward", "agility"]


def h(r):
    return r.choice(H)


def u(r):
    return r.choice(U)


# ---------------------------------------------------------------- cli
@s("mongosh_lower_p_after_lower_u", "cli")
def _(r):
    return f"$ mongosh --host {h(r)} -u {u(r)} -p {M} --authenticationDatabase admin results\n"


@s("redis_cli_lower_a_flag", "cli")
def _(r):
    return f"pi@ringside:~ $ redis-cli -h {h(r)} -a {M} --no-auth-warning LLEN runs:queue\n(integer) 0\n"


@s("rabbitmqctl_add_user_second_positional", "cli")
def _(r):
    return f"# rabbitmqctl add_user ringgate {M}\nAdding user \"ringgate\" ...\n"


@s("smbclient_capital_u_percent_pair", "cli")
def _(r):
    return f"$ smbclient //nas/ringcards -U {u(r)}%{M} -c 'ls'\n"


@s("rdesktop_lower_p_after_lower_u", "cli")
def _(r):
    return f"$ rdesktop -g 1280x800 -u {u(r)} -p {M} {h(r)} &\n"


@s("xfreerdp_slash_p_colon_argument", "cli")
def _(r):
    return f"$ xfreerdp /v:{h(r)} /u:{u(r)} /p:{M} /cert:ignore +clipboard\n"


@s("sshpass_lower_p_flag", "cli")
def _(r):
    return f"$ sshpass -p '{M}' ssh {u(r)}@{h(r)} 'sudo systemctl restart ringsync'\n"


@s("curl_lower_u_colon_pair", "cli")
def _(r):
    return f"$ curl -s -u {u(r)}:{M} https://{h(r)}/api/runs/today | jq length\n"


@s("httpie_lower_a_colon_pair", "cli")
def _(r):
    return f"$ http -a {u(r)}:{M} GET https://{h(r)}/api/ringcards class==novice\n"


@s("apache_bench_capital_a_colon_pair", "cli")
def _(r):
    return f"$ ab -n 200 -c 10 -A {u(r)}:{M} https://{h(r)}/bookings/\n"


@s("zip_capital_p_flag", "cli")
def _(r):
    return f"$ zip -P {M} -r vet-referrals-2026-01.zip referrals/\n  adding: referrals/ (stored 0%)\n"


@s("unzip_capital_p_flag", "cli")
def _(r):
    return f"$ unzip -P {M} hydro-notes-export.zip -d /tmp/hydro\n"


@s("sevenzip_glued_lower_p", "cli")
def _(r):
    return f"> 7z x kc-registrations.7z -p{M} -oC:\\kc\\import\n"


@s("openssl_enc_lower_k_flag", "cli")
def _(r):
    return f"$ tar cz results/ | openssl enc -aes-256-cbc -pbkdf2 -k {M} > results-backup.tar.gz.enc\n"


@s("mutool_draw_lower_p_flag", "cli")
def _(r):
    return f"$ mutool draw -p {M} -o referral-%d.png vet-referral-0142.pdf\n"


@s("snmpwalk_v3_capital_a_auth_phrase", "cli")
def _(r):
    return f"$ snmpwalk -v3 -l authNoPriv -u poolmon -a SHA -A {M} {h(r)} 1.3.6.1.2.1.1\n"


@s("snmpget_v2c_lower_c_community", "cli")
def _(r):
    return f"$ snmpget -v2c -c {M} {h(r)} sysUpTime.0\n"


@s("ldapsearch_lower_w_after_capital_d", "cli")
def _(r):
    return f"$ ldapsearch -x -H ldap://{h(r)} -D \"cn=admin,dc=hollybank,dc=lan\" -w {M} -b \"ou=trainers,dc=hollybank,dc=lan\"\n"


@s("firebird_isql_lower_p_after_lower_user", "cli")
def _(r):
    return f"$ isql-fb -user SYSDBA -p {M} {h(r)}:/srv/fb/agility.fdb\n"


@s("freetds_tsql_capital_p_after_capital_u", "cli")
def _(r):
    return f"$ tsql -S KCDESK -U sa -P {M}\nlocale is \"C.UTF-8\"\n1>\n"


@s("winrs_colon_p_after_colon_u", "cli")
def _(r):
    return f"C:\\> winrs -r:ringlaptop2 -u:ringops -p:{M} ipconfig /all\n"


@s("net_user_add_second_positional", "cli")
def _(r):
    return f"C:\\> net user steward2 {M} /add /comment:\"ring 2 steward\"\nThe command completed successfully.\n"


@s("winscp_com_open_sftp_url_userinfo", "cli")
def _(r):
    return f"> winscp.com /command \"open sftp://{u(r)}:{M}@{h(r)}/\" \"get /srv/results/*.csv\" \"exit\"\n"


@s("vlc_rtsp_stream_url_userinfo", "cli")
def _(r):
    return f"$ cvlc rtsp://poolcam:{M}@192.168.50.31:554/h264Preview_01_main --sout file/ts:pool.ts\n"


@s("emqx_ctl_admins_add_third_positional", "cli")
def _(r):
    return f"$ emqx_ctl admins add ringgate {M} \"timing gates\"\nok\n"


@s("ejabberdctl_register_third_positional", "cli")
def _(r):
    return f"$ sudo ejabberdctl register ringbot chat.hollybankdogs.lan {M}\nUser ringbot@chat.hollybankdogs.lan successfully registered\n"


@s("mosquitto_ctrl_dynsec_create_client_lower_p", "cli")
def _(r):
    return f"$ mosquitto_ctrl -u admin dynsec createClient ringgate3 -p {M}\n"


@s("xdotool_type_single_argument", "gui")
def _(r):
    return f"#!/bin/sh\n# unlock the ring laptop kiosk after boot\nxdotool search --name 'Ring Kiosk' windowactivate --sync\nxdotool type '{M}'\nxdotool key Return\n"


@s("adb_shell_input_text_single", "gui")
def _(r):
    return f"$ adb shell input tap 540 880\n$ adb shell input text '{M}'\n$ adb shell input keyevent 66\n"


# ---------------------------------------------------------------- stdin
@s("sudo_capital_s_stdin_echo", "stdin")
def _(r):
    return f"$ echo '{M}' | sudo -S systemctl restart hydro-notes\n"


@s("chpasswd_user_colon_pair_stdin", "stdin")
def _(r):
    return f"# echo 'steward:{M}' | chpasswd\n"


@s("keepassxc_cli_here_string", "stdin")
def _(r):
    return f"$ keepassxc-cli show -s club.kdbx 'Ring laptops' <<< '{M}'\n"


@s("cryptsetup_open_key_file_dash_printf", "stdin")
def _(r):
    return f"# printf '%s' '{M}' | cryptsetup open /dev/sdb1 hydro_backup --key-file=-\n"


@s("nmcli_ask_connection_up_echo", "stdin")
def _(r):
    return f"$ echo '{M}' | nmcli --ask connection up 'Agility Field'\n"


@s("expect_send_after_prompt_pattern", "stdin")
def _(r):
    return (f"#!/usr/bin/expect -f\nspawn ssh ringops@{h(r)}\nexpect \"assword:\"\nsend \"{M}\\r\"\n"
            "expect \"$ \"\nsend \"./export-runs.sh\\r\"\n")


@s("ssh_askpass_script_echo_line", "stdin")
def _(r):
    return (f"$ cat ~/.local/bin/ring-askpass\n#!/bin/sh\necho '{M}'\n$ SSH_ASKPASS=~/.local/bin/ring-askpass SSH_ASKPASS_REQUIRE=force "
            f"ssh-add ~/.ssh/ring_ed25519\n")


@s("powershell_pipe_to_plink_stdin", "stdin")
def _(r):
    return f"PS> '{M}' | & plink.exe -batch -ssh ringops@{h(r)} 'uptime'\n"


# ---------------------------------------------------------------- lib
@s("python_paramiko_connect_fourth_positional", "lib")
def _(r):
    return f"client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{h(r)}\", 22, \"{u(r)}\", \"{M}\")\n"


@s("python_smtplib_login_second", "lib")
def _(r):
    return f"with smtplib.SMTP(\"smtp.hollybankdogs.example\", 587) as s:\n    s.starttls()\n    s.login(\"classes@hollybankdogs.example\", \"{M}\")\n"


@s("python_imaplib_login_second", "lib")
def _(r):
    return f"imap = imaplib.IMAP4_SSL(\"imap.hollybankdogs.example\")\nimap.login(\"referrals@hollybankdogs.example\", \"{M}\")\nimap.select(\"INBOX\")\n"


@s("python_pymssql_connect_third_positional", "lib")
def _(r):
    return f"conn = pymssql.connect(\"KCDESK\\\\SQLEXPRESS\", \"kc_app\", \"{M}\", \"registrations\")\n"


@s("python_redis_from_url_empty_user", "lib")
def _(r):
    return f"queue = redis.from_url(\"redis://:{M}@{h(r)}:6379/2\")\n"


@s("python_sqlalchemy_create_engine_url_userinfo", "lib")
def _(r):
    return f"engine = create_engine(\"postgresql+psycopg://hydro_app:{M}@{h(r)}/hydro_notes\")\n"


@s("python_zipfile_open_third_bytes", "lib")
def _(r):
    return f"with zipfile.ZipFile(\"referrals.zip\") as zf:\n    data = zf.open(\"referral-0142.pdf\", \"r\", b\"{M}\").read()\n"


@s("python_cryptography_load_pem_private_key_second", "lib")
def _(r):
    return f"key = serialization.load_pem_private_key(pem_bytes, b\"{M}\")\n"


@s("python_smbclient_register_session_third", "lib")
def _(r):
    return f"smbclient.register_session(\"nas.hollybankdogs.lan\", \"ringops\", \"{M}\")\n"


@s("python_itsdangerous_serializer_first", "lib")
def _(r):
    return f"signer = URLSafeTimedSerializer(\"{M}\", salt=\"class-pass\")\n"


@s("python_hashlib_pbkdf2_hmac_second_bytes", "lib")
def _(r):
    return f"dk = hashlib.pbkdf2_hmac(\"sha256\", b\"{M}\", salt, 600000)\n"


@s("python_oracledb_connect_user_slash_pair", "lib")
def _(r):
    return f"conn = oracledb.connect(\"kc_app/{M}@{h(r)}:1521/KCPDB\")\n"


@s("python_kazoo_add_auth_digest_pair", "lib")
def _(r):
    return f"zk = KazooClient(hosts=\"{h(r)}:2181\")\nzk.start()\nzk.add_auth(\"digest\", \"ringsync:{M}\")\n"


@s("python_slixmpp_clientxmpp_second", "lib")
def _(r):
    return f"bot = ClassReminderBot(\"reminders@chat.hollybankdogs.lan\", \"{M}\")\nbot.connect()\n"


@s("node_ioredis_url_userinfo", "lib")
def _(r):
    return f"const redis = new Redis(\"redis://default:{M}@{h(r)}:6379/1\");\n"


@s("node_amqplib_connect_url_userinfo", "lib")
def _(r):
    return f"const conn = await amqp.connect(\"amqp://ringgate:{M}@{h(r)}:5672/agility\");\n"


@s("node_cookie_parser_first", "lib")
def _(r):
    return f"app.use(cookieParser(\"{M}\"));\napp.use(express.json());\n"


@s("node_crypto_createhmac_second", "lib")
def _(r):
    return f"const sig = crypto.createHmac(\"sha256\", \"{M}\").update(body).digest(\"hex\");\n"


@s("node_crypto_scryptsync_first", "lib")
def _(r):
    return f"const key = crypto.scryptSync(\"{M}\", salt, 32);\n"


@s("node_jsonwebtoken_sign_second", "lib")
def _(r):
    return f"const token = jwt.sign({{ sub: trainerId, role: \"trainer\" }}, \"{M}\", {{ expiresIn: \"8h\" }});\n"


@s("node_sequelize_ctor_third", "lib")
def _(r):
    return f"const sequelize = new Sequelize(\"agility_results\", \"results_app\", \"{M}\", {{ host: \"{h(r)}\", dialect: \"mysql\" }});\n"


@s("java_mail_transport_connect_third", "lib")
def _(r):
    return f"Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.hollybankdogs.example\", \"ringcards\", \"{M}\");\n"


@s("java_spring_basic_auth_interceptor_second", "lib")
def _(r):
    return f"restTemplate.getInterceptors().add(new BasicAuthenticationInterceptor(\"kcsync\", \"{M}\"));\n"


@s("java_secretkeyspec_getbytes_first", "lib")
def _(r):
    return f"SecretKeySpec key = new SecretKeySpec(\"{M}\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\");\n"


@s("java_pbekeyspec_tochararray_first", "lib")
def _(r):
    return f"PBEKeySpec spec = new PBEKeySpec(\"{M}\".toCharArray(), salt, 65536, 256);\n"


@s("kotlin_okhttp_credentials_basic_second", "lib")
def _(r):
    return f"val auth = Credentials.basic(\"hydro-app\", \"{M}\")\nval req = Request.Builder().url(url).header(\"Authorization\", auth).build()\n"


@s("csharp_rfc2898derivebytes_ctor_first", "lib")
def _(r):
    return f"using var kdf = new Rfc2898DeriveBytes(\"{M}\", salt, 100_000, HashAlgorithmName.SHA256);\n"


@s("csharp_hmacsha256_utf8_getbytes_ctor", "lib")
def _(r):
    return f"using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"{M}\"));\n"


@s("csharp_mailkit_authenticateasync_second", "lib")
def _(r):
    return f"await client.ConnectAsync(\"smtp.hollybankdogs.example\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"ringcards\", \"{M}\");\n"


@s("csharp_sshnet_sftpclient_ctor_third", "lib")
def _(r):
    return f"using var sftp = new SftpClient(\"{h(r)}\", \"ringops\", \"{M}\");\nsftp.Connect();\n"


@s("go_smtp_plainauth_third", "lib")
def _(r):
    return f"auth := smtp.PlainAuth(\"\", \"classes@hollybankdogs.example\", \"{M}\", \"smtp.hollybankdogs.example\")\n"


@s("go_hmac_new_byte_slice_literal", "lib")
def _(r):
    return f"mac := hmac.New(sha256.New, []byte(\"{M}\"))\nmac.Write(payload)\n"


@s("go_pbkdf2_key_first_byte_slice", "lib")
def _(r):
    return f"dk := pbkdf2.Key([]byte(\"{M}\"), salt, 4096, 32, sha256.New)\n"


@s("go_emersion_imap_client_login_second", "lib")
def _(r):
    return f"if err := c.Login(\"referrals@hollybankdogs.example\", \"{M}\"); err != nil {{\n\tlog.Fatal(err)\n}}\n"


@s("rust_reqwest_basic_auth_some_second", "lib")
def _(r):
    return f"let resp = client.get(url).basic_auth(\"kcsync\", Some(\"{M}\")).send().await?;\n"


@s("rust_lettre_credentials_new_second", "lib")
def _(r):
    return f"let creds = Credentials::new(\"ringcards\".to_owned(), \"{M}\".to_owned());\n"


@s("rust_argon2_hash_encoded_first_bytes", "lib")
def _(r):
    return f"let hash = argon2::hash_encoded(b\"{M}\", &salt, &Config::default())?;\n"


@s("ruby_net_smtp_start_fifth_positional", "lib")
def _(r):
    return f"Net::SMTP.start(\"smtp.hollybankdogs.example\", 587, \"hollybankdogs.example\", \"ringcards\", \"{M}\", :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"


@s("ruby_openssl_hmac_hexdigest_second", "lib")
def _(r):
    return f"sig = OpenSSL::HMAC.hexdigest(\"SHA256\", \"{M}\", request.raw_post)\n"


@s("ruby_rest_client_resource_third", "lib")
def _(r):
    return f"kc = RestClient::Resource.new(\"https://{h(r)}/api\", \"kcsync\", \"{M}\")\n"


@s("ruby_activesupport_message_verifier_first", "lib")
def _(r):
    return f"VERIFIER = ActiveSupport::MessageVerifier.new(\"{M}\", digest: \"SHA256\")\n"


@s("php_pdo_ctor_third", "lib")
def _(r):
    return f"$pdo = new PDO('mysql:host={h(r)};dbname=classes', 'classes_app', '{M}');\n"


@s("php_ldap_bind_third", "lib")
def _(r):
    return f"$ds = ldap_connect('ldap://{h(r)}');\nldap_bind($ds, 'cn=desk,dc=hollybank,dc=lan', '{M}');\n"


@s("php_hash_hmac_third", "lib")
def _(r):
    return f"$sig = hash_hmac('sha256', $payload, '{M}');\n"


@s("perl_net_smtp_auth_second", "lib")
def _(r):
    return f"my $smtp = Net::SMTP->new('smtp.hollybankdogs.example', Port => 587);\n$smtp->starttls();\n$smtp->auth('ringcards', '{M}');\n"


@s("perl_digest_hmac_sha256_hex_second", "lib")
def _(r):
    return f"my $sig = hmac_sha256_hex($body, '{M}');\n"


@s("lua_resty_redis_auth_single", "lib")
def _(r):
    return f"local red = redis:new()\nred:connect(\"127.0.0.1\", 6379)\nlocal ok, err = red:auth(\"{M}\")\n"


# ---------------------------------------------------------------- gui
@s("node_playwright_page_fill_second", "gui")
def _(r):
    return f"await page.goto('https://classes.steadyrecall.example/admin');\nawait page.fill('#f1', 'bookings');\nawait page.fill('#f2', '{M}');\n"


@s("cypress_get_type_chained", "gui")
def _(r):
    return f"cy.get('#f1').type('ringops')\ncy.get('#f2').type('{M}')\ncy.get('form').submit()\n"


@s("katalon_webui_settext_second", "gui")
def _(r):
    return f"WebUI.setText(findTestObject('Login/f1'), 'kcdesk')\nWebUI.setText(findTestObject('Login/f2'), '{M}')\nWebUI.click(findTestObject('Login/go'))\n"


@s("codeceptjs_fillfield_second", "gui")
def _(r):
    return f"I.amOnPage('/login');\nI.fillField('#f1', 'rota');\nI.fillField('#f2', '{M}');\nI.click('Sign in');\n"


@s("gherkin_step_quoted_typed_value", "gui")
def _(r):
    return f"Scenario: trainer opens the rota\n  Given I am on the rota sign-in page\n  When I type \"rota\" into field f1\n  And I type \"{M}\" into field f2\n  Then I see \"This week\"\n"


@s("autoit_controlsettext_fourth", "gui")
def _(r):
    return f"WinWaitActive(\"Kennel Desk Login\")\nControlSetText(\"Kennel Desk Login\", \"\", \"Edit1\", \"kcdesk\")\nControlSetText(\"Kennel Desk Login\", \"\", \"Edit2\", \"{M}\")\n"


@s("autohotkey_send_after_winactivate", "gui")
def _(r):
    return f"WinActivate, Hydro Notes\nSleep, 500\nSend, hydro{{Tab}}\nSend, {M}{{Enter}}\n"


@s("applescript_system_events_keystroke", "gui")
def _(r):
    return f"tell application \"Ring Cards\" to activate\ntell application \"System Events\" to keystroke \"{M}\"\ntell application \"System Events\" to key code 36\n"


@s("uipath_typeinto_text_attribute", "gui")
def _(r):
    return f"<ui:TypeInto DisplayName=\"Type Into 'f2'\" Text=\"[&quot;{M}&quot;]\" EmptyField=\"True\" />\n"


# ---------------------------------------------------------------- sql
@s("mysql_create_user_identified_by", "sql")
def _(r):
    return f"mysql> CREATE USER 'results_ro'@'10.40.%' IDENTIFIED BY '{M}';\nQuery OK, 0 rows affected (0.01 sec)\n"


@s("oracle_create_database_link_identified_by", "sql")
def _(r):
    return f"SQL> CREATE DATABASE LINK kc_link CONNECT TO kc_app IDENTIFIED BY {M} USING 'KCPDB';\n\nDatabase link created.\n"


@s("h2_create_linked_table_fourth_argument", "sql")
def _(r):
    return f"CREATE LINKED TABLE dogs_remote('org.postgresql.Driver', 'jdbc:postgresql://{h(r)}/hydro', 'hydro_ro', '{M}', 'dogs');\n"


@s("mysql_federated_connection_url_userinfo", "sql")
def _(r):
    return f"CREATE TABLE runs_fed (id INT, dog VARCHAR(40)) ENGINE=FEDERATED\n  CONNECTION='mysql://fed_ro:{M}@{h(r)}:3306/agility/runs';\n"


# ---------------------------------------------------------------- file
@s("pgpass_fifth_colon_field", "file")
def _(r):
    return f"$ cat ~/.pgpass\n{h(r)}:5432:hydro_notes:hydro_app:{M}\n"


@s("git_credentials_store_url_userinfo", "file")
def _(r):
    return f"$ cat ~/.git-credentials\nhttps://ringops:{M}@git.hollybankdogs.lan\n"


@s("openvpn_auth_user_pass_file_second_line", "file")
def _(r):
    return f"$ cat /etc/openvpn/client/field-gate.auth\ngatectl\n{M}\n"


@s("stunnel_psk_secrets_identity_colon_pair", "file")
def _(r):
    return f"# /etc/stunnel/psk.txt\nringgate1:{M}\n"


@s("dovecot_passwd_file_plain_scheme_second_field", "file")
def _(r):
    return f"# /etc/dovecot/users\nreferrals@hollybankdogs.example:{{PLAIN}}{M}:5000:5000::/var/mail/referrals\n"


@s("lighttpd_plain_userfile_colon_pair", "file")
def _(r):
    return f"# /etc/lighttpd/ringcards.user (auth.backend = \"plain\")\nsteward:{M}\n"


@s("vsftpd_virtual_users_alternating_lines", "file")
def _(r):
    return f"# /etc/vsftpd/virtual_users.txt  (db_load -T -t hash)\nresults_upload\n{M}\n"


@s("agility_ring_card_csv_sixth_column", "file")
def _(r):
    return (f"ring,class,judge,scribe,laptop,scorer_gate\n2,Novice Jumpers,P. Hale,J. Moss,ringlaptop2,{M}\n")


@s("puppy_class_register_tsv_fourth_column", "file")
def _(r):
    return f"venue\tterm\thall_pc\tdoor_phrase\tcapacity\nHollybank Hall\tspring\thallpc1\t{M}\t8\n"


@s("hydro_pool_log_pipe_third_field", "file")
def _(r):
    return f"# pool-laptop.cfg  station|operator|unlock|temp\npool1|hydro|{M}|30\n"


@s("field_hire_gate_fixed_width_cols_41_to_60", "file")
def _(r):
    head = "FIELD".ljust(10) + "SLOT".ljust(6) + "HIRER".ljust(24) + "GATE CODE PHRASE".ljust(20) + "PAID\n"
    row = "Top Field".ljust(10) + "18:00".ljust(6) + "Wessex Working Trials".ljust(24)
    return head + row + M + "\x01" + "Y\n"


@s("trainer_rota_semicolon_fifth_field", "file")
def _(r):
    return f"date;trainer;class;hall;laptop_unlock;notes\n2026-02-03;Sam;Puppy Foundation;Hall B;{M};bring mats\n"


@s("kennel_reg_json_array_second_element", "file")
def _(r):
    return f"[\"kcdesk\", \"{M}\", \"kcdesk.hollybankdogs.lan\", 8443]\n"


# ---------------------------------------------------------------- proto
@s("imap_login_command_second_argument", "proto")
def _(r):
    return f"C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN\nC: a002 LOGIN referrals {M}\nS: a002 OK Logged in\n"


@s("smtp_auth_plain_initial_response_b64", "proto", b64="smtp_plain")
def _(r):
    return f"S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {M}\nS: 235 2.7.0 Authentication successful\n"


@s("amqp_start_ok_plain_response_nul_fields", "proto")
def _(r):
    return f"Frame 14: AMQP Connection.Start-Ok\n    Mechanism: PLAIN\n    Response: \\000ringgate\\000{M}\n    Locale: en_US\n"


@s("redis_inline_auth_telnet_second_word", "proto")
def _(r):
    return f"$ telnet 10.40.7.21 6379\nAUTH default {M}\n+OK\nLLEN runs:queue\n:0\n"


@s("irc_nickserv_identify_privmsg", "proto")
def _(r):
    return f":ringbot!bot@club PRIVMSG NickServ :IDENTIFY {M}\n:NickServ!services@irc NOTICE ringbot :You are now identified\n"


@s("esp_at_cwsap_softap_second_quoted", "proto")
def _(r):
    return f"AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"RingTimer\",\"{M}\",5,3\r\nOK\r\n"


@s("wpa_cli_set_network_psk_quoted", "proto")
def _(r):
    return f"> add_network\n0\n> set_network 0 ssid \"AgilityField\"\nOK\n> set_network 0 psk \"{M}\"\nOK\n> enable_network 0\nOK\n"


@s("snmp_community_field_wireshark_line", "proto")
def _(r):
    return f"Simple Network Management Protocol\n    version: v2c (1)\n    community: {M}\n    data: get-request (0)\n"


@s("docker_config_json_auths_auth_b64", "file", b64="user_colon")
def _(r):
    return f"{{\n  \"auths\": {{\n    \"registry.hollybankdogs.lan\": {{\n      \"auth\": \"{M}\"\n    }}\n  }}\n}}\n"


def b64_value(kind, pw, r):
    if kind == "user_colon":
        return base64.b64encode(("ringops:" + pw).encode()).decode()
    if kind == "smtp_plain":
        return base64.b64encode(("\x00classes@hollybankdogs.example\x00" + pw).encode()).decode()
    raise KeyError(kind)


SET_ASIDE = {
    "plink_pw_flag": "the flag name `-pw` abbreviates password right before the value",
    "ppp_pap_secrets_third_column": "same layout as the earlier chap-secrets syntax",
    "slappasswd_lower_s_single": "close relative of the earlier ldappasswd -s and the tool name says passwd",
    "neo4j_cypher_shell_lower_p_after_lower_u": "another -u / -p pair",
    "rpcclient_capital_u_percent_pair": "same user%secret form as the kept smbclient syntax",
}


def build(reg):
    rng = random.Random(SEED)
    recs, hidden = [], []
    for name, cls, fn, b64 in SYN:
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        tpl = fn(rng)
        if name.startswith("field_hire_gate_fixed_width"):
            pw_padded_len = 20 - len(pw)
            tpl = tpl.replace("\x01", " " * pw_padded_len)
        if b64:
            value = reg.draw(lambda: b64_value(b64, pw, rng))
            hidden.append(pw)
        else:
            value = pw
        t = PFX + name
        recs.append(positive(t, t + "__" + SUFFIX[cls], tpl, value, "password"))
    return recs, hidden
