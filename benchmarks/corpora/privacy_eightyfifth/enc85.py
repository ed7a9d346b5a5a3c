"""Encoders for the 22 p85 evasions (plain str -> encoded run)."""
import base64, binascii

GH = "0123456789bcdefghjkmnpqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-", "_": "..--.-"}
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _bits(data, width):
    acc = "".join(format(b, "08b") for b in data)
    acc += "0" * (-len(acc) % width)
    return [int(acc[i:i + width], 2) for i in range(0, len(acc), width)]


def geohash(s):
    return "".join(GH[x] for x in _bits(s.encode(), 5))


def polyline(s):
    out = []
    for b in s.encode():
        v = b << 1
        while v >= 0x20:
            out.append(chr((0x20 | (v & 0x1f)) + 63))
            v >>= 5
        out.append(chr(v + 63))
    return "".join(out)


def wkt(s):
    return "LINESTRING (" + ", ".join("%d %d" % (i, ord(c)) for i, c in enumerate(s)) + ")"


def geojson(s):
    return '{"type": "MultiPoint", "coordinates": [' + ", ".join("[%d, %d]" % (i, b) for i, b in enumerate(s.encode())) + "]}"


def nmea(s):
    body = "PGSEC," + s.encode().hex().upper()
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return "$%s*%02X" % (body, cs)


def quadkey(s):
    return "".join("".join(str(d) for d in (b >> 6, (b >> 4) & 3, (b >> 2) & 3, b & 3)) for b in s.encode())


def ascii85(s):
    return base64.a85encode(s.encode(), adobe=True).decode()


def base58(s):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    return out


def base36(s):
    n = int.from_bytes(s.encode(), "big")
    a = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, d = divmod(n, 36)
        out = a[d] + out
    return out


def uu(s):
    data = s.encode()
    lines = [binascii.b2a_uu(data[i:i + 45], backtick=True).decode().rstrip("\n") for i in range(0, len(data), 45)]
    return "begin 644 key.txt\n" + "\n".join(lines) + "\n`\nend"


ENC = {
 "geohash_base32_alphabet": geohash,
 "google_polyline_signed_varint": polyline,
 "wkt_linestring_codepoint_vertices": wkt,
 "geojson_multipoint_byte_coordinates": geojson,
 "nmea_proprietary_sentence_hex": nmea,
 "bing_quadkey_base4_digits": quadkey,
 "ascii85_adobe_delimited": ascii85,
 "base58_bitcoin_alphabet": base58,
 "base36_big_integer": base36,
 "uuencode_begin_block": uu,
 "quoted_printable_all_bytes": lambda s: "".join("=%02X" % b for b in s.encode()),
 "percent_encoding_every_byte": lambda s: "".join("%%%02x" % b for b in s.encode()),
 "html_decimal_entities": lambda s: "".join("&#%d;" % ord(c) for c in s),
 "binary_octets_space_separated": lambda s: " ".join(format(b, "08b") for b in s.encode()),
 "reversed_character_order": lambda s: s[::-1],
 "caesar_shift_seven_alnum": lambda s: "".join(
     chr((ord(c) - 97 + 7) % 26 + 97) if c.islower() else chr((ord(c) - 65 + 7) % 26 + 65) if c.isupper()
     else chr((ord(c) - 48 + 7) % 10 + 48) if c.isdigit() else c for c in s),
 "morse_code_dots_dashes": lambda s: " ".join(MORSE[c] for c in s),
 "nato_phonetic_spelling": lambda s: " ".join(
     NATO[ord(c) - 97] if c.islower() else NATO[ord(c) - 65].upper() if c.isupper() else DIG[int(c)] if c.isdigit()
     else {"-": "dash", "_": "underscore", ".": "dot"}[c] for c in s),
 "xor_0x2a_hex_bytes": lambda s: bytes(b ^ 0x2A for b in s.encode()).hex(),
 "postgres_chr_pipe_concatenation": lambda s: "||".join("chr(%d)" % ord(c) for c in s),
 "python_bytes_fromhex_call": lambda s: "bytes.fromhex('%s').decode()" % s.encode().hex(" "),
 "ebcdic_cp037_hex_bytes": lambda s: " ".join("%02X" % b for b in s.encode("cp037")),
}

PHRASE = {
 "geohash_base32_alphabet": "as bits regrouped five at a time in the geohash base32 alphabet (0-9 b-z without a i l o; zero bits pad the end)",
 "google_polyline_signed_varint": "as a Google encoded-polyline run, one value per UTF-8 byte (value shifted left one, 5-bit chunks plus 63)",
 "wkt_linestring_codepoint_vertices": "as a WKT LINESTRING whose vertices are (position, code point)",
 "geojson_multipoint_byte_coordinates": "as a GeoJSON MultiPoint whose coordinates are [position, UTF-8 byte]",
 "nmea_proprietary_sentence_hex": "as a proprietary NMEA sentence whose field is the hex of the UTF-8 bytes (XOR checksum after *)",
 "bing_quadkey_base4_digits": "as a quadkey-style string, four base-4 digits per UTF-8 byte",
 "ascii85_adobe_delimited": "in Adobe Ascii85 between <~ and ~>",
 "base58_bitcoin_alphabet": "in Base58 (Bitcoin alphabet, bytes read as one big-endian number)",
 "base36_big_integer": "as one base-36 number (lower-case digits, the UTF-8 bytes read big-endian)",
 "uuencode_begin_block": "uuencoded (begin / end block)",
 "quoted_printable_all_bytes": "quoted-printable with every byte escaped (=XX)",
 "percent_encoding_every_byte": "percent-encoded, every byte as %xx",
 "html_decimal_entities": "as HTML decimal character references",
 "binary_octets_space_separated": "as binary octets separated by spaces",
 "reversed_character_order": "written backwards (read it right to left)",
 "caesar_shift_seven_alnum": "Caesar-shifted by seven (letters within their case, digits mod 10; shift back by 7; - _ . unchanged)",
 "morse_code_dots_dashes": "in Morse code, one space between characters (all lower case)",
 "nato_phonetic_spelling": "spelled in the NATO alphabet (CAPITAL code word = upper-case letter, digits as English words, dash / underscore / dot)",
 "xor_0x2a_hex_bytes": "as hex of each UTF-8 byte XORed with 0x2A",
 "postgres_chr_pipe_concatenation": "as a PostgreSQL chr(n)||chr(n) expression",
 "python_bytes_fromhex_call": "as a Python bytes.fromhex(...).decode() call",
 "ebcdic_cp037_hex_bytes": "as EBCDIC (code page 037) bytes in hex",
}
