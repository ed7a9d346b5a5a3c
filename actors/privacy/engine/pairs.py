"""Secrets that only a document's structure names, found by reading that structure rather than by a pattern: a CSV
(or pipe-separated), Markdown, HTML or fixed-width (``fixedwidth``) table column whose header is a secret word (the values
are rows below it), a CSV row that names its secret (``namedrows``) or a headerless row's password (``headerless``), a
column of an SQL ``INSERT`` (the values are in a later tuple), a secret-named resource's value in a Terraform state.

Each reader is linear in the text and bounded (``MAX_ROWS`` rows, ``MAX_TUPLE`` characters per
tuple or HTML row); the key's family (password, secret, key) decides how the value is checked, as
for a ``key = value`` assignment.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate

from .cells import MAX_ROWS, SENTENCE_WORDS, csv_cells, md_cells, md_rule
from .fixedwidth import fixed_width
from .headerless import headerless_rows
from .matcher import RawMatch
from .patterns import KEY_TAIL, KEY_WORDS, NOT_KEY_WORDS, NOT_SECRET_KEYS, PROSE_WORDS, PW_WORDS, SECRET_WORDS, Detector
from .public import PUBLIC_KEY_WORDS
from .shapes import owner_password_shape
from .validators import VALIDATORS
from .namedrows import named_rows
from .tfstate import terraform_state
from .wikitables import wiki_tables

MAX_TUPLE = 4000
# a password column's hex digest with its salt after it (hash:salt[:name]): how it is stored (bare hex may be the password)
_DIGEST_HEX = re.compile(r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})"
                         r"[:$][^\s]+")

# (start, end, family) of a value in the text
Span = tuple[int, int, str]
# (a table's "unlock" column: a door's or a kiosk's unlock code, beside its badge or seat)
FAMILIES = (("password", f"(?:{PW_WORDS}|{PROSE_WORDS}|(?:\\b|_)unlock(?:[ _\\-]?(?:code|pin))?\\b)"), ("secret", SECRET_WORDS), ("key", KEY_WORDS))


def _one_word(value: str) -> bool:
    return len(value.split()) == 1


# narrower readings of a family's column: (the family whose detector reports it, what its values must also be). A
# "phrase" column (phrase, gate_phrase): a pass phrase under a name that drops the "pass"; a "pin" column (pin,
# portal_pin): a PIN or a password in its place — one word each (an app's phrase table holds its sentences: "Step
# 3 of 4"), four characters or more (a header's pin: a connector's 1, 2, 3). A "licence" column alone: a licence's
# number as often as its key (sponsor_licence: G949MIG2V), sixteen characters or more (Q7XK2-M9PLR-4TZW8-HV3NC-B6YJD)
# An "access" column (drawer_code, booking_console, tablet, gate): what opens a thing, a password only in an owner's
# password's shape (leadstone.zci789), not a code or a device's name; a headerless row's cell, that or a word and a year
NARROWED = {"phrase": ("password", _one_word), "pin": ("password", _one_word), "licence": ("secret", lambda v: len(v) >= 16),
            "access": ("password", owner_password_shape), "row": ("password", lambda v: owner_password_shape(v, years=True))}
# (the licence's is the secret family's own word: told apart in family_of)
NARROWED_WORDS = (("phrase", r"(?:\b|_)phrase\b"), ("pin", r"(?:\b|_)pin\b"),
                  ("access", r"(?:\b|_)(?:code|console|tablet|gate|lock|lockbox|door|entry|access|keypad)\b"))
# a line whose cells are names: what a CSV header looks like (a cell may be quoted)
HEADER = (r"(?m:^)[^\r\n]*?[ \t\"']*[A-Za-z][\w .\-/]{0,47}[\"']?(?:[ \t]*[,;\t|][ \t]*[\"']?[A-Za-z][\w .\-/]{0,47}"
          r"[\"']?)+[ \t]*\r?(?m:$)")
INSERT = r"(?i:\binsert[ \t]+into)[ \t]+[\w.\"`\[\]]+[ \t]*(\()[^)]{1,1000}\)[ \t\r\n]*(?i:values)[ \t\r\n]*(\()"


class StructureReader:
    """The structural detectors of a detector set, and the reading that finds their values."""

    def __init__(self, detectors: Sequence[Detector]):
        import re2
        self.index = {d.name.split("_")[1]: i for i, d in enumerate(detectors) if d.structural}
        self.validators = {d.name.split("_")[1]: VALIDATORS[d.validator] for d in detectors if d.structural}
        for narrow, (family, also) in NARROWED.items():
            if family in self.index:
                self.index[narrow] = self.index[family]
                self.validators[narrow] = lambda v, ok=self.validators[family], also=also: also(v) and ok(v)
        opts = re2.Options()
        opts.log_errors = False
        self._families = [(f, re2.compile(rf"(?i:^[\w.\- ]*?{words}{KEY_TAIL}$)", opts))
                          for f, words in FAMILIES + NARROWED_WORDS if f in self.index]
        self._insert = re2.compile(INSERT, opts)
        self._header = re2.compile(HEADER, opts)
        # a header only counts with a column a family names: lines without such a word are not tried
        self._named = re2.compile("(?i:" + "|".join(words for f, words in FAMILIES + NARROWED_WORDS if f in self.index)
                                  + r"|\w key\b)", opts) \
            if self.index else None

    def family_of(self, name: str) -> str | None:
        if "/" in name:             # "Key / token", "User/Pass": the column holds the last one named
            name = name.rsplit("/", 1)[1].strip()
        low = name.lower()
        if not name or len(name) > 64 or any(w in low for w in NOT_SECRET_KEYS) or low.startswith(("encrypted", "hashed")):
            return None             # (ENCRYPTED_USER_PASSWORD, hashed_password: a column of what it is stored as)
        for family, rx in self._families:
            if rx.search(name) and not (family == "key" and any(w in low for w in NOT_KEY_WORDS)):
                licence = family == "secret" and low.rstrip().endswith(("licence", "license"))
                return "licence" if licence and "licence" in self.index else family
        # a spreadsheet's "Rfid Gateway Key": the words as code joins them (not a table's "Primary Key": its row's id)
        spaced = " " in name.strip() and low.strip() != "primary key"
        return self.family_of(name.replace(" ", "_")) if spaced else None

    def table_family_of(self, name: str) -> str | None:
        """A Markdown, wiki or HTML table's column: also a bare "Key" (its values must still be long
        and random). Not a CSV's: a header line guessed in running text can end in "key"."""
        if name.strip().lower() == "key" and "key" in self.index:
            return "key"
        return self.family_of(name)

    def _named_lines(self, text: str) -> list[tuple[int, int]]:
        return _lines_with(self._named, text) if self._named is not None else []

    def valid(self, value: str, family: str) -> bool:
        return len(value) >= (16 if family == "key" else 4) and len(value.split()) <= 7 and value[:2] not in ("- ", "* ") \
            and self.validators[family](value) and not (family == "password" and _DIGEST_HEX.fullmatch(value))
        # (a list's item, or eight words or more: a sentence's clause, not a passphrase)

    def find(self, text: str) -> list[RawMatch]:
        if not self.index:
            return []
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:          # lone surrogates: "?" in their place, offsets unchanged
            text = text.encode("utf-8", "replace").decode("utf-8")
        inserts = lambda t: [(m.end(1), m.start(2)) for m in self._insert.finditer(t)]  # noqa: E731
        named = self._named_lines(text)       # (once: the CSV headers and the fixed-width tables both start there)
        headers = lambda t: [(a + m.start(), a + m.end()) for a, b in named  # noqa: E731
                             for m in [self._header.search(t[a:b])] if m]   # (a line holds one header at most;
        # its own slice: re2 converts a str's offsets from its start, so pos/endpos would make this quadratic)
        rows = [(s, e, f) for s, e, f in headerless_rows(text) if f in self.index and self.valid(text[s:e], f)]
        return [RawMatch(self.index[f], s, e, text[s:e])
                for s, e, f in structured(text, self.family_of, self.valid, inserts, headers, self.table_family_of,
                                          named) + rows]


