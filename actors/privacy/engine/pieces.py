"""A value cut into pieces that the text puts back together, for ``hidden``: shell variables each
holding a piece, joined by one assignment (``v1='e_51EY';v0='sk_liv'; tok="${v0}${v1}"``); a JSON
object mapping each piece's index to it, keys in any order; numbered pieces (``5:FGasJ 1:hf_zZ …``); pieces separated by ``|`` and written in
reverse order (the short last piece then stands first); quoted pieces in a row with nothing but
punctuation, numbers and line breaks between them (a YAML list, an array, SQL rows ``(2, '…')``,
literals joined by ``+``); one character a line, or at a time with the same marks between (``t.v.l.y``,
``["e", "2"]``, table cells, ``[e][2]``); a language's character literals (Lisp's ``#\\h``, Erlang's
``$h``); PowerShell's format operator (``'{1}{0}' -f 'b','a'``); pieces each with its index (JSON objects, XML
elements, SQL and CSV rows, INI keys, a chat's or a log's numbered lines) or after its length (bencode, netstrings, a chunked body); a line's first character (an
acrostic); groups of four separated by spaces.

Each entry of ``ENCODINGS`` is one alternative of hidden's second RE2 pass and has its decoder in
``DECODERS``: what a run decodes to is the pieces joined.
"""
from __future__ import annotations

import json
import re

_NAME = r"[A-Za-z_][A-Za-z0-9_]{0,15}"
_PIECE = r"""(?:'[^'\s]{1,32}'|"[^"\s$`\\]{1,32}")"""
_QUOTED = r"""(?:"[A-Za-z0-9_\-.+/=]{2,16}"|'[A-Za-z0-9_\-.+/=]{2,16}')"""
_BETWEEN = r"""[^A-Za-z"'\r\n]{0,8}(?:\r?\n[^A-Za-z"'\r\n]{0,12})?"""    # `", "`, `"\n  - "`, `'),\n  (2, '`
_INDEXED = r'''"[0-9]{1,3}"[ \t]*:[ \t]*"[^"\\\r\n]{1,32}"'''

