"""Categories read after the twenty-sixth held-out corpus (issue 12, part 26).

- Hidden: bytes as hex octets a colon or dash apart; Python's ``\\U0000XXXX`` escapes; 32-bit words in
  hex (``0x617a4941, …``); one uuencoded line with no ``begin`` (a backtick for zero); and any hidden
  payload after many long words — a pass no longer stops at the first runs its pattern matches (a
  text padded with long identifiers hid what came after).
- Found: a value alone on the line below the one that names it ("the GitHub token is stored below as
  …:", a blank line, the value; "the token – …" then "→ value"), whatever the value's encoding; a
  shell or REPL printing a named variable, its value on the next line (``echo $DB_PASSWORD``, Node's
  ``process.env.X``, ``os.environ['X']``, irb's ``=> "v"``, PowerShell's ``$env:X``); ``NAME_KEY for
  staging: value`` — also after a word that took a name for its value ("dev creds", then
  ``"AZURE_STORAGE_KEY …"``: a rejected value is searched again from its start); a name that says
  entitlement; ``pihole -a -p``, ``ttyd -c user:pw``, Tasmota's ``Password1 v``; a password sentence
  with a stated number (``with a=5, b=23: v``); "parol" and "mima" (romanised Russian and Mandarin).
- Kept: a header name with a version (``X-Session-Secret-V1``), a deploy step's replace token
  (``__FROM_USER_SECRETS__``), a test's ``test-bearer-23``, an alphabet's ranges (``0-9A-Za-z``), a key
  fingerprint or a public key below its name, code below ``if key:``.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import binascii
import string
from functools import partial
import random

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2026_26)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def uint32_hex_words(token: str) -> str:
    raw = token.encode() + b"\0" * (-len(token) % 4)
    return ", ".join(f"0x{int.from_bytes(raw[i:i + 4], 'little'):08x}" for i in range(0, len(raw), 4))


def uu_line(token: str) -> str:
    return binascii.b2a_uu(token.encode(), backtick=True).decode().rstrip("\n")


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "as colon-separated hex octets: " + ":".join(f"{b:02x}" for b in t.encode()) + "\n",
    lambda t: "as Python escapes: " + "".join(f"\\U{b:08x}" for b in t.encode()) + "\n",
    lambda t: "as little-endian 32-bit words: " + uint32_hex_words(t) + "\n",
    lambda t: "\n".join(f"configuration_identifier_{i} = 1" for i in range(300))
    + "\nsee " + "".join(chr(0x1F3F7 + b) for b in t.encode()) + "\n",
], ids=["hex-octets", "python-U-escapes", "uint32-hex-words", "after-long-words"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("token", [t for t in TOKENS if len(t) <= 45])    # one line holds 45 bytes at most
def test_a_token_in_one_uuencoded_line_is_found(token):
    text = "uuencoded, one line:\n\n" + uu_line(token) + "\n\nbye\n"
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "Step 4 - restore access\nthe API token is stored below, as you asked:\n\n{v}\n\nDecode it locally.\n",
    "OCR of sticky note photo:\n  the deploy token, written backwards\n  → {v}\n  (Ines, Tue)\n",
    "> process.env.CLOUDFLARE_API_TOKEN\n'{v}'\n> .exit\n",
    ">>> os.environ['DEPLOY_SECRET']\n'{v}'\n",
    'irb(main):001> ENV["STRIPE_SECRET"]\n=> "{v}"\n',
    "PS C:\\> $env:GITHUB_TOKEN\n{v}\n",
    '{{"textContent": "AZURE_STORAGE_KEY for staging: {v}"}}\n',
    '{{"title": "dev creds", "textContent": "AZURE_STORAGE_KEY for staging: {v}"}}\n',
    '[Environment]::SetEnvironmentVariable("CLOUDSMITH_ENTITLEMENT", "{v}", "User")\n',
])
def test_a_key_in_these_forms_is_found(template):
    value = rand(B62, 32)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "$ echo $DB_PASSWORD\n{v}\n$ exit\n",
    "$ pihole -a -p {v}\n  [✓] New password set\n",
    "$ ttyd -p 7681 -c admin:{v} bash\n",
    "Backlog SSID1 lab-iot; Password1 {v}; restart 1\n",
    "I'll text the DB password enciphered with a=5, b=23 (letters only): {v} … call me back.\n",
    "Parol ot pochty {v}, nikomu ne govori.\n",
    "shujuku mima shi {v}, bie gaosu bieren a.\n",
])
def test_a_password_by_its_place_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'const (\n\tHeaderAuthToken     = "X-Auth-Token"\n\tHeaderSessionSecret = "X-Session-Secret-V1"\n)\n',
    '"Default": "Server=localhost;Database=app;User Id=app;Password=__FROM_USER_SECRETS__"\n',
    "nock('https://api.example.test').matchHeader('authorization', 'Bearer test-bearer-23').get('/me')\n",
    "The key fingerprint is:\nSHA256:Zr7kq0l4bKc2YxQ5hF8uWJm9pNvT3eG6sA1dR0oIuE8\n",
    "Secret scanning docs:\n → docs/secret-scanning/push-protection-bypass.md\n",
    "Password1 reset done\n",
    "        if key:\n            builder_classes.append(LigatureSubstBuilder)\n",
    "RFC 8032, TEST 1\nPUBLIC KEY:\nd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a\n",
    "the SMTP password – Vigenère-shifted over 0-9A-Za-z with the key word (symbols untouched)\n",
    "$ echo $API_KEY\n\n$ ls\n",
    "--------------------------------------------------------\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


@pytest.mark.parametrize("sep", [":", "-"])
def test_a_random_value_as_hex_octets_is_found(sep):
    """No prefix names it: bytes written as hex octets are hidden on purpose, so what they hold is a value."""
    text = "recovery blob " + sep.join(f"{b:02x}" for b in rand(B62, 32).encode()) + " end\n"
    assert gone(text) != text


def test_a_mac_address_list_is_no_payload():
    kept("ether 52:54:00:12:34:56 txqueuelen 1000\nfingerprint 3a:7f:09:c2:55:1e:8d:44:90:ab:cd:ef:01:23:45:67\n")


def test_ascii_letters_only_are_no_homoglyphs():
    kept("the " + "".join(RNG.choice(string.ascii_letters) for _ in range(40)) + " identifier\n")
