"""Decoders for the evasion encodings, written independently of gen_encodings.py (stdlib
decoders where one exists). DEC[name](encoded, key) -> plain string."""
import base64
import codecs
import email.header
import html
import json
import quopri
import re
import unicodedata
import zlib


def d_raw_deflate(v, k):
    return zlib.decompress(base64.b64decode(v), -15).decode()


def d_b32hex(v, k):
    return base64.b32hexdecode(v).decode()


def d_b62(v, k):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = 0
    for ch in v:
        n = n * 62 + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()


def d_b91(v, k):
    table = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
             "!#$%&()*+,./:;<=>?@[]^_`{|}~\"")
    val = -1
    b = n = 0
    out = bytearray()
    for ch in v:
        c = table.index(ch)
        if val < 0:
            val = c
            continue
        val += c * 91
        b |= val << n
        n += 13 if (val & 8191) > 88 else 14
        while n > 7:
            out.append(b & 255)
            b >>= 8
            n -= 8
        val = -1
    if val + 1:
        out.append((b | val << n) & 255)
    return out.decode()


def d_b85(v, k):
    return base64.b85decode(v).decode()


def d_qp(v, k):
    return quopri.decodestring(v.encode()).decode()


def d_mime_word(v, k):
    (raw, charset), = email.header.decode_header(v)
    return raw.decode(charset)


def d_yenc(v, k):
    lines = v.split("\n")
    head, data, tail = lines[0], "".join(lines[1:-1]), lines[-1]
    out = bytearray()
    esc = False
    for ch in data:
        o = ord(ch)
        if esc:
            o = (o - 64) % 256
            esc = False
        elif ch == "=":
            esc = True
            continue
        out.append((o - 42) % 256)
    size = int(re.search(r"size=(\d+)", tail).group(1))
    crc = int(re.search(r"crc32=([0-9a-f]{8})", tail).group(1), 16)
    assert size == len(out) and crc == zlib.crc32(bytes(out)) & 0xFFFFFFFF
    return out.decode()


def d_xx(v, k):
    alpha = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = bytearray()
    for line in v.split("\n")[1:]:
        if line in ("+", "end") or not line:
            continue
        n = alpha.index(line[0])
        vals = [alpha.index(c) for c in line[1:]]
        buf = bytearray()
        for i in range(0, len(vals), 4):
            a, b, c, d = vals[i:i + 4]
            buf += bytes([(a << 2 | b >> 4) & 255, (b << 4 | c >> 2) & 255, (c << 6 | d) & 255])
        out += buf[:n]
    return out.decode()


def d_es6(v, k):
    return re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), v)


def d_numbers(pattern):
    def f(v, k):
        return "".join(chr(int(x)) for x in re.findall(pattern, v))
    return f


def d_chunk_rev(v, k):
    return "".join(v.split("|")[::-1])


