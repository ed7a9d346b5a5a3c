"""Categories read after the hundred-and-forty-sixth and hundred-and-forty-seventh corpora (pharmacy,
e-prescribing and drug dispensing; drone, UAV-fleet and aerial-survey developers) (issue 12, part 76).

- Found: SASL PLAIN's initial response as base64 (SMTP's AUTH PLAIN, IMAP's AUTHENTICATE PLAIN after the
  server's "+"); an IMAP transcript's LOGIN line ending in CR LF; Oracle's legacy exp/imp given user/pw@db;
  pytds.connect's fourth argument; an XML comment that names a secret over the element holding it (a
  FileZilla site's <Comment>); a Prefect secret block's "name" and its "data": {"value": …}.
- Kept: a Google key a line calls a browser key restricted to a site's pages; SASL PLAIN whose password is
  a stand-in; a capability line that only lists AUTH PLAIN.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest

from privacy_support import B62, gone, kept, made_password, random_text

RNG = random.Random(2026_146)
HEX = "0123456789abcdef"


def sasl_plain(user: str, password: str) -> str:
    return base64.b64encode(f"\0{user}\0{password}".encode()).decode()


@pytest.mark.parametrize("template", [
    "C: EHLO rx.example.com\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {b64}\nS: 235 2.7.0 Authentication successful\n",
    "C: a1 AUTHENTICATE PLAIN\r\nS: +\r\nC: {b64}\r\nS: a1 OK\r\n",
])
def test_sasl_plain_initial_response_is_found(template):
    b64 = sasl_plain("alerts@example.com", made_password(RNG))
    gone(template.format(b64=b64), b64)


@pytest.mark.parametrize("template", [
    "C: a001 LOGIN dispatch {pw}\r\nS: a001 OK LOGIN completed\r\n",
    "exp rxsvc/{pw}@RXPROD file=formulary.dmp tables=(FORMULARY)\n",
    'conn = pytds.connect("cab-hub.example.com", "pms", "compound", "{pw}")\n',
    "<Server>\n  <Host>sftp.pmp-upload.example.net</Host>\n  <!-- LABEL_PRINTER_PASSWORD -->\n  <Comment>{pw}</Comment>\n</Server>\n",
])
def test_a_password_given_by_its_place_is_found(template):
    pw = made_password(RNG, "._-")
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template", [
    '{{\n  "block_type": "secret",\n  "name": "skydio-api-token",\n  "data": {{"value": "{v}"}}\n}}\n',
    "<Server>\n  <!-- ERX_WEBHOOK_SECRET -->\n  <Comment>{v}</Comment>\n</Server>\n",
])
def test_a_named_random_value_is_found(template):
    value = random_text(RNG, HEX, 48)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("make", [
    lambda: "store-locator: browser key (restricted to https://refills.example.com/*) AIza" + random_text(RNG, B62, 35) + "\n",
    lambda: "C: AUTH PLAIN " + sasl_plain("alerts", "example") + "\n",
    lambda: "S: 250-AUTH PLAIN LOGIN CRAM-MD5\nS: 250 OK\n",
    lambda: "<!-- API_KEY -->\n<ApiKey>${API_KEY}</ApiKey>\n",
])
def test_public_keys_and_stand_ins_are_kept(make):
    kept(make())
