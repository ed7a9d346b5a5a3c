"""Evasions: 22 encodings x 3 secret types; each run decodes back to its plain (checked with dec239)."""
import random

import common239 as C
import enc239

SEED = 23905

TYPES = [
    ("espresso_bar_office_evasion_password", "the password of the espresso-bar office PC",
     "owner-chosen password of the espresso-bar office PC (joiners - _ . only)"),
    ("roaster_firmware_evasion_service_code", "the service code that unlocks the roaster firmware's engineer menu",
     "`rfs_` + 16 base62; service code that unlocks the engineer menu of the drum roaster's firmware (prefix invented)"),
    ("wholesale_portal_evasion_api_token", "the API token of the wholesale ordering portal",
     "`wsp-` + 20 lower-case alphanumerics; API token of the café-wholesale ordering portal (prefix invented)"),
]

WORDINGS = [
    ("coffee_sleeve_riddle", "Riddle printed on the back of a takeaway sleeve: %s is written %s",
     "First barista to crack it gets a free cortado."),
    ("cupping_table_quiz_card", "Quiz card left on the cupping table: %s, written %s",
     "Answers to the head roaster before the 3 pm cupping."),
    ("tea_tin_puzzle_note", "Puzzle note taped inside a tea tin: %s, written %s",
     "Put the tin back on the shelf when you are done."),
]


def plain_for(j, rng):
    if j == 0:
        return C.password(rng, strict=True)
    if j == 1:
        return "rfs_" + C.rs(rng, C.ALNUM, 16)
    return "wsp-" + C.rs(rng, C.LOWALNUM, 20)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, name in enumerate(enc239.ORDER):
        for j, (t, what, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = plain_for(j, rng)
                if not reg.ok(plain):
                    continue
                run = enc239.enc(name, plain, rng)
                if plain in run or run == plain or "\n" in run or run != run.strip():
                    continue
                if not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + name)
            rule = enc239.RULES[name][1]
            tpl = (intro % (what, rule)) + ":\n%V%\n" + remark
            text, s, e = C.place(tpl, run)
            recs.append({"type": t, "container": name + "__" + wname, "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": plain, "encoding": name}],
                         "source": "evasion"})
    return recs
