"""Encoders for the 22 p90 evasions (run only; the rule sentence is in gen_evasions)."""
import base64, binascii

NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
DIG = dict(zip("0123456789", "zero one two three four five six seven eight nine".split()))
SYM = {"-": "dash", "_": "underscore", ".": "dot"}
MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789-_.", ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-".split()))
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def caesar(s, k):
    o = ""
    for c in s:
        if c.islower(): o += chr((ord(c) - 97 + k) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 65 + k) % 26 + 65)
        elif c.isdigit(): o += chr((ord(c) - 48 + k) % 10 + 48)
        else: o += c
    return o


def rot18(s):
    o = ""
    for c in s:
        if c.islower(): o += chr((ord(c) - 97 + 13) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 65 + 13) % 26 + 65)
        elif c.isdigit(): o += chr((ord(c) - 48 + 5) % 10 + 48)
        else: o += c
    return o


def z85(b):
    assert len(b) % 4 == 0
    out = ""
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        chunk = ""
        for _ in range(5):
            n, d = divmod(n, 85)
            chunk = Z85[d] + chunk
        out += chunk
    return out


def b36(b):
    n = int.from_bytes(b, "big")
    o = ""
    while n:
        n, d = divmod(n, 36)
        o = B36[d] + o
    return o or "0"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in s)


def nato(s):
    w = []
    for c in s:
        if c.isalpha(): w.append(NATO[c.lower()].upper() if c.isupper() else NATO[c])
        elif c.isdigit(): w.append(DIG[c])
        else: w.append(SYM[c])
    return " ".join(w)


def morse(s):
    return " / ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)


def filler(s):
    return "".join(c + "~" for c in s)[:-1]


def uu(b):
    return binascii.b2a_uu(b, backtick=True).decode().rstrip("\n")


ENC = {
 "base32_rfc4648_padded": lambda s: base64.b32encode(s.encode()).decode(),
 "hex_colon_pairs_upper": lambda s: ":".join("%02X" % x for x in s.encode()),
 "go_byte_slice_hex_literal": lambda s: "string([]byte{" + ", ".join("0x%02x" % x for x in s.encode()) + "})",
 "rust_vec_u8_decimal": lambda s: "String::from_utf8(vec![" + ", ".join(str(x) for x in s.encode()) + "])",
 "bash_ansi_c_hex_quoting": lambda s: "$'" + "".join("\\x%02x" % x for x in s.encode()) + "'",
 "css_backslash_hex_escapes": lambda s: "content: \"" + "".join("\\%x " % x for x in s.encode()).rstrip() + "\";",
 "html_decimal_entities": lambda s: "".join("&#%d;" % x for x in s.encode()),
 "xml_hex_char_references": lambda s: "".join("&#x%X;" % x for x in s.encode()),
 "json_backslash_u_escapes": lambda s: "\"" + "".join("\\u%04x" % ord(c) for c in s) + "\"",
 "caesar_shift_three": lambda s: caesar(s, 3),
 "reversed_character_order": lambda s: s[::-1],
 "nato_phonetic_spelling": nato,
 "morse_with_caret_capitals": morse,
 "fullwidth_latin_forms": fullwidth,
 "octal_codes_space_separated": lambda s: " ".join("%03o" % x for x in s.encode()),
 "base36_big_integer": lambda s: b36(s.encode()),
 "uuencode_single_line": lambda s: uu(s.encode()),
 "z85_zeromq_base85": lambda s: z85(s.encode()),
 "rot18_letters_and_digits": rot18,
 "every_other_char_filler": filler,
 "wasm_wat_data_string": lambda s: "(data (i32.const 1024) \"" + "".join("\\%02x" % x for x in s.encode()) + "\")",
 "es6_unicode_codepoint_escapes": lambda s: "`" + "".join("\\u{%x}" % ord(c) for c in s) + "`",
}

RULE = {
 "base32_rfc4648_padded": "in RFC 4648 Base32 (A-Z2-7, with = padding)",
 "hex_colon_pairs_upper": "as upper-case hex bytes separated by colons",
 "go_byte_slice_hex_literal": "as a Go string([]byte{...}) of hex byte literals",
 "rust_vec_u8_decimal": "as a Rust String::from_utf8(vec![...]) of decimal bytes",
 "bash_ansi_c_hex_quoting": "as a bash ANSI-C quoted $'...' string of \\xHH escapes",
 "css_backslash_hex_escapes": "as a CSS content string of backslash hex escapes (each ended by a space)",
 "html_decimal_entities": "as HTML decimal character references &#N;",
 "xml_hex_char_references": "as XML hexadecimal character references &#xH;",
 "json_backslash_u_escapes": "as a JSON string with every character a \\uXXXX escape",
 "caesar_shift_three": "Caesar-shifted by 3 (letters within their case, digits mod 10, - _ . unchanged; shift back by 3)",
 "reversed_character_order": "written backwards (read it right to left)",
 "nato_phonetic_spelling": "spelled in the NATO alphabet (UPPER-CASE word = capital letter; digits as English words; dash, underscore, dot)",
 "morse_with_caret_capitals": "in Morse code, letters separated by ' / ', a ^ before a capital letter",
 "fullwidth_latin_forms": "in fullwidth letters and digits (U+FF01 block; - _ . unchanged)",
 "octal_codes_space_separated": "as three-digit octal byte codes separated by spaces",
 "base36_big_integer": "in base 36 (0-9a-z; the UTF-8 bytes read as one big-endian number)",
 "uuencode_single_line": "as one uuencoded line (length character first, ` for zero)",
 "z85_zeromq_base85": "in Z85 (ZeroMQ Base85, 4 bytes -> 5 characters)",
 "rot18_letters_and_digits": "in ROT18 (letters rotated by 13, digits by 5, - _ . unchanged)",
 "every_other_char_filler": "with a ~ filler after every character except the last (drop the ~)",
 "wasm_wat_data_string": "as a WebAssembly text-format data segment of \\HH byte escapes",
 "es6_unicode_codepoint_escapes": "as a JavaScript template literal of \\u{H} code-point escapes",
}
