"""Evasions: 22 encodings x 3 secret types = 66 records."""
import random

import common231 as C
import enc231

TYPES = [
    ("optician_evasion_frontdesk_pc_password", "front-desk PC password",
     "owner-chosen password of the optician's front-desk PC (joiners - _ . only)"),
    ("edger_evasion_service_unlock_code", "edger service unlock code",
     "`esu_` + 16 base62; service-menu unlock code of the lens edger (prefix invented)"),
    ("lab_evasion_portal_token", "lab portal token",
     "`llp-` + 20 lower-case alphanumerics; API token of the lens-lab portal (prefix invented)"),
]
WORDINGS = [
    ("optician_staffroom_puzzle_card",
     "Staffroom puzzle card (for the new dispenser): the {what} is written {rule}:\n{run}\nFirst one to decode it gets the last biscuit."),
    ("lens_lab_newsletter_brainteaser",
     "Lab newsletter brain-teaser - here is our {what}, written {rule}:\n{run}\nAnswers to the QC bench, not the group chat."),
    ("frame_bench_whiteboard_riddle",
     "Whiteboard riddle by the acetate bench: the {what}, written {rule}:\n{run}\nWipe this off before the rep visits."),
]


def gen_plain(j, rng):
    if j == 0:
        return C.owner_password(rng, strict=True)
    if j == 1:
        return "esu_" + C.rstr(rng, C.ALNUM, 16)
    return "llp-" + C.rstr(rng, C.LOWER_ALNUM, 20)


def build(reg):
    rng = random.Random(C.SEEDS["evasions"])
    recs = []
    for i, enc_name in enumerate(enc231.ENCODINGS):
        for j, (tname, what, _desc) in enumerate(TYPES):
            wname, wtmpl = WORDINGS[(i + j) % 3]
            for _ in range(1000):
                plain = gen_plain(j, rng)
                run = enc231.enc(enc_name, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not reg.ok(plain) or not reg.ok(run)):
                    continue
                reg.add(plain)
                if not reg.add(run):
                    continue
                break
            else:
                raise RuntimeError("no evasion plain")
            text = wtmpl.replace("{what}", what).replace("{rule}", enc231.RULES[enc_name]).replace("{run}", run)
            rec = C.make_record("x", tname, enc_name + "__" + wname, text, run, "evasion",
                                extra_span={"plain": plain, "encoding": enc_name},
                                extra_rec={"encoding": enc_name})
            recs.append(rec)
    return recs
