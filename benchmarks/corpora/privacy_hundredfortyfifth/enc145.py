"""Encoders for p145 evasions (rule stated in the text before the run)."""
import base64, codecs
NATO = ['alfa','bravo','charlie','delta','echo','foxtrot','golf','hotel','india','juliett','kilo','lima','mike','november','oscar','papa','quebec','romeo','sierra','tango','uniform','victor','whiskey','xray','yankee','zulu']
DIG = ['zero','one','two','three','four','five','six','seven','eight','nine']
def nato(p):
    o = []
    for c in p:
        if c == '-': o.append('dash')
        elif c == '_': o.append('underscore')
        elif c == '.': o.append('stop')
        elif c.isdigit(): o.append(DIG[int(c)])
        elif c.isupper(): o.append(NATO[ord(c) - 65].upper())
        else: o.append(NATO[ord(c) - 97])
    return ' '.join(o)
def trith(p):
    o = []
    for i, c in enumerate(p):
        if c.islower(): o.append(chr((ord(c) - 97 + i) % 26 + 97))
        elif c.isupper(): o.append(chr((ord(c) - 65 + i) % 26 + 65))
        elif c.isdigit(): o.append(str((int(c) + i) % 10))
        else: o.append(c)
    return ''.join(o)
def a1z26(p):
    o = []
    for c in p:
        if c in '-_.': o.append(c)
        elif c.isdigit(): o.append('#' + c)
        elif c.isupper(): o.append('^' + str(ord(c) - 64))
        else: o.append(str(ord(c) - 96))
    return ' '.join(o)
def b36(p):
    n = int.from_bytes(p.encode(), 'big'); s = ''
    while n: n, r = divmod(n, 36); s = '0123456789abcdefghijklmnopqrstuvwxyz'[r] + s
    return s
E = {
 'reversed_character_order': ('written backwards, last character first', lambda p: p[::-1]),
 'nato_spelling_words': ('spelled in NATO words (capital letter = word in capitals, digits as English number words, dash / underscore / stop for - _ .)', nato),
 'decimal_code_points_dashed': ('as decimal code points joined by dashes', lambda p: '-'.join(str(ord(c)) for c in p)),
 'html_decimal_entities': ('as HTML decimal character references (&#NN;), one per character', lambda p: ''.join('&#%d;' % ord(c) for c in p)),
 'percent_encoded_every_byte': ('percent-encoded, every UTF-8 byte as %HH with upper-case hex', lambda p: ''.join('%%%02X' % b for b in p.encode())),
 'ascii85_adobe_delimited': ('in Adobe Ascii85 between <~ and ~> (groups of four bytes as five characters from ! to u)', lambda p: base64.a85encode(p.encode(), adobe=True).decode()),
 'base32_rfc4648_upper_alphabet': ('in RFC 4648 Base32 with the A-Z 2-7 alphabet and = padding', lambda p: base64.b32encode(p.encode()).decode()),
 'fullwidth_latin_forms': ('in full-width characters (each character moved up by U+FEE0)', lambda p: ''.join(chr(ord(c) + 0xFEE0) for c in p)),
 'zero_width_space_interleaved': ('with an invisible zero-width space (U+200B) between every two characters; delete them', lambda p: '\u200b'.join(p)),
 'middle_dot_spaced_letters': ('with " · " (space, middle dot, space) between every two characters; remove those', lambda p: ' \u00b7 '.join(p)),
 'dmx_channel_levels': ('as DMX channel levels, channel N holds the code point of character N, written chN@level', lambda p: ' '.join('ch%d@%d' % (i + 1, ord(c)) for i, c in enumerate(p))),
 'smpte_timecode_frames_25fps': ('as SMPTE timecodes at 25 fps, one per character, where seconds times 25 plus frames is the code point', lambda p: ' '.join('00:00:%02d:%02d' % divmod(ord(c), 25) for c in p)),
 'midi_note_on_hex_triplets': ('as MIDI note-on messages (90 NN 7F), one per character, where the note byte NN in hex is the code point, separated by |', lambda p: ' | '.join('90 %02X 7F' % ord(c) for c in p)),
 'seat_row_and_number': ('as seat labels, one per character, row letter A=0, B=1 ... giving the tens and the seat number the units of the code point, comma-separated', lambda p: ', '.join('%s%d' % (chr(65 + ord(c) // 10), ord(c) % 10) for c in p)),
 'osc_cue_go_addresses': ('as OSC messages /cue/N/go, one per character, where N plus 20 is the code point', lambda p: ' '.join('/cue/%d/go' % (ord(c) - 20) for c in p)),
 'columnar_four_columns': ('as a columnar transposition: written in rows of four, then columns 1 to 4 read top to bottom, columns separated by |', lambda p: '|'.join(p[i::4] for i in range(4))),
 'trithemius_progressive_shift': ('with a progressive shift: character N (counting from 0) moved N places forward, letters within their case mod 26, digits mod 10, - _ . unchanged', trith),
 'a1z26_letter_numbers': ('as letter numbers a=1 ... z=26, ^ before a capital, # before a literal digit, - _ . as themselves, space-separated', a1z26),
 'braille_byte_cells': ('as Unicode Braille cells, each UTF-8 byte written as U+2800 plus the byte', lambda p: ''.join(chr(0x2800 + b) for b in p.encode())),
 'base36_big_integer': ('in base 36 (0-9 then a-z), reading the UTF-8 bytes as one big-endian number', b36),
 'utf32be_hex_units': ('as UTF-32BE code units, eight lower-case hex digits per character, space-separated', lambda p: ' '.join('%08x' % ord(c) for c in p)),
 'ebcdic_cp037_hex_bytes': ('in EBCDIC code page 037, each byte as two upper-case hex digits, space-separated', lambda p: ' '.join('%02X' % b for b in codecs.encode(p, 'cp037'))),
}
