"""Encoders: name -> fn(plain, rng) -> (naming phrase, encoded run). Decoders live in gen_decoders."""
import base64
import zlib

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
ANALYTES = ["Na", "K", "Cl", "Glucose", "Urea", "Creatinine", "ALT", "AST", "ALP", "CRP", "Ca",
            "Mg", "Phos", "Albumin", "Bili", "LDH", "CK", "TSH", "Ferritin", "Iron", "Lipase", "Amylase"]


def _int_digits(n, alphabet):
    base = len(alphabet)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(alphabet[r])
    return "".join(reversed(out)) or alphabet[0]


def e_base58(p, r):
    b = p.encode()
    s = _int_digits(int.from_bytes(b, "big"), B58)
    return "in Base58 (Bitcoin alphabet, no 0, O, I or l)", s


def e_base36(p, r):
    return ("as one base-36 number (the ASCII bytes read as a big-endian integer, digits 0-9a-z)",
            _int_digits(int.from_bytes(p.encode(), "big"), B36))


def e_base45(p, r):
    b = p.encode()
    out = []
    for i in range(0, len(b), 2):
        ch = b[i:i + 2]
        if len(ch) == 2:
            n = ch[0] * 256 + ch[1]
            c, n = divmod(n, 45 * 45)
            d, e = divmod(n, 45)
            out += [B45[e], B45[d], B45[c]]
        else:
            d, e = divmod(ch[0], 45)
            out += [B45[e], B45[d]]
    return "in Base45 (RFC 9285, the alphabet used in health certificate QR codes)", "".join(out)


def e_z85(p, r):
    b = p.encode()
    assert len(b) % 4 == 0
    out = []
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            n, m = divmod(n, 85)
            chunk.append(Z85[m])
        out += reversed(chunk)
    return "in Z85 (the ZeroMQ base-85 alphabet)", "".join(out)


def e_zlib(p, r):
    return ("zlib-deflated and then Base64-encoded (decode, then inflate)",
            base64.b64encode(zlib.compress(p.encode(), 9)).decode())


def e_xxd(p, r):
    return "as an xxd -p plain hex dump", p.encode().hex()


def e_hl7(p, r):
    return ("as an HL7 v2 hex escape sequence (\\X...\\ with two hex digits per byte)",
            "\\X" + p.encode().hex().upper() + "\\")


def e_utf16(p, r):
    return "as UTF-16LE bytes in hex", " ".join("%02x %02x" % (b[0], b[1]) for b in [c.encode("utf-16-le") for c in p])


def e_uplus(p, r):
    return "as Unicode code points (U+XXXX each)", " ".join("U+%04X" % ord(c) for c in p)


def e_pyx(p, r):
    return "as Python \\x byte escapes", "".join("\\x%02x" % b for b in p.encode())


def e_css(p, r):
    return "as CSS escapes (a backslash and six hex digits per character)", "".join("\\%06X" % ord(c) for c in p)


def e_xmlhex(p, r):
    return "as XML hexadecimal character references", "".join("&#x%X;" % ord(c) for c in p)


def e_carray(p, r):
    return "as a C byte array", "{" + ", ".join("0x%02x" % b for b in p.encode()) + "}"


def e_labpanel(p, r):
    lines = []
    for i, c in enumerate(p):
        lines.append("%s: %d" % (ANALYTES[i % len(ANALYTES)] + ("" if i < len(ANALYTES) else str(i // len(ANALYTES) + 1)), ord(c)))
    return ("hidden in this lab panel (each result value is a character code, top to bottom)",
            "\n".join(lines))


def e_alertid(p, r):
    off = r.choice([4000, 5000, 7000, 8200])
    return ("in these alert ids (subtract %d from each number to get a character code)" % off,
            " ".join("ALRT-%d" % (ord(c) + off) for c in p))


def e_railfence(p, r):
    n = r.choice([2, 3, 4])
    rails = [[] for _ in range(n)]
    row, step = 0, 1
    for c in p:
        rails[row].append(c)
        if n > 1:
            if row == 0:
                step = 1
            elif row == n - 1:
                step = -1
            row += step
    return ("rail-fence enciphered with %d rails (zigzag, rails read top to bottom)" % n,
            "".join("".join(x) for x in rails))


def e_affine(p, r):
    a = r.choice([3, 5, 7, 11, 15, 17])
    b = r.randint(1, 25)
    out = []
    for c in p:
        if "a" <= c <= "z":
            out.append(chr((a * (ord(c) - 97) + b) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((a * (ord(c) - 65) + b) % 26 + 65))
        else:
            out.append(c)
    return ("affine-enciphered with a=%d, b=%d (letters only, A=0, E(x)=a*x+b mod 26, case kept)" % (a, b),
            "".join(out))


def e_rot18(p, r):
    out = []
    for c in p:
        if c.isdigit():
            out.append(str((int(c) + 5) % 10))
        elif "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "in ROT18 (ROT13 for letters, ROT5 for digits)", "".join(out)


def e_pairswap(p, r):
    s = list(p)
    for i in range(0, len(s) - 1, 2):
        s[i], s[i + 1] = s[i + 1], s[i]
    return "with each pair of neighbouring characters swapped (1st with 2nd, 3rd with 4th ...)", "".join(s)


def e_mathbold(p, r):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - 48))
        else:
            out.append(c)
    return "in Unicode mathematical bold letters and digits (map each back to plain ASCII)", "".join(out)


def e_circled(p, r):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x24B6 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x24D0 + ord(c) - 97))
        elif c == "0":
            out.append("\u24EA")
        elif "1" <= c <= "9":
            out.append(chr(0x2460 + ord(c) - 49))
        else:
            out.append(c)
    return "in circled letters and digits (Unicode enclosed alphanumerics)", "".join(out)


def e_revb64(p, r):
    return ("reversed and then Base64-encoded (decode it, then read it backwards)",
            base64.b64encode(p[::-1].encode()).decode())


ENC = {
    "base58_bitcoin_alphabet": e_base58,
    "base36_bigint_digits": e_base36,
    "base45_rfc9285_alphabet": e_base45,
    "z85_zeromq_encoding": e_z85,
    "zlib_deflate_then_base64": e_zlib,
    "xxd_postscript_hex_run": e_xxd,
    "hl7_escape_hex_sequences": e_hl7,
    "utf16le_hex_bytes": e_utf16,
    "unicode_codepoint_u_plus": e_uplus,
    "python_bytes_backslash_x": e_pyx,
    "css_backslash_hex_escapes": e_css,
    "xml_hex_char_references": e_xmlhex,
    "c_array_0x_bytes": e_carray,
    "lab_panel_result_values": e_labpanel,
    "alert_id_minus_offset": e_alertid,
    "rail_fence_stated_rails": e_railfence,
    "affine_letters_stated_keys": e_affine,
    "rot13_plus_rot5_digits": e_rot18,
    "pairwise_swapped_characters": e_pairswap,
    "math_bold_alphanumerics": e_mathbold,
    "enclosed_circled_letters": e_circled,
    "base64_after_reversal": e_revb64,
}
