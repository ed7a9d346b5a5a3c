"""Positional-password part: one new telecom / network / infra syntax per record.
kind 'c' = command typed at a prompt, 'f' = configuration / code lines."""
import random
from common import *

SEED = 4503
P = '«0»'

SYNTAX = [
 # Cisco IOS / IOS-XE / NX-OS / IOS-XR
 ('ios_username_privilege_secret_zero', 'f', 'username noc privilege 15 secret 0 ' + P),
 ('ios_enable_secret_type_zero', 'f', 'enable secret 0 ' + P),
 ('ios_radius_server_key_zero', 'f', 'radius server NPS1\n address ipv4 {IP} auth-port 1812 acct-port 1813\n key 0 ' + P),
 ('ios_crypto_isakmp_key_address', 'f', 'crypto isakmp key ' + P + ' address {IP}'),
 ('ios_ppp_chap_password_zero', 'f', 'interface Dialer1\n ppp chap hostname cpe{N}@isp.example\n ppp chap password 0 ' + P),
 ('ios_ospf_message_digest_key_md5', 'f', 'interface TenGigabitEthernet0/1/0\n ip ospf message-digest-key 1 md5 ' + P),
 ('ios_bgp_neighbor_password_zero', 'f', 'router bgp 64512\n neighbor {IP} remote-as 64513\n neighbor {IP} password 0 ' + P),
 ('ios_key_chain_key_string', 'f', 'key chain EIGRP-KEYS\n key 1\n  key-string ' + P),
 ('ios_hsrp_authentication_md5_key_string', 'f', 'interface Vlan{N}\n standby 10 authentication md5 key-string ' + P),
 ('ios_vrrp_authentication_text', 'f', 'interface GigabitEthernet0/0\n vrrp 1 authentication text ' + P),
 ('ios_snmp_server_community_ro', 'f', 'snmp-server community ' + P + ' RO 99'),
 ('ios_line_vty_password_zero', 'f', 'line vty 0 4\n password 0 ' + P + '\n login'),
 ('ios_ntp_authentication_key_md5', 'f', 'ntp authenticate\nntp authentication-key 7 md5 ' + P),
 ('ios_tacacs_server_key_zero', 'f', 'tacacs server ISE1\n address ipv4 {IP}\n key 0 ' + P),
 ('nxos_username_password_role', 'f', 'username noc password 0 ' + P + ' role network-admin'),
 ('iosxr_bgp_neighbor_password_clear', 'f', 'router bgp 64512\n neighbor {IP}\n  password clear ' + P),
 ('cisco_wlc_mgmtuser_add_positional', 'c', '(Cisco Controller) >config mgmtuser add noc ' + P + ' read-write'),
 ('cisco_asa_username_password_privilege', 'f', 'username noc password ' + P + ' privilege 15'),
 # Juniper / Arista / others
 ('junos_bgp_group_authentication_key', 'f', 'set protocols bgp group TRANSIT authentication-key "' + P + '"'),
 ('junos_ospf_interface_md5_key', 'f', 'set protocols ospf area 0.0.0.0 interface xe-0/0/1.0 authentication md5 1 key "' + P + '"'),
 ('junos_snmp_v3_usm_authentication_password', 'f', 'set snmp v3 usm local-engine user nms authentication-sha authentication-password "' + P + '"'),
 ('junos_radius_server_secret', 'f', 'set system radius-server {IP} secret "' + P + '"'),
 ('arista_eos_username_secret_zero', 'f', 'username noc privilege 15 role network-admin secret 0 ' + P),
 ('aoscx_user_password_plaintext', 'f', 'user noc group administrators password plaintext ' + P),
 ('dell_os10_username_password_role', 'f', 'username noc password ' + P + ' role sysadmin'),
 ('exos_create_account_admin_positional', 'c', '* X670G2.1 # create account admin noc ' + P),
 ('huawei_vrp_local_user_irreversible_cipher', 'f', 'aaa\n local-user noc password irreversible-cipher ' + P),
 ('comware_local_user_password_simple', 'f', 'local-user noc class manage\n password simple ' + P),
 ('nokia_sros_user_password_quoted', 'f', '/configure system security user-params local-user user "noc" password "' + P + '"'),
 ('cumulus_nv_set_aaa_user_password', 'c', 'cumulus@leaf01:mgmt:~$ nv set system aaa user noc password ' + P),
 ('edgeos_login_plaintext_password', 'f', 'set system login user noc authentication plaintext-password ' + P),
 ('vyos_pppoe_authentication_password', 'f', 'set interfaces pppoe pppoe0 authentication password ' + P),
 ('vyos_ipsec_psk_secret', 'f', 'set vpn ipsec authentication psk PEER-{N} secret ' + P),
 ('routeros_user_add_password_equals', 'c', '[admin@MikroTik] > /user add name=noc group=full password=' + P),
 ('routeros_ppp_secret_add_password', 'c', '[admin@MikroTik] > /ppp secret add name=cpe{N} service=pppoe password=' + P),
 ('routeros_wifi_security_passphrase', 'c', '[admin@MikroTik] > /interface wifi security add name=corp authentication-types=wpa2-psk passphrase=' + P),
 ('fortigate_admin_set_password', 'f', 'config system admin\n    edit "noc"\n        set accprofile "super_admin"\n        set password ' + P + '\n    next\nend'),
 ('fortigate_vpn_phase1_psksecret', 'f', 'config vpn ipsec phase1-interface\n    edit "to-{SITE}"\n        set psksecret ' + P + '\n    next\nend'),
 ('fortigate_user_local_passwd', 'f', 'config user local\n    edit "vpnuser"\n        set type password\n        set passwd ' + P + '\n    next\nend'),
 # Linux routing / VPN / Wi-Fi
 ('frr_vtysh_conf_password_line', 'f', '! /etc/frr/frr.conf\nhostname rr1\npassword ' + P),
 ('bird_bgp_protocol_password', 'f', 'protocol bgp transit1 {\n  neighbor {IP} as 64513;\n  password "' + P + '";\n}'),
 ('strongswan_ipsec_secrets_psk_line', 'f', '# /etc/ipsec.secrets\n{IP} %any : PSK "' + P + '"'),
 ('swanctl_conf_ike_secret_entry', 'f', 'secrets {\n  ike-{SITE} {\n    id = {IP}\n    secret = ' + P + '\n  }\n}'),
 ('pppd_chap_secrets_third_column', 'f', '# /etc/ppp/chap-secrets\n# client  server  secret  IP\n"cpe{N}@isp.example" * "' + P + '" *'),
 ('hostapd_conf_wpa_passphrase_line', 'f', 'interface=wlan0\nssid=NOC-{SITE}\nwpa=2\nwpa_passphrase=' + P),
 ('hostapd_conf_sae_password_line', 'f', 'wpa_key_mgmt=SAE\nsae_password=' + P),
 ('iwd_network_file_passphrase_key', 'f', '# /var/lib/iwd/NOC-{SITE}.psk\n[Security]\nPassphrase=' + P),
 ('nmcli_device_wifi_connect_password', 'c', 'ops@{SITE}-tech:~$ nmcli device wifi connect NOC-{SITE} password ' + P),
 ('nmcli_8021x_password_modify', 'c', 'ops@{SITE}-tech:~$ nmcli connection modify corp-eap 802-1x.password ' + P),
 ('uci_set_wireless_key_quoted', 'c', "root@OpenWrt:~# uci set wireless.default_radio0.key='" + P + "'"),
 ('uci_set_network_wan_password', 'c', "root@OpenWrt:~# uci set network.wan.password='" + P + "'"),
 ('ddwrt_nvram_set_http_passwd', 'c', 'root@DD-WRT:~# nvram set http_passwd=' + P),
 ('openvpn_auth_user_pass_second_line', 'f', '# /etc/openvpn/client/noc.auth\nnoc-{SITE}\n' + P),
 ('freeradius_users_cleartext_password', 'f', 'noc{N}  Cleartext-Password := "' + P + '"\n        Reply-Message := "Welcome"'),
 ('radclient_user_password_attribute', 'c', 'ops@radius:~$ echo "User-Name = noc{N}, User-Password = ' + P + '" | radclient -x {IP} auth "$SECRET"'),
 ('snmpd_conf_rocommunity_string', 'f', '# /etc/snmp/snmpd.conf\nrocommunity ' + P + ' 10.0.0.0/8'),
 ('snmpget_v3_authnopriv_capital_a', 'c', 'ops@nms:~$ snmpget -v3 -l authNoPriv -u nms -a SHA -A ' + P + ' {IP} sysUpTime.0'),
 ('bind_tsig_key_secret_statement', 'f', 'key "xfr-{SITE}" {\n    algorithm hmac-sha256;\n    secret "' + P + '";\n};'),
 ('nsupdate_dash_y_hmac_triplet', 'c', 'ops@ns1:~$ nsupdate -y hmac-sha256:ddns-{SITE}:' + P + ' update.txt'),
 ('powerdns_conf_api_key_line', 'f', '# /etc/powerdns/pdns.conf\napi=yes\napi-key=' + P),
 ('powerdns_gmysql_password_line', 'f', 'launch=gmysql\ngmysql-host={IP}\ngmysql-password=' + P),
 ('dnsdist_setkey_console_call', 'f', '-- dnsdist.conf\ncontrolSocket("127.0.0.1:5199")\nsetKey("' + P + '")'),
 # VoIP / PBX
 ('pjsip_conf_auth_section_password', 'f', '[trunk-{SITE}-auth]\ntype=auth\nauth_type=userpass\nusername=trunk{N}\npassword=' + P),
 ('asterisk_sip_conf_peer_secret', 'f', '[{N}]\ntype=friend\nhost=dynamic\nsecret=' + P),
 ('asterisk_iax_conf_secret_line', 'f', '[pbx-{SITE}]\ntype=peer\nsecret=' + P),
 ('asterisk_manager_conf_secret', 'f', '[nocami]\nsecret = ' + P + '\nread = system,call'),
 ('asterisk_voicemail_conf_mailbox_pin', 'f', '[default]\n{N} => ' + P + ',Front Desk,desk@pbx.example'),
 ('freeswitch_directory_user_password_param', 'f', '<user id="{N}">\n  <params>\n    <param name="password" value="' + P + '"/>\n  </params>\n</user>'),
 ('kamctl_add_subscriber_positional', 'c', 'root@sip1:~# kamctl add {N}@sip.example ' + P),
 ('sipp_dash_ap_auth_password', 'c', 'ops@lab:~$ sipp -sn uac -au {N} -ap ' + P + ' {IP}:5060'),
 ('pjsua_password_equals_option', 'c', 'ops@lab:~$ pjsua --id sip:{N}@pbx.example --registrar sip:pbx.example --username {N} --password=' + P),
 ('baresip_accounts_auth_pass_param', 'f', '# ~/.baresip/accounts\n<sip:{N}@pbx.example>;auth_pass=' + P),
 ('yealink_cfg_account_password', 'f', '#!version:1.0.0.1\naccount.1.user_name = {N}\naccount.1.password = ' + P),
 ('polycom_reg_auth_password_attr', 'f', '<reg reg.1.address="{N}" reg.1.auth.userId="{N}" reg.1.auth.password="' + P + '"/>'),
 ('cisco_spa_password_element', 'f', '<flat-profile>\n  <User_ID_1_>{N}</User_ID_1_>\n  <Password_1_>' + P + '</Password_1_>\n</flat-profile>'),
 ('sip_uri_userinfo_password', 'f', 'register => sip:trunk{N}:' + P + '@sip.carrier.example:5060'),
 # Monitoring
 ('zabbix_server_conf_dbpassword', 'f', '# /etc/zabbix/zabbix_server.conf\nDBName=zabbix\nDBUser=zabbix\nDBPassword=' + P),
 ('icinga2_apiuser_password_attribute', 'f', 'object ApiUser "noc" {\n  password = "' + P + '"\n  permissions = [ "*" ]\n}'),
 ('grafana_ini_admin_password', 'f', '[security]\nadmin_user = admin\nadmin_password = ' + P),
 ('blackbox_exporter_basic_auth_password', 'f', 'modules:\n  http_auth:\n    http:\n      basic_auth:\n        username: probe\n        password: ' + P),
 ('alertmanager_smtp_auth_password', 'f', 'global:\n  smtp_smarthost: relay.noc.example:587\n  smtp_auth_username: alerts\n  smtp_auth_password: ' + P),
 ('influx_setup_password_flag', 'c', 'ops@tsdb:~$ influx setup --username admin --password ' + P + ' --org noc --bucket flows --force'),
 ('rancid_cloginrc_add_password', 'f', '# ~rancid/.cloginrc\nadd user *.noc.example rancid\nadd password *.noc.example {' + P + '} {enable-not-used}'),
 ('oxidized_config_password_key', 'f', 'username: oxidized\npassword: ' + P + '\nmodel: ios'),
 # Out-of-band / servers / virtualisation
 ('ipmitool_capital_p_flag', 'c', 'ops@oob:~$ ipmitool -I lanplus -H {IP} -U ADMIN -P ' + P + ' chassis power status'),
 ('ipmitool_user_set_password_positional', 'c', 'ops@oob:~$ ipmitool user set password 3 ' + P),
 ('racadm_remote_lowercase_p', 'c', 'ops@oob:~$ racadm -r {IP} -u root -p ' + P + ' getsysinfo'),
 ('racadm_set_idrac_users_password', 'c', 'ops@oob:~$ racadm set iDRAC.Users.3.Password ' + P),
 ('ilorest_login_dash_p', 'c', 'ops@oob:~$ ilorest login {IP} -u Administrator -p ' + P),
 ('opengear_config_set_user_password', 'c', 'root@cm7100:~# config -s config.users.user1.password=' + P),
 ('plink_pw_flag', 'c', 'C:\\noc> plink -ssh -pw ' + P + ' noc@{IP} "show version"'),
 ('pscp_pw_flag', 'c', 'C:\\noc> pscp -pw ' + P + ' noc@{IP}:flash:/running-config backup.cfg'),
 ('pveum_user_add_password_option', 'c', 'root@pve1:~# pveum user add noc@pve --password ' + P),
 ('ovftool_vi_locator_userinfo', 'c', 'ops@build:~$ ovftool vnf.ova vi://root:' + P + '@esx-{SITE}.noc.example/'),
 ('govc_password_env_prefix', 'c', 'ops@build:~$ GOVC_PASSWORD=' + P + ' govc vm.power -on vnf-{SITE}'),
 ('ldapsearch_lowercase_w_bind', 'c', 'ops@nms:~$ ldapsearch -x -H ldaps://dc1.noc.example -D cn=nms,ou=svc,dc=noc -w ' + P + ' "(cn=noc*)"'),
 # Programmatic clients
 ('netmiko_connecthandler_secret_kwarg', 'f', 'conn = ConnectHandler(device_type="cisco_ios", host="{IP}", username="noc", password=os.environ["PW"], secret="' + P + '")'),
 ('napalm_driver_third_positional', 'f', "driver = get_network_driver('eos')\ndev = driver('{IP}', 'noc', '" + P + "')"),
 ('ncclient_manager_connect_password_kwarg', 'f', "m = manager.connect(host='{IP}', port=830, username='noc', password='" + P + "', hostkey_verify=False)"),
 ('scrapli_auth_password_kwarg', 'f', 'device = {"host": "{IP}", "auth_username": "noc", "auth_password": "' + P + '", "platform": "cisco_iosxe"}'),
 ('pysnmp_usmuserdata_second_positional', 'f', "UsmUserData('nms', '" + P + "', authProtocol=usmHMACSHAAuthProtocol)"),
 ('librouteros_connect_password_kwarg', 'f', "api = connect(host='{IP}', username='noc', password='" + P + "')"),
 ('jsch_session_setpassword_call', 'f', 'Session s = jsch.getSession("noc", "{IP}", 22);\ns.setPassword("' + P + '");'),
 ('go_ssh_password_auth_method', 'f', 'cfg := &ssh.ClientConfig{User: "noc", Auth: []ssh.AuthMethod{ssh.Password("' + P + '")}}'),
 ('node_ssh2_connect_password_field', 'f', "conn.connect({ host: '{IP}', username: 'noc', password: '" + P + "' });"),
 ('powershell_securestring_plaintext', 'f', '$pw = ConvertTo-SecureString "' + P + '" -AsPlainText -Force'),
 ('dotnet_networkcredential_second_arg', 'f', 'var cred = new NetworkCredential("noc", "' + P + '");'),
 ('perl_net_telnet_login_second_arg', 'f', "$t->login('noc', '" + P + "');"),
 ('pexpect_sendline_after_password_prompt', 'f', "child.expect('Password:')\nchild.sendline('" + P + "')"),
 # SQL / protocol lines
 ('clickhouse_create_user_sha256_by', 'c', "noc :) CREATE USER flows IDENTIFIED WITH sha256_password BY '" + P + "'"),
 ('influxql_create_user_with_password', 'c', "> CREATE USER \"grafana\" WITH PASSWORD '" + P + "'"),
 ('cql_create_role_with_password', 'c', "cassandra@cqlsh> CREATE ROLE cdr WITH PASSWORD = '" + P + "' AND LOGIN = true;"),
 ('mariadb_set_password_for_function', 'c', "MariaDB [(none)]> SET PASSWORD FOR 'radius'@'%' = PASSWORD('" + P + "');"),
 ('ftp_pass_command_capture', 'f', '220 ProFTPD Server (cpe-fw)\nUSER firmware\n331 Password required for firmware\nPASS ' + P + '\n230 User firmware logged in'),
 ('imap_login_tagged_command', 'f', '* OK IMAP4rev1 ready\na001 LOGIN alerts ' + P + '\na001 OK LOGIN completed'),
 ('nickserv_identify_message', 'c', '/msg NickServ IDENTIFY ' + P),
 ('telnet_echoed_password_capture', 'f', 'Trying {IP}...\nConnected.\nUser Access Verification\nUsername: noc\nPassword: ' + P + '\n% Password echo enabled on this terminal'),
]


