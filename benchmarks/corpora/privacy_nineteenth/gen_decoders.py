"""Independent decoders for the p19 evasion encodings (written separately from gen_encodings)."""
import base64, gzip, json, re, unicodedata

B91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def d_b91(s):
    v = -1; b = n = 0; out = bytearray()
    for ch in s:
        c = B91.index(ch)
        if v < 0:
            v = c; continue
        v += c * 91
        b |= v << n
        n += 13 if (v & 8191) > 88 else 14
        while n > 7:
            out.append(b & 255); b >>= 8; n -= 8
        v = -1
    if v + 1:
        out.append((b | v << n) & 255)
    return out.decode()


def d_b62(s):
    n = 0
    for ch in s:
        n = n * 62 + B62.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_rot18(s):
    a = "abcdefghijklmnopqrstuvwxyz"; A = a.upper(); d = "0123456789"
    return s.translate(str.maketrans(a + A + d, a[13:] + a[:13] + A[13:] + A[:13] + d[5:] + d[:5]))


def d_vig(s, key):
    r, i = "", 0
    for ch in s:
        if ch.isascii() and ch.isalpha():
            sh = ord(key[i % len(key)].lower()) - ord("a"); i += 1
            lo = ord("a") if ch.islower() else ord("A")
            r += chr(lo + (ord(ch) - lo - sh) % 26)
        else:
            r += ch
    return r


def d_columnar(s, key):
    ncol = len(key); nrow = len(s) // ncol
    order = sorted(range(ncol), key=lambda i: (key[i], i))
    cols = {}
    for idx, c in enumerate(order):
        cols[c] = s[idx * nrow:(idx + 1) * nrow]
    return "".join(cols[c][r] for r in range(nrow) for c in range(ncol)).rstrip("~")


def d_rc4(hexs, key):
    k = key.encode(); st = list(range(256)); j = 0
    for i in range(256):
        j = (j + st[i] + k[i % len(k)]) & 255; st[i], st[j] = st[j], st[i]
    data = bytes.fromhex(hexs); i = j = 0; out = []
    for byte in data:
        i = (i + 1) & 255; j = (j + st[i]) & 255; st[i], st[j] = st[j], st[i]
        out.append(byte ^ st[(st[i] + st[j]) & 255])
    return bytes(out).decode()


GREEK_BACK = {"Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
              "Χ": "X", "Υ": "Y", "Ζ": "Z", "ο": "o", "ν": "v", "ι": "i", "υ": "u"}


def d_dna(s):
    v = {"A": 0, "C": 1, "G": 2, "T": 3}
    return bytes(sum(v[s[i + j]] << (6 - 2 * j) for j in range(4)) for i in range(0, len(s), 4)).decode()


def d_progressive(s):
    out = []
    for i, c in enumerate(s):
        sh = i + 1
        if "a" <= c <= "z": out.append(chr((ord(c) - 97 - sh) % 26 + 97))
        elif "A" <= c <= "Z": out.append(chr((ord(c) - 65 - sh) % 26 + 65))
        elif c.isdigit(): out.append(str((int(c) - sh) % 10))
        else: out.append(c)
    return "".join(out)


def d_subst(s, key):
    inv = {key[i]: chr(97 + i) for i in range(26)}
    return "".join(inv.get(c, inv.get(c.lower(), "?").upper() if c.isupper() else c) for c in s)


def pad(s):
    return s + "=" * (-len(s) % 4)


DEC = {
 "base32_standard_padded": lambda v, k: base64.b32decode(v).decode(),
 "base64url_no_padding": lambda v, k: base64.urlsafe_b64decode(pad(v)).decode(),
 "hex_upper_0x_bigint": lambda v, k: bytes.fromhex(v[2:]).decode(),
 "rot18_letters_digits": lambda v, k: d_rot18(v),
 "vigenere_repeating_key": d_vig,
 "columnar_transposition_keyed": d_columnar,
 "chunk_order_reversed": lambda v, k: "".join(reversed(v.split(" "))),
 "base91_basE91": lambda v, k: d_b91(v),
 "base62_bigint": lambda v, k: d_b62(v),
 "base85_git_rfc1924": lambda v, k: base64.b85decode(v).decode(),
 "base32hex_rfc4648": lambda v, k: base64.b32hexdecode(v + "=" * (-len(v) % 8)).decode(),
 "quoted_printable_forced": lambda v, k: bytes(int(x, 16) for x in v.split("=")[1:]).decode(),
 "gzip_base64": lambda v, k: gzip.decompress(base64.b64decode(v)).decode(),
 "html_hex_entities": lambda v, k: "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9a-f]+);", v)),
 "hex_little_endian_reversed": lambda v, k: bytes(reversed(bytes.fromhex(v))).decode(),
 "ascii_decimal_codes_spaced": lambda v, k: bytes(int(x) for x in v.split()).decode(),
 "js_es6_codepoint_escape": lambda v, k: "".join(chr(int(x, 16)) for x in re.findall(r"\\u\{([0-9a-f]+)\}", v)),
 "tsql_char_concat": lambda v, k: "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", v)),
 "plsql_chr_pipe_concat": lambda v, k: "".join(chr(int(x)) for x in re.findall(r"CHR\((\d+)\)", v)),
 "powershell_char_cast_join": lambda v, k: "".join(chr(int(x)) for x in v[v.index("(") + 1:v.rindex(")")].split(",")),
 "spreadsheet_char_formula": lambda v, k: "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", v)),
 "math_alphanumeric_bold": lambda v, k: unicodedata.normalize("NFKC", v),
 "combining_strikethrough_overlay": lambda v, k: v.replace("\u0336", ""),
 "bidi_rlo_reversed": lambda v, k: v.strip("\u202e\u202c")[::-1],
 "greek_homoglyph": lambda v, k: "".join(GREEK_BACK.get(c, c) for c in v),
 "single_byte_xor_base64_keyed": lambda v, k: bytes(b ^ int(k, 0) for b in base64.b64decode(v)).decode(),
 "rc4_keyed_hex": d_rc4,
 "dna_base4_nucleotides": lambda v, k: d_dna(v),
 "js_string_concat_split": lambda v, k: "".join(re.findall(r"'([^']*)'", v)),
 "unsigned_jwt_payload_claim": lambda v, k: json.loads(base64.urlsafe_b64decode(pad(v.split(".")[1])))["api_key"],
 "rfc2047_encoded_word_base64": lambda v, k: base64.b64decode(v[len("=?UTF-8?B?"):-2]).decode(),
 "progressive_caesar_shift": lambda v, k: d_progressive(v),
 "substitution_alphabet_keyed": d_subst,
}
