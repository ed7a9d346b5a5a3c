"""Evasions seen in more than one development corpus, read after the two-hundred-and-fifty-third (issue 12, part 111).

- Found: a value written as calendar dates, each the day of the year that is a character's code ("7 Apr" is 97),
  alone, after a weekday or among labels and noise ("ewe 918: 8 Mar; …"); a value spelled a word a character in an
  alphabet the text gives (golf terms, flavours, fungi; capitals for a capital, number words for digits); an acrostic
  read "from the first character of each space-separated token", whose rule ends with its own colon; a value written
  as tuples of numbers, one a character (grid squares, points, combinations).
- Kept: a list of dates that is a schedule, not a code; a line of words that is a sentence. A long run of tuples that
  is no code is read in linear time.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import datetime
import random

import pytest

from privacy_support import found, kept, made_password, shared_engine

RNG = random.Random(2026_254)


def as_dates(value: str, weekday: bool = False) -> list[str]:
    """Each character as the date whose day of (the common year) 2027 is its code."""
    days = [datetime.date(2027, 1, 1) + datetime.timedelta(days=ord(c) - 1) for c in value]
    return [d.strftime("%a %-d %b" if weekday else "%-d %b") for d in days]


@pytest.mark.parametrize("layout", ["plain", "weekday", "labelled"])
def test_a_value_written_as_days_of_the_year_is_found(layout):
    value = made_password(RNG)
    dates = as_dates(value, weekday=layout == "weekday")
    if layout == "labelled":
        run = "; ".join(f"batch K-{RNG.randint(100, 999)} honed {d}" for d in dates)
    else:
        run = ", ".join(dates)
    text = ("Bench quiz: the grinder controller password, written as service dates: the day of the year of each date "
            f"(1 Jan = 1) is the character code, separated as below:\n{run}\nNo peeking at the log book.\n")
    found(text, run)


# an alphabet of the trade's own words, one a letter (as a text gives it before the run)
BLADES = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    "anvil bolster chef deba edge fillet gyuto honing iron jigsaw kiritsuke lapping maker nakiri oilstone petty quench "
    "ricasso santoku tang usuba veining whetstone xiphoid yanagiba zirconia").split()))
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def spelled(value: str) -> str:
    out = []
    for c in value:
        if c.isdigit():
            out.append(DIGIT_WORDS[int(c)])
        elif c.isalpha():
            word = BLADES[c.lower()]
            out.append(word.upper() if c.isupper() else word)
        else:
            out.append({"_": "underscore", "-": "dash", ".": "dot"}[c])
    return " ".join(out)


def test_a_value_spelled_in_an_alphabet_of_the_texts_own_is_found():
    value = made_password(RNG)
    run = spelled(value)
    alphabet = " ".join(BLADES.values())
    text = (f"Workshop riddle: the till admin password, spelled in our blade alphabet ({alphabet}; a word in capitals "
            f"for a capital; digits as zero … nine; underscore, dash, dot), separated by spaces:\n{run}\nFirst to log in "
            "sharpens the bread knives.\n")
    found(text, run)


def test_an_acrostic_of_each_space_separated_token_is_found():
    value = made_password(RNG)
    words = [c + "".join(RNG.choice("aeiourstln") for _ in range(RNG.randint(3, 7))) if c.isalpha() else
             (c + "mm" if c.isdigit() else c) for c in value]
    run = " ".join(words)
    text = ("Note on the grinding bench: the stock app token, as an acrostic: read only the first character of each "
            f"space-separated token (a capitalised word for a capital; 4mm gives 4; a lone _ is itself):\n{run}\n"
            "Bin the note afterwards.\n")
    found(text, run)


@pytest.mark.timeout(120)
def test_a_long_run_of_tuples_that_is_no_code_comes_back():
    """Blanks between tuples are read one way only: a long run that fails at its end is not tried split by split
    (before, this scan did not come back)."""
    run = ("(1,2)" + " " * 10) * 25 + "(1,2"
    text = f"Workshop puzzle: the till password, written as grid squares:\n{run}\nGood luck.\n"
    findings = shared_engine().scan(text)      # (the timeout is the assertion: it returns)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


@pytest.mark.parametrize("text", [
    # a schedule's dates, not a code (a rewritten form is named, the run is dates of a year's rhythm)
    "The shared-drive password is changed on the dates written below:\n"
    "3 Jan, 3 Feb, 3 Mar, 3 Apr, 3 May, 3 Jun, 3 Jul, 3 Aug, 3 Sep, 3 Oct, 3 Nov, 3 Dec\n",
    # a sentence of words: little words among them
    "The workshop password is written on the card, read it off:\nask Maria at the front desk for the card that is in "
    "the top drawer\n",
])
def test_what_only_looks_like_these_is_kept(text):
    kept(text)


@pytest.mark.parametrize("brackets", ["()", "{}"])
def test_a_value_written_as_tuples_of_numbers_is_found(brackets):
    value = made_password(RNG)
    run = " ".join(f"{brackets[0]}{ord(c) // 16},{ord(c) % 16}{brackets[1]}" for c in value)
    text = ("Sharpening-room puzzle: the booking API token, written as grid squares of the whetstone chart: each "
            f"character code is 16 × row + column, the (row,column) pairs separated by spaces:\n{run}\nGood luck.\n")
    found(text, run)
