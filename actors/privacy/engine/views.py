"""Decoded views of a text: the text as a scanner should see it once what hides a secret from a
pattern is undone — Unicode tricks, escapes, encodings — each mapped back to the original.

A ``View`` is a string plus, for each of its characters, the span of the original it came from, so
a finding in the view replaces the right part of the original. Three kinds:

- **cleaned**: zero-width, bidi and soft-hyphen characters and ANSI colour codes dropped; compatibility
  forms (full-width, ligatures: NFKC) and look-alike letters folded to ASCII; line continuations, adjacent
  string literals ("ab" "cd", 'ab' + 'cd'; not printf's '%s' 'v') and captions' cues joined; inline HTML
  (and BBCode) tags taken out of a token; a token typed spaced out closed up; escapes decoded (\\uXXXX,
  \\xXX, \\NNN octal, HTML entities, quoted-printable, a shell's backslashes);
- **blobs**: base64, base64url, base32 and hex runs, and lists of character codes, that decode to
  text (after gunzip/zlib when that is what they hold); a finding in one replaces the whole run;
- **strict**: the text reversed, or rot13, or with a wrapped token's line break taken out — where
  only self-identifying formats count.

Only the parts of the text that need it are transformed (RE2 finds them, in linear time); the rest
is copied as it is. Decoded text is bounded per scan (``MAX_DECODED``).
"""
from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache

from . import bytekeys, ocr
from .alphabets import ebcdic_text

MAX_DEPTH, MAX_DECODED = 3, 1 << 20    # base64 inside base64 inside base64; characters of decoded text per scan
MIN_BLOB = 16                  # shorter runs decode to too little to hold a secret
PRINTABLE = 0.9                # share of printable characters that makes decoded bytes text

# characters that only hide things: zero-width, joiners, bidi controls, soft hyphen, BOM
INVISIBLE = frozenset(map(chr, [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E,
                                *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070),
                                0x3164, 0xFEFF, 0xFFA0, 0xFE0F, 0x20E3,   # (an emoji's selector, a keycap: 5️⃣ is 5)
                                # combining overlays: s̶t̶r̶u̶c̶k̶ through, u̲n̲d̲e̲r̲l̲i̲n̲e̲d̲ or overlined text is still the text
                                *range(0x0334, 0x0339), 0x0305, 0x0331, 0x0332, 0x0333, 0x033F,
                                0x20D2, 0x20D3, 0x20E5, 0x20EB]))
# letters that look like ASCII ones (Cyrillic, Greek) and that NFKC leaves alone
CONFUSABLE = str.maketrans("АВЕЅІЈКМНОРСТХУаеорсхуіјѕԁɡһԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοτνρ",
                           "ABESIJKMHOPCTXYaeopcxyijsdghqwABEZHIKMNOPTYXaotvp")
TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/~!=")

