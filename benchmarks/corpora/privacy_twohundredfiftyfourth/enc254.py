"""Encoders for the 22 evasion encodings of p254.

enc(name, plain, rng) -> run.  The rng only adds noise that the decoder ignores or that
does not change the decoded value (other roots, matrix entries, colour saturation, ...).
"""
import math
from fractions import Fraction

# ---------------------------------------------------------------- rule texts
RULES = {
    'chess960_scharnagl_back_ranks':
        "as Chess960 starting positions: each character code is a Scharnagl number and is written as White's back rank from file a to h "
        "(K king, Q queen, R rook, B bishop, N knight); for a number n, n mod 4 puts one bishop on b, d, f or h, (n div 4) mod 4 puts the other "
        "bishop on a, c, e or g, (n div 16) mod 6 puts the queen on that empty square counting from the a-side (0 = first empty square), and "
        "n div 96 places the two knights on the five squares still empty by the list NN---, N-N--, N--N-, N---N, -NN--, -N-N-, -N--N, --NN-, "
        "--N-N, ---NN (0 to 9); rook, king, rook fill the last three squares in that order, so 0 is BBQNNRKR and 518 is RNBQKBNR; ranks are separated by spaces",
    'hanoi_seven_disc_move_states':
        "as Tower of Hanoi positions: seven discs numbered 1 (smallest) to 7 start on peg A and are moved to peg C by the shortest solution "
        "(127 moves); each group of seven letters says on which peg discs 1, 2, 3 ... 7 stand after some number of moves of that solution, "
        "and that number of moves is a character code; groups are separated by spaces",
    'eight_queens_solution_ranks':
        "as eight-queens solutions: each group of eight digits gives, for files a to h, the rank of the queen on that file; list all 92 solutions "
        "of the eight-queens puzzle in increasing numerical order (15863724 is the first); a solution's place in that list (the first is 1) plus 44 "
        "is a character code; groups are separated by spaces",
    'tenpin_bowling_line_scores':
        "as ten-pin bowling score lines: each line is one complete game written frame by frame (X a strike, / a spare, - a miss, a digit the pins "
        "knocked down; frames separated by |, the tenth frame with its bonus balls); the game's final score by the usual rules (a strike adds the "
        "next two balls, a spare the next one) is a character code; games are separated by ' ; '",
    'plain_bob_major_change_rows':
        "as change-ringing rows of Plain Bob Major on eight bells: start from rounds 12345678 and apply the place notation x 18 x 18 x 18 x 18 x 18 "
        "x 18 x 18 x 12 again and again (x: every pair of places swaps; 18: the bells in 1st and 8th place stay and the others swap in pairs; "
        "12: the bells in 1st and 2nd place stay and the others swap in pairs); the row reached after the n-th change belongs to n, and n plus 44 "
        "is a character code; rows are separated by spaces",
    'pruefer_five_vertex_trees':
        "as labelled trees on the vertices 1 to 5: each tree is written as its four edges; find its Pruefer code (three times remove the "
        "lowest-numbered leaf and write down its neighbour), subtract 1 from each of the three numbers and read them as a base-5 number, most "
        "significant first; that number is a character code; trees are separated by ' / '",
    'de_bruijn_ternary_windows':
        "as readings from an absolute position track: the track is the de Bruijn sequence B(3,4) over the symbols L, M, H (L = 0, M = 1, H = 2) "
        "made by writing, in dictionary order, every Lyndon word over 0 < 1 < 2 whose length divides 4 (the lexicographically smallest such "
        "sequence, 81 symbols, read round the end); each reading is the four symbols that start at some position p (the first symbol is "
        "position 0); p plus 45 is a character code; readings are separated by spaces",
    'balanced_bracket_catalan_ranks':
        "as bracket strings: each is a balanced string of six pairs of round brackets; list all 132 such strings in dictionary order with ( "
        "before ), from (((((()))))) to ()()()()()(), numbering them from 0; a string's number is a character code; strings are separated by spaces",
    'continued_fraction_one_rational':
        "as one fraction p/q: expand it as a continued fraction p/q = a0 + 1/(a1 + 1/(a2 + ...)) with Euclid's algorithm (a0 = p div q, then "
        "carry on with q and p mod q); the partial quotients a0, a1, a2 ... are the character codes in order",
    'quadratic_equation_larger_roots':
        "as quadratic equations: each equation x^2 - s*x + p = 0, written with its numbers filled in, has two whole-number roots; the larger "
        "root is a character code; equations are separated by '; '",
    'integer_matrix_determinants':
        "as 2x2 integer matrices [[a, b], [c, d]]: the determinant a*d - b*c of each matrix is a character code; matrices are separated by spaces",
    'lattice_triangle_shoelace_areas':
        "as triangles on squared paper: each triangle is given by the coordinates of its three corners; its area in square units (half the "
        "absolute value of x1(y2 - y3) + x2(y3 - y1) + x3(y1 - y2)) is a character code; triangles are separated by ' | '",
    'population_variance_groups':
        "as groups of whole numbers in brackets: the population variance of each group (the mean of the squared differences from the group's "
        "mean) is a character code",
    'boolean_formula_model_counts':
        "as logic formulas over the seven switches a to g: count how many of the 128 ways of setting the switches on or off make the formula "
        "true; that count is a character code; formulas are separated by ' ; '",
    'dct_ii_rounded_coefficients':
        "as a cosine transform: the numbers are the orthonormal DCT-II coefficients X0 ... X(N-1) of the character codes x0 ... x(N-1) "
        "(X_k = s_k * sum over n of x_n * cos(pi*(2n+1)*k/(2N)), s_0 = sqrt(1/N), s_k = sqrt(2/N) for k > 0), rounded to four decimals; apply "
        "the inverse transform (DCT-III) and round each value to a whole number; values are separated by spaces",
    'g711_mulaw_pcm_samples':
        "as telephone audio: each number is a 16-bit PCM sample that the G.711 mu-law expander makes from one 8-bit code byte, and that byte is "
        "a character code; to expand a byte, invert all its bits, take the top bit as the sign, the next three as the exponent e and the low four "
        "as the mantissa m: sample = (m*8 + 132) * 2^e - 132, negative when the sign bit is set; samples are separated by ', '",
    'nec_infrared_pulse_timings':
        "as an infrared remote capture in the NEC format (times in microseconds, + a burst, - a space): each key press is +9000 -4500, then 32 "
        "bits, each +562 followed by -562 for 0 or -1687 for 1, least significant bit first - the address byte, its inverse, the command byte, "
        "its inverse - and a closing +562; the command byte of each press is a character code; presses are separated by ' || '",
    'xtea_ecb_block_cipher_hex':
        "encrypted with XTEA (32 cycles, delta 0x9E3779B9, big-endian 32-bit words) in ECB mode under the 16-byte ASCII key burrandbevel2025, "
        "after padding the UTF-8 bytes with PKCS#7 to a multiple of 8 bytes, and written as lower-case hex; decrypt it with the same key to read it",
    'hsl_hue_of_hex_colours':
        "as paint swatches: each swatch is an sRGB colour #RRGGBB; work out its hue in degrees as HSL and HSV do (with max and min the largest "
        "and smallest channel: 60 * ((G - B)/(max - min) mod 6) when red is largest, 60 * ((B - R)/(max - min) + 2) when green is largest, "
        "60 * ((R - G)/(max - min) + 4) when blue is largest) and round it to a whole degree; that hue is a character code; swatches are separated by spaces",
    'xterm256_palette_cube_colours':
        "as terminal colours: each rgb(R, G, B) is one of the 216 colours of the xterm 256-colour cube, whose channel levels 0, 95, 135, 175, 215 "
        "and 255 are steps 0 to 5; its palette index 16 + 36*r + 6*g + b (r, g, b the steps) is a character code; colours are separated by spaces",
    'pt100_probe_resistance_ohms':
        "as PT100 probe readings: each value is a platinum probe's resistance in ohms; by IEC 60751, R = 100 * (1 + A*T + B*T^2) with "
        "A = 3.9083e-3 and B = -5.775e-7 for T at or above 0 degrees C; solve for T and round it to a whole degree Celsius; that temperature is "
        "a character code; readings are separated by ', '",
    'heating_element_ohms_law_readings':
        "as heating-element test readings: each reading gives the voltage across an element and the current through it; the element's "
        "resistance in ohms (volts divided by amps) is exactly a character code; readings are separated by '; '",
}
ENCODINGS = list(RULES)
assert len(ENCODINGS) == 22

