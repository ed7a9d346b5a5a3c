"""Evasions: 22 reversible encodings x 3 secret types."""
import random
import re

from common240 import ALNUM, LALNUM, owner_password, rand_str, STRICT_PW_RE
import enc240

SEED = 24005

# (name, family, rule in words)
ENCODINGS = [
    ("chromatic_solfege_decimal_digits", "world disguise (chromatic solfège syllables for decimal digits)",
     "as character codes, each written as three decimal digits sung in chromatic solfège (do = 0, di = 1, re = 2, "
     "ri = 3, mi = 4, fa = 5, fi = 6, sol = 7, si = 8, la = 9; do-la-sol = 097), syllables joined by hyphens, "
     "characters separated by spaces"),
    ("midi_note_scientific_pitch", "world disguise (MIDI note numbers as pitch names)",
     "as character codes read as MIDI note numbers and written as pitch names with octave (middle C4 = 60, so "
     "C#7 = 97, D9 = 122, A2 = 45), separated by spaces"),
    ("rehearsal_bar_beat_positions", "world disguise (bar and beat in 4/4)",
     "as character codes counted in beats of 4/4 time from bar 1 beat 1 = 0 and written bar:beat "
     "(97 = 25:2, 122 = 31:3), separated by commas"),
    ("concert_seat_row_letters", "world disguise (seat numbers in rows of twenty)",
     "as character codes written as seats in rows of twenty (row A holds 0-19, row B 20-39 …; code = 20 × row "
     "index + seat − 1, so E18 = 97 and G3 = 122), separated by spaces"),
    ("ogham_letter_substitution", "script substitution (Ogham letters)",
     "in Ogham letters: a-z become the 26 Ogham letters in code-point order U+1681 … U+169A (a = ᚁ, b = ᚂ …), a "
     "capital gets a ^ in front, a digit d is the reversed feather mark ᚜ followed by the d-th Ogham letter "
     "counted from 0 (0 = ᚁ), and _ . - stay"),
    ("nato_phonetic_alphabet_words", "spelled letters (ICAO / NATO phonetic alphabet)",
     "spelled in the NATO phonetic alphabet: a small letter as its word in small letters (alfa, bravo … xray, "
     "yankee, zulu), a capital as its word in capitals (ALFA), digits as zero … niner, _ as underscore, . as stop "
     "and - as dash, separated by spaces"),
    ("senary_code_points", "numeral base (base 6)",
     "as character codes in base 6, three digits each (97 = 241, 122 = 322, 45 = 113), separated by spaces"),
    ("postnet_two_of_five_bars", "barcode code (POSTNET two-of-five)",
     "as character codes of three decimal digits, each digit drawn as a five-bar POSTNET group (┃ full bar = 1, "
     "╻ half bar = 0; weights 7 4 2 1 0, 0 = ┃┃╻╻╻), fifteen bars per character, separated by spaces"),
    ("geez_ethiopic_numerals", "additive numerals (Ge'ez / Ethiopic)",
     "as character codes in Ethiopic (Ge'ez) numerals – ፻ = 100, tens ፲ … ፺, units ፩ … ፱, added up "
     "(፺፯ = 97, ፻፳፪ = 122) – separated by spaces"),
    ("church_slavonic_cyrillic_numerals", "alphabetic numerals (Church Slavonic Cyrillic)",
     "as character codes in Church Slavonic Cyrillic numerals (а = 1 … ѳ = 9, і = 10, к = 20 … ч = 90, р = 100, "
     "teens written unit first, a titlo ҃ over the number; ч҃з = 97), letter values added, separated by spaces"),
    ("base91_henke", "binary-to-text encoding (basE91)",
     "in basE91 (Joachim Henke's 91-character alphabet A-Z a-z 0-9 !#$%&()*+,./:;<=>?@[]^_`{|}~\" taking 13 or 14 "
     "bits at a time) of its UTF-8 bytes"),
    ("a1z26_alphabet_positions", "letter positions (extended A1Z26)",
     "as positions in the run a-z A-Z 0-9 _ . - (a = 1 … z = 26, A = 27 … Z = 52, 0 = 53 … 9 = 62, _ = 63, "
     ". = 64, - = 65), separated by spaces"),
    ("playing_card_base52_pairs", "symbol table (playing cards, base 52)",
     "as playing cards, two per character: the deck in the order spades, hearts, diamonds, clubs, each ace to "
     "king, numbers the cards 0-51 and the character code is 52 × first card + second card (🂢🂱 = 52 + 13 = 65), "
     "pairs separated by spaces"),
    ("finnish_cardinal_number_words", "spelled numerals (Finnish)",
     "as character codes written out in Finnish (yhdeksänkymmentäseitsemän = 97, satakaksikymmentäkaksi = 122, "
     "neljäkymmentäviisi = 45), separated by commas"),
    ("bech32_hrp_payload", "checksummed binary-to-text (Bech32)",
     "as a Bech32 string with the human-readable part pw: its UTF-8 bytes regrouped into five-bit values, written "
     "in the alphabet qpzry9x8gf2tvdw0s3jn54khce6mua7l after pw1, with the six-character Bech32 checksum at the end"),
    ("acrostic_first_letters", "positional trick (acrostic)",
     "as an acrostic: read only the first character of every word (a capitalised word gives a capital; digits "
     "and _ . - stand at the head of their word)"),
    ("cyrillic_homoglyph_swap", "look-alike letters (Cyrillic homoglyphs)",
     "with every Latin letter that has a Cyrillic twin swapped for it (а с е о р х у і ј ѕ and А В С Е Н І Ј К М "
     "О Р Ѕ Т Х У) – it looks unchanged, but those letters are Cyrillic"),
    ("base100_emoji_bytes", "emoji byte encoding (base100)",
     "in base100: every UTF-8 byte b becomes the emoji at code point U+1F3F7 + b (a = 97 gives 🐘)"),
    ("gsm_seven_bit_pdu_hex", "messaging packing (GSM 03.38 seven-bit SMS PDU)",
     "as an SMS PDU user-data field: the first two hex digits give the number of characters, then the GSM "
     "seven-bit codes (as ASCII for letters, digits, . and -, but _ = 0x11) packed least significant bit first "
     "into octets, in upper-case hex"),
    ("equal_tempered_frequencies_hz", "world disguise (equal-tempered pitch frequencies)",
     "as character codes read as MIDI notes and given as their equal-tempered frequency with A4 = 440 Hz "
     "(97 = 2217.46 Hz, 45 = 110.00 Hz), separated by commas"),
    ("hangul_syllable_nibble_pairs", "code-point packing (Hangul syllable nibbles)",
     "as Hangul syllables, one per UTF-8 byte: the leading consonant is the high half-byte and the vowel the low "
     "half-byte, in Unicode order, with no final consonant (code point 0xAC00 + (high × 21 + low) × 28)"),
    ("ticket_price_tenths", "world disguise (ticket prices)",
     "as a price list: each character code is the price in tenths of a pound (£9.70 = 97, £12.20 = 122, "
     "£4.50 = 45), separated by commas"),
]
ENC_NAMES = [e[0] for e in ENCODINGS]