# Adjacent string literals joined ("ab" "cd", 'a' + 'b', "a" .. "b", 'a' || 'b')
JOIN_LITERALS = r"[^\s\"'=:(,\[{]([\"'])[ \t]*(?:(?:[+&]|\.\.?|\|\|)[ \t]*)?(?:\r?\n[ \t]*)?([\"'])[^\s,;)\]}]"
# What the cleaned view rewrites. Each alternative is one rewrite (see ``_rewrite``).
CLEAN_PARTS = (
    r"[^\x00-\x7f]+(?:[ \t]+[^\x00-\x7f]+)*",                  # non-ASCII: fold or drop (words of a line at once)
    r"\x1b\[[0-9;]{0,20}[A-Za-z]",                             # ANSI colour
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}",   # a surrogate pair: JSON's \ud83d\ude00
    r"\\[uU][0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[0-3][0-7]{2}",  # escapes (\040: octal, as .mysql_history writes)
    r"\\u\{[0-9a-fA-F]{1,6}\}",                                 # ES6 / Rust / Swift: \u{70}
    r"\]\]><!\[CDATA\[|<!\[CDATA\[|\]\]>",                          # a value cut into CDATA sections
    r"[!-~]\x08",                                               # overstrike (man pages): x\bx, typed over
    r"\\[nrt\"/]|\\\\",                                         # a string's escapes (JSON, JS, Python)
    r"\\\r?\n[ \t]*",                                          # a line continuation
    r"[a-z0-9_\-]\\[ac-eg-mo-qswyzA-TV-Z1-9]|[A-Z]\\[A-TV-Z1-9]",   # gh\p_: a shell escape in a token (not CORP\user)
    r"&#[0-9]{1,7};|&#[xX][0-9a-fA-F]{1,6};|&[A-Za-z]{2,8};",  # HTML entities
    r"=[0-9A-F]{2}|=\r?\n",                                    # quoted-printable
    r"%[uU][0-9a-fA-F]{4}",                                    # %u0041: JavaScript's escape(), IIS logs
    r"%s(?:\\n)?(['\"])[ \t]+['\"]",                             # printf '%s' 'v': a format, then its argument (kept apart)
    JOIN_LITERALS,
    r"[A-Za-z0-9_\-.+/~!]</?[A-Za-z][^<>\n]{0,100}>[^\s<\"'.,;:!?)\]]",  # a tag inside a token (not one a sentence's stop follows)
    r"</?(?:[a-z]{1,6}:)?(?:code|kbd|tt|samp|b|strong|em|i|mark|span|v)(?:[ \t][^<>\n]{0,80})?>|[\sA-Za-z0-9_\-.+/~!#@*]\[/?(?:b|u|code|color(?:=[#0-9A-Za-z]{1,20})?)\][\sA-Za-z0-9_\-.+/~!#@*,;:)]",  # inline formatting (ODF's text:span; BBCode's [b]; WebVTT's <v Speaker>)
    r"(?:[!-~][ ·]){12,}[!-~]",                              # t o k e n typed with spaces (or t·o·k·e·n)
    ocr.PATTERN,                                                # a label as OCR misread it: t0ken, sccrct
    r"\n\+[A-Za-z]",                                            # a diff's added line: read without its "+"
    r"(?:\r?\n)*(?:[0-9]{1,6}\r?\n)?(?:[0-9]{1,2}:)?[0-9]{2}:[0-9]{2}[,.][0-9]{3}[ \t]+-->[^\r\n]{5,80}\r?\n",  # a caption's cue
)
CLEAN_PATTERN = "|".join(CLEAN_PARTS)
# ... and the same but literals kept apart, as a file of quoted fields needs them (a pgbouncer
# userlist's "user" "password", sendmail's "U:…" "P:…"): read where the joining view differs
CLEAN_APART_PATTERN = "|".join(p for p in CLEAN_PARTS if p is not JOIN_LITERALS)
BASE64_RUN = r"[A-Za-z0-9+/_\-]{16,}={0,2}"                  # base64, base64url, base32, hex
BLOB_PATTERN = "|".join((
    BASE64_RUN,
    r"(?:\b\d{2,3}[ \t]*,[ \t]*){7,}\d{2,3}\b",                # 103, 104, 112, ...
    r"(?:\b0[xX][0-9a-fA-F]{2}[ \t]*,[ \t]*){7,}0[xX][0-9a-fA-F]{2}\b",   # 0x68, 0x66, 0x5f, ... (a C or Java array)
    r"(?:chr\(\d{2,3}\)[ \t]*[+.][ \t]*){7,}chr\(\d{2,3}\)",    # chr(103) + chr(104) + ..., PHP's chr(103).chr(104)
    r"(?:CHAR\(\d{2,3}\)[ \t]*\+[ \t]*){7,}CHAR\(\d{2,3}\)",  # T-SQL: CHAR(115)+CHAR(107)+...
    r"(?:ChrW?\(\d{2,3}\)[ \t]*&[ \t]*){7,}ChrW?\(\d{2,3}\)",    # VBA: ChrW(115) & ChrW(107) & ...
    r"(?:[0-9a-fA-F]{2}:){15,}[0-9a-fA-F]{2}",                 # 68:76:73:2e: an openssl-style hex dump
    r"hex(?:\([0-9a-fA-F]\))?:(?:[0-9a-fA-F]{2},(?:\\\r?\n[ \t]*)?){7,}[0-9a-fA-F]{2}",   # regedit's hex:…, hex(2):… (UTF-16LE)
    r"(?:b85decode\([ \t]*b?[\"']|\(base85\)[ \t]*:[ \t]*)[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}",   # named base85
    r"begin[ \t]+[0-7]{3}[ \t]+[^\r\n]{1,64}\r?\n(?:[ -`]+\r?\n){1,40}`?\r?\nend",   # uuencode
    r"<~[!-u \t\r\n]{10,}~>",                                     # Adobe ascii85
    r"(?:\b[01]{8}[ \t]+){7,}[01]{8}\b",                           # 01110000 01110100 ...: bytes in bits
))


