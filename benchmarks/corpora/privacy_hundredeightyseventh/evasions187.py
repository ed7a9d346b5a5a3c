"""Evasion source: 22 encodings x 3 records."""
import random
from common187 import SEEDS, owner_password, rand_str, B62, HEX
from enc187 import ENCODINGS

ETYPES = [
    ("charity_evasion_till_password", "the back-office till password", "owner-chosen password of the shop's back-office till (joiners - _ . only)",
     lambda r: owner_password(r, strict=True)),
    ("charity_evasion_lister_key", "the resale lister key", "`rsk_` + 16 base62, key of the resale listing tool (prefix invented)",
     lambda r: "rsk_" + rand_str(r, B62, 16)),
    ("charity_evasion_tracker_psk_hex", "the van tracker pre-shared key", "32 lower-case hex characters, TLS-PSK key of the van trackers",
     lambda r: rand_str(r, HEX, 32)),
]
WORDINGS = [
    ("charity_shop_staffroom_quiz", "Staffroom quiz for the Saturday team: {what} is written {rule}",
     "First one to decode it wins the mystery bag from the sorting room."),
    ("volunteer_newsletter_puzzle_corner", "Puzzle corner (volunteer newsletter, page 4) – {what} for the new starters, written {rule}",
     "Answers at the next induction evening; please do not post the solution on the group chat."),
    ("warehouse_noticeboard_riddle", "Pinned on the warehouse noticeboard by the night shift: {what}, {rule}",
     "If you can read this you can log in – tear it down after the stocktake."),
]


def generate(reg):
    rng = random.Random(SEEDS["evasion"])
    out = []
    k = 0
    for enc, (_fam, rule, fn) in ENCODINGS.items():
        for t_i, (tname, what, _desc, gen) in enumerate(ETYPES):
            wname, intro, remark = WORDINGS[(k + t_i) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run) and not (plain in run or run in plain):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("could not draw evasion plain")
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark
            out.append({"type": tname, "container": enc + "__" + wname, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": len(head), "end": len(head) + len(run), "type": tname,
                                     "plain": plain, "encoding": enc}],
                        "source": "evasion"})
        k += 1
    return out
