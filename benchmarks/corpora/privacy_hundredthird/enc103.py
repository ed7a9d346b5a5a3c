"""Encoders for the 22 evasion notations (the decoder is dec103.py, written separately)."""
import base64

NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
BBV, BBC = "aeiouy", "bcdfghklmnprstvzx"
PQC, PQV = "bdfghjklmnprstvz", "aiou"
GRID = ["abcdef", "ghijkl", "mnopqr", "stuvwx", "yz0123", "456789"]
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def _bigint(s, alpha):
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, m = divmod(n, len(alpha))
        out = alpha[m] + out
    return out


def bubble(s):
    b = s.encode()
    seed, out = 1, ["x"]
    for i in range(0, len(b) - 1, 2):
        b1, b2 = b[i], b[i + 1]
        out += [BBV[(((b1 >> 6) & 3) + seed) % 6], BBC[(b1 >> 2) & 15], BBV[((b1 & 3) + seed // 6) % 6],
                BBC[(b2 >> 4) & 15], "-", BBC[b2 & 15]]
        seed = (seed * 5 + b1 * 7 + b2) % 36
    if len(b) % 2 == 0:
        out += [BBV[seed % 6], "x", BBV[seed // 6]]
    else:
        b1 = b[-1]
        out += [BBV[(((b1 >> 6) & 3) + seed) % 6], BBC[(b1 >> 2) & 15], BBV[((b1 & 3) + seed // 6) % 6]]
    out.append("x")
    return "".join(out)


def proquint(s):
    b = s.encode()
    words = []
    for i in range(0, len(b), 2):
        n = b[i] << 8 | b[i + 1]
        words.append(PQC[n >> 12 & 15] + PQV[n >> 10 & 3] + PQC[n >> 6 & 15] + PQV[n >> 4 & 3] + PQC[n & 15])
    return "-".join(words)


def zb32(s):
    bits = "".join(f"{x:08b}" for x in s.encode())
    bits += "0" * (-len(bits) % 5)
    return "".join(ZB32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def multitap(s):
    toks = []
    for ch in s:
        if ch.isdigit():
            toks.append("#" + ch)
        elif ch in "-_.":
            toks.append("1" * ("-_.".index(ch) + 1))
        else:
            for k, letters in KEYS.items():
                if ch.lower() in letters:
                    t = k * (letters.index(ch.lower()) + 1)
                    toks.append(("^" + t) if ch.isupper() else t)
    return " ".join(toks)


def sans_bold(s):
    out = ""
    for ch in s:
        if "A" <= ch <= "Z":
            out += chr(0x1D5D4 + ord(ch) - 65)
        elif "a" <= ch <= "z":
            out += chr(0x1D5EE + ord(ch) - 97)
        elif "0" <= ch <= "9":
            out += chr(0x1D7EC + ord(ch) - 48)
        else:
            out += ch
    return out


# name -> (rule text, encoder)
ENC = {
    "midi_note_names_per_code_point": ("as MIDI note names, one per character (note number = code point, C-1 = 0, sharps written #), separated by spaces",
                                       lambda s: " ".join(NOTES[ord(c) % 12] + str(ord(c) // 12 - 1) for c in s)),
    "midi_note_on_hex_messages": ("as MIDI note-on messages in hex, one per character (90 = note on channel 1, then the code point as the note byte, velocity 64), messages separated by |",
                                  lambda s: " | ".join(f"90 {ord(c):02X} 64" for c in s)),
    "pcm16_signed_sample_values": ("as signed 16-bit PCM sample values, one per byte: sample = (byte - 128) * 256, comma-separated",
                                   lambda s: ",".join(str((b - 128) * 256) for b in s.encode())),
    "base58_bitcoin_alphabet": ("in Base58 with the Bitcoin alphabet (UTF-8 bytes read as one big-endian integer)", lambda s: _bigint(s, B58)),
    "base62_integer_digits": ("in base 62 with digits 0-9, then A-Z, then a-z (UTF-8 bytes read as one big-endian integer)", lambda s: _bigint(s, B62)),
    "ascii85_adobe_delimited": ("in Adobe Ascii85 between <~ and ~>", lambda s: base64.a85encode(s.encode(), adobe=True).decode()),
    "zbase32_human_alphabet": ("in z-base-32 (alphabet ybndrfg8ejkmcpqxot1uwisza345h769, UTF-8 bits read 5 at a time, last group zero-padded, no padding characters)", zb32),
    "bubble_babble_words": ("in Bubble Babble (the ssh-keygen -B fingerprint notation) over its UTF-8 bytes", bubble),
    "proquint_uint16_words": ("as proquints, one five-letter word per 16-bit big-endian pair of bytes, joined by -", proquint),
    "binary_lsb_first_octets": ("in binary, eight bits per byte written least significant bit first, bytes separated by spaces",
                                lambda s: " ".join(f"{b:08b}"[::-1] for b in s.encode())),
    "percent_escape_every_byte": ("URL percent-encoded with every byte escaped as %HH, upper-case hex", lambda s: "".join(f"%{b:02X}" for b in s.encode())),
    "unicode_uplus_code_points": ("as Unicode U+ code points, four hex digits each, separated by spaces", lambda s: " ".join(f"U+{ord(c):04X}" for c in s)),
    "packed_bcd_decimal_codes": ("in packed BCD: each code point as three decimal digits, each digit as four bits, characters separated by spaces",
                                 lambda s: " ".join("".join(f"{int(d):04b}" for d in f"{ord(c):03d}") for c in s)),
    "polybius_six_by_six_pairs": ("with a 6x6 Polybius square (rows abcdef / ghijkl / mnopqr / stuvwx / yz0123 / 456789, row digit then column digit, 1-based), pairs separated by spaces",
                                  lambda s: " ".join(f"{r + 1}{row.index(c) + 1}" for c in s for r, row in enumerate(GRID) if c in row)),
    "phone_keypad_multitap": ("as phone keypad multi-tap presses separated by spaces (2=abc 3=def 4=ghi 5=jkl 6=mno 7=pqrs 8=tuv 9=wxyz, ^ before an upper-case letter, # before a literal digit, 1 = -, 11 = _, 111 = .)", multitap),
    "powershell_char_array_join": ("as a PowerShell expression joining a char array of decimal code points",
                                   lambda s: "[char[]](" + ",".join(str(ord(c)) for c in s) + ") -join ''"),
    "spreadsheet_char_ampersand_formula": ("as a spreadsheet formula chaining CHAR(n) of decimal codes with &", lambda s: "=" + "&".join(f"CHAR({ord(c)})" for c in s)),
    "every_character_doubled": ("with every character typed twice (read every second character)", lambda s: "".join(c * 2 for c in s)),
    "one_character_per_line": ("one character per line (join the lines)", lambda s: "\n".join(s)),
    "position_shifted_code_points": ("as decimal code points where each character's code point was increased by its 1-based position, separated by spaces",
                                     lambda s: " ".join(str(ord(c) + i + 1) for i, c in enumerate(s))),
    "math_sans_bold_alphanumerics": ("in Unicode mathematical sans-serif bold letters and digits (- _ . unchanged)", sans_bold),
    "nibble_letters_a_to_p": ("as two letters per byte, high nibble first, a = 0 ... p = 15", lambda s: "".join(chr(97 + (b >> 4)) + chr(97 + (b & 15)) for b in s.encode())),
}
