"""Encoders for the p169 evasions. The decoder lives in dec169.py and does not import this module."""
import base64

RULES = {
    "ascii85_adobe_framed": "in Ascii85 (Adobe framing <~ ~>, four UTF-8 bytes to five characters from ! to u, z for four zero bytes)",
    "base58_bitcoin_alphabet": "in Base58 with the Bitcoin alphabet (no 0, O, I or l) of the UTF-8 bytes read as one big number",
    "ebcdic_cp037_hex_bytes": "as EBCDIC (code page 037) bytes in upper-case hex, separated by spaces",
    "quoted_printable_every_byte": "in quoted-printable with every byte escaped (=XX, upper-case hex), even the plain letters",
    "html_decimal_character_references": "as HTML decimal character references (&#NNN; for every character)",
    "base36_code_point_pairs": "as base-36 numbers (digits 0-9 then a-z), two per character giving its code point, run together",
    "quaternary_digits_per_byte": "in base four, four digits per UTF-8 byte, groups separated by spaces",
    "duodecimal_code_points": "as dozenal numbers (X for ten, E for eleven), one per character giving its code point, separated by spaces",
    "a1z26_letter_numbers": "as letter numbers (a=1 ... z=26, ^ before the number of a capital, #d for the digit d, - _ . as themselves), separated by spaces",
    "german_classic_spelling_alphabet": "spelt with the classic German spelling alphabet (Anton, Berta, Cäsar ... Zacharias; small words for small letters, UPPER-CASE words for capitals; digits as null, eins ... neun; Strich, Unterstrich, Punkt), separated by spaces",
    "golf_term_spelling_alphabet": "spelt in our golf alphabet (albatross birdie caddie divot eagle fairway green hazard iron jigger kikuyu links mulligan niblick overlap putter quadruple rough sand tee upslope vardon wedge xout yips zoysia; UPPER-CASE for capitals; digits as nil one two ... nine; dash, underscore, dot), separated by spaces",
    "autokey_cipher_keyed_fairway": "with an autokey cipher primed with FAIRWAY (letter i is shifted by the i-th letter of FAIRWAY followed by the plaintext letters themselves; case kept; digits - _ . unchanged and not counted)",
    "keyboard_shift_right_qwerty": "typed with every finger one key to the right on a US QWERTY keyboard (q->w, p->[, l->;, m->, and 9->0, 0->-, - -> =; shift kept)",
    "upside_down_flipped_text": "flipped upside down (each character swapped for its turned look-alike and the order reversed)",
    "mathematical_double_struck": "in double-struck letters and digits (U+1D538 for A with the letter-like exceptions C H N P Q R Z, U+1D552 for a, U+1D7D8 for 0); - _ . unchanged",
    "braille_pattern_bytes": "as eight-dot Braille cells, one per UTF-8 byte (U+2800 plus the byte value)",
    "reversed_character_order": "written backwards, last character first",
    "even_positions_then_odd": "split in two: the 1st, 3rd, 5th ... characters, then ' | ', then the 2nd, 4th, 6th ...",
    "hole_yardages_plus_hundred": "as a yardage card, one hole per character, where the yards minus 100 are the code point, separated by spaces",
    "handicap_index_tenths": "as handicap indexes, one per character, where the index times ten is the code point, separated by ' / '",
    "cart_gps_coordinate_digits": "as cart GPS fixes: after each decimal point every three digits are one code point (000 pads the last one); the whole degrees mean nothing; fixes separated by '; '",
    "locker_dial_base40_pairs": "as locker dial pairs a-b, one per character, where a times 40 plus b is the code point, separated by spaces",
}

_GERMAN = ["Anton", "Berta", "Cäsar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida", "Julius", "Kaufmann",
           "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard", "Samuel", "Theodor", "Ulrich",
           "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"]
_GERMAN_DIGITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_GERMAN_PUNCT = {"-": "Strich", "_": "Unterstrich", ".": "Punkt"}
_GOLF = ["albatross", "birdie", "caddie", "divot", "eagle", "fairway", "green", "hazard", "iron", "jigger", "kikuyu",
         "links", "mulligan", "niblick", "overlap", "putter", "quadruple", "rough", "sand", "tee", "upslope", "vardon",
         "wedge", "xout", "yips", "zoysia"]
