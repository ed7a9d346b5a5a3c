"""Independent decoder for the p228 evasion runs. Imports nothing from enc228; every table is retyped here."""
import math
import re

_FI_UNITS = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9}
_NL_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
             "zeventien": 17, "achttien": 18, "negentien": 19}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90}
_NATO = dict(zip("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
                 "quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split(), "abcdefghijklmnopqrstuvwxyz"))
_NATO_OTHER = {"Zero": "0", "One": "1", "Two": "2", "Three": "3", "Four": "4", "Five": "5", "Six": "6", "Seven": "7",
               "Eight": "8", "Niner": "9", "Dash": "-", "Underscore": "_", "Stop": "."}
_DIGIT_NAMES = {"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5", "SIX": "6", "SEVEN": "7", "EIGHT": "8", "NINE": "9"}
_UNHOMO = {0x430: "a", 0x441: "c", 0x435: "e", 0x456: "i", 0x458: "j", 0x43E: "o", 0x440: "p", 0x455: "s", 0x445: "x", 0x443: "y",
           0x3BD: "v", 0x3C5: "u", 0x3BA: "k", 0x410: "A", 0x412: "B", 0x421: "C", 0x415: "E", 0x41D: "H", 0x406: "I", 0x408: "J",
           0x41A: "K", 0x41C: "M", 0x41E: "O", 0x420: "P", 0x405: "S", 0x422: "T", 0x425: "X", 0x4AE: "Y", 0x39D: "N", 0x396: "Z"}
_KEY = b"wrestpin-octave!"
_NOTES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_ELEM = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo "
         "Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb").split()
_TAP = {"2": "abc2", "3": "def3", "4": "ghi4", "5": "jkl5", "6": "mno6", "7": "pqrs7", "8": "tuv8", "9": "wxyz9", "1": ".-_1", "0": " 0"}
_KH = {0x10A40: 1, 0x10A41: 2, 0x10A42: 3, 0x10A43: 4, 0x10A44: 10, 0x10A45: 20}


def _fi(w):
    n = 0
    if w.startswith("sata"):
        n, w = 100, w[4:]
    if not w:
        return n
    if w == "kymmenen":
        return n + 10
    if w.endswith("toista"):
        return n + 10 + _FI_UNITS[w[:-6]]
    if "kymmentä" in w:
        t, u = w.split("kymmentä")
        return n + 10 * _FI_UNITS[t] + (_FI_UNITS[u] if u else 0)
    return n + _FI_UNITS[w]


def _nl(w):
    n = 0
    if w.startswith("honderd"):
        n, w = 100, w[7:]
    if not w:
        return n
    for tbl in (_NL_UNITS, _NL_TEENS, _NL_TENS):
        if w in tbl:
            return n + tbl[w]
    for tw, tv in _NL_TENS.items():
        if w.endswith(tw):
            head = w[:-len(tw)]
            for joiner in ("ën", "en"):
                if head.endswith(joiner) and head[:-len(joiner)] in _NL_UNITS:
                    return n + tv + _NL_UNITS[head[:-len(joiner)]]
    raise ValueError("dutch word " + w)


def _xtea_dec(v0, v1, k):
    d, m = 0x9E3779B9, 0xFFFFFFFF
    s = (d * 32) & m
    for _ in range(32):
        v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + k[(s >> 11) & 3]))) & m
        s = (s - d) & m
        v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + k[s & 3]))) & m
    return v0, v1


def _name(n):
    if n.startswith("LATIN SMALL LETTER ") and len(n) == 20:
        return n[-1].lower()
    if n.startswith("LATIN CAPITAL LETTER ") and len(n) == 22:
        return n[-1]
    if n.startswith("DIGIT "):
        return _DIGIT_NAMES[n[6:]]
    return {"HYPHEN-MINUS": "-", "LOW LINE": "_", "FULL STOP": "."}[n]


def _kh(tok):
    n = 0
    cps = [ord(c) for c in tok]
    if 0x10A46 in cps:
        i = cps.index(0x10A46)
        n += 100 * sum(_KH[c] for c in cps[:i])
        cps = cps[i + 1:]
    return n + sum(_KH[c] for c in cps)


