"""Independent decoder for the p105 evasion notations: gets only the encoding name and the run."""
import re

def _bytes_to_str(bs): return bytes(bs).decode('utf-8')

def _base(tok, base):
    v = 0
    for ch in tok: v = v * base + '0123456789'.index(ch)
    return v

def _zeck(tok):
    w, a, b = [], 1, 2
    for _ in range(12): w.append(a); a, b = b, a + b
    return sum(x for x, bit in zip(reversed(w), tok) if bit == '1')

def _negabin(tok):
    return sum(int(d) * (-2) ** i for i, d in enumerate(reversed(tok)))

def _bal3(tok):
    v = 0
    for t in tok: v = v * 3 + {'+': 1, '0': 0, '-': -1}[t]
    return v

def _fact(tok):
    d = [int(x) for x in tok.split(':')]
    return d[0] * 120 + d[1] * 24 + d[2] * 6 + d[3] * 2 + d[4]

def _ints(run): return [int(x) for x in re.findall(r'-?\d+', run)]

def decode(name, run):
    if name == 'septenary_byte_triplets': return _bytes_to_str(_base(t, 7) for t in run.split())
    if name == 'binary_coded_decimal_code_points':
        return ''.join(chr(int(''.join(str(int(n, 2)) for n in t.split('.')))) for t in run.split())
    if name == 'zeckendorf_fibonacci_byte_bits': return _bytes_to_str(_zeck(t) for t in run.split())
    if name == 'cumulative_code_point_sums':
        tot = [0] + [int(x) for x in run.split(',')]
        return ''.join(chr(b - a) for a, b in zip(tot, tot[1:]))
    if name == 'code_points_times_seven': return ''.join(chr(int(t) // 7) for t in run.split())
    if name == 'negabinary_byte_digits': return _bytes_to_str(_negabin(t) for t in run.split())
    if name == 'balanced_ternary_byte_trits': return _bytes_to_str(_bal3(t) for t in run.split())
    if name == 'factoradic_byte_digits': return _bytes_to_str(_fact(t) for t in run.split())
    if name == 'unicode_u_plus_code_points': return ''.join(chr(int(t[2:], 16)) for t in run.split())
    if name == 'csharp_char_array_string_ctor':
        m = re.fullmatch(r"new string\(new\[\] \{ (.*) \}\)", run)
        return ''.join(re.findall(r"'(.)'", m.group(1)))
    if name == 'swift_utf8_decoding_array':
        m = re.fullmatch(r'String\(decoding: \[([\d, ]+)\], as: UTF8\.self\)', run)
        return _bytes_to_str(_ints(m.group(1)))
    if name == 'kotlin_bytearrayof_hex_literals':
        m = re.fullmatch(r'String\(byteArrayOf\(([0-9a-fx, ]+)\), Charsets\.UTF_8\)', run)
        return _bytes_to_str(int(x, 0) for x in m.group(1).split(', '))
    if name == 'dart_fromcharcodes_list':
        m = re.fullmatch(r'String\.fromCharCodes\(\[([\d, ]+)\]\)', run)
        return ''.join(map(chr, _ints(m.group(1))))
    if name == 'postgres_chr_pipe_concatenation':
        assert re.fullmatch(r'chr\(\d+\)(\|\|chr\(\d+\))*', run)
        return ''.join(map(chr, _ints(run)))
    if name == 'powershell_char_array_join':
        m = re.fullmatch(r'\(-join \[char\[\]\]\(([\d,]+)\)\)', run)
        return ''.join(map(chr, _ints(m.group(1))))
    if name == 'race_pace_minutes_seconds':
        return ''.join(chr(int(a) * 60 + int(b)) for a, b in (t.split(':') for t in run.split()))
    if name == 'football_scoreline_nibbles':
        return _bytes_to_str(int(a) * 16 + int(b) for a, b in (t.strip().split('-') for t in run.split(',')))
    if name == 'dice_face_base6_quads':
        return _bytes_to_str(sum((ord(ch) - 0x2680) * 6 ** (3 - i) for i, ch in enumerate(t)) for t in run.split())
    if name == 'xor_with_position_decimal':
        return _bytes_to_str(v ^ i for i, v in enumerate(_ints(run)))
    if name == 'rotate_left_three_bits_hex':
        return _bytes_to_str(((v >> 3) | (v << 5)) & 255 for v in (int(t, 16) for t in run.split()))
    if name == 'ones_complement_byte_decimal': return _bytes_to_str(255 - v for v in _ints(run))
    if name == 'bacon_ab_octets':
        return _bytes_to_str(int(t.translate(str.maketrans('AB', '01')), 2) for t in run.split())
    raise KeyError(name)
