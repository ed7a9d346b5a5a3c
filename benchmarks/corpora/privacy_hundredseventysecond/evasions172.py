"""Evasions: a secret written in a reversible notation, with the rule stated in words."""
import random

from common172 import SLOT, owner_pw, b62, hexu, fill
import enc172

SEED = 17205
ENCODINGS = [
    ("base91_henke_alphabet", "in basE91 (Joachim Henke's alphabet A-Z a-z 0-9 then !#$%&()*+,./:;<=>?@[]^_`{|}~\" - the UTF-8 bytes taken 13 or 14 bits at a time, two characters per chunk)"),
    ("uuencode_single_line", "as one uuencoded line (first character = byte count + 32, then every 3 UTF-8 bytes as 4 characters of value + 32, with ` standing for zero)"),
    ("base62_big_number", "in base 62 (digits 0-9, then A-Z, then a-z), the UTF-8 bytes read as one big-endian number"),
    ("rot47_printable_ascii", "in ROT47 (every printable ASCII character from ! to ~ moved 47 places round that 94-character ring)"),
    ("vigenere_key_clutch", "with a Vigenere cipher keyed CLUTCH (each letter moved forward by the next key letter, C=2 L=11 U=20 T=19 C=2 H=7, the key advancing only on letters; case kept; digits and - _ . unchanged)"),
    ("rail_fence_three_rails", "as a three-rail fence (written in a zigzag over three rails - top, middle, bottom, middle, top ... - and read off rail by rail, top rail first)"),
    ("columns_of_four_read_down", "in rows of four characters (the last row padded with *) and then read down the four columns, the columns separated by spaces"),
    ("morse_code_caret_capitals", "in Morse code, one code per character separated by spaces, ^ in front of a capital, -....- for -, ..--.- for _ and .-.-.- for ."),
    ("road_sign_spelling_alphabet", "in our road spelling alphabet (amber bollard chevron dipstick examiner foglight gearbox handbrake indicator junction kerb layby mirror nearside offside pelican queue roundabout sliproad toucan uturn verge wiper xing yield zebra; an UPPER-CASE word for a capital; digits as nought one two ... nine; dash, underscore, dot), separated by spaces"),
    ("roman_numeral_code_points", "as Roman numerals, one per character giving its code point, separated by spaces"),
    ("ternary_six_trits_per_byte", "in base three, six digits (0-2) per UTF-8 byte, most significant first, groups separated by spaces"),
    ("circled_letters_and_digits", "in circled letters and digits (\u24b6 for A, \u24d0 for a, \u24ea \u2460 ... \u2468 for 0 1 ... 9); - _ . unchanged"),
    ("mathematical_monospace_letters", "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged"),
    ("nibble_swapped_hex_bytes", "as lower-case hex bytes with the two digits of every UTF-8 byte swapped (low nibble first), no separators"),
    ("utf16le_hex_code_units", "as UTF-16LE code units in upper-case hex, low byte first, four digits per character, separated by spaces"),
    ("percent_encoding_every_byte", "with percent-encoding of every UTF-8 byte (%XX, upper-case hex), even the letters and digits"),
    ("js_unicode_escape_sequences", "as JavaScript \\uXXXX escapes (lower-case hex), one per character, run together"),
    ("polybius_six_by_six_square", "in a 6x6 Polybius square (rows abcdef ghijkl mnopqr stuvwx yz0123 456789; row digit then column digit, both 1-6; ^ before a capital; - _ . as themselves), separated by spaces"),
    ("phone_keypad_multitap", "as multi-tap presses on an old phone keypad (2=abc 3=def 4=ghi 5=jkl 6=mno 7=pqrs 8=tuv 9=wxyz, the key pressed as many times as the letter's place; ^ before a capital; #d for the digit d; - _ . as themselves), separated by spaces"),
    ("lesson_start_times_after_seven", "as lesson start times separated by ', ': the number of minutes after 07:00 of each time is the code point of one character"),
    ("licence_plate_number_disguise", "as the car plates on tomorrow's rota, separated by '; ': the three digits after DW are the code point of one character, the three letters after the space mean nothing"),
    ("odometer_trip_tenths_km", "as trip-meter readings separated by ', ', one per character, where the reading in km times ten is the code point"),
]
TYPES = [
    ("drive_evasion_booking_password", "The lesson-booking admin password", lambda r: owner_pw(r, safe=True)),
    ("drive_evasion_mock_test_key", "The mock-test API key", lambda r: "mtk_" + b62(r, 16)),
    ("drive_evasion_telematics_hex", "The telematics box key", lambda r: hexu(r, 24)),
]
WORDINGS = [
    ("instructor_car_visor_riddle_card", "Riddle card clipped to the sun visor of car DW%s (for whoever takes the 8am slot).",
     "Work it out in your head and leave the card where it is."),
    ("theory_classroom_whiteboard_puzzle", "Photo of the theory classroom whiteboard, bottom-right corner, week %s.",
     "Wipe the board after the Thursday session."),
    ("learner_group_chat_brain_teaser", "[office-staff chat] Chris: brain teaser for the new admin, round %s.",
     "First one to log in buys the coffee."),
]


def generate(reg, denied_check=None):
    rng = random.Random(SEED)
    out = []
    for ei, (enc, rule) in enumerate(ENCODINGS):
        for j in range(3):
            ti = (ei + j) % 3
            typ, label, gen = TYPES[ti]
            wname, intro, remark = WORDINGS[(ei * 2 + j) % 3]
            while True:
                plain = gen(rng)
                run = enc172.encode(enc, plain, rng)
                if plain not in run and reg.ok(plain) and reg.ok(run):
                    break
            reg.add(plain)
            reg.add(run)
            head = (intro % str(rng.randrange(10, 99))) + "\n" + label + ", written " + rule + ":\n"
            tpl = head + SLOT + "\n" + remark + "\n"
            text, s, e = fill(tpl, run)
            out.append({"id": "tmp", "type": typ, "container": enc + "__" + wname, "encoding": enc,
                        "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": typ, "plain": plain, "encoding": enc}],
                        "source": "evasion"})
    return out
