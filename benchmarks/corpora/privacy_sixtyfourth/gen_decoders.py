"""Independent decoders: name -> fn(text_before_span, run) -> plain."""
import re, bz2

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
_MORSE_TEXT = ('a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--. '
               'q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- '
               '4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----. - -....- _ ..--.- . .-.-.-')
_t = _MORSE_TEXT.split(' ')
_MORSE = {_t[i + 1]: _t[i] for i in range(0, len(_t), 2)}

def _bits_decode(s, alpha, bits):
    s = s.rstrip('=')
    acc = nb = 0; out = bytearray()
    for ch in s:
        acc = (acc << bits) | alpha.index(ch); nb += bits
        if nb >= 8:
            nb -= 8; out.append((acc >> nb) & 0xFF)
    return bytes(out)

def _int_digits(s, alpha):
    n = 0
    for ch in s:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big')

def _uu(run):
    lines = run.split('\n')
    assert lines[0].startswith('begin ') and lines[-1] == 'end'
    out = bytearray()
    for ln in lines[1:-1]:
        n = (ord(ln[0]) - 32) & 63
        data = bytearray()
        for i in range(1, len(ln), 4):
            g = [(ord(c) - 32) & 63 for c in ln[i:i + 4]]
            while len(g) < 4: g.append(0)
            v = (g[0] << 18) | (g[1] << 12) | (g[2] << 6) | g[3]
            data += bytes([(v >> 16) & 255, (v >> 8) & 255, v & 255])
        out += data[:n]
    return out.decode()

def _atbash(c):
    if c.islower(): return chr(ord('z') - (ord(c) - ord('a')))
    if c.isupper(): return chr(ord('Z') - (ord(c) - ord('A')))
    if c.isdigit(): return '9876543210'[int(c)]
    return c

def _unvig(before, run):
    key = re.findall(r'keyword "([a-z]+)"', before)[-1]
    out, k = [], 0
    for c in run:
        if c.isalpha():
            base = ord('a') if c.islower() else ord('A')
            out.append(chr((ord(c) - base - (ord(key[k % len(key)]) - ord('a'))) % 26 + base)); k += 1
        else:
            out.append(c)
    return ''.join(out)

def _morse(run):
    out = []
    for g in run.split(' '):
        cap = g.startswith('^')
        ch = _MORSE[g.lstrip('^')]
        out.append(ch.upper() if cap else ch)
    return ''.join(out)

def _unbold(c):
    o = ord(c)
    if 0x1D400 <= o < 0x1D41A: return chr(ord('A') + o - 0x1D400)
    if 0x1D41A <= o < 0x1D434: return chr(ord('a') + o - 0x1D41A)
    if 0x1D7CE <= o < 0x1D7D8: return chr(ord('0') + o - 0x1D7CE)
    return c

def _unswap(run):
    out = ''
    for i in range(0, len(run), 2):
        out += run[i:i + 2][::-1]
    return out

def _xor(before, run):
    k = int(re.findall(r'single byte 0x([0-9A-F]{2})', before)[-1], 16)
    return bytes(int(run[i:i + 2], 16) ^ k for i in range(0, len(run), 2)).decode()

DEC = {
 'base32_rfc4648_standard': lambda b, s: _bits_decode(s, _B32, 5).decode(),
 'base64url_unpadded': lambda b, s: _bits_decode(s.replace('-', '+').replace('_', '/'), _B64, 6).decode(),
 'uuencode_begin_block': lambda b, s: _uu(s),
 'quoted_printable_all_bytes': lambda b, s: bytes(int(h, 16) for h in re.fullmatch(r'(?:=[0-9A-F]{2})+', s) and re.findall(r'=([0-9A-F]{2})', s)).decode(),
 'atbash_letters_digits': lambda b, s: ''.join(_atbash(c) for c in s),
 'vigenere_stated_keyword': _unvig,
 'morse_code_caret_capitals': lambda b, s: _morse(s),
 'base58_bitcoin_alphabet': lambda b, s: _int_digits(s, _B58).decode(),
 'base36_integer_lowercase': lambda b, s: _int_digits(s, '0123456789abcdefghijklmnopqrstuvwxyz').decode(),
 'fullwidth_unicode_forms': lambda b, s: ''.join(chr(ord(c) - 0xFEE0) for c in s),
 'zero_width_space_interleaved': lambda b, s: s.replace('\u200b', ''),
 'c_uint8_hex_initializer': lambda b, s: bytes(int(h, 16) for h in re.findall(r'0x([0-9a-f]{2})', re.fullmatch(r'\{ (?:0x[0-9a-f]{2}, )*0x[0-9a-f]{2} \}', s).group(0))).decode(),
 'python_bytes_x_escapes': lambda b, s: bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', re.fullmatch(r"b'(?:\\x[0-9a-f]{2})+'", s).group(0))).decode(),
 'css_hex_escapes_spaced': lambda b, s: ''.join(chr(int(t[1:], 16)) for t in s.split(' ')),
 'xor_single_byte_key_hex': _xor,
 'nibble_swapped_hex': lambda b, s: bytes(int(s[i + 1] + s[i], 16) for i in range(0, len(s), 2)).decode(),
 'utf16le_base64_powershell': lambda b, s: _bits_decode(s, _B64, 6).decode('utf-16-le'),
 'bzip2_then_base64': lambda b, s: bz2.decompress(_bits_decode(s, _B64, 6)).decode(),
 'adjacent_pairs_swapped': lambda b, s: _unswap(s),
 'braille_byte_patterns': lambda b, s: bytes(ord(c) - 0x2800 for c in s).decode(),
 'colon_separated_hex_pairs': lambda b, s: bytes(int(h, 16) for h in s.split(':')).decode(),
 'math_bold_alphanumerics': lambda b, s: ''.join(_unbold(c) for c in s),
}
