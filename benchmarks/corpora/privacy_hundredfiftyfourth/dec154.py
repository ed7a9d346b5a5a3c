"""Independent decoder: gets only the encoding name and the run (written separately from enc154)."""
import re

_RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_MORSE_REV = {v: k for k, v in {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
    "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}.items()}
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_CYR = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "А": "A", "В": "B", "С": "C", "Е": "E",
        "Н": "H", "К": "K", "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X"}


def _roman(s):
    tot = 0
    for i, ch in enumerate(s):
        v = _RV[ch]
        if i + 1 < len(s) and _RV[s[i + 1]] > v:
            tot -= v
        else:
            tot += v
    return tot


def _cp037_table():
    # byte -> char for the characters this corpus uses (typed from the code-page chart)
    t = {0x60: "-", 0x6D: "_", 0x4B: "."}
    for i, c in enumerate("abcdefghi"):
        t[0x81 + i] = c
    for i, c in enumerate("jklmnopqr"):
        t[0x91 + i] = c
    for i, c in enumerate("stuvwxyz"):
        t[0xA2 + i] = c
    for i, c in enumerate("ABCDEFGHI"):
        t[0xC1 + i] = c
    for i, c in enumerate("JKLMNOPQR"):
        t[0xD1 + i] = c
    for i, c in enumerate("STUVWXYZ"):
        t[0xE2 + i] = c
    for i in range(10):
        t[0xF0 + i] = str(i)
    return t

_CP037 = _cp037_table()


def decode(name, run):
    if name == "octal_escape_per_byte":
        return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(w)) for w in run.split(" "))
    if name == "birth_year_offset_1800":
        return "".join(chr(int(w[2:]) - 1800) for w in run.split(","))
    if name == "folio_recto_verso_numbers":
        return "".join(chr(int(m.group(1)) * 2 + (m.group(2) == "v")) for m in re.finditer(r"f\.(\d+)([rv])", run))
    if name == "morse_with_caret_capitals":
        out = ""
        for w in run.split(" "):
            if w.startswith("^"):
                out += _MORSE_REV[w[1:]].upper()
            else:
                out += _MORSE_REV[w]
        return out
    if name == "base58_bitcoin_integer":
        n = 0
        for ch in run:
            n = n * 58 + _B58.index(ch)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
    if name == "uuencode_single_line":
        n = (ord(run[0]) - 32) & 63
        bits = [((ord(ch) - 32) & 63) for ch in run[1:]]
        out = bytearray()
        for i in range(0, len(bits), 4):
            q = bits[i:i + 4]
            v = (q[0] << 18) | (q[1] << 12) | (q[2] << 6) | q[3]
            out += bytes([(v >> 16) & 255, (v >> 8) & 255, v & 255])
        return bytes(out[:n]).decode()
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(ch) - 33 - 47) % 94) if "!" <= ch <= "~" else ch for ch in run)
    if name == "ebcdic_cp037_hex":
        return "".join(_CP037[int(h, 16)] for h in run.split(" "))
    if name == "utf16be_code_unit_hex":
        return "".join(chr(int(h, 16)) for h in run.split(" "))
    if name == "rail_fence_two_rails":
        a, b = run.split("|")
        out = []
        for i in range(len(a) + len(b)):
            out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
        return "".join(out)
    if name == "xor_5a_byte_hex":
        return bytes(int(run[i:i + 2], 16) ^ 90 for i in range(0, len(run), 2)).decode()
    if name == "nibble_swapped_byte_hex":
        return bytes(int(h[1] + h[0], 16) for h in run.split(":")).decode()
    if name == "dna_nucleotide_quads":
        val = {"A": 0, "C": 1, "G": 2, "T": 3}
        return bytes(val[q[0]] * 64 + val[q[1]] * 16 + val[q[2]] * 4 + val[q[3]] for q in run.split(" ")).decode()
    if name == "census_page_line_refs":
        return "".join(chr(int(p) * 50 + int(l)) for p, l in re.findall(r"p\.(\d+)/l\.(\d+)", run))
    if name == "ahnentafel_father_mother_paths":
        return "".join(chr(int("1" + w.replace("F", "0").replace("M", "1"), 2)) for w in run.split(" "))
    if name == "doubled_characters":
        return run[1::2]
    if name == "combining_acute_interleaved":
        return run.replace("\u0301", "")
    if name == "soft_hyphen_interleaved":
        return run.replace("\u00ad", "")
    if name == "cyrillic_homoglyph_swap":
        return "".join(_CYR.get(ch, ch) for ch in run)
    if name == "mathematical_bold_alnum":
        out = ""
        for ch in run:
            o = ord(ch)
            if 0x1D400 <= o < 0x1D41A:
                out += chr(65 + o - 0x1D400)
            elif 0x1D41A <= o < 0x1D434:
                out += chr(97 + o - 0x1D41A)
            elif 0x1D7CE <= o < 0x1D7D8:
                out += chr(48 + o - 0x1D7CE)
            else:
                out += ch
        return out
    if name == "circled_alphanumerics":
        out = ""
        for ch in run:
            o = ord(ch)
            if 0x24B6 <= o <= 0x24CF:
                out += chr(65 + o - 0x24B6)
            elif 0x24D0 <= o <= 0x24E9:
                out += chr(97 + o - 0x24D0)
            elif o == 0x24EA:
                out += "0"
            elif 0x2460 <= o <= 0x2468:
                out += chr(49 + o - 0x2460)
            else:
                out += ch
        return out
    raise KeyError(name)
