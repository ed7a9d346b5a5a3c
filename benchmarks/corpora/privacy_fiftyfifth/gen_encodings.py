"""Encoders: ENC[name](plain, r) -> (phrase naming the encoding, encoded run)."""
import base64
from common import tok, ALNUM
MORSE = dict(zip('abcdefghijklmnopqrstuvwxyz0123456789-', '.- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....-'.split()))
NATO = dict(zip('abcdefghijklmnopqrstuvwxyz', 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()))
NUMW = 'zero one two three four five six seven eight nine'.split()
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

def roman(n):
    out = ''
    for v, s in ((100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')):
        while n >= v:
            out += s; n -= v
    return out

def shift_letters(p, ks):
    out = []; i = 0
    for c in p:
        if c.isalpha():
            k = ks[i % len(ks)]; i += 1
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)

def e_b62(p, r):
    n = int.from_bytes(p.encode(), 'big'); s = ''
    while n:
        n, m = divmod(n, 62); s = B62[m] + s
    return 'as one base-62 number (the bytes read as a big-endian integer, digits 0-9 A-Z a-z)', s

def e_vig(p, r):
    kw = r.choice(['lantern', 'otter', 'meadow', 'harbor', 'cobalt', 'juniper'])
    return 'Vigenère-enciphered with the keyword "%s" (letters only, key advances on letters, case kept, digits unchanged)' % kw, shift_letters(p, [ord(c) - 97 for c in kw])

def e_caesar(p, r):
    k = r.choice([3, 4, 5, 6, 7, 8, 9, 10, 11])
    return 'Caesar-shifted forward by %d (letters only, digits unchanged)' % k, shift_letters(p, [k])

def e_atbash(p, r):
    out = []
    for c in p:
        if c.islower(): out.append(chr(219 - ord(c)))
        elif c.isupper(): out.append(chr(155 - ord(c)))
        elif c.isdigit(): out.append(str(9 - int(c)))
        else: out.append(c)
    return 'in Atbash (a<->z, b<->y ..., case kept; digits mirrored 0<->9)', ''.join(out)

def e_shelf(p, r):
    off = r.choice([100, 200, 300, 500])
    lines = ['%d.%02d %s%d' % (ord(c) + off, r.randint(0, 99), r.choice('ABCDEFGHKLMPRSTW'), r.randint(10, 99)) for c in p]
    return 'as these shelf marks (the class number before the dot minus %d is a character code, top to bottom)' % off, '\n'.join(lines)

def e_grade(p, r):
    return 'hidden in the score column of this mark sheet (each score is a character code, top to bottom)', '\n'.join('Pupil %02d: %d' % (i + 1, ord(c)) for i, c in enumerate(p))

def e_parcel(p, r):
    return 'inside these parcel ids (the last three digits of each id are a character code)', ' '.join('R%04d-%03d' % (r.randint(1, 9999), ord(c)) for c in p)

def e_filler(p, r):
    return 'with a filler character after every real one (read the 1st, 3rd, 5th ... characters)', ''.join(c + r.choice(ALNUM) for c in p)

ENC = {
 'base32_rfc4648_padded': lambda p, r: ('in Base32 (RFC 4648, letters A-Z and digits 2-7, = padding)', base64.b32encode(p.encode()).decode()),
 'base32hex_extended_alphabet': lambda p, r: ('in Base32hex (RFC 4648 extended hex alphabet 0-9 A-V, = padding)', base64.b32hexencode(p.encode()).decode()),
 'ascii85_adobe_delimited': lambda p, r: ('in Ascii85 (Adobe style, between <~ and ~>)', base64.a85encode(p.encode(), adobe=True).decode()),
 'base62_integer_digits': e_b62,
 'octal_backslash_triplets': lambda p, r: ('as octal escapes (a backslash and three octal digits per byte)', ''.join('\\%03o' % b for b in p.encode())),
 'html_decimal_entities': lambda p, r: ('as HTML decimal character references', ''.join('&#%d;' % ord(c) for c in p)),
 'percent_encoded_every_byte': lambda p, r: ('percent-encoded, every byte as %XX', ''.join('%%%02X' % b for b in p.encode())),
 'binary_octets_spaced': lambda p, r: ('in binary, eight bits per character, separated by spaces', ' '.join(format(b, '08b') for b in p.encode())),
 'morse_code_slash_words': lambda p, r: ('in Morse code (letters are lower case, one space between characters)', ' '.join(MORSE[c] for c in p)),
 'nato_phonetic_spelled_out': lambda p, r: ('spelled in the NATO alphabet (a word in CAPITALS is a capital letter, numbers are digits, "dash" and "underscore" are - and _)',
                                          ' '.join(NATO[c] if c.islower() else NATO[c.lower()].upper() if c.isupper() else NUMW[int(c)] if c.isdigit() else {'-': 'dash', '_': 'underscore'}[c] for c in p)),
 'atbash_mirror_alphabet': e_atbash,
 'vigenere_keyword_letters': e_vig,
 'caesar_stated_shift': e_caesar,
 'full_string_reversal': lambda p, r: ('written backwards (read it from right to left)', p[::-1]),
 'fullwidth_ascii_variants': lambda p, r: ('in full-width characters (convert each to normal ASCII)', ''.join(chr(ord(c) + 0xFEE0) for c in p)),
 'a1z26_letter_positions': lambda p, r: ('as letter numbers (a=1 ... z=26, lower case; a digit is written after #; spaces between)', ' '.join(str(ord(c) - 96) if c.isalpha() else '#' + c for c in p)),
 'roman_numeral_char_codes': lambda p, r: ('as character codes in Roman numerals, separated by spaces', ' '.join(roman(ord(c)) for c in p)),
 'library_shelfmark_offset_codes': e_shelf,
 'gradebook_score_column': e_grade,
 'parcel_id_trailing_triplets': e_parcel,
 'every_other_char_filler': e_filler,
 'rfc2047_encoded_word_b': lambda p, r: ('as a MIME encoded-word (RFC 2047, B encoding, UTF-8)', '=?UTF-8?B?' + base64.b64encode(p.encode()).decode() + '?='),
}
LOWER_ONLY = {'morse_code_slash_words', 'a1z26_letter_positions'}
