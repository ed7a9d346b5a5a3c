"""Encoders for the 22 evasion encodings. Each returns (phrase, run). Decoders live in gen_decoders.py."""
import base64, binascii, bz2

NATO = dict(a="alfa", b="bravo", c="charlie", d="delta", e="echo", f="foxtrot", g="golf", h="hotel", i="india", j="juliett", k="kilo", l="lima", m="mike", n="november", o="oscar", p="papa", q="quebec", r="romeo", s="sierra", t="tango", u="uniform", v="victor", w="whiskey", x="xray", y="yankee", z="zulu")
DIGW = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
QROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
EBC = {}
for _i, _c in enumerate("abcdefghi"): EBC[_c] = 0x81 + _i
for _i, _c in enumerate("jklmnopqr"): EBC[_c] = 0x91 + _i
for _i, _c in enumerate("stuvwxyz"): EBC[_c] = 0xA2 + _i
for _c in list(EBC): EBC[_c.upper()] = EBC[_c] + 0x40
for _i in range(10): EBC[str(_i)] = 0xF0 + _i
EBC["-"] = 0x60; EBC["_"] = 0x6D


def e_ascii85(p, k):
    return "in Ascii85 (Adobe flavour, the run sits between <~ and ~>)", base64.a85encode(p.encode(), adobe=True).decode()

def e_b64url(p, k):
    return "in unpadded base64url (RFC 4648 section 5 alphabet, - and _ instead of + and /)", base64.urlsafe_b64encode(p.encode()).decode().rstrip("=")

def e_uu(p, k):
    return "uuencoded (one data line between the begin and end lines)", "begin 644 token.txt\n" + binascii.b2a_uu(p.encode()).decode().rstrip("\n") + "\n`\nend"

def e_qp(p, k):
    return "in quoted-printable with every byte escaped as =XX", "".join("=%02X" % b for b in p.encode())

def e_pct(p, k):
    return "percent-encoded, every byte written as %XX", "".join("%%%02X" % b for b in p.encode())

def e_oct(p, k):
    return "as three-digit octal escapes (a backslash and NNN per byte)", "".join("\\%03o" % b for b in p.encode())

def e_html(p, k):
    return "as HTML decimal character references (&#NN; per character)", "".join("&#%d;" % ord(c) for c in p)

def e_bin(p, k):
    return "as binary octets (eight bits per character, separated by spaces)", " ".join(format(b, "08b") for b in p.encode())

def e_full(p, k):
    return "in fullwidth forms (every character is its U+FF01..U+FF5E twin, subtract 0xFEE0)", "".join(chr(ord(c) + 0xFEE0) for c in p)

def e_rev(p, k):
    return "written backwards (read it from right to left)", p[::-1]

def e_nato(p, k):
    w = []
    for c in p:
        if c.isdigit(): w.append(DIGW[int(c)])
        elif c == "-": w.append("Dash")
        elif c == "_": w.append("Underscore")
        elif c.isupper(): w.append(NATO[c.lower()].upper())
        else: w.append(NATO[c])
    return "spelled in the NATO alphabet (UPPERCASE word = capital letter, lowercase word = small letter, digits, Dash and Underscore spelled out)", " ".join(w)

def e_semver(p, k):
    return "as the patch numbers of these release tags (each patch number is a character code)", " ".join("v%d.%d.%d" % (k % 7, k % 13 + 1, ord(c)) for c in p)

def e_qwerty(p, k):
    m = {}
    for row in QROWS:
        for i, c in enumerate(row[:-1]):
            m[c] = row[i + 1]
    return "typed one key to the right on a US QWERTY keyboard (move every character one key back to the left)", "".join(m[c] for c in p)

def e_b32hex(p, k):
    return "in base32hex (RFC 4648 extended-hex alphabet 0-9 A-V, = padding kept)", base64.b32hexencode(p.encode()).decode()

def e_json(p, k):
    return "as JSON \\uXXXX escapes (one per character)", "".join("\\u%04x" % ord(c) for c in p)

def e_sql(p, k):
    return "as a SQL CHAR() concatenation (each CHAR(n) is a character code)", "||".join("CHAR(%d)" % ord(c) for c in p)

def e_bz2(p, k):
    return "bzip2-compressed and then Base64-encoded (decode, then bunzip2)", base64.b64encode(bz2.compress(p.encode(), 9)).decode()

def e_rot47(p, k):
    return "in ROT47 (every printable ASCII character rotated by 47)", "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)

def e_xor(p, k):
    key = 0x21 + k % 0x5E
    return "XOR-ed with the single byte 0x%02X and shown as hex" % key, bytes(b ^ key for b in p.encode()).hex()

def e_b62(p, k):
    n = int.from_bytes(p.encode(), "big"); d = ""
    while n:
        n, r = divmod(n, 62); d = B62[r] + d
    return "as one base-62 number (the bytes read as a big-endian integer, digits 0-9A-Za-z)", d

def e_js(p, k):
    step = 3 + k % 3
    return "cut into a JavaScript string concatenation (join the quoted pieces)", " + ".join('"%s"' % p[i:i + step] for i in range(0, len(p), step))

def e_ebcdic(p, k):
    return "as EBCDIC code page 037 bytes in hex", "".join("%02X" % EBC[c] for c in p)


ENC = {
 "ascii85_adobe_delimited": e_ascii85, "base64url_no_padding": e_b64url, "uuencode_single_line": e_uu,
 "quoted_printable_all_escaped": e_qp, "percent_encoded_every_byte": e_pct, "octal_backslash_escapes": e_oct,
 "html_decimal_entities": e_html, "binary_octet_groups": e_bin, "fullwidth_latin_forms": e_full,
 "reversed_character_order": e_rev, "nato_phonetic_spelling": e_nato, "semver_tag_patch_codes": e_semver,
 "qwerty_right_neighbour_shift": e_qwerty, "base32hex_extended_alphabet": e_b32hex, "json_unicode_escapes": e_json,
 "sql_char_concat": e_sql, "bzip2_then_base64": e_bz2, "rot47_printable": e_rot47, "xor_key_byte_hex": e_xor,
 "base62_bigint_digits": e_b62, "js_string_concat_chunks": e_js, "ebcdic_cp037_hex": e_ebcdic,
}
