"""Encoders for the 33 p19 evasion encodings. ENC[name](token, key_or_None, rng) -> encoded string.
Decoders live in gen_decoders.py and are written independently."""
import base64, gzip, hashlib, string, zlib

KEYED = {"vigenere_repeating_key", "columnar_transposition_keyed", "single_byte_xor_base64_keyed", "rc4_keyed_hex",
         "substitution_alphabet_keyed"}


def _b91(data):
    alpha = string.ascii_uppercase + string.ascii_lowercase + string.digits + "!#$%&()*+,./:;<=>?@[]^_`{|}~\""
    b = n = 0; out = []
    for byte in data:
        b |= byte << n; n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13; n -= 13
            else:
                v = b & 16383; b >>= 14; n -= 14
            out.append(alpha[v % 91]); out.append(alpha[v // 91])
    if n:
        out.append(alpha[b % 91])
        if n > 7 or b > 90:
            out.append(alpha[b // 91])
    return "".join(out)


def _b62(data):
    a = string.digits + string.ascii_uppercase + string.ascii_lowercase
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 62); s = a[r] + s
    return s


def _rot18(t):
    o = []
    for c in t:
        if c.islower(): o.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif c.isupper(): o.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif c.isdigit(): o.append(str((int(c) + 5) % 10))
        else: o.append(c)
    return "".join(o)


def _vig(t, key):
    o, i = [], 0
    for c in t:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - 97; i += 1
            base = 97 if c.islower() else 65
            o.append(chr((ord(c) - base + k) % 26 + base))
        else:
            o.append(c)
    return "".join(o)


def _columnar(t, key):
    order = sorted(range(len(key)), key=lambda i: (key[i], i))
    cols = len(key)
    padded = t + "~" * (-len(t) % cols)
    return "".join(padded[c::cols] for c in order)


def _rc4(key, data):
    S = list(range(256)); j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256; S[i], S[j] = S[j], S[i]
    i = j = 0; out = bytearray()
    for b in data:
        i = (i + 1) % 256; j = (j + S[i]) % 256; S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def _bold(t):
    o = []
    for c in t:
        if "A" <= c <= "Z": o.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z": o.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9": o.append(chr(0x1D7CE + ord(c) - 48))
        else: o.append(c)
    return "".join(o)


GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
         "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι", "u": "υ"}


def _dna(data):
    m = "ACGT"
    return "".join(m[(b >> s) & 3] for b in data for s in (6, 4, 2, 0))


def _progressive(t):
    o = []
    for i, c in enumerate(t):
        if c.islower(): o.append(chr((ord(c) - 97 + i + 1) % 26 + 97))
        elif c.isupper(): o.append(chr((ord(c) - 65 + i + 1) % 26 + 65))
        elif c.isdigit(): o.append(str((int(c) + i + 1) % 10))
        else: o.append(c)
    return "".join(o)


def _subst(t, key):
    tbl = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, key + key.upper())
    return t.translate(tbl)


def _chunks(t, n):
    return [t[i:i + n] for i in range(0, len(t), n)]


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


ENC = {
 "base32_standard_padded": lambda t, k, g: base64.b32encode(t.encode()).decode(),
 "base64url_no_padding": lambda t, k, g: _b64u(t.encode()),
 "hex_upper_0x_bigint": lambda t, k, g: "0x" + t.encode().hex().upper(),
 "rot18_letters_digits": lambda t, k, g: _rot18(t),
 "vigenere_repeating_key": lambda t, k, g: _vig(t, k),
 "columnar_transposition_keyed": lambda t, k, g: _columnar(t, k),
 "chunk_order_reversed": lambda t, k, g: " ".join(reversed(_chunks(t, 4))),
 "base91_basE91": lambda t, k, g: _b91(t.encode()),
 "base62_bigint": lambda t, k, g: _b62(t.encode()),
 "base85_git_rfc1924": lambda t, k, g: base64.b85encode(t.encode()).decode(),
 "base32hex_rfc4648": lambda t, k, g: base64.b32hexencode(t.encode()).decode().rstrip("="),
 "quoted_printable_forced": lambda t, k, g: "".join("=%02X" % b for b in t.encode()),
 "gzip_base64": lambda t, k, g: base64.b64encode(gzip.compress(t.encode(), mtime=0)).decode(),
 "html_hex_entities": lambda t, k, g: "".join("&#x%x;" % ord(c) for c in t),
 "hex_little_endian_reversed": lambda t, k, g: t.encode()[::-1].hex(),
 "ascii_decimal_codes_spaced": lambda t, k, g: " ".join(str(b) for b in t.encode()),
 "js_es6_codepoint_escape": lambda t, k, g: "".join("\\u{%x}" % ord(c) for c in t),
 "tsql_char_concat": lambda t, k, g: "+".join("CHAR(%d)" % ord(c) for c in t),
 "plsql_chr_pipe_concat": lambda t, k, g: "||".join("CHR(%d)" % ord(c) for c in t),
 "powershell_char_cast_join": lambda t, k, g: "-join [char[]](" + ",".join(str(ord(c)) for c in t) + ")",
 "spreadsheet_char_formula": lambda t, k, g: "=" + "&".join("CHAR(%d)" % ord(c) for c in t),
 "math_alphanumeric_bold": lambda t, k, g: _bold(t),
 "combining_strikethrough_overlay": lambda t, k, g: "".join(c + "\u0336" for c in t),
 "bidi_rlo_reversed": lambda t, k, g: "\u202e" + t[::-1] + "\u202c",
 "greek_homoglyph": lambda t, k, g: "".join(GREEK.get(c, c) for c in t),
 "single_byte_xor_base64_keyed": lambda t, k, g: base64.b64encode(bytes(b ^ int(k, 0) for b in t.encode())).decode(),
 "rc4_keyed_hex": lambda t, k, g: _rc4(k.encode(), t.encode()).hex(),
 "dna_base4_nucleotides": lambda t, k, g: _dna(t.encode()),
 "js_string_concat_split": lambda t, k, g: " + ".join("'%s'" % c for c in _chunks(t, 7)),
 "unsigned_jwt_payload_claim": lambda t, k, g: _b64u(b'{"alg":"none","typ":"JWT"}') + "." + _b64u(('{"sub":"svc-sync","api_key":"%s"}' % t).encode()) + ".",
 "rfc2047_encoded_word_base64": lambda t, k, g: "=?UTF-8?B?" + base64.b64encode(t.encode()).decode() + "?=",
 "progressive_caesar_shift": lambda t, k, g: _progressive(t),
 "substitution_alphabet_keyed": lambda t, k, g: _subst(t, k),
}