@dataclass(frozen=True, slots=True)
class View:
    text: str
    start: list[int] | None       # per character: the original offset it starts at (None: a blob)
    stop: list[int] | None        # per character: one past the original it came from
    span: tuple[int, int]         # the part of the original the view covers
    strict: bool = False          # only self-identifying formats count in it

    def place(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if self.start is None or end <= start:
            return self.span
        a, b = self.start[start], self.start[end - 1]     # a reversed view runs backwards
        return min(a, b), max(self.stop[start], self.stop[end - 1])


class _Out:
    """The view being built: text pieces and, per character, where it came from."""

    def __init__(self):
        self.parts: list[str] = []
        self.start: list[int] = []
        self.stop: list[int] = []

    def copy(self, text: str, a: int, b: int) -> None:
        if b > a:
            self.each(text[a:b], a)

    def each(self, s: str, a: int) -> None:
        """Character ``i`` of ``s`` stands for the original character ``a + i``."""
        self.parts.append(s)
        self.start.extend(range(a, a + len(s)))
        self.stop.extend(range(a + 1, a + len(s) + 1))

    def put(self, s: str, a: int, b: int) -> None:
        """``s`` stands for the original ``[a, b)``."""
        self.parts.append(s)
        self.start.extend([a] * len(s))
        self.stop.extend([b] * len(s))


def cleaned(text: str, finditer) -> View | None:
    """The cleaned view, or None when nothing in ``text`` needs cleaning. ``finditer(text)`` yields
    the (start, end, groups) of ``CLEAN_PATTERN`` in ``text``."""
    out = _Out()
    pos = 0
    qp = "=" in text and _quoted_printable(text)
    changed = False
    for a, b in finditer(text):
        if a < pos:
            continue
        piece = text[a:b]
        if not piece[0].isascii():
            changed = _fold_run(text, a, b, pos, out) or changed
            pos = b
            continue
        result = _rewrite(piece, qp)
        if result is None:
            continue
        keep_head, replacement, keep_tail = result
        out.copy(text, pos, a + keep_head)
        if replacement:
            out.put(replacement, a + keep_head, b - keep_tail)
        pos = b - keep_tail
        changed = True
    if not changed:
        return None
    out.copy(text, pos, len(text))
    return View("".join(out.parts), out.start, out.stop, (0, len(text)))


def cleaned_fully(text: str, finditer, passes: int = 3) -> View | None:
    """``cleaned`` again on its own output while it changes (an escape inside an escaped string,
    ``\\\\u0041`` in JSON), each view mapped back to ``text``."""
    view = cleaned(text, finditer)
    for _ in range(passes - 1):
        if view is None:
            break
        again = cleaned(view.text, finditer)
        if again is None:
            break
        view = View(again.text, [view.start[i] for i in again.start],
                    [view.stop[i - 1] for i in again.stop], view.span)
    return view


def _fold_run(text: str, a: int, b: int, pos: int, out: _Out) -> bool:
    """Copy ``text[pos:b]`` to ``out`` with each character of the non-ASCII run ``[a, b)`` folded
    (one character at a time, so that a finding maps back to its own characters); whether any was."""
    run = text[a:b]
    folded_run = "".join(map(_fold_char, run))
    if folded_run == run:
        out.copy(text, pos, b)
        return False
    if len(folded_run) == len(run):       # one character for one (look-alikes, full-width): the run at once
        out.copy(text, pos, a)
        out.each(folded_run, a)
        return True
    changed = False
    for i in range(a, b):
        folded = _fold_char(text[i])
        if folded != text[i]:
            out.copy(text, pos, i)
            if folded:
                out.put(folded, i, i + 1)
            pos, changed = i + 1, True
    out.copy(text, pos, b)
    return changed


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return _fold(c)


def _rewrite(piece: str, qp: bool) -> tuple[int, str, int] | None:
    """(characters kept before, the replacement, characters kept after) for one match, or None."""
    c = piece[0]
    if "-->" in piece and c in "\r\n0123456789":              # SRT / WebVTT: the captions read as one text
        return 0, " ", 0
    if c == "\n":
        return 1, "", 1
    if len(piece) >= 4 and piece[1] in "\"'" and piece[-2] in "\"'":
        # joined literals ("%""d" too: not an escape); two different quotes join nothing (%'"u: no escape either)
        return (1, "", 1) if piece[-2] == piece[1] else None
    if c == "\x1b" or piece.endswith("\x08") or piece.startswith(("<![CDATA[", "]]>")):
        return 0, "", 0
    if c == "\\":
        if len(piece) == 2 and piece[1] in _SIMPLE_ESCAPES:
            return 0, _SIMPLE_ESCAPES[piece[1]], 0
        if piece[1:3] == "u{":
            return 0, _fold(chr(min(int(piece[3:-1], 16), 0x10FFFF))), 0
        if piece[1] in "uU" and len(piece) == 12:
            pair = (int(piece[2:6], 16) - 0xD800) * 0x400 + int(piece[8:12], 16) - 0xDC00 + 0x10000
            return 0, _fold(chr(pair)), 0
        if piece[1] in "uU":
            return 0, _fold(chr(int(piece[2:6], 16))), 0      # \uff21 is a full-width A: fold it too
        if piece[1] == "x":
            return 0, chr(int(piece[2:4], 16)), 0
        if len(piece) == 4 and piece[1] in "0123":
            return 0, chr(int(piece[1:], 8)), 0
        return 0, "", 0                                     # a line continuation
    if len(piece) == 3 and piece[1] == "\\":
        return (1, "", 1) if piece[2] not in "nrtbfv0" else None
    if c == "%":
        return None if piece[1] == "s" else (0, _fold(chr(int(piece[2:6], 16))), 0)
    if c == "&":
        decoded = html.unescape(piece)
        return None if decoded == piece else (0, _fold(decoded), 0)
    if c == "=":
        if not qp:
            return None
        return (0, "", 0) if piece[1] in "\r\n" else (0, chr(int(piece[1:3], 16)), 0)
    if ("<" in piece[1:3] and piece.endswith(">" + piece[-1])) or (piece[1] == "[" and piece[-2] == "]"):
        return 1, "", 1                                     # (an HTML or a BBCode tag: what is either side of it kept)
    if c == "<":
        return 0, "", 0
    if len(piece) >= 25 and piece[1] in " \u00b7":
        return 0, piece[::2], 0
    word = ocr.reread(piece)
    return None if word is None else (0, word, 0)


def _fold(s: str) -> str:
    """Invisible characters dropped, compatibility forms and look-alikes as the ASCII they show."""
    return "".join("" if c in INVISIBLE else unicodedata.normalize("NFKC", c).translate(CONFUSABLE) for c in s)


_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "/": "/", "\\": "\\"}


