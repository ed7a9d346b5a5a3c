"""Independent decoder: gets only the encoding name and the run."""
import binascii, re, unicodedata, zlib

_B32H = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
_Z = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
_M = ('a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. s... t- u..- '
      'v...- w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----. '
      '--....- _..--.- ..-.-.-')
_MORSE = {tok[1:]: tok[0] for tok in _M.split(' ')}
_WORDS = {w: chr(97 + i) for i, w in enumerate('alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo '
          'lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split())}
_NUM = {w: str(i) for i, w in enumerate('Zero One Two Three Four Five Six Seven Eight Nine'.split())}
_NUM.update({'Dash': '-', 'Underscore': '_', 'Dot': '.'})
_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def _b64(run):
    bits = ''.join(format(_B64.index(c), '06b') for c in run.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def _bits_alpha(run, al, w):
    bits = ''.join(format(al.index(c), '0%db' % w) for c in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def _int_bytes(n):
    out = []
    while n:
        out.append(n & 255); n >>= 8
    return bytes(reversed(out)).decode()

def _z85(run):
    out = b''
    for i in range(0, len(run), 5):
        v = 0
        for c in run[i:i + 5]:
            v = v * 85 + _Z.index(c)
        out += v.to_bytes(4, 'big')
    return out.decode()

def _uu(run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    out = []
    for i in range(0, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0])[:4]
        out += [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d]
    return bytes(out[:n]).decode()

def _vig(run):
    out, k, key = '', 0, [19, 20, 17, 13]
    for c in run:
        if c.isalpha():
            b = ord('A') if c.isupper() else ord('a')
            out += chr(b + (ord(c) - b - key[k % 4]) % 26); k += 1
        else:
            out += c
    return out

def _circ(ch):
    o = ord(ch)
    if 0x24B6 <= o <= 0x24CF: return chr(65 + o - 0x24B6)
    if 0x24D0 <= o <= 0x24E9: return chr(97 + o - 0x24D0)
    if o == 0x24EA: return '0'
    if 0x2460 <= o <= 0x2468: return chr(49 + o - 0x2460)
    return ch

def _nato(run):
    out = ''
    for w in run.split(' '):
        if w in _NUM: out += _NUM[w]
        else:
            c = _WORDS[w.lower()]
            out += c.upper() if w.isupper() else c
    return out

def _filler(run):
    assert all(c == '#' for c in run[1::2])
    return run[0::2]

_ROT = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
                     'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm5678901234')

def decode(enc, run):
    if enc == 'base32hex_extended_hex_alphabet': return _bits_alpha(run, _B32H, 5)
    if enc == 'base36_big_endian_integer': return _int_bytes(int(run, 36))
    if enc == 'z85_zeromq_four_byte_frames': return _z85(run)
    if enc == 'uuencode_single_line_backtick': return _uu(run)
    if enc == 'octal_backslash_byte_escapes':
        assert re.fullmatch(r'(\\[0-7]{3})+', run); return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', run)).decode()
    if enc == 'binary_octets_space_separated': return bytes(int(x, 2) for x in run.split(' ')).decode()
    if enc == 'international_morse_lowercase': return ''.join(_MORSE[g] for g in run.split(' '))
    if enc == 'nato_spelling_case_by_word_case': return _nato(run)
    if enc == 'vigenere_letters_key_turn': return _vig(run)
    if enc == 'reversed_character_order': return ''.join(run[i] for i in range(len(run) - 1, -1, -1))
    if enc == 'fullwidth_ascii_forms': return unicodedata.normalize('NFKC', run)
    if enc == 'circled_alphanumerics_enclosed': return ''.join(_circ(c) for c in run)
    if enc == 'html_decimal_character_references':
        assert re.fullmatch(r'(&#\d+;)+', run); return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if enc == 'css_six_digit_hex_escapes':
        assert re.fullmatch(r'(\\[0-9a-f]{6})+', run); return ''.join(chr(int(x, 16)) for x in re.findall(r'\\([0-9a-f]{6})', run))
    if enc == 'base64_of_utf16le_bytes':
        b = _b64(run); return ''.join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))
    if enc == 'zlib_deflate_then_base64': return zlib.decompressobj().decompress(_b64(run)).decode()
    if enc == 'hash_sign_filler_between_characters': return _filler(run)
    if enc == 'four_character_groups_reversed_order': return ''.join(run.split(' ')[::-1])
    if enc == 'javascript_u_four_hex_escapes':
        assert re.fullmatch(r'(\\u[0-9a-f]{4})+', run); return ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', run))
    if enc == 'xor_0x5a_then_lower_hex': return bytes(int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2)).decode()
    if enc == 'rot13_letters_rot5_digits': return run.translate(_ROT)
    if enc == 'braille_pattern_byte_cells': return bytes(ord(c) - 0x2800 for c in run).decode()
    raise KeyError(enc)
