"""Encoders: each returns (naming_phrase, encoded_run). rng supplies per-record keys."""
import string

NOTE = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
LOW, UP = string.ascii_lowercase, string.ascii_uppercase


def _shift_letter(ch, f):
    if ch in LOW:
        return LOW[f(LOW.index(ch)) % 26]
    if ch in UP:
        return UP[f(UP.index(ch)) % 26]
    return ch


def hex_colour_swatches(p, r):
    b = p.encode() + b"\x00" * (-len(p) % 3)
    return ("as hex colour swatches (three ASCII bytes per #RRGGBB colour, the last colour padded with 00)",
            " ".join("#" + b[i:i + 3].hex().upper() for i in range(0, len(b), 3)))


def midi_note_names(p, r):
    return ("as MIDI note names, one note per character (the note number is the character code, C4 = 60, sharps written #)",
            " ".join(NOTE[ord(c) % 12] + str(ord(c) // 12 - 1) for c in p))


def smpte_timecode_25fps(p, r):
    def tc(n):
        f = n % 25; s = n // 25
        return "00:%02d:%02d:%02d" % (s // 60, s % 60, f)
    return ("as SMPTE timecodes at 25 fps, one per character (the total frame count of each timecode is the character code)",
            " ".join(tc(ord(c)) for c in p))


def film_feet_frames_35mm(p, r):
    return ("as 35 mm feet+frames counts, 16 frames to the foot, one per character (total frames = character code)",
            " ".join("%d+%02d" % divmod(ord(c), 16) for c in p))


def daw_bar_beat_sixteenth(p, r):
    def pos(n):
        return "%d.%d.%d" % (n // 16 + 1, (n % 16) // 4 + 1, n % 4 + 1)
    return ("as DAW positions bar.beat.sixteenth in 4/4 counted from 1.1.1, one per character (sixteenths after 1.1.1 = character code)",
            " ".join(pos(ord(c)) for c in p))


def playlist_track_durations(p, r):
    return ("as the running times of a playlist, one track per character (track length in seconds = character code)",
            ", ".join("%02d. %d:%02d" % (i + 1, ord(c) // 60, ord(c) % 60) for i, c in enumerate(p)))


def affine_cipher_stated_keys(p, r):
    a = r.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25]); b = r.randint(1, 25)
    return ("with the affine cipher E(x) = (%dx + %d) mod 26 on letters (A = 0, case kept; digits, - and _ unchanged)" % (a, b),
            "".join(_shift_letter(c, lambda x: a * x + b) for c in p))


def beaufort_keyword_cipher(p, r):
    kw = r.choice(["CUTAWAY", "REELS", "JINGLE", "STORYBOARD", "VOICEOVER", "TEASER"])
    out, i = [], 0
    for c in p:
        if c.isascii() and c.isalpha():
            k = UP.index(kw[i % len(kw)]); i += 1
            out.append(_shift_letter(c, lambda x: k - x))
        else:
            out.append(c)
    return ("with the Beaufort cipher, keyword %s (each letter becomes key minus letter mod 26; the key advances on letters only, case kept, digits, - and _ unchanged)" % kw, "".join(out))


def trithemius_progressive_shift(p, r):
    s = r.randint(1, 9); out, i = [], 0
    for c in p:
        if c.isascii() and c.isalpha():
            out.append(_shift_letter(c, lambda x: x + s + i)); i += 1
        else:
            out.append(c)
    return ("with a Trithemius progressive shift starting at %d (the first letter moves %d places forward, the next letter one more, and so on; case kept, digits, - and _ unchanged)" % (s, s), "".join(out))


def atbash_letters_digits(p, r):
    def f(c):
        if c in LOW: return LOW[25 - LOW.index(c)]
        if c in UP: return UP[25 - UP.index(c)]
        if c.isdigit(): return str(9 - int(c))
        return c
    return ("in Atbash (A and Z swap, B and Y … case kept; digits mirrored too, 0 and 9, 1 and 8 …; - and _ unchanged)", "".join(f(c) for c in p))


def _bt(n):
    s = ""
    while n:
        d = n % 3
        if d == 2:
            s = "-" + s; n = n // 3 + 1
        else:
            s = ("+" if d == 1 else "0") + s; n //= 3
    return s


def balanced_ternary_digits(p, r):
    return ("as balanced-ternary numbers, one per character (digit + is 1, 0 is 0, - is minus 1, most significant first, the number is the character code)",
            " ".join(_bt(ord(c)) for c in p))


def _nb(n):
    s = ""
    while n:
        n, d = divmod(n, -2)
        if d < 0:
            n, d = n + 1, d + 2
        s = str(d) + s
    return s


def negabinary_digits(p, r):
    return ("in negabinary (base minus 2), one number per character, most significant digit first", " ".join(_nb(ord(c)) for c in p))


def factoradic_digits(p, r):
    def f(n):
        ds = []
        for k in (120, 24, 6, 2, 1):
            ds.append(n // k); n %= k
        return ":".join(map(str, ds + [0]))
    return ("in the factorial number system, one number per character (digits for 5!, 4!, 3!, 2!, 1!, 0! separated by colons)", " ".join(f(ord(c)) for c in p))


def excess_three_bcd_nibbles(p, r):
    return ("in excess-3 BCD (each character code as three decimal digits, each digit plus 3 written as a 4-bit group)",
            " ".join("".join(format(int(d) + 3, "04b") for d in "%03d" % ord(c)) for c in p))


def gray_code_bytes_binary(p, r):
    return ("as reflected Gray code, one 8-bit group per character (the Gray code of the character code)",
            " ".join(format(ord(c) ^ (ord(c) >> 1), "08b") for c in p))


def xor_key_byte_hex(p, r):
    k = r.randint(0x21, 0x7E)
    return ("XOR-ed byte by byte with 0x%02X and then written in hex" % k, "".join("%02x" % (ord(c) ^ k) for c in p))


def nibble_swapped_hex(p, r):
    return ("in hex with the two nibbles of every byte swapped (0x48 is written 84)", "".join("%x%x" % (ord(c) & 15, ord(c) >> 4) for c in p))


def bit_reversed_bytes(p, r):
    return ("as bytes with their bit order reversed (least significant bit written first), 8 bits per group",
            " ".join(format(ord(c), "08b")[::-1] for c in p))


def ones_complement_hex(p, r):
    return ("as the ones' complement of every byte in hex (each byte is FF minus the character code)", "".join("%02X" % (255 - ord(c)) for c in p))


def even_odd_position_split(p, r):
    return ("split by position: first the characters at even positions (0, 2, 4 …), then ' / ', then the characters at odd positions",
            p[0::2] + " / " + p[1::2])


def halves_swapped(p, r):
    h = len(p) // 2
    return ("with its two halves swapped (the second half comes first, then '|', then the first half)", p[h:] + "|" + p[:h])


def reversed_rot13_combo(p, r):
    return ("written backwards and then ROT13-ed (letters moved 13 places, case kept, digits, - and _ unchanged)",
            "".join(_shift_letter(c, lambda x: x + 13) for c in p[::-1]))


ENC = {f.__name__: f for f in [hex_colour_swatches, midi_note_names, smpte_timecode_25fps, film_feet_frames_35mm, daw_bar_beat_sixteenth,
       playlist_track_durations, affine_cipher_stated_keys, beaufort_keyword_cipher, trithemius_progressive_shift, atbash_letters_digits,
       balanced_ternary_digits, negabinary_digits, factoradic_digits, excess_three_bcd_nibbles, gray_code_bytes_binary, xor_key_byte_hex,
       nibble_swapped_hex, bit_reversed_bytes, ones_complement_hex, even_odd_position_split, halves_swapped, reversed_rot13_combo]}
