"""Independent decoders: they receive only the text before the span and the encoded run."""
import re, zlib

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_MORSE = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
          "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
          "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
          "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
          ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-", "..--.-": "_"}


def _bits_decode(s, alpha, bits):
    s = s.rstrip("=")
    acc, n, out = 0, 0, bytearray()
    for ch in s:
        acc = (acc << bits) | alpha.index(ch); n += bits
        if n >= 8:
            n -= 8; out.append((acc >> n) & 0xFF)
    return bytes(out)


def _b85(s):
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        pad = 5 - len(chunk)
        chunk += _B85[-1] * pad
        n = 0
        for ch in chunk:
            n = n * 85 + _B85.index(ch)
        b = n.to_bytes(4, "big")
        out += b[:4 - pad]
    return bytes(out)


def _big(s, alpha):
    n = 0
    for ch in s:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def _shift_letters(s, f):
    out = []
    for ch in s:
        if "a" <= ch <= "z": out.append(chr(f(ord(ch) - 97) % 26 + 97))
        elif "A" <= ch <= "Z": out.append(chr(f(ord(ch) - 65) % 26 + 65))
        else: out.append(ch)
    return "".join(out)


def d_vig(before, run):
    key = re.findall(r"keyword ([A-Z]+) ", before)[-1]
    out, j = [], 0
    for ch in run:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base - (ord(key[j % len(key)]) - 65)) % 26 + base)); j += 1
        else:
            out.append(ch)
    return "".join(out)


def d_atbash(before, run):
    out = []
    for ch in run:
        if ch.isascii() and ch.isalpha():
            out.append(chr(ord("z") - (ord(ch) - ord("a"))) if ch.islower() else chr(ord("Z") - (ord(ch) - ord("A"))))
        elif ch.isdigit():
            out.append("9876543210"[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def d_rot(before, run):
    s = _shift_letters(run, lambda i: i + 13)
    return "".join("5678901234"[int(c)] if c.isdigit() else c for c in s)


def d_bates(before, run):
    prefix = re.findall(r"prefix ([A-Z]+),", before)[-1]
    return "".join(chr(int(tok[len(prefix):])) for tok in run.split())


def d_swap(before, run):
    out = ""
    for i in range(0, len(run), 2):
        out += run[i:i + 2][::-1]
    return out


DEC = {
 "html_hex_charrefs": lambda b, r: "".join(chr(int(x, 16)) for x in re.findall(r"&#x([0-9A-Fa-f]+);", r)),
 "colon_hex_pairs": lambda b, r: bytes(int(x, 16) for x in r.split(":")).decode(),
 "base32_rfc4648_standard": lambda b, r: _bits_decode(r, _B32, 5).decode(),
 "zlib_deflate_then_hex": lambda b, r: zlib.decompress(bytes.fromhex(r)).decode(),
 "base85_rfc1924_git": lambda b, r: _b85(r).decode(),
 "morse_code_dots_dashes": lambda b, r: "".join(_MORSE[x.strip()] for x in r.split("/")),
 "atbash_letter_mirror": d_atbash,
 "vigenere_stated_keyword": d_vig,
 "unicode_u_plus_codepoints": lambda b, r: "".join(chr(int(x, 16)) for x in re.findall(r"U\+([0-9A-F]{4,6})", r)),
 "braille_byte_patterns": lambda b, r: bytes(ord(c) - 0x2800 for c in r).decode(),
 "interletter_space_spread": lambda b, r: r[::2],
 "c_byte_array_initializer": lambda b, r: bytes(int(x, 16) for x in re.findall(r"0x([0-9a-f]{2})", r)).decode(),
 "vba_chrw_ampersand_chain": lambda b, r: "".join(chr(int(x)) for x in re.findall(r"ChrW\((\d+)\)", r)),
 "c_hex_backslash_escapes": lambda b, r: bytes(int(x, 16) for x in re.findall(r"\\x([0-9a-f]{2})", r)).decode(),
 "utf16le_then_base64": lambda b, r: _bits_decode(r, _B64, 6).decode("utf-16-le"),
 "base58_bitcoin_alphabet": lambda b, r: _big(r, _B58),
 "rtf_backslash_u_controls": lambda b, r: "".join(chr(int(x)) for x in re.findall(r"\\u(\d+)\?", r)),
 "pdf_hex_string_literal": lambda b, r: bytes.fromhex(r[1:-1]).decode(),
 "rfc2047_b_encoded_word": lambda b, r: _bits_decode(re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=", r).group(1), _B64, 6).decode(),
 "exhibit_bates_numbers": d_bates,
 "adjacent_pair_swap": d_swap,
 "rot13_with_rot5_digits": d_rot,
}
