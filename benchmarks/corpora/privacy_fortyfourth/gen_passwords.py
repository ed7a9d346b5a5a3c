import random
from common import *

V = MARK
SH = "freelancer_terminal_paste"
CF = "agency_handover_config_excerpt"

# (type, presentation, body)  body has exactly one value marker
SYNTAXES = [
 ("icecast_xml_source_password_element", CF, "<authentication>\n    <source-password>" + V + "</source-password>\n    <admin-user>admin</admin-user>\n</authentication>"),
 ("icecast_xml_relay_password_element", CF, "<relay>\n    <server>origin.@H@</server>\n    <mount>/live</mount>\n    <relay-password>" + V + "</relay-password>\n</relay>"),
 ("liquidsoap_output_icecast_password_arg", CF, "output.icecast(%mp3(bitrate=128),\n  host=\"stream.@H@\", port=8000,\n  password=\"" + V + "\", mount=\"radio.mp3\", radio)"),
 ("darkice_cfg_server_password_key", CF, "[icecast2-0]\nbitrateMode = cbr\nformat = mp3\nserver = stream.@H@\nport = 8000\npassword = " + V + "\nmountPoint = studio"),
 ("shoutcast_sc_serv_conf_password_line", CF, "portbase=8000\nmaxuser=250\npassword=" + V + "\nlogfile=logs/sc_serv.log"),
 ("shoutcast_sc_serv_adminpassword_line", CF, "streamid_1=1\nstreampath_1=/live\nadminpassword=" + V + "\npublicserver=never"),
 ("ezstream_xml_server_password_element", CF, "<ezstream>\n  <servers><server><hostname>stream.@H@</hostname><password>" + V + "</password></server></servers>\n</ezstream>"),
 ("butt_rc_server_password_key", CF, "[studio-icecast]\naddress = stream.@H@\nport = 8000\npassword = " + V + "\ntype = 1\nmount = live"),
 ("mediamtx_yml_publish_pass_key", CF, "paths:\n  all:\n    publishUser: encoder\n    publishPass: " + V + "\n    readUser: viewer"),
 ("srt_url_passphrase_query", SH, "ffmpeg -re -i program.mov -c copy -f mpegts 'srt://ingest.@H@:9000?mode=caller&passphrase=" + V + "&pbkeylen=16'"),
 ("ffmpeg_rtmp_url_userinfo_password", SH, "ffmpeg -re -i promo.mp4 -c:v libx264 -f flv rtmp://publisher:" + V + "@live.@H@/app/stream"),
 ("obs_websocket_json_server_password", CF, "{\n  \"alerts_enabled\": false,\n  \"auth_required\": true,\n  \"server_enabled\": true,\n  \"server_password\": \"" + V + "\",\n  \"server_port\": 4455\n}"),
 ("vlc_http_password_flag", SH, "vlc --intf http --http-host 0.0.0.0 --http-password " + V + " playlist.m3u"),
 ("vlc_telnet_password_flag", SH, "cvlc --intf telnet --telnet-password=" + V + " --telnet-port 4212"),
 ("mpd_conf_password_at_permissions", CF, "bind_to_address \"0.0.0.0\"\nport \"6600\"\npassword \"" + V + "@read,add,control,admin\""),
 ("mpc_host_env_password_prefix", SH, "MPD_HOST='" + V + "@jukebox.@H@' mpc play"),
 ("mopidy_conf_spotify_password_key", CF, "[spotify]\nenabled = true\nusername = studio.music\npassword = " + V + "\nbitrate = 320"),
 ("wowza_publish_password_file_line", CF, "# Publish.password – username password\nencoder01 " + V),
 ("wp_cli_user_create_user_pass_flag", SH, "wp user create editor2 editor2@@H@ --role=editor --user_pass=" + V),
 ("wp_cli_user_update_user_pass_flag", SH, "wp user update 1 --user_pass=" + V + " --skip-email"),
 ("wp_cli_core_install_admin_password", SH, "wp core install --url=https://@H@ --title=\"@C@\" --admin_user=agency --admin_password=" + V + " --admin_email=web@@H@"),
 ("wp_cli_config_create_dbpass", SH, "wp config create --dbname=wp_live --dbuser=wp_live --dbpass=" + V + " --dbhost=localhost"),
 ("wp_cli_post_password_field", SH, "wp post update 4821 --post_password=" + V),
 ("wp_config_db_password_define", CF, "define( 'DB_NAME', 'wp_live' );\ndefine( 'DB_USER', 'wp_live' );\ndefine( 'DB_PASSWORD', '" + V + "' );\ndefine( 'DB_HOST', 'localhost' );"),
 ("drush_user_password_positional", SH, "drush user:password editor \"" + V + "\""),
 ("drush_site_install_account_pass", SH, "drush site:install standard --account-name=admin --account-pass=" + V + " -y"),
 ("drupal_settings_php_databases_password", CF, "$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '" + V + "',\n  'host' => 'localhost',\n];"),
 ("joomla_configuration_php_public_password", CF, "class JConfig {\n\tpublic $user = 'joomla_site';\n\tpublic $password = '" + V + "';\n\tpublic $db = 'joomla_site';\n}"),
 ("typo3_settings_php_connection_password", CF, "'DB' => [\n    'Connections' => [\n        'Default' => [\n            'password' => '" + V + "',\n            'user' => 'typo3',\n        ],\n    ],\n],"),
 ("craft_install_password_option", SH, "php craft install --username=admin --email=web@@H@ --password=" + V + " --site-name=\"@C@\""),
 ("ghost_cli_install_dbpass_flag", SH, "ghost install --url https://@H@ --db mysql --dbhost localhost --dbuser ghost --dbpass " + V + " --dbname ghost_prod"),
 ("ghost_docker_env_db_connection_password", CF, "environment:\n  database__client: mysql\n  database__connection__host: db\n  database__connection__password: " + V),
 ("directus_env_admin_password", CF, "KEY=\"directus-site\"\nADMIN_EMAIL=\"web@@H@\"\nADMIN_PASSWORD=\"" + V + "\""),
 ("listmonk_config_toml_admin_password", CF, "[app]\naddress = \"0.0.0.0:9000\"\nadmin_username = \"listadmin\"\nadmin_password = \"" + V + "\""),
 ("mautic_local_php_mailer_password", CF, "$parameters = array(\n    'mailer_user' => 'news@@H@',\n    'mailer_password' => '" + V + "',\n    'mailer_port' => '587',\n);"),
 ("sendy_config_php_dbpass_variable", CF, "$dbHost = 'localhost';\n$dbUser = 'sendy';\n$dbPass = '" + V + "';\n$dbName = 'sendy';"),
 ("phplist_config_database_password_var", CF, "$database_host = 'localhost';\n$database_user = 'phplist';\n$database_password = '" + V + "';"),
 ("matomo_config_ini_database_password", CF, "[database]\nhost = \"127.0.0.1\"\nusername = \"matomo\"\npassword = \"" + V + "\"\ndbname = \"matomo\""),
 ("composer_config_http_basic_positional", SH, "composer config http-basic.repo.@H@ agency-ci " + V),
 ("lftp_open_u_user_comma_password", SH, "lftp -e 'mirror -R dist /public_html; bye' -u deploy," + V + " ftp.@H@"),
 ("ncftpput_p_flag", SH, "ncftpput -R -u webmaster -p " + V + " ftp.@H@ /htdocs ./build/*"),
 ("curl_ftp_upload_user_colon", SH, "curl -T banner_final.zip -u printshop:" + V + " ftp://upload.@H@/incoming/"),
 ("wget_ftp_password_equals", SH, "wget --ftp-user=archive --ftp-password=" + V + " -r ftp://media.@H@/raw/"),
 ("winscp_script_open_ftps_url", CF, "option batch abort\nopen ftpes://webdev:" + V + "@ftp.@H@/\nput C:\\exports\\*.mp4 /videos/\nexit"),
 ("smbclient_u_user_percent_password", SH, "smbclient //nas.@H@/footage -U editor%" + V + " -c 'ls'"),
 ("mount_cifs_password_option", SH, "sudo mount -t cifs //nas.@H@/projects /mnt/projects -o username=editor,password=" + V + ",vers=3.0"),
 ("rsync_password_env_prefix", SH, "RSYNC_PASSWORD=" + V + " rsync -av renders/ backup@archive.@H@::renders"),
 ("rsyncd_secrets_user_colon_line", CF, "# /etc/rsyncd.secrets\nbackup:" + V),
 ("nextcloud_occ_oc_pass_env", SH, "export OC_PASS=" + V + "\nphp occ user:add --password-from-env --display-name=\"Freelancer\" freelancer2"),
 ("nextcloud_occ_mail_smtppassword_value", SH, "php occ config:system:set mail_smtppassword --value=" + V),
 ("davfs2_secrets_url_user_password_line", CF, "# /etc/davfs2/secrets\nhttps://cloud.@H@/remote.php/dav/files/studio studio " + V),
 ("synouser_add_positional_password", SH, "synouser --add intern2 " + V + " \"Summer intern\" 0 intern2@@H@ 0"),
 ("swaks_auth_password_flag", SH, "swaks --to test@@H@ --server smtp.@H@:587 --auth LOGIN --auth-user newsletter --auth-password " + V + " --tls"),
 ("msmtprc_password_line", CF, "account newsletter\nhost smtp.@H@\nport 587\nuser news@@H@\npassword " + V),
 ("muttrc_smtp_pass_set", CF, "set smtp_url = \"smtp://pr@@H@@smtp.@H@:587/\"\nset smtp_pass = \"" + V + "\""),
 ("sendemail_xp_flag", SH, "sendemail -f pr@@H@ -t client@@H@ -s smtp.@H@:587 -xu pr@@H@ -xp " + V + " -u 'Proofs' -m 'attached'"),
 ("mailx_smtp_auth_password_option", SH, "mailx -S smtp=smtp://smtp.@H@:587 -S smtp-auth=login -S smtp-auth-user=alerts -S smtp-auth-password=" + V + " -s 'render done' ops@@H@"),
 ("phpmailer_password_property", CF, "$mail->isSMTP();\n$mail->Host = 'smtp.@H@';\n$mail->Username = 'forms@@H@';\n$mail->Password = '" + V + "';"),
 ("nodemailer_transport_auth_pass", CF, "const transporter = nodemailer.createTransport({\n  host: 'smtp.@H@', port: 587,\n  auth: { user: 'hello@@H@', pass: '" + V + "' },\n});"),
 ("django_email_host_password_setting", CF, "EMAIL_HOST = 'smtp.@H@'\nEMAIL_HOST_USER = 'site@@H@'\nEMAIL_HOST_PASSWORD = '" + V + "'"),
 ("laravel_env_mail_password", CF, "MAIL_MAILER=smtp\nMAIL_HOST=smtp.@H@\nMAIL_USERNAME=site\nMAIL_PASSWORD=" + V),
 ("rails_action_mailer_smtp_password", CF, "config.action_mailer.smtp_settings = {\n  address: 'smtp.@H@',\n  user_name: 'site',\n  password: '" + V + "'\n}"),
 ("postfix_sasl_passwd_map_line", CF, "# /etc/postfix/sasl_passwd\n[smtp.@H@]:587 relay@@H@:" + V),
 ("ssmtp_conf_authpass_line", CF, "root=ops@@H@\nmailhub=smtp.@H@:587\nAuthUser=ops@@H@\nAuthPass=" + V + "\nUseSTARTTLS=YES"),
 ("exim_passwd_client_three_fields", CF, "# /etc/exim4/passwd.client\nsmtp.@H@:relay:" + V),
 ("htpasswd_batch_positional_password", SH, "htpasswd -b /etc/apache2/.htpasswd clientpreview " + V),
 ("apache_authldapbindpassword_directive", CF, "<Location /proofs>\n  AuthLDAPBindDN \"cn=web,dc=studio,dc=example\"\n  AuthLDAPBindPassword \"" + V + "\"\n</Location>"),
 ("mariadb_set_password_for_function", SH, "MariaDB [(none)]> SET PASSWORD FOR 'wp_live'@'localhost' = PASSWORD('" + V + "');"),
 ("minio_root_password_env_line", CF, "MINIO_ROOT_USER=mediaadmin\nMINIO_ROOT_PASSWORD=" + V + "\nMINIO_VOLUMES=/mnt/footage"),
 ("mysqldump_short_p_attached", SH, "mysqldump -u wp_live -p" + V + " wp_live > wp_live_@D@.sql"),
 ("my_cnf_client_password_line", CF, "[client]\nuser = backup\npassword = " + V + "\nhost = localhost"),
 ("netrc_machine_password_token", CF, "machine ftp.@H@ login webmaster password " + V),
 ("pgpass_file_fifth_field", CF, "# ~/.pgpass\npg.@H@:5432:content:cms_app:" + V),
 ("mongodump_password_flag", SH, "mongodump --host db.@H@ --username analytics --password " + V + " --db campaigns --out dump/"),
 ("redis_cli_a_flag", SH, "redis-cli -h cache.@H@ -a " + V + " FLUSHDB"),
 ("redis_protocol_auth_two_args", SH, "127.0.0.1:6379> AUTH cacheuser " + V + "\nOK"),
 ("imap_tagged_login_command_line", SH, "* OK IMAP4rev1 ready\na001 LOGIN press@@H@ " + V + "\na001 OK LOGIN completed"),
 ("pop3_session_pass_command", SH, "+OK POP3 ready\nUSER info@@H@\n+OK\nPASS " + V + "\n+OK mailbox has 12 messages"),
 ("ftp_control_channel_pass_verb", SH, "220 ProFTPD Server ready\nUSER uploads\n331 Password required for uploads\nPASS " + V + "\n230 User uploads logged in"),
 ("twitch_irc_pass_oauth_line", SH, "PASS oauth:" + V + "\nNICK studio_bot\nJOIN #@P@_live"),
 ("nickserv_identify_message", SH, "/msg NickServ IDENTIFY " + V),
 ("zip_capital_p_flag", SH, "zip -r -P " + V + " client_rawfiles.zip RAW/"),
 ("seven_zip_p_attached", SH, "7z a -p" + V + " -mhe=on wedding_selects.7z selects/"),
 ("rar_hp_attached", SH, "rar a -hp" + V + " masters.rar Masters/"),
 ("qpdf_encrypt_user_password_positional", SH, "qpdf --encrypt " + V + " owner-proof-lock 256 -- contract.pdf contract_locked.pdf"),
 ("openssl_enc_pass_pass_prefix", SH, "openssl enc -aes-256-cbc -pbkdf2 -in footage_list.csv -out footage_list.enc -pass pass:" + V),
 ("openssl_pkcs12_passout_pass_prefix", SH, "openssl pkcs12 -export -in studio.crt -inkey studio.key -out studio.p12 -passout pass:" + V),
 ("rclone_config_create_pass_keyword", SH, "rclone config create clientftp ftp host ftp.@H@ user deliveries pass " + V),
 ("ssh_keygen_capital_n_flag", SH, "ssh-keygen -t ed25519 -f ~/.ssh/deploy_site -N '" + V + "' -C deploy"),
 ("docker_login_p_flag", SH, "docker login registry.@H@ -u ci -p " + V),
 ("helm_repo_add_password_flag", SH, "helm repo add studio https://charts.@H@ --username ci --password " + V),
 ("puppeteer_page_authenticate_password", CF, "await page.authenticate({ username: 'preview', password: '" + V + "' });\nawait page.goto('https://staging.@H@');"),
 ("playwright_http_credentials_password", CF, "const context = await browser.newContext({\n  httpCredentials: { username: 'preview', password: '" + V + "' },\n});"),
 ("php_ftp_login_third_argument", CF, "$conn = ftp_connect('ftp.@H@');\nftp_login($conn, 'webmaster', '" + V + "');"),
 ("php_mysqli_connect_third_argument", CF, "$db = mysqli_connect('localhost', 'shop', '" + V + "', 'shop');"),
 ("php_pdo_constructor_third_argument", CF, "$pdo = new PDO('mysql:host=localhost;dbname=events', 'events', '" + V + "');"),
 ("basic_ftp_access_password_field", CF, "await client.access({ host: 'ftp.@H@', user: 'deploy', password: '" + V + "', secure: true });"),
 ("instaloader_login_second_positional", CF, "L = instaloader.Instaloader()\nL.login('@P@_studio', '" + V + "')"),
 ("instagrapi_client_login_second_positional", CF, "cl = Client()\ncl.login('brand_account', '" + V + "')"),
 ("praw_reddit_password_kwarg", CF, "reddit = praw.Reddit(client_id='moderation-bot', username='brand_mod', password='" + V + "', user_agent='mod/0.1')"),
 ("yt_dlp_video_password_flag", SH, "yt-dlp --video-password " + V + " https://vimeo.com/@N@12345"),
 ("gallery_dl_p_flag", SH, "gallery-dl -u portfolio_owner -p " + V + " https://www.deviantart.com/portfolio_owner/gallery"),
 ("megacmd_login_positional_password", SH, "mega-login footage@@H@ " + V),
 ("piwigo_session_login_form_password", SH, "curl -X POST 'https://photos.@H@/ws.php?format=json' -d method=pwg.session.login -d username=admin -d password=" + V),
]


def generate(seed=4403):
    rng = random.Random(seed)
    out = []
    for typ, pres, body in SYNTAXES:
        value = password(rng).replace("!", "k").replace("#", "h").replace("%", "p").replace("*", "s").replace("?", "q").replace("~", "t").replace("=", "e").replace("+", "z")
        if pres == SH:
            user = rng.choice(["maren", "tobias", "edit-bay", "ops"])
            lines = body.split("\n")
            tpl = "Pasted from my terminal (@C@ job):\n" + user + "@studio-mac ~ % " + lines[0] + ("\n" + "\n".join(lines[1:]) if len(lines) > 1 else "")
        else:
            tpl = "Handover for @C@ – the current config, as asked by @Q@:\n---8<---\n" + body + "\n---8<---"
        text, start = fill(rng, tpl, value)
        out.append(rec(text, start, value, typ, typ + "__" + pres, "password"))
    return out
