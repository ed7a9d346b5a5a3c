"""Encoders for the 22 evasion encodings (decoders live separately in gen_decoders.py)."""
import datetime

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', '0': '-----', '1': '.----',
         '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.'}
CYR = dict(zip('aceopxyABCEHKMOPTX', 'асеорхуАВСЕНКМОРТХ'))
GRK = dict(zip('ABEZHIKMNOPTYXov', 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧον'))
ROMAN = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
KANJI_D = '〇一二三四五六七八九'
GR_U = ' αβγδεϛζηθ'; GR_T = ' ικλμνξοπϟ'
NOTE = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B']
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
        'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def e_tags(s): return '\U0001F3F7' + ''.join(chr(0xE0000 + ord(c)) for c in s) + chr(0xE007F)


def e_vs(s):
    out = '\U0001F511'
    for b in s.encode():
        out += chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16)
    return out


def e_zw(s):
    return '«' + ''.join(''.join('\u200b' if bit == '0' else '\u200c' for bit in format(b, '08b')) for b in s.encode()) + '»'


def e_spacetab(s):
    return '\n'.join('[' + format(b, '08b').replace('0', ' ').replace('1', '\t') + ']' for b in s.encode())


def e_cyr(s): return ''.join(CYR.get(c, c) for c in s)
def e_grk(s): return ''.join(GRK.get(c, c) for c in s)
def e_strike(s): return ''.join(c + '\u0336' for c in s)
def e_rlo(s): return '\u202e' + s[::-1] + '\u202c'
def e_morse(s): return ' / '.join(MORSE[c] for c in s)
def e_ditdah(s): return ' '.join('-'.join('dit' if x == '.' else 'dah' for x in MORSE[c]) for c in s)


def roman(n):
    out = ''
    for v, sym in ROMAN:
        while n >= v:
            out += sym; n -= v
    return out


def e_roman(s): return ' '.join(roman(ord(c)) for c in s)


def kanji(n):
    h, rest = divmod(n, 100); t, u = divmod(rest, 10)
    out = ('百' if h == 1 else '') + ((KANJI_D[t] if t > 1 else '') + '十' if t else '') + (KANJI_D[u] if u else '')
    return out


def e_kanji(s): return '、'.join(kanji(ord(c)) for c in s)


def greek(n):
    h, rest = divmod(n, 100); t, u = divmod(rest, 10)
    return ('ρ' if h else '') + (GR_T[t] if t else '') + (GR_U[u] if u else '') + 'ʹ'


def e_greeknum(s): return ' '.join(greek(ord(c)) for c in s)


def e_prefix(s):
    acc, out = 0, []
    for c in s:
        acc += ord(c); out.append(str(acc))
    return ', '.join(out)


def e_delta(s):
    out = [str(ord(s[0]))]
    for a, b in zip(s, s[1:]):
        d = ord(b) - ord(a); out.append(('+' if d >= 0 else '') + str(d))
    return ' '.join(out)


def e_pow2(s):
    return ', '.join('+'.join(str(1 << i) for i in range(7, -1, -1) if ord(c) >> i & 1) for c in s)


def e_midi(s): return ' '.join(NOTE[ord(c) % 12] + str(ord(c) // 12 - 1) for c in s)


def words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    return 'one hundred' + (' ' + words(n - 100) if n > 100 else '')


def e_words(s): return ', '.join(words(ord(c)) for c in s)


def zeck(n):
    fib = [1, 2]
    while fib[-1] < 200: fib.append(fib[-1] + fib[-2])
    out = []
    for f in reversed(fib):
        if f <= n: out.append(str(f)); n -= f
    return '+'.join(out)


def e_zeck(s): return ', '.join(zeck(ord(c)) for c in s)


def factor(n):
    out, p = [], 2
    while n > 1:
        k = 0
        while n % p == 0: n //= p; k += 1
        if k: out.append(str(p) + ('^' + str(k) if k > 1 else ''))
        p += 1
    return '·'.join(out)


def e_prime(s): return ', '.join(factor(ord(c)) for c in s)


def e_doy(s): return ' '.join((datetime.date(2001, 1, 1) + datetime.timedelta(days=ord(c) - 1)).isoformat() for c in s)
def e_clock(s): return ' '.join('%02d:%02d' % divmod(ord(c), 60) for c in s)


ENC = {
 'unicode_tag_block_smuggling': e_tags,
 'variation_selector_byte_smuggling': e_vs,
 'zero_width_binary_bits': e_zw,
 'space_tab_binary_brackets': e_spacetab,
 'cyrillic_homoglyph_swap': e_cyr,
 'greek_homoglyph_swap': e_grk,
 'strikethrough_combining_overlay': e_strike,
 'rlo_bidi_override_reversed': e_rlo,
 'itu_morse_slash_separated': e_morse,
 'morse_dit_dah_syllables': e_ditdah,
 'roman_numeral_codepoints': e_roman,
 'kanji_numeral_codepoints': e_kanji,
 'greek_ionic_numeral_codepoints': e_greeknum,
 'prefix_sum_codepoints': e_prefix,
 'delta_from_previous_codepoint': e_delta,
 'powers_of_two_sum_codepoints': e_pow2,
 'midi_note_name_codepoints': e_midi,
 'english_number_words_codepoints': e_words,
 'zeckendorf_fibonacci_sums': e_zeck,
 'prime_factorisation_codepoints': e_prime,
 'day_of_year_2001_dates': e_doy,
 'clock_minutes_after_midnight': e_clock,
}

PHRASE = {
 'unicode_tag_block_smuggling': 'hidden in invisible Unicode tag characters after the 🏷 label (each tag character U+E0020–U+E007E is the ASCII character plus 0xE0000; U+E007F ends it)',
 'variation_selector_byte_smuggling': 'smuggled as variation selectors after the 🔑 emoji (VS1–VS16 = bytes 0–15, VS17–VS256 = bytes 16–255, UTF-8)',
 'zero_width_binary_bits': 'as zero-width binary between the « » marks (U+200B = 0, U+200C = 1, 8 bits per byte, most significant first)',
 'space_tab_binary_brackets': 'as whitespace binary, one byte per bracketed line (space = 0, tab = 1, most significant bit first)',
 'cyrillic_homoglyph_swap': 'with look-alike Cyrillic letters swapped in for some Latin ones (map them back to Latin)',
 'greek_homoglyph_swap': 'with look-alike Greek capitals (and ο, ν) swapped in for Latin letters (map them back)',
 'strikethrough_combining_overlay': 'struck through with the combining long stroke overlay U+0336 after every character (drop the overlays)',
 'rlo_bidi_override_reversed': 'stored backwards behind a right-to-left override U+202E … U+202C, so it only looks right on screen (reverse the stored characters)',
 'itu_morse_slash_separated': 'in International Morse code, characters separated by slashes',
 'morse_dit_dah_syllables': 'as spoken Morse, dit and dah syllables joined by hyphens, characters separated by spaces',
 'roman_numeral_codepoints': 'as Roman numerals, one per character code point (space-separated)',
 'kanji_numeral_codepoints': 'as Japanese kanji numerals, one per character code point (separated by 、)',
 'greek_ionic_numeral_codepoints': 'as Greek alphabetic (Ionic) numerals with keraia, one per character code point',
 'prefix_sum_codepoints': 'as running totals of the character code points (subtract each total from the next)',
 'delta_from_previous_codepoint': 'as the first code point and then the difference to the previous character code',
 'powers_of_two_sum_codepoints': 'as sums of powers of two, one sum per character code point',
 'midi_note_name_codepoints': 'as MIDI note names, one note per character code point (C4 = 60, sharps only)',
 'english_number_words_codepoints': 'as character code points written out in English words',
 'zeckendorf_fibonacci_sums': 'as Zeckendorf sums of Fibonacci numbers, one sum per character code point',
 'prime_factorisation_codepoints': 'as prime factorisations of the character code points (· between factors, ^ for powers)',
 'day_of_year_2001_dates': 'as dates in 2001 whose day of the year is the character code point',
 'clock_minutes_after_midnight': 'as clock times whose minutes after midnight are the character code points',
}
MULTILINE = {'space_tab_binary_brackets'}
LOWER_ONLY = {'itu_morse_slash_separated', 'morse_dit_dah_syllables'}
