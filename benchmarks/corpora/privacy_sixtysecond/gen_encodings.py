"""Encoders (value, phrase) for the 22 evasion encodings. Decoders live in gen_decoders.py."""
import base64, binascii, bz2, zlib

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

def _b58(p):
    n = int.from_bytes(p.encode(), 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out

def _dna(p):
    m = 'ACGT'
    return ''.join(m[(b >> sh) & 3] for b in p.encode() for sh in (6, 4, 2, 0))

def _atbash(p):
    out = []
    for ch in p:
        if 'a' <= ch <= 'z': out.append(chr(219 - ord(ch)))
        elif 'A' <= ch <= 'Z': out.append(chr(155 - ord(ch)))
        elif '0' <= ch <= '9': out.append(chr(105 - ord(ch)))
        else: out.append(ch)
    return ''.join(out)

def enc(name, p, key=None):
    """Return (encoded run, naming phrase)."""
    b = p.encode()
    if name == 'python_bytes_hex_escapes':
        return "b'" + ''.join('\\x%02x' % c for c in b) + "'", "as a Python bytes literal with \\xHH escapes"
    if name == 'matlab_char_double_array':
        return 'char([' + ' '.join(str(c) for c in b) + '])', 'as a MATLAB char() call over a double array of character codes'
    if name == 'r_inttoutf8_integer_vector':
        return 'intToUtf8(c(' + ', '.join('%dL' % c for c in b) + '))', 'as an R intToUtf8() of an integer vector'
    if name == 'julia_uint8_hex_vector':
        return 'String(UInt8[' + ', '.join('0x%02x' % c for c in b) + '])', 'as a Julia String(UInt8[...]) with hex byte literals'
    if name == 'fortran_char_concatenation':
        return '//'.join('CHAR(%d)' % c for c in b), 'as a Fortran CHAR() concatenation (// between characters)'
    if name == 'sql_chr_pipe_concatenation':
        return '||'.join('CHR(%d)' % c for c in b), 'as an SQL CHR() || concatenation'
    if name == 'spreadsheet_char_formula':
        return '=' + '&'.join('CHAR(%d)' % c for c in b), 'as a spreadsheet =CHAR()&CHAR() formula'
    if name == 'mathematica_fromcharactercode':
        return 'FromCharacterCode[{' + ', '.join(str(c) for c in b) + '}]', 'as a Mathematica FromCharacterCode[] expression'
    if name == 'latex_symbol_decimal_macros':
        return ''.join('\\symbol{%d}' % c for c in b), 'as LaTeX \\symbol{} macros (decimal code per character)'
    if name == 'unicode_codepoint_u_plus':
        return ' '.join('U+%04X' % ord(ch) for ch in p), 'as Unicode code points in U+XXXX notation'
    if name == 'base58_bitcoin_alphabet':
        return _b58(p), 'in Base58 (Bitcoin alphabet, no 0 O I l)'
    if name == 'base32_standard_alphabet':
        return base64.b32encode(b).decode(), 'in Base32 (RFC 4648 standard alphabet A-Z 2-7, = padding)'
    if name == 'base64url_unpadded':
        return base64.urlsafe_b64encode(b).decode().rstrip('='), 'in unpadded base64url (- and _ instead of + and /)'
    if name == 'bz2_compressed_base64':
        return base64.b64encode(bz2.compress(b, 9)).decode(), 'bzip2-compressed and then Base64-encoded (base64 -d | bunzip2)'
    if name == 'zlib_deflate_hex':
        return zlib.compress(b, 9).hex(), 'zlib-deflated and written as hex (unhexlify, then zlib.decompress)'
    if name == 'uuencode_line':
        return binascii.b2a_uu(b, backtick=True).decode().rstrip('\n'), 'as one uuencoded line (length character first, backtick for zero)'
    if name == 'quoted_printable_every_byte':
        return ''.join('=%02X' % c for c in b), 'in quoted-printable with every byte escaped (=XX)'
    if name == 'dna_two_bit_nucleotides':
        return _dna(p), 'as DNA bases, two bits per base (A=00 C=01 G=10 T=11, four bases per byte, high bits first)'
    if name == 'atbash_letters_digits':
        return _atbash(p), 'in Atbash (a<->z within each case, digits 0<->9, - _ . unchanged)'
    if name == 'xor_stated_key_hex':
        return ''.join('%02x' % (c ^ key) for c in b), 'XOR-ed with the key byte 0x%02X and written as hex' % key
    if name == 'fullwidth_forms_ff01':
        return ''.join(chr(ord(ch) + 0xFEE0) for ch in p), 'in full-width characters (Unicode FF01-FF5E forms)'
    if name == 'utf16le_code_units_hex':
        return ' '.join(ch.encode('utf-16-le').hex() for ch in p), 'as UTF-16LE code units in hex (four hex digits per character, low byte first)'
    raise KeyError(name)

ENC = ['python_bytes_hex_escapes', 'matlab_char_double_array', 'r_inttoutf8_integer_vector', 'julia_uint8_hex_vector',
       'fortran_char_concatenation', 'sql_chr_pipe_concatenation', 'spreadsheet_char_formula',
       'mathematica_fromcharactercode', 'latex_symbol_decimal_macros', 'unicode_codepoint_u_plus',
       'base58_bitcoin_alphabet', 'base32_standard_alphabet', 'base64url_unpadded', 'bz2_compressed_base64',
       'zlib_deflate_hex', 'uuencode_line', 'quoted_printable_every_byte', 'dna_two_bit_nucleotides',
       'atbash_letters_digits', 'xor_stated_key_hex', 'fullwidth_forms_ff01', 'utf16le_code_units_hex']
