"""The cells of one table row, with their offsets in the text: a CSV or TSV line's (as the csv module
reads it) and a Markdown row's; and whether a line is a Markdown table's rule. Shared by ``pairs``
(columns a header names) and ``namedrows`` (rows that name their own secret)."""
from __future__ import annotations

import csv
from collections.abc import Iterator

MAX_ROWS = 5000          # rows of one table read (a table ends earlier at a line that is not one of its rows)
# words that make a line a sentence, not a list of columns
SENTENCE_WORDS = frozenset("a an the to is are be for in on of and or with your our this that it here "
                           "set change use new old default see not no must".split())


def csv_cells(line: str, offset: int, delim: str = ",") -> Iterator[tuple[str, int, int]]:
    """The cells of one CSV line with their offsets (quoted cells: the inside of the quotes; Excel's
    text formula ="…" too)."""
    body = line.rstrip("\r\n")
    if delim not in body:
        return
    try:
        values = next(csv.reader([body], delimiter=delim))
    except (csv.Error, StopIteration):
        return
    pos = 0
    for v in values:
        i = body.find(v, pos) if v else pos
        if i < 0:
            return
        pos = i + len(v) + 1
        if len(v) > 3 and v.startswith('="') and v.endswith('"'):
            v, i = v[2:-1], i + 2
        yield v, offset + i, offset + i + len(v)


def md_cells(line: str, offset: int) -> Iterator[tuple[str, int, int]]:
    """The cells of one Markdown table row, each without its padding or its `code` backticks."""
    body = line.rstrip("\r\n")
    if "|" not in body:
        return
    edges = [i for i, c in enumerate(body) if c == "|"]
    if body.strip().startswith("|"):
        edges = edges[1:] if len(edges) > 1 else edges
        left = body.index("|") + 1
    else:
        left = 0
    for right in edges + ([len(body)] if not body.rstrip().endswith("|") else []):
        cell = body[left:right]
        value = cell.strip().strip("`").strip()
        start = left + cell.find(value) if value else left
        yield value, offset + start, offset + start + len(value)
        left = right + 1


def md_rule(line: str) -> bool:
    """``|---|:--:|``, or org-mode's ``|-----+-----|``."""
    cells = [c.strip() for c in line.strip().strip("|").replace("+", "|").split("|")]
    return len(cells) >= 2 and all(c and set(c) <= set(":-") and "---" in c for c in cells)
