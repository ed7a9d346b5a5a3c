"""Evasion source: 22 encodings x 3 secret types; the span is the whole encoded run."""
import random

from common208 import B62, LOWALNUM, owner_password, rstr, record, PREFIX
from enc208 import ENCODINGS, enc

SEED = 20805

ETYPES = [
    ("mason_evasion_engraver_pc_password", "owner-chosen password of the stone-engraving machine's PC (joiners - _ . only)",
     lambda rng: owner_password(rng, strict=True)),
    ("watch_evasion_safe_release_code", "`wsr_` + 16 base62, release code of the workshop watch safe's network lock (prefix invented)",
     lambda rng: "wsr_" + rstr(rng, B62, 16)),
    ("sweep_evasion_van_unlock_key", "`svk-` + 20 lower-case alphanumerics, key that unlocks the sweep van's tool-locker controller (prefix invented)",
     lambda rng: "svk-" + rstr(rng, LOWALNUM, 20)),
]
WORDINGS = [
    ("sweeps_guild_newsletter_puzzle", "Newsletter puzzle corner: the {what} is written {rule}",
     "First correct answer to the round office wins a new brush head."),
    ("mason_yard_quiz_sheet", "Yard quiz, question 7 – the {what}, {rule}",
     "Answers on the back of the lettering order book, not in the group chat."),
    ("watch_club_riddle_card", "Riddle card for the bench: here is the {what}, {rule}",
     "Decode it at the bench and tear the card up afterwards."),
]
WHAT = {
    "mason_evasion_engraver_pc_password": "engraver PC password",
    "watch_evasion_safe_release_code": "safe release code",
    "sweep_evasion_van_unlock_key": "van tool-locker key",
}


def generate(reg, start_id=1):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, _d, gen) in enumerate(ETYPES):
            wname, head, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no evasion plain")
            lead = head.format(what=WHAT[tname], rule=rule)
            text = lead + ":\n" + run + "\n" + remark
            s = len(lead) + 2
            rec = record("%s-e-%04d" % (PREFIX, n), tname, ename + "__" + wname, text, run, s, s + len(run), "evasion",
                         extra={"plain": plain, "encoding": ename})
            rec = {"id": rec["id"], "type": rec["type"], "container": rec["container"], "encoding": ename,
                   "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"}
            out.append(rec)
            n += 1
    return out
