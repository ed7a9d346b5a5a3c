"""Bytes packed or keyed the way a platform or a tool does it, for ``hidden``'s second pass: hex of
bytes with their two halves swapped, base64 under an alphabet the text gives, Cloudflare's e-mail
protection (the first byte keys the rest), SMS's 7-bit characters packed in octets (where the text
names GSM, a PDU or a modem's reply), an array of 32-bit words (decimal or hex) that are the text's bytes, character
codes in decimal or Roman numerals or spreadsheet column names separated by spaces (only what makes
a prefixed token), bzip2 in hex, YubiKey's modhex, RTF's hex escapes, TeX's \\char codes, a Ruby array packed into a
string, base85 and base36 where named, a firmware image's data record (Intel HEX, Motorola S-record).

Each entry of ``ENCODINGS`` is one alternative of the pass and has its decoder in ``DECODERS``; a
decoder gives the text, or ``(text, start, end)`` when only a part of the run is the payload.
"""
from __future__ import annotations

import base64
import binascii
import bz2
import lzma
import re

from .alphabets import MAX_DIGITS, NAMED_WITHIN, number_text, printable
from .views import as_text

XZ_MEMLIMIT = 1 << 24     # no dictionary above xz -6's: a header may ask for 1.5 GiB
_UNPACKED_MAX = 1 << 15   # bytes a compressed run may expand to

ENCODINGS = (
    # each byte's halves swapped (``b = (b << 4) | (b >> 4)``): text's high half, 2 to 7, comes second
    ("nibble_swapped_hex", r"\b(?:[0-9a-fA-F][2-7]){16,}\b"),
    # base64 under an alphabet the text gives ("base64 with custom alphabet k12lKSzB…"), then the data
    ("base64_custom_alphabet", rf"(?i:alphabet|b64|base-?64){NAMED_WITHIN}\b[A-Za-z0-9+/]{{64}}\b{NAMED_WITHIN}[A-Za-z0-9+/]{{16,}}={{0,2}}"),
    # base64 in bcrypt's alphabet (./A-Za-z0-9) or crypt(3)'s (./0-9A-Za-z), where the text names it
    ("base64_crypt_alphabet", rf"(?i:bcrypt|crypt\(3\)|itoa64|\./A-Za-z0-9|\./0-9A-Za-z){NAMED_WITHIN}(?:^|[^\w./])[./A-Za-z0-9]{{16,}}"),
    # Cloudflare's e-mail protection: the first byte is the key the rest is XORed with
    ("cloudflare_email", r"(?:data-cfemail=\\?[\"']|/cdn-cgi/l/email-protection#)[0-9a-fA-F]{18,}"),
    # SMS's GSM 7-bit alphabet packed into octets, where the text says so
    ("gsm7_packed_named", rf"(?i:gsm|7-bit|septet|\bpdu\b|tp-ud|\+cmg[rl]){NAMED_WITHIN}\b[0-9A-Fa-f]{{20,}}\b"),
    # character codes in decimal, one printable code after another, spaced ("103 104 112 95 …")
    ("decimal_codes_spaced", r"\b(?:(?:3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])[ \t]+){15,}(?:3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])\b"),
    # base85 (RFC 1924's alphabet, git's and Python's b85) where the text names it
    ("base85_named", rf"(?i:base-?85|\bb85|rfc[ \t]?1924){NAMED_WITHIN}[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{{|}}~]{{20,}}"),
    # base36 where named: the bytes as one big number
    ("base36_named", rf"(?i:base-?36){NAMED_WITHIN}\b[0-9a-zA-Z]{{20,}}\b"),
    # character codes in Roman numerals, spaced
    ("roman_codes", r"\b(?:[CLXVI]{1,9}[ \t]+){15,}[CLXVI]{1,9}\b"),
    # an array of 32-bit words (little-endian, the platforms' order, or big) that are the text's bytes
    ("uint32_words", r"[\[{(][ \t]*(?:[0-9]{9,10}[ \t]*,[ \t\r\n]*){3,}[0-9]{1,10}"),
    # a Polybius square's coordinates (row, column), where the text names it: 6×6 (a–z, 0–9) or 5×5 (no j)
    ("polybius_named", rf"(?i:polybius){NAMED_WITHIN}\b(?:[1-6][1-6][ \t,]+){{7,}}[1-6][1-6]\b"),
    ("uint32_hex_words", r"(?:\b0[xX][0-9a-fA-F]{8}[ \t]*,[ \t\r\n]*){3,}0[xX][0-9a-fA-F]{1,8}\b"),   # 0x617a4941, …
    # each byte as a spreadsheet's column name (A=1 … Z=26, AA=27 …: printable ASCII is AF to DV)
    ("spreadsheet_columns", r"\b(?:[A-D][A-Z][ \t,;]+){11,}[A-D][A-Z]\b"),
    # bzip2 written as hex ("BZh" is 425a68): compressed, then encoded, a value is hidden on purpose
    ("bzip2_hex", r"\b425[aA]68[0-9a-fA-F]{40,}\b"),
    # RTF's hex escapes (\'67\'68), TeX's \char codes, a Ruby array packed into a string
    ("rtf_hex_escapes", r"(?:\\'[0-9a-fA-F]{2}){8,}"),
    ("tex_char_codes", r"(?:\\char[ \t]?[0-9]{2,3}[ \t]*){8,}"),
    ("ruby_packed_array", r"\[[ \t]*(?:-?[0-9]{1,3}[ \t]*,[ \t\r\n]*){7,}-?[0-9]{1,3}[ \t]*\]\.pack\([ \t]*[\"'][cCU]\*[\"']"),
    # YubiKey's modhex: hex written in the sixteen letters cbdefghijklnrtuv
    ("modhex", r"\b(?:[cbdefghijklnrtuv]{2}){12,}\b"),
    # a firmware image's data record, its checksum right: Intel HEX (":10 0100 00 …") and Motorola's S1-S3
    ("intel_hex_record", r"\B:(?:[0-9A-Fa-f]{2}){13,}\b"),
    ("motorola_s_record", r"\bS[123](?:[0-9A-Fa-f]{2}){12,}\b"),
)


