#!/usr/bin/env python3
"""privacy_fifth held-out corpus builder (stdlib only, deterministic).

Every credential-shaped value below is produced by a seeded PRNG in the public shape of its
format (prefix / length / alphabet / checksum). Key material in KEYS was generated once with
openssl, ssh-keygen and gpg for this corpus only and is embedded verbatim as data.
Run: python3 build.py   (writes secrets.jsonl, evasions.jsonl, negatives.jsonl next to this file)
"""
import base64, codecs, hashlib, hmac, html, json, os, random, re, string, sys, unicodedata, urllib.parse, zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(505050)

UP, LO, DI = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DI
B62 = DI + UP + LO
HX = "0123456789abcdef"
B64C = AN + "+/"
B64U = AN + "-_"
B32 = UP + "234567"

def rs(n, a=AN): return "".join(R.choice(a) for _ in range(n))
def hx(n): return rs(n, HX)
def HXU(n): return rs(n, HX.upper())
def ln(n): return rs(n, LO + DI)
def uid(): return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))
def b64(b): return base64.b64encode(b).decode()
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def rbytes(n): return bytes(R.randrange(256) for _ in range(n))
def pick(seq): return seq[R.randrange(len(seq))]

def crc_b62(s):
    n = zlib.crc32(s.encode()) & 0xffffffff
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")

def gh(prefix):
    body = rs(30)
    return prefix + body + crc_b62(body)

def jwt(payload, alg="HS256", siglen=43):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(siglen, B64U)

def ts(): return 1700000000 + R.randrange(60000000)

# ---------------- human / random passwords ----------------
WORDS = ["summer", "winter", "falcon", "tiger", "maple", "orange", "harbor", "rocket", "copper", "velvet", "garden",
         "monkey", "dragon", "sunset", "coffee", "pepper", "silver", "castle", "thunder", "lemon", "river", "panda",
         "Bremen", "Lisboa", "sakura", "kaffee", "fromage", "Zurich", "nordic", "cactus"]
def human_pw():
    k = R.randrange(6)
    w = pick(WORDS); w2 = pick(WORDS)
    if k == 0: return w.capitalize() + str(R.randrange(1990, 2026)) + pick("!#$?*")
    if k == 1: return w.capitalize() + pick("@#_-.") + w2 + str(R.randrange(10, 99))
    if k == 2: return w.replace("a", "4").replace("e", "3").replace("o", "0").capitalize() + pick("!$%&") + str(R.randrange(1, 99))
    if k == 3: return "%s-%s-%s-%d" % (w, w2, pick(WORDS), R.randrange(10, 99))
    if k == 4: return w.upper()[:3] + str(R.randrange(100, 999)) + w2 + pick("!?")
    return w.capitalize() + w2.capitalize() + str(R.randrange(100, 9999))
def rand_pw(n=None): return rs(n or R.randrange(14, 24), AN + "!#%*+-_.")
def pw(): return human_pw() if R.random() < 0.5 else rand_pw()
def alnum_pw(n=None): return rs(n or R.randrange(16, 28))

# ---------------- context helpers (non-secret) ----------------
FIRST = ["anna", "marek", "li.wei", "sofia", "jdoe", "priya", "tomas", "kenji", "olga", "mateo", "fatima", "lars", "chloe", "ravi", "nina", "diego", "yuki", "omar", "emma", "pavel"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "vandelay", "stark-ind", "wayne-ent", "tyrell", "cyberdyne", "wonka", "soylent", "aperture", "blackmesa"]
SVCS = ["billing-api", "auth-svc", "orders", "web-frontend", "ledger", "search-indexer", "notifier", "reports", "gateway", "inventory", "checkout", "media-worker"]
def user(): return pick(FIRST)
def org(): return pick(ORGS)
def svc(): return pick(SVCS)
def host(): return pick(["db", "pg", "mysql", "redis", "mq", "api", "internal", "staging", "prod"]) + "-" + str(R.randrange(1, 9)) + "." + org() + "." + pick(["internal", "corp", "io", "net", "cloud"])
def ip(): return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
def pubip(): return "%d.%d.%d.%d" % (R.choice([34, 35, 52, 54, 18, 3, 20, 40, 104, 159]), R.randrange(256), R.randrange(256), R.randrange(1, 255))
def sha(): return hx(40)
def date(): return "2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29))
def tod(): return "%02d:%02d:%02d" % (R.randrange(24), R.randrange(60), R.randrange(60))
def iso(): return date() + "T" + tod() + "." + "%07d" % R.randrange(10**7) + "Z"
def isoms(): return date() + "T" + tod() + "." + "%03d" % R.randrange(1000) + "Z"
def port(): return str(pick([5432, 3306, 6379, 27017, 5672, 9092, 1433, 1521, 8080, 8443, 9200]))
# Key material generated once with openssl/ssh-keygen/gpg in a private temp dir (throwaway, never used anywhere).
KEYS = {
    'RSA_TRAD': '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAt1+sCs27famPM0y6IAh5vkEz3p8mIakvtKZgotX5dnM9DDbp\n+NwsdyDsdTwffmv5wFvAEmMs/5ZKtJgk1Nq0jXGzB7QzX5Q7be/UG3f7niccl3qh\nXmHBDSJbc7KzNQPPfhOGGuphZhfEbleIdV0faDqePt4APQ8WF/pe2mztNxzkYlmO\nEVSj1JQ/TyLLYvl3LqC14hZh5foZlli+F7AcXCV+rU7D0P9OFUXn7z9D7GKnPgnj\n8ePovYjPV3MI4qWVq4M5DPARspT5blJd4Jbp15GH+ZXQUAeAn6NgkMnyJIrT+ur2\nSvk+KcA1wpv5x+V/ZBgI9IQwYYmcttRjS792IwIDAQABAoIBAFEKV6rIpIFTQ+W8\nlY9dn4w9HbLX7A65SkuQsimU3jSClmrFBB9HEuGtK8NeCF8jUhO4mMinivYD0k1A\n5hop89yE8MXJVmD5zk/2S2u+WXXaPDEX8aQYGKz4z6jww3F9FyDVeRGBHv1zKI1J\nYxXXS2+RZGlNTJaviaicLnpi5G1Tt4nL19CDX7/4xXGJX13PF1DVuhATFyfmBNsd\nPGHnJwhljZ4i06KL0Gu2K+WRzgox07z6RArG1zmANZs6raH5VBS2776G5MDDHceT\nCWOuQoNswnMylXBDy6iDhWAv4g6gV8+rHECyAIbhld7DLF4aYegBj/SfX8aJ3KwW\n7yzwYzkCgYEA70AA+NKOP8P9FJHvVCmHchOIIHhxQzi2KIevb0GHwuZ0SxP3KbeZ\nKfO5+S8JCxnHEP4lylaIR67AtMZYmUWEQM86qVPDukzXXKNe0OACFwvXlAvxXdoT\n8FyEPL25fac79ZJQCk5SDuQPiHUiFCd75lY0z4P5SE9a4aBnP2KOPysCgYEAxDY3\nbHArHnGStEMj2396ss4KLo7wRxwOnY1oXHOMWMY4jrTtpUAYZopcEe5iKaNF8d+V\nmm9kCyeUSS/n5uHLSB+e+lTuosksQ5B2e70EVLSenISrS8DBespMntlA5dmsafDZ\npFr1uTXOVUHVz0DeRM39CKOz22/WGCe9jFCb6OkCgYA/WGrpdpZDO9keQSVk2zoJ\ncjJwpnMWoUVZpdNFWcxgRjQ0TKz8Vqgu+2EaIOH8Fm8miKPo1tBuak6LjpiWvFkv\n765QduUzxnSfCoJoO2dSQshpYmAdwUfWNCivDGy4YDb35i1bDTGcz7VtI9ZKD8o2\nSkzhRMgT5S7i3l134thW0QKBgQC/0FC2TaGZjWXhm5E+T41fp1UE1u/GVINlOow/\ndSZK0t0PhYic99/ivnfrf6OvGNKT9gOGika/MN4h/hcy+qGDzIXaK5VuxkPjeSKb\nLNlDBZ/ZW0kqMTH0HDhzQefTy8xldPMPXWzCtvsTFd0zUzL3CHjJLV/ysY4W5yLC\nPTttoQKBgQDq4ariFrMp0i3yruF7hGEIwjw/U8Ce2jE8IY/mtBF1c4dzIgdq/maB\n1QPBm9CKzGsPMs+HrIzlhTiSAYHYx+zex8NVs6JgI6ugjsr9oX01bhM+9P/RwDk9\nj2vgeVIb7Xc8CddhND8gsBMGPDBERZ3NQTIedTYDdzw98T9jFV0lxw==\n-----END RSA PRIVATE KEY-----\n',
    'RSA_PKCS8': '-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAJnXPNQvvlooWlqE\nCJs6o+EVX9YUriNKzrTP/AaptKQo8qw6lAL4nGrr0upv8wFa7aESJAXWnCPUsQrd\nexHPewSc8Ozk6/R1ZDEe+EUZYccVGeWEi6AqX2xRFdpvlh0jWEGTO0R5yq3GWvGW\n6Hwo/8OSyKINuEvn6SFwZTG83BY1AgMBAAECgYA62L929xBcUmVFjI3yOvsnBVMU\ng/Kco2fweEKSleX4iYVSZlHp1QmYSL70WIBe+1Y8r8DBzvcJKbnTSydhh7kpUa3N\nWhrmzvPRs1Sg2vKAUoSKOm8wnjmXgj1XmSUhba7MWp3bg3zqYgRac882ju3qWL8p\nLYWf+3OE6tz7E3VfHQJBAMyjEwy5qwwIxhTENDZRuQrkhFkY1CAhaQko1tqmDu8X\nAS1D4V08855RbrN+2FSWkqaZbXvupuWlrrznTMl3w7MCQQDAdEHc7p/I2gHgho4b\ny8FmZvXlFbIEHO3jkM2OakZcXVVrkgs0Z28mu5SDI5qD3Y/n+NFn4WHDZPg8tX+Q\nOGp3AkEAvOfxhvbC6soSqUrydA5/BoorjuA3ui19fAIiTResg5Q19uZJ3buNnWHJ\nEpQO+g9B89+AzT5i/W40X5gaL4WKtwJBAKoypkSia4CO+/X6SRbf3QuYpoGP7Dyi\n8Oa9mmwGJG9uwyo8n9gaWTwhy7cl93ICsU9uxpJdyb2pP7dAs61xlwUCQEC9fnZC\n1JGewPc2SsuFMIoLrtVWOmm/zSaIHE2kt5NEK3yl7d5beMrQOIJb78cV11eh8qtC\njZhLIoMCwXnZy1k=\n-----END PRIVATE KEY-----\n',
    'RSA1024_TRAD': '-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQCZ1zzUL75aKFpahAibOqPhFV/WFK4jSs60z/wGqbSkKPKsOpQC\n+Jxq69Lqb/MBWu2hEiQF1pwj1LEK3XsRz3sEnPDs5Ov0dWQxHvhFGWHHFRnlhIug\nKl9sURXab5YdI1hBkztEecqtxlrxluh8KP/DksiiDbhL5+khcGUxvNwWNQIDAQAB\nAoGAOti/dvcQXFJlRYyN8jr7JwVTFIPynKNn8HhCkpXl+ImFUmZR6dUJmEi+9FiA\nXvtWPK/Awc73CSm500snYYe5KVGtzVoa5s7z0bNUoNrygFKEijpvMJ45l4I9V5kl\nIW2uzFqd24N86mIEWnPPNo7t6li/KS2Fn/tzhOrc+xN1Xx0CQQDMoxMMuasMCMYU\nxDQ2UbkK5IRZGNQgIWkJKNbapg7vFwEtQ+FdPPOeUW6zfthUlpKmmW177qblpa68\n50zJd8OzAkEAwHRB3O6fyNoB4IaOG8vBZmb15RWyBBzt45DNjmpGXF1Va5ILNGdv\nJruUgyOag92P5/jRZ+Fhw2T4PLV/kDhqdwJBALzn8Yb2wurKEqlK8nQOfwaKK47g\nN7otfXwCIk0XrIOUNfbmSd27jZ1hyRKUDvoPQfPfgM0+Yv1uNF+YGi+FircCQQCq\nMqZEomuAjvv1+kkW390LmKaBj+w8ovDmvZpsBiRvbsMqPJ/YGlk8Icu3JfdyArFP\nbsaSXcm9qT+3QLOtcZcFAkBAvX52QtSRnsD3NkrLhTCKC67VVjppv80miBxNpLeT\nRCt8pe3eW3jK0DiCW+/HFddXofKrQo2YSyKDAsF52ctZ\n-----END RSA PRIVATE KEY-----\n',
    'EC_SEC1': '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIECfcabPLvtPiM5I+7YxW07gY/1FGNgSCGMKPB8LdN0ioAoGCCqGSM49\nAwEHoUQDQgAE5KjdutyxOMGgWWasbmBSbmckF5KXRvICGf/KlQe9Ns5WhcAX7vSE\n3XyeOa46JSR2yh0uptBg1dc9AkclV/UdsQ==\n-----END EC PRIVATE KEY-----\n',
    'ED25519_PKCS8': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINhZrolr2HIRaJpIJfqKS0t5hjRAbrl2TksOvvCXI9Pu\n-----END PRIVATE KEY-----\n',
    'EC_ENC_PKCS8': '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhjwIXeyeZbgQICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPl6rktZHM1k43ey8OBxnnoEgZC8\nekFBVrcIJdtjotWoiGTZ7LfGXXIBXCXdc/CRjol6IIbloxPprhr2tT3Fa5d2HWjb\naM2f5jwAhxeuDv23K8QxNRP9a+mUIeiHOVSg+CSnF/AFgQiix9/q5sGWz2gnAA24\n4RQDak9MZwhfxvy7L5AXwGRXGgEvIIY7LGFYjmoWzfbqRnARx2ngzkOnzJH9wXI=\n-----END ENCRYPTED PRIVATE KEY-----\n',
    'OSSH_ED': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBXwv5fy4cyxtywDS1dphjXaTJ8BGJRf0O8aBWdPJekcwAAAJgUSqo7FEqq\nOwAAAAtzc2gtZWQyNTUxOQAAACBXwv5fy4cyxtywDS1dphjXaTJ8BGJRf0O8aBWdPJekcw\nAAAECk1SGxjEFmxCEDljG6Z5R26FBN7B8alFRSiYRPPbJ0RVfC/l/LhzLG3LANLV2mGNdp\nMnwEYlF/Q7xoFZ08l6RzAAAAD2RlcGxveUBidWlsZC0wNwECAwQFBg==\n-----END OPENSSH PRIVATE KEY-----\n',
    'OSSH_EC': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS\n1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQTf720ipkNY/0418OIyRz6I/bsInK44\njgCfCh+gP//IjTFCJZ0iwHtnIB48MC/LTaVaSr5wpWvdmm8qcx0uAgQUAAAAqFKEVsFShF\nbBAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBN/vbSKmQ1j/TjXw\n4jJHPoj9uwicrjiOAJ8KH6A//8iNMUIlnSLAe2cgHjwwL8tNpVpKvnCla92abypzHS4CBB\nQAAAAhAKVshsm+uuWLZkpZSMHwb/8J1Pze8ILzE8587i9yvYfpAAAADGNpLXJ1bm5lckBn\nbAECAw==\n-----END OPENSSH PRIVATE KEY-----\n',
    'OSSH_RSA': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAlwAAAAdzc2gtcn\nNhAAAAAwEAAQAAAIEAn9LbctmSoIZW4bS2KSDhk41DG/ewYJ1st2qPejnehE9h+cLAahZj\nhtTSjYM/MHsJ690GM36uzZ/L3FFc1lzK6b301ZPDKgnSOJ2XoAm7xasrgviFjfR5cv6Zo+\nDYtpjyn3j75nhPRYw38zptXy38gKJIW+I7noXeLCsH3uQyYW8AAAIAwZh198GYdfcAAAAH\nc3NoLXJzYQAAAIEAn9LbctmSoIZW4bS2KSDhk41DG/ewYJ1st2qPejnehE9h+cLAahZjht\nTSjYM/MHsJ690GM36uzZ/L3FFc1lzK6b301ZPDKgnSOJ2XoAm7xasrgviFjfR5cv6Zo+DY\ntpjyn3j75nhPRYw38zptXy38gKJIW+I7noXeLCsH3uQyYW8AAAADAQABAAAAgGqUerOEVD\nuoWpf5ouCahNOZCH/GFWDYmn9WGIgxvyoMphGgxh/4/jYUBrVIKQNziZI4usHsYTXOsmwh\n9f8dslJP6QW/XFeGDm27mBYsJZ0o6I/KYkSzUxelsoKFmFv2MjF5Z97aYi+bYzz//j0qY+\nmI0sOtiuDevND2XlL5ymQBAAAAQDhZ5QTCM/DVf1roDWmBwNJ6/hsIdtnYPjU/4lZfCM/E\nskrGmyvHhMSfZLwE2GVpQAbrUNhUX9BGkhWVDKQ/PMgAAABBANCzTHE5Xe4lhsy0oYhfcz\nQ09DEt5DzsWUsPe6lNpF75CvJ9bUe+Um8erBMeyVbBUuiIhRpL/kKyaENa5+QFUkEAAABB\nAMQLwNmcXFTPTW2yA66bG5l3R6x6rFr0pSd13Xk5nkEzyHkJgfCAZWvO3GLNFDhp+C7UPm\n9gtc8QToASIRS3Z68AAAAKYmFja3VwQG5hcwE=\n-----END OPENSSH PRIVATE KEY-----\n',
    'PGP_SEC': '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEaxAnLBYJKwYBBAHaRw8BAQdABQvDM22mQVhInImExI78HHMntMu3PKQAJFCP\nI5g2AXEAAQCLafN0eoDNfm0fZIADhKffSHWOUnIqsOYhZJDcdQE5MA69tCBSZWxl\nYXNlIEJvdCA8cmVsZWFzZUBwNS5pbnZhbGlkPoiQBBMWCAA4FiEEqWtcXAuL0I9A\nROsw/mpsW5ogyq8FAmsQJywCGwMFCwkIBwIGFQoJCAsCBBYCAwECHgECF4AACgkQ\n/mpsW5ogyq/64AEA9yDN5IVsGE8qhou2yFaACWGtuvOCCB8kSks1L75VIzkA/0mV\nAovYOFhyEzQ+F9z1DcFRmzSo4LHnbKj1X5X73mcM\n=1gZN\n-----END PGP PRIVATE KEY BLOCK-----\n',
    'PGP_PUB': '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEaxAnLBYJKwYBBAHaRw8BAQdABQvDM22mQVhInImExI78HHMntMu3PKQAJFCP\nI5g2AXG0IFJlbGVhc2UgQm90IDxyZWxlYXNlQHA1LmludmFsaWQ+iJAEExYIADgW\nIQSpa1xcC4vQj0BE6zD+amxbmiDKrwUCaxAnLAIbAwULCQgHAgYVCgkICwIEFgID\nAQIeAQIXgAAKCRD+amxbmiDKr/rgAQD3IM3khWwYTyqGi7bIVoAJYa2684IIHyRK\nSzUvvlUjOQD/SZUCi9g4WHITND4X3PUNwVGbNKjgsedsqPVflfveZww=\n=nVqX\n-----END PGP PUBLIC KEY BLOCK-----\n',
    'CERT': '-----BEGIN CERTIFICATE-----\nMIIBlTCCATugAwIBAgIUYDjgj0Z0CdyEAiwTwebuHQaTJNcwCgYIKoZIzj0EAwIw\nIDEeMBwGA1UEAwwVaW50ZXJuYWwuZXhhbXBsZS50ZXN0MB4XDTI2MTIwMjE0MTE1\nNloXDTI3MTIwMjE0MTE1NlowIDEeMBwGA1UEAwwVaW50ZXJuYWwuZXhhbXBsZS50\nZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE5KjdutyxOMGgWWasbmBSbmck\nF5KXRvICGf/KlQe9Ns5WhcAX7vSE3XyeOa46JSR2yh0uptBg1dc9AkclV/UdsaNT\nMFEwHQYDVR0OBBYEFC+9SvmIOIClTw3cDe8Dha8U0akiMB8GA1UdIwQYMBaAFC+9\nSvmIOIClTw3cDe8Dha8U0akiMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\nSAAwRQIgHZQm+c+SVmnSaSumxU2PEdZ/pSHIjLnia5QxmHHxWPACIQD9GNqK2vPh\ntibzYHAyyCOrtGcF/Nx29E+twSnc9zMezw==\n-----END CERTIFICATE-----\n',
    'OSSH_ED_PUB': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFfC/l/LhzLG3LANLV2mGNdpMnwEYlF/Q7xoFZ08l6Rz deploy@build-07\n',
    'OSSH_RSA_PUB': 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCf0tty2ZKghlbhtLYpIOGTjUMb97BgnWy3ao96Od6ET2H5wsBqFmOG1NKNgz8wewnr3QYzfq7Nn8vcUVzWXMrpvfTVk8MqCdI4nZegCbvFqyuC+IWN9Hly/pmj4Ni2mPKfePvmeE9FjDfzOm1fLfyAokhb4juehd4sKwfe5DJhbw== backup@nas\n',
}

# ---------------- credential generators (shape sources listed in README) ----------------
def g_ops():
    body = {"signInAddress": "https://%s.1password.com" % org(), "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rbytes(16))},
            "email": "%s@1passwordserviceaccounts.com" % ln(13), "srpX": hx(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
            "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rs(6, UP + DI), rs(6, UP + DI), rs(5, UP + DI), rs(5, UP + DI), rs(5, UP + DI), rs(5, UP + DI)), "throttleSecret": {"seed": hx(64), "deviceUuid": ln(26)}, "deviceUuid": ln(26)}
    return "ops_" + b64(json.dumps(body, separators=(",", ":")).encode()).rstrip("=")
def g_sntrys():
    body = {"iat": ts(), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": org()}
    return "sntrys_" + b64(json.dumps(body, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(43, AN + "+/")
def g_glc():
    body = {"o": str(R.randrange(100000, 999999)), "n": "stack-%d-%s" % (R.randrange(100000, 999999), pick(["alloy", "otlp", "logs-write", "metrics-push"])), "k": rs(24), "m": {"r": pick(["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1"])}}
    return "glc_" + b64(json.dumps(body, separators=(",", ":")).encode())
def g_pypi():
    return "pypi-" + b64u(b"\x02\x01\x08pypi.org\x02" + rbytes(R.randrange(140, 170)))
def g_discord_bot():
    sid = str(R.randrange(10**17, 13 * 10**17))
    return b64(sid.encode()).rstrip("=") + "." + rs(6, B64U) + "." + rs(38, B64U)
def g_slack_bot(): return "xoxb-%d-%d-%s" % (R.randrange(10**10, 10**12), R.randrange(10**12, 10**13), rs(24))
def g_slack_user(): return "xoxp-%d-%d-%d-%s" % (R.randrange(10**10, 10**12), R.randrange(10**10, 10**12), R.randrange(10**12, 10**13), hx(32))
def g_slack_app(): return "xapp-1-A%s-%d-%s" % (rs(10, UP + DI), R.randrange(10**12, 10**13), hx(64))
def g_slack_hook(): return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DI), rs(10, UP + DI), rs(24))
def g_discord_hook(): return "https://discord.com/api/webhooks/%d/%s" % (R.randrange(10**17, 13 * 10**17), rs(68, B64U))
def g_teams_hook(): return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (org().replace("-", ""), uid(), uid(), hx(32), uid())
def g_tg(): return "%d:AA%s" % (R.randrange(10**8, 8 * 10**9), rs(33, B64U))
def g_azure_secret(): return rs(3, AN + "_~.") + str(R.randrange(10)) + "Q~" + rs(34, AN + "_~.-")
def g_aws_secret(): return rs(40, B64C)
def g_aws_id(p="AKIA"): return p + rs(16, B32)
def g_aws_session(): return "IQoJb3JpZ2luX2VjE" + rs(R.randrange(380, 420), B64C)
def g_openai(): return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)
def g_openai_legacy(): return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
def g_anthropic(): return "sk-ant-api03-" + rs(93, B64U) + "AA"
def g_gfp(): return "github_pat_11" + rs(20, UP + DI) + "_" + rs(59)
def g_tfc(): return ln(14) + ".atlasv1." + rs(67, LO + DI + "-_")
def g_sa_jwt():
    ns, name = pick(["ci", "argocd", "monitoring", "default", "payments"]), pick(["deployer", "argocd-server", "prometheus", "builder", "default"])
    return jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": ts() + 31536000, "iat": ts(), "iss": "https://kubernetes.default.svc.cluster.local",
                "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": name, "uid": uid()}}, "sub": "system:serviceaccount:%s:%s" % (ns, name)}, "RS256", 342)
def g_supabase(role):
    return jwt({"iss": "supabase", "ref": rs(20, LO), "role": role, "iat": ts(), "exp": ts() + 315360000})
def g_session_jwt():
    return jwt({"sub": str(R.randrange(10000, 999999)), "email": user() + "@" + org() + ".com", "scope": "read write", "iat": ts(), "exp": ts() + 3600})
def g_mapbox_sk():
    return "sk." + b64u(json.dumps({"u": user().replace(".", ""), "a": ln(25)}, separators=(",", ":")).encode()) + "." + rs(22, B64U)
def g_mapbox_pk():
    return "pk." + b64u(json.dumps({"u": user().replace(".", ""), "a": ln(25)}, separators=(",", ":")).encode()) + "." + rs(22, B64U)
def g_intercom(): return b64(("tok:" + uid() + ":1:0").encode())
def g_elastic_apikey():
    i, k = rs(20, B64U), rs(22, B64U)
    return b64((i + ":" + k).encode()), i + ":" + k
def g_cf_origin(): return "v1.0-" + hx(24) + "-" + hx(146)
def g_age(): return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
def g_tskey(): return "tskey-auth-k" + rs(11) + "CNTRL-" + rs(33)
def g_ngrok(): return str(R.randrange(2, 3)) + rs(26) + "_" + rs(21)
def g_gcp_refresh(): return "1//0" + rs(1, "cdegh") + rs(99, B64U)
def g_ya29(): return "ya29.a0" + rs(170, B64U)
def g_fb(): return "EAAG" + rs(R.randrange(170, 200))
def g_twitter_bearer(): return "A" * 22 + rs(30) + "%2F" + rs(20) + "%3D" + rs(40)
def g_salesforce(): return "00D" + rs(12) + "!" + rs(96, AN + "._")
def g_asana(): return "2/%d/%d:%s" % (R.randrange(10**15, 10**16), R.randrange(10**15, 10**16), hx(32))
def g_fly(): return "fm2_" + rs(R.randrange(200, 240), B64C) + "=="
def g_braintree(): return "access_token$production$%s$%s" % (ln(16), hx(32))
def g_aspnet(): return HXU(128)
def g_wp_salt(): return rs(64, AN + "!@#%^&*()-_[]{}<>~+=,.;:/?|")
def g_django(): return rs(50, LO + DI + "!@#%^&*(-_=+)")
def g_windows_key(): return "-".join(rs(5, "BCDFGHJKMPQRTVWXY2346789") for _ in range(5))
def g_otp(): return rs(32, B32)
def g_laravel(): return "base64:" + b64(rbytes(32))
def g_fernet(): return base64.urlsafe_b64encode(rbytes(32)).decode()
def g_phoenix(): return rs(64, AN + "+/")
def g_openstack(): return "gAAAAA" + rs(R.randrange(170, 190), B64U)

