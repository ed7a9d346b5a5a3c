"""Evasions (seed 9805): 22 notations x 3 wordings; the rule is stated before the run."""
import random
from common98 import password, shape
from enc98 import ENC

TYPES = [("seq_irods_zone_user_password", "the iRODS password", "{pw}"),
         ("seq_ncbi_eutils_key_value", "the NCBI API key", "{h36}"),
         ("seq_lims_mariadb_password", "the LIMS database password", "{pw}"),
         ("seq_galaxy_user_key_hex", "the Galaxy API key", "{h32}"),
         ("seq_ega_submitter_account_password", "the EGA submitter password", "{pw}"),
         ("seq_dnanexus_api_auth_token", "the DNAnexus token", "{a32}")]

WORDINGS = [
    ("nextflow_run_failure_writeup", "Run failure write-up ({p}): the retry needed {N}. So it does not show up in the Tower log, it is written {R}:\n{X}\nDecode it locally before exporting."),
    ("core_facility_wiki_howto", "Core facility wiki - how to pull your data. Step 3 needs {N}; it is given {R}:\n{X}\nAsk on the helpdesk if the decoded value does not work."),
    ("lims_migration_chat_aside", "[lims-migration] quick aside: {N} for the staging copy, {R}:\n{X}\n(no plain text in chat, as agreed)"),
]


def generate():
    rng = random.Random(9805)
    recs = []
    k = 0
    for name, rule, fn in ENC:
        for w, (wname, tpl) in enumerate(WORDINGS):
            tname, phrase, spec = TYPES[k % len(TYPES)]
            k += 1
            while True:
                plain = shape(rng, spec)
                run = fn(plain)
                if run == run.strip() and plain not in run:
                    break
            p = rng.choice(["tumorseq", "virome", "popgen", "scrnalab", "metagen"]) + "-" + str(rng.randint(2, 99))
            head = tpl.split("{X}")[0].replace("{p}", p).replace("{N}", phrase).replace("{R}", rule)
            tail = tpl.split("{X}")[1]
            text = head + run + tail
            s = len(head)
            recs.append({"type": tname, "container": name + "__" + wname, "text": text, "encoding": name,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion", "_rule": rule})
    return recs
