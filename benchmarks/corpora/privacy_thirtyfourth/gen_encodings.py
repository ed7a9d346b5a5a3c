"""Encoders (rng passed for noise / shuffles). Each returns the encoded span text."""
import base64, bz2, gzip, lzma, zlib, random

def _chunks(s, n): return [s[i:i + n] for i in range(0, len(s), n)]
def _parts(rng, s, k=4):
    n = -(-len(s) // k); return _chunks(s, n)

def gzip_member_base64_std(p, r): return base64.b64encode(gzip.compress(p.encode(), mtime=0)).decode()
def raw_deflate_base64url_nopad(p, r):
    c = zlib.compressobj(9, zlib.DEFLATED, -15); d = c.compress(p.encode()) + c.flush()
    return base64.urlsafe_b64encode(d).decode().rstrip("=")
def bzip2_stream_hex_lower(p, r): return bz2.compress(p.encode()).hex()
def xz_container_base64_wrapped76(p, r):
    s = base64.b64encode(lzma.compress(p.encode(), format=lzma.FORMAT_XZ)).decode()
    return "\n".join(_chunks(s, 76))
def zlib_stream_ascii85_adobe(p, r): return base64.a85encode(zlib.compress(p.encode(), 9), adobe=True).decode()
def lzma_alone_b32hex_nopad(p, r): return base64.b32hexencode(lzma.compress(p.encode(), format=lzma.FORMAT_ALONE)).decode().rstrip("=")
def rfc2047_encoded_word_b(p, r): return "=?UTF-8?B?" + base64.b64encode(p.encode()).decode() + "?="
def ldif_base64_double_colon(p, r): return "description:: " + base64.b64encode(p.encode()).decode()
def http_chunked_transfer_body(p, r):
    return "\r\n".join(f"{len(c):x}\r\n{c}" for c in _parts(r, p, 3)) + "\r\n0"
def netstring_sequence(p, r): return "".join(f"{len(c)}:{c}," for c in _parts(r, p, 4))
def bencode_list_of_chunks(p, r): return "l" + "".join(f"{len(c)}:{c}" for c in _parts(r, p, 4)) + "e"
def properties_line_continuation_split(p, r):
    ps = _parts(r, p, 3); return "token=" + "\\\n    ".join(ps)
def sql_concat_pipe_literals(p, r): return " || ".join(f"'{c}'" for c in _parts(r, p, 4))
def sql_insert_rows_fragments(p, r):
    rows = [f"({i + 1}, '{c}')" for i, c in enumerate(_parts(r, p, 4))]
    r.shuffle(rows); return "INSERT INTO key_parts (seq, frag) VALUES " + ", ".join(rows) + ";"
def csv_rows_seq_fragment(p, r):
    rows = [f"{i + 1},{c}" for i, c in enumerate(_parts(r, p, 4))]
    r.shuffle(rows); return "seq,fragment\n" + "\n".join(rows)
def ini_numbered_part_keys(p, r):
    return "[credential]\n" + "\n".join(f"part{i + 1} = {c}" for i, c in enumerate(_parts(r, p, 3)))
def query_string_repeated_param(p, r):
    return "?" + "&".join(f"k={c}" for c in _parts(r, p, 4)) + "&fmt=csv"
def json_indexed_chunks_shuffled(p, r):
    items = [f'{{"i": {i}, "v": "{c}"}}' for i, c in enumerate(_parts(r, p, 4))]
    r.shuffle(items); return "[" + ", ".join(items) + "]"
def log_lines_interleaved_fragments(p, r):
    out = []; ps = _parts(r, p, 3)
    for i, c in enumerate(ps):
        out.append(f"2024-03-11T02:15:0{i} DEBUG keyfrag[{i + 1}/{len(ps)}]={c}")
        if i < len(ps) - 1:
            out.append(f"2024-03-11T02:15:0{i} INFO rows_loaded={r.randint(100, 9999)}")
    return "\n".join(out)
def chat_messages_split_turns(p, r):
    out = []; ps = _parts(r, p, 3)
    for i, c in enumerate(ps):
        out.append(f"[{9 + i}:0{i}] part {i + 1}: {c}")
        if i < len(ps) - 1: out.append(f"[{9 + i}:0{i}] (other) ok, go on")
    return "\n".join(out)
def every_other_char_noise_interleave(p, r):
    return "".join(c + r.choice("#%~^") for c in p)[:-1]
def xml_attribute_fragments(p, r):
    els = [f'<f n="{i + 1}" v="{c}"/>' for i, c in enumerate(_parts(r, p, 4))]
    r.shuffle(els); return "<key>" + "".join(els) + "</key>"

ENC = {k: v for k, v in dict(globals()).items() if callable(v) and not k.startswith("_") and "_" in k
       and k not in ("random",)}

PHRASE = {
 "gzip_member_base64_std": "gzip-compressed, then standard Base64",
 "raw_deflate_base64url_nopad": "raw-DEFLATE-compressed (no zlib header), then URL-safe Base64 without padding",
 "bzip2_stream_hex_lower": "bzip2-compressed, then written as lowercase hex",
 "xz_container_base64_wrapped76": "xz-compressed, then Base64 wrapped at 76 columns",
 "zlib_stream_ascii85_adobe": "zlib-compressed, then Ascii85 in Adobe <~ ~> delimiters",
 "lzma_alone_b32hex_nopad": "LZMA-alone (.lzma) compressed, then base32hex (RFC 4648 extended hex alphabet, no padding)",
 "rfc2047_encoded_word_b": "as an RFC 2047 MIME encoded-word (B encoding)",
 "ldif_base64_double_colon": "as an LDIF attribute with the double-colon base64 form",
 "http_chunked_transfer_body": "as an HTTP/1.1 chunked transfer body (hex sizes before each chunk; join the chunks)",
 "netstring_sequence": "as a sequence of netstrings (length:data, — join the data)",
 "bencode_list_of_chunks": "as a bencoded list of string pieces (join them in order)",
 "properties_line_continuation_split": "as a .properties value split with backslash line continuations",
 "sql_concat_pipe_literals": "as SQL string literals joined with the || concatenation operator",
 "sql_insert_rows_fragments": "as SQL INSERT rows of fragments (order them by seq and join)",
 "csv_rows_seq_fragment": "as CSV rows of fragments in shuffled order (sort by seq, then join)",
 "ini_numbered_part_keys": "split over numbered INI keys part1, part2, … (join in order)",
 "query_string_repeated_param": "as repeated k= query-string parameters (join the values in order)",
 "json_indexed_chunks_shuffled": "as shuffled JSON chunk objects (sort by i, join v)",
 "log_lines_interleaved_fragments": "split over keyfrag log lines with other log lines in between",
 "chat_messages_split_turns": "split across several chat messages marked part 1, part 2, …",
 "every_other_char_noise_interleave": "with a noise character after every real one (keep every other character, starting with the first)",
 "xml_attribute_fragments": "as shuffled XML fragment elements (order by n, join the v attributes)",
}
MULTILINE = {"xz_container_base64_wrapped76", "http_chunked_transfer_body", "properties_line_continuation_split",
             "csv_rows_seq_fragment", "ini_numbered_part_keys", "log_lines_interleaved_fragments", "chat_messages_split_turns"}
