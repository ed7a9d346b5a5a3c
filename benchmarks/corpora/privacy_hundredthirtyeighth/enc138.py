import base64, binascii
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()))
DIG = "Zero One Two Three Four Five Six Seven Eight Nine".split()
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
def _int_to(alpha, b):
    n = int.from_bytes(b, "big"); o = ""
    while n: n, m = divmod(n, len(alpha)); o = alpha[m] + o
    return o
def nato(p):
    out = []
    for ch in p:
        if ch.isdigit(): out.append(DIG[int(ch)])
        elif ch.isalpha(): out.append(("CAPITAL-" if ch.isupper() else "") + NATO[ch.lower()])
        else: out.append({"-": "Dash", "_": "Underscore", ".": "Stop"}[ch])
    return " ".join(out)
def caesar(p, k=11):
    o = ""
    for ch in p:
        if ch.islower(): o += chr((ord(ch) - 97 + k) % 26 + 97)
        elif ch.isupper(): o += chr((ord(ch) - 65 + k) % 26 + 65)
        elif ch.isdigit(): o += str((int(ch) + 3) % 10)
        else: o += ch
    return o
def columnar(p, w=4):
    return "".join(p[c::w] for c in range(w))
def b45(p):
    b = p.encode(); o = ""
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]; c, n = n % 45, n // 45; d, e = n % 45, n // 45
            o += B45[c] + B45[d] + B45[e]
        else:
            n = b[i]; o += B45[n % 45] + B45[n // 45]
    return o
E = {
 "ascii85_adobe_delimited": ("in Adobe Ascii85 between <~ and ~> (groups of four UTF-8 bytes as five characters from ! to u, z for four zero bytes)", lambda p: base64.a85encode(p.encode(), adobe=True).decode()),
 "quoted_printable_every_byte": ("in quoted-printable with every UTF-8 byte written as = and two upper-case hex digits", lambda p: "".join("=%02X" % c for c in p.encode())),
 "percent_encoding_every_byte": ("percent-encoded with every UTF-8 byte written as % and two upper-case hex digits", lambda p: "".join("%%%02X" % c for c in p.encode())),
 "html_decimal_character_references": ("as HTML decimal character references &#N; (N the code point), no separators", lambda p: "".join("&#%d;" % ord(c) for c in p)),
 "html_hex_character_references": ("as HTML hexadecimal character references &#xH; (H the code point in lower-case hex), no separators", lambda p: "".join("&#x%x;" % ord(c) for c in p)),
 "binary_octets_space_separated": ("as the UTF-8 bytes in binary, eight bits each, space-separated", lambda p: " ".join(format(c, "08b") for c in p.encode())),
 "nato_phonetic_spelling": ("spelled in the NATO alphabet, one word per character, CAPITAL- before a word marks an upper-case letter, digits as English number words, Dash for -, Underscore for _ and Stop for .", nato),
 "caesar_letters_eleven_digits_three": ("with a Caesar shift: every letter moved eleven places forward in its case, every digit increased by three modulo 10, - _ . unchanged", caesar),
 "plain_string_reversed": ("written back to front (last character first), nothing else changed", lambda p: p[::-1]),
 "columnar_transposition_width_four": ("in a columnar transposition: written in rows of four characters, then columns 1, 2, 3 and 4 read top to bottom and joined (the last row may be short)", columnar),
 "even_positions_then_odd_positions": ("with the characters at positions 1, 3, 5, ... first and then those at positions 2, 4, 6, ... (counting from 1), no separator", lambda p: p[0::2] + p[1::2]),
 "uuencode_single_line": ("uuencoded as one line (first character gives the byte count, then four characters per three bytes, each character 32 plus six bits, a backtick for zero)", lambda p: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n")),
 "base36_big_endian_integer": ("in base 36 (0-9 a-z), reading the UTF-8 bytes as one big-endian number", lambda p: _int_to(B36, p.encode())),
 "base45_qr_alphabet": ("in RFC 9285 Base45 (alphabet 0-9 A-Z space $ % * + - . / :), two bytes as three characters low digit first", b45),
 "utf32be_hex_groups": ("as UTF-32BE, eight lower-case hex digits per character, space-separated", lambda p: " ".join("%08x" % ord(c) for c in p)),
 "bitwise_not_hex_bytes": ("as every UTF-8 byte bit-inverted (255 minus the byte) in upper-case hex, colon-separated", lambda p: ":".join("%02X" % (255 - c) for c in p.encode())),
 "c_byte_array_initializer": ("as a C byte-array initializer {0x..,...} of the UTF-8 bytes in lower-case hex", lambda p: "{" + ",".join("0x%02x" % c for c in p.encode()) + "}"),
 "mysql_unhex_call": ("as a MySQL UNHEX('...') call holding the UTF-8 bytes in upper-case hex", lambda p: "UNHEX('" + p.encode().hex().upper() + "')"),
 "salinity_tenths_ppt_readings": ("as salinity readings in ppt with one decimal, one per character, where ten times the reading is the code point, separated by ' | '", lambda p: " | ".join("%d.%d ppt" % divmod(ord(c), 10) for c in p)),
 "fish_weight_grams_times_three": ("as fish weights in grams, one per character, where the weight divided by three is the code point, comma-separated", lambda p: ", ".join("%d g" % (3 * ord(c)) for c in p)),
 "vessel_heading_plus_one_hundred": ("as vessel headings in degrees, one per character, where the heading minus 100 is the code point, written NNN° and space-separated", lambda p: " ".join("%03d°" % (ord(c) + 100) for c in p)),
 "catch_box_kilos_quarter_steps_offset": ("as fish-box weights in kg with two decimals, one per character, where four times the weight minus 40 is the code point, separated by semicolons", lambda p: ";".join("%.2f kg" % ((ord(c) + 40) / 4) for c in p)),
}
