"""Independent decoders for the 22 evasion encodings of p254.

Written separately from enc254: imports nothing from the encoder or common254, and no
base64 / binascii / codecs / struct / unicodedata.  Every table is rebuilt here another way.
"""
import itertools
import math
import re
from fractions import Fraction


# ---------------------------------------------------------------- chess960: inverse of the Scharnagl numbering
def _scharnagl(rank):
    light = 'bdfh'.index('abcdefgh'[[i for i in (1, 3, 5, 7) if rank[i] == 'B'][0]])
    dark = 'aceg'.index('abcdefgh'[[i for i in (0, 2, 4, 6) if rank[i] == 'B'][0]])
    rest = [i for i in range(8) if rank[i] != 'B']
    q = [j for j, i in enumerate(rest) if rank[i] == 'Q'][0]
    rest2 = [i for i in rest if rank[i] != 'Q']
    pat = ''.join('N' if rank[i] == 'N' else '-' for i in rest2)
    table = {}
    for n, (x, y) in enumerate(itertools.combinations(range(5), 2)):
        table[''.join('N' if k in (x, y) else '-' for k in range(5))] = n
    kn = table[pat]
    left = [rank[i] for i in rest2 if rank[i] != 'N']
    if left != ['R', 'K', 'R']:
        raise ValueError('rook-king-rook order broken')
    return light + 4 * dark + 16 * q + 96 * kn


# ---------------------------------------------------------------- hanoi: iterative simulation (smallest disc cycles)
def _hanoi_table(n=7):
    pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
    cycle = ['A', 'C', 'B'] if n % 2 else ['A', 'B', 'C']

    def state():
        where = {}
        for p, discs in pegs.items():
            for d in discs:
                where[d] = p
        return ''.join(where[d] for d in range(1, n + 1))
    table = {state(): 0}
    small = 0
    for m in range(1, 2 ** n):
        if m % 2 == 1:
            src = cycle[small % 3]
            dst = cycle[(small + 1) % 3]
            pegs[dst].append(pegs[src].pop())
            small += 1
        else:
            others = [p for p in 'ABC' if p != cycle[small % 3]]
            a, b = others
            if pegs[a] and (not pegs[b] or pegs[a][-1] < pegs[b][-1]):
                pegs[b].append(pegs[a].pop())
            else:
                pegs[a].append(pegs[b].pop())
        table[state()] = m
    return table


_HANOI = _hanoi_table()


# ---------------------------------------------------------------- eight queens: filter all permutations
def _queen_list():
    out = []
    for perm in itertools.permutations(range(1, 9)):
        if len({perm[i] + i for i in range(8)}) == 8 and len({perm[i] - i for i in range(8)}) == 8:
            out.append(''.join(map(str, perm)))
    return out


_QUEENS = {s: i + 1 for i, s in enumerate(_queen_list())}


# ---------------------------------------------------------------- bowling: parse and score
def _bowl(line):
    frames = line.split('|')
    if len(frames) != 10:
        raise ValueError('not ten frames')
    rolls = []
    for f in frames:
        prev = 0
        for ch in f:
            if ch == 'X':
                v = 10
            elif ch == '/':
                v = 10 - prev
            elif ch == '-':
                v = 0
            else:
                v = int(ch)
            rolls.append(v)
            prev = 0 if v == 10 and ch == 'X' else (0 if ch == '/' else v)
    score = 0
    i = 0
    for _ in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


# ---------------------------------------------------------------- Plain Bob Major: by places made
def _pbm_table():
    # one lead is x 18 x 18 x 18 x 18 x 18 x 18 x 18 x 12 (16 changes)
    lead = []
    for k in range(16):
        if k % 2 == 0:
            lead.append(())
        elif k == 15:
            lead.append((1, 2))
        else:
            lead.append((1, 8))
    row = '12345678'
    table = {}
    for n in range(1, 113):
        places = lead[(n - 1) % 16]
        out = list(row)
        p = 1
        while p <= 8:
            if p in places:
                p += 1
            else:
                out[p - 1], out[p] = row[p], row[p - 1]
                p += 2
        row = ''.join(out)
        table.setdefault(row, n)
    return table


