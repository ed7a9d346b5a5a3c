"""Encoders for the 33 evasion encodings. Each: name -> (encode(plain, key) -> str, phrase, keyed)."""
import base64, binascii, codecs

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
XXA = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MORSE = {"0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-."}


def _bits5(data, alphabet):
    bits = "".join(format(b, "08b") for b in data)
    bits += "0" * (-len(bits) % 5)
    return "".join(alphabet[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def e_base58(p, k=None):
    n = int.from_bytes(p.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def e_z85(p, k=None):
    data = p.encode()
    data += b"\0" * (-len(data) % 4)
    out = []
    for i in range(0, len(data), 4):
        v = int.from_bytes(data[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            v, r = divmod(v, 85)
            chunk.append(Z85[r])
        out.append("".join(reversed(chunk)))
    return "".join(out)


def e_xx(p, k=None):
    data = p.encode()
    lines = []
    for i in range(0, len(data), 45):
        chunk = data[i:i + 45]
        line = XXA[len(chunk)]
        padded = chunk + b"\0" * (-len(chunk) % 3)
        for j in range(0, len(padded), 3):
            a, b, c = padded[j:j + 3]
            line += XXA[a >> 2] + XXA[((a & 3) << 4) | (b >> 4)] + XXA[((b & 15) << 2) | (c >> 6)] + XXA[c & 63]
        lines.append(line)
    return "\n".join(lines)


def e_rot13(p, k=None):
    out = []
    for ch in p:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def e_rc4(p, key):
    S = list(range(256))
    kb = key.encode()
    j = 0
    for i in range(256):
        j = (j + S[i] + kb[i % len(kb)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for byte in p.encode():
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(byte ^ S[(S[i] + S[j]) % 256])
    return out.hex()


def e_rail(p, rails):
    rails = int(rails)
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in p:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(x) for x in rows)


def e_beaufort(p, key):
    out = []
    ki = 0
    for ch in p:
        if ch.isascii() and ch.isalpha():
            kv = ord(key[ki % len(key)].upper()) - 65
            ki += 1
            base = 65 if ch.isupper() else 97
            out.append(chr((kv - (ord(ch) - base)) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def e_decoy(p, k=None, rng=None):
    return "".join(ch + rng.choice("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479") for ch in p)


def e_double_struck(p, k=None):
    special = {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124}
    out = []
    for ch in p:
        if ch in special:
            out.append(chr(special[ch]))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D538 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D552 + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7D8 + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def e_circled(p, k=None):
    out = []
    for ch in p:
        if "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - 97))
        elif ch == "0":
            out.append("\u24EA")
        elif "1" <= ch <= "9":
            out.append(chr(0x2460 + ord(ch) - 49))
        else:
            out.append(ch)
    return "".join(out)


def e_vs(p, k=None):
    out = []
    for b in p.encode():
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return "".join(out)


def _halves(p, k=None):
    h = len(p) // 2
    return p[h:] + p[:h]


ENC = {
    "base58_btc_alphabet": (e_base58, "as a base58 number (the Bitcoin alphabet, no check bytes)", False),
    "crockford_base32": (lambda p, k=None: _bits5(p.encode(), CROCK), "in Crockford base32 (no padding)", False),
    "z_base32_human_oriented": (lambda p, k=None: _bits5(p.encode(), ZB32), "in z-base-32 (the human-oriented alphabet)", False),
    "z85_zeromq_rfc32": (e_z85, "in Z85 (ZeroMQ), zero-padded to a multiple of 4 bytes", False),
    "xxencode_line": (e_xx, "xxencoded (XXE lines of up to 45 bytes)", False),
    "morse_code_itu": (lambda p, k=None: " ".join(MORSE[c] for c in p), "in Morse code (one hex digit per group, spaces between)", False),
    "whole_string_reversed": (lambda p, k=None: p[::-1], "written backwards", False),
    "rot13_letters_only": (e_rot13, "ROT13ed (letters only, digits and symbols as they are)", False),
    "hex_upper_contiguous": (lambda p, k=None: p.encode().hex().upper(), "as one run of upper-case hex bytes", False),
    "base64url_unpadded": (lambda p, k=None: base64.urlsafe_b64encode(p.encode()).decode().rstrip("="), "as unpadded base64url", False),
    "base64_triple_nested": (lambda p, k=None: base64.b64encode(base64.b64encode(base64.b64encode(p.encode()))).decode(), "base64-encoded three times over", False),
    "base64_of_hex_string": (lambda p, k=None: base64.b64encode(p.encode().hex().encode()).decode(), "hex-encoded and that hex string base64-encoded", False),
    "double_percent_encoded_bytes": (lambda p, k=None: "".join("%25" + format(b, "02X") for b in p.encode()), "percent-encoded twice (every byte, so %25XX)", False),
    "html_decimal_char_refs": (lambda p, k=None: "".join("&#%d;" % ord(c) for c in p), "as HTML decimal character references", False),
    "css_six_digit_hex_escapes": (lambda p, k=None: "".join("\\%06x" % ord(c) for c in p), "as CSS escapes (backslash and six hex digits each)", False),
    "mysql_unhex_call": (lambda p, k=None: "UNHEX('" + p.encode().hex().upper() + "')", "as a MySQL UNHEX() call", False),
    "python_bytes_int_list_call": (lambda p, k=None: "bytes([" + ", ".join(str(b) for b in p.encode()) + "]).decode()", "as a Python bytes([...]) list of integers", False),
    "java_char_array_new_string": (lambda p, k=None: "new String(new char[]{" + ",".join("'" + c + "'" for c in p) + "})", "as a Java new String(new char[]{...}) literal", False),
    "go_byte_slice_literal": (lambda p, k=None: "string([]byte{" + ", ".join("0x%02x" % b for b in p.encode()) + "})", "as a Go string([]byte{...}) literal", False),
    "perl_pack_h_star_hex": (lambda p, k=None: "pack(\"H*\", \"" + p.encode().hex() + "\")", "as a Perl pack(\"H*\", ...) call", False),
    "codepoint_minus_one_shift": (lambda p, k=None: "".join(chr(ord(c) - 1) for c in p), "with every character shifted one code point down (b becomes a, 1 becomes 0)", False),
    "xor_repeating_key_hex_keyed": (lambda p, k: bytes(b ^ k.encode()[i % len(k)] for i, b in enumerate(p.encode())).hex(), "XORed with the repeating key \"{key}\" and shown as hex", True),
    "rc4_hex_keyed": (e_rc4, "RC4-encrypted with the passphrase \"{key}\" as raw key bytes (no keystream drop), shown as hex", True),
    "rail_fence_zigzag_keyed": (e_rail, "rail-fence (zigzag) transposed over {key} rails, rails read top to bottom", True),
    "beaufort_letters_keyed": (e_beaufort, "Beaufort-enciphered with the key word {key} (letters only, case kept, digits and symbols untouched)", True),
    "decoy_char_after_each": (e_decoy, "with a junk character after every real one (read every other character, starting with the first)", False),
    "halves_swapped": (_halves, "with its two halves swapped (the second half, the longer one if odd, comes first)", False),
    "spaces_between_characters": (lambda p, k=None: " ".join(p), "with a space between every character", False),
    "double_struck_math_nfkc": (e_double_struck, "in double-struck math letters and digits (NFKC folds them back)", False),
    "enclosed_alphanumerics_circled": (e_circled, "in circled letters and digits (NFKC folds them back)", False),
    "ebcdic_cp037_hex": (lambda p, k=None: codecs.encode(p, "cp037").hex(), "as EBCDIC (code page 037) bytes in hex", False),
    "variation_selector_byte_smuggling": (e_vs, "smuggled as Unicode variation selectors right after the emoji (one selector per byte)", False),
    "rlo_bidi_override_reversed": (lambda p, k=None: "\u202e" + p[::-1] + "\u202c", "stored reversed inside a right-to-left override, so it only looks right on screen", False),
}
