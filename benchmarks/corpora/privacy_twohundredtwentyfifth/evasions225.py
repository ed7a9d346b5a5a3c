"""Evasion source: 22 encodings x 3 types; each text states the rule, then ':' + newline, the run, then a remark."""
import random

from common225 import ALNUM, LOWALNUM, owner_password, rstr, span_record
from enc225 import ENCODINGS, RULES, enc

SEED = 22505
TYPES = [
    ("forge_evasion_office_pc_password", "owner-chosen password of the forge office PC (joiners - _ . only)",
     lambda rng: owner_password(rng, strict=True)),
    ("livery_evasion_gate_override_code", "`lgo_` + 16 base62; override code that holds the livery-yard gate open (prefix invented)",
     lambda rng: "lgo_" + rstr(rng, ALNUM, 16)),
    ("vet_evasion_drug_safe_token", "`vds-` + 20 lower-case alphanumerics; token that unlocks the controlled-drugs safe in the vet car (prefix invented)",
     lambda rng: "vds-" + rstr(rng, LOWALNUM, 20)),
]
WORDINGS = ["tack_room_puzzle_card", "farrier_course_quiz_sheet", "yard_newsletter_riddle"]
INTRO = {
    "tack_room_puzzle_card": "Puzzle card pinned in the tack room – the {what} is hidden below, {rule}",
    "farrier_course_quiz_sheet": "Farriery course quiz, question 7 – decode the {what}. The rule: {rule}",
    "yard_newsletter_riddle": "Yard newsletter riddle of the month – the {what}, {rule}",
}
WHAT = {
    "forge_evasion_office_pc_password": "forge office PC login",
    "livery_evasion_gate_override_code": "gate override code",
    "vet_evasion_drug_safe_token": "drug-safe token for the vet car",
}
REMARK = {
    "tack_room_puzzle_card": "First one to crack it gets a bag of horse treats.",
    "farrier_course_quiz_sheet": "Show your working in the margin.",
    "yard_newsletter_riddle": "Answers to the office by Friday, please.",
}


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    for i, encname in enumerate(ENCODINGS):
        for j, (tname, _desc, gen) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain):
                    continue
                if not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion plain for " + encname)
            rule = RULES[encname]
            text = INTRO[wording].format(what=WHAT[tname], rule=rule) + ":\n" + run + "\n" + REMARK[wording]
            rec = span_record(f"p225-e-{n:04d}", tname, f"{encname}__{wording}", text, run, "evasion",
                              extra={"plain": plain, "encoding": encname})
            rec = {"id": rec["id"], "type": rec["type"], "container": rec["container"], "encoding": encname,
                   "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"}
            recs.append(rec)
            n += 1
    return recs
