"""Encoders (22). Each returns the encoded run; the naming phrases are in PHRASE."""
import base64, binascii

ZW = '\u200b'


def abi_string_calldata_hex(s):
    b = s.encode()
    pad = (32 - len(b) % 32) % 32
    return '0x' + (32).to_bytes(32, 'big').hex() + len(b).to_bytes(32, 'big').hex() + (b + b'\0' * pad).hex()


def rlp_byte_string_hex(s):
    b = s.encode()
    if len(b) <= 55:
        head = bytes([0x80 + len(b)])
    else:
        lb = len(b).to_bytes((len(b).bit_length() + 7) // 8, 'big')
        head = bytes([0xb7 + len(lb)]) + lb
    return '0x' + (head + b).hex()


_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def bech32_note_payload(s):
    hrp = 'note'
    acc, bits, data = 0, 0, []
    for byte in s.encode():
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)


def cbor_text_string_hex(s):
    b = s.encode()
    head = bytes([0x60 + len(b)]) if len(b) < 24 else bytes([0x78, len(b)])
    return "h'" + (head + b).hex() + "'"


def protobuf_field_one_bytes_hex(s):
    b = s.encode()
    n, var = len(b), b''
    while True:
        x = n & 0x7f
        n >>= 7
        var += bytes([x | (0x80 if n else 0)])
        if not n:
            break
    return ' '.join('%02x' % c for c in b'\x0a' + var + b)


def uuencode_begin_end_block(s):
    b = s.encode()
    lines = [binascii.b2a_uu(b[i:i + 45], backtick=True).decode().rstrip('\n') for i in range(0, len(b), 45)]
    return 'begin 644 key.txt\n' + '\n'.join(lines) + '\n`\nend'


_XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def xxencode_begin_end_block(s):
    b = s.encode()
    out = []
    for i in range(0, len(b), 45):
        chunk = b[i:i + 45]
        uu = binascii.b2a_uu(chunk, backtick=True).decode().rstrip('\n')
        out.append(''.join(_XX[(ord(c) - 32) & 63] for c in uu))
    return 'begin 644 key.txt\n' + '\n'.join(out) + '\n+\nend'


def fullwidth_ascii_forms(s):
    return ''.join(chr(ord(c) + 0xFEE0) for c in s)


def circled_alphanumerics(s):
    o = []
    for c in s:
        if 'A' <= c <= 'Z':
            o.append(chr(0x24B6 + ord(c) - 65))
        elif 'a' <= c <= 'z':
            o.append(chr(0x24D0 + ord(c) - 97))
        elif c == '0':
            o.append('\u24ea')
        elif '1' <= c <= '9':
            o.append(chr(0x2460 + ord(c) - 49))
        else:
            o.append(c)
    return ''.join(o)


def zero_width_space_interleaved(s):
    return ZW.join(s)


def hex_of_base64_text(s):
    return base64.b64encode(s.encode()).hex()


def css_backslash_hex_escapes(s):
    return ''.join('\\%06x' % ord(c) for c in s)


def mysql_char_function_codes(s):
    return 'CHAR(' + ','.join(str(ord(c)) for c in s) + ')'


def excel_char_ampersand_formula(s):
    return '=' + '&'.join('CHAR(%d)' % ord(c) for c in s)


def python_bytes_fromhex_call(s):
    return 'bytes.fromhex("' + ' '.join('%02x' % c for c in s.encode()) + '").decode()'


def braille_byte_patterns(s):
    return ''.join(chr(0x2800 + c) for c in s.encode())


def js_string_concat_fragments(s):
    parts = [s[i:i + 3] for i in range(0, len(s), 3)]
    return ' + '.join('"%s"' % p for p in parts)


def od_octal_bytes_dump(s):
    b = s.encode()
    lines = []
    for i in range(0, len(b), 16):
        lines.append('%07o ' % i + ' '.join('%03o' % c for c in b[i:i + 16]))
    lines.append('%07o' % len(b))
    return '\n'.join(lines)


