"""Decoders for the p231 evasions. Written separately from enc231: no import of the encoder,
no base64 / binascii / codecs / unicodedata; every table is retyped here."""
import re

_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "-....-": "-",
    "..--.-": "_",
}

# braille letters as dot numbers, typed again from the standard alphabet
_BR_LETTERS = "a1 b12 c14 d145 e15 f124 g1245 h125 i24 j245 k13 l123 m134 n1345 o135 p1234 q12345 r1235 s234 t2345 u136 v1236 w2456 x1346 y13456 z1356"


def _mask(dots):
    m = 0
    for d in dots:
        m += 2 ** (int(d) - 1)
    return m


_BR_BACK = {}
for _item in _BR_LETTERS.split():
    _BR_BACK[0x2800 + _mask(_item[1:])] = _item[0]
_BR_CAP = 0x2800 + 0x20          # dot 6
_BR_NUM = 0x2800 + 0x3C          # dots 3 4 5 6
_BR_PERIOD = 0x2800 + 0x32       # dots 2 5 6
_BR_HYPHEN = 0x2800 + 0x24       # dots 3 6
_BR_UNDER_LEAD = 0x2800 + 0x28   # dots 4 6

_MAJOR = ("The Fool|The Magician|The High Priestess|The Empress|The Emperor|The Hierophant|The Lovers|"
          "The Chariot|Strength|The Hermit|Wheel of Fortune|Justice|The Hanged Man|Death|Temperance|"
          "The Devil|The Tower|The Star|The Moon|The Sun|Judgement|The World").split("|")
_RANK = "Ace Two Three Four Five Six Seven Eight Nine Ten Page Knight Queen King".split()
_SUIT = "Wands Cups Swords Pentacles".split()


def _tarot_index(card):
    if card in _MAJOR:
        return _MAJOR.index(card)
    rank, _of, suit = card.split(" ")
    return 22 + _SUIT.index(suit) * 14 + _RANK.index(rank)


_EBCDIC_BACK = {}
for _i, _ch in enumerate("abcdefghi"):
    _EBCDIC_BACK[0x81 + _i] = _ch
for _i, _ch in enumerate("jklmnopqr"):
    _EBCDIC_BACK[0x91 + _i] = _ch
for _i, _ch in enumerate("stuvwxyz"):
    _EBCDIC_BACK[0xA2 + _i] = _ch
for _i, _ch in enumerate("ABCDEFGHI"):
    _EBCDIC_BACK[0xC1 + _i] = _ch
for _i, _ch in enumerate("JKLMNOPQR"):
    _EBCDIC_BACK[0xD1 + _i] = _ch
for _i, _ch in enumerate("STUVWXYZ"):
    _EBCDIC_BACK[0xE2 + _i] = _ch
for _i in range(10):
    _EBCDIC_BACK[0xF0 + _i] = str(_i)
_EBCDIC_BACK[0x4B] = "."
_EBCDIC_BACK[0x60] = "-"
_EBCDIC_BACK[0x6D] = "_"

_MONTH_DAYS = {"Jan": 31, "Feb": 28, "Mar": 31, "Apr": 30, "May": 31, "Jun": 30, "Jul": 31,
               "Aug": 31, "Sep": 30, "Oct": 31, "Nov": 30, "Dec": 31}
_MONTH_ORDER = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

_IS_WORDS = {
    "einn": 1, "tveir": 2, "þrír": 3, "fjórir": 4, "fimm": 5, "sex": 6, "sjö": 7, "átta": 8, "níu": 9,
    "tíu": 10, "ellefu": 11, "tólf": 12, "þrettán": 13, "fjórtán": 14, "fimmtán": 15, "sextán": 16,
    "sautján": 17, "átján": 18, "nítján": 19, "tuttugu": 20, "þrjátíu": 30, "fjörutíu": 40,
    "fimmtíu": 50, "sextíu": 60, "sjötíu": 70, "áttatíu": 80, "níutíu": 90, "hundrað": 100,
}
_MI_WORDS = {"kotahi": 1, "tahi": 1, "rua": 2, "toru": 3, "whā": 4, "rima": 5, "ono": 6, "whitu": 7,
             "waru": 8, "iwa": 9}

