import base64
ALPH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-'
MORSE = dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-', '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. ..--.- .-.-.- -....-'.split()))
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
def rot18(s):
    o = ''
    for c in s:
        if c.islower(): o += chr((ord(c) - 97 + 13) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 65 + 13) % 26 + 65)
        elif c.isdigit(): o += str((int(c) + 5) % 10)
        else: o += c
    return o
def morse(s):
    return ' / '.join(('^' if c.isupper() else '') + MORSE[c.upper()] for c in s)
def rail3(s):
    rails = [[], [], []]; pat = [0, 1, 2, 1]
    for i, c in enumerate(s): rails[pat[i % 4]].append(c)
    return ''.join(''.join(x) for x in rails)
def affine(s):
    o = ''
    for c in s:
        if c.islower(): o += chr((5 * (ord(c) - 97) + 8) % 26 + 97)
        elif c.isupper(): o += chr((5 * (ord(c) - 65) + 8) % 26 + 65)
        else: o += c
    return o
def polybius(s):  # 9 columns x 8 rows grid over ALPH (65 chars)
    return ' '.join(f'{ALPH.index(c) // 9 + 1}{ALPH.index(c) % 9 + 1}' for c in s)
def bacon(s):
    return ' '.join(format(ord(c), '07b').replace('0', 'A').replace('1', 'B') for c in s)
def pairswap(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2): l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)
def base62(s):
    n = int.from_bytes(s.encode(), 'big'); o = ''
    while n: n, d = divmod(n, 62); o = B62[d] + o
    return o
E = {
 'rot13_letters_rot5_digits': rot18,
 'base64_standard_padded_utf8': lambda s: base64.b64encode(s.encode()).decode(),
 'base64url_without_padding': lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip('='),
 'octal_backslash_escapes': lambda s: ''.join('\\%03o' % b for b in s.encode()),
 'json_unicode_u4_escapes': lambda s: ''.join('\\u%04x' % ord(c) for c in s),
 'decimal_bytes_dot_joined': lambda s: '.'.join(str(b) for b in s.encode()),
 'utf16le_hex_stream': lambda s: s.encode('utf-16-le').hex(),
 'morse_with_caret_capitals': morse,
 'rail_fence_three_rails': rail3,
 'affine_cipher_a5_b8_letters': affine,
 'hymn_board_numbers_plus_two_hundred': lambda s: ' '.join(str(ord(c) + 200) for c in s),
 'psalm_chapter_verse_references': lambda s: '; '.join(f'Ps {ord(c) // 10}:{ord(c) % 10 + 1}' for c in s),
 'pew_row_letter_seat_number': lambda s: ' '.join(f'{chr(65 + ord(c) // 16)}{ord(c) % 16 + 1}' for c in s),
 'polybius_grid_nine_columns': polybius,
 'baconian_ab_seven_bit': bacon,
 'adjacent_pairs_swapped': pairswap,
 'pipe_separated_characters': lambda s: ' | '.join(s),
 'backslash_x_escaped_bytes': lambda s: ''.join('\\x%02x' % b for b in s.encode()),
 'base62_big_endian_integer': base62,
 'offering_envelope_cents': lambda s: ' '.join(f'${ord(c) // 100}.{ord(c) % 100:02d}' for c in s),
 'css_hex_escapes_trailing_space': lambda s: ''.join('\\%x ' % ord(c) for c in s).rstrip(),
 'utf8_hex_uppercase_unseparated': lambda s: s.encode().hex().upper(),
}
RULE = {
 'rot13_letters_rot5_digits': 'in ROT13 for letters (case kept) and ROT5 for digits (d becomes d+5 mod 10); _ . - unchanged',
 'base64_standard_padded_utf8': 'in standard Base64 (A-Z a-z 0-9 + /, = padding) of the UTF-8 bytes',
 'base64url_without_padding': 'in URL-safe Base64 (- and _ instead of + and /) of the UTF-8 bytes, padding removed',
 'octal_backslash_escapes': 'as octal escapes, a backslash and three octal digits per UTF-8 byte',
 'json_unicode_u4_escapes': 'as JSON \\u escapes, four lower-case hex digits per character',
 'decimal_bytes_dot_joined': 'as the decimal values of the UTF-8 bytes joined with dots',
 'utf16le_hex_stream': 'as UTF-16LE bytes in lower-case hex, no separators (two bytes per character, low byte first)',
 'morse_with_caret_capitals': 'in Morse code, characters separated by " / ", a ^ before the code of an upper-case letter, ..--.- for _, .-.-.- for . and -....- for -',
 'rail_fence_three_rails': 'in a rail-fence cipher with three rails (zigzag down and up, then rail 1, rail 2 and rail 3 read left to right and joined)',
 'affine_cipher_a5_b8_letters': 'in an affine cipher on letters only, x -> (5x + 8) mod 26 with a = 0, case kept; digits and _ . - unchanged',
 'hymn_board_numbers_plus_two_hundred': 'as hymn-board numbers, one per character, where the hymn number minus 200 is the code point, space-separated',
 'psalm_chapter_verse_references': 'as psalm references "Ps C:V" separated by "; ", where the code point is 10 x C + (V - 1)',
 'pew_row_letter_seat_number': 'as pew seats, one per character: row letter (A = 0, B = 1, ...) times 16 plus seat number minus 1 is the code point, space-separated',
 'polybius_grid_nine_columns': 'in a Polybius grid of nine columns filled row by row with A-Z, a-z, 0-9, _ . - ; each character is written as row then column (both from 1), pairs space-separated',
 'baconian_ab_seven_bit': 'in a Baconian code: each character as its 7-bit code point with A for 0 and B for 1, groups space-separated',
 'adjacent_pairs_swapped': 'with characters 1 and 2, 3 and 4, 5 and 6 ... swapped (an odd last character stays in place)',
 'pipe_separated_characters': 'one character at a time with " | " between characters; remove the separators',
 'backslash_x_escaped_bytes': 'as \\x escapes, two lower-case hex digits per UTF-8 byte',
 'base62_big_endian_integer': 'in base 62 (0-9 A-Z a-z), reading the UTF-8 bytes as one big-endian number',
 'offering_envelope_cents': 'as offering-envelope amounts, one per character, where the amount in cents is the code point, space-separated',
 'css_hex_escapes_trailing_space': 'as CSS escapes, a backslash, the code point in lower-case hex and one space per character',
 'utf8_hex_uppercase_unseparated': 'as the UTF-8 bytes in upper-case hex with no separators',
}
