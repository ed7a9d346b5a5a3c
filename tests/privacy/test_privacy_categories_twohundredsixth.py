"""Categories read after the two-hundred-and-sixth and two-hundred-and-seventh corpora (angling clubs, tackle shops
and commercial fisheries; bike shops, cycle repair and bike hire) (issue 12, part 96).

- Found: a comment that lists a file's columns between commas (``# kiosk_users.csv  (station,name,role,unlock)``);
  a password piped to ``op signin``, to ``ecryptfs-unwrap-passphrase``, to a tool reading ``-y /dev/stdin``, and
  the second of ``printf '%s\\n%s\\n' user pw`` piped to ``openvpn --auth-user-pass /dev/stdin``; Spring's
  ``DriverManagerDataSource(url, user, pw)``; a decoded PostgreSQL PasswordMessage and LDAP simple bind;
  EDIFACT's UNB recipient password; a Sinhala message's transliterated "password"; character codes as Turkish,
  Indonesian or Dutch number words.
- Kept: a comment whose commas are a sentence's, openvpn's user before its password, an EDIFACT header
  without a password, a handbook's sentence with a semicolon and "passphrase" read as a CSV header over the next
  sentence (a list's item, or a clause of eight words or more, is no column's value; a spaced passphrase is).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, shared_engine

RNG = random.Random(2026_206)


@pytest.mark.parametrize("template", [
    "# kiosk_users.csv  (station,name,role,unlock)\nquay-07,rides,desk,{v}\n",
    "# kiosk_accounts.csv  (kiosk,site,operator,unlock)\nK51,North Lake,webteam,{v}\n",
    "$ echo '{v}' | op signin --account velocityhire\n",
    "$ printf '%s' '{v}' | ecryptfs-unwrap-passphrase ~/.ecryptfs/wrapped-passphrase -\n",
    "$ echo -n '{v}' | ldapadd -x -D cn=admin,dc=shop,dc=lan -y /dev/stdin -f new-mechanic.ldif\n",
    "$ printf '%s\\n%s\\n' workshop '{v}' | sudo openvpn --config hire-hq.ovpn --auth-user-pass /dev/stdin\n",
    'DataSource ds = new DriverManagerDataSource(\n        "jdbc:postgresql://nas.club.lan/pegdraw", "matchsec", "{v}");\n',
    '<- AuthenticationCleartextPassword (R, code 3)\n-> PasswordMessage (p) len=19: "{v}\\0"\n<- AuthenticationOk (R, code 0)\n',
    "Lightweight Directory Access Protocol\n    messageID: 3\n    version: 3\n    name: cn=treasurer,dc=club,dc=lan\n"
    "    authentication: simple (0)\n        simple: {v}\n",
    "UNA:+.? '\nUNB+UNOC:3+5012345000004:14+5098765000005:14+250514:0930+00000417+{v}+ORDERS'\nUNH+1+ORDERS:D:96A:UN'\n",
    "ක්ලබ් හවුස් එකේ ලැප්ටොප් එකේ පාස්වර්ඩ් එක {v} – කරුණාකර කාටවත් ෆෝවර්ඩ් කරන්න එපා.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_openvpn_s_user_before_its_password_is_kept():
    value = owner_password(RNG)
    text = f"$ printf '%s\\n%s\\n' workshop '{value}' | sudo openvpn --config hq.ovpn --auth-user-pass /dev/stdin\n"
    at = text.index("workshop")
    assert not any(f.start < at + 8 and at < f.end for f in shared_engine().scan(text) if f.label == "secret")


@pytest.mark.parametrize("text", [
    "# note: call Bob,then Ann,then the desk\nann,admin,reception\n",
    "UNA:+.? '\nUNB+UNOC:3+5012345000004:14+5098765000005:14+250514:0930+00000417'\nUNH+1+ORDERS:D:96A:UN'\n",
    "IT basics for the shop floor\n- Never write the till password on the workshop whiteboard.\n"
    "- Passwords are at least 14 characters; use a passphrase, not the shop name.\n"
    "- If someone asks for the dock override code by phone, hang up and call the ops lead.\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


def _turkish(code: int) -> str:
    units = "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split()
    tens = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
    hundred, code = ("yüz ", code - 100) if code >= 100 else ("", code)
    return (hundred + (tens[code // 10] + " " if code >= 10 else "") + (units[code % 10] if code % 10 else "")).strip()


def _indonesian(code: int) -> str:
    units = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()
    hundred, code = ("seratus ", code - 100) if code >= 100 else ("", code)
    if code in (10, 11):
        rest = "sepuluh" if code == 10 else "sebelas"
    elif code >= 12:
        rest = f"{units[code - 10]} belas" if code < 20 else f"{units[code // 10]} puluh" + (f" {units[code % 10]}" if code % 10 else "")
    else:
        rest = units[code] if code else ""
    return (hundred + rest).strip()


def _dutch(code: int) -> str:
    units = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
             "achttien negentien").split()
    tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    hundred, code = ("honderd", code - 100) if code >= 100 else ("", code)
    if code < 20:
        return hundred + (units[code] if code else "")
    unit = units[code % 10] + ("ën" if units[code % 10].endswith("e") else "en") if code % 10 else ""
    return hundred + unit + tens[code // 10]


@pytest.mark.parametrize("spell", [_turkish, _indonesian, _dutch])
def test_character_codes_as_turkish_indonesian_or_dutch_number_words_are_read(spell):
    value = "tdu_" + "".join(RNG.choice("abcdefghkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(16))
    run = ", ".join(spell(ord(c)) for c in value)
    text = f"Quiz card: the till drawer key, written as character codes in number words:\n{run}\nAnswers behind the till.\n"
    at = text.index(run)
    assert any(f.label == "secret" and f.start < at + len(run) and at < f.end for f in shared_engine().scan(text)), run


def test_a_spaced_passphrase_in_a_psk_column_is_still_found():
    value = "violet sonne cobalt gato 53"
    found(f"site\tssid\tpsk\nPorto\tACME-Staff\t{value}\n", value)
