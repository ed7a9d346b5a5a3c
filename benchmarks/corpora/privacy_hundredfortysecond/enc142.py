"""Encoders for the 22 p142 evasion notations. Plains use [A-Za-z0-9_.-]."""
import base64

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}
GRID = "abcdefghijklmnopqrstuvwxyz0123456789"
KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "X": "\u0425", "B": "\u0412",
       "H": "\u041d", "K": "\u041a", "M": "\u041c", "T": "\u0422"}


def rail3(p):
    rails = [[], [], []]
    pat = [0, 1, 2, 1]
    for i, ch in enumerate(p):
        rails[pat[i % 4]].append(ch)
    return "".join("".join(r) for r in rails)


def shift(ch, k):
    if ch.islower(): return chr((ord(ch) - 97 + k) % 26 + 97)
    if ch.isupper(): return chr((ord(ch) - 65 + k) % 26 + 65)
    if ch.isdigit(): return chr((ord(ch) - 48 + k) % 10 + 48)
    return ch


def beaufort(p, key="nozzle"):
    out, j = [], 0
    for ch in p:
        if ch.isalpha():
            k = ord(key[j % len(key)]) - 97; j += 1
            base = 97 if ch.islower() else 65
            out.append(chr((k - (ord(ch) - base)) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def multitap(ch):
    if ch.isdigit(): return "#" + ch
    if ch in "-_.": return ch
    for k, letters in KEYPAD.items():
        if ch.lower() in letters:
            s = k * (letters.index(ch.lower()) + 1)
            return ("^" + s) if ch.isupper() else s
    raise ValueError(ch)


def polybius(ch):
    if ch in "-_.": return ch
    i = GRID.index(ch.lower())
    s = "%d%d" % (i // 6 + 1, i % 6 + 1)
    return ("^" + s) if ch.isupper() else s


def circled(ch):
    if "A" <= ch <= "Z": return chr(0x24B6 + ord(ch) - 65)
    if "a" <= ch <= "z": return chr(0x24D0 + ord(ch) - 97)
    if ch == "0": return "\u24EA"
    if "1" <= ch <= "9": return chr(0x2460 + ord(ch) - 49)
    return ch


def E(enc, p):
    b = p.encode()
    if enc == "rail_fence_three_rails_zigzag": return rail3(p)
    if enc == "caesar_plus_five_letters_and_digits": return "".join(shift(c, 5) for c in p)
    if enc == "beaufort_keyword_nozzle": return beaufort(p)
    if enc == "morse_code_caret_capitals": return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p)
    if enc == "eight_bit_binary_bytes": return " ".join(format(x, "08b") for x in b)
    if enc == "javascript_backslash_u_escapes": return "".join("\\u%04x" % ord(c) for c in p)
    if enc == "python_backslash_x_escapes": return "".join("\\x%02x" % x for x in b)
    if enc == "nibble_swapped_hex_bytes": return " ".join("%x%x" % (x & 15, x >> 4) for x in b)
    if enc == "xor_0x5a_hex_stream": return "".join("%02x" % (x ^ 0x5A) for x in b)
    if enc == "polybius_six_square_caret_capitals": return " ".join(polybius(c) for c in p)
    if enc == "phone_keypad_multitap": return " ".join(multitap(c) for c in p)
    if enc == "odd_then_even_positions_slash": return p[0::2] + "/" + p[1::2]
    if enc == "every_character_doubled": return "".join(c * 2 for c in p)
    if enc == "enclosed_circled_alphanumerics": return "".join(circled(c) for c in p)
    if enc == "invisible_unicode_tag_characters": return "".join(chr(0xE0000 + ord(c)) for c in p)
    if enc == "cyrillic_homoglyph_swap": return "".join(CYR.get(c, c) for c in p)
    if enc == "unicode_u_plus_code_points": return " ".join("U+%04X" % ord(c) for c in p)
    if enc == "base64_standard_padded": return base64.b64encode(b).decode()
    if enc == "js_string_concat_quartets": return " + ".join('"%s"' % p[i:i + 4] for i in range(0, len(p), 4))
    if enc == "pump_totaliser_litres_offset": return " | ".join("%d.0 L" % (5000 + ord(c)) for c in p)
    if enc == "wash_ticket_numbers_affine": return " ".join(str(3 * ord(c) + 7) for c in p)
    if enc == "fuel_price_tenths_of_cent": return "; ".join("%d.%d" % divmod(1000 + ord(c), 10) for c in p)
    raise KeyError(enc)


RULES = {
    "rail_fence_three_rails_zigzag": "as a rail fence with three rails (characters written in a zigzag down and up across rails 1-2-3-2-1..., then rail 1, rail 2 and rail 3 read out one after another)",
    "caesar_plus_five_letters_and_digits": "with every letter moved 5 places forward in the alphabet (case kept, z wraps to e) and every digit d written as (d+5) mod 10; - _ . unchanged",
    "beaufort_keyword_nozzle": "in a Beaufort cipher with the keyword nozzle (cipher letter = key letter minus plain letter mod 26, case kept, only letters use up key letters; digits and - _ . unchanged)",
    "morse_code_caret_capitals": "in Morse code, one group per character separated by spaces, ^ before the group of a capital letter, -....- for dash, ..--.- for underscore, .-.-.- for dot",
    "eight_bit_binary_bytes": "as 8-bit binary, one group per UTF-8 byte, space-separated",
    "javascript_backslash_u_escapes": "as JavaScript \\uXXXX escapes, four lower-case hex digits per character",
    "python_backslash_x_escapes": "as Python \\xHH byte escapes, one per UTF-8 byte",
    "nibble_swapped_hex_bytes": "as hex bytes with the two hex digits of each byte swapped (low digit first), space-separated",
    "xor_0x5a_hex_stream": "as each UTF-8 byte XORed with 0x5A, written as two lower-case hex digits, no separators",
    "polybius_six_square_caret_capitals": "on a 6x6 Polybius square (rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789, row digit then column digit), ^ before a capital, - _ . as themselves, space-separated",
    "phone_keypad_multitap": "as phone-keypad multi-tap presses (a=2, b=22, c=222 ... s=7777, z=9999), ^ before a capital, # before a digit, - _ . as themselves, space-separated",
    "odd_then_even_positions_slash": "as the characters in positions 1, 3, 5 ... then a slash, then the characters in positions 2, 4, 6 ...",
    "every_character_doubled": "with every character typed twice; keep every second one",
    "enclosed_circled_alphanumerics": "in circled Unicode letters and digits (\u24b6 for A, \u24d0 for a, \u24ea for 0, \u2460 for 1); - _ . unchanged",
    "invisible_unicode_tag_characters": "in invisible Unicode tag characters (each character c written as U+E0000 plus the code of c)",
    "cyrillic_homoglyph_swap": "with Latin letters that have a Cyrillic twin (a e o p c x y and A E O P C X B H K M T) replaced by the Cyrillic letter; map them back",
    "unicode_u_plus_code_points": "as U+ hexadecimal code points, one per character, space-separated",
    "base64_standard_padded": "in standard Base64 (A-Z a-z 0-9 + /, = padding) of the UTF-8 bytes",
    "js_string_concat_quartets": "as a JavaScript concatenation of quoted pieces of four characters (the last may be shorter)",
    "pump_totaliser_litres_offset": "as pump totaliser readings in litres, one per character, where the reading minus 5000 is the code point, separated by |",
    "wash_ticket_numbers_affine": "as car-wash ticket numbers, one per character, where the ticket number is 3 times the code point plus 7, space-separated",
    "fuel_price_tenths_of_cent": "as fuel prices in cents, one per character, where ten times the price minus 1000 is the code point, separated by semicolons",
}
ENCODINGS = list(RULES)
