"""Encoders for the 33 p24 evasion encodings. Decoders live separately in gen_decoders.py."""
import base64, codecs, string

KEYED = {'rail_fence_zigzag_keyed', 'beaufort_cipher_keyed', 'autokey_vigenere_keyed', 'xor_repeating_key_hex_keyed',
         'rc4_stream_hex_keyed', 'python_chr_offset_list_keyed'}
SAFE = set(string.ascii_letters + string.digits + '_-.')  # tokens limited to these for character-map encodings
CHARMAP_ONLY = {'upside_down_flip_reversed', 'enclosed_circled_alnum_nfkc', 'mathematical_double_struck_nfkc',
                'azerty_layout_typed_on_qwerty'}


def _shift_letters(s, key, sign):
    out, j = [], 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = 'A' if ch.isupper() else 'a'
            k = ord(key[j % len(key)].lower()) - 97
            out.append(chr((sign(ord(ch) - ord(base), k)) % 26 + ord(base)))
            j += 1
        else:
            out.append(ch)
    return ''.join(out)


def e_delta(s, k=None):
    cps = [ord(c) for c in s]
    return ','.join([str(cps[0])] + ['%+d' % (b - a) for a, b in zip(cps, cps[1:])])


def e_railfence(s, k):
    n = int(k)
    rails = [[] for _ in range(n)]
    r, d = 0, 1
    for ch in s:
        rails[r].append(ch)
        if n > 1:
            if r == 0:
                d = 1
            elif r == n - 1:
                d = -1
            r += d
    return ''.join(''.join(x) for x in rails)


def e_beaufort(s, k):
    return _shift_letters(s, k, lambda p, kk: kk - p)


def e_autokey(s, k):
    stream = [c.lower() for c in k]
    out, j = [], 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = 'A' if ch.isupper() else 'a'
            kk = ord(stream[j]) - 97
            out.append(chr((ord(ch) - ord(base) + kk) % 26 + ord(base)))
            stream.append(ch.lower())
            j += 1
        else:
            out.append(ch)
    return ''.join(out)


def e_xor_rep(s, k):
    kb = k.encode()
    return bytes(b ^ kb[i % len(kb)] for i, b in enumerate(s.encode())).hex()


