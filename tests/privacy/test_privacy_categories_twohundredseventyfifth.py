"""Categories left by the last reading of the two-hundred-and-seventy-first and -second corpora (issue 12,
part 128), written before any of the next three corpora was finished:

- A word and a number a person joined with ``=`` is a password where one is given ("the password is
  neaptide=46", a sheet's cell under its label), not a keyword argument: that is a parameter a number is
  given to (``timeout=30``, ``max_retries=3``, ``n=5``).
- A sheet's row whose label cell says licence or release code, its next cell the value.
- A call that takes a queue manager, a channel and ``"host(port)"`` before its user and password (pymqi).
- Odia's "ପାସୱାର୍ଡ ହେଉଛି X" ("the password is X").

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random

import pytest
from privacy_support import found, kept, random_text

RNG = random.Random(2026_275_1)


def _joined() -> str:
    return RNG.choice(("neaptide", "byssus", "Hornbeam", "spatfall")) + "=" + random_text(RNG, "123456789", RNG.choice((2, 3)))


def _password() -> str:
    return RNG.choice(("Foreshore", "Tansy", "weir", "Cobble")) + RNG.choice("._-") + \
        RNG.choice(("Tank", "Pier", "kelp", "Slip")) + random_text(RNG, "123456789", 1)


@pytest.mark.parametrize("template", [
    "Yes - login is our business reference number 289543 and the password is {v}\n",
    "password: {v}\n",
    '<table:table-row>\n<table:table-cell office:value-type="string"><text:p>Cold Store Alarm Dialler Password</text:p>'
    '</table:table-cell>\n<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>\n',
])
def test_a_word_and_a_number_joined_is_a_password_where_one_is_given(template):
    value = _joined()
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    '<table:table-row>\n<table:table-cell office:value-type="string"><text:p>Grader Vision Licence</text:p></table:table-cell>\n'
    '<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>\n</table:table-row>\n',
    "<tr><td>Depuration Batch Release Code</td><td>{v}</td></tr>\n",
])
def test_a_licence_or_release_code_under_its_label_is_found(template):
    value = "GVL-" + random_text(RNG, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + "-S" + random_text(RNG, "0123456789", 7) + "I"
    found(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    'import pymqi\n\nqmgr = pymqi.connect("QM1", "DEV.APP.SVRCONN", "10.172.36.81(1414)", "ruaridh", "{v}")',   # (the file's last line)
    'client = broker.open("tanks", "shore-01.example:5672", "dom", "{v}")',
    "ଟେଷ୍ଟିଂ ରୁମ୍ ଲାପଟପ୍\u200cର ପାସୱାର୍ଡ ହେଉଛି {v} – ଦୟାକରି କାହାକୁ କୁହନ୍ତୁ ନାହିଁ।\n",
])
def test_a_password_in_these_is_found(template):
    value = _password()
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Pass timeout=30 to the call; the password is max_retries=3\n",
    "the password is n=5\n",
    "the password is minlength=12\n",
    '<tr><td>Software Licence</td><td>Apache-2.0</td></tr>\n',
    '<table:table-row>\n<table:table-cell office:value-type="string"><text:p>Licence</text:p></table:table-cell>\n'
    '<table:table-cell office:value-type="string"><text:p>GPL-3.0-or-later</text:p></table:table-cell>\n',
    'log.info("user", "example.com", "bob", "Connected to the queue")\n',
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
