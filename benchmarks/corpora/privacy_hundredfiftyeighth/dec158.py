"""Independent decoders for p158 evasions: given only the notation name and the run."""
import re

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_MORSE_REV = {}
for _k, _v in zip("abcdefghijklmnopqrstuvwxyz0123456789-_.",
                  (".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. "
                   "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-").split()):
    _MORSE_REV[_v] = _k
_RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _hexpairs(h):
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))


def _b64dec(s):
    s = s.rstrip("=")
    bits = "".join(format(_B64.index(c), "06b") for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _roman(r):
    tot = 0
    for i, ch in enumerate(r):
        v = _RV[ch]
        if i + 1 < len(r) and _RV[r[i + 1]] > v:
            tot -= v
        else:
            tot += v
    return tot


def decode(name, run):
    if name == "octal_backslash_escapes":
        return bytes(int(o, 8) for o in run.split("\\")[1:]).decode()
    if name == "utf16le_then_base64":
        raw = _b64dec(run)
        return "".join(chr(raw[i] | raw[i + 1] << 8) for i in range(0, len(raw), 2))
    if name == "uuencode_single_line":
        n = (ord(run[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in run[1:]]
        out = bytearray()
        for i in range(0, len(vals), 4):
            a, b, c, d = (vals[i:i + 4] + [0, 0, 0])[:4]
            out += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        return bytes(out[:n]).decode()
    if name == "morse_caret_capitals":
        out = ""
        for g in run.split(" "):
            if g.startswith("^"):
                out += _MORSE_REV[g[1:]].upper()
            else:
                out += _MORSE_REV[g]
        return out
    if name == "xor_5a_lower_hex":
        return bytes(x ^ 90 for x in _hexpairs(run)).decode()
    if name == "fullwidth_forms":
        return "".join(chr(ord(c) - 65248) for c in run)
    if name == "math_bold_alnum":
        out = ""
        for c in run:
            o = ord(c)
            if 0x1D400 <= o < 0x1D41A:
                out += chr(o - 0x1D400 + 65)
            elif 0x1D41A <= o < 0x1D434:
                out += chr(o - 0x1D41A + 97)
            elif 0x1D7CE <= o < 0x1D7D8:
                out += chr(o - 0x1D7CE + 48)
            else:
                out += c
        return out
    if name == "bacon_seven_bit_ab":
        return "".join(chr(int(g.replace("A", "0").replace("B", "1"), 2)) for g in run.split())
    if name == "progressive_position_shift":
        out = ""
        for n, c in enumerate(run):
            if "a" <= c <= "z":
                out += chr((ord(c) - 97 - n) % 26 + 97)
            elif "A" <= c <= "Z":
                out += chr((ord(c) - 65 - n) % 26 + 65)
            elif "0" <= c <= "9":
                out += chr((ord(c) - 48 - n) % 10 + 48)
            else:
                out += c
        return out
    if name == "odd_even_position_split":
        a, b = run.split(" | ")
        out = ""
        for i in range(len(a) + len(b)):
            out += a[i // 2] if i % 2 == 0 else b[i // 2]
        return out
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(r)) for r in run.split())
    if name == "nibble_swapped_hex":
        return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == "ones_complement_upper_hex":
        return bytes(255 - x for x in _hexpairs(run)).decode()
    if name == "gray_code_octets":
        out = bytearray()
        for g in run.split():
            gv = int(g, 2)
            b = gv
            shift = gv >> 1
            while shift:
                b ^= shift
                shift >>= 1
            out.append(b)
        return out.decode()
    if name == "ternary_sextets":
        return bytes(int(g, 3) for g in run.split()).decode()
    if name == "commissary_price_cents":
        return "".join(chr(int(d) * 100 + int(c)) for d, c in re.findall(r"\$(\d+)\.(\d\d)", run))
    if name == "call_duration_min_sec":
        return "".join(chr(int(m) * 60 + int(s)) for m, s in re.findall(r"(\d+):(\d\d)", run))
    if name == "visit_slot_clock_after_seven":
        return "".join(chr(int(h) * 60 + int(m) - 420) for h, m in re.findall(r"(\d\d):(\d\d)", run))
    if name == "booking_number_minus_forty_thousand":
        return "".join(chr(int(n) - 40000) for n in re.findall(r"BK26-(\d{5})", run))
    if name == "plc_register_odd_addresses":
        return "".join(chr((int(n) - 40001) // 2) for n in run.split())
    if name == "bail_amount_times_twenty_five":
        return "".join(chr(int(a.replace(",", "")) // 25) for a in re.findall(r"\$([\d,]+)", run))
    if name == "radio_ten_code_plus_hundred":
        return "".join(chr(int(n) - 100) for n in re.findall(r"10-(\d{3})", run))
    raise ValueError(name)
