"""Independent decoders for the p218 evasions.

Gets only the encoding name and the run. Imports nothing from enc218 and no base64, binascii, codecs or
unicodedata; every table is retyped here.
"""
import re

_ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_GER = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "f\u00fcnf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zw\u00f6lf": 12, "dreizehn": 13, "vierzehn": 14, "f\u00fcnfzehn": 15,
        "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_GER_TENS = {"zwanzig": 20, "drei\u00dfig": 30, "vierzig": 40, "f\u00fcnfzig": 50, "sechzig": 60, "siebzig": 70,
             "achtzig": 80, "neunzig": 90}
_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "na\u016d": 9}
_BB_V = "aeiouy"
_BB_C = "bcdfghklmnprstvzx"
_PQ_C = "bdfghjklmnprstvz"
_PQ_V = "aiou"
# US QWERTY rows, retyped: unshifted then shifted
_KEYROWS = ("1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./",
            "!@#$%^&*()_+", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?")
_NOTE = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_MONTH_DAYS_2026 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VAL[ch]
        if i + 1 < len(s) and _ROMAN_VAL[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _negabinary(s):
    total, place = 0, 1
    for ch in reversed(s):
        total += int(ch) * place
        place *= -2
    return total


def _block_digits(s, zero):
    n = 0
    for ch in s:
        d = ord(ch) - zero
        if not 0 <= d <= 9:
            raise ValueError("not a digit of the block: %r" % ch)
        n = n * 10 + d
    return n


def _german(w):
    n = 0
    if w.startswith("hundert"):
        n, w = 100, w[len("hundert"):]
    if not w:
        return n
    if w in _GER:
        return n + _GER[w]
    if w in _GER_TENS:
        return n + _GER_TENS[w]
    unit, tens = w.split("und", 1)
    return n + _GER[unit] + _GER_TENS[tens]


def _esperanto(phrase):
    n = 0
    for w in phrase.split():
        if w == "cent":
            n += 100
        elif w == "dek":
            n += 10
        elif w.endswith("dek"):
            n += _EO[w[:-3]] * 10
        else:
            n += _EO[w]
    return n


def _uudecode(line):
    def v(ch):
        return 0 if ch == "`" else (ord(ch) - 32) & 63
    count = v(line[0])
    body = line[1:]
    out = bytearray()
    for i in range(0, len(body), 4):
        a, b, c, d = (v(x) for x in body[i:i + 4])
        out += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
    return bytes(out[:count])


def _bubble(s):
    if not (s.startswith("x") and s.endswith("x")):
        raise ValueError("bubble babble frame")
    tuples = s[1:-1].split("-")
    seed = 1
    out = bytearray()
    for i, t in enumerate(tuples):
        last = i == len(tuples) - 1
        if last:
            if t[1] == "x":  # even number of bytes: checksum-only tuple
                if _BB_V.index(t[0]) != seed % 6 or _BB_V.index(t[2]) != seed // 6:
                    raise ValueError("bubble babble checksum")
                break
            a0, a1, a2 = _BB_V.index(t[0]), _BB_C.index(t[1]), _BB_V.index(t[2])
            hi = (a0 - seed) % 6
            lo = (a2 - seed // 6) % 6
            if hi > 3 or lo > 3:
                raise ValueError("bubble babble checksum")
            out.append((hi << 6) | (a1 << 2) | lo)
            break
        a0, a1, a2 = _BB_V.index(t[0]), _BB_C.index(t[1]), _BB_V.index(t[2])
        hi = (a0 - seed) % 6
        lo = (a2 - seed // 6) % 6
        if hi > 3 or lo > 3:
            raise ValueError("bubble babble checksum")
        b1 = (hi << 6) | (a1 << 2) | lo
        b2 = (_BB_C.index(t[3]) << 4) | _BB_C.index(tuples[i + 1][0])
        tuples[i + 1] = tuples[i + 1][1:]
        out += bytes([b1, b2])
        seed = (seed * 5 + b1 * 7 + b2) % 36
    return bytes(out)


def _proquint(s):
    out = bytearray()
    for w in s.split("-"):
        if len(w) != 5:
            raise ValueError("proquint word")
        n = (_PQ_C.index(w[0]) << 12) | (_PQ_V.index(w[1]) << 10) | (_PQ_C.index(w[2]) << 6) | \
            (_PQ_V.index(w[3]) << 4) | _PQ_C.index(w[4])
        out += bytes([n >> 8, n & 255])
    if out and out[-1] == 0:
        out = out[:-1]
    return bytes(out)


def _crt(t):
    r7, r11, r13 = (int(x) for x in t.split("/"))
    for n in range(1001):
        if n % 7 == r7 and n % 11 == r11 and n % 13 == r13:
            return n
    raise ValueError("no residue solution")


def _qwerty_left(ch):
    for row in _KEYROWS:
        i = row.find(ch)
        if i > 0:
            return row[i - 1]
    raise ValueError("no key to the left of %r" % ch)


def _midi(t):
    m = re.fullmatch(r"([A-G]#?)(-?\d+)", t)
    return _NOTE[m.group(1)] + (int(m.group(2)) + 1) * 12


def _frac128(t):
    m = re.fullmatch(r"0\.(\d+)", t)
    digits = m.group(1)
    num = int(digits) * 128
    den = 10 ** len(digits)
    if num % den:
        raise ValueError("not an exact multiple of 1/128")
    return num // den


def _day_of_year(iso):
    y, mo, d = (int(x) for x in iso.split("-"))
    if y != 2026:
        raise ValueError("year")
    return sum(_MONTH_DAYS_2026[:mo - 1]) + d


def _chars(codes):
    return "".join(chr(c) for c in codes)


def decode(name, run):
    if name == "roman_numeral_code_points":
        return _chars(_roman(t) for t in run.split(" "))
    if name == "negabinary_code_points":
        return _chars(_negabinary(t) for t in run.split(" "))
    if name == "ol_chiki_digit_code_points":
        return _chars(_block_digits(t, 0x1C50) for t in run.split(" "))
    if name == "meetei_mayek_digit_code_points":
        return _chars(_block_digits(t, 0xABF0) for t in run.split(" "))
    if name == "segmented_lcd_digit_code_points":
        return _chars(_block_digits(t, 0x1FBF0) for t in run.split(" "))
    if name == "keycap_emoji_digit_code_points":
        return _chars(int(t.replace("\ufe0f\u20e3", "")) for t in run.split(" "))
    if name == "german_number_words":
        return _chars(_german(t) for t in run.split(" / "))
    if name == "esperanto_number_words":
        return _chars(_esperanto(t) for t in run.split(", "))
    if name == "uuencode_single_line":
        return _uudecode(run).decode("utf-8")
    if name == "bubble_babble_bytes":
        return _bubble(run).decode("utf-8")
    if name == "proquint_syllables":
        return _proquint(run).decode("utf-8")
    if name == "crt_residues_seven_eleven_thirteen":
        return _chars(_crt(t) for t in run.split(" "))
    if name == "running_delta_code_points":
        toks = run.split(" ")
        codes = [int(toks[0])]
        for t in toks[1:]:
            codes.append(codes[-1] + int(t))
        return _chars(codes)
    if name == "pairwise_swapped_neighbours":
        s = list(run)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "numbered_scatter_positions":
        pieces = {}
        for t in run.split(" "):
            pos, ch = t.split("=", 1)
            pieces[int(pos)] = ch
        return "".join(pieces[i] for i in range(1, len(pieces) + 1))
    if name == "qwerty_one_key_right":
        return "".join(_qwerty_left(c) for c in run)
    if name == "midi_note_names":
        return _chars(_midi(t) for t in run.split(" "))
    if name == "binary_fraction_of_128_decimals":
        return _chars(_frac128(t) for t in run.split(" "))
    if name == "dog_weight_tenths_of_kilo":
        return _chars(int(m.group(1)) * 10 + int(m.group(2)) for m in re.finditer(r"(\d+)\.(\d) kg", run))
    if name == "vaccine_due_day_of_year":
        return _chars(_day_of_year(m.group(1)) for m in re.finditer(r"due (\d{4}-\d{2}-\d{2})", run))
    if name == "agility_course_length_metres":
        return _chars(int(m.group(1)) - 100 for m in re.finditer(r": (\d+) m", run))
    if name == "hydro_heart_rate_bpm":
        return _chars(int(m.group(1)) - 20 for m in re.finditer(r": (\d+) bpm", run))
    raise KeyError(name)