ENCODINGS = (
    ("shell_variable_pieces", rf"(?:\b{_NAME}={_PIECE}[ \t]*(?:;|\r?\n)?[ \t]*){{3,}}"
                              rf"(?:(?:export|local|declare|readonly|typeset)[ \t]+)?\b{_NAME}=\"(?:\$\{{{_NAME}\}}|\${_NAME}){{3,}}\""),
    ("indexed_pieces", rf"\{{[ \t\r\n]*{_INDEXED}(?:[ \t]*,[ \t\r\n]*{_INDEXED}){{3,}}[ \t\r\n]*\}}"),
    ("pipe_separated_pieces", r"(?:^|[\s'\"`(=:>\[])(?:[^\s|'\"]{1,12}\|){3,}[^\s|'\"]{1,12}(?:$|[\s'\"`),<\]])"),
    ("quoted_sequence_pieces", rf"{_QUOTED}(?:{_BETWEEN}{_QUOTED}){{3,}}"),
    # one character a line ("sending the key one char per line"), a chat's burst of messages
    ("one_character_lines", r"(?:(?m:^)[ \t]*[A-Za-z0-9_\-.][ \t]*\r?\n){16,}"),
    # one character at a time with the same marks between: t.v.l.y, ["e", "2", …], | s | b |, [e][2], x*o*x*b
    ("single_characters_apart", r"(?:[\"'\[|]?[ \t]*[A-Za-z0-9_\-][ \t]*[\"'\]]?[ \t]*[.,|;:/*~#+^][ \t]*|\[[A-Za-z0-9_\-]\]){15,}"
                                r"[\"'\[|]?[ \t]*[A-Za-z0-9_\-][ \t]*[\"'\]|]?"),
    # an acrostic: the first character of each line ("g - rotate the staging box")
    ("line_initials", r"(?:(?m:^)[ \t]*[A-Za-z0-9_\-][ \t]+[-–:)|][^\r\n]*\r?\n){16,}"),
    # (last: four characters and a space is what other runs are made of too)
    ("space_grouped_pieces", r"\b(?:[A-Za-z0-9_\-]{1,3}[ \t])?(?:[A-Za-z0-9_\-]{4}[ \t]){5,}[A-Za-z0-9_\-]{1,4}"
                             r"(?:[^A-Za-z0-9_\-]|$)"),     # (not \b: a group may end in "-")
)
# pieces each marked — by an index, a length or a language's literal syntax — in a pass of their own
# (in one automaton with the runs above RE2's states grow several times slower)
ERLANG_CHARACTERS = r"(?:\$[!-~][ \t]*,[ \t]*){7,}\$[!-~]"     # $h,$f,…
MARKED = (
    # pieces with their number, in any order: "5:FGasJ 6:ohOQA 1:hf_zZ …"
    ("numbered_pieces", r"\b(?:[0-9]{1,2}:[^\s:,;]{1,16}[ \t,;]+){3,}[0-9]{1,2}:[^\s:,;]{1,16}"),
    # a language's character literals in a list: Lisp's #\h #\f, Erlang's $h,$f
    ("character_literals", r"(?:#\\[!-~][ \t]+){7,}#\\[!-~]|" + ERLANG_CHARACTERS),
    # PowerShell's format operator placing pieces by index: '{0}{2}{1}' -f 'a','b','c'
    ("format_operator_pieces", r"['\"](?:\{[0-9]{1,2}\})+['\"][ \t]*-[fF][ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")"
                               r"(?:[ \t]*,[ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")){1,63}"),
    # pieces each with its index, in any order: JSON objects, XML elements, SQL rows, CSV rows, INI keys
    ("indexed_records", r"(?:\{[ \t]*\"[a-z]{1,8}\"[ \t]*:[ \t]*[0-9]{1,2}[ \t]*,[ \t]*\"[a-z]{1,8}\"[ \t]*:[ \t]*\"[^\"\r\n]{1,64}\"[ \t]*\}"
                        r"[ \t]*,?[ \t\r\n]*){3,}|"
                        r"(?:<[\w:]{1,12}[ \t]+[a-z]{1,8}=\"[0-9]{1,2}\"[ \t]+[a-z]{1,8}=\"[^\"\r\n]{1,64}\"[ \t]*/?>[ \t\r\n]*){3,}|"
                        r"(?:\([ \t]*[0-9]{1,2}[ \t]*,[ \t]*'[^'\r\n]{1,64}'[ \t]*\)[ \t]*,?[ \t\r\n]*){3,}|"
                        r"(?:(?m:^)[0-9]{1,2},[^,\s]{1,64}[ \t]*\r?\n){2,}[0-9]{1,2},[^,\s]{1,64}|"
                        r"(?:(?m:^)[ \t]*[A-Za-z_]{1,12}[0-9]{1,2}[ \t]*=[ \t]*[^\s]{1,64}[ \t]*\r?\n){2,}[ \t]*[A-Za-z_]{1,12}[0-9]{1,2}[ \t]*=[ \t]*[^\s]{1,64}"),
    # pieces numbered in a chat's or a log's lines, other lines between: "part 1/3: …", "(2 of 3): …", "keyfrag[1/3]=…"
    ("numbered_lines", r"(?i:\b\w*(?:part|frag|piece|chunk)\w*[ \t]*\[?[0-9]{1,2}(?:[ \t]*(?:/|of)[ \t]*[0-9]{1,2})?\]?[ \t]*[:=]|"
                       r"\([0-9]{1,2}[ \t]+of[ \t]+[0-9]{1,2}\)[ \t]*:)[^\r\n]*(?:\r?\n[^\r\n]*){1,6}"),
    # pieces each after its length: bencode's list (l27:…27:…e), netstrings (3:abc,3:def,), HTTP/1.1's chunked body
    ("length_prefixed_pieces", r"\bl?[0-9]{1,3}:[^\s]{8,}|(?:\b[0-9a-fA-F]{1,4}\r?\n[^\r\n]{1,64}\r?\n){2,}0\b"),
)


def shell_variables(run: str) -> str | None:
    assignments, joined = run.rsplit("=", 1)[0], run.rsplit("=", 1)[1].strip('"')
    values = {m.group(1): m.group(2)[1:-1] for m in re.finditer(rf"\b({_NAME})=({_PIECE})", assignments)}
    refs = re.findall(rf"\$\{{({_NAME})\}}|\$({_NAME})", joined)
    names = [a or b for a, b in refs]
    if any(name not in values for name in names):
        return None
    return "".join(values[name] for name in names)


