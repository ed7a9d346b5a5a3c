"""Evasion encoders: ways people disguise a password when they send it (classical ciphers,
transpositions, reordering, keypad / grid coordinates, acrostic steganography)."""
import string

L, U, D = string.ascii_lowercase, string.ascii_uppercase, string.digits


def _shift(c, k, kd=None):
    if c in L: return L[(L.index(c) + k) % 26]
    if c in U: return U[(U.index(c) + k) % 26]
    if c in D: return D[(D.index(c) + (k if kd is None else kd)) % 10]
    return c


def caesar(p, r): return ''.join(_shift(c, 3) for c in p)
def rot13_5(p, r): return ''.join(_shift(c, 13, 5) for c in p)
def rot47(p, r): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)


def atbash(p, r):
    out = []
    for c in p:
        if c in L: out.append(L[25 - L.index(c)])
        elif c in U: out.append(U[25 - U.index(c)])
        elif c in D: out.append(D[9 - int(c)])
        else: out.append(c)
    return ''.join(out)


def _keyed(p, key, f):
    out, i = [], 0
    for c in p:
        if c.isascii() and c.isalpha():
            k = L.index(key[i % len(key)].lower()); i += 1
            base = L if c.islower() else U
            out.append(base[f(base.index(c), k) % 26])
        else:
            out.append(c)
    return ''.join(out)


def vigenere(p, r): return _keyed(p, 'BAKERY', lambda x, k: x + k)
def beaufort(p, r): return _keyed(p, 'GARDEN', lambda x, k: k - x)
def trithemius(p, r): return ''.join(_shift(c, i) for i, c in enumerate(p))


def affine(p, r):
    out = []
    for c in p:
        if c in L: out.append(L[(5 * L.index(c) + 8) % 26])
        elif c in U: out.append(U[(5 * U.index(c) + 8) % 26])
        elif c in D: out.append(D[(3 * int(c) + 7) % 10])
        else: out.append(c)
    return ''.join(out)


KEYED = 'MANGO' + ''.join(x for x in U if x not in 'MANGO')


def keyed_alpha(p, r):
    return ''.join(KEYED[U.index(c)] if c in U else KEYED[L.index(c)].lower() if c in L else c for c in p)


def rail2(p, r): return p[0::2] + ' ' + p[1::2]


def rail3(p, r):
    rails = [[], [], []]
    pat = [0, 1, 2, 1]
    for i, c in enumerate(p):
        rails[pat[i % 4]].append(c)
    return ' '.join(''.join(x) for x in rails)


def columnar4(p, r): return ' '.join(p[j::4] for j in range(4))


def pairswap(p, r):
    s = list(p)
    for i in range(0, len(s) - 1, 2):
        s[i], s[i + 1] = s[i + 1], s[i]
    return ''.join(s)


def rotate5(p, r): return p[5:] + p[:5]


def tagged_shuffle(p, r):
    toks = ['%d=%s' % (i + 1, c) for i, c in enumerate(p)]
    r.shuffle(toks)
    return ' '.join(toks)


def every_other(p, r):
    return ''.join(c + r.choice(L + U + D) for c in p)[:-1]


def riffle(p, r):
    h = (len(p) + 1) // 2
    a, b = p[:h], p[h:]
    return ''.join(a[i] + (b[i] if i < len(b) else '') for i in range(h))


SQUARE = ['abcdef', 'ghijkl', 'mnopqr', 'stuvwx', 'yz0123', '456789']


def polybius(p, r):
    out = []
    for c in p:
        lc = c.lower()
        for i, row in enumerate(SQUARE):
            if lc in row:
                out.append(('^' if c in U else '') + '%d%d' % (i + 1, row.index(lc) + 1))
    return ' '.join(out)


def a1z26(p, r):
    out = []
    for c in p:
        if c in L: out.append(str(L.index(c) + 1))
        elif c in U: out.append(str(U.index(c) + 1) + '*')
        else: out.append('[' + c + ']')
    return '-'.join(out)


KEYPAD = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}


def multitap(p, r):
    out = []
    for c in p:
        if c in D:
            out.append('#' + c); continue
        for k, letters in KEYPAD.items():
            if c.lower() in letters:
                out.append(('^' if c in U else '') + k * (letters.index(c.lower()) + 1))
    return ' '.join(out)


SHOP = {'a': 'apples', 'b': 'bread', 'c': 'carrots', 'd': 'dates', 'e': 'eggs', 'f': 'flour', 'g': 'garlic',
        'h': 'honey', 'i': 'ice cream', 'j': 'jam', 'k': 'kale', 'l': 'lentils', 'm': 'milk', 'n': 'noodles',
        'o': 'oats', 'p': 'pasta', 'q': 'quinoa', 'r': 'rice', 's': 'sugar', 't': 'tea', 'u': 'udon',
        'v': 'vinegar', 'w': 'walnuts', 'x': 'xigua', 'y': 'yoghurt', 'z': 'zucchini'}


