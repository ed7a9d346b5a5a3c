"""Encoders for the 22 evasion notations (decoders live in dec106.py, written separately)."""
import binascii, random

def uu(p):
    return binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip('\n')

XX = '+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
def xx(p):
    b = p.encode()
    out = XX[len(b)]
    for i in range(0, len(b), 3):
        c = b[i:i + 3] + b'\0' * (3 - len(b[i:i + 3]))
        n = int.from_bytes(c, 'big')
        out += ''.join(XX[(n >> s) & 63] for s in (18, 12, 6, 0))
    return out

def bubble(p):
    d = p.encode()
    V, C = 'aeiouy', 'bcdfghklmnprstvzx'
    seed, out = 1, 'x'
    rounds = len(d) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(d) % 2:
            b1 = d[2 * i]
            out += V[(((b1 >> 6) & 3) + seed) % 6] + C[(b1 >> 2) & 15] + V[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = d[2 * i + 1]
                out += C[(b2 >> 4) & 15] + '-' + C[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += V[seed % 6] + 'x' + V[seed // 6]
    return out + 'x'

def proquint(p):
    b = p.encode()
    if len(b) % 2:
        b += b'\0'
    Cn, Vw = 'bdfghjklmnprstvz', 'aiou'
    ws = []
    for i in range(0, len(b), 2):
        n = b[i] << 8 | b[i + 1]
        ws.append(Cn[n >> 12] + Vw[(n >> 10) & 3] + Cn[(n >> 6) & 15] + Vw[(n >> 4) & 3] + Cn[n & 15])
    return '-'.join(ws)

ZB = 'ybndrfg8ejkmcpqxot1uwisza345h769'
def zbase32(p):
    bits = ''.join(format(x, '08b') for x in p.encode())
    bits += '0' * (-len(bits) % 5)
    return ''.join(ZB[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))

B36 = '0123456789abcdefghijklmnopqrstuvwxyz'
def base36pairs(p):
    return ':'.join(B36[x // 36] + B36[x % 36] for x in p.encode())

B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
def base62int(p):
    n = int.from_bytes(p.encode(), 'big')
    s = ''
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s

ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
def kbright(p):
    out = ''
    for ch in p:
        lo = ch.lower()
        for row in ROWS:
            if lo in row:
                nxt = row[(row.index(lo) + 1) % len(row)]
                out += nxt.upper() if ch.isupper() else nxt
                break
        else:
            out += ch
    return out

KEYS = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
def multitap(p):
    toks = []
    for ch in p:
        if ch.isalpha():
            for k, v in KEYS.items():
                if ch.lower() in v:
                    t = k * (v.index(ch.lower()) + 1)
            toks.append(('^' + t) if ch.isupper() else t)
        elif ch.isdigit():
            toks.append('#' + ch)
        else:
            toks.append(ch)
    return ' '.join(toks)

def a1z26(p):
    toks = []
    for ch in p:
        if ch.isalpha():
            t = str(ord(ch.lower()) - 96)
            toks.append(('^' + t) if ch.isupper() else t)
        elif ch.isdigit():
            toks.append('#' + ch)
        else:
            toks.append(ch)
    return ' '.join(toks)

DIN = ['anton', 'berta', 'cäsar', 'dora', 'emil', 'friedrich', 'gustav', 'heinrich', 'ida', 'julius', 'kaufmann',
       'ludwig', 'martha', 'nordpol', 'otto', 'paula', 'quelle', 'richard', 'samuel', 'theodor', 'ulrich', 'viktor',
       'wilhelm', 'xanthippe', 'ypsilon', 'zacharias']
DIG = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
def din(p):
    toks = []
    for ch in p:
        if ch.isalpha():
            w = DIN[ord(ch.lower()) - 97]
            toks.append(w.upper() if ch.isupper() else w)
        elif ch.isdigit():
            toks.append(DIG[int(ch)])
        else:
            toks.append({'-': 'Strich', '_': 'Unterstrich', '.': 'Punkt'}[ch])
    return ' '.join(toks)

def decoy(p, r):
    al = 'qzxjkvwy0123456789QZXJKVWY'
    return ''.join(ch + r.choice(al) for ch in p)

def delta(p):
    cps = [ord(c) for c in p]
    out = [str(cps[0])] + ['%+d' % (cps[i] - cps[i - 1]) for i in range(1, len(cps))]
    return ' '.join(out)

def lsbbits(p):
    return ' '.join(format(x, '08b')[::-1] for x in p.encode())

def htmlhex(p):
    return ''.join('&#x%X;' % ord(c) for c in p)

def csshex(p):
    return ''.join('\\%06x' % ord(c) for c in p)

def jsfcc(p):
    return 'String.fromCharCode(' + ','.join('0x%x' % ord(c) for c in p) + ')'

def phpchr(p):
    return '.'.join('chr(%d)' % ord(c) for c in p)

def excelchar(p):
    return '=' + '&'.join('CHAR(%d)' % ord(c) for c in p)

def vbschrw(p):
    return ' & '.join('ChrW(%d)' % ord(c) for c in p)

def perlpack(p):
    return 'pack("C*", ' + ', '.join(str(x) for x in p.encode()) + ')'

def columnar4(p):
    return '/'.join(p[i::4] for i in range(4))

# name -> (function, takes_rng, rule text)
ENC = {
 'uuencode_single_body_line': (uu, False, 'as one uuencoded body line (first character = length, 6-bit groups + 32, ` for zero)'),
 'xxencode_single_body_line': (xx, False, 'as one xxencoded line (alphabet +-0-9A-Za-z, first character = byte count)'),
 'bubblebabble_digest_words': (bubble, False, 'in Bubble Babble (the SSH fingerprint word encoding, x...x)'),
 'proquint_identifier_words': (proquint, False, 'as proquints (16 bits per consonant-vowel word, words joined by -, an odd last byte padded with 00)'),
 'zbase32_human_oriented_alphabet': (zbase32, False, 'in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, bits read 5 at a time, no padding)'),
 'base36_two_digit_byte_pairs': (base36pairs, False, 'as two-digit base-36 numbers (0-9a-z), one per byte, joined with colons'),
 'base62_big_integer_string': (base62int, False, 'as one base-62 number (0-9A-Za-z) of its bytes read as a big-endian integer'),
 'qwerty_right_neighbour_shift': (kbright, False, 'typed one key to the right on a QWERTY keyboard (each row wraps around, case kept, - _ . unchanged)'),
 'phone_keypad_multitap_groups': (multitap, False, 'as phone-keypad multi-tap presses (2=abc ... 9=wxyz, ^ marks a capital, #n is the digit n), separated by spaces'),
 'a1z26_letter_positions': (a1z26, False, 'as alphabet positions a=1 ... z=26 (^ marks a capital, #n is the digit n, - _ . as themselves), separated by spaces'),
 'german_din5009_spelling_words': (din, False, 'spelled with the German DIN 5009 spelling alphabet (capital letter = word in capitals, digits as German numerals, Strich = -, Unterstrich = _, Punkt = .)'),
 'decoy_character_interleave': (decoy, True, 'with a decoy character after every real one (keep the 1st, 3rd, 5th ... characters)'),
 'code_point_delta_chain': (delta, False, 'as a delta chain: the first code point in decimal, then the signed difference to each next one'),
 'lsb_first_byte_bit_strings': (lsbbits, False, 'as eight bits per byte written least significant bit first, space-separated'),
 'html_hex_character_references': (htmlhex, False, 'as HTML hexadecimal character references (&#xHH;)'),
 'css_six_digit_hex_escapes': (csshex, False, 'as CSS escapes, a backslash and six hex digits per character'),
 'javascript_fromcharcode_hex_call': (jsfcc, False, 'as a JavaScript String.fromCharCode(...) call with hex arguments'),
 'php_chr_dot_concatenation': (phpchr, False, 'as a PHP expression chr(n).chr(n)... of decimal codes'),
 'spreadsheet_char_ampersand_formula': (excelchar, False, 'as a spreadsheet formula =CHAR(n)&CHAR(n)... of decimal codes'),
 'vbscript_chrw_ampersand_chain': (vbschrw, False, 'as a VBScript expression ChrW(n) & ChrW(n) ... of decimal codes'),
 'perl_pack_c_star_call': (perlpack, False, 'as a Perl pack("C*", ...) call of decimal byte values'),
 'columnar_transposition_four_columns': (columnar4, False, 'written in rows of four characters and read out column by column, the four columns joined with /'),
}

def encode(name, plain, r):
    f, takes, _ = ENC[name]
    return f(plain, r) if takes else f(plain)