def bitcoin_op_return_script_hex(s):
    b = s.encode()
    push = bytes([len(b)]) if len(b) <= 75 else bytes([0x4c, len(b)])
    return (b'\x6a' + push + b).hex()


def decimal_bigint_of_bytes(s):
    return str(int.from_bytes(s.encode(), 'big'))


def hex_nibbles_a_to_p(s):
    return ''.join(chr(97 + (c >> 4)) + chr(97 + (c & 15)) for c in s.encode())


def adjacent_pair_swap(s):
    l = list(s)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return ''.join(l)


ENC = {f.__name__: f for f in [
    abi_string_calldata_hex, rlp_byte_string_hex, bech32_note_payload, cbor_text_string_hex,
    protobuf_field_one_bytes_hex, uuencode_begin_end_block, xxencode_begin_end_block, fullwidth_ascii_forms,
    circled_alphanumerics, zero_width_space_interleaved, hex_of_base64_text, css_backslash_hex_escapes,
    mysql_char_function_codes, excel_char_ampersand_formula, python_bytes_fromhex_call, braille_byte_patterns,
    js_string_concat_fragments, od_octal_bytes_dump, bitcoin_op_return_script_hex, decimal_bigint_of_bytes,
    hex_nibbles_a_to_p, adjacent_pair_swap]}

PHRASE = {
    'abi_string_calldata_hex': 'ABI-encoded as a Solidity string (0x, offset word, length word, then the UTF-8 bytes right-padded to 32)',
    'rlp_byte_string_hex': 'RLP-encoded as a single byte string, in 0x hex',
    'bech32_note_payload': 'as a Bech32 string (BIP-173, human-readable part "note", the bytes regrouped into 5-bit words, checksum at the end)',
    'cbor_text_string_hex': "as a CBOR text string in diagnostic hex notation (h'…')",
    'protobuf_field_one_bytes_hex': 'as a protobuf message with the value in field 1 (bytes), hex bytes separated by spaces',
    'uuencode_begin_end_block': 'uuencoded (begin 644 … end, decode with uudecode)',
    'xxencode_begin_end_block': 'xxencoded (begin 644 … end, the +-0-9A-Za-z alphabet)',
    'fullwidth_ascii_forms': 'in full-width characters (Unicode Halfwidth and Fullwidth Forms, subtract 0xFEE0 to get ASCII back)',
    'circled_alphanumerics': 'in circled letters and digits (Unicode Enclosed Alphanumerics; - _ . left as they are)',
    'zero_width_space_interleaved': 'with an invisible zero-width space (U+200B) between every two characters',
    'hex_of_base64_text': 'Base64-encoded and then hex-dumped (xxd -r -p | base64 -d)',
    'css_backslash_hex_escapes': 'as CSS escapes (a backslash and six hex digits per character)',
    'mysql_char_function_codes': 'as a MySQL CHAR() call with the decimal character codes',
    'excel_char_ampersand_formula': 'as a spreadsheet formula of CHAR() codes joined with &',
    'python_bytes_fromhex_call': 'as a Python bytes.fromhex(…).decode() expression',
    'braille_byte_patterns': 'as Braille dot patterns, one per byte (code point U+2800 plus the byte value)',
    'js_string_concat_fragments': 'split into three-character JavaScript string fragments joined with +',
    'od_octal_bytes_dump': 'as an od -b octal byte dump (octal offsets, three-digit octal bytes, final offset line)',
    'bitcoin_op_return_script_hex': 'as the hex of a Bitcoin OP_RETURN output script (6a, push length, data)',
    'decimal_bigint_of_bytes': 'as one decimal integer (the UTF-8 bytes read as a big-endian number)',
    'hex_nibbles_a_to_p': 'in a-to-p hex (every nibble 0-15 written as a letter a-p, high nibble first)',
    'adjacent_pair_swap': 'with every two neighbouring characters swapped (swap each pair back, a last odd character stays)',
}
