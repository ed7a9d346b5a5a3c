"""Decoders, written independently of the encoders: dec(before_text, run) -> plain."""
import re

_M = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
      ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
      "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
      "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
      "--...": "7", "---..": "8", "----.": "9", "..--.-": "_", "-....-": "-"}
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_BACK = {"\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y",
         "\u0456": "i", "\u0455": "s", "\u0458": "j", "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E",
         "\u041d": "H", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X"}


def d_morse(b, run):
    out = ""
    for tok in run.split(" "):
        up = tok.startswith("^")
        ch = _M[tok.lstrip("^")]
        out += ch.upper() if up else ch
    return out


def d_braille(b, run):
    return "".join(chr(ord(c) - 0x2800) for c in run)


def d_b32(b, run):
    bits = "".join(format(_B32.index(c), "05b") for c in run.rstrip("="))
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode()


def d_b58(b, run):
    n = 0
    for c in run:
        n = n * 58 + _B58.index(c)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_b45(b, run):
    out = bytearray()
    for i in range(0, len(run), 3):
        chunk = [_B45.index(c) for c in run[i:i + 3]]
        n = sum(v * 45 ** j for j, v in enumerate(chunk))
        out += n.to_bytes(2, "big") if len(chunk) == 3 else bytes([n])
    return out.decode()


def d_z85(b, run):
    out = bytearray()
    for i in range(0, len(run), 5):
        n = 0
        for c in run[i:i + 5]:
            n = n * 85 + _Z85.index(c)
        out += n.to_bytes(4, "big")
    return out.rstrip(b"\0").decode()


def d_vig(b, run):
    key = re.findall(r"keyword ([A-Z]+)", b)[-1]
    out, k = "", 0
    for c in run:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out += chr(base + (ord(c) - base - (ord(key[k % len(key)]) - ord("A"))) % 26); k += 1
        else:
            out += c
    return out


def d_atbash(b, run):
    U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; L = U.lower(); D = "0123456789"
    t = str.maketrans(U + L + D, U[::-1] + L[::-1] + D[::-1])
    return run.translate(t)


def d_caesar(b, run):
    k = int(re.findall(r"shift back by (\d+)", b)[-1])
    ring = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(ring[(ring.index(c) - k) % 62] if c in ring else c for c in run)


def d_inter(b, run):
    return run[::2]


def d_tags(b, run):
    return "".join(chr(ord(c) - 0xE0000) for c in run)


def d_zw(b, run):
    bits = run.replace("\u200b", "0").replace("\u200c", "1")
    return "".join(chr(int(bits[i:i + 8], 2)) for i in range(0, len(bits), 8))


def d_homo(b, run):
    return "".join(_BACK.get(c, c) for c in run)


def d_bold(b, run):
    out = ""
    for c in run:
        o = ord(c)
        if 0x1D400 <= o < 0x1D41A: out += chr(o - 0x1D400 + 65)
        elif 0x1D41A <= o < 0x1D434: out += chr(o - 0x1D41A + 97)
        elif 0x1D7CE <= o < 0x1D7D8: out += chr(o - 0x1D7CE + 48)
        else: out += c
    return out


def d_od(b, run):
    lines = run.split("\n")
    data = bytearray()
    for ln in lines[:-1]:
        parts = ln.split()
        assert int(parts[0], 8) == len(data)
        data += bytes(int(x, 16) for x in parts[1:])
    assert int(lines[-1], 8) == len(data)
    return data.decode()


def d_ps(b, run):
    m = re.fullmatch(r"-join \[char\[\]\]\(([\d,]+)\)", run)
    return "".join(chr(int(x)) for x in m.group(1).split(","))


def d_pyhex(b, run):
    m = re.fullmatch(r"bytes\.fromhex\('([0-9a-f]+)'\)\.decode\(\)", run)
    return bytes.fromhex(m.group(1)).decode()


def d_printf(b, run):
    return "".join(chr(int(h, 16)) for h in re.findall(r"\\x([0-9a-f]{2})", run))


def d_rail(b, run):
    top, bottom = run.split(" ")
    out = ""
    for i in range(len(top)):
        out += top[i] + (bottom[i] if i < len(bottom) else "")
    return out


def d_dns(b, run):
    return bytes.fromhex(run.replace(".", "")).decode()


def d_ipv6(b, run):
    data = bytearray()
    for addr in run.split(", "):
        for g in addr.split(":"):
            data += bytes([int(g[:2], 16), int(g[2:], 16)])
    return data.rstrip(b"\0").decode()


def d_bigint(b, run):
    n = int(run)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


DEC = {
 "morse_code_caret_capitals": d_morse, "braille_pattern_byte_cells": d_braille, "base32_rfc4648_padded": d_b32,
 "base58_bitcoin_alphabet": d_b58, "base45_qr_alphabet": d_b45, "z85_zeromq_frames": d_z85,
 "vigenere_keyword_shift": d_vig, "atbash_mirror_alphabet": d_atbash, "caesar_alnum_ring_shift": d_caesar,
 "interleaved_decoy_characters": d_inter, "unicode_tag_characters": d_tags, "zero_width_bit_string": d_zw,
 "cyrillic_homoglyph_swap": d_homo, "mathematical_bold_alphanumerics": d_bold, "od_tx1_byte_rows": d_od,
 "powershell_char_cast_join": d_ps, "python_bytes_fromhex_call": d_pyhex, "printf_backslash_x_escapes": d_printf,
 "rail_fence_two_rails": d_rail, "dns_label_hex_chunks": d_dns, "ipv6_hextet_byte_pairs": d_ipv6,
 "big_endian_decimal_integer": d_bigint,
}

# hand-worked known answers for plain "Hi7" (before-text supplies parameters where needed)
KAT = [
 ("morse_code_caret_capitals", "", "^.... .. --..."),
 ("braille_pattern_byte_cells", "", "\u2848\u2869\u2837"),
 ("base32_rfc4648_padded", "", "JBUTO==="),
 ("base58_bitcoin_alphabet", "", "RKgS"),
 ("base45_qr_alphabet", "", ".69A1"),
 ("z85_zeromq_frames", "", "nng0."),
 ("vigenere_keyword_shift", "keyword KEY", "Rm7"),
 ("atbash_mirror_alphabet", "", "Sr2"),
 ("caesar_alnum_ring_shift", "shift back by 17", "YzO"),
 ("interleaved_decoy_characters", "", "HxiQ7"),
 ("cyrillic_homoglyph_swap", "", "\u041d\u04567"),
 ("mathematical_bold_alphanumerics", "", "\U0001D407\U0001D422\U0001D7D5"),
 ("od_tx1_byte_rows", "", "0000000 48 69 37\n0000003"),
 ("powershell_char_cast_join", "", "-join [char[]](72,105,55)"),
 ("python_bytes_fromhex_call", "", "bytes.fromhex('486937').decode()"),
 ("printf_backslash_x_escapes", "", "\\x48\\x69\\x37"),
 ("rail_fence_two_rails", "", "H7 i"),
 ("dns_label_hex_chunks", "", "486937"),
 ("ipv6_hextet_byte_pairs", "", "4869:3700:0000:0000:0000:0000:0000:0000"),
 ("big_endian_decimal_integer", "", "4745527"),
]


def self_test():
    for name, before, run in KAT:
        got = DEC[name](before, run)
        if got != "Hi7":
            raise SystemExit("decoder KAT failed: %s -> %r" % (name, got))
    return len(KAT)
