"""Independent decoder: gets only the encoding name and the encoded run."""
import unicodedata

_ALPHA = "0123456789" + "".join(chr(c) for c in range(ord("A"), ord("Z") + 1))
_VIG = "".join(chr(c) for c in range(65, 91)) + "".join(chr(c) for c in range(97, 123)) + "0123456789_.-"


def _isqrt_exact(n):
    r = int(n ** 0.5)
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    if r * r != n:
        raise ValueError("not a square")
    return r


def decode(name, run):
    toks = run.split(" ")
    if name in ("base22_digit_pairs", "base23_digit_pairs", "base24_digit_pairs"):
        base = {"base22_digit_pairs": 22, "base23_digit_pairs": 23, "base24_digit_pairs": 24}[name]
        return "".join(chr(int(t, base)) for t in toks)
    if name == "code_point_squares":
        return "".join(chr(_isqrt_exact(int(t))) for t in toks)
    if name == "triangular_number_code_points":
        out = []
        for t in toks:
            T = int(t)
            n = 0
            while n * (n + 1) // 2 < T:
                n += 1
            if n * (n + 1) // 2 != T:
                raise ValueError
            out.append(chr(n))
        return "".join(out)
    if name == "nibble_swapped_byte_hex":
        return bytes(int(t[1] + t[0], 16) for t in toks).decode("utf-8")
    if name == "modular_inverse_mod_257":
        out = []
        for t in toks:
            y = int(t)
            x = next(c for c in range(1, 257) if (c * y) % 257 == 1)
            out.append(chr(x))
        return "".join(out)
    if name == "affine_mod_256_bytes":
        inv5 = next(a for a in range(256) if (5 * a) % 256 == 1)
        return bytes(((int(t) - 17) * inv5) % 256 for t in toks).decode("utf-8")
    if name == "complement_to_255_decimal_bytes":
        return bytes(255 - int(t) for t in toks).decode("utf-8")
    if name == "crt_residues_mod_11_13":
        out = []
        for t in toks:
            a, b = (int(x) for x in t.split("/"))
            out.append(chr(next(n for n in range(143) if n % 11 == a and n % 13 == b)))
        return "".join(out)
    if name in ("bcd_nibble_digits", "excess_three_digit_nibbles"):
        off = 3 if name.startswith("excess") else 0
        return "".join(chr(int("".join(str(int(g, 2) - off) for g in t.split(".")))) for t in toks)
    if name == "braille_byte_cells":
        return bytes(ord(ch) - 0x2800 for ch in run).decode("utf-8")
    if name == "mathematical_monospace_forms":
        return unicodedata.normalize("NFKC", run)
    if name == "vigenere_jackpot_custom_alphabet":
        key = "JACKPOT"
        return "".join(_VIG[(_VIG.find(ch) - _VIG.find(key[i % 7])) % 65] for i, ch in enumerate(run))
    if name == "chained_xor_hex_bytes":
        out = bytearray()
        for t in toks:
            out.append(int(t, 16) ^ (out[-1] if out else 0))
        return out.decode("utf-8")
    if name == "lcg_keystream_xor_hex":
        ks, k = [], 99
        for _ in toks:
            ks.append(k)
            k = (k * 37 + 11) & 255
        return bytes(int(t, 16) ^ kk for t, kk in zip(toks, ks)).decode("utf-8")
    if name == "position_offset_code_points":
        return "".join(chr(int(t) - (i + 1)) for i, t in enumerate(toks))
    if name == "nibble_letters_a_to_p":
        return bytes((ord(run[i]) - 97) * 16 + ord(run[i + 1]) - 97 for i in range(0, len(run), 2)).decode("utf-8")
    if name == "elias_gamma_code_points":
        out = []
        for t in toks:
            z = len(t) - len(t.lstrip("0"))
            body = t[z:]
            if len(body) != z + 1:
                raise ValueError
            out.append(chr(int(body, 2)))
        return "".join(out)
    if name in ("mahjong_tile_base44_pairs", "domino_tile_base49_pairs"):
        base, origin = (44, 0x1F000) if name.startswith("mahjong") else (49, 0x1F031)
        vals = [ord(ch) - origin for ch in run]
        return "".join(chr(vals[i] * base + vals[i + 1]) for i in range(0, len(vals), 2))
    raise KeyError(name)
