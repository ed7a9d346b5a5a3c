"""Evasion decoders for p240, written separately from enc240: every table is retyped here and nothing is
imported from the encoder or from common240 (and no base64 / binascii / codecs / unicodedata)."""
import math
import re

_SOL = {"do": 0, "di": 1, "re": 2, "ri": 3, "mi": 4, "fa": 5, "fi": 6, "sol": 7, "si": 8, "la": 9}
_PITCH = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_NATO = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_NATO_D = "zero one two three four five six seven eight niner".split()
_NATO_S = {"underscore": "_", "stop": ".", "dash": "-"}
_POSTNET = {"11000": 0, "00011": 1, "00101": 2, "00110": 3, "01001": 4, "01010": 5, "01100": 6, "10001": 7,
            "10010": 8, "10100": 9}
_CYR = {"а": 1, "в": 2, "г": 3, "д": 4, "є": 5, "ѕ": 6, "з": 7, "и": 8, "ѳ": 9, "і": 10, "к": 20, "л": 30,
        "м": 40, "н": 50, "ѯ": 60, "о": 70, "п": 80, "ч": 90, "р": 100}
_B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" "abcdefghijklmnopqrstuvwxyz" "0123456789"
        "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
_POS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-"
_FI = [("yhdeksän", 9), ("kahdeksan", 8), ("seitsemän", 7), ("kuusi", 6), ("viisi", 5), ("neljä", 4),
       ("kolme", 3), ("kaksi", 2), ("yksi", 1)]
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_HOMO_BACK = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "ј": "j",
              "ѕ": "s", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
              "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y"}


def _chars(codes):
    return "".join(chr(c) for c in codes)


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _geez_value(tok):
    total = 0
    for ch in tok:
        cp = ord(ch)
        if 0x1369 <= cp <= 0x1371:
            total += cp - 0x1368
        elif 0x1372 <= cp <= 0x137A:
            total += (cp - 0x1371) * 10
        elif cp == 0x137B:
            total += 100
        else:
            raise ValueError("not a Ge'ez numeral: %r" % ch)
    return total


def _finnish_value(word):
    n = 0
    if word.startswith("sata"):
        n += 100
        word = word[4:]
    if word == "":
        return n
    if word == "kymmenen":
        return n + 10
    if word.endswith("toista"):
        stem = word[:-6]
        for w, v in _FI:
            if stem == w:
                return n + 10 + v
        raise ValueError(word)
    if "kymmentä" in word:
        tens, units = word.split("kymmentä", 1)
        tv = dict((w, v) for w, v in _FI)[tens]
        n += 10 * tv
        word = units
        if word == "":
            return n
    for w, v in _FI:
        if word == w:
            return n + v
    raise ValueError(word)


def _card_index(ch):
    cp = ord(ch)
    suit = (cp - 0x1F0A0) // 16
    off = (cp - 0x1F0A0) % 16
    if suit not in (0, 1, 2, 3) or off in (0, 12) or off > 14:
        raise ValueError("not a plain playing card")
    rank = off - 1 if off < 12 else off - 2
    return suit * 13 + rank


def _bech32_check(hrp, vals):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + vals:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk == 1


def _b91_decode(s):
    v = -1
    b = n = 0
    out = []
    for ch in s:
        p = _B91.index(ch)
        if v < 0:
            v = p
        else:
            v += p * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while True:
                out.append(b & 255)
                b >>= 8
                n -= 8
                if n <= 7:
                    break
            v = -1
    if v + 1:
        out.append((b | v << n) & 255)
    return out


