"""Decoders, written separately: (text before the span, encoded run) -> plain."""
import re

def _hexbytes(s): return bytes(int(x, 16) for x in re.findall(r"[0-9A-Fa-f]{2}", s))

def c_array(pre, run):
    assert run.startswith("{") and run.endswith("}")
    return bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", run)).decode()

def intel_hex(pre, run):
    first, last = run.split("\n")
    assert last == ":00000001FF"
    raw = bytes.fromhex(first[1:])
    assert sum(raw) & 0xFF == 0 and raw[3] == 0 and raw[0] == len(raw) - 5
    return raw[4:-1].decode()

def srec(pre, run):
    first, last = run.split("\n")
    assert first.startswith("S1") and last.startswith("S9")
    raw = bytes.fromhex(first[2:])
    assert (sum(raw[:-1]) + raw[-1]) & 0xFF == 0xFF and raw[0] == len(raw) - 1
    return raw[3:-1].decode()

def modbus(pre, run):
    out = bytearray()
    for r in run.split(", "):
        n = int(r); out += bytes([n // 256, n % 256])
    return out.rstrip(b"\x00").decode()

def candump(pre, run):
    out = bytearray()
    for line in run.split("\n"):
        m = re.match(r"\s*can0\s+[0-9A-F]+\s+\[(\d)\]\s+(.*)$", line)
        bs = _hexbytes(m.group(2)); assert len(bs) == int(m.group(1)); out += bs
    return out.decode()

_B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
def b64url(pre, run):
    bits = "".join(format(_B64U.index(c), "06b") for c in run)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def uu(pre, run):
    lines = run.split("\n")
    assert lines[0].startswith("begin ") and lines[-1] == "end" and lines[-2] == "`"
    out = bytearray()
    for ln in lines[1:-2]:
        n = (ord(ln[0]) - 32) & 63
        vals = [(ord(c) - 32) & 63 for c in ln[1:]]
        buf = bytearray()
        for i in range(0, len(vals) - 3, 4):
            a, b, c, d = vals[i:i + 4]
            buf += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += buf[:n]
    return out.decode()

def qp(pre, run):
    return bytes(int(x, 16) for x in re.findall(r"=([0-9A-F]{2})", run)).decode()

def gdb_words(pre, run):
    out = bytearray()
    for line in run.split("\n"):
        for w in line.split("\t")[1:]:
            n = int(w, 16); out += bytes([(n >> s) & 255 for s in (0, 8, 16, 24)])
    return out.rstrip(b"\x00").decode()

def st_array(pre, run):
    items = sorted((int(i), int(v)) for i, v in re.findall(r"abPw\[(\d+)\] := (\d+);", run))
    return "".join(chr(v) for _, v in items)

def braille(pre, run):
    return "".join(chr(ord(c) - 0x2800) for c in run)

def gray(pre, run):
    out = []
    for g in run.split(" "):
        n = int(g, 2); b = n
        while n: n >>= 1; b ^= n
        out.append(chr(b))
    return "".join(out)

def nibble(pre, run):
    return "".join(chr(int(run[i + 1] + run[i], 16)) for i in range(0, len(run), 2))

def xor_hex(pre, run):
    key = int(re.findall(r"key 0x([0-9A-F]{2})", pre)[-1], 16)
    return "".join(chr(int(run[i:i + 2], 16) ^ key) for i in range(0, len(run), 2))

def ebcdic(pre, run):
    return _hexbytes(run).decode("cp037")

def utf16le(pre, run):
    bs = _hexbytes(run)
    return "".join(chr(bs[i] | bs[i + 1] << 8) for i in range(0, len(bs), 2))

def base36(pre, run):
    n = 0
    for c in run: n = n * 36 + int(c, 36)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

def quads(pre, run):
    return "".join(chr(int(x)) for q in run.split(" ") for x in q.split(".") if x != "0")

def macs(pre, run):
    return "".join(chr(int(x, 16)) for g in run.split(" ") for x in g.split(":") if x != "00")

def ros_arr(pre, run):
    assert run.startswith("layout:")
    return "".join(chr(int(x)) for x in re.findall(r"^- (\d+)$", run, re.M))

_A45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
def base45(pre, run):
    out = bytearray()
    for i in range(0, len(run), 3):
        ch = [_A45.index(c) for c in run[i:i + 3]]
        if len(ch) == 3:
            n = ch[0] + ch[1] * 45 + ch[2] * 2025; out += bytes([n >> 8, n & 255])
        else:
            out.append(ch[0] + ch[1] * 45)
    return out.decode()

_AZ = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
def z85(pre, run):
    out = bytearray()
    for i in range(0, len(run), 5):
        n = 0
        for c in run[i:i + 5]: n = n * 85 + _AZ.index(c)
        out += n.to_bytes(4, "big")
    return out.decode()

DEC = {
 "c_uint8_array_hex_initializer": c_array, "intel_hex_data_record": intel_hex, "motorola_srec_s1_record": srec,
 "modbus_register_words_decimal": modbus, "candump_frame_data_bytes": candump, "base64url_unpadded": b64url,
 "uuencode_begin_end_block": uu, "quoted_printable_every_byte": qp, "gdb_examine_le_words": gdb_words,
 "iec_st_array_assignments": st_array, "braille_cells_byte_bitmask": braille, "gray_code_octets": gray,
 "nibble_swapped_hex": nibble, "single_byte_xor_hex": xor_hex, "ebcdic_cp037_hex_bytes": ebcdic,
 "utf16le_hex_bytes": utf16le, "base36_integer_digits": base36, "dotted_quad_char_codes": quads,
 "mac_style_octet_groups": macs, "ros_uint8_multiarray_echo": ros_arr, "base45_rfc9285": base45, "z85_zeromq": z85,
}
