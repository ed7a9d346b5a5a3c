"""Encoders for the 22 evasion notations (decoders are written separately in dec118.py)."""
import string
U, L, D = string.ascii_uppercase, string.ascii_lowercase, string.digits
ICAO = "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()
ICAO_DIG = "Ze-ro Wun Too Tree Fow-er Fife Six Sev-en Ait Nin-er".split()
ICAO_SYM = {"-": "Dash", "_": "Underscore", ".": "Day-see-mal"}
KEYWORD_ALPHA = "".join(dict.fromkeys("cumulonimbus" + L))
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]

RULES = {
 "beaufort_cipher_key_isobar": "with a Beaufort cipher keyed ISOBAR on letters only (cipher letter = key letter minus plain letter, mod 26, A=0; case kept; the key advances only on letters; digits and - _ . unchanged)",
 "rail_fence_three_rails": "as a rail-fence cipher on three rails (write the characters in a zigzag over rails 1-2-3-2-1..., then read rail 1, rail 2, rail 3), the rails separated by ' | '",
 "celsius_readings_as_fahrenheit": "as temperatures: each character's code point is a reading in degrees Celsius, shown converted to Fahrenheit (F = C x 9/5 + 32), readings separated by ', '",
 "sea_level_pressure_hpa_offsets": "as sea-level pressure readings: each reading minus 900 hPa is the code point, readings separated by ' / '",
 "metar_wind_direction_groups": "as METAR-style wind groups dddffKT, one per character: ddd is the code point, ff is only a running number",
 "balanced_ternary_code_points": "as each code point in balanced ternary (digits + = 1, 0 = 0, - = minus 1, most significant first), space-separated",
 "roman_numeral_code_points": "as each code point in Roman numerals, space-separated",
 "reflected_gray_code_bits": "as the reflected binary Gray code (b XOR b>>1) of each UTF-8 byte, 8 bits each, space-separated",
 "even_odd_position_split": "split by position: first the 1st, 3rd, 5th ... characters, then ' ~ ', then the 2nd, 4th, 6th ... characters",
 "icao_radiotelephony_spelling": "in the ICAO spelling alphabet, one word per character: an upper-case letter as its word in CAPITALS, a lower-case letter in lower case, digits as Ze-ro Wun Too Tree Fow-er Fife Six Sev-en Ait Nin-er, and Dash, Underscore, Day-see-mal for - _ .",
 "polybius_six_by_six_grid": "on a 6x6 Polybius square (rows and columns 1-6, filled A-Z then 0-9), each character as row digit then column digit, ^ before an upper-case letter (no mark means lower case), - _ . as themselves, space-separated",
 "synop_five_digit_groups": "as SYNOP-style groups: every code point as three decimal digits, all run together and cut into five-digit groups, the last group padded with /",
 "utf16_little_endian_hex_units": "as UTF-16LE code units, each unit as four hex digits in byte order (low byte first), space-separated",
 "cumulative_rainfall_running_totals": "as cumulative rainfall totals: each total minus the previous total (the first as it is) is a code point, totals separated by ', '",
 "signed_successive_differences": "as the first code point followed by signed differences to each next code point, space-separated",
 "septenary_three_digit_code_points": "as each code point in base 7 with exactly three digits, space-separated",
 "qwerty_right_neighbour_keys": "with every letter and digit replaced by the key to its right on its QWERTY row (rows qwertyuiop, asdfghjkl, zxcvbnm, 1234567890, wrapping at the row end; case kept; - _ . unchanged)",
 "a1z26_letter_positions": "as letter positions a=1 ... z=26, a trailing ! marking an upper-case letter, a digit d written #d, - _ . as themselves, tokens space-separated",
 "rot18_letters_and_digits": "in ROT18 (letters rotated 13 places, case kept; digits rotated 5 places; - _ . unchanged)",
 "arcminute_arcsecond_angles": "as angles: each code point equals 60 x arc-minutes + arc-seconds, written like 1′45″, space-separated",
 "tenths_scaled_decimal_values": "as scaled values with a decimal scale factor of 1: multiply each value by 10 to get the code point; values separated by '; '",
 "keyword_alphabet_cumulonimbus": "in a keyword substitution alphabet: plain a-z maps in order onto " + KEYWORD_ALPHA + " (case kept; digits and - _ . unchanged)",
}