def acrostic(p, r):
    lines = []
    for c in p:
        if c in D:
            lines.append('%s x %s' % (c, r.choice(['candles', 'soap bars', 'batteries', 'tins of beans'])))
        else:
            w = SHOP[c.lower()]
            lines.append((w[0].upper() + w[1:]) if c in U else w)
    return '\n'.join(lines)


WORDS = {'a': 'always', 'b': 'bring', 'c': 'cake', 'd': 'down', 'e': 'early', 'f': 'for', 'g': 'grandma',
         'h': 'here', 'i': 'in', 'j': 'just', 'k': 'kitchen', 'l': 'later', 'm': 'my', 'n': 'now', 'o': 'on',
         'p': 'please', 'q': 'quickly', 'r': 'right', 's': 'soon', 't': 'the', 'u': 'up', 'v': 'very',
         'w': 'we', 'x': 'xmas', 'y': 'your', 'z': 'zoo'}


def initials(p, r):
    toks = []
    for c in p:
        if c in D:
            toks.append(c)
        else:
            w = WORDS[c.lower()]
            toks.append(w[0].upper() + w[1:] if c in U else w)
    return ' '.join(toks)


# name -> (encoder, naming phrase, alnum plains only, multi-line)
ENC = {
 'caesar_shift_three_alnum': (caesar, 'shifted three places forward like a Caesar cipher (letters and digits both move on by three, so a becomes d and 8 becomes 1)', False, False),
 'rot13_letters_rot5_digits': (rot13_5, 'in ROT13 for the letters and ROT5 for the digits (apply it again to read it)', False, False),
 'rot47_printable_ascii': (rot47, 'in ROT47 (every printable character rotated by 47 places, run it once more to undo)', False, False),
 'atbash_mirror_alphabet': (atbash, 'in Atbash, the mirrored alphabet (a↔z, b↔y …, and digits d↔9-d)', False, False),
 'vigenere_keyword_bakery': (vigenere, 'with the Vigenère keyword BAKERY (the key only moves on letters; digits and . - _ stay as they are)', False, False),
 'beaufort_keyword_garden': (beaufort, 'with the Beaufort cipher and keyword GARDEN (letter = key minus letter; same step decodes it; digits unchanged)', False, False),
 'trithemius_position_shift': (trithemius, 'with a Trithemius running shift (each character moved forward by its position: first by 0, then 1, 2 …, digits wrap at 10)', False, False),
 'affine_five_eight_letters': (affine, 'with the affine cipher 5x+8 on letters (a=0) and 3x+7 on digits, both modulo their alphabet', False, False),
 'keyword_mango_substitution': (keyed_alpha, 'with a keyword alphabet MANGOBCDEFHIJKLPQRSTUVWXYZ standing for ABCDEFGHIJKLMNOPQRSTUVWXYZ (digits unchanged)', False, False),
 'rail_fence_two_rows': (rail2, 'as a two-row rail fence (the top row, a space, then the bottom row; zigzag them back together)', False, False),
 'rail_fence_three_rows': (rail3, 'as a three-rail fence cipher (the three rails separated by spaces, read the zigzag)', False, False),
 'columnar_grid_four_columns': (columnar4, 'written across a grid four columns wide and read off column by column (columns separated by spaces)', False, False),
 'adjacent_pair_swapped': (pairswap, 'with every pair of neighbouring characters swapped round (1st↔2nd, 3rd↔4th …)', False, False),
 'first_five_moved_to_end': (rotate5, 'with its first five characters moved to the end (take the last five and put them in front)', False, False),
 'numbered_shuffled_characters': (tagged_shuffle, 'as shuffled numbered pieces, position=character (sort them by number)', False, False),
 'every_other_character_junk': (every_other, 'padded with a junk character after each real one (read every other character, starting with the first)', False, False),
 'riffled_halves_interleaved': (riffle, 'riffled like a deck of cards: first-half characters in the odd places, second-half characters in the even places', False, False),
 'polybius_six_square_coordinates': (polybius, 'as row-column numbers in a 6×6 Polybius square (rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789, ^ marks a capital)', True, False),
 'alphabet_position_numbers': (a1z26, 'as alphabet positions (a=1 … z=26, * after a capital, digits in square brackets, joined by dashes)', True, False),
 'phone_keypad_multitap': (multitap, 'as old phone keypad presses (multi-tap: 2=abc, 22=b, 7777=s …; ^ before a capital, # before a plain digit)', True, False),
 'acrostic_shopping_list': (acrostic, 'hidden as a shopping list: the first character of each line, top to bottom, spells it (capitals count)', True, True),
 'word_initials_message': (initials, 'hidden in a silly sentence: take the first character of each word (capitals count, numbers are themselves)', True, False),
}
