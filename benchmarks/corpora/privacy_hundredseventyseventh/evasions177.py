"""Evasion source: 22 notations x 3 records."""
import random

from common177 import BASE62, owner_password, rstr, fill, MARK
from enc177 import ENCODINGS, encode

SEED = 17705
TYPES = [
    ("stone_evasion_yard_portal_password", "the yard portal password",
     lambda r: owner_password(r, "-_."), "owner-chosen yard-portal password (joiners - _ . only)"),
    ("stone_evasion_survey_upload_key", "the drone survey upload key",
     lambda r: "dsu_" + rstr(r, BASE62, 16), "`dsu_` + 16 base62 drone-survey upload key (prefix invented)"),
    ("stone_evasion_cure_logger_key_hex", "the curing-logger key",
     lambda r: rstr(r, "0123456789ABCDEF", 20), "20 upper-case hex characters of a curing-logger key"),
]
WORDINGS = [
    ("stone_yard_tea_room_puzzle", "Tea-room puzzle for the banker shop, week %d.",
     "First one to crack it gets the bacon rolls on Friday."),
    ("heritage_newsletter_cipher_corner", "Cipher corner, staff newsletter no. %d.",
     "Answers to the office please, not in the group chat."),
    ("site_cabin_whiteboard_riddle", "Site cabin whiteboard, chapel job, day %d.",
     "Wiped on Monday morning."),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for ei, name in enumerate(ENCODINGS):
        rule = ENCODINGS[name][1]
        for k in range(3):
            tname, what, gen, _d = TYPES[(ei + k) % 3]
            wname, intro, remark = WORDINGS[k]
            for _ in range(200):
                plain = gen(rng)
                run = encode(name, plain)
                if plain in run or run != run.strip() or not reg.ok(plain) or not reg.ok(run):
                    continue
                if plain in run or run in plain:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion draw failed for " + name)
            head = (intro % rng.randint(2, 40)) + " " + what[0].upper() + what[1:] + " is written " + rule + ":\n"
            text, s, e = fill(head + MARK + "\n" + remark + "\n", run)
            recs.append({"type": tname, "container": name + "__" + wname, "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": name}], "source": "evasion"})
    return recs
