"""Independent decoder for p104 evasions: gets only the encoding name and the run."""
import re

def _digits(tok, base):
    n = 0
    for ch in tok:
        n = n * base + "0123456789".index(ch)
    return n

def decode(enc, run):
    toks = run.split()
    if enc == "septenary_triplet_bytes":
        return bytes(_digits(t, 7) for t in toks).decode()
    if enc == "quinary_quad_bytes":
        return bytes(_digits(t, 5) for t in toks).decode()
    if enc == "packed_bcd_byte_bits":
        out = []
        for t in toks:
            ds = [int(t[i:i + 4], 2) for i in range(0, len(t), 4)]
            out.append(int("".join(str(d) for d in ds)))
        return bytes(out).decode()
    if enc == "zeckendorf_fibonacci_bits":
        fib = [1, 2]
        while len(fib) < 20:
            fib.append(fib[-1] + fib[-2])
        out = []
        for t in toks:
            bits = t[::-1]  # rightmost bit = 1
            out.append(sum(fib[i] for i, b in enumerate(bits) if b == "1"))
        return bytes(out).decode()
    if enc == "prime_factor_code_points":
        out = []
        for t in toks:
            n = 1
            for f in t.split("*"):
                if "^" in f:
                    b, e = f.split("^"); n *= int(b) ** int(e)
                else:
                    n *= int(f)
            out.append(n)
        return "".join(map(chr, out))
    if enc == "ascii_chart_row_column":
        return "".join(chr(int(a) * 16 + int(b)) for a, b in (t.split(".") for t in toks))
    if enc == "chessboard_square_nibbles":
        files = "abcdefgh"
        vals = [(int(sq[1]) - 1) * 8 + files.index(sq[0]) for sq in toks]
        return bytes(vals[i] * 16 + vals[i + 1] for i in range(0, len(vals), 2)).decode()
    if enc == "nibble_letters_a_to_p":
        s = run.replace(" ", "")
        return bytes((ord(s[i]) - 97) * 16 + ord(s[i + 1]) - 97 for i in range(0, len(s), 2)).decode()
    if enc == "alphabet_index_case_tokens":
        out = []
        for t in toks:
            k, n = t[0], t[1:]
            if t in ("DASH", "UNDER", "DOT"):
                out.append({"DASH": "-", "UNDER": "_", "DOT": "."}[t])
            elif k == "U": out.append(chr(64 + int(n)))
            elif k == "L": out.append(chr(96 + int(n)))
            elif k == "D": out.append(n)
            elif t == "DASH": out.append("-")
            elif t == "UNDER": out.append("_")
            elif t == "DOT": out.append(".")
            else: raise ValueError(t)
        return "".join(out)
    if enc == "spelled_decimal_digit_words":
        w = "zero one two three four five six seven eight nine".split()
        return bytes(int("".join(str(w.index(x)) for x in t.split("-"))) for t in toks).decode()
    if enc == "negabinary_byte_strings":
        out = []
        for t in toks:
            out.append(sum((-2) ** i for i, b in enumerate(reversed(t)) if b == "1"))
        return bytes(out).decode()
    if enc == "balanced_ternary_signs":
        val = {"+": 1, "0": 0, "-": -1}
        out = []
        for t in toks:
            n = 0
            for ch in t:
                n = n * 3 + val[ch]
            out.append(n)
        return bytes(out).decode()
    if enc == "dice_face_base6_triplets":
        faces = "\u2680\u2681\u2682\u2683\u2684\u2685"
        out = []
        for t in toks:
            n = 0
            for ch in t:
                n = n * 6 + faces.index(ch)
            out.append(n)
        return bytes(out).decode()
    if enc == "powers_of_two_sums":
        return "".join(chr(sum(int(p) for p in t.split("+"))) for t in toks)
    if enc == "factoradic_code_points":
        out = []
        for t in toks:
            ds = [int(x) for x in t.split(":")]
            n, f = 0, 1
            for i, d in enumerate(reversed(ds)):
                if i > 0: f *= i
                n += d * f
            out.append(n)
        return "".join(map(chr, out))
    if enc == "split_sum_pairs":
        out = []
        for t in toks:
            m = re.fullmatch(r"\((\d+)\+(\d+)\)", t)
            out.append(int(m.group(1)) + int(m.group(2)))
        return "".join(map(chr, out))
    if enc == "base9_nonary_triplets":
        return bytes(_digits(t, 9) for t in toks).decode()
    if enc == "dozenal_x_e_pairs":
        val = {**{str(i): i for i in range(10)}, "X": 10, "E": 11}
        return "".join(chr(val[t[0]] * 12 + val[t[1]]) for t in toks)
    if enc == "cjk_ideograph_decimal_digits":
        table = {"\u3007": "0", "\u4e00": "1", "\u4e8c": "2", "\u4e09": "3", "\u56db": "4",
                 "\u4e94": "5", "\u516d": "6", "\u4e03": "7", "\u516b": "8", "\u4e5d": "9"}
        return "".join(chr(int("".join(table[c] for c in t))) for t in toks)
    if enc == "code_points_times_seven":
        out = []
        for t in toks:
            q, rem = divmod(int(t), 7)
            assert rem == 0
            out.append(chr(q))
        return "".join(out)
    if enc == "clock_time_code_points":
        return "".join(chr(int(t[:2]) * 60 + int(t[3:])) for t in toks)
    if enc == "nibble_syllable_pairs":
        syl = "ba be bi bo bu da de di do du ka ke ki ko ku la".split()
        return bytes(syl.index(t[:2]) * 16 + syl.index(t[2:]) for t in toks).decode()
    raise KeyError(enc)
