"""Encoders (value -> encoded run) and the phrase that names each encoding."""
import base64, codecs

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
VKEY = 'LEDGER'


def _b58(s):
    n = int.from_bytes(s.encode(), 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def _b45(s):
    b = s.encode()
    out = []
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        e, n = divmod(n, 45 * 45)
        d, c = divmod(n, 45)
        out += [B45[c], B45[d], B45[e]]
    if len(b) % 2:
        d, c = divmod(b[-1], 45)
        out += [B45[c], B45[d]]
    return ''.join(out)


def _rot(s):
    r = codecs.encode(s, 'rot13')
    return ''.join(str((int(c) + 5) % 10) if c.isdigit() else c for c in r)


def _atbash(s):
    t = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
                      'zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210')
    return s.translate(t)


def _vig(s):
    out, k = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            sh = ord(VKEY[k % len(VKEY)]) - 65
            out.append(chr((ord(c) - base + sh) % 26 + base))
            k += 1
        else:
            out.append(c)
    return ''.join(out)


def _bold(s):
    o = []
    for c in s:
        if 'A' <= c <= 'Z':
            o.append(chr(0x1D400 + ord(c) - 65))
        elif 'a' <= c <= 'z':
            o.append(chr(0x1D41A + ord(c) - 97))
        elif '0' <= c <= '9':
            o.append(chr(0x1D7CE + ord(c) - 48))
        else:
            o.append(c)
    return ''.join(o)


ENC = {
 'base32_rfc4648_padded': (lambda s: base64.b32encode(s.encode()).decode(), 'in Base32 (RFC 4648 upper-case alphabet A-Z 2-7, = padding)'),
 'ascii85_adobe_delimited': (lambda s: base64.a85encode(s.encode(), adobe=True).decode(), 'in Ascii85 between the Adobe <~ and ~> delimiters'),
 'quoted_printable_every_byte': (lambda s: ''.join('=%02X' % b for b in s.encode()), 'quoted-printable with every byte escaped as =XX'),
 'percent_encoded_every_byte': (lambda s: ''.join('%%%02X' % b for b in s.encode()), 'URL percent-encoded, every byte as %XX'),
 'bash_ansi_c_octal_quoting': (lambda s: "$'" + ''.join('\\%03o' % b for b in s.encode()) + "'", "as a bash $'...' string with three-digit octal escapes"),
 'binary_octet_groups': (lambda s: ' '.join(format(b, '08b') for b in s.encode()), 'as 8-bit binary groups, one group per ASCII byte'),
 'rot13_letters_rot5_digits': (_rot, 'in ROT13 for the letters and ROT5 for the digits (- _ . unchanged)'),
 'atbash_letter_mirror': (_atbash, 'in Atbash (a<->z, A<->Z, and every digit d written as 9-d; - _ . unchanged)'),
 'sas_hex_string_literal': (lambda s: "'" + s.encode().hex().upper() + "'x", "as a SAS hexadecimal string constant ('...'x)"),
 'r_rawtochar_as_raw_hex': (lambda s: 'rawToChar(as.raw(c(' + ', '.join('0x%02x' % b for b in s.encode()) + ')))', 'as an R rawToChar(as.raw(c(...))) expression'),
 'vba_chrw_ampersand_h_hex': (lambda s: ' & '.join('ChrW(&H%X)' % b for b in s.encode()), 'as VBA ChrW(&H..) calls joined with & (hex character codes)'),
 'power_query_binary_fromtext_hex': (lambda s: 'Text.FromBinary(Binary.FromText("' + s.encode().hex().upper() + '", BinaryEncoding.Hex))', 'as a Power Query M Text.FromBinary(Binary.FromText(..., BinaryEncoding.Hex)) expression'),
 'json_unicode_escape_sequences': (lambda s: ''.join('\\u%04x' % ord(c) for c in s), 'as JSON \\uXXXX escapes (four hex digits per character)'),
 'html_decimal_character_references': (lambda s: ''.join('&#%d;' % ord(c) for c in s), 'as HTML decimal character references (&#NNN; per character)'),
 'base58_bitcoin_alphabet': (_b58, 'in Base58 (Bitcoin alphabet, no 0 O I l; the UTF-8 bytes as one big-endian number)'),
 'vigenere_keyword_letters': (_vig, 'Vigenère-shifted with the keyword LEDGER (letters only, case kept, the key advances per letter; digits and - _ . unchanged)'),
 'mathematical_bold_alphanumerics': (_bold, 'in Unicode mathematical bold letters and digits (U+1D400 block; - _ . unchanged)'),
 'ebcdic_cp037_hex_bytes': (lambda s: ' '.join('%02X' % b for b in s.encode('cp037')), 'as EBCDIC bytes (code page 037) in hex, the way the mainframe dump shows them'),
 'every_character_doubled': (lambda s: ''.join(c + c for c in s), 'with every character typed twice (take every second character)'),
 'one_character_per_line': (lambda s: '\n'.join(s), 'one character per line (join the lines)'),
 'sas_byte_function_concat': (lambda s: '||'.join('byte(%d)' % b for b in s.encode()), 'as SAS byte() calls concatenated with || (decimal codes)'),
 'base45_rfc9285': (_b45, 'in Base45 (RFC 9285, the alphabet 0-9 A-Z space $ % * + - . / :)'),
}
