"""Categories read from the two-hundred-and-sixty-seventh corpus (kite makers, kite-festival organisers and kite-surf
school operators; issue 12, part 120).

- A device's enrolment code names a secret, as an activation or a pairing code does (``gate_enrolment_code``, "gate
  enrolment code is …").
- A word and a size as a kite's (``powerzone_8m``, ``foilkite_24kn``) is a value, not a name: after Irish's "ná" and
  Cebuano's "kay" in a sentence that gives a password.
- Found in code: a database client's positional arguments (a host, its port, names or nils, the password last:
  clickhouse_driver's ``Client``, Ruby pg's ``Connection.new``); PBEKeySpec's and BCrypt::Password.create's literal;
  Ranorex's ``PressKeys("pw{Return}")``, TestStack.White's ``BulkText = "pw"``, EarlGrey's ``grey_replaceText``; a
  PostgreSQL PasswordMessage as a Python bytes literal.
- Found in commands: irssi's ``-w``.
- Found in a capture: SMPP's bind as a bytes literal (the system id, then the password); OFTP's start session (its
  identification code, then the eight-character password); an activation or enrolment code named in a workbook's
  shared strings.
- Kept: a spec sheet's "Material: Dyneema SK99, sleeved" line (a code, not a header) over its rows; a client given a
  host, a port and a request's words; ``timeout``-like names in code.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_267)
CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _kite() -> str:
    return RNG.choice(("powerzone", "sledkite", "parafoil", "tideline")) + "_" + random_text(RNG, "123456789", 1) + \
        RNG.choice(("m", "kn"))


@pytest.mark.parametrize("template", [
    "briskreach:\n  shop_door_sensor: \"0x00124b00d9c85995\"\n  gate_enrolment_code: '{v}'\n",
    "[portbeck]\ngate_enrolment_code={v}\ngate_count=6\n",
    '[21/08/2025, 08:39:40] Callum: me. gate enrolment code is {v} btw, got it from the handover sheet\n',
    '{{"name": "GATE_ENROLLMENT_TOKEN", "value": "{v}"}}\n',
])
def test_an_enrolment_code_is_found(template):
    value = "GSE-" + "-".join(random_text(RNG, CODE, 7) for _ in range(3))
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "Is é pasfhocal an ríomhaire sa seomra fuála ná {v} – ná hinis d'aon duine é, le do thoil.\n",
    "Ang password sa kompyuter sa tahianan kay {v} – palihug ayaw isulti bisan kinsa.\n",
    "kiosk:\n  password: {v}\n",
])
def test_a_word_and_a_kites_size_given_as_a_password_is_found(template):
    value = _kite()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "client = Client('10.67.30.209', 9000, 'festival', 'gate_ro', '{v}')\n",
    "conn = PG::Connection.new('10.67.5.81', 5432, nil, nil, 'rentals', 'report', '{v}')\n",
    'KeySpec spec = new PBEKeySpec("{v}".toCharArray(), salt, 310000, 256);\n',
    "user.password_digest = BCrypt::Password.create('{v}')\n",
    'repo.TillLogin.F2.PressKeys("{v}{{Return}}");\n',
    'login.Get<TextBox>(SearchCriteria.ByAutomationId("f2")).BulkText = "{v}";\n',
    '[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@"f2")] performAction:grey_replaceText(@"{v}")];\n',
    "# frontend -> backend after AuthenticationCleartext, port 5432\nmsg = b'p\\x00\\x00\\x00\\x0f{v}\\x00'\n",
    "$ irssi -c irc.kites.example -p 6697 -w {v} -n gatebot\n",
])
def test_a_password_in_these_is_found(template):
    value = RNG.choice(("Shingle", "Depower", "Parafoil")) + RNG.choice("._-") + random_text(RNG, "123456789", 2) + \
        RNG.choice(("m", "kn", "ft"))
    found(template.format(v=value), value)


def test_an_activation_or_enrolment_code_in_a_workbooks_shared_strings_is_found():
    for name in ("Gate Enrolment Code", "Tracker Activation Code"):
        value = "-".join(random_text(RNG, "0123456789", 5) for _ in range(4)) + "-" + random_text(RNG, "0123456789", 1)
        found(f'<sst count="4" uniqueCount="4"><si><t>Machine</t></si><si><t>{name}</t></si><si><t>{value}</t></si>'
              "<si><t>changed after the service visit</t></si></sst>\n", value)


@pytest.mark.parametrize("template", [
    "# bind_transmitter to the SMS gateway (port 2775)\n"
    "pdu = b'\\x00\\x00\\x00)\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x13\\xf0gatesms\\x00{v}\\x00\\x004\\x00\\x00\\x00'\n",
    "# OFTP session start from Skyrigg to the fabric mill (SSID, fixed-width fields)\nX5O0013033123832SKYRIGG    {v}02048BNYYN\n",
])
def test_a_password_in_a_protocols_fixed_fields_is_found(template):
    value = RNG.choice(("boost", "luff", "bar")) + "." + random_text(RNG, "123456789", 2)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Windvanger line set - spec sheet\nMaterial: Dyneema SK99, sleeved\nFront lines: 2 x 20 m, 330 daN\n"
    "Back lines: 2 x 22 m, 250 daN\n",
    "c = Client('api.example.com', 443, 'GET', '/v1/items', 'json')\n",
    "password = render_3d\nretry = status_4xx\n",
    "# ODETTE FTP trace, no password sent\n< X5O0013439799802HIDESMOOR          02048BYNN099N\n",
    "Enter the activation code from your e-mail to finish setting up.\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
