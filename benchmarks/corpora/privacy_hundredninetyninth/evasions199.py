"""Evasion source: 22 encodings x 3 records."""
import random
import common199 as C
import enc199

SEED = 19905
TYPES = [
    ("studio_evasion_front_desk_ipad_password", "owner-chosen password of the front-desk iPad (joiners - _ . only)",
     lambda rng: C.password(rng, strict=True)),
    ("studio_evasion_door_panel_key", "`mdp_` + 16 base62, unlock key of the practice-room door panel (prefix invented)",
     lambda rng: "mdp_" + C.rs(rng, C.B62, 16)),
    ("studio_evasion_parent_portal_token", "`ppt-` + 20 lower-case alphanumerics, admin token of the parent portal (prefix invented)",
     lambda rng: "ppt-" + C.rs(rng, C.LOWER_ALNUM, 20)),
]
WORDINGS = [
    ("music_theory_worksheet_puzzle",
     "Bonus puzzle on the grade 3 theory worksheet – the {what}, written {rule}:\n{RUN}\nFirst pupil to crack it gets a sticker (teachers: do not hand this sheet out)."),
    ("dojo_notice_board_riddle",
     "Pinned on the dojo notice board for the senseis: the {what}, {rule}:\n{RUN}\nTake the note down after the grading night."),
    ("staff_quiz_night_card",
     "Staff quiz night, round 4, card 2. The {what} is given {rule}:\n{RUN}\nAnswers to the office, not to the parents' WhatsApp."),
]
WHAT = {"studio_evasion_front_desk_ipad_password": "front-desk iPad password",
        "studio_evasion_door_panel_key": "practice-room door panel key",
        "studio_evasion_parent_portal_token": "parent portal admin token"}


def build(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    plains = []
    n = start_id
    for ei, name in enumerate(enc199.ENCODINGS):
        _fam, rule = enc199.ENCODINGS[name]
        for k in range(3):
            typ, _d, gen = TYPES[(ei + k) % 3]
            wname, tmpl = WORDINGS[k]
            for _ in range(200):
                plain = gen(rng)
                run = enc199.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if reg.ok(plain) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no evasion plain for " + name)
            reg.add(plain)
            reg.add(run)
            plains.append(plain)
            text = C.fill(tmpl.replace("{RUN}", "{V}"), run, what=WHAT[typ], rule=rule)
            recs.append(C.make_record("%s-e-%04d" % (C.PREFIX, n), typ, name + "__" + wname, text, run, "evasion",
                                      extra_span={"plain": plain, "encoding": name}))
            # record-level encoding after container (field order: id type container encoding text secrets source)
            r = recs[-1]
            recs[-1] = {"id": r["id"], "type": r["type"], "container": r["container"], "encoding": name,
                        "text": r["text"], "secrets": r["secrets"], "source": r["source"]}
            n += 1
    return recs, plains
