"""All checks run by build.py before writing. Every function returns a list of error strings."""
import base64, hashlib, json, re
from common210 import *
import dec210, everyday210, vendor210, positional210, prose210, evasions210, negatives210

POS_FIELDS = ['id', 'type', 'container', 'text', 'secrets', 'source']
EVA_FIELDS = ['id', 'type', 'container', 'encoding', 'text', 'secrets', 'source']
NEG_FIELDS = ['id', 'class', 'container', 'text', 'source']

VENDOR_RE = {
    'stripe_live_secret_key': r'sk_live_51[A-Za-z0-9]{97}',
    'gocardless_live_access_token': r'live_[A-Za-z0-9_-]{40}',
    'flutterwave_live_secret_key': r'FLWSECK-[0-9a-f]{32}-X',
    'paystack_live_secret_key': r'sk_live_[0-9a-f]{40}',
    'shopify_admin_api_access_token': r'shpat_[0-9a-f]{32}',
    'cal_com_live_api_key': r'cal_live_[0-9a-f]{32}',
    'typeform_personal_access_token': r'tfp_[A-Za-z0-9_-]{59}',
    'airtable_personal_access_token': r'pat[A-Za-z0-9]{14}\.[0-9a-f]{64}',
    'notion_internal_integration_token': r'ntn_[0-9]{11}[A-Za-z0-9]{35}',
    'adsbexchange_rapidapi_key': r'[0-9a-f]{10}msh[0-9a-f]{13}p1[0-9a-f]{7}jsn[0-9a-f]{12}',
    'ttn_application_api_key': r'NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}',
    'twilio_account_auth_token': r'[0-9a-f]{32}',
    'telnyx_v2_api_key': r'KEY[0-9A-F]{32}_[A-Za-z0-9]{22}',
    'brevo_smtp_api_key': r'xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}',
    'mailgun_private_api_key': r'key-[0-9a-f]{32}',
    'mailchimp_marketing_api_key': r'[0-9a-f]{32}-us[0-9]{2}',
    'slack_bot_user_token': r'xoxb-[0-9]{12}-[0-9]{13}-[A-Za-z0-9]{24}',
    'slack_incoming_webhook_url': r'https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}',
    'openai_project_api_key': r'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}',
    'anthropic_api03_key': r'sk-ant-api03-[A-Za-z0-9_-]{93}AA',
    'groq_api_key': r'gsk_[A-Za-z0-9]{52}',
    'perplexity_api_key': r'pplx-[A-Za-z0-9]{48}',
    'replicate_api_token': r'r8_[A-Za-z0-9]{37}',
    'langsmith_personal_api_key': r'lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}',
    'google_gemini_api_key': r'AIza[A-Za-z0-9_-]{35}',
    'github_fine_grained_pat': r'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    'gitlab_personal_access_token': r'glpat-[A-Za-z0-9_-]{20}',
    'digitalocean_personal_access_token': r'dop_v1_[0-9a-f]{64}',
    'heroku_platform_api_key_v2': r'HRKU-AA[A-Za-z0-9_-]{58}',
    'pulumi_access_token': r'pul-[0-9a-f]{40}',
    'postman_api_key': r'PMAK-[0-9a-f]{24}-[0-9a-f]{34}',
    'sonarqube_project_analysis_token': r'sqp_[0-9a-f]{40}',
    'sentry_user_auth_token': r'sntryu_[0-9a-f]{64}',
    'flyio_deploy_token': r'fm2_[A-Za-z0-9+/]{128}',
    'artifactory_reference_token': r'cmVmd[A-Za-z0-9]{59}',
    'circleci_personal_api_token': r'CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}',
    'tailscale_api_access_token': r'tskey-api-[A-Za-z0-9]{16}-[A-Za-z0-9]{33}',
    'snyk_api_token': r'[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}',
    'onepassword_service_account_token': r'ops_eyJ[A-Za-z0-9+/]{250,}',
    'aws_iam_secret_access_key': r'[A-Za-z0-9+/]{40}',
    'azure_storage_account_key': r'[A-Za-z0-9+/]{86}==',
}
OWNER_VENDOR = [v[0] for v in vendor210.VENDORS if v[1] == 'owner']
EVERYDAY_PW = [t[0] for t in everyday210.TYPES if t[4] == 'password']

def b64d(s):
    return base64.b64decode(s + '=' * (-len(s) % 4), validate=False)

