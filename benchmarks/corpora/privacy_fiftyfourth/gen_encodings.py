"""Encoders (22). Each returns (naming phrase, encoded run, multiline flag). rng gives per-record parameters."""
import base64, gzip, binascii, datetime

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = DIGITS + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n):
    out = []
    if n >= 100:
        out.append(ONES[n // 100] + " hundred"); n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")); n = 0
    elif n or not out:
        out.append(ONES[n])
    return " ".join(out)


def _roman(n):
    vals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, r in vals:
        while n >= v:
            s += r; n -= v
    return s


def _col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def e_a85(p, rng):
    return ("in Ascii85 (Adobe variant, between <~ and ~>)", base64.a85encode(p.encode(), adobe=True).decode(), False)

def e_gzb64(p, rng):
    return ("gzip-compressed and then Base64-encoded (base64 -d | gunzip)", base64.b64encode(gzip.compress(p.encode(), mtime=0)).decode(), False)

def e_xlchar(p, rng):
    return ("as a spreadsheet formula built from CHAR() codes (paste it into a cell)", "=" + "&".join("CHAR(%d)" % ord(c) for c in p), False)

def e_chr(p, rng):
    return ("as a Postgres chr() concatenation (run the SELECT to see it)", "||".join("chr(%d)" % ord(c) for c in p), False)

def e_xhex(p, rng):
    return ("as a MySQL hexadecimal literal X'...' (SELECT CAST(... AS CHAR))", "X'" + binascii.hexlify(p.encode()).decode().upper() + "'", False)

def e_csvcol(p, rng):
    return ("as a one-column CSV of character codes (header code, one code per row, top to bottom)", "code\n" + "\n".join(str(ord(c)) for c in p), True)

def e_jsonarr(p, rng):
    return ("as a JSON array of character codes", "[" + ", ".join(str(ord(c)) for c in p) + "]", False)

def e_pandas(p, rng):
    w = len(str(len(p) - 1))
    rows = ["%-*d    %d" % (w, i, ord(c)) for i, c in enumerate(p)]
    return ("as a pandas Series of character codes (apply chr to the values and join)", "\n".join(rows) + "\ndtype: int64", True)

def e_bin(p, rng):
    return ("as 8-bit binary octets separated by spaces", " ".join(format(b, "08b") for b in p.encode()), False)

def e_oct(p, rng):
    return ("as backslash octal escapes (one \\NNN per byte)", "".join("\\%03o" % b for b in p.encode()), False)

def e_html(p, rng):
    return ("as HTML decimal character entities", "".join("&#%d;" % ord(c) for c in p), False)

def e_pct(p, rng):
    return ("percent-encoded, every byte as %XX (URL-decode it)", "".join("%%%02X" % b for b in p.encode()), False)

def e_rot47(p, rng):
    return ("in ROT47 (rotate every printable ASCII character by 47)", "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in p), False)

def e_nato(p, rng):
    out = []
    for c in p:
        if c.isdigit():
            out.append(DIGITS[int(c)])
        elif c == "-":
            out.append("dash")
        elif c == "_":
            out.append("underscore")
        elif c.isupper():
            out.append("capital " + NATO[ord(c) - 65])
        else:
            out.append(NATO[ord(c) - 97])
    return ("spelled in the NATO phonetic alphabet (small letters unless I say capital, digits as words, comma between characters)", ", ".join(out), False)

def e_xxd(p, rng):
    h = binascii.hexlify(p.encode()).decode()
    return ("as an xxd -p plain hex dump (xxd -r -p to get it back)", "\n".join(h[i:i + 60] for i in range(0, len(h), 60)), True)

def e_tabcells(p, rng):
    return ("copied from a spreadsheet row with one character per cell (tab-separated cells, join them left to right)", "\t".join(p), False)

def e_xlcol(p, rng):
    return ("as spreadsheet column letters (A=1 ... Z=26, AA=27 ...; each column number is a character code, space-separated)", " ".join(_col(ord(c)) for c in p), False)

def e_roman(p, rng):
    return ("as Roman numerals (each numeral is a character code, space-separated)", " ".join(_roman(ord(c)) for c in p), False)

def e_uesc(p, rng):
    return ("as JSON \\u escapes (four hex digits per character)", "".join("\\u%04x" % ord(c) for c in p), False)

def e_fullw(p, rng):
    return ("in full-width characters (Unicode halfwidth and fullwidth forms; convert to normal width)", "".join(chr(ord(c) + 0xFEE0) for c in p), False)

def e_spoken(p, rng):
    return ("read out as character code numbers in English words (comma between codes)", ", ".join(_words(ord(c)) for c in p), False)

def e_isots(p, rng):
    h = rng.randint(6, 20)
    base = datetime.datetime(2025, 3, rng.randint(1, 28), h, 0, 0)
    day = base.strftime("%Y-%m-%d")
    run = " ".join((base + datetime.timedelta(seconds=ord(c))).strftime("%Y-%m-%dT%H:%M:%SZ") for c in p)
    return ("as a column of event timestamps (seconds after %sT%02d:00:00Z of each timestamp are the character codes)" % (day, h), run, False)


ENC = {
 "ascii85_adobe_delimited": e_a85, "gzip_then_base64": e_gzb64, "spreadsheet_char_formula_concat": e_xlchar,
 "postgres_chr_concat_expression": e_chr, "mysql_x_hex_literal": e_xhex, "csv_single_column_codes": e_csvcol,
 "json_integer_array_codes": e_jsonarr, "pandas_series_repr_codes": e_pandas, "binary_octets_spaced": e_bin,
 "octal_backslash_escapes": e_oct, "html_decimal_entities": e_html, "percent_encoding_every_byte": e_pct,
 "rot47_printable_ascii": e_rot47, "nato_phonetic_spelling": e_nato, "xxd_plain_hex_dump": e_xxd,
 "tab_separated_one_char_cells": e_tabcells, "spreadsheet_column_letter_codes": e_xlcol,
 "roman_numeral_codes": e_roman, "json_unicode_escapes": e_uesc, "fullwidth_ascii_forms": e_fullw,
 "spoken_english_code_numbers": e_spoken, "iso_timestamp_second_offsets": e_isots,
}
