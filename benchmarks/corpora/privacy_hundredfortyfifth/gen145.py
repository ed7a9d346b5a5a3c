"""Generators for p145 (stage, concert-venue and live-event production)."""
import random, string, base64, uuid, json, hashlib, codecs
L = string.ascii_lowercase; U = string.ascii_uppercase; D = string.digits
AN = L + U + D
WORDS = ['gobo','fresnel','truss','hazer','dimmer','followspot','cyclorama','blackout','gaffer','riser','beltpack','setlist',
 'encore','soundcheck','stagebox','rigging','flycase','barricade','wristband','lanyard','greenroom','catwalk','downstage',
 'upstage','proscenium','confetti','strobe','spotbar','genie','cuelist','fader','snake','wedge','subwoofer','loadin','loadout',
 'chainhoist','pyro','marley','scrim','lekolite','parcan','dollytrack','wingspace','backline']
class G:
    def __init__(s, seed): s.r = random.Random(seed)
    def ch(s, al, n): return ''.join(s.r.choice(al) for _ in range(n))
    def hx(s, n): return s.ch('0123456789abcdef', n)
    def an(s, n): return s.ch(AN, n)
    def lan(s, n): return s.ch(L + D, n)
    def uan(s, n): return s.ch(U + D, n)
    def b64(s, nb): return base64.b64encode(bytes(s.r.getrandbits(8) for _ in range(nb))).decode()
    def b64u(s, nb): return base64.urlsafe_b64encode(bytes(s.r.getrandbits(8) for _ in range(nb))).decode().rstrip('=')
    def uid(s): return str(uuid.UUID(int=s.r.getrandbits(128), version=4))
    def pw(s, seps='-_.'):
        w = s.r.choice(WORDS)
        if s.r.random() < 0.45: w = w.capitalize()
        return w + s.r.choice(seps) + s.lan(s.r.randint(3, 6)) + s.ch(D, 2)
    def jwt(s, payload):
        e = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        return e({'alg': 'HS256', 'typ': 'JWT'}) + '.' + e(payload) + '.' + s.b64u(32)
    def bech32up(s, n): return s.ch('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', n)
