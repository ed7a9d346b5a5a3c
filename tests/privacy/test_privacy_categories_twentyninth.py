"""Categories read after the twenty-ninth held-out corpus (issue 12, part 29).

- Hidden: zero-width bits with a third invisible character between the bytes; bytes packed in UUID
  strings, one alone or several a space apart; a Polybius square's coordinates where the text names it.
- Found: file encryption's keys (``zpaq -key``, ``ccrypt -K``, ``mcrypt -k``, ``aescrypt -p``),
  ``hadoop credential create … -value``, QEMU's ``set_password vnc``, OrientDB's ``CONNECT remote:… user
  pw``, qpdf's owner password (the second of ``--encrypt``), BitlBee's ``register`` and IRC's ``/oper``,
  a browser test typing into the password field (``send_keys``, Cypress's ``type``), poplib's
  ``pass_``, ``oracledb.connect('u', 'pw', …)``, Mirandese's "palabra-passe … ye".
- Kept: a fixture that says it is not a key (``testdata-not-a-key-228``), a variable's name ending in
  Token (``{ token = chromaticProjectToken }``).

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
from functools import partial

import pytest

from privacy_support import gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_29)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)
GRID = "abcdefghijklmnopqrstuvwxyz0123456789"


def uuids(token: str) -> str:
    raw = token.encode() + b"\0" * (-len(token) % 16)
    hexes = [raw[i:i + 16].hex() for i in range(0, len(raw), 16)]
    return " ".join(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in hexes)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "right after the arrow: →" + "\u2060".join(
        "".join("\u200c" if bit == "1" else "\u200b" for bit in f"{b:08b}") for b in t.encode()) + "\n",
    lambda t: "packed into UUID strings, NUL padded:\n" + uuids(t) + "\n",
], ids=["zero-width-bits-separated", "uuid-strings"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


def test_a_key_as_polybius_coordinates_is_found():
    value = "".join(RNG.choice("0123456789abcdef") for _ in range(32))
    coords = " ".join(f"{GRID.index(c) // 6 + 1}{GRID.index(c) % 6 + 1}" for c in value)
    text = f"the Datadog key is as Polybius-square coordinates (6×6 grid a–z then 0–9):\n\n{coords}\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "$ zpaq add photos.zpaq ~/Pictures -key {v}\n",
    "$ ccrypt -e -K {v} taxes-2025.ods\n",
    "$ mcrypt -k {v} notes.txt\n",
    "$ aescrypt -e -p {v} contract.docx\n",
    "$ hadoop credential create fs.s3a.secret.key -value {v} -provider jceks://hdfs/user/etl/s3.jceks\n",
    "(qemu) set_password vnc {v}\n(qemu) info vnc\n",
    "orientdb> CONNECT remote:localhost/demodb root {v}\n",
    "$ qpdf --encrypt userpw1 {v} 256 -- report.pdf report-enc.pdf\n",
    "<@root> Welcome to the BitlBee gateway!\n<alice> register {v}\n",
    "/oper netadmin {v}\n-irc.lab.example- *** You are now an IRC Operator\n",
    'driver.find_element(By.ID, "password").send_keys("{v}")\n',
    "cy.get('input[name=password]').type('{v}')\n",
    "box.user('alice')\nbox.pass_('{v}')\n",
    "conn = oracledb.connect('scott', '{v}', 'db01.corp.example/ORCLPDB1')\n",
    '"text": "Oulá, la palabra-passe de l NAS ye {v}, nun la perdas."\n',
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    '{"api_key": "testdata-not-a-key-228", "db_password": "testdata-password"}\n',
    'let chromaticProjectToken = env "CHROMATIC" in\n{ token = chromaticProjectToken }\n',
    "<alice> register now\n",
    "trace id 3f2a8c1e-9b7d-4e21-a0c4-5d6e7f8a9b0c\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
