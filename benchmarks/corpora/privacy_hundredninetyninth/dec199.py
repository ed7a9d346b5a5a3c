"""Independent decoder for the p199 evasions: gets only the encoding name and the run.
Imports nothing from enc199 and no base64 / binascii / codecs."""
import re
import unicodedata

_MORSE_TABLE = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o ---
p .--. q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...--
4 ....- 5 ..... 6 -.... 7 --... 8 ---.. 9 ----. . .-.-.- - -....- _ ..--.-"""
_t = _MORSE_TABLE.split()
MORSE_BACK = {_t[i + 1]: _t[i] for i in range(0, len(_t), 2)}

_KEYS = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "QWERTYUIOP{}", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
LEFT = {}
for _row in _KEYS:
    for _i in range(1, len(_row)):
        LEFT[_row[_i]] = _row[_i - 1]
LEFT["+"] = "_"

_TURNED = {"ɐ": "a", "q": "b", "ɔ": "c", "p": "d", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ɾ": "j",
           "ʞ": "k", "l": "l", "ɯ": "m", "u": "n", "o": "o", "d": "p", "b": "q", "ɹ": "r", "s": "s", "ʇ": "t",
           "n": "u", "ʌ": "v", "ʍ": "w", "x": "x", "ʎ": "y", "z": "z", "∀": "A", "ꓭ": "B", "Ɔ": "C", "ꓷ": "D",
           "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "H": "H", "I": "I", "ſ": "J", "ꓘ": "K", "⅂": "L", "W": "M", "N": "N",
           "O": "O", "Ԁ": "P", "Ꝺ": "Q", "ꓤ": "R", "S": "S", "ꓕ": "T", "∩": "U", "Λ": "V", "M": "W", "X": "X",
           "⅄": "Y", "Z": "Z", "0": "0", "Ɩ": "1", "ᄅ": "2", "Ɛ": "3", "ㄣ": "4", "ϛ": "5", "9": "6", "ㄥ": "7",
           "8": "8", "6": "9", "-": "-", "‾": "_", "˙": "."}

_NOTES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_EO = {"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "ses": 6, "sep": 7, "ok": 8, "naŭ": 9}


def _eth(s):
    total = 0
    for ch in s:
        o = ord(ch)
        if o == 0x137B:
            total += 100
        elif 0x1372 <= o <= 0x137A:
            total += (o - 0x1371) * 10
        elif 0x1369 <= o <= 0x1371:
            total += o - 0x1368
        else:
            raise ValueError(ch)
    return total


def _eo(s):
    total = 0
    for w in s.split():
        if w == "cent":
            total += 100
        elif w == "dek":
            total += 10
        elif w.endswith("dek"):
            total += _EO[w[:-3]] * 10
        else:
            total += _EO[w]
    return total


def _chars(codes):
    return "".join(chr(c) for c in codes)


def decode(name, run):
    if name == "nonary_code_points":
        return _chars(int(t, 9) for t in run.split())
    if name == "bengali_digit_code_points":
        return _chars(int("".join(str(unicodedata.digit(ch)) for ch in t)) for t in run.split())
    if name == "braille_cells_utf8_bytes":
        return bytes(ord(ch) - 0x2800 for ch in run).decode()
    if name == "morse_code_caret_capitals":
        out = ""
        for t in run.split():
            up = t.startswith("^")
            ch = MORSE_BACK[t.lstrip("^")]
            out += ch.upper() if up else ch
        return out
    if name == "qwerty_key_to_the_right":
        return "".join(LEFT[ch] for ch in run)
    if name == "base32_rfc4648_utf8":
        bits = "".join(format(_B32.index(ch), "05b") for ch in run.rstrip("="))
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
    if name == "z85_zeromq_nul_padded":
        out = b""
        for i in range(0, len(run), 5):
            n = 0
            for ch in run[i:i + 5]:
                n = n * 85 + _Z85.index(ch)
            out += n.to_bytes(4, "big")
        return out.rstrip(b"\0").decode()
    if name == "acrostic_word_initials":
        return "".join(w[0] for w in run.split(" "))
    if name == "mathematical_bold_serif_letters":
        return unicodedata.normalize("NFKC", run)
    if name == "regional_indicator_caret_capitals":
        out = ""
        up = False
        for ch in run:
            if ch == "^":
                up = True
                continue
            o = ord(ch)
            if 0x1F1E6 <= o <= 0x1F1FF:
                c = chr(o - 0x1F1E6 + 97)
                out += c.upper() if up else c
            else:
                out += ch
            up = False
        return out
    if name == "combining_long_stroke_overlay":
        return run.replace("\u0336", "")
    if name == "upside_down_turned_text":
        return "".join(_TURNED[ch] for ch in reversed(run))
    if name == "midi_note_names_code_points":
        out = []
        for t in run.split():
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", t)
            out.append(_NOTES[m.group(1)] + 12 * (int(m.group(2)) + 1))
        return _chars(out)
    if name == "metronome_marks_bpm":
        return _chars(int(x) for x in re.findall(r"♩ = (\d+)", run))
    if name == "exam_marks_out_of_150":
        return _chars(int(x) for x in re.findall(r": (\d+)/150", run))
    if name == "recital_seat_row_and_number":
        return _chars((ord(r) - 65) * 20 + int(s) - 1 for r, s in re.findall(r"Row ([A-Z]) seat (\d+)", run))
    if name == "koechel_catalogue_numbers":
        return _chars(int(x) for x in re.findall(r"K\. (\d+)", run))
    if name == "ethiopic_numerals_code_points":
        return _chars(_eth(t) for t in run.split())
    if name == "squared_code_points":
        out = []
        for t in run.split():
            n = int(t)
            r = int(n ** 0.5)
            while r * r > n:
                r -= 1
            while (r + 1) * (r + 1) <= n:
                r += 1
            out.append(r)
        return _chars(out)
    if name == "utf8_bytes_as_ipv4_addresses":
        bs = []
        for addr in run.split():
            bs.extend(int(x) for x in addr.split("."))
        return bytes(bs).rstrip(b"\0").decode()
    if name == "esperanto_number_words_code_points":
        return _chars(_eo(t) for t in run.split(" / "))
    if name == "dojo_three_judge_score_totals":
        return _chars(sum(int(x) for x in grp.split()) for grp in re.findall(r"\[([\d ]+)\]", run))
    raise KeyError(name)
