"""Evasion encoders (the decoders live separately in dec82.py)."""
import base64, unicodedata

CROCK = '0123456789abcdefghjkmnpqrstvwxyz'
DNA = 'ACGT'


def _bits_encode(data, alphabet, width):
    bits = ''.join(format(b, '08b') for b in data)
    bits += '0' * (-len(bits) % width)
    return ''.join(alphabet[int(bits[i:i + width], 2)] for i in range(0, len(bits), width))


def css_backslash_hex_escapes(p):
    return ''.join('\\%x ' % ord(c) for c in p).rstrip()


def es6_codepoint_brace_escapes(p):
    return '"' + ''.join('\\u{%x}' % ord(c) for c in p) + '"'


def textdecoder_uint8array_decimal(p):
    return 'new TextDecoder().decode(new Uint8Array([' + ', '.join(str(b) for b in p.encode()) + ']))'


def js_string_array_join_empty(p):
    return '[' + ', '.join("'%s'" % c for c in p) + "].join('')"


def atob_split_base64_concat(p):
    b = base64.b64encode(p.encode()).decode()
    parts = [b[i:i + 8] for i in range(0, len(b), 8)]
    return 'atob(' + ' + '.join("'%s'" % x for x in parts) + ')'


def crockford_base32_lowercase(p):
    return _bits_encode(p.encode(), CROCK, 5)


def base32hex_extended_alphabet(p):
    return base64.b32hexencode(p.encode()).decode()


def rot47_printable_ascii(p):
    return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p)


def utf16be_hex_code_units(p):
    return ' '.join('%04X' % ord(c) for c in p)


def unicode_u_plus_codepoints(p):
    return ' '.join('U+%04X' % ord(c) for c in p)


def braille_pattern_bytes(p):
    return ''.join(chr(0x2800 + b) for b in p.encode())


def circled_alphanumeric_forms(p):
    out = []
    for c in p:
        if 'a' <= c <= 'z':
            out.append(chr(0x24D0 + ord(c) - 97))
        elif 'A' <= c <= 'Z':
            out.append(chr(0x24B6 + ord(c) - 65))
        elif c == '0':
            out.append('\u24EA')
        elif '1' <= c <= '9':
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return ''.join(out)


def zero_width_space_interleaved(p):
    return '\u200b'.join(p)


def colon_separated_hex_bytes(p):
    return ':'.join('%02x' % b for b in p.encode())


def nibble_swapped_byte_hex(p):
    return ''.join('%02x' % (((b & 15) << 4) | (b >> 4)) for b in p.encode())


def rail_fence_two_rails(p):
    return p[0::2] + ' | ' + p[1::2]


def python_named_unicode_escapes(p):
    return '"' + ''.join('\\N{%s}' % unicodedata.name(c) for c in p) + '"'


def code_point_plus_one_shift(p):
    return ''.join(chr(ord(c) + 1) for c in p)


def dotted_decimal_quads(p):
    b = list(p.encode())
    b += [0] * (-len(b) % 4)
    return ' '.join('.'.join(str(x) for x in b[i:i + 4]) for i in range(0, len(b), 4))


def dna_nucleotide_quads(p):
    return _bits_encode(p.encode(), DNA, 2)


def decimal_big_integer(p):
    return str(int.from_bytes(p.encode(), 'big'))


def od_octal_byte_dump(p):
    b = p.encode()
    lines = []
    for i in range(0, len(b), 16):
        lines.append('%07o' % i + ''.join(' %03o' % x for x in b[i:i + 16]))
    lines.append('%07o' % len(b))
    return '\n'.join(lines)


ENC = {f.__name__: f for f in [
    css_backslash_hex_escapes, es6_codepoint_brace_escapes, textdecoder_uint8array_decimal,
    js_string_array_join_empty, atob_split_base64_concat, crockford_base32_lowercase,
    base32hex_extended_alphabet, rot47_printable_ascii, utf16be_hex_code_units, unicode_u_plus_codepoints,
    braille_pattern_bytes, circled_alphanumeric_forms, zero_width_space_interleaved, colon_separated_hex_bytes,
    nibble_swapped_byte_hex, rail_fence_two_rails, python_named_unicode_escapes, code_point_plus_one_shift,
    dotted_decimal_quads, dna_nucleotide_quads, decimal_big_integer, od_octal_byte_dump]}

PHRASE = {
    'css_backslash_hex_escapes': 'as CSS escapes (a backslash, the hex code point, then a space, per character)',
    'es6_codepoint_brace_escapes': 'as a JavaScript string of ES2015 \\u{...} code point escapes',
    'textdecoder_uint8array_decimal': 'as a TextDecoder over a Uint8Array of decimal UTF-8 bytes',
    'js_string_array_join_empty': "as a JS array of one-character strings joined with ''",
    'atob_split_base64_concat': 'as an atob() over Base64 chunks glued together with +',
    'crockford_base32_lowercase': 'in Crockford Base32, lower case (0-9 a-z without i l o u), no padding',
    'base32hex_extended_alphabet': 'in base32hex (RFC 4648 extended hex alphabet 0-9 A-V, = padding)',
    'rot47_printable_ascii': 'in ROT47 (every printable ASCII character from ! to ~ rotated by 47)',
    'utf16be_hex_code_units': 'as UTF-16BE code units, four hex digits each, space separated',
    'unicode_u_plus_codepoints': 'as Unicode U+ code point notation, one per character',
    'braille_pattern_bytes': 'as Braille pattern characters (U+2800 plus each UTF-8 byte)',
    'circled_alphanumeric_forms': 'in circled letters and digits (Enclosed Alphanumerics; - _ . unchanged)',
    'zero_width_space_interleaved': 'with a zero-width space (U+200B) between every two characters',
    'colon_separated_hex_bytes': 'as colon-separated lower-case hex bytes',
    'nibble_swapped_byte_hex': 'as hex bytes with the two nibbles of every byte swapped',
    'rail_fence_two_rails': 'in a two-rail rail fence (characters 1, 3, 5 ... then | then characters 2, 4, 6 ...)',
    'python_named_unicode_escapes': 'as a Python string of \\N{...} named Unicode escapes',
    'code_point_plus_one_shift': 'with every character moved one code point up (subtract 1 from each)',
    'dotted_decimal_quads': 'as dotted-decimal quads (four UTF-8 bytes per group, zero bytes pad the last one)',
    'dna_nucleotide_quads': 'as DNA letters (A=00 C=01 G=10 T=11, four letters per byte)',
    'decimal_big_integer': 'as one decimal integer (the UTF-8 bytes read big-endian)',
    'od_octal_byte_dump': 'as an od -b style octal byte dump (offset column, three-digit octal bytes)',
}
