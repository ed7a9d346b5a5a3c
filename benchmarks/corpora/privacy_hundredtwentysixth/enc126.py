"""Encoders for the 22 p126 evasion notations. (name, rule, fn)"""
import base64, codecs
NATO = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
SYM = {'-': 'dash', '_': 'underscore', '.': 'dot'}
def _nato(s):
    out = []
    for c in s:
        if c.isdigit(): out.append(c)
        elif c in SYM: out.append(SYM[c])
        elif c.islower(): out.append(NATO[ord(c) - 97])
        else: out.append(NATO[ord(c) - 65].upper())
    return ' '.join(out)
def _rot47(s): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)
def _rot13(s): return codecs.encode(s, 'rot13')
def _sexa(s): return ' '.join(f'{ord(c)//60};{ord(c)%60}' for c in s)
def _xywh(s):
    out = []
    for c in s:
        n = ord(c); a = n // 4; b = n // 4; cc = n // 4; d = n - 3 * (n // 4)
        out.append(f'{a},{b},{cc},{d}')
    return ' | '.join(out)
def _chunks4(s): return ' '.join(s[i:i+4][::-1] for i in range(0, len(s), 4))
E = [
 ('dash_separated_lower_hex_bytes', 'as the UTF-8 bytes in lower-case hex joined by dashes', lambda s: '-'.join(f'{b:02x}' for b in s.encode())),
 ('standard_base64_with_padding', 'in standard Base64 (RFC 4648, + and /, = padding) of the UTF-8 bytes', lambda s: base64.b64encode(s.encode()).decode()),
 ('adobe_ascii85_with_delimiters', 'in Adobe Ascii85 of the UTF-8 bytes, between <~ and ~>', lambda s: base64.a85encode(s.encode(), adobe=True).decode()),
 ('rfc1924_base85', 'in Base85 with the RFC 1924 alphabet (0-9 A-Z a-z !#$%&()*+-;<=>?@^_`{|}~) of the UTF-8 bytes', lambda s: base64.b85encode(s.encode()).decode()),
 ('rot47_printable_ascii', 'with ROT47 (every character from ! to ~ rotated 47 places in that 94-character range)', _rot47),
 ('decimal_code_points_dot_joined', 'as decimal code points joined by dots', lambda s: '.'.join(str(ord(c)) for c in s)),
 ('eight_bit_binary_bytes', 'as the UTF-8 bytes in eight-bit binary, space-separated', lambda s: ' '.join(f'{b:08b}' for b in s.encode())),
 ('zero_x_hex_code_points', 'as code points in hex with a 0x prefix, space-separated', lambda s: ' '.join(hex(ord(c)) for c in s)),
 ('html_decimal_character_references', 'as HTML decimal character references &#N;, one per character', lambda s: ''.join(f'&#{ord(c)};' for c in s)),
 ('percent_encoding_of_every_byte', 'with every UTF-8 byte percent-encoded as %XX (upper-case hex)', lambda s: ''.join(f'%{b:02X}' for b in s.encode())),
 ('backslash_x_escape_bytes', 'as C-style \\xNN escapes of the UTF-8 bytes', lambda s: ''.join(f'\\x{b:02x}' for b in s.encode())),
 ('backslash_octal_escape_bytes', 'as three-digit octal escapes \\NNN of the UTF-8 bytes', lambda s: ''.join(f'\\{b:03o}' for b in s.encode())),
 ('whole_string_reversed', 'written backwards, last character first', lambda s: s[::-1]),
 ('gallery_room_and_case_pairs', 'as gallery locations Rr-Cc, one per character, where the code point is r x 16 + c, space-separated', lambda s: ' '.join(f'R{ord(c)//16}-C{ord(c)%16}' for c in s)),
 ('catalogue_raisonne_numbers_plus_500', 'as catalogue raisonné numbers "cat. N", one per character, where N minus 500 is the code point, separated by "; "', lambda s: '; '.join(f'cat. {ord(c)+500}' for c in s)),
 ('iiif_region_sum_quadruples', 'as IIIF region quadruples x,y,w,h, one per character, where x + y + w + h is the code point, separated by " | "', _xywh),
 ('shelfmark_tenths_decimal', 'as shelfmarks: each code point divided by ten, written with one decimal place, space-separated', lambda s: ' '.join(f'{ord(c)//10}.{ord(c)%10}' for c in s)),
 ('auction_lot_numbers_tripled', 'as auction lot numbers "Lot N", one per character, where N is three times the code point, comma-separated', lambda s: ', '.join(f'Lot {3*ord(c)}' for c in s)),
 ('nato_spelling_with_capital_words', 'spelled in the NATO alphabet, a word in capitals for a capital letter, digits as digits, dash / underscore / dot as words, space-separated', _nato),
 ('asterisk_after_every_character', 'with an asterisk inserted after every character (drop every second character to read it)', lambda s: ''.join(c + '*' for c in s)),
 ('four_char_chunks_each_reversed', 'cut into chunks of four characters from the left, each chunk written backwards, chunks separated by one space', _chunks4),
 ('cuneiform_sexagesimal_pairs', 'as sexagesimal pairs a;b, one per character, where the code point is a x 60 + b, space-separated', _sexa),
]
