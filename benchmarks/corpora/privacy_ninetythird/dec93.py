"""Independent decoders: parse only the run, own alphabets, no shared helpers with enc93."""
import re
A62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
A64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
A32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
A32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"

def _m(rx, s):
    m = re.fullmatch(rx, s, re.S)
    if not m: raise ValueError("frame mismatch")
    return m.group(1)

def _bits(s, alpha, width):
    bits = "".join(format(alpha.index(c), "0%db" % width) for c in s)
    bits = bits[: len(bits) // 8 * 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()

def _b64(s): return _bits(s.rstrip("="), A64, 6)

def _tag(s):
    if s[0] != "\U000E0001" or s[-1] != "\U000E007F": raise ValueError
    return "".join(chr(ord(c) - 0xE0000) for c in s[1:-1])

def _circ(s):
    o = []
    for c in s:
        n = ord(c)
        if 0x24D0 <= n <= 0x24E9: o.append(chr(97 + n - 0x24D0))
        elif 0x24B6 <= n <= 0x24CF: o.append(chr(65 + n - 0x24B6))
        elif n == 0x24EA: o.append("0")
        elif 0x2460 <= n <= 0x2468: o.append(chr(49 + n - 0x2460))
        else: o.append(c)
    return "".join(o)

CYR = dict(zip("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX"))

def _b62(s):
    n = 0
    for c in s: n = n * 62 + A62.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

DEC = {
 "js_fromcharcode_decimal_call": lambda s: "".join(chr(int(x)) for x in _m(r"String\.fromCharCode\(([\d,]+)\)", s).split(",")),
 "js_es6_braced_unicode_escapes": lambda s: "".join(chr(int(x, 16)) for x in re.findall(r"\\u\{([0-9a-f]+)\}", _m(r'"((?:\\u\{[0-9a-f]+\})+)"', s))),
 "js_legacy_octal_escapes": lambda s: "".join(chr(int(x, 8)) for x in re.findall(r"\\([0-7]{3})", _m(r'"((?:\\[0-7]{3})+)"', s))),
 "js_x_hex_escapes_string": lambda s: "".join(chr(int(x, 16)) for x in re.findall(r"\\x([0-9a-f]{2})", _m(r"'((?:\\x[0-9a-f]{2})+)'", s))),
 "json_u00xx_escapes": lambda s: "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9A-F]{4})", _m(r'"((?:\\u[0-9A-F]{4})+)"', s))),
 "textdecoder_uint8array_decimal": lambda s: bytes(int(x) for x in _m(r"new TextDecoder\(\)\.decode\(new Uint8Array\(\[([\d, ]+)\]\)\)", s).split(", ")).decode(),
 "js_array_join_single_chars": lambda s: "".join(re.findall(r"'(.)'", _m(r"\[((?:'.',?)+)\]\.join\(''\)", s))),
 "js_string_concat_three_char_chunks": lambda s: "".join(x[1:-1] for x in s.split(" + ")),
 "css_content_backslash_hex_escapes": lambda s: "".join(chr(int(x, 16)) for x in _m(r'content: "(.*)";', s).replace("\\", " ").split()),
 "html_decimal_character_references": lambda s: "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", s)),
 "html_hex_character_references": lambda s: "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9A-F]+);", s)),
 "data_uri_text_plain_base64": lambda s: _b64(_m(r"data:text/plain;base64,([A-Za-z0-9+/=]+)", s)),
 "js_atob_base64_call": lambda s: _b64(_m(r"atob\('([A-Za-z0-9+/=]+)'\)", s)),
 "rfc4648_base32_padded": lambda s: _bits(s.rstrip("="), A32, 5),
 "base32hex_extended_alphabet": lambda s: _bits(s, A32H, 5),
 "base62_big_integer": _b62,
 "rot47_printable_ascii": lambda s: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in s),
 "braille_u2800_byte_cells": lambda s: bytes(ord(c) - 0x2800 for c in s).decode(),
 "circled_enclosed_alphanumerics": _circ,
 "unicode_tag_block_invisible": _tag,
 "cyrillic_homoglyph_swap": lambda s: "".join(CYR.get(c, c) for c in s),
 "decoy_character_interleave": lambda s: s[0::2],
}