_PBM = _pbm_table()


# ---------------------------------------------------------------- Pruefer code from edges
def _pruefer(edges):
    adj = {v: set() for v in range(1, 6)}
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    code = []
    for _ in range(3):
        leaf = min(v for v in adj if len(adj[v]) == 1)
        nb = next(iter(adj[leaf]))
        code.append(nb)
        adj[nb].discard(leaf)
        del adj[leaf]
    return (code[0] - 1) * 25 + (code[1] - 1) * 5 + (code[2] - 1)


# ---------------------------------------------------------------- de Bruijn by sorted Lyndon words
def _lyndon(w):
    return all(w < w[i:] + w[:i] for i in range(1, len(w)))


def _db_windows():
    words = []
    for length in (1, 2, 4):
        for t in itertools.product('012', repeat=length):
            w = ''.join(t)
            if _lyndon(w):
                words.append(w)
    s = ''.join(sorted(words)).translate(str.maketrans('012', 'LMH'))
    ring = s + s[:3]
    return {ring[p:p + 4]: p for p in range(len(s))}


_DB = _db_windows()


# ---------------------------------------------------------------- bracket rank by counting
def _paths(remaining_open, balance, length_left):
    # number of ways to finish a prefix
    @__import__('functools').lru_cache(maxsize=None)
    def f(o, b, left):
        if left == 0:
            return 1 if b == 0 and o == 0 else 0
        tot = 0
        if o > 0:
            tot += f(o - 1, b + 1, left - 1)
        if b > 0:
            tot += f(o, b - 1, left - 1)
        return tot
    return f(remaining_open, balance, length_left)


def _bracket_rank(s):
    n = len(s) // 2
    rank, o, b = 0, n, 0
    for i, ch in enumerate(s):
        left = len(s) - i - 1
        if ch == ')':
            if o > 0:
                rank += _paths(o - 1, b + 1, left)
            b -= 1
        else:
            o -= 1
            b += 1
        if b < 0:
            raise ValueError('unbalanced')
    return rank


# ---------------------------------------------------------------- boolean formula counter
_TOK = re.compile(r'\s*(\(|\)|and\b|or\b|not\b|[a-g]\b)')


def _parse(src):
    toks = []
    pos = 0
    src = src.strip()
    while pos < len(src):
        m = _TOK.match(src, pos)
        if not m:
            raise ValueError('bad token at %d' % pos)
        toks.append(m.group(1))
        pos = m.end()
    i = [0]

    def peek():
        return toks[i[0]] if i[0] < len(toks) else None

    def take():
        t = toks[i[0]]
        i[0] += 1
        return t

    def expr():
        node = term()
        while peek() == 'or':
            take()
            node = ('or', node, term())
        return node

    def term():
        node = factor()
        while peek() == 'and':
            take()
            node = ('and', node, factor())
        return node

    def factor():
        t = take()
        if t == 'not':
            return ('not', factor())
        if t == '(':
            node = expr()
            if take() != ')':
                raise ValueError('missing )')
            return node
        if re.fullmatch('[a-g]', t):
            return ('var', t)
        raise ValueError('unexpected %s' % t)
    tree = expr()
    if i[0] != len(toks):
        raise ValueError('trailing tokens')
    return tree


def _eval(node, env):
    k = node[0]
    if k == 'var':
        return env[node[1]]
    if k == 'not':
        return not _eval(node[1], env)
    if k == 'and':
        return _eval(node[1], env) and _eval(node[2], env)
    return _eval(node[1], env) or _eval(node[2], env)


def _count(formula):
    tree = _parse(formula)
    n = 0
    for bits in itertools.product((False, True), repeat=7):
        if _eval(tree, dict(zip('abcdefg', bits))):
            n += 1
    return n


