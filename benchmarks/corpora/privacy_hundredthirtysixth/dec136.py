import re
def _from_int_base(s, alpha):
    n = 0
    for ch in s: n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
def _from_bits(s, alpha):
    bits = ''.join(format(alpha.index(c), '05b') for c in s)
    bits = bits[:len(bits) // 8 * 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()
def _shift_back(s, key):
    o = []
    for i, ch in enumerate(s):
        k = ord(key[i % len(key)]) - ord('A')
        if 'A' <= ch <= 'Z': o.append(chr((ord(ch) - 65 - k) % 26 + 65))
        elif 'a' <= ch <= 'z': o.append(chr((ord(ch) - 97 - k) % 26 + 97))
        elif ch.isdigit(): o.append(str((int(ch) - k) % 10))
        else: o.append(ch)
    return ''.join(o)
MORSE_R = {v: k for k, v in {'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....', 'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.', 'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-', 'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-', '_': '..--.-'}.items()}
RV = {'M': 1000, 'D': 500, 'C': 100, 'L': 50, 'X': 10, 'V': 5, 'I': 1}
def unroman(s):
    t = 0
    for i, ch in enumerate(s):
        v = RV[ch]
        t += -v if i + 1 < len(s) and RV[s[i + 1]] > v else v
    return t
def unrail(s):
    n = len(s); pat = []; r, d = 0, 1
    for _ in range(n):
        pat.append(r)
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    counts = [pat.count(k) for k in range(3)]
    rails, pos = [], 0
    for c in counts: rails.append(list(s[pos:pos + c])); pos += c
    return ''.join(rails[k].pop(0) for k in pat)
def unz85(s):
    al = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
    out = b''
    for i in range(0, len(s), 5):
        n = 0
        for ch in s[i:i + 5]: n = n * 85 + al.index(ch)
        out += n.to_bytes(4, 'big')
    return out.decode()
def decode(name, run):
    if name == 'base58_bitcoin_alphabet': return _from_int_base(run, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')
    if name == 'base62_big_endian_integer': return _from_int_base(run, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    if name == 'z85_zeromq_four_byte_groups': return unz85(run)
    if name == 'crockford_base32_unpadded': return _from_bits(run, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    if name == 'base32hex_extended_hex_unpadded': return _from_bits(run, '0123456789ABCDEFGHIJKLMNOPQRSTUV')
    if name == 'atbash_with_digit_nine_complement':
        return ''.join(chr(ord('A') + ord('Z') - ord(c)) if c.isupper() else chr(ord('a') + ord('z') - ord(c)) if c.islower() else str(9 - int(c)) if c.isdigit() else c for c in run)
    if name == 'vigenere_key_timber': return _shift_back(run, 'TIMBER')
    if name == 'morse_caret_marks_capitals':
        return ''.join(MORSE_R[w[1:]] if w.startswith('^') else MORSE_R[w].lower() for w in run.split(' '))
    if name == 'braille_cells_for_bytes': return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == 'hex_bytes_nibble_swapped': return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == 'xor_5a_hex_bytes': return bytes(int(x, 16) ^ 0x5A for x in run.split('.')).decode()
    if name == 'ternary_five_digit_code_points': return ''.join(chr(int(g, 3)) for g in run.split(' '))
    if name == 'roman_numeral_code_points': return ''.join(chr(unroman(g)) for g in run.split('·'))
    if name == 'rail_fence_three_rails': return unrail(run)
    if name == 'adjacent_pairs_swapped':
        s = list(run)
        for i in range(0, len(s) - 1, 2): s[i], s[i + 1] = s[i + 1], s[i]
        return ''.join(s)
    if name == 'backslash_u_four_hex_escapes': return ''.join(chr(int(h, 16)) for h in re.findall(r'\\u([0-9a-f]{4})', run))
    if name == 'backslash_x_byte_escapes': return bytes(int(h, 16) for h in re.findall(r'\\x([0-9A-F]{2})', run)).decode()
    if name == 'tsql_char_concatenation': return ''.join(chr(int(n)) for n in re.findall(r'CHAR\((\d+)\)', run))
    if name == 'js_string_fromcharcode_call': return ''.join(chr(int(n)) for n in re.search(r'\(([\d,]+)\)', run).group(1).split(','))
    if name == 'forest_compartment_codes': return ''.join(chr((ord(g[0]) - 65) * 26 + int(g[1:])) for g in run.split(' '))
    if name == 'dbh_quarter_inch_readings': return ''.join(chr(round(float(g[:-2]) * 4)) for g in run.split(' / '))
    if name == 'board_feet_tally_times_seven': return ''.join(chr(int(g.split()[0]) // 7) for g in run.split(';'))
    raise KeyError(name)
