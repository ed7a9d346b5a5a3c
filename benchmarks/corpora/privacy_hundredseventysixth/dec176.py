"""Independent decoders for the evasion notations. Written without importing enc176, base64,
binascii or codecs: tables are retyped, algorithms differ where possible (NFKC for the
look-alike blocks, big-integer reading for Base58, digit arithmetic for Base45 / Z85)."""
import math
import re
import unicodedata

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZ" + "abcdefghijkmnopqrstuvwxyz"
_B45 = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + " $%*+-./:"
_Z85 = "0123456789" + "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + ".-:+=^!/*?&<>()[]{}@%$#"
_MORSE_BACK = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-....-": "-", "..--.-": "_",
    ".-.-.-": ".",
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NOTES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}


def _grid():
    cells = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [str(d) for d in range(10)] + ["-", "_", "."]
    return {(i // 9 + 1, i % 9 + 1): ch for i, ch in enumerate(cells)}


def _roman_value(s):
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def _bal3_value(s):
    n = 0
    for ch in s:
        n = n * 3 + {"+": 1, "0": 0, "-": -1}[ch]
    return n


def decode(name, run):
    if name in ("fullwidth_latin_forms", "bold_fraktur_letters_double_struck_digits"):
        return unicodedata.normalize("NFKC", run)
    if name == "unicode_tag_characters_smuggled":
        return "".join(chr(ord(c) - 0xE0000) for c in run)
    if name == "zero_width_space_nonjoiner_bits":
        bs = bytes(int("".join("1" if c == "\u200c" else "0" for c in grp), 2) for grp in run.split("\u2060"))
        return bs.decode("utf-8")
    if name == "morse_with_caret_capitals":
        out = []
        for grp in run.split(" "):
            if grp.startswith("^"):
                out.append(_MORSE_BACK[grp[1:]].upper())
            else:
                out.append(_MORSE_BACK[grp])
        return "".join(out)
    if name == "base58_bitcoin_alphabet":
        n = 0
        for ch in run:
            n = n * 58 + _B58.index(ch)
        body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
        lead = len(run) - len(run.lstrip("1"))
        return (b"\0" * lead + body).decode("utf-8")
    if name == "base45_rfc9285":
        vals = [_B45.index(ch) for ch in run]
        out = bytearray()
        i = 0
        while i < len(vals):
            chunk = vals[i:i + 3]
            if len(chunk) == 3:
                n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
                out += bytes([n >> 8, n & 0xFF])
            else:
                out.append(chunk[0] + chunk[1] * 45)
            i += 3
        return out.decode("utf-8")
    if name == "z85_zeromq":
        out = bytearray()
        for i in range(0, len(run), 5):
            n = 0
            for ch in run[i:i + 5]:
                n = n * 85 + _Z85.index(ch)
            out += bytes([(n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255])
        return out.decode("utf-8")
    if name == "percent_encoded_every_byte":
        return bytes(int(h, 16) for h in re.findall(r"%([0-9A-F]{2})", run)).decode("utf-8")
    if name == "html_decimal_entities":
        return "".join(chr(int(d)) for d in re.findall(r"&#(\d+);", run))
    if name == "roman_numeral_code_points":
        return "".join(chr(_roman_value(tok)) for tok in run.split(" "))
    if name == "balanced_ternary_code_points":
        return "".join(chr(_bal3_value(tok)) for tok in run.split(" "))
    if name == "polybius_grid_nine_columns":
        g = _grid()
        return "".join(g[(int(tok[0]), int(tok[1]))] for tok in run.split(" "))
    if name == "rot47_printable_ascii":
        return "".join(chr((ord(c) - 33 + 47) % 94 + 33) if "!" <= c <= "~" else c for c in run)
    if name == "autokey_cipher_keyword_piano":
        stream = [ord(c) - 65 for c in "PIANO"]
        out = []
        for c in run:
            if c.isascii() and c.isdigit():
                p = (int(c) - stream.pop(0)) % 10
                out.append(str(p))
                stream.append(p)
            elif c.isascii() and c.isalpha():
                lo = c.lower()
                p = (ord(lo) - 97 - stream.pop(0)) % 26
                ch = chr(97 + p)
                out.append(ch.upper() if c.isupper() else ch)
                stream.append(p)
            else:
                out.append(c)
        return "".join(out)
    if name == "decoy_character_after_each":
        return run[0::2]
    if name == "piano_key_note_names_offset_forty":
        out = []
        for m in re.finditer(r"([A-G]#?)(\d)", run):
            key = int(m.group(2)) * 12 + _NOTES[m.group(1)] - 8
            out.append(chr(key + 40))
        return "".join(out)
    if name == "equal_tempered_frequencies_hz":
        out = []
        for f in re.findall(r"([\d.]+) Hz", run):
            key = int(round(12 * math.log2(float(f) / 440.0))) + 49
            out.append(chr(key + 40))
        return "".join(out)
    if name == "string_gauge_sets_thousandths":
        return "".join(chr(int(tok.lstrip("."))) for tok in run.split(" "))
    if name == "tuning_cents_deviation_offset_eighty":
        return "".join(chr(int(tok.rstrip("\u00a2")) + 80) for tok in run.split(" "))
    if name == "metronome_tempo_marks_bpm":
        return "".join(chr(int(x)) for x in re.findall(r"=(\d+)", run))
    if name == "midi_note_on_velocity_messages":
        return "".join(chr(int(m.group(1), 16)) for m in re.finditer(r"90 ([0-9A-F]{2}) [0-9A-F]{2}", run))
    raise KeyError(name)
