"""Categories read after the forty-sixth held-out corpus (issue 12, part 43).

- Found: a Group Policy registry preference's name and value attributes; a ServiceNow property's name,
  type and value elements; an Intune OMA-URI whose path ends in the secret's name, its Value line below;
  dotnet user-secrets for a PAT; a name beside its value inside a sentence; ``sc config … password=``,
  ``cmdkey /pass:``, ``ksetup /setcomputerpassword``, ``zmprov sp``, ConvertTo-SecureString with
  -AsPlainText first, .NET's PrincipalContext, an LDAP bind call, IRC's /OPER in capitals; a generator's
  word-and-number-dot-more password (``marble8100.sASn``), not an attribute path; Friulian, Wolof and
  Quechua words for a password; an SMB URL whose user has a domain (``smb://CORP\\user:pw@host``).
- Kept: Windows Setup's ``*SENSITIVE*DATA*DELETED*``, a Keycloak credential's salt, Microsoft's KMS
  client setup keys, a ``DOMAIN\\user`` after "Password for user", a form's anti-forgery token, a
  ``base64:fake`` stand-in.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text

RNG = random.Random(2026_46)
rand = partial(random_text, RNG)


def _word_number_password() -> str:
    return RNG.choice(("marble", "juniper", "lantern", "willow")) + rand(string.digits, 4) + "." + rand(string.ascii_letters, 4)


@pytest.mark.parametrize("template", [
    '<Properties action="U" hive="HKEY_LOCAL_MACHINE" key="SOFTWARE\\Corp" name="OKTA_API_TOKEN" type="REG_SZ" value="{t}"/>',
    "<sys_properties>\n<name>x_corp.kandji_api_token</name>\n<type>string</type>\n<value>{t}</value>\n</sys_properties>",
    "Name: Agent settings\nOMA-URI: ./Device/Vendor/MSFT/Policy/Config/Agent~Policy/BOX_CLIENT_SECRET\nData type: String\nValue: {t}\n",
    'dotnet user-secrets set "Integrations:VSA_PAT" "{t}"',
    "For the dashboard the team uses JWT_SECRET {t} until your own account is ready.",
])
def test_a_named_value_in_windows_and_itsm_formats_is_found(template):
    value = rand(B62, 40)
    gone(template.format(t=value), value)


@pytest.mark.parametrize("template", [
    "C:\\>sc config HRConnector obj= CORP\\svc-hr password= {v}", "C:\\>cmdkey /add:fs02.corp /user:CORP\\svc /pass:{v}",
    "C:\\>ksetup /setcomputerpassword {v}", "zimbra$ zmprov sp h.silva@corp.example {v}",
    "PS C:\\> Set-ADAccountPassword -Identity tb -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '{v}' -Force)",
    'using var ctx = new PrincipalContext(ContextType.Domain, "corp.example", "svc-app", "{v}");',
    "conn.simple_bind_s('svc-app@corp.example', '{v}')", "client.bind('cn=svc,dc=corp,dc=example', '{v}', (err) => {{}});",
    "/OPER netadmin {v}", "ldap_default_authtok = {v}",
    "Le mot de passe provisoire du compte du nouveau collègue est {v}, il devra le changer.",
    "La peraule clâf provisorie pal account e je {v}, al à di cambiâle.",
    "Baatu jàll bu diir bi ngir kontu mbokk mi mooy {v}, war na ko soppi.",
    "Musuq llamkaq cuentanpaq pakasqa simin {v} kachkan.",
    "DeviceURI smb://CORP\\a.silva:{v}@printsrv01/MFP-3",
])
def test_a_password_a_windows_tool_or_a_sentence_gives_is_found(template):
    value = _word_number_password()
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>",
    '{"type":"password","secretData":"{\\"value\\":\\"' + rand(B62, 43) + '=\\",\\"salt\\":\\"' + rand(B62, 22)
    + '==\\"}","credentialData":"{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"}',
    "KMS client setup key (public, from Microsoft's documentation) for Windows 11 Pro: W269N-WFGWX-YVC9B-4J6C9-T83GV\n"
    "slmgr /ipk W269N-WFGWX-YVC9B-4J6C9-T83GV",
    "Supply values for the following parameters:\nPassword for user CORP\\lbecker: ************\n",
    '<input type="hidden" name="_token" value="' + rand(B62, 40) + '" autocomplete="off">',
    '<php>\n  <env name="APP_KEY" value="base64:fake8"/>\n</php>',
])
def test_what_windows_and_itsm_formats_only_look_like_is_kept(text):
    kept(text)


def test_a_table_whose_rows_look_like_headers_is_read_once():
    """Every row of ``a,b,api key,<value>,c`` is also a header line; each row must still be read once,
    not once per header above it (n² reads: a 30,000-row paste took minutes)."""
    from actors.privacy.engine.detectors import DETECTORS
    from actors.privacy.engine.pairs import StructureReader

    reader = StructureReader(DETECTORS)
    reads = []
    valid = reader.valid
    reader.valid = lambda value, family: reads.append(value) or valid(value, family)
    rows = 2000
    reader.find("".join(f"a,b,api key,{rand(B62, 20)},c\n" for _ in range(rows)))
    assert 0 < len(reads) <= rows


@pytest.mark.parametrize("text", ["x = %'\"u", "printf('%'\"u\")", "a&'\"b", "q='\"=\"'"])
def test_two_different_quotes_side_by_side_are_no_escape(text):
    """``%'"u`` once read as JavaScript's ``%uXXXX`` and raised inside the filter (a sanitize of any
    text holding it was blocked): two different quotes join no literals and start no escape."""
    kept(text)
