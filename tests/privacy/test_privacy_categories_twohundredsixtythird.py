"""Categories left by earlier development corpora (the 249th-262nd), built before the two-hundred-and-sixty-third to
sixty-fifth were read (issue 12, part 116).

- Found in rows no header names: a word and a year alone in a cell (``triforium_2024`` in a TSV roster, a caret file,
  a JSON Lines array); a Lisp record's strings (``(station "pour-2" "benedikt" "…")``).
- Found in office files: a spreadsheet's shared strings (xlsx's sharedStrings.xml), the cell that names a password,
  then the machine's and the user's, then the value; a licence's or a pairing code's grouped code right after its name
  in a vCard's NOTE or a calendar entry's DESCRIPTION.
- Found under a name: ``…_access_code=``, ``pairing_code=`` and ``door_code:`` with a number of six digits or more.
- Found in UI automation, where no field is named: Geb's ``$(…).value("…")``, Symfony Panther's ``submitForm('Log
  in', ['f1' => user, 'f2' => pw])``, TestComplete's ``textboxF2.Keys("…")``; an AutoHotkey hotstring; Keyboard
  Maestro's Insert Text by Typing.
- Found as a puzzle under a line that names a secret and a character code: word lengths (each digit a word), maps
  of a few marks (regions to count); four times to the second or more under a line that names a secret and says it is
  written as timestamps.
- Found after a login or a user, where an owner's password's shape says it: any tool's ``login u pw`` (a capture's
  ``-> login u pw`` too), the word after ``--user u``, a Lisp call's strings, ``echo pw | tool login --stdin u``,
  AutoHotkey's ``user{Tab}pw{Enter}``, a note's ``admin: u pw``, pywinauto's ``set_edit_text``, ``type_text``,
  ``type_string`` and ``ahk.type``; a line of xl2tpd's l2tp-secrets; a call's last argument before ``)?;``;
  pexpect's ``expect("Password:"); sendline(…)``, telnetlib's ``read_until(b"Password: ")`` and its ``write``.
- Found in chats, files and pipes: a login handed over as "…: account, password"; OpenSMTPD's credentials table;
  a console's first line printf'd into nc (the password, or ``'%s\\n…' pw``); Klaviyo's private key (pk_ and 34
  letters and digits, after its vendor's name).
- Kept: a numbered id or a handle's tag in a row (``member-45260``, ``Ruslan#1998``), a word and a year in a call; a
  hotstring's phrase; a licence's name (GPL-2-0-ONLY) or a placeholder's groups; ``access_code_length=8`` and a
  variable's reference; Etsy's keystring (its app's client id); a spreadsheet's words; a password's rules in a sentence,
  the times it was rotated; a login without a password's shape; an HTTP request printf'd into nc; a mail aliases table;
  Klaviyo's public key and Stripe's publishable one.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest
from privacy_support import WORDS, found, kept, owner_password, random_text

RNG = random.Random(2026_263)
DIGITS = "0123456789"
B36 = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _word_year() -> str:
    return RNG.choice(WORDS) + RNG.choice("._-") + str(RNG.randrange(1960, 2030))


@pytest.mark.parametrize("template", [
    "# kiln-roster.tsv\nkiln-a\tcallum\t{v}\tearly\nkiln-b\tngozi\t-\tlate\n",
    "# console-lockouts.txt\nHV-233^St Aidans, Brackenholme^2^{v}^2025-07-26\n",
    '# bond-gate/badges.jsonl  (user, code, gate, issued)\n["rhona.lindqvist", "{v}", "bond-3", "2024-04-02"]\n',
])
def test_a_word_and_a_year_alone_in_a_rows_cell_is_found(template):
    value = _word_year().capitalize()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    ';; stations.el - pour stations and who holds the login\n(station "pour-1" "jory" "see-office")\n'
    '(station "pour-2" "benedikt" "{v}")\n',
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><si><t>System</t>'
    '</si><si><t>Login</t></si><si><t>Value</t></si><si><t>Stave Jointer Hmi Password</t></si><si><t>yard</t></si>'
    '<si><t>{v}</t></si></sst>',
    '<sst count="6" uniqueCount="6"><si><t>System</t></si><si><t>Login</t></si><si><t>Booking Admin Password</t></si>'
    '<si><t>Studio PC</t></si><si><t>teodor</t></si><si><t>{v}</t></si></sst>',
    'to LoginPage\n$("input", id: "f1").value("qa-buyer")\n$("input", id: "f2").value("{v}")\n$("button", id: "go").click()\n',
    "$client->submitForm('Log in', ['f1' => 'qa-buyer', 'f2' => '{v}']);\n",
    'Aliases.browser.pageLogin.textboxF1.Keys("qa-admin");\nAliases.browser.pageLogin.textboxF2.Keys("{v}");\n',
    "; yard.ahk\n#Hotstring EndChars `n`t\n::;jhmi::{v}\n",
    "<dict>\n\t<key>Action</key>\n\t<string>ByTyping</string>\n\t<key>MacroActionType</key>\n\t<string>InsertText</string>\n"
    "\t<key>Text</key>\n\t<string>{v}</string>\n</dict>\n",
    "Kofi  16:16\nhere you go for the partmaster trade portal (for the new laptop): partmaster account email "
    "parts@brightwater.example, {v}\n",
    "Yuki  08:18\nas promised for the nvr admin (for the new laptop): nvr address 10.84.1.54, {v}\n",
    "# /etc/mail/creds (table creds file:/etc/mail/creds)\nrelay alerts:{v}\n",
    "$ printf '{v}\\r\\nSTATUS\\r\\n' | nc -w 2 10.51.4.43 4001\nOK\n",
    "$ printf '%s\\nstatus\\nlogout\\n' {v} | nc 10.47.8.101 4212\nVLC media player 3.0.20 Vetinari\n",
])
def test_a_password_in_these_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "BEGIN:VCARD\nVERSION:3.0\nFN:Agnieszka Wrobel\nNOTE:canopy cad licence {v}\nEND:VCARD\n",
    "BEGIN:VEVENT\nSUMMARY:Regauge at bond 3\nDESCRIPTION:Bring the dip rod.\\nrack scanner pairing code {v}\\nAsk for "
    "Hamish at the gate.\nEND:VEVENT\n",
])
def test_a_grouped_code_right_after_its_name_is_found(template):
    value = "-".join(random_text(RNG, B36, 4) for _ in range(5))
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ willowctl login rattan {v}\n", "$ cane-sync --user rattan {v} --push\n", "-> login rattan {v}\n<- ok\n",
    '(weave/connect "loom" "rattan" "{v}")\n', '$ echo "{v}" | weavectl login --stdin rattan\n',
    "^!p::Send, rattan{{Tab}}{v}{{Enter}}\n", "loom admin: rattan {v}\n",
    'win.child_window(auto_id="f2").set_edit_text("{v}")\n', 'robot.type_text("{v}")\n', 'autopy.key.type_string("{v}")\n',
    'ahk.type("{v}")\n', "# /etc/xl2tpd/l2tp-secrets\nrattan loom {v}\n",
    'let conn = Connection::open("loom", "rattan", "{v}")?;\n', 'child.expect("Password:"); child.sendline("{v}")\n',
    'tn.read_until(b"Password: "); tn.write(b"{v}\\n")\n',
])
def test_an_owners_password_after_a_login_or_a_user_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "# workroom.cfg\norg.openhab.workroom:refresh=60\norg.openhab.workroom:bambu_lab_lan_access_code={v}\n",
    "pairing_code={v}\n",
    "door_code: {v}\n",
])
def test_a_number_under_an_access_codes_name_is_found(template):
    value = random_text(RNG, DIGITS, 8)
    found(template.format(v=value), value)


FLAVOURS = {n: [w for w in ("to an of on is we in nut fig tub cup ice bar van malt mint lime plum mango waffle almond "
                            "sundae banana caramel coconut praline vanilla hazelnut meringue pistachio chocolate "
                            "buttermilk blueberry raspberry marshmallow fiordilatte gingerbread").split() if len(w) == n]
            for n in range(2, 12)}


def _word_lengths(value: str) -> str:
    """Each character's code as three digits, each digit d a word of d + 2 letters."""
    return " ".join(RNG.choice(FLAVOURS[int(d) + 2]) for c in value for d in f"{ord(c):03d}")


