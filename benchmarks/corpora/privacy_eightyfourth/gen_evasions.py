"""Evasions: 22 notations x 3 wordings; the rule is named before the run."""
import random
from common import G, SLOT, place
from gen_everyday import TYPES
import enc84

SEED = 8405
PLAIN_TYPES = ['cpanel_account_login_password', 'hosting_ftp_user_password', 'whm_remote_api_token',
               'joomla_configuration_secret', 'magento_env_crypt_key', 'woocommerce_rest_consumer_secret']
WORDINGS = [
    ('hosting_ticket_staff_reply', lambda g, t, ph: f"Hi {g.user()},\nthanks for waiting. As agreed we do not send {t.replace('_', ' ')}s in clear text, so here it is {ph}:\n{SLOT}\nPlease confirm once the site on {g.domain()} is back up.\n"),
    ('site_migration_handoff_mail', lambda g, t, ph: f"Subject: handoff for {g.domain()}\n\nMigration done, DNS switched. The {t.replace('_', ' ')} for the new box, {ph}:\n{SLOT}\nOld server gets cancelled on Friday.\n"),
    ('agency_monthly_care_report', lambda g, t, ph: f"Monthly care report - {g.site()}\n- updates: core, 7 plugins, 1 theme\n- credential rotated ({t.replace('_', ' ')}), written {ph}:\n{SLOT}\n- uptime 99.97 %\n"),
]


def build(used):
    g = G(random.Random(SEED), used)
    out = []
    names = sorted(enc84.ENC)
    i = 0
    for name in names:
        phrase, enc = enc84.ENC[name]
        for w, (wname, wtpl) in enumerate(WORDINGS):
            t = PLAIN_TYPES[i % len(PLAIN_TYPES)]
            i += 1
            for _ in range(200):
                plain = TYPES[t](g) if 'password' not in t else g.owner_password()
                run = enc(plain, g.r)
                tmpl = wtpl(g, t, phrase)
                text, s, e = place(tmpl, run)
                if plain in text or run != run.strip():
                    continue
                break
            else:
                raise RuntimeError('no clean evasion draw for ' + name)
            used.add(plain)
            out.append({'encoding': name, 'container': name + '__' + wname, 'text': text, 'start': s, 'end': e,
                        'type': t, 'plain': plain, 'phrase': phrase})
    return out
