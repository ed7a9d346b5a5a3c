import base64
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
MORSE = {'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....', 'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.', 'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-', 'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-', '_': '..--.-'}
ROMAN = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
KEY = 'TIMBER'

def _int_base(b, alpha):
    n = int.from_bytes(b, 'big'); out = ''
    while n:
        n, d = divmod(n, len(alpha)); out = alpha[d] + out
    return out

def _bits_group(b, alpha):
    bits = ''.join(f'{x:08b}' for x in b)
    bits += '0' * (-len(bits) % 5)
    return ''.join(alpha[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))

def roman(n):
    s = ''
    for v, t in ROMAN:
        while n >= v: s += t; n -= v
    return s

def vig(p):
    out = []
    for i, ch in enumerate(p):
        k = ord(KEY[i % len(KEY)]) - 65
        if ch.isupper(): out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower(): out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif ch.isdigit(): out.append(str((int(ch) + k) % 10))
        else: out.append(ch)
    return ''.join(out)

def atbash(p):
    o = []
    for ch in p:
        if ch.isupper(): o.append(chr(155 - ord(ch)))
        elif ch.islower(): o.append(chr(219 - ord(ch)))
        elif ch.isdigit(): o.append(str(9 - int(ch)))
        else: o.append(ch)
    return ''.join(o)

def rail3(p):
    rails = [[], [], []]; r, d = 0, 1
    for ch in p:
        rails[r].append(ch)
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    return ''.join(''.join(x) for x in rails)

def pairswap(p):
    s = list(p)
    for i in range(0, len(s) - 1, 2): s[i], s[i + 1] = s[i + 1], s[i]
    return ''.join(s)

def z85(b):
    assert len(b) % 4 == 0
    out = ''
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], 'big'); g = ''
        for _ in range(5): n, d = divmod(n, 85); g = Z85[d] + g
        out += g
    return out

def compartment(c):
    return chr(65 + c // 26) + f'{c % 26:02d}'

def dbh(c):
    return f'{c // 4}.{(c % 4) * 25:02d}in'

E = {
 'base58_bitcoin_alphabet': ("in Base58 with the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz), reading the UTF-8 bytes as one big-endian number", lambda p: _int_base(p.encode(), B58)),
 'base62_big_endian_integer': ("in Base62 (0-9 A-Z a-z), reading the UTF-8 bytes as one big-endian number", lambda p: _int_base(p.encode(), B62)),
 'z85_zeromq_four_byte_groups': ("in Z85 (the ZeroMQ Base85 alphabet 0-9 a-z A-Z .-:+=^!/*?&<>()[]{}@%$#), five characters per four UTF-8 bytes", lambda p: z85(p.encode())),
 'crockford_base32_unpadded': ("in Crockford Base32 (0-9 A-Z without I L O U), bits regrouped five at a time, last group zero-filled, no padding", lambda p: _bits_group(p.encode(), CROCK)),
 'base32hex_extended_hex_unpadded': ("in RFC 4648 base32hex (0-9 A-V), bits regrouped five at a time, last group zero-filled, no = padding", lambda p: _bits_group(p.encode(), '0123456789ABCDEFGHIJKLMNOPQRSTUV')),
 'atbash_with_digit_nine_complement': ("in Atbash: every letter mirrored in the alphabet (A<->Z, b<->y, case kept), every digit d replaced by 9-d, - _ . unchanged", atbash),
 'vigenere_key_timber': ("with a Vigenère shift using the key TIMBER (key letter A=0 ... Z=25, repeated over every character position): letters shifted forward within their case, digits shifted by the same amount modulo 10, - _ . unchanged but still consuming a key letter", vig),
 'morse_caret_marks_capitals': ("in Morse code, one code per character separated by single spaces, a ^ directly before the code marks a capital letter, - is -....- , _ is ..--.- and . is .-.-.-", lambda p: ' '.join(('^' if ch.isupper() else '') + MORSE[ch.upper()] for ch in p)),
 'braille_cells_for_bytes': ("as Unicode Braille pattern cells, one per UTF-8 byte, where the cell is U+2800 plus the byte value", lambda p: ''.join(chr(0x2800 + b) for b in p.encode())),
 'hex_bytes_nibble_swapped': ("as the UTF-8 bytes in lower-case hex with the two hex digits of every byte swapped (low nibble first), no separators", lambda p: ''.join(f'{b:02x}'[::-1] for b in p.encode())),
 'xor_5a_hex_bytes': ("as every UTF-8 byte XOR 0x5A written in upper-case hex, two digits each, separated by dots", lambda p: '.'.join(f'{b ^ 0x5A:02X}' for b in p.encode())),
 'ternary_five_digit_code_points': ("as each code point in base 3, exactly five ternary digits, groups separated by single spaces", lambda p: ' '.join(''.join(str(ord(c) // 3 ** k % 3) for k in range(4, -1, -1)) for c in p)),
 'roman_numeral_code_points': ("as each code point in Roman numerals, separated by middle dots (·)", lambda p: '·'.join(roman(ord(c)) for c in p)),
 'rail_fence_three_rails': ("with a three-rail rail-fence transposition: characters written in a zigzag over rails 1-2-3-2-1..., then rail 1, rail 2 and rail 3 read left to right and joined", rail3),
 'adjacent_pairs_swapped': ("with every pair of neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...), an odd last character left in place", pairswap),
 'backslash_u_four_hex_escapes': ("as \\u escapes, a backslash, a u and the code point in four lower-case hex digits per character, no separators", lambda p: ''.join(f'\\u{ord(c):04x}' for c in p)),
 'backslash_x_byte_escapes': ("as \\x escapes, a backslash, an x and two upper-case hex digits per UTF-8 byte, no separators", lambda p: ''.join(f'\\x{b:02X}' for b in p.encode())),
 'tsql_char_concatenation': ("as a T-SQL expression of CHAR(n) calls, one per character, n the code point, joined with +", lambda p: '+'.join(f'CHAR({ord(c)})' for c in p)),
 'js_string_fromcharcode_call': ("as a JavaScript String.fromCharCode(...) call whose arguments are the code points in order, comma-separated without spaces", lambda p: 'String.fromCharCode(' + ','.join(str(ord(c)) for c in p) + ')'),
 'forest_compartment_codes': ("as forest compartment codes, one per character, a letter and two digits, where (letter index with A=0) x 26 + the two digits is the code point, space-separated", lambda p: ' '.join(compartment(ord(c)) for c in p)),
 'dbh_quarter_inch_readings': ("as tree DBH readings in inches in quarter-inch steps, one per character, where four times the reading is the code point, separated by ' / '", lambda p: ' / '.join(dbh(ord(c)) for c in p)),
 'board_feet_tally_times_seven': ("as board-foot tallies, one per character, where the tally divided by 7 is the code point, written NNN bf and separated by semicolons", lambda p: ';'.join(f'{ord(c) * 7} bf' for c in p)),
}
