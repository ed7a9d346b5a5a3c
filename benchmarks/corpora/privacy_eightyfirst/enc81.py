"""Encoders (22). Each maps a plain ASCII string to the encoded run."""
import base64

FULLWIDTH_OFFSET = 0xFEE0
VIG_KEY = 'quill'


def _alnum_shift(c, f):
    if 'a' <= c <= 'z': return chr(f(ord(c) - 97, 26) + 97)
    if 'A' <= c <= 'Z': return chr(f(ord(c) - 65, 26) + 65)
    if '0' <= c <= '9': return chr(f(ord(c) - 48, 10) + 48)
    return c


def atbash(p):
    return ''.join(_alnum_shift(c, lambda i, n: n - 1 - i) for c in p)


def vigenere(p):
    out, k = [], 0
    for c in p:
        if c.isalpha():
            sh = ord(VIG_KEY[k % len(VIG_KEY)]) - 97; k += 1
            out.append(_alnum_shift(c, lambda i, n: (i + sh) % n))
        else:
            out.append(c)
    return ''.join(out)


def z85(p):
    b = p.encode()
    assert len(b) % 4 == 0
    alpha = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
    out = []
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], 'big')
        out.append(''.join(alpha[(n // 85 ** k) % 85] for k in range(4, -1, -1)))
    return ''.join(out)


def base45(p):
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    b, out = p.encode(), []
    for i in range(0, len(b), 2):
        if i + 1 < len(b):
            n = b[i] * 256 + b[i + 1]
            out += [alpha[n % 45], alpha[(n // 45) % 45], alpha[n // 2025]]
        else:
            out += [alpha[b[i] % 45], alpha[b[i] // 45]]
    return ''.join(out)


def od_listing(p):
    b, lines = p.encode(), []
    for i in range(0, len(b), 16):
        lines.append('%07o ' % i + ' '.join('%03o' % x for x in b[i:i + 16]))
    lines.append('%07o' % len(b))
    return '\n'.join(lines)


def rail_fence(p):
    return p[0::2] + p[1::2]


def chunks(p):
    parts = [p[i:i + 5] for i in range(0, len(p), 5)]
    return ' + '.join('"%s"' % x for x in parts)


ENC = {
 'javascript_string_fromcharcode_call': lambda p: 'String.fromCharCode(' + ', '.join(str(ord(c)) for c in p) + ')',
 'rst_unicode_substitution_directive': lambda p: '.. |sandbox-key| unicode:: ' + ' '.join('U+%04X' % ord(c) for c in p),
 'tex_char_primitive_decimal': lambda p: ''.join('\\char%d' % ord(c) for c in p),
 'go_string_rune_slice_decimal': lambda p: 'string([]rune{' + ', '.join(str(ord(c)) for c in p) + '})',
 'ruby_array_pack_c_star': lambda p: '[' + ', '.join(str(ord(c)) for c in p) + '].pack("C*")',
 'z85_zeromq_alphabet': z85,
 'base32hex_extended_alphabet': lambda p: base64.b32hexencode(p.encode()).decode().rstrip('='),
 'base45_qr_alphanumeric': base45,
 'base85_rfc1924_git_alphabet': lambda p: base64.b85encode(p.encode()).decode(),
 'data_uri_text_plain_base64': lambda p: 'data:text/plain;charset=utf-8;base64,' + base64.b64encode(p.encode()).decode(),
 'od_octal_byte_dump_listing': od_listing,
 'atbash_alnum_mirror': atbash,
 'vigenere_keyword_quill': vigenere,
 'characters_spaced_apart': lambda p: ' '.join(p),
 'js_string_chunk_concatenation': chunks,
 'fullwidth_latin_forms': lambda p: ''.join(chr(ord(c) + FULLWIDTH_OFFSET) if '!' <= c <= '~' else c for c in p),
 'zero_width_space_interleaved': lambda p: '\u200b'.join(p),
 'python_capital_u_eight_digit_escapes': lambda p: ''.join('\\U%08x' % ord(c) for c in p),
 'yaml_binary_tag_base64': lambda p: '!!binary |\n  ' + base64.b64encode(p.encode()).decode(),
 'rail_fence_two_rails': rail_fence,
 'spreadsheet_char_ampersand_formula': lambda p: '=' + '&'.join('CHAR(%d)' % ord(c) for c in p),
 'bash_ansi_c_hex_quoting': lambda p: "$'" + ''.join('\\x%02x' % ord(c) for c in p) + "'",
}

NAMING = {
 'javascript_string_fromcharcode_call': 'as a JavaScript String.fromCharCode(...) call (decimal UTF-16 code units)',
 'rst_unicode_substitution_directive': 'as a reStructuredText unicode:: substitution directive (one U+XXXX per character)',
 'tex_char_primitive_decimal': 'as TeX \\char primitives (decimal character codes)',
 'go_string_rune_slice_decimal': 'as a Go string([]rune{...}) conversion of decimal code points',
 'ruby_array_pack_c_star': 'as a Ruby array of byte values packed with pack("C*")',
 'z85_zeromq_alphabet': 'in Z85 (the ZeroMQ Base85 variant, four bytes per five characters)',
 'base32hex_extended_alphabet': 'in base32hex (RFC 4648 extended-hex alphabet 0-9A-V, padding dropped)',
 'base45_qr_alphanumeric': 'in Base45 (RFC 9285, the QR alphanumeric alphabet)',
 'base85_rfc1924_git_alphabet': 'in Base85 with the RFC 1924 / git alphabet (0-9A-Za-z!#$%&()*+-;<=>?@^_`{|}~)',
 'data_uri_text_plain_base64': 'as a data: URI (text/plain, Base64 payload)',
 'od_octal_byte_dump_listing': 'as an od -b octal byte dump (offsets in the first column)',
 'atbash_alnum_mirror': 'in Atbash (a<->z, A<->Z, 0<->9 mirrored; - _ . unchanged)',
 'vigenere_keyword_quill': 'Vigenère-enciphered with the keyword "quill" (letters only, the key advances on letters; digits and - _ . unchanged)',
 'characters_spaced_apart': 'spaced out, one space between every character (remove the spaces)',
 'js_string_chunk_concatenation': 'split into five-character JavaScript string literals joined with +',
 'fullwidth_latin_forms': 'in Unicode fullwidth forms (each ASCII character shifted to U+FF01..U+FF5E)',
 'zero_width_space_interleaved': 'with a zero-width space (U+200B) between every character',
 'python_capital_u_eight_digit_escapes': 'as Python \\U escapes (eight hex digits per character)',
 'yaml_binary_tag_base64': 'as a YAML !!binary block scalar (Base64)',
 'rail_fence_two_rails': 'rail-fence enciphered with two rails (characters at even positions first, then odd)',
 'spreadsheet_char_ampersand_formula': 'as a spreadsheet formula of CHAR(n) calls joined with &',
 'bash_ansi_c_hex_quoting': "as a Bash ANSI-C quoted string ($'...' with \\xHH per byte)",
}
