"""Decoders, written separately from the encoders (library inverses where they exist)."""
import base64, html, lzma, quopri, re, unicodedata, zlib

def d_raw_deflate(s, k): return zlib.decompress(base64.b64decode(s), -15).decode()
def d_lzma(s, k): return lzma.decompress(base64.b64decode(s)).decode()
def d_qp(s, k): return quopri.decodestring(s.encode()).decode()

_B91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
def d_base91(s, k):
    tab = {c: i for i, c in enumerate(_B91)}
    v, b, n, out = -1, 0, 0, bytearray()
    for c in s:
        d = tab[c]
        if v < 0:
            v = d
        else:
            v += d * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while True:
                out.append(b & 255); b >>= 8; n -= 8
                if not n > 7: break
            v = -1
    if v + 1:
        out.append((b | v << n) & 255)
    return out.decode()

def d_base62(s, k):
    n = 0
    for c in s:
        if c.isdigit(): d = ord(c) - 48
        elif c.isupper(): d = ord(c) - 55
        else: d = ord(c) - 61
        n = n * 62 + d
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

_NATO = "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split()
_NUM = "Zero One Two Three Four Five Six Seven Eight Nine".split()
_SYM = {"Dash": "-", "Underscore": "_", "Dot": ".", "Slash": "/", "Plus": "+", "Equals": "=", "Colon": ":"}
def d_nato(s, k):
    out = []
    for w in s.split(" "):
        if w in _NUM: out.append(str(_NUM.index(w)))
        elif w in _SYM: out.append(_SYM[w])
        elif w.islower(): out.append(_NATO[[x.lower() for x in _NATO].index(w)][0].lower())
        else: out.append(_NATO[[x.upper() for x in _NATO].index(w)][0])
    return "".join(out)

# Dvorak key -> QWERTY key; written as key pairs per physical row, both shift levels
_PAIRS = ("1 1|2 2|3 3|4 4|5 5|6 6|7 7|8 8|9 9|0 0|[ -|] =|' q|, w|. e|p r|y t|f y|g u|c i|r o|l p|/ [|= ]|"
          "a a|o s|e d|u f|i g|d h|h j|t k|n l|s ;|- '|; z|q x|j c|k v|x b|b n|m m|w ,|v .|z /|"
          "! !|@ @|# #|$ $|% %|^ ^|& &|* *|( (|) )|{ _|} +|\" Q|< W|> E|P R|Y T|F Y|G U|C I|R O|L P|? {|+ }|"
          "A A|O S|E D|U F|I G|D H|H J|T K|N L|S :|_ \"|: Z|Q X|J C|K V|X B|B N|M M|W <|V >|Z ?")
def d_dvorak(s, k):
    back = {}
    for pair in _PAIRS.split("|"):
        dv, qw = pair.split(" ")
        back[qw] = dv
    return "".join(back[c] for c in s)

def _nums(s): return bytes(int(x) for x in re.findall(r"\d+", s)).decode()
def d_tsql(s, k):
    assert re.fullmatch(r"(CHAR\(\d+\)\+)*CHAR\(\d+\)", s); return _nums(s)
def d_ps(s, k):
    m = re.fullmatch(r"-join \[char\[\]\]\(([\d,]+)\)", s); return _nums(m.group(1))
def d_lua(s, k):
    m = re.fullmatch(r"string\.char\(([\d,]+)\)", s); return _nums(m.group(1))
def d_b32hex(s, k): return base64.b32hexdecode(s).decode()
def d_b64rev(s, k): return base64.b64decode(s[::-1]).decode()
def d_u16(s, k): return bytes.fromhex(s).decode("utf-16-be")
def d_not(s, k): return bytes(b ^ 0xFF for b in bytes.fromhex(s)).decode()

