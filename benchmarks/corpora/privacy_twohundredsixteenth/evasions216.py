"""Evasions: 22 encodings x 3 records.  Each text states the rule in words,
then ':' and a newline, then the run on its own line, then a remark."""
import random

from common216 import BASE62, LOWALNUM, password, rs
from enc216 import enc

SEED = 21605

# name, family, rule in words
ENCODINGS = [
    ("dna_nucleotide_quads", "bit-level code (nucleotides)",
     "as DNA letters: each UTF-8 byte is four bases, two bits each from the top (A = 00, C = 01, G = 10, T = 11), one group per byte"),
    ("factoradic_code_points", "numeral system (factorial number system)",
     "as character codes in the factorial number system (the rightmost digit counts 0!, then 1!, 2!, 3! …; 40010 = 97), groups separated by spaces"),
    ("hebrew_gematria_numerals", "numeral system (Hebrew alphabetic numerals)",
     "as character codes in Hebrew numerals (add the letter values: א = 1 … ט = 9, י = 10 … צ = 90, ק = 100; ט״ו is 15; the ״ and ׳ marks carry no value), one number per character"),
    ("upside_down_turned_text", "look-alike block (turned letters, read backwards)",
     "upside down: every character turned (ɐ = a, ∀ = A, ʇ = t, Ɩ = 1, ‾ = _, ˙ = .) and the whole line reversed, so read it from the right"),
    ("periodic_element_symbols", "substitution (chemical element symbols)",
     "as chemical element symbols run together: the atomic number plus ten is the character code (Br = 35 is '-', Bk = 97 is 'a'), a new symbol starts at every capital"),
    ("postnet_bar_digits", "barcode notation (POSTNET bars)",
     "as POSTNET barcode: each character code has three digits of five bars each, █ tall and ▄ short (11000 = 0, 00011 = 1 … 10100 = 9), one block per character"),
    ("xor_key_siding_hex", "cipher (repeating-key XOR)",
     "with every byte XOR-ed with the repeating key SIDING (S, I, D, I, N, G, S, …) and written as two hex digits"),
    ("float32_ieee754_hex", "machine representation (IEEE 754 single floats)",
     "as character codes stored as 32-bit IEEE 754 floats in big-endian hex (42C20000 = 97.0), one float per character"),
    ("css_hex_colour_triplets", "disguise as colours (CSS hex triplets)",
     "as CSS colours: the UTF-8 bytes taken three at a time as #rrggbb, the last colour padded with 00 bytes that mean nothing"),
    ("unicode_tag_characters", "invisible block (Unicode tag characters)",
     "in Unicode tag characters behind a black flag: each invisible tag U+E0000 + code is one character, and U+E007F ends it (copy the whole line, it only looks like a flag)"),
    ("variation_selector_bytes", "invisible block (variation selectors)",
     "hidden in variation selectors after the locomotive emoji: VS1-VS16 (U+FE00-FE0F) are bytes 0-15, VS17-VS256 (U+E0100-E01EF) bytes 16-255"),
    ("a1z26_letter_positions", "letter numbering (A1Z26)",
     "with every letter as its place in the alphabet (a = 1 … z = 26; ^ in front means a capital), digits written #3, and _ . - left as they are, separated by spaces"),
    ("balanced_ternary_code_points", "numeral system (balanced ternary)",
     "as character codes in balanced ternary with the digits +, 0 and - (+ is 1, - is minus 1; ++-+- = 97), groups separated by spaces"),
    ("packed_bcd_nibbles", "numeral notation (packed BCD)",
     "as character codes in packed BCD: three decimal digits per character, each digit as four bits (0000 1001 0111 = 097), run together per character"),
    ("ebcdic_cp037_hex_bytes", "character set (EBCDIC code page 037)",
     "in EBCDIC (IBM code page 037) as hex bytes: 81-89 a-i, 91-99 j-r, A2-A9 s-z, C1/D1/E2 for the capitals, F0-F9 digits, 4B dot, 60 dash, 6D underscore"),
    ("unicode_character_names", "spelled form (Unicode character names)",
     "spelled out as Unicode character names, separated by semicolons"),
    ("layout_fast_clock_minutes", "model-railway disguise (fast-clock timetable)",
     "as a fast-clock working timetable, one train per character: minutes after 05:00 on the layout clock are the character code; the headcodes are noise"),
    ("race_lap_time_hundredths", "race-timing disguise (lap times)",
     "as a heat's lap times, one lap per character: the lap time in hundredths of a second minus 1000 is the character code; the lap numbers are noise"),
    ("transponder_number_tails", "race-timing disguise (transponder numbers)",
     "as a list of transponder numbers, one per character: the last three digits are the character code; the first four are noise"),
    ("kit_catalogue_price_pence", "hobby-shop disguise (kit prices)",
     "as a kit price list, one kit per character: the price in pence minus 1200 is the character code; the catalogue numbers are noise"),
    ("layout_gradient_one_in_n", "model-railway disguise (gradients)",
     "as the gradients of a layout survey, one per character: N in '1 in N' is the character code"),
    ("servo_pulse_microseconds", "radio-control disguise (servo pulse widths)",
     "as servo pulse widths from the receiver log, one per character: (pulse in microseconds minus 1000) divided by 8 is the character code; the channel numbers are noise"),
]

TYPES = [
    ("railclub_evasion_layout_pc_password", "owner-chosen password of the clubroom layout PC (joiners - _ . only)"),
    ("railclub_evasion_turntable_override_code", "`tto_` + 16 base62, override code of the turntable interlock controller (prefix invented)"),
    ("railclub_evasion_till_drawer_token", "`tdk-` + 18 lower-case alphanumerics, token that opens the shop till drawer from the back office (prefix invented)"),
]
WHAT = {
    TYPES[0][0]: "the layout PC password",
    TYPES[1][0]: "the turntable override code",
    TYPES[2][0]: "the till drawer token",
}

WORDINGS = [
    ("club_newsletter_puzzle_corner", "Puzzle corner of the club newsletter: {what}, written {rule}", "First correct answer wins a tin of weathering powder."),
    ("swap_meet_flyer_riddle", "Riddle on the back of the swap-meet flyer - {what}, written {rule}", "Bring the answer to the front desk at 9 sharp."),
    ("layout_night_quiz_card", "Layout night quiz card. Question 7: {what}, written {rule}", "Answers on the back, no phones at the table."),
]


def draw_plain(rng, t):
    if t == TYPES[0][0]:
        return password(rng, strict=True)
    if t == TYPES[1][0]:
        return "tto_" + rs(rng, BASE62, 16)
    return "tdk-" + rs(rng, LOWALNUM, 18)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (ename, _fam, rule) in enumerate(ENCODINGS):
        for j in range(3):
            tname = TYPES[j][0]
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(100):
                plain = draw_plain(rng, tname)
                run = enc(ename, plain, rng)
                if (plain in run or run == plain or run != run.strip()
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + ename)
            head = intro.format(what=WHAT[tname], rule=rule) + ":\n"
            text = head + run + "\n" + remark
            out.append((tname, ename + "__" + wname, ename, text, len(head), run, plain))
    return out
