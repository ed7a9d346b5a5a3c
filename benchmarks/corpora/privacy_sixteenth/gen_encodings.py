"""Encoders for the evasion set. The matching decoders live in gen_decoders.py and are
written independently (build.py checks decode(encode(x)) == x for every record).
ENC[name](plain, key, rng) -> encoded string; KEYED lists encodings that take encoding_key."""
import base64
import binascii
import json
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B91 = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
       "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
         "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν"}


def e_raw_deflate(p, k, r):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(p.encode()) + c.flush()).decode()


def e_b32hex(p, k, r):
    return base64.b32hexencode(p.encode()).decode()


def e_b62(p, k, r):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s


def e_b91(p, k, r):
    b = n = 0
    out = []
    for byte in p.encode():
        b |= byte << n
        n += 8
        if n > 13:
            v = b & 8191
            if v > 88:
                b >>= 13
                n -= 13
            else:
                v = b & 16383
                b >>= 14
                n -= 14
            out.append(B91[v % 91] + B91[v // 91])
    if n:
        out.append(B91[b % 91])
        if n > 7 or b > 90:
            out.append(B91[b // 91])
    return "".join(out)


def e_b85(p, k, r):
    return base64.b85encode(p.encode()).decode()


def e_qp(p, k, r):
    s = "".join("=%02X" % c for c in p.encode())
    lines = [s[i:i + 72] for i in range(0, len(s), 72)]
    return "=\n".join(lines)


def e_mime_word(p, k, r):
    return "=?UTF-8?B?" + base64.b64encode(p.encode()).decode() + "?="


def e_yenc(p, k, r):
    data = p.encode()
    out = []
    for c in data:
        o = (c + 42) % 256
        if o in (0, 10, 13, 61):
            out.append("=" + chr((o + 64) % 256))
        else:
            out.append(chr(o))
    return "=ybegin line=128 size=%d name=token.txt\n%s\n=yend size=%d crc32=%08x" % (
        len(data), "".join(out), len(data), zlib.crc32(data) & 0xFFFFFFFF)


def e_xx(p, k, r):
    data = p.encode()
    lines = []
    for i in range(0, len(data), 45):
        chunk = data[i:i + 45]
        line = XX[len(chunk)]
        padded = chunk + b"\0" * (-len(chunk) % 3)
        for j in range(0, len(padded), 3):
            a, b, c = padded[j:j + 3]
            line += XX[a >> 2] + XX[((a & 3) << 4) | (b >> 4)] + XX[((b & 15) << 2) | (c >> 6)] + XX[c & 63]
        lines.append(line)
    return "begin 644 token.txt\n" + "\n".join(lines) + "\n+\nend"


def e_es6(p, k, r):
    return "".join("\\u{%x}" % ord(c) for c in p)


def e_ps_char(p, k, r):
    return "-join [char[]](" + ",".join(str(ord(c)) for c in p) + ")"


def e_xl_char(p, k, r):
    return "=" + "&".join("CHAR(%d)" % ord(c) for c in p)


def e_vba(p, k, r):
    return " & ".join("ChrW(%d)" % ord(c) for c in p)


def e_chunk_rev(p, k, r):
    chunks = [p[i:i + 5] for i in range(0, len(p), 5)]
    return "|".join(reversed(chunks))


def e_columnar(p, key, r):
    n, kl = len(p), len(key)
    cols = {j: "".join(p[i] for i in range(j, n, kl)) for j in range(kl)}
    order = sorted(range(kl), key=lambda j: (key[j], j))
    return "".join(cols[j] for j in order)


def e_xor1(p, key, r):
    return base64.b64encode(bytes(c ^ key for c in p.encode())).decode()


def _rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(c ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def e_rc4(p, key, r):
    return _rc4(key.encode(), p.encode()).hex()


def e_greek(p, k, r):
    return "".join(GREEK.get(c, c) for c in p)


def e_mono(p, k, r):
    out = []
    for c in p:
        if "A" <= c <= "Z":
            out.append(chr(0x1D670 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D68A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7F6 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def e_invis(p, k, r):
    return "\u2063".join(p)


def e_cdata(p, k, r):
    return "".join("<![CDATA[%s]]>" % p[i:i + 6] for i in range(0, len(p), 6))


def e_adjacent(p, k, r):
    return " ".join('"%s"' % p[i:i + 7] for i in range(0, len(p), 7))


def e_revjoin(p, k, r):
    chunks = [p[i:i + 4] for i in range(0, len(p), 4)]
    return json.dumps(list(reversed(chunks))) + '.reverse().join("")'


def e_shellvars(p, k, r):
    chunks = [p[i:i + 6] for i in range(0, len(p), 6)]
    names = ["v%d" % i for i in range(len(chunks))]
    assign = list(zip(names, chunks))
    r.shuffle(assign)
    return "".join("%s='%s';" % (n, c) for n, c in assign) + ' tok="' + "".join("${%s}" % n for n in names) + '"'


def e_base100(p, k, r):
    return "".join(chr(0x1F3F7 + b) for b in p.encode())


def e_dna(p, k, r):
    m = "ACGT"
    return "".join(m[(b >> s) & 3] for b in p.encode() for s in (6, 4, 2, 0))


def e_utf7(p, k, r):
    return "+" + base64.b64encode(p.encode("utf-16-be")).decode().rstrip("=") + "-"


def e_ebcdic(p, k, r):
    return " ".join("%02X" % b for b in p.encode("cp037"))


def e_dns(p, k, r):
    s = base64.b32encode(p.encode()).decode().rstrip("=").lower()
    return ".".join(s[i:i + 40] for i in range(0, len(s), 40))


def e_jsonfrag(p, k, r):
    chunks = [(str(i), p[j:j + 5]) for i, j in enumerate(range(0, len(p), 5))]
    r.shuffle(chunks)
    return "{" + ", ".join('"%s": "%s"' % kv for kv in chunks) + "}"


def e_ansi(p, k, r):
    return "".join("\x1b[3%dm%s" % (1 + i % 6, c) for i, c in enumerate(p)) + "\x1b[0m"


def e_spans(p, k, r):
    chunks = [p[i:i + 4] for i in range(0, len(p), 4)]
    return "".join('<span class="t%d">%s</span>' % (i % 3, c) for i, c in enumerate(chunks))


def e_backspace(p, k, r):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") + "\b" + c for c in p)


ENC = {
    "raw_deflate_base64": e_raw_deflate,
    "base32hex_extended": e_b32hex,
    "base62_bigint": e_b62,
    "base91_henke": e_b91,
    "base85_rfc1924": e_b85,
    "quoted_printable_forced": e_qp,
    "mime_encoded_word_base64": e_mime_word,
    "yenc_single_part": e_yenc,
    "xxencode": e_xx,
    "js_es6_codepoint_escape": e_es6,
    "powershell_char_array_join": e_ps_char,
    "spreadsheet_char_formula": e_xl_char,
    "vba_chrw_concat": e_vba,
    "chunk_order_reversed": e_chunk_rev,
    "columnar_transposition_keyed": e_columnar,
    "single_byte_xor_base64": e_xor1,
    "rc4_keyed_hex": e_rc4,
    "greek_homoglyph": e_greek,
    "math_monospace_alphanumerics": e_mono,
    "invisible_separator_interleaved": e_invis,
    "xml_cdata_split": e_cdata,
    "adjacent_literal_concatenation": e_adjacent,
    "js_reverse_join_array": e_revjoin,
    "shell_var_fragments": e_shellvars,
    "base100_emoji": e_base100,
    "dna_base4": e_dna,
    "utf7_forced_base64": e_utf7,
    "ebcdic_cp037_hex": e_ebcdic,
    "dns_exfil_base32_labels": e_dns,
    "json_fragment_object": e_jsonfrag,
    "ansi_sgr_interleaved": e_ansi,
    "html_span_fragments": e_spans,
    "backspace_overstrike": e_backspace,
}

KEYED = {"columnar_transposition_keyed", "single_byte_xor_base64", "rc4_keyed_hex"}
