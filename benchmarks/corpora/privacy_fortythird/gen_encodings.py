"""Encoders (plain -> encoded run). Decoders live separately in gen_decoders.py."""
import datetime

ALPH64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
            "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
            "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th").split()
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DICE = "⚀⚁⚂⚃⚄⚅"
SUITS = "♣♦♥♠"
DNA = "ACGT"
COVER = ("please review the attached remittance advice before friday and confirm that the supplier "
         "balance matches our ledger after the quarterly close we also need the signed approval form "
         "from treasury plus the updated vendor master data for the new warehouse in the north region").split()

def digits(n, base, width):
    out = []
    for _ in range(width):
        out.append(n % base); n //= base
    return out[::-1]

def primes_upto(k):
    ps = []; n = 2
    while len(ps) < k:
        if all(n % p for p in ps if p * p <= n):
            ps.append(n)
        n += 1
    return ps
PRIMES = primes_upto(130)

def col_letters(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def e_calendar(p, rng):
    base = datetime.date(2025, 1, 1)
    return " ".join((base + datetime.timedelta(days=ord(c) - 1)).isoformat() for c in p)
def e_clock(p, rng):
    return " ".join("%02d:%02d" % divmod(ord(c), 60) for c in p)
def e_colletters(p, rng):
    return ",".join(col_letters(ord(c)) for c in p)
def e_dna(p, rng):
    return " ".join("".join(DNA[d] for d in digits(ord(c), 4, 4)) for c in p)
def e_suits(p, rng):
    return " ".join("".join(SUITS[d] for d in digits(ALPH64.index(c), 4, 3)) for c in p)
def e_chess(p, rng):
    return " ".join("abcdefgh"[ALPH64.index(c) % 8] + str(ALPH64.index(c) // 8 + 1) for c in p)
def e_elements(p, rng):
    return "-".join(ELEMENTS[ord(c) - 32 - 1] for c in p)
def e_invoice(p, rng):
    lines = []
    for i, c in enumerate(p, 1):
        lines.append("L%02d | qty %3d | unit %d.%02d" % (i, ord(c), rng.randint(1, 9), rng.randint(0, 99)))
    return "\n".join(lines)
def e_running(p, rng):
    tot = 0; out = []
    for c in p:
        tot += ord(c); out.append("%d.00" % tot)
    return "; ".join(out)
def e_split(p, rng):
    out = []
    for c in p:
        a = rng.randint(1, ord(c) - 1); out.append("%d+%d" % (a, ord(c) - a))
    return " ".join(out)
def e_case(p, rng):
    bits = "".join(format(ALPH64.index(c), "06b") for c in p)
    need = len(bits); words = []; cnt = 0
    while cnt < need:
        w = rng.choice(COVER)
        if cnt + len(w) > need:
            w = w[:need - cnt]
        words.append(w); cnt += len(w)
    out = []; k = 0
    for w in words:
        ww = ""
        for ch in w:
            ww += ch.upper() if bits[k] == "1" else ch
            k += 1
        out.append(ww)
    return " ".join(out)
def e_bacon(p, rng):
    return " ".join(format(ALPH64.index(c), "06b").replace("0", "A").replace("1", "B") for c in p)
def blocks(p, n):
    return [p[i:i + n] for i in range(0, len(p), n)]
def e_chunkrev(p, rng):
    return " | ".join(blocks(p, 4)[::-1])
def e_eachrev(p, rng):
    return " ".join(b[::-1] for b in blocks(p, 4))
def e_boustro(p, rng):
    return " / ".join(b if i % 2 == 0 else b[::-1] for i, b in enumerate(blocks(p, 5)))
def e_diff(p, rng):
    out = [str(ord(p[0]))]
    for a, b in zip(p, p[1:]):
        out.append("%+d" % (ord(b) - ord(a)))
    return " ".join(out)
def e_weekday(p, rng):
    return " · ".join("-".join(DAYS[d] for d in digits(ord(c), 7, 3)) for c in p)
def e_month(p, rng):
    return " ".join("/".join(MONTHS[d] for d in digits(ord(c), 12, 2)) for c in p)
def e_fold(p, rng):
    out = []; i, j = 0, len(p) - 1
    while i <= j:
        out.append(p[i])
        if i != j: out.append(p[j])
        i += 1; j -= 1
    return "".join(out)
def e_dice(p, rng):
    return " ".join("".join(DICE[d] for d in digits(ord(c), 6, 3)) for c in p)
def e_primes(p, rng):
    return ",".join(str(PRIMES[ord(c) - 1]) for c in p)
def e_notes(p, rng):
    out = []
    for c in p:
        n = ord(c); parts = []
        for d in (100, 50, 20, 10, 5, 2, 1):
            while n >= d:
                parts.append(str(d)); n -= d
        out.append("+".join(parts))
    return " ; ".join(out)

# name -> (encoder, phrase naming the encoding, alnum_only)
ENC = {
 "calendar_day_of_year_dates": (e_calendar, "as dates in 2025 — each character is the day-of-year of its date (1 January = 1), so read each date's day number as a character code", False),
 "clock_minutes_since_midnight": (e_clock, "as clock times: minutes since midnight of each time = the character code (01:12 = 72 = H)", False),
 "spreadsheet_column_letters_codes": (e_colletters, "as spreadsheet column letters: convert each column name to its column number (A=1, Z=26, AA=27 …) and that number is the character code", False),
 "dna_quaternary_bases": (e_dna, "as DNA letters: each group of four is a base-4 number with A=0 C=1 G=2 T=3, giving the character code", False),
 "card_suit_quaternary": (e_suits, "in card suits: each group of three suits is a base-4 number (♣=0 ♦=1 ♥=2 ♠=3) giving the position in ABC…Zabc…z0…9-_ counted from 0", True),
 "chess_square_per_symbol": (e_chess, "as chess squares over the alphabet ABC…Zabc…z0…9-_ laid on the board from a1 (=A) along the rank to h1, then a2 … h8", True),
 "periodic_element_code_minus_32": (e_elements, "as chemical element symbols: atomic number + 32 = character code (Al = 13 → 45 = '-')", False),
 "invoice_quantity_column": (e_invoice, "hidden in the quantity column of this fake invoice — each qty is a character code, top to bottom; ignore the unit prices", False),
 "running_balance_ledger": (e_running, "as a running balance: each balance minus the previous one is a character code (the first balance is the first code)", False),
 "split_amount_pairs": (e_split, "as split amounts: add each pair, the sum is a character code", False),
 "case_pattern_cover_text": (e_case, "hidden in the capitalisation of the sentence below: letters only, 6 per character, capital = 1, small = 0, and each 6-bit number is a position in ABC…Zabc…z0…9-_ from 0", True),
 "bacon_ab_six_bit_groups": (e_bacon, "as Bacon-style A/B groups of six (A = 0, B = 1), each group a position in ABC…Zabc…z0…9-_ counted from 0", True),
 "chunk_order_reversed_blocks": (e_chunkrev, "in blocks of four with the blocks listed last-to-first (read the blocks from right to left, each block as written)", False),
 "each_block_reversed": (e_eachrev, "in blocks of four, each block written backwards (keep the block order, flip each block)", False),
 "boustrophedon_rows_of_five": (e_boustro, "ox-turning style in rows of five: rows are separated by /, and every second row runs right to left", False),
 "difference_chain_codes": (e_diff, "as a difference chain: the first number is a character code, every next number is added to the previous code", False),
 "weekday_base_seven": (e_weekday, "as weekday triplets: base 7 with Mon=0 … Sun=6, three days per character code, characters separated by ·", False),
 "month_abbrev_base_twelve": (e_month, "as month pairs: base 12 with Jan=0 … Dec=11, two months per character code", False),
 "outside_in_fold_order": (e_fold, "folded outside-in: first character, last character, second, second-to-last … (unfold it)", False),
 "dice_face_base_six": (e_dice, "as dice faces: base 6 with ⚀=0 … ⚅=5, three dice per character code", False),
 "nth_prime_index_codes": (e_primes, "as primes: each number is the n-th prime (2 is the 1st) and n is the character code", False),
 "banknote_denomination_breakdown": (e_notes, "as banknote breakdowns: add up each group of notes (groups separated by ;) and the total is the character code", False),
}
