"""Encoders for the 22 p89 evasion encodings (input: plain from [A-Za-z0-9_.-])."""
import base64

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ACGT = "ACGT"


def _bigint(p, alph):
    n = int.from_bytes(p.encode(), "big")
    out = ""
    while n:
        n, d = divmod(n, len(alph))
        out = alph[d] + out
    return out


def _crock(p):
    bits = "".join(format(b, "08b") for b in p.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def _math(p, up, low, dig):
    o = []
    for c in p:
        if "A" <= c <= "Z": o.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z": o.append(chr(low + ord(c) - 97))
        elif "0" <= c <= "9": o.append(chr(dig + ord(c) - 48))
        else: o.append(c)
    return "".join(o)


ENC = {
 "rust_byte_literal_hex_escapes": lambda p: 'String::from_utf8(b"' + "".join("\\x%02x" % b for b in p.encode()) + '".to_vec())',
 "perl_pack_uppercase_h_star": lambda p: 'pack("H*", "' + p.encode().hex() + '")',
 "elixir_binary_decimal_bytes": lambda p: "<<" + ", ".join(str(b) for b in p.encode()) + ">>",
 "ruby_pack_c_star_array": lambda p: "[" + ", ".join(str(b) for b in p.encode()) + '].pack("C*")',
 "csharp_char_cast_array": lambda p: "new string(new[] { " + ", ".join("(char)%d" % b for b in p.encode()) + " })",
 "swift_utf8_decoding_hex_array": lambda p: "String(decoding: [" + ", ".join("0x%02X" % b for b in p.encode()) + "], as: UTF8.self)",
 "cmake_string_ascii_codes": lambda p: "string(ASCII " + " ".join(str(b) for b in p.encode()) + " TOKEN)",
 "go_byte_slice_hex_literal": lambda p: "string([]byte{" + ", ".join("0x%02x" % b for b in p.encode()) + "})",
 "erlang_dollar_char_list": lambda p: "[" + ",".join("$" + c for c in p) + "]",
 "ascii85_adobe_delimited": lambda p: base64.a85encode(p.encode(), adobe=True).decode(),
 "base58_bitcoin_alphabet": lambda p: _bigint(p, B58),
 "crockford_base32_unpadded": _crock,
 "quoted_printable_every_byte": lambda p: "".join("=%02X" % b for b in p.encode()),
 "percent_encoded_every_byte": lambda p: "".join("%%%02X" % b for b in p.encode()),
 "colon_separated_uppercase_hex": lambda p: ":".join("%02X" % b for b in p.encode()),
 "unicode_u_plus_code_points": lambda p: " ".join("U+%04X" % ord(c) for c in p),
 "zero_width_space_interleaved": lambda p: "\u200b".join(p),
 "mathematical_bold_alphanumerics": lambda p: _math(p, 0x1D400, 0x1D41A, 0x1D7CE),
 "mathematical_monospace_alphanumerics": lambda p: _math(p, 0x1D670, 0x1D68A, 0x1D7F6),
 "rail_fence_two_rails": lambda p: p[0::2] + " " + p[1::2],
 "every_character_doubled": lambda p: "".join(c + c for c in p),
 "nucleotide_two_bit_acgt": lambda p: " ".join("".join(ACGT[(b >> s) & 3] for s in (6, 4, 2, 0)) for b in p.encode()),
}

RULE = {
 "rust_byte_literal_hex_escapes": "as a Rust String::from_utf8 over a b\"...\" byte literal of \\xNN escapes",
 "perl_pack_uppercase_h_star": "as a Perl pack(\"H*\", ...) of the hex of its bytes",
 "elixir_binary_decimal_bytes": "as an Elixir binary <<...>> of decimal byte values",
 "ruby_pack_c_star_array": "as a Ruby array of decimal bytes packed with pack(\"C*\")",
 "csharp_char_cast_array": "as a C# new string over (char) casts of decimal codes",
 "swift_utf8_decoding_hex_array": "as a Swift String(decoding:as: UTF8.self) of 0x hex bytes",
 "cmake_string_ascii_codes": "as a CMake string(ASCII ...) call of decimal codes (last word is the output variable)",
 "go_byte_slice_hex_literal": "as a Go string([]byte{...}) of 0x hex bytes",
 "erlang_dollar_char_list": "as an Erlang list of $c character literals",
 "ascii85_adobe_delimited": "in Adobe Ascii85 (between <~ and ~>)",
 "base58_bitcoin_alphabet": "as one Base58 number (Bitcoin alphabet 1-9 A-H J-N P-Z a-k m-z; the UTF-8 bytes read as a big-endian integer)",
 "crockford_base32_unpadded": "in Crockford Base32 (0-9 A-Z without I L O U, 5 bits per character, no padding, drop trailing zero bits)",
 "quoted_printable_every_byte": "quoted-printable with every byte escaped (=XX)",
 "percent_encoded_every_byte": "percent-encoded with every byte escaped (%XX)",
 "colon_separated_uppercase_hex": "as colon-separated upper-case hex bytes",
 "unicode_u_plus_code_points": "as space-separated U+XXXX code points",
 "zero_width_space_interleaved": "with a zero-width space (U+200B) between every two characters (remove them)",
 "mathematical_bold_alphanumerics": "in Unicode mathematical bold letters and digits (U+1D400, U+1D41A, U+1D7CE; - _ . unchanged)",
 "mathematical_monospace_alphanumerics": "in Unicode mathematical monospace letters and digits (U+1D670, U+1D68A, U+1D7F6; - _ . unchanged)",
 "rail_fence_two_rails": "as a two-rail rail fence (the characters at even positions, a space, then those at odd positions; interleave to read)",
 "every_character_doubled": "with every character written twice (keep one of each pair)",
 "nucleotide_two_bit_acgt": "as nucleotides, four per byte, two bits each (A=00 C=01 G=10 T=11), groups separated by spaces",
}
