"""Independent decoders for the p211 evasion records (no import from enc211, no base64/binascii/codecs)."""
import re

_SC = {"\u1d00": "a", "\u0299": "b", "\u1d04": "c", "\u1d05": "d", "\u1d07": "e", "\ua730": "f", "\u0262": "g",
       "\u029c": "h", "\u026a": "i", "\u1d0a": "j", "\u1d0b": "k", "\u029f": "l", "\u1d0d": "m", "\u0274": "n",
       "\u1d0f": "o", "\u1d18": "p", "\u01eb": "q", "\u0280": "r", "\ua731": "s", "\u1d1b": "t", "\u1d1c": "u",
       "\u1d20": "v", "\u1d21": "w", "\u028f": "y", "\u1d22": "z"}
_SV_TEEN = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
            "sjutton": 17, "arton": 18, "nitton": 19}
_SV_TENS = [("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60), ("sjuttio", 70),
            ("åttio", 80), ("nittio", 90)]
_SV_ONE = {"": 0, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_FI_ONE = {"": 0, "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7,
           "kahdeksan": 8, "yhdeksän": 9}
_KEY = [3, 1, 4, 1, 5]


def _sv(w):
    n = 0
    if w.startswith("hundra"):
        n, w = 100, w[6:]
    if w in _SV_TEEN:
        return n + _SV_TEEN[w]
    for t, v in _SV_TENS:
        if w.startswith(t):
            return n + v + _SV_ONE[w[len(t):]]
    return n + _SV_ONE[w]


def _fi(w):
    n = 0
    if w.startswith("sata"):
        n, w = 100, w[4:]
    if w == "kymmenen":
        return n + 10
    if w.endswith("toista"):
        return n + 10 + _FI_ONE[w[:-6]]
    if "kymmentä" in w:
        a, b = w.split("kymmentä")
        return n + 10 * _FI_ONE[a] + _FI_ONE[b]
    return n + _FI_ONE[w]


def _bij10(s):
    n = 0
    for c in s:
        n = n * 10 + (10 if c == "A" else int(c))
    return n


def _nega(s):
    n = 0
    for c in s:
        n = n * -10 + int(c)
    return n


def _rod(s):
    n = 0
    for c in s:
        o = ord(c)
        if c == "\u3007":
            d = 0
        elif 0x1D360 <= o <= 0x1D368:
            d = o - 0x1D360 + 1
        elif 0x1D369 <= o <= 0x1D371:
            d = o - 0x1D369 + 1
        else:
            raise ValueError(c)
        n = n * 10 + d
    return n


def _bf(prog):
    tape, ptr, out, pc = [0] * 16, 0, [], 0
    stack, match = [], {}
    for i, c in enumerate(prog):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            match[i], match[j] = j, i
    while pc < len(prog):
        c = prog[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == "[" and tape[ptr] == 0:
            pc = match[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = match[pc]
        pc += 1
    return "".join(out)


def _crt(a, b, c):
    for n in range(1001):
        if n % 7 == a and n % 11 == b and n % 13 == c:
            return n
    raise ValueError


def decode(name, run):
    if name == "base_thirteen_code_points":
        return "".join(chr(int(t, 13)) for t in run.split(" "))
    if name == "bijective_base_ten_code_points":
        return "".join(chr(_bij10(t)) for t in run.split(" "))
    if name == "negadecimal_code_points":
        return "".join(chr(_nega(t)) for t in run.split(" "))
    if name == "lao_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x0ED0) for c in t))) for t in run.split(" "))
    if name == "nko_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x07C0) for c in t))) for t in run.split(" "))
    if name == "swedish_number_words":
        return "".join(chr(_sv(t)) for t in run.split(", "))
    if name == "finnish_number_words":
        return "".join(chr(_fi(t)) for t in run.split(" / "))
    if name == "small_capital_letters":
        return "".join(_SC.get(c, c) for c in run)
    if name == "combining_long_stroke_overlay":
        return run.replace("\u0336", "")
    if name == "gronsfeld_cipher_key_31415":
        out = []
        for i, c in enumerate(run):
            k = _KEY[i % 5]
            if c.islower():
                out.append(chr((ord(c) - 97 - k) % 26 + 97))
            elif c.isupper():
                out.append(chr((ord(c) - 65 - k) % 26 + 65))
            elif c in "0123456789":
                out.append(str((int(c) - k) % 10))
            else:
                out.append(c)
        return "".join(out)
    if name == "brainfuck_print_program":
        return _bf(run)
    if name == "big_endian_decimal_integer":
        n = int(run)
        bs = []
        while n:
            bs.append(n & 255)
            n >>= 8
        return bytes(reversed(bs)).decode("utf-8")
    if name == "triplet_block_reversal":
        return "".join(run[i:i + 3][::-1] for i in range(0, len(run), 3))
    if name == "chinese_remainder_residues":
        return "".join(chr(_crt(*map(int, m))) for m in re.findall(r"\((\d+),(\d+),(\d+)\)", run))
    if name == "counting_rod_numerals":
        return "".join(chr(_rod(t)) for t in run.split(" "))
    if name == "yijing_hexagram_six_bit_groups":
        bits = "".join(format(ord(c) - 0x4DC0, "06b") for c in run)
        k = len(bits) // 8
        return bytes(int(bits[i * 8:i * 8 + 8], 2) for i in range(k)).decode("utf-8")
    if name == "plot_rent_pence_total":
        return "".join(chr(int(a) * 100 + int(b) - 3000) for a, b in re.findall(r"£(\d+)\.(\d\d)", run))
    if name == "rain_gauge_tenths_mm":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) mm", run))
    if name == "work_party_minutes_hh_mm":
        return "".join(chr(int(a) * 60 + int(b)) for a, b in re.findall(r"(\d+):(\d\d)", run))
    if name == "seed_packet_seed_counts":
        return "".join(chr(int(a)) for a in re.findall(r" x(\d+)", run))
    if name == "marrow_show_weights_grams":
        return "".join(chr(int(a) * 1000 + int(b) - 5000) for a, b in re.findall(r"(\d+)\.(\d{3}) kg", run))
    if name == "shed_key_tag_numbers":
        return "".join(chr(int(a) - 400) for a in re.findall(r"[A-H]-(\d+)", run))
    raise KeyError(name)
