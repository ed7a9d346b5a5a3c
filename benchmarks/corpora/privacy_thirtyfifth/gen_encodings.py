"""Encoders for the 22 evasion encodings (decoders live separately in gen_decoders.py)."""
import string
ICAO = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike',
        'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu']
ICAO_DIG = ['Zero', 'One', 'Two', 'Tree', 'Fower', 'Fife', 'Six', 'Seven', 'Eight', 'Niner']
EN_DIG = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
CODEBOOK = ['anchor', 'bishop', 'castle', 'dragon', 'eagle', 'falcon', 'garnet', 'harbor', 'island', 'jasper']
NIBBLE_WORDS = ['oak', 'ash', 'elm', 'fir', 'yew', 'bay', 'fig', 'ivy', 'rye', 'kelp', 'moss', 'reed', 'sage', 'teak', 'palm', 'lime']
LEET = {'a': '@', 'e': '€', 'i': '!', 'o': '°', 's': '$', 't': '+'}
EMOJI16 = ['🍎', '🍌', '🍒', '🍇', '🍋', '🍊', '🍐', '🍑', '🍓', '🍍', '🥝', '🥥', '🥑', '🍆', '🥕', '🌽']
Q_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./', '~!@#$%^&*()_+', 'QWERTYUIOP{}|', 'ASDFGHJKL:"', 'ZXCVBNM<>?']
D_ROWS = ['`1234567890[]', "',.pyfgcrl/=\\", 'aoeuidhtns-', ';qjkxbmwvz', '~!@#$%^&*(){}', '"<>PYFGCRL?+|', 'AOEUIDHTNS_', ':QJKXBMWVZ']
WORDS = {'a': 'apples', 'b': 'backups', 'c': 'certs', 'd': 'dashboards', 'e': 'endpoints', 'f': 'firewalls', 'g': 'gateways',
         'h': 'hosts', 'i': 'identities', 'j': 'jobs', 'k': 'keys', 'l': 'logs', 'm': 'modems', 'n': 'nodes', 'o': 'owners',
         'p': 'policies', 'q': 'queues', 'r': 'routers', 's': 'scanners', 't': 'tickets', 'u': 'users', 'v': 'vaults',
         'w': 'workstations', 'x': 'xml', 'y': 'yubikeys', 'z': 'zones'}
KEYPAD = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}

def icao(p):
    out = []
    for c in p:
        if c.isdigit(): out.append(ICAO_DIG[int(c)])
        elif c == '-': out.append('Dash')
        elif c == '_': out.append('Underscore')
        else:
            w = ICAO[ord(c.lower()) - 97]
            out.append(w.upper() if c.isupper() else w.lower())
    return ' '.join(out)

def spoken(p):
    out = []
    for c in p:
        if c.isdigit(): out.append(EN_DIG[int(c)])
        elif c == '-': out.append('dash')
        elif c == '_': out.append('underscore')
        elif c.isupper(): out.append('capital ' + c)
        else: out.append(c)
    return ', '.join(out)

def codebook(p):
    return ''.join('[' + CODEBOOK[int(c)] + ']' if c.isdigit() else c for c in p)

def nibble_words(p):
    return ' '.join(NIBBLE_WORDS[b >> 4] + ' ' + NIBBLE_WORDS[b & 15] for b in p.encode())

def leet(p):
    return ''.join(LEET.get(c, c) for c in p)

def capslock(p):
    return p.swapcase()

def shift_right(p):
    out = []
    for c in p:
        for row in Q_ROWS:
            i = row.find(c)
            if i >= 0:
                out.append(row[i + 1]); break
        else:
            raise ValueError(c)
    return ''.join(out)

def dvorak(p):
    m = {}
    for qr, dr in zip(Q_ROWS, D_ROWS):
        for q, d in zip(qr, dr):
            m[d] = q
    return ''.join(m[c] for c in p)

def emoji_hex(p):
    return ''.join(EMOJI16[b >> 4] + EMOJI16[b & 15] for b in p.encode())

def enclosed(p):
    out = []
    for c in p:
        if 'A' <= c <= 'Z': out.append(chr(0x24B6 + ord(c) - 65))
        elif 'a' <= c <= 'z': out.append(chr(0x24D0 + ord(c) - 97))
        elif c == '0': out.append('\u24EA')
        elif '1' <= c <= '9': out.append(chr(0x2460 + ord(c) - 49))
        else: out.append(c)
    return ''.join(out)

