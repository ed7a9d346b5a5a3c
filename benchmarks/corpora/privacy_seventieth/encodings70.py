"""Encoders (evasions). Decoders live separately in decoders70.py."""
import base64, lzma

def _b45(b):
    cs = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    out = []
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [cs[c], cs[d], cs[e]]
        else:
            n = b[i]
            out += [cs[n % 45], cs[n // 45]]
    return ''.join(out)

def _crock(b):
    cs = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    bits = ''.join(format(x, '08b') for x in b)
    bits += '0' * (-len(bits) % 5)
    return ''.join(cs[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))

def _b36(b):
    n = int.from_bytes(b, 'big'); s = ''
    while n:
        n, r = divmod(n, 36); s = '0123456789abcdefghijklmnopqrstuvwxyz'[r] + s
    return s

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..', 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}

def _morse(s):
    return ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in s)

def _vig(s, key):
    out, k = [], 0
    for c in s:
        if c.isalpha():
            sh = ord(key[k % len(key)].upper()) - 65; k += 1
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + sh) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)

def _swap(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)

def _comp3(s):
    return ' '.join('%03dC' % ord(c) for c in s)

def _xz(s):
    return base64.b64encode(lzma.compress(s.encode(), format=lzma.FORMAT_XZ, preset=6)).decode()

# each entry: name -> (encoder(plain, param) -> run, phrase(param))
ENC = {
    'ebcdic_cp037_hex': (lambda s, p: s.encode('cp037').hex().upper(), lambda p: 'as EBCDIC code page 037 bytes in hex (two hex digits per character, not ASCII)'),
    'comp3_packed_char_codes': (lambda s, p: _comp3(s), lambda p: 'as COMP-3 packed-decimal fields, one per character (three decimal digits of the ASCII code plus the C sign nibble)'),
    'rexx_x2c_ascii_hex': (lambda s, p: "X2C('" + s.encode().hex().upper() + "')", lambda p: "as a REXX X2C() call over the ASCII hex"),
    'hex_colon_separated_pairs': (lambda s, p: ':'.join('%02x' % b for b in s.encode()), lambda p: 'as colon-separated hex byte pairs (ASCII)'),
    'vbscript_chr_concatenation': (lambda s, p: ' & '.join('Chr(%d)' % ord(c) for c in s), lambda p: 'as a VBScript Chr() & Chr() concatenation (decimal codes)'),
    'powershell_char_array_join': (lambda s, p: '-join [char[]](' + ','.join(str(ord(c)) for c in s) + ')', lambda p: 'as a PowerShell -join [char[]] expression (decimal codes)'),
    'cmd_caret_escaped_every_char': (lambda s, p: ''.join('^' + c for c in s), lambda p: 'with a cmd.exe caret escape before every character (drop each ^)'),
    'vigenere_stated_keyword': (lambda s, p: _vig(s, p), lambda p: 'Vigenere-enciphered with the keyword %s (letters only, case kept, the key advances on letters; digits and - _ . unchanged)' % p),
    'morse_code_capital_marked': (lambda s, p: _morse(s), lambda p: 'in Morse code (space between characters, ^ marks a capital letter)'),
    'base36_bigint_lowercase': (lambda s, p: _b36(s.encode()), lambda p: 'as one base-36 number (0-9 a-z, the ASCII bytes read as a big-endian integer)'),
    'base45_rfc9285': (lambda s, p: _b45(s.encode()), lambda p: 'in Base45 (RFC 9285, the QR-code alphabet)'),
    'base32_crockford': (lambda s, p: _crock(s.encode()), lambda p: "in Crockford's Base32 (0-9 and A-Z without I L O U, no padding)"),
    'xz_lzma_then_base64': (lambda s, p: _xz(s), lambda p: 'xz-compressed and then Base64-encoded (base64 -d | xz -d)'),
    'ebcdic_then_base64': (lambda s, p: base64.b64encode(s.encode('cp037')).decode(), lambda p: 'converted to EBCDIC (code page 037) and then Base64-encoded'),
    'star_interleaved_padding': (lambda s, p: ''.join(c + '*' for c in s), lambda p: 'padded with a * after every character (remove the stars)'),
    'css_backslash_hex_escapes': (lambda s, p: ''.join('\\%x ' % ord(c) for c in s).rstrip(), lambda p: 'as CSS backslash hex escapes (each followed by one space)'),
    'perl_pack_h_star': (lambda s, p: 'pack("H*", "' + s.encode().hex() + '")', lambda p: 'as a Perl pack("H*") expression'),
    'tsql_varbinary_cast_literal': (lambda s, p: 'CAST(0x' + s.encode().hex().upper() + ' AS VARCHAR(64))', lambda p: 'as a T-SQL varbinary literal cast to VARCHAR'),
    'oracle_utl_raw_hextoraw': (lambda s, p: "UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('" + s.encode().hex().upper() + "'))", lambda p: 'as an Oracle UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW()) expression'),
    'ldif_double_colon_base64': (lambda s, p: 'description:: ' + base64.b64encode(s.encode()).decode(), lambda p: 'as an LDIF attribute with a double colon (Base64 value)'),
    'mime_encoded_word_b': (lambda s, p: '=?UTF-8?B?' + base64.b64encode(s.encode()).decode() + '?=', lambda p: 'as a MIME encoded-word (RFC 2047, B encoding)'),
    'swapped_adjacent_pairs': (lambda s, p: _swap(s), lambda p: 'with each pair of adjacent characters swapped (1<->2, 3<->4 ...; an odd last character stays)'),
}
