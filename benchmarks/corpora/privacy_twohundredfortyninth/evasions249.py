"""Evasions: 22 encodings x 3 secret types; each text states its rule in
words, then ':' and a newline, the encoded run on its own line, a remark."""
import random
import re

import common249 as C
import enc249

SEED = 24905

TYPES = [
    ("yard_office_pc_evasion_password", "yard office PC password",
     "owner-chosen password of the scaffold-yard office PC (joiners - _ . only)"),
    ("scaffold_alarm_evasion_service_code", "scaffold alarm service code",
     "`sfa_` + 14 base62; service code that unlocks the engineer menu of the scaffold site alarm (prefix invented)"),
    ("roof_quote_evasion_api_token", "roof-quote API token",
     "`rqe-` + 22 lower-case alphanumerics; API token of the roof-quote service (prefix invented)"),
]
TYPE_RE = {
    "yard_office_pc_evasion_password": C.STRICT_PASSWORD_RE,
    "scaffold_alarm_evasion_service_code": re.compile(r"^sfa_[A-Za-z0-9]{14}$"),
    "roof_quote_evasion_api_token": re.compile(r"^rqe-[a-z0-9]{22}$"),
}
WORDINGS = {
    "estimating_office_whiteboard_puzzle": (
        "Whiteboard puzzle in the estimating office – the {what} is written {rule}",
        "First one to crack it gets the Friday bacon rolls."),
    "scaffold_yard_tea_break_quiz": (
        "Tea-break quiz in the yard cabin: here is the {what}, {rule}",
        "Answers to Tomasz, not on the group chat."),
    "thatchers_newsletter_brain_teaser": (
        "Brain teaser from the Hollins & Reed newsletter – our {what}, {rule}",
        "(Yes, it is the real one; change it once you have solved it.)"),
}
WORDING_NAMES = list(WORDINGS)


def gen_plain(rng, typ):
    if typ == "yard_office_pc_evasion_password":
        return C.owner_password(rng, strict=True)
    if typ == "scaffold_alarm_evasion_service_code":
        return "sfa_" + C.rs(rng, 14, C.ALNUM)
    return "rqe-" + C.rs(rng, 22, C.LOWALNUM)


def build(reg):
    import dec249
    rng = random.Random(SEED)
    recs = []
    for i, encoding in enumerate(enc249.ENCODINGS):
        for j, (typ, what, _desc) in enumerate(TYPES):
            wording = WORDING_NAMES[(i + 2 * j) % 3]
            for _ in range(500):
                plain = reg.draw(lambda: gen_plain(rng, typ))
                run = enc249.enc(encoding, plain, rng)
                ok = (plain not in run and run != plain and run == run.strip()
                      and "\n" not in run and dec249.decode(encoding, run) == plain
                      and reg.acceptable(run))
                if ok:
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no run for " + encoding)
            head, remark = WORDINGS[wording]
            prefix = head.format(what=what, rule=enc249.RULES[encoding]) + ":\n"
            text = prefix + run + "\n" + remark
            s = len(prefix)
            recs.append({"type": typ, "container": encoding + "__" + wording, "encoding": encoding,
                         "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ,
                                      "plain": plain, "encoding": encoding}],
                         "source": "evasion"})
    return recs