# ---------------------------------------------------------------- XTEA decrypt (own code)
def _xtea_decrypt(data, key):
    kw = [(key[j] << 24) | (key[j + 1] << 16) | (key[j + 2] << 8) | key[j + 3] for j in (0, 4, 8, 12)]
    out = bytearray()
    for off in range(0, len(data), 8):
        y = (data[off] << 24) | (data[off + 1] << 16) | (data[off + 2] << 8) | data[off + 3]
        z = (data[off + 4] << 24) | (data[off + 5] << 16) | (data[off + 6] << 8) | data[off + 7]
        total = (0x9E3779B9 * 32) % (1 << 32)
        for _ in range(32):
            z = (z - ((((y << 4) ^ (y >> 5)) + y) ^ (total + kw[(total >> 11) & 3]))) % (1 << 32)
            total = (total - 0x9E3779B9) % (1 << 32)
            y = (y - ((((z << 4) ^ (z >> 5)) + z) ^ (total + kw[total & 3]))) % (1 << 32)
        for w in (y, z):
            out += bytes([(w >> 24) & 255, (w >> 16) & 255, (w >> 8) & 255, w & 255])
    pad = out[-1]
    if not 1 <= pad <= 8 or out[-pad:] != bytes([pad]) * pad:
        raise ValueError('bad padding')
    return bytes(out[:-pad]).decode('utf-8')


# ---------------------------------------------------------------- mu-law table by segments
def _mulaw_table():
    table = {}
    for byte in range(256):
        u = 255 - byte
        seg = (u % 128) // 16
        q = u % 16
        mag = (2 * q + 33) * (1 << (seg + 2)) - 132
        table.setdefault(mag if u < 128 else -mag, byte)
    return table


_MULAW = _mulaw_table()


