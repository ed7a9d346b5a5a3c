"""Shared helpers for the p66 corpus (standard library only, deterministic)."""
import random, string, base64, json, uuid

PFX = "p66"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEXL = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
MEDIA_WORDS = ["rundown", "dateline", "chyron", "lowerthird", "kicker", "lede", "byline", "slugline",
               "teleprompt", "stringer", "masthead", "newsreel", "cutaway", "voiceover", "bumper",
               "gallery", "playout", "uplink", "frameline", "nutgraf", "broadsheet", "tabloid",
               "presser", "scoop", "deskside", "overnight", "wirecopy", "deadline", "standup",
               "liveshot", "mixdown", "keyframe", "montage", "sidebar", "pullquote", "sting"]


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng):
    w = rng.choice(MEDIA_WORDS)
    return w + rng.choice("-_.") + pick(rng, LOWER + DIG, rng.randint(4, 7)) + pick(rng, DIG, 2)


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, payload=None):
    head = b64url_json({"alg": "HS256", "typ": "JWT"})
    if payload is None:
        payload = {"sub": pick(rng, LOWER + DIG, 10), "iat": rng.randint(1700000000, 1790000000)}
    return head + "." + b64url_json(payload) + "." + pick(rng, B64U, 43)


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def spec(rng, s):
    """Tiny shape language: parts joined by '+'.
    'L:txt' literal, aN alnum, hN hex, HN upper hex, dN digits, lN lower+digit, UN upper+digit,
    bN base64url chars, BN base64 chars, u uuid, pw owner password, jwt, b64:N base64 of N random bytes."""
    out = []
    for part in s.split("+"):
        if part.startswith("L:"):
            out.append(part[2:])
        elif part == "u":
            out.append(uid(rng))
        elif part == "pw":
            out.append(password(rng))
        elif part == "jwt":
            out.append(jwt(rng))
        elif part.startswith("b64:"):
            out.append(base64.b64encode(bytes(rng.getrandbits(8) for _ in range(int(part[4:])))).decode())
        else:
            k, n = part[0], int(part[1:])
            al = {"a": ALNUM, "h": HEXL, "H": "0123456789ABCDEF", "d": DIG, "l": LOWER + DIG,
                  "U": UPPER + DIG, "b": B64U, "B": B64}[k]
            out.append(pick(rng, al, n))
    return "".join(out)


def fill(tpl, value, rng, extra=None):
    """Replace <<V>> with value and filler slots; return (text, start, end)."""
    fillers = {
        "<<U>>": rng.choice(["amara.okafor", "j.lindqvist", "rpatel", "desk.editor", "nightdesk",
                              "mkowalski", "t.nguyen", "freelance.cam2", "sports.producer", "lvidal"]),
        "<<H>>": rng.choice(["cms.newsroom.example", "ingest.bcast.example", "wire.desk.example",
                              "mam.studio.example", "encoder01.mcr.example", "pod.audio.example",
                              "cdn-origin.tv.example", "social.desk.example"]),
        "<<N>>": str(rng.randint(1000, 98999)),
        "<<D>>": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "<<T>>": "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)),
        "<<S>>": rng.choice(["election-night", "budget-vote", "storm-watch", "cup-final",
                              "court-verdict", "morning-show", "late-bulletin", "summit-live"]),
    }
    if extra:
        fillers.update(extra)
    for k, v in fillers.items():
        tpl = tpl.replace(k, v)
    assert tpl.count("<<V>>") == 1, tpl
    i = tpl.index("<<V>>")
    text = tpl[:i] + value + tpl[i + 5:]
    assert "<<" not in text and ">>" not in text.replace("->>", ""), text
    return text, i, i + len(value)


def record(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
            "source": source}
