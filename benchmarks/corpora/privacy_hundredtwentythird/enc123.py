"""Encoders for p123 evasions (the decoder lives in dec123.py, written separately)."""
import base64, codecs, string
MORSE = {'a':'.-','b':'-...','c':'-.-.','d':'-..','e':'.','f':'..-.','g':'--.','h':'....','i':'..','j':'.---','k':'-.-','l':'.-..','m':'--',
 'n':'-.','o':'---','p':'.--.','q':'--.-','r':'.-.','s':'...','t':'-','u':'..-','v':'...-','w':'.--','x':'-..-','y':'-.--','z':'--..',
 '0':'-----','1':'.----','2':'..---','3':'...--','4':'....-','5':'.....','6':'-....','7':'--...','8':'---..','9':'----.','.':'.-.-.-','-':'-....-','_':'..--.-'}
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
ROMAN = [(100,'C'),(90,'XC'),(50,'L'),(40,'XL'),(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]

def digits(n, b, w):
    out = ""
    while n: out = "0123456789abcdefghijklmnopqrstuvwxyz"[n % b] + out; n //= b
    return out.rjust(w, "0")

def roman(n):
    s = ""
    for v, r in ROMAN:
        while n >= v: s += r; n -= v
    return s

def shift_letter(c, f):
    if c.islower(): return chr(97 + f(ord(c) - 97) % 26)
    if c.isupper(): return chr(65 + f(ord(c) - 65) % 26)
    return c

def e(name, s, rng=None):
    b = s.encode()
    if name == "morse_with_caret_capitals":
        return " / ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)
    if name == "rfc4648_base32_padded": return base64.b32encode(b).decode()
    if name == "urlsafe_base64_no_padding": return base64.urlsafe_b64encode(b).decode().rstrip("=")
    if name == "upper_hex_contiguous_bytes": return b.hex().upper()
    if name == "rot18_letters_and_digits":
        return "".join(shift_letter(c, lambda x: x + 13) if c.isalpha() else (str((int(c) + 5) % 10) if c.isdigit() else c) for c in s)
    if name == "binary_seven_bit_code_points": return " ".join(format(ord(c), "07b") for c in s)
    if name == "octal_code_points_comma_list": return ", ".join(format(ord(c), "o") for c in s)
    if name == "quaternary_four_digit_code_points": return " ".join(digits(ord(c), 4, 4) for c in s)
    if name == "septenary_three_digit_code_points": return " ".join(digits(ord(c), 7, 3) for c in s)
    if name == "base36_two_digit_code_points": return " ".join(digits(ord(c), 36, 2).upper() for c in s)
    if name == "railway_24h_clock_minutes": return " ".join("%02d:%02d" % divmod(ord(c), 60) for c in s)
    if name == "platform_and_track_dozen_split": return " ".join("P%d/T%d" % divmod(ord(c), 12) for c in s)
    if name == "km_post_chainage_metres": return " ".join("km %d+%03d" % divmod(ord(c) * 10, 1000) for c in s)
    if name == "delta_encoded_code_points":
        out, prev = [], 0
        for c in s: out.append("%+d" % (ord(c) - prev)); prev = ord(c)
        return " ".join(out)
    if name == "pairwise_swapped_characters":
        l = list(s)
        for i in range(0, len(l) - 1, 2): l[i], l[i + 1] = l[i + 1], l[i]
        return "".join(l)
    if name == "rail_fence_two_rails": return s[0::2] + " " + s[1::2]
    if name == "affine_letters_5x_plus_8": return "".join(shift_letter(c, lambda x: 5 * x + 8) for c in s)
    if name == "beaufort_keyed_tram":
        key, out, k = "TRAM", [], 0
        for c in s:
            if c.isalpha():
                kk = ord(key[k % 4]) - 65; k += 1
                out.append(shift_letter(c, lambda x: kk - x))
            else: out.append(c)
        return "".join(out)
    if name == "roman_numeral_code_points": return " ".join(roman(ord(c)) for c in s)
    if name == "ebcdic_cp037_hex_bytes": return " ".join("%02X" % x for x in codecs.encode(s, "cp037"))
    if name == "utf16le_byte_hex": return " ".join("%02x" % x for x in s.encode("utf-16-le"))
    if name == "base45_rfc9285":
        out = ""
        for i in range(0, len(b), 2):
            if i + 1 < len(b):
                n = b[i] * 256 + b[i + 1]; out += B45[n % 45] + B45[n // 45 % 45] + B45[n // 2025]
            else:
                n = b[i]; out += B45[n % 45] + B45[n // 45]
        return out
    raise KeyError(name)

RULES = {
 "morse_with_caret_capitals": "in Morse code, one letter group per character separated by ' / ', a ^ before the group of a capital letter; digits, . - _ in their Morse forms (_ is ..--.-)",
 "rfc4648_base32_padded": "in RFC 4648 Base32 (A-Z 2-7, = padding) of the UTF-8 bytes",
 "urlsafe_base64_no_padding": "in URL-safe Base64 (- and _ instead of + and /) of the UTF-8 bytes, padding removed",
 "upper_hex_contiguous_bytes": "as upper-case hex of the UTF-8 bytes, two digits per byte, no separators",
 "rot18_letters_and_digits": "with ROT13 on letters (case kept) and ROT5 on digits; _ . - unchanged",
 "binary_seven_bit_code_points": "as seven-bit binary code points, one per character, space-separated",
 "octal_code_points_comma_list": "as octal code points, one per character, separated by ', '",
 "quaternary_four_digit_code_points": "as each code point in base 4 with exactly four digits, space-separated",
 "septenary_three_digit_code_points": "as each code point in base 7 with exactly three digits, space-separated",
 "base36_two_digit_code_points": "as each code point in base 36 (0-9 then A-Z) with two digits, space-separated",
 "railway_24h_clock_minutes": "as 24-hour departure times HH:MM, one per character, where hours x 60 + minutes is the code point, space-separated",
 "platform_and_track_dozen_split": "as platform/track pairs Pp/Tt, one per character, where the code point is p x 12 + t, space-separated",
 "km_post_chainage_metres": "as kilometre-post chainages 'km K+MMM', one per character, where the total in metres divided by 10 is the code point, space-separated",
 "delta_encoded_code_points": "as signed differences, the first from zero and each next from the previous character's code point, space-separated",
 "pairwise_swapped_characters": "with each pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th, ...; an odd last character stays)",
 "rail_fence_two_rails": "as a two-rail rail fence: first the 1st, 3rd, 5th ... characters, a space, then the 2nd, 4th, 6th ... characters",
 "affine_letters_5x_plus_8": "with an affine cipher on letters (a=0: cipher = 5 x plain + 8 mod 26, case kept); digits and _ . - unchanged",
 "beaufort_keyed_tram": "with a Beaufort cipher keyed TRAM on letters only (cipher = key letter - plain mod 26, A=0, case kept, key advances only on letters); digits and _ . - unchanged",
 "roman_numeral_code_points": "as Roman numerals, one per character's code point, space-separated",
 "ebcdic_cp037_hex_bytes": "as upper-case hex bytes in EBCDIC code page 037, space-separated",
 "utf16le_byte_hex": "as lower-case hex bytes of its UTF-16 little-endian encoding, space-separated",
 "base45_rfc9285": "in Base45 (RFC 9285, as in EU QR ticket payloads) of the UTF-8 bytes",
}
