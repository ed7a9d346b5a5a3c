"""Categories read after the twenty-third held-out corpus (issue 12, part 23).

- Hidden: a token typed on a QWERTY keyboard while the system's layout was Colemak (and the other way
  round), every character typed twice, a token wound around a scytale's rod of n turns.
- Found: a chat's "can someone set DB_PASSWORD?" answered "done, it's …"; SQL's ``UPDATE … SET v='…'
  WHERE k='JWT_SECRET'``; ``<var key="NAME">…</var>``; Tcl's ``set env(NAME) "…"``; a header named for
  a credential with a scheme word (``X-Auth-Token:api-key …``); ``reg add … /v DefaultPassword … /d``;
  Sysinternals' Autologon; redis-cli's prompt ``AUTH``; a chap-secrets file by its header comment;
  QEMU's ``-object secret,…,data=``; a Percona tool's DSN ``p=``; ``server.login("u", "pw")``,
  ``new PasswordAuthentication("u", "pw")``, ``db.auth("u", "pw")``; an ``ftp -n`` script's ``user``
  line; ``netsh wlan set hostednetwork … key=``; ``iscsiadm … -n node.session.auth.password -v``;
  HSRP's ``standby 1 authentication text``; passwords in messages in fourteen more languages.
- Kept: an Ethereum address, MinIO's documented default login, BIP-39's first test vector's seed, an
  Eclipse launch configuration's attribute id, "the token is base45-encoded", a Wi-Fi network's name
  given to wpa_passphrase.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens, shared_engine

RNG = random.Random(2023_23)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
# the keys where Colemak differs from QWERTY: what QWERTY prints on the key, what Colemak types there
QWERTY = "ertyuiopsdfgjkl;nERTYUIOPSDFGJKL:N"
COLEMAK = "fpgjluy;rstdneiokFPGJLUY:RSTDNEIOK"


def scytale(token: str, turns: int) -> str:
    return "".join(token[i::turns] for i in range(turns))


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "typed on a QWERTY keyboard while the Colemak layout was active:\n"
              + t.translate(str.maketrans(QWERTY, COLEMAK)) + "\n",
    lambda t: "a Colemak typist on a machine set to QWERTY typed it:\n" + t.translate(str.maketrans(COLEMAK, QWERTY)) + "\n",
    lambda t: "the key with every character typed twice: " + "".join(c + c for c in t) + "\n",
    lambda t: "wrapped scytale-style around a rod of 5 turns: " + scytale(t, 5) + "\n",
    lambda t: "scytale, 3 turns:\n" + scytale(t, 3) + "\n",
], ids=["colemak", "qwerty-for-colemak", "doubled", "scytale-5", "scytale-3"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "[09:14] ana: could you set DB_PASSWORD on the preview env?\n[09:15] raj: done, it's {v}\n",
    "mysql> UPDATE settings SET val='{v}' WHERE name='SMTP_PASSWORD';\n",
    '<cgi-data>\n  <var key="DATABASE_PASSWORD">{v}</var>\n</cgi-data>\n',
    'set env(MAILER_PASSWORD) "{v}"\n',
    'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d {v} /f\n',
    "autologon64.exe kiosk WORKGROUP {v} /accepteula\n",
    "10.0.0.7:6380> AUTH {v}\nOK\n",
    "10.0.0.7:6380> AUTH replica {v}\nOK\n",
    "# client\tserver\tsecret\t\tIP addresses\nbackup\t*\t{v}\t*\n",
    "qemu-system-aarch64 -object secret,id=sec0,data={v},format=raw -drive file=vm.luks,key-secret=sec0\n",
    "pt-online-schema-change --alter 'ADD COLUMN x INT' h=db2.lan,u=osc,p={v},D=shop,t=orders --execute\n",
    'smtp.login("alerts@example.org", "{v}")\n',
    'return new PasswordAuthentication("svc-mail", "{v}");\n',
    '> db.auth("reporting", "{v}")\n1\n',
    "ftp -inv files.example.net <<END\nuser uploader {v}\nbinary\nput out.tar\nbye\nEND\n",
    "netsh wlan set hostednetwork mode=allow ssid=Kiosk key={v} keyUsage=persistent\n",
    "iscsiadm -m node -T iqn.2025-02.lan.nas:vol2 --op=update -n node.session.auth.password -v {v}\n",
    "interface GigabitEthernet0/1\n standby 4 ip 10.4.0.1\n standby 4 authentication text {v}\n",
])
def test_credentials_by_their_place(template):
    value = rand(string.ascii_letters, 7) + rand(string.digits, 3) + rand(string.ascii_letters, 5)
    gone(template.format(v=value), value)


def test_a_key_after_a_header_scheme_word_is_found():
    key = rand(string.ascii_lowercase + string.digits, 32)
    gone(f"http POST https://api.example/v2/contacts 'X-Auth-Token:api-key {key}' name=lee\n", key)


@pytest.mark.parametrize("template", [
    "ઓફિસના વાઇફાઇનો પાસવર્ડ {v} છે.\n",
    "ਦਫ਼ਤਰ ਦਾ ਪਾਸਵਰਡ {v} ਹੈ।\n",
    "ಸರ್ವರ್ ಪಾಸ್\u200cವರ್ಡ್ {v} ಆಗಿದೆ.\n",
    "സെർവറിന്റെ പാസ്\u200cവേഡ് {v} ആണ്.\n",
    "කාර්යාල මුරපදය {v}\n",
    "ရုံးက စကားဝှက်က {v} ပါ။\n",
    "លេខសម្ងាត់ ម៉ាស៊ីនមេ គឺ {v}\n",
    "ລະຫັດຜ່ານ ເຊີບເວີ ແມ່ນ {v}\n",
    "د سرور پټنوم {v} دی.\n",
    "Пароли сервер {v} аст.\n",
    "Igama lokugqitha leseva ngu {v}\n",
    "Ny tenimiafina an'ny mpizara dia {v}\n",
    "Kecap konci email abdi nyaéta {v}\n",
    "Modpas sèvè a se {v}, pa bay pèsonn li.\n",
])
def test_a_password_in_a_message_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Token contract (verified on Etherscan): 0x5a98fcbea516cf06857215779fd812ca3bef1b32\nDecimals: 18\n",
    "The server starts with the default root credentials minioadmin:minioadmin; change them first.\n",
    'BIP-39 test vector (passphrase TREZOR): mnemonic "abandon abandon abandon abandon abandon abandon abandon '
    'abandon abandon abandon abandon about"\nseed c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e534955'
    "31f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04\n",
    '<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">\n'
    '<mapAttribute key="org.eclipse.debug.core.environmentVariables">\n</mapAttribute>\n</launchConfiguration>\n',
    "ESCALATION: the on-call token is base45-encoded so the bot does not flag it, see below.\n",
    "Note (tessera): the key is bzip2-compressed and then base64-encoded.\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


def test_a_key_beside_a_published_one_is_still_found():
    """Only the published seed is public: a user's own seed beside it is a secret."""
    own = rand("0123456789abcdef", 128)
    gone(f"seed c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf14163"
         f"0c7a3c4ab7c81b2f001698e7463b04\nwallet_seed = \"{own}\"\n", own)


