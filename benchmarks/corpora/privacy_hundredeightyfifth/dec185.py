"""Independent decoder for the p185 evasions: gets only the encoding name and the run.
Imports nothing from enc185 and no base64 / binascii / codecs."""
import re
import unicodedata

_MORSE_T = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--. q --.- r .-.
s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---..
9 ----. - -....- _ ..--.- . .-.-.-"""


def _morse_table():
    t = _MORSE_T.split()
    return {t[i + 1]: t[i] for i in range(0, len(t), 2)}


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def _b32(run):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = "".join(format(alpha.index(ch), "05b") for ch in run.rstrip("="))
    bits = bits[: len(bits) - len(bits) % 8]
    return _bytes_to_str(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def _b58(run):
    alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for ch in run:
        n = n * 58 + alpha.index(ch)
    out = []
    while n:
        n, r = divmod(n, 256)
        out.append(r)
    return _bytes_to_str(reversed(out))


def _outside_in(run):
    front = run[0::2]
    back = run[1::2]
    return front + back[::-1]


def _ais(run):
    payload, fill = run.rsplit(",", 1)
    bits = ""
    for ch in payload:
        v = ord(ch) - 48
        if v > 40:
            v -= 8
        bits += format(v, "06b")
    if int(fill):
        bits = bits[: -int(fill)]
    return _bytes_to_str(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


_HEB = {"א": 1, "ב": 2, "ג": 3, "ד": 4, "ה": 5, "ו": 6, "ז": 7, "ח": 8, "ט": 9, "י": 10, "כ": 20, "ל": 30, "מ": 40,
        "נ": 50, "ס": 60, "ע": 70, "פ": 80, "צ": 90, "ק": 100}


def _bt(tok):
    n = 0
    for ch in tok:
        n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
    return n


def _autokey(run):
    stream = [ord(k) - ord("A") for k in "REGATTA"]
    out = ""
    for ch in run:
        if ch.isalnum():
            k = stream.pop(0)
            if ch.isalpha():
                base = ord("A") if ch.isupper() else ord("a")
                p = chr(base + (ord(ch) - base - k) % 26)
                stream.append(ord(p.lower()) - ord("a"))
            else:
                p = str((int(ch) - k) % 10)
                stream.append(int(p))
            out += p
        else:
            out += ch
    return out


def decode(name, run):
    if name == "morse_code_caret_capitals":
        t = _morse_table()
        return "".join(t[g[1:]].upper() if g.startswith("^") else t[g] for g in run.split(" "))
    if name == "outside_in_character_order":
        return _outside_in(run)
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == "base32_rfc4648_padded":
        return _b32(run)
    if name == "base58_bitcoin_alphabet":
        return _b58(run)
    if name == "braille_cells_as_bytes":
        return _bytes_to_str(ord(c) - 0x2800 for c in run)
    if name == "fullwidth_latin_forms":
        return unicodedata.normalize("NFKC", run)
    if name == "mathematical_double_struck":
        return "".join(unicodedata.normalize("NFKC", c) for c in run)
    if name == "reversed_character_order":
        return run[::-1]
    if name == "waypoint_latitude_thousandths":
        return "".join(chr(int(m)) for m in re.findall(r"\.(\d{3})'", run))
    if name == "vhf_marine_channel_offset":
        return "".join(chr(int(m) + 34) for m in re.findall(r"Ch (\d+)", run))
    if name == "compass_bearing_double_code":
        return "".join(chr(int(m) // 2) for m in re.findall(r"(\d{3})°T", run))
    if name == "tide_height_metres_twentieths":
        return "".join(chr(round(float(m) * 20)) for m in re.findall(r"(\d+\.\d\d) m", run))
    if name == "pontoon_berth_letter_and_slot":
        return "".join(chr((ord(t[0]) - ord("A")) * 16 + int(t[1:])) for t in run.split(" "))
    if name == "mmsi_style_nine_digit_triplets":
        out = ""
        for num in run.split(", "):
            for i in range(0, 9, 3):
                v = int(num[i:i + 3])
                if v:
                    out += chr(v)
        return out
    if name == "ais_payload_six_bit_armour":
        return _ais(run)
    if name == "hebrew_numeral_code_points":
        return "".join(chr(sum(_HEB[c] for c in tok if c in _HEB)) for tok in run.split(" "))
    if name == "egyptian_hieroglyphic_numerals":
        val = {"\U00013362": 100, "\U00013386": 10, "\U000133FA": 1}
        return "".join(chr(sum(val[c] for c in tok)) for tok in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_bt(t)) for t in run.split(" "))
    if name == "autokey_cipher_primer_regatta":
        return _autokey(run)
    if name == "acrostic_sailing_glossary_words":
        return "".join(t[0] for t in run.split(" "))
    if name == "powershell_char_array_join":
        inner = re.search(r"\(([\d,]+)\)", run).group(1)
        return "".join(chr(int(x)) for x in inner.split(","))
    raise KeyError(name)
