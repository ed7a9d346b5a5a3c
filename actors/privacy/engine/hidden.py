"""Payloads hidden by an encoding that has no use but hiding: ASCII smuggled in Unicode tag
characters, in variation selectors behind an emoji or in zero-width bits; bytes written as Braille
cells, base100 emoji, octal numbers, UTF-16 code units, a byte array's hex or numbers, hex octets,
three-digit codes run together, UUID strings, uuencoded lines (one alone too), bzip2 in base64 or
Adobe's ASCII85; text flipped upside down, circled, spelled in the NATO
alphabet, in Morse, in regional-indicator letters or one character at a time ("small s, digit
five"), written as one escape per character, or with Greek and Cyrillic letters that look Latin;
bytes read as one big decimal or base-36 number; a MIME encoded-word; a punycode label.

Nobody writes a value this way to be read by a person, so what such a run decodes to is read as a
secret's value even with no name beside it (the generic value rules still decide: a word or a
sentence is not one). Each encoding is one alternative of a pattern in ``PATTERNS`` (an RE2 pass over
the text) and one decoder; what decodes is given back with the run's span. Rarer binary-to-text
alphabets (``alphabets``), bytes packed a platform's way or in a named base (``packed``, ``radix``),
stated tables (``tables``) and values cut into pieces the text joins again (``pieces``) are later passes.
"""
from __future__ import annotations

import base64
import binascii
import bz2
import codecs
import html
import lzma
import quopri
import re
import unicodedata

from . import alphabets, numerals, packed, pieces, radix, spelling, tables
from . import views as V
from .alphabets import MAX_DIGITS, five_bit_text, number_text, printable, unpadded
from .packed import XZ_MEMLIMIT
from .programs import brainfuck

MIN_CHARS = 8          # a shorter payload holds no secret worth the look

# the letters of an upside-down text and what they are the right way up (the text is also reversed)
_FLIPPED = dict(pair for pair in (
    "ɐa qb ɔc pd ǝe ɟf ƃg ɓg ɥh ᴉi ıi ɾj ʞk ll ןl ɯm un oo dp bq ɹr ss ʇt nu ʌv ʍw xx ʎy zz "
    "∀A ꓭB ᗺB ƆC ᗡD ƎE ℲF ⅁G HH II ſJ ꓘK ˥L ⅂L WM NN OO ԀP ꝹQ ΌQ ᴚR SS ⊥T ꓕT ┴T ∩U ΛV MW XX ⅄Y ZZ "
    "00 Ɩ1 ᄅ2 Ɛ3 ㄣ4 ϛ5 96 ㄥ7 88 69").split())
_FLIP_ONLY = frozenset(c for c in _FLIPPED if not c.isascii())
_FLIP_CLASS = "".join(sorted(_FLIP_ONLY))
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# a value read out one character at a time: "small s, capital N, digit five, underscore"
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPELLED_SYMBOLS = {"underscore": "_", "dash": "-", "hyphen": "-", "minus": "-", "dot": ".", "period": ".",
                    "plus": "+", "slash": "/", "colon": ":", "equals": "=", "tilde": "~", "at sign": "@"}
_SPELLED = (r"(?:(?:small|capital|lower(?:[ \t]?case)?|upper(?:[ \t]?case)?)[ \t]+[a-z]\b|"
            r"(?:(?:digit|number)[ \t]+)?(?:" + "|".join(_DIGIT_WORDS) + r")\b|(?:digit|number)[ \t]+[0-9]|"
            + "|".join(sorted(_SPELLED_SYMBOLS, key=len, reverse=True)) + ")")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# one character a call, the calls joined by the language's concatenation: SQL's CHAR(80) + …, DAX's
# UNICHAR(100) & …, VBA's ChrW$(&H73) & …, Fortran's //
_CHAR_CALL = r"(?:\b(?i:UNICHAR|NCHAR|CHRW|CHAR|CHR|BYTE)\$?\((?:[0-9]{1,3}|&H[0-9A-Fa-f]{1,4})\)|\((?:char|wchar_t)\)[ \t]*(?:[0-9]{1,3}|0x[0-9A-Fa-f]{1,4}))"  # (Java/C: (char) 112)
CHAR_CHAIN = rf"(?:{_CHAR_CALL}[ \t]*(?:\+|//|\|\||&|\.|,)[ \t]*){{7,}}{_CHAR_CALL}"

