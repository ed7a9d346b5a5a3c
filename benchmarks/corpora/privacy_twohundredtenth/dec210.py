"""Independent decoders for the 22 evasion encodings (imports nothing from enc210, no base64/binascii/codecs)."""
import re

def _fi_val(w):
    units = {'yksi': 1, 'kaksi': 2, 'kolme': 3, 'neljä': 4, 'viisi': 5, 'kuusi': 6, 'seitsemän': 7, 'kahdeksan': 8, 'yhdeksän': 9}
    total = 0
    if w.startswith('sata'):
        total, w = 100, w[4:]
    if not w:
        return total
    if w == 'kymmenen':
        return total + 10
    if w.endswith('toista'):
        return total + 10 + units[w[:-6]]
    if 'kymmentä' in w:
        a, b = w.split('kymmentä')
        return total + 10 * units[a] + (units[b] if b else 0)
    return total + units[w]

def _sw_val(phrase):
    vals = {'moja': 1, 'mbili': 2, 'tatu': 3, 'nne': 4, 'tano': 5, 'sita': 6, 'saba': 7, 'nane': 8, 'tisa': 9,
            'kumi': 10, 'ishirini': 20, 'thelathini': 30, 'arobaini': 40, 'hamsini': 50, 'sitini': 60,
            'sabini': 70, 'themanini': 80, 'tisini': 90}
    toks = phrase.split()
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == 'mia':
            total += 100 * vals[toks[i + 1]]
            i += 2
            continue
        if t != 'na':
            total += vals[t]
        i += 1
    return total

_MROWS = ['0987654321', 'poiuytrewq', 'lkjhgfdsa', 'mnbvcxz']  # retyped reversed rows
def _unmirror(c):
    for row in _MROWS:
        lo = c.lower()
        if lo in row:
            m = row[::-1][row.index(lo)]
            return m.upper() if c.isupper() else m
    return c

_LATIN_OF = {0x0391: 'A', 0x0392: 'B', 0x0395: 'E', 0x0397: 'H', 0x0399: 'I', 0x039A: 'K', 0x039C: 'M', 0x039D: 'N',
             0x039F: 'O', 0x03A1: 'P', 0x03A4: 'T', 0x03A7: 'X', 0x03A5: 'Y', 0x0396: 'Z', 0x03BF: 'o', 0x03BD: 'v',
             0x03B9: 'i', 0x03C5: 'u', 0x03BA: 'k'}

def decode(name, run):
    if name == 'base_thirteen_code_points':
        return ''.join(chr(int(t, 13)) for t in run.split())
    if name == 'ol_chiki_digit_code_points':
        return ''.join(chr(int(''.join(str(ord(ch) - 0x1C50) for ch in t))) for t in run.split(' '))
    if name == 'nko_digit_code_points':
        return ''.join(chr(int(''.join(str(ord(ch) - 0x07C0) for ch in t))) for t in run.split(' '))
    if name == 'finnish_number_words':
        return ''.join(chr(_fi_val(w.strip())) for w in run.split(','))
    if name == 'swahili_number_words':
        return ''.join(chr(_sw_val(p)) for p in run.split('/'))
    if name == 'qwerty_row_mirror':
        return ''.join(_unmirror(c) for c in run)
    if name == 'combining_low_line_underline':
        return run.replace('\u0332', '')
    if name == 'greek_homoglyph_substitution':
        return ''.join(_LATIN_OF.get(ord(c), c) for c in run)
    if name == 'bidi_override_reversed_storage':
        assert run[0] == '\u202e' and run[-1] == '\u202c'
        return run[1:-1][::-1]
    if name == 'soft_hyphen_interleave':
        return run.replace('\u00ad', '')
    if name == 'egyptian_hieroglyph_numerals':
        out = ''
        for t in run.split(' '):
            out += chr(100 * t.count('\U00013362') + 10 * t.count('\U00013386') + t.count('\U000133FA'))
        return out
    if name == 'multiplication_expressions':
        out = ''
        for t in run.split():
            a, rest = t.split('×')
            b, c = rest.split('+')
            out += chr(int(a) * int(b) + int(c))
        return out
    if name == 'doubled_characters':
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if name == 'nulls_every_third_character':
        return run[2::3]
    if name == 'numbered_shuffled_tiles':
        pairs = []
        for t in run.split(' '):
            i, c = t.split(':', 1)
            pairs.append((int(i), c))
        return ''.join(c for _, c in sorted(pairs))
    if name == 'last_letter_telestich':
        return ''.join(w[-1] for w in run.split(' '))
    if name == 'passenger_weight_kilograms':
        return ''.join(chr(int(n)) for n in re.findall(r'(\d+)kg', run))
    if name == 'canopy_size_square_feet':
        return ''.join(chr(int(t.rsplit(' ', 1)[1]) - 60) for t in run.split(' / '))
    if name == 'metar_wind_direction_degrees':
        return ''.join(chr(int(t[:3]) - 100) for t in run.split())
    if name == 'exit_altitude_hundreds_feet':
        return ''.join(chr(int(n) // 100) for n in re.findall(r'@(\d+)ft', run))
    if name == 'envelope_temperature_celsius':
        return ''.join(chr(int(n) - 20) for n in re.findall(r' (\d+)C', run))
    if name == 'qnh_pressure_hectopascals':
        return ''.join(chr(int(n) - 900) for n in re.findall(r'Q(\d{3,4})', run))
    raise ValueError(name)
