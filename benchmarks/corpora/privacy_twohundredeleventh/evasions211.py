"""Evasion source: 22 encodings x 3 plain types."""
import random, re
import common211 as C
import enc211

SEED = 21105
ENCODINGS = [
    ("base_thirteen_code_points", "numeral system (base 13)", "as character codes in base thirteen (digits 0-9, then A = 10, B = 11, C = 12, highest place first), separated by spaces"),
    ("bijective_base_ten_code_points", "numeral system (bijective base ten)", "as character codes in bijective base ten (digits 1-9 and A for ten, no zero), separated by spaces"),
    ("negadecimal_code_points", "numeral system (base minus ten)", "as character codes in base minus ten (negadecimal; place values 1, -10, 100), separated by spaces"),
    ("lao_digit_code_points", "digit block (Lao digits)", "as decimal character codes written with Lao digits (\u0ed0 = 0 \u2026 \u0ed9 = 9), separated by spaces"),
    ("nko_digit_code_points", "digit block (N'Ko digits)", "as decimal character codes written with N'Ko digits (\u07c0 = 0 \u2026 \u07c9 = 9, stored highest place first), separated by spaces"),
    ("swedish_number_words", "spelled form (Swedish number words)", "as character codes spelled out in Swedish (nittiosju = 97, hundraett = 101), separated by commas"),
    ("finnish_number_words", "spelled form (Finnish number words)", "as character codes spelled out in Finnish (yhdeksänkymmentäseitsemän = 97, satayksi = 101), separated by slashes"),
    ("small_capital_letters", "Unicode look-alike (small capitals)", "with every lower-case letter replaced by its small-capital look-alike (\u1d00\u0299\u1d04 \u2026; x has none and stays x); capitals, digits and - _ . unchanged"),
    ("combining_long_stroke_overlay", "Unicode trick (combining strikethrough)", "struck through: every character is followed by COMBINING LONG STROKE OVERLAY U+0336"),
    ("gronsfeld_cipher_key_31415", "cipher (Gronsfeld)", "with a Gronsfeld cipher under the digit key 31415 (the key advances on every character; letters move forward that many places in their own case, digits that many places mod 10; - _ . unchanged)"),
    ("brainfuck_print_program", "code disguise (Brainfuck)", "as a Brainfuck program that prints it (run it to read it)"),
    ("big_endian_decimal_integer", "byte notation (one big integer)", "as one big decimal number: its UTF-8 bytes read as a single big-endian integer"),
    ("triplet_block_reversal", "positional trick (block reversal)", "cut into blocks of three from the left, each block written backwards (a short last block too)"),
    ("chinese_remainder_residues", "arithmetic disguise (remainders)", "as character codes given only by their remainders after division by 7, 11 and 13, one (r7,r11,r13) group per character, separated by spaces"),
    ("counting_rod_numerals", "numeral notation (counting rods)", "as decimal character codes in Unicode counting-rod numerals (units and hundreds upright \U0001d360\u2026, tens flat \U0001d369\u2026, \u3007 for an empty place), separated by spaces"),
    ("yijing_hexagram_six_bit_groups", "byte notation (Yijing hexagrams)", "as its UTF-8 bytes cut into 6-bit groups, each group written as the Yijing hexagram U+4DC0 plus its value (last group zero-padded)"),
    ("plot_rent_pence_total", "allotment disguise (plot rents)", "as a list of plot rents, one plot per character: the rent in pence minus 3000 is the character code (the plot numbers are noise)"),
    ("rain_gauge_tenths_mm", "allotment disguise (rain gauge)", "as daily rain-gauge readings, one day per character: the rainfall in tenths of a millimetre is the character code (the weekdays are noise)"),
    ("work_party_minutes_hh_mm", "allotment disguise (work-party hours)", "as work-party hours, one volunteer per character: the time worked (h:mm) counted in minutes is the character code (the initials are noise)"),
    ("seed_packet_seed_counts", "seed-library disguise (seed counts)", "as a seed-swap tally, one packet per character: the number of seeds in the packet is the character code (the varieties are noise)"),
    ("marrow_show_weights_grams", "show disguise (marrow weights)", "as the marrow-class weights from the show, one entry per character: the weight in grams minus 5000 is the character code (the entry numbers are noise)"),
    ("shed_key_tag_numbers", "shed disguise (key tags)", "as the shed key-tag list, one tag per character: the tag number minus 400 is the character code (the shed letters are noise)"),
]
TYPES = [
    ("allotment_evasion_shed_pc_password", "the shed PC password",
     "owner-chosen password of the shed PC (joiners - _ . only)", r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    ("allotment_evasion_polytunnel_vent_key", "the polytunnel vent controller key",
     "`pvk_` + 16 base62, key that unlocks the polytunnel vent controller (prefix invented)", r"^pvk_[A-Za-z0-9]{16}$"),
    ("allotment_evasion_trough_valve_code", "the water-trough valve code",
     "`wtv-` + 14 lower-case alphanumerics, code of the networked water-trough valve (prefix invented)", r"^wtv-[a-z0-9]{14}$"),
]
WORDINGS = [
    ("allotment_newsletter_puzzle_corner", "Puzzle corner (spring newsletter). So it doesn't get scraped, {thing} is written {rule}:\n", "\nFirst correct decoder gets a bag of seed potatoes."),
    ("seed_swap_table_riddle_card", "Card left on the seed-swap table: {thing} is written {rule}:\n", "\nPlease put the card back face down when you're done."),
    ("shed_noticeboard_quiz_sheet", "Shed noticeboard quiz (committee only). Below, {thing} is written {rule}:\n", "\nAsk the shed warden if you get stuck."),
]


def plain_for(tidx, rng):
    if tidx == 0:
        return C.owner_pw(rng, strict=True)
    if tidx == 1:
        return "pvk_" + C.rs(rng, C.B62, 16)
    return "wtv-" + C.rs(rng, C.LOWALNUM, 14)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (enc, fam, rule) in enumerate(ENCODINGS):
        for j, (typ, thing, _d, _rx) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = plain_for(j, rng)
                run = enc211.enc(enc, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            reg.add(plain)
            reg.add(run)
            head = intro.format(thing=thing, rule=rule)
            text = head + run + remark + "\n"
            s = len(head)
            recs.append({"id": None, "type": typ, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
