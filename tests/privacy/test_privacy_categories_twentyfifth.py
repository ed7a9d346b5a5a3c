"""Categories read after the twenty-fifth held-out corpus (issue 12, part 25).

- Hidden: a token's bytes with a stated key's bytes added (mod 256) as hex; its characters at even
  positions, then the odd ones; cut into blocks written in reverse order; a combining low line after
  every character; gzip and zlib streams in base64; Lua's string.char(…).
- Found: a chat's "here's the NAME …" with the value on the next line, and a question ending in a
  variable's name answered after a "[time] Name:" prefix; ``NAME = value`` inside an HTML note's
  ``<div>``; a traceback's locals panel (``key = 'NAME'`` / ``value = '…'`` between box borders); HCL's
  heredoc; Nix's ``''v''``; an Authorization value ending in base64 padding; paho's
  ``username_pw_set``, pika's ``PlainCredentials``, exchangelib's ``Credentials``, a ``basic_auth``
  tuple, Go's ``smtp.PlainAuth`` and keyring's ``set_password`` (the password is the third argument);
  ``mc admin user add``, ``ipmicfg -user setpwd``, Tor's ``AUTHENTICATE``, FreeSWITCH's ``auth``,
  ``sp_password NULL, …``; a password then the network it opens ("Ing password ning wifi X."), a
  danda after the value, Frisian and Sesotho words for password.
- Kept: ``TODO-…`` stand-ins, Neo4j's default login, the IEEE 802.11i PSK test vector, a function's
  empty keyword defaults (``passwd='', acct=''``).

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import base64
import gzip
import random
import string
import zlib
from functools import partial

import pytest

from privacy_support import B62, gone, kept, made_password, random_text, sample_tokens

RNG = random.Random(2025_25)
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def byte_add(token: str, key: str) -> str:
    return bytes((b + key.encode()[i % len(key)]) % 256 for i, b in enumerate(token.encode())).hex()


def blocks_reversed(token: str, n: int) -> str:
    return "".join(reversed([token[i:i + n] for i in range(0, len(token), n)]))


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: 'with the bytes of "tango-velvet-9" added to its bytes mod 256, as hex:\n' + byte_add(t, "tango-velvet-9") + "\n",
    lambda t: "with the characters at even positions first, then the odd ones: " + t[0::2] + t[1::2] + "\n",
    lambda t: "cut into 4-character blocks written in reverse block order:\n" + blocks_reversed(t, 4) + "\n",
    lambda t: "with a combining low line after every character: " + "".join(c + "\u0332" for c in t) + "\n",
    lambda t: "gzip, then base64: " + base64.b64encode(gzip.compress(t.encode(), mtime=0)).decode() + "\n",
    lambda t: "zlib, then base64: " + base64.b64encode(zlib.compress(t.encode())).decode() + "\n",
    lambda t: "as a Lua call: string.char(" + ",".join(str(b) for b in t.encode()) + ")\n",
], ids=["byte-add", "even-then-odd", "blocks-reversed", "low-line", "gzip", "zlib", "lua-string-char"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "mara — Today at 10:42\nok here's the STRIPE_SECRET_KEY for the bot, don't leak it lol\n{v}\nsam — Today at 10:43\n",
    "[2026-09-17, 09:41:12] ops: can you paste the STRIPE_SECRET_KEY for staging?\n[2026-09-17, 09:43:50] Ana: {v}\n",
    "<en-note><div>STRIPE_SECRET_KEY = {v}</div></en-note>\n",
    "│ │     key = 'STRIPE_SECRET_KEY'                    │ │\n│ │   value = '{v}' │ │\n",
    "locals {{\n  stripe_secret_key = <<-EOT\n{v}\nEOT\n}}\n",
    "{{\n  environment = {{\n    STRIPE_SECRET_KEY = ''{v}'';\n  }};\n}}\n",
])
def test_a_key_in_these_forms_is_found(template):
    value = rand(B62, 32)
    gone(template.format(v=value), value)


def test_an_authorization_value_with_padding_is_found():
    value = rand(B62, 40) + "/" + rand(B62, 20) + "=="
    gone(f"Invoke-RestMethod -Uri 'https://api.example/v1' -Headers @{{ 'Authorization' = 'Zoho-enczapikey {value}' }}\n",
         value)


@pytest.mark.parametrize("template", [
    'client.username_pw_set("pi", "{v}")\n',
    "credentials = pika.PlainCredentials('app', '{v}')\n",
    "creds = Credentials('admin@example.com', '{v}')\n",
    "es = Elasticsearch('https://10.0.3.21:9200', basic_auth=('svc', '{v}'))\n",
    'auth := smtp.PlainAuth("", "grafana", "{v}", "10.0.3.21")\n',
    "keyring.set_password('fs01', 'replicator', '{v}')\n",
    "mc admin user add myminio svc_backup {v}\n",
    "ipmicfg -user setpwd 2 {v}\n",
    '250 OK\nAUTHENTICATE "{v}"\n250 OK\n',
    "Content-Type: auth/request\n\nauth {v}\n\nContent-Type: command/reply\n",
    "EXEC sp_password NULL, '{v}', 'grafana';\n",
])
def test_a_password_by_its_place_is_found(template):
    value = rand(string.ascii_letters, 8) + rand(string.digits, 3) + rand(string.ascii_letters, 4)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '{{"content": "Mayap a abak! Ing password ning wifi {v}.", "author": {{"name": "ilse"}}}}\n',
    "<b>Jóna:</b></font> Håfa adai! I password para i wifi {v}.<br/>\n",
    "19:04\tDara\tप्रणाम! वाईफाई केर पासवर्ड अछि {v}।\n",
    "Hoi mem, it wachtwurd fan myn e-mail is {v}, net fergetten!\n",
    "Dumela! Phasewete ya seva ke {v}.\n",
])
def test_a_password_in_a_message_is_found(template):
    value = made_password(RNG)
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    'region      = "eu-central-1"\ndb_password = "TODO-set-in-terraform-cloud"\n',
    "Neo4j docs: the first login uses username neo4j and password neo4j, and you must change it.\n",
    'IEEE 802.11i annex H.4 test vector: passphrase "password", SSID "IEEE" -> PSK '
    "f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e\n",
    "def login(self, user='', passwd='', acct=''):\n",
])
def test_what_only_looks_secret_is_kept(text):
    kept(text)


def test_a_prefixed_key_whose_random_tail_holds_no_digit_is_found():
    """One random 32-character base62 tail in about three hundred has no digit (hypothesis found a
    Render key so): its case still changes where no name's would. A name after the prefix is kept."""
    key = "rnd_YMVlwSINxtVTRMiSSvoyjObSZoDZaCeX"
    gone(f'"auth": {{"value": "{key}", "scope": "read"}}\n', key)
    kept("handle = cu_ConvertUnicodeStringToWideChars(ptr_to_the_first_free_block)\n")
