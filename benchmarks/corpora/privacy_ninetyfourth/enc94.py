"""Encoders for p94 evasions (rule text, encoder)."""
import base64, unicodedata
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
RING = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
QW = "qwertyuiop[]asdfghjkl;'zxcvbnm,./-"
DV = "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz["
def _b58(s):
    n = int.from_bytes(s.encode(), 'big'); o = ''
    while n: n, r = divmod(n, 58); o = B58[r] + o
    return o
def _crock(s):
    bits = ''.join(format(b, '08b') for b in s.encode()); bits += '0' * (-len(bits) % 5)
    return ''.join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
def _affine(s):
    o = ''
    for c in s:
        if c.islower(): o += chr((5 * (ord(c) - 97) + 8) % 26 + 97)
        elif c.isupper(): o += chr((5 * (ord(c) - 65) + 8) % 26 + 65)
        else: o += c
    return o
def _dvorak(s):
    # the character printed on a QWERTY key is replaced by the Dvorak character of that key position
    o = ''
    for c in s:
        lc = c.lower()
        if lc in QW and lc.isalpha():
            d = DV[QW.index(lc)]
            o += d.upper() if c.isupper() and d.isalpha() else d
        else: o += c
    return o
def _pairs(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2): l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)
def _halves(s):
    k = (len(s) + 1) // 2
    return s[k:] + s[:k]
def _sansbold(c):
    if c.isupper(): return chr(0x1D5D4 + ord(c) - 65)
    if c.islower(): return chr(0x1D5EE + ord(c) - 97)
    if c.isdigit(): return chr(0x1D7EC + ord(c) - 48)
    return c
ENC = {
 'base58_bitcoin_alphabet': ('as one Base58 number (Bitcoin alphabet 1-9 A-H J-N P-Z a-k m-z; the UTF-8 bytes read as a big-endian integer)', _b58),
 'ascii85_adobe_delimited': ('in Adobe Ascii85 between <~ and ~> (4 bytes -> 5 characters ! to u, z for four zero bytes)', lambda s: base64.a85encode(s.encode(), adobe=True).decode()),
 'crockford_base32_bits': ('in Crockford Base32 (alphabet 0-9 A-H J K M N P-T V-Z, 5 bits per character, zero-padded, no check symbol)', _crock),
 'hex_nibbles_as_a_to_p': ('as hex with the letters a-p standing for the nibbles 0-f (two letters per UTF-8 byte)', lambda s: ''.join('abcdefghijklmnop'[b >> 4] + 'abcdefghijklmnop'[b & 15] for b in s.encode())),
 'hex_nibble_swapped_bytes': ('as hex bytes with the two nibbles of every byte swapped (low digit first), space-separated', lambda s: ' '.join(format(b, '02x')[::-1] for b in s.encode())),
 'quoted_printable_every_byte': ('quoted-printable with every byte escaped (=HH, upper-case hex)', lambda s: ''.join('=%02X' % b for b in s.encode())),
 'c_char_literal_array': ("as a C char array initializer of character literals", lambda s: 'char k[] = {' + ', '.join("'%s'" % c for c in s) + ", '\\0'};"),
 'java_char_array_string': ('as a Java new String(new char[]{...}) of decimal char codes', lambda s: 'new String(new char[]{' + ','.join(str(ord(c)) for c in s) + '})'),
 'javascript_fromcharcode_call': ('as a JavaScript String.fromCharCode(...) call with hex arguments', lambda s: 'String.fromCharCode(' + ','.join('0x%x' % ord(c) for c in s) + ')'),
 'perl_pack_upper_h_star': ('as a Perl pack("H*", ...) of the hex bytes', lambda s: 'pack("H*", "' + s.encode().hex() + '")'),
 'ruby_pack_c_star_array': ('as a Ruby [...].pack("C*") of decimal bytes', lambda s: '[' + ', '.join(str(b) for b in s.encode()) + '].pack("C*")'),
 'sql_chr_concatenation': ('as SQL CHR() calls joined with ||', lambda s: '||'.join('CHR(%d)' % ord(c) for c in s)),
 'spreadsheet_char_formula': ('as a spreadsheet formula of CHAR() calls joined with &', lambda s: '=' + '&'.join('CHAR(%d)' % ord(c) for c in s)),
 'python_named_unicode_escapes': ('as a Python string of \\N{...} named escapes', lambda s: '"' + ''.join('\\N{%s}' % unicodedata.name(c) for c in s) + '"'),
 'affine_cipher_five_eight': ('affine-enciphered, letter index x -> (5x + 8) mod 26, case kept; digits and - _ . unchanged', _affine),
 'alnum_ring_rotate_thirty_one': ('rotated by 31 places on the ring 0-9A-Za-z (62 symbols, wraps; - _ . unchanged)', lambda s: ''.join(RING[(RING.index(c) + 31) % 62] if c in RING else c for c in s)),
 'adjacent_pairs_swapped': ('with every two neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...; an odd last character stays)', _pairs),
 'halves_exchanged': ('with its halves exchanged (the last floor(n/2) characters first, then the first ceil(n/2))', _halves),
 'base64url_of_reversed_text': ('reversed and then base64url-encoded without padding', lambda s: base64.urlsafe_b64encode(s[::-1].encode()).decode().rstrip('=')),
 'math_sans_serif_bold_forms': ('in Unicode mathematical sans-serif bold letters and digits (- _ . unchanged)', lambda s: ''.join(_sansbold(c) for c in s)),
 'combining_low_line_underlined': ('underlined with a combining low line (U+0332) after every character (drop the U+0332)', lambda s: ''.join(c + '\u0332' for c in s)),
 'one_character_per_line': ('one character per line (join the lines)', lambda s: '\n'.join(s)),
}
