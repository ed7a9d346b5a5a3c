"""Evasions: 22 encodings x 3 wordings; the text names the encoding before the run."""
import random
from common import MARK, positive, rs, ALNUM, HEX
from gen_encodings import ENC

CTYPES = [('webshop_admin_password', 'the shop admin password'), ('hosting_control_panel_password', 'the hosting panel password'),
          ('booking_system_admin_password', 'the booking system password'), ('email_account_password', 'the orders mailbox password'),
          ('ftp_account_password', 'the FTP password'), ('twilio_auth_token', 'the Twilio auth token')]
WORDINGS = {
 'bookkeeper_invoice_margin_note': ('Margin note on invoice 2025-118 (bookkeeper): so the scanner does not flag it, {C} is written {E}:\n', '\n— decode it yourself, do not email it in clear.'),
 'hosting_reseller_chat_reply': ('Reseller support: I can\'t send {C} in plain text here, so here it is {E} → ', '  (change it after login please)'),
 'market_vendor_sms_to_nephew': ('Auntie Losa: nephew, the app blocks passwords so I put {C} {E}:\n', '\nText me when the shop is working again.'),
}
LAYOUT = {'bookkeeper_invoice_margin_note': 'phrase_colon_newline_run', 'hosting_reseller_chat_reply': 'phrase_arrow_same_line_run',
          'market_vendor_sms_to_nephew': 'phrase_colon_newline_run'}


def generate(pool):
    r = random.Random(5105)
    out = []
    ws = list(WORDINGS)
    i = 0
    for enc, (phrase, encode, params) in ENC.items():
        for w in ws:
            t, cname = CTYPES[i % len(CTYPES)]
            i += 1
            if t == 'twilio_auth_token':
                plain = pool.take(lambda: rs(r, HEX, 32))
            else:
                plain = pool.take(lambda: rs(r, ALNUM, r.randrange(3, 6)) + r.choice(['-', '_', '']) + rs(r, ALNUM, r.randrange(5, 9)))
            k = params(r)
            run = encode(plain, k)
            head, tail = WORDINGS[w]
            tpl = head.replace('{C}', cname).replace('{E}', phrase(k)) + MARK + tail
            rec = positive('%s__%s' % (enc, w), tpl, [(run, t)], 'evasion')
            rec['secrets'][0]['plain'] = plain
            rec['secrets'][0]['encoding'] = enc
            rec['encoding'] = enc
            out.append(rec)
    return out
