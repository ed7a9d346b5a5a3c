"""Encoders for the p228 evasion records (the decoder lives in dec228.py and imports nothing from here)."""
import math
import unicodedata

RULES = {
    "adlam_digit_code_points": "as decimal character codes written with Adlam digits (U+1E950 𞥐 = 0 … U+1E959 𞥙 = 9), separated by spaces",
    "finnish_number_words": "as character codes spelled out in Finnish, one word each (yhdeksänkymmentäseitsemän = 97, satakaksikymmentäkaksi = 122), separated by commas",
    "dutch_number_words": "as character codes spelled out in Dutch, units before tens (zevenennegentig = 97, honderdtweeëntwintig = 122), separated by ' / '",
    "nato_phonetic_spelling": "in the NATO spelling alphabet: a small letter as its code word in lower case (alfa), a capital in upper case (ALFA), digits as One … Niner and Zero, '-' as Dash, '_' as Underscore, '.' as Stop, separated by spaces",
    "unicode_character_names": "as the official Unicode name of every character (LATIN SMALL LETTER A, DIGIT SEVEN, HYPHEN-MINUS, LOW LINE, FULL STOP …), separated by commas",
    "cyrillic_greek_homoglyph_swap": "with every letter that has a Cyrillic or Greek look-alike replaced by it (a → а, c → с, e → е, o → о, p → р, … N → Ν, Z → Ζ); the other characters are unchanged",
    "parenthesized_latin_letters": "with every letter replaced by its parenthesized form (a → ⒜, z → ⒵, A → 🄐, Z → 🄩); digits and _ . - unchanged",
    "xtea_ecb_hex": "encrypted with XTEA (32 cycles, ECB, big-endian words) under the 16-byte ASCII key 'wrestpin-octave!', PKCS#7 padding to 8 bytes, ciphertext as lower-case hex",
    "intel_hex_record": "as Intel HEX data records (16 bytes each from address 0000, type 00, real checksums) followed by the end-of-file record, records separated by spaces",
    "midi_sysex_nibble_bytes": "as a MIDI System Exclusive message for manufacturer 7D: F0 7D, then every UTF-8 byte as two data bytes 0H 0L (high nibble, low nibble), then F7, in hex separated by spaces",
    "midi_note_names": "as MIDI notes: each character code is a MIDI note number written as its note name and octave (C4 = 60, so 97 = C#7), separated by spaces",
    "equal_temperament_frequencies": "as equal-tempered pitches: each frequency (A4 = 440 Hz = note 69) is the note whose MIDI number is the character code, in Hz with two decimals, separated by commas",
    "metronome_tempo_marks": "as metronome markings: each crotchet mark minus 20 is the character code (the tempo words are noise), separated by semicolons",
    "white_key_chord_bits": "as chords on the white keys: the seven bits of each character code, most significant first, are the keys C D E F G A B (a key in the chord is a 1), notes joined by '-', chords separated by spaces",
    "prime_factorisations": "as prime factorisations of the character codes (2^2×3 = 12), separated by semicolons",
    "periodic_table_symbols": "as chemical elements: each atomic number plus 40 is the character code (B = 5 → 45, Pb = 82 → 122), symbols separated by spaces",
    "phone_multitap_presses": "as old phone multi-tap presses (2 abc, 3 def, 4 ghi, 5 jkl, 6 mno, 7 pqrs, 8 tuv, 9 wxyz, 1 = . - _ 1, 0 = space 0; a digit comes after its letters, so 2 = 2222), a # before a capital, one group per character separated by spaces",
    "adjacent_pair_swap": "with every two neighbouring characters swapped (1st with 2nd, 3rd with 4th, …; an odd last character stays)",
    "kharoshthi_numeral_code_points": "as character codes in Kharoshthi numerals (𐩀 1, 𐩁 2, 𐩂 3, 𐩃 4, 𐩄 10, 𐩅 20, 𐩆 100 with its multiplier before it; 97 = 𐩅𐩅𐩅𐩅𐩄𐩃𐩂), largest sign first, separated by spaces",
    "unreduced_fraction_codes": "as unreduced fractions: each fraction a/b equals the character code (291/3 = 97), separated by spaces",
    "alphabet_position_numbers": "as alphabet positions: a small letter is its number (a = 1 … z = 26), a capital its number followed by *, a digit or _ . - is written after a #, separated by spaces",
    "boustrophedon_rows": "as a boustrophedon: written into rows six characters wide (the last row filled up with ~), every second row reversed, rows run together",
}

