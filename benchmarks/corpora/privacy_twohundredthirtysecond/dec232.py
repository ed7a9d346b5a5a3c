"""Independent decoders for the p232 evasion encodings.

Imports nothing from enc232 and no base64 / binascii / codecs / unicodedata; every table is
retyped here.  decode(name, run) returns the plain string or raises ValueError.
"""
import re


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def _digits_to_int(ds, base):
    n = 0
    for d in ds:
        if not 0 <= d < base:
            raise ValueError("digit out of range")
        n = n * base + d
    return n


_JA = [("hyaku", "H"), ("juu", "J"), ("ichi", 1), ("nana", 7), ("ni", 2), ("san", 3), ("yon", 4),
       ("go", 5), ("roku", 6), ("hachi", 8), ("kyuu", 9)]


def _ja_num(word):
    toks, i = [], 0
    while i < len(word):
        for w, v in _JA:
            if word.startswith(w, i):
                toks.append(v)
                i += len(w)
                break
        else:
            raise ValueError("bad romaji at %r" % word[i:])
    n = 0
    if toks and toks[0] == "H":
        n += 100
        toks = toks[1:]
    if len(toks) >= 2 and toks[1] == "J" and isinstance(toks[0], int):
        n += toks[0] * 10
        toks = toks[2:]
    elif toks and toks[0] == "J":
        n += 10
        toks = toks[1:]
    if toks and isinstance(toks[0], int):
        n += toks[0]
        toks = toks[1:]
    if toks:
        raise ValueError("left-over romaji tokens")
    return n


_LT = {"vienas": 1, "du": 2, "trys": 3, "keturi": 4, "penki": 5, "šeši": 6, "septyni": 7, "aštuoni": 8,
       "devyni": 9, "dešimt": 10, "vienuolika": 11, "dvylika": 12, "trylika": 13, "keturiolika": 14,
       "penkiolika": 15, "šešiolika": 16, "septyniolika": 17, "aštuoniolika": 18, "devyniolika": 19,
       "dvidešimt": 20, "trisdešimt": 30, "keturiasdešimt": 40, "penkiasdešimt": 50, "šešiasdešimt": 60,
       "septyniasdešimt": 70, "aštuoniasdešimt": 80, "devyniasdešimt": 90, "šimtas": 100}

# Colemak character -> QWERTY key (lower case), retyped from the layout rows
_COLEMAK_ROWS = ("qwfpgjluy;", "arstdhneio", "zxcvbkm")
_QWERTY_ROWS = ("qwertyuiop", "asdfghjkl;", "zxcvbnm")
_BACK = {}
for _c_row, _q_row in zip(_COLEMAK_ROWS, _QWERTY_ROWS):
    for _c, _q in zip(_c_row, _q_row):
        _BACK[_c] = _q

_MONTH_START = {"Jan": 0, "Feb": 31, "Mar": 59, "Apr": 90, "May": 120, "Jun": 151}


