"""Positional passwords: one new syntax each (hosting panels, CMS / shop configs, mail, POS / ERP, backups)."""
import random
from common import MARK as M, positive, human_pw, rs, ALNUM

P = [
 ('whmapi1_createacct_password_param', 'whmapi1 createacct username=kedai domain=kedai.example password=' + M + ' plan=basic'),
 ('uapi_email_add_pop_password_param', 'uapi --user=kedai Email add_pop email=orders password=' + M + ' domain=kedai.example quota=500'),
 ('uapi_mysql_create_user_password_param', 'uapi --user=kedai Mysql create_user name=kedai_shop password=' + M),
 ('uapi_ftp_add_ftp_pass_param', 'uapi --user=kedai Ftp add_ftp user=designer pass=' + M + ' quota=0'),
 ('plesk_bin_customer_create_passwd_flag', 'plesk bin customer --create tui -name "Tui Malo" -login tui -passwd "' + M + '" -email tui@fale.example'),
 ('plesk_bin_mail_create_passwd_flag', 'plesk bin mail --create info@fale.example -mailbox true -passwd "' + M + '"'),
 ('directadmin_cmd_api_passwd_query', 'curl "https://da.host.example:2222/CMD_API_POP?action=create&domain=shop.example&user=sales&passwd=' + M + '&quota=0"'),
 ('virtualmin_create_domain_pass_flag', 'virtualmin create-domain --domain batik.example --pass \'' + M + '\' --default-features'),
 ('ispconfig_remote_soap_login_second_arg', "$session_id = $client->login('remote_admin', '" + M + "');"),
 ('wp_config_db_password_define_line', "define( 'DB_PASSWORD', '" + M + "' );"),
 ('wp_config_ftp_pass_define_line', "define( 'FTP_PASS', '" + M + "' );"),
 ('wp_mail_smtp_wpms_smtp_pass_define', "define( 'WPMS_SMTP_PASS', '" + M + "' );"),
 ('joomla_configuration_public_password_var', "\tpublic $password = '" + M + "';"),
 ('drupal_settings_databases_password_entry', "$databases['default']['default'] = ['driver' => 'mysql', 'username' => 'drupal', 'password' => '" + M + "', 'host' => 'localhost'];"),
 ('prestashop_parameters_database_password_entry', "    'database_password' => '" + M + "',"),
 ('magento_env_php_db_connection_password', "'db' => ['connection' => ['default' => ['host' => 'localhost', 'username' => 'magento', 'password' => '" + M + "']]],"),
 ('laravel_env_db_password_assignment', 'DB_USERNAME=shop\nDB_PASSWORD=' + M),
 ('shopware_env_database_url_userinfo', 'DATABASE_URL=mysql://shopware:' + M + '@127.0.0.1:3306/shopware'),
 ('wc_cli_customer_create_password_flag', 'wp wc customer create --email=sione@example.com --username=sione --password=\'' + M + '\' --user=1'),
 ('ncftpput_short_p_flag', 'ncftpput -u designer -p \'' + M + '\' ftp.host.example /public_html banner.jpg'),
 ('filezilla_sitemanager_pass_element', '<Server><Host>ftp.host.example</Host><User>kedai</User><Pass>' + M + '</Pass></Server>'),
 ('winscp_open_sftp_url_userinfo', 'winscp.com /command "open sftp://kedai:' + M + '@files.host.example/" "put index.html" "exit"'),
 ('curlftpfs_user_option_colon', 'curlftpfs -o user=kedai:' + M + ' ftp.host.example /mnt/site'),
 ('sshpass_e_env_variable', 'SSHPASS=\'' + M + '\' sshpass -e sftp kedai@host.example'),
 ('mysqldump_attached_short_p', 'mysqldump -ukedai -p' + M + ' kedai_shop > backup.sql'),
 ('my_cnf_client_section_password', '[client]\nuser=kedai\npassword=' + M),
 ('phpmyadmin_cfg_servers_password', "$cfg['Servers'][$i]['password'] = '" + M + "';"),
 ('php_pg_connect_password_keyword', '$db = pg_connect("host=localhost dbname=booking user=booking password=' + M + '");'),
 ('php_mysqli_constructor_third_arg', "$conn = new mysqli('localhost', 'shop', '" + M + "', 'shop_db');"),
 ('php_pdo_constructor_third_arg', "$pdo = new PDO('mysql:host=localhost;dbname=pos', 'pos', '" + M + "');"),
 ('phpmailer_password_property', "$mail->Username = 'orders@kedai.example';\n$mail->Password = '" + M + "';"),
 ('symfony_mailer_dsn_userinfo', 'MAILER_DSN=smtp://orders%40kedai.example:' + M + '@mail.kedai.example:587'),
 ('nodemailer_auth_pass_field', "auth: { user: 'orders@kedai.example', pass: '" + M + "' },"),
 ('django_email_host_password_setting', "EMAIL_HOST_PASSWORD = '" + M + "'"),
 ('rails_smtp_settings_password_key', "config.action_mailer.smtp_settings = { user_name: 'orders', password: '" + M + "', port: 587 }"),
 ('postfix_sasl_passwd_map_line', '[smtp.provider.example]:587 orders@kedai.example:' + M),
 ('exim_passwd_client_third_field', '*.provider.example:orders@kedai.example:' + M),
 ('dovecot_passwd_file_plain_scheme', 'sales@kedai.example:{PLAIN}' + M + '::::::'),
 ('doveadm_pw_short_p_flag', 'doveadm pw -s SHA512-CRYPT -p \'' + M + '\''),
 ('imapsync_password1_flag', 'imapsync --host1 old.host.example --user1 info@kedai.example --password1 \'' + M + '\' --host2 new.host.example --user2 info@kedai.example --passfile2 /root/p2'),
 ('offlineimaprc_remotepass_line', '[Repository Remote]\nremoteuser = info@kedai.example\nremotepass = ' + M),
 ('mbsyncrc_pass_line', 'IMAPAccount shop\nHost imap.kedai.example\nUser info@kedai.example\nPass ' + M),
 ('sendemail_xp_flag', 'sendemail -f orders@kedai.example -t owner@kedai.example -s mail.kedai.example:587 -xu orders@kedai.example -xp \'' + M + '\' -m "daily sales"'),
 ('swaks_auth_password_flag', 'swaks --to owner@kedai.example --server mail.kedai.example --auth LOGIN --auth-user orders --auth-password \'' + M + '\''),
 ('mailx_smtp_auth_password_variable', 'mailx -S smtp=smtp://mail.kedai.example:587 -S smtp-auth=login -S smtp-auth-user=orders -S smtp-auth-password=\'' + M + '\' owner@kedai.example'),
 ('blat_pw_flag', 'blat report.txt -to owner@kedai.example -server mail.kedai.example -u orders -pw ' + M),
 ('odoo_conf_admin_passwd_line', '[options]\nadmin_passwd = ' + M + '\ndb_host = localhost'),
 ('odoo_bin_db_password_flag', 'odoo-bin -d shop --db_user=odoo --db_password=\'' + M + '\''),
 ('bench_new_site_admin_password_flag', 'bench new-site pos.kedai.example --admin-password \'' + M + '\''),
 ('bench_mariadb_root_password_flag', 'bench new-site books.kedai.example --mariadb-root-password \'' + M + '\' --install-app erpnext'),
 ('dolibarr_conf_main_db_pass_variable', "$dolibarr_main_db_pass='" + M + "';"),
 ('akaunting_install_admin_password_flag', 'php artisan install --db-name=akaunting --db-username=ak --admin-email=owner@kedai.example --admin-password=\'' + M + '\''),
 ('codeigniter_db_default_password_entry', "$db['default']['password'] = '" + M + "';"),
 ('easyappointments_config_db_password_const', "    const DB_PASSWORD = '" + M + "';"),
 ('mautic_local_php_db_password_entry', "  'db_password' => '" + M + "',"),
 ('listmonk_toml_db_password', '[db]\nhost = "localhost"\nuser = "listmonk"\npassword = "' + M + '"'),
 ('listmonk_admin_password_env_line', 'LISTMONK_ADMIN_USER=owner\nLISTMONK_ADMIN_PASSWORD=' + M),
 ('phplist_config_database_password_variable', "$database_password = '" + M + "';"),
 ('sendy_config_dbpass_variable', "$dbPass = '" + M + "'; //MySQL password"),
 ('ghost_config_json_database_password', '"database": {"client": "mysql", "connection": {"user": "ghost", "password": "' + M + '", "database": "ghost_prod"}}'),
 ('occ_maintenance_install_admin_pass_flag', 'sudo -u www-data php occ maintenance:install --admin-user owner --admin-pass \'' + M + '\''),
 ('chpasswd_user_colon_echo_pipe', "echo 'cashier:" + M + "' | chpasswd"),
 ('usermod_p_openssl_passwd_subshell', 'usermod -p "$(openssl passwd -1 \'' + M + '\')" cashier'),
 ('windows_net_user_add_password_positional', 'net user frontdesk ' + M + ' /add'),
 ('windows_net_use_map_drive_password_positional', 'net use Z: \\\\nas\\invoices ' + M + ' /user:office'),
 ('cmdkey_add_pass_colon_flag', 'cmdkey /add:pos-server /user:manager /pass:' + M),
 ('psexec_short_p_flag', 'psexec \\\\till-02 -u manager -p ' + M + ' ipconfig'),
 ('rdesktop_short_p_flag', 'rdesktop -u manager -p \'' + M + '\' backoffice.local'),
 ('xfreerdp_p_colon_flag', 'xfreerdp /u:manager /p:\'' + M + '\' /v:backoffice.local'),
 ('smbclient_u_user_percent_password', 'smbclient //nas/receipts -U office%' + M),
 ('mariadb_create_user_identified_by_clause', "CREATE USER 'pos'@'%' IDENTIFIED BY '" + M + "';"),
 ('sqlserver_sp_addlogin_second_arg', "EXEC sp_addlogin 'booking', '" + M + "';"),
 ('oracle_alter_user_identified_by_clause', 'ALTER USER shop IDENTIFIED BY "' + M + '";'),
 ('mongodb_createuser_pwd_field', "db.createUser({user: 'shop', pwd: '" + M + "', roles: ['readWrite']})"),
 ('redis_conf_requirepass_directive', 'bind 127.0.0.1\nrequirepass ' + M),
 ('redis_cli_short_a_flag', 'redis-cli -h 127.0.0.1 -a \'' + M + '\' INFO'),
 ('wordpress_xmlrpc_getposts_password_arg', "posts = server.wp.getPosts(1, 'admin', '" + M + "')"),
 ('odoo_xmlrpc_authenticate_third_arg', "uid = common.authenticate('shop', 'admin@kedai.example', '" + M + "', {})"),
 ('erpnext_api_method_login_pwd_field', 'POST /api/method/login\n{"usr": "owner@kedai.example", "pwd": "' + M + '"}'),
 ('magento_admin_token_request_password_field', 'POST /rest/V1/integration/admin/token\n{"username": "admin", "password": "' + M + '"}'),
 ('oauth_password_grant_form_field', 'grant_type=password&client_id=administration&username=admin&password=' + M),
 ('git_remote_set_url_userinfo_password', 'git remote set-url origin https://agency:' + M + '@git.agency.example/clients/kedai-theme.git'),
 ('composer_auth_json_http_basic_password', '{"http-basic": {"repo.magento.com": {"username": "f3c1e0d9a2b84c57", "password": "' + M + '"}}}'),
 ('duplicity_ftp_password_env_prefix', 'FTP_PASSWORD=\'' + M + '\' duplicity /var/www ftp://backup@ftp.host.example/site'),
 ('restic_password_env_prefix', 'RESTIC_PASSWORD=\'' + M + '\' restic -r /mnt/usb/shop backup /var/www'),
 ('borg_passphrase_env_prefix', 'BORG_PASSPHRASE=\'' + M + '\' borg create /mnt/nas/borg::shop-{now} /var/www'),
 ('heidisql_command_line_p_flag', 'heidisql.exe -h=127.0.0.1 -u=shop -p=' + M + ' -P=3306'),
 ('openvpn_auth_user_pass_file_second_line', '# /etc/openvpn/office.auth\nofficevpn\n' + M),
 ('ipsec_secrets_psk_quoted', '203.0.113.10 %any : PSK "' + M + '"'),
 ('plink_pw_flag', 'plink -ssh -pw ' + M + ' kedai@host.example "php artisan queue:restart"'),
 ('pscp_pw_flag', 'pscp -pw ' + M + ' invoice.pdf kedai@host.example:/home/kedai/'),
 ('duck_cli_password_flag', 'duck --username kedai --password \'' + M + '\' --upload sftp://host.example/public_html/ ./dist'),
 ('mega_login_second_positional', 'mega-login owner@kedai.example \'' + M + '\''),
 ('wget_ftp_user_url_userinfo', 'wget -m ftp://kedai:' + M + '@ftp.host.example/public_html/'),
 ('lighttpd_plain_userfile_line', 'staff:' + M),
 ('proftpd_ftpasswd_stdin_echo', "echo '" + M + "' | ftpasswd --passwd --name=designer --uid=1001 --home=/var/www --shell=/bin/false --stdin"),
 ('unicenta_db_password_property', 'db.user=pos\ndb.password=' + M),
 ('nginx_proxy_basic_auth_header_printf', 'printf "staff:%s" \'' + M + '\' | base64'),
 ('mysql_shell_uri_userinfo_password', 'mysqlsh --uri booking:' + M + '@localhost:33060'),
 ('krb_kinit_password_echo_pipe', "echo '" + M + "' | kinit frontdesk@OFFICE.LOCAL"),
 ('expect_send_password_line', 'expect "password:"\nsend "' + M + '\\r"'),
]
SUFFIXES = ['hosting_support_ticket_quote', 'agency_handover_code_block']


def present(suffix, body, i):
    if suffix == 'hosting_support_ticket_quote':
        return ('Ticket #%d – customer wrote:\n> I ran this and it still fails:\n> ' % (48000 + i)) + body.replace('\n', '\n> ') + '\n'
    return 'Handover – step %d (run as the site owner):\n```\n%s\n```\n' % (i % 9 + 1, body)


def safe(pw):
    """Keep values literal in URLs, colon files and double-quoted shell words."""
    return ''.join('!' if c in '@#%?&$' else c for c in pw).replace('!', '.') if True else pw


def generate(pool):
    r = random.Random(5103)
    out = []
    for i, (t, body) in enumerate(P):
        suf = SUFFIXES[i % 2]
        v = pool.take(lambda: safe(human_pw(r)) if r.random() < 0.5 else rs(r, ALNUM, r.randrange(12, 21)))
        out.append(positive('%s__%s' % (t, suf), present(suf, body, i), [(v, t)], 'password'))
    return out
