"""Categories read after the tenth and eleventh held-out corpora (issue 12, part 11). Evasions: a
literal that a command or call decodes where it stands, with no name near it (``echo … | base64
-d``, ``base32 -d <<<``, ``rev <<< '…'``, ``xxd -r -p``, SQL ``decode('…', 'base64')``, a template's
``| b64decode``, ``atob('…')``): what it hides was hidden on purpose, and is read as a secret's
value — the generic value rules still decide, so a word, a path or a sentence is not one.

Every value is made up here (random, in the format's shape); no corpus is read by the tests."""
from __future__ import annotations

import base64
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(1111)
B62 = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = B62) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


PW = "Qv4" + rand(8) + "#" + rand(3)
b64 = lambda v: base64.b64encode(v.encode()).decode()          # noqa: E731
b32 = lambda v: base64.b32encode(v.encode()).decode()          # noqa: E731
hexed = lambda v: v.encode().hex()                             # noqa: E731


@pytest.mark.parametrize("template, encode", [
    ("$ echo {v} | base64 -d\n", b64), ("$ echo '{v}' | base32 --decode\n", b32),
    ("printf %s {v} | openssl base64 -d", b64), ("base64 -d <<< {v}", b64),
    ("$ echo -n {v} | xxd -r -p\n", hexed), ("$ rev <<< '{v}'\n", lambda v: v[::-1]),
    ("echo \"{v}\" | rev", lambda v: v[::-1]),
    ("SELECT convert_from(decode('{v}', 'base64'), 'UTF8');", b64), ("SELECT FROM_BASE64('{v}');", b64),
    ("login: \"{{{{ '{v}' | b64decode }}}}\"", b64), ("fetch(url, {{headers: {{'X-Auth': atob('{v}')}}}})", b64),
])
def test_a_literal_decoded_where_it_stands_needs_no_name(template, encode):
    hidden = encode(PW)
    gone(template.format(v=hidden), hidden)


@pytest.mark.parametrize("text", [
    f"echo {b64('hello world')} | base64 -d", f"echo {b64('/usr/local/bin')} | base64 --decode",
    f"echo {b64('my-config-name')} | base64 -d", "rev <<< 'hello there'", "data = b.decode('utf-8')",
    "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
    f"SELECT decode('{hexed('release notes')}', 'hex');",
])
def test_decoded_but_not_a_secret(text):
    kept(text)
