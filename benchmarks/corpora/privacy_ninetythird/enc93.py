"""Encoders (22). Each takes the plain and an rng, returns the encoded run."""
import base64, string
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}

def circled(ch):
    if "a" <= ch <= "z": return chr(0x24D0 + ord(ch) - 97)
    if "A" <= ch <= "Z": return chr(0x24B6 + ord(ch) - 65)
    if ch == "0": return "\u24EA"
    if "1" <= ch <= "9": return chr(0x2460 + ord(ch) - 49)
    return ch

def b62int(p):
    n = int.from_bytes(p.encode(), "big"); s = ""
    while n:
        n, d = divmod(n, 62); s = B62[d] + s
    return s

def rot47(p):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)

ENC = {
 "js_fromcharcode_decimal_call": lambda p, r: "String.fromCharCode(" + ",".join(str(ord(c)) for c in p) + ")",
 "js_es6_braced_unicode_escapes": lambda p, r: "\"" + "".join("\\u{%x}" % ord(c) for c in p) + "\"",
 "js_legacy_octal_escapes": lambda p, r: "\"" + "".join("\\%03o" % ord(c) for c in p) + "\"",
 "js_x_hex_escapes_string": lambda p, r: "'" + "".join("\\x%02x" % ord(c) for c in p) + "'",
 "json_u00xx_escapes": lambda p, r: "\"" + "".join("\\u%04X" % ord(c) for c in p) + "\"",
 "textdecoder_uint8array_decimal": lambda p, r: "new TextDecoder().decode(new Uint8Array([" + ", ".join(str(b) for b in p.encode()) + "]))",
 "js_array_join_single_chars": lambda p, r: "[" + ",".join("'%s'" % c for c in p) + "].join('')",
 "js_string_concat_three_char_chunks": lambda p, r: " + ".join("'%s'" % p[i:i + 3] for i in range(0, len(p), 3)),
 "css_content_backslash_hex_escapes": lambda p, r: "content: \"" + "".join("\\%x " % ord(c) for c in p).rstrip() + "\";",
 "html_decimal_character_references": lambda p, r: "".join("&#%d;" % ord(c) for c in p),
 "html_hex_character_references": lambda p, r: "".join("&#x%X;" % ord(c) for c in p),
 "data_uri_text_plain_base64": lambda p, r: "data:text/plain;base64," + base64.b64encode(p.encode()).decode(),
 "js_atob_base64_call": lambda p, r: "atob('" + base64.b64encode(p.encode()).decode() + "')",
 "rfc4648_base32_padded": lambda p, r: base64.b32encode(p.encode()).decode(),
 "base32hex_extended_alphabet": lambda p, r: base64.b32hexencode(p.encode()).decode().rstrip("="),
 "base62_big_integer": lambda p, r: b62int(p),
 "rot47_printable_ascii": lambda p, r: rot47(p),
 "braille_u2800_byte_cells": lambda p, r: "".join(chr(0x2800 + b) for b in p.encode()),
 "circled_enclosed_alphanumerics": lambda p, r: "".join(circled(c) for c in p),
 "unicode_tag_block_invisible": lambda p, r: "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in p) + "\U000E007F",
 "cyrillic_homoglyph_swap": lambda p, r: "".join(HOMO.get(c, c) for c in p),
 "decoy_character_interleave": lambda p, r: "".join(c + r.choice(string.ascii_letters + string.digits) for c in p),
}

RULE = {
 "js_fromcharcode_decimal_call": "as a JavaScript String.fromCharCode(...) call of decimal char codes",
 "js_es6_braced_unicode_escapes": "as a JS string literal of ES2015 \\u{hex} code-point escapes",
 "js_legacy_octal_escapes": "as a JS string literal of legacy three-digit octal escapes (\\NNN)",
 "js_x_hex_escapes_string": "as a JS string literal of \\xNN hex escapes",
 "json_u00xx_escapes": "as a JSON string of \\uXXXX escapes (one per character)",
 "textdecoder_uint8array_decimal": "as new TextDecoder().decode(new Uint8Array([...])) over the decimal UTF-8 bytes",
 "js_array_join_single_chars": "as a JS array of single characters joined with join('')",
 "js_string_concat_three_char_chunks": "as a JS concatenation of quoted three-character chunks (drop quotes and plus signs)",
 "css_content_backslash_hex_escapes": "as a CSS content value of backslash hex escapes, each ended by a space",
 "html_decimal_character_references": "as HTML decimal character references (&#NN;)",
 "html_hex_character_references": "as HTML hex character references (&#xNN;)",
 "data_uri_text_plain_base64": "as a data: URI (text/plain, standard Base64 after the comma)",
 "js_atob_base64_call": "as a JS atob('...') call over standard Base64",
 "rfc4648_base32_padded": "in RFC 4648 Base32 (A-Z 2-7, = padding)",
 "base32hex_extended_alphabet": "in RFC 4648 base32hex (0-9 A-V, 5 bits per character, padding dropped)",
 "base62_big_integer": "as one base-62 number (0-9 A-Z a-z; the UTF-8 bytes read as a big-endian integer)",
 "rot47_printable_ascii": "in ROT47 (each character ! to ~ rotated by 47 within those 94; apply ROT47 again to read)",
 "braille_u2800_byte_cells": "as Unicode Braille cells, one per UTF-8 byte (code point U+2800 + byte value)",
 "circled_enclosed_alphanumerics": "in Unicode circled letters and digits (U+24B6, U+24D0, U+2460, U+24EA for 0; - _ . unchanged)",
 "unicode_tag_block_invisible": "in invisible Unicode tag characters between U+E0001 and U+E007F (each tag U+E00NN stands for ASCII 0xNN)",
 "cyrillic_homoglyph_swap": "with some Latin letters swapped for look-alike Cyrillic letters (map а с е о р х у А В С Е Н К М О Р Т Х back to Latin)",
 "decoy_character_interleave": "with a random decoy character after every real character (keep the 1st, 3rd, 5th, ... characters)",
}
