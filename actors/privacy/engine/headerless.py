"""A password in a row that no header names, for ``pairs``: a headerless CSV, TSV, pipe-, caret-,
semicolon- or colon-separated export, a Lisp record's strings, an SQL tuple without its column list, a fixed-width roster
(``L-0417,1200 Oak St,K. Moreno,shearline_e91ntx21,2025-03-31``). Nothing names the column, so the
cell itself must say it: an owner's password's shape (a word, a joiner, a few letters and digits
ending in two, or a year: ``triforium_2024``) whose tail is no digest's prefix (``rule_6e56f579``), in a row of three
cells or more (two in a YAML flow sequence: ``[fleetops, "Hoods.mwg91"]``) that is data, not a header
(``id,result_sha256,status``: names only, over a row), nor a list of one word's variants (``neon,
neon_fp16, neon_vfpv4``: a build's feature names).

Only the lines holding such a shape are split (one search over the text), each once.
"""
from __future__ import annotations

import re

from .shapes import OWNER_JOINER, OWNER_PASSWORD

Span = tuple[int, int, str]
_CANDIDATE = re.compile(rf"(?<![\w.\-+~!*#@/$%]){OWNER_PASSWORD}(?![\w.\-+~!*#@/$%])")
_JOINER = re.compile(OWNER_JOINER)
# a digest's prefix: hex with a letter of a-f (digits alone may be a year's: the cell's shape tells)
_DIGEST_TAIL = re.compile("[0-9]*[a-f][0-9a-f]*")
# how a row's cells are set apart: a delimiter, or (a fixed-width roster) a run of two blanks or more
_SPLITS = {",": re.compile(","), "|": re.compile(r"\|"), ";": re.compile(";"), "\t": re.compile("\t+"), ":": re.compile(":"),
           "^": re.compile(r"\^"), "  ": re.compile(r" {2,}")}
# ... or a YAML flow sequence's items ([fleetops, "Hoods.mwg91"]: two are a row there)
_FLOW = re.compile(r"(?:^|[:\-][ \t]*)\[([^\[\]]*)\][ \t]*$")
# ... or a Lisp form's strings ((station "pour-2" "benedikt" "charcoal-mg53"), (db/connect "h" "u" "pw"): a config, a call),
# before its keyword arguments (… "Brake.NG2" :since "2024-02")
_SEXPR = re.compile(r'^[ \t]*\([\w\-/.:]+((?:[ \t]+"[^"\\]*")+)(?:[ \t]+:[\w\-]+[ \t]+"[^"\\]*")*[ \t]*\)[ \t]*$')
MAX_CELLS = 64       # a record's cells (more: a list, not a row; and bounded work per line)
_NAME_CELL = re.compile(r"[\[(]?[A-Za-z_][A-Za-z_ \-\[\]]*")     # a column's name ("[desk] draw_no", "unit-id")
_CALL = re.compile(r"[A-Za-z_][\w.]*\(")
_SNAKE = re.compile(r"[a-z][a-z0-9]*_[a-z0-9_]+")
_QUOTES = " \t'\"`();?"     # (and a statement's end after a call's last argument: "pw"); or "pw")?;)
_NONE = frozenset(("-", "—", "*", "none", "null", "n/a", "nil"))     # a row's cell that holds nothing


def _cells(line: str) -> dict[str, list[str]]:
    """The line's cells (without padding or quotes), for each way of splitting it into a row."""
    out = {}
    for sep, rx in _SPLITS.items():
        if sep in line and (sep != ":" or not any(c.isspace() for c in line.strip())):   # (a prompt's, a log's colons)
            cells = [c.strip(_QUOTES) for c in rx.split(line)]
            if 3 <= sum(1 for c in cells if c) <= MAX_CELLS:
                out[sep] = cells
    sexpr = _SEXPR.match(line) if "(" in line else None
    if sexpr and 3 <= sexpr[1].count('"') // 2 <= MAX_CELLS:
        out["("] = [c.strip(_QUOTES) for c in sexpr[1].split('"')[1::2]]
    flow = _FLOW.search(line) if "[" in line else None
    if flow and 2 <= flow[1].count(",") + 1 <= MAX_CELLS:
        out["["] = [c.strip(_QUOTES) for c in flow[1].split(",")]
    return out


def _a_record(cells: list[str], value: str, word: str, below: list[str] | None) -> bool:
    """Whether ``value`` is a cell of a record: not of a header (names only, over a row whose cell in that column is no
    password), nor of a list of code's names or of one word's variants."""
    if value not in cells:
        return False
    others = [c for c in cells if c and c != value]
    column = cells.index(value)
    if below is not None and len(below) == len(cells) and not _CANDIDATE.fullmatch(below[column]) \
            and below[column].lower() not in _NONE and all(_NAME_CELL.fullmatch(c) for c in others):
        return False                # (a header's; not a row over one whose cell there is none: "viewer<TAB>read<TAB>-")
    if sum(1 for c in others if _SNAKE.fullmatch(c)) >= 2:
        return False                # code's names ('dict_size', 'encode_base64', 'elapsed_short')
    stem = value[:len(word) + 1].lower()
    return not any(c.lower() == word.lower() or c[:len(stem)].lower() == stem for c in others)


def headerless_rows(text: str) -> list[Span]:
    """(start, end, "row") of each owner-shaped password alone in a headerless row's cell."""
    out: list[Span] = []
    line_end, rows, below, call = -1, {}, {}, False
    for m in _CANDIDATE.finditer(text):
        value = m.group()
        word, tail = _JOINER.split(value, maxsplit=1)
        if _DIGEST_TAIL.fullmatch(tail):
            continue                # a hex tail: a rule's or an asset's digest prefix
        if m.start() > line_end:    # (a line's cells once, however many shapes it holds: linear)
            a = text.rfind("\n", 0, m.start()) + 1
            b = text.find("\n", m.end())
            line_end = len(text) if b < 0 else b
            rows = _cells(text[a:line_end].rstrip("\r"))
            call = _CALL.search(text, a, line_end) is not None
            c = text.find("\n", line_end + 1)
            below = _cells(text[line_end + 1:len(text) if c < 0 else c].rstrip("\r")) if b >= 0 else {}
        if call and (tail.isdigit() or m.start() == 0 or text[m.start() - 1] not in "'\"`"):
            continue                # a call's bare argument: a name in code (hmac.new(key, msg, hashlib.sha256)); a
            # word and a year there, quoted or not: a layer's or a file's name (addVectorLayer(path, "yield_2024", "ogr"))
        if any(_a_record(cells, value, word, below.get(sep)) for sep, cells in rows.items()):
            out.append((m.start(), m.end(), "row"))
    return out
