"""Encoders: enc(plain, p) -> (phrase, run). p = per-record parameter."""
import base64, binascii
NATO = {'a': 'alfa', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'foxtrot', 'g': 'golf', 'h': 'hotel', 'i': 'india', 'j': 'juliett', 'k': 'kilo', 'l': 'lima', 'm': 'mike', 'n': 'november', 'o': 'oscar', 'p': 'papa', 'q': 'quebec', 'r': 'romeo', 's': 'sierra', 't': 'tango', 'u': 'uniform', 'v': 'victor', 'w': 'whiskey', 'x': 'xray', 'y': 'yankee', 'z': 'zulu'}
DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

def chunks(b, n):
    b = bytes(b)
    if len(b) % n:
        b += bytes(n - len(b) % n)
    return [b[i:i + n] for i in range(0, len(b), n)]

def e_json_u(s, p): return 'as JSON \\u escapes (each \\uXXXX is one character)', ''.join('\\u%04x' % ord(c) for c in s)
def e_css(s, p): return 'as CSS hex colours (each #RRGGBB holds three ASCII bytes, 00 is padding)', ', '.join('#' + c.hex().upper() for c in chunks(s.encode(), 3))
def e_ansi(s, p): return 'as 256-colour ANSI escapes (the N in each \\e[38;5;Nm is a character code)', ''.join('\\e[38;5;%dm' % ord(c) for c in s)
def e_ports(s, p): return 'as localhost ports (subtract %d from each port to get a character code)' % p, ' '.join('localhost:%d' % (ord(c) + p) for c in s)
def e_ipv4(s, p): return 'as IPv4 addresses (every octet is an ASCII byte, four per address, 0 is padding)', ' '.join('.'.join(str(x) for x in c) for c in chunks(s.encode(), 4))
def e_mac(s, p): return 'as MAC addresses (each octet is an ASCII byte, six per address, 00 is padding)', ' '.join(':'.join('%02x' % x for x in c) for c in chunks(s.encode(), 6))
def e_ms(s, p): return 'in the millisecond field of these log timestamps (each .NNN is a character code, one line per character)', '\n'.join('2025-03-05 10:%02d:%02d.%03d INFO worker heartbeat' % (p + i // 60, i % 60, ord(c)) for i, c in enumerate(s))
def e_stack(s, p): return 'in the line numbers of this stack trace (each line number is a character code, top frame first)', '\n    '.join('at step%d (src/jobs/sync.js:%d:%d)' % (i, ord(c), 5 + (i * 7) % 30) for i, c in enumerate(s))
def e_oct(s, p): return 'as C octal escapes (each \\NNN is one byte in octal)', ''.join('\\%03o' % ord(c) for c in s)
def e_html(s, p): return 'as HTML decimal character references', ''.join('&#%d;' % ord(c) for c in s)
def e_pct(s, p): return 'fully percent-encoded (every byte written as %XX)', ''.join('%%%02X' % ord(c) for c in s)
def e_a85(s, p): return 'in Ascii85 (Adobe variant, between <~ and ~>)', base64.a85encode(s.encode(), adobe=True).decode()
def e_rot47(s, p): return 'ROT47-rotated (apply ROT47 again to read it)', ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in s)
def e_rev(s, p): return 'written backwards (read it right to left)', s[::-1]
def e_bin(s, p): return 'as 8-bit binary octets, one per character', ' '.join(format(ord(c), '08b') for c in s)
def e_qp(s, p): return 'in quoted-printable with every byte escaped (=XX per byte)', ''.join('=%02X' % ord(c) for c in s)
def e_uu(s, p): return 'uuencoded (the block below, from begin to end)', 'begin 644 creds.txt\n' + binascii.b2a_uu(s.encode(), backtick=True).decode().rstrip('\n') + '\n`\nend'
def e_nato(s, p):
    out = []
    for c in s:
        if c.isdigit(): out.append(DIG[int(c)])
        elif c == '-': out.append('dash')
        elif c == '_': out.append('underscore')
        elif c.isupper(): out.append(NATO[c.lower()].upper())
        else: out.append(NATO[c])
    return 'spelled in the NATO alphabet (UPPER-CASE word = capital letter, lower-case word = small letter, digits spelled out)', ' '.join(out)
def e_xor(s, p): return 'XORed with 0x%02x and written as hex bytes' % p, ''.join('%02x' % (ord(c) ^ p) for c in s)
def e_full(s, p): return 'in full-width Unicode forms (shift each character back to ASCII)', ''.join(chr(ord(c) + 0xFEE0) for c in s)
def e_fcc(s, p): return 'as a JavaScript String.fromCharCode call', 'String.fromCharCode(' + ', '.join(str(ord(c)) for c in s) + ')'
def e_sql(s, p): return 'as an SQL CHAR() concatenation', '||'.join('CHAR(%d)' % ord(c) for c in s)

ENC = {'json_backslash_u_escapes': e_json_u, 'css_hex_colour_triplets': e_css, 'ansi_256_colour_escape_indices': e_ansi,
 'localhost_port_numbers_offset': e_ports, 'ipv4_octet_quads': e_ipv4, 'mac_address_hex_octets': e_mac,
 'log_timestamp_millisecond_field': e_ms, 'stack_trace_line_numbers': e_stack, 'c_string_octal_escapes': e_oct,
 'html_numeric_char_references': e_html, 'full_percent_encoded_bytes': e_pct, 'ascii85_adobe_delimited': e_a85,
 'rot47_printable_rotation': e_rot47, 'reversed_character_order': e_rev, 'eight_bit_binary_octets': e_bin,
 'quoted_printable_forced_hex': e_qp, 'uuencoded_block': e_uu, 'nato_phonetic_with_case_words': e_nato,
 'xor_key_hex_bytes': e_xor, 'fullwidth_unicode_forms': e_full, 'js_string_fromcharcode_call': e_fcc,
 'sql_char_concat_expression': e_sql}
PARAMS = {'localhost_port_numbers_offset': [3000, 8000, 9000], 'log_timestamp_millisecond_field': [10, 20, 30], 'xor_key_hex_bytes': [0x2a, 0x5c, 0x13]}
