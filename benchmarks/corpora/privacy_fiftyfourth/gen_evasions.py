"""Evasions: 22 encodings x 3 wordings; the naming phrase always precedes the run."""
import random
from common import R, uniq, mark, finalize, ALNUM, HEXL, DIG, PEOPLE, DBS
from gen_encodings import ENC

SEED = 5405
TYPES = ["database_password", "github_personal_access_token", "slack_bot_token", "snowflake_user_password",
         "datadog_api_key", "jwt_signing_secret"]
AN = ALNUM + "-_"


def _plain(rng, t):
    if t == "database_password":
        return R(rng, ALNUM, 12) + rng.choice("-_") + R(rng, ALNUM, 5)
    if t == "github_personal_access_token":
        return "ghp_" + R(rng, ALNUM, 36)
    if t == "slack_bot_token":
        return "xoxb-" + R(rng, DIG, 12) + "-" + R(rng, DIG, 13) + "-" + R(rng, ALNUM, 24)
    if t == "snowflake_user_password":
        return R(rng, ALNUM, 10) + "_" + R(rng, DIG, 4)
    if t == "datadog_api_key":
        return R(rng, HEXL, 32)
    return R(rng, AN, 32)


LABEL = {"database_password": "the warehouse DB password", "github_personal_access_token": "the GitHub token for the dbt repo",
         "slack_bot_token": "the alerting Slack bot token", "snowflake_user_password": "the Snowflake login of the loader",
         "datadog_api_key": "the Datadog key for pipeline metrics", "jwt_signing_secret": "the dashboard embed signing secret"}

# wording -> (intro, outro); layout chosen by multiline flag: colon+newline block, or "->" same line
WORDINGS = {
 "analyst_notebook_markdown_note": ("**Note to self (@P):** @L, written @E so the secret scanner leaves this notebook alone", "Delete this cell before sharing the notebook."),
 "standup_call_transcript_turn": ("[00:1@N:0@M] @P: okay, for whoever takes over the @D backfill, @L is coming @E", "[00:1@N:5@M] @Q: got it, thanks."),
 "bi_dashboard_annotation": ("Annotation on tile \"@D freshness\" by @P: if the refresh fails, @L, stored @E", "(hidden from viewers)"),
}


def generate():
    rng = random.Random(SEED)
    recs, layouts = [], {}
    i = 0
    for enc in sorted(ENC):
        for w in sorted(WORDINGS):
            t = TYPES[i % len(TYPES)]; i += 1
            plain = uniq(lambda: _plain(rng, t))
            phrase, run, ml = ENC[enc](plain, rng)
            intro, outro = WORDINGS[w]
            p, q = rng.sample(PEOPLE, 2)
            intro = intro.replace("@P", p).replace("@Q", q).replace("@L", LABEL[t]).replace("@E", phrase).replace("@D", rng.choice(DBS))
            outro = outro.replace("@Q", q)
            n, m = str(rng.randint(0, 9)), str(rng.randint(0, 4))
            intro, outro = intro.replace("@N", n).replace("@M", m), outro.replace("@N", n).replace("@M", m)
            if ml:
                body = intro + ":\n" + mark(run) + "\n" + outro; lay = "phrase_colon_block_below"
            else:
                body = intro + " -> " + mark(run) + "  " + outro; lay = "phrase_arrow_inline_run"
            layouts[lay] = layouts.get(lay, 0) + 1
            text, spans = finalize(body, [t])
            spans[0]["plain"] = plain; spans[0]["encoding"] = enc
            recs.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text, "secrets": spans, "source": "evasion"})
    return recs, layouts
