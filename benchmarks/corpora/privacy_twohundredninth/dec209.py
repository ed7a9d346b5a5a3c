"""Independent evasion decoders for p209 (imports nothing from enc209, no base64 / binascii / codecs)."""
import re

_A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"


def _from_neg(s, base):
    v = 0
    for ch in s:
        v = v * (-base) + int(ch)
    return v


_SW = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
       "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70,
       "themanini": 80, "tisini": 90}
_HU = sorted({"száz": 100, "tizen": 10, "tíz": 10, "huszon": 20, "húsz": 20, "harminc": 30, "negyven": 40, "ötven": 50,
              "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90, "egy": 1, "kettő": 2, "három": 3, "négy": 4,
              "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9}.items(), key=lambda kv: -len(kv[0]))


def _sw(phrase):
    toks = phrase.split()
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == "mia":
            total += 100 * _SW[toks[i + 1]]
            i += 2
            continue
        if t != "na":
            total += _SW[t]
        i += 1
    return total


def _hu(word):
    total = 0
    while word:
        for k, v in _HU:
            if word.startswith(k):
                total += v
                word = word[len(k):]
                break
        else:
            raise ValueError("bad hungarian")
    return total


def _luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def _utf8(bs):
    return bytes(bs).rstrip(b"\0").decode("utf-8")


def decode(name, run):
    if name == "tridecimal_code_points":
        return "".join(chr(int(t, 13)) for t in run.split())
    if name == "negadecimal_code_points":
        return "".join(chr(_from_neg(t, 10)) for t in run.split())
    if name == "quater_imaginary_code_points":
        out = []
        for t in run.split():
            rev = t[::-1]
            if any(c != "0" for c in rev[1::2]):
                raise ValueError("imaginary part")
            out.append(chr(_from_neg(rev[0::2][::-1], 4)))
        return "".join(out)
    if name == "lao_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x0ED0) for c in t))) for t in run.split())
    if name == "odia_digit_code_points":
        return "".join(chr(int("".join(str(ord(c) - 0x0B66) for c in t))) for t in run.split())
    if name == "swahili_number_words":
        return "".join(chr(_sw(p)) for p in run.split(" / "))
    if name == "hungarian_number_words":
        return "".join(chr(_hu(p)) for p in run.split(", "))
    if name == "gronsfeld_cipher_over_65":
        key = [3, 1, 4, 1, 5, 9, 2, 6]
        return "".join(_A[(_A.index(c) - key[i % 8]) % 65] for i, c in enumerate(run))
    if name == "combining_low_line_underline":
        if run[1::2] != "\u0332" * (len(run) // 2):
            raise ValueError("marks")
        return run[0::2]
    if name == "telestich_last_letters":
        return "".join(w[-1] for w in run.split(" "))
    if name == "every_third_char_chaff":
        return run[0::3]
    if name == "cyclic_rotation_by_five":
        return run[-5:] + run[:-5]
    if name == "reversed_triplets":
        return "".join(run[i:i + 3][::-1] for i in range(0, len(run), 3))
    if name == "ipv6_address_groups":
        bs = []
        for a in run.split(" "):
            h = a.replace(":", "")
            bs += [int(h[i:i + 2], 16) for i in range(0, 32, 2)]
        return _utf8(bs)
    if name == "delta_encoded_code_points":
        t = run.split()
        cur = int(t[0])
        out = [chr(cur)]
        for d in t[1:]:
            cur += int(d)
            out.append(chr(cur))
        return "".join(out)
    if name == "colemak_keys_typed_on_qwerty":
        qw = "qwertyuiopasdfghjkl;zxcvbnm"
        cm = "qwfpgjluy;arstdhneiozxcvbkm"
        back = {}
        for q, c in zip(qw, cm):
            back[c] = q
            back[":" if c == ";" else c.upper()] = ":" if q == ";" else q.upper()
        return "".join(back.get(ch, ch) for ch in run)
    if name == "mac_address_byte_groups":
        bs = []
        for a in run.split(" "):
            bs += [int(x, 16) for x in a.split(":")]
        return _utf8(bs)
    if name == "imei_luhn_packed_code_points":
        out = []
        for t in run.split(" "):
            if len(t) != 15 or not t.startswith("35") or not _luhn_ok(t):
                raise ValueError("imei")
            for i in range(2, 14, 3):
                n = int(t[i:i + 3])
                if n:
                    out.append(chr(n))
        return "".join(out)
    if name == "repair_ticket_numbers":
        return "".join(chr(int(m) - 4000) for m in re.findall(r"RT-(\d+)", run))
    if name == "trade_in_quote_pounds":
        return "".join(chr(int(m)) for m in re.findall(r"£(\d+)", run))
    if name == "weee_collection_weights_kg":
        return "".join(chr(int(m)) for m in re.findall(r"(\d+) kg", run))
    if name == "wipe_pass_durations":
        return "".join(chr(int(h) * 60 + int(m)) for h, m in re.findall(r"(\d+)h(\d+)m", run))
    raise KeyError(name)
