"""Human-chosen passwords and typed secrets in bespoke syntaxes (new tools, OS installers, network gear)."""
from gen_common import G, S, pos, human_password, USERS

SRC = "gen_passwords"

# (container, type, template) -- @@P@@ password (all occurrences labelled), @@Q@@ second secret of type2, @@U@@ user
P = [
    ("windows_unattend_xml_autologon", "windows_autologon_password", "<AutoLogon>\n  <Password>\n    <Value>@@P@@</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n  <Username>@@U@@</Username>\n</AutoLogon>\n"),
    ("winlogon_reg_defaultpassword", "windows_autologon_password", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n\"AutoAdminLogon\"=\"1\"\n\"DefaultUserName\"=\"@@U@@\"\n\"DefaultPassword\"=\"@@P@@\"\n"),
    ("kickstart_rootpw_plaintext", "linux_root_password", "lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext @@P@@\nuser --name=@@U@@ --groups=wheel\n"),
    ("debian_preseed_passwd", "linux_user_password", "d-i passwd/user-fullname string Ops User\nd-i passwd/username string @@U@@\nd-i passwd/user-password password @@P@@\nd-i passwd/user-password-again password @@P@@\n"),
    ("esxi_ks_cfg_rootpw", "hypervisor_root_password", "vmaccepteula\ninstall --firstdisk --overwritevmfs\nrootpw @@P@@\nnetwork --bootproto=dhcp\n"),
    ("autoinstall_user_data_plain_password", "linux_user_password", "#cloud-config\nautoinstall:\n  version: 1\n  identity:\n    hostname: edge-07\n    username: @@U@@\n    password: \"@@P@@\"\n"),
    ("grub_cfg_superusers_password", "grub_superuser_password", "set superusers=\"root\"\npassword root @@P@@\nmenuentry 'Rescue' --users root {\n"),
    ("mikrotik_user_add_cli", "network_device_password", "[admin@MikroTik] > /user add name=@@U@@ group=full password=@@P@@\n"),
    ("junos_set_plain_text_password", "network_device_password", "[edit]\nops@srx# set system login user @@U@@ authentication plain-text-password\nNew password: @@P@@\nRetype new password: @@P@@\n"),
    ("fortigate_config_system_admin", "network_device_password", "config system admin\n    edit \"@@U@@\"\n        set accprofile \"super_admin\"\n        set password @@P@@\n    next\nend\n"),
    ("cisco_ios_ospf_message_digest_key", "ospf_authentication_key", "interface GigabitEthernet0/1\n ip ospf message-digest-key 1 md5 @@P@@\n ip ospf authentication message-digest\n"),
    ("cisco_hsrp_authentication_text", "hsrp_authentication_string", "interface Vlan10\n standby 10 ip 10.10.0.1\n standby 10 authentication md5 key-string @@P@@\n"),
    ("openwrt_uci_wireless_key", "wifi_psk", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption ssid 'Lindqvist-5G'\n\toption encryption 'sae-mixed'\n\toption key '@@P@@'\n"),
    ("unifi_site_export_x_passphrase", "wifi_psk", "{\"name\":\"Office\",\"security\":\"wpapsk\",\"x_passphrase\":\"@@P@@\",\"wpa_mode\":\"wpa2\"}\n"),
    ("synology_dsm_cli_synouser_modify", "nas_admin_password", "sudo synouser --setpw @@U@@ @@P@@\n"),
    ("truenas_midclt_user_update", "nas_admin_password", "midclt call user.update 1000 '{\"password\": \"@@P@@\"}'\n"),
    ("transmission_settings_json_rpc_password", "transmission_rpc_password", "{\n    \"rpc-authentication-required\": true,\n    \"rpc-password\": \"@@P@@\",\n    \"rpc-username\": \"@@U@@\"\n}\n"),
    ("deluge_auth_file", "deluge_daemon_password", "localclient:@@Q@@:10\n@@U@@:@@P@@:10\n", "deluge_daemon_password"),
    ("irssi_config_nickserv_autosendcmd", "irc_nickserv_password", "chatnets = {\n  libera = {\n    type = \"IRC\";\n    autosendcmd = \"/msg nickserv identify @@P@@; wait 2000\";\n  };\n};\n"),
    ("weechat_irc_sasl_password_set", "irc_nickserv_password", "/set irc.server.libera.sasl_username @@U@@\n/set irc.server.libera.sasl_password @@P@@\n/save\n"),
    ("murmur_ini_serverpassword", "voice_server_password", "; murmur.ini\nport=64738\nserverpassword=@@P@@\nusers=100\n"),
    ("teamspeak_first_run_output", "teamspeak_serveradmin_password", "------------------------------------------------------------------\n                      I M P O R T A N T\n------------------------------------------------------------------\n               Server Query Admin Account created\n         loginname= \"serveradmin\", password= \"@@P@@\"\n"),
    ("icecast_xml_source_password", "icecast_source_password", "<authentication>\n    <source-password>@@P@@</source-password>\n    <admin-user>admin</admin-user>\n    <admin-password>@@Q@@</admin-password>\n</authentication>\n", "icecast_admin_password"),
    ("x11vnc_storepasswd_cli", "vnc_password", "$ x11vnc -storepasswd @@P@@ ~/.vnc/passwd\nstored passwd in file: /home/@@U@@/.vnc/passwd\n"),
    ("rsyncd_secrets_file", "rsync_daemon_password", "# /etc/rsyncd.secrets\n@@U@@:@@P@@\n"),
    ("rsync_password_file_env", "rsync_daemon_password", "$ RSYNC_PASSWORD='@@P@@' rsync -av rsync://@@U@@@nas.lan/backup/ ./backup/\n"),
    ("pgbackrest_conf_repo_cipher_pass", "backup_encryption_passphrase", "[global]\nrepo1-path=/var/lib/pgbackrest\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass=@@P@@\n"),
    ("duplicity_passphrase_env_cron", "backup_encryption_passphrase", "0 3 * * * PASSPHRASE='@@P@@' duplicity /home/@@U@@ b2://keyid@bucket/home\n"),
    ("mariadb_galera_wsrep_sst_auth", "mysql_user_password", "[galera]\nwsrep_on=ON\nwsrep_sst_method=mariabackup\nwsrep_sst_auth=mariabackup:@@P@@\n"),
    ("couchbase_cli_cluster_init", "couchbase_admin_password", "couchbase-cli cluster-init -c 127.0.0.1 --cluster-username Administrator \\\n  --cluster-password @@P@@ --services data,index,query\n"),
    ("erlang_cookie_file_cat", "erlang_distribution_cookie", "$ sudo cat /var/lib/rabbitmq/.erlang.cookie\n@@P@@\n"),
    ("slapd_conf_rootpw_cleartext", "ldap_admin_password", "database mdb\nsuffix \"dc=acme,dc=lan\"\nrootdn \"cn=admin,dc=acme,dc=lan\"\nrootpw @@P@@\n"),
    ("ipa_server_install_flags", "freeipa_admin_password", "ipa-server-install -U -r ACME.LAN -n acme.lan -p @@Q@@ -a @@P@@\n", "directory_manager_password"),
    ("samba_tool_domain_provision", "ad_administrator_password", "samba-tool domain provision --realm=ACME.LAN --domain=ACME --adminpass='@@P@@' --server-role=dc\n"),
    ("ddclient_conf_password", "ddns_password", "protocol=dyndns2\nserver=members.dyndns.org\nlogin=@@U@@\npassword='@@P@@'\nhome.dyndns.org\n"),
    ("dovecot_passwd_file_plain", "imap_password", "@@U@@@acme.lan:{PLAIN}@@P@@::::::\n"),
    ("radicale_users_plain", "caldav_password", "# /etc/radicale/users (htpasswd_encryption = plain)\n@@U@@:@@P@@\n"),
    ("vdirsyncer_config_password", "caldav_password", "[storage cal_remote]\ntype = \"caldav\"\nurl = \"https://dav.acme.lan/\"\nusername = \"@@U@@\"\npassword = \"@@P@@\"\n"),
    ("hgrc_auth_section", "vcs_http_password", "[auth]\nacme.prefix = https://hg.acme.lan\nacme.username = @@U@@\nacme.password = @@P@@\n"),
    ("svn_auth_simple_cache_file", "vcs_http_password", "K 8\npassword\nV 14\n@@P@@\nK 15\nsvn:realmstring\nV 38\n<https://svn.acme.lan:443> ACME SVN\nEND\n"),
    ("p4_set_p4passwd", "perforce_password", "C:\\> p4 set P4PASSWD=@@P@@\nC:\\> p4 login -s\n"),
    ("pypirc_repository_password", "package_index_password", "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme.lan/\nusername = @@U@@\npassword = @@P@@\n"),
    ("nuget_config_cleartextpassword", "package_index_password", "<packageSourceCredentials>\n  <acme>\n    <add key=\"Username\" value=\"@@U@@\" />\n    <add key=\"ClearTextPassword\" value=\"@@P@@\" />\n  </acme>\n</packageSourceCredentials>\n"),
    ("maven_settings_xml_server", "package_index_password", "<servers>\n  <server>\n    <id>acme-releases</id>\n    <username>@@U@@</username>\n    <password>@@P@@</password>\n  </server>\n</servers>\n"),
    ("conan_remote_login_p_flag", "package_index_password", "$ conan remote login acme @@U@@ -p @@P@@\n"),
    ("composer_auth_json_http_basic", "package_index_password", "{\n  \"http-basic\": {\n    \"repo.acme.lan\": {\"username\": \"@@U@@\", \"password\": \"@@P@@\"}\n  }\n}\n"),
    ("code_server_config_yaml_password", "web_login_password", "bind-addr: 0.0.0.0:8080\nauth: password\npassword: @@P@@\ncert: false\n"),
    ("airflow_users_create_cli", "web_admin_password", "airflow users create --username @@U@@ --firstname Ops --lastname Team --role Admin --email ops@acme.lan --password '@@P@@'\n"),
    ("superset_fab_create_admin", "web_admin_password", "superset fab create-admin --username @@U@@ --firstname Ops --lastname Admin --email ops@acme.lan --password @@P@@\n"),
    ("sftpgo_env_default_admin", "web_admin_password", "SFTPGO_DATA_PROVIDER__CREATE_DEFAULT_ADMIN=true\nSFTPGO_DEFAULT_ADMIN_USERNAME=@@U@@\nSFTPGO_DEFAULT_ADMIN_PASSWORD=@@P@@\n"),
    ("filebrowser_users_add_cli", "web_login_password", "filebrowser users add @@U@@ '@@P@@' --perm.admin\n"),
    ("gitea_admin_user_create_cli", "web_admin_password", "gitea admin user create --admin --username @@U@@ --password '@@P@@' --email ops@acme.lan\n"),
    ("pgadmin_compose_default_password", "web_admin_password", "  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_EMAIL: ops@acme.lan\n      PGADMIN_DEFAULT_PASSWORD: @@P@@\n"),
    ("mongo_express_basicauth_env", "web_admin_password", "ME_CONFIG_BASICAUTH_USERNAME=@@U@@\nME_CONFIG_BASICAUTH_PASSWORD=@@P@@\n"),
    ("adminer_login_post_body", "database_password", "POST /adminer.php HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nauth%5Bdriver%5D=pgsql&auth%5Bserver%5D=db&auth%5Busername%5D=@@U@@&auth%5Bpassword%5D=@@P@@&auth%5Bdb%5D=app\n"),
    ("prosodyctl_register_cli", "xmpp_account_password", "$ sudo prosodyctl register @@U@@ chat.acme.lan @@P@@\n"),
    ("ejabberdctl_register_cli", "xmpp_account_password", "# ejabberdctl register @@U@@ chat.acme.lan '@@P@@'\nUser @@U@@@chat.acme.lan successfully registered\n"),
    ("register_new_matrix_user_p_flag", "matrix_user_password", "$ register_new_matrix_user -c homeserver.yaml -u @@U@@ -p '@@P@@' -a http://localhost:8008\n"),
    ("rar_hp_flag_command", "archive_password", "rar a -hp@@P@@ -m5 handover.rar handover/\n"),
    ("unzip_capital_p_flag", "archive_password", "unzip -P '@@P@@' payroll-2024.zip -d /tmp/payroll\n"),
    ("qpdf_encrypt_user_owner", "pdf_user_password", "qpdf --encrypt @@P@@ @@Q@@ 256 -- contract.pdf contract-locked.pdf\n", "pdf_owner_password"),
    ("aria2c_http_passwd_flag", "http_basic_password", "aria2c --http-user=@@U@@ --http-passwd='@@P@@' https://files.acme.lan/iso/debian.iso\n"),
    ("yt_dlp_config_password", "video_site_password", "# ~/.config/yt-dlp/config\n--username @@U@@@acme.lan\n--password @@P@@\n-o '%(title)s.%(ext)s'\n"),
    ("sshfs_password_stdin_pipe", "ssh_password", "echo '@@P@@' | sshfs @@U@@@nas.lan:/volume1/media /mnt/media -o password_stdin\n"),
    ("putty_reg_session_proxy_password", "proxy_password", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump]\n\"ProxyUsername\"=\"@@U@@\"\n\"ProxyPassword\"=\"@@P@@\"\n"),
    ("stunnel_psk_secrets_file", "tls_psk_identity_key", "# /etc/stunnel/psk.txt\nclient-07:@@P@@\n"),
    ("saslpasswd2_p_pipe", "smtp_password", "echo '@@P@@' | saslpasswd2 -p -c -u mail.acme.lan @@U@@\n"),
    ("jupyter_server_config_token_literal", "jupyter_server_token", "c.ServerApp.ip = '0.0.0.0'\nc.IdentityProvider.token = '@@P@@'\n"),
    ("rstudio_server_docker_password_env", "web_login_password", "docker run -d -p 8787:8787 -e PASSWORD='@@P@@' rocker/rstudio:4.4\n"),
    ("pfsense_config_xml_ipsec_psk", "ipsec_psk", "<phase1>\n  <ikeid>3</ikeid>\n  <authentication_method>pre_shared_key</authentication_method>\n  <pre-shared-key>@@P@@</pre-shared-key>\n</phase1>\n"),
    ("opnsense_wireguard_psk_cli", "wireguard_preshared_key", "[Peer]\nPublicKey = @@PUB@@\nPresharedKey = @@P@@\nAllowedIPs = 10.8.0.7/32\n"),
    ("minecraft_bedrock_allowlist_ops_password", "game_server_password", "server-name=Lindqvist Family\ngamemode=survival\nlevel-seed=\nserver-password=@@P@@\n"),
    ("factorio_server_settings_game_password", "game_server_password", "{\n  \"name\": \"Friday factory\",\n  \"game_password\": \"@@P@@\",\n  \"require_user_verification\": true\n}\n"),
    ("valheim_start_server_sh_password", "game_server_password", "./valheim_server.x86_64 -name \"Fjord\" -port 2456 -world \"Dedicated\" -password \"@@P@@\" -public 0\n"),
    ("satisfactory_admin_password_api", "game_server_admin_password", "curl -k -X POST https://127.0.0.1:7777/api/v1 -H 'Content-Type: application/json' \\\n  -d '{\"function\":\"PasswordLogin\",\"data\":{\"MinimumPrivilegeLevel\":\"Administrator\",\"Password\":\"@@P@@\"}}'\n"),
    ("jellyfin_startup_wizard_post", "web_admin_password", "POST /Startup/User HTTP/1.1\nContent-Type: application/json\n\n{\"Name\":\"@@U@@\",\"Password\":\"@@P@@\"}\n"),
    ("homebridge_auth_json_plain", "web_admin_password", "[{\"id\":1,\"username\":\"@@U@@\",\"name\":\"admin\",\"password\":\"@@P@@\",\"admin\":true}]\n"),
]