def _quoted_printable(text: str) -> bool:
    """Text that uses quoted-printable (=3D, =20, soft breaks), not merely key=value lines (nor a
    query's dates: ``?sv=2022-11-02&se=2030-…`` is no pair of encoded spaces)."""
    if "quoted-printable" in text[:4096].lower():
        return True
    hits = text.count("=3D") + len(_QP_SPACE.findall(text)) + text.count("=\n") + text.count("=0A")
    return hits >= 2


_QP_SPACE = re.compile(r"=20(?![0-9])")


# ---- blobs ------------------------------------------------------------------------------------------
def decode_blob(run: str) -> str | None:
    """``run`` decoded (hex, base32, base64/base64url, character codes; then gunzip/zlib), if that
    gives text."""
    if run.startswith(("b85decode", "(base85)")):
        body = re.sub(r"""^[ \t]*b?["']""", "", run.split("(", 1)[1]) if run[0] == "b" else run.split(":", 1)[1].strip()
        return as_text(inflated(_try(lambda: base64.b85decode(body)) or b"")) or None
    if run.startswith("begin"):
        return as_text(_uudecode(run))
    if run.startswith("<~"):
        return as_text(_try(lambda: base64.a85decode(run, adobe=True, ignorechars=b" \t\r\n")) or b"")
    if len(run) > 8 and not run.strip("01 \t") and all(len(b) == 8 for b in run.split()):
        return as_text(bytes(int(b, 2) for b in run.split()))
    if re.match(r"hex(?:\([0-9a-fA-F]\))?:[0-9a-fA-F]{2},", run):     # (not a base64 run that starts "hex…")
        raw = bytes(int(h, 16) for h in re.findall(r"[0-9a-fA-F]{2}", run.split(":", 1)[1]))
        while raw.endswith(b"\0\0"):
            raw = raw[:-2]          # REG_SZ's and REG_EXPAND_SZ's terminator
        return as_text(raw)
    if "," in run or "chr(" in run or "CHAR(" in run or "Chr(" in run or "ChrW(" in run:
        return _char_codes(run)
    for raw in _decodings(run):
        if raw is None or len(raw) < 6:
            continue
        raw = inflated(_der_string(raw))
        if not raw:
            continue
        text = as_text(raw)
        if text is None and (deflated := _raw_inflated(raw)):
            text = as_text(deflated)
        if text is None:
            text = bytekeys.unkeyed(raw) or ebcdic_text(raw)
        if text is not None:
            return text
    return None


