"""Encoders (22). Each returns the encoded run for an ASCII plain."""
import binascii, base64

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
         'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
         's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-', '_': '..--.-'}
NATO = dict(zip('abcdefghijklmnopqrstuvwxyz', 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
DIG = dict(zip('0123456789', 'zero one two three four five six seven eight niner'.split()))
SYM = {'-': 'dash', '_': 'underscore', '.': 'dot'}
XOR_KEY = 0x5A


def _bigint(b, alpha):
    n = int.from_bytes(b, 'big'); out = ''
    while n:
        n, r = divmod(n, len(alpha)); out = alpha[r] + out
    return out


def xx(b):
    uu = binascii.b2a_uu(b).decode().rstrip('\n')
    t = str.maketrans(''.join(chr(32 + i) for i in range(64)) + '`', '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' + '+')
    return uu.translate(t)


ENC = {
 'postgres_bytea_hex_output': lambda p: '\\x' + p.encode().hex(),
 'mysql_x_quoted_hex_literal': lambda p: "X'" + p.encode().hex().upper() + "'",
 'oracle_utl_raw_hextoraw_cast': lambda p: "UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('" + p.encode().hex().upper() + "'))",
 'tsql_nchar_plus_concat': lambda p: '+'.join('NCHAR(%d)' % ord(c) for c in p),
 'tsql_varbinary_utf16le_literal': lambda p: '0x' + p.encode('utf-16-le').hex().upper(),
 'mongodb_bindata_subtype_zero': lambda p: 'BinData(0, "' + base64.b64encode(p.encode()).decode() + '")',
 'postgres_chr_pipe_concat': lambda p: '||'.join('chr(%d)' % ord(c) for c in p),
 'oracle_dump_typ1_decimal_listing': lambda p: 'Typ=1 Len=%d: ' % len(p) + ','.join(str(b) for b in p.encode()),
 'uuencode_begin_end_block': lambda p: 'begin 600 pw.txt\n' + binascii.b2a_uu(p.encode()).decode() + '`\nend',
 'xxencode_begin_end_block': lambda p: 'begin 600 pw.txt\n' + xx(p.encode()) + '\n+\nend',
 'base36_bigint_lowercase': lambda p: _bigint(p.encode(), '0123456789abcdefghijklmnopqrstuvwxyz'),
 'base62_bigint_alnum': lambda p: _bigint(p.encode(), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
 'crockford_base32_unpadded': lambda p: base64.b32encode(p.encode()).decode().rstrip('=').translate(str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', '0123456789ABCDEFGHJKMNPQRSTVWXYZ')),
 'python_bytes_decimal_list': lambda p: 'bytes([' + ', '.join(str(b) for b in p.encode()) + '])',
 'c_array_hex_byte_initializer': lambda p: '{ ' + ', '.join('0x%02x' % b for b in p.encode()) + ' }',
 'css_backslash_hex_escapes': lambda p: ''.join('\\%x ' % ord(c) for c in p).rstrip(),
 'xml_hexadecimal_char_refs': lambda p: ''.join('&#x%X;' % ord(c) for c in p),
 'xor_5a_then_hex': lambda p: bytes(b ^ XOR_KEY for b in p.encode()).hex(),
 'caesar_plus_three_alnum': lambda p: ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else chr((ord(c) - 65 + 3) % 26 + 65) if c.isupper() else chr((ord(c) - 48 + 3) % 10 + 48) if c.isdigit() else c for c in p),
 'reversed_character_order': lambda p: p[::-1],
 'nato_phonetic_spelling': lambda p: ' '.join(('capital ' + NATO[c.lower()]) if c.isupper() else NATO.get(c) or DIG.get(c) or SYM[c] for c in p),
 'morse_code_slash_separated': lambda p: ' / '.join(MORSE[c] for c in p),
}

PHRASE = {
 'postgres_bytea_hex_output': "as a PostgreSQL bytea value in hex output format (\\x then two hex digits per byte)",
 'mysql_x_quoted_hex_literal': "as a MySQL X'...' hexadecimal literal",
 'oracle_utl_raw_hextoraw_cast': "as an Oracle UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW(...)) expression",
 'tsql_nchar_plus_concat': "as T-SQL NCHAR(n) calls joined with + (decimal code points)",
 'tsql_varbinary_utf16le_literal': "as a T-SQL varbinary literal of the NVARCHAR bytes (0x, UTF-16LE, two bytes per character)",
 'mongodb_bindata_subtype_zero': "as a mongosh BinData(0, \"...\") value (subtype 0, Base64 payload)",
 'postgres_chr_pipe_concat': "as PostgreSQL chr(n) calls concatenated with ||",
 'oracle_dump_typ1_decimal_listing': "as the output of Oracle DUMP() (Typ=1 Len=n: then the decimal bytes)",
 'uuencode_begin_end_block': "uuencoded (begin 600 line, one length-prefixed line, backquote line, end)",
 'xxencode_begin_end_block': "xxencoded (like uuencode but with the +-0-9A-Za-z alphabet)",
 'base36_bigint_lowercase': "in base 36 (the UTF-8 bytes as one big-endian number, digits 0-9a-z)",
 'base62_bigint_alnum': "in base 62 (the UTF-8 bytes as one big-endian number, digits 0-9A-Za-z)",
 'crockford_base32_unpadded': "in Crockford Base32 (0-9 A-Z without I L O U, no padding)",
 'python_bytes_decimal_list': "as a Python bytes([...]) list of decimal byte values",
 'c_array_hex_byte_initializer': "as a C byte-array initializer ({ 0x.., ... })",
 'css_backslash_hex_escapes': "as CSS backslash hex escapes (each character as \\hex plus a space)",
 'xml_hexadecimal_char_refs': "as XML hexadecimal character references (&#xHH; per character)",
 'xor_5a_then_hex': "XORed byte by byte with the key 0x5A and then written as hex",
 'caesar_plus_three_alnum': "Caesar-shifted by +3 (letters within their case, digits within 0-9; - _ . unchanged)",
 'reversed_character_order': "written backwards (read it from right to left)",
 'nato_phonetic_spelling': "spelled out in the NATO phonetic alphabet (capital before upper-case letters, digits as words, dash / underscore / dot)",
 'morse_code_slash_separated': "in Morse code (lower-case, characters separated by a slash)",
}
