"""Independent decoders: given only the notation name and the encoded run, return the plain string."""
import re, struct, zlib, binascii

_PH = {'alfa': 'a', 'bravo': 'b', 'charlie': 'c', 'delta': 'd', 'echo': 'e', 'foxtrot': 'f', 'golf': 'g', 'hotel': 'h',
       'india': 'i', 'juliett': 'j', 'kilo': 'k', 'lima': 'l', 'mike': 'm', 'november': 'n', 'oscar': 'o', 'papa': 'p',
       'quebec': 'q', 'romeo': 'r', 'sierra': 's', 'tango': 't', 'uniform': 'u', 'victor': 'v', 'whiskey': 'w',
       'xray': 'x', 'yankee': 'y', 'zulu': 'z', 'zero': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4',
       'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9', 'dash': '-', 'underscore': '_', 'dot': '.'}

def _a85(run):
    body = run[2:-2]
    out, grp = bytearray(), []
    for ch in body:
        if ch == 'z' and not grp:
            out += b'\0\0\0\0'
            continue
        grp.append(ord(ch) - 33)
        if len(grp) == 5:
            n = 0
            for d in grp:
                n = n * 85 + d
            out += struct.pack('>I', n)
            grp = []
    if grp:
        k = len(grp)
        grp += [84] * (5 - k)
        n = 0
        for d in grp:
            n = n * 85 + d
        out += struct.pack('>I', n)[:k - 1]
    return out.decode()

_R1924 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'

def _b85(run):
    out = bytearray()
    for i in range(0, len(run), 5):
        chunk = run[i:i + 5]
        k = len(chunk)
        chunk = chunk + '~' * (5 - k)
        n = 0
        for ch in chunk:
            n = n * 85 + _R1924.index(ch)
        out += n.to_bytes(4, 'big')[:4 if k == 5 else k - 1]
    return out.decode()

def _b64(run):
    return binascii.a2b_base64(run.encode())

def decode(name, run):
    if name == 'base64_of_reversed_string':
        return _b64(run).decode()[::-1]
    if name == 'ascii85_adobe_delimited':
        return _a85(run)
    if name == 'base85_rfc1924_alphabet':
        return _b85(run)
    if name == 'upper_hex_bytes_colon_separated':
        return bytes(int(x, 16) for x in run.split(':')).decode()
    if name == 'decimal_code_points_dot_separated':
        return ''.join(chr(int(x)) for x in run.split('.'))
    if name == 'rot47_printable_ascii':
        return ''.join(chr((ord(c) - 33 - 47) % 94 + 33) for c in run)
    if name == 'caesar_plus_three_letters_and_digits':
        o = ''
        for c in run:
            if c.islower():
                o += 'abcdefghijklmnopqrstuvwxyz'[('abcdefghijklmnopqrstuvwxyz'.index(c) - 3) % 26]
            elif c.isupper():
                o += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.index(c) - 3) % 26]
            elif c.isdigit():
                o += '0123456789'[(int(c) + 7) % 10]
            else:
                o += c
        return o
    if name == 'percent_encoding_every_byte_lower':
        return bytes(int(x, 16) for x in re.findall(r'%([0-9a-f]{2})', run)).decode()
    if name == 'html_decimal_character_references':
        return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if name == 'html_hex_character_references':
        return ''.join(chr(int(x, 16)) for x in re.findall(r'&#x([0-9a-fA-F]+);', run))
    if name == 'css_backslash_hex_escapes':
        return ''.join(chr(int(x, 16)) for x in re.findall(r'\\([0-9a-fA-F]+)', run))
    if name == 'fullwidth_unicode_forms':
        return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if name == 'nato_phonetic_with_case_words':
        o = ''
        for w in run.split(' '):
            if w.startswith('CAPITAL-'):
                o += _PH[w[8:]].upper()
            else:
                o += _PH[w]
        return o
    if name == 'original_gravity_readings_code_points':
        return ''.join(chr(int(x)) for x in re.findall(r'1\.(\d{3})', run))
    if name == 'keg_pressure_psi_tenths':
        return ''.join(chr(round(float(x) * 10)) for x in re.findall(r'([\d.]+) psi', run))
    if name == 'mash_temperature_fahrenheit_plus_eighty':
        return ''.join(chr(int(x) - 80) for x in re.findall(r'(\d+)F', run))
    if name == 'cases_and_bottles_base_twenty_four':
        return ''.join(chr(int(c) * 24 + int(b)) for c, b in re.findall(r'(\d+)c(\d+)b', run))
    if name == 'packed_eight_bit_binary_bytes':
        return bytes(int(run[i:i + 8], 2) for i in range(0, len(run), 8)).decode()
    if name == 'base36_two_digit_code_points':
        return ''.join(chr(int(run[i:i + 2], 36)) for i in range(0, len(run), 2))
    if name == 'outside_in_interleave':
        n = len(run)
        front = run[0::2]
        back = run[1::2]
        return front + back[::-1]
    if name == 'zero_width_space_interleaved':
        return run.replace('\u200b', '')
    if name == 'zlib_deflate_then_base64':
        return zlib.decompress(_b64(run)).decode()
    raise KeyError(name)
