"""Evasion source: 22 encodings x 3 secret types."""
import random

from common241 import ALNUM, LOWALNUM, password, rs
from enc241 import enc

SEED = 24105

ENCODINGS = [
    ("bubble_babble_fingerprint", "pronounceable byte encoding (Bubble Babble)",
     "in Bubble Babble (the OpenSSH fingerprint notation: vowels aeiouy, consonants bcdfghklmnprstvzx, a running checksum seed, framed by x and grouped with dashes) of its UTF-8 bytes"),
    ("proquint_identifiers", "pronounceable byte encoding (proquints)",
     "as proquints: its UTF-8 bytes taken two at a time as 16-bit numbers, each written consonant-vowel-consonant-vowel-consonant (consonants bdfghjklmnprstvz for 4 bits, vowels aiou for 2 bits), an odd byte count padded with a zero byte, words joined by dashes"),
    ("cyrillic_greek_homoglyphs", "look-alike letters from other scripts (Cyrillic / Greek confusables)",
     "with every Latin letter that has a Cyrillic or Greek twin swapped for that twin (а с е о р х у і ј ѕ һ ԁ ԛ ԝ ν and А В С Е Н І Ј К М О Р Ѕ Т Х Υ Ζ Ν), all other characters as they are"),
    ("ethiopic_numerals", "additive-multiplicative numerals (Ethiopic / Ge'ez)",
     "as character codes in Ethiopic numerals (፩…፱ = 1…9, ፲…፺ = 10…90, ፻ = 100; 97 = ፺፯, 122 = ፻፳፪), separated by spaces"),
    ("counting_rod_numerals", "positional numerals with alternating forms (counting rods)",
     "as character codes in counting-rod numerals: units and hundreds in the vertical forms 𝍠…𝍨, tens in the horizontal forms 𝍩…𝍱, an empty place as 〇 (97 = 𝍱𝍦), separated by spaces"),
    ("italian_number_words", "spelled numerals (Italian)",
     "as character codes spelled out in Italian (novantasette = 97, centoventidue = 122, with the usual elision: ventotto, cinquantuno), separated by commas"),
    ("turkish_number_words", "spelled numerals (Turkish)",
     "as character codes spelled out in Turkish (doksan yedi = 97, yüz yirmi iki = 122), separated by commas"),
    ("brainfuck_program", "disguise as a program (Brainfuck)",
     "as a Brainfuck program whose output is the code (run it on a byte tape; every . prints one character)"),
    ("cheese_word_acrostic", "positional trick (acrostic)",
     "as an acrostic: read the first character of every word (a capitalised cheese is a capital letter, a quantity like 7kg gives its digit, _ . - stand for themselves)"),
    ("float32_big_endian_words", "disguise as sensor floats (IEEE-754 single precision)",
     "as sensor floats: its UTF-8 bytes four at a time read as big-endian IEEE-754 single-precision numbers (the last group filled with zero bytes), separated by semicolons"),
    ("squared_code_points", "arithmetic disguise (squares)",
     "as the squares of its character codes (9409 = 97²), separated by spaces"),
    ("autokey_cipher_curd", "autokey cipher (keystream = primer + the message itself)",
     "with an autokey cipher, primer CURD: the key for character n is the primer letter (C U R D = 2 20 17 3) for the first four and afterwards the value of plaintext character n−4 (a = 0 … z = 25 in either case, a digit its value, _ . - zero); a letter is shifted forward by the key within its own case, a digit by the key mod 10, _ . - unchanged"),
    ("manchester_line_code", "line code (Manchester, IEEE 802.3 convention)",
     "in Manchester line code: each UTF-8 byte most significant bit first, a 1 as LH (low-to-high) and a 0 as HL, bytes separated by spaces"),
    ("curd_ph_readings", "world disguise (curd pH readings)",
     "as curd pH readings: each reading's pH times 100 minus 400 is a character code (V2 pH 4.97 = 97; the vat numbers are noise), separated by semicolons"),
    ("affinage_days_in_cave", "world disguise (days in the cave)",
     "as an affinage log: the number of days each wheel has spent in the cave is a character code (W-4411 97d = 97; the wheel numbers are noise), separated by semicolons"),
    ("milk_fat_percent", "world disguise (tank butterfat results)",
     "as tank milk results: each butterfat percentage times 100 minus 300 is a character code (fat 3.97% = 97; the tank numbers and protein values are noise), separated by semicolons"),
    ("deli_scale_weight_labels", "world disguise (weighed-item EAN-13 labels)",
     "as cheese-counter scale labels: in each variable-weight EAN-13 (2, one digit, five-digit item, five-digit weight in grams, GS1 check digit) the weight is a character code (…00097… = 97; the item numbers are noise), separated by spaces"),
    ("base100_emoji_bytes", "emoji byte encoding (base100)",
     "in base100 (each UTF-8 byte b as the emoji at code point U+1F3F7 + b, so a = 👘), one run"),
    ("senary_code_points", "numeral system (base 6)",
     "as character codes in base 6 (241 = 2·36 + 4·6 + 1 = 97), separated by spaces"),
    ("unicode_character_names", "spelled character names (Unicode names)",
     "spelled out as the Unicode name of every character (LATIN SMALL LETTER A, DIGIT SEVEN, LOW LINE …), separated by semicolons"),
    ("pasture_gps_fixes", "world disguise (pasture GPS fixes)",
     "as pasture GPS fixes: the three decimals of every latitude and longitude are character codes, latitude first (46.097N 7.122E = 97, 122; a final 000 is filler), separated by semicolons"),
    ("hamming_7_4_codewords", "error-correcting code (Hamming(7,4))",
     "as Hamming(7,4) codewords: each UTF-8 byte as two nibbles (high first), each nibble d1d2d3d4 written p1 p2 d1 p3 d2 d3 d4 with p1 = d1⊕d2⊕d4, p2 = d1⊕d3⊕d4, p3 = d2⊕d3⊕d4, the two codewords of a byte separated by a space and bytes by ' / '"),
]
ENC_NAMES = [e[0] for e in ENCODINGS]

