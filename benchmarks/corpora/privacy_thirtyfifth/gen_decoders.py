"""Decoders, written separately from the encoders (own tables, own loops)."""
import re
_ICAO_WORDS = 'alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu'.split()
_ICAO_NUM = {'Zero': '0', 'One': '1', 'Two': '2', 'Tree': '3', 'Fower': '4', 'Fife': '5', 'Six': '6', 'Seven': '7', 'Eight': '8', 'Niner': '9', 'Dash': '-', 'Underscore': '_'}
def d_icao(s):
    out = ''
    for w in s.split(' '):
        if w in _ICAO_NUM: out += _ICAO_NUM[w]; continue
        i = _ICAO_WORDS.index(w.lower())
        ch = chr(97 + i)
        if w == w.upper(): ch = ch.upper()
        elif w != w.lower(): raise ValueError(w)
        out += ch
    return out
_NUMW = {'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9}
def d_spoken(s):
    out = ''
    for t in s.split(', '):
        if t in _NUMW: out += str(_NUMW[t])
        elif t == 'dash': out += '-'
        elif t == 'underscore': out += '_'
        elif t.startswith('capital '): out += t[8:]
        elif len(t) == 1: out += t
        else: raise ValueError(t)
    return out
def d_codebook(s):
    book = {'anchor': '0', 'bishop': '1', 'castle': '2', 'dragon': '3', 'eagle': '4', 'falcon': '5', 'garnet': '6', 'harbor': '7', 'island': '8', 'jasper': '9'}
    return re.sub(r'\[([a-z]+)\]', lambda m: book[m.group(1)], s)
def d_nibble(s):
    tbl = dict(zip('oak ash elm fir yew bay fig ivy rye kelp moss reed sage teak palm lime'.split(), range(16)))
    w = s.split(' ')
    return bytes(tbl[w[i]] * 16 + tbl[w[i + 1]] for i in range(0, len(w), 2)).decode()
def d_leet(s):
    back = {'@': 'a', '€': 'e', '!': 'i', '°': 'o', '$': 's', '+': 't'}
    return ''.join(back.get(c, c) for c in s)
def d_capslock(s):
    return ''.join(c.lower() if c.isupper() else c.upper() if c.islower() else c for c in s)
_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
def d_shift(s):
    out = ''
    for c in s:
        for row in _ROWS:
            k = row.find(c)
            if k > 0: out += row[k - 1]; break
        else: raise ValueError(c)
    return out
def d_dvorak(s):
    dv = ["`1234567890[]", "',.pyfgcrl/=\\", "aoeuidhtns-", ";qjkxbmwvz", "~!@#$%^&*(){}", '"<>PYFGCRL?+|', "AOEUIDHTNS_", ":QJKXBMWVZ"]
    back = {}
    for r_q, r_d in zip(_ROWS, dv):
        for i in range(len(r_q)):
            back[r_q[i]] = r_d[i]
    return ''.join(back[c] for c in s)
def d_emoji(s):
    tbl = {e: i for i, e in enumerate(['🍎', '🍌', '🍒', '🍇', '🍋', '🍊', '🍐', '🍑', '🍓', '🍍', '🥝', '🥥', '🥑', '🍆', '🥕', '🌽'])}
    vals = [tbl[c] for c in s]
    return bytes(vals[i] << 4 | vals[i + 1] for i in range(0, len(vals), 2)).decode()
def d_enclosed(s):
    out = ''
    for c in s:
        o = ord(c)
        if 0x24B6 <= o <= 0x24CF: out += chr(o - 0x24B6 + ord('A'))
        elif 0x24D0 <= o <= 0x24E9: out += chr(o - 0x24D0 + ord('a'))
        elif o == 0x24EA: out += '0'
        elif 0x2460 <= o <= 0x2468: out += str(o - 0x2460 + 1)
        else: out += c
    return out
def d_keycap(s):
    return s.replace('\ufe0f\u20e3', '')
def d_braille(s):
    # build letter table from dot lists (dots 1..6 -> bits 0..5)
    dots = {'a': '1', 'b': '12', 'c': '14', 'd': '145', 'e': '15', 'f': '124', 'g': '1245', 'h': '125', 'i': '24', 'j': '245',
            'k': '13', 'l': '123', 'm': '134', 'n': '1345', 'o': '135', 'p': '1234', 'q': '12345', 'r': '1235', 's': '234', 't': '2345',
            'u': '136', 'v': '1236', 'w': '2456', 'x': '1346', 'y': '13456', 'z': '1356'}
    cell = {chr(0x2800 + sum(1 << (int(d) - 1) for d in v)): k for k, v in dots.items()}
    out = ''; i = 0
    while i < len(s):
        c = s[i]
        if c == '\u2820': out += cell[s[i + 1]].upper(); i += 2
        elif c == '\u283c': out += str(('jabcdefghi').index(cell[s[i + 1]])); i += 2
        else: out += cell[c]; i += 1
    return out
def d_mono(s):
    out = ''
    for c in s:
        o = ord(c)
        if 0x1D670 <= o < 0x1D670 + 26: out += chr(65 + o - 0x1D670)
        elif 0x1D68A <= o < 0x1D68A + 26: out += chr(97 + o - 0x1D68A)
        elif 0x1D7F6 <= o < 0x1D7F6 + 10: out += chr(48 + o - 0x1D7F6)
        else: out += c
    return out
def d_acrostic(s):
    return ''.join(line[0] for line in s.split('\n'))
def d_initials(s):
    return ''.join(w[0] for w in s.split(' '))
def d_third(s):
    return s[::3]
def d_numbered(s):
    parts = re.findall(r'part (\d)/3: (\S+)', s)
    return ''.join(v for _, v in sorted(parts))
def d_shuffled(s):
    parts = re.findall(r'\((\d) of 3\): (\S+)', s)
    return ''.join(v for _, v in sorted(parts))
def d_table(s):
    return ''.join(line.split('|')[2].strip() for line in s.split('\n'))
def d_multitap(s):
    keys = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}
    out = ''
    for g in s.split(' '):
        if g in ('0', '1'): out += g; continue
        assert len(set(g)) == 1
        L = keys[g[0]]
        out += L[len(g) - 1] if len(g) <= len(L) else g[0]
    return out
