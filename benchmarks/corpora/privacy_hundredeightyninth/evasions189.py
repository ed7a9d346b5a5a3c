"""Evasion records: 22 encodings x 3 secret types."""
import random

from common189 import password, rs, BASE62, LOWER_ALNUM
from enc189 import ENCODINGS

SEED = 18905
ETYPES = [
    ("nightclub_evasion_door_tablet_password", "The door tablet password",
     "owner-chosen password of the door check-in tablets (joiners - _ . only)",
     lambda r: password(r, strict=True)),
    ("nightclub_evasion_wristband_topup_key", "The wristband top-up key",
     "`wtk_` + 16 base62, key of the cashless wristband top-up kiosks (prefix invented)",
     lambda r: "wtk_" + rs(r, BASE62, 16)),
    ("nightclub_evasion_stream_ingest_key", "The booth stream ingest key",
     "`ik-` + 24 lower-case alphanumerics, ingest key of the DJ-booth live stream (prefix invented)",
     lambda r: "ik-" + rs(r, LOWER_ALNUM, 24)),
]
WORDINGS = [
    ("club_newsletter_brain_teaser", "Answers in next month's staff newsletter."),
    ("staff_room_whiteboard_note", "Wipe this off the board after close."),
    ("karaoke_quiz_night_card", "First table to crack it wins a free room hour."),
]


def generate(reg, start_id):
    r = random.Random(SEED)
    recs = []
    n = start_id
    for ei, (enc_name, (_fam, rule, fn)) in enumerate(ENCODINGS.items()):
        for ti, (tname, intro, _desc, gen) in enumerate(ETYPES):
            wname, remark = WORDINGS[(ei + ti) % 3]
            for _ in range(200):
                plain = gen(r)
                run = fn(plain, r)
                if (plain not in run and run != plain and run == run.strip()
                        and reg.ok(plain) and reg.ok(run) and plain not in run):
                    break
            else:
                raise RuntimeError("no evasion run for " + enc_name)
            reg.add(plain)
            reg.add(run)
            head = "%s, written %s:\n" % (intro, rule)
            text = head + run + "\n" + remark
            span = {"value": run, "start": len(head), "end": len(head) + len(run), "type": tname,
                    "plain": plain, "encoding": enc_name}
            rec = {"id": "p189-e-%04d" % n, "type": tname, "container": enc_name + "__" + wname,
                   "encoding": enc_name, "text": text, "secrets": [span], "source": "evasion"}
            recs.append(rec)
            n += 1
    return recs
