"""Encoders. Each ENC[name](plain, rng) -> (naming phrase, encoded string). Phrases state every parameter."""
import string
AL = string.ascii_uppercase + string.ascii_lowercase + string.digits + '._-'   # 65 symbols, A=0 ... -=64
N = len(AL)
ALDESC = 'the 65-symbol alphabet A–Z a–z 0–9 . _ - (A=0 … -=64)'
RES = 'Ala Arg Asn Asp Cys Gln Glu Gly His Ile Leu Lys Met Phe Pro Ser Thr Trp Tyr Val'.split()
ELEM = ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr '
        'Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir '
        'Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu').split()
COL = 'black brown red orange yellow green blue violet grey white'.split()
SENT = 'Observations at the ridge station began before dawn and continued through the storm'
STEMS = ['mor', 'tal', 'vek', 'sun', 'pri', 'dol', 'bax', 'ren', 'kiv', 'lum']


def _ix(c): return AL.index(c)


def hill(p, r):
    while True:
        a, b, c, d = (r.randrange(1, N) for _ in range(4))
        det = (a * d - b * c) % N
        if det % 5 and det % 13:
            break
    out = ''
    for i in range(0, len(p), 2):
        x, y = _ix(p[i]), _ix(p[i + 1])
        out += AL[(a * x + b * y) % N] + AL[(c * x + d * y) % N]
    return 'with a Hill cipher, key matrix [[%d, %d], [%d, %d]] acting on character pairs (column vectors) over %s' % (a, b, c, d, ALDESC), out


def autokey(p, r):
    primer = r.choice(['FJORD', 'LICHEN', 'QUASAR', 'BASALT', 'PLANKTON'])
    key = primer + p
    return ('with an autokey cipher over %s: the key is the primer %s followed by the plaintext itself, each symbol shifted forward by its key symbol' % (ALDESC, primer),
            ''.join(AL[(_ix(ch) + _ix(key[i])) % N] for i, ch in enumerate(p)))


def porta(p, r):
    kw = r.choice(['ISOTOPE', 'NEBULA', 'ENZYME', 'GLACIER'])
    out, k = '', 0
    for ch in p:
        if ch.isalpha():
            s = (ord(kw[k % len(kw)]) - 65) // 2; k += 1
            up = ch.isupper(); x = ord(ch.upper()) - 65
            y = ((x + s) % 13) + 13 if x < 13 else (x - 13 - s) % 13
            out += chr(65 + y) if up else chr(97 + y)
        else:
            out += ch
    return 'with the Porta cipher, keyword %s (key advances on letters only, case kept, digits and . _ - unchanged; the same step decodes)' % kw, out


def gronsfeld(p, r):
    key = ''.join(r.choice('123456789') for _ in range(5))
    return ('with a Gronsfeld cipher, digit key %s repeated, each symbol moved forward that many places in %s' % (key, ALDESC),
            ''.join(AL[(_ix(ch) + int(key[i % 5])) % N] for i, ch in enumerate(p)))


def running(p, r):
    k = SENT.replace(' ', '')
    return ('with a running key taken from the sentence "%s" (spaces dropped, symbol values in %s), added to each symbol' % (SENT, ALDESC),
            ''.join(AL[(_ix(ch) + _ix(k[i % len(k)])) % N] for i, ch in enumerate(p)))


def alternating(p, r):
    a, b = r.randint(3, 30), r.randint(3, 30)
    return ('with alternating shifts in %s: 1st, 3rd, 5th … symbol moved forward %d places, 2nd, 4th … moved back %d places' % (ALDESC, a, b),
            ''.join(AL[(_ix(ch) + (a if i % 2 == 0 else -b)) % N] for i, ch in enumerate(p)))


