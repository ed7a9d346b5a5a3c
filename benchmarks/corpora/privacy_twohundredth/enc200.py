"""Evasion encoders. Each takes (plain, rng) and returns the run. The rng only adds noise the decoder ignores."""
import base64

ALPH62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def e_roman(p, rng):
    return " ".join(roman(ord(c)) for c in p)


def bal3(n):
    digits = ""
    while n:
        r = n % 3
        if r == 0:
            digits = "0" + digits
        elif r == 1:
            digits = "+" + digits
            n -= 1
        else:
            digits = "-" + digits
            n += 1
        n //= 3
    return digits


def e_bal3(p, rng):
    return " ".join(bal3(ord(c)) for c in p)


def negabin(n):
    out = ""
    while n:
        r = n % -2
        n //= -2
        if r < 0:
            r += 2
            n += 1
        out = str(r) + out
    return out or "0"


def e_negabin(p, rng):
    return " ".join(negabin(ord(c)) for c in p)


KANJI = "〇一二三四五六七八九"


def kanji(n):
    out = ""
    h, t, u = n // 100, (n // 10) % 10, n % 10
    if h:
        out += ("" if h == 1 else KANJI[h]) + "百"
    if t:
        out += ("" if t == 1 else KANJI[t]) + "十"
    if u:
        out += KANJI[u]
    return out


def e_kanji(p, rng):
    return "、".join(kanji(ord(c)) for c in p)


def e_html(p, rng):
    return "".join("&#%d;" % ord(c) for c in p)


def e_percent(p, rng):
    return "".join("%%%02X" % b for b in p.encode())


def e_bcd(p, rng):
    return " ".join("".join(format(int(d), "04b") for d in "%03d" % ord(c)) for c in p)


def e_rail(p, rng):
    rails = [[], [], []]
    r, step = 0, 1
    for c in p:
        rails[r].append(c)
        if r == 0:
            step = 1
        elif r == 2:
            step = -1
        r += step
    return "".join("".join(x) for x in rails)


def atbash_char(c):
    if "A" <= c <= "Z":
        return chr(ord("Z") - (ord(c) - ord("A")))
    if "a" <= c <= "z":
        return chr(ord("z") - (ord(c) - ord("a")))
    if "0" <= c <= "9":
        return chr(ord("9") - (ord(c) - ord("0")))
    return c


def e_atbash(p, rng):
    return "".join(atbash_char(c) for c in p)


def e_affine(p, rng):
    return "".join(ALPH62[(5 * ALPH62.index(c) + 17) % 62] if c in ALPH62 else c for c in p)


KEYWORD = "MARQUE"


def e_columnar(p, rng):
    n = len(KEYWORD)
    cols = {i: p[i::n] for i in range(n)}
    order = sorted(range(n), key=lambda i: KEYWORD[i])
    return "".join(cols[i] for i in order)


def e_fullwidth(p, rng):
    return "".join(chr(ord(c) + 0xFEE0) for c in p)


def e_monospace(p, rng):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def e_braille(p, rng):
    return "".join(chr(0x2800 + b) for b in p.encode())


IT_UNITS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
IT_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]


def italian(n):
    out = ""
    if n >= 100:
        out = "cento"
        n -= 100
    if n >= 20:
        t, u = divmod(n, 10)
        tens = IT_TENS[t]
        if u in (1, 8):
            tens = tens[:-1]
        w = tens + IT_UNITS[u]
        if u == 3:
            w = tens + "tré"
        out += w
    elif n >= 10:
        out += IT_TEENS[n - 10]
    elif n > 0:
        out += "tré" if (n == 3 and out) else IT_UNITS[n]
    return out


def e_italian(p, rng):
    return ", ".join(italian(ord(c)) for c in p)


def e_decoy(p, rng):
    return "".join(c + rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for c in p)


def e_a85(p, rng):
    return base64.a85encode(p.encode(), adobe=True).decode()


MARQUES = ["Austin-Healey", "Alvis", "Riley", "Sunbeam", "Humber", "Triumph", "Jowett", "Lea-Francis",
           "Singer", "Wolseley", "Hillman", "Armstrong Siddeley", "Jensen", "Lanchester", "Daimler"]


def e_years(p, rng):
    return "; ".join("%d %s" % (1900 + ord(c), rng.choice(MARQUES)) for c in p)


TINTERS = ["black", "white", "oxide red", "yellow", "blue", "green", "violet", "orange", "maroon", "pearl"]


def e_tinter(p, rng):
    return " | ".join("%s %d g" % (rng.choice(TINTERS), ord(c)) for c in p)


