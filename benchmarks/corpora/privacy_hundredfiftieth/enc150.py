"""Encoders for the 22 p150 evasion notations. Each: (rule text, fn(plain, rng) -> run)."""
import base64

CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
NATO = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo',
        'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform',
        'victor', 'whiskey', 'xray', 'yankee', 'zulu']
DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
SYM = {'-': 'dash', '_': 'underscore', '.': 'stop'}
ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def _z85(b):
    out = []
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], 'big')
        grp = []
        for _ in range(5):
            grp.append(Z85[n % 85]); n //= 85
        out.append(''.join(reversed(grp)))
    return ''.join(out)


def _qwerty(c):
    lo = c.lower()
    for row in ROWS:
        if lo in row:
            n = row[(row.index(lo) + 1) % len(row)]
            return n.upper() if c.isupper() else n
    return c


def _rot(c):
    if 'a' <= c <= 'z':
        return chr((ord(c) - 97 + 13) % 26 + 97)
    if 'A' <= c <= 'Z':
        return chr((ord(c) - 65 + 13) % 26 + 65)
    if c.isdigit():
        return str((int(c) + 5) % 10)
    return c


def _b36(n):
    a = '0123456789abcdefghijklmnopqrstuvwxyz'
    return a[n // 36] + a[n % 36]


def _b5(n):
    d = []
    for _ in range(4):
        d.append(str(n % 5)); n //= 5
    return ''.join(reversed(d))


def _cols(p):
    return '|'.join(p[c::4] for c in range(4))


def _swap(p):
    out = []
    for i in range(0, len(p) - 1, 2):
        out.append(p[i + 1] + p[i])
    if len(p) % 2:
        out.append(p[-1])
    return ''.join(out)


def _frame(cp, rng):
    br = rng.randint(14, 24)
    return f'{cp - br}\u25a1{br}'


E = {
    'diopter_sphere_quarter_steps': ('as sphere powers in dioptres, one per character, where the power times four is the code point, written +NN.NND and separated by spaces',
        lambda p, r: ' '.join(f'+{ord(c) / 4:.2f}D' for c in p)),
    'snellen_denominator_code_points': ('as Snellen fractions 20/NNN, one per character, where the denominator is the code point, separated by ", "',
        lambda p, r: ', '.join(f'20/{ord(c)}' for c in p)),
    'cylinder_axis_offset_forty': ('as cylinder axes xNNN, one per character, where the axis minus 40 is the code point, separated by spaces',
        lambda p, r: ' '.join(f'x{ord(c) + 40:03d}' for c in p)),
    'base_curve_tenths_of_millimetre': ('as base curves BCn.n, one per character, where the radius in tenths of a millimetre is the code point, separated by " ; "',
        lambda p, r: ' ; '.join(f'BC{ord(c) // 10}.{ord(c) % 10}' for c in p)),
    'prism_dioptres_with_base_direction': ('as prism values n.n\u0394 followed by a base direction BU or BD, one per character, where the prism in tenths is the code point (the base direction means nothing), separated by spaces',
        lambda p, r: ' '.join(f'{ord(c) // 10}.{ord(c) % 10}\u0394{r.choice(["BU", "BD"])}' for c in p)),
    'frame_eye_plus_bridge_size': ('as frame sizes eye\u25a1bridge, one per character, where eye size plus bridge size is the code point, separated by spaces',
        lambda p, r: ' '.join(_frame(ord(c), r) for c in p)),
    'crockford_base32_unpadded': ('in Crockford Base32 (alphabet 0-9 A-H J K M N P-T V-Z) of the UTF-8 bytes, no padding',
        lambda p, r: base64.b32encode(p.encode()).decode().rstrip('=').translate(str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', CROCK))),
    'ascii85_adobe_delimited': ('in Adobe Ascii85 of the UTF-8 bytes, between <~ and ~>',
        lambda p, r: base64.a85encode(p.encode(), adobe=True).decode()),
    'z85_space_padded': ('in Z85 (the ZeroMQ Base85 alphabet) of the UTF-8 bytes padded with trailing spaces to a multiple of four; drop the trailing spaces after decoding',
        lambda p, r: _z85((p + ' ' * (-len(p) % 4)).encode())),
    'gray_code_byte_bits': ('as reflected Gray codes: every UTF-8 byte b written as the eight bits of b XOR (b >> 1), groups separated by spaces',
        lambda p, r: ' '.join(format(b ^ (b >> 1), '08b') for b in p.encode())),
    'braille_cells_per_byte': ('as Braille pattern cells, one per UTF-8 byte, where the cell minus U+2800 is the byte value',
        lambda p, r: ''.join(chr(0x2800 + b) for b in p.encode())),
    'nato_words_upper_for_capitals': ('spelled with NATO words (alfa ... zulu), a word in capitals for a capital letter, digits as English words zero-nine, - as dash, _ as underscore, . as stop, separated by spaces',
        lambda p, r: ' '.join(NATO[ord(c.lower()) - 97].upper() if c.isupper() else NATO[ord(c) - 97] if c.islower() else DIG[int(c)] if c.isdigit() else SYM[c] for c in p)),
    'whole_string_backwards': ('written backwards, last character first',
        lambda p, r: p[::-1]),
    'qwerty_row_right_neighbour': ('with every letter and digit replaced by the key to its right on a QWERTY keyboard, wrapping within the row (p->q, l->a, m->z, 0->1), case kept, - _ . unchanged',
        lambda p, r: ''.join(_qwerty(c) for c in p)),
    'ones_complement_hex_dotted': ("as the ones' complement of every UTF-8 byte (255 minus the byte) in two lower-case hex digits, joined by dots",
        lambda p, r: '.'.join(f'{255 - b:02x}' for b in p.encode())),
    'rot13_letters_rot5_digits': ('with ROT13 on letters and ROT5 on digits, - _ . unchanged',
        lambda p, r: ''.join(_rot(c) for c in p)),
    'tilde_after_every_character': ('with a ~ after every character; delete all ~',
        lambda p, r: ''.join(c + '~' for c in p)),
    'four_column_transposition_piped': ('as a four-column transposition: the characters written in rows of four, then read column by column, the four columns separated by |',
        lambda p, r: _cols(p)),
    'html_decimal_character_references': ('as HTML decimal character references &#N; one per character',
        lambda p, r: ''.join(f'&#{ord(c)};' for c in p)),
    'adjacent_pairs_swapped': ('with every pair of neighbouring characters swapped (1st<->2nd, 3rd<->4th ...), a lone last character left in place',
        lambda p, r: _swap(p)),
    'base36_two_digit_code_points': ('as code points in base 36 (0-9 then a-z), two digits per character, separated by spaces',
        lambda p, r: ' '.join(_b36(ord(c)) for c in p)),
    'quinary_four_digit_groups': ('in base 5, four digits (0-4) per code point, groups separated by /',
        lambda p, r: '/'.join(_b5(ord(c)) for c in p)),
}