def d_columnar(s, k):
    n, w = len(s), len(k)
    rows, extra = divmod(n, w)
    lens = [rows + (1 if i < extra else 0) for i in range(w)]
    order = sorted(range(w), key=lambda i: (k[i], i))
    cols, pos = [None] * w, 0
    for i in order:
        cols[i] = s[pos:pos + lens[i]]; pos += lens[i]
    return "".join(cols[j % w][j // w] for j in range(n))

def d_autokey(s, k):
    ks = [c for c in k.upper()]
    out = []; i = 0
    for c in s:
        if c.isascii() and c.isalpha():
            shift = ord(ks[i]) - ord("A"); i += 1
            base = "A" if c.isupper() else "a"
            pc = chr((ord(c) - ord(base) - shift) % 26 + ord(base))
            ks.append(pc.upper()); out.append(pc)
        else:
            out.append(c)
    return "".join(out)

def d_html(s, k): return html.unescape(s)
def d_tags(s, k): return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)
def d_nfkc(s, k): return unicodedata.normalize("NFKC", s)
_CYR = {0x430: "a", 0x441: "c", 0x435: "e", 0x43e: "o", 0x440: "p", 0x445: "x", 0x443: "y", 0x456: "i",
        0x458: "j", 0x455: "s", 0x410: "A", 0x412: "B", 0x421: "C", 0x415: "E", 0x41d: "H", 0x41a: "K",
        0x41c: "M", 0x41e: "O", 0x420: "P", 0x422: "T", 0x425: "X"}
def d_cyr(s, k): return s.translate(_CYR)
def d_zwsp(s, k): return s.replace("\u200b", "")
def d_case(s, k): return "".join(c.lower() if c.isupper() else c.upper() for c in s)
def d_datauri(s, k):
    m = re.fullmatch(r"data:text/plain(?:;charset=[\w-]+)?;base64,([A-Za-z0-9+/=]+)", s)
    return base64.b64decode(m.group(1)).decode()
def d_excel(s, k):
    assert re.fullmatch(r"=(CHAR\(\d+\)&)*CHAR\(\d+\)", s); return _nums(s)

def d_bf(s, k):
    tape, ptr, pc, out = [0] * 64, 0, 0, []
    jump, stack = {}, []
    for i, c in enumerate(s):
        if c == "[": stack.append(i)
        elif c == "]": j = stack.pop(); jump[i] = j; jump[j] = i
    while pc < len(s):
        c = s[pc]
        if c == "+": tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-": tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == ".": out.append(tape[ptr])
        elif c == "[" and tape[ptr] == 0: pc = jump[pc]
        elif c == "]" and tape[ptr] != 0: pc = jump[pc]
        pc += 1
    return bytes(out).decode()

def d_base100(s, k):
    raw = s.encode("utf-8"); out = bytearray()
    for i in range(0, len(raw), 4):
        b3, b4 = raw[i + 2], raw[i + 3]
        out.append(((b3 - 0x8F) * 64 + (b4 - 0x80) - 55) % 256)
    return out.decode()
def d_braille(s, k): return bytes(ord(c) - 0x2800 for c in s).decode()
def d_jsjoin(s, k):
    m = re.fullmatch(r"\[(.*)\]\.join\(''\)", s, re.S)
    return "".join(re.findall(r"'([^']*)'", m.group(1)))
def d_dna(s, k):
    v = {"A": 0, "C": 1, "G": 2, "T": 3}
    return bytes(v[s[i]] * 64 + v[s[i + 1]] * 16 + v[s[i + 2]] * 4 + v[s[i + 3]] for i in range(0, len(s), 4)).decode()
def d_hexrev(s, k): return bytes(reversed(bytes.fromhex(s))).decode()
def d_triplets(s, k): return bytes(int(s[i:i + 3]) for i in range(0, len(s), 3)).decode()
def d_groups(s, k): return "".join(reversed(s.split(" ")))
def d_keyword(s, k):
    alpha = "".join(dict.fromkeys(k.upper() + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    out = []
    for c in s:
        if c.isascii() and c.isalpha():
            i = alpha.index(c.upper()); pc = chr(65 + i)
            out.append(pc if c.isupper() else pc.lower())
        else:
            out.append(c)
    return "".join(out)

DEC = {
 "raw_deflate_base64": d_raw_deflate, "lzma_xz_base64": d_lzma, "quoted_printable_every_byte": d_qp,
 "base91_henke": d_base91, "base62_big_number": d_base62, "nato_phonetic_words": d_nato,
 "dvorak_typed_on_qwerty": d_dvorak, "tsql_char_plus_concat": d_tsql, "powershell_char_array_join": d_ps,
 "lua_string_char_call": d_lua, "base32hex_extended_alphabet": d_b32hex, "base64_then_reversed": d_b64rev,
 "utf16be_hex": d_u16, "bitwise_not_bytes_hex": d_not, "columnar_transposition_keyed": d_columnar,
 "autokey_vigenere_keyed": d_autokey, "html_hex_char_refs": d_html, "unicode_tag_smuggling": d_tags,
 "math_sans_bold_nfkc": d_nfkc, "cyrillic_homoglyph_swap": d_cyr, "zwsp_interleaved": d_zwsp,
 "letter_case_inverted": d_case, "data_uri_text_base64": d_datauri, "excel_char_ampersand_formula": d_excel,
 "brainfuck_print_program": d_bf, "base100_emoji_bytes": d_base100, "braille_pattern_bytes": d_braille,
 "js_array_join_fragments": d_jsjoin, "dna_nucleotide_quads": d_dna, "hex_of_reversed_bytes": d_hexrev,
 "decimal_triplets_run": d_triplets, "four_char_groups_order_reversed": d_groups,
 "keyword_substitution_keyed": d_keyword,
}

# known-answer self-tests (published or hand-worked vectors)
SELF_TESTS = [
 ("columnar_transposition_keyed", "EVLNACDTESEAROFODEECWIREE", "ZEBRAS", "WEAREDISCOVEREDFLEEATONCE"),
 ("autokey_vigenere_keyed", "QNXEPVYTWTWP", "QUEENLY", "ATTACKATDAWN"),
 ("base32hex_extended_alphabet", "CPNMUOJ1E8======", None, "foobar"),
 ("quoted_printable_every_byte", "=48=69", None, "Hi"),
 ("nato_phonetic_words", "CHARLIE alfa tango Seven", None, "Cat7"),
 ("dvorak_typed_on_qwerty", "jdpps", None, "hello"),
 ("dna_nucleotide_quads", "CAACCACG", None, "AF"),
 ("brainfuck_print_program", "++++++++[>++++++++<-]>+.", None, "A"),
 ("base100_emoji_bytes", "\U0001F438\U0001F439", None, "AB"),
 ("keyword_substitution_keyed", "Ateeh", "KRYPTOS", "Hello"),
 ("four_char_groups_order_reversed", "ij efgh abcd", None, "abcdefghij"),
 ("base62_big_number", "5", None, "\x05"),
 ("base91_henke", "fPNKd", None, "test"),
]

def self_test():
    for name, enc, key, plain in SELF_TESTS:
        got = DEC[name](enc, key)
        if got != plain:
            raise ValueError("decoder self-test failed: %s %r -> %r (want %r)" % (name, enc, got, plain))
    return len(SELF_TESTS)
