"""Encoders for the 22 evasion encodings (the rng only adds noise the decoder ignores)."""

B13 = '0123456789ABC'
FI_U = ['', 'yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän']
SW_U = ['', 'moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa']
SW_T = ['', 'kumi', 'ishirini', 'thelathini', 'arobaini', 'hamsini', 'sitini', 'sabini', 'themanini', 'tisini']
ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']
GREEK = {'A': '\u0391', 'B': '\u0392', 'E': '\u0395', 'H': '\u0397', 'I': '\u0399', 'K': '\u039a', 'M': '\u039c',
         'N': '\u039d', 'O': '\u039f', 'P': '\u03a1', 'T': '\u03a4', 'X': '\u03a7', 'Y': '\u03a5', 'Z': '\u0396',
         'o': '\u03bf', 'v': '\u03bd', 'i': '\u03b9', 'u': '\u03c5', 'k': '\u03ba'}
NAMES = ['Ana', 'Ben', 'Cleo', 'Dev', 'Ewa', 'Finn', 'Gus', 'Hana', 'Ivo', 'Jia', 'Kai', 'Lena', 'Mo', 'Nia', 'Olu', 'Pip']
CANOPIES = ['Sabre3', 'Pilot', 'Safire3', 'Spectre', 'Navigator', 'Crossfire3', 'Stiletto', 'Icarus', 'Storm', 'Horizon']
STATIONS = ['EGBP', 'EGTK', 'EGKB', 'EGHH', 'LFPN', 'EDNY', 'LSZH', 'EHTE', 'EKRK', 'LOWS']
WORDS_BY_LAST = {}

def _fi(n):
    s = ''
    if n >= 100:
        s, n = 'sata', n - 100
    if n == 0:
        return s
    if n == 10:
        return s + 'kymmenen'
    if 11 <= n <= 19:
        return s + FI_U[n - 10] + 'toista'
    if n >= 20:
        return s + FI_U[n // 10] + 'kymmentä' + FI_U[n % 10]
    return s + FI_U[n]

def _sw(n):
    parts = []
    if n >= 100:
        parts += ['mia', 'moja']
        n -= 100
        if n == 0:
            return ' '.join(parts)
        if n < 10 or n % 10 == 0:
            parts.append('na')
    t, u = divmod(n, 10)
    if t:
        parts.append(SW_T[t])
        if u:
            parts += ['na', SW_U[u]]
    elif u:
        parts.append(SW_U[u])
    return ' '.join(parts)

def _mirror(c):
    for row in ROWS:
        lo = c.lower()
        if lo in row:
            m = row[len(row) - 1 - row.index(lo)]
            return m.upper() if c.isupper() else m
    return c

def _egypt(n):
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    return '\U00013362' * h + '\U00013386' * t + '\U000133FA' * u

def enc(name, plain, rng):
    cps = [ord(c) for c in plain]
    if name == 'base_thirteen_code_points':
        out = []
        for n in cps:
            d = ''
            while n:
                n, r = divmod(n, 13)
                d = B13[r] + d
            out.append(d)
        return ' '.join(out)
    if name == 'ol_chiki_digit_code_points':
        return ' '.join(''.join(chr(0x1C50 + int(d)) for d in str(n)) for n in cps)
    if name == 'nko_digit_code_points':
        return ' '.join(''.join(chr(0x07C0 + int(d)) for d in str(n)) for n in cps)
    if name == 'finnish_number_words':
        return ', '.join(_fi(n) for n in cps)
    if name == 'swahili_number_words':
        return ' / '.join(_sw(n) for n in cps)
    if name == 'qwerty_row_mirror':
        return ''.join(_mirror(c) for c in plain)
    if name == 'combining_low_line_underline':
        return ''.join(c + '\u0332' for c in plain)
    if name == 'greek_homoglyph_substitution':
        return ''.join(GREEK.get(c, c) for c in plain)
    if name == 'bidi_override_reversed_storage':
        return '\u202e' + plain[::-1] + '\u202c'
    if name == 'soft_hyphen_interleave':
        return '\u00ad'.join(plain)
    if name == 'egyptian_hieroglyph_numerals':
        return ' '.join(_egypt(n) for n in cps)
    if name == 'multiplication_expressions':
        out = []
        for n in cps:
            a = rng.randint(3, 12)
            b, c = divmod(n, a)
            out.append('%d×%d+%d' % (a, b, c))
        return ' '.join(out)
    if name == 'doubled_characters':
        return ''.join(c + c for c in plain)
    if name == 'nulls_every_third_character':
        al = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
        return ''.join(rng.choice(al) + rng.choice(al) + c for c in plain)
    if name == 'numbered_shuffled_tiles':
        tiles = ['%d:%s' % (i + 1, c) for i, c in enumerate(plain)]
        rng.shuffle(tiles)
        return ' '.join(tiles)
    if name == 'last_letter_telestich':
        words = []
        for c in plain:
            if c in '-_.':
                words.append(c)
            elif c.isdigit():
                words.append(rng.choice(['RWY', 'FL', 'Load', 'Slot', 'Gate']) + c)
            else:
                stem = rng.choice(['thermal', 'burner', 'canopy', 'ridge', 'glide', 'flare', 'basket', 'riser', 'gust', 'vario'])
                words.append(stem + c)
        return ' '.join(words)
    if name == 'passenger_weight_kilograms':
        return '; '.join('%s %dkg' % (rng.choice(NAMES), n) for n in cps)
    if name == 'canopy_size_square_feet':
        return ' / '.join('%s %d' % (rng.choice(CANOPIES), n + 60) for n in cps)
    if name == 'metar_wind_direction_degrees':
        out = []
        for n in cps:
            sp = rng.randint(3, 18)
            g = ('G%02d' % (sp + rng.randint(5, 10))) if rng.random() < 0.3 else ''
            out.append('%03d%02d%sKT' % (n + 100, sp, g))
        return ' '.join(out)
    if name == 'exit_altitude_hundreds_feet':
        return ', '.join('L%d@%dft' % (rng.randint(1, 20), n * 100) for n in cps)
    if name == 'envelope_temperature_celsius':
        t = rng.randint(6 * 60, 7 * 60)
        out = []
        for n in cps:
            t += rng.randint(1, 3)
            out.append('%02d:%02d %dC' % (t // 60, t % 60, n + 20))
        return ', '.join(out)
    if name == 'qnh_pressure_hectopascals':
        return ' '.join('%s Q%d' % (rng.choice(STATIONS), n + 900) for n in cps)
    raise ValueError(name)