_COMPRESSED = (b"\x1f\x8b", b"x\x9c", b"x\x01", b"x\xda", b"x^")    # gzip's and zlib's first bytes


def compressed(run: str) -> bool:
    """Whether ``run`` encodes a gzip or zlib stream: compressed, then encoded, a value is hidden on
    purpose (nobody compresses forty bytes for a reader)."""
    return any(raw is not None and raw[:2] in _COMPRESSED for raw in _decodings(run))


def _der_string(raw: bytes) -> bytes:
    """The contents of one ASN.1 DER string (OCTET, UTF8, Printable, IA5, Visible, BMP), else ``raw``:
    its tag and length are no text."""
    if raw[0] in (0x04, 0x0C, 0x13, 0x16, 0x1A, 0x1E) and len(raw) > 2:
        head = 2 if raw[1] < 0x80 else 2 + (raw[1] & 0x7F) if raw[1] in (0x81, 0x82) else 0
        if head and int.from_bytes(raw[2:head] if head > 2 else raw[1:2], "big") == len(raw) - head:
            return raw[head:]
    return raw


def inflated(raw: bytes) -> bytes:
    """``raw`` gunzipped or inflated when that is what it holds (b"" if it claims to and is not)."""
    if raw[:2] not in _COMPRESSED:
        return raw
    try:
        return zlib.decompressobj(47).decompress(raw, MAX_DECODED)   # 47: zlib or gzip
    except zlib.error:
        return b""


def _raw_inflated(raw: bytes) -> bytes:
    """Deflate without a header (PHP's gzinflate, zlib's wbits -15), or b"" if it is not."""
    try:
        d = zlib.decompressobj(-15)
        out = d.decompress(raw, MAX_DECODED)
        # (random bytes often inflate to a byte or two and stop: a stream must end where its input does)
        return out if d.eof and not d.unused_data and len(out) >= 8 else b""
    except zlib.error:
        return b""


def _uudecode(run: str) -> bytes:
    out = b""
    for line in run.splitlines()[1:]:
        if line in ("`", "end", ""):
            break
        out += _try(lambda line=line: binascii.a2b_uu(line)) or b""
    return out


