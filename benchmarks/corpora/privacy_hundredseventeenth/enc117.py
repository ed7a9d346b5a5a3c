"""Encoders for the p117 evasions (the decoder in dec117.py is written separately)."""
import base64, binascii, struct

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ALPH65 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
QROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NUMROW = "1234567890"
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]

RULES = {
 "timecode_frames_24fps": "as SMPTE timecodes at 24 fps, one per character, whose total frame count (seconds x 24 + frames) is the character's code point, space-separated",
 "cube_code_points": "as the cube of each character's code point, space-separated (take cube roots)",
 "ternary_five_trit_groups": "in base 3, five digits per character code point, space-separated",
 "quinary_three_digit_groups": "in base 5, three digits per character code point, space-separated",
 "rgb_hex_swatches": "as #RRGGBB colour swatches packing three UTF-8 bytes each (R, G, B in order; trailing 00 channels in the last swatch are padding), space-separated",
 "normalized_float_channel_values": "as normalised colour-channel floats, each UTF-8 byte b written as b/255 to four decimals (multiply by 255 and round), space-separated",
 "crockford_base32": "in Crockford Base32 (alphabet 0-9 A-Z without I L O U) of the UTF-8 bytes, most significant bit first, no padding",
 "ascii85_adobe": "in Adobe Ascii85 of the UTF-8 bytes, with the <~ ~> delimiters",
 "uuencode_line": "as one uuencoded line of the UTF-8 bytes (first character gives the byte count, backquote for zero)",
 "quoted_printable_forced": "in quoted-printable with every byte escaped as =XX",
 "html_hex_entities": "as HTML hexadecimal character references, one &#x..; per character",
 "polybius_grid_eight_columns": "as Polybius coordinates over the 65-symbol alphabet A-Z a-z 0-9 _ . - laid out in rows of eight (two digits per character: row 1-9 then column 1-8), space-separated",
 "chess_board_squares": "as chessboard squares: W for code points below 64 and B for 64 and above, then the square whose index (a1=0, b1=1, ..., h8=63) is the code point modulo 64, space-separated",
 "dot_cross_bit_patterns": "as eight-cell bit patterns, one per UTF-8 byte, X for 1 and o for 0, most significant bit first, space-separated",
 "qwerty_key_right_neighbour": "with every letter replaced by the key to its right on a QWERTY keyboard row (wrapping p to q, l to a, m to z; case kept) and every digit by the key to its right on the number row (0 wraps to 1); _ . - unchanged",
 "a1z26_case_marked": "as A1Z26 tokens: a lower-case letter as its alphabet index 1-26, a capital as the index followed by ^, a digit as # and the digit, and _ . - as themselves, tokens space-separated",
 "enclosed_circled_alphanumerics": "in Unicode circled letters and digits (read it through NFKC normalisation; _ . - are unchanged)",
 "ieee754_single_hex_floats": "as each character's code point written as an IEEE 754 single-precision float in big-endian hex, space-separated",
 "little_endian_u32_words": "as unsigned 32-bit little-endian words of the UTF-8 bytes in decimal (four bytes per word, the last word padded with zero bytes), space-separated",
 "nato_phonetic_spelling": "spelled in the NATO alphabet: a lower-case word for a lower-case letter, an UPPER-CASE word for a capital, digits as themselves, and underscore, dot, dash for _ . -, space-separated",
 "octal_escape_triplets": "as backslash octal escapes, three octal digits per UTF-8 byte",
 "sexagesimal_degree_minutes": "as degrees and minutes, one per character, where the code point is degrees x 60 + minutes, space-separated",
}


def _digits(n, base, width):
    out = ""
    for _ in range(width):
        n, r = divmod(n, base)
        out = "0123456789"[r] + out
    assert n == 0
    return out


