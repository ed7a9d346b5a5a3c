"""Bytes written in the alphabet of a rarer binary-to-text encoding, for ``hidden``. Where the text
names the encoding (or gives the alphabet, or calls its decoder): basE91, a base-62 integer, base45,
base58, z-base-32, Z85, atbash. Everywhere: base32 with the extended-hex alphabet (padded), two bits
per nucleotide, base32 split into DNS labels in front of a zone, Bubble Babble, Intel HEX and
Motorola S-records, IPv6 addresses as bytes, a token typed with a Russian keyboard layout on,
character codes shifted by a constant, UTF-7's base64 runs, hex byte pairs (ASCII or EBCDIC), hex in
lines (``xxd -p``), xxencoded and yEnc blocks. (Bytes a platform packs its own way are in ``packed``.)

Each entry of ``ENCODINGS`` is one alternative of hidden's second RE2 pass and has its decoder in
``DECODERS``. A decoder gives the text, or ``(text, start, end)`` when only a part of the run (not
the label that named the encoding, not the zone after the labels) is the payload. The bytes-to-text
tests every such decoder needs (``printable``, ``unpadded``, ``number_text``, ``five_bit_text``)
are declared here for ``hidden`` too.
"""
from __future__ import annotations

import base64
import binascii
import re

from .checksums import b58decode

_B91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
_B91_INDEX = {c: i for i, c in enumerate(_B91)}
_B91_RUN = r"""[A-Za-z0-9!#$%&()*+,./:;<=>?@\[\]^_`{|}~"]{16,}"""
_B62 = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_XX_AS_UU = str.maketrans(_XX, "".join(chr(0x20 + i) for i in range(64)))
_NUCLEOTIDE = {"A": 0, "C": 1, "G": 2, "T": 3}
# what an EBCDIC value is written with: letters, digits, and - _ . @ / : = + ! $ * %
_EBCDIC_VALUE = frozenset([*range(0x81, 0x8A), *range(0x91, 0x9A), *range(0xA2, 0xAA), *range(0xC1, 0xCA),
                           *range(0xD1, 0xDA), *range(0xE2, 0xEA), *range(0xF0, 0xFA),
                           0x60, 0x6D, 0x4B, 0x7C, 0x61, 0x7A, 0x7E, 0x4E, 0x5A, 0x5B, 0x5C, 0x6C])
# from the word that names the encoding to the run it names: on that line or the next two
NAMED_WITHIN = r"[^\r\n]*?(?:\r?\n[^\r\n]*?){0,2}"      # (a comment line may stand between)
# ... or the run at the start of the line below it (or the one after: a blank or a comment between)
_BELOW = r"[^\r\n]*\r?\n(?:[^\r\n]*\r?\n)?[ \t]*"
_CODES = r"\[[ \t]*(?:[0-9]{2,3}[ \t]*,[ \t]*){7,}[0-9]{2,3}[ \t]*\]"     # [104,112,118,…]
_B58_RUN = "[1-9A-HJ-NP-Za-km-z]{16,}"
_XX_LINE = "[+\\-0-9A-Za-z]{9,86}"
_BITCOIN58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58S = ({}, str.maketrans("123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", _BITCOIN58),   # Flickr
            str.maketrans("rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz", _BITCOIN58))  # Ripple
_B62_RUN = r"\b[0-9A-Za-z]{20,}\b"
_B32HEX_RUN = r"\b[0-9A-V]{16,}"
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_Z85_RUN = r"[0-9A-Za-z.\-:+=^!/*?&<>()\[\]{}@%$#]{15,}"     # (12 bytes and more)
_B85_RUN = r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}"       # RFC 1924's alphabet (git's, Python's b85)
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_RUN = r"[0-9A-Z$%*+\-./:][0-9A-Z $%*+\-./:]{15,}"
_ZBASE32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
_ZBASE32_RUN = rf"\b[{_ZBASE32}]{{16,}}\b"
_ATBASH_RUN = r"\b[A-Za-z0-9_\-]{16,}"
_ATBASH = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA")
_VOWELS, _CONSONANTS = "aeiouy", "bcdfghklmnprstvzx"
# a Russian (ЙЦУКЕН) keyboard's letters and what the same keys type on a US one
_RUSSIAN_KEYS = str.maketrans("йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ",
                              "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~")

