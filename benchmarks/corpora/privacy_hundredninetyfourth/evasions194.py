"""Evasion source: 22 encodings x 3 secret kinds."""
import random

from common194 import ALNUM, LALNUM, owner_password, rs
from enc194 import ENCODINGS

SEED = 19405
KINDS = [
    ("dive_evasion_boat_tablet_password", "boat tablet password",
     lambda r: owner_password(r, strict=True),
     "owner-chosen password of the dive boat's deck tablet (joiners - _ . only)"),
    ("dive_evasion_fill_panel_key", "fill panel key",
     lambda r: "fpk_" + rs(r, ALNUM, 16),
     "`fpk_` + 16 alphanumerics, unlock key of the nitrox fill-station control panel (prefix invented)"),
    ("dive_evasion_logbook_share_token", "logbook share token",
     lambda r: "lgs-" + rs(r, LALNUM, 20),
     "`lgs-` + 20 lower-case alphanumerics, token that shares a diver's logbook (prefix invented)"),
]
WORDINGS = ["dive_club_newsletter_brain_teaser", "boat_briefing_board_note", "divemaster_exam_quiz_card"]


def _frame(wording, what, rule, n):
    if wording == "dive_club_newsletter_brain_teaser":
        return ("Brain teaser of the month: our " + what + " is hidden below, written " + rule,
                "First correct answer at the front desk wins a free nitrox fill.")
    if wording == "boat_briefing_board_note":
        return ("Briefing board, morning boat: the " + what + " for today, written " + rule,
                "Wipe this off before the guests come aboard.")
    return ("DM exam quiz card %d: decode the %s. It is written %s" % (n, what, rule),
            "Hand the card back to your instructor when done.")


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    n = 0
    for ei, (enc, (fn, family, rule)) in enumerate(ENCODINGS.items()):
        for k, (tname, what, gen, _) in enumerate(KINDS):
            wording = WORDINGS[(ei + k) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = fn(plain, rng)
                if (run != plain and plain not in run and run == run.strip() and "\n" not in run
                        and not registry.clash(plain) and not registry.clash(run)):
                    break
            else:
                raise RuntimeError("no evasion for " + enc)
            registry.add(plain)
            registry.add(run)
            n += 1
            head, remark = _frame(wording, what, rule, 100 + n)
            text = head + ":\n" + run + "\n" + remark
            start = len(head) + 2
            recs.append({"type": tname, "container": enc + "__" + wording, "encoding": enc,
                         "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
