"""Encoders for the 22 evasion notations of p109 (the decoder lives in dec109.py)."""

GRID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'

def _digits(n, base, width, alphabet='0123456789ABCDEFGHIJ'):
    out = []
    for _ in range(width):
        n, d = divmod(n, base)
        out.append(alphabet[d])
    assert n == 0
    return ''.join(reversed(out))

def _negadecimal(n):
    if n == 0:
        return '0'
    out = []
    while n != 0:
        n, d = divmod(n, -10)
        if d < 0:
            d += 10
            n += 1
        out.append(str(d))
    return ''.join(reversed(out))

def _tri(c):
    k = 0
    while (k + 1) * (k + 2) // 2 <= c:
        k += 1
    return 'T%d+%d' % (k, c - k * (k + 1) // 2)

def _sq(c):
    n = 0
    while (n + 1) * (n + 1) <= c:
        n += 1
    return '%d^2+%d' % (n, c - n * n)

def _b(s):
    return list(s.encode('utf-8'))

def _cp(s):
    return [ord(ch) for ch in s]

ENC = {
 'quaternary_quad_bytes': lambda s: ' '.join(_digits(b, 4, 4) for b in _b(s)),
 'undecimal_a_triplets': lambda s: ' '.join(_digits(b, 11, 3) for b in _b(s)),
 'tridecimal_abc_pairs': lambda s: ' '.join(_digits(c, 13, 2) for c in _cp(s)),
 'vigesimal_a_to_j_pairs': lambda s: ' '.join(_digits(c, 20, 2) for c in _cp(s)),
 'tetradecimal_a_to_d_pairs': lambda s: ' '.join(_digits(c, 14, 2) for c in _cp(s)),
 'letter_pairs_base26_bytes': lambda s: ' '.join(_digits(b, 26, 2, 'abcdefghijklmnopqrstuvwxyz') for b in _b(s)),
 'triangular_number_offsets': lambda s: ' '.join(_tri(c) for c in _cp(s)),
 'square_plus_remainder_terms': lambda s: ' '.join(_sq(c) for c in _cp(s)),
 'thousand_complement_code_points': lambda s: ' '.join(str(1000 - c) for c in _cp(s)),
 'squared_code_points': lambda s: ' '.join(str(c * c) for c in _cp(s)),
 'position_added_code_points': lambda s: ' '.join(str(c + i + 1) for i, c in enumerate(_cp(s))),
 'affine_three_x_plus_one': lambda s: ' '.join(str(3 * c + 1) for c in _cp(s)),
 'negadecimal_byte_numbers': lambda s: ' '.join(_negadecimal(b) for b in _b(s)),
 'grid_row_column_index': lambda s: ' '.join('%d%d' % divmod(GRID.index(ch), 10) for ch in s),
 'java_char_cast_concatenation': lambda s: '"" + ' + ' + '.join('(char) %d' % c for c in _cp(s)),
 'ruby_pack_u_star_array': lambda s: '[' + ', '.join(str(c) for c in _cp(s)) + "].pack('U*')",
 'haskell_map_chr_list': lambda s: 'map chr [' + ','.join(str(c) for c in _cp(s)) + ']',
 'clojure_apply_str_map_char': lambda s: '(apply str (map char [' + ' '.join(str(c) for c in _cp(s)) + ']))',
 'julia_string_uint8_vector': lambda s: 'String(UInt8[' + ', '.join('0x%02x' % b for b in _b(s)) + '])',
 'scala_map_tochar_mkstring': lambda s: 'Seq(' + ', '.join(str(c) for c in _cp(s)) + ').map(_.toChar).mkString',
 'elixir_list_to_string_call': lambda s: 'List.to_string([' + ', '.join(str(c) for c in _cp(s)) + '])',
 'fsharp_array_map_char_string': lambda s: 'System.String(Array.map char [|' + '; '.join(str(c) for c in _cp(s)) + '|])',
}

RULE = {
 'quaternary_quad_bytes': 'in base 4, four quaternary digits per UTF-8 byte, space-separated',
 'undecimal_a_triplets': 'in base 11 (A = ten), three digits per UTF-8 byte, space-separated',
 'tridecimal_abc_pairs': 'in base 13 (A, B, C = ten, eleven, twelve), two digits per character code point, space-separated',
 'vigesimal_a_to_j_pairs': 'in base 20 (A..J = ten..nineteen), two digits per character code point, space-separated',
 'tetradecimal_a_to_d_pairs': 'in base 14 (A..D = ten..thirteen), two digits per character code point, space-separated',
 'letter_pairs_base26_bytes': 'as two letters per UTF-8 byte in base 26 (a = 0 ... z = 25, high digit first), space-separated',
 'triangular_number_offsets': 'as Tk+r terms where the code point is the k-th triangular number k(k+1)/2 plus r, space-separated',
 'square_plus_remainder_terms': 'as n^2+r terms where the code point is n squared plus r, space-separated',
 'thousand_complement_code_points': 'as 1000 minus each code point, in decimal, space-separated',
 'squared_code_points': 'as the square of each character code point, in decimal, space-separated (take square roots)',
 'position_added_code_points': 'as each code point plus its 1-based position in the string, in decimal, space-separated',
 'affine_three_x_plus_one': 'as 3 times each code point plus 1, in decimal, space-separated',
 'negadecimal_byte_numbers': 'in base -10 (negadecimal; digit weights 1, -10, 100, -1000 from the right), one number per UTF-8 byte, space-separated',
 'grid_row_column_index': 'as row and column digits into the 10-column grid ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_. (index = row*10 + column), space-separated',
 'java_char_cast_concatenation': 'as a Java string built by concatenating (char) casts of decimal code points',
 'ruby_pack_u_star_array': "as a Ruby array of code points packed with pack('U*')",
 'haskell_map_chr_list': 'as a Haskell map chr over a list of decimal code points',
 'clojure_apply_str_map_char': 'as a Clojure (apply str (map char [...])) form over decimal code points',
 'julia_string_uint8_vector': 'as a Julia String(UInt8[...]) call over its hex UTF-8 bytes',
 'scala_map_tochar_mkstring': 'as a Scala Seq of code points mapped with _.toChar and joined by mkString',
 'elixir_list_to_string_call': 'as an Elixir List.to_string call over a charlist of decimal code points',
 'fsharp_array_map_char_string': 'as an F# System.String over Array.map char of decimal code points',
}
