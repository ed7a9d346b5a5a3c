"""Independent decoders: get the text before the span and the encoded run, return the plain."""
import re

def _ints(pat, run, base=10):
    return [int(x, base) for x in re.findall(pat, run)]

def _bytes_text(bs):
    return bytes(bs).decode("ascii")

_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def _b64(s):
    s = s.rstrip("="); bits = ""; 
    for c in s:
        bits += format(_STD.index(c), "06b")
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

def _uudecode(run):
    lines = run.split("\n")
    assert lines[0].startswith("begin ") and lines[-1] == "end" and lines[-2] == "`"
    out = bytearray()
    for ln in lines[1:-2]:
        vals = [(ord(c) - 32) & 63 for c in ln]
        n = vals[0]; body = vals[1:]; chunk = bytearray()
        for i in range(0, len(body), 4):
            a, b, c, d = (body[i:i + 4] + [0, 0, 0, 0])[:4]
            chunk += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += chunk[:n]
    return bytes(out)

_T91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
def _b91dec(s):
    v = -1; b = n = 0; out = bytearray()
    for ch in s:
        d = _T91.index(ch)
        if v < 0:
            v = d
        else:
            v += d * 91
            b |= v << n
            n += 13 if (v & 8191) > 88 else 14
            while n > 7:
                out.append(b & 255); b >>= 8; n -= 8
            v = -1
    if v + 1:
        out.append((b | v << n) & 255)
    return bytes(out)

_RV = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
def _unroman(s):
    tot = 0
    for i, c in enumerate(s):
        v = _RV[c]
        tot += -v if i + 1 < len(s) and _RV[s[i + 1]] > v else v
    return tot

_VOC = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz" + "_.-"

DEC = {
 "python_bytes_hex_escape_literal": lambda pre, r: (r.startswith("b'") and r.endswith("'")) and _bytes_text(_ints(r"\\x([0-9a-f]{2})", r, 16)),
 "sentencepiece_byte_fallback_tokens": lambda pre, r: _bytes_text(_ints(r"<0x([0-9A-F]{2})>", r, 16)),
 "json_backslash_u_escapes": lambda pre, r: "".join(chr(x) for x in _ints(r"\\u([0-9a-fA-F]{4})", r, 16)),
 "tsql_char_plus_concat": lambda pre, r: "".join(chr(x) for x in _ints(r"CHAR\((\d+)\)", r)),
 "excel_unichar_ampersand_formula": lambda pre, r: r.startswith("=") and "".join(chr(x) for x in _ints(r"UNICHAR\((\d+)\)", r)),
 "uuencode_begin_end_block": lambda pre, r: _uudecode(r).decode("ascii"),
 "quoted_printable_every_byte": lambda pre, r: _bytes_text(_ints(r"=([0-9A-F]{2})", r, 16)),
 "zero_padded_decimal_triplets": lambda pre, r: "".join(chr(int(r[i:i + 3])) for i in range(0, len(r), 3)),
 "od_c_spaced_character_dump": lambda pre, r: "".join(r.split()),
 "braille_dot_pattern_bytes": lambda pre, r: _bytes_text([ord(c) - 0x2800 for c in r]),
 "base100_emoji_bytes": lambda pre, r: _bytes_text([ord(c) - 0x1F3F7 for c in r]),
 "fullwidth_ascii_forms": lambda pre, r: "".join(chr(ord(c) - 0xFEE0) for c in r),
 "zero_width_space_interleaved": lambda pre, r: r.replace("\u200b", ""),
 "utf16le_base64_pwsh_style": lambda pre, r: _b64(r).decode("utf-16-le"),
 "base91_henke_alphabet": lambda pre, r: _b91dec(r).decode("ascii"),
 "nibble_swapped_octets_hex": lambda pre, r: "".join(chr(int(h[1] + h[0], 16)) for h in r.split(" ")),
 "torch_float_tensor_codes": lambda pre, r: r.startswith("torch.tensor([") and "".join(chr(x) for x in _ints(r"(\d+)\.", r)),
 "char_vocab_token_ids": lambda pre, r: "".join(_VOC[x] for x in _ints(r"(\d+)", r)),
 "roman_numeral_char_codes": lambda pre, r: "".join(chr(_unroman(w)) for w in r.split(" ")),
 "iis_percent_u_escapes": lambda pre, r: "".join(chr(x) for x in _ints(r"%u([0-9A-F]{4})", r, 16)),
 "double_percent_encoded_bytes": lambda pre, r: _bytes_text(_ints(r"%25([0-9A-F]{2})", r, 16)),
 "python_chr_join_map": lambda pre, r: r.startswith('"".join(map(chr, [') and "".join(chr(x) for x in _ints(r"(\d+)", r)),
}
