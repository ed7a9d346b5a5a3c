"""Independent decoder: gets only the encoding name and the run."""
import re

def _int_to_bytes(n):
    out = []
    while n: out.append(n & 255); n >>= 8
    return bytes(reversed(out))

def _radix_read(s, al):
    n = 0
    for ch in s: n = n * len(al) + al.index(ch)
    return _int_to_bytes(n).decode()

MORSE_BACK = {'.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i',
 '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's',
 '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z', '-----': '0', '.----': '1',
 '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9',
 '-....-': '-', '..--.-': '_', '.-.-.-': '.'}
RV = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}

def _roman(t):
    tot = 0
    for i, ch in enumerate(t):
        v = RV[ch]
        if i + 1 < len(t) and RV[t[i + 1]] > v: tot -= v
        else: tot += v
    return tot

def _b32(s):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; s = s.rstrip('='); bits = ''.join(format(al.index(c), '05b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def _b64(s):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; s = s.rstrip('=')
    bits = ''.join(format(al.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8)).decode()

def _uu(s):
    n = (ord(s[0]) - 32) & 63; body = s[1:]; bits = ''
    for ch in body: bits += format((ord(ch) - 32) & 63, '06b')
    return bytes(int(bits[i:i + 8], 2) for i in range(0, n * 8, 8)).decode()

def _atb(c):
    if 'a' <= c <= 'z': return chr(ord('z') - (ord(c) - ord('a')))
    if 'A' <= c <= 'Z': return chr(ord('Z') - (ord(c) - ord('A')))
    if c.isdigit(): return str(9 - int(c))
    return c

def decode(name, run):
    if name == 'octal_backslash_escapes': return bytes(int(o, 8) for o in re.findall(r'\\([0-7]{3})', run)).decode()
    if name == 'html_hex_character_references': return ''.join(chr(int(h, 16)) for h in re.findall(r'&#x([0-9a-fA-F]+);', run))
    if name == 'json_unicode_escapes': return ''.join(chr(int(h, 16)) for h in re.findall(r'\\u([0-9a-f]{4})', run))
    if name == 'base32_rfc4648_padded': return _b32(run)
    if name == 'base64_then_reversed': return _b64(run[::-1])
    if name == 'uuencode_single_line': return _uu(run)
    if name == 'morse_code_caret_capitals':
        out = ''
        for g in run.split(' '):
            up = g.startswith('^'); ch = MORSE_BACK[g.lstrip('^')]
            out += ch.upper() if up else ch
        return out
    if name == 'atbash_with_digit_nines_complement': return ''.join(_atb(c) for c in run)
    if name == 'rail_fence_two_rails':
        a, b = run.split('|'); out = []
        for i in range(len(a) + len(b)): out.append(a[i // 2] if i % 2 == 0 else b[i // 2])
        return ''.join(out)
    if name == 'utf16le_hex_units': return ''.join(chr(int(u[2:4] + u[0:2], 16)) for u in run.split(' '))
    if name == 'base58_bitcoin_integer': return _radix_read(run, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')
    if name == 'base62_integer': return _radix_read(run, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
    if name == 'nibble_swapped_hex': return bytes(int(run[i + 1] + run[i], 16) for i in range(0, len(run), 2)).decode()
    if name == 'roman_numeral_code_points': return ''.join(chr(_roman(t)) for t in run.split(' '))
    if name == 'tank_temperature_tenths': return ''.join(chr(int(a) * 10 + int(b)) for a, b in re.findall(r'(\d+)\.(\d)°C', run))
    if name == 'specific_gravity_ten_thousandths': return ''.join(chr(round((float(x) - 1) * 10000)) for x in run.split(' '))
    if name == 'tank_ph_offset_six': return ''.join(chr(round(float(x) * 100) - 600) for x in run.split(', '))
    if name == 'studbook_numbers_minus_thousand': return ''.join(chr(int(x) - 1000) for x in re.findall(r'SB#(\d+)', run))
    if name == 'collar_fix_latitude_millidegrees': return ''.join(chr(int(x)) for x in re.findall(r'-1\.(\d{3})', run))
    if name == 'animal_weight_grams_times_seven': return ''.join(chr(int(x) // 7) for x in re.findall(r'(\d+) g', run))
    if name == 'feeding_clock_minutes': return ''.join(chr(int(h) * 60 + int(m)) for h, m in re.findall(r'(\d\d):(\d\d)', run))
    if name == 'trap_image_numbers': return ''.join(chr(int(x) - 2000) for x in re.findall(r'IMG_(\d{4})\.JPG', run))
    raise KeyError(name)
