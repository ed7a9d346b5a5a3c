"""Encoders for the 22 p83 evasions: name -> (rule phrase, encode(plain) -> run)."""
import base64

ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}


def _affine(ch):
    if "a" <= ch <= "z":
        return chr((5 * (ord(ch) - 97) + 8) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((5 * (ord(ch) - 65) + 8) % 26 + 65)
    if ch.isdigit():
        return str((3 * int(ch) + 7) % 10)
    return ch


def _b58(p):
    n = int.from_bytes(p.encode(), "big")
    out = ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    return out


def _cols(p):
    return "".join(p[c::4] for c in range(4))


def _pairs(p):
    out = []
    for i in range(0, len(p) - 1, 2):
        out += [p[i + 1], p[i]]
    if len(p) % 2:
        out.append(p[-1])
    return "".join(out)


def _bold(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D400 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x1D41A + ord(ch) - 97)
    if ch.isdigit():
        return chr(0x1D7CE + int(ch))
    return ch


def _circ(ch):
    if "A" <= ch <= "Z":
        return chr(0x24B6 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x24D0 + ord(ch) - 97)
    if ch == "0":
        return "\u24ea"
    if ch.isdigit():
        return chr(0x2460 + int(ch) - 1)
    return ch


ENC = {
    "protobuf_text_format_octal_bytes": ("as a protobuf text-format bytes literal (every byte a three-digit octal escape)",
        lambda p: '"' + "".join("\\%03o" % b for b in p.encode()) + '"'),
    "elixir_binary_decimal_bitstring": ("as an Elixir binary <<...>> of decimal byte values",
        lambda p: "<<" + ", ".join(str(b) for b in p.encode()) + ">>"),
    "erlang_dollar_char_list": ("as an Erlang char list of $c character literals",
        lambda p: "[" + ",".join("$" + c for c in p) + "]"),
    "lua_string_char_call": ("as a Lua string.char(...) call of decimal byte values",
        lambda p: "string.char(" + ",".join(str(b) for b in p.encode()) + ")"),
    "jq_implode_codepoints": ("as a jq expression that implodes a list of decimal code points",
        lambda p: "[" + ",".join(str(ord(c)) for c in p) + "] | implode"),
    "powershell_char_array_join": ("as a PowerShell -join over a [char[]] cast of decimal code points",
        lambda p: "-join [char[]](" + ",".join(str(ord(c)) for c in p) + ")"),
    "perl_pack_hex_template": ("as a Perl pack(\"H*\", ...) call of the hex bytes",
        lambda p: 'pack("H*", "' + p.encode().hex() + '")'),
    "java_char_array_literal": ("as a Java new String(new char[]{...}) of single-quoted characters",
        lambda p: "new String(new char[]{" + ",".join("'" + c + "'" for c in p) + "})"),
    "base58_bitcoin_alphabet": ("in Base58 with the Bitcoin alphabet (the UTF-8 bytes as one big-endian number)", _b58),
    "ascii85_adobe_delimited": ("in Adobe Ascii85 between <~ and ~>",
        lambda p: base64.a85encode(p.encode(), adobe=True).decode()),
    "z_base32_human_alphabet": ("in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, no padding)",
        lambda p: base64.b32encode(p.encode()).decode().rstrip("=").translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ZB32))),
    "quoted_printable_every_byte": ("in quoted-printable with every byte escaped as =HH",
        lambda p: "".join("=%02X" % b for b in p.encode())),
    "percent_encoding_every_byte": ("percent-encoded with every byte escaped as %HH",
        lambda p: "".join("%%%02X" % b for b in p.encode())),
    "nibble_swapped_hex": ("as hex with the two nibbles of every byte swapped (swap each pair of hex digits back)",
        lambda p: "".join(("%02x" % b)[::-1] for b in p.encode())),
    "rot47_printable_ascii": ("in ROT47 (every printable ASCII character from ! to ~ rotated by 47)",
        lambda p: "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)),
    "affine_cipher_five_eight": ("affine-enciphered: letters x -> 5x+8 mod 26 within their case, digits d -> 3d+7 mod 10, - _ . unchanged",
        lambda p: "".join(_affine(c) for c in p)),
    "columnar_transposition_four_columns": ("columnar-transposed: written row by row into four columns, then read column by column",
        _cols),
    "adjacent_pair_swap": ("with every two neighbouring characters swapped (1st<->2nd, 3rd<->4th, ...)", _pairs),
    "math_bold_alphanumerics": ("in Unicode mathematical bold letters and digits (- _ . unchanged)",
        lambda p: "".join(_bold(c) for c in p)),
    "circled_alphanumerics": ("in Unicode circled letters and digits (- _ . unchanged)",
        lambda p: "".join(_circ(c) for c in p)),
    "cyrillic_homoglyph_substitution": ("with look-alike Cyrillic letters swapped in for Latin a c e o p x y A B C E H K M O P T X",
        lambda p: "".join(HOMO.get(c, c) for c in p)),
    "braille_block_byte_patterns": ("as Braille patterns, one per byte (code point U+2800 plus the byte value)",
        lambda p: "".join(chr(0x2800 + b) for b in p.encode())),
}
