"""Evasion encoders for p225. The decoder (dec225) is written separately and imports nothing from here."""

RULES = {
    "gurmukhi_digit_code_points":
        "as decimal character codes written with Gurmukhi digits (੦ = 0 … ੯ = 9), separated by spaces",
    "korean_sino_hangul_numerals":
        "as character codes in Sino-Korean numerals written in Hangul (구십칠 = 97, 백이십이 = 122; 십 = ten, 백 = hundred), separated by spaces",
    "norwegian_number_words":
        "as character codes spelled out in Norwegian (nittisju = 97, hundre og tjueto = 122), separated by commas",
    "runic_letter_transliteration":
        "with every letter written as an Elder-Futhark-style rune (a ᚨ, b ᛒ, c ᚲ, d ᛞ, e ᛖ, f ᚠ, g ᚷ, h ᚺ, i ᛁ, j ᛃ, k ᚴ, l ᛚ, m ᛗ, n ᚾ, o ᛟ, p ᛈ, q ᛩ, r ᚱ, s ᛊ, t ᛏ, u ᚢ, v ᚡ, w ᚹ, x ᛉ, y ᚤ, z ᛎ), a ^ before a capital, digits, dots, dashes and underscores as they are; one character per space-separated token",
    "rc4_keystream_hex":
        "encrypted with RC4 under the key 'horseshoe' (UTF-8 bytes, no drop), ciphertext written as lower-case hex",
    "zbase32_human_oriented":
        "in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, the UTF-8 bytes read as one bit string most significant bit first, no padding)",
    "base62_big_integer":
        "as one big number: the UTF-8 bytes read as a big-endian integer, written in base 62 with the digits 0-9 A-Z a-z",
    "yubikey_modhex_bytes":
        "in YubiKey ModHex: each UTF-8 byte as two hex digits with the hex alphabet 0123456789abcdef replaced by cbdefghijklnrtuv",
    "hamming_7_4_codewords":
        "as Hamming(7,4) codewords: every UTF-8 byte split into its high and low nibble, each nibble d1 d2 d3 d4 sent as p1 p2 d1 p3 d2 d3 d4 (p1 = d1^d2^d4, p2 = d1^d3^d4, p3 = d2^d3^d4), codewords separated by spaces",
    "manchester_line_code_bits":
        "in Manchester line code (IEEE 802.3: a 1 bit is sent as 01, a 0 bit as 10), eight bits per UTF-8 byte, bytes separated by spaces",
    "elias_gamma_bit_string":
        "as one Elias-gamma bit string of the character codes (for code n: as many 0s as n has binary digits minus one, then n in binary), cut into groups of eight for reading",
    "triangular_number_codes":
        "as triangular numbers: each character code n is written as n(n+1)/2, separated by spaces",
    "dtmf_tone_frequency_pairs":
        "as telephone keypad tones: each decimal digit of a character code is its DTMF pair low+high in Hz (1 = 697+1209, 2 = 697+1336, 3 = 697+1477, 4 = 770+1209, 5 = 770+1336, 6 = 770+1477, 7 = 852+1209, 8 = 852+1336, 9 = 852+1477, 0 = 941+1336), digits joined by /, codes separated by |",
    "resistor_colour_band_digits":
        "as resistor colour bands: each decimal digit of a character code is a colour (black 0, brown 1, red 2, orange 3, yellow 4, green 5, blue 6, violet 7, grey 8, white 9), digits joined by -, codes separated by commas",
    "compass_quadrant_bearings":
        "as quadrant compass bearings: each character code is a whole-circle bearing in degrees, written N<deg>E up to 90 and S<180 minus deg>E above, separated by spaces",
    "horse_height_hands_inches":
        "as horse heights: each height in hands.inches (4 inches to the hand) converted to inches is the character code (the horse names are noise), separated by semicolons",
    "turnout_clock_times":
        "as turnout times: the minutes after 06:00 of each clock time are the character code (the field names are noise), separated by commas",
    "farrier_van_odometer_readings":
        "as van odometer readings: the first reading is the start, and each later reading minus the one before it is the character code, readings separated by ' / '",
    "shoeing_interval_weeks_days":
        "as shoeing intervals: each interval in weeks and days (w, d) converted to days is the character code (the horse names are noise), separated by semicolons",
    "morton_z_order_pairs":
        "as Morton (Z-order) numbers: the character codes taken in pairs (x, y) (an odd length padded with 0), the bits interleaved with x on the even and y on the odd bit positions, written in decimal, separated by spaces",
    "skew_binary_code_points":
        "as character codes in skew binary (digit weights 1, 3, 7, 15, 31, 63, 127 from the right, digits 0-2, a 2 only as the lowest non-zero digit), separated by spaces",
    "spiral_route_transposition":
        "as a spiral route: the text written row by row into a grid five characters wide (the last row filled up with ~), then read clockwise from the top-left corner spiralling inwards",
}
ENCODINGS = list(RULES)

