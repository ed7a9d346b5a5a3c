"""Independent decoder: gets only the encoding name and the run."""
import re, binascii
def _hexbytes(hs): return bytes(int(h, 16) for h in hs).decode()
def _a85(run):
    body = run[2:-2]; out = bytearray(); grp = []
    for ch in body:
        if ch == 'z' and not grp: out += b'\0\0\0\0'; continue
        if ch.isspace(): continue
        grp.append(ord(ch) - 33)
        if len(grp) == 5:
            n = 0
            for g in grp: n = n * 85 + g
            out += n.to_bytes(4, 'big'); grp = []
    if grp:
        k = len(grp); grp += [84] * (5 - k); n = 0
        for g in grp: n = n * 85 + g
        out += n.to_bytes(4, 'big')[:k - 1]
    return out.decode()
B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
def _b85(run):
    out = bytearray(); pad = (-len(run)) % 5; run2 = run + '~' * pad
    for i in range(0, len(run2), 5):
        n = 0
        for ch in run2[i:i+5]: n = n * 85 + B85.index(ch)
        out += n.to_bytes(4, 'big')
    return bytes(out[:len(out) - pad]).decode()
NATO = {w: i for i, w in enumerate('alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split())}
def decode(enc, run):
    if enc == 'dash_separated_lower_hex_bytes': return _hexbytes(run.split('-'))
    if enc == 'standard_base64_with_padding': return binascii.a2b_base64(run).decode()
    if enc == 'adobe_ascii85_with_delimiters': return _a85(run)
    if enc == 'rfc1924_base85': return _b85(run)
    if enc == 'rot47_printable_ascii': return ''.join(chr(33 + (ord(c) - 33 - 47) % 94) if 33 <= ord(c) <= 126 else c for c in run)
    if enc == 'decimal_code_points_dot_joined': return ''.join(chr(int(x)) for x in run.split('.'))
    if enc == 'eight_bit_binary_bytes': return bytes(int(x, 2) for x in run.split()).decode()
    if enc == 'zero_x_hex_code_points': return ''.join(chr(int(x[2:], 16)) for x in run.split())
    if enc == 'html_decimal_character_references': return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if enc == 'percent_encoding_of_every_byte': return _hexbytes(re.findall(r'%([0-9A-F]{2})', run))
    if enc == 'backslash_x_escape_bytes': return _hexbytes(re.findall(r'\\x([0-9a-f]{2})', run))
    if enc == 'backslash_octal_escape_bytes': return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', run)).decode()
    if enc == 'whole_string_reversed': return ''.join(reversed(run))
    if enc == 'gallery_room_and_case_pairs': return ''.join(chr(int(a) * 16 + int(b)) for a, b in re.findall(r'R(\d+)-C(\d+)', run))
    if enc == 'catalogue_raisonne_numbers_plus_500': return ''.join(chr(int(x) - 500) for x in re.findall(r'cat\. (\d+)', run))
    if enc == 'iiif_region_sum_quadruples': return ''.join(chr(sum(int(n) for n in q.split(','))) for q in run.split(' | '))
    if enc == 'shelfmark_tenths_decimal': return ''.join(chr(int(x.replace('.', ''))) for x in run.split())
    if enc == 'auction_lot_numbers_tripled': return ''.join(chr(int(x) // 3) for x in re.findall(r'Lot (\d+)', run))
    if enc == 'nato_spelling_with_capital_words':
        out = []
        for t in run.split():
            if t.isdigit(): out.append(t)
            elif t in ('dash', 'underscore', 'dot'): out.append({'dash': '-', 'underscore': '_', 'dot': '.'}[t])
            elif t.isupper(): out.append(chr(65 + NATO[t.lower()]))
            else: out.append(chr(97 + NATO[t]))
        return ''.join(out)
    if enc == 'asterisk_after_every_character': return run[0::2]
    if enc == 'four_char_chunks_each_reversed': return ''.join(c[::-1] for c in run.split(' '))
    if enc == 'cuneiform_sexagesimal_pairs': return ''.join(chr(int(a) * 60 + int(b)) for a, b in (p.split(';') for p in run.split()))
    raise KeyError(enc)
