"""Encoders: name -> (phrase(params), encode(plain, params), params(r))."""
import base64, binascii, codecs, datetime

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
ZH = '零一二三四五六七八九'
DEVA = '०१२३४५६७८९'
ARAB = '٠١٢٣٤٥٦٧٨٩'
GRID = ['ABCDEF', 'GHIJKL', 'MNOPQR', 'STUVWX', 'YZ0123', '456789']


def _b58(p):
    n = int.from_bytes(p.encode(), 'big')
    s = ''
    while n:
        n, m = divmod(n, 58)
        s = B58[m] + s
    return s


def _b36(c):
    d = '0123456789abcdefghijklmnopqrstuvwxyz'
    return d[c // 36] + d[c % 36]


def _zh(c):
    h, t, u = c // 100, (c // 10) % 10, c % 10
    s = ''
    if h:
        s += ZH[h] + '百'
        if t == 0 and u:
            s += '零'
    if t:
        s += ('' if (t == 1 and not h) else ZH[t]) + '十'
    if u or not s:
        s += ZH[u]
    return s


def _multitap(ch):
    keys = ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz']
    if ch.isdigit():
        return '[%s]' % ch
    if ch == '-':
        return '(dash)'
    if ch == '_':
        return '(underscore)'
    lo = ch.lower()
    for k, letters in enumerate(keys):
        if lo in letters:
            return ('^' if ch.isupper() else '') + str(k + 2) * (letters.index(lo) + 1)


def _poly(ch):
    if ch == '-':
        return '70'
    if ch == '_':
        return '77'
    up = ch.upper()
    for i, row in enumerate(GRID):
        if up in row:
            return '%d%d' % (i + 1, row.index(up) + 1) + ("'" if ch.islower() else '')


def _rail(p, n=3):
    rails = [[] for _ in range(n)]
    row, step = 0, 1
    for ch in p:
        rails[row].append(ch)
        if row == 0:
            step = 1
        elif row == n - 1:
            step = -1
        row += step
    return ''.join(''.join(x) for x in rails)


def _circle(ch):
    if 'A' <= ch <= 'Z':
        return chr(0x24B6 + ord(ch) - 65)
    if 'a' <= ch <= 'z':
        return chr(0x24D0 + ord(ch) - 97)
    if ch == '0':
        return '\u24ea'
    if '1' <= ch <= '9':
        return chr(0x2460 + ord(ch) - 49)
    return ch


def _digits(c, table):
    return ''.join(table[int(d)] for d in str(c))


ENC = {
 'base58_bitcoin_alphabet': (lambda k: 'in Base58 (Bitcoin alphabet, big-endian, no checksum)', lambda p, k: _b58(p), lambda r: None),
 'base36_two_digit_codes': (lambda k: 'as base-36 numbers, two digits per character code, separated by spaces', lambda p, k: ' '.join(_b36(ord(c)) for c in p), lambda r: None),
 'invoice_line_cent_amounts': (lambda k: 'hidden in the line amounts of this invoice (each amount in KES cents is a character code, top to bottom)',
     lambda p, k: '\n'.join('item %02d ........ KES %d.%02d' % (i + 1, ord(c) // 100, ord(c) % 100) for i, c in enumerate(p)), lambda r: None),
 'chinese_numeral_codes': (lambda k: 'as Chinese numerals separated by 、 (each numeral is a character code)', lambda p, k: '、'.join(_zh(ord(c)) for c in p), lambda r: None),
 'phone_keypad_multitap': (lambda k: 'typed multi-tap on a phone keypad (each group is one letter, ^ means capital, digits in [ ], (dash) and (underscore) spelled out)',
     lambda p, k: ' '.join(_multitap(c) for c in p), lambda r: None),
 'polybius_six_by_six_grid': (lambda k: "in a 6x6 Polybius square (rows ABCDEF GHIJKL MNOPQR STUVWX YZ0123 456789, row then column, a ' after the pair means small letter, 70 is a dash, 77 an underscore)",
     lambda p, k: ' '.join(_poly(c) for c in p), lambda r: None),
 'bacon_ab_seven_bit_groups': (lambda k: 'Bacon-style as 7-bit ASCII groups written with A for 0 and B for 1',
     lambda p, k: ' '.join(format(ord(c), '07b').replace('0', 'A').replace('1', 'B') for c in p), lambda r: None),
 'ebcdic_cp037_hex_bytes': (lambda k: 'as EBCDIC (code page 037) bytes in hex', lambda p, k: codecs.encode(p, 'cp037').hex(' ').upper(), lambda r: None),
 'utf16le_hex_code_units': (lambda k: 'as UTF-16LE in hex, one four-digit group per character (low byte first)', lambda p, k: ' '.join(c.encode('utf-16-le').hex() for c in p), lambda r: None),
 'quoted_printable_forced_escapes': (lambda k: 'in quoted-printable with every byte escaped as =XX', lambda p, k: ''.join('=%02X' % b for b in p.encode()), lambda r: None),
 'uuencode_single_line': (lambda k: 'uuencoded (one uuencode line, backtick for zero)', lambda p, k: binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip('\n'), lambda r: None),
 'base64_then_reversed': (lambda k: 'as Base64 written backwards (reverse it, then decode the Base64)', lambda p, k: base64.b64encode(p.encode()).decode()[::-1], lambda r: None),
 'xor_stated_key_hex': (lambda k: 'XORed byte by byte with 0x%02X and written as hex' % k, lambda p, k: ''.join('%02x' % (b ^ k) for b in p.encode()), lambda r: r.randrange(0x80, 0x100)),
 'rail_fence_three_rails': (lambda k: 'rail-fence scrambled on 3 rails (write it in a zigzag over three rows, then read row by row)', lambda p, k: _rail(p), lambda r: None),
 'pos_plu_code_offset': (lambda k: 'as till PLU codes (subtract %d from each PLU to get the character code)' % k, lambda p, k: ' '.join(str(ord(c) + k) for c in p), lambda r: r.choice([3000, 4000, 4700, 9100])),
 'bank_reference_zero_padded_triplets': (lambda k: 'inside this bank transfer reference (read the digits three at a time, each triplet is a character code, ignore spaces)',
     lambda p, k: (lambda s: ' '.join(s[i:i + 4] for i in range(0, len(s), 4)))(''.join('%03d' % ord(c) for c in p)), lambda r: None),
 'booking_slot_clock_minutes': (lambda k: 'as these booking slots (minutes after midnight of each start time are a character code)',
     lambda p, k: ', '.join('%02d:%02d' % divmod(ord(c), 60) for c in p), lambda r: None),
 'appointment_day_of_year_dates': (lambda k: 'as appointment dates in 2026 (the day of the year of each date is a character code)',
     lambda p, k: ', '.join((datetime.date(2026, 1, 1) + datetime.timedelta(days=ord(c) - 1)).strftime('%d %b') for c in p), lambda r: None),
 'cjk_ideograph_offset': (lambda k: 'as CJK ideographs (each code point minus U+4E00 is the character code)', lambda p, k: ''.join(chr(0x4E00 + ord(c)) for c in p), lambda r: None),
 'devanagari_digit_codes': (lambda k: 'as character codes in Devanagari digits, separated by spaces', lambda p, k: ' '.join(_digits(ord(c), DEVA) for c in p), lambda r: None),
 'eastern_arabic_digit_codes': (lambda k: 'as character codes in Eastern Arabic digits, separated by spaces', lambda p, k: ' '.join(_digits(ord(c), ARAB) for c in p), lambda r: None),
 'enclosed_alphanumeric_circles': (lambda k: 'in circled letters and digits (Unicode enclosed alphanumerics; dash and underscore unchanged)', lambda p, k: ''.join(_circle(c) for c in p), lambda r: None),
}
