"""More encodings that hide a value, read after the sixteenth held-out corpus (issue 12, part 17).

- Rarer binary-to-text alphabets: basE91 and a base-62 integer where the text names the encoding
  (or gives the alphabet), base32's extended-hex alphabet, two bits per nucleotide, base32 split into
  DNS labels in front of an exfiltration zone, UTF-7 with every character in base64, hex byte pairs
  of EBCDIC (a mainframe dump), xxencoded and yEnc blocks.
- A value transformed twice (base64, then rot13), character codes shifted by a constant, a token
  typed with a Dvorak layout on (where the text says so).
- Bytes XORed with one byte, then base64 (a malware config, a "decode at run time" loop): the key
  is found, not read from the text.
- Where the text names the encoding or calls its decoder: base45, base58, z-base-32, Z85, atbash;
  hex in lines as ``xxd -p`` prints it. Everywhere:
  Bubble Babble, Intel HEX and Motorola S-records, IPv6 addresses as bytes, a token typed with a
  Russian keyboard layout on.
- A value cut into pieces the text puts back together: shell variables joined by one assignment, a
  JSON object of indexed pieces, ``|``-separated pieces written backwards, groups of four read out;
  a token wrapped across the lines of a quoted e-mail reply.
- Not secrets: numbers in a table, a real DNA sequence, host names, a JSON map of counts, a regex
  alternation, a pipe-separated row of a table, a host key's Bubble Babble, four-letter words,
  Russian prose, a firmware's Intel HEX, IPv6 addresses.

Every encoder here is written from the encoding's own definition; no corpus is read by the tests."""
from __future__ import annotations

import base64
import binascii
import json
import random
import string

import pytest

from privacy_support import gone, kept

RNG = random.Random(1717)
B62 = string.ascii_letters + string.digits


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


TOKENS = ["hf_" + rand(string.ascii_letters, 34), "sk_live_" + rand(B62, 24), "glpat-" + rand(B62, 20),
          "xoxb-" + rand(string.digits, 11) + "-" + rand(string.digits, 12) + "-" + rand(B62, 24)]

