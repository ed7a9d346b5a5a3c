"""Independent decoder for p160 evasions: gets only the encoding name and the run."""
import re
XXA = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B32HA = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
MC = dict(zip(".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. .-.-.- -....- ..--.-".split(),
              list("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")))
RV = {'I':1,'V':5,'X':10,'L':50,'C':100}
def roman(t):
    tot = 0
    for i, ch in enumerate(t):
        v = RV[ch]
        if i + 1 < len(t) and RV[t[i+1]] > v: tot -= v
        else: tot += v
    return tot
def six(run, alpha, off=None):
    vals = [(ord(c) - 32) % 64 if off else alpha.index(c) for c in run]
    n = vals[0]; out = bytearray()
    body = vals[1:]
    for i in range(0, len(body), 4):
        q = 0
        for v in body[i:i+4]: q = q * 64 + v
        out += q.to_bytes(3, 'big')
    return out[:n].decode()
def decode(enc, run):
    if enc == 'uuencode_single_line': return six(run, None, True)
    if enc == 'xxencode_single_line': return six(run, XXA)
    if enc == 'base32hex_extended_alphabet':
        bits = ''.join(format(B32HA.index(c), '05b') for c in run)
        return bytes(int(bits[i:i+8], 2) for i in range(0, len(bits) - 7, 8)).decode()
    if enc == 'octal_backslash_escapes': return bytes(int(x, 8) for x in run.split('\\')[1:]).decode()
    if enc == 'binary_octets_spaced': return bytes(int(x, 2) for x in run.split()).decode()
    if enc == 'nibble_swapped_hex_bytes': return bytes(int(run[i+1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if enc == 'html_decimal_entities': return ''.join(chr(int(x)) for x in re.findall(r'&#(\d+);', run))
    if enc == 'unicode_escape_u_four_hex': return ''.join(chr(int(x, 16)) for x in re.findall(r'\\u([0-9a-f]{4})', run))
    if enc == 'morse_with_caret_capitals':
        return ''.join(MC[g[1:]] if g[0] == '^' else MC[g].lower() for g in run.split(' '))
    if enc == 'progressive_letter_shift':
        out, k = '', 0
        for c in run:
            if c.isascii() and c.isalpha():
                k += 1; b = ord('A') if c.isupper() else ord('a')
                out += chr((ord(c) - b - k) % 26 + b)
            else: out += c
        return out
    if enc == 'fullwidth_unicode_forms': return ''.join(chr(ord(c) - 0xFEE0) for c in run)
    if enc == 'mathematical_bold_alphanumerics':
        out = ''
        for c in run:
            o = ord(c)
            if 0x1D400 <= o < 0x1D41A: out += chr(o - 0x1D400 + 65)
            elif 0x1D41A <= o < 0x1D434: out += chr(o - 0x1D41A + 97)
            elif 0x1D7CE <= o < 0x1D7D8: out += chr(o - 0x1D7CE + 48)
            else: out += c
        return out
    if enc == 'even_then_odd_positions':
        a, b = run.split('|'); out = ''
        for i in range(len(a)):
            out += a[i] + (b[i] if i < len(b) else '')
        return out
    if enc == 'roman_numeral_code_points': return ''.join(chr(roman(t)) for t in run.split())
    if enc == 'reverse_each_four_block': return ''.join(t[::-1] for t in run.split(' '))
    if enc == 'big_endian_sixteen_bit_decimal_pairs':
        out = bytearray()
        for t in run.split():
            out += bytes([int(t[:-1])]) if t.endswith('+') else int(t).to_bytes(2, 'big')
        return out.decode()
    if enc == 'vend_price_nickel_multiples':
        return ''.join(chr((int(d) * 100 + int(c)) // 5) for d, c in re.findall(r'\$(\d+)\.(\d\d)', run))
    if enc == 'dex_pa1_selection_codes': return ''.join(chr(int(x)) for x in re.findall(r'PA1\*(\d{3})', run))
    if enc == 'coil_tray_sixteen_slots':
        return ''.join(chr(16 * int(t) + int(c)) for t, c in re.findall(r'tray (\d+) coil (\d+)', run))
    if enc == 'fridge_temperature_tenths_offset':
        return ''.join(chr(int(a) * 10 + int(b) + 40) for a, b in re.findall(r'(\d+)\.(\d)°C', run))
    if enc == 'coin_mix_quarters_nickels_pennies':
        return ''.join(chr(25 * int(q) + 5 * int(n) + int(p)) for q, n, p in re.findall(r'(\d+)Q (\d+)N (\d+)P', run))
    if enc == 'zero_padded_three_digit_concat': return ''.join(chr(int(run[i:i+3])) for i in range(0, len(run), 3))
    raise KeyError(enc)