def decode(name, run):
    if name == "chromatic_solfege_decimal_digits":
        return _chars(int("".join(str(_SOL[s]) for s in tok.split("-"))) for tok in run.split(" "))
    if name == "midi_note_scientific_pitch":
        out = []
        for tok in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", tok)
            out.append((int(m.group(2)) + 1) * 12 + _PITCH[m.group(1)])
        return _chars(out)
    if name == "rehearsal_bar_beat_positions":
        out = []
        for tok in run.split(", "):
            bar, beat = tok.split(":")
            assert 1 <= int(beat) <= 4
            out.append((int(bar) - 1) * 4 + int(beat) - 1)
        return _chars(out)
    if name == "concert_seat_row_letters":
        return _chars(("ABCDEFGH".index(tok[0])) * 20 + int(tok[1:]) - 1 for tok in run.split(" "))
    if name == "ogham_letter_substitution":
        out = ""
        i = 0
        while i < len(run):
            ch = run[i]
            if ch == "^":
                out += chr(ord(run[i + 1]) - 0x1681 + 65)
                i += 2
            elif ch == "\u169c":
                out += str(ord(run[i + 1]) - 0x1681)
                i += 2
            elif 0x1681 <= ord(ch) <= 0x169A:
                out += chr(ord(ch) - 0x1681 + 97)
                i += 1
            else:
                out += ch
                i += 1
        return out
    if name == "nato_phonetic_alphabet_words":
        out = ""
        for tok in run.split(" "):
            if tok in _NATO:
                out += chr(97 + _NATO.index(tok))
            elif tok.lower() in _NATO and tok.isupper():
                out += chr(65 + _NATO.index(tok.lower()))
            elif tok in _NATO_D:
                out += str(_NATO_D.index(tok))
            else:
                out += _NATO_S[tok]
        return out
    if name == "senary_code_points":
        return _chars(int(tok, 6) for tok in run.split(" "))
    if name == "postnet_two_of_five_bars":
        out = []
        for tok in run.split(" "):
            bits = tok.replace("┃", "1").replace("╻", "0")
            assert len(bits) == 15
            out.append(int("".join(str(_POSTNET[bits[i:i + 5]]) for i in range(0, 15, 5))))
        return _chars(out)
    if name == "geez_ethiopic_numerals":
        return _chars(_geez_value(tok) for tok in run.split(" "))
    if name == "church_slavonic_cyrillic_numerals":
        return _chars(sum(_CYR[ch] for ch in tok.replace("\u0483", "")) for tok in run.split(" "))
    if name == "base91_henke":
        return _utf8(_b91_decode(run))
    if name == "a1z26_alphabet_positions":
        return "".join(_POS[int(tok) - 1] for tok in run.split(" "))
    if name == "playing_card_base52_pairs":
        return _chars(_card_index(tok[0]) * 52 + _card_index(tok[1]) for tok in run.split(" "))
    if name == "finnish_cardinal_number_words":
        return _chars(_finnish_value(w) for w in run.split(", "))
    if name == "bech32_hrp_payload":
        pos = run.rfind("1")
        hrp, data = run[:pos], run[pos + 1:]
        vals = [_BECH.index(c) for c in data]
        if not _bech32_check(hrp, vals):
            raise ValueError("bad bech32 checksum")
        acc = bits = 0
        out = []
        for v in vals[:-6]:
            acc = (acc << 5) | v
            bits += 5
            if bits >= 8:
                bits -= 8
                out.append((acc >> bits) & 255)
        if bits >= 5 or (acc & ((1 << bits) - 1)):
            raise ValueError("bad padding")
        return _utf8(out)
    if name == "acrostic_first_letters":
        return "".join(tok[0] for tok in run.split(" "))
    if name == "cyrillic_homoglyph_swap":
        return "".join(_HOMO_BACK.get(ch, ch) for ch in run)
    if name == "base100_emoji_bytes":
        return _utf8([ord(ch) - 0x1F3F7 for ch in run])
    if name == "gsm_seven_bit_pdu_hex":
        count = int(run[:2], 16)
        octets = [int(run[i:i + 2], 16) for i in range(2, len(run), 2)]
        acc = nbits = 0
        sept = []
        for o in octets:
            acc |= o << nbits
            nbits += 8
            while nbits >= 7 and len(sept) < count:
                sept.append(acc & 0x7F)
                acc >>= 7
                nbits -= 7
        return "".join("_" if s == 0x11 else chr(s) for s in sept)
    if name == "equal_tempered_frequencies_hz":
        out = []
        for tok in run.split(", "):
            f = float(tok[:-3])
            out.append(int(round(69 + 12 * math.log2(f / 440.0))))
        return _chars(out)
    if name == "hangul_syllable_nibble_pairs":
        out = []
        for ch in run:
            k = ord(ch) - 0xAC00
            assert k % 28 == 0
            lv = k // 28
            out.append((lv // 21) * 16 + lv % 21)
        return _utf8(out)
    if name == "ticket_price_tenths":
        out = []
        for tok in run.split(", "):
            m = re.fullmatch(r"£(\d+)\.(\d)0", tok)
            out.append(int(m.group(1)) * 10 + int(m.group(2)))
        return _chars(out)
    raise KeyError(name)
