"""Independent decoders: each gets only the text before the span and the encoded run."""
import re, base64, bz2

_NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_KB = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
_A64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_A32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
_A62 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz"


def _bits_to_bytes(bits):
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def d_ascii85(before, run):
    assert run.startswith("<~") and run.endswith("~>")
    body, out = run[2:-2], bytearray()
    i, grp = 0, []
    for ch in body:
        if ch == "z" and not grp:
            out += b"\0\0\0\0"; continue
        grp.append(ord(ch) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp: n = n * 85 + g
            out += n.to_bytes(4, "big"); grp = []
    if grp:
        pad = 5 - len(grp)
        n = 0
        for g in grp + [84] * pad: n = n * 85 + g
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()


def d_b64url(before, run):
    bits = "".join(format(_A64U.index(c), "06b") for c in run)
    return _bits_to_bytes(bits).decode()


def d_uu(before, run):
    lines = run.split("\n")
    assert lines[0].startswith("begin ") and lines[-1] == "end"
    data = lines[1]
    n = (ord(data[0]) - 32) & 63
    bits = "".join(format((ord(c) - 32) & 63, "06b") for c in data[1:])
    return _bits_to_bytes(bits)[:n].decode()


def d_qp(before, run):
    return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode()


def d_pct(before, run):
    return bytes(int(h, 16) for h in re.findall(r"%([0-9A-Fa-f]{2})", run)).decode()


def d_oct(before, run):
    return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()


def d_html(before, run):
    return "".join(chr(int(n)) for n in re.findall(r"&#(\d+);", run))


def d_bin(before, run):
    return bytes(int(b, 2) for b in run.split(" ")).decode()


def d_full(before, run):
    return "".join(chr(ord(c) - 0xFEE0) for c in run)


def d_rev(before, run):
    return "".join(reversed(run))


def d_nato(before, run):
    out = []
    for w in run.split(" "):
        lw = w.lower()
        if w == "Dash": out.append("-")
        elif w == "Underscore": out.append("_")
        elif w[0].isupper() and w[1:].islower() and lw in _DIG: out.append(str(_DIG.index(lw)))
        elif w.isupper(): out.append(chr(65 + _NATO.index(lw)))
        else: out.append(chr(97 + _NATO.index(w)))
    return "".join(out)


def d_semver(before, run):
    return "".join(chr(int(m)) for m in re.findall(r"v\d+\.\d+\.(\d+)", run))


def d_qwerty(before, run):
    back = {}
    for row in _KB:
        for i in range(1, len(row)):
            back[row[i]] = row[i - 1]
    return "".join(back[c] for c in run)


def d_b32hex(before, run):
    bits = "".join(format(_A32H.index(c), "05b") for c in run.rstrip("="))
    return _bits_to_bytes(bits).decode()


def d_json(before, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-fA-F]{4})", run))


def d_sql(before, run):
    return "".join(chr(int(n)) for n in re.findall(r"CHAR\((\d+)\)", run))


def d_bz2(before, run):
    return bz2.decompress(base64.b64decode(run)).decode()


def d_rot47(before, run):
    return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)


def d_xor(before, run):
    key = int(re.findall(r"single byte 0x([0-9A-F]{2})", before)[-1], 16)
    return bytes(b ^ key for b in bytes.fromhex(run)).decode()


def d_b62(before, run):
    n = 0
    for c in run: n = n * 62 + _A62.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_js(before, run):
    return "".join(re.findall(r'"([^"]*)"', run))


def d_ebcdic(before, run):
    tab = {}
    for start, letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"), (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
        for i, c in enumerate(letters): tab[start + i] = c
    tab[0x60] = "-"; tab[0x6D] = "_"
    return "".join(tab[int(run[i:i + 2], 16)] for i in range(0, len(run), 2))


DEC = {
 "ascii85_adobe_delimited": d_ascii85, "base64url_no_padding": d_b64url, "uuencode_single_line": d_uu,
 "quoted_printable_all_escaped": d_qp, "percent_encoded_every_byte": d_pct, "octal_backslash_escapes": d_oct,
 "html_decimal_entities": d_html, "binary_octet_groups": d_bin, "fullwidth_latin_forms": d_full,
 "reversed_character_order": d_rev, "nato_phonetic_spelling": d_nato, "semver_tag_patch_codes": d_semver,
 "qwerty_right_neighbour_shift": d_qwerty, "base32hex_extended_alphabet": d_b32hex, "json_unicode_escapes": d_json,
 "sql_char_concat": d_sql, "bzip2_then_base64": d_bz2, "rot47_printable": d_rot47, "xor_key_byte_hex": d_xor,
 "base62_bigint_digits": d_b62, "js_string_concat_chunks": d_js, "ebcdic_cp037_hex": d_ebcdic,
}

# hand-worked known answers for plain "Hi7-" (computed on paper from the definitions)
KAT = {
 "quoted_printable_all_escaped": "=48=69=37=2D", "percent_encoded_every_byte": "%48%69%37%2D",
 "octal_backslash_escapes": "\\110\\151\\067\\055", "html_decimal_entities": "&#72;&#105;&#55;&#45;",
 "binary_octet_groups": "01001000 01101001 00110111 00101101", "fullwidth_latin_forms": "Ｈｉ７－",
 "reversed_character_order": "-7iH", "nato_phonetic_spelling": "HOTEL india Seven Dash",
 "qwerty_right_neighbour_shift": "Jo8=", "json_unicode_escapes": "\\u0048\\u0069\\u0037\\u002d",
 "sql_char_concat": "CHAR(72)||CHAR(105)||CHAR(55)||CHAR(45)", "rot47_printable": "w:f\\",
 "ebcdic_cp037_hex": "C889F760", "base64url_no_padding": "SGk3LQ", "base32hex_extended_alphabet": "91KJEB8=",
 "js_string_concat_chunks": '"Hi7" + "-"',
}