_MORSE = dict(zip(
    ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
    "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. ..--.- -....- .-.-.- -...- .-.-. -..-. ---...".split(),
    "abcdefghijklmnopqrstuvwxyz0123456789_-.=+/:"))

# (name, RE2 pattern of the run). Group i + 1 of ``PATTERN`` is ``ENCODINGS[i]``.
ENCODINGS = (
    ("tag_characters", r"[\x{E0020}-\x{E007E}]{8,}"),
    # (with the emoji that carries them: the payload stands where the emoji does)
    ("variation_selectors", r"[^\x00-\x7f\x{FE00}-\x{FE0F}\x{E0100}-\x{E01EF}]?[\x{FE00}-\x{FE0F}\x{E0100}-\x{E01EF}]{8,}"),
    ("zero_width_bits", rf"[{_ZERO_WIDTH}]{{32,}}"),
    ("braille_bytes", r"[\x{2801}-\x{28FF}]{8,}"),
    ("base100_emoji", r"[\x{1F3F7}-\x{1F4F6}]{8,}"),
    # (a value's own marks may stand between them as they are: ⒨⒪⒱_🅀⒱🅃)
    ("enclosed_alphanumerics", r"[\x{2460}-\x{24FF}\x{2776}-\x{2793}\x{1F100}-\x{1F10A}\x{1F130}-\x{1F189}]"
                               r"(?:[\x{2460}-\x{24FF}\x{2776}-\x{2793}\x{1F100}-\x{1F10A}\x{1F130}-\x{1F189}]|[_.\-]){7,}"),
    ("upside_down", rf"[A-Za-z0-9_\-{_FLIP_CLASS}]*[{_FLIP_CLASS}][A-Za-z0-9_\-{_FLIP_CLASS}]{{2,}}"),
    ("nato_spelling", rf"(?i:\b{spelling.WORD}(?:[ \t]*[,-]?[ \t]+(?:{spelling.WORD}|[0-9])){{7,}}\b)"),   # (digits as themselves)
    ("html_entities", r"(?:&#[xX][0-9a-fA-F]{1,6};|&#[0-9]{1,7};){8,}"),
    ("named_escapes", r"(?:\\N\{[A-Za-z0-9 \-]{1,60}\}){8,}"),
    ("css_escapes", r"(?:\\0{0,4}[2-7][0-9a-fA-F][ \t]?){8,}"),
    ("percent_escapes", r"(?:%[2-7][0-9a-fA-F]){8,}"),
    ("long_unicode_escapes", r"(?:\\U000[0-9a-fA-F]{5}){8,}"),                 # Python's \U00000073
    ("percent_u_escapes", r"(?:%u[0-9a-fA-F]{4}){8,}"),                            # escape()'s %u006B
    # bytes as hex octets a colon or dash apart (a MAC's or fingerprint's bytes are no text)
    ("hex_octets", r"\b[0-9a-fA-F]{2}(?:[:\-][0-9a-fA-F]{2}){7,}\b"),
    # bytes as full IPv6 addresses (eight hextets each), two or more, the last padded with zeros
    ("ipv6_hextets", r"\b[0-9a-fA-F]{4}(?::[0-9a-fA-F]{4}){7}(?:[ \t,]+[0-9a-fA-F]{4}(?::[0-9a-fA-F]{4}){7})+\b"),
    ("decimal_triplets", r"\b(?:0[3-9][0-9]|1[01][0-9]|12[0-6]){8,}\b"),       # 088113066…: three digits a byte
    ("decimal_integer", r"\b[1-9][0-9]{24,}\b"),
    ("base36_integer", (r"""(?:\b(?:int|parseInt|parseBigInt|BigInt|SetString|BigInteger|Integer|Long)\b[\w.]*\(|"""
                        r"""\bnew[ \t]+BigInteger\()[ \t]*['"][0-9A-Za-z]{12,}['"][ \t]*,[ \t]*36[ \t]*\)|"""
                        r"""['"][0-9A-Za-z]{12,}['"]\.to_i\(36\)""")),      # int('…', 36), '…'.to_i(36)
    ("mime_encoded_word", r"=\?[A-Za-z0-9_\-]+\?[BbQq]\?[^?\s]{4,}\?="),
    # Lua's decimal escapes ("\104\102\95…"; an octal reading of the same is the views'), U+ code points
    ("decimal_escapes", r"(?:\\(?:1[01][0-9]|12[0-6]|[3-9][0-9])){8,}"),
    ("code_points", r"(?:\b[Uu]\+[0-9A-Fa-f]{4,6}[ \t,]*){8,}"),
    # UTF-32 code units as hex (big- or little-endian); the first code point, then signed differences;
    # a Brainfuck program of eight or more outputs
    ("utf32_hex", r"(?:000000[2-7][0-9a-fA-F]){8,}|(?:[2-7][0-9a-fA-F]000000){8,}"),
    ("delta_code_points", r"\b[0-9]{2,3}(?:[ \t]*,[ \t]*[+\-][0-9]{1,3}){7,}"),
    ("brainfuck", r"[+\-<>\[\]]{2,}(?:\.[+\-<>\[\]]*){8,}"),
    # (before the catch-all runs below: at one position, the first alternative that matches wins)
    ("morse_code", r"(?:[.\-]{1,6}[ \t]+(?:/[ \t]+)?){9,}[.\-]{1,6}"),
    # regional indicator symbols and keycap digits used as letters: 🇸🇰_🇴6️⃣…
    ("regional_letters", r"(?:[\x{1F1E6}-\x{1F1FF}]|[0-9]\x{FE0F}?\x{20E3}|[_\-.]){10,}"),
    ("uuencoded", r"begin[ \t]+[0-7]{3}[ \t]+[^\r\n]{1,200}\r?\n(?:[\x{21}-\x{60}][\x{20}-\x{60}]*\r?\n){1,400}"),
    # one uuencoded line alone, with no begin/end (its first character says how many bytes it holds), a
    # mark in it (a name in capitals is no such line)
    ("uuencoded_line", r"(?m:^)[ \t]*(?:(?:→|->)[ \t]*)?[!-M][0-9A-Z_]*[!-/:-@\[-^`][!-`]{9,84}[ \t]*(?m:$)"),
    ("bzip2_base64", r"\bQlpo[A-Za-z0-9+/]{24,}={0,2}"),
    ("adobe_ascii85", r"<~[!-u \t\r\n]{10,}~>"),
    # bytes as a hex array (xxd -i, a C initializer) or as numbers given to a byte array's constructor
    # (Java's signed bytes too): printable text is no binary data, but a string put out of grep's sight
    # (its braces too: what it decodes to stands where the array did, inside a URL as well)
    ("hex_byte_array", r"(?:\{[ \t]*)?(?:\b0[xX][0-9a-fA-F]{2}[ \t]*,[ \t\r\n]*){7,}0[xX][0-9a-fA-F]{2}\b(?:[ \t]*\})?"),
    ("byte_array_numbers", r"(?:\bnew[ \t]+byte[ \t]*\[\][ \t]*\{|\bbytes\(\[|\bbytearray\(\[|Buffer\.from\(\[|"
                           r"\[\]byte\{|Uint8Array\(\[|'\{)[ \t]*(?:-?[0-9]{1,3}[ \t]*,[ \t\r\n]*){7,}-?[0-9]{1,3}"),
    # bytes written as 8-bit groups, IPv4 addresses, UUIDs, SQL CHAR() calls, od -x's words (little-endian)
    ("binary_octets", r"(?:[01]{7,8}[ \t]+){7,}[01]{7,8}\b"),     # (no \b before: a JSON "\n" can touch it; 7-bit ASCII too)
    ("binary_letters", r"\b(?:[ab]{7,8}[ \t]+){7,}[ab]{7,8}\b|\b(?:[AB]{7,8}[ \t]+){7,}[AB]{7,8}\b"),   # Bacon's a and b for 0 and 1
    ("ipv4_quads", r"(?:\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}[\"']?[ \t]*,[ \t\r\n]*[\"']?){2,}"
                   r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b"),
    ("uuid_blocks", r"(?:\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}[\"']?[ \t]*[, \t][ \t\r\n]*[\"']?)*"
                    r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b"),     # (one alone too: random ones hold no text)
    ("sql_char_calls", CHAR_CHAIN),
    ("od_hex_words", r"(?:(?m:^)[0-7]{7}(?:[ \t]+[0-9a-f]{4}){1,8}[ \t]*\r?\n){2,}"),
    ("proquint", r"\b(?:[bdfghjklmnprstvz][aiou][bdfghjklmnprstvz][aiou][bdfghjklmnprstvz]-){5,}"
                 r"[bdfghjklmnprstvz][aiou][bdfghjklmnprstvz][aiou][bdfghjklmnprstvz]\b"),
    ("xz_base64", r"/Td6WFo[A-Za-z0-9+/]{20,}={0,2}"),
    ("crockford_base32", r"\b[0-9A-HJKMNP-TV-Z]{16,}\b"),
    ("spelled_characters", rf"(?i:\b{_SPELLED}(?:[ \t]*,[ \t]*{_SPELLED}){{7,}}\b)"),
    ("octal_bytes", r"(?:\b[0-3][0-7]{2}[ \t]+){7,}[0-3][0-7]{2}\b"),             # od -b
    ("utf16_units", r"(?:\b00[2-7][0-9a-fA-F][ \t]+){7,}00[2-7][0-9a-fA-F]\b"),    # 0070 0061 …
    ("utf16le_units", r"(?:\b[2-7][0-9a-fA-F]00[ \t]+){7,}[2-7][0-9a-fA-F]00\b"),  # 7000 6100 …: low byte first
    ("quoted_printable", r"(?:=[2-7][0-9A-Fa-f]){8,}"),
    ("punycode_label", r"\b(?i:xn--)[^\s./\\]{4,}"),
    ("mixed_script", r"[A-Za-z0-9\x{0370}-\x{04FF}]*[\x{0370}-\x{04FF}][A-Za-z0-9\x{0370}-\x{04FF}]*"),  # homoglyphs in a token
)
# the rarer alphabets, packings, tables and pieces, in passes of their own: one DFA for all of them grows
# its states several times slower than a few (0.93 s against 0.25 s over 8 MB of Python files, against
# 0.18 s against 0.07 s on a 220 KB HTML page; with the pieces too it outgrows its memory)
# (character codes as number words, in many languages: a pass of their own, their words' alternation beside the
# others' doubles the first pass's time)
NUMBERS = (("number_words", numerals.NUMBER_RUN),)
PASSES = (ENCODINGS, NUMBERS, alphabets.ENCODINGS, (*packed.ENCODINGS, *radix.ENCODINGS), tables.ENCODINGS, pieces.ENCODINGS,
          pieces.MARKED)
PATTERNS = tuple("|".join(f"({p})" for _, p in encodings) for encodings in PASSES)


MAX_RUN = 1 << 15      # characters of one run decoded (the patterns are unbounded: bounded repeats make RE2 slow;
                       # a named escape spends up to 40 of them on one character)


def decode(encoding: str, run: str) -> tuple[str, int, int] | None:
    """What ``run`` (a match of ``encoding``'s pattern) hides and where in it the payload stands (a
    run may start with the word that names its encoding), or None if it hides no text."""
    if len(run) > MAX_RUN:
        return None
    decoded = _DECODERS[encoding](run)
    decoded, start, end = decoded if isinstance(decoded, tuple) else (decoded, 0, len(run))
    if decoded is None or len(decoded.strip()) < MIN_CHARS or decoded == run:
        return None
    return decoded, start, end


def _tags(run: str) -> str:
    return "".join(chr(ord(c) - 0xE0000) for c in run)


def _selectors(run: str) -> str | None:
    return V.as_text(bytes(ord(c) - 0xFE00 if ord(c) < 0xFE10 else ord(c) - 0xE0100 + 16
                           for c in run if 0xFE00 <= ord(c) <= 0xFE0F or ord(c) >= 0xE0100))


def _bits(run: str) -> str | None:
    kinds = sorted(set(run))
    if len(kinds) == 3:        # a third kind between the bytes ("U+2060 between bytes"): each tried as that
        return next(filter(None, (_bits(run.replace(sep, "")) for sep in kinds if run.count(sep) * 8 <= len(run))), None)
    if len(kinds) != 2:
        return None
    for one in kinds:                                   # which of the two is the 1 is the writer's choice
        bits = "".join("1" if c == one else "0" for c in run)
        raw = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))
        text = printable(raw)
        if text is not None:
            return text
    return None


