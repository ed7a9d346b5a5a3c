"""Evasion decoders, written separately from the encoders.

Imports nothing from enc250 or common250 and no base64 / binascii / codecs / unicodedata:
every table below is retyped.  decode(name, run) returns the plain or raises ValueError.
"""
import re


class Bad(ValueError):
    pass


def _need(cond, msg="malformed run"):
    if not cond:
        raise Bad(msg)


# EBCDIC 037, retyped as ranges
_EB = {}
for _start, _letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                         (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"),
                         (0xF0, "0123456789")):
    for _i, _ch in enumerate(_letters):
        _EB[_start + _i] = _ch
_EB[0x4B] = "."
_EB[0x6D] = "_"
_EB[0x60] = "-"

# Zapf Dingbats exceptions, retyped (glyph -> code)
_ZX = {0x2605: 0x48, 0x25CF: 0x6C, 0x25A0: 0x6E, 0x25B2: 0x73, 0x25BC: 0x74, 0x25C6: 0x75, 0x25D7: 0x77}


def _pi(n):
    # Machin's formula again, written independently of the encoder
    guard = 15
    one = 10 ** (n + guard)

    def atan_recip(m):
        s = 0
        t = one // m
        i = 0
        while t:
            s += (t // (2 * i + 1)) * (1 if i % 2 == 0 else -1)
            t //= m * m
            i += 1
        return s
    v = 16 * atan_recip(5) - 4 * atan_recip(239)
    parts = []
    while v >= 10 ** 500:
        v, low = divmod(v, 10 ** 500)
        parts.insert(0, str(low).rjust(500, "0"))
    return (str(v) + "".join(parts))[1:n + 1]


_PI = None


def _pi_table():
    global _PI
    if _PI is None:
        _PI = _pi(6000)
    return _PI


def _spiral_table(limit):
    pos = {}
    x = y = 0
    n = 1
    step = 1
    moves = ((1, 0), (0, 1), (-1, 0), (0, -1))
    m = 0
    pos[(0, 0)] = 1
    while n < limit:
        for _ in range(2):
            dx, dy = moves[m % 4]
            for _ in range(step):
                x += dx
                y += dy
                n += 1
                pos[(x, y)] = n
            m += 1
        step += 1
    return pos


_SPIRAL = _spiral_table(200)


def _binom(n, k):
    if k < 0 or k > n:
        return 0
    num = 1
    den = 1
    for i in range(k):
        num *= n - i
        den *= i + 1
    return num // den


def _bf(prog, limit=2000000):
    tape = [0] * 64
    ptr = 0
    out = []
    stack = []
    match = {}
    for i, ch in enumerate(prog):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            _need(stack, "unbalanced ]")
            j = stack.pop()
            match[i] = j
            match[j] = i
    _need(not stack, "unbalanced [")
    pc = 0
    steps = 0
    while pc < len(prog):
        steps += 1
        _need(steps < limit, "program too long")
        ch = prog[pc]
        if ch == ">":
            ptr += 1
            _need(ptr < len(tape))
        elif ch == "<":
            ptr -= 1
            _need(ptr >= 0)
        elif ch == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ".":
            out.append(chr(tape[ptr]))
        elif ch == "[" and tape[ptr] == 0:
            pc = match[pc]
        elif ch == "]" and tape[ptr] != 0:
            pc = match[pc]
        elif ch not in "+-<>.,[]":
            raise Bad("not a Brainfuck character")
        pc += 1
    return "".join(out)


def decode(name, run):
    if name == "ebcdic_cp037_hex_bytes":
        toks = run.split(" ")
        _need(all(re.fullmatch(r"[0-9A-F]{2}", t) for t in toks))
        return "".join(_EB[int(t, 16)] for t in toks)
    if name == "hamming_seven_four_bit_words":
        toks = run.split(" ")
        _need(len(toks) % 2 == 0 and all(re.fullmatch(r"[01]{7}", t) for t in toks))
        nibs = []
        for t in toks:
            p1, p2, d1, p3, d2, d3, d4 = (int(ch) for ch in t)
            _need(p1 == d1 ^ d2 ^ d4 and p2 == d1 ^ d3 ^ d4 and p3 == d2 ^ d3 ^ d4, "parity")
            nibs.append(d1 * 8 + d2 * 4 + d3 * 2 + d4)
        return "".join(chr(nibs[i] * 16 + nibs[i + 1]) for i in range(0, len(nibs), 2))
    if name == "uart_eight_even_one_frames":
        out = []
        for t in run.split(" "):
            _need(re.fullmatch(r"0[01]{8}[01]1", t) is not None, "frame")
            data = t[1:9]
            _need(sum(int(b) for b in data) % 2 == int(t[9]), "parity")
            out.append(chr(sum(int(b) << i for i, b in enumerate(data))))
        return "".join(out)
    if name == "bit_run_length_counts":
        out = []
        for t in run.split(" "):
            _need(re.fullmatch(r"[1-8]+", t) is not None)
            bits = ""
            cur = "0"
            for d in t:
                bits += cur * int(d)
                cur = "1" if cur == "0" else "0"
            _need(len(bits) == 8, "not eight bits")
            out.append(chr(int(bits, 2)))
        return "".join(out)
    if name == "bit_mirrored_octets_hex":
        out = []
        for t in run.split(" "):
            _need(re.fullmatch(r"[0-9a-f]{2}", t) is not None)
            b = bin(int(t, 16))[2:].rjust(8, "0")
            out.append(chr(int(b[::-1], 2)))
        return "".join(out)
    if name == "two_fifty_sixths_decimals":
        out = []
        for t in run.split("; "):
            m = re.fullmatch(r"0\.([0-9]{1,8})", t)
            _need(m is not None)
            frac = m.group(1).ljust(8, "0")
            num = int(frac) * 256
            _need(num % 10 ** 8 == 0, "not a multiple of 1/256")
            out.append(chr(num // 10 ** 8))
        return "".join(out)
    if name == "food_emoji_code_offset":
        out = []
        for ch in run:
            c = ord(ch) - 0x1F300
            _need(32 <= c < 127)
            out.append(chr(c))
        return "".join(out)
    if name == "quire_sheet_paper_counts":
        out = []
        for t in run.split(", "):
            m = re.fullmatch(r"(\d+) qr (\d+) sh", t)
            _need(m is not None and int(m.group(2)) < 24)
            out.append(chr(int(m.group(1)) * 24 + int(m.group(2))))
        return "".join(out)
    if name == "isbn_ten_code_triplets":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3})-([0-9X])", t)
            _need(m is not None)
            digits = m.group(1) + m.group(2) + m.group(3)
            chk = 10 if m.group(4) == "X" else int(m.group(4))
            total = sum((10 - i) * int(d) for i, d in enumerate(digits)) + chk
            _need(total % 11 == 0, "ISBN check digit")
            for g in (m.group(1), m.group(2), m.group(3)):
                if int(g):
                    out.append(chr(int(g)))
        return "".join(out)
    if name == "powers_of_three_mod_257":
        table = {}
        v = 1
        for n in range(256):
            table[v] = n
            v = v * 3 % 257
        return "".join(chr(table[int(t)]) for t in run.split(" "))
    if name == "pi_digit_search_positions":
        digits = _pi_table()
        out = []
        for t in run.split(" "):
            p = int(t)
            three = digits[p - 1:p + 2]
            _need(digits.index(three) == p - 1, "not the first position")
            out.append(chr(int(three)))
        return "".join(out)
    if name == "look_and_say_descriptions":
        out = []
        for t in run.split(" "):
            _need(len(t) % 2 == 0)
            s = "".join(t[i + 1] * int(t[i]) for i in range(0, len(t), 2))
            out.append(chr(int(s)))
        return "".join(out)
    if name == "brainfuck_print_program":
        return _bf(run)
    if name == "zapf_dingbats_key_glyphs":
        out = []
        for ch in run:
            cp = ord(ch)
            if cp in _ZX:
                out.append(chr(_ZX[cp]))
            else:
                _need(0x270D <= cp <= 0x275A)
                out.append(chr(cp - 0x2700 + 0x20))
        return "".join(out)
    if name == "mac_standard_glyph_ids":
        return "".join(chr(int(t) + 29) for t in run.split(", "))
    if name == "edition_ledger_prints_to_come":
        out = []
        for t in run.split(", "):
            m = re.fullmatch(r"(\d+)/(\d+)", t)
            _need(m is not None)
            out.append(chr(int(m.group(2)) - int(m.group(1))))
        return "".join(out)
    if name == "overlong_utf8_two_byte_hex":
        out = []
        for t in run.split(" "):
            _need(re.fullmatch(r"C[01][89AB][0-9A-F]", t) is not None, "not an overlong pair")
            b1, b2 = int(t[:2], 16), int(t[2:], 16)
            out.append(chr(((b1 & 0x1F) << 6) | (b2 & 0x3F)))
        return "".join(out)
    if name == "folio_leaf_page_pairs":
        out = []
        for t in run.split("; "):
            m = re.fullmatch("pp\\. (\\d+)\u2013(\\d+)", t)
            _need(m is not None)
            a, b = int(m.group(1)), int(m.group(2))
            _need(b == a + 1 and b % 2 == 0, "not a leaf")
            out.append(chr(b // 2))
        return "".join(out)
    if name == "kerning_table_font_units":
        out = []
        for t in run.split(" | "):
            m = re.fullmatch("(\\S\\S) \u2212(\\d+)", t)
            _need(m is not None)
            out.append(chr(int(m.group(2))))
        return "".join(out)
    if name == "utf16be_pair_mojibake":
        bs = []
        for ch in run:
            cp = ord(ch)
            _need(cp <= 0xFFFF)
            bs.extend([cp >> 8, cp & 0xFF])
        if bs and bs[-1] == 0x20:
            bs.pop()
        return "".join(chr(b) for b in bs)
    if name == "combinadic_triples":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"\{(\d+),(\d+),(\d+)\}", t)
            _need(m is not None)
            c, b, a = int(m.group(1)), int(m.group(2)), int(m.group(3))
            _need(c > b > a >= 0, "order")
            out.append(chr(_binom(c, 3) + _binom(b, 2) + _binom(a, 1)))
        return "".join(out)
    if name == "ulam_spiral_coordinates":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"\((-?\d+),(-?\d+)\)", t)
            _need(m is not None)
            out.append(chr(_SPIRAL[(int(m.group(1)), int(m.group(2)))]))
        return "".join(out)
    raise Bad("unknown encoding " + name)