# Vendor registry: type, generator, typical env/setting name, display name, auth style, api host
V = []
def vend(t, g, env, disp, style, hst): V.append(dict(type=t, gen=g, env=env, name=disp, style=style, host=hst))
vend("github-pat", lambda: gh("ghp_"), "GITHUB_TOKEN", "GitHub", "token", "api.github.com")
vend("github-oauth-token", lambda: gh("gho_"), "GH_OAUTH_TOKEN", "GitHub", "bearer", "api.github.com")
vend("github-user-to-server-token", lambda: gh("ghu_"), "GH_APP_USER_TOKEN", "GitHub App", "bearer", "api.github.com")
vend("github-server-to-server-token", lambda: gh("ghs_"), "GH_INSTALLATION_TOKEN", "GitHub App", "bearer", "api.github.com")
vend("github-refresh-token", lambda: gh("ghr_"), "GH_REFRESH_TOKEN", "GitHub App", "form:refresh_token", "github.com")
vend("github-fine-grained-pat", g_gfp, "GH_PAT", "GitHub", "bearer", "api.github.com")
vend("gitlab-pat", lambda: "glpat-" + rs(20, B64U), "GITLAB_TOKEN", "GitLab", "hdr:PRIVATE-TOKEN", "gitlab.com")
vend("gitlab-pipeline-trigger-token", lambda: "glptt-" + hx(40), "TRIGGER_TOKEN", "GitLab", "form:token", "gitlab.com")
vend("gitlab-runner-token", lambda: "glrt-" + rs(20, B64U), "RUNNER_TOKEN", "GitLab Runner", "form:token", "gitlab.com")
vend("gitlab-deploy-token", lambda: "gldt-" + rs(20, B64U), "CI_DEPLOY_PASSWORD", "GitLab", "basic", "registry.gitlab.com")
vend("gitlab-oauth-app-secret", lambda: "gloas-" + hx(64), "GITLAB_OAUTH_SECRET", "GitLab OAuth", "form:client_secret", "gitlab.com")
vend("bitbucket-app-password", lambda: "ATBB" + rs(28) + HXU(8), "BITBUCKET_APP_PASSWORD", "Bitbucket", "basic", "api.bitbucket.org")
vend("atlassian-api-token", lambda: "ATATT3xFfGF0" + rs(171, B64U) + "=" + HXU(8), "JIRA_API_TOKEN", "Jira", "basic", "acme.atlassian.net")
vend("npm-token", lambda: gh("npm_"), "NPM_TOKEN", "npm", "bearer", "registry.npmjs.org")
vend("pypi-token", g_pypi, "PYPI_API_TOKEN", "PyPI", "basic", "upload.pypi.org")
vend("rubygems-api-key", lambda: "rubygems_" + hx(48), "GEM_HOST_API_KEY", "RubyGems", "hdr:Authorization-raw", "rubygems.org")
vend("nuget-api-key", lambda: "oy2" + ln(43), "NUGET_API_KEY", "NuGet", "hdr:X-NuGet-ApiKey", "api.nuget.org")
vend("dockerhub-pat", lambda: "dckr_pat_" + rs(27, B64U), "DOCKERHUB_TOKEN", "Docker Hub", "basic", "hub.docker.com")
vend("clojars-token", lambda: "CLOJARS_" + ln(60), "CLOJARS_PASSWORD", "Clojars", "basic", "clojars.org")
vend("cratesio-token", lambda: "cio" + rs(32), "CARGO_REGISTRY_TOKEN", "crates.io", "hdr:Authorization-raw", "crates.io")
vend("slack-bot-token", g_slack_bot, "SLACK_BOT_TOKEN", "Slack", "bearer", "slack.com")
vend("slack-user-token", g_slack_user, "SLACK_USER_TOKEN", "Slack", "bearer", "slack.com")
vend("slack-app-token", g_slack_app, "SLACK_APP_TOKEN", "Slack", "bearer", "slack.com")
vend("slack-webhook-url", g_slack_hook, "SLACK_WEBHOOK_URL", "Slack", "url", "hooks.slack.com")
vend("discord-bot-token", g_discord_bot, "DISCORD_BOT_TOKEN", "Discord", "hdr:Authorization:Bot ", "discord.com")
vend("discord-webhook-url", g_discord_hook, "DISCORD_WEBHOOK", "Discord", "url", "discord.com")
vend("msteams-webhook-url", g_teams_hook, "TEAMS_WEBHOOK_URL", "Microsoft Teams", "url", "outlook.office.com")
vend("telegram-bot-token", g_tg, "TELEGRAM_BOT_TOKEN", "Telegram", "path:bot", "api.telegram.org")
vend("twilio-api-key-secret", lambda: "SK" + hx(32), "TWILIO_API_KEY", "Twilio", "basic", "api.twilio.com")
vend("twilio-auth-token", lambda: hx(32), "TWILIO_AUTH_TOKEN", "Twilio", "basic", "api.twilio.com")
vend("sendgrid-api-key", lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U), "SENDGRID_API_KEY", "SendGrid", "bearer", "api.sendgrid.com")
vend("mailgun-api-key", lambda: "key-" + hx(32), "MAILGUN_API_KEY", "Mailgun", "basic", "api.mailgun.net")
vend("mailchimp-api-key", lambda: hx(32) + "-us" + str(R.randrange(1, 21)), "MAILCHIMP_API_KEY", "Mailchimp", "basic", "us6.api.mailchimp.com")
vend("brevo-api-key", lambda: "xkeysib-" + hx(64) + "-" + rs(16), "BREVO_API_KEY", "Brevo", "hdr:api-key", "api.brevo.com")
vend("postmark-server-token", uid, "POSTMARK_SERVER_TOKEN", "Postmark", "hdr:X-Postmark-Server-Token", "api.postmarkapp.com")
vend("resend-api-key", lambda: "re_" + rs(8) + "_" + rs(24), "RESEND_API_KEY", "Resend", "bearer", "api.resend.com")
vend("stripe-secret-key", lambda: "sk_live_51" + rs(97), "STRIPE_SECRET_KEY", "Stripe", "bearer", "api.stripe.com")
vend("stripe-restricted-key", lambda: "rk_live_51" + rs(97), "STRIPE_RESTRICTED_KEY", "Stripe", "bearer", "api.stripe.com")
vend("stripe-webhook-secret", lambda: "whsec_" + rs(32), "STRIPE_WEBHOOK_SECRET", "Stripe", "none", "api.stripe.com")
vend("square-access-token", lambda: "EAAA" + rs(60, B64U), "SQUARE_ACCESS_TOKEN", "Square", "bearer", "connect.squareup.com")
vend("square-oauth-secret", lambda: "sq0csp-" + rs(43, B64U), "SQUARE_APP_SECRET", "Square", "form:client_secret", "connect.squareup.com")
vend("braintree-access-token", g_braintree, "BRAINTREE_ACCESS_TOKEN", "Braintree", "bearer", "payments.braintree-api.com")
vend("paypal-client-secret", lambda: "E" + rs(79, B64U), "PAYPAL_CLIENT_SECRET", "PayPal", "basic", "api-m.paypal.com")
vend("shopify-access-token", lambda: "shpat_" + hx(32), "SHOPIFY_ACCESS_TOKEN", "Shopify", "hdr:X-Shopify-Access-Token", "acme.myshopify.com")
vend("shopify-shared-secret", lambda: "shpss_" + hx(32), "SHOPIFY_API_SECRET", "Shopify", "none", "acme.myshopify.com")
vend("shopify-custom-app-token", lambda: "shpca_" + hx(32), "SHOPIFY_CUSTOM_APP_TOKEN", "Shopify", "hdr:X-Shopify-Access-Token", "acme.myshopify.com")
vend("shopify-private-app-token", lambda: "shppa_" + hx(32), "SHOPIFY_PRIVATE_APP_PASSWORD", "Shopify", "hdr:X-Shopify-Access-Token", "acme.myshopify.com")
vend("openai-api-key", g_openai, "OPENAI_API_KEY", "OpenAI", "bearer", "api.openai.com")
vend("openai-api-key-legacy", g_openai_legacy, "OPENAI_KEY", "OpenAI", "bearer", "api.openai.com")
vend("anthropic-api-key", g_anthropic, "ANTHROPIC_API_KEY", "Anthropic", "hdr:x-api-key", "api.anthropic.com")
vend("huggingface-token", lambda: "hf_" + rs(34, UP + LO), "HF_TOKEN", "Hugging Face", "bearer", "huggingface.co")
vend("replicate-api-token", lambda: "r8_" + rs(37), "REPLICATE_API_TOKEN", "Replicate", "bearer", "api.replicate.com")
vend("groq-api-key", lambda: "gsk_" + rs(52), "GROQ_API_KEY", "Groq", "bearer", "api.groq.com")
vend("perplexity-api-key", lambda: "pplx-" + rs(48), "PERPLEXITY_API_KEY", "Perplexity", "bearer", "api.perplexity.ai")
vend("cohere-api-key", lambda: rs(40), "COHERE_API_KEY", "Cohere", "bearer", "api.cohere.com")
vend("mistral-api-key", lambda: rs(32), "MISTRAL_API_KEY", "Mistral", "bearer", "api.mistral.ai")
vend("google-api-key", lambda: "AIza" + rs(35, B64U), "GOOGLE_MAPS_SERVER_KEY", "Google Maps (server)", "query:key", "maps.googleapis.com")
vend("google-oauth-client-secret", lambda: "GOCSPX-" + rs(28, B64U), "GOOGLE_CLIENT_SECRET", "Google OAuth", "form:client_secret", "oauth2.googleapis.com")
vend("google-oauth-refresh-token", g_gcp_refresh, "GOOGLE_REFRESH_TOKEN", "Google OAuth", "form:refresh_token", "oauth2.googleapis.com")
vend("google-oauth-access-token", g_ya29, "GOOGLE_ACCESS_TOKEN", "Google", "bearer", "www.googleapis.com")
vend("aws-bedrock-api-key", lambda: "ABSK" + rs(132, B64C), "AWS_BEARER_TOKEN_BEDROCK", "Amazon Bedrock", "bearer", "bedrock-runtime.us-east-1.amazonaws.com")
vend("azure-ad-client-secret", g_azure_secret, "AZURE_CLIENT_SECRET", "Azure AD", "form:client_secret", "login.microsoftonline.com")
vend("azure-devops-pat", lambda: rs(52, LO + "234567"), "AZURE_DEVOPS_EXT_PAT", "Azure DevOps", "basic", "dev.azure.com")
vend("alibaba-access-key-secret", lambda: rs(30), "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "Alibaba Cloud", "none", "ecs.aliyuncs.com")
vend("tencent-secret-key", lambda: rs(32), "TENCENTCLOUD_SECRET_KEY", "Tencent Cloud", "none", "cvm.tencentcloudapi.com")
vend("ibm-cloud-api-key", lambda: rs(44, B64U), "IBMCLOUD_API_KEY", "IBM Cloud", "form:apikey", "iam.cloud.ibm.com")
vend("digitalocean-pat", lambda: "dop_v1_" + hx(64), "DIGITALOCEAN_ACCESS_TOKEN", "DigitalOcean", "bearer", "api.digitalocean.com")
vend("digitalocean-oauth-token", lambda: "doo_v1_" + hx(64), "DO_OAUTH_TOKEN", "DigitalOcean", "bearer", "api.digitalocean.com")
vend("linode-api-token", lambda: hx(64), "LINODE_TOKEN", "Linode", "bearer", "api.linode.com")
vend("hetzner-api-token", lambda: rs(64), "HCLOUD_TOKEN", "Hetzner Cloud", "bearer", "api.hetzner.cloud")
vend("vultr-api-key", lambda: rs(36, UP + DI), "VULTR_API_KEY", "Vultr", "bearer", "api.vultr.com")
vend("scaleway-secret-key", uid, "SCW_SECRET_KEY", "Scaleway", "hdr:X-Auth-Token", "api.scaleway.com")
vend("yandex-api-key", lambda: "AQVN" + rs(36, B64U), "YC_API_KEY", "Yandex Cloud", "hdr:Authorization:Api-Key ", "llm.api.cloud.yandex.net")
vend("cloudflare-api-token", lambda: rs(40, B64U), "CLOUDFLARE_API_TOKEN", "Cloudflare", "bearer", "api.cloudflare.com")
vend("cloudflare-global-api-key", lambda: hx(37), "CLOUDFLARE_API_KEY", "Cloudflare", "hdr:X-Auth-Key", "api.cloudflare.com")
vend("cloudflare-origin-ca-key", g_cf_origin, "CF_ORIGIN_CA_KEY", "Cloudflare", "hdr:X-Auth-User-Service-Key", "api.cloudflare.com")
vend("fastly-api-token", lambda: rs(32, B64U), "FASTLY_API_TOKEN", "Fastly", "hdr:Fastly-Key", "api.fastly.com")
vend("netlify-pat", lambda: "nfp_" + rs(36), "NETLIFY_AUTH_TOKEN", "Netlify", "bearer", "api.netlify.com")
vend("vercel-token", lambda: rs(24), "VERCEL_TOKEN", "Vercel", "bearer", "api.vercel.com")
vend("flyio-token", g_fly, "FLY_API_TOKEN", "Fly.io", "hdr:Authorization:FlyV1 ", "api.machines.dev")
vend("render-api-key", lambda: "rnd_" + rs(32), "RENDER_API_KEY", "Render", "bearer", "api.render.com")
vend("heroku-api-key", lambda: "HRKU-AA" + rs(58, B64U), "HEROKU_API_KEY", "Heroku", "bearer", "api.heroku.com")
vend("heroku-api-key-legacy", uid, "HEROKU_API_TOKEN", "Heroku", "bearer", "api.heroku.com")
vend("railway-token", uid, "RAILWAY_TOKEN", "Railway", "bearer", "backboard.railway.app")
vend("supabase-service-role-key", lambda: g_supabase("service_role"), "SUPABASE_SERVICE_ROLE_KEY", "Supabase", "hdr:apikey", "xyz.supabase.co")
vend("supabase-access-token", lambda: "sbp_" + hx(40), "SUPABASE_ACCESS_TOKEN", "Supabase", "bearer", "api.supabase.com")
vend("planetscale-password", lambda: "pscale_pw_" + rs(43, B64U), "PLANETSCALE_DB_PASSWORD", "PlanetScale", "none", "aws.connect.psdb.cloud")
vend("planetscale-service-token", lambda: "pscale_tkn_" + rs(43, B64U), "PLANETSCALE_SERVICE_TOKEN", "PlanetScale", "bearer", "api.planetscale.com")
vend("neon-api-key", lambda: "napi_" + ln(64), "NEON_API_KEY", "Neon", "bearer", "console.neon.tech")
vend("databricks-token", lambda: "dapi" + hx(32), "DATABRICKS_TOKEN", "Databricks", "bearer", "adb-1234.azuredatabricks.net")
vend("vault-service-token", lambda: "hvs." + rs(91, B64U), "VAULT_TOKEN", "Vault", "hdr:X-Vault-Token", "vault.acme.internal:8200")
vend("vault-batch-token", lambda: "hvb." + rs(150, B64U), "VAULT_BATCH_TOKEN", "Vault", "hdr:X-Vault-Token", "vault.acme.internal:8200")
vend("terraform-cloud-token", g_tfc, "TF_TOKEN_app_terraform_io", "Terraform Cloud", "bearer", "app.terraform.io")
vend("doppler-service-token", lambda: "dp.st.prd." + rs(40), "DOPPLER_TOKEN", "Doppler", "bearer", "api.doppler.com")
vend("doppler-personal-token", lambda: "dp.pt." + rs(43), "DOPPLER_PERSONAL_TOKEN", "Doppler", "bearer", "api.doppler.com")
vend("1password-service-account-token", g_ops, "OP_SERVICE_ACCOUNT_TOKEN", "1Password", "none", "my.1password.com")
vend("pulumi-access-token", lambda: "pul-" + hx(40), "PULUMI_ACCESS_TOKEN", "Pulumi", "hdr:Authorization:token ", "api.pulumi.com")
vend("age-secret-key", g_age, "SOPS_AGE_KEY", "age/sops", "none", "")
vend("datadog-api-key", lambda: hx(32), "DD_API_KEY", "Datadog", "hdr:DD-API-KEY", "api.datadoghq.com")
vend("datadog-app-key", lambda: hx(40), "DD_APP_KEY", "Datadog", "hdr:DD-APPLICATION-KEY", "api.datadoghq.com")
vend("newrelic-user-api-key", lambda: "NRAK-" + rs(27, UP + DI), "NEW_RELIC_API_KEY", "New Relic", "hdr:Api-Key", "api.newrelic.com")
vend("newrelic-license-key", lambda: hx(36) + "NRAL", "NEW_RELIC_LICENSE_KEY", "New Relic", "none", "collector.newrelic.com")
vend("sentry-user-token", lambda: "sntryu_" + hx(64), "SENTRY_AUTH_TOKEN", "Sentry", "bearer", "sentry.io")
vend("sentry-org-token", g_sntrys, "SENTRY_ORG_AUTH_TOKEN", "Sentry", "bearer", "sentry.io")
vend("grafana-cloud-token", g_glc, "GRAFANA_CLOUD_TOKEN", "Grafana Cloud", "bearer", "grafana.net")
vend("grafana-service-account-token", lambda: "glsa_" + rs(32) + "_" + hx(8), "GRAFANA_SA_TOKEN", "Grafana", "bearer", "grafana.acme.internal")
vend("honeycomb-api-key", lambda: rs(22), "HONEYCOMB_API_KEY", "Honeycomb", "hdr:X-Honeycomb-Team", "api.honeycomb.io")
vend("pagerduty-api-key", lambda: "u+" + rs(18, B64U), "PAGERDUTY_TOKEN", "PagerDuty", "hdr:Authorization:Token token=", "api.pagerduty.com")
vend("splunk-hec-token", uid, "SPLUNK_HEC_TOKEN", "Splunk HEC", "hdr:Authorization:Splunk ", "splunk.acme.internal:8088")
vend("dynatrace-api-token", lambda: "dt0c01." + rs(24, UP + DI) + "." + rs(64, UP + DI), "DT_API_TOKEN", "Dynatrace", "hdr:Authorization:Api-Token ", "abc12345.live.dynatrace.com")
vend("rollbar-access-token", lambda: hx(32), "ROLLBAR_ACCESS_TOKEN", "Rollbar", "hdr:X-Rollbar-Access-Token", "api.rollbar.com")
vend("linear-api-key", lambda: "lin_api_" + rs(40), "LINEAR_API_KEY", "Linear", "hdr:Authorization-raw", "api.linear.app")
vend("notion-token", lambda: "ntn_" + rs(11, DI) + rs(35), "NOTION_TOKEN", "Notion", "bearer", "api.notion.com")
vend("airtable-pat", lambda: "pat" + rs(14) + "." + hx(64), "AIRTABLE_TOKEN", "Airtable", "bearer", "api.airtable.com")
vend("asana-pat", g_asana, "ASANA_PAT", "Asana", "bearer", "app.asana.com")
vend("figma-pat", lambda: "figd_" + rs(40, B64U), "FIGMA_TOKEN", "Figma", "hdr:X-Figma-Token", "api.figma.com")
vend("postman-api-key", lambda: "PMAK-" + hx(24) + "-" + hx(34), "POSTMAN_API_KEY", "Postman", "hdr:X-Api-Key", "api.getpostman.com")
vend("circleci-pat", lambda: "CCIPAT_" + rs(22) + "_" + hx(40), "CIRCLE_TOKEN", "CircleCI", "hdr:Circle-Token", "circleci.com")
vend("buildkite-api-token", lambda: "bkua_" + hx(40), "BUILDKITE_API_TOKEN", "Buildkite", "bearer", "api.buildkite.com")
vend("jfrog-api-key", lambda: "AKCp" + rs(69), "ARTIFACTORY_API_KEY", "Artifactory", "hdr:X-JFrog-Art-Api", "acme.jfrog.io")
vend("jfrog-reference-token", lambda: "cmVmdGtuOjAxOj" + rs(50), "JFROG_ACCESS_TOKEN", "JFrog", "bearer", "acme.jfrog.io")
vend("sonarqube-token", lambda: "squ_" + hx(40), "SONAR_TOKEN", "SonarQube", "basic", "sonar.acme.internal")
vend("snyk-token", uid, "SNYK_TOKEN", "Snyk", "hdr:Authorization:token ", "api.snyk.io")
vend("codecov-token", uid, "CODECOV_TOKEN", "Codecov", "form:token", "codecov.io")
vend("dropbox-short-lived-token", lambda: "sl." + rs(135, B64U), "DROPBOX_ACCESS_TOKEN", "Dropbox", "bearer", "api.dropboxapi.com")
vend("okta-api-token", lambda: "00" + rs(40, B64U), "OKTA_API_TOKEN", "Okta", "hdr:Authorization:SSWS ", "acme.okta.com")
vend("auth0-client-secret", lambda: rs(64, B64U), "AUTH0_CLIENT_SECRET", "Auth0", "form:client_secret", "acme.eu.auth0.com")
vend("twitter-bearer-token", g_twitter_bearer, "TWITTER_BEARER_TOKEN", "Twitter/X", "bearer", "api.twitter.com")
vend("facebook-access-token", g_fb, "FB_PAGE_ACCESS_TOKEN", "Facebook Graph", "query:access_token", "graph.facebook.com")
vend("mapbox-secret-token", g_mapbox_sk, "MAPBOX_SECRET_TOKEN", "Mapbox", "query:access_token", "api.mapbox.com")
vend("algolia-admin-key", lambda: hx(32), "ALGOLIA_ADMIN_KEY", "Algolia", "hdr:X-Algolia-API-Key", "acme-dsn.algolia.net")
vend("contentful-management-token", lambda: "CFPAT-" + rs(43, B64U), "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful", "bearer", "api.contentful.com")
vend("shippo-api-token", lambda: "shippo_live_" + hx(40), "SHIPPO_API_KEY", "Shippo", "hdr:Authorization:ShippoToken ", "api.goshippo.com")
vend("easypost-api-key", lambda: "EZAK" + rs(54, LO + DI), "EASYPOST_API_KEY", "EasyPost", "basic", "api.easypost.com")
vend("lob-api-key", lambda: "live_" + hx(35), "LOB_API_KEY", "Lob", "basic", "api.lob.com")
vend("plaid-secret", lambda: hx(30), "PLAID_SECRET", "Plaid", "json:secret", "production.plaid.com")
vend("plaid-access-token", lambda: "access-production-" + uid(), "PLAID_ACCESS_TOKEN", "Plaid", "json:access_token", "production.plaid.com")
vend("razorpay-key-secret", lambda: rs(24), "RAZORPAY_KEY_SECRET", "Razorpay", "basic", "api.razorpay.com")
vend("flutterwave-secret-key", lambda: "FLWSECK-" + hx(32) + "-X", "FLW_SECRET_KEY", "Flutterwave", "bearer", "api.flutterwave.com")
vend("paystack-secret-key", lambda: "sk_live_" + hx(40), "PAYSTACK_SECRET_KEY", "Paystack", "bearer", "api.paystack.co")
vend("mollie-api-key", lambda: "live_" + rs(30), "MOLLIE_API_KEY", "Mollie", "bearer", "api.mollie.com")
vend("adyen-api-key", lambda: "AQE" + rs(3) + "g" + rs(90, AN + "+/") + "=-" + rs(44, AN + "+/") + "=-" + rs(16, AN + "<>[]{}"), "ADYEN_API_KEY", "Adyen", "hdr:X-API-Key", "checkout-live.adyenpayments.com")
vend("coinbase-api-secret", lambda: rs(64, B64U), "COINBASE_API_SECRET", "Coinbase", "none", "api.coinbase.com")
vend("launchdarkly-sdk-key", lambda: "sdk-" + uid(), "LAUNCHDARKLY_SDK_KEY", "LaunchDarkly", "hdr:Authorization-raw", "sdk.launchdarkly.com")
vend("pinecone-api-key", lambda: "pcsk_" + rs(6) + "_" + rs(63), "PINECONE_API_KEY", "Pinecone", "hdr:Api-Key", "api.pinecone.io")
vend("wandb-api-key", lambda: hx(40), "WANDB_API_KEY", "Weights & Biases", "basic", "api.wandb.ai")
vend("langsmith-api-key", lambda: "lsv2_pt_" + hx(32) + "_" + hx(10), "LANGSMITH_API_KEY", "LangSmith", "hdr:x-api-key", "api.smith.langchain.com")
vend("tailscale-auth-key", g_tskey, "TS_AUTHKEY", "Tailscale", "none", "login.tailscale.com")
vend("ngrok-authtoken", g_ngrok, "NGROK_AUTHTOKEN", "ngrok", "none", "api.ngrok.com")
vend("twitch-client-secret", lambda: ln(30), "TWITCH_CLIENT_SECRET", "Twitch", "form:client_secret", "id.twitch.tv")
vend("zoom-client-secret", lambda: rs(32), "ZOOM_CLIENT_SECRET", "Zoom", "basic", "zoom.us")
vend("jenkins-api-token", lambda: "11" + hx(32), "JENKINS_API_TOKEN", "Jenkins", "basic", "jenkins.acme.internal")
vend("harness-pat", lambda: "pat." + rs(22, B64U) + "." + rs(24) + "." + rs(20), "HARNESS_API_KEY", "Harness", "hdr:x-api-key", "app.harness.io")
vend("octopus-api-key", lambda: "API-" + rs(26, UP + DI), "OCTOPUS_API_KEY", "Octopus Deploy", "hdr:X-Octopus-ApiKey", "octopus.acme.internal")
vend("frameio-token", lambda: "fio-u-" + rs(64, B64U), "FRAMEIO_TOKEN", "Frame.io", "bearer", "api.frame.io")
vend("typeform-token", lambda: "tfp_" + rs(59, B64U), "TYPEFORM_TOKEN", "Typeform", "bearer", "api.typeform.com")
vend("prefect-api-key", lambda: "pnu_" + rs(36), "PREFECT_API_KEY", "Prefect", "bearer", "api.prefect.cloud")
vend("readme-api-key", lambda: "rdme_" + ln(70), "README_API_KEY", "ReadMe", "basic", "dash.readme.com")
vend("duffel-api-token", lambda: "duffel_live_" + rs(43, B64U), "DUFFEL_ACCESS_TOKEN", "Duffel", "bearer", "api.duffel.com")
vend("adafruit-io-key", lambda: "aio_" + rs(28), "ADAFRUIT_IO_KEY", "Adafruit IO", "hdr:X-AIO-Key", "io.adafruit.com")
vend("maxmind-license-key", lambda: rs(6) + "_" + rs(29) + "_mmk", "MAXMIND_LICENSE_KEY", "MaxMind", "basic", "download.maxmind.com")
vend("clickhouse-cloud-secret", lambda: "4b1d" + rs(38), "CLICKHOUSE_KEY_SECRET", "ClickHouse Cloud", "basic", "api.clickhouse.cloud")
vend("openshift-token", lambda: "sha256~" + rs(43, B64U), "OPENSHIFT_TOKEN", "OpenShift", "bearer", "api.ocp.acme.internal:6443")
vend("kubernetes-sa-token", g_sa_jwt, "KUBE_TOKEN", "Kubernetes", "bearer", "10.96.0.1:443")
vend("infracost-api-key", lambda: "ico-" + rs(32), "INFRACOST_API_KEY", "Infracost", "hdr:X-Api-Key", "pricing.api.infracost.io")
vend("mattermost-token", lambda: ln(26), "MATTERMOST_TOKEN", "Mattermost", "bearer", "chat.acme.internal")
vend("vonage-api-secret", lambda: rs(16), "VONAGE_API_SECRET", "Vonage", "basic", "rest.nexmo.com")
vend("plivo-auth-token", lambda: rs(40), "PLIVO_AUTH_TOKEN", "Plivo", "basic", "api.plivo.com")
vend("mixpanel-api-secret", lambda: hx(32), "MIXPANEL_API_SECRET", "Mixpanel", "basic", "mixpanel.com")
vend("intercom-access-token", g_intercom, "INTERCOM_ACCESS_TOKEN", "Intercom", "bearer", "api.intercom.io")
vend("zendesk-api-token", lambda: rs(40), "ZENDESK_API_TOKEN", "Zendesk", "basic", "acme.zendesk.com")
vend("hubspot-private-app-token", lambda: "pat-na1-" + uid(), "HUBSPOT_ACCESS_TOKEN", "HubSpot", "bearer", "api.hubapi.com")
vend("salesforce-access-token", g_salesforce, "SF_ACCESS_TOKEN", "Salesforce", "bearer", "acme.my.salesforce.com")
vend("gitea-token", lambda: hx(40), "GITEA_TOKEN", "Gitea", "hdr:Authorization:token ", "git.acme.internal")
vend("sourcegraph-token", lambda: "sgp_" + hx(16) + "_" + hx(40), "SRC_ACCESS_TOKEN", "Sourcegraph", "hdr:Authorization:token ", "sourcegraph.com")
vend("ghost-admin-api-key", lambda: hx(24) + ":" + hx(64), "GHOST_ADMIN_API_KEY", "Ghost", "none", "blog.acme.io")
vend("sumologic-access-key", lambda: rs(64), "SUMO_ACCESS_KEY", "Sumo Logic", "none", "api.sumologic.com")
vend("openstack-fernet-token", g_openstack, "OS_TOKEN", "OpenStack Keystone", "hdr:X-Auth-Token", "keystone.acme.internal:5000")
vend("travis-ci-token", lambda: rs(22), "TRAVIS_API_TOKEN", "Travis CI", "hdr:Authorization:token ", "api.travis-ci.com")
vend("drone-token", lambda: rs(32), "DRONE_TOKEN", "Drone CI", "bearer", "drone.acme.internal")
vend("elastic-cloud-api-key", lambda: "essu_" + rs(60, B64C), "EC_API_KEY", "Elastic Cloud", "hdr:Authorization:ApiKey ", "api.elastic-cloud.com")
VT = {v["type"]: v for v in V}

# ---------------- record machinery ----------------
MK = re.compile(r"⟦(\d+)⟧")
def fill(tpl, vals):
    out, spans, pos, last = [], [], 0, 0
    for m in MK.finditer(tpl):
        chunk = tpl[last:m.start()]
        out.append(chunk); pos += len(chunk)
        v = vals[int(m.group(1))]
        value, typ = v[0], v[1]
        sp = {"value": value, "start": pos, "end": pos + len(value), "type": typ}
        if len(v) > 2 and v[2] is not None:
            sp["plain"] = v[2]
        spans.append(sp)
        out.append(value); pos += len(value); last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans

POS, EVA, NEG = [], [], []
def add_pos(container, tpl, vals, source):
    text, spans = fill(tpl, vals)
    assert spans, (container, tpl[:80])
    POS.append({"id": "p5-pos-%04d" % (len(POS) + 1), "type": spans[0]["type"], "container": container, "text": text, "secrets": spans, "source": source})
def add_ev(container, encoding, tpl, vals, source):
    text, spans = fill(tpl, vals)
    EVA.append({"id": "p5-ev-%04d" % (len(EVA) + 1), "type": spans[0]["type"], "container": container, "encoding": encoding, "text": text, "secrets": spans, "source": source})
def add_neg(cls, container, text, source):
    assert "⟦" not in text
    NEG.append({"id": "p5-neg-%04d" % (len(NEG) + 1), "class": cls, "container": container, "text": text, "source": source})

# ---------------- public-by-design neighbours (never labelled) ----------------
def pub_stripe(): return "pk_live_51" + rs(97)
def pub_sentry(): return "https://%s@o%d.ingest.us.sentry.io/%d" % (hx(32), R.randrange(100000, 999999), R.randrange(1000000, 9999999))
def pub_google_client(): return "%d-%s.apps.googleusercontent.com" % (R.randrange(10**11, 10**12), ln(32))
def pub_firebase(): return "AIza" + rs(35, B64U)
def pub_algolia_search(): return hx(32)
def pub_line():
    k = R.randrange(7)
    if k == 0: return "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=" + pub_stripe()
    if k == 1: return "SENTRY_DSN=" + pub_sentry()
    if k == 2: return "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + g_supabase("anon")
    if k == 3: return "GOOGLE_CLIENT_ID=" + pub_google_client()
    if k == 4: return "NEXT_PUBLIC_MAPBOX_TOKEN=" + g_mapbox_pk()
    if k == 5: return "ALGOLIA_SEARCH_ONLY_KEY=" + pub_algolia_search()
    return "VITE_FIREBASE_API_KEY=" + pub_firebase()

def db_url(scheme=None):
    scheme = scheme or pick(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    p = alnum_pw() if R.random() < 0.6 else human_pw().replace("@", "_").replace("#", "_").replace("?", "_").replace("%", "_").replace("/", "_").replace(":", "_")
    u = pick(["app", "svc_" + svc().replace("-", "_"), "admin", "root", "readonly", "django", "rails"])
    hst = host()
    db = pick(["app", "prod", "main", "orders", "analytics"])
    pr = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672}[scheme]
    return "%s://%s:" % (scheme, u), p, "@%s:%d/%s" % (hst, pr, db if scheme != "redis" else "0")

def basic_user(v):
    return {"pypi-token": "__token__", "azure-devops-pat": "", "gitlab-deploy-token": "gitlab+deploy-token-%d" % R.randrange(100, 9999),
            "atlassian-api-token": user() + "@" + org() + ".com", "jenkins-api-token": user(), "dockerhub-pat": org() + "ci",
            "bitbucket-app-password": user().replace(".", ""), "zendesk-api-token": user() + "@" + org() + ".com/token"}.get(v["type"], "api")

def http_use(v):
    """returns (url, headers, body, vals) with ⟦0⟧ = secret"""
    st, hst = v["style"], v["host"] or "api.example.internal"
    url = "https://%s/%s" % (hst, pick(["v1/status", "api/v2/me", "v3/user", "api/v1/projects", "v1/messages", "api/health"]))
    if st == "bearer": return url, ["Authorization: Bearer ⟦0⟧"], None, None
    if st == "token": return url, ["Authorization: token ⟦0⟧"], None, None
    if st.startswith("hdr:Authorization:"): return url, ["Authorization: " + st[len("hdr:Authorization:"):] + "⟦0⟧"], None, None
    if st == "hdr:Authorization-raw": return url, ["Authorization: ⟦0⟧"], None, None
    if st.startswith("hdr:"): return url, [st[4:] + ": ⟦0⟧"], None, None
    if st == "basic":
        return url, ["Authorization: Basic ⟦0⟧"], None, "basic"
    if st.startswith("query:"): return url + "?" + st[6:] + "=⟦0⟧", [], None, None
    if st.startswith("form:"): return "https://%s/oauth/token" % hst, ["Content-Type: application/x-www-form-urlencoded"], "grant_type=client_credentials&" + st[5:] + "=⟦0⟧", None
    if st.startswith("json:"): return "https://%s/item/get" % hst, ["Content-Type: application/json"], '{"client_id":"%s","%s":"⟦0⟧"}' % (hx(24), st[5:]), None
    if st == "path:bot": return "https://api.telegram.org/bot⟦0⟧/getMe", [], None, None
    if st == "url": return "⟦0⟧", ["Content-Type: application/json"], '{"text":"deploy %s finished"}' % sha()[:7], None
    return None

def vals_for(v, tok, basic):
    if basic:
        u = basic_user(v)
        plain = u + ":" + tok
        return [(b64(plain.encode()), v["type"], plain)]
    return [(tok, v["type"])]

SRC_V = "p5 synthetic; value shape per public rule sets (gitleaks/Betterleaks/Kingfisher/CredSweeper/trufflehog) and vendor token docs for %s"

# ---------------- vendor-matrix wrappers (container kinds) ----------------
def extra_db(vals):
    a, p, b = db_url()
    vals.append((p, "database-password"))
    return a + "⟦%d⟧" % (len(vals) - 1) + b

def w_dotenv(v, tok):
    vals = [(tok, v["type"])]
    lines = ["# %s — local overrides, do not commit" % svc(), "NODE_ENV=production", "PORT=%d" % R.randrange(3000, 9000), pub_line()]
    if R.random() < 0.6: lines.append("DATABASE_URL=" + extra_db(vals))
    lines.insert(R.randrange(2, len(lines) + 1), "%s=%s" % (v["env"], pick(["⟦0⟧", '"⟦0⟧"', "'⟦0⟧'"])))
    lines.append("LOG_LEVEL=" + pick(["info", "debug", "warn"]))
    return ".env", "\n".join(lines) + "\n", vals

def w_bash_export(v, tok):
    u, h = user().split(".")[0], pick(["devbox", "bastion-1", "mbp-" + user().split(".")[0], "ip-10-0-3-17"])
    p = "%s@%s:~/src/%s$ " % (u, h, svc())
    use = http_use(v)
    t = p + "export %s=⟦0⟧\n" % v["env"]
    if use and use[3] is None and use[0] != "⟦0⟧":
        url, hdrs, body, _ = use
        hv = hdrs[0].replace("⟦0⟧", "$" + v["env"]) if hdrs else ""
        t += p + "curl -s %s%s | jq .\n" % (('-H "%s" ' % hv) if hv else "", url.replace("⟦0⟧", "$" + v["env"]))
        t += '{\n  "ok": true,\n  "id": "%s"\n}\n' % hx(12)
    else:
        t += p + "./scripts/deploy.sh --env prod\n[deploy] using credentials from environment\n[deploy] done in %.1fs\n" % (R.random() * 40 + 3)
    t += p
    return "bash-session", t, [(tok, v["type"])]

def w_printenv(v, tok):
    vals = [(tok, v["type"])]
    env = ["HOSTNAME=%s-%s-%s" % (svc(), ln(10), ln(5)), "HOME=/root", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
           "KUBERNETES_SERVICE_HOST=10.96.0.1", "KUBERNETES_PORT_443_TCP_PORT=443", "%s=⟦0⟧" % v["env"], "GIT_COMMIT=" + sha()]
    if R.random() < 0.5: env.append("DATABASE_URL=" + extra_db(vals))
    R.shuffle(env)
    return "printenv-output", "/ # printenv\n" + "\n".join(env) + "\n/ # ", vals

def w_gha_log(v, tok):
    d, base = date(), R.randrange(3600 * 20)
    def stamp(i):
        t0 = base + i * R.randrange(1, 3)
        return "%sT%02d:%02d:%02d.%07dZ" % (d, t0 // 3600, (t0 // 60) % 60, t0 % 60, R.randrange(10**7))
    body = ["##[group]Run ./ci/publish.sh", "./ci/publish.sh", "shell: /usr/bin/bash -e {0}", "env:", "  NODE_VERSION: 20.x", "  %s: ⟦0⟧" % v["env"], "##[endgroup]",
            "Publishing %s@%d.%d.%d ..." % (svc(), R.randrange(5), R.randrange(20), R.randrange(30)), "npm ERR! code E403", "##[error]Process completed with exit code 1."]
    return "github-actions-log", "\n".join(stamp(i) + " " + b for i, b in enumerate(body)) + "\n", [(tok, v["type"])]

def w_gitlab_log(v, tok):
    use = http_use(v)
    runner = "Running with gitlab-runner 16.%d.%d (%s)\n  on %s-runner-%d %s, system ID: s_%s\n" % (R.randrange(11), R.randrange(5), hx(8), org(), R.randrange(1, 9), rs(8), hx(12))
    t = runner + "Preparing the \"docker\" executor\nUsing docker image sha256:%s for alpine:3.19 ...\n" % hx(64)
    t += "Executing \"step_script\" stage of the job script\n$ set -x\n"
    if use and use[3] is None and use[0] != "⟦0⟧":
        url, hdrs, body, _ = use
        t += "+ curl --fail -sS " + " ".join("--header '%s'" % h for h in hdrs) + (" --data '%s'" % body if body else "") + " '%s'\n" % url
        t += "curl: (22) The requested URL returned error: 401\n"
    else:
        t += "+ echo 'configuring %s'\n+ export %s=⟦0⟧\n+ ./bin/release\n" % (v["name"], v["env"])
    t += "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"
    return "gitlab-ci-log", t, vals_for(v, tok, use and use[3] == "basic" and use[0] != "⟦0⟧" and R.random() < 2)

def w_jenkins(v, tok):
    use = http_use(v)
    t = "Started by user %s\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-%d in /var/jenkins/workspace/%s\n[Pipeline] {\n[Pipeline] sh\n" % (user(), R.randrange(1, 20), svc())
    if use and use[0] != "⟦0⟧":
        url, hdrs, body, basic = use
        t += "+ curl -sf " + " ".join("-H '%s'" % h for h in hdrs) + (" -d '%s'" % body if body else "") + " %s\n" % url
        vals = vals_for(v, tok, basic)
    else:
        t += "+ %s=⟦0⟧ ./gradlew publish --no-daemon\n" % v["env"]
        vals = [(tok, v["type"])]
    t += "[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\nFinished: FAILURE\n"
    return "jenkins-console-log", t, vals

def w_circleci(v, tok):
    t = "version: 2.1\norbs:\n  node: circleci/node@5.2.0\njobs:\n  deploy:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      NODE_ENV: production\n      %s: ⟦0⟧\n    steps:\n      - checkout\n      - run: npm ci && npm run deploy\nworkflows:\n  main:\n    jobs: [deploy]\n" % v["env"]
    return "circleci-config-yml", t, [(tok, v["type"])]

def w_buildkite(v, tok):
    t = "steps:\n  - label: \":rocket: release\"\n    command: \"make release\"\n    agents:\n      queue: %s\n    env:\n      %s: \"⟦0⟧\"\n      RELEASE_CHANNEL: stable\n" % (pick(["default", "deploy", "linux-arm64"]), v["env"])
    return "buildkite-pipeline-yml", t, [(tok, v["type"])]

def w_azure_pipes(v, tok):
    t = "trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  buildConfiguration: Release\n  %s: '⟦0⟧'\nsteps:\n- script: dotnet build --configuration $(buildConfiguration)\n  displayName: 'dotnet build'\n- script: ./deploy.sh\n  env:\n    TOKEN: $(%s)\n" % (v["env"], v["env"])
    return "azure-pipelines-yml", t, [(tok, v["type"])]

def w_k8s_deploy(v, tok):
    vals = [(tok, v["type"])]
    s = svc()
    t = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n      labels:\n        app: %s\n    spec:\n      containers:\n        - name: %s\n          image: ghcr.io/%s/%s:%s\n          env:\n            - name: %s\n              value: \"⟦0⟧\"\n" % (s, pick(["prod", "default", "apps"]), s, s, s, org(), s, sha()[:7], v["env"])
    if R.random() < 0.5:
        t += "            - name: DATABASE_URL\n              value: \"%s\"\n" % extra_db(vals)
    t += "            - name: LOG_FORMAT\n              value: json\n"
    return "kubernetes-deployment-yaml", t, vals

def w_compose(v, tok):
    vals = [(tok, v["type"])]
    s = svc()
    t = "services:\n  %s:\n    image: %s/%s:latest\n    restart: unless-stopped\n    environment:\n      - %s=⟦0⟧\n" % (s, org(), s, v["env"])
    if R.random() < 0.6:
        p = alnum_pw()
        vals.append((p, "database-password"))
        t += "      - DB_HOST=db\n    depends_on: [db]\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦%d⟧\n" % (len(vals) - 1)
    t += "    ports:\n      - \"%d:%d\"\n" % (R.randrange(3000, 9000), R.randrange(3000, 9000))
    return "docker-compose-yml", t, vals

def w_dockerfile(v, tok):
    t = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV PYTHONUNBUFFERED=1 \\\n    %s=⟦0⟧\nEXPOSE 8000\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]\n" % v["env"]
    return "dockerfile", t, [(tok, v["type"])]

def w_docker_inspect(v, tok):
    vals = [(tok, v["type"])]
    envs = ['"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '"%s=⟦0⟧"' % v["env"], '"TZ=UTC"']
    if R.random() < 0.5: envs.insert(1, '"DATABASE_URL=%s"' % extra_db(vals))
    t = '$ docker inspect %s --format \'{{json .Config}}\' | jq\n{\n  "Hostname": "%s",\n  "User": "app",\n  "Env": [\n    %s\n  ],\n  "Cmd": [\n    "node",\n    "server.js"\n  ],\n  "Image": "%s/%s@sha256:%s",\n  "WorkingDir": "/srv"\n}\n' % (hx(12), hx(12), ",\n    ".join(envs), org(), svc(), hx(64))
    return "docker-inspect-output", t, vals

def w_kubectl_describe(v, tok):
    s = svc()
    t = "$ kubectl describe pod %s-%s-%s -n prod\nName:             %s-%s-%s\nNamespace:        prod\nNode:             ip-%s.ec2.internal/%s\nStatus:           Running\nContainers:\n  %s:\n    Image:          %s.dkr.ecr.eu-west-1.amazonaws.com/%s:%s\n    Port:           8080/TCP\n    State:          Running\n    Ready:          True\n    Restart Count:  3\n    Environment:\n      SPRING_PROFILES_ACTIVE:  prod\n      %s:  ⟦0⟧\n      JAVA_OPTS:               -Xmx512m\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\n" % (
        s, hx(10), ln(5), s, hx(10), ln(5), ip().replace(".", "-"), ip(), s, R.randrange(10**11, 10**12), s, sha()[:7], v["env"], ln(5))
    return "kubectl-describe-output", t, [(tok, v["type"])]

def w_heroku(v, tok):
    vals = [(tok, v["type"])]
    app = "%s-%s" % (org(), svc())
    rows = [("%s:" % v["env"], "⟦0⟧"), ("LANG:", "en_US.UTF-8"), ("RACK_ENV:", "production")]
    if R.random() < 0.6:
        a, p, b = db_url("postgres"); vals.append((p, "database-password")); rows.append(("DATABASE_URL:", a + "⟦%d⟧" % (len(vals) - 1) + b))
    rows.sort(key=lambda r: r[0])
    w = max(len(r[0]) for r in rows) + 1
    return "heroku-config-output", "$ heroku config -a %s\n=== %s Config Vars\n" % (app, app) + "".join("%s %s\n" % (k.ljust(w), val) for k, val in rows), vals

def w_tfvars(v, tok):
    t = "region        = \"eu-central-1\"\nenvironment   = \"prod\"\ninstance_type = \"t3.medium\"\n%s = \"⟦0⟧\"\ntags = {\n  owner = \"platform\"\n}\n" % v["env"].lower()
    return "terraform-tfvars", t, [(tok, v["type"])]

def w_ansible(v, tok):
    t = "---\n# group_vars/%s/vars.yml\napp_name: %s\napp_port: %d\n%s: \"⟦0⟧\"\nntp_servers:\n  - 0.pool.ntp.org\n  - 1.pool.ntp.org\n" % (pick(["prod", "all", "webservers"]), svc(), R.randrange(3000, 9000), v["env"].lower())
    return "ansible-group-vars", t, [(tok, v["type"])]

def w_pulumi(v, tok):
    proj = svc()
    t = "config:\n  aws:region: us-west-2\n  %s:%s: ⟦0⟧\n  %s:replicas: \"3\"\n" % (proj, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower()), proj)
    return "pulumi-stack-config", t, [(tok, v["type"])]

def w_serverless(v, tok):
    t = "service: %s\nframeworkVersion: '3'\nprovider:\n  name: aws\n  runtime: nodejs18.x\n  region: eu-west-1\n  environment:\n    STAGE: ${sls:stage}\n    %s: ⟦0⟧\nfunctions:\n  handler:\n    handler: src/handler.main\n    events:\n      - httpApi: 'POST /hook'\n" % (svc(), v["env"])
    return "serverless-yml", t, [(tok, v["type"])]

def w_cfn(v, tok):
    t = "AWSTemplateFormatVersion: '2010-09-09'\nDescription: %s worker\nResources:\n  WorkerFunction:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Role: !GetAtt WorkerRole.Arn\n      Environment:\n        Variables:\n          %s: ⟦0⟧\n          TABLE_NAME: !Ref JobsTable\n" % (svc(), v["env"])
    return "cloudformation-yaml", t, [(tok, v["type"])]

def w_systemd(v, tok):
    s = svc()
    t = "[Unit]\nDescription=%s service\nAfter=network-online.target\n\n[Service]\nUser=%s\nEnvironment=\"%s=⟦0⟧\"\nEnvironment=\"PORT=%d\"\nExecStart=/opt/%s/bin/%s\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % (s, s.replace("-", ""), v["env"], R.randrange(3000, 9000), s, s)
    return "systemd-unit", t, [(tok, v["type"])]

def w_supervisord(v, tok):
    s = svc()
    t = "[program:%s]\ncommand=/srv/%s/venv/bin/python worker.py\ndirectory=/srv/%s\nautostart=true\nautorestart=true\nenvironment=%s=\"⟦0⟧\",PYTHONPATH=\"/srv/%s\"\nstdout_logfile=/var/log/%s.log\n" % (s, s, s, v["env"], s, s)
    return "supervisord-conf", t, [(tok, v["type"])]

def w_helm(v, tok):
    t = "replicaCount: 2\nimage:\n  repository: %s/%s\n  tag: \"%s\"\nenv:\n  %s: \"⟦0⟧\"\nresources:\n  limits:\n    memory: 256Mi\ningress:\n  enabled: true\n  hosts:\n    - host: %s.%s.io\n" % (org(), svc(), sha()[:7], v["env"], svc(), org())
    return "helm-values-yaml", t, [(tok, v["type"])]

def w_vscode(v, tok):
    t = '{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "Debug %s",\n      "program": "${workspaceFolder}/src/index.ts",\n      "env": {\n        "NODE_ENV": "development",\n        "%s": "⟦0⟧"\n      },\n      "outFiles": ["${workspaceFolder}/dist/**/*.js"]\n    }\n  ]\n}\n' % (svc(), v["env"])
    return "vscode-launch-json", t, [(tok, v["type"])]

def w_idea(v, tok):
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="RunManager" selected="Application.%s">\n    <configuration name="%s" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">\n      <option name="SPRING_BOOT_MAIN_CLASS" value="com.%s.App" />\n      <envs>\n        <env name="SPRING_PROFILES_ACTIVE" value="local" />\n        <env name="%s" value="⟦0⟧" />\n      </envs>\n      <method v="2">\n        <option name="Make" enabled="true" />\n      </method>\n    </configuration>\n  </component>\n</project>\n' % ("App", "App", org().replace("-", ""), v["env"])
    return "idea-workspace-xml", t, [(tok, v["type"])]

def w_postman_env(v, tok):
    t = '{\n\t"id": "%s",\n\t"name": "%s prod",\n\t"values": [\n\t\t{\n\t\t\t"key": "baseUrl",\n\t\t\t"value": "https://%s",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t},\n\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": "⟦0⟧",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}\n\t],\n\t"_postman_variable_scope": "environment",\n\t"_postman_exported_at": "%s",\n\t"_postman_exported_using": "Postman/10.24.3"\n}\n' % (uid(), v["name"], v["host"] or "api.internal", re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower()), isoms())
    return "postman-environment-json", t, [(tok, v["type"])]

