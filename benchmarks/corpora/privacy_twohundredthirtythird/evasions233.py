"""Evasion source of p233: 22 encodings x 3 secret types."""
import random

import common233 as C
import enc233

SEED = 23305

# (encoding, family, rule in words)
ENCODINGS = [
    ("roman_numeral_code_points", "additive numeral notation (Roman numerals)",
     "as character codes in Roman numerals (XCVII = 97, CXXII = 122), separated by spaces"),
    ("greek_ionian_numerals", "alphabetic numerals (Greek, Ionian)",
     "as character codes in Greek alphabetic numerals with the keraia ʹ (ϟζʹ = 97: ϟ koppa 90, ζ 7; ρ = 100, ϛ stigma = 6), separated by spaces"),
    ("hebrew_gematria_numerals", "alphabetic numerals (Hebrew gematria)",
     "as character codes in Hebrew numerals with geresh / gershayim (צ״ז = 97: צ 90, ז 7; ק = 100; 15 and 16 are ט״ו and ט״ז), separated by spaces"),
    ("chinese_numeral_characters", "numeral characters (Chinese)",
     "as character codes written in Chinese numerals (九十七 = 97, 一百零五 = 105, 一百二十二 = 122), separated by 、"),
    ("german_number_words", "spelled numerals (German)",
     "as character codes spelled out in German (siebenundneunzig = 97, hundertzweiundzwanzig = 122), separated by commas"),
    ("spanish_number_words", "spelled numerals (Spanish)",
     "as character codes spelled out in Spanish (noventa y siete = 97, ciento veintidós = 122), separated by commas"),
    ("uuencode_backtick_line", "binary-to-text encoding (uuencode)",
     "as one uuencoded line (first character = byte count + 32, then 6-bit groups as characters 32–95, ` for zero)"),
    ("base45_rfc9285", "binary-to-text encoding (Base45)",
     "in RFC 9285 Base45 (alphabet 0–9 A–Z space $ % * + - . / :, two bytes to three characters, least significant first)"),
    ("xor_crumb_key_hex", "repeating-key XOR with the key in the text",
     "as its UTF-8 bytes XORed with the repeating ASCII key CRUMB, written in lower-case hex"),
    ("polybius_square_six", "Polybius square cipher (6 × 6)",
     "in a 6 × 6 Polybius square (rows abcdef, ghijkl, mnopqr, stuvwx, yz0123, 456789; each character as row digit then column digit, ! in front of a capital; _ . - stay as they are), separated by spaces"),
    ("zeckendorf_fibonacci_sums", "arithmetic disguise (Zeckendorf sums)",
     "as character codes written as sums of non-consecutive Fibonacci numbers, largest first (89+8 = 97), separated by spaces"),
    ("chessboard_square_sextets", "symbol base (chessboard squares, base 64 bit stream)",
     "as chessboard squares: the UTF-8 bytes run together as bits, cut into groups of six (the last filled up with zeros), each group a square (a1 = 0, b1 = 1 … h1 = 7, a2 = 8 … h8 = 63), separated by spaces"),
    ("unicode_tag_characters", "invisible Unicode block (tag characters)",
     "in invisible Unicode tag characters (U+E0000 + the character code; the line looks empty but is not)"),
    ("math_double_struck_letters", "look-alike block (mathematical double-struck)",
     "in mathematical double-struck letters and digits (𝕒 = a, 𝔸 = A, ℂ = C, 𝟙 = 1; _ . - unchanged)"),
    ("math_monospace_letters", "look-alike block (mathematical monospace)",
     "in mathematical monospace letters and digits (𝚊 = a, 𝙰 = A, 𝟷 = 1; _ . - unchanged)"),
    ("resistor_colour_bands", "symbol base (resistor colour code)",
     "as resistor colour bands: each character code as three decimal digits in the colour code (black 0, brown 1, red 2, orange 3, yellow 4, green 5, blue 6, violet 7, grey 8, white 9; 097 = black-white-violet), codes separated by ' | '"),
    ("weekday_base7_triplets", "symbol base (weekday names, base 7)",
     "as character codes in base 7 with three weekday names per code (Mon = 0, Tue = 1 … Sun = 6; 97 = Tue Sun Sun), codes separated by ' / '"),
    ("deck_oven_temperatures", "world disguise (deck-oven temperatures)",
     "as a bake sheet: each oven temperature in °C minus 100 is a character code (the deck numbers are noise), separated by '; '"),
    ("dough_scaling_weights", "world disguise (dough scaling weights)",
     "as a scaling list: each dough piece weight in grams minus 400 is a character code (the dough names are noise), separated by ', '"),
    ("dough_hydration_percent", "world disguise (dough hydration)",
     "as hydration notes: each hydration percentage times two is a character code (48.5% = 97; the dough names are noise), separated by '; '"),
    ("pastry_price_pence", "world disguise (pastry prices)",
     "as a price board: each price in pence minus 300 is a character code (£3.97 = 97; the pastry names are noise), separated by ', '"),
    ("delivery_stop_latitudes", "world disguise (delivery-stop coordinates)",
     "as delivery stops: the three digits after the point of each latitude are a character code (51.097N = 97; the longitudes are noise), separated by '; '"),
]
ENC_NAMES = [e[0] for e in ENCODINGS]

