"""Independent decoders for the p170 evasion notations (imports nothing from enc170)."""
import re
import unicodedata

_MORSE_BACK = {}
for _letter, _code in zip("abcdefghijklmnopqrstuvwxyz",
                          ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..".split()):
    _MORSE_BACK[_code] = _letter
for _d in range(10):
    _MORSE_BACK[("." * _d + "-" * (5 - _d)) if _d <= 5 else ("-" * (_d - 5) + "." * (10 - _d))] = str(_d)
_MORSE_BACK.update({"-....-": "-", ".-.-.-": ".", "..--.-": "_"})

_NATO_WORDS = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
               "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()
_NUMS = "Zero One Two Three Four Five Six Seven Eight Nine".split()
_KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_GRID = ["ABCDEF", "GHIJKL", "MNOPQR", "STUVWX", "YZ0123", "456789"]
_KEYWORD = [3, 4, 0, 3, 1, 14, 11, 19]   # D E A D B O L T


def d_morse(run):
    out = ""
    for tok in run.split(" "):
        cap = tok.startswith("^")
        ch = _MORSE_BACK[tok.lstrip("^")]
        out += ch.upper() if cap else ch
    return out


def d_nato(run):
    out = ""
    for tok in run.split(" "):
        if tok in _NUMS:
            out += str(_NUMS.index(tok))
        elif tok in ("dash", "underscore", "point"):
            out += {"dash": "-", "underscore": "_", "point": "."}[tok]
        elif tok.lower() in _NATO_WORDS:
            ch = "abcdefghijklmnopqrstuvwxyz"[_NATO_WORDS.index(tok.lower())]
            out += ch.upper() if tok.isupper() else ch
        else:
            raise ValueError(tok)
    return out


def d_rot135(run):
    lo = "abcdefghijklmnopqrstuvwxyz"
    table = str.maketrans(lo + lo.upper() + "0123456789",
                          lo[13:] + lo[:13] + lo[13:].upper() + lo[:13].upper() + "5678901234")
    return run.translate(table)


def d_vigenere(run):
    out = ""
    for i, ch in enumerate(run):
        k = _KEYWORD[i % 8]
        if ch.islower():
            out += chr(97 + (ord(ch) - 97 - k) % 26)
        elif ch.isupper():
            out += chr(65 + (ord(ch) - 65 - k) % 26)
        elif ch.isdigit():
            out += str((int(ch) - k) % 10)
        else:
            out += ch
    return out


def d_rail(run):
    rails = run.split(" | ")
    n = sum(len(x) for x in rails)
    cycle = [0, 1, 2, 1]
    order = [cycle[i % 4] for i in range(n)]
    pos = [0, 0, 0]
    out = ""
    for rail in order:
        out += rails[rail][pos[rail]]
        pos[rail] += 1
    if pos != [len(x) for x in rails]:
        raise ValueError("rail lengths")
    return out


def d_multitap(run):
    out = ""
    for tok in run.split(" "):
        if tok.startswith("#"):
            out += tok[1:]
        elif tok in ("-", "_", "."):
            out += tok
        else:
            cap = tok.startswith("*")
            t = tok.lstrip("*")
            if len(set(t)) != 1:
                raise ValueError(tok)
            ch = _KEYS[t[0]][len(t) - 1]
            out += ch.upper() if cap else ch
    return out


def d_bitting(run):
    return "".join(chr(int(code.replace("-", ""))) for code in run.split(" / "))


def d_keyblank(run):
    return "".join(chr(int(m) - 1000) for m in re.findall(r"KB(\d+)", run))


def d_safedial(run):
    out = ""
    for i, tok in enumerate(run.split(" ")):
        if tok[0] != ("L" if i % 2 == 0 else "R"):
            raise ValueError("turn order")
        out += chr(int(tok[1:]) + 30)
    return out


def d_transponder(run):
    hexs = "".join(tok[len("ID46-"):] for tok in run.split(" "))
    data = bytes(int(hexs[i:i + 2], 16) for i in range(0, len(hexs), 2))
    return data.rstrip(b"\x00").decode("utf-8")


def d_uu(run):
    count = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    data = bytearray()
    for i in range(0, len(vals), 4):
        a, b, c, d = (vals[i:i + 4] + [0, 0, 0])[:4]
        data += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
    return bytes(data[:count]).decode("utf-8")


def d_qp(run):
    if not re.fullmatch(r"(=[0-9A-F]{2})+", run):
        raise ValueError("qp")
    return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode("utf-8")


def d_pct(run):
    if not re.fullmatch(r"(%[0-9a-f]{2})+", run):
        raise ValueError("pct")
    return bytes(int(h, 16) for h in re.findall(r"%([0-9a-f]{2})", run)).decode("utf-8")


def d_jsesc(run):
    if not re.fullmatch(r"(\\u[0-9a-f]{4})+", run):
        raise ValueError("js")
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))


