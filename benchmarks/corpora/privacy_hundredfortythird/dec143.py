"""Independent decoder for p143 evasions: gets only the encoding name and the run."""
import re

def _bits_decode(run, alphabet, bits):
    run = run.rstrip('=')
    acc = ''.join(format(alphabet.index(c), f'0{bits}b') for c in run)
    acc = acc[:len(acc) - len(acc) % 8]
    return bytes(int(acc[i:i + 8], 2) for i in range(0, len(acc), 8)).decode()

def _base85(run, alphabet, z=False):
    if z: run = run.replace('z', '!!!!!')
    pad = -len(run) % 5
    run += alphabet[-1] * pad
    out = b''
    for i in range(0, len(run), 5):
        n = 0
        for c in run[i:i + 5]: n = n * 85 + alphabet.index(c)
        out += n.to_bytes(4, 'big')
    return out[:len(out) - pad].decode()

NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
NUM = 'zero one two three four five six seven eight nine'.split()

def decode(enc, run):
    if enc == 'full_string_reversal': return run[::-1]
    if enc == 'rfc4648_base32_standard_padded': return _bits_decode(run, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 5)
    if enc == 'ascii85_adobe_without_delimiters': return _base85(run, ''.join(chr(i) for i in range(33, 118)), z=True)
    if enc == 'base85_rfc1924_alphabet':
        return _base85(run, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
    if enc == 'eight_bit_binary_octets_spaced': return bytes(int(x, 2) for x in run.split()).decode()
    if enc == 'caesar_shift_seven_digits_plus_three':
        o = ''
        for c in run:
            if 'a' <= c <= 'z': o += chr((ord(c) - 97 - 7) % 26 + 97)
            elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 - 7) % 26 + 65)
            elif c.isdigit(): o += str((int(c) - 3) % 10)
            else: o += c
        return o
    if enc == 'nato_phonetic_words_upper_for_capitals':
        o = ''
        for w in run.split():
            if w in NATO: o += chr(97 + NATO.index(w))
            elif w.lower() in NATO: o += chr(65 + NATO.index(w.lower()))
            elif w in NUM: o += str(NUM.index(w))
            else: o += {'dash': '-', 'underscore': '_', 'dot': '.'}[w]
        return o
    if enc == 'percent_encoding_every_byte': return bytes(int(x, 16) for x in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if enc == 'html_decimal_character_references': return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if enc == 'html_hex_character_references': return ''.join(chr(int(x, 16)) for x in re.findall(r'&#x([0-9a-f]+);', run))
    if enc == 'unicode_u_plus_notation_spaced': return ''.join(chr(int(x[2:], 16)) for x in run.split())
    if enc == 'fullwidth_latin_forms': return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if enc == 'zero_width_space_interleaved': return run.replace('\u200b', '')
    if enc == 'four_char_blocks_each_reversed': return ''.join(run[i:i + 4][::-1] for i in range(0, len(run), 4))
    if enc == 'columnar_transposition_width_four':
        n = len(run); rows = -(-n // 4); cols = []; k = 0
        for c in range(4):
            ln = len(range(c, n, 4)); cols.append(run[k:k + ln]); k += ln
        return ''.join(cols[i % 4][i // 4] for i in range(n))
    if enc == 'colon_separated_hex_octets': return bytes(int(x, 16) for x in run.split(':')).decode()
    if enc == 'c_char_literal_list': return ''.join(re.findall(r"'(.)'", run))
    if enc == 'quoted_printable_every_byte': return bytes(int(x, 16) for x in re.findall(r'=([0-9A-F]{2})', run)).decode()
    if enc == 'base36_big_endian_integer':
        n = int(run, 36); return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'docket_numbers_code_point_plus_thousand': return ''.join(chr(int(x) - 1000) for x in re.findall(r'26-CV-(\d+)', run))
    if enc == 'bates_stamp_code_points': return ''.join(chr(int(x)) for x in re.findall(r'CRT(\d{6})', run))
    if enc == 'transcript_page_line_citations':
        return ''.join(chr(25 * (int(p) - 1) + int(l)) for p, l in re.findall(r'T\. (\d+):(\d+)', run))
    raise KeyError(enc)
