"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' and a newline, the run, a remark."""
import random

from common260 import password, rstr, LOWER_ALNUM, ALNUM, STRICT_PASSWORD_RE
import re
import enc260

SEED = 26005
TYPES = [
    ("workroom_door_panel_evasion_password", "login of the workroom door-panel web page",
     "owner-chosen login of the workroom door-panel web page (trade word + one of `- _ .` + a short tail)"),
    ("canopy_plotter_evasion_service_code", "service code that opens the canopy plotter's engineer menu",
     "`cpx-` + 12 lower-case alphanumerics: service code that opens the canopy plotter's engineer menu (prefix invented)"),
    ("hire_feed_evasion_api_token", "API token of the hire-stock feed",
     "`hft_` + 20 alphanumerics: API token of the hat-hire stock feed (prefix invented)"),
]
WORDINGS = ["milliners_guild_newsletter_puzzle", "umbrella_counter_chalkboard_teaser", "apprentice_workroom_quiz_sheet"]
SHAPES = {
    "workroom_door_panel_evasion_password": STRICT_PASSWORD_RE,
    "canopy_plotter_evasion_service_code": re.compile(r"^cpx-[0-9a-z]{12}$"),
    "hire_feed_evasion_api_token": re.compile(r"^hft_[0-9A-Za-z]{20}$"),
}
REMARKS = [
    "First right answer to Rhys wins a hatpin.", "Rub it off once you have it.", "Answers in the box by the kettle.",
    "No calculators until Friday.", "Ask Philippa if a group will not come out.", "Keep your working, we mark it.",
]


def gen_plain(rng, tname):
    if tname == "workroom_door_panel_evasion_password":
        return password(rng, strict=True, cap_p=0.35)
    if tname == "canopy_plotter_evasion_service_code":
        return "cpx-" + rstr(rng, LOWER_ALNUM, 12)
    return "hft_" + rstr(rng, ALNUM, 20)


def lead(wording, what, rng):
    if wording == "milliners_guild_newsletter_puzzle":
        return "Puzzle corner, Milliners' Guild newsletter no. %d. The %s is written " % (rng.randrange(40, 90), what)
    if wording == "umbrella_counter_chalkboard_teaser":
        return "Chalked on the repair-counter board for the Saturday staff: the %s is written " % what
    return "Apprentice quiz sheet, week %d. Work out the %s, which is written " % (rng.randrange(1, 40), what)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, ename in enumerate(enc260.ENCODINGS):
        rule = enc260.ENCODINGS[ename][2]
        for j, (tname, what, _desc) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            while True:
                plain = gen_plain(rng, tname)
                run = enc260.enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.conflicts(plain) or reg.conflicts(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            head = lead(wording, what, rng) + rule + ":\n"
            text = head + run + "\n" + rng.choice(REMARKS) + "\n"
            s = len(head)
            recs.append({"type": tname, "container": ename + "__" + wording, "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": ename}], "source": "evasion"})
    return recs
