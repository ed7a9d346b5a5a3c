"""Encoders for the 33 evasion encodings. Each returns (encoded_region, key_or_None)."""
import base64, binascii, bz2, zlib

KEYED = {"caesar_shift_keyed", "affine_cipher_keyed", "vigenere_repeating_keyed", "scytale_rod_keyed",
         "single_byte_xor_base64_keyed"}


def _shift_letters(s, f):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(f(ord(c) - 97) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr(f(ord(c) - 65) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def caesar(p, rng):
    k = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22])
    return _shift_letters(p, lambda x: x + k), str(k)


def affine(p, rng):
    a = rng.choice([5, 7, 11, 17, 19, 23])
    b = rng.randrange(3, 21)
    return _shift_letters(p, lambda x: a * x + b), f"a={a}, b={b}"


def vigenere(p, rng):
    key = rng.choice(["lantern", "orchid", "pebble", "walrus", "quartz", "meadow", "falcon", "cobalt", "juniper"])
    out, i = [], 0
    for c in p:
        if c.isascii() and c.isalpha():
            k = ord(key[i % len(key)]) - 97
            i += 1
            base = 97 if c.islower() else 65
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out), key


def scytale(p, rng):
    n = rng.randrange(3, 7)
    return "".join(p[i::n] for i in range(n)), str(n)


def xor1_b64(p, rng):
    k = rng.randrange(1, 256)
    return base64.b64encode(bytes(b ^ k for b in p.encode())).decode(), "0x%02x" % k


def reversed_chars(p, rng):
    return p[::-1], None


def base36(p, rng):
    n = int.from_bytes(p.encode(), "big")
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = d[r] + out
    return out, None


