"""Decoders, written separately from the encoders: hand parsing, own tables."""
import re

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_NATO = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec "
         "romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_DIG = "zero one two three four five six seven eight nine".split()
_CYR = dict(zip("аеосрхуАЕОСРХНКМТВ", "aeocpxyAEOCPXHKMTB"))


def _b64dec(s):
    s = s.rstrip("=")
    bits = "".join(format(_B64.index(c), "06b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b85dec(s):
    out = bytearray()
    pad = (-len(s)) % 5
    s2 = s + "~" * pad
    for i in range(0, len(s2), 5):
        n = 0
        for c in s2[i:i + 5]:
            n = n * 85 + _B85.index(c)
        out += n.to_bytes(4, "big")
    return bytes(out[:len(out) - pad])


def _one(pat, run):
    m = re.fullmatch(pat, run, re.S)
    if not m:
        raise ValueError("notation mismatch")
    return m


def _nato(run):
    out = []
    for w in run.split(" "):
        lw = w.lower()
        if lw in _NATO:
            ch = chr(97 + _NATO.index(lw))
            out.append(ch.upper() if w.isupper() else ch)
        elif w in _DIG:
            out.append(str(_DIG.index(w)))
        else:
            out.append({"dash": "-", "underscore": "_", "dot": "."}[w])
    return "".join(out)


def _unrail(run):
    k = (len(run) + 1) // 2
    a, b = run[:k], run[k:]
    return "".join(a[i] + (b[i] if i < len(b) else "") for i in range(k))


def _mb(c):
    o = ord(c)
    if 0x1D400 <= o < 0x1D41A:
        return chr(65 + o - 0x1D400)
    if 0x1D41A <= o < 0x1D434:
        return chr(97 + o - 0x1D41A)
    if 0x1D7CE <= o < 0x1D7D8:
        return chr(48 + o - 0x1D7CE)
    if c in "-_.":
        return c
    raise ValueError(c)


def _hexbytes(items):
    return bytes(int(x, 16) for x in items).decode()


DEC = {
 "base64_twice_nested": lambda r: _b64dec(_b64dec(_one(r"[A-Za-z0-9+/]+=*", r).group(0)).decode()).decode(),
 "base85_rfc1924_alphabet": lambda r: _b85dec(r).decode(),
 "utf16le_base64_textdecodebase64": lambda r: _b64dec(_one(r'textdecodebase64\("([A-Za-z0-9+/=]+)", "UTF-16LE"\)', r).group(1)).decode("utf-16-le"),
 "json_backslash_u_escapes": lambda r: "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", _one(r'"((?:\\u[0-9a-f]{4})+)"', r).group(1))),
 "yaml_double_quoted_hex_escapes": lambda r: "".join(chr(int(x, 16)) for x in re.findall(r"\\x([0-9a-f]{2})", _one(r'"((?:\\x[0-9a-f]{2})+)"', r).group(1))),
 "go_byte_slice_hex_literal": lambda r: _hexbytes(re.findall(r"0x([0-9a-f]{2})", _one(r"string\(\[\]byte\{(0x[0-9a-f]{2}(?:, 0x[0-9a-f]{2})*)\}\)", r).group(1))),
 "printf_octal_backslash_escapes": lambda r: bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", _one(r"printf '((?:\\[0-7]{3})+)'", r).group(1))).decode(),
 "html_decimal_char_refs": lambda r: "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", _one(r"(?:&#\d+;)+", r).group(0))),
 "xml_hex_char_refs": lambda r: "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9A-F]+);", _one(r"(?:&#x[0-9A-F]+;)+", r).group(0))),
 "reversed_character_order": lambda r: "".join(reversed(r)),
 "rot47_printable_shift": lambda r: "".join(chr((ord(c) - 33 - 47) % 94 + 33) for c in r),
 "nato_phonetic_spelling": _nato,
 "binary_bit_octets": lambda r: bytes(int(x, 2) for x in _one(r"[01]{8}(?: [01]{8})*", r).group(0).split(" ")).decode(),
 "jq_implode_codepoint_array": lambda r: "".join(chr(int(x)) for x in _one(r"\[(\d+(?:,\d+)*)\] \| implode", r).group(1).split(",")),
 "rail_fence_two_rails": _unrail,
 "xxd_include_c_array": lambda r: _hexbytes(re.findall(r"0x([0-9a-f]{2})", _one(r"unsigned char \w+\[\] = \{(0x[0-9a-f]{2}(?:, 0x[0-9a-f]{2})*)\};", r).group(1))),
 "nibble_swapped_hex_bytes": lambda r: "".join(chr(int(r[i + 1] + r[i], 16)) for i in range(0, len(_one(r"(?:[0-9a-f]{2})+", r).group(0)), 2)),
 "math_bold_alphanumerics": lambda r: "".join(_mb(c) for c in r),
 "unicode_tag_block_chars": lambda r: "".join(chr(ord(c) - 0xE0000) for c in _one("\U000E0001([\U000E0020-\U000E007E]+)\U000E007F", r).group(1)),
 "cyrillic_homoglyph_swap": lambda r: "".join(_CYR.get(c, c) for c in r),
 "ipv4_dotted_quads": lambda r: bytes(int(x) for q in _one(r"\d+\.\d+\.\d+\.\d+(?: \d+\.\d+\.\d+\.\d+)*", r).group(0).split(" ") for x in q.split(".")).rstrip(b"\0").decode(),
 "unicode_u_plus_codepoints": lambda r: "".join(chr(int(x, 16)) for x in re.findall(r"U\+([0-9A-F]{4})", _one(r"U\+[0-9A-F]{4}(?: U\+[0-9A-F]{4})*", r).group(0))),
}
