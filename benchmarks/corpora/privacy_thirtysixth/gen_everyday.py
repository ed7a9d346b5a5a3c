"""Everyday: common secrets pasted into terminals, REPLs, notebooks, editors, trackers, chats, mail."""
import random
from common import *

SEED = 36001
HOSTS = ["dev-box", "ws-17", "mbp-ana", "build-03", "laptop-kai", "vm-ops2"]
USERS = ["ana", "kai", "lena", "omar", "priya", "tomas", "yuki", "marco"]


def _t(rng):
    return "%02d:%02d:%02d" % (rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))


def _ep(rng):
    return str(1712000000 + rng.randint(0, 9000000))


C = []


def kind(name):
    def deco(f):
        C.append((name, f))
        return f
    return deco


@kind("zsh_extended_history_lines")
def _(r, n, e):
    return ": %s:0;cd ~/src/api\n: %s:0;export %s='%s'\n: %s:0;make run\n" % (_ep(r), _ep(r), n, e, _ep(r))

@kind("bash_history_dotfile_tail")
def _(r, n, e):
    return "git pull --rebase\nexport %s=%s\nnpm run dev\nhistory | tail\n" % (n, e)

@kind("fish_history_cmd_when_yaml")
def _(r, n, e):
    return "- cmd: set -gx %s %s\n  when: %s\n- cmd: cargo test\n  when: %s\n" % (n, e, _ep(r), _ep(r))

@kind("psreadline_consolehost_history_txt")
def _(r, n, e):
    return "cd C:\\src\\portal\n$env:%s = \"%s\"\ndotnet run --project Portal.Api\n" % (n, e)

@kind("tmux_capture_pane_dump")
def _(r, n, e):
    h = r.choice(HOSTS)
    return "%s@%s:~/api$ env | grep -i %s\n%s=%s\n%s@%s:~/api$ \n" % (r.choice(USERS), h, n.split("_")[0].lower(), n, e, r.choice(USERS), h)

@kind("windows_terminal_copied_scrollback")
def _(r, n, e):
    return "PS C:\\work> Get-ChildItem Env:%s\n\nName                           Value\n----                           -----\n%s %s\n" % (n, n.ljust(30), e)

@kind("ipython_in_out_session")
def _(r, n, e):
    k = r.randint(2, 30)
    return "In [%d]: import os\n\nIn [%d]: os.environ[\"%s\"] = \"%s\"\n\nIn [%d]: client = make_client()\n" % (k, k + 1, n, e, k + 2)

@kind("node_repl_process_env_line")
def _(r, n, e):
    return "Welcome to Node.js.\nType \".help\" for more information.\n> process.env.%s = '%s'\n'%s'\n" .replace("'%s'\n" , "", 0) % (n, e, "undefined")[:0] if False else "Welcome to Node.js.\nType \".help\" for more information.\n> process.env.%s = '%s';\n> await main()\n" % (n, e)

@kind("irb_prompt_session")
def _(r, n, e):
    return "irb(main):001> ENV[\"%s\"] = \"%s\"\nirb(main):002> Api::Client.new.ping\n=> true\n" % (n, e)

@kind("ipynb_code_cell_source_json")
def _(r, n, e):
    return "{\n \"cell_type\": \"code\",\n \"execution_count\": %d,\n \"metadata\": {},\n \"outputs\": [],\n \"source\": [\n  \"%%env %s=%s\\n\",\n  \"df = load_events()\"\n ]\n}\n" % (r.randint(1, 40), n, e)

@kind("zeppelin_paragraph_text_json")
def _(r, n, e):
    return "{\"title\": \"setup\", \"text\": \"%%sh\\nexport %s=%s\\n./fetch.sh\", \"status\": \"FINISHED\"}\n" % (n, e)

@kind("databricks_notebook_source_cell")
def _(r, n, e):
    return "# Databricks notebook source\n# COMMAND ----------\n\nimport os\nos.environ[\"%s\"] = \"%s\"\n\n# COMMAND ----------\n\nrun_job()\n" % (n, e)

@kind("rhistory_console_file")
def _(r, n, e):
    return "library(httr)\nSys.setenv(%s = \"%s\")\nres <- GET(api_url)\n" % (n, e)

