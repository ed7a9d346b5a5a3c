"""Independent decoder: gets only the encoding name and the run."""
import re, binascii, zlib

_N = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_D = "zero one two three four five six seven eight nine".split()
_Z85 = "0123456789" + "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + ".-:+=^!/*?&<>()[]{}@%$#"
_ALPHA_LOW = "abcdefghijklmnopqrstuvwxyz"


def _int_to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _from_digits(run, alpha):
    n = 0
    for c in run:
        n = n * len(alpha) + alpha.index(c)
    return _int_to_text(n)


def _b64(run, alpha):
    bits = "".join(format(alpha.index(c), "06b") for c in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def _letters(run, fn):
    out = []
    for c in run:
        if "a" <= c <= "z":
            out.append(chr(fn(ord(c) - 97) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr(fn(ord(c) - 65) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def decode(enc, run):
    if enc == "c_octal_backslash_escapes":
        return bytes(int(x, 8) for x in re.fullmatch(r"(?:\\[0-7]{3})+", run) and re.findall(r"\\([0-7]{3})", run)).decode()
    if enc == "html_decimal_character_references":
        assert re.fullmatch(r"(?:&#\d+;)+", run)
        return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))
    if enc == "html_hex_character_references":
        assert re.fullmatch(r"(?:&#x[0-9a-f]+;)+", run)
        return "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9a-f]+);", run))
    if enc == "json_backslash_u_escapes":
        assert re.fullmatch(r"(?:\\u[0-9a-f]{4})+", run)
        return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", run))
    if enc == "css_six_digit_hex_escapes":
        assert re.fullmatch(r"(?:\\[0-9a-f]{6})+", run)
        return "".join(chr(int(x, 16)) for x in re.findall(r"\\([0-9a-f]{6})", run))
    if enc == "binary_octets_space_separated":
        return bytes(int(x, 2) for x in run.split(" ")).decode()
    if enc == "nato_phonetic_spelling":
        out = []
        for w in run.split(" "):
            lw = w.lower()
            if lw in _N:
                ch = _ALPHA_LOW[_N.index(lw)]
                out.append(ch.upper() if w.isupper() else ch)
            elif lw in _D:
                out.append(str(_D.index(lw)))
            else:
                out.append({"dash": "-", "underscore": "_", "dot": "."}[w])
        return "".join(out)
    if enc == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in run)
    if enc == "caesar_five_letters_and_digits":
        s = _letters(run, lambda x: x - 5)
        return "".join(str((int(c) - 5) % 10) if c.isdigit() else c for c in s)
    if enc == "characters_in_reverse_order":
        return "".join(reversed(run))
    if enc == "base64url_unpadded_rfc4648":
        return _b64(run, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if enc == "uuencode_single_data_line":
        n = ord(run[0]) - 32
        vals = [0 if c == "`" else ord(c) - 32 for c in run[1:]]
        bits = "".join(format(v, "06b") for v in vals)
        return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()
    if enc == "base36_big_integer":
        return _int_to_text(int(run, 36))
    if enc == "base62_big_integer":
        return _from_digits(run, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if enc == "z85_zeromq_rfc32":
        out = b""
        for i in range(0, len(run), 5):
            n = 0
            for c in run[i:i + 5]:
                n = n * 85 + _Z85.index(c)
            out += n.to_bytes(4, "big")
        return out.decode()
    if enc == "js_string_fromcharcode_call":
        m = re.fullmatch(r"String\.fromCharCode\(([\d,]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "powershell_char_array_join":
        m = re.fullmatch(r"\(-join \[char\[\]\]\(([\d,]+)\)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "mysql_unhex_function_call":
        m = re.fullmatch(r"UNHEX\('([0-9A-F]+)'\)", run)
        return binascii.unhexlify(m.group(1)).decode()
    if enc == "spreadsheet_char_ampersand_formula":
        assert re.fullmatch(r"=CHAR\(\d+\)(?:&CHAR\(\d+\))*", run)
        return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))
    if enc == "rfc4648_base32_lowercase_unpadded":
        alpha = "abcdefghijklmnopqrstuvwxyz234567"
        bits = "".join(format(alpha.index(c), "05b") for c in run)
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
    if enc == "affine_cipher_five_eight":
        return _letters(run, lambda y: 21 * (y - 8))  # 21 = 5^-1 mod 26
    if enc == "http_basic_header_credential_blob":
        raw = binascii.a2b_base64(run).decode()
        return raw.split(":", 1)[1]
    raise KeyError(enc)
