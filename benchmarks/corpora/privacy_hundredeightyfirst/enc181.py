"""Encoders for the p181 evasion notations (hand-written)."""

ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
            "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd "
            "Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb").split()
QWERTY = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" + '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
DVORAK = "`1234567890[]',.pyfgcrl/=\\aoeuidhtns-;qjkxbmwvz" + '~!@#$%^&*(){}"<>PYFGCRL?+|AOEUIDHTNS_:QJKXBMWVZ'
KEYWORD = "CHALK"
MIXED = KEYWORD + "".join(c for c in "ZYXWVUTSRQPONMLKJIHGFEDCBA" if c not in KEYWORD)
COLOURS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet"]
NUC = "ACGT"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"

ENCODINGS = [
 ("braille_pattern_byte_cells", "in Unicode Braille pattern cells: every UTF-8 byte b written as the character U+2800 + b (dot n raised for bit n-1)"),
 ("mathematical_monospace_forms", "in mathematical monospace letters and digits (U+1D670 for A, U+1D68A for a, U+1D7F6 for 0); - _ . unchanged"),
 ("circled_alphanumeric_enclosures", "in circled letters and digits (U+24B6 for A, U+24D0 for a, U+2460 for 1 ... U+2468 for 9, U+24EA for 0); - _ . unchanged"),
 ("combining_mark_overlay_noise", "with a random combining diacritical mark (U+0300 to U+036F) glued after every real character; drop the marks to read it"),
 ("c_octal_byte_escapes", "as C octal escapes, every UTF-8 byte written as a backslash and three octal digits"),
 ("json_backslash_u_escapes", "as JSON \\u escapes, every character written as backslash, u and four lower-case hex digits of its code point"),
 ("html_hexadecimal_references", "as HTML hexadecimal character references, &#x followed by the code point in lower-case hex and ;, for every character"),
 ("base36_big_integer_bytes", "in base 36 (digits 0-9 then a-z) of the UTF-8 bytes read as one big-endian number"),
 ("nucleotide_quartets_per_byte", "as DNA letters, four per UTF-8 byte separated by spaces, two bits per letter (A=00 C=01 G=10 T=11), most significant first"),
 ("xor_5a_hex_stream", "XOR-ed byte by byte with 0x5A and written as one run of lower-case hex, two digits per byte"),
 ("negabinary_code_points", "in negabinary (base minus two, digits 0 and 1, most significant first), one number per character separated by spaces, each being the code point"),
 ("factoradic_code_points", "in the factorial number system, one number per character separated by spaces, digits joined by ':' from the highest factorial down to 0!, each being the code point"),
 ("rail_fence_three_rails", "with a rail-fence cipher on three rails: written in a zig-zag over rails 1-2-3-2-1-..., then rail 1, rail 2 and rail 3 read off one after the other"),
 ("keyword_chalk_reversed_alphabet", "with a keyword alphabet: a b c ... z become C H A L K Z Y X W V U T S R Q P O N M J I G F E D B (case kept); digits and - _ . unchanged"),
 ("qwerty_keys_typed_as_dvorak", "typed on a US QWERTY keyboard by someone who fingered it as Dvorak: each character is the QWERTY key that sits where the intended character is on a Dvorak layout"),
 ("adjacent_pair_swap", "with every two neighbouring characters swapped (1st with 2nd, 3rd with 4th, ...; an odd last one stays)"),
 ("chemical_symbols_offset_forty", "as chemical element symbols separated by spaces, one per character: the atomic number plus 40 is the code point"),
 ("boulder_v_grade_nibble_pairs", "as boulder problems graded V0 to V15, two per UTF-8 byte written V<high>/V<low> (the two hex nibbles), pairs separated by ', '"),
 ("bowling_game_scores_offset_hundred", "as bowling game scores separated by spaces, one per character: the score minus 100 is the code point"),
 ("arcade_ticket_tallies_times_five", "as arcade redemption ticket tallies separated by ', ', one per character: the tally divided by 5 is the code point"),
 ("pinsetter_standing_pin_sets", "as pinsetter standing-pin readouts separated by ' / ', one per UTF-8 byte: pin n is standing when bit n-1 of the byte is set, pins joined by '-'"),
 ("resistor_colour_route_tape_octal", "as route-tape colour triples separated by ', ', one per character: the resistor colour code (black 0, brown 1, red 2, orange 3, yellow 4, green 5, blue 6, violet 7) gives three octal digits of the code point"),
]
RULES = dict(ENCODINGS)

