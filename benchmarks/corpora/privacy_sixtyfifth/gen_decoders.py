"""Independent decoders: each gets only the text before the span and the encoded run."""
import re

_NUMS = lambda s: [int(x) for x in re.findall(r"\d+", s)]


def _bytes(lst):
    return bytes(lst).decode("ascii")


def d_rev(before, run): return run[::-1]

def d_js(before, run):
    m = re.fullmatch(r"String\.fromCharCode\(([\d, ]+)\)", run); return _bytes(_NUMS(m.group(1)))

def d_rust(before, run):
    m = re.fullmatch(r"String::from_utf8\(vec!\[([\d, ]+)\]\)\.unwrap\(\)", run); return _bytes(_NUMS(m.group(1)))

def d_go(before, run):
    m = re.fullmatch(r"string\(\[\]rune\{((?:0x[0-9a-f]+(?:, )?)+)\}\)", run)
    return _bytes([int(x, 16) for x in re.findall(r"0x([0-9a-f]+)", m.group(1))])

def d_perl(before, run):
    m = re.fullmatch(r'pack\("C\*", ([\d, ]+)\)', run); return _bytes(_NUMS(m.group(1)))

def d_lua(before, run):
    m = re.fullmatch(r"string\.char\(([\d,]+)\)", run); return _bytes(_NUMS(m.group(1)))

def d_ps(before, run):
    m = re.fullmatch(r"-join \[char\[\]\]\(([\d,]+)\)", run); return _bytes(_NUMS(m.group(1)))

def d_vbs(before, run):
    parts = run.split(" & ")
    return _bytes([int(re.fullmatch(r"Chr\((\d+)\)", p).group(1)) for p in parts])

def d_pct(before, run):
    assert re.fullmatch(r"(%[0-9A-F]{2})+", run); return _bytes([int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3)])

def d_html(before, run):
    assert re.fullmatch(r"(&#\d+;)+", run); return _bytes(_NUMS(run))

_NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
_DIG = "zero one two three four five six seven eight niner".split()

def d_nato(before, run):
    out, cap = [], False
    for w in run.split(" "):
        if w == "CAPS":
            cap = True; continue
        if w in _DIG:
            out.append(str(_DIG.index(w)))
        elif w in ("dash", "underscore", "dot"):
            out.append({"dash": "-", "underscore": "_", "dot": "."}[w])
        else:
            c = chr(ord("a") + _NATO.index(w)); out.append(c.upper() if cap else c)
        cap = False
    return "".join(out)

_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

def d_b45(before, run):
    out = bytearray()
    for i in range(0, len(run), 3):
        g = [_B45.index(c) for c in run[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025; out += bytes([n >> 8, n & 255])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode("ascii")


def _b32dec(run, alpha):
    bits, n, out = 0, 0, bytearray()
    for c in run:
        bits = (bits << 5) | alpha.index(c); n += 5
        if n >= 8:
            n -= 8; out.append((bits >> n) & 255)
    return out.decode("ascii")

def d_crock(before, run): return _b32dec(run, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
def d_zb32(before, run): return _b32dec(run, "ybndrfg8ejkmcpqxot1uwisza345h769")

def d_can(before, run):
    out = b""
    for fr in run.split(" "):
        m = re.fullmatch(r"7E8#((?:[0-9A-F]{2}){1,8})", fr); out += bytes.fromhex(m.group(1))
    return out.decode("ascii")

def d_ihex(before, run):
    out = bytearray()
    for line in run.split("\n"):
        raw = bytes.fromhex(line[1:])
        assert line[0] == ":" and sum(raw) & 255 == 0
        if raw[3] == 1:
            break
        assert raw[3] == 0 and (raw[1] << 8 | raw[2]) == len(out)
        out += raw[4:4 + raw[0]]
    return out.decode("ascii")

def d_srec(before, run):
    out = bytearray()
    for line in run.split("\n"):
        raw = bytes.fromhex(line[2:])
        assert sum(raw) & 255 == 255 and raw[0] == len(raw) - 1
        if line.startswith("S9"):
            break
        assert line.startswith("S1")
        out += raw[3:-1]
    return out.decode("ascii")

_EBC = {}
for _i, _c in enumerate("abcdefghi"): _EBC[0x81 + _i] = _c
for _i, _c in enumerate("jklmnopqr"): _EBC[0x91 + _i] = _c
for _i, _c in enumerate("stuvwxyz"): _EBC[0xA2 + _i] = _c
for _i, _c in enumerate("ABCDEFGHI"): _EBC[0xC1 + _i] = _c
for _i, _c in enumerate("JKLMNOPQR"): _EBC[0xD1 + _i] = _c
for _i, _c in enumerate("STUVWXYZ"): _EBC[0xE2 + _i] = _c
for _i in range(10): _EBC[0xF0 + _i] = str(_i)
_EBC.update({0x60: "-", 0x4B: ".", 0x6D: "_"})

def d_ebcdic(before, run): return "".join(_EBC[x] for x in bytes.fromhex(run))

def d_le32(before, run):
    out = b""
    for w in run.split(" "):
        v = int(w, 16); out += bytes([(v >> s) & 255 for s in (0, 8, 16, 24)])
    return out.rstrip(b"\0").decode("ascii")

def d_gray(before, run):
    out = []
    for g in run.split(" "):
        g = int(g, 2); b = g
        while g:
            g >>= 1; b ^= g
        out.append(b)
    return _bytes(out)

def d_gsm(before, run):
    n = int(re.findall(r"(\d+) septets\)", before)[-1])
    data = bytes.fromhex(run); bits = int.from_bytes(data, "little")
    chars = []
    for i in range(n):
        c = (bits >> (7 * i)) & 127
        chars.append("_" if c == 0x11 else chr(c))
    return "".join(chars)

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def d_b64rev(before, run):
    bits, n, out = 0, 0, bytearray()
    for c in run.rstrip("="):
        bits = (bits << 6) | _B64.index(c); n += 6
        if n >= 8:
            n -= 8; out.append((bits >> n) & 255)
    return out.decode("ascii")[::-1]

DEC = {"reversed_character_order": d_rev, "js_string_fromcharcode": d_js, "rust_vec_u8_from_utf8": d_rust,
       "go_string_rune_slice_hex": d_go, "perl_pack_c_star": d_perl, "lua_string_char_decimal": d_lua,
       "powershell_char_array_join": d_ps, "vbscript_chr_ampersand_chain": d_vbs, "url_percent_every_byte": d_pct,
       "html_decimal_entities": d_html, "nato_phonetic_spelling": d_nato, "base45_rfc9285": d_b45,
       "base32_crockford": d_crock, "zbase32_human_oriented": d_zb32, "can_frame_payload_hex": d_can,
       "intel_hex_records": d_ihex, "motorola_s1_records": d_srec, "ebcdic_cp037_hex": d_ebcdic,
       "little_endian_u32_words_hex": d_le32, "gray_code_binary_bytes": d_gray,
       "gsm_7bit_packed_septets_hex": d_gsm, "base64_of_reversed_string": d_b64rev}
