"""Independent decoders: each gets only the text before the span and the encoded run."""
import re, bz2, zlib

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

def _b64_manual(s, alpha=_B64):
    s = s.rstrip('=')
    bits = ''.join(format(alpha.index(ch), '06b') for ch in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def _ints(run, pat):
    return bytes(int(x) for x in re.findall(pat, run))

def d_python(before, run):
    m = re.fullmatch(r"b'((?:\\x[0-9a-f]{2})+)'", run); return bytes(int(h, 16) for h in re.findall(r'\\x([0-9a-f]{2})', m.group(1))).decode()
def d_matlab(before, run):
    m = re.fullmatch(r'char\(\[([0-9 ]+)\]\)', run); return bytes(int(x) for x in m.group(1).split()).decode()
def d_r(before, run):
    m = re.fullmatch(r'intToUtf8\(c\(([0-9L, ]+)\)\)', run); return _ints(m.group(1), r'(\d+)L').decode()
def d_julia(before, run):
    m = re.fullmatch(r'String\(UInt8\[([0-9a-fx, ]+)\]\)', run); return bytes(int(x, 0) for x in m.group(1).split(', ')).decode()
def d_fortran(before, run):
    parts = run.split('//'); return ''.join(chr(int(re.fullmatch(r'CHAR\((\d+)\)', x).group(1))) for x in parts)
def d_sql(before, run):
    return ''.join(chr(int(re.fullmatch(r'CHR\((\d+)\)', x).group(1))) for x in run.split('||'))
def d_sheet(before, run):
    assert run.startswith('=')
    return ''.join(chr(int(re.fullmatch(r'CHAR\((\d+)\)', x).group(1))) for x in run[1:].split('&'))
def d_mma(before, run):
    m = re.fullmatch(r'FromCharacterCode\[\{([0-9, ]+)\}\]', run); return ''.join(chr(int(x)) for x in m.group(1).split(', '))
def d_latex(before, run):
    assert re.fullmatch(r'(\\symbol\{\d+\})+', run); return ''.join(chr(int(x)) for x in re.findall(r'\{(\d+)\}', run))
def d_uplus(before, run):
    return ''.join(chr(int(x[2:], 16)) for x in run.split(' '))
def d_b58(before, run):
    alpha = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
    n = 0
    for ch in run:
        n = n * 58 + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
def d_b32(before, run):
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    bits = ''.join(format(alpha.index(c), '05b') for c in run.rstrip('='))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
def d_b64url(before, run):
    return _b64_manual(run, _B64[:62] + '-_').decode()
def d_bz2(before, run):
    return bz2.decompress(_b64_manual(run)).decode()
def d_zlib(before, run):
    return zlib.decompress(bytes(int(run[i:i + 2], 16) for i in range(0, len(run), 2))).decode()
def d_uu(before, run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    bits = ''.join(format(v, '06b') for v in vals)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()
def d_qp(before, run):
    assert re.fullmatch(r'(=[0-9A-F]{2})+', run); return bytes(int(x, 16) for x in run[1:].split('=')).decode()
def d_dna(before, run):
    v = {'A': 0, 'C': 1, 'G': 2, 'T': 3}
    return bytes(sum(v[run[i + j]] << (6 - 2 * j) for j in range(4)) for i in range(0, len(run), 4)).decode()
def d_atbash(before, run):
    lo, up, dg = 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'
    t = str.maketrans(lo + up + dg, lo[::-1] + up[::-1] + dg[::-1])
    return run.translate(t)
def d_xor(before, run):
    k = int(re.findall(r'key byte 0x([0-9A-F]{2})', before)[-1], 16)
    return bytes(int(run[i:i + 2], 16) ^ k for i in range(0, len(run), 2)).decode()
def d_fullwidth(before, run):
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else '?' for c in run)
def d_utf16(before, run):
    return ''.join(bytes.fromhex(g).decode('utf-16-le') for g in run.split(' '))

DEC = {'python_bytes_hex_escapes': d_python, 'matlab_char_double_array': d_matlab, 'r_inttoutf8_integer_vector': d_r,
       'julia_uint8_hex_vector': d_julia, 'fortran_char_concatenation': d_fortran, 'sql_chr_pipe_concatenation': d_sql,
       'spreadsheet_char_formula': d_sheet, 'mathematica_fromcharactercode': d_mma, 'latex_symbol_decimal_macros': d_latex,
       'unicode_codepoint_u_plus': d_uplus, 'base58_bitcoin_alphabet': d_b58, 'base32_standard_alphabet': d_b32,
       'base64url_unpadded': d_b64url, 'bz2_compressed_base64': d_bz2, 'zlib_deflate_hex': d_zlib, 'uuencode_line': d_uu,
       'quoted_printable_every_byte': d_qp, 'dna_two_bit_nucleotides': d_dna, 'atbash_letters_digits': d_atbash,
       'xor_stated_key_hex': d_xor, 'fullwidth_forms_ff01': d_fullwidth, 'utf16le_code_units_hex': d_utf16}
