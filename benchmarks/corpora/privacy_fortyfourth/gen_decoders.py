"""Decoders written independently of gen_encodings: each gets (text_before_span, run) and returns the plain."""
import re

NAMES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
ABC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _letters(c, f):
    if "a" <= c <= "z":
        return chr(ord("a") + f(ord(c) - 97) % 26)
    if "A" <= c <= "Z":
        return chr(ord("A") + f(ord(c) - 65) % 26)
    return c


def d_hex_colour(before, run):
    data = bytes.fromhex("".join(t.lstrip("#") for t in run.split()))
    return data.rstrip(b"\x00").decode()


def d_midi(before, run):
    out = ""
    for tok in run.split():
        m = re.fullmatch(r"([A-G]#?)(-?\d+)", tok)
        out += chr(NAMES[m.group(1)] + 12 * (int(m.group(2)) + 1))
    return out


def d_smpte(before, run):
    fps = int(re.search(r"at (\d+) fps", before).group(1))
    out = ""
    for tok in run.split():
        h, m, s, f = map(int, tok.split(":"))
        out += chr(((h * 60 + m) * 60 + s) * fps + f)
    return out


def d_feet(before, run):
    per = int(re.search(r"(\d+) frames to the foot", before).group(1))
    return "".join(chr(int(a) * per + int(b)) for a, b in (t.split("+") for t in run.split()))


def d_daw(before, run):
    out = ""
    for tok in run.split():
        bar, beat, six = map(int, tok.split("."))
        out += chr((bar - 1) * 16 + (beat - 1) * 4 + (six - 1))
    return out


def d_playlist(before, run):
    return "".join(chr(int(m) * 60 + int(s)) for m, s in re.findall(r"\d\d\. (\d+):(\d\d)", run))


def d_affine(before, run):
    a, b = map(int, re.search(r"\((\d+)x \+ (\d+)\) mod 26", before).groups())
    inv = next(i for i in range(26) if (a * i) % 26 == 1)
    return "".join(_letters(c, lambda y: inv * (y - b)) for c in run)


def d_beaufort(before, run):
    kw = re.search(r"keyword ([A-Z]+)", before).group(1)
    out, i = "", 0
    for c in run:
        if c.isascii() and c.isalpha():
            k = ABC.index(kw[i % len(kw)]); i += 1
            out += _letters(c, lambda y: k - y)
        else:
            out += c
    return out


def d_trithemius(before, run):
    s = int(re.search(r"starting at (\d+)", before).group(1))
    out, i = "", 0
    for c in run:
        if c.isascii() and c.isalpha():
            out += _letters(c, lambda y: y - s - i); i += 1
        else:
            out += c
    return out


def d_atbash(before, run):
    out = ""
    for c in run:
        if c.isdigit():
            out += "9876543210"[int(c)]
        else:
            out += _letters(c, lambda y: 25 - y)
    return out


def d_balanced(before, run):
    out = ""
    for tok in run.split():
        n = 0
        for ch in tok:
            n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
        out += chr(n)
    return out


def d_negabinary(before, run):
    out = ""
    for tok in run.split():
        out += chr(sum(int(d) * (-2) ** i for i, d in enumerate(reversed(tok))))
    return out


def d_factoradic(before, run):
    out = ""
    for tok in run.split():
        ds = list(map(int, tok.split(":")))
        n, fact = 0, [120, 24, 6, 2, 1, 1]
        for d, f in zip(ds, fact):
            n += d * f
        out += chr(n)
    return out


def d_excess3(before, run):
    out = ""
    for tok in run.split():
        digits = [int(tok[i:i + 4], 2) - 3 for i in range(0, 12, 4)]
        out += chr(digits[0] * 100 + digits[1] * 10 + digits[2])
    return out


def d_gray(before, run):
    out = ""
    for tok in run.split():
        g = int(tok, 2); b = 0
        while g:
            b ^= g; g >>= 1
        out += chr(b)
    return out


def d_xor(before, run):
    k = int(re.search(r"with 0x([0-9A-F]{2})", before).group(1), 16)
    return bytes(b ^ k for b in bytes.fromhex(run)).decode()


def d_nibble(before, run):
    return "".join(chr(int(run[i + 1] + run[i], 16)) for i in range(0, len(run), 2))


def d_bitrev(before, run):
    return "".join(chr(int(t[::-1], 2)) for t in run.split())


def d_ones(before, run):
    return "".join(chr(0xFF - int(run[i:i + 2], 16)) for i in range(0, len(run), 2))


def d_evenodd(before, run):
    ev, od = run.split(" / ")
    out = []
    for i in range(len(ev) + len(od)):
        out.append(ev[i // 2] if i % 2 == 0 else od[i // 2])
    return "".join(out)


def d_halves(before, run):
    second, first = run.split("|")
    return first + second


def d_revrot(before, run):
    return "".join(_letters(c, lambda y: y - 13) for c in run)[::-1]


DEC = {"hex_colour_swatches": d_hex_colour, "midi_note_names": d_midi, "smpte_timecode_25fps": d_smpte, "film_feet_frames_35mm": d_feet,
       "daw_bar_beat_sixteenth": d_daw, "playlist_track_durations": d_playlist, "affine_cipher_stated_keys": d_affine,
       "beaufort_keyword_cipher": d_beaufort, "trithemius_progressive_shift": d_trithemius, "atbash_letters_digits": d_atbash,
       "balanced_ternary_digits": d_balanced, "negabinary_digits": d_negabinary, "factoradic_digits": d_factoradic,
       "excess_three_bcd_nibbles": d_excess3, "gray_code_bytes_binary": d_gray, "xor_key_byte_hex": d_xor, "nibble_swapped_hex": d_nibble,
       "bit_reversed_bytes": d_bitrev, "ones_complement_hex": d_ones, "even_odd_position_split": d_evenodd, "halves_swapped": d_halves,
       "reversed_rot13_combo": d_revrot}

# hand-worked known answers for plain "Hi7" (H=72, i=105, 7=55)
KAT = {
    "hex_colour_swatches": ("", "#486937"),
    "midi_note_names": ("", "C5 A7 G3"),
    "smpte_timecode_25fps": ("at 25 fps", "00:00:02:22 00:00:04:05 00:00:02:05"),
    "film_feet_frames_35mm": ("16 frames to the foot", "4+08 6+09 3+07"),
    "daw_bar_beat_sixteenth": ("", "5.3.1 7.3.2 4.2.4"),
    "playlist_track_durations": ("", "01. 1:12, 02. 1:45, 03. 0:55"),
    "affine_cipher_stated_keys": ("E(x) = (5x + 8) mod 26", "Rw7"),
    "atbash_letters_digits": ("", "Sr2"),
    "xor_key_byte_hex": ("with 0x20", "684917"),
    "ones_complement_hex": ("", "B796C8"),
    "nibble_swapped_hex": ("", "849673"),
    "reversed_rot13_combo": ("", "7vU"),
    "halves_swapped": ("", "i7|H"),
    "even_odd_position_split": ("", "H7 / i"),
}


def self_test():
    for name, (before, run) in KAT.items():
        got = DEC[name](before, run)
        assert got == "Hi7", (name, got)
    return len(KAT)
