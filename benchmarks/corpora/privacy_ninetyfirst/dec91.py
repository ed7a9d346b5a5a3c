"""Independent decoder: gets only the encoding name and the encoded run."""
import re, zlib, binascii

def _b45(run):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    v = [al.index(c) for c in run]; out = bytearray()
    for i in range(0, len(v), 3):
        g = v[i:i + 3]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025; out += bytes([n // 256, n % 256])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()

def _b85(run):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
    pad = (-len(run)) % 5
    run2 = run + "~" * pad; out = bytearray()
    for i in range(0, len(run2), 5):
        n = 0
        for c in run2[i:i + 5]:
            n = n * 85 + al.index(c)
        out += n.to_bytes(4, "big")
    return (out[:len(out) - pad] if pad else out).decode()

def _b32hex(run):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    bits = "".join(format(al.index(c), "05b") for c in run.rstrip("="))
    bits = bits[:len(bits) // 8 * 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()

def _xx(run):
    al = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = al.index(run[0]); bits = "".join(format(al.index(c), "06b") for c in run[1:])
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8))[:n].decode()

def _tern(run):
    return bytes(int(t, 3) for t in run.split(" ")).decode()

def _qwerty_left(run):
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
    m = {}
    for row in rows:
        for rr in (row, row.upper()):
            for i, c in enumerate(rr):
                m[c] = rr[i - 1]
    return "".join(m.get(c, c) for c in run)

def _atbash(run):
    a = "abcdefghijklmnopqrstuvwxyz"; A = a.upper(); d = "0123456789"
    t = str.maketrans(a + A + d, a[::-1] + A[::-1] + d[::-1])
    return run.translate(t)

def _unvig(run, key="tunnel"):
    out, j = [], 0
    for c in run:
        if c.isascii() and c.isalpha():
            k = ord(key[j % len(key)]) - ord("a"); j += 1
            lo = c.islower(); x = (ord(c.lower()) - ord("a") - k) % 26
            ch = chr(x + ord("a")); out.append(ch if lo else ch.upper())
        else:
            out.append(c)
    return "".join(out)

def _unrail(run):
    n = len(run); pat = []; r, d = 0, 1
    for _ in range(n):
        pat.append(r)
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    idx = sorted(range(n), key=lambda i: (pat[i], i))
    out = [""] * n
    for k, i in enumerate(idx):
        out[i] = run[k]
    return "".join(out)

def _fw(run):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in run)

def _mono(run):
    out = []
    for c in run:
        o = ord(c)
        if 0x1D670 <= o < 0x1D670 + 26: out.append(chr(o - 0x1D670 + 65))
        elif 0x1D68A <= o < 0x1D68A + 26: out.append(chr(o - 0x1D68A + 97))
        elif 0x1D7F6 <= o < 0x1D7F6 + 10: out.append(chr(o - 0x1D7F6 + 48))
        else: out.append(c)
    return "".join(out)

EBC = {0x4B: ".", 0x60: "-", 0x6D: "_"}
for base, letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"),
                      (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
    for i, c in enumerate(letters):
        EBC[base + i] = c

def decode(enc, run):
    if enc == "base45_rfc9285": return _b45(run)
    if enc == "base85_rfc1924_alphabet": return _b85(run)
    if enc == "base32hex_extended_alphabet": return _b32hex(run)
    if enc == "xxencode_single_line": return _xx(run)
    if enc == "ternary_six_trit_bytes": return _tern(run)
    if enc == "python_bytes_fromhex_call":
        m = re.fullmatch(r"bytes\.fromhex\('([0-9a-f]+)'\)\.decode\(\)", run)
        return binascii.unhexlify(m.group(1)).decode()
    if enc == "go_byte_slice_literal":
        m = re.fullmatch(r"string\(\[\]byte\{(.*)\}\)", run)
        return bytes(int(x, 16) for x in m.group(1).split(", ")).decode()
    if enc == "rust_vec_u8_from_utf8":
        m = re.fullmatch(r"String::from_utf8\(vec!\[(.*)\]\)\.unwrap\(\)", run)
        return bytes(int(x) for x in m.group(1).split(", ")).decode()
    if enc == "sqlite_char_function_call":
        m = re.fullmatch(r"char\(([0-9,]+)\)", run)
        return "".join(chr(int(x)) for x in m.group(1).split(","))
    if enc == "bash_ansi_c_hex_quoting":
        m = re.fullmatch(r"\$'((?:\\x[0-9a-f]{2})+)'", run)
        return bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", m.group(1))).decode()
    if enc == "unicode_fullwidth_forms": return _fw(run)
    if enc == "math_monospace_alphanumerics": return _mono(run)
    if enc == "qwerty_right_shift_cipher": return _qwerty_left(run)
    if enc == "atbash_nine_complement_cipher": return _atbash(run)
    if enc == "vigenere_keyword_tunnel": return _unvig(run)
    if enc == "rail_fence_three_rails": return _unrail(run)
    if enc == "every_character_doubled":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2)); return run[::2]
    if enc == "zero_width_space_interleaved": return run.replace("\u200b", "")
    if enc == "gzip_then_base64_stdlib":
        return zlib.decompress(binascii.a2b_base64(run), 31).decode()
    if enc == "utf16be_hex_code_units": return "".join(chr(int(x, 16)) for x in run.split(" "))
    if enc == "unicode_u_plus_notation": return "".join(chr(int(x[2:], 16)) for x in run.split(" "))
    if enc == "ebcdic_cp037_hex_bytes": return "".join(EBC[int(x, 16)] for x in run.split(" "))
    raise KeyError(enc)
