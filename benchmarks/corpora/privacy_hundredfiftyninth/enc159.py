"""Encoders for the 22 evasion notations (name -> (rule text, function))."""
import base64

MORSE = {'a': '.-', 'b': '-...', 'c': '-.-.', 'd': '-..', 'e': '.', 'f': '..-.', 'g': '--.', 'h': '....', 'i': '..',
 'j': '.---', 'k': '-.-', 'l': '.-..', 'm': '--', 'n': '-.', 'o': '---', 'p': '.--.', 'q': '--.-', 'r': '.-.', 's': '...',
 't': '-', 'u': '..-', 'v': '...-', 'w': '.--', 'x': '-..-', 'y': '-.--', 'z': '--..', '0': '-----', '1': '.----',
 '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
 '.': '.-.-.-', '-': '-....-', '_': '..--.-'}
HOMO = {'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е',
        'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х'}
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

def octal(s): return "".join("\\%03o" % b for b in s.encode())
def uu(s):
    b = s.encode(); out = chr(32 + len(b))
    for i in range(0, len(b), 3):
        c = b[i:i + 3] + b"\0\0"
        n = (c[0] << 16) | (c[1] << 8) | c[2]
        for sh in (18, 12, 6, 0):
            v = (n >> sh) & 63
            out += "`" if v == 0 else chr(32 + v)
    return out
def rot47(s): return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)
def shutter(s): return ", ".join("1/%ds" % ord(c) for c in s)
def kelvin(s): return " ".join("%dK" % (ord(c) * 50) for c in s)
def contact(s): return "; ".join("roll %d frame %d" % divmod(ord(c), 36) for c in s)
def fullwidth(s): return "".join(chr(ord(c) + 0xFEE0) if 33 <= ord(c) <= 126 else c for c in s)
def sansbold(s):
    o = ""
    for c in s:
        if 'A' <= c <= 'Z': o += chr(0x1D5D4 + ord(c) - 65)
        elif 'a' <= c <= 'z': o += chr(0x1D5EE + ord(c) - 97)
        elif '0' <= c <= '9': o += chr(0x1D7EC + ord(c) - 48)
        else: o += c
    return o
def htmldec(s): return "".join("&#%d;" % ord(c) for c in s)
def jsonu(s): return "".join("\\u%04x" % ord(c) for c in s)
def binoct(s): return " ".join(format(b, "08b") for b in s.encode())
def morse(s):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in s)
def decoy(s): return "".join(c + "~" for c in s)
def halves(s):
    m = len(s) // 2; return s[m:] + s[:m]
def utf16b64(s): return base64.b64encode(s.encode("utf-16-le")).decode()
def nibble(s): return " ".join("%x%x" % (b & 15, b >> 4) for b in s.encode())
def oddeven(s): return s[0::2] + s[1::2]
def a1z26(s):
    o = []
    for c in s:
        if c.isalpha(): o.append(("^" if c.isupper() else "") + str(ord(c.lower()) - 96))
        elif c.isdigit(): o.append("#" + c)
        else: o.append(c)
    return "-".join(o) if False else " ".join(o)
def zwj(s): return "\u200d".join(s)
def homoglyph(s): return "".join(HOMO.get(c, c) for c in s)
def base45(s):
    b = s.encode(); o = ""
    for i in range(0, len(b) - 1, 2):
        n = b[i] * 256 + b[i + 1]
        e, n = n // 2025, n % 2025
        d, c = n // 45, n % 45
        o += B45[c] + B45[d] + B45[e]
    if len(b) % 2:
        n = b[-1]; o += B45[n % 45] + B45[n // 45]
    return o
def caesar(s):
    o = ""
    for c in s:
        if c.islower(): o += chr(97 + (ord(c) - 97 + 3) % 26)
        elif c.isupper(): o += chr(65 + (ord(c) - 65 + 3) % 26)
        elif c.isdigit(): o += str((int(c) + 5) % 10)
        else: o += c
    return o

E = {
 "octal_backslash_byte_escapes": ("as C octal escapes, one backslash and three octal digits per UTF-8 byte", octal),
 "uuencode_single_line": ("as one uuencoded line (first character is 32 plus the byte count, then four characters per three bytes, each 32 plus six bits, a backtick for zero)", uu),
 "rot47_printable_shift": ("in ROT47 (every printable ASCII character from ! to ~ moved 47 places round that 94-character range)", rot47),
 "shutter_speed_fraction_code_points": ("as a list of shutter speeds 1/Ns, one per character, where N is the character's code point", shutter),
 "white_balance_kelvin_times_fifty": ("as white-balance settings in kelvin, one per character, each fifty times the code point", kelvin),
 "contact_sheet_roll_and_frame": ("as contact-sheet references 'roll R frame F', one per character, where 36 times R plus F is the code point", contact),
 "fullwidth_latin_forms": ("in full-width forms (each ASCII character from ! to ~ shifted up by 0xFEE0)", fullwidth),
 "math_sans_serif_bold_alphanumerics": ("in mathematical sans-serif bold letters and digits (U+1D5D4 for A, U+1D5EE for a, U+1D7EC for 0); - _ . unchanged", sansbold),
 "html_decimal_character_references": ("as HTML decimal character references &#N; (N is the code point)", htmldec),
 "json_backslash_u_four_hex": ("as JSON \\u escapes, four lower-case hex digits per character", jsonu),
 "binary_octets_space_separated": ("as eight-bit binary octets of the UTF-8 bytes, separated by spaces", binoct),
 "morse_with_caret_capitals": ("in Morse code, letters separated by spaces, ^ before a capital letter (.-.-.- is a dot, -....- a hyphen, ..--.- an underscore)", morse),
 "tilde_decoy_after_each_char": ("with a ~ added after every real character (drop every second character)", decoy),
 "halves_swapped_at_midpoint": ("with its two halves swapped: the second half (from position floor(n/2)) comes first", halves),
 "utf16le_then_base64": ("as Base64 of its UTF-16 little-endian bytes", utf16b64),
 "nibble_swapped_byte_hex": ("as hex bytes with the two nibbles of every byte swapped (low nibble first), separated by spaces", nibble),
 "odd_positions_then_even_positions": ("with the characters at positions 1, 3, 5, ... first and then those at positions 2, 4, 6, ... (counting from 1)", oddeven),
 "a1z26_with_hash_digits": ("as letter numbers a=1 ... z=26 (^ before a capital), #d for a digit d, - _ . as themselves, separated by spaces", a1z26),
 "zero_width_joiner_between_chars": ("with an invisible zero-width joiner (U+200D) between every two characters", zwj),
 "cyrillic_lookalike_letters": ("with Latin letters a c e o p x y A B C E H K M O P T X replaced by their Cyrillic look-alikes", homoglyph),
 "base45_qr_alphabet": ("in Base45 (RFC 9285, the QR alphanumeric alphabet 0-9 A-Z space $ % * + - . / :) of the UTF-8 bytes", base45),
 "caesar_letters_three_digits_five": ("with a Caesar shift: letters moved 3 forward (case kept), digits 5 forward mod 10, - _ . unchanged", caesar),
}
