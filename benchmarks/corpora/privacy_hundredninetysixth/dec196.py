"""Independent decoders for the 22 evasion notations.

Imports nothing from enc196 and no base64 / binascii / codecs; every table is rebuilt here.
"""
import re
import unicodedata

_GRID = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)] + [chr(c) for c in range(48, 58)] + ["-", "_", "."]

# EBCDIC code page 037 for the plain alphabet, typed from the code chart
_EBC = {}
for _i, _c in enumerate("abcdefghi"):
    _EBC[0x81 + _i] = _c
for _i, _c in enumerate("jklmnopqr"):
    _EBC[0x91 + _i] = _c
for _i, _c in enumerate("stuvwxyz"):
    _EBC[0xA2 + _i] = _c
for _i, _c in enumerate("ABCDEFGHI"):
    _EBC[0xC1 + _i] = _c
for _i, _c in enumerate("JKLMNOPQR"):
    _EBC[0xD1 + _i] = _c
for _i, _c in enumerate("STUVWXYZ"):
    _EBC[0xE2 + _i] = _c
for _i in range(10):
    _EBC[0xF0 + _i] = str(_i)
_EBC[0x60] = "-"
_EBC[0x6D] = "_"
_EBC[0x4B] = "."

_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                   "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUM.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})


def _words_to_int(s):
    total, cur = 0, 0
    for w in re.split(r"[\s-]+", s.strip()):
        if w == "hundred":
            cur *= 100
        else:
            cur += _NUM[w]
    return total + cur


def _base(s, b):
    n = 0
    for ch in s:
        n = n * b + int(ch)
    return n


def _bytes_text(bs):
    return bytes(bs).decode("utf-8")


def _boustro(run):
    rows = run.split(" / ")
    return "".join(r[::-1] if i % 2 else r for i, r in enumerate(rows))


def _delta(run):
    parts = run.split()
    cur = int(parts[0])
    out = [chr(cur)]
    for p in parts[1:]:
        cur += int(p)
        out.append(chr(cur))
    return "".join(out)


def _dna(run):
    val = {"A": 0, "C": 1, "G": 2, "T": 3}
    bs = []
    for q in run.split():
        n = 0
        for ch in q:
            n = n * 4 + val[ch]
        bs.append(n)
    return _bytes_text(bs)


def _bigint(run):
    n = int(run)
    length = (n.bit_length() + 7) // 8
    return n.to_bytes(length, "big").decode("utf-8")


def _nibbles(run):
    bs = [(ord(run[i]) - 97) * 16 + (ord(run[i + 1]) - 97) for i in range(0, len(run), 2)]
    return _bytes_text(bs)


def _dice(run):
    out = []
    for g in run.split():
        n = 0
        for ch in g:
            n = n * 6 + (ord(ch) - 0x2680)
        out.append(chr(n))
    return "".join(out)


def decode(encoding, run):
    if encoding == "polybius_square_nine_by_eight":
        return "".join(_GRID[(int(p[0]) - 1) * 8 + int(p[1]) - 1] for p in run.split())
    if encoding == "xor_0x2a_hex_bytes":
        return _bytes_text(int(h, 16) ^ 42 for h in run.split())
    if encoding == "superscript_digit_code_points":
        return "".join(chr(int("".join(str(unicodedata.digit(ch)) for ch in g))) for g in run.split())
    if encoding == "mathematical_italic_letters":
        return unicodedata.normalize("NFKC", run)
    if encoding == "septenary_code_points":
        return "".join(chr(_base(g, 7)) for g in run.split())
    if encoding == "sexagesimal_code_points":
        out = []
        for g in run.split():
            a, b = g.split(";")
            out.append(chr(int(a) * 60 + int(b)))
        return "".join(out)
    if encoding == "delta_encoded_code_points":
        return _delta(run)
    if encoding == "boustrophedon_rows_of_five":
        return _boustro(run)
    if encoding == "c_style_hex_escapes":
        return _bytes_text(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run))
    if encoding == "ebcdic_cp037_hex_bytes":
        return "".join(_EBC[int(h, 16)] for h in run.split())
    if encoding == "english_number_words_code_points":
        return "".join(chr(_words_to_int(g)) for g in run.split(" / "))
    if encoding == "dna_nucleotide_quads":
        return _dna(run)
    if encoding == "utf8_bytes_as_decimal_integer":
        return _bigint(run)
    if encoding == "nibbles_as_letters_a_to_p":
        return _nibbles(run)
    if encoding == "dice_faces_base_six":
        return _dice(run)
    if encoding == "hot_desk_seat_labels":
        return "".join(chr(int(m)) for m in re.findall(r"F\d-D(\d{3})", run))
    if encoding == "meeting_room_booking_minutes":
        return "".join(chr(int(m)) for m in re.findall(r"(\d+) min", run))
    if encoding == "printer_quota_page_counts":
        return "".join(chr(int(m)) for m in re.findall(r"#\d{4} (\d+) pages", run))
    if encoding == "parcel_locker_compartments_minus_1000":
        return "".join(chr(int(m) - 1000) for m in re.findall(r"L(\d+)", run))
    if encoding == "room_sensor_co2_ppm_over_400":
        return "".join(chr(int(m) - 400) for m in re.findall(r"(\d+)ppm", run))
    if encoding == "guest_wifi_vlan_ids_minus_200":
        return "".join(chr(int(m) - 200) for m in re.findall(r"vlan(\d+)", run))
    if encoding == "event_hire_headcounts_pax":
        return "".join(chr(int(m)) for m in re.findall(r"E\d+:(\d+)pax", run))
    raise KeyError(encoding)
