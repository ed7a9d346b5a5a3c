"""Independent decoders for the p188 evasions (no import from enc188; no base64 / binascii / codecs)."""
import re
import unicodedata

_L = "abcdefghijklmnopqrstuvwxyz"
_U = _L.upper()
_D = "0123456789"


def _rot(ch, k_letter, k_digit):
    if ch in _L:
        return _L[(_L.index(ch) + k_letter) % 26]
    if ch in _U:
        return _U[(_U.index(ch) + k_letter) % 26]
    if ch in _D:
        return _D[(_D.index(ch) + k_digit) % 10]
    return ch


def d_atbash(s):
    out = ""
    for ch in s:
        if ch in _L:
            out += _L[::-1][_L.index(ch)]
        elif ch in _U:
            out += _U[::-1][_U.index(ch)]
        elif ch in _D:
            out += _D[::-1][_D.index(ch)]
        else:
            out += ch
    return out


def d_rot13_rot5(s):
    return "".join(_rot(ch, 13, 5) for ch in s)


def d_trithemius(s):
    return "".join(_rot(ch, -i, -i) for i, ch in enumerate(s))


def d_polybius(s):
    sq = _L + _D
    out = ""
    for g in s.split(" "):
        if g in ("-", "_", "."):
            out += g
            continue
        cap = g.startswith("^")
        g = g.lstrip("^")
        ch = sq[(int(g[0]) - 1) * 6 + int(g[1]) - 1]
        out += ch.upper() if cap else ch
    return out


# Dvorak layout as typed rows (retyped): key position -> Dvorak character
_ROWS_Q = ["-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
_ROWS_D = ["[]", "',.pyfgcrl/=", "aoeuidhtns-", ";qjkxbmwvz"]
_SHIFT = dict(zip("-=[];',./abcdefghijklmnopqrstuvwxyz", '_+{}:"<>?ABCDEFGHIJKLMNOPQRSTUVWXYZ'))


def d_dvorak(s):
    m = {}
    for rq, rd in zip(_ROWS_Q, _ROWS_D):
        for q, d in zip(rq, rd):
            m[q] = d
            if q in _SHIFT and d in _SHIFT:
                m[_SHIFT[q]] = _SHIFT[d]
    return "".join(m.get(ch, ch) for ch in s)


def d_every_third(s):
    return s[2::3]


def d_raffle(s):
    return "".join(chr(int(n) // 7) for n in re.findall(r"No\. (\d{4})", s))


def _bytes_from_int(n):
    out = []
    while n:
        out.insert(0, n & 0xFF)
        n >>= 8
    return bytes(out)


def d_base62(s):
    alpha = _D + _U + _L
    n = 0
    for ch in s:
        n = n * 62 + alpha.index(ch)
    return _bytes_from_int(n).decode("utf-8")


def _b64_bytes(s):
    alpha = _U + _L + _D + "+/"
    bits = ""
    for ch in s.rstrip("="):
        bits += format(alpha.index(ch), "06b")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def d_b64_utf16le(s):
    b = _b64_bytes(s)
    return "".join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))


def d_percent(s):
    return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", s)).decode("utf-8")


def d_unicode_escape(s):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", s))


def d_ebcdic(s):
    table = {}
    for start, letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                           (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, _D)):
        for i, ch in enumerate(letters):
            table[start + i] = ch
    table.update({0x60: "-", 0x6D: "_", 0x4B: "."})
    return "".join(table[int(h, 16)] for h in s.split(" "))


def d_dna(s):
    v = {"A": 0, "C": 1, "G": 2, "T": 3}
    out = []
    for i in range(0, len(s), 4):
        b = 0
        for ch in s[i:i + 4]:
            b = b * 4 + v[ch]
        out.append(b)
    return bytes(out).decode("utf-8")


def d_excess3(s):
    out = ""
    for g in s.split(" "):
        digits = "".join(str(int(g[i:i + 4], 2) - 3) for i in range(0, len(g), 4))
        out += chr(int(digits))
    return out


def d_devanagari(s):
    return "".join(chr(int("".join(str(ord(c) - 0x0966) for c in w))) for w in s.split(" "))


def d_mayan(s):
    out = ""
    for w in s.split(" "):
        n = 0
        for c in w:
            n = n * 20 + (ord(c) - 0x1D2E0)
        out += chr(n)
    return out


def d_counting_rods(s):
    out = ""
    for w in s.split(" "):
        digits = ""
        for c in w:
            o = ord(c)
            if c == "\u3007":
                digits += "0"
            elif 0x1D360 <= o <= 0x1D368:
                digits += str(o - 0x1D360 + 1)
            elif 0x1D369 <= o <= 0x1D371:
                digits += str(o - 0x1D369 + 1)
            else:
                raise ValueError("not a rod numeral")
        out += chr(int(digits))
    return out


_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUM.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})


def d_number_words(s):
    out = ""
    for phrase in s.split(" / "):
        total = 0
        for tok in phrase.replace("-", " ").split():
            if tok == "and":
                continue
            if tok == "hundred":
                total *= 100
            else:
                total += _NUM[tok]
        out += chr(total)
    return out


def d_nfkc(s):
    return unicodedata.normalize("NFKC", s)


def d_ninety_ball(s):
    return "".join(chr(int(n) + 32) for n in s.split(" \u00b7 "))


def d_pulltab(s):
    sym = {"\U0001F352": 0, "\U0001F514": 1, "\U0001F34B": 2, "\u2B50": 3, "\U0001F48E": 4}
    out = ""
    for w in s.split(" | "):
        n = 0
        for c in w:
            n = n * 5 + sym[c]
        out += chr(n)
    return out


def d_pence(s):
    return "".join(chr(int(a) * 100 + int(b)) for a, b in re.findall(r"\u00a3(\d+)\.(\d\d)", s))


DECODERS = {
    "atbash_letters_nines_digits": d_atbash,
    "rot13_letters_rot5_digits": d_rot13_rot5,
    "trithemius_progressive_shift": d_trithemius,
    "polybius_six_by_six_square": d_polybius,
    "dvorak_typed_on_qwerty_keys": d_dvorak,
    "every_third_character_real": d_every_third,
    "raffle_ticket_book_numbers": d_raffle,
    "base62_big_integer": d_base62,
    "base64_of_utf16le_bytes": d_b64_utf16le,
    "percent_encoding_every_byte": d_percent,
    "unicode_escape_backslash_u": d_unicode_escape,
    "ebcdic_cp037_hex_bytes": d_ebcdic,
    "dna_nucleotide_bytes": d_dna,
    "excess_three_code_points": d_excess3,
    "devanagari_digit_code_points": d_devanagari,
    "mayan_numerals_vigesimal": d_mayan,
    "counting_rod_numerals": d_counting_rods,
    "english_number_words_code_points": d_number_words,
    "mathematical_fraktur_letters": d_nfkc,
    "ninety_ball_call_numbers": d_ninety_ball,
    "pull_tab_window_symbols_base5": d_pulltab,
    "cash_float_amounts_in_pence": d_pence,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
