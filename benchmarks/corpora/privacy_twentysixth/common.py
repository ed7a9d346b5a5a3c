"""Shared helpers: seeded value generators, span filling, checksums."""
import base64, binascii, hashlib, json, re, string, zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'
ALPH = {'an': ALNUM, 'la': LOWER_ALNUM, 'hx': HEX, 'HX': HEX.upper(), 'b64': B64, 'u': B64URL,
        'UA': string.ascii_uppercase + string.digits, 'd': string.digits}

MARK = re.compile('\u27e6(\\w+)\u27e7')

def rs(r, n, alph=ALNUM):
    return ''.join(r.choice(alph) for _ in range(n))

def password(r, n=None):
    n = n or r.randint(12, 20)
    while True:
        mid = rs(r, n - 2, ALNUM + '._-')
        p = r.choice(ALNUM) + mid + r.choice(ALNUM)
        if (any(c.islower() for c in p) and any(c.isupper() for c in p) and any(c.isdigit() for c in p)
                and '..' not in p and '--' not in p):
            return p

def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def b62_encode(n, width):
    s = ''
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, '0')

def crc_token(r, prefix):
    body = rs(r, 30, ALNUM)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xffffffff, 6)

def crc_ok(tok):
    m = re.match(r'^(ghp_|gho_|ghu_|ghs_|ghr_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})$', tok)
    return bool(m) and b62_encode(zlib.crc32(m.group(2).encode()) & 0xffffffff, 6) == m.group(3)

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()

def jwt_like(r, payload):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':'), sort_keys=True).encode())
    s = b64u(bytes(r.getrandbits(8) for _ in range(32)))
    return h + '.' + p + '.' + s

def fill(tpl, vals):
    """tpl contains markers like ⟦name⟧; vals maps name -> (value, type or None)."""
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit); pos += len(lit)
        v, t = vals[m.group(1)]
        if t:
            spans.append({'value': v, 'start': pos, 'end': pos + len(v), 'type': t})
        out.append(v); pos += len(v)
        last = m.end()
    out.append(tpl[last:])
    return ''.join(out), spans

# ---------------- everyday secret types ----------------
def everyday_value(r, t):
    pw = password(r)
    if t == 'github_classic_pat': return crc_token(r, 'ghp_')
    if t == 'npm_access_token': return crc_token(r, 'npm_')
    if t == 'github_fine_grained_pat': return 'github_pat_11' + rs(r, 20, string.ascii_uppercase + string.digits) + '_' + rs(r, 59, ALNUM)
    if t == 'gitlab_personal_access_token': return 'glpat-' + rs(r, 20, ALNUM + '-_')
    if t == 'aws_secret_access_key': return rs(r, 40, ALNUM + '/+')
    if t == 'openai_project_api_key': return 'sk-proj-' + rs(r, 74, ALNUM + '-_') + 'T3BlbkFJ' + rs(r, 74, ALNUM + '-_')
    if t == 'anthropic_api_key': return 'sk-ant-api03-' + rs(r, 93, ALNUM + '-_') + 'AA'
    if t == 'stripe_live_secret_key': return 'sk_live_51' + rs(r, 97, ALNUM)
    if t == 'stripe_restricted_key': return 'rk_live_51' + rs(r, 97, ALNUM)
    if t == 'slack_bot_token': return 'xoxb-%d-%d-%s' % (r.randint(10**10, 10**13), r.randint(10**10, 10**13), rs(r, 24, ALNUM))
    if t == 'slack_incoming_webhook_url': return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, 10, ALPH['UA']), rs(r, 10, ALPH['UA']), rs(r, 24, ALNUM))
    if t == 'google_gemini_api_key': return 'AIza' + rs(r, 35, ALNUM + '-_')
    if t == 'huggingface_access_token': return 'hf_' + rs(r, 34, ALNUM)
    if t == 'sendgrid_api_key': return 'SG.' + rs(r, 22, B64URL) + '.' + rs(r, 43, B64URL)
    if t == 'twilio_auth_token': return rs(r, 32, HEX)
    if t == 'telegram_bot_token': return '%d:AA%s' % (r.randint(10**9, 8 * 10**9), rs(r, 33, B64URL))
    if t == 'datadog_api_key': return rs(r, 32, HEX)
    if t == 'digitalocean_personal_access_token': return 'dop_v1_' + rs(r, 64, HEX)
    if t == 'dockerhub_personal_access_token': return 'dckr_pat_' + rs(r, 27, B64URL)
    if t == 'cloudflare_api_token': return rs(r, 40, B64URL)
    if t == 'sentry_user_auth_token': return 'sntryu_' + rs(r, 64, HEX)
    if t == 'azure_storage_account_key': return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    if t == 'jwt_signing_secret': return rs(r, 48, ALNUM)
    if t in ('database_password', 'smtp_password', 'postgres_url_password', 'mysql_url_password',
             'redis_url_password', 'amqp_url_password', 'mongodb_srv_uri_password'):
        return pw
    raise KeyError(t)

DSN = {'postgres_url_password': 'postgresql://app_rw:⟦v⟧@db-main.internal:5432/orders',
       'mysql_url_password': 'mysql://shop:⟦v⟧@mysql-01.lan:3306/shop',
       'redis_url_password': 'redis://default:⟦v⟧@cache.internal:6379/0',
       'amqp_url_password': 'amqps://worker:⟦v⟧@mq.internal:5671/prod',
       'mongodb_srv_uri_password': 'mongodb+srv://svc-api:⟦v⟧@cluster0.ab1cd.mongodb.net/app?retryWrites=true'}
EVERYDAY_VAR = {'github_classic_pat': 'GITHUB_TOKEN', 'npm_access_token': 'NPM_TOKEN', 'github_fine_grained_pat': 'GH_TOKEN',
 'gitlab_personal_access_token': 'GITLAB_TOKEN', 'aws_secret_access_key': 'AWS_SECRET_ACCESS_KEY',
 'openai_project_api_key': 'OPENAI_API_KEY', 'anthropic_api_key': 'ANTHROPIC_API_KEY', 'stripe_live_secret_key': 'STRIPE_SECRET_KEY',
 'stripe_restricted_key': 'STRIPE_RESTRICTED_KEY', 'slack_bot_token': 'SLACK_BOT_TOKEN', 'slack_incoming_webhook_url': 'SLACK_WEBHOOK_URL',
 'google_gemini_api_key': 'GEMINI_API_KEY', 'huggingface_access_token': 'HF_TOKEN', 'sendgrid_api_key': 'SENDGRID_API_KEY',
 'twilio_auth_token': 'TWILIO_AUTH_TOKEN', 'telegram_bot_token': 'TELEGRAM_BOT_TOKEN', 'datadog_api_key': 'DD_API_KEY',
 'digitalocean_personal_access_token': 'DIGITALOCEAN_TOKEN', 'dockerhub_personal_access_token': 'DOCKERHUB_TOKEN',
 'cloudflare_api_token': 'CLOUDFLARE_API_TOKEN', 'sentry_user_auth_token': 'SENTRY_AUTH_TOKEN', 'azure_storage_account_key': 'AZURE_STORAGE_KEY',
 'jwt_signing_secret': 'JWT_SECRET', 'database_password': 'DB_PASSWORD', 'smtp_password': 'SMTP_PASSWORD',
 'postgres_url_password': 'DATABASE_URL', 'mysql_url_password': 'MYSQL_URL', 'redis_url_password': 'REDIS_URL',
 'amqp_url_password': 'AMQP_URL', 'mongodb_srv_uri_password': 'MONGODB_URI'}
EVERYDAY_TYPES = sorted(EVERYDAY_VAR)