def _braille(run: str) -> str | None:
    return V.as_text(bytes(ord(c) - 0x2800 for c in run))


def _base100(run: str) -> str | None:
    if len(set(run)) < min(6, len(run) // 2):
        return None                                     # 👏👏👏👍👍🐶🐶🐶: a mood, not a payload
    return V.as_text(bytes(ord(c) - 0x1F3F7 for c in run))


def _enclosed(run: str) -> str:
    out = []
    for c in run:
        o = ord(c)
        if 0x1F130 <= o <= 0x1F189:                     # squared and negative letters: no NFKC form
            out.append(chr(ord("A") + (o - 0x1F130) % 26))
        elif 0x2776 <= o <= 0x2793:                     # dingbat circled digits ❶..❿
            out.append(str((o - 0x2776) % 10 + 1)[-1])
        elif 0x2474 <= o <= 0x24B5 or 0x1F100 <= o <= 0x1F10A:
            out.append(unicodedata.normalize("NFKC", c).strip("().,"))   # ⒨ (m), ⒋ 4., 🄀 0.: the letter or digit
        else:
            out.append(unicodedata.normalize("NFKC", c))
    return "".join(out)


def _upside_down(run: str) -> str | None:
    if sum(c in _FLIP_ONLY for c in run) < 3:
        return None                                     # ordinary letters: nothing is flipped
    return "".join(_FLIPPED.get(c, c) for c in reversed(run))


def _entities(run: str) -> str:
    return html.unescape(run)


def _named(run: str) -> str | None:
    try:
        return "".join(unicodedata.lookup(n) for n in re.findall(r"\\N\{([^}]+)\}", run))
    except KeyError:
        return None


def _escaped(pattern: str):
    """A decoder of one escape per character: each match of ``pattern`` holds a code in hex."""
    rx = re.compile(pattern)
    return lambda run: "".join(chr(int(h, 16)) for h in rx.findall(run))


_css = _escaped(r"\\([0-9a-fA-F]{1,6})[ \t]?")          # \000063, \63
_percent = _escaped(r"%([0-9a-fA-F]{2})")                  # %63
_quoted_printable = _escaped(r"=([0-9a-fA-F]{2})")         # =63: quoted-printable, every byte escaped
_units = _escaped(r"([0-9a-fA-F]{4})")                     # 0063 0061: UTF-16 code units
_units_le = _escaped(r"([0-9a-fA-F]{2})00")                 # 6300 6100: the same, little-endian


def _decimal(run: str) -> str | None:
    return number_text(int(run)) if len(run) <= MAX_DIGITS else None


def _base36(run: str) -> str | None:
    digits = re.search(r"['\"]([0-9A-Za-z]{12,})['\"]", run)
    return number_text(int(digits.group(1), 36)) if digits and len(digits.group(1)) <= MAX_DIGITS else None


def _mime(run: str) -> str | None:
    _charset, kind, body = run[2:-2].split("?", 2)
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4)) if kind in "Bb" else \
            quopri.decodestring(body.replace("_", " ").encode(), header=True)
    except (binascii.Error, ValueError):
        return None
    return V.as_text(raw)


