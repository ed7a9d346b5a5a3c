"""Categories read after the hundred-and-fifty-eighth and hundred-and-sixtieth corpora (corrections facilities
and jail management; vending machines, micro-markets and unattended retail) (issue 12, part 80).

- Found: an Intune OMA-URI setting as JSON (the URI's last segment names the secret, "value" holds it);
  Apache Camel's <setProperty name="…password"><constant>…</constant>; a JSON comment's
  "VideoVisitJwtSecret <value>"; Bicep's param name string = '…'; a transcribed log's "API token - <value>";
  a password made from the word "Keyring" (only keyring.get…/keyring.set… are the library's calls);
  JavaMail's Transport.send(msg, user, pw).
- Kept: an API's camel-case "sessionId" holding an event's id; keyring.get_password(…) as a value.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import uuid

import pytest

from privacy_support import B62, gone, kept, owner_password, random_text

RNG = random.Random(2026_158)



@pytest.mark.parametrize("template", [
    '{{\n  "omaUri": "./Device/Vendor/MSFT/Policy/Config/FacilityTablet/InmateTabletMdmPassword",\n  "dataType": "String",\n'
    '  "value": "{pw}"\n}}\n',
    '<route id="niemBookingOut">\n  <from uri="jms:queue:booking"/>\n  <setProperty name="body.scanner.operator.password">'
    '<constant>{pw}</constant></setProperty>\n</route>\n',
    "param location string = 'usgovvirginia'\nparam jmsDatabasePassword string = '{pw}'\n",
    'Transport.send(msg, "planogram", "{pw}");\n',
])
def test_a_password_given_by_its_place_is_found(template):
    pw = owner_password(RNG, RNG.choice(["Sallyport", "Headcount", "Mugshot"]))
    gone(template.format(pw=pw), pw)


def test_a_password_made_from_the_word_keyring_is_found():
    pw = owner_password(RNG, "Keyring", ".")
    gone(f'general: {{\n  offender_portal_admin_password = "{pw}"\n  server_name = "vv-gw-02"\n}}\n', pw)


@pytest.mark.parametrize("template", [
    '{{\n  "version": "0.1",\n  "_comment": "VideoVisitJwtSecret {v}",\n  "connections": []\n}}\n',
    'Transcribed from booking log p.14:\n"visit scheduler API token - {v}" (initialled JD)\n',
])
def test_a_named_random_value_is_found(template):
    value = random_text(RNG, B62, 43)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("make", [
    lambda: f'{{"sessionId": "{uuid.UUID(int=RNG.getrandbits(128))}", "roomName": "visit-deqyqwa5yt", "participantSid": "PA5ad4"}}\n',
    lambda: 'db_password = keyring.get_password("jms", "svc")\n',
])
def test_event_ids_and_keyring_calls_are_kept(make):
    kept(make())
