"""Encoders for the evasion source (the decoder lives in dec199.py and imports nothing from here)."""
import base64

MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", "-": "-....-",
         "_": "..--.-"}

QWERTY_ROWS = ["1234567890-=", "qwertyuiop[", "asdfghjkl;", "zxcvbnm,./"]
QWERTY_SHIFT_ROWS = ["QWERTYUIOP{", "ASDFGHJKL:", "ZXCVBNM<"]


def _right_map():
    m = {}
    for row in QWERTY_ROWS + QWERTY_SHIFT_ROWS:
        for a, b in zip(row, row[1:]):
            m[a] = b
    m["_"] = "+"
    return m


RIGHT = _right_map()

TURN = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.",
                "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆꓷƎℲ⅁HIſꓘ⅂WNOԀꝹꓤSꓕ∩ΛMX⅄Z0ƖᄅƐㄣϛ9ㄥ86-‾˙"))

NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
ETH_UNITS = "፩፪፫፬፭፮፯፰፱"
ETH_TENS = "፲፳፴፵፶፷፸፹፺"
ETH_HUNDRED = "፻"
EO_UNITS = ["", "unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ"]
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
BENGALI = "০১২৩৪৫৬৭৮৯"


def to_base(n, b, digits="0123456789"):
    out = ""
    while True:
        n, r = divmod(n, b)
        out = digits[r] + out
        if n == 0:
            return out


def z85_encode(data):
    data = data + b"\0" * (-len(data) % 4)
    out = ""
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], "big")
        chunk = ""
        for _ in range(5):
            n, r = divmod(n, 85)
            chunk = Z85[r] + chunk
        out += chunk
    return out