def _crockford(run: str) -> str | None:
    return five_bit_text(run, _CROCKFORD)


def _spelled(run: str) -> str:
    out = []
    for item in re.split(r"[ \t]*,[ \t]*", run.lower()):
        words = item.split()
        if words[0] in ("small", "lower", "lowercase", "capital", "upper", "uppercase"):
            letter = words[-1]
            out.append(letter.upper() if words[0] in ("capital", "upper", "uppercase") else letter)
        elif words[0] in ("digit", "number", *_DIGIT_WORDS):     # "digit five", "five", "number 5"
            out.append(str(_DIGIT_WORDS.index(words[-1])) if words[-1] in _DIGIT_WORDS else words[-1])
        else:
            out.append(_SPELLED_SYMBOLS.get(item, ""))
    return "".join(out)


def _decimal_escapes(run: str) -> str | None:
    return printable(bytes(int(d) for d in run.split("\\")[1:]))


def _code_points(run: str) -> str | None:
    points = [int(p, 16) for p in re.findall(r"[Uu]\+([0-9A-Fa-f]{4,6})", run)]
    return "".join(map(chr, points)) if all(32 <= p < 0x110000 and not 0xD800 <= p < 0xE000 for p in points) else None


def _octal(run: str) -> str | None:
    return printable(bytes(int(o, 8) for o in run.split()))


