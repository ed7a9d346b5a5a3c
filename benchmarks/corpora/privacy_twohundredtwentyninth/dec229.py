"""Independent decoders for the p229 evasions.

Imports nothing from enc229 and no base64 / binascii / codecs / unicodedata; every table is retyped here.
decode(name, run) gets only the encoding name and the run.
"""
import re

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV"

# Hungarian morphemes with values (additive); longest match wins
_HUN = {"száz": 100, "tizen": 10, "huszon": 20, "tíz": 10, "húsz": 20, "harminc": 30, "negyven": 40,
        "ötven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90, "egy": 1, "kettő": 2,
        "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9}
_SWE = {"etthundra": 100, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
        "åttio": 80, "nittio": 90, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
        "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "ett": 1, "två": 2, "tre": 3, "fyra": 4,
        "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
# homoglyph -> Latin (retyped by code point)
_HOMO_BACK = {0x0430: "a", 0x0441: "c", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0445: "x", 0x0443: "y",
              0x0456: "i", 0x0458: "j", 0x0455: "s", 0x04BB: "h", 0x0501: "d", 0x051B: "q", 0x051D: "w",
              0x04CF: "l", 0x03BD: "v", 0x0410: "A", 0x0412: "B", 0x0421: "C", 0x0415: "E", 0x041D: "H",
              0x0406: "I", 0x0408: "J", 0x041A: "K", 0x041C: "M", 0x041E: "O", 0x0420: "P", 0x0405: "S",
              0x0422: "T", 0x0425: "X", 0x03A5: "Y", 0x0396: "Z", 0x039D: "N"}
_KEYS = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
_POSTNET_W = [7, 4, 2, 1, 0]
_SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb "
            "Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu "
            "Hf Ta W Re Os Ir Pt Au Hg Tl Pb").split()
_Z = {s: i + 1 for i, s in enumerate(_SYMBOLS)}


def _morph(word, table):
    total, i = 0, 0
    keys = sorted(table, key=len, reverse=True)
    while i < len(word):
        for k in keys:
            if word.startswith(k, i):
                total += table[k]
                i += len(k)
                break
        else:
            raise ValueError("bad number word %r" % word)
    return total


def _b64decode(s):
    s = s.rstrip("=")
    bits, nb, out = 0, 0, bytearray()
    for ch in s:
        bits = (bits << 6) | _B64.index(ch)
        nb += 6
        if nb >= 8:
            nb -= 8
            out.append((bits >> nb) & 0xFF)
    return bytes(out)


def _b32hexdecode(s):
    s = s.rstrip("=")
    bits, nb, out = 0, 0, bytearray()
    for ch in s:
        bits = (bits << 5) | _B32HEX.index(ch)
        nb += 5
        if nb >= 8:
            nb -= 8
            out.append((bits >> nb) & 0xFF)
    return bytes(out)


def _digit_block(run, zero):
    return "".join(chr(int("".join(str(ord(c) - zero) for c in g))) for g in run.split(" "))


def _from_codes(codes):
    return "".join(chr(c) for c in codes)


def decode(name, run):
    if name == "adlam_digit_code_points":
        return _digit_block(run, 0x1E950)
    if name == "ol_chiki_digit_code_points":
        return _digit_block(run, 0x1C50)
    if name == "mayan_vigesimal_numerals":
        out = []
        for g in run.split(" "):
            if len(g) != 2:
                raise ValueError(g)
            a, b = ord(g[0]) - 0x1D2E0, ord(g[1]) - 0x1D2E0
            if not (0 <= a < 20 and 0 <= b < 20):
                raise ValueError(g)
            out.append(a * 20 + b)
        return _from_codes(out)
    if name == "balanced_ternary_code_points":
        out = []
        for g in run.split(" "):
            v = 0
            for ch in g:
                v = v * 3 + {"+": 1, "0": 0, "-": -1}[ch]
            out.append(v)
        return _from_codes(out)
    if name == "negabinary_code_points":
        out = []
        for g in run.split(" "):
            v = 0
            for ch in g:
                v = v * -2 + int(ch)
            out.append(v)
        return _from_codes(out)
    if name == "factoradic_code_points":
        out = []
        for g in run.split(" "):
            ds = [int(c) for c in reversed(g)]
            if ds[0] != 0:
                raise ValueError(g)
            v, f = 0, 1
            for place, d in enumerate(ds):
                if place > 0:
                    f *= place
                if d > place:
                    raise ValueError(g)
                v += d * f
            out.append(v)
        return _from_codes(out)
    if name == "hungarian_number_words":
        return _from_codes(_morph(w, _HUN) for w in run.split(", "))
    if name == "swedish_number_words":
        return _from_codes(_morph(w, _SWE) for w in run.split(", "))
    if name == "cyrillic_greek_homoglyph_swap":
        return "".join(_HOMO_BACK.get(ord(c), c) for c in run)
    if name == "shavian_namer_dot_letters":
        out, cap = "", False
        for c in run:
            if c == "\u00b7":
                cap = True
                continue
            o = ord(c)
            if 0x10450 <= o < 0x10450 + 26:
                out += chr((65 if cap else 97) + o - 0x10450)
            else:
                out += c
            cap = False
        return out
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == "powershell_utf16le_base64":
        raw = _b64decode(run)
        return "".join(chr(raw[i] | (raw[i + 1] << 8)) for i in range(0, len(raw), 2))
    if name == "base32hex_extended_alphabet":
        return _b32hexdecode(run).decode("utf-8")
    if name == "postnet_bar_digits":
        out = []
        for g in run.split(" "):
            if len(g) % 5:
                raise ValueError(g)
            num = ""
            for i in range(0, len(g), 5):
                bars = [1 if ch == "┃" else 0 if ch == "╻" else None for ch in g[i:i + 5]]
                if None in bars or sum(bars) != 2:
                    raise ValueError(g)
                s = sum(w for w, b in zip(_POSTNET_W, bars) if b)
                num += "0" if s == 11 else str(s)
            out.append(int(num))
        return _from_codes(out)
    if name == "phone_keypad_multitap":
        out = ""
        for g in run.split(" "):
            if g.startswith("#"):
                out += g[1]
                continue
            cap = g.startswith("*")
            g = g.lstrip("*")
            if set(g) == {"1"}:
                out += {1: ".", 2: "-", 3: "_"}[len(g)]
                continue
            if len(set(g)) != 1:
                raise ValueError(g)
            ch = _KEYS[int(g[0])][len(g) - 1]
            out += ch.upper() if cap else ch
        return out
    if name == "c_hex_byte_escapes":
        return bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run)).decode("utf-8")
    if name == "periodic_table_symbols":
        return _from_codes(_Z[s] + 40 for s in run.split(" "))
    if name == "flue_liner_diameters":
        return _from_codes(int(m) - 80 for m in re.findall(r"Ø(\d+) mm", run))
    if name == "stove_output_kilowatts":
        return _from_codes(int(a) * 10 + int(b) for a, b in re.findall(r"(\d+)\.(\d) kW", run))
    if name == "log_moisture_readings":
        return _from_codes(round((int(a) + int(b) / 10) * 5) for a, b in re.findall(r": (\d+)\.(\d) %", run))
    if name == "flue_gas_temperatures":
        return _from_codes(int(t) - 150 for t in re.findall(r"(\d+) °C", run))
    if name == "sweep_appointment_times":
        return _from_codes((int(h) - 8) * 60 + int(m) for h, m in re.findall(r"(\d\d):(\d\d) ", run))
    raise KeyError(name)
