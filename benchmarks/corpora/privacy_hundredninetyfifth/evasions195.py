"""Evasion source: 22 notations x 3 secret types."""
import random
from common195 import owner_password, rs, B62, HEX, make_record
from enc195 import ENCODINGS

SEED = 19505
TYPES = [
    ("tailor_evasion_back_office_pc_password", "back-office PC password",
     "owner-chosen password of the back-office PC (joiners - _ . only)", lambda r: owner_password(r, True)),
    ("tailor_evasion_key_machine_unlock_token", "key machine unlock token",
     "`kmu_` + 20 base62, unlock token of the key-cutting machine's service mode (prefix invented)", lambda r: "kmu_" + rs(r, B62, 20)),
    ("tailor_evasion_locker_master_code", "locker master code",
     "`lmc-` + 16 lower-case hex, master code of the click-and-collect locker bank (prefix invented)", lambda r: "lmc-" + rs(r, HEX, 16)),
]
WORDINGS = [
    ("tailor_newsletter_puzzle_box", "Newsletter puzzle box - the {what} is hidden below, {rule}",
     "First right answer at the counter wins a free heel repair."),
    ("cobbler_counter_riddle_card", "Riddle card by the till: today's {what}, {rule}",
     "Please don't write the answer on the cutting mat this time."),
    ("key_shop_quiz_flyer", "Staff quiz flyer, round 3 - the {what} once more, {rule}",
     "Answers to the workshop in person, not in the group chat."),
]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    for enc, (fam, rule, fn) in ENCODINGS.items():
        for k in range(3):
            tname, what, _, gen = TYPES[k]
            wname, intro, remark = WORDINGS[k]
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if (plain not in run and run != plain and run == run.strip()
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no evasion draw")
            reg.add(plain)
            reg.add(run)
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark
            rec = make_record("p195-e-%04d" % n, tname, enc + "__" + wname, text, run, "evasion",
                              extra_span={"plain": plain, "encoding": enc}, start=len(head))
            rec = {"id": rec["id"], "type": tname, "container": rec["container"], "encoding": enc,
                   "text": text, "secrets": rec["secrets"], "source": "evasion"}
            recs.append(rec)
            n += 1
    return recs
