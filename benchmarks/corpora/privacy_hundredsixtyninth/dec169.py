"""Independent decoder for the p169 evasions: gets only the encoding name and the run.

Written separately from enc169.py and does not import it (nor base64 / codecs for the notations it reads).
"""
import re

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# EBCDIC code page 037, only the bytes our plains can produce
_EBCDIC = {0x4B: ".", 0x60: "-", 0x6D: "_"}
for _i, _c in enumerate("abcdefghi"):
    _EBCDIC[0x81 + _i] = _c
for _i, _c in enumerate("jklmnopqr"):
    _EBCDIC[0x91 + _i] = _c
for _i, _c in enumerate("stuvwxyz"):
    _EBCDIC[0xA2 + _i] = _c
for _i, _c in enumerate("ABCDEFGHI"):
    _EBCDIC[0xC1 + _i] = _c
for _i, _c in enumerate("JKLMNOPQR"):
    _EBCDIC[0xD1 + _i] = _c
for _i, _c in enumerate("STUVWXYZ"):
    _EBCDIC[0xE2 + _i] = _c
for _i in range(10):
    _EBCDIC[0xF0 + _i] = str(_i)

_GERMAN_WORDS = ("anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol "
                 "otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon zacharias").split()
_GERMAN_NUM = "null eins zwei drei vier fünf sechs sieben acht neun".split()
_GERMAN_SYM = {"strich": "-", "unterstrich": "_", "punkt": "."}
_GOLF_WORDS = ("albatross birdie caddie divot eagle fairway green hazard iron jigger kikuyu links mulligan niblick "
               "overlap putter quadruple rough sand tee upslope vardon wedge xout yips zoysia").split()
_GOLF_NUM = "nil one two three four five six seven eight nine".split()
_GOLF_SYM = {"dash": "-", "underscore": "_", "dot": "."}

# keyboard: the key to the LEFT of what was typed
_KB = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
       "~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]

# turned characters -> original (written as two parallel strings)
_TURNED = "ɐqɔpǝɟƃɥᴉɾʞʃɯuodbɹsʇnʌʍxʎz∀ᗺƆᗡƎℲ⅁HIſꓘ˥WNOԀΌᴚS┴∩ΛMX⅄Z0ƖᄅƐㄣϛ9ㄥ86-‾˙"
_ORIG = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."

_DS_LETTERLIKE = {0x2102: "C", 0x210D: "H", 0x2115: "N", 0x2119: "P", 0x211A: "Q", 0x211D: "R", 0x2124: "Z"}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _a85(run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2]
    out = bytearray()
    group = []
    for ch in body:
        if ch == "z" and not group:
            out += b"\0\0\0\0"
            continue
        group.append(ord(ch) - 33)
        if len(group) == 5:
            n = 0
            for g in group:
                n = n * 85 + g
            out += n.to_bytes(4, "big")
            group = []
    if group:
        k = len(group)
        group += [84] * (5 - k)
        n = 0
        for g in group:
            n = n * 85 + g
        out += n.to_bytes(4, "big")[:k - 1]
    return bytes(out)