@kind("vim_scratch_buffer_notes")
def _(r, n, e):
    return "scratch -- do not commit\n\n  %s %s\n  (from %s, expires friday)\n~\n~\n-- INSERT --\n" % (n, e, r.choice(USERS))

@kind("vscode_hot_exit_untitled_backup")
def _(r, n, e):
    return "untitled:Untitled-%d {\"typeId\":\"\"}\nTODO move to vault\n%s=%s\n" % (r.randint(1, 9), n, e)

@kind("sublime_session_buffer_contents")
def _(r, n, e):
    return "{\"buffers\": [{\"contents\": \"notes for migration\\n%s=%s\\n\", \"settings\": {\"name\": \"untitled\"}}]}\n" % (n, e)

@kind("emacs_scratch_setenv_form")
def _(r, n, e):
    return ";; This buffer is for text that is not saved, and for Lisp evaluation.\n(setenv \"%s\" \"%s\")\n" % (n, e)

@kind("github_issue_body_markdown")
def _(r, n, e):
    return "### Steps to reproduce\n\n1. set the env\n\n```\n%s=%s\n```\n\n2. run `make smoke`\n\n### Expected\nGreen build.\n" % (n, e)

@kind("gitlab_mr_discussion_note")
def _(r, n, e):
    return "@%s this still fails locally even with\n\n    %s=%s\n\nexported. Can you re-check the fixture?\n" % (r.choice(USERS), n, e)

@kind("gerrit_inline_review_comment")
def _(r, n, e):
    return "Patch Set %d:\n\n(1 comment)\n\nsrc/config.ts line %d:\n> I tested with %s=%s and it works.\n" % (r.randint(2, 9), r.randint(10, 200), n, e)

@kind("bitbucket_pr_comment_raw_json")
def _(r, n, e):
    return "{\"content\": {\"raw\": \"works on my side after setting %s=%s\"}, \"user\": {\"nickname\": \"%s\"}}\n" % (n, e, r.choice(USERS))

@kind("confluence_code_macro_storage_xml")
def _(r, n, e):
    return "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[export %s=%s]]></ac:plain-text-body></ac:structured-macro>\n" % (n, e)

@kind("mediawiki_pre_block_source")
def _(r, n, e):
    return "== Local setup ==\nAdd this to your shell profile:\n<pre>\nexport %s=%s\n</pre>\n" % (n, e)

@kind("dokuwiki_code_tag_page")
def _(r, n, e):
    return "====== Dev onboarding ======\n<code bash>\nexport %s=%s\n</code>\n" % (n, e)

@kind("commit_message_trailer_body")
def _(r, n, e):
    return "Fix flaky integration test\n\nThe test needed %s=%s in CI.\n\nSigned-off-by: %s <%s@dev.example>\n" % (n, e, r.choice(USERS).title(), r.choice(USERS))

@kind("format_patch_mail_diff")
def _(r, n, e):
    return "Subject: [PATCH 1/2] add local env\n\n---\n .env.local | 1 +\n\n--- /dev/null\n+++ b/.env.local\n@@ -0,0 +1 @@\n+%s=%s\n" % (n, e)

@kind("unified_diff_review_hunk")
def _(r, n, e):
    return "@@ -12,6 +12,7 @@ services:\n   api:\n     environment:\n+      %s: \"%s\"\n       LOG_LEVEL: debug\n" % (n, e)

@kind("slack_thread_copied_text")
def _(r, n, e):
    return "%s  %s\nhere you go\n%s=%s\n%s  %s\nthx! :pray:\n" % (r.choice(USERS), _t(r)[:5], n, e, r.choice(USERS), _t(r)[:5])

@kind("synapse_room_event_json")
def _(r, n, e):
    return "{\"type\": \"m.room.message\", \"sender\": \"@%s:chat.dev.example\", \"content\": {\"msgtype\": \"m.text\", \"body\": \"%s=%s\"}}\n" % (r.choice(USERS), n, e)

@kind("weechat_channel_log_lines")
def _(r, n, e):
    return "2024-05-02 %s\t%s\tanyone have the staging env?\n2024-05-02 %s\t%s\t%s=%s\n" % (_t(r), r.choice(USERS), _t(r), r.choice(USERS), n, e)

