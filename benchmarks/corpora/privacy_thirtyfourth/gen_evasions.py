"""Evasions: 22 encodings x 3, each text names the encoding before the encoded value."""
import random
from common import *
import gen_encodings as E
from gen_everyday import TYPES, gen_value

WORDINGS = {
 "dba_handover_note": ("DBA handover, cluster pg-warehouse. The {T} of the nightly replication job is stored {PH}:", "Rotate it after the migration window."),
 "etl_incident_postmortem": ("Postmortem INC-{N}: the loader failed until we re-added the {T}, pasted here {PH}:", "Action item: move it to the vault."),
 "finance_ops_chat": ("hey, for the month-end export you need the {T}; I put it {PH}:", "ping me if the decode fails"),
}
LAYOUTS = ["fenced_block", "after_colon_inline", "quoted_block"]


def generate():
    rng = random.Random(34005)
    recs = []; wl = sorted(WORDINGS); ti = 0
    for enc in sorted(E.ENC):
        for k in range(3):
            t = TYPES[ti % len(TYPES)]; ti += 1
            plain = gen_value(rng, t)
            val = E.ENC[enc](plain, rng)
            w = wl[k]; head, tail = WORDINGS[w]
            head = head.replace("{T}", t.replace("_", " ")).replace("{PH}", E.PHRASE[enc]).replace("{N}", str(rng.randint(1000, 9999)))
            lay = LAYOUTS[(k + len(enc)) % 3]
            if enc in E.MULTILINE and lay == "after_colon_inline": lay = "fenced_block"
            bd = Builder()
            if lay == "fenced_block": bd.lit(head + "\n```\n"); bd.val(val, t, plain=plain, encoding=enc); bd.lit("\n```\n" + tail)
            elif lay == "after_colon_inline": bd.lit(head + " "); bd.val(val, t, plain=plain, encoding=enc); bd.lit(" — " + tail)
            else:
                bd.lit(head + "\n\n    "); bd.val(val.replace("\n", "\n    ") if enc not in ("properties_line_continuation_split", "http_chunked_transfer_body") else val, t, plain=plain, encoding=enc); bd.lit("\n\n" + tail)
            recs.append({"type": t, "container": f"{enc}__{w}", "encoding": enc, "layout": lay,
                         "text": bd.text(), "secrets": bd.spans, "source": "evasion"})
    return recs
