"""Categories read after the hundred-and-eighty-second and hundred-and-eighty-third corpora (car washes, detailing
and tyre shops; science centres, planetariums and observatories) (issue 12, part 88).

- Found: a handover sheet's ``Item,Value,…`` rows (a named secret with more columns after it); a KeePass XML
  export's ``<Key>Bunny Storage Password</Key>`` (a name of several words); WordPress's application password
  after ``=``; Python's ``crypt.crypt("pw", salt)``; Qt's ``QSqlDatabase::open(user, pw)``; Espressif's
  ``AT+MQTTUSERCFG``; a ``==> file <==`` header (head, tail) naming OpenVPN's auth file; an autofs map's
  ``-fstype=smbfs ://user:pw@host``; a session's "login: u" then "code: pw"; zipfile's ``extract(member, path,
  b"pw")``; ``htpasswd -i`` fed by a pipe; AutoIt's ``Send("pw{ENTER}")``; a test typing into a field found by a
  call (TestCafe, Katalon, Flutter, uiautomator2, squish, SikuliX), pywinauto's ``type_keys``, Behat's "I fill in
  … with …"; Cantonese's "密碼係 pw"; the Italian spelling alphabet (cities, "otto" for 8).
- Kept: an ``Item,Value`` sheet's rows about a password policy; a sentence that ends "…; thanks!" after naming
  symbols; a Maps key whose comment says it is HTTP-referrer restricted; typing an e-mail address, a search or
  into a field its finder names for the user.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_182)


@pytest.mark.parametrize("template", [
    "Item,Value,Owner\nSite,airport-rd,Dana\nBays,15,Dana\nPaystation Service Password,{v},Dana\nAlarm code,see binder,Dana\n",
    "<Entry>\n  <String><Key>UserName</Key><Value>keiko</Value></String>\n"
    "  <String><Key>Bunny Storage Password</Key><Value>{v}</Value></String>\n</Entry>\n",
    'hashed = crypt.crypt("{v}", crypt.mksalt(crypt.METHOD_SHA512))\n',
    'QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL");\nif (!db.open("webops", "{v}")) qWarning() << db.lastError();\n',
    'AT+MQTTUSERCFG=0,1,"roofmast","obsadmin","{v}",0,0,""\nOK\n',
    "==> /etc/openvpn/client/plc-remote.auth <==\ndetailer\n{v}\n",
    "# /etc/auto.align\nreports -fstype=smbfs ://lpradmin:{v}@align-pc-03/reports\n",
    "Connected.\nDosing controller v3.2\nlogin: kioskop\ncode: {v}\n> status\n",
    "with zipfile.ZipFile('align_export.zip') as zf:\n    zf.extract('report.csv', '/tmp', b'{v}')\n",
    "$ echo '{v}' | sudo htpasswd -i -B /etc/nginx/.lpr_users dosingctl\n",
    'WinActivate("PayStation Service")\nSend("{v}{{ENTER}}")\n',
    "await t.typeText(Selector('#field-2'), '{v}').click('#go');\n",
    "WebUI.setText(findTestObject('Portal/field2'), '{v}')\n",
    'dlg.Edit2.type_keys("{v}", with_spaces=False)\n',
    "d(resourceId='com.washclub.kiosk:id/field2').set_text('{v}')\n",
    "await tester.enterText(find.byKey(const Key('field-2')), '{v}');\n",
    '    When I go to "/admin"\n    And I fill in "field-2" with "{v}"\n    And I press "Continue"\n',
    'type(waitForObject(names.kiosk_field2_QLineEdit), "{v}")\n',
    'click("unlock_button.png")\ntype(Pattern("field_two.png").similar(0.85), "{v}")\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_key_in_a_keepass_export_under_a_name_of_several_words_is_found():
    value = random_text(RNG, B62, 44)
    found(f"  <String><Key>Mux Token Secret</Key><Value>{value}</Value></String>\n", value)


def test_a_wordpress_application_password_after_an_equals_sign_is_found():
    found("WP_USER=web-editor\nWP_APPLICATION_PASSWORD=nVnV YJHC rR86 Blf0 gQLa c3u4\n", "nVnV YJHC rR86 Blf0 gQLa c3u4")


def test_a_password_cantonese_says_is_found():
    found("輪胎倉辦公室部電腦嘅密碼係 presoak-f7t54 ，唔好轉發俾其他人呀。\n", "presoak-f7t54")


def test_the_italian_spelling_alphabet_is_read():
    # "Sallies-Le855": S a l l i e s - L e 8 5 5, a capital in capitals, "otto" the digit 8
    run = "SAVONA ancona livorno livorno imola empoli savona trattino LIVORNO empoli otto cinque cinque"
    found(f"the bay controller password, spelled with the Italian alphabet:\n{run}\nDecode it first.", run)


@pytest.mark.parametrize("text", [
    "Item,Value,Owner\nPassword policy,enforced,IT\nReset password,yes,IT\n",
    "IT tip: a good password for the service menu is long – three random words beat a short word with symbols. "
    "The team rotated all their keys last month; thanks!\n",
    "NEXT_PUBLIC_MAPS_KEY=AIzaYHzPwA4AFzMniv-rvYG1S8YZOodUMNyN10r  # HTTP-referrer restricted to *.skyhall.org\n",
    "await page.fill('#email', 'alice@example.com');\nawait t.typeText(Selector('#search'), 'red roses');\n",
    '    And I fill in "email" with "dana@example.org"\n',
    "WebUI.setText(findTestObject('Login/input_user'), 'hive07')\nawait page.fill('#username', 'dana_77');\n",
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
