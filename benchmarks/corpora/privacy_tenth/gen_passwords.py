"""Bespoke service/tool configs with human-chosen passwords and typed secrets."""
import base64
import random
from gen_common import (rs, ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEXL, HEXU, B64, mk, rbytes, jwt,
                        human_password, passphrase, crc_token)

URL_UNSAFE = set("@/:?#%&+= ")


def pw(r):
    return human_password(r)


def pwu(r):
    while True:
        p = human_password(r)
        if not (set(p) & URL_UNSAFE) and "'" not in p:
            return p


def pws(r):  # safe for shell single quotes / XML / ini
    while True:
        p = human_password(r)
        if not (set(p) & set("'\"<>&\\$`;,%")):
            return p


def pp(r):
    return passphrase(r)


G = {
    "pw": pws, "pwu": pwu, "pp": pp,
    "hex32": lambda r: rs(r, HEXL, 32), "hex64": lambda r: rs(r, HEXL, 64), "hex40": lambda r: rs(r, HEXL, 40),
    "b64_32": lambda r: base64.b64encode(rbytes(r, 32)).decode(),
    "alnum16": lambda r: rs(r, ALNUM, 16), "alnum32": lambda r: rs(r, ALNUM, 32), "alnum40": lambda r: rs(r, ALNUM, 40),
    "influx": lambda r: base64.urlsafe_b64encode(rbytes(r, 64)).decode(),
    "glrt": lambda r: "glrt-t1_" + rs(r, ALNUM + "-_", 20),
    "bk_agent": lambda r: rs(r, HEXL, 50),
    "gh_runner": lambda r: "A" + rs(r, UPPER_ALNUM, 28),
    "ado_pat": lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52),
    "ghp": lambda r: crc_token(r, "ghp_"), "npm": lambda r: crc_token(r, "npm_"),
    "tuya": lambda r: rs(r, ALNUM + "!#$^&*<>", 16).replace("'", "x"),
    "pulsar": lambda r: jwt(r, '{"sub":"app-producer"}', 256, "RS256"),
    "conda": lambda r: rs(r, LOWER_ALNUM[:36], 2) + "-" + rs(r, LOWER_ALNUM, 8) + "-" + rs(r, LOWER_ALNUM, 4) + "-" + rs(r, LOWER_ALNUM, 4) + "-" + rs(r, LOWER_ALNUM, 12),
    "pin8": lambda r: "".join(r.choice("0123456789") for _ in range(8)),
}

