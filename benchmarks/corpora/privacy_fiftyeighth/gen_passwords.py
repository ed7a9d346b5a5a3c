"""Positional passwords: one new syntax each (CLI flags, directives, SQL, protocol lines, API arguments)."""
import random
from common import *

# (span type, category c=command f=config/protocol s=code/sql, template with <<v>>)
P = [
 ("net_use_drive_map_password_positional", "c", r"net use S: \\<<host>>\legal <<v>> /user:AGENCY\<<user>> /persistent:no"),
 ("cmdkey_add_pass_colon_switch", "c", r"cmdkey /add:<<host>> /user:AGENCY\<<user>> /pass:<<v>>"),
 ("net_user_add_password_positional", "c", "net user temp.clerk <<v>> /add /expires:2026-12-31"),
 ("dsadd_user_pwd_switch", "c", 'dsadd user "CN=Temp Clerk,OU=Records,DC=agency,DC=example" -pwd <<v>> -mustchpwd yes'),
 ("dsmod_user_pwd_switch", "c", 'dsmod user "CN=<<person>>,OU=HR,DC=agency,DC=example" -pwd <<v>>'),
 ("convertto_securestring_asplaintext_literal", "c", "$pw = ConvertTo-SecureString '<<v>>' -AsPlainText -Force"),
 ("new_localuser_password_securestring_literal", "c", "New-LocalUser -Name scanstation -Password (ConvertTo-SecureString \"<<v>>\" -AsPlainText -Force) -FullName 'Scan Station'"),
 ("psexec_lowercase_p_switch", "c", r"psexec \\<<host>> -u AGENCY\<<user>> -p <<v>> cmd /c ipconfig"),
 ("schtasks_create_rp_switch", "c", "schtasks /create /tn PayrollExport /tr C:\\jobs\\export.cmd /sc daily /ru AGENCY\\<<user>> /rp <<v>>"),
 ("sc_config_service_password_equals", "c", "sc.exe config HRSyncSvc obj= AGENCY\\<<user>> password= <<v>>"),
 ("smbclient_user_percent_password", "c", "smbclient //<<host>>/scans -U <<user>>%<<v>> -c 'ls'"),
 ("mount_cifs_password_option", "c", "mount -t cifs //<<host>>/records /mnt/records -o username=<<user>>,password=<<v>>,vers=3.0"),
 ("cifs_credentials_file_password_line", "f", "username=<<user>>\npassword=<<v>>\ndomain=AGENCY"),
 ("xfreerdp_slash_p_argument", "c", "xfreerdp /v:<<host>> /u:<<user>> /p:<<v>> /cert:ignore"),
 ("rdesktop_lowercase_p_flag", "c", "rdesktop -u <<user>> -p <<v>> <<host>>"),
 ("sshpass_lowercase_p_flag", "c", "sshpass -p <<v>> ssh <<user>>@<<host>> 'ls /exports'"),
 ("plink_pw_option", "c", "plink -ssh -batch -pw <<v>> <<user>>@<<host>> \"/opt/hr/run.sh\""),
 ("pscp_pw_option", "c", "pscp -pw <<v>> payroll.csv <<user>>@<<host>>:/inbound/"),
 ("winscp_open_sftp_url_password", "c", "winscp.com /command \"open sftp://<<user>>:<<v>>@<<host>>/\" \"put payfile.txt\" \"exit\""),
 ("wget_http_password_option", "c", "wget --http-user=<<user>> --http-password=<<v>> https://<<host>>/reports/monthly.pdf"),
 ("curl_user_colon_password_option", "c", "curl -sS -u <<user>>:<<v>> https://<<host>>/api/cases?status=open"),
 ("sqlcmd_capital_p_flag", "c", "sqlcmd -S <<host>> -d Payroll -U <<user>> -P <<v>> -Q \"EXEC dbo.close_period\""),
 ("bcp_capital_p_flag", "c", "bcp Payroll.dbo.Timesheets out ts.dat -S <<host>> -U <<user>> -P <<v>> -c"),
 ("invoke_sqlcmd_password_parameter", "c", "Invoke-Sqlcmd -ServerInstance <<host>> -Database Cases -Username <<user>> -Password '<<v>>' -Query 'SELECT 1'"),
 ("mysql_attached_p_flag", "c", "mysql -h <<host>> -u <<user>> -p<<v>> personnel < purge_applicants.sql"),
 ("mysqladmin_password_subcommand", "c", "mysqladmin -u root password <<v>>"),
 ("sqlplus_user_slash_password_connect", "c", "sqlplus <<user>>/<<v>>@PAYDB @close_month.sql"),
 ("expdp_user_slash_password_login", "c", "expdp <<user>>/<<v>> schemas=HRADMIN directory=DP_DIR dumpfile=hr.dmp"),
 ("rman_target_sys_password", "c", "rman target sys/<<v>>@CASEDB"),
 ("orapwd_password_equals_argument", "c", "orapwd file=$ORACLE_HOME/dbs/orapwCASEDB password=<<v>> entries=10"),
 ("oracle_create_user_identified_by", "s", "CREATE USER records_ro IDENTIFIED BY \"<<v>>\" DEFAULT TABLESPACE users;"),
 ("oracle_alter_user_identified_by_replace", "s", "ALTER USER hr_batch IDENTIFIED BY \"<<v>>\" REPLACE \"OldValue\";"),
 ("mssql_create_login_with_password", "s", "CREATE LOGIN [tender_reader] WITH PASSWORD = N'<<v>>', CHECK_POLICY = ON;"),
 ("mssql_alter_login_with_password", "s", "ALTER LOGIN [payroll_app] WITH PASSWORD = '<<v>>';"),
 ("mssql_addlinkedsrvlogin_rmtpassword", "s", "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PENSIONS', @useself = 'FALSE', @rmtuser = N'<<user>>', @rmtpassword = N'<<v>>';"),
 ("mssql_database_master_key_encryption", "s", "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '<<v>>';"),
 ("sybase_isql_capital_p_flag", "c", "isql -U<<user>> -P<<v>> -S CASESRV -i nightly.sql"),
 ("mongosh_lowercase_p_flag", "c", "mongosh \"mongodb://<<host>>:27017/intake\" -u <<user>> -p <<v>> --authenticationDatabase admin"),
 ("mongodump_password_option", "c", "mongodump --host <<host>> --username <<user>> --password <<v>> --db casenotes --out /backup"),
 ("redis_cli_a_flag", "c", "redis-cli -h <<host>> -a <<v>> --no-auth-warning KEYS 'session:*'"),
 ("ldappasswd_lowercase_s_flag", "c", "ldappasswd -H ldaps://<<host>> -D cn=admin,dc=agency,dc=example -y /root/.ldappw -s <<v>> uid=<<user>>,ou=people,dc=agency,dc=example"),
 ("ldif_userpassword_attribute_value", "f", "dn: uid=<<user>>,ou=people,dc=agency,dc=example\nchangetype: modify\nreplace: userPassword\nuserPassword: <<v>>"),
 ("chpasswd_stdin_user_colon_password", "c", "echo '<<user>>:<<v>>' | chpasswd"),
 ("smbpasswd_stdin_echo_pair", "c", "(echo <<v>>; echo <<v>>) | smbpasswd -s -a <<user>>"),
 ("openssl_enc_k_flag", "c", "openssl enc -aes-256-cbc -pbkdf2 -salt -in minutes.docx -out minutes.docx.enc -k <<v>>"),
 ("qpdf_encrypt_user_password_positional", "c", "qpdf --encrypt <<v>> owner-only-key 256 -- settlement.pdf settlement-locked.pdf"),
 ("qpdf_password_equals_decrypt", "c", "qpdf --password=<<v>> --decrypt payslip_<<emp>>.pdf payslip_open.pdf"),
 ("pdftk_user_pw_keyword", "c", "pdftk contract.pdf output contract_secured.pdf user_pw <<v>> allow printing"),
 ("pdftotext_upw_option", "c", "pdftotext -upw <<v>> exhibit_12.pdf exhibit_12.txt"),
 ("msoffcrypto_tool_p_flag", "c", "msoffcrypto-tool -p <<v>> salaries_2026.xlsx salaries_open.xlsx"),
 ("unrar_attached_p_switch", "c", "unrar x -p<<v>> discovery_batch_07.rar /cases/<<case>>/"),
 ("ocrmypdf_input_pdf_password? ", "c", ""),
 ("soffice_convert_document_open_password", "c", "soffice --headless --convert-to 'pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"<<v>>\"}}' memo.odt"),
 ("vba_workbook_saveas_password_named_arg", "s", "ActiveWorkbook.SaveAs Filename:=\"Salaries.xlsx\", Password:=\"<<v>>\""),
 ("vba_worksheet_protect_password", "s", "Worksheets(\"Grades\").Protect Password:=\"<<v>>\", AllowFiltering:=True"),
 ("vba_documents_open_passworddocument", "s", "Set doc = Documents.Open(FileName:=\"C:\\Legal\\NDA.docx\", PasswordDocument:=\"<<v>>\")"),
 ("apache_authldapbindpassword_directive", "f", "AuthLDAPURL \"ldaps://<<host>>/ou=people,dc=agency,dc=example?uid\"\nAuthLDAPBindDN \"cn=<<user>>,dc=agency,dc=example\"\nAuthLDAPBindPassword <<v>>"),
 ("sssd_ldap_default_authtok", "f", "[domain/agency.example]\nldap_default_bind_dn = cn=<<user>>,dc=agency,dc=example\nldap_default_authtok = <<v>>"),
 ("nslcd_conf_bindpw_directive", "f", "uri ldaps://<<host>>/\nbinddn cn=<<user>>,dc=agency,dc=example\nbindpw <<v>>"),
 ("postfix_sasl_passwd_map_entry", "f", "[smtp.agency.example]:587 <<user>>@agency.example:<<v>>"),
 ("ssmtp_conf_authpass_line", "f", "mailhub=smtp.agency.example:587\nAuthUser=<<user>>\nAuthPass=<<v>>\nUseSTARTTLS=YES"),
 ("sendmail_authinfo_p_colon_field", "f", "AuthInfo:smtp.agency.example \"U:<<user>>\" \"P:<<v>>\" \"M:PLAIN\""),
 ("tomcat_users_xml_password_attribute", "f", "<tomcat-users>\n  <user username=\"<<user>>\" password=\"<<v>>\" roles=\"manager-gui\"/>\n</tomcat-users>"),
 ("wildfly_add_user_p_flag", "c", "./add-user.sh -u <<user>> -p <<v>> -g admin"),
 ("weblogic_boot_properties_password", "f", "username=weblogic\npassword=<<v>>"),
 ("iis_appcmd_processmodel_password", "c", "appcmd set apppool \"CasePortal\" /processModel.userName:AGENCY\\<<user>> /processModel.password:<<v>>"),
 ("webconfig_identity_impersonate_password", "f", "<system.web>\n  <identity impersonate=\"true\" userName=\"AGENCY\\<<user>>\" password=\"<<v>>\" />\n</system.web>"),
 ("unattend_xml_administratorpassword_value", "f", "<UserAccounts>\n  <AdministratorPassword>\n    <Value><<v>></Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>"),
 ("wpa_supplicant_psk_quoted", "f", "network={\n    ssid=\"CourtHouse-Staff\"\n    psk=\"<<v>>\"\n}"),
 ("hostapd_wpa_passphrase_line", "f", "interface=wlan0\nssid=Council-Guest\nwpa=2\nwpa_passphrase=<<v>>"),
 ("openvpn_auth_user_pass_second_line", "f", "<<user>>\n<<v>>"),
 ("ipsec_secrets_psk_quoted", "f", "<<host>> %any : PSK \"<<v>>\""),
 ("ppp_chap_secrets_third_column", "f", "# client  server  secret  IP\n<<user>>  *  <<v>>  *"),
 ("freeradius_clients_conf_secret", "f", "client records-switch {\n    ipaddr = 10.20.30.40\n    secret = <<v>>\n}"),
 ("snmpd_conf_createuser_auth_passphrase", "f", "createUser monitor SHA <<v>> AES"),
 ("snmpwalk_capital_a_flag", "c", "snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A <<v>> <<host>> system"),
 ("keycloak_kcadm_config_credentials_password", "c", "kcadm.sh config credentials --server https://<<host>>/auth --realm master --user admin --password <<v>>"),
 ("keycloak_kcadm_set_password_new_password", "c", "kcadm.sh set-password -r staff --username <<user>> --new-password <<v>>"),
 ("nextcloud_occ_oc_pass_env_prefix", "c", "OC_PASS=<<v>> php occ user:add --password-from-env --display-name=\"<<person>>\" <<user>>"),
 ("drush_user_password_positional", "c", "drush user:password admin \"<<v>>\""),
 ("wp_cli_user_update_user_pass", "c", "wp user update 3 --user_pass=<<v>> --skip-email"),
 ("mmctl_user_create_password_flag", "c", "mmctl user create --email <<user>>@agency.example --username <<user>> --password <<v>>"),
 ("odoo_conf_admin_passwd", "f", "[options]\nadmin_passwd = <<v>>\ndb_host = <<host>>"),
 ("nuxeo_conf_db_password_key", "f", "nuxeo.db.host=<<host>>\nnuxeo.db.user=<<user>>\nnuxeo.db.password=<<v>>"),
 ("nntp_authinfo_pass_line", "f", "AUTHINFO USER <<user>>\n381 Password required\nAUTHINFO PASS <<v>>\n281 Authentication accepted"),
 ("wsse_usernametoken_password_element", "f", "<wsse:UsernameToken>\n  <wsse:Username><<user>></wsse:Username>\n  <wsse:Password Type=\"#PasswordText\"><<v>></wsse:Password>\n</wsse:UsernameToken>"),
 ("x11vnc_passwd_option", "c", "x11vnc -display :0 -passwd <<v>> -forever"),
 ("python_smtplib_login_second_arg", "s", "server = smtplib.SMTP(\"smtp.agency.example\", 587)\nserver.starttls()\nserver.login(\"<<user>>\", \"<<v>>\")"),
 ("python_ldap3_connection_password_kwarg", "s", "conn = ldap3.Connection(server, user=\"cn=<<user>>,dc=agency,dc=example\", password=\"<<v>>\", auto_bind=True)"),
 ("python_oracledb_connect_password_kwarg", "s", "conn = oracledb.connect(user=\"<<user>>\", password=\"<<v>>\", dsn=\"<<host>>/PAYDB\")"),
 ("python_pymssql_connect_password_kwarg", "s", "conn = pymssql.connect(server=\"<<host>>\", user=\"<<user>>\", password=\"<<v>>\", database=\"Cases\")"),
 ("python_paramiko_connect_password_kwarg", "s", "client.connect(\"<<host>>\", username=\"<<user>>\", password=\"<<v>>\", look_for_keys=False)"),
 ("python_exchangelib_credentials_second_arg", "s", "creds = Credentials(\"AGENCY\\\\<<user>>\", \"<<v>>\")"),
 ("python_httpx_basicauth_second_arg", "s", "auth = httpx.BasicAuth(\"<<user>>\", \"<<v>>\")"),
 ("python_simple_salesforce_password_kwarg", "s", "sf = Salesforce(username=\"<<user>>@agency.example\", password=\"<<v>>\", security_token=os.environ[\"SF_TOKEN\"])"),
 ("python_zeep_usernametoken_second_arg", "s", "client = Client(wsdl, wsse=UsernameToken(\"<<user>>\", \"<<v>>\"))"),
 ("dotnet_networkcredential_second_arg", "s", "var cred = new NetworkCredential(\"<<user>>\", \"<<v>>\", \"AGENCY\");"),
 ("dotnet_sqlclient_connection_string_password", "s", "var cs = \"Server=<<host>>;Database=Payroll;User Id=<<user>>;Password=<<v>>;Encrypt=True\";"),
 ("java_drivermanager_getconnection_third_arg", "s", "Connection c = DriverManager.getConnection(url, \"<<user>>\", \"<<v>>\");"),
 ("php_ldap_bind_third_arg", "s", "$ok = ldap_bind($conn, 'cn=<<user>>,dc=agency,dc=example', '<<v>>');"),
 ("php_mysqli_constructor_third_arg", "s", "$db = new mysqli('<<host>>', '<<user>>', '<<v>>', 'permits');"),
 ("perl_dbi_connect_third_arg", "s", "my $dbh = DBI->connect('dbi:Oracle:PAYDB', '<<user>>', '<<v>>', { RaiseError => 1 });"),
 ("node_ldapjs_bind_second_arg", "s", "client.bind('cn=<<user>>,dc=agency,dc=example', '<<v>>', (err) => { if (err) throw err; });"),
 ("go_ldap_bind_second_arg", "s", "err = l.Bind(\"cn=<<user>>,dc=agency,dc=example\", \"<<v>>\")"),
 ("ruby_net_ldap_auth_password", "s", "ldap.auth \"cn=<<user>>,dc=agency,dc=example\", \"<<v>>\""),
 ("powershell_pscredential_plaintext_literal", "s", "$cred = New-Object System.Management.Automation.PSCredential('AGENCY\\<<user>>', (ConvertTo-SecureString -String '<<v>>' -AsPlainText -Force))"),
 ("go_mssqldb_url_userinfo_password", "s", "db, err := sql.Open(\"sqlserver\", \"sqlserver://<<user>>:<<v>>@<<host>>:1433?database=Cases\")"),
 ("node_mssql_pool_config_password_field", "s", "const pool = new sql.ConnectionPool({ user: '<<user>>', password: '<<v>>', server: '<<host>>', database: 'Payroll' });"),
 ("php_ftp_login_third_arg", "s", "$ok = ftp_login($conn, '<<user>>', '<<v>>');"),
 ("python_smbprotocol_register_session_password", "s", "smbclient.register_session(\"<<host>>\", username=\"<<user>>\", password=\"<<v>>\")"),
 ("java_jsch_session_setpassword_arg", "s", "Session session = jsch.getSession(\"<<user>>\", \"<<host>>\", 22);\nsession.setPassword(\"<<v>>\");"),
]
P = [p for p in P if p[2]]

