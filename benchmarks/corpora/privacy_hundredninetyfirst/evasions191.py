"""Evasion source: 22 notations x 3 plains (one per evasion type)."""
import random

from common191 import SLOT, B62, LALNUM, rstr, strict_pw, span_record
import enc191

SEED = 19105
TYPES = [
    ("petcare_evasion_front_desk_password", "owner-chosen password of the grooming salon's front-desk login (joiners - _ . only)",
     lambda r: strict_pw(r)),
    ("petcare_evasion_webcam_share_key", "`wcs_` + 16 base62, key that shares a daycare webcam with an owner (prefix invented)",
     lambda r: "wcs_" + rstr(r, B62, 16)),
    ("petcare_evasion_walker_app_token", "`wlk-` + 20 lower-case alphanumerics, token of the dog-walker app (prefix invented)",
     lambda r: "wlk-" + rstr(r, LALNUM, 20)),
]
WORDINGS = [
    ("kennel_newsletter_puzzle_corner",
     "Puzzle corner: this month's prize goes to whoever decodes the {what}, written {rule}",
     "Answers to the front desk, not to the group chat."),
    ("groom_room_whiteboard_note",
     "Whiteboard in the groom room – the {what}, written {rule}",
     "Wipe this off before the Saturday drop-offs."),
    ("daycare_staff_quiz_card",
     "Staff quiz card #{n}: the {what}, written {rule}",
     "Hand the card back to Leanne when you are done."),
]
WHAT = {
    "petcare_evasion_front_desk_password": "front-desk login",
    "petcare_evasion_webcam_share_key": "webcam share key for the playroom camera",
    "petcare_evasion_walker_app_token": "walker app token for the Tuesday pack walk",
}


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    plains = []
    for ei, (enc, (fn, rule, _fam)) in enumerate(enc191.ENCODINGS.items()):
        for ti, (tname, _desc, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(ei + ti) % len(WORDINGS)]
            for _ in range(100):
                plain = gen(rng)
                run = fn(plain, rng)
                if (plain not in run and run != plain and run == run.strip() and "\n" not in run
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no clean evasion draw for " + enc)
            reg.add(plain)
            reg.add(run)
            plains.append(plain)
            head = intro.format(what=WHAT[tname], rule=rule, n=rng.randint(10, 99))
            tpl = head + ":\n" + SLOT + "\n" + remark + "\n"
            rec = span_record("p191-e-%04d" % n, tname, enc + "__" + wname, tpl, run, "evasion",
                              extra={"plain": plain, "encoding": enc})
            rec = {"id": rec["id"], "type": rec["type"], "container": rec["container"], "encoding": enc,
                   "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"}
            recs.append(rec)
            n += 1
    return recs, plains
