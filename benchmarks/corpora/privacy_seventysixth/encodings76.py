"""Encoders (library-assisted where the standard library has one). Decoders live in decoders76.py."""
import base64, binascii, codecs, zlib

def _b(s): return s.encode('utf-8')

def quoted_printable_every_byte(s): return ''.join('=%02X' % c for c in _b(s))
def rfc2047_base64_encoded_word(s): return '=?UTF-8?B?' + base64.b64encode(_b(s)).decode() + '?='
def rfc2231_percent_extended_parameter(s): return "UTF-8''" + ''.join('%%%02X' % c for c in _b(s))
def ldif_double_colon_base64_value(s): return 'userPassword:: ' + base64.b64encode(_b(s)).decode()
def ldap_filter_backslash_hex_escapes(s): return ''.join('\\%02x' % c for c in _b(s))
def ldap_dn_ber_hexstring(s):
    b = _b(s); return '#04%02x' % len(b) + binascii.hexlify(b).decode()
def base32_rfc4648_padded(s): return base64.b32encode(_b(s)).decode()
def ascii85_adobe_delimited(s): return base64.a85encode(_b(s), adobe=True).decode()
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def base58_bitcoin_alphabet(s):
    n = int.from_bytes(_b(s), 'big'); out = ''
    while n: n, m = divmod(n, 58); out = _B58[m] + out
    return out
def radius_reply_message_tlv_hex(s):
    b = _b(s); return ' '.join('%02x' % c for c in bytes([18, len(b) + 2]) + b)
def asn1_der_utf8string_hex(s):
    b = _b(s); return (bytes([0x0c, len(b)]) + b).hex(':').upper()
def printf_octal_backslash_escapes(s): return ''.join('\\%03o' % c for c in _b(s))
def json_backslash_u_escapes(s): return '"' + ''.join('\\u%04x' % ord(c) for c in s) + '"'
def html_decimal_numeric_entities(s): return ''.join('&#%d;' % ord(c) for c in s)
def url_percent_encoded_every_byte(s): return ''.join('%%%02x' % c for c in _b(s))
def rot13_with_rot5_digits(s):
    return ''.join(chr((ord(c) - 48 + 5) % 10 + 48) if c.isdigit() else c for c in codecs.encode(s, 'rot13'))
def rot47_printable_ascii(s): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)
def binary_octet_groups(s): return ' '.join(format(c, '08b') for c in _b(s))
def ebcdic_cp037_hex_bytes(s): return s.encode('cp037').hex().upper()
def saml_redirect_deflate_base64(s):
    co = zlib.compressobj(9, zlib.DEFLATED, -15); raw = co.compress(_b(s)) + co.flush()
    return base64.b64encode(raw).decode()
def intel_hex_data_record(s):
    b = _b(s); lines = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        rec = bytes([len(chunk), off >> 8, off & 255, 0]) + chunk
        lines.append(':' + (rec + bytes([(-sum(rec)) & 255])).hex().upper())
    lines.append(':00000001FF')
    return '\n'.join(lines)
def yubico_modhex(s): return binascii.hexlify(_b(s)).decode().translate(str.maketrans('0123456789abcdef', 'cbdefghijklnrtuv'))

ENC = {f.__name__: f for f in [quoted_printable_every_byte, rfc2047_base64_encoded_word, rfc2231_percent_extended_parameter,
       ldif_double_colon_base64_value, ldap_filter_backslash_hex_escapes, ldap_dn_ber_hexstring, base32_rfc4648_padded,
       ascii85_adobe_delimited, base58_bitcoin_alphabet, radius_reply_message_tlv_hex, asn1_der_utf8string_hex,
       printf_octal_backslash_escapes, json_backslash_u_escapes, html_decimal_numeric_entities,
       url_percent_encoded_every_byte, rot13_with_rot5_digits, rot47_printable_ascii, binary_octet_groups,
       ebcdic_cp037_hex_bytes, saml_redirect_deflate_base64, intel_hex_data_record, yubico_modhex]}

PHRASE = {
 'quoted_printable_every_byte': 'in quoted-printable with every byte escaped (=XX, as in a Content-Transfer-Encoding: quoted-printable body)',
 'rfc2047_base64_encoded_word': 'as an RFC 2047 encoded-word (=?UTF-8?B?...?=, the Subject-header form)',
 'rfc2231_percent_extended_parameter': "as an RFC 2231 extended parameter value (charset, two quotes, then %XX per byte)",
 'ldif_double_colon_base64_value': 'as an LDIF attribute line with the double colon (the value after :: is Base64)',
 'ldap_filter_backslash_hex_escapes': 'as RFC 4515 LDAP filter escapes (a backslash and two hex digits per byte)',
 'ldap_dn_ber_hexstring': 'as an RFC 4514 DN hexstring (# then the BER OCTET STRING: tag 04, length, bytes)',
 'base32_rfc4648_padded': 'in RFC 4648 Base32 (A-Z2-7 with = padding, like a TOTP seed)',
 'ascii85_adobe_delimited': 'in Ascii85 between <~ and ~> (the Adobe variant)',
 'base58_bitcoin_alphabet': 'in Base58 (the Bitcoin alphabet, bytes read as one big-endian number)',
 'radius_reply_message_tlv_hex': 'as a RADIUS Reply-Message attribute in hex (type 18, length byte, then the bytes)',
 'asn1_der_utf8string_hex': 'as a DER UTF8String in colon-separated hex (tag 0C, length, bytes)',
 'printf_octal_backslash_escapes': 'as printf octal escapes (a backslash and three octal digits per byte)',
 'json_backslash_u_escapes': 'as a JSON string with a \\u escape for every character',
 'html_decimal_numeric_entities': 'as HTML decimal numeric character references (&#NN; per character)',
 'url_percent_encoded_every_byte': 'percent-encoded byte by byte (%xx for every byte, even the safe ones)',
 'rot13_with_rot5_digits': 'in ROT13 for letters and ROT5 for digits (- _ . unchanged)',
 'rot47_printable_ascii': 'in ROT47 (every printable ASCII character rotated by 47 within ! to ~)',
 'binary_octet_groups': 'as binary octets (eight bits per byte, space separated)',
 'ebcdic_cp037_hex_bytes': 'as EBCDIC code page 037 bytes in hex (mainframe export)',
 'saml_redirect_deflate_base64': 'raw-DEFLATE compressed and then Base64-encoded, like a SAMLRequest on the HTTP-Redirect binding',
 'intel_hex_data_record': 'as Intel HEX records (data records of up to 16 bytes, then the :00000001FF end record)',
 'yubico_modhex': 'in YubiKey modhex (hex digits 0-f written as c b d e f g h i j k l n r t u v)',
}
