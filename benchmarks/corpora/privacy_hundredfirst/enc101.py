"""Encoders for p101 evasions. Plains are in [A-Za-z0-9_-]."""
import random, string

A64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
MT = {c: str(k) * (i + 1) for k, letters in zip(range(2, 10), ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]) for i, c in enumerate(letters)}
ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
GREEK_U = [(900, "ϡ"), (800, "ω"), (700, "ψ"), (600, "χ"), (500, "φ"), (400, "υ"), (300, "τ"), (200, "σ"), (100, "ρ")]
GREEK_T = ["", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "ϟ"]
GREEK_O = ["", "α", "β", "γ", "δ", "ε", "ϛ", "ζ", "η", "θ"]
ZH = "零一二三四五六七八九"
EN1 = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN10 = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DICE = "⚀⚁⚂⚃⚄⚅"


def _fib_list(n):
    f = [1, 2]
    while f[-1] <= n:
        f.append(f[-1] + f[-2])
    return f


def zeck(n):
    f = [x for x in _fib_list(n) if x <= n]
    bits = ""
    for x in reversed(f):
        if x <= n:
            bits += "1"; n -= x
        else:
            bits += "0"
    return bits.lstrip("0") or "0"


def negabin(n):
    if n == 0:
        return "0"
    d = ""
    while n:
        n, rmd = divmod(n, -2)
        if rmd < 0:
            n, rmd = n + 1, rmd + 2
        d = str(rmd) + d
    return d


def factoradic(n):
    d, i = [], 1
    while n:
        n, rmd = divmod(n, i)
        d.append(str(rmd)); i += 1
    return ":".join(reversed(d))


def dozenal(n):
    dg = "0123456789XE"
    s = ""
    while n:
        n, rmd = divmod(n, 12); s = dg[rmd] + s
    return s


def col(n):
    s = ""
    while n:
        n, rmd = divmod(n - 1, 26); s = chr(65 + rmd) + s
    return s


