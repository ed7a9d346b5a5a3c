"""Evasions: 22 encodings x 3 records."""
import random
import re

import common206 as C
import enc206

SEED = 20605

# encoding, family, rule in words
ENCODINGS = [
    ("ternary_code_points", "numeral system (base 3)", "as character codes in base 3 (digits 0, 1, 2), separated by spaces"),
    ("undecimal_x_digit_code_points", "numeral system (base 11)", "as character codes in base 11 with X as the digit for ten, separated by spaces"),
    ("primorial_base_code_points", "numeral system (primorial base)", "as character codes in the primorial number system (place values 30, 6, 2 and 1 from the left, digit limits 7, 5, 3 and 2), separated by spaces"),
    ("khmer_digit_code_points", "digit block (Khmer digits)", "as decimal character codes written in Khmer digits (០ = 0 … ៩ = 9), separated by spaces"),
    ("indonesian_number_words", "spelled form (Indonesian number words)", "as character codes spelled out in Indonesian number words (sembilan puluh tujuh = 97, seratus satu = 101), separated by commas"),
    ("turkish_number_words", "spelled form (Turkish number words)", "as character codes spelled out in Turkish number words (doksan yedi = 97, yüz bir = 101), separated by slashes"),
    ("unicode_tag_block_smuggling", "invisible Unicode block (tag characters)", "in invisible Unicode tag characters (U+E0000 plus the character code, between LANGUAGE TAG U+E0001 and CANCEL TAG U+E007F), so the line below looks empty"),
    ("squared_letter_blocks", "Unicode look-alike block (squared letters)", "in squared letters: lower case as squared capitals (🄰), upper case as negative squared capitals (🅰), digits as digit-comma signs (🄁 = 0); - _ . unchanged"),
    ("autokey_cipher_over_65", "cipher (autokey)", "with an autokey cipher over the 65 symbols A–Z a–z 0–9 _ . - (A = 0 … - = 64): the key is the primer WEIR followed by the plain text itself, each symbol is shifted forward by its key symbol"),
    ("qwerty_to_dvorak_layout", "keyboard trick (layout swap)", "as typed with the fingers of a QWERTY typist on a keyboard set to Dvorak (each key gives its Dvorak character)"),
    ("xxencode_single_line", "byte notation (xxencode)", "as the single data line of an xxencoded file (length character first; alphabet + - 0–9 A–Z a–z; the begin and end lines are left off)"),
    ("bech32_charset_5bit_groups", "byte notation (Bech32 alphabet)", "as its bytes cut into 5-bit groups written with the Bech32 alphabet qpzry9x8gf2tvdw0s3jn54khce6mua7l (no prefix, no checksum, last group zero-padded)"),
    ("adjacent_pair_swap", "positional trick (pair swap)", "with every pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th …; an odd last character stays)"),
    ("running_sum_code_points", "arithmetic disguise (running total)", "as running totals: each number is the sum of the character codes so far, separated by spaces"),
    ("sql_char_function_concat", "code disguise (SQL CHAR)", "as a T-SQL expression that glues CHAR(n) calls together with +"),
    ("js_fromcharcode_call", "code disguise (JavaScript)", "as a JavaScript String.fromCharCode call with the decimal character codes"),
    ("carp_weight_pounds_ounces", "angling disguise (carp weights)", "as a list of carp weights, one per character: pounds × 16 + ounces is the character code (the variety is noise)"),
    ("peg_draw_numbers", "angling disguise (peg draw)", "as a peg draw, one peg per character: the peg number is the character code (the angler names are noise)"),
    ("stocking_fish_counts", "fishery disguise (stocking record)", "as a stocking record, one line per character: the number of fish is the character code (the species is noise)"),
    ("plumbed_swim_depth_cm", "angling disguise (plumbed depths)", "as plumbed swim depths, one swim per character: the depth in centimetres is the character code"),
    ("licence_expiry_day_of_year", "licence disguise (expiry dates)", "as rod-licence expiry dates in 2025, one per character: the day of the year (1 January = 1) is the character code"),
    ("midi_note_names", "music notation (MIDI note names)", "as MIDI note names, one per character: the note number (C4 = 60, C#4 = 61 …) is the character code, separated by spaces"),
]

TYPES = [
    ("angling_evasion_clubhouse_pc_password", "the clubhouse PC password", "owner-chosen password of the clubhouse PC (joiners - _ . only)"),
    ("angling_evasion_bait_freezer_unlock_key", "the bait-freezer unlock key", "`bfk_` + 18 base62, key that unlocks the bait-freezer controller (prefix invented)"),
    ("angling_evasion_sluice_panel_code", "the sluice panel code", "`slc-` + 14 lower-case alphanumerics, code of the sluice-gate control panel (prefix invented)"),
]
WORDINGS = [
    ("club_newsletter_brainteaser", "Newsletter brainteaser: here is {what}, written {rule}:\n", "\nAnswers to the secretary before the AGM – first correct one wins a tub of boilies."),
    ("tackle_shop_counter_puzzle_card", "Counter puzzle card – can you read {what}? It is written {rule}:\n", "\nSolve it at the till for 10% off floats."),
    ("bailiff_hut_riddle_sheet", "Bailiff hut riddle: {what} is written {rule}:\n", "\nDon't leave this sheet on the noticeboard."),
]
PLAIN_RES = [C.PW_STRICT_RE, re.compile(r"^bfk_[A-Za-z0-9]{18}$"), re.compile(r"^slc-[a-z0-9]{14}$")]


def _plain(rng, ti):
    if ti == 0:
        return C.password(rng, True)
    if ti == 1:
        return "bfk_" + C.rs(rng, C.ALNUM, 18)
    return "slc-" + C.rs(rng, C.LOWALNUM, 14)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for ei, (encname, fam, rule) in enumerate(ENCODINGS):
        for j in range(3):
            ti, wi = j, (j + ei) % 3
            typ, what, _ = TYPES[ti]
            wname, head, tail = WORDINGS[wi]
            for _ in range(100):
                plain = _plain(rng, ti)
                run = enc206.enc(encname, plain, rng)
                if (plain not in run and run != plain and run.strip() == run and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no plain for " + encname)
            reg.add(plain)
            reg.add(run)
            t = head.replace("{what}", what).replace("{rule}", rule) + C.SLOT + tail
            text, s, e = C.place(t, run)
            recs.append((encname, typ, encname + "__" + wname, text, s, e, plain))
    return recs
