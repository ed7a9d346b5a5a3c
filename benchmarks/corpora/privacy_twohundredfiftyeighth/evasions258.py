"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' and a newline,
then the encoded run on its own line, then a remark."""
import random

import common258 as C
import enc258

TYPES = {
    "pump_depot_pc_evasion_password": ("password of the depot stores PC",
                                       "owner-chosen password of the pump depot's stores PC (joiners - _ . only)"),
    "rig_logger_evasion_service_code": ("service code for the rig logger's engineer menu",
                                        "`rsc-` + 14 lower-case alphanumerics; service code that opens the engineer menu of the rig data logger (prefix invented)"),
    "pump_portal_evasion_api_token": ("API token of the pump portal's stock feed",
                                      "`ppx_` + 20 alphanumerics; API token of the pump portal's stock feed (prefix invented)"),
}
TYPE_ORDER = list(TYPES)
WORDINGS = {
    "depot_noticeboard_puzzle": ("Depot noticeboard puzzle of the week. The {what} is written below {rule}",
                                 "First correct answer to Seren in the office wins a bacon roll."),
    "apprentice_maths_homework": ("Apprentice maths homework, sheet 7. To check your working, the {what} is encoded {rule}",
                                  "Hand your workings in to Abimbola by Friday."),
    "drillers_tea_break_quiz": ("Tea-break quiz from the rig 3 crew: we wrote the {what} {rule}",
                                "No calculators until after lunch."),
}
WORDING_ORDER = list(WORDINGS)


def plain_for(rng, t):
    if t == "pump_depot_pc_evasion_password":
        return C.owner_password(rng, strict=True, cap_p=0.4)
    if t == "rig_logger_evasion_service_code":
        return "rsc-" + C.rstr(rng, C.LOWALNUM, 14)
    return "ppx_" + C.rstr(rng, C.B62, 20)


def plain_ok(t, p):
    import re
    if t == "pump_depot_pc_evasion_password":
        return bool(C.PW_STRICT_RE.match(p))
    if t == "rig_logger_evasion_service_code":
        return bool(re.fullmatch(r"rsc-[a-z0-9]{14}", p))
    return bool(re.fullmatch(r"ppx_[A-Za-z0-9]{20}", p))


def generate(reg):
    rng = random.Random(C.SEEDS["evasions"])
    out = []
    for i, enc in enumerate(enc258.ORDER):
        for j, t in enumerate(TYPE_ORDER):
            wording = WORDING_ORDER[(i + 2 * j) % 3]
            intro, remark = WORDINGS[wording]
            while True:
                p = plain_for(rng, t)
                run = enc258.enc(enc, p, rng)
                if p in run or run == p or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(p) or not reg.ok(run):
                    continue
                reg.take(p)
                reg.take(run)
                break
            head = intro.format(what=TYPES[t][0], rule=enc258.RULES[enc])
            text = head + ":\n" + C.MARK + "\n" + remark
            text, s, e = C.place(text, run)
            out.append({"id": None, "type": t, "container": f"{enc}__{wording}", "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": p, "encoding": enc}],
                        "source": "evasion"})
    return out
