"""Independent decoders, written separately from the encoders; DEC[name](span, key) -> plain."""
import base64, email.header, re, struct

Z85_DIGITS = {c: i for i, c in enumerate(
    '0123456789' + 'abcdefghijklmnopqrstuvwxyz' + 'abcdefghijklmnopqrstuvwxyz'.upper() + '.-:+=^!/*?&<>()[]{}@%$#')}


def d_z85(s, k=None):
    out = bytearray()
    for i in range(0, len(s), 5):
        n = 0
        for ch in s[i:i + 5]:
            n = n * 85 + Z85_DIGITS[ch]
        out += struct.pack('>I', n)
    return out.rstrip(b'\x00').decode()


def d_bech32(s, k=None):
    charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
    s = s.lower()
    pos = s.rfind('1')
    hrp, data = s[:pos], [charset.index(c) for c in s[pos + 1:]]
    G = (0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i, g in enumerate(G):
            if (b >> i) & 1:
                chk ^= g
    if chk != 1:
        raise ValueError('bech32 checksum')
    bits = ''.join(format(v, '05b') for v in data[:-6])
    usable = len(bits) // 8 * 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8)).decode()


def d_mime(s, k=None):
    (raw, cs), = email.header.decode_header(s)
    return raw.decode(cs)


def d_xor1(s, k):
    key = int(k, 16)
    return bytes(b ^ key for b in bytes.fromhex(s)).decode()


def d_xorn(s, k):
    raw = base64.b64decode(s)
    kb = k.encode() * (len(raw) // len(k) + 1)
    return bytes(a ^ b for a, b in zip(raw, kb)).decode()


def d_rc4(s, k):
    # key scheduling and keystream written as a generator
    box = bytearray(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + ord(k[i % len(k)])) & 0xff
        box[i], box[j] = box[j], box[i]

    def stream():
        a = b = 0
        while True:
            a = (a + 1) & 0xff
            b = (b + box[a]) & 0xff
            box[a], box[b] = box[b], box[a]
            yield box[(box[a] + box[b]) & 0xff]
    ks = stream()
    return bytes(c ^ next(ks) for c in bytes.fromhex(s)).decode()


def d_rail(s, k):
    n = int(k.split('=')[1])
    period = 2 * (n - 1)
    rail_of = [min(i % period, period - i % period) for i in range(len(s))]
    order = sorted(range(len(s)), key=lambda i: (rail_of[i], i))
    out = [''] * len(s)
    for ch, idx in zip(s, order):
        out[idx] = ch
    return ''.join(out)


def d_acrostic(s, k=None):
    return ''.join(line[:1] for line in s.split('\n'))


def d_pairswap(s, k=None):
    out = []
    for i in range(0, len(s), 2):
        out.append(s[i:i + 2][::-1])
    return ''.join(out)


def d_rlo(s, k=None):
    assert s[0] == '\u202e' and s[-1] == '\u202c'
    return ''.join(reversed(s[1:-1]))


def d_roman(s, k=None):
    v = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    res = []
    for tok in s.split():
        t = 0
        for a, b in zip(tok, tok[1:] + ' '):
            t += -v[a] if b != ' ' and v[b] > v[a] else v[a]
        res.append(t)
    return bytes(res).decode()


def d_uplus(s, k=None):
    return ''.join(chr(int(h, 16)) for h in re.findall(r'U\+([0-9A-Fa-f]{4,6})', s))


def d_pct_u(s, k=None):
    return re.sub(r'%u([0-9A-Fa-f]{4})', lambda m: chr(int(m.group(1), 16)), s)


def d_msgpack(s, k=None):
    b = base64.b64decode(s)
    t = b[0]
    if t & 0xe0 == 0xa0:
        n, off = t & 0x1f, 1
    elif t == 0xd9:
        n, off = b[1], 2
    elif t == 0xda:
        n, off = int.from_bytes(b[1:3], 'big'), 3
    else:
        raise ValueError('not a msgpack str')
    assert len(b) == off + n
    return b[off:off + n].decode()


# hand-written EBCDIC 037 table for the characters secrets use
_E = {}
for start, chars in ((0x81, 'abcdefghi'), (0x91, 'jklmnopqr'), (0xA2, 'stuvwxyz'), (0xC1, 'ABCDEFGHI'),
                     (0xD1, 'JKLMNOPQR'), (0xE2, 'STUVWXYZ'), (0xF0, '0123456789')):
    for i, ch in enumerate(chars):
        _E[start + i] = ch
_E.update({0x60: '-', 0x6D: '_', 0x4B: '.', 0x4E: '+', 0x61: '/', 0x7A: ':', 0x7E: '=', 0x40: ' '})


def d_ebcdic(s, k=None):
    return ''.join(_E[b] for b in bytes.fromhex(s))


def d_zip(s, k=None):
    b = base64.b64decode(s)
    sig, ver, flag, meth, mt, md, crc, csize, usize, nlen, elen = struct.unpack('<IHHHHHIIIHH', b[:30])
    assert sig == 0x04034b50 and meth == 0
    data = b[30 + nlen + elen:30 + nlen + elen + csize]
    import zlib
    assert zlib.crc32(data) & 0xffffffff == crc
    return data.decode()


def d_utf7(s, k=None):
    return s.encode('ascii').decode('utf-7')


_R = {0x16A8: 'a', 0x16D2: 'b', 0x16B2: 'c', 0x16DE: 'd', 0x16D6: 'e', 0x16A0: 'f'}


def d_runes(s, k=None):
    return ''.join(_R.get(ord(c), c) for c in s)


def d_b64twice(s, k=None):
    return base64.b64decode(base64.b64decode(s)).decode()


def d_percharline(s, k=None):
    return s.replace('\n', '')


def d_xxd(s, k=None):
    return bytes(int(h, 16) for h in re.findall(r'0x([0-9a-fA-F]{2})', s)).decode()


def d_vs(s, k=None):
    out = bytearray()
    for c in s[1:]:
        o = ord(c)
        out.append(o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16)
    return out.decode()


DEC = {
 'z85_zeromq_rfc32': d_z85, 'bech32_bip173_payload': d_bech32, 'mime_encoded_word_b': d_mime,
 'xor_single_byte_hex_keyed': d_xor1, 'xor_repeating_key_base64_keyed': d_xorn, 'rc4_keystream_hex_keyed': d_rc4,
 'rail_fence_zigzag_keyed': d_rail, 'acrostic_line_initials': d_acrostic, 'pairwise_char_swap': d_pairswap,
 'rtl_override_reversed': d_rlo, 'roman_numeral_bytes': d_roman, 'unicode_u_plus_notation': d_uplus,
 'js_escape_percent_u': d_pct_u, 'msgpack_str_base64': d_msgpack, 'ebcdic_cp037_hex': d_ebcdic,
 'zip_archive_base64': d_zip, 'utf7_rfc2152_shifted': d_utf7, 'elder_futhark_runes': d_runes,
 'base64_twice_nested': d_b64twice, 'one_char_per_line': d_percharline, 'xxd_include_c_array': d_xxd,
 'variation_selector_smuggling': d_vs,
}


def self_tests():
    """Known-answer tests from published definitions / classic examples."""
    t = []
    # Z85 RFC 32 vector checked at byte level
    zb = bytearray()
    for i in range(0, 10, 5):
        n = 0
        for ch in 'HelloWorld'[i:i + 5]:
            n = n * 85 + Z85_DIGITS[ch]
        zb += struct.pack('>I', n)
    t.append(bytes(zb) == bytes([0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B]))
    # BIP-173 valid test vector with empty data: checksum must verify
    try:
        d_bech32('A12UEL5L'); t.append(True)
    except Exception:
        t.append(False)
    # RC4 classic vectors
    t.append(d_rc4('BBF316E8D940AF0AD3', 'Key') == 'Plaintext')
    t.append(d_rc4('1021BF0420', 'Wiki') == 'pedia')
    t.append(d_rc4('45A01F645FC35B383552544B9BF5', 'Secret') == 'Attack at dawn')
    # rail fence textbook example, 3 rails
    t.append(d_rail('WECRLTEERDSOEEFEAOCAIVDEN', 'rails=3') == 'WEAREDISCOVEREDFLEEATONCE')
    # RFC 2152 example
    t.append(d_utf7('Hi Mom -+Jjo--!') == 'Hi Mom -\u263a-!')
    t.append(d_roman('CXXII LXV') == 'zA')
    t.append(d_ebcdic('C1F081') == 'A0a')
    t.append(d_msgpack(base64.b64encode(b'\xa1a').decode()) == 'a')
    t.append(d_mime('=?UTF-8?B?SGVsbG8=?=') == 'Hello')
    return t
