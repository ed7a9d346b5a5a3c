"""Independent decoder: gets only the encoding name and the run."""

_M = """a .- b -... c -.-. d -.. e . f ..-. g --. h .... i .. j .--- k -.- l .-.. m -- n -. o --- p .--.
q --.- r .-. s ... t - u ..- v ...- w .-- x -..- y -.-- z --.. 0 ----- 1 .---- 2 ..--- 3 ...-- 4 ....-
5 ..... 6 -.... 7 --... 8 ---.. 9 ----. - -....- _ ..--.- . .-.-.-""".split()
MORSE_R = {_M[i + 1]: _M[i] for i in range(0, len(_M), 2)}
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_RV = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}


def _roman(s):
    t = 0
    for i, ch in enumerate(s):
        v = _RV[ch]
        if i + 1 < len(s) and _RV[s[i + 1]] > v: t -= v
        else: t += v
    return t


def _b64u(run):
    bits = "".join(format(_B64U.index(c), "06b") for c in run)
    bits = bits[: len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def _rail3_dec(run):
    n = len(run)
    pattern, r, d = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    counts = [pattern.count(k) for k in range(3)]
    rails, pos = [], 0
    for k in range(3):
        rails.append(list(run[pos:pos + counts[k]])); pos += counts[k]
    return "".join(rails[k].pop(0) for k in pattern)


def _uu(run):
    n = (ord(run[0]) - 32) & 63
    vals = [(ord(c) - 32) & 63 for c in run[1:]]
    out = bytearray()
    for i in range(0, len(vals) - len(vals) % 4, 4):
        a, b, c, d = vals[i:i + 4]
        x = (a << 18) | (b << 12) | (c << 6) | d
        out += bytes([(x >> 16) & 255, (x >> 8) & 255, x & 255])
    return bytes(out[:n])


def _rot(c):
    if c.isdigit(): return str((int(c) + 5) % 10)
    if "a" <= c <= "z": return chr((ord(c) - 97 + 13) % 26 + 97)
    if "A" <= c <= "Z": return chr((ord(c) - 65 + 13) % 26 + 65)
    return c


def decode(name, run):
    if name == "backslash_octal_byte_escapes":
        return bytes(int(x, 8) for x in run.split("\\")[1:]).decode()
    if name == "base64url_unpadded_bytes":
        return _b64u(run).decode()
    if name == "nibble_swapped_hex_bytes":
        return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == "morse_with_caret_capitals":
        out = ""
        for w in run.split(" "):
            if w.startswith("^"): out += MORSE_R[w[1:]].upper()
            else: out += MORSE_R[w]
        return out
    if name == "rail_fence_three_rails":
        return _rail3_dec(run)
    if name == "even_then_odd_positions":
        a, b = run.split(" | ")
        return "".join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(a) + len(b)))
    if name == "javascript_backslash_u_escapes":
        return "".join(chr(int(x, 16)) for x in run.split("\\u")[1:])
    if name == "python_backslash_x_escapes":
        return bytes(int(x, 16) for x in run.split("\\x")[1:]).decode()
    if name == "comma_decimal_ascii_codes":
        return "".join(chr(int(x)) for x in run.split(","))
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman(x)) for x in run.split("."))
    if name == "ndc_product_segment_code_points":
        return "".join(chr(int(x.split("-")[1])) for x in run.split(" "))
    if name == "milligram_doses_five_times_code_point":
        return "".join(chr(int(x.strip().split(" ")[0]) // 5) for x in run.split(";"))
    if name == "dispensed_quantity_plus_two_hundred":
        return "".join(chr(int(x[4:]) - 200) for x in run.split(" "))
    if name == "robot_shelf_bin_digit_addresses":
        out = ""
        for x in run.split(" "):
            r, s, b = x.split("-")
            out += chr(100 * int(r[1:]) + 10 * int(s[1:]) + int(b[1:]))
        return out
    if name == "base58_bitcoin_alphabet_integer":
        n = 0
        for c in run: n = n * 58 + _B58.index(c)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
    if name == "z85_zeromq_space_padded":
        out = bytearray()
        for i in range(0, len(run), 5):
            n = 0
            for c in run[i:i + 5]: n = n * 85 + _Z85.index(c)
            out += n.to_bytes(4, "big")
        return out.decode().rstrip(" ")
    if name == "uuencode_single_line_backtick":
        return _uu(run).decode()
    if name == "every_character_doubled":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[0::2]
    if name == "utf16_little_endian_hex_units":
        return "".join(chr(int(x[2:4] + x[0:2], 16)) for x in run.split(" "))
    if name == "xor_with_ascii_rx_hex":
        bs = [int(run[i:i + 2], 16) for i in range(0, len(run), 2)]
        return bytes(b ^ (0x52 if i % 2 == 0 else 0x58) for i, b in enumerate(bs)).decode()
    if name == "letter_case_inverted":
        return "".join(c.lower() if c.isupper() else c.upper() if c.islower() else c for c in run)
    if name == "rot13_letters_rot5_digits":
        return "".join(_rot(c) for c in run)
    raise KeyError(name)
