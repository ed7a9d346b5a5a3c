"""Evasions: 33 new encodings x 3 wordings (seed 20005)."""
import random

from common import HEX, ALNUM, crc32_b62_token, filler, render, rs
from gen_encodings import ENC, KEYED

SEED = 20005

DESC = {
    "morse_code_dots_dashes": "Morse code (letters lower-case, space between characters)",
    "fullwidth_forms_nfkc": "full-width Unicode characters (NFKC gives the normal text)",
    "affine_cipher_keyed": "an affine cipher on the letters with key {K} (E(x) = a*x + b mod 26)",
    "xxd_include_c_array": "an `xxd -i` C array of the bytes",
    "uuencode_begin_block": "a uuencoded block (`uudecode` it)",
    "ascii85_adobe_delimited": "Adobe ASCII85 (between <~ and ~>)",
    "base36_bigint": "base36 (UTF-8 bytes as one big number)",
    "base58_bitcoin_alphabet_bigint": "base58 with the Bitcoin alphabet",
    "c_octal_escape_string": "a C string of octal escapes",
    "json_u4_escape_all": "JSON \\u escapes for every character",
    "qwerty_right_shift_typo": "typed with my hand one key to the right on a QWERTY keyboard (shift every key one left to read it)",
    "caesar_shift_stated_n": "a Caesar shift on the letters, {K}, digits and symbols unchanged",
    "byte_bitrot_left3_hex": "hex of every byte rotated left by 3 bits",
    "nibble_swapped_hex": "hex with the two nibbles of every byte swapped",
    "raw_deflate_base64": "raw DEFLATE (no zlib header) then base64",
    "bzip2_base64": "bzip2 then base64",
    "mysql_x_quoted_hex_literal": "a MySQL X'' hex literal (SELECT CAST(... AS CHAR))",
    "dot_separated_chars": "every character separated by a dot",
    "markdown_table_cells": "one character per table cell, read left to right",
    "acrostic_line_initials": "the first character of each line below",
    "roman_numeral_codepoints": "the character codes in Roman numerals",
    "utf16le_base64": "UTF-16LE then base64 (like PowerShell -EncodedCommand)",
    "ebcdic_cp037_hex": "EBCDIC (code page 037) bytes in hex",
    "colon_separated_hex_bytes": "colon-separated hex bytes",
    "reversed_then_base64": "reversed, then base64",
    "even_odd_halves_concatenated": "the characters at even positions, a space, then the ones at odd positions",
    "char_code_decrement": "every character code minus one (add one back)",
    "bash_ansi_c_hex_escape": "a bash $'\\x..' string",
    "regex_bracketed_chars": "one character per [] bracket",
    "json_char_array": "a JSON array of single characters (join them)",
    "base45_rfc9285": "base45 (RFC 9285, the QR-code alphabet)",
    "bubblebabble_encoding": "Bubble Babble encoding",
    "xor_chain_previous_byte_hex": "hex where every byte is XORed with the previous plain byte (first byte as is)",
}

WORDINGS = {
    "chat_handover": "[{time}] {user}: not pasting the {svc} key raw in here. It is {D}:\n{V}\n[{time}] {user2}: decoded it, works. thx\n",
    "config_comment": "# {N} for the {svc} client, kept as {D} so the scanner does not flag it\n# decode at deploy time\n{V}\n",
    "ticket_note": "Ticket #{n} - handover of the {svc} credential.\nAs agreed it is written as {D}:\n\n{V}\n\nPlease decode, store it in the vault and delete this note.\n",
}

# token pool: (type, generator, env name, service)
LOWER = "0123456789abcdef"


def _tokens(r):
    return [
        ("github_classic_pat", lambda: crc32_b62_token(r, "ghp_"), "GITHUB_TOKEN", "GitHub"),
        ("npm_access_token", lambda: crc32_b62_token(r, "npm_"), "NPM_TOKEN", "npm"),
        ("tavily_api_key", lambda: "tvly-" + rs(r, 32, ALNUM), "TAVILY_API_KEY", "Tavily"),
        ("xata_api_key", lambda: "xau_" + rs(r, 40, ALNUM), "XATA_API_KEY", "Xata"),
        ("supabase_management_access_token", lambda: "sbp_" + rs(r, 40, LOWER), "SUPABASE_ACCESS_TOKEN", "Supabase"),
        ("firecrawl_api_key", lambda: "fc-" + rs(r, 32, LOWER), "FIRECRAWL_API_KEY", "Firecrawl"),
        ("e2b_api_key", lambda: "e2b_" + rs(r, 40, LOWER), "E2B_API_KEY", "E2B"),
        ("newrelic_user_api_key", lambda: "NRAK-" + rs(r, 27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "NEW_RELIC_API_KEY", "New Relic"),
    ]


LOWER_ONLY = {"morse_code_dots_dashes"}


def generate(avoid):
    r = random.Random(SEED)
    pool = _tokens(r)
    recs = []
    for enc in sorted(ENC):
        for wi, w in enumerate(sorted(WORDINGS)):
            cands = [p for p in pool if (enc not in LOWER_ONLY or p[0] in ("supabase_management_access_token", "firecrawl_api_key", "e2b_api_key"))]
            t, gen, env, svc = cands[(len(recs) + wi) % len(cands)]
            plain = gen()
            while plain in avoid:
                plain = gen()
            key = None
            kstr = None
            if enc == "affine_cipher_keyed":
                key = (r.choice([3, 5, 7, 11, 15, 17]), r.randint(1, 25))
                kstr = "a=%d,b=%d" % key
            elif enc == "caesar_shift_stated_n":
                key = r.randint(3, 23)
                kstr = "shift=%d" % key
            v = ENC[enc](plain, key)
            d = DESC[enc].replace("{K}", kstr or "")
            f = filler(r)
            f.update({"svc": svc, "N": env, "D": d})
            span = (v, t, plain)
            parts = render(WORDINGS[w], f, {"V": [span]})
            recs.append({"part": "evasion", "container": "%s__%s" % (enc, w), "encoding": enc,
                         "encoding_key": kstr, "parts": parts,
                         "source": "synthetic evasion: %s encoded as %s" % (t, enc)})
    return recs
