"""Independent decoders for the p203 evasions (written apart from enc203; no base64/binascii/codecs)."""
import re
import unicodedata

_MORSE_TABLE = """
.- a|-... b|-.-. c|-.. d|. e|..-. f|--. g|.... h|.. i|.--- j|-.- k|.-.. l|-- m|-. n|--- o|.--. p|--.- q
.-. r|... s|- t|..- u|...- v|.-- w|-..- x|-.-- y|--.. z|----- 0|.---- 1|..--- 2|...-- 3|....- 4|..... 5
-.... 6|--... 7|---.. 8|----. 9|-....- -|..--.- _|.-.-.- .
"""
MORSE_BACK = {}
for _item in _MORSE_TABLE.replace("\n", "|").split("|"):
    _item = _item.strip()
    if _item:
        _code, _ch = _item.split(" ")
        MORSE_BACK[_code] = _ch

FR_VALUES = {"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
             "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
             "soixante": 60, "cent": 100, "et": 0}

KO_DIGIT = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}

LA_VALUES = {"unus": 1, "duo": 2, "tres": 3, "quattuor": 4, "quinque": 5, "sex": 6, "septem": 7, "octo": 8,
             "novem": 9, "decem": 10, "undecim": 11, "duodecim": 12, "tredecim": 13, "quattuordecim": 14,
             "quindecim": 15, "sedecim": 16, "septendecim": 17, "octodecim": 18, "novendecim": 19,
             "viginti": 20, "triginta": 30, "quadraginta": 40, "quinquaginta": 50, "sexaginta": 60,
             "septuaginta": 70, "octoginta": 80, "nonaginta": 90, "centum": 100}

XX_ALPHA = "+-" + "".join(chr(c) for c in range(48, 58)) + "".join(chr(c) for c in range(65, 91)) + \
    "".join(chr(c) for c in range(97, 123))
B64U_ALPHA = "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + \
    "".join(chr(c) for c in range(48, 58)) + "-_"


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def _fr_number(words):
    toks = [t for t in re.split(r"[\s\-]+", words.strip()) if t]
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == "quatre" and i + 1 < len(toks) and toks[i + 1] in ("vingt", "vingts"):
            total += 80
            i += 2
            continue
        total += FR_VALUES[t]
        i += 1
    return total


def _ko_number(word):
    total, pending = 0, None
    for ch in word:
        if ch in KO_DIGIT:
            pending = KO_DIGIT[ch]
        elif ch == "백":
            total += (pending or 1) * 100
            pending = None
        elif ch == "십":
            total += (pending or 1) * 10
            pending = None
        else:
            raise ValueError(ch)
    return total + (pending or 0)


def _armenian_number(word):
    total = 0
    for ch in word:
        o = ord(ch)
        if 0x0531 <= o <= 0x0539:
            total += o - 0x0530
        elif 0x053A <= o <= 0x0542:
            total += (o - 0x0539) * 10
        elif 0x0543 <= o <= 0x054B:
            total += (o - 0x0542) * 100
        else:
            raise ValueError(ch)
    return total


def _unautokey(run, primer="kiln"):
    key = list(primer)
    out = []
    for c in run:
        if c.isascii() and c.isalpha():
            k = ord(key.pop(0)) - 97
            base = 65 if c.isupper() else 97
            p = chr(base + (ord(c) - base - k) % 26)
            out.append(p)
            key.append(p.lower())
        else:
            out.append(c)
    return "".join(out)


def _groups_of_six_bits(chars, alpha):
    bits = 0
    nbits = 0
    out = []
    for c in chars:
        bits = (bits << 6) | alpha.index(c)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return out


def decode(name, run):
    if name == "morse_code_with_shift_mark":
        out = []
        for g in run.split(" "):
            up = g.startswith("^")
            ch = MORSE_BACK[g.lstrip("^")]
            out.append(ch.upper() if up else ch)
        return "".join(out)
    if name == "braille_byte_patterns":
        return _bytes_to_str([ord(c) - 0x2800 for c in run])
    if name == "base_five_code_points":
        return "".join(chr(int(t, 5)) for t in run.split(" "))
    if name == "armenian_alphabetic_numerals":
        return "".join(chr(_armenian_number(t)) for t in run.split(" "))
    if name == "khmer_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x17E0) for c in t))) for t in run.split(" "))
    if name == "french_number_words":
        return "".join(chr(_fr_number(t)) for t in run.split(" / "))
    if name == "korean_sino_number_words":
        return "".join(chr(_ko_number(t)) for t in run.split(" "))
    if name == "latin_number_words":
        return "".join(chr(sum(LA_VALUES[w] for w in t.split(" "))) for t in run.split(", "))
    if name in ("math_monospace_letters", "math_fraktur_letters"):
        return unicodedata.normalize("NFKC", run)
    if name == "html_decimal_entities":
        return "".join(chr(int(m)) for m in re.findall(r"&#(\d+);", run))
    if name == "base64url_unpadded":
        return _bytes_to_str(_groups_of_six_bits(run, B64U_ALPHA))
    if name == "xxencode_single_line":
        n = XX_ALPHA.index(run[0])
        return _bytes_to_str(_groups_of_six_bits(run[1:], XX_ALPHA)[:n])
    if name == "autokey_cipher_primer_kiln":
        return _unautokey(run)
    if name == "a1z26_letter_positions":
        out = []
        for t in run.split(" "):
            if t.startswith("^"):
                out.append(chr(64 + int(t[1:])))
            elif t.startswith("#"):
                out.append(t[1:])
            elif t.isdigit():
                out.append(chr(96 + int(t)))
            else:
                out.append(t)
        return "".join(out)
    if name == "code_point_cubes":
        res = []
        for t in run.split(" "):
            v = int(t)
            r = round(v ** (1 / 3))
            while r ** 3 > v:
                r -= 1
            while (r + 1) ** 3 <= v:
                r += 1
            if r ** 3 != v:
                raise ValueError("not a cube")
            res.append(chr(r))
        return "".join(res)
    if name == "kiln_firing_segment_targets":
        return "".join(chr(int(m) - 1000) for m in re.findall(r"to (\d+)°C", run))
    if name == "glaze_recipe_gram_weights":
        return "".join(chr(int(m)) for m in re.findall(r" (\d+)\.\d g", run))
    if name == "glass_colour_rod_numbers":
        return "".join(chr(int(m) - 500) for m in re.findall(r"EF (\d+)", run))
    if name == "damascus_billet_layer_counts":
        return "".join(chr(int(m) - 200) for m in re.findall(r"(\d+) layers", run))
    if name == "craft_fair_stall_numbers":
        return "".join(chr(int(m) - 100) for m in re.findall(r"stall (\d+)", run))
    if name == "ipv4_dotted_quad_bytes":
        bs = [int(x) for q in run.split(" ") for x in q.split(".")]
        while bs and bs[-1] == 0:
            bs.pop()
        return _bytes_to_str(bs)
    raise KeyError(name)
