"""Encoders for the 22 p91 evasions (the decoder lives in dec91.py, written separately)."""
import base64, gzip

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]

def base45(s):
    b, out = s.encode(), ""
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        e, n = divmod(n, 45 * 45); d, c = divmod(n, 45)
        out += B45[c] + B45[d] + B45[e]
    if len(b) % 2:
        d, c = divmod(b[-1], 45); out += B45[c] + B45[d]
    return out

def xxenc(s):
    b = s.encode(); out = XX[len(b)]
    for i in range(0, len(b), 3):
        ch = b[i:i + 3] + b"\0\0"
        n = (ch[0] << 16) | (ch[1] << 8) | ch[2]
        out += "".join(XX[(n >> sh) & 63] for sh in (18, 12, 6, 0))
    return out

def ternary(s):
    out = []
    for x in s.encode():
        t = ""
        for _ in range(6):
            x, d = divmod(x, 3); t = str(d) + t
        out.append(t)
    return " ".join(out)

def shift_map(c, k=1):
    for row in ROWS:
        for rr in (row, row.upper()):
            if c in rr:
                return rr[(rr.index(c) + k) % len(rr)]
    return c

def vig(s, key="tunnel"):
    out, j = "", 0
    for c in s:
        if c.isalpha():
            k = ord(key[j % len(key)]) - 97; j += 1
            base = 65 if c.isupper() else 97
            out += chr((ord(c) - base + k) % 26 + base)
        else:
            out += c
    return out

def rail3(s):
    rails = ["", "", ""]; r, d = 0, 1
    for c in s:
        rails[r] += c
        if r == 0: d = 1
        elif r == 2: d = -1
        r += d
    return "".join(rails)

def atbash(c):
    if "a" <= c <= "z": return chr(219 - ord(c))
    if "A" <= c <= "Z": return chr(155 - ord(c))
    if c.isdigit(): return str(9 - int(c))
    return c

def fullwidth(c):
    return chr(ord(c) + 0xFEE0) if 33 <= ord(c) <= 126 else c

def mono(c):
    if "A" <= c <= "Z": return chr(0x1D670 + ord(c) - 65)
    if "a" <= c <= "z": return chr(0x1D68A + ord(c) - 97)
    if "0" <= c <= "9": return chr(0x1D7F6 + ord(c) - 48)
    return c

ENC = {
 "base45_rfc9285": base45,
 "base85_rfc1924_alphabet": lambda s: base64.b85encode(s.encode()).decode(),
 "base32hex_extended_alphabet": lambda s: base64.b32hexencode(s.encode()).decode(),
 "xxencode_single_line": xxenc,
 "ternary_six_trit_bytes": ternary,
 "python_bytes_fromhex_call": lambda s: "bytes.fromhex('" + s.encode().hex() + "').decode()",
 "go_byte_slice_literal": lambda s: "string([]byte{" + ", ".join("0x%02x" % b for b in s.encode()) + "})",
 "rust_vec_u8_from_utf8": lambda s: "String::from_utf8(vec![" + ", ".join(str(b) for b in s.encode()) + "]).unwrap()",
 "sqlite_char_function_call": lambda s: "char(" + ",".join(str(ord(c)) for c in s) + ")",
 "bash_ansi_c_hex_quoting": lambda s: "$'" + "".join("\\x%02x" % b for b in s.encode()) + "'",
 "unicode_fullwidth_forms": lambda s: "".join(fullwidth(c) for c in s),
 "math_monospace_alphanumerics": lambda s: "".join(mono(c) for c in s),
 "qwerty_right_shift_cipher": lambda s: "".join(shift_map(c) for c in s),
 "atbash_nine_complement_cipher": lambda s: "".join(atbash(c) for c in s),
 "vigenere_keyword_tunnel": vig,
 "rail_fence_three_rails": rail3,
 "every_character_doubled": lambda s: "".join(c + c for c in s),
 "zero_width_space_interleaved": lambda s: "\u200b".join(s),
 "gzip_then_base64_stdlib": lambda s: base64.b64encode(gzip.compress(s.encode(), mtime=0)).decode(),
 "utf16be_hex_code_units": lambda s: " ".join("%04X" % ord(c) for c in s),
 "unicode_u_plus_notation": lambda s: " ".join("U+%04X" % ord(c) for c in s),
 "ebcdic_cp037_hex_bytes": lambda s: s.encode("cp037").hex(" ").upper(),
}

RULE = {
 "base45_rfc9285": "in Base45 (RFC 9285: 2 bytes -> 3 characters of 0-9A-Z space $%*+-./:, low digit first)",
 "base85_rfc1924_alphabet": "in Base85 with the RFC 1924 alphabet (0-9A-Za-z!#$%&()*+-;<=>?@^_`{|}~, 4 bytes -> 5 characters, no delimiters)",
 "base32hex_extended_alphabet": "in base32hex (RFC 4648 extended-hex alphabet 0-9A-V, = padding)",
 "xxencode_single_line": "as one xxencoded line (first character is the length, then 4 characters per 3 bytes, alphabet +-0-9A-Za-z)",
 "ternary_six_trit_bytes": "as base-3: every UTF-8 byte as six ternary digits, space-separated",
 "python_bytes_fromhex_call": "as a Python bytes.fromhex(...) call of the UTF-8 bytes",
 "go_byte_slice_literal": "as a Go string([]byte{...}) literal of hex bytes",
 "rust_vec_u8_from_utf8": "as a Rust String::from_utf8(vec![...]) of decimal bytes",
 "sqlite_char_function_call": "as an SQLite char(...) call of decimal code points",
 "bash_ansi_c_hex_quoting": "as a bash ANSI-C quoted string of \\xHH escapes",
 "unicode_fullwidth_forms": "in Unicode fullwidth forms (every ASCII character shifted by U+FEE0)",
 "math_monospace_alphanumerics": "in Unicode mathematical monospace letters and digits (- _ . unchanged)",
 "qwerty_right_shift_cipher": "typed one key to the right on a QWERTY keyboard (within each row qwertyuiop / asdfghjkl / zxcvbnm / 1234567890, wrapping; case kept; - _ . unchanged)",
 "atbash_nine_complement_cipher": "atbash-enciphered (a<->z, b<->y ..., case kept; digit d -> 9-d; - _ . unchanged)",
 "vigenere_keyword_tunnel": "Vigenère-enciphered with the key 'tunnel' (key advances on letters only, case kept; digits and - _ . unchanged)",
 "rail_fence_three_rails": "rail-fence enciphered on three rails (written in a zigzag, read rail by rail)",
 "every_character_doubled": "with every character written twice (keep every second one)",
 "zero_width_space_interleaved": "with an invisible zero-width space (U+200B) between every two characters",
 "gzip_then_base64_stdlib": "gzipped (mtime 0) and then Base64-encoded",
 "utf16be_hex_code_units": "as UTF-16BE code units, four hex digits each, space-separated",
 "unicode_u_plus_notation": "as Unicode code points in U+XXXX notation",
 "ebcdic_cp037_hex_bytes": "as EBCDIC (code page 037) bytes in upper-case hex, space-separated",
}
