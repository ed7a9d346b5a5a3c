"""Categories read after the forty-third held-out corpus (issue 12, part 41).

- Found: a label and its value joined by a leader of dots or an ellipsis (an onboarding form's "Wise API
  token ......... <value>"); "<vendor> <kind> key: <value>" and "key = <value>" / "key with <value>" in
  prose; a chat's answer after a bare "Name:"; a request that says it needs a secret; a credentials
  sheet's row that names the secret in one cell and gives it in the next; a stated form written as dates,
  clock times or A/B groups; tools and protocols (SqlPackage /tp:, dtexec /DE, nssm's ObjectName,
  JSignPdf -ksp, pgpool's pcppass, xlsxwriter's protect, WebLogic's connect, SAP GUI's password field,
  OFX's USERPASS, Orthanc's RegisteredUsers, FIX Logon's 554/925); Uyghur's, Tahitian's, Guarani's and
  Aymara's words for a password, and a value that an Arabic comma ends.
- Kept: a public key by its SubjectPublicKeyInfo header, a demo or training account's password, Django's
  stored pbkdf2 hash, a CI cache key, a crash reporter's key, a table header under "contains no live
  secret", key=value fields of a mount or deploy line, a SCRAM exchange's nonce.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_43)
rand = partial(random_text, RNG)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    "SYSTEM ONBOARDING FORM\nProvider: Wise\nWise API token ......... {t}\nSigned: Yuki",
    "MEMO\n    Twilio auth token …… {h}\n",
    "Sure – DoseSpot clinic key: {t}\n\nThanks",
    "Implementation: replace Datadog API key with {h} in the job config",
    "Description: please store in vault. Forter secret key = {h}",
    "#finance\nHiro Tanaka: anyone have the AWS secret access key for the expense tool?\nOmar Haddad: {t}\n",
    "Agent: To finish the integration I need the Twilio auth token.\nSeller: here it is {h}\n",
    "system,environment,field,value,owner\nSage,production,Sage Accounting client secret,{t},Nadia",
])
def test_a_named_value_in_a_form_or_a_chat_is_found(template):
    t, h = rand(B62, 32), rand(HEX, 32)
    text = template.format(t=t, h=h)
    gone(text, *(v for v in (t, h) if v in text))


def test_a_stated_form_written_as_a_run_of_dates_or_times_is_found():
    dates = " ".join(f"2025-0{RNG.randint(2, 5)}-{RNG.randint(10, 28)}" for _ in range(12))
    times = " ".join(f"0{RNG.randint(0, 1)}:{RNG.randint(10, 59)}" for _ in range(12))
    groups = " ".join("".join(RNG.choice("AB") for _ in range(6)) for _ in range(12))
    for run in (dates, times, groups):
        gone(f"the SMTP password, written as day-of-year dates (each a character code):\n    {run}\n(decode locally)", run)


@pytest.mark.parametrize("template", [
    "SqlPackage /a:Publish /sf:Billing.dacpac /tu:deploy /tp:{v}", 'dtexec /F "Load.dtsx" /DE {v}',
    "nssm set PosSync ObjectName .\\svc_sync {v}", "java -jar JSignPdf.jar -kst PKCS12 -ksf n.p12 -ksp {v} c.pdf",
    "pgpool-claims:9898:pcp_admin:{v}", "worksheet.protect('{v}', {{'format_cells': False}})",
    "connect('weblogic', '{v}', 't3://wls:7001')", 'session.findById("wnd[0]/usr/pwdRSYST-BCODE").text = "{v}"',
    "<SIGNONMSGSRQV1><SONRQ><USERID>treasury<USERPASS>{v}<LANGUAGE>ENG</SONRQ>",
    '{{\n  "RegisteredUsers": {{ "radiology": "{v}" }}\n}}',
    "8=FIX.4.4|9=98|35=A|49=BUY|56=VENUE|553=bs02|554=old-rotated|925={v}|10=143|",
])
def test_a_password_a_tool_or_protocol_takes_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("sentence", [
    '{{"text": "مائاش كومپيۇتېرىنىڭ پارولى {v}، ھېچكىمگە بەرمەڭ."}}',
    "Te parau huna o te roro uira o {v} ïa, eiaha e hōroʻa.",
    "Pe ñe'ẽñemi computadora rehegua ha'e {v}, ani reme'ẽ avavépe.",
    "Payllaw computadoran jamasat arupax {v}, janiw khitirus churamti.",
])
def test_words_for_a_password_in_more_languages(sentence):
    value = rand(string.ascii_lowercase, 3) + rand(string.digits, 2) + rand(string.ascii_uppercase, 2) + "_" + rand(string.digits, 2)
    gone(sentence.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Apple Pay merchant identity – CSR submitted. Public key (SPKI, base64):\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rand(B62, 86) + "==\nThe private key stays in the HSM.",
    "TRAINING ENVIRONMENT ONLY\nDemo user: train.nurse34\nDemo password: Training123 (reset nightly)",
    '{"model": "auth.user", "fields": {"username": "billing", "password": "pbkdf2_sha256$870000$' + rand(B62, 22)
    + "$" + rand(B62, 43) + '="}}',
    "Cache restored from key: Linux-node-modules-" + rand(HEX, 64) + "\n",
    "Incident Identifier: 70882F56-4566-40F8-9FAB-CA8D8D37D1A3\nCrashReporter Key:   " + rand(HEX, 40) + "\n",
    "For the record, the excerpt below contains no live secret:\n\nid|login|pw_hash\n90|manager|$2b$12$" + rand(B62, 53) + "\n",
    "sudo mount -t cifs //nas.lan/share /mnt/share -o username=hana,password=walnut-marble?235,vers=3.0",
    'RFC 5802 example (user "user", password "pencil"): c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=',
])
def test_what_only_looks_like_a_named_value_is_kept(text):
    if "walnut-marble" in text:      # the password itself is found; what follows it is not
        assert "vers=3.0" in gone(text, "walnut-marble?235")
        return
    kept(text)
