"""Encoders for the 22 evasion notations (name -> (phrase, encode(plain, rnd) -> run))."""
import base64, zlib

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
VKEY = 'HOSTING'


def _b58(b):
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    lead = len(b) - len(b.lstrip(b'\0'))
    return '1' * lead + out


def _b45(b):
    out = []
    for i in range(0, len(b), 2):
        chunk = b[i:i + 2]
        if len(chunk) == 2:
            n = chunk[0] * 256 + chunk[1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [B45[c], B45[d], B45[e]]
        else:
            n = chunk[0]
            out += [B45[n % 45], B45[n // 45]]
    return ''.join(out)


def _atbash(s):
    o = []
    for ch in s:
        if 'a' <= ch <= 'z':
            o.append(chr(ord('z') - (ord(ch) - ord('a'))))
        elif 'A' <= ch <= 'Z':
            o.append(chr(ord('Z') - (ord(ch) - ord('A'))))
        elif ch.isdigit():
            o.append(str(9 - int(ch)))
        else:
            o.append(ch)
    return ''.join(o)


def _vig(s):
    o, k = [], 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            shift = ord(VKEY[k % len(VKEY)]) - ord('A')
            base = ord('a') if ch.islower() else ord('A')
            o.append(chr(base + (ord(ch) - base + shift) % 26))
            k += 1
        else:
            o.append(ch)
    return ''.join(o)


def _rot13(s):
    return ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if 'a' <= c <= 'z' else
                   chr((ord(c) - 65 + 13) % 26 + 65) if 'A' <= c <= 'Z' else c for c in s)


def _math(s, upper, lower, digit):
    o = []
    for ch in s:
        if 'A' <= ch <= 'Z':
            o.append(chr(upper + ord(ch) - 65))
        elif 'a' <= ch <= 'z':
            o.append(chr(lower + ord(ch) - 97))
        elif '0' <= ch <= '9':
            o.append(chr(digit + ord(ch) - 48))
        else:
            o.append(ch)
    return ''.join(o)


def _shuffle_pairs(s, rnd):
    pairs = [f"{i + 1}:{c}" for i, c in enumerate(s)]
    rnd.shuffle(pairs)
    return ' '.join(pairs)


def U(s):
    return s.encode('utf-8')


ENC = {
    'php_chr_dot_concat': ("as PHP chr() calls joined with the . operator (decimal byte values)",
                           lambda s, r: '.'.join(f'chr({b})' for b in U(s))),
    'php_hex2bin_call': ("as a PHP hex2bin() call over the bytes in lower-case hex",
                         lambda s, r: "hex2bin('" + U(s).hex() + "')"),
    'php_strrev_base64_decode': ("as PHP base64_decode(strrev(...)), i.e. its Base64 written backwards",
                                 lambda s, r: "base64_decode(strrev('" + base64.b64encode(U(s)).decode()[::-1] + "'))"),
    'php_str_rot13_call': ("as a PHP str_rot13() call (letters rotated by 13, digits and - _ . unchanged)",
                           lambda s, r: "str_rot13('" + _rot13(s) + "')"),
    'mysql_char_function_decimal': ("as a MySQL CHAR() call of decimal byte values",
                                    lambda s, r: 'CHAR(' + ','.join(str(b) for b in U(s)) + ')'),
    'mysql_x_quoted_hex_literal': ("as a MySQL X'...' hexadecimal string literal",
                                   lambda s, r: "X'" + U(s).hex().upper() + "'"),
    'quoted_printable_forced_escapes': ("in quoted-printable with every byte escaped as =XX",
                                        lambda s, r: ''.join('=%02X' % b for b in U(s))),
    'percent_encoded_every_byte': ("percent-encoded with every byte written as %XX",
                                   lambda s, r: ''.join('%%%02X' % b for b in U(s))),
    'ascii85_adobe_delimited': ("in Adobe Ascii85 between <~ and ~>",
                                lambda s, r: base64.a85encode(U(s), adobe=True).decode()),
    'base58_bitcoin_alphabet': ("in Base58 (Bitcoin alphabet without 0 O I l, the bytes read as one big-endian number)",
                                lambda s, r: _b58(U(s))),
    'base45_qr_alphabet': ("in Base45 (RFC 9285, QR alphanumeric alphabet 0-9 A-Z space $%*+-./:)",
                           lambda s, r: _b45(U(s))),
    'eight_bit_binary_octets': ("as eight-bit binary octets separated by spaces",
                                lambda s, r: ' '.join(format(b, '08b') for b in U(s))),
    'atbash_letter_mirror': ("in Atbash (a<->z, b<->y ..., case kept; a digit d becomes 9-d; - _ . unchanged)",
                             lambda s, r: _atbash(s)),
    'vigenere_keyword_shift': ("Vigenère-enciphered with the keyword HOSTING (key advances on letters only, case kept, digits and - _ . unchanged)",
                               lambda s, r: _vig(s)),
    'doubled_character_stutter': ("with every character written twice (keep one of each pair)",
                                  lambda s, r: ''.join(c + c for c in s)),
    'swapped_halves_slash': ("in swapped halves (the part after ' / ' comes first; that first part has floor(n/2) characters)",
                             lambda s, r: s[len(s) // 2:] + ' / ' + s[:len(s) // 2]),
    'one_char_per_line_column': ("one character per line, read top to bottom",
                                 lambda s, r: '\n'.join(s)),
    'mathematical_bold_alphanumerics': ("in Mathematical Bold letters and digits (U+1D400 block; - _ . unchanged)",
                                        lambda s, r: _math(s, 0x1D400, 0x1D41A, 0x1D7CE)),
    'mathematical_monospace_alphanumerics': ("in Mathematical Monospace letters and digits (U+1D670 block; - _ . unchanged)",
                                             lambda s, r: _math(s, 0x1D670, 0x1D68A, 0x1D7F6)),
    'zlib_deflate_base64': ("zlib-deflated and then Base64-encoded",
                            lambda s, r: base64.b64encode(zlib.compress(U(s), 9)).decode()),
    'js_fromcharcode_hex_args': ("as a JavaScript String.fromCharCode() call with hex arguments",
                                 lambda s, r: 'String.fromCharCode(' + ', '.join('0x%02x' % ord(c) for c in s) + ')'),
    'shuffled_index_pairs': ("as shuffled position:character pairs (1-based positions, sort them)",
                             lambda s, r: _shuffle_pairs(s, r)),
}
