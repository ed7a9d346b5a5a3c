"""Encoders (22). Each returns the encoded string; keyed ones take a key."""
import binascii

def _b(s): return s.encode("utf-8")

def digits(n, base, width):
    out = []
    for _ in range(width):
        n, d = divmod(n, base)
        out.append(d)
    return out[::-1]

def ternary(s, k=None): return " ".join("".join(map(str, digits(c, 3, 5))) for c in _b(s))
def septenary(s, k=None): return " ".join("".join(map(str, digits(c, 7, 3))) for c in _b(s))
DOZ = "0123456789\u218a\u218b"
def dozenal(s, k=None): return " ".join("".join(DOZ[d] for d in digits(c, 12, 2)) for c in _b(s))
def mayan(s, k=None): return " ".join("".join(chr(0x1D2E0 + d) for d in digits(c, 20, 2)) for c in _b(s))

def negabin1(n):
    if n == 0: return "0"
    out = ""
    while n:
        n, rem = divmod(n, -2)
        if rem < 0: n, rem = n + 1, rem + 2
        out = str(rem) + out
    return out
def negabinary(s, k=None): return " ".join(negabin1(c) for c in _b(s))

def fact1(n):
    ds, i = [], 1
    while n:
        n, d = divmod(n, i); ds.append(d); i += 1
    return ":".join(map(str, ds[::-1])) or "0"
def factoradic(s, k=None): return " ".join(fact1(c) for c in _b(s))

def fib1(n):
    fibs = [1, 2]
    while fibs[-1] <= n: fibs.append(fibs[-1] + fibs[-2])
    bits = [0] * len(fibs)
    for i in range(len(fibs) - 1, -1, -1):
        if fibs[i] <= n: bits[i] = 1; n -= fibs[i]
    while bits and bits[-1] == 0: bits.pop()
    return "".join(map(str, bits)) + "1"
