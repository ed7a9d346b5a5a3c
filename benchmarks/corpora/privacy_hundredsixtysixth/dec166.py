"""Independent decoders for the p166 evasion notations: decode(name, run) -> plain.
Written without importing the encoder module; tables are rebuilt here."""
import re

_MORSE_TXT = ("a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- "
              "p .--. q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- "
              "3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----.")
_MT = _MORSE_TXT.split()
MORSE_INV = {_MT[i + 1]: _MT[i] for i in range(0, len(_MT), 2)}
MORSE_INV.update({"-....-": "-", "..--.-": "_", ".-.-.-": "."})

_NATO = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_DIG = "Zero One Two Tree Fower Fife Six Seven Eight Niner".split()


def _nato_word(w):
    if w in _NATO:
        return chr(97 + _NATO.index(w))
    if w.lower() in _NATO and w == w.upper():
        return chr(65 + _NATO.index(w.lower()))
    if w in _DIG:
        return str(_DIG.index(w))
    return {"dash": "-", "underscore": "_", "stop": "."}[w]


def _from_roman(r):
    val = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(r):
        v = val[ch]
        if i + 1 < len(r) and val[r[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _b32(run):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = "".join(format(alpha.index(c), "05b") for c in run.rstrip("="))
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8)).decode()


def _b45(run):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    out = bytearray()
    i = 0
    while i < len(run):
        chunk = run[i:i + 3]
        n = 0
        for j, ch in enumerate(chunk):
            n += alpha.index(ch) * (45 ** j)
        if len(chunk) == 3:
            out += bytes([n >> 8, n & 255])
        else:
            out.append(n)
        i += 3
    return out.decode()


def _uu(run):
    count = ord(run[0]) - 32
    vals = [0 if c == "`" else ord(c) - 32 for c in run[1:]]
    out = bytearray()
    for i in range(0, len(vals), 4):
        a, b, c, d = vals[i:i + 4]
        out += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
    return bytes(out[:count]).decode()


def _affine_inv(run):
    out = []
    for ch in run:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            base = ord("a") if ch.islower() else ord("A")
            y = ord(ch) - base
            out.append(chr(base + (21 * (y - 8)) % 26))
        elif ch.isdigit():
            out.append(str((7 * (int(ch) - 7)) % 10))
        else:
            out.append(ch)
    return "".join(out)


def _beaufort_inv(run, key="CRAYON"):
    out, k = [], 0
    for ch in run:
        if ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            base = ord("A") if ch.isupper() else ord("a")
            kv = ord(key[k % len(key)]) - ord("A")
            out.append(chr(base + (kv - (ord(ch) - base)) % 26))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def _columnar(run, ncol=4):
    cols = run.split(" ")
    assert len(cols) == ncol
    n = sum(len(c) for c in cols)
    return "".join(cols[i % ncol][i // ncol] for i in range(n))


def _polybius(run):
    grid = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(grid[(int(p[0]) - 1) * 6 + int(p[1]) - 1] for p in run.split(" "))


def _multitap(run):
    pad = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
    out = []
    for g in run.split(" "):
        if g.startswith("#"):
            out.append(g[1])
        else:
            assert len(set(g)) == 1
            out.append(pad[g[0]][len(g) - 1])
    return "".join(out)


def _sans_bold(run):
    out = []
    for ch in run:
        cp = ord(ch)
        if 0x1D5D4 <= cp < 0x1D5D4 + 26:
            out.append(chr(65 + cp - 0x1D5D4))
        elif 0x1D5EE <= cp < 0x1D5EE + 26:
            out.append(chr(97 + cp - 0x1D5EE))
        elif 0x1D7EC <= cp < 0x1D7EC + 10:
            out.append(chr(48 + cp - 0x1D7EC))
        else:
            out.append(ch)
    return "".join(out)


_CYR_BACK = {0x0430: "a", 0x0441: "c", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0445: "x", 0x0443: "y",
             0x0456: "i", 0x0458: "j", 0x0455: "s", 0x0410: "A", 0x0412: "B", 0x0421: "C", 0x0415: "E",
             0x041D: "H", 0x0406: "I", 0x0408: "J", 0x041A: "K", 0x041C: "M", 0x041E: "O", 0x0420: "P",
             0x0405: "S", 0x0422: "T", 0x0425: "X", 0x04AE: "Y"}


def _cyr(run):
    return "".join(_CYR_BACK.get(ord(ch), ch) for ch in run)


def _acrostic(run):
    return "".join(w[0] for w in run.split(" "))


def _nappy(run):
    out = []
    for hh, mm in re.findall(r"(\d\d):(\d\d)", run):
        out.append(chr(int(hh) * 60 + int(mm) - 420))
    return "".join(out)


def _bottle(run):
    return "".join(chr(int(n) - 20) for n in re.findall(r"(\d+) ml", run))


def _fever(run):
    return "".join(chr(int(a) * 10 + int(b) - 300) for a, b in re.findall(r"(\d+)\.(\d) °C", run))


def _nth_prime_index(p):
    count = 0
    for k in range(2, p + 1):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            count += 1
    return count


def _primes(run):
    return "".join(chr(_nth_prime_index(int(p))) for p in run.split(" "))


_SYM = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
        "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
        "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U").split()
_Z = {s: i + 1 for i, s in enumerate(_SYM)}


def _elements(run):
    return "".join(chr(_Z[s] + 32) for s in run.split(" "))


def _xor(run):
    return bytes(int(run[i:i + 2], 16) ^ 0x2A for i in range(0, len(run), 2)).decode()


def _octal(run):
    return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()


DECODERS = {
    "backslash_octal_bytes": _octal,
    "base32_rfc4648_padded": _b32,
    "base45_rfc9285": _b45,
    "uuencode_single_line": _uu,
    "morse_code_lowercase": lambda run: "".join(MORSE_INV[g] for g in run.split(" ")),
    "nato_phonetic_words": lambda run: "".join(_nato_word(w) for w in run.split(" ")),
    "roman_numeral_code_points": lambda run: "".join(chr(_from_roman(r)) for r in run.split(" ")),
    "affine_cipher_five_eight": _affine_inv,
    "beaufort_keyword_crayon": _beaufort_inv,
    "columnar_four_columns": _columnar,
    "polybius_six_by_six_pairs": _polybius,
    "multitap_phone_keypad": _multitap,
    "sans_serif_bold_alphanumerics": _sans_bold,
    "cyrillic_lookalike_letters": _cyr,
    "zero_width_space_interleaved": lambda run: run.replace("\u200b", ""),
    "acrostic_word_initials": _acrostic,
    "nappy_log_clock_minutes": _nappy,
    "bottle_feed_ml_minus_twenty": _bottle,
    "fever_log_celsius_offset": _fever,
    "nth_prime_code_points": _primes,
    "element_symbols_code_point_minus_32": _elements,
    "xor_0x2a_hex_bytes": _xor,
}


def decode(name, run):
    return DECODERS[name](run)
