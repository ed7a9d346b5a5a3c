"""Evasion records: 22 encodings x 3."""
import random
import re

from common173 import B62, HEX, rs, password, PREFIX
import enc173

SEED = 17305
TYPES = [
    ("stable_evasion_yard_password", "yard office password",
     "owner-chosen password of the yard office PC (joiners - _ . only)"),
    ("stable_evasion_racecard_key", "racecard feed key",
     "`rck_` + 16 base62 racecard-feed API key (prefix invented)"),
    ("stable_evasion_feed_hmac_hex", "exchange-bridge HMAC key",
     "24 lower-case hex characters of the exchange-bridge HMAC key"),
]
WORDINGS = {
    "tack_room_riddle_card": ("Riddle card pinned up in the tack room: the %s is written %s",
                              "First one to log in with it buys the haynets this week."),
    "yard_newsletter_puzzle_corner": ("Yard newsletter, puzzle corner. This month the %s, %s",
                                      "Answers to the office, not to the group chat!"),
    "racing_club_quiz_night_sheet": ("Racing club quiz night, tie-breaker: decode the %s, which we wrote %s",
                                     "Hand your sheet to the steward when you are done."),
}
PLAIN_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


def plain_for(tidx, rng):
    if tidx == 0:
        return password(rng, safe=True)
    if tidx == 1:
        return "rck_" + rs(rng, B62, 16)
    return rs(rng, HEX, 24)


def generate(reg):
    rng = random.Random(SEED)
    out = []
    n = 0
    wnames = list(WORDINGS)
    for ei, enc in enumerate(enc173.ENCODINGS):
        for j in range(3):
            tidx = (ei + j) % 3
            typ, what, _ = TYPES[tidx]
            for _ in range(200):
                plain = plain_for(tidx, rng)
                run = enc173.encode(enc, plain, rng)
                if plain in run or run != run.strip():
                    continue
                if reg.ok(plain) and reg.ok(run) and plain not in run:
                    reg.add(plain)
                    if reg.add(run):
                        break
            else:
                raise RuntimeError("no evasion plain")
            wording = wnames[j]
            intro, remark = WORDINGS[wording]
            head = intro % (what, enc173.RULES[enc]) + ":\n"
            text = head + run + "\n" + remark
            start = len(head)
            n += 1
            out.append({
                "id": "%s-e-%04d" % (PREFIX, n),
                "type": typ,
                "container": enc + "__" + wording,
                "encoding": enc,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            })
    return out
