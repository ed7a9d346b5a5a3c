"""Categories read after the hundred-and-fifty-third and hundred-and-fifty-fourth corpora (zoo, aquarium and
wildlife conservation; genealogy, family history and archive digitisation) (issue 12, part 78).

- Found: a radio log's "copy … signing key as <value>, over"; netdom's /pd:; a Ruby config's
  AppConfig[:db_password] = "…"; a key named on one line and its padded base64 on the next; veracrypt's -p;
  PyMuPDF's doc.authenticate(pw); paramiko's from_private_key_file(path, pw); internetarchive's
  configure(mail, pw); VBA's Workbook.SaveAs file, format, pw; Arduino's Firebase.begin(host, auth).
- Kept: a note that says it holds no secret across a comma ("(not a secret, closing):"); GBIF's published
  dataset key; a keychain item's name after security find-generic-password -s; an SDK docstring's
  1234567890abcdef key; netdom resetpwd's /s: server.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import uuid

import pytest

from privacy_support import B62, gone, kept, owner_password, random_text

RNG = random.Random(2026_153)



@pytest.mark.parametrize("template", [
    "C:\\> netdom resetpwd /s:dc01 /ud:ZOO\\admin /pd:{pw}\n",
    'AppConfig[:frontend_proxy_url] = "https://aspace.example.org/staff"\nAppConfig[:gedcom_import_db_password] = "{pw}"\n',
    "veracrypt -t --mount /dev/sdc1 /mnt/dna_raw -p {pw} --pim=0 -k '' --protect-hidden=no\n",
    "doc = fitz.open('will_transcript.pdf')\ndoc.authenticate('{pw}')\n",
    "pkey = paramiko.RSAKey.from_private_key_file('/home/dev/.ssh/bagger', '{pw}')\n",
    "from internetarchive import configure\nconfigure('uploads@fhs.example.org', '{pw}')\n",
    'ActiveWorkbook.SaveAs "C:\\Index\\baptisms.xlsx", , "{pw}"\n',
    'Firebase.begin("gravesurvey.firebaseio.com", "{pw}");\n',
])
def test_a_password_given_by_its_place_is_found(template):
    pw = owner_password(RNG)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    "19:42 Base to Ranger 3, copy adoption portal signing key as adpt1.{v} , over.\n19:43 Ranger 3, copied.\n",
    "OCR of label photo (IMG_4411.jpg):\nEPSON V850 - READING ROOM 2\niiif image signing key\n{v}/SKTQ=\ndo not remove label\n",
])
def test_a_named_random_value_is_found(template):
    value = random_text(RNG, B62, 36)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("make", [
    lambda: "Ticket ZIT-8741 (not a secret, closing):\n" + random_text(RNG, B62, 44) + "\n",
    lambda: f"Published dataset key {uuid.UUID(int=RNG.getrandbits(128))} (installation {uuid.UUID(int=RNG.getrandbits(128))}), 1,204 records\n",
    lambda: "TOKEN=$(security find-generic-password -s zims-export-" + str(RNG.randrange(10, 99)) + " -w)\n",
    lambda: '"""Example:\n    client = TreeClient(api_key="1234567890abcdef1234567890abcdef")\n"""\n',
    lambda: "netdom resetpwd /s:dc01 /ud:ZOO\\admin /pd:*\n",
])
def test_stand_ins_ids_and_disclaimed_values_are_kept(make):
    kept(make())