_GOLF_DIGITS = ["nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_GOLF_PUNCT = {"-": "dash", "_": "underscore", ".": "dot"}

_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
_ROWS_SHIFT = ["~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]

_FLIP_PAIRS = (
    "aɐ bq cɔ dp eǝ fɟ gƃ hɥ iᴉ jɾ kʞ lʃ mɯ nu oo pd qb rɹ ss tʇ un vʌ wʍ xx yʎ zz "
    "A∀ Bᗺ CƆ Dᗡ EƎ FℲ G⅁ HH II Jſ Kꓘ L˥ MW NN OO PԀ QΌ Rᴚ SS T┴ U∩ VΛ WM XX Y⅄ ZZ "
    "00 1Ɩ 2ᄅ 3Ɛ 4ㄣ 5ϛ 69 7ㄥ 88 96 -- _‾ .˙"
)
FLIP = dict((p[0], p[1]) for p in _FLIP_PAIRS.split())

_DS_CAP_EXC = {"C": "\u2102", "H": "\u210d", "N": "\u2115", "P": "\u2119", "Q": "\u211a", "R": "\u211d", "Z": "\u2124"}


def _to_base(n, b, digits):
    s = ""
    while True:
        s = digits[n % b] + s
        n //= b
        if n == 0:
            return s


def enc(name, plain):
    b = plain.encode("utf-8")
    if name == "ascii85_adobe_framed":
        return base64.a85encode(b, adobe=True).decode()
    if name == "base58_bitcoin_alphabet":
        alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        n = int.from_bytes(b, "big")
        s = _to_base(n, 58, alpha) if n else ""
        lead = len(b) - len(b.lstrip(b"\0"))
        return "1" * lead + s
    if name == "ebcdic_cp037_hex_bytes":
        return " ".join("%02X" % x for x in plain.encode("cp037"))
    if name == "quoted_printable_every_byte":
        return "".join("=%02X" % x for x in b)
    if name == "html_decimal_character_references":
        return "".join("&#%d;" % ord(c) for c in plain)
    if name == "base36_code_point_pairs":
        return "".join(_to_base(ord(c), 36, "0123456789abcdefghijklmnopqrstuvwxyz").rjust(2, "0") for c in plain)
    if name == "quaternary_digits_per_byte":
        return " ".join(_to_base(x, 4, "0123").rjust(4, "0") for x in b)
    if name == "duodecimal_code_points":
        return " ".join(_to_base(ord(c), 12, "0123456789XE") for c in plain)
    if name == "a1z26_letter_numbers":
        out = []
        for c in plain:
            if "a" <= c <= "z":
                out.append(str(ord(c) - 96))
            elif "A" <= c <= "Z":
                out.append("^" + str(ord(c) - 64))
            elif c.isdigit():
                out.append("#" + c)
            else:
                out.append(c)
        return " ".join(out)
    if name in ("german_classic_spelling_alphabet", "golf_term_spelling_alphabet"):
        words, digits, punct = (_GERMAN, _GERMAN_DIGITS, _GERMAN_PUNCT) if name.startswith("german") else (_GOLF, _GOLF_DIGITS, _GOLF_PUNCT)
        out = []
        for c in plain:
            if c.isalpha():
                w = words[ord(c.lower()) - 97]
                out.append(w.upper() if c.isupper() else w.lower())
            elif c.isdigit():
                out.append(digits[int(c)])
            else:
                out.append(punct[c])
        return " ".join(out)
    if name == "autokey_cipher_keyed_fairway":
        key = [ord(k) - 97 for k in "fairway"]
        out = []
        for c in plain:
            if c.isalpha():
                shift = key.pop(0)
                base = 65 if c.isupper() else 97
                out.append(chr((ord(c) - base + shift) % 26 + base))
                key.append(ord(c.lower()) - 97)
            else:
                out.append(c)
        return "".join(out)
    if name == "keyboard_shift_right_qwerty":
        m = {}
        for rows in (_ROWS, _ROWS_SHIFT):
            for row in rows:
                for i in range(len(row) - 1):
                    m[row[i]] = row[i + 1]
        return "".join(m[c] for c in plain)
    if name == "upside_down_flipped_text":
        return "".join(FLIP[c] for c in reversed(plain))
    if name == "mathematical_double_struck":
        out = []
        for c in plain:
            if c in _DS_CAP_EXC:
                out.append(_DS_CAP_EXC[c])
            elif "A" <= c <= "Z":
                out.append(chr(0x1D538 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x1D552 + ord(c) - 97))
            elif c.isdigit():
                out.append(chr(0x1D7D8 + int(c)))
            else:
                out.append(c)
        return "".join(out)
    if name == "braille_pattern_bytes":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "reversed_character_order":
        return plain[::-1]
    if name == "even_positions_then_odd":
        return plain[0::2] + " | " + plain[1::2]
    if name == "hole_yardages_plus_hundred":
        return " ".join("%dy" % (ord(c) + 100) for c in plain)
    if name == "handicap_index_tenths":
        return " / ".join("%d.%d" % divmod(ord(c), 10) for c in plain)
    if name == "cart_gps_coordinate_digits":
        cps = ["%03d" % ord(c) for c in plain]
        if len(cps) % 2:
            cps.append("000")
        fixes = []
        for i in range(0, len(cps), 2):
            deg = "-97" if (i // 2) % 2 else "35"
            fixes.append(deg + "." + cps[i] + cps[i + 1])
        return "; ".join(fixes)
    if name == "locker_dial_base40_pairs":
        return " ".join("%d-%d" % divmod(ord(c), 40) for c in plain)
    raise KeyError(name)
