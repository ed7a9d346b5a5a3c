"""Independent decoder: gets only the notation name and the encoded run."""
import base64


def decode(name, run):
    if name == 'octal_escape_utf8_bytes':
        return bytes(int(t, 8) for t in run.split('\\')[1:]).decode()
    if name == 'base58_bitcoin_alphabet':
        al = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
        n = 0
        for c in run:
            n = n * 58 + al.index(c)
        raw = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
        return (b'\0' * (len(run) - len(run.lstrip('1'))) + raw).decode()
    if name == 'base45_rfc9285_qr':
        al = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
        out = bytearray()
        for i in range(0, len(run), 3):
            g = [al.index(c) for c in run[i:i + 3]]
            if len(g) == 3:
                n = g[0] + g[1] * 45 + g[2] * 2025; out += bytes([n // 256, n % 256])
            else:
                out.append(g[0] + g[1] * 45)
        return out.decode()
    if name == 'uuencode_single_line_backtick':
        ln = (ord(run[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in run[1:]]
        out = bytearray()
        for i in range(0, len(vals), 4):
            q = vals[i:i + 4] + [0] * (4 - len(vals[i:i + 4]))
            n = (q[0] << 18) | (q[1] << 12) | (q[2] << 6) | q[3]
            out += bytes([(n >> 16) & 255, (n >> 8) & 255, n & 255])
        return bytes(out[:ln]).decode()
    if name == 'quoted_printable_every_byte':
        return bytes(int(t, 16) for t in run.split('=')[1:]).decode()
    if name == 'percent_encoding_every_byte':
        return bytes(int(t, 16) for t in run.split('%')[1:]).decode()
    if name == 'atbash_letters_nines_digits':
        t = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
                          'zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210')
        return run.translate(t)
    if name == 'vigenere_bovine_key_digits_mod10':
        key = [1, 14, 21, 8, 13, 4]
        o = []
        for i, c in enumerate(run):
            k = key[i % 6]
            if c.islower(): o.append(chr((ord(c) - 97 - k) % 26 + 97))
            elif c.isupper(): o.append(chr((ord(c) - 65 - k) % 26 + 65))
            elif c.isdigit(): o.append(str((int(c) - k) % 10))
            else: o.append(c)
        return ''.join(o)
    if name == 'morse_caret_capitals_slash_separated':
        table = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h',
                 '..': 'i', '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p',
                 '--.-': 'q', '.-.': 'r', '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x',
                 '-.--': 'y', '--..': 'z', '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4',
                 '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9', '-....-': '-',
                 '..--.-': '_', '.-.-.-': '.'}
        o = ''
        for t in run.split(' / '):
            o += table[t[1:]].upper() if t.startswith('^') else table[t]
        return o
    if name == 'braille_pattern_per_byte':
        return bytes(ord(c) - 0x2800 for c in run).decode()
    if name == 'fullwidth_ascii_forms':
        return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if name == 'xor_5a_decimal_bytes':
        return bytes(int(t) ^ 90 for t in run.split()).decode()
    if name == 'lower_hex_colon_pairs':
        return bytes.fromhex(run.replace(':', '')).decode()
    if name == 'columnar_transposition_width4':
        cols = run.split(' | ')
        n = sum(len(c) for c in cols)
        return ''.join(cols[i % 4][i // 4] for i in range(n))
    if name == 'dna_two_bit_bases':
        m = {'A': 0, 'C': 1, 'G': 2, 'T': 3}
        out = bytearray()
        for grp in run.split():
            v = 0
            for ch in grp:
                v = v * 4 + m[ch]
            out.append(v)
        return out.decode()
    if name == 'animal_name_nibbles':
        names = 'ant bat cat dog eel fox gnu hen ibis jay koi lynx mole newt owl pig'.split()
        return bytes(names.index(a) * 16 + names.index(c) for a, c in (t.split('-') for t in run.split())).decode()
    if name == 'decoy_interleaved_odd_positions':
        return run[0::2]
    if name == 'base85_rfc1924_alphabet':
        return base64.b85decode(run).decode()
    if name == 'full_string_mirror_reversal':
        return ''.join(reversed(run))
    if name == 'delta_code_points_signed':
        parts = run.split()
        cur = int(parts[0]); o = [chr(cur)]
        for d in parts[1:]:
            cur += int(d); o.append(chr(cur))
        return ''.join(o)
    if name == 'nibble_swapped_hex_bytes':
        return bytes(int(t[1] + t[0], 16) for t in run.split()).decode()
    if name == 'ebcdic_cp037_hex':
        return bytes.fromhex(run).decode('cp037')
    raise KeyError(name)