ENCODINGS = (
    ("base91_named", rf"(?i:\bbase-?91){NAMED_WITHIN}{_B91_RUN}"),
    ("base62_integer", r"(?:(?i:\bbase-?62)|0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|"
                       rf"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ){NAMED_WITHIN}{_B62_RUN}"),
    ("base32_extended_hex", rf"(?:(?i:\bbase-?32-?hex)|\bb32hexdecode\(){NAMED_WITHIN}{_B32HEX_RUN}={{0,6}}|"
                            rf"{_B32HEX_RUN}={{1,6}}"),
    ("nucleotides", r"\b(?:[ACGT]{32,}|[acgt]{32,})\b"),
    ("dns_labels_base32", r"\b[a-z2-7]{16,63}(?:\.[a-z2-7]{1,63}){1,8}\b"),
    ("base45_named", rf"(?:(?i:\bbase-?45)|\bb45decode\(){NAMED_WITHIN}{_B45_RUN}"),
    ("base58_named", rf"(?:(?i:\bbase-?58)|\bb58decode\(|(?i:[\w.\-]*[_.\-]b58)[ \t]*[=:][ \t]*[\"']?){NAMED_WITHIN}\b{_B58_RUN}|"
                     rf"\b{_B58_RUN}[ \t]*\|[ \t]*base58[ \t]+(?:-d|--decode)\b"),
    ("zbase32_named", rf"(?i:\bz-?base-?32){NAMED_WITHIN}{_ZBASE32_RUN}"),
    ("hex_lines", r"(?m:^)[ \t]*(?:[0-9a-f]{32,}\r?\n[ \t]*)+[0-9a-f]{2,}\b"),     # xxd -p: a line per 30 bytes
    # ... the run on a line of its own below the name first, or after a colon and a blank (the name's sentence may
    # spell the alphabet out, itself a run of it)
    ("z85_named", rf"(?i:\bz85)(?:{_BELOW}{_Z85_RUN}[ \t]*(?:\r?\n|$)|{NAMED_WITHIN}{_Z85_RUN})"),
    ("base85_named", rf"(?i:\bbase-?85|\brfc[ \t]?1924)(?:{_BELOW}|[^\r\n]*?:[ \t]+){_B85_RUN}"),
    ("atbash_named", rf"(?i:\batbash){NAMED_WITHIN}{_ATBASH_RUN}"),
    ("bubblebabble", r"\bx[aeiouy][b-df-hk-npr-tvz][aeiouy][b-df-hk-npr-tvz](?:-[b-df-hk-npr-tvz][aeiouy]"
                     r"[b-df-hk-npr-tvz][aeiouy][b-df-hk-npr-tvz]){2,}-[b-df-hk-npr-tvz][aeiouy][b-df-hk-npr-tvxz][aeiouy]x\b"),
    ("intel_hex", r"(?::[0-9A-Fa-f]{10,}[ \t]*(?:\r?\n|$)){2,}"),
    ("motorola_srecords", r"(?:\bS[0-9][0-9A-Fa-f]{8,}[ \t]*(?:\r?\n|$)){2,}"),
    ("ipv6_groups", r"(?:\b(?:[0-9a-fA-F]{4}:){7}[0-9a-fA-F]{4}[\"']?[ \t]*,[ \t\r\n]*[\"']?){1,}"
                    r"(?:[0-9a-fA-F]{4}:){7}[0-9a-fA-F]{4}\b"),
    ("russian_layout", r"[0-9_\-]*[\x{0430}-\x{044F}\x{0410}-\x{042F}\x{0451}\x{0401}][\x{0430}-\x{044F}"
                       r"\x{0410}-\x{042F}\x{0451}\x{0401}0-9_\-]{11,}"),
    ("shifted_char_codes", rf"{_CODES}[ \t]*\)?\.map\([^)\r\n]{{0,30}}?[-+][ \t]*[0-9]{{1,3}}[ \t]*\)|"
                           rf"\bchr\([ \t]*\w+[ \t]*[-+][ \t]*[0-9]{{1,3}}[ \t]*\)[ \t]+for[ \t]+\w+[ \t]+in[ \t]+{_CODES}"),
    ("utf7", r"\+[A-Za-z0-9+/]{16,}-?"),
    ("hex_pairs", r"\b(?:[0-9A-Fa-f]{2}[ \t]+){11,}[0-9A-Fa-f]{2}\b"),
    ("xxencoded", r"begin[ \t]+[0-7]{3}[ \t]+[^\r\n]{1,200}\r?\n(?:[+\-0-9A-Za-z]{1,100}\r?\n)+?end\b"),
    ("xxencoded_line", rf"(?i:\bxx-?encod\w*){NAMED_WITHIN}(?m:^)[ \t]*{_XX_LINE}[ \t]*(?m:$)"),    # one line, no begin/end
    ("yenc", r"=ybegin[ \t][^\r\n]*\r?\n(?:[^\r\n]*\r?\n)+?=yend\b[^\r\n]*"),
)


