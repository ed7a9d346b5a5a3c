"""Evasion encoders (the decoder lives in dec147.py and is written separately)."""
import random
from gen147 import *

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
         'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.',
         's': '...', 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..',
         '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....',
         '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-', '_': '..--.-'}


def roman(n):
    vals = [(100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, sym in vals:
        while n >= v:
            out += sym
            n -= v
    return out


def rail3(p):
    rails = ['', '', '']
    r, d = 0, 1
    for ch in p:
        rails[r] += ch
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    return '|'.join(rails)


def b58(p):
    n = int.from_bytes(p.encode(), 'big')
    out = ''
    while n:
        n, m = divmod(n, 58)
        out = B58[m] + out
    return out


def bold(ch):
    if 'A' <= ch <= 'Z':
        return chr(0x1D400 + ord(ch) - 65)
    if 'a' <= ch <= 'z':
        return chr(0x1D41A + ord(ch) - 97)
    if '0' <= ch <= '9':
        return chr(0x1D7CE + ord(ch) - 48)
    return ch


def circled(ch):
    if 'A' <= ch <= 'Z':
        return chr(0x24B6 + ord(ch) - 65)
    if 'a' <= ch <= 'z':
        return chr(0x24D0 + ord(ch) - 97)
    if ch == '0':
        return '\u24ea'
    if '1' <= ch <= '9':
        return chr(0x2460 + ord(ch) - 49)
    return ch


def caesar3(ch):
    if ch.isupper():
        return chr((ord(ch) - 65 + 3) % 26 + 65)
    if ch.islower():
        return chr((ord(ch) - 97 + 3) % 26 + 97)
    if ch.isdigit():
        return str((int(ch) + 3) % 10)
    return ch


# name -> (rule text, encoder)
E = {
    'waypoint_latitude_fraction_digits': ('as waypoint latitudes, one per character, written 52.1NNN where NNN is the three-digit code point, separated by spaces',
                                          lambda p: ' '.join('52.1%03d' % ord(c) for c in p)),
    'altitude_feet_tenfold_code_points': ('as altitudes ALT<n>ft, one per character, where n divided by ten is the code point, separated by " / "',
                                          lambda p: ' / '.join('ALT%dft' % (ord(c) * 10) for c in p)),
    'compass_heading_code_points': ('as compass headings HDGnnn, one per character, where the heading in degrees is the code point',
                                    lambda p: ' '.join('HDG%03d' % ord(c) for c in p)),
    'rc_channel_pwm_offset_thousand': ('as RC channel pulse widths in microseconds, one per character, where the width minus 1000 is the code point, comma-separated',
                                       lambda p: ','.join('%dus' % (1000 + ord(c)) for c in p)),
    'battery_cell_millivolt_offset': ('as battery cell readings in mV, one per character, where the reading minus 3000 is the code point',
                                      lambda p: ' '.join('%dmV' % (3000 + ord(c)) for c in p)),
    'transponder_squawk_octal': ('as transponder squawk codes, one per character, each the code point written in octal with four digits',
                                 lambda p: ', '.join('squawk %04o' % ord(c) for c in p)),
    'morse_with_caret_capitals': ('in Morse code, one group per character separated by spaces, with ^ in front of the group of a capital letter',
                                  lambda p: ' '.join(('^' if c.isupper() else '') + MORSE[c.lower()] for c in p)),
    'rail_fence_three_rails_piped': ('as a rail fence on three rails (zig-zag down and up), the three rails written one after the other separated by |',
                                     rail3),
    'json_backslash_u_escapes': ('as JSON \\uXXXX escapes, four lower-case hex digits per character',
                                 lambda p: ''.join('\\u%04x' % ord(c) for c in p)),
    'backslash_x_byte_escapes': ('as \\xHH byte escapes with lower-case hex, one per UTF-8 byte',
                                 lambda p: ''.join('\\x%02x' % b for b in p.encode())),
    'even_positions_then_odd': ('as the characters at even positions (0, 2, 4 ...) first, then " / ", then those at odd positions',
                                lambda p: p[0::2] + ' / ' + p[1::2]),
    'math_bold_alphanumeric_symbols': ('in mathematical bold letters and digits (U+1D400 block); - _ . unchanged',
                                       lambda p: ''.join(bold(c) for c in p)),
    'enclosed_circled_alphanumerics': ('in circled letters and digits (U+24B6 for A, U+24D0 for a, U+2460 for 1, U+24EA for 0); - _ . unchanged',
                                       lambda p: ''.join(circled(c) for c in p)),
    'roman_numeral_code_points_slashed': ('as code points in Roman numerals, one per character, separated by /',
                                          lambda p: '/'.join(roman(ord(c)) for c in p)),
    'combining_low_line_after_each': ('with a combining low line (U+0332) after every character; delete those marks',
                                      lambda p: ''.join(c + '\u0332' for c in p)),
    'base58_bitcoin_alphabet_integer': ('in Base58 with the Bitcoin alphabet (123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz), reading the UTF-8 bytes as one big-endian number',
                                        b58),
    'caesar_plus_three_letters_digits': ('with a Caesar shift of three: letters moved three places forward within their case, digits three forward mod 10, - _ . unchanged',
                                         lambda p: ''.join(caesar3(c) for c in p)),
    'nibble_swapped_hex_bytes': ('as hex bytes with the two hex digits of every byte swapped (low nibble first), space-separated',
                                 lambda p: ' '.join(('%02x' % b)[::-1] for b in p.encode())),
    'rssi_negative_dbm_code_points': ('as signal strengths -NNdBm, one per character, where the number without the minus sign is the code point',
                                      lambda p: ' '.join('-%ddBm' % ord(c) for c in p)),
    'colon_joined_hex_pairs': ('as lower-case hex bytes joined by colons, like a long MAC address',
                               lambda p: ':'.join('%02x' % b for b in p.encode())),
    'triplets_each_reversed': ('in groups of three characters from the left, each group written backwards, groups separated by spaces',
                               lambda p: ' '.join(p[i:i + 3][::-1] for i in range(0, len(p), 3))),
    'groundspeed_knots_tenths': ('as groundspeeds in knots with one decimal, one per character, where the speed times ten is the code point',
                                 lambda p: ' '.join('%.1fkt' % (ord(c) / 10) for c in p)),
}

TYPES = [('uav_evasion_gcs_admin_password', 'ground-station admin password', owner_pw),
         ('uav_evasion_link_hex_key', 'telemetry link key', lambda r: hexs(r, 24)),
         ('uav_evasion_dispatch_token', 'dispatch API token', lambda r: 'dsp_' + s(r, ALNUM, 20))]
WORDINGS = [('hangar_whiteboard_puzzle', 'Hangar whiteboard, bottom corner - the {D} is written {R}:\n{RUN}\n(wiped Friday)'),
            ('pilot_group_chat_riddle', 'pilot chat > so nobody shoulder-surfs, the {D} is written {R}:\n{RUN}\ndecode it yourself'),
            ('flight_briefing_slide_footnote', 'Briefing slide 14 footnote: the {D} is written {R}:\n{RUN}\nsee ops lead for questions')]


def build(seed=14705):
    rng = random.Random(seed)
    out = []
    for ei, (name, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            tname, desc, g = TYPES[(ei + j) % 3]
            wname, w = WORDINGS[j]
            while True:
                p = g(rng)
                run = f(p)
                if p not in run:
                    break
            pre = w.split('{RUN}')[0].replace('{D}', desc).replace('{R}', rule)
            post = w.split('{RUN}')[1]
            text = pre + run + post
            a = len(pre)
            out.append({'type': tname, 'container': wname + '__' + name, 'encoding': name, 'text': text,
                        'secrets': [{'value': run, 'start': a, 'end': a + len(run), 'type': tname,
                                     'plain': p, 'encoding': name}], 'source': 'evasion', '_rule': rule})
    return out
