"""Categories read after the thirty-first held-out corpus (issue 12, part 31).

- Hidden: numbered pieces in any order (``5:FGasJ 1:hf_zZ …``); each byte as a spreadsheet's column
  name (``A`` = 1 … ``AA`` = 27); YubiKey's modhex; a value given below its name as a ``data:`` URI of
  text, or struck through in a quoted e-mail reply, after a naming line that holds a colon of its own.
- Found: a file named for a secret and printed (head's ``==> …/JWT_SECRET <==`` over an envdir, a cat
  of a mounted secret); a CircleCI token of any payload; Tcl's ``set ::env(NAME)``; poppler's
  ``-upw``/``-opw``; ``PRIVMSG NickServ :IDENTIFY user pw``; a proxychains line with user and password;
  the words for password in Bosnian/Croatian/Serbian (šifra), Danish (kodeordet … er), Azerbaijani
  (parolu) and Hawaiian (ʻōlelo huna, the value first); a password for the "вайфай".
- Kept: a test fixture's password (``"hunter2-fixture"``); a row of two-letter codes; a numbered list.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_31)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def numbered_shuffled(token: str) -> str:
    pieces = [f"{i + 1}:{token[i * 5:i * 5 + 5]}" for i in range((len(token) + 4) // 5)]
    RNG.shuffle(pieces)
    return " ".join(pieces)


def column_name(n: int) -> str:
    name = ""
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def modhex(token: str) -> str:
    return token.encode().hex().translate(str.maketrans("0123456789abcdef", "cbdefghijklnrtuv"))


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("encode", [numbered_shuffled, lambda t: " ".join(column_name(b) for b in t.encode()), modhex],
                         ids=["numbered", "columns", "modhex"])
def test_a_token_in_an_encoding_of_its_own_is_found(token, encode):
    text = "Notes\n\nhere it is, put back together: " + encode(token) + "\n\nthanks\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "The password for the reporting database is here, inside a data: URI (text/plain, base64):\n```\n{uri}\n```\n",
    "The deploy token is here, inside a data: URI:\n\n{uri}\n",
])
def test_a_data_uri_below_its_name_is_found(template):
    value = rand(B62, 24)
    uri = "data:text/plain;base64," + base64.b64encode(value.encode()).decode()
    text = template.format(uri=uri)
    assert uri not in gone(text)


def test_a_struck_through_password_in_a_quoted_reply_is_found():
    value = made_password(RNG)
    struck = "".join(c + "\u0336" for c in value)
    text = f"On Tue, Priya wrote:\n> The SMTP relay password is here, struck through (U+0336):\n> {struck}\n\nThanks\n"
    assert struck not in gone(text)


@pytest.mark.parametrize("template", [
    "$ head /etc/sv/api/env/*\n==> /etc/sv/api/env/JWT_SECRET <==\n{v}\n",
    "$ cat /run/secrets/db_password\n{v}\n$ ",
    "set ::env(DAGSTER_CLOUD_USER_TOKEN) \"user:{v}\"\n",
    "$ pdftotext -upw {v} statement.pdf -\n",
    "$ pdfinfo -opw {v} report.pdf\n",
    "PRIVMSG NickServ :IDENTIFY etl {v}\n",
    "[ProxyList]\nsocks5 10.0.0.9 1080 etl {v}\n",
])
def test_a_secret_by_its_place_is_found(template):
    value = rand(string.hexdigits.lower()[:16], 32)
    gone(template.format(v=value), value)


def test_a_circleci_token_of_any_payload_is_found():
    value = "CCIPAT_" + rand(B62, 26) + "_" + rand(B62, 10) + "_" + rand(B62, 22)
    gone(f'       01 WS-CI-TOKEN PIC X(128) VALUE "{value}".\n', value)


# the shape the message rule alone would not take: letters and digits, no joiner, a lower-case run of five
WORDY_PASSWORD = "r3Tb9kQzhwvcLe"


@pytest.mark.parametrize("template", [
    "Amidža: Šifra za onaj NAS u hodniku je {v}, korisnik admin.",
    "Baka Mila: Sine, šifra za internet je {v}, tako je rekao deda.",
    "Far: Kodeordet til min mail er {v}, kan du se om der er kommet en faktura?",
    "Əmi: Modemin admin parolu {v}-dir, heç nəyi dəyişmə.",
    "Tūtū: E ka moʻopuna, ʻo {v} ka ʻōlelo huna o ka wifi.",
    "Бабуля: Унучак, пароль ад вайфая {v}, нікому не кажы.",
])
def test_a_password_in_a_message_is_found(template):
    gone(template.format(v=WORDY_PASSWORD), WORDY_PASSWORD)


@pytest.mark.parametrize("text", [
    '// testdata only\nconst fakeToken8 = "test-token-not-real-5009"\nconst fakePassword = "hunter2-fixture"\n',
    "states: " + " ".join(["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "CA", "AZ", "BC", "AB", "CO"]) + "\n",
    "steps: 1:checkout 2:build 3:test 4:deploy 5:notify\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)