def check_everyday_value(t, v):
    if t in EVERYDAY_PW:
        return bool(PW_RE.match(v))
    if t == 'retrieve_tracker_ingest_token':
        return bool(re.fullmatch(r'rtk_[A-Za-z0-9]{30}[0-9a-f]{8}', v)) and crc32_hex(v[4:34]) == v[34:]
    if t == 'wind_board_webhook_secret':
        return bool(re.fullmatch(r'wxgo_whk_[a-z2-7]{52}', v))
    if t == 'tandem_booking_secret_key':
        m = re.fullmatch(r'tbk_live_([1-9A-HJ-NP-Za-km-z]{32})_([0-9a-f]{4})', v)
        return bool(m) and hashlib.sha256(m.group(1).encode()).hexdigest()[:4] == m.group(2)
    if t == 'manifest_kiosk_session_jwt':
        return jwt_ok(v) and json.loads(b64u_dec(v.split('.')[0]))['alg'] == 'HS384'
    if t == 'logbook_sync_fernet_key':
        return len(v) == 44 and v.endswith('=') and len(base64.urlsafe_b64decode(v)) == 32
    if t == 'voucher_code_hmac_key':
        return bool(re.fullmatch(r'[0-9a-f]{64}', v))
    return False

def check_positives(recs, deny, hidden):
    E = []
    src_counts = {}
    all_values = {}
    for i, r in enumerate(recs):
        if list(r.keys()) != POS_FIELDS:
            E.append('%s: fields %s' % (r.get('id'), list(r.keys())))
            continue
        if r['id'] != 'p210-s-%04d' % (i + 1):
            E.append('%s: id out of sequence' % r['id'])
        if len(r['secrets']) != 1:
            E.append('%s: span count' % r['id'])
            continue
        s = r['secrets'][0]
        if list(s.keys()) != ['value', 'start', 'end', 'type']:
            E.append('%s: span fields' % r['id'])
        v = s['value']
        if r['text'][s['start']:s['end']] != v or not v or v != v.strip():
            E.append('%s: span does not re-slice' % r['id'])
        if r['type'] != s['type']:
            E.append('%s: record/span type mismatch' % r['id'])
        if r['text'].count(v) != 1:
            E.append('%s: value occurs %d times' % (r['id'], r['text'].count(v)))
        if v in all_values:
            E.append('%s: value reused from %s' % (r['id'], all_values[v]))
        all_values[v] = r['id']
        src_counts[r['source']] = src_counts.get(r['source'], 0) + 1
        if 'PRIVATE KEY' in r['text'] or MARK in r['text']:
            E.append('%s: marker or private key block' % r['id'])
        # shapes by source
        t = r['type']
        if r['source'] == 'everyday' and not check_everyday_value(t, v):
            E.append('%s: everyday shape %s' % (r['id'], t))
        if r['source'] == 'vendor':
            if t in OWNER_VENDOR and not PW_RE.match(v):
                E.append('%s: vendor password shape' % r['id'])
            if t in VENDOR_RE and not re.fullmatch(VENDOR_RE[t], v):
                E.append('%s: vendor regex %s' % (r['id'], t))
            if r['container'] != t + '__' + r['container'].split('__')[1]:
                E.append('%s: vendor container form' % r['id'])
        if r['source'] == 'password':
            syn = t[len(positional210.PREFIX):]
            if syn == 'proxy_authorization_basic_b64_pair':
                try:
                    u, p = b64d(v).decode().split(':', 1)
                    ok = bool(PW_STRICT_RE.match(p))
                except Exception:
                    ok = False
                if not ok:
                    E.append('%s: basic pair does not decode to user:password' % r['id'])
            elif syn == 'smtp_auth_login_second_b64_line':
                try:
                    ok = bool(PW_STRICT_RE.match(b64d(v).decode()))
                except Exception:
                    ok = False
                if not ok:
                    E.append('%s: AUTH LOGIN line does not decode to a password' % r['id'])
            elif not PW_STRICT_RE.match(v):
                E.append('%s: strict password shape' % r['id'])
            if syn == 'loft_scanner_fixed_width_cols_21_to_40':
                line = [l for l in r['text'].split('\n') if v in l][0]
                if line[20:40].rstrip() != v:
                    E.append('%s: fixed-width column shift' % r['id'])
        if r['source'] == 'prose':
            if not PW_STRICT_RE.match(v):
                E.append('%s: prose password shape' % r['id'])
            tx = r['text']
            if not (s['start'] > 0 and tx[s['start'] - 1].isspace() and s['end'] < len(tx) and tx[s['end']].isspace()):
                E.append('%s: prose value not set off by whitespace' % r['id'])
    for h in hidden:
        if not PW_STRICT_RE.match(h):
            E.append('hidden password shape %r' % h)
    # counts
    exp = {'everyday': 180, 'vendor': 120, 'prose': 40}
    for k, n in exp.items():
        if src_counts.get(k, 0) != n:
            E.append('count %s = %d, expected %d' % (k, src_counts.get(k, 0), n))
    if not 95 <= src_counts.get('password', 0) <= 120:
        E.append('password count %d outside 95-120' % src_counts.get('password', 0))
    if not 440 <= len(recs) <= 470:
        E.append('positives total %d outside 440-470' % len(recs))
    ev = [r for r in recs if r['source'] == 'everyday']
    tcount, kind_types = {}, {}
    for r in ev:
        tcount[r['type']] = tcount.get(r['type'], 0) + 1
        kind_types.setdefault(r['container'], []).append(r['type'])
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E.append('everyday type counts %s' % tcount)
    if len(kind_types) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kind_types.values()):
        E.append('everyday kinds must each hold four different types')
    vt = [r['type'] for r in recs if r['source'] == 'vendor']
    if len(set(vt)) != 120:
        E.append('vendor types not distinct')
    pt = [r['type'] for r in recs if r['source'] == 'password']
    if len(set(pt)) != len(pt):
        E.append('password syntaxes not distinct')
    langs = [r['container'].split('__')[1] for r in recs if r['source'] == 'prose']
    if len(set(langs)) != 40:
        E.append('prose languages not distinct')
    types_by_src = {}
    for r in recs:
        types_by_src.setdefault(r['source'], set()).add(r['type'])
    srcs = list(types_by_src)
    for a in range(len(srcs)):
        for b in range(a + 1, len(srcs)):
            if types_by_src[srcs[a]] & types_by_src[srcs[b]]:
                E.append('span types shared between %s and %s' % (srcs[a], srcs[b]))
    nonev = [r['container'] for r in recs if r['source'] != 'everyday']
    if len(set(nonev)) != len(nonev):
        E.append('non-everyday containers not unique')
    return E

