"""Encoders for the 22 evasion notations (decoder is in dec125.py, written separately)."""
import base64, binascii, random

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
MORSE = {'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....', 'I': '..',
         'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.', 'Q': '--.-', 'R': '.-.',
         'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-', 'Y': '-.--', 'Z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '-': '-....-', '_': '..--.-', '.': '.-.-.-'}
ANIMALS = ['ant', 'bat', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen', 'ibis', 'jay', 'koi', 'lynx', 'mole', 'newt', 'owl', 'pig']
B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
VKEY = 'BOVINE'

RULES = {
    'octal_escape_utf8_bytes': 'as C-style octal escapes, a backslash and three octal digits per UTF-8 byte',
    'base58_bitcoin_alphabet': 'in Base58 with the Bitcoin alphabet (no 0, O, I or l), big-endian over the UTF-8 bytes',
    'base45_rfc9285_qr': 'in Base45 as in RFC 9285 (the pet-passport and health-certificate QR alphabet, which includes space, $, %, *, +, -, ., / and :)',
    'uuencode_single_line_backtick': 'as one uuencoded line (first character gives the byte count, backtick for zero)',
    'quoted_printable_every_byte': 'in quoted-printable with every byte escaped as =XX (upper-case hex)',
    'percent_encoding_every_byte': 'percent-encoded with every byte escaped as %XX (upper-case hex)',
    'atbash_letters_nines_digits': 'in Atbash (a<->z, b<->y ... keeping case; each digit d becomes 9-d; - _ . unchanged)',
    'vigenere_bovine_key_digits_mod10': 'with a Vigenere key BOVINE repeating over every character: a letter moves forward by the key letter index (A=0) keeping case, a digit moves forward by the same amount mod 10, - _ . unchanged',
    'morse_caret_capitals_slash_separated': 'in Morse code, characters separated by " / ", a ^ before the code of an upper-case letter',
    'braille_pattern_per_byte': 'as Unicode Braille patterns, one cell U+2800+b per UTF-8 byte b',
    'fullwidth_ascii_forms': 'in full-width forms (each ASCII character shifted to U+FF01..U+FF5E)',
    'xor_5a_decimal_bytes': 'as decimal bytes, each UTF-8 byte XOR 0x5A, space-separated',
    'lower_hex_colon_pairs': 'as lower-case hex bytes joined by colons, like a MAC address that never ends',
    'columnar_transposition_width4': 'written into rows of four characters and read down the four columns, columns joined by " | "',
    'dna_two_bit_bases': 'as DNA bases, two bits per base (A=00, C=01, G=10, T=11), four bases per UTF-8 byte, most significant first, bytes space-separated',
    'animal_name_nibbles': 'as animal names for hex nibbles (ant=0, bat=1, cat=2, dog=3, eel=4, fox=5, gnu=6, hen=7, ibis=8, jay=9, koi=a, lynx=b, mole=c, newt=d, owl=e, pig=f), two per byte joined by -, bytes space-separated',
    'decoy_interleaved_odd_positions': 'with a decoy character after every real one (read characters 1, 3, 5 ...)',
    'base85_rfc1924_alphabet': 'in Base85 with the RFC 1924 / git alphabet (0-9 A-Z a-z then !#$%&()*+-;<=>?@^_`{|}~), last group shortened',
    'full_string_mirror_reversal': 'written backwards from the last character to the first',
    'delta_code_points_signed': 'as the first code point in decimal followed by the signed difference to each next code point, space-separated',
    'nibble_swapped_hex_bytes': 'as upper-case hex bytes with the two nibbles of every UTF-8 byte swapped, space-separated',
    'ebcdic_cp037_hex': 'in EBCDIC code page 037, upper-case hex with no separators',
}


def enc(name, s, rng=None):
    b = s.encode('utf-8')
    if name == 'octal_escape_utf8_bytes':
        return ''.join('\\%03o' % x for x in b)
    if name == 'base58_bitcoin_alphabet':
        n = int.from_bytes(b, 'big'); out = ''
        while n:
            n, r = divmod(n, 58); out = B58[r] + out
        return '1' * (len(b) - len(b.lstrip(b'\0'))) + out
    if name == 'base45_rfc9285_qr':
        out = ''
        for i in range(0, len(b), 2):
            ch = b[i:i + 2]
            if len(ch) == 2:
                n = ch[0] * 256 + ch[1]; e, n = divmod(n, 45 * 45); d, c = divmod(n, 45)
                out += B45[c] + B45[d] + B45[e]
            else:
                d, c = divmod(ch[0], 45); out += B45[c] + B45[d]
        return out
    if name == 'uuencode_single_line_backtick':
        return binascii.b2a_uu(b, backtick=True).decode().rstrip('\n')
    if name == 'quoted_printable_every_byte':
        return ''.join('=%02X' % x for x in b)
    if name == 'percent_encoding_every_byte':
        return ''.join('%%%02X' % x for x in b)
    if name == 'atbash_letters_nines_digits':
        o = ''
        for c in s:
            if 'a' <= c <= 'z': o += chr(219 - ord(c))
            elif 'A' <= c <= 'Z': o += chr(155 - ord(c))
            elif c.isdigit(): o += str(9 - int(c))
            else: o += c
        return o
    if name == 'vigenere_bovine_key_digits_mod10':
        o = ''
        for i, c in enumerate(s):
            k = ord(VKEY[i % len(VKEY)]) - 65
            if 'a' <= c <= 'z': o += chr((ord(c) - 97 + k) % 26 + 97)
            elif 'A' <= c <= 'Z': o += chr((ord(c) - 65 + k) % 26 + 65)
            elif c.isdigit(): o += str((int(c) + k) % 10)
            else: o += c
        return o
    if name == 'morse_caret_capitals_slash_separated':
        return ' / '.join(('^' if c.isupper() else '') + MORSE[c.upper()] for c in s)
    if name == 'braille_pattern_per_byte':
        return ''.join(chr(0x2800 + x) for x in b)
    if name == 'fullwidth_ascii_forms':
        return ''.join(chr(ord(c) + 0xFEE0) for c in s)
    if name == 'xor_5a_decimal_bytes':
        return ' '.join(str(x ^ 0x5A) for x in b)
    if name == 'lower_hex_colon_pairs':
        return ':'.join('%02x' % x for x in b)
    if name == 'columnar_transposition_width4':
        return ' | '.join(s[j::4] for j in range(4))
    if name == 'dna_two_bit_bases':
        return ' '.join(''.join('ACGT'[(x >> sh) & 3] for sh in (6, 4, 2, 0)) for x in b)
    if name == 'animal_name_nibbles':
        return ' '.join(ANIMALS[x >> 4] + '-' + ANIMALS[x & 15] for x in b)
    if name == 'decoy_interleaved_odd_positions':
        al = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2345679'
        return ''.join(c + rng.choice(al) for c in s)
    if name == 'base85_rfc1924_alphabet':
        out = ''
        for i in range(0, len(b), 4):
            ch = b[i:i + 4]; pad = 4 - len(ch)
            n = int.from_bytes(ch + b'\0' * pad, 'big'); grp = ''
            for _ in range(5):
                n, r = divmod(n, 85); grp = B85[r] + grp
            out += grp[:5 - pad]
        return out
    if name == 'full_string_mirror_reversal':
        return s[::-1]
    if name == 'delta_code_points_signed':
        cps = [ord(c) for c in s]
        return ' '.join([str(cps[0])] + ['%+d' % (cps[i] - cps[i - 1]) for i in range(1, len(cps))])
    if name == 'nibble_swapped_hex_bytes':
        return ' '.join('%02X' % (((x & 15) << 4) | (x >> 4)) for x in b)
    if name == 'ebcdic_cp037_hex':
        return s.encode('cp037').hex().upper()
    raise KeyError(name)
