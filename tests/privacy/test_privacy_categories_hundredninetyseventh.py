"""Categories read after the hundred-and-ninety-seventh and hundred-and-ninety-eighth corpora (funfairs, travelling
circuses and street-food markets; window cleaning, pressure washing and gutter services) (issue 12, part 93).

- Found: code's ``login = "user:pw"`` (to be Base64'd for basic auth); VBScript's ``WshShell.SendKeys "pw"``; a
  WebSocket's ``["auth", user, pw]``; ClickHouse's table functions ``remote(host, db, table, 'user', 'pw')`` and
  ``mysql(…)``; a literal put into a Kubernetes Secret whatever its key (``--from-literal=k1=pw``); a value piped
  into ``ansible-vault encrypt_string``; the first answer to what ``spawn ssh``/``scp`` asks, in expect and pexpect,
  whatever the prompt expected; pysftp's ``Connection(host, user, key, pw)``; SHOUTcast v1's source line answered
  ``OK2``; character codes as German or Swedish number words; bytes written as IPv6 addresses.
- Kept: Werkzeug's ``scrypt:…$…$…`` and ``pbkdf2:sha256:…$…`` password hashes; a ConfigMap's literal; "yes" to
  ssh's host-key question; real IPv6 addresses; ``SendKeys "{ENTER}"``.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import found, kept, owner_password, random_text, word_password

RNG = random.Random(2026_197)


@pytest.mark.parametrize("template", [

    'Set WshShell = WScript.CreateObject("WScript.Shell")\nWshShell.AppActivate "Cash Book"\nWshShell.SendKeys "{v}"\n',
    '>> {{"op":"hello","v":2}}\n>> ["auth", "tomasz01", "{v}"]\n<< ["ok", "session 4411"]\n',
    "SELECT count() FROM remote('sched2.rounds.internal:9000', rounds, visits, 'wes', '{v}');\n",
    "SELECT * FROM mysql('db:3306', 'shop', 'orders', 'reader', '{v}');\n",
    "$ kubectl -n kiosk create secret generic topup-db --from-literal=k1={v}\nsecret/topup-db created\n",
    "$ echo -n '{v}' | ansible-vault encrypt_string --stdin-name topup_db\n",
    "$ expect -c 'spawn scp rota.pdf permits@192.168.41.65:/srv/rota; expect \"*: \"; send \"{v}\\r\"; expect eof'\n",
    'child = pexpect.spawn("ssh crew@192.168.4.170")\nchild.expect(": ")\nchild.sendline("{v}")\n',
    'with pysftp.Connection("nas3.fair.lan", "crew", None, "{v}") as sftp:\n    sftp.put("rigging_check.pdf")\n',
    ">> {v}\n<< OK2\n<< icy-caps:11\n>> icy-name:Big Top Radio\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_user_and_password_literal_named_login_is_found():
    value = word_password(RNG, capitalized=False)
    found(f'let login = "ade01:{value}"\nlet token = Data(login.utf8).base64EncodedString()\n', value)


_GERMAN = {"0": "achtundvierzig", "1": "neunundvierzig", "2": "fünfzig", "3": "einundfünfzig", "4": "zweiundfünfzig",
           "5": "dreiundfünfzig", "6": "vierundfünfzig", "7": "fünfundfünfzig", "8": "sechsundfünfzig", "9": "siebenundfünfzig",
           "_": "fünfundneunzig", "k": "hundertsieben", "l": "hundertacht", "s": "hundertfünfzehn", "i": "hundertfünf",
           "v": "hundertachtzehn", "e": "hunderteins"}
_SWEDISH = {"0": "fyrtioåtta", "1": "fyrtionio", "2": "femtio", "3": "femtioett", "4": "femtiotvå", "5": "femtiotre",
            "6": "femtiofyra", "7": "femtiofem", "8": "femtiosex", "9": "femtiosju", "_": "nittiofem", "k": "hundrasju",
            "l": "hundraåtta", "s": "hundrafemton", "i": "hundrafem", "v": "hundraarton", "e": "hundraett"}


@pytest.mark.parametrize("words", [_GERMAN, _SWEDISH])
def test_character_codes_as_german_or_swedish_number_words_are_found(words):
    # a token that names its own kind once decoded; nothing around the run says what it is
    token = "sk_live_" + random_text(RNG, "0123456789", 24)
    run = " / ".join(words[c] for c in token)
    found(f"Zahlenrätsel / sifferpussel:\n{run}\n", run)


def test_bytes_written_as_ipv6_addresses_are_found():
    data = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
    raw = data.encode().ljust(48, b"\0")
    groups = [raw[i:i + 2].hex() for i in range(0, len(raw), 2)]
    run = " ".join(":".join(groups[i:i + 8]) for i in range(0, len(groups), 8))
    found(f"the float safe token, as IPv6 addresses (its UTF-8 bytes, padded with zeros):\n{run}\nDecode it at the gate.", run)


@pytest.mark.parametrize("text", [
    '[\n  {"model": "User", "login": "ringmaster",\n   "password": "scrypt:32768:8:1$tqcykjDHmHoGNnJT$c0493eec82c89aa8fcb'
    'a2d0434d62b73f73c914e036e7c7b2b30a42dbba15b22eb6b368a42d5d593442ed02136aee1b3dbeab210ed6b139031a9c841f2e3d92a"}\n]\n',
    '{"password": "pbkdf2:sha256:600000$Kq2pWbWJ$7c1e5f0b6a0e4f6d9b0a2c8e1f3d5b7a9c0e2f4a6b8d0f1e3a5c7e9b1d3f5a7"}\n',
    "kubectl create configmap app --from-literal=LOG_LEVEL=debug-verbose22\n",
    'child = pexpect.spawn("ssh crew@host")\nchild.expect("yes/no")\nchild.sendline("yes")\n',
    "listen on 2001:0db8:85a3:0000:0000:8a2e:0370:7334 fe80:0000:0000:0000:0202:b3ff:fe1e:8329\n",
    'WshShell.SendKeys "{ENTER}"\n',
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