def fibonacci(s, k=None): return " ".join(fib1(c) for c in _b(s))

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
def base45(s, k=None):
    b, out = _b(s), ""
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]; c, n = n % 45, n // 45; d, e = n % 45, n // 45
            out += B45[c] + B45[d] + B45[e]
        else:
            n = b[i]; out += B45[n % 45] + B45[n // 45]
    return out

def _uu_line(chunk, alpha):
    line = alpha[len(chunk)]
    pad = chunk + b"\0" * (-len(chunk) % 3)
    for i in range(0, len(pad), 3):
        n = int.from_bytes(pad[i:i + 3], "big")
        line += "".join(alpha[(n >> sh) & 63] for sh in (18, 12, 6, 0))
    return line
UUA = "`" + "".join(chr(32 + i) for i in range(1, 64))
def uuencode(s, k=None):
    b = _b(s)
    lines = [_uu_line(b[i:i + 45], UUA) for i in range(0, len(b), 45)]
    return "begin 644 secret.txt\n" + "\n".join(lines) + "\n`\nend"
XXA = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
def xxencode(s, k=None):
    b = _b(s)
    lines = [_uu_line(b[i:i + 45], XXA) for i in range(0, len(b), 45)]
    return "begin 644 secret.txt\n" + "\n".join(lines) + "\n+\nend"

BV, BC = "aeiouy", "bcdfghklmnprstvzx"
def bubblebabble(s, k=None):
    d = _b(s) if isinstance(s, str) else s
    seed, out, rounds = 1, "x", len(d) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(d) % 2:
            b1 = d[2 * i]
            out += BV[(((b1 >> 6) & 3) + seed) % 6] + BC[(b1 >> 2) & 15] + BV[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = d[2 * i + 1]
                out += BC[(b2 >> 4) & 15] + "-" + BC[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += BV[seed % 6] + BC[16] + BV[seed // 6]
    return out + "x"

PC, PV = "bdfghjklmnprstvz", "aiou"
def proquint(s, k=None):
    b = _b(s) if isinstance(s, str) else s
    if len(b) % 2: b += b"\0"
    ws = []
    for i in range(0, len(b), 2):
        n = b[i] << 8 | b[i + 1]
        ws.append(PC[n >> 12] + PV[(n >> 10) & 3] + PC[(n >> 6) & 15] + PV[(n >> 4) & 3] + PC[n & 15])
    return "-".join(ws)

def intel_hex(s, k=None):
    b, recs = _b(s), []
    for off in range(0, len(b), 16):
        ch = b[off:off + 16]
        body = bytes([len(ch), off >> 8, off & 255, 0]) + ch
        recs.append(":" + body.hex().upper() + "%02X" % ((-sum(body)) & 255))
    return "\n".join(recs + [":00000001FF"])

def srecord(s, k=None):
    b, recs = _b(s), []
    for off in range(0, len(b), 16):
        ch = b[off:off + 16]
        body = bytes([len(ch) + 3, off >> 8, off & 255]) + ch
        recs.append("S1" + body.hex().upper() + "%02X" % (~sum(body) & 255))
    return "\n".join(recs + ["S9030000FC"])

def delta_list(s, k=None):
    cs = [ord(c) for c in s]
    return ", ".join([str(cs[0])] + ["%+d" % (cs[i] - cs[i - 1]) for i in range(1, len(cs))])

def uint16_words(s, k=None):
    b = _b(s)
    if len(b) % 2: b += b"\0"
    return ", ".join(str(b[i] << 8 | b[i + 1]) for i in range(0, len(b), 2))

def _primes(n):
    ps, x = [], 2
    while len(ps) < n:
        if all(x % p for p in ps if p * p <= x): ps.append(x)
        x += 1
    return ps
PR = _primes(200)
def nth_prime(s, k=None): return " ".join(str(PR[c - 1]) for c in _b(s))

ELEM = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
        "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu "
        "Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg "
        "Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og").split()
def elements(s, k=None): return " ".join(ELEM[ord(c) - 33] for c in s)

AL = "abcdefghijklmnopqrstuvwxyz"
def _mixed(key):
    seen = ""
    for c in key.lower() + AL:
        if c not in seen: seen += c
    return seen
def keyword_sub(s, key):
    m = _mixed(key)
    out = ""
    for c in s:
        if c.islower() and c in AL: out += m[AL.index(c)]
        elif c.isupper() and c.lower() in AL: out += m[AL.index(c.lower())].upper()
        else: out += c
    return out

def _letters(s, key, f):
    out, j = "", 0
    for c in s:
        if c.lower() in AL and c.isascii() and c.isalpha():
            k = AL.index(key[j % len(key)].lower()); j += 1
            y = AL[f(AL.index(c.lower()), k)]
            out += y.upper() if c.isupper() else y
        else:
            out += c
    return out
def beaufort(s, key): return _letters(s, key, lambda x, k: (k - x) % 26)
def porta(s, key):
    def f(x, k):
        p = k // 2
        return (x + p) % 13 + 13 if x < 13 else (x - 13 - p) % 13
    return _letters(s, key, f)
def trithemius(s, k=None):
    out, j = "", 0
    for c in s:
        if c.isascii() and c.isalpha():
            y = AL[(AL.index(c.lower()) + j) % 26]; j += 1
            out += y.upper() if c.isupper() else y
        else: out += c
    return out

ENC = {
 "ternary_five_trits_per_byte": ternary, "septenary_three_digits_per_byte": septenary,
 "dozenal_digits_per_byte": dozenal, "mayan_numeral_vigesimal_bytes": mayan,
 "negabinary_base_minus_two_bytes": negabinary, "factoradic_digits_per_byte": factoradic,
 "fibonacci_coding_per_byte": fibonacci, "base45_rfc9285": base45,
 "uuencode_begin_end_block": uuencode, "xxencode_begin_end_block": xxencode,
 "bubblebabble_checksummed": bubblebabble, "proquint_word_groups": proquint,
 "intel_hex_data_records": intel_hex, "motorola_s1_records": srecord,
 "codepoint_delta_list": delta_list, "uint16_big_endian_word_list": uint16_words,
 "nth_prime_per_byte": nth_prime, "periodic_symbol_offset33": elements,
 "keyword_mixed_alphabet_keyed": keyword_sub, "beaufort_tabula_keyed": beaufort,
 "porta_reciprocal_keyed": porta, "trithemius_progressive_shift": trithemius,
}
KEYED = {"keyword_mixed_alphabet_keyed", "beaufort_tabula_keyed", "porta_reciprocal_keyed"}
MULTILINE = {"uuencode_begin_end_block", "xxencode_begin_end_block", "intel_hex_data_records", "motorola_s1_records"}
PHRASE = {
 "ternary_five_trits_per_byte": "in base 3, five ternary digits per byte (UTF-8)",
 "septenary_three_digits_per_byte": "in base 7, three digits per byte",
 "dozenal_digits_per_byte": "in dozenal (base 12, ↊ = ten, ↋ = eleven), two digits per byte",
 "mayan_numeral_vigesimal_bytes": "as Mayan numerals (base 20, Unicode U+1D2E0 block), two per byte",
 "negabinary_base_minus_two_bytes": "in negabinary (base −2), one group per byte",
 "factoradic_digits_per_byte": "in the factorial number system, one colon-separated group per byte",
 "fibonacci_coding_per_byte": "in Fibonacci coding (each group ends in 11), one group per byte",
 "base45_rfc9285": "in Base45 (RFC 9285, the QR-code alphabet)",
 "uuencode_begin_end_block": "uuencoded (the begin/end block below)",
 "xxencode_begin_end_block": "xxencoded (begin/end block, xxencode alphabet)",
 "bubblebabble_checksummed": "in Bubble Babble (the checksummed xa-…-x form ssh-keygen -B prints)",
 "proquint_word_groups": "as proquints (pronounceable five-letter words, a zero byte pads an odd length)",
 "intel_hex_data_records": "as Intel HEX records (data records from address 0, then the EOF record)",
 "motorola_s1_records": "as Motorola S-records (S1 data records plus an S9 terminator)",
 "codepoint_delta_list": "as a delta list: the first character code, then the signed difference to each next one",
 "uint16_big_endian_word_list": "as 16-bit big-endian words in decimal (a zero byte pads an odd length)",
 "nth_prime_per_byte": "as primes: each byte n is written as the n-th prime (2 is the 1st)",
 "periodic_symbol_offset33": "as chemical element symbols, atomic number = character code minus 32",
 "keyword_mixed_alphabet_keyed": "with a keyword substitution alphabet (keyword {KEY}; digits and symbols unchanged)",
 "beaufort_tabula_keyed": "Beaufort-enciphered with the key {KEY} (letters only, case kept)",
 "porta_reciprocal_keyed": "Porta-enciphered with the key {KEY} (letters only, case kept)",
 "trithemius_progressive_shift": "with the Trithemius progressive shift (n-th letter moved n−1 places forward; digits unchanged)",
}
