"""Independent decoders: DEC[name](encoded_value, key) -> plain. Used by the build checks."""
import base64
import lzma
import re
import unicodedata
import urllib.parse

_QW = "-=qwertyuiop[]asdfghjkl;'zxcvbnm,./_+QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?"
_DV = "[]',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz{}\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ"
_FLIP_BACK = dict(zip("ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz0ƖᄅƐㄣϛ9ㄥ86‾-˙", "abcdefghijklmnopqrstuvwxyz0123456789_-."))
_NATO = {w: chr(97 + i) for i, w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
_DIG = {w: str(i) for i, w in enumerate("Zero One Two Three Four Five Six Seven Eight Nine".split())}
_SYM = {"Underscore": "_", "Dash": "-", "Dot": "."}
_CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def d_rot47(v, k):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in v)


def d_atbash(v, k):
    return "".join(chr(219 - ord(c)) if c.islower() and c.isascii() else chr(155 - ord(c)) if c.isupper() and c.isascii() else c for c in v)


def d_beaufort(v, k):
    out, i = [], 0
    for c in v:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            kk = ord(k[i % len(k)].lower()) - 97
            out.append(chr(base + (kk - (ord(c) - base)) % 26))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def d_rail(v, k):
    n = int(k)
    L = len(v)
    pattern = []
    r, d = 0, 1
    for _ in range(L):
        pattern.append(r)
        if r == 0:
            d = 1
        elif r == n - 1:
            d = -1
        r += d
    counts = [pattern.count(i) for i in range(n)]
    rails, pos = [], 0
    for c in counts:
        rails.append(list(v[pos:pos + c]))
        pos += c
    return "".join(rails[r].pop(0) for r in pattern)


def d_rkxor(v, k):
    kb = k.encode()
    return bytes(b ^ kb[i % len(kb)] for i, b in enumerate(bytes.fromhex(v))).decode()


def d_otp(v, k):
    pad = bytes.fromhex(k)
    return bytes(b ^ pad[i] for i, b in enumerate(bytes.fromhex(v))).decode()


def d_addoff(v, k):
    return bytes((b - int(k)) % 256 for b in bytes.fromhex(v)).decode()


def d_ones(v, k):
    return bytes(b ^ 0xFF for b in bytes.fromhex(v)).decode()


def d_crock(v, k):
    bits = "".join(format(_CROCK.index(c), "05b") for c in v.upper())
    bits = bits[:len(bits) - len(bits) % 8]
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()


def d_z85(v, k):
    out = bytearray()
    for i in range(0, len(v), 5):
        n = 0
        for c in v[i:i + 5]:
            n = n * 85 + _Z85.index(c)
        out += n.to_bytes(4, "big")
    return out.decode()


def d_b64alpha(v, k):
    return base64.b64decode(v.translate(str.maketrans(k, _STD))).decode()


def d_xz(v, k):
    return lzma.decompress(base64.b64decode(v), format=lzma.FORMAT_XZ).decode()


def d_braille(v, k):
    return bytes(ord(c) - 0x2800 for c in v).decode()


def d_tags(v, k):
    return "".join(chr(ord(c) - 0xE0000) for c in v)


def d_zw(v, k):
    bits = "".join("0" if c == "\u200b" else "1" for c in v)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).decode()


def d_circled(v, k):
    return unicodedata.normalize("NFKC", v)


def d_flip(v, k):
    return "".join(_FLIP_BACK[c] for c in reversed(v))


def d_nato(v, k):
    out = []
    for w in v.split():
        if w in _DIG:
            out.append(_DIG[w])
        elif w in _SYM:
            out.append(_SYM[w])
        elif w.isupper():
            out.append(_NATO[w.lower()].upper())
        else:
            out.append(_NATO[w])
    return "".join(out)


def d_dvorak(v, k):
    return "".join(_DV[_QW.index(c)] if c in _QW else c for c in v)


def d_css(v, k):
    return re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), v)


def d_named(v, k):
    return re.sub(r"\\N\{([^}]+)\}", lambda m: unicodedata.lookup(m.group(1)), v)


def d_cfemail(v, k):
    key = int(v[:2], 16)
    return bytes(int(v[i:i + 2], 16) ^ key for i in range(2, len(v), 2)).decode()


def d_vertical(v, k):
    return "".join(line.strip() for line in v.split("\n"))


def d_noise(v, k):
    return v[::2]


def d_od(v, k):
    return bytes(int(x, 8) for x in v.split()).decode()


def d_bin(v, k):
    return bytes(int(x, 2) for x in v.split()).decode()


def d_pct2(v, k):
    return urllib.parse.unquote(urllib.parse.unquote(v))


def d_datauri(v, k):
    head, data = v.split(",", 1)
    assert head.endswith(";base64")
    return base64.b64decode(data).decode()


def d_u32(v, k):
    nums = [int(x) for x in v.strip("[]").split(",")]
    return b"".join(n.to_bytes(4, "little") for n in nums).rstrip(b"\0").decode()


def _rot13(s):
    return "".join(chr((ord(c) - 97 + 13) % 26 + 97) if "a" <= c <= "z" else chr((ord(c) - 65 + 13) % 26 + 65) if "A" <= c <= "Z" else c for c in s)


def d_rot13b64(v, k):
    return _rot13(base64.b64decode(v).decode())


def d_pairswap(v, k):
    l = list(v)
    for i in range(0, len(l) - 1, 2):
        l[i], l[i + 1] = l[i + 1], l[i]
    return "".join(l)


def d_ipv6(v, k):
    addrs = re.findall(r"[0-9a-f]{4}(?::[0-9a-f]{4}){7}", v)
    return b"".join(bytes.fromhex(a.replace(":", "")) for a in addrs).rstrip(b"\0").decode()


_GSM_BACK = {ord(c): c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.:+/=%"}
_GSM_BACK[0x11] = "_"


def d_gsm7(v, k):
    n = int(v[:2], 16)
    data = bytes.fromhex(v[2:])
    acc = int.from_bytes(data, "little")
    return "".join(_GSM_BACK[(acc >> (7 * i)) & 0x7F] for i in range(n))


DEC = {
    "rot47_printable": d_rot47, "atbash_letters": d_atbash, "beaufort_cipher_keyed": d_beaufort,
    "rail_fence_keyed": d_rail, "repeating_key_xor_hex": d_rkxor, "one_time_pad_stated_hex": d_otp,
    "byte_offset_add_hex": d_addoff, "ones_complement_hex": d_ones, "base32_crockford": d_crock,
    "z85_zeromq": d_z85, "base64_custom_alphabet": d_b64alpha, "lzma_xz_base64": d_xz,
    "braille_unicode_bytes": d_braille, "unicode_tag_smuggling": d_tags, "zero_width_binary": d_zw,
    "enclosed_circled_alphanumerics": d_circled, "upside_down_flipped": d_flip, "nato_phonetic_spelled": d_nato,
    "dvorak_layout_mistyped": d_dvorak, "css_hex_escape": d_css, "python_named_unicode_escape": d_named,
    "cloudflare_cfemail_xor": d_cfemail, "vertical_char_per_line": d_vertical, "every_second_char_noise": d_noise,
    "od_octal_byte_dump": d_od, "binary_octets_spaced": d_bin, "percent_encoded_twice": d_pct2,
    "data_uri_base64": d_datauri, "uint32_le_word_array": d_u32, "rot13_base64_chain": d_rot13b64,
    "pairwise_swapped": d_pairswap, "ipv6_address_packing": d_ipv6, "sms_gsm7_packed_hex": d_gsm7,
}
