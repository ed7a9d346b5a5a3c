"""Encoders for the 22 evasion encodings (the rng only adds noise the decoder ignores)."""
import hashlib
import unicodedata

# ---------------------------------------------------------------- rule texts
RULES = {
    "unicode_character_names": "spelled out as Unicode character names, one per character, separated by ' / ' (LATIN SMALL LETTER A = a, LATIN CAPITAL LETTER B = B, DIGIT SEVEN = 7, LOW LINE = _, FULL STOP = ., HYPHEN-MINUS = -)",
    "dna_nucleotide_quads": "as a DNA string: every UTF-8 byte written in base four as four nucleotides, A = 0, C = 1, G = 2, T = 3, most significant first (a = 97 = 1201 in base four = CGAC)",
    "midi_note_names": "as MIDI notes: every character code is a MIDI note number written as its note name with sharps and octave, middle C = 60 = C4 (so 97 = C#7, 122 = D9, 45 = A2), separated by spaces",
    "bijective_base26_column_letters": "as spreadsheet column letters: every character code written the way spreadsheets name columns (A = 1 ... Z = 26, AA = 27, so 97 = CS, 122 = DR), separated by spaces",
    "dotted_quad_ipv4_packing": "as IPv4 addresses: the UTF-8 bytes taken four at a time as the four numbers of an address (the last address padded with 0), separated by ', '; drop the padding zeros at the end",
    "base91_henke_alphabet": "in basE91 (Joachim Henke's base-91 encoding, alphabet A-Z a-z 0-9 then !#$%&()*+,./:;<=>?@[]^_`{|}~\")",
    "i_ching_hexagram_sextets": "as I Ching hexagrams: the UTF-8 bits cut into six-bit groups (last group padded with zeros), each group v written as the hexagram at U+4DC0 + v (䷀ = 0 ... ䷿ = 63); join the bits again and read whole bytes",
    "ebcdic_cp037_hex_bytes": "as EBCDIC bytes (code page 037) in upper-case hex, separated by spaces (a = 81, i = 89, j = 91, s = A2, A = C1, J = D1, S = E2, 0 = F0, _ = 6D, . = 4B, - = 60)",
    "brainfuck_program_output": "as a Brainfuck program: run it on a zeroed tape and the output is the value",
    "bubblebabble_encoding": "in Bubble Babble (the SSH fingerprint encoding: vowels aeiouy, consonants bcdfghklmnprstvzx, x at both ends) of its UTF-8 bytes",
    "proquint_syllables": "as proquints: the UTF-8 bytes taken two at a time as 16-bit numbers (a lone last byte paired with 0), each written consonant-vowel-consonant-vowel-consonant with consonants bdfghjklmnprstvz and vowels aiou, joined by '-'; drop a trailing zero byte",
    "acrostic_word_initials": "as an acrostic: read the first character of every word (capitalised words give capitals, 7th gives 7, a lone _ . or - gives itself)",
    "bushel_peck_quart_measures": "as a picking tally in US dry measure: each crate's amount converted to quarts (1 bushel = 4 pecks = 32 quarts, 1 peck = 2 gallons, 1 gallon = 4 quarts) is a character code (crate 17: 3 bu 0 pk 0 gal 1 qt = 97; the crate numbers are noise), entries separated by '; '",
    "base100_emoji_bytes": "in base100: every UTF-8 byte b written as the emoji at code point U+1F3F7 + b (a = 97 = U+1F458)",
    "negadecimal_code_points": "as character codes in base minus ten (digits 0-9, place values 1, -10, 100, -1000; so 117 = 100 - 10 + 7 = 97, 282 = 122, 165 = 45), separated by spaces",
    "tally_mark_unary_codes": "as tally marks: each character code counted out with TALLY MARK FIVE (𝍸) for every five and TALLY MARK ONE (𝍷) for the rest, codes separated by spaces",
    "gsm7_septet_packed_hex": "as an SMS PDU user-data field: the first byte (two hex digits) is the number of characters, then the characters in the GSM 03.38 default alphabet (same codes as ASCII for letters, digits, . and -, but _ = 0x11) packed as 7-bit septets, least significant bit first, written in upper-case hex",
    "gravity_drop_pairs": "as a fermentation gravity log: each tank's drop from original to final gravity, in thousandths, is a character code (T3 1.104→1.007 = 97; the tank numbers and the final gravities themselves are noise), entries separated by '; '",
    "data_matrix_ascii_codewords": "as Data Matrix ASCII-mode codewords: each character is its code plus one, except that two digits in a row become one codeword 130 + their two-digit number (a = 98, 07 = 137), separated by spaces",
    "zmachine_zscii_packed_words": "as Z-machine (version 3) packed text: five-bit Z-characters, three to a 16-bit word, in upper-case hex words separated by spaces; 6-31 are a-z, 4 shifts the next one to A-Z, 5 shifts it to the punctuation row where 8-17 are 0-9, 18 is ., 22 is _ and 28 is -; 5 pads the last word, whose top bit is set",
    "look_and_say_code_points": "as look-and-say descriptions of the character codes: read each group in pairs of (count, digit), so 1917 = one 9, one 7 = 97 and 1122 = one 1, two 2 = 122; groups separated by spaces",
    "sha256_prefix_per_character": "with every character replaced by the first four hex digits of the SHA-256 of that single character (hash the character alone, as UTF-8), separated by spaces",
}
ENCODINGS = list(RULES)
assert len(ENCODINGS) == 22

