#!/usr/bin/env python3
"""privacy_ninth (p9) - held-out credential corpus generator.

Python 3 standard library only.  Deterministic: every random choice comes from
per-section random.Random streams seeded with constants; no clock, no
environment, no network.  Running it regenerates secrets.jsonl,
evasions.jsonl, negatives.jsonl and README.md byte-for-byte.  All consistency
checks run before anything is written; if one fails nothing is written.
"""
import base64
import binascii
import codecs
import gzip
import hashlib
import io
import json
import os
import random
import re
import string
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
A62 = DIG + UPP + LOW
AL = DIG + LOW
AU = DIG + UPP
HEX = "0123456789abcdef"
B64 = UPP + LOW + DIG + "+/"
B64U = UPP + LOW + DIG + "-_"
B32 = UPP + "234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(r, n, alpha=A62):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, width=6):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = A62[m] + s
    return s.rjust(width, "0")


def crc_token(r, prefix):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()))


def check_crc_token(tok):
    m = re.fullmatch(r"(gh[pousr]_|npm_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(2).encode())) == m.group(3)


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64e(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# ---- bech32 (BIP-173) for age secret keys ----
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32(hrp, data):
    d = _convertbits(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    vals = [BECH.index(c) for c in data]
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_key(r):
    return bech32("age-secret-key-", rbytes(r, 32)).upper()


def b58encode(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, m = divmod(n, 58)
        s = B58[m] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def wif(r):
    k = b"\x80" + rbytes(r, 32) + b"\x01"
    c = hashlib.sha256(hashlib.sha256(k).digest()).digest()[:4]
    return b58encode(k + c)


def jwt(r, payload, alg="HS256", siglen=32):
    h = b64u_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(r, siglen))


# ---- pure-python key material (deterministic, protects nothing) ----
def _is_probable_prime(n, r):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r):
            return c


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def rsa_params(r, bits=2048):
    e = 65537
    while True:
        p = _prime(r, bits // 2)
        q = _prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        d = pow(e, -1, phi)
        return n, e, d, p, q


def rsa_pkcs1_der(pr):
    n, e, d, p, q = pr
    return _der(0x30, b"".join(_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))


def pem(label, der, width=64):
    b = b64e(der)
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_pkcs8_der(pr):
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return _der(0x30, _der_int(0) + alg + _der(0x04, rsa_pkcs1_der(pr)))


def ed25519_pkcs8(r):
    return bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)


def ec_sec1_p256(r):
    # SEC1 ECPrivateKey without the optional public key field
    k = rbytes(r, 32)
    return _der(0x30, _der_int(1) + _der(0x04, k) + _der(0xA0, _der(0x06, bytes.fromhex("2a8648ce3d030107"))))


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return len(b).to_bytes(4, "big") + b


def _sshmp(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return _sshstr(b)


def openssh_rsa(r, pr, comment):
    n, e, d, p, q = pr
    pub = _sshstr("ssh-rsa") + _sshmp(e) + _sshmp(n)
    chk = r.getrandbits(32).to_bytes(4, "big")
    priv = chk + chk + _sshstr("ssh-rsa") + _sshmp(n) + _sshmp(e) + _sshmp(d) + _sshmp(pow(q, -1, p)) + _sshmp(p) + _sshmp(q) + _sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + _sshstr("none") + _sshstr("none") + _sshstr(b"") + (1).to_bytes(4, "big") + _sshstr(pub) + _sshstr(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def rsa_public_spki_pem(pr):
    n, e = pr[0], pr[1]
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    bits = _der(0x03, b"\x00" + _der(0x30, _der_int(n) + _der_int(e)))
    return pem("PUBLIC KEY", _der(0x30, alg + bits))


def ssh_rsa_pub(pr, comment):
    n, e = pr[0], pr[1]
    return "ssh-rsa " + b64e(_sshstr("ssh-rsa") + _sshmp(e) + _sshmp(n)) + " " + comment


# ---- record assembly -------------------------------------------------------
PH = re.compile(r"\u27ea(\d+)\u27eb")


def P(i):
    return "\u27ea%d\u27eb" % i


def assemble(tpl, vals):
    """tpl contains markers P(i); vals[i] = (value, type, plain_or_None)."""
    out = []
    spans = []
    pos = 0
    parts = PH.split(tpl)
    for k, part in enumerate(parts):
        if k % 2 == 0:
            out.append(part)
            pos += len(part)
        else:
            v, t, pl = vals[int(part)]
            sp = {"value": v, "start": pos, "end": pos + len(v), "type": t}
            if pl is not None:
                sp["plain"] = pl
            spans.append(sp)
            out.append(v)
            pos += len(v)
    return "".join(out), spans


def styl(name, style):
    w = name.lower().split("_")
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    return name


# fillers
WORDS = ["atlas", "borealis", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "iris", "juniper", "kestrel",
         "lumen", "magnet", "nimbus", "onyx", "prairie", "quartz", "rook", "sierra", "tundra", "umber", "vesper",
         "willow", "xenon", "yarrow", "zephyr", "basalt", "cinder", "delta", "falcon", "grove", "heron"]


def host(r):
    return "%s-%s-%02d.%s" % (r.choice(WORDS), r.choice(["db", "api", "app", "mq", "cache", "edge", "ci", "vpn"]), r.randrange(1, 40),
                              r.choice(["internal", "corp.lan", "prod.local", "svc.cluster.local", "eu-west-1.compute.internal", "example-co.net"]))


def ip(r):
    return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))


def ts(r, sep="T"):
    return "2025-%02d-%02d%s%02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 29), sep, r.randrange(24), r.randrange(60), r.randrange(60))


def user(r):
    return r.choice(["deploy", "svc_app", "jenkins", "mkowalski", "a.silva", "ops", "buildbot", "hkim", "admin_ro", "etl_user", "priya.n", "tanaka"])


def human_pw(r):
    w1 = r.choice(["Sommer", "Kaffee", "Harbor", "Maple", "Tiger", "Orkan", "Lisboa", "Nordlys", "Pumpkin", "Granite", "Mango", "Falke"])
    w2 = r.choice(["Regen", "Blue", "Stone", "Kite", "River", "Moon", "Fuchs", "Nebel", "Crab", "Pixel"])
    return w1 + r.choice(["", "_", "-", ".", "!"]) + w2 + str(r.randrange(10, 9999)) + r.choice(["!", "#", "$", "", "?", "%", "*"])


def rand_pw(r, n=None):
    n = n or r.randrange(14, 28)
    return rs(r, n, A62 + "!#%^*-_=+.")


def safe_pw(r, n=None):
    n = n or r.randrange(14, 26)
    return rs(r, n, A62 + "-_.~")

# ---- vendor credential shapes ---------------------------------------------
# (type, canonical variable name, generator)
def _pat(spec):
    """tiny pattern language: {X:n} where X in A(62) a(lower alnum) U(upper alnum) h(hex) H(HEX) d(digits)
    w(base64url chars) b(base64 chars) L(lower letters) Z(letters) 3(base32 upper) u(uuid)"""
    alph = {"A": A62, "a": AL, "U": AU, "h": HEX, "H": HEX.upper(), "d": DIG, "w": B64U[:-2] + "-_", "b": B64[:-2] + "+/",
            "L": LOW, "Z": UPP + LOW, "3": B32, "l": "abcdefghijklmnopqrstuvwxyz234567"}

    def gen(r):
        def rep(m):
            k = m.group(1)
            if k == "u":
                return uuid4(r)
            return rs(r, int(m.group(2)), alph[k])
        return re.sub(r"\{([A-Za-z0-9])(?::(\d+))?\}", rep, spec)
    return gen


def _b64key(n, tail=""):
    def g(r):
        return b64e(rbytes(r, n)) + tail
    return g


def _slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, AU), rs(r, 10, AU), rs(r, 24))


