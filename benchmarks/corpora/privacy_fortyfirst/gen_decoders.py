"""Decoders, written separately from the encoders. Each DEC[name](before, encoded) -> plain.
They read every key / width / primer back out of the text *before* the span."""
import re

SYM = ''.join(chr(c) for c in range(65, 91)) + ''.join(chr(c) for c in range(97, 123)) + '0123456789' + '._-'
M = 65
RESIDUES = ['Ala', 'Arg', 'Asn', 'Asp', 'Cys', 'Gln', 'Glu', 'Gly', 'His', 'Ile', 'Leu', 'Lys', 'Met', 'Phe', 'Pro',
            'Ser', 'Thr', 'Trp', 'Tyr', 'Val']
PERIODIC = ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y '
            'Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re '
            'Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu')
COLOURS = {'black': 0, 'brown': 1, 'red': 2, 'orange': 3, 'yellow': 4, 'green': 5, 'blue': 6, 'violet': 7, 'grey': 8, 'white': 9}


def v(c): return SYM.find(c)


def d_hill(b, e):
    a, bb, c, d = map(int, re.findall(r'key matrix \[\[(\d+), (\d+)\], \[(\d+), (\d+)\]\]', b)[-1])
    inv = pow((a * d - bb * c) % M, -1, M)
    ia, ib, ic, id_ = (d * inv) % M, (-bb * inv) % M, (-c * inv) % M, (a * inv) % M
    out = []
    for i in range(0, len(e), 2):
        x, y = v(e[i]), v(e[i + 1])
        out.append(SYM[(ia * x + ib * y) % M] + SYM[(ic * x + id_ * y) % M])
    return ''.join(out)


def d_autokey(b, e):
    key = list(re.findall(r'the primer ([A-Z]+) followed', b)[-1])
    out = ''
    for i, ch in enumerate(e):
        p = SYM[(v(ch) - v(key[i])) % M]
        out += p; key.append(p)
    return out


def d_porta(b, e):
    kw = re.findall(r'Porta cipher, keyword ([A-Z]+)', b)[-1]
    out, k = '', 0
    for ch in e:
        if ('A' <= ch <= 'Z') or ('a' <= ch <= 'z'):
            s = (ord(kw[k % len(kw)]) - ord('A')) // 2; k += 1
            base = 'A' if ch <= 'Z' else 'a'
            y = ord(ch) - ord(base)
            x = (y - 13 - s) % 13 if y >= 13 else ((y + s) % 13) + 13   # reciprocal table read the other way
            out += chr(ord(base) + x)
        else:
            out += ch
    return out


def d_gronsfeld(b, e):
    key = re.findall(r'digit key (\d+) repeated', b)[-1]
    return ''.join(SYM[(v(ch) - int(key[i % len(key)])) % M] for i, ch in enumerate(e))


def d_running(b, e):
    k = re.findall(r'from the sentence "([^"]+)"', b)[-1].replace(' ', '')
    return ''.join(SYM[(v(ch) - v(k[i % len(k)])) % M] for i, ch in enumerate(e))


def d_alt(b, e):
    a, bk = map(int, re.findall(r'moved forward (\d+) places, 2nd, 4th … moved back (\d+) places', b)[-1])
    return ''.join(SYM[(v(ch) - a) % M] if i % 2 == 0 else SYM[(v(ch) + bk) % M] for i, ch in enumerate(e))


def _order_spiral(h, w):
    seen, order = set(), []
    r = c = 0; dr, dc = 0, 1
    for _ in range(h * w):
        order.append((r, c)); seen.add((r, c))
        nr, nc = r + dr, c + dc
        if not (0 <= nr < h and 0 <= nc < w) or (nr, nc) in seen:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return order


def d_spiral(b, e):
    w = int(re.findall(r'into a grid (\d+) wide', b)[-1]); h = len(e) // w
    g = {}
    for ch, pos in zip(e, _order_spiral(h, w)): g[pos] = ch
    return ''.join(g[(r, c)] for r in range(h) for c in range(w)).rstrip('~')


