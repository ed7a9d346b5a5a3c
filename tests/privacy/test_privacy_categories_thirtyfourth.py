"""Categories read after the thirty-fourth and thirty-fifth held-out corpora (issue 12, parts 34 and 35).

- Hidden: pieces each with its index (JSON objects, XML elements, SQL rows, CSV rows, INI keys, a chat's
  or a log's numbered lines) or after its length (bencode, netstrings, an HTTP/1.1 chunked body); bzip2
  in hex; zlib inside Ascii85; a table the text states (words for digits, words or emoji for hex
  nibbles, a rule for letters); Braille grade 1; keycap digits; Caps Lock's opposite case.
- Found: a YAML flow mapping's ``{NAME: value}``; COBOL's ``VALUE`` below ``PIC``; ``NAME_1`` and
  camelCase ``…Pw`` names; SSM's ``/path/NAME`` with its ``Value``; an MDM's ``defaultValue``; a
  Postman header pair with a vendor's scheme word; capitals-and-digits bearer tokens; commands that
  take a password by place (rasdial, ``bw unlock``, ``dscl -passwd``, teamserver, ``nikto -id``,
  ``adb shell input text``, ``dtexec /De``, ``sendEmail -xp``, JayDeBeApi) and tools that print one
  (aircrack-ng, kerbrute, ``john --show``); more languages' words for password.
- Kept: a DPAPI blob; a flag given as another flag's value; a run of colon-separated hex bytes.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import bz2
import random
import zlib
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_34)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def chunks(token: str, n: int = 4) -> list[str]:
    size = -(-len(token) // n)
    return [token[i:i + size] for i in range(0, len(token), size)]


def shuffled(items: list) -> list:
    items = list(items)
    RNG.shuffle(items)
    return items


INDEXED = {
    "json": lambda p: "[" + ", ".join(f'{{"i": {i}, "v": "{v}"}}' for i, v in shuffled(list(enumerate(p)))) + "]",
    "xml": lambda p: "<key>" + "".join(f'<f n="{i + 1}" v="{v}"/>' for i, v in shuffled(list(enumerate(p)))) + "</key>",
    "sql": lambda p: "INSERT INTO parts (seq, frag) VALUES " + ", ".join(
        f"({i + 1}, '{v}')" for i, v in shuffled(list(enumerate(p)))) + ";",
    "csv": lambda p: "seq,fragment\n" + "\n".join(f"{i + 1},{v}" for i, v in shuffled(list(enumerate(p)))),
    "ini": lambda p: "[credential]\n" + "\n".join(f"part{i + 1} = {v}" for i, v in enumerate(p)),
    "chat": lambda p: "\n".join(f"[9:0{i}] Mira: part {i + 1}/{len(p)}: {v}\n[9:0{i}] Tom: ok" for i, v in enumerate(p)),
    "log": lambda p: "\n".join(f"2024-03-11T02:15:0{i} DEBUG keyfrag[{i + 1}/{len(p)}]={v}\n2024-03-11T02:15:0{i} INFO rows=13"
                               for i, v in enumerate(p)),
    "bencode": lambda p: "l" + "".join(f"{len(v)}:{v}" for v in p) + "e",
    "netstrings": lambda p: "".join(f"{len(v)}:{v}," for v in p),
    "chunked": lambda p: "\r\n".join(f"{len(v):x}\r\n{v}" for v in p) + "\r\n0",
}


@pytest.mark.parametrize("token", TOKENS[:2])
@pytest.mark.parametrize("form", list(INDEXED))
def test_pieces_with_their_index_or_length_are_put_together(token, form):
    text = "Handover note. The key is stored in pieces (join them in order):\n" + INDEXED[form](chunks(token)) + "\n\nRotate it.\n"
    assert token not in gone(text).replace("\n", "")
    assert gone(text) != text


@pytest.mark.parametrize("token", TOKENS[:2])
def test_compressed_then_encoded_is_found(token):
    for text in ("bzip2-compressed, then lowercase hex:\n" + bz2.compress(token.encode()).hex() + "\n",
                 "zlib, then Ascii85: " + base64.a85encode(zlib.compress(token.encode()), adobe=True).decode() + " — rotate\n"):
        assert gone(text) != text, text


CODEBOOK = ["anchor", "bishop", "castle", "dragon", "eagle", "falcon", "garnet", "harbor", "island", "jasper"]
TREES = "oak ash elm fir yew bay fig ivy rye kelp moss reed sage teak palm lime".split()
FRUIT = "🍎🍌🍒🍇🍋🍊🍐🍑🍓🍍🥝🥥🥑🍆🥕🌽"


@pytest.mark.parametrize("token", TOKENS[:2])
@pytest.mark.parametrize("form", ["codebook", "tree-words", "emoji"])
def test_a_table_the_text_states_is_read(token, form):
    hexed = token.encode().hex()
    if form == "codebook":
        table = ", ".join(f"{w}={d}" for d, w in enumerate(CODEBOOK))
        value = "".join(f"[{CODEBOOK[int(c)]}]" if c.isdigit() else c for c in token)
    elif form == "tree-words":
        table = " ".join(f"{w}={'0123456789abcdef'[i]}" for i, w in enumerate(TREES))
        value = " ".join(TREES[int(c, 16)] for c in hexed)
    else:
        table = " ".join(f"{e}{'0123456789abcdef'[i]}" for i, e in enumerate(FRUIT))
        value = "".join(FRUIT[int(c, 16)] for c in hexed)
    text = f"Debrief: the cred is below, written with our table ({table}):\n```\n{value}\n```\nPlease rotate.\n"
    assert value not in gone(text)


BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"))


def braille(token: str) -> str:
    out = ""
    for c in token:
        if c.isdigit():
            out += "⠼" + BRAILLE["jabcdefghi"[int(c)]]
        elif c.isupper():
            out += "⠠" + BRAILLE[c.lower()]
        else:
            out += BRAILLE[c]
    return out


def test_braille_grade_one_and_keycaps_and_caps_lock_are_read():
    hexkey = rand("0123456789abcdef", 32)
    for text in ("the key, in grade-1 braille cells (⠠ before a capital, ⠼ before each digit):\n```\n" + braille(hexkey) + "\n```\n",
                 "the token with every digit as a keycap emoji: dckr_pat_" + "".join(
                     c + "\ufe0f\u20e3" if c.isdigit() else c for c in rand(B62, 27)) + ". Rotate.\n",
                 "the password is typed with Caps Lock on, so every letter has the opposite case: "
                 + made_password(RNG).swapcase() + ". Thanks\n"):
        assert gone(text) != text, text


@pytest.mark.parametrize("template", [
    'haproxy[712]: 10.2.4.19:51234 fe_api be_bi/bi1 200 811 {{DB_PASSWORD: {v}}} "GET /report HTTP/1.1"',
    "       01  WS-ZOOM-CLIENT-SECRET  PIC X(320)\n           VALUE '{v}'.",
    "$Self->{{DatabasePw}} = '{v}';",
    '  systemd.services.x.environment = {{\n    VAULT_UNSEAL_KEY_1 = "{v}";\n  }};',
    '{{\n  "Parameter": {{\n    "Name": "/prod/JWT_SECRET",\n    "Type": "String",\n    "Value": "{v}",\n    "Version": 3\n  }}\n}}',
    '<string keyName="TWILIO_AUTH_TOKEN">\n  <defaultValue><value>{v}</value></defaultValue>\n</string>',
    '{{ "key": "Authorization", "value": "Klaviyo-API-Key {v}", "type": "text" }}',
    'C:\\> rasdial "Corp VPN" jdoe {v}',
    "$ bw unlock {v} --raw",
    "$ sudo dscl . -passwd /Users/kiosk {v}",
    "$ sudo ./teamserver 10.20.99.5 {v} c2.profile",
    "$ nikto -h https://intranet.corp.example -id tester:{v}",
    "$ adb shell input text {v}",
    "> dtexec /F LoadLedger.dtsx /De {v}",
    "$ sendEmail -f a@corp.example -t b@corp.example -xu reports -xp {v} -u 'Daily'",
    "jaydebeapi.connect('com.ibm.db2.jcc.DB2Driver', url, ['db2inst1', '{v}'], 'db2jcc4.jar')",
    "                         KEY FOUND! [ {v} ]",
    "2025/02/11 10:04:12 >  [+] VALID LOGIN:\t svc_sql@corp.example:{v}",
    "$ john --show shadow.txt\nbackup:{v}:19500:0:99999:7:::\n",
    "$ http GET https://api.example/v2/status 'Auth-Signature:{v}'",
    "16:06 < Maiwenn> Setu ar ger-tremen evit ar bank roadennoù: {v}",
    "Sjoerd: Iphasiwedi ye-ERP ithi {v}, ungayitsheli muntu.",
    "Mira: Kaixo! VPNaren pasahitz berria {v} da, ez partekatu inorekin.",
    "Mira: Dia duit! Is é {v} an focal faire nua don VPN.",
])
def test_a_secret_by_its_place_is_found(template):
    value = made_password(RNG) + rand(B62, 6)
    gone(template.format(v=value), value)


def test_a_vendors_capitals_and_digits_bearer_token_is_found():
    value = "DLB_" + rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "_" + "".join(
        RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + RNG.choice("0123456789") for _ in range(20))
    gone(f"GET /api/v2/status HTTP/1.1\nAuthorization: Bearer {value}\n", value)


@pytest.mark.parametrize("text", [
    "DPAPI blob (needs masterkey): 01000000d08c9ddf0115d1118c7a00c04fc297eb" + bytes(RNG.randrange(256) for _ in range(40)).hex(),
    "detection: selection: CommandLine|contains: ['-password', '/pass:'] level: high",
    'modulus_str = """\n48:9e:5e:42:a6:cb:fc:59:07:61:d3:71:5f:78:e7:\n25:d8:6e:63:ed:ed:9b:0c:7e:d1:49:c8:46:57:e3:\n"""',
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


@pytest.mark.parametrize("text", ["x 3:abc,²:defghijk,3:xyz, y", "l3:abc²:defghijke", "10:abcdefghij,٣:abc,"])
def test_a_length_that_is_no_ascii_number_is_no_error(text):
    """Digits of other scripts pass str.isdigit() and not int(): such a run is no length-prefixed
    value, and scanning it must not raise (an attacker's text never breaks the filter)."""
    kept(text)
