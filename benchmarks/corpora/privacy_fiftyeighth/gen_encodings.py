"""Encoders (the decoders live separately in gen_decoders.py)."""
import base64, zlib

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-"}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _vig(p, key):
    out, j = [], 0
    for ch in p:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[j % len(key)].lower()) - 97
            out.append(chr((ord(ch) - base + k) % 26 + base)); j += 1
        else:
            out.append(ch)
    return "".join(out)


def _atbash(p):
    out = []
    for ch in p:
        if "a" <= ch <= "z": out.append(chr(219 - ord(ch)))
        elif "A" <= ch <= "Z": out.append(chr(155 - ord(ch)))
        elif ch.isdigit(): out.append(str(9 - int(ch)))
        else: out.append(ch)
    return "".join(out)


def _rot135(p):
    out = []
    for ch in p:
        if "a" <= ch <= "z": out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z": out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        elif ch.isdigit(): out.append(str((int(ch) + 5) % 10))
        else: out.append(ch)
    return "".join(out)


def _b58(p):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return s


def _swap(p):
    c = list(p)
    for i in range(0, len(c) - 1, 2):
        c[i], c[i + 1] = c[i + 1], c[i]
    return "".join(c)


ENC = {
 "html_hex_charrefs": lambda p, a: "".join("&#x%X;" % ord(c) for c in p),
 "colon_hex_pairs": lambda p, a: ":".join("%02x" % b for b in p.encode()),
 "base32_rfc4648_standard": lambda p, a: base64.b32encode(p.encode()).decode(),
 "zlib_deflate_then_hex": lambda p, a: zlib.compress(p.encode(), 9).hex(),
 "base85_rfc1924_git": lambda p, a: base64.b85encode(p.encode()).decode(),
 "morse_code_dots_dashes": lambda p, a: " / ".join(MORSE[c] for c in p),
 "atbash_letter_mirror": lambda p, a: _atbash(p),
 "vigenere_stated_keyword": lambda p, a: _vig(p, a["key"]),
 "unicode_u_plus_codepoints": lambda p, a: " ".join("U+%04X" % ord(c) for c in p),
 "braille_byte_patterns": lambda p, a: "".join(chr(0x2800 + b) for b in p.encode()),
 "interletter_space_spread": lambda p, a: " ".join(p),
 "c_byte_array_initializer": lambda p, a: "{ " + ", ".join("0x%02x" % b for b in p.encode()) + " }",
 "vba_chrw_ampersand_chain": lambda p, a: " & ".join("ChrW(%d)" % ord(c) for c in p),
 "c_hex_backslash_escapes": lambda p, a: "".join("\\x%02x" % b for b in p.encode()),
 "utf16le_then_base64": lambda p, a: base64.b64encode(p.encode("utf-16-le")).decode(),
 "base58_bitcoin_alphabet": lambda p, a: _b58(p),
 "rtf_backslash_u_controls": lambda p, a: "".join("\\u%d?" % ord(c) for c in p),
 "pdf_hex_string_literal": lambda p, a: "<" + p.encode().hex().upper() + ">",
 "rfc2047_b_encoded_word": lambda p, a: "=?UTF-8?B?" + base64.b64encode(p.encode()).decode() + "?=",
 "exhibit_bates_numbers": lambda p, a: " ".join("%s%06d" % (a["prefix"], ord(c)) for c in p),
 "adjacent_pair_swap": lambda p, a: _swap(p),
 "rot13_with_rot5_digits": lambda p, a: _rot135(p),
}

PHRASE = {
 "html_hex_charrefs": "as HTML hexadecimal character references (&#xNN; per character)",
 "colon_hex_pairs": "as colon-separated hex byte pairs",
 "base32_rfc4648_standard": "in standard Base32 (RFC 4648 alphabet A-Z 2-7, = padding)",
 "zlib_deflate_then_hex": "zlib-deflated and then written out as hex (unhex, then inflate)",
 "base85_rfc1924_git": "in Base85 with the RFC 1924 / git binary-patch alphabet",
 "morse_code_dots_dashes": "in Morse code (letters are lower case, / between characters)",
 "atbash_letter_mirror": "in Atbash (A<->Z, a<->z, 0<->9 mirrored; - and _ unchanged)",
 "vigenere_stated_keyword": "Vigenère-enciphered with the keyword {key} (shift letters back by the keyword; digits, - and _ unchanged)",
 "unicode_u_plus_codepoints": "as Unicode code points in U+ notation, one per character",
 "braille_byte_patterns": "as Braille patterns (each cell is U+2800 plus the byte value)",
 "interletter_space_spread": "letter-spaced the way the scanner read it (drop the single spaces between the characters)",
 "c_byte_array_initializer": "as a C byte-array initializer (0x.. per byte)",
 "vba_chrw_ampersand_chain": "as a VBA ChrW() chain joined with & (each ChrW(n) is a character code)",
 "c_hex_backslash_escapes": "as backslash-x hex escapes (\\xNN per byte)",
 "utf16le_then_base64": "as UTF-16LE bytes in Base64 (the PowerShell -EncodedCommand way)",
 "base58_bitcoin_alphabet": "as one Base58 number (bitcoin alphabet, the bytes read as a big-endian integer)",
 "rtf_backslash_u_controls": "as RTF \\uN? unicode control words (N is the character code)",
 "pdf_hex_string_literal": "as a PDF hexadecimal string literal <...> (two hex digits per byte)",
 "rfc2047_b_encoded_word": "as an RFC 2047 B-encoded word (=?UTF-8?B?...?=, Base64 inside)",
 "exhibit_bates_numbers": "as the Bates numbers of these exhibit pages (prefix {prefix}, the number after the prefix is a character code)",
 "adjacent_pair_swap": "with every pair of neighbouring characters swapped (swap them back two by two)",
 "rot13_with_rot5_digits": "in ROT13 for letters and ROT5 for digits (- and _ unchanged)",
}
