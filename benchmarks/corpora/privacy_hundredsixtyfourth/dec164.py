"""Independent decoders for the p164 evasion notations: name + run -> plain."""
import re

_B32H = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CYR = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "ј": "j",
        "ѕ": "s", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
        "Р": "P", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S"}
_PHON = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_NUMW = "zero one two three four five six seven eight nine".split()
_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o ---
p .--. q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...--
4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----. . .-.-.- - -....- _ ..--.-"""
_tok = _MORSE_TABLE.split()
_MORSE = {_tok[i + 1]: _tok[i] for i in range(0, len(_tok), 2)}
# QWERTY key -> Dvorak character at that position
_Q = "qwertyuiopasdfghjkl;zxcvbnm,./'-"
_D = "',.pyfgcrlaoeuidhtns;qjkxbmwvz-["
_QS = 'QWERTYUIOPASDFGHJKL:ZXCVBNM<>?"_'
_DS = '"<>PYFGCRLAOEUIDHTNS:QJKXBMWVZ_{'


def _bytes_to_text(b):
    return b.decode("utf-8")


def _b32hex(run):
    bits = ""
    for ch in run.rstrip("="):
        bits += format(_B32H.index(ch), "05b")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _b64u(run):
    bits = ""
    for ch in run.rstrip("="):
        bits += format(_B64U.index(ch), "06b")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    out = bytearray()
    for i in range(0, len(vals), 4):
        q = vals[i:i + 4] + [0] * (4 - len(vals[i:i + 4]))
        x = (q[0] << 18) | (q[1] << 12) | (q[2] << 6) | q[3]
        out += bytes([(x >> 16) & 255, (x >> 8) & 255, x & 255])
    return bytes(out[:n])


def _roman(tok):
    total = 0
    for i, ch in enumerate(tok):
        v = _ROMAN[ch]
        if i + 1 < len(tok) and _ROMAN[tok[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _unkey(tok):
    if tok.startswith("#"):
        return tok[1]
    if tok in ("-", "_", "."):
        return tok
    cap = tok.startswith("^")
    t = tok.lstrip("^")
    key = int(t[0])
    if set(t) != {t[0]}:
        raise ValueError(tok)
    groups = {2: "abc", 3: "def", 4: "ghi", 5: "jkl", 6: "mno", 7: "pqrs", 8: "tuv", 9: "wxyz"}
    ch = groups[key][len(t) - 1]
    return ch.upper() if cap else ch


def _phon(w):
    if w in _NUMW:
        return str(_NUMW.index(w))
    if w in ("dash", "underscore", "dot"):
        return {"dash": "-", "underscore": "_", "dot": "."}[w]
    if w.lower() in _PHON:
        ch = chr(97 + _PHON.index(w.lower()))
        return ch.upper() if w.isupper() else ch
    raise ValueError(w)


def _dvorak_run(run):
    out = []
    for c in run:
        if c in _Q:
            out.append(_D[_Q.index(c)])
        elif c in _QS:
            out.append(_DS[_QS.index(c)])
        else:
            out.append(c)
    return "".join(out)


def decode(name, run):
    if name == "octal_byte_triplets":
        return _bytes_to_text(bytes(int(t, 8) for t in run.split()))
    if name == "cyrillic_homoglyph_substitution":
        return "".join(_CYR.get(c, c) for c in run)
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == "caesar_back_seven_digits_up_three":
        out = []
        for c in run:
            if "a" <= c <= "z":
                out.append(chr((ord(c) - 97 + 7) % 26 + 97))
            elif "A" <= c <= "Z":
                out.append(chr((ord(c) - 65 + 7) % 26 + 65))
            elif c.isdigit():
                out.append(str((int(c) + 7) % 10))
            else:
                out.append(c)
        return "".join(out)
    if name == "fullwidth_forms":
        return "".join(chr(ord(c) - 0xFEE0) for c in run)
    if name == "mathematical_bold_alphanumerics":
        out = []
        for c in run:
            o = ord(c)
            if 0x1D400 <= o < 0x1D41A:
                out.append(chr(o - 0x1D400 + 65))
            elif 0x1D41A <= o < 0x1D434:
                out.append(chr(o - 0x1D41A + 97))
            elif 0x1D7CE <= o < 0x1D7D8:
                out.append(chr(o - 0x1D7CE + 48))
            else:
                out.append(c)
        return "".join(out)
    if name == "nato_phonetic_spelling":
        return "".join(_phon(w) for w in run.split())
    if name == "morse_with_star_for_capitals":
        out = []
        for t in run.split(" "):
            cap = t.startswith("*")
            ch = _MORSE[t.lstrip("*")]
            out.append(ch.upper() if cap else ch)
        return "".join(out)
    if name == "base32hex_extended_alphabet":
        return _bytes_to_text(_b32hex(run))
    if name == "uuencode_single_line":
        return _bytes_to_text(_uu(run))
    if name == "base64url_of_utf16le":
        return _b64u(run).decode("utf-16-le")
    if name == "dvorak_typed_on_qwerty_keys":
        return _dvorak_run(run)
    if name == "phone_keypad_multitap":
        return "".join(_unkey(t) for t in run.split(" "))
    if name == "ipv6_address_disguise":
        hx = "".join(g for a in run.split(", ") for g in a.split(":"))
        return _bytes_to_text(bytes.fromhex(hx).rstrip(b"\x00"))
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split())
    if name == "hair_colour_shade_numbers":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d)", run))
    if name == "treatment_durations_hours_minutes":
        return "".join(chr(int(h) * 60 + int(m)) for h, m in re.findall(r"(\d+)h(\d\d)", run))
    if name == "loyalty_stamp_rows_per_byte":
        rows = [r.strip() for r in run.split("|")]
        return _bytes_to_text(bytes(int(r.replace("●", "1").replace("○", "0"), 2) for r in rows))
    if name == "gift_card_digit_groups":
        d = run.replace(" ", "")
        chunks = [d[i:i + 3] for i in range(0, len(d), 3)]
        chunks = [c for c in chunks if len(c) == 3 and c != "000"]
        return "".join(chr(int(c)) for c in chunks)
    if name == "odd_positions_with_decoys":
        return run[0::2]
    if name == "columnar_transposition_width_four":
        rows = len(run) // 4
        cols = [run[i * rows:(i + 1) * rows] for i in range(4)]
        return "".join(cols[c][r] for r in range(rows) for c in range(4)).rstrip("~")
    if name == "unicode_tag_block_smuggling":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    raise KeyError(name)