TYPES = [
    ("bakehouse_evasion_office_pc_password", "owner-chosen password of the bakehouse office PC (joiners - _ . only)"),
    ("deck_oven_evasion_service_code", "`ovn_` + 16 base62; service code that unlocks the engineer menu of the deck oven (prefix invented)"),
    ("pickup_locker_evasion_app_token", "`pkl-` + 20 lower-case alphanumerics; token that opens the cake pickup lockers from the staff app (prefix invented)"),
]
WORDINGS = ["bakery_staffroom_quiz_card", "pastry_bench_puzzle_note", "cake_studio_riddle_sticker"]
INTRO = {
    "bakery_staffroom_quiz_card": "Staff-room quiz card. Whoever decodes this gets the first cinnamon bun: the {what} is given {rule}",
    "pastry_bench_puzzle_note": "Note taped under the pastry bench — {what}, given {rule}",
    "cake_studio_riddle_sticker": "Sticker on the cake-studio monitor: the {what} hides below, given {rule}",
}
WHAT = {
    "bakehouse_evasion_office_pc_password": "office PC password",
    "deck_oven_evasion_service_code": "deck-oven service code",
    "pickup_locker_evasion_app_token": "pickup-locker app token",
}
REMARKS = ["(Please don't type it into the group chat.)", "Tear this off once you've memorised it.",
           "Ask Maja if you get stuck.", "— management"]
PLAIN_RE = {
    "bakehouse_evasion_office_pc_password": C.PW_RE_STRICT,
    "deck_oven_evasion_service_code": __import__("re").compile(r"^ovn_[0-9A-Za-z]{16}$"),
    "pickup_locker_evasion_app_token": __import__("re").compile(r"^pkl-[0-9a-z]{20}$"),
}


def gen_plain(typ, rng):
    if typ == "bakehouse_evasion_office_pc_password":
        return C.owner_password(rng, "-_.")
    if typ == "deck_oven_evasion_service_code":
        return "ovn_" + C.rstr(rng, C.ALNUM, 16)
    return "pkl-" + C.rstr(rng, C.LALNUM, 20)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (ename, fam, rule) in enumerate(ENCODINGS):
        for j, (typ, _) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(typ, rng)
                run = enc233.enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion plain")
            head = INTRO[wording].format(what=WHAT[typ], rule=rule)
            tmpl = head + ":\n" + C.MARK + "\n" + REMARKS[(i + 2 * j) % len(REMARKS)]
            text, s, e = C.place(tmpl, run)
            recs.append({"type": typ, "container": ename + "__" + wording, "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": typ, "plain": plain, "encoding": ename}],
                         "source": "evasion"})
    return recs
