"""Encoders for the 22 evasion encodings of corpus p244. The rng only adds noise the decoder ignores."""
import base64
from fractions import Fraction

# ------------------------------------------------------------------ rules (stated in the texts)
RULES = {
    "straddling_checkerboard_digits": "with a straddling checkerboard: E T A O N R I are the single digits 0 1 3 4 6 7 9; every other sign takes two digits, row first – row 2: B C D F G H J K L M (20–29), row 5: P Q S U V W X Y Z _ (50–59), row 8: . (80), - (81), ^ (82, the next letter is a capital) and # (83, the next digit is written as itself); lower-case letters use the same codes; the digits are written in groups of five",
    "deseret_letter_substitution": "in Deseret letters: a–z as the first 26 small Deseret letters (a = 𐐨 U+10428), A–Z as the first 26 capital Deseret letters (A = 𐐀 U+10400); digits and _ . - unchanged",
    "small_capital_lookalikes": "with every small letter except x replaced by its Latin small-capital look-alike (a = ᴀ, b = ʙ, f = ꜰ, q = ꞯ, s = ꜱ …); capitals, x, digits and _ . - unchanged",
    "swedish_number_words": "as character codes spelled out in Swedish (nittiosju = 97, hundratjugotvå = 122, fyrtiofem = 45), separated by commas",
    "quinary_code_points": "as character codes in base five, three digits each (97 = 3·25 + 4·5 + 2 = 342), separated by spaces",
    "triangular_number_code_points": "as triangular numbers: each character code n written as n·(n+1)/2 (97 → 4753), separated by spaces",
    "word_length_digits": "in word lengths: count the letters of every word, a ten-letter word counting as 0; every three such digits are one character code (097 = 'scoreboard badminton topspin')",
    "cricket_over_base9_deliveries": "as a ball-by-ball over log: each delivery is a base-9 digit (. = 0, 1 2 3 4 6 as themselves, nb = 5, W = 7, wd = 8), three deliveries per character code (097 = . 1 nb… no: 97 = 1·81 + 1·9 + 7 = 1 1 W), six deliveries to an over, overs separated by |",
    "serve_speed_radar_kmh": "as a serve-speed radar log: every speed in km/h minus 100 is a character code (G3 1st 197 km/h = 97; game numbers and 1st / 2nd are noise), separated by semicolons",
    "cricket_batting_card_runs": "as a batting card: each batter's runs are a character code (Khan 97 (84b) = 97; names and balls faced are noise), separated by semicolons",
    "racket_weight_grams": "as a racket-stringing weigh-in: every unstrung weight in grams minus 200 is a character code (R-2231 297 g = 97; the racket numbers are noise), separated by semicolons",
    "ace_fault_serve_bits": "as a serve chart: each UTF-8 byte is eight serves, most significant bit first, ace = 1 and fault = 0; bytes separated by ' / '",
    "postnet_bar_digits": "in POSTNET bars: each character code as three decimal digits, each digit as five bars (| tall, . short) with weights 7 4 2 1 0 and exactly two tall bars (0 = ||..., 1 = ...||, 7 = |...|), codes separated by spaces",
    "yubikey_modhex": "in ModHex (the YubiKey alphabet): its UTF-8 bytes in hex with the hex digits 0–f written as c b d e f g h i j k l n r t u v, one run",
    "utf16le_base64": "as Base64 of its UTF-16LE bytes (what PowerShell's -EncodedCommand expects)",
    "morton_interleaved_byte_pairs": "as Morton codes: its UTF-8 bytes taken in pairs (a, b) (a zero byte added if the count is odd), the bits interleaved so that bit i of a becomes bit 2i+1 and bit i of b becomes bit 2i, each pair as four lower-case hex digits, joined by '-'",
    "cantor_pairing_of_pairs": "as Cantor pairs: its character codes taken two at a time (x, y) (a final 0 if the count is odd) and written as (x+y)(x+y+1)/2 + y, separated by spaces",
    "continued_fraction_quotients": "as one fraction p/q whose continued fraction [0; c1, c2, …] lists the character codes c1, c2, … in order",
    "padel_membership_luhn_numbers": "as padel membership card numbers: in each 12-digit card 7044 xxxx cccL the digits ccc are a character code (the xxxx block is noise, L is the real Luhn check digit), separated by commas",
    "base32_rfc4648_standard": "in standard Base32 (RFC 4648 alphabet A–Z 2–7, = padding) of its UTF-8 bytes",
    "mod128_homophones": "as homophones: every number taken modulo 128 is a character code (353 = 2·128 + 97 = 97), separated by spaces",
    "excel_char_concatenation_formula": "as a spreadsheet formula that rebuilds it: =CHAR(code)&CHAR(code)&… (CHAR(97) = a)",
}