def _grid(p, w):
    h = -(-len(p) // w)
    s = p + '~' * (w * h - len(p))
    return [list(s[i * w:(i + 1) * w]) for i in range(h)], h


def spiral(p, r):
    w = r.choice([5, 6, 7])
    g, h = _grid(p, w)
    out, top, bot, left, right = '', 0, h - 1, 0, w - 1
    while top <= bot and left <= right:
        for c in range(left, right + 1): out += g[top][c]
        top += 1
        for rr in range(top, bot + 1): out += g[rr][right]
        right -= 1
        if top <= bot:
            for c in range(right, left - 1, -1): out += g[bot][c]
            bot -= 1
        if left <= right:
            for rr in range(bot, top - 1, -1): out += g[rr][left]
            left += 1
    return 'written row by row into a grid %d wide (~ fills empty cells) and read in a clockwise spiral from the top-left corner' % w, out


def boustro(p, r):
    w = r.choice([5, 6, 8])
    rows = [p[i:i + w] for i in range(0, len(p), w)]
    return ('written boustrophedon in rows of %d, every second row right-to-left, rows separated by /' % w,
            '/'.join(row if i % 2 == 0 else row[::-1] for i, row in enumerate(rows)))


def antidiag(p, r):
    w = r.choice([4, 5, 6])
    g, h = _grid(p, w)
    out = ''
    for s in range(h + w - 1):
        for rr in range(h):
            c = s - rr
            if 0 <= c < w: out += g[rr][c]
    return 'written row by row into a grid %d wide (~ pads the last row) and read along the anti-diagonals, each from top to bottom, starting at the top-left' % w, out


def fives(p, r):
    return 'cut into blocks of five with each block written backwards, blocks separated by spaces', ' '.join(p[i:i + 5][::-1] for i in range(0, len(p), 5))


def blockrot(p, r):
    out = []
    for bi, i in enumerate(range(0, len(p), 4)):
        b = p[i:i + 4]; k = bi % len(b)
        out.append(b[k:] + b[:k])
    return 'cut into blocks of four separated by colons, block n (counting from 0) rotated left by n places (mod its length)', ':'.join(out)


def _bases(bs, letters, msb):
    out = ''
    for byte in bs:
        pairs = [(byte >> s) & 3 for s in (6, 4, 2, 0)]
        if not msb: pairs = pairs[::-1]
        out += ''.join(letters[q] for q in pairs)
    return out


def dna(p, r):
    return 'as a DNA string, two bits per base (A=00 C=01 G=10 T=11), four bases per ASCII byte, high bits first', _bases(p.encode(), 'ACGT', True)


def dnarc(p, r):
    s = _bases(p.encode(), 'ACGT', True)
    comp = {'A': 'T', 'T': 'A', 'C': 'G', 'G': 'C'}
    return ('as the reverse complement of its DNA encoding (A=00 C=01 G=10 T=11, four bases per ASCII byte, high bits first); reverse-complement it back first',
            ''.join(comp[c] for c in reversed(s)))


def rna(p, r):
    return 'as an RNA string, two bits per base (A=00 C=01 G=10 U=11), four bases per ASCII byte, LOW bits first', _bases(p.encode(), 'ACGU', False)


def amino(p, r):
    return ('as amino-acid residue pairs: symbol index in %s = 20 × first + second, residues numbered 0–19 in the order %s' % (ALDESC, ' '.join(RES)),
            ' '.join(RES[_ix(c) // 20] + '-' + RES[_ix(c) % 20] for c in p))


def elements(p, r):
    return 'as chemical element symbols, atomic number = ASCII code minus 32, space-separated', ' '.join(ELEM[ord(c) - 33] for c in p)


def resistor(p, r):
    return ('as resistor colour bands: each character is its three-digit decimal ASCII code, one colour per digit (black 0 … white 9), characters separated by " / "',
            ' / '.join('-'.join(COL[int(d)] for d in '%03d' % ord(c)) for c in p))


def plate(p, r):
    return 'as 96-well plate positions: well A1 = symbol 0 of %s, filled row by row, twelve wells per row' % ALDESC, ' '.join('ABCDEFGH'[_ix(c) // 12] + str(_ix(c) % 12 + 1) for c in p)


def _primes(n):
    ps, k = [], 2
    while len(ps) < n:
        if all(k % q for q in ps if q * q <= k): ps.append(k)
        k += 1
    return ps


def primepos(p, r):
    ps = _primes(len(p)); L = ps[-1]
    s = [r.choice(AL) for _ in range(L)]
    for c, q in zip(p, ps): s[q - 1] = c
    return 'hidden in a longer string: only the characters at prime positions (2nd, 3rd, 5th, 7th, 11th …, counting from 1) belong to it', ''.join(s)


def stutter(p, r):
    return 'with every character typed twice in a row (keep one of each pair)', ''.join(c + c for c in p)


def wordfinal(p, r):
    return 'hidden in a nonsense line: the last character of each word spells it', ' '.join(r.choice(STEMS) + c for c in p)


def tilde(p, r):
    out = ''
    for c in p:
        out += ''.join(r.choice(AL) for _ in range(r.randint(0, 2))) + c + '~'
    return 'mixed with noise: the real characters are exactly the ones directly in front of a tilde (~)', out


ENC = {
 'hill_two_by_two_mod65': hill, 'autokey_primer_mod65': autokey, 'porta_reciprocal_keyword': porta,
 'gronsfeld_digit_key_mod65': gronsfeld, 'running_key_quoted_sentence': running, 'alternating_double_shift': alternating,
 'clockwise_spiral_grid': spiral, 'boustrophedon_slash_rows': boustro, 'antidiagonal_grid_readout': antidiag,
 'reversed_five_blocks': fives, 'progressive_block_rotation': blockrot, 'dna_two_bit_msb_bases': dna,
 'dna_reverse_complement_bases': dnarc, 'rna_two_bit_lsb_bases': rna, 'amino_acid_residue_pairs': amino,
 'element_symbols_code_minus_32': elements, 'resistor_colour_band_digits': resistor, 'microplate_well_positions': plate,
 'prime_position_characters': primepos, 'stuttered_double_characters': stutter, 'word_final_characters_sentence': wordfinal,
 'tilde_marked_characters': tilde,
}
