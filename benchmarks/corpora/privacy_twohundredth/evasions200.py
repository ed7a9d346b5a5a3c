"""Evasions: 22 encodings x 3 secret types."""
import random

import common200 as C
import enc200

SEED = 20005
TYPES = [
    ("marque_evasion_workshop_pc_password", "owner-chosen password of the workshop PC (joiners - _ . only)"),
    ("marque_evasion_storage_bay_keypad_token", "`sbk_` + 20 base62, unlock token of the storage-barn bay keypads (prefix invented)"),
    ("marque_evasion_valuation_vault_code", "`vlt-` + 16 lower-case hex, master code of the valuation document vault (prefix invented)"),
]
WORDINGS = ["club_magazine_puzzle_page", "restorers_forum_riddle", "rally_newsletter_brain_teaser"]

INTRO = {
    "marque_evasion_workshop_pc_password": "the workshop PC password",
    "marque_evasion_storage_bay_keypad_token": "the keypad token for the storage barn bays",
    "marque_evasion_valuation_vault_code": "the valuation vault master code",
}


def plain_for(t, rng):
    if t == TYPES[0][0]:
        return C.owner_password(rng, strict=True)
    if t == TYPES[1][0]:
        return "sbk_" + C.rstr(rng, C.ALNUM, 20)
    return "vlt-" + C.rstr(rng, C.HEX, 16)


def text_for(wording, intro, rule, run, rng):
    if wording == "club_magazine_puzzle_page":
        return ("PUZZLE PAGE – for the committee only: %s, written %s:\n%s\nAnswers to the editor, not on the forum, please.\n"
                % (intro, rule, run))
    if wording == "restorers_forum_riddle":
        return ("Riddle for whoever covers the workshop this weekend – %s, written %s:\n%s\nIf you can read it, you can open it.\n"
                % (intro, rule, run))
    return ("Brain teaser (rally newsletter draft, do not print): %s, written %s:\n%s\nSolve it before Saturday's scrutineering.\n"
            % (intro, rule, run))


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    k = 0
    for enc_name, (fn, rule, fam) in enc200.ENCODINGS.items():
        for j, (t, _) in enumerate(TYPES):
            wording = WORDINGS[(k + j) % 3]
            for _ in range(500):
                plain = plain_for(t, rng)
                if not reg.ok(plain):
                    continue
                run = fn(plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                break
            else:
                raise RuntimeError("no plain for %s" % enc_name)
            reg.add(plain)
            reg.add(run)
            tmpl = text_for(wording, INTRO[t], rule, C.SLOT, rng)
            text, s, e = C.place(tmpl, run)
            recs.append({"type": t, "container": "%s__%s" % (enc_name, wording), "encoding": enc_name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": plain, "encoding": enc_name}],
                         "source": "evasion"})
        k += 1
    return recs
