"""Evasion source: 22 encodings x 3 records."""
import random

from common202 import ALNUM, LOWER_ALNUM, SEEDS, rs, strict_password
from enc202 import ENCODINGS, enc

TYPES = [
    ("mews_evasion_incubator_panel_password",
     "owner-chosen password of the incubator-room control panel (joiners - _ . only)",
     "the incubator panel password", lambda rng: strict_password(rng)),
    ("mews_evasion_freezer_log_key",
     "`fzk_` + 20 base62, key that unlocks the specimen-freezer log of the taxidermy studio (prefix invented)",
     "the freezer-log key", lambda rng: "fzk_" + rs(rng, ALNUM, 20)),
    ("mews_evasion_hotline_bridge_token",
     "`hlb-` + 16 lower-case alphanumerics, token of the rescue-hotline call bridge (prefix invented)",
     "the hotline bridge token", lambda rng: "hlb-" + rs(rng, LOWER_ALNUM, 16)),
]
WORDINGS = [
    ("falconry_club_newsletter_puzzle", "Puzzle corner for the club newsletter: {what}, written {rule}",
     "First correct answer wins a new leash and swivel."),
    ("rescue_volunteer_quiz_sheet", "Night-shift quiz, question 7 — here is {what}, written {rule}",
     "Write your answer on the back and hand it to the shift lead."),
    ("taxidermy_guild_riddle_corner", "Riddle corner of the guild bulletin: {what} of the studio, written {rule}",
     "Solutions in next month's bulletin, next to the glass-eye price list."),
]


def build(reg):
    rng = random.Random(SEEDS["evasion"])
    records = []
    k = 0
    for name, family, rule in ENCODINGS:
        for j in range(3):
            typ, _desc, what, gen = TYPES[(k + j) % 3]
            wname, intro, remark = WORDINGS[j]
            for _ in range(200):
                plain = gen(rng)
                run = enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no plain for " + name)
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark
            rec = {
                "id": "", "type": typ, "container": name + "__" + wname, "encoding": name, "text": text,
                "secrets": [{"value": run, "start": len(head), "end": len(head) + len(run), "type": typ,
                             "plain": plain, "encoding": name}],
                "source": "evasion",
            }
            records.append(rec)
        k += 1
    return records