def d_columnar(v, key):
    n, kl = len(v), len(key)
    full, extra = divmod(n, kl)
    lengths = [full + (1 if j < extra else 0) for j in range(kl)]
    order = sorted(range(kl), key=lambda j: (key[j], j))
    cols, pos = {}, 0
    for j in order:
        cols[j] = v[pos:pos + lengths[j]]
        pos += lengths[j]
    return "".join(cols[i % kl][i // kl] for i in range(n))


def d_xor1(v, key):
    return bytes(b ^ key for b in base64.b64decode(v)).decode()


def d_rc4(v, key):
    k = key.encode()
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + k[i % len(k)]) & 255
        box[i], box[j] = box[j], box[i]
    data = bytes.fromhex(v)
    i = j = 0
    res = bytearray()
    for byte in data:
        i = (i + 1) & 255
        j = (j + box[i]) & 255
        box[i], box[j] = box[j], box[i]
        res.append(byte ^ box[(box[i] + box[j]) & 255])
    return res.decode()


LATIN_FROM_GREEK = {"Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
                    "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z", "ο": "o", "ν": "v"}


def d_greek(v, k):
    return "".join(LATIN_FROM_GREEK.get(c, c) for c in v)


def d_nfkc(v, k):
    return unicodedata.normalize("NFKC", v)


def d_invis(v, k):
    return v.replace("\u2063", "")


def d_cdata(v, k):
    return "".join(re.findall(r"<!\[CDATA\[(.*?)\]\]>", v))


def d_adjacent(v, k):
    return "".join(re.findall(r'"([^"]*)"', v))


def d_revjoin(v, k):
    arr = json.loads(v[:v.index(".reverse()")])
    return "".join(arr[::-1])


def d_shellvars(v, k):
    vals = dict(re.findall(r"(\w+)='([^']*)';", v))
    order = re.findall(r"\$\{(\w+)\}", v.split('tok="', 1)[1])
    return "".join(vals[n] for n in order)


def d_base100(v, k):
    return bytes(ord(c) - 0x1F3F7 for c in v).decode()


def d_dna(v, k):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    out = bytearray()
    for i in range(0, len(v), 4):
        b = 0
        for ch in v[i:i + 4]:
            b = b * 4 + val[ch]
        out.append(b)
    return out.decode()


def d_utf7(v, k):
    return codecs.decode(v.encode(), "utf-7")


def d_ebcdic(v, k):
    return bytes.fromhex(v.replace(" ", "")).decode("cp037")


def d_dns(v, k):
    s = v.replace(".", "").upper()
    return base64.b32decode(s + "=" * (-len(s) % 8)).decode()


def d_jsonfrag(v, k):
    d = json.loads(v)
    return "".join(d[x] for x in sorted(d, key=int))


def d_ansi(v, k):
    return re.sub(r"\x1b\[[0-9;]*m", "", v)


def d_spans(v, k):
    return html.unescape(re.sub(r"<[^>]+>", "", v))


def d_backspace(v, k):
    out = []
    for ch in v:
        if ch == "\b":
            out.pop()
        else:
            out.append(ch)
    return "".join(out)


DEC = {
    "raw_deflate_base64": d_raw_deflate,
    "base32hex_extended": d_b32hex,
    "base62_bigint": d_b62,
    "base91_henke": d_b91,
    "base85_rfc1924": d_b85,
    "quoted_printable_forced": d_qp,
    "mime_encoded_word_base64": d_mime_word,
    "yenc_single_part": d_yenc,
    "xxencode": d_xx,
    "js_es6_codepoint_escape": d_es6,
    "powershell_char_array_join": d_numbers(r"(\d+)"),
    "spreadsheet_char_formula": d_numbers(r"CHAR\((\d+)\)"),
    "vba_chrw_concat": d_numbers(r"ChrW\((\d+)\)"),
    "chunk_order_reversed": d_chunk_rev,
    "columnar_transposition_keyed": d_columnar,
    "single_byte_xor_base64": d_xor1,
    "rc4_keyed_hex": d_rc4,
    "greek_homoglyph": d_greek,
    "math_monospace_alphanumerics": d_nfkc,
    "invisible_separator_interleaved": d_invis,
    "xml_cdata_split": d_cdata,
    "adjacent_literal_concatenation": d_adjacent,
    "js_reverse_join_array": d_revjoin,
    "shell_var_fragments": d_shellvars,
    "base100_emoji": d_base100,
    "dna_base4": d_dna,
    "utf7_forced_base64": d_utf7,
    "ebcdic_cp037_hex": d_ebcdic,
    "dns_exfil_base32_labels": d_dns,
    "json_fragment_object": d_jsonfrag,
    "ansi_sgr_interleaved": d_ansi,
    "html_span_fragments": d_spans,
    "backspace_overstrike": d_backspace,
}

DESCRIBE = {
    "raw_deflate_base64": "`zlib.decompress(base64.b64decode(v), -15)` (raw DEFLATE, level 9, as PHP `gzinflate(base64_decode())`)",
    "base32hex_extended": "`base64.b32hexdecode(v)` (RFC 4648 extended-hex alphabet 0-9A-V, padded)",
    "base62_bigint": "the UTF-8 bytes as one big-endian integer written in base 62 (`0-9A-Za-z`), decoded by integer conversion",
    "base91_henke": "basE91 (Joachim Henke's 91-character alphabet), decoded by the reference bit-accumulator algorithm",
    "base85_rfc1924": "`base64.b85decode(v)` (RFC 1924 / git binary-patch alphabet, not Adobe, not Z85)",
    "quoted_printable_forced": "every byte as `=XX`, soft line breaks `=\\n` every 72 characters; `quopri.decodestring`",
    "mime_encoded_word_base64": "RFC 2047 encoded word `=?UTF-8?B?…?=`; `email.header.decode_header`",
    "yenc_single_part": "yEnc block (`=ybegin` … `=yend size= crc32=`), bytes +42 mod 256 shown as Latin-1 characters, critical bytes escaped with `=`; decoder checks size and CRC32; span covers the whole block",
    "xxencode": "xxencode block (`begin 644` … `+` / `end`, alphabet `+-0-9A-Za-z`), span covers the whole block",
    "js_es6_codepoint_escape": "ECMAScript 2015 code-point escapes `\\u{73}` per character; regex substitution",
    "powershell_char_array_join": "`-join [char[]](115,107,…)`; decimal code points joined",
    "spreadsheet_char_formula": "spreadsheet formula `=CHAR(115)&CHAR(107)&…`; decimal codes joined",
    "vba_chrw_concat": "VBA `ChrW(115) & ChrW(107) & …`; decimal codes joined",
    "chunk_order_reversed": "5-character chunks written in reverse order separated by `|`; split, reverse, join",
    "columnar_transposition_keyed": "irregular columnar transposition under the key word in `encoding_key` (columns read in alphabetical key order, no padding); inverse transposition",
    "single_byte_xor_base64": "each byte XOR the integer `encoding_key`, then base64; decode base64, XOR again",
    "rc4_keyed_hex": "RC4 keystream from the ASCII `encoding_key` XOR the bytes, hex; RC4 is re-implemented in the decoder",
    "greek_homoglyph": "Latin letters replaced by Greek look-alikes (Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Χ Υ Ζ ο ν); inverse table",
    "math_monospace_alphanumerics": "letters and digits as Unicode MATHEMATICAL MONOSPACE characters; `unicodedata.normalize('NFKC')`",
    "invisible_separator_interleaved": "U+2063 INVISIBLE SEPARATOR between every two characters (inside the span); removed",
    "xml_cdata_split": "6-character pieces each in its own `<![CDATA[…]]>` section; sections joined",
    "adjacent_literal_concatenation": "7-character pieces as adjacent string literals `\"…\" \"…\"` (C / Python implicit concatenation); span from the first to the last quote",
    "js_reverse_join_array": "4-character pieces in a reversed JSON array followed by `.reverse().join(\"\")`; span covers the whole expression",
    "shell_var_fragments": "6-character pieces assigned to shell variables in shuffled order, then `tok=\"${v0}${v1}…\"`; span covers assignments and the joining assignment",
    "base100_emoji": "base100 / emoji encoding: each byte b as U+1F3F7+b",
    "dna_base4": "two bits per nucleotide (A=00, C=01, G=10, T=11), most significant first",
    "utf7_forced_base64": "UTF-7 with every character forced into the modified-base64 section `+…-`; `codecs.decode(v, 'utf-7')`",
    "ebcdic_cp037_hex": "EBCDIC code page 037 bytes as space-separated hex; `bytes.fromhex(...).decode('cp037')`",
    "dns_exfil_base32_labels": "lower-case unpadded base32 split into 40-character DNS labels (span = the labels, the exfiltration zone suffix is outside); dots removed, re-padded, `base64.b32decode`",
    "json_fragment_object": "5-character pieces in a JSON object keyed by their index, keys shuffled; sort by integer key and join",
    "ansi_sgr_interleaved": "every character preceded by an ANSI SGR colour escape (ESC `[3Nm`), reset at the end; escapes stripped",
    "html_span_fragments": "4-character pieces wrapped in `<span>` elements; tags stripped, entities unescaped",
    "backspace_overstrike": "every character preceded by a random decoy letter and U+0008 BACKSPACE (terminal overstrike); backspaces applied",
}