def _req_parts(v):
    use = http_use(v)
    if not use: return None
    return use

def w_curl(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    t = "$ curl -sS -X %s '%s' \\\n" % ("POST" if body else "GET", url) + "".join("    -H '%s' \\\n" % h for h in hdrs) + ("    -d '%s' \\\n" % body if body else "") + "    -o /dev/null -w '%{http_code}\\n'\n" + pick(["200", "401", "403", "204"]) + "\n"
    return "curl-command", t, vals_for(v, tok, basic)

def w_httpie(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    hs = " ".join("'%s'" % h.replace(": ", ":", 1) for h in hdrs)
    t = "$ http %s %s %s\nHTTP/1.1 200 OK\nContent-Type: application/json\nDate: Tue, %d Mar 2024 %s GMT\n\n{\n    \"status\": \"ok\"\n}\n" % ("POST" if body else "GET", url, hs, R.randrange(1, 28), tod())
    if body: t = t.replace(hs, hs + " --raw '%s'" % body, 1)
    return "httpie-command", t, vals_for(v, tok, basic)

def w_wget(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    t = "$ wget -qO- " + " ".join("--header='%s'" % h for h in hdrs) + (" --post-data='%s'" % body if body else "") + " '%s'\n" % url + '{"result":"ok"}\n'
    return "wget-command", t, vals_for(v, tok, basic)

def w_http_dump(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    u = urllib.parse.urlsplit(url.replace("⟦0⟧", "TOKEN0"))
    path = (u.path or "/") + ("?" + u.query if u.query else "")
    path = path.replace("TOKEN0", "⟦0⟧")
    hostn = u.netloc.replace("TOKEN0", "⟦0⟧") if u.netloc else v["host"]
    t = "%s %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: */*\r\n" % ("POST" if body else "GET", path, hostn, pick(["python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/1.1", "axios/1.6.7"]))
    t += "".join(h + "\r\n" for h in hdrs)
    if body: t += "Content-Length: %d\r\n\r\n%s" % (len(body.replace("⟦0⟧", tok)), body)
    else: t += "\r\n"
    return "http-request-dump", t, vals_for(v, tok, basic)

def w_har(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    hj = ",\n".join('            {"name": "%s", "value": "%s"}' % tuple(h.split(": ", 1)) for h in hdrs)
    t = '{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "WebInspector", "version": "537.36"},\n    "entries": [\n      {\n        "startedDateTime": "%s",\n        "request": {\n          "method": "%s",\n          "url": "%s",\n          "httpVersion": "http/2.0",\n          "headers": [\n%s\n          ],\n          "queryString": [],\n          "cookies": []\n        },\n        "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0"},\n        "time": %d.%d\n      }\n    ]\n  }\n}\n' % (isoms(), "POST" if body else "GET", url, hj, R.randrange(20, 900), R.randrange(100, 999))
    return "har-file", t, vals_for(v, tok, basic)

def w_python(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    if basic:
        u = basic_user(v)
        t = "import requests\n\nsession = requests.Session()\nsession.auth = (\"%s\", \"⟦0⟧\")\nresp = session.get(\"%s\", timeout=10)\nresp.raise_for_status()\nprint(resp.json())\n" % (u, url)
        return "python-source", t, [(tok, v["type"])]
    hd = ", ".join('"%s": "%s"' % tuple(h.split(": ", 1)) for h in hdrs)
    t = "import os\nimport requests\n\n%s = os.environ.get(\"%s\", \"⟦0⟧\")\n\n\ndef fetch():\n    r = requests.%s(\"%s\", headers={%s}%s, timeout=15)\n    r.raise_for_status()\n    return r.json()\n" % (
        v["env"], v["env"], "post" if body else "get", url, hd, (", data=\"%s\"" % body) if body else "")
    t = t.replace("⟦0⟧", "@@", 1).replace("⟦0⟧", "\" + " + v["env"] + " + \"").replace("@@", "⟦0⟧")
    t = t.replace(' + ""', "").replace('"" + ', "")
    return "python-source", t, [(tok, v["type"])]

def w_node(v, tok):
    t = "const express = require('express');\nconst axios = require('axios');\n\nconst %s = process.env.%s || '⟦0⟧';\nconst app = express();\n\napp.post('/sync', async (req, res) => {\n  const { data } = await axios.get('https://%s/v1/items', {\n    headers: { Authorization: `Bearer ${%s}` },\n  });\n  res.json(data);\n});\n\napp.listen(3000);\n" % (
        re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower()), v["env"], v["host"] or "api.internal", re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower()))
    return "javascript-express-source", t, [(tok, v["type"])]

def w_go(v, tok):
    name = "".join(p.capitalize() for p in v["env"].lower().split("_"))
    t = "package config\n\nimport \"os\"\n\n// fallback used when the env var is missing (TODO remove before release)\nconst default%s = \"⟦0⟧\"\n\nfunc %s() string {\n\tif v := os.Getenv(\"%s\"); v != \"\" {\n\t\treturn v\n\t}\n\treturn default%s\n}\n" % (name, name, v["env"], name)
    return "go-source", t, [(tok, v["type"])]

def w_rust(v, tok):
    t = "use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};\n\nconst %s: &str = \"⟦0⟧\";\n\npub fn client() -> reqwest::Result<reqwest::Client> {\n    let mut h = HeaderMap::new();\n    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!(\"Bearer {}\", %s)).unwrap());\n    reqwest::Client::builder().default_headers(h).build()\n}\n" % (v["env"], v["env"])
    return "rust-source", t, [(tok, v["type"])]

def w_kotlin(v, tok):
    name = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower())
    t = "package com.%s.integrations\n\nobject %sConfig {\n    const val BASE_URL = \"https://%s\"\n    const val %s = \"⟦0⟧\"\n    val timeoutMs = 15_000L\n}\n" % (org().replace("-", ""), v["name"].replace(" ", "").replace(".", "").replace("/", "").replace("&", "").replace("(", "").replace(")", ""), v["host"] or "api.internal", name)
    return "kotlin-source", t, [(tok, v["type"])]

def w_swift(v, tok):
    name = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower())
    t = "import Foundation\n\nenum Secrets {\n    static let %s = \"⟦0⟧\"\n}\n\nfunc makeRequest() -> URLRequest {\n    var req = URLRequest(url: URL(string: \"https://%s/v1/me\")!)\n    req.setValue(\"Bearer \\(Secrets.%s)\", forHTTPHeaderField: \"Authorization\")\n    return req\n}\n" % (name, v["host"] or "api.internal", name)
    return "swift-source", t, [(tok, v["type"])]

def w_elixir(v, tok):
    t = "import Config\n\nconfig :%s, %s.Client,\n  base_url: \"https://%s\",\n  %s: \"⟦0⟧\",\n  recv_timeout: 15_000\n" % (svc().replace("-", "_"), "".join(p.capitalize() for p in svc().split("-")), v["host"] or "api.internal", v["env"].lower())
    return "elixir-config-exs", t, [(tok, v["type"])]

def w_dart(v, tok):
    name = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), v["env"].lower())
    t = "import 'package:http/http.dart' as http;\n\nconst String %s = '⟦0⟧';\n\nFuture<http.Response> ping() {\n  return http.get(\n    Uri.parse('https://%s/v1/ping'),\n    headers: {'Authorization': 'Bearer $%s'},\n  );\n}\n" % (name, v["host"] or "api.internal", name)
    return "dart-flutter-source", t, [(tok, v["type"])]

