"""Positional password syntaxes: the password's place says what it is."""
from common103 import Gen, ALNUM, HEXL

M = "\ue000"
# (syntax, template, value kind)
SYNTAXES = [
    ("oggfwd_third_positional_arg", "$ ices-pipe | oggfwd -d \"late show\" stream.example.net 8000 {V} /late.ogg\n"),
    ("shoutcast_v1_source_first_line", "C: {V}\\r\\n\nS: OK2\\r\\n\nS: icy-caps:11\\r\\n\nC: icy-name:Late Show\\r\\n\n"),
    ("icecast_one_source_verb_second_token", "--> SOURCE {V} /live.mp3\n--> x-audiocast-name: Late Show\n<-- OK\n"),
    ("mpc_host_password_at_prefix", "$ mpc -h {V}@jukebox.studio.lan -p 6600 play\n"),
    ("mpd_host_env_password_at_host", "$ MPD_HOST={V}@127.0.0.1 ncmpcpp\n"),
    ("mpd_conf_password_permission_suffix", "bind_to_address \"any\"\npassword \"{V}@read,add,control,admin\"\ndefault_permissions \"read\"\n"),
    ("obs_cmd_websocket_url_path_segment", "$ obs-cmd --websocket obsws://10.0.0.5:4455/{V} scene switch 'BRB'\n"),
    ("obsws_python_constructor_third", "from obswebsocket import obsws, requests\nws = obsws(\"10.0.0.5\", 4455, \"{V}\")\nws.connect()\n"),
    ("obs_websocket_js_connect_second", "const obs = new OBSWebSocket();\nawait obs.connect('ws://10.0.0.5:4455', '{V}');\n"),
    ("librespot_lower_p_flag", "$ librespot -n \"Studio Speaker\" -u maya.beats -p {V} -b 320\n"),
    ("subsonic_rest_p_query_param", "GET /rest/ping.view?u=maya&p={V}&v=1.16.1&c=rackplayer HTTP/1.1\nHost: music.example.net\n"),
    ("jellyfin_authenticate_by_name_pw_member", "POST /Users/AuthenticateByName\nContent-Type: application/json\n\n{{\"Username\": \"studio\", \"Pw\": \"{V}\"}}\n"),
    ("teamspeak_query_login_third_token", "$ telnet ts.example.net 10011\nTS3\nlogin serveradmin {V}\nerror id=0 msg=ok\n"),
    ("murmurd_supw_argument", "$ sudo murmurd -ini /etc/mumble-server.ini -supw {V}\n"),
    ("transmission_remote_n_colon_pair", "$ transmission-remote 10.0.0.9:9091 -n admin:{V} -l\n"),
    ("deluge_console_connect_fourth", "$ deluge-console \"connect 127.0.0.1:58846 localclient {V}; info\"\n"),
    ("aria2_jsonrpc_token_first_param", "{{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"aria2.addUri\",\"params\":[\"token:{V}\",[\"https://example.net/stems.zip\"]]}}\n"),
    ("davfs2_secrets_third_field", "# /etc/davfs2/secrets\nhttps://dav.example.net/sessions  producer  {V}\n"),
    ("rsyncd_secrets_colon_second_field", "# /etc/rsyncd.secrets\nmastering:{V}\n"),
    ("lftp_u_comma_pair", "$ lftp -u uploader,{V} -e 'mirror -R masters/ /incoming; quit' ftp.example.net\n"),
    ("ncftpput_lower_p_flag", "$ ncftpput -u uploader -p {V} ftp.example.net /incoming ep48.flac\n"),
    ("sshfs_password_stdin_echo_pipe", "$ echo '{V}' | sshfs -o password_stdin editor@nas.studio.lan:/Sessions ~/mnt/sessions\n"),
    ("openconnect_passwd_on_stdin_pipe", "$ echo \"{V}\" | sudo openconnect --user=maya --passwd-on-stdin vpn.example.net\n"),
    ("vncpasswd_f_stdin_pipe", "$ echo {V} | vncpasswd -f > ~/.vnc/passwd\n"),
    ("wpa_cli_set_network_psk_quoted", "$ wpa_cli -i wlan0 set_network 1 psk '\"{V}\"'\nOK\n"),
    ("adb_wifi_connect_network_fourth", "$ adb shell cmd wifi connect-network StudioB wpa2 {V}\n"),
    ("twine_upload_lower_p_flag", "$ twine upload -r internal -u __uploader__ -p {V} dist/*\n"),
    ("pdftk_input_pw_following_token", "$ pdftk contract_signed.pdf input_pw {V} output contract_open.pdf\n"),
    ("expect_send_after_prompt", "spawn scp mix.wav editor@nas:/in/\nexpect \"assword:\"\nsend \"{V}\\r\"\nexpect eof\n"),
    ("register_new_matrix_user_lower_p", "$ register_new_matrix_user -c homeserver.yaml -u studio-bot -p {V} --no-admin\n"),
    ("drush_upwd_second_positional", "$ drush upwd editor {V}\n [success] Changed password for editor.\n"),
    ("caddy_hash_password_plaintext_flag", "$ caddy hash-password --plaintext {V}\n$2a$14$...\n"),
    ("lighttpd_plain_userfile_line", "# /etc/lighttpd/lighttpd.user (auth.backend = \"plain\")\nproducer:{V}\n"),
    ("imap_login_command_third_token", "* OK IMAP4rev1 ready\na1 LOGIN bookings@example.net {V}\na1 OK LOGIN completed\n"),
    ("nickserv_identify_message_argument", "[21:04] -!- Irssi: Connected\n/msg NickServ IDENTIFY {V}\n-NickServ- You are now identified for djmaya.\n"),
    ("irc_oper_command_second_argument", "/oper maya {V}\n:irc.example.net 381 maya :You are now an IRC operator\n"),
    ("python_ftplib_constructor_third", "from ftplib import FTP\nftp = FTP(\"ftp.example.net\", \"uploader\", \"{V}\")\nftp.storbinary(\"STOR ep48.mp3\", open(\"ep48.mp3\", \"rb\"))\n"),
    ("paramiko_connect_fourth_positional", "client = paramiko.SSHClient()\nclient.connect(\"nas.studio.lan\", 22, \"editor\", \"{V}\")\n"),
    ("python_smtplib_login_second", "s = smtplib.SMTP_SSL(\"smtp.example.net\", 465)\ns.login(\"bookings@example.net\", \"{V}\")\n"),
    ("pymysql_connect_third_positional", "conn = pymysql.connect(\"db.example.net\", \"radio\", \"{V}\", \"playout\")\n"),
    ("php_mysqli_connect_third", "<?php\n$db = mysqli_connect('localhost', 'podcast', '{V}', 'episodes');\n"),
    ("php_ftp_login_third", "<?php\n$c = ftp_connect('ftp.example.net');\nftp_login($c, 'uploader', '{V}');\n"),
    ("php_pdo_constructor_third", "<?php\n$pdo = new PDO('pgsql:host=db;dbname=feeds', 'feeds', '{V}');\n"),
    ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"alerts@example.net\", \"{V}\", \"smtp.example.net\")\n"),
    ("go_ssh_password_auth_method_arg", "cfg := &ssh.ClientConfig{{\n    User: \"editor\",\n    Auth: []ssh.AuthMethod{{ssh.Password(\"{V}\")}},\n}}\n"),
    ("csharp_networkcredential_second", "var cred = new NetworkCredential(\"uploader\", \"{V}\");\nclient.Credentials = cred;\n"),
    ("rust_reqwest_basic_auth_some_second", "let res = client.get(url).basic_auth(\"admin\", Some(\"{V}\")).send().await?;\n"),
    ("ruby_net_ftp_login_second", "ftp = Net::FTP.new('ftp.example.net')\nftp.login('uploader', '{V}')\n"),
    ("jdbc_drivermanager_getconnection_third", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db/royalties\", \"royalty\", \"{V}\");\n"),
    ("powershell_convertto_securestring_first", "$sec = ConvertTo-SecureString \"{V}\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"studio\\\\render\", $sec)\n"),
    ("dscl_passwd_trailing_positional", "$ sudo dscl . -passwd /Users/guestengineer {V}\n"),
    ("security_add_generic_password_w", "$ security add-generic-password -a notarize -s AC_PASSWORD -w {V}\n"),
    ("security_unlock_keychain_lower_p", "$ security unlock-keychain -p {V} build.keychain\n"),
    ("altool_notarize_lower_p_app_password", "$ xcrun altool --notarize-app -f ShimmerVerb.pkg --primary-bundle-id com.northloop.shimmer -u dev@example.net -p {V}\n"),
    ("cmdkey_add_pass_colon", "C:\\> cmdkey /add:nas.studio.lan /user:studio\\render /pass:{V}\n"),
    ("net_user_add_second_positional", "C:\\> net user guestengineer {V} /add\n"),
    ("psexec_lower_p_flag", "C:\\> psexec \\\\render01 -u studio\\render -p {V} cmd /c reaper.exe -renderproject mix.rpp\n"),
    ("plink_pw_flag", "C:\\> plink -ssh editor@nas.studio.lan -pw {V} \"ls /Sessions\"\n"),
    ("xfreerdp_slash_p_colon", "$ xfreerdp /v:render01.studio.lan /u:render /p:{V} /sound:sys:pulse\n"),
    ("sqlplus_user_slash_password_at", "$ sqlplus royalty/{V}@//db.example.net:1521/ROY\n"),
    ("db2_connect_using_clause", "db2 => connect to ROYALTY user db2inst1 using {V}\n"),
    ("unixodbc_isql_third_positional", "$ isql -v PlayoutDSN playout {V}\n"),
    ("rabbitmqctl_add_user_second", "$ rabbitmqctl add_user transcoder {V}\n"),
    ("htpasswd_batch_third_positional", "$ htpasswd -b /etc/icecast2/admin.htpasswd producer {V}\n"),
    ("ejabberdctl_register_third", "$ ejabberdctl register studiobot chat.example.net {V}\n"),
    ("snmpwalk_c_community_string", "$ snmpwalk -v2c -c {V} 10.0.0.40 1.3.6.1.2.1.1\n"),
    ("ipsec_secrets_psk_quoted", "# /etc/ipsec.secrets\n%any studio-gw.example.net : PSK \"{V}\"\n"),
    ("rtmp_ingest_url_last_path_segment", "$ ffmpeg -re -i show.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/{V}\n"),
    ("s3fs_passwd_file_second_field", "$ cat ~/.passwd-s3fs\nAKB3EXAMPLEKEYID:{V}\n"),
    ("mongo_shell_db_auth_second", "> use playout\n> db.auth(\"playout\", \"{V}\")\n1\n"),
    ("rabbitmqctl_change_password_second", "$ rabbitmqctl change_password transcoder {V}\n"),
    ("neo4j_admin_set_initial_password_positional", "$ neo4j-admin dbms set-initial-password {V}\n"),
    ("smbpasswd_s_printf_twice", "$ printf '{V}\\n%s\\n' \"$P2\" | smbpasswd -s -a guestengineer\n"),
    ("pure_pw_useradd_echo_pair", "$ (echo {V}; echo \"$AGAIN\") | pure-pw useradd uploader -u ftpuser -d /srv/ftp/uploads -m\n"),
    ("ftpasswd_stdin_echo_pipe", "$ echo '{V}' | ftpasswd --passwd --name uploader --uid 2001 --home /srv/in --shell /bin/false --stdin\n"),
    ("openssl_passwd_six_positional", "$ sudo useradd -m -p \"$(openssl passwd -6 {V})\" guestengineer\n"),
    ("python_crypt_crypt_first_arg", "import crypt\nline = \"producer:\" + crypt.crypt(\"{V}\", crypt.mksalt(crypt.METHOD_SHA512))\n"),
    ("shoutcast_dj_colon_login_line", "C: dj_maya:{V}\\r\\n\nS: OK2\\r\\n\n"),
    ("anydesk_set_password_stdin_pipe", "$ echo {V} | sudo anydesk --set-password\n"),
    ("iwconfig_key_s_prefix", "$ sudo iwconfig wlan0 essid OldStudio key s:{V}\n"),
    ("networksetup_setairportnetwork_third", "$ networksetup -setairportnetwork en0 StudioB {V}\n"),
    ("hdiutil_attach_stdinpass_printf", "$ printf '%s' '{V}' | hdiutil attach -stdinpass Strings_Library_v3.dmg\n"),
    ("openssl_enc_lower_k_flag", "$ openssl enc -aes-256-cbc -d -in stems.tar.enc -out stems.tar -k {V}\n"),
    ("itmstransporter_lower_p_flag", "$ iTMSTransporter -m upload -u dev@example.net -p {V} -f podcast_app.itmsp\n"),
    ("cqlsh_lower_p_flag", "$ cqlsh analytics.example.net 9042 -u listens -p {V}\n"),
    ("kinit_stdin_echo_pipe", "$ echo '{V}' | kinit render@STUDIO.EXAMPLE.NET\n"),
    ("yt_dlp_lower_p_flag", "$ yt-dlp -u member@example.net -p {V} -x --audio-format flac https://video.example.net/live/48\n"),
    ("bitlbee_identify_command_argument", "<@root> Welcome to the BitlBee gateway!\n<maya> identify {V}\n<@root> Password accepted\n"),
    ("znc_quote_pass_user_colon", "/quote PASS maya/libera:{V}\n"),
    ("sipsak_lower_a_flag", "$ sipsak -U -C sip:maya@10.0.0.12 -s sip:maya@pbx.example.net -a {V}\n"),
]
GEN_KIND = {"rtmp_ingest_url_last_path_segment": "yt", "s3fs_passwd_file_second_field": "s3"}
SUFFIXES = ["studio_terminal_capture", "station_config_excerpt", "broadcast_network_capture", "plugin_tool_source_line", "render_farm_console"]


def generate(rng, used):
    g = Gen(rng, used)
    recs = []
    for i, (syn, tpl) in enumerate(SYNTAXES):
        k = GEN_KIND.get(syn)
        if k == "yt":
            v = g.uniq(lambda: "-".join(g.s("abcdefghijklmnopqrstuvwxyz0123456789", 4) for _ in range(5)))
        elif k == "s3":
            v = g.uniq(lambda: g.s(ALNUM + "+/", 40))
        else:
            v = g.password(seps="-_.")
        text = tpl.replace("{V}", M).replace("{{", "{").replace("}}", "}")
        s = text.index(M)
        text = text.replace(M, v)
        recs.append({"type": syn, "container": f"{syn}__{SUFFIXES[i % len(SUFFIXES)]}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": syn}], "source": "password"})
    return recs
