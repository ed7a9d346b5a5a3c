"""Encoders for the 22 evasion encodings. Each returns (naming phrase, encoded run)."""
REF_LINES = ['The quick brown fox jumps over the lazy dog;', 'PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS', '0123456789 _.-']
REF = ' '.join(REF_LINES)
WORDS = ['Kite', 'Oboe', 'Yarrow', 'Quince', 'Tundra', 'Mosaic']
PASSPHRASES = ['salt and vinegar crisps', 'seven swans a-swimming', 'left at the old mill']

def hp(bs, sep=' ', upper=False):
    s = sep.join('%02x' % b for b in bs)
    return s.upper() if upper else s

def _b(p): return p.encode('ascii')

def xor_single_byte_key_hex(p, r):
    k = r.randint(0x10, 0x7f)
    return f'XOR-ed byte by byte with the single key byte 0x{k:02X} and written as hex pairs', hp(b ^ k for b in _b(p))
def xor_repeating_word_key_hex(p, r):
    w = r.choice(WORDS); kb = w.encode()
    return f'XOR-ed with the repeating ASCII key "{w}" and written as unbroken lowercase hex', hp((b ^ kb[i % len(kb)] for i, b in enumerate(_b(p))), '')
def byte_add_offset_colon_hex(p, r):
    n = r.randint(17, 99)
    return f'with {n} (decimal) added to every byte modulo 256, written as colon-separated uppercase hex', hp(((b + n) & 255 for b in _b(p)), ':', True)
def ones_complement_bytes_hex(p, r):
    return "with every bit of every byte inverted (one's complement) and written as hex pairs", hp(b ^ 0xFF for b in _b(p))
def nibble_swapped_bytes_hex(p, r):
    return 'with the high and low nibble of every byte swapped, written as hex pairs', hp(((b << 4) | (b >> 4)) & 255 for b in _b(p))
def bit_mirrored_bytes_hex(p, r):
    return 'with the eight bits of every byte mirrored (bit 7 swaps with bit 0, 6 with 1 and so on), written as hex pairs', hp(int('{:08b}'.format(b)[::-1], 2) for b in _b(p))
def bit_rotated_left_hex(p, r):
    n = r.choice([1, 2, 3, 5, 6, 7])
    return f'with every byte rotated left by {n} bits (circular), written as hex pairs', hp(((b << n) | (b >> (8 - n))) & 255 for b in _b(p))
def xor_chained_previous_output_hex(p, r):
    iv = r.randint(1, 254); out = []; prev = iv
    for b in _b(p): prev = b ^ prev; out.append(prev)
    return f'XOR-chained: each byte XOR-ed with the previous output byte, the first one with 0x{iv:02X}; hex pairs', hp(out)
def xor_position_counter_hex(p, r):
    s = r.randint(1, 200)
    return f'XOR-ed with a counter that starts at {s} and goes up by one per byte (mod 256), written as hex pairs', hp(b ^ ((s + i) & 255) for i, b in enumerate(_b(p)))
def gray_code_bytes_hex(p, r):
    return 'with each byte replaced by its Gray code (byte XOR byte shifted right by one), written as hex pairs', hp(b ^ (b >> 1) for b in _b(p))
def xor_key_decimal_octets(p, r):
    k = r.randint(33, 126)
    return f'XOR-ed with {k} and written as comma-separated decimal byte values', ','.join(str(b ^ k) for b in _b(p))
def xor_then_reversed_order_hex(p, r):
    k = r.randint(0x10, 0x7f)
    return f'XOR-ed with 0x{k:02X} and then written back to front, as hex pairs', hp(reversed([b ^ k for b in _b(p)]))
def xor_passphrase_keystream_hex(p, r):
    ph = r.choice(PASSPHRASES); kb = ph.encode()
    return f'XOR-ed against the repeating passphrase "{ph}" (spaces count), written as unbroken uppercase hex', hp((b ^ kb[i % len(kb)] for i, b in enumerate(_b(p))), '', True)
def adjacent_bit_pairs_swapped_hex(p, r):
    return 'with neighbouring bits swapped inside each byte (bit 0 with 1, 2 with 3, 4 with 5, 6 with 7), written as hex pairs', hp((((b & 0x55) << 1) | ((b & 0xAA) >> 1)) for b in _b(p))
def xor_fibonacci_keystream_hex(p, r):
    a, c, ks = 1, 1, []
    for _ in p: ks.append(a); a, c = c, (a + c) & 255
    return 'XOR-ed with the Fibonacci numbers mod 256 (1, 1, 2, 3, 5 … one per byte), written as hex pairs', hp(b ^ k for b, k in zip(_b(p), ks))
def subtracted_from_constant_hex(p, r):
    K = r.randint(150, 255)
    return f'with every byte replaced by {K} minus the byte (mod 256), written as hex pairs', hp((K - b) & 255 for b in _b(p))

def _pos(r, ch):
    return r.choice([i for i, c in enumerate(REF) if c == ch])
def book_key_line_char_index(p, r):
    return f'as 1-based character positions in the key line "{REF}", joined by dashes', '-'.join(str(_pos(r, c) + 1) for c in p)
def book_key_block_line_column(p, r):
    out = []
    for c in p:
        cands = [(li + 1, ci + 1) for li, line in enumerate(REF_LINES) for ci, x in enumerate(line) if x == c]
        l, co = r.choice(cands); out.append(f'{l}.{co}')
    return f'as line.column references into the key block "{" / ".join(REF_LINES)}" (lines separated by " / ", both counted from 1)', ' '.join(out)
def book_index_from_line_end(p, r):
    n = len(REF)
    return f'as positions counted backwards from the end of the key line "{REF}" (last character = 1), comma-separated', ','.join(str(n - _pos(r, c)) for c in p)
def book_index_delta_walk(p, r):
    idx = [_pos(r, c) + 1 for c in p]
    steps = [str(idx[0])] + ['%+d' % (b - a) for a, b in zip(idx, idx[1:])]
    return f'as a walk over the key line "{REF}": the first number is a 1-based position, each next one a step left (-) or right (+)', ' '.join(steps)
def book_word_letter_pairs(p, r):
    words = REF.split(' '); out = []
    for c in p:
        cands = [(wi + 1, li + 1) for wi, w in enumerate(words) for li, x in enumerate(w) if x == c]
        w, l = r.choice(cands); out.append(f'{w}/{l}')
    return f'as word/letter pairs into the sentence "{REF}" (words split at spaces, both counted from 1)', ' '.join(out)
def book_index_plus_offset(p, r):
    off = r.randint(100, 900)
    return f'as positions in the key line "{REF}" (counted from 1) with {off} added to each, space-separated', ' '.join(str(_pos(r, c) + 1 + off) for c in p)

ENC = {f.__name__: f for f in [
    xor_single_byte_key_hex, xor_repeating_word_key_hex, byte_add_offset_colon_hex, ones_complement_bytes_hex,
    nibble_swapped_bytes_hex, bit_mirrored_bytes_hex, bit_rotated_left_hex, xor_chained_previous_output_hex,
    xor_position_counter_hex, gray_code_bytes_hex, xor_key_decimal_octets, xor_then_reversed_order_hex,
    xor_passphrase_keystream_hex, adjacent_bit_pairs_swapped_hex, xor_fibonacci_keystream_hex, subtracted_from_constant_hex,
    book_key_line_char_index, book_key_block_line_column, book_index_from_line_end, book_index_delta_walk,
    book_word_letter_pairs, book_index_plus_offset]}
BOOK = {n for n in ENC if n.startswith('book_')}
