"""Evasion decoder, written separately from enc221.py: it imports nothing from the
encoder and no base64 / binascii / codecs / unicodedata; every table is retyped."""
import re


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _digits_from_block(tok, zero):
    return int("".join(str(ord(ch) - zero) for ch in tok))


_CN = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}


def _cn_value(tok):
    total, cur = 0, 0
    for ch in tok:
        if ch == "佰":
            total += cur * 100
            cur = 0
        elif ch == "拾":
            total += cur * 10
            cur = 0
        else:
            cur = _CN[ch]
    return total + cur


_IT_U = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}
_IT_T = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
         "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19}
_IT_10 = [("novant", 90), ("ottant", 80), ("settant", 70), ("sessant", 60), ("cinquant", 50),
          ("quarant", 40), ("trent", 30), ("vent", 20)]


def _it_value(w):
    n = 0
    if w.startswith("cento"):
        n, w = 100, w[5:]
        if not w:
            return n
    if w in _IT_T:
        return n + _IT_T[w]
    if w in _IT_U:
        return n + _IT_U[w]
    for stem, val in _IT_10:
        if w.startswith(stem):
            rest = w[len(stem):]
            if rest in ("a", "i"):
                return n + val
            if rest in _IT_U:       # elided vowel before uno / otto
                return n + val + _IT_U[rest]
            if rest[:1] in ("a", "i") and rest[1:] in _IT_U:
                return n + val + _IT_U[rest[1:]]
    raise ValueError(w)


def _col_value(t):
    n = 0
    for ch in t:
        n = n * 26 + (ord(ch) - 64)
    return n


def _gamma_decode(bits):
    out, i = [], 0
    while i < len(bits):
        z = 0
        while bits[i] == "0":
            z += 1
            i += 1
        out.append(int(bits[i:i + z + 1], 2))
        i += z + 1
    return out


_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
_SHIFTED = {"`": "~", "1": "!", "2": "@", "3": "#", "4": "$", "5": "%", "6": "^", "7": "&", "8": "*",
            "9": "(", "0": ")", "-": "_", "=": "+"}

_RUNE_BACK = {"ᚨ": "a", "ᛒ": "b", "ᚳ": "c", "ᛞ": "d", "ᛖ": "e", "ᚠ": "f", "ᚷ": "g", "ᚺ": "h", "ᛁ": "i",
              "ᛃ": "j", "ᚲ": "k", "ᛚ": "l", "ᛗ": "m", "ᚾ": "n", "ᛟ": "o", "ᛈ": "p", "ᛩ": "q", "ᚱ": "r",
              "ᛊ": "s", "ᛏ": "t", "ᚢ": "u", "ᚡ": "v", "ᚹ": "w", "ᛪ": "x", "ᚤ": "y", "ᛉ": "z"}
_SC_BACK = {"ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
            "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ʀ": "r",
            "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z"}
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def decode(name, run):
    if name == "thai_digit_code_points":
        return "".join(chr(_digits_from_block(t, 0x0E50)) for t in run.split(" "))
    if name == "mongolian_digit_code_points":
        return "".join(chr(_digits_from_block(t, 0x1810)) for t in run.split(" "))
    if name == "chinese_financial_numerals":
        return "".join(chr(_cn_value(t)) for t in run.split("、"))
    if name == "italian_number_words":
        return "".join(chr(_it_value(t)) for t in run.split(" / "))
    if name == "spreadsheet_column_letters":
        return "".join(chr(_col_value(t)) for t in run.split(" "))
    if name == "elias_gamma_bit_strings":
        return "".join(chr(n) for n in _gamma_decode(run))
    if name == "ecma_column_row_notation":
        out = []
        for t in run.split(" "):
            col, row = t.split("/")
            out.append(chr(int(col) * 16 + int(row)))
        return "".join(out)
    if name == "dotted_quad_byte_groups":
        bs = [int(x) for grp in run.split(", ") for x in grp.split(".")]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "keyboard_row_column_coordinates":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"(\^?)r(\d)c(\d+)", t)
            ch = _ROWS[int(m.group(2)) - 1][int(m.group(3)) - 1]
            if m.group(1):
                ch = ch.upper() if ch.isalpha() else _SHIFTED[ch]
            out.append(ch)
        return "".join(out)
    if name == "runic_letter_substitution":
        out, mode = [], None
        for ch in run:
            if ch == "᛭":
                mode = "cap"
            elif ch == "᛫":
                mode = "dig"
            elif ch in _RUNE_BACK:
                letter = _RUNE_BACK[ch]
                if mode == "cap":
                    out.append(letter.upper())
                elif mode == "dig":
                    out.append(str("abcdefghij".index(letter)))
                else:
                    out.append(letter)
                mode = None
            else:
                out.append(ch)
        return "".join(out)
    if name == "latin_small_capital_letters":
        return "".join(_SC_BACK.get(ch, ch) for ch in run)
    if name == "doubled_character_stutter":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if name == "word_length_digits":
        out = []
        for grp in run.split(" / "):
            out.append(chr(int("".join(str(len(w) % 10) for w in grp.split(" ")))))
        return "".join(out)
    if name == "bee_flower_emoji_bits":
        bs = []
        for grp in run.split(" "):
            bits = grp.replace("\U0001F41D", "1").replace("\U0001F33C", "0")
            bs.append(int(bits, 2))
        return _utf8(bs)
    if name == "z85_byte_groups":
        bs = []
        for i in range(0, len(run), 5):
            v = 0
            for ch in run[i:i + 5]:
                v = v * 85 + _Z85.index(ch)
            bs += list(v.to_bytes(4, "big"))
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if name == "base58_bitcoin_bytes":
        n = 0
        for ch in run:
            n = n * 58 + _B58.index(ch)
        lead = len(run) - len(run.lstrip("1"))
        body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
        return _utf8([0] * lead + list(body))
    if name == "waggle_dance_bearings":
        return "".join(chr((int(m) + 100) // 3) for m in re.findall(r"(-?\d+)°/", run))
    if name == "hive_weight_kilograms":
        return "".join(chr(round((float(m) - 15) * 5)) for m in re.findall(r"H\d+ (\d+\.\d) kg", run))
    if name == "refractometer_moisture_readings":
        return "".join(chr(round(float(m) * 10 - 80)) for m in re.findall(r"(\d+\.\d)%", run))
    if name == "varroa_mite_drop_counts":
        return "".join(chr(int(c) - 3 * int(d)) for d, c in re.findall(r"day (\d+): (\d+) mites", run))
    if name == "swarm_call_clock_times":
        return "".join(chr((int(h) - 6) * 60 + int(mm)) for h, mm in re.findall(r"(\d\d):(\d\d)\(", run))
    if name == "honey_jar_lot_codes":
        return "".join(chr((int(n) - 4000) // 7) for n in re.findall(r"LOT(\d+)/", run))
    raise ValueError(name)
