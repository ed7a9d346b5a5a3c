"""Independent decoder for p101 evasions: gets the encoding name and the run only."""
import re

_A = "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + "".join(chr(c) for c in range(48, 58)) + "-_"
_KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
_GR = {"ϡ": 900, "ω": 800, "ψ": 700, "χ": 600, "φ": 500, "υ": 400, "τ": 300, "σ": 200, "ρ": 100, "ϟ": 90, "π": 80,
       "ο": 70, "ξ": 60, "ν": 50, "μ": 40, "λ": 30, "κ": 20, "ι": 10, "θ": 9, "η": 8, "ζ": 7, "ϛ": 6, "ε": 5, "δ": 4,
       "γ": 3, "β": 2, "α": 1}
_ZD = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
_EN = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})


def _fibs():
    a, b = 1, 2
    out = []
    while a < 100000:
        out.append(a); a, b = b, a + b
    return out


def _zh(s):
    total, cur = 0, 0
    for ch in s:
        if ch == "百": total += cur * 100; cur = 0
        elif ch == "十": total += (cur or 1) * 10; cur = 0
        else: cur = _ZD[ch]
    return total + cur


def _enw(s):
    n, cur = 0, 0
    for w in s.replace("-", " ").split():
        if w == "hundred": cur *= 100
        else: cur += _EN[w]
    return cur


def decode(enc, run):
    cps = None
    if enc == "tellraw_text_component_split":
        return "".join(re.findall(r'\{"text":"(.)","color":"gold"\}', run))
    if enc == "phone_keypad_multitap":
        out = ""
        for g in run.split(" "):
            if g.startswith("#"): out += g[1]
            elif g in ("-", "_"): out += g
            else:
                up = g.startswith("^"); g = g.lstrip("^")
                ch = _KEYS[g[0]][len(g) - 1]
                out += ch.upper() if up else ch
        return out
    if enc == "spreadsheet_column_code_points":
        cps = []
        for g in run.split():
            n = 0
            for ch in g: n = n * 26 + (ord(ch) - 64)
            cps.append(n)
    elif enc == "zeckendorf_fibonacci_bits":
        f = _fibs(); cps = []
        for g in run.split():
            cps.append(sum(f[i] for i, b in enumerate(reversed(g)) if b == "1"))
    elif enc == "negabinary_code_points":
        cps = [sum(int(b) * (-2) ** i for i, b in enumerate(reversed(g))) for g in run.split()]
    elif enc == "factorial_base_code_points":
        cps = []
        for g in run.split():
            ds = [int(x) for x in g.split(":")]
            n, fact = 0, 1
            for i, d in enumerate(reversed(ds)):
                if i > 0: fact *= i
                n += d * fact
            cps.append(n)
    elif enc == "packed_bcd_code_points":
        cps = [int("".join(str(int(g[i:i + 4], 2)) for i in range(0, len(g), 4))) for g in run.split()]
    elif enc == "polybius_grid_eight_square":
        return "".join(_A[(int(g[0]) - 1) * 8 + int(g[1]) - 1] for g in run.split())
    elif enc == "qwerty_right_neighbour":
        out = ""
        for c in run:
            lc = c.lower(); hit = None
            for row in _ROWS:
                if lc in row: hit = row[row.index(lc) - 1]
            out += c if hit is None else (hit.upper() if c.isupper() else hit)
        return out
    elif enc == "powershell_char_cast_join":
        m = re.fullmatch(r"-join\(\[char\[\]\]\(([\d,]+)\)\)", run); cps = [int(x) for x in m.group(1).split(",")]
    elif enc == "csharp_getstring_byte_array":
        m = re.fullmatch(r"Encoding\.UTF8\.GetString\(new byte\[\]\{([\d, ]+)\}\)", run)
        return bytes(int(x) for x in m.group(1).split(",")).decode()
    elif enc == "unicode_u_plus_sequence":
        cps = [int(g[2:], 16) for g in run.split()]
    elif enc == "affine_cipher_a64":
        return "".join(_A[(13 * (_A.index(c) - 17)) % 64] for c in run)
    elif enc == "dice_face_base6_triplets":
        cps = []
        for g in run.split():
            n = 0
            for ch in g: n = n * 6 + (ord(ch) - 0x2680)
            cps.append(n)
    elif enc == "dozenal_code_points":
        cps = [int(g.replace("X", "A").replace("E", "B"), 12) for g in run.split()]
    elif enc == "sum_pair_expressions":
        cps = [int(a) + int(b) for a, b in re.findall(r"(\d+)\+(\d+)", run)]
    elif enc == "greek_ionic_numerals":
        cps = [sum(_GR[ch] for ch in g.rstrip("ʹ")) for g in run.split()]
    elif enc == "chinese_numeral_code_points":
        cps = [_zh(g) for g in run.split("、")]
    elif enc == "snbt_int_array_literal":
        m = re.fullmatch(r"\[I; ([\d, ]+)\]", run); cps = [int(x) for x in m.group(1).split(",")]
    elif enc == "scaled_offset_code_points":
        cps = [(int(x) - 3) // 7 for x in run.split(",")]
    elif enc == "english_number_words":
        cps = [_enw(g) for g in run.split("; ")]
    elif enc == "powers_of_two_sums":
        cps = [sum(int(x) for x in g.split("+")) for g in run.split(" ")]
    else:
        raise KeyError(enc)
    return "".join(chr(c) for c in cps)
