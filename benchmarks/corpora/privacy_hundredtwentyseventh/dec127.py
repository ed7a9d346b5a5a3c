"""Independent decoders: get only the encoding name and the run."""
import base64, re, string

NATO_WORDS = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split()
DIGIT_WORDS = 'zero one two three four five six seven eight nine'.split()


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    bits = ''.join(format((ord(c) - 32) & 63, '06b') for c in run[1:])
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()


def _a85(run):
    out = bytearray()
    run = run.replace('z', '!!!!!')
    for i in range(0, len(run), 5):
        chunk = run[i:i + 5]
        pad = 5 - len(chunk)
        chunk += 'u' * pad
        n = 0
        for c in chunk:
            n = n * 85 + ord(c) - 33
        b = n.to_bytes(4, 'big')
        out += b[:4 - pad]
    return out.decode()


def decode(enc, run):
    if enc == 'rot13_letters_rot5_digits':
        t = str.maketrans(string.ascii_lowercase + string.ascii_uppercase + string.digits,
                          string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13] + string.digits[5:] + string.digits[:5])
        return run.translate(t)
    if enc == 'rfc4648_base32_padded':
        bits = ''.join(format('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.index(c), '05b') for c in run.rstrip('='))
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()
    if enc == 'crockford_base32_big_number':
        n = 0
        for c in run:
            n = n * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.find(c)
        return n.to_bytes((n.bit_length() + 7) // 8, 'big').decode()
    if enc == 'ascii85_btoa_block':
        return _a85(run)
    if enc == 'uuencode_body_line':
        return _uu(run)
    if enc == 'backslash_octal_byte_escapes':
        return bytes(int(x, 8) for x in re.findall(r'\\([0-7]{3})', run)).decode()
    if enc == 'binary_octets_msb_first':
        return bytes(int(x, 2) for x in run.split()).decode()
    if enc == 'nato_spelling_alphabet_words':
        o = ''
        for w in run.split():
            up = w.startswith('capital-')
            w = w[len('capital-'):] if up else w
            if w in NATO_WORDS:
                ch = chr(97 + NATO_WORDS.index(w))
                o += ch.upper() if up else ch
            elif w in DIGIT_WORDS:
                o += str(DIGIT_WORDS.index(w))
            else:
                o += {'underscore': '_', 'dot': '.', 'dash': '-'}[w]
        return o
    if enc == 'swatch_code_plus_thousand':
        return ''.join(chr(int(x) - 1000) for x in re.findall(r'SW-(\d+)', run))
    if enc == 'bolt_length_quarter_yards':
        return ''.join(chr(round(float(x) * 4)) for x in re.findall(r'([\d.]+) yd', run))
    if enc == 'thread_count_doubled_code_points':
        return ''.join(chr(int(x) // 2) for x in re.findall(r'(\d+)TC', run))
    if enc == 'fabric_weight_tenths_ounces':
        return ''.join(chr(int(x.replace('.', ''))) for x in re.findall(r'(\d+\.\d) oz', run))
    if enc == 'utf16be_hex_code_units':
        return bytes.fromhex(run.replace(' ', '')).decode('utf-16-be')
    if enc == 'quoted_printable_every_byte':
        import quopri
        return quopri.decodestring(run.encode()).decode()
    if enc == 'sexagesimal_colon_pairs':
        return ''.join(chr(int(q) * 60 + int(r)) for q, r in (p.split(':') for p in run.split()))
    if enc == 'quinary_three_digit_code_points':
        return ''.join(chr(int(x, 5)) for x in run.split())
    if enc == 'octal_three_digit_code_points':
        return ''.join(chr(int(x, 8)) for x in run.split())
    if enc == 'triplet_chunk_reversal':
        return ''.join(''.join(reversed(x)) for x in run.split(' '))
    if enc == 'even_odd_position_split':
        a, b = run.split(' / ')
        return ''.join(a[i] + (b[i] if i < len(b) else '') for i in range(len(a)))
    if enc == 'code_point_plus_hundred':
        return ''.join(chr(int(x) - 100) for x in run.split())
    if enc == 'negated_decimal_code_points':
        return ''.join(chr(-int(x)) for x in run.split())
    if enc == 'reverse_order_hex_bytes':
        return bytes(int(x, 16) for x in run.split()[::-1]).decode()
    raise KeyError(enc)
