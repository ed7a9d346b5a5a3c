"""Independent decoders: given only the encoding name and the encoded run."""
import re

def _bytes_to_str(bs): return bytes(bs).decode('utf-8')
def _bits(t): return int(t, 2)

def _a85(run):
    assert run.startswith('<~') and run.endswith('~>')
    body = run[2:-2].replace(' ', '').replace('\n', '')
    out = bytearray(); i = 0
    while i < len(body):
        if body[i] == 'z': out += b'\0\0\0\0'; i += 1; continue
        chunk = body[i:i + 5]; i += 5
        pad = 5 - len(chunk); chunk += 'u' * pad
        n = 0
        for ch in chunk: n = n * 85 + (ord(ch) - 33)
        b4 = n.to_bytes(4, 'big')
        out += b4[:4 - pad] if pad else b4
    return out.decode('utf-8')

def _b32(run):
    A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    bits = ''.join(format(A.index(c), '05b') for c in run.rstrip('='))
    bs = [int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)]
    return _bytes_to_str(bs)

def _ungray(g):
    b = g; s = g >> 1
    while s: b ^= s; s >>= 1
    return b

NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
DIG = 'zero one two three four five six seven eight nine'.split()

def _nato(run):
    out = []
    for w in run.split(' '):
        lw = w.lower()
        if lw in DIG: out.append(str(DIG.index(lw)))
        elif lw == 'dash': out.append('-')
        elif lw == 'underscore': out.append('_')
        elif lw == 'dot': out.append('.')
        else:
            c = chr(ord('a') + NATO.index(lw)); out.append(c.upper() if w.isupper() else c)
    return ''.join(out)

def _ihex(run):
    h = bytes.fromhex(run[1:]); assert sum(h) & 0xFF == 0 and h[3] == 0
    return h[4:4 + h[0]].decode()

def _srec(run):
    h = bytes.fromhex(run[2:]); assert (sum(h[:-1]) + h[-1]) & 0xFF == 0xFF
    return h[3:-1].decode()

def _words(run):
    out = bytearray()
    for w in run.split(): out += int(w, 16).to_bytes(4, 'little')
    return out.rstrip(b'\x00').decode()

def _inter(run):
    a, b = run.split(' | ')
    return ''.join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(a) + len(b)))

def decode(enc, run):
    if enc == 'verilog_sized_hex_literals': return _bytes_to_str(int(t[3:], 16) for t in run.split())
    if enc == 'verilog_binary_literals': return _bytes_to_str(_bits(t[3:]) for t in run.split())
    if enc == 'vhdl_x_bit_strings': return _bytes_to_str(int(x, 16) for x in re.findall(r'X"([0-9A-F]{2})"', run))
    if enc == 'sv_assignment_pattern_decimal': return _bytes_to_str(int(x) for x in re.findall(r'\d+', run))
    if enc == 'register_dump_le_words32': return _words(run)
    if enc == 'gray_coded_bytes_binary': return _bytes_to_str(_ungray(_bits(t)) for t in run.split())
    if enc == 'bcd_nibbles_per_code_point': return ''.join(chr(int(''.join(str(_bits(n)) for n in t.split('_')))) for t in run.split())
    if enc == 'intel_hex_data_record': return _ihex(run)
    if enc == 'motorola_s1_record': return _srec(run)
    if enc == 'jtag_lsb_first_bitstream': return _bytes_to_str(_bits(t[::-1]) for t in run.split())
    if enc == 'bit_reversed_bytes_hex': return _bytes_to_str(_bits(format(int(t, 16), '08b')[::-1]) for t in run.split())
    if enc == 'rot47_printable_ascii': return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    if enc == 'nato_phonetic_spelling': return _nato(run)
    if enc == 'base32_rfc4648_padded': return _b32(run)
    if enc == 'ascii85_adobe_framed': return _a85(run)
    if enc == 'byte_reversed_hex_run': return bytes(reversed(bytes.fromhex(run))).decode()
    if enc == 'code_points_minus_32_dotted': return ''.join(chr(int(x) + 32) for x in run.split('.'))
    if enc == 'millivolt_levels_times_ten': return _bytes_to_str(int(t[:-2]) // 10 for t in run.split())
    if enc == 'even_odd_interleave_split': return _inter(run)
    if enc == 'index_shifted_code_points': return ''.join(chr(int(x) - i) for i, x in enumerate(run.split()))
    if enc == 'seven_bit_binary_dashed': return ''.join(chr(_bits(t)) for t in run.split('-'))
    if enc == 'utf16le_hex_continuous':
        b = bytes.fromhex(run); return ''.join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))
    raise KeyError(enc)