def d_a1z26(s):
    out = ''
    for t in s.split('-'):
        if t[0] == '#': out += t[1]
        elif t[0] == '^': out += chr(64 + int(t[1:]))
        else: out += chr(96 + int(t))
    return out
def d_dotted(s):
    return s.replace('.', '')
DEC = {'icao_radiotelephony_spelling': d_icao, 'spoken_spelling_capitals_named': d_spoken, 'codebook_words_for_digits': d_codebook,
 'hex_nibble_word_table': d_nibble, 'leet_symbol_rule_stated': d_leet, 'case_inverted_caps_lock': d_capslock,
 'keyboard_shift_right_one': d_shift, 'dvorak_keys_on_qwerty': d_dvorak, 'emoji_hex_nibble_table': d_emoji,
 'enclosed_alphanumerics_case_kept': d_enclosed, 'keycap_emoji_digits_letters_kept': d_keycap, 'braille_grade1_unicode_cells': d_braille,
 'math_monospace_alphanumerics': d_mono, 'acrostic_line_initials': d_acrostic, 'word_initials_sentence': d_initials,
 'every_third_char_padding': d_third, 'chat_parts_numbered_messages': d_numbered, 'chat_parts_out_of_order': d_shuffled,
 'table_column_top_to_bottom': d_table, 'phone_keypad_multitap': d_multitap, 'a1z26_dash_with_case_marks': d_a1z26,
 'dot_separated_characters': d_dotted}
SELFTESTS = [  # hand-worked known answers
 ('braille_grade1_unicode_cells', '⠠⠁⠼⠁⠃', 'A1b'),
 ('phone_keypad_multitap', '44 2222 0 7777', 'h20s'),
 ('dvorak_keys_on_qwerty', 'jdpp', 'hell'),
 ('keyboard_shift_right_one', 'jr;;p', 'hello'),
 ('icao_radiotelephony_spelling', 'KILO x-ray Niner', 'Kx9'),
 ('a1z26_dash_with_case_marks', '^1-2-#3', 'Ab3'),
 ('emoji_hex_nibble_table', '🍋🌽', 'O'),
 ('math_monospace_alphanumerics', '\U0001D670\U0001D7F7', 'A1'),
]
def selftest():
    for enc, s, want in SELFTESTS:
        got = DEC[enc](s)
        if got != want:
            raise AssertionError('decoder self-test %s: %r != %r' % (enc, got, want))
    return len(SELFTESTS)