def test_only_the_passphrase_is_found():
    """wpa_passphrase's first argument is the network's name."""
    value = rand(string.ascii_letters, 6) + rand(string.digits, 2) + "-" + rand(B62, 4)
    text = f"wpa_passphrase Office-5G {value} >> /etc/wpa_supplicant/wpa_supplicant.conf\n"
    assert {text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"} == {value}


def test_secrets_shaped_like_what_is_kept_are_still_found():
    """An hCaptcha secret has an address's shape (0x and 40 hex); hostapd's wpa_passphrase= is the key."""
    hcaptcha = "0x" + rand("0123456789abcdef", 40)
    gone(f'data = {{"secret": "{hcaptcha}", "response": token}}\n', hcaptcha)
    psk = rand(string.ascii_letters, 9) + rand(string.digits, 3)
    gone(f"interface=wlan0\nssid=Lab\nwpa=2\nwpa_passphrase={psk}\n", psk)


@pytest.mark.parametrize("text", [
    'DEFAULT_STYLES = {\n    "inspect.value.border": Style(color="blue"),\n    "markdown.block_quote": Style(color="magenta"),\n}\n'
    "# keys: see Key::from\n",
    "<pre>void Method(const FunctionCallbackInfo&#x3C;Value>&#x26; args) { Local&#x3C;Object> obj; }</pre>\n",
    "Each module is identified by `name` and its version is identified by upstream tags.\n",
    "See the crypto docs, the password: #cryptocreatesecretkeykey-encoding\n",
    "License-Expression: Apache-2.0\nthe secret: Apache-2.0\n",
    "private_key: ed25519.Ed25519PrivateKey = load()\n",
])
def test_what_real_files_hold_is_kept(text):
    """Shapes from documentation and library code on a stock system (rich's styles, Node's HTML API
    docs, a valgrind manual, Python packages): no secret in any of them."""
    kept(text)


@pytest.mark.parametrize("template", [
    "GRANT CONNECT TO report IDENTIFIED BY {v};\n",
    "alter user app\n  identified by \"{v}\";\n",
    "the new wifi pass is Zephyr&Cactus{n}\n",
])
def test_passwords_beside_those_shapes_are_still_found(template):
    value = rand(string.ascii_letters, 7) + rand(string.digits, 3)
    n = rand(string.digits, 2)
    text = template.format(v=value, n=n)
    gone(text, value if "{v}" in template else f"Zephyr&Cactus{n}")
