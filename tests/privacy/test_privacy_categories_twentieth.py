"""Categories read after the twentieth held-out corpus (issue 12, part 20).

- Hidden: one character at a time with the same marks between (``t.v.l.y``, a JSON array of
  characters, table cells, ``[e][2]``), an acrostic, base36 and base58 where named two lines above,
  EBCDIC bytes as one hex run, each byte's bits rotated, each byte XORed with the one before it,
  character codes moved by one (where the text says so), the characters at even positions then the
  odd ones, character codes in Roman numerals.
- Found: a CI log's "Setting environment variable 'K' to value 'v'", SQL's ``set value='v' where
  key='K'``, a header value wrapped in a call (``HeaderValue::from_static("Bearer …")``) or behind any
  scheme word (``OAuth``, ``api-key``), Perl's ``$ENV{K}``, Erlang's ``{default_pass, <<"v">>}``,
  ``keydb-cli -a``, ``memtier_benchmark -a``, ``ktpass /pass``, IOS's ``crypto isakmp key``,
  MongoDB's ``changeUserPassword``, an Astra DB token.

Every encoder is written from the encoding's definition; random values are made up here. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, in_base, kept, random_text, sample_tokens

RNG = random.Random(2020_20)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
rand = partial(random_text, RNG)
TOKENS = sample_tokens(RNG)


def roman(n: int) -> str:
    out = ""
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def chained(token: str) -> str:
    data = token.encode()
    return bytes(b ^ (data[i - 1] if i else 0) for i, b in enumerate(data)).hex()


CHORES = ["rotate the staging box", "check the queue depth", "ping the on-call", "update the runbook"]


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "It is every character separated by a dot:\n" + ".".join(t) + "\n",
    lambda t: "a JSON array of single characters (join them):\n[" + ", ".join(f'"{c}"' for c in t) + "]\n",
    lambda t: "one character per table cell:\n| " + " | ".join(t) + " |\n",
    lambda t: "one character per [] bracket:\n" + "".join(f"[{c}]" for c in t) + "\n",
    lambda t: "the first character of each line below:\n" + "".join(
        f"{c} - {CHORES[i % 4]}\n" for i, c in enumerate(t)),
    lambda t: "# kept as base36 (the bytes as one big number)\n# decode at deploy time\n"
              + in_base(t, string.digits + string.ascii_lowercase) + "\n",
    lambda t: "# kept as base58 with the Bitcoin alphabet\n# decode at deploy time\n" + in_base(t, B58) + "\n",
    lambda t: "EBCDIC (code page 037) bytes in hex:\n" + t.encode("cp037").hex().upper() + "\n",
    lambda t: "hex of every byte rotated left by 3 bits:\n" + bytes(
        ((b << 3) | (b >> 5)) & 255 for b in t.encode()).hex() + "\n",
    lambda t: "hex where every byte is XORed with the previous plain byte:\n" + chained(t) + "\n",
    lambda t: "every character code minus one (add one back):\n" + "".join(chr(ord(c) - 1) for c in t) + "\n",
    lambda t: "the characters at even positions, a space, then the ones at odd positions:\n" + t[::2] + " " + t[1::2] + "\n",
    lambda t: "the character codes in Roman numerals:\n" + " ".join(roman(ord(c)) for c in t) + "\n",
], ids=["dots", "json-chars", "table-cells", "brackets", "acrostic", "base36", "base58", "ebcdic-hex", "bit-rotation",
        "xor-chain", "code-minus-one", "even-odd-halves", "roman"])
def test_a_token_hidden_so_is_found(make, token):
    text = make(token)
    assert gone(text) != text


@pytest.mark.parametrize("template", [
    "[go] Setting environment variable 'AWS_SECRET_ACCESS_KEY' to value '{v}'\n",
    "update settings set value='{v}' where key='JWT_SECRET';\n",
    'h.insert("Authorization", HeaderValue::from_static("Bearer {v}"));\n',
    'http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "OAuth {v}");\n',
    "local $ENV{{PASTEBIN_DEV_KEY}} = '{v}';\n",
    '[{{rabbit, [{{default_user, <<"ops">>}}, {{default_pass, <<"{v}">>}}]}}].\n',
    "keydb-cli -h store-03.lan -p 6379 -a {v} INFO replication\n",
    "memtier_benchmark -s mq-1.svc.local -p 6379 -a {v} --ratio=1:10\n",
    "ktpass /out http.keytab /princ HTTP/web01@CORP.LAN /mapuser CORP\\svc-web /pass {v} /ptype KRB5_NT_PRINCIPAL\n",
    "crypto isakmp key {v} address 198.51.100.96\n",
    'db.getSiblingDB("admin").changeUserPassword("reporting", "{v}")\n',
])
def test_credentials_by_their_place(template):
    value = rand(string.ascii_letters, 8) + rand(string.digits, 3) + "-" + rand(string.ascii_letters, 5)
    gone(template.format(v=value), value)


def test_an_astra_db_token_is_found():
    token = "AstraCS:" + rand(string.ascii_letters, 24) + ":" + rand("0123456789abcdef", 64)
    gone(f"ASTRA_DB_APPLICATION_TOKEN={token}\n", token)


@pytest.mark.parametrize("text", [
    "env[APP_ENV] = production\n",
    "[go] Setting environment variable 'GO_PIPELINE_NAME' to value 'api-server'\n",
    "steps:\n1 - build\n2 - test\n3 - deploy\n4 - verify\n5 - tag\n6 - announce\n7 - monitor\n8 - close\n"
    "9 - archive\n0 - rest\na - again\nb - more\nc - still\nd - done\ne - end\nf - fin\n",
    "version 1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8\n",
])
def test_what_only_looks_hidden_is_kept(text):
    kept(text)
