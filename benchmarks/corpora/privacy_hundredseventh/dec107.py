"""Independent decoder for p107 evasions: gets only the encoding name and the run."""
import re

_CROCK = dict((c, i) for i, c in enumerate("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
_B45 = dict((c, i) for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"))
_B58 = dict((c, i) for i, c in enumerate("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"))
_SQ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _nums(run):
    return [int(x) for x in re.findall(r"-?\d+", run)]


def _utf(bs):
    return bytes(bs).decode("utf-8")


def decode(name, run):
    if name == "crockford_base32_symbols":
        acc, nb, out = 0, 0, []
        for ch in run:
            acc = (acc << 5) | _CROCK[ch]
            nb += 5
            if nb >= 8:
                nb -= 8
                out.append((acc >> nb) & 255)
        return _utf(out)
    if name == "ascii85_adobe_delimited":
        body = run[2:-2]
        out, grp = [], []
        for ch in body:
            if ch == "z" and not grp:
                out += [0, 0, 0, 0]
                continue
            grp.append(ord(ch) - 33)
            if len(grp) == 5:
                v = 0
                for g in grp:
                    v = v * 85 + g
                out += list(v.to_bytes(4, "big"))
                grp = []
        if grp:
            k = len(grp)
            grp += [84] * (5 - k)
            v = 0
            for g in grp:
                v = v * 85 + g
            out += list(v.to_bytes(4, "big"))[:k - 1]
        return _utf(out)
    if name == "base45_qr_alphabet":
        out = []
        i = 0
        while i < len(run):
            chunk = run[i:i + 3]
            if len(chunk) == 3:
                v = _B45[chunk[0]] + 45 * _B45[chunk[1]] + 2025 * _B45[chunk[2]]
                out += [v // 256, v % 256]
            else:
                out.append(_B45[chunk[0]] + 45 * _B45[chunk[1]])
            i += 3
        return _utf(out)
    if name == "base58_bitcoin_alphabet":
        v = 0
        for ch in run:
            v = v * 58 + _B58[ch]
        return _utf(v.to_bytes((v.bit_length() + 7) // 8, "big"))
    if name == "braille_pattern_byte_cells":
        return _utf([ord(c) - 0x2800 for c in run])
    if name == "polybius_six_by_six_coordinates":
        s = ""
        for t in run.split(" "):
            if t in "-_.":
                s += t
                continue
            ch = _SQ[(int(t[0]) - 1) * 6 + int(t[1]) - 1]
            s += ch.lower() if t.endswith("l") else ch
        return s
    if name == "little_endian_u32_hex_words":
        out = []
        for w in re.findall(r"0x([0-9a-f]{8})", run):
            v = int(w, 16)
            out += [(v >> (8 * k)) & 255 for k in range(4)]
        while out and out[-1] == 0:
            out.pop()
        return _utf(out)
    if name == "ipv4_address_byte_quads":
        out = _nums(run)
        while out and out[-1] == 0:
            out.pop()
        return _utf(out)
    if name == "code_point_squares":
        res = ""
        for n in _nums(run):
            r = int(round(n ** 0.5))
            assert r * r == n
            res += chr(r)
        return res
    if name == "fullwidth_digit_decimal_codes":
        return "".join(chr(int("".join(str(ord(d) - 0xFF10) for d in t))) for t in run.split(" "))
    if name == "nibble_letters_a_through_p":
        v = [ord(c) - 97 for c in run]
        return _utf([v[i] * 16 + v[i + 1] for i in range(0, len(v), 2)])
    if name == "byte_minus_256_signed":
        return _utf([n + 256 for n in _nums(run)])
    if name == "scientific_e_notation_code_points":
        return "".join(chr(int(round(float(t)))) for t in run.split(" "))
    if name == "java_byte_array_string_ctor":
        m = re.fullmatch(r"new String\(new byte\[\]\{([\d, ]+)\}, StandardCharsets\.UTF_8\)", run)
        return _utf(_nums(m.group(1)))
    if name == "ruby_pack_u_star_array":
        m = re.fullmatch(r"\[([\d, ]+)\]\.pack\(\"U\*\"\)", run)
        return "".join(chr(n) for n in _nums(m.group(1)))
    if name == "matlab_char_vector_call":
        m = re.fullmatch(r"char\(\[([\d ]+)\]\)", run)
        return "".join(chr(n) for n in _nums(m.group(1)))
    if name == "elixir_binary_literal_bytes":
        m = re.fullmatch(r"<<([\d, ]+)>>", run)
        return _utf(_nums(m.group(1)))
    if name == "quinary_four_digit_bytes":
        return _utf([int(t, 5) for t in run.split(" ")])
    if name == "excess_three_code_points":
        return "".join(chr(int("".join(str(int(g, 2) - 3) for g in t.split(".")))) for t in run.split(" "))
    if name == "iso2022_column_row_notation":
        return _utf([int(a) * 16 + int(b) for a, b in re.findall(r"(\d\d)/(\d\d)", run)])
    if name == "bushels_and_pecks_byte_units":
        return _utf([int(a) * 4 + int(b) for a, b in re.findall(r"(\d+) bu (\d+) pk", run)])
    if name == "egg_dozens_and_units":
        return "".join(chr(int(a) * 12 + int(b)) for a, b in re.findall(r"(\d+) dozen (\d+)", run))
    raise KeyError(name)
