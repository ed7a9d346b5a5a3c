# independent decoder: gets only the encoding name and the run
import re, base64
def _hexbytes(xs): return bytes(int(x, 16) for x in xs).decode()
def decode(enc, run):
    if enc == "dtc_powertrain_code_points": return "".join(chr(int(m)) for m in re.findall(r"P0(\d{3})", run))
    if enc == "obd_response_line_bytes": return _hexbytes(re.findall(r"^41 0D ([0-9A-F]{2})$", run, re.M))
    if enc == "candump_frames_of_eight":
        out = []
        for line in run.splitlines():
            m = re.match(r"can0\s+7E8\s+\[(\d)\]\s+(.*)$", line)
            parts = m.group(2).split(); assert len(parts) == int(m.group(1)); out += parts
        return _hexbytes(out)
    if enc == "tyre_pressure_tenths_psi": return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"(\d+)\.(\d) psi", run))
    if enc == "base58_big_number":
        al = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"; n = 0
        for c in run: n = n * 58 + al.index(c)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()
    if enc == "quoted_printable_every_byte": return _hexbytes(re.findall(r"=([0-9A-F]{2})", run))
    if enc == "atbash_letters_nines_digits":
        t = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210")
        return run.translate(t)
    if enc == "vigenere_keyword_brake":
        key = [1, 17, 0, 10, 4]; k = 0; out = ""
        for c in run:
            if c.isascii() and c.isalpha():
                b = ord("A") if c.isupper() else ord("a")
                out += chr((ord(c) - b - key[k % 5]) % 26 + b); k += 1
            else: out += c
        return out
    if enc == "rail_fence_three_rails":
        n = len(run); pat = []; r, d = 0, 1
        for i in range(n):
            pat.append(r)
            if r == 0: d = 1
            elif r == 2: d = -1
            r += d
        order = sorted(range(n), key=lambda i: (pat[i], i)); res = [""] * n
        for ch, i in zip(run, order): res[i] = ch
        return "".join(res)
    if enc == "braille_cells_per_byte": return bytes(ord(c) - 0x2800 for c in run).decode()
    if enc == "circled_alphanumerics":
        out = ""
        for c in run:
            o = ord(c)
            if 0x24D0 <= o <= 0x24E9: out += chr(o - 0x24D0 + 97)
            elif 0x24B6 <= o <= 0x24CF: out += chr(o - 0x24B6 + 65)
            elif o == 0x24EA: out += "0"
            elif 0x2460 <= o <= 0x2468: out += str(o - 0x2460 + 1)
            else: out += c
        return out
    if enc == "base64_of_reversed_text": return base64.b64decode(run).decode()[::-1]
    if enc == "code_point_delta_chain":
        nums = [int(x) for x in run.split()]; cur = nums[0]; out = chr(cur)
        for d in nums[1:]: cur += d; out += chr(cur)
        return out
    if enc == "base36_code_point_pairs": return "".join(chr(int(run[i:i + 2], 36)) for i in range(0, len(run), 2))
    if enc == "qwerty_right_neighbour":
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]; inv = {}
        for row in rows:
            for i, c in enumerate(row): inv[row[(i + 1) % len(row)]] = c
        return "".join((inv[c.lower()].upper() if c.isupper() else inv[c]) if c.lower() in inv else c for c in run)
    if enc == "reversed_blocks_of_four": return "".join(run[i:i + 4][::-1] for i in range(0, len(run), 4))
    if enc == "code_point_minus_thirtytwo_pairs": return "".join(chr(int(run[i:i + 2]) + 32) for i in range(0, len(run), 2))
    if enc == "nibble_letters_a_to_p": return bytes((ord(run[i]) - 97) * 16 + ord(run[i + 1]) - 97 for i in range(0, len(run), 2)).decode()
    if enc == "case_swapped_and_reversed": return run.swapcase()[::-1]
    if enc == "adjacent_pair_swap":
        out = list(run)
        for i in range(0, len(out) - 1, 2): out[i], out[i + 1] = out[i + 1], out[i]
        return "".join(out)
    if enc == "asm_hex_h_suffix_code_points": return "".join(chr(int(x, 16)) for x in re.findall(r"([0-9A-F]+)h", run))
    if enc == "c_array_hex_byte_literals": return _hexbytes(re.findall(r"0x([0-9a-f]{2})", run))
    raise KeyError(enc)
