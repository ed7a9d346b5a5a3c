"""Independent decoders: every parameter is read back out of the record text (the naming phrase)."""
import re

def _hex(enc): return bytes.fromhex(re.sub(r'[\s:]', '', enc))
def _int(text, pat, base=10): return int(re.search(pat, text).group(1), base)
def _str(text, pat): return re.search(pat, text).group(1)
def _s(bs): return bytes(bs).decode('ascii')

def d_xor1(text, enc):
    k = _int(text, r'key byte 0x([0-9A-F]{2})', 16); return _s(b ^ k for b in _hex(enc))
def d_xorword(text, enc):
    kb = _str(text, r'ASCII key "([^"]+)"').encode(); return _s(b ^ kb[i % len(kb)] for i, b in enumerate(_hex(enc)))
def d_add(text, enc):
    n = _int(text, r'with (\d+) \(decimal\) added'); return _s((b - n) % 256 for b in _hex(enc))
def d_not(text, enc): return _s(255 - b for b in _hex(enc))
def d_nib(text, enc): return _s((b % 16) * 16 + b // 16 for b in _hex(enc))
def d_mirror(text, enc):
    out = []
    for b in _hex(enc):
        v = 0
        for i in range(8):
            if b & (1 << i): v |= 1 << (7 - i)
        out.append(v)
    return _s(out)
def d_rot(text, enc):
    n = _int(text, r'rotated left by (\d) bits'); return _s(((b >> n) | (b << (8 - n))) & 255 for b in _hex(enc))
def d_chain(text, enc):
    prev = _int(text, r'first one with 0x([0-9A-F]{2})', 16); out = []
    for c in _hex(enc): out.append(c ^ prev); prev = c
    return _s(out)
def d_counter(text, enc):
    s = _int(text, r'counter that starts at (\d+)'); return _s(b ^ ((s + i) % 256) for i, b in enumerate(_hex(enc)))
def d_gray(text, enc):
    out = []
    for g in _hex(enc):
        b = g; m = g >> 1
        while m: b ^= m; m >>= 1
        out.append(b)
    return _s(out)
def d_dec(text, enc):
    k = _int(text, r'XOR-ed with (\d+) and written as comma'); return _s(int(x) ^ k for x in enc.split(','))
def d_xorrev(text, enc):
    k = _int(text, r'XOR-ed with 0x([0-9A-F]{2}) and then written back', 16); return _s(b ^ k for b in reversed(_hex(enc)))
def d_pass(text, enc):
    kb = _str(text, r'passphrase "([^"]+)"').encode(); return _s(b ^ kb[i % len(kb)] for i, b in enumerate(_hex(enc)))
def d_pairs(text, enc):
    out = []
    for b in _hex(enc):
        bits = [(b >> i) & 1 for i in range(8)]
        for i in range(0, 8, 2): bits[i], bits[i + 1] = bits[i + 1], bits[i]
        out.append(sum(x << i for i, x in enumerate(bits)))
    return _s(out)
def d_fib(text, enc):
    bs = _hex(enc); fib = [1, 1]
    while len(fib) < len(bs): fib.append((fib[-1] + fib[-2]) % 256)
    return _s(b ^ f for b, f in zip(bs, fib))
def d_const(text, enc):
    K = _int(text, r'replaced by (\d+) minus'); return _s((K - b) % 256 for b in _hex(enc))
def d_line(text, enc):
    ref = _str(text, r'key line "([^"]+)"'); return ''.join(ref[int(x) - 1] for x in enc.split('-'))
def d_block(text, enc):
    lines = _str(text, r'key block "([^"]+)"').split(' / ')
    return ''.join(lines[int(a) - 1][int(b) - 1] for a, b in (t.split('.') for t in enc.split(' ')))
def d_end(text, enc):
    ref = _str(text, r'key line "([^"]+)"'); return ''.join(ref[len(ref) - int(x)] for x in enc.split(','))
def d_walk(text, enc):
    ref = _str(text, r'key line "([^"]+)"'); toks = enc.split(' '); pos = int(toks[0]); out = [ref[pos - 1]]
    for t in toks[1:]: pos += int(t); out.append(ref[pos - 1])
    return ''.join(out)
def d_words(text, enc):
    words = _str(text, r'sentence "([^"]+)"').split(' ')
    return ''.join(words[int(a) - 1][int(b) - 1] for a, b in (t.split('/') for t in enc.split(' ')))
def d_offset(text, enc):
    ref = _str(text, r'key line "([^"]+)"'); off = _int(text, r'with (\d+) added to each')
    return ''.join(ref[int(x) - off - 1] for x in enc.split(' '))

DEC = {
 'xor_single_byte_key_hex': d_xor1, 'xor_repeating_word_key_hex': d_xorword, 'byte_add_offset_colon_hex': d_add,
 'ones_complement_bytes_hex': d_not, 'nibble_swapped_bytes_hex': d_nib, 'bit_mirrored_bytes_hex': d_mirror,
 'bit_rotated_left_hex': d_rot, 'xor_chained_previous_output_hex': d_chain, 'xor_position_counter_hex': d_counter,
 'gray_code_bytes_hex': d_gray, 'xor_key_decimal_octets': d_dec, 'xor_then_reversed_order_hex': d_xorrev,
 'xor_passphrase_keystream_hex': d_pass, 'adjacent_bit_pairs_swapped_hex': d_pairs, 'xor_fibonacci_keystream_hex': d_fib,
 'subtracted_from_constant_hex': d_const, 'book_key_line_char_index': d_line, 'book_key_block_line_column': d_block,
 'book_index_from_line_end': d_end, 'book_index_delta_walk': d_walk, 'book_word_letter_pairs': d_words,
 'book_index_plus_offset': d_offset,
}
# hand-worked known answers for plain "Hi7" (H=0x48 i=0x69 7=0x37)
SELFTEST = [
 ('ones_complement_bytes_hex', '', 'b7 96 c8'),
 ('nibble_swapped_bytes_hex', '', '84 96 73'),
 ('gray_code_bytes_hex', '', '6c 5d 2c'),
 ('xor_single_byte_key_hex', 'single key byte 0x01 and', '49 68 36'),
 ('bit_mirrored_bytes_hex', '', '12 96 ec'),
 ('xor_fibonacci_keystream_hex', '', '49 68 35'),
 ('book_key_line_char_index', 'key line "Hi 7"', '1-2-4'),
]
def selftest():
    for name, text, enc in SELFTEST:
        assert DEC[name](text, enc) == 'Hi7', name
    return len(SELFTEST)
