"""Independent decoders: get only the encoding name and the encoded run."""
import base64, re

_M = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
      "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
      "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
      "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
      ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "-....-": "-",
      "..--.-": "_"}
_RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _unrot(s, dshift):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 - 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 - 13) % 26 + 65))
        elif c.isdigit() and dshift:
            out.append(chr((ord(c) - 48 - dshift) % 10 + 48))
        else:
            out.append(c)
    return "".join(out)


def _roman(tok):
    total = 0
    for i, ch in enumerate(tok):
        v = _RV[ch]
        if i + 1 < len(tok) and _RV[tok[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _unrail(s):
    n = len(s)
    pattern = []
    r, step = 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0: step = 1
        elif r == 2: step = -1
        r += step
    counts = [pattern.count(k) for k in range(3)]
    pieces, pos = [], 0
    for k in range(3):
        pieces.append(list(s[pos:pos + counts[k]])); pos += counts[k]
    return "".join(pieces[k].pop(0) for k in pattern)


def decode(name, run):
    if name == "base64url_unpadded":
        return base64.urlsafe_b64decode(run + "=" * (-len(run) % 4)).decode()
    if name == "hex_backslash_x_escapes":
        return bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run)).decode()
    if name == "rot13_letters_only":
        return _unrot(run, 0)
    if name == "rot18_letters_and_digits":
        return _unrot(run, 5)
    if name == "morse_code_space_separated":
        return "".join(_M[t] for t in run.split(" "))
    if name == "reversed_with_case_swapped":
        return "".join(c.lower() if c.isupper() else c.upper() for c in reversed(run))
    if name == "unicode_u_plus_notation":
        return "".join(chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-F]{4})", run))
    if name == "c_octal_backslash_escapes":
        return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()
    if name == "rot13_then_base64":
        return _unrot(base64.b64decode(run).decode(), 0)
    if name == "bytes_plus_one_hex_dashed":
        return bytes(int(h, 16) - 1 for h in run.split("-")).decode()
    if name == "xor_0x2a_decimal_comma":
        return bytes(int(d) ^ 42 for d in run.split(",")).decode()
    if name == "periodontal_chart_digit_triplets":
        return "".join(chr(int(t.replace("-", ""))) for t in run.split(" | "))
    if name == "xray_exposure_ms_times_four":
        return "".join(chr(int(m) // 4) for m in re.findall(r"(\d+)ms", run))
    if name == "implant_length_tenths_mm":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) mm", run))
    if name == "appointment_slot_minutes_after_eight":
        return "".join(chr(int(h) * 60 + int(m) - 480) for h, m in re.findall(r"(\d\d):(\d\d)", run))
    if name == "autoclave_celsius_plus_fifteen":
        return "".join(chr(int(t) - 15) for t in re.findall(r"(\d+)°C", run))
    if name == "ebcdic_cp037_hex_bytes":
        return bytes.fromhex(run.replace(" ", "")).decode("cp037")
    if name == "utf16le_hex_byte_pairs":
        return bytes.fromhex(run.replace(" ", "")).decode("utf-16-le")
    if name == "adjacent_pair_swap":
        out = ""
        for i in range(0, len(run), 2):
            out += run[i:i + 2][::-1]
        return out
    if name == "rail_fence_three_rails":
        return _unrail(run)
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(t)) for t in run.split(" "))
    if name == "ternary_five_digit_code_points":
        return "".join(chr(int(run[i:i + 5], 3)) for i in range(0, len(run), 5))
    raise KeyError(name)
