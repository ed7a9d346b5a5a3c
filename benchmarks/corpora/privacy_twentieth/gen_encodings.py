"""Encoders for the 33 p20 evasion encodings (decoders live in gen_decoders.py)."""
import base64
import binascii
import bz2
import json
import zlib

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
         "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
         "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
         "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----",
         "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "_": "..--.-", "-": "-....-"}


def e_morse(s, k=None):
    return " ".join(MORSE[c] for c in s)


def e_fullwidth(s, k=None):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def e_affine(s, k):
    a, b = k
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((a * (ord(c) - 97) + b) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((a * (ord(c) - 65) + b) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def e_xxd_i(s, k=None):
    bs = s.encode()
    rows = []
    for i in range(0, len(bs), 12):
        rows.append("  " + ", ".join("0x%02x" % x for x in bs[i:i + 12]))
    return "unsigned char token_txt[] = {\n" + ",\n".join(rows) + "\n};"


def e_uu(s, k=None):
    bs = s.encode()
    lines = [binascii.b2a_uu(bs[i:i + 45], backtick=True).decode().rstrip("\n") for i in range(0, len(bs), 45)]
    return "begin 644 token.txt\n" + "\n".join(lines) + "\n`\nend"


def e_a85(s, k=None):
    return base64.a85encode(s.encode(), adobe=True).decode()


def e_base36(s, k=None):
    n = int.from_bytes(s.encode(), "big")
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = d[r] + out
    return out


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def e_base58(s, k=None):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def e_c_octal(s, k=None):
    return "\"" + "".join("\\%03o" % b for b in s.encode()) + "\""


def e_json_u4(s, k=None):
    return "".join("\\u%04x" % ord(c) for c in s)


ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./",
        "!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]


def e_qwerty_right(s, k=None):
    m = {}
    for row in ROWS:
        for i in range(len(row) - 1):
            m[row[i]] = row[i + 1]
    return "".join(m[c] for c in s)


def e_caesar(s, k):
    out = []
    for c in s:
        if c.islower() and c.isascii():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper() and c.isascii():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def e_rotl3(s, k=None):
    return "".join("%02x" % (((b << 3) | (b >> 5)) & 0xFF) for b in s.encode())


def e_nibble(s, k=None):
    return "".join("%02x" % (((b & 0x0F) << 4) | (b >> 4)) for b in s.encode())


def e_raw_deflate(s, k=None):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(s.encode()) + c.flush()).decode()


def e_bz2(s, k=None):
    return base64.b64encode(bz2.compress(s.encode(), 9)).decode()


def e_mysql_x(s, k=None):
    return "X'" + s.encode().hex().upper() + "'"


def e_dots(s, k=None):
    return ".".join(s)


def e_md_table(s, k=None):
    return "| " + " | ".join(s) + " |"


ACRO_WORDS = ["rotate the staging box", "check the queue depth", "ping the on-call",
              "update the runbook", "verify backups", "close the ticket", "tag the release",
              "drain the old node", "review the alerts", "archive the logs"]


def e_acrostic(s, k=None):
    return "\n".join("%s - %s" % (c, ACRO_WORDS[i % len(ACRO_WORDS)]) for i, c in enumerate(s))


def _roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, sym in vals:
        while n >= v:
            out += sym
            n -= v
    return out


def e_roman(s, k=None):
    return " ".join(_roman(ord(c)) for c in s)


def e_utf16le_b64(s, k=None):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def e_cp037(s, k=None):
    return s.encode("cp037").hex().upper()


def e_colon_hex(s, k=None):
    return ":".join("%02x" % b for b in s.encode())


def e_rev_b64(s, k=None):
    return base64.b64encode(s[::-1].encode()).decode()


def e_even_odd(s, k=None):
    return s[0::2] + " " + s[1::2]


def e_decrement(s, k=None):
    return "".join(chr(ord(c) - 1) for c in s)


def e_ansi_c(s, k=None):
    return "$'" + "".join("\\x%02x" % b for b in s.encode()) + "'"


def e_regex_br(s, k=None):
    return "".join("[%s]" % c for c in s)


def e_json_chars(s, k=None):
    return json.dumps(list(s))


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def e_base45(s, k=None):
    bs = s.encode()
    out = ""
    for i in range(0, len(bs) - 1, 2):
        n = bs[i] * 256 + bs[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += B45[c] + B45[d] + B45[e]
    if len(bs) % 2:
        n = bs[-1]
        out += B45[n % 45] + B45[n // 45]
    return out


def e_bubblebabble(s, k=None):
    vowels, cons = "aeiouy", "bcdfghklmnprstvzx"
    data = s.encode()
    seed = 1
    out = "x"
    rounds = len(data) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(data) % 2:
            b1 = data[2 * i]
            out += vowels[(((b1 >> 6) & 3) + seed) % 6]
            out += cons[(b1 >> 2) & 15]
            out += vowels[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = data[2 * i + 1]
                out += cons[(b2 >> 4) & 15] + "-" + cons[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += vowels[seed % 6] + cons[16] + vowels[seed // 6]
    return out + "x"


def e_xor_chain(s, k=None):
    bs = s.encode()
    return "".join("%02x" % (bs[i] ^ (bs[i - 1] if i else 0)) for i in range(len(bs)))


ENC = {
    "morse_code_dots_dashes": e_morse, "fullwidth_forms_nfkc": e_fullwidth,
    "affine_cipher_keyed": e_affine, "xxd_include_c_array": e_xxd_i,
    "uuencode_begin_block": e_uu, "ascii85_adobe_delimited": e_a85,
    "base36_bigint": e_base36, "base58_bitcoin_alphabet_bigint": e_base58,
    "c_octal_escape_string": e_c_octal, "json_u4_escape_all": e_json_u4,
    "qwerty_right_shift_typo": e_qwerty_right, "caesar_shift_stated_n": e_caesar,
    "byte_bitrot_left3_hex": e_rotl3, "nibble_swapped_hex": e_nibble,
    "raw_deflate_base64": e_raw_deflate, "bzip2_base64": e_bz2,
    "mysql_x_quoted_hex_literal": e_mysql_x, "dot_separated_chars": e_dots,
    "markdown_table_cells": e_md_table, "acrostic_line_initials": e_acrostic,
    "roman_numeral_codepoints": e_roman, "utf16le_base64": e_utf16le_b64,
    "ebcdic_cp037_hex": e_cp037, "colon_separated_hex_bytes": e_colon_hex,
    "reversed_then_base64": e_rev_b64, "even_odd_halves_concatenated": e_even_odd,
    "char_code_decrement": e_decrement, "bash_ansi_c_hex_escape": e_ansi_c,
    "regex_bracketed_chars": e_regex_br, "json_char_array": e_json_chars,
    "base45_rfc9285": e_base45, "bubblebabble_encoding": e_bubblebabble,
    "xor_chain_previous_byte_hex": e_xor_chain,
}
KEYED = {"affine_cipher_keyed", "caesar_shift_stated_n"}
