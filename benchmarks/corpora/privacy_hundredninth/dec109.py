"""Independent decoder: gets only the encoding name and the run."""
import re

_GRID_ROWS = ['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZabcd', 'efghijklmn', 'opqrstuvwx', 'yz01234567', '89-_.']

def _ints(run):
    return [int(x) for x in re.findall(r'-?\d+', run)]

def _neg10(tok):
    total = 0
    for i, ch in enumerate(reversed(tok)):
        total += int(ch) * (-10) ** i
    return total

def _bytes(bs):
    return bytes(bs).decode('utf-8')

def _chars(cs):
    return ''.join(map(chr, cs))

def _isqrt_exact(n):
    x = int(round(n ** 0.5))
    assert x * x == n, n
    return x

def decode(name, run):
    toks = run.split(' ')
    if name == 'quaternary_quad_bytes':
        return _bytes([int(t, 4) for t in toks])
    if name == 'undecimal_a_triplets':
        return _bytes([int(t, 11) for t in toks])
    if name == 'tridecimal_abc_pairs':
        return _chars([int(t, 13) for t in toks])
    if name == 'vigesimal_a_to_j_pairs':
        return _chars([int(t, 20) for t in toks])
    if name == 'tetradecimal_a_to_d_pairs':
        return _chars([int(t, 14) for t in toks])
    if name == 'letter_pairs_base26_bytes':
        return _bytes([(ord(t[0]) - 97) * 26 + (ord(t[1]) - 97) for t in toks])
    if name == 'triangular_number_offsets':
        out = []
        for t in toks:
            m = re.fullmatch(r'T(\d+)\+(\d+)', t)
            k, r = int(m.group(1)), int(m.group(2))
            assert r <= k
            out.append(k * (k + 1) // 2 + r)
        return _chars(out)
    if name == 'square_plus_remainder_terms':
        out = []
        for t in toks:
            m = re.fullmatch(r'(\d+)\^2\+(\d+)', t)
            out.append(int(m.group(1)) ** 2 + int(m.group(2)))
        return _chars(out)
    if name == 'thousand_complement_code_points':
        return _chars([1000 - int(t) for t in toks])
    if name == 'squared_code_points':
        return _chars([_isqrt_exact(int(t)) for t in toks])
    if name == 'position_added_code_points':
        return _chars([int(t) - (i + 1) for i, t in enumerate(toks)])
    if name == 'affine_three_x_plus_one':
        vals = []
        for t in toks:
            q, rem = divmod(int(t) - 1, 3)
            assert rem == 0
            vals.append(q)
        return _chars(vals)
    if name == 'negadecimal_byte_numbers':
        return _bytes([_neg10(t) for t in toks])
    if name == 'grid_row_column_index':
        return ''.join(_GRID_ROWS[int(t[0])][int(t[1])] for t in toks)
    if name == 'java_char_cast_concatenation':
        assert run.startswith('"" + (char) ')
        return _chars([int(x) for x in re.findall(r'\(char\) (\d+)', run)])
    if name == 'ruby_pack_u_star_array':
        m = re.fullmatch(r"\[([\d, ]+)\]\.pack\('U\*'\)", run)
        return _chars(_ints(m.group(1)))
    if name == 'haskell_map_chr_list':
        m = re.fullmatch(r'map chr \[([\d,]+)\]', run)
        return _chars(_ints(m.group(1)))
    if name == 'clojure_apply_str_map_char':
        m = re.fullmatch(r'\(apply str \(map char \[([\d ]+)\]\)\)', run)
        return _chars(_ints(m.group(1)))
    if name == 'julia_string_uint8_vector':
        m = re.fullmatch(r'String\(UInt8\[([0-9a-fx, ]+)\]\)', run)
        return _bytes([int(x, 16) for x in m.group(1).split(', ')])
    if name == 'scala_map_tochar_mkstring':
        m = re.fullmatch(r'Seq\(([\d, ]+)\)\.map\(_\.toChar\)\.mkString', run)
        return _chars(_ints(m.group(1)))
    if name == 'elixir_list_to_string_call':
        m = re.fullmatch(r'List\.to_string\(\[([\d, ]+)\]\)', run)
        return _chars(_ints(m.group(1)))
    if name == 'fsharp_array_map_char_string':
        m = re.fullmatch(r'System\.String\(Array\.map char \[\|([\d; ]+)\|\]\)', run)
        return _chars(_ints(m.group(1)))
    raise KeyError(name)