def check_evasions(evs):
    E = []
    per_enc = {}
    for i, r in enumerate(evs):
        if list(r.keys()) != EVA_FIELDS:
            E.append('%s: fields' % r.get('id'))
            continue
        if r['id'] != 'p210-e-%04d' % (i + 1):
            E.append('%s: id out of sequence' % r['id'])
        if len(r['secrets']) != 1:
            E.append('%s: span count' % r['id']); continue
        s = r['secrets'][0]
        if list(s.keys()) != ['value', 'start', 'end', 'type', 'plain', 'encoding']:
            E.append('%s: span fields' % r['id'])
        run, plain = s['value'], s['plain']
        if r['text'][s['start']:s['end']] != run:
            E.append('%s: span does not re-slice' % r['id'])
        if r['type'] != s['type'] or r['encoding'] != s['encoding'] or r['source'] != 'evasion':
            E.append('%s: type / encoding / source disagree' % r['id'])
        try:
            dec = dec210.decode(s['encoding'], run)
        except Exception as ex:
            dec = None
        if dec != plain:
            E.append('%s: run does not decode to plain' % r['id'])
        tx = r['text']
        if not (tx[:s['start']].endswith(':\n') and tx[s['end']:].startswith('\n') and '\n' not in run and len(tx[s['end'] + 1:].strip()) > 0):
            E.append('%s: layout rule:/run/remark broken' % r['id'])
        if not re.fullmatch(r'[A-Za-z0-9_.-]+', plain) or plain in run or plain == run or run != run.strip():
            E.append('%s: plain alphabet or run contains plain' % r['id'])
        if tx.count(run) != 1:
            E.append('%s: run occurs more than once' % r['id'])
        t = r['type']
        shape = {'dropzone_evasion_manifest_pc_password': PW_STRICT_RE,
                 'balloon_evasion_burner_lockout_code': re.compile(r'^blo_[A-Za-z0-9]{16}$'),
                 'paraglide_evasion_winch_release_token': re.compile(r'^wrt-[a-z0-9]{20}$')}.get(t)
        if not shape or not shape.match(plain):
            E.append('%s: plain shape' % r['id'])
        enc, wording = r['container'].split('__') if r['container'].count('__') == 1 else (None, None)
        if enc != r['encoding']:
            E.append('%s: container form' % r['id'])
        per_enc.setdefault(r['encoding'], []).append((t, wording))
    if len(per_enc) != 22 or len(evs) != 66:
        E.append('evasions: %d encodings, %d records' % (len(per_enc), len(evs)))
    for e, lst in per_enc.items():
        if len(lst) != 3 or len({a for a, _ in lst}) != 3 or len({b for _, b in lst}) != 3:
            E.append('evasion %s: each type and wording once' % e)
    return E

