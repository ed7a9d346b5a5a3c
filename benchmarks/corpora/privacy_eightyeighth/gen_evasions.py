"""Evasions: 22 encodings x 3 wordings; rule stated before the run; span = encoded run."""
import random, re
from common import *
from enc88 import ENC, RULE

PLAIN_TYPES = {
 "warehouse_service_login_password": owner_password,
 "snowflake_analyst_password": owner_password,
 "report_mailer_smtp_password": owner_password,
 "databricks_sql_warehouse_pat": lambda r: "dapi" + rs(r, 32, HEXL),
 "posit_connect_api_key_value": lambda r: rs(r, 32),
 "redash_user_api_key_value": lambda r: rs(r, 40),
}
WORDINGS = {
 "tableau_server_migration_ticket": ("Migration ticket TSM-{n}: moving the {db} extracts to the new site.\nI did not want to paste the {t} in clear, so here it is {rule}:\n", "\nDelete this comment once the refresh schedule is green.\n"),
 "stats_consulting_email_thread": ("Hi {user},\nfor the survey weighting job you need the {t}. Our policy says no clear text in mail, so it is {rule}:\n", "\nBest, the stats consulting desk\n"),
 "kpi_dashboard_review_notes": ("KPI dashboard review {day}\n- data source: {db} on {host}\n- the {t} for the scheduled refresh, {rule}:\n", "\n- action: rotate it after go-live\n"),
}

def generate(seed=8805):
    r = random.Random(seed)
    types = list(PLAIN_TYPES)
    recs, i = [], 0
    for enc in ENC:
        for w in WORDINGS:
            t = types[i % len(types)]; i += 1
            head, tail = WORDINGS[w]
            while True:
                p = PLAIN_TYPES[t](r)
                if enc == "morse_code_space_separated":
                    p = p.lower()
                run = ENC[enc](p)
                if run != run.strip() or "@@" in run:
                    continue
                tpl = fill(r, head, {"{t}": t.replace("_", " "), "{rule}": RULE[enc]}) + "@@" + fill(r, tail)
                text, span = make_rec(tpl, run, t)
                if p not in text:
                    break
            span["plain"] = p; span["encoding"] = enc
            recs.append({"type": t, "container": enc + "__" + w, "text": text, "secrets": [span], "source": "evasion", "encoding": enc})
    return recs