def _felt_maps(value: str) -> str:
    return " ".join("/".join("".join(RNG.choice("#.") for _ in range(12)) for _ in range(11)) + "@" for _ in value)


@pytest.mark.parametrize("rule, encode", [
    ("written hidden in word lengths: every character code is three decimal digits and each digit d is a word of d + 2 "
     "letters; read the lengths of the words of the line below", _word_lengths),
    ("written as felt-offcut maps ('#' felt, '.' bare table, '@' the marked square): count the felt squares joined to '@'; "
     "that count is a character code (ASCII); maps are separated by spaces", _felt_maps),
])
def test_a_puzzles_pieces_under_a_line_that_names_a_character_code_are_found(rule, encode):
    run = encode(owner_password(RNG))
    found(f"Quiz on the back of the van's menu board: the parlour office PC password is {rule}:\n{run}\nDrivers only.\n", run)


def test_a_password_as_four_times_to_the_second_is_found():
    raw = owner_password(RNG).encode()
    raw += bytes(-len(raw) % 4)
    run = " ".join(datetime.fromtimestamp(int.from_bytes(raw[i:i + 4], "big"), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                   for i in range(0, len(raw), 4))
    found("Puzzle corner - this month's answer is the lock-cottage PC password, as timestamps: the UTF-8 bytes are taken four "
          "at a time as a big-endian count of seconds since 1970-01-01T00:00:00Z, written as ISO 8601 UTC times, separated by "
          f"spaces:\n{run}\nFirst correct answer wins a windlass.\n", run)


def test_a_klaviyo_private_key_is_found():
    value = "pk_" + random_text(RNG, "0123456789abcdef", 34)
    found(f"<?php\nreturn [\n    'klaviyo_private_key_pk' => '{value}',\n];\n", value)


@pytest.mark.parametrize("text", [
    "device_id,dev_eui,join_eui\ntrap-6389,6C51AF85CFF31901,70B3D57ED0000001\n",
    "FOB-1138,26-bit H10301,190,49405,17D81FA,member-45260\nFOB-8362,26-bit H10301,148,59078,129CD8D,member-84195\n",
    '"1054","Ruslan#1998","2024-09-27T14:54:00Z","see you there"\n',
    '>>> iface.addVectorLayer(path, "yield_2024", "ogr")\n',
    "; hotstrings.ahk\n::btw::by the way\n::addr::12 High Street\n",
    "NOTE:licence GPL-2-0-ONLY\n", "the license key XXXX-XXXX-XXXX-XXXX goes here.\n",
    "access_code_length=8\naccess_code=${ACCESS_CODE}\n",
    "<sst><si><t>Password rules</t></si><si><t>Min length</t></si><si><t>Enabled</t></si></sst>",
    "printf 'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | nc example.com 80\n",
    "table aliases file:/etc/mail/aliases\nroot: bob\n",
    "here you go: the agenda, the minutes\n",
    "$ npm login --registry https://registry.example\n$ cane-sync --user rattan build-2024 --push\n",
    "loom admin: rattan (ask Hamish)\nSend, rattan{Tab}{Enter}\n",
    "etsy:\n  keystring: wz72yu2j1dpklwwpab8lfpd4\n  shop_id: 41277810\n",   # (the app's client id: public)
    "The password was rotated at: 2024-01-02T10:00:00Z 2024-04-02T10:00:00Z 2024-07-02T10:00:00Z 2024-10-02T10:00:00Z\n",
    "The password may hold no character code below 32:\nuse letters, digits and marks, and keep it longer than twelve "
    "characters so the checker accepts it at the first try when you set it on the till\n",
    "KLAVIYO_PUBLIC_KEY=Xy7Qp2\nSTRIPE_PUBLISHABLE_KEY=pk_test_51HxQ2bLk9JmN3pR7sT0uV4wY6zA8cD1eF3gH5iJ7kL9mN\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
