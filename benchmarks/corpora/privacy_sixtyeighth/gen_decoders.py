"""Independent decoders: each gets the text before the span and the encoded run, returns the plain."""
import gzip, re, unicodedata

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32H = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
_B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

def _unbits(chars, alpha, width):
    acc = nb = 0; out = bytearray()
    for ch in chars:
        acc = (acc << width) | alpha.index(ch); nb += width
        if nb >= 8:
            nb -= 8; out.append((acc >> nb) & 0xFF)
    return bytes(out)

def b64dec(s): return _unbits(s.rstrip('='), _B64, 6)

def a85(before, run):
    m = re.fullmatch(r'<~(.*)~>', run, re.S); body = m.group(1).replace('z', '!!!!!'); out = bytearray()
    for i in range(0, len(body), 5):
        g = body[i:i + 5]; pad = 5 - len(g); g += 'u' * pad
        x = 0
        for c in g: x = x * 85 + ord(c) - 33
        out += x.to_bytes(4, 'big')[:4 - pad]
    return out.decode()

def b91(before, run):
    v = -1; b = n = 0; out = bytearray()
    for ch in run:
        c = _B91.index(ch)
        if v < 0: v = c; continue
        v += c * 91; b |= v << n; n += 13 if (v & 8191) > 88 else 14
        while True:
            out.append(b & 255); b >>= 8; n -= 8
            if n <= 7: break
        v = -1
    if v >= 0: out.append((b | v << n) & 255)
    return out.decode()

def b62(before, run):
    x = 0
    for c in run: x = x * 62 + _B62.index(c)
    return x.to_bytes((x.bit_length() + 7) // 8, 'big').decode()

def b32h(before, run): return _unbits(run.rstrip('='), _B32H, 5).decode()
def gz(before, run): return gzip.decompress(b64dec(run)).decode()
def mime(before, run): return b64dec(re.fullmatch(r'=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=', run).group(1)).decode()
def binoct(before, run): return bytes(int(g, 2) for g in run.split(' ')).decode()
def octq(before, run): return bytes(int(g, 8) for g in re.findall(r'\\([0-7]{3})', re.fullmatch(r"\$'((?:\\[0-7]{3})+)'", run).group(1))).decode()
def rtf(before, run):
    assert re.fullmatch(r"(?:\\'[0-9a-f]{2})+", run); return bytes(int(g, 16) for g in re.findall(r"\\'([0-9a-f]{2})", run)).decode()
def iisu(before, run):
    assert re.fullmatch(r'(?:%u[0-9A-F]{4})+', run); return ''.join(chr(int(g, 16)) for g in re.findall(r'%u([0-9A-F]{4})', run))
def swiftu(before, run):
    body = re.fullmatch(r'"((?:\\u\{[0-9a-f]+\})+)"', run).group(1); return ''.join(chr(int(g, 16)) for g in re.findall(r'\{([0-9a-f]+)\}', body))
def pyname(before, run):
    body = re.fullmatch(r'"((?:\\N\{[A-Z0-9 \-]+\})+)"', run).group(1); return ''.join(unicodedata.lookup(g) for g in re.findall(r'\{([A-Z0-9 \-]+)\}', body))
def erl(before, run): return bytes(int(x) for x in re.fullmatch(r'<<([0-9,]+)>>', run).group(1).split(',')).decode()
def scheme(before, run): return ''.join(t[2:] for t in re.fullmatch(r'\(list->string \(list ((?:#\\\S ?)+)\)\)', run).group(1).split(' '))
def clj(before, run): return bytes(int(x) for x in re.fullmatch(r'\(apply str \(map char \[([0-9 ]+)\]\)\)', run).group(1).split(' ')).decode()
def ihex(before, run):
    raw = bytes.fromhex(re.fullmatch(r':([0-9A-F]+)', run).group(1)); assert sum(raw) & 0xFF == 0 and raw[3] == 0
    return raw[4:4 + raw[0]].decode()
def rot47(before, run): return ''.join(chr(33 + (ord(c) - 33 + 47) % 94) for c in run)
def caesar(before, run):
    k = int(re.findall(r'forward by (\d+) places', before)[-1]); o = ''
    for c in run:
        if c.islower(): o += chr((ord(c) - 97 - k) % 26 + 97)
        elif c.isupper(): o += chr((ord(c) - 65 - k) % 26 + 65)
        else: o += c
    return o
def mono(before, run):
    o = ''
    for c in run:
        x = ord(c)
        if 0x1D670 <= x < 0x1D68A: o += chr(65 + x - 0x1D670)
        elif 0x1D68A <= x < 0x1D6A4: o += chr(97 + x - 0x1D68A)
        elif 0x1D7F6 <= x < 0x1D800: o += chr(48 + x - 0x1D7F6)
        else: o += c
    return o
def tags(before, run): return ''.join(chr(ord(c) - 0xE0000) for c in run)
def lowline(before, run):
    assert run[1::2] == '\u0332' * (len(run) // 2); return run[0::2]
def deccodes(before, run): return ''.join(chr(int(x)) for x in run.split('-'))

DEC = {'ascii85_adobe_delimited': a85, 'base91_henke_alphabet': b91, 'base62_integer_mixed_case': b62,
       'base32hex_extended_alphabet': b32h, 'gzip_member_then_base64': gz, 'mime_encoded_word_b_form': mime,
       'binary_octets_spaced': binoct, 'bash_ansi_c_octal_quoting': octq, 'rtf_backslash_quote_hex': rtf,
       'iis_percent_u_unicode': iisu, 'swift_braced_unicode_escapes': swiftu, 'python_named_unicode_escapes': pyname,
       'erlang_binary_integer_list': erl, 'scheme_char_list_literal': scheme, 'clojure_apply_str_char_vector': clj,
       'intel_hex_data_record': ihex, 'rot47_printable_ascii': rot47, 'caesar_stated_letter_shift': caesar,
       'monospace_math_alphanumerics': mono, 'unicode_tag_characters_invisible': tags,
       'combining_low_line_each_char': lowline, 'decimal_codes_dash_joined': deccodes}
