"""Independent decoders for the evasion encodings (own tables, parse the visible notation)."""
import re

LOW = 'abcdefghijklmnopqrstuvwxyz'
UPP = LOW.upper()
DIG = '0123456789'


def _back(c, k, kd=None):
    for alpha, m, kk in ((LOW, 26, k), (UPP, 26, k), (DIG, 10, k if kd is None else kd)):
        if c in alpha:
            return alpha[(alpha.index(c) - kk) % m]
    return c


def d_caesar(s): return ''.join(_back(c, 3) for c in s)
def d_rot(s): return ''.join(_back(c, 13, 5) for c in s)
def d_rot47(s): return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) for c in s)


def d_atbash(s):
    m = dict(zip(LOW + UPP + DIG, LOW[::-1] + UPP[::-1] + DIG[::-1]))
    return ''.join(m.get(c, c) for c in s)


def _dk(s, key, inv):
    out, i = [], 0
    for c in s:
        if c in LOW or c in UPP:
            a = LOW if c in LOW else UPP
            k = ord(key[i % len(key)]) - 65; i += 1
            out.append(a[inv(a.index(c), k) % 26])
        else:
            out.append(c)
    return ''.join(out)


def d_vig(s): return _dk(s, 'BAKERY', lambda y, k: y - k)
def d_beau(s): return _dk(s, 'GARDEN', lambda y, k: k - y)
def d_trith(s): return ''.join(_back(c, i) for i, c in enumerate(s))


def d_affine(s):
    inv26 = [x for x in range(26) if 5 * x % 26 == 1][0]
    inv10 = [x for x in range(10) if 3 * x % 10 == 1][0]
    out = []
    for c in s:
        if c in LOW: out.append(LOW[inv26 * (LOW.index(c) - 8) % 26])
        elif c in UPP: out.append(UPP[inv26 * (UPP.index(c) - 8) % 26])
        elif c in DIG: out.append(DIG[inv10 * (int(c) - 7) % 10])
        else: out.append(c)
    return ''.join(out)


def d_keyed(s):
    alpha = []
    for ch in 'MANGO' + UPP:
        if ch not in alpha: alpha.append(ch)
    inv = {c: UPP[i] for i, c in enumerate(alpha)}
    return ''.join(inv[c] if c in UPP else inv[c.upper()].lower() if c in LOW else c for c in s)


def d_rail2(s):
    m = re.fullmatch(r'(\S+) (\S+)', s); a, b = m.group(1), m.group(2)
    assert len(a) - len(b) in (0, 1)
    return ''.join(a[i] + (b[i] if i < len(b) else '') for i in range(len(a)))


def d_rail3(s):
    rails = s.split(' '); assert len(rails) == 3
    n = sum(map(len, rails))
    order = [[0, 1, 2, 1][i % 4] for i in range(n)]
    its = [iter(x) for x in rails]
    out = ''.join(next(its[k]) for k in order)
    assert all(next(it, None) is None for it in its)
    return out


def d_col4(s):
    cols = s.split(' '); assert len(cols) == 4
    n = sum(map(len, cols))
    return ''.join(cols[i % 4][i // 4] for i in range(n))


def d_pairs(s):
    out = ''
    for i in range(0, len(s) - 1, 2):
        out += s[i + 1] + s[i]
    return out + (s[-1] if len(s) % 2 else '')


def d_rot5(s): return s[-5:] + s[:-5]


def d_tagged(s):
    pairs = [re.fullmatch(r'(\d+)=(.)', t).groups() for t in s.split(' ')]
    pairs.sort(key=lambda x: int(x[0]))
    assert [int(a) for a, _ in pairs] == list(range(1, len(pairs) + 1))
    return ''.join(c for _, c in pairs)


def d_every(s): return s[::2]


def d_riffle(s): return s[0::2] + s[1::2]


def d_poly(s):
    grid = 'abcdef ghijkl mnopqr stuvwx yz0123 456789'.split()
    out = []
    for t in s.split(' '):
        m = re.fullmatch(r'(\^?)([1-6])([1-6])', t)
        c = grid[int(m.group(2)) - 1][int(m.group(3)) - 1]
        out.append(c.upper() if m.group(1) else c)
    return ''.join(out)


def d_a1z26(s):
    out = []
    for t in s.split('-'):
        m = re.fullmatch(r'\[(\d)\]|(\d+)(\*?)', t)
        if m.group(1): out.append(m.group(1))
        else:
            c = chr(96 + int(m.group(2))); out.append(c.upper() if m.group(3) else c)
    return ''.join(out)


def d_multitap(s):
    pad = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
    out = []
    for t in s.split(' '):
        if t.startswith('#'):
            assert len(t) == 2 and t[1].isdigit(); out.append(t[1]); continue
        cap = t.startswith('^'); t = t.lstrip('^')
        assert len(set(t)) == 1
        c = pad[t[0]][len(t) - 1]
        out.append(c.upper() if cap else c)
    return ''.join(out)


def d_firstchar_lines(s): return ''.join(line[0] for line in s.split('\n'))
def d_firstchar_words(s): return ''.join(w[0] for w in s.split(' '))


DEC = {
 'caesar_shift_three_alnum': d_caesar, 'rot13_letters_rot5_digits': d_rot, 'rot47_printable_ascii': d_rot47,
 'atbash_mirror_alphabet': d_atbash, 'vigenere_keyword_bakery': d_vig, 'beaufort_keyword_garden': d_beau,
 'trithemius_position_shift': d_trith, 'affine_five_eight_letters': d_affine, 'keyword_mango_substitution': d_keyed,
 'rail_fence_two_rows': d_rail2, 'rail_fence_three_rows': d_rail3, 'columnar_grid_four_columns': d_col4,
 'adjacent_pair_swapped': d_pairs, 'first_five_moved_to_end': d_rot5, 'numbered_shuffled_characters': d_tagged,
 'every_other_character_junk': d_every, 'riffled_halves_interleaved': d_riffle,
 'polybius_six_square_coordinates': d_poly, 'alphabet_position_numbers': d_a1z26,
 'phone_keypad_multitap': d_multitap, 'acrostic_shopping_list': d_firstchar_lines, 'word_initials_message': d_firstchar_words,
}

# hand-worked known answers (plain 'Hi7')
SELF_TESTS = [
 ('caesar_shift_three_alnum', 'Kl0'), ('rot13_letters_rot5_digits', 'Uv2'), ('rot47_printable_ascii', 'w:f'),
 ('atbash_mirror_alphabet', 'Sr2'), ('vigenere_keyword_bakery', 'Ii7'), ('beaufort_keyword_garden', 'Zs7'),
 ('trithemius_position_shift', 'Hj9'), ('affine_five_eight_letters', 'Rw8'), ('keyword_mango_substitution', 'De7'),
 ('rail_fence_two_rows', 'H7 i'), ('rail_fence_three_rows', 'H i 7'), ('columnar_grid_four_columns', 'H i 7 '.rstrip() + ' '),
 ('adjacent_pair_swapped', 'iH7'), ('first_five_moved_to_end', 'Hi7'), ('numbered_shuffled_characters', '3=7 1=H 2=i'),
 ('every_other_character_junk', 'HxiQ7'), ('riffled_halves_interleaved', 'H7i'),
 ('polybius_six_square_coordinates', '^22 23 64'), ('alphabet_position_numbers', '8*-9-[7]'),
 ('phone_keypad_multitap', '^44 444 #7'), ('acrostic_shopping_list', 'Honey\nice cream\n7 x soap bars'),
 ('word_initials_message', 'Here in 7'),
]
