"""Encoders for p104 evasions (the decoder in dec104 is written separately)."""
import random

def _base(n, b, width):
    d = []
    while n:
        d.append(str(n % b)); n //= b
    return "".join(reversed(d)).rjust(width, "0")

def _fibs():
    f = [1, 2]
    while len(f) < 20: f.append(f[-1] + f[-2])
    return f

def zeck(n):
    f = [x for x in _fibs() if x <= n]
    bits = []
    for x in reversed(f):
        if x <= n: bits.append("1"); n -= x
        else: bits.append("0")
    return "".join(bits).lstrip("0") or "0"

def factor(n):
    out, p = [], 2
    while p * p <= n:
        e = 0
        while n % p == 0: n //= p; e += 1
        if e: out.append(f"{p}^{e}" if e > 1 else str(p))
        p += 1
    if n > 1: out.append(str(n))
    return "*".join(out)

def negabin(n):
    if n == 0: return "0"
    d = []
    while n:
        r = n % -2; n //= -2
        if r < 0: r += 2; n += 1
        d.append(str(r))
    return "".join(reversed(d))

def baltern(n):
    d = []
    while n:
        r = n % 3
        if r == 2: d.append("-"); n = n // 3 + 1
        else: d.append("+" if r == 1 else "0"); n //= 3
    return "".join(reversed(d))

def factoradic(n):
    d, i = [], 1
    while n:
        d.append(str(n % i)); n //= i; i += 1
    return ":".join(reversed(d))

W = "zero one two three four five six seven eight nine".split()
FACES = "\u2680\u2681\u2682\u2683\u2684\u2685"

def _tok(c):
    if c.isupper(): return "U%d" % (ord(c) - 64)
    if c.islower(): return "L%d" % (ord(c) - 96)
    if c.isdigit(): return "D" + c
    return {"-": "DASH", "_": "UNDER", ".": "DOT"}[c]