def check_negatives(negs, recs, evs, hidden):
    E = []
    texts = set()
    classes = {}
    for i, r in enumerate(negs):
        if list(r.keys()) != NEG_FIELDS:
            E.append('%s: fields' % r.get('id')); continue
        if r['id'] != 'p210-n-%04d' % (i + 1):
            E.append('%s: id out of sequence' % r['id'])
        if r['source'] != 'negative':
            E.append('%s: source' % r['id'])
        if r['text'] in texts:
            E.append('%s: duplicate text' % r['id'])
        texts.add(r['text'])
        classes[r['class']] = classes.get(r['class'], 0) + 1
        for m in re.findall(r'\b35\d{13}\b', r['text']):
            if r['class'] == 'flarm_ids_and_tracker_imeis' and not luhn_ok(m):
                E.append('%s: IMEI Luhn' % r['id'])
        for m in re.findall(r'WV-(\d{11})([0-9X])', r['text']):
            if iso7064_mod11_2(m[0]) != m[1]:
                E.append('%s: waiver check character' % r['id'])
    if len(classes) < 16 or len(negs) < 180:
        E.append('negatives: %d classes, %d records' % (len(classes), len(negs)))
    bad = [x['secrets'][0]['value'] for x in recs] + [x['secrets'][0]['value'] for x in evs] + [x['secrets'][0]['plain'] for x in evs] + list(hidden)
    alltext = '\n\u0000\n'.join(r['text'] for r in negs)
    for b in bad:
        if b in alltext:
            E.append('positive value or plain %r inside a negative' % b[:30])
    return E

def check_cross(recs, evs, hidden):
    E = []
    texts = [r['text'] for r in recs] + [r['text'] for r in evs]
    owner = {}
    for r in recs + evs:
        owner[r['secrets'][0]['value']] = r['id']
    big = '\n\u0000\n'.join(texts)
    for v, rid in owner.items():
        c = big.count(v)
        if c != 1:
            E.append('%s: value appears %d times across all records' % (rid, c))
    for r in evs:
        if r['secrets'][0]['plain'] in big:
            E.append('%s: evasion plain appears in a text' % r['id'])
    for h in hidden:
        if h in big:
            E.append('hidden password %r appears in a text' % h)
    # structured values in every text
    for r in recs + evs:
        for u in UUID_RE.findall(r['text']):
            if not uuid_is_v4(u):
                E.append('%s: UUID not v4' % r['id'])
        for j in JWT_RE.findall(r['text']):
            if not jwt_ok(j):
                E.append('%s: JWT-shaped substring invalid' % r['id'])
    return E

def check_negative_structures(negs):
    E = []
    for r in negs:
        for u in UUID_RE.findall(r['text']):
            if not uuid_is_v4(u):
                E.append('%s: UUID not v4' % r['id'])
    return E

def check_deny(recs, evs, negs, deny):
    E = []
    names = []
    for r in recs:
        names += [('container', r['container']), ('type', r['type'])]
    for r in evs:
        names += [('container', r['container']), ('type', r['type']), ('encoding', r['encoding'])]
    for r in negs:
        names += [('container', r['container']), ('class', r['class'])]
    names += [('vendor set-aside', n) for n, _ in vendor210.SET_ASIDE]
    names += [('style', n) for n, _ in vendor210.STYLES]
    names += [('suffix', n) for n in positional210.SUFFIX.values()]
    names += [('password set-aside', positional210.PREFIX + n) for n, _ in positional210.SET_ASIDE]
    names += [('format', n) for n in prose210.FORMATS]
    names += [('wording', w[0]) for w in evasions210.WORDINGS]
    seen = set()
    for kind, n in names:
        if (kind, n) in seen:
            continue
        seen.add((kind, n))
        h = deny_hits(n, deny)
        if h:
            E.append('deny-listed %s %s (%s)' % (kind, n, ','.join(h)))
    for r in recs:
        if r['source'] == 'password':
            syn = r['type'][len(positional210.PREFIX):]
            if syn in deny['_synset'] or syn in deny['_nameset']:
                E.append('earlier syntax %s' % syn)
    for code, name, _, _ in prose210.LANGS:
        if code in deny['_codeset'] or code in deny['_nameset']:
            E.append('deny-listed language code %s' % code)
        for w in [name.lower()] + name.lower().split():
            if w in deny['_lnameset']:
                E.append('deny-listed language name %s' % name)
    for code, name in prose210.SPARES:
        if code in deny['_codeset'] or name.lower() in deny['_lnameset']:
            E.append('deny-listed spare language %s' % code)
    return E

def run_all(recs, evs, negs, deny, hidden):
    return (check_positives(recs, deny, hidden) + check_evasions(evs) + check_negatives(negs, recs, evs, hidden)
            + check_cross(recs, evs, hidden) + check_negative_structures(negs) + check_deny(recs, evs, negs, deny))
