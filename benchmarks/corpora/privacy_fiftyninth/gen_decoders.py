"""Decoders, written separately from the encoders. Each gets (text_before_span, run) and returns the plain."""
import re, gzip

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64dec(s):
    s = s.strip().rstrip("=")
    bits = "".join("{:06b}".format(_B64.index(c)) for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _a85(s):
    assert s.startswith("<~") and s.endswith("~>")
    s = s[2:-2]
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "z":
            out += b"\0\0\0\0"; i += 1; continue
        chunk = s[i:i + 5]; i += 5
        pad = 5 - len(chunk)
        chunk += "u" * pad
        n = 0
        for c in chunk:
            n = n * 85 + (ord(c) - 33)
        out += n.to_bytes(4, "big")[:4 - pad]
    return bytes(out)


def _b32hex(s):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    s = s.rstrip("=")
    bits = "".join("{:05b}".format(al.index(c)) for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b62(s):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = 0
    for c in s:
        n = n * 62 + al.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big")


_NATO = {w: chr(97 + i) for i, w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
_DIG = {w: str(i) for i, w in enumerate("Zero One Two Three Four Five Six Seven Eight Niner".split())}
_SYM = {"Dash": "-", "Underscore": "_", "Stop": "."}


def _nato(s):
    o = []
    for w in s.split(" "):
        if w in _NATO:
            o.append(_NATO[w])
        elif w.lower() in _NATO and w.isupper():
            o.append(_NATO[w.lower()].upper())
        elif w in _DIG:
            o.append(_DIG[w])
        else:
            o.append(_SYM[w])
    return "".join(o)


def _caesar(before, s):
    k = int(re.findall(r"shift back by (\d+)", before)[-1])
    o = []
    for c in s:
        if "a" <= c <= "z":
            o.append(chr((ord(c) - 97 - k) % 26 + 97))
        elif "A" <= c <= "Z":
            o.append(chr((ord(c) - 65 - k) % 26 + 65))
        elif "0" <= c <= "9":
            o.append(chr((ord(c) - 48 - k) % 10 + 48))
        else:
            o.append(c)
    return "".join(o)


def _rail(s):
    a, b = s.split("\n")
    assert len(a) - len(b) in (0, 1)
    return "".join(x + y for x, y in zip(a, b)) + (a[-1] if len(a) > len(b) else "")


def _undouble(s):
    assert len(s) % 2 == 0 and all(s[i] == s[i + 1] for i in range(0, len(s), 2))
    return s[0::2]


DEC = {
    "percent_encoding_every_byte": lambda b, s: bytes(int(x, 16) for x in re.fullmatch(r"(?:%[0-9A-F]{2})+", s) and re.findall(r"%([0-9A-F]{2})", s)).decode(),
    "java_unicode_u_escapes": lambda b, s: "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-fA-F]{4})", s)),
    "swift_unicode_scalar_braces": lambda b, s: "".join(chr(int(x, 16)) for x in re.findall(r"\\u\{([0-9a-fA-F]+)\}", s)),
    "c_octal_backslash_escapes": lambda b, s: bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", s)).decode(),
    "xml_decimal_charrefs": lambda b, s: "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", s)),
    "dart_fromcharcodes_list": lambda b, s: "".join(chr(int(x)) for x in re.fullmatch(r"String\.fromCharCodes\(\[([\d, ]+)\]\)", s).group(1).split(", ")),
    "kotlin_bytearrayof_binary_literals": lambda b, s: bytes(int(x, 2) for x in re.findall(r"0b([01]{8})", s)).decode(),
    "smali_array_data_bytes": lambda b, s: bytes(int(x, 16) for x in re.findall(r"^\s+0x([0-9a-f]+)t$", s, re.M)).decode(),
    "android_integer_array_resource": lambda b, s: "".join(chr(int(x)) for x in re.findall(r"<item>(\d+)</item>", s)),
    "plist_data_element_base64": lambda b, s: _b64dec(re.fullmatch(r"<data>(.*)</data>", s).group(1)).decode(),
    "reversed_then_base64": lambda b, s: _b64dec(s).decode()[::-1],
    "gzip_then_base64": lambda b, s: gzip.decompress(_b64dec(s)).decode(),
    "ascii85_adobe_delimiters": lambda b, s: _a85(s).decode(),
    "base32hex_rfc4648_extended": lambda b, s: _b32hex(s).decode(),
    "base62_integer_digits": lambda b, s: _b62(s).decode(),
    "binary_octets_spaced": lambda b, s: bytes(int(x, 2) for x in s.split(" ")).decode(),
    "hex_reversed_byte_order": lambda b, s: bytes.fromhex(s)[::-1].decode(),
    "caesar_shift_stated_key": _caesar,
    "rail_fence_two_rails": lambda b, s: _rail(s),
    "reversed_character_order": lambda b, s: "".join(reversed(s)),
    "nato_phonetic_spelled_out": lambda b, s: _nato(s),
    "every_character_doubled": lambda b, s: _undouble(s),
}
