"""Categories read after the hundred-and-seventieth and hundred-and-seventy-second corpora (locksmiths, safes and
master-key systems; driving and traffic schools) (issue 12, part 84).

- Found: OSDP's secure channel base key (scbk) under any name that holds it, and said in a sentence; Authorize.net's
  transaction key; a key a sentence names with a space ("the signing key for the staging box: v"); a password
  sentence with a small number between ("… in van 3 is v"); Pulumi's structured config (name:\\n  value: v);
  isql-fb's -user … -p; Capybara's fill_in … with:; UiAutomator's setText; a .curlrc's user = "u:pw".
- Kept: a theory test's pass certificate number; a password policy's sentence ("…: instructors must use …"); an
  HMAC's expected digest, a cache's key and a keytab's enctype after a flag's number (what a spaced name or a
  number between could have read).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_170)
HEX = "0123456789abcdef"


@pytest.mark.parametrize("template", [
    "spring.application.name=access-panel-sync\nosdp.scbk={v}\n",
    '[vars]\nLOCK_REGION = "us"\nOSDP_SCBK = "{v}"\n',
    '{{\n  "encoderModel": "RFID MX-2",\n  "osdpScbk": "{v}"\n}}\n',
    "VAN 3 - DASH LABEL\nOSDP SCBK: {v}\nSERVICE DUE 48,000 MI\n",
    "For the year-end reconciliation you will need the osdp scbk: {v}\nPlease keep it out of the shared folder.\n",
])
def test_an_osdp_secure_channel_base_key_is_found(template):
    value = random_text(RNG, HEX, 32)
    found(template.format(v=value), value)


@pytest.mark.parametrize("noun", ["authnet transaction key", "signing key"])
def test_a_key_a_sentence_names_with_a_space_is_found(noun):
    value = random_text(RNG, B62, 16)
    found(f"[10:30] Sam Okafor\nhere's the {noun} for the staging box: {value}\n[10:45] Lena Hart\ngot it\n", value)


@pytest.mark.parametrize("template", [
    "Kalmar sirri ta kwamfutar injin makulli a motar 3 ita ce {v} – don Allah kada ka tura wa kowa.\n",
    "Modpas laptop machin kle a nan kamyonèt 3 a se {v} – tanpri pa voye l bay pèsonn.\n",
    "config:\n  aws:region: eu-west-2\n  booking:instructorDiaryAdminPassword:\n    value: {v}\n",
    "~$ isql-fb -user diary_sync -p {v} dc01.school.lan:/data/theory.fdb -i export.sql\n",
    "fill_in 'login_field_2', with: '{v}'\nclick_button 'Continue'\n",
    'device.findObject(By.res("com.school.learner:id/field2")).setText("{v}")\n',
    '# ~/.curlrc\nsilent\nuser = "kiosk_op:{v}"\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Subject: Your car practical test is booked\nBooking reference: 96787556\nTest centre: Wood Green (code 80948)\n"
    f"Theory pass certificate: T{random_text(RNG, string.digits, 11)}\nBring your provisional licence.\n",
    "Password policy (v2.4): instructors must use a password manager; passwords are never written on notes.\n",
    'password:\n  value: (set in vault)\nuser = "alice"\n',
    "Webhook signer self-test uses RFC 4231 test case 2 (key \"Jefe\"); expected HMAC-SHA-256: "
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\n",
    f"Cache restored from key: Linux-node-modules-{random_text(RNG, HEX, 64)}\nCache Size: ~274 MB\n",
    "ktutil:  addent -password -p svc_http@CORP.LAN -k 3 -e aes256-cts-hmac-sha1-96\n",
])
def test_certificates_and_policies_are_kept(text):
    kept(text)
