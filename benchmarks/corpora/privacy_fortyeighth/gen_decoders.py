"""Decoders written independently of the encoders: dec(before_text, run) -> plain."""
import re
NATO_WORDS = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
DIGITS = 'zero one two three four five six seven eight nine'.split()

def _strip0(bs):
    while bs and bs[-1] == 0:
        bs = bs[:-1]
    return bytes(bs).decode('ascii')

def d_json_u(b, r): return ''.join(chr(int(h, 16)) for h in re.findall(r'\\u([0-9a-fA-F]{4})', r))
def d_css(b, r): return _strip0(bytes.fromhex(''.join(re.findall(r'#([0-9A-Fa-f]{6})', r))))
def d_ansi(b, r): return ''.join(chr(int(n)) for n in re.findall(r'\[38;5;(\d+)m', r))
def d_ports(b, r):
    off = int(re.findall(r'subtract (\d+) from each port', b)[-1])
    return ''.join(chr(int(n) - off) for n in re.findall(r'localhost:(\d+)', r))
def d_ipv4(b, r): return _strip0([int(x) for ip in r.split() for x in ip.split('.')])
def d_mac(b, r): return _strip0([int(x, 16) for m in r.split() for x in m.split(':')])
def d_ms(b, r): return ''.join(chr(int(m)) for m in re.findall(r'\d\d:\d\d:\d\d\.(\d{3}) ', r))
def d_stack(b, r): return ''.join(chr(int(m)) for m in re.findall(r'\.js:(\d+):\d+\)', r))
def d_oct(b, r): return ''.join(chr(int(m, 8)) for m in re.findall(r'\\([0-7]{3})', r))
def d_html(b, r): return ''.join(chr(int(m)) for m in re.findall(r'&#(\d+);', r))
def d_pct(b, r): return ''.join(chr(int(m, 16)) for m in re.findall(r'%([0-9A-F]{2})', r))
def d_a85(b, r):
    assert r.startswith('<~') and r.endswith('~>')
    body = r[2:-2]
    out = bytearray()
    i = 0
    while i < len(body):
        if body[i] == 'z':
            out += bytes(4); i += 1; continue
        grp = body[i:i + 5]; i += 5
        pad = 5 - len(grp)
        grp = grp + 'u' * pad
        n = 0
        for ch in grp:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, 'big')[:4 - pad]
    return out.decode('ascii')
def d_rot47(b, r): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in r)
def d_rev(b, r): return ''.join(reversed(r))
def d_bin(b, r): return ''.join(chr(int(x, 2)) for x in r.split())
def d_qp(b, r): return ''.join(chr(int(m, 16)) for m in re.findall(r'=([0-9A-F]{2})', r))
def d_uu(b, r):
    lines = r.split('\n')
    assert lines[0].startswith('begin ') and lines[-1] == 'end'
    out = bytearray()
    for ln in lines[1:-1]:
        if not ln or ln == '`':
            continue
        n = (ord(ln[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in ln[1:]]
        buf = bytearray()
        for k in range(0, len(vals) - 3, 4):
            a, b2, c, d = vals[k:k + 4]
            buf += bytes([(a << 2 | b2 >> 4) & 255, (b2 << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += buf[:n]
    return out.decode('ascii')
def d_nato(b, r):
    out = []
    for w in r.split():
        if w in DIGITS: out.append(str(DIGITS.index(w)))
        elif w == 'dash': out.append('-')
        elif w == 'underscore': out.append('_')
        elif w.lower() in NATO_WORDS:
            ch = chr(ord('a') + NATO_WORDS.index(w.lower()))
            out.append(ch.upper() if w.isupper() else ch)
        else: raise ValueError(w)
    return ''.join(out)
def d_xor(b, r):
    k = int(re.findall(r'XORed with 0x([0-9a-f]{2})', b)[-1], 16)
    return ''.join(chr(int(r[i:i + 2], 16) ^ k) for i in range(0, len(r), 2))
def d_full(b, r): return ''.join(chr(ord(c) - 0xFEE0) for c in r)
def d_fcc(b, r):
    inner = re.fullmatch(r'String\.fromCharCode\(([\d, ]+)\)', r).group(1)
    return ''.join(chr(int(x)) for x in inner.split(','))
def d_sql(b, r): return ''.join(chr(int(x)) for x in re.findall(r'CHAR\((\d+)\)', r))

DEC = {'json_backslash_u_escapes': d_json_u, 'css_hex_colour_triplets': d_css, 'ansi_256_colour_escape_indices': d_ansi,
 'localhost_port_numbers_offset': d_ports, 'ipv4_octet_quads': d_ipv4, 'mac_address_hex_octets': d_mac,
 'log_timestamp_millisecond_field': d_ms, 'stack_trace_line_numbers': d_stack, 'c_string_octal_escapes': d_oct,
 'html_numeric_char_references': d_html, 'full_percent_encoded_bytes': d_pct, 'ascii85_adobe_delimited': d_a85,
 'rot47_printable_rotation': d_rot47, 'reversed_character_order': d_rev, 'eight_bit_binary_octets': d_bin,
 'quoted_printable_forced_hex': d_qp, 'uuencoded_block': d_uu, 'nato_phonetic_with_case_words': d_nato,
 'xor_key_hex_bytes': d_xor, 'fullwidth_unicode_forms': d_full, 'js_string_fromcharcode_call': d_fcc,
 'sql_char_concat_expression': d_sql}

# hand-worked known answers for plain "Hi7"
KAT = {'json_backslash_u_escapes': ('', '\\u0048\\u0069\\u0037'), 'css_hex_colour_triplets': ('', '#486937'),
 'ipv4_octet_quads': ('', '72.105.55.0'), 'mac_address_hex_octets': ('', '48:69:37:00:00:00'),
 'c_string_octal_escapes': ('', '\\110\\151\\067'), 'html_numeric_char_references': ('', '&#72;&#105;&#55;'),
 'full_percent_encoded_bytes': ('', '%48%69%37'), 'ascii85_adobe_delimited': ('', '<~881!~>'),
 'rot47_printable_rotation': ('', 'w:f'), 'reversed_character_order': ('', '7iH'),
 'eight_bit_binary_octets': ('', '01001000 01101001 00110111'), 'quoted_printable_forced_hex': ('', '=48=69=37'),
 'uuencoded_block': ('', 'begin 644 x\n#2&DW\n`\nend'), 'nato_phonetic_with_case_words': ('', 'HOTEL india seven'),
 'xor_key_hex_bytes': ('XORed with 0x20', '684917'), 'fullwidth_unicode_forms': ('', '\uff28\uff49\uff17'),
 'js_string_fromcharcode_call': ('', 'String.fromCharCode(72, 105, 55)'), 'sql_char_concat_expression': ('', 'CHAR(72)||CHAR(105)||CHAR(55)'),
 'localhost_port_numbers_offset': ('subtract 8000 from each port', 'localhost:8072 localhost:8105 localhost:8055')}
