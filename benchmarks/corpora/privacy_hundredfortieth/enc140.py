"""Encoders for the 22 evasion notations (the decoder lives separately in dec140.py)."""
import base64

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
MORSE = dict(zip('abcdefghijklmnopqrstuvwxyz0123456789-_.', (
    '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. '
    '----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-').split()))
KEY = [11, 8, 5, 19]  # L I F T


def _int_enc(s, alpha):
    n = int.from_bytes(s.encode(), 'big')
    out = ''
    while n:
        n, d = divmod(n, len(alpha))
        out = alpha[d] + out
    return out


def _shift(c, k):
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.isdigit():
        return str((int(c) + k) % 10)
    return c


def rail3(s):
    rails = [[], [], []]
    r, d = 0, 1
    for c in s:
        rails[r].append(c)
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    return ''.join(''.join(x) for x in rails)


def modbus(s):
    b = s.encode()
    if len(b) % 2:
        b += b'\x00'
    return ','.join(str(b[i] * 256 + b[i + 1]) for i in range(0, len(b), 2))


E = {
    'rfc4648_base64_standard_padded': ("in standard Base64 (A-Z a-z 0-9 + /, = padding) of the UTF-8 bytes",
                                       lambda s: base64.b64encode(s.encode()).decode()),
    'base64url_without_padding': ("in URL-safe Base64 (- and _ instead of + and /) with the = padding removed",
                                  lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')),
    'base32hex_extended_hex_alphabet': ("in RFC 4648 base32hex (alphabet 0-9 then A-V, = padding)",
                                        lambda s: base64.b32hexencode(s.encode()).decode()),
    'crockford_base32_integer': ("in Crockford base 32 (0-9 A-H J K M N P-T V-Z), reading the UTF-8 bytes as one big-endian number",
                                 lambda s: _int_enc(s, CROCK)),
    'base58_bitcoin_alphabet_integer': ("in Base58 with the Bitcoin alphabet (no 0 O I l), reading the UTF-8 bytes as one big-endian number",
                                        lambda s: _int_enc(s, B58)),
    'base62_integer_digits_upper_lower': ("in base 62 (digits 0-9, then A-Z, then a-z), reading the UTF-8 bytes as one big-endian number",
                                          lambda s: _int_enc(s, B62)),
    'hex_bytes_nibbles_swapped': ("as lower-case hex of the UTF-8 bytes with the two hex digits of every byte swapped, no separators",
                                  lambda s: ''.join(('%02x' % b)[::-1] for b in s.encode())),
    'octal_code_points_comma_separated': ("as three-digit octal code points, comma-separated",
                                          lambda s: ','.join('%03o' % ord(c) for c in s)),
    'morse_with_caret_capitals': ("in Morse code, one group per character, space-separated; a ^ before a group marks a capital letter; -....- is a dash, ..--.- an underscore, .-.-.- a full stop",
                                  lambda s: ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in s)),
    'vigenere_key_lift_with_digits': ("with a Vigenere cipher, key LIFT (shifts 11, 8, 5, 19) advancing one step on every character; letters shift within their case, digits shift by the same amount modulo 10, - _ . stay as they are",
                                      lambda s: ''.join(_shift(c, KEY[i % 4]) for i, c in enumerate(s))),
    'atbash_with_digit_nine_complement': ("in Atbash (a<->z, b<->y, ... keeping case), each digit d written as 9 minus d, - _ . unchanged",
                                          lambda s: ''.join(chr(219 - ord(c)) if c.islower() else chr(155 - ord(c)) if c.isupper() else str(9 - int(c)) if c.isdigit() else c for c in s)),
    'rot13_letters_rot5_digits': ("in ROT13 for letters and ROT5 for digits, - _ . unchanged",
                                  lambda s: ''.join(_shift(c, 13) if c.isalpha() else _shift(c, 5) if c.isdigit() else c for c in s)),
    'rail_fence_three_rails': ("as a rail-fence cipher on three rails (zigzag down and up), reading the top rail, then the middle, then the bottom",
                               rail3),
    'adjacent_pairs_swapped': ("with every pair of neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...; an odd last character stays)",
                               lambda s: ''.join(s[i:i + 2][::-1] for i in range(0, len(s), 2))),
    'js_unicode_escapes_four_hex': ("as JavaScript \\uXXXX escapes, four lower-case hex digits per character, no separators",
                                    lambda s: ''.join('\\u%04x' % ord(c) for c in s)),
    'backslash_x_hex_escapes': ("as \\xHH escapes of the UTF-8 bytes, lower-case hex, no separators",
                                lambda s: ''.join('\\x%02x' % b for b in s.encode())),
    'xor_0x2a_hex_bytes': ("with every UTF-8 byte XORed with 0x2A and written as two lower-case hex digits, space-separated",
                           lambda s: ' '.join('%02x' % (b ^ 0x2A) for b in s.encode())),
    'modbus_holding_register_words': ("as Modbus holding-register values, each register two UTF-8 bytes big-endian as a decimal number, comma-separated (a final zero low byte is padding)",
                                      modbus),
    'chiller_leaving_water_temps_offset': ("as chiller leaving-water temperatures, one per character, where ten times the temperature plus 20 is the code point, written N.N°C and separated by ' / '",
                                           lambda s: ' / '.join('%.1f°C' % ((ord(c) - 20) / 10) for c in s)),
    'lift_floor_call_sequence_offset': ("as a sequence of lift floor calls, one per character, where the floor number plus 40 is the code point, written F<number> and joined by ' > '",
                                        lambda s: ' > '.join('F%d' % (ord(c) - 40) for c in s)),
    'boiler_pressure_millibar_times_twelve': ("as boiler pressure readings in mbar, one per character, where the reading divided by 12 is the code point, separated by '; '",
                                              lambda s: '; '.join('%d mbar' % (ord(c) * 12) for c in s)),
    'utf16le_hex_code_units': ("as UTF-16LE code units, four lower-case hex digits per character in little-endian byte order, space-separated",
                               lambda s: ' '.join(s.encode('utf-16-le')[i:i + 2].hex() for i in range(0, len(s) * 2, 2))),
}
