"""Independent decoder: gets only the encoding name and the encoded run."""
import binascii, re


def _b32(s):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    bits = "".join(format(alpha.index(c), "05b") for c in s.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def _a85(s):
    assert s.startswith("<~") and s.endswith("~>")
    body = s[2:-2].replace("z", "!!!!!")
    out = bytearray()
    for i in range(0, len(body), 5):
        chunk = body[i:i + 5]
        pad = 5 - len(chunk)
        chunk += "u" * pad
        n = 0
        for ch in chunk:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()


def _b58(s):
    alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for c in s:
        n = n * 58 + alpha.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _icbrt(n):
    r = round(n ** (1 / 3))
    for c in (r - 1, r, r + 1):
        if c ** 3 == n:
            return c
    raise ValueError("not a cube")


MORSE_R = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i", ".---": "j",
           "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t",
           "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2",
           "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-",
           "..--.-": "_", ".-.-.-": "."}
NATO_R = {w: chr(97 + i) for i, w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
NUM_R = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}


def _nato(s):
    out = []
    for w in s.split(" "):
        if w in NATO_R:
            out.append(NATO_R[w])
        elif w.lower() in NATO_R and w.isupper():
            out.append(NATO_R[w.lower()].upper())
        elif w in NUM_R:
            out.append(NUM_R[w])
        else:
            out.append({"dash": "-", "underscore": "_", "dot": "."}[w])
    return "".join(out)


def _circ(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x24D0 <= o <= 0x24E9:
            out.append(chr(o - 0x24D0 + 97))
        elif 0x24B6 <= o <= 0x24CF:
            out.append(chr(o - 0x24B6 + 65))
        elif o == 0x24EA:
            out.append("0")
        elif 0x2460 <= o <= 0x2468:
            out.append(str(o - 0x2460 + 1))
        else:
            out.append(ch)
    return "".join(out)


def _a1z26(s):
    out = []
    for t in s.split(" "):
        if t.startswith("U"):
            out.append(chr(64 + int(t[1:])))
        elif t.startswith("#"):
            out.append(t[1:])
        elif t.isdigit():
            out.append(chr(96 + int(t)))
        else:
            out.append(t)
    return "".join(out)


def _columnar(s):
    cols = s.split("|")
    n = len(cols[0])
    return "".join(cols[c][r] for r in range(n) for c in range(len(cols))).rstrip("*")


def _oddeven(s):
    a, b = s.split(" | ")
    out = []
    for i in range(len(a)):
        out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "".join(out)


def decode(name, run):
    if name == "base25_digit_pairs":
        return "".join(chr(int(t, 25)) for t in run.split())
    if name == "base26_letter_pairs":
        return "".join(chr((ord(t[0]) - 97) * 26 + ord(t[1]) - 97) for t in run.split())
    if name == "octal_backslash_escapes":
        return bytes(int(x, 8) for x in re.findall(r"\\([0-7]{3})", run)).decode()
    if name == "html_decimal_entities":
        return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))
    if name == "morse_caret_capitals":
        return "".join(MORSE_R[t[1:]].upper() if t.startswith("^") else MORSE_R[t] for t in run.split(" "))
    if name == "nato_phonetic_words":
        return _nato(run)
    if name == "reversed_character_order":
        return "".join(reversed(run))
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + ((ord(c) - 33 - 47) % 94)) for c in run)
    if name == "base32_rfc4648_padded":
        return _b32(run)
    if name == "base58_bitcoin_alphabet":
        return _b58(run)
    if name == "ascii85_adobe_delimited":
        return _a85(run)
    if name == "percent_encoded_every_byte":
        return bytes(int(x, 16) for x in run.split("%")[1:]).decode()
    if name == "binary_octets_msb_first":
        return bytes(int(t, 2) for t in run.split()).decode()
    if name == "js_unicode_escapes":
        return "".join(chr(int(x, 16)) for x in run.split("\\u")[1:])
    if name == "code_point_cubes":
        return "".join(chr(_icbrt(int(t))) for t in run.split())
    if name == "middle_dot_interleaved":
        return run.replace("\u00b7", "")
    if name == "columnar_transposition_width4":
        return _columnar(run)
    if name == "odd_then_even_positions":
        return _oddeven(run)
    if name == "utf16le_hex_bytes":
        return binascii.unhexlify(run.replace(" ", "")).decode("utf-16-le")
    if name == "circled_alphanumerics":
        return _circ(run)
    if name == "a1z26_case_marked":
        return _a1z26(run)
    if name == "xor_position_hex_bytes":
        return bytes(int(t, 16) ^ (i + 1) for i, t in enumerate(run.split())).decode()
    raise KeyError(name)
