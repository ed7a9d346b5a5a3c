"""Encoders for the 22 evasion notations of p102 (rule text, encoder)."""

def _b(s): return list(s.encode('utf-8'))

def _base_digits(n, base, width, digits):
    out = ''
    for _ in range(width):
        n, d = divmod(n, base)
        out = digits[d] + out
    return out

def _bf(s):
    out, cur = [], 0
    for b in _b(s):
        d = b - cur
        out.append(('+' * d if d > 0 else '-' * (-d)) + '.')
        cur = b
    return ''.join(out)

def _col(n):
    s = ''
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s

def _negabin(n):
    if n == 0: return '0'
    s = ''
    while n:
        n, rem = divmod(n, -2)
        if rem < 0:
            n, rem = n + 1, rem + 2
        s = str(rem) + s
    return s

KEYALPHA = 'bountyacdefghijklmpqrsvwxz'
_SUB = str.maketrans('abcdefghijklmnopqrstuvwxyz' + 'abcdefghijklmnopqrstuvwxyz'.upper(), KEYALPHA + KEYALPHA.upper())

ENC = {
 'c_unsigned_char_hex_initializer': ("as a C unsigned char array initializer of 0x.. bytes (UTF-8)",
     lambda s: 'unsigned char k[] = {' + ', '.join('0x%02x' % b for b in _b(s)) + '};'),
 'java_new_string_char_array': ("as a Java new String(new char[]{...}) of decimal code points",
     lambda s: 'new String(new char[]{' + ', '.join(str(ord(c)) for c in s) + '})'),
 'python_bytes_list_decode': ("as a Python bytes([...]).decode() call of decimal byte values",
     lambda s: 'bytes([' + ', '.join(str(b) for b in _b(s)) + ']).decode()'),
 'csharp_utf8_getstring_byte_array': ("as a C# Encoding.UTF8.GetString(new byte[] { ... }) call of decimal bytes",
     lambda s: 'Encoding.UTF8.GetString(new byte[] { ' + ', '.join(str(b) for b in _b(s)) + ' })'),
 'php_chr_dot_concatenation': ("as a PHP expression of chr() calls joined with the . operator",
     lambda s: '.'.join('chr(%d)' % ord(c) for c in s)),
 'powershell_char_array_join': ("as a PowerShell -join [char[]](...) expression of decimal code points",
     lambda s: '-join [char[]](' + ','.join(str(ord(c)) for c in s) + ')'),
 'ruby_array_pack_c_star': ("as a Ruby [...].pack('C*') expression of decimal bytes",
     lambda s: '[' + ', '.join(str(b) for b in _b(s)) + "].pack('C*')"),
 'brainfuck_cell_program': ("as a Brainfuck program that prints it (one cell, + and - move the value, . prints the byte)",
     _bf),
 'braille_pattern_byte_cells': ("as Unicode Braille patterns, one cell per UTF-8 byte (cell = U+2800 + byte value)",
     lambda s: ''.join(chr(0x2800 + b) for b in _b(s))),
 'bacon_ab_byte_octets': ("in Bacon-style A/B letters, eight per UTF-8 byte (A=0, B=1, most significant first), space-separated",
     lambda s: ' '.join(format(b, '08b').replace('0', 'A').replace('1', 'B') for b in _b(s))),
 'nibble_letters_a_to_p': ("with every UTF-8 byte as two letters, one per nibble (a=0 ... p=15, high nibble first)",
     lambda s: ''.join('abcdefghijklmnop'[b >> 4] + 'abcdefghijklmnop'[b & 15] for b in _b(s))),
 'quoted_printable_every_byte': ("in quoted-printable with every byte escaped (=HH, upper-case hex)",
     lambda s: ''.join('=%02X' % b for b in _b(s))),
 'trithemius_position_added_codepoints': ("as decimal numbers, each the code point plus its 1-based position, space-separated",
     lambda s: ' '.join(str(ord(c) + i + 1) for i, c in enumerate(s))),
 'nonary_three_digit_bytes': ("in base 9, three digits per UTF-8 byte, space-separated",
     lambda s: ' '.join(_base_digits(b, 9, 3, '012345678') for b in _b(s))),
 'codepoints_times_seven_masked': ("as each code point multiplied by 7, in decimal, comma-separated",
     lambda s: ','.join(str(ord(c) * 7) for c in s)),
 'xor_with_byte_index_decimal': ("with every UTF-8 byte XORed with its 0-based index, in decimal, colon-separated",
     lambda s: ':'.join(str(b ^ (i & 255)) for i, b in enumerate(_b(s)))),
 'bijective_base26_column_labels': ("as spreadsheet column labels, one per code point (A=1, Z=26, AA=27 ...), space-separated",
     lambda s: ' '.join(_col(ord(c)) for c in s)),
 'negabinary_byte_digits': ("in base -2 (negabinary), one digit group per UTF-8 byte, space-separated",
     lambda s: ' '.join(_negabin(b) for b in _b(s))),
 'keyword_substitution_bounty_alphabet': ("with a keyword substitution alphabet: abcdefghijklmnopqrstuvwxyz -> bountyacdefghijklmpqrsvwxz (case kept; digits and - _ . unchanged)",
     lambda s: s.translate(_SUB)),
 'dozenal_three_digit_bytes': ("in base 12 with digits 0-9 X E, three digits per UTF-8 byte, space-separated",
     lambda s: ' '.join(_base_digits(b, 12, 3, '0123456789XE') for b in _b(s))),
 'dice_face_senary_quads': ("as dice faces in base 6 (\u2680=0 \u2681=1 \u2682=2 \u2683=3 \u2684=4 \u2685=5), four faces per UTF-8 byte, space-separated",
     lambda s: ' '.join(_base_digits(b, 6, 4, '\u2680\u2681\u2682\u2683\u2684\u2685') for b in _b(s))),
 'packed_bcd_nibble_bits': ("in packed BCD: every UTF-8 byte as its three decimal digits, each digit as 4 bits, bytes space-separated",
     lambda s: ' '.join(''.join(format(int(d), '04b') for d in '%03d' % b) for b in _b(s))),
}
