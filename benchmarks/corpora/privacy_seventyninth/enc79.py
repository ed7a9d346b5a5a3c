"""Encoders (uses library codecs where available)."""
import base64, gzip

NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
        "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "-": "dash", "_": "underscore", ".": "dot"}
HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О",
        "C": "С", "P": "Р", "X": "Х", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В"}


def _mb(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D400 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x1D41A + ord(ch) - 97)
    if "0" <= ch <= "9":
        return chr(0x1D7CE + ord(ch) - 48)
    return ch


def _rail(s):
    return s[0::2] + s[1::2]


ENC = {
 "base64_twice_nested": lambda s: base64.b64encode(base64.b64encode(s.encode())).decode(),
 "base85_rfc1924_alphabet": lambda s: base64.b85encode(s.encode()).decode(),
 "utf16le_base64_textdecodebase64": lambda s: 'textdecodebase64("' + base64.b64encode(s.encode("utf-16-le")).decode() + '", "UTF-16LE")',
 "json_backslash_u_escapes": lambda s: '"' + "".join("\\u%04x" % ord(c) for c in s) + '"',
 "yaml_double_quoted_hex_escapes": lambda s: '"' + "".join("\\x%02x" % ord(c) for c in s) + '"',
 "go_byte_slice_hex_literal": lambda s: "string([]byte{" + ", ".join("0x%02x" % b for b in s.encode()) + "})",
 "printf_octal_backslash_escapes": lambda s: "printf '" + "".join("\\%03o" % b for b in s.encode()) + "'",
 "html_decimal_char_refs": lambda s: "".join("&#%d;" % ord(c) for c in s),
 "xml_hex_char_refs": lambda s: "".join("&#x%X;" % ord(c) for c in s),
 "reversed_character_order": lambda s: s[::-1],
 "rot47_printable_shift": lambda s: "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s),
 "nato_phonetic_spelling": lambda s: " ".join(NATO[c.lower()].upper() if c.isupper() else NATO[c] for c in s),
 "binary_bit_octets": lambda s: " ".join(format(b, "08b") for b in s.encode()),
 "jq_implode_codepoint_array": lambda s: "[" + ",".join(str(ord(c)) for c in s) + "] | implode",
 "rail_fence_two_rails": _rail,
 "xxd_include_c_array": lambda s: "unsigned char secret_bin[] = {" + ", ".join("0x%02x" % b for b in s.encode()) + "};",
 "nibble_swapped_hex_bytes": lambda s: "".join("%02x" % (((b & 15) << 4) | (b >> 4)) for b in s.encode()),
 "math_bold_alphanumerics": lambda s: "".join(_mb(c) for c in s),
 "unicode_tag_block_chars": lambda s: "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000E007F",
 "cyrillic_homoglyph_swap": lambda s: "".join(HOMO.get(c, c) for c in s),
 "ipv4_dotted_quads": lambda s: " ".join(".".join(str(b) for b in (s.encode() + b"\0\0\0")[i:i + 4]) for i in range(0, len(s.encode()), 4)),
 "unicode_u_plus_codepoints": lambda s: " ".join("U+%04X" % ord(c) for c in s),
}

# how each text names the encoding (before the run)
PHRASE = {
 "base64_twice_nested": "Base64-encoded twice (decode it two times in a row)",
 "base85_rfc1924_alphabet": "in Base85 with the RFC 1924 alphabet (git binary-patch style, 0-9A-Za-z!#$%&()*+-;<=>?@^_`{|}~)",
 "utf16le_base64_textdecodebase64": "as a Terraform textdecodebase64() call (UTF-16LE bytes, then Base64)",
 "json_backslash_u_escapes": "as a JSON string of \\uXXXX escapes, one per character",
 "yaml_double_quoted_hex_escapes": "as a YAML double-quoted scalar of \\xHH escapes",
 "go_byte_slice_hex_literal": "as a Go string([]byte{...}) literal with hex bytes",
 "printf_octal_backslash_escapes": "as a printf argument of three-digit octal escapes (\\NNN per byte)",
 "html_decimal_char_refs": "as HTML decimal character references (&#NN; per character)",
 "xml_hex_char_refs": "as XML hexadecimal character references (&#xHH; per character)",
 "reversed_character_order": "written backwards (read it right to left)",
 "rot47_printable_shift": "in ROT47 (every printable ASCII character from ! to ~ rotated by 47)",
 "nato_phonetic_spelling": "spelled in the NATO phonetic alphabet (UPPERCASE word = capital letter, dash / underscore / dot spelled out)",
 "binary_bit_octets": "as binary octets (eight bits per byte, space separated)",
 "jq_implode_codepoint_array": "as a jq expression: an array of code points piped to implode",
 "rail_fence_two_rails": "rail-fence enciphered with two rails (first the characters at even positions, then the odd ones)",
 "xxd_include_c_array": "as an xxd -i style C array of hex bytes",
 "nibble_swapped_hex_bytes": "as hex bytes with the two nibbles of every byte swapped (0x61 written as 16)",
 "math_bold_alphanumerics": "in Unicode mathematical bold letters and digits (- _ . unchanged)",
 "unicode_tag_block_chars": "hidden as invisible Unicode tag characters (U+E0000 plus the ASCII code, between a begin tag U+E0001 and a cancel tag U+E007F)",
 "cyrillic_homoglyph_swap": "with Latin letters swapped for look-alike Cyrillic ones (map а е о с р х у А Е О С Р Х Н К М Т В back to Latin)",
 "ipv4_dotted_quads": "packed into dotted quads (four bytes per address, decimal, trailing zero bytes are padding)",
 "unicode_u_plus_codepoints": "as a list of U+ code points in hex",
}
