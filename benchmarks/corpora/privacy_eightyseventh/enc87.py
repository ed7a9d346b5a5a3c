"""Encoders for p87 evasions (use library routines where they exist)."""
import base64, binascii

def base32_standard_padded(p): return base64.b32encode(p.encode()).decode()
def uuencode_begin_block(p):
    return "begin 644 secret.txt\n" + binascii.b2a_uu(p.encode(), backtick=True).decode().rstrip("\n") + "\n`\nend"
def _bigint(p, alpha):
    n = int.from_bytes(p.encode(), "big"); s = ""
    while n:
        n, r = divmod(n, len(alpha)); s = alpha[r] + s
    return s
def base36_big_integer(p): return _bigint(p, "0123456789abcdefghijklmnopqrstuvwxyz")
def base62_big_integer(p): return _bigint(p, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz0123456789-_.",
 ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-".split()))
def morse_international_lowercase(p): return " ".join(MORSE[c] for c in p)
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
NATO.update(dict(zip("0123456789-_.", "zero one two three four five six seven eight nine dash underscore dot".split())))
def nato_phonetic_spelling(p):
    return " ".join(("CAPITAL-" + NATO[c.lower()]) if c.isupper() else NATO[c] for c in p)
def rot47_printable_rotation(p): return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)
def caesar_shift_three_letters(p):
    o = []
    for c in p:
        if c.islower(): o.append(chr((ord(c) - 97 + 3) % 26 + 97))
        elif c.isupper(): o.append(chr((ord(c) - 65 + 3) % 26 + 65))
        else: o.append(c)
    return "".join(o)
def whole_string_reversed(p): return p[::-1]
def html_decimal_char_refs(p): return "".join("&#%d;" % ord(c) for c in p)
def html_hex_char_refs(p): return "".join("&#x%x;" % ord(c) for c in p)
def css_six_digit_hex_escapes(p): return "".join("\\%06x" % ord(c) for c in p)
def printf_octal_escape_string(p): return "printf '" + "".join("\\%03o" % ord(c) for c in p) + "'"
def json_backslash_u_four_hex(p): return '"' + "".join("\\u%04x" % ord(c) for c in p) + '"'
def powershell_char_array_join(p): return "-join [char[]](" + ",".join(str(ord(c)) for c in p) + ")"
def lua_string_char_call(p): return "string.char(" + ", ".join(str(ord(c)) for c in p) + ")"
def emacs_lisp_char_literals(p): return "(string " + " ".join("?" + c for c in p) + ")"
def xxd_plain_hex_dump(p):
    h = p.encode().hex()
    return "\n".join(h[i:i + 30] for i in range(0, len(h), 30))
def xor_5a_hex_bytes(p): return " ".join("%02x" % (b ^ 0x5A) for b in p.encode())
def braille_pattern_bytes(p): return "".join(chr(0x2800 + b) for b in p.encode())
def enclosed_circled_alphanumerics(p):
    o = []
    for c in p:
        if "a" <= c <= "z": o.append(chr(0x24D0 + ord(c) - 97))
        elif "A" <= c <= "Z": o.append(chr(0x24B6 + ord(c) - 65))
        elif c == "0": o.append("\u24ea")
        elif "1" <= c <= "9": o.append(chr(0x2460 + ord(c) - 49))
        else: o.append(c)
    return "".join(o)
def tilde_interleaved_fillers(p): return "~".join(p)

RULES = {
 "base32_standard_padded": "in standard Base32 (RFC 4648 alphabet A-Z 2-7, with = padding)",
 "uuencode_begin_block": "as a uuencoded block (begin 644 ... end, one data line)",
 "base36_big_integer": "as one Base36 number (digits 0-9a-z; the UTF-8 bytes read as a big-endian integer)",
 "base62_big_integer": "as one Base62 number (digits 0-9A-Za-z; the UTF-8 bytes read as a big-endian integer)",
 "morse_international_lowercase": "in international Morse code, letters are lower case, one space between characters (-....- is a dash, ..--.- an underscore, .-.-.- a dot)",
 "nato_phonetic_spelling": "spelled with the NATO alphabet, lower case unless the word is prefixed CAPITAL-, digits and dash/underscore/dot as words",
 "rot47_printable_rotation": "in ROT47 (printable ASCII 33-126 rotated by 47)",
 "caesar_shift_three_letters": "Caesar-shifted by three (letters only, a->d, case kept; digits and - _ . unchanged)",
 "whole_string_reversed": "written backwards (read it from right to left)",
 "html_decimal_char_refs": "as HTML decimal character references (&#NN;)",
 "html_hex_char_refs": "as HTML hexadecimal character references (&#xNN;)",
 "css_six_digit_hex_escapes": "as CSS escapes (a backslash and six hex digits per character)",
 "printf_octal_escape_string": "as a printf format of three-digit octal escapes",
 "json_backslash_u_four_hex": "as a JSON string of \\u escapes (four hex digits per character)",
 "powershell_char_array_join": "as a PowerShell -join over a [char[]] cast of decimal codes",
 "lua_string_char_call": "as a Lua string.char() call of decimal byte values",
 "emacs_lisp_char_literals": "as an Emacs Lisp (string ...) call of ?c character literals",
 "xxd_plain_hex_dump": "as an xxd -p plain hex dump (lower-case hex, 30 digits per line)",
 "xor_5a_hex_bytes": "with every byte XORed with 0x5a, written as space-separated hex",
 "braille_pattern_bytes": "as Unicode Braille patterns, one per byte (code point minus U+2800 is the byte)",
 "enclosed_circled_alphanumerics": "in circled letters and digits (U+24B6/U+24D0 letters, U+2460 digits, U+24EA zero; - _ . unchanged)",
 "tilde_interleaved_fillers": "with a ~ between every two characters (drop the tildes)",
}
ENC = {k: globals()[k] for k in RULES}
LOWER_ONLY = {"morse_international_lowercase"}
