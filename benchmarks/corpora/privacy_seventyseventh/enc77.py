"""Encoders for the 22 evasion encodings (decoders are in dec77.py, written separately)."""
import base64, binascii

NATO = dict(zip('abcdefghijklmnopqrstuvwxyz', 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
DIG = dict(zip('0123456789', 'zero one two three four five six seven eight nine'.split()))
MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..', 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'
XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def _bigint(s, alpha):
    n = int.from_bytes(s.encode(), 'big'); out = ''
    while n:
        n, r = divmod(n, len(alpha)); out = alpha[r] + out
    return out


def _xx(s):
    b = s.encode(); out = XX[len(b)]
    b2 = b + b'\0' * (-len(b) % 3)
    for i in range(0, len(b2), 3):
        n = int.from_bytes(b2[i:i + 3], 'big')
        out += ''.join(XX[(n >> sh) & 63] for sh in (18, 12, 6, 0))
    return out


ENC = {
    'powershell_char_array_join_decimal': lambda s: '-join [char[]](' + ','.join(str(ord(c)) for c in s) + ')',
    'csharp_byte_array_hex_initializer': lambda s: 'new byte[] { ' + ', '.join('0x%02X' % b for b in s.encode()) + ' }',
    'utf16le_base64_encodedcommand': lambda s: base64.b64encode(s.encode('utf-16-le')).decode(),
    'regedit_hex_binary_value': lambda s: 'hex:' + ','.join('%02x' % b for b in s.encode()),
    'regedit_hex2_expand_sz_utf16': lambda s: 'hex(2):' + ','.join('%02x' % b for b in (s + '\0').encode('utf-16-le')),
    'base64url_unpadded': lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip('='),
    'uuencode_single_line': lambda s: 'begin 644 x.txt\n' + binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip('\n') + '\n`\nend',
    'xxencode_single_line': _xx,
    'base62_big_integer': lambda s: _bigint(s, B62),
    'base36_big_integer': lambda s: _bigint(s, B36),
    'reversed_character_order': lambda s: s[::-1],
    'caesar_shift_three': lambda s: ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else chr((ord(c) - 65 + 3) % 26 + 65) if c.isupper() and c.isascii() else c for c in s),
    'xor_0x5a_hex': lambda s: ''.join('%02x' % (b ^ 0x5A) for b in s.encode()),
    'fullwidth_unicode_forms': lambda s: ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s),
    'nato_phonetic_words': lambda s: ' '.join(NATO[c.lower()].upper() if c.isupper() else NATO[c] if c.isalpha() else DIG[c] if c.isdigit() else {'-': 'dash', '_': 'underscore', '.': 'dot'}[c] for c in s),
    'morse_code_lowercase': lambda s: ' '.join(MORSE[c] for c in s),
    'tsql_nchar_plus_concat': lambda s: '+'.join('NCHAR(%d)' % ord(c) for c in s),
    'xml_hex_character_references': lambda s: ''.join('&#x%X;' % ord(c) for c in s),
    'data_uri_base64': lambda s: 'data:text/plain;base64,' + base64.b64encode(s.encode()).decode(),
    'rfc1924_base85': lambda s: base64.b85encode(s.encode()).decode(),
    'ones_complement_byte_hex': lambda s: ' '.join('%02X' % (255 - b) for b in s.encode()),
    'tsql_convert_varbinary_literal': lambda s: 'CONVERT(varchar(200), 0x' + s.encode().hex().upper() + ')',
}

PHRASE = {
    'powershell_char_array_join_decimal': 'as a PowerShell -join over a [char[]] array of decimal character codes',
    'csharp_byte_array_hex_initializer': 'as a C# byte array initializer (0x.. per UTF-8 byte, Encoding.UTF8.GetString gives it back)',
    'utf16le_base64_encodedcommand': 'Base64 over UTF-16LE bytes, the way powershell -EncodedCommand wants it',
    'regedit_hex_binary_value': 'as a regedit REG_BINARY value (hex: then comma-separated bytes)',
    'regedit_hex2_expand_sz_utf16': 'as a regedit hex(2) REG_EXPAND_SZ value (UTF-16LE bytes with the 00,00 terminator)',
    'base64url_unpadded': 'in base64url without padding (- and _ instead of + and /)',
    'uuencode_single_line': 'uuencoded (begin 644 line, one data line, backtick line, end)',
    'xxencode_single_line': 'xxencoded on one line (alphabet + - 0-9 A-Z a-z, first character is the byte count)',
    'base62_big_integer': 'in Base62 (0-9 A-Z a-z, the UTF-8 bytes read as one big-endian integer)',
    'base36_big_integer': 'in Base36 (0-9 a-z, the UTF-8 bytes read as one big-endian integer)',
    'reversed_character_order': 'written backwards (read it right to left)',
    'caesar_shift_three': 'Caesar-shifted by three (each letter moved 3 forward, case kept, digits and - _ . unchanged)',
    'xor_0x5a_hex': 'XORed byte by byte with 0x5A and written as hex',
    'fullwidth_unicode_forms': 'in fullwidth Unicode forms (U+FF01 to U+FF5E, each ASCII character plus 0xFEE0)',
    'nato_phonetic_words': 'spelled in NATO phonetic words (capitals in CAPS, digits as number words, dash / underscore / dot spelled out)',
    'morse_code_lowercase': 'in Morse code (all lower case, letters separated by spaces)',
    'tsql_nchar_plus_concat': 'as a T-SQL expression of NCHAR(n) calls joined with +',
    'xml_hex_character_references': 'as XML hexadecimal character references (&#xNN; per character)',
    'data_uri_base64': 'as a data: URI with a Base64 payload',
    'rfc1924_base85': 'in RFC 1924 Base85 (the 0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~ alphabet, no delimiters)',
    'ones_complement_byte_hex': "as ones' complement bytes in hex (every byte is 0xFF minus the real byte)",
    'tsql_convert_varbinary_literal': 'as a T-SQL CONVERT of a varbinary 0x literal',
}
