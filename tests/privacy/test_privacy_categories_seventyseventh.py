"""Categories read after the seventy-sixth, seventy-seventh and seventy-eighth corpora (e-mail,
identity and SSO administrators; Windows desktop and .NET enterprise developers and sysadmins;
database administrators) (issue 12, part 54).

- Found: a password given to a directory or mail tool by its place (radtest, doveadm auth test, ipa
  passwd, ldifde/csvde -b, offlineimap's remotepass override, Postfix's inline: SASL map, FreeRADIUS's
  radcheck row, a decoded LDAP bind, hostapd's eap_user phase 2 line); a commented header that names
  its columns between blanks (pam_radius's "# server[:port] shared_secret timeout"); an SSIS
  connection's Properties[Password]; a UiPath Assign named for what it sets; Domino's
  NotesFactory.createSession, ADSI's OpenDSObject, WMI's ConnectServer; a setting or switch in
  Windows files (an element's text NAME=v, a .settings <Value Profile=…>, Settings.Designer.cs's
  DefaultSettingValue above the property, /name=v, a flag right after an element's '>'); Windows
  tools' passwords (/u: … /p:, /U … /P, pvk2pfx -po, tf /login:u,p, bitsadmin /setcredentials,
  AdFind -up, dtutil /DECRYPT, vaultcmd /authenticator:, | sanur, rabbitmqctl.bat); T-SQL's
  sp_password @new= and sp_setapprole; Redis's AUTH on the wire and after a bare prompt; echo into
  /tmp/pw; ODBC's braced PWD={…}; X509Certificate2, MapNetworkDrive and AutoIt's RunAs arguments;
  regedit's hex: and hex(2): values, MongoDB's BinData(0, "…"); ClickHouse's X-ClickHouse-Key header and
  PRTG's passhash; a token named with a word that holds
  "path" (UiPath) or random letters that look like a type's name; ASP.NET's machineKey.
- Kept: a tool named in a sentence; a sentence over a line of assignments; a finding that says it is
  "not a secret"; .NET's public key token; a DPAPI blob in base64; Application Insights' instrumentation
  key; P@ssw0rd cited by a test; MySQL's native password hash; a certificate's last base64 line;
  Tailscale's mkey:; a demo account's password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_77)


def tool_password(rng: random.Random) -> str:
    """A word, a joiner, letters and digits (``sieve.okxiji35``): no shape a message's rule reads, so
    only the place it is given in can say it is a password."""
    return rng.choice(WORDS) + rng.choice("._-") + random_text(rng, string.ascii_lowercase, 5) + str(rng.randrange(10, 99))


@pytest.mark.parametrize("template", [
    "$ radtest svc-ldap {v} radius.example.org 0 testing123\n",
    "$ radtest -t mschap svc-ldap {v} radius.example.org 0 testing123\n",
    "$ doveadm auth test asmith@example.org {v}\npassdb: asmith@example.org auth succeeded\n",
    "$ sudo ipa passwd postmaster {v}\n",
    'C:\\> ldifde -f export.ldf -s dc1.example.org -b asmith EXAMPLE {v} -d "DC=example,DC=org"\n',
    "$ offlineimap -a work -k Repository_remote:remotepass={v}\n",
    '$ postconf -e "smtp_sasl_password_maps = inline:{{ [smtp.example.org]:587=relay-user:{v} }}"\n',
    "INSERT INTO radcheck (username, attribute, op, value) VALUES ('asmith', 'Cleartext-Password', ':=', '{v}');\n",
    'LDAPMessage bindRequest(1) "cn=asmith,dc=example,dc=org" simple\n    simple: {v}\nLDAPMessage bindResponse(1) success\n',
    '"asmith"\tMSCHAPV2\t"{v}"\t[2]\n',
    "# server[:port] shared_secret timeout\nradius.example.org:1812 {v} 3\n",
    "C:\\> dtexec /F gl.dtsx /SET \\Package.Connections[GL].Properties[Password];{v}\n",
    '<Assign DisplayName="Assign MetaPass">\n  <Assign.Value><InArgument x:TypeArguments="x:String">{v}</InArgument></Assign.Value>\n</Assign>\n',
    'Session s = NotesFactory.createSession("notes.example.org", "asmith", "{v}");\n',
    'Set oUser = oDSO.OpenDSObject("LDAP://dc1.example.org/DC=example,DC=org", "EXAMPLE\\asmith", "{v}", 1)\n',
    'Set oSvc = oLocator.ConnectServer("srv1.example.org", "root\\cimv2", "EXAMPLE\\asmith", "{v}")\n',
])
def test_a_password_given_to_a_directory_or_mail_tool_is_found(template):
    value = tool_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "UIPATH_TOKEN={v}\n",                                  # (UiPath's name holds "path": still a token's)
    "%let EXPERIAN_CLIENT_SECRET = {v}; /* rates */\n",    # (random letters with capitals: no type's name)
])
def test_a_secret_named_with_a_look_alike_word_is_found(template):
    value = "RbzaJn98WfaJqcie" if "%let" in template else random_text(RNG, B62, 40)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Use the ipa passwd command to reset a user's password.\n",
    "Run radtest with the user and the password to check the server.\n",
    "# LocalStack accepts any credentials\nexport AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1\n",
    "# change the password below\nuser admin default\n",
    "secret_type: DjangoSettingsModule\n",
])
def test_a_tool_named_in_prose_or_a_sentence_over_a_line_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    '<RegisteredServers:Description type="string">JwtSigningSecret={s}</RegisteredServers:Description>\n',
    '<Setting Name="AwsSecretAccessKey" Type="System.String" Scope="Application">\n  <Value Profile="(Default)">{s}</Value>\n</Setting>\n',
    "<Path>cmd /c C:\\Setup\\agent.exe /deploy_api_token={s}</Path>\n",
    "<Arguments>--octopus_api_key {s}</Arguments>\n",
    '[global::System.Configuration.DefaultSettingValueAttribute("{s}")]\npublic string AwsSecretAccessKey {{\n',
    '<add key="AspnetMachinekeyValidationKey" value="{s}"/>\n',
])
def test_a_windows_setting_or_switch_names_its_secret(template):
    value = random_text(RNG, B62, 40)
    gone(template.format(s=value), value)


@pytest.mark.parametrize("template", [
    "C:\\> pvk2pfx -pvk corp.pvk -spc corp.spc -pfx corp.pfx -po {v}\n",
    "C:\\> tf get $/Orders/Main /recursive /login:EXAMPLE\\svc-build,{v}\n",
    "C:\\> bitsadmin /setcredentials SyncJob SERVER BASIC svc-build {v}\n",
    "C:\\> AdFind.exe -h dc1.example.org -u EXAMPLE\\svc -up {v} -f objectClass=computer name\n",
    "C:\\> dcdiag /s:dc1.example.org /u:EXAMPLE\\asmith /p:{v} /test:replications\n",
    "C:\\> setx /S app1.example.org /U EXAMPLE\\svc /P {v} ORDERS_HOME C:\\Orders\n",
    "C:\\> dtutil /FILE Load.dtsx /DECRYPT {v} /ENCRYPT FILE;Load.dtsx;1\n",
    'C:\\> runas /user:EXAMPLE\\svc-build "cmd /c sync.cmd" | sanur {v}\n',
    "C:\\> rabbitmqctl.bat change_password asmith {v}\n",
    "C:\\> vaultcmd /addcreds:\"Windows Credentials\" /credtype:\"Windows Domain Password Credential\" /identity:EXAMPLE\\asmith /authenticator:{v} /resource:fs1\n",
    "C:\\> Setup.exe /VERYSILENT /PASSWORD={v}\n",
    "EXEC sp_password @old = NULL, @new = '{v}', @loginame = 'asmith';\n",
    "EXEC sp_setapprole 'ReportingRole', '{v}';\n",
    "*2\n$4\nAUTH\n$15\n{v}\n",
    "> AUTH reporting {v}\n+OK\n",
    "$ echo '{v}' > /tmp/pw && initdb -D /srv/pg --pwfile=/tmp/pw\n",
    'cs = "DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=db1.example.org;UID=svc;PWD={{{v}}};"\n',
    '[global::System.Configuration.DefaultSettingValueAttribute("{v}")]\npublic string SmtpPassword {{\n',
    'var cert = new X509Certificate2(@"C:\\certs\\api.pfx", "{v}", X509KeyStorageFlags.MachineKeySet);\n',
    'objNetwork.MapNetworkDrive "Z:", "\\\\fs1.example.org\\share", False, "EXAMPLE\\asmith", "{v}"\n',
    'RunAs("svc-build", "EXAMPLE", "{v}", 0, @ScriptDir & "\\setup.exe")\n',
    "POST /?query=INSERT HTTP/1.1\nX-ClickHouse-User: dbadmin\nX-ClickHouse-Key: {v}\n",
])
def test_a_password_given_to_a_windows_or_database_tool_is_found(template):
    value = tool_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "the replacement credential was left here as a regedit REG_BINARY value (hex: then bytes):\nhex:{hex}\n",
    'the database password, as a mongosh BinData value:\nBinData(0, "{b64}")\n',
])
def test_a_password_in_a_registry_or_mongodb_form_is_found(template):
    value = tool_password(RNG)
    encoded = template.format(hex=",".join(f"{b:02x}" for b in value.encode()),
                              b64=base64.b64encode(value.encode()).decode())
    gone(encoded, encoded.split("\n")[1].split('"')[1] if "BinData" in encoded else encoded.split("\n")[1])


def test_prtg_s_passhash_is_found_and_a_stored_hash_under_a_hash_name_is_kept():
    gone('{\n  "Integrations": {\n    "PrtgApiPasshash": "3107856713"\n  }\n}\n', "3107856713")
    kept('pass_hash = "$2b$12$abcdefghijklmnopqrstuuVwXyZ0123456789abcdefghijklmno"\n')


def test_a_registry_expand_string_in_utf16_is_found():
    value = tool_password(RNG)
    run = "hex(2):" + ",".join(f"{b:02x}" for b in value.encode("utf-16-le") + b"\0\0")
    gone(f'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\X]\n"DbPassword"={run}\n', run)


@pytest.mark.parametrize("text", [
    'Finding 42 (informational, not a secret): "Exported public certificate (Base-64 encoded X.509 .CER), no private key:'
    '\\n-----BEGIN CERTIFICATE-----\\nMIIDfCn7LsH3qUf6SfFSd7n8rxCynFvJOjDjXuBGqInFjrRJD8KyxLo5R53V7FMd\\n"\n',
    'Finding 89 (informational, not a secret): "contoso.orders.core.1.0.1.nupkg.sha512  prPPlyirWZlfOmNCK6qFsu0vqSYYtGWwiE6ESa7WeeP9v8'
    'MMgwzgokxEXwMU0S3fULZQFkE5KNyaXZf7mwz+eh=="\n',
    'Finding 13 (informational, not a secret): "public const string Conn = @\\"Server=(localdb)\\\\MSSQLLocalDB;Password=test;\\";"\n',
    "C:\\> sn -Tp Orders.Core.dll\n\nPublic key token is 5c438568302414da\n",
    '"ProtectedToken"="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAzXQMnuN7cpPCd3jgP0MtbEL6SuJnQ0FbPdfqHK7aOkcW8a9BjF7ShLYpn7d1Ywgsm2deThvu=="\n',
    'appInsights = new ApplicationInsights({ config: { connectionString: "InstrumentationKey=6aa0d022-ff79-db30-3242-d6842b2bccba;'
    'IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" } });\n',
    '[Theory]\n[InlineData("P@ssw0rd")]\npublic void Rejects_weak_passwords(string candidate) => Assert.False(_policy.IsStrong(candidate));\n',
    "user\thost\tplugin\tauthentication_string\nmonitor\t10.%\tmysql_native_password\t*94D21F30EF4525D1F13D52A14F8D4BCD61AB5E43\n",
    "# /var/lib/postgresql/server.crt\n-----BEGIN CERTIFICATE-----\nvSvT9p8BZE4r3Jcxjh7ZiriUOEqph+50ZcrKiOIILG2C5DZHMxsAIaE3OWUREBUL\nv6U+GKs5\n-----END CERTIFICATE-----\n",
    '{"MachineKey": "mkey:894a436db749cd8ffd985ed61023b450357a303bbdf7c3bc894a436db749cd8f"}\n',
    "Training environment: sign in as trainee01 with the demo password Welcome123 shown on screen.\n",
    "> VISA ************8519\n> AUTH CODE 59ELHU\n> APPROVED - CARDHOLDER COPY\n",      # a receipt's, not Redis's AUTH
    "hexadecimalABCDEFGHIJKLMNOPQRSTUVWXYZ0123 is a run that starts like regedit's hex: but is none\n",
])
def test_a_public_value_a_stored_hash_or_a_cited_example_is_kept(text):
    kept(text)


def test_a_password_under_an_unclosed_certificate_line_is_still_found():
    """Only a public block's base64 body lines are public: a password written below a BEGIN line that
    never ends is read as one."""
    value = tool_password(RNG)
    gone(f"-----BEGIN CERTIFICATE-----\npassword: {value}\n", value)