def _neg2(n):
    if n == 0:
        return "0"
    d = ""
    while n != 0:
        n, rem = divmod(n, -2)
        if rem < 0:
            n, rem = n + 1, rem + 2
        d = str(rem) + d
    return d

def _fact(n):
    k = 1
    while _factorial(k + 1) <= n:
        k += 1
    digs = []
    for i in range(k, -1, -1):
        f = _factorial(i)
        digs.append(str(n // f)); n %= f
    return ":".join(digs)

def _factorial(k):
    out = 1
    for i in range(2, k + 1):
        out *= i
    return out

def _mapchar(c, up, low, zero, one=None):
    if "A" <= c <= "Z":
        return chr(up + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(low + ord(c) - 97)
    if "0" <= c <= "9":
        if one is not None:
            return chr(zero) if c == "0" else chr(one + ord(c) - 49)
        return chr(zero + ord(c) - 48)
    return c

def encode(name, s, r):
    b = s.encode("utf-8")
    if name == "braille_pattern_byte_cells":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "mathematical_monospace_forms":
        return "".join(_mapchar(c, 0x1D670, 0x1D68A, 0x1D7F6) for c in s)
    if name == "circled_alphanumeric_enclosures":
        return "".join(_mapchar(c, 0x24B6, 0x24D0, 0x24EA, 0x2460) for c in s)
    if name == "combining_mark_overlay_noise":
        return "".join(c + chr(0x300 + r.randint(0, 0x6F)) for c in s)
    if name == "c_octal_byte_escapes":
        return "".join("\\%03o" % x for x in b)
    if name == "json_backslash_u_escapes":
        return "".join("\\u%04x" % ord(c) for c in s)
    if name == "html_hexadecimal_references":
        return "".join("&#x%x;" % ord(c) for c in s)
    if name == "base36_big_integer_bytes":
        n = int.from_bytes(b, "big"); d = ""
        while n:
            n, m = divmod(n, 36); d = B36[m] + d
        return d
    if name == "nucleotide_quartets_per_byte":
        return " ".join("".join(NUC[(x >> sh) & 3] for sh in (6, 4, 2, 0)) for x in b)
    if name == "xor_5a_hex_stream":
        return "".join("%02x" % (x ^ 0x5A) for x in b)
    if name == "negabinary_code_points":
        return " ".join(_neg2(ord(c)) for c in s)
    if name == "factoradic_code_points":
        return " ".join(_fact(ord(c)) for c in s)
    if name == "rail_fence_three_rails":
        rails = ["", "", ""]; pat = [0, 1, 2, 1]
        for i, c in enumerate(s):
            rails[pat[i % 4]] += c
        return "".join(rails)
    if name == "keyword_chalk_reversed_alphabet":
        out = ""
        for c in s:
            if "a" <= c <= "z":
                out += MIXED[ord(c) - 97].lower()
            elif "A" <= c <= "Z":
                out += MIXED[ord(c) - 65]
            else:
                out += c
        return out
    if name == "qwerty_keys_typed_as_dvorak":
        return "".join(QWERTY[DVORAK.index(c)] for c in s)
    if name == "adjacent_pair_swap":
        out = list(s)
        for i in range(0, len(s) - 1, 2):
            out[i], out[i + 1] = out[i + 1], out[i]
        return "".join(out)
    if name == "chemical_symbols_offset_forty":
        return " ".join(ELEMENTS[ord(c) - 41] for c in s)
    if name == "boulder_v_grade_nibble_pairs":
        return ", ".join("V%d/V%d" % (x >> 4, x & 15) for x in b)
    if name == "bowling_game_scores_offset_hundred":
        return " ".join(str(ord(c) + 100) for c in s)
    if name == "arcade_ticket_tallies_times_five":
        return ", ".join(str(ord(c) * 5) for c in s)
    if name == "pinsetter_standing_pin_sets":
        return " / ".join("-".join(str(i + 1) for i in range(8) if (x >> i) & 1) for x in b)
    if name == "resistor_colour_route_tape_octal":
        return ", ".join("-".join(COLOURS[int(d)] for d in "%03o" % ord(c)) for c in s)
    raise KeyError(name)
