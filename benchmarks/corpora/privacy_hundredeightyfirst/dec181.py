"""Independent decoders for the p181 evasion notations.
Written separately from enc181: imports nothing from it and no base64 / binascii / codecs."""
import re, unicodedata

_SYM = ["H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
        "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
        "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
        "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
        "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb"]
_Q = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
      "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?"]
_D = ["`1234567890[]", "',.pyfgcrl/=\\", "aoeuidhtns-", ";qjkxbmwvz",
      "~!@#$%^&*(){}", "\"<>PYFGCRL?+|", "AOEUIDHTNS_", ":QJKXBMWVZ"]
_COL = {"black": 0, "brown": 1, "red": 2, "orange": 3, "yellow": 4, "green": 5, "blue": 6, "violet": 7}

def _bytes_to_str(bs):
    return bytes(bs).decode("utf-8")

def _unmix():
    key = "chalk"
    seen = list(key)
    for c in "zyxwvutsrqponmlkjihgfedcba":
        if c not in seen:
            seen.append(c)
    return {m: chr(97 + i) for i, m in enumerate(seen)}

def decode(name, run):
    if name == "braille_pattern_byte_cells":
        return _bytes_to_str([ord(c) - 0x2800 for c in run])
    if name in ("mathematical_monospace_forms", "circled_alphanumeric_enclosures"):
        out = ""
        for c in run:
            if c in "-_.":
                out += c
                continue
            nm = unicodedata.name(c)
            if nm.startswith("MATHEMATICAL MONOSPACE CAPITAL "):
                out += nm.split()[-1]
            elif nm.startswith("MATHEMATICAL MONOSPACE SMALL "):
                out += nm.split()[-1].lower()
            elif nm.startswith("MATHEMATICAL MONOSPACE DIGIT "):
                out += str(["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].index(nm.split()[-1]))
            elif nm.startswith("CIRCLED LATIN CAPITAL LETTER "):
                out += nm.split()[-1]
            elif nm.startswith("CIRCLED LATIN SMALL LETTER "):
                out += nm.split()[-1].lower()
            elif nm == "CIRCLED DIGIT ZERO":
                out += "0"
            elif nm.startswith("CIRCLED DIGIT "):
                out += str(["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].index(nm.split()[-1]) + 1)
            else:
                raise ValueError(nm)
        return out
    if name == "combining_mark_overlay_noise":
        return "".join(c for c in run if not (0x300 <= ord(c) <= 0x36F))
    if name == "c_octal_byte_escapes":
        return _bytes_to_str([int(o, 8) for o in re.findall(r"\\([0-7]{3})", run)])
    if name == "json_backslash_u_escapes":
        return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))
    if name == "html_hexadecimal_references":
        return "".join(chr(int(h, 16)) for h in re.findall(r"&#x([0-9a-f]+);", run))
    if name == "base36_big_integer_bytes":
        n = int(run, 36)
        return n.to_bytes((n.bit_length() + 7) // 8, "big").decode("utf-8")
    if name == "nucleotide_quartets_per_byte":
        val = {"A": 0, "C": 1, "G": 2, "T": 3}
        out = []
        for grp in run.split(" "):
            x = 0
            for ch in grp:
                x = x * 4 + val[ch]
            out.append(x)
        return _bytes_to_str(out)
    if name == "xor_5a_hex_stream":
        return _bytes_to_str([int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2)])
    if name == "negabinary_code_points":
        out = ""
        for grp in run.split(" "):
            n = 0
            for ch in grp:
                n = n * -2 + int(ch)
            out += chr(n)
        return out
    if name == "factoradic_code_points":
        out = ""
        for grp in run.split(" "):
            digs = [int(x) for x in grp.split(":")]
            n, f = 0, 1
            for pos, d in enumerate(reversed(digs)):
                if pos > 1:
                    f *= pos
                n += d * f
            out += chr(n)
        return out
    if name == "rail_fence_three_rails":
        n = len(run)
        pat = [[0, 1, 2, 1][i % 4] for i in range(n)]
        counts = [pat.count(k) for k in range(3)]
        rails, pos = [], 0
        for k in range(3):
            rails.append(list(run[pos:pos + counts[k]])); pos += counts[k]
        return "".join(rails[k].pop(0) for k in pat)
    if name == "keyword_chalk_reversed_alphabet":
        um = _unmix(); out = ""
        for c in run:
            if c.islower() and c.isascii():
                out += um[c]
            elif c.isupper() and c.isascii():
                out += um[c.lower()].upper()
            else:
                out += c
        return out
    if name == "qwerty_keys_typed_as_dvorak":
        q = "".join(_Q); d = "".join(_D)
        return "".join(d[q.index(c)] for c in run)
    if name == "adjacent_pair_swap":
        out = list(run)
        for i in range(0, len(out) - 1, 2):
            out[i], out[i + 1] = out[i + 1], out[i]
        return "".join(out)
    if name == "chemical_symbols_offset_forty":
        return "".join(chr(_SYM.index(t) + 1 + 40) for t in run.split(" "))
    if name == "boulder_v_grade_nibble_pairs":
        return _bytes_to_str([int(a) * 16 + int(b) for a, b in re.findall(r"V(\d+)/V(\d+)", run)])
    if name == "bowling_game_scores_offset_hundred":
        return "".join(chr(int(t) - 100) for t in run.split(" "))
    if name == "arcade_ticket_tallies_times_five":
        return "".join(chr(int(t) // 5) for t in run.split(", "))
    if name == "pinsetter_standing_pin_sets":
        return _bytes_to_str([sum(1 << (int(p) - 1) for p in grp.split("-")) for grp in run.split(" / ")])
    if name == "resistor_colour_route_tape_octal":
        out = ""
        for trip in run.split(", "):
            n = 0
            for w in trip.split("-"):
                n = n * 8 + _COL[w]
            out += chr(n)
        return out
    raise KeyError(name)
