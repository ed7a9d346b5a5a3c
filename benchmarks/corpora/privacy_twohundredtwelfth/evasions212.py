"""Evasion source: 22 encodings x 3 secret types."""
import random

from common212 import B62, LOWER_ALNUM, owner_password, rs
from enc212 import enc

SEED = 21205

# (name, family, rule in words)
ENCODINGS = [
    ("senary_code_points", "numeral system (base 6)",
     "as character codes in base six (digits 0-5, highest place first), separated by spaces"),
    ("factoradic_code_points", "numeral system (factorial base)",
     "as character codes in the factorial number system (rightmost digit × 0!, next × 1!, then × 2!, × 3!, × 4! …), separated by spaces"),
    ("utf8_bigint_base36", "numeral system (one big number)",
     "as one big number: its UTF-8 bytes read as a single big-endian integer, written in base 36 (0-9 then a-z)"),
    ("balinese_digit_code_points", "digit block (Balinese)",
     "as decimal character codes written with Balinese digits (᭐ = 0 … ᭙ = 9), separated by spaces"),
    ("osmanya_digit_code_points", "digit block (Osmanya)",
     "as decimal character codes written with Osmanya digits (𐒠 = 0 … 𐒩 = 9), separated by spaces"),
    ("czech_number_words", "spelled form (Czech)",
     "as character codes spelled out in Czech number words (devadesát sedm = 97, sto dvacet dva = 122), separated by commas"),
    ("portuguese_number_words", "spelled form (Brazilian Portuguese)",
     "as character codes spelled out in Portuguese number words (noventa e sete = 97, cento e vinte e dois = 122), separated by slashes"),
    ("affine_cipher_5x_plus_8_over_62", "cipher (affine)",
     "with an affine cipher over A-Z a-z 0-9 (A = 0 … 9 = 61): each symbol x became 5x + 8 modulo 62; _ . - are unchanged"),
    ("rail_fence_three_rails", "transposition cipher (rail fence)",
     "with a three-rail fence: written in a zigzag over three rails (down, up, down …), then the three rails are given left to right, separated by spaces"),
    ("polybius_grid_eight_by_nine", "cipher (Polybius grid)",
     "as Polybius coordinates in a grid of 8 rows × 9 columns filled row by row with A-Z, a-z, 0-9, _ . - (row digit, then column digit), separated by spaces"),
    ("mathematical_monospace_letters", "look-alike block (mathematical monospace)",
     "in mathematical monospace letters and digits (𝙰 … 𝚣, 𝟶 … 𝟿); read each as its plain letter or digit, _ . - are plain"),
    ("unicode_tag_characters", "invisible block (Unicode tags)",
     "with invisible Unicode tag characters: each character was moved up to the tag block (U+E0000 + its code), so the next line looks empty; subtract U+E0000"),
    ("odd_then_even_positions", "positional trick (odd / even split)",
     "split by position: first all characters in odd positions (1st, 3rd, 5th …), then all in even positions, with nothing between"),
    ("outside_in_fold", "positional trick (outside-in fold)",
     "folded outside-in: first character, last character, second, second-to-last and so on towards the middle"),
    ("chinese_financial_numerals", "numeral notation (Chinese financial numerals)",
     "as character codes in Chinese financial numerals (壹 = 1 … 玖 = 9, 拾 = ten, 佰 = hundred, 零 fills a gap), separated by spaces"),
    ("code_point_squares", "arithmetic disguise (squares)",
     "as squares: each number is the square of a character code, separated by spaces"),
    ("fitting_hip_measurements_cm", "disguise as this world's numbers (hip measurements)",
     "as fitting notes, one client per character: the hip measurement in cm minus 30 is the character code (initials, bust and waist are noise), separated by semicolons"),
    ("alteration_ticket_numbers", "disguise as this world's numbers (alteration tickets)",
     "as alteration tickets, one per character: the ticket number minus 5000 is the character code (the job description is noise)"),
    ("hire_deposit_pounds", "disguise as this world's numbers (hire deposits)",
     "as suit-hire deposits, one per character: the deposit in pounds minus 100 is the character code (the suit is noise)"),
    ("garment_rfid_epc_hex", "disguise as this world's identifiers (RFID EPCs)",
     "as garment RFID tag EPCs (24 hex digits each), one per character: the last four hex digits are the character code, the rest is noise"),
    ("veil_length_inches", "disguise as this world's numbers (veil lengths)",
     "as a veil order list, one veil per character: the length in inches is the character code (the edge finish is noise)"),
    ("costume_return_day_of_year_dates", "disguise as this world's dates (costume returns)",
     "as costume return dates in 2025, one per character: the day of the year (1 January = 1) is the character code (the costume is noise)"),
]

TYPES = [
    ("atelier_evasion_till_pc_password", "owner-chosen password of the boutique till PC (joiners - _ . only)",
     lambda r: owner_password(r, joiners="-_.")),
    ("atelier_evasion_rfid_gate_override_code", "`rgo_` + 16 base62, override code that silences the RFID exit gate alarm (prefix invented)",
     lambda r: "rgo_" + rs(r, B62, 16)),
    ("atelier_evasion_gown_vault_unlock_token", "`gvu-` + 20 lower-case alphanumerics, token that opens the designer-gown vault room lock (prefix invented)",
     lambda r: "gvu-" + rs(r, LOWER_ALNUM, 20)),
]

WORDINGS = [
    ("bridal_newsletter_puzzle", "Puzzle corner for the staff newsletter – the %s, written %s:\n%s\nFirst correct answer wins a garment bag."),
    ("atelier_noticeboard_riddle", "Noticeboard riddle (don't tell the Saturday temps): the %s is written %s:\n%s\nWipe this card at closing."),
    ("hire_staff_quiz_card", "Quiz card for the hire counter. Decode the %s, written %s:\n%s\nAnswer goes in the safe book, not the group chat."),
]

WHAT = {
    "atelier_evasion_till_pc_password": "till PC password",
    "atelier_evasion_rfid_gate_override_code": "RFID gate override code",
    "atelier_evasion_gown_vault_unlock_token": "gown vault unlock token",
}


def build(reg, start_id):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, tdesc, gen) in enumerate(TYPES):
            wname, wtmpl = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain):
                    continue
                if ename != "unicode_tag_characters" and not reg.ok(run):
                    continue
                reg.add(plain)
                if ename != "unicode_tag_characters":
                    reg.add(run)
                break
            else:
                raise RuntimeError("no evasion plain")
            text = wtmpl % (WHAT[tname], rule, run)
            start = text.index(run)
            rec = {"id": "p212-e-%04d" % n, "type": tname, "container": "%s__%s" % (ename, wname),
                   "encoding": ename, "text": text,
                   "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                "plain": plain, "encoding": ename}],
                   "source": "evasion"}
            out.append(rec)
            n += 1
    return out
