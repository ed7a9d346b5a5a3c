"""Independent decoder: gets only the encoding name and the run."""
import binascii, json, re, unicodedata, urllib.parse

def decode(name, run):
    if name == "reversed_string_standard_base64":
        return binascii.a2b_base64(run).decode()[::-1]
    if name == "bitcoin_base58_of_utf8_bytes":
        al = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        n = 0
        for ch in run:
            n = n * 58 + al.find(ch)
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        lead = len(run) - len(run.lstrip("1"))
        return (b"\0" * lead + raw).decode()
    if name == "unicode_u_plus_code_point_list":
        return "".join(chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-F]{4,6})", run))
    if name == "packed_bcd_nibble_triplets":
        out = ""
        for g in run.split():
            ds = [int(g[i:i + 4], 2) for i in range(0, 12, 4)]
            out += chr(ds[0] * 100 + ds[1] * 10 + ds[2])
        return out
    if name == "atbash_mirror_digit_complement":
        t = {}
        for lo, hi in ((97, 122), (65, 90)):
            for k in range(26):
                t[chr(lo + k)] = chr(hi - k)
        for d in range(10):
            t[str(d)] = str(9 - d)
        return "".join(t.get(c, c) for c in run)
    if name == "vigenere_keyed_bidder":
        key = [ord(k) - 65 for k in "BIDDER"]
        out, i = [], 0
        for c in run:
            if "a" <= c <= "z" or "A" <= c <= "Z":
                base = 97 if c.islower() else 65
                out.append(chr((ord(c) - base - key[i % len(key)]) % 26 + base)); i += 1
            else:
                out.append(c)
        return "".join(out)
    if name == "caesar_forward_seven_letters":
        return "".join(chr((ord(c) - (97 if c.islower() else 65) - 7) % 26 + (97 if c.islower() else 65)) if c.isalpha() and c.isascii() else c for c in run)
    if name == "columnar_four_column_read":
        cols = run.split(" | ")
        n = sum(len(c) for c in cols)
        return "".join(cols[i % 4][i // 4] for i in range(n))
    if name == "reversed_character_order":
        return "".join(reversed(run))
    if name == "cpm_cents_bid_price_list":
        return "".join(chr(int(d) * 100 + int(c)) for d, c in re.findall(r"\$(\d+)\.(\d\d)", run))
    if name == "impression_count_thousands":
        return "".join(chr(int(x.replace(",", "")) // 1000) for x in run.split("; "))
    if name == "iab_tier_style_category_codes":
        return "".join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r"IAB(\d+)-(\d)", run))
    if name == "colon_hex_mac_style_groups":
        return bytes(int(h, 16) for h in re.split(r"[: ]", run)).decode()
    if name == "percent_encoding_every_byte":
        return urllib.parse.unquote(run)
    if name == "json_backslash_u_escapes":
        return json.loads('"' + run + '"')
    if name == "fullwidth_latin_forms":
        return unicodedata.normalize("NFKC", run)
    if name == "duodecimal_three_digit_code_points":
        return "".join(chr(int(g, 12)) for g in run.split())
    if name == "nibble_swapped_hex_bytes":
        return bytes(int(g[1] + g[0], 16) for g in run.split()).decode()
    if name == "xor_0x2a_hex_bytes":
        return bytes(int(g, 16) ^ 42 for g in run.split()).decode()
    if name == "interleaved_decoy_characters":
        return run[0::2]
    if name == "code_point_addition_pairs":
        return "".join(chr(int(a) + int(b)) for a, b in re.findall(r"(\d+)\+(\d+)", run))
    if name == "nonary_three_digit_code_points":
        return "".join(chr(int(g, 9)) for g in run.split())
    raise KeyError(name)
