"""Categories read after the two-hundred-and-fifty-seventh and -fifty-eighth corpora (stained-glass studios,
church-organ builders and heritage-window restorers; well-drilling, borehole and water-pump installers) and the
fifty-fifth's left items (issue 12, part 113).

- Found: a value said in a caption cue after the cue that names it (SRT with its numbers, WebVTT without); a Teams
  incoming webhook whose path part is any 32 letters and digits, as gitleaks reads it; a password in lower case before
  Scottish Gaelic's "am facal-faire"; a password after Haitian's copula "se", after its word "modpas".
- Kept: Afrikaans' possessive "se" before its word for password; Haitian "se" before words.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import uuid

import pytest

from privacy_support import found, kept, owner_password, random_text

RNG = random.Random(2026_257)
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789"


@pytest.mark.parametrize("template", [
    "7\n00:00:41,200 --> 00:00:44,900\nnow type the cutting-room admin password\n\n8\n00:00:45,000 --> 00:00:48,300\n"
    "which is {v} and press enter\n\n9\n00:00:48,400 --> 00:00:51,000\nthat is all\n",
    "WEBVTT\n\n01:12.000 --> 01:15.500\nthe kiln console password\n\n01:15.600 --> 01:18.000\nis {v} for now\n",
])
def test_a_value_said_in_the_next_caption_cue_is_found(template):
    value = owner_password(RNG)
    found(template.format(v=value), value)


def test_a_teams_webhook_with_any_letters_in_its_path_is_found():
    u = lambda: str(uuid.UUID(int=RNG.getrandbits(128), version=4))   # noqa: E731
    url = (f"https://leadlight.webhook.office.com/webhookb2/{u()}@{u()}/IncomingWebhook/"
           f"{random_text(RNG, LOWER36, 32)}/{u()}")
    found(f"$ netlify env:set TEAMS_HOOK '{url}'\nSet environment variable TEAMS_HOOK\n", url[60:90])


@pytest.mark.parametrize("template", [
    "Is e {v} am facal-faire airson a' choimpiutair sa bhùth, na innis e do dhuine.",
    "08:44  Modpas òdinatè kès la se {v} , tanpri pa di pèsonn li.",
    "Jozèf, modpas wifi atelye a kounye a se {v} – kenbe l pou ou.",
])
def test_a_lower_case_password_in_a_sentence_that_names_it_around_it_is_found(template):
    value = RNG.choice(["leadlight", "cames", "grozing", "quarry"]) + "_" + random_text(RNG, "0123456789", 4) + \
        random_text(RNG, "abcdefghkmnpqrstuvwxyz", 2)
    found(template.format(v=value), value)


@pytest.mark.parametrize("text", [
    "Pieter se wagwoord is nog nie gestel nie; Marie se rekening werk.",
    "Modpas la se pa yon bagay ou bay moun sou telefòn.",
    "Is e seo am facal-faire ùr a chaidh a chur air a' bhòrd.",
    "12\n00:01:10,120 --> 00:01:13,800\nand here you see where the password goes\n\n13\n00:01:13,900 --> 00:01:17,400\n"
    "which the customer types and we never see\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)
