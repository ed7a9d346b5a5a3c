"""Evasions: 22 encodings x 3 types; every character of the secret becomes one small game."""
import random

import common274 as C
import enc274
import world274 as W

SEED = 27405

TYPES = [
    ("retort_yard_gate_evasion_password", "the code of the keypad on the retort-yard gate at Emberline",
     "owner-chosen code of the retort-yard gate keypad (trade word + one of `- _ .` + a tail: the strict password form)"),
    ("kiln_logger_evasion_service_code", "the service code that opens the engineer menu of the kiln data logger",
     "`KLS-` + 3 digits + `-` + 6 upper-case alphanumerics: service code of the kiln data logger's engineer menu (prefix invented)"),
    ("mrv_feed_evasion_api_token", "the API token of the MRV feed that Kindlewright runs for Emberline",
     "`emv_` + 16 base62: API token of the MRV feed Kindlewright runs for Emberline (prefix invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]

WORDINGS = [
    ("coppice_camp_fireside_quiz", "Fireside quiz at the coppice camp, round %d. %s is spelled out one character at a time, ",
     "Answers to Ffion before the kilns are opened - no phones."),
    ("peat_bothy_puzzle_card", "Puzzle card pinned up in the bothy on the bog (card %d). %s is spelled out one character at a time, ",
     "Whoever cracks it first gets the last of the flask."),
    ("biochar_newsletter_games_corner", "Emberline newsletter, games corner no. %d: %s is spelled out one character at a time, ",
     "Solution in next month's issue."),
]
WORDING_NAMES = [w[0] for w in WORDINGS]
ENC_NAMES = list(enc274.ENCODINGS)


def gen_plain(tname, rng):
    if tname == "retort_yard_gate_evasion_password":
        return W.password(rng, W.JOINERS_STRICT, 0.35)
    if tname == "kiln_logger_evasion_service_code":
        return "KLS-%s-%s" % (C.rstr(rng, C.DIGITS, 3), C.rstr(rng, C.UPALNUM, 6))
    return "emv_" + C.rstr(rng, C.BASE62, 16)


PLAIN_RE = {
    "retort_yard_gate_evasion_password": W.PW_STRICT_RE.pattern,
    "kiln_logger_evasion_service_code": r"^KLS-[0-9]{3}-[0-9A-Z]{6}$",
    "mrv_feed_evasion_api_token": r"^emv_[0-9A-Za-z]{16}$",
}


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, enc in enumerate(ENC_NAMES):
        rule = enc274.ENCODINGS[enc][2]
        for j, (tname, what, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + 2 * j) % 3]
            plain = reg.draw(lambda: gen_plain(tname, rng))
            for _ in range(50):
                run = enc274.encode(enc, rng, plain)
                if plain in run or run != run.strip() or "\n" in run or W.stray_pw_forms(run):
                    continue
                if reg.add(run):
                    break
            else:
                raise RuntimeError("no run for %s" % enc)
            head = intro % (rng.randint(2, 40), what[0].upper() + what[1:])
            text = head + rule + ":\n" + C.MARK + "\n" + remark
            text, s, e = C.place(text, run)
            out.append({"type": tname, "container": "%s__%s" % (enc, wname), "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain, "encoding": enc}],
                        "source": "evasion"})
    return out
