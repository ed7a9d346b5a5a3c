"""Encoders: each returns (naming phrase, encoded run) for a plain secret. Decoders live in gen_decoders.py."""
import base64, gzip, unicodedata

B91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

def _b91(data):
    b = n = 0; out = []
    for byte in data:
        b |= byte << n; n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13; n -= 13
            else:
                v = b & 16383; b >>= 14; n -= 14
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return ''.join(out)

def _b62(data):
    x = int.from_bytes(data, 'big'); out = ''
    while x:
        x, m = divmod(x, 62); out = B62[m] + out
    return out

def _ihex(data):
    rec = bytes([len(data), 0x01, 0x00, 0x00]) + data
    return ':' + rec.hex().upper() + '%02X' % ((-sum(rec)) & 0xFF)

def _caesar(p, k):
    o = []
    for c in p:
        if 'a' <= c <= 'z': o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z': o.append(chr((ord(c) - 65 + k) % 26 + 65))
        else: o.append(c)
    return ''.join(o)

def _mono(c):
    if 'A' <= c <= 'Z': return chr(0x1D670 + ord(c) - 65)
    if 'a' <= c <= 'z': return chr(0x1D68A + ord(c) - 97)
    if '0' <= c <= '9': return chr(0x1D7F6 + ord(c) - 48)
    return c

def enc(name, plain, r):
    b = plain.encode()
    if name == 'ascii85_adobe_delimited':
        return 'in Adobe ASCII85 (the <~ … ~> form used in PostScript and PDF)', base64.a85encode(b, adobe=True).decode()
    if name == 'base91_henke_alphabet':
        return 'in basE91 (Joachim Henke\'s 91-character alphabet, decode with base91 -d)', _b91(b)
    if name == 'base62_integer_mixed_case':
        return 'as one base-62 number (digits 0-9, then A-Z, then a-z; the bytes read as a big-endian integer)', _b62(b)
    if name == 'base32hex_extended_alphabet':
        return 'in Base32hex (RFC 4648 extended-hex alphabet 0-9 A-V, = padding)', base64.b32hexencode(b).decode()
    if name == 'gzip_member_then_base64':
        return 'gzipped and then Base64-encoded (base64 -d | gunzip)', base64.b64encode(gzip.compress(b, mtime=0)).decode()
    if name == 'mime_encoded_word_b_form':
        return 'as a MIME encoded-word in B form (RFC 2047, like a mail subject)', '=?UTF-8?B?' + base64.b64encode(b).decode() + '?='
    if name == 'binary_octets_spaced':
        return 'as 8-bit binary octets separated by spaces (one octet per character)', ' '.join(format(x, '08b') for x in b)
    if name == 'bash_ansi_c_octal_quoting':
        return "as a bash $'…' string with a three-digit octal escape for every byte", "$'" + ''.join('\\%03o' % x for x in b) + "'"
    if name == 'rtf_backslash_quote_hex':
        return "as RTF hex escapes (backslash, apostrophe, two hex digits per byte)", ''.join("\\'%02x" % x for x in b)
    if name == 'iis_percent_u_unicode':
        return 'in IIS-style %u encoding (%u followed by four hex digits per character)', ''.join('%%u%04X' % ord(c) for c in plain)
    if name == 'swift_braced_unicode_escapes':
        return 'as a Swift string literal with \\u{…} escapes for every character', '"' + ''.join('\\u{%x}' % ord(c) for c in plain) + '"'
    if name == 'python_named_unicode_escapes':
        return 'as a Python string of \\N{…} named-character escapes', '"' + ''.join('\\N{%s}' % unicodedata.name(c) for c in plain) + '"'
    if name == 'erlang_binary_integer_list':
        return 'as an Erlang binary of decimal byte values', '<<' + ','.join(str(x) for x in b) + '>>'
    if name == 'scheme_char_list_literal':
        return 'as a Scheme list->string expression of character literals', '(list->string (list ' + ' '.join('#\\' + c for c in plain) + '))'
    if name == 'clojure_apply_str_char_vector':
        return 'as a Clojure (apply str (map char […])) form', '(apply str (map char [' + ' '.join(str(x) for x in b) + ']))'
    if name == 'intel_hex_data_record':
        return 'as one Intel HEX data record (address 0x0100, record type 00, checksum at the end)', _ihex(b)
    if name == 'rot47_printable_ascii':
        return 'ROT47-rotated (every printable ASCII character from ! to ~ moved 47 places)', ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in plain)
    if name == 'caesar_stated_letter_shift':
        k = r.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 17])
        return 'Caesar-shifted: every letter moved forward by %d places in the alphabet, case kept, digits and - _ . untouched' % k, _caesar(plain, k)
    if name == 'monospace_math_alphanumerics':
        return 'in Unicode mathematical monospace letters and digits (map them back to plain ASCII; - _ . unchanged)', ''.join(_mono(c) for c in plain)
    if name == 'unicode_tag_characters_invisible':
        return 'in invisible Unicode tag characters (U+E0000 plus the ASCII code, between the brackets on the next line)', ''.join(chr(0xE0000 + ord(c)) for c in plain)
    if name == 'combining_low_line_each_char':
        return 'with a combining low line (U+0332) after every character, so it shows underlined', ''.join(c + '\u0332' for c in plain)
    if name == 'decimal_codes_dash_joined':
        return 'as decimal character codes joined by dashes', '-'.join(str(x) for x in b)
    raise KeyError(name)

NAMES = ['ascii85_adobe_delimited', 'base91_henke_alphabet', 'base62_integer_mixed_case', 'base32hex_extended_alphabet',
         'gzip_member_then_base64', 'mime_encoded_word_b_form', 'binary_octets_spaced', 'bash_ansi_c_octal_quoting',
         'rtf_backslash_quote_hex', 'iis_percent_u_unicode', 'swift_braced_unicode_escapes', 'python_named_unicode_escapes',
         'erlang_binary_integer_list', 'scheme_char_list_literal', 'clojure_apply_str_char_vector', 'intel_hex_data_record',
         'rot47_printable_ascii', 'caesar_stated_letter_shift', 'monospace_math_alphanumerics', 'unicode_tag_characters_invisible',
         'combining_low_line_each_char', 'decimal_codes_dash_joined']
ENC = {n: (lambda p, r, n=n: enc(n, p, r)) for n in NAMES}
FAMILIES = {
 'binary-to-text, numbers and compression': NAMES[0:6],
 'byte and character notations': NAMES[6:12] + ['decimal_codes_dash_joined'],
 'programming-language and record notations': NAMES[12:16],
 'ciphers and Unicode look-alikes / invisibles': NAMES[16:21],
}
