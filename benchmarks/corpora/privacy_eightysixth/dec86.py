"""Independent decoders: given only the encoding name and the encoded run."""
import re

_C32 = "0123456789abcdefghjkmnpqrstvwxyz"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_NATO = {w: chr(97 + i) for i, w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
_DIG = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
# EBCDIC cp037 for the plain alphabet only, built from the code page layout
_EB = {}
for base, letters in ((0x81, "abcdefghi"), (0x91, "jklmnopqr"), (0xA2, "stuvwxyz"), (0xC1, "ABCDEFGHI"), (0xD1, "JKLMNOPQR"), (0xE2, "STUVWXYZ"), (0xF0, "0123456789")):
    for i, ch in enumerate(letters):
        _EB[base + i] = ch
_EB.update({0x60: "-", 0x6D: "_", 0x4B: "."})


def _frombig(s, alpha):
    n = 0
    for ch in s:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _hexpairs(h):
    assert re.fullmatch(r"(?:[0-9a-fA-F]{2})+", h), h
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2))


def decode(enc, run):
    if enc == "crockford_base32_lowercase":
        bits = "".join(format(_C32.index(c), "05b") for c in run)
        return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()
    if enc == "base36_big_integer":
        return _frombig(run, _B36)
    if enc == "base62_big_integer":
        return _frombig(run, _B62)
    if enc == "rfc1924_base85_alphabet":
        out = bytearray()
        for i in range(0, len(run), 5):
            grp = run[i:i + 5]
            pad = 5 - len(grp)
            n = 0
            for ch in grp + "~" * pad:
                n = n * 85 + _B85.index(ch)
            out += n.to_bytes(4, "big")[:4 - pad]
        return out.decode()
    if enc == "uuencoded_single_line":
        n = (ord(run[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in run[1:]]
        out = bytearray()
        for i in range(0, len(vals), 4):
            a, b, c, d = (vals[i:i + 4] + [0, 0, 0, 0])[:4]
            out += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        return out[:n].decode()
    if enc == "utf16le_hex_bytes":
        b = _hexpairs(run)
        assert all(b[i + 1] == 0 for i in range(0, len(b), 2))
        return "".join(chr(b[i]) for i in range(0, len(b), 2))
    if enc == "ebcdic_cp037_hex_bytes":
        return "".join(_EB[x] for x in _hexpairs(run))
    if enc == "bash_ansi_c_hex_quoting":
        m = re.fullmatch(r"\$'((?:\\x[0-9a-f]{2})+)'", run)
        return bytes(int(x, 16) for x in re.findall(r"\\x([0-9a-f]{2})", m.group(1))).decode()
    if enc == "go_byte_slice_hex_literal":
        m = re.fullmatch(r"\[\]byte\{(0x[0-9a-f]{2}(?:, 0x[0-9a-f]{2})*)\}", run)
        return bytes(int(x, 16) for x in m.group(1).split(", ")).decode()
    if enc == "python_bytes_fromhex_call":
        m = re.fullmatch(r"bytes\.fromhex\('([0-9a-f]+)'\)", run)
        return _hexpairs(m.group(1)).decode()
    if enc == "xml_hex_char_references":
        assert re.fullmatch(r"(?:&#x[0-9A-F]+;)+", run)
        return "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9A-F]+);", run))
    if enc == "css_six_digit_hex_escapes":
        assert re.fullmatch(r"(?:\\[0-9a-f]{6})+", run)
        return "".join(chr(int(run[i + 1:i + 7], 16)) for i in range(0, len(run), 7))
    if enc == "od_octal_byte_columns":
        lines = run.split("\n")
        assert all(len(l.split(" ")) <= 16 for l in lines)
        return bytes(int(x, 8) for l in lines for x in l.split(" ")).decode()
    if enc == "unicode_tag_characters_invisible":
        assert all(0xE0020 <= ord(c) <= 0xE007E for c in run)
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    if enc == "zero_width_space_interleave":
        assert all(run[i] == "\u200b" for i in range(1, len(run), 2))
        return run[0::2]
    if enc == "soft_hyphen_interleave":
        assert all(run[i] == "\u00ad" for i in range(1, len(run), 2))
        return run[0::2]
    if enc == "mathematical_sans_serif_bold_alphanumerics":
        o = ""
        for c in run:
            k = ord(c)
            if 0x1D5D4 <= k < 0x1D5EE: o += chr(65 + k - 0x1D5D4)
            elif 0x1D5EE <= k < 0x1D608: o += chr(97 + k - 0x1D5EE)
            elif 0x1D7EC <= k < 0x1D7F6: o += chr(48 + k - 0x1D7EC)
            else:
                assert c in "-_."
                o += c
        return o
    if enc == "fullwidth_ascii_variants":
        assert all(0xFF01 <= ord(c) <= 0xFF5E for c in run)
        return "".join(chr(ord(c) - 0xFEE0) for c in run)
    if enc == "nato_phonetic_spelling":
        o = ""
        for w in run.split(" "):
            if w.startswith("capital-"): o += _NATO[w[8:]].upper()
            elif w in _NATO: o += _NATO[w]
            elif w in _DIG: o += _DIG[w]
            else: o += {"dash": "-", "underscore": "_", "dot": "."}[w]
        return o
    if enc == "rail_fence_two_rails":
        a, b = run.split(" | ")
        assert len(a) - len(b) in (0, 1)
        return "".join(a[i] + (b[i] if i < len(b) else "") for i in range(len(a)))
    if enc == "caesar_shift_seven_alnum":
        o = ""
        for c in run:
            if "A" <= c <= "Z": o += chr((ord(c) - 65 - 7) % 26 + 65)
            elif "a" <= c <= "z": o += chr((ord(c) - 97 - 7) % 26 + 97)
            elif "0" <= c <= "9": o += str((int(c) - 7) % 10)
            else: o += c
        return o
    if enc == "every_other_char_decoy":
        assert len(run) % 2 == 0
        return run[0::2]
    raise KeyError(enc)
