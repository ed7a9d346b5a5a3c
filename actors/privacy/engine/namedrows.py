"""Rows that name their own secret, for ``pairs``: a CSV, TSV or Markdown table whose header has a
column for a setting's name and one for its value (``partner,contact,field,value``, ``| service |
variable | value |``; an export of parameters, a partner sheet, a runbook). In each row below, the value is a secret's when the name cell names one — the
same reading as a ``key = value`` line, spread over two columns. One pass over the lines."""
from __future__ import annotations

import csv
from collections.abc import Callable

MAX_ROWS = 5000          # rows of one table read (a table ends earlier at a line that is not one of its rows)
NAME_COLUMNS = frozenset({"field", "name", "key", "variable", "env var", "env", "secret", "setting", "parameter", "param", "property", "option",
                          "field name", "key name", "variable name", "setting name", "parameter name"})
VALUE_COLUMNS = frozenset({"value", "val", "setting value", "parameter value", "field value"})


def _cells(line: str, delim: str) -> list[str]:
    if delim == "|":            # a Markdown table's row: | a | `b` | (its |---| rule names nothing)
        body = line.strip()
        return [c.strip().strip("`").strip() for c in body[1:-1 if body.endswith("|") else None].split("|")] \
            if body.startswith("|") else []
    try:
        return next(csv.reader([line.rstrip("\r\n")], delimiter=delim))
    except (csv.Error, StopIteration):
        return []


def _header(line: str) -> tuple[str, int, int, int] | None:
    """(delimiter, name column, value column, cells) of a header line with a name and a value column."""
    delim = "|" if line.lstrip().startswith("|") else max(",;\t", key=line.count)
    names = [c.strip().strip('"').lower() for c in _cells(line, delim)] if delim in line else []
    name_at = next((i for i, c in enumerate(names) if c in NAME_COLUMNS), -1)
    value_at = next((i for i, c in enumerate(names) if c in VALUE_COLUMNS), -1)
    return (delim, name_at, value_at, len(names)) if 0 <= name_at < value_at else None


def named_rows(text: str, family_of: Callable[[str], str | None],
               valid: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    header, rows, offset = None, 0, 0
    for line in text.splitlines(keepends=True):
        here, offset = offset, offset + len(line)
        if header is None or rows >= MAX_ROWS:
            header, rows = (_header(line) if "val" in line.lower() else None), 0
            continue
        delim, name_at, value_at, width = header
        cells = _cells(line, delim) if delim in line else []
        if delim == "|" and cells and set("".join(cells)) <= set(":- "):
            continue                                       # the header's rule
        if len(cells) < width:
            header = _header(line) if "val" in line.lower() else None    # the table ended (maybe where another starts)
            continue
        rows += 1
        family, value = family_of(cells[name_at].strip()), cells[value_at].strip()
        if family and value and valid(value, family):
            start = line.rfind(value)
            out.append((here + start, here + start + len(value), family))
    return out