TYPES = [
    ("creamery_office_pc_evasion_password", "owner-chosen password of the creamery office PC (joiners - _ . only)"),
    ("cheese_vat_evasion_service_code", "`cvx_` + 16 base62; service code that unlocks the engineer menu of the cheese-vat controller (prefix invented)"),
    ("affinage_portal_evasion_api_token", "`afp-` + 20 lower-case alphanumerics; API token of the affinage (ripening-room) customer portal (prefix invented)"),
]
WORDINGS = ["cheese_counter_riddle_card", "creamery_quiz_sticker", "cave_door_puzzle_note"]
WHAT = {"creamery_office_pc_evasion_password": "the office PC password",
        "cheese_vat_evasion_service_code": "the vat engineer code",
        "affinage_portal_evasion_api_token": "the affinage portal token"}
INTRO = {"cheese_counter_riddle_card": "Riddle card pinned behind the cheese counter – {W}, written {R}",
         "creamery_quiz_sticker": "Quiz sticker on the creamery monitor: {W}, {R}",
         "cave_door_puzzle_note": "Note taped inside the cave door – {W} is here, {R}"}
REMARK = {"cheese_counter_riddle_card": "Solve it before the morning delivery and don't leave the card on the counter.",
          "creamery_quiz_sticker": "First one to decode it gets the last piece of the 24-month comté.",
          "cave_door_puzzle_note": "Peel this off once you've typed it in – the inspectors come on Friday."}


def gen_plain(t, rng):
    if t == "creamery_office_pc_evasion_password":
        return password(rng, True)
    if t == "cheese_vat_evasion_service_code":
        return "cvx_" + rs(rng, ALNUM, 16)
    return "afp-" + rs(rng, LOWALNUM, 20)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (e, _fam, rule) in enumerate(ENCODINGS):
        for j, (t, _d) in enumerate(TYPES):
            w = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(t, rng)
                run = enc(e, plain, rng)
                if plain in run or reg.clash(plain) or reg.clash(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no fresh plain for " + e)
            head = INTRO[w].replace("{W}", WHAT[t]).replace("{R}", rule)
            if head[0].islower():
                head = head[0].upper() + head[1:]
            text = head + ":\n" + run + "\n" + REMARK[w]
            start = len(head) + 2
            recs.append({"type": t, "container": e + "__" + w, "encoding": e, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": t,
                                      "plain": plain, "encoding": e}],
                         "source": "evasion"})
    return recs