def decode(name, run):
    if name == "adlam_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x1E950) for c in tok))) for tok in run.split(" "))
    if name == "finnish_number_words":
        return "".join(chr(_fi(w)) for w in run.split(", "))
    if name == "dutch_number_words":
        return "".join(chr(_nl(w)) for w in run.split(" / "))
    if name == "nato_phonetic_spelling":
        out = ""
        for tok in run.split(" "):
            if tok in _NATO:
                out += _NATO[tok]
            elif tok.lower() in _NATO and tok.isupper():
                out += _NATO[tok.lower()].upper()
            else:
                out += _NATO_OTHER[tok]
        return out
    if name == "unicode_character_names":
        return "".join(_name(n) for n in run.split(", "))
    if name == "cyrillic_greek_homoglyph_swap":
        return "".join(_UNHOMO.get(ord(c), c) for c in run)
    if name == "parenthesized_latin_letters":
        out = ""
        for c in run:
            o = ord(c)
            if 0x249C <= o <= 0x24B5:
                out += chr(o - 0x249C + ord("a"))
            elif 0x1F110 <= o <= 0x1F129:
                out += chr(o - 0x1F110 + ord("A"))
            else:
                out += c
        return out
    if name == "xtea_ecb_hex":
        data = bytes.fromhex(run)
        k = [int.from_bytes(_KEY[i:i + 4], "big") for i in (0, 4, 8, 12)]
        out = b""
        for i in range(0, len(data), 8):
            v0, v1 = _xtea_dec(int.from_bytes(data[i:i + 4], "big"), int.from_bytes(data[i + 4:i + 8], "big"), k)
            out += v0.to_bytes(4, "big") + v1.to_bytes(4, "big")
        pad = out[-1]
        if not 1 <= pad <= 8 or out[-pad:] != bytes([pad]) * pad:
            raise ValueError("bad padding")
        return out[:-pad].decode()
    if name == "intel_hex_record":
        out = b""
        recs = run.split(" ")
        if recs[-1] != ":00000001FF":
            raise ValueError("no EOF record")
        for r in recs[:-1]:
            raw = bytes.fromhex(r[1:])
            if sum(raw) & 0xFF:
                raise ValueError("bad checksum")
            ln, typ = raw[0], raw[3]
            if typ != 0 or len(raw) != ln + 5 or (raw[1] << 8 | raw[2]) != len(out):
                raise ValueError("bad record")
            out += raw[4:4 + ln]
        return out.decode()
    if name == "midi_sysex_nibble_bytes":
        t = run.split(" ")
        if t[:2] != ["F0", "7D"] or t[-1] != "F7":
            raise ValueError("frame")
        nib = [int(x, 16) for x in t[2:-1]]
        if any(x > 15 for x in nib):
            raise ValueError("nibble")
        return bytes(nib[i] * 16 + nib[i + 1] for i in range(0, len(nib), 2)).decode()
    if name == "midi_note_names":
        out = ""
        for tok in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", tok)
            out += chr(_NOTES[m.group(1)] + 12 * (int(m.group(2)) + 1))
        return out
    if name == "equal_temperament_frequencies":
        return "".join(chr(round(69 + 12 * math.log2(float(f.replace(" Hz", "")) / 440))) for f in run.split(", "))
    if name == "metronome_tempo_marks":
        return "".join(chr(int(m) - 20) for m in re.findall(r"♩=(\d+)", run))
    if name == "white_key_chord_bits":
        return "".join(chr(sum(1 << (6 - "CDEFGAB".index(n)) for n in ch.split("-"))) for ch in run.split(" "))
    if name == "prime_factorisations":
        out = ""
        for f in run.split("; "):
            v = 1
            for p in f.split("×"):
                base, _, e = p.partition("^")
                v *= int(base) ** (int(e) if e else 1)
            out += chr(v)
        return out
    if name == "periodic_table_symbols":
        return "".join(chr(_ELEM.index(s) + 41) for s in run.split(" "))
    if name == "phone_multitap_presses":
        out = ""
        for g in run.split(" "):
            cap = g.startswith("#")
            g = g.lstrip("#")
            if len(set(g)) != 1:
                raise ValueError("mixed keys")
            c = _TAP[g[0]][len(g) - 1]
            out += c.upper() if cap else c
        return out
    if name == "adjacent_pair_swap":
        s = list(run)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "kharoshthi_numeral_code_points":
        return "".join(chr(_kh(t)) for t in run.split(" "))
    if name == "unreduced_fraction_codes":
        out = ""
        for fr in run.split(" "):
            a, b = (int(x) for x in fr.split("/"))
            if a % b:
                raise ValueError("not whole")
            out += chr(a // b)
        return out
    if name == "alphabet_position_numbers":
        out = ""
        for t in run.split(" "):
            if t.startswith("#"):
                out += t[1:]
            elif t.endswith("*"):
                out += chr(int(t[:-1]) + 64)
            else:
                out += chr(int(t) + 96)
        return out
    if name == "boustrophedon_rows":
        rows = [run[i:i + 6] for i in range(0, len(run), 6)]
        return "".join(r[::-1] if i % 2 else r for i, r in enumerate(rows)).rstrip("~")
    raise KeyError(name)
