"""Independent decoder for the p117 evasions: gets only the encoding name and the encoded run."""
import re, unicodedata

C32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
A65 = [chr(x) for x in range(65, 91)] + [chr(x) for x in range(97, 123)] + list("0123456789_.-")
KEYROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
PHON = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()


def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    toks = run.split(" ")
    if name == "timecode_frames_24fps":
        return "".join(chr(int(t.split(":")[2]) * 24 + int(t.split(":")[3])) for t in toks)
    if name == "cube_code_points":
        out = ""
        for t in toks:
            v = int(t)
            n = 1
            while n * n * n < v:
                n += 1
            assert n ** 3 == v
            out += chr(n)
        return out
    if name == "ternary_five_trit_groups":
        return "".join(chr(int(t, 3)) for t in toks)
    if name == "quinary_three_digit_groups":
        return "".join(chr(int(t, 5)) for t in toks)
    if name == "rgb_hex_swatches":
        bs = []
        for t in toks:
            assert t[0] == "#"
            bs += list(bytes.fromhex(t[1:]))
        while bs and bs[-1] == 0:
            bs.pop()
        return _bytes_to_str(bs)
    if name == "normalized_float_channel_values":
        return _bytes_to_str([int(round(float(t) * 255)) for t in toks])
    if name == "crockford_base32":
        bits = "".join(format(C32.index(ch), "05b") for ch in run)
        n = len(bits) // 8
        return _bytes_to_str([int(bits[8*i:8*i+8], 2) for i in range(n)])
    if name == "ascii85_adobe":
        assert run.startswith("<~") and run.endswith("~>")
        body = run[2:-2].replace("z", "!!!!!")
        out = []
        for i in range(0, len(body), 5):
            grp = body[i:i+5]
            pad = 5 - len(grp)
            grp += "u" * pad
            v = 0
            for ch in grp:
                v = v * 85 + (ord(ch) - 33)
            chunk = [(v >> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255]
            out += chunk[:4 - pad]
        return _bytes_to_str(out)
    if name == "uuencode_line":
        def val(ch):
            return (ord(ch) - 32) & 63
        n = val(run[0])
        body = run[1:]
        bs = []
        for i in range(0, len(body), 4):
            q = [val(ch) for ch in body[i:i+4]]
            q += [0] * (4 - len(q))
            bs += [(q[0] << 2 | q[1] >> 4) & 255, (q[1] << 4 | q[2] >> 2) & 255, (q[2] << 6 | q[3]) & 255]
        return _bytes_to_str(bs[:n])
    if name == "quoted_printable_forced":
        return _bytes_to_str([int(h, 16) for h in re.findall(r"=([0-9A-F]{2})", run)])
    if name == "html_hex_entities":
        return "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9a-fA-F]+);", run))
    if name == "polybius_grid_eight_columns":
        return "".join(A65[(int(t[0]) - 1) * 8 + int(t[1]) - 1] for t in toks)
    if name == "chess_board_squares":
        return "".join(chr((64 if t[0] == "B" else 0) + (int(t[2]) - 1) * 8 + "abcdefgh".index(t[1])) for t in toks)
    if name == "dot_cross_bit_patterns":
        return _bytes_to_str([int(t.replace("X", "1").replace("o", "0"), 2) for t in toks])
    if name == "qwerty_key_right_neighbour":
        inv = {}
        for row in KEYROWS:
            for i, ch in enumerate(row):
                inv[row[(i + 1) % len(row)]] = ch
        out = ""
        for ch in run:
            if ch.lower() in inv and ch.isalpha():
                p = inv[ch.lower()]
                out += p.upper() if ch.isupper() else p
            elif ch in inv:
                out += inv[ch]
            else:
                out += ch
        return out
    if name == "a1z26_case_marked":
        out = ""
        for t in toks:
            if t.startswith("#"):
                out += t[1]
            elif t.endswith("^"):
                out += chr(64 + int(t[:-1]))
            elif t.isdigit():
                out += chr(96 + int(t))
            else:
                out += t
        return out
    if name == "enclosed_circled_alphanumerics":
        return unicodedata.normalize("NFKC", run)
    if name == "ieee754_single_hex_floats":
        import struct
        return "".join(chr(int(struct.unpack(">f", bytes.fromhex(t))[0])) for t in toks)
    if name == "little_endian_u32_words":
        bs = []
        for t in toks:
            v = int(t)
            bs += [v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255]
        while bs and bs[-1] == 0:
            bs.pop()
        return _bytes_to_str(bs)
    if name == "nato_phonetic_spelling":
        sym = {"underscore": "_", "dot": ".", "dash": "-"}
        out = ""
        for t in toks:
            if t in sym:
                out += sym[t]
            elif t.isdigit():
                out += t
            elif t.lower() in PHON:
                ch = chr(97 + PHON.index(t.lower()))
                out += ch.upper() if t.isupper() else ch
            else:
                raise ValueError(t)
        return out
    if name == "octal_escape_triplets":
        return _bytes_to_str([int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)])
    if name == "sexagesimal_degree_minutes":
        out = ""
        for t in toks:
            m = re.fullmatch("(\\d+)\u00b0(\\d{2})\u2032", t)
            out += chr(int(m.group(1)) * 60 + int(m.group(2)))
        return out
    raise KeyError(name)