def greek(n):
    s = ""
    for v, ch in GREEK_U:
        if n >= v:
            s += ch; n -= v; break
    s += GREEK_T[n // 10] + GREEK_O[n % 10]
    return s + "ʹ"


def zh(n):
    h, t, o = n // 100, (n // 10) % 10, n % 10
    s = ""
    if h: s += ZH[h] + "百"
    if t: s += ZH[t] + "十"
    elif h and o: s += "零"
    if o: s += ZH[o]
    return s


def en_words(n):
    h, rest = divmod(n, 100)
    parts = []
    if h: parts.append(EN1[h] + " hundred")
    if rest:
        if rest < 20: parts.append(EN1[rest])
        else: parts.append(EN10[rest // 10] + ("-" + EN1[rest % 10] if rest % 10 else ""))
    return " ".join(parts)


def pow2(n):
    return "+".join(str(1 << i) for i in range(7, -1, -1) if n >> i & 1)


def mk(r):
    """Return dict name -> (rule text, encoder(plain) -> run)."""
    def multitap(p):
        out = []
        for c in p:
            if c.islower(): out.append(MT[c])
            elif c.isupper(): out.append("^" + MT[c.lower()])
            elif c.isdigit(): out.append("#" + c)
            else: out.append(c)
        return " ".join(out)

    def qwerty(p):
        out = ""
        for c in p:
            lc = c.lower()
            for row in ROWS:
                if lc in row:
                    n = row[(row.index(lc) + 1) % len(row)]
                    out += n.upper() if c.isupper() else n
                    break
            else:
                out += c
        return out

    def affine(p):
        return "".join(A64[(5 * A64.index(c) + 17) % 64] for c in p)

    def polybius(p):
        return " ".join(f"{A64.index(c) // 8 + 1}{A64.index(c) % 8 + 1}" for c in p)

    def sums(p):
        out = []
        for c in p:
            a = r.randint(1, ord(c) - 1); out.append(f"{a}+{ord(c) - a}")
        return ", ".join(out)

    E = {
        "tellraw_text_component_split": ("as a Minecraft tellraw JSON array with one character per text component (join the \"text\" values)",
                                         lambda p: "[" + ",".join('{"text":"%s","color":"gold"}' % c for c in p) + "]"),
        "phone_keypad_multitap": ("as phone-keypad multi-tap presses (a=2, b=22, c=222 ... s=7777, z=9999), ^ before an upper-case letter, # before a digit, - and _ as themselves, space-separated",
                                  multitap),
        "spreadsheet_column_code_points": ("as spreadsheet column names of each code point (1=A, 26=Z, 27=AA ...), space-separated", lambda p: " ".join(col(ord(c)) for c in p)),
        "zeckendorf_fibonacci_bits": ("in Zeckendorf form, one group per code point (bits for Fibonacci numbers ... 13 8 5 3 2 1, highest first), groups separated by spaces", lambda p: " ".join(zeck(ord(c)) for c in p)),
        "negabinary_code_points": ("in base -2 (negabinary), one group per code point, space-separated", lambda p: " ".join(negabin(ord(c)) for c in p)),
        "factorial_base_code_points": ("in the factorial number system, one group per code point (digits for ... 3! 2! 1! 0!, colon-separated), groups separated by spaces", lambda p: " ".join(factoradic(ord(c)) for c in p)),
        "packed_bcd_code_points": ("as packed BCD: every code point written as three decimal digits, each digit as four bits, groups separated by spaces", lambda p: " ".join("".join(format(int(d), "04b") for d in "%03d" % ord(c)) for c in p)),
        "polybius_grid_eight_square": ("as row/column pairs in an 8x8 grid read row by row from A-Z a-z 0-9 - _ (11=A, 18=H, 21=I ...), space-separated", polybius),
        "qwerty_right_neighbour": ("typed one key to the right on a QWERTY keyboard (each row wraps: p->q, l->a, m->z, 0->1), case kept, - and _ unchanged; shift every key one to the left to read it", qwerty),
        "powershell_char_cast_join": ("as a PowerShell -join of [char] casts of decimal code points", lambda p: "-join([char[]](" + ",".join(str(ord(c)) for c in p) + "))"),
        "csharp_getstring_byte_array": ("as a C# Encoding.UTF8.GetString(new byte[]{...}) call of decimal bytes", lambda p: "Encoding.UTF8.GetString(new byte[]{" + ", ".join(str(b) for b in p.encode()) + "})"),
        "unicode_u_plus_sequence": ("as a sequence of U+XXXX code point labels", lambda p: " ".join("U+%04X" % ord(c) for c in p)),
        "affine_cipher_a64": ("with an affine cipher over the 64-character alphabet A-Z a-z 0-9 - _ (index x becomes 5x+17 mod 64; read back with x = 13(y-17) mod 64)", affine),
        "dice_face_base6_triplets": ("as dice faces, three base-6 digits per code point (⚀=0 ... ⚅=5), groups separated by spaces", lambda p: " ".join("".join(DICE[d] for d in (ord(c) // 36, ord(c) // 6 % 6, ord(c) % 6)) for c in p)),
        "dozenal_code_points": ("in base 12 (digits 0-9, X=10, E=11), one number per code point, space-separated", lambda p: " ".join(dozenal(ord(c)) for c in p)),
        "sum_pair_expressions": ("as addition pairs, one per character: each a+b is a code point", sums),
        "greek_ionic_numerals": ("as Greek (Ionic) numerals with keraia, one per code point (ρ=100, ϟ=90, π=80 ... α=1, ϛ=6), space-separated", lambda p: " ".join(greek(ord(c)) for c in p)),
        "chinese_numeral_code_points": ("as Chinese numerals, one per code point (e.g. 九十七 = 97, 一百零五 = 105), separated by 、", lambda p: "、".join(zh(ord(c)) for c in p)),
        "snbt_int_array_literal": ("as a Minecraft SNBT int array [I; ...] of decimal code points", lambda p: "[I; " + ", ".join(str(ord(c)) for c in p) + "]"),
        "scaled_offset_code_points": ("as numbers 7*c+3 for each code point c, comma-separated (subtract 3, divide by 7)", lambda p: ",".join(str(7 * ord(c) + 3) for c in p)),
        "english_number_words": ("as English number words, one code point per item, items separated by semicolons", lambda p: "; ".join(en_words(ord(c)) for c in p)),
        "powers_of_two_sums": ("as sums of powers of two, one per code point, separated by spaces", lambda p: " ".join(pow2(ord(c)) for c in p)),
    }
    return E