def d_boustro(b, e):
    return ''.join(row if i % 2 == 0 else row[::-1] for i, row in enumerate(e.split('/')))


def d_antidiag(b, e):
    w = int(re.findall(r'into a grid (\d+) wide', b)[-1]); h = len(e) // w
    order = sorted(((r, c) for r in range(h) for c in range(w)), key=lambda t: (t[0] + t[1], t[0]))
    g = dict(zip(order, e))
    return ''.join(g[(r, c)] for r in range(h) for c in range(w)).rstrip('~')


def d_fives(b, e): return ''.join(x[::-1] for x in e.split(' '))


def d_blockrot(b, e):
    out = ''
    for n, blk in enumerate(e.split(':')):
        k = n % len(blk)
        out += blk[len(blk) - k:] + blk[:len(blk) - k]
    return out


def _from_bases(s, table, high_first):
    data = bytearray()
    for i in range(0, len(s), 4):
        q = [table[c] for c in s[i:i + 4]]
        if not high_first: q.reverse()
        data.append(q[0] * 64 + q[1] * 16 + q[2] * 4 + q[3])
    return data.decode('ascii')


def d_dna(b, e): return _from_bases(e, {'A': 0, 'C': 1, 'G': 2, 'T': 3}, True)


def d_dnarc(b, e):
    pair = {'A': 'T', 'C': 'G', 'G': 'C', 'T': 'A'}
    return d_dna(b, ''.join(pair[c] for c in e[::-1]))


def d_rna(b, e): return _from_bases(e, {'A': 0, 'C': 1, 'G': 2, 'U': 3}, False)


def d_amino(b, e):
    out = ''
    for tok in e.split(' '):
        x, y = tok.split('-')
        out += SYM[RESIDUES.index(x) * 20 + RESIDUES.index(y)]
    return out


def d_elements(b, e):
    sy = PERIODIC.split()
    return ''.join(chr(sy.index(t) + 1 + 32) for t in e.split(' '))


def d_resistor(b, e):
    return ''.join(chr(int(''.join(str(COLOURS[x]) for x in ch.split('-')))) for ch in e.split(' / '))


def d_plate(b, e):
    return ''.join(SYM[(ord(t[0]) - ord('A')) * 12 + int(t[1:]) - 1] for t in e.split(' '))


def _isprime(n): return n > 1 and all(n % q for q in range(2, int(n ** 0.5) + 1))


def d_prime(b, e): return ''.join(ch for i, ch in enumerate(e, 1) if _isprime(i))


def d_stutter(b, e):
    assert all(e[i] == e[i + 1] for i in range(0, len(e), 2))
    return e[::2]


def d_wordfinal(b, e): return ''.join(w[-1] for w in e.split(' '))


def d_tilde(b, e): return ''.join(e[i - 1] for i in range(len(e)) if e[i] == '~')


DEC = {
 'hill_two_by_two_mod65': d_hill, 'autokey_primer_mod65': d_autokey, 'porta_reciprocal_keyword': d_porta,
 'gronsfeld_digit_key_mod65': d_gronsfeld, 'running_key_quoted_sentence': d_running, 'alternating_double_shift': d_alt,
 'clockwise_spiral_grid': d_spiral, 'boustrophedon_slash_rows': d_boustro, 'antidiagonal_grid_readout': d_antidiag,
 'reversed_five_blocks': d_fives, 'progressive_block_rotation': d_blockrot, 'dna_two_bit_msb_bases': d_dna,
 'dna_reverse_complement_bases': d_dnarc, 'rna_two_bit_lsb_bases': d_rna, 'amino_acid_residue_pairs': d_amino,
 'element_symbols_code_minus_32': d_elements, 'resistor_colour_band_digits': d_resistor, 'microplate_well_positions': d_plate,
 'prime_position_characters': d_prime, 'stuttered_double_characters': d_stutter, 'word_final_characters_sentence': d_wordfinal,
 'tilde_marked_characters': d_tilde,
}
