"""Independent decoders for p85 evasions: get only the encoding name and the run."""
import re

GEOHASH_ALPHA = "0123456789bcdefghjkmnpqrstuvwxyz"
BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MORSE_REV = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
             ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q",
             ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y",
             "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5",
             "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "-....-": "-", "..--.-": "_"}
WORDS = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
NUMS = "zero one two three four five six seven eight nine".split()
# code page 037 printable subset, built by hand from the IBM table
CP037 = {0x81 + i: chr(97 + i) for i in range(9)}
CP037.update({0x91 + i: chr(106 + i) for i in range(9)})
CP037.update({0xA2 + i: chr(115 + i) for i in range(8)})
CP037.update({0xC1 + i: chr(65 + i) for i in range(9)})
CP037.update({0xD1 + i: chr(74 + i) for i in range(9)})
CP037.update({0xE2 + i: chr(83 + i) for i in range(8)})
CP037.update({0xF0 + i: chr(48 + i) for i in range(10)})
CP037.update({0x4B: ".", 0x60: "-", 0x6D: "_"})


def _regroup(values, width):
    bits = "".join(format(v, "0%db" % width) for v in values)
    n = len(bits) // 8
    return bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(n))


def d_geohash(t):
    assert re.fullmatch("[0-9b-hjkmnp-z]+", t)
    return _regroup([GEOHASH_ALPHA.index(c) for c in t], 5).decode()


def d_polyline(t):
    out, shift, acc = [], 0, 0
    for ch in t:
        c = ord(ch) - 63
        acc |= (c & 0x1f) << shift
        shift += 5
        if c < 0x20:
            assert acc & 1 == 0
            out.append(acc >> 1)
            shift, acc = 0, 0
    assert shift == 0
    return bytes(out).decode()


def d_wkt(t):
    m = re.fullmatch(r"LINESTRING \((.*)\)", t)
    pts = [tuple(int(x) for x in p.split()) for p in m.group(1).split(", ")]
    assert [p[0] for p in pts] == list(range(len(pts)))
    return "".join(chr(p[1]) for p in pts)


def d_geojson(t):
    m = re.fullmatch(r'\{"type": "MultiPoint", "coordinates": \[(.*)\]\}', t)
    pairs = re.findall(r"\[(\d+), (\d+)\]", m.group(1))
    assert [int(a) for a, _ in pairs] == list(range(len(pairs)))
    return bytes(int(b) for _, b in pairs).decode()


def d_nmea(t):
    m = re.fullmatch(r"\$(PGSEC,([0-9A-F]+))\*([0-9A-F]{2})", t)
    x = 0
    for ch in m.group(1):
        x ^= ord(ch)
    assert x == int(m.group(3), 16)
    h = m.group(2)
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()


def d_quadkey(t):
    assert re.fullmatch("[0-3]+", t) and len(t) % 4 == 0
    return bytes(int(t[i:i + 4], 4) for i in range(0, len(t), 4)).decode()


def d_a85(t):
    m = re.fullmatch(r"<~(.*)~>", t, re.S)
    body = m.group(1).replace("\n", "")
    out = bytearray()
    i = 0
    while i < len(body):
        if body[i] == "z":
            out += b"\0\0\0\0"
            i += 1
            continue
        grp = body[i:i + 5]
        i += 5
        pad = 5 - len(grp)
        grp += "u" * pad
        n = 0
        for ch in grp:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()


def d_b58(t):
    n = 0
    for ch in t:
        n = n * 58 + BTC.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_b36(t):
    n = int(t, 36)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_uu(t):
    lines = t.split("\n")
    assert lines[0].startswith("begin 644 ") and lines[-1] == "end" and lines[-2] == "`"
    out = bytearray()
    for ln in lines[1:-2]:
        n = (ord(ln[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in ln[1:]]
        chunk = bytearray()
        for i in range(0, len(vals), 4):
            a, b, c, d = vals[i:i + 4]
            chunk += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += chunk[:n]
    return out.decode()


def d_hexpairs(h):
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))


def d_caesar(t):
    o = []
    for c in t:
        if "a" <= c <= "z":
            o.append(chr((ord(c) - 97 - 7) % 26 + 97))
        elif "A" <= c <= "Z":
            o.append(chr((ord(c) - 65 - 7) % 26 + 65))
        elif "0" <= c <= "9":
            o.append(chr((ord(c) - 48 - 7) % 10 + 48))
        else:
            o.append(c)
    return "".join(o)


def d_nato(t):
    o = []
    for w in t.split(" "):
        if w in WORDS:
            o.append(chr(97 + WORDS.index(w)))
        elif w.lower() in WORDS and w.isupper():
            o.append(chr(65 + WORDS.index(w.lower())))
        elif w in NUMS:
            o.append(str(NUMS.index(w)))
        else:
            o.append({"dash": "-", "underscore": "_", "dot": "."}[w])
    return "".join(o)


DEC = {
 "geohash_base32_alphabet": d_geohash,
 "google_polyline_signed_varint": d_polyline,
 "wkt_linestring_codepoint_vertices": d_wkt,
 "geojson_multipoint_byte_coordinates": d_geojson,
 "nmea_proprietary_sentence_hex": d_nmea,
 "bing_quadkey_base4_digits": d_quadkey,
 "ascii85_adobe_delimited": d_a85,
 "base58_bitcoin_alphabet": d_b58,
 "base36_big_integer": d_b36,
 "uuencode_begin_block": d_uu,
 "quoted_printable_all_bytes": lambda t: d_hexpairs("".join(re.fullmatch(r"(?:=[0-9A-F]{2})+", t) and t.split("=")[1:])).decode(),
 "percent_encoding_every_byte": lambda t: d_hexpairs("".join(re.fullmatch(r"(?:%[0-9a-f]{2})+", t) and t.split("%")[1:])).decode(),
 "html_decimal_entities": lambda t: "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", t)) if re.fullmatch(r"(?:&#\d+;)+", t) else None,
 "binary_octets_space_separated": lambda t: bytes(int(x, 2) for x in t.split(" ")).decode(),
 "reversed_character_order": lambda t: "".join(reversed(t)),
 "caesar_shift_seven_alnum": d_caesar,
 "morse_code_dots_dashes": lambda t: "".join(MORSE_REV[x] for x in t.split(" ")),
 "nato_phonetic_spelling": d_nato,
 "xor_0x2a_hex_bytes": lambda t: bytes(b ^ 42 for b in d_hexpairs(t)).decode(),
 "postgres_chr_pipe_concatenation": lambda t: "".join(chr(int(x)) for x in re.fullmatch(r"chr\(\d+\)(?:\|\|chr\(\d+\))*", t) and re.findall(r"\d+", t)),
 "python_bytes_fromhex_call": lambda t: d_hexpairs(re.fullmatch(r"bytes\.fromhex\('([0-9a-f ]+)'\)\.decode\(\)", t).group(1).replace(" ", "")).decode(),
 "ebcdic_cp037_hex_bytes": lambda t: "".join(CP037[int(x, 16)] for x in t.split(" ")),
}


def decode(enc, run):
    return DEC[enc](run)