FAMILIES = {
    'chess960_scharnagl_back_ranks': 'game enumeration (Chess960 / Scharnagl numbering)',
    'hanoi_seven_disc_move_states': 'puzzle state after n moves (Tower of Hanoi)',
    'eight_queens_solution_ranks': 'rank in a list of puzzle solutions (eight queens)',
    'tenpin_bowling_line_scores': 'sports scoring (ten-pin bowling)',
    'plain_bob_major_change_rows': 'change ringing (Plain Bob Major rows)',
    'pruefer_five_vertex_trees': 'labelled-tree bijection (Pruefer codes)',
    'de_bruijn_ternary_windows': 'absolute position track (de Bruijn windows)',
    'balanced_bracket_catalan_ranks': 'Catalan-object ranking (balanced brackets)',
    'continued_fraction_one_rational': 'whole-value continued fraction',
    'quadratic_equation_larger_roots': 'algebra (roots of quadratics)',
    'integer_matrix_determinants': 'linear algebra (determinants)',
    'lattice_triangle_shoelace_areas': 'planar geometry (triangle areas)',
    'population_variance_groups': 'descriptive statistics (variance)',
    'boolean_formula_model_counts': 'model counting (#SAT over seven variables)',
    'dct_ii_rounded_coefficients': 'transform coding (discrete cosine transform)',
    'g711_mulaw_pcm_samples': 'audio companding (G.711 mu-law)',
    'nec_infrared_pulse_timings': 'infrared remote protocol (NEC pulse distance)',
    'xtea_ecb_block_cipher_hex': 'block cipher under a stated key (XTEA)',
    'hsl_hue_of_hex_colours': 'colour-space conversion (hue angle)',
    'xterm256_palette_cube_colours': 'palette index (xterm 256-colour cube)',
    'pt100_probe_resistance_ohms': 'world disguise: sensor curve (IEC 60751 PT100)',
    'heating_element_ohms_law_readings': "world disguise: physical law (Ohm's law on element readings)",
}