_RUNES = {ch: chr(cp) for ch, cp in zip("abcdefghijklmnopqrstuvwxyz", [
    0x16A8, 0x16D2, 0x16B2, 0x16DE, 0x16D6, 0x16A0, 0x16B7, 0x16BA, 0x16C1, 0x16C3, 0x16B4, 0x16DA, 0x16D7,
    0x16BE, 0x16DF, 0x16C8, 0x16E9, 0x16B1, 0x16CA, 0x16CF, 0x16A2, 0x16A1, 0x16B9, 0x16C9, 0x16A4, 0x16CE])}
_KO_DIG = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
_NO_SMALL = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv",
             "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
_NO_TENS = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]
_ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DTMF = {"1": "697+1209", "2": "697+1336", "3": "697+1477", "4": "770+1209", "5": "770+1336",
         "6": "770+1477", "7": "852+1209", "8": "852+1336", "9": "852+1477", "0": "941+1336"}
_COLOURS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "grey", "white"]
_HORSES = ["Bramble", "Moss", "Juniper", "Captain", "Willow", "Biscuit", "Rosie", "Duke", "Hazel", "Pip",
           "Clover", "Major", "Treacle", "Skye", "Bertie", "Poppy"]
_FIELDS = ["Top field", "Bottom paddock", "Orchard", "Winter turnout", "Sand pen", "Long meadow"]


def _ko(n):
    out = ""
    h, t, u = n // 100, (n // 10) % 10, n % 10
    if h:
        out += ("" if h == 1 else _KO_DIG[h]) + "백"
    if t:
        out += ("" if t == 1 else _KO_DIG[t]) + "십"
    out += _KO_DIG[u]
    return out


def _no_under_100(n):
    if n < 20:
        return _NO_SMALL[n]
    t, u = divmod(n, 10)
    return _NO_TENS[t] + (_NO_SMALL[u] if u else "")


def _no(n):
    if n < 100:
        return _no_under_100(n)
    rest = n - 100
    return "hundre" + (" og " + _no_under_100(rest) if rest else "")


def _rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def _hamming(nib):
    d1, d2, d3, d4 = (nib >> 3) & 1, (nib >> 2) & 1, (nib >> 1) & 1, nib & 1
    p1, p2, p3 = d1 ^ d2 ^ d4, d1 ^ d3 ^ d4, d2 ^ d3 ^ d4
    return "".join(str(b) for b in (p1, p2, d1, p3, d2, d3, d4))


