"""Independent evasion decoder: gets only the encoding name and the run.

Written separately from enc189 and importing nothing from it; no base64, binascii or codecs."""
import re
import unicodedata


def _atbash(run):
    out = ""
    for ch in run:
        o = ord(ch)
        if 97 <= o <= 122:
            out += chr(97 + 122 - o)
        elif 65 <= o <= 90:
            out += chr(65 + 90 - o)
        elif 48 <= o <= 57:
            out += chr(48 + 57 - o)
        else:
            out += ch
    return out


def _polybius(run):
    grid = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(48, 58)]
    out = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out += tok
            continue
        cap = tok.startswith("^")
        t = tok.lstrip("^")
        ch = grid[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
        out += ch if (cap or ch.isdigit()) else ch.lower()
    return out


def _a1z26(run):
    out = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out += tok
        elif tok.startswith("#"):
            out += tok[1:]
        elif tok.startswith("^"):
            out += chr(64 + int(tok[1:]))
        else:
            out += chr(96 + int(tok))
    return out


def _octal(run):
    return "".join(chr(int(t, 8)) for t in run.split())


def _zeck(run):
    fib = [1, 2]
    while len(fib) < 12:
        fib.append(fib[-1] + fib[-2])
    out = ""
    for t in run.split():
        total = 0
        for i, b in enumerate(reversed(t)):
            if b == "1":
                total += fib[i]
        out += chr(total)
    return out


def _fact(run):
    out = ""
    for t in run.split():
        total, w = 0, 1
        for i, d in enumerate(reversed(t)):
            w = w * (i + 1)
            total += int(d) * w
        out += chr(total)
    return out


def _bytes_from_int(n):
    bs = []
    while n:
        bs.append(n & 255)
        n >>= 8
    return bytes(reversed(bs))


def _base62(run):
    alpha = "".join(chr(c) for c in range(48, 58)) + "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123))
    n = 0
    for ch in run:
        n = n * 62 + alpha.index(ch)
    return _bytes_from_int(n).decode("utf-8")


def _uudecode(run):
    val = lambda ch: 0 if ch == "`" else (ord(ch) - 32) & 63
    count = val(run[0])
    body = run[1:]
    out = bytearray()
    for i in range(0, len(body), 4):
        a, b, c, d = (val(x) for x in body[i:i + 4])
        out += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
    return bytes(out[:count]).decode("utf-8")


def _percent(run):
    assert re.fullmatch(r"(%[0-9A-F]{2})+", run)
    return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run)).decode("utf-8")


def _html(run):
    assert re.fullmatch(r"(&#\d+;)+", run)
    return "".join(chr(int(n)) for n in re.findall(r"&#(\d+);", run))


def _uplus(run):
    return "".join(chr(int(t[2:], 16)) for t in run.split(" "))


def _dna(run):
    v = {"A": 0, "C": 1, "G": 2, "T": 3}
    out = bytearray()
    for i in range(0, len(run), 4):
        q = run[i:i + 4]
        out.append(v[q[0]] * 64 + v[q[1]] * 16 + v[q[2]] * 4 + v[q[3]])
    return bytes(out).decode("utf-8")


def _circled(run):
    return unicodedata.normalize("NFKC", run)


# inverse table of the turned letters, typed again from the upright side
_UNFLIP = dict(zip(
    "ɐqɔpǝɟƃɥᴉɾʞꞁɯuodbɹsʇnʌʍxʎz" "∀ꓭƆᗡƎℲ⅁HIſꓘ⅂WNOԀΌꓤS⊥∩ΛMX⅄Z" "0ƖᄅƐㄣϛ9ㄥ86" "˙‾-",
    "abcdefghijklmnopqrstuvwxyz" "ABCDEFGHIJKLMNOPQRSTUVWXYZ" "0123456789" "._-"))


def _unflip(run):
    return "".join(_UNFLIP[ch] for ch in reversed(run))


def _strip_marks(run):
    return "".join(ch for ch in run if unicodedata.category(ch) != "Mn")


def _unrotate(run):
    return run[-3:] + run[:-3]


_SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
            "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy "
            "Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf "
            "Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og")
_Z = {s: i + 1 for i, s in enumerate(_SYMBOLS.split())}


def _elements(run):
    return "".join(chr(_Z[s] + 10) for s in run.split(" "))


def _midi(run):
    names = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
    out = ""
    for t in run.split(" "):
        m = re.fullmatch(r"([A-G]#?)(-?\d+)", t)
        out += chr((int(m.group(2)) + 1) * 12 + names[m.group(1)])
    return out


def _bpm(run):
    return "".join(chr(int(x) - 20) for x in re.findall(r"(\d+) BPM", run))


def _dmx(run):
    return "".join(chr(int(x)) for x in re.findall(r"ch\d+@(\d+)", run))


def _discs(run):
    return "".join(chr(int(x)) for x in re.findall(r"SF(\d{3})-\d{2}", run))


def _laeq(run):
    return "".join(chr(int(x)) for x in re.findall(r"LAeq (\d+)\.\d dB", run))


DECODERS = {
    "atbash_mirror_alphabet": _atbash,
    "polybius_six_by_six_coordinates": _polybius,
    "a1z26_letter_numbers": _a1z26,
    "octal_code_points": _octal,
    "zeckendorf_fibonacci_code_points": _zeck,
    "factoradic_code_points": _fact,
    "base62_big_integer": _base62,
    "uuencode_single_line": _uudecode,
    "url_percent_encoding_every_byte": _percent,
    "html_decimal_character_references": _html,
    "unicode_u_plus_notation": _uplus,
    "dna_nucleotide_quadruplets": _dna,
    "circled_enclosed_alphanumerics": _circled,
    "upside_down_flipped_text": _unflip,
    "combining_diacritic_overlay": _strip_marks,
    "leading_three_rotated_to_end": _unrotate,
    "periodic_table_element_symbols": _elements,
    "midi_note_names": _midi,
    "dj_setlist_bpm_tempos": _bpm,
    "dmx_cue_channel_levels": _dmx,
    "karaoke_disc_track_catalogue": _discs,
    "laeq_noise_readings_decibels": _laeq,
}


def decode(encoding, run):
    return DECODERS[encoding](run)
