"""Encoders for the 22 evasion encodings. Each: (phrase(key), encode(plain, key)). Decoders live in gen_decoders.py."""
import base64, gzip

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
        "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
DIGW = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Niner"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _nato(p, k):
    out = []
    for c in p:
        if c.islower():
            out.append(NATO[ord(c) - 97])
        elif c.isupper():
            out.append(NATO[ord(c) - 65].upper())
        elif c.isdigit():
            out.append(DIGW[int(c)])
        else:
            out.append({"-": "Dash", "_": "Underscore", ".": "Stop"}[c])
    return " ".join(out)


def _caesar(p, k):
    o = []
    for c in p:
        if c.islower():
            o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper():
            o.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isdigit():
            o.append(str((int(c) + k) % 10))
        else:
            o.append(c)
    return "".join(o)


def _b62(p, k):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s


ENC = {
    "percent_encoding_every_byte": (lambda k: "percent-encoded like a deep-link query (every byte written as %XX)",
                                    lambda p, k: "".join("%%%02X" % b for b in p.encode())),
    "java_unicode_u_escapes": (lambda k: "as Java \\uXXXX unicode escapes (four hex digits per character)",
                               lambda p, k: "".join("\\u%04x" % ord(c) for c in p)),
    "swift_unicode_scalar_braces": (lambda k: "as Swift unicode scalar escapes \\u{..} (hex code point per character)",
                                    lambda p, k: "".join("\\u{%x}" % ord(c) for c in p)),
    "c_octal_backslash_escapes": (lambda k: "as octal backslash escapes (\\ooo, three octal digits per byte)",
                                  lambda p, k: "".join("\\%03o" % b for b in p.encode())),
    "xml_decimal_charrefs": (lambda k: "as XML decimal character references (&#NNN; per character)",
                             lambda p, k: "".join("&#%d;" % ord(c) for c in p)),
    "dart_fromcharcodes_list": (lambda k: "as a Dart String.fromCharCodes call (decimal character codes)",
                                lambda p, k: "String.fromCharCodes([" + ", ".join(str(ord(c)) for c in p) + "])"),
    "kotlin_bytearrayof_binary_literals": (lambda k: "as a Kotlin byteArrayOf with binary literals (one 0b octet per character)",
                                           lambda p, k: "byteArrayOf(" + ", ".join("0b{:08b}".format(b) for b in p.encode()) + ")"),
    "smali_array_data_bytes": (lambda k: "as a smali .array-data block from the decompiled APK (one byte per character, t suffix)",
                               lambda p, k: ".array-data 1\n" + "".join("    0x%xt\n" % b for b in p.encode()) + ".end array-data"),
    "android_integer_array_resource": (lambda k: "as an Android integer-array resource (each item is a character code)",
                                       lambda p, k: '<integer-array name="k">\n' + "".join("    <item>%d</item>\n" % ord(c) for c in p) + "</integer-array>"),
    "plist_data_element_base64": (lambda k: "as a property-list <data> element (standard Base64 inside)",
                                  lambda p, k: "<data>" + base64.b64encode(p.encode()).decode() + "</data>"),
    "reversed_then_base64": (lambda k: "reversed and then Base64-encoded (decode, then read it backwards)",
                             lambda p, k: base64.b64encode(p[::-1].encode()).decode()),
    "gzip_then_base64": (lambda k: "gzip-compressed and then Base64-encoded (base64 -d | gunzip)",
                         lambda p, k: base64.b64encode(gzip.compress(p.encode(), mtime=0)).decode()),
    "ascii85_adobe_delimiters": (lambda k: "in Adobe Ascii85 between <~ and ~>",
                                 lambda p, k: "<~" + base64.a85encode(p.encode()).decode() + "~>"),
    "base32hex_rfc4648_extended": (lambda k: "in Base32hex (RFC 4648 extended-hex alphabet 0-9 A-V, = padding)",
                                   lambda p, k: base64.b32hexencode(p.encode()).decode()),
    "base62_integer_digits": (lambda k: "as one Base62 number (0-9 A-Z a-z, the bytes read as a big-endian integer)",
                              _b62),
    "binary_octets_spaced": (lambda k: "as 8-bit binary octets, space-separated (one per character)",
                             lambda p, k: " ".join("{:08b}".format(b) for b in p.encode())),
    "hex_reversed_byte_order": (lambda k: "as hex with the byte order reversed (last character first)",
                                lambda p, k: p.encode()[::-1].hex()),
    "caesar_shift_stated_key": (lambda k: f"Caesar-shifted forward by {k} (letters within their case, digits mod 10; shift back by {k}; - _ . unchanged)",
                                _caesar),
    "rail_fence_two_rails": (lambda k: "as a two-rail fence (first line = characters 1, 3, 5 …, second line = characters 2, 4, 6 …; interleave them)",
                             lambda p, k: p[0::2] + "\n" + p[1::2]),
    "reversed_character_order": (lambda k: "written backwards (read it right to left)",
                                 lambda p, k: p[::-1]),
    "nato_phonetic_spelled_out": (lambda k: "spelled in NATO phonetics (lower-case word = lower-case letter, UPPER-CASE word = capital, Zero…Niner digits, Dash / Underscore / Stop)",
                                  _nato),
    "every_character_doubled": (lambda k: "with every character typed twice (keep one of each pair)",
                                lambda p, k: "".join(c + c for c in p)),
}
