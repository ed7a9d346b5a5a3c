"""Decoders written independently of gen_encodings (own tables and parsing)."""
import re, datetime

A64 = "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + "0123456789" + "-_"
SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
           "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb "
           "Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th")

def num(tokens, table):
    base = len(table); v = 0
    for t in tokens:
        v = v * base + table.index(t)
    return v

def d_calendar(s):
    return "".join(chr(datetime.date.fromisoformat(x).timetuple().tm_yday) for x in s.split())
def d_clock(s):
    return "".join(chr(int(h) * 60 + int(m)) for h, m in re.findall(r"(\d\d):(\d\d)", s))
def d_colletters(s):
    out = ""
    for w in s.split(","):
        v = 0
        for ch in w:
            v = v * 26 + (ord(ch) - 64)
        out += chr(v)
    return out
def d_dna(s):
    return "".join(chr(num(list(w), "ACGT")) for w in s.split())
def d_suits(s):
    return "".join(A64[num(list(w), "♣♦♥♠")] for w in s.split())
def d_chess(s):
    return "".join(A64[(int(w[1:]) - 1) * 8 + "abcdefgh".index(w[0])] for w in s.split())
def d_elements(s):
    tab = SYMBOLS.split()
    return "".join(chr(tab.index(w) + 1 + 32) for w in s.split("-"))
def d_invoice(s):
    return "".join(chr(int(q)) for q in re.findall(r"qty\s+(\d+)", s))
def d_running(s):
    vals = [int(float(x)) for x in s.split(";")]
    prev = 0; out = ""
    for v in vals:
        out += chr(v - prev); prev = v
    return out
def d_split(s):
    return "".join(chr(int(a) + int(b)) for a, b in (w.split("+") for w in s.split()))
def d_case(s):
    letters = [ch for ch in s if ch.isalpha()]
    bits = "".join("1" if ch.isupper() else "0" for ch in letters)
    return "".join(A64[int(bits[i:i + 6], 2)] for i in range(0, len(bits), 6))
def d_bacon(s):
    return "".join(A64[int(w.replace("A", "0").replace("B", "1"), 2)] for w in s.split())
def d_chunkrev(s):
    return "".join(reversed(s.split(" | ")))
def d_eachrev(s):
    return "".join(w[::-1] for w in s.split(" "))
def d_boustro(s):
    rows = s.split(" / ")
    return "".join(r[::-1] if i % 2 else r for i, r in enumerate(rows))
def d_diff(s):
    toks = s.split(); cur = int(toks[0]); out = chr(cur)
    for t in toks[1:]:
        cur += int(t); out += chr(cur)
    return out
def d_weekday(s):
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    return "".join(chr(num(g.strip().split("-"), days)) for g in s.split("·"))
def d_month(s):
    ms = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return "".join(chr(num(w.split("/"), ms)) for w in s.split())
def d_fold(s):
    n = len(s); res = [None] * n
    left, right = 0, n - 1
    for k, ch in enumerate(s):
        if k % 2 == 0:
            res[left] = ch; left += 1
        else:
            res[right] = ch; right -= 1
    return "".join(res)
def d_dice(s):
    return "".join(chr(num(list(w), "⚀⚁⚂⚃⚄⚅")) for w in s.split())
def d_primes(s):
    ps = []; n = 1
    want = [int(x) for x in s.split(",")]
    top = max(want)
    while n < top:
        n += 1
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            ps.append(n)
    return "".join(chr(ps.index(w) + 1) for w in want)
def d_notes(s):
    return "".join(chr(sum(int(x) for x in g.strip().split("+"))) for g in s.split(";"))

DEC = {
 "calendar_day_of_year_dates": d_calendar, "clock_minutes_since_midnight": d_clock,
 "spreadsheet_column_letters_codes": d_colletters, "dna_quaternary_bases": d_dna,
 "card_suit_quaternary": d_suits, "chess_square_per_symbol": d_chess,
 "periodic_element_code_minus_32": d_elements, "invoice_quantity_column": d_invoice,
 "running_balance_ledger": d_running, "split_amount_pairs": d_split,
 "case_pattern_cover_text": d_case, "bacon_ab_six_bit_groups": d_bacon,
 "chunk_order_reversed_blocks": d_chunkrev, "each_block_reversed": d_eachrev,
 "boustrophedon_rows_of_five": d_boustro, "difference_chain_codes": d_diff,
 "weekday_base_seven": d_weekday, "month_abbrev_base_twelve": d_month,
 "outside_in_fold_order": d_fold, "dice_face_base_six": d_dice,
 "nth_prime_index_codes": d_primes, "banknote_denomination_breakdown": d_notes,
}

# hand-worked known answers for "Hi7" (H=72, i=105, 7=55; positions H=7, i=34, 7=59)
KNOWN = {
 "clock_minutes_since_midnight": "01:12 01:45 00:55",
 "dna_quaternary_bases": "CAGA CGGC ATCT",
 "spreadsheet_column_letters_codes": "BT,DA,BC",
 "chess_square_per_symbol": "h1 c5 d8",
 "difference_chain_codes": "72 +33 -50",
 "outside_in_fold_order": "H7i",
 "each_block_reversed": "7iH",
 "split_amount_pairs": "70+2 100+5 50+5",
 "banknote_denomination_breakdown": "50+20+2 ; 100+5 ; 50+5",
 "month_abbrev_base_twelve": "Jul/Jan Sep/Oct May/Aug",
 "bacon_ab_six_bit_groups": "AAABBB BAAABA BBBABB",
 "periodic_element_code_minus_32": "Zr-Ta-V",
 "dice_face_base_six": "⚂⚀⚀ ⚂⚅⚃ ⚁⚃⚁",
 "weekday_base_seven": "Tue-Thu-Wed · Wed-Tue-Mon · Tue-Mon-Sun",
}