_BCRYPT_ALPHA = "./" + "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + "0123456789"
_B36_ALPHA = "0123456789abcdefghijklmnopqrstuvwxyz"


def _utf8(bs):
    return bytes(bs).decode("utf-8")


# ---- ChaCha20, written again
def _rl(x, n):
    x &= 0xFFFFFFFF
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def _le_words(b):
    return [b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24) for i in range(0, len(b), 4)]


def _qr(x, a, b, c, d):
    x[a] = (x[a] + x[b]) & 0xFFFFFFFF
    x[d] = _rl(x[d] ^ x[a], 16)
    x[c] = (x[c] + x[d]) & 0xFFFFFFFF
    x[b] = _rl(x[b] ^ x[c], 12)
    x[a] = (x[a] + x[b]) & 0xFFFFFFFF
    x[d] = _rl(x[d] ^ x[a], 8)
    x[c] = (x[c] + x[d]) & 0xFFFFFFFF
    x[b] = _rl(x[b] ^ x[c], 7)


def _keystream(key, nonce, counter):
    const = _le_words(b"expand 32-byte k")
    init = const + _le_words(key) + [counter] + _le_words(nonce)
    x = list(init)
    for _r in range(10):
        for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                           (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
            _qr(x, a, b, c, d)
    out = []
    for i in range(16):
        w = (x[i] + init[i]) & 0xFFFFFFFF
        out += [w & 255, (w >> 8) & 255, (w >> 16) & 255, (w >> 24) & 255]
    return out


def _hexbytes(s):
    if len(s) % 2 or re.search(r"[^0-9a-fA-F]", s):
        raise ValueError("bad hex")
    return [int(s[i:i + 2], 16) for i in range(0, len(s), 2)]


def decode(name, run):
    if name == "morse_code_with_caret_capitals":
        out = ""
        for tok in run.split(" "):
            cap = tok.startswith("^")
            ch = _MORSE_BACK[tok[1:] if cap else tok]
            out += ch.upper() if cap else ch
        return out
    if name == "braille_grade1_cells":
        cells = [ord(c) for c in run]
        out = ""
        i = 0
        while i < len(cells):
            c = cells[i]
            if c == _BR_CAP:
                out += _BR_BACK[cells[i + 1]].upper()
                i += 2
            elif c == _BR_NUM:
                out += str(("jabcdefghi").index(_BR_BACK[cells[i + 1]]))
                i += 2
            elif c == _BR_UNDER_LEAD:
                if cells[i + 1] != _BR_HYPHEN:
                    raise ValueError("bad underscore")
                out += "_"
                i += 2
            elif c == _BR_PERIOD:
                out += "."
                i += 1
            elif c == _BR_HYPHEN:
                out += "-"
                i += 1
            else:
                out += _BR_BACK[c]
                i += 1
        return out
    if name == "tarot_deck_positions":
        return "".join(chr(_tarot_index(card) + 45) for card in run.split("; "))
    if name == "dice_base6_triplets":
        out = ""
        for grp in run.split(" "):
            v = 0
            for ch in grp:
                d = ord(ch) - 0x2680
                if not 0 <= d <= 5:
                    raise ValueError("not a die face")
                v = v * 6 + d
            out += chr(v)
        return out
    if name == "dna_nucleotide_quads":
        if len(run) % 4:
            raise ValueError("length")
        bs = []
        for i in range(0, len(run), 4):
            v = 0
            for ch in run[i:i + 4]:
                v = v * 4 + "ACGT".index(ch)
            bs.append(v)
        return _utf8(bs)
    if name == "ebcdic_cp037_hex":
        return "".join(_EBCDIC_BACK[int(t, 16)] for t in run.split(" "))
    if name == "chacha20_stream_hex":
        ct = _hexbytes(run)
        key = b"lensmeter-axis-prism-bevel-2024!"
        nonce = b"rx-nonce-001"
        out = []
        for blk in range(0, len(ct), 64):
            ks = _keystream(key, nonce, 1 + blk // 64)
            out += [a ^ b for a, b in zip(ct[blk:blk + 64], ks)]
        return _utf8(out)
    if name == "base36_big_integer":
        n = 0
        for ch in run:
            n = n * 36 + _B36_ALPHA.index(ch)
        bs = []
        while n:
            bs.insert(0, n & 255)
            n >>= 8
        return _utf8(bs)
    if name == "duodecimal_turned_digits":
        out = ""
        for grp in run.split(" "):
            v = 0
            for ch in grp:
                d = 10 if ch == "\u218a" else 11 if ch == "\u218b" else int(ch)
                v = v * 12 + d
            out += chr(v)
        return out
    if name == "spreadsheet_column_letters":
        out = ""
        for col in run.split(","):
            v = 0
            for ch in col:
                v = v * 26 + (ord(ch) - 64)
            out += chr(v)
        return out
    if name == "day_of_year_dates":
        out = ""
        for item in run.split(", "):
            day, mon = item.split(" ")
            k = int(day)
            for m in _MONTH_ORDER:
                if m == mon:
                    break
                k += _MONTH_DAYS[m]
            out += chr(k)
        return out
    if name == "delta_coded_code_points":
        toks = run.split(" ")
        cur = int(toks[0])
        out = chr(cur)
        for t in toks[1:]:
            if t[0] not in "+-":
                raise ValueError("delta without sign")
            cur += int(t)
            out += chr(cur)
        return out
    if name == "icelandic_number_words":
        out = ""
        for item in run.split(", "):
            out += chr(sum(_IS_WORDS[w] for w in item.split(" ") if w != "og"))
        return out
    if name == "maori_number_words":
        out = ""
        for item in run.split(", "):
            total = 0
            cur = 0
            for w in item.split(" "):
                if w == "mā":
                    continue
                if w == "tekau":
                    total += (cur or 1) * 10
                    cur = 0
                elif w == "rau":
                    total += cur * 100
                    cur = 0
                else:
                    cur = _MI_WORDS[w]
            out += chr(total + cur)
        return out
    if name == "cylinder_axis_degrees":
        return "".join(chr(int(m)) for m in re.findall(r"x([0-9]{3})(?:;|$)", run))
    if name == "sphere_power_quarter_steps":
        return "".join(chr(round((float(m) + 20) * 4)) for m in re.findall(r"([+-][0-9]+\.[0-9]{2}) DS", run))
    if name == "pupillary_distance_halves":
        return "".join(chr(round(float(m) * 2 - 40)) for m in re.findall(r"PD ([0-9]+\.[05])", run))
    if name == "contact_lens_base_curves":
        return "".join(chr(round((float(m) - 8) * 100)) for m in re.findall(r"BC ([0-9]\.[0-9]{2})", run))
    if name == "frame_temple_lengths":
        return "".join(chr(int(m) - 30) for m in re.findall(r"[0-9]{2}\u25a1[0-9]{2} ([0-9]{2,3})", run))
    if name == "sexagesimal_degree_minutes":
        out = ""
        for grp in run.split(" "):
            m = re.fullmatch("([0-9]+)\u00b0([0-9]{2})\u2032", grp)
            out += chr(int(m.group(1)) * 60 + int(m.group(2)))
        return out
    if name == "bcrypt_radix64_alphabet":
        bits = "".join(format(_BCRYPT_ALPHA.index(ch), "06b") for ch in run)
        usable = len(bits) - len(bits) % 8
        if "1" in bits[usable:]:
            raise ValueError("non-zero padding bits")
        return _utf8([int(bits[i:i + 8], 2) for i in range(0, usable, 8)])
    if name == "residue_number_system_triples":
        out = ""
        for grp in run.split(" "):
            a, b, c = (int(x) for x in grp.strip("()").split(","))
            # Chinese remainder theorem for moduli 7, 11, 13 (M = 1001)
            M = 1001
            total = 0
            for r, m in ((a, 7), (b, 11), (c, 13)):
                Mi = M // m
                inv = pow(Mi, -1, m)
                total += r * Mi * inv
            out += chr(total % M)
        return out
    raise ValueError("unknown encoding " + name)
