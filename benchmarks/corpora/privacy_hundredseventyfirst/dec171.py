"""Independent decoders for the p171 evasion notations.  Imports nothing from enc171, no base64 / binascii."""
import re
import unicodedata

_M = (".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
      "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. .-.-.- -....- ..--.-").split()
_MC = "abcdefghijklmnopqrstuvwxyz0123456789.-_"
MORSE_BACK = dict(zip(_M, _MC))
POOLW = ("algae backwash chlorine diatom enzyme filter gutter heater impeller jacuzzi kickboard lifeguard muriatic "
         "noodle ozone pump quartz rescue skimmer turnover ultraviolet valve whistle xeriscape yield zeolite").split()
NUMW = "zero one two three four five six seven eight nine".split()
SYMW = {"dash": "-", "underscore": "_", "dot": "."}
SQUARE = "abcdefghijklmnopqrstuvwxyz0123456789"
SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
           "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
           "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb")
Z_OF = {s: i + 1 for i, s in enumerate(SYMBOLS.split())}
ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
DIG62 = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}


def _back(c, k):
    if c.islower():
        return chr((ord(c) - 97 - k) % 26 + 97)
    if c.isupper():
        return chr((ord(c) - 65 - k) % 26 + 65)
    return c


def d_morse(run):
    out = ""
    for tok in run.split(" "):
        cap = tok.startswith("^")
        ch = MORSE_BACK[tok.lstrip("^")]
        out += ch.upper() if cap else ch
    return out


def d_vigenere(run):
    key, out, i = "CHLORINE", "", 0
    for c in run:
        if c.isascii() and c.isalpha():
            out += _back(c, ord(key[i % 8]) - 65)
            i += 1
        else:
            out += c
    return out


def d_atbash(run):
    out = ""
    for c in run:
        if c.islower():
            out += chr(ord("z") - (ord(c) - ord("a")))
        elif c.isupper():
            out += chr(ord("Z") - (ord(c) - ord("A")))
        elif c.isdigit():
            out += "9876543210"[int(c)]
        else:
            out += c
    return out


def d_rail(run):
    rails = run.split(" | ")
    n = sum(len(r) for r in rails)
    pattern, r, step = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == 2:
            step = -1
        r += step
    pos = [0, 0, 0]
    out = ""
    for r in pattern:
        out += rails[r][pos[r]]
        pos[r] += 1
    return out


def d_uu(run):
    vals = [0 if c == "`" else ord(c) - 32 for c in run]
    count = vals[0]
    data = []
    for i in range(1, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0, 0])[:4]
        n = (a << 18) | (b << 12) | (c << 6) | d
        data += [(n >> 16) & 255, (n >> 8) & 255, n & 255]
    return bytes(data[:count]).decode("utf-8")


def d_percent(run):
    return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run)).decode("utf-8")


def d_jsesc(run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))


def _from_roman(t):
    total = 0
    for i, c in enumerate(t):
        v = ROMAN_VAL[c]
        if i + 1 < len(t) and ROMAN_VAL[t[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def d_roman(run):
    return "".join(chr(_from_roman(t)) for t in run.split())


def d_ph(run):
    return "".join(chr(int(a) * 100 + int(b) - 650) for a, b in re.findall(r"(\d+)\.(\d\d)", run))


def d_splits(run):
    return "".join(chr(int(a) * 100 + int(b) - 2500) for a, b in re.findall(r"(\d+)\.(\d\d)", run))


def d_temps(run):
    return "".join(chr(int(a) * 10 + int(b) - 200) for a, b in re.findall(r"(\d+)\.(\d)°C", run))


def d_lsi(run):
    out = ""
    for sign, a, b in re.findall(r"([+-])(\d+)\.(\d\d)", run):
        v = int(a) * 100 + int(b)
        out += chr((v if sign == "+" else -v) + 80)
    return out


def d_cya(run):
    return "".join(chr(int(x) + 10) for x in re.findall(r"(\d+)ppm", run))


def d_poolw(run):
    out = ""
    for w in run.split(" "):
        lw = w.lower()
        if lw in POOLW:
            ch = chr(97 + POOLW.index(lw))
            out += ch.upper() if w.isupper() else ch
        elif lw in NUMW:
            out += str(NUMW.index(lw))
        else:
            out += SYMW[lw]
    return out


def d_polybius(run):
    out = ""
    for t in run.split(" "):
        if t in ("-", "_", "."):
            out += t
            continue
        cap = t.startswith("^")
        t = t.lstrip("^")
        ch = SQUARE[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
        out += ch.upper() if cap else ch
    return out


def d_elements(run):
    return "".join(chr(Z_OF[s] + 40) for s in run.split(" "))


def d_circled(run):
    out = ""
    for c in run:
        if c in "-_.":
            out += c
        else:
            out += unicodedata.normalize("NFKC", c)
    return out


def d_mono(run):
    out = ""
    for c in run:
        nm = unicodedata.name(c, "")
        m = re.match(r"MATHEMATICAL MONOSPACE (CAPITAL|SMALL) ([A-Z])$", nm)
        if m:
            out += m.group(2) if m.group(1) == "CAPITAL" else m.group(2).lower()
            continue
        m = re.match(r"MATHEMATICAL MONOSPACE DIGIT (\w+)$", nm)
        if m:
            out += str(NUMW.index(m.group(1).lower()))
            continue
        out += c
    return out


def d_base62(run):
    n = 0
    for c in run:
        n = n * 62 + DIG62[c]
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")


def d_sql(run):
    return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))


def d_trith(run):
    out = ""
    for i, c in enumerate(run):
        if c.isascii() and c.isalpha():
            out += _back(c, i)
        elif c.isdigit():
            out += str((int(c) - i) % 10)
        else:
            out += c
    return out


def d_swap(run):
    chars = list(run)
    for i in range(0, len(chars) - 1, 2):
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


D = {
    "morse_code_caret_capitals": d_morse, "vigenere_key_chlorine": d_vigenere, "atbash_mirror_alphabet": d_atbash,
    "rail_fence_three_rails": d_rail, "uuencode_single_line": d_uu, "percent_encoding_every_byte": d_percent,
    "js_unicode_escape_sequences": d_jsesc, "roman_numeral_code_points": d_roman,
    "ph_readings_offset_hundredths": d_ph, "swim_split_times_hundredths": d_splits,
    "pool_temperature_tenths_celsius": d_temps, "saturation_index_signed_hundredths": d_lsi,
    "cyanuric_acid_ppm_plus_ten": d_cya, "pool_word_spelling_alphabet": d_poolw,
    "polybius_six_by_six_square": d_polybius, "periodic_element_symbols_offset": d_elements,
    "circled_alphanumerics": d_circled, "mathematical_monospace_letters": d_mono, "base62_big_integer": d_base62,
    "sql_char_function_concat": d_sql, "trithemius_progressive_shift": d_trith, "adjacent_pair_swap": d_swap,
}


def decode(name, run):
    return D[name](run)
