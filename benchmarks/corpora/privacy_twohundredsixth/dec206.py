"""Independent decoders for the 22 evasion encodings.

Written separately from enc206: imports nothing from it and no base64 / binascii / codecs.
Every table is retyped here."""
import re

_S65 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz" + "0123456789" + "_.-"
_PRIMER = "WEIR"
_XXA = "+-" + "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
# Dvorak character -> the QWERTY character typed at that key position
_DV_ROWS = [("`1234567890[]", "`1234567890-="), ("',.pyfgcrl/=\\", "qwertyuiop[]\\"),
            ("aoeuidhtns-", "asdfghjkl;'"), (";qjkxbmwvz", "zxcvbnm,./"),
            ("~!@#$%^&*(){}", "~!@#$%^&*()_+"), ('"<>PYFGCRL?+|', "QWERTYUIOP{}|"),
            ("AOEUIDHTNS_", 'ASDFGHJKL:"'), (":QJKXBMWVZ", "ZXCVBNM<>?")]
_DV = {}
for _d, _q in _DV_ROWS:
    for _a, _b in zip(_d, _q):
        _DV[_a] = _b
_NOTE = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_ID = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_TR = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
       "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80,
       "doksan": 90, "yüz": 100}
_MONTH_DAYS_2025 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _indo_num(words):
    w = words.split()
    n, i = 0, 0
    while i < len(w):
        t = w[i]
        if t == "seratus":
            n += 100
        elif t == "sepuluh":
            n += 10
        elif t == "sebelas":
            n += 11
        elif t in _ID:
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt == "puluh":
                n += 10 * _ID[t]
                i += 1
            elif nxt == "belas":
                n += 10 + _ID[t]
                i += 1
            else:
                n += _ID[t]
        else:
            raise ValueError(t)
        i += 1
    return n


def _mixed(digs, radices):
    n, mult = 0, 1
    for d, r in zip(reversed(digs), radices):
        if int(d) >= r:
            raise ValueError("digit out of range")
        n += int(d) * mult
        mult *= r
    return n


def decode(name, run):
    if name == "ternary_code_points":
        return "".join(chr(int(t, 3)) for t in run.split())
    if name == "undecimal_x_digit_code_points":
        return "".join(chr(int(t.replace("X", "A"), 11)) for t in run.split())
    if name == "primorial_base_code_points":
        return "".join(chr(_mixed(t, [2, 3, 5, 7])) for t in run.split())
    if name == "khmer_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x17E0) for c in t))) for t in run.split())
    if name == "indonesian_number_words":
        return "".join(chr(_indo_num(t)) for t in run.split(", "))
    if name == "turkish_number_words":
        return "".join(chr(sum(_TR[w] for w in t.split())) for t in run.split(" / "))
    if name == "unicode_tag_block_smuggling":
        inner = run[1:-1]
        if run[0] != "\U000E0001" or run[-1] != "\U000E007F":
            raise ValueError("tag frame")
        return "".join(chr(ord(c) - 0xE0000) for c in inner)
    if name == "squared_letter_blocks":
        out = []
        for c in run:
            o = ord(c)
            if 0x1F130 <= o <= 0x1F149:
                out.append(chr(o - 0x1F130 + ord("a")))
            elif 0x1F170 <= o <= 0x1F189:
                out.append(chr(o - 0x1F170 + ord("A")))
            elif 0x1F101 <= o <= 0x1F10A:
                out.append(chr(o - 0x1F101 + ord("0")))
            else:
                out.append(c)
        return "".join(out)
    if name == "autokey_cipher_over_65":
        key = list(_PRIMER)
        out = []
        for i, c in enumerate(run):
            p = _S65[(_S65.index(c) - _S65.index(key[i])) % 65]
            out.append(p)
            key.append(p)
        return "".join(out)
    if name == "qwerty_to_dvorak_layout":
        return "".join(_DV[c] for c in run)
    if name == "xxencode_single_line":
        n = _XXA.index(run[0])
        vals = [_XXA.index(c) for c in run[1:]]
        data = bytearray()
        for i in range(0, len(vals), 4):
            v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
            data += bytes([(v >> 16) & 255, (v >> 8) & 255, v & 255])
        return bytes(data[:n]).decode()
    if name == "bech32_charset_5bit_groups":
        acc, bits, data = 0, 0, bytearray()
        for c in run:
            acc = (acc << 5) | _B32.index(c)
            bits += 5
            if bits >= 8:
                bits -= 8
                data.append((acc >> bits) & 255)
        return bytes(data).decode()
    if name == "adjacent_pair_swap":
        s = list(run)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "running_sum_code_points":
        prev, out = 0, []
        for t in run.split():
            out.append(chr(int(t) - prev))
            prev = int(t)
        return "".join(out)
    if name == "sql_char_function_concat":
        return "".join(chr(int(m)) for m in re.findall(r"CHAR\((\d+)\)", run))
    if name == "js_fromcharcode_call":
        m = re.fullmatch(r"String\.fromCharCode\(([\d,]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if name == "carp_weight_pounds_ounces":
        return "".join(chr(int(a) * 16 + int(b)) for a, b in re.findall(r"(\d+)lb (\d+)oz", run))
    if name == "peg_draw_numbers":
        return "".join(chr(int(x)) for x in re.findall(r"peg (\d+) \(", run))
    if name == "stocking_fish_counts":
        return "".join(chr(int(x)) for x in re.findall(r"(\d+) [a-z]+", run))
    if name == "plumbed_swim_depth_cm":
        return "".join(chr(int(x)) for x in re.findall(r"swim \d+: (\d+)cm", run))
    if name == "licence_expiry_day_of_year":
        out = []
        for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", run):
            out.append(chr(sum(_MONTH_DAYS_2025[:int(m) - 1]) + int(d)))
        return "".join(out)
    if name == "midi_note_names":
        out = []
        for note, octv in re.findall(r"([A-G]#?)(-?\d+)", run):
            out.append(chr((int(octv) + 1) * 12 + _NOTE[note]))
        return "".join(out)
    raise ValueError(name)
