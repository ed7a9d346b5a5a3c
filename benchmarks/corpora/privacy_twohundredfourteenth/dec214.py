"""Independent decoders for the p214 evasions (imports nothing from enc214, no base64/binascii/codecs)."""
import re

_GRID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz" + "0123456789" + "_.-"
_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "-....-": "-", "..--.-": "_",
}
_ALPHA_WORDS = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_DIGIT_WORDS = "zero one two tree fower fife six seven eight niner".split()
_SYM_WORDS = {"underscore": "_", "dot": ".", "dash": "-"}
_PAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_LOOK_BACK = {"\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y",
              "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E",
              "\u041d": "H", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X",
              "\u0406": "I", "\u0408": "J", "\u0405": "S"}


def _utf8(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    if name == "octal_escaped_bytes":
        return _utf8(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run))
    if name == "html_hex_character_references":
        return "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9a-fA-F]+);", run))
    if name == "url_percent_encoded_bytes":
        return _utf8(int(h, 16) for h in re.findall(r"%([0-9A-Fa-f]{2})", run))
    if name == "braille_pattern_bytes":
        return _utf8(ord(c) - 0x2800 for c in run)
    if name == "gray_code_bytes":
        out = []
        for g in run.split():
            g = int(g, 2)
            b = 0
            while g:
                b ^= g
                g >>= 1
            out.append(b)
        return _utf8(out)
    if name == "zeckendorf_fibonacci_sums":
        return "".join(chr(sum(int(x) for x in t.split("+"))) for t in run.split())
    if name == "prime_factorisation_code_points":
        out = []
        for t in run.split():
            n = 1
            for f in t.split("x"):
                if "^" in f:
                    p, e = f.split("^")
                    n *= int(p) ** int(e)
                else:
                    n *= int(f)
            out.append(chr(n))
        return "".join(out)
    if name == "spreadsheet_column_labels":
        out = []
        for t in run.split():
            n = 0
            for ch in t:
                n = n * 26 + (ord(ch) - 64)
            out.append(chr(n))
        return "".join(out)
    if name == "morse_with_caret_capitals":
        out = []
        for t in run.split():
            cap = t.startswith("^")
            ch = _MORSE_BACK[t.lstrip("^")]
            out.append(ch.upper() if cap else ch)
        return "".join(out)
    if name == "nato_phonetic_spelling":
        out = []
        for w in run.split():
            if w in _DIGIT_WORDS:
                out.append(str(_DIGIT_WORDS.index(w)))
            elif w in _SYM_WORDS:
                out.append(_SYM_WORDS[w])
            elif w.isupper():
                out.append(chr(65 + _ALPHA_WORDS.index(w.lower())))
            else:
                out.append(chr(97 + _ALPHA_WORDS.index(w)))
        return "".join(out)
    if name == "phone_keypad_multitap":
        out = []
        for g in run.split():
            cap = g.startswith("*")
            g = g.lstrip("*")
            if g[0] == "0":
                out.append(g[1])
            elif g[0] == "1":
                out.append("_.-"[len(g) - 1])
            else:
                ch = _PAD[g[0]][len(g) - 1]
                out.append(ch.upper() if cap else ch)
        return "".join(out)
    if name == "polybius_nine_by_eight_grid":
        return "".join(_GRID[(int(p[0]) - 1) * 8 + int(p[1]) - 1] for p in run.split())
    if name == "columnar_transposition_key_3142":
        c1, c2, c3, c4 = run.split(" ")
        by_pos = [c3, c1, c4, c2]  # column positions 0..3 carry key numbers 3, 1, 4, 2
        rows = "".join(by_pos[i % 4][i // 4] for i in range(4 * len(c1)))
        return rows.rstrip("*")
    if name == "case_steganography_seven_bit":
        bits = "".join("1" if c.isupper() else "0" for c in run if c.isalpha())
        return "".join(chr(int(bits[i:i + 7], 2)) for i in range(0, len(bits), 7))
    if name == "cyrillic_homoglyph_swap":
        return "".join(_LOOK_BACK.get(c, c) for c in run)
    if name == "regional_indicator_letters":
        out = []
        cap = False
        i = 0
        while i < len(run):
            c = run[i]
            if c == "^":
                cap = True
            elif 0x1F1E6 <= ord(c) <= 0x1F1FF:
                ch = chr(97 + ord(c) - 0x1F1E6)
                out.append(ch.upper() if cap else ch)
                cap = False
            elif c in "\uFE0F\u20E3":
                pass
            else:
                out.append(c)
            i += 1
        return "".join(out)
    if name == "candidate_numbers_offset":
        return "".join(chr(int(n) - 1000) for n in re.findall(r"GB\d{3}/(\d+)", run))
    if name == "placement_test_raw_scores":
        return "".join(chr(int(n)) for n in re.findall(r"[A-Z]{2} (\d+)/150", run))
    if name == "homestay_weekly_rates_pounds":
        return "".join(chr(int(n) - 200) for n in re.findall(r"£(\d+)/wk", run))
    if name == "lesson_credit_hours_quarters":
        return "".join(chr(round(float(n) * 4)) for n in re.findall(r"T-\d{3}: ([\d.]+) h", run))
    if name == "timetable_room_numbers":
        return "".join(chr(int(n) - 200) for n in re.findall(r"room (\d+)", run))
    if name == "exam_seat_labels":
        return "".join(chr((ord(t[0]) - 64) * 10 + int(t[1:]) - 1) for t in run.split())
    raise ValueError(name)