def numbered(run: str) -> str | None:
    """The pieces in their numbers' order, when the numbers count from 0 or 1 with none missing (not
    times, ratios or a list's own numbering of other things)."""
    pieces = {}
    for number, piece in re.findall(r"([0-9]{1,2}):([^\s:,;]+)", run):
        pieces.setdefault(int(number), piece)
    return _in_order(pieces, 4) or length_prefixed(run if run.endswith(",") else run + ",")   # netstrings: 10:…,7:…,


def _in_order(pieces: dict[int, str], at_least: int = 1) -> str | None:
    """The pieces joined in their numbers' order, when the numbers count from 0 or 1 with none missing
    (not the pieces of one value otherwise: a map of other numbers, times, a list's own numbering)."""
    keys = sorted(pieces)
    if len(keys) < at_least or keys != list(range(keys[0], keys[0] + len(keys))) or keys[0] not in (0, 1):
        return None
    return "".join(pieces[k] for k in keys)


def indexed(run: str) -> str | None:
    try:
        pieces = json.loads(run)
    except ValueError:
        return None
    return _in_order({int(k): v for k, v in pieces.items()})


_EDGE = frozenset(" \t\r\n'\"`(=:>[),<]")


def pipe_separated(run: str):
    """Pieces of one length, the one at the end shorter: in order. The shorter one first: written
    backwards, read right to left. All of one length: either way, one per line."""
    a = 1 if run[:1] in _EDGE else 0                    # the run stands on its own: not part of a longer one
    b = len(run) - 1 if run[-1:] in _EDGE else len(run)
    pieces = run[a:b].split("|")
    size = len(pieces[1])
    if size < 3 or any(len(p) != size for p in pieces[1:-1]) or len({p[0] for p in pieces}) == 1:
        return None       # (one first character for all: a regex's alternatives, A_Index|A_IPAddress1|…)
    first, last = len(pieces[0]) == size, len(pieces[-1]) == size
    if first and last:
        return "".join(pieces) + "\n" + "".join(reversed(pieces)), a, b
    if first and len(pieces[-1]) < size:
        return "".join(pieces), a, b
    if last and len(pieces[0]) < size:
        return "".join(reversed(pieces)), a, b
    return None


def _token_like(joined: str) -> bool:
    """What the pieces make is a token: a prefix that ends in ``_`` or ``-`` early, and a digit or
    both cases in it (four-letter words, a list of names, do not)."""
    return bool(re.search("[_-]", joined[:12])) and bool(re.search("[0-9]", joined) or (
        re.search("[a-z]", joined) and re.search("[A-Z]", joined)))


def quoted_sequence(run: str) -> str | None:
    """Quoted pieces of one length (the last one shorter) that make a token: a value cut to be put
    back together, from its first letter or digit. Not a list whose every item has a ``_`` or ``-``
    (locales, names, ids)."""
    parts = [a or b for a, b in re.findall(r"\"([^\"]*)\"|'([^']*)'", run)]
    size = len(parts[0])
    if size < 3 or not parts[0][0].isalnum() or any(len(p) != size for p in parts[:-1]) \
            or len(parts[-1]) > size or all(re.search("[_-]", p) for p in parts):
        return None
    joined = "".join(parts)
    return joined if _token_like(joined) else None


def _generated(joined: str) -> str | None:
    """What characters or pieces put together make, when it reads as a token or a generated value."""
    return joined if _token_like(joined) or _random_like(joined) else None


def _random_like(joined: str) -> bool:
    """Digits and both cases: a generated value, whatever its prefix (``AIza…``)."""
    return len(joined) >= 8 and bool(re.search("[0-9]", joined) and re.search("[a-z]", joined) and re.search("[A-Z]", joined))


def character_literals(run: str) -> str | None:
    joined = "".join(a or b for a, b in re.findall(r"#\\([!-~])|\$([!-~])", run))
    return _generated(joined)