def _lines_with(rx, text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a match of ``rx``, once each, in order."""
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        out.append((a, len(text) if b < 0 else b))
    return out


def structured(text: str, family_of: Callable[[str], str | None], valid: Callable[[str, str], bool],
               find_inserts: Callable[[str], list[tuple[int, int]]],
               find_headers: Callable[[str], list[tuple[int, int]]],
               table_family_of: Callable[[str], str | None] | None = None,
               named_lines: list[tuple[int, int]] | None = None) -> list[Span]:
    """``find_headers`` gives the (start, end) of the lines that look like a CSV header (cells that
    are names); ``find_inserts`` the column list and VALUES of each SQL INSERT; ``table_family_of``
    names the columns of Markdown, wiki, HTML and fixed-width tables (default: as ``family_of``);
    ``named_lines`` the lines that name a credential word (a fixed-width table's header is one)."""
    table_family_of = table_family_of or family_of
    out: list[Span] = []
    table_end = -1
    for start, end in find_headers(text):
        if start < table_end:
            continue            # a row of the table read already (rows look like headers too: linear, not n²)
        spans, table_end = _csv(text, start, end, family_of, valid)
        out += spans
    out += _inserts(text, family_of, valid, find_inserts) + named_rows(text, family_of, valid)
    if "|" in text and ("--" in text or "||" in text):
        out += _markdown_tables(text, table_family_of, valid) + wiki_tables(text, table_family_of, valid)
    if "<th" in text or "<TH" in text:
        out += _html_tables(text, table_family_of, valid)
    if '"result"' in text:
        out += terraform_state(text, family_of, valid)
    if named_lines and ("  " in text or "#" in text):
        out += fixed_width(text, named_lines, table_family_of, valid)
    return out + (_commented_columns(text, family_of, valid) if "#" in text else [])


# ---- a comment that names the columns -------------------------------------------------------------
_WORD_START = re.compile(r"[A-Za-z][\w\-]*")
_TABS = re.compile(r"\t+")
_BRACKETED = re.compile(r"\[[^\]\r\n]*\]")
# a column's name between spaces: a word, perhaps with what is optional after it ("server[:port]")
_SPACED_NAME = re.compile(r"[A-Za-z][\w\-]*(?:\[[^\]\s]*\])?")


def _splitter(sep: str):
    """How a header and its rows split: at ':', '|', ';' or ',', at runs of tabs, or at runs of blanks."""
    if sep in ":|;,":
        return lambda line, most: line.split(sep, most) if most else line.split(sep)
    if sep == " ":
        return lambda line, most: line.split(None, most) if most else line.split()
    return lambda line, most: _TABS.split(line, most)


def _separator(head: str) -> str | None:
    """What a comment's columns are separated by; None: a heading or a sentence. Blanks only when
    every word is a column's name (``# server[:port] shared_secret timeout``, pam_radius's)."""
    bare = _BRACKETED.sub("", head)
    if ":" in bare or "|" in bare or ";" in bare:
        return max(":|;", key=bare.count)
    if "," in bare and " " not in bare.strip():
        return ","      # kiosk_accounts.csv  (kiosk,site,operator,unlock): a CSV's columns, no sentence's commas
    if "\t" in bare:
        return "\t"
    words = head.split()
    if 2 <= len(words) <= 8 and all(_SPACED_NAME.fullmatch(w) for w in words) \
            and not any(w.lower() in SENTENCE_WORDS for w in words) \
            and (head.islower() or any("_" in w or "[" in w for w in words)):
        return " "      # (names are lower case or joined: "LocalStack accepts any credentials" is a sentence)
    return None


def _column_list(head: str) -> str:
    """The columns a comment lists after saying what the file is: ``users.db (operator|role|secret)``,
    ``aisfwd stations  id:host:secret:port`` (the last word, when it holds two separators or more)."""
    if head.endswith(")") and "(" in head:
        return head[head.rindex("(") + 1:-1].strip()
    last = head.split()[-1] if head.split() else head
    return last if last != head and max(last.count(":"), last.count("|"), last.count(";")) >= 2 else head


def _commented_columns(text: str, family_of, valid) -> list[Span]:
    """``# host:user:password`` (exim's passwd.client), ``# client<TAB>server<TAB>secret`` (pppd's
    chap-secrets), ``# username: password[,rolename ...]`` (a Jetty realm), ``# id|host|secret`` (or ;): the rows
    below the comment, the value in the credential column."""
    out: list[Span] = []
    lines = text.splitlines(keepends=True)
    starts = list(accumulate((len(line) for line in lines), initial=0))
    for i, line in enumerate(lines[:MAX_ROWS]):
        body = line.strip()
        if not body.startswith("#") or len(body) > 120:
            continue
        head = _column_list(body.lstrip("#").strip().replace("<TAB>", "\t"))
        sep = _separator(head)
        if sep is None:
            continue
        split = _splitter(sep)
        cells = [c.strip() for c in split(head, 0)]
        names = [m.group(0) if (m := _WORD_START.match(c)) else "" for c in cells]
        if len(names) < 2 or not all(names) or any(len(n) > 24 or " " in c.split("[")[0].strip()
                                                   for n, c in zip(names, cells[:-1])):
            continue
        column = next(((k, f) for k, f in ((k, family_of(n)) for k, n in enumerate(names)) if f), None)
        if column is None:
            continue
        k, family = column
        cut_at_comma = "," in cells[k]           # "password[,rolename ...]": roles follow the value
        for j in range(i + 1, min(len(lines), i + 1 + MAX_ROWS)):
            row = lines[j].rstrip("\r\n")
            if not row.strip() or row.lstrip().startswith("#"):
                break
            fields = split(row, len(names) - 1)
            if len(fields) <= k or (sep == " " and (len(split(row, 0)) != len(names) or "=" in row or fields[0].endswith(":"))):
                break                             # (blank-separated: a row has exactly the columns named, no A=b nor A: b)
            value = fields[k].strip()
            if cut_at_comma:
                value = value.split(",", 1)[0].strip()
            value = value.strip('"')
            if value and valid(value, family):
                s = row.find(value, len(fields[0]) if k else 0)
                if s >= 0:
                    out.append((starts[j] + s, starts[j] + s + len(value), family))
    return out


# ---- CSV ------------------------------------------------------------------------------------------
def _csv(text: str, start: int, end: int, family_of, valid) -> tuple[list[Span], int]:
    """The rows under the header line ``text[start:end]``, up to a line that is not one of them, and
    where they end (-1: no table)."""
    header = text[start:end]
    delim = max(",;\t|", key=header.count)
    # a CSV held in a JSON string starts after the key ("note": "name,email,...")
    skip = header.rfind('": "') + 4 if '": "' in header else 0
    names = [c.strip().strip('"') for c in header[skip:].split(delim)]
    said_public = False
    words = names[0].split() if names else []
    if words:
        names[0] = words[-1].lstrip("#")     # a header line may follow other text, or be a comment ...
        said_public = any(w.lower() in PUBLIC_KEY_WORDS for w in words[-3:-1])   # ... which may say it is public
    if len(names) < 2 or not all(_is_header(c) and c.count(" ") <= 3 for c in names) or (len(words) > 1 and not names[0].isalpha()):
        return [], -1          # ("…, last changed 9 days ago": a sentence, no header; "Material: Dyneema SK99, sleeved": a code)
    columns = {i: f for i, f in ((i, family_of(c)) for i, c in enumerate(names))
               if f and names[i].lower() not in _REGISTER_COLUMNS and not (i == 0 and said_public)}
    if not columns:
        return [], -1
    out: list[Span] = []
    offset = end + 1
    for line in text[offset:].splitlines(keepends=True)[:MAX_ROWS]:
        cells = list(csv_cells(line, offset, delim))
        if len(cells) < len(names):
            break                                       # the table ended
        for i, family in columns.items():
            value, s, e = cells[i]
            value, s = value.strip(), s + len(value) - len(value.lstrip())   # (a psql table's " v ")
            if value and valid(value, family):
                out.append((s, s + len(value), family))
        offset += len(line)
    return out, offset


_HEADER_JOINERS = str.maketrans("", "", "_- ./")
# a column a public register has: a contractor's or a driver's licence number, not a product's key
_REGISTER_COLUMNS = frozenset(("license", "licence", "license number", "licence number", "license_no", "license no"))


def _is_header(cell: str) -> bool:
    c = cell.strip()     # a column's name, not a code of capitals and digits (a row of data: YM17 NPW,WF08ZJT10G8JH88NU,…)
    return 0 < len(c) <= 48 and c.translate(_HEADER_JOINERS).isalnum() and not c[0].isdigit() \
        and not (c.isupper() and c.isalnum() and len(c) >= 8 and sum(map(str.isdigit, c)) >= 3)


# ---- Markdown tables ------------------------------------------------------------------------------
def _markdown_tables(text: str, family_of, valid) -> list[Span]:
    """``| user | password |`` over ``|---|---|`` (or a wiki's ``||user||password||``): the rows below,
    to the first line that is not one.
    One pass over the lines (at most ``MAX_ROWS`` rows per table)."""
    out: list[Span] = []
    lines = text.splitlines(keepends=True)
    starts = list(accumulate((len(line) for line in lines), initial=0))
    i = 0
    while i + 1 < len(lines):
        wiki = lines[i].lstrip().startswith("||")     # Confluence/Jira: ||Name||Password|| then |a|b|
        names = ([c.strip() for c in lines[i].strip().strip("|").split("||")] if wiki else
                 [c for c, _, _ in md_cells(lines[i], 0)])
        columns = {k: f for k, f in ((k, family_of(c)) for k, c in enumerate(names)) if f} \
            if len(names) >= 2 and all(_is_header(c) for c in names) else {}
        if not columns or not (wiki or md_rule(lines[i + 1])):
            i += 1
            continue
        i += 1 if wiki else 2
        for _ in range(MAX_ROWS):
            if i >= len(lines):
                break
            cells = list(md_cells(lines[i], starts[i]))
            if len(cells) < len(names):
                break
            for k, family in columns.items():
                value, s, e = cells[k]
                if value and valid(value, family):
                    out.append((s, e, family))
            i += 1
    return out


# ---- HTML tables ----------------------------------------------------------------------------------
def _html_tables(text: str, family_of, valid) -> list[Span]:
    """``<tr><th>Account</th><th>Password</th></tr>`` then ``<tr><td>…</td>…</tr>`` rows (a wiki's
    or an export's table): the cells under a credential heading. One pass with ``str.find``."""
    out: list[Span] = []
    low = text.lower()
    columns: dict[int, str] = {}
    pos, rows = 0, 0
    while rows < MAX_ROWS:
        start = low.find("<tr", pos)
        if start < 0:
            break
        end = low.find("</tr>", start)
        end = len(text) if end < 0 else end
        pos, rows = end + 1, rows + 1
        if end - start > MAX_TUPLE:
            continue                                    # not a table row a person wrote: skipped, bounded
        cells = list(_html_cells(text, low, start, end))
        if cells and all(tag == "th" for tag, *_ in cells):
            names = [v for _, v, _, _ in cells]
            columns = {k: f for k, f in ((k, family_of(n)) for k, n in enumerate(names))
                       if f and _is_header(names[k])}
            continue
        for k, family in columns.items():
            if k < len(cells) and cells[k][0] == "td":
                _, value, s, e = cells[k]
                if value and valid(value, family):
                    out.append((s, e, family))
    return out


def _html_cells(text: str, low: str, start: int, end: int) -> Iterator[tuple[str, str, int, int]]:
    """(tag, value, start, end) of each <th>/<td> of a row whose text has no markup inside."""
    pos = start
    while True:
        i = min((j for j in (low.find("<th", pos, end), low.find("<td", pos, end)) if j >= 0), default=-1)
        if i < 0:
            return
        tag = low[i + 1:i + 3]
        open_end = low.find(">", i, end)
        close = low.find(f"</{tag}>", open_end, end) if open_end >= 0 else -1
        if close < 0:
            return
        inner = text[open_end + 1:close]
        value = inner.strip()
        s = open_end + 1 + inner.find(value) if value else open_end + 1
        yield tag, ("" if "<" in value else value), s, s + len(value)
        pos = close + len(tag) + 3


# ---- SQL INSERT -----------------------------------------------------------------------------------
def _inserts(text: str, family_of, valid, find_inserts) -> list[Span]:
    """``INSERT INTO t (a, api_key) VALUES ('x', 'v'), (...)``: ``find_inserts`` gives, for each
    statement, the span of its column list and where its VALUES tuples start."""
    out: list[Span] = []
    for cols_start, values_start in find_inserts(text):
        close = text.find(")", cols_start)
        if close < 0:
            continue
        names = [c.strip().strip('`"[]') for c in text[cols_start:close].split(",")]
        wanted = {i: f for i, f in ((i, family_of(c)) for i, c in enumerate(names)) if f}
        if not wanted:
            continue
        pos = values_start
        for _ in range(MAX_ROWS):
            tuple_values, pos = _sql_tuple(text, pos)
            if tuple_values is None:
                break
            for i, family in wanted.items():
                if i < len(tuple_values) and tuple_values[i] is not None:
                    s, e = tuple_values[i]
                    if valid(text[s:e], family):
                        out.append((s, e, family))
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            if pos >= len(text) or text[pos] != "(":
                break
    return out


def _sql_tuple(text: str, pos: int) -> tuple[list[tuple[int, int] | None] | None, int]:
    """The string spans of one ``( ... )`` tuple starting at ``pos`` (None for non-strings)."""
    if pos >= len(text) or text[pos] != "(":
        return None, pos
    values: list[tuple[int, int] | None] = []
    current: tuple[int, int] | None = None
    depth, i, end = 1, pos + 1, min(len(text), pos + MAX_TUPLE)
    while i < end:
        c = text[i]
        if c == "'":
            j = i + 1
            while j < end:
                if text[j] == "'":
                    if j + 1 < end and text[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            current = (i + 1, j)
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                values.append(current)
                return values, i + 1
        elif c == "," and depth == 1:
            values.append(current)
            current = None
        i += 1
    return None, i
