"""Categories read after the hundred-and-sixty-first and hundred-and-sixty-second corpora (auto-repair shops and
vehicle diagnostics; home care, hospice and caregiver agencies) (issue 12, part 81).

- Found: a PLC's or HMI's tag table as CSV (TagName,DataType,Value; the tag's name names the secret); a chat's
  "here is the <name> you asked for <value> — delete this message"; Exim's passwd.client line
  (*.host:user:pw).
- Kept: a shell's ${VAR:?required} (its message, not a value); a setting whose value is "(set via environment)";
  PowerShell's (ConvertTo-SecureString … after a password flag; a glob that looks like *.host:a:b.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, gone, kept, owner_password, random_text

RNG = random.Random(2026_161)



@pytest.mark.parametrize("name", ["TireMachineSyncKey", "PartsCatalogApiKey", "VinDecoderToken"])
def test_a_tag_table_row_that_names_its_secret_is_found(name):
    value = random_text(RNG, B62, 40)
    gone(f"TagName,DataType,Value\nRimClampPressure,REAL,8.5\n{name},STRING,{value}\n", value)


@pytest.mark.parametrize("noun", ["mileage webhook secret", "fall alert client secret"])
def test_a_secret_handed_over_before_a_dash_is_found(noun):
    value = random_text(RNG, B62, 40)
    gone(f"Ana (09:12): here is the {noun} you asked for {value} — delete this message after you copied it\n", value)


def test_an_exim_client_password_line_is_found():
    pw = owner_password(RNG)
    gone(f"*.smtp.agency.example:caremgr:{pw}\n", pw)


@pytest.mark.parametrize("text", [
    'env:\n  - name: MAR_SVC_PASSWORD\n    value: "${MAR_SVC_PASSWORD:?required}"  # rev 72\n',
    "[auth]\n; password = (set via environment)\npassword_file = /run/secrets/db_password\n",
    "PS C:\\> New-ADUser -Name 'Tom Berg' -AccountPassword (ConvertTo-SecureString $pw -AsPlainText -Force)\n",
    "find . -name *.py:foo:bar\n",
])
def test_messages_calls_and_globs_are_kept(text):
    kept(text)
