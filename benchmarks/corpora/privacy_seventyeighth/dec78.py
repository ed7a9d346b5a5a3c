"""Decoders, written independently of enc78 (hand tables, no codec shortcuts where avoidable)."""
import re

_HEX = '0123456789abcdef'


def _unhex(h):
    h = h.lower()
    assert len(h) % 2 == 0 and all(c in _HEX for c in h), h
    return bytes(_HEX.index(h[i]) * 16 + _HEX.index(h[i + 1]) for i in range(0, len(h), 2))


_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64(s):
    s = s.rstrip('='); bits = ''.join(format(_B64.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _uu_line(line, table):
    n = table.index(line[0]); bits = ''.join(format(table.index(c), '06b') for c in line[1:])
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8))


_UU = ''.join(chr(32 + i) for i in range(64))
_UU = '`' + _UU[1:]
_XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def _uu(run, table, end_line):
    lines = run.split('\n')
    assert re.fullmatch(r'begin [0-7]{3} \S+', lines[0]) and lines[-1] == 'end' and lines[-2] == end_line, run
    out = b''
    for l in lines[1:-2]:
        l2 = l.replace('`', ' ') if table is None else l
        out += _uu_line(l2, table or ''.join(chr(32 + i) for i in range(64)))
    return out


def _radix(s, alpha):
    n = 0
    for c in s:
        n = n * len(alpha) + alpha.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big')


_CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def _crock(s):
    bits = ''.join(format(_CROCK.index(c), '05b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


_MORSE_REV = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h',
              '..': 'i', '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p',
              '--.-': 'q', '.-.': 'r', '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x',
              '-.--': 'y', '--..': 'z', '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4',
              '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9', '.-.-.-': '.',
              '-....-': '-', '..--.-': '_'}
_WORDS = {'alfa': 'a', 'bravo': 'b', 'charlie': 'c', 'delta': 'd', 'echo': 'e', 'foxtrot': 'f', 'golf': 'g',
          'hotel': 'h', 'india': 'i', 'juliett': 'j', 'kilo': 'k', 'lima': 'l', 'mike': 'm', 'november': 'n',
          'oscar': 'o', 'papa': 'p', 'quebec': 'q', 'romeo': 'r', 'sierra': 's', 'tango': 't', 'uniform': 'u',
          'victor': 'v', 'whiskey': 'w', 'xray': 'x', 'yankee': 'y', 'zulu': 'z', 'zero': '0', 'one': '1',
          'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8',
          'niner': '9', 'dash': '-', 'underscore': '_', 'dot': '.'}


def _nato(run):
    out, up = '', False
    for w in run.split(' '):
        if w == 'capital':
            up = True; continue
        c = _WORDS[w]; out += c.upper() if up else c; up = False
    return out


def _caesar_back(s):
    o = ''
    for c in s:
        if 'a' <= c <= 'z': o += chr((ord(c) - 97 - 3) % 26 + 97)
        elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 - 3) % 26 + 65)
        elif '0' <= c <= '9': o += chr((ord(c) - 48 - 3) % 10 + 48)
        else: o += c
    return o


def _m(pat, run):
    m = re.fullmatch(pat, run, flags=re.S)
    assert m, (pat, run)
    return m


DEC = {
 'postgres_bytea_hex_output': lambda r: _unhex(_m(r'\\x([0-9a-f]+)', r).group(1)).decode(),
 'mysql_x_quoted_hex_literal': lambda r: _unhex(_m(r"X'([0-9A-F]+)'", r).group(1)).decode(),
 'oracle_utl_raw_hextoraw_cast': lambda r: _unhex(_m(r"UTL_RAW\.CAST_TO_VARCHAR2\(HEXTORAW\('([0-9A-F]+)'\)\)", r).group(1)).decode(),
 'tsql_nchar_plus_concat': lambda r: ''.join(chr(int(x)) for x in re.findall(r'NCHAR\((\d+)\)', _m(r'NCHAR\(\d+\)(\+NCHAR\(\d+\))*', r).group(0))),
 'tsql_varbinary_utf16le_literal': lambda r: ''.join(chr(b[i] | b[i + 1] << 8) for b in [_unhex(_m(r'0x([0-9A-F]+)', r).group(1))] for i in range(0, len(b), 2)),
 'mongodb_bindata_subtype_zero': lambda r: _b64(_m(r'BinData\(0, "([A-Za-z0-9+/=]+)"\)', r).group(1)).decode(),
 'postgres_chr_pipe_concat': lambda r: ''.join(chr(int(x)) for x in _m(r'chr\(\d+\)(\|\|chr\(\d+\))*', r).group(0)[4:-1].split(')||chr(')),
 'oracle_dump_typ1_decimal_listing': lambda r: (lambda m: bytes(int(x) for x in m.group(2).split(',')) if int(m.group(1)) == len(m.group(2).split(',')) else None)(_m(r'Typ=1 Len=(\d+): ([\d,]+)', r)).decode(),
 'uuencode_begin_end_block': lambda r: _uu(r, None, '`').decode(),
 'xxencode_begin_end_block': lambda r: _uu(r, _XX, '+').decode(),
 'base36_bigint_lowercase': lambda r: _radix(_m(r'[0-9a-z]+', r).group(0), '0123456789abcdefghijklmnopqrstuvwxyz').decode(),
 'base62_bigint_alnum': lambda r: _radix(_m(r'[0-9A-Za-z]+', r).group(0), '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz').decode(),
 'crockford_base32_unpadded': lambda r: _crock(_m(r'[0-9A-HJKMNP-TV-Z]+', r).group(0)).decode(),
 'python_bytes_decimal_list': lambda r: bytes(int(x) for x in _m(r'bytes\(\[([\d, ]+)\]\)', r).group(1).split(', ')).decode(),
 'c_array_hex_byte_initializer': lambda r: bytes(int(x, 16) for x in re.findall(r'0x([0-9a-f]{2})', _m(r'\{ 0x[0-9a-f]{2}(, 0x[0-9a-f]{2})* \}', r).group(0))).decode(),
 'css_backslash_hex_escapes': lambda r: ''.join(chr(int(x, 16)) for x in _m(r'\\[0-9a-f]+( \\[0-9a-f]+)*', r).group(0)[1:].split(' \\')),
 'xml_hexadecimal_char_refs': lambda r: ''.join(chr(int(x, 16)) for x in re.findall(r'&#x([0-9A-F]+);', _m(r'(&#x[0-9A-F]+;)+', r).group(0))),
 'xor_5a_then_hex': lambda r: bytes(b ^ 0x5A for b in _unhex(_m(r'[0-9a-f]+', r).group(0))).decode(),
 'caesar_plus_three_alnum': lambda r: _caesar_back(_m(r'[A-Za-z0-9_.-]+', r).group(0)),
 'reversed_character_order': lambda r: ''.join(reversed(_m(r'[A-Za-z0-9_.-]+', r).group(0))),
 'nato_phonetic_spelling': lambda r: _nato(_m(r'[a-z]+( [a-z]+)*', r).group(0)),
 'morse_code_slash_separated': lambda r: ''.join(_MORSE_REV[x] for x in _m(r'[.-]+( / [.-]+)*', r).group(0).split(' / ')),
}