def e_rc4(s, k):
    S = list(range(256))
    j = 0
    kb = k.encode()
    for i in range(256):
        j = (j + S[i] + kb[i % len(kb)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = []
    for b in s.encode():
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out).hex()


CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def e_crockford(s, k=None):
    bits = ''.join('{:08b}'.format(b) for b in s.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def e_bitrev(s, k=None):
    return ''.join('%02x' % int('{:08b}'.format(b)[::-1], 2) for b in s.encode())


def e_braille(s, k=None):
    return ''.join(chr(0x2800 + b) for b in s.encode())


def e_ebcdic(s, k=None):
    return ' '.join('%02X' % b for b in codecs.encode(s, 'cp037'))


def e_utf32(s, k=None):
    return s.encode('utf-32-be').hex()


def e_hex_b64(s, k=None):
    return base64.b64encode(s.encode().hex().encode()).decode()


def e_nibble(s, k=None):
    return ''.join('%x%x' % (b & 15, b >> 4) for b in s.encode())


def e_od(s, k=None):
    b = s.encode()
    lines = []
    for off in range(0, len(b), 16):
        lines.append('%07o ' % off + ' '.join('%03o' % x for x in b[off:off + 16]))
    lines.append('%07o' % len(b))
    return '\n'.join(lines)


def e_rfc2047(s, k=None):
    return '=?UTF-8?B?' + base64.b64encode(s.encode()).decode() + '?='


XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def e_xx(s, k=None):
    b = s.encode()
    lines = ['begin 644 token.txt']
    for off in range(0, len(b), 45):
        chunk = b[off:off + 45]
        line = XX[len(chunk)]
        padded = chunk + b'\0' * (-len(chunk) % 3)
        for i in range(0, len(padded), 3):
            n = int.from_bytes(padded[i:i + 3], 'big')
            line += ''.join(XX[(n >> sh) & 63] for sh in (18, 12, 6, 0))
        lines.append(line)
    lines += ['+', 'end']
    return '\n'.join(lines)


FLIP = dict(zip('abcdefghijklmnopqrstuvwxyz', 'ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz'))
FLIP.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', '∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌꓤSꓕ∩ΛMX⅄Z'))
FLIP.update(zip('0123456789', '0ƖᄅƐㄣϛ9ㄥ86'))
FLIP.update({'_': '‾', '-': '-', '.': '˙'})


def e_flip(s, k=None):
    return ''.join(FLIP[c] for c in reversed(s))


def e_circled(s, k=None):
    out = []
    for c in s:
        if 'A' <= c <= 'Z':
            out.append(chr(0x24B6 + ord(c) - 65))
        elif 'a' <= c <= 'z':
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == '0':
            out.append('\u24EA')
        elif '1' <= c <= '9':
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return ''.join(out)


DS_EXC = {'C': 'ℂ', 'H': 'ℍ', 'N': 'ℕ', 'P': 'ℙ', 'Q': 'ℚ', 'R': 'ℝ', 'Z': 'ℤ'}


def e_doublestruck(s, k=None):
    out = []
    for c in s:
        if c in DS_EXC:
            out.append(DS_EXC[c])
        elif 'A' <= c <= 'Z':
            out.append(chr(0x1D538 + ord(c) - 65))
        elif 'a' <= c <= 'z':
            out.append(chr(0x1D552 + ord(c) - 97))
        elif '0' <= c <= '9':
            out.append(chr(0x1D7D8 + ord(c) - 48))
        else:
            out.append(c)
    return ''.join(out)


def e_zwsp(s, k=None):
    return '\u200b'.join(s)


def e_vs(s, k=None):
    out = ['\U0001F600']
    for b in s.encode():
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return ''.join(out)


def e_pairswap(s, k=None):
    c = list(s)
    for i in range(0, len(c) - 1, 2):
        c[i], c[i + 1] = c[i + 1], c[i]
    return ''.join(c)


def e_halves(s, k=None):
    h = len(s) // 2
    return s[h:] + s[:h]


def e_css(s, k=None):
    return ''.join('\\%06x' % ord(c) for c in s)


def e_xmldec(s, k=None):
    return ''.join('&#%d;' % ord(c) for c in s)


def e_unhex(s, k=None):
    return "UNHEX('%s')" % s.encode().hex().upper()


def e_chroffset(s, k):
    return '[' + ', '.join(str(ord(c) + int(k)) for c in s) + ']'


def e_revb64(s, k=None):
    return base64.b64encode(s.encode()).decode()[::-1]


def e_b64twice(s, k=None):
    return base64.b64encode(base64.b64encode(s.encode())).decode()


BTC58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def e_b58btc(s, k=None):
    n = int.from_bytes(s.encode(), 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = BTC58[r] + out
    return out


def e_bf(s, k=None):
    prog = []
    cur = 0
    for b in s.encode():
        d = b - cur
        prog.append(('+' * d if d > 0 else '-' * (-d)) + '.')
        cur = b
    return ''.join(prog)


_QW_ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl;', 'zxcvbnm,./']
_QW_SHIFT = ['!@#$%^&*()_', 'QWERTYUIOP', 'ASDFGHJKL:', 'ZXCVBNM<>?']
_AZ_ROWS = ['&é"\'(-è_çà)', 'azertyuiop', 'qsdfghjklm', 'wxcvbn,;:!']
_AZ_SHIFT = ['1234567890°', 'AZERTYUIOP', 'QSDFGHJKLM', 'WXCVBN?./§']


def e_azerty(s, k=None):
    table = {}
    for qr, ar in zip(_QW_ROWS, _AZ_ROWS):
        table.update(zip(qr, ar))
    for qr, ar in zip(_QW_SHIFT, _AZ_SHIFT):
        table.update(zip(qr, ar))
    # a digit is typed with Shift on AZERTY by someone who types the QWERTY key for it unshifted
    return ''.join(table[c] for c in s)


def e_gray(s, k=None):
    return ''.join('%02x' % (b ^ (b >> 1)) for b in s.encode())


ENC = {
    'delta_encoded_codepoints': e_delta,
    'rail_fence_zigzag_keyed': e_railfence,
    'beaufort_cipher_keyed': e_beaufort,
    'autokey_vigenere_keyed': e_autokey,
    'xor_repeating_key_hex_keyed': e_xor_rep,
    'rc4_stream_hex_keyed': e_rc4,
    'crockford_base32_nopad': e_crockford,
    'bit_reversed_bytes_hex': e_bitrev,
    'braille_patterns_byte_map': e_braille,
    'ebcdic_cp037_hex': e_ebcdic,
    'utf32be_hex': e_utf32,
    'hex_then_base64_layered': e_hex_b64,
    'nibble_swapped_hex': e_nibble,
    'od_b_octal_dump': e_od,
    'rfc2047_encoded_word_base64': e_rfc2047,
    'xxencode_block': e_xx,
    'upside_down_flip_reversed': e_flip,
    'enclosed_circled_alnum_nfkc': e_circled,
    'mathematical_double_struck_nfkc': e_doublestruck,
    'zero_width_space_interleaved': e_zwsp,
    'variation_selector_byte_smuggling': e_vs,
    'adjacent_pair_swap': e_pairswap,
    'rotated_halves': e_halves,
    'css_hex_escape_sequence': e_css,
    'xml_decimal_numeric_refs': e_xmldec,
    'mysql_unhex_literal': e_unhex,
    'python_chr_offset_list_keyed': e_chroffset,
    'reversed_base64': e_revb64,
    'base64_twice': e_b64twice,
    'base58_bitcoin_bigint': e_b58btc,
    'brainfuck_print_program': e_bf,
    'azerty_layout_typed_on_qwerty': e_azerty,
    'gray_code_bytes_hex': e_gray,
}

PHRASE = {
    'delta_encoded_codepoints': 'written as the first code point followed by the differences between neighbouring code points',
    'rail_fence_zigzag_keyed': 'scrambled with a rail-fence zigzag over {k} rails',
    'beaufort_cipher_keyed': 'Beaufort-enciphered with the key word "{k}" (letters only, case kept)',
    'autokey_vigenere_keyed': 'autokey-Vigenère-enciphered, primer "{k}" (letters only, case kept)',
    'xor_repeating_key_hex_keyed': 'XOR-ed with the repeating ASCII key "{k}" and hex-dumped',
    'rc4_stream_hex_keyed': 'RC4-encrypted with the passphrase "{k}" and shown as hex',
    'crockford_base32_nopad': 'in Crockford base32 (no padding)',
    'bit_reversed_bytes_hex': 'with the bits of every byte mirrored, as hex',
    'braille_patterns_byte_map': 'mapped byte-for-byte onto Unicode braille cells (U+2800 + byte)',
    'ebcdic_cp037_hex': 'as EBCDIC (code page 037) hex bytes from the mainframe dump',
    'utf32be_hex': 'as UTF-32BE hex',
    'hex_then_base64_layered': 'hex-encoded and then base64-encoded on top',
    'nibble_swapped_hex': 'as hex with the two nibbles of every byte swapped',
    'od_b_octal_dump': 'as an od -b octal dump',
    'rfc2047_encoded_word_base64': 'as a MIME encoded-word (RFC 2047, B encoding)',
    'xxencode_block': 'xxencoded (begin/end block)',
    'upside_down_flip_reversed': 'typed upside down (flipped letters, reversed order)',
    'enclosed_circled_alnum_nfkc': 'in circled letters and digits (NFKC folds them back)',
    'mathematical_double_struck_nfkc': 'in double-struck math letters (NFKC folds them back)',
    'zero_width_space_interleaved': 'with an invisible zero-width space between all characters',
    'variation_selector_byte_smuggling': 'smuggled in variation selectors after the smiley (one selector per byte)',
    'adjacent_pair_swap': 'with every pair of neighbouring characters swapped',
    'rotated_halves': 'with its two halves swapped (second half first)',
    'css_hex_escape_sequence': 'as CSS six-digit hex escapes',
    'xml_decimal_numeric_refs': 'as XML decimal character references',
    'mysql_unhex_literal': 'as a MySQL UNHEX() literal',
    'python_chr_offset_list_keyed': 'as a Python list of code points shifted up by {k}',
    'reversed_base64': 'base64-encoded and then reversed',
    'base64_twice': 'base64-encoded twice',
    'base58_bitcoin_bigint': 'as one big base58 number (Bitcoin alphabet, no checksum)',
    'brainfuck_print_program': 'as a Brainfuck program that prints it',
    'azerty_layout_typed_on_qwerty': 'typed with the French AZERTY layout active while reading QWERTY key caps',
    'gray_code_bytes_hex': 'with every byte Gray-coded (b xor b>>1), as hex',
}
