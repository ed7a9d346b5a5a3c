"""Independent decoder for the 22 evasion notations. It imports nothing from enc191 and no base64 /
binascii / codecs: every table is rebuilt here from the rule as written in the evasion texts."""
import datetime
import re
import unicodedata

_MORSE_LINES = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--.
q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 .....
6 -.... 7 --... 8 ---.. 9 ----. . .-.-.- - -....- _ ..--.-"""


def _morse_table():
    toks = _MORSE_LINES.split()
    return {toks[i + 1]: toks[i] for i in range(0, len(toks), 2)}


def d_morse(run):
    t = _morse_table()
    out = ""
    for g in run.split(" "):
        cap = g.endswith("*")
        ch = t[g.rstrip("*")]
        out += ch.upper() if cap else ch
    return out


def d_braille(run):
    # rebuild grade-1 letters from their dot numbers
    dots = ["1", "12", "14", "145", "15", "124", "1245", "125", "24", "245", "13", "123", "134", "1345", "135",
            "1234", "12345", "1235", "234", "2345", "136", "1236", "2456", "1346", "13456", "1356"]
    cell = {}
    for i, ds in enumerate(dots):
        cell[chr(0x2800 + sum(1 << (int(d) - 1) for d in ds))] = chr(97 + i)
    CAP, NUM, PERIOD, HYPH, UNDERPRE = "\u2820", "\u283c", "\u2832", "\u2824", "\u2828"
    out, i = "", 0
    while i < len(run):
        c = run[i]
        if c == CAP:
            out += cell[run[i + 1]].upper()
            i += 2
        elif c == NUM:
            letter = cell[run[i + 1]]
            out += str((ord(letter) - 96) % 10)
            i += 2
        elif c == UNDERPRE and run[i + 1] == HYPH:
            out += "_"
            i += 2
        elif c == HYPH:
            out += "-"
            i += 1
        elif c == PERIOD:
            out += "."
            i += 1
        else:
            out += cell[c]
            i += 1
    return out


def _b32(s):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    s = s.rstrip("=")
    bits = "".join(format(alpha.index(c), "05b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b64(s):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    s = s.rstrip("=")
    bits = "".join(format(alpha.index(c), "06b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def d_base32(run):
    return _b32(run).decode("utf-8")


def d_qp(run):
    return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode("utf-8")


def d_css(run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\([0-9a-f]{6})", run))


def d_names(run):
    return "".join(unicodedata.lookup(n.strip()) for n in run.split("/"))


def d_keyword(run):
    alpha = []
    for ch in "SCHNAUZER".lower() + "".join(chr(c) for c in range(97, 123)):
        if ch not in alpha:
            alpha.append(ch)
    inv = {c: chr(97 + i) for i, c in enumerate(alpha)}
    dk = "7302948156"
    out = ""
    for ch in run:
        if ch.islower():
            out += inv[ch]
        elif ch.isupper():
            out += inv[ch.lower()].upper()
        elif ch.isdigit():
            out += str(dk.index(ch))
        else:
            out += ch
    return out


def d_pairswap(run):
    out = ""
    for i in range(0, len(run), 2):
        out += run[i:i + 2][::-1]
    return out


def d_concat(run):
    return "".join(re.findall(r'"([^"]*)"', run))


def d_arabic_indic(run):
    return "".join(chr(int("".join(str(unicodedata.digit(c)) for c in g))) for g in run.split(" "))


_WORDS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7, "EIGHT": 8, "NINE": 9,
          "TEN": 10, "TWENTY": 20, "THIRTY": 30, "FORTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70,
          "EIGHTY": 80, "NINETY": 90}


def _aegean_value(ch):
    name = unicodedata.name(ch)  # e.g. AEGEAN NUMBER SEVENTY, AEGEAN NUMBER ONE HUNDRED
    assert name.startswith("AEGEAN NUMBER ")
    words = name[len("AEGEAN NUMBER "):].split()
    v = _WORDS[words[0]]
    if len(words) == 2 and words[1] == "HUNDRED":
        v *= 100
    return v


def d_aegean(run):
    return "".join(chr(sum(_aegean_value(c) for c in g)) for g in run.split(" "))


def d_columns(run):
    out = ""
    for g in run.split(" "):
        n = 0
        for c in g:
            n = n * 26 + (ord(c) - 64)
        out += chr(n)
    return out


def d_primes(run):
    out = ""
    for g in run.split(" "):
        n = 1
        for f in g.split("*"):
            if "^" in f:
                b, e = f.split("^")
                n *= int(b) ** int(e)
            else:
                n *= int(f)
        out += chr(n)
    return out


def d_boldscript(run):
    return unicodedata.normalize("NFKC", run)


def d_b64twice(run):
    return _b64(_b64(run).decode("ascii")).decode("utf-8")


def d_microchip(run):
    return "".join(chr(int(x.strip()[-3:])) for x in run.split(","))


def d_slots(run):
    out = ""
    for t in run.split(" "):
        hh, mm = t.split(":")
        out += chr((int(hh) - 8) * 60 + int(mm))
    return out


def d_weights(run):
    return "".join(chr(round(float(w.strip()[:-2]) * 2)) for w in run.split(","))


def d_grams(run):
    return "".join(chr(int(g.strip()[:-1]) // 25) for g in run.split("/"))


def d_waypoints(run):
    return "".join(chr(int(re.search(r",-0\.1(\d{3})\d{2}$", w.strip()).group(1))) for w in run.split(";"))


def d_runs(run):
    return "".join(chr(int(m)) for m in re.findall(r"Run (\d+)-[A-F]", run))


def d_duedates(run):
    out = ""
    for d in run.split(" "):
        y, m, dd = (int(x) for x in d.split("-"))
        out += chr(datetime.date(y, m, dd).timetuple().tm_yday)
    return out


DECODERS = {
    "morse_code_with_capital_asterisk": d_morse,
    "braille_six_dot_cells": d_braille,
    "base32_rfc4648_padded": d_base32,
    "quoted_printable_every_byte": d_qp,
    "css_backslash_hex_escapes": d_css,
    "unicode_character_names": d_names,
    "keyword_mixed_alphabet_substitution": d_keyword,
    "pairwise_swapped_characters": d_pairswap,
    "js_string_concatenation_chunks": d_concat,
    "arabic_indic_digit_code_points": d_arabic_indic,
    "aegean_numerals_code_points": d_aegean,
    "spreadsheet_column_letters_code_points": d_columns,
    "prime_factorisation_code_points": d_primes,
    "mathematical_bold_script_letters": d_boldscript,
    "base64_applied_twice": d_b64twice,
    "microchip_number_last_three_digits": d_microchip,
    "grooming_slot_minutes_after_eight": d_slots,
    "dog_weight_half_kilograms": d_weights,
    "petfood_parcel_grams_per_25": d_grams,
    "walk_route_waypoint_longitudes": d_waypoints,
    "kennel_run_and_bay_labels": d_runs,
    "vaccine_due_dates_day_of_year": d_duedates,
}


def decode(name, run):
    return DECODERS[name](run)
