"""Encoders for the p18 evasion encodings (decoders live separately in gen_decoders.py).
ENC[name] = (fn(plain, key) -> encoded, keyed: bool, alphabet_restriction or None)."""
import base64
import lzma
import unicodedata
import urllib.parse

QW = "-=qwertyuiop[]asdfghjkl;'zxcvbnm,./_+QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
DV = "[]',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz{}\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ"
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIG = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
SYM = {"_": "Underscore", "-": "Dash", ".": "Dot"}
FLIP = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789_-.",
                "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz0ƖᄅƐㄣϛ9ㄥ86‾-˙"))
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
GSM_BASIC = {c: ord(c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.:+/=%"}
GSM_BASIC["_"] = 0x11


def rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def atbash(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(ord("z") - (ord(c) - ord("a"))))
        elif "A" <= c <= "Z":
            out.append(chr(ord("Z") - (ord(c) - ord("A"))))
        else:
            out.append(c)
    return "".join(out)


def beaufort(s, key):
    out, i = [], 0
    for c in s:
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr(base + (k - (ord(c) - base)) % 26))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def rail_fence(s, key):
    n = int(key)
    rails = [[] for _ in range(n)]
    r, d = 0, 1
    for c in s:
        rails[r].append(c)
        if r == 0:
            d = 1
        elif r == n - 1:
            d = -1
        r += d
    return "".join("".join(x) for x in rails)


def rkxor(s, key):
    k = key.encode()
    return bytes(b ^ k[i % len(k)] for i, b in enumerate(s.encode())).hex()


def otp(s, key):
    pad = bytes.fromhex(key)
    return bytes(b ^ pad[i] for i, b in enumerate(s.encode())).hex()


def addoff(s, key):
    k = int(key)
    return bytes((b + k) % 256 for b in s.encode()).hex()


def onescomp(s, key):
    return bytes(255 - b for b in s.encode()).hex()


def crockford(s, key):
    bits = "".join(format(b, "08b") for b in s.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(CROCK[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def z85(s, key):
    b = s.encode()
    assert len(b) % 4 == 0
    out = []
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            n, r = divmod(n, 85)
            chunk.append(Z85[r])
        out.append("".join(reversed(chunk)))
    return "".join(out)


STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64alpha(s, key):
    return base64.b64encode(s.encode()).decode().translate(str.maketrans(STD, key))


def xzb64(s, key):
    return base64.b64encode(lzma.compress(s.encode(), format=lzma.FORMAT_XZ, preset=6)).decode()


def braille(s, key):
    return "".join(chr(0x2800 + b) for b in s.encode())


def tags(s, key):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def zwbin(s, key):
    return "".join("\u200b" if bit == "0" else "\u200c" for b in s.encode() for bit in format(b, "08b"))


def circled(s, key):
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            out.append("\u24ea")
        elif "1" <= c <= "9":
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return "".join(out)


def flip(s, key):
    return "".join(FLIP[c] for c in reversed(s))


def nato(s, key):
    w = []
    for c in s:
        if "a" <= c <= "z":
            w.append(NATO[ord(c) - 97])
        elif "A" <= c <= "Z":
            w.append(NATO[ord(c) - 65].upper())
        elif c.isdigit():
            w.append(DIG[int(c)])
        else:
            w.append(SYM[c])
    return " ".join(w)


def dvorak(s, key):
    return "".join(QW[DV.index(c)] if c in DV else c for c in s)


def css(s, key):
    return "".join("\\%x " % ord(c) for c in s).rstrip()


def named(s, key):
    return "".join("\\N{%s}" % unicodedata.name(c) for c in s)


def cfemail(s, key):
    k = int(key)
    return "%02x" % k + "".join("%02x" % (b ^ k) for b in s.encode())


def vertical(s, key):
    return "\n".join(s)


def noise(s, key):
    # key = noise string of len(s) characters (not stated; the reading rule is)
    return "".join(a + b for a, b in zip(s, key))[:2 * len(s) - 1]


def od_octal(s, key):
    b = s.encode()
    lines = []
    for i in range(0, len(b), 16):
        lines.append(" " + " ".join("%03o" % x for x in b[i:i + 16]))
    return "\n".join(lines)


def binoct(s, key):
    return " ".join(format(b, "08b") for b in s.encode())


def pct2(s, key):
    return "".join("%%25%02X" % b for b in s.encode())


def datauri(s, key):
    return "data:text/plain;base64," + base64.b64encode(s.encode()).decode()


def u32le(s, key):
    b = s.encode()
    b += b"\0" * (-len(b) % 4)
    return "[" + ", ".join(str(int.from_bytes(b[i:i + 4], "little")) for i in range(0, len(b), 4)) + "]"


def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def rot13b64(s, key):
    return base64.b64encode(rot13(s).encode()).decode()


def pairswap(s, key):
    l = list(s)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return "".join(l)


def ipv6(s, key):
    b = s.encode()
    b += b"\0" * (-len(b) % 16)
    addrs = []
    for i in range(0, len(b), 16):
        h = b[i:i + 16].hex()
        addrs.append(":".join(h[j:j + 4] for j in range(0, 32, 4)))
    return "\n".join('    "%s",' % a for a in addrs)[4:-1]


def gsm7(s, key):
    sept = [GSM_BASIC[c] for c in s]
    acc, nbits, out = 0, 0, bytearray()
    for v in sept:
        acc |= v << nbits
        nbits += 7
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xFF)
    return ("%02X" % len(sept)) + out.hex().upper()


ENC = {
    "rot47_printable": (lambda s, k: rot47(s), False),
    "atbash_letters": (lambda s, k: atbash(s), False),
    "beaufort_cipher_keyed": (beaufort, True),
    "rail_fence_keyed": (rail_fence, True),
    "repeating_key_xor_hex": (rkxor, True),
    "one_time_pad_stated_hex": (otp, True),
    "byte_offset_add_hex": (addoff, True),
    "ones_complement_hex": (onescomp, False),
    "base32_crockford": (crockford, False),
    "z85_zeromq": (z85, False),
    "base64_custom_alphabet": (b64alpha, True),
    "lzma_xz_base64": (xzb64, False),
    "braille_unicode_bytes": (braille, False),
    "unicode_tag_smuggling": (tags, False),
    "zero_width_binary": (zwbin, False),
    "enclosed_circled_alphanumerics": (circled, False),
    "upside_down_flipped": (flip, False),
    "nato_phonetic_spelled": (nato, False),
    "dvorak_layout_mistyped": (dvorak, False),
    "css_hex_escape": (css, False),
    "python_named_unicode_escape": (named, False),
    "cloudflare_cfemail_xor": (cfemail, False),
    "vertical_char_per_line": (vertical, False),
    "every_second_char_noise": (noise, False),
    "od_octal_byte_dump": (od_octal, False),
    "binary_octets_spaced": (binoct, False),
    "percent_encoded_twice": (pct2, False),
    "data_uri_base64": (datauri, False),
    "uint32_le_word_array": (u32le, False),
    "rot13_base64_chain": (rot13b64, False),
    "pairwise_swapped": (pairswap, False),
    "ipv6_address_packing": (ipv6, False),
    "sms_gsm7_packed_hex": (gsm7, False),
}
