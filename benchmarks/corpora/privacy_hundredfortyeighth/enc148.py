"""Encoders for p148 evasions (rule text + function)."""
import base64, binascii
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..', 'j': '.---',
 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-',
 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---',
 '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-',
 '-': '-....-', '_': '..--.-'}
PAD = {'a': '2', 'b': '22', 'c': '222', 'd': '3', 'e': '33', 'f': '333', 'g': '4', 'h': '44', 'i': '444', 'j': '5', 'k': '55',
 'l': '555', 'm': '6', 'n': '66', 'o': '666', 'p': '7', 'q': '77', 'r': '777', 's': '7777', 't': '8', 'u': '88', 'v': '888',
 'w': '9', 'x': '99', 'y': '999', 'z': '9999'}
ROMAN = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]

def roman(n):
    o = ''
    for v, t in ROMAN:
        while n >= v: o += t; n -= v
    return o

def vig(p):
    key = 'REEL'; o = []
    for i, c in enumerate(p):
        k = ord(key[i % 4]) - 65
        if c.islower(): o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper(): o.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isdigit(): o.append(str((int(c) + k) % 10))
        else: o.append(c)
    return ''.join(o)

def rail3(p):
    rails = [[], [], []]; pat = [0, 1, 2, 1]
    for i, c in enumerate(p): rails[pat[i % 4]].append(c)
    return '|'.join(''.join(x) for x in rails)

def atbash(c):
    if c.islower(): return chr(219 - ord(c))
    if c.isupper(): return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c

def bigint(p, alpha):
    n = int.from_bytes(p.encode(), 'big'); o = ''
    while n: n, m = divmod(n, len(alpha)); o = alpha[m] + o
    return o

def tern(n):
    d = ''
    for _ in range(5): n, m = divmod(n, 3); d = str(m) + d
    return d

E = {
 'rot47_printable_ascii': ('in ROT47: every character from ! to ~ rotated 47 places within that 94-character range',
    lambda p: ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)),
 'atbash_with_mirrored_digits': ('in Atbash: a<->z, b<->y ... within each case, digit d written as 9 minus d, - _ . unchanged',
    lambda p: ''.join(atbash(c) for c in p)),
 'c_octal_byte_escapes': ('as C octal escapes, every UTF-8 byte written as a backslash and three octal digits',
    lambda p: ''.join('\\%03o' % b for b in p.encode())),
 'morse_with_caret_capitals': ('in Morse code, one letter group per character separated by spaces, a ^ in front of the group of a capital letter',
    lambda p: ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in p)),
 'base64url_unpadded_utf8': ('in URL-safe Base64 (- and _ instead of + and /) of the UTF-8 bytes, padding = removed',
    lambda p: base64.urlsafe_b64encode(p.encode()).decode().rstrip('=')),
 'hex_nibble_swapped_bytes': ('as hex bytes with the two hex digits of every byte swapped (low nibble first), lower case, no separators',
    lambda p: ''.join(('%02x' % b)[::-1] for b in p.encode())),
 'vigenere_reel_key': ('in a Vigenere cipher with the key REEL (R=17, E=4, E=4, L=11 repeated): letters moved forward within their case by the key letter, digits by the same amount mod 10, - _ . unchanged but still using up a key letter',
    vig),
 'rail_fence_three_rails': ('as a three-rail fence (zigzag rail 1, 2, 3, 2, 1, 2, 3 ...): rail 1, rail 2 and rail 3 written one after another, separated by |',
    rail3),
 'film_footage_feet_and_frames': ('as 35 mm footage counts, one per character: feet+frames where feet times 16 plus frames is the code point, space-separated',
    lambda p: ' '.join('%d+%02d' % divmod(ord(c), 16) for c in p)),
 'showtime_clock_minutes_past_midnight': ('as showtimes, one per character, where the minutes after midnight (hours times 60 plus minutes) are the code point, space-separated',
    lambda p: ' '.join('%02d:%02d' % divmod(ord(c), 60) for c in p)),
 'concession_price_cents': ('as concession prices, one per character, where the price in cents is the code point, separated by " / "',
    lambda p: ' / '.join('€%d.%02d' % divmod(ord(c), 100) for c in p)),
 'phone_keypad_multitap': ('as phone-keypad multi-tap presses (2=a, 22=b, 222=c ... 9999=z), one group per character separated by spaces; ^ before the group of a capital, * before a literal digit, - _ . as themselves',
    lambda p: ' '.join(('^' + PAD[c.lower()]) if c.isupper() else PAD[c] if c.islower() else ('*' + c) if c.isdigit() else c for c in p)),
 'baconian_seven_bit_ab': ('in a seven-bit Bacon cipher: each code point as seven letters, A for 0 and B for 1, most significant first, groups separated by spaces',
    lambda p: ' '.join(format(ord(c), '07b').replace('0', 'A').replace('1', 'B') for c in p)),
 'base58_bitcoin_alphabet': ('in Base58 with the Bitcoin alphabet (1-9, A-Z without I and O, a-z without l), reading the UTF-8 bytes as one big-endian number',
    lambda p: bigint(p, B58)),
 'uuencoded_single_line': ('uuencoded (one line: a length character, then groups of four characters from space to _, with ` for zero), without begin/end lines',
    lambda p: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip('\n')),
 'json_backslash_u_escapes': ('as JSON \\u escapes, four lower-case hex digits per character, no separators',
    lambda p: ''.join('\\u%04x' % ord(c) for c in p)),
 'odd_even_position_split': ('split by position: first the characters at positions 1, 3, 5 ..., then a | , then those at positions 2, 4, 6 ...',
    lambda p: p[0::2] + '|' + p[1::2]),
 'roman_numeral_code_points': ('as code points in Roman numerals, one per character, separated by dots',
    lambda p: '.'.join(roman(ord(c)) for c in p)),
 'xor_2a_hex_bytes': ('XOR-ed: every UTF-8 byte XOR 0x2A, written as two upper-case hex digits, no separators',
    lambda p: ''.join('%02X' % (b ^ 0x2A) for b in p.encode())),
 'delta_code_points_signed': ('as code-point differences: the first code point, then each next code point minus the previous one with its sign, comma-separated',
    lambda p: ','.join([str(ord(p[0]))] + ['%+d' % (ord(p[i]) - ord(p[i - 1])) for i in range(1, len(p))])),
 'ternary_five_trit_groups': ('in base 3, five trits (digits 0-2) per code point, groups separated by spaces',
    lambda p: ' '.join(tern(ord(c)) for c in p)),
 'reel_changeover_marks': ('as reel changeover marks, one per character: R then the reel number, C then the cue, where reel times 12 plus cue (0-11) is the code point, separated by ;',
    lambda p: ';'.join('R%dC%d' % divmod(ord(c), 12) for c in p)),
}
