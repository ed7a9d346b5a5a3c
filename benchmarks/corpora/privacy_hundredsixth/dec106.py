"""Independent decoder for the p106 evasion notations: gets only the encoding name and the run."""
import re

def _bytes_to_str(bs):
    return bytes(bs).decode('utf-8')

def d_uu(s):
    n = (ord(s[0]) - 32) & 63
    vals = [((ord(c) - 32) & 63) for c in s[1:]]
    bits = ''.join(format(v, '06b') for v in vals)
    bs = [int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)]
    return _bytes_to_str(bs[:n])

def d_xx(s):
    al = '+-' + ''.join(chr(c) for c in range(48, 58)) + ''.join(chr(c) for c in range(65, 91)) + ''.join(chr(c) for c in range(97, 123))
    n = al.index(s[0])
    bits = ''.join(format(al.index(c), '06b') for c in s[1:])
    bs = [int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)]
    return _bytes_to_str(bs[:n])

def d_bubble(s):
    vow, con = 'aeiouy', 'bcdfghklmnprstvzx'
    assert s[0] == 'x' and s[-1] == 'x'
    body = s[1:-1].replace('-', '')
    assert len(body) % 5 == 3
    groups = [body[i:i + 5] for i in range(0, len(body) - 3, 5)] + [body[-3:]]
    seed, out = 1, []
    for g in groups:
        a1, mid, c1 = vow.index(g[0]), con.index(g[1]), vow.index(g[2])
        if len(g) == 3 and g[1] == 'x':
            break
        b1 = ((a1 - seed % 6) % 6) << 6 | mid << 2 | ((c1 - seed // 6) % 6)
        out.append(b1)
        if len(g) == 5:
            b2 = con.index(g[3]) << 4 | con.index(g[4])
            out.append(b2)
            seed = (seed * 5 + b1 * 7 + b2) % 36
    return _bytes_to_str(out)

def d_proquint(s):
    cons = 'bdfghjklmnprstvz'; vows = 'aiou'
    out = []
    for w in s.split('-'):
        n = (cons.index(w[0]) << 12) | (vows.index(w[1]) << 10) | (cons.index(w[2]) << 6) | (vows.index(w[3]) << 4) | cons.index(w[4])
        out += [n >> 8, n & 255]
    if out and out[-1] == 0:
        out.pop()
    return _bytes_to_str(out)

def d_zb(s):
    al = 'ybndrfg8ejkmcpqxot1uwisza345h769'
    bits = ''.join(format(al.index(c), '05b') for c in s)
    return _bytes_to_str([int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)])

def d_b36(s):
    return _bytes_to_str([int(t, 36) for t in s.split(':')])

def d_b62(s):
    dig = {c: i for i, c in enumerate('0123456789' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + 'abcdefghijklmnopqrstuvwxyz')}
    n = 0
    for c in s:
        n = n * 62 + dig[c]
    ln = (n.bit_length() + 7) // 8
    return n.to_bytes(ln, 'big').decode()

def d_kb(s):
    rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
    back = {}
    for row in rows:
        for i, c in enumerate(row):
            back[c] = row[i - 1]
    out = ''
    for c in s:
        if c.lower() in back:
            b = back[c.lower()]
            out += b.upper() if c.isupper() else b
        else:
            out += c
    return out

def d_multitap(s):
    pad = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
    out = ''
    for t in s.split(' '):
        if t.startswith('#'):
            out += t[1]
        elif t in '-_.':
            out += t
        else:
            cap = t.startswith('^')
            t = t.lstrip('^')
            assert len(set(t)) == 1
            ch = pad[t[0]][len(t) - 1]
            out += ch.upper() if cap else ch
    return out

def d_a1z26(s):
    out = ''
    for t in s.split(' '):
        if t.startswith('#'):
            out += t[1]
        elif t in '-_.':
            out += t
        else:
            cap = t.startswith('^')
            ch = 'abcdefghijklmnopqrstuvwxyz'[int(t.lstrip('^')) - 1]
            out += ch.upper() if cap else ch
    return out

def d_din(s):
    words = 'Anton Berta Cäsar Dora Emil Friedrich Gustav Heinrich Ida Julius Kaufmann Ludwig Martha Nordpol Otto Paula Quelle Richard Samuel Theodor Ulrich Viktor Wilhelm Xanthippe Ypsilon Zacharias'.split()
    nums = 'null eins zwei drei vier fünf sechs sieben acht neun'.split()
    sym = {'Strich': '-', 'Unterstrich': '_', 'Punkt': '.'}
    low = {w.lower(): w[0].lower() for w in words}
    up = {w.upper(): w[0].upper() for w in words}
    out = ''
    for t in s.split(' '):
        if t in sym:
            out += sym[t]
        elif t in nums:
            out += str(nums.index(t))
        elif t in low:
            out += low[t]
        else:
            out += up[t]
    return out

def d_decoy(s):
    return s[0::2]

def d_delta(s):
    toks = s.split(' ')
    cp = int(toks[0]); out = chr(cp)
    for t in toks[1:]:
        cp += int(t)
        out += chr(cp)
    return out

def d_lsb(s):
    return _bytes_to_str([sum(int(b) << i for i, b in enumerate(t)) for t in s.split(' ')])

def d_html(s):
    return ''.join(chr(int(h, 16)) for h in re.fullmatch(r'(?:&#x[0-9A-F]+;)+', s) and re.findall(r'&#x([0-9A-F]+);', s))

def d_css(s):
    assert re.fullmatch(r'(?:\\[0-9a-f]{6})+', s)
    return ''.join(chr(int(s[i + 1:i + 7], 16)) for i in range(0, len(s), 7))

def d_js(s):
    m = re.fullmatch(r'String\.fromCharCode\(((?:0x[0-9a-f]+,)*0x[0-9a-f]+)\)', s)
    return ''.join(chr(int(x, 16)) for x in m.group(1).split(','))

def d_php(s):
    assert re.fullmatch(r'chr\(\d+\)(?:\.chr\(\d+\))*', s)
    return ''.join(chr(int(x)) for x in re.findall(r'chr\((\d+)\)', s))

def d_excel(s):
    assert re.fullmatch(r'=CHAR\(\d+\)(?:&CHAR\(\d+\))*', s)
    return ''.join(chr(int(x)) for x in re.findall(r'CHAR\((\d+)\)', s))

def d_vbs(s):
    assert re.fullmatch(r'ChrW\(\d+\)(?: & ChrW\(\d+\))*', s)
    return ''.join(chr(int(x)) for x in re.findall(r'ChrW\((\d+)\)', s))

def d_perl(s):
    m = re.fullmatch(r'pack\("C\*", ((?:\d+, )*\d+)\)', s)
    return _bytes_to_str([int(x) for x in m.group(1).split(', ')])

def d_col(s):
    cols = s.split('/')
    assert len(cols) == 4
    out = ''
    for i in range(len(cols[0])):
        for c in cols:
            if i < len(c):
                out += c[i]
    return out

DEC = {
 'uuencode_single_body_line': d_uu, 'xxencode_single_body_line': d_xx, 'bubblebabble_digest_words': d_bubble,
 'proquint_identifier_words': d_proquint, 'zbase32_human_oriented_alphabet': d_zb,
 'base36_two_digit_byte_pairs': d_b36, 'base62_big_integer_string': d_b62, 'qwerty_right_neighbour_shift': d_kb,
 'phone_keypad_multitap_groups': d_multitap, 'a1z26_letter_positions': d_a1z26, 'german_din5009_spelling_words': d_din,
 'decoy_character_interleave': d_decoy, 'code_point_delta_chain': d_delta, 'lsb_first_byte_bit_strings': d_lsb,
 'html_hex_character_references': d_html, 'css_six_digit_hex_escapes': d_css, 'javascript_fromcharcode_hex_call': d_js,
 'php_chr_dot_concatenation': d_php, 'spreadsheet_char_ampersand_formula': d_excel,
 'vbscript_chrw_ampersand_chain': d_vbs, 'perl_pack_c_star_call': d_perl, 'columnar_transposition_four_columns': d_col,
}

def decode(name, run):
    return DEC[name](run)
