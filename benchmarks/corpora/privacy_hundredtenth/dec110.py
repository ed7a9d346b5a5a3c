"""Independent decoder: gets only the encoding name and the encoded run."""
import re

_ICAO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_SPOKEN = {"zero": "0", "one": "1", "two": "2", "tree": "3", "four": "4", "fife": "5", "six": "6", "seven": "7", "eight": "8", "niner": "9", "dash": "-", "underscore": "_", "decimal": "."}
_MORSE = {}
for ch, code in zip("abcdefghijklmnopqrstuvwxyz0123456789-_.", ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-".split()):
    _MORSE[code] = ch
_ROM = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_GREEK = {**{c: i + 1 for i, c in enumerate("αβγδεϛζηθ")}, **{c: 10 * (i + 1) for i, c in enumerate("ικλμνξοπϟ")}, "ρ": 100}
_KB = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?"
_ROWLEN = [13, 13, 11, 10, 13, 13, 11, 10]


def _unshift(c):
    pos = 0
    for n in _ROWLEN:
        row = _KB[pos:pos + n]
        if c in row[1:]:
            return row[row.index(c) - 1]
        pos += n
    raise ValueError(c)


def _roman(t):
    total = 0
    for i, ch in enumerate(t):
        v = _ROM[ch]
        total += -v if i + 1 < len(t) and _ROM[t[i + 1]] > v else v
    return total


def _alnum_block(c):
    o = ord(c)
    spans = [(0x1D400, "A", 26), (0x1D41A, "a", 26), (0x1D7CE, "0", 10), (0x1D538, "A", 26), (0x1D552, "a", 26), (0x1D7D8, "0", 10),
             (0x24B6, "A", 26), (0x24D0, "a", 26), (0x2460, "1", 9)]
    for base, first, n in spans:
        if base <= o < base + n:
            return chr(ord(first) + o - base)
    special = {0x2102: "C", 0x210D: "H", 0x2115: "N", 0x2119: "P", 0x211A: "Q", 0x211D: "R", 0x2124: "Z", 0x24EA: "0"}
    return special.get(o, c)


def _basepair(tok, b):
    return chr(int(tok, b))


def decode(enc, run):
    if enc == "icao_radiotelephony_spelling":
        out, cap = [], False
        for w in run.split(" "):
            if w == "CAPS":
                cap = True
                continue
            lw = w.lower()
            if lw in _SPOKEN:
                out.append(_SPOKEN[lw])
            else:
                ch = "abcdefghijklmnopqrstuvwxyz"[_ICAO.index(lw)]
                out.append(ch.upper() if cap else ch)
            cap = False
        return "".join(out)
    if enc == "morse_caret_capitals":
        return "".join(_MORSE[t[1:]].upper() if t.startswith("^") else _MORSE[t] for t in run.split(" "))
    if enc == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if enc == "gray_code_byte_bits":
        bs = []
        for t in run.split(" "):
            g = int(t, 2)
            b = g
            shift = g >> 1
            while shift:
                b ^= shift
                shift >>= 1
            bs.append(b)
        return bytes(bs).decode()
    if enc == "reversed_decimal_digits":
        return "".join(chr(int(t[::-1])) for t in run.split("/"))
    if enc == "altitude_hundreds_of_feet":
        return "".join(chr(int(re.fullmatch(r"(\d+)00ft", t).group(1))) for t in run.split(", "))
    if enc == "seat_row_and_letter_index":
        return "".join(chr(int(m.group(1)) * 6 + "ABCDEF".index(m.group(2))) for m in (re.fullmatch(r"(\d+)([A-F])", t) for t in run.split(" ")))
    if enc in ("math_bold_alphanumerics", "circled_alphanumerics", "double_struck_alphanumerics"):
        return "".join(_alnum_block(c) for c in run)
    if enc == "zero_width_space_interleaved":
        return run.replace("\u200b", "")
    if enc == "combining_low_line_overlay":
        assert run[1::2] == "\u0332" * (len(run) // 2)
        return run[0::2]
    if enc == "greek_alphabetic_numerals":
        return "".join(chr(sum(_GREEK[c] for c in t.rstrip("ʹ"))) for t in run.split(" "))
    if enc == "qwerty_one_key_right_shift":
        return "".join(_unshift(c) for c in run)
    if enc == "eastern_arabic_digit_code_points":
        return "".join(chr(int("".join(str(ord(d) - 0x660) for d in t))) for t in run.split(" "))
    if enc == "superscript_digit_code_points":
        sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
        return "".join(chr(int("".join(str(sup.index(d)) for d in t))) for t in run.split(" "))
    if enc == "heptadecimal_a_to_g_pairs":
        return "".join(_basepair(t, 17) for t in run.split(" "))
    if enc == "enneadecimal_a_to_i_pairs":
        return "".join(_basepair(t, 19) for t in run.split(" "))
    if enc == "trivigesimal_a_to_m_pairs":
        return "".join(_basepair(t, 23) for t in run.split(" "))
    if enc == "every_other_char_decoy":
        return run[0::2]
    if enc == "powers_of_two_sum_terms":
        return "".join(chr(sum(int(x) for x in t.split("+"))) for t in run.split(" "))
    if enc == "unicode_tag_block_smuggling":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    raise KeyError(enc)