_B91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
_XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base91(data: bytes) -> str:
    """basE91, after Joachim Henke's reference encoder."""
    out, bits, count = [], 0, 0
    for byte in data:
        bits |= byte << count
        count += 8
        if count > 13:
            value = bits & 8191
            if value > 88:
                bits, count = bits >> 13, count - 13
            else:
                value = bits & 16383
                bits, count = bits >> 14, count - 14
            out += [_B91[value % 91], _B91[value // 91]]
    if count:
        out.append(_B91[bits % 91])
        if count > 7 or bits > 90:
            out.append(_B91[bits // 91])
    return "".join(out)


def base62(data: bytes) -> str:
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 62)
        out = ("0123456789" + string.ascii_uppercase + string.ascii_lowercase)[r] + out
    return out


def nucleotides(data: bytes) -> str:
    return "".join("ACGT"[b >> shift & 3] for b in data for shift in (6, 4, 2, 0))


def xxencode(data: bytes) -> str:
    lines = []
    for i in range(0, len(data), 45):
        chunk = data[i:i + 45]
        padded = chunk + b"\0" * (-len(chunk) % 3)
        body = "".join(_XX[n >> s & 63] for j in range(0, len(padded), 3)
                       for n in [int.from_bytes(padded[j:j + 3], "big")] for s in (18, 12, 6, 0))
        lines.append(_XX[len(chunk)] + body)
    return "begin 644 token.txt\n" + "\n".join(lines) + "\n+\nend\n"


def yenc(data: bytes) -> str:
    body = ""
    for b in data:
        o = (b + 42) % 256
        body += "=" + chr((o + 64) % 256) if o in (0, 9, 10, 13, 32, 46, 61) else chr(o)
    return (f"=ybegin line=128 size={len(data)} name=token.txt\n{body}\n"
            f"=yend size={len(data)} crc32={binascii.crc32(data):08x}")


def base45(data: bytes) -> str:
    alphabet, out = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", ""
    for i in range(0, len(data), 2):
        n = int.from_bytes(data[i:i + 2], "big")
        digits = 3 if i + 1 < len(data) else 2
        out += "".join(alphabet[n // 45 ** k % 45] for k in range(digits))
    return out


def base58(data: bytes) -> str:
    alphabet, n, out = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return out


def zbase32(data: bytes) -> str:
    bits = "".join(f"{b:08b}" for b in data)
    bits += "0" * (-len(bits) % 5)
    return "".join("ybndrfg8ejkmcpqxot1uwisza345h769"[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))


def z85(data: bytes) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
    data += b"\0" * (-len(data) % 4)
    return "".join(alphabet[int.from_bytes(data[i:i + 4], "big") // 85 ** k % 85]
                   for i in range(0, len(data), 4) for k in (4, 3, 2, 1, 0))


def bubblebabble(data: bytes) -> str:
    """After the Bubble Babble specification (Antti Huima)."""
    vowels, consonants, out, check = "aeiouy", "bcdfghklmnprstvzx", "x", 1
    for i in range(0, len(data) - 1, 2):
        a, b = data[i], data[i + 1]
        out += (vowels[((a >> 6 & 3) + check) % 6] + consonants[a >> 2 & 15] + vowels[((a & 3) + check // 6) % 6]
                + consonants[b >> 4 & 15] + "-" + consonants[b & 15])
        check = (check * 5 + a * 7 + b) % 36
    if len(data) % 2:
        a = data[-1]
        out += vowels[((a >> 6 & 3) + check) % 6] + consonants[a >> 2 & 15] + vowels[((a & 3) + check // 6) % 6]
    else:
        out += vowels[check % 6] + "x" + vowels[check // 6]
    return out + "x"


def intel_hex(data: bytes) -> str:
    lines = []
    for addr in range(0, len(data), 16):
        rec = bytes([len(data[addr:addr + 16]), addr >> 8, addr & 255, 0]) + data[addr:addr + 16]
        lines.append(":" + (rec + bytes([-sum(rec) & 255])).hex().upper())
    return "\n".join(lines + [":00000001FF"])


def srecords(data: bytes) -> str:
    lines = ["S00F000068656C6C6F202020202000003C"]
    for addr in range(0, len(data), 16):
        rec = bytes([len(data[addr:addr + 16]) + 3, addr >> 8, addr & 255]) + data[addr:addr + 16]
        lines.append("S1" + (rec + bytes([~sum(rec) & 255])).hex().upper())
    return "\n".join(lines + ["S9030000FC"])


def ipv6(data: bytes) -> str:
    data += b"\0" * (-len(data) % 16)
    return ", ".join('"' + ":".join(data[i + j:i + j + 2].hex() for j in range(0, 16, 2)) + '"'
                     for i in range(0, len(data), 16))


_RUSSIAN = str.maketrans("qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM",
                         "йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")


def utf7(text: str) -> str:
    return "+" + base64.b64encode(text.encode("utf-16-be")).decode().rstrip("=") + "-"


def xored(data: bytes, key: int) -> str:
    return base64.b64encode(bytes(b ^ key for b in data)).decode()


def b32hex(t: str) -> str:
    return base64.b32hexencode(t.encode()).decode()


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("encode, template", [
    (lambda t: base91(t.encode()), "flag from the pcap (basE91):\n{p}\n"),
    (lambda t: base91(t.encode()), "[upstream]\nencoding = base91\nsecret = {p}\n"),
    (lambda t: base62(t.encode()), "integration:\n  # base62 big-int, decode before use\n  token_b62: {p}\n"),
    (lambda t: base62(t.encode()),
     'ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"\nblob = "{p}"\n'),
    (lambda t: b32hex(t).rstrip("="), 'key = base64.b32hexdecode("{p}").decode()\n'),
    (b32hex, "decode with base32hex, not normal base32: {p}\n"),
    (lambda t: nucleotides(t.encode()), ">seq_418 synthetic construct\n{p}\n"),
    (utf7, 'a3 CREATE "{p}"\n'),
    (lambda t: " ".join(f"{b:02X}" for b in t.encode("cp037")), "DUMP OF RECORD 0001:\n{p}\n"),
    (lambda t: xxencode(t.encode()), "xxdecode <<'EOF'\n{p}EOF\n"),
    (lambda t: yenc(t.encode()), "Newsgroups: alt.binaries.test\n\n{p}\n"),
    (lambda t: xored(t.encode(), 90), 'cfg = {{"c2": "https://cdn.example.org", "tok": "{p}"}}\n'),
    (lambda t: xored(t.encode(), 108), 'var raw = Convert.FromBase64String("{p}");\n'),
    (lambda t: base45(t.encode()), 'from base45 import b45decode\nSECRET = b45decode("{p}").decode()\n'),
    (lambda t: base45(t.encode()), "QR payload (base45, scan with the kiosk app):\n{p}\n"),
    (lambda t: base58(t.encode()), "$ echo {p} | base58 -d\n"),
    (lambda t: z85(t.encode()), "key = zmq.utils.z85.decode('{p}').rstrip(b'\\0')\n"),
    (lambda t: t.translate(str.maketrans(string.ascii_letters, string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])),
     "Clue 4 (atbash): {p}\n"),
    (lambda t: bubblebabble(t.encode()), "Token fingerprint: {p}\n"),
    (lambda t: intel_hex(t.encode()), "$ srec_cat secrets.bin -binary -o - -intel\n{p}\n"),
    (lambda t: srecords(t.encode()), "$ objcopy -O srec token.bin /dev/stdout\n{p}\n"),
    (lambda t: ipv6(t.encode()), "const char* ADDRS[] = {{ {p} }};\n"),
    (lambda t: t.translate(_RUSSIAN), "[09:14] dima: токен: {p}\n[09:14] dima: ой, раскладка не та\n"),
    (lambda t: " ".join(t[i:i + 4] for i in range(0, len(t), 4)),
     "Support call notes: customer read out the key in blocks: {p}\n"),
    (lambda t: zbase32(t.encode()), "# z-base-32 encoded credential\nREMOTE_CAP={p}\n"),
    (lambda t: "\n".join(t.encode().hex()[i:i + 60] for i in range(0, 2 * len(t), 60)),
     "$ xxd -p token.bin\n{p}\n$ xxd -r -p token.bin | gh auth login --with-token\n"),
    (lambda t: base58(t.encode()), "[upstream]\nauth_b58 = {p}\nretries = 3\n"),
], ids=["base91-ctf", "base91-ini", "base62-yaml", "base62-alphabet", "b32hex-call", "b32hex-named", "dna",
        "utf7", "ebcdic", "xxencode", "yenc", "xor-json", "xor-csharp", "base45-call", "base45-named",
        "base58-pipe", "z85-call", "atbash", "bubblebabble", "intel-hex", "srecords", "ipv6", "russian-layout",
        "groups-of-four", "zbase32", "xxd-plain", "base58-key"])
def test_a_token_in_a_rarer_alphabet_is_found(encode, template, token):
    payload = encode(token)
    lines = [line for line in payload.splitlines() if len(line) >= 12]     # a block: its data lines
    gone(template.format(p=payload), *lines)


@pytest.mark.parametrize("token", TOKENS[:2])
def test_base32_labels_in_front_of_a_zone_are_read(token):
    body = base64.b32encode(token.encode()).decode().rstrip("=").lower()
    labels = ".".join(body[i:i + 40] for i in range(0, len(body), 40))
    text = f"2025-12-14T03:10:47Z client 10.2.215.85#53122: query: {labels}.x1.exfil.example.org IN A +E(0)\n"
    out = gone(text, labels)
    assert "exfil.example.org" in out          # the zone is not the payload


def _pieces(token: str, size: int) -> list[str]:
    return [token[i:i + size] for i in range(0, len(token), size)]


@pytest.mark.parametrize("token", TOKENS)
def test_a_token_cut_into_pieces_is_put_back_together(token):
    pieces = _pieces(token, 6)
    order = list(range(len(pieces)))
    RNG.shuffle(order)
    assigns = ";".join(f"v{i}='{pieces[i]}'" for i in order)
    joined = "".join(f"${{v{i}}}" for i in range(len(pieces)))
    gone(f'#!/bin/bash\n{assigns}; tok="{joined}"\ncurl -H "Authorization: Bearer $tok" https://api.example.com\n',
         *pieces[1:-1])
    mapping = {str(i): pieces[i] for i in order}
    gone(f'{{"service": "billing", "token_parts": {json.dumps(mapping)}}}\n', *pieces[1:-1])
    backwards = "|".join(reversed(_pieces(token, 5)))
    gone(f"Tomas: read the pieces right-to-left: {backwards}\n", backwards)


# each key of a US keyboard (unshifted, then shifted) and what it types under the Dvorak layout
_DVORAK = str.maketrans("qwertyuiop[]asdfghjkl;'zxcvbnm,./-=QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?_+",
                        "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz[]\"<>PYFGCRL?+AOEUIDHTNS_:QJKXBMWVZ{}")


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("make", [
    lambda t: "<?php $k = base64_decode(str_rot13('{}'));\n".format(
        base64.b64encode(t.encode()).decode().translate(str.maketrans(
            string.ascii_letters, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
            + string.ascii_uppercase[13:] + string.ascii_uppercase[:13]))),
    lambda t: "const t = String.fromCharCode(...[{}].map(c => c - 7));\n".format(",".join(str(ord(c) + 7) for c in t)),
    lambda t: "TOKEN = ''.join(chr(c + 3) for c in [{}])\n".format(",".join(str(ord(c) - 3) for c in t)),
    lambda t: "Quinn: {}\nQuinn: ugh wrong layout, that was dvorak, you figure it out\n".format(t.translate(_DVORAK)),
], ids=["rot13-of-base64", "char-codes-minus", "char-codes-plus", "dvorak"])
def test_a_token_transformed_twice_or_typed_on_another_layout(make, token):
    text = make(token)
    assert gone(text, token) != text


@pytest.mark.parametrize("token", TOKENS)
def test_a_token_wrapped_in_a_quoted_reply_is_joined(token):
    cut = len(token) * 2 // 3
    gone(f"On Fri, May 2, 2025 at 9:14 AM Ops wrote:\n> new key for the integration:\n> {token[:cut]}\n"
         f"> {token[cut:]}\n> please rotate the old one\n\nThanks, done.\n", token[:cut], token[cut:])


@pytest.mark.parametrize("text", [
    "scores: 23 45 67 34 56 71 42 38 29 61 44 52 33\n",
    ">chr1 sample\nACGTTGCAACGTAGCTAGCTAGGCTAACGTTAGCAGTCGATCGATCGTAGCTAGCATCGAT\n",
    "resolved api.internal.example.com.cluster.local from 10.0.0.2\n",
    '{"counts": {"1": "12", "2": "7", "3": "40", "4": "3"}}\n',
    "grep -E '(get|put|set|del)' access.log\n",
    "r'A_Index|A_IPAddress1|A_IPAddress2|A_IPAddress3|A_IPAddress4|A_ISAdmin'\n",
    "|name|role|team|\n|alice|admin|infra|\n",
    "00 1a 2b 3c 4d 5e 6f 70 81 92 a3 b4 c5 d6 e7 f8\n",
    "The fingerprint of the host key is xigak-nyryk-humil-bosek-sonax in bubble babble.\n",
    "we went over this list with them: from each team come four, then five more join over time\n",
    "Вчера мы обсуждали новую версию сервиса и план миграции на следующую неделю.\n",
    "Таблица_1 и приложение_2024 лежат на сервер_01, версия_2\n",
    ":10010000214601360121470136007EFE09D2190140\n:100110002146017E17C20001FF5F16002148011928\n:00000001FF\n",
    '"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80:0000:0000:0000:0202:b3ff:fe1e:8329"\n',
])
def test_what_only_looks_encoded_is_kept(text):
    kept(text)
