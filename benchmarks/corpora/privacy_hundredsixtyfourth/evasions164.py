"""Evasion records: 22 notations x 3, each text states the rule, then ':' + newline + run."""
import random
from common164 import rs, hexs, password, ALNUM
from enc164 import E, RULES

SEED = 16405
TYPES = [
    ("salon_evasion_booking_password", lambda r: password(r, safe=True)),
    ("salon_evasion_pos_api_key", lambda r: "spk_" + rs(r, 20, ALNUM)),
    ("salon_evasion_webhook_hex", lambda r: hexs(r, 24)),
]
WORDINGS = [
    ("front_desk_riddle_card",
     "Riddle card left at reception for the evening shift. The till login is written {RULE}",
     "Shred the card once you have worked it out."),
    ("salon_newsletter_puzzle_corner",
     "Staff newsletter, puzzle corner: this week's prize goes to whoever reads the POS integration key, written {RULE}",
     "Answers to Dana by Friday, do not post them in the group."),
    ("stylist_group_chat_hint",
     "ok so I didn't want to paste it plain in here, the webhook thing is {RULE}",
     "lmk if it doesn't work"),
]


def generate(registry, order):
    rng = random.Random(SEED)
    recs = []
    for enc in order:
        f = E[enc]
        for j in range(3):
            typ, gen = TYPES[j]
            wname, intro, remark = WORDINGS[j]
            for _ in range(200):
                plain = gen(rng)
                run = f(plain)
                if plain in run or not registry.ok(plain) or not registry.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for " + enc)
            registry.add(plain)
            registry.add(run)
            head = intro.replace("{RULE}", RULES[enc]) + ":\n"
            text = head + run + "\n" + remark
            recs.append({
                "id": "", "type": typ, "container": f"{enc}__{wname}", "encoding": enc, "text": text,
                "secrets": [{"value": run, "start": len(head), "end": len(head) + len(run), "type": typ,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            })
    return recs
