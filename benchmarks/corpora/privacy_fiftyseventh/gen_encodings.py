"""Encoders: plain str -> (naming phrase, encoded run). Independent of gen_decoders."""
import base64, binascii

def _b(p): return p.encode("ascii")

def c_array(p, k):
    return "as a C uint8_t array initializer (one hex byte per character)", "{" + ", ".join("0x%02x" % b for b in _b(p)) + "}"

def intel_hex(p, k):
    d = _b(p); rec = bytes([len(d), 0, 0, 0]) + d
    cs = (-sum(rec)) & 0xFF
    return "as an Intel HEX data record at address 0000 (data bytes are the characters)", ":" + (rec + bytes([cs])).hex().upper() + "\n:00000001FF"

def srec(p, k):
    d = _b(p); body = bytes([len(d) + 3, 0, 0]) + d
    cs = (~sum(body)) & 0xFF
    return "as a Motorola S-record (S1 line, address 0000, data bytes are the characters)", "S1" + (body + bytes([cs])).hex().upper() + "\nS9030000FC"

def modbus(p, k):
    d = _b(p)
    if len(d) % 2: d += b"\x00"
    regs = [d[i] << 8 | d[i + 1] for i in range(0, len(d), 2)]
    return "as Modbus holding-register values (two ASCII bytes per register, high byte first, decimal, a trailing 0 byte is padding)", ", ".join(str(r) for r in regs)

def candump(p, k):
    d = _b(p); lines = []
    for i in range(0, len(d), 8):
        ch = d[i:i + 8]
        lines.append("can0  18FF50E5   [%d]  %s" % (len(ch), " ".join("%02X" % b for b in ch)))
    return "as candump frames on can0 (the data bytes of the frames, in order, are the characters)", "\n".join(lines)

def b64url(p, k):
    return "in base64url without padding (RFC 4648 section 5)", base64.urlsafe_b64encode(_b(p)).decode().rstrip("=")

def uu(p, k):
    d = _b(p); lines = []
    for i in range(0, len(d), 45):
        lines.append(binascii.b2a_uu(d[i:i + 45], backtick=True).decode().rstrip("\n"))
    return "uuencoded (uudecode it)", "begin 644 pw.txt\n" + "\n".join(lines) + "\n`\nend"

def qp(p, k):
    return "quoted-printable with every byte escaped as =XX", "".join("=%02X" % b for b in _b(p))

def gdb_words(p, k):
    d = _b(p)
    while len(d) % 4: d += b"\x00"
    words = [int.from_bytes(d[i:i + 4], "little") for i in range(0, len(d), 4)]
    lines = []
    for j in range(0, len(words), 4):
        lines.append("0x%08x:\t" % (0x20001000 + 4 * j) + "\t".join("0x%08x" % w for w in words[j:j + 4]))
    return "as a gdb x/wx dump of the RAM buffer (32-bit little-endian words, trailing 0 bytes are padding)", "\n".join(lines)

def st_array(p, k):
    return "as IEC 61131-3 Structured Text byte assignments (each value is a character code, index order)", "\n".join("abPw[%d] := %d;" % (i, b) for i, b in enumerate(_b(p)))

def braille(p, k):
    return "as 8-dot Braille cells (each cell's dot pattern is the byte: code point minus U+2800)", "".join(chr(0x2800 + b) for b in _b(p))

def gray(p, k):
    return "as 8-bit reflected Gray codes (one per character, space-separated; convert Gray to binary)", " ".join(format(b ^ (b >> 1), "08b") for b in _b(p))

def nibble(p, k):
    return "as hex with the two nibbles of every byte swapped", "".join("%02X" % (((b << 4) | (b >> 4)) & 0xFF) for b in _b(p))

def xor_hex(p, k):
    key = 0x21 + (k * 37) % 90
    return "XORed byte-by-byte with the key 0x%02X and written as hex" % key, "".join("%02x" % (b ^ key) for b in _b(p))

def ebcdic(p, k):
    return "in EBCDIC (code page 037) as hex bytes, space-separated", " ".join("%02X" % b for b in p.encode("cp037"))

def utf16le(p, k):
    return "as UTF-16LE bytes in hex (space-separated)", " ".join("%02x" % b for b in p.encode("utf-16-le"))

def base36(p, k):
    n = int.from_bytes(_b(p), "big"); a = "0123456789abcdefghijklmnopqrstuvwxyz"; s = ""
    while n: n, r = divmod(n, 36); s = a[r] + s
    return "as one base-36 number (the ASCII bytes read as a big-endian integer, digits 0-9 a-z)", s

def quads(p, k):
    d = list(_b(p))
    while len(d) % 4: d.append(0)
    return "as IP-address style dotted quads (each number is a character code, 0 is padding)", " ".join(".".join(str(x) for x in d[i:i + 4]) for i in range(0, len(d), 4))

def macs(p, k):
    d = list(_b(p))
    while len(d) % 6: d.append(0)
    return "hidden in MAC-address style groups (each octet is a character code in hex, 00 is padding)", " ".join(":".join("%02x" % x for x in d[i:i + 6]) for i in range(0, len(d), 6))

def ros_arr(p, k):
    return "as a std_msgs/UInt8MultiArray from ros2 topic echo (data are the character codes)", "layout:\n  dim: []\n  data_offset: 0\ndata:\n" + "\n".join("- %d" % b for b in _b(p))

B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
def base45(p, k):
    d = _b(p); out = []
    for i in range(0, len(d), 2):
        if i + 1 < len(d):
            n = d[i] * 256 + d[i + 1]; c, n = n % 45, n // 45; dd, e = n % 45, n // 45
            out += [B45[c], B45[dd], B45[e]]
        else:
            n = d[i]; out += [B45[n % 45], B45[n // 45]]
    return "in Base45 (RFC 9285, the QR-code alphabet)", "".join(out)

Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
def z85(p, k):
    d = _b(p); assert len(d) % 4 == 0; out = []
    for i in range(0, len(d), 4):
        n = int.from_bytes(d[i:i + 4], "big"); ch = []
        for _ in range(5): n, r = divmod(n, 85); ch.append(Z85[r])
        out += ch[::-1]
    return "in Z85 (ZeroMQ base-85)", "".join(out)

ENC = {
 "c_uint8_array_hex_initializer": c_array, "intel_hex_data_record": intel_hex, "motorola_srec_s1_record": srec,
 "modbus_register_words_decimal": modbus, "candump_frame_data_bytes": candump, "base64url_unpadded": b64url,
 "uuencode_begin_end_block": uu, "quoted_printable_every_byte": qp, "gdb_examine_le_words": gdb_words,
 "iec_st_array_assignments": st_array, "braille_cells_byte_bitmask": braille, "gray_code_octets": gray,
 "nibble_swapped_hex": nibble, "single_byte_xor_hex": xor_hex, "ebcdic_cp037_hex_bytes": ebcdic,
 "utf16le_hex_bytes": utf16le, "base36_integer_digits": base36, "dotted_quad_char_codes": quads,
 "mac_style_octet_groups": macs, "ros_uint8_multiarray_echo": ros_arr, "base45_rfc9285": base45, "z85_zeromq": z85,
}
