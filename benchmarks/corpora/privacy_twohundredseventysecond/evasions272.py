"""Evasions: 22 encodings x 3 types; each text states the rule in words, then
':' and a newline, then the encoded run on its own line, then a remark."""
import random

import common272 as C
import enc272

SEED = 27205

TYPES = [
    ("tank_room_door_evasion_password", "code for the tank-room door keypad at Merse Depuration",
     "owner-chosen code of the tank-room door keypad at Merse Depuration (world word + one of `- _ .` + a tail: the strict password form)"),
    ("batch_desk_evasion_override_code", "batch-desk override code",
     "`BDO/` + 3 digits + `/` + 4 upper-case letters: override code of the Merse batch-release desk (layout invented)"),
    ("kiln_app_evasion_api_token", "API token of the kiln app",
     "`kla.` + 18 base62: API token of the kiln app Spatfall runs for Traigh Wrack & Kelp (prefix invented)"),
]
WORDINGS = [
    ("oyster_festival_quiz_card",
     "Oyster festival quiz card. The answer to this card is the {what}. It is written out below one character at a time, in order, ",
     ["Hand your card in at the marquee before the shucking contest.", "Correct answers go into the draw for a dozen natives.",
      "Cards without a name on them cannot win."]),
    ("depuration_newsletter_teaser",
     "Merse Depuration newsletter teaser: this month's prize goes to whoever works out the {what}. Every character of it is given in order, ",
     ["Answers by e-mail to the office before Friday.", "Last month's winner solved it in under an hour.",
      "The solution will be printed in the next issue."]),
    ("harvest_crew_tea_break_card",
     "Tea-break card for the harvest crew. Decode the {what}; its characters follow each other in order, ",
     ["Pencils are in the drawer under the kettle.", "No phones until the tide turns.",
      "Leave the finished card on the grading-shed noticeboard."]),
]
ENCODINGS = list(enc272.ENC)


def plain_for(j, r, reg):
    if j == 0:
        return reg.draw(lambda: C.password(r, C.STRICT_JOINERS, 0.35))
    if j == 1:
        return reg.draw(lambda: "BDO/%s/%s" % (C.draw(r, C.DIGITS, 3), C.draw(r, C.UPPER, 4)))
    return reg.draw(lambda: "kla." + C.draw(r, C.ALNUM, 18))


def check_plain(j, v):
    import re
    if j == 0:
        return C.is_password(v, strict=True)
    if j == 1:
        return re.fullmatch(r"BDO/[0-9]{3}/[A-Z]{4}", v) is not None
    return re.fullmatch(r"kla\.[A-Za-z0-9]{18}", v) is not None


def generate(reg):
    r = random.Random(SEED)
    recs = []
    for i, enc in enumerate(ENCODINGS):
        sep, rule, fn = enc272.ENC[enc]
        for j, (tname, what, _) in enumerate(TYPES):
            w = (i + 2 * j + 2) % 3
            wname, intro, remarks = WORDINGS[w]
            for _ in range(50):
                plain = plain_for(j, r, reg)
                run = enc272.encode(enc, plain, r)
                if plain in run or run != run.strip() or "\n" in run or C.PW_FORM_IN_TEXT.search(run) or not reg.ok(run):
                    continue
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion placement")
            before = intro.format(what=what) + rule + ":\n"
            remark = remarks[(i + j) % 3]
            text = before + run + "\n" + remark
            recs.append({"type": tname, "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": len(before), "end": len(before) + len(run), "type": tname,
                                      "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
