"""Independent decoders for the p198 evasion notations (imports nothing from enc198)."""
import math
import re
import unicodedata

_ROWS = {1: "1234567890-", 2: "qwertyuiop", 3: "asdfghjkl", 4: "zxcvbnm,."}
_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-",
    "..--.-": "_", ".-.-.-": ".",
}
_DE = {"null": 0, "eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
       "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
       "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
       "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
       "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}


def _ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def _d_gray(run):
    return "".join(chr(_ungray(int(t, 2))) for t in run.split())


def _d_qwerty(run):
    out = []
    for t in run.split():
        m = re.fullmatch(r"(⇧?)R(\d)C(\d+)", t)
        ch = _ROWS[int(m.group(2))][int(m.group(3)) - 1]
        if m.group(1):
            ch = "_" if ch == "-" else ch.upper()
        out.append(ch)
    return "".join(out)


def _d_bacon(run):
    return "".join(chr(int(t.replace("a", "0").replace("b", "1"), 2)) for t in run.split())


def _d_aegean(run):
    out = []
    for t in run.split():
        n = 0
        for ch in t:
            cp = ord(ch)
            if 0x10119 <= cp <= 0x10121:
                n += (cp - 0x10119 + 1) * 100
            elif 0x10110 <= cp <= 0x10118:
                n += (cp - 0x10110 + 1) * 10
            elif 0x10107 <= cp <= 0x1010F:
                n += cp - 0x10107 + 1
        out.append(chr(n))
    return "".join(out)


def _d_rods(run):
    out = []
    for t in run.split():
        n = 0
        for ch in t:
            cp = ord(ch)
            if ch == "\u3007":
                d = 0
            elif 0x1D360 <= cp <= 0x1D368:
                d = cp - 0x1D360 + 1
            else:
                d = cp - 0x1D369 + 1
            n = n * 10 + d
        out.append(chr(n))
    return "".join(out)


def _d_factoradic(run):
    out = []
    for t in run.split():
        ds = [int(x) for x in t.split(":")]
        n = 0
        for i, d in enumerate(reversed(ds)):
            n += d * math.factorial(i)
        out.append(chr(n))
    return "".join(out)


def _d_squares(run):
    return "".join(chr(math.isqrt(int(t))) for t in run.split())


def _d_base9(run):
    return "".join(chr(int(t, 9)) for t in run.split())


def _de_value(w):
    n = 0
    if w.startswith("hundert"):
        n = 100
        w = w[len("hundert"):]
        if not w:
            return n
    if "und" in w and w not in _DE:
        u, t = w.split("und", 1)
        return n + _DE[u] + _DE[t]
    return n + _DE[w]


def _d_german(run):
    return "".join(chr(_de_value(w.strip())) for w in run.split("/"))


def _d_autokey(run):
    alph = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [chr(c) for c in range(48, 58)]
    pos = {c: i for i, c in enumerate(alph)}
    stream = [pos[c] for c in "ROUND"]
    out = []
    for c in run:
        if c in pos:
            k = stream.pop(0)
            p = alph[(pos[c] - k) % 62]
            out.append(p)
            stream.append(pos[p])
        else:
            out.append(c)
    return "".join(out)


def _d_morse(run):
    out = []
    for t in run.split():
        if t.startswith("^"):
            out.append(_MORSE_BACK[t[1:]].upper())
        else:
            out.append(_MORSE_BACK[t])
    return "".join(out)


def _d_regional(run):
    out = []
    for t in run.split(" "):
        cap = t.startswith("^")
        if cap:
            t = t[1:]
        cp = ord(t[0])
        if 0x1F1E6 <= cp <= 0x1F1FF:
            ch = chr(cp - 0x1F1E6 + 97)
            out.append(ch.upper() if cap else ch)
        else:
            out.append(t[0])  # digit before the keycap marks, or - _ .
    return "".join(out)


def _d_parenthesized(run):
    out = []
    for ch in run:
        n = unicodedata.normalize("NFKC", ch)
        if len(n) == 3 and n[0] == "(" and n[2] == ")":
            out.append(n[1])  # parenthesized small or capital letter
        elif len(n) == 2 and n[1] == "." and n[0].isdigit():
            out.append(n[0])  # digit full stop
        else:
            out.append(n)
    return "".join(out)


def _d_psi(run):
    return "".join(chr(int(n) // 20) for n in re.findall(r"@ (\d+) psi", run))


def _d_gutter(run):
    return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r": (\d+)\.(\d) m", run))


def _d_tank(run):
    return "".join(chr(int(n) - 300) for n in re.findall(r"(\d+) L", run))


def _d_panes(run):
    return "".join(chr(int(n)) for n in re.findall(r"(\d+) panes", run))


def _d_houses(run):
    return "".join(chr(int(re.search(r"(\d+)$", part.strip()).group(1))) for part in run.split("→"))


def _d_ipv6(run):
    data = bytearray()
    for addr in run.split():
        for g in addr.split(":"):
            data += bytes([int(g[:2], 16), int(g[2:], 16)])
    return bytes(data).rstrip(b"\x00").decode("utf-8")


def _d_ones(run):
    return "".join(chr(255 - int(t)) for t in run.split())


def _d_clock(run):
    out = []
    for t in run.split():
        h, m = t.split(":")
        out.append(chr(int(h) * 60 + int(m)))
    return "".join(out)


def _is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def _d_nth_prime(run):
    out = []
    for t in run.split():
        p = int(t)
        idx = sum(1 for k in range(2, p + 1) if _is_prime(k))
        out.append(chr(idx))
    return "".join(out)


DECODERS = {
    "gray_code_binary_octets": _d_gray,
    "qwerty_row_column_coordinates": _d_qwerty,
    "baconian_ab_seven_bit": _d_bacon,
    "aegean_numerals": _d_aegean,
    "counting_rod_numerals": _d_rods,
    "factoradic_code_points": _d_factoradic,
    "squares_of_code_points": _d_squares,
    "base_nine_code_points": _d_base9,
    "german_number_words": _d_german,
    "autokey_vigenere_primer_round": _d_autokey,
    "morse_code_caret_capitals": _d_morse,
    "regional_indicator_letters_keycap_digits": _d_regional,
    "parenthesized_letters_and_digit_stops": _d_parenthesized,
    "pressure_washer_psi_settings": _d_psi,
    "gutter_run_lengths_metres": _d_gutter,
    "van_tank_litre_readings": _d_tank,
    "quote_pane_counts": _d_panes,
    "round_house_numbers": _d_houses,
    "ipv6_address_groups": _d_ipv6,
    "ones_complement_code_points": _d_ones,
    "clock_times_minutes_past_midnight": _d_clock,
    "nth_prime_of_code_points": _d_nth_prime,
}


def decode(name, run):
    return DECODERS[name](run)