FAMILIES = {
    "adlam_digit_code_points": "digit block (Adlam digits)",
    "finnish_number_words": "spelled numerals (Finnish compounds)",
    "dutch_number_words": "spelled numerals (Dutch, units before tens)",
    "nato_phonetic_spelling": "spelled letters (NATO alphabet)",
    "unicode_character_names": "spelled characters (Unicode names)",
    "cyrillic_greek_homoglyph_swap": "look-alike letters (mixed-script homoglyphs, partial)",
    "parenthesized_latin_letters": "look-alike block (parenthesized Latin letters)",
    "xtea_ecb_hex": "block cipher with the key in the text (XTEA)",
    "intel_hex_record": "machine byte notation with checksums (Intel HEX)",
    "midi_sysex_nibble_bytes": "world machine disguise (nibblized MIDI SysEx)",
    "midi_note_names": "world disguise (MIDI note names)",
    "equal_temperament_frequencies": "world disguise (equal-tempered frequencies)",
    "metronome_tempo_marks": "world disguise (metronome markings, offset 20)",
    "white_key_chord_bits": "bit disguise in this world (white-key chords)",
    "prime_factorisations": "arithmetic disguise (prime factorisations)",
    "periodic_table_symbols": "symbol disguise (chemical elements, offset 40)",
    "phone_multitap_presses": "keypad code (multi-tap)",
    "adjacent_pair_swap": "positional trick (pair swap)",
    "kharoshthi_numeral_code_points": "numeral notation (Kharoshthi additive numerals)",
    "unreduced_fraction_codes": "arithmetic disguise (unreduced fractions)",
    "alphabet_position_numbers": "letter numbering (A1Z26 with case marks)",
    "boustrophedon_rows": "transposition (boustrophedon rows, width 6)",
}
ENCODINGS = list(RULES)

FI_U = ["", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]


def fi(n):
    s = ""
    if n >= 100:
        s, n = "sata", n - 100
    if n == 0:
        return s
    if n == 10:
        return s + "kymmenen"
    if 11 <= n <= 19:
        return s + FI_U[n - 10] + "toista"
    t, u = divmod(n, 10)
    if t >= 2:
        s += FI_U[t] + "kymmentä"
    return s + FI_U[u]


NL_U = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
NL_TEEN = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
NL_T = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def nl(n):
    s = ""
    if n >= 100:
        s, n = "honderd", n - 100
    if n == 0:
        return s
    if n < 10:
        return s + NL_U[n]
    if n < 20:
        return s + NL_TEEN[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return s + NL_T[t]
    unit = NL_U[u]
    return s + unit + ("ën" if unit.endswith("e") else "en") + NL_T[t]


NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
        "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
NATO_D = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Niner"]
NATO_P = {"-": "Dash", "_": "Underscore", ".": "Stop"}

HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "i": "\u0456", "j": "\u0458", "o": "\u043e", "p": "\u0440", "s": "\u0455",
        "x": "\u0445", "y": "\u0443", "v": "\u03bd", "u": "\u03c5", "k": "\u03ba",
        "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "I": "\u0406", "J": "\u0408", "K": "\u041a",
        "M": "\u041c", "O": "\u041e", "P": "\u0420", "S": "\u0405", "T": "\u0422", "X": "\u0425", "Y": "\u04ae", "N": "\u039d", "Z": "\u0396"}

XTEA_KEY = b"wrestpin-octave!"
NOTE = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
ELEMENTS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
            "Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb").split()
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz", "1": ".-_", "0": " "}


def tempo_word(m):
    for lim, w in ((60, "Largo"), (66, "Larghetto"), (76, "Adagio"), (108, "Andante"), (120, "Moderato"), (156, "Allegro"), (176, "Vivace")):
        if m < lim:
            return w
    return "Presto"


def factor(n):
    out, p = [], 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append("%d^%d" % (p, e) if e > 1 else str(p))
        p += 1
    if n > 1:
        out.append(str(n))
    return "×".join(out)


def khar(n):
    s = ""
    if n >= 100:
        h, n = divmod(n, 100)
        s += khar_units(h) + "\U00010a46"
    s += "\U00010a45" * (n // 20)
    n %= 20
    if n >= 10:
        s += "\U00010a44"
        n -= 10
    return s + khar_units(n)


def khar_units(u):
    return "\U00010a43" * (u // 4) + ("", "\U00010a40", "\U00010a41", "\U00010a42")[u % 4]


def xtea_block(v0, v1, k):
    s, d, m = 0, 0x9E3779B9, 0xFFFFFFFF
    for _ in range(32):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + k[s & 3]))) & m
        s = (s + d) & m
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + k[(s >> 11) & 3]))) & m
    return v0, v1


