"""Evasion decoders, written independently of enc82.py: they get only the encoding name and the run."""
import re, unicodedata

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _from_bits(symbols, alphabet, width):
    bits = ''.join(format(alphabet.index(s), '0%db' % width) for s in symbols)
    n = len(bits) // 8
    return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(n))


def _b64(s):
    s = s.rstrip('=')
    return _from_bits(s, _B64, 6)


def decode(name, run):
    if name == 'css_backslash_hex_escapes':
        assert re.fullmatch(r'(\\[0-9a-f]+ )*\\[0-9a-f]+', run)
        return ''.join(chr(int(x, 16)) for x in re.findall(r'\\([0-9a-f]+)', run))
    if name == 'es6_codepoint_brace_escapes':
        m = re.fullmatch(r'"((?:\\u\{[0-9a-f]+\})+)"', run)
        return ''.join(chr(int(x, 16)) for x in re.findall(r'\{([0-9a-f]+)\}', m.group(1)))
    if name == 'textdecoder_uint8array_decimal':
        m = re.fullmatch(r'new TextDecoder\(\)\.decode\(new Uint8Array\(\[([0-9, ]+)\]\)\)', run)
        return bytes(int(x) for x in m.group(1).split(', ')).decode()
    if name == 'js_string_array_join_empty':
        m = re.fullmatch(r"\[((?:'.', )*'.')\]\.join\(''\)", run)
        return ''.join(re.findall(r"'(.)'", m.group(1)))
    if name == 'atob_split_base64_concat':
        m = re.fullmatch(r"atob\(((?:'[A-Za-z0-9+/=]+' \+ )*'[A-Za-z0-9+/=]+')\)", run)
        return _b64(''.join(re.findall(r"'([^']+)'", m.group(1)))).decode()
    if name == 'crockford_base32_lowercase':
        assert re.fullmatch(r'[0-9a-hjkmnp-tv-z]+', run)
        return _from_bits(run, '0123456789abcdefghjkmnpqrstvwxyz', 5).decode()
    if name == 'base32hex_extended_alphabet':
        assert re.fullmatch(r'[0-9A-V]+=*', run) and len(run) % 8 == 0
        return _from_bits(run.rstrip('='), '0123456789ABCDEFGHIJKLMNOPQRSTUV', 5).decode()
    if name == 'rot47_printable_ascii':
        return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == 'utf16be_hex_code_units':
        assert re.fullmatch(r'[0-9A-F]{4}( [0-9A-F]{4})*', run)
        return ''.join(chr(int(x, 16)) for x in run.split(' '))
    if name == 'unicode_u_plus_codepoints':
        assert re.fullmatch(r'U\+[0-9A-F]{4}( U\+[0-9A-F]{4})*', run)
        return ''.join(chr(int(x[2:], 16)) for x in run.split(' '))
    if name == 'braille_pattern_bytes':
        assert all(0x2800 <= ord(c) <= 0x28FF for c in run)
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == 'circled_alphanumeric_forms':
        out = []
        for c in run:
            o = ord(c)
            if 0x24D0 <= o <= 0x24E9:
                out.append(chr(o - 0x24D0 + ord('a')))
            elif 0x24B6 <= o <= 0x24CF:
                out.append(chr(o - 0x24B6 + ord('A')))
            elif o == 0x24EA:
                out.append('0')
            elif 0x2460 <= o <= 0x2468:
                out.append(str(o - 0x2460 + 1))
            else:
                assert c in '-_.'
                out.append(c)
        return ''.join(out)
    if name == 'zero_width_space_interleaved':
        parts = run.split('\u200b')
        assert all(len(x) == 1 for x in parts)
        return ''.join(parts)
    if name == 'colon_separated_hex_bytes':
        assert re.fullmatch(r'[0-9a-f]{2}(:[0-9a-f]{2})*', run)
        return bytes(int(x, 16) for x in run.split(':')).decode()
    if name == 'nibble_swapped_byte_hex':
        assert re.fullmatch(r'(?:[0-9a-f]{2})+', run)
        return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == 'rail_fence_two_rails':
        a, b = run.split(' | ')
        assert len(a) - len(b) in (0, 1)
        return ''.join(x + y for x, y in zip(a, b)) + (a[-1] if len(a) > len(b) else '')
    if name == 'python_named_unicode_escapes':
        m = re.fullmatch(r'"((?:\\N\{[A-Z0-9 \-]+\})+)"', run)
        return ''.join(unicodedata.lookup(x) for x in re.findall(r'\\N\{([A-Z0-9 \-]+)\}', m.group(1)))
    if name == 'code_point_plus_one_shift':
        return ''.join(chr(ord(c) - 1) for c in run)
    if name == 'dotted_decimal_quads':
        assert re.fullmatch(r'\d+\.\d+\.\d+\.\d+( \d+\.\d+\.\d+\.\d+)*', run)
        bs = [int(x) for q in run.split(' ') for x in q.split('.')]
        while bs and bs[-1] == 0:
            bs.pop()
        return bytes(bs).decode()
    if name == 'dna_nucleotide_quads':
        assert re.fullmatch(r'[ACGT]+', run) and len(run) % 4 == 0
        return _from_bits(run, 'ACGT', 2).decode()
    if name == 'decimal_big_integer':
        assert re.fullmatch(r'[1-9][0-9]*', run)
        n, out = int(run), []
        while n:
            out.append(n % 256)
            n //= 256
        return bytes(reversed(out)).decode()
    if name == 'od_octal_byte_dump':
        lines = run.split('\n')
        total = int(lines[-1], 8)
        bs = []
        for ln in lines[:-1]:
            f = ln.split(' ')
            assert int(f[0], 8) == len(bs)
            bs.extend(int(x, 8) for x in f[1:])
        assert len(bs) == total
        return bytes(bs).decode()
    raise KeyError(name)
