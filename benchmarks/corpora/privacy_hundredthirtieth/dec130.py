"""Independent decoder: gets only the encoding name and the run."""
import re, binascii, base64

def _int_alpha(run, alpha):
    n = 0
    for ch in run:
        n = n * len(alpha) + alpha.index(ch)
    return n.to_bytes((n.bit_length() + 7) // 8, "big").decode()

def decode(name, run):
    if name == "rfc4648_base32_padded":
        return base64.b32decode(run).decode()
    if name == "crockford_base32_bitstream":
        al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        bits = "".join(format(al.find(c), "05b") for c in run)
        nb = len(bits) // 8
        return bytes(int(bits[i*8:i*8+8], 2) for i in range(nb)).decode()
    if name == "uuencode_single_line":
        return binascii.a2b_uu(run).decode()
    if name == "quoted_printable_every_byte":
        return bytes(int(x, 16) for x in re.findall(r"=([0-9A-F]{2})", run)).decode()
    if name == "vigenere_key_flue_letters_only":
        key = [5, 11, 20, 4]; out = []; i = 0
        for c in run:
            if "a" <= c.lower() <= "z":
                b = 65 if c.isupper() else 97
                out.append(chr((ord(c) - b - key[i % 4]) % 26 + b)); i += 1
            else:
                out.append(c)
        return "".join(out)
    if name == "atbash_letters_only":
        a = "abcdefghijklmnopqrstuvwxyz"; t = str.maketrans(a + a.upper(), a[::-1] + a.upper()[::-1])
        return run.translate(t)
    if name == "octal_code_points_0o_prefix":
        return "".join(chr(int(x, 8)) for x in re.findall(r"0o([0-7]+)", run))
    if name == "seven_bit_binary_code_points":
        return "".join(chr(int(x, 2)) for x in run.split())
    if name == "nibble_swapped_hex_bytes":
        return bytes(int(x[1] + x[0], 16) for x in run.split()).decode()
    if name == "xor_0x5a_hex_bytes":
        return bytes(b ^ 90 for b in bytes.fromhex(run)).decode()
    if name == "base58_bitcoin_alphabet_integer":
        return _int_alpha(run, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    if name == "base62_integer_digits_upper_lower":
        import string
        return _int_alpha(run, string.digits + string.ascii_uppercase + string.ascii_lowercase)
    if name == "python_bytes_decimal_list":
        return bytes(int(x) for x in re.findall(r"\d+", run)).decode()
    if name in ("tsql_char_plus_concatenation", "spreadsheet_char_ampersand_formula"):
        return "".join(chr(int(x)) for x in re.findall(r"CHAR\((\d+)\)", run))
    if name == "java_backslash_u_escapes":
        return "".join(chr(int(x, 16)) for x in re.findall(r"\\u([0-9a-f]{4})", run))
    if name == "boiler_fault_codes_plus_100":
        return "".join(chr(int(x) - 100) for x in re.findall(r"E-(\d+)", run))
    if name == "thermostat_setpoints_half_degrees":
        return "".join(chr(round(float(x) * 2)) for x in re.findall(r"([\d.]+)°", run))
    if name == "job_numbers_times_eleven":
        return "".join(chr(int(x) // 11) for x in re.findall(r"JOB-(\d+)", run))
    if name == "pipe_run_feet_and_inches":
        return "".join(chr(int(f) * 12 + int(i)) for f, i in re.findall(r"(\d+)'(\d+)\"", run))
    if name == "reversed_then_lower_hex":
        return bytes.fromhex(run).decode()[::-1]
    if name == "even_then_odd_positions":
        a, b = run.split(" + ")
        return "".join(a[i // 2] if i % 2 == 0 else b[i // 2] for i in range(len(a) + len(b)))
    raise KeyError(name)