def enc(name, plain, rng):
    codes = [ord(c) for c in plain]
    b = plain.encode()
    if name == "adlam_digit_code_points":
        return " ".join("".join(chr(0x1E950 + int(d)) for d in str(n)) for n in codes)
    if name == "finnish_number_words":
        return ", ".join(fi(n) for n in codes)
    if name == "dutch_number_words":
        return " / ".join(nl(n) for n in codes)
    if name == "nato_phonetic_spelling":
        out = []
        for c in plain:
            if c.islower():
                out.append(NATO[ord(c) - 97])
            elif c.isupper():
                out.append(NATO[ord(c) - 65].upper())
            elif c.isdigit():
                out.append(NATO_D[int(c)])
            else:
                out.append(NATO_P[c])
        return " ".join(out)
    if name == "unicode_character_names":
        return ", ".join(unicodedata.name(c) for c in plain)
    if name == "cyrillic_greek_homoglyph_swap":
        return "".join(HOMO.get(c, c) for c in plain)
    if name == "parenthesized_latin_letters":
        return "".join(chr(0x249C + ord(c) - 97) if c.islower() else chr(0x1F110 + ord(c) - 65) if c.isupper() else c for c in plain)
    if name == "xtea_ecb_hex":
        k = [int.from_bytes(XTEA_KEY[i:i + 4], "big") for i in range(0, 16, 4)]
        pad = 8 - len(b) % 8
        data = b + bytes([pad]) * pad
        out = b""
        for i in range(0, len(data), 8):
            v0, v1 = xtea_block(int.from_bytes(data[i:i + 4], "big"), int.from_bytes(data[i + 4:i + 8], "big"), k)
            out += v0.to_bytes(4, "big") + v1.to_bytes(4, "big")
        return out.hex()
    if name == "intel_hex_record":
        recs = []
        for addr in range(0, len(b), 16):
            chunk = b[addr:addr + 16]
            body = bytes([len(chunk), addr >> 8, addr & 0xFF, 0]) + chunk
            recs.append(":" + body.hex().upper() + "%02X" % ((-sum(body)) & 0xFF))
        recs.append(":00000001FF")
        return " ".join(recs)
    if name == "midi_sysex_nibble_bytes":
        return " ".join(["F0", "7D"] + ["%02X %02X" % (x >> 4, x & 15) for x in b] + ["F7"])
    if name == "midi_note_names":
        return " ".join(NOTE[n % 12] + str(n // 12 - 1) for n in codes)
    if name == "equal_temperament_frequencies":
        return ", ".join("%.2f Hz" % (440 * 2 ** ((n - 69) / 12)) for n in codes)
    if name == "metronome_tempo_marks":
        return "; ".join("%s ♩=%d" % (tempo_word(n + 20), n + 20) for n in codes)
    if name == "white_key_chord_bits":
        return " ".join("-".join("CDEFGAB"[i] for i in range(7) if n >> (6 - i) & 1) for n in codes)
    if name == "prime_factorisations":
        return "; ".join(factor(n) for n in codes)
    if name == "periodic_table_symbols":
        return " ".join(ELEMENTS[n - 41] for n in codes)
    if name == "phone_multitap_presses":
        out = []
        for c in plain:
            cap = c.isupper()
            lc = c.lower()
            for key, letters in KEYS.items():
                if lc in letters:
                    out.append(("#" if cap else "") + key * (letters.index(lc) + 1))
                    break
                if lc == key:
                    out.append(key * (len(letters) + 1))
                    break
        return " ".join(out)
    if name == "adjacent_pair_swap":
        s = list(plain)
        for i in range(0, len(s) - 1, 2):
            s[i], s[i + 1] = s[i + 1], s[i]
        return "".join(s)
    if name == "kharoshthi_numeral_code_points":
        return " ".join(khar(n) for n in codes)
    if name == "unreduced_fraction_codes":
        out = []
        for n in codes:
            k = rng.randint(2, 9)
            out.append("%d/%d" % (n * k, k))
        return " ".join(out)
    if name == "alphabet_position_numbers":
        return " ".join(str(ord(c) - 96) if c.islower() else str(ord(c) - 64) + "*" if c.isupper() else "#" + c for c in plain)
    if name == "boustrophedon_rows":
        w = 6
        s = plain + "~" * (-len(plain) % w)
        rows = [s[i:i + w] for i in range(0, len(s), w)]
        return "".join(r[::-1] if i % 2 else r for i, r in enumerate(rows))
    raise KeyError(name)


_ = math  # kept for symmetry with the decoder