FAMILIES = {
    "unicode_character_names": "metadata spelling (Unicode character names)",
    "dna_nucleotide_quads": "bio disguise (base four as nucleotides)",
    "midi_note_names": "music notation (MIDI note names)",
    "bijective_base26_column_letters": "bijective numeration (spreadsheet column letters)",
    "dotted_quad_ipv4_packing": "network disguise (bytes packed into IPv4 addresses)",
    "base91_henke_alphabet": "binary-to-text encoding (basE91)",
    "i_ching_hexagram_sextets": "six-bit symbol set (I Ching hexagrams)",
    "ebcdic_cp037_hex_bytes": "foreign character set (EBCDIC code page 037)",
    "brainfuck_program_output": "esoteric program (Brainfuck)",
    "bubblebabble_encoding": "pronounceable encoding (Bubble Babble)",
    "proquint_syllables": "pronounceable encoding (proquints)",
    "acrostic_word_initials": "steganography (acrostic of word initials)",
    "bushel_peck_quart_measures": "world disguise (mixed-radix US dry measures)",
    "base100_emoji_bytes": "emoji byte encoding (base100)",
    "negadecimal_code_points": "negative-base numeration (base -10)",
    "tally_mark_unary_codes": "unary counting (Unicode tally marks)",
    "gsm7_septet_packed_hex": "telecom bit packing (GSM 7-bit SMS PDU)",
    "gravity_drop_pairs": "world disguise (differences of hydrometer readings)",
    "data_matrix_ascii_codewords": "barcode data encodation (Data Matrix ASCII mode)",
    "zmachine_zscii_packed_words": "retro text packing (Z-machine Z-characters)",
    "look_and_say_code_points": "sequence description (look-and-say)",
    "sha256_prefix_per_character": "hash lookup substitution (SHA-256 prefixes)",
}

# ---------------------------------------------------------------- tables
_NOTE = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
_B91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\""
assert len(_B91) == 91
_EBC = {}
for _i, _c in enumerate("abcdefghi"):
    _EBC[_c] = 0x81 + _i
for _i, _c in enumerate("jklmnopqr"):
    _EBC[_c] = 0x91 + _i
for _i, _c in enumerate("stuvwxyz"):
    _EBC[_c] = 0xA2 + _i
for _i, _c in enumerate("ABCDEFGHI"):
    _EBC[_c] = 0xC1 + _i
for _i, _c in enumerate("JKLMNOPQR"):
    _EBC[_c] = 0xD1 + _i
for _i, _c in enumerate("STUVWXYZ"):
    _EBC[_c] = 0xE2 + _i
for _i in range(10):
    _EBC[str(_i)] = 0xF0 + _i
_EBC.update({"_": 0x6D, ".": 0x4B, "-": 0x60})
_BB_V = "aeiouy"
_BB_C = "bcdfghklmnprstvzx"
_PQ_C = "bdfghjklmnprstvz"
_PQ_V = "aiou"
_A2 = "0123456789.,!?_#'\"/\\-:()"   # Z-chars 8..31 of the version 3 punctuation row

