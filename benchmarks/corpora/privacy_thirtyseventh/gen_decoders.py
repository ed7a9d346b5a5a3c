"""Independent decoders for the evasion encodings (own tables, parse the encoded form only)."""
import datetime, re

_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----."""
_tok = _MORSE_TABLE.split()
UNMORSE = {_tok[i + 1]: _tok[i] for i in range(0, len(_tok), 2)}
UNCYR = {'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E',
         'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X'}
UNGRK = {'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
         'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o', 'ν': 'v'}
RVAL = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
KVAL = {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
GVAL = {'α': 1, 'β': 2, 'γ': 3, 'δ': 4, 'ε': 5, 'ϛ': 6, 'ζ': 7, 'η': 8, 'θ': 9, 'ι': 10, 'κ': 20, 'λ': 30, 'μ': 40,
        'ν': 50, 'ξ': 60, 'ο': 70, 'π': 80, 'ϟ': 90, 'ρ': 100}
PITCH = {'C': 0, 'D': 2, 'E': 4, 'F': 5, 'G': 7, 'A': 9, 'B': 11}
NUMW = {w: i for i, w in enumerate('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split())}
NUMW.update({w: 10 * (i + 2) for i, w in enumerate('twenty thirty forty fifty sixty seventy eighty ninety'.split())})


def d_tags(t):
    assert t[0] == '\U0001F3F7' and t[-1] == '\U000E007F'
    return ''.join(chr(ord(c) - 0xE0000) for c in t[1:-1])


def d_vs(t):
    assert t[0] == '\U0001F511'
    bs = []
    for c in t[1:]:
        o = ord(c)
        bs.append(o - 0xFE00 if 0xFE00 <= o <= 0xFE0F else o - 0xE0100 + 16)
    return bytes(bs).decode()


def d_zw(t):
    assert t[0] == '«' and t[-1] == '»'
    bits = ''.join({'\u200b': '0', '\u200c': '1'}[c] for c in t[1:-1])
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()


def d_spacetab(t):
    out = []
    for line in t.split('\n'):
        m = re.fullmatch(r'\[([ \t]{8})\]', line); assert m
        out.append(int(m.group(1).replace(' ', '0').replace('\t', '1'), 2))
    return bytes(out).decode()


def d_cyr(t): return ''.join(UNCYR.get(c, c) for c in t)
def d_grk(t): return ''.join(UNGRK.get(c, c) for c in t)


def d_strike(t):
    assert all(t[i] == '\u0336' for i in range(1, len(t), 2))
    return t[0::2]


def d_rlo(t):
    assert t.startswith('\u202e') and t.endswith('\u202c')
    return t[1:-1][::-1]


def d_morse(t): return ''.join(UNMORSE[x] for x in t.split(' / '))
def d_ditdah(t): return ''.join(UNMORSE[''.join('.' if s == 'dit' else '-' for s in g.split('-'))] for g in t.split(' '))


def roman_val(s):
    total = 0
    for i, c in enumerate(s):
        v = RVAL[c]
        total += -v if i + 1 < len(s) and RVAL[s[i + 1]] > v else v
    return total


def d_roman(t): return ''.join(chr(roman_val(x)) for x in t.split(' '))


def kanji_val(s):
    n = 0
    if s.startswith('百'): n += 100; s = s[1:]
    if '十' in s:
        a, s = s.split('十'); n += 10 * (KVAL[a] if a else 1)
    if s: n += KVAL[s]
    return n


def d_kanji(t): return ''.join(chr(kanji_val(x)) for x in t.split('、'))
def d_greeknum(t): return ''.join(chr(sum(GVAL[c] for c in x.rstrip('ʹ'))) for x in t.split(' '))


def d_prefix(t):
    vals = [int(x) for x in t.split(', ')]
    return ''.join(chr(b - a) for a, b in zip([0] + vals, vals))


def d_delta(t):
    parts = t.split(' '); cur = int(parts[0]); out = [chr(cur)]
    for p in parts[1:]:
        cur += int(p); out.append(chr(cur))
    return ''.join(out)


def d_sums(t): return ''.join(chr(sum(int(x) for x in g.split('+'))) for g in t.split(', '))


def d_midi(t):
    out = ''
    for n in t.split(' '):
        m = re.fullmatch(r'([A-G])(#?)(-?\d+)', n)
        out += chr(PITCH[m.group(1)] + (1 if m.group(2) else 0) + 12 * (int(m.group(3)) + 1))
    return out


def word_val(w):
    n = 0
    if w.startswith('one hundred'):
        n = 100; w = w[len('one hundred'):].strip()
    for part in w.split('-') if w else []:
        n += NUMW[part]
    return n


def d_words(t): return ''.join(chr(word_val(w)) for w in t.split(', '))


def d_prime(t):
    out = ''
    for g in t.split(', '):
        n = 1
        for f in g.split('·'):
            b, _, e = f.partition('^'); n *= int(b) ** int(e or 1)
        out += chr(n)
    return out


def d_doy(t): return ''.join(chr(datetime.date.fromisoformat(x).timetuple().tm_yday) for x in t.split(' '))


def d_clock(t):
    return ''.join(chr(int(x[:2]) * 60 + int(x[3:])) for x in t.split(' '))


DEC = {
 'unicode_tag_block_smuggling': d_tags, 'variation_selector_byte_smuggling': d_vs, 'zero_width_binary_bits': d_zw,
 'space_tab_binary_brackets': d_spacetab, 'cyrillic_homoglyph_swap': d_cyr, 'greek_homoglyph_swap': d_grk,
 'strikethrough_combining_overlay': d_strike, 'rlo_bidi_override_reversed': d_rlo,
 'itu_morse_slash_separated': d_morse, 'morse_dit_dah_syllables': d_ditdah, 'roman_numeral_codepoints': d_roman,
 'kanji_numeral_codepoints': d_kanji, 'greek_ionic_numeral_codepoints': d_greeknum,
 'prefix_sum_codepoints': d_prefix, 'delta_from_previous_codepoint': d_delta,
 'powers_of_two_sum_codepoints': d_sums, 'midi_note_name_codepoints': d_midi,
 'english_number_words_codepoints': d_words, 'zeckendorf_fibonacci_sums': d_sums,
 'prime_factorisation_codepoints': d_prime, 'day_of_year_2001_dates': d_doy,
 'clock_minutes_after_midnight': d_clock,
}

SELF_TESTS = [
 ('itu_morse_slash_separated', '.- / ----. / -...', 'a9b'),
 ('morse_dit_dah_syllables', 'dit-dah dah-dah-dah-dah-dah', 'a0'),
 ('roman_numeral_codepoints', 'LXV XCIX', 'Ac'),
 ('kanji_numeral_codepoints', '六十五、百二十二、四十八', 'Az0'),
 ('greek_ionic_numeral_codepoints', 'ξεʹ ρκβʹ', 'Az'),
 ('prefix_sum_codepoints', '65, 131', 'AB'),
 ('delta_from_previous_codepoint', '97 +1 -50', 'ab0'),
 ('powers_of_two_sum_codepoints', '64+1, 32+16', 'A0'),
 ('midi_note_name_codepoints', 'C4 A4 C#7', '<Ea'),
 ('english_number_words_codepoints', 'sixty-five, one hundred twenty-two, forty-eight', 'Az0'),
 ('zeckendorf_fibonacci_sums', '55+8+2, 34+13+1', 'A0'),
 ('prime_factorisation_codepoints', '5·13, 2^4·3', 'A0'),
 ('day_of_year_2001_dates', '2001-03-06 2001-02-17', 'A0'),
 ('clock_minutes_after_midnight', '01:05 00:48', 'A0'),
 ('rlo_bidi_override_reversed', '\u202ecba\u202c', 'abc'),
 ('zero_width_binary_bits', '«' + ''.join('\u200b' if b == '0' else '\u200c' for b in '01000001') + '»', 'A'),
 ('unicode_tag_block_smuggling', '\U0001F3F7\U000E0048\U000E0069\U000E007F', 'Hi'),
 ('variation_selector_byte_smuggling', '\U0001F511\U000E0131', 'A'),
]


def self_test():
    for enc, coded, want in SELF_TESTS:
        got = DEC[enc](coded)
        assert got == want, (enc, coded, got, want)
    return len(SELF_TESTS)
