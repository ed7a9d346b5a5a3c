"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' and a
newline, the encoded run on its own line, then a one-line remark."""
import random

import common270 as C
import enc270
import world270 as W

ENCODINGS = list(enc270.ENC)
TYPES = [
    ("scalehouse_pc_evasion_password", "the scale-house PC password",
     "owner-chosen login of the PC in Scarthwaite's scale house (world word + one of `- _ .` + a tail: the strict password form)"),
    ("shotfirer_console_evasion_arming_code", "the arming code of the shot-firer's console",
     "`SFA/` + 3 digits + `/` + 5 upper-case letters: arming code of the shot-firer's exploder console (layout invented)"),
    ("wagon_loadout_evasion_api_key", "the API key of the wagon load-out",
     "`wlo.` + 18 base62: API key of the rail wagon load-out controller at Hollinsby (prefix invented)"),
]
WORDINGS = [
    ("quarry_canteen_brainteaser_board", "Canteen brainteaser board, week %d: %s is hidden below, one character per puzzle",
     ["First correct answer handed to the weighbridge office wins a bacon roll.",
      "No calculators on the canteen tables, please.",
      "Answers go in the tin by the kettle before Friday's safety briefing."]),
    ("haulier_newsletter_back_page", "Brackenrigg newsletter, back page %d: for the drivers with time to kill at the tip, %s is spelt out below, one character per puzzle",
     ["Last month's winner was the night shift at Skipton.",
      "Send your answer to the dispatch desk by text, not over the radio.",
      "Puzzles checked by Hester, so blame her for any mistakes."]),
    ("toolbox_talk_warmup_sheet", "Toolbox talk warm-up sheet %d: before we start, work out %s, one character per puzzle",
     ["Pencils back in the box afterwards.",
      "We go through the answers after the hearing-protection refresher.",
      "If you finish early, check your harness lanyards."]),
]


def plain_for(rng, tidx):
    if tidx == 0:
        return W.password(rng, strict=True, cap_p=0.35)
    if tidx == 1:
        return "SFA/%s/%s" % (C.pick(rng, C.DIGITS, 3), C.pick(rng, C.UPPER, 5))
    return "wlo." + C.pick(rng, C.ALNUM, 18)


def build(reg, seed=27005):
    rng = random.Random(seed)
    recs = []
    for i, enc in enumerate(ENCODINGS):
        for j, (tname, what, _d) in enumerate(TYPES):
            wname, intro, remarks = WORDINGS[(i + j) % 3]
            for _ in range(50):
                plain = plain_for(rng, j)
                run = enc270.encode(rng, enc, plain)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                if W.PW_FORM_IN_TEXT.search(run):
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion for %s/%s" % (enc, tname))
            head = (intro % (rng.randrange(2, 40), what)) + ", " + enc270.RULES[enc] + ":\n"
            remark = rng.choice(remarks)
            text = head + run + "\n" + remark
            start = len(head)
            recs.append({"type": tname, "container": "%s__%s" % (enc, wname), "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
