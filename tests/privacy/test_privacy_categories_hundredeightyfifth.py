"""Categories read after the hundred-and-eighty-fifth and hundred-and-eighty-sixth corpora (sailing clubs, yacht
charters and marinas; shooting ranges, archery and firearms retail) (issue 12, part 89).

- Found: a comment that says what a file is, then lists its columns (``# users.db (operator|role|secret)``,
  ``# stations  id:host:secret:port``, tabs in parentheses), the rows below; a spreadsheet column named in words
  (``Rfid Gateway Key``); a Node-RED request's headers (``keyValue`` / ``valueValue``); an OTP seed a sentence
  says it rewrote (reversed, ROT47, Morse, full-width …); Firebird's ``isql-fb -pas``; hdiutil's ``-stdinpass``
  fed by printf; VB.NET's ``UploadFile(file, url, user, pw)``; Node's ``Buffer.from(user + ':' + pw)``; SQL's
  ``AES_ENCRYPT(x, 'k')``, ``pgp_sym_encrypt(x, 'k')``; an ntp.keys ASCII key; Puppeteer's ``keyboard.type``,
  WebdriverIO's ``addValue``, pywinauto's ``type_keys('…{ENTER}')``, a Gherkin step's ``I type "…" into``.
- Kept: a spreadsheet's "Primary Key" column; a person's licence number (``ICC-1409036``, ``AGB-578517``); a Maps
  key under a comment that says it is a browser key restricted to a site; a Gherkin step typing a word or a date.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_185)


@pytest.mark.parametrize("template", [
    "# meter-gw users (login\trole\tsecret\tpontoons)\ndockhand\tservice\t{v}\tA,B,C\n",
    "# aisfwd stations  id:host:secret:port\nst42:charter.harbourops.internal:{v}:5631\n",
    "# showctl/users.db  (operator|role|secret|last_show)\nallsky|operator|{v}|aurora\n",
    '    "headers": [\n      {{\n        "keyType": "other",\n        "keyValue": "LANE_KIOSK_ADMIN_PASSWORD",\n'
    '        "valueType": "other",\n        "valueValue": "{v}"\n      }}\n    ]\n',
    "$ isql-fb -user rangeops -pas {v} lanes06.range.internal:/var/lib/firebird/lanes.fdb\n",
    "$ printf '{v}' | hdiutil attach -stdinpass CrewPassports.dmg\n",
    'My.Computer.Network.UploadFile("C:\\Exports\\ad.csv", "ftp://book03.range.lan/in/ad.csv", "rso_dana", "{v}")\n',
    "const header = 'Basic ' + Buffer.from('training' + ':' + '{v}').toString('base64');\n",
    "UPDATE crew SET passport_no = AES_ENCRYPT(passport_no, '{v}') WHERE voyage_id = 311;\n",
    "INSERT INTO survey_docs (vessel, blob) VALUES ('Blue Tern', pgp_sym_encrypt(:doc, '{v}'));\n",
    "await page.click('#field-2');\nawait page.keyboard.type('{v}');\nawait page.keyboard.press('Enter');\n",
    "await $('#f1').addValue('dockhand');\nawait $('#f2').addValue('{v}');\n",
    "dlg.Edit2.type_keys('{v}{{ENTER}}', with_spaces=True)\n",
    'Scenario: manager override\n  When I type "{v}" into the second field\n  Then the sale is released\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_an_ascii_key_in_ntp_keys_is_found():
    found("# /etc/ntp.keys (start-hut clock)\n# keyid type key\n11 M topsail_v43490\n", "topsail_v43490")


def test_a_spreadsheet_column_named_in_words_is_found():
    value = "armr_" + random_text(RNG, B62, 40)
    found(f"Course,Instructor,Cohort Size,Rfid Gateway Key,Notes\nBasic Pistol,K. Mbeki,5,{value},move to Sat\n", value)


@pytest.mark.parametrize("rewritten", ["written back to front", "with ROT47", "in full-width forms"])
def test_an_otp_seed_a_sentence_says_it_rewrote_is_found(rewritten):
    value = random_text(RNG, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24)
    found(f"Note pinned by the lane-3 board: the gun-safe OTP seed, {rewritten}:\n{value}\nDo not copy this note.\n", value)


@pytest.mark.parametrize("text", [
    "id,Primary Key,Sort Key\n1,8c55998b53f859d5aa81bb72,x\n",
    '{\n  "bookingRef": "71110035327",\n  "skipperLicence": "ICC-1409036"\n}\n',
    "your entry is confirmed. Bib 2764, target 10C.\nAthlete licence: AGB-578517. Payment reference: SI18-J2XJ4K9A.\n",
    '  // browser key, restricted to https://charter.example.com/*\n  const mapsKey = "AIzaIh5CalgEu5FWmFv-u4z4vr-fiHRuEXVIU-B";\n',
    '  When I type "hello" into the search box\n  Then I enter "2024-05-01" in the date field\n',
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