def _decodings(run: str):
    if ":" in run:
        run = run.replace(":", "")          # 68:76:73:…: hex with colons
    if run[:2] in ("0x", "0X") and len(run) % 2 == 0 and all(c in "0123456789abcdefABCDEF" for c in run[2:]):
        run = run[2:]                       # 0x646f...: hex with its prefix
    stripped = run.rstrip("=")
    if len(run) % 2 == 0 and all(c in "0123456789abcdefABCDEF" for c in run):
        yield _try(lambda: binascii.unhexlify(run))
    if len(stripped) >= MIN_BLOB and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in stripped):
        yield _try(lambda: base64.b32decode(stripped + "=" * (-len(stripped) % 8)))
    pad = "=" * (-len(stripped) % 4)
    if "-" in run or "_" in run:
        yield _try(lambda: base64.urlsafe_b64decode(stripped + pad))
    else:
        yield _try(lambda: base64.b64decode(stripped + pad, validate=True))


def _try(fn):
    try:
        return fn()
    except (binascii.Error, ValueError):
        return None


def as_text(raw: bytes) -> str | None:
    """``raw`` as text (UTF-8, or UTF-16 as PowerShell and Java write it), if it mostly prints."""
    if len(raw) >= 8 and raw[1::2].count(0) * 10 >= 9 * (len(raw) // 2):
        raw = raw.decode("utf-16-le", "replace").encode()   # PowerShell's -EncodedCommand: UTF-16LE
    elif len(raw) >= 8 and raw[0::2].count(0) * 10 >= 9 * (len(raw) // 2):
        raw = raw.decode("utf-16-be", "replace").encode()   # Java's and UTF-7's UTF-16
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in text)
    return text if printable >= PRINTABLE * len(text) else None


def _char_codes(codes: str) -> str | None:
    values = []
    for c in re.sub(r"chr\(|CHAR\(|ChrW?\(|\)", "", codes).replace("+", ",").replace(".", ",").replace("&", ",").split(","):
        c = c.strip()
        hexa = c[:2] in ("0x", "0X") and len(c) == 4
        if not (hexa or c.isdigit()):
            return None
        values.append(int(c, 16 if hexa else 10))
    if len(values) < 8 or not all(32 <= v < 127 for v in values):
        return None
    return "".join(map(chr, values))


# ---- strict views -----------------------------------------------------------------------------------
def reversed_view(text: str) -> View:
    n = len(text)
    return View(text[::-1], list(range(n - 1, -1, -1)), list(range(n, 0, -1)), (0, n), strict=True)


ROT13 = {c: (c - b + 13) % 26 + b for b in (65, 97) for c in range(b, b + 26)}
ROT47 = str.maketrans({c: chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})


def translated_view(table: dict):
    """A view of the text with each character replaced by ``table``'s (rot13, rot47, a keyboard layout)."""
    def view(text: str) -> View:
        n = len(text)
        return View(text.translate(table), list(range(n)), list(range(1, n + 1)), (0, n), strict=True)
    return view


# A token broken over two lines (a chat client wrapping it, an IRC line limit): the run that ends
# one line, the break, a chat line's own prefix ("[12:01] <nick> ") or a quoted reply's ("> > ") and the
# run that starts the next.
WRAP_PATTERN = (r"[A-Za-z0-9_\-]{6,}(\r?\n(?:\[[0-9:]{4,8}\][ \t]*<[^>\r\n]{1,32}>[ \t]*|[ \t]*(?:>[ \t]?)*))"
                r"[A-Za-z0-9_\-]{4,}")


def joined_view(text: str, breaks: list[tuple[int, int]]) -> View:
    """``text`` with each of ``breaks`` (start, end) taken out: strict — only a self-identifying
    format may be found across a break, since any two words can be joined into something."""
    out = _Out()
    pos = 0
    for a, b in breaks:
        out.copy(text, pos, a)
        pos = b
    out.copy(text, pos, len(text))
    return View("".join(out.parts), out.start, out.stop, (0, len(text)), strict=True)
