import random
from common87 import *
import enc87
import gen_everyday87 as ge

PW_TYPES = ["desktop_ssh_key_passphrase", "keepassxc_database_master_password", "mail_client_imap_account_password"]
TOK_TYPES = ["dotfiles_github_classic_pat", "dotfiles_gitlab_personal_token", "npmrc_user_auth_token"]
GEN = {t[0]: t[4] for t in ge.TYPES}
WORDINGS = [
 ("dotfiles_issue_tracker_comment", "Re the broken bootstrap on the new laptop: the %s it needs is below, %s:", "Close the issue once it works."),
 ("pair_programming_chat_aside", "(off the shared screen) here is my %s %s:", "Don't read it out loud on the call."),
 ("home_server_setup_log_note", "setup log, step 4 - the %s goes here, written %s:", "Step 5: reboot and check the unit."),
]
LABEL = {"desktop_ssh_key_passphrase": "ssh key passphrase", "keepassxc_database_master_password": "KeePassXC master password",
         "mail_client_imap_account_password": "IMAP password", "dotfiles_github_classic_pat": "GitHub token",
         "dotfiles_gitlab_personal_token": "GitLab token", "npmrc_user_auth_token": "npm token"}

def generate(seed=8705):
    r = random.Random(seed)
    out = []
    n = 0
    for enc, fn in enc87.ENC.items():
        for j in range(3):
            w, intro, remark = WORDINGS[j]
            if enc in enc87.LOWER_ONLY:
                typ = PW_TYPES[j]
            else:
                typ = (PW_TYPES + TOK_TYPES)[n % 6]
            n += 1
            while True:
                plain = GEN[typ](r)
                if enc in enc87.LOWER_ONLY:
                    plain = plain.lower()
                run = fn(plain)
                text = intro % (LABEL[typ], enc87.RULES[enc]) + "\n" + M + "\n" + remark
                if plain not in text.replace(M, run) and run == run.strip():
                    break
            text, s, e = place(text, run)
            out.append(dict(type=typ, container="%s__%s" % (enc, w), text=text, encoding=enc,
                            secrets=[dict(value=run, start=s, end=e, type=typ, plain=plain, encoding=enc)], source="evasion"))
    return out
