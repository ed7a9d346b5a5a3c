"""Encoders for the 22 evasion notations (the decoder is dec152.py, written separately)."""
import base64, binascii

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
         'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
         's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
KEYPAD = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
ROMAN = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def _roman(n):
    out = ''
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def _multitap(c):
    if c.isdigit():
        return '#' + c
    if c in '-_.':
        return c
    low = c.lower()
    for k, letters in KEYPAD.items():
        if low in letters:
            return ('*' if c.isupper() else '') + k * (letters.index(low) + 1)
    raise ValueError(c)


def _affine(c):
    if c.islower():
        return chr((5 * (ord(c) - 97) + 8) % 26 + 97)
    if c.isupper():
        return chr((5 * (ord(c) - 65) + 8) % 26 + 65)
    if c.isdigit():
        return str((int(c) + 7) % 10)
    return c


def _rail(s):
    rails = ['', '', '']
    pattern = [0, 1, 2, 1]
    for i, c in enumerate(s):
        rails[pattern[i % 4]] += c
    return '|'.join(rails)


def _a1z26(c):
    if c.islower():
        return str(ord(c) - 96)
    if c.isupper():
        return 'U' + str(ord(c) - 64)
    if c.isdigit():
        return 'd' + c
    return c


E = {
    'ebcdic_cp037_hex_pairs': lambda s: ' '.join('%02X' % b for b in s.encode('cp037')),
    'octal_backslash_escapes': lambda s: ''.join('\\%03o' % b for b in s.encode()),
    'uuencode_one_line': lambda s: binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip('\n'),
    'morse_caret_capitals': lambda s: ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in s),
    'base58_bitcoin_big_integer': None,
    'javascript_u_escapes': lambda s: ''.join('\\u%04x' % ord(c) for c in s),
    'base64url_unpadded': lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip('='),
    'affine_a5_b8_letters_digits_plus7': lambda s: ''.join(_affine(c) for c in s),
    'rail_fence_three_rails': _rail,
    'phone_keypad_multitap_runs': lambda s: ' '.join(_multitap(c) for c in s),
    'a1z26_letter_positions': lambda s: ' '.join(_a1z26(c) for c in s),
    'ab_letters_seven_bit_code_points': lambda s: ' '.join(format(ord(c), '07b').replace('0', 'a').replace('1', 'b') for c in s),
    'each_character_doubled': lambda s: ''.join(c + c for c in s),
    'hex_nibbles_swapped': lambda s: ':'.join(('%02x' % b)[::-1] for b in s.encode()),
    'dryer_timer_minutes_seconds': lambda s: ' '.join('%d:%02d' % divmod(ord(c), 60) for c in s),
    'roman_numeral_code_points': lambda s: ' '.join(_roman(ord(c)) for c in s),
    'load_weight_half_pounds': lambda s: ', '.join(('%.1flb' % (ord(c) / 2)) for c in s),
    'conveyor_slot_row_column': lambda s: ' '.join('%s%02d' % (chr(65 + ord(c) // 16), ord(c) % 16) for c in s),
    'xor_0x55_then_base64': lambda s: base64.b64encode(bytes(b ^ 0x55 for b in s.encode())).decode(),
    'bcd_decimal_code_points': lambda s: ' '.join(''.join(format(int(d), '04b') for d in '%03d' % ord(c)) for c in s),
    'c_array_hex_byte_literals': lambda s: '{' + ', '.join('0x%02x' % b for b in s.encode()) + '}',
    'sql_char_concatenation': lambda s: '+'.join('CHAR(%d)' % ord(c) for c in s),
}


def _b58(s):
    n = int.from_bytes(s.encode(), 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


E['base58_bitcoin_big_integer'] = _b58

RULES = {
    'ebcdic_cp037_hex_pairs': 'as EBCDIC code page 037 bytes, each as two upper-case hex digits, separated by spaces (a-i = 81-89, j-r = 91-99, s-z = A2-A9, A-I = C1-C9, J-R = D1-D9, S-Z = E2-E9, 0-9 = F0-F9, - = 60, _ = 6D, . = 4B)',
    'octal_backslash_escapes': 'as a backslash followed by three octal digits for every UTF-8 byte',
    'uuencode_one_line': 'as one uuencoded line: the first character is 32 plus the byte count, then every 6-bit group is written as the character 32 plus its value, with ` standing for 0',
    'morse_caret_capitals': 'in International Morse code, one sign per character separated by spaces, a ^ before the sign of a capital letter, - as -....-, _ as ..--.- and . as .-.-.-',
    'base58_bitcoin_big_integer': 'in Base58 with the Bitcoin alphabet 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz, reading the UTF-8 bytes as one big-endian number',
    'javascript_u_escapes': 'as JavaScript \\uXXXX escapes, four lower-case hex digits of the code point per character',
    'base64url_unpadded': 'in base64url (A-Z a-z 0-9 - _) of the UTF-8 bytes, with the = padding dropped',
    'affine_a5_b8_letters_digits_plus7': 'with an affine cipher: a letter with index x (a=0, case kept) became the letter 5x+8 mod 26, a digit d became (d+7) mod 10, and - _ . stayed as they were',
    'rail_fence_three_rails': 'as a three-rail fence: the characters were written in a zigzag over rails 1,2,3,2,1,2,3,... and the rails read top to bottom, the rails separated by |',
    'phone_keypad_multitap_runs': 'as multi-tap phone keypad presses: a letter is its key digit pressed once per position on the key (a=2, b=22, c=222, s=7777, z=9999), * before a capital, a digit as # and the digit, - _ . as themselves, separated by spaces',
    'a1z26_letter_positions': 'with every letter as its alphabet position (a=1 ... z=26), U in front for a capital, a digit as d and the digit, - _ . as themselves, separated by spaces',
    'ab_letters_seven_bit_code_points': 'as the seven-bit code point of every character written with a for 0 and b for 1, separated by spaces',
    'each_character_doubled': 'with every character written twice in a row; keep one of each pair',
    'hex_nibbles_swapped': 'as lower-case hex of the UTF-8 bytes with the two digits of every byte swapped, bytes separated by colons',
    'dryer_timer_minutes_seconds': 'as dryer timer settings m:ss, one per character, where minutes times 60 plus seconds is the code point, separated by spaces',
    'roman_numeral_code_points': 'as Roman numerals, one per character, each numeral being the code point, separated by spaces',
    'load_weight_half_pounds': 'as load weights like 48.5lb, one per character, where the weight times two is the code point, separated by commas',
    'conveyor_slot_row_column': 'as conveyor slots, one per character: a row letter A-P and a two-digit column 00-15, where row index (A=0) times 16 plus column is the code point, separated by spaces',
    'xor_0x55_then_base64': 'in standard Base64 of the UTF-8 bytes after every byte was XORed with 0x55',
    'bcd_decimal_code_points': 'in packed BCD: every code point as three decimal digits, each digit as four bits, characters separated by spaces',
    'c_array_hex_byte_literals': 'as a C array of the UTF-8 bytes in 0x hex literals',
    'sql_char_concatenation': 'as a T-SQL expression CHAR(n)+CHAR(n)+... where every n is the code point of the next character',
}
