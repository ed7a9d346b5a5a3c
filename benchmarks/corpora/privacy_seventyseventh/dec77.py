"""Independent decoders: each gets the encoding name and the encoded run only; no use of enc77."""
import re

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
_NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
_NUM = 'zero one two three four five six seven eight nine'.split()
_MORSE_T = 'a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- v...- w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----. --....- _..--.- ..-.-.-'


def _b64(s, alpha=_B64):
    s = s.rstrip('=')
    bits = ''.join(format(alpha.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _hexbytes(parts):
    return bytes(int(p, 16) for p in parts)


def _big(s, alpha):
    n = 0
    for c in s:
        n = n * len(alpha) + alpha.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def _uu(run):
    m = re.fullmatch(r'begin 644 \S+\n(.+)\n`\nend', run)
    line = m.group(1)
    n = (ord(line[0]) - 32) & 63
    out = []
    body = line[1:]
    for i in range(0, len(body), 4):
        g = [(ord(c) - 32) & 63 for c in body[i:i + 4]]
        v = (g[0] << 18) | (g[1] << 12) | (g[2] << 6) | g[3]
        out += [(v >> 16) & 255, (v >> 8) & 255, v & 255]
    return bytes(out[:n]).decode()


def _xx(run):
    a = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    n = a.index(run[0]); out = []
    for i in range(1, len(run), 4):
        v = 0
        for c in run[i:i + 4]:
            v = v * 64 + a.index(c)
        out += [(v >> 16) & 255, (v >> 8) & 255, v & 255]
    return bytes(out[:n]).decode()


def _b85(run):
    out = b''
    pad = -len(run) % 5
    r = run + '~' * pad
    for i in range(0, len(r), 5):
        v = 0
        for c in r[i:i + 5]:
            v = v * 85 + _B85.index(c)
        out += v.to_bytes(4, 'big')
    return out[:len(out) - pad].decode()


def _unshift(s, k):
    o = ''
    for c in s:
        if 'a' <= c <= 'z':
            o += chr((ord(c) - 97 - k) % 26 + 97)
        elif 'A' <= c <= 'Z':
            o += chr((ord(c) - 65 - k) % 26 + 65)
        else:
            o += c
    return o


def _nato(run):
    sym = {'dash': '-', 'underscore': '_', 'dot': '.'}
    o = ''
    for w in run.split(' '):
        if w in sym:
            o += sym[w]
        elif w in _NUM:
            o += str(_NUM.index(w))
        elif w.lower() in _NATO:
            ch = chr(97 + _NATO.index(w.lower()))
            o += ch.upper() if w.isupper() else ch
        else:
            raise ValueError(w)
    return o


def _morse(run):
    t = {}
    for e in _MORSE_T.split(' '):
        t[e[1:]] = e[0]
    return ''.join(t[w] for w in run.split(' '))


def decode(enc, run):
    if enc == 'powershell_char_array_join_decimal':
        m = re.fullmatch(r'-join \[char\[\]\]\(([0-9,]+)\)', run); return ''.join(chr(int(x)) for x in m.group(1).split(','))
    if enc == 'csharp_byte_array_hex_initializer':
        m = re.fullmatch(r'new byte\[\] \{ ((?:0x[0-9A-F]{2}(?:, )?)+) \}', run); return _hexbytes(x[2:] for x in m.group(1).split(', ')).decode()
    if enc == 'utf16le_base64_encodedcommand':
        return _b64(run).decode('utf-16-le')
    if enc == 'regedit_hex_binary_value':
        m = re.fullmatch(r'hex:((?:[0-9a-f]{2},?)+)', run); return _hexbytes(m.group(1).split(',')).decode()
    if enc == 'regedit_hex2_expand_sz_utf16':
        m = re.fullmatch(r'hex\(2\):((?:[0-9a-f]{2},?)+)', run); b = _hexbytes(m.group(1).split(','))
        assert b[-2:] == b'\0\0'; return b[:-2].decode('utf-16-le')
    if enc == 'base64url_unpadded':
        return _b64(run, _B64[:62] + '-_').decode()
    if enc == 'uuencode_single_line':
        return _uu(run)
    if enc == 'xxencode_single_line':
        return _xx(run)
    if enc == 'base62_big_integer':
        return _big(run, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    if enc == 'base36_big_integer':
        return _big(run, '0123456789abcdefghijklmnopqrstuvwxyz')
    if enc == 'reversed_character_order':
        return ''.join(reversed(run))
    if enc == 'caesar_shift_three':
        return _unshift(run, 3)
    if enc == 'xor_0x5a_hex':
        return bytes(int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2)).decode()
    if enc == 'fullwidth_unicode_forms':
        return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in run)
    if enc == 'nato_phonetic_words':
        return _nato(run)
    if enc == 'morse_code_lowercase':
        return _morse(run)
    if enc == 'tsql_nchar_plus_concat':
        return ''.join(chr(int(x)) for x in re.findall(r'NCHAR\((\d+)\)', run))
    if enc == 'xml_hex_character_references':
        assert re.fullmatch(r'(?:&#x[0-9A-F]+;)+', run); return ''.join(chr(int(x, 16)) for x in re.findall(r'&#x([0-9A-F]+);', run))
    if enc == 'data_uri_base64':
        m = re.fullmatch(r'data:text/plain;base64,([A-Za-z0-9+/=]+)', run); return _b64(m.group(1)).decode()
    if enc == 'rfc1924_base85':
        return _b85(run)
    if enc == 'ones_complement_byte_hex':
        return bytes(255 - int(x, 16) for x in run.split(' ')).decode()
    if enc == 'tsql_convert_varbinary_literal':
        m = re.fullmatch(r'CONVERT\(varchar\(200\), 0x([0-9A-F]+)\)', run); return bytes.fromhex(m.group(1)).decode()
    raise KeyError(enc)


DEC = ['powershell_char_array_join_decimal', 'csharp_byte_array_hex_initializer', 'utf16le_base64_encodedcommand', 'regedit_hex_binary_value', 'regedit_hex2_expand_sz_utf16', 'base64url_unpadded', 'uuencode_single_line', 'xxencode_single_line', 'base62_big_integer', 'base36_big_integer', 'reversed_character_order', 'caesar_shift_three', 'xor_0x5a_hex', 'fullwidth_unicode_forms', 'nato_phonetic_words', 'morse_code_lowercase', 'tsql_nchar_plus_concat', 'xml_hex_character_references', 'data_uri_base64', 'rfc1924_base85', 'ones_complement_byte_hex', 'tsql_convert_varbinary_literal']
