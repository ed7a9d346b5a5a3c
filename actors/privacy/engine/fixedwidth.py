"""Fixed-width rows, for ``pairs``: a report or a legacy ``.dat`` file whose columns are character
ranges, named by a comment (``# cols 1-20 login, 21-40 secret, 41- printer``, ``job 1-10 …
key 61-76 pages 77-80``) or by a header line of names set apart by blanks (``REG STORE CLERK
SECRET  DRAWER``). In the rows below it, the credential column's value is the text in its range
or, under a header, the word at its name's place.

Only lines that name a credential word are tried (the caller finds them); each table is read to
its first blank or comment line, at most ``MAX_ROWS`` rows.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .cells import MAX_ROWS, SENTENCE_WORDS

Span = tuple[int, int, str]
# "1-20", "41-" (to the end of the line); not a date's "2024-06" nor a part number's "A-12"
_RANGE = re.compile(r"(?<![\w.\-/])(\d{1,3})[ \t]*-[ \t]*(\d{1,3})?(?![\w.\-/])")
_NAME = re.compile(r"[A-Za-z][A-Za-z_]*(?: [A-Za-z][A-Za-z_]*)?")
# a header of a fixed-width report: names (perhaps a leading "#"), at least one gap of two blanks
_HEADER = re.compile(r"[ \t]*#?[ \t]*[A-Za-z][\w.\-]*(?:[ \t]+[A-Za-z][\w.\-]*){2,11}[ \t]*")
_WORD = re.compile(r"\S+")
# a column's name: words one blank apart ("SECRET NAME" is one column, not a secret's)
_GROUP = re.compile(r"\S+(?: \S+)*")


def fixed_width(text: str, named_lines: list[tuple[int, int]], family_of: Callable[[str], str | None],
                valid: Callable[[str, str], bool]) -> list[Span]:
    """(start, end, family) of each credential value in the rows under a named line that describes
    fixed-width columns."""
    out: list[Span] = []
    read_to = -1
    for start, end in named_lines:
        if start < read_to:
            continue
        line = text[start:end].rstrip("\r")
        columns = _ranged(line, family_of) if line.lstrip().startswith("#") else None
        if columns is None and "  " in line and line.upper() == line and _HEADER.fullmatch(line) \
                and not any(w.lower() in SENTENCE_WORDS for w in line.split()):
            columns = _aligned(line, family_of)
        if columns:
            spans, read_to = _rows(text, end + 1, columns)
            out += [(s, e, f) for s, e, f in spans if valid(text[s:e], f)]
    return out


def _ranged(comment: str, family_of) -> list[tuple[int, int | None, str]] | None:
    """(first, last or None, family) of each credential column a comment's ranges name (0-based,
    end exclusive); the names come after their ranges or, when nothing follows the last, before."""
    ranges = list(_RANGE.finditer(comment))
    if len(ranges) < 2:
        return None
    gaps = [comment[a.end():b.start()] for a, b in zip(ranges, ranges[1:])]
    after = bool(_NAME.search(comment[ranges[-1].end():]))
    names = ([*gaps, comment[ranges[-1].end():]] if after else [comment[:ranges[0].start()], *gaps])
    bounds = [(int(m.group(1)), int(m.group(2)) if m.group(2) else None) for m in ranges]
    if any(a < 1 or (b is not None and b < a) for a, b in bounds) or \
            any(b is None or b >= c for (_, b), (c, _) in zip(bounds, bounds[1:])):
        return None                                  # (columns in order, each after the one before)
    out = []
    for (a, b), said in zip(bounds, names):
        said = re.split(r"[,;:(]", said)[0 if after else -1].strip(" \t)")
        found = _NAME.findall(said)
        family = family_of(found[0 if after else -1]) if found else None
        if family:
            out.append((a - 1, b, family))
    return out or None


def _aligned(header: str, family_of) -> list[tuple[int, int | None, str]] | None:
    """The credential columns of a header whose names sit where their columns start: (its name's
    place, None, family). Names one blank apart are one column's ("API KEY")."""
    out = [(m.start(), None, f) for m in _GROUP.finditer(header) if (f := family_of(m.group(0).lstrip("#")))]
    return out or None


def _rows(text: str, at: int, columns) -> tuple[list[Span], int]:
    """The values of ``columns`` in the rows from ``at``, and where those rows end."""
    out: list[Span] = []
    for _ in range(MAX_ROWS):
        if at >= len(text):
            break
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        row = text[at:stop].rstrip("\r")
        if not row.strip() or row.lstrip().startswith("#"):
            break
        for a, b, family in columns:
            cell = _cell(row, a, b)
            if cell:
                out.append((at + cell[0], at + cell[1], family))
        at = stop + 1
    return out, at


def _cell(row: str, a: int, b: int | None) -> tuple[int, int] | None:
    """A range's value (one word, no blank inside), or under a header the word at column ``a``."""
    if b is not None:
        cell = row[a:b]
        value = cell.strip()
        if not value or any(c.isspace() for c in value):
            return None
        s = a + cell.index(value)
        return s, s + len(value)
    for m in _WORD.finditer(row):
        if m.start() <= a < m.end() or a < m.start() <= a + 2:
            return m.start(), m.end()
        if m.start() > a:
            break
    return None
