"""Evasions: 22 encodings x 3 records."""
import random
from gen_encodings import USED, LABEL, enc, suitable
from gen_everyday import _val

SEED = 32005
PLAIN_TYPES = ["anthropic_api_key", "aws_secret_access_key", "database_password", "datadog_api_key",
               "dockerhub_personal_access_token", "github_classic_pat", "gitlab_personal_access_token",
               "google_gemini_api_key", "huggingface_access_token", "jwt_signing_secret", "npm_access_token",
               "sendgrid_api_key", "slack_bot_token", "smtp_password", "telegram_bot_token", "twilio_auth_token"]
WORDINGS = {
    "ci_failure_triage_note": "CI triage, job #{N}: the deploy step failed on the missing {TL}. I pasted it below {LABEL}:",
    "pair_programming_chat_line": "pairing notes: you asked for the {TL} for the staging box — here it is, {LABEL}:",
    "onboarding_runbook_excerpt": "Onboarding runbook, step {N}. Set the {TL} for local development; it is given {LABEL}:",
}
MULTI = {"uuencode_begin_block", "intel_hex_record_lines", "toml_line_ending_backslash"}
LAYOUTS = ["shell_heredoc_body", "python_docstring_block", "diff_added_line", "log_line_suffix",
           "commit_message_trailer", "markdown_list_item"]


def _layout(lay, intro, v):
    if lay == "shell_heredoc_body":
        return intro + "\n$ cat > /tmp/key.note <<'EOF'\n", v, "\nEOF\n"
    if lay == "python_docstring_block":
        return '"""' + intro + "\n\n", v, '\n"""\n'
    if lay == "diff_added_line":
        return "# " + intro + "\n--- a/NOTES.md\n+++ b/NOTES.md\n@@ -3,0 +4 @@\n+", v, "\n"
    if lay == "log_line_suffix":
        return "2024-05-14T09:12:44Z INFO " + intro + " ", v, "\n"
    if lay == "commit_message_trailer":
        return "chore: wire staging config\n\n" + intro + "\nKey-Encoded: ", v, "\n"
    if lay == "markdown_list_item":
        return intro + "\n\n- ", v, "\n- owner: platform team\n"
    raise KeyError(lay)


def build():
    rng = random.Random(SEED)
    recs, used_plain = [], set()
    wk = sorted(WORDINGS)
    li = 0
    for ei, name in enumerate(USED):
        for j in range(3):
            while True:
                t = rng.choice(PLAIN_TYPES)
                _, plain, _, _ = _val(rng, t)
                if suitable(name, plain) and plain not in used_plain:
                    break
            used_plain.add(plain)
            v = enc(name, plain)
            w = wk[j]
            intro = WORDINGS[w].replace("{N}", str(rng.randint(100, 999))).replace("{TL}", t.replace("_", " ")).replace("{LABEL}", LABEL[name])
            lays = LAYOUTS[:2] if name in MULTI else LAYOUTS
            lay = lays[li % len(lays)]; li += 1
            pre, val, post = _layout(lay, intro, v)
            text = pre + val + post
            recs.append({"type": t, "container": name + "__" + w, "text": text,
                         "secrets": [{"value": val, "start": len(pre), "end": len(pre) + len(val), "type": t,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion", "encoding": name, "_layout": lay})
    return recs