# (container, [gen per slot], [type per slot], template)
B = [
    # mail
    ("postfix_sasl_passwd_map", ["pw"], ["smtp_relay_password"], "# /etc/postfix/sasl_passwd\n[smtp.eu.mailrelay.example]:587 relay@example.net:@@0@@\n"),
    ("fetchmailrc_poll_block", ["pw"], ["imap_password"], "set daemon 300\npoll imap.example.org protocol IMAP\n    user \"kasia\" there with password \"@@0@@\" is \"kasia\" here\n    ssl\n"),
    ("msmtprc_account", ["pw"], ["smtp_password"], "defaults\nauth on\ntls on\n\naccount work\nhost smtp.example.org\nport 587\nfrom jdoe@example.org\nuser jdoe@example.org\npassword @@0@@\n\naccount default : work\n"),
    ("mbsyncrc_imap_account", ["pw"], ["imap_password"], "IMAPAccount work\nHost imap.example.org\nUser jdoe@example.org\nPass @@0@@\nSSLType IMAPS\n"),
    ("offlineimaprc_remotepass", ["pw"], ["imap_password"], "[Repository work-remote]\ntype = IMAP\nremotehost = imap.example.org\nremoteuser = jdoe\nremotepass = @@0@@\n"),
    ("getmailrc_retriever", ["pw"], ["imap_password"], "[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.example.net\nusername = archive\npassword = @@0@@\n\n[destination]\ntype = Maildir\npath = ~/Mail/archive/\n"),
    ("neomuttrc_imap_pass", ["pw"], ["imap_password"], "set imap_user = \"tanaka@example.jp\"\nset imap_pass = \"@@0@@\"\nset folder = \"imaps://imap.example.jp/\"\n"),
    ("roundcube_config_inc_php", ["pw"], ["smtp_password"], "<?php\n$config['smtp_host'] = 'tls://smtp.example.org';\n$config['smtp_user'] = 'webmail';\n$config['smtp_pass'] = '@@0@@';\n"),
    ("stalwart_config_toml_fallback_admin", ["pw"], ["web_admin_password"], "[authentication.fallback-admin]\nuser = \"admin\"\nsecret = \"@@0@@\"\n"),
    ("haraka_smtp_forward_ini", ["pw"], ["smtp_relay_password"], "host=smtp.upstream.example\nport=587\nauth_type=plain\nauth_user=haraka\nauth_pass=@@0@@\n"),
    ("mailcow_conf_dbpass", ["pw", "pw"], ["database_password", "database_password"], "MAILCOW_HOSTNAME=mail.example.org\nDBNAME=mailcow\nDBUSER=mailcow\nDBPASS=@@0@@\nDBROOT=@@1@@\n"),
    # vpn / wifi
    ("openvpn_auth_user_pass_file", ["pw"], ["vpn_password"], "$ cat /etc/openvpn/client/auth.txt\nvpnuser\n@@0@@\n"),
    ("strongswan_ipsec_secrets", ["pp"], ["ipsec_psk"], "# /etc/ipsec.secrets\nvpn.example.org %any : PSK \"@@0@@\"\n"),
    ("swanctl_conf_ike_secret", ["pp"], ["ipsec_psk"], "secrets {\n    ike-branch {\n        id = branch.example.org\n        secret = \"@@0@@\"\n    }\n}\n"),
    ("openconnect_passwd_on_stdin", ["pw"], ["vpn_password"], "$ echo '@@0@@' | sudo openconnect --user=jdoe --passwd-on-stdin vpn.example.com\n"),
    ("networkmanager_vpn_nmconnection", ["pw"], ["vpn_password"], "[connection]\nid=office\ntype=vpn\n\n[vpn]\nservice-type=org.freedesktop.NetworkManager.openvpn\nusername=jdoe\n\n[vpn-secrets]\npassword=@@0@@\n"),
    ("networkmanager_wifi_nmconnection", ["pp"], ["wifi_psk"], "[connection]\nid=Kitchen\ntype=wifi\n\n[wifi]\nssid=Kitchen\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=@@0@@\n"),
    ("wpa_supplicant_conf_network", ["pw"], ["wifi_psk"], "ctrl_interface=DIR=/var/run/wpa_supplicant\ncountry=DE\nnetwork={\n    ssid=\"FritzBox-7590\"\n    psk=\"@@0@@\"\n}\n"),
    ("hostapd_conf_wpa_passphrase", ["pp"], ["wifi_psk"], "interface=wlan0\nssid=garage-ap\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase=@@0@@\n"),
    ("xl2tpd_chap_secrets", ["pw"], ["ppp_secret_password"], "# client    server  secret          IP addresses\njdoe        l2tpd   @@0@@   *\n"),
    ("softether_vpncmd_userpasswordset", ["pw"], ["vpn_password"], "VPN Server/HUB1>UserPasswordSet jdoe /PASSWORD:@@0@@\nThe command completed successfully.\n"),
    ("nmcli_device_wifi_connect", ["pw"], ["wifi_psk"], "$ nmcli device wifi connect \"Cafe Lumen\" password \"@@0@@\"\nDevice 'wlp2s0' successfully activated\n"),
    ("netsh_wlan_show_profile_key_clear", ["pw"], ["wifi_psk"], "Security settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : @@0@@\n"),
    ("macos_security_find_generic_password_w", ["pw"], ["wifi_psk"], "$ security find-generic-password -wa \"HomeNet-5G\"\n@@0@@\n"),
    # backup
    ("restic_env_file", ["pp"], ["backup_repository_password"], "export RESTIC_REPOSITORY=s3:https://s3.example.net/backups/laptop\nexport RESTIC_PASSWORD='@@0@@'\n"),
    ("borgmatic_config_yaml", ["pp"], ["backup_repository_password"], "repositories:\n  - path: ssh://borg@backup01.example.net/./laptop\n    label: offsite\nencryption_passphrase: \"@@0@@\"\n"),
    ("kopia_repository_connect_cli", ["pw"], ["backup_repository_password"], "$ kopia repository connect s3 --bucket=kopia-prod --endpoint=s3.example.net --password=@@0@@\n"),
    ("duplicati_commandline_backup", ["pp"], ["backup_repository_password"], "Duplicati.CommandLine.exe backup \"b2://dup-bucket/pc\" \"C:\\Users\\anna\\Documents\" --passphrase=\"@@0@@\"\n"),
    ("rclone_config_create_webdav_cli", ["pw"], ["webdav_password"], "$ rclone config create nas webdav url https://nas.home.arpa/dav vendor other user anna pass @@0@@\n"),
    ("proxmox_backup_client_env", ["pw"], ["backup_repository_password"], "export PBS_REPOSITORY=backup@pbs@10.0.0.30:store1\nexport PBS_PASSWORD='@@0@@'\nproxmox-backup-client backup root.pxar:/\n"),
    ("bareos_director_resource", ["alnum32"], ["backup_director_password"], "Director {\n  Name = bareos-dir\n  Password = \"@@0@@\"\n  Description = \"Director for fd on web-3\"\n}\n"),
    # monitoring
    ("nagios_resource_cfg_user_macro", ["pw"], ["monitoring_password"], "$USER1$=/usr/lib/nagios/plugins\n$USER3$=@@0@@\n"),
    ("zabbix_server_conf_dbpassword", ["pw"], ["database_password"], "DBHost=localhost\nDBName=zabbix\nDBUser=zabbix\nDBPassword=@@0@@\n"),
    ("zabbix_agent2_psk_file", ["hex64"], ["tls_psk_key"], "$ cat /etc/zabbix/zabbix_agent2.psk\n@@0@@\n"),
    ("icinga2_api_users_conf", ["pw"], ["monitoring_password"], "object ApiUser \"root\" {\n  password = \"@@0@@\"\n  permissions = [ \"*\" ]\n}\n"),
    ("prometheus_scrape_basic_auth", ["pw"], ["monitoring_password"], "scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: prom\n      password: '@@0@@'\n    static_configs:\n      - targets: ['10.0.0.5:9100']\n"),
    ("alertmanager_smtp_auth_password", ["pw"], ["smtp_password"], "global:\n  smtp_smarthost: 'smtp.example.org:587'\n  smtp_auth_username: 'alerts@example.org'\n  smtp_auth_password: '@@0@@'\n"),
    ("telegraf_conf_influxdb_v2_output", ["influx"], ["influxdb_token"], "[[outputs.influxdb_v2]]\n  urls = [\"http://influx.lan:8086\"]\n  token = \"@@0@@\"\n  organization = \"home\"\n  bucket = \"telegraf\"\n"),
    ("snmpd_conf_rocommunity", ["alnum16"], ["snmp_community_string"], "agentAddress udp:161\nrocommunity @@0@@ 10.0.0.0/24\n"),
    ("snmpd_createuser_v3", ["pw", "pw"], ["snmpv3_auth_password", "snmpv3_priv_password"], "createUser monitor SHA \"@@0@@\" AES \"@@1@@\"\nrouser monitor priv\n"),
    ("librenms_config_php_db_pass", ["pw"], ["database_password"], "<?php\n$config['db_host'] = 'localhost';\n$config['db_user'] = 'librenms';\n$config['db_pass'] = '@@0@@';\n"),
    ("monitrc_httpd_allow", ["pw"], ["web_admin_password"], "set httpd port 2812 and\n    use address 0.0.0.0\n    allow admin:@@0@@\n"),
    ("netdata_stream_conf_api_key", ["uuid"], ["netdata_stream_api_key"], "[stream]\n    enabled = yes\n    destination = parent.example.net:19999\n    api key = @@0@@\n"),
    # ci runners
    ("gitlab_runner_config_toml_runner", ["glrt"], ["gitlab_runner_token"], "concurrent = 4\n\n[[runners]]\n  name = \"docker-eu-1\"\n  url = \"https://gitlab.example.org\"\n  token = \"@@0@@\"\n  executor = \"docker\"\n"),
    ("woodpecker_agent_env", ["hex64"], ["ci_agent_secret"], "WOODPECKER_SERVER=ci.example.org:9000\nWOODPECKER_AGENT_SECRET=@@0@@\nWOODPECKER_MAX_WORKFLOWS=4\n"),
    ("drone_runner_docker_env", ["hex32"], ["ci_agent_secret"], "DRONE_RPC_PROTO=https\nDRONE_RPC_HOST=drone.example.org\nDRONE_RPC_SECRET=@@0@@\nDRONE_RUNNER_CAPACITY=2\n"),
    ("buildkite_agent_cfg", ["bk_agent"], ["buildkite_agent_token"], "token=\"@@0@@\"\nname=\"%hostname-%spawn\"\ntags=\"queue=default\"\n"),
    ("jenkins_inbound_agent_cli", ["hex64"], ["jenkins_agent_secret"], "java -jar agent.jar -url https://jenkins.example.org/ -secret @@0@@ -name \"win-build-02\" -workDir \"C:\\jenkins\"\n"),
    ("teamcity_buildagent_properties", ["hex32"], ["teamcity_agent_token"], "serverUrl=https://teamcity.example.org\nname=agent-linux-3\nauthorizationToken=@@0@@\n"),
    ("forgejo_act_runner_register", ["alnum40"], ["forgejo_runner_token"], "$ ./act_runner register --no-interactive --instance https://code.example.org --token @@0@@ --name rpi-runner\n"),
    ("azure_pipelines_agent_config_cmd", ["ado_pat"], ["azure_devops_pat"], "PS C:\\agent> .\\config.cmd --unattended --url https://dev.azure.com/contoso --auth pat --token @@0@@ --pool Default\n"),
    ("github_actions_runner_config_sh", ["gh_runner"], ["github_runner_registration_token"], "$ ./config.sh --url https://github.com/example/infra --token @@0@@ --labels self-hosted,arm64\n"),
    # game servers
    ("minecraft_server_properties_rcon", ["pw"], ["rcon_password"], "enable-rcon=true\nrcon.port=25575\nrcon.password=@@0@@\nmotd=Family server\n"),
    ("ark_gameusersettings_ini", ["pw", "pw"], ["game_server_password", "game_server_admin_password"], "[ServerSettings]\nServerPassword=@@0@@\nServerAdminPassword=@@1@@\nDifficultyOffset=0.5\n"),
    ("palworld_settings_ini", ["pw"], ["game_server_admin_password"], "[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,ServerName=\"Pals\",AdminPassword=\"@@0@@\",ServerPlayerMaxNum=16)\n"),
    ("terraria_serverconfig_txt", ["pw"], ["game_server_password"], "world=/srv/terraria/Worlds/home.wld\nmaxplayers=8\nport=7777\npassword=@@0@@\n"),
    ("seven_days_serverconfig_xml", ["pw"], ["game_server_password"], "<ServerSettings>\n  <property name=\"ServerName\" value=\"Undead Weekend\"/>\n  <property name=\"ServerPassword\" value=\"@@0@@\"/>\n</ServerSettings>\n"),
    ("enshrouded_server_json", ["pw"], ["game_server_password"], "{\n  \"name\": \"Embervale\",\n  \"password\": \"@@0@@\",\n  \"slotCount\": 16\n}\n"),
    ("garrysmod_server_cfg", ["pw"], ["rcon_password"], "hostname \"Sandbox Night\"\nsv_lan 0\nrcon_password \"@@0@@\"\n"),
    ("openttd_secrets_cfg", ["pw", "pw"], ["game_server_password", "rcon_password"], "[network]\nserver_password = @@0@@\nrcon_password = @@1@@\n"),
    ("arma3_server_cfg", ["pw", "pw"], ["game_server_password", "game_server_admin_password"], "hostname = \"Op Night\";\npassword = \"@@0@@\";\npasswordAdmin = \"@@1@@\";\nmaxPlayers = 40;\n"),
    # home automation / iot
    ("home_assistant_secrets_yaml", ["pw", "pw"], ["wifi_psk", "mqtt_password"], "# secrets.yaml\nwifi_ssid: \"Heimnetz\"\nwifi_password: \"@@0@@\"\nmqtt_user: homeassistant\nmqtt_password: \"@@1@@\"\n"),
    ("esphome_device_yaml", ["pw", "b64_32", "pw"], ["wifi_psk", "esphome_api_encryption_key", "esphome_ota_password"], "esphome:\n  name: porch-light\nwifi:\n  ssid: \"Heimnetz\"\n  password: \"@@0@@\"\napi:\n  encryption:\n    key: \"@@1@@\"\nota:\n  - platform: esphome\n    password: \"@@2@@\"\n"),
    ("mosquitto_passwd_b_flag", ["pw"], ["mqtt_password"], "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd sensor-bathroom @@0@@\n"),
    ("node_red_settings_js_credential_secret", ["pp"], ["node_red_credential_secret"], "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: \"@@0@@\",\n    flowFile: 'flows.json',\n}\n"),
    ("shelly_rpc_wifi_setconfig_curl", ["pw"], ["wifi_psk"], "curl -X POST -d '{\"id\":1,\"method\":\"WiFi.SetConfig\",\"params\":{\"config\":{\"sta\":{\"ssid\":\"Heimnetz\",\"pass\":\"@@0@@\",\"enable\":true}}}}' http://192.168.1.50/rpc\n"),
    ("tinytuya_devices_json", ["tuya"], ["tuya_local_key"], "[\n  {\n    \"name\": \"Desk lamp\",\n    \"id\": \"bf3e1a9c2d7f4e8a5b1c0d\",\n    \"key\": \"@@0@@\",\n    \"ip\": \"192.168.1.77\",\n    \"version\": \"3.3\"\n  }\n]\n"),
    ("nut_upsd_users", ["pw"], ["ups_monitor_password"], "[monuser]\n    password = @@0@@\n    upsmon primary\n"),
    # network gear
    ("vyos_set_commands_plaintext", ["pw"], ["network_device_password"], "set system login user vyos authentication plaintext-password '@@0@@'\ncommit\nsave\n"),
    ("cisco_wlc_wlan_psk_set_key", ["pp"], ["wifi_psk"], "(Cisco Controller) >config wlan security wpa akm psk set-key ascii @@0@@ 3\n"),
    ("arista_eos_username_secret0", ["pw"], ["network_device_password"], "username admin privilege 15 role network-admin secret 0 @@0@@\n"),
    ("dell_os10_username_password", ["pw"], ["network_device_password"], "OS10(config)# username netops password @@0@@ role sysadmin\n"),
    ("keepalived_conf_auth_pass", ["alnum16"], ["vrrp_auth_password"], "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass @@0@@\n    }\n}\n"),
    ("frr_bgp_neighbor_password", ["pw"], ["bgp_md5_password"], "router bgp 65010\n neighbor 192.0.2.1 remote-as 65020\n neighbor 192.0.2.1 password @@0@@\n"),
    ("bird2_bgp_protocol_password", ["pw"], ["bgp_md5_password"], "protocol bgp upstream {\n    local as 65010;\n    neighbor 198.51.100.1 as 64500;\n    password \"@@0@@\";\n}\n"),
    ("freeradius_clients_conf", ["pw"], ["radius_shared_secret"], "client nas-office {\n    ipaddr = 10.0.0.2\n    secret = @@0@@\n    shortname = office\n}\n"),
    ("ios_tacacs_server_key0", ["pw"], ["tacacs_key"], "tacacs server TAC1\n address ipv4 10.0.0.5\n key 0 @@0@@\n"),
    ("ntp_keys_file_sha1", ["hex40"], ["ntp_symmetric_key"], "# /etc/ntp.keys\n1 SHA1 @@0@@\n"),
    ("bind_named_conf_tsig_key", ["b64_32"], ["dns_tsig_key"], "key \"xfer-key\" {\n    algorithm hmac-sha256;\n    secret \"@@0@@\";\n};\n"),
    ("knot_conf_tsig_key", ["b64_32"], ["dns_tsig_key"], "key:\n  - id: transfer\n    algorithm: hmac-sha256\n    secret: @@0@@\n"),
    # databases
    ("pgpass_file", ["pwu"], ["database_password"], "# hostname:port:database:username:password\ndb-eu1.internal.example.net:5432:orders:app:@@0@@\n"),
    ("mysql_my_cnf_client_section", ["pw"], ["database_password"], "[client]\nuser=backup\npassword=@@0@@\nhost=127.0.0.1\n"),
    ("redis_conf_requirepass", ["pw"], ["redis_password"], "bind 127.0.0.1\nport 6379\nrequirepass @@0@@\n"),
    ("redis_acl_file_user", ["pw"], ["redis_password"], "user default off\nuser worker on >@@0@@ ~jobs:* +@all\n"),
    ("valkey_sentinel_auth_pass", ["pw"], ["redis_password"], "sentinel monitor mymaster 10.0.0.11 6379 2\nsentinel auth-pass mymaster @@0@@\n"),
    ("pgbouncer_userlist_txt", ["pw"], ["database_password"], "\"app\" \"@@0@@\"\n"),
    ("pgpool_pool_passwd_text_prefix", ["pwu"], ["database_password"], "app:TEXT@@0@@\n"),
    ("clickhouse_users_xml_password", ["pw"], ["database_password"], "<clickhouse>\n  <users>\n    <etl>\n      <password>@@0@@</password>\n      <networks><ip>10.0.0.0/8</ip></networks>\n    </etl>\n  </users>\n</clickhouse>\n"),
    ("cqlshrc_plaintext_auth", ["pw"], ["database_password"], "[authentication]\nusername = analyst\npassword = @@0@@\n\n[connection]\nhostname = cass1.example.net\n"),
    ("sqlcmdpassword_env", ["pw"], ["sql_server_password"], "$ export SQLCMDPASSWORD='@@0@@'\n$ sqlcmd -S tcp:mssql.example.net,1433 -U sa -Q \"SELECT @@VERSION\"\n"),
    ("oracle_sqlplus_userid_slash", ["pwu"], ["database_password"], "$ sqlplus system/@@0@@@//db.example.net:1521/ORCLPDB1\n"),
    ("influx_cli_configs_toml", ["influx"], ["influxdb_token"], "[default]\n  url = \"http://localhost:8086\"\n  token = \"@@0@@\"\n  org = \"home\"\n  active = true\n"),
    ("questdb_server_conf_pg_password", ["pw"], ["database_password"], "pg.user=admin\npg.password=@@0@@\nhttp.enabled=true\n"),
    ("couchdb_local_ini_admins", ["pw"], ["database_password"], "[admins]\nadmin = @@0@@\n"),
    ("firebird_isql_password_flag", ["pw"], ["database_password"], "$ isql-fb -user SYSDBA -password @@0@@ localhost:/var/lib/firebird/data/erp.fdb\n"),
    ("db2_connect_using", ["pw"], ["database_password"], "$ db2 connect to SAMPLE user db2inst1 using @@0@@\n"),
    ("maxscale_cnf_server_monitor", ["pw"], ["database_password"], "[MariaDB-Monitor]\ntype=monitor\nmodule=mariadbmon\nuser=maxscale\npassword=@@0@@\n"),
    ("proxysql_cnf_mysql_users", ["pw"], ["database_password"], "mysql_users =\n(\n    { username = \"app\", password = \"@@0@@\", default_hostgroup = 0 }\n)\n"),
    ("liquibase_properties", ["pw"], ["database_password"], "changeLogFile: db/changelog.xml\nurl: jdbc:postgresql://db:5432/app\nusername: liquibase\npassword: @@0@@\n"),
    ("flyway_conf", ["pw"], ["database_password"], "flyway.url=jdbc:mysql://db:3306/shop\nflyway.user=flyway\nflyway.password=@@0@@\n"),
    # brokers
    ("rabbitmq_conf_default_pass", ["pw"], ["broker_password"], "default_user = app\ndefault_pass = @@0@@\nlisteners.tcp.default = 5672\n"),
    ("rabbitmqctl_add_user", ["pw"], ["broker_password"], "$ rabbitmqctl add_user billing '@@0@@'\nAdding user \"billing\" ...\n"),
    ("activemq_credentials_properties", ["pw"], ["broker_password"], "activemq.username=system\nactivemq.password=@@0@@\n"),
    ("artemis_cli_producer", ["pw"], ["broker_password"], "$ ./artemis producer --user admin --password @@0@@ --url tcp://mq.example.net:61616 --message-count 10\n"),
    ("pulsar_client_conf_token", ["pulsar"], ["pulsar_token"], "webServiceUrl=https://pulsar.example.net:8443/\nauthPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:@@0@@\n"),
    ("emqx_conf_dashboard_default_password", ["pw"], ["web_admin_password"], "dashboard {\n  listeners.http.bind = 18083\n  default_username = \"admin\"\n  default_password = \"@@0@@\"\n}\n"),
    ("nats_server_conf_authorization", ["pw"], ["nats_password"], "authorization {\n  user: app\n  password: \"@@0@@\"\n  timeout: 2\n}\n"),
    ("redpanda_rpk_profile_sasl", ["pw"], ["kafka_sasl_password"], "name: prod\nkafka_api:\n  brokers:\n    - rp1.example.net:9092\n  sasl:\n    user: app\n    password: @@0@@\n    mechanism: SCRAM-SHA-256\n"),
    ("kafka_client_properties_scram_jaas", ["pw"], ["kafka_sasl_password"], "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"app\" password=\"@@0@@\";\n"),
    ("mosquitto_bridge_conf", ["pw"], ["mqtt_password"], "connection cloud-bridge\naddress mqtt.example.net:8883\nremote_username garage\nremote_password @@0@@\ntopic sensors/# out 1\n"),
    # cli flags
    ("htpasswd_b_flag", ["pw"], ["web_admin_password"], "$ sudo htpasswd -b -c /etc/nginx/.htpasswd admin @@0@@\nAdding password for user admin\n"),
    ("sshpass_p_command", ["pw"], ["ssh_password"], "$ sshpass -p '@@0@@' ssh -o StrictHostKeyChecking=no deploy@10.40.7.12 'systemctl restart api'\n"),
    ("smbclient_user_percent_password", ["pw"], ["smb_password"], "$ smbclient //nas.home.arpa/photos -U anna%@@0@@ -c 'ls'\n"),
    ("mount_cifs_options_password", ["pw"], ["smb_password"], "$ sudo mount -t cifs //nas.home.arpa/share /mnt/share -o username=anna,password=@@0@@,vers=3.0\n"),
    ("rdesktop_p_flag", ["pw"], ["rdp_password"], "$ rdesktop -u Administrator -p '@@0@@' -g 1600x900 10.0.0.44\n"),
    ("ipmitool_lanplus_P", ["pw"], ["bmc_password"], "$ ipmitool -I lanplus -H 10.0.0.9 -U ADMIN -P '@@0@@' chassis power status\nChassis Power is on\n"),
    ("crontab_mysqldump_inline_p", ["pw"], ["database_password"], "0 3 * * * mysqldump -u backup -p'@@0@@' --all-databases | gzip > /backup/all-$(date +\\%F).sql.gz\n"),
    ("pgpassword_prefixed_psql", ["pw"], ["database_password"], "$ PGPASSWORD='@@0@@' psql -h db-eu1.internal.example.net -U app -d orders -c 'select 1'\n"),
    ("wget_user_password_flags", ["pw"], ["http_basic_password"], "$ wget --user=jdoe --password='@@0@@' https://files.example.org/reports/q2.zip\n"),
    ("lftp_u_user_comma_password", ["pwu"], ["sftp_password"], "$ lftp -u deploy,@@0@@ sftp://files.example.net -e 'mirror -R dist /var/www; bye'\n"),
    ("mongodump_password_flag", ["pw"], ["mongodb_password"], "$ mongodump --host mongo1.example.net --username backup --password '@@0@@' --authenticationDatabase admin --out /backup/mongo\n"),
    ("keytool_importcert_storepass", ["pw"], ["keystore_password"], "$ keytool -importcert -alias corp-ca -file ca.pem -keystore truststore.jks -storepass @@0@@ -noprompt\n"),
    ("openssl_pkcs12_passout", ["pw"], ["pkcs12_password"], "$ openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:@@0@@\n"),
    ("gpg_batch_passphrase_decrypt", ["pp"], ["gpg_passphrase"], "$ gpg --batch --pinentry-mode loopback --passphrase '@@0@@' -o backup.tar -d backup.tar.gpg\n"),
    ("sevenzip_archive_p_flag", ["pwu"], ["archive_password"], "$ 7z a -p@@0@@ -mhe=on handover.7z docs/\n"),
    ("zip_P_flag", ["pwu"], ["archive_password"], "$ zip -P @@0@@ -r export.zip export/\n"),
    ("cryptsetup_luksopen_echo_keyfile", ["pp"], ["disk_encryption_passphrase"], "$ echo -n '@@0@@' | sudo cryptsetup luksOpen /dev/sdb1 data -d -\n"),
    ("veracrypt_text_mount_password", ["pw"], ["disk_encryption_passphrase"], "$ veracrypt --text --mount vault.hc /mnt/v --password='@@0@@' --pim=0 --keyfiles='' --protect-hidden=no\n"),
    ("ansible_vault_pass_txt_cat", ["pp"], ["ansible_vault_password"], "$ cat ~/.vault_pass.txt\n@@0@@\n$ ansible-playbook site.yml --vault-password-file ~/.vault_pass.txt\n"),
    ("docker_login_p_flag", ["pw"], ["docker_registry_password"], "$ docker login registry.example.org -u ci -p '@@0@@'\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n"),
    ("helm_repo_add_password_flag", ["pw"], ["artifact_repository_password"], "$ helm repo add internal https://charts.example.org --username ci --password '@@0@@'\n\"internal\" has been added to your repositories\n"),
    # package managers / build
    ("pip_conf_index_url_userinfo", ["pwu"], ["artifact_repository_password"], "[global]\nindex-url = https://ci:@@0@@@pypi.example.org/simple\n"),
    ("gem_sources_add_userinfo", ["pwu"], ["artifact_repository_password"], "$ gem sources --add https://ci:@@0@@@gems.example.org/\nhttps://ci:@@0@@@gems.example.org/ added to sources\n"),
    ("bundle_config_host_credentials", ["pwu"], ["artifact_repository_password"], "---\nBUNDLE_GEMS__EXAMPLE__ORG: \"ci:@@0@@\"\n"),
    ("cargo_credentials_toml_registry", ["alnum32"], ["cargo_registry_token"], "[registries.internal]\ntoken = \"@@0@@\"\n"),
    ("go_netrc_goproxy", ["pw"], ["artifact_repository_password"], "machine goproxy.example.org\n  login ci\n  password @@0@@\n"),
    ("deno_auth_tokens_env", ["ghp"], ["github_pat_classic"], "export DENO_AUTH_TOKENS=@@0@@@raw.githubusercontent.com\n"),
    ("bunfig_toml_scoped_registry", ["npm"], ["npm_access_token"], "[install.scopes]\n\"@acme\" = { token = \"@@0@@\", url = \"https://registry.npmjs.org/\" }\n"),
    ("condarc_channel_alias_token", ["conda"], ["conda_channel_token"], "channels:\n  - defaults\nchannel_alias: https://conda.example.org/t/@@0@@\n"),
    ("renovate_config_js_hostrules", ["ghp"], ["github_pat_classic"], "module.exports = {\n  hostRules: [\n    { matchHost: 'npm.pkg.github.com', token: '@@0@@' },\n  ],\n};\n"),
    ("dependabot_yml_registry_password", ["pw"], ["artifact_repository_password"], "version: 2\nregistries:\n  nexus:\n    type: maven-repository\n    url: https://nexus.example.org/repository/maven\n    username: ci\n    password: \"@@0@@\"\n"),
    ("sbt_credentials_file", ["pw"], ["artifact_repository_password"], "realm=Sonatype Nexus Repository Manager\nhost=nexus.example.org\nuser=ci\npassword=@@0@@\n"),
    ("leiningen_profiles_repository_auth", ["pw"], ["artifact_repository_password"], "{:auth {:repository-auth {#\"nexus\" {:username \"ci\" :password \"@@0@@\"}}}}\n"),
]


def _uuid(r):
    import uuid
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


G["uuid"] = _uuid


def build(seed=2020):
    rng = random.Random(seed)
    out = []
    for cont, gens, types, tpl in B:
        secrets = [(G[g](rng), t) for g, t in zip(gens, types)]
        out.append(mk(cont, tpl, secrets, "gen_passwords"))
    return out
