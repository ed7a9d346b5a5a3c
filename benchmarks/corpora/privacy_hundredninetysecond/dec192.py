"""Independent decoder for the 22 evasion notations.

Written separately from enc192: imports nothing from it and no base64 / binascii / codecs; tables are retyped
or rebuilt from code-point ranges.
"""
import re
import unicodedata


def _shift_back(run):
    out = []
    for ch in run:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 - 7) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 - 7) % 26 + 65))
        elif 48 <= o <= 57:
            out.append(chr((o - 48 - 3) % 10 + 48))
        else:
            out.append(ch)
    return "".join(out)


def _keyword_back(run):
    cipher = "CAMPGROUNDBEFHIJKLQSTVWXYZ"
    out = []
    for ch in run:
        if "A" <= ch <= "Z":
            out.append(chr(65 + cipher.index(ch)))
        elif "a" <= ch <= "z":
            out.append(chr(97 + cipher.index(ch.upper())))
        else:
            out.append(ch)
    return "".join(out)


_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "-....-": "-", "..--.-": "_",
}

_ES = {"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
       "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
       "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidós": 22,
       "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
       "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
       "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "y": 0}


def _es_value(words):
    return sum(_ES[w] for w in words.split())


def _xx_back(run):
    alpha = "+-" + "".join(chr(c) for c in range(48, 58)) + "".join(chr(c) for c in range(65, 91)) + \
        "".join(chr(c) for c in range(97, 123))
    n = alpha.index(run[0])
    data = bytearray()
    body = run[1:]
    for i in range(0, len(body), 4):
        v = 0
        for ch in body[i:i + 4]:
            v = (v << 6) | alpha.index(ch)
        data += bytes([(v >> 16) & 255, (v >> 8) & 255, v & 255])
    return bytes(data[:n]).decode("utf-8")


def _gray_back(g):
    n = int(g, 2)
    b = n
    while n:
        n >>= 1
        b ^= n
    return b


def _col_back(label):
    n = 0
    for ch in label:
        n = n * 26 + (ord(ch) - 64)
    return n


def _utf16le_back(run):
    bs = [int(x, 16) for x in run.split()]
    out = []
    for i in range(0, len(bs), 2):
        out.append(chr(bs[i] | (bs[i + 1] << 8)))
    return "".join(out)


def _hexagram_back(run):
    bits = "".join(format(ord(ch) - 0x4DC0, "06b") for ch in run)
    nbytes = len(bits) // 8
    return bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(nbytes)).decode("utf-8")


def _modhex_back(run):
    m = "cbdefghijklnrtuv"
    return bytes(m.index(run[i]) * 16 + m.index(run[i + 1]) for i in range(0, len(run), 2)).decode("utf-8")


def decode(encoding, run):
    if encoding == "caesar_shift_seven_letters_three_digits":
        return _shift_back(run)
    if encoding == "keyword_campground_substitution":
        return _keyword_back(run)
    if encoding == "septenary_code_points":
        return "".join(chr(int(x, 7)) for x in run.split(" "))
    if encoding == "quinary_code_points_slashed":
        return "".join(chr(int(x, 5)) for x in run.split("/"))
    if encoding == "morse_code_with_capital_marks":
        out = []
        for g in run.split(" "):
            cap = g.startswith("^")
            ch = _MORSE_BACK[g.lstrip("^")]
            out.append(ch.upper() if cap else ch)
        return "".join(out)
    if encoding == "spanish_number_words":
        return "".join(chr(_es_value(w)) for w in run.split(" / "))
    if encoding == "bold_script_letters_superscript_digits":
        return unicodedata.normalize("NFKC", run)
    if encoding == "unicode_tag_characters_after_tent":
        assert run[0] == "\u26fa"
        return "".join(chr(ord(ch) - 0xE0000) for ch in run[1:])
    if encoding == "xxencode_single_line":
        return _xx_back(run)
    if encoding == "triplets_in_reverse_order":
        return "".join(reversed(run.split(" ")))
    if encoding == "gray_code_seven_bit_groups":
        return "".join(chr(_gray_back(g)) for g in run.split(" "))
    if encoding == "spreadsheet_column_labels":
        return "".join(chr(_col_back(x)) for x in run.split(", "))
    if encoding == "utf16le_hex_dump":
        return _utf16le_back(run)
    if encoding == "ebcdic_cp037_hex_bytes":
        return bytes(int(x, 16) for x in run.split()).decode("cp037")
    if encoding == "yijing_hexagram_sextets":
        return _hexagram_back(run)
    if encoding == "doubled_characters":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if encoding == "yubikey_modhex_bytes":
        return _modhex_back(run)
    if encoding == "running_total_code_points":
        nums = [int(x) for x in run.split()]
        return "".join(chr(b - a) for a, b in zip([0] + nums, nums))
    if encoding == "site_map_pitch_numbers":
        return "".join(chr(int(m) - 100) for m in re.findall(r"[A-H](\d+)", run))
    if encoding == "ehu_meter_kwh_readings":
        return "".join(chr(int(m)) for m in re.findall(r"(\d{4})\.\d kWh", run))
    if encoding == "wifi_voucher_durations_minutes":
        return "".join(chr(int(m)) for m in re.findall(r"(\d+) min", run))
    if encoding == "ground_rent_invoice_pounds":
        return "".join(chr(int(m)) for m in re.findall(r"£(\d+)\.\d\d", run))
    raise KeyError(encoding)
