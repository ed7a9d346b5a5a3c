"""Independent decoders: DEC[name](text_before_span, run) -> plain. Written separately from the
encoders: own tables, own Base64 / Base45 / Crockford arithmetic, anchored regular expressions."""
import re, lzma

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _unb64(s):
    s = s.rstrip("=")
    bits = "".join(format(_B64.index(ch), "06b") for ch in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def _ints(run, pat, base=10):
    m = re.fullmatch(pat, run)
    assert m, (pat, run)
    return [int(x, base) for x in re.findall(r"(?:0x)?([0-9A-Fa-f]+)", m.group(1))] if base == 16 else \
        [int(x) for x in re.findall(r"\d+", m.group(1))]


def d_xz(pre, run):
    return lzma.decompress(_unb64(run)).decode()


def d_rev(pre, run):
    out = ""
    for ch in run:
        out = ch + out
    return out


def d_pct(pre, run):
    assert re.fullmatch(r"(%[0-9A-F]{2})+", run)
    return bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3)).decode()


def d_js(pre, run):
    return "".join(map(chr, _ints(run, r"String\.fromCharCode\(([\d, ]+)\)")))


def d_go(pre, run):
    m = re.fullmatch(r"string\(\[\]byte\{((?:0x[0-9a-f]{2}(?:, )?)+)\}\)", run)
    return "".join(chr(int(x, 16)) for x in re.findall(r"0x([0-9a-f]{2})", m.group(1)))


def d_rust(pre, run):
    return "".join(map(chr, _ints(run, r"String::from_utf8\(vec!\[([\d, ]+)\]\)\.unwrap\(\)")))


def d_perl(pre, run):
    m = re.fullmatch(r'pack\("H\*", "([0-9a-f]+)"\)', run)
    h = m.group(1)
    return "".join(chr(int(h[i:i + 2], 16)) for i in range(0, len(h), 2))


def d_ps(pre, run):
    return "".join(map(chr, _ints(run, r"-join \[char\[\]\]\(([\d,]+)\)")))


_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def d_b45(pre, run):
    out = bytearray()
    for i in range(0, len(run), 3):
        g = [_B45.index(ch) for ch in run[i:i + 3]]
        if len(g) == 3:
            n = g[0] + g[1] * 45 + g[2] * 2025
            out += bytes([n >> 8, n & 255])
        else:
            out.append(g[0] + g[1] * 45)
    return out.decode()


_WORDS = {}
for _i, _w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november "
                        "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()):
    _WORDS[_w] = chr(97 + _i)
    _WORDS[_w.upper()] = chr(65 + _i)
for _i, _w in enumerate("zero one two three four five six seven eight niner".split()):
    _WORDS[_w] = str(_i)
_WORDS.update({"dash": "-", "underscore": "_", "period": "."})


def d_nato(pre, run):
    return "".join(_WORDS[w] for w in run.split(" "))


def d_rail(pre, run):
    n = len(run)
    pattern, r, d = [], 0, 1
    for _ in range(n):
        pattern.append(r)
        if r == 0:
            d = 1
        elif r == 2:
            d = -1
        r += d
    counts = [pattern.count(k) for k in range(3)]
    rows, pos = [], 0
    for k in range(3):
        rows.append(list(run[pos:pos + counts[k]]))
        pos += counts[k]
    return "".join(rows[k].pop(0) for k in pattern)


def d_affine(pre, run):
    m = re.search(r"a=(\d+), b=(\d+)", pre)
    a, b = int(m.group(1)), int(m.group(2))
    inv = next(x for x in range(26) if (a * x) % 26 == 1)
    out = []
    for ch in run:
        if ch.islower() and ch.isascii():
            out.append(chr(inv * (ord(ch) - 97 - b) % 26 + 97))
        elif ch.isupper() and ch.isascii():
            out.append(chr(inv * (ord(ch) - 65 - b) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def d_ebcdic(pre, run):
    assert re.fullmatch(r"[0-9A-F]+", run)
    return bytes.fromhex(run).decode("cp037")


def d_mdot(pre, run):
    parts = run.split("\u00b7")
    assert all(len(x) == 1 for x in parts)
    return "".join(parts)


def d_cs(pre, run):
    return "".join(map(chr, _ints(run, r"Encoding\.ASCII\.GetString\(new byte\[\] \{ ([\d, ]+) \}\)")))


def d_php(pre, run):
    assert re.fullmatch(r"chr\(\d+\)(\.chr\(\d+\))*", run)
    return "".join(chr(int(x)) for x in re.findall(r"chr\((\d+)\)", run))


def d_ruby(pre, run):
    return "".join(map(chr, _ints(run, r"\[([\d, ]+)\]\.pack\('c\*'\)")))


def d_lua(pre, run):
    return "".join(map(chr, _ints(run, r"string\.char\(([\d,]+)\)")))


def d_json(pre, run):
    assert re.fullmatch(r"(\\u[0-9a-f]{4})+", run)
    return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", run))


_CR = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def d_crock(pre, run):
    bits = "".join(format(_CR.index(ch), "05b") for ch in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()


def d_circ(pre, run):
    out = []
    for ch in run:
        o = ord(ch)
        if 0x24D0 <= o <= 0x24E9:
            out.append(chr(o - 0x24D0 + 97))
        elif 0x24B6 <= o <= 0x24CF:
            out.append(chr(o - 0x24B6 + 65))
        elif o == 0x24EA:
            out.append("0")
        elif 0x2460 <= o <= 0x2468:
            out.append(str(o - 0x2460 + 1))
        else:
            out.append(ch)
    return "".join(out)


def d_decoy(pre, run):
    return run[0::2]


DEC = {
    "xz_container_then_base64": d_xz, "reversed_character_order": d_rev,
    "percent_encoded_every_byte": d_pct, "javascript_fromcharcode_decimal": d_js,
    "go_byte_slice_hex_literal": d_go, "rust_from_utf8_vec_decimal": d_rust,
    "perl_pack_hstar_hex": d_perl, "powershell_char_array_join": d_ps,
    "base45_qr_alphabet": d_b45, "nato_phonetic_spelling": d_nato,
    "rail_fence_three_rails": d_rail, "affine_cipher_stated_keys": d_affine,
    "ebcdic_cp037_upper_hex": d_ebcdic, "middle_dot_letter_spacing": d_mdot,
    "csharp_ascii_getstring_bytes": d_cs, "php_chr_dot_chain": d_php,
    "ruby_pack_c_star_array": d_ruby, "lua_string_char_call": d_lua,
    "json_backslash_u_escapes": d_json, "crockford_base32_symbols": d_crock,
    "circled_enclosed_alphanumerics": d_circ, "decoy_interleaved_odd_positions": d_decoy,
}