def ethiopic(n):
    out = ""
    if n >= 100:
        out += ETH_HUNDRED
        n -= 100
    if n >= 10:
        out += ETH_TENS[n // 10 - 1]
    if n % 10:
        out += ETH_UNITS[n % 10 - 1]
    return out


def esperanto(n):
    words = []
    if n >= 100:
        words.append("cent")
        n -= 100
    t, u = divmod(n, 10)
    if t:
        words.append(("" if t == 1 else EO_UNITS[t]) + "dek")
    if u:
        words.append(EO_UNITS[u])
    return " ".join(words)


def mb(ch):
    if "A" <= ch <= "Z":
        return chr(0x1D400 + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(0x1D41A + ord(ch) - 97)
    if "0" <= ch <= "9":
        return chr(0x1D7CE + ord(ch) - 48)
    return ch


def regional(ch):
    if "a" <= ch <= "z":
        return chr(0x1F1E6 + ord(ch) - 97)
    if "A" <= ch <= "Z":
        return "^" + chr(0x1F1E6 + ord(ch) - 65)
    return ch


def enc(name, plain, rng):
    b = plain.encode()
    cps = [ord(c) for c in plain]
    if name == "nonary_code_points":
        return " ".join(to_base(c, 9) for c in cps)
    if name == "bengali_digit_code_points":
        return " ".join("".join(BENGALI[int(d)] for d in str(c)) for c in cps)
    if name == "braille_cells_utf8_bytes":
        return "".join(chr(0x2800 + x) for x in b)
    if name == "morse_code_caret_capitals":
        return " ".join(("^" if ch.isupper() else "") + MORSE[ch.lower()] for ch in plain)
    if name == "qwerty_key_to_the_right":
        return "".join(RIGHT[ch] for ch in plain)
    if name == "base32_rfc4648_utf8":
        return base64.b32encode(b).decode()
    if name == "z85_zeromq_nul_padded":
        return z85_encode(b)
    if name == "acrostic_word_initials":
        return " ".join(ch + "".join(rng.choice("aeioulnrst") for _ in range(rng.randint(2, 5))) for ch in plain)
    if name == "mathematical_bold_serif_letters":
        return "".join(mb(ch) for ch in plain)
    if name == "regional_indicator_caret_capitals":
        return "".join(regional(ch) for ch in plain)
    if name == "combining_long_stroke_overlay":
        return "".join(ch + "\u0336" for ch in plain)
    if name == "upside_down_turned_text":
        return "".join(TURN[ch] for ch in reversed(plain))
    if name == "midi_note_names_code_points":
        return " ".join(NOTE_NAMES[c % 12] + str(c // 12 - 1) for c in cps)
    if name == "metronome_marks_bpm":
        return " · ".join("♩ = %d" % c for c in cps)
    if name == "exam_marks_out_of_150":
        return "; ".join("cand %04d: %d/150" % (rng.randint(1, 9999), c) for c in cps)
    if name == "recital_seat_row_and_number":
        return ", ".join("Row %s seat %d" % (chr(65 + c // 20), c % 20 + 1) for c in cps)
    if name == "koechel_catalogue_numbers":
        return ", ".join("K. %d" % c for c in cps)
    if name == "ethiopic_numerals_code_points":
        return " ".join(ethiopic(c) for c in cps)
    if name == "squared_code_points":
        return " ".join(str(c * c) for c in cps)
    if name == "utf8_bytes_as_ipv4_addresses":
        p = b + b"\0" * (-len(b) % 4)
        return " ".join(".".join(str(x) for x in p[i:i + 4]) for i in range(0, len(p), 4))
    if name == "esperanto_number_words_code_points":
        return " / ".join(esperanto(c) for c in cps)
    if name == "dojo_three_judge_score_totals":
        out = []
        for c in cps:
            while True:
                a = rng.randint(15, 45)
                bb = rng.randint(15, 45)
                cc = c - a - bb
                if 15 <= cc <= 45:
                    break
            out.append("[%d %d %d]" % (a, bb, cc))
        return " ".join(out)
    raise KeyError(name)


# name: (family, rule in words)
ENCODINGS = {
    "nonary_code_points": ("numeral system (base 9)", "as character codes in base 9 (digits 0-8), separated by spaces"),
    "bengali_digit_code_points": ("numeral notation (Bengali digits)", "as decimal character codes written with Bengali digits (০ = 0 … ৯ = 9), separated by spaces"),
    "braille_cells_utf8_bytes": ("Unicode symbol block (8-dot Braille)", "as 8-dot Braille cells, one per UTF-8 byte: the dot pattern of each cell is the byte (U+2800 plus the byte)"),
    "morse_code_caret_capitals": ("signal code (Morse)", "in Morse code, letters separated by spaces, a ^ before a capital letter, - _ . written with their Morse signs"),
    "qwerty_key_to_the_right": ("keyboard trick (QWERTY shift)", "typed one key to the right on a QWERTY keyboard (the same row, shift state kept; _ becomes +)"),
    "base32_rfc4648_utf8": ("byte notation (Base32)", "in RFC 4648 Base32 (A-Z and 2-7, = padding) of its UTF-8 bytes"),
    "z85_zeromq_nul_padded": ("byte notation (Z85)", "in ZeroMQ Z85 of its UTF-8 bytes, padded with NUL bytes to a multiple of four (drop the trailing NULs)"),
    "acrostic_word_initials": ("positional trick (acrostic)", "as an acrostic: read the first character of every word, separated by spaces"),
    "mathematical_bold_serif_letters": ("Unicode look-alike block (bold serif)", "in mathematical bold letters and bold digits (look-alikes that fold back under NFKC); - _ . unchanged"),
    "regional_indicator_caret_capitals": ("Unicode symbol block (regional indicators)", "in regional-indicator letters (the flag letters), a ^ before a capital, digits and - _ . unchanged"),
    "combining_long_stroke_overlay": ("Unicode combining trick (strike-through)", "with a combining long stroke (U+0336) after every character, so it looks struck through"),
    "upside_down_turned_text": ("Unicode look-alike trick (turned text)", "turned upside down: every character replaced by its turned look-alike and the order reversed"),
    "midi_note_names_code_points": ("music-world disguise (MIDI notes)", "as a melody in note names, one per character: the MIDI note number (C4 = 60) is the character code"),
    "metronome_marks_bpm": ("music-world disguise (metronome marks)", "as metronome marks, one per character: the beats per minute are the character code"),
    "exam_marks_out_of_150": ("music-world disguise (exam marks)", "as graded-exam results, one per character: the mark out of 150 is the character code (the candidate number is noise)"),
    "recital_seat_row_and_number": ("music-world disguise (recital seats)", "as recital seats, one per character: the row letter (A = 0, B = 1 …) times 20 plus the seat number minus 1 is the character code"),
    "koechel_catalogue_numbers": ("music-world disguise (Köchel numbers)", "as a list of Mozart pieces, one per character: the Köchel catalogue number is the character code"),
    "ethiopic_numerals_code_points": ("numeral system (Ge'ez numerals)", "as character codes in Ethiopic (Ge'ez) numerals (፩ = 1 … ፱ = 9, ፲ = 10 … ፺ = 90, ፻ = 100), separated by spaces"),
    "squared_code_points": ("arithmetic (squares)", "as the squares of the character codes, separated by spaces"),
    "utf8_bytes_as_ipv4_addresses": ("developer disguise (IPv4 addresses)", "as IPv4 addresses: its UTF-8 bytes four at a time, padded with zero bytes (drop the trailing zeros), separated by spaces"),
    "esperanto_number_words_code_points": ("spelled form (Esperanto number words)", "as character codes spelled out in Esperanto number words, separated by slashes"),
    "dojo_three_judge_score_totals": ("dojo-world disguise (judges' scores)", "as tournament score sheets, one bracket per character: the three judges' marks add up to the character code"),
}