# ---------------------------------------------------------------- chess960
def chess960(n):
    sq = [None] * 8
    sq[[1, 3, 5, 7][n % 4]] = 'B'
    sq[[0, 2, 4, 6][(n // 4) % 4]] = 'B'
    empty = [i for i in range(8) if sq[i] is None]
    sq[empty[(n // 16) % 6]] = 'Q'
    empty = [i for i in range(8) if sq[i] is None]
    pattern = ['NN---', 'N-N--', 'N--N-', 'N---N', '-NN--', '-N-N-', '-N--N', '--NN-', '--N-N', '---NN'][n // 96]
    for i, ch in zip(empty, pattern):
        if ch == 'N':
            sq[i] = 'N'
    rest = [i for i in range(8) if sq[i] is None]
    for i, p in zip(rest, 'RKR'):
        sq[i] = p
    return ''.join(sq)


assert chess960(518) == 'RNBQKBNR' and chess960(0) == 'BBQNNRKR'
assert len({chess960(n) for n in range(960)}) == 960


# ---------------------------------------------------------------- hanoi (recursive solution, states recorded)
def _hanoi_states(n=7):
    pos = ['A'] * n
    states = [''.join(pos)]

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        pos[k - 1] = dst
        states.append(''.join(pos))
        move(k - 1, via, dst, src)
    move(n, 'A', 'C', 'B')
    return states


HANOI = _hanoi_states()
assert len(HANOI) == 128 and len(set(HANOI)) == 128 and HANOI[-1] == 'C' * 7


# ---------------------------------------------------------------- eight queens (backtracking)
def _queens():
    sols = []

    def place(cols):
        k = len(cols)
        if k == 8:
            sols.append(''.join(str(c + 1) for c in cols))
            return
        for r in range(8):
            if all(r != c and abs(r - c) != k - i for i, c in enumerate(cols)):
                place(cols + [r])
    place([])
    return sols


QUEENS = _queens()
assert len(QUEENS) == 92 and QUEENS[0] == '15863724' and QUEENS == sorted(QUEENS)


# ---------------------------------------------------------------- bowling
def bowling_score(rolls):
    s, i = 0, 0
    for _ in range(10):
        if rolls[i] == 10:
            s += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            s += 10 + rolls[i + 2]
            i += 2
        else:
            s += rolls[i] + rolls[i + 1]
            i += 2
    return s


def _bowling_game(rng, target):
    p_strike = min(0.6, max(0.0, (target - 60) / 110.0))
    p_spare = 0.25
    for _ in range(200000):
        frames, rolls = [], []
        for f in range(10):
            r = rng.random()
            if r < p_strike:
                fr = [10]
            elif r < p_strike + p_spare:
                a = rng.randrange(0, 10)
                fr = [a, 10 - a]
            else:
                a = rng.randrange(0, 10)
                fr = [a, rng.randrange(0, 10 - a)]
            if f == 9:
                if fr[0] == 10:
                    b = rng.randrange(0, 11)
                    c = rng.randrange(0, 11) if b == 10 else rng.randrange(0, 11 - b)
                    fr = [10, b, c]
                elif sum(fr) == 10:
                    fr = fr + [rng.randrange(0, 11)]
            frames.append(fr)
            rolls.extend(fr)
        if bowling_score(rolls) == target:
            return frames
    raise RuntimeError('no bowling game for %d' % target)


def _pins(v):
    return '-' if v == 0 else str(v)


def _frame_text(fr, tenth):
    if not tenth:
        if fr[0] == 10:
            return 'X'
        if fr[0] + fr[1] == 10:
            return _pins(fr[0]) + '/'
        return _pins(fr[0]) + _pins(fr[1])
    out = ['X' if fr[0] == 10 else _pins(fr[0])]
    if fr[0] == 10:
        out.append('X' if fr[1] == 10 else _pins(fr[1]))
    else:
        out.append('/' if fr[0] + fr[1] == 10 else _pins(fr[1]))
    if len(fr) == 3:
        if out[1] in ('X', '/'):
            out.append('X' if fr[2] == 10 else _pins(fr[2]))
        else:
            out.append('/' if fr[1] + fr[2] == 10 else _pins(fr[2]))
    return ''.join(out)


# ---------------------------------------------------------------- Plain Bob Major
def _pbm_rows():
    notation = ['x', '18'] * 7 + ['x', '12']
    row = list('12345678')
    rows = [''.join(row)]
    k = 0
    while True:
        pn = notation[k % 16]
        stay = set() if pn == 'x' else {int(c) - 1 for c in pn}
        i = 0
        new = row[:]
        while i < 7:
            if i in stay:
                i += 1
                continue
            new[i], new[i + 1] = row[i + 1], row[i]
            i += 2
        row = new
        rows.append(''.join(row))
        k += 1
        if row == list('12345678'):
            break
    return rows


PBM = _pbm_rows()
assert len(PBM) == 113 and len(set(PBM[:112])) == 112


# ---------------------------------------------------------------- Pruefer trees on 5 vertices
def pruefer_to_edges(seq, n=5):
    degree = [1] * (n + 1)
    for x in seq:
        degree[x] += 1
    edges = []
    for x in seq:
        leaf = min(v for v in range(1, n + 1) if degree[v] == 1)
        edges.append((leaf, x))
        degree[leaf] -= 1
        degree[x] -= 1
    u, w = [v for v in range(1, n + 1) if degree[v] == 1]
    edges.append((u, w))
    return edges


# ---------------------------------------------------------------- de Bruijn B(3,4) by the FKM recursion
def _de_bruijn(k=3, n=4):
    a = [0] * k * n
    seq = []

    def db(t, p):
        if t > n:
            if n % p == 0:
                seq.extend(a[1:p + 1])
        else:
            a[t] = a[t - p]
            db(t + 1, p)
            for j in range(a[t - p] + 1, k):
                a[t] = j
                db(t + 1, t)
    db(1, 1)
    return seq


DEBRUIJN = ''.join('LMH'[x] for x in _de_bruijn())
assert len(DEBRUIJN) == 81
_DB_WIN = [(DEBRUIJN + DEBRUIJN[:3])[p:p + 4] for p in range(81)]
assert len(set(_DB_WIN)) == 81


# ---------------------------------------------------------------- balanced brackets (generated in order)
def _brackets(n=6):
    out = []

    def gen(s, o, c):
        if len(s) == 2 * n:
            out.append(s)
            return
        if o < n:
            gen(s + '(', o + 1, c)
        if c < o:
            gen(s + ')', o, c + 1)
    gen('', 0, 0)
    return out


BRACKETS = _brackets()
assert len(BRACKETS) == 132 and BRACKETS == sorted(BRACKETS)


# ---------------------------------------------------------------- XTEA
XTEA_KEY = b'burrandbevel2025'


def xtea_encrypt_block(v0, v1, key):
    k = [int.from_bytes(key[i:i + 4], 'big') for i in range(0, 16, 4)]
    s, delta, mask = 0, 0x9E3779B9, 0xFFFFFFFF
    for _ in range(32):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + k[s & 3]))) & mask
        s = (s + delta) & mask
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + k[(s >> 11) & 3]))) & mask
    return v0, v1


def xtea_ecb(data, key):
    pad = 8 - len(data) % 8
    data = data + bytes([pad]) * pad
    out = b''
    for i in range(0, len(data), 8):
        a, b = xtea_encrypt_block(int.from_bytes(data[i:i + 4], 'big'), int.from_bytes(data[i + 4:i + 8], 'big'), key)
        out += a.to_bytes(4, 'big') + b.to_bytes(4, 'big')
    return out


# published XTEA vector: key 000102..0f, plaintext "ABCDEFGH" -> 497df3d072612cb5
_a, _b = xtea_encrypt_block(0x41424344, 0x45464748, bytes(range(16)))
assert '%08x%08x' % (_a, _b) == '497df3d072612cb5'


# ---------------------------------------------------------------- mu-law expansion
def mulaw_expand(b):
    u = (~b) & 0xFF
    sign = u & 0x80
    e = (u >> 4) & 7
    m = u & 0x0F
    s = ((m << 3) + 0x84) << e
    s -= 0x84
    return -s if sign else s


assert mulaw_expand(0xFF) == 0 and mulaw_expand(0x80) == 32124 and mulaw_expand(0x00) == -32124


# ---------------------------------------------------------------- colours
def hue_of(r, g, b):
    mx, mn = max(r, g, b), min(r, g, b)
    if mx == mn:
        return None
    d = Fraction(mx - mn)
    if mx == r:
        h = 60 * (Fraction(g - b) / d % 6)
    elif mx == g:
        h = 60 * (Fraction(b - r) / d + 2)
    else:
        h = 60 * (Fraction(r - g) / d + 4)
    return h


XTERM_LEVELS = [0, 95, 135, 175, 215, 255]


# ---------------------------------------------------------------- PT100
PT_A = 3.9083e-3
PT_B = -5.775e-7


def pt100_r(t):
    return 100.0 * (1 + PT_A * t + PT_B * t * t)


# ---------------------------------------------------------------- boolean formulas
def formula_for_count(c, rng):
    names = list('abcdefg')
    rng.shuffle(names)           # names[j] plays bit j (j = 0 most significant)
    flip = [rng.random() < 0.5 for _ in range(7)]

    def lit(j, val):
        # literal stating that bit j has value val
        truth = val ^ flip[j]
        return names[j] if truth else 'not ' + names[j]
    cubes = []
    bits = [(c >> (6 - j)) & 1 for j in range(7)]
    if c == 128:
        return '(a or not a)'
    for j in range(7):
        if bits[j]:
            lits = [lit(i, bits[i]) for i in range(j)] + [lit(j, 0)]
            rng.shuffle(lits)
            cubes.append('(' + ' and '.join(lits) + ')')
    rng.shuffle(cubes)
    return ' or '.join(cubes) if cubes else '(a and not a)'


# ---------------------------------------------------------------- the encoders
def _ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = _ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def enc(name, plain, rng):
    codes = [ord(ch) for ch in plain]
    if name == 'chess960_scharnagl_back_ranks':
        return ' '.join(chess960(c) for c in codes)
    if name == 'hanoi_seven_disc_move_states':
        return ' '.join(HANOI[c] for c in codes)
    if name == 'eight_queens_solution_ranks':
        return ' '.join(QUEENS[c - 45] for c in codes)
    if name == 'tenpin_bowling_line_scores':
        lines = []
        for c in codes:
            frames = _bowling_game(rng, c)
            lines.append('|'.join(_frame_text(fr, i == 9) for i, fr in enumerate(frames)))
        return ' ; '.join(lines)
    if name == 'plain_bob_major_change_rows':
        return ' '.join(PBM[c - 44] for c in codes)
    if name == 'pruefer_five_vertex_trees':
        out = []
        for c in codes:
            seq = [c // 25 + 1, (c // 5) % 5 + 1, c % 5 + 1]
            edges = [(a, b) if rng.random() < 0.5 else (b, a) for a, b in pruefer_to_edges(seq)]
            rng.shuffle(edges)
            out.append(' '.join('%d-%d' % e for e in edges))
        return ' / '.join(out)
    if name == 'de_bruijn_ternary_windows':
        return ' '.join(_DB_WIN[c - 45] for c in codes)
    if name == 'balanced_bracket_catalan_ranks':
        return ' '.join(BRACKETS[c] for c in codes)
    if name == 'continued_fraction_one_rational':
        f = Fraction(codes[-1])
        for a in reversed(codes[:-1]):
            f = a + 1 / f
        return '%d/%d' % (f.numerator, f.denominator)
    if name == 'quadratic_equation_larger_roots':
        out = []
        for c in codes:
            r = rng.randrange(-60, c)
            s, p = c + r, c * r

            def term(v, var):
                if v == 0:
                    return ''
                sign = '-' if v < 0 else '+'
                return ' %s %d%s' % (sign, abs(v), var)
            # x^2 - s x + p = 0
            out.append('x^2' + term(-s, 'x') + term(p, '') + ' = 0')
        return '; '.join(out)
    if name == 'integer_matrix_determinants':
        out = []
        for c in codes:
            while True:
                a, d = rng.randrange(2, 31), rng.randrange(2, 31)
                t = a * d - c
                if t == 0:
                    continue
                divs = [x for x in range(1, abs(t) + 1) if t % x == 0 and x <= 40 and abs(t) // x <= 40]
                if not divs:
                    continue
                b = rng.choice(divs) * rng.choice((1, -1))
                cc = t // b
                break
            out.append('[[%d, %d], [%d, %d]]' % (a, b, cc, d))
        return ' '.join(out)
    if name == 'lattice_triangle_shoelace_areas':
        out = []
        for c in codes:
            while True:
                x1, y1 = rng.randrange(-20, 21), rng.randrange(-20, 21)
                dx, dy = rng.randrange(-15, 16), rng.randrange(-15, 16)
                g, u, v = _ext_gcd(abs(dx), abs(dy))
                if g == 0 or (2 * c) % g:
                    continue
                # solve dx*Y - dy*X = 2c
                kx = (2 * c // g)
                X0 = -v * kx * (1 if dy >= 0 else -1)
                Y0 = u * kx * (1 if dx >= 0 else -1)
                if dx * Y0 - dy * X0 != 2 * c:
                    continue
                t = rng.randrange(-3, 4)
                X, Y = X0 + t * dx // g, Y0 + t * dy // g
                if dx * Y - dy * X != 2 * c or abs(X) > 400 or abs(Y) > 400:
                    continue
                pts = [(x1, y1), (x1 + dx, y1 + dy), (x1 + X, y1 + Y)]
                rng.shuffle(pts)
                break
            out.append(' '.join('(%d,%d)' % p for p in pts))
        return ' | '.join(out)
    if name == 'population_variance_groups':
        out = []
        for c in codes:
            while True:
                n = rng.choice((4, 5, 6))
                spread = int(math.sqrt(c)) + 3
                mid = rng.randrange(10, 90)
                pre = [mid + rng.randrange(-2 * spread, 2 * spread + 1) for _ in range(n - 1)]
                S, Q = sum(pre), sum(x * x for x in pre)
                qa, qb, qc = n - 1, -2 * S, n * Q - S * S - c * n * n
                disc = qb * qb - 4 * qa * qc
                if disc < 0:
                    continue
                r = math.isqrt(disc)
                if r * r != disc:
                    continue
                sols = [x for x in ((-qb + r), (-qb - r)) if x % (2 * qa) == 0]
                if not sols:
                    continue
                x = rng.choice(sols) // (2 * qa)
                grp = pre + [x]
                m = Fraction(sum(grp), n)
                if sum((Fraction(v) - m) ** 2 for v in grp) / n != c or min(grp) < 0:
                    continue
                rng.shuffle(grp)
                break
            out.append('[' + ', '.join(str(v) for v in grp) + ']')
        return ' '.join(out)
    if name == 'boolean_formula_model_counts':
        return ' ; '.join(formula_for_count(c, rng) for c in codes)
    if name == 'dct_ii_rounded_coefficients':
        n = len(codes)
        out = []
        for k in range(n):
            s = math.sqrt(1.0 / n) if k == 0 else math.sqrt(2.0 / n)
            X = s * sum(x * math.cos(math.pi * (2 * i + 1) * k / (2 * n)) for i, x in enumerate(codes))
            v = '%.4f' % X
            out.append('0.0000' if v == '-0.0000' else v)
        return ' '.join(out)
    if name == 'g711_mulaw_pcm_samples':
        return ', '.join(str(mulaw_expand(c)) for c in codes)
    if name == 'nec_infrared_pulse_timings':
        presses = []
        addr = rng.choice((0x04, 0x10, 0x20, 0x40))
        for c in codes:
            bits = []
            for byte in (addr, addr ^ 0xFF, c, c ^ 0xFF):
                for i in range(8):
                    bits.append((byte >> i) & 1)
            parts = ['+9000', '-4500'] + [x for b in bits for x in ('+562', '-1687' if b else '-562')] + ['+562']
            presses.append(' '.join(parts))
        return ' || '.join(presses)
    if name == 'xtea_ecb_block_cipher_hex':
        return xtea_ecb(plain.encode('utf-8'), XTEA_KEY).hex()
    if name == 'hsl_hue_of_hex_colours':
        out = []
        for c in codes:
            while True:
                mx = rng.randrange(140, 256)
                mn = rng.randrange(0, mx - 59)
                d = mx - mn
                if c < 60:
                    r, b = mx, mn
                    g = mn + round(d * c / 60.0 + rng.uniform(-0.2, 0.2))
                elif c < 120:
                    g, b = mx, mn
                    r = mn + round(d * (120 - c) / 60.0 + rng.uniform(-0.2, 0.2))
                else:
                    g, r = mx, mn
                    b = mn + round(d * (c - 120) / 60.0 + rng.uniform(-0.2, 0.2))
                if not all(0 <= x <= 255 for x in (r, g, b)):
                    continue
                h = hue_of(r, g, b)
                if h is not None and abs(h - c) < Fraction(35, 100):
                    break
            out.append('#%02x%02x%02x' % (r, g, b))
        return ' '.join(out)
    if name == 'xterm256_palette_cube_colours':
        out = []
        for c in codes:
            i = c - 16
            r, g, b = i // 36, (i // 6) % 6, i % 6
            out.append('rgb(%d, %d, %d)' % (XTERM_LEVELS[r], XTERM_LEVELS[g], XTERM_LEVELS[b]))
        return ' '.join(out)
    if name == 'pt100_probe_resistance_ohms':
        out = []
        for c in codes:
            t = c + rng.uniform(-0.3, 0.3)
            out.append('%.3f ohm' % pt100_r(t))
        return ', '.join(out)
    if name == 'heating_element_ohms_law_readings':
        out = []
        for c in codes:
            amps = rng.randrange(50, 400)        # hundredths of an amp
            volts = c * amps                     # hundredths of a volt
            out.append('%d.%02d V at %d.%02d A' % (volts // 100, volts % 100, amps // 100, amps % 100))
        return '; '.join(out)
    raise ValueError(name)
