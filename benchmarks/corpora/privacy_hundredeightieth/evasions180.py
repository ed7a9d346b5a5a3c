"""Evasions: 22 notations x 3 records; the span covers the whole encoded run."""
import random

from common180 import B62, owner_password, rand_hex, rand_str
from enc180 import ENCODINGS, encode

SEED = 18005
TYPES = [
    ("cycling_evasion_shop_till_password", "the shop till password", "owner-chosen bike-shop till password (joiners - _ . only)"),
    ("cycling_evasion_timing_feed_key", "the timing-feed key", "`rtf_` + 16 base62 race-timing feed key (prefix invented)"),
    ("cycling_evasion_trainer_fw_key_hex", "the trainer firmware key", "24 lower-case hex characters of a smart-trainer firmware key"),
]
WORDINGS = [
    ("bike_shop_counter_puzzle_card", "Counter puzzle of the week! Today {what} is written {rule}",
     "First mechanic to crack it gets a free chain clean."),
    ("club_ride_newsletter_codebreaker", "Codebreaker corner: for the Sunday ride crew, {what} written {rule}",
     "Answers at the café stop, not in the group chat please."),
    ("workshop_whiteboard_brain_teaser", "Whiteboard teaser — {what}, {rule}",
     "Wipe this off before the customers come in."),
]


def gen_plain(rng, t):
    if t == 0:
        return owner_password(rng, strict=True)
    if t == 1:
        return "rtf_" + rand_str(rng, B62, 16)
    return rand_hex(rng, 24)


def build(registry):
    rng = random.Random(SEED)
    out = []
    n = 0
    for e, name in enumerate(ENCODINGS):
        rule = ENCODINGS[name][2]
        for j in range(3):
            tname, what, _d = TYPES[j]
            wname, intro, remark = WORDINGS[(e + j) % 3]
            for _ in range(200):
                plain = gen_plain(rng, j)
                run = encode(name, plain)
                if plain in run or run != run.strip() or not registry.ok(plain) or not registry.ok(run):
                    continue
                if plain in run or run in plain:
                    continue
                break
            else:
                raise RuntimeError("no plain for " + name)
            registry.add(plain)
            registry.add(run)
            head = intro.replace("{what}", what).replace("{rule}", rule) + ":\n"
            text = head + run + "\n" + remark + "\n"
            s = len(head)
            n += 1
            out.append({
                "id": "p180-e-%04d" % n, "type": tname, "container": name + "__" + wname, "encoding": name,
                "text": text,
                "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname, "plain": plain,
                             "encoding": name}],
                "source": "evasion",
            })
    return out
