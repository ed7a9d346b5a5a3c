import string, zlib, base64, json
AN = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
UPP = string.ascii_uppercase + string.digits
HEXD = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64U = AN + '-_'
B64 = AN + '+/'
PW = AN + '-_.'

def rs(r, alpha, n): return ''.join(r.choice(alpha) for _ in range(n))
def H(r, n): return rs(r, HEXD, n)
def A(r, n): return rs(r, AN, n)
def L(r, n): return rs(r, LOW, n)
def U(r, n): return rs(r, UPP, n)
def D(r, n): return r.choice('123456789') + rs(r, string.digits, n - 1)
def BU(r, n): return rs(r, B64U, n)
def UUID(r): h = H(r, 32); return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice("89ab")}{h[17:20]}-{h[20:]}'
def b62(n):
    s = ''
    while n: n, m = divmod(n, 62); s = B62[m] + s
    return s or '0'
def crc_token(r, prefix, n=30):
    body = A(r, n); return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, '0')
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
def jwt(r, payload):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return f'{h}.{p}.{BU(r, 43)}'
def password(r, lo=12, hi=20):
    while True:
        p = rs(r, PW, r.randint(lo, hi))
        if p[0] in AN and p[-1] in AN and any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p

class Pool:
    def __init__(self): self.used = set()
    def fresh(self, fn):
        while True:
            v = fn()
            if v not in self.used: self.used.add(v); return v

def place(tpl, fills, value, pre='', suf=''):
    t = tpl
    for k, v in fills.items(): t = t.replace('«' + k + '»', v)
    i = t.index('«V»'); assert t.count('«V»') == 1
    text = t[:i] + pre + value + suf + t[i + 3:]
    s = i + len(pre)
    return text, s, s + len(value)

# everyday secret types: type -> (env key, generator, url prefix, url suffix)
def everyday_types():
    return {
        'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: rs(r, AN + '+/', 40), '', ''),
        'github_classic_pat': ('GITHUB_TOKEN', lambda r: crc_token(r, 'ghp_'), '', ''),
        'gitlab_personal_access_token': ('GITLAB_TOKEN', lambda r: 'glpat-' + BU(r, 20), '', ''),
        'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: f'xoxb-{D(r,12)}-{D(r,13)}-{A(r,24)}', '', ''),
        'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: 'sk_live_51' + A(r, 97), '', ''),
        'openai_project_api_key': ('OPENAI_API_KEY', lambda r: 'sk-proj-' + BU(r, 74) + 'T3BlbkFJ' + BU(r, 74), '', ''),
        'anthropic_api_key': ('ANTHROPIC_API_KEY', lambda r: 'sk-ant-api03-' + BU(r, 93) + 'AA', '', ''),
        'google_gemini_api_key': ('GEMINI_API_KEY', lambda r: 'AIza' + BU(r, 35), '', ''),
        'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: f'SG.{BU(r,22)}.{BU(r,43)}', '', ''),
        'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: H(r, 32), '', ''),
        'datadog_api_key': ('DD_API_KEY', lambda r: H(r, 32), '', ''),
        'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', lambda r: f'{D(r,10)}:AA{BU(r,33)}', '', ''),
        'npm_access_token': ('NPM_TOKEN', lambda r: crc_token(r, 'npm_'), '', ''),
        'huggingface_access_token': ('HF_TOKEN', lambda r: 'hf_' + rs(r, string.ascii_letters, 34), '', ''),
        'jwt_signing_secret': ('JWT_SECRET', lambda r: A(r, 48), '', ''),
        'database_password': ('DB_PASSWORD', lambda r: password(r), '', ''),
        'smtp_password': ('SMTP_PASSWORD', lambda r: password(r), '', ''),
        'postgres_url_password': ('DATABASE_URL', lambda r: password(r), 'postgresql://app_rw:', '@pg-main.internal.example:5432/orders'),
        'mysql_url_password': ('MYSQL_URL', lambda r: password(r), 'mysql://shop:', '@mysql-01.internal.example:3306/shop'),
        'redis_url_password': ('REDIS_URL', lambda r: password(r), 'redis://default:', '@cache.internal.example:6379/0'),
    }
