"""Independent decoders (written separately from gen_encodings)."""
import re

_B45 = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")}

_FLIP_PAIRS = ("aɐ bq cɔ dp eǝ fɟ gƃ hɥ iᴉ jɾ kʞ lꞁ mɯ nu oo pd qb rɹ ss tʇ un vʌ wʍ xx yʎ zz "
               "A∀ Bꓭ CƆ Dꓷ EƎ FℲ G⅁ HH II Jſ Kꓘ L⅂ MW NN OO PԀ QΌ Rꓤ SS T⊥ U∩ VΛ WM XX Y⅄ ZZ "
               "00 1Ɩ 2ᄅ 3Ɛ 4ㄣ 5ϛ 69 7ㄥ 88 96 _‾ --")
UNFLIP = {p[1]: p[0] for p in _FLIP_PAIRS.split()}


def _u(b):
    return bytes(b).decode("utf-8")


def dec(name, v):
    if name == "rust_unicode_brace_escape":
        assert v[0] == '"' and v[-1] == '"'
        return "".join(chr(int(h, 16)) for h in re.findall(r"\\u\{([0-9a-fA-F]+)\}", v))
    if name == "lua_decimal_byte_escape":
        return _u(int(d) for d in re.findall(r"\\(\d{1,3})", v))
    if name == "perl_pack_hex_template":
        m = re.fullmatch(r'pack\("H\*", "([0-9a-f]*)"\)', v)
        return bytes.fromhex(m.group(1)).decode()
    if name == "ruby_pack_c_star_array":
        m = re.fullmatch(r'\[([\d, ]+)\]\.pack\("c\*"\)', v)
        return _u(int(x) for x in m.group(1).split(","))
    if name == "go_rune_slice_literal":
        return "".join(re.findall(r"'(.)'", v))
    if name == "common_lisp_char_list":
        inner = v[len("(coerce '("):-len(") 'string)")]
        return "".join(tok[2:] for tok in inner.split(" "))
    if name == "erlang_dollar_char_list":
        assert v[0] == "[" and v[-1] == "]"
        return "".join(re.findall(r"\$(.)", v))
    if name == "powershell_format_operator":
        m = re.fullmatch(r"\('((?:\{\d+\})+)' -f (.*)\)", v)
        args = re.findall(r"'([^']*)'", m.group(2))
        return "".join(args[int(i)] for i in re.findall(r"\{(\d+)\}", m.group(1)))
    if name == "java_stringbuilder_reverse_call":
        m = re.fullmatch(r'new StringBuilder\("(.*)"\)\.reverse\(\)\.toString\(\)', v)
        return m.group(1)[::-1]
    if name == "cyclic_rotate_left_five":
        return v[-5:] + v[:-5]
    if name == "riffle_interleaved_halves":
        return v[0::2] + v[1::2]
    if name == "chunk_groups_reversed_order":
        return "".join(v.split(" ")[::-1])
    if name == "upside_down_flipped_text":
        return "".join(UNFLIP[c] for c in v)[::-1]
    if name == "xml_cdata_split_sections":
        return "".join(re.findall(r"<!\[CDATA\[(.*?)\]\]>", v))
    if name == "toml_line_ending_backslash":
        body = v.split('"""', 2)[1]
        # a backslash at line end removes the newline and all following whitespace
        return re.sub(r"\\\n\s*", "", body)
    if name == "rtf_hex_char_escapes":
        return _u(int(h, 16) for h in re.findall(r"\\'([0-9a-f]{2})", v))
    if name == "latex_char_decimal_command":
        return _u(int(d) for d in re.findall(r"\\char(\d+)", v))
    if name == "html_span_per_char_markup":
        return "".join(re.findall(r"<span>(.*?)</span>", v))
    if name == "uuencode_begin_block":
        lines = v.split("\n")
        assert lines[0].startswith("begin ") and lines[-1] == "end"
        out = bytearray()
        for ln in lines[1:-1]:
            n = (ord(ln[0]) - 32) & 63
            vals = [(ord(c) - 32) & 63 for c in ln[1:]]
            buf = bytearray()
            for i in range(0, len(vals) - 3, 4):
                a, b, c, d = vals[i:i + 4]
                buf += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
            out += buf[:n]
        return out.decode()
    if name == "intel_hex_record_lines":
        mem = {}
        for ln in v.split("\n"):
            raw = bytes.fromhex(ln[1:])
            assert sum(raw) & 255 == 0, "checksum"
            cnt, addr, typ = raw[0], raw[1] << 8 | raw[2], raw[3]
            if typ == 1:
                break
            for i, x in enumerate(raw[4:4 + cnt]):
                mem[addr + i] = x
        return _u(mem[k] for k in sorted(mem))
    if name == "base45_rfc9285":
        out = bytearray()
        for i in range(0, len(v), 3):
            g = [_B45[c] for c in v[i:i + 3]]
            if len(g) == 3:
                n = g[0] + g[1] * 45 + g[2] * 2025
                out += bytes([n >> 8, n & 255])
            else:
                out.append(g[0] + g[1] * 45)
        return out.decode()
    if name == "asn1_der_utf8string_hex":
        raw = bytes.fromhex(v)
        assert raw[0] == 0x0C
        if raw[1] < 0x80:
            n, p = raw[1], 2
        else:
            k = raw[1] & 0x7F
            n, p = int.from_bytes(raw[2:2 + k], "big"), 2 + k
        assert len(raw) == p + n
        return raw[p:].decode()
    raise KeyError(name)


SELF_TESTS = [
    ("base45_rfc9285", "BB8", "AB"),
    ("base45_rfc9285", "%69 VD92EX0", "Hello!!"),
    ("base45_rfc9285", "QED8WEX0", "ietf!"),
    ("intel_hex_record_lines", ":0300300002337A1E\n:00000001FF", "\x02\x33\x7a"),
    ("uuencode_begin_block", "begin 644 cat.txt\n#0V%T\n`\nend", "Cat"),
    ("asn1_der_utf8string_hex", "0c0548656c6c6f", "Hello"),
    ("rust_unicode_brace_escape", '"\\u{48}\\u{69}"', "Hi"),
    ("upside_down_flipped_text", "ǝɔ∀", "Ace"),
    ("riffle_interleaved_halves", "adbecf"[:5], "abcde"),
]


def self_test():
    for name, v, want in SELF_TESTS:
        got = dec(name, v)
        if got != want:
            raise AssertionError("decoder self-test failed: %s %r -> %r != %r" % (name, v, got, want))
    return len(SELF_TESTS)
