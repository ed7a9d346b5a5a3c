"""A value written through a table, for ``hidden``'s second pass: a table the text states — words for
digits (``anchor=0, bishop=1 …`` and the value with ``[bishop]`` for each 1), words or emoji for hex
nibbles (``oak=0 … lime=f``; ``🍎0 🍌1 …``), a rule for letters (``a→@, e→€``) — and Braille's grade 1
(``⠠`` before a capital, ``⠼`` before digits), and the first characters of the words or lines the
text says to read them from (an acrostic shopping list, a silly sentence's initials).

A stated table is at least eight pairs; the value follows it within a few lines. What it decodes to:
the value with every code replaced, read as hex bytes when that is all it is.
"""
from __future__ import annotations

import re

from .alphabets import printable

_PAIR = r"[^\s,;=()\[\]]+[ \t]*(?:=|→|->)[ \t]*[^\s,;()\[\]]+"
_EMOJI_PAIR = r"[\x{1F300}-\x{1FAFF}][0-9a-f]"

ENCODINGS = (
    # the table, then the value within the four lines after it: words, bracketed words, emoji or
    # rewritten characters (the decoder finds it; unbounded repeats keep RE2's automaton small)
    ("stated_table", rf"(?:(?:{_PAIR}[ \t]*[,;]?[ \t]*){{8,}}|(?:{_EMOJI_PAIR}[ \t]*){{8,}})[^\r\n]*(?:\r?\n[^\r\n]*){{0,4}}"),
    ("braille_grade1", r"[\x{2801}-\x{283F}]{8,}"),
    ("first_characters", r"(?i:(?:first|last)[ \t]+(?:character|letter|char)s?[ \t]+of[ \t]+(?:each|every|the)[ \t]+"
                         r"(?:[\w\-]+[ \t]+)?(?:words?|tokens?|lines?|items?|rows?|entr(?:y|ies)))[^\r\n]*(?:\r?\n[^\r\n]+)*"),
)

_PAIR_RX = re.compile(r"([^\s,;=()\[\]]{1,12})[ \t]*(=|→|->)[ \t]*([^\s,;()\[\]]{1,12})")
_EMOJI_RX = re.compile("([\U0001F300-\U0001FAFF])([0-9a-f])")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")


def _table(run: str) -> tuple[dict[str, str], int]:
    """code -> what it stands for, and where the table ends. ``word=c``: the word is the code;
    ``c→x`` (one character each): the rule rewrites c as x."""
    table, end = {}, 0
    for m in _EMOJI_RX.finditer(run) if _EMOJI_RX.match(run) else _PAIR_RX.finditer(run):
        if _EMOJI_RX.match(m.group()):
            table[m.group(1)] = m.group(2)
        else:
            left, arrow, right = m.groups()
            if len(left) == 1 and len(right) == 1 and arrow != "=":
                table[right] = left
            elif len(right) == 1:
                table[left.lower()] = right
            else:
                continue
        end = m.end()
    return table, end


def stated_table(run: str):
    table, end = _table(run)
    if len(table) < 8:
        return None
    body = run[end:]
    bracketed = [t for t in re.findall(r"\S*\[[^\[\]\s]{1,12}\]\S*", body) if _CODE.search(t)]
    words = re.findall(r"[^\s,;()]+", body)
    runs = re.findall(r"(?:\x00[^\x00]+\x00 ?){8,}", " ".join(f"\x00{w}\x00" if w.lower().rstrip(".") in table else w for w in words))
    if bracketed:                           # [word] inside the value, its other characters kept
        text = re.sub(r"\[([^\[\]\s]{1,12})\]", lambda m: table.get(m.group(1).lower(), m.group()), max(bracketed, key=len))
    elif runs and max(map(len, table)) > 1:  # a word for each symbol: the longest run of them
        text = "".join(table[w.lower().rstrip(".")] for w in re.findall("\x00([^\x00]+)\x00", max(runs, key=len)))
    else:                                    # one character for one character
        last = max(re.findall(r"\S{12,}", body), key=len, default="")
        text = "".join(table.get(c, c) for c in last)
    if _HEX.fullmatch(text) and len(text) >= 16:
        return printable(bytes.fromhex(text)) or text
    return text if len(text) >= 8 else None


_CODE = re.compile(r"\[[A-Za-z]{2,12}\]")


_BRAILLE = {chr(0x2800 + sum(1 << (d - 1) for d in dots)): letter for letter, dots in zip(
    "abcdefghijklmnopqrstuvwxyz",
    ((1,), (1, 2), (1, 4), (1, 4, 5), (1, 5), (1, 2, 4), (1, 2, 4, 5), (1, 2, 5), (2, 4), (2, 4, 5), (1, 3), (1, 2, 3),
     (1, 3, 4), (1, 3, 4, 5), (1, 3, 5), (1, 2, 3, 4), (1, 2, 3, 4, 5), (1, 2, 3, 5), (2, 3, 4), (2, 3, 4, 5),
     (1, 3, 6), (1, 2, 3, 6), (2, 4, 5, 6), (1, 3, 4, 6), (1, 3, 4, 5, 6), (1, 3, 5, 6)))}
_CAPITAL, _NUMBER = "\u2820", "\u283c"


def braille_grade1(run: str) -> str | None:
    """Letters by their cells, ⠠ making the next one a capital, ⠼ the next a digit (a–j: 1–0)."""
    out, capital, number = [], False, False
    for cell in run:
        if cell == _CAPITAL:
            capital = True
        elif cell == _NUMBER:
            number = True
        elif cell in _BRAILLE:
            letter = _BRAILLE[cell]
            if number and letter in "abcdefghij":
                out.append("1234567890"["abcdefghij".index(letter)])
            else:
                out.append(letter.upper() if capital else letter)
            capital = number = False
        else:
            return None
    text = "".join(out)
    return text if len(text) >= 8 and printable(text.encode()) else None


def first_characters(run: str) -> tuple[str, int, int] | None:
    """The first (or last) characters the text says spell the value: of the words after the rule's
    colon (on its line or the next), or of the lines below it up to a blank, a note in brackets or a
    long line."""
    first, _, below = run.partition("\n")
    colon = max(first.rfind(": "), first.rfind("; "))
    if first.rstrip().endswith(":") or (colon < 0 and re.match(r"[ \t]*(?:→|->)", below)):
        colon = len(first.rstrip()) - 1                   # the rule ends its line (an arrow points below)
    if colon < 0:
        return None
    at = -1 if re.match(r"(?i)last", first) else 0      # the last character of each instead
    by_line = re.search(r"(?i)(?:line|item|row|entr)", first[:colon]) is not None
    after = first[colon + 1:].strip()
    if after.startswith("[[") and "]]" in after:      # a run set apart: [[…]]
        after = after[2:after.index("]]")]
    if not by_line:
        line = after or below.split("\n", 1)[0].strip().lstrip("→->").strip()
        start = run.find(line, colon + 1)
        words = line.split()
        return ("".join(w[at] for w in words), start, start + len(line)) if len(words) >= 6 else None
    lines, start, pos = [], len(first) + 1, len(first) + 1
    for line in below.split("\n"):
        item = line.strip()
        if not item or item[0] in "(->[" or len(item) > 40:
            break
        lines.append(item)
        pos += len(line) + 1
    return ("".join(w[at] for w in lines), start, pos - 1) if len(lines) >= 6 else None


DECODERS = {"stated_table": stated_table, "braille_grade1": braille_grade1, "first_characters": first_characters}
assert set(DECODERS) == {name for name, _ in ENCODINGS}
