"""33 encoders (none named in the p26 / p27 READMEs). Each takes (plain, key, rng)."""
import base64, lzma, zlib

def _b(s): return s.encode("utf-8")

def raw_deflate_base64(p, k, r):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(_b(p)) + c.flush()).decode()

def lzma_xz_base64(p, k, r):
    return base64.b64encode(lzma.compress(_b(p), format=lzma.FORMAT_XZ, preset=6)).decode()

def quoted_printable_every_byte(p, k, r):
    return "".join("=%02X" % b for b in _b(p))

B91 = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [chr(c) for c in range(48, 58)] + list("!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
def base91_henke(p, k, r):
    b = n = 0; out = []
    for byte in _b(p):
        b |= byte << n; n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13; n -= 13
            else:
                v = b & 16383; b >>= 14; n -= 14
            out.append(B91[v % 91]); out.append(B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)

def base62_big_number(p, k, r):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = int.from_bytes(_b(p), "big"); s = ""
    while n:
        n, m = divmod(n, 62); s = alpha[m] + s
    return s

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
DIGW = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
SYMW = {"-": "Dash", "_": "Underscore", ".": "Dot", "/": "Slash", "+": "Plus", "=": "Equals", ":": "Colon"}
def nato_phonetic_words(p, k, r):
    out = []
    for c in p:
        if "a" <= c <= "z": out.append(NATO[ord(c) - 97])
        elif "A" <= c <= "Z": out.append(NATO[ord(c) - 65].upper())
        elif c.isdigit(): out.append(DIGW[int(c)])
        else: out.append(SYMW[c])
    return " ".join(out)

# typing on a QWERTY machine while thinking in Dvorak: key position of the Dvorak char -> QWERTY char
_DV = ["1234567890[]", "',.pyfgcrl/=", "aoeuidhtns-", ";qjkxbmwvz"]
_QW = ["1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
_DVS = ["!@#$%^&*(){}", '"<>PYFGCRL?+', "AOEUIDHTNS_", ":QJKXBMWVZ"]
_QWS = ["!@#$%^&*()_+", "QWERTYUIOP{}", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
def dvorak_typed_on_qwerty(p, k, r):
    m = {}
    for rows_d, rows_q in ((_DV, _QW), (_DVS, _QWS)):
        for a, b in zip(rows_d, rows_q):
            for x, y in zip(a, b): m[x] = y
    return "".join(m[c] for c in p)

def tsql_char_plus_concat(p, k, r):
    return "+".join("CHAR(%d)" % b for b in _b(p))

def powershell_char_array_join(p, k, r):
    return "-join [char[]](" + ",".join(str(b) for b in _b(p)) + ")"

def lua_string_char_call(p, k, r):
    return "string.char(" + ",".join(str(b) for b in _b(p)) + ")"

def base32hex_extended_alphabet(p, k, r):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    bits = "".join("{:08b}".format(b) for b in _b(p))
    bits += "0" * (-len(bits) % 5)
    s = "".join(alpha[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return s + "=" * (-len(s) % 8)

def base64_then_reversed(p, k, r):
    return base64.b64encode(_b(p)).decode()[::-1]

def utf16be_hex(p, k, r):
    return p.encode("utf-16-be").hex()

def bitwise_not_bytes_hex(p, k, r):
    return bytes(255 - b for b in _b(p)).hex()

def columnar_transposition_keyed(p, k, r):
    order = sorted(range(len(k)), key=lambda i: (k[i], i))
    cols = ["".join(p[j] for j in range(i, len(p), len(k))) for i in range(len(k))]
    return "".join(cols[i] for i in order)

def autokey_vigenere_keyed(p, k, r):
    stream = [ord(c) - 97 for c in k.lower()]
    out = []; used = 0
    for c in p:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            sh = stream[used]; used += 1
            stream.append(ord(c.lower()) - 97)
            out.append(chr((ord(c) - base + sh) % 26 + base))
        else:
            out.append(c)
    return "".join(out)

def html_hex_char_refs(p, k, r):
    return "".join("&#x%x;" % ord(c) for c in p)

def unicode_tag_smuggling(p, k, r):
    return "".join(chr(0xE0000 + ord(c)) for c in p)

def math_sans_bold_nfkc(p, k, r):
    out = []
    for c in p:
        if "A" <= c <= "Z": out.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z": out.append(chr(0x1D5EE + ord(c) - 97))
        elif "0" <= c <= "9": out.append(chr(0x1D7EC + ord(c) - 48))
        else: out.append(c)
    return "".join(out)

HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "j": "\u0458", "s": "\u0455", "A": "\u0410", "B": "\u0412",
        "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
        "P": "\u0420", "T": "\u0422", "X": "\u0425"}
def cyrillic_homoglyph_swap(p, k, r):
    return "".join(HOMO.get(c, c) for c in p)

def zwsp_interleaved(p, k, r):
    return "\u200b".join(p)

def letter_case_inverted(p, k, r):
    return p.swapcase()

def data_uri_text_base64(p, k, r):
    return "data:text/plain;charset=utf-8;base64," + base64.b64encode(_b(p)).decode()

def excel_char_ampersand_formula(p, k, r):
    return "=" + "&".join("CHAR(%d)" % b for b in _b(p))

def brainfuck_print_program(p, k, r):
    out = []
    for b in _b(p):
        a = int(b ** 0.5); q, m = divmod(b, a)
        out.append("+" * a + "[>" + "+" * q + "<-]>" + "+" * m + ".[-]<")
    return "".join(out)

def base100_emoji_bytes(p, k, r):
    return "".join(chr(0x1F3F7 + b) for b in _b(p))

def braille_pattern_bytes(p, k, r):
    return "".join(chr(0x2800 + b) for b in _b(p))

def js_array_join_fragments(p, k, r):
    parts, i = [], 0
    while i < len(p):
        n = r.randint(3, 7); parts.append(p[i:i + n]); i += n
    if len(parts) < 2:
        parts = [p[:len(p) // 2], p[len(p) // 2:]]
    return "[" + ", ".join("'" + x + "'" for x in parts) + "].join('')"

def dna_nucleotide_quads(p, k, r):
    return "".join("ACGT"[(b >> s) & 3] for b in _b(p) for s in (6, 4, 2, 0))

def hex_of_reversed_bytes(p, k, r):
    return _b(p)[::-1].hex()

def decimal_triplets_run(p, k, r):
    return "".join("%03d" % b for b in _b(p))

def four_char_groups_order_reversed(p, k, r):
    groups = [p[i:i + 4] for i in range(0, len(p), 4)]
    return " ".join(reversed(groups))

def keyword_substitution_keyed(p, k, r):
    seen = []
    for c in k.lower() + "abcdefghijklmnopqrstuvwxyz":
        if c not in seen: seen.append(c)
    out = []
    for c in p:
        if "a" <= c <= "z": out.append(seen[ord(c) - 97])
        elif "A" <= c <= "Z": out.append(seen[ord(c) - 65].upper())
        else: out.append(c)
    return "".join(out)

# name -> (encoder, natural phrase, keyed)
ENC = {
 "raw_deflate_base64": (raw_deflate_base64, "raw-DEFLATE compressed and then base64-encoded (PHP gzdeflate + base64_encode)", False),
 "lzma_xz_base64": (lzma_xz_base64, "xz-compressed and then base64-encoded", False),
 "quoted_printable_every_byte": (quoted_printable_every_byte, "in quoted-printable with every single byte escaped as =XX", False),
 "base91_henke": (base91_henke, "in basE91 (Joachim Henke's alphabet)", False),
 "base62_big_number": (base62_big_number, "as one big base62 number of its bytes (0-9, A-Z, a-z)", False),
 "nato_phonetic_words": (nato_phonetic_words, "spelled in the NATO alphabet (CAPS word = capital letter, digits as words)", False),
 "dvorak_typed_on_qwerty": (dvorak_typed_on_qwerty, "typed Dvorak-style on a QWERTY layout (map the keys back to Dvorak)", False),
 "tsql_char_plus_concat": (tsql_char_plus_concat, "as a T-SQL CHAR()+CHAR() expression", False),
 "powershell_char_array_join": (powershell_char_array_join, "as a PowerShell -join [char[]] expression", False),
 "lua_string_char_call": (lua_string_char_call, "as a Lua string.char() call", False),
 "base32hex_extended_alphabet": (base32hex_extended_alphabet, "in base32hex (the RFC 4648 extended-hex alphabet, 0-9A-V)", False),
 "base64_then_reversed": (base64_then_reversed, "base64-encoded and then written backwards", False),
 "utf16be_hex": (utf16be_hex, "as hex of its UTF-16BE bytes", False),
 "bitwise_not_bytes_hex": (bitwise_not_bytes_hex, "with every byte bit-inverted (NOT), shown as hex", False),
 "columnar_transposition_keyed": (columnar_transposition_keyed, "columnar-transposed with the key word {key} (rows of key length, columns read in alphabetical key order)", True),
 "autokey_vigenere_keyed": (autokey_vigenere_keyed, "autokey-Vigenère enciphered with the primer {key} (letters only, case kept)", True),
 "html_hex_char_refs": (html_hex_char_refs, "as HTML hexadecimal character references", False),
 "unicode_tag_smuggling": (unicode_tag_smuggling, "hidden as invisible Unicode tag characters (U+E0000 plus the ASCII code) right after the arrow", False),
 "math_sans_bold_nfkc": (math_sans_bold_nfkc, "in sans-serif bold math letters (NFKC turns them back into plain ones)", False),
 "cyrillic_homoglyph_swap": (cyrillic_homoglyph_swap, "with Cyrillic look-alike letters swapped in (replace them with the Latin ones)", False),
 "zwsp_interleaved": (zwsp_interleaved, "with a zero-width space between every two characters", False),
 "letter_case_inverted": (letter_case_inverted, "with upper and lower case swapped", False),
 "data_uri_text_base64": (data_uri_text_base64, "as a text/plain data: URI", False),
 "excel_char_ampersand_formula": (excel_char_ampersand_formula, "as an Excel =CHAR()&CHAR() formula", False),
 "brainfuck_print_program": (brainfuck_print_program, "as a Brainfuck program that prints it", False),
 "base100_emoji_bytes": (base100_emoji_bytes, "in base100 (one emoji per byte)", False),
 "braille_pattern_bytes": (braille_pattern_bytes, "as Braille pattern characters (U+2800 plus each byte)", False),
 "js_array_join_fragments": (js_array_join_fragments, "split into fragments of a JavaScript array joined back with .join('')", False),
 "dna_nucleotide_quads": (dna_nucleotide_quads, "as DNA letters (A=00, C=01, G=10, T=11, four per byte)", False),
 "hex_of_reversed_bytes": (hex_of_reversed_bytes, "as hex of its bytes in reverse order", False),
 "decimal_triplets_run": (decimal_triplets_run, "as three-digit decimal byte codes run together", False),
 "four_char_groups_order_reversed": (four_char_groups_order_reversed, "cut into groups of four with the group order reversed", False),
 "keyword_substitution_keyed": (keyword_substitution_keyed, "with a keyword substitution alphabet built from {key} (letters only, case kept)", True),
}