def keycap(p):
    return ''.join(c + '\uFE0F\u20E3' if c.isdigit() else c for c in p)

BR_AJ = [0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A]  # a..j dot bits
def braille_letter(c):
    i = ord(c) - 97
    if i < 10: bits = BR_AJ[i]
    elif i < 20: bits = BR_AJ[i - 10] | 0x04
    elif c == 'w': bits = 0x3A
    else:
        j = {'u': 0, 'v': 1, 'x': 2, 'y': 3, 'z': 4}[c]
        bits = BR_AJ[j] | 0x24
    return chr(0x2800 + bits)

def braille(p):
    out = []
    for c in p:
        if c.isdigit():
            out.append('\u283C' + braille_letter('jabcdefghi'[int(c)]))
        elif c.isupper():
            out.append('\u2820' + braille_letter(c.lower()))
        else:
            out.append(braille_letter(c))
    return ''.join(out)

def monospace(p):
    out = []
    for c in p:
        if 'A' <= c <= 'Z': out.append(chr(0x1D670 + ord(c) - 65))
        elif 'a' <= c <= 'z': out.append(chr(0x1D68A + ord(c) - 97))
        elif '0' <= c <= '9': out.append(chr(0x1D7F6 + ord(c) - 48))
        else: out.append(c)
    return ''.join(out)

def acrostic(p, rng):
    fill = ['were checked today', 'still need review', 'look fine so far', 'are on the list', 'moved to phase two', 'got patched overnight']
    lines = []
    for c in p:
        if c.isdigit(): lines.append(c + ' more items ' + rng.choice(fill))
        else:
            w = WORDS[c.lower()]
            lines.append((w.capitalize() if c.isupper() else w) + ' ' + rng.choice(fill))
    return '\n'.join(lines)

def initials(p, rng):
    toks = []
    for c in p:
        if c.isdigit(): toks.append(c)
        else:
            w = WORDS[c.lower()]
            toks.append(w.capitalize() if c.isupper() else w)
    return ' '.join(toks)

def every_third(p, rng):
    return ''.join(c + rng.choice(string.ascii_lowercase) + rng.choice(string.ascii_lowercase) for c in p)[:-2]

def _thirds(p):
    n = len(p); a = n // 3; b = 2 * n // 3
    return [p[:a], p[a:b], p[b:]]

def chat_numbered(p, rng):
    ps = _thirds(p)
    return '\n'.join('[09:%02d] Mira: part %d/3: %s' % (14 + i, i + 1, s) for i, s in enumerate(ps))

def chat_shuffled(p, rng):
    ps = list(enumerate(_thirds(p), 1))
    order = [ps[1], ps[2], ps[0]] if rng.random() < 0.5 else [ps[2], ps[0], ps[1]]
    return '\n'.join('Mira (%d of 3): %s' % (i, s) for i, s in order)

def table_column(p, rng):
    n = len(p); k = 4
    chunks = [p[i:i + k] for i in range(0, n, k)]
    notes = ['ok', 'rotated', 'verify', 'n/a', 'pending']
    return '\n'.join('| %d | %s | %s |' % (i + 1, ch, rng.choice(notes)) for i, ch in enumerate(chunks))

def multitap(p):
    out = []
    for c in p:
        if c in '01': out.append(c); continue
        for k, letters in KEYPAD.items():
            if c in letters: out.append(k * (letters.index(c) + 1)); break
            if c == k: out.append(k * (len(letters) + 1)); break
        else: raise ValueError(c)
    return ' '.join(out)

def a1z26(p):
    out = []
    for c in p:
        if c.isdigit(): out.append('#' + c)
        elif c.isupper(): out.append('^' + str(ord(c) - 64))
        else: out.append(str(ord(c) - 96))
    return '-'.join(out)

def dotted(p):
    return '.'.join(p)

ALNUM = set(string.ascii_letters + string.digits)
def _set(extra=''):
    s = ALNUM | set(extra)
    return lambda p: set(p) <= s
