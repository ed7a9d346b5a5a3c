"""Independent decoder for p142 evasion runs (gets only the encoding name and the run)."""
import re

_M = {}
for _k, _v in zip("abcdefghijklmnopqrstuvwxyz0123456789-_.",
                  ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. -....- ..--.- .-.-.-".split()):
    _M[_v] = _k
_SQ = "abcdefghijklmnopqrstuvwxyz0123456789"
_PAD = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
_CYR_BACK = dict(zip("\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0410\u0415\u041e\u0420\u0421\u0425\u0412\u041d\u041a\u041c\u0422", "aeopcxyAEOPCXBHKMT"))
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _unrail(run):
    n = len(run)
    pat = [[0, 1, 2, 1][i % 4] for i in range(n)]
    counts = [pat.count(r) for r in range(3)]
    pieces, pos = [], 0
    for c in counts:
        pieces.append(list(run[pos:pos + c])); pos += c
    return "".join(pieces[r].pop(0) for r in pat)


def _rot(ch, k):
    if "a" <= ch <= "z": return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z": return chr((ord(ch) - 65 + k) % 26 + 65)
    if "0" <= ch <= "9": return chr((ord(ch) - 48 + k) % 10 + 48)
    return ch


def _b64(run):
    bits = "".join(format(_B64.index(c), "06b") for c in run.rstrip("="))
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8)).decode()


def decode(enc, run):
    if enc == "rail_fence_three_rails_zigzag": return _unrail(run)
    if enc == "caesar_plus_five_letters_and_digits": return "".join(_rot(c, -5) for c in run)
    if enc == "beaufort_keyword_nozzle":
        key, out, j = "nozzle", [], 0
        for c in run:
            if c.isalpha():
                base = 97 if c.islower() else 65
                out.append(chr((ord(key[j % 6]) - 97 - (ord(c) - base)) % 26 + base)); j += 1
            else:
                out.append(c)
        return "".join(out)
    if enc == "morse_code_caret_capitals":
        return "".join(_M[g[1:]].upper() if g.startswith("^") else _M[g] for g in run.split(" "))
    if enc == "eight_bit_binary_bytes": return bytes(int(g, 2) for g in run.split()).decode()
    if enc == "javascript_backslash_u_escapes": return "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-f]{4})", run))
    if enc == "python_backslash_x_escapes": return bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-f]{2})", run)).decode()
    if enc == "nibble_swapped_hex_bytes": return bytes(int(g[1] + g[0], 16) for g in run.split()).decode()
    if enc == "xor_0x5a_hex_stream": return bytes(int(run[i:i + 2], 16) ^ 0x5A for i in range(0, len(run), 2)).decode()
    if enc == "polybius_six_square_caret_capitals":
        out = []
        for g in run.split(" "):
            if g in ("-", "_", "."): out.append(g); continue
            up = g.startswith("^"); g = g.lstrip("^")
            ch = _SQ[(int(g[0]) - 1) * 6 + int(g[1]) - 1]
            out.append(ch.upper() if up else ch)
        return "".join(out)
    if enc == "phone_keypad_multitap":
        out = []
        for g in run.split(" "):
            if g in ("-", "_", "."): out.append(g)
            elif g.startswith("#"): out.append(g[1])
            else:
                up = g.startswith("^"); g = g.lstrip("^")
                ch = _PAD[int(g[0])][len(g) - 1]
                out.append(ch.upper() if up else ch)
        return "".join(out)
    if enc == "odd_then_even_positions_slash":
        a, b = run.split("/")
        return "".join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(a) + len(b)))
    if enc == "every_character_doubled": return run[0::2]
    if enc == "enclosed_circled_alphanumerics":
        out = []
        for c in run:
            o = ord(c)
            if 0x24B6 <= o <= 0x24CF: out.append(chr(o - 0x24B6 + 65))
            elif 0x24D0 <= o <= 0x24E9: out.append(chr(o - 0x24D0 + 97))
            elif o == 0x24EA: out.append("0")
            elif 0x2460 <= o <= 0x2468: out.append(chr(o - 0x2460 + 49))
            else: out.append(c)
        return "".join(out)
    if enc == "invisible_unicode_tag_characters": return "".join(chr(ord(c) - 0xE0000) for c in run)
    if enc == "cyrillic_homoglyph_swap": return "".join(_CYR_BACK.get(c, c) for c in run)
    if enc == "unicode_u_plus_code_points": return "".join(chr(int(g[2:], 16)) for g in run.split())
    if enc == "base64_standard_padded": return _b64(run)
    if enc == "js_string_concat_quartets": return "".join(re.findall(r'"([^"]*)"', run))
    if enc == "pump_totaliser_litres_offset": return "".join(chr(int(float(g.strip()[:-2])) - 5000) for g in run.split("|"))
    if enc == "wash_ticket_numbers_affine": return "".join(chr((int(g) - 7) // 3) for g in run.split())
    if enc == "fuel_price_tenths_of_cent": return "".join(chr(int(round(float(g) * 10)) - 1000) for g in run.split(";"))
    raise KeyError(enc)
