"""Independent decoders: name -> fn(text_before_span, run) -> plain.
Written separately from gen_encodings (own alphabets, parameters read back from the phrase)."""
import base64
import re
import zlib

_B58 = "123456789" + "ABCDEFGHJKLMNPQRSTUVWXYZ" + "abcdefghijkmnopqrstuvwxyz"
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " $%*+-./:"
_Z85 = ("0123456789" + "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        + ".-:+=^!/*?&<>()[]{}@%$#")


def _to_text(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("ascii")


def d_base58(before, run):
    n = 0
    for ch in run:
        n = n * 58 + _B58.index(ch)
    return _to_text(n)


def d_base36(before, run):
    return _to_text(int(run, 36))


def d_base45(before, run):
    out = bytearray()
    i = 0
    while i < len(run):
        grp = run[i:i + 3]
        vals = [_B45.index(c) for c in grp]
        if len(vals) == 3:
            n = vals[0] + vals[1] * 45 + vals[2] * 2025
            out += bytes([n >> 8, n & 255])
        else:
            out.append(vals[0] + vals[1] * 45)
        i += 3
    return out.decode("ascii")


def d_z85(before, run):
    out = bytearray()
    for i in range(0, len(run), 5):
        n = 0
        for c in run[i:i + 5]:
            n = n * 85 + _Z85.index(c)
        out += n.to_bytes(4, "big")
    return out.decode("ascii")


def d_zlib(before, run):
    return zlib.decompress(base64.b64decode(run)).decode("ascii")


def d_xxd(before, run):
    return bytes.fromhex(run).decode("ascii")


def d_hl7(before, run):
    m = re.fullmatch(r"\\X([0-9A-F]+)\\", run)
    return bytes.fromhex(m.group(1)).decode("ascii")


def d_utf16(before, run):
    return bytes(int(x, 16) for x in run.split()).decode("utf-16-le")


def d_uplus(before, run):
    return "".join(chr(int(x[2:], 16)) for x in run.split())


def d_pyx(before, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\x([0-9a-f]{2})", run))


def d_css(before, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\([0-9A-Fa-f]{6})", run))


def d_xmlhex(before, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9A-Fa-f]+);", run))


def d_carray(before, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"0x([0-9a-f]{2})", run))


def d_labpanel(before, run):
    return "".join(chr(int(line.rsplit(":", 1)[1])) for line in run.split("\n"))


def d_alertid(before, run):
    off = int(re.findall(r"subtract (\d+) from each number", before)[-1])
    return "".join(chr(int(x) - off) for x in re.findall(r"ALRT-(\d+)", run))


def d_railfence(before, run):
    n = int(re.findall(r"with (\d+) rails", before)[-1])
    L = len(run)
    pattern = []
    row, step = 0, 1
    for _ in range(L):
        pattern.append(row)
        if row == 0:
            step = 1
        elif row == n - 1:
            step = -1
        row += step
    counts = [pattern.count(k) for k in range(n)]
    rails, pos = [], 0
    for c in counts:
        rails.append(list(run[pos:pos + c]))
        pos += c
    return "".join(rails[k].pop(0) for k in pattern)


def d_affine(before, run):
    a, b = map(int, re.findall(r"a=(\d+), b=(\d+)", before)[-1])
    inv = next(x for x in range(1, 26) if (a * x) % 26 == 1)
    out = []
    for c in run:
        if c.islower() and c.isascii():
            out.append(chr(inv * (ord(c) - 97 - b) % 26 + 97))
        elif c.isupper() and c.isascii():
            out.append(chr(inv * (ord(c) - 65 - b) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def d_rot18(before, run):
    lo = "abcdefghijklmnopqrstuvwxyz"
    up = lo.upper()
    table = str.maketrans(lo + up + "0123456789",
                          lo[13:] + lo[:13] + up[13:] + up[:13] + "5678901234")
    return run.translate(table)


def d_pairswap(before, run):
    out = []
    for i in range(0, len(run), 2):
        out.append(run[i:i + 2][::-1])
    return "".join(out)


def d_mathbold(before, run):
    out = []
    for c in run:
        o = ord(c)
        if 0x1D400 <= o < 0x1D41A:
            out.append(chr(o - 0x1D400 + ord("A")))
        elif 0x1D41A <= o < 0x1D434:
            out.append(chr(o - 0x1D41A + ord("a")))
        elif 0x1D7CE <= o < 0x1D7D8:
            out.append(chr(o - 0x1D7CE + ord("0")))
        else:
            out.append(c)
    return "".join(out)


def d_circled(before, run):
    out = []
    for c in run:
        o = ord(c)
        if 0x24B6 <= o <= 0x24CF:
            out.append(chr(o - 0x24B6 + ord("A")))
        elif 0x24D0 <= o <= 0x24E9:
            out.append(chr(o - 0x24D0 + ord("a")))
        elif o == 0x24EA:
            out.append("0")
        elif 0x2460 <= o <= 0x2468:
            out.append(str(o - 0x2460 + 1))
        else:
            out.append(c)
    return "".join(out)


def d_revb64(before, run):
    return base64.b64decode(run).decode("ascii")[::-1]


DEC = {
    "base58_bitcoin_alphabet": d_base58,
    "base36_bigint_digits": d_base36,
    "base45_rfc9285_alphabet": d_base45,
    "z85_zeromq_encoding": d_z85,
    "zlib_deflate_then_base64": d_zlib,
    "xxd_postscript_hex_run": d_xxd,
    "hl7_escape_hex_sequences": d_hl7,
    "utf16le_hex_bytes": d_utf16,
    "unicode_codepoint_u_plus": d_uplus,
    "python_bytes_backslash_x": d_pyx,
    "css_backslash_hex_escapes": d_css,
    "xml_hex_char_references": d_xmlhex,
    "c_array_0x_bytes": d_carray,
    "lab_panel_result_values": d_labpanel,
    "alert_id_minus_offset": d_alertid,
    "rail_fence_stated_rails": d_railfence,
    "affine_letters_stated_keys": d_affine,
    "rot13_plus_rot5_digits": d_rot18,
    "pairwise_swapped_characters": d_pairswap,
    "math_bold_alphanumerics": d_mathbold,
    "enclosed_circled_letters": d_circled,
    "base64_after_reversal": d_revb64,
}