_DIGIT_NAMES = {"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5", "SIX": "6",
                "SEVEN": "7", "EIGHT": "8", "NINE": "9"}


def _by_name(run, prefix):
    out = ""
    for ch in run:
        if ch in "-_.":
            out += ch
            continue
        name = unicodedata.name(ch)
        if not name.startswith(prefix):
            raise ValueError(name)
        rest = [w for w in name[len(prefix):].split() if w not in ("LATIN", "LETTER")]
        if rest[0] == "CAPITAL":
            out += rest[-1]
        elif rest[0] == "SMALL":
            out += rest[-1].lower()
        elif rest[0] == "DIGIT":
            out += _DIGIT_NAMES[rest[-1]]
        else:
            raise ValueError(name)
    return out


def d_circled(run):
    return _by_name(run, "CIRCLED ")


def d_mono(run):
    return _by_name(run, "MATHEMATICAL MONOSPACE ")


def d_roman(run):
    out = ""
    for tok in run.split(" "):
        total = 0
        for i, ch in enumerate(tok):
            v = _ROMAN_VALUES[ch]
            if i + 1 < len(tok) and _ROMAN_VALUES[tok[i + 1]] > v:
                total -= v
            else:
                total += v
        out += chr(total)
    return out


def d_ternary(run):
    return bytes(int(tok, 3) for tok in run.split(" ")).decode("utf-8")


def d_negabinary(run):
    out = ""
    for tok in run.split(" "):
        out += chr(sum(int(d) * (-2) ** i for i, d in enumerate(reversed(tok))))
    return out


def d_polybius(run):
    out = ""
    for tok in run.split(" "):
        if tok in ("-", "_", "."):
            out += tok
            continue
        cap = tok.startswith("^")
        t = tok.lstrip("^")
        ch = _GRID[int(t[0]) - 1][int(t[1]) - 1]
        out += ch if (cap or ch.isdigit()) else ch.lower()
    return out


def d_acrostic(run):
    return "".join(tok[0] for tok in run.split(" "))


def d_halves(run):
    second, first = run.split(" ~ ")
    return first + second


DECODERS = {
    "morse_code_caret_capitals": d_morse,
    "nato_spelling_alphabet_words": d_nato,
    "rot13_letters_rot5_digits": d_rot135,
    "vigenere_keyword_deadbolt": d_vigenere,
    "rail_fence_three_rails": d_rail,
    "phone_keypad_multitap": d_multitap,
    "pin_tumbler_bitting_depths": d_bitting,
    "key_blank_catalogue_numbers": d_keyblank,
    "safe_dial_turn_numbers": d_safedial,
    "transponder_chip_id_hex": d_transponder,
    "uuencode_backtick_line": d_uu,
    "quoted_printable_every_byte": d_qp,
    "percent_encoding_every_byte": d_pct,
    "javascript_unicode_escapes": d_jsesc,
    "circled_alphanumeric_forms": d_circled,
    "mathematical_monospace_forms": d_mono,
    "roman_numeral_code_points": d_roman,
    "ternary_five_trit_bytes": d_ternary,
    "negabinary_code_points": d_negabinary,
    "polybius_six_by_six_square": d_polybius,
    "acrostic_initial_letters": d_acrostic,
    "halves_swapped_around_tilde": d_halves,
}


def decode(name, run):
    return DECODERS[name](run)
