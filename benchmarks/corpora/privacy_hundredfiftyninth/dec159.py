"""Independent decoder: gets only the encoding name and the run."""
import re

_M = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i',
 '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r',
 '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
 '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7',
 '---..': '8', '----.': '9', '.-.-.-': '.', '-....-': '-', '..--.-': '_'}
_CYR = dict(zip("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX"))
_Q = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def _b64(run):
    bits = "".join(format(_B64.index(c), "06b") for c in run.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def decode(name, run):
    if name == "octal_backslash_byte_escapes":
        return bytes(int(x, 8) for x in run.split("\\")[1:]).decode()
    if name == "uuencode_single_line":
        n = ord(run[0]) - 32; vals = [(ord(c) - 32) & 63 for c in run[1:]]
        out = bytearray()
        for i in range(0, len(vals), 4):
            a, b, c, d = vals[i:i + 4]
            out += bytes([(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d])
        return bytes(out[:n]).decode()
    if name == "rot47_printable_shift":
        return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)
    if name == "shutter_speed_fraction_code_points":
        return "".join(chr(int(x)) for x in re.findall(r"1/(\d+)s", run))
    if name == "white_balance_kelvin_times_fifty":
        return "".join(chr(int(x) // 50) for x in re.findall(r"(\d+)K", run))
    if name == "contact_sheet_roll_and_frame":
        return "".join(chr(36 * int(r) + int(f)) for r, f in re.findall(r"roll (\d+) frame (\d+)", run))
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(c) - 0xFEE0) if ord(c) > 0xFF00 else c for c in run)
    if name == "math_sans_serif_bold_alphanumerics":
        o = ""
        for c in run:
            k = ord(c)
            if 0x1D5D4 <= k < 0x1D5D4 + 26: o += chr(65 + k - 0x1D5D4)
            elif 0x1D5EE <= k < 0x1D5EE + 26: o += chr(97 + k - 0x1D5EE)
            elif 0x1D7EC <= k < 0x1D7EC + 10: o += chr(48 + k - 0x1D7EC)
            else: o += c
        return o
    if name == "html_decimal_character_references":
        return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))
    if name == "json_backslash_u_four_hex":
        return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", run))
    if name == "binary_octets_space_separated":
        return bytes(int(x, 2) for x in run.split()).decode()
    if name == "morse_with_caret_capitals":
        o = ""
        for t in run.split(" "):
            up = t.startswith("^"); ch = _M[t.lstrip("^")]
            o += ch.upper() if up else ch
        return o
    if name == "tilde_decoy_after_each_char":
        return run[0::2]
    if name == "halves_swapped_at_midpoint":
        n = len(run); m = n - n // 2  # second half length came first
        return run[m:] + run[:m]
    if name == "utf16le_then_base64":
        return _b64(run).decode("utf-16-le")
    if name == "nibble_swapped_byte_hex":
        return bytes(int(x[1] + x[0], 16) for x in run.split()).decode()
    if name == "odd_positions_then_even_positions":
        k = (len(run) + 1) // 2; a, b = run[:k], run[k:]
        return "".join(a[i] + (b[i] if i < len(b) else "") for i in range(k))
    if name == "a1z26_with_hash_digits":
        o = ""
        for t in run.split(" "):
            if t.startswith("#"): o += t[1:]
            elif t.startswith("^"): o += chr(64 + int(t[1:]))
            elif t.isdigit(): o += chr(96 + int(t))
            else: o += t
        return o
    if name == "zero_width_joiner_between_chars":
        return run.replace("\u200d", "")
    if name == "cyrillic_lookalike_letters":
        return "".join(_CYR.get(c, c) for c in run)
    if name == "base45_qr_alphabet":
        out = bytearray()
        for i in range(0, len(run), 3):
            g = [_Q.index(c) for c in run[i:i + 3]]
            if len(g) == 3:
                n = g[0] + 45 * g[1] + 2025 * g[2]; out += bytes([n >> 8, n & 255])
            else:
                out.append(g[0] + 45 * g[1])
        return bytes(out).decode()
    if name == "caesar_letters_three_digits_five":
        o = ""
        for c in run:
            if c.islower(): o += chr(97 + (ord(c) - 97 - 3) % 26)
            elif c.isupper(): o += chr(65 + (ord(c) - 65 - 3) % 26)
            elif c.isdigit(): o += str((int(c) - 5) % 10)
            else: o += c
        return o
    raise KeyError(name)