TYPES = [
    ("box_office_evasion_till_pc_password", "owner-chosen password of the box-office till PC (joiners - _ . only)"),
    ("hall_evasion_console_unlock_code", "`hlc_` + 16 base62; code that unlocks the engineer menu of the hall's "
                                         "sound desk (prefix invented)"),
    ("choir_evasion_portal_api_token", "`cpt-` + 20 lower-case alphanumerics; API token of the choir portal "
                                       "(prefix invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
WORDINGS = ["programme_insert_puzzle", "rehearsal_break_riddle_card", "green_room_quiz_sheet"]
LEADS = {
    "programme_insert_puzzle": "Puzzle corner of the programme insert (staff copy): the {what} is written",
    "rehearsal_break_riddle_card": "Riddle card left on the piano for the rehearsal break – the {what}, written",
    "green_room_quiz_sheet": "Green-room quiz sheet, question 4: decode the {what}. It is written",
}
WHAT = {
    "box_office_evasion_till_pc_password": "till PC password",
    "hall_evasion_console_unlock_code": "sound-desk unlock code",
    "choir_evasion_portal_api_token": "choir portal token",
}
REMARKS = {
    "programme_insert_puzzle": "Answers at the stage door, not in the foyer.",
    "rehearsal_break_riddle_card": "First one to solve it sets up the desk after the break.",
    "green_room_quiz_sheet": "Tear this off before the audience comes in.",
}
PLAIN_RE = {
    "box_office_evasion_till_pc_password": STRICT_PW_RE,
    "hall_evasion_console_unlock_code": re.compile(r"^hlc_[A-Za-z0-9]{16}$"),
    "choir_evasion_portal_api_token": re.compile(r"^cpt-[a-z0-9]{20}$"),
}


def gen_plain(rng, typ):
    if typ == "box_office_evasion_till_pc_password":
        return owner_password(rng, strict=True)
    if typ == "hall_evasion_console_unlock_code":
        return "hlc_" + rand_str(rng, ALNUM, 16)
    return "cpt-" + rand_str(rng, LALNUM, 20)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (enc, fam, rule) in enumerate(ENCODINGS):
        for j, typ in enumerate(TYPE_NAMES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen_plain(rng, typ)
                run = enc240.enc(enc, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run) or (len(plain) >= 6 and len(run) >= 6 and
                                                            (plain in run or run in plain)):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + enc)
            head = LEADS[wording].format(what=WHAT[typ]) + " " + rule + ":\n"
            text = head + run + "\n" + REMARKS[wording]
            start = len(head)
            recs.append({"type": typ, "container": enc + "__" + wording, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