_LAYOUT = str.maketrans("", "", "\n\r\t")
MAX_DIGITS = 1000      # a number as long as a secret needs (Python refuses to read one of 4,300 digits)


def printable(raw: bytes) -> str | None:
    """Printable ASCII only: a stricter test than ``views.as_text`` for decoders any run of the right
    characters feeds (a big number, a run of capitals), where random bytes must not pass. Line breaks
    and tabs print (a PEM key's lines in a byte array)."""
    text = raw.decode("ascii", "replace")
    return text if text.translate(_LAYOUT).isprintable() and "\ufffd" not in text else None


def unpadded(raw: bytes) -> str | None:
    """``printable`` of bytes whose last group was padded with zeros."""
    return printable(raw.rstrip(b"\0"))


def number_text(value: int) -> str | None:
    """The big-endian bytes of a number, as ``printable`` text."""
    return printable(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def five_bit_text(run: str, alphabet: str) -> str | None:
    """A base32 run in ``alphabet`` (five bits a character, no padding) as ``printable`` text."""
    bits = "".join(format(alphabet.index(c), "05b") for c in run)
    return printable(bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)))


def last_run(run: str, pattern: str) -> tuple[int, int]:
    """Where the payload of a run that starts with the encoding's name is: its last match of ``pattern``."""
    *_, last = re.finditer(pattern, run)
    return last.span()


def base91(run: str):
    a, b = last_run(run, _B91_RUN)
    if b - a > 2 and run[a] == run[b - 1] == '"':
        a, b = a + 1, b - 1                # a quoted string: basE91 has the quote, the string does not
    out, value, bits, count = bytearray(), -1, 0, 0
    for c in run[a:b]:                     # Joachim Henke's reference decoder
        if value < 0:
            value = _B91_INDEX[c]
            continue
        value += _B91_INDEX[c] * 91
        bits |= value << count
        count += 13 if value & 8191 > 88 else 14
        while count > 7:
            out.append(bits & 255)
            bits >>= 8
            count -= 8
        value = -1
    if value >= 0:
        out.append((bits | value << count) & 255)
    text = printable(bytes(out))
    return (text, a, b) if text else None


def base62(run: str):
    a, b = last_run(run, _B62_RUN)
    if b - a > MAX_DIGITS:
        return None
    for alphabet in _B62:                  # digits, then capitals or small letters first
        n = 0
        for c in run[a:b]:
            n = n * 62 + alphabet.index(c)
        if text := number_text(n):
            return text, a, b
    return None


def base32_extended_hex(run: str):
    a, _ = last_run(run, _B32HEX_RUN)
    body = run[a:].rstrip("=")
    try:
        raw = base64.b32hexdecode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    text = printable(raw)
    return (text, a, len(run)) if text else None


def nucleotides(run: str) -> str | None:
    codes = [_NUCLEOTIDE[c] for c in run.upper()]
    raw = bytes(codes[i] << 6 | codes[i + 1] << 4 | codes[i + 2] << 2 | codes[i + 3]
                for i in range(0, len(codes) - 3, 4))
    return printable(raw)


def dns_labels(run: str):
    """The longest leading labels that are base32 of text (the zone's own labels come after)."""
    labels = run.split(".")
    for k in range(len(labels), 0, -1):
        body = "".join(labels[:k]).upper()
        if len(body) % 8 in (1, 3, 6):
            continue
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
        except (binascii.Error, ValueError):
            continue
        text = printable(raw)
        if text:
            return text, 0, len(".".join(labels[:k]))
    return None


def base45(run: str):
    a, b = last_run(run, _B45_RUN)
    body = run[a:b].rstrip(" ")
    for skip in range(3):             # (a ": " or a list's "- " before it is in the alphabet too)
        if skip and body[skip - 1] not in " :-":
            break
        text = _base45_text(body[skip:])
        if text:
            return text, a + skip, a + len(body)
    return None


def _base45_text(body: str) -> str | None:
    out = bytearray()
    for i in range(0, len(body), 3):                        # RFC 9285: 3 characters for 2 bytes
        digits = [_B45.find(c) for c in body[i:i + 3]]
        n = sum(d * 45 ** k for k, d in enumerate(digits))
        if len(digits) == 1 or n > 0xFFFF or (len(digits) == 2 and n > 0xFF):
            return None
        out += n.to_bytes(len(digits) - 1, "big")
    return printable(bytes(out))


