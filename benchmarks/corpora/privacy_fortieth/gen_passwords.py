import random
from common import password, place
C, F = 'cmd', 'cfg'
P = [
 ('mongodump_password_long_option', C, 'mongodump --host rs0/mongo1.internal.example --username backup --password «V» --out /srv/dump'),
 ('neo4j_admin_set_initial_password_positional', C, 'neo4j-admin dbms set-initial-password «V»'),
 ('cypher_shell_lowercase_p_option', C, 'cypher-shell -a neo4j://graph.internal.example -u neo4j -p «V»'),
 ('cockroach_sql_url_userinfo', C, 'cockroach sql --url "postgresql://maxroach:«V»@crdb.internal.example:26257/bank?sslmode=verify-full"'),
 ('freetds_tsql_capital_p_option', C, 'tsql -S mssql01 -U sa -P «V»'),
 ('oracle_impdp_user_slash_password', C, 'impdp system/«V»@ORCLPDB1 directory=DATA_PUMP_DIR dumpfile=hr.dmp'),
 ('rman_target_user_slash_password', C, 'rman target sys/«V»@prod catalog rcat/@rcatdb'),
 ('sqlcipher_pragma_key_statement', F, "sqlite> PRAGMA key = '«V»';\nsqlite> SELECT count(*) FROM sqlite_master;"),
 ('valkey_cli_pass_long_option', C, 'valkey-cli -h valkey.internal.example --user app --pass «V» PING'),
 ('kafka_jaas_config_password_attr', F, 'sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ingest" password="«V»";'),
 ('nats_cli_password_flag', C, 'nats --server nats://nats.internal.example:4222 --user orders --password «V» sub "orders.>"'),
 ('mosquitto_pub_capital_p_option', C, 'mosquitto_pub -h broker.internal.example -u sensor07 -P «V» -t greenhouse/temp -m 21.4'),
 ('mosquitto_passwd_batch_positional', C, 'mosquitto_passwd -b /etc/mosquitto/passwd sensor07 «V»'),
 ('htpasswd_batch_mode_positional', C, 'htpasswd -bB /etc/nginx/.htpasswd grafana «V»'),
 ('curl_user_option_colon_password', C, 'curl -u deploy:«V» https://nexus.internal.example/service/rest/v1/status'),
 ('httpie_auth_option_colon', C, 'http -a ops:«V» GET https://registry.internal.example/v2/_catalog'),
 ('aria2c_http_passwd_option', C, 'aria2c --http-user=mirror --http-passwd=«V» https://files.internal.example/iso/debian.iso'),
 ('svn_checkout_password_option', C, 'svn checkout https://svn.internal.example/repos/cad --username drafting --password «V» --non-interactive'),
 ('mercurial_clone_url_userinfo', C, 'hg clone https://builder:«V»@hg.internal.example/firmware'),
 ('skopeo_dest_creds_colon', C, 'skopeo copy docker://alpine:3.20 docker://registry.internal.example/base/alpine:3.20 --dest-creds robot:«V»'),
 ('crane_auth_login_lowercase_p', C, 'crane auth login registry.internal.example -u ci -p «V»'),
 ('helm_repo_add_password_option', C, 'helm repo add internal https://charts.internal.example --username ci --password «V»'),
 ('argocd_login_password_option', C, 'argocd login argocd.internal.example --username admin --password «V» --grpc-web'),
 ('kubectl_create_secret_from_literal_password', C, 'kubectl create secret generic pg-auth --from-literal=username=app --from-literal=password=«V»'),
 ('openshift_oc_login_lowercase_p', C, 'oc login https://api.ocp.internal.example:6443 -u developer -p «V»'),
 ('minio_mc_alias_set_positional_secret', C, 'mc alias set backup https://minio.internal.example backupsvc «V»'),
 ('rclone_obscure_positional', C, 'rclone obscure «V»'),
 ('restic_password_env_prefix', C, 'RESTIC_PASSWORD=«V» restic -r sftp:nas:/restic backup /home'),
 ('openssl_rsa_passin_pass_prefix', C, 'openssl rsa -in server.key.enc -out server.key -passin pass:«V»'),
 ('ssh_keygen_new_passphrase_n_option', C, 'ssh-keygen -t ed25519 -f ~/.ssh/deploy_ed25519 -N «V» -C deploy@ci'),
 ('gpg_preset_passphrase_capital_p', C, '/usr/lib/gnupg/gpg-preset-passphrase --preset -P «V» 7D1E6C3B4A2F9E8D'),
 ('keepassxc_cli_stdin_echo', C, 'echo «V» | keepassxc-cli show -q team.kdbx "Infra/Router"'),
 ('rar_glued_p_switch', C, 'rar a -p«V» payroll_2024.rar payroll/'),
 ('pdfcpu_encrypt_upw_option', C, 'pdfcpu encrypt -upw «V» -opw owner-only contract.pdf'),
 ('mutool_draw_lowercase_p_option', C, 'mutool draw -p «V» -o page%d.png statement.pdf 1-3'),
 ('jvm_keystore_password_system_property', C, 'java -Djavax.net.ssl.keyStore=/etc/app/ks.p12 -Djavax.net.ssl.keyStorePassword=«V» -jar gateway.jar'),
 ('keytool_keypass_option', C, 'keytool -genkeypair -alias release -keystore release.jks -keypass «V» -dname "CN=Release"'),
 ('apksigner_ks_pass_pass_prefix', C, 'apksigner sign --ks release.jks --ks-key-alias upload --ks-pass pass:«V» app-release.apk'),
 ('gradle_injected_signing_store_password', C, './gradlew assembleRelease -Pandroid.injected.signing.store.file=upload.jks -Pandroid.injected.signing.store.password=«V»'),
 ('xcrun_altool_password_option', C, 'xcrun altool --upload-app -f Field.ipa -t ios -u release@example.org --password «V»'),
 ('dotnet_nuget_add_source_password_option', C, 'dotnet nuget add source https://nuget.internal.example/v3/index.json -n internal -u ci -p «V» --store-password-in-clear-text'),
 ('yarn_npm_auth_ident_colon', C, 'yarn config set npmAuthIdent "ci-bot:«V»"'),
 ('pip_index_url_userinfo', C, 'pip install --index-url https://pypi-ro:«V»@pypi.internal.example/simple/ analytics-core'),
 ('poetry_http_basic_positional_password', C, 'poetry config http-basic.internal ci-reader «V»'),
 ('twine_upload_lowercase_p', C, 'twine upload --repository-url https://pypi.internal.example/ -u uploader -p «V» dist/*'),
 ('composer_http_basic_positional', C, 'composer config http-basic.repo.internal.example satis «V»'),
 ('sbt_credentials_fourth_argument', F, 'credentials += Credentials("Sonatype Nexus", "nexus.internal.example", "deployer", "«V»")'),
 ('git_credential_approve_password_line', C, 'printf "protocol=https\\nhost=git.internal.example\\nusername=ci\\npassword=«V»\\n" | git credential approve'),
 ('netrc_machine_password_token', F, 'machine ftp.internal.example login archive password «V»'),
 ('wpa_cli_set_network_psk_quoted', C, "wpa_cli -i wlan0 set_network 0 psk '\"«V»\"'"),
 ('iwctl_passphrase_option', C, 'iwctl --passphrase «V» station wlan0 connect Werkstatt-5G'),
 ('networksetup_airport_network_positional', C, 'networksetup -setairportnetwork en0 Praxis-Gast «V»'),
 ('netsh_hostednetwork_key_equals', C, 'netsh wlan set hostednetwork mode=allow ssid=Messe-Stand key=«V»'),
 ('routeros_user_add_password_param', C, '/user add name=monitor group=read password=«V»'),
 ('smbpasswd_stdin_echo_twice', C, '(echo «V»; echo «V») | smbpasswd -s -a scanner'),
 ('kinit_stdin_echo', C, 'echo «V» | kinit svc_backup@CORP.EXAMPLE'),
 ('slappasswd_s_option', C, 'slappasswd -h {SSHA} -s «V»'),
 ('invoke_sqlcmd_password_parameter', C, 'Invoke-Sqlcmd -ServerInstance sql02 -Database Payroll -Username report -Password "«V»" -Query "SELECT 1"'),
 ('connect_viserver_password_parameter', C, 'Connect-VIServer -Server vcsa.corp.example -User administrator@vsphere.local -Password "«V»"'),
 ('sysinternals_autologon_positional', C, 'Autologon64.exe kiosk FRONTDESK «V» /accepteula'),
 ('x11vnc_passwd_option', C, 'x11vnc -display :0 -forever -passwd «V»'),
 ('vncpasswd_f_herestring', C, 'vncpasswd -f <<< «V» > ~/.vnc/passwd'),
 ('expect_send_carriage_return_string', F, 'expect "assword:"\nsend "«V»\\r"\ninteract'),
 ('davfs2_secrets_third_field', F, '# /etc/davfs2/secrets\nhttps://dav.internal.example/remote.php/dav/files/scan scan «V»'),
 ('sshfs_password_stdin_echo', C, 'echo «V» | sshfs -o password_stdin media@nas.internal.example:/video /mnt/video'),
 ('curlftpfs_url_userinfo', C, 'curlftpfs ftp://press:«V»@ftp.internal.example/ /mnt/press'),
 ('ncftp_lowercase_p_option', C, 'ncftp -u upload -p «V» ftp.internal.example'),
 ('fetchmailrc_poll_password_keyword', F, 'poll imap.mail.example proto IMAP user "front.desk" password "«V»" is frontdesk here'),
 ('msmtprc_password_line', F, 'account office\nhost smtp.mail.example\nuser scanner@office.example\npassword «V»'),
 ('muttrc_smtp_pass_setting', F, 'set smtp_url = "smtps://news@mail.example@smtp.mail.example/"\nset smtp_pass = "«V»"'),
 ('swaks_auth_password_option', C, 'swaks --to test@mail.example --server smtp.mail.example:587 --auth LOGIN --auth-user alerts --auth-password «V» --tls'),
 ('offlineimaprc_remotepass_key', F, '[Repository Remote]\ntype = IMAP\nremoteuser = archive\nremotepass = «V»'),
 ('mbsyncrc_pass_line', F, 'IMAPAccount work\nHost imap.mail.example\nUser maren\nPass «V»'),
 ('irssi_connect_positional_password', C, '/connect irc.internal.example 6697 «V» ops-bot'),
 ('weechat_server_password_set', C, '/set irc.server.bouncer.password «V»'),
 ('openfortivpn_lowercase_p_option', C, 'openfortivpn vpn.corp.example:443 -u field.tech -p «V»'),
 ('vpnc_conf_xauth_password_line', F, 'IPSec gateway vpn.corp.example\nIPSec ID branch\nXauth username kiosk\nXauth password «V»'),
 ('swanctl_conf_eap_secret_entry', F, 'secrets {\n  eap-carol {\n    id = carol\n    secret = «V»\n  }\n}'),
 ('tinyproxy_basicauth_directive', F, 'Port 8888\nBasicAuth proxyuser «V»'),
 ('cntlm_conf_password_line', F, 'Username  jdoe\nDomain    CORP\nPassword  «V»\nProxy     10.0.0.41:8080'),
 ('haproxy_userlist_insecure_password', F, 'userlist stats_users\n    user admin insecure-password «V»'),
 ('jenkins_cli_auth_user_colon', C, 'java -jar jenkins-cli.jar -s https://ci.internal.example/ -auth admin:«V» safe-restart'),
 ('sonar_scanner_d_password_property', C, 'sonar-scanner -Dsonar.host.url=https://sonar.internal.example -Dsonar.login=admin -Dsonar.password=«V»'),
 ('wp_cli_user_pass_option', C, 'wp user create editor2 editor2@site.example --role=editor --user_pass=«V»'),
 ('drush_user_password_positional', C, 'drush user:password admin «V»'),
 ('django_superuser_password_env_prefix', C, 'DJANGO_SUPERUSER_PASSWORD=«V» python manage.py createsuperuser --noinput --username admin --email admin@site.example'),
 ('rails_runner_create_password_kwarg', C, 'bin/rails runner "User.create!(email: \'ops@site.example\', password: \'«V»\')"'),
 ('gitlab_rails_runner_password_assign', C, "gitlab-rails runner \"u = User.find_by_username('root'); u.password = '«V»'; u.save!\""),
 ('nextcloud_occ_oc_pass_env_prefix', C, 'OC_PASS=«V» php occ user:add --password-from-env --display-name="Scanner" scanner'),
 ('kcadm_config_credentials_password', C, 'kcadm.sh config credentials --server https://sso.internal.example --realm master --user admin --password «V»'),
 ('arangosh_server_password_option', C, 'arangosh --server.endpoint tcp://arango.internal.example:8529 --server.username root --server.password «V»'),
 ('influx_setup_password_option', C, 'influx setup --org farm --bucket sensors --username admin --password «V» --force'),
 ('grafana_cli_reset_admin_password_positional', C, 'grafana-cli admin reset-admin-password «V»'),
 ('elasticsearch_users_useradd_p', C, 'bin/elasticsearch-users useradd kibana_ro -p «V» -r viewer'),
 ('zabbix_server_conf_dbpassword_line', F, 'DBHost=localhost\nDBName=zabbix\nDBUser=zabbix\nDBPassword=«V»'),
 ('nagios_resource_cfg_user_macro', F, '# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$=«V»'),
 ('icinga2_apiuser_password_attribute', F, 'object ApiUser "director" {\n  password = "«V»"\n  permissions = [ "*" ]\n}'),
 ('proxmox_qm_cipassword_option', C, 'qm set 9001 --ciuser debian --cipassword «V»'),
 ('virt_customize_root_password_prefix', C, 'virt-customize -a jammy.qcow2 --root-password password:«V»'),
 ('packer_hcl_ssh_password_attribute', F, 'source "qemu" "base" {\n  ssh_username = "packer"\n  ssh_password = "«V»"\n}'),
 ('kickstart_rootpw_plaintext_line', F, 'lang en_US.UTF-8\nrootpw --plaintext «V»\ntimezone Europe/Vienna'),
 ('debian_preseed_root_password_line', F, 'd-i passwd/root-password password «V»'),
 ('unattend_xml_administrator_password_value', F, '<AdministratorPassword>\n  <Value>«V»</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>'),
 ('esxcli_account_add_lowercase_p', C, 'esxcli system account add -i backupop -p «V» -c «V»'),
 ('freeswitch_directory_password_param', F, '<user id="1004">\n  <params>\n    <param name="password" value="«V»"/>\n  </params>\n</user>'),
 ('mumble_ini_serverpassword_key', F, 'welcometext="Rehearsal room"\nserverpassword=«V»'),
 ('teamspeak_serveradmin_password_param', C, './ts3server_minimal_runscript.sh serveradmin_password=«V» license_accepted=1'),
 ('minecraft_server_properties_rcon_password', F, 'enable-rcon=true\nrcon.port=25575\nrcon.password=«V»'),
 ('mcrcon_lowercase_p_option', C, 'mcrcon -H mc.home.example -p «V» "whitelist add Lena"'),
 ('steamcmd_login_positional_password', C, 'steamcmd +login dedicated_srv «V» +app_update 896660 validate +quit'),
 ('transmission_remote_n_colon', C, 'transmission-remote nas.home.example:9091 -n transmission:«V» -l'),
 ('mpd_conf_password_at_permissions', F, 'password "«V»@read,add,control,admin"'),
 ('pihole_admin_password_a_p', C, 'pihole -a -p «V»'),
 ('bitcoind_conf_rpcpassword_line', F, 'server=1\nrpcuser=node\nrpcpassword=«V»'),
]

def generate(pool):
    r = random.Random(40003); out = []
    for t, kind, tpl in P:
        v = pool.fresh(lambda: password(r))
        n = tpl.count('«V»')
        host = r.choice(['ops-07', 'build-2', 'nas', 'gw01', 'lab-pc', 'media'])
        if kind == C:
            body = f'{r.choice(["admin", "root", "tech"])}@{host}:~$ {tpl}\n'
            suffix = 'admin_shell_history'
        else:
            body = f'--- {host}: config fragment ---\n{tpl}\n'
            suffix = 'host_config_fragment'
        spans = []; text = body
        # label every occurrence
        parts = text.split('«V»'); text = ''; 
        for j, p in enumerate(parts):
            text += p
            if j < len(parts) - 1:
                spans.append(dict(value=v, start=len(text), end=len(text) + len(v), type=t)); text += v
        out.append(dict(type=t, container=f'{t}__{suffix}', text=text, secrets=spans, source='password'))
    return out
SUFFIXES = ['admin_shell_history', 'host_config_fragment']
