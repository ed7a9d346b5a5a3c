"""Encoders for the 22 p124 evasion notations."""
import base64, gzip
DTMF = {'1': '697+1209', '2': '697+1336', '3': '697+1477', '4': '770+1209', '5': '770+1336', '6': '770+1477',
        '7': '852+1209', '8': '852+1336', '9': '852+1477', '0': '941+1336'}
KEYS = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
D36 = '0123456789abcdefghijklmnopqrstuvwxyz'
GSM = {'_': 0x11}
def roman(n):
    o = ''
    for v, t in ROMAN:
        while n >= v: o += t; n -= v
    return o
def b36(n):
    return D36[n // 36] + D36[n % 36]
def tern(n):
    o = ''
    for _ in range(5): o = str(n % 3) + o; n //= 3
    return o
def rail3(p):
    rails = ['', '', '']; i, d = 0, 1
    for c in p:
        rails[i] += c
        if i == 0: d = 1
        elif i == 2: d = -1
        i += d
    return ' | '.join(rails)
def rot18(p):
    o = ''
    for c in p:
        if 'a' <= c <= 'z': o += chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 + 13) % 26 + 65)
        elif c.isdigit(): o += str((int(c) + 5) % 10)
        else: o += c
    return o
def keypad(p):
    o = []
    for c in p:
        l = c.lower()
        if c.isdigit(): o.append('#' + c)
        elif l in 'abcdefghijklmnopqrstuvwxyz':
            k = [k for k, v in KEYS.items() if l in v][0]
            o.append(('^' if c.isupper() else '') + k + str(KEYS[k].index(l) + 1))
        else: o.append(c)
    return ' '.join(o)
def gsm_pack(p):
    sept = [GSM.get(c, ord(c)) for c in p]
    bits = 0; n = 0; out = bytearray()
    for s7 in sept:
        bits |= s7 << n; n += 7
        while n >= 8: out.append(bits & 0xFF); bits >>= 8; n -= 8
    if n: out.append(bits & 0xFF)
    return out.hex().upper()
def chunk3(p):
    return ' '.join(p[i:i + 3][::-1] for i in range(0, len(p), 3))

E = {
 'dtmf_frequency_pair_digits': lambda p: ' / '.join(' '.join(DTMF[d] for d in '%03d' % ord(c)) for c in p),
 'base36_code_point_pairs': lambda p: ' '.join(b36(ord(c)) for c in p),
 'ternary_code_point_quintets': lambda p: ' '.join(tern(ord(c)) for c in p),
 'rail_fence_three_rails': rail3,
 'rot18_letters_and_digits': rot18,
 'keypad_digit_position_pairs': keypad,
 'gray_code_byte_bits': lambda p: ' '.join(format(b ^ (b >> 1), '08b') for b in p.encode()),
 'c_hex_byte_array_initializer': lambda p: '{ ' + ', '.join('0x%02x' % b for b in p.encode()) + ' }',
 'oracle_chr_concatenation': lambda p: '||'.join('CHR(%d)' % ord(c) for c in p),
 'javascript_fromcharcode_call': lambda p: 'String.fromCharCode(' + ','.join(str(ord(c)) for c in p) + ')',
 'powershell_char_array_join': lambda p: '-join [char[]](' + ','.join(str(ord(c)) for c in p) + ')',
 'gzip_then_base64': lambda p: base64.b64encode(gzip.compress(p.encode(), mtime=0)).decode(),
 'html_hex_character_references': lambda p: ''.join('&#x%x;' % ord(c) for c in p),
 'css_backslash_hex_escapes': lambda p: ''.join('\\%x ' % ord(c) for c in p).rstrip(),
 'gsm_0338_packed_septets_hex': gsm_pack,
 'ucs2_sms_pdu_hex_be': lambda p: p.encode('utf-16-be').hex().upper(),
 'roman_numeral_code_points': lambda p: ' '.join(roman(ord(c)) for c in p),
 'ones_complement_hex_bytes': lambda p: ' '.join('%02x' % (b ^ 0xFF) for b in p.encode()),
 'linear_7n_plus_3_code_points': lambda p: ' '.join(str(7 * ord(c) + 3) for c in p),
 'reversed_then_base64url': lambda p: base64.urlsafe_b64encode(p[::-1].encode()).decode(),
 'chunk_reversed_triplets': chunk3,
 'unicode_u_plus_code_points': lambda p: ' '.join('U+%04X' % ord(c) for c in p),
}
RULE = {
 'dtmf_frequency_pair_digits': 'as DTMF tones: each character code point written as three decimal digits, each digit given by its low+high frequency pair in Hz (697/770/852/941 rows, 1209/1336/1477 columns), characters separated by " / "',
 'base36_code_point_pairs': 'as each code point in base 36 (0-9 then a-z), two digits per character, space-separated',
 'ternary_code_point_quintets': 'as each code point in base 3, five trits per character, space-separated',
 'rail_fence_three_rails': 'with a three-rail fence cipher (zig-zag over rails 1-2-3-2-1...), the three rails joined by " | "',
 'rot18_letters_and_digits': 'in ROT18 (letters rotated 13 places, digits 5 places; - _ . unchanged)',
 'keypad_digit_position_pairs': 'as phone keypad key + position (c = 23, s = 74), ^ before a pair for a capital, #d for a digit d, - _ . as themselves, space-separated',
 'gray_code_byte_bits': 'as each UTF-8 byte in reflected Gray code (b XOR b>>1), 8 bits, space-separated',
 'c_hex_byte_array_initializer': 'as a C byte-array initialiser, one 0x.. per UTF-8 byte',
 'oracle_chr_concatenation': 'as an Oracle CHR() concatenation, one CHR(code point) per character',
 'javascript_fromcharcode_call': 'as a JavaScript String.fromCharCode call with the code points',
 'powershell_char_array_join': 'as a PowerShell -join over a [char[]] array of code points',
 'gzip_then_base64': 'gzip-compressed (mtime 0) and then Base64-encoded',
 'html_hex_character_references': 'as HTML hexadecimal character references (&#xN; with N the code point in hex)',
 'css_backslash_hex_escapes': 'as CSS escapes, a backslash and the hex code point per character, followed by a space',
 'gsm_0338_packed_septets_hex': 'in the GSM 03.38 default alphabet packed as 7-bit septets into octets (as in an SMS PDU), upper-case hex',
 'ucs2_sms_pdu_hex_be': 'as UCS-2 big-endian (as in an SMS PDU), upper-case hex, no separators',
 'roman_numeral_code_points': 'as each code point in Roman numerals, space-separated',
 'ones_complement_hex_bytes': "as each UTF-8 byte's ones' complement (XOR FF) in hex, space-separated",
 'linear_7n_plus_3_code_points': 'as 7 x code point + 3 for each character, space-separated',
 'reversed_then_base64url': 'reversed (right to left) and then Base64url-encoded',
 'chunk_reversed_triplets': 'in groups of three characters, each group written backwards, groups space-separated',
 'unicode_u_plus_code_points': 'as U+ code point notation, one per character, space-separated',
}
