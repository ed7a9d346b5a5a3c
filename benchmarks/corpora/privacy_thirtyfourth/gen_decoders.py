"""Decoders, written independently of gen_encodings."""
import base64, bz2, gzip, lzma, re, zlib

def _pad(s, m): return s + "=" * (-len(s) % m)

def d_gzip(t): return gzip.decompress(base64.b64decode(t)).decode()
def d_rawdef(t): return zlib.decompress(base64.urlsafe_b64decode(_pad(t, 4)), -15).decode()
def d_bz2(t): return bz2.decompress(bytes.fromhex(t)).decode()
def d_xz(t): return lzma.decompress(base64.b64decode("".join(t.split())), format=lzma.FORMAT_XZ).decode()
def d_a85(t):
    assert t.startswith("<~") and t.endswith("~>")
    return zlib.decompress(base64.a85decode(t, adobe=True)).decode()
def d_lzma(t): return lzma.decompress(base64.b32hexdecode(_pad(t, 8)), format=lzma.FORMAT_ALONE).decode()
def d_2047(t):
    m = re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=", t); return base64.b64decode(m.group(1)).decode()
def d_ldif(t):
    m = re.fullmatch(r"description:: ([A-Za-z0-9+/=]+)", t); return base64.b64decode(m.group(1)).decode()
def d_chunked(t):
    out = ""; rest = t + "\r\n"
    while True:
        size_s, rest = rest.split("\r\n", 1); n = int(size_s, 16)
        if n == 0: return out
        out += rest[:n]; assert rest[n:n + 2] == "\r\n"; rest = rest[n + 2:]
def d_netstring(t):
    out = ""; i = 0
    while i < len(t):
        j = t.index(":", i); n = int(t[i:j]); out += t[j + 1:j + 1 + n]; assert t[j + 1 + n] == ","; i = j + 2 + n
    return out
def d_bencode(t):
    assert t[0] == "l" and t[-1] == "e"; return d_netstring_like(t[1:-1])
def d_netstring_like(s):
    out = ""; i = 0
    while i < len(s):
        j = s.index(":", i); n = int(s[i:j]); out += s[j + 1:j + 1 + n]; i = j + 1 + n
    return out
def d_props(t):
    assert t.startswith("token="); v = t[6:]
    return re.sub(r"\\\n[ \t]*", "", v)
def d_sqlcat(t): return "".join(re.findall(r"'([^']*)'", t))
def d_sqlins(t): return "".join(v for _, v in sorted((int(a), b) for a, b in re.findall(r"\((\d+), '([^']*)'\)", t)))
def d_csv(t):
    rows = t.split("\n")[1:]; return "".join(v for _, v in sorted((int(x.split(",", 1)[0]), x.split(",", 1)[1]) for x in rows))
def d_ini(t): return "".join(v for _, v in sorted((int(a), b) for a, b in re.findall(r"part(\d+) = (\S+)", t)))
def d_qs(t): return "".join(re.findall(r"[?&]k=([^&]*)", t))
def d_json(t):
    import json; return "".join(o["v"] for o in sorted(json.loads(t), key=lambda o: o["i"]))
def d_log(t): return "".join(v for _, v in sorted((int(a), b) for a, b in re.findall(r"keyfrag\[(\d+)/\d+\]=(\S+)", t)))
def d_chat(t): return "".join(v for _, v in sorted((int(a), b) for a, b in re.findall(r"part (\d+): (\S+)", t)))
def d_noise(t): return t[::2]
def d_xml(t): return "".join(v for _, v in sorted((int(a), b) for a, b in re.findall(r'<f n="(\d+)" v="([^"]*)"/>', t)))

DEC = {"gzip_member_base64_std": d_gzip, "raw_deflate_base64url_nopad": d_rawdef, "bzip2_stream_hex_lower": d_bz2,
       "xz_container_base64_wrapped76": d_xz, "zlib_stream_ascii85_adobe": d_a85, "lzma_alone_b32hex_nopad": d_lzma,
       "rfc2047_encoded_word_b": d_2047, "ldif_base64_double_colon": d_ldif, "http_chunked_transfer_body": d_chunked,
       "netstring_sequence": d_netstring, "bencode_list_of_chunks": d_bencode,
       "properties_line_continuation_split": d_props, "sql_concat_pipe_literals": d_sqlcat,
       "sql_insert_rows_fragments": d_sqlins, "csv_rows_seq_fragment": d_csv, "ini_numbered_part_keys": d_ini,
       "query_string_repeated_param": d_qs, "json_indexed_chunks_shuffled": d_json,
       "log_lines_interleaved_fragments": d_log, "chat_messages_split_turns": d_chat,
       "every_other_char_noise_interleave": d_noise, "xml_attribute_fragments": d_xml}

SELFTEST = [  # known answers worked by hand
 ("netstring_sequence", "5:hello,5:world,", "helloworld"),
 ("bencode_list_of_chunks", "l4:spam4:eggse", "spameggs"),
 ("http_chunked_transfer_body", "4\r\nWiki\r\n5\r\npedia\r\n0", "Wikipedia"),
 ("rfc2047_encoded_word_b", "=?UTF-8?B?SGVsbG8=?=", "Hello"),
 ("every_other_char_noise_interleave", "a#b%c", "abc"),
 ("sql_insert_rows_fragments", "INSERT INTO t (seq, frag) VALUES (2, 'cd'), (1, 'ab');", "abcd"),
 ("properties_line_continuation_split", "token=ab\\\n    cd", "abcd"),
]
