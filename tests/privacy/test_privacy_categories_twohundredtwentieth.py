"""Categories read again in the development corpora up to the two-hundred-and-twentieth (issue 12, part 101).

- Found: a secret a note hands over as a list whose items each hold a character's number amid noise (a name, a
  tag, a unit: "hive 3 341 kg; …", clock times), as numbers spelled out in a language or as residue tuples; a code
  that opens or disarms something named as the secret of a stated form ("the shed alarm code, written as …");
  radcli's servers file;
  a decoded MQTT CONNECT's password (after the user name, in fields=[…], the third length-prefixed string, a
  capture's ASCII view); an XML-RPC login's last string (Odoo's authenticate after the database); what a UI
  script types (UFT's WebEdit.Set, Watir's text_field.set, UiPath's TypeInto, kitty's send-text, zellij's
  write-chars, Testing Library's user.type, a Gherkin step's "I sign in as … with …"); Norwegian's "er nå".
- Kept: a list of numbers no secret is named for; a rule about a code; a CONNECT without the password flag.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import flagged, found, kept, owner_password, pairs_swapped, shared_engine

RNG = random.Random(2026_220)
_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]


def esperanto(n: int) -> str:
    """A number below 200 in Esperanto words (cent, dudek, sep …)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = ["cent"] * hundreds + ([(_UNITS[tens] if tens > 1 else "") + "dek"] if tens else []) + ([_UNITS[units]] if units else [])
    return " ".join(words)


@pytest.mark.parametrize("style", ["weights", "names", "tagged"])
def test_a_list_of_numbers_one_a_character_is_found(style):
    value = owner_password(RNG)
    if style == "weights":
        run = "; ".join(f"hive {RNG.randint(1, 40)}: {ord(c) + 200} kg" for c in value)
    elif style == "names":
        run = "; ".join(f"{RNG.choice(['Okoye', 'Lindqvist', 'Baptiste', 'Moreno'])} {ord(c) + 150}" for c in value)
    else:
        run = ", ".join(f"frame #{RNG.randint(1, 30)} {ord(c) * 10} g" for c in value)
    text = ("Honey-house riddle: the password of the extraction-room PC is written as a yield sheet, one entry per "
            f"character, the number minus the offset is the character code (the rest is noise):\n{run}\nAnswers to the office.\n")
    assert flagged(text, run.split()[-2] if style != "names" else run.split()[-1])


def test_numbers_spelled_out_one_a_character_are_found():
    value = owner_password(RNG)
    run = " | ".join(esperanto(ord(c)) for c in value)
    text = f"Quiz card: the apiary laptop password, as character codes spelled out in Esperanto, separated by ' | ':\n{run}\nGood luck.\n"
    assert flagged(text, run.split(" | ")[0])


@pytest.mark.parametrize("noun", ["shed alarm code", "dock override code", "smoker locker master code", "gate keypad code"])
def test_a_code_that_opens_something_is_a_stated_forms_secret(noun):
    value = owner_password(RNG)
    run = pairs_swapped(value)
    text = f"Noticeboard: the {noun} is written below with each pair of characters swapped:\n{run}\nWipe the board after.\n"
    assert flagged(text, run)


