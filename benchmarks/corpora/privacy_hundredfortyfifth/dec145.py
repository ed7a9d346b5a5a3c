"""Independent decoder for p145 evasions: gets only the encoding name and the run."""
import re
NATO = {'alfa':'a','bravo':'b','charlie':'c','delta':'d','echo':'e','foxtrot':'f','golf':'g','hotel':'h','india':'i','juliett':'j','kilo':'k','lima':'l','mike':'m','november':'n','oscar':'o','papa':'p','quebec':'q','romeo':'r','sierra':'s','tango':'t','uniform':'u','victor':'v','whiskey':'w','xray':'x','yankee':'y','zulu':'z'}
DIG = ['zero','one','two','three','four','five','six','seven','eight','nine']
def _b32(run):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; bits = ''.join(format(al.index(c), '05b') for c in run.rstrip('='))
    return bytes(int(bits[i:i+8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
def _a85(run):
    s = run[2:-2]; out = bytearray()
    for i in range(0, len(s), 5):
        g = s[i:i+5]; pad = 5 - len(g); g = g + 'u' * pad; n = 0
        for c in g: n = n * 85 + (ord(c) - 33)
        b = n.to_bytes(4, 'big'); out += b[:4 - pad]
    return out.decode()
def decode(enc, run):
    if enc == 'reversed_character_order': return run[::-1]
    if enc == 'nato_spelling_words':
        out = []
        for w in run.split():
            if w == 'dash': out.append('-')
            elif w == 'underscore': out.append('_')
            elif w == 'stop': out.append('.')
            elif w in DIG: out.append(str(DIG.index(w)))
            elif w.isupper(): out.append(NATO[w.lower()].upper())
            else: out.append(NATO[w])
        return ''.join(out)
    if enc == 'decimal_code_points_dashed': return ''.join(chr(int(x)) for x in run.split('-'))
    if enc == 'html_decimal_entities': return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if enc == 'percent_encoded_every_byte': return bytes(int(x, 16) for x in re.findall(r'%([0-9A-F]{2})', run)).decode()
    if enc == 'ascii85_adobe_delimited': return _a85(run)
    if enc == 'base32_rfc4648_upper_alphabet': return _b32(run)
    if enc == 'fullwidth_latin_forms': return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if enc == 'zero_width_space_interleaved': return run.replace('\u200b', '')
    if enc == 'middle_dot_spaced_letters': return run.replace(' \u00b7 ', '')
    if enc == 'dmx_channel_levels': return ''.join(chr(int(m)) for m in re.findall(r'@(\d+)', run))
    if enc == 'smpte_timecode_frames_25fps':
        return ''.join(chr(int(a.split(':')[2]) * 25 + int(a.split(':')[3])) for a in run.split())
    if enc == 'midi_note_on_hex_triplets': return ''.join(chr(int(t[3:5], 16)) for t in run.split(' | '))
    if enc == 'seat_row_and_number':
        return ''.join(chr((ord(s[0]) - 65) * 10 + int(s[1:])) for s in run.split(', '))
    if enc == 'osc_cue_go_addresses': return ''.join(chr(int(m) + 20) for m in re.findall(r'/cue/(\d+)/go', run))
    if enc == 'columnar_four_columns':
        cols = run.split('|'); n = sum(len(c) for c in cols); out = []
        for i in range(n): out.append(cols[i % 4][i // 4])
        return ''.join(out)
    if enc == 'trithemius_progressive_shift':
        out = []
        for i, c in enumerate(run):
            if 'a' <= c <= 'z': out.append(chr((ord(c) - 97 - i) % 26 + 97))
            elif 'A' <= c <= 'Z': out.append(chr((ord(c) - 65 - i) % 26 + 65))
            elif c.isdigit(): out.append(str((int(c) - i) % 10))
            else: out.append(c)
        return ''.join(out)
    if enc == 'a1z26_letter_numbers':
        out = []
        for t in run.split():
            if t in '-_.': out.append(t)
            elif t.startswith('#'): out.append(t[1:])
            elif t.startswith('^'): out.append(chr(64 + int(t[1:])))
            else: out.append(chr(96 + int(t)))
        return ''.join(out)
    if enc == 'braille_byte_cells': return bytes(ord(c) - 0x2800 for c in run).decode()
    if enc == 'base36_big_integer':
        n = int(run, 36); return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'utf32be_hex_units': return ''.join(chr(int(x, 16)) for x in run.split())
    if enc == 'ebcdic_cp037_hex_bytes': return bytes.fromhex(run.replace(' ', '')).decode('cp037')
    raise KeyError(enc)
