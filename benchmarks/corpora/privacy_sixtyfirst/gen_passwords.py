"""Positional passwords: one new network / telecom syntax each; kind <type>__<presentation suffix>."""
import random
from common import *

SEED = 6103
SUFFIX = {"cli": "noc_console_scrollback", "cfg": "router_config_archive_excerpt",
          "sql": "nms_database_migration_tab", "code": "netauto_repo_snippet", "proto": "protocol_trace_excerpt"}

S = [
 # Cisco IOS / IOS-XE / ASA / NX-OS / WLC
 ("ios_username_privilege_password_type0", "cfg", "username {user} privilege 15 password 0 {V}"),
 ("ios_enable_password_level15", "cfg", "enable password level 15 {V}"),
 ("ios_tacacs_server_key_type0", "cfg", "tacacs server TAC1\n address ipv4 {ip}\n key 0 {V}"),
 ("ios_radius_server_key_line", "cfg", "radius server ISE-1\n address ipv4 {ip} auth-port 1812 acct-port 1813\n key {V}"),
 ("ios_key_chain_key_string", "cfg", "key chain OSPF-KC\n key 1\n  key-string {V}\n  cryptographic-algorithm hmac-sha-256"),
 ("ios_ospf_message_digest_key_md5", "cfg", "interface Te0/1/0\n ip ospf message-digest-key 1 md5 {V}"),
 ("ios_bgp_neighbor_password_keyword", "cfg", "router bgp 65010\n neighbor {ip} remote-as 64{n}1\n neighbor {ip} password {V}"),
 ("ios_ppp_chap_password_interface", "cfg", "interface Dialer1\n ppp chap hostname {user}\n ppp chap password 0 {V}"),
 ("ios_isakmp_key_address", "cfg", "crypto isakmp key {V} address {ip}"),
 ("ios_ip_ftp_password_global", "cfg", "ip ftp username {user}\nip ftp password {V}"),
 ("ios_line_vty_password_plain", "cfg", "line vty 0 15\n password {V}\n login"),
 ("ios_snmp_server_user_v3_auth_sha", "cfg", "snmp-server user {user} NMS-RO v3 auth sha {V}"),
 ("ios_dot11_wpa_psk_ascii", "cfg", "dot11 ssid NOC-OOB\n authentication key-management wpa version 2\n wpa-psk ascii 0 {V}"),
 ("asa_tunnel_group_ikev1_psk", "cfg", "tunnel-group {ip} ipsec-attributes\n ikev1 pre-shared-key {V}"),
 ("asa_username_password_privilege", "cfg", "username {user} password {V} privilege 15"),
 ("nxos_username_password_role", "cfg", "username {user} password 0 {V} role network-admin"),
 ("nxos_hsrp_authentication_text", "cfg", "interface Vlan{n}\n hsrp 10\n  authentication text {V}"),
 ("cisco_wlc_radius_auth_add_ascii", "cli", "(WLC) >config radius auth add 1 {ip} 1812 ascii {V}"),
 ("ios_copy_ftp_url_userinfo", "cli", "{host}#copy running-config ftp://{user}:{V}@{ip}/cfg/{site}.txt"),
 # Juniper / Arista / others
 ("junos_radius_server_secret_statement", "cfg", "set system radius-server {ip} secret \"{V}\""),
 ("junos_ike_policy_psk_ascii_text", "cfg", "set security ike policy IKE-POL pre-shared-key ascii-text \"{V}\""),
 ("junos_bgp_group_authentication_key", "cfg", "set protocols bgp group TRANSIT authentication-key \"{V}\""),
 ("junos_ospf_interface_md5_key", "cfg", "set protocols ospf area 0 interface ge-0/0/1.0 authentication md5 1 key \"{V}\""),
 ("junos_tacplus_server_secret", "cfg", "set system tacplus-server {ip} secret \"{V}\""),
 ("eos_username_secret_zero", "cfg", "username {user} privilege 15 role network-admin secret 0 {V}"),
 ("eos_ntp_authentication_key_md5", "cfg", "ntp authentication-key 5 md5 0 {V}\nntp trusted-key 5"),
 ("eos_vrrp_auth_text", "cfg", "interface Vlan{n}\n   vrrp 1 session description core\n   vrrp 1 authentication text {V}"),
 ("huawei_local_user_password_cipher", "cfg", "aaa\n local-user {user} password cipher {V}\n local-user {user} privilege level 15"),
 ("huawei_radius_shared_key_cipher", "cfg", "radius-server template RT1\n radius-server shared-key cipher {V}"),
 ("comware_local_user_password_simple", "cfg", "local-user {user} class manage\n password simple {V}\n service-type ssh"),
 ("comware_super_password_simple", "cfg", "super password role network-admin simple {V}"),
 ("dellos10_username_password_role", "cfg", "username {user} password {V} role sysadmin"),
 ("sros_security_user_password", "cfg", "/configure system security user \"{user}\" password {V}"),
 ("icx_enable_super_user_password", "cfg", "enable super-user-password {V}"),
 ("exos_radius_shared_secret", "cli", "configure radius mgmt-access primary server {ip} 1812 client-ip {ip2} vr VR-Mgmt shared-secret {V}"),
 ("aruba_mgmt_user_root", "cli", "(MM) [mynode] (config) #mgmt-user {user} root {V}"),
 ("fortios_user_radius_secret", "cfg", "config user radius\n    edit \"NPS\"\n        set server \"{ip}\"\n        set secret {V}\n    next\nend"),
 ("fortios_phase1_psksecret", "cfg", "config vpn ipsec phase1-interface\n    edit \"to-{site}\"\n        set remote-gw {ip}\n        set psksecret {V}\n    next\nend"),
 ("fortios_system_admin_set_password", "cfg", "config system admin\n    edit \"{user}\"\n        set accprofile \"super_admin\"\n        set password {V}\n    next\nend"),
 ("panos_keygen_url_password_param", "cli", "curl -sk 'https://{ip}/api/?type=keygen&user={user}&password={V}'"),
 ("vyos_login_plaintext_password", "cfg", "set system login user {user} authentication plaintext-password '{V}'"),
 ("vyos_ipsec_psk_secret", "cfg", "set vpn ipsec authentication psk {site} secret '{V}'"),
 ("edgeos_pppoe_password", "cfg", "set interfaces ethernet eth0 pppoe 0 password {V}"),
 ("openwrt_uci_set_wireless_key", "cli", "root@OpenWrt:~# uci set wireless.default_radio0.key='{V}'"),
 ("openwrt_network_pppoe_option_password", "cfg", "config interface 'wan'\n\toption proto 'pppoe'\n\toption username '{user}'\n\toption password '{V}'"),
 ("routeros_user_add_password", "cli", "[admin@{site}] > /user add name={user} group=full password={V}"),
 ("routeros_ppp_secret_add", "cli", "[admin@{site}] > /ppp secret add name={user} service=pppoe password={V} profile=default"),
 ("routeros_wpa2_pre_shared_key", "cli", "[admin@{site}] > /interface wireless security-profiles set default wpa2-pre-shared-key={V}"),
 ("routeros_ipsec_identity_secret", "cli", "[admin@{site}] > /ip ipsec identity add peer=hq auth-method=pre-shared-key secret={V}"),
 ("routeros_radius_add_secret", "cli", "[admin@{site}] > /radius add address={ip} service=ppp,login secret={V}"),
 # RADIUS / TACACS / SNMP tooling
 ("tac_plus_key_equals", "cfg", "key = \"{V}\"\naccounting file = /var/log/tac_plus.acct"),
 ("tac_plus_user_login_cleartext", "cfg", "user = {user} {{\n    login = cleartext \"{V}\"\n    member = netadmins\n}}"),
 ("radclient_input_user_password_attr", "cli", "$ echo 'User-Name = \"{user}\", User-Password = \"{V}\"' | radclient -x {ip} auth \"$RADIUS_SECRET\""),
 ("netsnmp_conf_def_auth_passphrase", "cfg", "defSecurityName {user}\ndefAuthType SHA\ndefAuthPassphrase {V}"),
 ("snmpusm_passwd_new_passphrase", "cli", "$ snmpusm -v3 -u {user} -l authNoPriv -a SHA -A \"$OLD_AUTH\" {ip} passwd \"$OLD_AUTH\" {V}"),
 # VPN
 ("openconnect_passwd_on_stdin_echo", "cli", "$ echo '{V}' | sudo openconnect --user={user} --passwd-on-stdin vpn.netops.example"),
 ("openfortivpn_p_flag", "cli", "$ sudo openfortivpn {ip}:443 -u {user} -p '{V}'"),
 ("openfortivpn_config_password_line", "cfg", "host = {ip}\nport = 443\nusername = {user}\npassword = {V}"),
 ("vpnc_conf_xauth_password", "cfg", "IPSec gateway {ip}\nIPSec ID noc\nXauth username {user}\nXauth password {V}"),
 ("nmcli_vpn_secrets_password", "cli", "$ nmcli connection modify noc-vpn +vpn.secrets 'password={V}'"),
 ("pppd_peers_password_option", "cfg", "# /etc/ppp/peers/dsl-provider\nplugin rp-pppoe.so eth0\nuser \"{user}\"\npassword \"{V}\"\nnoipdefault"),
 ("sstpc_password_option", "cli", "$ sudo sstpc --user {user} --password '{V}' {ip} usepeerdns require-mschap-v2 noauth"),
 ("softether_vpncmd_password_switch", "cli", "C:\\> vpncmd {ip}:443 /SERVER /HUB:NOC /PASSWORD:{V} /CMD UserList"),
 ("wg_conf_preshared_key_line", "cfg", "[Peer]\nPublicKey = {pub}\nPresharedKey = {V}\nAllowedIPs = {ip}/32"),
 # SIP / VoIP
 ("asterisk_sip_conf_secret", "cfg", "[{n}01]\ntype=friend\nhost=dynamic\nsecret={V}\ncontext=internal"),
 ("asterisk_sip_register_line", "cfg", "[general]\nregister => {user}:{V}@sip.carrier.example/{n}00"),
 ("asterisk_iax_conf_secret", "cfg", "[{site}]\ntype=peer\nhost={ip}\nsecret={V}\nauth=md5"),
 ("asterisk_manager_conf_secret", "cfg", "[{user}]\nsecret = {V}\ndeny = 0.0.0.0/0.0.0.0\npermit = {ip}/255.255.255.255"),
 ("asterisk_ari_conf_password", "cfg", "[{user}]\ntype = user\nread_only = no\npassword = {V}"),
 ("freeswitch_directory_user_password_param", "cfg", "<user id=\"{n}02\">\n  <params>\n    <param name=\"password\" value=\"{V}\"/>\n  </params>\n</user>"),
 ("kamctl_add_user_positional", "cli", "# kamctl add {n}03@sip.netops.example {V}"),
 ("opensips_cli_user_add", "cli", "# opensips-cli -x user add {n}04@sip.netops.example {V}"),
 ("yealink_account_password_key", "cfg", "account.1.user_name = {n}05\naccount.1.password = {V}"),
 ("polycom_reg_auth_password_attr", "cfg", "<reg reg.1.address=\"{n}06\" reg.1.auth.userId=\"{n}06\" reg.1.auth.password=\"{V}\"/>"),
 ("grandstream_pvalue_p34", "cfg", "<item name=\"P35\">{n}07</item>\n<item name=\"P34\">{V}</item>"),
 ("cisco_spa_password_1_element", "cfg", "<flat-profile>\n  <User_ID_1_>{n}08</User_ID_1_>\n  <Password_1_>{V}</Password_1_>\n</flat-profile>"),
 ("snom_user_pass_element", "cfg", "<user_name idx=\"1\" perm=\"\">{n}09</user_name>\n<user_pass idx=\"1\" perm=\"\">{V}</user_pass>"),
 ("baresip_accounts_auth_pass", "cfg", "<sip:{n}10@sip.netops.example>;auth_pass={V};regint=600"),
 ("pjsua_password_option", "cli", "$ pjsua --id sip:{n}11@sip.netops.example --registrar sip:sip.netops.example --realm '*' --username {n}11 --password {V}"),
 ("sipp_ap_option", "cli", "$ sipp -sf reg.xml -s {n}12 -au {n}12 -ap {V} {ip}:5060 -m 1"),
 ("linphonerc_auth_info_passwd", "cfg", "[auth_info_0]\nusername={n}13\npasswd={V}\nrealm=sip.netops.example"),
 # Monitoring / NMS
 ("nagios_resource_user_macro", "cfg", "$USER9$={V}"),
 ("zabbix_server_conf_dbpassword", "cfg", "DBHost={host}\nDBName=zabbix\nDBUser=zabbix\nDBPassword={V}"),
 ("icinga_api_users_password_attr", "cfg", "object ApiUser \"{user}\" {{\n  password = \"{V}\"\n  permissions = [ \"status/query\" ]\n}}"),
 ("prometheus_basic_auth_password_field", "cfg", "  - job_name: snmp-{site}\n    basic_auth:\n      username: {user}\n      password: {V}"),
 ("snmp_exporter_auth_password_field", "cfg", "auths:\n  noc_v3:\n    security_level: authNoPriv\n    username: {user}\n    password: {V}\n    auth_protocol: SHA"),
 ("oxidized_config_password_key", "cfg", "username: {user}\npassword: {V}\nmodel: ios"),
 ("cloginrc_add_password_single", "cfg", "add password *.{site}.netops.example {{{V}}}"),
 # SQL for NMS databases
 ("mysql_create_user_identified_by_nms", "sql", "CREATE USER 'librenms'@'localhost' IDENTIFIED BY '{V}';"),
 ("postgres_alter_role_with_password", "sql", "ALTER ROLE zabbix WITH LOGIN PASSWORD '{V}';"),
 ("postgres_create_role_login_password", "sql", "CREATE ROLE netbox LOGIN PASSWORD '{V}';"),
 ("clickhouse_create_user_plaintext_password", "sql", "CREATE USER flows IDENTIFIED WITH plaintext_password BY '{V}';"),
 ("influx_setup_password_flag", "cli", "$ influx setup --org noc --bucket telemetry --username {user} --password {V} --force"),
 # automation code
 ("librouteros_connect_password_kwarg", "code", "api = librouteros.connect(host=\"{ip}\", username=\"{user}\", password=\"{V}\")"),
 ("routeros_api_pool_password_kwarg", "code", "pool = routeros_api.RouterOsApiPool(\"{ip}\", username=\"{user}\", password=\"{V}\", plaintext_login=True)"),
 ("pyeapi_connect_password_kwarg", "code", "node = pyeapi.connect(host=\"{host}\", username=\"{user}\", password=\"{V}\", transport=\"https\")"),
 ("junos_pyez_device_passwd_kwarg", "code", "dev = Device(host=\"{host}\", user=\"{user}\", passwd=\"{V}\")"),
 ("scrapli_auth_password_kwarg", "code", "conn = IOSXEDriver(host=\"{host}\", auth_username=\"{user}\", auth_password=\"{V}\", auth_strict_key=False)"),
 ("panos_firewall_third_positional", "code", "fw = Firewall(\"{ip}\", \"{user}\", \"{V}\")"),
 ("ucsmsdk_handle_third_positional", "code", "handle = UcsHandle(\"{ip}\", \"{user}\", \"{V}\")"),
 ("aci_aaauser_login_pwd_json", "code", "payload = {{\"aaaUser\": {{\"attributes\": {{\"name\": \"{user}\", \"pwd\": \"{V}\"}}}}}}"),
 ("fortigate_logincheck_secretkey_form", "code", "s.post(f\"https://{ip}/logincheck\", data={{\"username\": \"{user}\", \"secretkey\": \"{V}\"}})"),
 ("pexpect_sendline_after_password_prompt", "code", "child.expect(\"Password:\")\nchild.sendline(\"{V}\")"),
 ("telnetlib_write_password_bytes", "code", "tn.read_until(b\"Password: \")\ntn.write(b\"{V}\\n\")"),
 ("perl_net_telnet_login_second_arg", "code", "$t->login('{user}', '{V}');"),
 ("perl_net_snmp_authpassword_option", "code", "my ($s, $e) = Net::SNMP->session(-hostname => '{ip}', -version => 'snmpv3', -username => '{user}', -authpassword => '{V}');"),
 ("ruby_net_ssh_start_password_option", "code", "Net::SSH.start(\"{host}\", \"{user}\", password: \"{V}\") do |ssh|"),
 ("node_ssh2_connect_password_field", "code", "conn.connect({{ host: '{ip}', port: 22, username: '{user}', password: '{V}' }});"),
 ("go_crypto_ssh_password_auth", "code", "Auth: []ssh.AuthMethod{{ssh.Password(\"{V}\")}},"),
 ("csharp_sshnet_sshclient_third_arg", "code", "using var client = new SshClient(\"{ip}\", \"{user}\", \"{V}\");"),
 ("gnmic_password_flag", "cli", "$ gnmic -a {ip}:57400 -u {user} -p {V} --skip-verify get --path /interfaces"),
 ("lftp_u_user_comma_password", "cli", "$ lftp -u {user},{V} sftp://{ip}"),
 ("netrc_machine_password_token", "cfg", "machine {ip} login {user} password {V}"),
 ("httpie_auth_user_colon_password", "cli", "$ http -a {user}:{V} https://{host}/restconf/data/ietf-interfaces:interfaces"),
 # protocol traces
 ("ftp_control_pass_command", "proto", "220 {host} FTP server ready\nUSER {user}\n331 Password required\nPASS {V}\n230 User logged in"),
 ("imap_tagged_login_command", "proto", "* OK IMAP4rev1 ready\na001 LOGIN {user} {V}\na001 OK LOGIN completed"),
 ("irc_server_pass_command", "proto", "PASS {V}\nNICK noc-bot\nUSER noc 0 * :NOC relay"),
 ("irc_oper_command_password", "proto", ":noc-bot!noc@{ip} OPER {user} {V}\n:irc.netops.example 381 noc-bot :You are now an IRC operator"),
 ("pop3_pass_command", "proto", "+OK POP3 ready\nUSER {user}\n+OK\nPASS {V}\n+OK maildrop has 2 messages"),
]

def generate(pool):
    r = random.Random(SEED)
    out = []
    names = [s[0] for s in S]
    assert len(set(names)) == len(names)
    for typ, pres, tpl in S:
        while True:
            v = password(r)
            if v not in pool: break
        pool.add(v)
        body = fill(tpl, r, pub=b64(r, 32))
        suf = SUFFIX[pres]
        if pres == "cli":
            text = "# scrollback {site} {date}\n" + body + "\n"
        elif pres == "cfg":
            text = "! --- excerpt from config archive, {host} ---\n".replace("{host}", host(r)) + body + "\n! --- end excerpt ---\n"
        elif pres == "sql":
            text = "-- migration 00{n}_nms_accounts.sql\nBEGIN;\n".replace("{n}", str(r.randint(10, 99))) + body + "\nCOMMIT;\n"
        elif pres == "code":
            text = "# netauto/tasks/collect.py (line %d)\n" % r.randint(20, 300) + body + "\n"
        else:
            text = "--- trace captured on span port, %s ---\n" % date(r) + body + "\n"
        text = text.replace("{site}", site(r)).replace("{date}", date(r))
        out.append(record(text, v, typ, typ + "__" + suf, "password"))
    return out