def base58(run: str):
    """Bitcoin's alphabet, Flickr's (lower case first) or Ripple's: only printable text passes."""
    a, b = max((m.span() for m in re.finditer(_B58_RUN, run)), key=lambda span: span[1] - span[0])
    text = next(filter(None, (printable(b58decode(run[a:b].translate(table)) or b"") for table in _BASE58S)), None)
    return (text, a, b) if text else None


def zbase32(run: str):
    """z-base-32 (Zooko's human-oriented base32, Tahoe-LAFS capabilities)."""
    a, b = last_run(run, _ZBASE32_RUN)
    text = five_bit_text(run[a:b], _ZBASE32)
    return (text, a, b) if text else None


def hex_lines(run: str) -> str | None:
    digits = "".join(run.split())
    return printable(bytes.fromhex(digits)) if len(digits) % 2 == 0 else None


def z85(run: str):
    a, b = last_run(run, _Z85_RUN)
    body = run[a:b][:(b - a) // 5 * 5]
    raw = bytearray()
    for i in range(0, len(body), 5):                        # ZeroMQ's RFC 32: 5 characters for 4 bytes
        n = 0
        for c in body[i:i + 5]:
            n = n * 85 + _Z85.index(c)
        if n > 0xFFFFFFFF:
            return None
        raw += n.to_bytes(4, "big")
    text = unpadded(bytes(raw))
    return (text, a, b) if text else None


def base85(run: str):
    a, b = last_run(run, _B85_RUN)
    try:
        raw = base64.b85decode(run[a:b])
    except ValueError:
        return None
    text = unpadded(raw)
    return (text, a, b) if text else None


def atbash(run: str):
    a, b = last_run(run, _ATBASH_RUN)
    return run[a:b].translate(_ATBASH), a, b


def bubblebabble(run: str) -> str | None:
    """OpenSSH's Bubble Babble (``ssh-keygen -B``): five letters for two bytes, a running checksum."""
    inner, out, check = run[1:-1], bytearray(), 1
    for i in range(0, len(inner), 6):
        group = inner[i:i + 6]
        if len(group) == 3 and group[1] == "x":
            break                                            # an even length ends ``vxv``
        hi = (_VOWELS.index(group[0]) - check % 6) % 6
        lo = (_VOWELS.index(group[2]) - check // 6) % 6
        if hi > 3 or lo > 3:
            return None
        first = hi << 6 | _CONSONANTS.index(group[1]) << 2 | lo
        out.append(first)
        if len(group) == 3:
            break
        second = _CONSONANTS.index(group[3]) << 4 | _CONSONANTS.index(group[5])
        out.append(second)
        check = (check * 5 + first * 7 + second) % 36
    return printable(bytes(out))


def _records(run: str, skip: int) -> list[bytes] | None:
    """The bytes of a hex file's lines, each after its ``skip`` leading characters (``:``, ``S1``)."""
    try:
        return [bytes.fromhex(line[skip:]) for line in run.split()]
    except ValueError:
        return None


def intel_hex(run: str) -> str | None:
    data = bytearray()
    for rec in _records(run, 1) or ():            # count, address (2), type, data, checksum: sum 0
        if len(rec) < 5 or len(rec) != rec[0] + 5 or sum(rec) & 0xFF:
            return None
        if rec[3] == 0x01:
            break
        if rec[3] == 0x00:
            data += rec[4:-1]
    return printable(bytes(data))


def srecords(run: str) -> str | None:
    data = bytearray()
    kinds = [line[1] for line in run.split()]
    for kind, rec in zip(kinds, _records(run, 2) or ()):      # count, address, data, checksum: sum 0xFF
        if len(rec) < 3 or len(rec) != rec[0] + 1 or sum(rec) & 0xFF != 0xFF:
            return None
        if kind in "123":
            data += rec[int(kind) + 2:-1]
    return printable(bytes(data))


def ipv6_groups(run: str) -> str | None:
    return unpadded(bytes.fromhex("".join(re.findall(r"[0-9a-fA-F]{4}", run))))


def russian_layout(run: str) -> str | None:
    """A token typed with a Russian layout on: the same keys on a US one — a token's letters, digits
    and underscores (ж, б, ю, э, х, ъ type punctuation)."""
    typed = run.translate(_RUSSIAN_KEYS)
    if len(typed) < 16 or not re.fullmatch(r"[A-Za-z0-9_\-]+", typed) or not (
            len(re.findall("[0-9]", typed)) >= 2 or (re.search("[a-z]", typed) and re.search("[A-Z]", typed))):
        return None         # a word with a number (Таблица_1 types Nf,kbwf_1), not a token
    return typed


def shifted_char_codes(run: str) -> str | None:
    """Character codes a constant was added to, taken off again by a map (``.map(c => c - 7)``,
    ``chr(c - 5) for c in [...]``)."""
    codes = re.search(r"\[([^\]]*)\]", run)
    op, offset = re.search(r"([-+])[ \t]*([0-9]{1,3})[ \t]*\)", run[:codes.start()] + run[codes.end():]).groups()
    shift = -int(offset) if op == "-" else int(offset)
    values = [int(n) + shift for n in re.findall(r"[0-9]+", codes.group(1))]
    return printable(bytes(values)) if all(0 <= v < 256 for v in values) else None


def utf7(run: str) -> str | None:
    """UTF-7 with every character in the base64 section (RFC 2152): UTF-16 in base64."""
    try:
        text = run.encode("ascii").decode("utf-7")
    except UnicodeError:
        return None
    return text if text.isascii() and text.isprintable() else None


def ebcdic_text(raw: bytes) -> str | None:
    """A mainframe's bytes (code page 037) as text, when nearly all are what a value is written with."""
    if sum(b in _EBCDIC_VALUE for b in raw) * 10 < 9 * len(raw):
        return None
    return printable(raw.decode("cp037").encode("ascii", "replace"))


def hex_pairs(run: str) -> str | None:
    if not re.search("[A-Fa-f]", run):
        return None                        # two-digit numbers (scores, a table): no text has only those
    raw = bytes.fromhex("".join(run.split()))
    return printable(raw) or ebcdic_text(raw)


def xxdecode(run: str) -> str | None:
    """An xxencoded block: uuencode with the alphabet ``+-0-9A-Za-z``."""
    raw = bytearray()
    try:
        for line in run.splitlines()[1:]:
            line = line.strip()
            if line in ("", "+", "end"):
                break
            raw += binascii.a2b_uu(line.translate(_XX_AS_UU))
    except (binascii.Error, ValueError):
        return None
    return printable(bytes(raw))


def xxdecode_line(run: str):
    """One xxencoded line after the word that names it, its length character first."""
    a, b = last_run(run, _XX_LINE)
    line = run[a:b].translate(_XX_AS_UU)
    n = ord(line[0]) - 32
    if n <= 0 or len(line) != 1 + 4 * -(-n // 3):
        return None                                     # not as long as its length character says
    try:
        text = printable(binascii.a2b_uu(line))
    except (binascii.Error, ValueError):
        return None
    return (text, a, b) if text else None


def yenc(run: str) -> str | None:
    """A yEnc block: each byte plus 42 as a Latin-1 character, ``=`` escaping the critical ones; the
    trailer's size and CRC32 must agree."""
    lines = run.splitlines()
    raw, escaped = bytearray(), False
    for line in lines[1:-1]:
        if line.startswith("=ypart "):
            continue
        for c in line:
            if ord(c) > 0xFF:
                return None
            if escaped:
                raw.append((ord(c) - 64 - 42) % 256)
                escaped = False
            elif c == "=":
                escaped = True
            else:
                raw.append((ord(c) - 42) % 256)
    size = re.search(r"\bsize=([0-9]+)", lines[-1])
    crc = re.search(r"\bcrc32=([0-9a-fA-F]{8})", lines[-1])
    if (size and int(size.group(1)) != len(raw)) or (crc and int(crc.group(1), 16) != binascii.crc32(raw)):
        return None
    return printable(bytes(raw))


DECODERS = {
    "base91_named": base91, "base62_integer": base62, "base32_extended_hex": base32_extended_hex,
    "nucleotides": nucleotides, "dns_labels_base32": dns_labels, "utf7": utf7, "hex_pairs": hex_pairs,
    "xxencoded": xxdecode, "xxencoded_line": xxdecode_line, "yenc": yenc, "base45_named": base45, "base58_named": base58, "z85_named": z85, "base85_named": base85,
    "atbash_named": atbash, "bubblebabble": bubblebabble, "intel_hex": intel_hex, "motorola_srecords": srecords,
    "ipv6_groups": ipv6_groups, "russian_layout": russian_layout, "shifted_char_codes": shifted_char_codes,
    "zbase32_named": zbase32, "hex_lines": hex_lines,
}
assert set(DECODERS) == {name for name, _ in ENCODINGS}
