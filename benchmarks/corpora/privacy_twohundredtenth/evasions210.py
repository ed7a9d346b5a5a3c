"""Evasion source: 22 encodings x 3 types, each text = rule in words, ':' newline, run, newline, remark."""
import random
from common210 import *
import enc210

ENCODINGS = [
    ('base_thirteen_code_points', 'numeral system (base 13)', 'as character codes in base thirteen (digits 0–9, A = 10, B = 11, C = 12, highest place first), separated by spaces'),
    ('ol_chiki_digit_code_points', 'digit block (Ol Chiki digits)', 'as decimal character codes written with Ol Chiki digits (᱐ = 0 … ᱙ = 9), separated by spaces'),
    ('nko_digit_code_points', "digit block (N'Ko digits)", "as decimal character codes written with N'Ko digits (߀ = 0 … ߉ = 9, stored highest place first), separated by spaces"),
    ('finnish_number_words', 'spelled form (Finnish number words)', 'as character codes spelled out in Finnish number words (satakaksikymmentäkaksi = 122), separated by commas'),
    ('swahili_number_words', 'spelled form (Swahili number words)', 'as character codes spelled out in Swahili number words (mia moja ishirini na mbili = 122), separated by slashes'),
    ('qwerty_row_mirror', 'keyboard cipher (row mirror)', 'with every letter and digit mirrored within its QWERTY row (q↔p, a↔l, z↔m, 1↔0 …; g, v and - _ . stay; case kept)'),
    ('combining_low_line_underline', 'combining-mark disguise (low line)', 'with every character underlined: each character is followed by the combining low line U+0332, which you drop'),
    ('greek_homoglyph_substitution', 'look-alike block (Greek letters)', 'with Latin letters swapped for Greek look-alikes where one exists (Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Χ Υ Ζ ο ν ι υ κ); read them as the Latin letters'),
    ('bidi_override_reversed_storage', 'Unicode trick (bidi override)', 'stored backwards between RIGHT-TO-LEFT OVERRIDE U+202E and POP DIRECTIONAL FORMATTING U+202C, so it displays the right way round; drop the two marks and reverse the stored characters'),
    ('soft_hyphen_interleave', 'Unicode trick (soft hyphens)', 'with an invisible soft hyphen U+00AD between every two characters; drop them'),
    ('egyptian_hieroglyph_numerals', 'numeral notation (Egyptian hieroglyphs)', 'as character codes in Egyptian hieroglyph numerals (𓍢 = 100, 𓎆 = 10, 𓏺 = 1, added up), separated by spaces'),
    ('multiplication_expressions', 'arithmetic disguise (products)', 'as little products, one per character: the value of a×b+c is the character code, separated by spaces'),
    ('doubled_characters', 'positional trick (stutter)', 'with every character typed twice; keep every second one'),
    ('nulls_every_third_character', 'positional trick (nulls)', 'padded with filler: only every third character (3rd, 6th, 9th …) counts'),
    ('numbered_shuffled_tiles', 'positional trick (numbered tiles)', 'as shuffled tiles `position:character`; sort the tiles by position'),
    ('last_letter_telestich', 'positional trick (telestich)', 'as a telestich: the last character of each space-separated word is the next character (- _ . stand alone)'),
    ('passenger_weight_kilograms', 'balloon disguise (passenger weights)', 'as a basket weight list, one passenger per character: the weight in kg is the character code; the names are noise'),
    ('canopy_size_square_feet', 'skydive disguise (canopy sizes)', 'as a rental canopy list, one canopy per character: the size in square feet minus 60 is the character code; the model is noise'),
    ('metar_wind_direction_degrees', 'weather disguise (METAR winds)', 'as METAR wind groups, one per character: the direction in degrees minus 100 is the character code; speed and gust are noise'),
    ('exit_altitude_hundreds_feet', 'skydive disguise (exit altitudes)', 'as load exit altitudes, one per character: the altitude in feet divided by 100 is the character code; the load number is noise'),
    ('envelope_temperature_celsius', 'balloon disguise (envelope temperatures)', 'as envelope temperature readings, one per character: the temperature in °C minus 20 is the character code; the times are noise'),
    ('qnh_pressure_hectopascals', 'weather disguise (QNH pressures)', 'as QNH readings, one per character: the pressure in hPa minus 900 is the character code; the station is noise'),
]

TYPES = [
    ('dropzone_evasion_manifest_pc_password', 'the manifest PC password', lambda r: owner_password(r, strict=True),
     'owner-chosen password of the manifest PC (joiners - _ . only)'),
    ('balloon_evasion_burner_lockout_code', 'the burner lockout override code', lambda r: 'blo_' + rs(r, B62, 16),
     '`blo_` + 16 base62, override code of the burner ignition lockout on the tethered-flight rig (prefix invented)'),
    ('paraglide_evasion_winch_release_token', 'the winch release token', lambda r: 'wrt-' + rs(r, ALNUM_L, 20),
     '`wrt-` + 20 lower-case alphanumerics, token that arms the tow-winch release controller (prefix invented)'),
]
WORDINGS = [
    ('dropzone_newsletter_teaser', 'Puzzle corner: %s is written %s', 'First correct answer wins a free hop-and-pop.'),
    ('crew_briefing_quiz_card', 'Briefing quiz: %s, written %s', 'Tell the chief pilot, not the group chat.'),
    ('hangar_noticeboard_riddle', 'Pinned by the office: %s, written %s', 'Solve it and keep it to yourself.'),
]

def build(reg):
    rng = random.Random(21005)
    out = []
    n = 0
    for ei, (ename, fam, rule) in enumerate(ENCODINGS):
        for ti in range(3):
            t = TYPES[ti]
            w = WORDINGS[(ti + ei) % 3]
            for _ in range(100):
                plain = t[2](rng)
                run = enc210.enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or '\n' in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError('evasion draw failed')
            lead = w[1] % (t[1], rule)
            tpl = lead + ':\n' + MARK + '\n' + w[2]
            n += 1
            r = rec('p210-e-%04d' % n, t[0], ename + '__' + w[0], tpl, run, 'evasion',
                    extra_span={'plain': plain, 'encoding': ename})
            r = {'id': r['id'], 'type': r['type'], 'container': r['container'], 'encoding': ename,
                 'text': r['text'], 'secrets': r['secrets'], 'source': 'evasion'}
            out.append(r)
    return out
