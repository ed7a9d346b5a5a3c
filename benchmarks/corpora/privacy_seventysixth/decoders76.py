"""Independent decoders: hand-written parsers, fed only the encoding name and the encoded run."""
import re, zlib

_B64 = {c: i for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}

def _b64dec(t):
    t = t.rstrip('=')
    bits, n, out = 0, 0, bytearray()
    for c in t:
        bits = (bits << 6) | _B64[c]; n += 6
        if n >= 8:
            n -= 8; out.append((bits >> n) & 255)
    return bytes(out)

def _hexpairs(t):
    assert re.fullmatch(r'([0-9A-Fa-f]{2})*', t), t
    return bytes(int(t[i:i + 2], 16) for i in range(0, len(t), 2))

def d_qp(t):
    assert re.fullmatch(r'(=[0-9A-F]{2})+', t); return bytes(int(x, 16) for x in t[1:].split('='))
def d_2047(t):
    m = re.fullmatch(r'=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=', t); return _b64dec(m.group(1))
def d_2231(t):
    m = re.fullmatch(r"UTF-8''((?:%[0-9A-F]{2})+)", t); return bytes(int(x, 16) for x in m.group(1)[1:].split('%'))
def d_ldif(t):
    m = re.fullmatch(r'userPassword:: ([A-Za-z0-9+/=]+)', t); return _b64dec(m.group(1))
def d_ldapf(t):
    assert re.fullmatch(r'(\\[0-9a-f]{2})+', t); return bytes(int(x, 16) for x in t[1:].split('\\'))
def d_dnhex(t):
    m = re.fullmatch(r'#04([0-9a-f]{2})([0-9a-f]*)', t); b = _hexpairs(m.group(2))
    assert int(m.group(1), 16) == len(b); return b
def d_b32(t):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; assert re.fullmatch(r'[A-Z2-7]+=*', t) and len(t) % 8 == 0
    bits, n, out = 0, 0, bytearray()
    for c in t.rstrip('='):
        bits = (bits << 5) | al.index(c); n += 5
        if n >= 8:
            n -= 8; out.append((bits >> n) & 255)
    return bytes(out)
def d_a85(t):
    m = re.fullmatch(r'<~(.*)~>', t, re.S); body = re.sub(r'\s', '', m.group(1)); out = bytearray(); i = 0
    while i < len(body):
        if body[i] == 'z':
            out += b'\0\0\0\0'; i += 1; continue
        grp = body[i:i + 5]; i += 5; pad = 5 - len(grp); grp += 'u' * pad; v = 0
        for c in grp: v = v * 85 + ord(c) - 33
        out += v.to_bytes(4, 'big')[:4 - pad]
    return bytes(out)
def d_b58(t):
    al = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'; v = 0
    for c in t: v = v * 58 + al.index(c)
    return v.to_bytes((v.bit_length() + 7) // 8, 'big')
def d_radius(t):
    b = bytes(int(x, 16) for x in t.split(' ')); assert b[0] == 18 and b[1] == len(b); return b[2:]
def d_der(t):
    b = bytes(int(x, 16) for x in t.split(':')); assert b[0] == 0x0C and b[1] == len(b) - 2; return b[2:]
def d_oct(t):
    assert re.fullmatch(r'(\\[0-7]{3})+', t); return bytes(int(x, 8) for x in t[1:].split('\\'))
def d_json_u(t):
    m = re.fullmatch(r'"((?:\\u[0-9a-f]{4})+)"', t); return ''.join(chr(int(x, 16)) for x in m.group(1)[2:].split('\\u')).encode()
def d_html(t):
    return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', t)).encode()
def d_pct(t):
    assert re.fullmatch(r'(%[0-9a-f]{2})+', t); return bytes(int(x, 16) for x in t[1:].split('%'))
def d_rot135(t):
    out = []
    for c in t:
        if 'a' <= c <= 'z': out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z': out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif '0' <= c <= '9': out.append(chr((ord(c) - 48 + 5) % 10 + 48))
        else: out.append(c)
    return ''.join(out).encode()
def d_rot47(t): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if '!' <= c <= '~' else c for c in t).encode()
def d_bin(t):
    assert re.fullmatch(r'[01]{8}( [01]{8})*', t); return bytes(int(x, 2) for x in t.split(' '))
def d_ebcdic(t):
    table = {0x60: '-', 0x6D: '_', 0x4B: '.'}
    for base, start in ((0x81, 'a'), (0x91, 'j'), (0xC1, 'A'), (0xD1, 'J'), (0xF0, '0')):
        for k in range(10 if start == '0' else 9): table[base + k] = chr(ord(start) + k)
    for k in range(8): table[0xA2 + k] = chr(ord('s') + k); table[0xE2 + k] = chr(ord('S') + k)
    return ''.join(table[b] for b in _hexpairs(t)).encode()
def d_saml(t):
    assert re.fullmatch(r'[A-Za-z0-9+/]+=*', t); return zlib.decompress(_b64dec(t), -15)
def d_ihex(t):
    out = bytearray(); lines = t.split('\n'); assert lines[-1] == ':00000001FF'
    for ln in lines[:-1]:
        rec = _hexpairs(ln[1:]); assert ln[0] == ':' and sum(rec) & 255 == 0 and rec[3] == 0
        assert (rec[1] << 8 | rec[2]) == len(out) and rec[0] == len(rec) - 5; out += rec[4:-1]
    return bytes(out)
def d_modhex(t):
    m = {c: '0123456789abcdef'[i] for i, c in enumerate('cbdefghijklnrtuv')}; return _hexpairs(''.join(m[c] for c in t))

DEC = {'quoted_printable_every_byte': d_qp, 'rfc2047_base64_encoded_word': d_2047, 'rfc2231_percent_extended_parameter': d_2231,
       'ldif_double_colon_base64_value': d_ldif, 'ldap_filter_backslash_hex_escapes': d_ldapf, 'ldap_dn_ber_hexstring': d_dnhex,
       'base32_rfc4648_padded': d_b32, 'ascii85_adobe_delimited': d_a85, 'base58_bitcoin_alphabet': d_b58,
       'radius_reply_message_tlv_hex': d_radius, 'asn1_der_utf8string_hex': d_der, 'printf_octal_backslash_escapes': d_oct,
       'json_backslash_u_escapes': d_json_u, 'html_decimal_numeric_entities': d_html, 'url_percent_encoded_every_byte': d_pct,
       'rot13_with_rot5_digits': d_rot135, 'rot47_printable_ascii': d_rot47, 'binary_octet_groups': d_bin,
       'ebcdic_cp037_hex_bytes': d_ebcdic, 'saml_redirect_deflate_base64': d_saml, 'intel_hex_data_record': d_ihex,
       'yubico_modhex': d_modhex}

def decode(encoding, run):
    return DEC[encoding](run).decode('utf-8')
