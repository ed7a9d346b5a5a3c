"""Categories read after the forty-ninth held-out corpus (issue 12, part 44).

- Found: a dictated note's spoken "colon"; "is it still …?" in a message; a handover sheet's Value line
  under the line that names the secret or password; an answer in a chat export whose lines start with a
  date and time; a generator's word, an underscore and letters in random case (``Harbor_evcoU``) given
  to a password flag; a client constructor given an e-mail and a password; a PDF reader's decrypt; a
  note's "password for <someone> = <value>".
- Kept: a class name with an underscore (``Foo_Bar``).

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string
from functools import partial

import pytest

from privacy_support import B62, gone, kept, random_text

RNG = random.Random(2026_49)
rand = partial(random_text, RNG)


def _word_mixed() -> str:
    return RNG.choice(("Harbor", "Saffron", "Otter", "Clover")) + "_" + rand(string.ascii_lowercase, 3) + \
        rand(string.ascii_uppercase, 1) + rand(string.ascii_lowercase, 2) + rand(string.ascii_uppercase, 1)


@pytest.mark.parametrize("template", [
    'Dictation: "save note ConvertKit API secret colon {t} full stop" → saved',
    "SMS to Leo: you set up the QuickBooks client secret for the shop, is it still {t}? the plugin keeps asking",
    "IT HANDOVER (printed, OCR)\nService ........ Wave access token\nValue .......... {t}\nSet up by: helper",
    "12/03/24, 21:14 - Aunt Lena: router admin password?\n12/03/24, 21:15 - Dad: {t}\n12/03/24, 21:15 - Aunt Lena: thx",
])
def test_a_secret_dictated_asked_or_handed_over_is_found(template):
    value = rand(B62, 30)
    gone(template.format(t=value), value)


@pytest.mark.parametrize("template", [
    "yt-dlp --username class --password {v} https://video.school.example/lesson/12",
    "IT HANDOVER\nService ........ WP Engine SFTP password\nValue .......... {v}\nSet up by: helper",
    'api = PyiCloudService("family@icloud.example", "{v}")', 'reader = PdfReader("statement.pdf")\nreader.decrypt("{v}")',
    "Shopping list\n[ ] milk\n[ ] practice software password for Jonas = {v}\n[x] batteries",
])
def test_a_generators_word_and_random_letters_are_a_password(template):
    value = _word_mixed()
    gone(template.format(v=value), value)


@pytest.mark.parametrize("text", ["handler = Foo_Bar\n", "password_policy = Strict_Mode\n",
                                  "password for user = get_user(name)\n", "the password policy for staff = strict\n"])
def test_a_name_with_an_underscore_is_kept(text):
    kept(text)
