"""Decoders, written separately from the encoders. Each gets (text before the span, encoded run) -> plain."""
import re, zlib

_NATO = {w: chr(97 + i) for i, w in enumerate("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
_DIG = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_NUM = dict((w, i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()))
_NUM.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def d_a85(before, run):
    assert run.startswith("<~") and run.endswith("~>")
    body = run[2:-2].replace("z", "!!!!!")
    out = bytearray()
    for i in range(0, len(body), 5):
        chunk = body[i:i + 5]
        pad = 5 - len(chunk)
        chunk += "u" * pad
        n = 0
        for ch in chunk:
            n = n * 85 + (ord(ch) - 33)
        out += n.to_bytes(4, "big")[:4 - pad]
    return out.decode()


def _b64dec(s):
    bits, out, acc = 0, bytearray(), 0
    for ch in s.rstrip("="):
        acc = (acc << 6) | _B64.index(ch); bits += 6
        if bits >= 8:
            bits -= 8; out.append((acc >> bits) & 0xFF)
    return bytes(out)


def d_gzb64(before, run):
    return zlib.decompress(_b64dec(run), 31).decode()


def d_xlchar(before, run):
    assert run.startswith("=")
    return "".join(chr(int(x)) for x in re.fullmatch(r"=CHAR\(\d+\)(?:&CHAR\(\d+\))*", run) and re.findall(r"CHAR\((\d+)\)", run))


def d_chr(before, run):
    parts = run.split("||")
    return "".join(chr(int(re.fullmatch(r"chr\((\d+)\)", x).group(1))) for x in parts)


def d_xhex(before, run):
    h = re.fullmatch(r"X'([0-9A-F]+)'", run).group(1)
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()


def d_csvcol(before, run):
    rows = run.split("\n")
    assert rows[0] == "code"
    return "".join(chr(int(r)) for r in rows[1:])


def d_jsonarr(before, run):
    return "".join(chr(int(x)) for x in run.strip("[]").split(","))


def d_pandas(before, run):
    lines = run.split("\n")
    assert lines[-1] == "dtype: int64"
    out = []
    for i, ln in enumerate(lines[:-1]):
        idx, val = ln.split()
        assert int(idx) == i
        out.append(chr(int(val)))
    return "".join(out)


def d_bin(before, run):
    return bytes(int(o, 2) for o in run.split(" ")).decode()


def d_oct(before, run):
    return bytes(int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)).decode()


def d_html(before, run):
    return "".join(chr(int(x)) for x in re.findall(r"&#(\d+);", run))


def d_pct(before, run):
    return bytes(int(x, 16) for x in re.findall(r"%([0-9A-F]{2})", run)).decode()


def d_rot47(before, run):
    return "".join(chr(33 + (ord(c) - 33 - 47) % 94) for c in run)


def d_nato(before, run):
    out = []
    for item in run.split(", "):
        if item == "dash":
            out.append("-")
        elif item == "underscore":
            out.append("_")
        elif item in _DIG:
            out.append(_DIG[item])
        elif item.startswith("capital "):
            out.append(_NATO[item[8:]].upper())
        else:
            out.append(_NATO[item])
    return "".join(out)


def d_xxd(before, run):
    h = run.replace("\n", "")
    return bytes(int(h[i:i + 2], 16) for i in range(0, len(h), 2)).decode()


def d_tabcells(before, run):
    return "".join(run.split("\t"))


def d_xlcol(before, run):
    out = []
    for w in run.split(" "):
        n = 0
        for ch in w:
            n = n * 26 + (ord(ch) - 64)
        out.append(chr(n))
    return "".join(out)


def d_roman(before, run):
    val = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    out = []
    for w in run.split(" "):
        n = 0
        for i, ch in enumerate(w):
            v = val[ch]
            n += -v if i + 1 < len(w) and val[w[i + 1]] > v else v
        out.append(chr(n))
    return "".join(out)


def d_uesc(before, run):
    return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", run))


def d_fullw(before, run):
    return "".join(chr(ord(c) - 0xFEE0) for c in run)


def d_spoken(before, run):
    out = []
    for item in run.split(", "):
        n = 0
        toks = item.split(" ")
        if len(toks) >= 2 and toks[1] == "hundred":
            n += 100 * _NUM[toks[0]]; toks = toks[2:]
        for t in toks:
            for part in t.split("-"):
                n += _NUM[part]
        out.append(chr(n))
    return "".join(out)


def d_isots(before, run):
    m = re.findall(r"seconds after (\d{4}-\d\d-\d\d)T(\d\d):00:00Z", before)
    day, hh = m[-1]
    out = []
    for ts in run.split(" "):
        mm = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)Z", ts)
        assert mm.group(1) == day
        out.append(chr((int(mm.group(2)) - int(hh)) * 3600 + int(mm.group(3)) * 60 + int(mm.group(4))))
    return "".join(out)


DEC = {
 "ascii85_adobe_delimited": d_a85, "gzip_then_base64": d_gzb64, "spreadsheet_char_formula_concat": d_xlchar,
 "postgres_chr_concat_expression": d_chr, "mysql_x_hex_literal": d_xhex, "csv_single_column_codes": d_csvcol,
 "json_integer_array_codes": d_jsonarr, "pandas_series_repr_codes": d_pandas, "binary_octets_spaced": d_bin,
 "octal_backslash_escapes": d_oct, "html_decimal_entities": d_html, "percent_encoding_every_byte": d_pct,
 "rot47_printable_ascii": d_rot47, "nato_phonetic_spelling": d_nato, "xxd_plain_hex_dump": d_xxd,
 "tab_separated_one_char_cells": d_tabcells, "spreadsheet_column_letter_codes": d_xlcol,
 "roman_numeral_codes": d_roman, "json_unicode_escapes": d_uesc, "fullwidth_ascii_forms": d_fullw,
 "spoken_english_code_numbers": d_spoken, "iso_timestamp_second_offsets": d_isots,
}
