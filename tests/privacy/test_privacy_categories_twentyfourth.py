"""Categories read after the twenty-fourth held-out corpus (issue 12, part 24).

- Hidden: typed under French AZERTY on QWERTY key caps; every byte's bits mirrored, or Gray-coded,
  as hex; UTF-32 (big- and little-endian) as hex; base64 written backwards; a token's two halves
  swapped; neighbouring characters swapped; the first code point and then the differences; a Python
  list of code points shifted by a stated number; a Brainfuck program that prints it; a hex key
  XOR-ed with a stated repeating key, or enciphered with autokey (plain hex is no format, so what only
  the right key gives is taken as a value).
- Found: Clojure's ``(def name "v")``, TOML's and Dart's ``'''v'''``, COBOL's ``PIC X(n) VALUE`` with
  the literal on the next line, Elixir's ``@name "v"``, a note's `` `v` (NAME)`` and a chat's "v (that
  is the NAME)"; ``schtasks /rp``, IMAP's ``tag LOGIN user pw``, Redis's RESP ``AUTH``, ``snmpwalk -c``,
  pysmb's ``SMBConnection``, Apache's ``UsernamePasswordCredentials``, .NET's ``NetworkCredential``,
  Jedis's ``auth("pw")``; passwords in messages in ten more languages.
- Kept: a WebSocket handshake's key and accept, RFC 5802's example password, T-SQL's ``ALTER LOGIN …
  WITH PASSWORD`` (the password, not "WITH").

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens, shared_engine

RNG = random.Random(2024_24)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
# the French AZERTY layout: what each key types (unshifted, shifted) by its QWERTY label
AZERTY_BY_QWERTY = {**dict(zip("1234567890-qwaz;m',./", "&é\"'(-è_çà)azqwm,ù;:!")),
                    **dict(zip("!@#$%^&*()_QWAZ:M<>?", "1234567890°AZQWM?./§"))}


def azerty(token: str) -> str:
    return "".join(AZERTY_BY_QWERTY.get(c, c) for c in token)


def bytes_hex(token: str, f) -> str:
    return bytes(f(b) for b in token.encode()).hex()


def brainfuck(token: str) -> str:
    out, cell = [], 0
    for b in token.encode():
        out.append(("+" if b > cell else "-") * abs(b - cell) + ".")
        cell = b
    return "".join(out)


def deltas(token: str) -> str:
    codes = [ord(c) for c in token]
    return ",".join([str(codes[0])] + [f"{b - a:+d}" for a, b in zip(codes, codes[1:])])


def autokey(text: str, primer: str) -> str:
    stream, out, i = [ord(c) - 97 for c in primer], [], 0
    for c in text:
        if c.isascii() and c.isalpha():
            base = 97 if c.islower() else 65
            out.append(chr((ord(c) - base + stream[i]) % 26 + base))
            stream.append(ord(c.lower()) - 97)
            i += 1
        else:
            out.append(c)
    return "".join(out)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "typed with the French AZERTY layout active while reading QWERTY key caps:\n" + azerty(t) + "\n",
    lambda t: "with the bits of every byte mirrored, as hex: " + bytes_hex(t, lambda b: int(f"{b:08b}"[::-1], 2)) + "\n",
    lambda t: "every byte Gray-coded (b xor b>>1), as hex:\n" + bytes_hex(t, lambda b: b ^ (b >> 1)) + "\n",
    lambda t: "as UTF-32BE hex: " + t.encode("utf-32-be").hex() + "\n",
    lambda t: "UTF-32LE, hex: " + t.encode("utf-32-le").hex() + "\n",
    lambda t: "base64-encoded and then reversed:\n" + base64.b64encode(t.encode()).decode()[::-1] + "\n",
    lambda t: "with its two halves swapped (second half first): " + t[len(t) // 2:] + t[:len(t) // 2] + "\n",
    lambda t: "every pair of neighbouring characters swapped: "
              + "".join(t[i + 1] + t[i] for i in range(0, len(t) - 1, 2)) + t[-1] * (len(t) % 2) + "\n",
    lambda t: "the first code point followed by the differences: " + deltas(t) + "\n",
    lambda t: "as a Python list of code points shifted up by 9:\n" + str([ord(c) + 9 for c in t]) + "\n",
    lambda t: "as a Brainfuck program that prints it:\n" + brainfuck(t) + "\n",
], ids=["azerty", "bits-mirrored", "gray-code", "utf32be", "utf32le", "reversed-base64", "halves-swapped",
        "neighbours-swapped", "deltas", "shifted-list", "brainfuck"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


def test_a_hex_key_is_found_where_only_the_right_key_gives_hex():
    """32 hex characters name no vendor: what a stated key turns into hex (and no other key would)
    is read as a value."""
    key = rand("0123456789abcdef", 32)
    xored = bytes(b ^ k for b, k in zip(key.encode(), b"k3y!" * 8)).hex()
    gone(f'the Datadog API key, XOR-ed with the repeating ASCII key "k3y!" and hex-dumped:\n{xored}\n', xored)
    ciphered = autokey(key, "lantern")
    text = f'the Datadog API key, autokey-Vigenère-enciphered, primer "lantern":\n{ciphered}\n'
    if ciphered != key:
        gone(text, ciphered)


@pytest.mark.parametrize("template", [
    '(ns app.secrets)\n\n(def stripe-api-key\n  "{v}")\n',
    "[env]\nSTRIPE_SECRET_KEY = '''{v}'''\n",
    "const String stripeSecretKey = '''{v}''';\n",
    '       01 WS-STRIPE-SECRET-KEY PIC X(32) VALUE\n           "{v}".\n',
    'defmodule App.Secrets do\n  @stripe_secret_key "{v}"\nend\n',
    "- [ ] tell Ola the new one: `{v}` (STRIPE_SECRET_KEY)\n",
    '{{"content": "for the runner: {v} (that is the STRIPE_SECRET_KEY)"}}\n',
])
def test_a_key_in_these_forms_is_found(template):
    value = rand(B62, 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "C:\\> schtasks /create /tn backup /tr C:\\b.cmd /sc daily /ru CORP\\svc /rp {v}\n",
    "* OK IMAP4rev1 ready\nA001 LOGIN ola {v}\nA001 OK LOGIN completed\n",
    "*2\\r\\n$4\\r\\nAUTH\\r\\n$15\\r\\n{v}\\r\\n\n",
    "*3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n$15\r\n{v}\r\n",
    "$ snmpwalk -v2c -c {v} switch01.lan 1.3.6.1.2.1.1\n",
    "conn = SMBConnection('ola', '{v}', 'client', 'NAS01', domain='HOME')\n",
    'new UsernamePasswordCredentials("svc", "{v}".toCharArray())\n',
    'client.Credentials = new NetworkCredential("svc", "{v}", "CORP");\n',
    '    jedis.auth("{v}");\n',
])
def test_a_password_by_its_place_is_found(template):
    value = rand(string.ascii_letters, 8) + rand(string.digits, 3) + rand(string.ascii_letters, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "ཝའི་ཕའི་གི་གསང་ཚིག་ནི་ {v} རེད།\n",
    "ናይ ዋይፋይ መሕለፊ ቃል {v} እዩ\n",
    "NAS-yň admin açar sözi: {v}, hiç kime aýtma\n",
    "سېرۋېرنىڭ مەخپىي نومۇرى: {v}\n",
    "ସର୍ଭର ପାସୱାର୍ଡ ହେଉଛି {v}\n",
    "وشەی نهێنی سێرڤەرەکە: {v}\n",
    "ސާވަރުގެ ޕާސްވޯޑަކީ {v}\n",
    "E kontraseña di e server ta {v}\n",
    "Pasword blong imel hem i {v}\n",
    "Pasiwedhi yeWiFi ndeye {v}, usaudza mumwe munhu\n",
])
def test_a_password_in_a_message_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "GET /live HTTP/1.1\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n"
    "Sec-WebSocket-Version: 13\n\nHTTP/1.1 101 Switching Protocols\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\n",
    'RFC 5802 section 5 example: user "user", password "pencil", salt QSXCR+Q6sek8bf92, i=4096\n',
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


def test_only_the_password_of_an_alter_login_is_found():
    value = rand(string.ascii_letters, 9) + rand(string.digits, 3)
    text = f"ALTER LOGIN report_svc WITH PASSWORD = '{value}' OLD_PASSWORD = 'x';\n"
    assert {text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"} <= {value, "x"}
    gone(text, value)


def test_a_brainfuck_program_that_never_ends_is_read_only_so_far():
    """A loop need not end: the program runs a number of steps bounded by its length, then gives
    nothing; one that multiplies in loops still prints its token."""
    from actors.privacy.engine.programs import BRAINFUCK_STEPS, brainfuck as _brainfuck
    assert _brainfuck("++" + "." * 8 + "+[]") is None
    assert _brainfuck("++" + "." * 8 + "+[>+<]") is None
    assert BRAINFUCK_STEPS <= 50
    kept(("++" + "." * 8 + "+[]\n") * 100)
    token = TOKENS[0]
    looped = "".join("[-]>" + "+" * (ord(c) // 10) + "[<++++++++++>-]<" + "+" * (ord(c) % 10) + "." for c in token)
    assert _brainfuck(looped) == token


def test_a_link_and_a_type_name_from_a_stock_system_are_no_values():
    """Found by the over-redaction benchmark: a Markdown link to a page's anchor after "credentials",
    and a type whose name starts with a one-letter acronym (OAuth…, in the MCP package's code)."""
    from actors.privacy.engine.codenames import is_camel_name
    kept("[set up the credentials]: https://github.com/nodejs/node-core-utils#setting-up-github-credentials\n")
    assert is_camel_name("OAuthClientInformationFull") and is_camel_name("IPhoneClient")
    assert not is_camel_name("QwXyZaBcDeFg")
