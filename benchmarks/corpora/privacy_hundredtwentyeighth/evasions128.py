"""Evasion records: rule stated before the run (p128)."""
from common128 import *
from enc128 import E

TYPES = ["wu_evasion_cis_admin_password", "wu_evasion_telemetry_api_token", "wu_evasion_rtu_hex_key"]
WORDINGS = [
 ("operator_forum_puzzle_post", "Posted on the operators' forum: the {T} for the standby historian, written {R}:\n{V}\nDecode it yourself, I won't post it plain."),
 ("plant_wiki_decoding_note", "Plant wiki, section 'break-glass': the {T} is stored {R}:\n{V}\n(decode before use, then rotate)."),
 ("control_room_whiteboard_photo_ocr", "OCR of the control-room whiteboard. Note says the {T}, {R}:\n{V}\nWipe board after shift change."),
]
LABEL = {"wu_evasion_cis_admin_password": "CIS admin password", "wu_evasion_telemetry_api_token": "telemetry API token", "wu_evasion_rtu_hex_key": "RTU hex key"}

def plain_for(rng, t):
    if t == TYPES[0]: return owner_pw(rng)
    if t == TYPES[1]: return "tlm_" + rs(rng, 24)
    return rhex(rng, 32)

def build(rng):
    out = []
    for ei, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            t = TYPES[(ei + j) % 3]
            wname, wt = WORDINGS[j]
            p = plain_for(rng, t)
            run = f(p)
            text, s, e = place(wt, run, T=LABEL[t], R=rule)
            out.append({"type": t, "container": enc + "__" + wname, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": p, "encoding": enc}], "source": "evasion"})
    return out, TYPES, [w for w, _ in WORDINGS]