def _b58(run):
    n = 0
    for ch in run:
        n = n * 58 + _B58.index(ch)
    lead = len(run) - len(run.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * lead + body


def _autokey(run):
    key = [ord(k) - 97 for k in "fairway"]
    out = []
    for c in run:
        if c.isalpha() and c.isascii():
            shift = key.pop(0)
            base = 65 if c.isupper() else 97
            p = chr((ord(c) - base - shift) % 26 + base)
            out.append(p)
            key.append(ord(p.lower()) - 97)
        else:
            out.append(c)
    return "".join(out)


def decode(name, run):
    if name == "ascii85_adobe_framed":
        return _a85(run).decode("utf-8")
    if name == "base58_bitcoin_alphabet":
        return _b58(run).decode("utf-8")
    if name == "ebcdic_cp037_hex_bytes":
        return "".join(_EBCDIC[int(h, 16)] for h in run.split(" "))
    if name == "quoted_printable_every_byte":
        return _utf8(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run))
    if name == "html_decimal_character_references":
        return "".join(chr(int(n)) for n in re.findall(r"&#(\d+);", run))
    if name == "base36_code_point_pairs":
        return "".join(chr(int(run[i:i + 2], 36)) for i in range(0, len(run), 2))
    if name == "quaternary_digits_per_byte":
        return _utf8(int(g, 4) for g in run.split(" "))
    if name == "duodecimal_code_points":
        return "".join(chr(int(g.replace("X", "a").replace("E", "b"), 12)) for g in run.split(" "))
    if name == "a1z26_letter_numbers":
        out = []
        for tok in run.split(" "):
            if tok.startswith("^"):
                out.append(chr(64 + int(tok[1:])))
            elif tok.startswith("#"):
                out.append(tok[1:])
            elif tok.isdigit():
                out.append(chr(96 + int(tok)))
            else:
                out.append(tok)
        return "".join(out)
    if name in ("german_classic_spelling_alphabet", "golf_term_spelling_alphabet"):
        if name.startswith("german"):
            words, nums, syms = _GERMAN_WORDS, _GERMAN_NUM, _GERMAN_SYM
        else:
            words, nums, syms = _GOLF_WORDS, _GOLF_NUM, _GOLF_SYM
        out = []
        for tok in run.split(" "):
            low = tok.lower()
            if low in words:
                ch = chr(97 + words.index(low))
                out.append(ch.upper() if tok.isupper() else ch)
            elif low in nums:
                out.append(str(nums.index(low)))
            else:
                out.append(syms[low])
        return "".join(out)
    if name == "autokey_cipher_keyed_fairway":
        return _autokey(run)
    if name == "keyboard_shift_right_qwerty":
        left = {}
        for row in _KB:
            for i in range(1, len(row)):
                left[row[i]] = row[i - 1]
        return "".join(left[c] for c in run)
    if name == "upside_down_flipped_text":
        back = dict(zip(_TURNED, _ORIG))
        return "".join(back[c] for c in run)[::-1]
    if name == "mathematical_double_struck":
        out = []
        for c in run:
            o = ord(c)
            if o in _DS_LETTERLIKE:
                out.append(_DS_LETTERLIKE[o])
            elif 0x1D538 <= o < 0x1D538 + 26:
                out.append(chr(65 + o - 0x1D538))
            elif 0x1D552 <= o < 0x1D552 + 26:
                out.append(chr(97 + o - 0x1D552))
            elif 0x1D7D8 <= o < 0x1D7D8 + 10:
                out.append(str(o - 0x1D7D8))
            else:
                out.append(c)
        return "".join(out)
    if name == "braille_pattern_bytes":
        return _utf8(ord(c) - 0x2800 for c in run)
    if name == "reversed_character_order":
        return run[::-1]
    if name == "even_positions_then_odd":
        odd, even = run.split(" | ")
        out = []
        for i in range(len(odd) + len(even)):
            out.append(odd[i // 2] if i % 2 == 0 else even[i // 2])
        return "".join(out)
    if name == "hole_yardages_plus_hundred":
        return "".join(chr(int(m) - 100) for m in re.findall(r"(\d+)y", run))
    if name == "handicap_index_tenths":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d)", run))
    if name == "cart_gps_coordinate_digits":
        out = []
        for frac in re.findall(r"-?\d+\.(\d+)", run):
            for i in range(0, len(frac), 3):
                g = int(frac[i:i + 3])
                if g:
                    out.append(chr(g))
        return "".join(out)
    if name == "locker_dial_base40_pairs":
        return "".join(chr(int(a) * 40 + int(b)) for a, b in re.findall(r"(\d+)-(\d+)", run))
    raise KeyError(name)
