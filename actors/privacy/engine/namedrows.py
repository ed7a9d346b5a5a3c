"""Rows that name their own secret, for ``pairs``: a CSV or TSV whose header has a column for a
setting's name and one for its value (``partner,contact,field,value``; an export of parameters,
a partner sheet). In each row below, the value is a secret's when the name cell names one — the
same reading as a ``key = value`` line, spread over two columns. One pass over the lines."""
from __future__ import annotations

import csv
from collections.abc import Callable

MAX_ROWS = 10_000
NAME_COLUMNS = frozenset({"field", "name", "key", "variable", "setting", "parameter", "param", "property", "option",
                          "field name", "key name", "variable name", "setting name", "parameter name"})
VALUE_COLUMNS = frozenset({"value", "val", "setting value", "parameter value", "field value"})


def _row(line: str, delim: str) -> list[str]:
    try:
        return next(csv.reader([line.rstrip("\r\n")], delimiter=delim))
    except (csv.Error, StopIteration):
        return []


def named_rows(text: str, family_of: Callable[[str], str | None],
               valid: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    header: tuple[str, int, int, int] | None = None       # (delimiter, name column, value column, cells)
    offset = 0
    for n, line in enumerate(text.splitlines(keepends=True)):
        if n >= MAX_ROWS:
            break
        here, offset = offset, offset + len(line)
        delim = max(",;\t", key=line.count)
        cells = _row(line, delim) if delim in line else []
        names = [c.strip().strip('"').lower() for c in cells]
        name_at = next((i for i, c in enumerate(names) if c in NAME_COLUMNS), -1)
        value_at = next((i for i, c in enumerate(names) if c in VALUE_COLUMNS), -1)
        if name_at >= 0 and value_at > name_at:
            header = (delim, name_at, value_at, len(cells))
            continue
        if header is None or delim != header[0] or len(cells) < header[3]:
            header = None                                  # the table ended
            continue
        family = family_of(cells[header[1]].strip())
        value = cells[header[2]].strip()
        if family and value and valid(value, family):
            start = line.rfind(value)
            out.append((here + start, here + start + len(value), family))
    return out