def _wg_pub(g):
    import base64
    return base64.b64encode(g.raw(32)).decode()


def build():
    g = G(12002)
    recs = []
    for row in P:
        kind, typ, tpl = row[:3]
        typ2 = row[3] if len(row) > 3 else None
        if typ == "wireguard_preshared_key":
            pw = _wg_pub(g)
        elif typ in ("erlang_distribution_cookie",):
            pw = g.uan(20)
        elif typ == "jupyter_server_token":
            pw = g.hex(48)
        elif typ == "tls_psk_identity_key":
            pw = g.hex(64)
        else:
            pw = human_password(g)
        q = human_password(g) if typ2 else None
        t = tpl.replace("@@U@@", g.choice(USERS)).replace("@@PUB@@", _wg_pub(g))
        parts = []
        buf = ""
        i = 0
        while i < len(t):
            if t.startswith("@@P@@", i):
                parts += [buf, S(pw, typ)]
                buf = ""
                i += 5
            elif t.startswith("@@Q@@", i):
                parts += [buf, S(q, typ2)]
                buf = ""
                i += 5
            else:
                buf += t[i]
                i += 1
        parts.append(buf)
        recs.append(pos(kind, parts, SRC))
    return recs


if __name__ == "__main__":
    rs = build()
    print(len(rs), len(set(s["type"] for r in rs for s in r["secrets"])))
    print(rs[5]["text"])