# name: (encoder(p, rng), charset predicate, phrase naming the encoding, multiline)
ENC = {
 'icao_radiotelephony_spelling': (lambda p, g: icao(p), _set('-_'), 'spelled in the ICAO radio alphabet (code word in CAPITALS = capital letter, lower case = small letter, digits as radio numerals)', False),
 'spoken_spelling_capitals_named': (lambda p, g: spoken(p), _set('-_'), 'spelled out the way I would read it over the phone (comma-separated, “capital” before upper-case letters, digits as words)', False),
 'codebook_words_for_digits': (lambda p, g: codebook(p), _set('-_'), 'with the digits swapped for our codebook words in brackets (anchor=0, bishop=1, castle=2, dragon=3, eagle=4, falcon=5, garnet=6, harbor=7, island=8, jasper=9; letters unchanged)', False),
 'hex_nibble_word_table': (lambda p, g: nibble_words(p), _set('-_'), 'as tree words, one word per hex nibble of each byte (oak=0 ash=1 elm=2 fir=3 yew=4 bay=5 fig=6 ivy=7 rye=8 kelp=9 moss=a reed=b sage=c teak=d palm=e lime=f)', False),
 'leet_symbol_rule_stated': (lambda p, g: leet(p), _set('-_'), 'in leetspeak with the rule a→@, e→€, i→!, o→°, s→$, t→+ (lower-case letters only; everything else unchanged)', False),
 'case_inverted_caps_lock': (lambda p, g: capslock(p), _set('-_'), 'typed with Caps Lock on, so every letter has the opposite case (flip the case back)', False),
 'keyboard_shift_right_one': (lambda p, g: shift_right(p), _set('-_'), 'typed with my hands shifted one key to the right on a US QWERTY keyboard (take the key to the left of each character)', False),
 'dvorak_keys_on_qwerty': (lambda p, g: dvorak(p), _set('-_'), 'as I typed it on Dvorak while the laptop was set to US QWERTY (map each character back from the QWERTY key to the Dvorak character on the same key)', False),
 'emoji_hex_nibble_table': (lambda p, g: emoji_hex(p), _set('-_'), 'in fruit emoji, two per byte for the hex digits (🍎0 🍌1 🍒2 🍇3 🍋4 🍊5 🍐6 🍑7 🍓8 🍍9 🥝a 🥥b 🥑c 🍆d 🥕e 🌽f)', False),
 'enclosed_alphanumerics_case_kept': (lambda p, g: enclosed(p), _set('-_'), 'in circled letters and digits (Unicode enclosed alphanumerics, case kept)', False),
 'keycap_emoji_digits_letters_kept': (lambda p, g: keycap(p), _set('-_'), 'with every digit as a keycap emoji (1️⃣ = 1; letters as they are)', False),
 'braille_grade1_unicode_cells': (lambda p, g: braille(p), _set(), 'in grade-1 braille cells (⠠ before a capital, ⠼ before each digit)', False),
 'math_monospace_alphanumerics': (lambda p, g: monospace(p), _set('-_'), 'in Unicode mathematical monospace letters and digits', False),
 'acrostic_line_initials': (lambda p, g: acrostic(p, g), _set(), 'hidden as an acrostic: read the first character of each line of the list below, top to bottom, case kept', True),
 'word_initials_sentence': (lambda p, g: initials(p, g), _set(), 'as the first characters of the words of the line below (case kept; digits stand for themselves)', False),
 'every_third_char_padding': (lambda p, g: every_third(p, g), _set('-_'), 'padded with junk: keep only every third character, starting with the first', False),
 'chat_parts_numbered_messages': (lambda p, g: chat_numbered(p, g), _set('-_'), 'split over three messages, numbered part 1/3 to 3/3 (join them in order)', True),
 'chat_parts_out_of_order': (lambda p, g: chat_shuffled(p, g), _set('-_'), 'in three pieces sent out of order; put them together by the (n of 3) numbers', True),
 'table_column_top_to_bottom': (lambda p, g: table_column(p, g), _set('-_'), 'spread down the second column of the table (read that column top to bottom and join the cells)', True),
 'phone_keypad_multitap': (lambda p, g: multitap(p), (lambda p: set(p) <= set('abcdefghijklmnopqrstuvwxyz0123456789')), 'in old-phone multi-tap key presses (22 = b, 7777 = s, a key pressed once more than its letters = its digit, groups separated by spaces)', False),
 'a1z26_dash_with_case_marks': (lambda p, g: a1z26(p), _set(), 'as letter numbers (a=1 … z=26, ^ marks a capital, # marks a literal digit, dash-separated)', False),
 'dot_separated_characters': (lambda p, g: dotted(p), _set('-_'), 'with a dot between every character (drop the dots)', False),
}
