"""Evasions: 22 encodings x 3 wordings."""
import random
from common import *
import enc89
from gen_everyday import TYPES

ETYPES = ["crates_io_publish_token", "hex_pm_user_api_key", "pause_cpan_upload_password",
          "nuget_org_push_api_key", "release_signing_key_passphrase", "rubygems_org_push_api_key"]

WORDINGS = [
 ("crate_maintainer_forum_post", "Posted in the maintainers forum by {user}:\nSo the scanner stops eating it, here is the {what} written {rule}:\n{V}\nDecode it locally, publish, then tell me so I can rotate.\n"),
 ("release_checklist_issue", "- [x] bump to {ver}\n- [ ] publish {pkg} -- the {what} is below, {rule}:\n{V}\n- [ ] rotate the credential after the upload\n"),
 ("registry_migration_runbook", "## Step 4: re-authenticate against {host}\nThe old {what}, kept here {rule}:\n{V}\nDelete this section once the migration is signed off.\n"),
]


def build(ids):
    r = random.Random(8905)
    out = []
    n = 0
    for enc in sorted(enc89.ENC):
        for wname, tpl in WORDINGS:
            t = ETYPES[n % len(ETYPES)]
            n += 1
            while True:
                plain = TYPES[t][1](r)
                run = enc89.ENC[enc](plain)
                if run == run.strip() and plain not in run:
                    break
            kw = pick(r)
            kw["what"] = t.replace("_", " ")
            kw["rule"] = enc89.RULE[enc]
            tpl2 = tpl.replace("{rule}", "\ue001").replace("{what}", "\ue002")
            text, a, b = fill(tpl2.replace("{V}", "{V}"), run, **{k: v for k, v in kw.items() if k not in ("rule", "what")})
            # substitute rule/what after offsets: recompute by building prefix
            pre = text[:a].replace("\ue001", kw["rule"]).replace("\ue002", kw["what"])
            post = text[b:].replace("\ue001", kw["rule"]).replace("\ue002", kw["what"])
            text = pre + run + post
            a = len(pre)
            o = rec(ids(), t, enc + "__" + wname, text, a, a + len(run), "evasion")
            o["encoding"] = enc
            o["secrets"][0]["plain"] = plain
            o["secrets"][0]["encoding"] = enc
            out.append(o)
    return out