@kind("znc_playback_buffer")
def _(r, n, e):
    return "[%s] <%s> use %s=%s for the demo\n[%s] <%s> ok\n" % (_t(r), r.choice(USERS), n, e, _t(r), r.choice(USERS))

@kind("mbox_reply_quoted_body")
def _(r, n, e):
    return "From %s@dev.example Thu May  2 10:00:00 2024\nSubject: Re: staging access\n\n> Could you send me the value?\n\nSure:\n%s=%s\n\n-- \n%s\n" % (r.choice(USERS), n, e, r.choice(USERS).title())

@kind("forwarded_email_plaintext")
def _(r, n, e):
    return "---------- Forwarded message ---------\nFrom: ops <ops@dev.example>\nSubject: new credentials\n\n%s: %s\n" % (n, e)

@kind("eml_multipart_text_part")
def _(r, n, e):
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nHi, for the integration use %s=%s until Monday.\n" % (n, e)

@kind("ocr_screenshot_terminal_transcript")
def _(r, n, e):
    return "[OCR of screenshot.png]\n~/proj $ echo $%s\n%s\n~/proj $ |\nl  0 SSH  Ln 1, Co1 5\n" % (n, e)

@kind("ocr_ide_settings_dialog_transcript")
def _(r, n, e):
    return "[text from image]\nRun/Debug Conflgurations\nEnvironment variab1es:\n%s = %s\n[ OK ]  [ Cance1 ]\n" % (n, e)

@kind("copyq_clipboard_history_export")
def _(r, n, e):
    return "[item %d]\nmime=text/plain\ntext=%s=%s\n[item %d]\nmime=text/plain\ntext=git status\n" % (r.randint(1, 50), n, e, r.randint(51, 99))

@kind("maccy_history_sqlite_dump_row")
def _(r, n, e):
    return "INSERT INTO ZHISTORYITEMCONTENT VALUES(%d,1,%d,'public.utf8-plain-text','%s=%s');\n" % (r.randint(100, 999), r.randint(100, 999), n, e)

@kind("win_clipboard_history_pinned_item")
def _(r, n, e):
    return "Clipboard history (Win+V)\n  pinned  %s=%s\n          meeting notes 10:30\n" % (n, e)

@kind("linear_issue_markdown_export")
def _(r, n, e):
    return "# ENG-%d Staging webhook returns 401\n\nRepro with `%s=%s` in the env.\n\nPriority: High\n" % (r.randint(100, 999), n, e)

@kind("youtrack_issue_comment_text")
def _(r, n, e):
    return "Comment by %s:\nI could reproduce it. Env used: %s=%s (local docker).\n" % (r.choice(USERS), n, e)

@kind("redmine_journal_notes_textile")
def _(r, n, e):
    return "h3. Update\n\n<pre>\n%s=%s\n</pre>\n\n* Status changed from New to In Progress\n" % (n, e)

@kind("obsidian_daily_note_markdown")
def _(r, n, e):
    return "---\ntags: [daily]\n---\n## Log\n- paired with %s on auth bug\n- `%s=%s` (ask to rotate)\n" % (r.choice(USERS), n, e)

@kind("pastebin_raw_paste_page")
def _(r, n, e):
    return "PASTEBIN | RAW\nUntitled | %d views\n\n%s=%s\nAPP_ENV=staging\n" % (r.randint(1, 99), n, e)

@kind("stackoverflow_question_code_block")
def _(r, n, e):
    return "My request keeps failing with 403. This is my setup:\n\n    %s=%s\n    curl https://api.dev.example/v1/ping\n\nWhat am I missing?\n" % (n, e)


TYPES = EVERYDAY_TYPES


def generate():
    rng = random.Random(SEED)
    assert len(C) == 45, len(C)
    used = {t: 0 for t in TYPES}
    out = []
    for kname, f in C:
        chosen = []
        for _ in range(4):
            cands = [t for t in TYPES if t not in chosen]
            m = min(used[t] for t in cands)
            t = rng.choice([t for t in cands if used[t] == m])
            chosen.append(t); used[t] += 1
            v = everyday_value(rng, t)
            tmpl = f(rng, ENV_NAME[t], everyday_expr(rng, t))
            text, s, e = place(tmpl, v)
            out.append((t, kname, text, s, e))
    return out
