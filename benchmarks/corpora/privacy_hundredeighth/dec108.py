"""Independent decoder for p108 evasions: gets only the encoding name and the run."""
import re, unicodedata

ALPH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LAPD_D = {w.lower(): chr(97 + i) for i, w in enumerate("adam boy charles david edward frank george henry ida john king lincoln mary nora ocean paul queen robert sam tom union victor william xray young zebra".split())}
ITAL_D = {w.lower(): chr(97 + i) for i, w in enumerate("ancona bologna como domodossola empoli firenze genova hotel imola jolly kappa livorno milano napoli otranto padova quarto roma savona torino udine venezia washington xeres yacht zara".split())}
EN_D = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
IT_D = {w: str(i) for i, w in enumerate("zero uno due tre quattro cinque sei sette otto nove".split())}
NUMW = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
NUMW.update({w: 10 * i for i, w in enumerate("x x twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2})
GREEK = {"ρ": 100}
GREEK.update({c: 10 * (i + 1) for i, c in enumerate("ικλμνξοπϙ")})
GREEK.update({c: i + 1 for i, c in enumerate("αβγδεϛζηθ")})
DV_TO_QW = dict(zip("',.pyfgcrlaoeuidhtn;qjkxbm", "qwertyuiopasdfghjklzxcvbnm"))


def baseval(tok, b):
    v = 0
    for ch in tok:
        d = ALPH.index(ch)
        assert d < b
        v = v * b + d
    return v


def bytes_tokens(run, b):
    return bytes(baseval(t, b) for t in run.split(" ")).decode()


def words_value(phrase):
    total = 0
    for part in phrase.split(" "):
        if part == "hundred":
            total *= 100
            continue
        for sub in part.split("-"):
            total += NUMW[sub]
    return total


def spelled(run, table, digs):
    out = []
    for w in run.split(" "):
        if w == "DASH":
            out.append("-")
        elif w == "UNDERSCORE":
            out.append("_")
        elif w in digs:
            out.append(digs[w])
        else:
            c = table[w.lower()]
            out.append(c.upper() if w.isupper() else c)
    return "".join(out)


def dvorak_back(run):
    out, cap = [], False
    for ch in run:
        if ch == "^":
            cap = True
            continue
        q = DV_TO_QW.get(ch, ch) if (ch in DV_TO_QW) else ch
        out.append(q.upper() if cap else q)
        cap = False
    return "".join(out)


def decode(name, run):
    if name == "quaternary_quad_bytes":
        return bytes_tokens(run, 4)
    if name == "undecimal_base11_triplets":
        return bytes_tokens(run, 11)
    if name == "vigesimal_base20_pairs":
        return bytes_tokens(run, 20)
    if name == "quindecimal_pair_code_points":
        return "".join(chr(baseval(t, 15)) for t in run.split(" "))
    if name == "english_cardinal_number_words":
        return "".join(chr(words_value(p)) for p in run.split(" / "))
    if name == "code_point_plus_hundred":
        return "".join(chr(int(t) - 100) for t in run.split())
    if name == "printable_offset_two_digit_pairs":
        return "".join(chr(int(run[i:i + 2]) + 32) for i in range(0, len(run), 2))
    if name == "adjacent_pair_swap":
        chars = list(run)
        for i in range(0, len(chars) - 1, 2):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        return "".join(chars)
    if name == "dvorak_layout_keystrokes":
        return dvorak_back(run)
    if name == "character_doubling_stutter":
        assert all(run[i] == run[i + 1] for i in range(0, len(run), 2))
        return run[::2]
    if name == "middle_dot_spread_characters":
        return "".join(run.split(" · "))
    if name == "lapd_radio_spelling_words":
        return spelled(run, LAPD_D, EN_D)
    if name == "italian_city_spelling_words":
        return spelled(run, ITAL_D, IT_D)
    if name == "position_tagged_shuffle":
        pairs = [t.split(":", 1) for t in run.split(" ")]
        return "".join(c for _, c in sorted(pairs, key=lambda x: int(x[0])))
    if name == "square_plus_remainder_code_points":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"(\d+)²\+(\d+)", t)
            out.append(chr(int(m.group(1)) ** 2 + int(m.group(2))))
        return "".join(out)
    if name == "unicode_character_names":
        return "".join(unicodedata.lookup(n) for n in run.split(" / "))
    if name == "polybius_eight_by_eight_coordinates":
        grid = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [str(d) for d in range(10)] + ["-", "_"]
        return "".join(grid[(int(t[0]) - 1) * 8 + int(t[1]) - 1] for t in run.split(" "))
    if name == "rotated_halves_swap":
        second, first = run.split("|")
        return first + second
    if name == "scientific_notation_code_points":
        out = []
        for t in run.split(" "):
            m = re.fullmatch(r"(\d)\.(\d*)e(\d)", t)
            digs = m.group(1) + m.group(2)
            assert len(digs) == int(m.group(3)) + 1
            out.append(chr(int(digs)))
        return "".join(out)
    if name == "greek_alphabetic_numerals":
        return "".join(chr(sum(GREEK[c] for c in t.rstrip("ʹ"))) for t in run.split(" "))
    if name == "devanagari_digit_code_points":
        return "".join(chr(int("".join(str(unicodedata.digit(c)) for c in t))) for t in run.split(" "))
    if name == "arabic_indic_digit_code_points":
        return "".join(chr(int("".join(str("٠١٢٣٤٥٦٧٨٩".index(c)) for c in t))) for t in run.split(" "))
    raise KeyError(name)
