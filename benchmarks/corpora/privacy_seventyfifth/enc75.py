"""Encoders for the 22 evasion encodings: (phrase(params), encode(plain, params), params(r))."""
import base64

ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CN = "〇一二三四五六七八九"
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIGW = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
PUNW = {"-": "Dash", "_": "Underscore", ".": "Stop"}


def e_fullwidth(p, k):
    return "".join(chr(ord(c) + 0xFEE0) for c in p)


def e_u16b64(p, k):
    return base64.b64encode(p.encode("utf-16-le")).decode()


def e_xmlhex(p, k):
    return "".join("&#x%X;" % ord(c) for c in p)


def e_delphi(p, k):
    return "".join("#%d" % b for b in p.encode())


def e_lua(p, k):
    return "string.char(" + ", ".join(str(b) for b in p.encode()) + ")"


def e_fortran(p, k):
    return "//".join("achar(%d)" % b for b in p.encode())


def e_csharp(p, k):
    return "new string(new[] {" + ", ".join("'%s'" % c for c in p) + "})"


def e_nasm(p, k):
    return "db " + ", ".join("0x%02x" % b for b in p.encode()) + ", 0"


def e_haskell(p, k):
    return "map chr [" + ",".join(str(b) for b in p.encode()) + "]"


def e_zb32(p, k):
    bits = "".join("{:08b}".format(b) for b in p.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def e_xx(p, k):
    data = p.encode()
    assert len(data) <= 45
    out = XX[len(data)]
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        n = int.from_bytes(padded[i:i + 3], "big")
        out += "".join(XX[(n >> s) & 63] for s in (18, 12, 6, 0))
    return out


def e_circled(p, k):
    o = []
    for c in p:
        if "A" <= c <= "Z":
            o.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            o.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            o.append("\u24ea")
        elif "1" <= c <= "9":
            o.append(chr(0x2460 + ord(c) - 49))
        else:
            o.append(c)
    return "".join(o)


def e_cinit(p, k):
    return "{" + ", ".join("0x%02X" % b for b in p.encode()) + ", 0x00}"


def e_revb64(p, k):
    return base64.b64encode(p[::-1].encode()).decode()


def e_offset(p, k):
    return "".join(chr(ord(c) + k) for c in p)


def e_cndig(p, k):
    return "、".join("".join(CN[int(d)] for d in str(ord(c))) for c in p)


def e_rail(p, k):
    return p[0::2] + p[1::2]


def e_affine(p, k):
    a, b = k
    o = []
    for c in p:
        if c.isascii() and c.isalpha():
            base = 65 if c.isupper() else 97
            o.append(chr(base + (a * (ord(c) - base) + b) % 26))
        else:
            o.append(c)
    return "".join(o)


def e_nato(p, k):
    o = []
    for c in p:
        if "a" <= c <= "z":
            o.append(NATO[ord(c) - 97])
        elif "A" <= c <= "Z":
            o.append(NATO[ord(c) - 65].upper())
        elif c.isdigit():
            o.append(DIGW[int(c)])
        else:
            o.append(PUNW[c])
    return " ".join(o)


def e_datauri(p, k):
    return "data:text/plain;base64," + base64.b64encode(p.encode()).decode()


def e_tcl(p, k):
    return "[format " + "%c" * len(p) + " " + " ".join(str(b) for b in p.encode()) + "]"


def e_quat(p, k):
    def q(b):
        return "".join(str((b >> s) & 3) for s in (6, 4, 2, 0))
    return " ".join(q(b) for b in p.encode())


ENC = {
    "fullwidth_ascii_variants": (lambda k: "in full-width characters (the CJK input-method forms U+FF01 to U+FF5E; map each one back to ASCII)", e_fullwidth, None),
    "utf16le_then_base64": (lambda k: "as UTF-16LE bytes and then Base64 (the PowerShell -EncodedCommand convention)", e_u16b64, None),
    "xml_hex_char_refs": (lambda k: "as XML hexadecimal character references (one &#x..; per character)", e_xmlhex, None),
    "delphi_hash_char_literals": (lambda k: "as a Delphi / Pascal string of #nn character constants (decimal codes)", e_delphi, None),
    "lua_string_char_call": (lambda k: "as a Lua string.char(...) call (decimal byte values)", e_lua, None),
    "fortran_achar_concatenation": (lambda k: "as a Fortran achar() // achar() concatenation (decimal codes)", e_fortran, None),
    "csharp_new_string_char_array": (lambda k: "as a C# new string(new[] {...}) expression over character literals", e_csharp, None),
    "nasm_db_directive": (lambda k: "as a NASM db directive (hex bytes, terminated by 0)", e_nasm, None),
    "haskell_map_chr_list": (lambda k: "as a Haskell map chr [...] expression (decimal codes)", e_haskell, None),
    "zbase32_human_oriented": (lambda k: "in z-base-32 (the human-oriented alphabet ybndrfg8ejkmcpqxot1uwisza345h769, no padding)", e_zb32, None),
    "xxencode_single_line": (lambda k: "xxencoded as one data line (the first character gives the byte count)", e_xx, None),
    "circled_alphanumerics": (lambda k: "in circled letters and digits (enclosed alphanumerics; map them back, - _ . unchanged)", e_circled, None),
    "c_hex_initializer_list": (lambda k: "as a C unsigned char initializer list (hex bytes, NUL-terminated)", e_cinit, None),
    "reversed_then_base64": (lambda k: "reversed and then Base64-encoded (decode it, then read it backwards)", e_revb64, None),
    "ascii_code_stated_offset": (lambda k: "with every character's ASCII code raised by %d (subtract %d from each)" % (k, k), e_offset, lambda r: r.randint(1, 3)),
    "chinese_digit_decimal_codes": (lambda k: "as decimal character codes written with Chinese digits (〇一二三四五六七八九), separated by 、", e_cndig, None),
    "rail_fence_two_rails": (lambda k: "as a two-rail rail-fence transposition (characters in even positions first, then the odd ones)", e_rail, None),
    "affine_cipher_stated_keys": (lambda k: "affine-enciphered with a=%d, b=%d (letters only, E(x) = a*x + b mod 26, case kept; digits and - _ . unchanged)" % k, e_affine, lambda r: (r.choice([3, 5, 7, 11, 17]), r.randint(1, 25))),
    "nato_phonetic_case_marked": (lambda k: "spelled in the NATO alphabet (CAPITALS = upper-case letter, lower case = lower-case letter, Title-case words are digits or Dash / Underscore / Stop)", e_nato, None),
    "data_uri_base64_payload": (lambda k: "as a data: URI (text/plain with a Base64 payload)", e_datauri, None),
    "tcl_format_percent_c": (lambda k: "as a Tcl [format %c...] command (decimal codes)", e_tcl, None),
    "quaternary_digits_per_byte": (lambda k: "as base-4 digits, four per byte, separated by spaces", e_quat, None),
}