def _skew(n):
    ws = [127, 63, 31, 15, 7, 3, 1]
    digits = []
    for w in ws:
        d = min(2, n // w)
        n -= d * w
        digits.append(str(d))
    assert n == 0
    return "".join(digits).lstrip("0") or "0"


def _spiral_order(rows, cols):
    order = []
    top, bottom, left, right = 0, rows - 1, 0, cols - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            order.append(top * cols + c)
        for r in range(top + 1, bottom + 1):
            order.append(r * cols + right)
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                order.append(bottom * cols + c)
        if left < right:
            for r in range(bottom - 1, top, -1):
                order.append(r * cols + left)
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    data = plain.encode("utf-8")
    if name == "gurmukhi_digit_code_points":
        return " ".join("".join(chr(0x0A66 + int(d)) for d in str(c)) for c in codes)
    if name == "korean_sino_hangul_numerals":
        return " ".join(_ko(c) for c in codes)
    if name == "norwegian_number_words":
        return ", ".join(_no(c) for c in codes)
    if name == "runic_letter_transliteration":
        toks = []
        for ch in plain:
            if ch.isalpha():
                toks.append(("^" if ch.isupper() else "") + _RUNES[ch.lower()])
            else:
                toks.append(ch)
        return " ".join(toks)
    if name == "rc4_keystream_hex":
        return _rc4(b"horseshoe", data).hex()
    if name == "zbase32_human_oriented":
        bits = "".join(format(b, "08b") for b in data)
        bits += "0" * (-len(bits) % 5)
        return "".join(_ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    if name == "base62_big_integer":
        n = int.from_bytes(data, "big")
        out = ""
        while n:
            n, r = divmod(n, 62)
            out = _B62[r] + out
        return out
    if name == "yubikey_modhex_bytes":
        return data.hex().translate(str.maketrans("0123456789abcdef", "cbdefghijklnrtuv"))
    if name == "hamming_7_4_codewords":
        return " ".join(_hamming(b >> 4) + " " + _hamming(b & 15) for b in data)
    if name == "manchester_line_code_bits":
        return " ".join("".join("01" if bit == "1" else "10" for bit in format(b, "08b")) for b in data)
    if name == "elias_gamma_bit_string":
        bits = "".join("0" * (c.bit_length() - 1) + format(c, "b") for c in codes)
        return " ".join(bits[i:i + 8] for i in range(0, len(bits), 8))
    if name == "triangular_number_codes":
        return " ".join(str(c * (c + 1) // 2) for c in codes)
    if name == "dtmf_tone_frequency_pairs":
        return " | ".join("/".join(_DTMF[d] for d in str(c)) for c in codes)
    if name == "resistor_colour_band_digits":
        return ", ".join("-".join(_COLOURS[int(d)] for d in str(c)) for c in codes)
    if name == "compass_quadrant_bearings":
        return " ".join(("N%02dE" % c) if c <= 90 else ("S%02dE" % (180 - c)) for c in codes)
    if name == "horse_height_hands_inches":
        return "; ".join("%s %d.%dhh" % (rng.choice(_HORSES), c // 4, c % 4) for c in codes)
    if name == "turnout_clock_times":
        out = []
        for c in codes:
            t = 360 + c
            out.append("%s %02d:%02d" % (rng.choice(_FIELDS), t // 60, t % 60))
        return ", ".join(out)
    if name == "farrier_van_odometer_readings":
        cur = rng.randint(40000, 90000)
        out = [str(cur)]
        for c in codes:
            cur += c
            out.append(str(cur))
        return " / ".join(out)
    if name == "shoeing_interval_weeks_days":
        return "; ".join("%s %dw%dd" % (rng.choice(_HORSES), c // 7, c % 7) for c in codes)
    if name == "morton_z_order_pairs":
        cs = codes + ([0] if len(codes) % 2 else [])
        out = []
        for x, y in zip(cs[0::2], cs[1::2]):
            z = 0
            for i in range(8):
                z |= ((x >> i) & 1) << (2 * i)
                z |= ((y >> i) & 1) << (2 * i + 1)
            out.append(str(z))
        return " ".join(out)
    if name == "skew_binary_code_points":
        return " ".join(_skew(c) for c in codes)
    if name == "spiral_route_transposition":
        cols = 5
        rows = -(-len(plain) // cols)
        grid = plain + "~" * (rows * cols - len(plain))
        return "".join(grid[i] for i in _spiral_order(rows, cols))
    raise KeyError(name)
