"""Categories read after the seventy-fourth and seventy-sixth corpora (office automation in insurance
and banking back offices; e-mail, identity and SSO administrators) (issue 12, part 53).

- Found: a Power Automate parameter named "Display (schema_name)"; Dataverse's environment variable
  (its <type> before the <defaultvalue>); KNIME's <entry key="N" type="…" value="v"/>; SSIS (dtexec's
  /SET \\Package.Variables[N];v, a .dtsConfig's ConfiguredValue); Excel's LET(…, N, "v", …); SAS's
  %let N = v; VBA's PasswordDocument:="v", WinHttp's SetCredentials, MSXML's Open with a user and a
  password, SendKeys "…~"; COM's Workbooks.Open fifth argument; a password typed into a field named
  for one (Playwright's fill, SikuliX's type, UiPath's TypeInto, Power Automate Desktop's
  PopulateTextField, a Blue Prism data item of type password); Blue Prism's AutomateC /user u pw; a
  SAS data set's (alter=…); RACF's ALTUSER … PASSWORD(…); an ftp -n script's user line; IIS appcmd's
  /processModel.password:; WS-Security's PasswordText with its long Type; a recovery key's name;
  Power Query's Text.FromBinary(Binary.FromText("…hex…", …)), SAS's '…'x and byte(…)||byte(…); a
  password echoed into a ~/.ldap.pw file or given as --password-file <(echo -n …); PHP's
  ldap_bind($conn, dn, pw); .NET's DirectoryEntry(path, user, pw); a call named for a password that
  takes a user and one (MSAL's acquire_token_by_username_password).
- Kept: UiPath's GetRobotCredential AssetName= (an attribute's name); an Azure Key Vault secret's
  resource ID; a schema name that says what it holds (cr7a1_BackendDbPwd).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import B62, WORDS, gone, kept, random_text

RNG = random.Random(2026_74)


def back_office_password(rng: random.Random) -> str:
    return rng.choice(WORDS) + "-" + "".join(rng.choice(string.ascii_lowercase) for _ in range(4)) + str(rng.randrange(100, 999))


@pytest.mark.parametrize("template", [
    '{{"definition": {{"parameters": {{"SmtpPassword (cr7a1_SmtpPassword)": {{"defaultValue": "{v}", "type": "String"}}}}}}}}',
    '<environmentvariabledefinition schemaname="cr7a1_SmtpPassword">\n  <type>100000000</type>\n  <defaultvalue>{v}</defaultvalue>\n'
    '</environmentvariabledefinition>\n',
    '<config key="model">\n  <entry key="DbPassword" type="xstring" value="{v}"/>\n</config>\n',
    "C:\\> dtexec /F gl.dtsx /SET \\Package.Variables[BackendDbPwd];{v}\n",
    '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::DbPassword].Properties[Value]" '
    'ValueType="String">\n    <ConfiguredValue>{v}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n',
    '=LET(host,"rates.example",SVC_PASSWORD,"{v}",SVC_PASSWORD)\n',
    "%let SVC_PASSWORD = {v}; /* rates host */\n",
    'Documents.Open FileName:="Renewal.docx", PasswordDocument:="{v}"\n',
    'http.SetCredentials "act_payout9", "{v}", 0\n',
    'xhr.Open "GET", "https://rates.example/api", False, "act_gl6", "{v}"\n',
    'Application.SendKeys "{v}~", True\n',
    'wb = xl.Workbooks.Open(r"\\\\fs01\\rates\\Rater.xlsm", False, True, None, "{v}")\n',
    'await page.fill("#password", "{v}");\n',
    'type("password_field.png", "{v}")\n',
    '<ui:TypeInto DisplayName="Type Into \'Password\'" Text="{v}" />\n',
    "WebAutomation.PopulateTextField.PopulateTextField BrowserInstance: Browser Control: appmask['Login']['txtPassword'] Text: $'''{v}'''\n",
    '<stage name="Portal Password" type="Data"><datatype>password</datatype><initialvalue xml:space="preserve">{v}</initialvalue></stage>\n',
    'C:\\BP> AutomateC.exe /run "Claims Intake" /resource RR43195 /user sp_gl4 {v}\n',
    "proc datasets lib=act; modify triangle_1 (alter={v}); run;\n",
    "READY\nALTUSER bo_recon4 PASSWORD({v}) NOEXPIRED\n",
    "open files.example\nuser sp_mail2 {v}\nbinary\nput bdx.csv\nbye\n",
    "C:\\> appcmd set apppool /apppool.name:Claims /processModel.userName:CORP\\svc /processModel.password:{v}\n",
    '<wsse:UsernameToken><wsse:Username>svc_payout2</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/'
    'oasis-200401-wss-username-token-profile-1.0#PasswordText">{v}</wsse:Password></wsse:UsernameToken>\n',
    '{{\n  "Values": {{\n    "GatewayRecoveryKey": "{v}"\n  }}\n}}\n',
    '$ echo -n "{v}" > /root/.ldap.pw && ldapwhoami -x -D cn=ops,dc=example -y /root/.ldap.pw\n',
    "$ step ca token ops@example.org --password-file <(echo -n {v})\n",
    "$ok = ldap_bind($conn, 'cn=svc-relay,dc=example,dc=org', '{v}');\n",
    'var de = new DirectoryEntry("LDAP://dc1.example/DC=example,DC=org", "asmith", "{v}");\n',
    'result = app.acquire_token_by_username_password("ops@example.org", "{v}", scopes=["User.Read"])\n',
])
def test_a_back_office_password_is_found(template):
    value = back_office_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "the database password is below, as a Power Query M expression:\nText.FromBinary(Binary.FromText(\"{hex}\", BinaryEncoding.Hex))\n- delete this",
    "the gateway recovery key is below, as a SAS hexadecimal string constant ('...'x):\n'{hex}'x\n- delete this",
])
def test_a_password_in_an_office_tools_hex_form_is_found(template):
    hexed = back_office_password(RNG).encode().hex().upper()
    gone(template.format(hex=hexed), hexed)


def test_a_secret_as_sas_byte_calls_is_found():
    value = random_text(RNG, B62, 24)
    codes = "||".join(f"byte({b})" for b in value.encode())
    gone(f"the Orchestrator client secret, spelled with SAS byte() calls:\n{codes}\nRe-run the queue after.", codes)


@pytest.mark.parametrize("text", [
    '<ui:GetRobotCredential AssetName="Claims_Portal" CacheStrategy="None" Password="[securePwd]" Username="[userName]" />\n',
    '{"schemaName": "cr7a1_SqlPassword", "type": "Secret", "value": "/subscriptions/8cfcf8e8-6d10-4632-96d7-17a74dbd3c3e/'
    'resourceGroups/rg-bo/providers/Microsoft.KeyVault/vaults/kv-bo-33/secrets/sql-pwd"}\n',
    '"BackendDbPwd (cr7a1_BackendDbPwd)": {"type": "String"}\n',
])
def test_a_robot_asset_a_vault_reference_or_a_schema_name_is_kept(text):
    kept(text)