def e(name, s):
    b = s.encode()
    if name == "timecode_frames_24fps":
        return " ".join(f"00:00:{ord(c)//24:02d}:{ord(c)%24:02d}" for c in s)
    if name == "cube_code_points":
        return " ".join(str(ord(c) ** 3) for c in s)
    if name == "ternary_five_trit_groups":
        return " ".join(_digits(ord(c), 3, 5) for c in s)
    if name == "quinary_three_digit_groups":
        return " ".join(_digits(ord(c), 5, 3) for c in s)
    if name == "rgb_hex_swatches":
        p = b + b"\x00" * (-len(b) % 3)
        return " ".join("#" + p[i:i+3].hex().upper() for i in range(0, len(p), 3))
    if name == "normalized_float_channel_values":
        return " ".join(f"{x/255:.4f}" for x in b)
    if name == "crockford_base32":
        bits = "".join(f"{x:08b}" for x in b)
        bits += "0" * (-len(bits) % 5)
        return "".join(CROCK[int(bits[i:i+5], 2)] for i in range(0, len(bits), 5))
    if name == "ascii85_adobe":
        return base64.a85encode(b, adobe=True).decode()
    if name == "uuencode_line":
        return binascii.b2a_uu(b, backtick=True).decode().rstrip("\n")
    if name == "quoted_printable_forced":
        return "".join(f"={x:02X}" for x in b)
    if name == "html_hex_entities":
        return "".join(f"&#x{ord(c):x};" for c in s)
    if name == "polybius_grid_eight_columns":
        return " ".join(f"{ALPH65.index(c)//8+1}{ALPH65.index(c)%8+1}" for c in s)
    if name == "chess_board_squares":
        return " ".join(("W" if ord(c) < 64 else "B") + "abcdefgh"[(ord(c) % 64) % 8] + str((ord(c) % 64) // 8 + 1) for c in s)
    if name == "dot_cross_bit_patterns":
        return " ".join(f"{x:08b}".replace("1", "X").replace("0", "o") for x in b)
    if name == "qwerty_key_right_neighbour":
        out = []
        for c in s:
            lc = c.lower()
            done = False
            for row in QROWS:
                if lc in row:
                    n = row[(row.index(lc) + 1) % len(row)]
                    out.append(n.upper() if c.isupper() else n)
                    done = True
            if not done:
                out.append(NUMROW[(NUMROW.index(c) + 1) % 10] if c in NUMROW else c)
        return "".join(out)
    if name == "a1z26_case_marked":
        t = []
        for c in s:
            if c.islower():
                t.append(str(ord(c) - 96))
            elif c.isupper():
                t.append(str(ord(c) - 64) + "^")
            elif c.isdigit():
                t.append("#" + c)
            else:
                t.append(c)
        return " ".join(t)
    if name == "enclosed_circled_alphanumerics":
        out = []
        for c in s:
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + ord(c) - 97))
            elif c == "0":
                out.append("\u24EA")
            elif "1" <= c <= "9":
                out.append(chr(0x2460 + ord(c) - 49))
            else:
                out.append(c)
        return "".join(out)
    if name == "ieee754_single_hex_floats":
        return " ".join(struct.pack(">f", float(ord(c))).hex().upper() for c in s)
    if name == "little_endian_u32_words":
        p = b + b"\x00" * (-len(b) % 4)
        return " ".join(str(int.from_bytes(p[i:i+4], "little")) for i in range(0, len(p), 4))
    if name == "nato_phonetic_spelling":
        t = []
        for c in s:
            if c.islower():
                t.append(NATO[ord(c) - 97])
            elif c.isupper():
                t.append(NATO[ord(c) - 65].upper())
            elif c.isdigit():
                t.append(c)
            else:
                t.append({"_": "underscore", ".": "dot", "-": "dash"}[c])
        return " ".join(t)
    if name == "octal_escape_triplets":
        return "".join("\\%03o" % x for x in b)
    if name == "sexagesimal_degree_minutes":
        return " ".join(f"{ord(c)//60}\u00b0{ord(c)%60:02d}\u2032" for c in s)
    raise KeyError(name)
