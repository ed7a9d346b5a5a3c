"""Categories read from the two-hundred-and-seventy-fourth corpus (charcoal burners, peat cutters and biochar producers;
issue 12, part 126; the seventy-third held out).

- An owner's password of a word and a short code with one digit (``birch_bay5``, ``woodchip_bay6``): a value, not a
  name's ``var_1`` or ``input_ids2``.
- A macaroon in its v2 binary form, base64 (``AgE…``: version 2, a location, an identifier) under any name or alone — not
  taken for a SealedSecret's ciphertext (``AgA…``/``AgB…``: 0x02 0x00).
- Django's ``django-insecure-`` key whose random marks hold a ``$(``.
- A chat's "for the … portal: user and pw - …"; an AI provider's key under its own name (llm's keys.json).
- Positional: coturn's ``turnadmin -p``, EXOS's ``create account admin user pw``, ``echo 'user:pw:…' | newusers``,
  jarsigner's here-string, kdb+'s ``hopen `:host:port:user:pw``, Laravel Dusk's ``->value``, SikuliX's ``paste``,
  TestComplete's ``…editFieldB.SetText``, Serenity's ``Enter.theValue``, Robotium's ``solo.enterText(1, …)``, pa11y's
  ``set field … to …``, davfs2's and rsyncd's secrets files, hostapd's wpa_psk_file line for any station, SQL Server's
  ``HASHBYTES('SHA2_256', 'pw')``.
- Prose: Manx's "t'eh", Scottish Gaelic's "'S e am facal-faire … X –".
- A full-width password printed to a socket (``printf '%s\\n…' ｐｗ | nc``): its decoded view has the format's ``\\n``
  as real line ends.
- A puzzle's word lists with a player's letter before each (``A: pedal sapling …; B: …``).
- Kept: a ZPL label's barcode under a field that holds its own password; a model's name under a provider's; a chat
  export's next JSON field after "here you go: …,".

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest
from privacy_support import found, kept, random_text

from benchmarks.privacy_corpus import macaroon

RNG = random.Random(2026_274)
LOWER = "abcdefghijkmnopqrstuvwxyz"


def _password() -> str:
    return RNG.choice(("retort", "Sphagnum", "billet")) + RNG.choice("._-") + random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2) + \
        random_text(RNG, "123456789", 2)


def _word_and_code() -> str:
    return RNG.choice(("birch", "woodchip", "collier", "hummock")) + "_" + random_text(RNG, LOWER, 3) + random_text(RNG, "123456789", 1)


@pytest.mark.parametrize("template", [
    "password: {v}\n",
    "Retordihoovi kontori arvuti parool on {v} – palun hoia see enda teada.\n",
    "레토르트 마당 사무실 컴퓨터 비밀번호는 {v} 입니다 – 혼자만 알고 계세요.\n",
])
def test_a_word_and_a_short_code_is_a_password(template):
    value = _word_and_code()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'variables:\n  DOCKER_DRIVER: overlay2\n  KILN_TELEMETRY_TOKEN: "{v}"\n',
    "$ zbarimg sticker.jpg\nQR-Code:kiln telemetry token {v}\nscanned 1 barcode symbols\n",
])
def test_a_macaroon_is_found(template):
    value = macaroon(RNG)
    found(template.format(v=value), value)


def test_a_django_insecure_key_with_a_dollar_and_a_bracket_is_found():
    value = "django-insecure-l_j(lgd9e!n7e8h5rvpb^&*tyoe(aou&$(%w2+rxtqmwqs8k" + random_text(RNG, LOWER, 2)
    found(f"DESCRIPTION:Bring gloves. The ledger secret key for the demo is {value}\n", value)


@pytest.mark.parametrize("template", [
    "Ossian Rathmore, 16:51\nfor the isometric registry supplier: dominic@blackmoss.example and {v} - it's in the vault too\n",
    "# turnadmin -a -u kioskcam -r turn.kiln.example -p {v}\n",
    "X440G2-24t.3 # create account admin yardops {v}\nX440G2-24t.4 # save\n",
    "$ echo 'kilnops:{v}:1501:1501:Kiln ops:/home/kilnops:/bin/bash' | sudo newusers\n",
    "$ jarsigner -keystore release.jks app-release.apk kiln <<< '{v}'\n",
    "q)h:hopen `:192.168.74.116:5010:tick:{v}\n",
    "$browser->visit('/admin')\n        ->value('#field-b', '{v}')\n        ->press('Go');\n",
    'click("field_b.png")\npaste("{v}")\ntype(Key.ENTER)\n',
    '  Aliases.KilnView.wndLogin.editFieldB.SetText("{v}");\n',
    '    Enter.theValue("{v}").into(LoginForm.FIELD_B),\n',
    'solo.enterText(0, "bagging");\nsolo.enterText(1, "{v}");\n',
    '    "actions": [\n      "set field #field-b to {v}",\n      "click element #go"\n',
    "# davfs2 - one mount per line\n/mnt/weighdocs weighbridge {v}\n",
    "$ sudo cat /etc/rsyncd.users\nkilnsync:{v}\n",
    "# any station\n00:00:00:00:00:00 {v}\n",
    "SELECT CONVERT(VARCHAR(64), HASHBYTES('SHA2_256', '{v}'), 2) AS digest;\n",
    "Yn fockle follit son y co-earrooder ayns yn oik t'eh {v} – freill eh dhyt hene, my sailt.\n",
    "'S e am facal-faire airson a' choimpiutair san oifis {v} – cùm agad fhèin e.\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ printf '%s\\nstatus\\nlogout\\n' {v} | nc 10.47.8.101 4212\n",
    "$ printf '{v}\\r\\nSTATUS\\r\\n' | nc -w 2 10.51.4.43 4001\n",
])
def test_a_full_width_password_printed_to_a_socket_is_found(template):
    """A decoded view turns the format's \\n into a line's end (found by hypothesis in the property test)."""
    value = _password()
    wide = "".join(chr(ord(c) + 0xFEE0) for c in value)
    found(template.format(v=wide), wide)


def test_an_ai_providers_key_under_its_name_is_found():
    value = random_text(RNG, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", 32)
    found('{\n  "// Note": "This file stores secret API credentials. Do not share!",\n  "mistral": "' + value + '"\n}\n', value)


def test_a_puzzles_word_lists_with_players_letters_are_found():
    words = "pedal sapling bog twig candle hollow rafter bothy ember sorrel lever hammer pool chimney elm reed tar sedge".split()
    rounds = " | ".join("A: " + " ".join(RNG.sample(words, 12)) + "; B: " + " ".join(RNG.sample(words, 6)) for _ in range(4))
    found("The gate password, one character a round: each word scores by its length; player A's score is a character code "
          f"(ASCII); rounds are separated by ' | ':\n{rounds}\nAnswers before the kilns are opened.\n", rounds)


@pytest.mark.parametrize("text", [
    "input_ids2 = tokenizer(text)\npassword: page_no1\n",
    '{\n  "openai": "gpt-4o-mini",\n  "anthropic": "claude-3-5-sonnet-20241022"\n}\n',
    "^FO40,140^FDlab analyser password see office^FS\n^FO40,200^BY2^BCN,80,Y,N,N^FD56016155^FS\n",
    "# install davfs2\napt install -y davfs2\n",
    "# davfs2 is in the image\nRUN apt-get install davfs2\n",
    '{"messages":[{"text":"here you go: `cmVmdGtuOjAxOjczMjY3`","ts":"1738412231.118229"}]}\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


def test_a_sealed_secrets_ciphertext_is_still_kept():
    blob = base64.b64encode(b"\x02\x00" + RNG.randbytes(400)).decode()
    kept(f"spec:\n  encryptedData:\n    db_password: {blob}\n")
