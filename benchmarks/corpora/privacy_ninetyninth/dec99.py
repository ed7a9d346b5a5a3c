"""Independent decoders for p99 evasions: get only the encoding name and the encoded run."""
import re

_M = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
      ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
      "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
      "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
      "--...": "7", "---..": "8", "----.": "9", "-....-": "-", "..--.-": "_", ".-.-.-": "."}
_E = {}
for _i, _ch in enumerate("abcdefghi"): _E[0x81 + _i] = _ch
for _i, _ch in enumerate("jklmnopqr"): _E[0x91 + _i] = _ch
for _i, _ch in enumerate("stuvwxyz"): _E[0xA2 + _i] = _ch
for _i, _ch in enumerate("ABCDEFGHI"): _E[0xC1 + _i] = _ch
for _i, _ch in enumerate("JKLMNOPQR"): _E[0xD1 + _i] = _ch
for _i, _ch in enumerate("STUVWXYZ"): _E[0xE2 + _i] = _ch
for _i in range(10): _E[0xF0 + _i] = str(_i)
_E.update({0x60: "-", 0x6D: "_", 0x4B: "."})
_R = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CYR = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))


def _roman(r):
    t = 0
    for i, ch in enumerate(r):
        v = _R[ch]
        t += -v if i + 1 < len(r) and _R[r[i + 1]] > v else v
    return t


def _name(n):
    m = re.fullmatch(r"LATIN (SMALL|CAPITAL) LETTER ([A-Z])", n)
    if m:
        return m.group(2).lower() if m.group(1) == "SMALL" else m.group(2)
    m = re.fullmatch(r"DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)", n)
    if m:
        return str("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split().index(m.group(1)))
    return {"HYPHEN-MINUS": "-", "LOW LINE": "_", "FULL STOP": "."}[n]


def decode(enc, run):
    if enc == "quoted_printable_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if enc == "java_new_string_char_codes":
        m = re.fullmatch(r"new String\(new char\[\]\{([0-9, ]+)\}\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "tsql_nchar_plus_chain":
        return "".join(chr(int(x)) for x in re.findall(r"NCHAR\((\d+)\)", run))
    if enc == "oracle_chr_pipe_chain":
        return "".join(chr(int(x)) for x in re.findall(r"CHR\((\d+)\)", run))
    if enc == "hex_nibble_swapped_bytes":
        return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if enc == "morse_with_caret_capitals":
        out = ""
        for g in run.split(" "):
            if g.startswith("^"):
                out += _M[g[1:]].upper()
            else:
                out += _M[g]
        return out
    if enc == "braille_pattern_byte_cells":
        return bytes(ord(ch) - 0x2800 for ch in run).decode()
    if enc == "crockford_base32_bitstream":
        bits = "".join(format(_CK.index(ch), "05b") for ch in run)
        n = len(bits) // 8
        return bytes(int(bits[8 * i:8 * i + 8], 2) for i in range(n)).decode()
    if enc == "ebcdic_cp037_hex_bytes":
        return "".join(_E[int(h, 16)] for h in run.split())
    if enc == "roman_numeral_code_points":
        return "".join(chr(_roman(r)) for r in run.split())
    if enc == "ternary_six_trit_bytes":
        return bytes(int(t, 3) for t in run.split()).decode()
    if enc == "nucleotide_base4_quads":
        vals = ["ACGT".index(ch) for ch in run]
        return bytes(vals[i] * 64 + vals[i + 1] * 16 + vals[i + 2] * 4 + vals[i + 3] for i in range(0, len(vals), 4)).decode()
    if enc == "gray_code_byte_bits":
        out = []
        for g in run.split():
            x = int(g, 2)
            y = x
            while x:
                x >>= 1
                y ^= x
            out.append(y)
        return bytes(out).decode()
    if enc == "adjacent_pair_swap":
        l = list(run)
        for i in range(0, len(l) - 1, 2):
            l[i], l[i + 1] = l[i + 1], l[i]
        return "".join(l)
    if enc == "python_named_unicode_escapes":
        return "".join(_name(n) for n in re.findall(r"\\N\{([^}]+)\}", run))
    if enc == "spelled_character_names_commas":
        out = ""
        for w in run.split(", "):
            if w.startswith("capital "): out += w[8:].upper()
            elif w.startswith("small "): out += w[6:]
            elif w.startswith("digit "): out += w[6:]
            else: out += {"hyphen": "-", "underscore": "_", "dot": "."}[w]
        return out
    if enc == "ones_complement_byte_decimals":
        return bytes(255 - int(x) for x in run.split("/")).decode()
    if enc == "cyrillic_homoglyph_swap":
        return "".join(_CYR.get(ch, ch) for ch in run)
    if enc == "dotted_quad_byte_groups":
        bs = [int(x) for q in run.split() for x in q.split(".")]
        while bs and bs[-1] == 0:
            bs.pop()
        return bytes(bs).decode()
    if enc == "sqlite_char_function_call":
        m = re.fullmatch(r"char\(([0-9,]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "acrostic_word_initials":
        return "".join(w[0] for w in run.split(" "))
    if enc == "base10_big_integer_bytes":
        n = int(run)
        out = []
        while n:
            out.append(n & 255)
            n >>= 8
        return bytes(reversed(out)).decode()
    raise KeyError(enc)