def w_spring_props(v, tok):
    key = v["name"].lower().replace(" ", "-").replace(".", "").replace("/", "-").replace("(", "").replace(")", "").replace("&", "and")
    t = "spring.application.name=%s\nserver.port=8080\nmanagement.endpoints.web.exposure.include=health,info\nintegrations.%s.base-url=https://%s\nintegrations.%s.api-key=⟦0⟧\n" % (svc(), key, v["host"] or "api.internal", key)
    return "java-properties", t, [(tok, v["type"])]

def w_appsettings(v, tok):
    key = v["name"].replace(" ", "").replace(".", "").replace("/", "").replace("(", "").replace(")", "").replace("&", "")
    t = '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.AspNetCore": "Warning"\n    }\n  },\n  "AllowedHosts": "*",\n  "%s": {\n    "BaseUrl": "https://%s",\n    "ApiKey": "⟦0⟧"\n  }\n}\n' % (key, v["host"] or "api.internal")
    return "aspnet-appsettings-json", t, [(tok, v["type"])]

def w_rails(v, tok):
    t = "# config/initializers/%s.rb\nRails.application.configure do\n  config.x.%s.api_key = ENV.fetch(\"%s\") { \"⟦0⟧\" }\n  config.x.%s.timeout = 10\nend\n" % (v["env"].lower().split("_")[0], v["env"].lower().split("_")[0], v["env"], v["env"].lower().split("_")[0])
    return "ruby-rails-initializer", t, [(tok, v["type"])]

def w_laravel(v, tok):
    k = v["env"].lower().split("_")[0]
    t = "<?php\n\n// config/services.php\nreturn [\n\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n        'secret' => env('MAILGUN_SECRET'),\n    ],\n\n    '%s' => [\n        'key' => env('%s', '⟦0⟧'),\n        'endpoint' => 'https://%s',\n    ],\n\n];\n" % (k, v["env"], v["host"] or "api.internal")
    return "php-laravel-config", t, [(tok, v["type"])]

def w_notebook(v, tok):
    cell = ["import os\\n", "os.environ[\\\"%s\\\"] = \\\"⟦0⟧\\\"\\n" % v["env"], "\\n", "client = make_client()\\n", "client.ping()"]
    t = '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "id": "%s",\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "pong\\n"\n     ]\n    }\n   ],\n   "source": [\n    %s\n   ]\n  }\n ],\n "metadata": {\n  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' % (R.randrange(1, 40), hx(8), ",\n    ".join('"%s"' % c for c in cell))
    return "jupyter-notebook", t, [(tok, v["type"])]

CHAT_EN = ["hey, prod is broken again, can you try with this {n} key: ⟦0⟧",
           "here's the {n} token for the staging bot ⟦0⟧ — revoke it after the demo pls",
           "⟦0⟧ ← that's the {n} one, paste it into the CI settings",
           "@{u} use ⟦0⟧ for {n}, the old one expired",
           "fyi {n} creds rotated. new: ⟦0⟧",
           "can someone check why {n} returns 401? I'm sending `⟦0⟧` in the header"]
def w_slack(v, tok):
    u1, u2 = user(), user()
    t = "%s  %s\n%s\n%s  %s\n%s\n" % (u1, "%d:%02d %s" % (R.randrange(1, 12), R.randrange(60), pick(["AM", "PM"])), pick(CHAT_EN).format(n=v["name"], u=u2), u2, "%d:%02d %s" % (R.randrange(1, 12), R.randrange(60), pick(["AM", "PM"])), pick(["thx, works 👍", "got it", "ok trying now", "merci!", "done"]))
    return "slack-message", t, [(tok, v["type"])]

def w_issue(v, tok):
    t = "### Describe the bug\n\nThe %s integration fails after upgrading to v%d.%d.\n\n### Logs\n\n```\n%s DEBUG http.client send: b'GET /v1/status HTTP/1.1\\r\\nHost: %s\\r\\n%s\\r\\n'\n%s ERROR integration.sync: upstream returned 403\n```\n\n### Environment\n\n- OS: Ubuntu 22.04\n- Version: %d.%d.%d\n" % (
        v["name"], R.randrange(1, 5), R.randrange(20), isoms(), v["host"] or "api.internal", "Authorization: Bearer ⟦0⟧", isoms(), R.randrange(1, 5), R.randrange(20), R.randrange(20))
    return "github-issue-markdown", t, [(tok, v["type"])]

def w_email(v, tok):
    u1, u2 = user(), user()
    t = "From: %s <%s@%s.com>\nTo: %s@%s.com\nSubject: %s access for the migration\nDate: Wed, %d Feb 2024 %s +0100\nContent-Type: text/plain; charset=utf-8\n\nHi %s,\n\nas discussed, here is the %s key for the migration window:\n\n    ⟦0⟧\n\nPlease store it in the vault and delete this mail.\n\nBest,\n%s\n" % (
        u1.capitalize(), u1, org(), u2, org(), v["name"], R.randrange(1, 28), tod(), u2.split(".")[0].capitalize(), v["name"], u1.split(".")[0].capitalize())
    return "email-rfc822", t, [(tok, v["type"])]

def w_crash(v, tok):
    t = "Traceback (most recent call last):\n  File \"/srv/app/worker.py\", line %d, in run\n    client.push(batch)\n  File \"/srv/app/clients.py\", line %d, in push\n    raise UpstreamError(resp.status_code, resp.text)\nclients.UpstreamError: (401, 'invalid credentials')\n\nLocals by frame, innermost last\nFrame push in /srv/app/clients.py at line %d\n                self = <clients.Client object at 0x7f%s>\n               batch = [<Event %s>, <Event %s>]\n             api_key = '⟦0⟧'\n                resp = <Response [401]>\n" % (R.randrange(20, 300), R.randrange(20, 300), R.randrange(20, 300), hx(10), hx(6), hx(6))
    return "python-traceback-locals", t, [(tok, v["type"])]

def w_jsonlog(v, tok):
    t = '{"ts":"%s","level":"debug","logger":"http.outbound","msg":"request","method":"POST","url":"https://%s/v1/events","headers":{"content-type":"application/json","%s":"%s"},"trace_id":"%s"}\n' % (
        isoms(), v["host"] or "api.internal", "authorization", "Bearer ⟦0⟧", hx(32))
    return "json-log-line", t, [(tok, v["type"])]

def w_makefile(v, tok):
    t = ".PHONY: deploy\n\n%s ?= ⟦0⟧\nIMAGE := %s/%s\n\ndeploy:\n\tdocker build -t $(IMAGE) .\n\t%s=$(%s) ./scripts/deploy.sh $(IMAGE)\n" % (v["env"], org(), svc(), v["env"], v["env"])
    return "makefile", t, [(tok, v["type"])]

def w_powershell(v, tok):
    t = "PS C:\\Users\\%s\\source\\%s> $env:%s = \"⟦0⟧\"\nPS C:\\Users\\%s\\source\\%s> dotnet run --project src\\Worker\nBuilding...\ninfo: Worker.Program[0]\n      Connected to %s\n" % (user().split(".")[0], svc(), v["env"], user().split(".")[0], svc(), v["name"])
    return "powershell-session", t, [(tok, v["type"])]

def w_winset(v, tok):
    t = "C:\\build> set\nALLUSERSPROFILE=C:\\ProgramData\nCOMPUTERNAME=BUILD-%s\nComSpec=C:\\Windows\\system32\\cmd.exe\n%s=⟦0⟧\nNUMBER_OF_PROCESSORS=8\nOS=Windows_NT\nPROCESSOR_ARCHITECTURE=AMD64\nTEMP=C:\\Users\\build\\AppData\\Local\\Temp\n" % (rs(6, UP + DI), v["env"])
    return "windows-set-output", t, [(tok, v["type"])]

def w_crontab(v, tok):
    t = "# m h  dom mon dow   command\nMAILTO=ops@%s.com\n*/15 * * * * %s=⟦0⟧ /usr/local/bin/sync-%s >> /var/log/sync.log 2>&1\n0 3 * * * /usr/local/bin/backup.sh\n" % (org(), v["env"], svc())
    return "crontab", t, [(tok, v["type"])]

def w_vercel(v, tok):
    t = "# Created by Vercel CLI\n%s\nVERCEL=\"1\"\nVERCEL_ENV=\"development\"\n%s=\"⟦0⟧\"\nVERCEL_URL=\"\"\n" % (pub_line().replace("=", '="', 1) + '"', v["env"])
    return "vercel-env-pull", t, [(tok, v["type"])]

def w_lambda_cfg(v, tok):
    t = '$ aws lambda get-function-configuration --function-name %s-handler\n{\n    "FunctionName": "%s-handler",\n    "FunctionArn": "arn:aws:lambda:us-east-1:%d:function:%s-handler",\n    "Runtime": "python3.12",\n    "Role": "arn:aws:iam::%d:role/%s-lambda",\n    "Handler": "app.handler",\n    "Timeout": 30,\n    "MemorySize": 512,\n    "Environment": {\n        "Variables": {\n            "%s": "⟦0⟧",\n            "STAGE": "prod"\n        }\n    },\n    "State": "Active"\n}\n' % ((svc(),) * 2 + (R.randrange(10**11, 10**12), svc(), R.randrange(10**11, 10**12), svc(), v["env"]))
    return "aws-cli-output", t, [(tok, v["type"])]

def w_az_appsettings(v, tok):
    t = '$ az webapp config appsettings list -g rg-%s -n app-%s -o json\n[\n  {\n    "name": "WEBSITE_RUN_FROM_PACKAGE",\n    "slotSetting": false,\n    "value": "1"\n  },\n  {\n    "name": "%s",\n    "slotSetting": false,\n    "value": "⟦0⟧"\n  }\n]\n' % (svc(), svc(), v["env"])
    return "az-cli-output", t, [(tok, v["type"])]

def w_gcloud_fn(v, tok):
    t = "$ gcloud functions describe %s --region=europe-west1 --format=yaml\nbuildConfig:\n  entryPoint: handler\n  runtime: nodejs20\nname: projects/%s-prod/locations/europe-west1/functions/%s\nserviceConfig:\n  availableMemory: 256M\n  environmentVariables:\n    LOG_EXECUTION_ID: 'true'\n    %s: ⟦0⟧\n  maxInstanceCount: 10\nstate: ACTIVE\n" % (svc(), org(), svc(), v["env"])
    return "gcloud-cli-output", t, [(tok, v["type"])]

def w_doctl(v, tok):
    t = "$ doctl apps spec get %s\nname: %s\nservices:\n- name: web\n  github:\n    repo: %s/%s\n    branch: main\n  envs:\n  - key: %s\n    scope: RUN_TIME\n    value: ⟦0⟧\n  instance_size_slug: basic-xxs\n" % (uid(), svc(), org(), svc(), v["env"])
    return "doctl-output", t, [(tok, v["type"])]

def w_flytoml(v, tok):
    t = "app = \"%s\"\nprimary_region = \"ams\"\n\n[build]\n  image = \"registry.fly.io/%s:latest\"\n\n[env]\n  PORT = \"8080\"\n  %s = \"⟦0⟧\"\n\n[http_service]\n  internal_port = 8080\n  force_https = true\n" % (svc(), svc(), v["env"])
    return "fly-toml", t, [(tok, v["type"])]

def w_sql(v, tok):
    t = "INSERT INTO integrations (id, tenant_id, provider, api_key, created_at)\nVALUES (%d, %d, '%s', '⟦0⟧', '%s %s');\n" % (R.randrange(1000), R.randrange(1000), v["name"].lower(), date(), tod())
    return "sql-insert", t, [(tok, v["type"])]

def w_csv(v, tok):
    t = "service,environment,owner,api_key,expires\n%s,staging,%s,%s,%s\n%s,prod,%s,⟦0⟧,%s\n" % (v["name"], user(), "(see vault)", date(), v["name"], user(), date())
    return "csv-file", t, [(tok, v["type"])]

def w_mdtable(v, tok):
    t = "## Service accounts\n\n| Service | Env | Key | Owner |\n|---|---|---|---|\n| %s | prod | `⟦0⟧` | @%s |\n| Grafana | prod | in 1Password | @%s |\n" % (v["name"], user(), user())
    return "markdown-table", t, [(tok, v["type"])]

def w_logfmt(v, tok):
    t = "time=%s level=debug msg=\"outbound call\" svc=%s provider=%s %s=⟦0⟧ status=200 dur=%dms\n" % (isoms(), svc(), v["name"].lower().replace(" ", "_"), v["env"].lower(), R.randrange(5, 900))
    return "logfmt-log", t, [(tok, v["type"])]

def w_nginx(v, tok):
    url, hdrs, body, basic = _req_parts(v)
    h = hdrs[0].split(": ", 1)
    t = "location /upstream/ {\n    proxy_pass https://%s/;\n    proxy_set_header Host %s;\n    proxy_set_header %s \"%s\";\n    proxy_ssl_server_name on;\n}\n" % (v["host"], v["host"], h[0], h[1])
    return "nginx-conf", t, vals_for(v, tok, basic)

def w_tf_provider(v, tok):
    t = "terraform {\n  required_providers {\n    %s = {\n      source = \"%s/%s\"\n    }\n  }\n}\n\nprovider \"%s\" {\n  api_token = \"⟦0⟧\"\n}\n" % ((v["name"].lower().split()[0].replace(".", ""),) + (v["name"].lower().split()[0].replace(".", ""),) * 2 + (v["name"].lower().split()[0].replace(".", ""),))
    return "terraform-hcl", t, [(tok, v["type"])]

def w_gha_yml(v, tok):
    t = "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      %s: ⟦0⟧\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n" % v["env"]
    return "github-actions-workflow-yml", t, [(tok, v["type"])]

def w_gitlab_yml(v, tok):
    t = "stages: [test, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n  %s: \"⟦0⟧\"\n\ndeploy:\n  stage: deploy\n  image: alpine:3.19\n  script:\n    - ./deploy.sh\n  only:\n    - main\n" % v["env"]
    return "gitlab-ci-yml", t, [(tok, v["type"])]

def w_jenkinsfile(v, tok):
    t = "pipeline {\n    agent any\n    environment {\n        %s = '⟦0⟧'\n        APP = '%s'\n    }\n    stages {\n        stage('Deploy') {\n            steps {\n                sh './deploy.sh $APP'\n            }\n        }\n    }\n}\n" % (v["env"], svc())
    return "jenkinsfile-groovy", t, [(tok, v["type"])]

def w_pr_review(v, tok):
    t = "**%s** commented on `config/settings.py` line %d:\n\n> ```suggestion\n> %s = os.environ[\"%s\"]\n> ```\n\nPlease don't hardcode it — the current value `⟦0⟧` is a live %s key and is now in the branch history. I'll rotate it after merge.\n" % (user(), R.randrange(10, 200), v["env"], v["env"], v["name"])
    return "pr-review-comment", t, [(tok, v["type"])]

def w_toml(v, tok):
    t = "[server]\nhost = \"0.0.0.0\"\nport = %d\n\n[%s]\nendpoint = \"https://%s\"\ntoken = \"⟦0⟧\"\ntimeout_secs = 20\n" % (R.randrange(3000, 9000), v["env"].lower().split("_")[0], v["host"] or "api.internal")
    return "toml-config", t, [(tok, v["type"])]

def w_ini(v, tok):
    t = "[general]\nlog_level = info\n\n[%s]\nurl = https://%s\napi_key = ⟦0⟧\nretries = 3\n" % (v["name"].lower().replace(" ", "_"), v["host"] or "api.internal")
    return "ini-config", t, [(tok, v["type"])]

def w_appconfig_xml(v, tok):
    t = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"%s\" value=\"⟦0⟧\" />\n  </appSettings>\n</configuration>\n" % v["env"]
    return "dotnet-app-config-xml", t, [(tok, v["type"])]

def w_renviron(v, tok):
    t = "R_LIBS_USER=~/R/library\n%s=⟦0⟧\n" % v["env"]
    return "r-renviron", t, [(tok, v["type"])]

ENV_W = [w_dotenv, w_bash_export, w_printenv, w_gha_log, w_gitlab_log, w_jenkins, w_circleci, w_buildkite, w_azure_pipes, w_k8s_deploy, w_compose, w_dockerfile, w_docker_inspect,
         w_kubectl_describe, w_heroku, w_tfvars, w_ansible, w_pulumi, w_serverless, w_cfn, w_systemd, w_supervisord, w_helm, w_vscode, w_idea, w_postman_env, w_go, w_rust, w_kotlin,
         w_swift, w_elixir, w_dart, w_spring_props, w_appsettings, w_rails, w_laravel, w_notebook, w_slack, w_email, w_crash, w_makefile, w_powershell, w_winset, w_crontab, w_vercel,
         w_lambda_cfg, w_az_appsettings, w_gcloud_fn, w_doctl, w_flytoml, w_sql, w_csv, w_mdtable, w_logfmt, w_tf_provider, w_gha_yml, w_gitlab_yml, w_jenkinsfile, w_pr_review, w_toml,
         w_ini, w_appconfig_xml, w_renviron, w_node]
HTTP_W = [w_curl, w_httpie, w_wget, w_http_dump, w_har, w_python, w_issue, w_jsonlog, w_nginx]

def build_vendor_matrix():
    order = list(V)
    counts = {}
    for rnd in range(2):
        R.shuffle(order)
        for i, v in enumerate(order):
            if rnd == 1 and R.random() < 0.62: continue
            tok = v["gen"]()
            usable_http = http_use(v) is not None and v["style"] not in ("url",)
            pool = ENV_W + (HTTP_W * 2 if usable_http else [])
            if "$" in tok: pool = [w for w in pool if w not in (w_makefile, w_bash_export, w_dotenv, w_vercel, w_crontab, w_powershell, w_dart, w_kotlin, w_gitlab_log, w_jenkins)]
            if v["style"] == "basic": pool = [w for w in pool if w not in (w_nginx,)] + [w_curl, w_http_dump, w_har]
            pool.sort(key=lambda f: counts.get(f.__name__, 0))
            w = pool[R.randrange(min(6, len(pool)))]
            counts[w.__name__] = counts.get(w.__name__, 0) + 1
            cont, tpl, vals = w(v, tok)
            add_pos(cont, tpl, vals, SRC_V % v["name"])

# ---------------- hand-written families ----------------
SRC_H = "p5 synthetic; hand-written container modelled on public format docs (%s)"
def P(container, tpl, vals, doc):
    add_pos(container, tpl, vals, SRC_H % doc)

