"""Independent decoders for the evasion encodings (written separately from gen_encodings)."""
import base64, binascii, gzip, html, lzma, re, unicodedata, zlib

ABC = 'abcdefghijklmnopqrstuvwxyz'


def _unshift(s, amount):
    res, k = '', 0
    for ch in s:
        if 'a' <= ch <= 'z' or 'A' <= ch <= 'Z':
            a = ord('A') if ch < 'a' else ord('a')
            res += chr((ord(ch) - a - amount(k)) % 26 + a)
            k += 1
        else:
            res += ch
    return res


def d_gronsfeld(v, key):
    return _unshift(v, lambda k: int(key[k % len(key)]))


def d_trithemius(v, key):
    return _unshift(v, lambda k: k)


def d_columnar(v, key):
    n, L = len(key), len(v)
    lens = [L // n + (1 if j < L % n else 0) for j in range(n)]
    cols, pos = {}, 0
    for j in sorted(range(n), key=lambda j: (key[j], j)):
        cols[j] = v[pos:pos + lens[j]]
        pos += lens[j]
    return ''.join(cols[i % n][i // n] for i in range(L))


def d_keyword(v, key):
    seen = []
    for ch in key.lower() + ABC:
        if ch not in seen:
            seen.append(ch)
    inv = {c: ABC[i] for i, c in enumerate(seen)}
    return ''.join(inv[c] if c in inv else (inv[c.lower()].upper() if c.lower() in inv and c.isupper() else c) for c in v)


def d_byte_add(v, key):
    return bytes((b - int(key)) & 0xff for b in binascii.unhexlify(v)).decode()


def d_porta(v, key):
    res, k = [], 0
    for ch in v:
        if ch.isascii() and ch.isalpha():
            s = ABC.index(key[k % len(key)]) // 2
            c = ABC.index(ch.lower())
            pch = ABC[(c - 13 - s) % 13] if c >= 13 else ABC[13 + (c + s) % 13]
            res.append(pch.upper() if ch.isupper() else pch)
            k += 1
        else:
            res.append(ch)
    return ''.join(res)


def _from_alph(v, alph):
    n = 0
    for ch in v:
        n = n * len(alph) + alph.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def d_base62(v, key):
    return _from_alph(v, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')


def d_ripple(v, key):
    return _from_alph(v, 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz')


def d_b32hex(v, key):
    return base64.b32hexdecode(v).decode()


def d_base91(v, key):
    table = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
             '!#$%&()*+,./:;<=>?@[]^_`{|}~"')
    dv = -1
    b = n = 0
    out = bytearray()
    for ch in v:
        c = table.index(ch)
        if dv < 0:
            dv = c
        else:
            dv += c * 91
            b |= dv << n
            n += 13 if (dv & 8191) > 88 else 14
            while n > 7:
                out.append(b & 255)
                b >>= 8
                n -= 8
            dv = -1
    if dv > -1:
        out.append((b | dv << n) & 255)
    return out.decode()


def d_z85(v, key):
    return _z85_bytes(v).decode()


def _z85_bytes(v):
    table = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
    out = bytearray()
    for i in range(0, len(v), 5):
        n = 0
        for ch in v[i:i + 5]:
            n = n * 85 + table.index(ch)
        out += n.to_bytes(4, 'big')
    return bytes(out)


def d_base100(v, key):
    return bytes(ord(ch) - 0x1F3F7 for ch in v).decode()


def d_bcrypt64(v, key):
    std = v.translate(str.maketrans('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
                                    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))
    return base64.b64decode(std + '=' * (-len(std) % 4)).decode()


def _nums(v, pat):
    return [int(x) for x in re.findall(pat, v)]


def d_ps(v, key):
    return ''.join(map(chr, _nums(v.split('](', 1)[1], r'\d+')))


def d_tsql(v, key):
    return ''.join(map(chr, _nums(v, r'CHAR\((\d+)\)')))


def d_vbs(v, key):
    return ''.join(map(chr, _nums(v, r'Chr\((\d+)\)')))


def d_lua(v, key):
    return bytes(_nums(v, r'\\(\d{1,3})')).decode()


def d_excel(v, key):
    assert v.startswith('=')
    return ''.join(map(chr, _nums(v, r'CHAR\((\d+)\)')))


def d_go(v, key):
    return bytes(int(x, 16) for x in re.findall(r'0x([0-9a-f]{2})', v)).decode()


def d_html(v, key):
    return html.unescape(v)


def d_uplus(v, key):
    return ''.join(chr(int(x, 16)) for x in re.findall(r'U\+([0-9A-F]{4,6})', v))


def d_qp(v, key):
    return binascii.a2b_qp(v).decode()


def d_gzip(v, key):
    return gzip.decompress(base64.b64decode(v)).decode()


def d_lzma(v, key):
    return lzma.decompress(base64.b85decode(v), format=lzma.FORMAT_ALONE).decode()


def d_zlib32(v, key):
    return zlib.decompress(base64.b32decode(v)).decode()


def d_tags(v, key):
    return ''.join(chr(ord(ch) - 0xE0000) for ch in v)


def d_nfkc(v, key):
    return unicodedata.normalize('NFKC', v)


def d_homoglyph(v, key):
    back = {'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B',
            'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X'}
    return ''.join(back.get(ch, ch) for ch in v)


def d_strike(v, key):
    return v.replace('\u0336', '')


# keyboard rows written out independently: (dvorak output, qwerty key)
_DV_ROWS = [("',.pyfgcrl/=", "qwertyuiop[]"), ('aoeuidhtns-', "asdfghjkl;'"), (';qjkxbmwvz', 'zxcvbnm,./'),
            ('[]', '-='), ('"<>PYFGCRL?+', 'QWERTYUIOP{}'), ('AOEUIDHTNS_', 'ASDFGHJKL:"'),
            (':QJKXBMWVZ', 'ZXCVBNM<>?'), ('{}', '_+')]


def d_dvorak(v, key):
    m = {}
    for dv, qw in _DV_ROWS:
        m.update(zip(dv, qw))
    return ''.join(m.get(ch, ch) for ch in v)


_RU = {'й': 'q', 'ц': 'w', 'у': 'e', 'к': 'r', 'е': 't', 'н': 'y', 'г': 'u', 'ш': 'i', 'щ': 'o', 'з': 'p',
       'ф': 'a', 'ы': 's', 'в': 'd', 'а': 'f', 'п': 'g', 'р': 'h', 'о': 'j', 'л': 'k', 'д': 'l',
       'я': 'z', 'ч': 'x', 'с': 'c', 'м': 'v', 'и': 'b', 'т': 'n', 'ь': 'm', 'б': ',', 'ю': '.'}


def d_jcuken(v, key):
    out = []
    for ch in v:
        if ch in ('Б', 'Ю'):
            out.append({'Б': '<', 'Ю': '>'}[ch])
        elif ch in _RU:
            out.append(_RU[ch])
        elif ch.lower() in _RU and ch.isupper():
            out.append(_RU[ch.lower()].upper())
        else:
            out.append(ch)
    return ''.join(out)


def d_spelled(v, key):
    words = {'zero': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6',
             'seven': '7', 'eight': '8', 'nine': '9', 'underscore': '_', 'hyphen': '-', 'period': '.'}
    out = []
    for item in v.split(', '):
        if item.startswith('capital '):
            out.append(item[-1].upper())
        elif item.startswith('small '):
            out.append(item[-1].lower())
        else:
            out.append(words[item])
    return ''.join(out)


def d_quads(v, key):
    return v.replace(' ', '')


DEC = {
 'gronsfeld_digits_keyed': d_gronsfeld, 'columnar_transposition_keyed': d_columnar,
 'keyword_alphabet_substitution_keyed': d_keyword, 'byte_add_mod256_hex_keyed': d_byte_add,
 'porta_cipher_keyed': d_porta, 'trithemius_progressive_shift': d_trithemius, 'base62_bigint': d_base62,
 'base32hex_rfc4648': d_b32hex, 'base91_henke': d_base91, 'z85_zeromq': d_z85, 'base100_emoji': d_base100,
 'base64_bcrypt_alphabet': d_bcrypt64, 'base58_ripple_alphabet_bigint': d_ripple,
 'powershell_char_array_join': d_ps, 'tsql_char_concat': d_tsql, 'vbscript_chr_concat': d_vbs,
 'lua_decimal_escape_string': d_lua, 'excel_char_formula': d_excel, 'go_byte_slice_literal': d_go,
 'html_hex_entities': d_html, 'unicode_uplus_codepoints': d_uplus, 'quoted_printable_all': d_qp,
 'gzip_base64': d_gzip, 'lzma_alone_base85': d_lzma, 'zlib_base32': d_zlib32,
 'unicode_tag_characters': d_tags, 'mathematical_monospace_nfkc': d_nfkc,
 'cyrillic_homoglyph_swap': d_homoglyph, 'combining_strikethrough_overlay': d_strike,
 'dvorak_layout_typed_on_qwerty': d_dvorak, 'russian_jcuken_wrong_layout': d_jcuken,
 'spelled_char_names_with_case': d_spelled, 'space_grouped_quads': d_quads,
}


def selftest():
    """Known-answer tests independent of the encoders."""
    assert d_base91('fPNKd', None) == 'test'          # basE91 reference: 'test' -> 'fPNKd'
    assert _z85_bytes('HelloWorld') == bytes([0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B])
    assert d_b32hex('CPNMUOG=', None) == 'foob'       # RFC 4648 test vector BASE32-HEX("foob")
    assert d_porta(d_porta('Attack', 'key'), 'key') == 'Attack'
    return 4
