"""Independent decoder: gets only the encoding name and the run."""
import re
import string


def _from_int(n):
    out = bytearray()
    while n > 0:
        out.insert(0, n & 0xFF)
        n >>= 8
    return out.decode()


def _digits_value(run, alphabet):
    table = {ch: i for i, ch in enumerate(alphabet)}
    n = 0
    for ch in run:
        n = n * len(alphabet) + table[ch]
    return _from_int(n)


def _bits_to_text(bits):
    bits = bits[: len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()


def decode(name, run):
    if name == "midi_note_names_per_code_point":
        order = "C C# D D# E F F# G G# A A# B".split()
        out = ""
        for tok in run.split(" "):
            m = re.fullmatch(r"([A-G]#?)(-?\d+)", tok)
            out += chr(order.index(m.group(1)) + 12 * (int(m.group(2)) + 1))
        return out
    if name == "midi_note_on_hex_messages":
        return "".join(chr(int(h, 16)) for h in re.findall(r"90 ([0-9A-F]{2}) 64", run))
    if name == "pcm16_signed_sample_values":
        return bytes(int(x) // 256 + 128 for x in run.split(",")).decode()
    if name == "base58_bitcoin_alphabet":
        alpha = "".join(c for c in string.digits + string.ascii_uppercase + string.ascii_lowercase if c not in "0OIl")
        return _digits_value(run, alpha)
    if name == "base62_integer_digits":
        return _digits_value(run, string.digits + string.ascii_uppercase + string.ascii_lowercase)
    if name == "ascii85_adobe_delimited":
        body = re.fullmatch(r"<~(.*)~>", run, re.S).group(1)
        out = bytearray()
        for i in range(0, len(body), 5):
            grp = body[i:i + 5]
            pad = 5 - len(grp)
            grp += "u" * pad
            n = 0
            for ch in grp:
                n = n * 85 + ord(ch) - 33
            out += n.to_bytes(4, "big")[: 4 - pad]
        return out.decode()
    if name == "zbase32_human_alphabet":
        alpha = "ybndrfg8ejkmcpqxot1uwisza345h769"
        return _bits_to_text("".join(format(alpha.index(c), "05b") for c in run))
    if name == "bubble_babble_words":
        V, C = "aeiouy", "bcdfghklmnprstvzx"
        assert run[0] == "x" and run[-1] == "x"
        seed, pos, out = 1, 1, bytearray()
        while True:
            t = run[pos:pos + 3]
            if t[1] == "x":
                break
            hi = (V.index(t[0]) - seed) % 6
            lo = (V.index(t[2]) - seed // 6) % 6
            b1 = hi << 6 | C.index(t[1]) << 2 | lo
            out.append(b1)
            if run[pos + 3] == "x":
                break
            b2 = C.index(run[pos + 3]) << 4 | C.index(run[pos + 5])
            out.append(b2)
            seed = (seed * 5 + b1 * 7 + b2) % 36
            pos += 6
        return out.decode()
    if name == "proquint_uint16_words":
        con, vow = "bdfghjklmnprstvz", "aiou"
        out = bytearray()
        for w in run.split("-"):
            n = (con.index(w[0]) << 12) | (vow.index(w[1]) << 10) | (con.index(w[2]) << 6) | (vow.index(w[3]) << 4) | con.index(w[4])
            out += bytes([n >> 8, n & 255])
        return out.decode()
    if name == "binary_lsb_first_octets":
        return bytes(sum(int(bit) << k for k, bit in enumerate(tok)) for tok in run.split()).decode()
    if name == "percent_escape_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run)).decode()
    if name == "unicode_uplus_code_points":
        return "".join(chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-F]{4,6})", run))
    if name == "packed_bcd_decimal_codes":
        return "".join(chr(int("".join(str(int(tok[i:i + 4], 2)) for i in range(0, 12, 4)))) for tok in run.split(" "))
    if name == "polybius_six_by_six_pairs":
        sq = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(sq[(int(p[0]) - 1) * 6 + int(p[1]) - 1] for p in run.split(" "))
    if name == "phone_keypad_multitap":
        pad = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        out = ""
        for tok in run.split(" "):
            if tok.startswith("#"):
                out += tok[1]
            elif set(tok) == {"1"}:
                out += {1: "-", 2: "_", 3: "."}[len(tok)]
            else:
                up = tok.startswith("^")
                t = tok.lstrip("^")
                ch = pad[t[0]][len(t) - 1]
                out += ch.upper() if up else ch
        return out
    if name == "powershell_char_array_join":
        inner = re.fullmatch(r"\[char\[\]\]\(([\d,]+)\) -join ''", run).group(1)
        return "".join(chr(int(x)) for x in inner.split(","))
    if name == "spreadsheet_char_ampersand_formula":
        assert run.startswith("=")
        return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))
    if name == "every_character_doubled":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if name == "one_character_per_line":
        return "".join(run.split("\n"))
    if name == "position_shifted_code_points":
        return "".join(chr(int(x) - k) for k, x in enumerate(run.split(" "), start=1))
    if name == "math_sans_bold_alphanumerics":
        out = ""
        for ch in run:
            cp = ord(ch)
            if 0x1D5D4 <= cp < 0x1D5D4 + 26:
                out += string.ascii_uppercase[cp - 0x1D5D4]
            elif 0x1D5EE <= cp < 0x1D5EE + 26:
                out += string.ascii_lowercase[cp - 0x1D5EE]
            elif 0x1D7EC <= cp < 0x1D7EC + 10:
                out += string.digits[cp - 0x1D7EC]
            else:
                out += ch
        return out
    if name == "nibble_letters_a_to_p":
        vals = [string.ascii_lowercase.index(c) for c in run]
        return bytes(vals[i] * 16 + vals[i + 1] for i in range(0, len(vals), 2)).decode()
    raise KeyError(name)
