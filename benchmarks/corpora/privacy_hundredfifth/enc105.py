"""Encoders for the 22 p105 evasion notations (the decoder lives in dec105.py, written separately)."""

def _b(s): return list(s.encode('utf-8'))

def _digits(n, base, width):
    out = []
    for _ in range(width):
        n, r = divmod(n, base); out.append(r)
    return out[::-1]

FIB = [233, 144, 89, 55, 34, 21, 13, 8, 5, 3, 2, 1]

def _zeck(n):
    bits = ''
    for f in FIB:
        if f <= n and not bits.endswith('1'):
            bits += '1'; n -= f
        else:
            bits += '0'
    assert n == 0
    return bits

def _negabin(n):
    if n == 0: return '0'
    d = ''
    while n:
        n, r = divmod(n, -2)
        if r < 0: n, r = n + 1, r + 2
        d = str(r) + d
    return d

def _bal3(n):
    t = []
    for _ in range(6):
        r = n % 3
        if r == 2: t.append('-'); n = (n + 1) // 3
        else: t.append('0+'[r]); n //= 3
    assert n == 0
    return ''.join(t[::-1])

def _fact(n):
    ds = []
    for f in (120, 24, 6, 2, 1):
        q, n = divmod(n, f); ds.append(str(q))
    return ':'.join(ds)

DICE = '\u2680\u2681\u2682\u2683\u2684\u2685'

ENC = {
    'septenary_byte_triplets': lambda s: ' '.join(''.join(map(str, _digits(b, 7, 3))) for b in _b(s)),
    'binary_coded_decimal_code_points': lambda s: ' '.join('.'.join(format(int(d), '04b') for d in str(ord(c))) for c in s),
    'zeckendorf_fibonacci_byte_bits': lambda s: ' '.join(_zeck(b) for b in _b(s)),
    'cumulative_code_point_sums': lambda s: ','.join(str(sum(ord(c) for c in s[:i + 1])) for i in range(len(s))),
    'code_points_times_seven': lambda s: ' '.join(str(ord(c) * 7) for c in s),
    'negabinary_byte_digits': lambda s: ' '.join(_negabin(b) for b in _b(s)),
    'balanced_ternary_byte_trits': lambda s: ' '.join(_bal3(b) for b in _b(s)),
    'factoradic_byte_digits': lambda s: ' '.join(_fact(b) for b in _b(s)),
    'unicode_u_plus_code_points': lambda s: ' '.join('U+%04X' % ord(c) for c in s),
    'csharp_char_array_string_ctor': lambda s: 'new string(new[] { ' + ', '.join("'%s'" % c for c in s) + ' })',
    'swift_utf8_decoding_array': lambda s: 'String(decoding: [' + ', '.join(map(str, _b(s))) + '], as: UTF8.self)',
    'kotlin_bytearrayof_hex_literals': lambda s: 'String(byteArrayOf(' + ', '.join('0x%02x' % b for b in _b(s)) + '), Charsets.UTF_8)',
    'dart_fromcharcodes_list': lambda s: 'String.fromCharCodes([' + ', '.join(str(ord(c)) for c in s) + '])',
    'postgres_chr_pipe_concatenation': lambda s: '||'.join('chr(%d)' % ord(c) for c in s),
    'powershell_char_array_join': lambda s: '(-join [char[]](' + ','.join(str(ord(c)) for c in s) + '))',
    'race_pace_minutes_seconds': lambda s: ' '.join('%d:%02d' % divmod(ord(c), 60) for c in s),
    'football_scoreline_nibbles': lambda s: ', '.join('%d-%d' % (b >> 4, b & 15) for b in _b(s)),
    'dice_face_base6_quads': lambda s: ' '.join(''.join(DICE[d] for d in _digits(b, 6, 4)) for b in _b(s)),
    'xor_with_position_decimal': lambda s: ' '.join(str(b ^ (i % 256)) for i, b in enumerate(_b(s))),
    'rotate_left_three_bits_hex': lambda s: ' '.join('%02x' % (((b << 3) | (b >> 5)) & 0xff) for b in _b(s)),
    'ones_complement_byte_decimal': lambda s: ' '.join(str(255 - b) for b in _b(s)),
    'bacon_ab_octets': lambda s: ' '.join(format(b, '08b').replace('0', 'A').replace('1', 'B') for b in _b(s)),
}

RULES = {
    'septenary_byte_triplets': 'in base 7, three base-7 digits per UTF-8 byte, space-separated',
    'binary_coded_decimal_code_points': 'in binary-coded decimal: each character\'s decimal code point, every decimal digit as four bits joined by dots, characters separated by spaces',
    'zeckendorf_fibonacci_byte_bits': 'in Zeckendorf form: each UTF-8 byte as twelve bits over the Fibonacci weights 233 144 89 55 34 21 13 8 5 3 2 1 (add the weights of the 1 bits), space-separated',
    'cumulative_code_point_sums': 'as running totals: the cumulative sum of the decimal code points, comma-separated (subtract each total from the next)',
    'code_points_times_seven': 'as decimal code points multiplied by seven, space-separated (divide each by 7)',
    'negabinary_byte_digits': 'in negabinary (base -2; digit weights 1, -2, 4, -8, ... from the right), one number per UTF-8 byte, space-separated',
    'balanced_ternary_byte_trits': 'in balanced ternary, six trits per UTF-8 byte written with + (1), 0 and - (-1), most significant first, space-separated',
    'factoradic_byte_digits': 'in the factorial number system: each UTF-8 byte as digits for 5! 4! 3! 2! 1! joined by colons, space-separated',
    'unicode_u_plus_code_points': 'as U+ code point notation, one per character, space-separated',
    'csharp_char_array_string_ctor': 'as a C# new string(char[]) expression',
    'swift_utf8_decoding_array': 'as a Swift String(decoding:as:) call over its decimal UTF-8 bytes',
    'kotlin_bytearrayof_hex_literals': 'as a Kotlin String(byteArrayOf(...)) call over hex UTF-8 bytes',
    'dart_fromcharcodes_list': 'as a Dart String.fromCharCodes call over decimal code points',
    'postgres_chr_pipe_concatenation': 'as a PostgreSQL chr() expression concatenated with ||',
    'powershell_char_array_join': 'as a PowerShell -join over a [char[]] cast of decimal code points',
    'race_pace_minutes_seconds': 'as pace times: each code point as minutes:seconds (minutes x 60 + seconds is the code point), space-separated',
    'football_scoreline_nibbles': 'as football scorelines: each UTF-8 byte as high nibble - low nibble in decimal, comma-separated',
    'dice_face_base6_quads': 'as dice: each UTF-8 byte in base 6 with four die faces (one pip = 0 up to six pips = 5), groups space-separated',
    'xor_with_position_decimal': 'with every UTF-8 byte XORed with its 0-based position, as decimal, space-separated',
    'rotate_left_three_bits_hex': 'with every UTF-8 byte rotated left by three bits (within 8 bits), as two-digit hex, space-separated (rotate right by three to read)',
    'ones_complement_byte_decimal': 'as the ones\' complement of every UTF-8 byte (255 minus the byte) in decimal, space-separated',
    'bacon_ab_octets': 'as Bacon-style octets: each UTF-8 byte as eight letters, A for a 0 bit and B for a 1 bit, space-separated',
}