FAMILIES = {
    "straddling_checkerboard_digits": "fractionating cipher (straddling checkerboard, VIC-style)",
    "deseret_letter_substitution": "script substitution (Deseret alphabet)",
    "small_capital_lookalikes": "look-alike letters (Latin small capitals)",
    "swedish_number_words": "spelled numerals (Swedish compounds)",
    "quinary_code_points": "numeral system (base 5)",
    "triangular_number_code_points": "arithmetic disguise (triangular numbers)",
    "word_length_digits": "steganography (word lengths carry digits)",
    "cricket_over_base9_deliveries": "world disguise + numeral system (cricket over log as base 9)",
    "serve_speed_radar_kmh": "world disguise (tennis serve speeds)",
    "cricket_batting_card_runs": "world disguise (batting-card runs)",
    "racket_weight_grams": "world disguise (racket weights)",
    "ace_fault_serve_bits": "world disguise of bits (serve chart)",
    "postnet_bar_digits": "barcode symbology (POSTNET two-out-of-five)",
    "yubikey_modhex": "hex alphabet substitution (YubiKey ModHex)",
    "utf16le_base64": "transport encoding of a wide-character string (Base64 of UTF-16LE)",
    "morton_interleaved_byte_pairs": "bit interleaving (Morton / Z-order)",
    "cantor_pairing_of_pairs": "pairing function (Cantor)",
    "continued_fraction_quotients": "number theory (continued fraction)",
    "padel_membership_luhn_numbers": "world disguise with check digits (Luhn card numbers)",
    "base32_rfc4648_standard": "standard transport encoding (RFC 4648 Base32)",
    "mod128_homophones": "homophonic arithmetic (residues modulo 128)",
    "excel_char_concatenation_formula": "disguise as a formula (spreadsheet CHAR concatenation)",
}
RULES["cricket_over_base9_deliveries"] = "as a ball-by-ball over log: each delivery is a base-9 digit (. = 0, 1 2 3 4 6 as themselves, nb = 5, W = 7, wd = 8), three deliveries per character code, most significant first (97 = 1·81 + 1·9 + 7 = 1 1 W), six deliveries to an over, overs separated by ' | '"

ENCODINGS = list(RULES)

# ------------------------------------------------------------------ tables
CB_TOP = {"e": "0", "t": "1", "a": "3", "o": "4", "n": "6", "r": "7", "i": "9"}
CB_ROWS = {"2": "bcdfghjklm", "5": "pqsuvwxyz_", "8": ".-^#"}
CB = dict(CB_TOP)
for row, syms in CB_ROWS.items():
    for i, s in enumerate(syms):
        CB[s] = row + str(i)

SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"))

SV_UNITS = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
SV_TEENS = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
SV_TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]


