"""Independent decoders for the p175 evasion encodings.

Imports nothing from enc175 and no base64 / binascii / codecs: every table is retyped here.
"""
import re
import unicodedata


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _b32(run):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits, nbits, out = 0, 0, []
    for ch in run.rstrip("="):
        bits = (bits << 5) | alpha.index(ch)
        nbits += 5
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return _utf8(out)


def _bal3_value(tok):
    v = 0
    for ch in tok:
        v = v * 3 + {"+": 1, "0": 0, "-": -1}[ch]
    return v


def _affine_inv(ch):
    # inverse of x -> 5x + 8 (mod 26) is y -> 21 (y - 8); of d -> 3d + 7 (mod 10) is e -> 7 (e - 7)
    o = ord(ch)
    if 97 <= o <= 122:
        return chr(21 * (o - 97 - 8) % 26 + 97)
    if 65 <= o <= 90:
        return chr(21 * (o - 65 - 8) % 26 + 65)
    if 48 <= o <= 57:
        return chr(7 * (o - 48 - 7) % 10 + 48)
    return ch


def _beaufort(run):
    key = [2, 14, 2, 7, 11, 4, 0]  # C O C H L E A
    out = []
    for i, ch in enumerate(run):
        k = key[i % 7]
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((k - (o - 97)) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((k - (o - 65)) % 26 + 65))
        elif 48 <= o <= 57:
            out.append(chr((k - (o - 48)) % 10 + 48))
        else:
            out.append(ch)
    return "".join(out)


_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
         "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?")


def _qwerty_left(ch):
    for row in _ROWS:
        i = row.find(ch)
        if i > 0:
            return row[i - 1]
    raise ValueError(ch)


_TWINS = "a\u0430 c\u0441 e\u0435 i\u0456 j\u0458 o\u043e p\u0440 s\u0455 x\u0445 y\u0443 " \
         "A\u0410 B\u0412 C\u0421 E\u0415 H\u041d I\u0406 J\u0408 K\u041a M\u041c O\u041e P\u0420 S\u0405 T\u0422 X\u0425"
_BACK = {pair[1]: pair[0] for pair in _TWINS.split()}

_NUMWORDS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]


def _sansbold(ch):
    if ch in "-_.":
        return ch
    name = unicodedata.name(ch)
    m = re.match(r"MATHEMATICAL SANS-SERIF BOLD (CAPITAL|SMALL) ([A-Z])$", name)
    if m:
        return m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
    m = re.match(r"MATHEMATICAL SANS-SERIF BOLD DIGIT ([A-Z]+)$", name)
    if m:
        return str(_NUMWORDS.index(m.group(1)))
    raise ValueError(name)


def decode(name, run):
    if name == "octal_c_string_escapes":
        return _utf8(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run))
    if name == "python_hex_byte_escapes":
        return _utf8(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run))
    if name == "tsql_char_function_concat":
        return "".join(chr(int(n)) for n in re.findall(r"CHAR\((\d+)\)", run))
    if name == "unicode_u_plus_notation":
        return "".join(chr(int(t[2:], 16)) for t in run.split(" "))
    if name == "binary_octets_space_separated":
        return _utf8(int(t, 2) for t in run.split(" "))
    if name == "base32_rfc4648_padded":
        return _b32(run)
    if name == "balanced_ternary_code_points":
        return "".join(chr(_bal3_value(t)) for t in run.split(" "))
    if name == "affine_cipher_five_eight":
        return "".join(_affine_inv(c) for c in run)
    if name == "beaufort_keyword_cochlea":
        return _beaufort(run)
    if name == "qwerty_shift_right_one_key":
        return "".join(_qwerty_left(c) for c in run)
    if name == "baconian_ab_seven_bit":
        return "".join(chr(int(t.replace("A", "0").replace("B", "1"), 2)) for t in run.split(" "))
    if name == "mathematical_sans_serif_bold":
        return "".join(_sansbold(c) for c in run)
    if name == "cyrillic_homoglyph_swap":
        return "".join(_BACK.get(c, c) for c in run)
    if name == "zero_width_space_interleaved":
        return run.replace("\u200b", "")
    if name == "braille_pattern_bytes":
        return _utf8(ord(c) - 0x2800 for c in run)
    if name == "pairwise_adjacent_swap":
        out = []
        for i in range(0, len(run), 2):
            out.append(run[i:i + 2][::-1])
        return "".join(out)
    if name == "reversed_whole_string":
        return "".join(reversed(run))
    if name == "audiogram_threshold_db_disguise":
        return "".join(chr(int(db) + 10) for _hz, db in re.findall(r"(\d+) Hz (-?\d+) dB", run))
    if name == "zinc_air_battery_sizes_base4":
        val = {"10": 0, "13": 1, "312": 2, "675": 3}
        out = []
        for grp in run.split(" / "):
            n = 0
            for size in grp.split("-"):
                n = n * 4 + val[size]
            out.append(n)
        return _utf8(out)
    if name == "ear_canal_volume_millilitres":
        return "".join(chr(int(a) * 100 + int(b)) for a, b in re.findall(r"(\d+)\.(\d\d) ml", run))
    if name == "bluetooth_mac_address_bytes":
        pairs = run.replace(" ", ":").split(":")
        bs = [int(p, 16) for p in pairs]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "a1z26_letter_positions":
        out = []
        for t in run.split(" "):
            if t.startswith("^"):
                out.append(chr(64 + int(t[1:])))
            elif t.startswith("#"):
                out.append(t[1:])
            elif t.isdigit():
                out.append(chr(96 + int(t)))
            else:
                out.append(t)
        return "".join(out)
    raise ValueError("unknown encoding " + name)
