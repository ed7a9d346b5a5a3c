"""Encoders: plain -> (naming phrase, encoded run). Decoders live in decoders71.py."""
import base64

NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu",
        "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
        "8": "eight", "9": "niner", "-": "dash", "_": "underscore", ".": "dot"}


def _nato(p):
    out = []
    for c in p:
        w = NATO[c.lower()]
        out.append(w.upper() if c.isupper() else w)
    return " ".join(out)


def _circled(p):
    o = []
    for c in p:
        if "A" <= c <= "Z":
            o.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            o.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            o.append("\u24EA")
        elif "1" <= c <= "9":
            o.append(chr(0x2460 + ord(c) - 49))
        else:
            o.append(c)
    return "".join(o)


def _dna(p):
    o = []
    for b in p.encode():
        o.append("".join("ACGT"[(b >> s) & 3] for s in (6, 4, 2, 0)))
    return "".join(o)


ENC = {
    "hl7_v2_hex_escape_sequence": lambda p: ("as an HL7 v2 hex escape sequence (\\X…\\ with two hex digits per byte, as in an OBX-5 field)",
                                             "\\X" + p.encode().hex().upper() + "\\"),
    "dcmdump_ob_backslash_hex": lambda p: ("as a dcmdump OB value (hex bytes separated by backslashes)",
                                           "\\".join("%02x" % b for b in p.encode())),
    "reversed_character_order": lambda p: ("written backwards (read it from right to left)", p[::-1]),
    "nato_phonetic_spelled": lambda p: ("spelled in the NATO alphabet (an upper-case word is a capital letter, a lower-case word a small one; dash, underscore and dot as words)", _nato(p)),
    "braille_eight_dot_byte_patterns": lambda p: ("as 8-dot Braille patterns (each cell is U+2800 plus the ASCII byte value)",
                                                  "".join(chr(0x2800 + b) for b in p.encode())),
    "fullwidth_ascii_forms": lambda p: ("in fullwidth forms (U+FF01 to U+FF5E, map each back to ASCII)",
                                        "".join(chr(0xFF01 + ord(c) - 0x21) for c in p)),
    "mysql_unhex_function_call": lambda p: ("as a MySQL UNHEX() call over the ASCII hex", "UNHEX('" + p.encode().hex().upper() + "')"),
    "javascript_fromcharcode_call": lambda p: ("as a JavaScript String.fromCharCode() call (decimal codes)",
                                               "String.fromCharCode(" + ", ".join(str(b) for b in p.encode()) + ")"),
    "xml_hex_character_references": lambda p: ("as XML hexadecimal character references (&#x..; per character)",
                                                "".join("&#x%x;" % b for b in p.encode())),
    "utf16le_then_base64": lambda p: ("as UTF-16LE bytes then Base64 (the PowerShell -EncodedCommand style)",
                                      base64.b64encode(p.encode("utf-16-le")).decode()),
    "hex_then_base64_layered": lambda p: ("hex-encoded first and then Base64-encoded (base64 -d | xxd -r -p)",
                                          base64.b64encode(p.encode().hex().encode()).decode()),
    "base64url_unpadded_jwt_style": lambda p: ("in unpadded Base64url (the - and _ alphabet used in JWT segments)",
                                               base64.urlsafe_b64encode(p.encode()).decode().rstrip("=")),
    "circled_enclosed_alphanumerics": lambda p: ("in circled Unicode letters and digits (Enclosed Alphanumerics; - _ . unchanged)", _circled(p)),
    "zero_width_space_interleaved": lambda p: ("with an invisible zero-width space (U+200B) between every two characters", "\u200b".join(p)),
    "c_hex_byte_array_initializer": lambda p: ("as a C unsigned char array initializer (hex bytes)",
                                               "{ " + ", ".join("0x%02x" % b for b in p.encode()) + " }"),
    "go_byte_slice_decimal_literal": lambda p: ("as a Go string([]byte{...}) literal (decimal bytes)",
                                                "string([]byte{" + ", ".join(str(b) for b in p.encode()) + "})"),
    "rust_byte_string_hex_escapes": lambda p: ("as a Rust byte string with \\x escapes for every byte",
                                               'b"' + "".join("\\x%02x" % b for b in p.encode()) + '"'),
    "ruby_pack_c_star_array": lambda p: ("as a Ruby Array#pack(\"C*\") expression",
                                         "[" + ", ".join(str(b) for b in p.encode()) + "].pack(\"C*\")"),
    "lua_string_char_call": lambda p: ("as a Lua string.char() call", "string.char(" + ",".join(str(b) for b in p.encode()) + ")"),
    "mumps_dollar_char_function": lambda p: ("as a MUMPS $CHAR call (the $C(...) form from VistA routines)",
                                             "$C(" + ",".join(str(b) for b in p.encode()) + ")"),
    "rail_fence_two_rails": lambda p: ("as a two-rail rail-fence transposition (characters 1, 3, 5 ... first, then 2, 4, 6 ...)",
                                       p[0::2] + p[1::2]),
    "dna_nucleotide_base4_bytes": lambda p: ("as DNA letters, four nucleotides per byte (A=0 C=1 G=2 T=3, base 4, most significant first)", _dna(p)),
}
