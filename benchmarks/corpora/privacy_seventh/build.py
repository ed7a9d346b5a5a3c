#!/usr/bin/env python3
"""Build the p7 ("privacy_seventh") held-out credential-detection corpus.

Standard library only (Python 3.11).  Deterministic: every random choice comes
from a fixed random.Random(seed); nothing depends on hash ordering, the clock,
the environment or the file system, so the output is byte-identical across
runs and PYTHONHASHSEED values.

Outputs (written next to this file, only after every consistency check
passes): secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md.

All credential-looking values are generated here in the right *shape*
(prefix, length, alphabet, checksum where the format has one).  Private keys
were generated once with openssl / ssh-keygen / gpg in a throw-away directory
and are embedded below as plain data (they protect nothing).
"""
import base64
import binascii
import hashlib
import hmac
import html
import json
import os
import re
import random
import string
import sys
import unicodedata
import urllib.parse
import zlib

SEED = 0x50_37_C0_DE  # "P7 code"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# randomness
# --------------------------------------------------------------------------
RNG = random.Random(SEED)


def set_rng(tag):
    """Each section gets its own stream so editing one does not reshuffle the others."""
    global RNG
    RNG = random.Random(SEED ^ int.from_bytes(hashlib.sha256(tag.encode()).digest()[:6], "big"))


UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64A = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32A = UP + "234567"


def rs(alpha, n):
    return "".join(RNG.choice(alpha) for _ in range(n))


def rs_mixed(alpha, n):
    """Random string that is guaranteed to mix character classes present in alpha."""
    while True:
        s = rs(alpha, n)
        classes = sum(1 for cls in (UP, LO, DG) if set(cls) & set(alpha) and any(ch in cls for ch in s))
        want = sum(1 for cls in (UP, LO, DG) if set(cls) & set(alpha))
        if n < 8 or classes == want:
            return s


def hx(n):
    return rs(HEXL, n)


def HX(n):
    return rs(HEXU, n)


def dg(n):
    return str(RNG.randint(1, 9)) + rs(DG, n - 1)


def rbytes(n):
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64u(nbytes, pad=False):
    s = base64.urlsafe_b64encode(rbytes(nbytes)).decode()
    return s if pad else s.rstrip("=")


def b64s(s, url=False, pad=True):
    raw = s.encode() if isinstance(s, str) else s
    out = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return out if pad else out.rstrip("=")


def uuid4():
    h = list(hx(32))
    h[12] = "4"
    h[16] = RNG.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pick(seq):
    return RNG.choice(seq)


def chance(p):
    return RNG.random() < p


def ts_epoch():
    return RNG.randint(1_672_531_200, 1_767_139_200)  # 2023-01-01 .. 2025-12-31


def iso(t=None):
    import datetime
    t = ts_epoch() if t is None else t
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def day(t=None):
    return iso(t)[:10]


def b62_encode(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# --------------------------------------------------------------------------
# checksummed / structured formats
# --------------------------------------------------------------------------
def gh_style(prefix):
    """GitHub / npm style: prefix + 30 base62 + base62(crc32(random part)) padded to 6."""
    body = rs_mixed(AN, 30)
    return prefix + body + b62_encode(zlib.crc32(body.encode()))


def gh_style_valid(tok):
    m = re.fullmatch(r"(gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    if not m:
        return False
    return b62_encode(zlib.crc32(m.group(2).encode())) == m.group(3)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, raw):
    data = _convertbits(raw, 8, 5)
    polymod = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def bech32_valid(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    vals = [BECH32.index(ch) for ch in data]
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


def age_secret_key():
    return bech32_encode("age-secret-key-", rbytes(32)).upper()


def age_public_key():
    return bech32_encode("age", rbytes(32))


def jwt_encode(header, payload, key=None, sig_len=None):
    h = b64s(json.dumps(header, separators=(",", ":")), url=True, pad=False)
    p = b64s(json.dumps(payload, separators=(",", ":")), url=True, pad=False)
    if sig_len:
        sig = b64u(sig_len)
    else:
        key = key or rbytes(32)
        sig = base64.urlsafe_b64encode(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


def cask84(sig4):
    """Microsoft 'common annotated security key' style 84-char key (legacy layout)."""
    return (rs_mixed(AN, 52) + "JQQJ99" + rs(AN, 1) + RNG.choice("ABCDEFGHIJKL")
            + "AC" + "A" * 13 + RNG.choice(UP) + sig4 + rs(AN, 4))


def pypi_token():
    """PyPI upload token: 'pypi-' + base64url(macaroon v2) without padding."""
    def field(t, data):
        return bytes([t]) + _varint(len(data)) + data
    ident = uuid4().encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": [pick(["acme-utils", "tidyframe", "fastgrid", "pqueue-lite"])]}},
                        separators=(",", ":")).encode()
    mac = (b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00"
           + field(2, caveat) + b"\x00" + b"\x00" + field(6, rbytes(32)))
    return "pypi-" + base64.urlsafe_b64encode(mac).decode().rstrip("=")


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def matrix_token(user):
    base = "syt_" + b64s(user, pad=False) + "_" + rs(AN, 20)
    return base + "_" + b62_encode(zlib.crc32(base.encode()))


def discord_bot_token():
    snowflake = str(RNG.randint(10**17, 13 * 10**17))
    return b64s(snowflake, pad=False) + "." + rs(AN + "_-", 6) + "." + rs(AN + "_-", 38)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0
KEYS = {
    'cert_a': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIIC/zCCAecCFGjofaXh0J7xPDS4gCyRwY9w4RfMMA0GCSqGSIb3DQEBCwUAMDwx\n'
        'JTAjBgNVBAMMHGFwaS5pbnRlcm5hbC5jb3JwLXNhbXBsZS5uZXQxEzARBgNVBAoM\n'
        'ClNhbXBsZSBPcHMwHhcNMjYxMjAyMTcxODI1WhcNMjkwMzA2MTcxODI1WjA8MSUw\n'
        'IwYDVQQDDBxhcGkuaW50ZXJuYWwuY29ycC1zYW1wbGUubmV0MRMwEQYDVQQKDApT\n'
        'YW1wbGUgT3BzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAycXElYlh\n'
        '2wMsozR6O5sEG3JEepo/5po2rGLU7bM3xQH6fm0srygA+wVhmbplTMqWp/Uq83uf\n'
        '+V737n1jwTKfQiKHmT8wKAgsr0lRpERG44Yk6QJ1Tt9hE2jkSaapeDI2bBe16o6k\n'
        '//oho/XkrcNIDw46fdf0zISAZFX9UWvAXf5IWn6J6AUM+OguwYLbpAEkWIbi3Fev\n'
        'xdKPimJOxCFGA/ZLvuk0C5X7hZVAQo6hrZvkXvfqrRbU6TvhVVwUsNjh590ir2Cb\n'
        'kPsw2Kcpwjg20Kj88wKY1Y2HEZ9HPiu+0BcKm7k5HhncrOkQyaYOj0ID/BxUSUvg\n'
        'UIhKbM1pHxn6QwIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQASaKcMnjE5Jj0jK4iZ\n'
        'lR690RYt9/x5Q7oSXkFMdclpdTBQ6oFlsLrlNmwV500PnCb7UebSOBHhYdt78nnO\n'
        'vuMlEL68uL4hOABcQbhJWnUhxCYUXYFJv7XoxKCi8eYrrQhZ4J+8oPsDXmrQ0Orz\n'
        'IHP60v9Mvaib7HiJkHhUcLLEfCEKXXoZrGWV5HZO5g3LRH9XKo6Rga/Cc9p9pwQs\n'
        'gKEh9fZoo3kygtQTv41SyugjqoM3QmOFfmNprZd4zj0u3GDRwOTFdsEN0Mzh+nUn\n'
        '1wleqRP2lRx+iFxHXIz7uZq5E93aHD0n6qpgppMSB68eiS3vKGt7ulMWn7jwe40J\n'
        '9+dx\n'
        '-----END CERTIFICATE-----\n'
    ),
    'cert_b': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIIBKjCB0QIUaR3EaMzifH+x1q0yoei4IWYnXQkwCgYIKoZIzj0EAwIwGDEWMBQG\n'
        'A1UEAwwNbXF0dC5ob21lLmxhbjAeFw0yNjEyMDIxNzE4MjVaFw0zNjExMjkxNzE4\n'
        'MjVaMBgxFjAUBgNVBAMMDW1xdHQuaG9tZS5sYW4wWTATBgcqhkjOPQIBBggqhkjO\n'
        'PQMBBwNCAATtkK/e9DetC8vkDK4MdfscmEmdswHjmcS2F/QhHOkG8iAXd5yKh/BE\n'
        '9NjZqmiEfGWxqsvQuGzgR97Sv+nl/c5pMAoGCCqGSM49BAMCA0gAMEUCIQC//cmj\n'
        '/jNN8sGFSau5MBd3wa26AgxanulqAMnWLD84fwIgHhLE1x2H4tNKkEgCtRVRbRKX\n'
        'LHfjyXK5gce/Hu4PAtI=\n'
        '-----END CERTIFICATE-----\n'
    ),
    'cert_c': (
        '-----BEGIN CERTIFICATE-----\n'
        'MIIC1TCCAb0CFFwqmRjnDm4uquGrWjHHF67aCL9nMA0GCSqGSIb3DQEBCwUAMCcx\n'
        'FjAUBgNVBAMMDWxkYXAuY29ycC5sYW4xDTALBgNVBAoMBENvcnAwHhcNMjYxMjAy\n'
        'MTcxODI1WhcNMjcxMjAyMTcxODI1WjAnMRYwFAYDVQQDDA1sZGFwLmNvcnAubGFu\n'
        'MQ0wCwYDVQQKDARDb3JwMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n'
        'tDAyrjRaJOCo7JUwCmfsy0Sogtq3ufwFN5gUL3IKMfZC5WKugTVbX7WlD+ZvcNu1\n'
        'iTDhzHgku+KMX4P64DaF76DxAiPkCG86nzUWZcB+Ten+7bD9Bgv9EBX2JvYPikhw\n'
        'nSR/3Mw5LKfBfm/9VCszklDMntQakKF92lMOGeaFU4ZoI2YIShSrGdRoscaURRqP\n'
        'w/itTXiDFBC+m5Q3qDZnm1zjDS/x683CBwe4auJVuEqgAkwTp73B2UKnYhwB41z9\n'
        'ot8G0vsKHJWDZQWM4YjrOHfnd1HyinNdh4iw2N+4pEydGDY1E5wtUjDsSvZK6com\n'
        '7qmU4PBxi4+eK7w4AFi0ywIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQAoXqUuRGo2\n'
        'ilpaHfrdySjGi0oW72nYoxaCPU3BUZqoy4qXx7E8I0aUGeJe+rz/1Kf7rUah/ngy\n'
        'ahBDxSJuuyJ39dIojcooDP7OOWnInYQIj8lgaxQyH5+ap/LA1nwFp1I4Nr3RyA61\n'
        'Y+gDdBxCtK/kL526bvB/rJqaKWIGxJyGNS4PWGXYpJDs0xqMa9laGXAlfK40eaXD\n'
        'j6x6zmhQws3zL2LPHw4reMjyT+TvZMpaNmge4P9nhM/iu9xBykwJfzB/Jd0aUIAH\n'
        'd4p8GEauwi/d2ktykQoAeBO8walYfFXkN+M7rzhgaX6YDMNFYhFWF0Nj997ujVBU\n'
        'q2lfK1mpc6vo\n'
        '-----END CERTIFICATE-----\n'
    ),
    'csr_a': (
        '-----BEGIN CERTIFICATE REQUEST-----\n'
        'MIHaMIGCAgEAMCAxHjAcBgNVBAMMFXNob3Auc2FtcGxlLXN0b3JlLm9yZzBZMBMG\n'
        'ByqGSM49AgEGCCqGSM49AwEHA0IABBqwzX76Dl6ZXAabyR+X5dHucuMaAwUcX0ol\n'
        'HL+cq6kwkXmvgTe1lHQUCPxAKqv5guGJ/8SBhZjWXDZLXDb3S8+gADAKBggqhkjO\n'
        'PQQDAgNHADBEAiBLH5IiPF3/8mQs1F+JUOkZ7sLXefn0qE5bDaQTMe7QQgIgIEs6\n'
        'Bn8qmaQqvooyJ+rb8KBB9aS2tw7gxh6bVgZzhzM=\n'
        '-----END CERTIFICATE REQUEST-----\n'
    ),
    'dsa_a': (
        '-----BEGIN DSA PRIVATE KEY-----\n'
        'MIIBywIBAAKBgQCR7fo3mFXKFC1U3cbUf4yFRXDu2I2LSKn6kQ6kOEZIDMFH7tQA\n'
        'vVT5CRMnhYYascmoCcGWgheziCCrkoiv4eKDCMZLMB777ZyIg2j24jthA1J8ar/w\n'
        'k62ZYvQnmaq2ZM8d8hP34u84BajIYymbKl+V/PDmDu9Lr+Xt0SJXxJIqDQIdAKci\n'
        'Y3OPtqi4O8APRpyO3oLfnuNhBEQ0Io1jERcCgYEAhIchBj3Tnaftdk1K8PauqAmt\n'
        'V3qD0mxOQ01CJy5jB8ZJ8+RCu2RXo/WgsQNs/cjpma19ac9edzGrcxoTOF+lmOgl\n'
        'cD7GkC1E482pYrnCW6TYowBGggg/f1E39bOVe7sP4N7z77N50aaVsRul4jtpn9VU\n'
        'UIZuCHKQ0ORVXpGTOtwCgYAYXBTAJ3IvX5urKxqkaQ39al/WOBNSSWdLvz8Pz728\n'
        'HmnSe1XOhlGFCH6yLV+vvRzo5cGG9K5qpHZU8u8FwFCRJkDx9ES4t2yCdwqM1VpA\n'
        'PwuCHbm0TGG1j53fbFHt84CogJwWZhyu354XMZ1tXQGNryy/lh1FhlIFJOcAbizW\n'
        'cAIcO9m2ET51T1w6GJ2yuVMkpHDXOEMzv8DjplU+jQ==\n'
        '-----END DSA PRIVATE KEY-----\n'
    ),
    'ec_pkcs8_a': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgYE2PdjPcZ9YKL6E1\n'
        'Yc50KfXWAx2CYdjef0MQiOZ9Q6ShRANCAAQLxwFtlQ3ZLtx89RNWOeFMWtS0vKNz\n'
        '1vV1TjgwnYXgyi0u9v7KHhRkott1RmuOKBKAi5LcpZIARUuVOe3VIFVA\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec_pkcs8_b': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg9dm8/ZM8Y0hF+OyR\n'
        'E0yzjqRH1IcW6dEkAzY8IQfYREmhRANCAAQasM1++g5emVwGm8kfl+XR7nLjGgMF\n'
        'HF9KJRy/nKupMJF5r4E3tZR0FAj8QCqr+YLhif/EgYWY1lw2S1w290vP\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'ec_sec1_a': (
        '-----BEGIN EC PRIVATE KEY-----\n'
        'MHcCAQEEILnTL/woEIHWV9I5p4Yht3cyQBsBlmwS80kr8rRM1/69oAoGCCqGSM49\n'
        'AwEHoUQDQgAE7ZCv3vQ3rQvL5AyuDHX7HJhJnbMB45nEthf0IRzpBvIgF3eciofw\n'
        'RPTY2apohHxlsarL0Lhs4Efe0r/p5f3OaQ==\n'
        '-----END EC PRIVATE KEY-----\n'
    ),
    'ec_sec1_b': (
        '-----BEGIN EC PRIVATE KEY-----\n'
        'MIGkAgEBBDBkXKIBag/4xwc9lDBEtS2oojA7CQoSXPfzKWfgpZ7eF1EwrHyRdMUm\n'
        'taTV02djP1+gBwYFK4EEACKhZANiAARzNt91tAJOPGmhyT71t+OFXe0IaHnEweMy\n'
        '5u+gKwc/2AmS+pxReVUxuHpjTSBPEgVSfaSI9kBCyhalbZ949WHjeiOo59o4tm9h\n'
        'qTvIrpuApJ2FfZ8VfS8R1FrZH+eVKf8=\n'
        '-----END EC PRIVATE KEY-----\n'
    ),
    'ed25519_pkcs8_a': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MC4CAQAwBQYDK2VwBCIEIDYxw97yXgcuOQPFStph8Sw8++2OYERJaFTejlw1beSJ\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'enc_pkcs8_a': (
        '-----BEGIN ENCRYPTED PRIVATE KEY-----\n'
        'MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIKphaqU5ou3QCAggA\n'
        'MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBAB8+oeFrdMwX7T63Wcg92jBIIE\n'
        '0HWEYM7vvBytIyAk7kWwA4+Q8YgjfG5AyGr23/KP8VDk14tZJmOdw3hmUKWQBFw1\n'
        'eV5V3byJjFWGfNw3zwa2uon1SnWp23XwzQtBf6GqRGZgYKlOBtKliNdroQptVG+k\n'
        '10RTvkGkWTDMG2dEe1YjGry8AdkkslQZ6aFRLVX83dyG9hGxD/dfyqAurY6TSjaw\n'
        'aWo/tnysTbZtAPXzEnFNc0AMbjBzp2udC0EAWB/hHaW5wg/EhyP7FcRXRhTR9fsV\n'
        'xxkGf3SWvrcuxs4RW/DYji8RO6P+R8WgCqVPnopJSsenGdaaWNFILFFdg0PjAZ2Y\n'
        'cW5zh6HN5BOTmkNaB55XOo/xdNgNk/ce1Uu4O1nKNR+U7zuZBLgqZgk7qRbfv53M\n'
        'GiTXluhpVXmZm9xQUvDfn7J0gwCNhEPvndq9PJQdHsEc90lZIBoLA6B+Pm1D/TdR\n'
        'rs8vRzuuaBBWP6ttNcNTP+3G9pqOYSpNScp/xCwu5TzTVsgBRmjtbPP5Gxr32p20\n'
        'Y+IXpbgwZxPw+W6PmSHw+mrEzYmF6m0nOjjQu/ELEUHiFELqJ9MGF03VCpXoPYuN\n'
        'YpsI7c1CVpO4uvtyNh7HpBor7sof0GxYLzRq46N8gNpPDCHcKdT8gfCTgL/J9yA4\n'
        'Y+6MNnXOmBKwqet/xINigA/QIgz4crUQtgJ0e676qWkLaiqOyJQaPnk9GISL5P7f\n'
        '4m5qlWzBrWy6BPC1a2LEh3la9uoEhVe4RnMPtCBukenwPXxeRCU0LYugXLHwcITi\n'
        'eafsrd5ViFQFuS7Ign5uZrbY7KRusZ7/ZMwUgT2aKuNsH2wLMtp7MFfTxyJvD9kj\n'
        'HvnvVa9OPH7WyAi+sh3wRwCS+yhoPpyQ3+qdmwpd/2xo5PxFxQTldMzYhuvBHN/4\n'
        'SC9zsGsmO5oB8Iu7s5kqK8i6u168tedKemhpnvkdiSWCMHRGhHoLpxDcqRqKWDgs\n'
        'hxk5pfKg0zk+tUHjV1PX5ofj6uWzbwMU+Hx2TQMz1hzwLjJ71jjk/6nfSTK6i5I1\n'
        '051/y0uv+pbrA+6Me+DJ6KhUWrKql7NarJR1/+3QJtd721/dAv3VLAwRHq+OEfZ4\n'
        'CY6OY38jzb3bFRBAezphXwnqIdG8iigPwl5hygB6tsOK0Wk00Zxwa152vuIpco4u\n'
        'UyvHQEYObCbMU4QcQm+DtEha/T3nV+JHPKb1j2x2chazOFlp5poKJnjt59XUgWAi\n'
        'UD3qysajkrar82YRDwinJ9cvQa49no6byqMFmwxXO753VFHZSixqtuRGl3SudYGs\n'
        'ndDzSlV7qfBfRm2+FmnVfhdNj9cdUfjDHEoxktSn9Psgj15XYXLFmdrJUbbke5Qh\n'
        'mlpcDLBCGvB6l4Auz4qg64kNu0qqyXOsRApjv7PNeW+O3QCARbgKFDM36KSzAhHN\n'
        'uJI1X/7Tj3ms61WK0FBKLJTvF5S0p2B0c6UWN50LcAVWelbY6Xi0T8XjcojsbYiO\n'
        'UGqY1N3CLeusy2GqEMqYUtqqpqWbxkDXRiqVpWRXQSWDQ7M5x8Ddc4GtZj7HMFcw\n'
        'BldBvJlzRbFGcEyG2bun+sWY96ym5GDJXFewITZcfGLzdem/yCH/bk+bgylD5dyn\n'
        'JI9Xby4RLqKak78NH6TqQxduDAGuzX3Bo1FOyjoItxU+\n'
        '-----END ENCRYPTED PRIVATE KEY-----\n'
    ),
    'ossh_ecdsa_a': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS\n'
        '1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQQhEX4YeOwsiRGtAvKjJ/AIyPjS/if4\n'
        'WkXHuIK72e5if7FQU7PqX34sJmFbXVl5w4X/g4/XjYa15yIzynvxs8V9AAAAqIurATWLqw\n'
        'E1AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBCERfhh47CyJEa0C\n'
        '8qMn8AjI+NL+J/haRce4grvZ7mJ/sVBTs+pffiwmYVtdWXnDhf+Dj9eNhrXnIjPKe/GzxX\n'
        '0AAAAhAMQHFFFWj6KuRwpmgwvcHYdDFkiLc3TdKPxHLG2KfMhaAAAAC29wc0BiYXN0aW9u\n'
        'AQIDBA==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ossh_ecdsa_a_pub': (
        'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBCERfhh47CyJEa0C8qMn8AjI+NL+J/haRce4grvZ7mJ/sVBTs+pffiwmYVtdWXnDhf+Dj9eNhrXnIjPKe/GzxX0= ops@bastion\n'
    ),
    'ossh_ed25519_a': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACBD0MQ+esX+tCWKFxBaQEHHrMQ3Rlg2H5pDCXjg8OmyXwAAAJj/xmQK/8Zk\n'
        'CgAAAAtzc2gtZWQyNTUxOQAAACBD0MQ+esX+tCWKFxBaQEHHrMQ3Rlg2H5pDCXjg8OmyXw\n'
        'AAAECznLBJxruJLjHME0CKqXG9MnMTsP8OQnn0sqXOoMUqTUPQxD56xf60JYoXEFpAQces\n'
        'xDdGWDYfmkMJeODw6bJfAAAADmRlcGxveUBidWlsZC1hAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ossh_ed25519_a_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEPQxD56xf60JYoXEFpAQcesxDdGWDYfmkMJeODw6bJf deploy@build-a\n'
    ),
    'ossh_ed25519_b': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACDf7ziJ3KyQBDh4iYCfYagO9dLus/ZRHmG3JEiYM8lkrgAAAJiBdFVwgXRV\n'
        'cAAAAAtzc2gtZWQyNTUxOQAAACDf7ziJ3KyQBDh4iYCfYagO9dLus/ZRHmG3JEiYM8lkrg\n'
        'AAAECGWGdGavTF9emaUU5dbrD+0RL5uoJwvLrxzIoZt3uhQd/vOIncrJAEOHiJgJ9hqA71\n'
        '0u6z9lEeYbckSJgzyWSuAAAADmRlcGxveUBidWlsZC1iAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ossh_ed25519_b_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN/vOIncrJAEOHiJgJ9hqA710u6z9lEeYbckSJgzyWSu deploy@build-b\n'
    ),
    'ossh_ed25519_c': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'
        'QyNTUxOQAAACAWwuwZsh7saCaxzNYsFf4wY9W+/5NVoEvEewu3S1+xSQAAAJhdyFrCXcha\n'
        'wgAAAAtzc2gtZWQyNTUxOQAAACAWwuwZsh7saCaxzNYsFf4wY9W+/5NVoEvEewu3S1+xSQ\n'
        'AAAEDPYpdNIhj7msZK7pXb//oZuhWpALkC49JKWHioNtVazBbC7BmyHuxoJrHM1iwV/jBj\n'
        '1b7/k1WgS8R7C7dLX7FJAAAADmRlcGxveUBidWlsZC1jAQIDBAUGBw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ossh_ed25519_c_pub': (
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBbC7BmyHuxoJrHM1iwV/jBj1b7/k1WgS8R7C7dLX7FJ deploy@build-c\n'
    ),
    'ossh_rsa_a': (
        '-----BEGIN OPENSSH PRIVATE KEY-----\n'
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABFwAAAAdzc2gtcn\n'
        'NhAAAAAwEAAQAAAQEAkZS0wZqf8TPtSiz4BVEq2nuWSnPb+u4LyxR1d+9tdxWfbrV+8QrX\n'
        'pUopNDdya/kG7vMHBow129AS5pFN7ZJXPEeLh/rR/OGUgVJHajz5tz9jKpWNV+MGdOvIcy\n'
        'FhvYbSlPHRYsgmw+VUQQRtFCg1F+66JaGAxEKwPy+Vh1UJ/VwLPBSLZrQqCxNWkQ0PYWCH\n'
        'E/JRYpDqsORTWKahG/Nd4pWWqir2+PF2RkP/bOhbDKmWtPNiZVr8QsjTpYN7cXE0JxxVW7\n'
        '7KOyVbP/+i/LKBOtXf6/SUNniH+Ngyk22KYYj05j95M7bQOejc1OsIUK0KQjGZlVrMCkwZ\n'
        'AzSskEol8QAAA8i58O44ufDuOAAAAAdzc2gtcnNhAAABAQCRlLTBmp/xM+1KLPgFUSrae5\n'
        'ZKc9v67gvLFHV37213FZ9utX7xCtelSik0N3Jr+Qbu8wcGjDXb0BLmkU3tklc8R4uH+tH8\n'
        '4ZSBUkdqPPm3P2MqlY1X4wZ068hzIWG9htKU8dFiyCbD5VRBBG0UKDUX7roloYDEQrA/L5\n'
        'WHVQn9XAs8FItmtCoLE1aRDQ9hYIcT8lFikOqw5FNYpqEb813ilZaqKvb48XZGQ/9s6FsM\n'
        'qZa082JlWvxCyNOlg3txcTQnHFVbvso7JVs//6L8soE61d/r9JQ2eIf42DKTbYphiPTmP3\n'
        'kzttA56NzU6whQrQpCMZmVWswKTBkDNKyQSiXxAAAAAwEAAQAAAQADjcWYgPhM5eTHLfAu\n'
        'B7cL7KlqDt2nXf6ZX1n7arOu4lm+f51mL/VnWmHwHYxkWLNpIN333x4EzCsHSDPGoWRncH\n'
        'hWV51JrDi5AXOvLbw2KMzNwictpo6b9bzdG/WsBT8Ia3DI6wmQjagatYtzda8kyECbYOUT\n'
        'pWxyVmyIMwoSjmO7K2SH4P9zpN4EHmHOZ0nGyO1IGBhgORo51CjWVemTq37elv3JS+vjrH\n'
        'a14p41wkSVDwbCGgfO4QgihLdkrx5vHxOmPRb9wh10SX5v+dkwPbDSI9tF99QRl7ABJATW\n'
        'DIDo2tNo6czQZN8eD5LyZd7671O/sCSMPTpimL+wDtE7AAAAgFZYdJ/Oy2f0wN7AnLdnft\n'
        'xm+EctV3Uq0oBI9k6pYoscrcIRRSfOiTnrKrx0Waheyg3ZQUp1QMtAkP+ODgB+LNDjTTpA\n'
        '4I/LI5JM4uG50WGp+IAH6gjSh5Ciz/apBOgBZTrWe0vmDW2mLDhi+LraqJOMYUcPZdr5Q1\n'
        '9iOiz8B5qZAAAAgQDEu1yEE1Vt263hES4ngf0ncCfXwM5FE7wcHiI+BH45mccqr53xmmqV\n'
        'bdOYI22qfWfMqSn9W1EbU1hcTnqlTMT67woM1UIdE8Im2X8esYb4hMm1Z1OZOzp7T4rwd2\n'
        'G0cMnW4RskgN8l2ECYijjwHQlV+Ksl1PBaJiAEHDIXyWqbNwAAAIEAvXBnbZzkpI9a88gU\n'
        'ykAhOzKZlFMa7Xa62j5E6fW1G+x3ErPRsB1CmfgzAJSbnHh1SWTKuxS9fDFP0g+3sgx7Sv\n'
        'gW9eEtnjdzwlL9AB/reXEgWE9XcJ8pxli+6GvIvTT+Hf1KRAuXaL5bdPluDz7KLluO0to4\n'
        '9kVI6whg+N8dbBcAAAAQY2ktcnVubmVyQGdpdGxhYgECAw==\n'
        '-----END OPENSSH PRIVATE KEY-----\n'
    ),
    'ossh_rsa_a_pub': (
        'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCRlLTBmp/xM+1KLPgFUSrae5ZKc9v67gvLFHV37213FZ9utX7xCtelSik0N3Jr+Qbu8wcGjDXb0BLmkU3tklc8R4uH+tH84ZSBUkdqPPm3P2MqlY1X4wZ068hzIWG9htKU8dFiyCbD5VRBBG0UKDUX7roloYDEQrA/L5WHVQn9XAs8FItmtCoLE1aRDQ9hYIcT8lFikOqw5FNYpqEb813ilZaqKvb48XZGQ/9s6FsMqZa082JlWvxCyNOlg3txcTQnHFVbvso7JVs//6L8soE61d/r9JQ2eIf42DKTbYphiPTmP3kzttA56NzU6whQrQpCMZmVWswKTBkDNKyQSiXx ci-runner@gitlab\n'
    ),
    'pgp_public': (
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\n'
        '\n'
        'mDMEaxBS4RYJKwYBBAHaRw8BAQdAGaOx8xUBIgQkPfqnabP2GIa+j2J52uIiMIcp\n'
        'tC8YfhS0LFJlbGVhc2UgU2lnbmluZyA8cmVsZWFzZUBzYW1wbGUtcHJvamVjdC5k\n'
        'ZXY+iJAEExYIADgWIQRMAYzTVKi2arxq6uRmOGQfqvmIeAUCaxBS4QIbAwULCQgH\n'
        'AgYVCgkICwIEFgIDAQIeAQIXgAAKCRBmOGQfqvmIeKx5AQDVEIa4+AA4YaOaK4kb\n'
        'qrz8GwksbIj15Xb5O/WKMrQZ1wEAqzqBilXn6YCHgnj5Ha4FFe6BXwKxB54g6gNy\n'
        'RPJGigY=\n'
        '=EMhP\n'
        '-----END PGP PUBLIC KEY BLOCK-----\n'
    ),
    'pgp_secret': (
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n'
        '\n'
        'lFgEaxBS4RYJKwYBBAHaRw8BAQdAGaOx8xUBIgQkPfqnabP2GIa+j2J52uIiMIcp\n'
        'tC8YfhQAAQC58bPPDENMMCNWJwxzX49gjDffP/1tKG5IIuL6s5duMg52tCxSZWxl\n'
        'YXNlIFNpZ25pbmcgPHJlbGVhc2VAc2FtcGxlLXByb2plY3QuZGV2PoiQBBMWCAA4\n'
        'FiEETAGM01Sotmq8aurkZjhkH6r5iHgFAmsQUuECGwMFCwkIBwIGFQoJCAsCBBYC\n'
        'AwECHgECF4AACgkQZjhkH6r5iHiseQEA1RCGuPgAOGGjmiuJG6q8/BsJLGyI9eV2\n'
        '+Tv1ijK0GdcBAKs6gYpV5+mAh4J4+R2uBRXugV8CsQeeIOoDckTyRooG\n'
        '=gOVF\n'
        '-----END PGP PRIVATE KEY BLOCK-----\n'
    ),
    'pub_ec_a': (
        '-----BEGIN PUBLIC KEY-----\n'
        'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC8cBbZUN2S7cfPUTVjnhTFrUtLyj\n'
        'c9b1dU44MJ2F4MotLvb+yh4UZKLbdUZrjigSgIuS3KWSAEVLlTnt1SBVQA==\n'
        '-----END PUBLIC KEY-----\n'
    ),
    'pub_rsa_b': (
        '-----BEGIN PUBLIC KEY-----\n'
        'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3SynF46Up0cjVEtDU8Ct\n'
        'NRjrfUoaLfLyToRIdbbkxtbq52iijfLzh0m4eyDLkq7jZ3RosOZU9y7TtiLqSByt\n'
        'w4ydEMgE7qbPyUWntMFiXi4g6g+5WGudhqEZOffEItmngFtGOi52z2vf9vI1/c1v\n'
        'Bwfi6Mnf3YbptG65OhswAXI3UOIqwe4/VOxGmLBxB3smkRQmzeDR9GaV+Ib0AC6y\n'
        'v+ChsjPo7Yr4TfEfpML9lIOGSOyK+o8b4dXwigwWxjsIX40H2ACO6SZw8RZEqMkp\n'
        '5NS0P5dkHGdUEasSebuPBCaNTasFAOhpbIdtkX9NdglHSWuyqZv+S2odqXMaGoOR\n'
        'QQIDAQAB\n'
        '-----END PUBLIC KEY-----\n'
    ),
    'rsa_pkcs1_a': (
        '-----BEGIN RSA PRIVATE KEY-----\n'
        'MIIEowIBAAKCAQEAycXElYlh2wMsozR6O5sEG3JEepo/5po2rGLU7bM3xQH6fm0s\n'
        'rygA+wVhmbplTMqWp/Uq83uf+V737n1jwTKfQiKHmT8wKAgsr0lRpERG44Yk6QJ1\n'
        'Tt9hE2jkSaapeDI2bBe16o6k//oho/XkrcNIDw46fdf0zISAZFX9UWvAXf5IWn6J\n'
        '6AUM+OguwYLbpAEkWIbi3FevxdKPimJOxCFGA/ZLvuk0C5X7hZVAQo6hrZvkXvfq\n'
        'rRbU6TvhVVwUsNjh590ir2CbkPsw2Kcpwjg20Kj88wKY1Y2HEZ9HPiu+0BcKm7k5\n'
        'HhncrOkQyaYOj0ID/BxUSUvgUIhKbM1pHxn6QwIDAQABAoIBAEP0T1jtg/92+jmd\n'
        'Gu2oL6HuwhFokczgczlrr7q+eTHokKyzqDD1kB76mPxlQmiycjru3yBRqncZ/PZd\n'
        'VJNksS5c4r5CAb35wtLmJpDkTdui+htfsJJ3uQIIeZo0fy7z+lA9TA9LK1bqrxnB\n'
        'XtsGweYQLLLlYJTgqz0fmMkrOQZuXFwMbeqEiUrxwT96UXMxl2jY0aOzB//jUReQ\n'
        'zg0Yh+vIWGMmbr98ZHgBqDZoLlMY8/fQ0MoaOkprXFZIbEJr/UBSp+hk03ocUOkC\n'
        '6pEfijHciY2iDx92EHlgLhLX7x7j5MqaEu8cjCHnX//nPENAstRcVts1j486Z7Qq\n'
        '8VgDPoECgYEA6TzqLlTw5Bhk88VBCTbuiaEEtg3/jZg28m2ycIR+oAEiZPai02/I\n'
        'HoR/odPaZvV+XbaZ/otZkcbgpmyNZwk2E2hDUoXR5bwTHHR6Rs8BNGdO+tnZ9JoG\n'
        'a7TRqt0LzbNW4LrfbnM26h4ZZQ5UlgqpTEOkMas1FgScECg7AJIQlVsCgYEA3Xa9\n'
        'KUvKKf8Y2PzdghnmaE4Ze2/s690fc/lQI62DCundaQPbpmikV26wG2qGJurg2p8I\n'
        'XZOlpLFGpVE7BjvQdjUvwTAu6LEAE5ZUL9Lmhj72aGrcx3lbT+L3R1npFPEbDWj7\n'
        'mEUynTYoobgUXlK2VsrCDKHXketO9zMBIefSezkCgYEA1uNtq0RNMQocsM/TLMc0\n'
        'nQ8CRS2+ftl3/oH8/lfERmzlIHpv6Dg7+4n+Ab4roeKbC4J6fSAsZPgD8LFg0kaV\n'
        'UOol5LkweuZ+ASB7rBN6u6pXBR2EBy2FruRIrJC+GEYcTC9APgXe2XLj2MyMODUY\n'
        'aBCGDdD8tw2GMAiw28S3jLMCgYBRc+KO1bk9SP2ykQ5HU49SvabRp5DUDzgKR6AZ\n'
        '/y87TFiKz0hyI/qNzcAn1T4SAkFBJ0zEXhGGSU1acE3tNQKu91DhFP+rxa3phljg\n'
        'Xgk7Rt0J+oPJOfFDqI6aR49ajHMOs5YVox3ChLDdCf8z0egOc/R7AOtwV8NrV+8K\n'
        'sWDQwQKBgFEIHIo5zPaS+DIvGMH/1XDzo98Zf3garz7968Hsi60XV/Wbkqo5ONzH\n'
        'hQeqf1XHX+ypipRBI91p438b5i27+6y4+3QKb7Uk51Ll0UiUt9JvnlQCFr52Q7Lm\n'
        'RpLxOsOB29WgthpaRYZQGEjY6Qh7zbujHrF2tgSBb1mQLWLSwQ7m\n'
        '-----END RSA PRIVATE KEY-----\n'
    ),
    'rsa_pkcs1_b': (
        '-----BEGIN RSA PRIVATE KEY-----\n'
        'MIIEpAIBAAKCAQEAuC+wLSJuic1fg0FSRh7NLRMsWoQe1GYOHGR8kerpI+Yof8vv\n'
        'drPn5xqdP96b9mg148yLbqcyL+08dOC72+/pmm9LeSZbEPDGdQzQ4RcQGGQHKFwb\n'
        'AwhomWAvnjKgaVhCD6dfVD51tjOOF8lTisVd5r0E0IcD0piCQI/J3c4qXPyFjEXX\n'
        '2XyMAyFCYUp+Pn6PgN/dBQ7BLHxE2w5wx0D+i2m4IUf5m7g3M8Ls8i0A95UAOf59\n'
        'zDSxotwYspbZaHrkMFc4q2ngeYdX066OB0/KFWI6Zx+GcgQbOnefeYAvQzZvsLD8\n'
        '52KhtgSUU8KZEmdgrLP4T/l398iXvXQk17YKlQIDAQABAoIBACoRVktQwG9/9U88\n'
        'xaZXVaR0ax53a7U2ZAWvG9aWEU7OPDTIJvb1K0PZC85xMS0L6zcO2k/ZJzjUFglZ\n'
        '5P5cYv4Pam0OyiDp5WIJndGzW00+13Wr581/B6j0U5vt0z6MVnZN05Ohum/1gYBE\n'
        'Tuz0nDhdtrJMDB73D1TgooojEwDulslhzXuUdq14qz0YOFQN+CVa8Ic0kel+tmed\n'
        'sNk0bDI7XWPi6aUP+7xm6gIGa8IcWVeWbxDroECbB06jdMofrKnkkArNXfAgydVg\n'
        'vy8n4MlvLT/JYbSknBhl7+O1FFHfXn8SMxuESdbeDk/R+eS4sJMSo6jCdzNUzzws\n'
        'AGYWiHcCgYEA57RyWYPQJN6RgvNZXMDEHrn8LUx18ZFFqQxSJvjxbE6kEt3UEF5E\n'
        '0fsI3lrnncB3kY6GSLaqlqPTXioVN6RCO4Wf2W9xMjt1xxhzeezNFqvz6xaPX/op\n'
        'UaMMlNFmJgQGDBoJ149awILhVFT4iQ1LkbyTdRm+zDblScXEAeL0ocsCgYEAy3+4\n'
        'facOl8z/uSyIpwgtWW9UzgzO8EnJKZCz6s2HLGW9gK1AsmaqcYmToQhltONcnlyH\n'
        'IqIIrb/gxRu6vRhVGqVXm3I7HIuvT8o+1wyLk/sCOhdNKNqDmCxl7nx5Oodb0sGc\n'
        'erdcwyOpYelsWpemktolgtZZl9Lp8qGqowko+R8CgYEAsuU3hLWo906AusJ4tIyA\n'
        '39hpQ/BM//5R8nt40m5SuHTfaVGschbWu+k+p684NSxtJQ0N0QZ4H2bNw15qk1NX\n'
        'b+1zxcWteENAZEAUqIaUsnSBF3mLqWbUkBt7k0s5uxBQOve/sZcVUp26rAoO+oIx\n'
        'XoxirX77OWEJFzSCaZJ5npECgYA15GErha5rrTKcC5s1AQlhggZneyTipefMRjIf\n'
        'oMaHj3ocNcXIeT/ySYj7QIoO2ZeRqNdw6JB70zDngmx135fKMrd8x0e4S5Xl/52c\n'
        'vgnI6tSwJbOdeiEXj8p+2iAQzAAZVIToSt8aHrug3nx/kWHfyj3c5H9dodGrG/1g\n'
        'p/Bd6QKBgQCWqtjlIkZmze3ie1U1g+/tCR4D1sttBqZIcXbUbg1clVg+sb7lefOa\n'
        'EmKyK6x/d5BV1OLNJ0y4KvoRE/cTWIMqTn6ykxlPQd1UVkzJHlu/WoQhEmhGDqEE\n'
        'JvCNcq8rLxcVEQ7bEzOE2nP5SEC5OSBKZdiuRA+yh7O7ydQ5DPs/yQ==\n'
        '-----END RSA PRIVATE KEY-----\n'
    ),
    'rsa_pkcs8_a': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDCkOVXZc4aTYsi\n'
        'BrZGh+UPr5tGecvLFbJOqttggtMgU6uR4O0/NwaD0XTypBEy5d9OY4SMDGv711Mq\n'
        'sLRZ9jIncCT8GS1CeU8rNuGkTgrQ9MjMNaSJymGake4J2f+Ri4m8K58zR4mOg5iz\n'
        'xOCQUjiS17dHvxCK+BL2cNHmzdEgoNeldeL+lzhUv9DX1X3au6l51N8yom9yX8rb\n'
        'gTHQEJffa5e8rR4JOWV8R7rRq5PII42ARv4Oi4zA9Dj9qop5N73kxs1jN5SrkQ2E\n'
        'S07Y8AlyvNS/3rxpUQTW4Kuiaex17yaNBY8EfY3EXK/uiaE0oO9HpkvbcK0ix2c6\n'
        'JsvfEkkVAgMBAAECgf9BQ2RTea4Bf2D02lG7A5Ya6mJnlpJGDsENKa6r5a1/5/be\n'
        'wd3zKQtFKGiuBSovkOCyEcw9DZua8taXdu3E/EHmsd000yHNFeUlzA9fI3T63Meg\n'
        'yYVajaBvHzrASyM/CQD+X/CLKCxlBEbPMHS1x5uKrX3hicE/EuS+RXRynOfw6tze\n'
        'GL+a5mrH0GFk8I78z5eEFooIBm9LGijRp0ODcMlmN5l7GB8Jw6UUM9uAKYAmNRk4\n'
        '4zk0KkELNmvqyv9/KbLjaLlVt7hPtlzNish900ZCm5Xz32EewomBkUXboZeUWo/g\n'
        'Mnz+g2pDwouBbUJt7lgMhwC9/Z9hwkIr4DFoLAECgYEA5vpPgIbm3chpqwSGvWv6\n'
        'RQiqXvvNM840aWllOYIrk4nvRXsc75/+CvBx2fAu7L+M+wUorPnqwvvBUqtp5P0X\n'
        'ziaqFuR4FyNA97aExc86MaKAHArvH8xANIwv0pYRJsb0vOrQ708DNcWId76G1Q1X\n'
        '7c4Km0bqXPR69wCoi/GIDRUCgYEA16THvXc5cdLBS4w1SMlRnR+b5akbO7C45Z0R\n'
        '4BZsNyqLEH3iF3RvNB0LkD7hd5IwV6VAUFwNsQt3DLgWmRZQI2Y090DNNJvqBIlt\n'
        'Ufdgcph8+QchUSKwVqEyFtOgxEYYdhNIag4zO1DCti8YvD5Oa8P1IWrBloZhbIDn\n'
        'AN0ITAECgYEAj15ZkLargIhQhpWVqOfn/YemcLStJ3Xb9H42FZ8luzuH6EHFsTtG\n'
        '7bVXheZeyhcPxBPsroml3Yd09QJvBXLPnudC9liz7fC0980z1rCNN5fdGwryaHNY\n'
        'ewV0/aqmVMJz0PuT2qbZoDvPPDxn5sCUjogw7zbya+ZYmQ6wj8TJJQ0CgYBDkY9A\n'
        'j7YBM09704/yoZogCIJ5wLYWyvX0hHXQaFY6JutyHG+Wd9ZMVvmDliBhrf3VyKLR\n'
        'SzbDDducsaXrC/HKVcEs5DIoVN5L05/ceg3PenZWNWS8Holwa4vdWSxbs7cAcGRV\n'
        'TuPApzqLiVBP05oQ7FLHyMKl3q9yJyW6wIdUAQKBgQDTWq9VmsXjx4MokeESEmtw\n'
        'pdkHdpVCTrtghSleAkECXvFLQ+mR+75JheUaExbRlAoR1xx+1CY0I5kWqc+9aqAt\n'
        '39Ba1NBVNmu9q3JIbwH6wLoxBVCQhrsTRpL8Bw5/z3oebRjlXlrF4p0DrgEQF5wL\n'
        'zhVjAG+n7Pv6xfrxRp0Iqg==\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_pkcs8_b': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDdLKcXjpSnRyNU\n'
        'S0NTwK01GOt9Shot8vJOhEh1tuTG1urnaKKN8vOHSbh7IMuSruNndGiw5lT3LtO2\n'
        'IupIHK3DjJ0QyATups/JRae0wWJeLiDqD7lYa52GoRk598Qi2aeAW0Y6LnbPa9/2\n'
        '8jX9zW8HB+Loyd/dhum0brk6GzABcjdQ4irB7j9U7EaYsHEHeyaRFCbN4NH0ZpX4\n'
        'hvQALrK/4KGyM+jtivhN8R+kwv2Ug4ZI7Ir6jxvh1fCKDBbGOwhfjQfYAI7pJnDx\n'
        'FkSoySnk1LQ/l2QcZ1QRqxJ5u48EJo1NqwUA6Glsh22Rf012CUdJa7Kpm/5Lah2p\n'
        'cxoag5FBAgMBAAECggEAaaQ1X1wcBtZEurOEQhHK6YywllR5sq7TK8ulbIxiM9Nd\n'
        'uhBRbGm6BkmhEzaz5akhNz3z72Lk/HfiaaG9s5n3KWsVbnmLWY5VuzZJB15DJOb1\n'
        'k7bU+bXVNQPnr7d3eInrprRyE8Izv5kwDZzdSw//0yTiLfyWsBILuMIWOPnZcSaA\n'
        'bz613TEAx3hNVHsOwH+tU4HkCOzhvx6kwgnWAZJkf1ba6gHcya6KB8/NuQlchc/Y\n'
        'fN06YqRv34c3HecV90ZbNVq7e0V/4mcpm3vfZmd3K82d1Ir3E2plfrebfWy1WLyQ\n'
        '4hUgGBYR3zu2v0nO2OyQH79DWc5L6YGL9ZXAdqz9nQKBgQD2e+hfM2uYASs/Np1/\n'
        'jA94NSo1RV75nPgqH16zexkV/07AHtWoItXvLGh26FOxIQbyDLW3MsdQE3r/dzkn\n'
        '1hIsCk8Ycun+DjYn48lW8ebQmkqRmosdNcmO18sLUEDYYAnSZQ99qmK0kaqQu8Zl\n'
        '90+R+QEOvm+7qXb0DyL23tT8DwKBgQDltpnbSs4B1KYbqqjvvFGaOyzNrotb4wEY\n'
        '18UwonT+R1OBJgD9yslJfXDltJET8m7Hs9q3BvMk6Da5Qb+X2KUVH9CP6kkWzCTc\n'
        'yvKJYgEkls+BVoXyNHwNfsqXZkHxVwzolhtC7RrX2tdy6WTyTO8BNnsFMmpb7/co\n'
        'ZkcoW3mNrwKBgHgZhe8lQe7N2wGxHerxFvSOiyNrysw7hNwZbu5rM5z5SqjoHVkQ\n'
        'qEcizz/pEiaDnjvAn6ZFMsK8yzjBIfNcJnyZBVM3YvZsfEzRe+BGfB32oBD0SYaR\n'
        'F8XnNcMsdnw3x3Fh1rt3kyLCu2ZMaG50o6vPtYk2l4DMIO7olTPO/d5XAoGBALG+\n'
        'RvKNwTVda2JA/RLzLlkerJ5CDob88V5dprDpI4mVeyGVXHMENBfvPiofO5qpndpc\n'
        'akHw2LaYD6/tFejSs3nS8jhJWmCPeX52cpCnCqdbIhi78EznG439q5jWgPPTHaPi\n'
        'chmpCXo4VTkPKxLpQI45r5rn1bBpz16tNSYfEcD1AoGAUkd2J8v+C2ve60xwCqvj\n'
        '6UuiuLF6XBT3kwpC96Q9QcXo2PbKpDP7hvwjyi8OSlikF1WeeC8E1DCQ0ZhfYjPG\n'
        'KCZpVVKYWdijTmsfcCjqJbqfd7EGA7nRvYgulmK11Svoq2zR2mrkupmR12+qFBVN\n'
        'zy6zrZBN6hD1gAQQc3LH+nE=\n'
        '-----END PRIVATE KEY-----\n'
    ),
    'rsa_pkcs8_c': (
        '-----BEGIN PRIVATE KEY-----\n'
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC0MDKuNFok4Kjs\n'
        'lTAKZ+zLRKiC2re5/AU3mBQvcgox9kLlYq6BNVtftaUP5m9w27WJMOHMeCS74oxf\n'
        'g/rgNoXvoPECI+QIbzqfNRZlwH5N6f7tsP0GC/0QFfYm9g+KSHCdJH/czDksp8F+\n'
        'b/1UKzOSUMye1BqQoX3aUw4Z5oVThmgjZghKFKsZ1GixxpRFGo/D+K1NeIMUEL6b\n'
        'lDeoNmebXOMNL/HrzcIHB7hq4lW4SqACTBOnvcHZQqdiHAHjXP2i3wbS+woclYNl\n'
        'BYzhiOs4d+d3UfKKc12HiLDY37ikTJ0YNjUTnC1SMOxK9krpyibuqZTg8HGLj54r\n'
        'vDgAWLTLAgMBAAECggEAIeg5+T8fwXXHQ/HU/vhMfnm2jh0zWpu6rZoAHmeC1KEH\n'
        'OJwnw2ezgKCxZXsS+HVXxW+95dir7PE2QhkXYg7QiGXMRH9Vf2LS8LewNciR2/6O\n'
        '+tKF4pfp8Jd5YR6HkRmNm3yNVRLXJXiR+EWBsc+JXly3DKJUN2g0QxvC+QvAhhVh\n'
        'PhFNjor6RB1BdaYC4+MfVh3L/jWhWdyyuN89RzDESbQrj+eMrKTIyzLtWviKgqfg\n'
        'Aq0R2iAyUe49690Hu9W3ZszMxMtK/jwyo5XVOb1s/RXyG98Z7NOavLbOPbTZtra+\n'
        'gBRQbfXhsbVUp/aEZ5qI5IjUvuHMV4ufHL+dvBeHjQKBgQDnp19hoYobTn1lQ+pK\n'
        'AAx0BW8dlprIxRuPVv72jU+7pExOd3DQsM7bkcFEeJQ7xIoDvMKezegwuTpfoXW8\n'
        'ZPs8MynnQWZwdykTeCYAmgnLmT6qT0rXW53IsyDiC2XYqHHzgW2hK0S0ugUENoOA\n'
        'nGmAVkCbWAP+M4SBr6GEkiYfHwKBgQDHICZAso5tOuTPk8ag0AfdrCSSF0usDuBU\n'
        '0WWUgKAgJi0gs3L/ZAEaFYC69lg9+/bxBAhsU1ykMFjTNCN2PzyP/XX3FpucSCng\n'
        '9+V6dPbUwebF548WM9YeqEMrrKUoSHvYWbTbedw8rzu6Is83/GFl6/+fC62psSiw\n'
        'OSo1JNUw1QKBgGxd7c68ROEVTK/Mn5NShoDX8e0DgREetA/QAKHR5VTAPToPweS+\n'
        'cWZhvumLBr0W6gFpkhm79Tylydrmqy8ghi7ZOGcIPyWpeLu03wI1DRQDcj81rKsm\n'
        'Hp++vElCT7iUxAnHqENW/GMXCjW4Urgdc3Un5D1HZUbLTtdkE8jynYa9AoGBAMaH\n'
        'sjvdCo2zI0AmaOoan00O/WM+oK7KIjXOlEWMPJnxFhs9bxFcZpDYEYHWbMJX/avs\n'
        'xm0ibAIzRcxFdnnFsJ8rKLsSqlEVzdNDtWLzTMlxDaIRLaMISZpFTrszpXLVWcyq\n'
        'G9ya0c8bMyRw4kNCeOVCd5jd7uZ6AEQ6qm9T6s6FAoGAIpW9fzdRRxT40vFkjB9/\n'
        'ZPiyb5gtq/9YlG4zQNjCRf/HEfE+LMXa0x2P2gTGN4uSplGNqQVz6VjQyLwoUJw0\n'
        '2ZVofjgNgcgNgtJau48nt71hGLCJ96obzTF+Ud/uOOi97LSTzu4bYWi2wHb07Sl7\n'
        'JCUB7zgg4CnuNdcgKA4TfXY=\n'
        '-----END PRIVATE KEY-----\n'
    ),
}
ENC_PKCS8_A_PASSPHRASE = 'vm803g6Nz2GBPk-RafeOO'


def pem_body(name):
    return KEYS[name].rstrip("\n")


def _ssh_string(b):
    return len(b).to_bytes(4, "big") + b


def putty_ppk_from_openssh(name, comment):
    """Convert the embedded unencrypted OpenSSH ed25519 key to a PuTTY v2 .ppk (real MAC)."""
    body = "".join(KEYS[name].strip().splitlines()[1:-1])
    raw = base64.b64decode(body)
    assert raw.startswith(b"openssh-key-v1\x00")
    pos = len(b"openssh-key-v1\x00")

    def rd():
        nonlocal pos
        ln = int.from_bytes(raw[pos:pos + 4], "big")
        pos += 4
        out = raw[pos:pos + ln]
        pos += ln
        return out
    rd(); rd(); rd()  # cipher, kdf, kdfopts
    pos += 4          # nkeys
    pub_blob = rd()
    priv = rd()
    p = 8             # check ints

    def rdp():
        nonlocal p
        ln = int.from_bytes(priv[p:p + 4], "big")
        p += 4
        out = priv[p:p + ln]
        p += ln
        return out
    assert rdp() == b"ssh-ed25519"
    pub = rdp()
    sk = rdp()
    seed = sk[:32]
    priv_blob = _ssh_string(seed)
    mac_key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    macdata = (_ssh_string(b"ssh-ed25519") + _ssh_string(b"none") + _ssh_string(comment.encode())
               + _ssh_string(pub_blob) + _ssh_string(priv_blob))
    mac = hmac.new(mac_key, macdata, hashlib.sha1).hexdigest()

    def wrap(b):
        s = base64.b64encode(b).decode()
        return [s[i:i + 64] for i in range(0, len(s), 64)]
    pl, vl = wrap(pub_blob), wrap(priv_blob)
    lines = ["PuTTY-User-Key-File-2: ssh-ed25519", "Encryption: none", "Comment: " + comment,
             f"Public-Lines: {len(pl)}", *pl, f"Private-Lines: {len(vl)}", *vl, "Private-MAC: " + mac]
    assert pub == pub_blob[-32:]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# words, names, passwords
# --------------------------------------------------------------------------
WORDS = ["amber", "harbor", "lantern", "copper", "meadow", "falcon", "granite", "willow", "cobalt", "saffron",
         "thistle", "orchid", "glacier", "cinder", "walnut", "juniper", "basalt", "marble", "quill", "tundra",
         "pepper", "sparrow", "velvet", "ember", "canyon", "mosaic", "nectar", "otter", "pylon", "radish",
         "sorrel", "tangle", "umber", "violet", "wombat", "yonder", "zephyr", "bramble", "crescent", "dynamo",
         "fjord", "gopher", "hazel", "indigo", "jasper", "kestrel", "lupine", "mango", "nimbus", "oyster",
         "pinecone", "quasar", "rhubarb", "salmon", "teapot", "ukulele", "vortex", "waffle", "yarrow", "zinnia"]
WORDS_INTL = ["Sommerregen", "Kaffeetasse", "Bergsteiger", "Fahrrad", "papillon", "citrouille", "framboise",
              "mariposa", "girasol", "tortuga", "andorinha", "cachoeira", "girasole", "farfalla", "zonnebloem",
              "regenboog", "kwiatek", "jezioro", "sluníčko", "tulipan", "kanelbulle", "skogen", "mustikka",
              "kelebek", "yildiz", "sakura", "tsubame", "haneul", "mattino", "pomodoro"]
WORDS_ACCENT = ["Größe", "Bäckerei", "Frühling", "Café", "Crème", "Mañana", "Señorita", "Coração", "Ölçek", "Žirafa",
                "Łódka", "Ångström", "Kärlek", "Þórr", "Çiçek"]

SYM_BY_STYLE = {
    "url": "-_.~!*",
    "bare": "-_.+!^~@%=",
    "ini": "-_.+!^~@=#?:,/*",
    "xml": "-_.+!^~@%=#$?:;,/*()[]{}",
    "q": "-_.+!^~@%=#$?:;,/*()[]{}&<>|",
}


def random_pw(style="q", n=None):
    n = n or RNG.randint(14, 28)
    syms = SYM_BY_STYLE[style]
    while True:
        s = RNG.choice(AN) + "".join(RNG.choice(AN * 3 + syms) for _ in range(n - 2)) + RNG.choice(AN)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s):
            if style == "url" or any(c in syms for c in s):
                return s


def human_pw(style="q", accented=False):
    syms = [c for c in "!?.#@$%*&+-_" if c in SYM_BY_STYLE[style]] or ["-"]
    shape = RNG.randint(0, 5)
    w1 = RNG.choice(WORDS_ACCENT if (accented and style != "url") else WORDS_INTL + [w.capitalize() for w in WORDS])
    w2 = RNG.choice(WORDS)
    yr = str(RNG.choice([RNG.randint(1970, 2025), RNG.randint(10, 99), RNG.randint(100, 9999)]))
    s1, s2 = RNG.choice(syms), RNG.choice(syms)
    if shape == 0:
        return f"{w1}{s1}{yr}"
    if shape == 1:
        return f"{w1}{w2.capitalize()}{yr}{s1}"
    if shape == 2:
        return f"{w2}{s1}{w1.lower()}{s2}{yr}"
    if shape == 3:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet}{s1}{yr}"
    if shape == 4:
        return f"{yr}{s1}{w1}{s2}{w2}"
    return f"{w1.upper()[:3]}{w2}{yr}{s1}{s2}"


def any_pw(style="q", accented=False):
    return human_pw(style, accented) if RNG.random() < 0.45 else random_pw(style)


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def kebab(n):
    return n.lower().replace("_", "-")


def dotted(n):
    return n.lower().replace("_", ".")


def snake(n):
    return n.lower()


def shq(v):
    """Pick a shell quote that keeps v literal."""
    if re.fullmatch(r"[A-Za-z0-9_.+/=:@~%,-]+", v):
        return ""
    if re.search(r"[$`!\\\"]", v):
        return "'"
    return '"'


FIRST = ["maria", "jonas", "aiko", "li.wei", "sofia", "omar", "priya", "lukas", "ines", "mateo", "yuki", "noah",
         "elena", "tariq", "chloe", "viktor", "amara", "ravi", "lena", "diego", "hana", "felix", "nadia", "sven"]
HOSTS = ["db-prod-01.internal", "pg.eu-west-1.corp.lan", "10.20.4.17", "mysql-replica.svc.cluster.local",
         "sql01.ad.contoso-sample.lan", "cache-02.stage.net", "orders-db.a1b2c3.eu-central-1.rds.amazonaws.com",
         "192.168.56.10", "db.staging.acme-ops.dev", "warehouse.internal.example-corp.io"]
ORGS = ["acme", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "wonka-ind", "stark-sys", "tyrell", "soylent"]


def user():
    return RNG.choice(FIRST)


def host():
    return RNG.choice(HOSTS)


def org():
    return RNG.choice(ORGS)


# --------------------------------------------------------------------------
# template rendering
# --------------------------------------------------------------------------
MARK_RE = re.compile("\u27ea(\\d+)\u27eb")


def mk(i):
    return f"\u27ea{i}\u27eb"


def render(tpl, ents):
    """tpl contains markers; ents[i] = (value, type_or_None, plain_or_None)."""
    parts = MARK_RE.split(tpl)
    out, spans, pos = [], [], 0
    for k, p in enumerate(parts):
        if k % 2 == 0:
            out.append(p)
            pos += len(p)
        else:
            v, t, pl = ents[int(p)]
            if t:
                sp = {"value": v, "start": pos, "end": pos + len(v), "type": t}
                if pl is not None:
                    sp["plain"] = pl
                spans.append(sp)
            out.append(v)
            pos += len(v)
    return "".join(out), spans


class Cred:
    """One credential plus companions.  extras: list of (name, value, type_or_None, plain_or_None)."""

    def __init__(self, type_, value, name, service, header=("Authorization", "Bearer "), host_=None,
                 kind="token", plain=None, extras=(), shape="known"):
        self.type, self.value, self.name, self.service = type_, value, name, service
        self.header, self.host, self.kind, self.plain = header, host_, kind, plain
        self.extras = list(extras)
        self.shape = shape

    def entries(self):
        return [(self.name, self.value, self.type, self.plain)] + self.extras

    def E(self):
        return [(n, mk(i)) for i, (n, _v, _t, _p) in enumerate(self.entries())]

    def ents(self):
        return [(v, t, p) for (_n, v, t, p) in self.entries()]

    def api_host(self):
        return self.host or f"api.{self.service.lower().replace(' ', '')}.com"


# --------------------------------------------------------------------------
# vendor credential shapes (generic-container pool)
# --------------------------------------------------------------------------
class Spec:
    def __init__(self, type_, name, service, gen, header=("Authorization", "Bearer "), host=None,
                 extras=None, n=2, shape="known", kind="token"):
        self.type, self.name, self.service, self.gen = type_, name, service, gen
        self.header, self.host, self.extras, self.n = header, host, extras, n
        self.shape, self.kind = shape, kind

    def make(self, name=None):
        v = self.gen()
        plain = None
        if isinstance(v, tuple):
            v, plain = v
        ex = self.extras(v) if self.extras else []
        return Cred(self.type, v, name or self.name, self.service, self.header, self.host, self.kind, plain, ex,
                    self.shape)


SPECS = []
SPEC_BY_TYPE = {}


def S(*a, **k):
    sp = Spec(*a, **k)
    assert sp.type not in SPEC_BY_TYPE, sp.type
    SPECS.append(sp)
    SPEC_BY_TYPE[sp.type] = sp


NOH = None  # no natural HTTP header form

# ---- cloud -------------------------------------------------------------
S("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "aws", lambda: rs_mixed(AN + "+/", 40), header=NOH, n=3,
  extras=lambda v: [("AWS_ACCESS_KEY_ID", "AKIA" + rs(B32A, 16), "aws_access_key_id", None),
                    ("AWS_DEFAULT_REGION", pick(["eu-west-1", "us-east-2", "ap-southeast-2"]), None, None)])
S("aws_session_token", "AWS_SESSION_TOKEN", "aws", lambda: "IQoJb3JpZ2luX2Vj" + rs(B64A, 372) + "==", header=NOH,
  shape="guessed (prefix+length)",
  extras=lambda v: [("AWS_ACCESS_KEY_ID", "ASIA" + rs(B32A, 16), "aws_temporary_access_key_id", None),
                    ("AWS_SECRET_ACCESS_KEY", rs_mixed(AN + "+/", 40), "aws_secret_access_key", None)])
S("gcp_api_key", "GOOGLE_API_KEY", "google", lambda: "AIza" + rs_mixed(AN + "_-", 35),
  header=("X-Goog-Api-Key", ""), host="generativelanguage.googleapis.com")
S("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", "google", lambda: "GOCSPX-" + rs_mixed(AN + "_-", 28), header=NOH,
  extras=lambda v: [("GOOGLE_CLIENT_ID", dg(12) + "-" + rs(LO + DG, 32) + ".apps.googleusercontent.com", None, None)])
S("google_oauth_refresh_token", "GOOGLE_REFRESH_TOKEN", "google", lambda: "1//0" + rs(LO, 1) + rs_mixed(AN + "_-", 98),
  header=NOH, shape="guessed (prefix+length)")
S("google_oauth_access_token", "GOOGLE_ACCESS_TOKEN", "google", lambda: "ya29.a0A" + rs_mixed(AN + "_-", 170),
  host="www.googleapis.com", shape="guessed (length)")
S("gcp_hmac_secret", "GCS_HMAC_SECRET", "gcs", lambda: rs_mixed(AN + "+/", 40), header=NOH, shape="guessed (id length)",
  extras=lambda v: [("GCS_HMAC_ACCESS_ID", "GOOG1E" + rs(UP + DG, 55), "gcp_hmac_access_id", None)])
S("azure_storage_account_key", "AZURE_STORAGE_KEY", "azure storage", lambda: b64(64), header=NOH,
  extras=lambda v: [("AZURE_STORAGE_ACCOUNT", pick(["stacmeprod01", "globexlogs", "hoolibackups"]), None, None)])
S("azure_ad_client_secret", "AZURE_CLIENT_SECRET", "azure", lambda: rs(AN, 3) + str(RNG.randint(0, 9)) + "Q~" + rs_mixed(AN + "_~.-", 34),
  header=NOH, extras=lambda v: [("AZURE_TENANT_ID", uuid4(), None, None), ("AZURE_CLIENT_ID", uuid4(), None, None)])
S("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT", "azure devops", lambda: rs(LO + "234567", 52), header=NOH)
S("azure_devops_pat_v2", "ADO_PAT", "azure devops", lambda: cask84("AZDO"), header=NOH,
  shape="guessed (CASK layout with AZDO signature)")
S("azure_cosmosdb_key", "COSMOS_PRIMARY_KEY", "cosmos", lambda: b64(64), header=NOH)
S("azure_service_bus_key", "SERVICEBUS_SHARED_ACCESS_KEY", "servicebus", lambda: b64(32), header=NOH)
S("azure_openai_api_key", "AZURE_OPENAI_API_KEY", "azure openai", lambda: cask84("ACOG"), header=("api-key", ""),
  host="acme-eastus.openai.azure.com", shape="guessed (CASK layout with ACOG signature)")
S("azure_function_key", "AZURE_FUNCTION_KEY", "azure functions", lambda: rs_mixed(AN + "_-", 54) + "==",
  header=("x-functions-key", ""), host="acme-fn.azurewebsites.net", shape="guessed")
S("alibaba_access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "alibaba", lambda: rs_mixed(AN, 30), header=NOH,
  extras=lambda v: [("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI" + rs_mixed(AN, 20), "alibaba_access_key_id", None)])
S("tencent_secret_key", "TENCENTCLOUD_SECRET_KEY", "tencent", lambda: rs_mixed(AN, 32), header=NOH,
  extras=lambda v: [("TENCENTCLOUD_SECRET_ID", "AKID" + rs_mixed(AN, 32), "tencent_secret_id", None)])
S("ibm_cloud_api_key", "IBMCLOUD_API_KEY", "ibm", lambda: rs_mixed(AN + "_-", 44), header=NOH)
S("digitalocean_pat", "DIGITALOCEAN_ACCESS_TOKEN", "digitalocean", lambda: "dop_v1_" + hx(64))
S("digitalocean_oauth_token", "DO_OAUTH_TOKEN", "digitalocean", lambda: "doo_v1_" + hx(64))
S("linode_token", "LINODE_TOKEN", "linode", lambda: hx(64))
S("hetzner_cloud_token", "HCLOUD_TOKEN", "hetzner", lambda: rs_mixed(AN, 64), host="api.hetzner.cloud")
S("vultr_api_key", "VULTR_API_KEY", "vultr", lambda: rs_mixed(UP + DG, 36))
S("scaleway_secret_key", "SCW_SECRET_KEY", "scaleway", uuid4, header=("X-Auth-Token", ""),
  extras=lambda v: [("SCW_ACCESS_KEY", "SCW" + rs(UP + DG, 17), "scaleway_access_key_id", None)])
S("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", "cloudflare", lambda: rs_mixed(AN + "_-", 40), n=3)
S("cloudflare_global_api_key", "CF_API_KEY", "cloudflare", lambda: hx(37), header=("X-Auth-Key", ""),
  extras=lambda v: [("CF_API_EMAIL", user() + "@" + org() + ".com", None, None)])
S("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", "cloudflare", lambda: "v1.0-" + hx(24) + "-" + hx(146),
  header=("X-Auth-User-Service-Key", ""))
S("cloudflare_tunnel_token", "TUNNEL_TOKEN", "cloudflare", lambda: b64s(json.dumps({"a": hx(32), "t": uuid4(), "s": b64(32)}, separators=(",", ":"))),
  header=NOH)
S("fastly_api_token", "FASTLY_API_TOKEN", "fastly", lambda: rs_mixed(AN + "_-", 32), header=("Fastly-Key", ""))
S("heroku_api_key", "HEROKU_API_KEY", "heroku", lambda: "HRKU-AA" + rs_mixed(AN + "_-", 58))
S("heroku_api_key_legacy", "HEROKU_API_KEY", "heroku", uuid4)
S("flyio_token", "FLY_API_TOKEN", "fly", lambda: "fo1_" + rs_mixed(AN + "_-", 43), host="api.machines.dev")
S("flyio_macaroon", "FLY_ACCESS_TOKEN", "fly", lambda: "fm2_" + b64(150), header=("Authorization", "FlyV1 "),
  host="api.machines.dev", shape="guessed (length)")
S("vercel_token", "VERCEL_TOKEN", "vercel", lambda: rs_mixed(AN, 24))
S("netlify_pat", "NETLIFY_AUTH_TOKEN", "netlify", lambda: "nfp_" + rs_mixed(AN, 36) + hx(4), shape="guessed (prefix+length)")
S("render_api_key", "RENDER_API_KEY", "render", lambda: "rnd_" + rs_mixed(AN, 32), shape="guessed")
S("railway_token", "RAILWAY_TOKEN", "railway", uuid4, host="backboard.railway.app")


def _supa(role, ref):
    t = ts_epoch()
    return jwt_encode({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": role, "iat": t, "exp": t + 10 * 365 * 86400})


def _supa_pair():
    ref = rs(LO, 20)
    return _supa("service_role", ref), ref


S("supabase_service_role_key", "SUPABASE_SERVICE_ROLE_KEY", "supabase", lambda: _supa_pair()[0],
  header=("apikey", ""), host="xyzcompany.supabase.co",
  extras=lambda v: [("SUPABASE_ANON_KEY", _supa("anon", json.loads(base64.urlsafe_b64decode(v.split(".")[1] + "==="))["ref"]), None, None),
                    ("SUPABASE_URL", "https://" + json.loads(base64.urlsafe_b64decode(v.split(".")[1] + "==="))["ref"] + ".supabase.co", None, None)])
S("supabase_access_token", "SUPABASE_ACCESS_TOKEN", "supabase", lambda: "sbp_" + hx(40))
S("supabase_secret_key", "SUPABASE_SECRET_KEY", "supabase", lambda: "sb_secret_" + rs_mixed(AN + "_-", 31),
  header=("apikey", ""), shape="guessed (new key format)",
  extras=lambda v: [("SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + rs_mixed(AN + "_-", 31), None, None)])
S("firebase_fcm_server_key", "FCM_SERVER_KEY", "fcm", lambda: "AAAA" + rs(AN + "_-", 7) + ":APA91b" + rs_mixed(AN + "_-", 134),
  header=("Authorization", "key="), host="fcm.googleapis.com",
  extras=lambda v: [("FIREBASE_WEB_API_KEY", "AIza" + rs_mixed(AN + "_-", 35), None, None)])
S("backblaze_b2_application_key", "B2_APPLICATION_KEY", "backblaze", lambda: "K005" + rs_mixed(AN + "+/", 27), header=NOH,
  shape="guessed", extras=lambda v: [("B2_APPLICATION_KEY_ID", "005" + hx(22), "backblaze_b2_key_id", None)])
S("minio_secret_key", "MINIO_SECRET_KEY", "minio", lambda: rs_mixed(AN, 40), header=NOH,
  extras=lambda v: [("MINIO_ACCESS_KEY", rs(UP + DG, 20), "minio_access_key_id", None)])
S("yandex_cloud_api_key", "YC_API_KEY", "yandex", lambda: "AQVN" + rs_mixed(AN + "_-", 36), header=("Authorization", "Api-Key "))
S("yandex_oauth_token", "YANDEX_OAUTH_TOKEN", "yandex", lambda: "y0_" + rs_mixed(AN + "_-", 55),
  header=("Authorization", "OAuth "), shape="guessed")
S("openshift_token", "OPENSHIFT_TOKEN", "openshift", lambda: "sha256~" + rs_mixed(AN + "_-", 43),
  host="api.ocp4.corp-sample.lan:6443")


def _k8s_sa():
    t = ts_epoch()
    ns, sa = pick(["ci", "monitoring", "payments", "argo"]), pick(["deployer", "prometheus", "builder", "default"])
    return jwt_encode({"alg": "RS256", "kid": rs(AN + "_-", 43)},
                      {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": t + 31536000, "iat": t,
                       "iss": "https://kubernetes.default.svc.cluster.local",
                       "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid4()}},
                       "nbf": t, "sub": f"system:serviceaccount:{ns}:{sa}"}, sig_len=256)


S("kubernetes_service_account_token", "K8S_TOKEN", "kubernetes", _k8s_sa, host="10.96.0.1:443")
S("docker_hub_pat", "DOCKERHUB_TOKEN", "docker hub", lambda: "dckr_pat_" + rs_mixed(AN + "_-", 27), header=NOH)
S("quay_robot_token", "QUAY_ROBOT_TOKEN", "quay", lambda: rs_mixed(UP + DG, 64), header=NOH)
S("harbor_robot_secret", "HARBOR_ROBOT_SECRET", "harbor", lambda: rs_mixed(AN, 32), header=NOH)
S("jfrog_api_key", "ARTIFACTORY_API_KEY", "artifactory", lambda: "AKCp" + rs_mixed(AN, 69), header=("X-JFrog-Art-Api", ""),
  host="acme.jfrog.io")
S("jfrog_reference_token", "JFROG_ACCESS_TOKEN", "artifactory",
  lambda: b64s("reftkn:01:" + str(RNG.randint(1893456000, 2051222400)) + ":" + rs_mixed(AN, 27)), host="acme.jfrog.io")

# ---- source control / CI ----------------------------------------------
S("github_pat_classic", "GITHUB_TOKEN", "github", lambda: gh_style("ghp_"), header=("Authorization", "token "),
  host="api.github.com", n=4)
S("github_oauth_token", "GH_OAUTH_TOKEN", "github", lambda: gh_style("gho_"), host="api.github.com")
S("github_user_to_server_token", "GITHUB_USER_TOKEN", "github", lambda: gh_style("ghu_"), host="api.github.com")
S("github_server_to_server_token", "GITHUB_APP_INSTALLATION_TOKEN", "github", lambda: gh_style("ghs_"), host="api.github.com")
S("github_refresh_token", "GITHUB_REFRESH_TOKEN", "github", lambda: gh_style("ghr_"), header=NOH)
S("github_fine_grained_pat", "GH_PAT", "github", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs_mixed(AN, 59),
  host="api.github.com", n=3, shape="guessed (no checksum modelled)")
S("gitlab_pat", "GITLAB_TOKEN", "gitlab", lambda: "glpat-" + rs_mixed(AN + "_-", 20), header=("PRIVATE-TOKEN", ""),
  host="gitlab.com", n=3)
S("gitlab_pat_routable", "GITLAB_PAT", "gitlab", lambda: "glpat-" + rs_mixed(AN + "_-", 36) + ".01." + rs(LO + DG, 7),
  header=("PRIVATE-TOKEN", ""), host="gitlab.example-corp.io", shape="guessed (routable layout)")
S("gitlab_runner_token", "RUNNER_TOKEN", "gitlab", lambda: "glrt-t1_" + rs_mixed(AN + "_-", 20), header=NOH)
S("gitlab_runner_registration_token", "REGISTRATION_TOKEN", "gitlab", lambda: "GR1348941" + rs_mixed(AN + "_-", 20), header=NOH)
S("gitlab_deploy_token", "CI_DEPLOY_PASSWORD", "gitlab", lambda: "gldt-" + rs_mixed(AN + "_-", 20), header=NOH)
S("gitlab_pipeline_trigger_token", "TRIGGER_TOKEN", "gitlab", lambda: "glptt-" + hx(40), header=NOH)
S("gitlab_oauth_app_secret", "GITLAB_OAUTH_SECRET", "gitlab", lambda: "gloas-" + rs_mixed(AN + "_-", 64), header=NOH)
S("gitlab_feed_token", "GITLAB_FEED_TOKEN", "gitlab", lambda: "glft-" + rs_mixed(AN + "_-", 20), header=NOH)
S("gitlab_agent_token", "GITLAB_AGENT_TOKEN", "gitlab", lambda: "glagent-" + rs_mixed(AN + "_-", 50), header=NOH)
S("gitlab_scim_token", "GITLAB_SCIM_TOKEN", "gitlab", lambda: "glsoat-" + rs_mixed(AN + "_-", 20))
S("gitlab_incoming_email_token", "INCOMING_EMAIL_TOKEN", "gitlab", lambda: "glimt-" + rs_mixed(AN + "_-", 25), header=NOH)
S("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", "bitbucket", lambda: "ATBB" + rs_mixed(AN, 28) + HX(8), header=NOH,
  shape="guessed (prefix+length)")
S("atlassian_api_token", "JIRA_API_TOKEN", "atlassian", lambda: "ATATT3xFfGF0" + rs_mixed(AN + "_-", 171) + "=" + HX(8),
  header=NOH, n=3)
S("circleci_personal_token", "CIRCLECI_TOKEN", "circleci", lambda: "CCIPAT_" + rs_mixed(AN, 22) + "_" + hx(40),
  header=("Circle-Token", ""), host="circleci.com")
S("circleci_project_token", "CIRCLE_PROJECT_TOKEN", "circleci", lambda: "CCIPRJ_" + rs_mixed(AN, 22) + "_" + hx(40),
  header=("Circle-Token", ""), host="circleci.com")
S("travis_ci_token", "TRAVIS_API_TOKEN", "travis", lambda: rs_mixed(AN, 22), header=("Authorization", "token "),
  host="api.travis-ci.com")
S("buildkite_token", "BUILDKITE_API_TOKEN", "buildkite", lambda: "bkua_" + hx(40))
S("drone_token", "DRONE_TOKEN", "drone", lambda: rs_mixed(AN, 32), host="drone.corp-sample.lan")
S("jenkins_api_token", "JENKINS_API_TOKEN", "jenkins", lambda: "11" + hx(32), header=NOH)
S("teamcity_token", "TEAMCITY_TOKEN", "teamcity", lambda: "eyJ0eXAiOiAiVENWMiJ9." + rs_mixed(AN + "_-", 36) + "." + rs_mixed(AN + "_-", 48),
  host="teamcity.corp-sample.lan", shape="guessed (segment lengths)")
S("octopus_deploy_api_key", "OCTOPUS_API_KEY", "octopus", lambda: "API-" + rs_mixed(UP + DG, 26), header=("X-Octopus-ApiKey", ""),
  host="deploy.corp-sample.lan")
S("harness_pat", "HARNESS_API_KEY", "harness", lambda: "pat." + rs_mixed(AN + "_-", 22) + "." + rs_mixed(AN, 24) + "." + rs_mixed(AN, 20),
  header=("x-api-key", ""), host="app.harness.io")
S("sonarqube_user_token", "SONAR_TOKEN", "sonar", lambda: "squ_" + hx(40), header=NOH)
S("sonarqube_project_token", "SONAR_PROJECT_TOKEN", "sonar", lambda: "sqp_" + hx(40), header=NOH)
S("snyk_token", "SNYK_TOKEN", "snyk", uuid4, header=("Authorization", "token "))
S("codecov_token", "CODECOV_TOKEN", "codecov", uuid4, header=NOH)
S("doppler_personal_token", "DOPPLER_TOKEN", "doppler", lambda: "dp.pt." + rs_mixed(AN, 43))
S("doppler_service_token", "DOPPLER_TOKEN", "doppler", lambda: "dp.st." + pick(["prd", "stg", "dev"]) + "." + rs_mixed(AN, 40),
  shape="guessed (config segment)")
S("pulumi_access_token", "PULUMI_ACCESS_TOKEN", "pulumi", lambda: "pul-" + hx(40), header=("Authorization", "token "))
S("terraform_cloud_token", "TFE_TOKEN", "terraform", lambda: rs_mixed(AN, 14) + ".atlasv1." + rs_mixed(AN + "_-", 67),
  host="app.terraform.io")
S("vault_service_token", "VAULT_TOKEN", "vault", lambda: "hvs.CAESI" + rs_mixed(AN + "_-", 86), header=("X-Vault-Token", ""),
  host="vault.corp-sample.lan:8200", n=3)
S("vault_batch_token", "VAULT_TOKEN", "vault", lambda: "hvb.AAAAAQ" + rs_mixed(AN + "_-", 134), header=("X-Vault-Token", ""),
  host="vault.corp-sample.lan:8200")
S("vault_legacy_token", "VAULT_TOKEN", "vault", lambda: "s." + rs_mixed(AN, 24), header=("X-Vault-Token", ""),
  host="vault.corp-sample.lan:8200")
S("infracost_api_key", "INFRACOST_API_KEY", "infracost", lambda: "ico-" + rs_mixed(AN, 32), header=("X-Api-Key", ""))
S("scalingo_token", "SCALINGO_API_TOKEN", "scalingo", lambda: "tk-us-" + rs_mixed(AN + "_-", 48), header=NOH)
S("prefect_api_key", "PREFECT_API_KEY", "prefect", lambda: "pnu_" + rs_mixed(AN, 36))

# ---- package registries -------------------------------------------------
S("npm_access_token", "NPM_TOKEN", "npm", lambda: gh_style("npm_"), host="registry.npmjs.org", n=3)
S("pypi_upload_token", "TWINE_PASSWORD", "pypi", pypi_token, header=NOH, n=3)
S("rubygems_api_key", "GEM_HOST_API_KEY", "rubygems", lambda: "rubygems_" + hx(48), header=("Authorization", ""))
S("nuget_api_key", "NUGET_API_KEY", "nuget", lambda: "oy2" + rs(LO + DG, 43), header=("X-NuGet-ApiKey", ""))
S("clojars_token", "CLOJARS_PASSWORD", "clojars", lambda: "CLOJARS_" + rs_mixed(LO + DG, 60), header=NOH)
S("crates_io_token", "CARGO_REGISTRY_TOKEN", "crates.io", lambda: "cio" + rs_mixed(AN, 32), header=("Authorization", ""),
  shape="guessed (prefix+length)")
S("hex_pm_api_key", "HEX_API_KEY", "hex", lambda: hx(32), header=("Authorization", ""))

# ---- AI providers -------------------------------------------------------
S("openai_api_key", "OPENAI_API_KEY", "openai", lambda: "sk-proj-" + rs_mixed(AN + "_-", 74) + "T3BlbkFJ" + rs_mixed(AN + "_-", 74), n=4)
S("openai_api_key_legacy", "OPENAI_API_KEY", "openai", lambda: "sk-" + rs_mixed(AN, 20) + "T3BlbkFJ" + rs_mixed(AN, 20))
S("openai_service_account_key", "OPENAI_API_KEY", "openai", lambda: "sk-svcacct-" + rs_mixed(AN + "_-", 58) + "T3BlbkFJ" + rs_mixed(AN + "_-", 58))
S("anthropic_api_key", "ANTHROPIC_API_KEY", "anthropic", lambda: "sk-ant-api03-" + rs_mixed(AN + "_-", 93) + "AA", header=("x-api-key", ""), n=3)
S("anthropic_admin_key", "ANTHROPIC_ADMIN_KEY", "anthropic", lambda: "sk-ant-admin01-" + rs_mixed(AN + "_-", 93) + "AA", header=("x-api-key", ""))
S("huggingface_token", "HF_TOKEN", "huggingface", lambda: "hf_" + rs_mixed(UP + LO, 34), host="huggingface.co", n=3)
S("huggingface_org_token", "HF_ORG_TOKEN", "huggingface", lambda: "api_org_" + rs_mixed(UP + LO, 34), host="huggingface.co")
S("groq_api_key", "GROQ_API_KEY", "groq", lambda: "gsk_" + rs_mixed(AN, 52))
S("replicate_api_token", "REPLICATE_API_TOKEN", "replicate", lambda: "r8_" + rs_mixed(AN, 37))
S("perplexity_api_key", "PERPLEXITY_API_KEY", "perplexity", lambda: "pplx-" + rs_mixed(AN, 48))
S("xai_api_key", "XAI_API_KEY", "x.ai", lambda: "xai-" + rs_mixed(AN, 80))
S("cohere_api_key", "CO_API_KEY", "cohere", lambda: rs_mixed(AN, 40))
S("mistral_api_key", "MISTRAL_API_KEY", "mistral", lambda: rs_mixed(AN, 32))
S("deepseek_api_key", "DEEPSEEK_API_KEY", "deepseek", lambda: "sk-" + hx(32))
S("openrouter_api_key", "OPENROUTER_API_KEY", "openrouter", lambda: "sk-or-v1-" + hx(64), host="openrouter.ai")
S("langsmith_api_key", "LANGSMITH_API_KEY", "langsmith", lambda: "lsv2_pt_" + hx(32) + "_" + hx(10), header=("x-api-key", ""))
S("pinecone_api_key", "PINECONE_API_KEY", "pinecone", lambda: "pcsk_" + rs_mixed(AN, 5) + "_" + rs_mixed(AN, 63),
  header=("Api-Key", ""), shape="guessed (segment lengths)")
S("elevenlabs_api_key", "ELEVENLABS_API_KEY", "elevenlabs", lambda: "sk_" + hx(48), header=("xi-api-key", ""), shape="guessed")
S("assemblyai_api_key", "ASSEMBLYAI_API_KEY", "assemblyai", lambda: hx(32), header=("authorization", ""))
S("wandb_api_key", "WANDB_API_KEY", "wandb", lambda: hx(40), header=NOH)
S("deepgram_api_key", "DEEPGRAM_API_KEY", "deepgram", lambda: hx(40), header=("Authorization", "Token "))
S("stability_api_key", "STABILITY_API_KEY", "stability", lambda: "sk-" + rs_mixed(AN, 48))
S("together_api_key", "TOGETHER_API_KEY", "together", lambda: hx(64))

# ---- observability ------------------------------------------------------
S("datadog_api_key", "DD_API_KEY", "datadog", lambda: hx(32), header=("DD-API-KEY", ""), host="api.datadoghq.eu", n=3)
S("datadog_app_key", "DD_APP_KEY", "datadog", lambda: hx(40), header=("DD-APPLICATION-KEY", ""), host="api.datadoghq.com")
S("new_relic_user_api_key", "NEW_RELIC_API_KEY", "newrelic", lambda: "NRAK-" + rs_mixed(UP + DG, 27), header=("Api-Key", ""))
S("new_relic_license_key", "NEW_RELIC_LICENSE_KEY", "newrelic", lambda: hx(36) + "NRAL", header=NOH)
S("new_relic_insert_key", "NEW_RELIC_INSERT_KEY", "newrelic", lambda: "NRII-" + rs_mixed(AN + "_-", 32), header=("X-Insert-Key", ""))
S("sentry_user_token", "SENTRY_AUTH_TOKEN", "sentry", lambda: "sntryu_" + hx(64), host="sentry.io",
  extras=lambda v: [("SENTRY_DSN", f"https://{hx(32)}@o{dg(6)}.ingest.sentry.io/{dg(7)}", None, None)])
S("sentry_org_token", "SENTRY_AUTH_TOKEN", "sentry",
  lambda: "sntrys_" + b64s(json.dumps({"iat": ts_epoch() + 0.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": org()},
                                      separators=(",", ":"))) + "_" + rs_mixed(AN + "+/", 43), host="sentry.io")


def _glsa():
    body = rs_mixed(AN, 32)
    return "glsa_" + body + "_" + format(zlib.crc32(("glsa_" + body).encode()), "08x")


S("grafana_service_account_token", "GRAFANA_SA_TOKEN", "grafana", _glsa, host="grafana.corp-sample.lan",
  shape="guessed (checksum algorithm)")
S("grafana_cloud_token", "GRAFANA_CLOUD_TOKEN", "grafana", lambda: "glc_" + b64s(json.dumps(
    {"o": dg(6), "n": "stack-" + dg(6) + "-hm-write-ci", "k": rs_mixed(AN, 24), "m": {"r": pick(["prod-us-east-0", "prod-eu-west-2"])}},
    separators=(",", ":"))), host="grafana.net")
S("grafana_api_key_legacy", "GRAFANA_API_KEY", "grafana", lambda: b64s(json.dumps({"k": rs_mixed(AN, 32), "n": pick(["ci", "backup", "alerts"]), "id": RNG.randint(1, 40)},
                                                                                     separators=(",", ":"))), host="grafana.corp-sample.lan")
S("dynatrace_api_token", "DT_API_TOKEN", "dynatrace", lambda: "dt0c01." + rs_mixed(UP + DG, 24) + "." + rs_mixed(UP + DG, 64),
  header=("Authorization", "Api-Token "), host="abc12345.live.dynatrace.com")
S("honeycomb_api_key", "HONEYCOMB_API_KEY", "honeycomb", lambda: rs_mixed(AN, 22), header=("X-Honeycomb-Team", ""))
S("splunk_hec_token", "SPLUNK_HEC_TOKEN", "splunk", uuid4, header=("Authorization", "Splunk "), host="http-inputs-acme.splunkcloud.com")
S("sumologic_access_key", "SUMO_ACCESS_KEY", "sumologic", lambda: rs_mixed(AN, 64), header=NOH,
  extras=lambda v: [("SUMO_ACCESS_ID", "su" + rs_mixed(AN, 12), "sumologic_access_id", None)])
S("pagerduty_api_key", "PAGERDUTY_TOKEN", "pagerduty", lambda: "u+" + rs_mixed(AN + "_-", 18),
  header=("Authorization", "Token token="), shape="guessed (user token prefix)")
S("opsgenie_api_key", "OPSGENIE_API_KEY", "opsgenie", uuid4, header=("Authorization", "GenieKey "))
S("bugsnag_api_key", "BUGSNAG_API_KEY", "bugsnag", lambda: hx(32), header=NOH)
S("rollbar_access_token", "ROLLBAR_ACCESS_TOKEN", "rollbar", lambda: hx(32), header=("X-Rollbar-Access-Token", ""))
S("logzio_token", "LOGZIO_TOKEN", "logzio", lambda: rs_mixed(UP + LO, 32), header=NOH)
S("axiom_token", "AXIOM_TOKEN", "axiom", lambda: "xaat-" + uuid4())


def _es_apikey():
    ident, key = rs_mixed(AN + "_-", 20), rs_mixed(AN + "_-", 22)
    return b64s(f"{ident}:{key}"), f"{ident}:{key}"


S("elastic_api_key", "ELASTIC_API_KEY", "elastic", _es_apikey, header=("Authorization", "ApiKey "), host="acme.es.eu-west-1.aws.found.io")

# ---- payments / commerce ------------------------------------------------
S("stripe_secret_key", "STRIPE_SECRET_KEY", "stripe", lambda: "sk_live_51" + rs_mixed(AN, 97) if chance(0.6) else "sk_live_" + rs_mixed(AN, 24),
  n=3, extras=lambda v: [("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rs_mixed(AN, 97), None, None)])
S("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", "stripe", lambda: "rk_live_51" + rs_mixed(AN, 97))
S("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", "stripe", lambda: "whsec_" + rs_mixed(AN, 32), header=NOH)
S("braintree_access_token", "BRAINTREE_ACCESS_TOKEN", "braintree", lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + hx(32))
S("braintree_private_key", "BRAINTREE_PRIVATE_KEY", "braintree", lambda: hx(32), header=NOH,
  extras=lambda v: [("BRAINTREE_MERCHANT_ID", rs(LO + DG, 16), None, None), ("BRAINTREE_PUBLIC_KEY", rs(LO + DG, 16), None, None)])
S("square_access_token", "SQUARE_ACCESS_TOKEN", "square", lambda: "EAAA" + rs_mixed(AN + "_-", 60), host="connect.squareup.com")
S("square_oauth_secret", "SQUARE_APPLICATION_SECRET", "square", lambda: "sq0csp-" + rs_mixed(AN + "_-", 43), header=NOH,
  extras=lambda v: [("SQUARE_APPLICATION_ID", "sq0idp-" + rs_mixed(AN + "_-", 22), None, None)])
S("razorpay_key_secret", "RAZORPAY_KEY_SECRET", "razorpay", lambda: rs_mixed(AN, 24), header=NOH,
  extras=lambda v: [("RAZORPAY_KEY_ID", "rzp_live_" + rs_mixed(AN, 14), None, None)])
S("paystack_secret_key", "PAYSTACK_SECRET_KEY", "paystack", lambda: "sk_live_" + hx(40))
S("flutterwave_secret_key", "FLW_SECRET_KEY", "flutterwave", lambda: "FLWSECK-" + hx(32) + "-X")
S("mollie_api_key", "MOLLIE_API_KEY", "mollie", lambda: "live_" + rs_mixed(AN, 30))
S("gocardless_access_token", "GOCARDLESS_ACCESS_TOKEN", "gocardless", lambda: "live_" + rs_mixed(AN + "_-", 40))
S("plaid_secret", "PLAID_SECRET", "plaid", lambda: hx(30), header=NOH,
  extras=lambda v: [("PLAID_CLIENT_ID", hx(24), None, None), ("PLAID_ENV", "production", None, None)])
S("plaid_access_token", "PLAID_ACCESS_TOKEN", "plaid", lambda: "access-production-" + uuid4(), header=NOH)
S("shopify_access_token", "SHOPIFY_ACCESS_TOKEN", "shopify", lambda: "shpat_" + hx(32), header=("X-Shopify-Access-Token", ""),
  host="acme-store.myshopify.com")
S("shopify_shared_secret", "SHOPIFY_API_SECRET", "shopify", lambda: "shpss_" + hx(32), header=NOH,
  extras=lambda v: [("SHOPIFY_API_KEY", hx(32), None, None)])
S("shopify_custom_app_token", "SHOPIFY_ADMIN_TOKEN", "shopify", lambda: "shpca_" + hx(32), header=("X-Shopify-Access-Token", ""),
  host="acme-store.myshopify.com")
S("binance_api_secret", "BINANCE_API_SECRET", "binance", lambda: rs_mixed(AN, 64), header=NOH,
  extras=lambda v: [("BINANCE_API_KEY", rs_mixed(AN, 64), "binance_api_key", None)])
S("wise_api_token", "WISE_API_TOKEN", "wise", uuid4)

# ---- messaging / comms --------------------------------------------------
S("twilio_auth_token", "TWILIO_AUTH_TOKEN", "twilio", lambda: hx(32), header=NOH,
  extras=lambda v: [("TWILIO_ACCOUNT_SID", "AC" + hx(32), None, None)])
S("twilio_api_key_secret", "TWILIO_API_SECRET", "twilio", lambda: rs_mixed(AN, 32), header=NOH,
  extras=lambda v: [("TWILIO_API_KEY", "SK" + hx(32), "twilio_api_key_sid", None)])
S("sendgrid_api_key", "SENDGRID_API_KEY", "sendgrid", lambda: "SG." + rs_mixed(AN + "_-", 22) + "." + rs_mixed(AN + "_-", 43), n=3)
S("mailgun_api_key", "MAILGUN_API_KEY", "mailgun", lambda: "key-" + hx(32), header=NOH)
S("mailgun_api_key_v2", "MAILGUN_API_KEY", "mailgun", lambda: hx(32) + "-" + hx(8) + "-" + hx(8), header=NOH)
S("mailchimp_api_key", "MAILCHIMP_API_KEY", "mailchimp", lambda: hx(32) + "-us" + str(RNG.randint(1, 21)), header=NOH)
S("postmark_server_token", "POSTMARK_SERVER_TOKEN", "postmark", uuid4, header=("X-Postmark-Server-Token", ""))
S("brevo_api_key", "BREVO_API_KEY", "brevo", lambda: "xkeysib-" + hx(64) + "-" + rs_mixed(AN, 16), header=("api-key", ""))
S("mandrill_api_key", "MANDRILL_API_KEY", "mandrill", lambda: "md-" + rs_mixed(AN + "_-", 22), header=NOH)
S("sparkpost_api_key", "SPARKPOST_API_KEY", "sparkpost", lambda: hx(40), header=("Authorization", ""))
S("telegram_bot_token", "TELEGRAM_BOT_TOKEN", "telegram", lambda: dg(10) + ":AA" + rs_mixed(AN + "_-", 33), header=NOH, n=3)
S("slack_bot_token", "SLACK_BOT_TOKEN", "slack", lambda: f"xoxb-{dg(12)}-{dg(13)}-{rs_mixed(AN, 24)}", host="slack.com", n=4)
S("slack_user_token", "SLACK_USER_TOKEN", "slack", lambda: f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{hx(32)}", host="slack.com")
S("slack_app_token", "SLACK_APP_TOKEN", "slack", lambda: f"xapp-1-A{rs(UP + DG, 10)}-{dg(13)}-{hx(64)}", host="slack.com")
S("slack_webhook_url", "SLACK_WEBHOOK_URL", "slack",
  lambda: f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, 10)}/{rs_mixed(AN, 24)}", kind="url", header=NOH, n=3)
S("slack_workflow_webhook_url", "SLACK_WORKFLOW_URL", "slack",
  lambda: f"https://hooks.slack.com/triggers/T{rs(UP + DG, 8)}/{dg(13)}/{hx(32)}", kind="url", header=NOH)
S("slack_signing_secret", "SLACK_SIGNING_SECRET", "slack", lambda: hx(32), header=NOH)
S("discord_bot_token", "DISCORD_TOKEN", "discord", discord_bot_token, header=("Authorization", "Bot "), host="discord.com", n=3)
S("discord_webhook_url", "DISCORD_WEBHOOK_URL", "discord",
  lambda: f"https://discord.com/api/webhooks/{dg(19)}/{rs_mixed(AN + '_-', 68)}", kind="url", header=NOH, n=3)
S("discord_client_secret", "DISCORD_CLIENT_SECRET", "discord", lambda: rs_mixed(AN + "_-", 32), header=NOH,
  extras=lambda v: [("DISCORD_CLIENT_ID", dg(19), None, None)])
S("teams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", "teams",
  lambda: f"https://{org().replace('-', '')}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{hx(32)}/{uuid4()}",
  kind="url", header=NOH)
S("azure_logic_app_trigger_url", "TEAMS_WORKFLOW_URL", "teams",
  lambda: f"https://prod-{RNG.randint(10, 99)}.westeurope.logic.azure.com:443/workflows/{hx(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={rs_mixed(AN + '_-', 43)}",
  kind="url", header=NOH)
S("google_chat_webhook_url", "GCHAT_WEBHOOK", "google chat",
  lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rs(AN + '_-', 7)}/messages?key=AIza{rs_mixed(AN + '_-', 35)}&token={rs_mixed(AN + '_-', 43)}%3D",
  kind="url", header=NOH)
S("mattermost_webhook_url", "MATTERMOST_HOOK", "mattermost",
  lambda: f"https://chat.{org()}.dev/hooks/{rs(LO + DG, 26)}", kind="url", header=NOH)
S("mattermost_access_token", "MATTERMOST_TOKEN", "mattermost", lambda: rs_mixed(LO + DG, 26), host="chat.corp-sample.lan")
S("zulip_api_key", "ZULIP_API_KEY", "zulip", lambda: rs_mixed(AN, 32), header=NOH)
S("matrix_access_token", "MATRIX_ACCESS_TOKEN", "matrix", lambda: matrix_token(pick(["alertbot", "ci", "mjolnir", "hookshot"])),
  host="matrix.corp-sample.org", shape="checksum alphabet guessed")
S("rocketchat_token", "ROCKETCHAT_AUTH_TOKEN", "rocketchat", lambda: rs_mixed(AN + "_-", 43), header=("X-Auth-Token", ""),
  extras=lambda v: [("ROCKETCHAT_USER_ID", rs(AN, 17), None, None)])
S("vonage_api_secret", "VONAGE_API_SECRET", "vonage", lambda: rs_mixed(AN, 16), header=NOH,
  extras=lambda v: [("VONAGE_API_KEY", hx(8), None, None)])
S("plivo_auth_token", "PLIVO_AUTH_TOKEN", "plivo", lambda: rs_mixed(AN, 40), header=NOH,
  extras=lambda v: [("PLIVO_AUTH_ID", "MA" + rs(UP + DG, 18), None, None)])
S("pusher_app_secret", "PUSHER_APP_SECRET", "pusher", lambda: hx(20), header=NOH,
  extras=lambda v: [("PUSHER_APP_KEY", hx(20), None, None), ("PUSHER_APP_ID", dg(7), None, None)])
S("ably_api_key", "ABLY_API_KEY", "ably", lambda: rs(AN + "_-", 6) + "." + rs(AN + "_-", 6) + ":" + rs_mixed(AN + "_-", 43),
  header=NOH)
S("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", "onesignal", lambda: "os_v2_app_" + rs(LO + DG, 100),
  header=("Authorization", "Key "), shape="guessed")
S("expo_access_token", "EXPO_TOKEN", "expo", lambda: rs_mixed(AN + "_-", 40))
S("line_channel_access_token", "LINE_CHANNEL_ACCESS_TOKEN", "line", lambda: rs_mixed(AN + "+/", 171) + "=", host="api.line.me")
S("line_channel_secret", "LINE_CHANNEL_SECRET", "line", lambda: hx(32), header=NOH)

# ---- SaaS / productivity -------------------------------------------------
S("notion_integration_token", "NOTION_TOKEN", "notion", lambda: "secret_" + rs_mixed(AN, 43))
S("notion_api_token", "NOTION_API_KEY", "notion", lambda: "ntn_" + dg(11) + rs_mixed(AN, 35))
S("linear_api_key", "LINEAR_API_KEY", "linear", lambda: "lin_api_" + rs_mixed(AN, 40), header=("Authorization", ""))
S("asana_pat", "ASANA_ACCESS_TOKEN", "asana", lambda: f"2/{dg(16)}/{dg(16)}:{hx(32)}", host="app.asana.com")
S("trello_token", "TRELLO_TOKEN", "trello", lambda: hx(64), header=NOH,
  extras=lambda v: [("TRELLO_KEY", hx(32), None, None)])
S("clickup_api_token", "CLICKUP_API_TOKEN", "clickup", lambda: f"pk_{dg(8)}_{rs_mixed(UP + DG, 32)}", header=("Authorization", ""))
S("figma_pat", "FIGMA_TOKEN", "figma", lambda: "figd_" + rs_mixed(AN + "_-", 40), header=("X-Figma-Token", ""))
S("airtable_pat", "AIRTABLE_API_KEY", "airtable", lambda: "pat" + rs_mixed(AN, 14) + "." + hx(64))
S("hubspot_private_app_token", "HUBSPOT_ACCESS_TOKEN", "hubspot", lambda: "pat-" + pick(["na1", "eu1"]) + "-" + uuid4(), host="api.hubapi.com")
S("salesforce_access_token", "SF_ACCESS_TOKEN", "salesforce", lambda: "00D" + rs(AN, 12) + "!AQ" + rs_mixed(AN + "._", 94),
  host="acme.my.salesforce.com", shape="guessed (session id body)")
S("okta_api_token", "OKTA_API_TOKEN", "okta", lambda: "00" + rs_mixed(AN + "_-", 40), header=("Authorization", "SSWS "),
  host="acme.okta.com")
S("auth0_client_secret", "AUTH0_CLIENT_SECRET", "auth0", lambda: rs_mixed(AN + "_-", 64), header=NOH,
  extras=lambda v: [("AUTH0_CLIENT_ID", rs_mixed(AN, 32), None, None), ("AUTH0_DOMAIN", org() + ".eu.auth0.com", None, None)])
S("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", "contentful", lambda: "CFPAT-" + rs_mixed(AN + "_-", 43))
S("postman_api_key", "POSTMAN_API_KEY", "postman", lambda: "PMAK-" + hx(24) + "-" + hx(34), header=("X-Api-Key", ""),
  host="api.getpostman.com")
S("typeform_pat", "TYPEFORM_TOKEN", "typeform", lambda: "tfp_" + rs_mixed(AN + "_-", 59), shape="guessed (body alphabet)")
S("mapbox_secret_token", "MAPBOX_SECRET_TOKEN", "mapbox",
  lambda: "sk." + b64s(json.dumps({"u": user().replace(".", ""), "a": rs(LO + DG, 25)}, separators=(",", ":")), pad=False) + "." + rs_mixed(AN + "_-", 22),
  header=NOH, extras=lambda v: [("MAPBOX_PUBLIC_TOKEN", "pk." + b64s(json.dumps({"u": "acme", "a": rs(LO + DG, 25)}, separators=(",", ":")), pad=False) + "." + rs_mixed(AN + "_-", 22), None, None)])
S("dropbox_access_token", "DROPBOX_ACCESS_TOKEN", "dropbox", lambda: "sl." + rs_mixed(AN + "_-", 135), host="api.dropboxapi.com")
S("adobe_client_secret", "ADOBE_CLIENT_SECRET", "adobe", lambda: "p8e-" + rs_mixed(AN + "_-", 32), header=NOH,
  extras=lambda v: [("ADOBE_CLIENT_ID", hx(32), None, None)])
S("frameio_token", "FRAMEIO_TOKEN", "frame.io", lambda: "fio-u-" + rs_mixed(AN + "_-", 64))
S("readme_api_key", "README_API_KEY", "readme", lambda: "rdme_" + rs(LO + DG, 70), header=NOH)
S("shippo_api_token", "SHIPPO_API_TOKEN", "shippo", lambda: "shippo_live_" + hx(40), header=("Authorization", "ShippoToken "))
S("easypost_api_key", "EASYPOST_API_KEY", "easypost", lambda: "EZAK" + rs_mixed(AN, 54), header=NOH)
S("duffel_access_token", "DUFFEL_ACCESS_TOKEN", "duffel", lambda: "duffel_live_" + rs_mixed(AN + "_-", 43))
S("lob_api_key", "LOB_API_KEY", "lob", lambda: "live_" + hx(35), header=NOH)
S("sourcegraph_token", "SRC_ACCESS_TOKEN", "sourcegraph", lambda: "sgp_" + hx(16) + "_" + hx(40), header=("Authorization", "token "))
S("tailscale_auth_key", "TS_AUTHKEY", "tailscale", lambda: "tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs_mixed(AN, 33), header=NOH)
S("tailscale_api_key", "TAILSCALE_API_KEY", "tailscale", lambda: "tskey-api-k" + rs(AN, 10) + "CNTRL-" + rs_mixed(AN, 33))
S("ngrok_authtoken", "NGROK_AUTHTOKEN", "ngrok", lambda: "2" + rs_mixed(AN, 26) + "_" + rs_mixed(AN, 21), header=NOH,
  shape="guessed")


def _op_sa():
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                                                                   "salt": b64u(16)},
               "email": rs(LO + DG, 13) + "@1passwordserviceaccounts.com", "srpX": hx(64),
               "muk": {"alg": "A256GCM", "ext": True, "k": b64u(32), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rs(UP + DG, 6) + "-" + rs(UP + DG, 6) + "-" + "-".join(rs(UP + DG, 5) for _ in range(4)),
               "throttleSecret": {"seed": hx(64), "uuid": rs(UP + DG, 26)}, "deviceUuid": rs(LO + DG, 26)}
    return "ops_" + b64s(json.dumps(payload, separators=(",", ":")), pad=False)


S("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", "1password", _op_sa, header=NOH)
S("onepassword_secret_key", "OP_SECRET_KEY", "1password",
  lambda: "A3-" + rs(UP + DG, 6) + "-" + rs(UP + DG, 6) + "-" + "-".join(rs(UP + DG, 5) for _ in range(4)), header=NOH)
S("age_secret_key", "SOPS_AGE_KEY", "age", age_secret_key, header=NOH)
S("launchdarkly_sdk_key", "LAUNCHDARKLY_SDK_KEY", "launchdarkly", lambda: "sdk-" + uuid4(), header=("Authorization", ""))
S("launchdarkly_api_token", "LD_API_TOKEN", "launchdarkly", lambda: "api-" + uuid4(), header=("Authorization", ""))
S("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", "algolia", lambda: hx(32), header=("X-Algolia-API-Key", ""),
  extras=lambda v: [("ALGOLIA_APP_ID", rs(UP + DG, 10), None, None), ("ALGOLIA_SEARCH_KEY", hx(32), None, None)])
S("meilisearch_master_key", "MEILI_MASTER_KEY", "meilisearch", lambda: rs_mixed(AN + "_-", 40), host="search.corp-sample.lan")
S("typesense_api_key", "TYPESENSE_API_KEY", "typesense", lambda: rs_mixed(AN, 32), header=("X-TYPESENSE-API-KEY", ""))
S("databricks_token", "DATABRICKS_TOKEN", "databricks", lambda: "dapi" + hx(32) + pick(["", "", "-2", "-3"]),
  host="adb-" + "1234567890123456" + ".7.azuredatabricks.net")
S("planetscale_password", "DATABASE_PASSWORD", "planetscale", lambda: "pscale_pw_" + rs_mixed(AN + "_-", 43), header=NOH)
S("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", "planetscale", lambda: "pscale_tkn_" + rs_mixed(AN + "_-", 43))
S("neon_api_key", "NEON_API_KEY", "neon", lambda: "napi_" + rs(LO + DG, 64), host="console.neon.tech", shape="guessed")
S("mongodb_atlas_private_key", "ATLAS_PRIVATE_KEY", "mongodb atlas", uuid4, header=NOH,
  extras=lambda v: [("ATLAS_PUBLIC_KEY", rs(LO, 8), None, None)])
S("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", "upstash", lambda: "AX" + rs(AN, 2) + "AAIjcDE" + rs_mixed(AN, 49),
  host="eu1-sweet-otter-31337.upstash.io", shape="guessed")
S("turso_auth_token", "TURSO_AUTH_TOKEN", "turso",
  lambda: jwt_encode({"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": ts_epoch(), "id": uuid4()}, sig_len=64), header=NOH)
S("convex_deploy_key", "CONVEX_DEPLOY_KEY", "convex",
  lambda: "prod:" + pick(["happy-otter", "brave-falcon", "quiet-meadow"]) + "-" + dg(3) + "|" + b64(48), header=NOH, shape="guessed")
S("clickhouse_cloud_api_secret", "CLICKHOUSE_KEY_SECRET", "clickhouse", lambda: "4b1d" + rs_mixed(AN, 38), header=NOH,
  extras=lambda v: [("CLICKHOUSE_KEY_ID", rs_mixed(AN, 20), "clickhouse_cloud_key_id", None)])

# ---- social / media / misc APIs -------------------------------------------
S("twitter_bearer_token", "TWITTER_BEARER_TOKEN", "twitter",
  lambda: "A" * 22 + rs(AN, 7) + "A" * 7 + rs_mixed(AN, 12) + "%2B" + rs_mixed(AN, 16) + "%3D" + rs_mixed(AN, 50), host="api.twitter.com")
S("facebook_access_token", "FB_ACCESS_TOKEN", "facebook", lambda: pick(["EAAB", "EAAG", "EAAJ"]) + rs_mixed(AN, 180), host="graph.facebook.com")
S("twitch_oauth_token", "TWITCH_OAUTH_TOKEN", "twitch", lambda: rs_mixed(LO + DG, 30), header=("Authorization", "OAuth "), host="id.twitch.tv")
S("spotify_client_secret", "SPOTIFY_CLIENT_SECRET", "spotify", lambda: hx(32), header=NOH,
  extras=lambda v: [("SPOTIFY_CLIENT_ID", hx(32), None, None)])
S("reddit_client_secret", "REDDIT_CLIENT_SECRET", "reddit", lambda: rs_mixed(AN + "_-", 30), header=NOH,
  extras=lambda v: [("REDDIT_CLIENT_ID", rs_mixed(AN + "_-", 22), None, None)])
S("steam_web_api_key", "STEAM_API_KEY", "steam", lambda: HX(32), header=NOH)
S("riot_api_key", "RIOT_API_KEY", "riot", lambda: "RGAPI-" + uuid4(), header=("X-Riot-Token", ""), host="euw1.api.riotgames.com")
S("mixpanel_api_secret", "MIXPANEL_API_SECRET", "mixpanel", lambda: hx(32), header=NOH,
  extras=lambda v: [("MIXPANEL_PROJECT_TOKEN", hx(32), None, None)])
S("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", "amplitude", lambda: hx(32), header=NOH,
  extras=lambda v: [("AMPLITUDE_API_KEY", hx(32), None, None)])
S("intercom_access_token", "INTERCOM_ACCESS_TOKEN", "intercom", lambda: b64s("tok:" + uuid4() + ":1:0"), shape="guessed")
S("zendesk_api_token", "ZENDESK_API_TOKEN", "zendesk", lambda: rs_mixed(AN, 40), header=NOH,
  extras=lambda v: [("ZENDESK_EMAIL", user() + "@" + org() + ".com", None, None)])
S("freshdesk_api_key", "FRESHDESK_API_KEY", "freshdesk", lambda: rs_mixed(AN, 20), header=NOH)
S("jira_datacenter_pat", "JIRA_PAT", "jira", lambda: b64s(dg(12) + ":" + rs_mixed(AN + "+/", 22)), host="jira.corp-sample.lan",
  shape="guessed")
S("browserstack_access_key", "BROWSERSTACK_ACCESS_KEY", "browserstack", lambda: rs_mixed(AN, 20), header=NOH,
  extras=lambda v: [("BROWSERSTACK_USERNAME", user().replace(".", "") + "_" + rs(AN, 6), None, None)])
S("saucelabs_access_key", "SAUCE_ACCESS_KEY", "saucelabs", uuid4, header=NOH,
  extras=lambda v: [("SAUCE_USERNAME", "oauth-" + user().replace(".", "") + "-" + hx(5), None, None)])
S("cypress_record_key", "CYPRESS_RECORD_KEY", "cypress", uuid4, header=NOH)
S("percy_token", "PERCY_TOKEN", "percy", lambda: "web_" + hx(64), header=NOH, shape="guessed (prefix)")
S("mux_token_secret", "MUX_TOKEN_SECRET", "mux", lambda: rs_mixed(AN + "+/", 75), header=NOH,
  extras=lambda v: [("MUX_TOKEN_ID", uuid4(), "mux_token_id", None)])
S("imgur_client_secret", "IMGUR_CLIENT_SECRET", "imgur", lambda: hx(40), header=NOH,
  extras=lambda v: [("IMGUR_CLIENT_ID", hx(15), None, None)])
S("unsplash_secret_key", "UNSPLASH_SECRET_KEY", "unsplash", lambda: rs_mixed(AN + "_-", 43), header=NOH)
S("openweather_api_key", "OPENWEATHER_API_KEY", "openweathermap", lambda: hx(32), header=NOH)
S("lokalise_api_token", "LOKALISE_API_TOKEN", "lokalise", lambda: hx(40), header=("X-Api-Token", ""))
S("crowdin_pat", "CROWDIN_PERSONAL_TOKEN", "crowdin", lambda: hx(80))
S("weblate_api_key", "WEBLATE_API_KEY", "weblate", lambda: "wlu_" + rs_mixed(AN, 40), header=("Authorization", "Token "))
S("transifex_api_token", "TX_TOKEN", "transifex", lambda: "1/" + hx(40), header=NOH)
S("stackhawk_api_key", "HAWK_API_KEY", "stackhawk", lambda: "hawk." + rs_mixed(AN, 20) + "." + rs_mixed(AN, 20), header=NOH)
S("nightfall_api_key", "NIGHTFALL_API_KEY", "nightfall", lambda: "NF-" + rs_mixed(AN, 32))
S("zapier_webhook_url", "ZAPIER_HOOK_URL", "zapier", lambda: f"https://hooks.zapier.com/hooks/catch/{dg(7)}/{rs(LO + DG, 6)}/",
  kind="url", header=NOH)
S("ifttt_webhook_url", "IFTTT_URL", "ifttt", lambda: f"https://maker.ifttt.com/trigger/{pick(['door_open', 'backup_done', 'deploy'])}/with/key/{rs_mixed(AN + '_-', 22)}",
  kind="url", header=NOH)
S("make_webhook_url", "MAKE_WEBHOOK", "make", lambda: f"https://hook.eu1.make.com/{rs(LO + DG, 32)}", kind="url", header=NOH)
S("hasura_admin_secret", "HASURA_GRAPHQL_ADMIN_SECRET", "hasura", lambda: rs_mixed(AN, 32), header=("x-hasura-admin-secret", ""),
  host="gql.corp-sample.dev")
S("clerk_secret_key", "CLERK_SECRET_KEY", "clerk", lambda: "sk_live_" + rs_mixed(AN, 42),
  extras=lambda v: [("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "pk_live_" + b64s("clerk." + org() + ".com$"), None, None)])
S("resend_api_key", "RESEND_API_KEY", "resend", lambda: "re_" + rs_mixed(AN, 8) + "_" + rs_mixed(AN, 24), shape="guessed")
S("gitea_token", "GITEA_TOKEN", "gitea", lambda: hx(40), header=("Authorization", "token "), host="git.corp-sample.lan")
S("phabricator_conduit_token", "CONDUIT_TOKEN", "phabricator", lambda: "api-" + rs(LO + DG, 28), header=NOH)
S("consul_acl_token", "CONSUL_HTTP_TOKEN", "consul", uuid4, header=("X-Consul-Token", ""), host="consul.service.dc1.consul:8500")
S("nomad_acl_token", "NOMAD_TOKEN", "nomad", uuid4, header=("X-Nomad-Token", ""), host="nomad.service.consul:4646")
S("vault_approle_secret_id", "VAULT_SECRET_ID", "vault", uuid4, header=NOH,
  extras=lambda v: [("VAULT_ROLE_ID", uuid4(), None, None)])
S("home_assistant_token", "HASS_TOKEN", "home assistant",
  lambda: jwt_encode({"alg": "HS256", "typ": "JWT"}, {"iss": hx(32), "iat": ts_epoch(), "exp": 2051222400}), host="homeassistant.local:8123")
S("octoprint_api_key", "OCTOPRINT_API_KEY", "octoprint", lambda: HX(32), header=("X-Api-Key", ""), host="octopi.local")
S("sonarr_api_key", "SONARR_API_KEY", "sonarr", lambda: hx(32), header=("X-Api-Key", ""), host="nas.local:8989")
S("jellyfin_api_key", "JELLYFIN_API_KEY", "jellyfin", lambda: hx(32), header=("X-Emby-Token", ""), host="media.local:8096")
S("kaggle_api_key", "KAGGLE_KEY", "kaggle", lambda: hx(32), header=NOH,
  extras=lambda v: [("KAGGLE_USERNAME", user().replace(".", ""), None, None)])
S("nextcloud_app_password", "NEXTCLOUD_APP_PASSWORD", "nextcloud", lambda: "-".join(rs_mixed(AN, 5) for _ in range(5)), header=NOH)
S("apple_app_specific_password", "APPLE_APP_SPECIFIC_PASSWORD", "apple", lambda: "-".join(rs(LO, 4) for _ in range(4)), header=NOH)
S("ethereum_private_key", "DEPLOYER_PRIVATE_KEY", "ethereum", lambda: "0x" + hx(64), header=NOH)
S("totp_seed", "TOTP_SECRET", "totp", lambda: rs(B32A, 32), header=NOH)
S("jupyter_server_token", "JUPYTER_TOKEN", "jupyter", lambda: hx(48), header=("Authorization", "token "), host="127.0.0.1:8888")
S("aws_ses_smtp_password", "SES_SMTP_PASSWORD", "ses", lambda: "B" + rs_mixed(AN + "+/", 43), header=NOH, shape="guessed (prefix)",
  extras=lambda v: [("SES_SMTP_USERNAME", "AKIA" + rs(B32A, 16), "aws_access_key_id", None)])


# --------------------------------------------------------------------------
# generic containers: any single-line credential with a name
# --------------------------------------------------------------------------
GENERIC = []
FAMILY = {}
CUR_FAMILY = ["misc"]


def set_family(f):
    CUR_FAMILY[0] = f


def P_ANY(c):
    return c.kind in ("token", "url")


def P_HDR(c):
    return c.kind == "token" and c.header is not None


def P_URLQ(c):
    return c.kind == "token" and re.fullmatch(r"[A-Za-z0-9._~-]+", c.value) is not None


def P_SIMPLE(c):
    return c.kind in ("token", "url") and re.fullmatch(r"[A-Za-z0-9._~:/+=-]+", c.value) is not None


def P_TOKEN(c):
    return c.kind == "token"


def gc(name, pred=P_ANY):
    def deco(fn):
        FAMILY[name] = CUR_FAMILY[0]
        GENERIC.append((name, pred, fn))
        return fn
    return deco


def L(E, fmt, tf=lambda n: n, sep="\n"):
    return sep.join(fmt.format(n=tf(n), m=m) for n, m in E)


def jd(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def hdr(c, m):
    h, p = c.header
    return h, p + m


def path_for(c):
    return pick(["/v1/me", "/v2/projects", "/api/v1/status", "/v1/accounts/self", "/api/v3/user", "/v1/events?limit=20"])


set_family("env_files_and_shell_profiles")


@gc("dotenv")
def _(c, E):
    return f"# {c.service} - added {day()} by {user()}\nAPP_ENV=production\nLOG_LEVEL=info\n" + L(E, "{n}={m}") + "\nPORT=8080\n"


@gc("dotenv_export_quoted")
def _(c, E):
    return "# .env.production.local (do not commit)\n" + L(E, 'export {n}="{m}"') + "\nexport NODE_OPTIONS=--max-old-space-size=4096\n"


@gc("bashrc_snippet")
def _(c, E):
    q = shq(c.value)
    return ("# >>> work stuff >>>\nalias k=kubectl\nexport PATH=\"$HOME/.local/bin:$PATH\"\n"
            + L(E[:1], "export {n}=" + q + "{m}" + q) + "\n# <<< work stuff <<<\n")


@gc("fish_config")
def _(c, E):
    return "# ~/.config/fish/conf.d/secrets.fish\n" + L(E, "set -gx {n} '{m}'") + "\nset -gx EDITOR nvim\n"


@gc("powershell_profile")
def _(c, E):
    return ("# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -EditMode Emacs\n"
            + L(E, "$env:{n} = '{m}'") + "\nImport-Module posh-git\n")


@gc("windows_cmd_script", lambda c: P_ANY(c) and not re.search(r"[%^&|<>]", c.value))
def _(c, E):
    return "@echo off\r\nREM nightly sync job\r\n" + L(E, 'set "{n}={m}"', sep="\r\n") + "\r\npython sync.py --full\r\n"


set_family("containers_and_kubernetes")


@gc("dockerfile_env")
def _(c, E):
    return ("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
            + L(E, 'ENV {n}="{m}"') + "\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n")


@gc("docker_compose_environment")
def _(c, E):
    return ("services:\n  worker:\n    image: ghcr.io/" + org() + "/worker:1.8.2\n    restart: unless-stopped\n    environment:\n"
            + L(E, "      - {n}={m}") + "\n    depends_on: [redis]\n")


@gc("k8s_secret_stringdata")
def _(c, E):
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + c.service.replace(" ", "-").replace(".", "-") + "-creds\n  namespace: "
            + pick(["prod", "payments", "default", "ci"]) + "\ntype: Opaque\nstringData:\n" + L(E, '  {n}: "{m}"') + "\n")


@gc("k8s_configmap")
def _(c, E):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_FORMAT: json\n"
            + L(E, '  {n}: "{m}"') + "\n")


@gc("helm_values_yaml")
def _(c, E):
    return ("replicaCount: 2\nimage:\n  repository: " + org() + "/api\n  tag: \"2.4.1\"\n" + camel(c.service.replace(" ", "_").replace(".", "_")) + ":\n"
            + L(E, '  {n}: "{m}"', camel) + "\nresources:\n  limits:\n    memory: 512Mi\n")


@gc("kustomize_secret_generator")
def _(c, E):
    return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nsecretGenerator:\n  - name: app-env\n    literals:\n" + L(E, "      - {n}={m}") + "\n"


@gc("argo_workflow_template")
def _(c, E):
    return ("apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: nightly-export\nspec:\n  entrypoint: main\n  arguments:\n    parameters:\n"
            + L(E, '      - name: {n}\n        value: "{m}"', kebab) + "\n  templates:\n    - name: main\n      container:\n        image: alpine:3.20\n")


@gc("argocd_application")
def _(c, E):
    return ("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: billing\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/"
            + org() + "/charts\n    path: billing\n    helm:\n      parameters:\n" + L(E, '        - name: env.{n}\n          value: "{m}"') + "\n  destination:\n    namespace: billing\n")


@gc("flux_helmrelease")
def _(c, E):
    return ("apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: notifier\n  namespace: apps\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: notifier\n  values:\n    env:\n"
            + L(E, '      {n}: "{m}"') + "\n")


@gc("crossplane_object_manifest")
def _(c, E):
    return ("apiVersion: kubernetes.crossplane.io/v1alpha2\nkind: Object\nmetadata:\n  name: " + kebab(c.name) + "\nspec:\n  forProvider:\n    manifest:\n      apiVersion: v1\n      kind: Secret\n      metadata:\n        namespace: team-a\n      stringData:\n"
            + L(E, '        {n}: "{m}"', snake) + "\n  providerConfigRef:\n    name: in-cluster\n")


@gc("tekton_task")
def _(c, E):
    return ("apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: publish\nspec:\n  params:\n" + L(E, '    - name: {n}\n      type: string\n      default: "{m}"', kebab)
            + "\n  steps:\n    - name: push\n      image: alpine/curl\n      script: ./publish.sh\n")


set_family("iac_and_config_management")


@gc("nomad_job_hcl")
def _(c, E):
    return ('job "ingest" {\n  datacenters = ["dc1"]\n  group "workers" {\n    task "ingest" {\n      driver = "docker"\n      env {\n'
            + L(E, '        {n} = "{m}"') + '\n      }\n      config {\n        image = "' + org() + '/ingest:0.9"\n      }\n    }\n  }\n}\n')


@gc("nomad_template_stanza")
def _(c, E):
    return ('task "api" {\n  template {\n    destination = "secrets/app.env"\n    env         = true\n    data        = <<EOH\n' + L(E, "{n}={m}")
            + '\nEOH\n  }\n}\n')


@gc("terraform_tfvars")
def _(c, E):
    return 'region      = "eu-west-1"\nenvironment = "prod"\n' + L(E, '{n} = "{m}"', snake) + "\n"


@gc("terraform_provider_block")
def _(c, E):
    return ('terraform {\n  required_version = ">= 1.6"\n}\n\nprovider "' + c.service.split()[0].replace(".", "") + '" {\n'
            + L(E, '  {n} = "{m}"', snake) + "\n}\n")


@gc("terraform_state_json")
def _(c, E):
    attrs = {snake(n): m for n, m in E}
    attrs["id"] = uuid4()
    return jd({"version": 4, "terraform_version": "1.7.5", "serial": RNG.randint(3, 90), "lineage": uuid4(),
               "resources": [{"mode": "managed", "type": "kubernetes_secret", "name": "app", "provider": "provider[\"registry.terraform.io/hashicorp/kubernetes\"]",
                              "instances": [{"schema_version": 0, "attributes": {"data": attrs}, "sensitive_attributes": []}]}]})


@gc("pulumi_stack_yaml")
def _(c, E):
    return "config:\n  aws:region: eu-central-1\n" + L(E, "  svc:{n}: {m}", camel) + "\n"


@gc("cloudformation_parameters_json")
def _(c, E):
    return jd([{"ParameterKey": pascal(n), "ParameterValue": m} for n, m in E] + [{"ParameterKey": "Stage", "ParameterValue": "prod"}])


@gc("serverless_yml")
def _(c, E):
    return ("service: webhook-relay\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n" + L(E, "    {n}: {m}")
            + "\nfunctions:\n  relay:\n    handler: handler.relay\n")


@gc("sam_template_yaml")
def _(c, E):
    return ("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 15\n    Environment:\n      Variables:\n"
            + L(E, "        {n}: '{m}'") + "\nResources:\n  IngestFn:\n    Type: AWS::Serverless::Function\n")


@gc("ansible_group_vars")
def _(c, E):
    return "---\n# group_vars/production.yml\nntp_server: time.cloudflare.com\n" + L(E, '{n}: "{m}"', snake) + "\n"


@gc("ansible_inventory_ini")
def _(c, E):
    return "[web]\nweb01 ansible_host=10.0.3.11\nweb02 ansible_host=10.0.3.12\n\n[web:vars]\n" + L(E, "{n}={m}", snake) + "\n"


@gc("chef_data_bag_json")
def _(c, E):
    d = {"id": c.service.replace(" ", "_")}
    d.update({snake(n): m for n, m in E})
    return jd(d)


@gc("puppet_hiera_yaml")
def _(c, E):
    return "---\nprofile::base::timezone: 'UTC'\n" + L(E, "profile::" + c.service.split()[0].replace(".", "") + "::{n}: '{m}'", snake) + "\n"


@gc("salt_pillar_sls")
def _(c, E):
    return c.service.split()[0].replace(".", "") + ":\n  enabled: True\n" + L(E, "  {n}: '{m}'", snake) + "\n"


set_family("ci_pipelines")


@gc("github_actions_workflow_env")
def _(c, E):
    return ("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n" + L(E, "      {n}: {m}")
            + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make publish\n")


@gc("gitlab_ci_yaml")
def _(c, E):
    return "stages: [test, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2\n" + L(E, '  {n}: "{m}"') + "\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n"


@gc("circleci_config")
def _(c, E):
    return ("version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n" + L(E, "      {n}: {m}")
            + "\n    steps:\n      - checkout\n      - run: npm ci && npm test\n")


@gc("travis_yml")
def _(c, E):
    return "language: ruby\nrvm:\n  - 3.2\nenv:\n  global:\n" + L(E, "    - {n}={m}") + "\nscript: bundle exec rake\n"


@gc("jenkinsfile")
def _(c, E):
    return ("pipeline {\n  agent { label 'linux' }\n  environment {\n" + L(E, "    {n} = '{m}'")
            + "\n  }\n  stages {\n    stage('Deploy') {\n      steps { sh './gradlew publish' }\n    }\n  }\n}\n")


@gc("azure_pipelines_yaml")
def _(c, E):
    return "trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n" + L(E, "- name: {n}\n  value: '{m}'") + "\nsteps:\n- script: dotnet test\n"


@gc("bitbucket_pipelines")
def _(c, E):
    return ("image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n          script:\n" + L(E, "            - export {n}={m}")
            + "\n            - npm run deploy\n")


@gc("drone_yml")
def _(c, E):
    return "kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: notify\n  image: plugins/webhook\n  environment:\n" + L(E, "    {n}: {m}") + "\n"


@gc("buildkite_pipeline")
def _(c, E):
    return "env:\n" + L(E, '  {n}: "{m}"') + "\nsteps:\n  - label: \":rspec: tests\"\n    command: bin/ci\n"


@gc("teamcity_kotlin_dsl")
def _(c, E):
    return ('object Build : BuildType({\n    name = "Build"\n    params {\n' + L(E, '        password("env.{n}", "{m}", display = ParameterDisplay.HIDDEN)')
            + '\n    }\n    steps { gradle { tasks = "clean build" } }\n})\n')


set_family("build_systems_and_package_managers")


@gc("bazelrc")
def _(c, E):
    return "build --jobs=32\nbuild:ci --remote_cache=grpcs://cache.corp-sample.lan\n" + L(E, "build:ci --action_env={n}={m}") + "\n"


@gc("bazel_build_starlark")
def _(c, E):
    return ('load("@rules_python//python:defs.bzl", "py_test")\n\npy_test(\n    name = "integration_test",\n    srcs = ["integration_test.py"],\n    env = {\n'
            + L(E, '        "{n}": "{m}",') + '\n    },\n)\n')


@gc("buckconfig")
def _(c, E):
    return "[cache]\n  mode = http\n[env]\n" + L(E, "  {n} = {m}", snake) + "\n"


@gc("pants_toml")
def _(c, E):
    return '[GLOBAL]\npants_version = "2.20.0"\n\n[subprocess-environment]\nenv_vars = [\n' + L(E, '  "{n}={m}",') + "\n]\n"


@gc("gradle_properties")
def _(c, E):
    return "org.gradle.jvmargs=-Xmx2g\norg.gradle.caching=true\n" + L(E, "{n}={m}", dotted) + "\n"


@gc("sbt_build")
def _(c, E):
    return ('ThisBuild / scalaVersion := "3.3.1"\n' + L(E, 'ThisBuild / javaOptions += "-D{n}={m}"', dotted) + "\nlazy val root = (project in file(\".\"))\n")


@gc("mix_config_exs")
def _(c, E):
    return ("import Config\n\nconfig :my_app, MyApp.Repo, pool_size: 10\n\nconfig :my_app, MyApp." + pascal(c.service.split()[0].replace(".", "_")) + ",\n"
            + L(E, '  {n}: "{m}"', snake, sep=",\n") + "\n")


@gc("erlang_sys_config")
def _(c, E):
    return "[\n {kernel, [{logger_level, info}]},\n {my_app, [\n" + L(E, '   {{{n}, "{m}"}}', snake, sep=",\n") + "\n ]}\n].\n"


@gc("opam_file")
def _(c, E):
    return ('opam-version: "2.0"\nname: "ingest"\nbuild: [["dune" "build" "-p" name]]\nbuild-env: [\n' + L(E, '  [{n} = "{m}"]') + "\n]\n")


@gc("cargo_config_toml")
def _(c, E):
    return '[build]\ntarget-dir = "target"\n\n[env]\n' + L(E, '{n} = "{m}"') + "\n"


@gc("go_work_comment")
def _(c, E):
    return "go 1.22\n\nuse (\n\t./api\n\t./worker\n)\n\n// local testing: " + L(E[:1], "{n}={m}") + " (remove before merge)\n"


@gc("bunfig_toml")
def _(c, E):
    return '[install]\nregistry = "https://registry.npmjs.org"\n\n[install.scopes]\n"@' + org() + '" = { url = "https://npm.pkg.github.com/", token = "' + E[0][1] + '" }\n'


@gc("deno_json")
def _(c, E):
    return jd({"tasks": {"dev": " ".join(f"{n}={m}" for n, m in E[:2]) + " deno run -A --watch main.ts"}, "imports": {"@std/http": "jsr:@std/http@1"}})


set_family("paas_and_process_managers")


@gc("wrangler_toml")
def _(c, E):
    return 'name = "edge-api"\nmain = "src/index.ts"\ncompatibility_date = "2024-09-23"\n\n[vars]\n' + L(E, '{n} = "{m}"') + "\n"


@gc("netlify_toml")
def _(c, E):
    return '[build]\n  command = "npm run build"\n  publish = "dist"\n\n[build.environment]\n' + L(E, '  {n} = "{m}"') + "\n"


@gc("vercel_json")
def _(c, E):
    return jd({"$schema": "https://openapi.vercel.sh/vercel.json", "env": {n: m for n, m in E}, "regions": ["fra1"]})


@gc("fly_toml")
def _(c, E):
    return 'app = "' + org() + '-api"\nprimary_region = "ams"\n\n[env]\n' + L(E, '  {n} = "{m}"') + '\n\n[http_service]\n  internal_port = 8080\n'


@gc("render_yaml")
def _(c, E):
    return "services:\n  - type: web\n    name: api\n    runtime: node\n    envVars:\n" + L(E, "      - key: {n}\n        value: {m}") + "\n"


@gc("procfile")
def _(c, E):
    return "release: bin/rails db:migrate\nweb: " + L(E[:1], "{n}={m}") + " bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq\n"


@gc("supervisord_conf")
def _(c, E):
    return ("[program:consumer]\ncommand=/opt/app/venv/bin/python -m consumer\nautorestart=true\n"
            + "environment=" + ",".join(f'{n}="{m}"' for n, m in E) + "\nuser=app\n")


@gc("pm2_ecosystem_js")
def _(c, E):
    return ("module.exports = {\n  apps: [{\n    name: 'api',\n    script: './dist/server.js',\n    instances: 'max',\n    env_production: {\n      NODE_ENV: 'production',\n"
            + L(E, "      {n}: '{m}',") + "\n    },\n  }],\n};\n")


set_family("os_service_configs")


@gc("systemd_unit_environment")
def _(c, E):
    return ("[Unit]\nDescription=Metrics shipper\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/shipper\n"
            + L(E, 'Environment="{n}={m}"') + "\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n")


@gc("systemd_dropin_override")
def _(c, E):
    return "# /etc/systemd/system/grafana-agent.service.d/override.conf\n[Service]\n" + L(E, "Environment={n}={m}") + "\n"


@gc("systemd_setcredential")
def _(c, E):
    return ("[Service]\nDynamicUser=yes\nExecStart=/usr/bin/backup-agent --token-file=%d/" + snake(c.name) + "\n"
            + L(E[:1], "SetCredential={n}:{m}", snake) + "\n")


@gc("launchd_plist")
def _(c, E):
    env = "".join(f"\t\t<key>{n}</key>\n\t\t<string>{m}</string>\n" for n, m in E)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
            "\t<key>Label</key>\n\t<string>com." + org() + ".sync</string>\n\t<key>EnvironmentVariables</key>\n\t<dict>\n" + env
            + "\t</dict>\n\t<key>ProgramArguments</key>\n\t<array><string>/usr/local/bin/sync</string></array>\n</dict>\n</plist>\n")


@gc("macos_defaults_read")
def _(c, E):
    return "$ defaults read com." + org() + ".menubar\n{\n    LaunchAtLogin = 1;\n" + L(E, '    {n} = "{m}";', camel) + "\n    SUHasLaunchedBefore = 1;\n}\n"


@gc("windows_registry_export")
def _(c, E):
    return ("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\" + org().capitalize() + "\\Agent\\Settings]\r\n\"PollInterval\"=dword:0000003c\r\n"
            + L(E, '"{n}"="{m}"', pascal, sep="\r\n") + "\r\n")


set_family("notebooks_editors_terminals")


@gc("jupyter_notebook_code_cell")
def _(c, E):
    src = ["import os\n"] + [f'os.environ["{n}"] = "{m}"\n' for n, m in E] + ["client = Client()\n"]
    return jd({"cells": [{"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src}],
               "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


@gc("jupyter_stream_output")
def _(c, E):
    return jd({"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {},
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": ["HOME=/home/jovyan\n"] + [f"{n}={m}\n" for n, m in E] + ["SHELL=/bin/bash\n"]}],
                          "source": ["!env | sort"]}], "nbformat": 4, "nbformat_minor": 5}, indent=1)


@gc("emacs_dir_locals")
def _(c, E):
    return ";;; Directory Local Variables\n((nil . ((eval . (progn\n" + L(E, '                       (setenv "{n}" "{m}")') + ")))))\n"


@gc("emacs_local_variables_footer")
def _(c, E):
    return ("#!/usr/bin/env bash\nset -euo pipefail\n./scripts/run.sh \"$@\"\n\n# Local Variables:\n# mode: sh\n"
            + L(E[:1], '# eval: (setenv "{n}" "{m}")') + "\n# End:\n")


@gc("vimrc_let")
def _(c, E):
    return '" ~/.vimrc\nset number\nset expandtab\n' + L(E, "let g:{n} = '{m}'", snake) + "\n\" vim: set ft=vim ts=2 sw=2:\n"


@gc("vim_swap_file_text")
def _(c, E):
    return ("b0VIM 9.1\x00\x00\x00\x00\x10\x00\x00" + user() + "\x00\x00\x00laptop\x00\x00~/src/app/.env\x00\x00\x00U3210#\"! \x13\x00\x00\x00\nad\x00\x00\n"
            + L(E, "{n}={m}") + "\nDEBUG=false\n")


@gc("asciinema_cast")
def _(c, E):
    head = jd({"version": 2, "width": 120, "height": 32, "timestamp": ts_epoch(), "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}}, indent=None)
    ev = [[0.42, "o", "\u001b[1m~/demo\u001b[0m $ "], [1.9, "o", "export " + E[0][0] + "=" + E[0][1] + "\r\n"],
          [2.3, "o", "\u001b[1m~/demo\u001b[0m $ "], [3.1, "o", "./run-demo --verbose\r\n"]]
    return head + "\n" + "\n".join(json.dumps(e, ensure_ascii=False) for e in ev) + "\n"


@gc("tmux_scrollback")
def _(c, E):
    u = user().split(".")[0]
    return (f"{u}@build-07:~/svc$ env | grep -i {c.service.split()[0].upper()[:5]}\n" + L(E, "{n}={m}") + f"\n{u}@build-07:~/svc$ tmux capture-pane -pS -3000 > /tmp/pane.txt\n{u}@build-07:~/svc$ ")


@gc("gnu_screen_log")
def _(c, E):
    return "Script started on " + iso() + "\r\n[root@ops-bastion ~]# cat /etc/default/agent\r\n" + L(E, "{n}={m}", sep="\r\n") + "\r\n[root@ops-bastion ~]# exit\r\n"


@gc("bash_history")
def _(c, E):
    q = shq(c.value)
    return "cd ~/work/infra\ngit pull\nexport " + E[0][0] + "=" + q + E[0][1] + q + "\nterraform plan\nhistory | tail\n"


@gc("zsh_history_extended")
def _(c, E):
    t = ts_epoch()
    q = shq(c.value)
    return f": {t}:0;ls -la\n: {t + 9}:0;export {E[0][0]}={q}{E[0][1]}{q}\n: {t + 31}:2;make deploy ENV=staging\n"


@gc("powershell_history")
def _(c, E):
    return "Get-ChildItem env:\n[Environment]::SetEnvironmentVariable('" + E[0][0] + "', '" + E[0][1] + "', 'User')\ncd C:\\src\\portal\ndotnet run\n"


set_family("ide_and_http_clients")


@gc("intellij_workspace_xml")
def _(c, E):
    envs = "\n".join(f'        <env name="{n}" value="{m}" />' for n, m in E)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="RunManager">\n    <configuration name="Application" type="SpringBootApplicationConfigurationType">\n      <envs>\n'
            + envs + "\n      </envs>\n    </configuration>\n  </component>\n</project>\n")


@gc("intellij_run_config_xml")
def _(c, E):
    envs = ";".join(f"{n}={m}" for n, m in E)
    return ('<component name="ProjectRunConfigurationManager">\n  <configuration default="false" name="pytest in tests" type="tests" factoryName="py.test">\n'
            '    <option name="ENV_FILES" value="" />\n    <envs>\n' + "".join(f'      <env name="{n}" value="{m}" />\n' for n, m in E)
            + "    </envs>\n  </configuration>\n</component>\n") if len(E) > 1 else (
        '<component name="ProjectRunConfigurationManager">\n  <configuration name="worker" type="GoApplicationRunConfiguration">\n    <envs>\n      <env name="'
        + E[0][0] + '" value="' + E[0][1] + '" />\n    </envs>\n  </configuration>\n</component>\n' + ("" if envs else ""))


@gc("vscode_launch_json")
def _(c, E):
    return "// .vscode/launch.json\n" + jd({"version": "0.2.0", "configurations": [{"name": "Debug API", "type": "node", "request": "launch",
                                                                               "program": "${workspaceFolder}/src/index.ts", "env": {n: m for n, m in E}}]}, indent=4)


@gc("vscode_settings_rest_client")
def _(c, E):
    return jd({"editor.formatOnSave": True, "rest-client.environmentVariables": {"$shared": {"baseUrl": "https://" + c.api_host()},
                                                                                 "prod": {camel(n): m for n, m in E}}}, indent=4)


@gc("postman_environment")
def _(c, E):
    return jd({"id": uuid4(), "name": c.service + " prod", "values": [{"key": camel(n), "value": m, "type": "default", "enabled": True} for n, m in E],
               "_postman_variable_scope": "environment", "_postman_exported_at": iso(), "_postman_exported_using": "Postman/11.2.0"})


@gc("postman_collection_auth", P_HDR)
def _(c, E):
    if c.header[0].lower() == "authorization" and c.header[1] == "Bearer ":
        auth = {"type": "bearer", "bearer": [{"key": "token", "value": E[0][1], "type": "string"}]}
        hdrs = []
    else:
        auth = {"type": "noauth"}
        h, v = hdr(c, E[0][1])
        hdrs = [{"key": h, "value": v, "type": "text"}]
    return jd({"info": {"_postman_id": uuid4(), "name": c.service + " API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
               "item": [{"name": "whoami", "request": {"auth": auth, "method": "GET", "header": hdrs, "url": {"raw": "https://" + c.api_host() + "/v1/me"}}}]})


@gc("insomnia_export")
def _(c, E):
    return jd({"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v2023.5.8",
               "resources": [{"_id": "env_" + hx(32), "_type": "environment", "name": "Base Environment", "data": {snake(n): m for n, m in E}}]})


@gc("bruno_bru_file", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ("meta {\n  name: list items\n  type: http\n  seq: 3\n}\n\nget {\n  url: https://" + c.api_host() + "/v1/items\n  body: none\n  auth: none\n}\n\nheaders {\n  "
            + h + ": " + v + "\n}\n")


@gc("bruno_environment_file")
def _(c, E):
    return "vars {\n  baseUrl: https://" + c.api_host() + "\n" + L(E, "  {n}: {m}", camel) + "\n}\n"


@gc("httpie_session_json", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return jd({"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},
               "auth": {"password": None, "type": None, "username": None}, "cookies": [], "headers": [{"name": h, "value": v}]}, indent=4)


@gc("thunder_client_env")
def _(c, E):
    return jd({"_id": uuid4(), "name": "prod", "default": False, "sortNum": 10000,
               "created": iso(), "modified": iso(), "data": [{"name": camel(n), "value": m} for n, m in E]})


@gc("graphql_playground_headers", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return "# HTTP HEADERS (bottom panel of GraphQL Playground)\n" + jd({h: v}) + "\n\n# QUERY\nquery { viewer { id login } }\n"


@gc("grpcurl_command", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return f"grpcurl -H '{h.lower()}: {v}' -d '{{\"page_size\": 50}}' {c.api_host()}:443 inventory.v1.InventoryService/ListItems\n"


@gc("grpc_metadata_go", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ('ctx = metadata.AppendToOutgoingContext(ctx, "' + h.lower() + '", "' + v + '")\nresp, err := client.ListItems(ctx, &pb.ListItemsRequest{PageSize: 50})\nif err != nil {\n\treturn err\n}\n')


@gc("devtools_copy_as_fetch", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ('fetch("https://' + c.api_host() + path_for(c) + '", {\n  "headers": {\n    "accept": "application/json",\n    "' + h.lower() + '": "' + v
            + '",\n    "sec-fetch-mode": "cors"\n  },\n  "referrerPolicy": "strict-origin-when-cross-origin",\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "include"\n});')


@gc("devtools_copy_as_curl", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ("curl 'https://" + c.api_host() + path_for(c) + "' \\\n  -H 'accept: application/json' \\\n  -H '" + h.lower() + ": " + v
            + "' \\\n  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' \\\n  --compressed")


@gc("devtools_copy_as_powershell", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ('$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n'
            'Invoke-WebRequest -UseBasicParsing -Uri "https://' + c.api_host() + path_for(c) + '" `\n-WebSession $session `\n-Headers @{\n"accept"="application/json"\n  "'
            + h + '"="' + v + '"\n}')


@gc("har_file", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return jd({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"}, "entries": [{
        "startedDateTime": iso(), "time": 182, "request": {"method": "GET", "url": "https://" + c.api_host() + "/v1/usage", "httpVersion": "HTTP/2",
                                                          "headers": [{"name": "Host", "value": c.api_host()}, {"name": h, "value": v}], "queryString": [], "cookies": []},
        "response": {"status": 200, "statusText": "OK", "headers": []}}]}})


@gc("burp_raw_request", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ("POST /v1/jobs HTTP/1.1\r\nHost: " + c.api_host() + "\r\n" + h + ": " + v + "\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{\"name\":\"reindex\",\"dry\":0}")


set_family("telemetry_and_audit")


@gc("sentry_event_json", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return jd({"event_id": hx(32), "timestamp": iso(), "platform": "python", "level": "error", "logger": "requests",
               "exception": {"values": [{"type": "HTTPError", "value": "401 Client Error: Unauthorized"}]},
               "request": {"url": "https://" + c.api_host() + "/v1/sync", "method": "POST", "headers": {h: v, "Content-Type": "application/json"}},
               "tags": {"environment": "production"}})


@gc("otel_span_json", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return jd({"traceId": hx(32), "spanId": hx(16), "name": "HTTP GET", "kind": 3, "startTimeUnixNano": str(ts_epoch()) + "000000000",
               "attributes": [{"key": "http.request.method", "value": {"stringValue": "GET"}},
                              {"key": "url.full", "value": {"stringValue": "https://" + c.api_host() + "/v1/items"}},
                              {"key": "http.request.header." + h.lower(), "value": {"arrayValue": {"values": [{"stringValue": v}]}}}]})


@gc("cloudtrail_event")
def _(c, E):
    return jd({"eventVersion": "1.09", "eventTime": iso(), "eventSource": "lambda.amazonaws.com", "eventName": "UpdateFunctionConfiguration20150331v2",
               "awsRegion": "eu-west-1", "sourceIPAddress": "198.51.100." + str(RNG.randint(2, 250)), "userAgent": "aws-cli/2.15.30",
               "requestParameters": {"functionName": "ingest-webhooks", "environment": {"variables": {n: m for n, m in E}}},
               "requestID": uuid4(), "eventID": uuid4(), "readOnly": False, "eventType": "AwsApiCall", "recipientAccountId": dg(12)})


@gc("auditd_execve", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return (f"type=SYSCALL msg=audit({ts_epoch()}.204:8812): arch=c000003e syscall=59 success=yes exit=0 ppid=4102 pid=4177 auid=1001 uid=1001 comm=\"curl\" exe=\"/usr/bin/curl\"\n"
            f"type=EXECVE msg=audit({ts_epoch()}.204:8812): argc=4 a0=\"curl\" a1=\"-sH\" a2=\"{h}: {v}\" a3=\"https://{c.api_host()}/v1/me\"\n")


@gc("k8s_audit_log")
def _(c, E):
    return jd({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uuid4(), "stage": "ResponseComplete",
               "requestURI": "/apis/apps/v1/namespaces/prod/deployments/api", "verb": "patch", "user": {"username": user() + "@corp-sample.com"},
               "requestObject": {"spec": {"template": {"spec": {"containers": [{"name": "api", "env": [{"name": n, "value": m} for n, m in E]}]}}}}}, indent=None)


set_family("collaboration_and_review")


@gc("slack_export_json")
def _(c, E):
    return jd([{"type": "message", "user": "U0" + rs(UP + DG, 9), "text": "staging is broken, can you try with this one? " + E[0][1], "ts": f"{ts_epoch()}.{dg(6)}"},
               {"type": "message", "user": "U0" + rs(UP + DG, 9), "text": "works :+1: (rotate it later pls)", "ts": f"{ts_epoch()}.{dg(6)}"}], indent=4)


@gc("discord_chat_export")
def _(c, E):
    return jd({"guild": {"id": dg(18), "name": "dev-hangout"}, "channel": {"id": dg(18), "name": "bot-dev"},
               "messages": [{"id": dg(19), "type": "Default", "timestamp": iso(), "content": "my bot config lol:\n```\n" + E[0][0] + "=" + E[0][1] + "\n```",
                             "author": {"id": dg(18), "name": user()}}]})


@gc("matrix_room_event")
def _(c, E):
    return jd({"type": "m.room.message", "room_id": "!" + rs(AN, 18) + ":matrix.org", "sender": "@" + user().replace(".", "") + ":matrix.org",
               "content": {"msgtype": "m.text", "body": "set " + E[0][0] + " to " + E[0][1] + " on the runner and restart"},
               "origin_server_ts": ts_epoch() * 1000, "event_id": "$" + rs(AN + "_-", 43)})


@gc("teams_message_html")
def _(c, E):
    return ('<div itemprop="copy-paste-block"><p>Hi team, for the demo use</p><pre><code>' + E[0][0] + "=" + E[0][1]
            + "</code></pre><p>I will revoke it Friday.</p></div>")


@gc("mattermost_bulk_export")
def _(c, E):
    return jd({"type": "post", "post": {"team": "eng", "channel": "deploys", "user": user(), "message": "new key for the cron box: `" + E[0][1] + "`",
                                        "create_at": ts_epoch() * 1000}}, indent=None)


@gc("zulip_export_message")
def _(c, E):
    return jd({"zerver_message": [{"id": RNG.randint(10000, 99999), "sender": RNG.randint(10, 99), "subject": "deploy",
                                   "content": "Use `" + E[0][0] + "=" + E[0][1] + "` for the migration run.", "date_sent": ts_epoch()}]})


@gc("mbox_archive")
def _(c, E):
    return (f"From {user()}@lists.corp-sample.org  Mon Mar  4 09:12:44 2024\nFrom: {user()} <{user()}@corp-sample.org>\nTo: ops@lists.corp-sample.org\nSubject: Re: [ops] staging creds\n"
            "Message-ID: <" + hx(16) + "@corp-sample.org>\n\nHere you go:\n\n    " + E[0][0] + "=" + E[0][1] + "\n\n> Could someone send me the staging credentials?\n> Thanks\n")


@gc("forum_post_bbcode")
def _(c, E):
    return ("[quote=\"" + user() + "\"]what do i put in the config?[/quote]\nThis is mine, works fine:\n[code]\n" + L(E, "{n}={m}") + "\n[/code]\n[b]Edit:[/b] formatting\n")


@gc("stackoverflow_question_md")
def _(c, E):
    return ("## " + c.service.capitalize() + " returns 403 even though the key is correct\n\nI'm calling the API like this:\n\n```python\nimport requests\n\n"
            + L(E[:1], '{n} = "{m}"', snake) + "\nr = requests.get(\"https://" + c.api_host() + "/v1/me\")\nprint(r.status_code)\n```\n\nWhat am I doing wrong?\n\n"
            "**Tags:** python, python-requests, rest\n")


@gc("github_pr_review_comment")
def _(c, E):
    return jd({"id": RNG.randint(10**9, 2 * 10**9), "path": "config/settings.py", "line": 42,
               "diff_hunk": "@@ -39,6 +39,7 @@ LOGGING = {...}\n+" + E[0][0] + " = \"" + E[0][1] + "\"",
               "body": "Please don't hardcode this, read it from the environment.", "user": {"login": user().replace(".", "-")}})


@gc("git_commit_message")
def _(c, E):
    return ("commit " + hx(40) + "\nAuthor: " + user() + " <" + user() + "@corp-sample.com>\nDate:   " + iso() + "\n\n    hotfix: unblock staging deploy\n\n    Temporarily hardcode "
            + E[0][0] + "=" + E[0][1] + " until the vault sync is fixed.\n")


@gc("git_format_patch_email")
def _(c, E):
    return ("From " + hx(40) + " Mon Sep 17 00:00:00 2001\nFrom: " + user() + " <" + user() + "@corp-sample.com>\nDate: Tue, 5 Mar 2024 11:02:13 +0100\nSubject: [PATCH] add integration config\n\n---\n config/integration.yml | 2 ++\n 1 file changed, 2 insertions(+)\n\n"
            "diff --git a/config/integration.yml b/config/integration.yml\nindex 3b18e51..a8f2c9d 100644\n--- a/config/integration.yml\n+++ b/config/integration.yml\n@@ -1,3 +1,5 @@\n timeout: 30\n"
            + L(E, "+{n}: {m}", snake) + "\n--\n2.43.0\n")


set_family("exports_dumps_fixtures")


@gc("csv_export")
def _(c, E):
    return "service,key_name,value,owner,created\n" + "\n".join(f"{c.service},{n},{m},{user()},{day()}" for n, m in E) + "\n"


@gc("tsv_export")
def _(c, E):
    return "name\tenvironment\tvalue\tnotes\n" + "\n".join(f"{n}\tprod\t{m}\trotated Q3" for n, m in E) + "\n"


@gc("xlsx_as_csv_semicolon")
def _(c, E):
    return '"Sheet: Credentials (exported from Zugangsdaten.xlsx)"\nDienst;Variable;Wert;Verantwortlich\n' + "\n".join(
        f"{c.service};{n};{m};{user()}" for n, m in E) + "\n"


@gc("sql_dump_insert")
def _(c, E):
    return ("-- MySQL dump 10.13  Distrib 8.0.36\n--\n-- Dumping data for table `integrations`\n--\nLOCK TABLES `integrations` WRITE;\nINSERT INTO `integrations` (`id`, `provider`, `credential`, `created_at`) VALUES "
            + ",".join(f"({i + 1},'{c.service}','{m}','{day()} 10:21:07')" for i, (n, m) in enumerate(E)) + ";\nUNLOCK TABLES;\n")


@gc("rails_migration_seed")
def _(c, E):
    return ("class SeedIntegrationCredentials < ActiveRecord::Migration[7.1]\n  def up\n" + L(E, '    Integration.create!(provider: "' + c.service + '", name: "{n}", secret: "{m}")')
            + "\n  end\nend\n")


@gc("python_seed_script")
def _(c, E):
    return ('"""seed_dev_data.py - populate local DB"""\nfrom app.models import ApiCredential, db\n\n' + L(E, 'db.session.add(ApiCredential(name="{n}", value="{m}"))')
            + "\ndb.session.commit()\n")


@gc("test_fixture_yaml")
def _(c, E):
    return "# spec/fixtures/integrations.yml\nprod_integration:\n  provider: " + c.service + "\n" + L(E, "  {n}: {m}", snake) + "\n  enabled: true\n"


set_family("crash_reports")


@gc("crash_report_text")
def _(c, E):
    return ("Process:               Uploader [8841]\nVersion:               3.2.0 (3200)\nCrashed Thread:        0\nException Type:        EXC_CRASH (SIGABRT)\n\nEnvironment:\n"
            + L(E, "    {n} = {m}") + "\n    TMPDIR = /var/folders/xy/T/\n")


@gc("python_traceback_locals")
def _(c, E):
    return ("Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in push\n    resp.raise_for_status()\n    ╭──── locals ────╮\n"
            + L(E, "    │ {n} = '{m}'", snake) + "\n    │ resp = <Response [401]>\n    ╰────────────────╯\nrequests.exceptions.HTTPError: 401 Client Error\n")


set_family("app_frameworks_config")


@gc("java_properties")
def _(c, E):
    return "# application-prod.properties\nserver.port=8443\n" + L(E, "{n}={m}", dotted) + "\nlogging.level.root=WARN\n"


@gc("spring_application_yml")
def _(c, E):
    return "spring:\n  application:\n    name: gateway\napp:\n  integrations:\n    " + kebab(c.service.split()[0].replace(".", "-")) + ":\n" + L(E, "      {n}: {m}", kebab) + "\n"


@gc("dotnet_appsettings_json")
def _(c, E):
    return jd({"Logging": {"LogLevel": {"Default": "Information"}}, pascal(c.service.split()[0].replace(".", "_")): {pascal(n): m for n, m in E},
               "AllowedHosts": "*"})


@gc("web_config_appsettings")
def _(c, E):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n' + L(E, '    <add key="{n}" value="{m}" />', pascal)
            + '\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>\n')


@gc("php_define")
def _(c, E):
    return "<?php\n// config/local.php\n" + L(E, "define('{n}', '{m}');") + "\nrequire __DIR__ . '/bootstrap.php';\n"


@gc("rails_credentials_show")
def _(c, E):
    return ("$ EDITOR=cat bin/rails credentials:show --environment production\nsecret_key_base: <redacted by me>\n" + snake(c.service.split()[0].replace(".", "_")) + ":\n"
            + L(E, "  {n}: {m}", snake) + "\n")


set_family("source_code")


@gc("go_source_const")
def _(c, E):
    return "package client\n\nimport \"net/http\"\n\nconst (\n" + L(E, '\t{n} = "{m}"', camel) + "\n\tbaseURL = \"https://" + c.api_host() + "\"\n)\n\nvar httpClient = &http.Client{}\n"


@gc("rust_source_const")
def _(c, E):
    return "use reqwest::Client;\n\n" + L(E, 'const {n}: &str = "{m}";') + "\n\n#[tokio::main]\nasync fn main() {\n    let _c = Client::new();\n}\n"


@gc("java_source_constant")
def _(c, E):
    return ("package com." + org().replace("-", "") + ".integration;\n\npublic final class Credentials {\n" + L(E, '    public static final String {n} = "{m}";')
            + "\n    private Credentials() {}\n}\n")


@gc("kotlin_source")
def _(c, E):
    return "object Secrets {\n" + L(E, '    const val {n} = "{m}"', camel) + "\n}\n"


@gc("swift_source")
def _(c, E):
    return "import Foundation\n\nenum APIConfig {\n" + L(E, '    static let {n} = "{m}"', camel) + "\n}\n"


@gc("csharp_source")
def _(c, E):
    return "namespace Portal.Integrations;\n\ninternal static class Keys\n{\n" + L(E, '    internal const string {n} = "{m}";', pascal) + "\n}\n"


@gc("ruby_source")
def _(c, E):
    return "# config/initializers/" + snake(c.service.split()[0].replace(".", "_")) + ".rb\n" + L(E, "ENV['{n}'] ||= '{m}'") + "\n"


@gc("scala_source")
def _(c, E):
    return "object Settings {\n" + L(E, '  val {n}: String = "{m}"', camel) + "\n}\n"


@gc("haskell_source")
def _(c, E):
    return "{-# LANGUAGE OverloadedStrings #-}\nmodule Config where\n\nimport Data.Text (Text)\n\n" + L(E, '{n} :: Text\n{n} = "{m}"', camel) + "\n"


@gc("lua_neovim_plugin_setup")
def _(c, E):
    return "-- lua/plugins/ai.lua\nreturn {\n  'someone/ai.nvim',\n  opts = {\n" + L(E, '    {n} = "{m}",', snake) + "\n  },\n}\n"


@gc("r_source")
def _(c, E):
    return "library(httr2)\n" + L(E, 'Sys.setenv({n} = "{m}")') + "\nreq <- request(\"https://" + c.api_host() + "\")\n"


@gc("renviron")
def _(c, E):
    return "# ~/.Renviron\nR_LIBS_USER=~/R/library\n" + L(E, "{n}={m}") + "\n"


@gc("julia_source")
def _(c, E):
    return "using HTTP, JSON3\n" + L(E, 'ENV["{n}"] = "{m}"') + "\nresp = HTTP.get(\"https://" + c.api_host() + "/v1/me\")\n"


@gc("perl_source")
def _(c, E):
    return "#!/usr/bin/perl\nuse strict;\nuse warnings;\nuse LWP::UserAgent;\n\n" + L(E, "my ${n} = '{m}';", snake) + "\n"


@gc("dart_source")
def _(c, E):
    return "// lib/env.dart\n" + L(E, "const String {n} = '{m}';", camel) + "\n"


@gc("c_header_define")
def _(c, E):
    return "#ifndef SECRETS_H\n#define SECRETS_H\n\n#define WIFI_SSID \"iot-lab\"\n" + L(E, '#define {n} "{m}"') + "\n\n#endif\n"


set_family("runtime_and_ops_output")


@gc("kubeconfig_user_token", lambda c: c.kind == "token" and c.header is not None and c.header[1] == "Bearer ")
def _(c, E):
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://" + c.api_host() + "\n  name: remote\ncontexts:\n- context:\n    cluster: remote\n    user: ci\n  name: ci@remote\ncurrent-context: ci@remote\nusers:\n- name: ci\n  user:\n    token: "
            + E[0][1] + "\n")


@gc("docker_inspect_output")
def _(c, E):
    return jd([{"Id": hx(64), "Created": iso(), "Path": "/entrypoint.sh", "Config": {"Hostname": hx(12), "Env": [f"{n}={m}" for n, m in E] + ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
                                                                                   "Image": org() + "/api:2.1.0"}}], indent=8)


@gc("kubectl_describe_pod")
def _(c, E):
    return ("Name:             api-7d9c6bf5c4-" + rs(LO + DG, 5) + "\nNamespace:        prod\nContainers:\n  api:\n    Image:          " + org() + "/api:1.14.0\n    Environment:\n"
            + L(E, "      {n}:  {m}") + "\n      DB_HOST:  postgres.prod.svc\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access (ro)\n")


@gc("helm_get_values_output")
def _(c, E):
    return "$ helm get values notifier -n apps\nUSER-SUPPLIED VALUES:\nenv:\n" + L(E, "  {n}: {m}") + "\nreplicaCount: 1\n"


@gc("terraform_plan_output")
def _(c, E):
    return ("Terraform will perform the following actions:\n\n  # aws_lambda_function.ingest will be updated in-place\n  ~ resource \"aws_lambda_function\" \"ingest\" {\n      ~ environment {\n          ~ variables = {\n"
            + L(E, '              + "{n}" = "{m}"') + "\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n")


@gc("ps_aux_output")
def _(c, E):
    return ("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 167744 11728 ?        Ss   Mar03   0:12 /sbin/init\n"
            "app         2231  1.2  3.4 912344 281220 ?       Sl   Mar03  41:07 /usr/bin/node /srv/bot/index.js --" + kebab(E[0][0]) + "=" + E[0][1] + " --port 3000\n")


@gc("proc_environ_dump")
def _(c, E):
    return "$ sudo cat /proc/2231/environ\nHOME=/srv/app\x00LANG=C.UTF-8\x00" + "\x00".join(f"{n}={m}" for n, m in E) + "\x00PATH=/usr/bin:/bin\x00"


@gc("strace_execve", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return f'execve("/usr/bin/curl", ["curl", "-fsS", "-H", "{h}: {v}", "https://{c.api_host()}/v1/me"], 0x7ffd5a3c1e28 /* 31 vars */) = 0\nbrk(NULL)                               = 0x55d1c9f6b000\n'


@gc("tcpdump_ascii", P_HDR)
def _(c, E):
    h, v = hdr(c, E[0][1])
    return ("10:22:31.442190 IP 10.0.2.15.51522 > 10.0.9.4.80: Flags [P.], seq 1:212, ack 1, win 502, length 211: HTTP: GET /v1/export HTTP/1.1\nE.....@.@.....\n"
            "GET /v1/export HTTP/1.1\nHost: " + c.api_host() + "\nUser-Agent: python-requests/2.31.0\n" + h + ": " + v + "\nAccept: */*\n\n")


set_family("documents_and_knowledge_bases")


@gc("eml_message")
def _(c, E):
    return ("Return-Path: <" + user() + "@corp-sample.com>\nDate: Thu, 14 Mar 2024 16:40:02 +0000\nFrom: " + user() + "@corp-sample.com\nTo: contractor@agency-sample.net\nSubject: access for the integration\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hi,\n\nas discussed on the call, here is what you need:\n\n" + L(E, "  {n}: {m}") + "\n\nPlease keep it safe.\n")


@gc("ics_calendar_event")
def _(c, E):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Corp//Cal//EN\r\nBEGIN:VEVENT\r\nUID:" + uuid4() + "\r\nDTSTART:20240402T090000Z\r\nSUMMARY:Integration workshop\r\n"
            "DESCRIPTION:Bring laptop. Demo creds: " + E[0][0] + "=" + E[0][1] + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@gc("markdown_readme")
def _(c, E):
    return "# Quickstart\n\n1. Install deps: `make setup`\n2. Export the credentials:\n\n```bash\n" + L(E, "export {n}={m}") + "\n```\n\n3. Run `make dev`.\n"


@gc("restructuredtext_doc")
def _(c, E):
    return "Configuration\n=============\n\nSet the following before running the importer:\n\n.. code-block:: ini\n\n" + L(E, "   {n} = {m}", snake) + "\n\n.. note:: Ask ops for production values.\n"


@gc("asciidoc_page")
def _(c, E):
    return "= Runbook: importer\n:toc:\n\n== Credentials\n\n[source,shell]\n----\n" + L(E, "export {n}={m}") + "\n----\n"


@gc("latex_source")
def _(c, E):
    return "\\documentclass{article}\n% keys for the data-fetch script used in appendix B\n" + L(E[:1], "\\newcommand{{\\apikey}}{{{m}}}") + "\n\\begin{document}\nSee Appendix~B.\n\\end{document}\n"


@gc("org_mode_src_block")
def _(c, E):
    return "* Setup\n** Credentials\n#+begin_src sh :results silent\n" + L(E, "export {n}={m}") + "\n#+end_src\n"


@gc("confluence_storage_format")
def _(c, E):
    return ('<h2>Service credentials</h2><ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA['
            + L(E, "{n}={m}") + "]]></ac:plain-text-body></ac:structured-macro>")


@gc("jira_wiki_comment")
def _(c, E):
    return "h3. Repro\n# log in as the integration user\n# call the sync endpoint with\n{code:bash}\n" + L(E, "{n}={m}") + "\n{code}\n_Expected_: 200, _Actual_: 500\n"


@gc("trello_card_json")
def _(c, E):
    return jd({"id": hx(24), "name": "Set up " + c.service + " integration", "desc": "Creds (temp):\n" + L(E, "{n}={m}"), "idList": hx(24), "closed": False})


@gc("notion_export_md")
def _(c, E):
    return "# Vendor accounts\n\nOwner: " + user() + "\nStatus: Active\n\n## " + c.service + "\n\n" + L(E, "- **{n}**: `{m}`") + "\n"


set_family("config_languages")


@gc("protobuf_textproto")
def _(c, E):
    return "# proto-file: config.proto\n# proto-message: ServiceConfig\nendpoint: \"" + c.api_host() + "\"\nauth {\n" + L(E, '  {n}: "{m}"', snake) + "\n}\n"


@gc("avro_json_record")
def _(c, E):
    return jd({"namespace": "com.corp.events", "type": "IntegrationCreated", "payload": {"provider": c.service, "settings": {"map": {snake(n): {"string": m} for n, m in E}}}})


@gc("ini_generic")
def _(c, E):
    return "; app.ini\n[server]\nhttp_port = 3000\n\n[" + snake(c.service.split()[0].replace(".", "_")) + "]\nenabled = true\n" + L(E, "{n} = {m}", snake) + "\n"


@gc("yaml_anchor_merge")
def _(c, E):
    return "x-common-env: &common_env\n" + L(E, "  {n}: {m}") + "\n\nservices:\n  web:\n    environment:\n      <<: *common_env\n  worker:\n    environment:\n      <<: *common_env\n"


@gc("json5_config")
def _(c, E):
    return "// config.json5\n{\n  port: 8080,\n  // TODO move to vault\n" + L(E, "  {n}: '{m}',", camel) + "\n}\n"


@gc("devcontainer_jsonc")
def _(c, E):
    return ('// .devcontainer/devcontainer.json\n{\n  "name": "api",\n  "image": "mcr.microsoft.com/devcontainers/python:3.12",\n  "containerEnv": {\n'
            + L(E, '    "{n}": "{m}"', sep=",\n") + "\n  },\n  // \"postCreateCommand\": \"pip install -e .\"\n}\n")


@gc("hjson_config")
def _(c, E):
    return "{\n  # hjson allows comments\n  server: { port: 8080 }\n" + L(E, "  {n}: {m}", camel) + "\n}\n"


@gc("cue_config")
def _(c, E):
    return "package deploy\n\nservice: api: {\n\treplicas: 2\n" + L(E, '\t{n}: "{m}"', camel) + "\n}\n"


@gc("dhall_config")
def _(c, E):
    return "let Config = { endpoint : Text, " + ", ".join(f"{camel(n)} : Text" for n, m in E) + " }\n\nin  { endpoint = \"https://" + c.api_host() + "\"\n    , " + L(
        E, '{n} = "{m}"', camel, sep="\n    , ") + "\n    } : Config\n"


@gc("nixos_configuration")
def _(c, E):
    return "{ config, pkgs, ... }:\n{\n  services.openssh.enable = true;\n" + L(E, '  environment.variables.{n} = "{m}";') + "\n}\n"


@gc("jsonnet_config")
def _(c, E):
    return L(E, "local {n} = '{m}';", camel) + "\n{\n  apiVersion: 'v1',\n  kind: 'ConfigMap',\n  data: { endpoint: 'https://" + c.api_host() + "' },\n}\n"


@gc("edn_clojure_config")
def _(c, E):
    return "{:server {:port 3000}\n :" + kebab(c.service.split()[0].replace(".", "-")) + " {" + " ".join(f':{kebab(n)} "{m}"' for n, m in E) + "}}\n"


@gc("elisp_init_setq")
def _(c, E):
    return ";;; init.el --- personal config\n(use-package gptel :ensure t)\n" + L(E, '(setq {n} "{m}")', kebab) + "\n(provide 'init)\n"


@gc("ios_info_plist")
def _(c, E):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>com.' + org().replace("-", "") + '.app</string>\n'
            + L(E, "\t<key>{n}</key>\n\t<string>{m}</string>", pascal) + "\n</dict>\n</plist>\n")


set_family("build_and_automation_scripts")


@gc("crontab_line")
def _(c, E):
    return "# m h dom mon dow command\nMAILTO=\"\"\n" + L(E, "{n}={m}") + "\n*/15 * * * * /usr/local/bin/report.sh >> /var/log/report.log 2>&1\n"


@gc("makefile_vars")
def _(c, E):
    return ".PHONY: deploy\n" + L(E, "{n} ?= {m}") + "\n\ndeploy:\n\t./scripts/deploy.sh\n"


@gc("justfile")
def _(c, E):
    return "set dotenv-load\n\n" + L(E, 'export {n} := "{m}"') + "\n\ntest:\n    cargo test --all\n"


@gc("taskfile_yml")
def _(c, E):
    return "version: '3'\nenv:\n" + L(E, "  {n}: '{m}'") + "\ntasks:\n  sync:\n    cmds:\n      - go run ./cmd/sync\n"


@gc("tox_ini")
def _(c, E):
    return "[tox]\nenvlist = py311,py312\n\n[testenv]\ndeps = -rrequirements-dev.txt\nsetenv =\n" + L(E, "    {n}={m}") + "\ncommands = pytest -q\n"


@gc("pyproject_pytest_env")
def _(c, E):
    return '[project]\nname = "ingest"\nversion = "0.4.0"\n\n[tool.pytest.ini_options]\nenv = [\n' + L(E, '    "{n}={m}",') + "\n]\n"


@gc("docker_run_script")
def _(c, E):
    return "#!/bin/sh\ndocker run -d --name exporter --restart=always \\\n" + L(E, "  -e {n}={m} \\") + "\n  -p 9100:9100 " + org() + "/exporter:latest\n"


@gc("podman_quadlet")
def _(c, E):
    return "# ~/.config/containers/systemd/exporter.container\n[Container]\nImage=docker.io/" + org() + "/exporter:latest\n" + L(E, "Environment={n}={m}") + "\nPublishPort=9100:9100\n\n[Install]\nWantedBy=default.target\n"


@gc("cloud_init_user_data")
def _(c, E):
    return ("#cloud-config\npackage_update: true\nwrite_files:\n  - path: /etc/agent/agent.env\n    permissions: '0600'\n    content: |\n" + L(E, "      {n}={m}")
            + "\nruncmd:\n  - systemctl enable --now agent\n")


@gc("vagrantfile")
def _(c, E):
    return ('Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-22.04"\n  config.vm.provision "shell", path: "provision.sh", env: {\n'
            + L(E, '    "{n}" => "{m}",') + "\n  }\nend\n")


@gc("packer_hcl")
def _(c, E):
    return L(E, 'variable "{n}" {{\n  type    = string\n  default = "{m}"\n}}\n', snake) + '\nsource "amazon-ebs" "base" {\n  region = "eu-west-1"\n}\n'


@gc("fastlane_fastfile")
def _(c, E):
    return "default_platform(:ios)\n\n" + L(E, 'ENV["{n}"] = "{m}"') + "\n\nplatform :ios do\n  lane :beta do\n    build_app(scheme: \"App\")\n  end\nend\n"


@gc("android_local_properties")
def _(c, E):
    return "## This file must *NOT* be checked into Version Control Systems,\nsdk.dir=/Users/" + user().split(".")[0] + "/Library/Android/sdk\n" + L(E, "{n}={m}", snake) + "\n"


@gc("xcconfig")
def _(c, E):
    return "// Config/Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.acme.app\n" + L(E, "{n} = {m}") + "\n"


set_family("frontend_bundles")


@gc("minified_js_bundle", P_TOKEN)
def _(c, E):
    return ('!function(){"use strict";var e={};' + "".join(f'e.{camel(n)}="{m}";' for n, m in E) + 'var t=function(n){return fetch(n,{headers:{"x-client":"web"}})};window.__app=e}();\n//# sourceMappingURL=main.4f1c2a9b.js.map')


@gc("sourcemap_sources_content")
def _(c, E):
    return jd({"version": 3, "file": "main.js", "sources": ["webpack://app/./src/config.ts"], "names": [],
               "mappings": "AAAA,MAAMA,IAAI", "sourcesContent": ["export const config = {\n" + "".join(f"  {camel(n)}: '{m}',\n" for n, m in E) + "};\n"]}, indent=None)


@gc("html_inline_script")
def _(c, E):
    return ('<!doctype html>\n<html><head><meta charset="utf-8"><title>Dashboard</title>\n<script>\n  window.__CONFIG__ = {' + ", ".join(f'"{camel(n)}": "{m}"' for n, m in E)
            + '};\n</script>\n</head><body><div id="root"></div></body></html>\n')


@gc("webpack_define_plugin")
def _(c, E):
    return "new webpack.DefinePlugin({\n" + L(E, "  'process.env.{n}': JSON.stringify('{m}'),") + "\n}),\n"


@gc("next_config_js")
def _(c, E):
    return "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n  env: {\n" + L(E, "    {n}: '{m}',") + "\n  },\n};\nmodule.exports = nextConfig;\n"


@gc("vite_env_file")
def _(c, E):
    return "# .env.production (bundled into client!)\nVITE_APP_TITLE=Portal\n" + L(E, "VITE_{n}={m}") + "\n"


@gc("devtools_localstorage_dump")
def _(c, E):
    return "> JSON.stringify(localStorage)\n< '" + json.dumps({"theme": "dark", "auth": {"token": E[0][1], "expires": ts_epoch() * 1000}}, separators=(",", ":"), ensure_ascii=False) + "'"


set_family("logs")


@gc("nginx_access_log_query", P_URLQ)
def _(c, E):
    return (f"203.0.113.{RNG.randint(2, 250)} - - [12/Mar/2024:07:15:42 +0000] \"GET /api/v1/export?format=csv&{snake(E[0][0])}={E[0][1]} HTTP/1.1\" 200 5121 \"-\" \"python-requests/2.31.0\"\n"
            f"203.0.113.{RNG.randint(2, 250)} - - [12/Mar/2024:07:15:43 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n")


@gc("syslog_app_line")
def _(c, E):
    return f"Mar 12 07:15:42 worker-3 sync[1187]: connecting to {c.api_host()} with {snake(E[0][0])}={E[0][1]} (attempt 2/5)\n"


@gc("journalctl_output")
def _(c, E):
    return ("-- Journal begins at Mon 2024-03-04 10:00:01 UTC. --\nMar 12 07:15:40 edge systemd[1]: Started notifier.service.\n"
            f"Mar 12 07:15:41 edge notifier[2210]: DEBUG config loaded: {E[0][0]}={E[0][1]}\nMar 12 07:15:41 edge notifier[2210]: INFO listening on :8080\n")


@gc("windows_event_xml")
def _(c, E):
    return ('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4688</EventID><Computer>WS-0231.corp.lan</Computer></System>'
            '<EventData><Data Name="NewProcessName">C:\\Tools\\uploader.exe</Data><Data Name="CommandLine">uploader.exe --' + kebab(E[0][0]) + " " + E[0][1]
            + ' --dir D:\\exports</Data></EventData></Event>')


set_family("api_payloads")


@gc("soap_envelope_header")
def _(c, E):
    return ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:api="urn:partner.api">\n  <soapenv:Header>\n    <api:AuthHeader>\n'
            + L(E, "      <api:{n}>{m}</api:{n}>", pascal) + "\n    </api:AuthHeader>\n  </soapenv:Header>\n  <soapenv:Body><api:GetOrders/></soapenv:Body>\n</soapenv:Envelope>\n")


@gc("json_rpc_request")
def _(c, E):
    return jd({"jsonrpc": "2.0", "id": RNG.randint(1, 999), "method": "session.open", "params": {camel(n): m for n, m in E}}, indent=None)


@gc("graphql_mutation_body")
def _(c, E):
    return jd({"operationName": "ConnectIntegration", "variables": {"input": {"provider": c.service.upper().replace(" ", "_"), "credential": E[0][1]}},
               "query": "mutation ConnectIntegration($input: ConnectInput!) { connectIntegration(input: $input) { id status } }"})


set_family("app_specific_configs")


@gc("jekyll_config_yml")
def _(c, E):
    return "title: Team blog\ntheme: minima\nplugins:\n  - jekyll-feed\n" + L(E, "{n}: {m}", snake) + "\n"


@gc("hugo_config_toml")
def _(c, E):
    return 'baseURL = "https://blog.corp-sample.dev/"\ntitle = "Engineering"\n\n[params]\n' + L(E, '  {n} = "{m}"', camel) + "\n"


@gc("openapi_spec_example")
def _(c, E):
    return ("openapi: 3.0.3\ninfo:\n  title: Partner API\n  version: 1.2.0\ncomponents:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n"
            "paths:\n  /orders:\n    get:\n      parameters:\n        - name: X-API-Key\n          in: header\n          example: " + E[0][1] + "\n")


@gc("mcp_servers_config")
def _(c, E):
    return jd({"mcpServers": {c.service.split()[0].replace(".", ""): {"command": "npx", "args": ["-y", "@" + org() + "/mcp-" + c.service.split()[0].replace(".", "")],
                                                                          "env": {n: m for n, m in E}}}})


@gc("continue_config_yaml")
def _(c, E):
    return "name: Local Assistant\nversion: 1.0.0\nmodels:\n  - name: main\n    provider: " + c.service.split()[0] + "\n    model: default\n    apiKey: " + E[0][1] + "\n"


@gc("streamlit_secrets_toml")
def _(c, E):
    return "# .streamlit/secrets.toml\n" + L(E, '{n} = "{m}"') + '\n\n[connections.db]\ndialect = "postgresql"\n'


@gc("home_assistant_secrets_yaml")
def _(c, E):
    return "# secrets.yaml\nlatitude_home: 52.3731\nlongitude_home: 4.8922\n" + L(E, "{n}: {m}", snake) + "\n"


@gc("node_red_flows_credentials")
def _(c, E):
    return jd([{"id": hx(16), "type": "http request", "z": hx(16), "name": "call api", "method": "GET", "url": "https://" + c.api_host() + "/v1/status",
                "headers": [{"keyType": "other", "keyValue": "X-Api-Key", "valueType": "other", "valueValue": E[0][1]}], "x": 420, "y": 180, "wires": [[]]}])


set_family("cli_invocations")


@gc("helm_set_cli")
def _(c, E):
    return "helm upgrade --install notifier ./charts/notifier -n apps \\\n" + L(E, "  --set env.{n}={m} \\") + "\n  --wait\n"


@gc("kubectl_create_secret_cli")
def _(c, E):
    return "kubectl -n prod create secret generic app-env \\\n" + L(E, "  --from-literal={n}={m} \\") + "\n  --dry-run=client -o yaml | kubectl apply -f -\n"


@gc("heroku_config_set_cli")
def _(c, E):
    return "$ heroku config:set " + " ".join(f"{n}={m}" for n, m in E) + " -a " + org() + "-prod\nSetting " + ", ".join(n for n, m in E) + " and restarting ⬢ app... done, v" + str(RNG.randint(20, 400)) + "\n"


@gc("fly_secrets_set_cli")
def _(c, E):
    return "fly secrets set " + " ".join(f"{n}={m}" for n, m in E) + " --app " + org() + "-api --stage\n"


@gc("gh_secret_set_cli")
def _(c, E):
    return f"gh secret set {E[0][0]} --repo {org()}/infra --body \"{E[0][1]}\"\n" if '"' not in c.value else ""


@gc("aws_lambda_update_cli")
def _(c, E):
    return ("aws lambda update-function-configuration --function-name ingest \\\n  --environment \"Variables={" + ",".join(f"{n}={m}" for n, m in E) + "}\"\n")


set_family("misc_generic")


@gc("docker_compose_override_env_file")
def _(c, E):
    return "# docker-compose.override.yml (local only!)\nservices:\n  api:\n    env_file: .env\n    environment:\n" + L(E, "      {n}: \"{m}\"") + "\n"


@gc("github_issue_body")
def _(c, E):
    return ("### Describe the bug\nThe client crashes on startup.\n\n### Config\n```yaml\n" + L(E, "{n}: {m}", snake)
            + "\n```\n\n### Environment\n- OS: Ubuntu 22.04\n- Version: 2.3.1\n")


@gc("gist_shell_script")
def _(c, E):
    return "#!/usr/bin/env bash\n# quick script to pull metrics\n" + L(E, '{n}="{m}"') + "\ncurl -s \"https://" + c.api_host() + "/v1/metrics\" | jq .\n"


# --------------------------------------------------------------------------
# bespoke containers: container-specific syntax, credential type fixed by the container
# --------------------------------------------------------------------------
BESPOKE = []
M0, M1, M2, M3 = mk(0), mk(1), mk(2), mk(3)


def bc(container, n=2):
    """Register a bespoke container.  `n` is kept as a hint only: the build emits one record per bespoke
    container so that the positive set stays near 600 records while keeping every syntax."""
    def deco(fn):
        FAMILY[container] = CUR_FAMILY[0]
        BESPOKE.append((container, n, fn))
        return fn
    return deco


def pw_for(style, accented=False):
    return any_pw(style, accented)


# ---- SQL DDL / DCL --------------------------------------------------------
set_family("sql_and_db_shells")


@bc("sql_postgres_create_role")
def _():
    p = pw_for("q")
    r = pick(["app_rw", "reporting", "etl_loader", "grafana_ro"])
    return (f"-- 0007_roles.sql\nCREATE ROLE {r} WITH LOGIN PASSWORD '{M0}' VALID UNTIL '2026-01-01';\nGRANT CONNECT ON DATABASE orders TO {r};\nGRANT USAGE ON SCHEMA public TO {r};\n",
            [(p, "database_password", None)])


@bc("sql_postgres_alter_user")
def _():
    p = pw_for("ini")
    return (f"psql -h {host()} -U postgres -c \"ALTER USER replicator WITH ENCRYPTED PASSWORD '{M0}';\"\n", [(p, "database_password", None)])


@bc("sql_mysql_create_user")
def _():
    p = pw_for("q")
    u = pick(["wordpress", "svc_orders", "metabase", "backup"])
    return (f"CREATE USER '{u}'@'10.%' IDENTIFIED WITH caching_sha2_password BY '{M0}';\nGRANT SELECT, INSERT, UPDATE ON shop.* TO '{u}'@'10.%';\nFLUSH PRIVILEGES;\n",
            [(p, "database_password", None)])


@bc("sql_mariadb_set_password", 1)
def _():
    p = pw_for("q")
    return (f"MariaDB [(none)]> SET PASSWORD FOR 'root'@'localhost' = PASSWORD('{M0}');\nQuery OK, 0 rows affected (0.002 sec)\n", [(p, "database_password", None)])


@bc("sql_mysql_change_replication_source", 1)
def _():
    p = pw_for("q")
    return (f"CHANGE REPLICATION SOURCE TO\n  SOURCE_HOST='{host()}',\n  SOURCE_USER='repl',\n  SOURCE_PASSWORD='{M0}',\n  SOURCE_AUTO_POSITION=1,\n  SOURCE_SSL=1;\nSTART REPLICA;\n",
            [(p, "database_password", None)])


@bc("sql_mssql_create_login")
def _():
    p = pw_for("q")
    return (f"USE [master]\nGO\nCREATE LOGIN [svc_etl] WITH PASSWORD=N'{M0}', DEFAULT_DATABASE=[DW], CHECK_EXPIRATION=OFF, CHECK_POLICY=OFF\nGO\n",
            [(p, "database_password", None)])


@bc("sql_mssql_linked_server_login", 1)
def _():
    p = pw_for("q")
    return (f"EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ERP01', @useself = N'False', @locallogin = NULL, @rmtuser = N'erp_reader', @rmtpassword = N'{M0}';\n",
            [(p, "database_password", None)])


@bc("sql_oracle_create_user")
def _():
    p = pw_for("xml")
    return (f"CREATE USER reporting IDENTIFIED BY \"{M0}\"\n  DEFAULT TABLESPACE users\n  QUOTA 500M ON users;\nGRANT CREATE SESSION TO reporting;\n",
            [(p, "database_password", None)])


@bc("sql_oracle_database_link", 1)
def _():
    p = random_pw("url")
    return (f"CREATE DATABASE LINK hr_link CONNECT TO hr_ro IDENTIFIED BY {M0} USING 'HRPROD';\n", [(p, "database_password", None)])


@bc("sql_snowflake_create_user")
def _():
    p = pw_for("q")
    return (f"CREATE USER IF NOT EXISTS loader\n  PASSWORD = '{M0}'\n  DEFAULT_ROLE = LOADER_ROLE\n  DEFAULT_WAREHOUSE = LOAD_WH\n  MUST_CHANGE_PASSWORD = FALSE;\n",
            [(p, "database_password", None)])


@bc("sql_clickhouse_create_user", 1)
def _():
    p = pw_for("q")
    return (f"CREATE USER grafana IDENTIFIED WITH sha256_password BY '{M0}' HOST IP '10.0.0.0/8' SETTINGS PROFILE 'readonly';\n", [(p, "database_password", None)])


@bc("sql_postgres_user_mapping", 1)
def _():
    p = pw_for("q")
    return (f"CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '{host()}', dbname 'legacy');\nCREATE USER MAPPING FOR app SERVER legacy_srv\n  OPTIONS (user 'fdw_reader', password '{M0}');\n",
            [(p, "database_password", None)])


@bc("cql_cassandra_create_role", 1)
def _():
    p = pw_for("q")
    return (f"cqlsh> CREATE ROLE IF NOT EXISTS ingest WITH PASSWORD = '{M0}' AND LOGIN = true;\ncqlsh> GRANT MODIFY ON KEYSPACE telemetry TO ingest;\n", [(p, "database_password", None)])


@bc("cypher_neo4j_create_user", 1)
def _():
    p = pw_for("q")
    return (f"CREATE USER analyst IF NOT EXISTS\nSET PASSWORD '{M0}' CHANGE NOT REQUIRED\nSET HOME DATABASE graph;\n", [(p, "database_password", None)])


@bc("influxql_create_user", 1)
def _():
    p = pw_for("q")
    return (f"> CREATE USER telegraf WITH PASSWORD '{M0}'\n> GRANT WRITE ON metrics TO telegraf\n", [(p, "database_password", None)])


@bc("redis_acl_setuser", 2)
def _():
    p = random_pw("url", 24)
    return (f"127.0.0.1:6379> ACL SETUSER worker on >{M0} ~jobs:* &jobs:* +@list +@connection\nOK\n", [(p, "redis_password", None)])


@bc("mongodb_create_user", 2)
def _():
    p = pw_for("q")
    return ("use admin\ndb.createUser({\n  user: \"reporting\",\n  pwd: \"" + M0 + "\",\n  roles: [ { role: \"read\", db: \"analytics\" } ]\n})\n", [(p, "database_password", None)])


# ---- CLI flags ---------------------------------------------------------------
set_family("cli_password_flags")
def _cli(container, template, style, typ, n=1, accented=False):
    @bc(container, n)
    def _():
        p = pw_for(style, accented)
        ents = [(p, typ, None)]
        t = template.replace("{P}", M0).replace("{H}", host()).replace("{U}", user())
        if "{P2}" in t:
            t = t.replace("{P2}", M1)
            ents.append((pw_for(style), "snmp_priv_password" if "snmp" in container else typ, None))
        return t, ents


_cli("cli_mysql_p_attached", "mysql -h {H} -u admin -p'{P}' -e 'SHOW DATABASES;'\n", "q", "database_password", 2)
_cli("cli_mysqldump_password_eq", "mysqldump --single-transaction --user=backup --password={P} shop | gzip > shop-$(date +%F).sql.gz\n", "bare", "database_password")
_cli("cli_psql_pgpassword_env", "PGPASSWORD='{P}' psql -h {H} -U etl -d warehouse -f load.sql\n", "q", "database_password", 2)
_cli("cli_mongosh_password", "mongosh \"mongodb://{H}:27017/admin\" --username root --password '{P}' --eval 'db.serverStatus().ok'\n", "q", "database_password")
_cli("cli_redis_cli_a", "redis-cli -h {H} -p 6380 --tls -a '{P}' --no-auth-warning INFO replication\n", "q", "redis_password", 2)
_cli("cli_sqlcmd_P", "sqlcmd -S tcp:{H},1433 -U sa -P \"{P}\" -Q \"BACKUP DATABASE [Sales] TO DISK='D:\\bak\\sales.bak'\"\n", "xml", "database_password")
_cli("cli_sqlplus_connect", "sqlplus system/{P}@//{H}:1521/ORCLPDB1 @purge_audit.sql\n", "url", "database_password")
_cli("cli_bcp_P", "bcp Sales.dbo.Orders out orders.dat -S {H} -U loader -P {P} -n\n", "url", "database_password")
_cli("cli_sshpass", "sshpass -p '{P}' ssh -o StrictHostKeyChecking=no deploy@{H} 'sudo systemctl restart api'\n", "q", "ssh_password", 2)
_cli("cli_smbclient_U", "smbclient //fileserver.corp.lan/finance -U 'CORP\\{U}%{P}' -c 'ls'\n", "q", "windows_account_password")
_cli("cli_mount_cifs_options", "sudo mount -t cifs //nas.local/media /mnt/media -o username=media,password={P},uid=1000,vers=3.0\n", "url", "smb_password")
_cli("cli_net_use", "C:\\> net use Z: \\\\files01\\share /user:CORP\\svc_backup {P} /persistent:yes\n", "url", "windows_account_password")
_cli("cli_cmdkey_pass", "cmdkey /add:TERMSRV/jump01.corp.lan /user:CORP\\{U} /pass:{P}\n", "url", "windows_account_password")
_cli("cli_psexec_p", "PsExec.exe \\\\WS-0412 -u CORP\\helpdesk -p {P} -s cmd /c \"gpupdate /force\"\n", "url", "windows_account_password")
_cli("cli_runas_savecred_echo", "echo {P}| runas /user:CORP\\adm_{U} \"mmc dsa.msc\"\n", "url", "domain_admin_password")
_cli("cli_xfreerdp_p", "xfreerdp /v:rds01.corp.lan /u:{U} /d:CORP /p:'{P}' /dynamic-resolution +clipboard\n", "q", "rdp_password")
_cli("cli_ipmitool_P", "ipmitool -I lanplus -H 10.10.0.{n} -U ADMIN -P '{P}' chassis power cycle\n".replace("{n}", str(RNG.randint(10, 90))), "q", "ipmi_password", 2)
_cli("cli_ldapsearch_w", "ldapsearch -x -H ldaps://dc01.corp.lan -D 'cn=svc_ldap,ou=Service,dc=corp,dc=lan' -w '{P}' -b 'dc=corp,dc=lan' '(sAMAccountName={U})'\n", "q", "ldap_bind_password", 2)
_cli("cli_ldappasswd_s", "ldappasswd -H ldap://ldap.corp.lan -x -D 'cn=admin,dc=corp,dc=lan' -W -S -s '{P}' 'uid=jdoe,ou=people,dc=corp,dc=lan'\n", "q", "ldap_user_password")
_cli("cli_curl_u", "curl -u 'admin:{P}' -X POST https://jenkins.corp-sample.lan/job/deploy/build\n", "q", "http_basic_auth_password", 2)
_cli("cli_wget_password", "wget --user=mirror --password='{P}' -r -np https://repo.corp-sample.lan/artifacts/2024/\n", "q", "http_basic_auth_password")
_cli("cli_docker_login_p", "docker login registry.corp-sample.lan -u ci-bot -p '{P}'\n", "q", "docker_registry_password", 2)
_cli("cli_helm_repo_add", "helm repo add internal https://charts.corp-sample.lan --username ci --password '{P}'\n", "q", "helm_repo_password")
_cli("cli_htpasswd_b", "htpasswd -bB /etc/nginx/.htpasswd grafana '{P}'\n", "q", "web_admin_password")
_cli("cli_keytool_storepass", "keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass '{P}' -noprompt\n", "q", "keystore_password", 2)
_cli("cli_jarsigner_storepass", "jarsigner -keystore release.jks -storepass {P} -keypass {P2} app-release.apk release\n", "url", "keystore_password")
_cli("cli_openssl_pkcs12_passout", "openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:{P}\n", "url", "pkcs12_password", 2)
_cli("cli_openssl_enc_k", "openssl enc -aes-256-cbc -pbkdf2 -salt -in db.sql -out db.sql.enc -k '{P}'\n", "q", "encryption_passphrase")
_cli("cli_7z_p", "7z a -t7z -mhe=on -p'{P}' handover-2024.7z ./handover/\n", "q", "archive_password")
_cli("cli_zip_P", "zip -r -P '{P}' payroll_march.zip payroll/\n", "q", "archive_password")
_cli("cli_unrar_p", "unrar x -p'{P}' client_dump.rar\n", "q", "archive_password")
_cli("cli_gpg_passphrase", "gpg --batch --yes --pinentry-mode loopback --passphrase '{P}' -d backup.tar.gpg | tar x\n", "q", "pgp_passphrase", 2)
_cli("cli_restic_password_env", "RESTIC_PASSWORD='{P}' restic -r s3:s3.eu-central-1.amazonaws.com/backups-host01 backup /etc /srv\n", "q", "backup_repository_password")
_cli("cli_borg_passphrase_env", "export BORG_PASSPHRASE='{P}'\nborg create --stats ::'{hostname}-{now}' /home\n", "q", "backup_repository_password")
_cli("cli_rabbitmqctl_add_user", "rabbitmqctl add_user celery '{P}' && rabbitmqctl set_permissions -p / celery '.*' '.*' '.*'\n", "q", "broker_password")
_cli("cli_mosquitto_pub_P", "mosquitto_pub -h mqtt.home.lan -p 8883 --cafile ca.crt -u sensors -P '{P}' -t home/garage/door -m open\n", "q", "mqtt_password", 2)
_cli("cli_snmpwalk_v3", "snmpwalk -v3 -l authPriv -u monitor -a SHA -A '{P}' -x AES -X '{P2}' 10.0.0.1 system\n", "q", "snmp_auth_password")
_cli("cli_nmcli_wifi_psk", "nmcli dev wifi connect 'Office-5G' password '{P}' ifname wlan0\n", "q", "wifi_psk", 2)
_cli("cli_wpa_passphrase", "wpa_passphrase HomeNet '{P}' >> /etc/wpa_supplicant/wpa_supplicant.conf\n", "q", "wifi_psk", 1, True)
_cli("cli_lftp_u", "lftp -u upload,'{P}' -e 'mirror -R ./site /public_html; quit' ftp.webhost-sample.net\n", "q", "ftp_password")
_cli("cli_rsync_password_env", "RSYNC_PASSWORD='{P}' rsync -avz ./dist/ rsync://deploy@{H}/www/\n", "q", "rsync_password")
_cli("cli_az_login_sp", "az login --service-principal -u {APP} -p '{P}' --tenant {TEN}\n".replace("{APP}", "2f6a8c1e-0b7d-4c55-9a3e-7f1d2b9c4e61").replace("{TEN}", "corp-sample.onmicrosoft.com"), "q", "azure_service_principal_password")
_cli("cli_vault_kv_put", "vault kv put secret/apps/billing db_user=billing db_password='{P}'\n", "q", "database_password")
_cli("cli_terraform_var", "terraform apply -auto-approve -var 'admin_password={P}' -var env=prod\n", "q", "web_admin_password")
_cli("cli_ansible_extra_vars", "ansible-playbook site.yml -i inventory/prod --extra-vars \"ansible_become_pass={P}\"\n", "ini", "sudo_password")
_cli("cli_java_system_property", "java -Dspring.datasource.username=app -Dspring.datasource.password={P} -jar orders-service.jar\n", "url", "database_password")
_cli("cli_dotnet_user_secrets", "dotnet user-secrets set \"ConnectionStrings:Password\" \"{P}\" --project src/Api\n", "ini", "database_password")
_cli("cli_mvn_deploy_password", "mvn deploy -DaltDeploymentRepository=corp::default::https://nexus.corp-sample.lan/repository/releases -Dusername=deployer -Dpassword={P}\n", "url", "artifact_repository_password")
_cli("cli_gradle_signing_password", "./gradlew publish -Psigning.keyId=0A1B2C3D -Psigning.password='{P}' -Psigning.secretKeyRingFile=secring.gpg\n", "q", "pgp_passphrase")
_cli("cli_twine_upload_p", "twine upload --repository-url https://pypi.corp-sample.lan/ -u ci -p '{P}' dist/*\n", "q", "artifact_repository_password")
_cli("cli_kinit_echo", "echo '{P}' | kinit svc_spark@CORP.LAN\n", "q", "kerberos_password")
_cli("cli_samba_net_ads_join", "net ads join -U 'Administrator%{P}' createcomputer=Servers/Linux\n", "q", "domain_admin_password")
_cli("cli_influx_cli_password", "influx -ssl -host influx.corp-sample.lan -username admin -password '{P}' -execute 'SHOW DATABASES'\n", "q", "database_password")
_cli("cli_pg_basebackup_conninfo", "pg_basebackup -d 'host={H} user=replicator password={P} sslmode=require' -D /var/lib/postgresql/16/main -R -P\n", "url", "database_password")
_cli("cli_mysql_config_editor_echo", "echo '{P}' | mysql_config_editor set --login-path=prod --host={H} --user=ops --password\n", "q", "database_password")
_cli("cli_sqlcipher_pragma", "sqlite> PRAGMA key = '{P}';\nsqlite> SELECT count(*) FROM sqlite_master;\n", "q", "encryption_passphrase")
_cli("cli_veracrypt_password", "veracrypt --text --mount /dev/sdb1 /mnt/secure --password='{P}' --pim=0 --non-interactive\n", "q", "disk_encryption_passphrase")
_cli("cli_cryptsetup_echo", "echo -n '{P}' | cryptsetup luksOpen /dev/nvme0n1p3 cryptdata -\n", "q", "disk_encryption_passphrase")
_cli("cli_chpasswd", "echo 'deploy:{P}' | sudo chpasswd\n", "q", "linux_user_password", 2)
_cli("cli_usermod_openssl_passwd", "useradd -m -p \"$(openssl passwd -6 '{P}')\" -s /bin/bash kiosk\n", "q", "linux_user_password")
_cli("cli_net_user_add", "net user svc_scan {P} /add /passwordchg:no /expires:never\n", "url", "windows_account_password")
_cli("cli_powershell_securestring", "$pw = ConvertTo-SecureString '{P}' -AsPlainText -Force\nNew-LocalUser -Name 'kiosk' -Password $pw -PasswordNeverExpires\n", "q", "windows_account_password")
_cli("cli_winrm_ansible_password", "ansible windows -i hosts.ini -m win_ping -e 'ansible_user=Administrator ansible_password={P} ansible_connection=winrm'\n", "url", "windows_account_password")
_cli("cli_rclone_obscure_input", "rclone obscure '{P}'\n", "q", "sftp_password")
_cli("cli_vncpasswd_f", "echo '{P}' | vncpasswd -f > ~/.vnc/passwd\n", "url", "vnc_password")
_cli("cli_x11vnc_passwd", "x11vnc -display :0 -forever -passwd '{P}' -rfbport 5901\n", "q", "vnc_password")
_cli("cli_mc_alias_set", "mc alias set minio https://s3.corp-sample.lan minioadmin '{P}'\n", "q", "object_storage_password")
_cli("cli_elasticsearch_reset_output", "$ bin/elasticsearch-reset-password -u elastic -a -b\nPassword for the [elastic] user successfully reset.\nNew value: {P}\n", "url", "elasticsearch_password", 2)


# ---- connection strings -----------------------------------------------------
set_family("connection_strings")
def _conn(container, template, style, typ, n=1, wrap=None):
    @bc(container, n)
    def _():
        p = pw_for(style)
        ents = [(p, typ, None)]
        t = template.replace("{P}", M0).replace("{H}", host()).replace("{U}", pick(["app", "svc_api", "reporter", "admin", "etl"]))
        if "{P2}" in t:
            t = t.replace("{P2}", M1)
            ents.append((pw_for(style), typ, None))
        if wrap:
            t = wrap().replace("{CONN}", t)
        return t, ents


def _w_env(var):
    return lambda: f"{var}={{CONN}}\n"


def _w_yaml(key):
    return lambda: f"spring:\n  datasource:\n    {key}: \"{{CONN}}\"\n"


_conn("conn_postgres_uri", "postgresql://{U}:{P}@{H}:5432/orders?sslmode=require", "url", "database_password", 2, _w_env("DATABASE_URL"))
_conn("conn_postgres_uri_in_python", "engine = create_engine(\"postgresql+psycopg://{U}:{P}@{H}/analytics\", pool_pre_ping=True)\n", "url", "database_password")
_conn("conn_mysql_uri", "mysql://{U}:{P}@{H}:3306/shop?charset=utf8mb4", "url", "database_password", 1, _w_env("DATABASE_URL"))
_conn("conn_mongodb_srv", "mongodb+srv://{U}:{P}@cluster0.x7k2p.mongodb.net/prod?retryWrites=true&w=majority", "url", "database_password", 2,
      lambda: "const client = new MongoClient(\"{CONN}\");\n")
_conn("conn_redis_url", "rediss://default:{P}@{H}:6380/0", "url", "redis_password", 2, _w_env("REDIS_URL"))
_conn("conn_amqp_url", "amqps://{U}:{P}@rabbit.corp-sample.lan:5671/%2Fprod", "url", "broker_password", 1,
      lambda: "CELERY_BROKER_URL = '{CONN}'\n")
_conn("conn_jdbc_sqlserver", "jdbc:sqlserver://{H}:1433;databaseName=Sales;user={U};password={P};encrypt=true;trustServerCertificate=false",
      "url", "database_password", 1, _w_yaml("url"))
_conn("conn_jdbc_oracle_thin", "jdbc:oracle:thin:{U}/{P}@//{H}:1521/ORCLPDB1", "url", "database_password", 1,
      lambda: "db.url={CONN}\n")
_conn("conn_jdbc_mysql_query", "jdbc:mysql://{H}:3306/inventory?user={U}&password={P}&useSSL=true", "url", "database_password", 1,
      lambda: "<property name=\"hibernate.connection.url\">{CONN}</property>\n")
_conn("conn_adonet_sqlserver", "Server=tcp:{H},1433;Initial Catalog=Portal;Persist Security Info=False;User ID={U};Password={P};MultipleActiveResultSets=False;Encrypt=True;",
      "xml", "database_password", 2, lambda: '  "ConnectionStrings": {\n    "Default": "{CONN}"\n  }\n')
_conn("conn_odbc_driver_string", "Driver={ODBC Driver 18 for SQL Server};Server={H};Database=DW;Uid={U};Pwd={P};Encrypt=yes;", "url", "database_password", 1,
      lambda: "cnxn = pyodbc.connect('{CONN}')\n")
_conn("conn_npgsql", "Host={H};Port=5432;Database=identity;Username={U};Password={P};SSL Mode=Require", "xml", "database_password", 1,
      lambda: "<add name=\"Identity\" connectionString=\"{CONN}\" providerName=\"Npgsql\" />\n")
_conn("conn_oledb_provider", "Provider=SQLOLEDB;Data Source={H};Initial Catalog=Legacy;User Id={U};Password={P};", "url", "database_password", 1,
      lambda: "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"{CONN}\"\n")
_conn("conn_libpq_keyword_value", "host={H} port=5432 dbname=metrics user={U} password={P} sslmode=verify-full", "url", "database_password", 1,
      lambda: "conn = psycopg2.connect(\"{CONN}\")\n")
_conn("conn_go_mysql_dsn", "{U}:{P}@tcp({H}:3306)/billing?parseTime=true&tls=true", "url", "database_password", 1,
      lambda: "db, err := sql.Open(\"mysql\", \"{CONN}\")\n")
_conn("conn_snowflake_url", "snowflake://{U}:{P}@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=REPORTING_WH&role=REPORTER", "url", "database_password", 1,
      _w_env("SNOWFLAKE_URL"))
_conn("conn_clickhouse_url", "clickhouse://{U}:{P}@{H}:9440/default?secure=true", "url", "database_password", 1, _w_env("CLICKHOUSE_DSN"))
_conn("conn_neo4j_bolt", "neo4j+s://neo4j:{P}@a1b2c3d4.databases.neo4j.io", "url", "database_password", 1, _w_env("NEO4J_URI"))
_conn("conn_elasticsearch_url", "https://elastic:{P}@es01.corp-sample.lan:9200", "url", "elasticsearch_password", 1,
      lambda: "output.elasticsearch:\n  hosts: [\"{CONN}\"]\n")
_conn("conn_smtp_url", "smtp://postmaster%40mg.corp-sample.com:{P}@smtp.mailgun.org:587", "url", "smtp_password", 2, _w_env("MAIL_URL"))
_conn("conn_ftp_url", "ftp://upload:{P}@ftp.partner-sample.net/incoming/", "url", "ftp_password", 1,
      lambda: "urllib.request.urlretrieve(\"{CONN}report.csv\", \"report.csv\")\n")
_conn("conn_sftp_url", "sftp://{U}:{P}@sftp.bank-sample.com:22/outbox", "url", "sftp_password", 1, _w_env("SFTP_TARGET"))
_conn("conn_kafka_sasl_jaas", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{U}\" password=\"{P}\";", "xml", "kafka_sasl_password", 2,
      lambda: "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config={CONN}\n")
_conn("conn_mqtt_url", "mqtts://{U}:{P}@broker.hivemq-sample.cloud:8883", "url", "mqtt_password", 1, _w_env("MQTT_URL"))
_conn("conn_nats_url", "nats://{U}:{P}@nats.corp-sample.lan:4222", "url", "broker_password", 1, _w_env("NATS_URL"))
_conn("conn_git_https_userinfo", "https://{U}:{P}@git.corp-sample.lan/platform/infra.git", "url", "git_http_password", 1,
      lambda: "[remote \"origin\"]\n\turl = {CONN}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
_conn("conn_http_proxy_env", "http://{U}:{P}@proxy.corp.lan:3128", "url", "proxy_password", 2,
      lambda: "export http_proxy={CONN}\nexport https_proxy=$http_proxy\nexport no_proxy=localhost,.corp.lan\n")
_conn("conn_rtsp_camera", "rtsp://admin:{P}@192.168.1.64:554/Streaming/Channels/101", "url", "camera_password", 2,
      lambda: "cameras:\n  driveway:\n    ffmpeg:\n      inputs:\n        - path: {CONN}\n          roles: [detect, record]\n")
_conn("conn_webdav_url", "davs://{U}:{P}@cloud.home-sample.net/remote.php/dav/files/backup/", "url", "webdav_password", 1, _w_env("DUPLICITY_TARGET"))
_conn("conn_vnc_url", "vnc://:{P}@10.0.5.21:5901", "url", "vnc_password", 1, lambda: "open '{CONN}'\n")
_conn("conn_ldap_bind_url_params", "ldaps://dc01.corp.lan:636/?bindDN=cn=svc_gitlab,ou=svc,dc=corp,dc=lan&password={P}", "url", "ldap_bind_password", 1,
      _w_env("LDAP_URL"))
_conn("conn_sqlalchemy_mssql", "mssql+pyodbc://{U}:{P}@ERP_DSN", "url", "database_password", 1, lambda: "sqlalchemy.url = {CONN}\n")
_conn("conn_celery_redis_sentinel", "sentinel://:{P}@sentinel-0.redis:26379;sentinel://:{P2}@sentinel-1.redis:26379", "url", "redis_password", 1,
      lambda: "broker_url = '{CONN}'\n")


# ---- credential files -------------------------------------------------------
set_family("credential_files")
@bc("netrc_file", 2)
def _():
    p = pw_for("url")
    return (f"machine api.heroku.com\n  login {user()}@corp-sample.com\n  password {M0}\nmachine git.corp-sample.lan login ci password {M1}\n",
            [(uuid4(), "heroku_api_key_legacy", None), (p, "git_http_password", None)])


@bc("pgpass_file", 2)
def _():
    return (f"# hostname:port:database:username:password\n{host()}:5432:orders:app:{M0}\n*:5432:*:replicator:{M1}\n",
            [(pw_for("url"), "database_password", None), (pw_for("url"), "database_password", None)])


@bc("mysql_my_cnf", 2)
def _():
    return (f"[client]\nuser=backup\npassword=\"{M0}\"\nhost={host()}\n\n[mysqldump]\nsingle-transaction\n", [(pw_for("xml"), "database_password", None)])


@bc("git_credentials_file", 2)
def _():
    return (f"https://{user()}:{M0}@github.com\nhttps://oauth2:{M1}@gitlab.com\n",
            [(gh_style("ghp_"), "github_pat_classic", None), ("glpat-" + rs_mixed(AN + "_-", 20), "gitlab_pat", None)])


@bc("smb_credentials_file", 1)
def _():
    return (f"# /root/.smbcredentials (chmod 600)\nusername=svc_backup\npassword={M0}\ndomain=CORP\n", [(pw_for("bare"), "smb_password", None)])


@bc("openvpn_auth_user_pass_file", 2)
def _():
    return (f"{user()}@corp-sample.com\n{M0}\n", [(pw_for("bare"), "vpn_password", None)])


@bc("s3cmd_s3cfg", 1)
def _():
    return (f"[default]\naccess_key = {M0}\nsecret_key = {M1}\nhost_base = s3.eu-central-1.amazonaws.com\nuse_https = True\n",
            [("AKIA" + rs(B32A, 16), "aws_access_key_id", None), (rs_mixed(AN + "+/", 40), "aws_secret_access_key", None)])


@bc("aws_credentials_file", 3)
def _():
    return (f"[default]\nregion = eu-west-1\n\n[prod-admin]\naws_access_key_id = {M0}\naws_secret_access_key = {M1}\n",
            [("AKIA" + rs(B32A, 16), "aws_access_key_id", None), (rs_mixed(AN + "+/", 40), "aws_secret_access_key", None)])


@bc("boto_cfg", 1)
def _():
    return (f"[Credentials]\ngs_access_key_id = {M0}\ngs_secret_access_key = {M1}\n\n[Boto]\nhttps_validate_certificates = True\n",
            [("GOOG1E" + rs(UP + DG, 55), "gcp_hmac_access_id", None), (rs_mixed(AN + "+/", 40), "gcp_hmac_secret", None)])


@bc("gcloud_adc_authorized_user_json", 1)
def _():
    return (jd({"account": "", "client_id": dg(12) + "-" + rs(LO + DG, 32) + ".apps.googleusercontent.com", "client_secret": M0,
                "quota_project_id": "acme-prod-" + dg(6), "refresh_token": M1, "type": "authorized_user"}),
            [("GOCSPX-" + rs_mixed(AN + "_-", 28), "google_oauth_client_secret", None), ("1//0" + rs(LO, 1) + rs_mixed(AN + "_-", 98), "google_oauth_refresh_token", None)])


@bc("docker_config_json_auth", 2)
def _():
    u, p = pick(["ci-bot", "deploy", user()]), pw_for("q")
    enc = b64s(f"{u}:{p}")
    return (jd({"auths": {"registry.corp-sample.lan": {"auth": M0}, "https://index.docker.io/v1/": {}}, "credsStore": ""}, indent=1),
            [(enc, "docker_registry_auth", f"{u}:{p}")])


@bc("npmrc_legacy_authtoken", 1)
def _():
    return (f"registry=https://registry.npmjs.org/\n@{org()}:registry=https://npm.corp-sample.lan/\n//npm.corp-sample.lan/:_authToken={M0}\nalways-auth=true\n",
            [(uuid4(), "npm_legacy_token", None)])


@bc("npmrc_auth_basic", 1)
def _():
    u, p = "ci", pw_for("q")
    return (f"//nexus.corp-sample.lan/repository/npm-group/:_auth={M0}\nemail=ci@corp-sample.com\n", [(b64s(f"{u}:{p}"), "npm_basic_auth", f"{u}:{p}")])


@bc("yarnrc_yml_npm_auth_token", 1)
def _():
    return (f"nodeLinker: node-modules\nnpmScopes:\n  {org()}:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n    npmAuthToken: \"{M0}\"\n",
            [(gh_style("ghp_"), "github_pat_classic", None)])


@bc("pypirc_file", 2)
def _():
    return (f"[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = {M0}\n\n[internal]\nrepository = https://pypi.corp-sample.lan/\nusername = ci\npassword = {M1}\n",
            [(pypi_token(), "pypi_upload_token", None), (pw_for("ini"), "artifact_repository_password", None)])


@bc("pip_conf_index_url", 1)
def _():
    return (f"[global]\nindex-url = https://ci:{M0}@pypi.corp-sample.lan/simple/\ntimeout = 60\n", [(pw_for("url"), "artifact_repository_password", None)])


@bc("requirements_txt_extra_index", 1)
def _():
    return (f"--extra-index-url https://__token__:{M0}@gitlab.com/api/v4/projects/4821/packages/pypi/simple\nrequests==2.31.0\npydantic>=2.6\n",
            [("glpat-" + rs_mixed(AN + "_-", 20), "gitlab_pat", None)])


@bc("gem_credentials_file", 1)
def _():
    return (f"---\n:rubygems_api_key: {M0}\n:github: Bearer {M1}\n", [("rubygems_" + hx(48), "rubygems_api_key", None), (gh_style("ghp_"), "github_pat_classic", None)])


@bc("bundler_config_contribsys", 1)
def _():
    return (f"---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{M0}\"\n", [(hx(8) + ":" + hx(8), "sidekiq_enterprise_credentials", None)])


@bc("maven_settings_xml", 2)
def _():
    return ("<settings>\n  <servers>\n    <server>\n      <id>corp-releases</id>\n      <username>deployer</username>\n      <password>" + M0
            + "</password>\n    </server>\n  </servers>\n</settings>\n", [(pw_for("xml"), "artifact_repository_password", None)])


@bc("nuget_config_cleartext", 1)
def _():
    return ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <CorpFeed>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="'
            + M0 + '" />\n    </CorpFeed>\n  </packageSourceCredentials>\n</configuration>\n', [(pw_for("xml"), "artifact_repository_password", None)])


@bc("composer_auth_json", 1)
def _():
    return (jd({"http-basic": {"repo.packagist.com": {"username": "token", "password": M0}}, "github-oauth": {"github.com": M1}}, indent=4),
            [(hx(40), "packagist_token", None), (gh_style("gho_"), "github_oauth_token", None)])


@bc("sbt_credentials_file", 1)
def _():
    return (f"realm=Sonatype Nexus Repository Manager\nhost=nexus.corp-sample.lan\nuser=deployer\npassword={M0}\n", [(pw_for("bare"), "artifact_repository_password", None)])


@bc("cabal_config_hackage", 1)
def _():
    return (f"repository hackage.haskell.org\n  url: http://hackage.haskell.org/\n\nusername: {user().replace('.', '')}\npassword: {M0}\n", [(pw_for("bare"), "hackage_password", None)])


@bc("stack_upload_credentials_json", 1)
def _():
    return (jd({"username": user().replace(".", ""), "password": M0}), [(pw_for("q"), "hackage_password", None)])


@bc("cargo_credentials_toml", 1)
def _():
    return (f"[registry]\ntoken = \"{M0}\"\n\n[registries.corp]\ntoken = \"Bearer {M1}\"\n", [("cio" + rs_mixed(AN, 32), "crates_io_token", None), (rs_mixed(AN, 40), "private_registry_token", None)])


@bc("gh_cli_hosts_yml", 1)
def _():
    return (f"github.com:\n    user: {user().replace('.', '-')}\n    oauth_token: {M0}\n    git_protocol: https\n", [(gh_style("gho_"), "github_oauth_token", None)])


@bc("terraformrc_credentials", 1)
def _():
    return ('plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\ncredentials "app.terraform.io" {\n  token = "' + M0 + '"\n}\n',
            [(rs_mixed(AN, 14) + ".atlasv1." + rs_mixed(AN + "_-", 67), "terraform_cloud_token", None)])


@bc("kaggle_json", 1)
def _():
    return (jd({"username": user().replace(".", ""), "key": M0}, indent=None), [(hx(32), "kaggle_api_key", None)])


@bc("huggingface_token_file", 1)
def _():
    return (M0 + "\n", [("hf_" + rs_mixed(UP + LO, 34), "huggingface_token", None)])


@bc("wandb_netrc_entry", 1)
def _():
    return (f"machine api.wandb.ai\n  login user\n  password {M0}\n", [(hx(40), "wandb_api_key", None)])


@bc("rclone_conf_s3", 1)
def _():
    return (f"[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = {M0}\nsecret_access_key = {M1}\nendpoint = s3.eu-central-1.wasabisys.com\n",
            [(rs(UP + DG, 20), "wasabi_access_key_id", None), (rs_mixed(AN, 40), "wasabi_secret_key", None)])


@bc("fetchmailrc", 1)
def _():
    return (f"poll imap.mailbox-sample.org proto IMAP port 993\n  user '{user()}@mailbox-sample.org' there with password '{M0}' is '{user()}' here\n  ssl\n", [(pw_for("q"), "imap_password", None)])


@bc("msmtprc", 1)
def _():
    return (f"account default\nhost smtp.gmail.com\nport 587\ntls on\nauth on\nuser {user()}@gmail.com\npassword {M0}\nfrom {user()}@gmail.com\n",
            [(rs(LO, 16), "google_app_password", None)])


@bc("muttrc", 1)
def _():
    return (f"set imap_user = \"{user()}@fastmail-sample.com\"\nset imap_pass = \"{M0}\"\nset smtp_url = \"smtps://{user()}@smtp.fastmail-sample.com:465/\"\nset folder = \"imaps://imap.fastmail-sample.com:993\"\n",
            [(pw_for("xml"), "imap_password", None)])


@bc("znc_conf_user", 1)
def _():
    return (f"<User {user().split('.')[0]}>\n\t<Network libera>\n\t\tServer = irc.libera.chat +6697 \n\t\tLoadModule = nickserv {M0}\n\t</Network>\n</User>\n", [(pw_for("bare"), "irc_nickserv_password", None)])


@bc("filezilla_sitemanager_xml", 1)
def _():
    p = pw_for("q")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.66.5">\n  <Servers>\n    <Server>\n      <Host>ftp.webhost-sample.net</Host>\n      <Port>21</Port>\n      <User>site_admin</User>\n      <Pass encoding="base64">'
            + M0 + "</Pass>\n      <Name>prod site</Name>\n    </Server>\n  </Servers>\n</FileZilla3>\n", [(b64s(p), "ftp_password", p)])


@bc("wireguard_conf", 2)
def _():
    return (f"[Interface]\nPrivateKey = {M0}\nAddress = 10.8.0.{RNG.randint(2, 200)}/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {b64(32)}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.corp-sample.net:51820\n",
            [(b64(32), "wireguard_private_key", None)])


@bc("onepassword_csv_export", 1)
def _():
    return ('"Title","Url","Username","Password","OTPAuth","Favorite","Archived","Tags","Notes"\n'
            '"GitLab","https://gitlab.com/users/sign_in","' + user() + '@corp-sample.com","' + M0 + '","otpauth://totp/GitLab:' + user() + '?secret=' + M1 + '&issuer=GitLab","false","false","work",""\n'
            '"Router","http://192.168.0.1","admin","' + M2 + '","","false","false","home","FRITZ!Box"\n',
            [(pw_for("xml"), "user_password", None), (rs(B32A, 32), "totp_seed", None), (pw_for("xml"), "router_admin_password", None)])


@bc("bitwarden_json_export", 1)
def _():
    items = [{"id": uuid4(), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0, "name": "AWS console", "notes": None, "favorite": False,
              "login": {"uris": [{"match": None, "uri": "https://signin.aws.amazon.com/console"}], "username": user(), "password": M0, "totp": None},
              "collectionIds": None},
             {"id": uuid4(), "organizationId": None, "folderId": None, "type": 1, "reprompt": 0, "name": "Jira", "notes": "SSO fallback", "favorite": True,
              "login": {"uris": [{"match": None, "uri": "https://corp-sample.atlassian.net"}], "username": user() + "@corp-sample.com", "password": M1, "totp": None},
              "collectionIds": None}]
    return (jd({"encrypted": False, "folders": [], "items": items}), [(pw_for("q"), "user_password", None), (pw_for("q"), "user_password", None)])


@bc("keepass_xml_export", 1)
def _():
    def entry(title, uname, marker, url):
        return ("\t\t\t<Entry>\n\t\t\t\t<UUID>" + b64(16) + "</UUID>\n"
                "\t\t\t\t<String><Key>Title</Key><Value>" + title + "</Value></String>\n"
                "\t\t\t\t<String><Key>UserName</Key><Value>" + uname + "</Value></String>\n"
                "\t\t\t\t<String><Key>Password</Key><Value ProtectInMemory=\"True\">" + marker + "</Value></String>\n"
                "\t\t\t\t<String><Key>URL</Key><Value>" + url + "</Value></String>\n\t\t\t</Entry>\n")
    return ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n\t<Meta><Generator>KeePass</Generator></Meta>\n\t<Root>\n\t\t<Group>\n\t\t\t<Name>Infra</Name>\n'
            + entry("iLO web01", "Administrator", M0, "https://10.0.9.21") + entry("pfSense", "admin", M1, "https://10.0.0.1")
            + "\t\t</Group>\n\t</Root>\n</KeePassFile>\n", [(pw_for("xml"), "ipmi_password", None), (pw_for("xml"), "network_device_password", None)])


@bc("lastpass_csv_export", 1)
def _():
    return ("url,username,password,totp,extra,name,grouping,fav\nhttps://portal.azure.com,adm-" + user() + "@corp-sample.onmicrosoft.com," + M0
            + ",,,Azure admin,Work,0\nhttp://sn,,,,NoteType:Server\\nHostname:db01,db01 notes,Work,0\n", [(pw_for("bare"), "user_password", None)])


@bc("chrome_passwords_csv", 1)
def _():
    return ("name,url,username,password,note\nshop.corp-sample.com,https://shop.corp-sample.com/login," + user() + "," + M0
            + ",\naccounts.example-bank.com,https://accounts.example-bank.com/,custno" + dg(8) + "," + M1 + ",\n",
            [(pw_for("bare"), "user_password", None), (pw_for("bare"), "user_password", None)])


@bc("firefox_logins_csv", 1)
def _():
    t = ts_epoch() * 1000
    return ('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n'
            f'"https://grafana.corp-sample.lan","admin","{M0}",,"https://grafana.corp-sample.lan","{{{uuid4()}}}","{t}","{t + 86400000}","{t}"\n',
            [(pw_for("xml"), "web_admin_password", None)])


@bc("icloud_keychain_csv", 1)
def _():
    return ("Title,URL,Username,Password,Notes,OTPAuth\nnas.local (admin),https://nas.local:5001,admin," + M0 + ",,\n", [(pw_for("bare"), "nas_user_password", None)])


@bc("consul_agent_acl_hcl", 1)
def _():
    return ('datacenter = "dc1"\ndata_dir   = "/opt/consul"\nacl {\n  enabled        = true\n  default_policy = "deny"\n  tokens {\n    agent   = "' + M0 + '"\n    default = "' + M1 + '"\n  }\n}\n',
            [(uuid4(), "consul_acl_token", None), (uuid4(), "consul_acl_token", None)])


@bc("rebar3_hex_config", 1)
def _():
    return ('%% ~/.config/rebar3/hex.config\n#{<<"hexpm">> =>\n   #{username => <<"' + user().replace(".", "") + '">>,\n     api_key => <<"' + M0 + '">>,\n     repo_key => <<"' + M1 + '">>}}.\n',
            [(hx(32), "hex_pm_api_key", None), (hx(32), "hex_pm_repo_key", None)])


@bc("erlang_cookie_file", 1)
def _():
    return (M0, [(rs(UP, 20), "erlang_cookie", None)])


@bc("rabbitmq_erlang_cookie_env", 1)
def _():
    return (f"services:\n  rabbitmq:\n    image: rabbitmq:3.13-management\n    environment:\n      RABBITMQ_ERLANG_COOKIE: \"{M0}\"\n", [(rs(UP, 20), "erlang_cookie", None)])


# ---- tables -----------------------------------------------------------------
set_family("tables")
@bc("markdown_table", 2)
def _():
    return ("| System | URL | User | Password |\n|---|---|---|---|\n| Grafana | https://grafana.corp-sample.lan | admin | " + M0
            + " |\n| Jenkins | https://ci.corp-sample.lan | ci-admin | " + M1 + " |\n| Wiki | https://wiki.corp-sample.lan | SSO | n/a |\n",
            [(pw_for("xml"), "web_admin_password", None), (pw_for("xml"), "web_admin_password", None)])


@bc("psql_ascii_table_output", 1)
def _():
    return ("analytics=> SELECT name, login, secret FROM service_accounts LIMIT 3;\n    name    |   login    |          secret\n------------+------------+--------------------------\n exporter   | exp_ro     | "
            + M0 + "\n mailer     | mail_svc   | " + M1 + "\n(2 rows)\n", [(random_pw("url", 24), "service_account_password", None), (random_pw("url", 20), "smtp_password", None)])


@bc("html_table", 1)
def _():
    return ("<table class=\"creds\">\n  <tr><th>Device</th><th>IP</th><th>Login</th><th>Password</th></tr>\n  <tr><td>Core switch</td><td>10.0.0.2</td><td>admin</td><td>" + M0
            + "</td></tr>\n  <tr><td>UPS</td><td>10.0.0.9</td><td>apc</td><td>" + M1 + "</td></tr>\n</table>\n",
            [(pw_for("xml"), "network_device_password", None), (pw_for("xml"), "network_device_password", None)])


@bc("org_mode_table", 1)
def _():
    return ("* Lab inventory\n| host     | role   | root pw |\n|----------+--------+---------|\n| pi-01    | dns    | " + M0 + " |\n| pi-02    | mqtt   | " + M1 + " |\n",
            [(pw_for("bare"), "linux_user_password", None), (pw_for("bare"), "linux_user_password", None)])


@bc("rst_grid_table", 1)
def _():
    return ("+-----------+-----------------+---------------------------+\n| Service   | Account         | Passphrase                |\n+===========+=================+===========================+\n| backup    | borg@nas        | " + M0
            + " |\n+-----------+-----------------+---------------------------+\n", [(human_pw("bare"), "backup_repository_password", None)])


@bc("confluence_wiki_table", 1)
def _():
    return ("||Environment||DB host||User||Password||\n|staging|" + host() + "|app|" + M0 + "|\n|prod|see vault|app|-|\n", [(pw_for("bare"), "database_password", None)])


# ---- URL query strings and form bodies -------------------------------------------
set_family("url_query_and_form_bodies")
@bc("url_query_login", 2)
def _():
    return (f"GET /cgi-bin/login.cgi?user=admin&pwd={M0}&lang=en HTTP/1.1\nHost: 192.168.0.1\n", [(random_pw("url"), "router_admin_password", None)])


@bc("form_urlencoded_body", 2)
def _():
    return ("POST /login HTTP/1.1\r\nHost: portal.corp-sample.lan\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 74\r\n\r\nusername=" + user()
            + "&password=" + M0 + "&remember_me=1&csrf_token=" + rs(AN, 32), [(random_pw("url"), "user_password", None)])


@bc("multipart_form_data", 1)
def _():
    b = "----WebKitFormBoundary" + rs(AN, 16)
    return (f"--{b}\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\n{user()}\r\n--{b}\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n{M0}\r\n--{b}--\r\n",
            [(pw_for("q"), "user_password", None)])


@bc("har_post_data_params", 1)
def _():
    return (jd({"request": {"method": "POST", "url": "https://sso.corp-sample.lan/auth/realms/corp/login-actions/authenticate",
                            "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "username", "value": user()},
                                                                                                     {"name": "password", "value": M0},
                                                                                                     {"name": "credentialId", "value": ""}]}}}),
            [(pw_for("q"), "user_password", None)])


@bc("oauth_password_grant_curl", 1)
def _():
    return ("curl -X POST https://auth.corp-sample.lan/oauth/token \\\n  -d grant_type=password \\\n  -d client_id=cli \\\n  -d username=" + user() + " \\\n  -d password=" + M0 + "\n",
            [(random_pw("url"), "user_password", None)])


@bc("url_query_api_key", 1)
def _():
    return ("https://maps.partner-sample.com/geocode/v1/json?q=Berlin&key=" + M0 + "&language=de\n", [(hx(32), "api_key_generic", None)])


# ---- values on the next line ---------------------------------------------------
set_family("value_on_next_line")
@bc("jenkins_setup_wizard_log", 2)
def _():
    return ("*************************************************************\n\nJenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n"
            + M0 + "\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\n*************************************************************\n", [(hx(32), "jenkins_initial_admin_password", None)])


@bc("argocd_initial_admin_output", 1)
def _():
    return ("$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath=\"{.data.password}\" | base64 -d; echo\n" + M0 + "\n$ argocd login argocd.corp-sample.lan --username admin\n",
            [(rs_mixed(AN + "-", 16), "argocd_admin_password", None)])


@bc("vault_operator_init_output", 1)
def _():
    keys = [b64(33) for _ in range(3)]
    t = "".join(f"Unseal Key {i + 1}: {mk(i)}\n" for i in range(3))
    return (t + f"\nInitial Root Token: {mk(3)}\n\nVault initialized with 5 key shares and a key threshold of 3.\n",
            [(k, "vault_unseal_key", None) for k in keys] + [("hvs." + rs_mixed(AN, 24), "vault_root_token", None)])


@bc("yaml_block_scalar_password", 2)
def _():
    return ("smtp:\n  host: smtp.office365.com\n  port: 587\n  username: noreply@corp-sample.com\n  password: >-\n    " + M0 + "\n  starttls: true\n", [(pw_for("q"), "smtp_password", None)])


@bc("xml_element_multiline", 1)
def _():
    return ("<datasource jndi-name=\"java:/OrdersDS\">\n  <connection-url>jdbc:postgresql://db/orders</connection-url>\n  <security>\n    <user-name>orders</user-name>\n    <password>\n      "
            + M0 + "\n    </password>\n  </security>\n</datasource>\n", [(pw_for("xml"), "database_password", None)])


@bc("email_credentials_next_line", 2)
def _():
    return ("Hi " + user().split(".")[0].capitalize() + ",\n\nyour account on the test portal is ready.\n\nUsername:\n  " + user() + "\nPassword:\n  " + M0
            + "\n\nYou will be asked to change it on first login.\n\nBest,\nIT Service Desk\n", [(pw_for("q", True), "user_password", None)])


@bc("terminal_generated_password_output", 1)
def _():
    return ("$ grafana-cli admin reset-admin-password --password-from-stdin < /dev/null\n$ pwgen -s 24 1 | tee /dev/stderr | grafana-cli admin reset-admin-password --password-from-stdin\n"
            + M0 + "\nAdmin password changed successfully ✔\n", [(rs_mixed(AN, 24), "grafana_admin_password", None)])


@bc("docker_logs_generated_root_password", 1)
def _():
    return ("$ docker logs mysql-test 2>&1 | grep GENERATED\n" + f"{iso()} 1 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: " + M0 + "\n",
            [(rs_mixed(AN + ".,;:+=-", 32), "database_password", None)])


@bc("ini_value_continuation_line", 1)
def _():
    return ("[ldap]\nbind_dn = cn=svc_wiki,ou=Service Accounts,dc=corp,dc=lan\nbind_password =\n    " + M0 + "\nbase_dn = dc=corp,dc=lan\n", [(pw_for("ini"), "ldap_bind_password", None)])


@bc("sticky_note_text", 1)
def _():
    return ("WIFI (Guest)\n  SSID: Corp-Guest\n  Key:\n    " + M0 + "\n\nPRINTER ADMIN\n  http://10.0.8.40\n  admin /\n  " + M1 + "\n",
            [(human_pw("bare"), "wifi_psk", None), (pw_for("bare"), "network_device_password", None)])


# ---- infrastructure / service configs ----------------------------------------------
set_family("service_configs")
def _svc(container, template, style, typ, n=1, gen=None, k=None, p2=None):
    @bc(container, n)
    def _():
        p = gen() if gen else pw_for(style)
        ents = [(p, typ, None)]
        t = template.replace("{P}", M0).replace("{H}", host()).replace("{U}", user())
        if "{P2}" in t:
            g2, t2 = p2 if p2 else ((lambda: pw_for(style or "bare")), typ)
            t = t.replace("{P2}", mk(len(ents)))
            ents.append((g2(), t2, None))
        if "{K}" in t:
            g3, t3 = k
            t = t.replace("{K}", mk(len(ents)))
            ents.append((g3(), t3, None))
        return t, ents


_svc("postfix_sasl_passwd", "[smtp.sendgrid.net]:587 apikey:{P}\n", "", "sendgrid_api_key", 1,
     gen=lambda: "SG." + rs_mixed(AN + "_-", 22) + "." + rs_mixed(AN + "_-", 43))
_svc("postfix_sasl_passwd_relay", "[mail.isp-sample.net]:submission relay@corp-sample.com:{P}\n", "bare", "smtp_password")
_svc("dovecot_passwd_file", "{U}:{PLAIN}{P}:1001:1001::/home/{U}::userdb_mail=maildir:~/Maildir\n".replace("{PLAIN}", "{" + "PLAIN}"), "bare", "imap_password")
_svc("dovecot_conf_static_passdb", "passdb {\n  driver = static\n  args = nopassword=n password={P}\n}\n", "url", "imap_password")
_svc("exim_smarthost_passwd_client", "# /etc/exim4/passwd.client\n*.sendgrid.net:apikey:{P}\nsmtp.corp-sample.com:relay:{P2}\n", "", "sendgrid_api_key", 1,
     gen=lambda: "SG." + rs_mixed(AN + "_-", 22) + "." + rs_mixed(AN + "_-", 43), p2=(lambda: pw_for("bare"), "smtp_password"))
_svc("sssd_conf", "[domain/corp.lan]\nid_provider = ldap\nldap_uri = ldaps://dc01.corp.lan\nldap_default_bind_dn = cn=sssd,ou=svc,dc=corp,dc=lan\nldap_default_authtok_type = password\nldap_default_authtok = {P}\n", "ini", "ldap_bind_password")
_svc("kerberos_ktutil_session", "$ ktutil\nktutil:  addent -password -p svc_http@CORP.LAN -k 3 -e aes256-cts-hmac-sha1-96\nPassword for svc_http@CORP.LAN: {P}\nktutil:  wkt /etc/httpd/http.keytab\nktutil:  quit\n", "bare", "kerberos_password")
_svc("ldif_user_password", "dn: uid={U},ou=people,dc=corp,dc=lan\nobjectClass: inetOrgPerson\ncn: {U}\nsn: User\nuid: {U}\nuserPassword: {P}\nmail: {U}@corp.lan\n", "bare", "ldap_user_password", 2)
_svc("freeradius_clients_conf", "client wifi-controller {\n\tipaddr = 10.20.0.5\n\tsecret = {P}\n\tshortname = unifi\n\tnas_type = other\n}\n", "bare", "radius_shared_secret", 2)
_svc("asterisk_pjsip_conf", "[1001]\ntype=auth\nauth_type=userpass\nusername=1001\npassword={P}\n\n[1001]\ntype=aor\nmax_contacts=2\n", "bare", "sip_password", 2)
_svc("asterisk_sip_conf_legacy", "[trunk-provider]\ntype=peer\nhost=sip.voip-sample.net\nusername=4930123456\nsecret={P}\ninsecure=invite\n", "bare", "sip_password")
_svc("freeswitch_directory_xml", "<include>\n  <user id=\"1002\">\n    <params>\n      <param name=\"password\" value=\"{P}\"/>\n      <param name=\"vm-password\" value=\"1002\"/>\n    </params>\n  </user>\n</include>\n", "xml", "sip_password")
_svc("mosquitto_bridge_conf", "connection cloud-bridge\naddress broker.hivemq-sample.cloud:8883\nremote_username homebridge\nremote_password {P}\ntopic home/# out 1\nbridge_insecure false\n", "bare", "mqtt_password")
_svc("emqx_hocon_auth", "authentication = [{\n  mechanism = password_based\n  backend = built_in_database\n}]\ndashboard.default_password = \"{P}\"\n", "xml", "web_admin_password")
_svc("minecraft_server_properties", "motd=Friday night survival\nenable-rcon=true\nrcon.port=25575\nrcon.password={P}\nmax-players=20\n", "bare", "rcon_password", 2)
_svc("source_server_cfg", "hostname \"[EU] Casual 24/7\"\nrcon_password \"{P}\"\nsv_password \"\"\nsv_lan 0\n", "xml", "rcon_password")
_svc("factorio_server_settings", "{\n  \"name\": \"Factory Friday\",\n  \"visibility\": {\"public\": false, \"lan\": true},\n  \"username\": \"\",\n  \"game_password\": \"{P}\",\n  \"max_players\": 8\n}\n", "q", "game_server_password")
_svc("valheim_start_script", "./valheim_server.x86_64 -name \"Vikings\" -port 2456 -world \"Midgard\" -password \"{P}\" -public 0\n", "xml", "game_server_password")
_svc("wpa_supplicant_conf", "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n\tssid=\"FRITZ!Box 7590 QX\"\n\tpsk=\"{P}\"\n\tkey_mgmt=WPA-PSK\n}\n", "xml", "wifi_psk", 2)
_svc("networkmanager_keyfile", "[connection]\nid=Office\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=Office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk={P}\n", "bare", "wifi_psk")
_svc("hostapd_conf", "interface=wlan0\nssid=pi-hotspot\nhw_mode=g\nchannel=6\nwpa=2\nwpa_passphrase={P}\nwpa_key_mgmt=WPA-PSK\n", "bare", "wifi_psk")
_svc("esphome_yaml", "esphome:\n  name: garage-door\nwifi:\n  ssid: \"IoT\"\n  password: \"{P}\"\napi:\n  encryption:\n    key: \"{K}\"\nota:\n  - platform: esphome\n", "xml", "wifi_psk", k=(lambda: b64(32), "esphome_api_encryption_key"))
_svc("cisco_ios_running_config", "hostname core-sw1\n!\nenable secret 0 {P}\nusername netops privilege 15 password 0 {P2}\n!\nline vty 0 4\n login local\n", "bare", "network_device_password", 2)
_svc("mikrotik_export", "/user add name=backup group=read password=\"{P}\"\n/ip service set winbox address=10.0.0.0/8\n", "xml", "network_device_password")
_svc("openwrt_uci_wireless", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'Cottage'\n\toption encryption 'psk2'\n\toption key '{P}'\n", "bare", "wifi_psk")
_svc("snmpd_conf", "rocommunity {P} 10.0.0.0/8\nsyslocation \"DC1 rack 12\"\nsyscontact noc@corp-sample.com\n", "", "snmp_community_string", 2,
     gen=lambda: pick(["n0c-", "mon-", "ro-"]) + rs_mixed(AN, 12))
_svc("libvirt_domain_vnc", "<graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='{P}'>\n  <listen type='address' address='0.0.0.0'/>\n</graphics>\n", "", "vnc_password", 1,
     gen=lambda: rs_mixed(AN, 8))
_svc("kickstart_rootpw", "lang en_US.UTF-8\nkeyboard us\ntimezone UTC --utc\nrootpw --plaintext {P}\nuser --name=ansible --groups=wheel --password={P2} --plaintext\n", "bare", "linux_user_password")
_svc("debian_preseed", "d-i passwd/root-password password {P}\nd-i passwd/root-password-again password {P}\nd-i passwd/user-fullname string Ops\n", "bare", "linux_user_password")
_svc("windows_autounattend_xml", "<UserAccounts>\n  <AdministratorPassword>\n    <Value>{P}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n", "xml", "windows_account_password")
_svc("windows_registry_autologon", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n\"AutoAdminLogon\"=\"1\"\r\n\"DefaultUserName\"=\"kiosk\"\r\n\"DefaultPassword\"=\"{P}\"\r\n", "xml", "windows_account_password")
_svc("grafana_ini", "[security]\nadmin_user = admin\nadmin_password = {P}\nsecret_key = {K}\n\n[server]\nroot_url = https://grafana.corp-sample.lan/\n", "bare", "grafana_admin_password", k=(lambda: rs_mixed(AN, 20), "grafana_secret_key"))
_svc("prometheus_scrape_basic_auth", "scrape_configs:\n  - job_name: 'federate'\n    scheme: https\n    basic_auth:\n      username: prom\n      password: '{P}'\n    static_configs:\n      - targets: ['prom-eu.corp-sample.lan']\n", "q", "http_basic_auth_password")
_svc("alertmanager_smtp", "global:\n  smtp_smarthost: 'smtp.office365.com:587'\n  smtp_from: 'alerts@corp-sample.com'\n  smtp_auth_username: 'alerts@corp-sample.com'\n  smtp_auth_password: '{P}'\n", "q", "smtp_password")
_svc("telegraf_conf", "[[outputs.influxdb]]\n  urls = [\"https://influx.corp-sample.lan:8086\"]\n  database = \"telegraf\"\n  username = \"telegraf\"\n  password = \"{P}\"\n", "xml", "database_password")
_svc("fluent_bit_conf", "[OUTPUT]\n    Name  es\n    Match *\n    Host  es01.corp-sample.lan\n    Port  9200\n    HTTP_User fluent\n    HTTP_Passwd {P}\n    tls On\n", "bare", "elasticsearch_password")
_svc("logstash_pipeline_conf", "output {\n  elasticsearch {\n    hosts => [\"https://es01:9200\"]\n    user => \"logstash_writer\"\n    password => \"{P}\"\n    index => \"app-%{+YYYY.MM.dd}\"\n  }\n}\n", "xml", "elasticsearch_password")
_svc("filebeat_yml", "output.elasticsearch:\n  hosts: [\"https://es01:9200\"]\n  username: \"beats\"\n  password: \"{P}\"\n  ssl.verification_mode: full\n", "xml", "elasticsearch_password")
_svc("haproxy_userlist", "userlist stats_users\n  user admin insecure-password {P}\n\nlisten stats\n  bind :8404\n  stats enable\n  stats auth admin:{P2}\n", "url", "web_admin_password")
_svc("nginx_proxy_set_header_basic", "location /upstream/ {\n    proxy_pass https://partner-sample.net/;\n    proxy_set_header Authorization \"Basic {P}\";\n}\n", "", "http_basic_auth", 1,
     gen=lambda: b64s("partner:" + random_pw("url")))
_svc("apache_proxy_requestheader", "<Location /legacy>\n    ProxyPass https://erp.corp.lan/api\n    RequestHeader set X-Api-Key \"{P}\"\n</Location>\n", "", "api_key_generic", 1, gen=lambda: hx(40))
_svc("caddyfile_reverse_proxy_header", "api.corp-sample.dev {\n\treverse_proxy https://upstream-sample.net {\n\t\theader_up Authorization \"Bearer {P}\"\n\t\theader_up Host {upstream_hostport}\n\t}\n}\n", "", "bearer_token_generic", 1,
     gen=lambda: rs_mixed(AN + "-_", 48))
_svc("traefik_dynamic_headers", "http:\n  middlewares:\n    add-auth:\n      headers:\n        customRequestHeaders:\n          X-Auth-Token: \"{P}\"\n", "", "api_key_generic", 1, gen=lambda: rs_mixed(AN, 40))
_svc("envoy_request_headers_to_add", "route_config:\n  virtual_hosts:\n  - name: backend\n    domains: [\"*\"]\n    request_headers_to_add:\n    - header:\n        key: authorization\n        value: \"Bearer {P}\"\n", "", "bearer_token_generic", 1,
     gen=lambda: rs_mixed(AN + "._-", 64))
_svc("samba_smbpasswd_cli", "(echo '{P}'; echo '{P}') | smbpasswd -s -a scanner\n", "q", "smb_password")
_svc("jupyter_server_list", "$ jupyter server list\nCurrently running servers:\nhttp://gpu-box:8888/?token={P} :: /home/{U}/notebooks\n", "", "jupyter_server_token", 1, gen=lambda: hx(48))
_svc("jupyter_notebook_config_py", "c = get_config()\nc.ServerApp.ip = '0.0.0.0'\nc.ServerApp.open_browser = False\nc.ServerApp.token = '{P}'\n", "", "jupyter_server_token", 1, gen=lambda: hx(48))
_svc("django_settings_secret_key", "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = '{P}'\nDEBUG = False\nALLOWED_HOSTS = ['shop.corp-sample.com']\n", "", "django_secret_key", 2,
     gen=lambda: rs("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50))
_svc("laravel_env_app_key", "APP_NAME=Portal\nAPP_ENV=production\nAPP_KEY={P}\nAPP_DEBUG=false\nAPP_URL=https://portal.corp-sample.com\n", "", "laravel_app_key", 2, gen=lambda: "base64:" + b64(32))
_svc("rails_secret_key_base_env", "RAILS_ENV=production\nSECRET_KEY_BASE={P}\nRAILS_SERVE_STATIC_FILES=1\n", "", "rails_secret_key_base", 1, gen=lambda: hx(128))
_svc("flask_config_py", "class ProductionConfig(Config):\n    SECRET_KEY = \"{P}\"\n    SESSION_COOKIE_SECURE = True\n", "", "flask_secret_key", 1, gen=lambda: hx(64))
_svc("nextauth_env", "NEXTAUTH_URL=https://app.corp-sample.com\nNEXTAUTH_SECRET={P}\n", "", "nextauth_secret", 1, gen=lambda: b64(32))
_svc("airflow_cfg_fernet", "[core]\nexecutor = CeleryExecutor\nfernet_key = {P}\nload_examples = False\n", "", "fernet_key", 1, gen=lambda: b64u(32, pad=True))
_svc("symfony_env_app_secret", "###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET={P}\n###< symfony/framework-bundle ###\n", "", "symfony_app_secret", 1, gen=lambda: hx(32))
_svc("phoenix_runtime_exs", "config :shop, ShopWeb.Endpoint,\n  url: [host: \"shop.corp-sample.com\", port: 443],\n  secret_key_base: \"{P}\"\n", "", "phoenix_secret_key_base", 1, gen=lambda: b64(48))
_svc("express_session_js", "app.use(session({\n  secret: '{P}',\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true }\n}));\n", "", "session_secret", 1, gen=lambda: rs_mixed(AN, 40))
_svc("jwt_sign_node", "const token = jwt.sign({ sub: user.id, role: user.role }, '{P}', { expiresIn: '1h', algorithm: 'HS256' });\n", "", "jwt_signing_secret", 2, gen=lambda: rs_mixed(AN + "!#%-_", 48))
_svc("spring_jwt_secret_yaml", "jwt:\n  secret: {P}\n  expiration: 86400000\n", "", "jwt_signing_secret", 1, gen=lambda: b64(64))
_svc("hardhat_config_js", "require('@nomicfoundation/hardhat-toolbox');\nmodule.exports = {\n  solidity: '0.8.24',\n  networks: {\n    sepolia: {\n      url: 'https://rpc.sepolia-sample.org',\n      accounts: ['{P}'],\n    },\n  },\n};\n", "", "ethereum_private_key", 1,
     gen=lambda: "0x" + hx(64))
_svc("wp_config_php", "define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '{P}' );\ndefine( 'DB_HOST', 'localhost' );\n", "q", "database_password", 2)
_svc("wp_cli_application_password", "$ wp user application-password create admin \"ci deploy\" --porcelain\n{P}\n", "", "wordpress_application_password", 1,
     gen=lambda: " ".join(rs_mixed(AN, 4) if i == 0 else rs(AN, 4) for i in range(6)))
_svc("azure_blob_sas_url", "az storage blob upload --file dump.sql --blob-url \"https://stcorpbackup.blob.core.windows.net/dumps/dump.sql?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig={P}\"\n", "", "azure_sas_signature", 2,
     gen=lambda: urllib.parse.quote(b64(32), safe=""))
_svc("azure_storage_connection_string", "AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=stfuncprod01;AccountKey={P};EndpointSuffix=core.windows.net\n", "", "azure_storage_account_key", 1, gen=lambda: b64(64))
_svc("azure_service_bus_connection_string", "\"ServiceBusConnection\": \"Endpoint=sb://corp-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={P}\"\n", "", "azure_service_bus_key", 1, gen=lambda: b64(32))
_svc("cosmosdb_connection_string", "COSMOS_CONNECTION=AccountEndpoint=https://corp-cosmos.documents.azure.com:443/;AccountKey={P};\n", "", "azure_cosmosdb_key", 1, gen=lambda: b64(64))
_svc("cloudinary_url_env", "CLOUDINARY_URL=cloudinary://{N}:{P}@corp-media\n".replace("{N}", str(RNG.randint(10**14, 10**15 - 1))), "", "cloudinary_api_secret", 1,
     gen=lambda: rs_mixed(AN + "_-", 27))
_svc("sidekiq_gems_source_url", "source \"https://rubygems.org\"\nsource \"https://{P}@gems.contribsys.com/\" do\n  gem \"sidekiq-pro\"\nend\n", "", "sidekiq_enterprise_credentials", 1,
     gen=lambda: hx(8) + ":" + hx(8))
_svc("cloudflared_service_install", "$ sudo cloudflared service install {P}\n2024-03-12T07:15:40Z INF Using Systemd\n2024-03-12T07:15:41Z INF Linux service for cloudflared installed successfully\n", "", "cloudflare_tunnel_token", 1,
     gen=lambda: b64s(json.dumps({"a": hx(32), "t": uuid4(), "s": b64(32)}, separators=(",", ":"))))
_svc("tailscale_up_authkey", "sudo tailscale up --authkey={P} --advertise-routes=10.0.0.0/24 --ssh\n", "", "tailscale_auth_key", 1,
     gen=lambda: "tskey-auth-k" + rs(AN, 10) + "CNTRL-" + rs_mixed(AN, 33))
_svc("ngrok_yml", "version: \"3\"\nagent:\n  authtoken: {P}\ntunnels:\n  web:\n    proto: http\n    addr: 3000\n", "", "ngrok_authtoken", 1,
     gen=lambda: "2" + rs_mixed(AN, 26) + "_" + rs_mixed(AN, 21))
_svc("gitlab_runner_config_toml", "concurrent = 4\n\n[[runners]]\n  name = \"docker-01\"\n  url = \"https://gitlab.corp-sample.lan\"\n  token = \"{P}\"\n  executor = \"docker\"\n", "", "gitlab_runner_token", 1,
     gen=lambda: "glrt-t1_" + rs_mixed(AN + "_-", 20))
_svc("sops_age_keys_txt", "# created: 2024-03-12T07:15:40Z\n# public key: {PUB}\n{P}\n".replace("{PUB}", "age1" + rs(BECH32, 58)), "", "age_secret_key", 1, gen=age_secret_key)
_svc("otpauth_uri_qr_text", "Scan failed? Enter manually:\notpauth://totp/Corp%20VPN:{U}?secret={P}&issuer=Corp%20VPN&algorithm=SHA1&digits=6&period=30\n", "", "totp_seed", 2,
     gen=lambda: rs(B32A, 32))
_svc("bip39_seed_phrase_note", "wallet backup (DO NOT LOSE)\n{P}\nderivation m/44'/60'/0'/0\n", "", "crypto_seed_phrase", 2,
     gen=lambda: " ".join(pick(BIP39_WORDS) for _ in range(12)))
_svc("netscape_cookies_txt", "# Netscape HTTP Cookie File\n# https://curl.se/docs/http-cookies.html\n.corp-sample.com\tTRUE\t/\tTRUE\t1767139200\tsessionid\t{P}\n.corp-sample.com\tTRUE\t/\tFALSE\t1767139200\tcsrftoken\t{CSRF}\n".replace("{CSRF}", rs(AN, 32)), "", "session_cookie", 2,
     gen=lambda: rs(LO + DG, 32))
_svc("http_response_set_cookie", "HTTP/2 302\nlocation: /dashboard\nset-cookie: _gitlab_session={P}; path=/; secure; HttpOnly; SameSite=None\nset-cookie: preferred_language=en; path=/; expires=Sun, 31 Mar 2024 10:02:13 GMT\n", "", "session_cookie", 1,
     gen=lambda: hx(32))
_svc("cookie_header_copy", "curl 'https://admin.corp-sample.com/api/users' -H 'cookie: _ga=GA1.1.{GA}; remember_user_token={P}; locale=de'\n".replace("{GA}", dg(9) + "." + dg(10)), "", "session_cookie", 1,
     gen=lambda: b64s(json.dumps([[RNG.randint(100, 9999)], rs(AN, 22), str(ts_epoch())]), pad=True).replace("=", "") + "--" + hx(40))
_svc("esphome_api_encryption_key", "api:\n  encryption:\n    key: \"{P}\"\nota:\n  - platform: esphome\n    password: \"{K}\"\n", "", "esphome_api_encryption_key", 1, gen=lambda: b64(32), k=(lambda: random_pw("xml", 16), "ota_password"))
_svc("node_red_settings_credential_secret", "module.exports = {\n    flowFile: 'flows.json',\n    credentialSecret: \"{P}\",\n    uiPort: process.env.PORT || 1880,\n}\n", "", "node_red_credential_secret", 1,
     gen=lambda: rs_mixed(AN, 24))
_svc("plex_url_token", "http://192.168.1.20:32400/library/sections/1/refresh?X-Plex-Token={P}\n", "", "plex_token", 1, gen=lambda: rs_mixed(AN + "_-", 20))
_svc("opnsense_api_key_file", "key={K}\nsecret={P}\n", "", "opnsense_api_secret", 1, gen=lambda: rs_mixed(AN + "+/", 80), k=(lambda: rs_mixed(AN + "+/", 80), "opnsense_api_key"))
_svc("synology_task_scheduler_script", "#!/bin/sh\n/usr/syno/bin/synowebapi --exec api=SYNO.Core.User method=set version=1 name=\\\"guest\\\" password=\\\"{P}\\\"\n", "url", "nas_user_password")
_svc("unifi_device_ssh_note", "UniFi devices SSH (Settings > System > Advanced):\n  user: ui-admin\n  pass: {P}\n", "bare", "network_device_password")


BIP39_WORDS = """abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid
acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair
afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual
another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army
around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend
attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis bacon
badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because become
beef before begin behave behind believe below belt bench benefit best betray better between beyond bicycle bid bike bind biology bird
birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb bone bonus
cabbage cabin cable cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable capital captain car
carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause caution cave ceiling""".split()


# ---- private keys (embedded real keys, span = BEGIN..END as written) ----------------
set_family("private_key_embeddings")
def indent_pem(name, ind):
    body = pem_body(name)
    return body.replace("\n", "\n" + ind), body


def esc_pem(name):
    body = pem_body(name)
    return body.replace("\n", "\\n"), body


@bc("k8s_tls_secret_stringdata", 1)
def _():
    key, plain = indent_pem("rsa_pkcs1_a", "    ")
    crt, _ = indent_pem("cert_a", "    ")
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-internal-tls\n  namespace: ingress\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    " + M1
            + "\n  tls.key: |\n    " + M0 + "\n", [(key, "private_key_rsa", plain), (crt, None, None)])


@bc("terminal_cat_id_rsa", 1)
def _():
    return ("ops@jump01:~$ cat ~/.ssh/id_rsa\n" + M0 + "\nops@jump01:~$ chmod 600 ~/.ssh/id_rsa\n", [(pem_body("rsa_pkcs1_b"), "private_key_rsa", None)])


def _gcp_sa(keyname):
    v, plain = esc_pem(keyname)
    proj = pick(["acme-data-prod", "globex-ml-31", "initech-etl"])
    return ('{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + hx(40) + '",\n  "private_key": "' + M0
            + '\\n",\n  "client_email": "loader@' + proj + '.iam.gserviceaccount.com",\n  "client_id": "' + dg(21)
            + '",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n',
            [(v, "gcp_service_account_private_key", plain)])


bc("gcp_service_account_json", 1)(lambda: _gcp_sa("rsa_pkcs8_a"))
bc("gcp_sa_key_in_github_secret_dump", 1)(lambda: (lambda t, e: ("Run echo \"$GCP_SA_KEY\" > sa.json  # debug, remove\n" + t, e))(*_gcp_sa("rsa_pkcs8_b")))


@bc("dotenv_escaped_pem", 1)
def _():
    v, plain = esc_pem("rsa_pkcs8_c")
    return ("GITHUB_APP_ID=" + dg(6) + "\nGITHUB_APP_PRIVATE_KEY=\"" + M0 + "\"\nWEBHOOK_PROXY_URL=https://smee.io/" + rs(AN, 16) + "\n", [(v, "private_key_pkcs8", plain)])


@bc("ansible_vars_block_scalar_key", 1)
def _():
    key, plain = indent_pem("ec_sec1_a", "  ")
    crt, _ = indent_pem("cert_b", "  ")
    return ("---\nmosquitto_tls_cert: |\n  " + M1 + "\nmosquitto_tls_key: |\n  " + M0 + "\n", [(key, "private_key_ec", plain), (crt, None, None)])


@bc("kubeconfig_client_key_data", 1)
def _():
    plain = KEYS["ec_sec1_b"]
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: " + b64s(KEYS["cert_c"]) + "\n    server: https://10.20.0.10:6443\n  name: homelab\nusers:\n- name: admin\n  user:\n    client-certificate-data: "
            + b64s(KEYS["cert_b"]) + "\n    client-key-data: " + M0 + "\ncurrent-context: admin@homelab\n", [(b64s(plain), "kubeconfig_client_key_data", plain)])


@bc("app_store_connect_api_key_json", 1)
def _():
    v, plain = esc_pem("ec_pkcs8_a")
    return (jd({"key_id": rs(UP + DG, 10), "issuer_id": uuid4(), "key": "\u27ea0\u27eb", "in_house": False}), [(v, "apple_p8_private_key", plain)])


@bc("java_text_block_pem", 1)
def _():
    return ("class JwtKeys {\n    static final String SIGNING_KEY = \"\"\"\n" + M0 + "\n\"\"\";\n}\n", [(pem_body("ec_pkcs8_b"), "private_key_pkcs8", None)])


@bc("python_triple_quoted_pem", 1)
def _():
    return ("from cryptography.hazmat.primitives import serialization\n\nPRIVATE_KEY_PEM = b\"\"\"" + M0 + "\n\"\"\"\n\nkey = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)\n",
            [(pem_body("ed25519_pkcs8_a"), "private_key_pkcs8", None)])


@bc("ops_notes_encrypted_key_with_passphrase", 1)
def _():
    return ("## Partner SFTP signing key\n\nPassphrase: `" + M1 + "`\n\n```\n" + M0 + "\n```\n",
            [(pem_body("enc_pkcs8_a"), "private_key_encrypted", None), (ENC_PKCS8_A_PASSPHRASE, "private_key_passphrase", None)])


@bc("go_raw_string_pem", 1)
def _():
    return ("package legacy\n\n// key used by the old FTP bridge\nconst bridgeKey = `" + M0 + "\n`\n", [(pem_body("dsa_a"), "private_key_dsa", None)])


@bc("github_actions_heredoc_ssh_key", 1)
def _():
    key, plain = indent_pem("ossh_ed25519_a", "          ")
    return ("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - name: install deploy key\n        run: |\n          mkdir -p ~/.ssh\n          cat > ~/.ssh/id_ed25519 <<'EOF'\n          "
            + M0 + "\n          EOF\n          chmod 600 ~/.ssh/id_ed25519\n", [(key, "private_key_openssh", plain)])


@bc("slack_export_escaped_ssh_key", 1)
def _():
    v, plain = esc_pem("ossh_ed25519_b")
    return ('[\n    {\n        "type": "message",\n        "user": "U0' + rs(UP + DG, 9) + '",\n        "text": "here is the bastion key ```' + M0 + '```",\n        "ts": "' + str(ts_epoch()) + '.000200"\n    }\n]\n',
            [(v, "private_key_openssh", plain)])


@bc("cloud_init_write_files_key", 1)
def _():
    key, plain = indent_pem("ossh_ecdsa_a", "      ")
    return ("#cloud-config\nwrite_files:\n  - path: /home/ops/.ssh/id_ecdsa\n    owner: ops:ops\n    permissions: '0600'\n    content: |\n      " + M0 + "\n", [(key, "private_key_openssh", plain)])


@bc("terraform_state_tls_private_key", 1)
def _():
    v, plain = esc_pem("ossh_rsa_a")
    return ('{\n  "version": 4,\n  "resources": [\n    {\n      "type": "tls_private_key",\n      "name": "bastion",\n      "instances": [\n        {\n          "attributes": {\n            "algorithm": "RSA",\n            "private_key_openssh": "'
            + M0 + '\\n",\n            "public_key_openssh": "' + KEYS["ossh_rsa_a_pub"].strip() + '\\n"\n          }\n        }\n      ]\n    }\n  ]\n}\n', [(v, "private_key_openssh", plain)])


@bc("mailing_list_pgp_private_block", 1)
def _():
    return ("From: release-bot <release@sample-project.dev>\nTo: dev@lists.sample-project.dev\nSubject: signing key for the 4.x branch\n\nAttaching the key so the new CI runner can sign tarballs.\n\n"
            + M0 + "\n\n-- \nrelease-bot\n", [(pem_body("pgp_secret"), "pgp_private_key", None)])


@bc("forum_post_putty_ppk", 1)
def _():
    return ("Re: WinSCP keeps asking for password\n\nI converted my key with PuTTYgen, this is what the file looks like, is the format wrong?\n\n[code]\n" + M0 + "\n[/code]\n",
            [(putty_ppk_from_openssh("ossh_ed25519_c", "eddsa-key-20240311-winscp"), "putty_private_key", None)])


# ---- prose in many spoken languages ---------------------------------------------------
PROSE = [
    ("en", "The Wi-Fi password for the guest network is {P} and it changes every Monday.", "wifi_psk"),
    ("en", "{P} is the new admin password for the router, don't share it outside the team.", "router_admin_password"),
    ("de", "Das Passwort für den Server lautet {P}, bitte nicht weitergeben.", "ssh_password"),
    ("de", "Neues Kennwort fürs VPN: {P} (gilt ab Montag, altes bitte löschen)", "vpn_password"),
    ("fr", "Le mot de passe de la base de prod est {P}, merci de ne pas le partager.", "database_password"),
    ("fr", "Voici le code d'accès au NAS : « {P} ». Pense à le changer.", "nas_user_password"),
    ("es", "La contraseña del wifi de la oficina es {P}.", "wifi_psk"),
    ("es", "Te paso la clave del servidor de correo, {P}, cámbiala cuando entres.", "email_account_password"),
    ("pt", "A senha do roteador é {P}, não compartilhe com ninguém.", "router_admin_password"),
    ("pt", "Segue a senha provisória do sistema:\n{P}\nO login é o seu e-mail.", "user_password"),
    ("it", "La password dell'account amministratore è {P}, cambiala al primo accesso.", "web_admin_password"),
    ("nl", "Het wachtwoord voor de testomgeving is {P}.", "user_password"),
    ("nl", "Nieuw wachtwoord voor de beheerder: {P} (niet doorsturen a.u.b.)", "web_admin_password"),
    ("pl", "Hasło do serwera to {P}, nie udostępniaj go nikomu.", "ssh_password"),
    ("pl", "Tymczasowe hasło: {P} – zmień je po pierwszym logowaniu.", "user_password"),
    ("cs", "Heslo k databázi je {P}, prosím nesdílej ho.", "database_password"),
    ("sk", "Heslo na wifi v zasadačke je {P}.", "wifi_psk"),
    ("sv", "Lösenordet till servern är {P}, dela det inte vidare.", "ssh_password"),
    ("no", "Passordet til ruteren er {P}.", "router_admin_password"),
    ("da", "Adgangskoden til kontoen er {P}, husk at skifte den.", "user_password"),
    ("fi", "Palvelimen salasana on {P}, älä jaa sitä eteenpäin.", "ssh_password"),
    ("tr", "Sunucunun şifresi {P}, lütfen kimseyle paylaşma.", "ssh_password"),
    ("ru", "Пароль от сервера: {P}, никому не передавай.", "ssh_password"),
    ("ru", "Вот новый пароль администратора — {P}. Старый больше не работает.", "web_admin_password"),
    ("uk", "Пароль до бази даних: {P}, не поширюй його.", "database_password"),
    ("el", "Ο κωδικός πρόσβασης για τον διακομιστή είναι {P}.", "ssh_password"),
    ("ar", "كلمة المرور الخاصة بالخادم هي {P} من فضلك لا تشاركها مع أحد.", "ssh_password"),
    ("he", "הסיסמה לשרת היא {P}, נא לא להעביר הלאה.", "ssh_password"),
    ("fa", "رمز عبور سرور {P} است، لطفاً آن را با کسی به اشتراک نگذارید.", "ssh_password"),
    ("hi", "सर्वर का पासवर्ड {P} है, कृपया इसे किसी के साथ साझा न करें।", "ssh_password"),
    ("bn", "সার্ভারের পাসওয়ার্ড হলো {P}, কাউকে দিও না।", "ssh_password"),
    ("zh", "服务器的密码是{P}，请不要外传。", "ssh_password"),
    ("zh-Hant", "伺服器密碼：{P}，請勿外流。", "ssh_password"),
    ("ja", "サーバーのパスワードは{P}です。他の人には教えないでください。", "ssh_password"),
    ("ja", "Wi-Fiのパスワード：{P}（ゲスト用）", "wifi_psk"),
    ("ko", "서버 비밀번호는 {P}입니다. 다른 사람과 공유하지 마세요.", "ssh_password"),
    ("vi", "Mật khẩu của máy chủ là {P}, đừng chia sẻ cho ai nhé.", "ssh_password"),
    ("id", "Kata sandi server adalah {P}, jangan dibagikan ke siapa pun.", "ssh_password"),
    ("ms", "Kata laluan pelayan ialah {P}.", "ssh_password"),
    ("th", "รหัสผ่านของเซิร์ฟเวอร์คือ {P} อย่าบอกใครนะ", "ssh_password"),
    ("ro", "Parola pentru server este {P}, te rog să nu o dai mai departe.", "ssh_password"),
    ("hu", "A szerver jelszava {P}, kérlek ne add tovább.", "ssh_password"),
    ("tl", "Ang password ng server ay {P}, huwag mo itong ibahagi.", "ssh_password"),
    ("sw", "Nenosiri la seva ni {P}, tafadhali usimpe mtu mwingine.", "ssh_password"),
    ("ca", "La contrasenya del servidor és {P}, no la comparteixis.", "ssh_password"),
]

PROSE_CONTAINERS = [
    ("whatsapp_chat_export", lambda s: f"[{day()}, 09:14:{RNG.randint(10, 59)}] {user().split('.')[0].capitalize()}: {s}\n[{day()}, 09:15:02] {user().split('.')[0].capitalize()}: 👍\n"),
    ("sms_backup_xml", lambda s: '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="1">\n  <sms protocol="0" address="+4915112345678" date="' + str(ts_epoch() * 1000)
     + '" type="1" body="' + s + '" read="1" />\n</smses>\n'),
    ("helpdesk_ticket_json", lambda s: jd({"ticket": {"id": RNG.randint(10000, 99999), "subject": "Zugang / access", "status": "solved",
                                                      "comments": [{"author_id": RNG.randint(100, 999), "public": True, "body": s}]}})),
    ("meeting_notes_md", lambda s: "## Weekly sync – " + day() + "\n\n- Backup job failed twice\n- " + s + "\n- Next: migrate monitoring\n"),
    ("voicemail_transcript", lambda s: "Voicemail from +44 20 7946 0" + dg(3) + " (0:41)\nTranscript (auto): \"Hi, it's me again. " + s + " Call me back if it doesn't work.\"\n"),
    ("handover_document_txt", lambda s: "ÜBERGABE / HANDOVER\n===================\n\n1. Monitoring läuft auf grafana.lan\n2. " + s + "\n3. Schlüssel liegt im Safe.\n"),
    ("telegram_export_json", lambda s: jd({"name": "Family IT", "type": "private_group", "messages": [{"id": RNG.randint(100, 9999), "type": "message", "date": iso()[:-1],
                                                                                                     "from": user(), "text": s}]})),
    ("signal_desktop_export_txt", lambda s: f"{iso()} - {user()}: {s}\n"),
    ("line_chat_history_txt", lambda s: f"{day().replace('-', '/')}(Mon)\n21:03\t{user()}\t{s}\n21:04\t{user()}\tOK\n"),
    ("wechat_export_txt", lambda s: f"{day()} 10:22:13 {user()}\n{s}\n\n"),
    ("kakaotalk_export_txt", lambda s: f"--------------- {day()} ---------------\n[{user()}] [오전 10:12] {s}\n"),
    ("email_plaintext_body", lambda s: "Subject: Re: accesso / access\n\n" + s + "\n\n--\nSent from my phone\n"),
    ("forum_reply_plaintext", lambda s: "> does anyone have the login for the shared box?\n\n" + s + "\n"),
    ("teams_chat_copy_text", lambda s: f"[{day()} 4:12 PM] {user()}\n    {s}\n"),
    ("post_it_ocr_text", lambda s: "(OCR of photo IMG_" + dg(4) + ".jpg)\n" + s + "\n"),
]


def _prose_pw(lang):
    accented = lang in ("de", "fr", "es", "pt", "it", "pl", "cs", "sk", "sv", "no", "da", "fi", "tr", "ro", "hu", "ca")
    while True:
        p = human_pw("bare", accented) if RNG.random() < 0.6 else random_pw("url", RNG.randint(10, 16))
        if p[-1].isalnum() and p[0].isalnum():
            return p


def prose_records():
    out = []
    for cname, _w in PROSE_CONTAINERS:
        FAMILY[cname] = "prose_messages"
    conts = list(PROSE_CONTAINERS)
    for i, (lang, sent, typ) in enumerate(PROSE):
        cname, wrap = conts[i % len(conts)]
        p = _prose_pw(lang)
        tpl = wrap(sent.replace("{P}", M0))
        out.append((cname, tpl, [(p, typ, None)], f"prose; lang={lang}"))
    return out


# ---- generic secrets recognisable only by their name -------------------------------------
NAME_ONLY = [
    ("DB_PASSWORD", "generic_password"), ("mot_de_passe_bdd", "generic_password"), ("contrasenaSmtp", "generic_password"),
    ("PASSWORT_DATENBANK", "generic_password"), ("hasloAdmina", "generic_password"), ("wachtwoord_ftp", "generic_password"),
    ("KENNWORT_LDAP", "generic_password"), ("parolaMqtt", "generic_password"), ("sifre_veritabani", "generic_password"),
    ("пароль_бд", "generic_password"), ("密码", "generic_password"), ("パスワード", "generic_password"), ("비밀번호", "generic_password"),
    ("mat_khau", "generic_password"), ("kata_sandi_db", "generic_password"), ("senha_do_banco", "generic_password"),
    ("salasana", "generic_password"), ("LOSENORD_SMB", "generic_password"), ("jelszo", "generic_password"), ("heslo_k_db", "generic_password"),
    ("adgangskode", "generic_password"), ("passord", "generic_password"), ("κωδικός", "generic_password"), ("contrasenya", "generic_password"),
    ("parola_server", "generic_password"), ("dbPassword", "generic_password"), ("strPassword", "generic_password"), 
    ("pwd", "generic_password"), ("passwd", "generic_password"), ("adminPass", "generic_password"),
    ("MYSQL_ROOT_PASSWORD", "generic_password"),
    ("POSTGRES_PASSWORD", "generic_password"), 
    
    ("p4ssw0rd", "generic_password"),
    ("secretKey", "generic_secret"), ("client_secret", "generic_secret"), ("apiSecret", "generic_secret"), ("signingKey", "generic_secret"),
    ("MASTER_KEY", "generic_secret"), ("encKey", "generic_secret"), ("shared_secret", "generic_secret"), ("PSK", "generic_secret"),
    ("passphrase", "generic_passphrase"), ("auth_token", "generic_token"), ("accessToken", "generic_token"), 
    ("geheimnis", "generic_secret"), ("cle_secrete", "generic_secret"),
    ("clave_api", "generic_api_key"), ("chave_secreta", "generic_secret"), ("秘密鍵", "generic_secret"), ("токен_доступа", "generic_token"),
]


def name_only_value(typ):
    r = RNG.random()
    if typ in ("generic_password", "generic_passphrase"):
        if typ == "generic_passphrase":
            return "-".join(pick(WORDS) for _ in range(4)) + str(RNG.randint(1, 99))
        return human_pw("bare", RNG.random() < 0.3) if r < 0.5 else random_pw("bare", RNG.randint(12, 24))
    if typ == "generic_api_key":
        return hx(32) if r < 0.5 else rs_mixed(AN, 40)
    if typ == "generic_token":
        return rs_mixed(AN + "_-", 48) if r < 0.5 else b64u(32)
    return [lambda: hx(64), lambda: b64(32), lambda: rs_mixed(AN, 32), lambda: random_pw("bare", 28)][RNG.randint(0, 3)]()


# --------------------------------------------------------------------------
# evasions: self-identifying credentials hidden by an encoding
# --------------------------------------------------------------------------
EVASION_TYPES = ["github_pat_classic", "gitlab_pat", "slack_bot_token", "stripe_secret_key", "openai_api_key", "anthropic_api_key",
                 "npm_access_token", "sendgrid_api_key", "huggingface_token", "digitalocean_pat", "shopify_access_token", "gcp_api_key",
                 "github_fine_grained_pat", "groq_api_key", "doppler_personal_token", "pulumi_access_token", "docker_hub_pat",
                 "sentry_user_token", "vault_service_token", "databricks_token", "linear_api_key", "figma_pat", "airtable_pat",
                 "perplexity_api_key", "xai_api_key", "slack_user_token", "atlassian_api_token", "grafana_service_account_token",
                 "postman_api_key", "age_secret_key", "new_relic_user_api_key", "dynatrace_api_token", "brevo_api_key", "replicate_api_token"]

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
        "s": "\u0455", "j": "\u0458", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
        "M": "\u041c", "O": "\u039f", "P": "\u0420", "T": "\u0422", "X": "\u03a7", "Z": "\u0396", "N": "\u039d"}
HOMO_REV = {v: k for k, v in HOMO.items()}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]


def enc_homoglyph(t):
    idx = [i for i, ch in enumerate(t) if ch in HOMO]
    chosen = set(RNG.sample(idx, max(3, len(idx) // 3)))
    return "".join(HOMO[ch] if i in chosen else ch for i, ch in enumerate(t))


def enc_zero_width(t):
    pos = sorted(RNG.sample(range(2, len(t) - 1), 3))
    out, last = [], 0
    for p in pos:
        out.append(t[last:p])
        out.append(pick(ZW))
        last = p
    out.append(t[last:])
    return "".join(out)


def enc_bidi(t):
    if chance(0.5):
        while True:
            a, b = sorted(RNG.sample(range(3, len(t) - 2), 2))
            if 4 <= b - a <= 12:
                break
        return t[:a] + "\u202e" + t[a:b][::-1] + "\u202c" + t[b:]          # stored reversed, displayed in order
    a, b = sorted(RNG.sample(range(3, len(t) - 2), 2))
    return t[:a] + "\u2066" + t[a:b] + "\u2069" + "\u200e" + t[b:]


def dec_bidi(v):
    v = re.sub("\u202e(.*?)\u202c", lambda m: m.group(1)[::-1], v)
    return "".join(ch for ch in v if ch not in BIDI)


def split_points(t, k):
    n = len(t)
    step = n // (k + 1)
    return [step * (i + 1) + RNG.randint(-2, 2) for i in range(k)]


def enc_concat(t, q='"', op=" + "):
    pts = split_points(t, RNG.randint(2, 3))
    parts, last = [], 0
    for p in pts:
        parts.append(t[last:p])
        last = p
    parts.append(t[last:])
    return op.join(q + x + q for x in parts)


def dec_concat(v):
    lits = re.findall(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'', v)
    return "".join(a or b for a, b in lits)


def dec_split(v):
    v = re.sub(r"\\\r?\n[ \t]*", "", v)
    v = re.sub(r"=\r?\n", "", v)
    return re.sub(r"\r?\n[ \t>]*", "", v)


DECODERS = {
    "base64": lambda v: base64.b64decode(v).decode(),
    "base64_name_assignment": lambda v: base64.b64decode(v).decode().split("=", 1)[1].rstrip("\n"),
    "double_base64": lambda v: base64.b64decode(base64.b64decode(v)).decode(),
    "hex": lambda v: bytes.fromhex(v.replace("0x", "").replace(" ", "")).decode(),
    "base32": lambda v: base64.b32decode(v).decode(),
    "url_percent": lambda v: urllib.parse.unquote(v),
    "json_unicode_escape": lambda v: json.loads('"' + v + '"'),
    "html_entities": lambda v: html.unescape(v),
    "fullwidth": lambda v: unicodedata.normalize("NFKC", v),
    "zero_width": lambda v: "".join(ch for ch in v if ch not in ZW),
    "bidi_controls": dec_bidi,
    "string_concatenation": dec_concat,
    "reversed": lambda v: v[::-1],
    "char_code_array": lambda v: "".join(chr(int(x, 0)) for x in re.findall(r"0x[0-9a-fA-F]+|\d+", v)),
    "hex_escape": lambda v: v.encode("latin-1").decode("unicode_escape"),
    "octal_escape": lambda v: v.encode("latin-1").decode("unicode_escape"),
    "split_across_lines": dec_split,
    "spaced_letters": lambda v: v.replace(" ", ""),
    "homoglyph": lambda v: "".join(HOMO_REV.get(ch, ch) for ch in v),
}


def fullwidth(t):
    return "".join(chr(ord(ch) + 0xFEE0) if 0x21 <= ord(ch) <= 0x7E else ch for ch in t)


def evasion_variants():
    """encoding -> list of (container, builder(tok, name) -> (tpl, value))."""
    V = {}
    V["base64"] = [
        ("k8s_secret_data", lambda t, n: ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-tokens\ntype: Opaque\ndata:\n  " + n.lower().replace("_", "-") + ": " + M0 + "\n", b64s(t))),
        ("javascript_atob", lambda t, n: ("const k = atob('" + M0 + "');\nfetch(url, { headers: { Authorization: `Bearer ${k}` } });\n", b64s(t))),
        ("python_b64decode", lambda t, n: ("import base64\n" + n + " = base64.b64decode(\"" + M0 + "\").decode()\n", b64s(t))),
        ("dotenv_b64_suffix", lambda t, n: (n + "_B64=" + M0 + "\n", b64s(t))),
        ("shell_base64_pipe", lambda t, n: ("export " + n + "=$(echo '" + M0 + "' | base64 -d)\n", b64s(t))),
        ("json_config_base64_field", lambda t, n: (jd({"encoding": "base64", "credential": M0, "provider": "ci"}), b64s(t))),
    ]
    V["base64_name_assignment"] = [
        ("k8s_secret_dotenv_blob", lambda t, n: ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-dotenv\ndata:\n  .env: " + M0 + "\n", b64s(f"{n}={t}\n"))),
        ("github_actions_env_file_b64", lambda t, n: ("- name: write env\n  run: echo \"" + M0 + "\" | base64 -d >> $GITHUB_ENV\n", b64s(f"{n}={t}"))),
        ("cloud_init_b64_content", lambda t, n: ("write_files:\n  - path: /etc/app.env\n    encoding: b64\n    content: " + M0 + "\n", b64s(f"{n}={t}\n"))),
        ("terraform_base64decode", lambda t, n: ("locals {\n  env_file = base64decode(\"" + M0 + "\")\n}\n", b64s(f"{n}={t}"))),
        ("java_base64_decoder", lambda t, n: ("String env = new String(Base64.getDecoder().decode(\"" + M0 + "\"), UTF_8);\n", b64s(f"{n}={t}"))),
        ("docker_build_arg_b64", lambda t, n: ("docker build --build-arg ENV_B64=" + M0 + " -t app:dev .\n", b64s(f"{n}={t}"))),
    ]
    V["double_base64"] = [
        ("k8s_secret_double_encoded", lambda t, n: ("data:\n  token: " + M0 + "   # was already base64 before kubectl encoded it\n", b64s(b64s(t)))),
        ("python_nested_b64decode", lambda t, n: ("tok = b64decode(b64decode('" + M0 + "')).decode()\n", b64s(b64s(t)))),
        ("json_blob_field", lambda t, n: (jd({"v": 2, "blob": M0}), b64s(b64s(t)))),
        ("log_line_encoded_payload", lambda t, n: ("2024-03-12T07:15:42Z DEBUG auth payload=" + M0 + " len=" + str(len(t)) + "\n", b64s(b64s(t)))),
        ("yaml_encoded_twice", lambda t, n: ("integration:\n  secret_b64b64: " + M0 + "\n", b64s(b64s(t)))),
        ("php_base64_decode_nested", lambda t, n: ("$k = base64_decode(base64_decode('" + M0 + "'));\n", b64s(b64s(t)))),
    ]
    V["hex"] = [
        ("kotlin_hex_string_object", lambda t, n: ("object Req {\n    private const val hex = \"" + M0 + "\"\n    val token get() = hex.chunked(2).map { it.toInt(16).toChar() }.joinToString(\"\")\n}\n", t.encode().hex())),
        ("python_bytes_fromhex", lambda t, n: ("TOKEN = bytes.fromhex('" + M0 + "').decode()\n", t.encode().hex())),
        ("go_hex_decode", lambda t, n: ("raw, _ := hex.DecodeString(\"" + M0 + "\")\ntoken := string(raw)\n", t.encode().hex())),
        ("mysql_unhex", lambda t, n: ("INSERT INTO settings (k, v) VALUES ('" + n.lower() + "', UNHEX('" + M0 + "'));\n", t.encode().hex().upper())),
        ("postgres_decode_hex", lambda t, n: ("UPDATE integrations SET token = convert_from(decode('" + M0 + "', 'hex'), 'UTF8') WHERE id = 7;\n", t.encode().hex())),
        ("env_hex_value", lambda t, n: (n + "_HEX=" + M0 + "\n", t.encode().hex())),
    ]
    V["base32"] = [
        ("python_b32decode", lambda t, n: ("key = base64.b32decode('" + M0 + "').decode()\n", base64.b32encode(t.encode()).decode())),
        ("env_base32", lambda t, n: (n + "_B32=" + M0 + "\n", base64.b32encode(t.encode()).decode())),
        ("go_base32_decode", lambda t, n: ("b, _ := base32.StdEncoding.DecodeString(\"" + M0 + "\")\n", base64.b32encode(t.encode()).decode())),
        ("toml_base32_field", lambda t, n: ("[auth]\nencoding = \"base32\"\nvalue = \"" + M0 + "\"\n", base64.b32encode(t.encode()).decode())),
        ("yaml_base32_field", lambda t, n: ("secrets:\n  - name: " + n.lower() + "\n    b32: " + M0 + "\n", base64.b32encode(t.encode()).decode())),
        ("rust_base32_call", lambda t, n: ("let tok = base32::decode(Alphabet::Rfc4648 { padding: true }, \"" + M0 + "\").unwrap();\n", base64.b32encode(t.encode()).decode())),
    ]
    pct = lambda t: "".join(f"%{b:02X}" for b in t.encode())
    V["url_percent"] = [
        ("url_query_fully_encoded", lambda t, n: ("https://api.partner-sample.com/v1/export?token=" + M0 + "&fmt=csv\n", pct(t))),
        ("javascript_decodeuricomponent", lambda t, n: ("const key = decodeURIComponent('" + M0 + "');\n", pct(t))),
        ("html_href_encoded", lambda t, n: ("<a href=\"/connect?key=" + M0 + "\">Reconnect</a>\n", pct(t))),
        ("nginx_log_encoded_query", lambda t, n: ("10.1.2.3 - - [12/Mar/2024:07:15:42 +0000] \"GET /hook?auth=" + M0 + " HTTP/1.1\" 204 0\n", pct(t))),
        ("form_body_encoded", lambda t, n: ("grant_type=client_credentials&client_secret=" + M0 + "&scope=read\n", pct(t))),
        ("curl_data_urlencoded", lambda t, n: ("curl -d 'api_key=" + M0 + "' https://api.partner-sample.com/v1/session\n", pct(t))),
    ]
    uesc = lambda t: "".join(f"\\u{ord(ch):04x}" for ch in t)
    V["json_unicode_escape"] = [
        ("json_config_unicode_escaped", lambda t, n: ('{"provider": "ci", "token": "' + M0 + '"}\n', uesc(t))),
        ("javascript_unicode_literal", lambda t, n: ("const " + n.lower() + " = \"" + M0 + "\";\n", uesc(t))),
        ("python_json_loads_literal", lambda t, n: ("cfg = json.loads('{\"k\": \"" + M0 + "\"}')\n", uesc(t))),
        ("package_json_config_field", lambda t, n: ('{\n  "name": "bot",\n  "config": { "apiKey": "' + M0 + '" }\n}\n', uesc(t))),
        ("java_unicode_escape_string", lambda t, n: ("String k = \"" + M0 + "\";\n", uesc(t))),
        ("jsonl_log_escaped", lambda t, n: ('{"level":"debug","msg":"auth","token":"' + M0 + '"}\n', uesc(t))),
    ]

    def ent(t):
        out = []
        for ch in t:
            r = RNG.random()
            out.append(f"&#{ord(ch)};" if r < 0.5 else f"&#x{ord(ch):x};")
        return "".join(out)
    V["html_entities"] = [
        ("html_hidden_input", lambda t, n: ('<input type="hidden" name="api_key" value="' + M0 + '">\n', ent(t))),
        ("html_meta_content", lambda t, n: ('<meta name="x-api-token" content="' + M0 + '">\n', ent(t))),
        ("xml_attribute_entities", lambda t, n: ('<credential name="' + n + '" value="' + M0 + '"/>\n', ent(t))),
        ("html_data_attribute", lambda t, n: ('<div id="app" data-token="' + M0 + '"></div>\n', ent(t))),
        ("rss_item_description", lambda t, n: ("<item><title>build</title><description>token " + M0 + "</description></item>\n", ent(t))),
        ("svg_metadata", lambda t, n: ("<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>" + M0 + "</metadata></svg>\n", ent(t))),
    ]
    V["fullwidth"] = [
        ("chat_message_fullwidth", lambda t, n: ("[10:42] kenji: 新しいトークン " + M0 + " です\n", fullwidth(t))),
        ("yaml_value_fullwidth", lambda t, n: ("api:\n  token: " + M0 + "\n", fullwidth(t))),
        ("markdown_fullwidth", lambda t, n: ("Use this key: " + M0 + "\n", fullwidth(t))),
        ("ime_typed_env", lambda t, n: (n + "=" + M0 + "\n", fullwidth(t))),
        ("ticket_comment_fullwidth", lambda t, n: ("コメント：" + M0 + "\n", fullwidth(t))),
        ("docx_extracted_text", lambda t, n: ("Anhang 3 – Zugangsdaten\n" + M0 + "\n", fullwidth(t))),
    ]
    V["zero_width"] = [
        ("slack_message_zero_width", lambda t, n: ("use " + M0 + " for now\n", enc_zero_width(t))),
        ("yaml_value_zero_width", lambda t, n: (n.lower() + ": " + M0 + "\n", enc_zero_width(t))),
        ("markdown_code_zero_width", lambda t, n: ("```\n" + n + "=" + M0 + "\n```\n", enc_zero_width(t))),
        ("python_string_zero_width", lambda t, n: (n + " = \"" + M0 + "\"\n", enc_zero_width(t))),
        ("email_body_zero_width", lambda t, n: ("Hi,\nthe token is " + M0 + "\nCheers\n", enc_zero_width(t))),
        ("json_value_zero_width", lambda t, n: (jd({"key": M0}), enc_zero_width(t))),
    ]
    V["bidi_controls"] = [
        ("source_comment_bidi", lambda t, n: ("// rotate later: " + M0 + "\n", enc_bidi(t))),
        ("chat_message_bidi", lambda t, n: ("טוקן: " + M0 + "\n", enc_bidi(t))),
        ("env_value_bidi", lambda t, n: (n + "=" + M0 + "\n", enc_bidi(t))),
        ("yaml_value_bidi", lambda t, n: ("token: \"" + M0 + "\"\n", enc_bidi(t))),
        ("python_string_bidi", lambda t, n: ("KEY = \"" + M0 + "\"\n", enc_bidi(t))),
        ("arabic_doc_bidi", lambda t, n: ("المفتاح: " + M0 + "\n", enc_bidi(t))),
    ]
    V["string_concatenation"] = [
        ("javascript_plus_concat", lambda t, n: ("const token = " + M0 + ";\n", enc_concat(t, '"', " + "))),
        ("python_implicit_concat", lambda t, n: ("TOKEN = (" + M0 + ")\n", enc_concat(t, '"', "\n         "))),
        ("php_dot_concat", lambda t, n: ("$token = " + M0 + ";\n", enc_concat(t, "'", " . "))),
        ("lua_dotdot_concat", lambda t, n: ("local token = " + M0 + "\n", enc_concat(t, '"', " .. "))),
        ("sql_pipe_concat", lambda t, n: ("UPDATE cfg SET v = " + M0 + " WHERE k = 'token';\n", enc_concat(t, "'", " || "))),
        ("shell_adjacent_quotes", lambda t, n: ("export " + n + "=" + M0 + "\n", enc_concat(t, '"', ""))),
        ("visual_basic_ampersand", lambda t, n: ("Dim token As String = " + M0 + "\n", enc_concat(t, '"', " & "))),
    ]
    V["reversed"] = [
        ("python_slice_reverse", lambda t, n: ("TOKEN = \"" + M0 + "\"[::-1]\n", t[::-1])),
        ("javascript_split_reverse", lambda t, n: ("const t = '" + M0 + "'.split('').reverse().join('');\n", t[::-1])),
        ("ruby_reverse", lambda t, n: ("TOKEN = '" + M0 + "'.reverse\n", t[::-1])),
        ("config_reversed_field", lambda t, n: ("[auth]\nreversed = true\ntoken = " + M0 + "\n", t[::-1])),
        ("bash_rev_pipe", lambda t, n: ("export " + n + "=$(echo " + M0 + " | rev)\n", t[::-1])),
        ("go_reverse_helper", lambda t, n: ("token := reverse(\"" + M0 + "\")\n", t[::-1])),
    ]
    V["char_code_array"] = [
        ("javascript_fromcharcode", lambda t, n: ("const key = " + M0 + ";\n", "String.fromCharCode(" + ",".join(str(ord(c)) for c in t) + ")")),
        ("python_bytes_list", lambda t, n: ("TOKEN = bytes(" + M0 + ").decode()\n", "[" + ", ".join(str(ord(c)) for c in t) + "]")),
        ("csharp_byte_array", lambda t, n: ("var k = Encoding.ASCII.GetString(new byte[] " + M0 + ");\n", "{ " + ", ".join(f"0x{ord(c):02x}" for c in t) + " }")),
        ("c_unsigned_char_array", lambda t, n: ("static const unsigned char k[] = " + M0 + ";\n", "{" + ",".join(f"0x{ord(c):02X}" for c in t) + "}")),
        ("go_byte_slice", lambda t, n: ("var tok = string(" + M0 + ")\n", "[]byte{" + ", ".join(str(ord(c)) for c in t) + "}")),
        ("java_int_array_map", lambda t, n: ("int[] k = " + M0 + ";\n", "{" + ",".join(str(ord(c)) for c in t) + "}")),
    ]
    xesc = lambda t: "".join(f"\\x{ord(c):02x}" for c in t)
    V["hex_escape"] = [
        ("python_hex_escape_string", lambda t, n: ("TOKEN = \"" + M0 + "\"\n", xesc(t))),
        ("javascript_hex_escape_string", lambda t, n: ("const t = '" + M0 + "';\n", xesc(t))),
        ("c_string_hex_escape", lambda t, n: ("const char *tok = \"" + M0 + "\";\n", xesc(t))),
        ("bash_ansi_c_quoting", lambda t, n: ("export " + n + "=$'" + M0 + "'\n", xesc(t))),
        ("php_double_quoted_hex", lambda t, n: ("$k = \"" + M0 + "\";\n", xesc(t))),
        ("printf_hex_escape", lambda t, n: ("printf '" + M0 + "' > /etc/app/token\n", xesc(t))),
    ]
    oesc = lambda t: "".join(f"\\{ord(c):03o}" for c in t)
    V["octal_escape"] = [
        ("bash_ansi_c_octal", lambda t, n: ("export " + n + "=$'" + M0 + "'\n", oesc(t))),
        ("printf_octal", lambda t, n: ("printf '" + M0 + "' | docker login --password-stdin\n", oesc(t))),
        ("c_string_octal", lambda t, n: ("char key[] = \"" + M0 + "\";\n", oesc(t))),
        ("python_octal_string", lambda t, n: ("K = '" + M0 + "'\n", oesc(t))),
        ("perl_octal_string", lambda t, n: ("my $k = \"" + M0 + "\";\n", oesc(t))),
        ("echo_e_octal", lambda t, n: ("echo -e '" + M0 + "' >> ~/.netrc\n", oesc(t))),
    ]

    def split2(t, joiner):
        p = len(t) // 2 + RNG.randint(-4, 4)
        return t[:p] + joiner + t[p:]
    V["split_across_lines"] = [
        ("shell_backslash_continuation", lambda t, n: ("curl -H \"Authorization: Bearer " + M0 + "\" https://api.partner-sample.com/v1/me\n", split2(t, "\\\n"))),
        ("email_quoted_printable_soft_break", lambda t, n: ("Content-Transfer-Encoding: quoted-printable\n\nDein Token: " + M0 + "\nGru=C3=9F\n", split2(t, "=\n"))),
        ("java_properties_continuation", lambda t, n: ("api.token=" + M0 + "\n", split2(t, "\\\n        "))),
        ("terminal_hard_wrap", lambda t, n: ("$ cat token.txt\n" + M0 + "\n$ \n", split2(t, "\n"))),
        ("markdown_blockquote_wrap", lambda t, n: ("> key was " + M0 + " (from the old wiki)\n", split2(t, "\n> "))),
        ("pdf_text_extract_wrap", lambda t, n: ("Appendix C  Access token:\n" + M0 + "\nPage 14 of 22\n", split2(t, "\n"))),
    ]
    V["spaced_letters"] = [
        ("chat_spelled_out", lambda t, n: ("ok typing it out so slack doesn't eat it: " + M0 + "\n", " ".join(t))),
        ("phone_call_notes", lambda t, n: ("Call notes: vendor read out the key -> " + M0 + "\n", " ".join(t))),
        ("ocr_spaced_text", lambda t, n: ("(OCR) " + M0 + "\n", " ".join(t))),
        ("sms_spaced", lambda t, n: ("Key: " + M0 + "\n", " ".join(t))),
        ("markdown_spaced_code", lambda t, n: ("`" + M0 + "`\n", " ".join(t))),
        ("yaml_comment_spaced", lambda t, n: ("# old value: " + M0 + "\ntoken: ${TOKEN}\n", " ".join(t))),
    ]
    V["homoglyph"] = [
        ("env_homoglyph", lambda t, n: (n + "=" + M0 + "\n", enc_homoglyph(t))),
        ("chat_homoglyph", lambda t, n: ("here: " + M0 + "\n", enc_homoglyph(t))),
        ("json_homoglyph", lambda t, n: (jd({"token": M0}), enc_homoglyph(t))),
        ("python_homoglyph", lambda t, n: ("API_TOKEN = '" + M0 + "'\n", enc_homoglyph(t))),
        ("markdown_homoglyph", lambda t, n: ("- token: `" + M0 + "`\n", enc_homoglyph(t))),
        ("yaml_homoglyph", lambda t, n: ("auth:\n  key: " + M0 + "\n", enc_homoglyph(t))),
    ]
    return V


def build_evasions():
    set_rng("evasions")
    V = evasion_variants()
    recs = []
    ti = 0
    for enc in V:
        for cont, fn in V[enc]:
            for _attempt in range(20):
                sp = SPEC_BY_TYPE[EVASION_TYPES[ti % len(EVASION_TYPES)]]
                ti += 1
                c = sp.make()
                tok = c.value
                if enc == "homoglyph" and sum(ch in HOMO for ch in tok) < 6:
                    continue
                if enc in ("hex_escape", "octal_escape", "char_code_array", "json_unicode_escape", "html_entities", "spaced_letters") and len(tok) > 120:
                    continue
                break
            tpl, val = fn(tok, c.name)
            text, spans = render(tpl, [(val, c.type, tok)])
            recs.append({"type": c.type, "container": cont, "encoding": enc, "text": text, "secrets": spans,
                         "source": f"p7 synthetic; evasion={enc}; shape: {c.shape}"})
    return recs


# --------------------------------------------------------------------------
# hard negatives
# --------------------------------------------------------------------------
# Well-known *published documentation* values (AWS docs example keys, jwt.io's
# default token, RFC 7617 / 6749 / 6750 / 4226 samples, Stripe's docs test key,
# Kubernetes docs Secret example).  They appear ONLY here, never in positives.
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
                 ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
STRIPE_DOCS_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
RFC7617_BASIC = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
RFC6750_BEARER = "mF_9.B5f-4.1JqM"
RFC6749_ACCESS, RFC6749_REFRESH = "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA"
NEG = {}


def neg(cls):
    def deco(fn):
        NEG.setdefault(cls, []).append(fn)
        return fn
    return deco


# 1 documentation / RFC examples -----------------------------------------------------
@neg("documentation_example")
def _():
    return "docs_markdown_aws_configure", ("## Configure the CLI\n\n```\n$ aws configure\nAWS Access Key ID [None]: " + AWS_DOC_ID + "\nAWS Secret Access Key [None]: " + AWS_DOC_SECRET
                                          + "\nDefault region name [None]: us-west-2\nDefault output format [None]: json\n```\n")


@neg("documentation_example")
def _():
    return "docs_credentials_file_example", ("# Example ~/.aws/credentials (from the AWS documentation)\n[default]\naws_access_key_id=" + AWS_DOC_ID + "\naws_secret_access_key=" + AWS_DOC_SECRET + "\n")


@neg("documentation_example")
def _():
    return "readme_jwt_explainer", ("A JWT has three dot-separated parts. The default token shown on jwt.io is\n\n    " + JWT_IO_SAMPLE
                                    + "\n\nwhich decodes to `{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}`.\n")


@neg("documentation_example")
def _():
    return "rfc7617_basic_example", ("As in RFC 7617, a client sending user-id \"Aladdin\" and password \"open sesame\" would use\n\n    Authorization: Basic " + RFC7617_BASIC + "\n")


@neg("documentation_example")
def _():
    return "rfc6750_bearer_example", ("GET /resource HTTP/1.1\nHost: server.example.com\nAuthorization: Bearer " + RFC6750_BEARER + "\n\n(example request from RFC 6750, section 2.1)\n")


@neg("documentation_example")
def _():
    return "rfc6749_token_response", ("HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\n\n{\n  \"access_token\":\"" + RFC6749_ACCESS
                                      + "\",\n  \"token_type\":\"example\",\n  \"expires_in\":3600,\n  \"refresh_token\":\"" + RFC6749_REFRESH + "\"\n}\n")


@neg("documentation_example")
def _():
    return "stripe_docs_snippet", ("# Set your secret key. Remember to switch to your live secret key in production.\n# See your keys here: https://dashboard.stripe.com/apikeys\nimport stripe\nstripe.api_key = \""
                                   + STRIPE_DOCS_TEST_KEY + "\"\n")


@neg("documentation_example")
def _():
    return "k8s_docs_secret_example", ("# From the Kubernetes docs: \"Managing Secrets using Configuration File\"\napiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n")


@neg("documentation_example")
def _():
    return "rfc4226_test_vectors", ("RFC 4226 Appendix D test values\nSecret = 0x3132333435363738393031323334353637383930\nCount  HOTP\n0      755224\n1      287082\n2      359152\n")


# 2 placeholders and templates -------------------------------------------------------
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<PASSWORD>", "xxxxxxxxxxxxxxxxxxxxxxxx", "${API_TOKEN}",
                "{{ api_token }}", "%(password)s", "$PASSWORD", "<insert token>", "sk_live_...", "ghp_<token>", "TODO", "your-secret-here",
                "<paste key>", "********", "{{ .Values.auth.password }}", "@@DB_PASSWORD@@", "__SECRET__"]


def _ph():
    return pick(PLACEHOLDERS)


@neg("placeholder_template")
def _():
    return "env_example_file", "# .env.example – copy to .env and fill in\nDATABASE_URL=postgres://user:" + pick(["<password>", "PASSWORD", "changeme"]) + "@localhost:5432/app\nSTRIPE_SECRET_KEY=" + pick(["sk_live_...", "sk_test_xxx", "<stripe-secret>"]) + "\nOPENAI_API_KEY=" + _ph() + "\n"


@neg("placeholder_template")
def _():
    return "helm_template_values_ref", "env:\n  - name: DB_PASSWORD\n    value: {{ .Values.db.password | quote }}\n  - name: API_KEY\n    value: {{ required \"apiKey is required\" .Values.apiKey | quote }}\n"


@neg("placeholder_template")
def _():
    return "readme_install_placeholder", "Export your token before running:\n\n```sh\nexport GITHUB_TOKEN=" + pick(["ghp_xxxxxxxxxxxxxxxxxxxx", "<your-token>", "YOUR_GITHUB_TOKEN"]) + "\n```\n"


@neg("placeholder_template")
def _():
    return "jinja2_config_template", "[database]\nuser = {{ db_user }}\npassword = {{ db_password }}\nhost = {{ groups['db'][0] }}\n"


@neg("placeholder_template")
def _():
    return "python_format_string", "DSN_TEMPLATE = \"postgresql://{user}:{password}@{host}:{port}/{db}\"\ndsn = DSN_TEMPLATE.format(**settings.DB)\n"


@neg("placeholder_template")
def _():
    return "docker_compose_variable_substitution", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_USER: ${POSTGRES_USER:-app}\n"


@neg("placeholder_template")
def _():
    return "curl_doc_placeholder", "curl https://api." + pick(["vendor", "service", "example"]) + ".com/v1/items \\\n  -H \"Authorization: Bearer " + pick(["$TOKEN", "<ACCESS_TOKEN>", "YOUR_TOKEN"]) + "\"\n"


@neg("placeholder_template")
def _():
    return "terraform_variable_no_default", "variable \"db_password\" {\n  description = \"Master password for the RDS instance\"\n  type        = string\n  sensitive   = true\n}\n"


@neg("placeholder_template")
def _():
    return "appsettings_template_tokens", jd({"ConnectionStrings": {"Default": "Server=#{DbServer}#;Database=App;User Id=#{DbUser}#;Password=#{DbPassword}#;"}, "Jwt": {"Key": "__JWT_KEY__"}})


@neg("placeholder_template")
def _():
    return "i18n_form_placeholder", jd({"login.password.placeholder": "Enter your password", "login.token.placeholder": "Paste your API token", "settings.apiKey.hint": "Starts with sk_"})


# 3 publishable / public-by-design keys ------------------------------------------------
@neg("publishable_key")
def _():
    return "stripe_js_publishable", "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51" + rs_mixed(AN, 97) + "');\n  const elements = stripe.elements();\n</script>\n"


@neg("publishable_key")
def _():
    return "firebase_web_config", ("const firebaseConfig = {\n  apiKey: \"AIza" + rs_mixed(AN + "_-", 35) + "\",\n  authDomain: \"acme-web.firebaseapp.com\",\n  projectId: \"acme-web\",\n  storageBucket: \"acme-web.appspot.com\",\n  messagingSenderId: \""
                                   + dg(12) + "\",\n  appId: \"1:" + dg(12) + ":web:" + hx(22) + "\"\n};\n")


@neg("publishable_key")
def _():
    return "google_maps_script_tag", "<script async src=\"https://maps.googleapis.com/maps/api/js?key=AIza" + rs_mixed(AN + "_-", 35) + "&callback=initMap&libraries=places\"></script>\n"


@neg("publishable_key")
def _():
    return "algolia_search_only_client", "const searchClient = algoliasearch('" + rs(UP + DG, 10) + "', '" + hx(32) + "'); // search-only key, safe for the browser\n"


@neg("publishable_key")
def _():
    ref = rs(LO, 20)
    return "supabase_client_anon", ("import { createClient } from '@supabase/supabase-js'\n\nconst supabase = createClient(\n  'https://" + ref + ".supabase.co',\n  '" + _supa("anon", ref) + "'\n)\n")


@neg("publishable_key")
def _():
    return "mapbox_public_token", "mapboxgl.accessToken = 'pk." + b64s(json.dumps({"u": "acme", "a": rs(LO + DG, 25)}, separators=(",", ":")), pad=False) + "." + rs_mixed(AN + "_-", 22) + "';\n"


@neg("publishable_key")
def _():
    return "sentry_browser_dsn", "Sentry.init({\n  dsn: \"https://" + hx(32) + "@o" + dg(6) + ".ingest.sentry.io/" + dg(7) + "\",\n  tracesSampleRate: 0.1,\n});\n"


@neg("publishable_key")
def _():
    return "posthog_snippet", "posthog.init('phc_" + rs_mixed(AN, 43) + "', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' })\n"


@neg("publishable_key")
def _():
    return "recaptcha_site_key", "<div class=\"g-recaptcha\" data-sitekey=\"6L" + rs_mixed(AN + "_-", 38) + "\"></div>\n"


@neg("publishable_key")
def _():
    return "turnstile_sitekey", "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA" + rs_mixed(AN + "_-", 14) + "\" data-theme=\"light\"></div>\n"


@neg("publishable_key")
def _():
    return "datadog_rum_client_token", "datadogRum.init({\n  applicationId: '" + uuid4() + "',\n  clientToken: 'pub" + hx(32) + "',\n  site: 'datadoghq.eu',\n  service: 'web',\n});\n"


@neg("publishable_key")
def _():
    return "razorpay_checkout_key_id", "var options = {\n  \"key\": \"rzp_live_" + rs_mixed(AN, 14) + "\",\n  \"amount\": \"50000\",\n  \"currency\": \"INR\",\n  \"name\": \"Acme Corp\"\n};\nvar rzp1 = new Razorpay(options);\n"


@neg("publishable_key")
def _():
    return "paypal_sdk_client_id", "<script src=\"https://www.paypal.com/sdk/js?client-id=A" + rs_mixed(AN + "_-", 79) + "&currency=EUR\"></script>\n"


@neg("publishable_key")
def _():
    return "new_relic_browser_agent", "<script>;window.NREUM||(NREUM={});NREUM.info={\"beacon\":\"bam.eu01.nr-data.net\",\"licenseKey\":\"NRJS-" + hx(19) + "\",\"applicationID\":\"" + dg(9) + "\"}</script>\n"


@neg("publishable_key")
def _():
    return "clerk_publishable_key_env", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_" + b64s("clerk." + org() + ".com$") + "\n"


@neg("publishable_key")
def _():
    return "launchdarkly_client_side_id", "const ldClient = LDClient.initialize('" + hx(24) + "', { kind: 'user', key: 'anon' });\n"


# 4 secret-manager references ----------------------------------------------------------
@neg("secret_manager_reference")
def _():
    return "github_actions_secrets_context", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_ROLE_ARN: ${{ vars.AWS_ROLE_ARN }}\nsteps:\n  - run: npm publish\n"


@neg("secret_manager_reference")
def _():
    return "aws_secretsmanager_arn", "DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:" + dg(12) + ":secret:prod/orders/db-" + rs(AN, 6) + "\nDB_PASSWORD_SSM=/prod/orders/db/password\n"


@neg("secret_manager_reference")
def _():
    return "gcp_secret_manager_path", "database:\n  password: sm://projects/" + dg(12) + "/secrets/orders-db-password/versions/latest\n"


@neg("secret_manager_reference")
def _():
    return "azure_keyvault_reference", jd({"name": "DbPassword", "value": "@Microsoft.KeyVault(SecretUri=https://kv-prod-weu.vault.azure.net/secrets/db-password/" + hx(32) + ")", "slotSetting": False})


@neg("secret_manager_reference")
def _():
    return "onepassword_secret_reference", "GITHUB_TOKEN=op://Engineering/GitHub CI/token\nDB_PASSWORD=\"op://prod/postgres/password\"\n"


@neg("secret_manager_reference")
def _():
    return "external_secrets_manifest", ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: db-credentials\n  data:\n  - secretKey: password\n    remoteRef:\n      key: secret/data/prod/db\n      property: password\n")


@neg("secret_manager_reference")
def _():
    return "k8s_secret_key_ref", "env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe\n        key: secret-key\n"


@neg("secret_manager_reference")
def _():
    return "vault_agent_template", "{{ with secret \"database/creds/readonly\" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{ end }}\n"


@neg("secret_manager_reference")
def _():
    return "docker_secrets_file_ref", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n"


@neg("secret_manager_reference")
def _():
    return "systemd_load_credential", "[Service]\nLoadCredentialEncrypted=api-token:/etc/credstore.encrypted/api-token.cred\nExecStart=/usr/bin/agent --token-file=${CREDENTIALS_DIRECTORY}/api-token\n"


@neg("secret_manager_reference")
def _():
    return "spring_placeholder_env", "spring.datasource.password=${DB_PASSWORD}\napp.jwt.secret=${JWT_SECRET:}\nmanagement.endpoint.env.show-values=NEVER\n"


@neg("secret_manager_reference")
def _():
    return "terraform_data_secret_version", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/orders/db\"\n}\n\nlocals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}\n"


@neg("secret_manager_reference")
def _():
    return "bitwarden_secrets_cli", "bws secret get " + uuid4() + " --output env > .env\n"


@neg("secret_manager_reference")
def _():
    return "ansible_vault_variable_ref", "db_password: \"{{ vault_db_password }}\"\napi_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/app:token') }}\"\n"


# 5 hashes / digests ---------------------------------------------------------------
@neg("hash_digest")
def _():
    return "sha256sums_file", "\n".join(f"{hashlib.sha256(rbytes(16)).hexdigest()}  {n}" for n in ["app-linux-amd64.tar.gz", "app-darwin-arm64.tar.gz", "app-windows-amd64.zip"]) + "\n"


@neg("hash_digest")
def _():
    return "go_sum_lines", "\n".join(f"{m} {v} h1:{b64(32)}\n{m} {v}/go.mod h1:{b64(32)}" for m, v in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/net", "v0.24.0")]) + "\n"


@neg("hash_digest")
def _():
    return "pip_requirements_hashes", "requests==2.31.0 \\\n    --hash=sha256:" + hashlib.sha256(rbytes(8)).hexdigest() + " \\\n    --hash=sha256:" + hashlib.sha256(rbytes(8)).hexdigest() + "\n"


@neg("hash_digest")
def _():
    return "package_lock_integrity", jd({"node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
                                                               "integrity": "sha512-" + base64.b64encode(hashlib.sha512(rbytes(8)).digest()).decode()}})


@neg("hash_digest")
def _():
    return "cargo_lock_checksum", "[[package]]\nname = \"serde\"\nversion = \"1.0.197\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hashlib.sha256(rbytes(8)).hexdigest() + "\"\n"


@neg("hash_digest")
def _():
    return "terraform_lock_hcl", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.40.0\"\n  hashes = [\n    \"h1:" + b64(32) + "\",\n    \"zh:" + hashlib.sha256(rbytes(8)).hexdigest() + "\",\n  ]\n}\n"


@neg("hash_digest")
def _():
    return "ssh_keygen_fingerprint", "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + b64(32).rstrip("=") + " " + user() + "@laptop (ED25519)\n"


@neg("hash_digest")
def _():
    return "gpg_fingerprint_output", "pub   ed25519 2024-03-11 [SC]\n      " + " ".join(HX(4) for _ in range(5)) + "  " + " ".join(HX(4) for _ in range(5)) + "\nuid           [ultimate] Release Signing <release@sample-project.dev>\n"


@neg("hash_digest")
def _():
    return "md5_checksum_listing", "MD5 (backup-2024-03-11.tar.zst) = " + hashlib.md5(rbytes(8)).hexdigest() + "\nSHA1 (backup-2024-03-11.tar.zst) = " + hashlib.sha1(rbytes(8)).hexdigest() + "\n"


@neg("hash_digest")
def _():
    return "tls_cert_fingerprint", "SHA256 Fingerprint=" + ":".join(HX(2) for _ in range(32)) + "\n"


@neg("hash_digest")
def _():
    return "git_ls_tree_blob_ids", "\n".join(f"100644 blob {hx(40)}\t{n}" for n in ["README.md", "config/app.yml", "src/main.rs"]) + "\n"


# 6 UUIDs / request ids / object ids -----------------------------------------------------
@neg("uuid_request_id")
def _():
    return "http_response_request_id", f"HTTP/2 200\ncontent-type: application/json\nx-request-id: {uuid4()}\nx-amzn-requestid: {uuid4()}\nx-amz-cf-id: {rs_mixed(AN + '_-', 54)}==\n"


@neg("uuid_request_id")
def _():
    return "stripe_object_ids_json", jd({"id": "pi_3" + rs_mixed(AN, 23), "object": "payment_intent", "customer": "cus_" + rs_mixed(AN, 14),
                                        "latest_charge": "ch_3" + rs_mixed(AN, 23), "payment_method": "pm_1" + rs_mixed(AN, 23), "status": "succeeded"})


@neg("uuid_request_id")
def _():
    return "twilio_message_resource", jd({"sid": "SM" + hx(32), "account_sid": "AC" + hx(32), "messaging_service_sid": "MG" + hx(32), "status": "delivered"})


@neg("uuid_request_id")
def _():
    return "azure_arm_ids", jd({"id": f"/subscriptions/{uuid4()}/resourceGroups/rg-prod/providers/Microsoft.Web/sites/portal", "tenantId": uuid4(), "principalId": uuid4()})


@neg("uuid_request_id")
def _():
    return "app_log_correlation_ids", "\n".join(f"{iso()} INFO request_id={uuid4()} trace_id={hx(32)} span_id={hx(16)} status=200 dur_ms={RNG.randint(3, 900)}" for _ in range(3)) + "\n"


@neg("uuid_request_id")
def _():
    return "mongodb_objectids", jd([{"_id": {"$oid": hx(24)}, "user": {"$oid": hx(24)}, "created": {"$date": iso()}}])


@neg("uuid_request_id")
def _():
    return "ulid_ksuid_ids", f"order_id: {rs('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26)}\nevent_id: {rs_mixed(AN, 27)}\n"


@neg("uuid_request_id")
def _():
    return "slack_api_ids", jd({"ok": True, "channel": "C0" + rs(UP + DG, 9), "ts": f"{ts_epoch()}.{dg(6)}", "message": {"user": "U0" + rs(UP + DG, 9), "team": "T0" + rs(UP + DG, 8), "bot_id": "B0" + rs(UP + DG, 9)}})


@neg("uuid_request_id")
def _():
    return "k8s_object_metadata", f"metadata:\n  name: api-7d9c6bf5c4-{rs(LO + DG, 5)}\n  uid: {uuid4()}\n  resourceVersion: \"{dg(8)}\"\n  labels:\n    pod-template-hash: {rs(LO + DG, 10)}\n"


@neg("uuid_request_id")
def _():
    return "sentry_issue_event_ids", f"Issue PROJ-{RNG.randint(100, 9999)} event_id={hx(32)} release={hx(40)[:12]} user.id={uuid4()}\n"


# 7 image digests -------------------------------------------------------------------
@neg("image_digest")
def _():
    d = hashlib.sha256(rbytes(8)).hexdigest()
    return "docker_pull_output", f"latest: Pulling from library/nginx\n{hx(12)}: Pull complete\nDigest: sha256:{d}\nStatus: Downloaded newer image for nginx:latest\n"


@neg("image_digest")
def _():
    return "k8s_pinned_image_digest", f"containers:\n  - name: api\n    image: ghcr.io/{org()}/api@sha256:{hashlib.sha256(rbytes(8)).hexdigest()}\n"


@neg("image_digest")
def _():
    return "oci_index_json", jd({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + hashlib.sha256(rbytes(8)).hexdigest(), "size": 1024,
                                                                  "platform": {"architecture": "amd64", "os": "linux"}}]})


@neg("image_digest")
def _():
    return "kubectl_pod_image_id", f"    Image ID:       docker-pullable://registry.corp-sample.lan/api@sha256:{hashlib.sha256(rbytes(8)).hexdigest()}\n"


@neg("image_digest")
def _():
    d = hashlib.sha256(rbytes(8)).hexdigest()
    return "cosign_signature_tag", f"$ cosign triangulate ghcr.io/{org()}/api:1.4.0\nghcr.io/{org()}/api:sha256-{d}.sig\n"


@neg("image_digest")
def _():
    return "dockerfile_from_digest", f"FROM python:3.12-slim@sha256:{hashlib.sha256(rbytes(8)).hexdigest()}\nRUN pip install --no-cache-dir uv\n"


@neg("image_digest")
def _():
    return "skopeo_inspect_layers", jd({"Name": "docker.io/library/redis", "Digest": "sha256:" + hashlib.sha256(rbytes(8)).hexdigest(),
                                       "Layers": ["sha256:" + hashlib.sha256(rbytes(8)).hexdigest() for _ in range(3)]})


# 8 base64 that is not secret ------------------------------------------------------------
@neg("benign_base64")
def _():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(60)).decode()
    return "html_data_uri_image", f"<img alt=\"logo\" width=\"16\" src=\"data:image/png;base64,{png}\">\n"


@neg("benign_base64")
def _():
    return "relay_cursor_pagination", jd({"data": {"users": {"pageInfo": {"endCursor": b64s(json.dumps({"offset": RNG.randint(20, 500)})), "hasNextPage": True},
                                                            "edges": [{"node": {"id": b64s("User:" + dg(5))}}]}}})


@neg("benign_base64")
def _():
    return "k8s_configmap_binarydata", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: banner\nbinaryData:\n  motd.txt: " + b64s("Welcome to the staging cluster. Be nice.\n") + "\n"


@neg("benign_base64")
def _():
    return "mime_text_attachment", "--boundary42\nContent-Type: text/plain; name=\"notes.txt\"\nContent-Transfer-Encoding: base64\n\n" + b64s("Agenda:\n1. roadmap\n2. hiring\n3. offsite dates\n") + "\n--boundary42--\n"


@neg("benign_base64")
def _():
    return "jupyter_image_output", jd({"output_type": "display_data", "data": {"image/png": base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(90)).decode(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}})


@neg("benign_base64")
def _():
    return "base64_json_feature_flags", "FEATURE_FLAGS_B64=" + b64s(json.dumps({"newCheckout": True, "darkMode": False, "beta": ["search"]})) + "\n"


@neg("benign_base64")
def _():
    return "css_font_data_uri", "@font-face {\n  font-family: 'Icons';\n  src: url(data:font/woff2;base64," + base64.b64encode(b"wOF2" + rbytes(70)).decode() + ") format('woff2');\n}\n"


@neg("benign_base64")
def _():
    return "protobuf_any_base64", jd({"@type": "type.googleapis.com/google.protobuf.Any", "value": base64.b64encode(b"\x0a\x05hello\x10" + bytes([RNG.randint(1, 120)])).decode()})


@neg("benign_base64")
def _():
    return "grpc_web_text_frame", "AAAAAB" + b64s("\x0a\x0bstatus: ok\x12\x02en") + "\n"


# 9 masked values ---------------------------------------------------------------------
@neg("masked_value")
def _():
    return "github_actions_masked_log", "Run ./deploy.sh\n  env:\n    API_TOKEN: ***\n    DEPLOY_KEY: ***\n+ curl -H 'Authorization: Bearer ***' https://api.partner-sample.com/v1/deploy\n"


@neg("masked_value")
def _():
    return "stripe_dashboard_partial_key", "Secret key   sk_live_••••••••••••••••••••" + rs(AN, 4) + "   Created " + day() + "   [Roll key]\n"


@neg("masked_value")
def _():
    return "cli_masked_token_listing", "NAME            TOKEN                                       EXPIRES\nci-deploy       ghp_****************************" + rs(AN, 4) + "    " + day() + "\nrenovate        github_pat_11****************************    never\n"


@neg("masked_value")
def _():
    return "terraform_sensitive_output", "Outputs:\n\ndb_endpoint = \"orders.cluster-" + rs(LO + DG, 12) + ".eu-west-1.rds.amazonaws.com\"\ndb_password = <sensitive>\napi_key = (sensitive value)\n"


@neg("masked_value")
def _():
    return "kubectl_describe_secret", "Name:         db-credentials\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes\n"


@neg("masked_value")
def _():
    return "redacted_log_line", f"{iso()} WARN auth failed for token=[REDACTED] user={user()} ip=203.0.113.{RNG.randint(2, 250)}\n"


@neg("masked_value")
def _():
    return "password_field_asterisks", "Username: " + user() + "\nPassword: ************\nRemember me: [x]\n"


@neg("masked_value")
def _():
    return "aws_console_masked_key", "Access key ID: AKIA************" + rs(B32A, 4) + "\nSecret access key: ****************************************\nStatus: Active\n"


@neg("masked_value")
def _():
    return "heroku_config_masked", "=== acme-prod Config Vars\nDATABASE_URL: postgres://u***:***@ec2-**-**.eu-west-1.compute.amazonaws.com:5432/d***\nREDIS_URL:    rediss://:***@ec2-**.compute.amazonaws.com:25680\n"


@neg("masked_value")
def _():
    return "slack_token_truncated", "Bot token: xoxb-…" + rs(AN, 4) + " (shown once, stored in vault)\n"


# 10 prose about passwords without any password ---------------------------------------------
POLICY = [
    "Passwords must be at least 12 characters long and must not contain your username.",
    "Never share your password with anyone, including IT staff. We will never ask for it.",
    "Forgot your password? Click the link below to reset it. The link expires in 30 minutes.",
    "Das Passwort muss mindestens einen Großbuchstaben, eine Ziffer und ein Sonderzeichen enthalten.",
    "Le mot de passe a expiré. Veuillez en choisir un nouveau qui n'a pas été utilisé récemment.",
    "La contraseña es incorrecta. Te quedan 2 intentos antes de que se bloquee la cuenta.",
    "パスワードは8文字以上で、英字と数字を組み合わせてください。",
    "비밀번호가 일치하지 않습니다. 다시 입력해 주세요.",
    "密码长度至少为12位，且不能与最近5次使用的密码相同。",
    "Пароль должен содержать не менее 10 символов. Не используйте один и тот же пароль на разных сайтах.",
    "Rotate API tokens every 90 days and revoke any token that was pasted into chat.",
    "We store only a salted hash of your password; support staff cannot see it.",
    "A senha temporária foi enviada para o seu e-mail. Altere-a no primeiro acesso.",
    "Het wachtwoord moet elke 180 dagen worden gewijzigd.",
    "Şifreniz en az bir rakam içermelidir.",
]


@neg("password_prose_no_secret")
def _():
    return "security_policy_text", pick(POLICY) + "\n" + pick(POLICY) + "\n"


@neg("password_prose_no_secret")
def _():
    return "commit_message_password_feature", "commit " + hx(40) + "\nAuthor: " + user() + " <" + user() + "@corp-sample.com>\n\n    fix(auth): rate-limit password reset and hash tokens at rest\n\n    The reset token is now stored as SHA-256 and compared in constant time.\n"


@neg("password_prose_no_secret")
def _():
    return "ui_validation_errors_json", jd({"errors": {"password": ["This field is required.", "Password is too common.", "Password must differ from your email."]}})


@neg("password_prose_no_secret")
def _():
    return "helpdesk_reply_no_secret", "Hi " + user().split(".")[0].capitalize() + ",\n\nI've reset your account. You'll receive a one-time link by SMS to set a new password; I can't see or send passwords myself.\n\nRegards,\nService Desk\n"


@neg("password_prose_no_secret")
def _():
    return "linux_login_defs", "# Password aging controls:\nPASS_MAX_DAYS\t90\nPASS_MIN_DAYS\t1\nPASS_WARN_AGE\t7\nPASS_MIN_LEN\t12\n"


@neg("password_prose_no_secret")
def _():
    return "code_password_validation", "def validate_password(pw: str) -> None:\n    if len(pw) < 12:\n        raise ValueError(\"password too short\")\n    if pw.lower() in COMMON_PASSWORDS:\n        raise ValueError(\"password too common\")\n"


@neg("password_prose_no_secret")
def _():
    return "chat_asking_for_password", f"[{day()} 10:02] {user()}: does anyone know the password for the staging db?\n[{day()} 10:03] {user()}: it's in vault under kv/staging/db, don't paste it here pls\n"


@neg("password_prose_no_secret")
def _():
    return "i18n_password_labels", "password=Password\npassword.confirm=Confirm password\npassword.forgot=Forgot password?\npassword.strength.weak=Weak\npassword.strength.strong=Strong\n"


# 11 visibly fake fixtures ---------------------------------------------------------------
@neg("fake_fixture")
def _():
    return "jest_setup_fake_env", "process.env.STRIPE_SECRET_KEY = 'sk_test_FAKE_KEY_FOR_UNIT_TESTS';\nprocess.env.GITHUB_TOKEN = 'ghp_' + 'x'.repeat(36);\n"


@neg("fake_fixture")
def _():
    return "pytest_monkeypatch_dummy", "def test_client(monkeypatch):\n    monkeypatch.setenv(\"API_TOKEN\", \"dummy-token\")\n    monkeypatch.setenv(\"DB_PASSWORD\", \"test\")\n    assert make_client().token == \"dummy-token\"\n"


@neg("fake_fixture")
def _():
    return "fixture_low_entropy_tokens", "fake_tokens:\n  github: ghp_000000000000000000000000000000000000\n  slack: xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX\n  aws_key_id: AKIAXXXXXXXXXXXXXXXX\n"


@neg("fake_fixture")
def _():
    return "vcr_cassette_filtered", "interactions:\n- request:\n    headers:\n      Authorization:\n      - <FILTERED>\n    method: GET\n    uri: https://api.partner-sample.com/v1/me\n"


@neg("fake_fixture")
def _():
    return "testcontainers_default_creds", "PostgreSQLContainer<?> db = new PostgreSQLContainer<>(\"postgres:16\")\n    .withDatabaseName(\"test\")\n    .withUsername(\"test\")\n    .withPassword(\"test\");\n"


@neg("fake_fixture")
def _():
    return "factory_generated_password", "FactoryBot.define do\n  factory :user do\n    email { Faker::Internet.email }\n    password { Faker::Internet.password(min_length: 12) }\n  end\nend\n"


@neg("fake_fixture")
def _():
    return "mock_server_fake_key", jd({"mappings": [{"request": {"method": "GET", "url": "/v1/me", "headers": {"X-Api-Key": {"equalTo": "test-api-key-not-real"}}}, "response": {"status": 200}}]})


@neg("fake_fixture")
def _():
    return "go_test_table_fake", "tests := []struct{ name, token string; ok bool }{\n\t{\"empty\", \"\", false},\n\t{\"fake\", \"not-a-real-token\", false},\n\t{\"placeholder\", \"FAKE\" + strings.Repeat(\"0\", 32), false},\n}\n"


@neg("fake_fixture")
def _():
    return "docs_sequential_fake_key", "api_key: abcdef0123456789abcdef0123456789  # sample value, not a real key\n"


# 12 high-entropy non-secrets -----------------------------------------------------------------
@neg("high_entropy_non_secret")
def _():
    return "git_log_oneline", "\n".join(f"{hx(40)} {m}" for m in ["Merge pull request #4411 from acme/fix-retry", "chore(deps): bump axios", "docs: update README"]) + "\n"


@neg("high_entropy_non_secret")
def _():
    return "sri_integrity_attribute", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-" + base64.b64encode(hashlib.sha384(rbytes(8)).digest()).decode() + "\" crossorigin=\"anonymous\"></script>\n"


@neg("high_entropy_non_secret")
def _():
    n = b64(16)
    return "csp_nonce_header", f"content-security-policy: script-src 'self' 'nonce-{n}' 'strict-dynamic'; object-src 'none'\n\n<script nonce=\"{n}\">initApp()</script>\n"


@neg("high_entropy_non_secret")
def _():
    return "http_etag_headers", f"HTTP/1.1 304 Not Modified\nETag: W/\"{hx(8)}-{rs_mixed(AN + '+/', 27)}\"\nLast-Modified: Tue, 12 Mar 2024 07:15:42 GMT\n"


@neg("high_entropy_non_secret")
def _():
    return "actions_cache_key", f"Cache restored from key: Linux-node-modules-{hashlib.sha256(rbytes(8)).hexdigest()}\nCache hit for restore-key: Linux-node-modules-\n"


@neg("high_entropy_non_secret")
def _():
    return "w3c_traceparent", f"traceparent: 00-{hx(32)}-{hx(16)}-01\ntracestate: congo=t61rcWkgMzE\n"


@neg("high_entropy_non_secret")
def _():
    return "webpack_hashed_assets", f"<link rel=\"stylesheet\" href=\"/static/css/main.{hx(8)}.css\">\n<script defer src=\"/static/js/main.{hx(20)}.js\"></script>\n"


@neg("high_entropy_non_secret")
def _():
    return "nix_store_paths", f"/nix/store/{rs('0123456789abcdfghijklmnpqrsvwxyz', 32)}-openssl-3.0.13\n/nix/store/{rs('0123456789abcdfghijklmnpqrsvwxyz', 32)}-python3-3.11.8\n"


@neg("high_entropy_non_secret")
def _():
    return "xcode_pbxproj_ids", f"\t\t{HX(24)} /* AppDelegate.swift in Sources */ = {{isa = PBXBuildFile; fileRef = {HX(24)} /* AppDelegate.swift */; }};\n"


@neg("high_entropy_non_secret")
def _():
    return "unity_meta_guid", f"fileFormatVersion: 2\nguid: {hx(32)}\nMonoImporter:\n  serializedVersion: 2\n"


@neg("high_entropy_non_secret")
def _():
    return "go_pseudo_version", f"require github.com/{org()}/lib v0.0.0-{day().replace('-', '')}101522-{hx(12)}\n"


@neg("high_entropy_non_secret")
def _():
    return "html_form_csrf_hidden", f"<form method=\"post\" action=\"/settings\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{rs_mixed(AN, 64)}\">\n  <button>Save</button>\n</form>\n"


@neg("high_entropy_non_secret")
def _():
    return "ethereum_tx_receipt", jd({"transactionHash": "0x" + hx(64), "blockHash": "0x" + hx(64), "from": "0x" + hx(40), "to": "0x" + hx(40), "status": "0x1"})


@neg("high_entropy_non_secret")
def _():
    return "magnet_link", f"magnet:?xt=urn:btih:{hx(40)}&dn=ubuntu-24.04-desktop-amd64.iso&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337\n"


# 13 public keys and certificates ---------------------------------------------------------------
@neg("public_key_certificate")
def _():
    return "authorized_keys_file", KEYS["ossh_ed25519_a_pub"] + KEYS["ossh_rsa_a_pub"]


@neg("public_key_certificate")
def _():
    return "known_hosts_lines", f"github.com {KEYS['ossh_ed25519_b_pub'].split()[0]} {KEYS['ossh_ed25519_b_pub'].split()[1]}\n|1|{b64(20)}|{b64(20)} {KEYS['ossh_ecdsa_a_pub'].split()[0]} {KEYS['ossh_ecdsa_a_pub'].split()[1]}\n"


@neg("public_key_certificate")
def _():
    return "pem_certificate_bundle", "# ca-bundle.crt\n" + KEYS["cert_c"]


@neg("public_key_certificate")
def _():
    return "pem_public_key", "jwt:\n  verify-key: |\n" + "".join("    " + l + "\n" for l in KEYS["pub_rsa_b"].splitlines())


@neg("public_key_certificate")
def _():
    return "certificate_signing_request", KEYS["csr_a"]


@neg("public_key_certificate")
def _():
    return "pgp_public_key_block", "To verify releases, import our signing key:\n\n" + KEYS["pgp_public"]


@neg("public_key_certificate")
def _():
    return "jwks_public_json", jd({"keys": [{"kty": "RSA", "use": "sig", "kid": rs(AN + "_-", 22), "alg": "RS256", "n": b64u(256), "e": "AQAB"}]})


@neg("public_key_certificate")
def _():
    return "age_recipients_file", "# .sops.yaml recipients\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: " + age_public_key() + "," + age_public_key() + "\n"


@neg("public_key_certificate")
def _():
    return "wireguard_peer_public_only", f"[Peer]\n# laptop\nPublicKey = {b64(32)}\nAllowedIPs = 10.8.0.{RNG.randint(2, 200)}/32\n"


@neg("public_key_certificate")
def _():
    return "dkim_dns_txt_record", f"selector1._domainkey.corp-sample.com. 3600 IN TXT \"v=DKIM1; k=rsa; p={''.join(KEYS['pub_rsa_b'].splitlines()[1:-1])}\"\n"


@neg("public_key_certificate")
def _():
    return "ec_public_key_pem", KEYS["pub_ec_a"]


# 14 empty password fields ---------------------------------------------------------------------
@neg("empty_password_field")
def _():
    return "dotenv_empty_values", "DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\nAPI_KEY=\nSECRET_KEY=\n"


@neg("empty_password_field")
def _():
    return "json_empty_password", jd({"username": "admin", "password": "", "token": None, "remember": False})


@neg("empty_password_field")
def _():
    return "yaml_null_password", "smtp:\n  host: localhost\n  port: 1025\n  username: ~\n  password: null\n"


@neg("empty_password_field")
def _():
    return "xml_empty_password_element", "<connection>\n  <user>sa</user>\n  <password/>\n  <apiKey></apiKey>\n</connection>\n"


@neg("empty_password_field")
def _():
    return "mysql_allow_empty_password", "services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: \"yes\"\n      MYSQL_ROOT_PASSWORD: \"\"\n"


@neg("empty_password_field")
def _():
    return "sql_identified_by_empty", "CREATE USER 'readonly'@'localhost' IDENTIFIED BY '';\n"


@neg("empty_password_field")
def _():
    return "cli_empty_password_flag", "redis-cli -h 127.0.0.1 -a '' ping\npsql \"host=localhost user=postgres password=\" -c 'select 1'\n"


@neg("empty_password_field")
def _():
    return "ini_empty_secret", "[auth]\nclient_id = web\nclient_secret =\nadmin_password =\n"


@neg("empty_password_field")
def _():
    return "game_server_no_password", "hostname \"Friday fun\"\nsv_password \"\"\nrcon_password \"\"\n"


# 15 timestamps / versions / sizes next to secret words --------------------------------------------
@neg("timestamp_version_near_secret")
def _():
    return "token_metadata_json", jd({"token_id": RNG.randint(1000, 99999), "token_expires_at": iso(), "token_created_at": iso(), "token_version": RNG.randint(1, 9), "scopes": ["read:org"]})


@neg("timestamp_version_near_secret")
def _():
    return "password_policy_config", "password_min_length: 14\npassword_history: 24\npassword_max_age_days: 90\nsecret_rotation_interval: 30d\napi_key_ttl_seconds: 86400\n"


@neg("timestamp_version_near_secret")
def _():
    return "jwt_expiry_settings", "JWT_EXPIRY=3600\nJWT_REFRESH_EXPIRY=1209600\nTOKEN_REFRESH_INTERVAL=15m\nSESSION_SECRET_VERSION=7\n"


@neg("timestamp_version_near_secret")
def _():
    return "secret_last_rotated_log", f"{iso()} INFO secret rotated name=db-password version={RNG.randint(2, 60)} last_rotated={ts_epoch()} next_rotation={day()}\n"


@neg("timestamp_version_near_secret")
def _():
    return "api_key_created_epoch_ms", jd({"apiKeyName": "ci", "apiKeyCreated": ts_epoch() * 1000, "apiKeyLastUsed": ts_epoch() * 1000, "apiKeyPrefix": "ak_"})


@neg("timestamp_version_near_secret")
def _():
    return "auth_library_versions", "authlib==1.3.0\npasslib==1.7.4\npython-jose==3.3.0\nsecret-handshake==0.4.2\n"


@neg("timestamp_version_near_secret")
def _():
    return "shadow_style_aging_fields", "# password last change (days since epoch), min, max, warn\nlastchg=19795 min=0 max=99999 warn=7\n"


@neg("timestamp_version_near_secret")
def _():
    return "vault_kv_metadata", jd({"data": {"created_time": iso(), "current_version": RNG.randint(2, 30), "max_versions": 10, "oldest_version": 1, "updated_time": iso()}})


@neg("timestamp_version_near_secret")
def _():
    return "key_rotation_changelog", f"## {RNG.randint(1, 4)}.{RNG.randint(0, 20)}.{RNG.randint(0, 9)} ({day()})\n- api_key header renamed to X-Api-Key\n- password reset tokens now expire after 1800 s\n"


# 16 ciphertext / one-way hashes -------------------------------------------------------------
def _sops_val(n):
    return f"ENC[AES256_GCM,data:{b64(n)},iv:{b64(32)},tag:{b64(16)},type:str]"


@neg("ciphertext")
def _():
    return "sops_encrypted_yaml", ("db_password: " + _sops_val(18) + "\napi_token: " + _sops_val(30) + "\nsops:\n    age:\n        - recipient: " + age_public_key()
                                   + "\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            " + b64(60) + "\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"" + iso() + "\"\n    version: 3.8.1\n")


@neg("ciphertext")
def _():
    return "sops_encrypted_dotenv", "DB_PASSWORD=" + _sops_val(20) + "\nSTRIPE_SECRET_KEY=" + _sops_val(40) + "\nsops_version=3.8.1\n"


@neg("ciphertext")
def _():
    lines = [hx(80) for _ in range(5)]
    return "ansible_vault_file", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@neg("ciphertext")
def _():
    return "ansible_inline_vault", "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          " + "\n          ".join(hx(80) for _ in range(4)) + "\n"


@neg("ciphertext")
def _():
    return "sealed_secret_manifest", ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\n  namespace: prod\nspec:\n  encryptedData:\n    password: Ag" + b64(300).rstrip("=") + "\n")


@neg("ciphertext")
def _():
    return "htpasswd_bcrypt", "\n".join(f"{u}:$2y$10${rs(B64U.replace('-', '.').replace('_', '/'), 53)}" for u in ["admin", "grafana", "prom"]) + "\n"


@neg("ciphertext")
def _():
    return "argon2_hash_in_dump", f"INSERT INTO users (id, email, password_hash) VALUES ({RNG.randint(1, 999)}, '{user()}@corp-sample.com', '$argon2id$v=19$m=65536,t=3,p=4${b64(16).rstrip('=')}${b64(32).rstrip('=')}');\n"


@neg("ciphertext")
def _():
    return "django_pbkdf2_hash", f"pbkdf2_sha256$720000${rs_mixed(AN, 22)}${b64(32)}\n"


@neg("ciphertext")
def _():
    return "etc_shadow_lines", f"root:$y$j9T${rs(B64U.replace('-', '.').replace('_', '/'), 22)}${rs(B64U.replace('-', '.').replace('_', '/'), 43)}:19795:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n"


@neg("ciphertext")
def _():
    return "postgres_scram_verifier", f"rolname  | rolpassword\n---------+-------------\n app      | SCRAM-SHA-256$4096:{b64(16)}${b64(32)}:{b64(32)}\n"


@neg("ciphertext")
def _():
    return "jenkins_credentials_xml_encrypted", "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>nexus</id>\n  <username>deployer</username>\n  <password>{AQAAABAAAAAQ" + b64(48) + "}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"


@neg("ciphertext")
def _():
    return "aws_kms_ciphertext_blob", jd({"CiphertextBlob": "AQICAHh" + b64(150), "KeyId": f"arn:aws:kms:eu-west-1:{dg(12)}:key/{uuid4()}", "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"})


@neg("ciphertext")
def _():
    return "pgp_encrypted_message", "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(b64(48) for _ in range(4)) + "\n=" + b64(3) + "\n-----END PGP MESSAGE-----\n"


@neg("ciphertext")
def _():
    return "vault_transit_ciphertext", jd({"data": {"ciphertext": "vault:v1:" + b64(44), "key_version": 1}})


@neg("ciphertext")
def _():
    return "jasypt_enc_property", "spring.datasource.password=ENC(" + b64(48) + ")\n"


@neg("ciphertext")
def _():
    return "rails_credentials_yml_enc", b64(120) + "--" + b64(12) + "--" + b64(16) + "\n"


@neg("ciphertext")
def _():
    return "mosquitto_passwd_file", f"sensors:$7$101${b64(12)}${b64(64)}\n"


@neg("ciphertext")
def _():
    return "mysql_native_password_hash", f"| repl    | %         | *{HX(40)} |\n"


# 17 webhook signatures / HMAC outputs ----------------------------------------------------------------
@neg("webhook_signature")
def _():
    return "github_webhook_delivery_headers", f"POST /webhooks/github HTTP/1.1\nX-GitHub-Event: push\nX-GitHub-Delivery: {uuid4()}\nX-Hub-Signature: sha1={hx(40)}\nX-Hub-Signature-256: sha256={hx(64)}\nContent-Type: application/json\n"


@neg("webhook_signature")
def _():
    return "stripe_signature_header", f"Stripe-Signature: t={ts_epoch()},v1={hx(64)},v0={hx(64)}\n"


@neg("webhook_signature")
def _():
    return "slack_request_signature", f"X-Slack-Request-Timestamp: {ts_epoch()}\nX-Slack-Signature: v0={hx(64)}\n"


@neg("webhook_signature")
def _():
    return "standard_webhooks_signature", f"webhook-id: msg_{rs_mixed(AN, 27)}\nwebhook-timestamp: {ts_epoch()}\nwebhook-signature: v1,{b64(32)}\n"


@neg("webhook_signature")
def _():
    return "shopify_hmac_header", f"X-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: {b64(32)}\nX-Shopify-Shop-Domain: acme-store.myshopify.com\n"


@neg("webhook_signature")
def _():
    return "twilio_signature_header", f"X-Twilio-Signature: {b64(20)}\nI-Twilio-Idempotency-Token: {uuid4()}\n"


@neg("webhook_signature")
def _():
    return "mailgun_webhook_signature_block", jd({"signature": {"timestamp": str(ts_epoch()), "token": hx(50), "signature": hx(64)}, "event-data": {"event": "delivered"}})


@neg("webhook_signature")
def _():
    return "aws_sigv4_doc_authorization", f"Authorization: AWS4-HMAC-SHA256 Credential={AWS_DOC_ID}/20240312/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature={hx(64)}\n"


@neg("webhook_signature")
def _():
    return "zoom_webhook_signature", f"x-zm-request-timestamp: {ts_epoch()}\nx-zm-signature: v0={hx(64)}\n"


@neg("webhook_signature")
def _():
    return "hmac_verify_code_with_sig", f"expected = hmac.new(secret, body, hashlib.sha256).hexdigest()\n# received from header: {hx(64)}\nassert hmac.compare_digest(expected, received)\n"


NEG_WRAPPERS = [
    ("in_markdown_fence", lambda t: "Snippet from the team wiki:\n\n```\n" + t.rstrip("\n") + "\n```\n"),
    ("in_diff_hunk", lambda t: "diff --git a/docs/setup.md b/docs/setup.md\n@@ -0,0 +1,%d @@\n" % len(t.splitlines()) + "".join("+" + l + "\n" for l in t.splitlines())),
    ("in_chat_message_json", lambda t: jd({"type": "message", "user": "U0" + rs(UP + DG, 9), "text": "fyi, this is what the docs show:\n" + t})),
    ("in_email_quote", lambda t: "On Tue, " + user() + " wrote:\n" + "".join("> " + l + "\n" for l in t.splitlines())),
    ("in_html_pre", lambda t: "<pre><code>" + html.escape(t) + "</code></pre>\n"),
]


def build_negatives(per_class=18):
    set_rng("negatives")
    recs, seen = [], set()
    wi = 0
    for cls in NEG:
        fns = NEG[cls]
        for i in range(per_class):
            cont, text = fns[i % len(fns)]()
            if text in seen:
                wname, wrap = NEG_WRAPPERS[wi % len(NEG_WRAPPERS)]
                wi += 1
                cont, text = cont + "__" + wname, wrap(text)
            seen.add(text)
            recs.append({"class": cls, "container": cont, "text": text, "source": "p7 synthetic; hard negative; class=" + cls})
    return recs


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
UNICODE_NAME_OK = {"helm_values_yaml", "ansible_group_vars", "chef_data_bag_json", "puppet_hiera_yaml", "salt_pillar_sls", "spring_application_yml",
                   "dotnet_appsettings_json", "json5_config", "hjson_config", "jekyll_config_yml", "home_assistant_secrets_yaml", "test_fixture_yaml",
                   "insomnia_export", "postman_environment", "thunder_client_env", "avro_json_record", "ini_generic", "yaml_anchor_merge",
                   "python_seed_script", "csv_export", "tsv_export", "xlsx_as_csv_semicolon", "notion_export_md", "trello_card_json", "eml_message",
                   "crash_report_text", "rails_migration_seed", "streamlit_secrets_toml", "cue_config", "edn_clojure_config"}


def eff_n(n):
    return 1 if n <= 2 else 2


POSITIVE_TARGET = 598


def merge_creds(c1, c2):
    c = Cred(c1.type, c1.value, c1.name, c1.service, c1.header, c1.host, c1.kind, c1.plain,
             c1.extras + [(c2.name, c2.value, c2.type, c2.plain)] + c2.extras, c1.shape)
    c.merged = [c1, c2]
    return c


def build_positives():
    set_rng("compatibility-probe")
    probe = [sp.make() for sp in SPECS]
    compat = {name: sum(1 for c in probe if pred(c)) for name, pred, _f in GENERIC}
    set_rng("positives")
    out = []
    usage = {name: 0 for name, _p, _f in GENERIC}
    gmap = {name: (pred, fn) for name, pred, fn in GENERIC}

    def place_generic(c, note, allowed=None):
        need = [v for (_n, v, t, _p) in c.entries() if t] if getattr(c, "merged", None) else [c.value]
        cands = [n for n, (pred, _fn) in gmap.items() if pred(c) and (allowed is None or n in allowed)]
        RNG.shuffle(cands)
        cands.sort(key=lambda n: (usage[n], compat[n] // 40))
        for n in cands:
            tpl = gmap[n][1](c, c.E())
            if not tpl:
                continue
            text, spans = render(tpl, c.ents())
            got = {sp["value"] for sp in spans}
            if all(v in got for v in need):
                usage[n] += 1
                out.append({"container": n, "text": text, "secrets": spans, "source": note})
                return
        raise RuntimeError("no generic container for " + c.type)

    n_bespoke = len(BESPOKE)
    name_only = NAME_ONLY
    units = [sp for sp in SPECS for _ in range(eff_n(sp.n))]
    target_generic = POSITIVE_TARGET - n_bespoke - len(PROSE) - len(name_only)
    merges = max(0, len(units) - target_generic)
    idx = list(range(len(units)))
    RNG.shuffle(idx)
    pairs, singles = [], []
    pool = idx[:2 * merges]
    while pool:
        a = pool.pop(0)
        for j, b in enumerate(pool):
            ua, ub = units[a], units[b]
            names_a = {ua.name} | ({"AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"} if ua.service == "aws" else set())
            names_b = {ub.name} | ({"AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"} if ub.service == "aws" else set())
            if ua is not ub and not (names_a & names_b) and ua.kind == "token" and ub.kind in ("token", "url"):
                pairs.append((a, b))
                pool.pop(j)
                break
        else:
            singles.append(a)
    singles += idx[2 * merges:]
    order = sorted([("p", a, b) for a, b in pairs] + [("s", a, None) for a in singles], key=lambda x: x[1])
    for kind, a, b in order:
        if kind == "s":
            sp = units[a]
            place_generic(sp.make(), f"p7 synthetic; generic container; shape: {sp.shape}")
        else:
            s1, s2 = units[a], units[b]
            c = merge_creds(s1.make(), s2.make())
            place_generic(c, f"p7 synthetic; generic container with two credentials; shapes: {s1.shape} / {s2.shape}")
    for name, typ in name_only:
        v = name_only_value(typ)
        c = Cred(typ, v, name, "internal", header=None)
        place_generic(c, "p7 synthetic; secret recognisable only by its name", None if name.isascii() else UNICODE_NAME_OK)
    for cont, _n, fn in BESPOKE:
        tpl, ents = fn()
        text, spans = render(tpl, ents)
        out.append({"container": cont, "text": text, "secrets": spans, "source": "p7 synthetic; bespoke container syntax"})
    for cont, tpl, ents, note in prose_records():
        text, spans = render(tpl, ents)
        out.append({"container": cont, "text": text, "secrets": spans, "source": "p7 synthetic; " + note})
    RNG.shuffle(out)
    recs = []
    for i, r in enumerate(out):
        r["secrets"].sort(key=lambda s: s["start"])
        recs.append({"id": f"p7-pos-{i + 1:04d}", "type": r["secrets"][0]["type"] if r["secrets"] else None, "container": r["container"],
                     "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    return recs, usage


# --------------------------------------------------------------------------
# consistency checks
# --------------------------------------------------------------------------
class CheckError(Exception):
    pass


def require(cond, msg):
    if not cond:
        raise CheckError(msg)


BAD_CHARS = ["\u2028", "\u2029", "\x85", "\u27ea", "\u27eb"]


def check_spans(r):
    t = r["text"]
    require(r["secrets"], f"{r['id']}: no spans")
    prev_end = -1
    for s in r["secrets"]:
        require(t[s["start"]:s["end"]] == s["value"], f"{r['id']}: offset mismatch for {s['type']}")
        require(s["start"] >= prev_end, f"{r['id']}: overlapping spans")
        require(s["end"] > s["start"], f"{r['id']}: empty span")
        prev_end = s["end"]
    require(r["type"] == r["secrets"][0]["type"], f"{r['id']}: record type != first span type")
    for ch in BAD_CHARS:
        require(ch not in t, f"{r['id']}: forbidden char U+{ord(ch):04X}")
    t.encode("utf-8")


def run_checks(pos, eva, negs):
    report = []
    # ids
    for prefix, recs in (("p7-pos-", pos), ("p7-eva-", eva), ("p7-neg-", negs)):
        ids = [r["id"] for r in recs]
        require(len(ids) == len(set(ids)), prefix + " duplicate ids")
        require(ids == [f"{prefix}{i + 1:04d}" for i in range(len(ids))], prefix + " ids not sequential")
    report.append("ids unique and sequential in all three files")
    # positives
    seen = {}
    for r in pos:
        check_spans(r)
        vals = {}
        for s in r["secrets"]:
            vals[s["value"]] = vals.get(s["value"], 0) + 1
        for v, k in vals.items():
            require(r["text"].count(v) == k, f"{r['id']}: labelled value also occurs unlabelled ({r['text'].count(v)} vs {k})")
            require(seen.get(v, r["id"]) == r["id"], f"{r['id']}: value reused from {seen.get(v)}")
            seen[v] = r["id"]
        for s in r["secrets"]:
            if re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}", s["value"]):
                require(gh_style_valid(s["value"]), f"{r['id']}: bad GitHub/npm checksum")
            if s["value"].startswith("AGE-SECRET-KEY-1"):
                require(bech32_valid(s["value"]), f"{r['id']}: bad age bech32 checksum")
            if "plain" in s and s["type"] in ("docker_registry_auth", "npm_basic_auth", "elastic_api_key", "ftp_password"):
                require(base64.b64decode(s["value"]).decode() == s["plain"], f"{r['id']}: plain mismatch")
            if "plain" in s and "PRIVATE KEY" in s["plain"]:
                dec = s["value"].replace("\\n", "\n")
                dec = re.sub(r"\n[ ]+", "\n", dec)
                if s["type"] == "kubeconfig_client_key_data":
                    dec = base64.b64decode(s["value"]).decode()
                require(dec.strip() == s["plain"].strip(), f"{r['id']}: PEM plain mismatch")
            if "PRIVATE KEY" in s["value"] or "PuTTY-User-Key-File" in s["value"]:
                require(s["value"].rstrip().endswith("-----") or s["value"].startswith("PuTTY"), f"{r['id']}: key span must end at END line")
    report.append(f"positives: {len(pos)} records, every span re-sliced, sorted, non-overlapping; record type == first span type")
    report.append("positives: every labelled value occurs exactly as often as it is labelled (no unlabelled copy); no value reused across records")
    report.append("positives: GitHub/npm CRC32-base62 checksums and age bech32 checksums verified; base64 'plain' fields decoded and compared; PEM plain fields compared")
    # evasions
    for r in eva:
        check_spans(r)
        require(r["encoding"] in DECODERS, r["id"] + ": unknown encoding")
        for s in r["secrets"]:
            require("plain" in s, r["id"] + ": evasion span without plain")
            got = DECODERS[r["encoding"]](s["value"])
            require(got == s["plain"], f"{r['id']}: {r['encoding']} does not decode to plain ({got[:30]!r})")
            require(s["plain"] not in r["text"], f"{r['id']}: plain token visible verbatim")
            require(s["value"] != s["plain"], f"{r['id']}: encoding is identity")
            require(s["plain"] not in seen, f"{r['id']}: evasion token also used in positives")
    report.append(f"evasions: {len(eva)} records, every span decodes back to its plain value with the named decoder, and the plain value never appears verbatim")
    # negatives
    allvals = set(seen) | {s["value"] for r in eva for s in r["secrets"]} | {s["plain"] for r in eva for s in r["secrets"]}
    allvals = sorted(v for v in allvals if len(v) >= 8)
    for r in negs:
        t = r["text"]
        for ch in BAD_CHARS:
            require(ch not in t, f"{r['id']}: forbidden char")
        for v in allvals:
            require(v not in t, f"{r['id']}: contains a positive value")
        for m in re.finditer(r"(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}", t):
            require(not gh_style_valid(m.group(0)), f"{r['id']}: checksum-valid GitHub token in a negative")
        require(not re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t), f"{r['id']}: private key in negative")
        for m in re.finditer(r"AGE-SECRET-KEY-1[0-9A-Z]{58}", t):
            raise CheckError(f"{r['id']}: age secret key in negative")
    require(len({r["text"] for r in negs}) == len(negs), "duplicate negative texts")
    require(len({r["text"] for r in pos}) == len(pos), "duplicate positive texts")
    report.append(f"negatives: {len(negs)} records; no duplicate texts; none contains any positive/evasion value or plain; no checksum-valid GitHub/npm token, no private-key block, no age secret key")
    # doc examples only in negatives
    for v in (AWS_DOC_ID, AWS_DOC_SECRET, JWT_IO_SAMPLE, STRIPE_DOCS_TEST_KEY, RFC7617_BASIC):
        require(not any(v in r["text"] for r in pos + eva), "documentation example leaked into positives")
    report.append("documentation examples (AWS EXAMPLE keys, jwt.io sample, Stripe docs key, RFC 7617 sample) appear only in negatives")
    # json round trip
    for r in pos + eva + negs:
        require(json.loads(json.dumps(r, ensure_ascii=False)) == r, r["id"] + ": json round trip")
    report.append("all records survive a JSON round trip")
    # breadth
    types = sorted({s["type"] for r in pos for s in r["secrets"]})
    conts = sorted({r["container"] for r in pos})
    require(540 <= len(pos) <= 620, f"positives count {len(pos)} out of range")
    require(100 <= len(eva) <= 125, f"evasions count {len(eva)} out of range")
    require(280 <= len(negs) <= 320, f"negatives count {len(negs)} out of range")
    require(len(types) >= 180, f"only {len(types)} credential types")
    require(len(conts) >= 200, f"only {len(conts)} container kinds")
    encs = {}
    for r in eva:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    require(len(encs) == 19 and min(encs.values()) >= 6, "evasion encodings incomplete")
    report.append(f"breadth: {len(types)} span types, {len(conts)} container kinds in positives; 19 encodings x >= 6 evasions")
    return report


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------
def counter(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return d


def readme(pos, eva, negs, report):
    span_types = counter(s["type"] for r in pos for s in r["secrets"])
    rec_types = counter(r["type"] for r in pos)
    conts = counter(r["container"] for r in pos)
    nspans = sum(len(r["secrets"]) for r in pos)
    encs = counter(r["encoding"] for r in eva)
    eva_conts = counter(r["container"] for r in eva)
    ncls = counter(r["class"] for r in negs)
    ncont = counter(r["container"] for r in negs)
    langs = sorted({re.search(r"lang=([\w-]+)", r["source"]).group(1) for r in pos if "lang=" in r["source"]})
    guessed = sorted({(sp.type, sp.shape) for sp in SPECS if sp.shape != "known"})
    L_ = []
    w = L_.append
    w("# privacy_seventh (p7) – held-out credential corpus\n")
    w("Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` "
      "(Python 3.11 standard library only, fixed `random.Random` seeds per section, no clock, no environment, no network). "
      "Running `python3 build.py` regenerates the three JSONL files and this README byte-for-byte; it runs all consistency checks first and writes nothing if one fails.\n")
    w("## Files and counts\n")
    w("| file | records | spans | notes |\n|---|---|---|---|")
    w(f"| `secrets.jsonl` | {len(pos)} | {nspans} | {len(span_types)} distinct span types, {len(rec_types)} distinct record types, {len(conts)} distinct container kinds |")
    w(f"| `evasions.jsonl` | {len(eva)} | {sum(len(r['secrets']) for r in eva)} | {len(encs)} encodings, {len(eva_conts)} container kinds, {len({r['type'] for r in eva})} credential types |")
    w(f"| `negatives.jsonl` | {len(negs)} | – | {len(ncls)} classes, {len(ncont)} container kinds |\n")
    w("Record schema (positives): `id`, `type` (= type of the first span by position), `container`, `text`, `secrets` "
      "(`value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions add `encoding`; every evasion span has `plain`. "
      "Negatives: `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`.\n")
    w("## Conventions\n")
    for line in [
        "A span covers only the credential: the password inside a URL (not `user:`), the token after `Bearer`/`token`/`Basic`/`SSWS`/`Api-Token`, the value after `NAME=` or `key:` (not the quotes), a cookie's value (not its name).",
        "Private keys span from `-----BEGIN …-----` to `-----END …-----` *as written*: when the key sits in a YAML block scalar the indentation is inside the span; when it is JSON- or dotenv-escaped the literal `\\n` sequences are inside the span. `plain` then holds the unindented/unescaped PEM. PuTTY `.ppk` spans the whole file body (header to `Private-MAC`).",
        "Webhook / capability URLs (Slack, Discord, Teams, Logic Apps, Google Chat, Mattermost, Zapier, IFTTT, Make) are labelled in full, scheme included.",
        "Access-key *ids* of key pairs (AWS `AKIA`/`ASIA`, Alibaba `LTAI`, Tencent `AKID`, GCS HMAC `GOOG1E…`, Scaleway `SCW…`, Backblaze key id, MinIO/Wasabi access key, Twilio `SK…` key SID, Sumo Logic access id, ClickHouse Cloud key id, Mux token id, Binance API key, OPNsense API key) follow the AWS rule: labelled only when their secret half is in the same record. Account/app identifiers (Twilio `AC…`, Vonage api_key, Plivo auth id, MongoDB Atlas public key, Vault role_id, usernames) stay unlabelled. AWS SES SMTP usernames are AKIA ids and are labelled next to the SMTP password.",
        "Public neighbours inside positive records stay unlabelled: publishable keys (`pk_live_`, `sb_publishable_`, Clerk `pk_live_`), Supabase anon JWTs, Firebase web API keys, OAuth client ids, Sentry DSNs, Algolia search keys, Mapbox `pk.` tokens, Razorpay key ids, Plaid/Trello/Spotify/Imgur client ids, certificates next to private keys, CSRF tokens, Pusher app keys.",
        "Encoded-but-plain forms that are the normal storage format are positives with `plain`: Docker `config.json` `auth`, `.npmrc` `_auth`, FileZilla `Pass encoding=\"base64\"`, Elastic `ApiKey` (base64 of `id:key`), kubeconfig `client-key-data`. Deliberate obfuscation is in `evasions.jsonl`.",
        "Documentation examples (AWS `…EXAMPLE` keys, the jwt.io default token, RFC 7617/6749/6750/4226 samples, Stripe's docs test key, the Kubernetes docs Secret) appear only in `negatives.jsonl`.",
        "When a labelled value occurs more than once in a text (e.g. `d-i passwd/root-password` and `…-again`), every occurrence is labelled.",
        "`base64_name_assignment` evasions decode to `NAME=token` (sometimes with a trailing newline); their `plain` is the token alone. The checker verifies `decode(value).split('=',1)[1].rstrip('\\n') == plain`.",
        "`string_concatenation` spans cover the whole expression from the first quote to the last quote (operators and line breaks included); `char_code_array` spans cover the whole array/call expression; `split_across_lines` spans cover both halves plus the line break and continuation marker.",
    ]:
        w("- " + line)
    w("")
    w("## Categories\n")
    w("Positives are built three ways:\n")
    w("1. **Vendor shapes in generic containers** – " + str(len(SPECS)) + " credential shapes (cloud, CI/CD, source control, package registries, AI providers, observability, payments, messaging, databases-as-a-service, SaaS) "
      "placed into " + str(len(GENERIC)) + " generic containers, always choosing the least-used compatible container so that containers rotate.")
    fk = counter(FAMILY[c] for c in conts)
    w("2. **Bespoke syntaxes** – " + str(len(BESPOKE)) + " container-specific places where the credential type follows from the syntax: " + str(fk.get("sql_and_db_shells", 0))
      + " SQL DDL/DCL and database-shell forms (PostgreSQL, MySQL/MariaDB, SQL Server, Oracle, Snowflake, ClickHouse, Cassandra, Neo4j, InfluxDB, Redis ACL, MongoDB); "
      + str(fk.get("cli_password_flags", 0)) + " command lines with password flags/env prefixes; " + str(fk.get("connection_strings", 0)) + " connection-string dialects; "
      + str(fk.get("credential_files", 0)) + " credential files; " + str(fk.get("tables", 0)) + " table layouts; " + str(fk.get("url_query_and_form_bodies", 0))
      + " URL query / form-body layouts; " + str(fk.get("value_on_next_line", 0)) + " value-on-the-next-line layouts; " + str(fk.get("service_configs", 0))
      + " service configs (mail, directory, VoIP, MQTT, game servers, home automation, network gear, installers, proxies, web frameworks); "
      + str(fk.get("private_key_embeddings", 0)) + " private-key embeddings.")
    w("3. **Prose and name-only secrets** – " + str(len(PROSE)) + " sentences in " + str(len(langs)) + " languages (" + ", ".join(langs) + ") with varied sentence shapes, "
      "and " + str(len(NAME_ONLY)) + " generic secrets recognisable only by their name in many naming styles (camel, snake, SCREAMING, kebab-ish, Hungarian, abbreviations) and spoken languages, with human-chosen and random values.\n")
    w("### Container families\n")
    w("Container kinds are fine-grained (most are used once or twice, by design: variety over repetition). For per-group statistics use these families (assigned where each container is defined in build.py):\n")
    w("| family | container kinds | positive records |\n|---|---|---|")
    rec_f = counter(FAMILY[r["container"]] for r in pos)
    for fam in sorted(rec_f, key=lambda f: -rec_f[f]):
        w(f"| `{fam}` | {fk[fam]} | {rec_f[fam]} |")
    w("")
    w("### Span types in positives\n")
    w(", ".join(f"`{k}` ({v})" for k, v in sorted(span_types.items())) + "\n")
    w("### Container kinds in positives\n")
    w(", ".join(f"`{k}` ({v})" for k, v in sorted(conts.items())) + "\n")
    w("### Evasion encodings\n")
    w(", ".join(f"`{k}` ({v})" for k, v in encs.items()) + "\n")
    w("Evasion containers: " + ", ".join(f"`{k}`" for k in sorted(eva_conts)) + "\n")
    w("### Negative classes\n")
    w("| class | records |\n|---|---|")
    for k, v in ncls.items():
        w(f"| `{k}` | {v} |")
    w("")
    w("Negative containers: " + ", ".join(f"`{k}`" for k in sorted(ncont)) + "\n")
    w("## Checks run by build.py before writing\n")
    for line in report:
        w("- " + line)
    w("- determinism: every random choice comes from per-section `random.Random` streams seeded from a constant; no set iteration, clock or environment is used (verified externally by diffing two runs under different `PYTHONHASHSEED` values).\n")
    w("## Judgement calls\n")
    for line in [
        "Publishable/public-by-design values (Stripe `pk_live_`, Firebase/Maps `AIza` keys in browser config, Supabase anon JWT, Sentry DSN, reCAPTCHA/Turnstile site keys, PostHog `phc_`, Datadog RUM `pub…`, New Relic `NRJS-`, Razorpay key id, PayPal client id, LaunchDarkly client-side id) are negatives even where their *shape* equals a positive type (a bare `AIza…` server key is a positive `gcp_api_key`). Context decides.",
        "CSRF tokens, nonces, ETags, cache keys, commit SHAs, trace ids, SRI hashes, Mailgun webhook `token` nonces and HMAC signatures are treated as non-secret.",
        "Ciphertext and one-way hashes (SOPS, Ansible Vault, SealedSecrets, KMS blobs, PGP messages, Jasypt/Jenkins `{AQAA…}`, bcrypt/argon2/pbkdf2/yescrypt/SCRAM/MySQL hashes) are negatives; reversibly *encoded* values (base64 `auth`, FileZilla base64) are positives. Cisco type-7 / Juniper `$9$` (reversible) are deliberately absent.",
        "An AWS SigV4 `Authorization` header is a negative (a request signature), shown with the documentation key id so that no real-looking AKIA id stands alone.",
        "Encrypted PKCS#8 private keys are labelled (`private_key_encrypted`) and, when the passphrase is in the same record, so is the passphrase.",
        "Django `SECRET_KEY`, Rails `secret_key_base`, Laravel `APP_KEY`, Flask/Express/NextAuth secrets, Fernet keys, JWT HMAC secrets and Erlang cookies are labelled as their own types.",
        "SNMP community strings, RADIUS shared secrets, SIP/RCON/game-server passwords and Wi-Fi PSKs are labelled as credentials.",
        "Vault unseal keys and root token printed by `vault operator init` are all labelled; generated passwords printed on the next line (Jenkins setup wizard, Argo CD initial admin, Elasticsearch reset, MySQL `GENERATED ROOT PASSWORD`) are labelled.",
        "Name-only records use non-ASCII identifiers (e.g. `пароль_бд`, `密码`, `비밀번호`) only in formats where such keys are legal (YAML, JSON, TOML, INI, CSV, code strings).",
        "`record.type` follows the brief literally (type of the first span by position), so an AWS record whose key id precedes the secret has `type: aws_access_key_id`.",
        "The `ftp_password` FileZilla record and `docker_registry_auth`/`npm_basic_auth` spans cover the base64 text; `plain` is the decoded password or `user:password`.",
        "Some generic containers are deliberately odd homes for a credential (a LaTeX macro, an iCalendar DESCRIPTION, an Emacs local-variables footer, a vim swap file, a Dhall record) because the goal is generalisation to unanticipated places.",
    ]:
        w("- " + line)
    w("")
    w("## Guessed or partly guessed shapes\n")
    w("Shapes marked here follow public rule descriptions or vendor docs only loosely (length, alphabet or checksum not fully specified publicly). They are shape-plausible, not validated against the vendor.\n")
    for t, sh in guessed:
        w(f"- `{t}`: {sh}")
    for line in [
        "`bitbucket_app_password` (`ATBB` + 28 alnum + 8 upper-hex), `atlassian_api_token` (`ATATT3xFfGF0` + body + `=` + 8 upper-hex): checksum tail not modelled.",
        "`matrix_access_token`: Synapse-style `syt_<b64(localpart)>_<20 random>_<6-char base62 CRC32>`; the base62 alphabet order is assumed to be 0-9A-Za-z.",
        "`grafana_service_account_token`: trailing 8 hex computed as CRC32 of `glsa_`+body (assumption).",
        "`putty_private_key`: real PuTTY v2 layout derived from the embedded OpenSSH ed25519 key with a real HMAC-SHA1 MAC; the private blob encodes the 32-byte seed as an SSH string.",
        "`pypi_upload_token`: a structurally valid macaroon v2 (location `pypi.org`, UUID identifier, JSON caveat, random 32-byte signature) base64url-encoded.",
        "`wordpress_application_password`, `nextcloud_app_password`, `apple_app_specific_password`, `google_app_password`: grouping from the products' UI; alphabets assumed.",
        "`aws_session_token`: only the well-known `IQoJb3JpZ2luX2Vj` prefix and typical length are modelled.",
        "Evasion tokens reuse the positive generators but are generated afresh (no value is shared with `secrets.jsonl`).",
    ]:
        w("- " + line)
    w("")
    w("## Checksummed formats generated for real\n")
    w("- GitHub `ghp_/gho_/ghu_/ghs_/ghr_` and npm `npm_`: 30 random base62 characters + base62(CRC32(random part)) left-padded to 6.")
    w("- age `AGE-SECRET-KEY-1…`: bech32 (BIP-173) of 32 random bytes with HRP `age-secret-key-`, upper-cased. age recipients in negatives are bech32 with HRP `age`.")
    w("- JWTs (Supabase, Home Assistant) are real HS256 JWTs with random keys; Kubernetes SA / Turso tokens carry random signature bytes of the right length.")
    w("- Private keys were generated with `openssl` (RSA 2048 PKCS#1 and PKCS#8, EC P-256/P-384 SEC1 and PKCS#8, Ed25519 PKCS#8, DSA, AES-256 encrypted PKCS#8), `ssh-keygen` (OpenSSH ed25519/ECDSA/RSA) and `gpg` (ed25519 secret key block) in a private temporary directory that was deleted afterwards; they are embedded in `build.py` as data and protect nothing.\n")
    w("## Sources consulted (formats only)\n")
    for line in [
        "gitleaks default rule set (`config/gitleaks.toml`): prefixes, lengths and alphabets of vendor tokens.",
        "CredSweeper `ValueGitHubCheck` filter: which part of a GitHub token is covered by the CRC32 checksum.",
        "Azure DevOps PAT documentation page (prose only) and public secret-scanning metadata describing the 52-character base32 and 84-character annotated (`JQQJ9…`) key layouts.",
        "Public search results that surfaced a Kingfisher Azure DevOps rule and a Microsoft secret-type description (layout only: 84 characters with a `JQQJ9…` signature and a provider tag).",
        "Background knowledge, not re-read for this build: the GitHub/npm token-format announcements (checksum construction), BIP-173 (bech32), the age key encoding, the PuTTY PPK v2 layout and MAC, OpenSSH's `openssh-key-v1` container, macaroon v2 field layout.",
        "No example value, test fixture or sample secret from any rule set was copied; every credential-looking value is generated by `build.py` (the negatives' documentation examples are the vendors'/RFCs' published sample values, used deliberately as negatives).",
    ]:
        w("- " + line)
    w("")
    return "\n".join(L_)


def main():
    pos, _usage = build_positives()
    eva_raw = build_evasions()
    eva = []
    for i, r in enumerate(eva_raw):
        eva.append({"id": f"p7-eva-{i + 1:04d}", "type": r["secrets"][0]["type"], "container": r["container"], "encoding": r["encoding"],
                    "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negs = []
    for i, r in enumerate(build_negatives()):
        negs.append({"id": f"p7-neg-{i + 1:04d}", **r})
    try:
        report = run_checks(pos, eva, negs)
    except CheckError as e:
        print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    outputs = {
        "secrets.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pos),
        "evasions.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in eva),
        "negatives.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in negs),
    }
    outputs["README.md"] = readme(pos, eva, negs, report)
    for name, data in outputs.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    for line in report:
        print("ok:", line)
    print(f"wrote {len(pos)} positives, {len(eva)} evasions, {len(negs)} negatives")


if __name__ == "__main__":
    main()
