"""Evasion encodings (encoder, decoder) and record builder (seed 14005)."""
import base64
import binascii
import bz2
import json
import random
import re
import unicodedata
import urllib.parse
from gen_common import b58enc, b58dec, S0, fill
import gen_types
from gen_evasion_containers import TEMPLATES


def _u(s):
    return s.encode()


# ---------------------------------------------------------------- base45 (RFC 9285)
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'


def b45enc(b):
    out = ''
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += B45[c] + B45[d] + B45[e]
    if len(b) % 2:
        out += B45[b[-1] % 45] + B45[b[-1] // 45]
    return out


def b45dec(s):
    out = bytearray()
    for i in range(0, len(s), 3):
        ch = s[i:i + 3]
        n = sum(B45.index(c) * 45 ** k for k, c in enumerate(ch))
        out += n.to_bytes(2 if len(ch) == 3 else 1, 'big')
    return bytes(out)


# ---------------------------------------------------------------- tables
MORSE = dict(zip('abcdefghijklmnopqrstuvwxyz0123456789-_.', (
    '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- '
    '-..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-').split()))
RMORSE = {v: k for k, v in MORSE.items()}
QW = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,./QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?'
JC = 'йцукенгшщзхъфывапролджэячсмитьбю.ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,'
TO_JC = dict(zip(QW, JC))
FROM_JC = dict(zip(JC, QW))
CYR = dict(zip('ABCEHKMOPTXaceopxyijs', 'АВСЕНКМОРТХасеорхуіјѕ'))
RCYR = {v: k for k, v in CYR.items()}


def mbold(ch):
    if 'A' <= ch <= 'Z':
        return chr(0x1D400 + ord(ch) - 65)
    if 'a' <= ch <= 'z':
        return chr(0x1D41A + ord(ch) - 97)
    if '0' <= ch <= '9':
        return chr(0x1D7CE + ord(ch) - 48)
    return ch


def ri(ch):
    if 'a' <= ch <= 'z':
        return chr(0x1F1E6 + ord(ch) - 97)
    if '0' <= ch <= '9':
        return ch + '\ufe0f\u20e3'
    return ch


def ri_dec(v):
    v = v.replace('\ufe0f\u20e3', '')
    return ''.join(chr(ord(c) - 0x1F1E6 + 97) if 0x1F1E6 <= ord(c) <= 0x1F1FF else c for c in v)


def ihex_enc(b):
    recs = []
    for off in range(0, len(b), 16):
        d = b[off:off + 16]
        raw = bytes([len(d), off >> 8, off & 255, 0]) + d
        recs.append(':' + (raw + bytes([(-sum(raw)) & 255])).hex().upper())
    return '\n'.join(recs + [':00000001FF'])


def ihex_dec(v):
    out = b''
    for line in v.split('\n'):
        raw = bytes.fromhex(line[1:])
        assert sum(raw) & 255 == 0
        if raw[3] == 0:
            out += raw[4:4 + raw[0]]
    return out


def v6_enc(b):
    b = b + b'\0' * (-len(b) % 16)
    return ['%s' % ':'.join(b[i + j:i + j + 2].hex() for j in range(0, 16, 2)) for i in range(0, len(b), 16)]


def uu_enc(b):
    lines = [binascii.b2a_uu(b[i:i + 45]).decode().rstrip('\n') for i in range(0, len(b), 45)]
    return 'begin 644 token.txt\n' + '\n'.join(lines) + '\n`\nend'


def uu_dec(v):
    return b''.join(binascii.a2b_uu(l) for l in v.split('\n')[1:-2])


ENC = {  # name -> (encoder(plain, r) -> (value, key), decoder(value, key) -> plain, pool)
    'c_hex_escape_string': (lambda p, r: (''.join('\\x%02x' % b for b in _u(p)), None),
                            lambda v, k: bytes(int(x, 16) for x in re.findall(r'\\x([0-9a-f]{2})', v)).decode(), 'any'),
    'c_octal_escape_string': (lambda p, r: (''.join('\\%03o' % b for b in _u(p)), None),
                              lambda v, k: bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', v)).decode(), 'any'),
    'java_signed_byte_array': (lambda p, r: (', '.join(str(b - 256 if b > 127 else b) for b in _u(p)), None),
                               lambda v, k: bytes(int(x) & 255 for x in v.split(', ')).decode(), 'any'),
    'xxd_include_array': (lambda p, r: (',\n  '.join(', '.join('0x%02x' % b for b in _u(p)[i:i + 12]) for i in range(0, len(p), 12)), None),
                          lambda v, k: bytes(int(x, 16) for x in re.findall(r'0x([0-9a-f]{2})', v)).decode(), 'any'),
    'uuencode': (lambda p, r: (uu_enc(_u(p)), None), lambda v, k: uu_dec(v).decode(), 'any'),
    'ascii85_adobe': (lambda p, r: (base64.a85encode(_u(p), adobe=True).decode(), None),
                      lambda v, k: base64.a85decode(v, adobe=True).decode(), 'any'),
    'base58_text': (lambda p, r: (b58enc(_u(p)), None), lambda v, k: b58dec(v).decode(), 'any'),
    'base45_rfc9285': (lambda p, r: (b45enc(_u(p)), None), lambda v, k: b45dec(v).decode(), 'any'),
    'morse_code': (lambda p, r: (' '.join(MORSE[c] for c in p), None),
                   lambda v, k: ''.join(RMORSE[x] for x in v.split(' ')), 'lower'),
    'jcuken_layout_mistype': (lambda p, r: (''.join(TO_JC.get(c, c) for c in p), None),
                              lambda v, k: ''.join(FROM_JC.get(c, c) for c in v), 'safe'),
    'shell_backslash_newline_split': (lambda p, r: ('\\\n'.join(p[i:i + 16] for i in range(0, len(p), 16)), None),
                                      lambda v, k: v.replace('\\\n', ''), 'any'),
    'email_quote_rewrap': (lambda p, r: ('\n> '.join(p[i:i + 24] for i in range(0, len(p), 24)), None),
                           lambda v, k: v.replace('\n> ', ''), 'any'),
    'base64_utf16le': (lambda p, r: (base64.b64encode(p.encode('utf-16-le')).decode(), None),
                       lambda v, k: base64.b64decode(v).decode('utf-16-le'), 'any'),
    'bzip2_base64': (lambda p, r: (base64.b64encode(bz2.compress(_u(p), 9)).decode(), None),
                     lambda v, k: bz2.decompress(base64.b64decode(v)).decode(), 'any'),
    'base64_chunk_array_join': (lambda p, r: ('[' + ', '.join('"%s"' % c for c in re.findall('.{1,8}', base64.b64encode(_u(p)).decode())) + ']', None),
                                lambda v, k: base64.b64decode(''.join(json.loads(v))).decode(), 'any'),
    'charcode_offset_shift': (lambda p, r: (lambda k: ('[' + ','.join(str(ord(c) + k) for c in p) + ']', k))(r.randrange(3, 12)),
                              lambda v, k: ''.join(chr(int(x) - k) for x in json.loads(v)), 'any'),
    'double_percent_encoding': (lambda p, r: (''.join('%%25%02X' % b for b in _u(p)), None),
                                lambda v, k: urllib.parse.unquote(urllib.parse.unquote(v)), 'any'),
    'math_bold_alphanumerics': (lambda p, r: (''.join(mbold(c) for c in p), None),
                                lambda v, k: unicodedata.normalize('NFKC', v), 'safe'),
    'cyrillic_homoglyph': (lambda p, r: (''.join(CYR.get(c, c) for c in p), None),
                           lambda v, k: ''.join(RCYR.get(c, c) for c in v), 'safe'),
    'combining_strikethrough': (lambda p, r: (''.join(c + '\u0336' for c in p), None),
                                lambda v, k: v.replace('\u0336', ''), 'any'),
    'soft_hyphen_interleaved': (lambda p, r: ('\u00ad'.join(p[i:i + 3] for i in range(0, len(p), 3)), None),
                                lambda v, k: v.replace('\u00ad', ''), 'any'),
    'space_grouped_blocks': (lambda p, r: (' '.join(p[i:i + 4] for i in range(0, len(p), 4)), None),
                             lambda v, k: v.replace(' ', ''), 'safe'),
    'bidi_override_reversed': (lambda p, r: ('\u202e' + p[::-1] + '\u202c', None),
                               lambda v, k: v.strip('\u202e\u202c')[::-1], 'any'),
    'regional_indicator_letters': (lambda p, r: (''.join(ri(c) for c in p), None), lambda v, k: ri_dec(v), 'lower'),
    'intel_hex_records': (lambda p, r: (ihex_enc(_u(p)), None), lambda v, k: ihex_dec(v).decode(), 'any'),
    'ipv6_address_list': (lambda p, r: ('", "'.join(v6_enc(_u(p))), None),
                          lambda v, k: b''.join(bytes.fromhex(a.replace(':', '')) for a in v.split('", "')).rstrip(b'\0').decode(), 'any'),
    'char_table_index_lookup': (lambda p, r: (lambda t: ('["%s", [%s]]' % (t, ', '.join(str(t.index(c)) for c in p)), None))(''.join(r.sample(sorted(set(p)), len(set(p))))),
                                lambda v, k: (lambda j: ''.join(j[0][i] for i in j[1]))(json.loads(v)), 'any'),
}


def _pools(r):
    pools = {'any': [], 'safe': [], 'lower': []}
    for t in gen_types.TYPES + gen_types.TYPES:
        if t[0] in gen_types.NAME_ONLY or 'url' in t[0]:
            continue
        v = gen_types.gen(r, t)
        if not re.fullmatch(r'[A-Za-z0-9_.:+/=|-]+', v) or len(v) > 120:
            continue
        pools['any'].append((t[0], v))
        if re.fullmatch(r'[A-Za-z0-9_.-]+', v):
            pools['safe'].append((t[0], v))
        if re.fullmatch(r'[a-z0-9_.-]+', v):
            pools['lower'].append((t[0], v))
    return pools


def build(start_id, n_total=90):
    r = random.Random(14005)
    _POOLS.clear()
    names = sorted(ENC)
    counts = {n: 3 for n in names}
    for n in r.sample(names, n_total - 3 * len(names)):
        counts[n] += 1
    out = []
    for name in names:
        enc, dec, pool = ENC[name]
        tmpls = TEMPLATES[name]
        for j in range(counts[name]):
            typ, plain = gen_types_sample(r, pool)
            val, key = enc(plain, r)
            kind, tf = tmpls[j % len(tmpls)]
            text, spans = fill(tf(S0, key), [(val, typ, plain)])
            spans[0]['encoding'] = name
            if key is not None:
                spans[0]['encoding_key'] = key
            out.append({'id': 'p14-e-%04d' % (start_id + len(out)), 'type': typ, 'container': kind,
                        'encoding': name, 'text': text, 'secrets': spans, 'source': 'gen_evasions'})
    return out


_POOLS = {}


def gen_types_sample(r, pool):
    if not _POOLS:
        _POOLS.update(_pools(random.Random(14006)))
    items = _POOLS[pool]
    pick = items[r.randrange(len(items))]
    for k in _POOLS:
        if pick in _POOLS[k]:
            _POOLS[k].remove(pick)
    return pick


def decode(v, name, key=None):
    return ENC[name][1](v, key)
