"""Categories read after the sixty-fifth and sixty-seventh corpora (issue 12, part 50).

- Found: an AUTOSAR parameter whose definition path ends in the secret's name, the value in the
  next element; a lower-case variable's name with the value in brackets after it ("rotate
  aws_secret_access_key (…)"); ``echo pw | p4 … login``; Yocto's ``usermod -P``; libcurl's
  ``CURLOPT_PASSWORD``/``CURLOPT_USERPWD``; Selenium typing into the field named ``pw``; Redis's
  inline ``AUTH [user] pw``; an ESP8266's ``AT+CWJAP="ssid","pw"``; "is" in Lithuanian, Albanian and
  Armenian; Perl's ``pack("C*", …)`` where a text says the secret is given so; a GPS tracker's SMS
  command ``NAME,value``; a Windows ftp -s: script; WS-Security's UsernameToken(u, pw); ADO's
  ``.Open conn, user, pw``; X12's ISA04 and EDIFACT's UNB password; AnyDesk's --set-password behind a
  quoted path; Oracle EBS's FNDLOAD apps/pw; Tcl expect's ``expect "password:"; send "…"`` on one
  line; C#'s ``new char[] { 'p', … }`` and Perl's ``join '', map { chr } (…)`` a text names; a
  verb-final sentence's value before its copula (Persian, Tajik, Basque); printf piped with arguments.
- Kept: "AUTH required", a card receipt's "AUTH CODE …", a key "(see below)", a ticket's code before
  "da", an ISA envelope with no password (ISA03 "00"), an "open … bye" that is prose.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, gone, kept, random_text, word_password

RNG = random.Random(2026_65)


@pytest.mark.parametrize("template", [
    '<ECUC-TEXTUAL-PARAM-VALUE>\n  <DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/Vendor/TelematicsCfg/TELEMETRY_DB_PASSWORD'
    '</DEFINITION-REF>\n  <VALUE>{v}</VALUE>\n</ECUC-TEXTUAL-PARAM-VALUE>\n',
    "ops@hil-rig:~$ echo {v} | p4 -p ssl:perforce.example:1666 -u ops login\n",
    'EXTRA_USERS_PARAMS = "usermod -P {v} root;"\n',
    'curl_easy_setopt(h, CURLOPT_PASSWORD, "{v}");\n',
    'curl_easy_setopt(h, CURLOPT_USERPWD, "uploader:{v}");\n',
    "driver.find_element(By.ID, 'pw').send_keys('{v}')\n",
    ">>> captured on bench port 5224\nAUTH av_logger {v}\n+OK\n",
    'AT+CWMODE=1\nOK\nAT+CWJAP="FIELD-2131","{v}"\nWIFI CONNECTED\n',
    "Naujas stendo slaptažodis yra {v} – prašau neįrašyti jo į užklausą.",
    "Fjalëkalimi i ri për stendën është {v} – të lutem mos e vendos në tiketë.",
    "Ստենդի նոր գաղտնաբառն է {v} – խնդրում եմ, այն տոմսում մի գրիր։",
    ">> SMS to +447918042: APN,iot.carrier\n<< OK\n>> SMS: SMTP_PASSWORD,{v}\n<< OK\n",
    "PS C:\\Dispatch> type ftp_22154.txt\nopen edi.freight.example\nmfernandez\n{v}\nput asn_22154.edi\nbye\n",
    "client = Client(wsdl, wsse=UsernameToken('jkowalski', '{v}'))",
    'cn.Open "DSN=WMS_RTM-2", "scanner_admin", "{v}"',
    "UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4098765000021:14+240105:0930+17226+{v}:AA'\n",
    'PS C:\\Dispatch> echo {v} | "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --set-password',
    "depot-gw01:~$ FNDLOAD apps/{v} 0 Y DOWNLOAD $FND_TOP/patch/115/import/afcpprog.lct prog_97658.ldt",
    "depot-gw01:~$ expect -c 'spawn sftp ops@wms01.example; expect \"password:\"; send \"{v}\\r\"; interact'",
])
def test_a_password_in_a_device_a_tool_an_api_or_a_sentence_is_found(template):
    value = word_password(RNG, capitalized=False)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("name", ["aws_secret_access_key", "jwt_secret"])
def test_a_lower_case_name_with_its_value_in_brackets_is_found(name):
    value = random_text(RNG, B62, 40)
    gone(f"Action: rotate {name} ({value}) after the supplier demo.", value)


def test_perl_pack_of_character_codes_a_text_names_is_found():
    codes = ", ".join(str(ord(c)) for c in word_password(RNG))
    run = f'pack("C*", {codes})'
    gone("the uploader credential (database password) is below, as a Perl pack(\"C*\", ...) call with decimal "
         f"byte values:\n{run}\n[debrief] decode it yourself", run)


def test_an_x12_envelope_s_password_is_found():
    value = random_text(RNG, B62, 10)
    gone(f"ISA*00*          *01*{value}*ZZ*NGFREIGHT      *ZZ*PARTNER65147    *240105*0930*U*00401*000065147*0*P*>~", value)


@pytest.mark.parametrize("intro, run", [
    ("the partner SFTP password, as a C# new string(new char[] {...}) expression:",
     "new string(new char[] { 'l', 'a', 'd', 'i', 'n', 'g', '.', '5', 'x', 'c', 'c', 'v', 'a', '2', '5' })"),
    ("base sent the WMS database password as a Perl join/map chr expression:",
     "join '', map { chr } (116, 97, 114, 109, 97, 99, 95, 51, 99, 121, 120, 109, 116, 54, 49)"),
])
def test_character_forms_a_text_names_as_an_expression_are_found(intro, run):
    gone(f"Shift briefing, door 27\n- {intro}\n{run}\n- do not write it on the whiteboard", run)


@pytest.mark.parametrize("text", ["AUTH required\n", "the key (see below) is rotated",
                                  "ISA*00*          *00*          *ZZ*NGFREIGHT      *ZZ*PARTNER\n",
                                  "open the file\nthen\nsave it\nbye now",
                                  "MERCHANT COPY\nVISA  ************1420\nAUTH CODE ZLHP1Y\nTOTAL EUR 299.59\nAPPROVED"])
def test_protocol_words_and_prose_are_kept(text):
    kept(text)


def test_expect_on_one_line_replaces_the_password_alone():
    value = word_password(RNG)
    out = gone(f"expect -c 'spawn sftp ops@wms01.example; expect \"password:\"; send \"{value}\\r\"; interact'", value)
    assert '"password:"; send "' in out


@pytest.mark.parametrize("template", [
    "<p>رمز جدید حساب مشترک پرتال اعزام {v} است، لطفاً آن را در گروه رانندگان نگذارید.</p>",
    "Banaketa atariko kontu partekatuaren pasahitz berria {v} da, mesedez ez jarri gidarien taldean.",
    "Пароли ҳисоби умумӣ дар кластер {v} аст, лутфан онро нанавис.",
])
def test_a_verb_final_sentence_gives_the_password_before_its_copula(template):
    value = word_password(RNG, capitalized=False)
    gone(template.format(v=value), value)


def test_a_ticket_code_before_a_copula_is_kept():
    kept("password reset in OPS-1234 da rivedere")


@pytest.mark.parametrize("template", ['AT+CWJAP="lab","{v}"\n', 'val db = helper.getWritableDatabase("{v}")'])
def test_a_quoted_password_shaped_like_an_attribute_path_is_still_a_password(template):
    gone(template.format(v="wifi1.k3x9q2m17"), "wifi1.k3x9q2m17")
