"""Categories read after the two-hundred-and-first and two-hundred-and-second corpora (board-game cafés, tabletop
stores and LAN parties; falconry centres, wildlife rescues and taxidermy studios), and from the earlier development
corpora's misses (issue 12, part 94).

- Found: a private key's DER in Base64 without its PEM lines (PKCS#8 RSA, EC and the 25519/448 curves, PKCS#1,
  SEC1); a Laravel Sanctum token (``<id>|<40 random>``); a field named for a secret whose value is a getter's
  default (AdonisJS's ``env.get('VAR', 'v')``, attrs' ``attr.ib(default='v')``); a note's ``DB Password - v``;
  a password a library call takes by its place (NAPALM's ``driver(host, user, pw)``, pyunifi's
  ``Controller(host, user, pw, port)``, cryptography's ``load_pem_private_key(data, b"pw")``, ODBC's
  ``SQLConnect``, NodeMCU's ``wifi.sta.config``, Express's ``cookieParser(secret)``, ``MCRcon(host, pw)``), a
  Steam join link's password, a Source RCON auth packet's body, an askpass script a heredoc writes, a 1Password field typed concealed, smbclient's
  ``-U user%'pw'`` quoted, a Quectel modem's MQTT password (the third string of ``AT+QMTCONN``, not the user
  before it), Godot's ``Marshalls.utf8_to_base64("user:pw")``; a table's "unlock" column; an "unlock code" in a
  sentence; character codes as Italian number words.
- Kept: a public key's DER, a hex digest after a row id and a pipe, a call's arguments that are a sentence, a
  note's dash before words ("Reset password - done"), ``--data-file=-``, a key loaded without a password, a
  Steam link without one, a modem's MQTT login without a password, columns that say whether or when a locker
  unlocked, a sentence about an unlock code, a config reader's option name; a Google key in a page element's
  data attribute (it ships to every visitor), a Minecraft world's seed, a chat's "thanks!!" after a key was given, the machine's
  name after pysmb's password.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x25519

from privacy_support import B62, found, kept, owner_password, random_text, shared_engine

RNG = random.Random(2026_201)

_KEYS = {
    "rsa": lambda: rsa.generate_private_key(65537, 2048),
    "ec_p256": lambda: ec.generate_private_key(ec.SECP256R1()),
    "ec_p384": lambda: ec.generate_private_key(ec.SECP384R1()),
    "ed25519": ed25519.Ed25519PrivateKey.generate,
    "x25519": x25519.X25519PrivateKey.generate,
    "ed448": ed448.Ed448PrivateKey.generate,
}


def _der(key, fmt) -> str:
    return base64.b64encode(key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())).decode()


@pytest.mark.parametrize("kind", sorted(_KEYS))
def test_a_private_key_s_der_in_base64_is_found_and_its_public_key_kept(kind):
    key = _KEYS[kind]()
    formats = [serialization.PrivateFormat.PKCS8]
    if kind == "rsa" or kind.startswith("ec_"):
        formats.append(serialization.PrivateFormat.TraditionalOpenSSL)     # PKCS#1, SEC1
    for fmt in formats:
        value = _der(key, fmt)
        found(f"blob {value}\n", value)
        found(f'{{"tagX25519Key": "{value}"}}\n', value)
    public = base64.b64encode(key.public_key().public_bytes(serialization.Encoding.DER,
                                                            serialization.PublicFormat.SubjectPublicKeyInfo)).decode()
    kept(f"blob {public}\n")


def test_a_sanctum_token_is_found():
    value = f"{RNG.randint(1, 99999)}|{random_text(RNG, B62, 20)}Q{random_text(RNG, B62, 18)}a"
    found(f"[19:42] Tony: givebutter account api key {value}\n", value)
    found(f'curl -H "Authorization: Bearer {value}" https://api.example.test/v1/me\n', value)


@pytest.mark.parametrize("text", [
    "3|da39a3ee5e6b4b0d3255bfef95601890afd80709|ok\n",
    "| 1 | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA |\n",
])
def test_what_only_looks_like_a_sanctum_token_is_kept(text):
    kept(text)


@pytest.mark.parametrize("template", [
    "export default {{\n  host: 'rota.hawkcentre.lan',\n  intakeAdminPassword: env.get('INTAKE_OVERRIDE', '{v}'),\n}}\n",
    "@attr.s\nclass VendorSettings:\n    ecwid_secret_token: str = attr.ib(default=\"{v}\")\n",
])
def test_a_named_value_in_a_getter_s_default_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "2. Session Ledger Db Password - {v}\n3. Lock the pull-tab cupboard.\n",
    "Handover:\n- Kiosk Admin Password - {v}\n",
])
def test_a_named_value_after_a_dash_is_found(template):
    value = f"{RNG.choice(['harbour', 'lantern', 'meeple'])}!{RNG.randint(2, 9)}{random_text(RNG, 'kqtpwz', 2)}{RNG.randint(10, 99)}"
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'sw = driver("db96.northloft.lan", "events91", "{v}")\n',
    'c = Controller("wifi.park.lan", "rentdesk7", "{v}", 8443, "v5", "default", ssl_verify=False)\n',
    'key = serialization.load_pem_private_key(open("tag-gw.pem", "rb").read(), b"{v}")\n',
    'ret = SQLConnect(hdbc, (SQLCHAR *)"RescueDSN", SQL_NTS,\n                 (SQLCHAR *)"kestrel_ops", SQL_NTS,\n'
    '                 (SQLCHAR *)"{v}", SQL_NTS);\n',
    'wifi.setmode(wifi.STATION)\nwifi.sta.config("Aviary-North", "{v}")\n',
    "app.use(cookieParser('{v}'));\n",
    'with MCRcon("10.20.7.74", "{v}", port=25575) as mcr:\n    mcr.command("list")\n',
    "Tonight's server: steam://connect/10.20.2.143:27015/{v}\n",
    "Source RCON\n    Packet Size: 24\n    Request ID: 40\n    Type: SERVERDATA_AUTH (3)\n    Body: {v}\n",
    "$ op item create --category=\"API Credential\" --title=integration --vault=Store \\\n"
    "    'api_key[text]=18c0ade7df9e437c' 'api_secret[concealed]={v}'\n",
    "$ smbclient //hawkcentre.lan/specimen-photos -U rota%'{v}' -c 'ls'\n",
    'AT+QMTOPEN=0,"mqtt.rollandrest.lan",1883\nOK\nAT+QMTCONN=0,"seat-47","seatnode","{v}"\nOK\n',
    'var auth := Marshalls.utf8_to_base64("singles:{v}")\n',
    "$ cat > /tmp/ap.sh <<'EOF'\n#!/bin/sh\necho '{v}'\nEOF\n$ chmod +x /tmp/ap.sh && SSH_ASKPASS=/tmp/ap.sh setsid ssh ops@repo.lan\n",
])
def test_a_password_a_call_or_a_link_takes_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "seat,switch_port,mac,unlock\nA7,Gi1/0/7,d3:6b:a7:91:06:20,{v}\n",
    "# kiosk.dat  id|unlock|location|shelf\nKIOSK35|{v}|front-desk|B35\n",
    "# intake tablet file: cols 1-10 tablet, 13-30 user, 33-37 bay, 41-60 unlock, 61-70 date\n"
    "INTK192545  kestrel_ops         BAY07   {v:<22}2027-04-12\n",
    "the till drawer unlock code is {v}\n",
])
def test_an_unlock_code_in_its_column_or_sentence_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_character_codes_as_italian_number_words_are_read():
    value = "fzk_" + random_text(RNG, B62, 16) + "3"
    words = {1: "uno", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette", 8: "otto", 9: "nove"}
    tens = {2: "vent", 3: "trent", 4: "quarant", 5: "cinquant", 6: "sessant", 7: "settant", 8: "ottant", 9: "novant"}
    teens = "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()

    def italian(n: int) -> str:
        head, n = ("cento", n - 100) if n >= 100 else ("", n)
        if n < 10:
            return head + words.get(n, "")
        if n < 20:
            return head + teens[n - 10]
        ten, unit = divmod(n, 10)
        if unit in (1, 8):                                   # the ten's vowel dropped: "ottantuno", "quarantotto"
            return head + tens[ten] + words[unit]
        return head + tens[ten] + ("i" if ten == 2 else "a") + ("tré" if unit == 3 else words.get(unit, ""))

    run = ", ".join(italian(ord(c)) for c in value)
    text = f"the freezer-log key, written as character codes in Italian number words:\n{run}\nFirst answer wins.\n"
    at = text.index(run)
    assert any(f.label == "secret" and f.start < at + len(run) and at < f.end for f in shared_engine().scan(text)), run


@pytest.mark.parametrize("text", [
    'msg = send("smtp.example.com", "alice", "Meeting notes for Monday")\n',
    "Reset password - done\nChange password - see the vault entry\n",
    "The admin password - which nobody remembers - was rotated.\n",
    "$ printf '%s' \"$KEY\" | gcloud secrets create donorbox-org-api-key --data-file=-\n",
    "key = load_pem_private_key(data, password=None)\napp.use(cookieParser());\n",
    "Server: steam://connect/10.20.2.143:27015\n",
    "$ cat > /tmp/greet.sh <<'EOF'\n#!/bin/sh\necho 'hello-world'\nEOF\n$ chmod +x /tmp/greet.sh\n",
    'AT+QMTCONN=0,"seat-47","seatnode"\nOK\n',
    "locker,unlocked,unlock_at\nL1,yes,2024-06-01 10:00\nL2,no,2024-06-02 11:00\n",
    "The unlock code is sent by SMS; enter the unlock code below.\n",
    "db_password = config.get('database', 'password_field')\napi_key: str = attr.ib(default=None)\n",
    '<div id="book" data-stripe-key="pk_live_51Bh4dISdmggNPkUKaTNZqfFdHL0AVIlzHEalptRX7M4RzA98jNDZVBfkOn2XFr68dkKEck"\n'
    '     data-maps-key="AIzaW7fYPMjWtbl2j2drzZWRXiOH3uz4eqZU1TA" data-theme="dark"></div>\n',
    "level-name=lanworld\nlevel-seed=-5616333818153923045\ngamemode=survival\nmax-players=33\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


def test_a_chat_s_thanks_after_a_secret_is_no_password():
    value = random_text(RNG, B62, 32)
    text = (f"[03/05/2027, 18:05] Sam (vet desk): the volunteer api key is {value}\n"
            "[03/05/2027, 18:06] Priya (office): thanks!!\n")
    found(text, value)
    at = text.index("thanks!!")
    assert not any(f.start < at + 8 and at < f.end for f in shared_engine().scan(text) if f.label == "secret")


def test_pysmb_s_password_is_found_and_the_machine_s_name_after_it_kept():
    value = owner_password(RNG)
    text = f'conn = SMBConnection("till", "{value}", "till-39", "nas", use_ntlm_v2=True)\n'
    found(text, value)
    at = text.index("till-39")
    assert not any(f.start < at + 7 and at < f.end for f in shared_engine().scan(text) if f.label == "secret")
