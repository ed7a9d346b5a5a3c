"""MediaWiki tables, for ``pairs``: a header row ``! Service !! Key`` names the columns, each row
below (``| host || value``, after a ``|-``) gives its cells in order. A cell whose column names a
secret or a password holds one — the same reading as a Markdown table's, in the wiki's own markup.
One pass over the lines; a table ends at ``|}``."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate

MAX_ROWS = 10_000


def _cells(line: str, lead: str, split: str, offset: int) -> Iterator[tuple[str, int, int]]:
    """The cells of one header (``!``, ``!!``) or data (``|``, ``||``) line, with their offsets."""
    body = line.rstrip("\r\n")
    left = body.index(lead) + 1
    while True:
        right = body.find(split, left)
        cell = body[left:right if right >= 0 else len(body)]
        value = cell.strip()
        start = left + cell.find(value) if value else left
        yield value, offset + start, offset + start + len(value)
        if right < 0:
            return
        left = right + len(split)


def wiki_tables(text: str, family_of: Callable[[str], str | None],
                valid: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if "!!" not in text:
        return out
    lines = text.splitlines(keepends=True)
    starts = list(accumulate((len(line) for line in lines), initial=0))
    i = 0
    while i < len(lines):
        head = lines[i].lstrip()
        i += 1
        if not head.startswith("!") or "!!" not in head:
            continue
        names = [c for c, _, _ in _cells(head, "!", "!!", 0)]
        columns = {k: f for k, f in ((k, family_of(c)) for k, c in enumerate(names)) if f}
        for _ in range(MAX_ROWS if columns else 0):
            if i >= len(lines) or lines[i].lstrip().startswith("|}"):
                break
            row = lines[i].lstrip()
            i += 1
            if row.startswith("|-") or not row.startswith("|"):
                continue
            cells = list(_cells(lines[i - 1], "|", "||", starts[i - 1]))
            for k, family in columns.items():
                if k < len(cells) and cells[k][0] and valid(cells[k][0], family):
                    out.append((cells[k][1], cells[k][2], family))
    return out
