"""Encoders for the 22 p143 evasion notations (the decoder is dec143, written separately)."""
import base64

NATO = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima', 'mike',
        'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu']
DIGW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
PUN = {'-': 'dash', '_': 'underscore', '.': 'dot'}

def _nato(s):
    out = []
    for c in s:
        if c.islower(): out.append(NATO[ord(c) - 97])
        elif c.isupper(): out.append(NATO[ord(c) - 65].upper())
        elif c.isdigit(): out.append(DIGW[int(c)])
        else: out.append(PUN[c])
    return ' '.join(out)

def _caesar(s):
    o = ''
    for c in s:
        if c.islower(): o += chr((ord(c) - 97 + 7) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 65 + 7) % 26 + 65)
        elif c.isdigit(): o += str((int(c) + 3) % 10)
        else: o += c
    return o

def _columnar(s, w=4):
    return ''.join(s[c::w] for c in range(w))

def _b36(s):
    n = int.from_bytes(s.encode(), 'big'); a = '0123456789abcdefghijklmnopqrstuvwxyz'; o = ''
    while n:
        n, d = divmod(n, 36); o = a[d] + o
    return o

def _tpl(c):
    c -= 1
    return f'T. {c // 25 + 1}:{c % 25 + 1}'

E = {
 'full_string_reversal': (lambda s: s[::-1], 'written backwards, last character first'),
 'rfc4648_base32_standard_padded': (lambda s: base64.b32encode(s.encode()).decode(), 'in standard RFC 4648 Base32 (A-Z then 2-7, = padding) of the UTF-8 bytes'),
 'ascii85_adobe_without_delimiters': (lambda s: base64.a85encode(s.encode()).decode(), 'in Ascii85 (btoa style, characters ! to u, z for four zero bytes) of the UTF-8 bytes, without the <~ ~> delimiters'),
 'base85_rfc1924_alphabet': (lambda s: base64.b85encode(s.encode()).decode(), 'in Base85 with the RFC 1924 alphabet (0-9 A-Z a-z then !#$%&()*+-;<=>?@^_`{|}~) of the UTF-8 bytes, groups of four bytes big-endian'),
 'eight_bit_binary_octets_spaced': (lambda s: ' '.join(f'{b:08b}' for b in s.encode()), 'as the UTF-8 bytes in 8-bit binary, space-separated'),
 'caesar_shift_seven_digits_plus_three': (_caesar, 'in a Caesar cipher: letters moved 7 places forward within their case, digits d written as (d + 3) mod 10, - _ . unchanged'),
 'nato_phonetic_words_upper_for_capitals': (_nato, 'spelled in the NATO alphabet, one word per character: lower-case word for a lower-case letter, UPPER-CASE word for a capital, digits as English number words, dash, underscore and dot for - _ .'),
 'percent_encoding_every_byte': (lambda s: ''.join(f'%{b:02X}' for b in s.encode()), 'percent-encoded, every UTF-8 byte as % and two upper-case hex digits'),
 'html_decimal_character_references': (lambda s: ''.join(f'&#{ord(c)};' for c in s), 'as HTML decimal character references (&#NNN;), one per character'),
 'html_hex_character_references': (lambda s: ''.join(f'&#x{ord(c):x};' for c in s), 'as HTML hexadecimal character references (&#xHH;), one per character'),
 'unicode_u_plus_notation_spaced': (lambda s: ' '.join(f'U+{ord(c):04X}' for c in s), 'as Unicode code points in U+XXXX notation, space-separated'),
 'fullwidth_latin_forms': (lambda s: ''.join(chr(ord(c) + 0xFEE0) for c in s), 'in full-width forms (each ASCII character shifted to its U+FF01..U+FF5E twin)'),
 'zero_width_space_interleaved': (lambda s: '\u200b'.join(s), 'with an invisible zero-width space (U+200B) between every two characters; delete them'),
 'four_char_blocks_each_reversed': (lambda s: ''.join(s[i:i + 4][::-1] for i in range(0, len(s), 4)), 'cut into blocks of four characters from the left, each block written backwards (a short last block too), blocks joined'),
 'columnar_transposition_width_four': (_columnar, 'as a columnar transposition: written row by row into four columns, then read column 1 top to bottom, then column 2, 3 and 4, joined'),
 'colon_separated_hex_octets': (lambda s: ':'.join(f'{b:02x}' for b in s.encode()), 'as the UTF-8 bytes in lower-case hex separated by colons, like a MAC address'),
 'c_char_literal_list': (lambda s: ', '.join(f"'{c}'" for c in s), "as a C character-literal list, one single-quoted character per element, comma-separated"),
 'quoted_printable_every_byte': (lambda s: ''.join(f'={b:02X}' for b in s.encode()), 'in quoted-printable with every UTF-8 byte escaped as = and two upper-case hex digits'),
 'base36_big_endian_integer': (_b36, 'in base 36 (0-9 then a-z), reading the UTF-8 bytes as one big-endian number'),
 'docket_numbers_code_point_plus_thousand': (lambda s: ', '.join(f'26-CV-{ord(c) + 1000}' for c in s), 'as civil docket numbers 26-CV-NNNN, one per character, where NNNN minus 1000 is the code point, comma-separated'),
 'bates_stamp_code_points': (lambda s: ' '.join(f'CRT{ord(c):06d}' for c in s), 'as Bates stamps CRT followed by six digits, one per character, the number being the code point, space-separated'),
 'transcript_page_line_citations': (lambda s: '; '.join(_tpl(ord(c)) for c in s), 'as transcript citations "T. page:line" separated by "; ", where the code point is 25 x (page - 1) + line (lines run 1-25)'),
}
