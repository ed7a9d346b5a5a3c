"""Categories read after the hundred-and-ninety-second and hundred-and-ninety-third corpora (campsites, RV parks
and caravan holiday parks; bookshops, comic stores and second-hand book dealers) (issue 12, part 91).

- Found: columns read by their place in the line — a fixed-width file whose columns a comment names by character
  ranges (``# cols 1-20 login, 21-40 secret, 41- printer``, or the names before their ranges), a fixed-width
  report whose header names a secret column where it starts, a pipe-separated export whose header names one, a
  comment that writes its tabs as ``<TAB>``; an INI's ``login=user,pw`` and a YAML's ``login: [user, pw]``; a
  checklist's row that names a password, its value in the Notes column; a device's ``LOGIN|user|pw`` frame
  (``LGN,station,user,pw`` between STX and ETX, NMEA's ``$P…,LOGIN,…``); an X12 header's ISA04 when ISA03 is
  01; Faraday's ``:basic, "u", "pw"`` in double quotes; express-basic-auth's ``users: { name: 'pw' }`` with the
  name unquoted; cryptography's ``kdf.derive(b"pw")``; a password manager's custom field named in words
  (``"name": "When I Work Developer Key", "value": "…"``); character codes as Spanish, French or Portuguese
  number words.
- Kept: a report whose secret-named column holds counts or names, a multi-word column name ("SECRET NAME"), a
  column of password hashes (Django's ``pbkdf2_sha256$…``, PostgreSQL's ``SCRAM-SHA-256$…``, a digest with its
  salt) or ciphertexts,
  ranges in a comment that are hours or dates; an X12 header without a password (ISA03 00), a login log line
  (``LOGIN|admin|OK|200``), a YAML login list of two names, a checklist's "Order keys" row; a Google key its
  name calls a browser key (``mapsBrowserKey``); an OpenPGP key's id after ``gpg --recv-keys`` or "long id"; a
  CDN's surrogate key; a custom field a password manager names a public key; a Postman variable's name beside
  its value.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text, shared_engine

RNG = random.Random(2026_192)


def _pad(*cells: tuple[str, int]) -> str:
    return "".join(c.ljust(w) for c, w in cells).rstrip()


@pytest.mark.parametrize("comment", [
    "# operator file: cols 1-20 login, 21-40 secret, 41- printer",
    "# kiosk.dat, fixed width: 1-20 login, 21-40 password, 41-52 printer",
    "# export layout: user 1-20 passwd 21-40 printer 41-52",
    "# columns 1-20 user name, 21-40 secret, 41- label printer",
])
def test_a_secret_in_a_range_a_comment_names_is_found(comment):
    value = owner_password(RNG)
    row = _pad(("labels", 20), (value, 20), ("ZEBRA-GK420T", 12))
    found(f"{comment}\n{_pad(('potshed', 20), ('x', 20), ('ZEBRA-1', 12))}\n{row}\n", value)


def test_a_secret_under_a_fixed_width_header_is_found():
    value = owner_password(RNG)
    header = _pad(("REG", 4), ("STORE", 6), ("CLERK", 32), ("SECRET", 17), ("DRAWER", 6))
    row = _pad(("03", 4), ("117", 6), ("frontdesk", 30), (value, 19), ("D2", 2))
    found(f"{header}\n{row}\n", value)


@pytest.mark.parametrize("template", [
    " id | login | password\n----+-------+----------\n  1 | ana   | {v}\n",
    "profile|host|port|db|user|secret|tls\nnightly|db04.shop.internal|5432|boundbook|waiverbot|{v}|require\n",
    "# meter-gw users (login<TAB>role<TAB>secret<TAB>pontoons)\ndockhand\tservice\t{v}\tA,B,C\n",
])
def test_a_secret_a_header_names_across_pipes_or_written_tabs_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "NAME      SECRETS   AGE\ndefault   1         3d\nbuilder   2         3d\n",
    "SECRET NAME          VERSION   CREATED\nprod-db-password     3         2024-01-01\n",
    "# opening hours 9-17, lunch 12-13, tills 1-4\nMonday    Oak-Counter      open\n",
    "# report 2024-06-01 to 2024-06-30: secret santa 1-3 gifts\nRoster    Alder.Team       ok\n",
    "level|name|secret_ref|updated\n2|till|op://shop/till/password|2025-01-01\n",
    "id | username | password\n413 | office280 | pbkdf2_sha256$720000$dQLnK0rFwHRlnnFQlnJh1G$jyzTtaXnocq6g8/5wgGXPkiEGe0oW9"
    "4iQGMpDwNM3TY=\n",
    "rolname | rolpassword\napp     | SCRAM-SHA-256$4096:g6EMzSYKd2j9vJOXXbWUNg==$AsYk8A9mehw7OOExtxQEEw9pTUSywROc1gpBj2J"
    "wB8M=:e1CayjBNENdq2e1xe/kCI+M5HAizi+La79S041KrAyA=\n",
    "IEA137I USER_NAME   ENCRYPTED_USER_PASSWORD\nIEA137I ORQBHSFP    ZG13FC1B1981C0497540F82D729714C3495183DD27DCD03ED33C06"
    "F55D63C94CE5A969B1B83D6149\n",
    " id | login | password\n----+-------+----------\n  1 | ana   | 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1"
    "542d8:Qm9vbGVhbkZpZWxkU2FsdDEyMzQ1Njc4:sha256_rounds_1\n",
])
def test_what_only_looks_like_a_column_of_secrets_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "[remote]\nhost=vcenter.site.lan\nlogin=labels,{v}\n",
    "[scanner]\nLogin=dosingctl,{v},auto\n",
    "kiosk:\n  id: front-door\n  login: [scanner, {v}]\n  idle_timeout: 120\n",
    "<STX>LOGIN|nightwarden7|{v}|L1<ETX>\n<STX>ACK|L1|READY<ETX>\n",
    ">> <STX>LGN,CC12,returns,{v}<ETX>15\n",
    "$PHSCL,LOGIN,results,{v},1*25\n",
    "Task,Owner,Status,Notes\nTest hook-up bollards,Eilidh,done,\nReset Booking Grid Admin Password,Sinead,done,{v}\n",
    "ISA*00*          *01*{v}*ZZ*BOOKSHOP01     *ZZ*WHOLESALE      *250301*0915*U*00401*000000004*0*P*>~\n",
    'conn = Faraday.new(url: base) do |f|\n  f.request :authorization, :basic, "backoffice", "{v}"\nend\n',
    "app.use('/admin', basicAuth({{ users: {{ seasonal4: '{v}' }}, challenge: true }}));\n",
    'kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)\n'
    'key = base64.urlsafe_b64encode(kdf.derive(b"{v}"))\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_key_s_name_in_a_postman_environment_is_not_taken_for_its_id():
    value = random_text(RNG, "0123456789ABCDEF", 64)
    text = ('{"values": [\n  { "key": "anprEventHmacKey", "value": "' + value + '", "enabled": true }\n]}\n')
    found(text, value)
    name = text.index("anprEventHmacKey")
    assert not any(f.start < name + 16 and name < f.end for f in shared_engine().scan(text) if f.label == "secret")


def test_a_custom_field_named_in_words_is_found():
    value = random_text(RNG, "0123456789abcdef", 40)
    found('{"items": [{"login": {"username": null, "password": null},\n  "fields": [\n'
          f'    {{"name": "When I Work Developer Key", "value": "{value}", "type": 1}}\n  ]}}]}}\n', value)


@pytest.mark.parametrize("numbers", [
    {"K": "setenta y cinco", "i": "ciento cinco", "t": "ciento dieciséis", "e": "ciento uno", "-": "cuarenta y cinco",
     "x": "ciento veinte", "o": "ciento once", "6": "cincuenta y cuatro", "8": "cincuenta y seis"},
    {"K": "soixante-quinze", "i": "cent cinq", "t": "cent seize", "e": "cent un", "-": "quarante-cinq",
     "x": "cent vingt", "o": "cent onze", "6": "cinquante-quatre", "8": "cinquante-six"},
    {"K": "setenta e cinco", "i": "cento e cinco", "t": "cento e dezesseis", "e": "cento e um", "-": "quarenta e cinco",
     "x": "cento e vinte", "o": "cento e onze", "6": "cinquenta e quatro", "8": "cinquenta e seis"},
])
def test_character_codes_as_number_words_in_other_languages_are_found(numbers):
    run = " / ".join(numbers[c] for c in "Kite-xox68")
    found(f"The reception PC password, as character codes in words, separated by slashes:\n{run}\nFirst to decode it wins.", run)


@pytest.mark.parametrize("text", [
    "ISA*00*          *00*          *ZZ*BOOKSHOP01     *ZZ*WHOLESALE      *250301*0915*U*00401*000000001*0*P*>~\n",
    "2024-01-01 LOGIN|admin|OK|200\nuser LOGIN,alice,SUCCESS,2024-06-01T10:00:00\n",
    "login: [alice, bob]\n",
    "Task,Owner,Status,Notes\nRotate API key,Sam,done,see vault\nChange admin password,Sam,done,2024-06-01\n"
    "Order keys,Sam,todo,Key-cutting-4pcs\n",
    '{\n  "hcaptchaSitekey": "8ce96140-cc9a-4f4f-8e10-c07430104eab",\n'
    f'  "mapsBrowserKey": "AIza{random_text(RNG, B62, 35)}"\n}}\n',
    "## Verifying releases\n\nReleases are signed with key `B4CD 1F53 1444 43BE 3907 D0D9 1971 7BAA 03DB 248C` "
    "(long id `19717BAA03DB248C`).\nRun `gpg --recv-keys 19717BAA03DB248C` and check the fingerprint above.\n",
    "gpg --keyserver keys.openpgp.org --recv-keys 19717BAA03DB248C\n",
    "CDN purge 2025-03-13\n  surrogate-key: cover-9781205088208\n  cache-key: 4d4c3614e18141fe59116ea60a823ec562778389\n",
    "uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez\n",
    '{"fields": [{"name": "Marvel Public Key", "value": "c66405fbce764fb4310049b7a75be3a7", "type": 0}]}\n',
])
def test_what_only_looks_like_a_password_is_kept(text):
    kept(text)
