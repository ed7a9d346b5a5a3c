"""Independent decoders for the p212 evasions (imports nothing from enc212, no base64/binascii/codecs)."""
import re

_L62 = "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + "0123456789"
_GRID = _L62 + "_.-"

_CZ = {"jedna": 1, "dva": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9,
       "deset": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15,
       "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19, "dvacet": 20, "třicet": 30,
       "čtyřicet": 40, "padesát": 50, "šedesát": 60, "sedmdesát": 70, "osmdesát": 80, "devadesát": 90,
       "sto": 100}
_PT = {"um": 1, "dois": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
       "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezesseis": 16,
       "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
       "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100}
_CN = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_MONTH_DAYS_2025 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _cn_value(s):
    total = 0
    pending = 0
    for ch in s:
        if ch == "佰":
            total += pending * 100
            pending = 0
        elif ch == "拾":
            total += pending * 10
            pending = 0
        else:
            pending = _CN[ch]
    return total + pending


def _unmono(ch):
    o = ord(ch)
    if 0x1D670 <= o <= 0x1D689:
        return chr(65 + o - 0x1D670)
    if 0x1D68A <= o <= 0x1D6A3:
        return chr(97 + o - 0x1D68A)
    if 0x1D7F6 <= o <= 0x1D7FF:
        return chr(48 + o - 0x1D7F6)
    return ch


def _day_of_year(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    if y != 2025:
        raise ValueError("year")
    return sum(_MONTH_DAYS_2025[:m - 1]) + d


def decode(name, run):
    if name == "senary_code_points":
        return "".join(chr(int(t, 6)) for t in run.split(" "))
    if name == "factoradic_code_points":
        out = []
        for t in run.split(" "):
            value, fact = 0, 1
            for place, d in enumerate(reversed(t)):
                if place > 0:
                    fact *= place
                value += int(d) * fact
            out.append(chr(value))
        return "".join(out)
    if name == "utf8_bigint_base36":
        n = int(run, 36)
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return raw.decode("utf-8")
    if name == "balinese_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x1B50) for c in t))) for t in run.split(" "))
    if name == "osmanya_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x104A0) for c in t))) for t in run.split(" "))
    if name == "czech_number_words":
        return "".join(chr(sum(_CZ[w] for w in item.split())) for item in run.split(", "))
    if name == "portuguese_number_words":
        return "".join(chr(sum(_PT[w] for w in item.split() if w != "e")) for item in run.split(" / "))
    if name == "affine_cipher_5x_plus_8_over_62":
        # inverse of 5 modulo 62 is 25
        return "".join(_L62[(25 * (_L62.index(c) - 8)) % 62] if c in _L62 else c for c in run)
    if name == "rail_fence_three_rails":
        r0, r1, r2 = run.split(" ")
        n = len(r0) + len(r1) + len(r2)
        pattern = [0, 1, 2, 1]
        rails = [list(r0), list(r1), list(r2)]
        idx = [0, 0, 0]
        out = []
        for i in range(n):
            r = pattern[i % 4]
            out.append(rails[r][idx[r]])
            idx[r] += 1
        return "".join(out)
    if name == "polybius_grid_eight_by_nine":
        return "".join(_GRID[(int(t[0]) - 1) * 9 + int(t[1]) - 1] for t in run.split(" "))
    if name == "mathematical_monospace_letters":
        return "".join(_unmono(c) for c in run)
    if name == "unicode_tag_characters":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    if name == "odd_then_even_positions":
        k = (len(run) + 1) // 2
        odd, even = run[:k], run[k:]
        out = []
        for i in range(len(run)):
            out.append(odd[i // 2] if i % 2 == 0 else even[i // 2])
        return "".join(out)
    if name == "outside_in_fold":
        n = len(run)
        res = [None] * n
        i, j = 0, n - 1
        for k, c in enumerate(run):
            if k % 2 == 0:
                res[i] = c
                i += 1
            else:
                res[j] = c
                j -= 1
        return "".join(res)
    if name == "chinese_financial_numerals":
        return "".join(chr(_cn_value(t)) for t in run.split(" "))
    if name == "code_point_squares":
        out = []
        for t in run.split(" "):
            v = int(t)
            r = int(v ** 0.5)
            while r * r > v:
                r -= 1
            while (r + 1) * (r + 1) <= v:
                r += 1
            if r * r != v:
                raise ValueError("not a square")
            out.append(chr(r))
        return "".join(out)
    if name == "fitting_hip_measurements_cm":
        return "".join(chr(int(m) - 30) for m in re.findall(r"hip (\d+) cm", run))
    if name == "alteration_ticket_numbers":
        return "".join(chr(int(m) - 5000) for m in re.findall(r"ALT-(\d+)", run))
    if name == "hire_deposit_pounds":
        return "".join(chr(int(m) - 100) for m in re.findall(r"deposit £(\d+)", run))
    if name == "garment_rfid_epc_hex":
        return "".join(chr(int(t[-4:], 16)) for t in run.split(" "))
    if name == "veil_length_inches":
        return "".join(chr(int(m)) for m in re.findall(r"veil (\d+) in", run))
    if name == "costume_return_day_of_year_dates":
        return "".join(chr(_day_of_year(m)) for m in re.findall(r"due (\d{4}-\d{2}-\d{2})", run))
    raise KeyError(name)
