"""Evasion source: 22 encodings x 3 secret types."""
import random
import re

import common247 as C
import enc247

TYPES = [
    ("guesthouse_office_evasion_password", "office PC password",
     "owner-chosen password of the guesthouse office PC (joiners - _ . only)"),
    ("door_lock_hub_evasion_master_code", "door-lock hub master code",
     "`dlh_` + 16 base62; master code of the smart-lock hub's installer menu (prefix invented)"),
    ("channel_manager_evasion_api_token", "channel-manager API token",
     "`cmx-` + 20 lower-case alphanumerics; API token of the self-hosted channel manager (prefix invented)"),
]
WORDINGS = ["reception_desk_riddle", "housekeeping_cart_puzzle", "breakfast_room_quiz_card"]
FRAMES = {
    "reception_desk_riddle": ("Riddle for the night porter, left at reception: the {T} is written {R}",
                              "Solve it, log in, then shred this note."),
    "housekeeping_cart_puzzle": ("Taped inside the housekeeping cart: today's {T}, written {R}",
                                 "Do not copy it anywhere else - it changes on Monday."),
    "breakfast_room_quiz_card": ("Staff quiz card on the breakfast-room fridge: work out the {T}, written {R}",
                                 "First one to log in buys the croissants."),
}

FAMILY = {
    "hungarian_number_words": "spelled numerals (Hungarian)",
    "suzhou_numeral_code_points": "positional numerals of another tradition (Suzhou / Hangzhou commercial digits)",
    "undecimal_code_points": "numeral base (base 11)",
    "power_of_two_sums": "arithmetic disguise of binary (sums of powers of two)",
    "seven_segment_digit_masks": "display code (seven-segment lit segments)",
    "turned_letter_lookalikes": "Unicode look-alike block (turned / IPA letters, order kept)",
    "gothic_letters_caret_capitals": "script substitution (Gothic) with a shift sign for capitals",
    "keyword_mixed_alphabet_substitution": "monoalphabetic cipher (keyword-mixed alphabet)",
    "hill_cipher_2x2_mod67": "polygraphic matrix cipher (Hill, 2x2 over 67 signs)",
    "book_cipher_house_rules": "book cipher on a text of this world (the house-rules card)",
    "intel_hex_record": "firmware container format (Intel HEX with real checksums)",
    "creditor_reference_rf_mod97": "check-digit disguise (ISO 11649 RF creditor references, MOD 97-10)",
    "breakfast_order_tally": "world disguise (breakfast order counts as decimal digits)",
    "rssi_site_survey_dbm": "world disguise (Wi-Fi site survey signal levels)",
    "thermostat_setpoint_tenths": "world disguise (room thermostat setpoints)",
    "amenity_spelling_alphabet": "world spelling alphabet (guesthouse amenities)",
    "spanish_letter_names": "spelled letters (Spanish letter names)",
    "elias_gamma_bit_string": "universal code (Elias gamma)",
    "compass_point_nibbles": "hex alphabet substitution (16 compass points)",
    "soroban_bead_rods": "bi-quinary abacus notation (soroban rods)",
    "room_floor_door_nibbles": "world disguise of nibbles (room numbers as floor and door)",
    "euro_coin_change_breakdown": "world disguise (greedy euro coin change)",
}


def gen_plain(j, rng):
    if j == 0:
        return C.password(rng, True)
    if j == 1:
        return "dlh_" + C.rs(rng, C.ALNUM, 16)
    return "cmx-" + C.rs(rng, C.LOWER_ALNUM, 20)


def validate_plain(typ, p):
    if typ == TYPES[0][0]:
        return bool(C.PW_STRICT_RE.match(p))
    if typ == TYPES[1][0]:
        return re.fullmatch(r"dlh_[A-Za-z0-9]{16}", p) is not None
    return re.fullmatch(r"cmx-[a-z0-9]{20}", p) is not None


def build(registry):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    for i, e in enumerate(enc247.ENCODINGS):
        for j, (typ, thing, _) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(j, rng)
                run = enc247.enc(e, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not registry.ok(plain) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("could not draw evasion plain")
            head, remark = FRAMES[wording]
            text = head.replace("{T}", thing).replace("{R}", enc247.RULE[e]) + ":\n" + run + "\n" + remark
            span = C.span_record(text, run, typ)
            span["plain"] = plain
            span["encoding"] = e
            recs.append({"type": typ, "container": "%s__%s" % (e, wording), "encoding": e, "text": text,
                         "secrets": [span], "source": "evasion"})
    return recs
