"""Ed25519 (RFC 8032) public-key derivation and key-file encoders for the p19 key files."""
import base64, hashlib, struct

P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = (-121665 * pow(121666, P - 2, P)) % P
I = pow(2, (P - 1) // 4, P)


def _xrecover(y):
    xx = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    x = pow(xx, (P + 3) // 8, P)
    if (x * x - xx) % P != 0:
        x = (x * I) % P
    if x % 2 != 0:
        x = P - x
    return x


BY = 4 * pow(5, P - 2, P) % P
B = (_xrecover(BY), BY)


def _add(p, q):
    x1, y1 = p; x2, y2 = q
    x3 = (x1 * y2 + x2 * y1) * pow(1 + D * x1 * x2 * y1 * y2, P - 2, P)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - D * x1 * x2 * y1 * y2, P - 2, P)
    return (x3 % P, y3 % P)


def _mul(pt, e):
    q = (0, 1)
    while e:
        if e & 1:
            q = _add(q, pt)
        pt = _add(pt, pt); e >>= 1
    return q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8; a |= 1 << 254
    x, y = _mul(B, a)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def selftest():
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")


def pem(label, der):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + 64] for i in range(0, len(b), 64)), label)


def ed25519_pkcs8_pem(seed):
    return pem("PRIVATE KEY", PKCS8_PREFIX + seed)


def _s(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(seed, comment, checkint):
    pub = ed25519_public(seed)
    pubblob = _s(b"ssh-ed25519") + _s(pub)
    priv = struct.pack(">II", checkint, checkint) + _s(b"ssh-ed25519") + _s(pub) + _s(seed + pub) + _s(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad]); pad += 1
    blob = b"openssh-key-v1\0" + _s(b"none") + _s(b"none") + _s(b"") + struct.pack(">I", 1) + _s(pubblob) + _s(priv)
    b = base64.b64encode(blob).decode()
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % body, "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment


def verify_pkcs8(pemtext):
    body = "".join(pemtext.strip().splitlines()[1:-1])
    der = base64.b64decode(body)
    return der[:16] == PKCS8_PREFIX and len(der) == 48


def verify_openssh(pemtext):
    body = "".join(pemtext.strip().splitlines()[1:-1])
    blob = base64.b64decode(body)
    assert blob.startswith(b"openssh-key-v1\0")
    i = 15

    def rd(i):
        n = struct.unpack(">I", blob[i:i + 4])[0]
        return blob[i + 4:i + 4 + n], i + 4 + n
    c, i = rd(i); k, i = rd(i); o, i = rd(i)
    i += 4
    pubblob, i = rd(i); priv, i = rd(i)
    c1, c2 = struct.unpack(">II", priv[:8])
    j = 8
    def rp(j):
        n = struct.unpack(">I", priv[j:j + 4])[0]
        return priv[j + 4:j + 4 + n], j + 4 + n
    t, j = rp(j); pub, j = rp(j); sk, j = rp(j)
    return c == b"none" and c1 == c2 and sk[32:] == pub and ed25519_public(sk[:32]) == pub and pubblob.endswith(pub)
