"""Independent decoder for the p207 evasion encodings.

Gets only the encoding name and the run.  Imports nothing from enc207 and no
base64 / binascii / codecs; tables are retyped here.
"""
import re
import unicodedata


def _utf8(bs):
    return bytes(bs).decode("utf-8")


_TR = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
       "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70,
       "seksen": 80, "doksan": 90, "yüz": 100}

_ID = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}


def _id_number(words):
    total = 0
    i = 0
    while i < len(words):
        w = words[i]
        if w == "seratus":
            total += 100
        elif w == "sepuluh":
            total += 10
        elif w == "sebelas":
            total += 11
        elif w in _ID:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt == "belas":
                total += 10 + _ID[w]
                i += 1
            elif nxt == "puluh":
                total += 10 * _ID[w]
                i += 1
            else:
                total += _ID[w]
        else:
            raise ValueError(w)
        i += 1
    return total


_KEYROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
            "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"]

_QW = "1234567890-=qwertyuiop[]asdfghjkl;'zxcvbnm,./!@#$%^&*()_+QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
_DV = "1234567890[]',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz!@#$%^&*(){}\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ"

_PARTS = {"axle": 0, "bell": 1, "chain": 2, "crank": 3, "fork": 4, "gear": 5, "hub": 6, "lever": 7,
          "pedal": 8, "rim": 9, "saddle": 10, "spoke": 11, "stem": 12, "tyre": 13, "valve": 14, "wheel": 15}


def _rod_digit(ch):
    o = ord(ch)
    if ch == "\u3007":
        return 0
    if 0x1D360 <= o <= 0x1D368:
        return o - 0x1D360 + 1
    if 0x1D369 <= o <= 0x1D371:
        return o - 0x1D369 + 1
    raise ValueError(ch)


def decode(name, run):
    if name == "base_three_code_points":
        return "".join(chr(int(t, 3)) for t in run.split(" "))
    if name == "senary_code_points":
        return "".join(chr(int(t, 6)) for t in run.split(" "))
    if name == "mongolian_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x1810) for c in t))) for t in run.split(" "))
    if name == "myanmar_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x1040) for c in t))) for t in run.split(" "))
    if name == "counting_rod_numerals":
        out = []
        for t in run.split(" "):
            n = 0
            for ch in t:
                n = n * 10 + _rod_digit(ch)
            out.append(chr(n))
        return "".join(out)
    if name == "turkish_number_words":
        return "".join(chr(sum(_TR[w] for w in t.split())) for t in run.split(", "))
    if name == "indonesian_number_words":
        return "".join(chr(_id_number(t.split())) for t in run.split(" / "))
    if name == "strikethrough_combining_overlay":
        return run.replace("\u0336", "")
    if name == "qwerty_right_neighbour_shift":
        out = []
        for c in run:
            for row in _KEYROWS:
                if c in row:
                    out.append(row[row.index(c) - 1])
                    break
            else:
                raise ValueError(c)
        return "".join(out)
    if name == "dvorak_keys_typed_on_qwerty":
        return "".join(_QW[_DV.index(c)] for c in run)
    if name == "base100_emoji_bytes":
        return _utf8(ord(c) - 0x1F3F7 for c in run)
    if name == "bike_part_nibble_words":
        bs = []
        for t in run.split(" "):
            hi, lo = t.split("-")
            bs.append(_PARTS[hi] * 16 + _PARTS[lo])
        return _utf8(bs)
    if name == "cumulative_sum_code_points":
        prev, out = 0, []
        for t in run.split(" "):
            v = int(t)
            out.append(chr(v - prev))
            prev = v
        return "".join(out)
    if name == "split_sum_expressions":
        return "".join(chr(int(a) + int(b)) for a, b in (t.split("+") for t in run.split(" ")))
    if name == "adjacent_pair_swap":
        cs = list(run)
        for i in range(0, len(cs) - 1, 2):
            cs[i], cs[i + 1] = cs[i + 1], cs[i]
        return "".join(cs)
    if name == "first_letter_acrostic":
        return "".join(t[0] for t in run.split(" "))
    if name == "spoke_length_cut_list":
        return "".join(chr(int(m) - 150) for m in re.findall(r"(\d+)mm", run))
    if name == "tyre_pressure_psi_log":
        return "".join(chr(int(m)) for m in re.findall(r"F(\d+)/R\d+", run))
    if name == "cadence_rpm_ride_file":
        return "".join(chr(int(m)) for m in re.findall(r"cad=(\d+)", run))
    if name == "hire_fleet_bike_numbers":
        return "".join(chr(int(m) - 300) for m in re.findall(r"HB-(\d+)", run))
    if name == "battery_charge_cycle_counts":
        return "".join(chr(int(m) - 200) for m in re.findall(r"(\d+) cycles", run))
    if name == "workshop_labour_minutes":
        return "".join(chr(int(m)) for m in re.findall(r"(\d+) min", run))
    raise KeyError(name)


def nfc(s):
    return unicodedata.normalize("NFC", s)
