"""Categories read, before the two-hundred-and-sixtieth corpus's batch, from the left items of the development corpora
(the 232nd to the 259th: escape rooms, ice-cream makers, mushroom growers, printmakers, puppet theatres, knife
sharpeners, stained-glass studios, saddlers; issue 12, part 114).

- Found in protocol captures: Redis's AUTH as a RESP array with a capture's marks before each line (``>>> $4``);
  an MQTT CONNECT as a Python bytes literal or as hex with its strings quoted (the third string when the flags say a
  user and a password follow); SOCKS5's username/password sub-negotiation in escaped bytes after a greeting that
  offers it; PostgreSQL's PasswordMessage (``p \\x00\\x00\\x00\\x14 pw\\x00``); rexec's ``port\\0user\\0pw\\0cmd\\0``;
  a minicom runscript that answers a login.
- Found in code and config: Nim's ``open(host, user, pw, db)`` after ``import db_connector/db_mysql``; CLSQL's
  connect spec; C's key array given to OpenSSL's ``HMAC()``; a symmetric key as its 16 bytes under a key's name
  (zigbee2mqtt's ``network_key: [2, 192, …]``); SANE's ``saned.users`` (user:password:backend).
- Found in shells: a ``.curlrc`` line printf'd into ``curl -K -``; a here-string to the clipboard (``pbcopy <<<``);
  an ANSI-C here-string of a user and a password to a davfs mount (``<<< $'user\\npw'``); a bearer token of ten
  letters and digits, and an INI's ``bearer=…``.
- Found in messages: a licence asked for in a chat, the answer the next message; Shona's "… i X" and "… ndeiyi X"
  after "pasiwedhi"; Somali's "furaha … waa X"; the only word in Latin letters after the word for it in a Cyrillic or
  Greek sentence ("Пароль від комп'ютера в цеху X — …").
- Found as stated forms: a value with a zero-width space between every two characters, in superscript letters, as
  UTF-16 mojibake (six signs of another script), as padlock combinations (items of one template of marks).
- Kept: zigbee2mqtt's documented default key and FIPS-197's AES test key; a count of 0 to 15; a user name after the
  word for password in Cyrillic ("пароль для db01"); a word ("пароль від Google — …"); an MQTT CONNECT whose flags
  say a will follows (its third string is the will's topic); a bearer word in prose.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_260)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("template", [
    ">>> *3\n>>> $4\n>>> AUTH\n>>> $10\n>>> hat-cache\n>>> ${n}\n>>> {v}\n<<< +OK\n",
    "C: *2\nC: $4\nC: AUTH\nC: ${n}\nC: {v}\nS: +OK\n",
    "MQTT CONNECT from 10.57.35.143:\n10 2c 00 04 'MQTT' 04 c2 00 3c | 00 08 'blocker1' | 00 06 'blocks' | 00 0e '{v}'\n",
    '# captured CONNECT (MQTT 3.1.1, flags 0xc2)\nCONNECT = b"\\x10\\x2e\\x00\\x04MQTT\\x04\\xc2\\x00\\x3c\\x00\\x0bsteamer-t04'
    '\\x00\\x08hatroom1\\x00\\x0b{v}"\n',
    "Follow TCP stream (escaped)  172.21.84.213:51522 -> 172.21.84.133:1080\n>> \\x05\\x01\\x02\n<< \\x05\\x02\n"
    ">> \\x01\\x06blockr\\x0c{v}\n<< \\x01\\x00\n",
    "pg wire capture 172.21.84.107:50211 -> 192.168.84.247:5432\n<< R \\x00\\x00\\x00\\x08 \\x00\\x00\\x00\\x03\n"
    ">> p \\x00\\x00\\x00\\x14 {v}\\x00\n",
    "rexec capture 192.168.84.245:1023 -> 10.84.8.80:512 (bytes shown escaped)\n>> 0\\0ops\\0{v}\\0/usr/local/bin/backup\\0\n",
    '# steamer-console.runscript\nexpect {{\n  "login:"\n}}\nsend service\nexpect {{\n  ":"\n}}\nsend {v}\nexpect {{\n  "#"\n}}\n',
])
def test_a_password_in_these_protocol_captures_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value, n=len(value)), value)


@pytest.mark.parametrize("template", [
    'import db_connector/db_mysql\n\nlet db = open("10.84.10.36", "nimsync", "{v}", "stock")\n',
    "(clsql:connect '(\"192.168.84.192\" \"stock\" \"lisp\" \"{v}\") :database-type :mysql)\n",
    'static const char key[] = "{v}";\nHMAC(EVP_sha256(), key, strlen(key), buf, n, md, &mdlen);\n',
    "# saned.users -- users allowed to scan over the network\nfrontdesk:{v}:epson2\n",
    "$ printf 'user = \"felt:{v}\"\\n' | curl -s -K - https://steamer.hatters.example/api/status\n",
    "% pbcopy <<< '{v}'   # then paste it into the block press login\n",
    "$ sudo mount -t davfs https://dav.hatters.example/photos /mnt/dav <<< $'milliner\\n{v}'\n",
])
def test_a_password_in_these_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_key_as_its_bytes_under_a_keys_name_is_found():
    key = [RNG.randrange(256) for _ in range(16)]
    key[:2] = [2, 192]
    run = "[" + ", ".join(map(str, key)) + "]"
    found(f"mqtt:\n  base_topic: zigbee2mqtt\nadvanced:\n  network_key: {run}\n  pan_id: 6754\n", run)
    braced = "{" + ", ".join(f"0x{b:02x}" for b in key) + "}"
    found(f"static const uint8_t aes_key[16] = {braced};\n", braced)


def test_a_bearer_token_of_ten_letters_and_digits_or_an_inis_is_found():
    value = "5kq2w9xr7d"
    found(f'$ http GET https://api.partner.example/v1/status "Authorization: Bearer {value}"\n', value)
    token = random_text(RNG, "0123456789ABCDEF", 32)
    found(f"[camera]\ntrigger_gpio=17\n[upload]\nbearer={token}\n", token)     # an INI's bearer=


def test_a_licence_asked_for_in_a_chat_is_found_in_the_next_message():
    value = "HFL-" + "-".join(random_text(RNG, "0123456789", 5) for _ in range(3)) + "-5"
    found("[28/03/2024, 11:50:39] Declan Ferris: what's the block press app licence again?\n"
          f"[28/03/2024, 11:54:05] Zainab Haruna: {value}\n[28/03/2024, 12:06:20] Declan Ferris: ta\n", value)


@pytest.mark.parametrize("template", [
    "[08:47] Bronwen: Pasiwedhi yelaptop iri muhofisi yechitoro i {v} – ndapota usaudza munhu.",
    "Pasiwedhi yekombiyuta iri mukamuri rekusona ndeiyi {v} ndapota usaudza munhu.",
    "SMS: Furaha kombiyuutarka xafiiska dukaanka waa {v} – fadlan cidna ha u sheegin.",
    "Пароль від комп'ютера в капелюшній майстерні {v} — тільки нікому його не кажи, добре?",
    "Κωδικός του υπολογιστή στο εργαστήριο {v} — μην τον πεις σε κανέναν.",
])
def test_a_password_in_these_sentences_is_found(template):
    value = RNG.choice(["felt", "brim", "crown", "ferrule"]) + "-" + str(RNG.randrange(1980, 2026))
    found(template.format(v=value), value)


def test_a_value_in_these_stated_forms_is_found():
    value = random_text(RNG, B62, 20)
    zero_width = "\u200b".join(value)
    found(f"HQ only: today's block-press override code with a zero-width space (U+200B) between every two characters:\n"
          f"{zero_width}\nPlease don't paste the decoded value in here.", zero_width)
    superscript = "ᵇˡᵒᶜᵏ_ᵛ³ˢ⁸¹"
    found("Break-room puzzle: the password of the workroom office PC is on this note with every small letter replaced by "
          f"its superscript modifier letter (ᵃ ᵇ ᶜ) and every digit by its superscript (⁰ ¹ ²); capitals are unchanged:\n"
          f"{superscript}\nDon't write the answer on the whiteboard.", superscript)
    raw = b"felt_brim_2024"
    mojibake = "".join(chr(raw[i] << 8 | raw[i + 1]) for i in range(0, len(raw) - 1, 2))
    found("Riddle slip: the password of the shop office PC, written as UTF-16 mojibake: the bytes of the value are taken "
          f"two at a time and each pair shown as one big-endian UTF-16 character:\n{mojibake}\nWork it out on scrap paper.",
          mojibake)
    locks = ["diary lock", "cryptex", "brass padlock", "bike lock", "lockbox", "locker dial"]
    combinations = "; ".join(f"{RNG.choice(locks)} {'-'.join(str(ord(c) + 300))}" for c in value[:12])
    found("Lobby puzzle card: the office PC password is written as the padlock combinations on the prop sheet: each "
          "combination read as a number, minus 300, is a character code (the lock names are noise), separated by '; ':\n"
          f"{combinations}\nSolve it before the first group arrives.", combinations)


@pytest.mark.parametrize("text", [
    "advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\n",   # zigbee2mqtt's default
    "uint8_t aes_key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};",
    "network_key: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]\n",
    "Скинь, будь ласка, пароль для db01",
    "пароль від Google — не кажи нікому",
    "Ο κωδικός κονσόλας για τον δρομολογητή στο POP-SIN1 είναι ένας άλλος, μην τον βάλεις στο αίτημα",   # a site's code
    # an MQTT CONNECT with a will (flags 0xc6): its third string is the will's topic, not a password
    "MQTT CONNECT\n10 2c 00 04 'MQTT' 04 c6 00 3c | 00 08 'blocker1' | 00 06 'status' | 00 0e 'offline-report'\n",
    "The bearer authentication scheme is described in RFC 6750.",
    "[upload]\nauth_type=bearer\nbearer=true\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