def sv_words(n):
    out = ""
    if n >= 100:
        out += "hundra"
        n -= 100
    if 10 <= n < 20:
        return out + SV_TEENS[n - 10]
    return out + SV_TENS[n // 10] + SV_UNITS[n % 10]


WORDS_BY_LEN = {
    1: ["a"], 2: ["at", "in", "on", "up", "to"], 3: ["ace", "net", "lob", "let", "bat", "run"],
    4: ["game", "love", "drop", "over", "bowl", "ball"], 5: ["smash", "deuce", "slice", "pitch", "field"],
    6: ["volley", "crease", "wicket", "umpire", "racket", "googly"], 7: ["topspin", "doubles", "bouncer", "innings"],
    8: ["backhand", "forehand", "baseline", "boundary", "tiebreak"], 9: ["scorecard", "spectator", "badminton", "overthrow"],
    10: ["tournament", "scoreboard", "groundsman", "pickleball", "deliveries"],
}
B9 = [".", "1", "2", "3", "4", "nb", "6", "W", "wd"]
SURNAMES = ["Khan", "Patel", "Smith", "Okafor", "Nair", "Hughes", "Mensah", "Ahmed", "Taylor", "Brown", "Singh",
            "Evans", "Jones", "Iqbal", "Walsh", "Reid", "Fraser", "Bose", "Cole", "Dunn"]
POSTNET = {"1": "00011", "2": "00101", "3": "00110", "4": "01001", "5": "01010", "6": "01100",
           "7": "10001", "8": "10010", "9": "10100", "0": "11000"}
MODHEX = "cbdefghijklnrtuv"


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def to_base(n, b, width):
    ds = []
    for _ in range(width):
        ds.append(n % b)
        n //= b
    return ds[::-1]


def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    data = plain.encode("utf-8")
    if name == "straddling_checkerboard_digits":
        digits = ""
        for ch in plain:
            if ch.isdigit():
                digits += CB["#"] + ch
            elif ch.isupper():
                digits += CB["^"] + CB[ch.lower()]
            else:
                digits += CB[ch]
        return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))
    if name == "deseret_letter_substitution":
        out = []
        for ch in plain:
            if "a" <= ch <= "z":
                out.append(chr(0x10428 + ord(ch) - 97))
            elif "A" <= ch <= "Z":
                out.append(chr(0x10400 + ord(ch) - 65))
            else:
                out.append(ch)
        return "".join(out)
    if name == "small_capital_lookalikes":
        return "".join(SMALLCAPS.get(ch, ch) for ch in plain)
    if name == "swedish_number_words":
        return ", ".join(sv_words(c) for c in cps)
    if name == "quinary_code_points":
        return " ".join("".join(str(d) for d in to_base(c, 5, 3)) for c in cps)
    if name == "triangular_number_code_points":
        return " ".join(str(c * (c + 1) // 2) for c in cps)
    if name == "word_length_digits":
        words = []
        for c in cps:
            for d in "%03d" % c:
                n = int(d) or 10
                words.append(rng.choice(WORDS_BY_LEN[n]))
        return " ".join(words)
    if name == "cricket_over_base9_deliveries":
        balls = []
        for c in cps:
            balls += [B9[d] for d in to_base(c, 9, 3)]
        overs = [" ".join(balls[i:i + 6]) for i in range(0, len(balls), 6)]
        return " | ".join(overs)
    if name == "serve_speed_radar_kmh":
        out = []
        g = rng.randint(1, 3)
        for c in cps:
            out.append("G%d %s %d km/h" % (g, rng.choice(["1st", "2nd"]), c + 100))
            g += rng.randint(0, 1)
        return "; ".join(out)
    if name == "cricket_batting_card_runs":
        return "; ".join("%s %d (%db)" % (rng.choice(SURNAMES), c, rng.randint(max(20, c // 2), c + 60)) for c in cps)
    if name == "racket_weight_grams":
        return "; ".join("R-%04d %d g" % (rng.randint(1000, 9999), c + 200) for c in cps)
    if name == "ace_fault_serve_bits":
        return " / ".join(" ".join("ace" if (b >> (7 - i)) & 1 else "fault" for i in range(8)) for b in data)
    if name == "postnet_bar_digits":
        return " ".join("".join(POSTNET[d].replace("1", "|").replace("0", ".") for d in "%03d" % c) for c in cps)
    if name == "yubikey_modhex":
        return "".join(MODHEX[b >> 4] + MODHEX[b & 15] for b in data)
    if name == "utf16le_base64":
        return base64.b64encode(plain.encode("utf-16-le")).decode()
    if name == "morton_interleaved_byte_pairs":
        bs = list(data) + ([0] if len(data) % 2 else [])
        out = []
        for i in range(0, len(bs), 2):
            a, b = bs[i], bs[i + 1]
            z = 0
            for k in range(8):
                z |= ((a >> k) & 1) << (2 * k + 1)
                z |= ((b >> k) & 1) << (2 * k)
            out.append("%04x" % z)
        return "-".join(out)
    if name == "cantor_pairing_of_pairs":
        cs = cps + ([0] if len(cps) % 2 else [])
        return " ".join(str((x + y) * (x + y + 1) // 2 + y) for x, y in zip(cs[0::2], cs[1::2]))
    if name == "continued_fraction_quotients":
        f = Fraction(0)
        for c in reversed(cps):
            f = 1 / (c + f)
        return "%d/%d" % (f.numerator, f.denominator)
    if name == "padel_membership_luhn_numbers":
        out = []
        for c in cps:
            body = "7044" + "%04d" % rng.randint(0, 9999) + "%03d" % c
            num = body + luhn_digit(body)
            out.append("%s %s %s" % (num[:4], num[4:8], num[8:]))
        return ", ".join(out)
    if name == "base32_rfc4648_standard":
        return base64.b32encode(data).decode()
    if name == "mod128_homophones":
        return " ".join(str(c + 128 * rng.randint(0, 7)) for c in cps)
    if name == "excel_char_concatenation_formula":
        return "=" + "&".join("CHAR(%d)" % c for c in cps)
    raise ValueError(name)
