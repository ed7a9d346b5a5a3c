"""Encoders (22) and the phrase that names each encoding in the text."""
import base64, binascii, codecs, lzma

NATO = dict(zip('abcdefghijklmnopqrstuvwxyz', 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
DIG = dict(zip('0123456789', 'zero one two three four five six seven eight niner'.split()))
PUN = {'-': 'dash', '_': 'underscore', '.': 'decimal'}
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

def nato(p):
    out = []
    for ch in p:
        if ch.islower(): out.append(NATO[ch])
        elif ch.isupper(): out.append(NATO[ch.lower()].upper())
        elif ch.isdigit(): out.append(DIG[ch])
        else: out.append(PUN[ch])
    return ' '.join(out)

def base45(p):
    b = p.encode(); out = ''
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        out += B45[n % 45] + B45[n // 45 % 45] + B45[n // 2025]
    if len(b) % 2:
        n = b[-1]; out += B45[n % 45] + B45[n // 45]
    return out

def crockford(p):
    std = base64.b32encode(p.encode()).decode().rstrip('=')
    return std.translate(str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', CROCK))

def circled(p):
    out = ''
    for ch in p:
        if 'a' <= ch <= 'z': out += chr(0x24D0 + ord(ch) - 97)
        elif 'A' <= ch <= 'Z': out += chr(0x24B6 + ord(ch) - 65)
        elif ch == '0': out += '\u24EA'
        elif ch.isdigit(): out += chr(0x2460 + int(ch) - 1)
        else: out += ch
    return out

def codes(p): return [ord(c) for c in p]

ENC = {
 'nato_phonetic_radio_spelling': nato,
 'reversed_character_order': lambda p: p[::-1],
 'rail_fence_two_rails': lambda p: p[0::2] + p[1::2],
 'base45_qr_alphabet': base45,
 'crockford_base32_alphabet': crockford,
 'lzma_xz_then_base64': lambda p: base64.b64encode(lzma.compress(p.encode(), preset=0)).decode(),
 'ebcdic_cp037_hex_bytes': lambda p: codecs.encode(p, 'cp037').hex().upper(),
 'cobol_hex_literal_ascii': lambda p: 'X"' + p.encode().hex().upper() + '"',
 'percent_encoded_all_bytes': lambda p: ''.join('%%%02X' % b for b in p.encode()),
 'javascript_fromcharcode_call': lambda p: 'String.fromCharCode(' + ', '.join(map(str, codes(p))) + ')',
 'csharp_char_array_string': lambda p: 'new string(new char[] { ' + ', '.join("'%s'" % c for c in p) + ' })',
 'go_byte_slice_hex': lambda p: 'string([]byte{' + ', '.join('0x%02x' % b for b in p.encode()) + '})',
 'rust_vec_u8_from_utf8': lambda p: 'String::from_utf8(vec![' + ', '.join(map(str, codes(p))) + ']).unwrap()',
 'perl_chr_map_join': lambda p: "join '', map { chr } (" + ', '.join(map(str, codes(p))) + ')',
 'powershell_char_array_join': lambda p: '-join [char[]](' + ','.join(map(str, codes(p))) + ')',
 'lua_string_char_call': lambda p: 'string.char(' + ', '.join(map(str, codes(p))) + ')',
 'php_chr_dot_concat': lambda p: '.'.join('chr(%d)' % c for c in codes(p)),
 'ruby_array_pack_c': lambda p: '[' + ', '.join(map(str, codes(p))) + "].pack('C*')",
 'vba_chrw_ampersand_concat': lambda p: ' & '.join('ChrW(%d)' % c for c in codes(p)),
 'json_backslash_u_escapes': lambda p: '"' + ''.join('\\u%04x' % c for c in codes(p)) + '"',
 'circled_enclosed_alphanumerics': circled,
 'hex_of_reversed_bytes': lambda p: p.encode()[::-1].hex(),
}

PHRASE = {
 'nato_phonetic_radio_spelling': 'spelled in the NATO radio alphabet (UPPER-CASE word = capital letter, niner = 9, dash / underscore / decimal for - _ .)',
 'reversed_character_order': 'written backwards (read it right to left)',
 'rail_fence_two_rails': 'as a two-rail rail-fence (all characters at even positions first, then all at odd positions)',
 'base45_qr_alphabet': 'in Base45 (RFC 9285, the QR-code alphabet 0-9 A-Z space $%*+-./:)',
 'crockford_base32_alphabet': 'in Crockford Base32 (alphabet 0-9 A-Z without I L O U, no padding)',
 'lzma_xz_then_base64': 'xz-compressed and then Base64-encoded (base64 -d | xz -d)',
 'ebcdic_cp037_hex_bytes': 'as EBCDIC bytes (code page 037) in hex, like the mainframe EDI dumps',
 'cobol_hex_literal_ascii': 'as a COBOL hex literal X"..." of the ASCII bytes',
 'percent_encoded_all_bytes': 'percent-encoded with every byte escaped (%XX, URL style)',
 'javascript_fromcharcode_call': 'as a JavaScript String.fromCharCode() call',
 'csharp_char_array_string': 'as a C# new string(new char[] {...}) expression',
 'go_byte_slice_hex': 'as a Go string([]byte{...}) with hex bytes',
 'rust_vec_u8_from_utf8': 'as a Rust String::from_utf8(vec![...]) of decimal bytes',
 'perl_chr_map_join': 'as a Perl join/map chr expression',
 'powershell_char_array_join': 'as a PowerShell -join [char[]](...) expression',
 'lua_string_char_call': 'as a Lua string.char() call',
 'php_chr_dot_concat': 'as a PHP chr() . chr() concatenation',
 'ruby_array_pack_c': "as a Ruby [...].pack('C*') array",
 'vba_chrw_ampersand_concat': 'as an Excel VBA ChrW() & ChrW() chain',
 'json_backslash_u_escapes': 'as a JSON string with \\u escapes for every character',
 'circled_enclosed_alphanumerics': 'in circled letters and digits (Unicode enclosed alphanumerics, - _ . unchanged)',
 'hex_of_reversed_bytes': 'as hex of the bytes in reverse order (little-endian dump, reverse the byte pairs)',
}