_STD_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


_CRYPT_ALPHABETS = tuple(str.maketrans(a, _STD_B64) for a in (
    "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",      # bcrypt's
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))     # crypt(3)'s itoa64


def base64_crypt(run: str):
    *_, last = re.finditer(r"[./A-Za-z0-9]{16,}", run)
    for table in _CRYPT_ALPHABETS:
        body = last.group().translate(table)
        try:
            text = printable(base64.b64decode(body + "=" * (-len(body) % 4)))
        except (binascii.Error, ValueError):
            continue
        if text:
            return text, last.start(), last.end()
    return None


def base64_custom(run: str):
    """The data translated from the alphabet the text gave (64 different characters) to base64's own."""
    alphabet = re.search(r"\b[A-Za-z0-9+/]{64}\b", run)
    if alphabet is None or len(set(alphabet.group())) != 64:
        return None
    data = re.search(r"[A-Za-z0-9+/]{16,}={0,2}", run[alphabet.end():])
    if data is None:
        return None
    body = data.group().translate(str.maketrans(alphabet.group(), _STD_B64))
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        return None
    text = printable(raw)
    start = alphabet.end() + data.start()
    return (text, start, start + len(data.group())) if text else None


def cloudflare_email(run: str):
    digits = re.search(r"[0-9a-fA-F]+$", run)
    raw = bytes.fromhex(digits.group()[:len(digits.group()) // 2 * 2])
    text = printable(bytes(b ^ raw[0] for b in raw[1:]))
    return (text, digits.start(), len(run)) if text else None


# the GSM 03.38 default alphabet (the escape and the Greek letters read as "?": no token holds them)
_GSM7 = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ?ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")


def gsm7_packed(run: str):
    """Septets packed low bits first; a PDU's user data may start with its length in septets (TP-UDL)."""
    digits = re.search(r"[0-9A-Fa-f]{20,}$", run)
    raw = bytes.fromhex(digits.group()[:len(digits.group()) // 2 * 2])
    for data, count in ((raw, len(raw) * 8 // 7), (raw[1:], raw[0])):
        if count > len(data) * 8 // 7:
            continue
        value = int.from_bytes(data, "little")
        text = "".join(_GSM7[(value >> (7 * i)) & 0x7F] for i in range(count)).rstrip("@")   # padding
        if text.isascii() and text.isprintable():
            return text, digits.start(), len(run)
    return None


def polybius(run: str):
    last = list(re.finditer(r"(?:[1-6][1-6][ \t,]+){7,}[1-6][1-6]", run))[-1]
    pairs = re.findall(r"[1-6][1-6]", last.group())
    for side, grid in ((6, "abcdefghijklmnopqrstuvwxyz0123456789"), (5, "abcdefghiklmnopqrstuvwxyz")):
        if all(int(p[0]) <= side and int(p[1]) <= side for p in pairs):
            return "".join(grid[(int(p[0]) - 1) * side + int(p[1]) - 1] for p in pairs), last.start(), last.end()
    return None


def uint32_words(run: str):
    numbers = [int(n, 16) for n in re.findall(r"0[xX]([0-9a-fA-F]+)", run)] or [int(n) for n in re.findall(r"[0-9]+", run)]
    if any(n >= 1 << 32 for n in numbers):
        return None
    for order in ("little", "big"):
        text = printable(b"".join(n.to_bytes(4, order) for n in numbers).rstrip(b"\0"))
        if text:
            return text
    return None


# what spaced decimal codes must make: a token with a prefix (a row of scores or ages is no text)
_PREFIXED = re.compile(r"[A-Za-z][A-Za-z0-9]{1,11}[_\-.][A-Za-z0-9_\-.]{12,}")


def decimal_codes(run: str) -> str | None:
    text = "".join(chr(int(n)) for n in run.split())
    return text if _PREFIXED.fullmatch(text) else None


_B85_RUN = re.compile(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}")


def base85_named(run: str):
    for m in _B85_RUN.finditer(run):
        body = m.group()
        try:
            raw = base64.b85decode(body + "~" * (-len(body) % 5))
        except ValueError:
            continue
        raw = raw[:len(raw) - (-len(body) % 5)] if len(body) % 5 else raw
        text = printable(raw) or _unpacked(raw)
        if text:
            return text, m.start(), m.end()
    return None


def _unpacked(raw: bytes) -> str | None:
    """Bytes xz or LZMA-alone (.lzma) compressed, as text; at most 32 KB of them out."""
    if raw[:1] not in (b"\x5d", b"\xfd"):       # .lzma's usual properties byte, xz's magic
        return None
    try:
        return as_text(lzma.LZMADecompressor(memlimit=XZ_MEMLIMIT).decompress(raw, _UNPACKED_MAX))
    except (lzma.LZMAError, EOFError):
        return None


def base36_named(run: str):
    *_, last = re.finditer(r"\b[0-9a-zA-Z]{20,}\b", run)
    if len(last.group()) > MAX_DIGITS:
        return None
    text = number_text(int(last.group(), 36))
    return (text, *last.span()) if text else None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def roman_codes(run: str) -> str | None:
    text = _code_text([_roman(n) for n in run.split()])
    return text if text and _PREFIXED.fullmatch(text) else None


def spreadsheet_columns(run: str) -> str | None:
    """Column names back to numbers, then to characters: only what makes a prefixed token (a row of
    two-letter codes, states or countries, is no text)."""
    text = _code_text([(ord(a) - 64) * 26 + ord(b) - 64 for a, b in re.findall(r"([A-D])([A-Z])", run)])
    return text if text and _PREFIXED.fullmatch(text) else None


def bzip2_hex(run: str) -> str | None:
    try:
        return as_text(bz2.BZ2Decompressor().decompress(bytes.fromhex(run[:len(run) // 2 * 2]), _UNPACKED_MAX))
    except (ValueError, OSError, EOFError):
        return None


def rtf_hex(run: str) -> str | None:
    return printable(bytes.fromhex("".join(re.findall(r"'([0-9a-fA-F]{2})", run))))


def tex_chars(run: str) -> str | None:
    return _code_text([int(n) for n in re.findall(r"[0-9]{2,3}", run)])


def _code_text(codes: list[int]) -> str | None:
    """Character codes as text, when every one is printable ASCII."""
    return "".join(map(chr, codes)) if all(32 <= c < 127 for c in codes) else None


def byte_values(run: str) -> str | None:
    """A byte array's numbers (Java's signed bytes too) as printable text: what a constructor or Ruby's
    ``[…].pack("c*")`` is given."""
    numbers = run.split("{", 1)[1] if "{" in run else run.split("[", 1)[1]     # past the constructor's name (Uint8Array)
    values = [int(n) for n in re.findall(r"-?[0-9]{1,3}", numbers)]
    if any(not -128 <= v <= 255 for v in values):
        return None
    return printable(bytes(v & 0xFF for v in values))


def modhex(run: str) -> str | None:
    return printable(bytes.fromhex(run.translate(_MODHEX)))


_MODHEX = str.maketrans("cbdefghijklnrtuv", "0123456789abcdef")


def intel_hex(run: str) -> str | None:
    raw = bytes.fromhex(run[1:])
    if raw[0] != len(raw) - 5 or raw[3] != 0 or sum(raw) & 0xFF:
        return None                         # (the count, a data record's type, the checksum)
    return printable(raw[4:-1])


def s_record(run: str) -> str | None:
    raw = bytes.fromhex(run[2:])
    if raw[0] != len(raw) - 1 or sum(raw) & 0xFF != 0xFF:
        return None
    return printable(raw[1 + int(run[1]) + 1:-1])      # (S1: a 2-byte address, S2: 3, S3: 4)


def nibble_swapped(run: str) -> str | None:
    return printable(bytes.fromhex("".join(run[i + 1] + run[i] for i in range(0, len(run) - 1, 2))))


DECODERS = {"nibble_swapped_hex": nibble_swapped, "base64_custom_alphabet": base64_custom, "base64_crypt_alphabet": base64_crypt,
            "cloudflare_email": cloudflare_email, "gsm7_packed_named": gsm7_packed, "uint32_words": uint32_words, "uint32_hex_words": uint32_words, "polybius_named": polybius,
            "decimal_codes_spaced": decimal_codes, "base85_named": base85_named, "base36_named": base36_named,
            "roman_codes": roman_codes, "spreadsheet_columns": spreadsheet_columns, "modhex": modhex,
            "rtf_hex_escapes": rtf_hex, "tex_char_codes": tex_chars, "ruby_packed_array": byte_values,
            "bzip2_hex": bzip2_hex, "intel_hex_record": intel_hex, "motorola_s_record": s_record}
assert set(DECODERS) == {name for name, _ in ENCODINGS}
