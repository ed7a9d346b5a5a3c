"""Evasions: 22 encodings x 3 secret types, each text states its rule, then ':' + newline + run + newline + remark."""
import random
import re

from common214 import ALNUM, LALNUM, MARK, owner_password, pick, place
from enc214 import ENCODINGS, RULES, enc

SEED = 21405
TYPES = [
    ("langschool_evasion_reception_pc_password", "owner-chosen password of the reception PC (joiners - _ . only)"),
    ("langschool_evasion_exam_paper_safe_code", "`eps_` + 16 base62, release code of the exam-paper safe (prefix invented)"),
    ("langschool_evasion_homestay_override_token", "`hmo-` + 18 lower-case alphanumerics, override token that lets staff bypass the homestay-matching checks (prefix invented)"),
]
PLAIN_RE = {
    "langschool_evasion_reception_pc_password": re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    "langschool_evasion_exam_paper_safe_code": re.compile(r"^eps_[A-Za-z0-9]{16}$"),
    "langschool_evasion_homestay_override_token": re.compile(r"^hmo-[a-z0-9]{18}$"),
}
WORDINGS = ["staffroom_puzzle_newsletter", "exam_office_whiteboard_riddle", "teacher_training_quiz_sheet"]
WHAT = {
    "langschool_evasion_reception_pc_password": "the reception PC password",
    "langschool_evasion_exam_paper_safe_code": "the release code for the exam-paper safe",
    "langschool_evasion_homestay_override_token": "the homestay-matching override token",
}
INTRO = {
    "staffroom_puzzle_newsletter": "Staffroom newsletter, puzzle corner: here is {w}, written {r}",
    "exam_office_whiteboard_riddle": "Exam office whiteboard riddle - {w}, {r}",
    "teacher_training_quiz_sheet": "Teacher-training quiz, question 7: decode {w}; it is given {r}",
}
REMARK = {
    "staffroom_puzzle_newsletter": "First correct answer to the DoS wins a coffee voucher.",
    "exam_office_whiteboard_riddle": "Wipe the board before the candidates come in.",
    "teacher_training_quiz_sheet": "Answers are collected at the end of the session.",
}


def gen_plain(rng, typ):
    if typ == "langschool_evasion_reception_pc_password":
        return owner_password(rng, strict=True)
    if typ == "langschool_evasion_exam_paper_safe_code":
        return "eps_" + pick(rng, ALNUM, 16)
    return "hmo-" + pick(rng, LALNUM, 18)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, name in enumerate(ENCODINGS):
        for j, (typ, _d) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(rng, typ)
                run = enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if name == "cyrillic_homoglyph_swap" and sum(1 for a, b in zip(plain, run) if a != b) < 2:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion plain for %s" % name)
            rule = RULES[name]
            tpl = INTRO[wording].format(w=WHAT[typ], r=rule) + ":\n" + MARK + "\n" + REMARK[wording]
            text, s, e = place(tpl, run)
            out.append((typ, "%s__%s" % (name, wording), name, text, s, e, plain))
    return out
