"""Categories read after the hundred-and-eighty-eighth and hundred-and-ninetieth corpora (bingo halls, raffles and
charitable gaming; garden centres and plant nurseries) (issue 12, part 90).

- Found: a key named for an RNG seed (``DRAW_RNG_SEED_KEY``: a seed that decides prizes is a secret); T-SQL's
  ``DECLARE @name nvarchar(128) = N'…'``; a chat's answer from a speaker whose name is lower case, and one after a
  question that goes on after its question mark ("… hmac key? the till is asking for it again" / "it's …");
  pyjks's ``KeyStore.load(file, pw)``, PDFBox's ``PDDocument.load(file, pw)``, Sardine's ``begin(user, pw)``, a
  SecureString filled from a literal; a comment's columns separated by ';'; Nightwatch's ``browser.setValue``,
  CodeceptJS's ``I.fillField``; character codes written as English number words.
- Kept: ``RANDOM_SEED = 42``; a charitable-gaming licence number (``CG-66293-24``); CodeceptJS typing an e-mail; a
  picture's BlurHash.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest

from privacy_support import B62, found, kept, owner_password, random_text

RNG = random.Random(2026_188)


def test_a_key_named_for_an_rng_seed_is_found():
    value = "-".join(random_text(RNG, "0123456789ABCDEF", 8) for _ in range(8))
    found(f"DRAW_RNG_SEED_KEY = '{value}'\n", value)


@pytest.mark.parametrize("template", [
    "DECLARE @RaffleBackofficePassword nvarchar(128) = N'{v}';\nEXEC recon.usp_CloseCage @CageDate;\n",
    'ks = jks.KeyStore.load("dabber-sync.jks", "{v}")\n',
    'try (PDDocument doc = PDDocument.load(new File("winners.pdf"), "{v}")) {{\n',
    'Sardine sardine = SardineFactory.begin("floatmgr", "{v}");\n',
    'var secure = new SecureString();\nforeach (var ch in "{v}") secure.AppendChar(ch);\n',
    "# glasshouse controller users (id;login;secret;role)\n7;potshed;{v};grower\n",
    "browser.setValue('#field-2', '{v}').click('#go');\n",
    "I.fillField('#field-2', '{v}');\nI.click('Log in');\n",
])
def test_a_password_by_its_place_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "#hall-tech  2025-10-24\nkev_caller: anyone know the pulltab vend api key? need it for the rack\n"
    "sam_ops: {v} but change it after tonight\n",
    "Priya Shah  09:14\nanyone know the grower feed hmac key? the till is asking for it again\nDanny Cole  09:16\n"
    "it's {v} (don't put it on the noticeboard)\n",
])
def test_a_key_given_in_a_chat_when_asked_is_found(template):
    value = "ptv_live_" + random_text(RNG, B62, 36)
    found(template.format(v=value), value)


def test_character_codes_as_english_number_words_are_found():
    words = {75: "seventy-five", 105: "one hundred and five", 116: "one hundred and sixteen", 101: "one hundred and one",
             45: "forty-five", 120: "one hundred and twenty", 111: "one hundred and eleven", 54: "fifty-four", 56: "fifty-six"}
    run = " / ".join(words[ord(c)] for c in "Kite-xox68")
    found(f"the caller-booth PC password, as character codes in English words:\n{run}\nFirst table to decode it wins.", run)


@pytest.mark.parametrize("text", [
    "RANDOM_SEED = 42\nnp.random.seed(1234)\nRNG_SEED=20240101\n",
    "Charitable gaming quarterly return received\nLicence: CG-66293-24\nReturn reference: RTN-2025-Q3-C0HMKH63O2\n",
    "I.fillField('#email', 'ana@example.com');\n",
    '{\n "images": [\n  {\n   "url": "https://cdn.shop/p/8acehiaxycmq.webp",\n   "blurhash": "XAU=,N_KjB@?%aIa=gdU7,wEzH8S"\n  }\n ]\n}\n',
])
def test_what_only_looks_like_a_secret_is_kept(text):
    kept(text)