def _hex_array(run: str) -> str | None:
    return printable(bytes(int(h, 16) for h in re.findall(r"0[xX]([0-9a-fA-F]{2})", run)))


def _morse(run: str) -> str | None:
    letters = [_MORSE.get(code) for code in run.replace("/", " ").split()]
    return None if None in letters else "".join(letters)


def _regional(run: str) -> str:
    return "".join(chr(ord(c) - 0x1F1E6 + 97) if 0x1F1E6 <= ord(c) <= 0x1F1FF else c
                   for c in run if c not in "\ufe0f\u20e3")


def uu_text(line: str) -> str | None:
    """One uuencoded line (its length character first) as text."""
    try:
        return V.as_text(binascii.a2b_uu(line))
    except binascii.Error:
        return None


_ARROWED = re.compile(r"^[ \t]*(?:(?:→|->)[ \t]*)?")


def _uu_line(run: str) -> tuple[str, int, int] | None:
    body = _ARROWED.sub("", run).rstrip()
    n = ord(body[0]) - 32 if body else 0
    if n <= 0 or len(body) != 1 + 4 * -(-n // 3):
        return None                                     # not as long as its length character says
    text = uu_text(body)
    start = run.index(body)
    return (text, start, start + len(body)) if text else None


def _uu(run: str) -> str | None:
    try:
        raw = b"".join(binascii.a2b_uu(line) for line in run.splitlines()[1:] if line.strip() not in ("", "`"))
    except binascii.Error:
        return None
    return V.as_text(raw)


def _decompressed(run: str, decompressor) -> str | None:
    """Compressed bytes in base64, at most MAX_RUN bytes of them out: a few KB of bzip2 or xz can
    expand to gigabytes."""
    try:
        return V.as_text(decompressor.decompress(base64.b64decode(run + "=" * (-len(run) % 4)), MAX_RUN))
    except (ValueError, OSError, EOFError, lzma.LZMAError):
        return None


def _utf32(run: str) -> str | None:
    units = [run[i:i + 8] for i in range(0, len(run) - 7, 8)]
    return _numbers_as_bytes([int(u[6:], 16) if run.startswith("000000") else int(u[:2], 16) for u in units])


def _deltas(run: str) -> str | None:
    numbers, total = [], 0
    for n in re.findall(r"[+\-]?[0-9]+", run):
        total = int(n) if not numbers else total + int(n)
        numbers.append(total)
    return _numbers_as_bytes(numbers)


def _numbers_as_bytes(numbers: list[int]) -> str | None:
    return unpadded(bytes(numbers)) if all(0 <= n < 256 for n in numbers) else None


def _od_words(run: str) -> str | None:
    words = [w for line in run.splitlines() for w in line.split()[1:]]
    return unpadded(b"".join(int(w, 16).to_bytes(2, "little") for w in words))


_QUINT_C, _QUINT_V = "bdfghjklmnprstvz", "aiou"


def _proquint(run: str) -> str | None:
    out = bytearray()
    for q in run.split("-"):
        n = 0
        for i, c in enumerate(q):
            n = (n << 4 | _QUINT_C.index(c)) if i % 2 == 0 else (n << 2 | _QUINT_V.index(c))
        out += n.to_bytes(2, "big")
    return unpadded(bytes(out))


def _ascii85(run: str) -> str | None:
    try:
        return V.as_text(V.inflated(base64.a85decode(run, adobe=True, ignorechars=b" \t\r\n")))   # (zlib first too)
    except ValueError:
        return None


def _punycode(run: str) -> str | None:
    """A label whose ASCII part is a value (``Nebula*Zephyr82``), not a name in another script (a
    country's top-level domain, a shop's name)."""
    try:
        decoded = codecs.decode(run[4:].encode("ascii"), "punycode")
    except (UnicodeError, ValueError):
        return None
    ascii_part = [c for c in decoded if c.isascii()]
    if not (any(c.isalpha() for c in ascii_part) and any(c.isdigit() or not c.isalnum() for c in ascii_part)):
        return None
    return decoded


def _mixed_script(run: str) -> str | None:
    if len(run) < 12 or run.isascii() or not any(c.isascii() and c.isalpha() for c in run):
        return None
    folded = run.translate(V.CONFUSABLE)
    return folded if folded.isascii() else None   # every non-Latin letter one that looks like a Latin one


_DECODERS = {
    "tag_characters": _tags, "variation_selectors": _selectors, "zero_width_bits": _bits,
    "braille_bytes": _braille, "base100_emoji": _base100, "enclosed_alphanumerics": _enclosed,
    "upside_down": _upside_down, "nato_spelling": spelling.decode, "html_entities": _entities, "named_escapes": _named,
    "number_words": numerals.number_words,
    "css_escapes": _css, "percent_escapes": _percent, "decimal_integer": _decimal, "base36_integer": _base36,
    "mime_encoded_word": _mime, "crockford_base32": _crockford, "spelled_characters": _spelled,
    "octal_bytes": _octal, "decimal_escapes": _decimal_escapes, "code_points": _code_points, "utf16_units": _units, "utf16le_units": _units_le,
    "quoted_printable": _quoted_printable, "punycode_label": _punycode,
    "long_unicode_escapes": _escaped(r"\\U([0-9a-fA-F]{8})"), "percent_u_escapes": _escaped(r"%u([0-9a-fA-F]{4})"),
    "decimal_triplets": lambda run: V.as_text(bytes(int(run[i:i + 3]) for i in range(0, len(run) - 2, 3))) if len(run) % 3 == 0 else None,
    "hex_octets": lambda run: V.as_text(bytes.fromhex(re.sub(r"[:\-]", "", run))), "uuencoded_line": _uu_line,
    "ipv6_hextets": lambda run: V.as_text(bytes.fromhex(re.sub(r"[:\s,]", "", run)).rstrip(b"\0")),
    "mixed_script": _mixed_script, "hex_byte_array": _hex_array, "byte_array_numbers": packed.byte_values,
    "morse_code": _morse, "regional_letters": _regional, "uuencoded": _uu, "adobe_ascii85": _ascii85,
    "bzip2_base64": lambda run: _decompressed(run, bz2.BZ2Decompressor()),
    "xz_base64": lambda run: _decompressed(run, lzma.LZMADecompressor(memlimit=XZ_MEMLIMIT)),
    "proquint": _proquint, "od_hex_words": _od_words, "utf32_hex": _utf32, "delta_code_points": _deltas,
    "brainfuck": brainfuck,
    "binary_octets": lambda run: _numbers_as_bytes([int(b, 2) for b in run.split()]),
    "binary_letters": lambda run: next(filter(None, (_numbers_as_bytes([int(b.lower().translate(t), 2) for b in run.split()])
                                                     for t in (str.maketrans("ab", "01"), str.maketrans("ab", "10")))), None),
    "ipv4_quads": lambda run: _numbers_as_bytes([int(n) for n in re.findall(r"[0-9]{1,3}", run)]),
    "uuid_blocks": lambda run: _numbers_as_bytes(list(bytes.fromhex("".join(re.findall(r"[0-9a-fA-F]{4,}", run))))),
    "sql_char_calls": lambda run: _numbers_as_bytes([int(h or x, 16) if h or x else int(d or c) for d, h, c, x in re.findall(
        r"\((?:([0-9]+)|&H([0-9A-Fa-f]+))\)|\)[ \t]*(?:([0-9]+)|0x([0-9A-Fa-f]+))", run)]),
    **pieces.DECODERS, **alphabets.DECODERS, **packed.DECODERS, **radix.DECODERS, **tables.DECODERS,
}
assert set(_DECODERS) == {name for encodings in PASSES for name, _ in encodings}