def _roman(n):
    out = ""
    for v, s in [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v: out += s; n -= v
    return out

def _bt(n):
    ds = []
    while n:
        r = n % 3
        if r == 2: ds.append("-"); n = n // 3 + 1
        else: ds.append("+" if r == 1 else "0"); n //= 3
    return "".join(reversed(ds))

def e(name, p):
    cps = [ord(c) for c in p]
    if name == "beaufort_cipher_key_isobar":
        out, k = [], 0
        for c in p:
            if c.isalpha():
                kk = ord("ISOBAR"[k % 6]) - 65; k += 1
                base = 65 if c.isupper() else 97
                out.append(chr(base + (kk - (ord(c) - base)) % 26))
            else: out.append(c)
        return "".join(out)
    if name == "rail_fence_three_rails":
        rails = ["", "", ""]; r, d = 0, 1
        for c in p:
            rails[r] += c
            if r == 0: d = 1
            elif r == 2: d = -1
            r += d
        return " | ".join(rails)
    if name == "celsius_readings_as_fahrenheit":
        return ", ".join("%.1f°F" % (c * 9 / 5 + 32) for c in cps)
    if name == "sea_level_pressure_hpa_offsets":
        return " / ".join("%d hPa" % (900 + c) for c in cps)
    if name == "metar_wind_direction_groups":
        return " ".join("%03d%02dKT" % (c, (i % 99) + 1) for i, c in enumerate(cps))
    if name == "balanced_ternary_code_points": return " ".join(_bt(c) for c in cps)
    if name == "roman_numeral_code_points": return " ".join(_roman(c) for c in cps)
    if name == "reflected_gray_code_bits": return " ".join(format(b ^ (b >> 1), "08b") for b in p.encode())
    if name == "even_odd_position_split": return p[0::2] + " ~ " + p[1::2]
    if name == "icao_radiotelephony_spelling":
        w = []
        for c in p:
            if c in U: w.append(ICAO[U.index(c)].upper())
            elif c in L: w.append(ICAO[L.index(c)].lower())
            elif c in D: w.append(ICAO_DIG[int(c)])
            else: w.append(ICAO_SYM[c])
        return " ".join(w)
    if name == "polybius_six_by_six_grid":
        grid = U + D; w = []
        for c in p:
            if c in "-_.": w.append(c); continue
            i = grid.index(c.upper())
            w.append(("^" if c in U else "") + str(i // 6 + 1) + str(i % 6 + 1))
        return " ".join(w)
    if name == "synop_five_digit_groups":
        s = "".join("%03d" % c for c in cps)
        s += "/" * (-len(s) % 5)
        return " ".join(s[i:i + 5] for i in range(0, len(s), 5))
    if name == "utf16_little_endian_hex_units":
        return " ".join("%02x%02x" % (c & 255, c >> 8) for c in cps)
    if name == "cumulative_rainfall_running_totals":
        t, out = 0, []
        for c in cps: t += c; out.append(str(t))
        return ", ".join(out)
    if name == "signed_successive_differences":
        return " ".join([str(cps[0])] + ["%+d" % (b - a) for a, b in zip(cps, cps[1:])])
    if name == "septenary_three_digit_code_points":
        return " ".join("".join(str(c // 7 ** k % 7) for k in (2, 1, 0)) for c in cps)
    if name == "qwerty_right_neighbour_keys":
        out = []
        for c in p:
            lc = c.lower()
            for row in ROWS:
                if lc in row:
                    n = row[(row.index(lc) + 1) % len(row)]
                    out.append(n.upper() if c.isupper() else n); break
            else: out.append(c)
        return "".join(out)
    if name == "a1z26_letter_positions":
        w = []
        for c in p:
            if c in L: w.append(str(ord(c) - 96))
            elif c in U: w.append(str(ord(c) - 64) + "!")
            elif c in D: w.append("#" + c)
            else: w.append(c)
        return " ".join(w)
    if name == "rot18_letters_and_digits":
        out = []
        for c in p:
            if c in L: out.append(L[(L.index(c) + 13) % 26])
            elif c in U: out.append(U[(U.index(c) + 13) % 26])
            elif c in D: out.append(D[(D.index(c) + 5) % 10])
            else: out.append(c)
        return "".join(out)
    if name == "arcminute_arcsecond_angles": return " ".join("%d′%02d″" % divmod(c, 60) for c in cps)
    if name == "tenths_scaled_decimal_values": return "; ".join("%d.%d" % divmod(c, 10) for c in cps)
    if name == "keyword_alphabet_cumulonimbus":
        out = []
        for c in p:
            if c in L: out.append(KEYWORD_ALPHA[L.index(c)])
            elif c in U: out.append(KEYWORD_ALPHA[U.index(c)].upper())
            else: out.append(c)
        return "".join(out)
    raise KeyError(name)
