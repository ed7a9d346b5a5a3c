"""Encoders for the 22 evasion notations (the decoders live separately in dec176.py)."""

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
POLY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", "-": "-....-", "_": "..--.-", ".": ".-.-.-",
}
NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]

RULES = {
    "fullwidth_latin_forms": "in fullwidth forms: every printable ASCII character replaced by its fullwidth twin (U+FF01 for !, code point + 0xFEE0)",
    "bold_fraktur_letters_double_struck_digits": "in mathematical bold Fraktur letters (U+1D56C for A, U+1D586 for a) and double-struck digits (U+1D7D8 for 0); - _ . unchanged",
    "unicode_tag_characters_smuggled": "in invisible Unicode tag characters: every character c written as U+E0000 + c (the line below looks empty but is not)",
    "zero_width_space_nonjoiner_bits": "in zero-width characters: eight bits per UTF-8 byte, most significant first, U+200B for 0 and U+200C for 1, bytes separated by U+2060 WORD JOINER",
    "morse_with_caret_capitals": "in International Morse code, one group per character separated by spaces, a capital letter marked by ^ in front of its group (- is -....-, _ is ..--.-, . is .-.-.-)",
    "base58_bitcoin_alphabet": "in Base58 with the Bitcoin alphabet (no 0, O, I or l) of the UTF-8 bytes read as one big-endian number",
    "base45_rfc9285": "in Base45 (RFC 9285, alphabet 0-9 A-Z space $ % * + - . / :) of the UTF-8 bytes, two bytes to three characters, least significant first",
    "z85_zeromq": "in Z85 (the ZeroMQ Base85 alphabet), four UTF-8 bytes to five characters, big-endian",
    "percent_encoded_every_byte": "percent-encoded, every UTF-8 byte written as % and two upper-case hex digits, even the safe ones",
    "html_decimal_entities": "as HTML decimal character references, &#N; for every character, N being the code point",
    "roman_numeral_code_points": "as Roman numerals separated by spaces, one per character, each being the code point",
    "balanced_ternary_code_points": "in balanced ternary with digits + 0 - (most significant first), one number per character separated by spaces, each being the code point",
    "polybius_grid_nine_columns": "as Polybius-square coordinates row then column (1-based) in a grid of nine columns filled row by row with A-Z, a-z, 0-9, -, _ and ., pairs separated by spaces",
    "rot47_printable_ascii": "with ROT47: every printable ASCII character from ! to ~ rotated 47 places round that range of 94",
    "autokey_cipher_keyword_piano": "with an autokey cipher primed with PIANO: the key stream is P I A N O followed by the plain text's own letters and digits (as values a=0 … z=25, 0-9 as themselves); each letter moves forward by the key value round a-z (case kept), each digit by the key value modulo 10; - _ . unchanged and not keyed",
    "decoy_character_after_each": "with a decoy after every real character: read only the 1st, 3rd, 5th … characters",
    "piano_key_note_names_offset_forty": "as piano keys in scientific pitch notation, one per character separated by spaces: the key number (A0 = 1 … C8 = 88) plus 40 is the code point",
    "equal_tempered_frequencies_hz": "as equal-tempered frequencies (A4 = 440 Hz = key 49), one per character separated by ', ': the piano key number of each frequency plus 40 is the code point",
    "string_gauge_sets_thousandths": "as string gauges in inches, one per character separated by spaces: the gauge in thousandths of an inch is the code point",
    "tuning_cents_deviation_offset_eighty": "as tuning-log deviations in cents, one per character separated by spaces: the deviation plus 80 is the code point",
    "metronome_tempo_marks_bpm": "as metronome marks (quarter note = BPM) separated by ', ', one per character: the BPM is the code point",
    "midi_note_on_velocity_messages": "as MIDI note-on messages (status 90, note, velocity; hex) separated by ' | ', one per character: the note number is the code point, the velocity is noise",
}
ENCODINGS = list(RULES)


def _roman(n):
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def _bal3(n):
    digits = ""
    while n:
        r = n % 3
        if r == 0:
            digits = "0" + digits
            n //= 3
        elif r == 1:
            digits = "+" + digits
            n //= 3
        else:
            digits = "-" + digits
            n = (n + 1) // 3
    return digits or "0"


def _kv(ch):
    if "a" <= ch.lower() <= "z":
        return ord(ch.lower()) - 97
    return int(ch)


