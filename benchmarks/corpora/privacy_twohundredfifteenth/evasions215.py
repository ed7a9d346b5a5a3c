"""Evasions: 22 encodings x 3 secret types, each once per type and once per wording."""
import random

from common215 import B62, LOWALNUM, rs, owner_pw
from enc215 import ENCODINGS, enc

SEED = 21505

TYPES = [
    ("upholstery_evasion_cutting_room_pc_password",
     "owner-chosen password of the cutting-room PC (joiners - _ . only)",
     "the cutting-room PC password", lambda r: owner_pw(r, strict=True)),
    ("antique_evasion_showroom_alarm_code",
     "`sac_` + 16 base62, code that disarms the showroom alarm panel (prefix invented)",
     "the showroom alarm code", lambda r: "sac_" + rs(r, B62, 16)),
    ("restoration_evasion_strongroom_token",
     "`srt-` + 20 lower-case alphanumerics, token that opens the strongroom where consigned silver is kept (prefix invented)",
     "the strongroom token", lambda r: "srt-" + rs(r, LOWALNUM, 20)),
]
WORDINGS = [
    ("workshop_newsletter_brainteaser",
     "Workshop newsletter, brainteaser corner: {what} is written here {rule}",
     "First correct answer on the job board wins a box of gimp pins."),
    ("saleroom_noticeboard_riddle",
     "Saleroom noticeboard (porters only): {what}, {rule}",
     "Don't say it out loud on sale days."),
    ("restorers_quiz_card",
     "Restorers' Friday quiz, card 7 – work out {what}; it is given {rule}",
     "Answers to Maggie by the tea break, not on the group chat."),
]


def build(reg, start_index):
    rng = random.Random(SEED)
    out = []
    idx = start_index
    for i, (ename, fam, rule) in enumerate(ENCODINGS):
        for t, (typ, _d, what, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + t) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + ename)
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark
            s = len(head)
            span = {"value": run, "start": s, "end": s + len(run),
                    "type": typ, "plain": plain, "encoding": ename}
            out.append({"id": "p215-e-%04d" % idx, "type": typ, "container": ename + "__" + wname,
                        "encoding": ename, "text": text, "secrets": [span], "source": "evasion"})
            idx += 1
    return out
