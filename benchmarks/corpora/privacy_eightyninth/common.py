"""Shared helpers for p89 (standard library only)."""
import random, string, uuid, zlib, base64, hashlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
AL = string.ascii_letters + string.digits
LOWAL = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
MARK = "\ue000"

WORDS = ["crate", "tarball", "semver", "pause", "nuspec", "podspec", "gemspec", "rebar", "conanfile",
         "triplet", "sonatype", "staging", "artifact", "registry", "manifest", "changelog", "yank",
         "tagging", "release", "vendoring", "cargo", "hexdocs", "pomfile", "snapshot", "bintray", "upload",
         "mirror", "cpanfile", "distzilla", "trunk", "feature", "workspace", "rustdoc", "bumpver",
         "signoff", "keyring", "shasum", "provenance", "sbom", "lockfile"]


def s(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def hexs(r, n):
    return s(r, HEX, n)


def b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    out = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return out if pad else out.rstrip("=")


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b62_crc(data):
    n = zlib.crc32(data.encode()) & 0xffffffff
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, "0")


def ghp(r, prefix="ghp_"):
    body = s(r, AL, 30)
    return prefix + body + b62_crc(body)


def owner_pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + s(r, LOWAL, r.randint(4, 7)) + s(r, string.digits, 2)


def jwt(r, payload_json):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload_json.encode()).decode().rstrip("=")
    return h + "." + p + "." + b64(r, 32, url=True, pad=False)


def fill(template, value, **kw):
    """template uses {V} for the value; other {names} from kw. Returns (text, start, end)."""
    t = template.replace("{V}", MARK)
    t = t.format(**kw) if kw else t.replace("{{", "{").replace("}}", "}")
    i = t.index(MARK)
    assert t.count(MARK) == 1
    text = t.replace(MARK, value)
    return text, i, i + len(value)


def rec(rid, typ, container, text, start, end, source):
    v = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": v, "start": start, "end": end, "type": typ}], "source": source}


USERS = ["mfeld", "okafor", "lindqvist", "tanaka-r", "pbrandt", "asuarez", "ngozi", "hkowal", "dvance", "ilyap",
         "sroux", "jmbeki", "ekaur", "tvoss", "ayilmaz", "cmorel"]
HOSTS = ["pkgs.build.example", "repo.releng.example", "nexus.corp.example", "art.releng.example",
         "registry.oss.example", "forge.build.example", "cache.vcpkg.example", "conan.releng.example"]
PKGS = ["tinyhash", "fastcsv-rs", "libquux", "ex_retry", "Text-Snippet", "PodKit", "Acme.Logging", "zeta-client",
        "libspline", "jsonwalk", "ratelimit_ex", "MathX", "colorfmt", "fizzbuzz-core", "Net-Tiny", "rb-retry"]


def pick(r):
    return dict(user=r.choice(USERS), host=r.choice(HOSTS), pkg=r.choice(PKGS),
                ver="%d.%d.%d" % (r.randint(0, 4), r.randint(0, 19), r.randint(0, 30)))
