"""Independent decoders for the p95 evasion notations: they get only the encoding name and the run."""
import re

_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _base45(t):
    vals = [_B45.index(c) for c in t]
    out = bytearray()
    i = 0
    while i < len(vals):
        chunk = vals[i:i + 3]
        n = sum(v * 45 ** k for k, v in enumerate(chunk))
        if len(chunk) == 3:
            out += bytes([n >> 8, n & 255])
        else:
            out.append(n)
        i += 3
    return out.decode()


def _b32hex(t):
    bits = "".join(format(_B32H.index(c), "05b") for c in t)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()


def _b64(t):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    t = t.rstrip("=")
    bits = "".join(format(alpha.index(c), "06b") for c in t)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))


def _unmap(t):
    out = []
    for ch in t:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif o == 0x24EA:
            out.append("0")
        elif 0x2460 <= o <= 0x2468:
            out.append(str(o - 0x2460 + 1))
        elif 0x24B6 <= o <= 0x24CF:
            out.append(chr(o - 0x24B6 + 65))
        elif 0x24D0 <= o <= 0x24E9:
            out.append(chr(o - 0x24D0 + 97))
        elif 0x1D670 <= o <= 0x1D689:
            out.append(chr(o - 0x1D670 + 65))
        elif 0x1D68A <= o <= 0x1D6A3:
            out.append(chr(o - 0x1D68A + 97))
        elif 0x1D7F6 <= o <= 0x1D7FF:
            out.append(chr(o - 0x1D7F6 + 48))
        else:
            out.append(ch)
    return "".join(out)


def _vig(t, key="LOCALE"):
    out, k = [], 0
    for c in t:
        sh = ord(key[k % len(key)]) - 65
        if c.islower() and c.isascii():
            out.append(chr((ord(c) - 97 - sh) % 26 + 97)); k += 1
        elif c.isupper() and c.isascii():
            out.append(chr((ord(c) - 65 - sh) % 26 + 65)); k += 1
        else:
            out.append(c)
    return "".join(out)


def _atbash(t):
    lo = "abcdefghijklmnopqrstuvwxyz"
    tab = str.maketrans(lo + lo.upper() + "0123456789", lo[::-1] + lo.upper()[::-1] + "9876543210")
    return t.translate(tab)


def _rail(t):
    a, b = t.split("|")
    out = []
    for i in range(len(a)):
        out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "".join(out)


def _bytes_of(nums):
    return bytes(nums).decode()


def decode(enc, t):
    if enc == "base45_rfc9285_qr_alphabet":
        return _base45(t)
    if enc == "dotted_octal_byte_triplets":
        return _bytes_of(int(x, 8) for x in t.split("."))
    if enc == "decimal_bytes_hyphen_joined":
        return _bytes_of(int(x) for x in t.split("-"))
    if enc in ("fullwidth_compatibility_forms", "enclosed_alphanumeric_circles", "math_monospace_letter_forms"):
        return _unmap(t)
    if enc == "zero_width_space_interleave":
        return t.replace("\u200b", "")
    if enc == "vigenere_keyword_locale":
        return _vig(t)
    if enc == "atbash_with_nine_complement":
        return _atbash(t)
    if enc == "rail_fence_two_rails_bar":
        return _rail(t)
    if enc == "each_character_doubled":
        assert all(t[i] == t[i + 1] for i in range(0, len(t), 2))
        return t[::2]
    if enc == "go_string_byte_slice_literal":
        m = re.fullmatch(r"string\(\[\]byte\{((?:0x[0-9a-f]{2}(?:, )?)+)\}\)", t)
        return _bytes_of(int(x, 16) for x in m.group(1).split(", "))
    if enc == "rust_string_from_utf8_vec":
        m = re.fullmatch(r"String::from_utf8\(vec!\[([0-9, ]+)\]\)\.unwrap\(\)", t)
        return _bytes_of(int(x) for x in m.group(1).split(", "))
    if enc == "percent_encoding_every_byte_lower":
        assert re.fullmatch(r"(%[0-9a-f]{2})+", t)
        return _bytes_of(int(t[i + 1:i + 3], 16) for i in range(0, len(t), 3))
    if enc == "bash_ansi_c_hex_quoting":
        m = re.fullmatch(r"\$'((?:\\x[0-9a-f]{2})+)'", t)
        return _bytes_of(int(x, 16) for x in m.group(1).split("\\x")[1:])
    if enc == "unicode_u_plus_notation_list":
        return "".join(chr(int(x[2:], 16)) for x in t.split(" "))
    if enc == "powershell_encodedcommand_utf16le_base64":
        return _b64(t).decode("utf-16-le")
    if enc == "xor_key_2a_hex_bytes":
        return _bytes_of(int(x, 16) ^ 42 for x in t.split(" "))
    if enc == "base32hex_extended_hex_alphabet":
        return _b32hex(t)
    if enc == "unicode_tag_character_smuggling":
        assert t[0] == "\U000E0001" and t[-1] == "\U000E007F"
        return "".join(chr(ord(c) - 0xE0000) for c in t[1:-1])
    if enc == "erlang_binary_byte_list":
        m = re.fullmatch(r"<<([0-9,]+)>>", t)
        return _bytes_of(int(x) for x in m.group(1).split(","))
    if enc == "lua_string_char_call":
        m = re.fullmatch(r"string\.char\(([0-9,]+)\)", t)
        return _bytes_of(int(x) for x in m.group(1).split(","))
    raise KeyError(enc)