def fam_passwords_syntax():
    # SQL DDL
    for _ in range(2):
        p1, p2, p3 = pw(), alnum_pw(), pw()
        P("sql-ddl", "-- migration %s_create_roles.sql\nCREATE USER '%s'@'%%' IDENTIFIED BY '⟦0⟧';\nGRANT SELECT, INSERT, UPDATE ON shop.* TO '%s'@'%%';\nCREATE USER 'backup'@'localhost' IDENTIFIED WITH caching_sha2_password BY '⟦1⟧';\nFLUSH PRIVILEGES;\n" % (date().replace("-", ""), svc().replace("-", "_"), svc().replace("-", "_")),
          [(p1.replace("'", ""), "database-password"), (p2, "database-password")], "MySQL CREATE USER")
        P("sql-ddl", "BEGIN;\nCREATE ROLE %s WITH LOGIN PASSWORD '⟦0⟧' VALID UNTIL '2026-01-01';\nALTER ROLE replicator WITH REPLICATION LOGIN ENCRYPTED PASSWORD '⟦1⟧';\nCOMMIT;\n" % svc().replace("-", "_"),
          [(p2, "database-password"), (p3.replace("'", ""), "database-password")], "PostgreSQL CREATE ROLE")
    P("sql-ddl", "USE [master]\nGO\nCREATE LOGIN [svc_reporting] WITH PASSWORD = N'⟦0⟧', CHECK_POLICY = OFF;\nGO\nCREATE USER [svc_reporting] FOR LOGIN [svc_reporting];\nGO\n", [(pw(), "database-password")], "T-SQL CREATE LOGIN")
    P("sql-ddl", "SQL> ALTER USER system IDENTIFIED BY \"⟦0⟧\" ACCOUNT UNLOCK;\n\nUser altered.\n\nSQL> CREATE DATABASE LINK fin_link CONNECT TO fin IDENTIFIED BY \"⟦1⟧\" USING 'FINPROD';\n\nDatabase link created.\n", [(alnum_pw(), "database-password"), (pw(), "database-password")], "Oracle SQL*Plus")
    P("sql-ddl", "CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'legacy', port '5432');\nCREATE USER MAPPING FOR app SERVER legacy_srv OPTIONS (user 'legacy_ro', password '⟦0⟧');\n" % host(), [(alnum_pw(), "database-password")], "postgres_fdw user mapping")
    P("psql-history", "\\dt\nselect count(*) from orders where created_at > now() - interval '1 day';\nALTER USER analytics PASSWORD '⟦0⟧';\n\\q\n", [(pw(), "database-password")], ".psql_history")
    P("mysql-history", "_HiStOrY_V2_\nshow\\040databases;\nuse\\040shop;\nSET\\040PASSWORD\\040FOR\\040'app'@'%'\\040=\\040'⟦0⟧';\nselect\\040*\\040from\\040users\\040limit\\0405;\n", [(alnum_pw(), "database-password")], ".mysql_history (libedit encoding)")
    # CLI flags
    clis = [
        ("bash-session", "root@db-backup:~# mysqldump -h %s -u root -p⟦0⟧ --single-transaction shop | gzip > /backup/shop-%s.sql.gz\nmysqldump: [Warning] Using a password on the command line interface can be insecure.\nroot@db-backup:~# " % (host(), date()), "database-password", "mysql CLI -p"),
        ("bash-session", "$ PGPASSWORD=⟦0⟧ psql -h %s -U app -d orders -c 'select 1'\n ?column? \n----------\n        1\n(1 row)\n" % host(), "database-password", "libpq PGPASSWORD"),
        ("bash-session", "$ sshpass -p '⟦0⟧' ssh -o StrictHostKeyChecking=no admin@%s 'systemctl restart nginx'\n" % pubip(), "password", "sshpass"),
        ("bash-session", "$ docker login registry.%s.io -u ci-bot -p ⟦0⟧\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n" % org(), "password", "docker login"),
        ("bash-session", "$ helm repo add internal https://charts.%s.io --username deploy --password ⟦0⟧\n\"internal\" has been added to your repositories\n" % org(), "password", "helm repo add"),
        ("bash-session", "$ redis-cli -h %s -p 6379 -a ⟦0⟧ INFO keyspace\nWarning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n# Keyspace\ndb0:keys=18234,expires=120,avg_ttl=0\n" % host(), "database-password", "redis-cli -a"),
        ("bash-session", "$ mongosh \"mongodb://%s:27017/admin\" --username root --password ⟦0⟧ --quiet --eval 'db.stats().ok'\n1\n" % host(), "database-password", "mongosh"),
        ("bash-session", "$ htpasswd -b -c /etc/nginx/.htpasswd grafana ⟦0⟧\nAdding password for user grafana\n", "password", "htpasswd -b"),
        ("bash-session", "$ smbclient //fs01/finance -U 'CORP\\%s%%⟦0⟧' -c 'ls'\n  .                                   D        0  Mon Mar  4 09:12:01 2024\n" % user().replace(".", ""), "password", "smbclient -U user%pass"),
        ("cmd-session", "C:\\> net use Z: \\\\fs02\\deploy /user:CORP\\svc_deploy ⟦0⟧ /persistent:no\nThe command completed successfully.\n", "password", "net use"),
        ("bash-session", "$ keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass ⟦0⟧ -destkeystore server.jks -deststorepass ⟦1⟧\nImporting keystore server.p12 to server.jks...\nEntry for alias 1 successfully imported.\n", "keystore-password", "keytool"),
        ("bash-session", "$ openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:⟦0⟧\n", "keystore-password", "openssl -passout"),
        ("bash-session", "$ rabbitmqctl add_user orders-consumer ⟦0⟧\nAdding user \"orders-consumer\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.\n", "password", "rabbitmqctl"),
        ("bash-session", "$ ldapsearch -x -H ldaps://ldap.%s.corp -D 'cn=svc-jenkins,ou=svc,dc=%s,dc=corp' -w ⟦0⟧ -b 'ou=people,dc=%s,dc=corp' '(uid=%s)' mail\n# extended LDIF\n" % (org(), org(), org(), user()), "ldap-bind-password", "ldapsearch -w"),
        ("bash-session", "$ sqlcmd -S tcp:%s,1433 -U sa -P '⟦0⟧' -Q 'SELECT @@VERSION'\nMicrosoft SQL Server 2022 (RTM-CU11) - 16.0.4105.2 (X64)\n" % host(), "database-password", "sqlcmd -P"),
        ("bash-session", "$ kubectl create secret generic pg-creds -n prod --from-literal=username=app --from-literal=password='⟦0⟧'\nsecret/pg-creds created\n", "database-password", "kubectl --from-literal"),
        ("bash-session", "$ vault kv put secret/%s/db username=app password=⟦0⟧\n===== Secret Path =====\nsecret/data/%s/db\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       %s\nversion            3\n" % (svc(), svc(), iso()), "database-password", "vault kv put"),
        ("bash-session", "$ ansible-playbook site.yml -i inventories/prod --extra-vars \"ansible_become_pass=⟦0⟧\"\n\nPLAY [all] *********************************************************************\n", "password", "ansible --extra-vars"),
        ("bash-session", "$ lftp -u deploy,⟦0⟧ sftp://%s -e 'mirror -R dist/ /var/www/html; bye'\nTotal: 12 directories, 348 files, 0 symlinks\n" % pubip(), "password", "lftp -u"),
        ("bash-session", "$ sudo mount -t cifs //nas01/media /mnt/media -o username=%s,password=⟦0⟧,uid=1000,vers=3.0\n" % user().replace(".", ""), "password", "mount.cifs options"),
        ("bash-session", "$ xfreerdp /v:%s /u:Administrator /p:'⟦0⟧' /cert:ignore /dynamic-resolution\n[12:01:33:411] [2231:2232] [INFO][com.freerdp.client.x11] - Connected\n" % pubip(), "password", "xfreerdp /p:"),
        ("bash-session", "$ nmcli dev wifi connect \"%s-Guest\" password \"⟦0⟧\"\nDevice 'wlp2s0' successfully activated with '%s'.\n" % (org(), uid()), "wifi-psk", "nmcli"),
        ("bash-session", "$ az login --service-principal -u %s -p ⟦0⟧ --tenant %s\n[\n  {\n    \"cloudName\": \"AzureCloud\",\n    \"isDefault\": true,\n    \"state\": \"Enabled\"\n  }\n]\n" % (uid(), uid()), "azure-ad-client-secret", "az login --service-principal"),
        ("bash-session", "$ git clone https://%s:⟦0⟧@git.%s.internal/platform/infra.git\nCloning into 'infra'...\nremote: Enumerating objects: 4211, done.\n" % (user().replace(".", ""), org()), "password", "git clone with credentials"),
        ("bash-session", "$ wget --user=mirror --password=⟦0⟧ -r -np https://repo.%s.internal/debian/pool/\n" % org(), "password", "wget --password"),
        ("bash-session", "$ pg_basebackup -d 'host=%s port=5432 user=replicator password=⟦0⟧' -D /var/lib/postgresql/16/main -Fp -Xs -P\n 31412/31412 kB (100%%), 1/1 tablespace\n" % host(), "database-password", "libpq keyword/value conninfo"),
    ]
    for cont, tpl, typ, doc in clis:
        n = tpl.count("⟦1⟧")
        p = pw().replace("'", "").replace("%", "").replace("\\", "") if typ not in ("azure-ad-client-secret",) else g_azure_secret()
        if cont == "bash-session" and ("$ " in tpl) and "'" not in tpl[:tpl.index("⟦0⟧")][-2:] and '"' not in tpl[:tpl.index("⟦0⟧")][-1:]:
            p = re.sub(r"[!$&*()?#]", "", p) or alnum_pw()
        vals = [(p, typ)] + ([(alnum_pw(), typ)] if n else [])
        P(cont, tpl, vals, doc)
    # connection strings of many drivers
    conns = [
        ("java-properties", "spring.datasource.url=jdbc:postgresql://%s:5432/orders?user=orders_app&password=⟦0⟧&sslmode=require\nspring.jpa.hibernate.ddl-auto=validate\n" % host(), "JDBC PostgreSQL URL"),
        ("aspnet-appsettings-json", '{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:%s.database.windows.net,1433;Initial Catalog=shop;Persist Security Info=False;User ID=shopadmin;Password=⟦0⟧;MultipleActiveResultSets=False;Encrypt=True;"\n  }\n}\n' % org(), "ADO.NET SqlClient"),
        ("odbc-ini", "[ODBC Data Sources]\nreporting = PostgreSQL Unicode\n\n[reporting]\nDriver      = PostgreSQL Unicode\nServername  = %s\nPort        = 5432\nDatabase    = reporting\nUsername    = bi_reader\nPassword    = ⟦0⟧\nSSLmode     = require\n" % host(), "unixODBC odbc.ini"),
        ("python-source", "import cx_Oracle\n\nconn = cx_Oracle.connect(\"hr/⟦0⟧@%s:1521/ORCLPDB1\")\ncur = conn.cursor()\n" % host(), "Oracle EZConnect user/pass@"),
        ("python-source", "from sqlalchemy import create_engine\n\nengine = create_engine(\n    \"mysql+pymysql://etl:⟦0⟧@%s:3306/warehouse?charset=utf8mb4\",\n    pool_pre_ping=True,\n)\n" % host(), "SQLAlchemy URL"),
        ("go-source", "package store\n\nimport (\n\t\"database/sql\"\n\n\t_ \"github.com/go-sql-driver/mysql\"\n)\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open(\"mysql\", \"api:⟦0⟧@tcp(%s:3306)/api?parseTime=true\")\n}\n" % host(), "go-sql-driver DSN"),
        ("java-properties", "kafka.bootstrap.servers=pkc-%s.eu-west-1.aws.confluent.cloud:9092\nkafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=PLAIN\nkafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"⟦0⟧\";\n" % (ln(5), rs(16, UP + DI)), "Kafka JAAS"),
        ("yaml-config", "elasticsearch:\n  hosts: [\"https://elastic:⟦0⟧@es-%d.%s.internal:9200\"]\n  ssl.verification_mode: certificate\n" % (R.randrange(1, 5), org()), "Elasticsearch URL"),
        ("dotenv", "CLICKHOUSE_URL=clickhouse://default:⟦0⟧@%s:9440/events?secure=true\n" % host(), "ClickHouse DSN"),
        ("python-source", "engine = create_engine(\n    'snowflake://loader:⟦0⟧@%s-%s/analytics/public?warehouse=LOAD_WH&role=LOADER'\n)\n" % (org(), ln(7)), "snowflake-sqlalchemy URL"),
        ("java-properties", "spring.neo4j.uri=neo4j+s://%s.databases.neo4j.io\nspring.neo4j.authentication.username=neo4j\nspring.neo4j.authentication.password=⟦0⟧\n" % hx(8), "Spring Neo4j"),
        ("dotenv", "SQLSERVER_URL=sqlserver://sa:⟦0⟧@%s:1433?database=erp&encrypt=disable\n" % host(), "go-mssqldb URL"),
        ("yaml-config", "broker:\n  url: amqps://orders:⟦0⟧@b-%s.mq.eu-west-1.amazonaws.com:5671/%%2F\n  prefetch: 20\n" % uid(), "AMQP URI"),
        ("dotenv", "MONGODB_URI=mongodb+srv://app_rw:⟦0⟧@cluster0.%s.mongodb.net/app?retryWrites=true&w=majority\n" % ln(5), "MongoDB SRV URI"),
        ("dotenv", "REDIS_URL=rediss://default:⟦0⟧@%s-%d.upstash.io:6379\n" % (pick(["eu1-sure-mole", "us1-fine-fox", "apn1-bold-cat"]), R.randrange(30000, 40000)), "redis URL"),
        ("php-source", "<?php\n$pdo = new PDO('pgsql:host=%s;port=5432;dbname=crm', 'crm', '⟦0⟧', [\n    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n]);\n" % host(), "PDO constructor"),
        ("csharp-source", "var cs = new NpgsqlConnectionStringBuilder\n{\n    Host = \"%s\",\n    Username = \"billing\",\n    Password = \"⟦0⟧\",\n    Database = \"billing\"\n};\n" % host(), "Npgsql builder"),
        ("tnsnames-sqlnet", "# wallet-less connect used by cron\nsqlplus -S 'report/\"⟦0⟧\"@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=REP)))' @daily.sql\n" % host(), "Oracle connect descriptor"),
        ("freetds-conf", "[legacy-erp]\n\thost = %s\n\tport = 1433\n\ttds version = 7.4\n# used by php-sybase; creds below for the nightly import\n\tuser = erp_import\n\tpassword = ⟦0⟧\n" % host(), "freetds.conf"),
        ("r-source", "con <- DBI::dbConnect(RPostgres::Postgres(),\n  host = \"%s\", dbname = \"research\",\n  user = \"rstudio\", password = \"⟦0⟧\")\n" % host(), "R DBI"),
    ]
    for cont, tpl, doc in conns:
        P(cont, tpl, [(alnum_pw() if R.random() < 0.6 else re.sub(r"[@:/?#%&'\"\\]", "", human_pw()), "database-password")], doc)
    # credential files
    P("pgpass", "# hostname:port:database:username:password\n%s:5432:*:app:⟦0⟧\nlocalhost:5432:postgres:postgres:⟦1⟧\n*:*:*:replicator:⟦2⟧\n" % host(), [(alnum_pw(), "database-password"), (human_pw().replace(":", ""), "database-password"), (alnum_pw(), "database-password")], ".pgpass")
    P("netrc", "machine api.heroku.com\n  login %s@%s.com\n  password ⟦0⟧\nmachine git.heroku.com\n  login %s@%s.com\n  password ⟦1⟧\n" % ((user(), org()) * 2), [(uid(), "heroku-api-key-legacy"), (uid(), "heroku-api-key-legacy")], ".netrc (heroku)")
    P("netrc", "machine ftp.%s.com login upload password ⟦0⟧\ndefault login anonymous password guest@\n" % org(), [(pw().replace(" ", ""), "password")], ".netrc one-line")
    P("postfix-sasl-passwd", "# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:⟦0⟧\n[email-smtp.eu-west-1.amazonaws.com]:587 AKIA%s:⟦1⟧\n" % rs(16, B32), [(VT["sendgrid-api-key"]["gen"](), "sendgrid-api-key"), ("B" + rs(43, B64C), "smtp-password")], "postfix sasl_passwd")
    P("htpasswd-plain", "# users for the legacy basic-auth module (plaintext mode, see ticket OPS-%d)\nadmin:⟦0⟧\nqa:⟦1⟧\n" % R.randrange(100, 999), [(human_pw(), "password"), (human_pw(), "password")], "plaintext htpasswd-style file")
    P("git-credentials", "https://%s:⟦0⟧@github.com\nhttps://oauth2:⟦1⟧@gitlab.%s.com\n" % (user().replace(".", ""), org()), [(gh("ghp_"), "github-pat"), ("glpat-" + rs(20, B64U), "gitlab-pat")], ".git-credentials")
    P("pgbouncer-userlist", "\"pgbouncer\" \"⟦0⟧\"\n\"app\" \"⟦1⟧\"\n\"stats\" \"md5%s\"\n" % hx(32), [(alnum_pw(), "database-password"), (alnum_pw(), "database-password")], "pgbouncer userlist.txt (plain entries; md5 entry unlabelled)")
    P("ipsec-secrets", "# /etc/ipsec.secrets\n%s %s : PSK \"⟦0⟧\"\n: RSA /etc/ipsec.d/private/gw.key\n" % (pubip(), pubip()), [(rs(32, AN + "+/"), "ipsec-psk")], "strongSwan ipsec.secrets")
    P("openvpn-auth-file", "%s\n⟦0⟧\n" % user(), [(human_pw(), "password")], "OpenVPN auth-user-pass file (value on second line)")
    P("ppp-chap-secrets", "# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n%s\t*\t\"⟦0⟧\"\t*\n" % user(), [(alnum_pw(), "password")], "pppd chap-secrets")
    P("mysql-my-cnf", "[client]\nuser=backup\npassword=\"⟦0⟧\"\nhost=%s\n\n[mysqldump]\nsingle-transaction\n" % host(), [(pw().replace('"', ""), "database-password")], "~/.my.cnf")
    P("rsyncd-secrets", "backup:⟦0⟧\nmirror:⟦1⟧\n", [(alnum_pw(), "password"), (human_pw(), "password")], "rsyncd.secrets")
    P("fetchmailrc", "set daemon 300\npoll imap.%s.com proto IMAP\n  user \"%s@%s.com\" there with password \"⟦0⟧\" is %s here\n  ssl\n" % (org(), user(), org(), user().split(".")[0]), [(human_pw().replace('"', ""), "imap-password")], ".fetchmailrc")
    P("s3cfg", "[default]\naccess_key = ⟦0⟧\nsecret_key = ⟦1⟧\nhost_base = s3.amazonaws.com\nhost_bucket = %%(bucket)s.s3.amazonaws.com\nuse_https = True\n", [(g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "s3cmd .s3cfg")
    P("boto-cfg", "[Credentials]\naws_access_key_id = ⟦0⟧\naws_secret_access_key = ⟦1⟧\n\n[Boto]\nhttps_validate_certificates = True\n", [(g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "~/.boto")
    P("aws-credentials-ini", "[default]\nregion = eu-west-1\n\n[prod-admin]\naws_access_key_id = ⟦0⟧\naws_secret_access_key = ⟦1⟧\naws_session_token = ⟦2⟧\n", [(g_aws_id("ASIA"), "aws-sts-access-key-id"), (g_aws_secret(), "aws-secret-access-key"), (g_aws_session(), "aws-session-token")], "~/.aws/credentials")
    P("rclone-conf", "[nas]\ntype = sftp\nhost = %s\nuser = backup\npass = ⟦0⟧\n\n[b2]\ntype = b2\naccount = %s\nkey = ⟦1⟧\n" % (ip(), "00" + hx(10) + "0000000003"), [(rs(43, B64U), "rclone-obscured-password"), ("K00" + rs(28, AN + "/+"), "backblaze-application-key")], "rclone.conf (obscured pass is reversible)")
    P("maven-settings-xml", "<settings>\n  <servers>\n    <server>\n      <id>%s-releases</id>\n      <username>deployer</username>\n      <password>⟦0⟧</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>%s</username>\n      <password>⟦1⟧</password>\n    </server>\n  </servers>\n</settings>\n" % (org(), user().replace(".", "")), [(alnum_pw(), "password"), (gh("ghp_"), "github-pat")], "Maven settings.xml")
    P("nuget-config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"internal\" value=\"https://pkgs.dev.azure.com/%s/_packaging/feed/nuget/v3/index.json\" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key=\"Username\" value=\"az\" />\n      <add key=\"ClearTextPassword\" value=\"⟦0⟧\" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n" % org(), [(rs(52, LO + "234567"), "azure-devops-pat")], "NuGet.Config")
    P("npmrc", "registry=https://registry.npmjs.org/\n@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=⟦0⟧\n//registry.npmjs.org/:_authToken=⟦1⟧\n" % org(), [(gh("ghp_"), "github-pat"), (gh("npm_"), "npm-token")], ".npmrc")
    pl = "deploy:" + alnum_pw()
    P("npmrc", "registry=https://nexus.%s.internal/repository/npm-group/\n_auth=⟦0⟧\nalways-auth=true\nemail=ci@%s.com\n" % (org(), org()), [(b64(pl.encode()), "http-basic-auth", pl)], ".npmrc legacy _auth")
    P("yarnrc-yml", "nodeLinker: node-modules\nnpmScopes:\n  %s:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n    npmAlwaysAuth: true\n    npmAuthToken: \"⟦0⟧\"\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n" % org(), [(gh("ghp_"), "github-pat")], ".yarnrc.yml")
    P("pypirc", "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ⟦0⟧\n\n[internal]\nrepository = https://pypi.%s.internal/\nusername = uploader\npassword = ⟦1⟧\n" % org(), [(g_pypi(), "pypi-token"), (human_pw(), "password")], ".pypirc")
    P("pip-conf", "[global]\nindex-url = https://build:⟦0⟧@artifactory.%s.internal/api/pypi/pypi-remote/simple\ntimeout = 60\n" % org(), [(alnum_pw(), "password")], "pip.conf index-url credentials")
    P("gem-credentials", "---\n:rubygems_api_key: ⟦0⟧\n", [("rubygems_" + hx(48), "rubygems-api-key")], "~/.gem/credentials")
    P("cargo-credentials-toml", "[registry]\ntoken = \"⟦0⟧\"\n\n[registries.internal]\ntoken = \"Bearer ⟦1⟧\"\n", [("cio" + rs(32), "cratesio-token"), (rs(40, B64U), "cargo-registry-token")], "Cargo credentials.toml")
    P("composer-auth-json", '{\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "token",\n            "password": "⟦0⟧"\n        }\n    },\n    "github-oauth": {\n        "github.com": "⟦1⟧"\n    }\n}\n', [(hx(64), "private-packagist-token"), (gh("gho_"), "github-oauth-token")], "Composer auth.json")
    P("filezilla-sitemanager-xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3 version=\"3.66.4\" platform=\"windows\">\n\t<Servers>\n\t\t<Server>\n\t\t\t<Host>%s</Host>\n\t\t\t<Port>22</Port>\n\t\t\t<Protocol>1</Protocol>\n\t\t\t<User>webdeploy</User>\n\t\t\t<Pass encoding=\"base64\">⟦0⟧</Pass>\n\t\t\t<Name>prod web</Name>\n\t\t</Server>\n\t</Servers>\n</FileZilla3>\n" % pubip(), [(lambda p: (b64(p.encode()), "password", p))(human_pw())], "FileZilla sitemanager.xml")
    # tables
    u1, u2, u3 = user(), user(), user()
    P("csv-file", "username,email,role,temp_password\n%s,%s@%s.com,editor,⟦0⟧\n%s,%s@%s.com,admin,⟦1⟧\n%s,%s@%s.com,viewer,⟦2⟧\n" % (u1, u1, org(), u2, u2, org(), u3, u3, org()), [(human_pw().replace(",", ""), "password"), (human_pw().replace(",", ""), "password"), (human_pw().replace(",", ""), "password")], "CSV user export")
    P("tsv-file", "host\tport\tuser\tpassword\tnotes\n%s\t22\troot\t⟦0⟧\tlegacy box\n%s\t22\tubuntu\t⟦1⟧\t\n" % (pubip(), pubip()), [(pw(), "password"), (alnum_pw(), "password")], "TSV inventory")
    P("markdown-table", "## Test environment accounts\n\n| System | URL | Login | Password |\n|--------|-----|-------|----------|\n| Keycloak admin | https://sso.stg.%s.io | admin | `⟦0⟧` |\n| RabbitMQ | https://mq.stg.%s.io | guest-ops | ⟦1⟧ |\n| Grafana | https://grafana.stg.%s.io | admin | (SSO) |\n" % (org(), org(), org()), [(human_pw().replace("|", ""), "password"), (alnum_pw(), "password")], "Markdown wiki table")
    P("html-table", "<table class=\"creds\">\n  <tr><th>Device</th><th>IP</th><th>User</th><th>Password</th></tr>\n  <tr><td>core-sw-01</td><td>%s</td><td>admin</td><td>⟦0⟧</td></tr>\n  <tr><td>fw-edge</td><td>%s</td><td>netops</td><td>⟦1⟧</td></tr>\n</table>\n" % (ip(), ip()), [(human_pw().replace("<", ""), "password"), (alnum_pw(), "password")], "HTML table")
    P("confluence-wiki-markup", "h2. Staging logins\n||System||User||Password||\n|Jenkins|release-bot|⟦0⟧|\n|SonarQube|admin|⟦1⟧|\n", [(human_pw().replace("|", ""), "password"), (alnum_pw(), "password")], "Confluence wiki markup table")
    # URL query strings and form bodies
    P("nginx-access-log", "%s - - [12/Mar/2024:%s +0000] \"GET /api/login?username=%s&password=⟦0⟧&remember=1 HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"\n" % (pubip(), tod(), user()), [(alnum_pw(), "password")], "nginx combined log with credentials in query")
    P("http-request-dump", "POST /login HTTP/1.1\r\nHost: portal.%s.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 52\r\n\r\nusername=%s&password=⟦0⟧&_submit=Sign+in" % (org(), user()), [(alnum_pw(), "password")], "form POST body")
    P("apache-access-log", "%s - - [03/Jan/2024:%s +0100] \"GET /cgi-bin/backup.cgi?user=admin&pwd=⟦0⟧ HTTP/1.0\" 200 512\n" % (pubip(), tod()), [(alnum_pw(), "password")], "Apache access log")
    P("har-file", '{"log":{"version":"1.2","entries":[{"request":{"method":"POST","url":"https://auth.%s.com/oauth/token","postData":{"mimeType":"application/x-www-form-urlencoded","text":"grant_type=password&username=%s&password=⟦0⟧&client_id=webapp"}}}]}}\n' % (org(), user()), [(alnum_pw(), "password")], "HAR postData")
    P("jdbc-log-line", "%s INFO  c.z.h.HikariDataSource - HikariPool-1 - Starting... url=jdbc:mysql://%s:3306/app?user=app&password=⟦0⟧&useSSL=true\n" % (isoms(), host()), [(alnum_pw(), "database-password")], "Hikari log line")
    # next line / block scalars / continuations
    P("yaml-config", "smtp:\n  host: smtp.%s.com\n  username: notifications\n  password: |\n    ⟦0⟧\n  port: 587\n" % org(), [(human_pw(), "smtp-password")], "YAML literal block scalar")
    P("yaml-config", "ldap:\n  bindDn: cn=readonly,dc=%s,dc=com\n  bindPassword: >-\n    ⟦0⟧\n" % org(), [(alnum_pw(), "ldap-bind-password")], "YAML folded block scalar")
    P("bash-script", "#!/usr/bin/env bash\nset -euo pipefail\n\n/opt/mssql-tools/bin/sqlcmd \\\n  -S %s \\\n  -U sa \\\n  -P \\\n  '⟦0⟧' \\\n  -i migrate.sql\n" % host(), [(pw().replace("'", ""), "database-password")], "shell line continuation")
    P("java-properties", "# legacy value kept for the batch importer\nimporter.ftp.host=%s\nimporter.ftp.password=\\\n    ⟦0⟧\n" % host(), [(alnum_pw(), "password")], ".properties line continuation")
    P("slack-message", "%s  10:02 AM\nroot password for the new jump host is\n⟦0⟧\n(no trailing space)\n" % user(), [(human_pw(), "password")], "value on next line in chat")
    P("ini-config", "[database]\nhost=%s\nuser=etl\npassword=\n    ⟦0⟧\n" % host(), [(alnum_pw(), "database-password")], "INI continuation (Python configparser multi-line value)")

def fam_framework():
    P("python-django-settings", "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '⟦0⟧'\n\nDEBUG = False\nALLOWED_HOSTS = ['%s.com']\n\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': 'shop',\n        'PASSWORD': '⟦1⟧',\n        'HOST': '%s',\n    }\n}\nEMAIL_HOST_PASSWORD = '⟦2⟧'\n" % (org(), host()),
      [(g_django().replace("'", ""), "django-secret-key"), (alnum_pw(), "database-password"), (human_pw(), "smtp-password")], "Django settings.py")
    P("python-django-settings", "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'django-insecure-⟦0⟧')\n".replace("django-insecure-⟦0⟧", "⟦0⟧"), [("django-insecure-" + g_django().replace("'", ""), "django-secret-key")], "Django default secret key")
    P("rails-secrets-yml", "production:\n  secret_key_base: ⟦0⟧\n  stripe_secret: ⟦1⟧\n", [(hx(128), "rails-secret-key-base"), ("sk_live_51" + rs(97), "stripe-secret-key")], "Rails secrets.yml")
    P("bash-session", "$ cat config/master.key\n⟦0⟧\n$ bin/rails credentials:show\nsecret_key_base: ⟦1⟧\naws:\n  access_key_id: ⟦2⟧\n  secret_access_key: ⟦3⟧\n", [(hx(32), "rails-master-key"), (hx(128), "rails-secret-key-base"), (g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "Rails credentials")
    P("laravel-env", "APP_NAME=Laravel\nAPP_ENV=production\nAPP_KEY=⟦0⟧\nAPP_DEBUG=false\nAPP_URL=https://%s.com\n\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\nDB_DATABASE=laravel\nDB_USERNAME=laravel\nDB_PASSWORD=⟦1⟧\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.%s.com\nMAIL_PASSWORD=⟦2⟧\n" % (org(), org()),
      [(g_laravel(), "laravel-app-key"), (alnum_pw(), "database-password"), (hx(32) + "-" + hx(8) + "-" + hx(8), "smtp-password")], "Laravel .env")
    P("python-flask-config", "class ProductionConfig(Config):\n    SECRET_KEY = \"⟦0⟧\"\n    SQLALCHEMY_DATABASE_URI = \"postgresql://flask:⟦1⟧@%s/flask\"\n    JWT_SECRET_KEY = \"⟦2⟧\"\n" % host(), [(hx(48), "flask-secret-key"), (alnum_pw(), "database-password"), (rs(43, B64U), "jwt-signing-secret")], "Flask config")
    P("javascript-express-source", "app.use(session({\n  name: 'sid',\n  secret: '⟦0⟧',\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true, httpOnly: true, maxAge: 86400000 },\n}));\n", [(human_pw() + rs(8), "express-session-secret")], "express-session")
    P("aspnet-web-config", "<system.web>\n  <machineKey validationKey=\"⟦0⟧\" decryptionKey=\"⟦1⟧\" validation=\"HMACSHA256\" decryption=\"AES\" />\n  <compilation debug=\"false\" targetFramework=\"4.8\" />\n</system.web>\n", [(g_aspnet(), "aspnet-machine-key"), (HXU(64), "aspnet-machine-key")], "ASP.NET machineKey")
    P("aspnet-appsettings-json", '{\n  "Jwt": {\n    "Issuer": "https://auth.%s.com",\n    "Audience": "api",\n    "Key": "⟦0⟧"\n  },\n  "ConnectionStrings": {\n    "Redis": "%s:6380,password=⟦1⟧,ssl=True,abortConnect=False"\n  }\n}\n' % (org(), org() + ".redis.cache.windows.net"),
      [(rs(48, B64C), "jwt-signing-secret"), (rs(43, B64C) + "=", "azure-redis-access-key")], "ASP.NET Core appsettings")
    P("spring-application-yml", "spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/payments\n    username: payments\n    password: ⟦0⟧\n  mail:\n    host: smtp.office365.com\n    username: noreply@%s.com\n    password: ⟦1⟧\njwt:\n  secret: ⟦2⟧\n" % (host(), org()),
      [(alnum_pw(), "database-password"), (human_pw(), "smtp-password"), (b64(rbytes(48)), "jwt-signing-secret")], "Spring Boot application.yml")
    P("symfony-env", "###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=⟦0⟧\n###< symfony/framework-bundle ###\n###> doctrine/doctrine-bundle ###\nDATABASE_URL=\"mysql://app:⟦1⟧@127.0.0.1:3306/app?serverVersion=8.0.32&charset=utf8mb4\"\n###< doctrine/doctrine-bundle ###\n",
      [(hx(32), "symfony-app-secret"), (alnum_pw(), "database-password")], "Symfony .env")
    P("elixir-config-exs", "import Config\n\nconfig :shop, ShopWeb.Endpoint,\n  url: [host: \"%s.com\", port: 443],\n  secret_key_base: \"⟦0⟧\"\n\nconfig :shop, Shop.Repo,\n  username: \"postgres\",\n  password: \"⟦1⟧\",\n  pool_size: 10\n\nconfig :shop, Shop.Guardian, secret_key: \"⟦2⟧\"\n" % org(),
      [(g_phoenix(), "phoenix-secret-key-base"), (alnum_pw(), "database-password"), (rs(64, B64C), "jwt-signing-secret")], "Phoenix prod.secret.exs")
    P("dotenv", "NEXTAUTH_URL=https://%s.app\nNEXTAUTH_SECRET=⟦0⟧\nGITHUB_ID=Iv1.%s\nGITHUB_SECRET=⟦1⟧\n" % (org(), hx(16)), [(b64(rbytes(32)), "nextauth-secret"), (hx(40), "github-oauth-client-secret")], "NextAuth.js .env.local")
    salts = [g_wp_salt().replace("'", "") for _ in range(4)]
    P("php-wp-config", "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_%s' );\ndefine( 'DB_PASSWORD', '⟦0⟧' );\ndefine( 'DB_HOST', 'localhost' );\n\ndefine( 'AUTH_KEY',         '⟦1⟧' );\ndefine( 'SECURE_AUTH_KEY',  '⟦2⟧' );\ndefine( 'LOGGED_IN_KEY',    '⟦3⟧' );\ndefine( 'NONCE_KEY',        '⟦4⟧' );\n\n$table_prefix = 'wp_';\n" % ln(6),
      [(alnum_pw(), "database-password")] + [(s_.replace("\\", ""), "wordpress-auth-salt") for s_ in salts], "wp-config.php")
    P("grafana-ini", "[server]\nroot_url = https://grafana.%s.io\n\n[security]\nadmin_user = admin\nadmin_password = ⟦0⟧\nsecret_key = ⟦1⟧\n\n[database]\ntype = postgres\npassword = \"\"\"⟦2⟧\"\"\"\n" % org(), [(human_pw(), "password"), (rs(16), "grafana-secret-key"), (pw(), "database-password")], "grafana.ini")
    P("mastodon-env-production", "LOCAL_DOMAIN=social.%s.org\nSECRET_KEY_BASE=⟦0⟧\nOTP_SECRET=⟦1⟧\nVAPID_PRIVATE_KEY=⟦2⟧\nVAPID_PUBLIC_KEY=%s\nSMTP_PASSWORD=⟦3⟧\n" % (org(), "B" + rs(86, B64U)), [(hx(128), "rails-secret-key-base"), (hx(128), "rails-secret-key-base"), (rs(43, B64U) + "=", "vapid-private-key"), (human_pw(), "smtp-password")], "Mastodon .env.production")
    P("php-nextcloud-config", "<?php\n$CONFIG = array (\n  'instanceid' => 'oc%s',\n  'passwordsalt' => '⟦0⟧',\n  'secret' => '⟦1⟧',\n  'dbtype' => 'pgsql',\n  'dbuser' => 'nextcloud',\n  'dbpassword' => '⟦2⟧',\n);\n" % ln(10), [(rs(30, AN + "+/"), "nextcloud-password-salt"), (rs(48, AN + "+/"), "nextcloud-secret"), (alnum_pw(), "database-password")], "Nextcloud config.php")
    P("airflow-cfg", "[core]\nexecutor = CeleryExecutor\nfernet_key = ⟦0⟧\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:⟦1⟧@%s/airflow\n\n[webserver]\nsecret_key = ⟦2⟧\n" % host(), [(g_fernet(), "airflow-fernet-key"), (alnum_pw(), "database-password"), (b64(rbytes(16)), "flask-secret-key")], "airflow.cfg")
    P("python-superset-config", "SECRET_KEY = \"⟦0⟧\"\nSQLALCHEMY_DATABASE_URI = \"postgresql://superset:⟦1⟧@%s:5432/superset\"\n" % host(), [(b64(rbytes(42)), "flask-secret-key"), (alnum_pw(), "database-password")], "superset_config.py")
    P("dotenv", "N8N_ENCRYPTION_KEY=⟦0⟧\nN8N_BASIC_AUTH_USER=admin\nN8N_BASIC_AUTH_PASSWORD=⟦1⟧\n", [(rs(32), "n8n-encryption-key"), (human_pw(), "password")], "n8n env")
    P("dotenv", "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=⟦0⟧,⟦1⟧\nAPI_TOKEN_SALT=⟦2⟧\nADMIN_JWT_SECRET=⟦3⟧\nJWT_SECRET=⟦4⟧\n", [(b64(rbytes(16)), "strapi-app-key"), (b64(rbytes(16)), "strapi-app-key"), (b64(rbytes(16)), "strapi-api-token-salt"), (b64(rbytes(16)), "jwt-signing-secret"), (b64(rbytes(16)), "jwt-signing-secret")], "Strapi .env")
    P("docker-compose-yml", "services:\n  graphql-engine:\n    image: hasura/graphql-engine:v2.36.0\n    environment:\n      HASURA_GRAPHQL_DATABASE_URL: postgres://postgres:⟦0⟧@postgres:5432/postgres\n      HASURA_GRAPHQL_ADMIN_SECRET: ⟦1⟧\n      HASURA_GRAPHQL_JWT_SECRET: '{\"type\":\"HS256\",\"key\":\"⟦2⟧\"}'\n", [(alnum_pw(), "database-password"), (alnum_pw(32), "hasura-admin-secret"), (rs(48), "jwt-signing-secret")], "Hasura compose")
    P("keycloak-realm-json", '{\n  "realm": "%s",\n  "clients": [\n    {\n      "clientId": "backend",\n      "secret": "⟦0⟧",\n      "publicClient": false,\n      "redirectUris": ["https://%s.com/*"]\n    }\n  ],\n  "smtpServer": {"host": "smtp.%s.com", "user": "kc", "password": "⟦1⟧"}\n}\n' % (org(), org(), org()), [(rs(32), "oauth-client-secret"), (human_pw(), "smtp-password")], "Keycloak realm export")
    P("jupyter-config-py", "c = get_config()  # noqa\nc.ServerApp.ip = '0.0.0.0'\nc.ServerApp.token = '⟦0⟧'\nc.ServerApp.open_browser = False\n", [(hx(48), "jupyter-server-token")], "jupyter_server_config.py")
    P("homeassistant-secrets-yaml", "# secrets.yaml\nwifi_password: \"⟦0⟧\"\nmqtt_password: ⟦1⟧\nlatitude_home: 52.37\n", [(human_pw(), "wifi-psk"), (alnum_pw(), "password")], "Home Assistant secrets.yaml")
    P("go-source", "var store = sessions.NewCookieStore(\n\t[]byte(\"⟦0⟧\"), // hash key\n\t[]byte(\"⟦1⟧\"),                 // block key (AES-256)\n)\n", [(rs(64), "session-signing-key"), (rs(32), "session-encryption-key")], "gorilla/sessions")
    P("rust-source", "let secret_key = Key::from(b\"⟦0⟧\");\nHttpServer::new(move || {\n    App::new().wrap(SessionMiddleware::new(CookieSessionStore::default(), secret_key.clone()))\n})\n", [(rs(64), "session-signing-key")], "actix-session")
    P("hocon-conf", "ktor {\n  deployment { port = 8080 }\n  application { modules = [ com.%s.ApplicationKt.module ] }\n}\njwt {\n  secret = \"⟦0⟧\"\n  issuer = \"https://%s.com/\"\n}\ndatabase {\n  password = \"⟦1⟧\"\n}\n" % (org().replace("-", ""), org()), [(rs(40), "jwt-signing-secret"), (alnum_pw(), "database-password")], "Ktor application.conf (HOCON)")
    P("dart-flutter-source", "class Env {\n  static const supabaseUrl = 'https://%s.supabase.co';\n  static const supabaseAnonKey = '%s';\n  static const openAiKey = '⟦0⟧';\n}\n" % (rs(20, LO), g_supabase("anon")), [(g_openai(), "openai-api-key")], "Flutter env class (anon key unlabelled)")
    P("swift-source", "enum Config {\n    static let revenueCatSecret = \"sk_⟦0⟧\"\n}\n".replace("sk_⟦0⟧", "⟦0⟧"), [("sk_" + rs(32), "revenuecat-secret-key")], "Swift config")
    P("gitlab-rb", "external_url 'https://gitlab.%s.internal'\ngitlab_rails['initial_root_password'] = '⟦0⟧'\ngitlab_rails['smtp_password'] = '⟦1⟧'\ngitlab_rails['db_password'] = '⟦2⟧'\n" % org(), [(human_pw(), "password"), (human_pw(), "smtp-password"), (alnum_pw(), "database-password")], "Omnibus gitlab.rb")
    P("sentry-config-yml", "system.secret-key: '⟦0⟧'\nmail.password: '⟦1⟧'\n", [(g_django().replace("'", ""), "django-secret-key"), (human_pw(), "smtp-password")], "self-hosted Sentry config.yml")

def B(plain, typ): return (b64(plain.encode()), typ, plain)

def fam_base64():
    for _ in range(2):
        pl = "%s:%s" % (user(), human_pw())
        P("curl-command", "$ curl -H 'Authorization: Basic ⟦0⟧' https://nexus.%s.internal/service/rest/v1/status\n" % org(), [B(pl, "http-basic-auth")], "RFC 7617 Basic")
    dj = "ci-bot:" + alnum_pw()
    gj = "%s:%s" % (user().replace(".", ""), gh("ghp_"))
    P("docker-config-json", '{\n\t"auths": {\n\t\t"registry.%s.io": {\n\t\t\t"auth": "⟦0⟧"\n\t\t},\n\t\t"ghcr.io": {\n\t\t\t"auth": "⟦1⟧"\n\t\t}\n\t},\n\t"credsStore": ""\n}\n' % org(), [B(dj, "docker-registry-auth"), B(gj, "docker-registry-auth")], "~/.docker/config.json")
    inner = json.dumps({"auths": {"https://index.docker.io/v1/": {"username": org() + "ci", "password": "dckr_pat_" + rs(27, B64U), "auth": "x"}}}, separators=(",", ":"))
    P("kubernetes-secret-yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: apps\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ⟦0⟧\n", [B(inner, "docker-registry-auth")], "k8s dockerconfigjson")
    for _ in range(3):
        p, a = alnum_pw(), "sk_live_51" + rs(97)
        P("kubernetes-secret-yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\ntype: Opaque\ndata:\n  DB_USER: %s\n  DB_PASSWORD: ⟦0⟧\n  STRIPE_KEY: ⟦1⟧\n" % (svc(), b64(b"app")), [B(p, "database-password"), B(a, "stripe-secret-key")], "k8s Secret data (DB_USER unlabelled)")
    P("kubectl-output", "$ kubectl get secret grafana-admin -o jsonpath='{.data.admin-password}'\n⟦0⟧$ ", [B(human_pw(), "password")], "kubectl jsonpath")
    pl = ":" + rs(52, LO + "234567")
    P("github-actions-log", "%s [command]/usr/bin/git config --local http.https://dev.azure.com/.extraheader AUTHORIZATION: basic ⟦0⟧\n" % iso(), [B(pl, "azure-devops-pat")], "git extraheader (ADO)")
    pl = "x-access-token:" + gh("ghs_")
    P("git-config-output", "$ git config --list --show-origin | grep extraheader\nfile:.git/config        http.https://github.com/.extraheader=AUTHORIZATION: basic ⟦0⟧\n", [B(pl, "github-server-to-server-token")], "actions/checkout persisted credentials")
    i, k = rs(20, B64U), rs(22, B64U)
    P("kibana-dev-tools", "# Dev Tools → curl\ncurl -X GET \"https://%s.es.europe-west1.gcp.cloud.es.io/_cat/indices?v\" -H \"Authorization: ApiKey ⟦0⟧\"\n" % ln(12), [B(i + ":" + k, "elasticsearch-api-key")], "Elasticsearch ApiKey")
    P("nginx-conf", "location /grafana/ {\n    proxy_pass http://127.0.0.1:3000/;\n    proxy_set_header Authorization \"Basic ⟦0⟧\";\n}\n", [B("admin:" + human_pw(), "http-basic-auth")], "nginx proxy_set_header Basic")
    P("http-request-dump", "CONNECT api.%s.com:443 HTTP/1.1\r\nHost: api.%s.com:443\r\nProxy-Authorization: Basic ⟦0⟧\r\n\r\n" % (org(), org()), [B("proxyuser:" + alnum_pw(), "http-basic-auth")], "Proxy-Authorization")
    P("prometheus-yml", "scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: prom\n      password: ⟦0⟧\n    static_configs:\n      - targets: ['%s:9100']\n" % ip(), [(alnum_pw(), "password")], "prometheus basic_auth")
    P("jenkins-credentials-xml", "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n  <username>deploy</username>\n  <password>⟦0⟧</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n", [(alnum_pw(), "password")], "Jenkins credentials.xml (unencrypted export)")
    P("haproxy-cfg", "userlist stats_users\n    user admin insecure-password ⟦0⟧\n\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth ops:⟦1⟧\n", [(human_pw(), "password"), (alnum_pw(), "password")], "haproxy.cfg")
    P("traefik-yml", "http:\n  middlewares:\n    upstream-auth:\n      headers:\n        customRequestHeaders:\n          Authorization: \"Bearer ⟦0⟧\"\n", [(g_session_jwt(), "jwt-bearer-token")], "Traefik dynamic config")
    P("apache-conf", "<Location /backend>\n    ProxyPass http://10.0.0.12:8080/\n    RequestHeader set Authorization \"Basic ⟦0⟧\"\n</Location>\n", [B("svc:" + alnum_pw(), "http-basic-auth")], "Apache RequestHeader")

def fam_session():
    P("http-request-dump", "GET /admin/ HTTP/1.1\r\nHost: shop.%s.com\r\nCookie: csrftoken=%s; sessionid=⟦0⟧\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\n\r\n" % (org(), rs(64)), [(ln(32), "django-session-id")], "Django session cookie (csrftoken unlabelled)")
    P("http-response-dump", "HTTP/1.1 302 Found\r\nLocation: /dashboard\r\nSet-Cookie: _%s_session=⟦0⟧; path=/; secure; HttpOnly; SameSite=Lax\r\n\r\n" % svc().replace("-", "_"), [(rs(180, B64C).replace("+", "%2B").replace("/", "%2F") + "--" + hx(40), "rails-session-cookie")], "Rails cookie store")
    P("curl-command", "$ curl 'https://app.%s.com/api/orders?page=2' -b 'PHPSESSID=⟦0⟧; lang=de'\n" % org(), [(ln(26), "php-session-id")], "PHPSESSID")
    P("java-stack-trace", "WARN  o.a.c.c.C.[.[localhost].[/] - redirect to https://erp.%s.internal/app/home.jsf;jsessionid=⟦0⟧ failed\njava.io.IOException: Broken pipe\n\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n" % org(), [(HXU(32), "jsessionid")], "JSESSIONID in URL")
    P("har-file", '{"log":{"entries":[{"request":{"method":"GET","url":"https://grafana.%s.io/api/search","cookies":[{"name":"grafana_session","value":"⟦0⟧","httpOnly":true}]}}]}}\n' % org(), [(hx(32), "grafana-session-cookie")], "HAR cookies")
    P("browser-fetch-snippet", "fetch(\"https://gitlab.%s.com/api/v4/projects\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"cookie\": \"_gitlab_session=⟦0⟧; event_filter=all\"\n  },\n  \"method\": \"GET\"\n});\n" % org(), [(hx(32), "gitlab-session-cookie")], "DevTools copy as fetch")
    P("http-request-dump", "GET /api/v1/me HTTP/2\r\nHost: app.%s.io\r\nCookie: connect.sid=⟦0⟧\r\n\r\n" % org(), [("s%3A" + rs(32, B64U) + "." + rs(43, B64C).replace("+", "%2B").replace("/", "%2F"), "express-session-cookie")], "connect.sid")
    P("http-request-dump", "POST /livewire/update HTTP/1.1\r\nHost: %s.test\r\nCookie: XSRF-TOKEN=%s; laravel_session=⟦0⟧\r\n\r\n" % (org(), rs(60)), [("eyJpdiI6I" + rs(220, B64C) + "%3D%3D", "laravel-session-cookie")], "Laravel session (XSRF unlabelled)")
    P("http-request-dump", "GET /Account/Manage HTTP/1.1\r\nHost: portal.%s.com\r\nCookie: .AspNetCore.Antiforgery.%s=%s; .AspNetCore.Identity.Application=⟦0⟧\r\n\r\n" % (org(), rs(11), "CfDJ8" + rs(80, B64U)), [("CfDJ8" + rs(400, B64U), "aspnet-auth-cookie")], "ASP.NET Core auth cookie")
    P("openstack-cli-output", "$ openstack token issue -f yaml\nexpires: '%s'\nid: ⟦0⟧\nproject_id: %s\nuser_id: %s\n" % (iso(), hx(32), hx(32)), [(g_openstack(), "openstack-fernet-token")], "Keystone token")
    P("python-source", "headers = {\n    \"X-Session-Token\": \"⟦0⟧\",  # copied from browser, expires friday\n    \"Accept\": \"application/json\",\n}\n", [(rs(64, B64U), "api-session-token")], "session header")
    P("ios-crash-log", "Incident Identifier: %s\nHardware Model:      iPhone14,2\nProcess:             Acme [%d]\nException Type:  EXC_CRASH (SIGABRT)\nLast Exception Backtrace:\n0   CoreFoundation  0x1a2b3c4d __exceptionPreprocess + 164\n\nApplication Specific Information:\n*** Terminating app due to uncaught exception: request failed url=https://api.%s.com/v2/feed?session_token=⟦0⟧\n" % (uid().upper(), R.randrange(100, 9999), org()), [(rs(48, B64U), "api-session-token")], "iOS crash report")
    P("android-logcat", "03-14 %s.%03d  %d  %d D OkHttp  : Authorization: Bearer ⟦0⟧\n03-14 %s.%03d  %d  %d D OkHttp  : --> END GET\n" % (tod(), R.randrange(1000), R.randrange(1000, 30000), R.randrange(1000, 30000), tod(), R.randrange(1000), R.randrange(1000, 30000), R.randrange(1000, 30000)), [(g_session_jwt(), "jwt-bearer-token")], "logcat OkHttp")
    P("slack-message", "%s  4:41 PM\nfor repro you can reuse my session: `sessionid=⟦0⟧` (valid ~2h)\n" % user(), [(ln(32), "django-session-id")], "session in chat")

def fam_webhooks_signed():
    P("python-source", "GITHUB_WEBHOOK_SECRET = b\"⟦0⟧\"\n\ndef verify(sig: str, body: bytes) -> bool:\n    mac = hmac.new(GITHUB_WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(\"sha256=\" + mac, sig)\n", [(hx(40), "github-webhook-secret")], "GitHub webhook secret")
    P("terraform-hcl", "resource \"github_repository_webhook\" \"ci\" {\n  repository = \"%s\"\n  configuration {\n    url          = \"https://ci.%s.io/github-webhook/\"\n    content_type = \"json\"\n    secret       = \"⟦0⟧\"\n  }\n  events = [\"push\", \"pull_request\"]\n}\n" % (svc(), org()), [(rs(32), "github-webhook-secret")], "terraform github webhook")
    P("bash-session", "$ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"backup ok\"}' ⟦0⟧\nok\n", [(g_slack_hook(), "slack-webhook-url")], "Slack webhook")
    P("slack-message", "%s  9:14 AM\nZapier hook for the intake form: ⟦0⟧ (POST json)\n" % user(), [("https://hooks.zapier.com/hooks/catch/%d/%s/" % (R.randrange(10**6, 10**8), ln(7)), "zapier-webhook-url")], "Zapier catch hook")
    P("yaml-config", "alerting:\n  mattermost_url: ⟦0⟧\n  teams_url: ⟦1⟧\n", [("https://chat.%s.internal/hooks/%s" % (org(), ln(26)), "mattermost-webhook-url"), (g_teams_hook(), "msteams-webhook-url")], "alerting webhooks")
    cred = "ASIA" + rs(16, B32)
    sig = hx(64); tokn = g_aws_session()
    P("slack-message", "%s  2:03 PM\nhere's the presigned link for the dump (valid 7 days):\nhttps://%s-exports.s3.eu-west-1.amazonaws.com/db/%s.sql.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦0⟧%%2F%s%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=%sT101500Z&X-Amz-Expires=604800&X-Amz-Security-Token=⟦1⟧&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦2⟧\n" % (user(), org(), date(), date().replace("-", ""), date().replace("-", "")),
      [(cred, "aws-sts-access-key-id"), (urllib.parse.quote(tokn, safe=""), "aws-session-token"), (sig, "aws-s3-presigned-signature")], "S3 SigV4 presigned URL")
    P("json-log-line", '{"level":"info","msg":"export ready","url":"https://storage.googleapis.com/%s-reports/q1.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=reports%%40%s.iam.gserviceaccount.com%%2F%s%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=%sT000000Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature=⟦0⟧"}\n' % (org(), org(), date().replace("-", ""), date().replace("-", "")), [(hx(512), "gcs-signed-url-signature")], "GCS V4 signed URL")
    P("csharp-source", "var blobUri = new Uri(\"https://%sstorage.blob.core.windows.net/invoices/2024/03.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=⟦0⟧\");\n" % org().replace("-", ""), [(rs(43, B64C).replace("+", "%2B").replace("/", "%2F") + "%3D", "azure-sas-signature")], "Azure SAS")
    P("dotenv", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=%sstore;AccountKey=⟦0⟧;EndpointSuffix=core.windows.net\nSERVICEBUS=Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦1⟧\n" % (org().replace("-", ""), org()), [(b64(rbytes(64)), "azure-storage-account-key"), (b64(rbytes(32)), "azure-sas-key")], "Azure connection strings")
    P("html-source", "<video src=\"https://d%s.cloudfront.net/course/intro.mp4?Expires=%d&Signature=⟦0⟧&Key-Pair-Id=K%s\"></video>\n" % (ln(13), ts(), rs(13, UP + DI)), [(rs(172, AN + "~-"), "cloudfront-signed-url-signature")], "CloudFront signed URL (Key-Pair-Id unlabelled)")
    P("javascript-source", "const cosmos = new CosmosClient({\n  endpoint: \"https://%s.documents.azure.com:443/\",\n  key: \"⟦0⟧\",\n});\n" % org(), [(b64(rbytes(64)), "azure-cosmosdb-key")], "Cosmos DB key")

def fam_misc_secrets():
    # OTP seeds
    P("otpauth-uri", "otpauth://totp/%s:%s%%40%s.com?secret=⟦0⟧&issuer=%s&algorithm=SHA1&digits=6&period=30\n" % (org().capitalize(), user(), org(), org().capitalize()), [(g_otp(), "otp-seed")], "Key URI format (google-authenticator wiki)")
    P("slack-message", "%s  11:20 AM\nshared 2FA for the registrar account, seed: ⟦0⟧ (add to your authenticator, SHA1/6 digits)\n" % user(), [(" ".join(rs(4, B32) for _ in range(8)), "otp-seed")], "TOTP seed in chat (grouped)")
    P("python-source", "import pyotp\n\ntotp = pyotp.TOTP(\"⟦0⟧\")  # admin console break-glass\nprint(totp.now())\n", [(g_otp(), "otp-seed")], "pyotp")
    P("yaml-config", "mfa:\n  user: svc-monitor\n  totp_secret: ⟦0⟧\n", [(rs(16, B32), "otp-seed")], "TOTP in yaml")
    # Wi-Fi
    P("wpa-supplicant-conf", "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=DE\n\nnetwork={\n\tssid=\"%s-5G\"\n\tpsk=\"⟦0⟧\"\n\tkey_mgmt=WPA-PSK\n}\n" % org(), [(human_pw(), "wifi-psk")], "wpa_supplicant.conf")
    P("networkmanager-keyfile", "[connection]\nid=Office\nuuid=%s\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=Office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=⟦0⟧\n" % uid(), [(human_pw(), "wifi-psk")], "NetworkManager .nmconnection")
    P("hostapd-conf", "interface=wlan0\nssid=%s-iot\nhw_mode=g\nchannel=6\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase=⟦0⟧\nrsn_pairwise=CCMP\n" % org(), [(alnum_pw(20), "wifi-psk")], "hostapd.conf")
    P("netplan-yaml", "network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      access-points:\n        \"Lab-WLAN\":\n          password: \"⟦0⟧\"\n", [(human_pw(), "wifi-psk")], "netplan")
    P("cmd-session", "C:\\> netsh wlan show profile name=\"Guest\" key=clear\n\nProfile Guest on interface Wi-Fi:\n=======================================================================\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ⟦0⟧\n", [(human_pw(), "wifi-psk")], "netsh wlan key=clear")
    P("qr-payload", "WIFI:T:WPA;S:%s-Gast;P:⟦0⟧;H:false;;\n" % org(), [(alnum_pw(12), "wifi-psk")], "Wi-Fi QR payload")
    P("openwrt-uci", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'HomeNet'\n\toption encryption 'psk2'\n\toption key '⟦0⟧'\n", [(human_pw().replace("'", ""), "wifi-psk")], "OpenWrt /etc/config/wireless")
    P("android-wifi-config-xml", "<WifiConfiguration>\n<string name=\"ConfigKey\">&quot;Cafe&quot;WPA_PSK</string>\n<string name=\"SSID\">&quot;Cafe&quot;</string>\n<string name=\"PreSharedKey\">&quot;⟦0⟧&quot;</string>\n</WifiConfiguration>\n", [(alnum_pw(14), "wifi-psk")], "WifiConfigStore.xml")
    # SMTP / IMAP
    P("msmtprc", "defaults\nauth on\ntls on\n\naccount gmail\nhost smtp.gmail.com\nport 587\nfrom %s@gmail.com\nuser %s@gmail.com\npassword ⟦0⟧\n\naccount default : gmail\n" % (user().replace(".", ""), user().replace(".", "")), [(" ".join(rs(4, LO) for _ in range(4)), "smtp-password")], "msmtprc (app password)")
    P("muttrc", "set imap_user = \"%s@%s.com\"\nset imap_pass = \"⟦0⟧\"\nset smtp_url = \"smtps://%s@%s.com@smtp.%s.com:465/\"\nset smtp_pass = \"⟦1⟧\"\n" % (user(), org(), user(), org(), org()), [(human_pw(), "imap-password"), (human_pw(), "smtp-password")], "muttrc")
    P("mbsyncrc", "IMAPAccount work\nHost outlook.office365.com\nUser %s@%s.com\nPass ⟦0⟧\nSSLType IMAPS\n" % (user(), org()), [(human_pw().replace(" ", ""), "imap-password")], ".mbsyncrc")
    P("php-source", "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host       = 'smtp.%s.com';\n$mail->SMTPAuth   = true;\n$mail->Username   = 'noreply@%s.com';\n$mail->Password   = '⟦0⟧';\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;\n" % (org(), org()), [(human_pw(), "smtp-password")], "PHPMailer")
    P("javascript-source", "const transporter = nodemailer.createTransport({\n  host: 'smtp.%s.com',\n  port: 465,\n  secure: true,\n  auth: { user: 'alerts@%s.com', pass: '⟦0⟧' },\n});\n" % (org(), org()), [(human_pw(), "smtp-password")], "nodemailer")
    P("offlineimaprc", "[Repository Remote]\ntype = IMAP\nremotehost = imap.%s.com\nremoteuser = %s\nremotepass = ⟦0⟧\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\n" % (org(), user()), [(human_pw(), "imap-password")], ".offlineimaprc")
    P("swaks-command", "$ swaks --to test@%s.com --server smtp.%s.com:587 --auth LOGIN --auth-user relay --auth-password '⟦0⟧' --tls\n=== Trying smtp.%s.com:587...\n" % (org(), org(), org()), [(human_pw().replace("'", ""), "smtp-password")], "swaks")
    # licenses
    P("bundler-config", "---\nBUNDLE_GEMS__CONTRIBSYS__COM: \"⟦0⟧\"\nBUNDLE_PATH: \"vendor/bundle\"\n", [(hx(8) + ":" + hx(8), "sidekiq-enterprise-license")], "Bundler config (Sidekiq Pro/Enterprise)")
    P("npmrc", "@fortawesome:registry=https://npm.fontawesome.com/\n//npm.fontawesome.com/:_authToken=⟦0⟧\n", [(uid().upper(), "fontawesome-pro-token")], "Font Awesome Pro npmrc")
    P("bash-session", "$ geoipupdate -v\nUsing config file /etc/GeoIP.conf\n$ cat /etc/GeoIP.conf\nAccountID %d\nLicenseKey ⟦0⟧\nEditionIDs GeoLite2-City GeoLite2-Country\n" % R.randrange(100000, 999999), [(rs(6) + "_" + rs(29) + "_mmk", "maxmind-license-key")], "GeoIP.conf")
    P("email-rfc822", "Subject: Your license key\nFrom: licensing@%s-software.com\n\nThank you for your purchase. Your product key is:\n\n    ⟦0⟧\n\nKeep it safe; it can be activated on 3 machines.\n" % org(), [(g_windows_key(), "software-license-key")], "vendor license mail")
    P("yaml-config", "# values.yaml for the enterprise chart\nlicense:\n  key: ⟦0⟧\n", [(b64(json.dumps({"lic": uid(), "seats": 250, "exp": ts()}).encode()) + "." + rs(86, B64U), "enterprise-license-key")], "signed license blob")
    # AWS pairs in more containers
    P("aws-cli-output", "$ aws sts get-session-token --serial-number arn:aws:iam::%d:mfa/%s --token-code %06d\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"⟦0⟧\",\n        \"SecretAccessKey\": \"⟦1⟧\",\n        \"SessionToken\": \"⟦2⟧\",\n        \"Expiration\": \"%s\"\n    }\n}\n" % (R.randrange(10**11, 10**12), user(), R.randrange(10**6), iso()), [(g_aws_id("ASIA"), "aws-sts-access-key-id"), (g_aws_secret(), "aws-secret-access-key"), (g_aws_session(), "aws-session-token")], "aws sts output")
    P("aws-cli-output", "$ aws iam create-access-key --user-name ci-deployer\n{\n    \"AccessKey\": {\n        \"UserName\": \"ci-deployer\",\n        \"AccessKeyId\": \"⟦0⟧\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"⟦1⟧\",\n        \"CreateDate\": \"%s\"\n    }\n}\n" % iso(), [(g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "aws iam create-access-key")
    P("terraform-state-json", '{\n  "version": 4,\n  "terraform_version": "1.7.4",\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [\n        {\n          "attributes": {\n            "id": "⟦0⟧",\n            "secret": "⟦1⟧",\n            "status": "Active",\n            "user": "ci"\n          }\n        }\n      ]\n    }\n  ]\n}\n', [(g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "terraform.tfstate")
    P("java-source", "AmazonS3 s3 = AmazonS3ClientBuilder.standard()\n    .withCredentials(new AWSStaticCredentialsProvider(\n        new BasicAWSCredentials(\"⟦0⟧\", \"⟦1⟧\")))\n    .withRegion(Regions.EU_CENTRAL_1)\n    .build();\n", [(g_aws_id(), "aws-access-key-id"), (g_aws_secret(), "aws-secret-access-key")], "AWS SDK Java")
    P("gcp-service-account-json", '{\n  "type": "service_account",\n  "project_id": "%s-prod",\n  "private_key_id": "⟦0⟧",\n  "private_key": "⟦1⟧",\n  "client_email": "deployer@%s-prod.iam.gserviceaccount.com",\n  "client_id": "%d",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n' % (org(), org(), R.randrange(10**20, 10**21)),
      [(hx(40), "gcp-service-account-key-id"), (KEYS["RSA_PKCS8"].strip().replace("\n", "\\n"), "gcp-service-account-private-key")], "GCP SA key JSON")
    P("alibaba-cli-config", '{\n  "current": "default",\n  "profiles": [\n    {\n      "name": "default",\n      "mode": "AK",\n      "access_key_id": "⟦0⟧",\n      "access_key_secret": "⟦1⟧",\n      "region_id": "cn-hangzhou"\n    }\n  ]\n}\n', [("LTAI" + rs(20), "alibaba-access-key-id"), (rs(30), "alibaba-access-key-secret")], "~/.aliyun/config.json")
    P("tencent-credential-ini", "[default]\nsecret_id = ⟦0⟧\nsecret_key = ⟦1⟧\n", [("AKID" + rs(32), "tencent-secret-id"), (rs(32), "tencent-secret-key")], "tccli credential")
    P("kubeconfig-yaml", "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: %s\n    client-key-data: ⟦0⟧\n- name: ci\n  user:\n    token: ⟦1⟧\n" % (b64(KEYS["CERT"].encode())[:120] + "...", ip(), b64(KEYS["CERT"].encode())[:120] + "..."),
      [B(KEYS["EC_SEC1"], "kubeconfig-client-key"), (g_sa_jwt(), "kubernetes-sa-token")], "kubeconfig")

def fam_private_keys():
    P("pem-file", "$ cat ~/.ssh/id_ed25519\n⟦0⟧\n", [(KEYS["OSSH_ED"].strip(), "openssh-private-key")], "OpenSSH private key format")
    P("ansible-vars-yaml", "deploy_ssh_key: |\n  " + "⟦0⟧" + "\n", [(KEYS["OSSH_EC"].strip().replace("\n", "\n  "), "openssh-private-key")], "ansible block scalar")
    P("kubernetes-secret-yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    " + KEYS["CERT"].strip().replace("\n", "\n    ") + "\n  tls.key: |\n    ⟦0⟧\n", [(KEYS["EC_SEC1"].strip().replace("\n", "\n    "), "ec-private-key")], "k8s TLS secret (cert unlabelled)")
    P("terraform-hcl", "resource \"tls_self_signed_cert\" \"ca\" {\n  private_key_pem = <<EOT\n⟦0⟧\nEOT\n  validity_period_hours = 87600\n}\n", [(KEYS["RSA1024_TRAD"].strip(), "rsa-private-key")], "terraform heredoc")
    P("gitlab-ci-log", "$ echo \"$SSH_PRIVATE_KEY\"\n⟦0⟧\n$ ssh-add - <<< \"$SSH_PRIVATE_KEY\"\nIdentity added: (stdin) (ci-runner@gl)\n", [(KEYS["OSSH_RSA"].strip(), "openssh-private-key")], "CI echo of key")
    P("slack-message", "%s  6:02 PM\nrelease signing key (don't lose it again 🙃)\n```\n⟦0⟧\n```\n" % user(), [(KEYS["PGP_SEC"].strip(), "pgp-private-key")], "PGP armored secret key")
    pub = b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32))
    prv = b64(b"\x00\x00\x00\x20" + rbytes(32))
    ppk_body = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-%s\nPublic-Lines: 2\n%s\n%s\nPrivate-Lines: 1\n%s\nPrivate-MAC: %s" % (date().replace("-", ""), pub[:64], pub[64:], prv, hx(64))
    P("putty-ppk-file", "⟦0⟧\n", [(ppk_body, "putty-private-key")], "PuTTY PPK v3 (shape only)")
    P("pem-file", "⟦0⟧\n", [(KEYS["RSA_TRAD"].strip(), "rsa-private-key")], "PKCS#1 PEM")
    P("java-source", "private static final String SIGNING_KEY =\n    \"⟦0⟧\";\n", [(KEYS["ED25519_PKCS8"].strip().replace("\n", "\\n"), "pkcs8-private-key")], "PEM in Java string literal")
    P("bash-session", "$ cat server.key\n⟦0⟧\n$ grep -r passphrase deploy/\ndeploy/notes.txt:key passphrase: ⟦1⟧\n", [(KEYS["EC_ENC_PKCS8"].strip(), "encrypted-private-key"), ("hunter-p5-x", "private-key-passphrase")], "encrypted PKCS#8 + passphrase")
    P("github-issue-markdown", "Deploy fails with `Load key \"id_rsa\": invalid format`. Here's the key we set as `DEPLOY_KEY` (I'll rotate it):\n\n```\n⟦0⟧\n```\n", [(KEYS["RSA_PKCS8"].strip(), "pkcs8-private-key")], "PKCS#8 PEM in issue")
    P("python-source", "PRIVATE_KEY = \"\"\"⟦0⟧\"\"\"\n\napp_jwt = jwt.encode(payload, PRIVATE_KEY, algorithm=\"RS256\")\n", [(KEYS["RSA1024_TRAD"].strip(), "rsa-private-key")], "GitHub App key in source")
    P("json-config", '{\n  "appId": %d,\n  "webhookSecret": "⟦0⟧",\n  "privateKey": "⟦1⟧"\n}\n' % R.randrange(100000, 999999), [(hx(40), "github-webhook-secret"), (KEYS["EC_SEC1"].strip().replace("\n", "\\n"), "ec-private-key")], "probot app config")
    P("docker-compose-yml", "services:\n  age-decrypt:\n    image: mozilla/sops:v3\n    environment:\n      SOPS_AGE_KEY: ⟦0⟧\n", [(g_age(), "age-secret-key")], "age key")

def fam_generic_names():
    items = [
        ("python-source", "dbPassword = \"⟦0⟧\"\n", "password"), ("javascript-source", "const adminPass = '⟦0⟧';\n", "password"),
        ("yaml-config", "db-pass: ⟦0⟧\n", "database-password"), ("csharp-source", "public const string ServicePassword = \"⟦0⟧\";\n", "password"),
        ("dotenv", "SMB_PASSWD=⟦0⟧\n", "password"), ("java-properties", "app.security.client-secret=⟦0⟧\n", "oauth-client-secret"),
        ("ini-config", "[auth]\nshared_secret = ⟦0⟧\n", "generic-secret"), ("php-source", "$config['encryption_key'] = '⟦0⟧';\n", "encryption-key"),
        ("ruby-source", "API_SECRET = \"⟦0⟧\".freeze\n", "generic-secret"), ("go-source", "var signingKey = []byte(\"⟦0⟧\")\n", "jwt-signing-secret"),
        ("python-source", "passwort = \"⟦0⟧\"  # Zugang Testserver\n", "password"), ("javascript-source", "const contraseña = \"⟦0⟧\";\n", "password"),
        ("yaml-config", "base_de_donnees:\n  utilisateur: app\n  mot_de_passe: \"⟦0⟧\"\n", "database-password"), ("java-properties", "banco.senha=⟦0⟧\n", "database-password"),
        ("python-source", "пароль = \"⟦0⟧\"\n", "password"), ("json-config", '{"用户名": "admin", "密码": "⟦0⟧"}\n', "password"),
        ("yaml-config", "ユーザー: root\nパスワード: ⟦0⟧\n", "password"), ("ini-config", "[db]\nwachtwoord = ⟦0⟧\n", "database-password"),
        ("dotenv", "HASLO_BAZY=⟦0⟧\n", "database-password"), ("yaml-config", "kullanici: deploy\nsifre: \"⟦0⟧\"\n", "password"),
        ("toml-config", "[smtp]\nlosenord = \"⟦0⟧\"\n", "smtp-password"), ("json-config", '{"mat_khau": "⟦0⟧", "ten_dang_nhap": "admin"}\n', "password"),
        ("kotlin-source", "private val clientSecret: String = \"⟦0⟧\"\n", "oauth-client-secret"), ("swift-source", "let apiSecret = \"⟦0⟧\"\n", "generic-secret"),
        ("sql-insert", "UPDATE service_accounts SET pwd = '⟦0⟧' WHERE name = 'etl';\n", "password"), ("powershell-script", "$SecurePassword = ConvertTo-SecureString '⟦0⟧' -AsPlainText -Force\n", "password"),
        ("bash-script", "MASTER_PASS='⟦0⟧'\nopenssl enc -aes-256-cbc -pbkdf2 -k \"$MASTER_PASS\" -in backup.tar -out backup.tar.enc\n", "encryption-key"),
        ("xml-config", "<credentials>\n  <user>svc_report</user>\n  <pass>⟦0⟧</pass>\n</credentials>\n", "password"),
        ("lua-source", "local config = {\n  redis_auth = \"⟦0⟧\",\n}\n", "database-password"), ("perl-source", "my $db_pw = '⟦0⟧';\n", "database-password"),
        ("scala-source", "val ldapBindPassword = \"⟦0⟧\"\n", "ldap-bind-password"), ("groovy-source", "def nexusPwd = \"⟦0⟧\"\n", "password"),
        ("c-source", "#define MQTT_PASSWORD \"⟦0⟧\"\n", "password"), ("arduino-sketch", "const char* ssid = \"Lab\";\nconst char* password = \"⟦0⟧\";\n", "wifi-psk"),
        ("hcl-vault-policy-ish", "backend \"consul\" {\n  token = \"⟦0⟧\"\n}\n", "consul-acl-token"), ("yaml-config", "encryptionKey: ⟦0⟧\n", "encryption-key"),
        ("dotenv", "SECRET=⟦0⟧\n", "generic-secret"), ("json-config", '{"auth": {"user": "bot", "passphrase": "⟦0⟧"}}\n', "password"),
        ("python-source", "HMAC_KEY = bytes.fromhex(\"⟦0⟧\")\n", "hmac-key"), ("env-file-systemd", "REDIS_PASSWORD=⟦0⟧\n", "database-password"),
    ]
    for cont, tpl, typ in items:
        if typ == "consul-acl-token": val = uid()
        elif typ == "hmac-key": val = hx(64)
        elif typ in ("encryption-key",): val = b64(rbytes(32))
        elif R.random() < 0.5: val = human_pw().replace("'", "").replace('"', "")
        else: val = alnum_pw()
        P(cont, tpl, [(val, typ)], "generic name-only secret (%s)" % cont)

PROSE = [
    ("en", "slack-message", "the password is ⟦0⟧"), ("en", "slack-message", "use ⟦0⟧ to log in to the staging admin"),
    ("en", "email-rfc822", "Hi team,\n\n⟦0⟧ is the new admin password for the NAS. Old one is revoked.\n\nThanks"),
    ("en", "slack-message", "login: admin / ⟦0⟧"), ("en", "irc-log", "[%s] <ops> pw ⟦0⟧ for the printer web ui"),
    ("en", "github-issue-markdown", "Repro steps: log in as `qa@example.org` with password `⟦0⟧`, then open Settings → Billing."),
    ("en", "jira-comment", "Credentials for the vendor sandbox: user `integration`, pass: ⟦0⟧"),
    ("en", "teams-chat", "`⟦0⟧` ← that's the root pw on db-3, don't share"),
    ("de", "slack-message", "Das Passwort für den Testserver lautet ⟦0⟧"), ("de", "email-rfc822", "Hallo zusammen,\n\nneues WLAN-Kennwort im Büro: ⟦0⟧\n\nGrüße"),
    ("fr", "slack-message", "le mot de passe du compte admin est ⟦0⟧"), ("fr", "email-rfc822", "Bonjour,\n\nvoici vos identifiants : identifiant jdupont, mot de passe ⟦0⟧\n\nCordialement"),
    ("es", "whatsapp-export", "%s - %s: la contraseña de la base de datos es ⟦0⟧"), ("es", "slack-message", "usa ⟦0⟧ como contraseña temporal, cámbiala al entrar"),
    ("pt", "telegram-chat", "senha do roteador: ⟦0⟧"), ("pt", "email-rfc822", "Olá,\n\nA nova senha do servidor de homologação é ⟦0⟧.\n\nAbraços"),
    ("it", "slack-message", "la password di root è ⟦0⟧"), ("nl", "teams-chat", "het wachtwoord is ⟦0⟧ (hoofdlettergevoelig)"),
    ("pl", "slack-message", "hasło do panelu: ⟦0⟧"), ("ru", "telegram-chat", "пароль от сервера: ⟦0⟧"), ("ru", "slack-message", "⟦0⟧ — это новый пароль администратора"),
    ("uk", "telegram-chat", "пароль до бази — ⟦0⟧"), ("zh", "wechat-export", "服务器密码是 ⟦0⟧，用完请改掉"), ("zh", "slack-message", "测试账号 admin 密码：⟦0⟧"),
    ("ja", "slack-message", "ステージングのパスワードは ⟦0⟧ です"), ("ko", "kakaotalk-export", "관리자 비밀번호는 ⟦0⟧ 입니다"),
    ("tr", "slack-message", "sunucu şifresi: ⟦0⟧"), ("vi", "zalo-chat", "mật khẩu wifi là ⟦0⟧"), ("id", "whatsapp-export", "%s - %s: kata sandi akun admin ⟦0⟧"),
    ("sv", "slack-message", "lösenordet är ⟦0⟧"), ("cs", "email-rfc822", "Ahoj,\n\nheslo k VPN je ⟦0⟧\n\nDíky"), ("hi", "whatsapp-export", "%s - %s: admin का पासवर्ड ⟦0⟧ है"),
    ("ar", "slack-message", "كلمة المرور هي ⟦0⟧"), ("fi", "teams-chat", "salasana: ⟦0⟧"), ("en", "confluence-page", "h3. Break-glass\nThe emergency account is *breakglass* and its password is {{⟦0⟧}} (sealed envelope in the safe has the same)."),
    ("en", "pr-description", "This PR rotates the Redis password (new value ⟦0⟧ is already in Vault, removing the hardcoded copy in a follow-up)."),
    ("en", "discord-chat", "%s: pass for the minecraft rcon is ⟦0⟧ lol"), ("en", "sms-transcript", "Your temporary password is ⟦0⟧. It expires in 24 hours."),
]
def fam_prose():
    for lang, cont, tpl in PROSE:
        if "%s - %s" in tpl: tpl = tpl % ("%02d/%02d/2024, %02d:%02d" % (R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60)), user())
        elif "[%s]" in tpl: tpl = tpl % tod()[:5]
        elif "%s:" in tpl: tpl = tpl % user()
        if cont in ("slack-message", "teams-chat", "telegram-chat"):
            tpl = "%s  %d:%02d\n%s\n" % (user(), R.randrange(1, 12), R.randrange(60), tpl)
        val = human_pw() if R.random() < 0.65 else alnum_pw(R.randrange(10, 18))
        typ = "wifi-psk" if ("WLAN" in tpl or "wifi" in tpl or "roteador" in tpl) else "password"
        P(cont, tpl, [(val, typ)], "prose credential (%s)" % lang)
    # bare vendor tokens in prose, mentioned before their noun
    P("slack-message", "%s  3:12 PM\n⟦0⟧ is the bot token, and ⟦1⟧ goes into the signing secret field\n" % user(), [(g_slack_bot(), "slack-bot-token"), (hx(32), "slack-signing-secret")], "bare tokens in chat")
    P("email-rfc822", "Subject: Re: vendor onboarding\n\nThe sandbox account is ready. Username: %s@%s.com, password ⟦0⟧, and the API key for the same tenant: ⟦1⟧\n" % (user(), org()), [(human_pw(), "password"), ("sk_live_51" + rs(97), "stripe-secret-key")], "prose two creds")
    P("github-issue-markdown", "Tried with `⟦0⟧` as `HF_TOKEN` and still get 401 from the hub.\n", [("hf_" + rs(34, UP + LO), "huggingface-token")], "token before name")

# ---------------- evasions ----------------
EV_SRC = "p5 synthetic evasion; encoding applied by build.py to a generated credential"
def ev_tokens():
    return [("github-pat", gh("ghp_"), "GITHUB_TOKEN"), ("npm-token", gh("npm_"), "NPM_TOKEN"), ("openai-api-key", g_openai(), "OPENAI_API_KEY"),
            ("slack-bot-token", g_slack_bot(), "SLACK_BOT_TOKEN"), ("stripe-secret-key", "sk_live_51" + rs(97), "STRIPE_SECRET_KEY"),
            ("anthropic-api-key", g_anthropic(), "ANTHROPIC_API_KEY"), ("gitlab-pat", "glpat-" + rs(20, B64U), "GITLAB_TOKEN"),
            ("aws-secret-access-key", g_aws_secret(), "AWS_SECRET_ACCESS_KEY"), ("sendgrid-api-key", "SG." + rs(22, B64U) + "." + rs(43, B64U), "SENDGRID_API_KEY"),
            ("huggingface-token", "hf_" + rs(34, UP + LO), "HF_TOKEN"), ("digitalocean-pat", "dop_v1_" + hx(64), "DIGITALOCEAN_TOKEN"), ("database-password", human_pw(), "DB_PASSWORD")]
def fw(s): return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
def enc(kind, tok, name):
    if kind == "base64": return b64(tok.encode())
    if kind == "base64-kv": return b64(("%s=%s" % (name, tok)).encode())
    if kind == "double-base64": return b64(b64(tok.encode()).encode())
    if kind == "hex": return tok.encode().hex()
    if kind == "base32": return base64.b32encode(tok.encode()).decode()
    if kind == "url-percent": return "".join("%%%02X" % b for b in tok.encode())
    if kind == "json-unicode-escape": return "".join("\\u%04x" % ord(c) for c in tok)
    if kind == "html-entities": return "".join(("&#%d;" if i % 2 else "&#x%x;") % ord(c) for i, c in enumerate(tok))
    if kind == "fullwidth": return fw(tok)
    if kind == "zero-width": return "".join(c + (pick(ZW) if i % 5 == 4 else "") for i, c in enumerate(tok))
    if kind == "bidi-controls": return "".join(c + (pick(BIDI) if i % 7 == 3 else "") for i, c in enumerate(tok))
    if kind == "string-concat":
        cuts = sorted(R.sample(range(2, len(tok) - 1), 3))
        parts = [tok[:cuts[0]], tok[cuts[0]:cuts[1]], tok[cuts[1]:cuts[2]], tok[cuts[2]:]]
        return " + ".join('"%s"' % p for p in parts)
    if kind == "reversed": return tok[::-1]
    if kind == "char-codes": return ", ".join(str(ord(c)) for c in tok)
    if kind == "x-escapes": return "".join("\\x%02x" % ord(c) for c in tok)
    if kind == "rot13": return codecs.encode(tok, "rot13")
    if kind == "split-lines":
        k = len(tok) // 2 + R.randrange(-3, 4)
        return tok[:k] + "\n" + tok[k:]
    if kind == "spaced": return " ".join(tok)
    raise KeyError(kind)
def dec(kind, val, name):
    if kind == "base64": return base64.b64decode(val).decode()
    if kind == "base64-kv": return base64.b64decode(val).decode().split("=", 1)[1]
    if kind == "double-base64": return base64.b64decode(base64.b64decode(val)).decode()
    if kind == "hex": return bytes.fromhex(val).decode()
    if kind == "base32": return base64.b32decode(val).decode()
    if kind == "url-percent": return urllib.parse.unquote(val)
    if kind == "json-unicode-escape": return json.loads('"' + val + '"')
    if kind == "html-entities": return html.unescape(val)
    if kind == "fullwidth": return unicodedata.normalize("NFKC", val)
    if kind == "zero-width": return "".join(c for c in val if c not in ZW)
    if kind == "bidi-controls": return "".join(c for c in val if c not in BIDI)
    if kind == "string-concat": return "".join(re.findall(r'"([^"]*)"', val))
    if kind == "reversed": return val[::-1]
    if kind == "char-codes": return "".join(chr(int(x)) for x in val.split(","))
    if kind == "x-escapes": return codecs.decode(val, "unicode_escape")
    if kind == "rot13": return codecs.decode(val, "rot13")
    if kind == "split-lines": return val.replace("\n", "")
    if kind == "spaced": return val.replace(" ", "")
    raise KeyError(kind)
EV_CONT = {
    "base64": [("yaml-config", "ci:\n  token_b64: ⟦0⟧\n"), ("slack-message", "%U  1:02 PM\nb64 so the bot doesn't eat it: ⟦0⟧\n"), ("python-source", "TOKEN = base64.b64decode(\"⟦0⟧\").decode()\n")],
    "base64-kv": [("bash-session", "$ echo ⟦0⟧ | base64 -d >> .env\n"), ("json-config", '{"envBlob": "⟦0⟧"}\n')],
    "double-base64": [("python-source", "KEY = b64decode(b64decode(\"⟦0⟧\")).decode()\n"), ("dotenv", "%N_B64B64=⟦0⟧\n")],
    "hex": [("go-source", "tok, _ := hex.DecodeString(\"⟦0⟧\") // %N\n"), ("ini-config", "[secrets]\n%n_hex = ⟦0⟧\n")],
    "base32": [("python-source", "%N = base64.b32decode(\"⟦0⟧\").decode()\n"), ("yaml-config", "%n_b32: ⟦0⟧\n")],
    "url-percent": [("nginx-access-log", "%IP - - [01/Apr/2024:10:00:00 +0000] \"GET /hook?%n=⟦0⟧ HTTP/1.1\" 200 2\n"), ("curl-command", "$ curl 'https://internal.example.net/cb?%n=⟦0⟧'\n")],
    "json-unicode-escape": [("json-config", '{"%n": "⟦0⟧"}\n'), ("javascript-source", "const %n = \"⟦0⟧\";\n")],
    "html-entities": [("html-source", "<input type=\"hidden\" name=\"%n\" value=\"⟦0⟧\">\n"), ("html-source", "<meta name=\"%n\" content=\"⟦0⟧\">\n")],
    "fullwidth": [("slack-message", "%U  9:09 AM\n%N: ⟦0⟧\n"), ("email-rfc822", "Subject: key\n\n%N ⟦0⟧\n")],
    "zero-width": [("slack-message", "%U  5:55 PM\n%N=⟦0⟧\n"), ("markdown-doc", "Set `%N` to `⟦0⟧`.\n")],
    "bidi-controls": [("python-source", "%N = \"⟦0⟧\"\n"), ("slack-message", "%U  7:30 PM\nhere: ⟦0⟧ (%N)\n")],
    "string-concat": [("javascript-source", "const %n = ⟦0⟧;\n"), ("java-source", "String %n = ⟦0⟧;\n"), ("python-source", "%N = (⟦0⟧)\n".replace("(⟦0⟧)", "⟦0⟧"))],
    "reversed": [("python-source", "%N = \"⟦0⟧\"[::-1]\n"), ("javascript-source", "const %n = '⟦0⟧'.split('').reverse().join('');\n")],
    "char-codes": [("javascript-source", "const %n = String.fromCharCode(⟦0⟧);\n"), ("python-source", "%N = bytes([⟦0⟧]).decode()\n")],
    "x-escapes": [("c-source", "static const char %n[] = \"⟦0⟧\";\n"), ("python-source", "%N = \"⟦0⟧\"\n")],
    "rot13": [("python-source", "%N = codecs.decode(\"⟦0⟧\", \"rot13\")\n"), ("slack-message", "%U  8:01 AM\nrot13'd %N: ⟦0⟧\n")],
    "split-lines": [("slack-message", "%U  4:44 PM\nnew %N, careful it wraps:\n⟦0⟧\n"), ("irc-log", "[12:01] <%U> %N ⟦0⟧\n")],
    "spaced": [("slack-message", "%U  3:33 PM\n%N (spaced so slack won't autolink): ⟦0⟧\n"), ("email-rfc822", "Subject: access\n\n%N: ⟦0⟧\n")],
}
def fam_evasions():
    for kind, conts in EV_CONT.items():
        n = 6
        for i in range(n):
            toks = ev_tokens()
            typ, tok, name = toks[R.randrange(len(toks) - (0 if kind in ("spaced", "split-lines", "zero-width") else 1))]
            if kind == "rot13" and typ == "database-password": typ, tok, name = toks[0]
            cont, tpl = conts[i % len(conts)]
            if kind == "split-lines" and cont == "irc-log": tpl = "[12:01] <%U> %N ⟦0⟧\n"
            tpl = tpl.replace("%U", user()).replace("%N", name).replace("%n", name.lower()).replace("%IP", pubip())
            val = enc(kind, tok, name)
            if kind == "split-lines" and cont == "irc-log":
                a, b_ = val.split("\n"); val = a + "\n[12:01] <" + user() + "> " + b_
            add_ev(cont, kind, tpl, [(val, typ, tok)], EV_SRC)
def ev_decode_ok(r):
    for s in r["secrets"]:
        v = s["value"]
        if r["encoding"] == "split-lines" and "<" in v: v = re.sub(r"\n\[\d\d:\d\d\] <[^>]+> ", "\n", v)
        if dec(r["encoding"], v, None) != s["plain"]: return False
    return True

# ---------------- hard negatives ----------------
NS = "p5 synthetic hard negative; %s"
def N(cls, cont, text, why): add_neg(cls, cont, text, NS % why)
def fam_negatives():
    # 1 documentation examples
    docs = [
        ("markdown-doc", "Configure the CLI:\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n```\n"),
        ("markdown-doc", "Paste a token into the debugger, e.g. `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`, and the header and payload are decoded.\n"),
        ("rfc-text", "   If the user agent wishes to send the user-id \"Aladdin\" and password\n   \"open sesame\", it would use the following header field:\n\n      Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n"),
        ("rfc-text", "     HTTP/1.1 200 OK\n     Content-Type: application/json;charset=UTF-8\n     Cache-Control: no-store\n\n     {\n       \"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\n       \"token_type\":\"example\",\n       \"expires_in\":3600,\n       \"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"\n     }\n"),
        ("rfc-text", "     GET /resource HTTP/1.1\n     Host: server.example.com\n     Authorization: Bearer mF_9.B5f-4.1JqM\n"),
        ("markdown-doc", "```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n```\n(the key above is the public documentation test key)\n"),
        ("markdown-doc", "Set `SLACK_BOT_TOKEN=xoxb-your-bot-token` in your environment before running `npm start`.\n"),
        ("rfc-text", "   The test token shared secret uses the ASCII string value\n   \"12345678901234567890\".\n"),
        ("markdown-doc", "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"),
        ("markdown-doc", "Example response:\n\n```json\n{\"token\": \"<token>\", \"expires_at\": \"2030-01-01T00:00:00Z\"}\n```\n"),
        ("markdown-doc", "Twilio example: `ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` is your Account SID and `your_auth_token` your Auth Token.\n"),
        ("python-docstring", "def connect(dsn):\n    \"\"\"Connect to the database.\n\n    Example::\n\n        connect(\"postgresql://user:password@localhost:5432/mydb\")\n    \"\"\"\n"),
        ("man-page", "EXAMPLES\n       mysql -u root -p\n              Prompts for the password interactively.\n"),
        ("markdown-doc", "Generate a key with `openssl rand -hex 32` and put it in `SECRET_KEY`.\n"),
        ("markdown-doc", "| Variable | Example |\n|---|---|\n| `DATABASE_URL` | `postgres://USER:PASSWORD@HOST:5432/DB` |\n| `REDIS_URL` | `redis://localhost:6379/0` |\n"),
        ("openapi-yaml", "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n  examples:\n    token:\n      value: \"your-jwt-here\"\n"),
        ("markdown-doc", "The webhook URL looks like `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.\n"),
        ("markdown-doc", "GitHub tokens start with a prefix such as `ghp_` (classic PAT) or `github_pat_` (fine-grained).\n"),
    ]
    for c, t in docs: N("documentation-example", c, t, "well-known documentation/RFC sample or format description")
    # 2 placeholders / templates
    ph = [("dotenv", "OPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=\nDATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app\n"),
          ("github-actions-workflow-yml", "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  GH_TOKEN: ${{ github.token }}\n"),
          ("helm-template", "  password: {{ .Values.postgresql.auth.password | b64enc | quote }}\n  apiKey: {{ required \"apiKey is required\" .Values.apiKey }}\n"),
          ("windows-batch", "set DB_PASS=%DB_PASS%\nsqlcmd -S %DB_HOST% -U sa -P %DB_PASS%\n"),
          ("docker-compose-yml", "environment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n  REDIS_PASSWORD: ${REDIS_PASSWORD:-}\n"),
          ("yaml-config", "admin:\n  password: changeme   # template default, replaced by the installer\n"),
          ("dotenv", "# .env.example\nAPP_KEY=\nJWT_SECRET=replace-me\nMAIL_PASSWORD=null\n"),
          ("ansible-template-j2", "[client]\nuser={{ mysql_user }}\npassword={{ mysql_password }}\n"),
          ("terraform-hcl", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password\n"),
          ("python-source", "API_KEY = os.environ[\"API_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\n"),
          ("javascript-source", "const token = process.env.GITHUB_TOKEN ?? '';\nif (!token) throw new Error('GITHUB_TOKEN missing');\n"),
          ("java-properties", "spring.datasource.password=${DB_PASSWORD}\nspring.mail.password=${MAIL_PASSWORD:}\n"),
          ("kubernetes-deployment-yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-creds\n        key: password\n"),
          ("gitlab-ci-yml", "script:\n  - docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"\n"),
          ("jenkinsfile-groovy", "withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {\n    sh 'mvn sonar:sonar -Dsonar.login=$SONAR_TOKEN'\n}\n"),
          ("azure-pipelines-yml", "- script: ./deploy.sh\n  env:\n    AZURE_CLIENT_SECRET: $(azureClientSecret)\n"),
          ("bash-script", "read -rsp 'Password: ' PASSWORD\necho\ncurl -u \"admin:${PASSWORD}\" https://localhost:8443/api\n"),
          ("ini-config", "[database]\npassword = %(DB_PASSWORD)s\n"),
          ("markdown-doc", "Replace `YOUR_API_KEY` with the key from the dashboard: `curl -H \"X-API-Key: YOUR_API_KEY\" ...`\n"),
          ("slack-message", "%s  2:14 PM\nthe token is in 1password under \"CI / npm publish\", don't paste it here\n" % user())]
    for c, t in ph: N("placeholder-template", c, t, "placeholder, template expression or env reference")
    # 3 publishable/public keys
    for i in range(18):
        k = i % 9
        if k == 0: c, t = "javascript-source", "const stripe = Stripe('%s');\n" % pub_stripe()
        elif k == 1: c, t = "javascript-source", "mapboxgl.accessToken = '%s';\n" % g_mapbox_pk()
        elif k == 2: c, t = "dotenv", "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s\n" % (rs(20, LO), g_supabase("anon"))
        elif k == 3: c, t = "javascript-source", "const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n  appId: \"1:%d:web:%s\"\n};\n" % (pub_firebase(), org(), org(), R.randrange(10**11, 10**12), hx(22))
        elif k == 4: c, t = "google-services-json", '{\n  "project_info": {"project_number": "%d", "project_id": "%s-app"},\n  "client": [{"api_key": [{"current_key": "%s"}]}]\n}\n' % (R.randrange(10**11, 10**12), org(), pub_firebase())
        elif k == 5: c, t = "html-source", "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n" % rs(38, B64U)
        elif k == 6: c, t = "python-source", "sentry_sdk.init(dsn=\"%s\", traces_sample_rate=0.2)\n" % pub_sentry()
        elif k == 7: c, t = "javascript-source", "const search = algoliasearch('%s', '%s'); // search-only key\n" % (rs(10, UP + DI), pub_algolia_search())
        else: c, t = "dotenv", "GOOGLE_CLIENT_ID=%s\nPOSTHOG_KEY=phc_%s\n" % (pub_google_client(), rs(43))
        N("publishable-public-key", c, t, "publishable-by-design key")
    # 4 secret-manager references
    refs = [("dotenv", "DB_PASSWORD=op://Production/Postgres/password\nSTRIPE_KEY=op://Production/Stripe/credential\n"),
            ("yaml-config", "password: vault:secret/data/%s/db#password\n" % svc()),
            ("cloudformation-yaml", "MasterUserPassword: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:%d:secret:prod/db-%s:SecretString:password}}'\n" % (R.randrange(10**11, 10**12), rs(6))),
            ("sops-yaml", "db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  age:\n    - recipient: age1%s\n" % (b64(rbytes(18)), b64(rbytes(32)), b64(rbytes(16)), rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
            ("sealed-secret-yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag%s\n" % rs(300, B64C)),
            ("terraform-hcl", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"arn:aws:secretsmanager:us-east-1:%d:secret:prod/rds-%s\"\n}\n" % (R.randrange(10**11, 10**12), rs(6))),
            ("kubernetes-yaml", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: projects/%s/secrets/db-password/versions/latest\n" % org()),
            ("spring-application-yml", "spring:\n  datasource:\n    password: ${sm://db-password}\n"),
            ("ansible-vault-file", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hx(80) for _ in range(5)) + "\n"),
            ("github-actions-workflow-yml", "- uses: hashicorp/vault-action@v3\n  with:\n    secrets: |\n      secret/data/ci/npm token | NPM_TOKEN ;\n"),
            ("azure-arm-json", '{"adminPassword": {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-prod"}, "secretName": "vmAdminPassword"}}}\n' % uid()),
            ("dotenv", "DOPPLER_CONFIG=prd\nSECRET_REF=gcp:projects/%s/secrets/api-key\n" % org()),
            ("yaml-config", "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  %s\n  %s\n" % (hx(64), hx(64))),
            ("pulumi-stack-config", "config:\n  app:dbPassword:\n    secure: v1:%s:%s\n" % (b64(rbytes(12)), b64(rbytes(40)))),
            ("chef-data-bag-json", '{"id": "db", "password": {"encrypted_data": "%s", "iv": "%s", "version": 3, "cipher": "aes-256-gcm"}}\n' % (b64(rbytes(36)), b64(rbytes(12))))]
    for c, t in refs: N("secret-manager-reference", c, t, "reference or ciphertext, not the secret")
    # 5 hashes / digests
    for i in range(20):
        k = i % 10
        if k == 0: c, t = "git-log", "commit %s\nAuthor: %s <%s@%s.com>\nDate:   Tue Mar 5 10:22:01 2024 +0100\n\n    rotate token handling (no secrets in repo)\n" % (sha(), user(), user(), org())
        elif k == 1: c, t = "sha256sum-output", "%s  release-%d.%d.%d.tar.gz\n%s  release-%d.%d.%d.tar.gz.sig\n" % (hx(64), 1, R.randrange(9), R.randrange(9), hx(64), 1, R.randrange(9), R.randrange(9))
        elif k == 2: c, t = "markdown-doc", "Stored format: `$2b$12$%s` (bcrypt, cost 12). Never store the plaintext.\n" % rs(53, AN + "./")
        elif k == 3: c, t = "html-source", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n" % rs(64, B64C)
        elif k == 4: c, t = "package-lock-json", '"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-%s=="\n}\n' % rs(86, B64C)
        elif k == 5: c, t = "markdown-doc", "Argon2 example hash for the docs: `$argon2id$v=19$m=65536,t=3,p=4$%s$%s`\n" % (rs(22, B64C), rs(43, B64C))
        elif k == 6: c, t = "go-sum", "github.com/%s/%s v1.%d.0 h1:%s=\n" % (org(), svc(), R.randrange(20), rs(43, B64C))
        elif k == 7: c, t = "github-actions-log", "%s HEAD is now at %s Merge pull request #%d from %s/fix-token-refresh\n" % (iso(), sha()[:7], R.randrange(100, 9999), org())
        elif k == 8: c, t = "poetry-lock", "[[package]]\nname = \"requests\"\nversion = \"2.31.0\"\nfiles = [\n    {file = \"requests-2.31.0-py3-none-any.whl\", hash = \"sha256:%s\"},\n]\n" % hx(64)
        else: c, t = "bash-session", "$ md5sum backup.sql\n%s  backup.sql\n$ git rev-parse HEAD\n%s\n" % (hx(32), sha())
        N("hash-digest", c, t, "hash or digest")
    # 6 uuids / request ids
    for i in range(20):
        k = i % 6
        if k == 0: c, t = "json-log-line", '{"ts":"%s","level":"info","request_id":"%s","trace_id":"%s","span_id":"%s","msg":"token refreshed"}\n' % (isoms(), uid(), hx(32), hx(16))
        elif k == 1: c, t = "http-response-dump", "HTTP/1.1 401 Unauthorized\r\nx-request-id: %s\r\nx-amzn-trace-id: Root=1-%s-%s\r\nWWW-Authenticate: Bearer error=\"invalid_token\"\r\n\r\n" % (uid(), hx(8), hx(24))
        elif k == 2: c, t = "aws-cli-output", '{\n    "ResponseMetadata": {\n        "RequestId": "%s",\n        "HTTPStatusCode": 200\n    },\n    "SecretList": []\n}\n' % uid()
        elif k == 3: c, t = "terraform-plan", "  # azurerm_key_vault.main will be created\n  + resource \"azurerm_key_vault\" \"main\" {\n      + tenant_id = \"%s\"\n      + id        = (known after apply)\n    }\n" % uid()
        elif k == 4: c, t = "kubectl-output", "NAME        TYPE     DATA   AGE\ndb-secret   Opaque   2      12d\n$ kubectl get secret db-secret -o jsonpath='{.metadata.uid}'\n%s\n" % uid()
        else: c, t = "sentry-event-json", '{"event_id": "%s", "level": "error", "message": "Invalid API key provided", "release": "%s"}\n' % (hx(32), sha()[:12])
        N("uuid-request-id", c, t, "identifiers")
    # 7 image digests
    for i in range(15):
        k = i % 5
        if k == 0: c, t = "kubernetes-deployment-yaml", "        image: ghcr.io/%s/%s@sha256:%s\n" % (org(), svc(), hx(64))
        elif k == 1: c, t = "docker-pull-output", "latest: Pulling from library/postgres\nDigest: sha256:%s\nStatus: Downloaded newer image for postgres:16\n" % hx(64)
        elif k == 2: c, t = "dockerfile", "FROM node:20-alpine@sha256:%s AS build\n" % hx(64)
        elif k == 3: c, t = "docker-images-output", "REPOSITORY   TAG    IMAGE ID       CREATED       SIZE\n%s/%s   1.4.2  %s   2 days ago    182MB\n" % (org(), svc(), hx(12))
        else: c, t = "github-actions-log", "%s #12 exporting manifest sha256:%s done\n%s #12 pushing layers 2.3s done\n" % (iso(), hx(64), iso())
        N("image-digest", c, t, "container image digests")
    # 8 base64 non-secret
    for i in range(18):
        k = i % 6
        if k == 0: c, t = "kubernetes-configmap-yaml", "apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  logo.png: %s\n" % b64(b"\x89PNG\r\n\x1a\n" + bytes(range(60)))
        elif k == 1: c, t = "kubernetes-secret-yaml", "apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  username: %s\n  region: %s\n" % (b64(b"app"), b64(b"eu-west-1"))
        elif k == 2: c, t = "html-source", "<img alt=\"dot\" src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\">\n"
        elif k == 3: c, t = "json-config", '{"metadata": "%s"}\n' % b64(json.dumps({"team": org(), "tier": "gold", "region": "eu"}).encode())
        elif k == 4: c, t = "email-rfc822", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n" % b64("Hallo Team, das Meeting ist um 10 Uhr. Bitte pünktlich sein.".encode())
        else: c, t = "jwt-header-doc", "The JOSE header `%s` decodes to {\"alg\":\"RS256\",\"kid\":\"%s\"}.\n" % (b64u(json.dumps({"alg": "RS256", "kid": hx(8)}).encode()), hx(8))
        N("base64-non-secret", c, t, "base64 of non-secret data")
    # 9 masked
    masked = ["GITHUB_TOKEN=ghp_************************************", "%s ##[debug]Evaluating: secrets.NPM_TOKEN\n%s Result: '***'" % (iso(), iso()),
              "password: ********", "STRIPE_SECRET_KEY=sk_live_••••••••••••••••4242", "Authorization: Bearer [REDACTED]", "aws_secret_access_key = ****************EKEY",
              "DB_PASSWORD=<redacted>", "$ heroku config:get API_KEY\n(hidden)", "token=xoxb-****-****-****", "{\"password\": \"[FILTERED]\", \"user\": \"admin\"}",
              "Connection: postgres://app:*****@db:5432/app", "api_key: \"sk-...abcd\" (last 4 shown)", "fly secrets list\nNAME\tDIGEST\t\t\tCREATED AT\nDATABASE_URL\t%s\t3d ago" % hx(16),
              "$ gh secret list\nNPM_TOKEN      Updated 2024-02-11\nSONAR_TOKEN    Updated 2023-12-01", "$ vercel env ls\n name           value      environments\n API_KEY        Encrypted  Production",
              "Rails: Parameters: {\"user\"=>{\"email\"=>\"a@b.c\", \"password\"=>\"[FILTERED]\"}}", "AKIA****************", "Secret: glpat-••••••••••••••••••••"]
    for i, m in enumerate(masked): N("masked-value", pick(["github-actions-log", "bash-session", "rails-log", "dotenv", "slack-message", "gitlab-ci-log"]), m + "\n", "masked or redacted value")
    # 10 prose about passwords / policies
    prose = ["Passwords must be at least 14 characters and rotated every 90 days. Do not reuse your last 5 passwords.",
             "Reminder: never paste tokens in Slack. If you did, revoke it in Settings → Developer settings → Tokens and tell #security.",
             "Das Passwort muss mindestens 12 Zeichen lang sein und eine Ziffer enthalten.",
             "Le mot de passe doit être changé tous les 90 jours.",
             "La contraseña temporal se envía por SMS y caduca en 24 horas.",
             "The API key rotation job runs nightly at 02:00 UTC; old keys stay valid for 1 hour.",
             "If you forgot your password, click \"Forgot password\" on the login page.",
             "密码必须包含大小写字母和数字。", "パスワードは8文字以上にしてください。",
             "Q: Where is the database password stored?\nA: In AWS Secrets Manager, under prod/db. The app reads it at start-up.",
             "We rotated the Stripe secret key today after the incident; the new one lives in Vault only.",
             "Token expired. Please log in again.", "Error: password authentication failed for user \"app\"",
             "FATAL:  password authentication failed for user \"postgres\"\nDETAIL:  Connection matched pg_hba.conf line 99: \"host all all 0.0.0.0/0 md5\"",
             "Tip: use a passphrase like four random words, and store it in your password manager.",
             "Access denied for user 'root'@'localhost' (using password: YES)",
             "Пароль должен содержать не менее 10 символов.", "Senha incorreta. Tente novamente."]
    for p_ in prose: N("prose-about-secrets", pick(["slack-message", "wiki-page", "email-rfc822", "log-line", "faq-markdown"]), p_ + "\n", "prose about credentials without a value")
    # 11 fake fixtures
    fakes = ["def test_mask():\n    assert mask(\"ghp_\" + \"x\" * 36) == \"ghp_****\"\n",
             "FAKE_TOKEN = \"fake-token-for-tests\"\n", "@pytest.fixture\ndef creds():\n    return {\"user\": \"test\", \"password\": \"test\"}\n",
             "it('rejects bad key', () => { expect(validate('sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')).toBe(false) })\n",
             "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX  # dummy for localstack\nAWS_SECRET_ACCESS_KEY=test\n",
             "const dummyJwt = 'header.payload.signature';\n", "mockToken := \"dummy\"\n",
             "# moto mocks\nos.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"testing\"\n", "password: \"password\"  # docker-compose.test.yml, throwaway container\n",
             "let apiKey = \"00000000-0000-0000-0000-000000000000\"\n", "slack_token = \"xoxb-0000000000-0000000000-AAAAAAAAAAAAAAAAAAAAAAAA\"  # placeholder shape for tests\n",
             "TEST_STRIPE_KEY = 'sk_test_' + 'a' * 24\n", "assert redact('password=hunter2') == 'password=*******'\n",
             "expect(parse('Bearer abc')).toEqual({scheme: 'Bearer', token: 'abc'})\n", "key = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'  # zero key, unit test only\n"]
    for f in fakes: N("fake-test-fixture", pick(["python-test", "javascript-test", "go-test", "yaml-config"]), f, "obviously fake fixture")
    # 12 high-entropy non-secrets
    for i in range(20):
        k = i % 8
        if k == 0: c, t = "html-source", "<script nonce=\"%s\">window.__INITIAL_STATE__={}</script>\n" % rs(22, B64C)
        elif k == 1: c, t = "http-response-dump", "HTTP/1.1 200 OK\r\nETag: \"%s\"\r\nCache-Control: max-age=3600\r\n\r\n" % hx(32)
        elif k == 2: c, t = "html-source", "<form method=\"post\"><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"%s\"></form>\n" % rs(64)
        elif k == 3: c, t = "javascript-minified", "var a=\"%s\",b=function(c){return c.%s};\n" % (rs(40), rs(12, LO))
        elif k == 4: c, t = "log-line", "cache hit key=v2:%s:%s ttl=300\n" % (svc(), hx(40))
        elif k == 5: c, t = "webpack-manifest-json", '{"main.js": "/static/js/main.%s.js", "runtime.js": "/static/js/runtime.%s.js"}\n' % (hx(20), hx(20))
        elif k == 6: c, t = "html-source", "<meta name=\"csrf-token\" content=\"%s\">\n" % rs(86, B64U)
        else: c, t = "ios-plist", "<key>CFBundleIdentifier</key>\n<string>com.%s.app</string>\n<key>BuildHash</key>\n<string>%s</string>\n" % (org().replace("-", ""), rs(32))
        N("high-entropy-non-secret", c, t, "high-entropy identifiers that are not credentials")
    # 13 public keys / certs
    pubs = [("pem-file", KEYS["CERT"]), ("authorized-keys", KEYS["OSSH_ED_PUB"] + KEYS["OSSH_RSA_PUB"]), ("pgp-public-key", KEYS["PGP_PUB"]),
            ("known-hosts", "github.com " + " ".join(KEYS["OSSH_ED_PUB"].split()[:2]) + "\n"), ("jwks-json", '{"keys":[{"kty":"RSA","kid":"%s","use":"sig","n":"%s","e":"AQAB"}]}\n' % (hx(8), rs(342, B64U))),
            ("yaml-config", "sshKeys:\n  - %s" % KEYS["OSSH_RSA_PUB"]), ("terraform-hcl", "resource \"aws_key_pair\" \"deploy\" {\n  key_name   = \"deploy\"\n  public_key = \"%s\"\n}\n" % KEYS["OSSH_ED_PUB"].strip()),
            ("markdown-doc", "Our age recipient (public): `age1%s`\n" % rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
            ("wireguard-conf", "[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.0/24\nEndpoint = %s:51820\n" % (b64(rbytes(32)), pubip())),
            ("pem-file", "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % b64(rbytes(91))[:64]),
            ("ssh-keygen-output", "The key fingerprint is:\nSHA256:%s deploy@build-07\n" % rs(43, B64C)),
            ("tls-handshake-log", "depth=0 CN = api.%s.com\nverify return:1\n---\nServer certificate\nsubject=CN = api.%s.com\nissuer=C = US, O = Let's Encrypt, CN = R3\n" % (org(), org()))]
    for c, t in pubs: N("public-key-or-certificate", c, t, "public key material")
    # 14 empty password fields
    empt = ["password=\n", "DB_PASSWORD=\"\"\n", "<password></password>\n", "\"password\": null,\n", "spring.datasource.password=\n", "password: ''\n",
            "[client]\nuser=root\npassword=\n", "PGPASSWORD= psql -h localhost\n", "Password: \nLogin incorrect\n", "  <add key=\"ClearTextPassword\" value=\"\" />\n",
            "REDIS_PASSWORD=   # no auth in dev\n", "api_key = None\n", "secret: ~\n", "MYSQL_ALLOW_EMPTY_PASSWORD=yes\nMYSQL_ROOT_PASSWORD=\n", "token=\"\"\n"]
    for e in empt: N("empty-password-field", pick(["dotenv", "ini-config", "yaml-config", "java-properties", "terminal"]), e, "credential field with no value")
    # 15 timestamps / versions near secret words
    tv = ["password_changed_at: %s" % iso(), "token_expires=%d" % ts(), "api_key_version: 3.2.1", "SECRET_ROTATION_DAYS=90", "password_min_length = 14",
          "last_token_refresh=%s" % isoms(), "key_id: 2024-03-01", "secret-store-version: v1.12.4", "jwt_ttl_seconds: 3600", "passwordHistory: 5",
          "X-RateLimit-Reset: %d" % ts(), "token_type: Bearer\nexpires_in: 3599", "AUTH_TIMEOUT=30s", "credentials_schema=2", "tokenizer_version: 0.15.2 (huggingface tokenizers)"]
    for x in tv: N("timestamp-version-near-secret-word", pick(["yaml-config", "dotenv", "json-log-line", "http-response-dump"]), x + "\n", "numbers next to secret-ish words")
    # extra placeholder / masked variants across vendors
    for v in V[::6]:
        k = R.randrange(4)
        if k == 0: N("placeholder-template", "dotenv", "%s=<%s>\n" % (v["env"], v["env"].lower().replace("_", "-")), "angle-bracket placeholder")
        elif k == 1: N("placeholder-template", "github-actions-workflow-yml", "      %s: ${{ secrets.%s }}\n" % (v["env"], v["env"]), "Actions secret expression")
        elif k == 2: N("masked-value", "github-actions-log", "%s   %s: ***\n" % (iso(), v["env"]), "Actions log masking")
        else: N("placeholder-template", "yaml-config", "%s: \"{{ %s }}\"\n" % (v["env"].lower(), v["env"].lower()), "Jinja placeholder")
    # 16 public identifiers
    for i in range(15):
        k = i % 5
        if k == 0: c, t = "aws-cli-output", '{\n    "UserId": "AIDA%s",\n    "Account": "%d",\n    "Arn": "arn:aws:iam::%d:user/ci"\n}\n' % (rs(17, B32), R.randrange(10**11, 10**12), R.randrange(10**11, 10**12))
        elif k == 1: c, t = "dotenv", "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_PHONE=+1555%07d\n" % (hx(32), R.randrange(10**7))
        elif k == 2: c, t = "dotenv", "AZURE_TENANT_ID=%s\nAZURE_CLIENT_ID=%s\nAZURE_SUBSCRIPTION_ID=%s\n" % (uid(), uid(), uid())
        elif k == 3: c, t = "dotenv", "GITHUB_APP_ID=%d\nGITHUB_CLIENT_ID=Iv1.%s\n" % (R.randrange(100000, 999999), hx(16))
        else: c, t = "json-config", '{"stripe_account": "acct_%s", "customer": "cus_%s", "price": "price_%s"}\n' % (rs(16), rs(14), rs(24))
        N("public-identifier", c, t, "identifiers that are not secrets")

def main():
    build_vendor_matrix()
    fam_passwords_syntax(); fam_framework(); fam_base64(); fam_session(); fam_webhooks_signed(); fam_misc_secrets(); fam_private_keys(); fam_generic_names(); fam_prose()
    fam_evasions(); fam_negatives()
    check_and_write()

def check_and_write():
    errs = []
    all_vals = set()
    for recs, pref in ((POS, "p5-pos-"), (EVA, "p5-ev-")):
        for r in recs:
            assert r["id"].startswith(pref)
            last = -1
            for s in sorted(r["secrets"], key=lambda s: s["start"]):
                if r["text"][s["start"]:s["end"]] != s["value"]: errs.append(("span", r["id"]))
                if s["start"] < last: errs.append(("overlap", r["id"]))
                last = s["end"]
                all_vals.add(s.get("plain") or s["value"]); all_vals.add(s["value"])
                if re.match(r"(pk_live_|pk\.eyJ)", s["value"]): errs.append(("public-labelled", r["id"]))
            if r["type"] != r["secrets"][0]["type"]: errs.append(("rtype", r["id"]))
            if "⟦" in r["text"] or "⟧" in r["text"]: errs.append(("marker", r["id"]))
    for r in EVA:
        if not all("plain" in s for s in r["secrets"]): errs.append(("noplain", r["id"]))
        if not ev_decode_ok(r): errs.append(("decode", r["id"]))
    # checksums
    ck = re.compile(r"\b(gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})\b")
    nck = 0
    for r in POS + EVA:
        for s in r["secrets"]:
            for m in ck.finditer(s.get("plain") or s["value"]):
                nck += 1
                if crc_b62(m.group(2)) != m.group(3): errs.append(("crc", r["id"]))
    # negatives must not contain any generated positive value
    for r in NEG:
        for v in all_vals:
            if len(v) >= 8 and v in r["text"]: errs.append(("neg-leak", r["id"]))
    ids = [r["id"] for r in POS + EVA + NEG]
    if len(ids) != len(set(ids)): errs.append(("dup-id", ""))
    if errs:
        print("CHECK FAILED", errs[:20]); sys.exit(1)
    types = {s["type"] for r in POS + EVA for s in r["secrets"]}
    conts = {r["container"] for r in POS + EVA + NEG}
    stats = dict(pos=len(POS), pos_spans=sum(len(r["secrets"]) for r in POS), ev=len(EVA), ev_spans=sum(len(r["secrets"]) for r in EVA), neg=len(NEG),
                 neg_classes=len({r["class"] for r in NEG}), types=len(types), containers=len(conts), crc_checked=nck)
    assert stats["types"] >= 150 and stats["containers"] >= 120 and stats["neg_classes"] >= 14 and stats["pos_spans"] >= 650, stats
    for name, recs in (("secrets.jsonl", POS), ("evasions.jsonl", EVA), ("negatives.jsonl", NEG)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(stats))

if __name__ == "__main__":
    main()