@pytest.mark.parametrize("text", [
    "Hive weights this week (kg):\nhive 1: 31 kg; hive 2: 29 kg; hive 3: 35 kg; hive 4: 30 kg; hive 5: 33 kg; hive 6: 28 kg\n",
    "The shed alarm code, written as a rule for everyone: change it monthly; never share it; log each change.\n",
    "Password policy (numbers):\nmin length 12; history 24; lockout 5; window 15; expiry 365; warn 14\n",
])
def test_numbers_and_rules_without_a_secret_are_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "$ sudo cat /etc/radcli/servers\n# server       key\nradius.apiary.lan    {v}\n",
    "#Server Name or Client/Server pair\t\tKey\napi.honeyshop.example\t\t{v}\n",
    "MQTT CONNECT decode: proto=MQTT v4 flags=0xC2 client=scale-07 fields=[hive_svc, {v}]\n",
    "MQTT CONNECT (decoded) flags=0xc2 keepalive=60\n  client id: scale-07\n  user name: hive_svc\n  field 2: {v}\n",
    "MQTT CONNECT flags=0xc2 keepalive=60\npayload (length-prefixed strings):\n  [8] scale-07\n  [8] hive_svc\n  [12] {v}\n",
    "12:01:07.5 IP 10.0.3.4.51000 > 10.0.3.1.1883: Flags [P.], length 50\n...x.[..MQTT.....<..scale-07..hive_svc..{v}\n",
    "<methodCall><methodName>authenticate</methodName><params>\n<param><value><string>honeydb</string></value></param>\n"
    "<param><value><string>packer</string></value></param>\n<param><value><string>{v}</string></value></param>\n"
    "<param><value><struct></struct></value></param>\n</params></methodCall>\n",
    'Browser("Shop").Page("Admin").WebEdit("f2").Set "{v}"\n',
    "browser.text_field(id: 'f2').set '{v}'\n",
    '<ui:TypeInto DisplayName="Type into f2" Text="{v}" />\n',
    "$ kitty @ send-text --match title:till-console '{v}\\r'\n",
    "$ zellij action write-chars '{v}'\n",
    "await user.type(screen.getByTestId('f2'), '{v}')\n",
    'Scenario: packer signs in\n  Given I sign in as "packer" with "{v}"\n  Then I see the orders\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_norwegians_er_na_gives_the_password():
    text = "[07:52] Ingrid: Passordet til kontor-PC-en i honningboden er nå propolis.58z91 – ikke send det videre.\n"
    found(text, "propolis.58z91")


def test_the_user_of_an_xmlrpc_login_and_a_connect_without_its_password_flag_are_kept():
    value = owner_password(RNG)
    login = ("<methodCall><methodName>authenticate</methodName><params>\n<param><value><string>honeydb</string></value></param>\n"
             f"<param><value><string>packer</string></value></param>\n<param><value><string>{value}</string></value></param>\n"
             "</params></methodCall>\n")
    assert flagged(login, value) and not flagged(login, "packer")
    kept("MQTT CONNECT flags=0x02 keepalive=60\n  client id: scale-07\n  user name: hive_svc\n  field 2: willtopic/scale\n")


@pytest.mark.parametrize("fmt", ["'%s'", "'%s\\n'", '"%s"'])
def test_printfs_format_is_not_joined_into_its_argument(fmt):
    value = owner_password(RNG)
    text = f"$ printf {fmt} '{value}' | gcloud secrets create shop-db-password --data-file=-\n"
    spans = [text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"]
    assert spans == [value], spans


def test_net_smtps_helo_domain_and_user_are_kept():
    value = owner_password(RNG)
    text = f'Net::SMTP.start("mail.apiary.lan", 587, "honeyshop.example", "orders_svc", "{value}", :login) do |smtp|\n'
    assert flagged(text, value) and not flagged(text, "orders_svc") and not flagged(text, "honeyshop.example")


def test_clock_times_and_residue_tuples_one_a_character_are_found():
    value = owner_password(RNG)
    times = ", ".join(f"{(ord(c) + 480) // 60:02d}:{(ord(c) + 480) % 60:02d} {RNG.choice(['bureau', 'settee', 'chaise'])}" for c in value)
    tuples = " ".join(f"({ord(c) % 7},{ord(c) % 11},{ord(c) % 13})" for c in value)
    for rule, run in (("as collection times, minutes past 08:00 the character code (the piece is noise), separated by commas", times),
                      ("as character codes given by their remainders after 7, 11 and 13, one group per character", tuples)):
        text = f"Workshop riddle: the cutting-room PC password is written {rule}:\n{run}\nAnswers to the office.\n"
        assert flagged(text, run), text
