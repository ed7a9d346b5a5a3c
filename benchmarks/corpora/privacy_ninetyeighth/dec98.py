"""Independent decoder for the p98 evasion notations: gets only the encoding name and the run."""
import re

_BASES = {"A": 0, "C": 1, "G": 2, "T": 3}
_PAIR = {"A": "T", "T": "A", "C": "G", "G": "C"}
_DIG62 = {c: i for i, c in enumerate("0123456789" + "".join(chr(x) for x in range(65, 91)) + "".join(chr(x) for x in range(97, 123)))}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# EBCDIC 037 table for the characters plains may use, written out by hand
_EBC = {}
for _start, _chars in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                       (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
    for _i, _c in enumerate(_chars):
        _EBC[_start + _i] = _c
_EBC.update({0x60: "-", 0x6D: "_", 0x4B: "."})


def _bytes_dna(s):
    out = bytearray()
    for i in range(0, len(s), 4):
        v = 0
        for ch in s[i:i + 4]:
            v = v * 4 + _BASES[ch]
        out.append(v)
    return out.decode()


def _roman(tok):
    tot = 0
    for i, ch in enumerate(tok):
        v = _ROMAN[ch]
        if i + 1 < len(tok) and _ROMAN[tok[i + 1]] > v:
            tot -= v
        else:
            tot += v
    return tot


def decode(name, run):
    if name == "dna_two_bit_acgt_quads":
        return _bytes_dna(run)
    if name == "dna_reverse_complement_quads":
        return _bytes_dna("".join(_PAIR[c] for c in run[::-1]))
    if name == "phred33_quality_score_list":
        return "".join(chr(int(t) + 33) for t in run.split(" "))
    if name == "base62_big_endian_integer":
        n = 0
        for ch in run:
            n = n * 62 + _DIG62[ch]
        raw = []
        while n:
            raw.append(n & 255)
            n >>= 8
        return bytes(reversed(raw)).decode()
    if name == "hex_nibble_swapped_bytes":
        return bytes(int(t[1] + t[0], 16) for t in run.split(" ")).decode()
    if name == "code_point_delta_chain":
        parts = run.split(",")
        cur = int(parts[0])
        out = [chr(cur)]
        for d in parts[1:]:
            cur += int(d)
            out.append(chr(cur))
        return "".join(out)
    if name == "zero_padded_decimal_triplets_concatenated":
        return bytes(int(run[i:i + 3]) for i in range(0, len(run), 3)).decode()
    if name == "base3_ternary_byte_sextets":
        return bytes(int(t, 3) for t in run.split(" ")).decode()
    if name == "gray_code_binary_bytes":
        out = bytearray()
        for t in run.split(" "):
            g = int(t, 2)
            b = 0
            while g:
                b ^= g
                g >>= 1
            out.append(b)
        return out.decode()
    if name == "bit_reversed_byte_hex":
        return bytes(int(bin(int(t, 16))[2:].zfill(8)[::-1], 2) for t in run.split(" ")).decode()
    if name == "running_xor_previous_byte_hex":
        prev, out = 0, bytearray()
        for t in run.split(" "):
            prev = int(t, 16) ^ prev
            out.append(prev)
        return out.decode()
    if name == "position_tagged_scrambled_pairs":
        pairs = [t.split(":", 1) for t in run.split(" ")]
        return "".join(c for _, c in sorted(pairs, key=lambda x: int(x[0])))
    if name == "columnar_transposition_four_columns":
        cols = run.split("/")
        out = []
        for r in range(len(cols[0])):
            for c in cols:
                if r < len(c):
                    out.append(c[r])
        return "".join(out)
    if name == "tsql_char_function_concatenation":
        m = re.fullmatch(r"CHAR\(\d+\)(?:\+CHAR\(\d+\))*", run)
        assert m
        return "".join(chr(int(x)) for x in re.findall(r"\d+", run))
    if name == "excel_char_formula_ampersand":
        assert re.fullmatch(r"=CHAR\(\d+\)(?:&CHAR\(\d+\))*", run)
        return "".join(chr(int(x)) for x in re.findall(r"\d+", run))
    if name == "r_inttoutf8_vector_call":
        m = re.fullmatch(r"intToUtf8\(c\(([\d, ]+)\)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(", "))
    if name == "perl_chr_map_join":
        m = re.fullmatch(r"join '', map \{ chr \} \(([\d, ]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(", "))
    if name == "python_named_unicode_escapes":
        return run.encode("ascii").decode("unicode_escape")
    if name == "ebcdic_cp037_hex_bytes":
        return "".join(_EBC[int(t, 16)] for t in run.split(" "))
    if name == "little_endian_uint32_words":
        out = bytearray()
        for t in run.split(" "):
            v = int(t, 16)
            out += bytes((v >> s) & 255 for s in (0, 8, 16, 24))
        return out.rstrip(b"\x00").decode()
    if name == "ipv4_dotted_quad_groups":
        return bytes(int(x) for g in run.split(" ") for x in g.split(".")).decode()
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split("."))
    raise KeyError(name)