FASTENERS = ["head nut", "big-end bolt", "main cap", "flywheel bolt", "rocker pedestal", "sump bolt", "hub nut", "spring U-bolt"]


def e_torque(p, rng):
    return "; ".join("%s %d lb ft" % (rng.choice(FASTENERS), ord(c)) for c in p)


def e_hammer(p, rng):
    return "; ".join("lot %d £%s" % (rng.randint(1, 300), format(ord(c) * 100, ",")) for c in p)


def e_concours(p, rng):
    return ", ".join("car %d: %d/150" % (rng.randint(1, 80), ord(c)) for c in p)


# name -> (encoder, rule in words, family)
ENCODINGS = {
    "roman_numeral_code_points": (e_roman, "as character codes in Roman numerals, separated by spaces", "numeral system (Roman numerals)"),
    "balanced_ternary_code_points": (e_bal3, "as character codes in balanced ternary (digits + for 1, 0 for 0, - for minus 1, highest place first), separated by spaces", "numeral system (balanced ternary)"),
    "negabinary_code_points": (e_negabin, "as character codes in base minus two (negabinary: places 1, -2, 4, -8 …), separated by spaces", "numeral system (base −2)"),
    "kanji_numeral_code_points": (e_kanji, "as character codes in Japanese kanji numerals (十 = ten, 百 = hundred), separated by 、", "numeral system (kanji numerals)"),
    "html_decimal_character_references": (e_html, "as HTML decimal character references, one &#…; per character, run together", "markup escape (HTML references)"),
    "percent_encoded_every_byte": (e_percent, "percent-encoded, every UTF-8 byte as %XX even where a URL would not need it", "markup escape (percent-encoding)"),
    "binary_coded_decimal_nibbles": (e_bcd, "as character codes in binary-coded decimal: three decimal digits, each digit as four bits, one group per character, separated by spaces", "byte notation (BCD)"),
    "rail_fence_three_rails": (e_rail, "as a rail-fence cipher: written in a zigzag over three rails and read off rail by rail", "transposition (rail fence)"),
    "atbash_mirrored_alphanumerics": (e_atbash, "in Atbash: A↔Z and a↔z mirrored, digits mirrored too (0↔9, 1↔8 …); - _ . unchanged", "cipher (Atbash)"),
    "affine_cipher_over_62_symbols": (e_affine, "with an affine cipher over A-Z a-z 0-9 (62 symbols, A = 0 … 9 = 61): position x becomes 5x + 17 mod 62; - _ . unchanged", "cipher (affine)"),
    "columnar_transposition_keyword_marque": (e_columnar, "as a columnar transposition under the keyword MARQUE: written in rows of six, the columns read off in the alphabetical order of the keyword letters", "transposition (columnar)"),
    "fullwidth_latin_forms": (e_fullwidth, "in fullwidth forms (the wide letters and digits of East Asian typesetting)", "Unicode look-alike block (fullwidth forms)"),
    "mathematical_monospace_alphanumerics": (e_monospace, "in mathematical monospace letters and digits; - _ . unchanged", "Unicode look-alike block (mathematical monospace)"),
    "braille_pattern_byte_cells": (e_braille, "as eight-dot Braille cells: the dots raised in each cell are the bits of a character code (U+2800 + code)", "Unicode symbol block (Braille patterns)"),
    "italian_number_words": (e_italian, "as character codes spelled out in Italian number words, separated by commas", "spelled form (number words)"),
    "decoy_letter_every_other_position": (e_decoy, "with a decoy character after every real one: read the first, third, fifth … character and skip the rest", "positional trick (decoy filler)"),
    "ascii85_adobe_frame": (e_a85, "in Adobe Ascii85 between <~ and ~>", "byte notation (Ascii85)"),
    "marque_model_year_list": (e_years, "as a list of cars, one per character: the model year minus 1900 is the character code (the marque is noise), separated by semicolons", "register disguise (model years)"),
    "paint_tinter_gram_weights": (e_tinter, "as a paint-mixing formula, one line per character: the grams of tinter are the character code (the tinter name is noise)", "paint-shop disguise (tinter weights)"),
    "torque_wrench_settings_lbft": (e_torque, "as torque settings, one per character: the lb ft figure is the character code (the fastener is noise)", "workshop disguise (torque settings)"),
    "auction_hammer_prices_hundreds": (e_hammer, "as auction results, one per character: the hammer price in pounds divided by 100 is the character code (the lot number is noise)", "auction disguise (hammer prices)"),
    "concours_points_out_of_150": (e_concours, "as concours scores, one per character: the points out of 150 are the character code (the car number is noise)", "concours disguise (judging points)"),
}
