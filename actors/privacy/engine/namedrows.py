"""Rows that name their own secret, for ``pairs``: a CSV, TSV or Markdown table whose header has a
column for a setting's name and one for its value (``partner,contact,field,value``, ``| service |
variable | value |``, Excel's Name Manager ``Name,RefersTo``, a checklist's ``Task,Owner,Status,Notes``;
an export of parameters, a partner sheet, a runbook). In each row below, the value is a secret's when
the name cell names one — the same reading as a ``key = value`` line, spread over two columns. One
pass over the lines."""
from __future__ import annotations

from collections.abc import Callable

from .cells import MAX_ROWS, csv_cells, md_cells, md_rule

NAME_COLUMNS = frozenset({"field", "name", "key", "variable", "env var", "env", "secret", "setting", "parameter", "param",
                          "property", "option", "field name", "key name", "variable name", "setting name", "parameter name",
                          "tagname", "tag name", "tag",       # (a PLC's or an HMI's tag table)
                          "task", "item"})                    # (a checklist: "Reset the till password,Sam,done,<pw>")
VALUE_COLUMNS = frozenset({"value", "val", "setting value", "parameter value", "field value",
                           "refersto", "refers to",       # (Excel's Name Manager)
                           "notes", "note"})
_PLURALS = ("keys", "tokens", "secrets", "passwords")
_EXAMPLE_COLUMNS = frozenset({"example", "examples", "sample", "format", "shape", "placeholder", "default"})
HINT = ("val", "refers", "note")        # a header names a value column: a line without these is none
GATE = ("value", "refers", "note")      # ... nor a text without these (read only then)


def _cells(line: str, offset: int, delim: str) -> list[tuple[str, int, int]]:
    """(cell, start, end), each cell without its padding: a Markdown row's or a CSV line's."""
    if delim == "|":
        return list(md_cells(line, offset)) if line.lstrip().startswith("|") else []
    out = []
    for value, start, _ in csv_cells(line, offset, delim):
        stripped = value.strip()
        start += value.find(stripped) if stripped else 0
        out.append((stripped, start, start + len(stripped)))
    return out


def _header(line: str) -> tuple[str, int, int, int] | None:
    """(delimiter, name column, value column, cells) of a header line with a name and a value column."""
    delim = "|" if line.lstrip().startswith("|") else max(",;\t", key=line.count)
    names = [c.strip('"').lower() for c, _, _ in _cells(line, 0, delim)]
    name_at = next((i for i, c in enumerate(names) if c in NAME_COLUMNS), -1)
    notes = not any(c in _EXAMPLE_COLUMNS for c in names)     # (| variable | example | notes |: the notes say where, in words)
    value_at = next((i for i, c in enumerate(names) if c in VALUE_COLUMNS and (notes or not c.startswith("note"))), -1)
    return (delim, name_at, value_at, len(names)) if 0 <= name_at < value_at else None


def _header_if_named(line: str) -> tuple[str, int, int, int] | None:
    return _header(line) if any(h in line.lower() for h in HINT) else None


def named_rows(text: str, family_of: Callable[[str], str | None],
               valid: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if not any(g in low for g in GATE):
        return out
    header, rows, offset = None, 0, 0
    for line in text.splitlines(keepends=True):
        here, offset = offset, offset + len(line)
        if header is None or rows >= MAX_ROWS:
            header, rows = _header_if_named(line), 0
            continue
        delim, name_at, value_at, width = header
        if delim == "|" and md_rule(line):
            continue                                       # the header's rule
        cells = _cells(line, here, delim)
        if len(cells) < width:
            header = _header_if_named(line)    # the table ended (maybe where another starts)
            continue
        rows += 1
        name = cells[name_at][0]
        if name.lower().endswith(_PLURALS):
            continue                                       # "Order keys": a thing to do, not one secret's name
        family, (value, start, end) = family_of(name), cells[value_at]
        if family and value and valid(value, family):
            out.append((start, end, family))
    return out
