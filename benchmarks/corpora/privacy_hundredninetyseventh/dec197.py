"""Independent decoder for the evasion notations of corpus 197.

Written separately from enc197: it imports nothing from the encoder and no base64 / binascii /
codecs; every table is retyped here.
"""
import re

_SYMBOLS = """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge
As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy
Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm
Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og"""
ATOMIC = {sym: i + 1 for i, sym in enumerate(_SYMBOLS.split())}

_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -.
o --- p .--. q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..---
3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----. . .-.-.- - -....- _ ..--.-"""
_t = _MORSE_TABLE.split()
MORSE_BACK = {_t[i + 1]: _t[i] for i in range(0, len(_t), 2)}

# Greek look-alike back to Latin (code points retyped)
GREEK_BACK = {0x391: "A", 0x392: "B", 0x395: "E", 0x397: "H", 0x399: "I", 0x39A: "K", 0x39C: "M",
              0x39D: "N", 0x39F: "O", 0x3A1: "P", 0x3A4: "T", 0x3A7: "X", 0x3A5: "Y", 0x396: "Z",
              0x3B9: "i", 0x3BA: "k", 0x3BF: "o", 0x3C5: "u", 0x3BD: "v"}

# upside-down glyph -> original character
UNFLIP = {
    "\u0250": "a", "q": "b", "\u0254": "c", "p": "d", "\u01dd": "e", "\u025f": "f", "\u0183": "g",
    "\u0265": "h", "\u1d09": "i", "\u027e": "j", "\u029e": "k", "l": "l", "\u026f": "m", "u": "n",
    "o": "o", "d": "p", "b": "q", "\u0279": "r", "s": "s", "\u0287": "t", "n": "u", "\u028c": "v",
    "\u028d": "w", "x": "x", "\u028e": "y", "z": "z",
    "\u2200": "A", "\u15fa": "B", "\u0186": "C", "\u15e1": "D", "\u018e": "E", "\u2132": "F",
    "\u2141": "G", "H": "H", "I": "I", "\u017f": "J", "\ua4d8": "K", "\u02e5": "L", "W": "M", "N": "N",
    "O": "O", "\u0500": "P", "\u038c": "Q", "\u1d1a": "R", "S": "S", "\u22a5": "T", "\u2229": "U",
    "\u039b": "V", "M": "W", "X": "X", "\u2144": "Y", "Z": "Z",
    "0": "0", "\u0196": "1", "\u1105": "2", "\u0190": "3", "\u3123": "4", "\u03db": "5", "9": "6",
    "\u3125": "7", "8": "8", "6": "9", "\u02d9": ".", "\u203e": "_", "-": "-",
}

SW_WORDS = {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
            "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
            "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19}
SW_TENS = [("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60),
           ("sjuttio", 70), ("åttio", 80), ("nittio", 90)]

NOTE_STEP = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9,
             "A#": 10, "B": 11}
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]   # 2027 is not a leap year

B64_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _chars(codes):
    return "".join(chr(c) for c in codes)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _b64_bytes(s):
    s = s.rstrip("=")
    bits = "".join(format(B64_ALPHA.index(ch), "06b") for ch in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _nth_prime_index(p):
    count, k = 0, 1
    while k < p:
        k += 1
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            count += 1
    return count


def _isqrt(n):
    x = int(n ** 0.5)
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def _ethiopic(tok):
    total = 0
    for ch in tok:
        cp = ord(ch)
        if cp == 0x137B:
            total += 100
        elif 0x1372 <= cp <= 0x137A:
            total += (cp - 0x1372 + 1) * 10
        elif 0x1369 <= cp <= 0x1371:
            total += cp - 0x1369 + 1
        else:
            raise ValueError("not an Ethiopic numeral: %r" % ch)
    return total


def _swedish(word):
    total = 0
    if word.startswith("hundra"):
        total = 100
        word = word[len("hundra"):]
    if word == "":
        return total
    if word in SW_WORDS:
        return total + SW_WORDS[word]
    for tw, tv in SW_TENS:
        if word.startswith(tw):
            rest = word[len(tw):]
            if rest == "":
                return total + tv
            if rest in SW_WORDS and SW_WORDS[rest] < 10:
                return total + tv + SW_WORDS[rest]
    raise ValueError("not a Swedish number word: %r" % word)


def _column(label):
    n = 0
    for ch in label:
        n = n * 26 + (ord(ch) - 64)
    return n


def _doy(date):
    y, m, d = (int(x) for x in date.split("-"))
    return sum(MONTH_DAYS[:m - 1]) + d


def _gray(bits):
    g = int(bits, 2)
    n = g
    shift = g >> 1
    while shift:
        n ^= shift
        shift >>= 1
    return n


def decode(encoding, run):
    if encoding == "nonary_code_points":
        return _chars(int(t, 9) for t in run.split(" "))
    if encoding == "tibetan_digit_code_points":
        return _chars(int("".join(str(ord(ch) - 0x0F20) for ch in t)) for t in run.split(" "))
    if encoding == "ethiopic_numeral_code_points":
        return _chars(_ethiopic(t) for t in run.split(" "))
    if encoding == "morse_code_caret_capitals":
        out = ""
        for t in run.split(" "):
            if t.startswith("^"):
                out += MORSE_BACK[t[1:]].upper()
            else:
                out += MORSE_BACK[t]
        return out
    if encoding == "periodic_table_element_symbols":
        return _chars(ATOMIC[t] + 10 for t in run.split(" "))
    if encoding == "gray_code_seven_bit_code_points":
        return _chars(_gray(t) for t in run.split(" "))
    if encoding == "bit_reversed_utf8_bytes_hex":
        return _utf8(int(format(int(t, 16), "08b")[::-1], 2) for t in run.split("-"))
    if encoding == "nth_prime_code_points":
        return _chars(_nth_prime_index(int(t)) for t in run.split(" "))
    if encoding == "squared_code_points":
        return _chars(_isqrt(int(t)) for t in run.split(" "))
    if encoding == "swedish_number_words":
        return _chars(_swedish(t) for t in run.split(", "))
    if encoding == "greek_homoglyph_substitution":
        return "".join(GREEK_BACK.get(ord(ch), ch) for ch in run)
    if encoding == "combining_mark_interleave":
        return "".join(ch for ch in run if not 0x300 <= ord(ch) <= 0x36F)
    if encoding == "upside_down_flipped_text":
        return "".join(UNFLIP[ch] for ch in reversed(run))
    if encoding == "utf16le_base64":
        raw = _b64_bytes(run)
        return "".join(chr(raw[i] | (raw[i + 1] << 8)) for i in range(0, len(raw), 2))
    if encoding == "ipv6_address_hextets":
        bs = []
        for addr in run.split(" "):
            for grp in addr.split(":"):
                bs += [int(grp[:2], 16), int(grp[2:], 16)]
        while bs and bs[-1] == 0:
            bs.pop()
        return _utf8(bs)
    if encoding == "spreadsheet_column_letters":
        return _chars(_column(t) for t in run.split(" "))
    if encoding == "midi_note_names":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", t)
            out.append((int(m.group(2)) + 1) * 12 + NOTE_STEP[m.group(1)])
        return _chars(out)
    if encoding == "showground_odometer_readings":
        nums = [int(t) for t in run.split(", ")]
        return _chars(b - a for a, b in zip(nums, nums[1:]))
    if encoding == "fair_circuit_day_of_year_dates":
        return _chars(_doy(t) for t in run.split(", "))
    if encoding == "genset_load_tenths_kilowatt":
        return _chars(int(m.group(1)) * 10 + int(m.group(2)) for m in re.finditer(r"G\d:(\d+)\.(\d)kW", run))
    if encoding == "pitch_frontage_feet_inches":
        return _chars(int(m.group(1)) * 12 + int(m.group(2)) for m in re.finditer(r"(\d+)'(\d+)\"", run))
    if encoding == "wristband_token_balances":
        return _chars(int(m.group(1)) - 30 for m in re.finditer(r"WB\d{4}=(\d+)", run))
    raise KeyError(encoding)
