"""Independent decoder for p129 evasions: gets only the notation name and the encoded run."""
import base64, re, zlib, binascii, unicodedata


def _from_bigint(run, alpha):
    n = 0
    for ch in run:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()


def _b32_std(run, alpha):
    # translate to the RFC 4648 standard alphabet and let base64 do the bit work
    std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    t = ''.join(std[alpha.index(c)] for c in run)
    full = len(t) * 5 // 8
    t += '=' * (-len(t) % 8)
    return base64.b32decode(t)[:full].decode()


def _unrot(c, k, digits):
    o = ord(c)
    if 97 <= o <= 122:
        return chr((o - 97 - k) % 26 + 97)
    if 65 <= o <= 90:
        return chr((o - 65 - k) % 26 + 65)
    if digits and 48 <= o <= 57:
        return chr((o - 48 - 5) % 10 + 48)
    return c


ROMAN = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def _roman(r):
    total = 0
    for i, ch in enumerate(r):
        v = ROMAN[ch]
        total += -v if i + 1 < len(r) and ROMAN[r[i + 1]] > v else v
    return total


def decode(enc, run):
    if enc == 'base36_bigint_of_bytes':
        return _from_bigint(run, '0123456789abcdefghijklmnopqrstuvwxyz')
    if enc == 'base62_bigint_of_bytes':
        return _from_bigint(run, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    if enc == 'rot18_letters_and_digits':
        return ''.join(_unrot(c, 13, True) for c in run)
    if enc == 'caesar_forward_three_letters_only':
        return ''.join(_unrot(c, 3, False) for c in run)
    if enc == 'eight_bit_binary_spaced':
        return bytes(int(g, 2) for g in run.split(' ')).decode()
    if enc == 'c_array_0x_hex_bytes':
        return bytes(int(g, 16) for g in run.split(', ')).decode()
    if enc == 'html_decimal_entities':
        return ''.join(chr(int(n)) for n in re.findall(r'&#(\d+);', run))
    if enc == 'html_hex_entities':
        return ''.join(chr(int(n, 16)) for n in re.findall(r'&#x([0-9a-fA-F]+);', run))
    if enc == 'json_unicode_escape_every_char':
        import json
        return json.loads('"' + run + '"')
    if enc == 'python_x_escape_bytes':
        return binascii.unhexlify(run.replace('\\x', '')).decode()
    if enc == 'base32_extended_hex_unpadded':
        return _b32_std(run, '0123456789ABCDEFGHIJKLMNOPQRSTUV')
    if enc == 'zbase32_human_oriented':
        return _b32_std(run, 'ybndrfg8ejkmcpqxot1uwisza345h769')
    if enc == 'crockford_base32_no_check':
        return _b32_std(run, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    if enc == 'base64_then_reversed':
        return base64.b64decode(run[::-1]).decode()
    if enc == 'triplet_reversed_chunks':
        return ''.join(run[i:i + 3][::-1] for i in range(0, len(run), 3))
    if enc == 'adjacent_pair_swap':
        out = list(run)
        for i in range(0, len(out) - 1, 2):
            out[i], out[i + 1] = out[i + 1], out[i]
        return ''.join(out)
    if enc == 'utf16be_base64':
        return base64.b64decode(run).decode('utf-16-be')
    if enc == 'utf32be_hex_words':
        return bytes.fromhex(run.replace(' ', '')).decode('utf-32-be')
    if enc == 'roman_numeral_code_points':
        return ''.join(chr(_roman(t)) for t in run.split(' '))
    if enc == 'unicode_u_plus_notation':
        return ''.join(chr(int(t[2:], 16)) for t in run.split(' '))
    if enc == 'xor_repeating_civic_key_hex':
        b = bytes.fromhex(run)
        return bytes(x ^ b'CIVIC'[i % 5] for i, x in enumerate(b)).decode()
    if enc in ('mathematical_bold_alphanumerics', 'enclosed_circled_alphanumerics'):
        return unicodedata.normalize('NFKC', run)
    if enc == 'zero_width_space_interleaved':
        return run.replace('\u200b', '')
    if enc == 'zlib_deflate_then_base64':
        return zlib.decompress(base64.b64decode(run)).decode()
    raise KeyError(enc)