WORDS = {
    "a": ["apple", "acid", "autumn", "ashmead"], "b": ["bramley", "barrel", "blossom", "bittersweet"],
    "c": ["cider", "cask", "cordon", "crate"], "d": ["dabinett", "damson", "dry"], "e": ["espalier", "elder", "ellis"],
    "f": ["foxwhelp", "firkin", "frost"], "g": ["graft", "gravity", "glass"], "h": ["hogshead", "harvest", "hopper"],
    "i": ["ice", "infusion", "islay"], "j": ["juice", "jonagold", "jug"], "k": ["keeve", "kingston", "keg"],
    "l": ["lees", "ladder", "label"], "m": ["mill", "malic", "medlar"], "n": ["nursery", "nose", "nectar"],
    "o": ["orchard", "oak", "oxbow"], "p": ["pomace", "perry", "pippin"], "q": ["quince", "quart"],
    "r": ["russet", "racking", "rootstock"], "s": ["scratter", "scion", "sparkle"], "t": ["tannin", "tirage", "tank"],
    "u": ["unfiltered", "upland"], "v": ["vat", "vintage"], "w": ["wassail", "windfall"], "x": ["xylem"],
    "y": ["yarlington", "yeast"], "z": ["zest"],
}
_ORD = ["0th", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"]


def _charname(c):
    if "a" <= c <= "z":
        n = "LATIN SMALL LETTER " + c.upper()
    elif "A" <= c <= "Z":
        n = "LATIN CAPITAL LETTER " + c
    elif "0" <= c <= "9":
        n = "DIGIT " + ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"][int(c)]
    else:
        n = {"_": "LOW LINE", ".": "FULL STOP", "-": "HYPHEN-MINUS"}[c]
    assert unicodedata.name(c) == n
    return n


def _bf(text):
    out = [">"]
    cur = 0
    for ch in text.encode():
        d = ch - cur
        if abs(d) <= 12:
            out.append(("+" if d > 0 else "-") * abs(d))
        else:
            a = int(abs(d) ** 0.5)
            b = abs(d) // a
            r = abs(d) - a * b
            sign = "+" if d > 0 else "-"
            out.append("<" + "+" * a + "[>" + sign * b + "<-]>" + sign * r)
        out.append(".")
        cur = ch
    return "".join(out)


def bubblebabble(data):
    out = "x"
    seed = 1
    rounds = len(data) // 2 + 1
    for i in range(rounds):
        if i + 1 < rounds or len(data) % 2 != 0:
            b1 = data[2 * i]
            out += _BB_V[(((b1 >> 6) & 3) + seed) % 6]
            out += _BB_C[(b1 >> 2) & 15]
            out += _BB_V[((b1 & 3) + seed // 6) % 6]
            if i + 1 < rounds:
                b2 = data[2 * i + 1]
                out += _BB_C[(b2 >> 4) & 15] + "-" + _BB_C[b2 & 15]
                seed = (seed * 5 + b1 * 7 + b2) % 36
        else:
            out += _BB_V[seed % 6] + "x" + _BB_V[seed // 6]
    return out + "x"


assert bubblebabble(b"") == "xexax"
assert bubblebabble(b"1234567890") == "xesef-disof-gytuf-katof-movif-baxux"
assert bubblebabble(b"Pineapple") == "xigak-nyryk-humil-bosek-sonax"


def _proquint_word(w):
    return (_PQ_C[(w >> 12) & 15] + _PQ_V[(w >> 10) & 3] + _PQ_C[(w >> 6) & 15] + _PQ_V[(w >> 4) & 3] + _PQ_C[w & 15])


assert _proquint_word(0x7F00) + "-" + _proquint_word(0x0001) == "lusab-babad"   # 127.0.0.1 from the proquint paper


def _gsm_pack(text):
    sept = [0x11 if c == "_" else ord(c) for c in text]
    acc, nb, out = 0, 0, []
    for s in sept:
        acc |= s << nb
        nb += 7
        while nb >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nb -= 8
    if nb:
        out.append(acc & 0xFF)
    return "%02X" % len(sept) + "".join("%02X" % b for b in out)


assert _gsm_pack("hellohello")[2:] == "E8329BFD4697D9EC37"


def _zchars(text):
    zs = []
    for c in text:
        if "a" <= c <= "z":
            zs.append(ord(c) - 97 + 6)
        elif "A" <= c <= "Z":
            zs += [4, ord(c) - 65 + 6]
        else:
            zs += [5, _A2.index(c) + 8]
    while len(zs) % 3:
        zs.append(5)
    words = []
    for i in range(0, len(zs), 3):
        w = (zs[i] << 10) | (zs[i + 1] << 5) | zs[i + 2]
        if i + 3 == len(zs):
            w |= 0x8000
        words.append("%04X" % w)
    return " ".join(words)


def _look_and_say(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)


def _negadec(n):
    if n == 0:
        return "0"
    ds = []
    while n != 0:
        r = n % 10
        ds.append(str(r))
        n = (n - r) // -10
    return "".join(reversed(ds))


assert _negadec(97) == "117" and _negadec(122) == "282" and _negadec(45) == "165"


def _bij26(n):
    s = ""
    while n > 0:
        n -= 1
        s = chr(65 + n % 26) + s
        n //= 26
    return s


assert _bij26(97) == "CS" and _bij26(122) == "DR" and _bij26(27) == "AA"


def _sha_prefix_table():
    tab = {}
    for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-":
        tab[c] = hashlib.sha256(c.encode()).hexdigest()[:4]
    assert len(set(tab.values())) == len(tab)
    return tab


_SHA = _sha_prefix_table()
assert _SHA["a"] == "ca97"
assert unicodedata.name("\U0001D378") == "TALLY MARK FIVE" and unicodedata.name("\U0001D377") == "TALLY MARK ONE"
assert unicodedata.name("\u4DC0").startswith("HEXAGRAM FOR THE CREATIVE")


def enc(name, plain, rng):
    data = plain.encode()
    if name == "unicode_character_names":
        return " / ".join(_charname(c) for c in plain)
    if name == "dna_nucleotide_quads":
        return "".join("ACGT"[(b >> 6) & 3] + "ACGT"[(b >> 4) & 3] + "ACGT"[(b >> 2) & 3] + "ACGT"[b & 3] for b in data)
    if name == "midi_note_names":
        return " ".join("%s%d" % (_NOTE[b % 12], b // 12 - 1) for b in data)
    if name == "bijective_base26_column_letters":
        return " ".join(_bij26(b) for b in data)
    if name == "dotted_quad_ipv4_packing":
        padded = list(data) + [0] * (-len(data) % 4)
        return ", ".join(".".join(str(x) for x in padded[i:i + 4]) for i in range(0, len(padded), 4))
    if name == "base91_henke_alphabet":
        b = n = 0
        out = []
        for byte in data:
            b |= byte << n
            n += 8
            if n > 13:
                v = b & 8191
                if v > 88:
                    b >>= 13
                    n -= 13
                else:
                    v = b & 16383
                    b >>= 14
                    n -= 14
                out.append(_B91[v % 91] + _B91[v // 91])
        if n:
            out.append(_B91[b % 91])
            if n > 7 or b > 90:
                out.append(_B91[b // 91])
        return "".join(out)
    if name == "i_ching_hexagram_sextets":
        bits = "".join("{:08b}".format(x) for x in data)
        bits += "0" * (-len(bits) % 6)
        return "".join(chr(0x4DC0 + int(bits[i:i + 6], 2)) for i in range(0, len(bits), 6))
    if name == "ebcdic_cp037_hex_bytes":
        return " ".join("%02X" % _EBC[c] for c in plain)
    if name == "brainfuck_program_output":
        return _bf(plain)
    if name == "bubblebabble_encoding":
        return bubblebabble(data)
    if name == "proquint_syllables":
        padded = list(data) + [0] * (len(data) % 2)
        return "-".join(_proquint_word((padded[i] << 8) | padded[i + 1]) for i in range(0, len(padded), 2))
    if name == "acrostic_word_initials":
        toks = []
        for c in plain:
            if c.islower():
                toks.append(rng.choice(WORDS[c]))
            elif c.isupper():
                w = rng.choice(WORDS[c.lower()])
                toks.append(w[:1].upper() + w[1:])
            elif c.isdigit():
                toks.append(_ORD[int(c)])
            else:
                toks.append({"_": "_", ".": "...", "-": "-"}[c])
        return " ".join(toks)
    if name == "bushel_peck_quart_measures":
        ents = []
        for b in data:
            bu, r = divmod(b, 32)
            pk, r = divmod(r, 8)
            gal, qt = divmod(r, 4)
            ents.append("crate %d: %d bu %d pk %d gal %d qt" % (rng.randint(1, 60), bu, pk, gal, qt))
        return "; ".join(ents)
    if name == "base100_emoji_bytes":
        return "".join(chr(0x1F3F7 + b) for b in data)
    if name == "negadecimal_code_points":
        return " ".join(_negadec(b) for b in data)
    if name == "tally_mark_unary_codes":
        return " ".join("\U0001D378" * (b // 5) + "\U0001D377" * (b % 5) for b in data)
    if name == "gsm7_septet_packed_hex":
        return _gsm_pack(plain)
    if name == "gravity_drop_pairs":
        ents = []
        for b in data:
            fg = rng.randint(990, 1012)
            og = fg + b
            ents.append("T%d %d.%03d→%d.%03d" % (rng.randint(1, 14), og // 1000, og % 1000, fg // 1000, fg % 1000))
        return "; ".join(ents)
    if name == "data_matrix_ascii_codewords":
        cws, i = [], 0
        while i < len(plain):
            if plain[i].isdigit() and i + 1 < len(plain) and plain[i + 1].isdigit():
                cws.append(130 + int(plain[i:i + 2]))
                i += 2
            else:
                cws.append(ord(plain[i]) + 1)
                i += 1
        return " ".join(str(x) for x in cws)
    if name == "zmachine_zscii_packed_words":
        return _zchars(plain)
    if name == "look_and_say_code_points":
        return " ".join(_look_and_say(str(b)) for b in data)
    if name == "sha256_prefix_per_character":
        return " ".join(_SHA[c] for c in plain)
    raise ValueError(name)
