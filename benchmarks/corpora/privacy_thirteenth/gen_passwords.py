"""Human-chosen passwords and typed secrets in bespoke syntaxes (seed 13002).
Entry: (container, [types], template, flags).  §S/§T = secret slots; flags: u = URL-safe password,
b = FileZilla base64 (plain kept), r40 / r24 = random alnum of that length."""
import base64
import random

from gen_common import B62, human_pw, render, rs

SEED = 13002
E = [
    # installers / provisioning
    ("mdt_customsettings_ini", ["windows_local_admin_password", "domain_join_account_password"], "[Settings]\nPriority=Default\n\n[Default]\nOSInstall=Y\nSkipAdminPassword=YES\nAdminPassword=§S\nJoinDomain=CORP\nDomainAdmin=svc_mdtjoin\nDomainAdminDomain=CORP\nDomainAdminPassword=§T\n", ""),
    ("install_addsforest_dsrm_cmdlet", ["dsrm_safe_mode_password"], "PS C:\\> Install-ADDSForest -DomainName corp.example.lan -InstallDns `\n>>   -SafeModeAdministratorPassword (ConvertTo-SecureString '§S' -AsPlainText -Force) -Force\n", ""),
    ("vcsa_cli_installer_template_json", ["vcenter_appliance_root_password", "vcenter_sso_admin_password"], '{\n  "new_vcsa": {\n    "appliance": {"deployment_option": "small", "name": "vcsa01"},\n    "os": {"password": "§S", "ssh_enable": true},\n    "sso": {"password": "§T", "domain_name": "vsphere.local"}\n  }\n}\n', ""),
    ("proxmox_auto_install_answer_toml", ["proxmox_installer_root_password"], '[global]\nkeyboard = "de"\ncountry = "at"\nfqdn = "pve03.lab.example"\nmailto = "ops@example.org"\ntimezone = "Europe/Vienna"\nroot_password = "§S"\n\n[disk-setup]\nfilesystem = "zfs"\n', ""),
    ("autoyast_profile_xml_users", ["autoyast_root_password"], '<users config:type="list">\n  <user>\n    <username>root</username>\n    <user_password>§S</user_password>\n    <encrypted config:type="boolean">false</encrypted>\n  </user>\n</users>\n', ""),
    ("archinstall_user_credentials_json", ["archinstall_root_password", "archinstall_user_password"], '{\n    "!root-enc-password": null,\n    "!root-password": "§S",\n    "!users": [{"username": "kim", "!password": "§T", "sudo": true}]\n}\n', ""),
    ("openbsd_install_conf_response", ["openbsd_autoinstall_root_password"], "System hostname = fw02\nPassword for root account = §S\nStart sshd(8) by default = yes\nSetup a user = no\n", ""),
    ("armbian_first_login_preset", ["sbc_first_boot_root_password", "sbc_first_boot_user_password"], "# /root/.not_logged_in_yet\nPRESET_NET_CHANGE_DEFAULTS=\"1\"\nPRESET_ROOT_PASSWORD=\"§S\"\nPRESET_USER_NAME=\"maker\"\nPRESET_USER_PASSWORD=\"§T\"\n", ""),
    ("yocto_extra_users_params_usermod", ["embedded_image_root_password"], 'inherit extrausers\nEXTRA_USERS_PARAMS = "\\\n    usermod -P \'§S\' root; \\\n    useradd -P \'\' service; \\\n"\n', ""),
    ("buildroot_root_passwd_config", ["buildroot_root_password"], 'BR2_TARGET_GENERIC_HOSTNAME="gateway"\nBR2_TARGET_ENABLE_ROOT_LOGIN=y\nBR2_TARGET_GENERIC_ROOT_PASSWD="§S"\n', ""),
    ("nixos_users_initial_password", ["nixos_initial_password"], '  users.users.alice = {\n    isNormalUser = true;\n    extraGroups = [ "wheel" ];\n    initialPassword = "§S";\n  };\n', ""),
    ("sqlserver_setup_exe_sapwd", ["sql_server_sa_password"], 'setup.exe /Q /ACTION=Install /FEATURES=SQLENGINE /INSTANCENAME=MSSQLSERVER /SECURITYMODE=SQL /SAPWD="§S" /SQLSYSADMINACCOUNTS="CORP\\dba" /IACCEPTSQLSERVERLICENSETERMS\n', ""),
    ("oracle_dbca_silent_create", ["oracle_sys_password", "oracle_system_password"], "$ dbca -silent -createDatabase -templateName General_Purpose.dbc -gdbName ORCLCDB -sid ORCLCDB \\\n    -sysPassword §S -systemPassword §T -createAsContainerDatabase true\n", ""),
    ("sap_hana_hdblcm_batch", ["hana_sidadm_password", "hana_system_user_password"], "./hdblcm --batch --action=install --sid=HDB --number=00 --password=§S --system_user_password=§T --components=server\n", ""),
    ("ovftool_guestinfo_root_passwd", ["ovf_appliance_root_password"], "ovftool --acceptAllEulas --X:injectOvfEnv --prop:guestinfo.cis.appliance.net.addr=10.1.0.20 --prop:guestinfo.cis.appliance.root.passwd=§S appliance.ova vi://admin@vc01/DC1/host/Cluster\n", ""),
    # network gear / VPN / Wi-Fi
    ("cisco_ios_username_password_0", ["cisco_local_user_password"], "!\nhostname br-sw01\nusername netops privilege 15 password 0 §S\n!\nline vty 0 4\n login local\n", ""),
    ("cisco_ios_enable_password_line", ["cisco_enable_password"], "!\nenable password §S\nno service password-encryption\n!\n", ""),
    ("arista_eos_username_secret_0", ["arista_eos_user_password"], "username admin privilege 15 role network-admin secret 0 §S\n", ""),
    ("vyos_set_plaintext_password", ["vyos_login_password"], "vyos@vyos# set system login user vyos authentication plaintext-password '§S'\nvyos@vyos# commit; save\n", ""),
    ("cisco_asa_tunnel_group_ikev1_psk", ["site_to_site_vpn_psk"], "tunnel-group 203.0.113.9 type ipsec-l2l\ntunnel-group 203.0.113.9 ipsec-attributes\n ikev1 pre-shared-key §S\n", ""),
    ("strongswan_ipsec_secrets_psk", ["strongswan_psk"], '# /etc/ipsec.secrets\n198.51.100.4 203.0.113.77 : PSK "§S"\n', ""),
    ("networkmanager_nmconnection_file", ["nm_wifi_psk"], "[connection]\nid=Office-5G\ntype=wifi\n\n[wifi]\nssid=Office-5G\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=§S\n", ""),
    ("netsh_wlan_show_profile_key_clear", ["windows_wlan_profile_key"], "C:\\> netsh wlan show profile name=\"HomeNet\" key=clear\n\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : §S\n", ""),
    ("android_wificonfigstore_xml", ["android_saved_wifi_psk"], '<WifiConfiguration>\n<string name="ConfigKey">&quot;CafeLuna&quot;WPA_PSK</string>\n<string name="SSID">&quot;CafeLuna&quot;</string>\n<string name="PreSharedKey">&quot;§S&quot;</string>\n</WifiConfiguration>\n', ""),
    ("wifi_join_qr_payload_text", ["wifi_qr_payload_password"], "Scanned QR (guest card at reception):\nWIFI:T:WPA;S:Guest-5G;P:§S;H:false;;\n", "u"),
    ("iwd_network_psk_file", ["iwd_network_passphrase"], "# /var/lib/iwd/Atelier.psk\n[Security]\nPassphrase=§S\n", ""),
    ("netplan_wifis_access_point", ["netplan_wifi_password"], 'network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      access-points:\n        "warehouse":\n          password: "§S"\n', ""),
    ("procurve_password_manager_plaintext", ["procurve_manager_password"], "password manager user-name admin plaintext §S\n", ""),
    ("openvpn_auth_user_pass_file", ["openvpn_auth_user_pass"], "$ cat /etc/openvpn/client/auth.txt\nvpn-jdoe\n§S\n", ""),
    ("softether_vpncmd_password_flag", ["softether_server_admin_password"], "vpncmd 127.0.0.1:5555 /SERVER /PASSWORD:§S /CMD HubList\n", ""),
    ("ddwrt_nvram_set_http_passwd", ["router_web_ui_password"], "root@DD-WRT:~# nvram set http_passwd=§S\nroot@DD-WRT:~# nvram commit\n", ""),
    # databases / brokers / monitoring
    ("pgpass_file_line", ["pgpass_password"], "# hostname:port:database:username:password\ndb.internal.example:5432:*:report_ro:§S\n", ""),
    ("mysql_option_file_client_group", ["mysql_option_file_password"], '[client]\nuser=backup\npassword="§S"\nhost=db-primary\n', ""),
    ("db2_clp_connect_using", ["db2_user_password"], "db2 => connect to SAMPLE user db2inst1 using §S\n\n   Database Connection Information\n Database server        = DB2/LINUXX8664 11.5.8.0\n", ""),
    ("teradata_bteq_logon_command", ["teradata_logon_password"], ".LOGON tdprod/etl_user,§S;\nSELECT COUNT(*) FROM sales.orders;\n.LOGOFF;\n", ""),
    ("snowsql_config_connection", ["snowflake_user_password"], "[connections.prod]\naccountname = xy12345.eu-central-1\nusername = LOADER\npassword = §S\nwarehousename = LOAD_WH\n", ""),
    ("firebird_isql_password_flag", ["firebird_sysdba_password"], "$ isql-fb -user SYSDBA -password §S /var/lib/firebird/data/employee.fdb\nDatabase: employee.fdb, User: SYSDBA\nSQL>\n", ""),
    ("hana_hdbsql_p_flag", ["hana_sql_user_password"], '$ hdbsql -n hana01:30015 -u SYSTEM -p §S "SELECT * FROM M_DATABASE"\n', ""),
    ("vertica_vsql_w_flag", ["vertica_dbadmin_password"], "$ vsql -h vertica01 -U dbadmin -w §S -c 'SELECT version();'\n", ""),
    ("cqlshrc_authentication_section", ["cqlshrc_password"], "[authentication]\nusername = cassandra_ops\npassword = §S\n\n[connection]\nhostname = 10.3.0.11\n", ""),
    ("couchdb_local_ini_admins", ["couchdb_admin_password"], "[admins]\nadmin = §S\n\n[chttpd]\nbind_address = 0.0.0.0\n", ""),
    ("arangosh_server_password_flag", ["arangodb_root_password"], "arangosh --server.endpoint tcp://127.0.0.1:8529 --server.username root --server.password §S\n", ""),
    ("etcdctl_user_flag_colon", ["etcd_root_password"], "ETCDCTL_API=3 etcdctl --endpoints=https://10.0.0.21:2379 --user root:§S get /registry --prefix --keys-only\n", ""),
    ("opensearch_initial_admin_env", ["opensearch_initial_admin_password"], "services:\n  opensearch-node1:\n    image: opensearchproject/opensearch:2.12.0\n    environment:\n      - discovery.type=single-node\n      - OPENSEARCH_INITIAL_ADMIN_PASSWORD=§S\n", ""),
    ("rabbitmqctl_add_user_cli", ["rabbitmq_user_password"], "$ rabbitmqctl add_user telemetry '§S'\nAdding user \"telemetry\" ...\n", ""),
    ("activemq_users_properties", ["activemq_user_password"], "## users.properties\nadmin=§S\n", ""),
    ("nats_server_conf_authorization", ["nats_user_password"], 'authorization {\n  user: ingest\n  password: "§S"\n  timeout: 2\n}\n', ""),
    ("prometheus_scrape_basic_auth", ["prometheus_scrape_basic_auth_password"], "scrape_configs:\n  - job_name: edge\n    basic_auth:\n      username: scraper\n      password: §S\n    static_configs:\n      - targets: ['edge01:9100']\n", ""),
    ("alertmanager_global_smtp_auth", ["alertmanager_smtp_password"], "global:\n  smtp_smarthost: 'smtp.example.org:587'\n  smtp_from: 'alerts@example.org'\n  smtp_auth_username: 'alerts@example.org'\n  smtp_auth_password: '§S'\n", ""),
    ("victoriametrics_httpauth_flag", ["victoriametrics_http_auth_password"], "/usr/bin/victoria-metrics-prod -storageDataPath=/var/lib/vm -httpAuth.username=vm -httpAuth.password=§S\n", ""),
    ("redis_sentinel_conf_auth_pass", ["redis_sentinel_auth_pass"], "sentinel monitor mymaster 10.0.0.31 6379 2\nsentinel auth-pass mymaster §S\nsentinel down-after-milliseconds mymaster 5000\n", ""),
    ("emqx_ctl_admins_passwd", ["emqx_dashboard_password"], "$ emqx ctl admins passwd admin §S\nok\n", ""),
    # CI
    ("concourse_credentials_yml_var", ["concourse_var_password"], "registry-username: ci-bot\nregistry-password: §S\n", ""),
    ("jenkins_cli_auth_flag", ["jenkins_cli_auth_password"], "java -jar jenkins-cli.jar -s http://ci.internal:8080/ -auth admin:§S who-am-i\n", ""),
    # IoT / home
    ("zigbee2mqtt_configuration_yaml_mqtt", ["zigbee2mqtt_mqtt_password"], "mqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://10.0.0.5:1883\n  user: z2m\n  password: §S\n", ""),
    ("home_assistant_secrets_yaml_pair", ["hass_mqtt_password", "hass_router_password"], "mqtt_password: §S\nrouter_password: §T\nlatitude_home: 48.2\n", ""),
    ("go2rtc_yaml_rtsp_stream", ["ip_camera_rtsp_password"], "streams:\n  front_door: rtsp://admin:§S@192.168.1.64:554/Streaming/Channels/101\n", "u"),
    ("openhab_things_mqtt_broker", ["openhab_mqtt_broker_password"], 'Bridge mqtt:broker:home "Home broker" [ host="10.0.0.5", secure=false, username="openhab", password="§S" ]\n', ""),
    ("zoneminder_zm_conf_db_pass", ["zoneminder_db_password"], "# /etc/zm/conf.d/01-db.conf\nZM_DB_HOST=localhost\nZM_DB_USER=zmuser\nZM_DB_PASS=§S\n", ""),
    ("tasmota_console_mqttpassword", ["tasmota_mqtt_password"], "13:22:01.004 CMD: Backlog MqttHost 10.0.0.5; MqttUser tasmota; MqttPassword §S\n13:22:01.015 RSL: RESULT = {\"MqttHost\":\"10.0.0.5\"}\n", ""),
    ("ring_mqtt_config_json_url", ["ring_mqtt_broker_password"], '{\n  "mqtt_url": "mqtt://ring:§S@10.0.0.5:1883",\n  "livestream_user": ""\n}\n', "u"),
    ("esphome_ota_block_password", ["esphome_ota_password"], 'ota:\n  - platform: esphome\n    password: "§S"\n', ""),
    # game servers
    ("minecraft_server_properties_rcon", ["minecraft_rcon_password"], "enable-rcon=true\nrcon.port=25575\nrcon.password=§S\nmotd=Friday night build\n", ""),
    ("ark_gameusersettings_ini", ["ark_server_admin_password", "ark_server_join_password"], "[ServerSettings]\nServerAdminPassword=§S\nServerPassword=§T\nDifficultyOffset=1.0\n", ""),
    ("source_engine_server_cfg", ["source_rcon_password", "source_sv_password"], 'hostname "LAN party"\nrcon_password "§S"\nsv_password "§T"\nsv_cheats 0\n', ""),
    ("palworld_settings_ini_optionsettings", ["palworld_admin_password"], '[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,ServerName="Lagoon",AdminPassword="§S",ServerPassword="",PublicPort=8211)\n', ""),
    ("terraria_serverconfig_txt", ["terraria_server_password"], "world=/srv/terraria/worlds/Lagoon.wld\nmaxplayers=8\npassword=§S\nport=7777\n", ""),
    ("sdtd_serverconfig_xml_property", ["sdtd_server_password"], '<ServerSettings>\n  <property name="ServerName" value="Dead Pines"/>\n  <property name="ServerPassword" value="§S"/>\n</ServerSettings>\n', ""),
    ("arma3_server_cfg_password_admin", ["arma3_admin_password"], 'hostname = "Op Night Owl";\npassword = "";\npasswordAdmin = "§S";\nmaxPlayers = 40;\n', ""),
    ("enshrouded_server_json_groups", ["enshrouded_group_password"], '{\n  "name": "Embervale",\n  "userGroups": [{"name": "Friend", "password": "§S", "canKickBan": false}]\n}\n', ""),
    ("openttd_secrets_cfg_network", ["openttd_server_password", "openttd_rcon_password"], "[network]\nserver_password = §S\nrcon_password = §T\n", ""),
    ("rust_dedicated_startup_args", ["rust_rcon_password"], './RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "§S" +rcon.web 1\n', ""),
    ("project_zomboid_servertest_ini", ["zomboid_server_password"], "PVP=true\nPauseEmpty=true\nPassword=§S\nMaxPlayers=16\n", ""),
    # mail
    ("postfix_sasl_passwd_map", ["postfix_relay_sasl_password"], "[smtp.example.net]:587 relay@example.net:§S\n", ""),
    ("msmtprc_account_block", ["msmtp_account_password"], "account default\nhost smtp.example.org\nport 587\ntls on\nuser me@example.org\npassword §S\n", ""),
    ("fetchmailrc_poll_entry", ["fetchmail_password"], 'poll imap.example.org protocol IMAP\n  user "anna" there with password "§S" is anna here ssl\n', ""),
    ("mbsyncrc_imapaccount_pass", ["mbsync_imap_pass"], "IMAPAccount work\nHost imap.example.com\nUser j.doe\nPass §S\nSSLType IMAPS\n", ""),
    ("muttrc_smtp_pass_setting", ["mutt_smtp_pass"], 'set smtp_url = "smtps://j.doe@smtp.example.com:465/"\nset smtp_pass = "§S"\n', ""),
    ("aerc_accounts_conf_source_url", ["aerc_imap_password"], "[Work]\nsource = imaps://jdoe:§S@imap.example.com:993\noutgoing = smtps://jdoe@smtp.example.com:465\n", "u"),
    ("exim_passwd_client_line", ["exim_client_password"], "# /etc/exim4/passwd.client\n*.mail.example.net:relayuser:§S\n", ""),
    ("offlineimaprc_remotepass", ["offlineimap_remote_password"], "[Repository Remote]\ntype = IMAP\nremotehost = imap.example.com\nremoteuser = jdoe\nremotepass = §S\n", ""),
    ("roundcube_config_inc_des_key", ["roundcube_des_key"], "<?php\n$config['db_dsnw'] = 'sqlite:////var/www/db/roundcube.db?mode=0646';\n$config['des_key'] = '§S';\n", "r24"),
    ("stalwart_config_toml_fallback_admin", ["stalwart_fallback_admin_secret"], '[authentication.fallback-admin]\nuser = "admin"\nsecret = "§S"\n', ""),
    ("zimbra_zmprov_create_account", ["zimbra_account_password"], "$ zmprov ca j.doe@example.com '§S' displayName 'J Doe'\n4f7d1c2a-0000-4000-8000-00000000beef\n", ""),
    # desktop apps
    ("filezilla_sitemanager_xml_pass", ["filezilla_site_password_b64"], '<Server>\n  <Host>ftp.example.org</Host>\n  <Port>21</Port>\n  <User>uploads</User>\n  <Pass encoding="base64">§S</Pass>\n</Server>\n', "b"),
    ("pidgin_accounts_xml_password", ["pidgin_account_password"], "<account>\n  <protocol>prpl-jabber</protocol>\n  <name>mira@xmpp.example.org/laptop</name>\n  <password>§S</password>\n</account>\n", ""),
    ("hexchat_servlist_conf_entry", ["hexchat_server_password"], "N=Libera\nL=6\nI=mira\nP=§S\nS=irc.libera.chat/6697\n", ""),
    ("sublime_sftp_config_json", ["sftp_config_password"], '{\n    "type": "sftp",\n    "host": "web01.example.com",\n    "user": "deploy",\n    "password": "§S",\n    "remote_path": "/var/www/site/"\n}\n', ""),
    ("netrc_machine_entry", ["netrc_password"], "machine ftp.mirror.example.org login mirror password §S\n", ""),
    ("s3cmd_s3cfg_secret_key", ["s3cmd_secret_key"], "[default]\naccess_key = AKIAIMNOPQRSTUVWXY12\nhost_base = s3.eu-central-1.amazonaws.com\nsecret_key = §S\n", "r40"),
    ("kodi_sources_xml_smb_path", ["kodi_smb_source_password"], "<video>\n  <source>\n    <name>Movies</name>\n    <path pathversion=\"1\">smb://media:§S@nas.local/Movies/</path>\n  </source>\n</video>\n", "u"),
    ("rustdesk_toml_permanent_password", ["rustdesk_permanent_password"], "# ~/.config/rustdesk/RustDesk.toml\nenc_id = ''\npassword = '§S'\nsalt = 'kq3zv1'\n", ""),
    ("phpmyadmin_config_inc_password", ["phpmyadmin_config_password"], "$i++;\n$cfg['Servers'][$i]['auth_type'] = 'config';\n$cfg['Servers'][$i]['user'] = 'root';\n$cfg['Servers'][$i]['password'] = '§S';\n", ""),
    ("vboxmanage_unattended_install", ["virtualbox_unattended_password"], 'VBoxManage unattended install "Ubuntu-24" --iso=ubuntu-24.04.iso --user=dev --password=§S --install-additions\n', ""),
    ("vmrun_guest_credentials_flags", ["vmware_guest_password"], 'vmrun -T ws -gu Administrator -gp §S runProgramInGuest "C:\\VMs\\win11\\win11.vmx" "C:\\setup.cmd"\n', ""),
    # scientific / embedded
    ("jupyterhub_config_dummy_auth", ["jupyterhub_dummy_password"], "c.JupyterHub.authenticator_class = 'dummy'\nc.DummyAuthenticator.password = '§S'\n", ""),
    ("omero_cli_login_w_flag", ["omero_user_password"], "$ omero login -s omero.lab.example -u analyst -w §S\nCreated session for analyst@omero.lab.example:4064.\n", ""),
    ("condor_store_cred_pool_password", ["condor_pool_password"], "$ condor_store_cred add -c -p §S\nOperation succeeded.\n", ""),
    ("uboot_fw_setenv_wifi_psk", ["uboot_env_wifi_psk"], "# fw_setenv wlan_ssid Lab-IoT\n# fw_setenv wlan_psk §S\n# fw_printenv | grep wlan\n", ""),
    ("esp_at_cwjap_command", ["esp_at_wifi_password"], 'AT+CWMODE=1\r\nOK\r\nAT+CWJAP="lab-2g","§S"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n', ""),
    ("platformio_upload_flags_auth", ["arduino_ota_password"], "[env:esp32-ota]\nupload_protocol = espota\nupload_port = 10.0.0.77\nupload_flags =\n    --auth=§S\n", ""),
]
URLSAFE = B62 + "-._~"


def _pw(rng, flag):
    if flag == "u":
        return rs(rng, URLSAFE, rng.randrange(12, 20))
    if flag.startswith("r"):
        return rs(rng, B62, int(flag[1:]))
    return human_pw(rng)


def records():
    rng = random.Random(SEED)
    out = []
    for cont, tys, tpl, flag in E:
        secs = []
        for t in tys:
            p = _pw(rng, flag)
            if flag == "b":
                secs.append((base64.b64encode(p.encode()).decode(), t, p))
            else:
                secs.append((p, t))
        text, spans = render(tpl, secs)
        out.append({"type": tys[0], "container": cont, "text": text, "secrets": spans, "source": "gen_passwords"})
    return out
