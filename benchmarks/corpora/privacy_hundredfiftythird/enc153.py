import base64, binascii
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...',
 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----',
 '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
 '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
ROMAN = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]

def roman(n):
    o = ''
    for v, t in ROMAN:
        while n >= v: o += t; n -= v
    return o

def radix(b, al):
    n = int.from_bytes(b, 'big'); o = ''
    while n: n, m = divmod(n, len(al)); o = al[m] + o
    return o

def atb(c):
    if c.islower(): return chr(219 - ord(c))
    if c.isupper(): return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c

RULES = {
 'octal_backslash_escapes': "as C-style octal escapes, one \\NNN (three octal digits) per UTF-8 byte, joined",
 'html_hex_character_references': "as HTML hexadecimal character references &#xHH; one per character, joined",
 'json_unicode_escapes': "as JSON \\uXXXX escapes (four lower-case hex digits), one per character, joined",
 'base32_rfc4648_padded': "in standard Base32 (RFC 4648, A-Z 2-7, = padding) of the UTF-8 bytes",
 'base64_then_reversed': "in standard Base64 of the UTF-8 bytes, then the whole Base64 string written backwards",
 'uuencode_single_line': "as one uuencoded line (first character = byte count + 32, then groups of four characters, each 6 bits + 32, with ` for zero)",
 'morse_code_caret_capitals': "in Morse code, one letter per group, groups separated by spaces, a ^ before the group of a capital letter (-....- is -, ..--.- is _, .-.-.- is .)",
 'atbash_with_digit_nines_complement': "in Atbash: a<->z, b<->y ... within each case, every digit d written as 9 - d, - _ . unchanged",
 'rail_fence_two_rails': "as a two-rail fence: first the characters in odd positions (1st, 3rd, ...), then a |, then those in even positions",
 'utf16le_hex_units': "as UTF-16 little-endian bytes in lower-case hex, four hex digits per character, separated by spaces",
 'base58_bitcoin_integer': "in Base58 (the Bitcoin alphabet 1-9 A-H J-N P-Z a-k m-z), reading the UTF-8 bytes as one big-endian number",
 'base62_integer': "in base 62 (0-9 A-Z a-z), reading the UTF-8 bytes as one big-endian number",
 'nibble_swapped_hex': "as lower-case hex of every UTF-8 byte with its two hex digits swapped (0x6b is written b6), no separators",
 'roman_numeral_code_points': "as Roman numerals, one per character, where the numeral is the code point, separated by spaces",
 'tank_temperature_tenths': "as tank temperature readings NN.N°C, one per character, where the reading in tenths of a degree is the code point, separated by ; ",
 'specific_gravity_ten_thousandths': "as salinity specific-gravity readings 1.0NNN, one per character, where (reading - 1) times 10000 is the code point, separated by spaces",
 'tank_ph_offset_six': "as pH readings, one per character, where (pH - 6) times 100 is the code point, separated by , ",
 'studbook_numbers_minus_thousand': "as studbook numbers SB#NNNN, one per character, where the number minus 1000 is the code point, separated by spaces",
 'collar_fix_latitude_millidegrees': "as collar fix latitudes -1.NNN, one per character, where the three decimals are the code point, separated by spaces",
 'animal_weight_grams_times_seven': "as animal weights in grams, one per character, where the weight divided by 7 is the code point, separated by / ",
 'feeding_clock_minutes': "as feeding times HH:MM, one per character, where the minutes after midnight are the code point, separated by spaces",
 'trap_image_numbers': "as camera-trap image names IMG_NNNN.JPG, one per character, where the number minus 2000 is the code point, separated by spaces",
}
NAMES = list(RULES)

def encode(name, p):
    b = p.encode()
    if name == 'octal_backslash_escapes': return ''.join('\\%03o' % x for x in b)
    if name == 'html_hex_character_references': return ''.join('&#x%x;' % ord(c) for c in p)
    if name == 'json_unicode_escapes': return ''.join('\\u%04x' % ord(c) for c in p)
    if name == 'base32_rfc4648_padded': return base64.b32encode(b).decode()
    if name == 'base64_then_reversed': return base64.b64encode(b).decode()[::-1]
    if name == 'uuencode_single_line': return binascii.b2a_uu(b, backtick=True).decode().rstrip('\n')
    if name == 'morse_code_caret_capitals': return ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in p)
    if name == 'atbash_with_digit_nines_complement': return ''.join(atb(c) for c in p)
    if name == 'rail_fence_two_rails': return p[0::2] + '|' + p[1::2]
    if name == 'utf16le_hex_units': return ' '.join(c.encode('utf-16-le').hex() for c in p)
    if name == 'base58_bitcoin_integer': return radix(b, B58)
    if name == 'base62_integer': return radix(b, B62)
    if name == 'nibble_swapped_hex': return ''.join('%02x' % x for x in b)[::1] and ''.join(('%02x' % x)[::-1] for x in b)
    if name == 'roman_numeral_code_points': return ' '.join(roman(ord(c)) for c in p)
    if name == 'tank_temperature_tenths': return '; '.join('%d.%d°C' % divmod(ord(c), 10) for c in p)
    if name == 'specific_gravity_ten_thousandths': return ' '.join('1.0%03d' % ord(c) for c in p)
    if name == 'tank_ph_offset_six': return ', '.join('%d.%02d' % divmod(600 + ord(c), 100) for c in p)
    if name == 'studbook_numbers_minus_thousand': return ' '.join('SB#%d' % (1000 + ord(c)) for c in p)
    if name == 'collar_fix_latitude_millidegrees': return ' '.join('-1.%03d' % ord(c) for c in p)
    if name == 'animal_weight_grams_times_seven': return ' / '.join('%d g' % (7 * ord(c)) for c in p)
    if name == 'feeding_clock_minutes': return ' '.join('%02d:%02d' % divmod(ord(c), 60) for c in p)
    if name == 'trap_image_numbers': return ' '.join('IMG_%04d.JPG' % (2000 + ord(c)) for c in p)
    raise KeyError(name)