def _chess(v):
    return "abcdefgh"[v % 8] + str(v // 8 + 1)

def split_sum(s, rng):
    out = []
    for c in s:
        a = rng.randint(1, ord(c) - 1); out.append(f"({a}+{ord(c) - a})")
    return " ".join(out)

ENC = {
    "septenary_triplet_bytes": lambda s, r: " ".join(_base(b, 7, 3) for b in s.encode()),
    "quinary_quad_bytes": lambda s, r: " ".join(_base(b, 5, 4) for b in s.encode()),
    "packed_bcd_byte_bits": lambda s, r: " ".join("".join(format(int(d), "04b") for d in str(b)) for b in s.encode()),
    "zeckendorf_fibonacci_bits": lambda s, r: " ".join(zeck(b) for b in s.encode()),
    "prime_factor_code_points": lambda s, r: " ".join(factor(ord(c)) for c in s),
    "ascii_chart_row_column": lambda s, r: " ".join(f"{ord(c) // 16}.{ord(c) % 16}" for c in s),
    "chessboard_square_nibbles": lambda s, r: " ".join(_chess(b >> 4) + " " + _chess(b & 15) for b in s.encode()),
    "nibble_letters_a_to_p": lambda s, r: " ".join(chr(97 + (b >> 4)) + chr(97 + (b & 15)) for b in s.encode()),
    "alphabet_index_case_tokens": lambda s, r: " ".join(_tok(c) for c in s),
    "spelled_decimal_digit_words": lambda s, r: " ".join("-".join(W[int(d)] for d in str(b)) for b in s.encode()),
    "negabinary_byte_strings": lambda s, r: " ".join(negabin(b) for b in s.encode()),
    "balanced_ternary_signs": lambda s, r: " ".join(baltern(b) for b in s.encode()),
    "dice_face_base6_triplets": lambda s, r: " ".join("".join(FACES[int(x)] for x in _base(b, 6, 3)) for b in s.encode()),
    "powers_of_two_sums": lambda s, r: " ".join("+".join(str(1 << i) for i in range(7, -1, -1) if ord(c) >> i & 1) for c in s),
    "factoradic_code_points": lambda s, r: " ".join(factoradic(ord(c)) for c in s),
    "split_sum_pairs": split_sum,
}

RULE = {
    "septenary_triplet_bytes": "in base 7, three septenary digits per UTF-8 byte, space-separated",
    "quinary_quad_bytes": "in base 5, four quinary digits per UTF-8 byte, space-separated",
    "packed_bcd_byte_bits": "as packed BCD: each byte's decimal value, every decimal digit as four bits, bytes space-separated",
    "zeckendorf_fibonacci_bits": "in Zeckendorf form: each byte as a sum of non-adjacent Fibonacci numbers, bits for 89 55 34 21 13 8 5 3 2 1 with the rightmost bit worth 1, space-separated",
    "prime_factor_code_points": "as prime factorisations: each character's code point written as a product of primes (p^e for powers), space-separated",
    "ascii_chart_row_column": "as row.column on a 16-column ASCII chart (code point = row*16 + column), space-separated",
    "chessboard_square_nibbles": "as chess squares, two per byte (high nibble then low nibble; square index = (rank-1)*8 + file, a=0..h=7)",
    "nibble_letters_a_to_p": "as byte pairs of letters a..p standing for the nibbles 0..15, high nibble first",
    "alphabet_index_case_tokens": "as alphabet positions: U<n> for the n-th capital letter, L<n> for the n-th small letter, D<d> for a digit, DASH, UNDER and DOT for - _ .",
    "spelled_decimal_digit_words": "as each byte's decimal value spelled digit by digit in English words joined with hyphens, bytes space-separated",
    "negabinary_byte_strings": "in base -2 (negabinary), one digit string per byte, space-separated",
    "balanced_ternary_signs": "in balanced ternary with + for 1, 0 for 0 and - for -1, one group per byte, most significant first",
    "dice_face_base6_triplets": "as three dice faces per byte, base 6 with \u2680=0 up to \u2685=5, most significant first",
    "powers_of_two_sums": "as sums of powers of two, one sum per character code point, space-separated",
    "factoradic_code_points": "in the factorial number system: each code point as colon-separated factoradic digits (last digit worth 0!, then 1!, 2!, ...)",
    "split_sum_pairs": "as additions: each character is (a+b) where a+b is its code point, space-separated",
}

DOZ = "0123456789XE"
CJK = "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"
SYL = ["ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du", "ka", "ke", "ki", "ko", "ku", "la"]

def _doz(n):
    return DOZ[n // 12] + DOZ[n % 12]

ENC.update({
    "base9_nonary_triplets": lambda s, r: " ".join(_base(b, 9, 3) for b in s.encode()),
    "dozenal_x_e_pairs": lambda s, r: " ".join(_doz(ord(c)) for c in s),
    "cjk_ideograph_decimal_digits": lambda s, r: " ".join("".join(CJK[int(d)] for d in str(ord(c))) for c in s),
    "code_points_times_seven": lambda s, r: " ".join(str(ord(c) * 7) for c in s),
    "clock_time_code_points": lambda s, r: " ".join("%02d:%02d" % divmod(ord(c), 60) for c in s),
    "nibble_syllable_pairs": lambda s, r: " ".join(SYL[b >> 4] + SYL[b & 15] for b in s.encode()),
})
RULE.update({
    "base9_nonary_triplets": "in base 9, three nonary digits per UTF-8 byte, space-separated",
    "dozenal_x_e_pairs": "in dozenal (base 12, X = ten, E = eleven), two digits per character code point, space-separated",
    "cjk_ideograph_decimal_digits": "as decimal code points written with the Chinese digits \u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d (0-9), space-separated",
    "code_points_times_seven": "as each character's code point multiplied by seven, in decimal, space-separated",
    "clock_time_code_points": "as clock times HH:MM where the code point is hours*60 + minutes, space-separated",
    "nibble_syllable_pairs": "as two syllables per byte, high nibble first, from the table ba be bi bo bu da de di do du ka ke ki ko ku la (0-15)",
})
