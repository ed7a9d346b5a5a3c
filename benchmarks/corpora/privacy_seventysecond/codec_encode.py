"""Encoders for the 22 evasion encodings (the decoders live separately in codec_decode.py)."""
import base64

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"


def _caesar(p, k):
    out = []
    for ch in p:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.isdigit():
            out.append(str((int(ch) + k) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s; n -= v
    return out


def _b62(p):
    n = int.from_bytes(p.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def _bytes(p):
    return list(p.encode())


# each: name -> (phrase shown before the run, encoder(plain, key) -> run)
ENC = {
    "ascii85_adobe_delimited": ("in Adobe Ascii85 (the <~ ... ~> form PostScript uses)",
                                lambda p, k: base64.a85encode(p.encode(), adobe=True).decode()),
    "bash_ansi_c_octal_quoting": ("as a bash $'...' string with an octal escape for every byte",
                                  lambda p, k: "$'" + "".join("\\%03o" % b for b in _bytes(p)) + "'"),
    "binary_octets_spaced": ("as 8-bit binary octets separated by spaces",
                             lambda p, k: " ".join(format(b, "08b") for b in _bytes(p))),
    "caesar_shift_stated_offset": ("Caesar-shifted forward by {k} (letters wrap within their case, digits wrap 0-9, - _ . unchanged)",
                                   lambda p, k: _caesar(p, k)),
    "html_decimal_char_refs": ("as HTML decimal character references (&#NN; per character)",
                               lambda p, k: "".join("&#%d;" % b for b in _bytes(p))),
    "kotlin_chararrayof_concat": ("as a Kotlin charArrayOf(...).concatToString() expression",
                                  lambda p, k: "charArrayOf(" + ", ".join("'%s'" % c for c in p) + ").concatToString()"),
    "swift_string_decoding_utf8": ("as a Swift String(decoding:as:) over decimal UTF-8 bytes",
                                   lambda p, k: "String(decoding: [" + ", ".join(str(b) for b in _bytes(p)) + "] as [UInt8], as: UTF8.self)"),
    "java_new_string_byte_array": ("as a Java new String(new byte[]{...}) expression",
                                   lambda p, k: "new String(new byte[]{" + ", ".join(str(b) for b in _bytes(p)) + "}, StandardCharsets.US_ASCII)"),
    "haskell_map_chr_list": ("as a Haskell map chr [...] expression",
                             lambda p, k: "map chr [" + ",".join(str(b) for b in _bytes(p)) + "]"),
    "erlang_binary_literal": ("as an Erlang binary <<...>> of decimal bytes",
                              lambda p, k: "<<" + ",".join(str(b) for b in _bytes(p)) + ">>"),
    "clojure_apply_str_map_char": ("as a Clojure (apply str (map char [...])) form",
                                   lambda p, k: "(apply str (map char [" + " ".join(str(b) for b in _bytes(p)) + "]))"),
    "scala_map_tochar_mkstring": ("as a Scala Seq(...).map(_.toChar).mkString expression",
                                  lambda p, k: "Seq(" + ", ".join(str(b) for b in _bytes(p)) + ").map(_.toChar).mkString"),
    "dart_string_fromcharcodes": ("as a Dart String.fromCharCodes([...]) call",
                                  lambda p, k: "String.fromCharCodes([" + ", ".join(str(b) for b in _bytes(p)) + "])"),
    "elixir_list_to_string_call": ("as an Elixir List.to_string([...]) call",
                                   lambda p, k: "List.to_string([" + ", ".join(str(b) for b in _bytes(p)) + "])"),
    "base62_bigint_alphanumeric": ("as one Base62 number (0-9 A-Z a-z, the bytes read as a big-endian integer)",
                                   lambda p, k: _b62(p)),
    "halves_swapped_at_midpoint": ("with its two halves swapped (second half first; for an odd length the longer half is the second)",
                                   lambda p, k: p[len(p) // 2:] + p[:len(p) // 2]),
    "each_character_doubled": ("with every character typed twice (keep one of each pair)",
                               lambda p, k: "".join(c + c for c in p)),
    "single_spaces_between_characters": ("spelled out with a space between every character",
                                         lambda p, k: " ".join(p)),
    "roman_numeral_char_codes": ("as ASCII codes written in Roman numerals, separated by spaces",
                                 lambda p, k: " ".join(_roman(b) for b in _bytes(p))),
    "rot47_printable_ascii": ("ROT47-rotated (every printable ASCII character from ! to ~ shifted by 47)",
                              lambda p, k: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)),
    "base32hex_extended_alphabet": ("in Base32hex (RFC 4648 extended-hex alphabet 0-9 A-V, = padding)",
                                    lambda p, k: base64.b32hexencode(p.encode()).decode()),
    "zbase32_human_oriented": ("in z-base-32 (the human-oriented alphabet ybndrfg8ejkmcpqxot1uwisza345h769, no padding)",
                               lambda p, k: base64.b32encode(p.encode()).decode().rstrip("=").translate(
                                   str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ZB32))),
}
