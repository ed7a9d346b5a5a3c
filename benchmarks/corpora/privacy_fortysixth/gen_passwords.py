"""Positional-password part: one new syntax each (AD / LDAP / Windows / identity / mail / backup)."""
import random
from common import MARK as V, human_password, record

SEED = 4603
PRES_C = "admin_console_transcript"
PRES_R = "runbook_config_excerpt"
S = "'" + V + "'"
D = '"' + V + '"'

# (type, presentation, body)  c = command at a prompt, r = config / code lines
SYNTAXES = [
 ("net_user_add_positional_password", "c", "C:\\>net user jdoe " + V + " /add /domain"),
 ("net_use_share_password_positional", "c", "C:\\>net use S: \\\\fs02\\finance " + V + " /user:CORP\\svc-scan"),
 ("psexec_dash_p_flag", "c", "C:\\Tools>psexec \\\\APP-HR-01 -u CORP\\adm-oneill -p " + V + " cmd /c ipconfig"),
 ("schtasks_create_rp_flag", "c", "C:\\>schtasks /create /tn NightlyExport /tr C:\\jobs\\export.cmd /sc daily /st 02:00 /ru CORP\\svc-export /rp " + V),
 ("sc_config_password_equals_space", "c", "C:\\>sc config HRConnector obj= CORP\\svc-hrconn password= " + V),
 ("cmdkey_add_pass_switch", "c", "C:\\>cmdkey /add:fs02.corp.example /user:CORP\\svc-scan /pass:" + V),
 ("wmic_node_password_switch", "c", "C:\\>wmic /node:APP-HR-02 /user:CORP\\adm-oneill /password:" + V + " os get caption"),
 ("winrs_p_colon_switch", "c", "C:\\>winrs -r:APP-HR-02 -u:CORP\\adm-oneill -p:" + V + " hostname"),
 ("dsadd_user_pwd_flag", "c", "C:\\>dsadd user \"CN=Mia Lang,OU=Staff,DC=corp,DC=example\" -samid mlang -pwd " + V + " -mustchpwd yes"),
 ("dsmod_user_pwd_flag", "c", "C:\\>dsmod user \"CN=Mia Lang,OU=Staff,DC=corp,DC=example\" -pwd " + V),
 ("netdom_join_passwordd_switch", "c", "C:\\>netdom join %COMPUTERNAME% /domain:corp.example /userd:CORP\\adm-join /passwordd:" + V),
 ("netdom_resetpwd_passwordd_switch", "c", "C:\\>netdom resetpwd /server:DC01 /userd:CORP\\adm-join /passwordd:" + V),
 ("ktpass_pass_flag", "c", "C:\\>ktpass -princ HTTP/intranet.corp.example@CORP.EXAMPLE -mapuser CORP\\svc-web -pass " + V + " -ptype KRB5_NT_PRINCIPAL -out web.keytab"),
 ("ksetup_setcomputerpassword_positional", "c", "C:\\>ksetup /setcomputerpassword " + V),
 ("new_aduser_accountpassword_securestring", "c", "PS C:\\> New-ADUser -Name 'Tom Berg' -SamAccountName tberg -AccountPassword (ConvertTo-SecureString " + S + " -AsPlainText -Force) -Enabled $true"),
 ("set_adaccountpassword_newpassword_reset", "c", "PS C:\\> Set-ADAccountPassword -Identity tberg -Reset -NewPassword (ConvertTo-SecureString -AsPlainText " + S + " -Force)"),
 ("new_localuser_password_param", "c", "PS C:\\> $pw = ConvertTo-SecureString -String " + D + " -AsPlainText -Force; New-LocalUser -Name kioskadmin -Password $pw"),
 ("install_addsforest_safemode_password", "c", "PS C:\\> Install-ADDSForest -DomainName corp.example -SafeModeAdministratorPassword (ConvertTo-SecureString " + S + " -AsPlainText -Force) -InstallDns"),
 ("connect_viserver_password_param", "c", "PS C:\\> Connect-VIServer -Server vcsa01.corp.example -User administrator@vsphere.local -Password " + S),
 ("connect_vbrserver_password_param", "c", "PS C:\\> Connect-VBRServer -Server vbr01 -User CORP\\svc-veeam -Password " + S),
 ("add_vbrcredentials_password_param", "c", "PS C:\\> Add-VBRCredentials -User 'CORP\\svc-guestproc' -Password " + S + " -Description 'guest processing'"),
 ("invoke_sqlcmd_password_param", "c", "PS C:\\> Invoke-Sqlcmd -ServerInstance SQL01 -Username sa -Password " + S + " -Query 'SELECT @@VERSION'"),
 ("new_mailbox_password_securestring", "c", "[PS] C:\\>New-Mailbox -Name 'Front Desk' -UserPrincipalName frontdesk@corp.example -Password (ConvertTo-SecureString -String " + S + " -AsPlainText -Force)"),
 ("set_localuser_password_param", "c", "PS C:\\> Set-LocalUser -Name Administrator -Password (ConvertTo-SecureString " + D + " -AsPlainText -Force)"),
 ("sqlcmd_capital_p_flag", "c", "C:\\>sqlcmd -S SQL01\\HR -U sa -P " + V + " -Q \"BACKUP DATABASE HR TO DISK='E:\\bak\\hr.bak'\""),
 ("msiexec_service_password_property", "c", "C:\\>msiexec /i AgentSetup.msi /qn SERVICEACCOUNT=CORP\\svc-agent SERVICEPASSWORD=" + V),
 ("sql_setup_sqlsvcpassword_switch", "c", "D:\\>setup.exe /Q /ACTION=Install /FEATURES=SQLENGINE /SQLSVCACCOUNT=\"CORP\\svc-sql\" /SQLSVCPASSWORD=\"" + V + "\" /IACCEPTSQLSERVERLICENSETERMS"),
 ("appcmd_apppool_processmodel_password", "c", "C:\\Windows\\System32\\inetsrv>appcmd set apppool /apppool.name:HRPortal /processModel.userName:CORP\\svc-hrweb /processModel.password:" + V),
 ("reg_add_winlogon_defaultpassword", "c", "C:\\>reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d " + V + " /f"),
 ("ldapmodify_lowercase_w_bind", "c", "$ ldapmodify -H ldaps://dc01.corp.example -D 'CN=svc-ldap,OU=Service,DC=corp,DC=example' -w " + S + " -f disable.ldif"),
 ("ldapadd_w_bind_password", "c", "$ ldapadd -x -D cn=admin,dc=corp,dc=example -w " + V + " -f newusers.ldif"),
 ("ldappasswd_dash_s_new_password", "c", "$ ldappasswd -x -D cn=admin,dc=corp,dc=example -W -s " + V + " uid=kfischer,ou=people,dc=corp,dc=example"),
 ("ldapwhoami_dash_w_bind", "c", "$ ldapwhoami -x -H ldap://ldap01.corp.example -D uid=kfischer,ou=people,dc=corp,dc=example -w " + V),
 ("samba_net_ads_join_user_percent", "c", "# net ads join -U 'adm-join%" + V + "'"),
 ("samba_tool_user_create_positional", "c", "# samba-tool user create lbecker " + V + " --given-name=Lea --surname=Becker"),
 ("samba_tool_user_setpassword_newpassword", "c", "# samba-tool user setpassword lbecker --newpassword=" + V),
 ("kinit_password_echo_pipe", "c", "$ echo " + S + " | kinit svc-backup@CORP.EXAMPLE"),
 ("adcli_join_stdin_password_echo", "c", "# echo -n " + S + " | adcli join --domain=corp.example --login-user=adm-join --stdin-password"),
 ("realm_join_printf_stdin", "c", "# printf '%s' " + S + " | realm join --user=adm-join corp.example"),
 ("ipa_server_install_admin_password_flag", "c", "# ipa-server-install --realm CORP.EXAMPLE --ds-password DirMgr-unused-x -a " + V + " --unattended"),
 ("ipa_client_install_password_flag", "c", "# ipa-client-install --domain corp.example --principal admin --password " + V + " --unattended"),
 ("kcadm_config_credentials_password", "c", "$ ./kcadm.sh config credentials --server https://sso.corp.example --realm master --user admin --password " + V),
 ("kcadm_set_password_new_password", "c", "$ ./kcadm.sh set-password -r corp --username jnovak --new-password " + V),
 ("dsconfigad_bind_password_flag", "c", "$ sudo dsconfigad -add corp.example -username adm-join -password " + V + " -ou 'OU=Macs,DC=corp,DC=example'"),
 ("sysadminctl_adduser_password_flag", "c", "$ sudo sysadminctl -addUser itsupport -fullName 'IT Support' -password " + S + " -admin"),
 ("dscl_passwd_positional", "c", "$ sudo dscl . -passwd /Users/itsupport " + V),
 ("jamf_createaccount_password_flag", "c", "$ sudo jamf createAccount -username jamfadmin -realname 'Jamf Admin' -password " + V + " -admin"),
 ("security_unlock_keychain_p_flag", "c", "$ security unlock-keychain -p " + S + " ~/Library/Keychains/build.keychain-db"),
 ("chpasswd_user_colon_stdin", "c", "# echo 'svc-backup:" + V + "' | chpasswd"),
 ("passwd_stdin_echo_pipe", "c", "# echo " + S + " | passwd --stdin helpdesk"),
 ("sshpass_p_flag", "c", "$ sshpass -p " + S + " ssh adm-linux@esx03.corp.example"),
 ("esxcli_account_add_password_flag", "c", "[root@esx03:~] esxcli system account add -i backupro -p " + V + " -c " + V),
 ("vmrun_guest_password_gp_flag", "c", "$ vmrun -T ws -gu Administrator -gp " + V + " runProgramInGuest win11.vmx C:\\setup.exe"),
 ("vboxmanage_guestcontrol_password_flag", "c", "$ VBoxManage guestcontrol win-lab run --username Administrator --password " + V + " --exe cmd.exe"),
 ("virt_customize_root_password_prefix", "c", "$ virt-customize -a rhel9.qcow2 --root-password password:" + V),
 ("xe_cli_pw_flag", "c", "$ xe -s xcp01.corp.example -u root -pw " + V + " vm-list"),
 ("doveadm_pw_plain_p_flag", "c", "# doveadm pw -s SHA512-CRYPT -p " + V),
 ("zmprov_create_account_positional", "c", "zimbra$ zmprov ca h.silva@corp.example " + V + " displayName 'Helena Silva'"),
 ("zmprov_set_password_positional", "c", "zimbra$ zmprov sp h.silva@corp.example " + V),
 ("restic_password_env_prefix", "c", "$ RESTIC_PASSWORD=" + S + " restic -r sftp:backup@nas02:/srv/restic snapshots"),
 ("borg_passphrase_env_prefix", "c", "$ BORG_PASSPHRASE=" + S + " borg list ssh://borg@nas02/./hr-repo"),
 ("duplicati_passphrase_option", "c", "C:\\Program Files\\Duplicati 2>Duplicati.CommandLine.exe backup \"file://E:\\bak\" C:\\HR --passphrase=" + V),
 ("smbclient_list_password_positional", "c", "$ smbclient -L //fs02.corp.example -W CORP -U svc-scan " + V),
 ("rpcclient_user_percent_password", "c", "$ rpcclient -U 'CORP\\adm-oneill%" + V + "' dc01.corp.example -c enumdomusers"),
 ("tsql_create_login_with_password", "r", "CREATE LOGIN [svc_hrsync] WITH PASSWORD = N'" + V + "', CHECK_POLICY = ON;"),
 ("tsql_alter_login_sa_password", "r", "ALTER LOGIN sa WITH PASSWORD = '" + V + "';\nALTER LOGIN sa ENABLE;"),
 ("sp_addlinkedsrvlogin_rmtpassword", "r", "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HRDB', @useself = N'False', @rmtuser = N'link_ro', @rmtpassword = N'" + V + "';"),
 ("tsql_master_key_encryption_password", "r", "USE HR;\nCREATE MASTER KEY ENCRYPTION BY PASSWORD = '" + V + "';"),
 ("oracle_create_user_identified_by", "r", "CREATE USER hr_report IDENTIFIED BY " + V + " DEFAULT TABLESPACE users;"),
 ("postgres_create_role_login_password", "r", "CREATE ROLE keycloak LOGIN PASSWORD '" + V + "';"),
 ("odbc_connection_string_pwd_attribute", "r", "[HRWarehouse]\nDriver=ODBC Driver 18 for SQL Server\nConnectionString=Server=SQL01;Database=HR;Uid=rpt_reader;Pwd=" + V + ";Encrypt=yes"),
 ("adonet_connection_string_password_key", "r", "<connectionStrings>\n  <add name=\"HR\" connectionString=\"Data Source=SQL01;Initial Catalog=HR;User ID=hr_app;Password=" + V + ";\" />\n</connectionStrings>"),
 ("jdbc_sqlserver_url_password_property", "r", "spring.datasource.url=jdbc:sqlserver://sql01.corp.example:1433;databaseName=itsm;user=itsm_app;password=" + V + ";encrypt=true"),
 ("sssd_ldap_default_authtok_line", "r", "[domain/corp.example]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd-bind,ou=service,dc=corp,dc=example\nldap_default_authtok = " + V),
 ("nslcd_conf_bindpw_line", "r", "uri ldaps://ldap01.corp.example\nbase dc=corp,dc=example\nbinddn cn=nslcd,ou=service,dc=corp,dc=example\nbindpw " + V),
 ("slapd_conf_rootpw_plaintext", "r", "database mdb\nsuffix \"dc=corp,dc=example\"\nrootdn \"cn=Manager,dc=corp,dc=example\"\nrootpw " + V),
 ("ldif_olcrootpw_replace", "r", "dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: " + V),
 ("ldif_userpassword_cleartext_attribute", "r", "dn: uid=kfischer,ou=people,dc=corp,dc=example\nobjectClass: inetOrgPerson\nuid: kfischer\nuserPassword: " + V),
 ("nginx_auth_ldap_binddn_passwd", "r", "ldap_server corp_ad {\n    url ldaps://dc01.corp.example/DC=corp,DC=example?sAMAccountName?sub?(objectClass=person);\n    binddn \"CORP\\\\svc-nginx\";\n    binddn_passwd " + V + ";\n}"),
 ("gitlab_rb_ldap_servers_password", "r", "gitlab_rails['ldap_servers'] = {\n  'main' => {\n    'host' => 'dc01.corp.example',\n    'bind_dn' => 'CN=svc-gitlab,OU=Service,DC=corp,DC=example',\n    'password' => '" + V + "'\n  }\n}"),
 ("grafana_ldap_toml_bind_password", "r", "[[servers]]\nhost = \"dc01.corp.example\"\nbind_dn = \"CORP\\\\svc-grafana\"\nbind_password = '" + V + "'"),
 ("spring_ldap_password_property", "r", "spring.ldap.urls=ldaps://dc01.corp.example:636\nspring.ldap.username=CN=svc-app,OU=Service,DC=corp,DC=example\nspring.ldap.password=" + V),
 ("jndi_security_credentials_put", "r", "env.put(Context.SECURITY_PRINCIPAL, \"CN=svc-app,OU=Service,DC=corp,DC=example\");\nenv.put(Context.SECURITY_CREDENTIALS, \"" + V + "\");"),
 ("directoryentry_third_argument", "r", "var root = new DirectoryEntry(\"LDAP://dc01.corp.example/DC=corp,DC=example\", \"CORP\\\\svc-app\", \"" + V + "\");"),
 ("principalcontext_fourth_argument", "r", "using var ctx = new PrincipalContext(ContextType.Domain, \"corp.example\", \"svc-app\", \"" + V + "\");"),
 ("python_ldap_simple_bind_s_second_arg", "r", "conn = ldap.initialize('ldaps://dc01.corp.example')\nconn.simple_bind_s('svc-app@corp.example', '" + V + "')"),
 ("ldap3_connection_password_kwarg", "r", "conn = Connection(server, user='CORP\\\\svc-app', password='" + V + "', authentication=NTLM, auto_bind=True)"),
 ("php_ldap_bind_third_argument", "r", "$ds = ldap_connect('ldaps://dc01.corp.example');\nldap_bind($ds, 'svc-app@corp.example', '" + V + "');"),
 ("go_ldap_conn_bind_second_arg", "r", "if err := l.Bind(\"svc-app@corp.example\", \"" + V + "\"); err != nil {\n\tlog.Fatal(err)\n}"),
 ("ldapjs_client_bind_second_arg", "r", "client.bind('cn=svc-app,ou=service,dc=corp,dc=example', '" + V + "', (err) => { if (err) throw err; });"),
 ("wpa_supplicant_eap_peap_password", "r", "network={\n    ssid=\"CORP-WIFI\"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    identity=\"CORP\\\\kfischer\"\n    password=\"" + V + "\"\n}"),
 ("cifs_credentials_file_password_line", "r", "# /root/.smbcred-finance\nusername=svc-scan\npassword=" + V + "\ndomain=CORP"),
 ("unattend_administratorpassword_value", "r", "<UserAccounts>\n  <AdministratorPassword>\n    <Value>" + V + "</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>"),
 ("unattend_autologon_password_value", "r", "<AutoLogon>\n  <Password>\n    <Value>" + V + "</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n  <Username>kiosk</Username>\n</AutoLogon>"),
 ("unattend_domain_join_credentials_password", "r", "<Identification>\n  <Credentials>\n    <Domain>corp.example</Domain>\n    <Username>adm-join</Username>\n    <Password>" + V + "</Password>\n  </Credentials>\n  <JoinDomain>corp.example</JoinDomain>\n</Identification>"),
 ("webconfig_identity_impersonate_password", "r", "<system.web>\n  <identity impersonate=\"true\" userName=\"CORP\\svc-legacy\" password=\"" + V + "\" />\n</system.web>"),
 ("tomcat_users_xml_password_attribute", "r", "<tomcat-users>\n  <user username=\"deployer\" password=\"" + V + "\" roles=\"manager-script\"/>\n</tomcat-users>"),
 ("dovecot_passwd_file_plain_scheme", "r", "# /etc/dovecot/users\nscanner@corp.example:{PLAIN}" + V + "::::::"),
 ("bacula_director_password_directive", "r", "Director {\n  Name = bacula-dir\n  Password = \"" + V + "\"\n}"),
 ("requests_httpbasicauth_second_arg", "r", "r = requests.get('https://itsm.corp.example/api/now/table/incident', auth=HTTPBasicAuth('integration.user', '" + V + "'))"),
 ("smtplib_login_second_argument", "r", "with smtplib.SMTP('smtp.office365.com', 587) as s:\n    s.starttls()\n    s.login('alerts@corp.example', '" + V + "')"),
 ("imaplib_login_second_argument", "r", "M = imaplib.IMAP4_SSL('mail.corp.example')\nM.login('helpdesk@corp.example', '" + V + "')"),
 ("exchangelib_credentials_second_arg", "r", "creds = Credentials('CORP\\\\svc-calendar', '" + V + "')\naccount = Account('rooms@corp.example', credentials=creds, autodiscover=True)"),
 ("pyvmomi_smartconnect_pwd_kwarg", "r", "si = SmartConnect(host='vcsa01.corp.example', user='svc-inventory@vsphere.local', pwd='" + V + "')"),
 ("pywinrm_session_auth_tuple", "r", "s = winrm.Session('app-hr-02.corp.example', auth=('CORP\\\\adm-oneill', '" + V + "'), transport='ntlm')"),
 ("nntp_authinfo_pass_line", "r", "C: AUTHINFO USER newsfeed\nS: 381 Password required\nC: AUTHINFO PASS " + V + "\nS: 281 Authentication accepted"),
 ("irc_oper_command_password", "r", "/OPER netadmin " + V),
 ("smb_uri_userinfo_password", "r", "Scan destination: smb://svc-scan:" + V + "@fs02.corp.example/scans/3rdfloor"),
]


def build(ids):
    rng = random.Random(SEED)
    out = []
    for t, p, body in SYNTAXES:
        pw = ids.pool.take(lambda: human_password(rng))
        n = body.count(V)
        if p == "c":
            pres = PRES_C
            text = "--- session on %s, ticket CHG%06d ---\n%s\n" % (rng.choice(["MGMT-JUMP01", "ADM-WS-07", "idm-bridge01", "bkp-proxy02"]), rng.randrange(10**6), body)
        else:
            pres = PRES_R
            text = "Runbook RB-%03d, step %d - copy exactly:\n\n%s\n\n(end of step)\n" % (rng.randrange(1000), rng.randint(2, 9), body)
        out.append(record(ids.next("s"), "%s__%s" % (t, pres), text, [pw] * n, [t] * n, "password"))
    return out