# ---------------------------------------------------------------- the decoder
def decode(name, run):
    if name == 'chess960_scharnagl_back_ranks':
        return ''.join(chr(_scharnagl(r)) for r in run.split(' '))
    if name == 'hanoi_seven_disc_move_states':
        return ''.join(chr(_HANOI[g]) for g in run.split(' '))
    if name == 'eight_queens_solution_ranks':
        return ''.join(chr(_QUEENS[g] + 44) for g in run.split(' '))
    if name == 'tenpin_bowling_line_scores':
        return ''.join(chr(_bowl(g)) for g in run.split(' ; '))
    if name == 'plain_bob_major_change_rows':
        return ''.join(chr(_PBM[r] + 44) for r in run.split(' '))
    if name == 'pruefer_five_vertex_trees':
        out = []
        for tree in run.split(' / '):
            edges = [tuple(int(x) for x in e.split('-')) for e in tree.split(' ')]
            out.append(chr(_pruefer(edges)))
        return ''.join(out)
    if name == 'de_bruijn_ternary_windows':
        return ''.join(chr(_DB[w] + 45) for w in run.split(' '))
    if name == 'balanced_bracket_catalan_ranks':
        return ''.join(chr(_bracket_rank(s)) for s in run.split(' '))
    if name == 'continued_fraction_one_rational':
        p, q = (int(x) for x in run.split('/'))
        out = []
        while q:
            out.append(p // q)
            p, q = q, p % q
        return ''.join(chr(a) for a in out)
    if name == 'quadratic_equation_larger_roots':
        out = []
        for eq in run.split('; '):
            m = re.fullmatch(r'x\^2(?: ([+-]) (\d+)x)?(?: ([+-]) (\d+))? = 0', eq)
            b = (int(m.group(2)) * (1 if m.group(1) == '+' else -1)) if m.group(2) else 0
            c = (int(m.group(4)) * (1 if m.group(3) == '+' else -1)) if m.group(4) else 0
            d = b * b - 4 * c
            r = math.isqrt(d)
            if r * r != d:
                raise ValueError('roots not whole')
            out.append(chr((-b + r) // 2))
        return ''.join(out)
    if name == 'integer_matrix_determinants':
        out = []
        for a, b, c, d in re.findall(r'\[\[(-?\d+), (-?\d+)\], \[(-?\d+), (-?\d+)\]\]', run):
            out.append(chr(int(a) * int(d) - int(b) * int(c)))
        return ''.join(out)
    if name == 'lattice_triangle_shoelace_areas':
        out = []
        for tri in run.split(' | '):
            (x1, y1), (x2, y2), (x3, y3) = [(int(a), int(b)) for a, b in re.findall(r'\((-?\d+),(-?\d+)\)', tri)]
            twice = abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2))
            out.append(chr(twice // 2))
        return ''.join(out)
    if name == 'population_variance_groups':
        out = []
        for grp in re.findall(r'\[([^\]]*)\]', run):
            xs = [Fraction(int(v)) for v in grp.split(', ')]
            mean = sum(xs) / len(xs)
            var = sum((x - mean) ** 2 for x in xs) / len(xs)
            if var.denominator != 1:
                raise ValueError('variance not whole')
            out.append(chr(int(var)))
        return ''.join(out)
    if name == 'boolean_formula_model_counts':
        return ''.join(chr(_count(f)) for f in run.split(' ; '))
    if name == 'dct_ii_rounded_coefficients':
        X = [float(v) for v in run.split(' ')]
        n = len(X)
        out = []
        for i in range(n):
            v = X[0] / math.sqrt(n)
            for k in range(1, n):
                v += math.sqrt(2.0 / n) * X[k] * math.cos(math.pi * k * (2 * i + 1) / (2 * n))
            out.append(chr(int(round(v))))
        return ''.join(out)
    if name == 'g711_mulaw_pcm_samples':
        return ''.join(chr(_MULAW[int(s)]) for s in run.split(', '))
    if name == 'nec_infrared_pulse_timings':
        out = []
        for press in run.split(' || '):
            t = press.split(' ')
            if t[:2] != ['+9000', '-4500'] or t[-1] != '+562' or len(t) != 67:
                raise ValueError('not an NEC frame')
            bits = [1 if sp == '-1687' else 0 for sp in t[3:66:2]]
            byts = [sum(bits[8 * j + i] << i for i in range(8)) for j in range(4)]
            if byts[0] ^ byts[1] != 255 or byts[2] ^ byts[3] != 255:
                raise ValueError('inverse bytes do not match')
            out.append(chr(byts[2]))
        return ''.join(out)
    if name == 'xtea_ecb_block_cipher_hex':
        data = bytes(int(run[i:i + 2], 16) for i in range(0, len(run), 2))
        return _xtea_decrypt(data, b'burrandbevel2025')
    if name == 'hsl_hue_of_hex_colours':
        out = []
        for sw in run.split(' '):
            r, g, b = int(sw[1:3], 16), int(sw[3:5], 16), int(sw[5:7], 16)
            mx, mn = max(r, g, b), min(r, g, b)
            d = Fraction(mx - mn)
            if mx == r:
                h = (Fraction(g - b) / d) % 6
            elif mx == g:
                h = Fraction(b - r) / d + 2
            else:
                h = Fraction(r - g) / d + 4
            h *= 60
            out.append(chr(int(math.floor(h + Fraction(1, 2)))))
        return ''.join(out)
    if name == 'xterm256_palette_cube_colours':
        levels = {0: 0, 95: 1, 135: 2, 175: 3, 215: 4, 255: 5}
        out = []
        for r, g, b in re.findall(r'rgb\((\d+), (\d+), (\d+)\)', run):
            out.append(chr(16 + 36 * levels[int(r)] + 6 * levels[int(g)] + levels[int(b)]))
        return ''.join(out)
    if name == 'pt100_probe_resistance_ohms':
        A, B = 3.9083e-3, -5.775e-7
        out = []
        for reading in run.split(', '):
            R = float(reading.split(' ')[0])
            t = (-A + math.sqrt(A * A - 4 * B * (1 - R / 100.0))) / (2 * B)
            out.append(chr(int(round(t))))
        return ''.join(out)
    if name == 'heating_element_ohms_law_readings':
        out = []
        for v, a in re.findall(r'(\d+\.\d\d) V at (\d+\.\d\d) A', run):
            ohms = Fraction(v) / Fraction(a)
            if ohms.denominator != 1:
                raise ValueError('resistance not whole')
            out.append(chr(int(ohms)))
        return ''.join(out)
    raise ValueError(name)
