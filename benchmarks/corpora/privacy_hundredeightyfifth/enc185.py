"""Encoders for the p185 evasions (the decoder lives in dec185.py and shares nothing with this file)."""
import base64

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
         "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
         "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-"}


def morse(p, rng):
    return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in p)


def outside_in(p, rng):
    out, i, j = [], 0, len(p) - 1
    while i <= j:
        out.append(p[i])
        if i != j:
            out.append(p[j])
        i += 1
        j -= 1
    return "".join(out)


def rot47(p, rng):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) for c in p)


def b32(p, rng):
    return base64.b32encode(p.encode()).decode()


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(p, rng):
    n = int.from_bytes(p.encode(), "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return s


def braille(p, rng):
    return "".join(chr(0x2800 + b) for b in p.encode())


def fullwidth(p, rng):
    return "".join(chr(ord(c) + 0xFEE0) for c in p)


DS_HOLES = {"C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A, "R": 0x211D, "Z": 0x2124}


def double_struck(p, rng):
    out = []
    for c in p:
        if c in DS_HOLES:
            out.append(chr(DS_HOLES[c]))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D538 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D552 + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7D8 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def reverse(p, rng):
    return p[::-1]


def waypoints(p, rng):
    return "; ".join("N%02d°%02d.%03d'" % (rng.randint(35, 59), rng.randint(0, 59), ord(c)) for c in p)


def vhf(p, rng):
    return ", ".join("Ch %02d" % (ord(c) - 34) for c in p)


def bearings(p, rng):
    return ", ".join("%03d°T" % (2 * ord(c)) for c in p)


def tides(p, rng):
    return "; ".join("%02d:%02d %.2f m" % (rng.randint(0, 23), rng.randint(0, 59), ord(c) / 20) for c in p)


def berths(p, rng):
    return " ".join("%s%02d" % ("ABCDEFGHIJ"[ord(c) // 16], ord(c) % 16) for c in p)


def mmsi(p, rng):
    codes = [ord(c) for c in p]
    while len(codes) % 3:
        codes.append(0)
    return ", ".join("".join("%03d" % x for x in codes[i:i + 3]) for i in range(0, len(codes), 3))


def ais_armour(p, rng):
    bits = "".join("%08d" % int(bin(b)[2:]) for b in p.encode())
    fill = (-len(bits)) % 6
    bits += "0" * fill
    out = ""
    for i in range(0, len(bits), 6):
        v = int(bits[i:i + 6], 2)
        out += chr(v + 48) if v < 40 else chr(v + 56)
    return out + "," + str(fill)


HEB_U = "אבגדהוזחט"
HEB_T = "יכלמנסעפצ"


def hebrew(p, rng):
    words = []
    for c in p:
        n = ord(c)
        s = ""
        if n >= 100:
            s += "ק"
            n -= 100
        t, u = divmod(n, 10)
        if t == 1 and u in (5, 6):
            s += "טו" if u == 5 else "טז"
        else:
            if t:
                s += HEB_T[t - 1]
            if u:
                s += HEB_U[u - 1]
        s = s + "׳" if len(s) == 1 else s[:-1] + "״" + s[-1]
        words.append(s)
    return " ".join(words)


def egyptian(p, rng):
    out = []
    for c in p:
        h, r = divmod(ord(c), 100)
        t, u = divmod(r, 10)
        out.append("\U00013362" * h + "\U00013386" * t + "\U000133FA" * u)
    return " ".join(out)


def bal_ternary(p, rng):
    out = []
    for c in p:
        n = ord(c)
        s = ""
        while n:
            r = n % 3
            if r == 0:
                s = "0" + s
            elif r == 1:
                s = "+" + s
                n -= 1
            else:
                s = "-" + s
                n += 1
            n //= 3
        out.append(s)
    return " ".join(out)


def _val(c):
    return ord(c.lower()) - 97 if c.isalpha() else int(c)


def autokey(p, rng):
    stream = [ord(k) - 65 for k in "REGATTA"]
    out = []
    for c in p:
        if c.isalnum():
            k = stream.pop(0)
            if c.isalpha():
                base = 65 if c.isupper() else 97
                out.append(chr(base + (ord(c) - base + k) % 26))
            else:
                out.append(str((int(c) + k) % 10))
            stream.append(_val(c))
        else:
            out.append(c)
    return "".join(out)


GLOSSARY = {
    "a": ["anchor", "aft", "astern"], "b": ["boom", "bowline", "batten"], "c": ["cleat", "clew", "cutter"],
    "d": ["dinghy", "downhaul", "drogue"], "e": ["ensign", "eddy"], "f": ["fender", "fairlead", "foresail"],
    "g": ["genoa", "gybe", "gunwale"], "h": ["halyard", "helm", "hull"], "i": ["inboard", "irons"],
    "j": ["jib", "jetty", "jackstay"], "k": ["keel", "ketch", "knot"], "l": ["leeward", "luff", "leech"],
    "m": ["mast", "mooring", "mizzen"], "n": ["nautical", "neap"], "o": ["outhaul", "oar", "offing"],
    "p": ["pontoon", "pulpit", "pennant"], "q": ["quay", "quarter"], "r": ["rudder", "reef", "regatta"],
    "s": ["spinnaker", "sheet", "sloop"], "t": ["tiller", "transom", "tack"], "u": ["upwind", "undertow"],
    "v": ["vang", "veer"], "w": ["winch", "windlass", "wake"], "x": ["xebec"], "y": ["yawl", "yardarm"],
    "z": ["zephyr", "zincs"]}


def acrostic(p, rng):
    out = []
    for c in p:
        if c.isalpha():
            w = rng.choice(GLOSSARY[c.lower()])
            out.append(w.capitalize() if c.isupper() else w)
        else:
            out.append(c)
    return " ".join(out)


def ps_char_join(p, rng):
    return "-join [char[]](" + ",".join(str(ord(c)) for c in p) + ")"


# name -> (encoder, family, rule wording)
ENCODINGS = {
    "morse_code_caret_capitals": (morse, "spelled form (signal code)", "in Morse code, one letter group per character separated by single spaces, with ^ in front of a capital; - _ . are -....- ..--.- .-.-.-"),
    "outside_in_character_order": (outside_in, "positional trick", "with its characters taken from the outside in: first, last, second, second-to-last and so on"),
    "rot47_printable_ascii": (rot47, "cipher", "in ROT47 (every printable ASCII character from ! to ~ moved 47 places round that range of 94)"),
    "base32_rfc4648_padded": (b32, "byte notation", "in Base32 (RFC 4648 alphabet A-Z 2-7, = padding) of its UTF-8 bytes"),
    "base58_bitcoin_alphabet": (b58, "byte notation", "in Base58 with the Bitcoin alphabet (no 0 O I l) of its UTF-8 bytes read as one big-endian number"),
    "braille_cells_as_bytes": (braille, "Unicode symbol block", "as Braille cells, one per UTF-8 byte, where the cell's offset from U+2800 is the byte value"),
    "fullwidth_latin_forms": (fullwidth, "Unicode look-alike block", "in full-width forms (every character moved up by U+FEE0, so a becomes ａ)"),
    "mathematical_double_struck": (double_struck, "Unicode look-alike block", "in double-struck (blackboard bold) letters and digits; - _ . unchanged"),
    "reversed_character_order": (reverse, "positional trick", "backwards, last character first"),
    "waypoint_latitude_thousandths": (waypoints, "sailing disguise (navigation)", "as a list of waypoint latitudes, one per character separated by semicolons, where the three digits after the decimal point of the minutes are the character code (degrees and whole minutes are noise)"),
    "vhf_marine_channel_offset": (vhf, "sailing disguise (radio)", "as VHF channel numbers, one per character separated by commas, where the channel plus 34 is the character code"),
    "compass_bearing_double_code": (bearings, "sailing disguise (navigation)", "as true compass bearings, one per character separated by commas, where half the bearing is the character code"),
    "tide_height_metres_twentieths": (tides, "sailing disguise (tide table)", "as a tide table, one line per character separated by semicolons, where the height in metres times twenty is the character code (the times are noise)"),
    "pontoon_berth_letter_and_slot": (berths, "marina disguise (berth plan)", "as berth codes, one per character separated by spaces, where the pontoon letter (A = 0, B = 1 …) times sixteen plus the berth number is the character code"),
    "mmsi_style_nine_digit_triplets": (mmsi, "sailing disguise (AIS identity)", "as nine-digit MMSI-style numbers separated by commas, each holding three character codes of three digits (000 pads the last one)"),
    "ais_payload_six_bit_armour": (ais_armour, "byte notation (AIS)", "as an AIS payload: its UTF-8 bits cut into six-bit groups, each written with the AIVDM armouring (value + 48, plus 8 more from 40 up), followed by a comma and the number of fill bits"),
    "hebrew_numeral_code_points": (hebrew, "numeral system", "as character codes in Hebrew numerals (ק = 100, י … צ = 10 … 90, א … ט = 1 … 9, 15 and 16 as טו and טז, with geresh or gershayim), separated by spaces"),
    "egyptian_hieroglyphic_numerals": (egyptian, "numeral system", "as character codes in Egyptian hieroglyphic numerals (coil 𓍢 = 100, hobble 𓎆 = 10, stroke 𓏺 = 1), separated by spaces"),
    "balanced_ternary_code_points": (bal_ternary, "numeral system", "as character codes in balanced ternary with the digits + (one), 0 (zero) and - (minus one), most significant first, separated by spaces"),
    "autokey_cipher_primer_regatta": (autokey, "cipher", "with an autokey cipher primed with REGATTA: the key stream is R E G A T T A followed by the plain text itself (letters a = 0 … z = 25, digits as their value); each letter moves forward by its key value mod 26 keeping its case, each digit by its key value mod 10; - _ . stay and use no key"),
    "acrostic_sailing_glossary_words": (acrostic, "spelled form (acrostic)", "as an acrostic of sailing words separated by spaces: the first letter of each word is the character (a capitalised word for a capital), and digits and - _ . stand as themselves"),
    "powershell_char_array_join": (ps_char_join, "developer notation", "as a PowerShell expression joining a char array of decimal character codes"),
}
