"""Decoders (22), written separately from the encoders: they parse the run by hand."""
import re

_HEXPAIR = re.compile(r'(?:[0-9a-f]{2})+')


def _hex(h):
    assert _HEXPAIR.fullmatch(h), h
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))


def d_abi(run, before):
    assert run.startswith('0x')
    raw = _hex(run[2:])
    assert int.from_bytes(raw[:32], 'big') == 32 and len(raw) % 32 == 0
    n = int.from_bytes(raw[32:64], 'big')
    assert all(c == 0 for c in raw[64 + n:])
    return raw[64:64 + n].decode()


def d_rlp(run, before):
    raw = _hex(run[2:])
    p = raw[0]
    if 0x80 <= p <= 0xb7:
        n, body = p - 0x80, raw[1:]
    else:
        ll = p - 0xb7
        n, body = int.from_bytes(raw[1:1 + ll], 'big'), raw[1 + ll:]
    assert len(body) == n
    return body.decode()


_CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def d_bech32(run, before):
    hrp, _, rest = run.rpartition('1')
    vals = [_CH.index(c) for c in rest]
    gens = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + vals:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i, g in enumerate(gens):
            if (b >> i) & 1:
                chk ^= g
    assert chk == 1, 'bad checksum'
    acc = bits = 0
    out = bytearray()
    for v in vals[:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 255)
    return out.decode()


def d_cbor(run, before):
    m = re.fullmatch(r"h'([0-9a-f]+)'", run)
    raw = _hex(m.group(1))
    if raw[0] == 0x78:
        n, body = raw[1], raw[2:]
    else:
        n, body = raw[0] - 0x60, raw[1:]
    assert len(body) == n
    return body.decode()


def d_protobuf(run, before):
    raw = bytes(int(x, 16) for x in run.split(' '))
    assert raw[0] == 0x0a
    n, shift, i = 0, 0, 1
    while True:
        n |= (raw[i] & 0x7f) << shift
        shift += 7
        i += 1
        if not raw[i - 1] & 0x80:
            break
    assert len(raw) - i == n
    return raw[i:].decode()


def _uu_lines(lines, val):
    out = bytearray()
    for line in lines:
        n = val(line[0])
        q = [val(c) for c in line[1:]]
        bs = bytearray()
        for j in range(0, len(q), 4):
            a, b, c, d = (q[j:j + 4] + [0, 0, 0])[:4]
            bs += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += bs[:n]
    return out.decode()


def d_uu(run, before):
    lines = run.split('\n')
    assert lines[0].startswith('begin ') and lines[-1] == 'end' and lines[-2] == '`'
    return _uu_lines(lines[1:-2], lambda c: (ord(c) - 32) & 63)


_XXA = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def d_xx(run, before):
    lines = run.split('\n')
    assert lines[0].startswith('begin ') and lines[-1] == 'end' and lines[-2] == '+'
    return _uu_lines(lines[1:-2], _XXA.index)


def d_fullwidth(run, before):
    return ''.join(chr(ord(c) - 0xFEE0) for c in run)


def d_circled(run, before):
    o = []
    for c in run:
        k = ord(c)
        if 0x24B6 <= k <= 0x24CF:
            o.append(chr(k - 0x24B6 + 65))
        elif 0x24D0 <= k <= 0x24E9:
            o.append(chr(k - 0x24D0 + 97))
        elif k == 0x24EA:
            o.append('0')
        elif 0x2460 <= k <= 0x2468:
            o.append(str(k - 0x2460 + 1))
        else:
            o.append(c)
    return ''.join(o)


def d_zwsp(run, before):
    assert all(run[i] == '\u200b' for i in range(1, len(run), 2))
    return run[::2]


_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def d_hexb64(run, before):
    t = _hex(run).decode().rstrip('=')
    acc = bits = 0
    out = bytearray()
    for c in t:
        acc = (acc << 6) | _B64.index(c)
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 255)
    return out.decode()


def d_css(run, before):
    parts = re.findall(r'\\([0-9a-f]{6})', run)
    assert '\\' + '\\'.join(parts) == run
    return ''.join(chr(int(p, 16)) for p in parts)


def d_mysql(run, before):
    m = re.fullmatch(r'CHAR\((\d+(?:,\d+)*)\)', run)
    return ''.join(chr(int(x)) for x in m.group(1).split(','))


def d_excel(run, before):
    assert run.startswith('=')
    items = run[1:].split('&')
    return ''.join(chr(int(re.fullmatch(r'CHAR\((\d+)\)', x).group(1))) for x in items)


def d_fromhex(run, before):
    m = re.fullmatch(r'bytes\.fromhex\("([0-9a-f ]+)"\)\.decode\(\)', run)
    return bytes(int(x, 16) for x in m.group(1).split()).decode()


def d_braille(run, before):
    return bytes(ord(c) - 0x2800 for c in run).decode()


def d_concat(run, before):
    parts = re.findall(r'"([^"]*)"', run)
    assert ' + '.join('"%s"' % p for p in parts) == run
    return ''.join(parts)


def d_od(run, before):
    lines = run.split('\n')
    out = bytearray()
    for ln in lines[:-1]:
        f = ln.split(' ')
        assert int(f[0], 8) == len(out)
        out += bytes(int(x, 8) for x in f[1:])
    assert int(lines[-1], 8) == len(out)
    return out.decode()


def d_opreturn(run, before):
    raw = _hex(run)
    assert raw[0] == 0x6a
    if raw[1] == 0x4c:
        n, body = raw[2], raw[3:]
    else:
        n, body = raw[1], raw[2:]
    assert len(body) == n
    return body.decode()


def d_bigint(run, before):
    n = int(run)
    out = bytearray()
    while n:
        out.insert(0, n % 256)
        n //= 256
    return out.decode()


def d_atop(run, before):
    return bytes((ord(run[i]) - 97) * 16 + (ord(run[i + 1]) - 97) for i in range(0, len(run), 2)).decode()


def d_swap(run, before):
    o = ''
    i = 0
    while i + 1 < len(run):
        o += run[i + 1] + run[i]
        i += 2
    if i < len(run):
        o += run[i]
    return o


DEC = {
    'abi_string_calldata_hex': d_abi, 'rlp_byte_string_hex': d_rlp, 'bech32_note_payload': d_bech32,
    'cbor_text_string_hex': d_cbor, 'protobuf_field_one_bytes_hex': d_protobuf,
    'uuencode_begin_end_block': d_uu, 'xxencode_begin_end_block': d_xx, 'fullwidth_ascii_forms': d_fullwidth,
    'circled_alphanumerics': d_circled, 'zero_width_space_interleaved': d_zwsp, 'hex_of_base64_text': d_hexb64,
    'css_backslash_hex_escapes': d_css, 'mysql_char_function_codes': d_mysql,
    'excel_char_ampersand_formula': d_excel, 'python_bytes_fromhex_call': d_fromhex,
    'braille_byte_patterns': d_braille, 'js_string_concat_fragments': d_concat, 'od_octal_bytes_dump': d_od,
    'bitcoin_op_return_script_hex': d_opreturn, 'decimal_bigint_of_bytes': d_bigint,
    'hex_nibbles_a_to_p': d_atop, 'adjacent_pair_swap': d_swap,
}
