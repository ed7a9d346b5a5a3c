"""Categories read after the hundred-and-seventy-sixth and hundred-and-seventy-eighth corpora (musical-instrument
repair and piano tuning; ice rinks and curling clubs) (issue 12, part 86).

- Found: a chat's question for a key that goes on after its question mark ("… again? the van laptop lost it"),
  answered by the key alone; "here's the <name> for …, don't share it" with the value alone on the next line;
  Flutter driver's enterText; etcdctl's quoted --user 'root:pw'; msoffcrypto's load_key('pw'); VB.NET's
  DownloadFile(url, file, user, pw).
- Kept: a SealedSecret's ciphertext however many long values stand between encryptedData and it; an HMAC test
  vector whose data asks a question (key="Jefe", data="what do ya want for nothing?") =\n<digest>.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_176)


@pytest.mark.parametrize("noun", ["roland cloud partner api key", "vonage sms api secret"])
def test_a_key_asked_for_with_more_after_the_question_is_found(noun):
    value = random_text(RNG, B62, 40)
    text = (f"iMessage  Today 08:12\nMira: can you send me the {noun} again? the van laptop lost it\n"
            f"You: {value}\nMira: got it thx\n")
    found(text, value)


@pytest.mark.parametrize("noun", ["curling io club api token", "johnson controls openblue client secret"])
def test_a_key_handed_over_on_the_next_line_is_found(noun):
    value = random_text(RNG, B62, 40)
    text = (f"sharpshop — Today at 21:14\nhere's the {noun} for the rink app, please don't drop it in #general\n"
            f"{value}\n")
    found(text, value)


@pytest.mark.parametrize("template", [
    "await driver.tap(find.byValueKey('field2'));\nawait driver.enterText('{v}');\n",
    "$ etcdctl --endpoints=https://pos01.rink.lan:2379 --user 'root:{v}' get /rink/config --prefix\n",
    "office = msoffcrypto.OfficeFile(open('rental_rates.xlsx', 'rb'))\noffice.load_key('{v}')\noffice.decrypt(out)\n",
    'My.Computer.Network.DownloadFile("https://db01.rental.internal/rates.csv", "C:\\Till\\rates.csv", "svc", "{v}")\n',
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_sealed_secrets_long_ciphertexts_are_kept():
    blobs = [base64.b64encode(b"\x01\x00" + RNG.randbytes(400)).decode() for _ in range(3)]
    kept("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: parts\nspec:\n  encryptedData:\n"
         f"    client_secret: {blobs[0]}\n    db_password: {blobs[1]}\n    api_token: {blobs[2]}\n")


def test_a_test_vector_whose_data_asks_a_question_is_kept():
    kept('HMAC-SHA256(key="Jefe", data="what do ya want for nothing?") =\n'
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843  (RFC 4231 test case 2)\n")