B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def base45(p, rng):
    b = p.encode()
    out = ""
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += B45[c] + B45[d] + B45[e]
        else:
            n = b[i]
            out += B45[n % 45] + B45[n // 45]
    return out, None


def ascii85(p, rng):
    return base64.a85encode(p.encode(), adobe=True).decode(), None


def uuencode(p, rng):
    b = p.encode()
    lines = ["begin 644 token.txt"]
    for i in range(0, len(b), 45):
        lines.append(binascii.b2a_uu(b[i:i + 45], backtick=True).decode().rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines), None


def bz2_b64(p, rng):
    return base64.b64encode(bz2.compress(p.encode(), 9)).decode(), None


def raw_deflate_b32(p, rng):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b32encode(c.compress(p.encode()) + c.flush()).decode(), None


def utf16le_b64(p, rng):
    return base64.b64encode(p.encode("utf-16-le")).decode(), None


def hex_colon(p, rng):
    return ":".join("%02X" % b for b in p.encode()), None


def dec_list(p, rng):
    return ", ".join(str(b) for b in p.encode()), None


def ones_complement(p, rng):
    return "".join("%02x" % (~b & 0xFF) for b in p.encode()), None


def rot18(p, rng):
    out = []
    for c in p:
        if c.isdigit():
            out.append(str((int(c) + 5) % 10))
        else:
            out.append(c)
    return _shift_letters("".join(out), lambda x: x + 13), None


def c_hex(p, rng):
    return '"' + "".join("\\x%02x" % b for b in p.encode()) + '"', None


def java_u(p, rng):
    return '"' + "".join("\\u%04x" % ord(c) for c in p) + '"', None


def ruby_pack(p, rng):
    return "[" + ", ".join(str(b) for b in p.encode()) + "].pack('C*')", None


def bash_octal(p, rng):
    return "$'" + "".join("\\%03o" % b for b in p.encode()) + "'", None


def pg_chr(p, rng):
    return "||".join("chr(%d)" % ord(c) for c in p), None


def java_chars(p, rng):
    return "new String(new char[]{" + ", ".join("'%s'" % c for c in p) + "})", None


def js_chunks(p, rng):
    parts, i = [], 0
    while i < len(p):
        n = rng.randrange(3, 8)
        parts.append(p[i:i + n])
        i += n
    if len(parts) < 2:
        parts = [p[:len(p) // 2], p[len(p) // 2:]]
    return " + ".join('"%s"' % x for x in parts), None


def fullwidth(p, rng):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in p), None


GREEK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
         "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396",
         "o": "\u03bf", "v": "\u03bd"}


def greek(p, rng):
    return "".join(GREEK.get(c, c) for c in p), None


def soft_hyphen(p, rng):
    return "\u00ad".join(p), None


def rlo(p, rng):
    return "\u202e" + p[::-1] + "\u202c", None


def zw_binary(p, rng):
    return "".join("\u200d" if bit == "1" else "\u200c" for b in p.encode() for bit in format(b, "08b")), None


def doubled(p, rng):
    return "".join(c + c for c in p), None


Q_ROWS = ["qwertyuiop", "asdfghjkl;", "zxcvbnm"]
C_ROWS = ["qwfpgjluy;", "arstdhneio", "zxcvbkm"]
COLEMAK = {}
for qr, cr in zip(Q_ROWS, C_ROWS):
    for q, c in zip(qr, cr):
        COLEMAK[q] = c
        COLEMAK[q.upper() if q != ";" else ":"] = c.upper() if c != ";" else ":"


def colemak(p, rng):
    return "".join(COLEMAK.get(c, c) for c in p), None


RS_ROWS = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./",
           "!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
RSHIFT = {}
for row in RS_ROWS:
    for a, b in zip(row, row[1:]):
        RSHIFT[a] = b


def right_shift(p, rng):
    return "".join(RSHIFT[c] for c in p), None


MORSE = {"0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".",
         "f": "..-."}


def morse(p, rng):
    return " ".join(MORSE[c] for c in p), None


ENC = {
    "caesar_shift_keyed": caesar,
    "affine_cipher_keyed": affine,
    "vigenere_repeating_keyed": vigenere,
    "scytale_rod_keyed": scytale,
    "single_byte_xor_base64_keyed": xor1_b64,
    "reversed_characters": reversed_chars,
    "base36_bigint": base36,
    "base45_rfc9285": base45,
    "ascii85_adobe_delimited": ascii85,
    "uuencode_begin_block": uuencode,
    "bz2_base64": bz2_b64,
    "raw_deflate_base32": raw_deflate_b32,
    "utf16le_base64": utf16le_b64,
    "hex_colon_separated_upper": hex_colon,
    "decimal_byte_list_comma": dec_list,
    "ones_complement_bytes_hex": ones_complement,
    "rot18_letters_digits": rot18,
    "c_hex_escaped_string_literal": c_hex,
    "java_unicode_escape_string": java_u,
    "ruby_pack_c_star_array": ruby_pack,
    "bash_ansi_c_octal_quoting": bash_octal,
    "postgres_chr_pipe_concat": pg_chr,
    "java_char_array_new_string": java_chars,
    "js_string_concat_chunks": js_chunks,
    "fullwidth_forms_nfkc": fullwidth,
    "greek_homoglyph_swap": greek,
    "soft_hyphen_interleaved": soft_hyphen,
    "right_to_left_override_reversed": rlo,
    "zero_width_binary_stego": zw_binary,
    "each_char_doubled": doubled,
    "colemak_layout_typed_on_qwerty": colemak,
    "qwerty_right_shift_typo": right_shift,
    "morse_code_hex_token": morse,
}

# natural phrase naming the encoding; {k} = key
PHRASE = {
    "caesar_shift_keyed": "Caesar-shifted, every letter moved forward by {k}",
    "affine_cipher_keyed": "run through an affine cipher with {k} (letters only)",
    "vigenere_repeating_keyed": "Vigenère-encrypted with the key word \"{k}\" (letters only, case kept)",
    "scytale_rod_keyed": "wrapped scytale-style around a rod of {k} turns (every {k}th character read first)",
    "single_byte_xor_base64_keyed": "XOR-ed byte by byte with {k} and then base64-encoded",
    "reversed_characters": "simply written backwards",
    "base36_bigint": "turned into one big base36 number",
    "base45_rfc9285": "base45-encoded (the QR-code alphabet from RFC 9285)",
    "ascii85_adobe_delimited": "Ascii85-encoded, Adobe style with the <~ ~> markers",
    "uuencode_begin_block": "uuencoded (classic begin/end block)",
    "bz2_base64": "bzip2-compressed and then base64-encoded",
    "raw_deflate_base32": "raw-deflated (no zlib header) and then base32-encoded",
    "utf16le_base64": "encoded as UTF-16LE and then base64, like a PowerShell -EncodedCommand",
    "hex_colon_separated_upper": "as colon-separated upper-case hex bytes",
    "decimal_byte_list_comma": "as a comma-separated list of decimal byte values",
    "ones_complement_bytes_hex": "bit-inverted (ones' complement of every byte), shown as hex",
    "rot18_letters_digits": "ROT18'd (ROT13 on the letters, ROT5 on the digits)",
    "c_hex_escaped_string_literal": "as a C string literal made only of \\x hex escapes",
    "java_unicode_escape_string": "as a Java string literal of \\u escapes",
    "ruby_pack_c_star_array": "as a Ruby byte array you pack with C*",
    "bash_ansi_c_octal_quoting": "in bash $'...' ANSI-C quoting with octal escapes",
    "postgres_chr_pipe_concat": "as a Postgres chr() || concatenation",
    "java_char_array_new_string": "as a Java new String(char[]) of single characters",
    "js_string_concat_chunks": "split into JavaScript string chunks joined with +",
    "fullwidth_forms_nfkc": "typed in full-width characters (NFKC folds them back)",
    "greek_homoglyph_swap": "with some Latin letters swapped for Greek look-alikes",
    "soft_hyphen_interleaved": "with an invisible soft hyphen between every character",
    "right_to_left_override_reversed": "stored reversed behind a right-to-left override so it displays normally",
    "zero_width_binary_stego": "hidden as zero-width joiner / non-joiner bits (ZWJ = 1, ZWNJ = 0, 8 bits per byte) right after the arrow",
    "each_char_doubled": "with every character typed twice",
    "colemak_layout_typed_on_qwerty": "typed on a QWERTY keyboard while the Colemak layout was active",
    "qwerty_right_shift_typo": "typed with both hands shifted one key to the right on a QWERTY keyboard",
    "morse_code_hex_token": "in Morse code (it is a lower-case hex key)",
}
