"""Encoders for the 22 p92 evasions (name -> (rule text, function))."""
import base64, string

NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SYM = {"-": "dash", "_": "underscore", ".": "dot"}
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B36 = string.digits + string.ascii_lowercase
BASIC_USER = "contract-bot"


def _nato(s):
    out = []
    for c in s:
        if c.isalpha():
            w = NATO[ord(c.lower()) - 97]
            out.append(w.upper() if c.isupper() else w)
        elif c.isdigit():
            out.append(DIG[int(c)])
        else:
            out.append(SYM[c])
    return " ".join(out)


def _shift(s, k):
    o = []
    for c in s:
        if "a" <= c <= "z":
            o.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            o.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.isdigit():
            o.append(str((int(c) + k) % 10))
        else:
            o.append(c)
    return "".join(o)


def _rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in s)


def _affine(s):
    o = []
    for c in s:
        if c.isalpha():
            base = 97 if c.islower() else 65
            o.append(chr(((ord(c) - base) * 5 + 8) % 26 + base))
        else:
            o.append(c)
    return "".join(o)


def _bigint(s, alpha):
    n = int.from_bytes(s.encode(), "big")
    o = ""
    while n:
        n, r = divmod(n, len(alpha))
        o = alpha[r] + o
    return o


def _z85(s):
    b = s.encode()
    if len(b) % 4:
        raise ValueError("z85 needs a multiple of 4 bytes")
    o = ""
    for i in range(0, len(b), 4):
        n = int.from_bytes(b[i:i + 4], "big")
        chunk = ""
        for _ in range(5):
            n, r = divmod(n, 85)
            chunk = Z85[r] + chunk
        o += chunk
    return o


def _uu(s):
    b = s.encode()
    if len(b) > 45:
        raise ValueError("one uuencoded line holds at most 45 bytes")
    return base64.b64encode(b).decode() and __import__("binascii").b2a_uu(b, backtick=True).decode().rstrip("\n")


ENC = {
 "c_octal_backslash_escapes": ("as C string octal escapes, one \\NNN per UTF-8 byte", lambda s: "".join("\\%03o" % b for b in s.encode())),
 "html_decimal_character_references": ("as HTML decimal character references (&#NNN; per character)", lambda s: "".join("&#%d;" % ord(c) for c in s)),
 "html_hex_character_references": ("as HTML hexadecimal character references (&#xHH; per character)", lambda s: "".join("&#x%x;" % ord(c) for c in s)),
 "json_backslash_u_escapes": ("as JSON \\uXXXX escapes, one per character", lambda s: "".join("\\u%04x" % ord(c) for c in s)),
 "css_six_digit_hex_escapes": ("as CSS escapes with six hex digits each (\\0000HH per character)", lambda s: "".join("\\%06x" % ord(c) for c in s)),
 "binary_octets_space_separated": ("as binary: every UTF-8 byte as eight bits, space-separated", lambda s: " ".join(format(b, "08b") for b in s.encode())),
 "nato_phonetic_spelling": ("spelled in the NATO alphabet (UPPER-CASE word = capital letter, lower-case word = small letter; digits as English words; dash, underscore, dot spelled out)", _nato),
 "rot47_printable_ascii": ("ROT47-rotated (every printable ASCII character ! to ~ moved 47 places, wrapping)", _rot47),
 "caesar_five_letters_and_digits": ("Caesar-shifted by five (a->f, z->e, case kept; digit d -> d+5 mod 10; - _ . unchanged)", lambda s: _shift(s, 5)),
 "characters_in_reverse_order": ("written backwards (last character first)", lambda s: s[::-1]),
 "base64url_unpadded_rfc4648": ("in base64url without padding (RFC 4648 section 5, - and _ for + and /)", lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")),
 "uuencode_single_data_line": ("as one uuencoded data line (first character = byte count + 32, then 4 characters per 3 bytes, ` for zero)", _uu),
 "base36_big_integer": ("as a base-36 number (0-9a-z) of the UTF-8 bytes read as one big-endian integer", lambda s: _bigint(s, B36)),
 "base62_big_integer": ("as a base-62 number (0-9A-Za-z) of the UTF-8 bytes read as one big-endian integer", lambda s: _bigint(s, B62)),
 "z85_zeromq_rfc32": ("in Z85 (ZeroMQ RFC 32: 4 bytes -> 5 characters of 0-9a-zA-Z.-:+=^!/*?&<>()[]{}@%$#)", _z85),
 "js_string_fromcharcode_call": ("as a JavaScript String.fromCharCode(...) call of decimal code points", lambda s: "String.fromCharCode(" + ",".join(str(ord(c)) for c in s) + ")"),
 "powershell_char_array_join": ("as a PowerShell -join [char[]](...) expression of decimal codes", lambda s: "(-join [char[]](" + ",".join(str(ord(c)) for c in s) + "))"),
 "mysql_unhex_function_call": ("as a MySQL UNHEX('...') call of the upper-case hex of its bytes", lambda s: "UNHEX('" + s.encode().hex().upper() + "')"),
 "spreadsheet_char_ampersand_formula": ("as a spreadsheet formula joining CHAR(n) with &", lambda s: "=" + "&".join("CHAR(%d)" % ord(c) for c in s)),
 "rfc4648_base32_lowercase_unpadded": ("in RFC 4648 Base32, lower-case, padding removed (alphabet a-z2-7)", lambda s: base64.b32encode(s.encode()).decode().lower().rstrip("=")),
 "affine_cipher_five_eight": ("affine-enciphered on letters (x -> 5x+8 mod 26 with a=0, case kept; digits and - _ . unchanged)", _affine),
 "http_basic_header_credential_blob": ("as an HTTP Basic credential: Base64 of " + BASIC_USER + ":<password>, the password is what follows the first colon", lambda s: base64.b64encode((BASIC_USER + ":" + s).encode()).decode()),
}