def decode(name, run):
    if name == "balinese_digit_code_points":
        out = []
        for grp in run.split(" "):
            ds = [ord(ch) - 0x1B50 for ch in grp]
            out.append(chr(_digits_to_int(ds, 10)))
        return "".join(out)
    if name == "dozenal_pitman_code_points":
        val = {str(i): i for i in range(10)}
        val["\u218a"] = 10
        val["\u218b"] = 11
        return "".join(chr(_digits_to_int([val[ch] for ch in g], 12)) for g in run.split(" "))
    if name == "septenary_code_points":
        return "".join(chr(_digits_to_int([int(ch) for ch in g], 7)) for g in run.split(" "))
    if name == "dice_face_senary_code_points":
        out = []
        for g in run.split(" "):
            if len(g) != 3:
                raise ValueError("three dice per code")
            out.append(chr(_digits_to_int([ord(ch) - 0x2680 for ch in g], 6)))
        return "".join(out)
    if name == "japanese_romaji_number_words":
        return "".join(chr(_ja_num(w)) for w in run.split(", "))
    if name == "lithuanian_number_words":
        return "".join(chr(sum(_LT[w] for w in grp.split(" "))) for grp in run.split(", "))
    if name == "colemak_layout_mistype":
        out = []
        for ch in run:
            if ch == ":":
                out.append("P")
            elif ch.lower() in _BACK:
                q = _BACK[ch.lower()]
                out.append(q.upper() if ch.isupper() else q)
            else:
                out.append(ch)
        return "".join(out)
    if name == "braille_pattern_bytes":
        return _utf8([ord(ch) - 0x2800 for ch in run])
    if name == "yijing_hexagram_sextets":
        bits = "".join(format(ord(ch) - 0x4DC0, "06b") for ch in run)
        nbytes = len(bits) // 8
        if set(bits[nbytes * 8:]) - {"0"}:
            raise ValueError("non-zero padding")
        return _utf8([int(bits[i * 8:(i + 1) * 8], 2) for i in range(nbytes)])
    if name == "unicode_tag_characters":
        out = []
        for ch in run:
            c = ord(ch) - 0xE0000
            if not 0x20 <= c <= 0x7E:
                raise ValueError("not a tag character")
            out.append(chr(c))
        return "".join(out)
    if name == "zero_width_space_interleave":
        parts = run.split("\u200b")
        if any(len(p) != 1 for p in parts):
            raise ValueError("separator rhythm broken")
        return "".join(parts)
    if name == "decoy_interleave_every_third":
        if len(run) % 3:
            raise ValueError("length not a multiple of three")
        return run[0::3]
    if name == "parenthesized_and_squared_letters":
        out = []
        for ch in run:
            o = ord(ch)
            if 0x249C <= o <= 0x24B5:
                out.append(chr(97 + o - 0x249C))
            elif 0x1F130 <= o <= 0x1F149:
                out.append(chr(65 + o - 0x1F130))
            elif o == 0x1F100:
                out.append("0")
            elif 0x2488 <= o <= 0x2490:
                out.append(chr(49 + o - 0x2488))
            elif ch in "_.-":
                out.append(ch)
            else:
                raise ValueError("unexpected character %r" % ch)
        return "".join(out)
    if name == "quoted_printable_every_byte":
        if not re.fullmatch(r"(=[0-9A-F]{2})+", run):
            raise ValueError("not all-escaped quoted-printable")
        return _utf8([int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3)])
    if name == "css_six_digit_hex_escapes":
        if not re.fullmatch(r"(\\[0-9a-f]{6})+", run):
            raise ValueError("not six-digit CSS escapes")
        return "".join(chr(int(run[i + 1:i + 7], 16)) for i in range(0, len(run), 7))
    if name == "base36_big_integer":
        n = 0
        for ch in run:
            n = n * 36 + "0123456789abcdefghijklmnopqrstuvwxyz".index(ch)
        bs = []
        while n:
            bs.append(n & 0xFF)
            n >>= 8
        return _utf8(bs[::-1])
    if name == "day_of_year_dates":
        out = []
        for d in run.split(", "):
            m = re.fullmatch(r"(\d\d) (Jan|Feb|Mar|Apr|May|Jun)", d)
            if not m:
                raise ValueError("bad date %r" % d)
            out.append(chr(_MONTH_START[m.group(2)] + int(m.group(1))))
        return "".join(out)
    if name == "running_delta_code_points":
        toks = run.split(" ")
        cur = int(toks[0])
        out = [chr(cur)]
        for t in toks[1:]:
            if t[0] not in "+-":
                raise ValueError("delta without sign")
            cur += int(t)
            out.append(chr(cur))
        return "".join(out)
    if name == "padlock_dial_combinations":
        return "".join(chr(int(a + b + c) - 300) for a, b, c in re.findall(r"(\d)-(\d)-(\d)", run))
    if name == "leaderboard_escape_seconds":
        return "".join(chr(int(m) * 60 + int(s) - 2400) for m, s in re.findall(r"(\d+):(\d\d)", run))
    if name == "prop_chest_weights_grams":
        return "".join(chr(int(g) - 500) for g in re.findall(r"(\d+) g(?:;|$)", run))
    if name == "jigsaw_piece_counts":
        out = []
        for p in re.findall(r"(\d+) pcs", run):
            if int(p) % 4:
                raise ValueError("piece count not divisible by four")
            out.append(chr(int(p) // 4))
        return "".join(out)
    raise ValueError("unknown encoding " + name)