def _discord_bot(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64u_nopad(uid.encode()) + "." + rs(r, 6, B64U) + "." + rs(r, 38, B64U)


def _grafana_cloud(r):
    payload = {"o": str(r.randrange(100000, 999999)), "n": "stack-%d-%s" % (r.randrange(100000, 999999), r.choice(WORDS)),
               "k": rs(r, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0", "prod-ap-southeast-1"])}}
    return "glc_" + b64e(json.dumps(payload, separators=(",", ":")).encode())


def _sentry_org(r):
    payload = {"iat": 1730000000 + r.randrange(10 ** 7), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": r.choice(WORDS) + "-labs"}
    return "sntrys_" + b64u_nopad(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rs(r, 43, B64U)


def _op_sa(r):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": rs(r, 22, B64U)}, "email": rs(r, 26, "abcdefghijklmnopqrstuvwxyz234567") + "@1passwordserviceaccounts.com",
               "srpX": rs(r, 64, HEX), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, 43, B64U), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, 6, AU) + "-" + rs(r, 6, AU) + "-" + rs(r, 5, AU) + "-" + rs(r, 5, AU) + "-" + rs(r, 5, AU) + "-" + rs(r, 5, AU),
               "throttleSecret": {"seed": rs(r, 64, HEX), "uuid": rs(r, 26, AU)}, "deviceUuid": rs(r, 26, "abcdefghijklmnopqrstuvwxyz234567")}
    return "ops_" + b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())


def _k8s_sa(r):
    return jwt(r, {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 1790000000 + r.randrange(10 ** 6),
                   "iat": 1758000000 + r.randrange(10 ** 6), "iss": "https://kubernetes.default.svc.cluster.local",
                   "kubernetes.io": {"namespace": r.choice(["ci", "payments", "observability"]), "serviceaccount": {"name": r.choice(["deployer", "argo-workflow", "velero"]), "uid": uuid4(r)}},
                   "sub": "system:serviceaccount:ci:deployer"}, "RS256", 256)


def _ha_token(r):
    return jwt(r, {"iss": rs(r, 32, HEX), "iat": 1740000000 + r.randrange(10 ** 7), "exp": 2055000000 + r.randrange(10 ** 7)})


def _supabase_service(r):
    return jwt(r, {"iss": "supabase", "ref": rs(r, 20, LOW), "role": "service_role", "iat": 1720000000 + r.randrange(10 ** 7), "exp": 2035000000 + r.randrange(10 ** 7)})


def _mapbox_sk(r):
    return "sk." + b64u_nopad(json.dumps({"u": r.choice(WORDS) + "maps", "a": rs(r, 25, AL)}, separators=(",", ":")).encode()) + "." + rs(r, 22, B64U)


def _dockercfg_auth(r):
    u = user(r)
    pw = "dckr_pat_" + rs(r, 27, B64U)
    return b64e((u + ":" + pw).encode()), u + ":" + pw


def _wg(r):
    k = bytearray(rbytes(r, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return b64e(bytes(k))


def _azure_storage(r):
    return b64e(rbytes(r, 64))


def _tskey(kind):
    return lambda r: "tskey-%s-%sCNTRL-%s" % (kind, rs(r, 11), rs(r, 33))


def _ado_pat(r):
    return rs(r, 52, "abcdefghijklmnopqrstuvwxyz234567")


VENDOR = [
    ("github_pat_classic", "GITHUB_TOKEN", lambda r: crc_token(r, "ghp_")),
    ("github_oauth_token", "GH_OAUTH_TOKEN", lambda r: crc_token(r, "gho_")),
    ("github_server_to_server_token", "GH_APP_INSTALLATION_TOKEN", lambda r: crc_token(r, "ghs_")),
    ("github_refresh_token", "GH_REFRESH_TOKEN", lambda r: crc_token(r, "ghr_")),
    ("github_user_to_server_token", "GH_USER_TOKEN", lambda r: crc_token(r, "ghu_")),
    ("github_fine_grained_pat", "GH_FINE_GRAINED_PAT", _pat("github_pat_11{U:20}_{A:59}")),
    ("gitlab_pat", "GITLAB_TOKEN", _pat("glpat-{w:20}")),
    ("gitlab_runner_token", "CI_RUNNER_TOKEN", _pat("glrt-t1_{w:20}")),
    ("gitlab_deploy_token", "GITLAB_DEPLOY_TOKEN", _pat("gldt-{w:20}")),
    ("gitlab_feed_token", "GITLAB_FEED_TOKEN", _pat("glft-{w:20}")),
    ("gitlab_oauth_app_secret", "GITLAB_OAUTH_SECRET", _pat("gloas-{h:64}")),
    ("gitlab_pipeline_trigger_token", "GITLAB_TRIGGER_TOKEN", _pat("glptt-{h:40}")),
    ("gitlab_agent_token", "GITLAB_AGENT_TOKEN", _pat("glagent-{w:50}")),
    ("gitlab_ci_build_token", "CI_JOB_TOKEN", _pat("glcbt-{h:2}_{w:20}")),
    ("npm_access_token", "NPM_TOKEN", lambda r: crc_token(r, "npm_")),
    ("pypi_upload_token", "PYPI_API_TOKEN", _pat("pypi-AgEIcHlwaS5vcmcCJD{w:8}-{w:4}-{w:4}-{w:4}-{w:12}AAIqWzMsImV4cGlyZXMiXQAABiD{w:43}")),
    ("rubygems_api_key", "GEM_HOST_API_KEY", _pat("rubygems_{h:48}")),
    ("nuget_api_key", "NUGET_API_KEY", _pat("oy2{l:43}")),
    ("crates_io_token", "CARGO_REGISTRY_TOKEN", _pat("cio{A:32}")),
    ("docker_hub_pat", "DOCKERHUB_TOKEN", _pat("dckr_pat_{w:27}")),
    ("docker_hub_oat", "DOCKER_ORG_ACCESS_TOKEN", _pat("dckr_oat_{w:32}")),
    ("jfrog_access_token", "ARTIFACTORY_ACCESS_TOKEN", _pat("cmVmdGtuOjAxOjE3{A:48}")),
    ("jfrog_api_key", "ARTIFACTORY_API_KEY", _pat("AKCp8{A:68}")),
    ("clojars_token", "CLOJARS_DEPLOY_TOKEN", _pat("CLOJARS_{h:60}")),
    ("hex_pm_api_key", "HEX_API_KEY", _pat("{h:32}")),
    ("packagist_token", "PACKAGIST_TOKEN", _pat("packagist_uut_{A:64}")),
    ("pub_dev_token", "PUB_TOKEN", _pat("ya29.a0{w:180}")),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", _pat("sk-ant-api03-{w:93}AA")),
    ("anthropic_admin_key", "ANTHROPIC_ADMIN_KEY", _pat("sk-ant-admin01-{w:93}AA")),
    ("openai_api_key", "OPENAI_API_KEY", _pat("sk-proj-{w:74}T3BlbkFJ{w:74}")),
    ("openai_service_account_key", "OPENAI_SVC_KEY", _pat("sk-svcacct-{w:74}T3BlbkFJ{w:74}")),
    ("openai_api_key_legacy", "OPENAI_KEY", _pat("sk-{A:20}T3BlbkFJ{A:20}")),
    ("huggingface_token", "HF_TOKEN", _pat("hf_{Z:34}")),
    ("huggingface_org_token", "HF_ORG_TOKEN", _pat("api_org_{Z:34}")),
    ("groq_api_key", "GROQ_API_KEY", _pat("gsk_{A:52}")),
    ("perplexity_api_key", "PERPLEXITY_API_KEY", _pat("pplx-{A:48}")),
    ("xai_api_key", "XAI_API_KEY", _pat("xai-{A:80}")),
    ("openrouter_api_key", "OPENROUTER_API_KEY", _pat("sk-or-v1-{h:64}")),
    ("replicate_api_token", "REPLICATE_API_TOKEN", _pat("r8_{A:37}")),
    ("mistral_api_key", "MISTRAL_API_KEY", _pat("{A:32}")),
    ("cohere_api_key", "CO_API_KEY", _pat("{A:40}")),
    ("deepseek_api_key", "DEEPSEEK_API_KEY", _pat("sk-{h:32}")),
    ("together_api_key", "TOGETHER_API_KEY", _pat("tgp_v1_{w:43}")),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", _pat("sk_{h:48}")),
    ("langsmith_api_key", "LANGSMITH_API_KEY", _pat("lsv2_pt_{h:32}_{h:10}")),
    ("langfuse_secret_key", "LANGFUSE_SECRET_KEY", _pat("sk-lf-{u}")),
    ("pinecone_api_key", "PINECONE_API_KEY", _pat("pcsk_{A:5}_{A:62}")),
    ("wandb_api_key", "WANDB_API_KEY", _pat("{h:40}")),
    ("cerebras_api_key", "CEREBRAS_API_KEY", _pat("csk-{a:48}")),
    ("fireworks_api_key", "FIREWORKS_API_KEY", _pat("fw_{A:24}")),
    ("voyage_api_key", "VOYAGE_API_KEY", _pat("pa-{w:43}")),
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", _pat("{h:32}")),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", _pat("{h:40}")),
    ("stability_api_key", "STABILITY_API_KEY", _pat("sk-{A:48}")),
    ("gemini_api_key", "GEMINI_API_KEY", _pat("AIzaSy{w:33}")),
    ("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", _pat("GOCSPX-{w:28}")),
    ("google_oauth_refresh_token", "GOOGLE_REFRESH_TOKEN", _pat("1//0{w:2}{w:99}")),
    ("google_oauth_access_token", "GOOGLE_ACCESS_TOKEN", _pat("ya29.a0{w:150}")),
    ("aws_session_token", "AWS_SESSION_TOKEN", _pat("IQoJb3JpZ2luX2VjE{b:300}")),
    ("azure_ad_client_secret", "AZURE_CLIENT_SECRET", _pat("{w:3}8Q~{w:34}")),
    ("azure_storage_account_key", "AZURE_STORAGE_KEY", _azure_storage),
    ("azure_devops_pat", "AZURE_DEVOPS_EXT_PAT", _ado_pat),
    ("azure_openai_api_key", "AZURE_OPENAI_API_KEY", _pat("{h:32}")),
    ("azure_cosmosdb_key", "COSMOS_KEY", lambda r: b64e(rbytes(r, 64))),
    ("azure_search_admin_key", "AZURE_SEARCH_ADMIN_KEY", _pat("{A:42}AzSe{A:6}")),
    ("azure_app_config_secret", "APPCONFIG_SECRET", _pat("{b:44}=")),
    ("gcp_api_key", "GOOGLE_MAPS_SERVER_KEY", _pat("AIza{w:35}")),
    ("digitalocean_pat", "DIGITALOCEAN_TOKEN", _pat("dop_v1_{h:64}")),
    ("digitalocean_oauth_token", "DO_OAUTH_TOKEN", _pat("doo_v1_{h:64}")),
    ("digitalocean_spaces_secret", "SPACES_SECRET_KEY", _pat("{b:43}")),
    ("linode_token", "LINODE_TOKEN", _pat("{h:64}")),
    ("hetzner_cloud_token", "HCLOUD_TOKEN", _pat("{A:64}")),
    ("vultr_api_key", "VULTR_API_KEY", _pat("{U:36}")),
    ("scaleway_secret_key", "SCW_SECRET_KEY", _pat("{u}")),
    ("ovh_application_secret", "OVH_APPLICATION_SECRET", _pat("{a:32}")),
    ("ibm_cloud_api_key", "IBMCLOUD_API_KEY", _pat("{w:44}")),
    ("oracle_cloud_auth_token", "OCI_AUTH_TOKEN", _pat("{A:8};{A:3}<{A:8}")),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", _pat("{w:40}")),
    ("cloudflare_global_api_key", "CLOUDFLARE_API_KEY", _pat("{h:37}")),
    ("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", _pat("v1.0-{h:24}-{h:146}")),
    ("fastly_api_token", "FASTLY_API_TOKEN", _pat("{w:32}")),
    ("vercel_token", "VERCEL_TOKEN", _pat("{A:24}")),
    ("netlify_pat", "NETLIFY_AUTH_TOKEN", _pat("nfp_{A:36}")),
    ("heroku_api_key", "HEROKU_API_KEY", _pat("HRKU-AA{w:58}")),
    ("flyio_token", "FLY_API_TOKEN", _pat("fo1_{w:43}")),
    ("render_api_key", "RENDER_API_KEY", _pat("rnd_{A:32}")),
    ("railway_token", "RAILWAY_TOKEN", _pat("{u}")),
    ("netcup_api_password", "NETCUP_API_PASSWORD", _pat("{A:30}")),
    ("doppler_service_token", "DOPPLER_TOKEN", _pat("dp.st.prd.{A:43}")),
    ("doppler_personal_token", "DOPPLER_PERSONAL_TOKEN", _pat("dp.pt.{A:43}")),
    ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", _pat("pul-{h:40}")),
    ("terraform_cloud_token", "TFE_TOKEN", _pat("{A:14}.atlasv1.{A:67}")),
    ("vault_service_token", "VAULT_TOKEN", _pat("hvs.CAESI{w:87}")),
    ("vault_batch_token", "VAULT_BATCH_TOKEN", _pat("hvb.AAAAAQ{w:130}")),
    ("consul_acl_token", "CONSUL_HTTP_TOKEN", _pat("{u}")),
    ("nomad_acl_token", "NOMAD_TOKEN", _pat("{u}")),
    ("infisical_service_token", "INFISICAL_TOKEN", _pat("st.{u}.{h:32}.{h:32}")),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", _op_sa),
    ("bitwarden_sm_access_token", "BWS_ACCESS_TOKEN", _pat("0.{u}.{A:30}:{b:22}==")),
    ("slack_bot_token", "SLACK_BOT_TOKEN", _pat("xoxb-{d:11}-{d:13}-{A:24}")),
    ("slack_user_token", "SLACK_USER_TOKEN", _pat("xoxp-{d:11}-{d:11}-{d:13}-{h:32}")),
    ("slack_app_token", "SLACK_APP_TOKEN", _pat("xapp-1-A{U:10}-{d:13}-{h:64}")),
    ("slack_webhook_url", "SLACK_WEBHOOK_URL", _slack_hook),
    ("slack_signing_secret", "SLACK_SIGNING_SECRET", _pat("{h:32}")),
    ("discord_bot_token", "DISCORD_TOKEN", _discord_bot),
    ("discord_webhook_url", "DISCORD_WEBHOOK", _pat("https://discord.com/api/webhooks/{d:19}/{w:68}")),
    ("telegram_bot_token", "TELEGRAM_BOT_TOKEN", lambda r: "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rs(r, 33, B64U))),
    ("teams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", _pat("https://{L:8}.webhook.office.com/webhookb2/{u}@{u}/IncomingWebhook/{h:32}/{u}/V2{w:43}")),
    ("matrix_access_token", "MATRIX_ACCESS_TOKEN", _pat("syt_{w:12}_{Z:20}_{A:6}")),
    ("mattermost_access_token", "MM_ACCESS_TOKEN", _pat("{a:26}")),
    ("twilio_auth_token", "TWILIO_AUTH_TOKEN", _pat("{h:32}")),
    ("sendgrid_api_key", "SENDGRID_API_KEY", _pat("SG.{w:22}.{w:43}")),
    ("mailgun_api_key", "MAILGUN_API_KEY", _pat("{h:32}-{h:8}-{h:8}")),
    ("mailchimp_api_key", "MAILCHIMP_API_KEY", lambda r: rs(r, 32, HEX) + "-us" + str(r.randrange(2, 21))),
    ("postmark_server_token", "POSTMARK_SERVER_TOKEN", _pat("{u}")),
    ("brevo_api_key", "BREVO_API_KEY", _pat("xkeysib-{h:64}-{A:16}")),
    ("resend_api_key", "RESEND_API_KEY", _pat("re_{A:8}_{A:24}")),
    ("sparkpost_api_key", "SPARKPOST_API_KEY", _pat("{h:40}")),
    ("mailjet_secret_key", "MJ_APIKEY_PRIVATE", _pat("{h:32}")),
    ("vonage_api_secret", "VONAGE_API_SECRET", _pat("{A:16}")),
    ("plivo_auth_token", "PLIVO_AUTH_TOKEN", _pat("{A:40}")),
    ("messagebird_access_key", "MESSAGEBIRD_ACCESS_KEY", _pat("{A:25}")),
    ("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", _pat("os_v2_app_{l:112}")),
    ("pusher_app_secret", "PUSHER_APP_SECRET", _pat("{h:20}")),
    ("ably_api_key", "ABLY_API_KEY", _pat("{w:6}.{w:6}:{w:43}")),
    ("stripe_secret_key", "STRIPE_SECRET_KEY", _pat("sk_live_51{A:97}")),
    ("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", _pat("rk_live_51{A:97}")),
    ("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", _pat("whsec_{A:32}")),
    ("square_access_token", "SQUARE_ACCESS_TOKEN", _pat("EAAA{w:60}")),
    ("square_oauth_secret", "SQUARE_APP_SECRET", _pat("sq0csp-{w:43}")),
    ("paypal_client_secret", "PAYPAL_CLIENT_SECRET", _pat("E{w:79}")),
    ("braintree_access_token", "BRAINTREE_ACCESS_TOKEN", _pat("access_token$production${a:16}${h:32}")),
    ("adyen_api_key", "ADYEN_API_KEY", _pat("AQE{w:6}+{A:40}/{A:40}+{A:20}=-{b:43}=-{w:16}")),
    ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", _pat("{A:24}")),
    ("paystack_secret_key", "PAYSTACK_SECRET_KEY", _pat("sk_live_{h:40}")),
    ("flutterwave_secret_key", "FLW_SECRET_KEY", _pat("FLWSECK-{h:32}-X")),
    ("mollie_api_key", "MOLLIE_API_KEY", _pat("live_{A:30}")),
    ("gocardless_access_token", "GOCARDLESS_ACCESS_TOKEN", _pat("live_{w:40}")),
    ("wise_api_token", "WISE_API_TOKEN", _pat("{u}")),
    ("plaid_secret", "PLAID_SECRET", _pat("{h:30}")),
    ("coinbase_api_secret", "COINBASE_API_SECRET", _pat("{A:32}")),
    ("kraken_private_key", "KRAKEN_PRIVATE_KEY", lambda r: b64e(rbytes(r, 64))),
    ("lemonsqueezy_api_key", "LEMONSQUEEZY_API_KEY", lambda r: jwt(r, {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": rs(r, 80, HEX), "iat": 1730000000, "sub": str(r.randrange(100000, 999999)), "scopes": []}, "RS256", 256)),
    ("shopify_access_token", "SHOPIFY_ACCESS_TOKEN", _pat("shpat_{h:32}")),
    ("shopify_custom_app_token", "SHOPIFY_CUSTOM_APP_TOKEN", _pat("shpca_{h:32}")),
    ("shopify_shared_secret", "SHOPIFY_API_SECRET", _pat("shpss_{h:32}")),
    ("atlassian_api_token", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, 170, B64U) + "=" + rs(r, 8, HEX.upper())),
    ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", _pat("ATBB{A:32}{H:8}")),
    ("linear_api_key", "LINEAR_API_KEY", _pat("lin_api_{A:40}")),
    ("notion_integration_token", "NOTION_TOKEN", _pat("ntn_{d:11}{A:35}")),
    ("airtable_pat", "AIRTABLE_TOKEN", _pat("pat{A:14}.{h:64}")),
    ("asana_pat", "ASANA_ACCESS_TOKEN", _pat("2/{d:16}/{d:16}:{h:32}")),
    ("figma_pat", "FIGMA_TOKEN", _pat("figd_{w:40}")),
    ("clickup_api_token", "CLICKUP_TOKEN", _pat("pk_{d:8}_{U:32}")),
    ("monday_api_token", "MONDAY_API_TOKEN", lambda r: jwt(r, {"tid": r.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randrange(10 ** 7, 10 ** 8), "iad": "2025-03-04T10:11:12.000Z", "per": "me:write", "actid": r.randrange(10 ** 6, 10 ** 7), "rgn": "euc1"})),
    ("trello_token", "TRELLO_TOKEN", _pat("ATTA{h:64}{H:8}")),
    ("todoist_api_token", "TODOIST_API_TOKEN", _pat("{h:40}")),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", _pat("{A:40}")),
    ("freshdesk_api_key", "FRESHDESK_API_KEY", _pat("{A:20}")),
    ("intercom_access_token", "INTERCOM_ACCESS_TOKEN", _pat("dG9rOj{w:54}=")),
    ("hubspot_private_app_token", "HUBSPOT_ACCESS_TOKEN", _pat("pat-eu1-{u}")),
    ("salesforce_access_token", "SF_ACCESS_TOKEN", _pat("00D{A:12}!{A:96}")),
    ("pipedrive_api_token", "PIPEDRIVE_API_TOKEN", _pat("{h:40}")),
    ("typeform_pat", "TYPEFORM_TOKEN", _pat("tfp_{A:44}_{A:14}")),
    ("calendly_pat", "CALENDLY_TOKEN", lambda r: jwt(r, {"iss": "https://auth.calendly.com", "iat": 1731000000, "jti": uuid4(r), "user_uuid": uuid4(r)}, "HS256", 32)),
    ("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", _pat("CFPAT-{w:43}")),
    ("sanity_api_token", "SANITY_AUTH_TOKEN", _pat("sk{A:180}")),
    ("storyblok_management_token", "STORYBLOK_OAUTH_TOKEN", _pat("{A:22}tt-{d:6}-{w:20}")),
    ("datocms_api_token", "DATOCMS_API_TOKEN", _pat("{h:30}")),
    ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", _pat("{h:32}")),
    ("meilisearch_master_key", "MEILI_MASTER_KEY", _pat("{w:32}")),
    ("typesense_api_key", "TYPESENSE_API_KEY", _pat("{A:32}")),
    ("datadog_api_key", "DD_API_KEY", _pat("{h:32}")),
    ("datadog_app_key", "DD_APP_KEY", _pat("{h:40}")),
    ("new_relic_user_api_key", "NEW_RELIC_API_KEY", _pat("NRAK-{U:27}")),
    ("new_relic_license_key", "NEW_RELIC_LICENSE_KEY", _pat("eu01xx{h:30}NRAL")),
    ("sentry_user_token", "SENTRY_AUTH_TOKEN", _pat("sntryu_{h:64}")),
    ("sentry_org_token", "SENTRY_ORG_AUTH_TOKEN", _sentry_org),
    ("grafana_service_account_token", "GRAFANA_SA_TOKEN", _pat("glsa_{A:32}_{h:8}")),
    ("grafana_cloud_token", "GRAFANA_CLOUD_TOKEN", _grafana_cloud),
    ("honeycomb_api_key", "HONEYCOMB_API_KEY", _pat("hcaik_01{a:24}{a:34}")),
    ("axiom_token", "AXIOM_TOKEN", _pat("xaat-{u}")),
    ("logzio_token", "LOGZIO_TOKEN", _pat("{Z:32}")),
    ("splunk_hec_token", "SPLUNK_HEC_TOKEN", _pat("{u}")),
    ("dynatrace_api_token", "DT_API_TOKEN", _pat("dt0c01.{U:24}.{U:64}")),
    ("pagerduty_api_key", "PAGERDUTY_TOKEN", _pat("u+{w:18}")),
    ("opsgenie_api_key", "OPSGENIE_API_KEY", _pat("{u}")),
    ("rollbar_access_token", "ROLLBAR_ACCESS_TOKEN", _pat("{h:32}")),
    ("bugsnag_api_key", "BUGSNAG_API_KEY", _pat("{h:32}")),
    ("launchdarkly_api_token", "LD_API_TOKEN", _pat("api-{u}")),
    ("launchdarkly_sdk_key", "LD_SDK_KEY", _pat("sdk-{u}")),
    ("statsig_server_secret", "STATSIG_SERVER_SECRET", _pat("secret-{A:43}")),
    ("posthog_personal_api_key", "POSTHOG_PERSONAL_API_KEY", _pat("phx_{A:43}")),
    ("mixpanel_service_account_secret", "MIXPANEL_SA_SECRET", _pat("{A:32}")),
    ("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", _pat("{h:32}")),
    ("segment_write_key", "SEGMENT_WRITE_KEY", _pat("{A:32}")),
    ("circleci_personal_token", "CIRCLECI_TOKEN", _pat("CCIPAT_{A:22}_{h:40}")),
    ("buildkite_token", "BUILDKITE_API_TOKEN", _pat("bkua_{h:40}")),
    ("buildkite_agent_token", "BUILDKITE_AGENT_TOKEN", _pat("{h:50}")),
    ("travis_ci_token", "TRAVIS_TOKEN", _pat("{w:22}")),
    ("codecov_token", "CODECOV_TOKEN", _pat("{u}")),
    ("snyk_token", "SNYK_TOKEN", _pat("{u}")),
    ("sonarqube_user_token", "SONAR_TOKEN", _pat("squ_{h:40}")),
    ("sonarqube_project_token", "SONAR_PROJECT_TOKEN", _pat("sqp_{h:40}")),
    ("sonarcloud_token", "SONARCLOUD_TOKEN", _pat("{h:40}")),
    ("cypress_record_key", "CYPRESS_RECORD_KEY", _pat("{u}")),
    ("percy_token", "PERCY_TOKEN", _pat("web_{h:64}")),
    ("browserstack_access_key", "BROWSERSTACK_ACCESS_KEY", _pat("{A:20}")),
    ("saucelabs_access_key", "SAUCE_ACCESS_KEY", _pat("{u}")),
    ("chromatic_project_token", "CHROMATIC_PROJECT_TOKEN", _pat("chpt_{h:14}")),
    ("depot_token", "DEPOT_TOKEN", _pat("depot_project_{h:64}")),
    ("octopus_deploy_api_key", "OCTOPUS_API_KEY", _pat("API-{U:26}")),
    ("harness_pat", "HARNESS_PLATFORM_API_KEY", _pat("pat.{w:22}.{h:24}.{A:20}")),
    ("okta_api_token", "OKTA_API_TOKEN", _pat("00{w:40}")),
    ("auth0_client_secret", "AUTH0_CLIENT_SECRET", _pat("{w:64}")),
    ("clerk_secret_key", "CLERK_SECRET_KEY", _pat("sk_live_{A:40}")),
    ("stytch_secret", "STYTCH_SECRET", _pat("secret-live-{w:36}=")),
    ("workos_api_key", "WORKOS_API_KEY", _pat("sk_live_{A:64}")),
    ("supabase_access_token", "SUPABASE_ACCESS_TOKEN", _pat("sbp_{h:40}")),
    ("supabase_secret_key", "SUPABASE_SECRET_KEY", _pat("sb_secret_{w:31}")),
    ("supabase_service_role_key", "SUPABASE_SERVICE_ROLE_KEY", _supabase_service),
    ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", _pat("pscale_tkn_{w:43}")),
    ("planetscale_password", "PLANETSCALE_DB_PASSWORD", _pat("pscale_pw_{w:43}")),
    ("neon_api_key", "NEON_API_KEY", _pat("napi_{a:64}")),
    ("turso_auth_token", "TURSO_AUTH_TOKEN", lambda r: jwt(r, {"a": "rw", "iat": 1735000000, "id": uuid4(r)}, "EdDSA", 64)),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", _pat("A{w:3}AAIjcDE{h:32}cDE{w:12}")),
    ("mongodb_atlas_private_key", "MONGODB_ATLAS_PRIVATE_KEY", _pat("{u}")),
    ("databricks_token", "DATABRICKS_TOKEN", _pat("dapi{h:32}-2")),
    ("snowflake_pat", "SNOWFLAKE_PAT", lambda r: jwt(r, {"kid": str(r.randrange(10 ** 9, 10 ** 10)), "alg": "ES256"}, "ES256", 64)),
    ("convex_deploy_key", "CONVEX_DEPLOY_KEY", _pat("prod:{L:6}-{L:6}-{d:3}|{w:80}")),
    ("firebase_fcm_server_key", "FCM_SERVER_KEY", _pat("AAAA{w:7}:APA91b{w:134}")),
    ("expo_access_token", "EXPO_TOKEN", _pat("{w:40}")),
    ("mapbox_secret_token", "MAPBOX_SECRET_TOKEN", _mapbox_sk),
    ("here_api_key", "HERE_API_KEY", _pat("{w:43}")),
    ("dropbox_access_token", "DROPBOX_ACCESS_TOKEN", _pat("sl.u.{w:140}")),
    ("box_developer_token", "BOX_DEVELOPER_TOKEN", _pat("{A:32}")),
    ("twitch_oauth_token", "TWITCH_OAUTH_TOKEN", _pat("oauth:{a:30}")),
    ("twitter_bearer_token", "TWITTER_BEARER_TOKEN", _pat("AAAAAAAAAAAAAAAAAAAAA{A:25}%3D{A:50}")),
    ("facebook_access_token", "FB_PAGE_ACCESS_TOKEN", _pat("EAA{A:180}")),
    ("spotify_client_secret", "SPOTIFY_CLIENT_SECRET", _pat("{h:32}")),
    ("reddit_client_secret", "REDDIT_CLIENT_SECRET", _pat("{w:30}")),
    ("steam_web_api_key", "STEAM_API_KEY", _pat("{H:32}")),
    ("riot_api_key", "RIOT_API_KEY", _pat("RGAPI-{u}")),
    ("youtube_stream_key", "YT_STREAM_KEY", _pat("{a:4}-{a:4}-{a:4}-{a:4}-{a:4}")),
    ("twitch_stream_key", "TWITCH_STREAM_KEY", _pat("live_{d:9}_{A:30}")),
    ("shippo_api_token", "SHIPPO_API_TOKEN", _pat("shippo_live_{h:40}")),
    ("easypost_api_key", "EASYPOST_API_KEY", _pat("EZAK{h:54}")),
    ("duffel_access_token", "DUFFEL_ACCESS_TOKEN", _pat("duffel_live_{w:43}")),
    ("lob_api_key", "LOB_API_KEY", _pat("live_{h:35}")),
    ("postman_api_key", "POSTMAN_API_KEY", _pat("PMAK-{h:24}-{h:34}")),
    ("readme_api_key", "README_API_KEY", _pat("rdme_{a:70}")),
    ("prefect_api_key", "PREFECT_API_KEY", _pat("pnu_{A:36}")),
    ("dagster_cloud_token", "DAGSTER_CLOUD_API_TOKEN", _pat("user:{h:32}")),
    ("ngrok_authtoken", "NGROK_AUTHTOKEN", _pat("2{A:26}_{A:21}")),
    ("tailscale_auth_key", "TS_AUTHKEY", _tskey("auth")),
    ("tailscale_api_key", "TS_API_KEY", _tskey("api")),
    ("cloudflare_tunnel_token", "TUNNEL_TOKEN", lambda r: b64e(json.dumps({"a": rs(r, 32, HEX), "t": uuid4(r), "s": b64e(rbytes(r, 32))}, separators=(",", ":")).encode())),
    ("age_secret_key", "SOPS_AGE_KEY", age_key),
    ("home_assistant_token", "HASS_TOKEN", _ha_token),
    ("kubernetes_service_account_token", "K8S_TOKEN", _k8s_sa),
    ("wireguard_private_key", "WG_PRIVATE_KEY", _wg),
    ("fernet_key", "FERNET_KEY", lambda r: base64.urlsafe_b64encode(rbytes(r, 32)).decode()),
    ("laravel_app_key", "APP_KEY", lambda r: "base64:" + b64e(rbytes(r, 32))),
    ("bitcoin_wif_private_key", "BTC_WIF", wif),
    ("ethereum_private_key", "DEPLOYER_PRIVATE_KEY", lambda r: "0x" + rs(r, 64, HEX)),
    ("plex_token", "PLEX_TOKEN", _pat("{w:20}")),
    ("jellyfin_api_key", "JELLYFIN_API_KEY", _pat("{h:32}")),
    ("sonarr_api_key", "SONARR_API_KEY", _pat("{h:32}")),
    ("octoprint_api_key", "OCTOPRINT_API_KEY", _pat("{U:32}")),
    ("adafruit_io_key", "ADAFRUIT_IO_KEY", _pat("aio_{Z:4}{d:2}{A:22}")),
    ("particle_access_token", "PARTICLE_ACCESS_TOKEN", _pat("{h:40}")),
    ("thingspeak_write_key", "THINGSPEAK_WRITE_API_KEY", _pat("{U:16}")),
    ("openweather_api_key", "OPENWEATHER_API_KEY", _pat("{h:32}")),
    ("weatherapi_key", "WEATHERAPI_KEY", _pat("{h:31}")),
    ("ipinfo_token", "IPINFO_TOKEN", _pat("{h:14}")),
    ("shodan_api_key", "SHODAN_API_KEY", _pat("{A:32}")),
    ("virustotal_api_key", "VT_API_KEY", _pat("{h:64}")),
    ("abuseipdb_api_key", "ABUSEIPDB_KEY", _pat("{h:80}")),
    ("censys_api_secret", "CENSYS_API_SECRET", _pat("{A:32}")),
    ("hibp_api_key", "HIBP_API_KEY", _pat("{h:32}")),
    ("nvd_api_key", "NVD_API_KEY", _pat("{u}")),
    ("crowdstrike_client_secret", "FALCON_CLIENT_SECRET", _pat("{A:40}")),
    ("jumpcloud_api_key", "JUMPCLOUD_API_KEY", _pat("jca_{A:36}")),
    ("lokalise_api_token", "LOKALISE_API_TOKEN", _pat("{h:40}")),
    ("crowdin_pat", "CROWDIN_PERSONAL_TOKEN", _pat("{h:80}")),
    ("deepl_api_key", "DEEPL_AUTH_KEY", _pat("{u}:fx")),
    ("zoom_client_secret", "ZOOM_CLIENT_SECRET", _pat("{A:32}")),
    ("webex_bot_token", "WEBEX_BOT_TOKEN", _pat("{A:64}_{A:4}_{u}")),
    ("line_channel_access_token", "LINE_CHANNEL_ACCESS_TOKEN", _pat("{b:171}=")),
    ("line_channel_secret", "LINE_CHANNEL_SECRET", _pat("{h:32}")),
    ("yandex_oauth_token", "YANDEX_OAUTH_TOKEN", _pat("y0_{w:55}")),
    ("yandex_cloud_api_key", "YC_API_KEY", _pat("AQVN{w:36}")),
    ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", _pat("{w:27}")),
    ("uploadcare_secret_key", "UPLOADCARE_SECRET_KEY", _pat("{h:20}")),
    ("imagekit_private_key", "IMAGEKIT_PRIVATE_KEY", _pat("private_{w:28}=")),
    ("mux_token_secret", "MUX_TOKEN_SECRET", _pat("{b:75}")),
    ("gitea_token", "GITEA_TOKEN", _pat("{h:40}")),
    ("gogs_token", "GOGS_TOKEN", _pat("{h:40}")),
    ("sourcehut_token", "SRHT_TOKEN", _pat("AG{w:4}AAAA{w:90}")),
    ("phabricator_conduit_token", "ARC_CONDUIT_TOKEN", _pat("api-{a:28}")),
    ("gerrit_http_password", "GERRIT_HTTP_PASSWORD", _pat("{b:42}")),
    ("jenkins_api_token", "JENKINS_API_TOKEN", _pat("11{h:32}")),
    ("teamcity_token", "TEAMCITY_TOKEN", lambda r: "eyJ0eXAiOiAiVENWMiJ9." + rs(r, 36, B64U) + "." + rs(r, 48, B64U)),
    ("argocd_auth_token", "ARGOCD_AUTH_TOKEN", lambda r: jwt(r, {"iss": "argocd", "sub": "ci-bot:apiKey", "nbf": 1731000000, "iat": 1731000000, "jti": uuid4(r)})),
    ("harbor_robot_secret", "HARBOR_ROBOT_SECRET", _pat("{A:32}")),
    ("quay_robot_token", "QUAY_ROBOT_TOKEN", _pat("{U:64}")),
    ("scalingo_token", "SCALINGO_API_TOKEN", _pat("tk-us-{w:48}")),
    ("clever_cloud_secret", "CLEVER_SECRET", _pat("{h:32}")),
    ("koyeb_token", "KOYEB_TOKEN", _pat("{a:64}")),
    ("deno_deploy_token", "DENO_DEPLOY_TOKEN", _pat("ddp_{A:36}")),
    ("cloudsmith_api_key", "CLOUDSMITH_API_KEY", _pat("{h:40}")),
    ("gemfury_token", "GEMFURY_PUSH_TOKEN", _pat("{A:20}")),
    ("anaconda_token", "ANACONDA_API_TOKEN", _pat("{a:2}-{u}")),
    ("unity_license_serial", "UNITY_SERIAL", _pat("{U:2}-{U:4}-{U:4}-{U:4}-{U:4}-{U:4}")),
    ("apple_app_specific_password", "APPLE_APP_SPECIFIC_PASSWORD", _pat("{L:4}-{L:4}-{L:4}-{L:4}")),
    ("codemagic_api_token", "CM_API_TOKEN", _pat("{w:43}")),
    ("bitrise_pat", "BITRISE_TOKEN", _pat("{w:86}")),
    ("appcenter_api_token", "APPCENTER_API_TOKEN", _pat("{h:40}")),
]

VENDOR_GUESSED = ["cerebras_api_key", "fireworks_api_key", "voyage_api_key", "together_api_key", "heroku_api_key", "netlify_pat",
                  "render_api_key", "notion_integration_token", "pagerduty_api_key", "honeycomb_api_key", "intercom_access_token",
                  "adyen_api_key", "upstash_redis_rest_token", "convex_deploy_key", "sanity_api_token", "storyblok_management_token",
                  "oracle_cloud_auth_token", "onesignal_rest_api_key", "statsig_server_secret", "depot_token", "chromatic_project_token",
                  "harness_pat", "stytch_secret", "jumpcloud_api_key", "webex_bot_token", "sourcehut_token", "teamcity_token",
                  "deno_deploy_token", "anaconda_token", "packagist_token", "gitlab_ci_build_token", "pub_dev_token",
                  "bitwarden_sm_access_token", "infisical_service_token", "snowflake_pat", "twitch_stream_key", "dagster_cloud_token",
                  "imagekit_private_key", "docker_hub_oat", "jfrog_access_token", "koyeb_token", "pypi_upload_token",
                  "matrix_access_token", "azure_search_admin_key", "openai_api_key", "ngrok_authtoken", "mux_token_secret",
                  "trello_token", "bitbucket_app_password", "atlassian_api_token", "langfuse_secret_key", "posthog_personal_api_key"]

# key pairs: (id type, id var, id gen, secret type, secret var, secret gen)
PAIRS = [
    ("aws_access_key_id", "AWS_ACCESS_KEY_ID", _pat("AKIA{3:16}"), "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", _pat("{b:40}")),
    ("aws_temporary_access_key_id", "AWS_ACCESS_KEY_ID", _pat("ASIA{3:16}"), "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", _pat("{b:40}")),
    ("alibaba_access_key_id", "ALIBABA_CLOUD_ACCESS_KEY_ID", _pat("LTAI5t{A:18}"), "alibaba_access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", _pat("{A:30}")),
    ("tencent_secret_id", "TENCENTCLOUD_SECRET_ID", _pat("AKID{A:32}"), "tencent_secret_key", "TENCENTCLOUD_SECRET_KEY", _pat("{A:32}")),
    ("gcp_hmac_access_id", "GCS_HMAC_ACCESS_ID", _pat("GOOG1E{3:55}"), "gcp_hmac_secret", "GCS_HMAC_SECRET", _pat("{b:40}")),
    ("backblaze_b2_key_id", "B2_APPLICATION_KEY_ID", _pat("005{h:22}"), "backblaze_b2_application_key", "B2_APPLICATION_KEY", _pat("K005{b:27}")),
    ("minio_access_key_id", "MINIO_ACCESS_KEY", _pat("{U:20}"), "minio_secret_key", "MINIO_SECRET_KEY", _pat("{b:40}")),
    ("wasabi_access_key_id", "WASABI_ACCESS_KEY", _pat("{U:20}"), "wasabi_secret_key", "WASABI_SECRET_KEY", _pat("{A:40}")),
    ("twilio_api_key_sid", "TWILIO_API_KEY", _pat("SK{h:32}"), "twilio_api_key_secret", "TWILIO_API_SECRET", _pat("{A:32}")),
    ("r2_access_key_id", "R2_ACCESS_KEY_ID", _pat("{h:32}"), "r2_secret_access_key", "R2_SECRET_ACCESS_KEY", _pat("{h:64}")),
    ("huawei_access_key", "HUAWEICLOUD_SDK_AK", _pat("{U:20}"), "huawei_secret_key", "HUAWEICLOUD_SDK_SK", _pat("{A:40}")),
    ("binance_api_key", "BINANCE_API_KEY", _pat("{A:64}"), "binance_api_secret", "BINANCE_API_SECRET", _pat("{A:64}")),
    ("sumologic_access_id", "SUMO_ACCESS_ID", _pat("su{A:12}"), "sumologic_access_key", "SUMO_ACCESS_KEY", _pat("{A:64}")),
    ("mux_token_id", "MUX_TOKEN_ID", _pat("{u}"), "mux_token_secret", "MUX_TOKEN_SECRET", _pat("{b:75}")),
    ("scaleway_access_key", "SCW_ACCESS_KEY", _pat("SCW{3:17}"), "scaleway_secret_key", "SCW_SECRET_KEY", _pat("{u}")),
    ("ovh_application_key", "OVH_APPLICATION_KEY", _pat("{A:16}"), "ovh_application_secret", "OVH_APPLICATION_SECRET", _pat("{a:32}")),
    ("duo_integration_key", "DUO_IKEY", _pat("DI{U:18}"), "duo_secret_key", "DUO_SKEY", _pat("{A:40}")),
    ("confluent_api_key", "CONFLUENT_CLOUD_API_KEY", _pat("{U:16}"), "confluent_api_secret", "CONFLUENT_CLOUD_API_SECRET", _pat("{w:64}")),
    ("akamai_client_token", "AKAMAI_CLIENT_TOKEN", _pat("akab-{a:16}-{a:16}"), "akamai_client_secret", "AKAMAI_CLIENT_SECRET", _pat("{b:43}=")),
    ("kucoin_api_key", "KUCOIN_API_KEY", _pat("{h:24}"), "kucoin_api_secret", "KUCOIN_API_SECRET", _pat("{u}")),
    ("yandex_static_key_id", "YC_STORAGE_ACCESS_KEY", _pat("YCAJ{w:21}"), "yandex_static_secret", "YC_STORAGE_SECRET_KEY", _pat("YC{w:38}")),
    ("linode_obj_access_key", "LINODE_OBJ_ACCESS_KEY", _pat("{U:20}"), "linode_obj_secret_key", "LINODE_OBJ_SECRET_KEY", _pat("{A:40}")),
]

# ---- generic whole-file containers (take a list of (VAR_NAME, placeholder)) ----
GEN = []


def gen(kind, family):
    def deco(f):
        GEN.append((kind, family, f))
        return f
    return deco


def _envlines(E, fmt, style="screaming"):
    return "\n".join(fmt % (styl(n, style), p) for n, p in E)


@gen("docker_inspect_config_env", "containers_and_kubernetes")
def _(r, E):
    env = ",\n".join('                "%s=%s"' % (n, p) for n, p in E)
    cid = rs(r, 64, HEX)
    return ('[\n    {\n        "Id": "%s",\n        "Created": "%sZ",\n        "Path": "docker-entrypoint.sh",\n        "Args": ["node", "dist/server.js"],\n'
            '        "State": {"Status": "running", "Running": true, "Pid": %d, "ExitCode": 0},\n        "Image": "sha256:%s",\n'
            '        "Name": "/%s-worker-1",\n        "RestartCount": 0,\n        "Config": {\n            "Hostname": "%s",\n            "Env": [\n'
            '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n                "NODE_VERSION=20.11.1",\n%s,\n'
            '                "NODE_ENV=production"\n            ],\n            "Cmd": ["node", "dist/server.js"],\n            "WorkingDir": "/app"\n        }\n    }\n]\n') % (
        cid, ts(r), r.randrange(1000, 40000), rs(r, 64, HEX), r.choice(WORDS), cid[:12], env)


@gen("kubectl_describe_pod_env", "containers_and_kubernetes")
def _(r, E):
    env = "\n".join("      %s:%s%s" % (n, " " * max(1, 28 - len(n)), p) for n, p in E)
    nm = r.choice(WORDS)
    return ("Name:             %s-api-7c9f8d6b5-%s\nNamespace:        %s\nPriority:         0\nService Account:  default\nNode:             ip-%s.ec2.internal/%s\n"
            "Start Time:       Tue, 14 Oct 2025 09:12:44 +0200\nLabels:           app=%s-api\n                  pod-template-hash=7c9f8d6b5\nStatus:           Running\nIP:               %s\n"
            "Containers:\n  api:\n    Container ID:   containerd://%s\n    Image:          registry.gitlab.com/acme/%s:1.42.0\n    Port:           8080/TCP\n    State:          Running\n"
            "    Ready:          True\n    Restart Count:  3\n    Environment:\n      PORT:                        8080\n%s\n      LOG_LEVEL:                   info\n"
            "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\nConditions:\n  Type              Status\n  Ready             True\n"
            "Events:\n  Type    Reason   Age   From     Message\n  ----    ------   ----  ----     -------\n  Normal  Pulled   12m   kubelet  Container image already present on machine\n") % (
        nm, rs(r, 5, AL), r.choice(["prod", "staging", "payments"]), ip(r).replace(".", "-"), ip(r), nm, ip(r), rs(r, 64, HEX), nm, env, rs(r, 5, AL))


@gen("printenv_output", "runtime_and_ops_output")
def _(r, E):
    lines = ["SHELL=/bin/bash", "HOSTNAME=" + rs(r, 12, HEX), "LANG=C.UTF-8", "PWD=/srv/app", "HOME=/root", "TERM=xterm", "SHLVL=1",
             "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "_=/usr/bin/printenv"]
    for n, p in E:
        lines.insert(r.randrange(2, len(lines)), "%s=%s" % (n, p))
    return "root@%s:/srv/app# printenv\n%s\nroot@%s:/srv/app# \n" % (lines[1][9:], "\n".join(lines), lines[1][9:])


@gen("windows_cmd_set_output", "runtime_and_ops_output")
def _(r, E):
    lines = ["ALLUSERSPROFILE=C:\\ProgramData", "APPDATA=C:\\Users\\build\\AppData\\Roaming", "COMPUTERNAME=WIN-BLD-%s" % rs(r, 6, AU),
             "ComSpec=C:\\WINDOWS\\system32\\cmd.exe", "NUMBER_OF_PROCESSORS=8", "OS=Windows_NT", "Path=C:\\Program Files\\Git\\cmd;C:\\WINDOWS\\system32",
             "PROCESSOR_ARCHITECTURE=AMD64", "USERNAME=build", "USERPROFILE=C:\\Users\\build", "windir=C:\\WINDOWS"]
    for n, p in E:
        lines.append("%s=%s" % (n, p))
    lines.sort(key=lambda s: s.split("=")[0].upper())
    return "Microsoft Windows [Version 10.0.22631.4317]\n(c) Microsoft Corporation. All rights reserved.\n\nC:\\agent\\_work\\3\\s>set\n%s\n\nC:\\agent\\_work\\3\\s>" % "\n".join(lines)


@gen("powershell_get_childitem_env", "runtime_and_ops_output")
def _(r, E):
    rows = [("COMPUTERNAME", "DESKTOP-" + rs(r, 7, AU)), ("HOMEDRIVE", "C:"), ("PSModulePath", "C:\\Users\\dev\\Documents\\PowerShell\\Modules")] + [(n, p) for n, p in E]
    w = max(len(a) for a, _ in rows) + 1
    body = "\n".join("%s%s" % (a.ljust(w), b) for a, b in rows)
    return "PS C:\\src\\portal> Get-ChildItem Env: | Format-Table -AutoSize\n\n%s%s\n%s%s\n%s\n\n" % ("Name".ljust(w), "Value", "----".ljust(w), "-----", body)


@gen("python_traceback_with_environ_dump", "crash_reports")
def _(r, E):
    d = ", ".join("'%s': '%s'" % (n, p) for n, p in E)
    return ("Traceback (most recent call last):\n  File \"/app/worker/tasks.py\", line 88, in sync_accounts\n    resp = client.post(url, json=payload, timeout=10)\n"
            "  File \"/usr/local/lib/python3.12/site-packages/httpx/_client.py\", line 1145, in post\n    return self.request(\n"
            "httpx.ConnectTimeout: timed out\n\nDuring handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n  File \"/app/worker/main.py\", line 31, in <module>\n    log.error(\"env at failure: %%r\", dict(os.environ))\n"
            "env at failure: {'HOSTNAME': '%s', 'PYTHONUNBUFFERED': '1', %s, 'HOME': '/home/app'}\n") % (rs(r, 12, HEX), d)


@gen("node_unhandled_rejection_process_env", "crash_reports")
def _(r, E):
    d = ",\n".join("    %s: '%s'" % (n, p) for n, p in E)
    return ("node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n"
            "Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n"
            "  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 6379,\n  config: {\n%s,\n    NODE_ENV: 'development'\n  }\n}\n\nNode.js v20.17.0\n") % d


@gen("github_actions_log_env_block", "ci_pipelines")
def _(r, E):
    t = "2025-09-%02dT%02d:%02d:" % (r.randrange(1, 29), r.randrange(24), r.randrange(60))
    env = "\n".join("%s%02d.%07dZ   %s: %s" % (t, 11, r.randrange(10 ** 7), n, p) for n, p in E)
    return ("%s10.1184412Z ##[group]Run ./scripts/deploy.sh staging\n%s10.1185011Z \x1b[36;1m./scripts/deploy.sh staging\x1b[0m\n"
            "%s10.1212270Z shell: /usr/bin/bash -e {0}\n%s10.1212688Z env:\n%s\n%s11.0049011Z ##[endgroup]\n%s12.8830101Z + terraform -chdir=infra init -input=false\n") % (t, t, t, t, env, t, t)


@gen("gitlab_ci_job_trace_export", "ci_pipelines")
def _(r, E):
    ex = "\n".join("$ export %s=\"%s\"" % (n, p) for n, p in E)
    return ("Running with gitlab-runner 17.4.0 (b92ee590)\n  on docker-autoscaler-%s %s, system ID: s_%s\nPreparing the \"docker\" executor\n"
            "Using Docker executor with image node:20-alpine ...\nGetting source from Git repository\nFetching changes with git depth set to 20...\n"
            "Checking out %s as detached HEAD (ref is main)...\nExecuting \"step_script\" stage of the job script\n$ set -x\n%s\n$ npm ci --no-audit\n"
            "added 1184 packages in 41s\n$ npm run release\nERROR: Job failed: exit code 1\n") % (rs(r, 2, AL), rs(r, 8, AL), rs(r, 12, AL), rs(r, 8, HEX), ex)


@gen("jenkins_console_withenv_echo", "ci_pipelines")
def _(r, E):
    s = "\n".join("+ echo %s=%s" % (n, p) for n, p in E) + "\n" + "\n".join("%s=%s" % (n, p) for n, p in E)
    return ("Started by user Build Admin\nRunning in Durability level: MAX_SURVIVABILITY\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-%d in /var/lib/jenkins/workspace/billing-release\n"
            "[Pipeline] {\n[Pipeline] withEnv\n[Pipeline] {\n[Pipeline] sh\n%s\n[Pipeline] }\n[Pipeline] // withEnv\n[Pipeline] End of Pipeline\nFinished: SUCCESS\n") % (r.randrange(1, 9), s)


@gen("terraform_plan_env_block", "iac_and_config_management")
def _(r, E):
    env = "\n".join("              + %s = \"%s\"" % (n, p) for n, p in E)
    return ("Terraform will perform the following actions:\n\n  # aws_lambda_function.ingest will be updated in-place\n  ~ resource \"aws_lambda_function\" \"ingest\" {\n"
            "        id                             = \"ingest-%s\"\n        # (22 unchanged attributes hidden)\n\n      ~ environment {\n          ~ variables = {\n%s\n                # (3 unchanged elements hidden)\n            }\n        }\n    }\n\n"
            "Plan: 0 to add, 1 to change, 0 to destroy.\n") % (r.choice(WORDS), env)


@gen("terraform_state_show", "iac_and_config_management")
def _(r, E):
    body = "\n".join("        \"%s\" = \"%s\"" % (n, p) for n, p in E)
    return ("$ terraform state show 'azurerm_linux_web_app.portal'\n# azurerm_linux_web_app.portal:\nresource \"azurerm_linux_web_app\" \"portal\" {\n"
            "    app_settings                                   = {\n%s\n        \"WEBSITES_PORT\" = \"8080\"\n    }\n    client_affinity_enabled = false\n"
            "    default_hostname        = \"%s-portal.azurewebsites.net\"\n    https_only              = true\n    id                      = \"/subscriptions/%s/resourceGroups/rg-portal/providers/Microsoft.Web/sites/%s-portal\"\n}\n") % (
        body, r.choice(WORDS), uuid4(r), r.choice(WORDS))


@gen("terraform_tfstate_json_outputs", "iac_and_config_management")
def _(r, E):
    outs = ",\n".join('    "%s": {\n      "value": "%s",\n      "type": "string",\n      "sensitive": true\n    }' % (styl(n, "snake"), p) for n, p in E)
    return '{\n  "version": 4,\n  "terraform_version": "1.9.8",\n  "serial": %d,\n  "lineage": "%s",\n  "outputs": {\n%s\n  },\n  "resources": []\n}\n' % (r.randrange(3, 400), uuid4(r), outs)


@gen("helm_values_yaml_extraenv", "containers_and_kubernetes")
def _(r, E):
    ev = "\n".join("  - name: %s\n    value: \"%s\"" % (n, p) for n, p in E)
    return ("replicaCount: 2\nimage:\n  repository: ghcr.io/acme/%s\n  tag: \"2.8.1\"\n  pullPolicy: IfNotPresent\nservice:\n  type: ClusterIP\n  port: 80\n"
            "ingress:\n  enabled: true\n  className: nginx\n  hosts:\n    - host: %s.example-co.net\n      paths: [{path: /, pathType: Prefix}]\nextraEnv:\n%s\nresources:\n  limits: {cpu: 500m, memory: 512Mi}\n") % (
        r.choice(WORDS), r.choice(WORDS), ev)


@gen("ansible_inventory_yaml_hostvars", "iac_and_config_management")
def _(r, E):
    hv = "\n".join("          %s: \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return ("all:\n  children:\n    web:\n      hosts:\n        %s:\n          ansible_host: %s\n          ansible_user: ubuntu\n%s\n    db:\n      hosts:\n        %s:\n          ansible_host: %s\n") % (
        host(r), ip(r), hv, host(r), ip(r))


@gen("ansible_playbook_verbose_output", "iac_and_config_management")
def _(r, E):
    d = ",\n".join("        \"%s\": \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return ("TASK [app : Render environment file] *****************************************\nchanged: [%s] => {\n    \"changed\": true,\n    \"checksum\": \"%s\",\n"
            "    \"diff\": [],\n    \"invocation\": {\n      \"module_args\": {\n        \"dest\": \"/etc/app/app.env\",\n%s,\n        \"mode\": \"0600\"\n      }\n    }\n}\n\nPLAY RECAP *********\n%s : ok=14 changed=2 unreachable=0 failed=0\n") % (
        host(r), rs(r, 40, HEX), d, host(r))


@gen("intellij_run_configuration_xml", "ide_and_http_clients")
def _(r, E):
    envs = "\n".join('      <env name="%s" value="%s" />' % (n, p) for n, p in E)
    return ('<component name="ProjectRunConfigurationManager">\n  <configuration default="false" name="ApiApplication (local)" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">\n'
            '    <option name="ACTIVE_PROFILES" value="local" />\n    <envs>\n%s\n    </envs>\n    <module name="api.main" />\n'
            '    <option name="SPRING_BOOT_MAIN_CLASS" value="com.acme.api.ApiApplication" />\n    <method v="2">\n      <option name="Make" enabled="true" />\n    </method>\n  </configuration>\n</component>\n') % envs


@gen("vscode_launch_json_env", "ide_and_http_clients")
def _(r, E):
    envs = ",\n".join('        "%s": "%s"' % (n, p) for n, p in E)
    return ('{\n  // Use IntelliSense to learn about possible attributes.\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "debugpy",\n      "request": "launch",\n'
            '      "name": "FastAPI: uvicorn",\n      "module": "uvicorn",\n      "args": ["app.main:app", "--reload"],\n      "env": {\n%s\n      },\n      "justMyCode": false\n    }\n  ]\n}\n') % envs


@gen("pycharm_workspace_xml_envs", "ide_and_http_clients")
def _(r, E):
    envs = "\n".join('        <env name="%s" value="%s" />' % (n, p) for n, p in E)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="RunManager" selected="Python.manage">\n    <configuration name="manage" type="PythonConfigurationType" factoryName="Python">\n'
            '      <option name="INTERPRETER_OPTIONS" value="" />\n      <envs>\n        <env name="PYTHONUNBUFFERED" value="1" />\n%s\n      </envs>\n'
            '      <option name="SCRIPT_NAME" value="$PROJECT_DIR$/manage.py" />\n      <option name="PARAMETERS" value="runserver 0.0.0.0:8000" />\n    </configuration>\n  </component>\n</project>\n') % envs


@gen("rider_launchsettings_json", "ide_and_http_clients")
def _(r, E):
    envs = ",\n".join('        "%s": "%s"' % (n.replace("_", "__", 1) if r.random() < 0.3 else n, p) for n, p in E)
    return ('{\n  "$schema": "http://json.schemastore.org/launchsettings.json",\n  "profiles": {\n    "Orders.Api": {\n      "commandName": "Project",\n      "launchBrowser": true,\n'
            '      "applicationUrl": "https://localhost:7043;http://localhost:5043",\n      "environmentVariables": {\n        "ASPNETCORE_ENVIRONMENT": "Development",\n%s\n      }\n    }\n  }\n}\n') % envs


@gen("insomnia_export_environment", "ide_and_http_clients")
def _(r, E):
    d = ",\n".join('\t\t\t\t"%s": "%s"' % (styl(n, "snake"), p) for n, p in E)
    return ('{\n\t"_type": "export",\n\t"__export_format": 4,\n\t"__export_source": "insomnia.desktop.app:v2023.5.8",\n\t"resources": [\n\t\t{\n\t\t\t"_id": "env_%s",\n'
            '\t\t\t"parentId": "wrk_%s",\n\t\t\t"name": "Production",\n\t\t\t"data": {\n\t\t\t\t"base_url": "https://api.%s.io",\n%s\n\t\t\t},\n\t\t\t"_type": "environment"\n\t\t}\n\t]\n}\n') % (
        rs(r, 32, HEX), rs(r, 32, HEX), r.choice(WORDS), d)


@gen("postman_environment_json", "ide_and_http_clients")
def _(r, E):
    vals = ",\n".join('\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": "%s",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}' % (styl(n, "camel"), p) for n, p in E)
    return '{\n\t"id": "%s",\n\t"name": "prod",\n\t"values": [\n%s\n\t],\n\t"_postman_variable_scope": "environment",\n\t"_postman_exported_using": "Postman/11.14.0"\n}\n' % (uuid4(r), vals)


@gen("jupyter_notebook_ipynb_cell", "notebooks_editors_terminals")
def _(r, E):
    src = ",\n".join('    "os.environ[\\"%s\\"] = \\"%s\\"\\n"' % (n, p) for n, p in E)
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "id": "%s",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n%s,\n'
            '    "client = make_client()"\n   ]\n  }\n ],\n "metadata": {\n  "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n') % (
        r.randrange(1, 40), rs(r, 8, HEX), src)


@gen("colab_cell_with_userdata_fallback", "notebooks_editors_terminals")
def _(r, E):
    lines = "\n".join("%s = userdata.get('%s') or '%s'" % (styl(n, "snake"), n, p) for n, p in E)
    return "# Cell 3\nfrom google.colab import userdata\n%s\n\n!pip -q install -U datasets accelerate\n" % lines


@gen("bash_history_exports", "notebooks_editors_terminals")
def _(r, E):
    h = ["cd ~/src/%s" % r.choice(WORDS), "git pull --rebase", "nvm use 20"]
    for n, p in E:
        h.append("export %s=%s" % (n, p))
    h += ["npm run dev", "history | tail -30"]
    return "\n".join("%5d  %s" % (500 + i, c) for i, c in enumerate(h)) + "\n"


@gen("fish_history_yaml", "notebooks_editors_terminals")
def _(r, E):
    h = []
    for n, p in E:
        h.append("- cmd: set -gx %s %s\n  when: %d" % (n, p, 1756000000 + r.randrange(10 ** 6)))
    h.append("- cmd: cargo run --release\n  when: %d" % (1757000000 + r.randrange(10 ** 6)))
    return "\n".join(h) + "\n"


@gen("tmux_capture_pane_tail", "notebooks_editors_terminals")
def _(r, E):
    s = "\n".join("%s=%s" % (n, p) for n, p in E)
    return ("deploy@%s:~/app$ cat .env.production | grep -v '^#'\n%s\nAPP_URL=https://%s.example-co.net\ndeploy@%s:~/app$ \n\n"
            "[0] 0:bash* 1:htop-                                                       \"%s\" 14:22 05-Oct-25") % (host(r), s, r.choice(WORDS), host(r), host(r))


@gen("dotenv_with_comments_and_sections", "env_files_and_shell_profiles")
def _(r, E):
    s = "\n".join("%s=%s" % (n, p) for n, p in E)
    return ("# ---------------------------------------------\n# Local overrides - DO NOT COMMIT (see #412)\n# ---------------------------------------------\nAPP_ENV=local\nAPP_DEBUG=true\n\n"
            "# third-party\n%s\n\nQUEUE_CONNECTION=redis\nREDIS_HOST=127.0.0.1\n") % s


@gen("systemctl_show_environment", "os_service_configs")
def _(r, E):
    s = " ".join("%s=%s" % (n, p) for n, p in E)
    return "$ systemctl show ingest.service -p Environment -p ExecMainPID\nExecMainPID=%d\nEnvironment=LANG=C.UTF-8 %s RUST_LOG=info\n" % (r.randrange(900, 90000), s)


@gen("supervisord_program_environment", "paas_and_process_managers")
def _(r, E):
    s = ",".join('%s="%s"' % (n, p) for n, p in E)
    return ("[program:celery-worker]\ncommand=/srv/venv/bin/celery -A proj worker -l INFO -c 4\ndirectory=/srv/proj\nuser=www-data\nnumprocs=1\n"
            "autostart=true\nautorestart=true\nstopwaitsecs=600\nenvironment=DJANGO_SETTINGS_MODULE=\"proj.settings.prod\",%s\nstdout_logfile=/var/log/celery/worker.log\n") % s


@gen("pm2_ecosystem_config_js", "paas_and_process_managers")
def _(r, E):
    s = ",\n".join("        %s: '%s'" % (n, p) for n, p in E)
    return ("module.exports = {\n  apps: [\n    {\n      name: 'storefront',\n      script: './build/index.js',\n      instances: 'max',\n      exec_mode: 'cluster',\n"
            "      env_production: {\n        NODE_ENV: 'production',\n%s\n      }\n    }\n  ]\n};\n") % s


@gen("nomad_job_hcl_env", "paas_and_process_managers")
def _(r, E):
    s = "\n".join("        %s = \"%s\"" % (n, p) for n, p in E)
    return ("job \"%s\" {\n  datacenters = [\"dc1\"]\n  type = \"service\"\n  group \"web\" {\n    count = 2\n    task \"app\" {\n      driver = \"docker\"\n"
            "      config {\n        image = \"registry.internal/%s:3.1\"\n        ports = [\"http\"]\n      }\n      env {\n%s\n      }\n    }\n  }\n}\n") % (r.choice(WORDS), r.choice(WORDS), s)


@gen("aws_ecs_task_definition_json", "paas_and_process_managers")
def _(r, E):
    s = ",\n".join('        {"name": "%s", "value": "%s"}' % (n, p) for n, p in E)
    return ('{\n  "family": "%s-task",\n  "networkMode": "awsvpc",\n  "containerDefinitions": [\n    {\n      "name": "app",\n      "image": "%d.dkr.ecr.eu-central-1.amazonaws.com/app:build-%d",\n'
            '      "essential": true,\n      "environment": [\n%s\n      ],\n      "logConfiguration": {"logDriver": "awslogs"}\n    }\n  ],\n  "cpu": "512",\n  "memory": "1024"\n}\n') % (
        r.choice(WORDS), r.randrange(10 ** 11, 10 ** 12), r.randrange(100, 999), s)


@gen("aws_lambda_get_function_configuration", "runtime_and_ops_output")
def _(r, E):
    s = ",\n".join('            "%s": "%s"' % (n, p) for n, p in E)
    return ('$ aws lambda get-function-configuration --function-name thumbnailer\n{\n    "FunctionName": "thumbnailer",\n    "Runtime": "python3.12",\n    "Handler": "app.handler",\n'
            '    "Timeout": 30,\n    "Environment": {\n        "Variables": {\n%s\n        }\n    },\n    "Architectures": ["arm64"]\n}\n') % s


@gen("azure_webapp_appsettings_list", "runtime_and_ops_output")
def _(r, E):
    s = ",\n".join('  {\n    "name": "%s",\n    "slotSetting": false,\n    "value": "%s"\n  }' % (n, p) for n, p in E)
    return "$ az webapp config appsettings list -g rg-shop -n shop-api -o json\n[\n%s\n]\n" % s


@gen("heroku_config_shell_output", "paas_and_process_managers")
def _(r, E):
    w = max(len(n) for n, _ in E) + 2
    s = "\n".join("%s%s" % ((n + ":").ljust(w), p) for n, p in E)
    return "$ heroku config -a %s-prod\n=== %s-prod Config Vars\n%s\n%s\n" % (r.choice(WORDS), r.choice(WORDS), "DATABASE_URL:".ljust(w) + "(see addon)", s)


@gen("fly_toml_env_section", "paas_and_process_managers")
def _(r, E):
    s = "\n".join("  %s = \"%s\"" % (n, p) for n, p in E)
    return "app = \"%s-%s\"\nprimary_region = \"ams\"\n\n[build]\n  dockerfile = \"Dockerfile\"\n\n[env]\n  PORT = \"8080\"\n%s\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n" % (
        r.choice(WORDS), rs(r, 4, AL), s)


@gen("render_yaml_envvars", "paas_and_process_managers")
def _(r, E):
    s = "\n".join("      - key: %s\n        value: %s" % (n, p) for n, p in E)
    return "services:\n  - type: web\n    name: %s\n    runtime: node\n    plan: starter\n    buildCommand: pnpm i && pnpm build\n    startCommand: pnpm start\n    envVars:\n%s\n" % (r.choice(WORDS), s)


@gen("docker_compose_override_env_map", "containers_and_kubernetes")
def _(r, E):
    s = "\n".join("      %s: \"%s\"" % (n, p) for n, p in E)
    return "# docker-compose.override.yml (local only)\nservices:\n  worker:\n    build: .\n    environment:\n%s\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n" % s


@gen("k8s_secret_stringdata_manifest", "containers_and_kubernetes")
def _(r, E):
    s = "\n".join("  %s: \"%s\"" % (n, p) for n, p in E)
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-env\n  namespace: apps\ntype: Opaque\nstringData:\n%s\n" % (r.choice(WORDS), s)


@gen("kustomize_secret_generator_literals", "containers_and_kubernetes")
def _(r, E):
    s = "\n".join("      - %s=%s" % (n, p) for n, p in E)
    return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nsecretGenerator:\n  - name: app-secrets\n    literals:\n%s\ngeneratorOptions:\n  disableNameSuffixHash: true\n" % s


@gen("kubectl_create_secret_cmd", "cli_invocations")
def _(r, E):
    s = " \\\n  ".join("--from-literal=%s=%s" % (n, p) for n, p in E)
    return "kubectl -n %s create secret generic app-secrets \\\n  %s \\\n  --dry-run=client -o yaml | kubectl apply -f -\n" % (r.choice(["prod", "staging"]), s)


@gen("docker_run_e_flags", "cli_invocations")
def _(r, E):
    s = " \\\n  ".join("-e %s=%s" % (n, p) for n, p in E)
    return "docker run --rm -it \\\n  %s \\\n  -v $PWD:/work -w /work \\\n  ghcr.io/acme/toolbox:latest bash\n" % s


@gen("podman_kube_play_configmap", "containers_and_kubernetes")
def _(r, E):
    s = "\n".join("  %s: %s" % (n, p) for n, p in E)
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-config\ndata:\n%s\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: %s\n" % (r.choice(WORDS), s, r.choice(WORDS))


@gen("github_workflow_env_literal", "ci_pipelines")
def _(r, E):
    s = "\n".join("  %s: %s" % (n, p) for n, p in E)
    return ("name: nightly-sync\non:\n  schedule:\n    - cron: '17 3 * * *'\n  workflow_dispatch:\nenv:\n%s\njobs:\n  sync:\n    runs-on: ubuntu-24.04\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - run: make sync\n") % s


@gen("drone_yml_environment", "ci_pipelines")
def _(r, E):
    s = "\n".join("      %s: %s" % (n, p) for n, p in E)
    return "kind: pipeline\ntype: docker\nname: default\n\nsteps:\n- name: publish\n  image: plugins/docker\n  environment:\n%s\n  commands:\n  - ./ci/publish.sh\n" % s


@gen("woodpecker_pipeline_yaml", "ci_pipelines")
def _(r, E):
    s = "\n".join("      - %s=%s" % (n, p) for n, p in E)
    return "when:\n  - event: push\n    branch: main\n\nsteps:\n  - name: deploy\n    image: alpine:3.20\n    environment:\n%s\n    commands:\n      - ./deploy.sh\n" % s


@gen("tekton_pipelinerun_params", "ci_pipelines")
def _(r, E):
    s = "\n".join("    - name: %s\n      value: %s" % (styl(n, "kebab"), p) for n, p in E)
    return "apiVersion: tekton.dev/v1\nkind: PipelineRun\nmetadata:\n  generateName: release-\nspec:\n  pipelineRef:\n    name: release\n  params:\n%s\n    - name: git-revision\n      value: main\n" % s


@gen("teamcity_build_parameters_properties", "ci_pipelines")
def _(r, E):
    s = "\n".join("env.%s=%s" % (n, p) for n, p in E)
    return "#TeamCity build properties without 'system.' prefix\n#%s\nbuild.number=%d\nteamcity.build.id=%d\n%s\nteamcity.version=2024.07.3 (build 160765)\n" % (
        "Mon Oct 06 10:21:44 CEST 2025", r.randrange(100, 9999), r.randrange(10 ** 5, 10 ** 6), s)


@gen("azure_devops_variable_group_json", "ci_pipelines")
def _(r, E):
    s = ",\n".join('    "%s": {\n      "isSecret": null,\n      "value": "%s"\n    }' % (n, p) for n, p in E)
    return '$ az pipelines variable-group show --group-id %d -o json\n{\n  "name": "release-vars",\n  "type": "Vsts",\n  "variables": {\n%s\n  }\n}\n' % (r.randrange(3, 80), s)


@gen("bamboo_build_log_variables", "ci_pipelines")
def _(r, E):
    s = "\n".join("simple\t06-Oct-2025 11:02:%02d\tbamboo_%s=%s" % (r.randrange(60), n, p) for n, p in E)
    return "simple\t06-Oct-2025 11:02:00\tBuild PRJ-REL-%d started building on agent elastic-%d\nsimple\t06-Oct-2025 11:02:01\tBuild variables:\n%s\nsimple\t06-Oct-2025 11:02:30\tFinished task 'Checkout Default Repository' with result: Success\n" % (
        r.randrange(100, 999), r.randrange(1, 9), s)


@gen("makefile_exported_vars", "build_and_automation_scripts")
def _(r, E):
    s = "\n".join("export %s ?= %s" % (n, p) for n, p in E)
    return "SHELL := /bin/bash\n.DEFAULT_GOAL := help\n\n%s\n\n.PHONY: run\nrun: ## run locally\n\tgo run ./cmd/server\n" % s


@gen("justfile_set_export", "build_and_automation_scripts")
def _(r, E):
    s = "\n".join("export %s := \"%s\"" % (n, p) for n, p in E)
    return "set dotenv-load\nset export\n\n%s\n\ndefault:\n    @just --list\n\nserve:\n    cargo watch -x run\n" % s


@gen("taskfile_yml_env", "build_and_automation_scripts")
def _(r, E):
    s = "\n".join("  %s: \"%s\"" % (n, p) for n, p in E)
    return "version: '3'\n\nenv:\n%s\n\ntasks:\n  seed:\n    cmds:\n      - go run ./cmd/seed\n" % s


@gen("powershell_profile_env", "env_files_and_shell_profiles")
def _(r, E):
    s = "\n".join("$env:%s = \"%s\"" % (n, p) for n, p in E)
    return "# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -PredictionSource History\nImport-Module posh-git\n%s\nSet-Location C:\\src\n" % s


@gen("windows_setx_batch", "env_files_and_shell_profiles")
def _(r, E):
    s = "\n".join("setx %s \"%s\"" % (n, p) for n, p in E)
    return "@echo off\nREM one-time setup for the build VM\n%s\necho done.\npause\n" % s


@gen("nix_shell_mkshell", "build_systems_and_package_managers")
def _(r, E):
    s = "\n".join("  %s = \"%s\";" % (n, p) for n, p in E)
    return "{ pkgs ? import <nixpkgs> {} }:\npkgs.mkShell {\n  buildInputs = [ pkgs.nodejs_20 pkgs.pnpm ];\n%s\n  shellHook = ''\n    echo \"dev shell ready\"\n  '';\n}\n" % s


@gen("devcontainer_json_remoteenv", "ide_and_http_clients")
def _(r, E):
    s = ",\n\t\t".join('"%s": "%s"' % (n, p) for n, p in E)
    return '// .devcontainer/devcontainer.json\n{\n\t"name": "api",\n\t"image": "mcr.microsoft.com/devcontainers/typescript-node:20",\n\t"remoteEnv": {\n\t\t%s\n\t},\n\t"postCreateCommand": "npm ci"\n}\n' % s


@gen("gitpod_yml_env_task", "ide_and_http_clients")
def _(r, E):
    s = "\n".join("      export %s=%s" % (n, p) for n, p in E)
    return "image: gitpod/workspace-full\ntasks:\n  - name: api\n    init: npm ci\n    command: |\n%s\n      npm run dev\nports:\n  - port: 3000\n    onOpen: open-preview\n" % s


@gen("spring_application_properties", "app_frameworks_config")
def _(r, E):
    s = "\n".join("app.integrations.%s=%s" % (styl(n, "kebab"), p) for n, p in E)
    return "spring.application.name=billing\nserver.port=8081\nspring.jpa.open-in-view=false\nmanagement.endpoints.web.exposure.include=health,info\n%s\nlogging.level.root=INFO\n" % s


@gen("aspnet_appsettings_development_json", "app_frameworks_config")
def _(r, E):
    s = ",\n".join('    "%s": "%s"' % (styl(n, "pascal"), p) for n, p in E)
    return '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.AspNetCore": "Warning"\n    }\n  },\n  "AllowedHosts": "*",\n  "Integrations": {\n%s\n  }\n}\n' % s


@gen("rails_credentials_show_output", "app_frameworks_config")
def _(r, E):
    s = "\n".join("  %s: %s" % (styl(n, "snake"), p) for n, p in E)
    return "$ bin/rails credentials:show --environment production\nsecret_key_base: (see 1Password)\n\nintegrations:\n%s\n\naws:\n  region: eu-west-1\n" % s


@gen("django_settings_local_py", "app_frameworks_config")
def _(r, E):
    s = "\n".join("%s = \"%s\"" % (n, p) for n, p in E)
    return "# settings/local.py\nfrom .base import *  # noqa\n\nDEBUG = True\nALLOWED_HOSTS = [\"*\"]\n\n%s\n\nCELERY_TASK_ALWAYS_EAGER = True\n" % s


@gen("nextjs_next_config_env", "frontend_bundles")
def _(r, E):
    s = "\n".join("    %s: '%s'," % (n, p) for n, p in E)
    return "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n  env: {\n%s\n  },\n};\n\nexport default nextConfig;\n" % s


@gen("vite_config_define_block", "frontend_bundles")
def _(r, E):
    s = "\n".join("    'process.env.%s': JSON.stringify('%s')," % (n, p) for n, p in E)
    return "import { defineConfig } from 'vite'\nimport react from '@vitejs/plugin-react'\n\nexport default defineConfig({\n  plugins: [react()],\n  define: {\n%s\n  },\n})\n" % s


@gen("webpack_bundle_chunk_minified", "frontend_bundles")
def _(r, E):
    s = ",".join('%s:"%s"' % (n, p) for n, p in E)
    return '"use strict";(self.webpackChunkadmin=self.webpackChunkadmin||[]).push([[%d],{%d:(e,t,n)=>{n.d(t,{Z:()=>o});const o={NODE_ENV:"production",%s,PUBLIC_URL:""}}}]);\n//# sourceMappingURL=main.%s.chunk.js.map\n' % (
        r.randrange(100, 999), r.randrange(1000, 99999), s, rs(r, 8, HEX))


@gen("sourcemap_sourcescontent_excerpt", "frontend_bundles")
def _(r, E):
    s = "\\n".join("export const %s = \\\"%s\\\";" % (n, p) for n, p in E)
    return '{"version":3,"file":"config.%s.js","sources":["webpack://admin/./src/config.ts"],"sourcesContent":["// generated\\n%s\\n"],"names":[],"mappings":"AAAA;AACO,MAAM"}\n' % (rs(r, 8, HEX), s)


@gen("expo_app_config_extra", "app_specific_configs")
def _(r, E):
    s = ",\n".join("      %s: \"%s\"" % (styl(n, "camel"), p) for n, p in E)
    return "// app.config.ts\nexport default {\n  name: 'Fieldnotes',\n  slug: 'fieldnotes',\n  version: '1.8.0',\n  extra: {\n%s,\n      eas: { projectId: '%s' }\n  },\n};\n" % (s, uuid4(r))


@gen("android_gradle_properties", "build_systems_and_package_managers")
def _(r, E):
    s = "\n".join("%s=%s" % (styl(n, "camel"), p) for n, p in E)
    return "org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nkotlin.code.style=official\n%s\n" % s


@gen("ios_xcconfig", "app_specific_configs")
def _(r, E):
    s = "\n".join("%s = %s" % (n, p) for n, p in E)
    return "// Release.xcconfig\n#include \"Pods/Target Support Files/Pods-App/Pods-App.release.xcconfig\"\nPRODUCT_BUNDLE_IDENTIFIER = com.acme.fieldnotes\n%s\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n" % s


@gen("info_plist_custom_keys", "app_specific_configs")
def _(r, E):
    s = "\n".join("\t<key>%s</key>\n\t<string>%s</string>" % (styl(n, "pascal"), p) for n, p in E)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Fieldnotes</string>\n%s\n</dict>\n</plist>\n' % s


@gen("flutter_dart_define_json", "app_specific_configs")
def _(r, E):
    s = ",\n".join('  "%s": "%s"' % (n, p) for n, p in E)
    return '// flutter run --dart-define-from-file=config/prod.json\n{\n  "FLAVOR": "prod",\n%s\n}\n' % s


@gen("unity_scriptableobject_asset", "app_specific_configs")
def _(r, E):
    s = "\n".join("  %s: %s" % (styl(n, "camel"), p) for n, p in E)
    return "%%YAML 1.1\n%%TAG !u! tag:unity3d.com,2011:\n--- !u!114 &11400000\nMonoBehaviour:\n  m_ObjectHideFlags: 0\n  m_Name: BackendSettings\n  m_EditorClassIdentifier: \n%s\n  environment: 2\n" % s


@gen("godot_project_godot_settings", "app_specific_configs")
def _(r, E):
    s = "\n".join('%s="%s"' % (styl(n, "snake"), p) for n, p in E)
    return '; Engine configuration file.\nconfig_version=5\n\n[application]\nconfig/name="Skyforge"\nrun/main_scene="res://main.tscn"\n\n[online]\n%s\n' % s


@gen("toml_pyproject_tool_section", "config_languages")
def _(r, E):
    s = "\n".join('%s = "%s"' % (styl(n, "snake"), p) for n, p in E)
    return '[project]\nname = "etl-jobs"\nversion = "0.9.2"\nrequires-python = ">=3.11"\n\n[tool.etl.secrets]\n%s\n\n[tool.ruff]\nline-length = 100\n' % s


@gen("hocon_application_conf", "config_languages")
def _(r, E):
    s = "\n".join('    %s = "%s"' % (styl(n, "kebab"), p) for n, p in E)
    return 'akka {\n  loglevel = "INFO"\n}\n\nintegrations {\n%s\n    timeout = 10s\n}\n' % s


@gen("jsonnet_config_local", "config_languages")
def _(r, E):
    s = "\n".join("    %s: '%s'," % (styl(n, "camel"), p) for n, p in E)
    return "local base = import 'base.libsonnet';\n\nbase {\n  integrations+: {\n%s\n  },\n}\n" % s


@gen("cue_values_file", "config_languages")
def _(r, E):
    s = "\n".join('\t%s: "%s"' % (styl(n, "camel"), p) for n, p in E)
    return 'package deploy\n\nvalues: {\n\treplicas: 3\n%s\n}\n' % s


@gen("dhall_record", "config_languages")
def _(r, E):
    s = "\n, ".join('%s = "%s"' % (styl(n, "camel"), p) for n, p in E)
    return "let Config = ./types/Config.dhall\n\nin  { %s\n    , region = \"eu-west-1\"\n    }\n" % s


@gen("edn_config_map", "config_languages")
def _(r, E):
    s = "\n ".join(':%s "%s"' % (styl(n, "kebab"), p) for n, p in E)
    return '{:http {:port 3000}\n %s\n :db {:dbtype "postgresql"}}\n' % s


@gen("nginx_env_and_proxy_header", "service_configs")
def _(r, E):
    s = "\n".join("        proxy_set_header X-%s \"%s\";" % (styl(n, "title").replace(" ", "-"), p) for n, p in E)
    return "server {\n    listen 443 ssl;\n    server_name gateway.%s.net;\n\n    location /upstream/ {\n        proxy_pass https://api.vendor.example;\n%s\n        proxy_ssl_server_name on;\n    }\n}\n" % (
        r.choice(WORDS), s)


@gen("apache_setenv_vhost", "service_configs")
def _(r, E):
    s = "\n".join("    SetEnv %s \"%s\"" % (n, p) for n, p in E)
    return "<VirtualHost *:443>\n    ServerName shop.%s.net\n    DocumentRoot /var/www/shop/public\n%s\n    <Directory /var/www/shop/public>\n        AllowOverride All\n    </Directory>\n</VirtualHost>\n" % (r.choice(WORDS), s)


@gen("php_fpm_pool_env", "service_configs")
def _(r, E):
    s = "\n".join("env[%s] = \"%s\"" % (n, p) for n, p in E)
    return "[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php8.3-fpm.sock\npm = dynamic\npm.max_children = 20\nclear_env = no\n%s\n" % s


@gen("caddyfile_env_placeholder_overridden", "service_configs")
def _(r, E):
    s = "\n".join("\t\theader_up X-%s %s" % (styl(n, "title").replace(" ", "-"), p) for n, p in E)
    return "api.%s.net {\n\treverse_proxy localhost:9000 {\n%s\n\t}\n\tencode zstd gzip\n}\n" % (r.choice(WORDS), s)


@gen("openresty_lua_init", "service_configs")
def _(r, E):
    s = "\n".join("    cfg.%s = \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return "init_by_lua_block {\n    local cfg = require \"app.config\"\n%s\n}\n" % s


@gen("haproxy_cfg_http_request_set_header", "service_configs")
def _(r, E):
    s = "\n".join("    http-request set-header X-%s %s" % (styl(n, "title").replace(" ", "-"), p) for n, p in E)
    return "backend be_vendor\n    mode http\n    server vendor1 api.vendor.example:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt\n%s\n" % s


@gen("envoy_yaml_request_headers_to_add", "service_configs")
def _(r, E):
    s = "\n".join("          - header:\n              key: x-%s\n              value: \"%s\"" % (styl(n, "kebab"), p) for n, p in E)
    return "route_config:\n  virtual_hosts:\n    - name: vendor\n      domains: [\"*\"]\n      routes:\n        - match: { prefix: \"/\" }\n          route: { cluster: vendor }\n          request_headers_to_add:\n%s\n" % s


@gen("fluent_bit_conf_output", "service_configs")
def _(r, E):
    s = "\n".join("    %s %s" % (styl(n, "pascal"), p) for n, p in E)
    return "[SERVICE]\n    Flush        5\n    Log_Level    info\n\n[INPUT]\n    Name tail\n    Path /var/log/app/*.log\n\n[OUTPUT]\n    Name  http\n    Match *\n%s\n" % s


@gen("otel_collector_yaml_exporter_headers", "service_configs")
def _(r, E):
    s = "\n".join("      %s: \"%s\"" % (styl(n, "kebab"), p) for n, p in E)
    return "receivers:\n  otlp:\n    protocols:\n      grpc: {}\nexporters:\n  otlphttp:\n    endpoint: https://otlp.vendor.example\n    headers:\n%s\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [otlphttp]\n" % s


@gen("prometheus_scrape_bearer", "service_configs")
def _(r, E):
    s = "\n".join("  - job_name: %s\n    authorization:\n      credentials: %s\n    static_configs:\n      - targets: ['%s:9100']" % (styl(n, "snake"), p, host(r)) for n, p in E)
    return "global:\n  scrape_interval: 30s\nscrape_configs:\n%s\n" % s


@gen("telegraf_conf_outputs", "service_configs")
def _(r, E):
    s = "\n".join('  %s = "%s"' % (styl(n, "snake"), p) for n, p in E)
    return '[agent]\n  interval = "10s"\n\n[[outputs.http]]\n  url = "https://metrics.vendor.example/write"\n%s\n\n[[inputs.cpu]]\n  percpu = true\n' % s


@gen("cron_crontab_with_env", "os_service_configs")
def _(r, E):
    s = "\n".join("%s=%s" % (n, p) for n, p in E)
    return "# m h  dom mon dow   command\nMAILTO=\"\"\nSHELL=/bin/bash\n%s\n*/15 * * * * /opt/sync/run.sh >> /var/log/sync.log 2>&1\n" % s


@gen("launchd_plist_environmentvariables", "os_service_configs")
def _(r, E):
    s = "\n".join("\t\t<key>%s</key>\n\t\t<string>%s</string>" % (n, p) for n, p in E)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>Label</key>\n\t<string>com.acme.backup-agent</string>\n\t<key>EnvironmentVariables</key>\n\t<dict>\n%s\n\t</dict>\n'
            '\t<key>ProgramArguments</key>\n\t<array><string>/usr/local/bin/backup-agent</string></array>\n</dict>\n</plist>\n') % s


@gen("windows_registry_export_reg", "os_service_configs")
def _(r, E):
    s = "\n".join('"%s"="%s"' % (n, p) for n, p in E)
    return "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n\"Path\"=hex(2):25,00,55,00,53,00\n%s\n" % s


@gen("sql_insert_settings_table", "exports_dumps_fixtures")
def _(r, E):
    s = ",\n".join("  ('%s', '%s', now())" % (styl(n, "dot"), p) for n, p in E)
    return "-- seed production settings (ticket OPS-%d)\nINSERT INTO app_settings (key, value, updated_at) VALUES\n%s\nON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n" % (r.randrange(100, 9999), s)


@gen("redis_cli_hgetall", "exports_dumps_fixtures")
def _(r, E):
    lines = []
    i = 1
    for n, p in E:
        lines.append('%d) "%s"' % (i, styl(n, "snake")))
        lines.append('%d) "%s"' % (i + 1, p))
        i += 2
    return "127.0.0.1:6379> HGETALL tenant:%d:integration\n%s\n127.0.0.1:6379> \n" % (r.randrange(10, 9999), "\n".join(lines))


@gen("psql_select_expanded_output", "exports_dumps_fixtures")
def _(r, E):
    s = "\n".join("%s | %s" % (styl(n, "snake").ljust(22), p) for n, p in E)
    return "app=# \\x\nExpanded display is on.\napp=# select * from connector_config where id = %d;\n-[ RECORD 1 ]----------+-------------------------------\nid                     | %d\n%s\nenabled                | t\n\n" % (
        r.randrange(1, 99), r.randrange(1, 99), s)


@gen("csv_export_vault_like", "exports_dumps_fixtures")
def _(r, E):
    s = "\n".join("%s,%s,%s,%s" % (styl(n, "title"), "ops@acme.example", p, ts(r)) for n, p in E)
    return "name,owner,secret,rotated_at\n%s\n" % s


@gen("jsonl_app_log_config_dump", "logs")
def _(r, E):
    d = ", ".join('"%s": "%s"' % (styl(n, "snake"), p) for n, p in E)
    return '{"ts":"%sZ","level":"debug","msg":"loaded config","config":{%s,"region":"eu-west-1"}}\n{"ts":"%sZ","level":"info","msg":"listening","port":8080}\n' % (ts(r), d, ts(r))


@gen("logfmt_startup_line", "logs")
def _(r, E):
    d = " ".join("%s=%s" % (styl(n, "snake"), p) for n, p in E)
    return "time=%sZ level=debug msg=\"effective configuration\" %s workers=8\ntime=%sZ level=info msg=\"server started\" addr=:8080\n" % (ts(r), d, ts(r))


@gen("syslog_rfc5424_debug", "logs")
def _(r, E):
    d = " ".join("%s=\"%s\"" % (n, p) for n, p in E)
    return "<134>1 %s.%03dZ %s sync-agent %d - [meta sequenceId=\"%d\"] starting with %s\n" % (ts(r), r.randrange(1000), host(r), r.randrange(1000, 9999), r.randrange(100), d)


@gen("journalctl_unit_output", "logs")
def _(r, E):
    d = "\n".join("Oct 06 10:%02d:%02d %s sync[%d]: env %s=%s" % (r.randrange(60), r.randrange(60), host(r).split(".")[0], 4412, n, p) for n, p in E)
    return "$ journalctl -u sync --since today --no-pager\n%s\nOct 06 10:59:01 %s systemd[1]: sync.service: Deactivated successfully.\n" % (d, host(r).split(".")[0])


@gen("sentry_event_json_extra", "telemetry_and_audit")
def _(r, E):
    d = ",\n".join('      "%s": "%s"' % (n, p) for n, p in E)
    return '{\n  "event_id": "%s",\n  "level": "error",\n  "platform": "python",\n  "exception": {"values": [{"type": "KeyError", "value": "\'tenant\'"}]},\n  "contexts": {\n    "environment": {\n%s\n    }\n  }\n}\n' % (
        rs(r, 32, HEX), d)


@gen("github_issue_bug_report_md", "collaboration_and_review")
def _(r, E):
    d = "\n".join("%s=%s" % (n, p) for n, p in E)
    return ("### Describe the bug\nThe CLI exits with `401 Unauthorized` after upgrading to 4.2.0.\n\n### To Reproduce\n1. create `.env` like below\n2. run `npx %s sync`\n\n"
            "### Environment\n```\nOS: macOS 14.6\nNode: 20.17.0\n%s\n```\n\n### Expected behavior\nSync should succeed like in 4.1.x.\n") % (r.choice(WORDS), d)


@gen("confluence_runbook_table_wiki", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join("| %s | %s | rotate quarterly |" % (styl(n, "title"), p) for n, p in E)
    return "h2. Runbook: nightly export\n\n||Setting||Value||Notes||\n%s\n| Region | eu-central-1 | |\n\n{info}Ask #platform before changing anything here.{info}\n" % d


@gen("notion_export_markdown_toggle", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join("    - **%s**: `%s`" % (styl(n, "title"), p) for n, p in E)
    return "# Onboarding – Data team\n\n- ▶ Local setup\n    - clone `data-platform`\n    - copy the following into `.env`\n%s\n- ▶ Who to ask\n    - @Lena for access\n" % d


@gen("obsidian_daily_note", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join("- %s → %s" % (n, p) for n, p in E)
    return "---\ntags: [daily, work]\ndate: 2025-10-06\n---\n## Todo\n- [x] fix staging deploy\n- [ ] rotate keys (later!!)\n\n## Scratch\n%s\n" % d


@gen("org_mode_properties_drawer", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join(":%s: %s" % (n, p) for n, p in E)
    return "* TODO migrate webhooks to new account\n:PROPERTIES:\n%s\n:CREATED:  [2025-10-06 Mon 09:14]\n:END:\nSee also [[file:~/notes/vendors.org][vendors]].\n" % d


@gen("restructuredtext_field_list", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join(":%s: ``%s``" % (styl(n, "title"), p) for n, p in E)
    return "Staging credentials\n===================\n\n.. note:: internal only\n\n%s\n:Owner: platform team\n" % d


@gen("latex_listing_in_thesis_appendix", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join("%s = \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return "\\section*{Appendix B: Data collection script}\n\\begin{lstlisting}[language=Python]\nimport tweepy\n%s\nclient = tweepy.Client(bearer_token)\n\\end{lstlisting}\n" % d


@gen("email_handover_plaintext", "collaboration_and_review")
def _(r, E):
    d = "\n".join("  %s: %s" % (styl(n, "title"), p) for n, p in E)
    return ("From: Tomasz Wrona <t.wrona@acme.example>\nTo: ops-handover@acme.example\nSubject: Handover before my leave\nDate: Fri, 03 Oct 2025 17:42:10 +0200\n\n"
            "Hi all,\n\nthe staging integrations are configured with these values, in case anything breaks while I'm out:\n\n%s\n\nEverything else is in the wiki.\nCheers,\nTomasz\n") % d


@gen("servicenow_incident_work_notes", "collaboration_and_review")
def _(r, E):
    d = "\n".join("%s=%s" % (n, p) for n, p in E)
    return "INC%07d | Priority 2 | Assignment group: App Support L2\nWork notes (%s):\nCustomer re-sent the config they use; copied below for the vendor ticket.\n%s\nNext step: escalate to vendor.\n" % (
        r.randrange(10 ** 6, 10 ** 7), ts(r, " "), d)


@gen("zendesk_ticket_public_reply", "collaboration_and_review")
def _(r, E):
    d = "\n".join("%s: %s" % (styl(n, "title"), p) for n, p in E)
    return "Ticket #%d - \"Integration stopped working\"\n\nRequester (Oct 6, 10:12):\nHello, our webhook sync stopped last night. Our settings:\n%s\nPlease advise.\n\nAgent (Oct 6, 10:40):\nThanks, looking into it.\n" % (
        r.randrange(10000, 99999), d)


@gen("phabricator_differential_inline", "collaboration_and_review")
def _(r, E):
    d = "\n".join("  | %s = \"%s\"" % (n, p) for n, p in E)
    return "D%d: sync: add vendor client\n\nsrc/sync/client.py:12\n%s\n\nalexr: Nit: this should come from the env, not be committed.\n" % (r.randrange(1000, 99999), d)


@gen("ai_assistant_prompt_paste", "prose_messages")
def _(r, E):
    d = "\n".join("%s=%s" % (n, p) for n, p in E)
    return "why does this give me 401?? here is my env and the code\n\n%s\n\nimport os, httpx\nr = httpx.get(BASE, headers={\"Authorization\": \"Bearer \" + os.environ[\"%s\"]})\nprint(r.status_code)\n" % (d, E[0][0])


@gen("slack_export_message_json", "prose_messages")
def _(r, E):
    d = "\\n".join("%s=%s" % (n, p) for n, p in E)
    return '[\n    {\n        "client_msg_id": "%s",\n        "type": "message",\n        "text": "for the demo use these pls:\\n```%s```",\n        "user": "U%s",\n        "ts": "%d.%06d",\n        "team": "T%s"\n    }\n]\n' % (
        uuid4(r), d, rs(r, 10, AU), 1759000000 + r.randrange(10 ** 6), r.randrange(10 ** 6), rs(r, 8, AU))


@gen("discord_chat_exporter_txt", "prose_messages")
def _(r, E):
    d = "\n".join("%s=%s" % (n, p) for n, p in E)
    return "==============================================================\nGuild: Indie Devs\nChannel: #bot-help\n==============================================================\n\n[06/10/2025 21:14] kaito#0420\nmy bot still won't start, config is\n%s\n\n[06/10/2025 21:16] mod-bot\nPlease never share tokens in public channels!\n" % d


@gen("teams_chat_html_export", "prose_messages")
def _(r, E):
    d = "<br>".join("%s=%s" % (n, p) for n, p in E)
    return '<div class="message"><span class="author">Anja Berg</span> <span class="time">10:31</span><div class="body"><p>Here are the creds for the POC:</p><p><code>%s</code></p></div></div>\n' % d


@gen("whatsapp_chat_export_txt", "prose_messages")
def _(r, E):
    d = "\n".join("%s=%s" % (n, p) for n, p in E)
    return "06/10/2025, 22:41 - Marco: ok eccole\n06/10/2025, 22:41 - Marco: %s\n06/10/2025, 22:43 - Giulia: grazie!! <Media omitted>\n" % d


@gen("rocketchat_room_export_json", "prose_messages")
def _(r, E):
    d = "\\n".join("%s=%s" % (n, p) for n, p in E)
    return '{"_id":"%s","rid":"GENERAL","msg":"staging keys:\\n%s","ts":{"$date":"%s.123Z"},"u":{"_id":"%s","username":"devops"}}\n' % (rs(r, 17, A62), d, ts(r), rs(r, 17, A62))


@gen("irc_weechat_log", "prose_messages")
def _(r, E):
    d = "\n".join("2025-10-06 21:%02d:%02d\tnyx\t%s=%s" % (r.randrange(60), r.randrange(60), n, p) for n, p in E)
    return "2025-10-06 21:00:01\t-->\tnyx (~nyx@user/nyx) has joined #selfhosted\n%s\n2025-10-06 21:59:10\tgrendel\tnyx: you might want to rotate that\n" % d


@gen("pastebin_raw_dump", "misc_generic")
def _(r, E):
    d = "\n".join("%s: %s" % (n, p) for n, p in E)
    return "# config backup %s\n%s\n# end\n" % (ts(r, " "), d)


@gen("git_diff_env_added", "collaboration_and_review")
def _(r, E):
    d = "\n".join("+%s=%s" % (n, p) for n, p in E)
    return "diff --git a/.env.staging b/.env.staging\nindex %s..%s 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,%d @@ APP_NAME=portal\n APP_ENV=staging\n%s\n LOG_CHANNEL=stack\n" % (
        rs(r, 7, HEX), rs(r, 7, HEX), 4 + len(E), d)


@gen("git_show_commit_patch", "collaboration_and_review")
def _(r, E):
    d = "\n".join("+    %s: \"%s\"," % (styl(n, "camel"), p) for n, p in E)
    return "commit %s\nAuthor: jdoe <jdoe@acme.example>\nDate:   Mon Oct 6 11:02:33 2025 +0200\n\n    wip: quick fix for prod\n\ndiff --git a/src/config.ts b/src/config.ts\n--- a/src/config.ts\n+++ b/src/config.ts\n@@ -1,3 +1,%d @@\n export const config = {\n%s\n   region: 'eu',\n" % (
        rs(r, 40, HEX), 3 + len(E), d)


@gen("har_request_headers_entry", "ide_and_http_clients")
def _(r, E):
    d = ",\n".join('            {"name": "x-%s", "value": "%s"}' % (styl(n, "kebab"), p) for n, p in E)
    return '{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "Firefox", "version": "131.0"},\n    "entries": [\n      {\n        "startedDateTime": "%s.512Z",\n        "request": {\n          "method": "POST",\n          "url": "https://api.%s.io/v2/sync",\n          "headers": [\n%s\n          ]\n        },\n        "response": {"status": 401}\n      }\n    ]\n  }\n}\n' % (
        ts(r), r.choice(WORDS), d)


@gen("browser_copy_as_fetch_nodejs", "ide_and_http_clients")
def _(r, E):
    d = ",\n".join('    "x-%s": "%s"' % (styl(n, "kebab"), p) for n, p in E)
    return 'fetch("https://app.%s.io/api/internal/export", {\n  "headers": {\n    "accept": "application/json",\n%s,\n    "sec-fetch-mode": "cors"\n  },\n  "body": null,\n  "method": "GET"\n});\n' % (
        r.choice(WORDS), d)


@gen("browser_copy_as_powershell", "ide_and_http_clients")
def _(r, E):
    d = "\n".join('  "x-%s"="%s"' % (styl(n, "kebab"), p) for n, p in E)
    return '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\nInvoke-WebRequest -UseBasicParsing -Uri "https://portal.%s.io/api/v1/me" `\n-WebSession $session `\n-Headers @{\n  "accept"="application/json"\n%s\n}\n' % (
        r.choice(WORDS), d)


@gen("curl_verbose_request_dump", "cli_invocations")
def _(r, E):
    d = "\n".join("> X-%s: %s" % (styl(n, "title").replace(" ", "-"), p) for n, p in E)
    return "$ curl -v https://api.%s.io/v1/ping\n*   Trying 203.0.113.%d:443...\n* Connected to api (203.0.113.%d) port 443\n> GET /v1/ping HTTP/2\n> Host: api.%s.io\n> User-Agent: curl/8.7.1\n%s\n> Accept: */*\n>\n< HTTP/2 403\n< content-type: application/json\n" % (
        r.choice(WORDS), r.randrange(1, 254), r.randrange(1, 254), r.choice(WORDS), d)


@gen("wireshark_follow_http_stream", "runtime_and_ops_output")
def _(r, E):
    d = "\r\n".join("X-%s: %s" % (styl(n, "title").replace(" ", "-"), p) for n, p in E)
    return "POST /ingest HTTP/1.1\r\nHost: %s:8088\r\nContent-Type: application/json\r\n%s\r\nContent-Length: 27\r\n\r\n{\"event\":\"hello\",\"n\":1}\r\n" % (host(r), d)


@gen("playwright_config_ts", "source_code")
def _(r, E):
    d = "\n".join("process.env.%s ??= '%s';" % (n, p) for n, p in E)
    return "import { defineConfig } from '@playwright/test';\n\n%s\n\nexport default defineConfig({\n  testDir: './e2e',\n  retries: 2,\n  use: { baseURL: 'https://staging.example-co.net' },\n});\n" % d


@gen("go_main_const_block", "source_code")
def _(r, E):
    d = "\n".join("\t%s = \"%s\"" % (styl(n, "camel"), p) for n, p in E)
    return "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nconst (\n%s\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n" % d


@gen("rust_lazy_static_config", "source_code")
def _(r, E):
    d = "\n".join("pub const %s: &str = \"%s\";" % (n, p) for n, p in E)
    return "// src/secrets.rs  (TODO: load from env)\n%s\n\npub fn user_agent() -> String {\n    format!(\"sync/{}\", env!(\"CARGO_PKG_VERSION\"))\n}\n" % d


@gen("kotlin_object_buildconfig", "source_code")
def _(r, E):
    d = "\n".join("    const val %s = \"%s\"" % (n, p) for n, p in E)
    return "package com.acme.fieldnotes\n\nobject Keys {\n%s\n}\n" % d


@gen("swift_enum_secrets", "source_code")
def _(r, E):
    d = "\n".join("    static let %s = \"%s\"" % (styl(n, "camel"), p) for n, p in E)
    return "import Foundation\n\nenum Secrets {\n%s\n}\n" % d


@gen("csharp_static_class_consts", "source_code")
def _(r, E):
    d = "\n".join("        public const string %s = \"%s\";" % (styl(n, "pascal"), p) for n, p in E)
    return "namespace Orders.Infrastructure\n{\n    internal static class VendorSecrets\n    {\n%s\n    }\n}\n" % d


@gen("php_config_array_return", "source_code")
def _(r, E):
    d = "\n".join("    '%s' => '%s'," % (styl(n, "snake"), p) for n, p in E)
    return "<?php\n\n// config/services.php (local copy)\nreturn [\n%s\n    'timeout' => 10,\n];\n" % d


@gen("ruby_initializer_rb", "source_code")
def _(r, E):
    d = "\n".join("  config.%s = \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return "# config/initializers/vendor.rb\nVendor.configure do |config|\n%s\n  config.logger = Rails.logger\nend\n" % d


@gen("elixir_config_exs", "source_code")
def _(r, E):
    d = ",\n".join("  %s: \"%s\"" % (styl(n, "snake"), p) for n, p in E)
    return "import Config\n\nconfig :vendor_client,\n%s\n" % d


@gen("scala_object_config", "source_code")
def _(r, E):
    d = "\n".join("  val %s = \"%s\"" % (styl(n, "camel"), p) for n, p in E)
    return "package acme.etl\n\nobject Credentials {\n%s\n}\n" % d


@gen("r_renviron_and_script", "source_code")
def _(r, E):
    d = "\n".join("Sys.setenv(%s = \"%s\")" % (n, p) for n, p in E)
    return "library(httr2)\n%s\nreq <- request(\"https://api.vendor.example/v1\") |> req_perform()\n" % d


@gen("julia_script_env", "source_code")
def _(r, E):
    d = "\n".join("ENV[\"%s\"] = \"%s\"" % (n, p) for n, p in E)
    return "using HTTP, JSON3\n%s\nresp = HTTP.get(\"https://api.vendor.example/v1/data\")\n" % d


@gen("emacs_init_el_setq", "notebooks_editors_terminals")
def _(r, E):
    d = "\n".join("(setq %s \"%s\")" % (styl(n, "kebab"), p) for n, p in E)
    return ";;; init.el --- personal config\n(use-package gptel :ensure t)\n%s\n(provide 'init)\n" % d


@gen("vscode_settings_json_user", "notebooks_editors_terminals")
def _(r, E):
    d = ",\n".join('    "%s.%s": "%s"' % (r.choice(["rest-client", "continue", "codegpt", "sqltools"]), styl(n, "camel"), p) for n, p in E)
    return '{\n    "editor.fontSize": 14,\n    "workbench.colorTheme": "Default Dark Modern",\n%s,\n    "files.autoSave": "afterDelay"\n}\n' % d


@gen("raycast_script_command", "build_and_automation_scripts")
def _(r, E):
    d = "\n".join("%s=\"%s\"" % (n, p) for n, p in E)
    return "#!/bin/bash\n# @raycast.schemaVersion 1\n# @raycast.title Deploy preview\n# @raycast.mode compact\n%s\ncurl -s -X POST \"https://api.vendor.example/deploy\" >/dev/null && echo \"triggered\"\n" % d


@gen("n8n_credentials_export_json", "app_specific_configs")
def _(r, E):
    d = ",\n".join('      "%s": "%s"' % (styl(n, "camel"), p) for n, p in E)
    return '[\n  {\n    "id": "%s",\n    "name": "Vendor account",\n    "type": "httpHeaderAuth",\n    "data": {\n%s\n    }\n  }\n]\n' % (rs(r, 16, A62), d)


@gen("node_red_flows_cred_json", "app_specific_configs")
def _(r, E):
    d = ",\n".join('        "%s": "%s"' % (styl(n, "camel"), p) for n, p in E)
    return '{\n    "%s": {\n%s\n    }\n}\n' % (rs(r, 16, HEX), d)


@gen("airflow_connections_json_export", "app_specific_configs")
def _(r, E):
    d = ",\n".join('    "%s": {"conn_type": "http", "host": "api.vendor.example", "password": "%s"}' % (styl(n, "snake"), p) for n, p in E)
    return "$ airflow connections export - --file-format json\n{\n%s\n}\n" % d


@gen("grafana_provisioning_datasource_yaml", "app_specific_configs")
def _(r, E):
    d = "\n".join("      %s: %s" % (styl(n, "camel"), p) for n, p in E)
    return "apiVersion: 1\ndatasources:\n  - name: Vendor\n    type: marcusolsson-json-datasource\n    url: https://api.vendor.example\n    secureJsonData:\n%s\n" % d


@gen("rclone_conf_remote", "credential_files")
def _(r, E):
    d = "\n".join("%s = %s" % (styl(n, "snake"), p) for n, p in E)
    return "[vendor-remote]\ntype = s3\nprovider = Other\nendpoint = https://s3.vendor.example\n%s\nacl = private\n" % d


@gen("cargo_env_config_toml", "build_systems_and_package_managers")
def _(r, E):
    d = "\n".join('%s = "%s"' % (n, p) for n, p in E)
    return '# .cargo/config.toml\n[build]\nrustflags = ["-C", "target-cpu=native"]\n\n[env]\n%s\n' % d


@gen("gradle_kts_buildconfigfield", "build_systems_and_package_managers")
def _(r, E):
    d = "\n".join("        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (n, p) for n, p in E)
    return "android {\n    namespace = \"com.acme.fieldnotes\"\n    defaultConfig {\n        minSdk = 26\n%s\n    }\n}\n" % d


@gen("maven_pom_properties", "build_systems_and_package_managers")
def _(r, E):
    d = "\n".join("    <%s>%s</%s>" % (styl(n, "dot"), p, styl(n, "dot")) for n, p in E)
    return "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n  <artifactId>etl</artifactId>\n  <version>1.0.0</version>\n  <properties>\n    <java.version>21</java.version>\n%s\n  </properties>\n</project>\n" % d


@gen("sbt_build_envvars", "build_systems_and_package_managers")
def _(r, E):
    d = ",\n  ".join('"%s" -> "%s"' % (n, p) for n, p in E)
    return 'ThisBuild / scalaVersion := "3.4.2"\n\nTest / envVars := Map(\n  %s\n)\n' % d


@gen("mix_exs_releases_env", "build_systems_and_package_managers")
def _(r, E):
    d = "\n".join('          %s: "%s",' % (styl(n, "snake"), p) for n, p in E)
    return "defmodule Shop.MixProject do\n  use Mix.Project\n  def project do\n    [\n      app: :shop,\n      releases: [\n        shop: [\n%s\n          include_executables_for: [:unix]\n        ]\n      ]\n    ]\n  end\nend\n" % d


@gen("csproj_user_secrets_json", "build_systems_and_package_managers")
def _(r, E):
    d = ",\n".join('  "Vendor:%s": "%s"' % (styl(n, "pascal"), p) for n, p in E)
    return "// %%APPDATA%%\\Microsoft\\UserSecrets\\%s\\secrets.json\n{\n%s\n}\n" % (uuid4(r), d)


@gen("serverless_yml_provider_environment", "iac_and_config_management")
def _(r, E):
    d = "\n".join("    %s: %s" % (n, p) for n, p in E)
    return "service: image-resizer\nframeworkVersion: '3'\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: eu-central-1\n  environment:\n%s\nfunctions:\n  resize:\n    handler: handler.resize\n" % d


@gen("aws_sam_template_yaml", "iac_and_config_management")
def _(r, E):
    d = "\n".join("          %s: %s" % (n, p) for n, p in E)
    return "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  WebhookFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Environment:\n        Variables:\n%s\n" % d


@gen("pulumi_stack_config_yaml_plain", "iac_and_config_management")
def _(r, E):
    d = "\n".join("  app:%s: %s" % (styl(n, "camel"), p) for n, p in E)
    return "config:\n  aws:region: eu-west-1\n%s\n  app:replicas: \"2\"\n" % d


@gen("cdk_context_json", "iac_and_config_management")
def _(r, E):
    d = ",\n".join('  "%s": "%s"' % (styl(n, "camel"), p) for n, p in E)
    return '{\n  "acknowledged-issue-numbers": [32775],\n%s\n}\n' % d


@gen("bicep_parameters_json", "iac_and_config_management")
def _(r, E):
    d = ",\n".join('    "%s": {\n      "value": "%s"\n    }' % (styl(n, "camel"), p) for n, p in E)
    return '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n%s\n  }\n}\n' % d


@gen("cloudformation_describe_stacks_params", "runtime_and_ops_output")
def _(r, E):
    d = ",\n".join('                {\n                    "ParameterKey": "%s",\n                    "ParameterValue": "%s"\n                }' % (styl(n, "pascal"), p) for n, p in E)
    return '$ aws cloudformation describe-stacks --stack-name etl-prod\n{\n    "Stacks": [\n        {\n            "StackName": "etl-prod",\n            "Parameters": [\n%s\n            ],\n            "StackStatus": "UPDATE_COMPLETE"\n        }\n    ]\n}\n' % d


@gen("chef_attributes_rb", "iac_and_config_management")
def _(r, E):
    d = "\n".join("default['app']['%s'] = '%s'" % (styl(n, "snake"), p) for n, p in E)
    return "# attributes/default.rb\ndefault['app']['user'] = 'app'\n%s\n" % d


@gen("puppet_hiera_common_yaml", "iac_and_config_management")
def _(r, E):
    d = "\n".join("profile::app::%s: '%s'" % (styl(n, "snake"), p) for n, p in E)
    return "---\nprofile::app::version: '3.2.1'\n%s\n" % d


@gen("saltstack_pillar_sls", "iac_and_config_management")
def _(r, E):
    d = "\n".join("    %s: %s" % (styl(n, "snake"), p) for n, p in E)
    return "app:\n  env:\n%s\n  user: app\n" % d


@gen("vagrantfile_env_provision", "iac_and_config_management")
def _(r, E):
    d = "\n".join("      %s: \"%s\"," % (n, p) for n, p in E)
    return "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"bento/ubuntu-24.04\"\n  config.vm.provision \"shell\", path: \"provision.sh\", env: {\n%s\n  }\nend\n" % d


@gen("packer_hcl_variables", "iac_and_config_management")
def _(r, E):
    d = "\n".join('%s = "%s"' % (styl(n, "snake"), p) for n, p in E)
    return '# build.auto.pkrvars.hcl\nregion = "eu-west-1"\n%s\n' % d


@gen("cloud_init_write_files_env", "iac_and_config_management")
def _(r, E):
    d = "\n".join("      %s=%s" % (n, p) for n, p in E)
    return "#cloud-config\npackage_update: true\npackages: [docker.io]\nwrite_files:\n  - path: /etc/app/app.env\n    permissions: '0600'\n    content: |\n%s\nruncmd:\n  - systemctl enable --now app\n" % d


@gen("argo_workflow_env_inline", "ci_pipelines")
def _(r, E):
    d = "\n".join("          - name: %s\n            value: \"%s\"" % (n, p) for n, p in E)
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: backfill-\nspec:\n  entrypoint: main\n  templates:\n    - name: main\n      container:\n        image: python:3.12\n        command: [python, backfill.py]\n        env:\n%s\n" % d


@gen("xml_spring_beans_property", "app_frameworks_config")
def _(r, E):
    d = "\n".join('        <property name="%s" value="%s"/>' % (styl(n, "camel"), p) for n, p in E)
    return '<beans xmlns="http://www.springframework.org/schema/beans">\n    <bean id="vendorClient" class="com.acme.vendor.Client">\n%s\n    </bean>\n</beans>\n' % d


@gen("ini_app_config_section", "config_languages")
def _(r, E):
    d = "\n".join("%s = %s" % (styl(n, "snake"), p) for n, p in E)
    return "; app.ini\n[server]\nport = 8080\n\n[vendor]\n%s\ntimeout = 30\n" % d


@gen("yaml_anchor_merge_config", "config_languages")
def _(r, E):
    d = "\n".join("  %s: %s" % (styl(n, "snake"), p) for n, p in E)
    return "defaults: &defaults\n  timeout: 10\n  retries: 3\n\nproduction:\n  <<: *defaults\n%s\n" % d


@gen("properties_file_escaped_colon", "config_languages")
def _(r, E):
    d = "\n".join("%s=%s" % (styl(n, "dot"), p) for n, p in E)
    return "# generated by ops-cli\nservice.url=https\\://api.vendor.example\n%s\n" % d


@gen("xml_generic_settings_file", "config_languages")
def _(r, E):
    d = "\n".join("  <%s>%s</%s>" % (styl(n, "camel"), p, styl(n, "camel")) for n, p in E)
    return '<?xml version="1.0"?>\n<settings>\n  <endpoint>https://api.vendor.example</endpoint>\n%s\n</settings>\n' % d


@gen("plist_defaults_read_output", "runtime_and_ops_output")
def _(r, E):
    d = "\n".join("    %s = \"%s\";" % (styl(n, "camel"), p) for n, p in E)
    return "$ defaults read com.acme.menubar\n{\n    LaunchAtLogin = 1;\n%s\n}\n" % d


@gen("sqlite_dump_insert_config", "exports_dumps_fixtures")
def _(r, E):
    d = "\n".join("INSERT INTO config VALUES('%s','%s');" % (styl(n, "snake"), p) for n, p in E)
    return "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE config (k TEXT PRIMARY KEY, v TEXT);\n%s\nCOMMIT;\n" % d


@gen("markdown_table_readme", "documents_and_knowledge_bases")
def _(r, E):
    d = "\n".join("| `%s` | `%s` | yes |" % (n, p) for n, p in E)
    return "## Configuration\n\n| Variable | Value (staging) | Required |\n|---|---|---|\n%s\n| `PORT` | `3000` | no |\n" % d


@gen("openapi_spec_example_servers", "api_payloads")
def _(r, E):
    d = "\n".join("          %s: %s" % (styl(n, "camel"), p) for n, p in E)
    return "openapi: 3.0.3\ninfo:\n  title: Internal sync\n  version: 1.0.0\npaths:\n  /sync:\n    post:\n      requestBody:\n        content:\n          application/json:\n            example:\n%s\n" % d


@gen("grpcurl_invocation", "cli_invocations")
def _(r, E):
    d = ", ".join('"%s": "%s"' % (styl(n, "snake"), p) for n, p in E)
    return "grpcurl -plaintext -d '{%s}' %s:50051 integrations.v1.Integrations/Connect\n" % (d, host(r))


@gen("websocat_session", "cli_invocations")
def _(r, E):
    d = ", ".join('"%s":"%s"' % (styl(n, "camel"), p) for n, p in E)
    return "$ websocat wss://stream.%s.io/ws\n{\"op\":\"auth\",%s}\n{\"op\":\"ack\",\"ok\":true}\n" % (r.choice(WORDS), d)

# ---- bespoke syntaxes: (kind, family, [(type, gen)], template) -------------
# markers @0@, @1@ ... are secrets; %HOST% %USER% %IP% %WORD% %UUID% are fillers
VGEN = {
    "human": human_pw, "rand": rand_pw, "safe": safe_pw,
    "hex32": lambda r: rs(r, 32, HEX), "hex40": lambda r: rs(r, 40, HEX), "hex64": lambda r: rs(r, 64, HEX),
    "al20": lambda r: rs(r, 20, A62), "al32": lambda r: rs(r, 32, A62), "al16": lambda r: rs(r, 16, A62),
    "b64_32": lambda r: b64e(rbytes(r, 32)), "b64_16": lambda r: b64e(rbytes(r, 16)), "b64_24": lambda r: b64e(rbytes(r, 24)),
    "uuid": uuid4, "word": lambda r: r.choice(["correct-horse", "Lampion", "Zaubertrank", "mirtillo", "Kanelbulle", "sakura"]) + str(r.randrange(100, 9999)) + r.choice(["!", "#", "", "*"]),
    "pin6": lambda r: "%06d" % r.randrange(10 ** 6), "stream": lambda r: "live_%d_%s" % (r.randrange(10 ** 8, 10 ** 9), rs(r, 30)),
    "upper40": lambda r: rs(r, 40, AU), "psk": lambda r: r.choice(["Kaffeebohne", "BlueWhale", "LaCasaDePapel", "Nordwind", "Pamplemousse", "KiwiSunrise"]) + "-" + str(r.randrange(1000, 99999)) + r.choice(["!", "?", ""]),
    "wg": _wg, "hex16": lambda r: rs(r, 16, HEX), "ztnet": lambda r: rs(r, 16, HEX), "b64_64": lambda r: b64e(rbytes(r, 64)),
}

BESPOKE = [
    # --- game / media / voice servers
    ("factorio_server_settings_json", "service_configs", [("game_server_password", "word"), ("factorio_token", "hex32")],
     "{\n  \"name\": \"%WORD% megabase\",\n  \"description\": \"weekend server\",\n  \"visibility\": {\"public\": false, \"lan\": true},\n  \"username\": \"%USER%\",\n  \"password\": \"\",\n  \"token\": \"@1@\",\n  \"game_password\": \"@0@\",\n  \"require_user_verification\": true,\n  \"max_upload_in_kilobytes_per_second\": 0,\n  \"autosave_interval\": 10\n}\n"),
    ("cs2_server_cfg", "service_configs", [("rcon_password", "rand"), ("game_server_password", "word")],
     "// server.cfg\nhostname \"%WORD% 5v5 scrim\"\nrcon_password \"@0@\"\nsv_password \"@1@\"\nsv_cheats 0\nsv_lan 0\nmp_autoteambalance 1\ngame_type 0\ngame_mode 1\n"),
    ("valheim_start_server_sh", "service_configs", [("game_server_password", "word")],
     "#!/bin/bash\nexport templdpath=$LD_LIBRARY_PATH\nexport LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH\nexport SteamAppId=892970\n./valheim_server.x86_64 -name \"%WORD% Vikings\" -port 2456 -world \"Dedicated\" -password \"@0@\" -crossplay\nexport LD_LIBRARY_PATH=$templdpath\n"),
    ("project_zomboid_servertest_ini", "service_configs", [("game_server_password", "word"), ("rcon_password", "rand")],
     "PVP=false\nPauseEmpty=true\nGlobalChat=true\nOpen=false\nPassword=@0@\nMaxPlayers=16\nPingLimit=400\nRCONPort=27015\nRCONPassword=@1@\nDiscordEnable=false\n"),
    ("assetto_corsa_server_cfg_ini", "service_configs", [("game_server_password", "word"), ("game_server_admin_password", "rand")],
     "[SERVER]\nNAME=%WORD% Sunday league\nCARS=ks_mazda_mx5_cup\nTRACK=magione\nPASSWORD=@0@\nADMIN_PASSWORD=@1@\nUDP_PORT=9600\nTCP_PORT=9600\nHTTP_PORT=8081\nMAX_CLIENTS=18\n"),
    ("rust_server_startup_bat", "service_configs", [("rcon_password", "rand")],
     "@echo off\n:start\nRustDedicated.exe -batchmode +server.port 28015 +server.level \"Procedural Map\" +server.seed 1234 +server.worldsize 3500 +server.maxplayers 50 +server.hostname \"%WORD% Rust\" +rcon.port 28016 +rcon.password \"@0@\" +rcon.web 1\ngoto start\n"),
    ("murmur_ini", "service_configs", [("voice_server_password", "word")],
     "; Murmur configuration file.\ndatabase=/var/lib/mumble-server/mumble-server.sqlite\nice=\"tcp -h 127.0.0.1 -p 6502\"\nwelcometext=\"<br />Welcome to the %WORD% Mumble server.<br />\"\nport=64738\nserverpassword=@0@\nbandwidth=72000\nusers=100\n"),
    ("teamspeak3_first_start_log", "runtime_and_ops_output", [("teamspeak_serveradmin_password", "al16"), ("teamspeak_privilege_key", "b64_24")],
     "2025-10-06 18:02:11.402811|INFO    |ServerLibPriv |   |TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)\n------------------------------------------------------------------\n                      I M P O R T A N T\n------------------------------------------------------------------\n               Server Query Admin Account created\n         loginname= \"serveradmin\", password= \"@0@\"\n------------------------------------------------------------------\n\n------------------------------------------------------------------\n      ServerAdmin privilege key created, please use it to gain\n      serveradmin rights for your virtualserver. please\n      also check the doc/privilegekey_guide.txt for details.\n\n       token=@1@\n------------------------------------------------------------------\n"),
    ("icecast_xml_authentication", "service_configs", [("icecast_source_password", "rand"), ("icecast_admin_password", "rand")],
     "<icecast>\n    <location>Earth</location>\n    <admin>icemaster@localhost</admin>\n    <limits>\n        <clients>100</clients>\n        <sources>2</sources>\n    </limits>\n    <authentication>\n        <source-password>@0@</source-password>\n        <relay-password>@0@</relay-password>\n        <admin-user>admin</admin-user>\n        <admin-password>@1@</admin-password>\n    </authentication>\n    <hostname>radio.%WORD%.fm</hostname>\n</icecast>\n"),
    ("liquidsoap_radio_liq", "service_configs", [("icecast_source_password", "rand")],
     "#!/usr/bin/liquidsoap\nsettings.log.stdout := true\nradio = playlist(\"/srv/music\")\nradio = fallback(track_sensitive=false, [radio, sine()])\noutput.icecast(%mp3(bitrate=128),\n  host=\"localhost\", port=8000,\n  password=\"@0@\",\n  mount=\"stream.mp3\", radio)\n"),
    ("obs_service_json_stream_key", "app_specific_configs", [("twitch_stream_key", "stream")],
     "{\n    \"settings\": {\n        \"bwtest\": false,\n        \"key\": \"@0@\",\n        \"server\": \"auto\",\n        \"service\": \"Twitch\"\n    },\n    \"type\": \"rtmp_common\"\n}\n"),
    ("plex_preferences_xml", "app_specific_configs", [("plex_token", "al20")],
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Preferences OldestPreviousVersion=\"1.40.2.8395\" MachineIdentifier=\"%UUID%\" ProcessedMachineIdentifier=\"%HEX40%\" AnonymousMachineIdentifier=\"%UUID%\" MetricsEpoch=\"1\" AcceptedEULA=\"1\" FriendlyName=\"%WORD%-nas\" PublishServerOnPlexOnlineKey=\"1\" PlexOnlineToken=\"@0@\" PlexOnlineUsername=\"%USER%\" ManualPortMappingMode=\"1\"/>\n"),
    ("kodi_advancedsettings_mysql", "app_specific_configs", [("database_password", "human")],
     "<advancedsettings version=\"1.0\">\n  <videodatabase>\n    <type>mysql</type>\n    <host>%IP%</host>\n    <port>3306</port>\n    <user>kodi</user>\n    <pass>@0@</pass>\n  </videodatabase>\n  <videolibrary>\n    <importwatchedstate>true</importwatchedstate>\n  </videolibrary>\n</advancedsettings>\n"),
    ("navidrome_toml", "service_configs", [("lastfm_api_secret", "hex32"), ("spotify_client_secret", "hex32")],
     "MusicFolder = \"/music\"\nDataFolder = \"/data\"\nLogLevel = \"info\"\nLastFM.ApiKey = \"%HEX32%\"\nLastFM.Secret = \"@0@\"\nSpotify.ID = \"%HEX32%\"\nSpotify.Secret = \"@1@\"\n"),
    ("transmission_settings_json_prestart", "app_specific_configs", [("transmission_rpc_password", "human")],
     "{\n    \"download-dir\": \"/data/complete\",\n    \"incomplete-dir-enabled\": true,\n    \"rpc-authentication-required\": true,\n    \"rpc-bind-address\": \"0.0.0.0\",\n    \"rpc-enabled\": true,\n    \"rpc-password\": \"@0@\",\n    \"rpc-port\": 9091,\n    \"rpc-username\": \"%USER%\",\n    \"rpc-whitelist-enabled\": false\n}\n"),
    ("mpd_conf_password", "service_configs", [("mpd_password", "word")],
     "music_directory\t\"/srv/music\"\nplaylist_directory\t\"/var/lib/mpd/playlists\"\nbind_to_address\t\"any\"\nport\t\"6600\"\npassword\t\"@0@@read,add,control,admin\"\naudio_output {\n\ttype\t\"pulse\"\n\tname\t\"Living room\"\n}\n"),
    # --- home automation / IoT
    ("zigbee2mqtt_configuration_yaml", "app_specific_configs", [("mqtt_password", "human"), ("zigbee_network_key", "NETKEY")],
     "homeassistant:\n  enabled: true\nfrontend:\n  enabled: true\n  port: 8080\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://%IP%:1883\n  user: z2m\n  password: @0@\nserial:\n  port: /dev/ttyUSB0\n  adapter: ember\nadvanced:\n  network_key: @1@\n  pan_id: %PANID%\n  channel: 15\n"),
    ("tasmota_console_backlog", "runtime_and_ops_output", [("mqtt_password", "human"), ("wifi_psk", "psk")],
     "13:04:11.202 CMD: Backlog MqttHost %IP%; MqttUser tasmota; MqttPassword @0@; SSID1 %WORD%-IoT; Password1 @1@; Restart 1\n13:04:11.220 RSL: RESULT = {\"MqttHost\":\"%IP%\"}\n13:04:11.231 RSL: RESULT = {\"MqttUser\":\"tasmota\"}\n13:04:11.240 RSL: RESULT = {\"MqttPassword\":\"****\"}\n13:04:11.252 RSL: RESULT = {\"SSId1\":\"%WORD%-IoT\"}\n13:04:11.260 RSL: RESULT = {\"Password1\":\"****\"}\n"),
    ("frigate_config_yml_rtsp", "app_specific_configs", [("camera_password", "safe"), ("mqtt_password", "human")],
     "mqtt:\n  host: %IP%\n  user: frigate\n  password: @1@\ncameras:\n  driveway:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:@0@@%IP%:554/cam/realmonitor?channel=1&subtype=0\n          roles: [detect, record]\n    detect:\n      width: 1280\n      height: 720\n"),
    ("go2rtc_yaml_streams", "app_specific_configs", [("camera_password", "safe")],
     "streams:\n  porch: rtsp://viewer:@0@@%IP%:554/Streaming/Channels/101\n  porch_sub: ffmpeg:porch#video=h264\nwebrtc:\n  candidates:\n    - stun:8555\n"),
    ("openhab_mqtt_things", "app_specific_configs", [("mqtt_password", "human")],
     "Bridge mqtt:broker:home \"Mosquitto\" [ host=\"%IP%\", port=1883, secure=false, username=\"openhab\", password=\"@0@\", clientID=\"openhab3\" ]\n{\n    Thing topic sonoff \"Sonoff plug\" {\n        Channels:\n            Type switch : power \"Power\" [ stateTopic=\"stat/sonoff/POWER\", commandTopic=\"cmnd/sonoff/POWER\" ]\n    }\n}\n"),
    ("hue_bridge_api_curl", "cli_invocations", [("hue_application_key", "upper40")],
     "$ curl -s http://%IP%/api/@0@/lights/3/state -X PUT -d '{\"on\":true,\"bri\":200}'\n[{\"success\":{\"/lights/3/state/on\":true}},{\"success\":{\"/lights/3/state/bri\":200}}]\n"),
    ("deconz_api_key_response", "runtime_and_ops_output", [("deconz_api_key", "DECONZ")],
     "$ curl -s -X POST http://%IP%:80/api -d '{\"devicetype\":\"homeassistant\"}'\n[{\"success\":{\"username\":\"@0@\"}}]\n"),
    ("esp_arduino_secrets_h", "source_code", [("wifi_psk", "psk"), ("mqtt_password", "human")],
     "// arduino_secrets.h - DO NOT COMMIT\n#pragma once\n#define SECRET_SSID \"%WORD%-2G\"\n#define SECRET_PASS \"@0@\"\n#define MQTT_BROKER \"%IP%\"\n#define MQTT_USER \"sensor-kitchen\"\n#define MQTT_PASS \"@1@\"\n"),
    ("micropython_boot_py", "source_code", [("wifi_psk", "psk")],
     "import network, time\nsta = network.WLAN(network.STA_IF)\nsta.active(True)\nsta.connect('%WORD%_Home', '@0@')\nwhile not sta.isconnected():\n    time.sleep(0.2)\nprint('net', sta.ifconfig())\n"),
    ("wled_cfg_json", "app_specific_configs", [("wifi_psk", "psk")],
     "{\"rev\":[1,0],\"vid\":2405180,\"id\":{\"mdns\":\"wled-desk\",\"name\":\"Desk\"},\"nw\":{\"ins\":[{\"ssid\":\"%WORD%\",\"pskl\":12,\"psk\":\"@0@\",\"ip\":[0,0,0,0]}]},\"ap\":{\"ssid\":\"WLED-AP\",\"chan\":1,\"hide\":0}}\n"),
    ("zwave_js_ui_settings_json", "app_specific_configs", [("zwave_s2_key", "HEX32U"), ("zwave_s0_key", "HEX32U")],
     "{\n  \"zwave\": {\n    \"port\": \"/dev/serial/by-id/usb-0658_0200-if00\",\n    \"securityKeys\": {\n      \"S2_Unauthenticated\": \"@0@\",\n      \"S0_Legacy\": \"@1@\"\n    },\n    \"logLevel\": \"info\"\n  }\n}\n"),
    ("homebridge_config_json_platform", "app_specific_configs", [("ring_refresh_token", "RINGTOK")],
     "{\n    \"bridge\": {\n        \"name\": \"Homebridge 1A2B\",\n        \"username\": \"0E:4C:%HEX2%:%HEX2%:1A:2B\",\n        \"port\": 51826,\n        \"pin\": \"031-45-154\"\n    },\n    \"platforms\": [\n        {\n            \"platform\": \"Ring\",\n            \"refreshToken\": \"@0@\"\n        }\n    ]\n}\n"),
    # --- network equipment
    ("mikrotik_export_ppp_wifi", "service_configs", [("ppp_secret_password", "safe"), ("wifi_psk", "psk")],
     "# oct/06/2025 10:12:44 by RouterOS 7.15.3\n# software id = %WORDU%\n/interface wireless security-profiles\nset [ find default=yes ] supplicant-identity=MikroTik\nadd authentication-types=wpa2-psk mode=dynamic-keys name=home supplicant-identity=\"\" wpa2-pre-shared-key=@1@\n/ppp secret\nadd name=%USER% password=@0@ profile=default-encryption service=l2tp\n/ip address\nadd address=192.168.88.1/24 interface=bridge network=192.168.88.0\n"),
    ("openwrt_uci_show_wireless", "runtime_and_ops_output", [("wifi_psk", "psk")],
     "root@OpenWrt:~# uci show wireless\nwireless.radio0=wifi-device\nwireless.radio0.type='mac80211'\nwireless.radio0.channel='36'\nwireless.default_radio0=wifi-iface\nwireless.default_radio0.device='radio0'\nwireless.default_radio0.network='lan'\nwireless.default_radio0.mode='ap'\nwireless.default_radio0.ssid='%WORD%-5G'\nwireless.default_radio0.encryption='sae-mixed'\nwireless.default_radio0.key='@0@'\n"),
    ("edgeos_config_boot", "service_configs", [("network_device_password", "safe"), ("ipsec_psk", "rand")],
     "system {\n    login {\n        user ubnt {\n            authentication {\n                plaintext-password \"@0@\"\n            }\n            level admin\n        }\n    }\n}\nvpn {\n    ipsec {\n        site-to-site {\n            peer %IP% {\n                authentication {\n                    mode pre-shared-secret\n                    pre-shared-secret @1@\n                }\n            }\n        }\n    }\n}\n"),
    ("cisco_asa_tunnel_group", "service_configs", [("ipsec_psk", "rand")],
     "tunnel-group %IP% type ipsec-l2l\ntunnel-group %IP% ipsec-attributes\n ikev1 pre-shared-key @0@\n ikev2 remote-authentication pre-shared-key @0@\n ikev2 local-authentication pre-shared-key @0@\n!\ncrypto map outside_map 10 match address VPN-ACL\n"),
    ("cisco_ios_username_password0", "service_configs", [("network_device_password", "safe"), ("snmp_community_string", "al16")],
     "hostname SW-CORE-%HEX2%\n!\nusername netops privilege 15 password 0 @0@\nsnmp-server community @1@ RO 10\n!\nline vty 0 4\n login local\n transport input ssh\n!\nend\n"),
    ("fortigate_vpn_phase1_cli", "service_configs", [("ipsec_psk", "rand")],
     "config vpn ipsec phase1-interface\n    edit \"to-%WORD%\"\n        set interface \"wan1\"\n        set peertype any\n        set net-device disable\n        set proposal aes256-sha256\n        set remote-gw %IP%\n        set psksecret @0@\n    next\nend\n"),
    ("aruba_wlan_ssid_profile", "service_configs", [("wifi_psk", "psk")],
     "wlan ssid-profile \"Corp-Guest\"\n   essid \"%WORD%-Guest\"\n   opmode wpa2-psk-aes\n   wpa-passphrase @0@\n   max-clients 64\n!\n"),
    ("procurve_running_config", "service_configs", [("network_device_password", "safe")],
     "; J9774A Configuration Editor; Created on release #YA.16.11.0016\nhostname \"HP-2530-48G\"\npassword manager user-name \"manager\" plaintext \"@0@\"\nsnmp-server community \"public\" unrestricted\nvlan 1\n   name \"DEFAULT_VLAN\"\n   untagged 1-48\n   exit\n"),
    ("junos_set_commands_psk", "service_configs", [("ipsec_psk", "rand")],
     "set security ike policy IKE-POL mode main\nset security ike policy IKE-POL proposal-set standard\nset security ike policy IKE-POL pre-shared-key ascii-text \"@0@\"\nset security ike gateway GW-%WORDU% ike-policy IKE-POL\nset security ike gateway GW-%WORDU% address %IP%\n"),
    ("pfsense_config_xml_ipsec", "service_configs", [("ipsec_psk", "rand")],
     "<?xml version=\"1.0\"?>\n<pfsense>\n\t<version>23.3</version>\n\t<ipsec>\n\t\t<phase1>\n\t\t\t<ikeid>1</ikeid>\n\t\t\t<remote-gateway>%IP%</remote-gateway>\n\t\t\t<authentication_method>pre_shared_key</authentication_method>\n\t\t\t<pre-shared-key>@0@</pre-shared-key>\n\t\t\t<descr><![CDATA[branch office]]></descr>\n\t\t</phase1>\n\t</ipsec>\n</pfsense>\n"),
    ("wireguard_conf_with_psk", "credential_files", [("wireguard_private_key", "wg"), ("wireguard_preshared_key", "b64_32")],
     "[Interface]\nPrivateKey = @0@\nAddress = 10.8.0.2/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = %B64PUB%\nPresharedKey = @1@\nEndpoint = vpn.%WORD%.net:51820\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25\n"),
    ("zerotier_network_api_curl", "cli_invocations", [("zerotier_api_token", "al32")],
     "curl -s -H \"Authorization: token @0@\" https://api.zerotier.com/api/v1/network/%ZTNET%/member | jq '.[].name'\n"),
    # --- mail / chat clients
    ("aerc_accounts_conf", "credential_files", [("imap_password", "safe")],
     "[Work]\nsource        = imaps://%USER%%40corp.example:@0@@imap.corp.example:993\noutgoing      = smtps+plain://%USER%%40corp.example@smtp.corp.example:465\noutgoing-cred-cmd = pass show mail/work\ndefault       = INBOX\nfrom          = Some One <%USER%@corp.example>\ncopy-to       = Sent\n"),
    ("himalaya_config_toml", "credential_files", [("imap_password", "human"), ("smtp_password", "human")],
     "[accounts.personal]\ndefault = true\nemail = %USER%@mailbox.example\ndisplay-name = \"K. Example\"\nbackend.type = \"imap\"\nbackend.host = \"imap.mailbox.example\"\nbackend.port = 993\nbackend.login = \"%USER%@mailbox.example\"\nbackend.auth.type = \"password\"\nbackend.auth.raw = \"@0@\"\nmessage.send.backend.type = \"smtp\"\nmessage.send.backend.host = \"smtp.mailbox.example\"\nmessage.send.backend.auth.type = \"password\"\nmessage.send.backend.auth.raw = \"@1@\"\n"),
    ("s_nail_mailrc", "credential_files", [("smtp_password", "human")],
     "set v15-compat\nset mta=smtps://%USER%%40mailbox.example@smtp.mailbox.example:465\nset smtp-auth=login\nset password-%USER%%40mailbox.example@smtp.mailbox.example=\"@0@\"\nset from=\"%USER%@mailbox.example\"\n"),
    ("vdirsyncer_config", "credential_files", [("caldav_password", "human")],
     "[general]\nstatus_path = \"~/.vdirsyncer/status/\"\n\n[pair calendars]\na = \"local_cal\"\nb = \"remote_cal\"\ncollections = [\"from a\", \"from b\"]\n\n[storage remote_cal]\ntype = \"caldav\"\nurl = \"https://cloud.%WORD%.example/remote.php/dav/\"\nusername = \"%USER%\"\npassword = \"@0@\"\n"),
    ("davmail_properties", "credential_files", [("ews_password", "human")],
     "davmail.mode=EWS\ndavmail.url=https://outlook.office365.com/EWS/Exchange.asmx\ndavmail.imapPort=1143\ndavmail.smtpPort=1025\ndavmail.server=true\ndavmail.defaultDomain=CORP\ndavmail.proxyUser=%USER%\ndavmail.proxyPassword=@0@\n"),
    ("irssi_config_servers", "credential_files", [("irc_server_password", "safe"), ("irc_sasl_password", "human")],
     "servers = (\n  {\n    address = \"irc.libera.chat\";\n    chatnet = \"liberachat\";\n    port = \"6697\";\n    use_tls = \"yes\";\n    tls_verify = \"yes\";\n    autoconnect = \"yes\";\n  },\n  {\n    address = \"bouncer.%WORD%.example\";\n    chatnet = \"znc\";\n    port = \"6697\";\n    password = \"%USER%/libera:@0@\";\n    use_tls = \"yes\";\n  }\n);\nchatnets = {\n  liberachat = {\n    type = \"IRC\";\n    sasl_mechanism = \"PLAIN\";\n    sasl_username = \"%USER%\";\n    sasl_password = \"@1@\";\n  };\n};\n"),
    ("weechat_set_sasl_commands", "cli_invocations", [("irc_sasl_password", "human")],
     "/server add libera irc.libera.chat/6697 -tls\n/set irc.server.libera.sasl_mechanism plain\n/set irc.server.libera.sasl_username \"%USER%\"\n/set irc.server.libera.sasl_password \"@0@\"\n/set irc.server.libera.autojoin \"#archlinux,#selfhosted\"\n/save\n/connect libera\n"),
    ("hexchat_servlist_conf", "credential_files", [("irc_nickserv_password", "human")],
     "v=2.16.2\n\nN=OFTC\nI=%USER%\ni=%USER%_\nU=%USER%\nP=@0@\nL=7\nE=UTF-8 (Unicode)\nF=19\nD=0\nS=irc.oftc.net/6697\n"),
    ("pidgin_accounts_xml", "credential_files", [("xmpp_password", "human")],
     "<?xml version='1.0' encoding='UTF-8' ?>\n<account version='1.0'>\n\t<account>\n\t\t<protocol>prpl-jabber</protocol>\n\t\t<name>%USER%@jabber.%WORD%.example/home</name>\n\t\t<password>@0@</password>\n\t\t<alias>%USER%</alias>\n\t\t<settings>\n\t\t\t<setting name='connection_security' type='string'>require_tls</setting>\n\t\t</settings>\n\t</account>\n</account>\n"),
    ("profanity_accounts_ini", "credential_files", [("xmpp_password", "human")],
     "[%USER%@xmpp.%WORD%.example]\nenabled=true\njid=%USER%@xmpp.%WORD%.example\nresource=profanity\npassword=@0@\nmuc.service=conference.xmpp.%WORD%.example\npresence.last=online\ntls.policy=force\n"),
    ("mcabberrc", "credential_files", [("xmpp_password", "human")],
     "set jid = %USER%@jabber.%WORD%.example\nset password = @0@\nset server = jabber.%WORD%.example\nset ssl = 1\nset resource = mcabber\nset beep_on_message = 0\n"),
    ("ejabberdctl_register", "cli_password_flags", [("xmpp_password", "safe")],
     "$ sudo ejabberdctl register %USER% chat.%WORD%.example @0@\nUser %USER%@chat.%WORD%.example successfully registered\n"),
    ("synapse_register_new_user", "cli_password_flags", [("matrix_user_password", "human")],
     "$ docker exec -it synapse register_new_matrix_user http://localhost:8008 -c /data/homeserver.yaml -u %USER% -p '@0@' -a\nSending registration request...\nSuccess!\n"),
    ("synapse_homeserver_yaml_secrets", "service_configs", [("synapse_registration_shared_secret", "SYNAPSE"), ("synapse_macaroon_secret_key", "SYNAPSE"), ("database_password", "safe")],
     "server_name: \"%WORD%.example\"\npid_file: /data/homeserver.pid\nlisteners:\n  - port: 8008\n    tls: false\n    type: http\n    x_forwarded: true\n    resources:\n      - names: [client, federation]\ndatabase:\n  name: psycopg2\n  args:\n    user: synapse\n    password: @2@\n    database: synapse\n    host: db\nregistration_shared_secret: \"@0@\"\nmacaroon_secret_key: \"@1@\"\nsigning_key_path: \"/data/%WORD%.signing.key\"\n"),
    ("robo3t_json_connection", "credential_files", [("mongodb_password", "safe")],
     "{\n    \"connections\": [\n        {\n            \"connectionName\": \"prod-replica\",\n            \"serverHost\": \"%HOST%\",\n            \"serverPort\": 27017,\n            \"credentials\": [\n                {\n                    \"databaseName\": \"admin\",\n                    \"enabled\": true,\n                    \"mechanism\": \"SCRAM-SHA-256\",\n                    \"userName\": \"%USER%\",\n                    \"userPassword\": \"@0@\"\n                }\n            ]\n        }\n    ]\n}\n"),
    ("squirrel_sql_aliases_xml", "credential_files", [("database_password", "human")],
     "<Beans>\n<Bean Class=\"net.sourceforge.squirrel_sql.client.gui.db.SQLAlias\">\n<name>ERP Oracle</name>\n<url>jdbc:oracle:thin:@%HOST%:1521/ERP</url>\n<userName>%USER%</userName>\n<password>@0@</password>\n<autoLogon>false</autoLogon>\n</Bean>\n</Beans>\n"),
    ("mongodb_compass_export_unencrypted", "credential_files", [("mongodb_password", "safe")],
     "{\"type\":\"Compass Connections\",\"version\":{\"$numberInt\":\"1\"},\"connections\":[{\"id\":\"%UUID%\",\"connectionOptions\":{\"connectionString\":\"mongodb+srv://%USER%:@0@@cluster0.%WORDL%.mongodb.net/?appName=Compass\"},\"favorite\":{\"name\":\"atlas prod\"}}]}\n"),
    ("azure_data_studio_settings_connection", "credential_files", [("sql_server_password", "human")],
     "{\n    \"datasource.connections\": [\n        {\n            \"options\": {\n                \"server\": \"%HOST%,1433\",\n                \"database\": \"Reporting\",\n                \"authenticationType\": \"SqlLogin\",\n                \"user\": \"report_ro\",\n                \"password\": \"@0@\",\n                \"savePassword\": true\n            },\n            \"providerName\": \"MSSQL\"\n        }\n    ]\n}\n"),
    ("sqlalchemy_alembic_ini", "credential_files", [("database_password", "safe")],
     "[alembic]\nscript_location = migrations\nprepend_sys_path = .\nsqlalchemy.url = postgresql+psycopg://app:@0@@%HOST%:5432/app\n\n[loggers]\nkeys = root,sqlalchemy,alembic\n"),
    ("dbt_profiles_yml", "credential_files", [("snowflake_password", "human")],
     "analytics:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: %WORDU%-xy12345\n      user: %USER%\n      password: @0@\n      role: TRANSFORMER\n      database: ANALYTICS\n      warehouse: TRANSFORMING\n      schema: dbt_%USER%\n      threads: 8\n"),
    ("metabase_env_file", "env_files_and_shell_profiles", [("database_password", "safe"), ("metabase_encryption_key", "b64_24")],
     "MB_DB_TYPE=postgres\nMB_DB_DBNAME=metabase\nMB_DB_PORT=5432\nMB_DB_USER=metabase\nMB_DB_PASS=@0@\nMB_DB_HOST=%HOST%\nMB_ENCRYPTION_SECRET_KEY=@1@\nJAVA_TIMEZONE=Europe/Berlin\n"),
    ("superset_config_py", "app_frameworks_config", [("superset_secret_key", "b64_32"), ("database_password", "safe")],
     "# superset_config.py\nSECRET_KEY = '@0@'\nSQLALCHEMY_DATABASE_URI = 'postgresql://superset:@1@@%HOST%:5432/superset'\nFEATURE_FLAGS = {\"ALERT_REPORTS\": True}\nWTF_CSRF_ENABLED = True\n"),
    ("keycloak_kc_conf", "service_configs", [("database_password", "safe")],
     "# keycloak.conf\ndb=postgres\ndb-username=keycloak\ndb-password=@0@\ndb-url=jdbc:postgresql://%HOST%/keycloak\nhostname=sso.%WORD%.example\nhttp-enabled=false\nproxy-headers=xforwarded\n"),
    ("gitea_app_ini", "service_configs", [("database_password", "safe"), ("gitea_internal_token", "GITEA_INTERNAL"), ("gitea_jwt_secret", "b64u43")],
     "APP_NAME = Gitea: Git with a cup of tea\nRUN_MODE = prod\n\n[database]\nDB_TYPE  = postgres\nHOST     = %HOST%:5432\nNAME     = gitea\nUSER     = gitea\nPASSWD   = @0@\n\n[security]\nINSTALL_LOCK   = true\nINTERNAL_TOKEN = @1@\n\n[oauth2]\nJWT_SECRET = @2@\n"),
    ("mattermost_config_json_sql", "service_configs", [("database_password", "safe"), ("mattermost_at_rest_encrypt_key", "al32")],
     "{\n    \"ServiceSettings\": {\n        \"SiteURL\": \"https://chat.%WORD%.example\",\n        \"ListenAddress\": \":8065\"\n    },\n    \"SqlSettings\": {\n        \"DriverName\": \"postgres\",\n        \"DataSource\": \"postgres://mmuser:@0@@%HOST%:5432/mattermost?sslmode=disable&connect_timeout=10\",\n        \"AtRestEncryptKey\": \"@1@\"\n    }\n}\n"),
    ("wp_cli_config_create", "cli_password_flags", [("database_password", "human")],
     "$ wp config create --dbname=wp_shop --dbuser=wp_shop --dbpass='@0@' --dbhost=%HOST% --locale=de_DE\nSuccess: Generated 'wp-config.php' file.\n"),
    ("magento_setup_install", "cli_password_flags", [("database_password", "safe"), ("web_admin_password", "human")],
     "bin/magento setup:install \\\n  --base-url=https://shop.%WORD%.example/ \\\n  --db-host=%HOST% --db-name=magento --db-user=magento --db-password=@0@ \\\n  --admin-firstname=Shop --admin-lastname=Admin --admin-email=admin@%WORD%.example \\\n  --admin-user=shopadmin --admin-password='@1@' \\\n  --language=en_US --currency=EUR --timezone=Europe/Berlin --use-rewrites=1\n"),
    ("nextcloud_occ_maintenance_install", "cli_password_flags", [("database_password", "safe"), ("web_admin_password", "human")],
     "sudo -u www-data php occ maintenance:install --database \"mysql\" --database-name \"nextcloud\" --database-user \"nc\" --database-pass \"@0@\" --admin-user \"admin\" --admin-pass \"@1@\"\nNextcloud was successfully installed\n"),
    ("drush_user_password", "cli_password_flags", [("web_admin_password", "human")],
     "$ drush user:password admin '@0@'\n [success] Changed password for admin.\n"),
    ("superset_fab_create_admin", "cli_password_flags", [("web_admin_password", "human")],
     "superset fab create-admin --username admin --firstname Super --lastname Set --email admin@%WORD%.example --password '@0@'\n"),
    ("airflow_users_create", "cli_password_flags", [("web_admin_password", "human")],
     "airflow users create \\\n    --username admin \\\n    --firstname Peter \\\n    --lastname Parker \\\n    --role Admin \\\n    --email spiderman@%WORD%.example \\\n    --password '@0@'\n"),
    ("django_createsuperuser_env", "cli_password_flags", [("web_admin_password", "human")],
     "$ DJANGO_SUPERUSER_USERNAME=admin DJANGO_SUPERUSER_EMAIL=admin@%WORD%.example DJANGO_SUPERUSER_PASSWORD='@0@' python manage.py createsuperuser --noinput\nSuperuser created successfully.\n"),
    ("prosodyctl_register", "cli_password_flags", [("xmpp_password", "safe")],
     "prosodyctl register %USER% xmpp.%WORD%.example '@0@'\n"),
    ("etcdctl_user_flag", "cli_password_flags", [("etcd_password", "safe")],
     "ETCDCTL_API=3 etcdctl --endpoints=https://%IP%:2379 --cacert=/etc/etcd/ca.pem --user root:@0@ get /registry --prefix --keys-only | head\n"),
    ("zkcli_addauth_digest", "cli_password_flags", [("zookeeper_digest_password", "safe")],
     "[zk: localhost:2181(CONNECTED) 0] addauth digest kafka:@0@\n[zk: localhost:2181(CONNECTED) 1] ls /brokers/ids\n[1, 2, 3]\n"),
    ("kafka_configs_scram_add", "cli_password_flags", [("kafka_sasl_password", "safe")],
     "kafka-configs.sh --bootstrap-server %HOST%:9092 --alter --add-config 'SCRAM-SHA-512=[password=@0@]' --entity-type users --entity-name %USER%\nCompleted updating config for user %USER%.\n"),
    ("kcat_sasl_flags", "cli_password_flags", [("kafka_sasl_password", "safe")],
     "kcat -b %HOST%:9096 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=%USER% -X sasl.password=@0@ -t orders -C -o -5 -e\n"),
    ("nats_context_add", "cli_password_flags", [("nats_password", "safe")],
     "$ nats context add prod --server nats://%HOST%:4222 --user %USER% --password @0@ --description \"prod cluster\"\nNATS Configuration Context \"prod\"\n\n      Description: prod cluster\n      Server URLs: nats://%HOST%:4222\n         Username: %USER%\n         Password: *********\n"),
    ("cypher_shell_p", "cli_password_flags", [("neo4j_password", "human")],
     "$ cypher-shell -a neo4j+s://%WORDL%.databases.neo4j.io -u neo4j -p '@0@'\nConnected to Neo4j using Bolt protocol version 5.4 at neo4j+s://%WORDL%.databases.neo4j.io:7687 as user neo4j.\nneo4j@neo4j> \n"),
    ("arangosh_server_password", "cli_password_flags", [("arangodb_password", "safe")],
     "arangosh --server.endpoint ssl://%HOST%:8529 --server.username root --server.password '@0@' --server.database shop\n"),
    ("couchbase_cli_bucket_list", "cli_password_flags", [("couchbase_password", "safe")],
     "couchbase-cli bucket-list -c couchbase://%HOST% -u Administrator -p '@0@'\n"),
    ("beeline_jdbc_p", "cli_password_flags", [("hive_password", "safe")],
     "beeline -u \"jdbc:hive2://%HOST%:10000/default;ssl=true\" -n %USER% -p '@0@' -e 'show databases;'\n"),
    ("spark_submit_s3a_conf", "cli_password_flags", [("aws_access_key_id", "AKIA"), ("aws_secret_access_key", "AWSSEC")],
     "spark-submit \\\n  --master yarn --deploy-mode cluster \\\n  --conf spark.hadoop.fs.s3a.access.key=@0@ \\\n  --conf spark.hadoop.fs.s3a.secret.key=@1@ \\\n  --conf spark.sql.shuffle.partitions=400 \\\n  jobs/daily_rollup.py --date 2025-10-05\n"),
    ("xfreerdp_p_flag", "cli_password_flags", [("rdp_password", "human")],
     "xfreerdp /v:%IP% /u:CORP\\\\%USER% /p:'@0@' /dynamic-resolution /cert:ignore +clipboard\n"),
    ("evil_winrm_p", "cli_password_flags", [("windows_account_password", "human")],
     "evil-winrm -i %IP% -u administrator -p '@0@'\n\nEvil-WinRM shell v3.5\nInfo: Establishing connection to remote endpoint\n*Evil-WinRM* PS C:\\Users\\Administrator\\Documents> \n"),
    ("smbmap_p", "cli_password_flags", [("smb_password", "human")],
     "smbmap -H %IP% -u %USER% -p '@0@' -d CORP -R 'Finance$'\n"),
    ("racadm_remote_p", "cli_password_flags", [("idrac_password", "safe")],
     "racadm -r %IP% -u root -p '@0@' serveraction powercycle\nServer power operation initiated successfully\n"),
    ("govc_url_env", "cli_password_flags", [("vsphere_password", "safe")],
     "export GOVC_URL='https://administrator@vsphere.local:@0@@vcsa.%WORD%.local/sdk'\nexport GOVC_INSECURE=1\ngovc ls /DC1/vm\n"),
    ("ovftool_vi_url", "cli_password_flags", [("esxi_password", "safe")],
     "ovftool --noSSLVerify --acceptAllEulas ./photon.ova 'vi://root:@0@@%IP%/'\nOpening OVA source: ./photon.ova\nThe manifest validates\n"),
    ("virt_install_vnc_password", "cli_password_flags", [("vnc_password", "al16")],
     "virt-install --name win11 --memory 8192 --vcpus 4 --disk size=80 --cdrom /isos/Win11.iso --graphics vnc,listen=0.0.0.0,password=@0@ --os-variant win11\n"),
    ("vboxmanage_unattended_install", "cli_password_flags", [("linux_user_password", "human")],
     "VBoxManage unattended install \"ubuntu-test\" --iso=ubuntu-24.04-live-server-amd64.iso --user=%USER% --password='@0@' --full-user-name=\"Test User\" --install-additions --time-zone=CET --start-vm=headless\n"),
    ("qm_set_cipassword", "cli_password_flags", [("linux_user_password", "human")],
     "qm set 9001 --ciuser %USER% --cipassword '@0@' --ipconfig0 ip=dhcp --sshkeys ~/.ssh/authorized_keys\nupdate VM 9001: -cipassword <hidden> -ciuser %USER% -ipconfig0 ip=dhcp\n"),
    ("aws_rds_create_master_password", "cli_password_flags", [("database_password", "safe")],
     "aws rds create-db-instance \\\n  --db-instance-identifier reporting-prod \\\n  --engine postgres --engine-version 16.4 \\\n  --db-instance-class db.t4g.medium --allocated-storage 100 \\\n  --master-username dbadmin \\\n  --master-user-password '@0@' \\\n  --no-publicly-accessible\n"),
    ("az_sql_server_create", "cli_password_flags", [("sql_server_password", "human")],
     "az sql server create --name sql-%WORDL%-prod --resource-group rg-data --location westeurope --admin-user sqladmin --admin-password '@0@'\n"),
    ("gcloud_sql_users_set_password", "cli_password_flags", [("database_password", "safe")],
     "gcloud sql users set-password app --instance=pg-main --host=% --password='@0@'\nUpdating Cloud SQL user...done.\n"),
    ("gh_secret_set_body", "cli_password_flags", [("github_pat_classic", "GHP")],
     "$ gh secret set RELEASE_TOKEN --repo acme/%WORDL% --body \"@0@\"\n✓ Set Actions secret RELEASE_TOKEN for acme/%WORDL%\n"),
    ("git_credential_approve_stdin", "cli_invocations", [("git_http_password", "GLPAT")],
     "$ git credential approve <<EOF\nprotocol=https\nhost=gitlab.%WORD%.example\nusername=%USER%\npassword=@0@\nEOF\n"),
    ("security_add_generic_password", "cli_password_flags", [("generic_password", "human")],
     "security add-generic-password -a \"$USER\" -s \"%WORD%-vpn\" -w '@0@' -U\n"),
    ("secret_tool_store_echo", "cli_password_flags", [("generic_password", "human")],
     "echo -n '@0@' | secret-tool store --label='NAS backup' service nas-backup user %USER%\n"),
    ("pass_insert_echo", "cli_password_flags", [("generic_password", "human")],
     "echo '@0@' | pass insert -e work/ldap/%USER%\n"),
    ("op_item_create_password", "cli_password_flags", [("database_password", "safe")],
     "op item create --category=login --title='reporting db' --vault=Infra 'username=report' 'password=@0@' 'url=postgres://%HOST%'\n"),
    ("aws_secretsmanager_create_secret_string", "cli_password_flags", [("database_password", "safe")],
     "aws secretsmanager create-secret --name prod/reporting/db --secret-string '{\"username\":\"report\",\"password\":\"@0@\",\"host\":\"%HOST%\"}'\n"),
    ("az_keyvault_secret_set_value", "cli_password_flags", [("service_account_password", "human")],
     "az keyvault secret set --vault-name kv-%WORDL%-prod --name svc-backup-password --value '@0@'\n"),
    ("docker_secret_create_printf", "cli_password_flags", [("database_password", "safe")],
     "printf '@0@' | docker secret create pg_password -\n%ID25%\n"),
    ("kubectl_create_docker_registry_secret", "cli_password_flags", [("docker_registry_password", "DCKR")],
     "kubectl create secret docker-registry regcred --docker-server=https://index.docker.io/v1/ --docker-username=%USER% --docker-password=@0@ --docker-email=%USER%@%WORD%.example\n"),
    ("helm_install_set_password", "cli_password_flags", [("database_password", "safe")],
     "helm upgrade --install pg bitnami/postgresql -n data --set auth.postgresPassword=@0@ --set primary.persistence.size=50Gi\n"),
    ("poetry_config_http_basic", "cli_password_flags", [("artifact_repository_password", "safe")],
     "poetry config repositories.internal https://pypi.%WORD%.example/simple/\npoetry config http-basic.internal %USER% '@0@'\n"),
    ("composer_config_http_basic", "cli_password_flags", [("artifact_repository_password", "safe")],
     "composer config --global http-basic.repo.packagist.com %USER% @0@\n"),
    ("dotnet_nuget_add_source_password", "cli_password_flags", [("artifact_repository_password", "ADOPAT")],
     "dotnet nuget add source https://pkgs.dev.azure.com/%WORDL%/_packaging/internal/nuget/v3/index.json --name internal --username any --password @0@ --store-password-in-clear-text\n"),
    ("yarn_berry_npmauthtoken", "build_systems_and_package_managers", [("npm_access_token", "NPMT")],
     "# .yarnrc.yml\nnodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://registry.npmjs.org\"\n    npmAuthToken: \"@0@\"\n    npmAlwaysAuth: true\n"),
    ("pip_conf_index_url_creds", "build_systems_and_package_managers", [("artifact_repository_password", "safe")],
     "[global]\nindex-url = https://%USER%:@0@@nexus.%WORD%.example/repository/pypi-all/simple\ntimeout = 60\n"),
    ("uv_toml_index_credentials", "build_systems_and_package_managers", [("artifact_repository_password", "safe")],
     "# uv.toml\n[[index]]\nname = \"internal\"\nurl = \"https://%USER%:@0@@pkgs.%WORD%.example/simple/\"\ndefault = true\n"),
    ("ivy_settings_credentials", "build_systems_and_package_managers", [("artifact_repository_password", "safe")],
     "<ivysettings>\n  <credentials host=\"artifactory.%WORD%.example\" realm=\"Artifactory Realm\" username=\"%USER%\" passwd=\"@0@\"/>\n  <resolvers>\n    <ibiblio name=\"internal\" m2compatible=\"true\" root=\"https://artifactory.%WORD%.example/libs-release\"/>\n  </resolvers>\n</ivysettings>\n"),
    ("conan_remote_login", "cli_password_flags", [("artifact_repository_password", "safe")],
     "$ conan remote login artifactory %USER% -p '@0@'\nChanged user of remote 'artifactory' from 'None' (anonymous) to '%USER%' (authenticated)\n"),
    ("vcpkg_nuget_config_xml", "build_systems_and_package_managers", [("artifact_repository_password", "GHP")],
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"github\" value=\"https://nuget.pkg.github.com/%WORDL%/index.json\" />\n  </packageSources>\n  <packageSourceCredentials>\n    <github>\n      <add key=\"Username\" value=\"%USER%\" />\n      <add key=\"ClearTextPassword\" value=\"@0@\" />\n    </github>\n  </packageSourceCredentials>\n</configuration>\n"),
    ("hg_hgrc_auth_section", "credential_files", [("hg_http_password", "safe")],
     "[paths]\ndefault = https://hg.%WORD%.example/repos/legacy\n\n[auth]\nlegacy.prefix = hg.%WORD%.example\nlegacy.username = %USER%\nlegacy.password = @0@\n"),
    ("svn_servers_file_plaintext", "credential_files", [("svn_password", "human")],
     "K 8\npassword\nV %LEN0%\n@0@\nK 15\nsvn:realmstring\nV 52\n<https://svn.%WORD%.example:443> Subversion Repository\nK 8\nusername\nV 8\n%USER8%\nEND\n"),
    ("yt_dlp_username_password", "cli_password_flags", [("streaming_account_password", "human")],
     "yt-dlp --username %USER%@mailbox.example --password '@0@' -f 'bv*+ba' https://video.%WORD%.example/course/42\n"),
    ("duplicity_passphrase_env", "cli_password_flags", [("backup_repository_password", "rand")],
     "PASSPHRASE='@0@' duplicity --full-if-older-than 1M /home/%USER% sftp://backup@%HOST%//srv/backup/%USER%\n"),
    ("certbot_cloudflare_ini", "credential_files", [("cloudflare_api_token", "CFTOK")],
     "# /root/.secrets/certbot/cloudflare.ini\ndns_cloudflare_api_token = @0@\n"),
    ("acme_sh_account_conf", "credential_files", [("cloudflare_api_token", "CFTOK")],
     "LOG_FILE='/root/.acme.sh/acme.sh.log'\nAUTO_UPGRADE='1'\nSAVED_CF_Token='@0@'\nSAVED_CF_Account_ID='%HEX32%'\nUSER_PATH='/usr/local/bin:/usr/bin'\n"),
    ("inadyn_conf", "credential_files", [("dyndns_password", "safe")],
     "period = 300\nprovider default@no-ip.com {\n    username = %USER%\n    password = @0@\n    hostname = %WORDL%.ddns.net\n}\n"),
    ("cups_printers_conf_uri", "os_service_configs", [("smb_password", "safe")],
     "<Printer Office-MFP>\nInfo Office MFP 3rd floor\nMakeModel Generic PCL 6 Printer\nDeviceURI smb://CORP\\%USER%:@0@@printsrv01/MFP-3OG\nState Idle\nAccepting Yes\n</Printer>\n"),
    ("fstab_cifs_credentials_file", "credential_files", [("smb_password", "human")],
     "# /etc/samba/creds-nas\nusername=%USER%\npassword=@0@\ndomain=WORKGROUP\n"),
    ("autofs_auto_nas_map", "os_service_configs", [("smb_password", "human")],
     "media  -fstype=cifs,rw,username=%USER%,password=@0@,uid=1000,iocharset=utf8  ://nas.lan/media\n"),
    ("bacula_dir_conf_client", "service_configs", [("bacula_client_password", "b64_32")],
     "Client {\n  Name = fileserver-fd\n  Address = %HOST%\n  FDPort = 9102\n  Catalog = MyCatalog\n  Password = \"@0@\"\n  File Retention = 60 days\n  Job Retention = 6 months\n}\n"),
    ("proftpd_sql_conf", "service_configs", [("database_password", "safe")],
     "<IfModule mod_sql.c>\n  SQLBackend mysql\n  SQLAuthTypes Crypt\n  SQLConnectInfo proftpd@%HOST% proftpd @0@\n  SQLUserInfo ftpuser userid passwd uid gid homedir shell\n</IfModule>\n"),
    ("dovecot_sql_conf_ext", "service_configs", [("database_password", "safe")],
     "driver = pgsql\nconnect = host=%HOST% dbname=mail user=dovecot password=@0@\ndefault_pass_scheme = ARGON2ID\npassword_query = SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active = true\n"),
    ("rspamd_worker_controller_inc", "service_configs", [("rspamd_controller_password", "rand")],
     "# local.d/worker-controller.inc\nbind_socket = \"localhost:11334\";\npassword = \"@0@\";\nenable_password = \"@0@\";\n"),
    ("opendkim_keytable_with_inline_key_path", "service_configs", [("smtp_relay_password", "human")],
     "# /etc/mail/authinfo\nAuthInfo:relay.%WORD%.example \"U:%USER%\" \"I:%USER%\" \"P:@0@\" \"M:PLAIN\"\n"),
    ("exim_passwd_client", "credential_files", [("smtp_password", "human")],
     "# /etc/exim4/passwd.client\n*.%WORD%.example:%USER%@%WORD%.example:@0@\n"),
    ("ssmtp_revaliases_conf", "credential_files", [("smtp_password", "human")],
     "root=%USER%@%WORD%.example\nmailhub=smtp.%WORD%.example:587\nAuthUser=%USER%@%WORD%.example\nAuthPass=@0@\nUseSTARTTLS=YES\nFromLineOverride=YES\n"),
    ("unbound_remote_control_plus_forward_auth", "service_configs", [("dns_over_tls_token", "al32")],
     "forward-zone:\n    name: \".\"\n    forward-tls-upstream: yes\n    forward-addr: 45.90.28.0#%HEX16%.dns.nextdns.io\n# nextdns api key for stats script\n# NEXTDNS_API_KEY=@0@\n"),
    ("powerdns_pdns_conf_api", "service_configs", [("powerdns_api_key", "al32"), ("database_password", "safe")],
     "launch=gpgsql\ngpgsql-host=%HOST%\ngpgsql-dbname=pdns\ngpgsql-user=pdns\ngpgsql-password=@1@\napi=yes\napi-key=@0@\nwebserver-address=0.0.0.0\nwebserver-allow-from=10.0.0.0/8\n"),
    ("technitium_dns_api_curl", "cli_invocations", [("technitium_api_token", "hex64")],
     "curl \"http://%IP%:5380/api/zones/records/add?token=@0@&domain=nas.home.arpa&type=A&ipAddress=192.168.1.20\"\n"),
    ("uptime_kuma_push_url", "misc_generic", [("uptime_kuma_push_token", "al16")],
     "# crontab on backup host\n0 4 * * * /usr/local/bin/backup.sh && curl -fsS \"https://status.%WORD%.example/api/push/@0@?status=up&msg=OK&ping=\" >/dev/null\n"),
    ("healthchecks_ping_url", "misc_generic", [("healthchecks_ping_key", "PINGKEY")],
     "#!/bin/sh\nset -e\nrestic backup /srv\ncurl -fsS -m 10 --retry 5 https://hc-ping.com/@0@/nightly-restic\n"),
    ("gotify_send_curl", "cli_invocations", [("gotify_app_token", "GOTIFY")],
     "curl \"https://push.%WORD%.example/message?token=@0@\" -F \"title=Backup\" -F \"message=done\" -F \"priority=5\"\n"),
    ("ntfy_publish_bearer", "cli_invocations", [("ntfy_access_token", "NTFY")],
     "curl -H \"Authorization: Bearer @0@\" -d \"Disk usage 91% on %HOST%\" https://ntfy.%WORD%.example/alerts\n"),
    ("pushover_curl_form", "cli_invocations", [("pushover_app_token", "PUSHOVER")],
     "curl -s --form-string \"token=@0@\" --form-string \"user=u%AL29%\" --form-string \"message=UPS on battery\" https://api.pushover.net/1/messages.json\n"),
    ("apprise_yaml_urls", "app_specific_configs", [("telegram_bot_token", "TGTOK")],
     "urls:\n  - tgram://@0@/%CHAT%/\n  - mailto://alerts@%WORD%.example\n"),
    ("smokeping_slaves_secrets", "credential_files", [("smokeping_slave_secret", "al16")],
     "# /etc/smokeping/smokeping_secrets\nboomer:@0@\n"),
    ("rsyncd_secrets_file", "credential_files", [("rsync_password", "safe")],
     "# /etc/rsyncd.secrets (chmod 600)\nbackup:@0@\n"),
    ("proxychains_conf", "service_configs", [("proxy_password", "safe")],
     "strict_chain\nproxy_dns\ntcp_read_time_out 15000\n[ProxyList]\nsocks5 %IP% 1080 %USER% @0@\n"),
    ("squid_cache_peer_login", "service_configs", [("proxy_password", "safe")],
     "http_port 3128\ncache_peer upstream.%WORD%.example parent 8080 0 no-query default login=%USER%:@0@\nnever_direct allow all\n"),
    ("apt_auth_conf_d", "credential_files", [("apt_repository_password", "safe")],
     "# /etc/apt/auth.conf.d/vendor.conf\nmachine apt.%WORD%.example/debian\nlogin %USER%\npassword @0@\n"),
    ("yum_repo_baseurl_creds", "os_service_configs", [("artifact_repository_password", "safe")],
     "[internal-rpms]\nname=Internal RPMs\nbaseurl=https://%USER%:@0@@repo.%WORD%.example/rpm/el9/$basearch\nenabled=1\ngpgcheck=1\ngpgkey=https://repo.%WORD%.example/RPM-GPG-KEY\n"),
    ("zypper_credentials_file", "credential_files", [("suse_scc_password", "safe")],
     "# /etc/zypp/credentials.d/SCCcredentials\nusername=SCC_%HEX32%\npassword=@0@\n"),
    ("rhsm_register_cmd", "cli_password_flags", [("redhat_account_password", "human")],
     "subscription-manager register --username=%USER%@%WORD%.example --password='@0@' --auto-attach\n"),
    ("windows_unattend_xml_autologon", "os_service_configs", [("windows_account_password", "human")],
     "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n  <settings pass=\"oobeSystem\">\n    <component name=\"Microsoft-Windows-Shell-Setup\" processorArchitecture=\"amd64\">\n      <AutoLogon>\n        <Password>\n          <Value>@0@</Value>\n          <PlainText>true</PlainText>\n        </Password>\n        <Enabled>true</Enabled>\n        <Username>Administrator</Username>\n      </AutoLogon>\n    </component>\n  </settings>\n</unattend>\n"),
    ("kickstart_rootpw_plaintext", "os_service_configs", [("linux_user_password", "human")],
     "#version=RHEL9\ntext\nlang en_US.UTF-8\nkeyboard --xlayouts='de'\ntimezone Europe/Berlin --utc\nrootpw --plaintext @0@\nuser --name=%USER% --groups=wheel --password=@0@ --plaintext\nreboot\n"),
    ("autoinstall_user_data_plaintext_hint", "os_service_configs", [("wifi_psk", "psk")],
     "#cloud-config\nautoinstall:\n  version: 1\n  network:\n    wifis:\n      wlan0:\n        dhcp4: true\n        access-points:\n          \"%WORD%-Lab\":\n            password: \"@0@\"\n  identity:\n    hostname: lab-01\n    username: %USER%\n    password: \"$6$rounds=4096$%SALT%$%HASH86%\"\n"),
    ("netplan_wifis_yaml", "os_service_configs", [("wifi_psk", "psk")],
     "network:\n  version: 2\n  renderer: networkd\n  wifis:\n    wlp2s0:\n      dhcp4: true\n      access-points:\n        \"%WORD%_5G\":\n          password: \"@0@\"\n"),
    ("raspberry_pi_firstrun_wpa", "os_service_configs", [("wifi_psk", "psk")],
     "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=DE\nupdate_config=1\n\nnetwork={\n\tssid=\"%WORD%\"\n\tpsk=\"@0@\"\n\tkey_mgmt=WPA-PSK\n}\n"),
    ("iwd_psk_file", "os_service_configs", [("wifi_psk", "psk")],
     "# /var/lib/iwd/%WORD%.psk\n[Security]\nPassphrase=@0@\n\n[Settings]\nAutoConnect=true\n"),
    ("android_wifi_qr_payload", "misc_generic", [("wifi_psk", "psk")],
     "Scanned QR content:\nWIFI:T:WPA;S:%WORD%-Guest;P:@0@;H:false;;\n"),
    ("ios_mobileconfig_wifi_payload", "app_specific_configs", [("wifi_psk", "psk")],
     "<dict>\n\t<key>PayloadType</key>\n\t<string>com.apple.wifi.managed</string>\n\t<key>SSID_STR</key>\n\t<string>%WORD%-Staff</string>\n\t<key>EncryptionType</key>\n\t<string>WPA2</string>\n\t<key>Password</key>\n\t<string>@0@</string>\n\t<key>AutoJoin</key>\n\t<true/>\n</dict>\n"),
    ("windows_wlan_profile_xml_cleartext", "os_service_configs", [("wifi_psk", "psk")],
     "<?xml version=\"1.0\"?>\n<WLANProfile xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\">\n\t<name>%WORD%</name>\n\t<MSM>\n\t\t<security>\n\t\t\t<authEncryption>\n\t\t\t\t<authentication>WPA2PSK</authentication>\n\t\t\t\t<encryption>AES</encryption>\n\t\t\t</authEncryption>\n\t\t\t<sharedKey>\n\t\t\t\t<keyType>passPhrase</keyType>\n\t\t\t\t<protected>false</protected>\n\t\t\t\t<keyMaterial>@0@</keyMaterial>\n\t\t\t</sharedKey>\n\t\t</security>\n\t</MSM>\n</WLANProfile>\n"),
    ("keystore_properties_android", "credential_files", [("keystore_password", "human"), ("key_password", "human")],
     "storePassword=@0@\nkeyPassword=@1@\nkeyAlias=upload\nstoreFile=../keys/upload-keystore.jks\n"),
    ("fastlane_env_default", "env_files_and_shell_profiles", [("apple_id_password", "human"), ("apple_app_specific_password", "APPPW")],
     "FASTLANE_USER=%USER%@%WORD%.example\nFASTLANE_PASSWORD=@0@\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@1@\nMATCH_GIT_URL=git@github.com:acme/certificates.git\n"),
    ("sentry_properties_file", "credential_files", [("sentry_user_token", "SNTRYU")],
     "defaults.url=https://sentry.io/\ndefaults.org=%WORDL%\ndefaults.project=android-app\nauth.token=@0@\n"),
    ("match_password_env", "env_files_and_shell_profiles", [("fastlane_match_password", "rand")],
     "# .env.ci\nMATCH_PASSWORD=@0@\nMATCH_READONLY=true\n"),
    ("electron_builder_env", "env_files_and_shell_profiles", [("code_signing_password", "human")],
     "CSC_LINK=./build/certs/win-codesign.pfx\nCSC_KEY_PASSWORD=@0@\nWIN_CSC_LINK=./build/certs/win-codesign.pfx\n"),
    ("signtool_sign_p", "cli_password_flags", [("code_signing_password", "human")],
     "signtool sign /f C:\\certs\\codesign.pfx /p \"@0@\" /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 dist\\Setup.exe\n"),
    ("osslsigncode_pass", "cli_password_flags", [("code_signing_password", "human")],
     "osslsigncode sign -pkcs12 codesign.p12 -pass '@0@' -n \"Acme Tool\" -t http://timestamp.sectigo.com -in tool.exe -out tool-signed.exe\n"),
    ("notarytool_store_credentials", "cli_password_flags", [("apple_app_specific_password", "APPPW")],
     "xcrun notarytool store-credentials \"AC_NOTARY\" --apple-id \"%USER%@%WORD%.example\" --team-id \"%UTEAM%\" --password \"@0@\"\n"),
    ("openssl_genrsa_passout", "cli_password_flags", [("private_key_passphrase", "rand")],
     "openssl genrsa -aes256 -passout pass:'@0@' -out server.key 4096\n"),
    ("step_ca_password_file", "credential_files", [("ca_provisioner_password", "rand")],
     "@0@\n"),
]

# pattern values used by bespoke entries above
SPECIAL_GEN = {
    "NETKEY": lambda r: "[" + ", ".join(str(r.randrange(256)) for _ in range(16)) + "]",
    "HEX32U": lambda r: rs(r, 32, HEX.upper()),
    "DECONZ": lambda r: rs(r, 10, HEX.upper()),
    "RINGTOK": _pat("eyJydCI6IjAx{w:180}"),
    "SYNAPSE": lambda r: rs(r, 50, A62 + "~@;.,:"),
    "GITEA_INTERNAL": lambda r: jwt(r, {"nbf": 1730000000 + r.randrange(10 ** 6)}),
    "b64u43": lambda r: rs(r, 43, B64U),
    "NCSECRET": lambda r: rs(r, 48, A62 + "/+"),
    "AKIA": _pat("AKIA{3:16}"), "AWSSEC": _pat("{b:40}"),
    "GHP": lambda r: crc_token(r, "ghp_"), "GLPAT": _pat("glpat-{w:20}"), "DCKR": _pat("dckr_pat_{w:27}"),
    "ADOPAT": _ado_pat, "NPMT": lambda r: crc_token(r, "npm_"), "CFTOK": _pat("{w:40}"), "SGKEY": _pat("SG.{w:22}.{w:43}"),
    "PINGKEY": _pat("{w:22}"), "GOTIFY": _pat("A{w:14}"), "NTFY": _pat("tk_{a:29}"), "PUSHOVER": _pat("a{a:29}"),
    "TGTOK": lambda r: "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rs(r, 33, B64U)), "APPPW": _pat("{L:4}-{L:4}-{L:4}-{L:4}"),
    "SNTRYU": _pat("sntryu_{h:64}"),
}
VGEN.update(SPECIAL_GEN)


def fill(tpl, r):
    reps = {
        "%HOST%": lambda: host(r), "%USER%": lambda: user(r), "%IP%": lambda: ip(r), "%WORD%": lambda: r.choice(WORDS),
        "%WORDU%": lambda: r.choice(WORDS).upper(), "%WORDL%": lambda: r.choice(WORDS), "%UUID%": lambda: uuid4(r),
        "%HEX32%": lambda: rs(r, 32, HEX), "%HEX40%": lambda: rs(r, 40, HEX), "%HEX16%": lambda: rs(r, 16, HEX), "%HEX2%": lambda: rs(r, 2, HEX.upper()),
        "%PANID%": lambda: str(r.randrange(1000, 65000)), "%B64PUB%": lambda: b64e(rbytes(r, 32)), "%ZTNET%": lambda: rs(r, 16, HEX),
        "%SALT%": lambda: rs(r, 16, A62), "%HASH86%": lambda: rs(r, 86, A62 + "./"), "%ID25%": lambda: rs(r, 25, AL),
        "%AL29%": lambda: rs(r, 29, AL), "%CHAT%": lambda: str(-r.randrange(10 ** 12, 10 ** 13)), "%UTEAM%": lambda: rs(r, 10, AU),
        "%USER8%": lambda: "svc_" + rs(r, 4, LOW),
    }
    # resolve each distinct filler once per record so repeated hostnames stay consistent
    for k in sorted(reps):
        if k in tpl:
            tpl = tpl.replace(k, reps[k]())
    return tpl

# ---- connection strings: (dialect, type, template with @0@) placed in host syntaxes ----
CONN = [
    ("r2dbc_postgres_url", "database_password", "r2dbc:postgresql://app:@0@@%HOST%:5432/orders?sslMode=require"),
    ("sqlalchemy_mssql_pyodbc_url", "database_password", "mssql+pyodbc://etl:@0@@%HOST%:1433/DW?driver=ODBC+Driver+18+for+SQL+Server"),
    ("clickhouse_native_url", "database_password", "clickhouse://default:@0@@%HOST%:9440/analytics?secure=true"),
    ("cockroach_pgurl_cluster", "database_password", "postgresql://maxroach:@0@@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full&options=--cluster%3D%WORDL%-1234"),
    ("amqps_cloudamqp_url", "broker_password", "amqps://%USER%:@0@@rattlesnake.rmq.cloudamqp.com/%USER%"),
    ("redis_tls_rediss_url", "redis_password", "rediss://default:@0@@%HOST%:6380/0"),
    ("memcached_sasl_url", "cache_password", "memcached://%USER%:@0@@%HOST%:11211"),
    ("nats_url_userinfo", "nats_password", "nats://%USER%:@0@@%HOST%:4222"),
    ("mqtts_url", "mqtt_password", "mqtts://%USER%:@0@@broker.%WORD%.example:8883"),
    ("ldaps_bind_url_python_ldap3", "ldap_bind_password", "ldaps://cn=svc-ldap,ou=svc,dc=corp,dc=example:@0@@dc01.corp.example:636"),
    ("elasticsearch_https_url", "elasticsearch_password", "https://elastic:@0@@%HOST%:9200"),
    ("influxdb_v1_url", "database_password", "influxdb://telegraf:@0@@%HOST%:8086/metrics"),
    ("cassandra_datastax_bundle_secret", "database_password", "cassandra://%USER%:@0@@%HOST%:9042/keyspace1"),
    ("neo4j_bolt_url", "neo4j_password", "neo4j+s://neo4j:@0@@%WORDL%.databases.neo4j.io"),
    ("ftp_url_in_wget", "ftp_password", "ftp://%USER%:@0@@ftp.%WORD%.example/pub/exports/"),
    ("sftp_url_rclone_style", "sftp_password", "sftp://%USER%:@0@@%HOST%:22/upload"),
    ("webdav_davs_url", "webdav_password", "davs://%USER%:@0@@dav.%WORD%.example/remote.php/webdav"),
    ("rtsp_camera_url", "camera_password", "rtsp://admin:@0@@%IP%:554/h264Preview_01_main"),
    ("smtp_url_django_email", "smtp_password", "smtp+tls://%USER%%40%WORD%.example:@0@@smtp.%WORD%.example:587"),
    ("imaps_url_fetch", "imap_password", "imaps://%USER%:@0@@imap.%WORD%.example:993/INBOX"),
    ("jdbc_sqlserver_password_prop", "database_password", "jdbc:sqlserver://%HOST%:1433;databaseName=Sales;user=sales_app;password=@0@;encrypt=true;trustServerCertificate=false"),
    ("jdbc_snowflake_password", "snowflake_password", "jdbc:snowflake://%WORDL%-xy12345.snowflakecomputing.com/?user=%USER%&password=@0@&warehouse=WH&db=RAW"),
    ("odbc_dsn_less_postgres", "database_password", "Driver={PostgreSQL Unicode};Server=%HOST%;Port=5432;Database=crm;Uid=crm_ro;Pwd=@0@;sslmode=require;"),
    ("oledb_oracle_connection", "database_password", "Provider=OraOLEDB.Oracle;Data Source=%HOST%:1521/ORCLPDB1;User Id=scott;Password=@0@;"),
    ("npgsql_connection_string", "database_password", "Host=%HOST%;Port=5432;Database=identity;Username=identity;Password=@0@;SSL Mode=Require;Trust Server Certificate=true"),
    ("mongodb_srv_readpref", "mongodb_password", "mongodb+srv://%USER%:@0@@cluster1.%WORDL%.mongodb.net/app?retryWrites=true&w=majority&readPreference=secondaryPreferred"),
    ("amqp_celery_broker_url", "broker_password", "amqp://celery:@0@@%HOST%:5672/celery_vhost"),
    ("kafka_sasl_jaas_inline", "kafka_sasl_password", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%USER%\" password=\"@0@\";"),
    ("libpq_keyword_conninfo", "database_password", "host=%HOST% port=5432 dbname=ledger user=ledger_rw password=@0@ sslmode=verify-full"),
    ("git_https_token_remote", "git_http_password", "https://oauth2:@0@@gitlab.%WORD%.example/platform/infra.git"),
    ("s3_minio_url_userinfo", "object_storage_password", "s3://%USER%:@0@@minio.%WORD%.example:9000/backups"),
    ("vnc_url_remmina", "vnc_password", "vnc://:@0@@%IP%:5901"),
]

CONN_HOSTS = [
    ("dotenv_line", lambda r, c: "# added by onboarding script\nDATABASE_URL_SECONDARY=%s\n" % c),
    ("yaml_datasource", lambda r, c: "datasource:\n  primary:\n    url: \"%s\"\n    pool_size: 10\n" % c),
    ("python_create_engine", lambda r, c: "from sqlalchemy import create_engine\nengine = create_engine(\"%s\", pool_pre_ping=True)\n" % c),
    ("node_client_ctor", lambda r, c: "const client = createClient({ url: '%s' });\nawait client.connect();\n" % c),
    ("go_sql_open", lambda r, c: "db, err := sql.Open(\"driver\", \"%s\")\nif err != nil {\n\tlog.Fatal(err)\n}\n" % c),
    ("csharp_appsettings_connstr", lambda r, c: "{\n  \"ConnectionStrings\": {\n    \"Default\": \"%s\"\n  }\n}\n" % c.replace('"', '\\"')),
    ("docker_compose_env_list", lambda r, c: "services:\n  app:\n    image: app:latest\n    environment:\n      - CONN=%s\n" % c),
    ("k8s_configmap_data", lambda r, c: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  CONN: \"%s\"\n" % c.replace('"', '\\"')),
    ("log_line_connect_error", lambda r, c: "%sZ ERROR pool: could not connect to %s: connection refused (retry 3/5)\n" % (ts(r), c)),
    ("slack_message_paste", lambda r, c: "hey can you check if this works from your side? `%s` I keep getting timeouts\n" % c),
    ("terraform_tfvars_line", lambda r, c: "conn = \"%s\"\n" % c.replace('"', '\\"')),
    ("java_properties_line", lambda r, c: "app.datasource.url=%s\n" % c),
]

# ---- private keys ----------------------------------------------------------
def _indent(s, n):
    return "\n".join((" " * n + l) if l else l for l in s.split("\n"))


PK_EMBED = [
    ("gcp_sa_json_adc_file", lambda k: ('{\n  "type": "service_account",\n  "project_id": "acme-data-%s",\n  "private_key_id": "@HEX40@",\n  "private_key": "' , '",\n  "client_email": "etl@acme-data.iam.gserviceaccount.com",\n  "client_id": "1%s",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n'), "json"),
    ("ansible_vars_inline_key", lambda k: ("tls_key: |\n", "\ntls_cert_path: /etc/ssl/app.crt\n"), "indent2"),
    ("github_app_private_key_env_multiline", lambda k: ("GITHUB_APP_ID=%s\nGITHUB_APP_PRIVATE_KEY=\"", "\"\nWEBHOOK_PATH=/api/github/webhooks\n"), "raw"),
    ("snowflake_key_pair_python", lambda k: ("import snowflake.connector\nPRIVATE_KEY = \"\"\"", "\"\"\"\nconn = snowflake.connector.connect(user='ETL', account='xy12345', private_key=PRIVATE_KEY)\n"), "raw"),
    ("ssh_config_and_key_cat", lambda k: ("$ cat ~/.ssh/id_rsa_deploy\n", "\n$ ssh -i ~/.ssh/id_rsa_deploy deploy@%s\n"), "raw"),
    ("jenkins_ssh_credential_xml", lambda k: ("<com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n  <scope>GLOBAL</scope>\n  <id>deploy-key</id>\n  <username>deploy</username>\n  <privateKeySource class=\"com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource\">\n    <privateKey>", "</privateKey>\n  </privateKeySource>\n</com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n"), "raw"),
    ("gitlab_ci_variable_file_dump", lambda k: ("$ cat \"$SSH_PRIVATE_KEY\"\n", "\n$ chmod 600 \"$SSH_PRIVATE_KEY\"\n"), "raw"),
    ("kubernetes_tls_secret_stringdata", lambda k: ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n", "\n"), "indent4"),
    ("saltstack_pillar_ssh_key", lambda k: ("deploy:\n  ssh_key: |\n", "\n  user: deploy\n"), "indent4"),
    ("notebook_cell_output_key", lambda k: ('{\n "cells": [{"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["', '"]}], "source": ["print(open(\'key.pem\').read())"]}],\n "nbformat": 4, "nbformat_minor": 5\n}\n'), "json"),
    ("terraform_tls_private_key_state", lambda k: ('{\n  "mode": "managed",\n  "type": "tls_private_key",\n  "name": "bastion",\n  "instances": [\n    {\n      "attributes": {\n        "algorithm": "RSA",\n        "private_key_pem": "', '",\n        "rsa_bits": 2048\n      }\n    }\n  ]\n}\n'), "json"),
    ("vault_write_pki_import_heredoc", lambda k: ("vault write pki_int/config/ca pem_bundle=- <<'PEM'\n", "\nPEM\n"), "raw"),
]

# ---- name-only generic secrets ---------------------------------------------
NAME_ONLY = [
    ("generic_secret", "SIGNING_SALT"), ("generic_password", "ADMIN_PW"), ("generic_secret", "HMAC_KEY"),
    ("database_password", "PGPASS"), ("generic_token", "INTERNAL_API_TOKEN"), ("generic_secret", "WEBHOOK_SHARED_SECRET"),
    ("generic_password", "svcPwd"), ("generic_secret", "COOKIE_SECRET"), ("generic_secret", "encryptionKey"),
    ("generic_password", "root_passwd"), ("generic_token", "X_AUTH_TOKEN"), ("generic_secret", "session-secret"),
    ("generic_password", "LDAP_BIND_PW"), ("generic_secret", "jwtSigningKey"), ("generic_password", "mqttPass"),
    ("generic_secret", "OTP_SEED"), ("generic_password", "szPassword"), ("generic_secret", "CLIENT_SECRET"),
    ("generic_token", "accessToken"), ("generic_password", "DB_PWD"), ("generic_secret", "MASTER_KEY"),
    ("generic_password", "kennwort"), ("generic_password", "contrasena_bd"), ("generic_password", "mot_de_passe"),
    ("generic_password", "wachtwoord"), ("generic_password", "haslo_admina"), ("generic_password", "senha_smtp"),
    ("generic_password", "parola_db"), ("generic_password", "salasana"), ("generic_secret", "geheimnis"),
    ("generic_password", "lozinka"), ("generic_password", "sifre"), ("generic_password", "adgangskode"),
    ("generic_password", "passwd_backup"), ("generic_secret", "api_secret_v2"), ("generic_token", "refresh_tok"),
    ("generic_secret", "PEPPER"), ("generic_secret", "ENC_KEY_B64"), ("generic_password", "pw"), ("generic_password", "PASSPHRASE"),
]

NAME_ONLY_HOSTS = [
    ("bash_assignment_quoted", "build_and_automation_scripts", lambda n, p: "#!/usr/bin/env bash\nset -euo pipefail\n%s='%s'\n./tool --pw \"$%s\" sync\n" % (n, p, n)),
    ("python_module_constant", "source_code", lambda n, p: "# settings_local.py\n%s = \"%s\"\nTIMEOUT = 30\n" % (n, p)),
    ("js_object_literal_key", "source_code", lambda n, p: "module.exports = {\n  host: 'localhost',\n  %s: '%s',\n};\n" % (n.replace("-", "_"), p)),
    ("yaml_nested_key", "config_languages", lambda n, p: "service:\n  auth:\n    %s: \"%s\"\n  port: 9000\n" % (n, p)),
    ("toml_table_key", "config_languages", lambda n, p: "[auth]\n%s = \"%s\"\nenabled = true\n" % (n.replace("-", "_"), p)),
    ("ini_section_key", "config_languages", lambda n, p: "[security]\n%s=%s\nlockout=5\n" % (n, p)),
    ("json_settings_key", "config_languages", lambda n, p: "{\n  \"debug\": false,\n  \"%s\": \"%s\"\n}\n" % (n, p)),
    ("go_var_literal", "source_code", lambda n, p: "var %s = \"%s\"\n" % (styl(n.replace("-", "_"), "camel"), p)),
    ("java_static_final", "source_code", lambda n, p: "public final class Cfg {\n    static final String %s = \"%s\";\n}\n" % (n.replace("-", "_").upper(), p)),
    ("ruby_constant", "source_code", lambda n, p: "%s = '%s'.freeze\n" % (n.replace("-", "_").upper(), p)),
    ("hcl_locals_block", "iac_and_config_management", lambda n, p: "locals {\n  %s = \"%s\"\n}\n" % (n.replace("-", "_"), p)),
    ("env_file_line", "env_files_and_shell_profiles", lambda n, p: "APP_NAME=demo\n%s=%s\n" % (n.replace("-", "_"), p)),
    ("powershell_variable", "build_and_automation_scripts", lambda n, p: "$%s = '%s'\nInvoke-Sync -Secret $%s\n" % (n.replace("-", "_"), p, n.replace("-", "_"))),
    ("php_define_const", "source_code", lambda n, p: "<?php\ndefine('%s', '%s');\n" % (n.replace("-", "_").upper(), p)),
    ("xml_attribute_pair", "config_languages", lambda n, p: "<add name=\"%s\" value=\"%s\" />\n" % (n, p)),
    ("lua_table_field", "source_code", lambda n, p: "local cfg = {\n  %s = \"%s\",\n}\nreturn cfg\n" % (n.replace("-", "_"), p)),
    ("sql_set_variable", "sql_and_db_shells", lambda n, p: "SET @%s = '%s';\nCALL rotate_keys(@%s);\n" % (n.replace("-", "_"), p, n.replace("-", "_"))),
    ("csv_row_key_value", "exports_dumps_fixtures", lambda n, p: "key,value\nregion,eu\n%s,%s\n" % (n, p)),
    ("kotlin_val_literal", "source_code", lambda n, p: "private val %s = \"%s\"\n" % (styl(n.replace("-", "_"), "camel"), p)),
    ("markdown_inline_list", "documents_and_knowledge_bases", lambda n, p: "## Local dev\n- `%s`: `%s`\n- port: 8080\n" % (n, p)),
]

# ---- prose in many languages: (lang, [templates]) where {p} is the secret, {h} a host, {u} a user ----
PROSE = [
    ("de", ["Das WLAN-Passwort für das Büro im 3. Stock ist jetzt {p} – bitte nicht weitergeben.",
            "Kannst du dich mit {u} auf {h} einloggen? Passwort lautet {p}, ich hab's gerade zurückgesetzt.",
            "Hier der Token für die Staging-API, gilt bis Freitag: {p}"]),
    ("fr", ["Salut ! Le mot de passe du Wi-Fi invités, c'est {p} (sans espace).",
            "Pour la base de prod : utilisateur {u}, mot de passe {p}, hôte {h}.",
            "Je te colle la clé d'API ici en attendant le coffre-fort : {p}"]),
    ("es", ["La contraseña del wifi de la casa rural es {p}, está también en la nevera.",
            "Te dejo el acceso al servidor {h}: usuario {u} y clave {p}. Cámbiala cuando entres.",
            "¿Me confirmas si este token sigue activo? {p}"]),
    ("it", ["Password del router: {p} — l'ho cambiata ieri sera.",
            "Accesso VPN per il consulente: utente {u}, password {p}. Scade a fine mese.",
            "Ecco la chiave che mi hai chiesto per il gestionale: {p}"]),
    ("pt", ["A senha do Wi-Fi do escritório mudou, agora é {p}.",
            "Segue o acesso do banco: host {h}, usuário {u}, senha {p}.",
            "Chave da API do fornecedor (não compartilhar): {p}"]),
    ("nl", ["Het wifi-wachtwoord van de kantine is {p}.",
            "Inloggen op {h} kan met {u} / {p}, zet het daarna even in de kluis.",
            "Dit is de token voor de koppeling met de boekhouding: {p}"]),
    ("pl", ["Hasło do wifi w sali konferencyjnej: {p}",
            "Dostęp do serwera {h}: login {u}, hasło {p}. Zmień po pierwszym logowaniu.",
            "Wklejam klucz API, bo skrytka nie działa: {p}"]),
    ("ru", ["Пароль от вайфая на даче: {p}",
            "Доступ к серверу {h}: логин {u}, пароль {p}. Не забудь сменить.",
            "Вот токен для интеграции, действует до пятницы: {p}"]),
    ("uk", ["Пароль до wifi в офісі тепер {p}.",
            "Для входу на {h} використовуй {u}, пароль — {p}.",
            "Ключ API постачальника: {p} (тимчасово, поки не налаштуємо сейф)"]),
    ("tr", ["Ofisin wifi şifresi {p} oldu, herkese iletebilir misin?",
            "{h} sunucusuna {u} kullanıcısı ve {p} şifresiyle girebilirsin.",
            "Entegrasyon için API anahtarı şu: {p}"]),
    ("ar", ["كلمة مرور الواي فاي في المكتب الجديد هي {p}",
            "بيانات الدخول إلى الخادم {h}: اسم المستخدم {u} وكلمة المرور {p}",
            "هذا مفتاح الواجهة البرمجية المؤقت: {p}"]),
    ("he", ["הסיסמה של הוויי-פיי בחדר הישיבות היא {p}",
            "גישה לשרת {h}: משתמש {u}, סיסמה {p}. תחליף אחרי הכניסה.",
            "הנה הטוקן לחיבור ל-API: {p}"]),
    ("fa", ["رمز وای‌فای دفتر عوض شد، رمز جدید: {p}",
            "برای ورود به سرور {h} از کاربر {u} و رمز {p} استفاده کن.",
            "کلید API سرویس پرداخت اینه: {p}"]),
    ("hi", ["ऑफिस वाई-फाई का पासवर्ड अब {p} है।",
            "सर्वर {h} पर लॉगिन: यूज़र {u}, पासवर्ड {p}।",
            "यह रहा API टोकन, किसी से शेयर मत करना: {p}"]),
    ("ja", ["会議室のWi-Fiパスワードは {p} です。",
            "{h} へのログイン情報：ユーザー名 {u}、パスワード {p}。初回ログイン後に変更してください。",
            "取り急ぎAPIキーを貼ります：{p}"]),
    ("zh", ["办公室新的WiFi密码是 {p}",
            "服务器 {h} 的账号是 {u}，密码 {p}，登录后记得改。",
            "这是对接用的API密钥：{p}，别外传。"]),
    ("ko", ["회의실 와이파이 비밀번호는 {p} 입니다.",
            "{h} 서버 접속 정보: 아이디 {u}, 비밀번호 {p}",
            "연동용 API 토큰 공유드립니다: {p}"]),
    ("vi", ["Mật khẩu wifi văn phòng mới là {p} nhé.",
            "Đăng nhập máy chủ {h} bằng tài khoản {u}, mật khẩu {p}.",
            "Đây là khóa API tạm thời: {p}"]),
    ("th", ["รหัสผ่านไวไฟห้องประชุมคือ {p}",
            "เข้าเซิร์ฟเวอร์ {h} ด้วยผู้ใช้ {u} รหัสผ่าน {p}",
            "นี่คือโทเคน API สำหรับทดสอบ: {p}"]),
    ("id", ["Password wifi kantor sekarang {p} ya.",
            "Akses server {h}: user {u}, password {p}. Tolong diganti setelah login.",
            "Ini API key buat integrasi pembayaran: {p}"]),
    ("el", ["Ο κωδικός του wifi στο γραφείο είναι {p}.",
            "Σύνδεση στον {h}: χρήστης {u}, κωδικός {p}.",
            "Το κλειδί API για τη δοκιμή: {p}"]),
    ("hu", ["Az irodai wifi jelszava mostantól {p}.",
            "A(z) {h} szerverre {u} felhasználóval és {p} jelszóval tudsz belépni.",
            "Itt az API kulcs az integrációhoz: {p}"]),
    ("ro", ["Parola de la wifi-ul din birou este {p}.",
            "Acces la serverul {h}: utilizator {u}, parolă {p}.",
            "Cheia API pentru furnizor: {p}"]),
    ("cs", ["Heslo k wifi v zasedačce je {p}.",
            "Na server {h} se přihlas jako {u}, heslo {p}.",
            "Posílám API token pro napojení: {p}"]),
    ("sv", ["Wifi-lösenordet i stugan är {p}.",
            "Logga in på {h} med {u} och lösenordet {p}.",
            "Här är API-nyckeln till leverantören: {p}"]),
    ("bg", ["Паролата за wifi в офиса е {p}.",
            "Достъп до сървъра {h}: потребител {u}, парола {p}.",
            "Ето API ключа за интеграцията: {p}"]),
    ("hr", ["Lozinka za wifi u uredu je {p}.",
            "Pristup serveru {h}: korisnik {u}, lozinka {p}.",
            "Evo API ključa za spajanje: {p}"]),
    ("lt", ["Biuro wifi slaptažodis: {p}",
            "Prisijungimas prie {h}: vartotojas {u}, slaptažodis {p}.",
            "Štai API raktas integracijai: {p}"]),
    ("ur", ["دفتر کے وائی فائی کا پاس ورڈ {p} ہے۔",
            "سرور {h} پر لاگ ان: یوزر {u}، پاس ورڈ {p}",
            "یہ رہی API کی: {p}"]),
    ("ta", ["அலுவலக வைஃபை கடவுச்சொல் {p}",
            "{h} சர்வரில் {u} பயனர், கடவுச்சொல் {p}",
            "API டோக்கன் இதோ: {p}"]),
    ("sw", ["Nenosiri la wifi ya ofisi ni {p}.",
            "Ingia kwenye seva {h} kwa mtumiaji {u} na nenosiri {p}.",
            "Hii ndiyo funguo ya API: {p}"]),
]

PROSE_CONTAINERS = [
    ("telegram_desktop_json_export", lambda r, m: '{\n "name": "Team",\n "type": "private_group",\n "messages": [\n  {\n   "id": %d,\n   "type": "message",\n   "date": "%s",\n   "from": "Alex",\n   "text": "%s"\n  }\n ]\n}\n' % (r.randrange(1000, 99999), ts(r), m.replace('"', '\\"'))),
    ("signal_desktop_copy", lambda r, m: "Alex, %s\n%s\n" % (ts(r, " ")[:16], m)),
    ("sms_backup_restore_xml", lambda r, m: '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="1">\n  <sms protocol="0" address="+4915%d" date="%d" type="1" body="%s" read="1" status="-1" />\n</smses>\n' % (
        r.randrange(10 ** 8, 10 ** 9), 1759000000000 + r.randrange(10 ** 9), m.replace('"', "&quot;"))),
    ("matrix_event_json", lambda r, m: '{"type":"m.room.message","sender":"@alex:%s.example","content":{"msgtype":"m.text","body":"%s"},"origin_server_ts":%d,"event_id":"$%s"}\n' % (
        r.choice(WORDS), m.replace('"', '\\"'), 1759000000000 + r.randrange(10 ** 9), rs(r, 43, B64U))),
    ("facebook_messenger_takeout_json", lambda r, m: '{\n  "participants": [{"name": "Alex"}, {"name": "Sam"}],\n  "messages": [\n    {\n      "sender_name": "Alex",\n      "timestamp_ms": %d,\n      "content": "%s",\n      "is_geoblocked_for_viewer": false\n    }\n  ]\n}\n' % (1759000000000 + r.randrange(10 ** 9), m.replace('"', '\\"'))),
    ("discord_data_package_messages_csv", lambda r, m: 'ID,Timestamp,Contents,Attachments\n%d,%s.512000+00:00,"%s",\n' % (r.randrange(10 ** 18, 2 * 10 ** 18), ts(r, " "), m.replace('"', '""'))),
    ("wechat_forwarded_record", lambda r, m: "聊天记录\n—————  2025-10-06  —————\nAlex  20:41\n%s\n" % m),
    ("jira_comment_wiki_markup", lambda r, m: "h3. Update\n%s\n\n[~alex] please verify.\n" % m),
    ("outlook_msg_body_text", lambda r, m: "From: Alex <alex@%s.example>\nSent: Monday, October 6, 2025 8:41 PM\nTo: team@%s.example\nSubject: RE: Zugang / access\n\n%s\n\nBest regards\nAlex\n" % (r.choice(WORDS), r.choice(WORDS), m)),
    ("teams_meeting_transcript_vtt", lambda r, m: "WEBVTT\n\n%s/%d-0\n00:12:04.120 --> 00:12:09.800\n<v Alex>%s</v>\n\n" % (uuid4(r), r.randrange(10, 99), m)),
    ("zoom_meeting_chat_txt", lambda r, m: "20:41:12 From Alex to Everyone:\n\t%s\n20:41:40 From Sam to Everyone:\n\tthx\n" % m),
    ("google_meet_chat_sidebar_copy", lambda r, m: "Alex\n8:41 PM\n%s\nSam\n8:42 PM\n👍\n" % m),
    ("helpscout_conversation_thread", lambda r, m: "Conversation #%d\nCustomer wrote:\n> %s\n\nNote (internal): please rotate after the call.\n" % (r.randrange(10000, 99999), m)),
    ("apple_notes_plaintext_export", lambda r, m: "Zugänge / access\n\n%s\n\nlast edited Oct 6, 2025 at 20:41\n" % m),
    ("trello_card_comment_json", lambda r, m: '{"id":"%s","type":"commentCard","data":{"text":"%s","card":{"name":"Onboarding"}},"date":"%s.000Z"}\n' % (rs(r, 24, HEX), m.replace('"', '\\"'), ts(r))),
    ("mastodon_dm_status_json", lambda r, m: '{"id":"%d","visibility":"direct","content":"<p>%s</p>","account":{"acct":"alex@%s.social"}}\n' % (r.randrange(10 ** 17, 10 ** 18), m.replace('"', '\\"').replace("<", "&lt;"), r.choice(WORDS))),
]

# ---- positives driver --------------------------------------------------------
WRAPPERS = [
    ("in_github_issue_comment", lambda r, t: ("CI is red since this morning, output below. Any idea what changed?\n\n```\n", t, "```\n\n_Edited: removed nothing, sorry for the wall of text_\n")),
    ("in_ai_assistant_chat", lambda r, t: ("can you tell me what's wrong with this? it worked yesterday\n\n", t, "\nthanks\n")),
    ("in_jira_noformat", lambda r, t: ("*Steps to reproduce*\n# deploy to staging\n# see attached output\n\n{noformat}\n", t, "{noformat}\n")),
    ("in_slack_code_block", lambda r, t: ("```", t, "```")),
    ("in_email_reply_quote", lambda r, t: ("Hi,\n\nsee the file you asked for.\n\n-----Original Message-----\n", t, "\n")),
    ("in_discourse_forum_post", lambda r, t: ("Hi everyone, first post here. I've configured everything like the docs say:\n\n```text\n", t, "```\n\nbut the service doesn't start. Help appreciated!\n")),
    ("in_teams_pasted_snippet", lambda r, t: ("<div><pre>", t, "</pre></div>")),
    ("in_gitlab_mr_suggestion", lambda r, t: ("```suggestion:-0+0\n", t, "```\n")),
]

USED_VALUES = []
USED_SET = set()


def uniq(r, g):
    for _ in range(50):
        v = g(r)
        if v not in USED_SET and len(v) >= 6:
            USED_SET.add(v)
            USED_VALUES.append(v)
            return v
    raise SystemExit("could not draw unique value")


def mkrec(kind, family, tpl, vals, section):
    text, spans = assemble(tpl, vals)
    spans.sort(key=lambda s: s["start"])
    return {"type": spans[0]["type"], "container": kind, "text": text, "secrets": spans, "source": "synthetic:privacy_ninth/build.py#" + section}, family


def wrap(r, rec, wname, wf):
    pre, _, post = wf(r, rec["text"])
    t = rec["text"]
    rec = dict(rec)
    rec["text"] = pre + t + post
    rec["secrets"] = [dict(s, start=s["start"] + len(pre), end=s["end"] + len(pre)) for s in rec["secrets"]]
    rec["container"] = rec["container"] + "__" + wname
    return rec


def build_positives():
    out = []
    fam = {}
    # 1. vendor tokens in generic containers
    r = random.Random(9001)
    use = {k: 0 for k, _, _ in GEN}
    order = list(range(len(GEN)))

    def pick_container():
        best = min(use[GEN[i][0]] for i in order)
        cands = [i for i in order if use[GEN[i][0]] == best]
        i = r.choice(cands)
        use[GEN[i][0]] += 1
        return GEN[i]

    vend = list(VENDOR)
    r.shuffle(vend)
    i = 0
    wi = 0
    while i < len(vend):
        k = 2 if (r.random() < 0.18 and i + 1 < len(vend)) else 1
        group = vend[i:i + k]
        i += k
        kind, family, f = pick_container()
        E = []
        vals = []
        for j, (t, var, g) in enumerate(group):
            E.append((var, P(j)))
            vals.append((uniq(r, g), t, None))
        # add harmless neighbours sometimes
        if r.random() < 0.35:
            E.insert(r.randrange(len(E) + 1), r.choice([("LOG_LEVEL", "info"), ("REGION", "eu-west-1"), ("APP_PORT", "8080"), ("FEATURE_FLAGS", "beta,search")]))
        tpl = f(r, E)
        rec, fm = mkrec(kind, family, tpl, vals, "vendor")
        if r.random() < 0.22:
            wn, wf = WRAPPERS[wi % len(WRAPPERS)]
            wi += 1
            rec = wrap(r, rec, wn, wf)
        out.append(rec)
        fam[rec["container"]] = fm
    # second placement for popular families
    popular = [v for v in VENDOR if v[0] in ("github_pat_classic", "openai_api_key", "anthropic_api_key", "stripe_secret_key", "slack_bot_token",
                                             "gitlab_pat", "sendgrid_api_key", "huggingface_token", "npm_access_token", "google_oauth_client_secret",
                                             "discord_bot_token", "telegram_bot_token", "datadog_api_key", "twilio_auth_token", "azure_storage_account_key",
                                             "cloudflare_api_token", "vault_service_token", "digitalocean_pat", "pypi_upload_token", "docker_hub_pat")]
    for t, var, g in popular:
        kind, family, f = pick_container()
        tpl = f(r, [(var, P(0))])
        rec, fm = mkrec(kind, family, tpl, [(uniq(r, g), t, None)], "vendor")
        if r.random() < 0.3:
            wn, wf = WRAPPERS[wi % len(WRAPPERS)]
            wi += 1
            rec = wrap(r, rec, wn, wf)
        out.append(rec)
        fam[rec["container"]] = fm
    # 2. key pairs
    r = random.Random(9002)
    for idt, idv, idg, st, sv, sg in PAIRS:
        kind, family, f = pick_container()
        E = [(idv, P(0)), ("REGION", r.choice(["eu-central-1", "us-east-1", "ap-southeast-1", "cn-hangzhou"])), (sv, P(1))]
        tpl = f(r, E)
        rec, fm = mkrec(kind, family, tpl, [(uniq(r, idg), idt, None), (uniq(r, sg), st, None)], "key_pairs")
        out.append(rec)
        fam[rec["container"]] = fm
    # 3. bespoke syntaxes
    r = random.Random(9003)
    for kind, family, specs, tpl in BESPOKE:
        vals = [(uniq(r, VGEN[g]), t, None) for t, g in specs]
        t2 = fill(tpl, r)
        if "%LEN0%" in t2:
            t2 = t2.replace("%LEN0%", str(len(vals[0][0])))
        t2 = re.sub(r"@(\d)@", lambda m: P(int(m.group(1))), t2)
        rec, fm = mkrec(kind, family, t2, vals, "bespoke")
        out.append(rec)
        fam[kind] = fm
    # 4. connection strings in host syntaxes
    r = random.Random(9004)
    for n, (dialect, t, ctpl) in enumerate(CONN):
        hname, hf = CONN_HOSTS[n % len(CONN_HOSTS)]
        c = fill(ctpl, r).replace("@0@", P(0))
        pw = uniq(r, safe_pw)
        tpl = hf(r, c)
        rec, fm = mkrec(dialect + "__" + hname, "connection_strings", tpl, [(pw, t, None)], "connection_strings")
        out.append(rec)
        fam[rec["container"]] = "connection_strings"
    # 5. private keys
    r = random.Random(9005)
    keys = []
    for b in range(4):
        pr = rsa_params(r, 2048)
        keys.append(("private_key_rsa", pem("RSA PRIVATE KEY", rsa_pkcs1_der(pr))))
        keys.append(("private_key_pkcs8", pem("PRIVATE KEY", rsa_pkcs8_der(pr))))
        keys.append(("private_key_openssh", openssh_rsa(r, pr, "deploy@%s" % r.choice(WORDS))))
    keys.append(("private_key_pkcs8", pem("PRIVATE KEY", ed25519_pkcs8(r))))
    keys.append(("private_key_ec", pem("EC PRIVATE KEY", ec_sec1_p256(r))))
    order_k = [1, 0, 3, 4, 2, 5, 8, 13, 11, 12, 6, 9]
    for n, (kind, pf, mode) in enumerate(PK_EMBED):
        t, k = keys[order_k[n]]
        pre, post = pf(k)
        pre = pre.replace("%s", str(r.randrange(10 ** 5, 10 ** 6))).replace("@HEX40@", rs(r, 40, HEX))
        post = post.replace("%s", host(r) if "ssh -i" in post else str(r.randrange(10 ** 19, 10 ** 20)))
        if mode == "json":
            span = k.replace("\n", "\\n")
            plain = k
        elif mode.startswith("indent"):
            ind = int(mode[-1])
            span = _indent(k, ind)[ind:]
            pre = pre + " " * ind
            plain = k
        else:
            span = k
            plain = None
        USED_SET.add(span)
        USED_VALUES.append(span)
        rec, fm = mkrec(kind, "private_key_embeddings", pre + P(0) + post, [(span, t, plain)], "private_keys")
        out.append(rec)
        fam[kind] = "private_key_embeddings"
    # 6. name-only generic secrets
    r = random.Random(9006)
    for n, (t, name) in enumerate(NAME_ONLY):
        hname, hfam, hf = NAME_ONLY_HOSTS[n % len(NAME_ONLY_HOSTS)]
        g = [human_pw, rand_pw, safe_pw, lambda rr: rs(rr, 32, HEX), lambda rr: b64e(rbytes(rr, 32))][n % 5]
        if hname in ("bash_assignment_quoted", "powershell_variable", "sql_set_variable", "php_define_const", "xml_attribute_pair", "csv_row_key_value", "ini_section_key", "env_file_line"):
            g = safe_pw if n % 2 else (lambda rr: rs(rr, 32, HEX))
        v = uniq(r, g)
        tpl = hf(name, P(0))
        rec, fm = mkrec("name_only__" + hname, hfam, tpl, [(v, t, None)], "name_only")
        out.append(rec)
        fam[rec["container"]] = hfam
    # 7. prose
    r = random.Random(9007)
    ci = 0
    vend_small = [v for v in VENDOR if v[0] in ("github_pat_classic", "gitlab_pat", "openai_api_key", "slack_bot_token", "stripe_secret_key",
                                                "sendgrid_api_key", "huggingface_token", "notion_integration_token", "linear_api_key",
                                                "shopify_access_token", "telegram_bot_token", "groq_api_key", "anthropic_api_key", "figma_pat",
                                                "digitalocean_pat", "postman_api_key", "atlassian_api_token", "airtable_pat", "sentry_user_token",
                                                "replicate_api_token", "mailchimp_api_key", "brevo_api_key", "resend_api_key", "asana_pat",
                                                "doppler_service_token", "pulumi_access_token", "dropbox_access_token", "perplexity_api_key",
                                                "npm_access_token", "square_access_token", "twitch_oauth_token")]
    for li, (lang, tpls) in enumerate(PROSE):
        for j, tp in enumerate(tpls):
            if j == 0:
                v, t = uniq(r, VGEN["psk"]), "wifi_psk"
            elif j == 1:
                v, t = uniq(r, human_pw if r.random() < 0.5 else safe_pw), "ssh_password"
            else:
                vt = vend_small[(li) % len(vend_small)]
                v, t = uniq(r, vt[2]), vt[0]
            msg = tp.replace("{h}", host(r)).replace("{u}", user(r)).replace("{p}", P(0))
            cname, cf = PROSE_CONTAINERS[ci % len(PROSE_CONTAINERS)]
            ci += 1
            # escape for JSON-ish containers happens on the message; secrets are JSON-safe by construction
            tpl = cf(r, msg)
            rec, fm = mkrec(cname + "__" + lang, "prose_messages", tpl, [(v, t, None)], "prose")
            out.append(rec)
            fam[rec["container"]] = "prose_messages"
    return out, fam

# ---- evasions ------------------------------------------------------------------
import html as _html

NATO = {"a": "alfa", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliett", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu",
        "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "niner"}
NATO_R = {v: k for k, v in NATO.items()}


def _rot47(s):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def _gz_b64(s):
    bio = io.BytesIO()
    with gzip.GzipFile(fileobj=bio, mode="wb", mtime=0) as g:
        g.write(s.encode())
    return b64e(bio.getvalue())


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]

ENC = {
    "base64": (lambda r, s: b64e(s.encode()), lambda v: base64.b64decode(v).decode()),
    "base64url_nopad": (lambda r, s: b64u_nopad(s.encode()), lambda v: base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)).decode()),
    "double_base64": (lambda r, s: b64e(b64e(s.encode()).encode()), lambda v: base64.b64decode(base64.b64decode(v)).decode()),
    "hex": (lambda r, s: s.encode().hex(), lambda v: bytes.fromhex(v).decode()),
    "base32": (lambda r, s: base64.b32encode(s.encode()).decode(), lambda v: base64.b32decode(v).decode()),
    "url_percent": (lambda r, s: "".join("%%%02X" % b for b in s.encode()), lambda v: urllib.parse.unquote(v)),
    "double_url_percent": (lambda r, s: "".join("%%25%02X" % b for b in s.encode()), lambda v: urllib.parse.unquote(urllib.parse.unquote(v))),
    "json_unicode_escape": (lambda r, s: "".join("\\u%04x" % ord(c) for c in s), lambda v: json.loads('"' + v + '"')),
    "html_hex_entities": (lambda r, s: "".join("&#x%x;" % ord(c) for c in s), lambda v: _html.unescape(v)),
    "fullwidth": (lambda r, s: "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s),
                  lambda v: "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in v)),
    "zero_width": (lambda r, s: "".join(c + (r.choice(ZW) if i < len(s) - 1 and i % 3 == 1 else "") for i, c in enumerate(s)),
                   lambda v: "".join(c for c in v if c not in ZW)),
    "reversed": (lambda r, s: s[::-1], lambda v: v[::-1]),
    "rot13": (lambda r, s: codecs.encode(s, "rot13"), lambda v: codecs.decode(v, "rot13")),
    "rot47": (lambda r, s: _rot47(s), lambda v: _rot47(v)),
    "char_code_array": (lambda r, s: "[" + ", ".join(str(ord(c)) for c in s) + "]", lambda v: "".join(chr(int(x)) for x in re.findall(r"\d+", v))),
    "string_concatenation": (None, lambda v: "".join(re.findall(r"[\"']([^\"']*)[\"']", v))),
    "split_across_lines": (None, lambda v: re.sub(r"\\\n[ \t]*", "", v)),
    "spaced_letters": (lambda r, s: " ".join(s), lambda v: v.replace(" ", "")),
    "nato_phonetic": (lambda r, s: " ".join(NATO[c] for c in s), lambda v: "".join(NATO_R[w] for w in v.split(" "))),
    "mime_encoded_word": (lambda r, s: "=?UTF-8?B?" + b64e(s.encode()) + "?=", lambda v: base64.b64decode(v[10:-2]).decode()),
    "gzip_base64": (lambda r, s: _gz_b64(s), lambda v: gzip.decompress(base64.b64decode(v)).decode()),
    "data_uri_base64": (lambda r, s: "data:text/plain;base64," + b64e(s.encode()), lambda v: base64.b64decode(v.split(",", 1)[1]).decode()),
}

# per encoding: 5 (container kind, template with @V@)
EVC = {
    "base64": [
        ("sealed_env_in_github_actions_step", "      - name: configure\n        run: echo \"@V@\" | base64 -d > ~/.config/tool/token\n"),
        ("argocd_cm_annotation_b64", "metadata:\n  annotations:\n    acme.io/bootstrap-token: \"@V@\"\n"),
        ("vba_macro_decode_call", "Private Const K As String = \"@V@\"\nSub Go()\n    key = DecodeBase64(K)\nEnd Sub\n"),
        ("postman_prerequest_atob", "const k = atob('@V@');\npm.request.headers.add({key: 'X-Api-Key', value: k});\n"),
        ("python_obfuscated_settings", "import base64\n_K = '@V@'\nDB_PASSWORD = base64.b64decode(_K).decode()\n"),
    ],
    "base64url_nopad": [
        ("jwt_like_claim_field", "{\"sub\":\"svc\",\"cfg\":\"@V@\",\"ver\":2}\n"),
        ("url_query_state_param", "https://app.%WORD%.example/callback?state=@V@&code_challenge_method=S256\n"),
        ("go_rawurlencoding_decode", "k, _ := base64.RawURLEncoding.DecodeString(\"@V@\")\nclient := api.New(string(k))\n"),
        ("cookie_value_encoded", "Set-Cookie: cfg=@V@; Path=/; HttpOnly\n"),
        ("android_shared_prefs_xml", "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"blob\">@V@</string>\n</map>\n"),
    ],
    "double_base64": [
        ("k8s_secret_data_double_encoded", "apiVersion: v1\nkind: Secret\ndata:\n  token: @V@\n"),
        ("shell_base64_d_twice", "TOKEN=$(echo @V@ | base64 -d | base64 -d)\n"),
        ("java_decoder_nested", "String k = new String(Base64.getDecoder().decode(Base64.getDecoder().decode(\"@V@\")));\n"),
        ("helm_values_b64_of_b64", "secret:\n  encoded: @V@  # b64(b64(token))\n"),
        ("terraform_nested_base64decode", "locals {\n  token = base64decode(base64decode(\"@V@\"))\n}\n"),
    ],
    "hex": [
        ("python_bytes_fromhex_decode", "KEY = bytes.fromhex(\"@V@\").decode()\n"),
        ("redis_cli_raw_hex_output", "127.0.0.1:6379> GET cfg:token:hex\n\"@V@\"\n"),
        ("sqlite_blob_literal", "INSERT INTO kv VALUES ('token', X'@V@');\n"),
        ("xxd_plain_dump_line", "$ xxd -p token.bin\n@V@\n"),
        ("node_buffer_from_hex", "const key = Buffer.from('@V@', 'hex').toString();\n"),
    ],
    "base32": [
        ("ini_value_base32", "[auth]\ntoken_b32 = @V@\n"),
        ("go_stdencoding_base32", "b, _ := base32.StdEncoding.DecodeString(\"@V@\")\n"),
        ("shell_base32_decode", "export API_KEY=\"$(echo '@V@' | base32 -d)\"\n"),
        ("yaml_b32_field", "vendor:\n  key_b32: \"@V@\"\n"),
        ("python_b32decode_call", "import base64\nKEY = base64.b32decode('@V@').decode()\n"),
    ],
    "url_percent": [
        ("access_log_fully_encoded_query", "%IP% - - [06/Oct/2025:10:11:12 +0000] \"GET /hook?k=@V@ HTTP/1.1\" 200 17 \"-\" \"curl/8.5.0\"\n"),
        ("form_body_encoded_password", "POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nuser=%USER%&pass=@V@\n"),
        ("js_decodeuricomponent", "const pw = decodeURIComponent('@V@');\n"),
        ("markdown_link_encoded", "[open dashboard](https://dash.%WORD%.example/?token=@V@)\n"),
        ("curl_data_urlencoded_preencoded", "curl -X POST https://api.%WORD%.example/auth -d 'secret=@V@'\n"),
    ],
    "double_url_percent": [
        ("proxy_log_double_encoded", "%IP% TCP_MISS/200 1204 GET http://gw.%WORD%.example/r?u=@V@ - HIER_DIRECT/%IP% text/html\n"),
        ("redirect_chain_param", "Location: https://sso.%WORD%.example/login?next=%2Fcb%3Fk%3D@V@\n"),
        ("waf_alert_json", "{\"rule\":\"942100\",\"uri\":\"/api?key=@V@\",\"action\":\"log\"}\n"),
        ("spreadsheet_hyperlink_formula", "=HYPERLINK(\"https://bi.%WORD%.example/embed?t=@V@\",\"Report\")\n"),
        ("email_tracking_link", "Click here: https://t.%WORD%.example/c?u=@V@\n"),
    ],
    "json_unicode_escape": [
        ("json_config_all_escaped", "{\n  \"service\": \"billing\",\n  \"apiKey\": \"@V@\"\n}\n"),
        ("browser_localstorage_dump", "localStorage.setItem(\"auth\", \"@V@\");\n"),
        ("go_json_test_payload", "payload := `{\"token\":\"@V@\"}`\n"),
        ("jsonl_event_stream", "{\"event\":\"login\",\"secret\":\"@V@\"}\n"),
        ("vscode_secret_storage_export", "{\"extension.secret\":\"@V@\"}\n"),
    ],
    "html_hex_entities": [
        ("html_data_attribute_entities", "<div id=\"app\" data-key=\"@V@\"></div>\n"),
        ("rss_description_entities", "<item><title>config</title><description>token: @V@</description></item>\n"),
        ("wordpress_post_content", "<!-- wp:paragraph --><p>Staging key: @V@</p><!-- /wp:paragraph -->\n"),
        ("xml_config_text_node", "<settings><apiKey>@V@</apiKey></settings>\n"),
        ("email_html_part", "<html><body><p>Your access key is <b>@V@</b></p></body></html>\n"),
    ],
    "fullwidth": [
        ("chat_ime_fullwidth_ja", "山田: 本番のキーはこれです → @V@\n"),
        ("ticket_fullwidth_zh", "工单备注：密钥 @V@ 请尽快更换\n"),
        ("yaml_value_fullwidth_pasted", "vendor:\n  token: \"@V@\"\n"),
        ("spreadsheet_cell_fullwidth", "サービス,キー\n決済,@V@\n"),
        ("word_doc_extract_fullwidth", "接続情報\nパスワード：@V@\n"),
    ],
    "zero_width": [
        ("teams_message_zwsp", "<p>here you go: @V@</p>\n"),
        ("confluence_copy_zwsp", "API key (prod): @V@\n"),
        ("python_literal_zwsp", "TOKEN = \"@V@\"\n"),
        ("env_value_zwsp", "VENDOR_KEY=@V@\n"),
        ("notion_copy_zwsp", "• staging secret → @V@\n"),
    ],
    "reversed": [
        ("python_reverse_slice", "KEY = \"@V@\"[::-1]\n"),
        ("js_split_reverse_join_literal", "const k = '@V@'.split('').reverse().join('');\n"),
        ("bash_rev_command", "TOKEN=$(echo '@V@' | rev)\n"),
        ("ruby_string_reverse", "API_KEY = '@V@'.reverse\n"),
        ("csharp_array_reverse", "var k = new string(\"@V@\".Reverse().ToArray());\n"),
    ],
    "rot13": [
        ("python_codecs_rot13_call", "import codecs\nPW = codecs.decode('@V@', 'rot13')\n"),
        ("tr_rot13_shell", "export TOKEN=$(echo '@V@' | tr 'A-Za-z' 'N-ZA-Mn-za-m')\n"),
        ("forum_spoiler_rot13", "[spoiler]key (rot13): @V@[/spoiler]\n"),
        ("perl_tr_rot13", "($k = '@V@') =~ tr/A-Za-z/N-ZA-Mn-za-m/;\n"),
        ("vim_g_question_note", "\" decode with g?? in vim\nlet g:api_key = '@V@'\n"),
    ],
    "rot47": [
        ("python_rot47_helper", "def rot47(s):\n    return ''.join(chr(33 + (ord(c) + 14) % 94) if 33 <= ord(c) <= 126 else c for c in s)\nKEY = rot47(\"@V@\")\n"),
        ("tr_rot47_shell", "TOKEN=$(echo '@V@' | tr '!-~' 'P-~!-O')\n"),
        ("cyberchef_recipe_note", "Recipe: ROT47(47)\nInput: @V@\n"),
        ("js_rot47_inline", "const key = rot47(\"@V@\");\n"),
        ("ini_rot47_value", "[vendor]\n; rot47\nsecret=@V@\n"),
    ],
    "char_code_array": [
        ("js_fromcharcode_apply", "const k = String.fromCharCode.apply(null, @V@);\n"),
        ("python_bytes_list_join", "PW = ''.join(map(chr, @V@))\n"),
        ("java_int_array_loop", "int[] c = @V@;\nStringBuilder sb = new StringBuilder();\nfor (int x : c) sb.append((char) x);\n"),
        ("powershell_char_join", "$k = -join (@V@ | ForEach-Object {[char]$_})\n"),
        ("go_rune_slice", "k := string([]rune{@V@})\n"),
    ],
    "string_concatenation": [
        ("js_plus_concat_multiline", "const token = @V@;\n"),
        ("python_plus_concat", "TOKEN = @V@\n"),
        ("php_dot_concat_const", "<?php\n$key = @V@;\n"),
        ("sql_pipe_concat_select", "SELECT @V@ AS k;\n"),
        ("vb_ampersand_concat_line", "Dim k As String = @V@\n"),
    ],
    "split_across_lines": [
        ("shell_backslash_export", "export API_KEY=@V@\n"),
        ("dockerfile_env_continuation", "FROM alpine:3.20\nENV TOKEN=@V@\n"),
        ("c_string_macro_continuation", "#define API_KEY \"@V@\"\n"),
        ("properties_continuation_value", "vendor.key=@V@\n"),
        ("makefile_var_continuation", "TOKEN := @V@\n"),
    ],
    "spaced_letters": [
        ("sms_code_spaced", "Your key is: @V@\n"),
        ("slide_deck_ocr_text", "Slide 4 - Credentials\n@V@\n"),
        ("chat_spaced_to_dodge_bot", "not pasting it directly lol: @V@\n"),
        ("pdf_letterspaced_extract", "Access key\n@V@\n"),
        ("screen_reader_transcript", "reading out: @V@\n"),
    ],
    "nato_phonetic": [
        ("helpdesk_call_notes", "Call notes 10:42 - user read the recovery key over the phone:\n@V@\n"),
        ("radio_log_transcript", "[ops-radio 14:02] key is @V@, over\n"),
        ("voice_assistant_dictation", "Dictated note: wifi password @V@ end note\n"),
        ("pilot_style_handover", "Handover: locker code and gateway token - @V@\n"),
        ("call_center_crm_note", "Customer confirmed token spelled: @V@\n"),
    ],
    "mime_encoded_word": [
        ("email_subject_encoded_word", "From: alerts@%WORD%.example\nTo: ops@%WORD%.example\nSubject: @V@\nContent-Type: text/plain\n\nsee subject\n"),
        ("mbox_header_x_note", "From MAILER-DAEMON Mon Oct  6 10:00:00 2025\nX-Note: @V@\n\n"),
        ("eml_attachment_filename", "Content-Disposition: attachment; filename=\"@V@\"\n"),
        ("procmail_log_subject", "From %USER%@%WORD%.example  Mon Oct  6 10:02:11 2025\n Subject: @V@\n  Folder: INBOX\n"),
        ("nntp_article_header", "Newsgroups: alt.test\nSubject: @V@\nMessage-ID: <%HEX16%@news.example>\n"),
    ],
    "gzip_base64": [
        ("k8s_configmap_binarydata_gzip", "apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  token.gz: @V@\n"),
        ("python_gzip_b64_literal", "import gzip, base64\nKEY = gzip.decompress(base64.b64decode('@V@')).decode()\n"),
        ("shell_gunzip_b64", "echo '@V@' | base64 -d | gunzip > /run/secrets/token\n"),
        ("terraform_base64gzip_output", "output \"blob\" {\n  value = \"@V@\"\n}\n"),
        ("ansible_copy_content_gz", "- copy:\n    dest: /etc/app/key.gz.b64\n    content: \"@V@\"\n"),
    ],
    "data_uri_base64": [
        ("html_a_href_data_uri", "<a download=\"key.txt\" href=\"@V@\">download key</a>\n"),
        ("markdown_image_data_uri_misuse", "![key](@V@)\n"),
        ("js_fetch_data_uri", "const k = await (await fetch('@V@')).text();\n"),
        ("json_attachment_field", "{\"name\":\"token.txt\",\"url\":\"@V@\"}\n"),
        ("css_content_data_uri", ".x::after { content: url(\"@V@\"); }\n"),
    ],
}


CCA_BRACKETS = {"go_rune_slice": ("", ""), "powershell_char_join": ("@(", ")"), "java_int_array_loop": ("{", "}")}


def _concat(r, s, style):
    n = r.randrange(3, 5)
    cuts = sorted(r.sample(range(1, len(s)), n - 1))
    parts = [s[a:b] for a, b in zip([0] + cuts, cuts + [len(s)])]
    q = "'" if style in ("php", "sql") else '"'
    op = {"js": " +\n  ", "py": " + ", "php": " .\n  ", "sql": " || ", "vb": " & "}[style]
    return op.join(q + p + q for p in parts)


def _split(r, s, style):
    c = r.randrange(len(s) // 3, 2 * len(s) // 3)
    ind = {"sh": "  ", "docker": "    ", "c": "", "prop": "    ", "make": "\t"}[style]
    return s[:c] + "\\\n" + ind + s[c:]


def build_evasions():
    r = random.Random(9100)
    pool = [v for v in VENDOR if v[0] in (
        "github_pat_classic", "gitlab_pat", "openai_api_key_legacy", "anthropic_api_key", "slack_bot_token", "stripe_secret_key",
        "sendgrid_api_key", "huggingface_token", "npm_access_token", "digitalocean_pat", "groq_api_key", "shopify_access_token",
        "telegram_bot_token", "linear_api_key", "postman_api_key", "doppler_service_token", "pulumi_access_token", "figma_pat",
        "replicate_api_token", "sentry_user_token", "docker_hub_pat", "twilio_auth_token", "datadog_api_key", "mailchimp_api_key")]
    out = []
    for enc in sorted(EVC):
        ef, df = ENC[enc]
        for ci, (kind, tpl) in enumerate(EVC[enc]):
            if enc == "nato_phonetic":
                plain, t = uniq(r, lambda rr: rs(rr, 12, LOW + DIG)), r.choice(["wifi_psk", "vpn_password", "generic_password", "router_admin_password", "generic_token"])
            elif ci == 4 and enc not in ("spaced_letters",):
                plain, t = uniq(r, safe_pw), "database_password"
            else:
                vt = pool[(len(out) * 7) % len(pool)]
                plain, t = uniq(r, vt[2]), vt[0]
            if enc == "spaced_letters":
                plain = plain.replace(" ", "")
            if enc == "string_concatenation":
                v = _concat(r, plain, ["js", "py", "php", "sql", "vb"][ci])
            elif enc == "split_across_lines":
                v = _split(r, plain, ["sh", "docker", "c", "prop", "make"][ci])
            else:
                v = ef(r, plain)
            if kind in CCA_BRACKETS:
                o, c = CCA_BRACKETS[kind]
                v = o + v[1:-1] + c
            text = fill(tpl, r).replace("@V@", v)
            s = text.index(v)
            out.append({"type": t, "container": kind, "encoding": enc, "text": text,
                        "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t, "plain": plain}],
                        "source": "synthetic:privacy_ninth/build.py#evasions"})
    return out

# ---- negatives -----------------------------------------------------------------
NEG = {}


def neg(cls, kind):
    def deco(f):
        NEG.setdefault(cls, []).append((kind, f))
        return f
    return deco


# documentation examples (published, protect nothing)
@neg("documentation_example", "aws_cli_docs_configure_session")
def _(r):
    return "$ aws configure --profile docs\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json\n"


@neg("documentation_example", "jwt_io_default_token_in_test")
def _(r):
    return "// taken from jwt.io to test the decoder only\nconst sample = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';\nexpect(decode(sample).name).toBe('John Doe');\n"


@neg("documentation_example", "rfc7617_basic_auth_example")
def _(r):
    return "Per RFC 7617 section 2, the user-id \"Aladdin\" and password \"open sesame\" give:\n\n    Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n"


@neg("documentation_example", "azurite_connection_string_readme")
def _(r):
    return "For local development use the Azurite emulator:\n\n```\nDefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n```\n"


@neg("documentation_example", "hardhat_default_account_note")
def _(r):
    return "# Hardhat node default account #0 (publicly known, never use on mainnet)\n# Account #0: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (10000 ETH)\n# Private Key: 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"


@neg("documentation_example", "minio_quickstart_defaults")
def _(r):
    return "docker run -p 9000:9000 -p 9001:9001 \\\n  -e MINIO_ROOT_USER=minioadmin -e MINIO_ROOT_PASSWORD=minioadmin \\\n  quay.io/minio/minio server /data --console-address \":9001\"\n"


@neg("documentation_example", "stripe_docs_test_key_snippet")
def _(r):
    return "curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 -d currency=usd\n# (key from the Stripe API reference)\n"


# placeholders / templates
@neg("placeholder_template", "helm_values_go_template")
def _(r):
    return "env:\n  - name: API_KEY\n    value: {{ .Values.vendor.apiKey | quote }}\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: {{ include \"app.fullname\" . }}-db\n        key: password\n"


@neg("placeholder_template", "dotenv_example_angle_brackets")
def _(r):
    return "# copy to .env and fill in\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"


@neg("placeholder_template", "ansible_jinja_lookup_password")
def _(r):
    return "- name: create db user\n  community.postgresql.postgresql_user:\n    name: app\n    password: \"{{ lookup('env', 'APP_DB_PASSWORD') }}\"\n    login_password: \"{{ vault_pg_admin_password }}\"\n"


@neg("placeholder_template", "github_actions_secrets_expression")
def _(r):
    return "      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          PASSWORD: ${{ vars.DB_PASSWORD_REF }}\n"


@neg("placeholder_template", "docker_compose_env_interpolation")
def _(r):
    return "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      PGDATA: /var/lib/postgresql/data/pgdata\n"


@neg("placeholder_template", "terraform_variable_sensitive_no_default")
def _(r):
    return "variable \"db_password\" {\n  type      = string\n  sensitive = true\n  # no default: pass with TF_VAR_db_password\n}\n"


@neg("placeholder_template", "spring_property_placeholder")
def _(r):
    return "spring.datasource.password=${DB_PASSWORD}\nspring.mail.password=${MAIL_PASSWORD:changeme-in-env}\napp.jwt.secret=${JWT_SECRET}\n"


# publishable / public by design
@neg("publishable_key", "stripe_js_publishable_init")
def _(r):
    return "const stripe = Stripe('pk_live_51%s');\nconst elements = stripe.elements();\n" % rs(r, 97)


@neg("publishable_key", "firebase_web_config_object")
def _(r):
    return "const firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"%s-app.firebaseapp.com\",\n  projectId: \"%s-app\",\n  appId: \"1:%d:web:%s\"\n};\n" % (
        rs(r, 35, B64U), r.choice(WORDS), r.choice(WORDS), r.randrange(10 ** 11, 10 ** 12), rs(r, 22, HEX))


@neg("publishable_key", "sentry_dsn_browser_init")
def _(r):
    return "Sentry.init({\n  dsn: \"https://%s@o%d.ingest.de.sentry.io/%d\",\n  tracesSampleRate: 0.1,\n});\n" % (rs(r, 32, HEX), r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 6, 10 ** 7))


@neg("publishable_key", "posthog_snippet_phc")
def _(r):
    return "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' })\n" % rs(r, 43)


@neg("publishable_key", "recaptcha_site_key_html")
def _(r):
    return "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>\n" % rs(r, 38, B64U)


@neg("publishable_key", "mapbox_public_token_gl_js")
def _(r):
    return "mapboxgl.accessToken = 'pk.%s.%s';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });\n" % (
        b64u_nopad(json.dumps({"u": r.choice(WORDS), "a": rs(r, 25, AL)}, separators=(",", ":")).encode()), rs(r, 22, B64U))


@neg("publishable_key", "algolia_search_only_instantsearch")
def _(r):
    return "const searchClient = algoliasearch('%s', '%s'); // search-only key, safe for the browser\n" % (rs(r, 10, AU), rs(r, 32, HEX))


@neg("publishable_key", "clerk_publishable_env_next")
def _(r):
    return "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s\nNEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in\n" % b64u_nopad(("clerk.%s.example$" % r.choice(WORDS)).encode())


# secret-manager references
@neg("secret_manager_reference", "external_secrets_remote_ref")
def _(r):
    return "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/%s/db\n        property: password\n" % r.choice(WORDS)


@neg("secret_manager_reference", "op_inject_template_env")
def _(r):
    return "DB_PASSWORD=op://Infra/%s-db/password\nSTRIPE_KEY=op://Payments/stripe/credential\n" % r.choice(WORDS)


@neg("secret_manager_reference", "azure_appsettings_keyvault_reference")
def _(r):
    return "{\n  \"name\": \"DbPassword\",\n  \"value\": \"@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/db-password/%s)\"\n}\n" % (r.choice(WORDS), rs(r, 32, HEX))


@neg("secret_manager_reference", "aws_ssm_parameter_arn_in_taskdef")
def _(r):
    return "\"secrets\": [\n  {\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:ssm:eu-west-1:%d:parameter/prod/db/password\"}\n]\n" % r.randrange(10 ** 11, 10 ** 12)


@neg("secret_manager_reference", "vault_agent_template_stanza")
def _(r):
    return "template {\n  contents = <<EOT\n{{ with secret \"database/creds/readonly\" }}PGPASSWORD={{ .Data.password }}{{ end }}\nEOT\n  destination = \"/run/secrets/pg.env\"\n}\n"


@neg("secret_manager_reference", "gcp_secret_manager_env_binding")
def _(r):
    return "gcloud run deploy api --image=eu.gcr.io/%s/api --set-secrets=DB_PASS=db-pass:latest,API_KEY=vendor-key:3\n" % r.choice(WORDS)


@neg("secret_manager_reference", "doppler_run_command")
def _(r):
    return "doppler run --project %s --config prd -- npm start\n" % r.choice(WORDS)


# hashes / digests
@neg("hash_digest", "sha256sums_file")
def _(r):
    return "\n".join("%s  %s" % (rs(r, 64, HEX), f) for f in ("app-linux-amd64.tar.gz", "app-darwin-arm64.tar.gz", "app-windows-amd64.zip")) + "\n"


@neg("hash_digest", "etc_shadow_yescrypt")
def _(r):
    return "root:*:19800:0:99999:7:::\n%s:$y$j9T$%s$%s:20001:0:99999:7:::\n" % (user(r), rs(r, 22, A62 + "./"), rs(r, 43, A62 + "./"))


@neg("hash_digest", "htpasswd_bcrypt_lines")
def _(r):
    return "admin:$2y$05$%s\nviewer:$2y$05$%s\n" % (rs(r, 53, A62 + "./"), rs(r, 53, A62 + "./"))


@neg("hash_digest", "qbittorrent_pbkdf2_conf")
def _(r):
    return "[Preferences]\nWebUI\\Port=8080\nWebUI\\Username=admin\nWebUI\\Password_PBKDF2=\"@ByteArray(%s==:%s==)\"\n" % (rs(r, 22, B64), rs(r, 86, B64))


@neg("hash_digest", "pihole_setupvars_webpassword_hash")
def _(r):
    return "PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\nWEBPASSWORD=%s\nBLOCKING_ENABLED=true\n" % rs(r, 64, HEX)


@neg("hash_digest", "git_lfs_pointer")
def _(r):
    return "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, 64, HEX), r.randrange(10 ** 4, 10 ** 8))


@neg("hash_digest", "npm_lockfile_integrity")
def _(r):
    return "    \"node_modules/left-pad\": {\n      \"version\": \"1.3.0\",\n      \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",\n      \"integrity\": \"sha512-%s==\"\n    },\n" % rs(r, 86, B64)


@neg("hash_digest", "adguard_home_users_bcrypt")
def _(r):
    return "users:\n  - name: admin\n    password: $2a$10$%s\nhttp:\n  address: 0.0.0.0:3000\n" % rs(r, 53, A62 + "./")


# uuid / request ids
@neg("uuid_request_id", "aws_cli_error_request_id")
def _(r):
    return "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nRequest ID: %s\nExtended Request ID: %s=\n" % (rs(r, 16, AU), rs(r, 75, B64))


@neg("uuid_request_id", "http_response_trace_headers")
def _(r):
    return "HTTP/2 500\nx-request-id: %s\nx-amzn-trace-id: Root=1-%s-%s\ntraceparent: 00-%s-%s-01\n" % (uuid4(r), rs(r, 8, HEX), rs(r, 24, HEX), rs(r, 32, HEX), rs(r, 16, HEX))


@neg("uuid_request_id", "azure_resource_ids")
def _(r):
    return "Subscription: %s\nTenant: %s\nClient (app) ID: %s\nObject ID: %s\n" % (uuid4(r), uuid4(r), uuid4(r), uuid4(r))


@neg("uuid_request_id", "stripe_object_ids_log")
def _(r):
    return "charge.succeeded ch_%s customer=cus_%s pi=pi_%s evt=evt_%s\n" % (rs(r, 24), rs(r, 14), rs(r, 24), rs(r, 24))


@neg("uuid_request_id", "slack_ids_in_api_response")
def _(r):
    return "{\"ok\":true,\"channel\":\"C%s\",\"ts\":\"%d.%06d\",\"message\":{\"bot_id\":\"B%s\",\"team\":\"T%s\",\"user\":\"U%s\"}}\n" % (
        rs(r, 10, AU), 1759000000 + r.randrange(10 ** 6), r.randrange(10 ** 6), rs(r, 10, AU), rs(r, 8, AU), rs(r, 10, AU))


@neg("uuid_request_id", "twilio_account_sid_only")
def _(r):
    return "Twilio console > Account Info\nAccount SID: AC%s\nMy Twilio phone number: +1 415 555 %04d\n" % (rs(r, 32, HEX), r.randrange(10000))


# image digests
@neg("image_digest", "kubectl_get_pod_image_ids")
def _(r):
    return "$ kubectl get pod api-0 -o jsonpath='{.status.containerStatuses[*].imageID}'\nghcr.io/acme/api@sha256:%s docker.io/library/redis@sha256:%s\n" % (rs(r, 64, HEX), rs(r, 64, HEX))


@neg("image_digest", "docker_images_digests_table")
def _(r):
    return "REPOSITORY        TAG       DIGEST                                                                    IMAGE ID       SIZE\nnginx             1.27      sha256:%s   %s   188MB\n" % (rs(r, 64, HEX), rs(r, 12, HEX))


@neg("image_digest", "renovate_pr_digest_bump")
def _(r):
    return "| Package | Update | Change |\n|---|---|---|\n| node | digest | `%s` -> `%s` |\n" % (rs(r, 7, HEX), rs(r, 7, HEX))


# benign base64
@neg("benign_base64", "png_data_uri_css")
def _(r):
    return ".icon { background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ%s\"); }\n" % rs(r, 120, B64)


@neg("benign_base64", "k8s_configmap_ca_bundle_b64")
def _(r):
    return "webhooks:\n  - name: validate.acme.io\n    clientConfig:\n      caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t%s\n" % rs(r, 200, B64)


@neg("benign_base64", "base64_json_feature_flag_cookie")
def _(r):
    return "Cookie: ff=%s; theme=dark\n" % b64e(json.dumps({"newCheckout": True, "variant": r.choice("ABC"), "ts": 1759000000 + r.randrange(10 ** 6)}).encode())


@neg("benign_base64", "pagination_cursor_response")
def _(r):
    return "{\"data\":[],\"next_cursor\":\"%s\"}\n" % b64e(json.dumps({"id": r.randrange(10 ** 6), "created": ts(r)}).encode())


@neg("benign_base64", "email_mime_attachment_pdf")
def _(r):
    return "Content-Type: application/pdf; name=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcKJeLjz9MK%s\n" % rs(r, 76, B64)


# masked values
@neg("masked_value", "gh_secret_list_output")
def _(r):
    return "$ gh secret list\nNAME             UPDATED\nDEPLOY_TOKEN     about 2 days ago\nNPM_TOKEN        about 1 month ago\n"


@neg("masked_value", "ci_log_masked_stars")
def _(r):
    return "%sZ + docker login -u ci -p *** registry.gitlab.com\n%sZ WARNING! Using --password via the CLI is insecure.\n%sZ Login Succeeded\n" % (ts(r), ts(r), ts(r))


@neg("masked_value", "vercel_env_ls_encrypted")
def _(r):
    return "> Environment Variables found for acme/web [120ms]\n\n name              value          environments\n DATABASE_URL      Encrypted      Production, Preview\n OPENAI_API_KEY    Encrypted      Production\n"


@neg("masked_value", "redacted_partial_token_in_ticket")
def _(r):
    return "The key starting with sk-proj-%s…%s was revoked at 10:42 UTC; please use the new one from the vault.\n" % (rs(r, 4), rs(r, 4))


@neg("masked_value", "kubectl_describe_secret_bytes")
def _(r):
    return "Name:         app-secrets\nNamespace:    prod\nType:  Opaque\n\nData\n====\nDB_PASSWORD:  24 bytes\nAPI_KEY:      51 bytes\n"


@neg("masked_value", "grafana_datasource_secure_fields")
def _(r):
    return "{\"id\":3,\"name\":\"Postgres\",\"type\":\"postgres\",\"secureJsonFields\":{\"password\":true},\"user\":\"grafana\"}\n"


# password prose without a secret
@neg("password_prose_no_secret", "security_policy_paragraph")
def _(r):
    return "Passwords must be at least 14 characters and are rotated every 90 days. Never share your password or API token in chat; use the password manager's share feature instead.\n"


@neg("password_prose_no_secret", "reset_password_email")
def _(r):
    return "Hi %s,\n\nSomeone requested a password reset for your account. If this was you, click the link below within 30 minutes. If not, you can ignore this e-mail.\n" % user(r)


@neg("password_prose_no_secret", "german_ticket_password_forgotten")
def _(r):
    return "Hallo, ich habe mein Passwort vergessen und komme nicht mehr ins VPN. Können Sie es bitte zurücksetzen? Danke!\n"


@neg("password_prose_no_secret", "japanese_chat_token_expired")
def _(r):
    return "APIトークンの有効期限が切れたみたいです。新しいトークンを発行してもらえますか？\n"


@neg("password_prose_no_secret", "code_review_password_field_rename")
def _(r):
    return "nit: rename `password` to `passwordHash` here, we never store the plain password in this table.\n"


@neg("password_prose_no_secret", "spanish_wifi_question")
def _(r):
    return "¿Alguien sabe cuál es la contraseña del wifi de la sala 2? La de siempre ya no funciona.\n"


# fake fixtures
@neg("fake_fixture", "pytest_fixture_dummy_creds")
def _(r):
    return "@pytest.fixture\ndef creds():\n    return {\"api_key\": \"test-api-key\", \"secret\": \"dummy-secret\", \"password\": \"password123\"}\n"


@neg("fake_fixture", "jest_mock_env")
def _(r):
    return "process.env.STRIPE_SECRET_KEY = 'sk_test_mock';\nprocess.env.GITHUB_TOKEN = 'fake-token-for-tests';\n"


@neg("fake_fixture", "all_x_placeholder_key")
def _(r):
    return "CLOUDFLARE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDD_API_KEY=00000000000000000000000000000000\n"


@neg("fake_fixture", "localstack_moto_test_env")
def _(r):
    return "# tests/conftest.py\nos.environ[\"AWS_ACCESS_KEY_ID\"] = \"testing\"\nos.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"testing\"\nos.environ[\"AWS_ENDPOINT_URL\"] = \"http://localhost:%d\"\nBUCKET = \"test-%s\"\n" % (r.randrange(4500, 4600), r.choice(WORDS))


@neg("fake_fixture", "faker_seeded_factory_fixture")
def _(r):
    return "class UserFactory(factory.Factory):\n    class Meta:\n        model = User\n    username = factory.Sequence(lambda n: f\"user{n}\")\n    password = \"not-a-real-password\"  # factory seed %d\n" % r.randrange(10 ** 6)


@neg("fake_fixture", "storybook_mock_api_handler")
def _(r):
    return "export const handlers = [\n  http.post('/api/login', () => HttpResponse.json({ token: 'mock-token-%s', user: '%s' })),\n];\n" % (r.choice(["abc", "xyz", "123", "demo"]), r.choice(WORDS))


# high-entropy non-secrets
@neg("high_entropy_non_secret", "git_log_oneline_full")
def _(r):
    return "\n".join("%s %s" % (rs(r, 40, HEX), m) for m in ("fix: retry on 429", "chore(deps): bump axios", "feat: export csv")) + "\n"


@neg("high_entropy_non_secret", "ethereum_tx_hash_receipt")
def _(r):
    return "Transaction Hash: 0x%s\nBlock: %d\nFrom: 0x%s\nStatus: Success\n" % (rs(r, 64, HEX), r.randrange(10 ** 7, 2 * 10 ** 7), rs(r, 40, HEX))


@neg("high_entropy_non_secret", "csrf_hidden_input")
def _(r):
    return "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"%s\">\n" % rs(r, 64, A62)


@neg("high_entropy_non_secret", "youtube_video_and_playlist_ids")
def _(r):
    return "https://www.youtube.com/watch?v=%s&list=PL%s\n" % (rs(r, 11, B64U), rs(r, 32, B64U))


@neg("high_entropy_non_secret", "bitcoin_address_donation")
def _(r):
    return "Donations: bc1q%s\n" % rs(r, 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


# public keys / certificates
@neg("public_key_certificate", "authorized_keys_ed25519")
def _(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop\n" % (rs(r, 43, B64), user(r))


@neg("public_key_certificate", "age_recipient_sops_yaml")
def _(r):
    return "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: %s\n" % bech32("age", rbytes(r, 32))


@neg("public_key_certificate", "gpg_public_key_block_header")
def _(r):
    return "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % (rs(r, 60, B64), rs(r, 4, B64))


@neg("public_key_certificate", "dkim_txt_record")
def _(r):
    return "selector1._domainkey.%s.example. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"\n" % (r.choice(WORDS), rs(r, 120, B64))


@neg("public_key_certificate", "jwks_endpoint_response")
def _(r):
    return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"%s\",\"alg\":\"RS256\",\"n\":\"%s\",\"e\":\"AQAB\"}]}\n" % (rs(r, 16, HEX), rs(r, 342, B64U))


# empty password fields
@neg("empty_password_field", "dotenv_blank_values")
def _(r):
    return "DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\nREDIS_PASSWORD=\nSMTP_PASSWORD=\"\"\n"


@neg("empty_password_field", "mysql_empty_root_compose")
def _(r):
    return "services:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: \"yes\"\n      MYSQL_ROOT_PASSWORD: \"\"\n"


@neg("empty_password_field", "json_password_null")
def _(r):
    return "{\"host\":\"%s\",\"user\":\"readonly\",\"password\":null,\"ssl\":true}\n" % host(r)


@neg("empty_password_field", "minecraft_rcon_disabled")
def _(r):
    return "enable-rcon=false\nrcon.password=\nrcon.port=25575\nserver-port=25565\n"


@neg("empty_password_field", "wpa_supplicant_open_network")
def _(r):
    return "network={\n\tssid=\"%s-Guest\"\n\tkey_mgmt=NONE\n}\n" % r.choice(WORDS)


# timestamps / versions next to secret words
@neg("timestamp_version_near_secret", "token_expiry_metadata")
def _(r):
    return "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"issued_at\":%d,\"scope\":\"read:org\"}\n" % (1759000000 + r.randrange(10 ** 6))


@neg("timestamp_version_near_secret", "password_last_changed_ldap")
def _(r):
    return "dn: uid=%s,ou=people,dc=corp,dc=example\npwdChangedTime: 2025%02d%02d101112Z\npwdFailureTime: 2025%02d%02d080000Z\n" % (user(r), r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 13), r.randrange(1, 29))


@neg("timestamp_version_near_secret", "secret_version_list")
def _(r):
    return "$ gcloud secrets versions list db-pass\nNAME  STATE     CREATED              DESTROYED\n3     enabled   2025-10-01T10:12:44  -\n2     disabled  2025-07-01T09:00:01  -\n"


@neg("timestamp_version_near_secret", "auth_library_versions_lock")
def _(r):
    return "passport-jwt@4.0.1\njsonwebtoken@9.0.2\nbcrypt@5.1.1\noauth4webapi@2.17.0\n"


# ciphertext
@neg("ciphertext", "sops_encrypted_yaml")
def _(r):
    return "db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]\nsops:\n    age:\n        - recipient: %s\n" % (
        rs(r, 24, B64), rs(r, 43, B64) + "=", rs(r, 22, B64), bech32("age", rbytes(r, 32)))


@neg("ciphertext", "ansible_vault_inline")
def _(r):
    return "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          %s\n          %s\n" % (rs(r, 80, HEX), rs(r, 80, HEX))


@neg("ciphertext", "sealed_secret_encrypted_data")
def _(r):
    return "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB%s==\n" % rs(r, 300, B64)


@neg("ciphertext", "jasypt_enc_properties")
def _(r):
    return "spring.datasource.password=ENC(%s)\n" % rs(r, 64, B64)


@neg("ciphertext", "pgp_message_armored")
def _(r):
    return "-----BEGIN PGP MESSAGE-----\n\nhF4D%s\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (rs(r, 60, B64), rs(r, 64, B64), rs(r, 4, B64))


@neg("ciphertext", "transmission_hashed_rpc_password")
def _(r):
    return "    \"rpc-password\": \"{%s\",\n" % rs(r, 48, HEX)


# webhook signatures
@neg("webhook_signature", "stripe_signature_header")
def _(r):
    return "Stripe-Signature: t=%d,v1=%s,v0=%s\n" % (1759000000 + r.randrange(10 ** 6), rs(r, 64, HEX), rs(r, 64, HEX))


@neg("webhook_signature", "github_hub_signature_256")
def _(r):
    return "X-GitHub-Event: push\nX-GitHub-Delivery: %s\nX-Hub-Signature-256: sha256=%s\n" % (uuid4(r), rs(r, 64, HEX))


@neg("webhook_signature", "svix_webhook_headers")
def _(r):
    return "svix-id: msg_%s\nsvix-timestamp: %d\nsvix-signature: v1,%s=\n" % (rs(r, 27), 1759000000 + r.randrange(10 ** 6), rs(r, 43, B64))


@neg("webhook_signature", "s3_presigned_url_sig_with_example_key")
def _(r):
    return "https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%%2F20251006%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20251006T101112Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\n" % rs(r, 64, HEX)


NEG_WRAPS = [
    ("in_markdown_fence", lambda t: "```\n" + t + "```\n"),
    ("in_github_issue_body", lambda t: "### Logs\n\n<details><summary>output</summary>\n\n```\n" + t + "```\n</details>\n"),
    ("in_email_quote", lambda t: "On Mon, Oct 6, 2025 at 10:12 AM Ops <ops@acme.example> wrote:\n" + "".join("> " + l + "\n" for l in t.rstrip("\n").split("\n"))),
    ("in_chat_paste", lambda t: "here's what I see:\n" + t),
    ("in_diff_hunk", lambda t: "@@ -1,3 +1,%d @@\n" % (t.count("\n") + 1) + "".join("+" + l + "\n" for l in t.rstrip("\n").split("\n"))),
    ("in_ai_prompt", lambda t: "Is anything sensitive in this? I want to post it publicly.\n\n" + t),
]


def build_negatives():
    r = random.Random(9200)
    out = []
    seen = set()
    for cls in sorted(NEG):
        items = NEG[cls]
        per = 18
        n = 0
        k = 0
        while n < per and k < per * 6:
            kind, f = items[k % len(items)]
            rnd = k // len(items)
            k += 1
            t = f(r)
            ck = kind
            if rnd > 0:
                wn, wf = NEG_WRAPS[(rnd - 1 + k) % len(NEG_WRAPS)]
                t = wf(t)
                ck = kind + "__" + wn
            if t in seen:
                continue
            seen.add(t)
            out.append({"class": cls, "container": ck, "text": t, "source": "synthetic:privacy_ninth/build.py#negatives"})
            n += 1
    return out

# ---- checks, README, output ------------------------------------------------------
DOC_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"]


def decode_evasion(enc, v):
    return ENC[enc][1](v)


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def run_checks(pos, eva, negs):
    ids = [x["id"] for x in pos + eva + negs]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for rec in pos + eva + negs:
        if json.loads(json.dumps(rec, ensure_ascii=False)) != rec:
            fail("json round trip " + rec["id"])
    allvals = {}
    for rec in pos + eva:
        t = rec["text"]
        sp = rec["secrets"]
        if not sp:
            fail("no spans " + rec["id"])
        last = -1
        for s in sp:
            if t[s["start"]:s["end"]] != s["value"]:
                fail("span mismatch " + rec["id"])
            if s["start"] < last:
                fail("overlap/unsorted " + rec["id"])
            last = s["end"]
        if rec["type"] != sp[0]["type"]:
            fail("record type " + rec["id"])
    for rec in pos:
        t = rec["text"]
        cnt = {}
        for s in rec["secrets"]:
            cnt[s["value"]] = cnt.get(s["value"], 0) + 1
        for v, c in cnt.items():
            if t.count(v) != c:
                fail("unlabelled occurrence of a labelled value in %s (%d vs %d)" % (rec["id"], t.count(v), c))
            if v in allvals and allvals[v] != rec["id"]:
                fail("value reused across records " + rec["id"] + " " + allvals[v])
            allvals[v] = rec["id"]
        for s in rec["secrets"]:
            v = s["value"]
            if re.fullmatch(r"(gh[pousr]_|npm_)[0-9A-Za-z]{36}", v) and not check_crc_token(v):
                fail("bad checksum token " + rec["id"])
            if v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
                fail("bad bech32 " + rec["id"])
            if "plain" in s:
                pl = s["plain"]
                if "-----BEGIN" in v:
                    unesc = v.replace("\\n", "\n")
                    unind = "\n".join(l.lstrip(" ") for l in v.split("\n"))
                    if pl not in (unesc, unind):
                        fail("pem plain " + rec["id"])
            for d in DOC_EXAMPLES:
                if d in rec["text"]:
                    fail("doc example in positive " + rec["id"])
    for rec in eva:
        if len(rec["secrets"]) != 1:
            fail("evasion spans " + rec["id"])
        s = rec["secrets"][0]
        if decode_evasion(rec["encoding"], s["value"]) != s["plain"]:
            fail("evasion decode " + rec["id"])
        if s["plain"] in rec["text"]:
            fail("evasion plain verbatim " + rec["id"])
        if rec["text"].count(s["value"]) != 1:
            fail("evasion value repeated " + rec["id"])
    bad = set(allvals) | {e["secrets"][0]["value"] for e in eva} | {e["secrets"][0]["plain"] for e in eva}
    texts = set()
    for rec in negs:
        t = rec["text"]
        if t in texts:
            fail("duplicate negative text")
        texts.add(t)
        for v in bad:
            if v in t:
                fail("negative contains positive value " + rec["id"])
        if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t):
            fail("private key in negative")
        if "AGE-SECRET-KEY-1" in t.upper():
            fail("age key in negative")
        for m in re.finditer(r"(gh[pousr]_|npm_)[0-9A-Za-z]{36}", t):
            if check_crc_token(m.group(0)):
                fail("valid checksum token in negative")
    types = {s["type"] for rec in pos for s in rec["secrets"]}
    kinds = {rec["container"] for rec in pos}
    if len(types) < 150 or len(kinds) < 400:
        fail("breadth: %d types, %d kinds" % (len(types), len(kinds)))


def jsonl(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)


def make_readme(pos, eva, negs, fam):
    types = {}
    rtypes = set()
    for rec in pos:
        rtypes.add(rec["type"])
        for s in rec["secrets"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    kinds = sorted({rec["container"] for rec in pos})
    nspans = sum(len(x["secrets"]) for x in pos)
    famc = {}
    for rec in pos:
        f = fam[rec["container"]]
        famc.setdefault(f, [set(), 0])
        famc[f][0].add(rec["container"])
        famc[f][1] += 1
    encs = {}
    for e in eva:
        encs[e["encoding"]] = encs.get(e["encoding"], 0) + 1
    ecls = {}
    for n in negs:
        ecls[n["class"]] = ecls.get(n["class"], 0) + 1
    L = []
    A = L.append
    A("# privacy_ninth (p9) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` (Python 3 standard library only, fixed `random.Random` seeds per section, no clock, no environment, no network). `python3 build.py` regenerates the three JSONL files and this README byte-for-byte; it runs all consistency checks first and writes nothing if one fails. The builder never looked at the detector's code or at any other corpus's data; only the two earlier corpus READMEs (schema, conventions, lists of already-used containers) were read.\n")
    A("## Files and counts\n")
    A("| file | records | spans | notes |\n|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d distinct span types, %d distinct record types, %d distinct container kinds |" % (len(pos), nspans, len(types), len(rtypes), len(kinds)))
    A("| `evasions.jsonl` | %d | %d | %d encodings, %d container kinds, %d credential types |" % (len(eva), len(eva), len(encs), len({e['container'] for e in eva}), len({e['type'] for e in eva})))
    A("| `negatives.jsonl` | %d | – | %d classes, %d container kinds |\n" % (len(negs), len(ecls), len({n['container'] for n in negs})))
    A("Record schema (identical to privacy_seventh / privacy_eighth): positives have `id`, `type` (= type of the first span by position), `container`, `text`, `secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions add `encoding`; every evasion span has `plain`. Negatives have `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`.\n")
    A("## Conventions\n")
    A("- A span covers only the credential: the password inside a URL (not `user:`), the value after `NAME=` / `key:` / a flag (not the quotes), the token inside a sentence, a header value (not the header name).")
    A("- Private keys span from `-----BEGIN …-----` to `-----END …-----` as written. In YAML block scalars the indentation of continuation lines is inside the span and `plain` holds the unindented PEM; in JSON-escaped embeddings (service-account JSON, notebook output, Terraform state) the literal `\\n` sequences are inside the span and `plain` holds the PEM with real newlines.")
    A("- Key ids of key pairs (AWS `AKIA`/`ASIA`, Alibaba `LTAI`, Tencent `AKID`, GCS HMAC, Backblaze, MinIO, Wasabi, Twilio `SK`, R2, Huawei, Binance, Sumo, Mux, Scaleway, OVH, Duo, Confluent, Akamai client token, KuCoin, Yandex static key, Linode object storage) are labelled only beside their secret half; they occur only in `key_pairs` records and in the Spark `s3a` command line.")
    A("- Public neighbours stay unlabelled (hostnames, usernames, account/tenant ids, Last.fm/Spotify client ids next to their secrets, WireGuard peer public keys, the HomeKit setup PIN, the SHA-512 crypt hash in Ubuntu autoinstall).")
    A("- Webhook / capability URLs (Slack, Discord, Teams) are labelled in full.")
    A("- Documentation examples (AWS `…EXAMPLE` keys, jwt.io token, RFC 7617 sample, Stripe docs test key, Azurite key, Hardhat account #0, MinIO defaults) appear only in `negatives.jsonl`.")
    A("- When a labelled value occurs more than once in a text (Icecast source/relay password, Cisco ASA ikev1/ikev2 PSK, Rspamd `password`/`enable_password`, kickstart root/user password), every occurrence is labelled.")
    A("- `string_concatenation` evasion spans cover the whole expression from the first quote to the last quote (operators and line breaks included); `char_code_array` spans cover the array literal (with `{}`/`@()` brackets where the language needs them); `split_across_lines` spans cover both halves plus the backslash, newline and indentation; `mime_encoded_word` spans cover `=?UTF-8?B?…?=`; `data_uri_base64` spans cover the whole `data:` URI.\n")
    A("## Categories\n")
    A("1. **Vendor tokens in whole-file generic containers** – %d vendor shapes placed into %d generic container templates (`docker inspect`, `kubectl describe pod`, `printenv`, Windows `set`, `Get-ChildItem Env:`, Python/Node crash dumps with environment, GitHub Actions / GitLab / Jenkins / Bamboo logs, Terraform plan/state, Helm values / `helm get values`, Ansible inventory and `-vvv` output, IntelliJ/PyCharm/Rider/VS Code run configs, Insomnia/Postman/HAR, browser *copy as fetch / PowerShell*, notebooks, shell histories (bash, fish), tmux capture, IaC (SAM, Serverless, CDK, Bicep, Pulumi, Packer, Vagrant, cloud-init, Chef, Puppet, Salt), PaaS manifests, app-framework configs, mobile and game-engine configs, editors, logs, tickets, chat exports, review tools…), always choosing the least-used container. About a fifth are additionally pasted into a ticket/chat/AI-prompt wrapper (`__in_github_issue_comment`, `__in_ai_assistant_chat`, `__in_jira_noformat`, `__in_slack_code_block`, `__in_email_reply_quote`, `__in_discourse_forum_post`, `__in_teams_pasted_snippet`, `__in_gitlab_mr_suggestion`). 20 popular types get a second placement." % (len(VENDOR), len(GEN)))
    A("2. **Key pairs** – %d id + secret pairs in the same generic containers." % len(PAIRS))
    A("3. **Bespoke syntaxes** – %d container-specific files / command lines where the credential type follows from the syntax: game and voice servers (Factorio, CS2, Valheim, Project Zomboid, Assetto Corsa, Rust, Mumble, TeamSpeak first-start log), media servers (Icecast, Liquidsoap, OBS, Plex, Kodi, Navidrome, Transmission before first start, MPD), home automation / IoT (Zigbee2MQTT incl. network key, Tasmota console, Frigate, go2rtc, openHAB, Hue, deCONZ, Arduino/MicroPython, WLED, Z-Wave JS UI, Homebridge), network gear (MikroTik export, OpenWrt `uci show`, EdgeOS, Cisco ASA/IOS, FortiGate, Aruba, ProCurve, Junos, pfSense, WireGuard with PSK, ZeroTier), mail/IRC/XMPP/Matrix clients and servers (aerc, himalaya, s-nail, vdirsyncer, DavMail, irssi, WeeChat, HexChat, Pidgin, Profanity, mcabber, ejabberd, Prosody, Synapse), DB client connection files (Robo 3T, SQuirreL, Compass, Azure Data Studio, Alembic, dbt, Metabase, Superset), self-hosted apps (Keycloak, Gitea, Mattermost, Magento, WordPress, Nextcloud `occ`, Drupal, Airflow, Django), data/infra CLIs (etcd, ZooKeeper, Kafka, kcat, NATS, Neo4j, ArangoDB, Couchbase, Beeline, Spark, FreeRDP, Evil-WinRM, smbmap, racadm, govc, ovftool, virt-install, VBoxManage, Proxmox `qm`), cloud/secret-store CLIs, package-manager auth (Poetry, Composer, NuGet, Yarn Berry, pip, uv, Ivy, Conan, Mercurial, Subversion), DNS/monitoring/push services (certbot, acme.sh, inadyn, PowerDNS, Technitium, Uptime Kuma, Healthchecks, Gotify, ntfy, Pushover, Apprise), mail relays (Dovecot SQL, Rspamd, sendmail authinfo, Exim, sSMTP), OS installers and Wi-Fi profiles (unattend.xml, kickstart, netplan, iwd, Wi-Fi QR, mobileconfig, WLAN profile XML), and mobile/desktop signing (keystore.properties, fastlane, electron-builder, signtool, osslsigncode, notarytool)." % len(BESPOKE))
    A("4. **Connection strings** – %d dialects (R2DBC, SQLAlchemy pyodbc, ClickHouse native, CockroachDB, CloudAMQP, rediss, memcached SASL, NATS, MQTTS, LDAPS, Elasticsearch, InfluxDB, Cassandra, Neo4j, FTP, SFTP, DAVS, RTSP, SMTP, IMAPS, JDBC SQL Server/Snowflake, ODBC, OLE DB, Npgsql, MongoDB SRV, Celery AMQP, Kafka JAAS, libpq keyword form, git HTTPS token remote, S3 userinfo, VNC) each in one of %d host syntaxes; container kind is `<dialect>__<host>`." % (len(CONN), len(CONN_HOSTS)))
    A("5. **Private keys** – %d embeddings (GCP service-account JSON, Ansible inline block, GitHub App key in dotenv, Snowflake key-pair in Python, `cat ~/.ssh/…` terminal output, Jenkins credentials XML, GitLab CI file variable dump, Kubernetes TLS `stringData`, Salt pillar, notebook cell output, Terraform `tls_private_key` state, `vault write … pem_bundle=- <<PEM`). RSA keys are generated in pure Python (Miller–Rabin primes, DER by hand) and serialised as PKCS#1, PKCS#8 and `openssh-key-v1`; an Ed25519 PKCS#8 key and a SEC1 P-256 key (public point omitted, which SEC1 allows) complete the set. They protect nothing." % len(PK_EMBED))
    A("6. **Name-only generic secrets** – %d records whose credential is recognisable only from its name (`SIGNING_SALT`, `svcPwd`, `szPassword`, `kennwort`, `contrasena_bd`, `haslo_admina`, `salasana`, `lozinka`, `sifre`, `adgangskode`, `PEPPER`, `pw`, …) in %d host syntaxes; container kind is `name_only__<host>`." % (len(NAME_ONLY), len(NAME_ONLY_HOSTS)))
    A("7. **Prose** – %d sentences in %d languages (%s), three shapes per language (Wi-Fi password, server login with host and user, vendor token), each in one of %d message containers (Telegram Desktop JSON export, Signal Desktop copy, SMS Backup & Restore XML, Matrix event JSON, Facebook Messenger takeout JSON, Discord data-package CSV, WeChat forwarded record, Jira wiki comment, Outlook body, Teams meeting transcript WebVTT, Zoom/Meet chat, Help Scout thread, Apple Notes export, Trello comment JSON, Mastodon DM JSON); container kind is `<container>__<language>`.\n" % (
        sum(len(t) for _, t in PROSE), len(PROSE), ", ".join(l for l, _ in PROSE), len(PROSE_CONTAINERS)))
    A("### Container families\n")
    A("| family | container kinds | positive records |\n|---|---|---|")
    for f in sorted(famc, key=lambda x: (-famc[x][1], x)):
        A("| `%s` | %d | %d |" % (f, len(famc[f][0]), famc[f][1]))
    A("\n### Span types in positives\n")
    A(", ".join("`%s` (%d)" % (t, types[t]) for t in sorted(types)) + "\n")
    A("### Container kinds in positives\n")
    A(", ".join("`%s`" % k for k in kinds) + "\n")
    A("### Evasion encodings\n")
    A(", ".join("`%s` (%d)" % (e, encs[e]) for e in sorted(encs)) + "\n")
    A("Encodings not listed in the earlier READMEs: `base64url_nopad`, `double_url_percent`, `html_hex_entities` (hex form), `rot47`, `nato_phonetic` (spoken-alphabet dictation in call notes / radio logs), `mime_encoded_word` (RFC 2047 headers), `gzip_base64` as a named encoding, `data_uri_base64`.\n")
    A("Evasion containers: " + ", ".join("`%s`" % k for k in sorted({e['container'] for e in eva})) + "\n")
    A("### Negative classes\n")
    A("| class | records |\n|---|---|")
    for c in sorted(ecls):
        A("| `%s` | %d |" % (c, ecls[c]))
    A("\nNegative containers are %d base kinds; repeated instantiations are wrapped (`__in_markdown_fence`, `__in_github_issue_body`, `__in_email_quote`, `__in_chat_paste`, `__in_diff_hunk`, `__in_ai_prompt`) with freshly drawn random fillers.\n" % sum(len(v) for v in NEG.values()))
    A("## Checks run by build.py before writing\n")
    A("- ids unique across all three files; every record survives a JSON round trip")
    A("- positives and evasions: every span re-sliced (`text[start:end] == value`), spans sorted and non-overlapping, record type == first span type")
    A("- positives: every labelled value occurs in its text exactly as often as it is labelled; no labelled value is reused across records")
    A("- GitHub `gh?_` / npm `npm_` CRC32-base62 checksums and age bech32 checksums verified; PEM `plain` fields compared with the un-escaped / de-indented span")
    A("- evasions: one span each, every span decodes back to its `plain` with the decoder named by `encoding`, the value occurs once and `plain` never appears verbatim in the text")
    A("- negatives: no duplicate texts; none contains any positive value, evasion value or evasion plain; no private-key block, no age secret key, no checksum-valid GitHub/npm token")
    A("- documentation examples appear only in negatives")
    A("- breadth: >= 150 span types and >= 400 container kinds in positives")
    A("- determinism: all randomness comes from per-section `random.Random` streams seeded with constants; gzip uses `mtime=0`; no set iteration order, clock or environment influences output\n")
    A("## Judgement calls\n")
    A("- Game-server join passwords, RCON/telnet/admin passwords, TeamSpeak server-query passwords and privilege keys, Icecast source/admin passwords, stream keys, usenet/NZB passwords, MPD passwords, Deluge daemon passwords and media-server API keys are credentials with their own types.")
    A("- Zigbee network keys, Z-Wave S0/S2 keys, Hue/deCONZ application keys, Ring refresh tokens and Wi-Fi PSKs in IoT firmware headers are credentials; the HomeKit setup PIN (`031-45-154`) printed in a Homebridge config is left unlabelled because it is printed on the device and only pairs on the local network.")
    A("- Every random filler that would itself be a credential was removed from the bespoke templates rather than left unlabelled; what remains unlabelled are identifiers (Plex machine ids, Cloudflare account id, Spotify/Last.fm client ids, SUSE SCC username, Pushover user key, Nextcloud `instanceid`), host names and user names.")
    A("- Container kinds that the two earlier READMEs already list were dropped from this corpus (checked by name, including the base name of wrapped kinds), so every container kind here is new by name; some underlying formats (e.g. dotenv lines, YAML) naturally recur inside new containers.")
    A("- ProCurve `plaintext` manager password, EdgeOS `plaintext-password`, Cisco `password 0` and Junos `ascii-text \"…\"` (as typed, before commit) are plaintext credentials; reversible Cisco type 7 / Junos `$9$` are absent.")
    A("- `autoinstall` user-data carries a real-shaped SHA-512 crypt hash next to the Wi-Fi password: the hash is unlabelled (hashes are negatives), the PSK is labelled.")
    A("- Publishable / public-by-design values (Stripe `pk_live_`, Firebase web `AIza`, Sentry DSN, PostHog `phc_`, reCAPTCHA site key, Mapbox `pk.`, Algolia search-only key, Clerk publishable key), ids and request ids, hashes (bcrypt, yescrypt, PBKDF2, Pi-hole double SHA-256, npm integrity, go.sum), ciphertext (SOPS, Ansible Vault, SealedSecrets, Jasypt, PGP message, Transmission's hashed `{…` rpc-password) and signatures (Stripe, GitHub, Slack, Svix, S3 presigned with the documentation key id) are negatives.")
    A("- `nato_phonetic` evasions use lower-case alphanumeric secrets only so that the dictation is lossless; their types are spoken-credential types (Wi-Fi PSK, VPN password, router admin password, generic password/token).")
    A("- `record.type` is the type of the first span by position.\n")
    A("## Guessed or partly guessed shapes\n")
    A("Shape-plausible only (length/alphabet/prefix from public rule descriptions or vendor announcements; not validated against the vendor): " + ", ".join("`%s`" % g for g in sorted(set(VENDOR_GUESSED))) + ". Also: Zigbee2MQTT network key (16 decimal bytes), deCONZ key (10 upper hex), Ring refresh token body, Synapse secrets alphabet, Gotify/ntfy/Pushover/Healthchecks token lengths, TeamSpeak privilege key (base64 of 24 bytes), Factorio token (32 hex), Tasmota/Hue formats, Yandex static keys, Akamai client token/secret, KuCoin, Duo, Confluent, Huawei, OVH and R2 pair formats.\n")
    A("## Checksummed or structured formats generated for real\n")
    A("- GitHub `ghp_/gho_/ghs_/ghr_/ghu_` and npm `npm_`: 30 random base62 characters + base62(CRC32) left-padded to 6.")
    A("- age `AGE-SECRET-KEY-1…`: bech32 (BIP-173) of 32 random bytes with HRP `age-secret-key-`, upper-cased; negatives use real bech32 `age1…` recipients.")
    A("- Bitcoin WIF: Base58Check (0x80 prefix, compressed flag, double-SHA-256 checksum).")
    A("- WireGuard private keys are clamped X25519 scalars; Fernet keys are 32 random bytes in URL-safe base64; Laravel keys are `base64:` + 32 bytes.")
    A("- JWT-shaped tokens (Home Assistant, Kubernetes SA, Supabase service role, Monday, Calendly, Turso, Argo CD, Lemon Squeezy, Gitea internal token) carry real JSON headers and payloads with random signatures of the algorithm's length; Grafana Cloud `glc_`, Sentry `sntrys_`, 1Password `ops_` and Cloudflare tunnel tokens carry base64 JSON payloads.")
    A("- RSA private keys: real 2048-bit keys (p, q prime; d, CRT values consistent) generated in pure Python, serialised as PKCS#1, PKCS#8 and OpenSSH `openssh-key-v1` (unencrypted, check-ints equal).\n")
    A("## Sources consulted (formats only)\n")
    A("- Background knowledge of public secret-scanning rule sets (gitleaks, Kingfisher, CredSweeper, detect-secrets, trufflehog) and vendor token-format documentation for prefixes, lengths and alphabets; no rule-set test fixture or sample secret was copied. Every credential-looking value in the positives and evasions is generated by `build.py`; the only literal published values are the documentation examples and well-known test keys placed deliberately in the negatives.")
    A("- privacy_seventh and privacy_eighth READMEs (schema, conventions and used-container lists only).")
    return "\n".join(L) + "\n"


def main():
    pos, fam = build_positives()
    eva = build_evasions()
    negs = build_negatives()
    pos = [dict([("id", "p9-s-%04d" % (i + 1))] + list(x.items())) for i, x in enumerate(pos)]
    eva = [dict([("id", "p9-e-%04d" % (i + 1))] + list(x.items())) for i, x in enumerate(eva)]
    negs = [dict([("id", "p9-n-%04d" % (i + 1))] + list(x.items())) for i, x in enumerate(negs)]
    run_checks(pos, eva, negs)
    files = {"secrets.jsonl": jsonl(pos), "evasions.jsonl": jsonl(eva), "negatives.jsonl": jsonl(negs), "README.md": make_readme(pos, eva, negs, fam)}
    for name in sorted(files):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files[name])
    print("ok: %d positives, %d evasions, %d negatives" % (len(pos), len(eva), len(negs)))


if __name__ == "__main__":
    main()
