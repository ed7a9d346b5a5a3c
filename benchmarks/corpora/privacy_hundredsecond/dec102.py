"""Independent decoder: gets only the encoding name and the run."""
import quopri, re

def _bytes(nums): return bytes(nums).decode('utf-8')

def _ints(run, inner):
    return [int(x, 0) for x in re.split(r'\s*,\s*', inner.strip())]

def decode(enc, run):
    if enc == 'c_unsigned_char_hex_initializer':
        m = re.fullmatch(r'unsigned char k\[\] = \{(.*)\};', run)
        return _bytes([int(x, 16) for x in re.findall(r'0x([0-9a-f]{2})', m.group(1))])
    if enc == 'java_new_string_char_array':
        m = re.fullmatch(r'new String\(new char\[\]\{(.*)\}\)', run)
        return ''.join(map(chr, _ints(run, m.group(1))))
    if enc == 'python_bytes_list_decode':
        m = re.fullmatch(r'bytes\(\[(.*)\]\)\.decode\(\)', run)
        return _bytes(_ints(run, m.group(1)))
    if enc == 'csharp_utf8_getstring_byte_array':
        m = re.fullmatch(r'Encoding\.UTF8\.GetString\(new byte\[\] \{ (.*) \}\)', run)
        return _bytes(_ints(run, m.group(1)))
    if enc == 'php_chr_dot_concatenation':
        assert re.fullmatch(r'chr\(\d+\)(\.chr\(\d+\))*', run)
        return ''.join(chr(int(x)) for x in re.findall(r'chr\((\d+)\)', run))
    if enc == 'powershell_char_array_join':
        m = re.fullmatch(r'-join \[char\[\]\]\((.*)\)', run)
        return ''.join(map(chr, _ints(run, m.group(1))))
    if enc == 'ruby_array_pack_c_star':
        m = re.fullmatch(r"\[(.*)\]\.pack\('C\*'\)", run)
        return _bytes(_ints(run, m.group(1)))
    if enc == 'brainfuck_cell_program':
        cell, out = 0, []
        for ch in run:
            if ch == '+': cell = (cell + 1) % 256
            elif ch == '-': cell = (cell - 1) % 256
            elif ch == '.': out.append(cell)
        return _bytes(out)
    if enc == 'braille_pattern_byte_cells':
        return _bytes([ord(c) - 0x2800 for c in run])
    if enc == 'bacon_ab_byte_octets':
        return _bytes([sum((1 << (7 - i)) for i, c in enumerate(g) if c == 'B') for g in run.split(' ')])
    if enc == 'nibble_letters_a_to_p':
        v = [ord(c) - 97 for c in run]
        return _bytes([v[i] * 16 + v[i + 1] for i in range(0, len(v), 2)])
    if enc == 'quoted_printable_every_byte':
        return quopri.decodestring(run.encode()).decode('utf-8')
    if enc == 'trithemius_position_added_codepoints':
        return ''.join(chr(int(x) - i - 1) for i, x in enumerate(run.split(' ')))
    if enc == 'nonary_three_digit_bytes':
        return _bytes([int(g, 9) for g in run.split(' ')])
    if enc == 'codepoints_times_seven_masked':
        out = []
        for x in run.split(','):
            q, rem = divmod(int(x), 7); assert rem == 0; out.append(chr(q))
        return ''.join(out)
    if enc == 'xor_with_byte_index_decimal':
        return _bytes([int(x) ^ (i & 255) for i, x in enumerate(run.split(':'))])
    if enc == 'bijective_base26_column_labels':
        out = []
        for g in run.split(' '):
            n = 0
            for c in g: n = n * 26 + (ord(c) - 64)
            out.append(chr(n))
        return ''.join(out)
    if enc == 'negabinary_byte_digits':
        return _bytes([sum(int(d) * (-2) ** k for k, d in enumerate(reversed(g))) for g in run.split(' ')])
    if enc == 'keyword_substitution_bounty_alphabet':
        src = 'bountyacdefghijklmpqrsvwxz'
        inv = {src[i]: chr(97 + i) for i in range(26)}
        return ''.join(inv[c] if c in inv else (inv[c.lower()].upper() if c.lower() in inv else c) for c in run)
    if enc == 'dozenal_three_digit_bytes':
        return _bytes([int(g.replace('X', 'A').replace('E', 'B'), 12) for g in run.split(' ')])
    if enc == 'dice_face_senary_quads':
        return _bytes([int(''.join(str(ord(c) - 0x2680) for c in g), 6) for g in run.split(' ')])
    if enc == 'packed_bcd_nibble_bits':
        return _bytes([int(''.join(str(int(g[i:i + 4], 2)) for i in range(0, 12, 4))) for g in run.split(' ')])
    raise KeyError(enc)
