"""Evasions: 22 encodings x 3, each text names the encoding before the encoded value."""
import random
from common import *
from gen_encodings import ENC, PHRASE

SEED = 36005
WORDINGS = {
 "terminal_scrollback_paste": "copied from my terminal scrollback — the {T} for the sandbox, {PH}",
 "code_review_thread_reply": "Review reply: I did not want the {T} in plain text in this PR, so here it is {PH}",
 "wiki_runbook_snippet": "Runbook step 4 (sandbox only): the {T} is stored {PH}",
}
LAYOUTS = ["same_line_after_dash", "indented_four_spaces", "tilde_fence_block"]
HUMAN = {t: t.replace("_", " ") for t in EVERYDAY_TYPES}


def generate():
    rng = random.Random(SEED)
    out, i = [], 0
    types = list(EVERYDAY_TYPES)
    for enc in sorted(ENC):
        for j, w in enumerate(sorted(WORDINGS)):
            t = types[i % len(types)]; i += 1
            plain = everyday_value(rng, t)
            encoded = ENC[enc](plain, rng)
            lay = LAYOUTS[(i + j) % 3]
            head = WORDINGS[w].replace("{T}", HUMAN[t]).replace("{PH}", PHRASE[enc])
            if lay == "same_line_after_dash":
                tmpl = head + " — " + MARK + "\n"
            elif lay == "indented_four_spaces":
                tmpl = head + ":\n\n    " + MARK + "\n\nDelete this once the rotation ticket is closed.\n"
            else:
                tmpl = head + ":\n~~~\n" + MARK + "\n~~~\n"
            text, s, e = place(tmpl, encoded)
            out.append(dict(type=t, container=enc + "__" + w, text=text, start=s, end=e,
                            plain=plain, encoding=enc, layout=lay))
    return out
