"""Structured vendor-token generators (JSON-bearing tokens, JWTs, checksummed tokens)."""
import json, zlib
from gen_common import (B62, B64U, HEX, LOWALNUM, b62, b64, b64u, gh_token, rs, uuid4)


def _j(o):
    return json.dumps(o, separators=(",", ":")).encode()


def jwt(r, header, payload, siglen=43):
    return "%s.%s.%s" % (b64u(_j(header)), b64u(_j(payload)), rs(r, B64U, siglen))


def ghp(r):
    return gh_token(r, "ghp_")


def gho(r):
    return gh_token(r, "gho_")


def glpat_routable(r):
    body = rs(r, B64U.replace("-", "").replace("_", ""), 27)
    crc = zlib.crc32(body.encode())
    tail = ""
    for _ in range(7):
        crc, d = divmod(crc, 36)
        tail = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + tail
    return "glpat-%s.01%s" % (body, tail)


def teamcity(r):
    return "eyJ0eXAiOiAiVENWMiJ9.%s.%s" % (rs(r, B64U, 27), rs(r, B64U, 48))


def ops(r):
    payload = {"signInAddress": "https://my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(bytes(r.getrandbits(8) for _ in range(16)))},
               "email": rs(r, LOWALNUM, 13) + "@1passwordserviceaccounts.com", "srpX": rs(r, HEX, 64),
               "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, B64U, 43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6), rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6), rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 5), rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 5), rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 5), rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 5)),
               "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 26)}, "deviceUuid": rs(r, "abcdefghijklmnopqrstuvwxyz234567", 26)}
    return "ops_" + b64(_j(payload)).rstrip("=")


def glc(r):
    o = str(r.randint(100000, 999999))
    payload = {"o": o, "n": "stack-%d-hm-write-%s" % (r.randint(100000, 999999), rs(r, LOWALNUM, 6)),
               "k": rs(r, B62, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0", "prod-ap-southeast-1"])}}
    return "glc_" + b64(_j(payload))


def twbearer(r):
    return "A" * 22 + rs(r, "0123456789", 4) + rs(r, B62, 56) + "%3D" + rs(r, B62, 30)


def convex(r):
    name = "%s-%s-%d" % (r.choice(["happy", "brave", "quiet", "tidy", "lucid"]), r.choice(["otter", "heron", "lynx", "marmot"]), r.randint(100, 999))
    return "prod:%s|%s" % (name, b64u(_j({"v2": rs(r, HEX, 32)})) + rs(r, B64U, 40))


def cftunnel(r):
    return b64(_j({"a": rs(r, HEX, 32), "t": uuid4(r), "s": b64(bytes(r.getrandbits(8) for _ in range(32)))}))


def k8sjwt(r):
    ns = r.choice(["payments", "ci-runners", "observability", "ingest"])
    sa = r.choice(["deployer", "argo-sync", "backup-agent", "metrics-reader"])
    iat = 1735000000 + r.randint(0, 20000000)
    pl = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000, "iat": iat,
          "iss": "https://kubernetes.default.svc.cluster.local",
          "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid4(r)}},
          "nbf": iat, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    return jwt(r, {"alg": "RS256", "kid": rs(r, B64U, 43)}, pl, 342)


def sbjwt(r):
    iat = 1730000000 + r.randint(0, 20000000)
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20), "role": "service_role", "iat": iat, "exp": iat + 315360000})


def tursojwt(r):
    return jwt(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": 1736000000 + r.randint(0, 9000000), "id": uuid4(r)}, 86)


def calendlyjwt(r):
    return jwt(r, {"kid": rs(r, HEX, 8), "typ": "PAT", "alg": "ES512"},
               {"iss": "https://auth.calendly.com", "iat": 1735000000 + r.randint(0, 9000000), "jti": uuid4(r), "user_uuid": uuid4(r)}, 176)


FN = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_") and k not in ("jwt",)}