def encode(name, plain, rng):
    data = plain.encode("utf-8")
    if name == "fullwidth_latin_forms":
        return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in plain)
    if name == "bold_fraktur_letters_double_struck_digits":
        out = []
        for c in plain:
            if "A" <= c <= "Z":
                out.append(chr(0x1D56C + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x1D586 + ord(c) - 97))
            elif "0" <= c <= "9":
                out.append(chr(0x1D7D8 + ord(c) - 48))
            else:
                out.append(c)
        return "".join(out)
    if name == "unicode_tag_characters_smuggled":
        return "".join(chr(0xE0000 + ord(c)) for c in plain)
    if name == "zero_width_space_nonjoiner_bits":
        return "\u2060".join("".join("\u200c" if (b >> (7 - i)) & 1 else "\u200b" for i in range(8)) for b in data)
    if name == "morse_with_caret_capitals":
        return " ".join(("^" if c.isupper() else "") + MORSE[c.lower()] for c in plain)
    if name == "base58_bitcoin_alphabet":
        n = int.from_bytes(data, "big")
        out = ""
        while n:
            n, r = divmod(n, 58)
            out = B58[r] + out
        pad = len(data) - len(data.lstrip(b"\0"))
        return "1" * pad + out
    if name == "base45_rfc9285":
        out = []
        for i in range(0, len(data) - 1, 2):
            n = data[i] * 256 + data[i + 1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out.append(B45[c] + B45[d] + B45[e])
        if len(data) % 2:
            n = data[-1]
            out.append(B45[n % 45] + B45[n // 45])
        return "".join(out)
    if name == "z85_zeromq":
        if len(data) % 4:
            raise ValueError("Z85 needs a multiple of four bytes")
        out = []
        for i in range(0, len(data), 4):
            n = int.from_bytes(data[i:i + 4], "big")
            block = ""
            for _ in range(5):
                n, r = divmod(n, 85)
                block = Z85[r] + block
            out.append(block)
        return "".join(out)
    if name == "percent_encoded_every_byte":
        return "".join("%%%02X" % b for b in data)
    if name == "html_decimal_entities":
        return "".join("&#%d;" % ord(c) for c in plain)
    if name == "roman_numeral_code_points":
        return " ".join(_roman(ord(c)) for c in plain)
    if name == "balanced_ternary_code_points":
        return " ".join(_bal3(ord(c)) for c in plain)
    if name == "polybius_grid_nine_columns":
        return " ".join("%d%d" % (POLY.index(c) // 9 + 1, POLY.index(c) % 9 + 1) for c in plain)
    if name == "rot47_printable_ascii":
        return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in plain)
    if name == "autokey_cipher_keyword_piano":
        stream = [15, 8, 0, 13, 14]
        out = []
        for c in plain:
            if c.isalnum() and c.isascii():
                k = stream.pop(0)
                if c.isdigit():
                    out.append(str((int(c) + k) % 10))
                else:
                    base = 65 if c.isupper() else 97
                    out.append(chr(base + (ord(c) - base + k) % 26))
                stream.append(_kv(c))
            else:
                out.append(c)
        return "".join(out)
    if name == "decoy_character_after_each":
        return "".join(c + rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for c in plain)
    if name == "piano_key_note_names_offset_forty":
        out = []
        for c in plain:
            key = ord(c) - 40
            idx = (key + 8) % 12
            octave = (key + 8) // 12
            out.append(NOTE_NAMES[idx] + str(octave))
        return " ".join(out)
    if name == "equal_tempered_frequencies_hz":
        return ", ".join("%.2f Hz" % (440.0 * 2 ** ((ord(c) - 40 - 49) / 12.0)) for c in plain)
    if name == "string_gauge_sets_thousandths":
        return " ".join(".%03d" % ord(c) for c in plain)
    if name == "tuning_cents_deviation_offset_eighty":
        return " ".join("%+d\u00a2" % (ord(c) - 80) for c in plain)
    if name == "metronome_tempo_marks_bpm":
        return ", ".join("\u2669=%d" % ord(c) for c in plain)
    if name == "midi_note_on_velocity_messages":
        return " | ".join("90 %02X %02X" % (ord(c), rng.randrange(40, 128)) for c in plain)
    raise KeyError(name)