def format_operator(run: str) -> str | None:
    fmt, args = run.split("-", 1)[0], run.split("-", 1)[1][1:]
    pieces = [a or b for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", args)]
    indices = [int(i) for i in re.findall(r"\{([0-9]{1,2})\}", fmt)]
    if any(i >= len(pieces) for i in indices):
        return None
    return "".join(pieces[i] for i in indices)


_INDEXED_PAIR = re.compile(r"\"[a-z]{1,8}\"[ \t]*:[ \t]*([0-9]{1,2})[ \t]*,[ \t]*\"[a-z]{1,8}\"[ \t]*:[ \t]*\"([^\"\r\n]*)\"|"
                           r"[a-z]{1,8}=\"([0-9]{1,2})\"[ \t]+[a-z]{1,8}=\"([^\"\r\n]*)\"|\([ \t]*([0-9]{1,2})[ \t]*,[ \t]*'([^'\r\n]*)'|"
                           r"(?m:^)[ \t]*(?:[A-Za-z_]{1,12})?([0-9]{1,2})[ \t]*[,=][ \t]*([^\s,]+)")


def indexed_records(run: str) -> str | None:
    """The pieces in their indices' order, when the indices count from 0 or 1 with none missing."""
    pieces: dict[int, str] = {}
    for m in _INDEXED_PAIR.finditer(run):
        number, piece = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7) if m.group(i) is not None)
        pieces.setdefault(int(number), piece)
    return _in_order(pieces, 3)


_NUMBERED_LINE = re.compile(r"(?i:part|frag\w*|piece|chunk)[ \t]*\[?([0-9]{1,2})(?:[ \t]*(?:/|of)[ \t]*[0-9]{1,2})?\]?[ \t]*[:=][ \t]*(\S+)|"
                            r"\(([0-9]{1,2})[ \t]+of[ \t]+[0-9]{1,2}\)[ \t]*:[ \t]*(\S+)")


def numbered_lines(run: str) -> str | None:
    pieces: dict[int, str] = {}
    for m in _NUMBERED_LINE.finditer(run):
        number, piece = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        pieces.setdefault(int(number), piece)
    joined = _in_order(pieces, 2)
    return _generated(joined) if joined else None


def length_prefixed(run: str) -> str | None:
    """Pieces each after its length, the lengths accounting for the whole run: bencode's list
    (``l3:abc3:defe``), netstrings (``3:abc,3:def,``) or a chunked body (hex sizes on their lines)."""
    if "\n" in run:
        lines = run.replace("\r", "").split("\n")
        sizes, chunks = lines[0:-1:2], lines[1::2]
        if all(int(size, 16) == len(chunk) for size, chunk in zip(sizes, chunks)):
            return "".join(chunks)
        return None
    bencode = run[0] == "l"                 # l…e, or netstrings: each piece followed by ","
    body, out, i = run[1:] if bencode else run, [], 0
    while i < len(body) and not (bencode and body[i] == "e"):
        colon = body.find(":", i)
        if colon < 0 or not (body[i:colon].isascii() and body[i:colon].isdigit()):   # (not "²": int() refuses it)
            return None
        end = colon + 1 + int(body[i:colon])
        if end > len(body) or (not bencode and body[end:end + 1] != ","):
            return None
        out.append(body[colon + 1:end])
        i = end + (0 if bencode else 1)
    whole = i == len(body) - 1 if bencode else i == len(body)    # the lengths account for the whole run
    return "".join(out) if whole and len(out) >= 2 else None


def one_character_lines(run: str) -> str | None:
    joined = "".join(run.split())
    return joined if _token_like(joined) else None


def single_characters(run: str) -> str | None:
    joined = "".join(re.findall(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-](?![A-Za-z0-9_\-])", run))
    return _generated(joined)


def line_initials(run: str) -> str | None:
    joined = "".join(line.strip()[:1] for line in run.splitlines() if line.strip())
    return joined if _token_like(joined) else None


def space_grouped(run: str) -> str | None:
    """Groups of four read out or printed for a person (``sk-h elic one- hjyn …``), or written right to
    left: a token's prefix ends in ``_`` or ``-`` early, and it holds a digit or both cases; four-letter
    words do not."""
    groups = re.findall(r"[A-Za-z0-9_\-]+", run)
    readings = ["".join(groups), "".join(reversed(groups))]
    tokens = [joined for joined in readings if _token_like(joined)]
    return "\n".join(tokens) or None


DECODERS = {"shell_variable_pieces": shell_variables, "indexed_pieces": indexed,
            "numbered_pieces": numbered, "pipe_separated_pieces": pipe_separated, "quoted_sequence_pieces": quoted_sequence,
            "one_character_lines": one_character_lines, "single_characters_apart": single_characters,
            "line_initials": line_initials, "character_literals": character_literals,
            "format_operator_pieces": format_operator, "indexed_records": indexed_records,
            "length_prefixed_pieces": length_prefixed, "numbered_lines": numbered_lines,
            "space_grouped_pieces": space_grouped}
assert set(DECODERS) == {name for name, _ in (*ENCODINGS, *MARKED)}