def wrap(kind, body, r, fill):
    if kind == 'c':
        return 'Pasted console session (%s, %s):\n%s\n' % (fill['SITE'], fill['P'], body)
    return 'Method of procedure %s – apply on %s\n----\n%s\n----\nVerify and save.' % (fill['T'], fill['H'], body)


def generate(pool):
    r = random.Random(SEED)
    recs = []
    for t, kind, body in SYNTAX:
        fill = {'SITE': site(r), 'P': person(r), 'H': host(r), 'IP': ip(r), 'T': ticket(r, 'MOP'),
                'N': str(r.randint(2000, 8999))}
        b = body
        for k, v in fill.items():
            b = b.replace('{%s}' % k, v)
        if t == 'asterisk_voicemail_conf_mailbox_pin':
            val = pool.take(lambda: rs(r, DIG, 6))
        elif t == 'bind_tsig_key_secret_statement' or t == 'nsupdate_dash_y_hmac_triplet':
            val = pool.take(lambda: rs(r, B64, 43) + '=')
        else:
            val = pool.take(lambda: password(r, 12, 18, syms='.-_!+*~'))
        suffix = 'pasted_console_session' if kind == 'c' else 'mop_document_snippet'
        text, spans = assemble(wrap(kind, b, r, fill), [(val, t)])
        recs.append({'type': t, 'container': '%s__%s' % (t, suffix), 'text': text, 'secrets': spans, 'source': 'password'})
    return recs