SUFFIX = {"c": "records_office_ticket_paste", "f": "sysadmin_handover_doc_block", "s": "change_request_diff_excerpt"}
WORDS = ["Ledger", "Docket", "Quorum", "Statute", "Tender", "Warrant", "Subpoena", "Annex", "Clause",
         "Bylaw", "Gazette", "Payslip", "Pension", "Roster", "Verdict", "Notary", "Affidavit", "Motion"]


def pw(rng):
    return rng.choice(WORDS) + rng.choice("-_.") + rs(rng, 6, ALNUM) + rs(rng, 2, "0123456789")


def present(kind, body, d):
    if kind == "c":
        return fill("Ticket REQ<<num>> \u2013 records office (<<person>>)\nSteps I ran on <<date>>:\n\n    ", d) + body.replace("\n", "\n    ") + "\n\nStill getting an error at step 2, please advise.\n"
    if kind == "f":
        return fill("HANDOVER \u2013 configuration as found on <<host>> (<<date>>)\n----------------------------------------\n", d) + body + "\n----------------------------------------\n"
    return fill("Change request CR-<<num>> (<<agency>>)\n--- a/integration/current\n+++ b/integration/proposed\n@@ -10,3 +10,4 @@\n", d) + "\n".join("+" + l for l in body.split("\n")) + "\n"


def generate(pool):
    rng = random.Random(5803)
    out = []
    for t, cat, tpl in P:
        while True:
            v = pw(rng)
            if v not in pool:
                break
        pool.add(v)
        d = fillers(rng)
        d["v"] = mark(v)
        body = fill(tpl, d)
        text, spans = unmark(present(cat, body, d), t)
        out.append({"type": t, "container": t + "__" + SUFFIX[cat], "text": text, "secrets": spans, "source": "password"})
    return out
