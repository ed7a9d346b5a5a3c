"""Evasion source: 22 encodings x 3 types; the span is the whole encoded run."""
import random

from common213 import SLOT, ALNUM, LOWALNUM, rs, password, place
from enc213 import enc

SEED = 21305

ENCODINGS = [
    ("zeckendorf_fibonacci_code_points", "numeral system (Zeckendorf / Fibonacci)",
     "as character codes in Zeckendorf form: ten bits per character with place values 89 55 34 21 13 8 5 3 2 1, add the places that hold a 1; groups separated by spaces"),
    ("adlam_digit_code_points", "digit block (Adlam digits)",
     "as decimal character codes written with Adlam digits (𞥐 = 0 … 𞥙 = 9, stored highest place first), separated by spaces"),
    ("javanese_digit_code_points", "digit block (Javanese digits)",
     "as decimal character codes written with Javanese digits (꧐ = 0 … ꧙ = 9), separated by spaces"),
    ("polish_number_words", "spelled form (Polish number words)",
     "as character codes spelled out in Polish (sto dwadzieścia dwa = 122), separated by commas"),
    ("danish_vigesimal_number_words", "spelled form (Danish number words, vigesimal tens)",
     "as character codes spelled out in Danish (syvoghalvfems = 97, hundrede og toogtyve = 122), separated by slashes"),
    ("nato_phonetic_alphabet_spelling", "spelled form (radio phonetic alphabet)",
     "spelled in the radio phonetic alphabet, one word per character: a word in capitals is a capital letter, digits are ICAO words (tree, fower, fife, niner), and dash / underscore / dot are said as words"),
    ("morse_code_with_capital_marks", "radio code (Morse)",
     "in Morse code, one group per character separated by spaces; a group starting with ^ is a capital letter"),
    ("braille_grade_one_cells", "tactile script (grade-1 Braille)",
     "in grade-1 Braille cells: ⠠ makes the next letter a capital, ⠼ turns the following a–j cells into digits 1–0 until any other cell, ⠰ marks a letter a–j straight after a digit, ⠲ is a dot, ⠤ a dash and ⠨⠤ an underscore"),
    ("regional_indicator_letters", "look-alike block (regional indicator symbols)",
     "with every letter shown as a regional-indicator symbol (🇦 … 🇿, so pairs may show as flags); ^ in front marks a capital; digits and - _ . unchanged"),
    ("parenthesized_latin_letters", "look-alike block (parenthesized letters and digits)",
     "with letters in parentheses (⒜ … ⒵ lower case, 🄐 … 🄩 capitals) and digits 1–9 as ⑴ … ⑼; 0 and - _ . unchanged"),
    ("cherokee_lookalike_letters", "look-alike block (Cherokee letters)",
     "with Latin letters swapped for Cherokee look-alikes where one exists (Ꭺ Ᏼ Ꮯ Ꭰ Ꭼ Ꮐ Ꮋ Ꭻ Ꮶ Ꮮ Ꮇ Ꮲ Ꭱ Ꮪ Ꭲ Ꮩ Ꮃ Ꮓ for capitals, the Cherokee small letters ꭺ ᏼ ꮯ … for lower case); other characters unchanged"),
    ("columnar_transposition_five_wide", "positional trick (columnar transposition)",
     "written row by row into five columns and read out column by column (first column top to bottom, then the second …; the last row may be short)"),
    ("outside_in_fold", "positional trick (outside-in fold)",
     "folded from the outside in: first character, last character, second, second-to-last … until the middle"),
    ("perfect_square_code_points", "arithmetic disguise (squares)",
     "as the squares of the character codes (take the square root of each number), separated by spaces"),
    ("phone_keypad_multitap", "keypad code (multi-tap)",
     "as old phone multi-tap presses: 2 = abc2, 3 = def3 … 7 = pqrs7, 9 = wxyz9, 1 = . - _ 1, 0 = space 0; press the key as many times as the position of the character; * in front marks a capital; groups separated by spaces"),
    ("html_decimal_character_references", "markup notation (HTML decimal references)",
     "as HTML decimal character references (&#107; = k), one per character"),
    ("tide_height_centimetres", "coastguard disguise (tide heights)",
     "as a tide table, one high or low water per character: the height in centimetres (1.22m = 122) is the character code; HW/LW and the times are noise"),
    ("casualty_pulse_bpm", "casualty-log disguise (pulse observations)",
     "as casualty observations, one line per character: the pulse P in beats per minute is the character code; the times, RR and SpO2 are noise"),
    ("rope_length_metres", "mountain-rescue disguise (rope lengths)",
     "as the rope log, one rope per character: the length in metres is the character code; the rope numbers are noise"),
    ("ppe_due_day_of_year", "kit-room disguise (PPE due dates)",
     "as PPE inspection due dates, one item per character: the day of the year of the due date (non-leap year, 01 Jan = 1) is the character code; the item codes are noise"),
    ("lifeboat_fuel_litres", "boat-check disguise (fuel litres)",
     "as the fuel log, one boat check per character: the litres minus 300 is the character code; the boat classes are noise"),
    ("plb_battery_millivolts", "beacon disguise (PLB battery voltages)",
     "as PLB battery test readings, one beacon per character: the voltage in millivolts minus 3000 is the character code; the beacon letters are noise"),
]

TYPES = [
    ("lifeboat_evasion_crew_room_pc_password", "the crew-room PC password",
     "owner-chosen password of the crew-room PC (joiners - _ . only)"),
    ("coastguard_evasion_boathouse_door_override", "the boathouse door override code",
     "`bhd_` + 16 base62, override code of the boathouse door controller (prefix invented)"),
    ("mountain_rescue_evasion_vehicle_immobiliser_token", "the Land Rover immobiliser token",
     "`mri-` + 18 lower-case alphanumerics, token that disarms the team vehicle immobiliser (prefix invented)"),
]

WORDINGS = [
    ("station_newsletter_puzzle_box", "From the station newsletter puzzle box: %s is hidden below, written %s",
     "First correct answer to the coxswain wins a mug."),
    ("crew_quiz_night_card", "Crew quiz night, round 4. Decode %s; it is written %s",
     "No phones at the table, please."),
    ("boathouse_noticeboard_teaser", "Pinned on the boathouse noticeboard: %s, written %s",
     "Ask the LOM if you get stuck."),
]


def plain_for(tidx, rng):
    if tidx == 0:
        return password(rng, strict=True)
    if tidx == 1:
        return "bhd_" + rs(rng, ALNUM, 16)
    return "mri-" + rs(rng, LOWALNUM, 18)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for tidx, (tname, what, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + tidx) % 3]
            for _ in range(500):
                plain = plain_for(tidx, rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not (reg.ok(plain) and reg.ok(run)):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + ename)
            reg.add(plain)
            reg.add(run)
            template = (intro % (what, rule)) + ":\n" + SLOT + "\n" + remark + "\n"
            text, s, e = place(template, run)
            recs.append({"type": tname, "container": ename + "__" + wname, "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": ename}], "source": "evasion"})
    return recs
