#!/usr/bin/env python3
"""privacy_eighth (p8) corpus builder. Python 3 standard library only; deterministic."""
import base64, hashlib, hmac, json, os, random, re, string, struct, sys, urllib.parse, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
R = random.Random(0)

def sec(seed):
    global R
    R = random.Random(seed)

def s(alph, n): return ''.join(R.choice(alph) for _ in range(n))
def hx(n): return s(HEX, n)
def HX(n): return s(HEX.upper(), n)
def an(n): return s(AN, n)
def lo(n): return s(LO, n)
def up(n): return s(UP, n)
def dg(n): return s(string.digits, n)
def rb(n): return bytes(R.randrange(256) for _ in range(n))
def b64(n): return base64.b64encode(rb(n)).decode()
def b64u(n): return base64.urlsafe_b64encode(rb(n)).decode().rstrip('=')
def b64raw(n): return s(AN + '+/', n)
def urlsafe(n): return s(AN + '-_', n)
def uuid4():
    h = hx(32); h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
def b62enc(n, width):
    out = ''
    while n: n, r = divmod(n, 62); out = B62[r] + out
    return out.rjust(width, '0')
def crc_tok(prefix):
    body = s(B62, 30)
    return prefix + body + b62enc(zlib.crc32(body.encode()), 6)
def bu(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
def jwt(payload, alg='HS256', sig=32):
    h = bu(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = bu(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + bu(rb(sig))
def b58(d):
    n = int.from_bytes(d, 'big'); out = ''
    while n: n, r = divmod(n, 58); out = B58[r] + out
    return '1' * (len(d) - len(d.lstrip(b'\0'))) + out
def b58check(payload):
    d = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(d, 'big'); out = ''
    while n: n, r = divmod(n, 58); out = B58[r] + out
    return '1' * (len(d) - len(d.lstrip(b'\0'))) + out
# bech32 (BIP-173)
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _polymod(values):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5): chk ^= g[i] if ((b >> i) & 1) else 0
    return chk
def bech32(hrp, data8):
    acc = 0; bits = 0; d5 = []
    for x in data8:
        acc = (acc << 8) | x; bits += 8
        while bits >= 5: bits -= 5; d5.append((acc >> bits) & 31)
    if bits: d5.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hv + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in d5 + chk)
def wg_key():
    k = bytearray(rb(32)); k[0] &= 248; k[31] = (k[31] & 127) | 64
    return base64.b64encode(bytes(k)).decode()
DJ = string.ascii_lowercase + string.digits + '!@#$%^&*(-_=+)'
WORDS = ['amber', 'basalt', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lantern',
         'meadow', 'nectar', 'orchid', 'pepper', 'quartz', 'raven', 'saffron', 'thistle', 'umber', 'velvet', 'willow', 'yarrow',
         'zephyr', 'copper', 'falcon', 'glacier', 'hazel', 'marble', 'otter', 'pine', 'river', 'sparrow', 'tundra', 'walnut']
def human_pw():
    k = R.randrange(6)
    w = R.choice(WORDS)
    if k == 0: return w.capitalize() + dg(R.choice([2, 4])) + R.choice('!%*?@')
    if k == 1: return R.choice(WORDS).capitalize() + R.choice('-_.') + w + dg(2)
    if k == 2: return s(AN + '!%*+-=?@^_', R.randrange(14, 22))
    if k == 3: return w[0].upper() + w[1:].replace('a', '@').replace('o', '0').replace('e', '3') + dg(3)
    if k == 4: return '-'.join(R.choice(WORDS) for _ in range(4))
    return an(R.randrange(12, 20))
def url_pw():
    return R.choice(WORDS).capitalize() + R.choice('-_.~') + an(R.randrange(8, 14))
def pin_like(): return dg(R.choice([6, 8]))

# ---------------------------------------------------------------- token types
# (type, NAME, generator, guessed-note or '')
TOKENS = [
 ('github_pat_classic', 'GITHUB_TOKEN', lambda: crc_tok('ghp_'), ''),
 ('github_oauth_token', 'GH_OAUTH_TOKEN', lambda: crc_tok('gho_'), ''),
 ('github_installation_token', 'GITHUB_APP_INSTALLATION_TOKEN', lambda: crc_tok('ghs_'), ''),
 ('github_refresh_token', 'GITHUB_REFRESH_TOKEN', lambda: crc_tok('ghr_'), ''),
 ('github_fine_grained_pat', 'GH_FINE_GRAINED_PAT', lambda: 'github_pat_11' + up(20) + '_' + an(59), 'no checksum modelled'),
 ('gitlab_pat', 'GITLAB_TOKEN', lambda: 'glpat-' + urlsafe(20), ''),
 ('gitlab_runner_auth_token', 'RUNNER_TOKEN', lambda: 'glrt-' + urlsafe(20), ''),
 ('gitlab_deploy_token', 'GITLAB_DEPLOY_TOKEN', lambda: 'gldt-' + urlsafe(20), ''),
 ('gitlab_pipeline_trigger_token', 'GITLAB_TRIGGER_TOKEN', lambda: 'glptt-' + hx(40), ''),
 ('gitlab_oauth_app_secret', 'GITLAB_OAUTH_SECRET', lambda: 'gloas-' + hx(64), ''),
 ('gitlab_scim_token', 'GITLAB_SCIM_TOKEN', lambda: 'glsoat-' + urlsafe(20), ''),
 ('slack_bot_token', 'SLACK_BOT_TOKEN', lambda: 'xoxb-%s-%s-%s' % (dg(12), dg(13), an(24)), ''),
 ('slack_user_token', 'SLACK_USER_TOKEN', lambda: 'xoxp-%s-%s-%s-%s' % (dg(12), dg(12), dg(13), hx(32)), ''),
 ('slack_app_token', 'SLACK_APP_TOKEN', lambda: 'xapp-1-A%s-%s-%s' % (up(10), dg(13), hx(64)), ''),
 ('slack_config_refresh_token', 'SLACK_CONFIG_REFRESH_TOKEN', lambda: 'xoxe-1-' + an(146), 'length guessed'),
 ('slack_webhook_url', 'SLACK_WEBHOOK_URL', lambda: 'https://hooks.slack.com/services/T%s/B%s/%s' % (up(10), up(10), an(24)), ''),
 ('stripe_secret_key', 'STRIPE_SECRET_KEY', lambda: 'sk_live_51' + an(97), ''),
 ('stripe_restricted_key', 'STRIPE_RESTRICTED_KEY', lambda: 'rk_live_51' + an(97), ''),
 ('stripe_webhook_secret', 'STRIPE_WEBHOOK_SECRET', lambda: 'whsec_' + an(32), ''),
 ('openai_api_key', 'OPENAI_API_KEY', lambda: 'sk-proj-' + urlsafe(74) + 'T3BlbkFJ' + urlsafe(74), ''),
 ('openai_service_account_key', 'OPENAI_SVC_KEY', lambda: 'sk-svcacct-' + urlsafe(74) + 'T3BlbkFJ' + urlsafe(74), ''),
 ('openai_admin_key', 'OPENAI_ADMIN_KEY', lambda: 'sk-admin-' + urlsafe(74) + 'T3BlbkFJ' + urlsafe(74), 'layout guessed'),
 ('anthropic_api_key', 'ANTHROPIC_API_KEY', lambda: 'sk-ant-api03-' + urlsafe(93) + 'AA', ''),
 ('anthropic_admin_key', 'ANTHROPIC_ADMIN_KEY', lambda: 'sk-ant-admin01-' + urlsafe(93) + 'AA', ''),
 ('gcp_api_key', 'GOOGLE_MAPS_SERVER_KEY', lambda: 'AIza' + urlsafe(35), ''),
 ('gemini_api_key', 'GEMINI_API_KEY', lambda: 'AIza' + urlsafe(35), ''),
 ('google_oauth_client_secret', 'GOOGLE_CLIENT_SECRET', lambda: 'GOCSPX-' + urlsafe(28), ''),
 ('google_oauth_refresh_token', 'GOOGLE_REFRESH_TOKEN', lambda: '1//0' + R.choice('34569') + urlsafe(99), 'length guessed'),
 ('google_oauth_access_token', 'GOOGLE_ACCESS_TOKEN', lambda: 'ya29.a0' + urlsafe(150), 'length guessed'),
 ('azure_storage_account_key', 'AZURE_STORAGE_KEY', lambda: b64(64), ''),
 ('azure_ad_client_secret', 'AZURE_CLIENT_SECRET', lambda: an(3) + R.choice('5678') + 'Q~' + s(AN + '_~.-', 34), ''),
 ('azure_cosmosdb_key', 'COSMOS_KEY', lambda: b64(64), ''),
 ('azure_search_admin_key', 'AZURE_SEARCH_ADMIN_KEY', lambda: an(42) + 'AzSe' + an(6), 'CASK-style tail guessed'),
 ('azure_container_registry_password', 'ACR_PASSWORD', lambda: an(42) + '+ACR' + an(6), 'CASK-style tail guessed'),
 ('azure_devops_pat', 'AZDO_PAT', lambda: s('abcdefghijklmnopqrstuvwxyz234567', 52), ''),
 ('azure_signalr_access_key', 'SIGNALR_ACCESS_KEY', lambda: b64(32), ''),
 ('twilio_auth_token', 'TWILIO_AUTH_TOKEN', lambda: hx(32), ''),
 ('sendgrid_api_key', 'SENDGRID_API_KEY', lambda: 'SG.' + urlsafe(22) + '.' + urlsafe(43), ''),
 ('mailgun_api_key', 'MAILGUN_API_KEY', lambda: hx(32) + '-' + hx(8) + '-' + hx(8), 'v2 layout'),
 ('mailchimp_api_key', 'MAILCHIMP_API_KEY', lambda: hx(32) + '-us' + str(R.randrange(1, 22)), ''),
 ('mailersend_api_token', 'MAILERSEND_API_TOKEN', lambda: 'mlsn.' + hx(64), ''),
 ('brevo_api_key', 'BREVO_API_KEY', lambda: 'xkeysib-' + hx(64) + '-' + an(16), ''),
 ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', lambda: uuid4(), ''),
 ('sparkpost_api_key', 'SPARKPOST_API_KEY', lambda: hx(40), ''),
 ('npm_access_token', 'NPM_TOKEN', lambda: crc_tok('npm_'), ''),
 ('pypi_upload_token', 'PYPI_TOKEN', lambda: 'pypi-AgEIcHlwaS5vcmcCJ' + urlsafe(R.randrange(150, 180)), 'body random, macaroon not modelled'),
 ('rubygems_api_key', 'GEM_HOST_API_KEY', lambda: 'rubygems_' + hx(48), ''),
 ('nuget_api_key', 'NUGET_API_KEY', lambda: 'oy2' + s(string.ascii_lowercase + string.digits, 43), ''),
 ('docker_hub_pat', 'DOCKERHUB_TOKEN', lambda: 'dckr_pat_' + urlsafe(27), ''),
 ('huggingface_token', 'HF_TOKEN', lambda: 'hf_' + s(string.ascii_letters, 34), ''),
 ('digitalocean_pat', 'DIGITALOCEAN_TOKEN', lambda: 'dop_v1_' + hx(64), ''),
 ('digitalocean_refresh_token', 'DO_REFRESH_TOKEN', lambda: 'dor_v1_' + hx(64), ''),
 ('shopify_access_token', 'SHOPIFY_ADMIN_TOKEN', lambda: 'shpat_' + hx(32), ''),
 ('shopify_shared_secret', 'SHOPIFY_API_SECRET', lambda: 'shpss_' + hx(32), ''),
 ('shopify_custom_app_token', 'SHOPIFY_CUSTOM_APP_TOKEN', lambda: 'shpca_' + hx(32), ''),
 ('atlassian_api_token', 'JIRA_API_TOKEN', lambda: 'ATATT3xFfGF0' + urlsafe(171) + '=' + HX(8), 'checksum tail not modelled'),
 ('linear_api_key', 'LINEAR_API_KEY', lambda: 'lin_api_' + an(40), ''),
 ('notion_integration_token', 'NOTION_TOKEN', lambda: 'ntn_' + dg(11) + an(35), 'layout guessed'),
 ('postman_api_key', 'POSTMAN_API_KEY', lambda: 'PMAK-' + hx(24) + '-' + hx(34), ''),
 ('doppler_service_token', 'DOPPLER_TOKEN', lambda: 'dp.st.prd.' + an(43), ''),
 ('pulumi_access_token', 'PULUMI_ACCESS_TOKEN', lambda: 'pul-' + hx(40), ''),
 ('terraform_cloud_token', 'TFE_TOKEN', lambda: an(14) + '.atlasv1.' + an(67), ''),
 ('vault_service_token', 'VAULT_TOKEN', lambda: 'hvs.' + urlsafe(90), ''),
 ('vault_batch_token', 'VAULT_BATCH_TOKEN', lambda: 'hvb.' + urlsafe(120), 'length guessed'),
 ('grafana_service_account_token', 'GRAFANA_SA_TOKEN', lambda: (lambda b: 'glsa_' + b + '_' + '%08x' % zlib.crc32(('glsa_' + b).encode()))(an(32)), 'checksum guessed'),
 ('grafana_cloud_token', 'GRAFANA_CLOUD_TOKEN', lambda: 'glc_' + bu(json.dumps({'o': dg(6), 'n': 'stack-' + dg(6) + '-hm-write', 'k': an(24), 'm': {'r': 'prod-eu-west-2'}}, separators=(',', ':')).encode()), ''),
 ('databricks_token', 'DATABRICKS_TOKEN', lambda: 'dapi' + hx(32), ''),
 ('new_relic_user_api_key', 'NEW_RELIC_API_KEY', lambda: 'NRAK-' + up(27), ''),
 ('new_relic_license_key', 'NEW_RELIC_LICENSE_KEY', lambda: hx(36) + 'NRAL', ''),
 ('sentry_user_token', 'SENTRY_AUTH_TOKEN', lambda: 'sntryu_' + hx(64), ''),
 ('sentry_org_token', 'SENTRY_ORG_TOKEN', lambda: 'sntrys_' + bu(json.dumps({'iat': 1700000000 + R.randrange(10**7), 'url': 'https://sentry.io', 'region_url': 'https://de.sentry.io', 'org': 'acme-' + lo(5)}).encode()) + '_' + urlsafe(43), ''),
 ('dynatrace_api_token', 'DT_API_TOKEN', lambda: 'dt0c01.' + up(24) + '.' + up(64), ''),
 ('discord_bot_token', 'DISCORD_BOT_TOKEN', lambda: bu(dg(18).encode()) + '.' + urlsafe(6) + '.' + urlsafe(38), ''),
 ('discord_webhook_url', 'DISCORD_WEBHOOK', lambda: 'https://discord.com/api/webhooks/%s/%s' % (dg(19), urlsafe(68)), ''),
 ('telegram_bot_token', 'TELEGRAM_BOT_TOKEN', lambda: dg(10) + ':AA' + urlsafe(33), ''),
 ('square_access_token', 'SQUARE_ACCESS_TOKEN', lambda: 'EAAA' + urlsafe(60), ''),
 ('square_oauth_secret', 'SQUARE_APP_SECRET', lambda: 'sq0csp-' + urlsafe(43), ''),
 ('braintree_access_token', 'BRAINTREE_ACCESS_TOKEN', lambda: 'access_token$production$' + lo(16) + '$' + hx(32), ''),
 ('flutterwave_secret_key', 'FLW_SECRET_KEY', lambda: 'FLWSECK-' + hx(32) + '-X', ''),
 ('paystack_secret_key', 'PAYSTACK_SECRET_KEY', lambda: 'sk_live_' + hx(40), ''),
 ('mollie_api_key', 'MOLLIE_API_KEY', lambda: 'live_' + an(30), ''),
 ('age_secret_key', 'SOPS_AGE_KEY', lambda: bech32('age-secret-key-', rb(32)).upper(), ''),
 ('ngrok_authtoken', 'NGROK_AUTHTOKEN', lambda: '2' + an(26) + '_' + an(21), 'layout guessed'),
 ('tailscale_auth_key', 'TS_AUTHKEY', lambda: 'tskey-auth-k' + an(10) + 'CNTRL-' + an(33), ''),
 ('tailscale_api_key', 'TAILSCALE_API_KEY', lambda: 'tskey-api-k' + an(10) + 'CNTRL-' + an(33), ''),
 ('flyio_token', 'FLY_API_TOKEN', lambda: 'fo1_' + urlsafe(43), ''),
 ('netlify_pat', 'NETLIFY_AUTH_TOKEN', lambda: 'nfp_' + an(36) + hx(4), 'layout guessed'),
 ('render_api_key', 'RENDER_API_KEY', lambda: 'rnd_' + an(32), 'guessed'),
 ('supabase_access_token', 'SUPABASE_ACCESS_TOKEN', lambda: 'sbp_' + hx(40), ''),
 ('supabase_secret_key', 'SUPABASE_SECRET_KEY', lambda: 'sb_secret_' + urlsafe(31), 'guessed'),
 ('planetscale_service_token', 'PLANETSCALE_SERVICE_TOKEN', lambda: 'pscale_tkn_' + urlsafe(43), ''),
 ('planetscale_password', 'PLANETSCALE_DB_PASSWORD', lambda: 'pscale_pw_' + urlsafe(43), ''),
 ('neon_api_key', 'NEON_API_KEY', lambda: 'napi_' + lo(64), 'guessed'),
 ('clerk_secret_key', 'CLERK_SECRET_KEY', lambda: 'sk_live_' + an(40), ''),
 ('resend_api_key', 'RESEND_API_KEY', lambda: 're_' + an(8) + '_' + an(24), 'guessed'),
 ('groq_api_key', 'GROQ_API_KEY', lambda: 'gsk_' + an(52), ''),
 ('replicate_api_token', 'REPLICATE_API_TOKEN', lambda: 'r8_' + an(37), ''),
 ('perplexity_api_key', 'PPLX_API_KEY', lambda: 'pplx-' + an(48), ''),
 ('xai_api_key', 'XAI_API_KEY', lambda: 'xai-' + an(80), ''),
 ('deepseek_api_key', 'DEEPSEEK_API_KEY', lambda: 'sk-' + hx(32), ''),
 ('openrouter_api_key', 'OPENROUTER_API_KEY', lambda: 'sk-or-v1-' + hx(64), ''),
 ('langsmith_api_key', 'LANGSMITH_API_KEY', lambda: 'lsv2_pt_' + hx(32) + '_' + hx(10), ''),
 ('pinecone_api_key', 'PINECONE_API_KEY', lambda: 'pcsk_' + an(5) + '_' + an(62), 'segment lengths guessed'),
 ('elevenlabs_api_key', 'ELEVENLABS_API_KEY', lambda: 'sk_' + hx(48), 'guessed'),
 ('fireworks_api_key', 'FIREWORKS_API_KEY', lambda: 'fw_' + an(24), 'guessed'),
 ('cerebras_api_key', 'CEREBRAS_API_KEY', lambda: 'csk-' + lo(48), 'guessed'),
 ('voyage_api_key', 'VOYAGE_API_KEY', lambda: 'pa-' + urlsafe(43), 'guessed'),
 ('tavily_api_key', 'TAVILY_API_KEY', lambda: 'tvly-' + an(32), 'guessed'),
 ('firecrawl_api_key', 'FIRECRAWL_API_KEY', lambda: 'fc-' + hx(32), 'guessed'),
 ('mistral_api_key', 'MISTRAL_API_KEY', lambda: an(32), ''),
 ('cohere_api_key', 'COHERE_API_KEY', lambda: an(40), ''),
 ('wandb_api_key', 'WANDB_API_KEY', lambda: hx(40), ''),
 ('together_api_key', 'TOGETHER_API_KEY', lambda: hx(64), ''),
 ('deepgram_api_key', 'DEEPGRAM_API_KEY', lambda: hx(40), ''),
 ('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', lambda: hx(32), ''),
 ('cloudflare_api_token', 'CLOUDFLARE_API_TOKEN', lambda: urlsafe(40), ''),
 ('cloudflare_global_api_key', 'CF_API_KEY', lambda: hx(37), ''),
 ('cloudflare_origin_ca_key', 'CF_ORIGIN_CA_KEY', lambda: 'v1.0-' + hx(24) + '-' + hx(146), ''),
 ('fastly_api_token', 'FASTLY_API_TOKEN', lambda: urlsafe(32), ''),
 ('heroku_api_key', 'HEROKU_API_KEY', lambda: 'HRKU-AA' + urlsafe(58), ''),
 ('linode_token', 'LINODE_TOKEN', lambda: hx(64), ''),
 ('vultr_api_key', 'VULTR_API_KEY', lambda: up(36), ''),
 ('hetzner_cloud_token', 'HCLOUD_TOKEN', lambda: an(64), ''),
 ('ibm_cloud_api_key', 'IBMCLOUD_API_KEY', lambda: urlsafe(44), ''),
 ('yandex_cloud_api_key', 'YC_API_KEY', lambda: 'AQVN' + urlsafe(36), ''),
 ('yandex_iam_token', 'YC_IAM_TOKEN', lambda: 't1.9euelZ' + urlsafe(140), 'guessed'),
 ('datadog_api_key', 'DD_API_KEY', lambda: hx(32), ''),
 ('datadog_app_key', 'DD_APP_KEY', lambda: hx(40), ''),
 ('honeycomb_api_key', 'HONEYCOMB_API_KEY', lambda: 'hcaik_01' + lo(56), 'guessed'),
 ('axiom_token', 'AXIOM_TOKEN', lambda: 'xaat-' + uuid4(), ''),
 ('posthog_personal_api_key', 'POSTHOG_PERSONAL_API_KEY', lambda: 'phx_' + an(47), ''),
 ('mixpanel_api_secret', 'MIXPANEL_API_SECRET', lambda: hx(32), ''),
 ('launchdarkly_api_token', 'LD_API_TOKEN', lambda: 'api-' + uuid4(), ''),
 ('launchdarkly_sdk_key', 'LD_SDK_KEY', lambda: 'sdk-' + uuid4(), ''),
 ('statsig_server_secret', 'STATSIG_SERVER_SECRET', lambda: 'secret-' + an(43), ''),
 ('circleci_personal_token', 'CIRCLE_TOKEN', lambda: 'CCIPAT_' + an(22) + '_' + hx(40), ''),
 ('buildkite_token', 'BUILDKITE_API_TOKEN', lambda: 'bkua_' + hx(40), ''),
 ('buildkite_agent_token', 'BUILDKITE_AGENT_TOKEN', lambda: hx(50), ''),
 ('codecov_token', 'CODECOV_TOKEN', lambda: uuid4(), ''),
 ('snyk_token', 'SNYK_TOKEN', lambda: uuid4(), ''),
 ('sonarqube_user_token', 'SONAR_TOKEN', lambda: 'squ_' + hx(40), ''),
 ('sonarqube_project_token', 'SONAR_PROJECT_TOKEN', lambda: 'sqp_' + hx(40), ''),
 ('jfrog_api_key', 'ARTIFACTORY_API_KEY', lambda: 'AKCp' + an(69), ''),
 ('jfrog_reference_token', 'JFROG_ACCESS_TOKEN', lambda: 'cmVmdGtuOjAxOjE3' + an(48), ''),
 ('harness_pat', 'HARNESS_API_KEY', lambda: 'pat.' + urlsafe(22) + '.' + hx(24) + '.' + an(20), ''),
 ('octopus_deploy_api_key', 'OCTOPUS_API_KEY', lambda: 'API-' + up(26), ''),
 ('bitbucket_app_password', 'BITBUCKET_APP_PASSWORD', lambda: 'ATBB' + an(28) + HX(8), 'checksum tail not modelled'),
 ('gitea_token', 'GITEA_TOKEN', lambda: hx(40), ''),
 ('sourcegraph_token', 'SRC_ACCESS_TOKEN', lambda: 'sgp_' + hx(16) + '_' + hx(40), ''),
 ('jenkins_api_token', 'JENKINS_API_TOKEN', lambda: '11' + hx(32), ''),
 ('okta_api_token', 'OKTA_API_TOKEN', lambda: '00' + urlsafe(40), ''),
 ('auth0_client_secret', 'AUTH0_CLIENT_SECRET', lambda: urlsafe(64), ''),
 ('onepassword_service_account_token', 'OP_SERVICE_ACCOUNT_TOKEN', lambda: 'ops_' + bu(json.dumps({'signInAddress': 'my.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': b64u(16)}, 'email': lo(13) + '@1passwordserviceaccounts.com', 'srpX': hx(64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': b64u(32), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + up(6) + '-' + up(6) + '-' + up(5) + '-' + up(5) + '-' + up(5) + '-' + up(5), 'throttleSecret': {'seed': hx(64), 'uuid': up(26)}, 'deviceUuid': lo(26)}, separators=(',', ':')).encode()), ''),
 ('onepassword_secret_key', 'OP_SECRET_KEY', lambda: 'A3-' + up(6) + '-' + up(6) + '-' + up(5) + '-' + up(5) + '-' + up(5) + '-' + up(5), ''),
 ('bitwarden_sm_access_token', 'BWS_ACCESS_TOKEN', lambda: '0.' + uuid4() + '.' + an(30) + ':' + b64(16), 'layout guessed'),
 ('infisical_service_token', 'INFISICAL_TOKEN', lambda: 'st.' + uuid4() + '.' + hx(32) + '.' + hx(32), ''),
 ('telnyx_api_key', 'TELNYX_API_KEY', lambda: 'KEY' + HX(32) + '_' + an(22), 'guessed'),
 ('messagebird_access_key', 'MESSAGEBIRD_ACCESS_KEY', lambda: an(25), ''),
 ('pagerduty_api_key', 'PAGERDUTY_TOKEN', lambda: 'u+' + urlsafe(18), 'guessed'),
 ('opsgenie_api_key', 'OPSGENIE_API_KEY', lambda: uuid4(), ''),
 ('zendesk_api_token', 'ZENDESK_API_TOKEN', lambda: an(40), ''),
 ('hubspot_private_app_token', 'HUBSPOT_ACCESS_TOKEN', lambda: 'pat-eu1-' + uuid4(), ''),
 ('asana_pat', 'ASANA_PAT', lambda: '2/' + dg(16) + '/' + dg(16) + ':' + hx(32), ''),
 ('clickup_api_token', 'CLICKUP_API_TOKEN', lambda: 'pk_' + dg(8) + '_' + up(32), ''),
 ('airtable_pat', 'AIRTABLE_TOKEN', lambda: 'pat' + an(14) + '.' + hx(64), ''),
 ('figma_pat', 'FIGMA_TOKEN', lambda: 'figd_' + urlsafe(40), ''),
 ('typeform_pat', 'TYPEFORM_TOKEN', lambda: 'tfp_' + an(44) + '_' + an(14), 'guessed'),
 ('dropbox_access_token', 'DROPBOX_ACCESS_TOKEN', lambda: 'sl.u.' + urlsafe(135), ''),
 ('contentful_management_token', 'CONTENTFUL_MANAGEMENT_TOKEN', lambda: 'CFPAT-' + urlsafe(43), ''),
 ('sanity_api_token', 'SANITY_API_TOKEN', lambda: 'sk' + an(80), 'guessed'),
 ('algolia_admin_api_key', 'ALGOLIA_ADMIN_KEY', lambda: hx(32), ''),
 ('meilisearch_master_key', 'MEILI_MASTER_KEY', lambda: urlsafe(32), ''),
 ('mapbox_secret_token', 'MAPBOX_SECRET_TOKEN', lambda: 'sk.eyJ1Ijoi' + an(50) + '.' + urlsafe(22), ''),
 ('teams_incoming_webhook_url', 'TEAMS_WEBHOOK_URL', lambda: 'https://contoso%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s' % (lo(3), uuid4(), uuid4(), hx(32), uuid4(), urlsafe(43)), ''),
 ('google_chat_webhook_url', 'GCHAT_WEBHOOK', lambda: 'https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s' % (urlsafe(7), urlsafe(35), urlsafe(43)), ''),
 ('matrix_access_token', 'MATRIX_ACCESS_TOKEN', lambda: 'syt_' + bu(b'bridgebot') + '_' + an(20) + '_' + an(6), 'checksum not modelled'),
 ('mattermost_access_token', 'MM_ACCESS_TOKEN', lambda: s(string.ascii_lowercase + string.digits, 26), ''),
 ('zulip_api_key', 'ZULIP_API_KEY', lambda: an(32), ''),
 ('line_channel_access_token', 'LINE_CHANNEL_ACCESS_TOKEN', lambda: s(AN + '+/', 171) + '=', ''),
 ('facebook_page_access_token', 'FB_PAGE_TOKEN', lambda: 'EAA' + an(R.randrange(160, 200)), ''),
 ('twitter_bearer_token', 'TWITTER_BEARER_TOKEN', lambda: 'AAAAAAAAAAAAAAAAAAAAA' + an(20) + '%3D' + an(50), ''),
 ('spotify_client_secret', 'SPOTIFY_CLIENT_SECRET', lambda: hx(32), ''),
 ('steam_web_api_key', 'STEAM_API_KEY', lambda: HX(32), ''),
 ('riot_api_key', 'RIOT_API_KEY', lambda: 'RGAPI-' + uuid4(), ''),
 ('shippo_api_token', 'SHIPPO_TOKEN', lambda: 'shippo_live_' + hx(40), ''),
 ('easypost_api_key', 'EASYPOST_API_KEY', lambda: 'EZAK' + hx(54), ''),
 ('lob_api_key', 'LOB_API_KEY', lambda: 'live_' + hx(35), ''),
 ('plaid_access_token', 'PLAID_ACCESS_TOKEN', lambda: 'access-production-' + uuid4(), ''),
 ('wise_api_token', 'WISE_API_TOKEN', lambda: uuid4(), ''),
 ('kraken_private_key', 'KRAKEN_PRIVATE_KEY', lambda: b64(64), ''),
 ('etherscan_api_key', 'ETHERSCAN_API_KEY', lambda: up(34), ''),
 ('infura_api_secret', 'INFURA_API_KEY_SECRET', lambda: hx(32), ''),
 ('alchemy_api_key', 'ALCHEMY_API_KEY', lambda: urlsafe(32), ''),
 ('ethereum_private_key', 'DEPLOYER_PRIVATE_KEY', lambda: '0x' + hx(64), ''),
 ('bitcoin_wif_private_key', 'BTC_WIF', lambda: b58check(b'\x80' + rb(32) + b'\x01'), ''),
 ('solana_private_key_base58', 'SOLANA_PRIVATE_KEY', lambda: b58(rb(64)), 'base58 of 64 random bytes; public half not derived'),
 ('jwt_signing_secret', 'JWT_SECRET', lambda: an(R.choice([48, 64])), ''),
 ('django_secret_key', 'DJANGO_SECRET_KEY', lambda: 'django-insecure-' + s(DJ, 50) if R.random() < 0.3 else s(DJ, 50), ''),
 ('rails_secret_key_base', 'SECRET_KEY_BASE', lambda: hx(128), ''),
 ('laravel_app_key', 'APP_KEY', lambda: 'base64:' + b64(32), ''),
 ('fernet_key', 'FERNET_KEY', lambda: base64.urlsafe_b64encode(rb(32)).decode(), ''),
 ('symfony_app_secret', 'APP_SECRET', lambda: hx(32), ''),
 ('wireguard_private_key', 'WG_PRIVATE_KEY', wg_key, ''),
 ('totp_seed', 'TOTP_SECRET', lambda: s(B32, 32), ''),
 ('kubernetes_service_account_token', 'K8S_SA_TOKEN', lambda: jwt({'aud': ['https://kubernetes.default.svc'], 'exp': 1900000000 + R.randrange(10**6), 'iss': 'https://kubernetes.default.svc', 'kubernetes.io': {'namespace': 'ci', 'serviceaccount': {'name': 'deployer', 'uid': uuid4()}}, 'sub': 'system:serviceaccount:ci:deployer'}, 'RS256', 256), ''),
 ('vault_unseal_key', 'VAULT_UNSEAL_KEY', lambda: b64(33), ''),
 ('nomad_acl_token', 'NOMAD_TOKEN', lambda: uuid4(), ''),
 ('consul_acl_token', 'CONSUL_HTTP_TOKEN', lambda: uuid4(), ''),
 ('keycloak_client_secret', 'KEYCLOAK_CLIENT_SECRET', lambda: an(32), ''),
 ('hasura_admin_secret', 'HASURA_GRAPHQL_ADMIN_SECRET', lambda: urlsafe(40), ''),
 ('confluent_cloud_api_secret', 'CONFLUENT_CLOUD_API_SECRET', lambda: s(AN + '+/', 64), ''),
 ('prefect_api_key', 'PREFECT_API_KEY', lambda: 'pnu_' + an(36), ''),
 ('firebase_fcm_server_key', 'FCM_SERVER_KEY', lambda: 'AAAA' + urlsafe(7) + ':APA91b' + urlsafe(134), ''),
 ('expo_access_token', 'EXPO_TOKEN', lambda: urlsafe(40), ''),
 ('bugsnag_api_key', 'BUGSNAG_API_KEY', lambda: hx(32), ''),
 ('rollbar_access_token', 'ROLLBAR_ACCESS_TOKEN', lambda: hx(32), ''),
 ('cloudinary_url', 'CLOUDINARY_URL', lambda: 'cloudinary://%s:%s@%s' % (dg(15), urlsafe(27), 'acme' + lo(4)), ''),
 ('imagekit_private_key', 'IMAGEKIT_PRIVATE_KEY', lambda: 'private_' + an(28) + '=', ''),
 ('trello_token', 'TRELLO_TOKEN', lambda: 'ATTA' + hx(64) + HX(8), ''),
 ('readme_api_key', 'README_API_KEY', lambda: 'rdme_' + hx(70), ''),
 ('stackhawk_api_key', 'HAWK_API_KEY', lambda: 'hawk.' + an(20) + '.' + an(20), ''),
 ('deepsource_dsn_token', 'DEEPSOURCE_DSN', lambda: 'https://%s@app.deepsource.com' % hx(32), 'guessed'),
 ('infracost_api_key', 'INFRACOST_API_KEY', lambda: 'ico-' + an(32), ''),
 ('cloudsmith_api_key', 'CLOUDSMITH_API_KEY', lambda: hx(40), ''),
 ('duo_secret_key', 'DUO_SKEY', lambda: an(40), ''),
 ('meraki_api_key', 'MERAKI_DASHBOARD_API_KEY', lambda: hx(40), ''),
 ('proxmox_api_token_secret', 'PROXMOX_TOKEN_SECRET', lambda: uuid4(), ''),
 ('truenas_api_key', 'TRUENAS_API_KEY', lambda: str(R.randrange(1, 30)) + '-' + an(64), ''),
 ('portainer_access_token', 'PORTAINER_TOKEN', lambda: 'ptr_' + urlsafe(43), ''),
 ('home_assistant_token', 'HASS_TOKEN', lambda: jwt({'iss': hx(32), 'iat': 1700000000 + R.randrange(10**7), 'exp': 2000000000 + R.randrange(10**7)}), ''),
 ('shodan_api_key', 'SHODAN_API_KEY', lambda: an(32), ''),
 ('virustotal_api_key', 'VT_API_KEY', lambda: hx(64), ''),
 ('abuseipdb_api_key', 'ABUSEIPDB_KEY', lambda: hx(80), ''),
 ('openweather_api_key', 'OPENWEATHER_API_KEY', lambda: hx(32), ''),
 ('alpha_vantage_api_key', 'ALPHAVANTAGE_API_KEY', lambda: up(16), ''),
 ('rapidapi_key', 'X_RAPIDAPI_KEY', lambda: hx(10) + 'msh' + an(15) + 'p1' + an(6) + 'jsn' + an(12), ''),
 ('serpapi_api_key', 'SERPAPI_API_KEY', lambda: hx(64), ''),
 ('deepl_auth_key', 'DEEPL_AUTH_KEY', lambda: uuid4() + ':fx', ''),
 ('maxmind_license_key', 'MAXMIND_LICENSE_KEY', lambda: an(6) + '_' + an(29) + '_mmk', ''),
 ('mux_token_secret', 'MUX_TOKEN_SECRET', lambda: s(AN + '+/', 75), ''),
 ('vimeo_access_token', 'VIMEO_ACCESS_TOKEN', lambda: hx(32), ''),
 ('twitch_client_secret', 'TWITCH_CLIENT_SECRET', lambda: lo(30), ''),
 ('reddit_client_secret', 'REDDIT_CLIENT_SECRET', lambda: urlsafe(30), ''),
 ('discord_client_secret', 'DISCORD_CLIENT_SECRET', lambda: urlsafe(32), ''),
 ('razorpay_key_secret', 'RAZORPAY_KEY_SECRET', lambda: an(24), ''),
 ('adyen_api_key', 'ADYEN_API_KEY', lambda: 'AQE' + an(3) + 'mfxJ' + s(AN + '+/', 150), 'guessed'),
 ('coinbase_api_secret', 'COINBASE_API_SECRET', lambda: an(32), ''),
 ('intercom_access_token', 'INTERCOM_ACCESS_TOKEN', lambda: 'dG9rOj' + an(54) + '=', 'guessed'),
 ('freshdesk_api_key', 'FRESHDESK_API_KEY', lambda: an(20), ''),
 ('frontapp_api_token', 'FRONT_API_TOKEN', lambda: jwt({'scopes': ['shared:*'], 'iat': 1700000000 + R.randrange(10**7), 'iss': 'front', 'sub': hx(20), 'jti': hx(16)}), ''),
 ('monday_api_token', 'MONDAY_API_TOKEN', lambda: jwt({'tid': R.randrange(10**8, 10**9), 'aai': 11, 'uid': R.randrange(10**7, 10**8), 'iad': '2025-03-04T10:11:12.000Z', 'per': 'me:write', 'actid': R.randrange(10**6, 10**7), 'rgn': 'euc1'}), ''),
 ('uptimerobot_api_key', 'UPTIMEROBOT_API_KEY', lambda: 'u' + dg(7) + '-' + hx(24), ''),
 ('logzio_token', 'LOGZIO_TOKEN', lambda: s(string.ascii_letters, 32), ''),
 ('splunk_hec_token', 'SPLUNK_HEC_TOKEN', lambda: uuid4(), ''),
 ('sumologic_access_key', 'SUMO_ACCESS_KEY', lambda: an(64), ''),
 ('gocardless_access_token', 'GOCARDLESS_ACCESS_TOKEN', lambda: 'live_' + urlsafe(40), ''),
 ('checkout_secret_key', 'CKO_SECRET_KEY', lambda: 'sk_' + lo(26) + hx(4), 'guessed'),
 ('lemonsqueezy_api_key', 'LEMONSQUEEZY_API_KEY', lambda: jwt({'aud': '1', 'jti': hx(80), 'iat': 1700000000, 'sub': dg(6), 'scopes': []}, 'RS256', 256), ''),
 ('paddle_api_key', 'PADDLE_API_KEY', lambda: 'pdl_live_apikey_01' + lo(24) + '_' + an(22) + '_' + an(3), 'guessed'),
 ('modal_token_secret', 'MODAL_TOKEN_SECRET', lambda: 'as-' + an(22), 'guessed'),
 ('depot_token', 'DEPOT_TOKEN', lambda: 'depot_org_' + hx(64), 'guessed'),
 ('doppler_personal_token', 'DOPPLER_PERSONAL_TOKEN', lambda: 'dp.pt.' + an(43), ''),
 ('scalingo_api_token', 'SCALINGO_API_TOKEN', lambda: 'tk-us-' + urlsafe(48), ''),
 ('fly_macaroon', 'FLY_ACCESS_TOKEN', lambda: 'fm2_' + urlsafe(300), 'guessed'),
]
TOK = {t[0]: t for t in TOKENS}

# ---------------------------------------------------------------- embedded key material (generated once, protects nothing)
KEYS = {
    'rsa_pkcs1': '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0lEoXOKie5gblejV0pbleDzO+WQt69xtvCsW5h/OL64Yk60s\nocPFVWolUbl118gRWviVddm0O8Fj70aG2b/NNZw+q4Nxex03dStBQRX83uZACN52\nXa4ajVlTm5Djep2VB+BOr2iNRnTBBM2ta97c/V5BwIXrjOl9ZwFkwAS0xlb8GHvw\nxzPQz6aQSRzTBW9glgjsdP0CV6wEOzw91au9LzwwhYNkjL0aTkWMczESJabTxqq7\nsjUjsUS4sKif6Niriu1MdIL+SqGIJ+O8PiGR4Rho+UIKhmWeoiLjI4sBgUmnDeTe\nAwGXtzuyRxDrTqK2FejBynty41mzMwyWYMlOOwIDAQABAoIBACTmdWD6qIxrzyc5\nr05gCEnUzXGnOIFh7uTtYHqmyOvHrWs3npWRPi2yznJsyja+VQEzjTGcrUkwsKJ6\nKs3In64QyFQaX048/Y5ytOPBAllvZ3vG4FimY+U573fjb24DePLlUZjoDKV4dacs\nmQlMlFRl9b5cIMxb6RMqBO3FxZvotKS3U9FV12fzQEVqVHZ/Rfzexmaq0XM00Jxq\n7vTWpZ81fe+Fwnmd3SapAYuq90juVtIyrDfk5MK7SmTaLtg+xGkT2RXTGhsvoIiS\nN6VjpoWj/11jwnxAapXNnFQM2VRwxa9Ggnxrpa/ZR0TjjJ2H7fq9np2VUNZROnlk\nxXTyzKECgYEA7rOKIlfQ3C4Sm2iWf5jln4qWVvXJowi3XOXHuYF94wxN8gANX08h\nOOU6bVB2nAuPwhoACbJMo3RJXrmeri72EVBoX9JWs0b67aZi9p6ZfvGt16WQudqI\n8AD4m2Vikbh04f6nGUv6AghSe/S7mji6imdvn6A8nTsz5QM0ej05w1sCgYEA4Y8G\nE6kinnmZj+VgPxQoI48IIoRT3RkjY64eoEZiaBfuB40/vc9icfUUPsTDi8cqejlt\n+96N+RVLp3CTN+GARWKCplqiphbFKrQ0A0TpUB7ni5XbmMiP7nGa+f5/DnlnIQe2\nOIKpikXtS4NUKK+o11H/lmwDoDiG25v2dXH09qECgYEAts+qK0M2ImrmtT8UhASF\nV/q7yT3Uf5hdVjhlDh2uXAVAbOa9VxEzUG++n5nQPRJdtzpSbRqwtz6IMpPWg3BT\n5E7AoSJmZEcoRnn3sQkmZaKSkWWrwass1SLpQ5oSM6ghXDO7phQaFRRql6SHSUXJ\nF9bAFnCR+5kr1Wju9++MHaECgYEArtd//WOBC1j1GR7TkXHdf1rTEnaCz4M59H23\nDcQhadEK2N27yDVmeTFhpRo+/i2/lojH4ZJteOPyBfP0mj95f89RuQPOynIiGe0f\n2Fzlgg7Cq2fZlj/5mfqECD8nXB/tOiRRMtLN+vojbAJ8DSHE/kt4lLBbyymmF7t4\nuyc/nKECgYBHBq1h0aZidaOAYeeoLt7VUFXddCRHTwSjBtgCY8A5gS2/7WrDDHXq\nogwWNclolDoizEJ9IphPXoRzYRWtlun0TJSSRbGOkddEhvGp6ejilwTWM6pnw05+\naOkM1OxfWI0KJkCBgMUKVCI7iH94DgmFSBJ/hwqPmOx7f0hB0SFAlw==\n-----END RSA PRIVATE KEY-----\n',
    'rsa_pkcs8': '-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCHDGaQ4kXpZufh\nqdE9S2ORAzsHktxQmEYqFg1pXlngr8PPPZXHdAtRP4CFE05GmBu2q+xJIUp5Mrpc\nfMjpU6emwFkepzy4WCnUlFX5liCWL7Qq7AVEfZHbspfLnWAMV2gNKRXtxREF6PrR\n78mnITtwIeeH8glYi9wEvxIGpIbWaPZq/vhvMk5JuNfWB3HS++CgGUC+7UnihqLE\nrtA8p9fHmO9wyxJT9NPVdFT2f0scN7BBshKiI62BlaBbpkFjt48kxZuexaV7VNbz\nkkpGd4q8p33yeLI551Z6nqnn14pxKCl/dVGpu/b4N37APF1+bfMhJgSIh8z6xVMP\ntzZWDRr/AgMBAAECggEALndsVP6eCnxvXZx2E658YDlp1qXH620xeyqiS7Z8m0wu\nxgBNKFb7y+VbHa6yWKTeqEBIaTMssj3rlIYVBP9VKJF3OI5XXKBtKCkv2dQ3eyWH\nytrxxwqjpKGzDAqmsShj819HHcwYGt36a0CjtD9BecgYp5R2dcKNng52L9XtVRlB\nd+k+4B6Nv67Zyb1YixRTBSduIa3Am+ndyxJgbJS76/BeEPd45Ip5HT+Yr8Ms1s2Y\n2xg8EH09upyAlvgVTgKu18EBePB6yMyJVdE/K2LDg+y0KeB1Im6ZjtrKTMGLTVow\nBWXqJMcfXXmT/EfaM/Oq8qYGznhmh/2R98vDxy8BUQKBgQC6p8/NAY/+t6MGUO5r\nATyl3Kx1ZmEe15BuHQczeH8Ujh7ZnuWojshVJTDfmVTwbdSRZu11vkICORrnl6wl\nj7Kr7C7sBaLhMBrivExwodDFADtTW/6/RpiHHAwWfKR0jwXkcGZSxZqOcHQRy4lf\norkiSaxHjscx++rjAPG9wwGskQKBgQC5OGkt4FZ+HUw+fR7zGDzwH+fMdoDSy60D\nBt5mqjpGNg/lkROu3+Ny/hzqmx0TcsNT+lJ1aINI+xt/chCHAkmefe11YD9ZwBUy\nn7ku9T11kl6H2C9cadzMtSxnkWoz4mDJEANQK1lqbknQmdsc1LVybxNRw/RrbD9q\nariCzFVWjwKBgCTiuq7hiyoj8gRyg9sDgI+qXy5IEBM/OBx6ggzK2Bogx7nrq6i2\npqIk2lalf2KP4bzmITDuay7zR/zSPUOi9QUChHdB2eE0V2vNGDH92DrGA/NCL8Ju\n2f+BLGZZNUqPZPOyvpXG1PcnA9jsZvZOOtWqx2/QqE6ZYN6BNkRwv+jxAoGAGSim\ncMrWNM85+gr410BllqBe1hEKspdj6tNWBk/9FmhlhGNObySOOqJ1vxBOxMOD8LZB\n2RzXKGSjeY4+3HfdFCA6zwTB1ikXOAcmGlDJhlzZZk5hMIZYrZ22aGMCMAYB6423\nRX596M0OTb14W9QwyVh5IVQisSzE+GmCopGqzdUCgYAbwNZWPcAOtyFOiYJ/TScu\n68hJ5Rqv1Vsipn9sJp92KNFS7Xxgix7viH6UxqNZtPybM8YJuoaYgQdRHNDfF2Fz\n1IG0IYvvf4w1JaLHpRoFmKqOzOvnsG8PVUs+Sq/7/bZdsKcwGmI2c/qudlsr56CQ\nYpRN24/TXPKKcE6uphcWoQ==\n-----END PRIVATE KEY-----\n',
    'ec_sec1': '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIMMT9TkDC017H1K4bo4BvrGLVtNh08aqEV14bCug8Ia4oAoGCCqGSM49\nAwEHoUQDQgAE+ubSOVaRHQB9blG64pQTbbKdudvAoTGgkQlZXOYg9EIXNiwNAeGz\nfgNaGOV/7oxztKU1w08lmLeVS/rbOIoJKQ==\n-----END EC PRIVATE KEY-----\n',
    'ec_p384_pkcs8': '-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCklBbI/ck1M0Nz4Err\nrhiY8ez0y/YfBIlI1Bj0P4fQHvdtnmRwIVaqqr1shkcjKEChZANiAASUXeFP+0gV\nkYOMRr25JyRihg2+UM58D9P4mBdK2M1C6CPR3VMGe3dqXIfStKdNcdoMOxa2L8Z8\nVq5RQnwR1lwLr48P7TZdvGbzDvRW7ueIyxThNeAbOakYBEdq0V315gw=\n-----END PRIVATE KEY-----\n',
    'ed25519_pkcs8': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBgpFOZbAuIExZ6OGNIgvEz81Bkv61Q784kSalIcmYMM\n-----END PRIVATE KEY-----\n',
    'ec_p256_pkcs8': '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAUKINTxibizgQWFs\ns3kFjh05eBrcVmgx42Q2wxNaFgehRANCAAQOEb9AruvVHURx5/gJJJn4iZwZm/+E\naF1AQUAEW2tVuxnJzhRsCloV30hC/3rfbzH1fZrq+XI+xGJ0MxkmUIcf\n-----END PRIVATE KEY-----\n',
    'encrypted_pkcs8': '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIUFhj4xk47zICAggA\nMAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCJKAP34M954GKQRr2BIlw+BIIE\n0GjbdhWBSVJV9lhFGwQdbAmxhroVYJauuvg6Jylx0kcok6BDHeq3KCVYP6/p/FnY\nVUGJORrQm+wnr5h+nY0FPedxhNiQGnZ4KQynWn1Yelg3AoBp0s7fflwGnbZmeGLE\nwM2U47yIMDYzre+YT+Q6DEjnpRwG4VC8ZeJLrRXtmB1eJhqq/zD7qq9RNY/mJhVT\nkG3O38ibaztnHUdmRXoddVf/va+L1EI2+JtWLw2J8mcGNQ7bpRJjk1snhe2NTn7P\ncHmotqdcx2/IWGX25N4WKBuZEkj+L0IwvQnJu/2LFL745WghdzZufHw/Go8VBGt7\nONlKU7X6cZlXBulcLADr/4kkyyz23EQ7IjulIgkpT8Ez5zVgcqxFENwhwjfEu+wS\nca7qqLim28BjmZScY1FWP1oQu9t/cBnIyB2ocNsNHHY6j6pAKU8lAeDajpXpz4Ub\ndBAjBO4v+opfiBYU6RZyYLAuwjgZL8eV6WMuf0GJPOD7Xv/YmoFK/W/Bmcs0me7a\n1oIiSGLBWDtme1Rg0oHdV4kizNvK8QTz0MKkWX3xqX8K1rVi6S5SwiqE8maA5j7B\n6B4xrnYBF06sVj4KxDpu2ucJwrrcxn0CtmDEvW1EKYu6fmP3qjJsDnysIQzh9pLR\nwt1pzK0K9nQ2LVolDWhvXaz35uG1D9DqDUZ19VP4S1PwrVg50grwBLOwkZR0594f\nSxPL6RDnIbNpqG8dcHwSomJT4atHsizj6dYS95SyNNOmrO8QmmtOIwn5Chn+9rcZ\nLUxQJ2/lHYAXqq4xyr44kFnuo6dR8X2I9tqeu2ombFkCVECBwXYyTeste1+rqFD3\n9/RyEOxXEHMzXrwejCd+cGsfFwPCVbKwcM49NY1mnkvGnl+LjsmdoxjXZZOtGysD\nLJOVetGPMaSp3IS3EV4uiZE5yo3j1dTFYKLyAVitJD2KRP2ltPxodfLSds/73o6f\nwV4o4ryq+3zc4Pc/0DEcZveMXs0+dNoJXcqT8Up1xbHjn1rjtQFy4EeYiQHFFEq7\noTrWeGPilrf39c2kJWUYaj+Czh1gkd2GI8DxwpCtY5hYfp4Ay5iQH/q6y7fQ9FKy\nWLjzwizbJ8NvEkhxxnFIYyJPaPfw2KdlBghJQ777ytz/Wt/vg9oJEY522DnRt5tY\nFGuoTqcHqnZvWGuKh3qO1q6Or3v0glVmaCQowmt657wrTfwpnXjiPzLSKWoJ74+H\n1WpZ5KkrbfpXmqVlVRppsYvPJNJ5XvgjdM8A1tBdf5Ijwb4rJrq1rred37TPHd4m\nD+b0kEs2WmmhE3UngDDAF16mIf4etu4/tHrTpgZCmZJh4xLWFB2jSyI+BBmQTvvn\nIKWs78XnPobbVRxo1y7pwosjHjr7MiKnwC5OSL40bIGAjDkFEvrtshpNCsFfoz03\nG6Qb9NDZALk/x1zua7D64/iLMONYXYMz44/Fi1ufyUrY9wlLQIun+9DlEvO0t4Y0\nPRafOQMPq/5LGvwT7s+uofDKIDQ34Du2kYhqPPq+L0O4jnWhCR9S1SalUZnsaKj8\n+m/sYfh4xWJR4/MR/gtD+O8isxiM9jVOfYztpbDjnAp9zFoz3V+TqB7fFgcDT3s2\n4Rdhc4tCH9GdA2nwJr1Imeh8bAUIbF0OD5x90NTqghkF\n-----END ENCRYPTED PRIVATE KEY-----\n',
    'openssh_ed25519': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACAaSK+EwQtePkZ5YM8dvmy807u93YwBub5uEDP3LBTf7wAAAJi/Sia3v0om\ntwAAAAtzc2gtZWQyNTUxOQAAACAaSK+EwQtePkZ5YM8dvmy807u93YwBub5uEDP3LBTf7w\nAAAECq9p7VEd+mhugT//xvLB/eI/bTuJAx9HCQHema3beU+RpIr4TBC14+Rnlgzx2+bLzT\nu73djAG5vm4QM/csFN/vAAAAD2RlcGxveUBidWlsZC0wNwECAwQFBg==\n-----END OPENSSH PRIVATE KEY-----\n',
    'openssh_ecdsa': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAaAAAABNlY2RzYS\n1zaGEyLW5pc3RwMjU2AAAACG5pc3RwMjU2AAAAQQQ1LKD5xZPZMlhgsitDD7LetL5hQZEt\na5YHWM8J45kqwOMNVOTQbl9kwiD4FTl0zvbhBWqu6jd9iF7q3ogG6r8BAAAAqGQhns1kIZ\n7NAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBDUsoPnFk9kyWGCy\nK0MPst60vmFBkS1rlgdYzwnjmSrA4w1U5NBuX2TCIPgVOXTO9uEFaq7qN32IXureiAbqvw\nEAAAAgLoZqPnm5Ak79H8BwSG6r6biMG7dxMlHZAGRBwYx6W58AAAAJY2ktcnVubmVyAQID\nBAUGBw==\n-----END OPENSSH PRIVATE KEY-----\n',
    'cert_public': '-----BEGIN CERTIFICATE-----\nMIIBljCCATugAwIBAgIULQVj5bhUNIbL6YAWpt/c4a+9eZ4wCgYIKoZIzj0EAwIw\nIDEeMBwGA1UEAwwVaW50cmFuZXQuZXhhbXBsZS50ZXN0MB4XDTI2MTIwMjIyMDc0\nMloXDTI3MTIwMjIyMDc0MlowIDEeMBwGA1UEAwwVaW50cmFuZXQuZXhhbXBsZS50\nZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE+ubSOVaRHQB9blG64pQTbbKd\nudvAoTGgkQlZXOYg9EIXNiwNAeGzfgNaGOV/7oxztKU1w08lmLeVS/rbOIoJKaNT\nMFEwHQYDVR0OBBYEFLZz9w0ffgQdqJA1xXpUGFMT9sgwMB8GA1UdIwQYMBaAFLZz\n9w0ffgQdqJA1xXpUGFMT9sgwMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\nSQAwRgIhAPIcjyuNBo2MhM1O9f9/cH1D6uH2zsP508s3atdzrUU9AiEA4FSGofSL\nRUWNrGwy8GqiZxgMOtDCBowzCzqj3BQQj2Y=\n-----END CERTIFICATE-----\n',
    'pub_p384': '-----BEGIN PUBLIC KEY-----\nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAElF3hT/tIFZGDjEa9uSckYoYNvlDOfA/T\n+JgXStjNQugj0d1TBnt3alyH0rSnTXHaDDsWti/GfFauUUJ8EdZcC6+PD+02Xbxm\n8w70Vu7niMsU4TXgGzmpGARHatFd9eYM\n-----END PUBLIC KEY-----\n',
    'ossh_ed_pub': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBpIr4TBC14+Rnlgzx2+bLzTu73djAG5vm4QM/csFN/v deploy@build-07\n',
}
KEYS.update({
    'rsa_pkcs1_b': '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAmkHrIQC/VPSjTBAjYOtLaQjPPgyd5x9FC8bmZdJzV5G151c3\n5rvg/yVkZ6388YXtmSrWaLu9tHsYgjMJKd1Q+fwvs1nq0CEJN6xRfRq6Wd3xIFnN\nTKEJsFWHvclh1FfKDxudW4jIGt+9sLQ6xViiA/ucSXzZgobAVFCHI37Uh1uhcKu9\no85Yf8IIrL2GdUl/kU+vWwlsEjJzoGFLimHs741uRpvexMAHKhNNQ3EtjjKa8SDW\nZExpBJXNtwVptPXEbwC4bb42Lvp/uv9AgCPTrQqK1MiGrKUYSYD7YzR6aX6c6Wql\nORoTVBHLW72ZaTWtzktHPW3LgaSWAOYtPYJSHwIDAQABAoIBAAaBmA8MGGw9f6zt\nbVPHX0BIRj11JZMImmfujrjMUV/n96BdtfzkZcJwa4JRlotoihn3JZRefstGLRJC\nYGheOyEgH7IheionJCiV+wxOYuSRda8j1BxStBu2fJ0AcA2w89PPs8MwyyF4pTT2\n+34BYmwA+8zAGFVNPuV150B6NzD/F2ze+3ZdbiEsLReTRskQkBPyUivwGZ6sNrDp\nrNXq465Bu02W+nMcfoxz+BxreWH/DR8z0nkDKc3mhPUB7rA1ORkwrZzTfhRHnPG2\n5Wk8gjRlsmmdiLFa9HV6TsMbJXukydrYR+1x1mN7kfExYYmiHnHQISF1trE4GESP\ngylQn8kCgYEAzf+/klrnfGmD5BiLkr3kZyO8tGobWkXSJpuCJ1sdNYFlCl8QD9HT\nMQb4c1JbE+WryjACdCR++bkXlt8qSbp3OCsleDN4WkQtU1l39jgIm7ipon1MMsYp\nDl+Dje0UXahBZzs46SPhnYLIAevtQV4INLeZpX9WJVqWs/I2erfde3MCgYEAv7MV\nl3YWlWLXmJvK0nlP6TQ1vs+/3BXjl4rBdFnSVwtDye8Tx1istLV1hcIA34cu0ovM\nJ8B5p+AWgE9ynKQFU5p4Ul676XWxhFnpd21mTh3EWqvEpfJom3YKvdkU0IkXNflF\npiP8ey2NhX/hR6sdUGthnqG68rsf5bz8OJ9o+6UCgYEAolh44N3Va144vE1/yfDv\njT1D3ad10QoPma+avmt3NJC6UZcjsGP7nbrRmQkBkEfDwH9fn6qXizUM2zEbQam7\nhT+zsuxVYEY0tmhfO2NjnV3GCrHWmHlFJ/esVPDPyRPuH24z5sEJcLn96E3H2GlD\n7E/5vc0B1kRzWnN77fDzkvMCgYAkZ8Ar+XMkf5buFngYLI2ufgnO6OlIxKdqOiGv\nFPfLLAp9qPeang5+aw+cjVFZIfUUaxQkYHs6FGZxi6T6dnPEgsti6TbKiV1jAyhB\nU/df0mtdxM0drsGK9Inpr/Yx/Db6OxKtEJx8UBRWTAjecXKpuRra41/7hOnz2UYV\nAsEPOQKBgC9NTXP8INEn5doAr3sdPK9Cl/VXSiRud0SE2nB6zgQTlQs/le6PgaIW\nKT3Yi5WcvnO0pM72P8i4raZBz5b5t4AVIzei8b/ljsEYGUn7NRCPAfAU8mWa1lge\nL+xAGNoLqg63CFNCDys1KPW+Jh5BNoF27JnK/8zlZCnHmAfEP0Tw\n-----END RSA PRIVATE KEY-----\n',
    'rsa_pkcs1_c': '-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAumzoN6oQvcLcCSHLvmnYBloYRjefK0A300w1KRO6OoaxQH3c\nuUqIw1QH+M538ZCkgoIJjmbMQ2ZzE/KCuE/ytxftwYcfQyK7hC2RK6F6tyTOyihr\ncpgXPPZv1G/FbBW74EtlHb8uQNrfY96jphHbV4KYhhVi/icJys3Dw2o40FE0NoAl\n4JwMLLmQP0KZ/uAb0tuuCmNWQpZ6tHnHLOVZTiLe3oqRXmH5koUw5SvsHqiZ/SQP\nuHlsFAnXxYEUXmpOfEGmBhFFr6dePiGx2yZUChbZphc8VVCAmm2u5ZSPK/XxQ9D+\nVqQETmjKkYaVWoEkZhkQYdWs2/lBnS731A8uPwIDAQABAoIBABi9/4vzvEkTJZTo\nsVvSPGOLbZFULIHXAhG/GYccISlHWxsOGU9WPxR9gJla/bxH0C2qCI6nwhBn9nn9\nQ7AmnDYErP90aYfFglGmoo/B3MGV1wQpnSkWWm8y3eC5/N+9erPoDcGG8CKXafKd\nR+bwk8XnhUq2Z+8HS1tpN8QlwuiSxGYLlye6lvt8o2NB60UH/3B0rqB1PIkjES0B\n1EHrQWetIPki2SKEsbqZekXCQQLo7gjjXK62tsApDro3aUgkbBnnk7I+Iw3Nr+wx\nKzyuVwHlGojmNt+USHZKnMYDpxf6plriXrInqdiUkDOYfYlDLafS0UNkJumYrsu6\nTmCjCzECgYEA5YfhWXTB9sP3SfFeRMI+rv4xvI1DhHsoyO0zCPLKAh7mCUXZJdAS\nIgxRq/a4gMM3hVi6O76yDyYcpmTmZu/r2wcCtKOMUXm61AIacyPNil8s/FgchXu3\n+7Xndbgz2QhG7XgX19wBDypFOMYr5Sjo0/nXodDC+NmP5l0EHADfExsCgYEAz+x8\nnzvTh14srNk+YSiFRjPX8XSIvrIws7gAPto7Q8pyUp2zpiTzPcq+D0jZwumovP+6\nuE6ttsoGa2E/ZN2FNpU38yf0WHU9bWUGQtdSjq3La0jlHimd7vLqFZraO7Z/j354\n4hBCL1nAiX1l1tDcN2BK0XPGpEzT45FeET7tH60CgYEAoZCi9Cf2fC92usq2k2mz\nW9Q7yEAbXX6ft8cXXF4iCZocTDypXC95BBRtzMDvIFvJkghhlrpldbpbAlkVwTFy\ncIsfwW050QQBmUgdvBxgitzxunJ/KQpr+DcTxM4zWLq1ymP1TJFlAXq8nPkJXtYM\nBWHhAdsD0sy5uOqSgO+wFi8CgYEAt0g1SoAIJGmFZBBUBn0bjhihH/yjlcWpXKKz\nxLPGTimkwOK2u5wStsOC6iJDoqcp0QBz7YedZWWMZxdgNF94z/aVTUhJAbjHHylQ\nbZc09QSKLdYh8Yap6zpB0i2gdcaXhzvq/wtp7Cdnq0rYfJW7qSy+hwdRcP8wQIeh\nrf4UNDkCgYEAtXBh/ShJ7ONQiWL28aJIEhokrJXwwtSjMGa3aGC2pHGlKIG1so6s\nXa1GxUN7sFLyxJ7fvP89Hkn97ivSqDDYw/xv0L+SRAbjzUvO05fOB+4I8x0QH+tn\nlS3iQZ5G2qWWzCYkpfCWVMcKK5ooESh1WFL2NzN68uplgFEhnWid438=\n-----END RSA PRIVATE KEY-----\n',
    'ec_sec1_b': '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEINdpxA6A3jg4KaPEfo0jqGBr2EvnDOBbJNq25b0ESCTMoAoGCCqGSM49\nAwEHoUQDQgAEBqYZjAgUv7s8qSWAJf81oPYKpLS6rsNTaZ/LPEd6bsfhbFSVQ0ck\nFiZzp+tbbXpxeDm33UjZ6GDjn2psj3gk6Q==\n-----END EC PRIVATE KEY-----\n',
    'ec_sec1_c': '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIO8wC++UGwzg0kSlTBW23r9TWC4OI3GBwyDz+pGSs4meoAoGCCqGSM49\nAwEHoUQDQgAEMS84qoR0BprIbi+yWGGY5g8sdRrotX9RmYn7yrxzRhBT6s5SSQPc\nxnDpaW0KcarAdscrJI4OLyORxPMwA2cfSA==\n-----END EC PRIVATE KEY-----\n',
    'ed25519_pkcs8_b': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEILMvreZrCDCROSOULuE1YVLQu46LZ5DLN9KDsmGL3KV5\n-----END PRIVATE KEY-----\n',
    'ed25519_pkcs8_c': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIIz+QEXHMehhxwuAxNYQ5DzgLQIiD290gNN/d8BRaW1f\n-----END PRIVATE KEY-----\n',
    'openssh_ed25519_b': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACAdYslQEsi/E67DNKJflwrR8OAV3WA+WIj9iEUzR9dhugAAAJBopYe8aKWH\nvAAAAAtzc2gtZWQyNTUxOQAAACAdYslQEsi/E67DNKJflwrR8OAV3WA+WIj9iEUzR9dhug\nAAAEBqv2A4L/FxdW/dxG/9nU+8n7t/9Y8y4k1dOM+TT8IT+B1iyVASyL8TrsM0ol+XCtHw\n4BXdYD5YiP2IRTNH12G6AAAACXN2YzFAaG9zdAECAwQ=\n-----END OPENSSH PRIVATE KEY-----\n',
    'openssh_ed25519_c': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBIyToNeUdNNu76dmng8tbIT1Gv11+9lXeE6EoU0Vm69wAAAJCuHqnErh6p\nxAAAAAtzc2gtZWQyNTUxOQAAACBIyToNeUdNNu76dmng8tbIT1Gv11+9lXeE6EoU0Vm69w\nAAAECcEQMQiiWj47TJyzBeFYsQvLAyLtp52fSalvx4bCIpGkjJOg15R0027vp2aeDy1shP\nUa/XX72Vd4ToShTRWbr3AAAACXN2YzJAaG9zdAECAwQ=\n-----END OPENSSH PRIVATE KEY-----\n',
    'rsa_pkcs8_b': '-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDceLF5u7YH9hEY\n9+I+V/7J7QQrDH5zuHnAEXCOgmdioSMdZ6+Fd6vi5X5fr7YVBkj/kb5LHqsv3nmX\nXnkpGffIxgz/coxte9EvMt4NzOrbYVCzhGFCk+ReIjgpl1d8wiXysX8tDHMnY0nT\nZ0HIQloGnE+juG8yzQyJa+baeJ7jjN12gARZXZotlqwGNeI/qDcXi48DNFpFy2Xq\nn7nQRMHVcQiblNFDhdgwT/J9dpE8iPYMOoDvQwjucV4tO2Jm386HK696Zz0q9hsa\nJ3zOissVjNmCxzv5o0WJadOGe8DP930NKzsHX9Nf6ZKDMU7Pp2OkR6eiX6W30aDr\nR/i3G6VzAgMBAAECggEAAYY3bfdRzXTdNGXKduAIPD+ObJ/FDNTUZHrYcrEegoDk\nbYRE3WjN/lGV9qZGZTKLVgW8KaJ2RL3lfxny4klkx/lZmGm+rhuGNW7M07VEB7Dl\nsCL04X3SXD2GHS8D6QeOiqtzpDQTudw3MWgV4gcBG8K+U12eBxOhNmSfRN6nzdeC\nqZZ8apUCeUncunVLQUhLbFLfk6eUHrsiXgfdTarxBoatocrtkUduBisuHzbFDqD1\njldgAFg5eO8zcowvxUMwBdLezEtxvd19QrL1rNoRBFWIHn/G9Vc8A/DwE3T3o4bF\njz3OlQX9dKeARkPg5AVhRFYTqPOQSdv+33+4Ne/pkQKBgQD5YLy247tB5Ejn6IZU\nNxV3wQi7OSyyF2aAj0R4IvWPcum9qY7EnVNgOPwRiDeJ8RjhqGmCJ1FHbSvwdqnZ\nygH7Ssuish5Rn07xT7nzuehP3YdNm1Bh/YJpMQYgKQlBuNqRisjqK+qABlIziLFM\nFWzvWG/6V4ZCw42B2jOmgsH/wwKBgQDiU3N/8dy/M+SBg7R+W+XxBjwj2QaPZSGm\nRHI5SWP3cFmKw0aAv7ERpcBHL8rWqzYbTuQN19m4BA3IstiTpngjHZERFKTfeL2q\nhNpDoi6Ygkgc/Hhh1RYn5QnMOV/vSXTFHerGWdrw+AbVfjFsYJWmDBh26LkQT/e5\nnrpgw0qYkQKBgQC/QB5akLpq5T24hU6HxZr0NZmRpF6P0nxs+fMDw6PZuMJkD2aL\niTCJKgq/E12sr7dqUHNiOu8NvT8mcor+mPr+ErWrd7ji1i9/x6oPrjLpFTcQIJ38\nGKTsMYnGHlKYEcGmPu6pELcOKkredOWsOP5LbOKr9nXkO/8JaCOWfs9zawKBgA7v\nnO6zonLH1OurKm0wWWNnmu5usx0henADkloverZoprAepPd4LxJQEvlfsQ4rrF1u\n/mPfe9HGCrbU/q/3y3PdzqYG676HtFSdgd32xQZxiprHGpayPk0Rs2zT2H3tJhSg\nHc9LPMSsSZ8rPc2+LgIQSEkIoLXv4RRR4lDicnjRAoGBAJ7fXORXOxp5mJG++65J\n56VikawpRPF8pzumousrguRTNyiFOga//kASrjhATfiMUqzfRzxmS7gNN9+GRAez\nLuOtav7qdevbffgtztJp+CYsMMbg8XeiBgapC5JITbD895LQwGAo95+j/DanfnU4\nkQAu9zo6AVuIOVdVZyQdtGHp\n-----END PRIVATE KEY-----\n',
    'ec_p384_sec1': '-----BEGIN EC PRIVATE KEY-----\nMIGkAgEBBDCWegyVOclD+br568Wf8K2r4fAojRpI7ZYz87QaT9fSr0zZoHa/gGu3\nUscp415mehygBwYFK4EEACKhZANiAASAOAUB0vg4gTbfUvkzmC8UoaSpVCx31ts0\nyBe6JHfToVK3NLSFyeoF0sGePMpO4Thmus4I0EW9n63PZuNKzplktTkMZiMdlI7M\nExc8A7COGdr4KqZqgP7nhFVmnICSAn8=\n-----END EC PRIVATE KEY-----\n',
    'encrypted_pkcs8_b': '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAghIEBKrdMJQgICCAAw\nDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEELQZVC1rOGxGhvyX4EYVQT8EgZDo\nfDgkDPjULIgSV1UwPk5/CYFfIDM/FLQVreRytizsVW9IMuvNDPUt/URfmv3Otrwb\no8c8a+4Wfre5lixD/eP94oUrvFOQTnYgFqJZcIOQwkfMnkU2iww5JHodHhlFbdrJ\npFRKdrWash+nWUJzPl7rkCVNzkcj/ayUKOxqpeUnvmUitwIlZ60hM2q+XCU2P3s=\n-----END ENCRYPTED PRIVATE KEY-----\n',
    'x25519_pkcs8': '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIFBryO8QnhEoZL3ZAOK2lBO2wLgFC/MGtDjhmfGJDxB6\n-----END PRIVATE KEY-----\n',
})

# ---------------------------------------------------------------- record assembly
MARK = re.compile(r'«(\w+)»')
def fill(tpl, subs):
    """subs: marker -> str (unlabelled) or (value, type[, plain]) (labelled)."""
    out = []; spans = []; pos = 0; i = 0
    for m in MARK.finditer(tpl):
        lit = tpl[i:m.start()]; out.append(lit); pos += len(lit)
        v = subs[m.group(1)]
        if isinstance(v, tuple):
            val = v[0]; sp = {'value': val, 'start': pos, 'end': pos + len(val), 'type': v[1]}
            if len(v) > 2 and v[2] is not None: sp['plain'] = v[2]
            spans.append(sp)
        else:
            val = v
        out.append(val); pos += len(val); i = m.end()
    out.append(tpl[i:])
    return ''.join(out), spans

def styles(NAME):
    w = NAME.lower().split('_')
    return {'env': NAME, 'snake': '_'.join(w), 'camel': w[0] + ''.join(x.capitalize() for x in w[1:]),
            'kebab': '-'.join(w), 'dot': '.'.join(w), 'pascal': ''.join(x.capitalize() for x in w),
            'label': ' '.join(w).capitalize(), 'title': ' '.join(x.capitalize() for x in w)}

# generic containers: (kind, family, name style, template)
GENERIC = [
 ('kdl_document', 'config_languages', 'kebab', 'service "billing" {\n    replicas 2\n    env «N»="«S»"\n}\n'),
 ('ron_rust_object_notation', 'config_languages', 'snake', 'Config(\n    listen: "0.0.0.0:8443",\n    «N»: "«S»",\n    verbose: false,\n)\n'),
 ('nestedtext_file', 'config_languages', 'snake', 'service:\n    name: ledger\n    «N»: «S»\n    retries: 3\n'),
 ('pkl_module', 'config_languages', 'camel', 'amends "base.pkl"\n\nhost = "api.internal"\n«N» = "«S»"\n'),
 ('nickel_config', 'config_languages', 'snake', '{\n  region = "eu-central",\n  «N» = "«S»",\n} | Schema\n'),
 ('hocon_include_override', 'config_languages', 'camel', 'include "base.conf"\napp {\n  http.port = 9000\n  «N» = "«S»"\n}\n'),
 ('toml_inline_table', 'config_languages', 'snake', '[providers]\nprimary = { region = "us-east-2", «N» = "«S»" }\n'),
 ('toml_multiline_literal', 'config_languages', 'snake', "[secrets]\n«N» = '''«S»'''\n"),
 ('yaml_flow_mapping', 'config_languages', 'snake', 'deploy: {stage: prod, «N»: "«S»", canary: false}\n'),
 ('yaml_single_quoted_multi_doc', 'config_languages', 'snake', "---\nkind: defaults\n---\nkind: overrides\n«N»: '«S»'\n"),
 ('xml_attribute_config', 'config_languages', 'camel', '<?xml version="1.0"?>\n<settings>\n  <add key="«N»" value="«S»"/>\n</settings>\n'),
 ('plist_xml_dict', 'config_languages', 'pascal', '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>«N»</key>\n\t<string>«S»</string>\n</dict>\n</plist>\n'),
 ('properties_colon_separator', 'config_languages', 'dot', '# generated by deploy tool\napp.name: ledger\n«N»: «S»\n'),
 ('ini_semicolon_comments', 'config_languages', 'snake', '; production overrides\n[upstream]\nurl = https://api.partner.example\n«N» = «S»\n'),
 ('conf_apache_style_block', 'config_languages', 'pascal', '<Integration partner>\n    Endpoint https://partner.example/v2\n    «N» "«S»"\n</Integration>\n'),
 ('nginx_env_directive', 'service_configs', 'env', 'env TZ=UTC;\nenv «N»=«S»;\nworker_processes auto;\n'),
 ('zig_build_options', 'source_code', 'snake', 'const std = @import("std");\npub const «N»: []const u8 = "«S»";\n'),
 ('nim_const', 'source_code', 'camel', 'import std/httpclient\n\nconst «N» = "«S»"\nlet client = newHttpClient()\n'),
 ('crystal_constant', 'source_code', 'env', 'require "http/client"\n\n«N» = "«S»"\nHTTP::Client.get("https://api.example")\n'),
 ('gleam_const', 'source_code', 'snake', 'import gleam/http\n\nconst «N» = "«S»"\n'),
 ('ocaml_let_binding', 'source_code', 'snake', 'let «N» = "«S»"\nlet () = Lwt_main.run (fetch ~token:«N» ())\n'),
 ('fsharp_literal', 'source_code', 'pascal', '[<Literal>]\nlet «N» = "«S»"\n'),
 ('clojure_def', 'source_code', 'kebab', '(ns acme.config)\n\n(def ^:private «N» "«S»")\n'),
 ('racket_define', 'source_code', 'kebab', '#lang racket\n(define «N» "«S»")\n'),
 ('common_lisp_defparameter', 'source_code', 'kebab', '(defparameter *«N»* "«S»")\n'),
 ('fortran_parameter', 'source_code', 'snake', "program sync\n  character(len=*), parameter :: «N» = '«S»'\nend program sync\n"),
 ('cobol_working_storage', 'source_code', 'kebab', '       WORKING-STORAGE SECTION.\n       01 WS-«N» PIC X(120) VALUE "«S»".\n'),
 ('ada_constant', 'source_code', 'pascal', 'package Config is\n   «N» : constant String := "«S»";\nend Config;\n'),
 ('delphi_const', 'source_code', 'pascal', "unit Secrets;\ninterface\nconst\n  «N» = '«S»';\nimplementation\nend.\n"),
 ('vbnet_const', 'source_code', 'pascal', 'Module Settings\n    Public Const «N» As String = "«S»"\nEnd Module\n'),
 ('vba_module', 'source_code', 'pascal', 'Attribute VB_Name = "modApi"\nPrivate Const «N» As String = "«S»"\n'),
 ('autohotkey_script', 'source_code', 'pascal', '#Requires AutoHotkey v2.0\n«N» := "«S»"\nWhr := ComObject("WinHttp.WinHttpRequest.5.1")\n'),
 ('applescript_property', 'source_code', 'camel', 'property «N» : "«S»"\ndo shell script "curl -s https://api.example/ping"\n'),
 ('tcl_set', 'source_code', 'snake', 'package require http\nset «N» "«S»"\n'),
 ('awk_begin_block', 'source_code', 'snake', 'BEGIN { «N» = "«S»"; FS = "," }\n{ print $1 }\n'),
 ('groovy_script_def', 'source_code', 'camel', 'def «N» = "«S»"\nprintln "using ${«N».take(4)}..."\n'),
 ('kotlin_script_kts', 'source_code', 'camel', 'val «N» = "«S»"\ntasks.register("ping") { doLast { println("ok") } }\n'),
 ('objective_c_nsstring', 'source_code', 'camel', 'static NSString * const k«N» = @"«S»";\n'),
 ('cpp_constexpr', 'source_code', 'camel', '#include <string_view>\nconstexpr std::string_view «N»{"«S»"};\n'),
 ('d_lang_enum', 'source_code', 'camel', 'module cfg;\nenum «N» = "«S»";\n'),
 ('v_lang_const', 'source_code', 'snake', 'const «N» = \'«S»\'\n'),
 ('odin_constant', 'source_code', 'snake', 'package main\n«N» :: "«S»"\n'),
 ('erlang_define_macro', 'source_code', 'env', '-module(api).\n-define(«N», <<"«S»">>).\n'),
 ('prolog_fact', 'source_code', 'snake', 'credential(«N», "«S»").\n'),
 ('solidity_test_helper', 'source_code', 'camel', '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\ncontract Deploy {\n    string constant «N» = "«S»";\n}\n'),
 ('haxe_static_inline', 'source_code', 'env', 'class Keys {\n    public static inline var «N»:String = "«S»";\n}\n'),
 ('apex_class', 'source_code', 'env', 'public class PartnerCallout {\n    private static final String «N» = \'«S»\';\n}\n'),
 ('abap_constants', 'source_code', 'snake', "CONSTANTS: lc_«N» TYPE string VALUE '«S»'.\n"),
 ('plsql_declare', 'sql_and_db_shells', 'snake', "DECLARE\n  l_«N» VARCHAR2(200) := '«S»';\nBEGIN\n  NULL;\nEND;\n/\n"),
 ('tsql_declare_set', 'sql_and_db_shells', 'snake', "DECLARE @«N» NVARCHAR(200);\nSET @«N» = N'«S»';\n"),
 ('matlab_script', 'source_code', 'camel', "%% fetch data\n«N» = '«S»';\nopts = weboptions('HeaderFields', {'Authorization', «N»});\n"),
 ('sas_macro_let', 'source_code', 'snake', '%let «N» = «S»;\nproc http url="https://api.example/v1" method="GET"; run;\n'),
 ('stata_local', 'source_code', 'snake', 'local «N» "«S»"\n'),
 ('elm_module', 'source_code', 'camel', 'module Config exposing («N»)\n\n«N» : String\n«N» =\n    "«S»"\n'),
 ('purescript_value', 'source_code', 'camel', 'module Config where\n\n«N» :: String\n«N» = "«S»"\n'),
 ('rescript_let', 'source_code', 'camel', 'let «N» = "«S»"\n'),
 ('gdscript_const', 'source_code', 'env', 'extends Node\n\nconst «N» := "«S»"\n'),
 ('luau_roblox_module', 'source_code', 'pascal', 'local Config = {}\nConfig.«N» = "«S»"\nreturn Config\n'),
 ('arduino_sketch_define', 'source_code', 'env', '#include <WiFi.h>\n#define «N» "«S»"\nvoid setup() { Serial.begin(115200); }\n'),
 ('micropython_secrets_py', 'source_code', 'snake', "# secrets.py on the board\nsecrets = {\n    'ssid': 'lab-iot',\n    '«N»': '«S»',\n}\n"),
 ('circuitpython_settings_toml', 'config_languages', 'env', 'CIRCUITPY_WIFI_SSID = "lab-iot"\n«N» = "«S»"\n'),
 ('structured_text_plc', 'source_code', 'pascal', 'VAR CONSTANT\n    «N» : STRING(120) := \'«S»\';\nEND_VAR\n'),
 ('verilog_parameter', 'source_code', 'env', 'module cfg;\n  localparam string «N» = "«S»";\nendmodule\n'),
 ('mojo_alias', 'source_code', 'env', 'alias «N» = "«S»"\n\nfn main():\n    print("ready")\n'),
 ('powershell_dsc_configuration', 'iac_and_config_management', 'pascal', 'Configuration WebNode {\n    Node "web01" {\n        Environment «N» {\n            Name  = "«N»"\n            Value = "«S»"\n        }\n    }\n}\n'),
 ('opentofu_tofu_locals', 'iac_and_config_management', 'snake', 'locals {\n  «N» = "«S»"\n}\n'),
 ('bicep_param_file', 'iac_and_config_management', 'camel', "using './main.bicep'\n\nparam «N» = '«S»'\n"),
 ('arm_parameters_json', 'iac_and_config_management', 'camel', '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "parameters": {\n    "«N»": { "value": "«S»" }\n  }\n}\n'),
 ('cdk_typescript_stack', 'iac_and_config_management', 'camel', "new lambda.Function(this, 'Fn', {\n  environment: { «N»: '«S»' },\n});\n"),
 ('puppet_manifest_pp', 'iac_and_config_management', 'snake', "class profile::api {\n  $«N» = '«S»'\n  file { '/etc/api.env': content => \"KEY=${«N»}\\n\" }\n}\n"),
 ('cfengine_vars', 'iac_and_config_management', 'snake', 'bundle common secrets {\n  vars:\n    "«N»" string => "«S»";\n}\n'),
 ('capistrano_deploy_rb', 'build_and_automation_scripts', 'snake', "set :default_env, { '«N»' => '«S»' }\n"),
 ('fabric_fabfile', 'build_and_automation_scripts', 'env', 'from fabric import task\n\n«N» = "«S»"\n\n@task\ndef deploy(c):\n    c.run("systemctl restart api")\n'),
 ('rakefile_env', 'build_and_automation_scripts', 'env', "task :publish do\n  ENV['«N»'] = '«S»'\n  sh 'bundle exec rake release'\nend\n"),
 ('gulpfile_js', 'build_and_automation_scripts', 'env', "const gulp = require('gulp');\nprocess.env.«N» = '«S»';\n"),
 ('deployer_php_recipe', 'build_and_automation_scripts', 'snake', "<?php\nnamespace Deployer;\nset('«N»', '«S»');\n"),
 ('astro_config_vite_define', 'frontend_bundles', 'env', "export default defineConfig({\n  vite: { define: { 'import.meta.env.«N»': JSON.stringify('«S»') } },\n});\n"),
 ('nuxt_runtime_config', 'frontend_bundles', 'camel', "export default defineNuxtConfig({\n  runtimeConfig: {\n    «N»: '«S»',\n  },\n})\n"),
 ('angular_environment_ts', 'frontend_bundles', 'camel', 'export const environment = {\n  production: true,\n  «N»: \'«S»\',\n};\n'),
 ('ember_config_environment', 'frontend_bundles', 'camel', "module.exports = function (environment) {\n  let ENV = { APP: { «N»: '«S»' } };\n  return ENV;\n};\n"),
 ('expo_app_json_extra', 'frontend_bundles', 'camel', '{\n  "expo": {\n    "name": "field-app",\n    "extra": { "«N»": "«S»" }\n  }\n}\n'),
 ('capacitor_config_ts', 'frontend_bundles', 'camel', "const config: CapacitorConfig = {\n  appId: 'com.acme.field',\n  plugins: { Api: { «N»: '«S»' } },\n};\n"),
 ('electron_builder_yml', 'build_systems_and_package_managers', 'env', 'appId: com.acme.desk\npublish:\n  provider: generic\n  url: https://updates.acme.example\nenv:\n  «N»: «S»\n'),
 ('tauri_conf_json', 'frontend_bundles', 'camel', '{\n  "productName": "desk",\n  "plugins": { "updater": { "«N»": "«S»" } }\n}\n'),
 ('cordova_config_xml', 'frontend_bundles', 'env', '<widget id="com.acme.app" version="1.0.0">\n  <preference name="«N»" value="«S»" />\n</widget>\n'),
 ('flutter_dart_define_cli', 'cli_invocations', 'env', 'flutter build apk --release --dart-define=«N»=«S»\n'),
 ('android_buildconfigfield', 'build_systems_and_package_managers', 'env', 'android {\n  defaultConfig {\n    buildConfigField "String", "«N»", "\\"«S»\\""\n  }\n}\n'),
 ('xcode_scheme_env_var', 'ide_and_http_clients', 'env', '<EnvironmentVariables>\n   <EnvironmentVariable\n      key = "«N»"\n      value = "«S»"\n      isEnabled = "YES">\n   </EnvironmentVariable>\n</EnvironmentVariables>\n'),
 ('cmakelists_set', 'build_systems_and_package_managers', 'env', 'cmake_minimum_required(VERSION 3.25)\nset(«N» "«S»")\nadd_compile_definitions(«N»="${«N»}")\n'),
 ('meson_options_default', 'build_systems_and_package_managers', 'snake', "option('«N»', type : 'string', value : '«S»')\n"),
 ('scons_sconstruct', 'build_systems_and_package_managers', 'env', "env = Environment()\nenv['ENV']['«N»'] = '«S»'\n"),
 ('autoconf_configure_cli', 'cli_invocations', 'kebab', './configure --prefix=/opt/agent --with-«N»=«S»\n'),
 ('pkgbuild_arch', 'build_systems_and_package_managers', 'env', "pkgname=acme-agent\npkgver=2.3.1\nexport «N»='«S»'\nbuild() { make; }\n"),
 ('rpm_spec_define', 'build_systems_and_package_managers', 'snake', 'Name: acme-agent\n%global «N» «S»\n%build\nmake\n'),
 ('debian_rules_export', 'build_systems_and_package_managers', 'env', '#!/usr/bin/make -f\nexport «N» = «S»\n%:\n\tdh $@\n'),
 ('homebrew_formula_env', 'build_systems_and_package_managers', 'env', 'class AcmeCli < Formula\n  def install\n    ENV["«N»"] = "«S»"\n    system "make", "install"\n  end\nend\n'),
 ('snapcraft_yaml_environment', 'build_systems_and_package_managers', 'env', 'name: acme-cli\napps:\n  acme:\n    command: bin/acme\n    environment:\n      «N»: «S»\n'),
 ('flatpak_manifest_build_env', 'build_systems_and_package_managers', 'env', '{\n  "id": "com.acme.Viewer",\n  "build-options": { "env": { "«N»": "«S»" } }\n}\n'),
 ('containerfile_arg_default', 'containers_and_kubernetes', 'env', 'FROM docker.io/library/alpine:3.20\nARG «N»=«S»\nRUN apk add curl\n'),
 ('docker_bake_hcl', 'containers_and_kubernetes', 'env', 'target "api" {\n  context = "."\n  args = {\n    «N» = "«S»"\n  }\n}\n'),
 ('skaffold_yaml_buildargs', 'containers_and_kubernetes', 'env', 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n  - image: api\n    docker:\n      buildArgs:\n        «N»: «S»\n'),
 ('tiltfile_starlark', 'containers_and_kubernetes', 'env', "docker_build('api', '.', build_args={'«N»': '«S»'})\n"),
 ('devspace_yaml_vars', 'containers_and_kubernetes', 'env', 'version: v2beta1\nvars:\n  «N»: "«S»"\n'),
 ('earthfile_arg', 'ci_pipelines', 'env', 'VERSION 0.8\nbuild:\n    FROM golang:1.22\n    ARG «N»=«S»\n    RUN go build ./...\n'),
 ('concourse_pipeline_params', 'ci_pipelines', 'env', 'jobs:\n- name: publish\n  plan:\n  - task: push\n    params:\n      «N»: «S»\n'),
 ('gocd_pipeline_yaml', 'ci_pipelines', 'env', 'format_version: 10\npipelines:\n  api:\n    environment_variables:\n      «N»: «S»\n'),
 ('woodpecker_ci_yaml', 'ci_pipelines', 'env', 'steps:\n  - name: release\n    image: alpine\n    environment:\n      «N»: «S»\n'),
 ('sourcehut_builds_yml', 'ci_pipelines', 'env', 'image: alpine/edge\nenvironment:\n  «N»: «S»\ntasks:\n  - build: make\n'),
 ('semaphore_ci_yml', 'ci_pipelines', 'env', 'version: v1.0\nblocks:\n  - task:\n      env_vars:\n        - name: «N»\n          value: «S»\n'),
 ('jenkins_casc_yaml', 'ci_pipelines', 'snake', 'credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: "«N»"\n              secret: "«S»"\n'),
 ('jenkins_init_groovy', 'ci_pipelines', 'snake', "import hudson.util.Secret\ndef «N» = Secret.fromString('«S»')\n"),
 ('kamal_deploy_env_clear', 'paas_and_process_managers', 'env', 'service: api\nimage: acme/api\nenv:\n  clear:\n    «N»: «S»\n'),
 ('dokku_config_set_cli', 'paas_and_process_managers', 'env', 'dokku config:set --no-restart api «N»=«S»\n'),
 ('caprover_captain_definition', 'paas_and_process_managers', 'env', '{\n  "schemaVersion": 2,\n  "envVars": { "«N»": "«S»" }\n}\n'),
 ('do_app_platform_spec', 'paas_and_process_managers', 'env', 'name: api\nservices:\n- name: web\n  envs:\n  - key: «N»\n    value: «S»\n    scope: RUN_TIME\n'),
 ('gae_app_yaml_env', 'paas_and_process_managers', 'env', 'runtime: python312\nenv_variables:\n  «N»: "«S»"\n'),
 ('cloud_run_service_yaml', 'paas_and_process_managers', 'env', 'apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  template:\n    spec:\n      containers:\n      - image: gcr.io/acme/api\n        env:\n        - name: «N»\n          value: «S»\n'),
 ('cloudbuild_yaml', 'ci_pipelines', 'env', 'steps:\n- name: gcr.io/cloud-builders/docker\n  env:\n  - «N»=«S»\n  args: [build, .]\n'),
 ('copilot_manifest_variables', 'paas_and_process_managers', 'env', 'name: api\ntype: Load Balanced Web Service\nvariables:\n  «N»: «S»\n'),
 ('ebextensions_option_settings', 'paas_and_process_managers', 'env', 'option_settings:\n  aws:elasticbeanstalk:application:environment:\n    «N»: «S»\n'),
 ('codebuild_buildspec', 'ci_pipelines', 'env', 'version: 0.2\nenv:\n  variables:\n    «N»: "«S»"\nphases:\n  build:\n    commands: [make]\n'),
 ('chalice_config_json', 'paas_and_process_managers', 'env', '{\n  "version": "2.0",\n  "app_name": "api",\n  "environment_variables": { "«N»": "«S»" }\n}\n'),
 ('zappa_settings_json', 'paas_and_process_managers', 'env', '{\n  "production": {\n    "app_function": "app.app",\n    "environment_variables": { "«N»": "«S»" }\n  }\n}\n'),
 ('azure_functions_local_settings', 'paas_and_process_managers', 'env', '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "«N»": "«S»"\n  }\n}\n'),
 ('azure_container_apps_yaml', 'paas_and_process_managers', 'env', 'properties:\n  template:\n    containers:\n    - name: api\n      env:\n      - name: «N»\n        value: «S»\n'),
 ('supabase_config_toml', 'app_specific_configs', 'env', '[edge_runtime.secrets]\n«N» = "«S»"\n'),
 ('workers_dev_vars', 'env_files_and_shell_profiles', 'env', '# .dev.vars\n«N»="«S»"\n'),
 ('railway_json_deploy', 'paas_and_process_managers', 'env', '{\n  "$schema": "https://railway.app/railway.schema.json",\n  "deploy": { "startCommand": "npm start" },\n  "variables": { "«N»": "«S»" }\n}\n'),
 ('heroku_app_json', 'paas_and_process_managers', 'env', '{\n  "name": "api",\n  "env": { "«N»": { "value": "«S»" } }\n}\n'),
 ('koyeb_cli_env', 'cli_invocations', 'env', 'koyeb service update api/web --env «N»=«S»\n'),
 ('vscode_tasks_json', 'ide_and_http_clients', 'env', '{\n  "version": "2.0.0",\n  "tasks": [{\n    "label": "seed",\n    "type": "shell",\n    "command": "npm run seed",\n    "options": { "env": { "«N»": "«S»" } }\n  }]\n}\n'),
 ('zed_settings_json', 'ide_and_http_clients', 'env', '{\n  "lsp": {\n    "copilot": { "initialization_options": {} }\n  },\n  "terminal": { "env": { "«N»": "«S»" } }\n}\n'),
 ('sublime_project_file', 'ide_and_http_clients', 'env', '{\n  "folders": [{ "path": "." }],\n  "build_systems": [{ "name": "run", "env": { "«N»": "«S»" } }]\n}\n'),
 ('jetbrains_http_client_private_env', 'ide_and_http_clients', 'camel', '{\n  "prod": {\n    "«N»": "«S»"\n  }\n}\n'),
 ('helix_languages_toml', 'ide_and_http_clients', 'env', '[language-server.ai]\ncommand = "lsp-ai"\nenvironment = { «N» = "«S»" }\n'),
 ('wezterm_lua_config', 'notebooks_editors_terminals', 'env', "local config = {}\nconfig.set_environment_variables = { «N» = '«S»' }\nreturn config\n"),
 ('kitty_conf_env', 'notebooks_editors_terminals', 'env', 'font_size 12.0\nenv «N»=«S»\n'),
 ('alacritty_toml_env', 'notebooks_editors_terminals', 'env', '[env]\nTERM = "xterm-256color"\n«N» = "«S»"\n'),
 ('tmux_conf_setenv', 'notebooks_editors_terminals', 'env', 'set -g mouse on\nset-environment -g «N» «S»\n'),
 ('direnv_envrc', 'env_files_and_shell_profiles', 'env', 'use flake\nexport «N»=«S»\n'),
 ('nushell_env_nu', 'env_files_and_shell_profiles', 'env', '$env.EDITOR = "hx"\n$env.«N» = "«S»"\n'),
 ('xonsh_rc', 'env_files_and_shell_profiles', 'env', '$«N» = "«S»"\n'),
 ('csh_setenv', 'env_files_and_shell_profiles', 'env', 'setenv PATH ${PATH}:/opt/bin\nsetenv «N» "«S»"\n'),
 ('elvish_rc', 'env_files_and_shell_profiles', 'env', 'set-env «N» «S»\n'),
 ('windows_setx_cmd', 'cli_invocations', 'env', 'C:\\> setx «N» "«S»"\nSUCCESS: Specified value was saved.\n'),
 ('powershell_env_provider', 'cli_invocations', 'env', 'PS C:\\src> $env:«N» = "«S»"\nPS C:\\src> npm run deploy\n'),
 ('launchctl_setenv', 'cli_invocations', 'env', 'launchctl setenv «N» «S»\n'),
 ('systemctl_set_environment', 'cli_invocations', 'env', 'sudo systemctl set-environment «N»=«S»\n'),
 ('openrc_conf_d', 'os_service_configs', 'env', '# /etc/conf.d/api\ncommand_args="--port 8080"\nexport «N»="«S»"\n'),
 ('runit_env_dir_listing', 'os_service_configs', 'env', '$ head /etc/sv/api/env/*\n==> /etc/sv/api/env/PORT <==\n8080\n\n==> /etc/sv/api/env/«N» <==\n«S»\n'),
 ('s6_envdir_file', 'os_service_configs', 'env', '$ cat /run/service/api/env/«N»\n«S»\n'),
 ('windows_service_registry_environment', 'os_service_configs', 'env', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\AcmeAgent]\n"Environment"=hex(7):00,00\n; decoded: «N»=«S»\n'),
 ('nssm_set_appenvironment', 'cli_invocations', 'env', 'nssm set AcmeAgent AppEnvironmentExtra «N»=«S»\n'),
 ('k6_load_test_script', 'ide_and_http_clients', 'env', "import http from 'k6/http';\nconst «N» = '«S»';\nexport default function () {\n  http.get('https://api.example/health');\n}\n"),
 ('locustfile_py', 'ide_and_http_clients', 'env', 'from locust import HttpUser, task\n«N» = "«S»"\n\nclass Api(HttpUser):\n    @task\n    def ping(self):\n        self.client.get("/ping")\n'),
 ('jmeter_jmx_argument', 'ide_and_http_clients', 'env', '<elementProp name="«N»" elementType="Argument">\n  <stringProp name="Argument.name">«N»</stringProp>\n  <stringProp name="Argument.value">«S»</stringProp>\n</elementProp>\n'),
 ('artillery_yml_variables', 'ide_and_http_clients', 'camel', 'config:\n  target: https://api.example\n  variables:\n    «N»: "«S»"\n'),
 ('hurl_file_variable', 'ide_and_http_clients', 'snake', '# run: hurl --variable «N»=«S» smoke.hurl\nGET https://api.example/v1/me\n'),
 ('tavern_test_yaml', 'ide_and_http_clients', 'snake', 'test_name: smoke\nincludes:\n  - !include common.yaml\nvariables:\n  «N»: «S»\n'),
 ('karate_feature_def', 'ide_and_http_clients', 'camel', "Feature: smoke\n  Background:\n    * def «N» = '«S»'\n"),
 ('hoppscotch_environment', 'ide_and_http_clients', 'snake', '{\n  "name": "prod",\n  "variables": [{ "key": "«N»", "value": "«S»", "secret": false }]\n}\n'),
 ('yaak_environment_json', 'ide_and_http_clients', 'snake', '{\n  "model": "environment",\n  "variables": [{ "enabled": true, "name": "«N»", "value": "«S»" }]\n}\n'),
 ('gelf_json_log', 'logs', 'snake', '{"version":"1.1","host":"api-3","short_message":"config loaded","_«N»":"«S»","level":6}\n'),
 ('logfmt_line', 'logs', 'snake', 'ts=2025-06-03T11:22:33Z level=debug msg="loaded config" «N»=«S» pid=4411\n'),
 ('apache_error_log', 'logs', 'env', '[Tue Jun 03 11:22:33.104411 2025] [php:notice] [pid 2211] [client 10.1.4.9:51122] env dump «N»=«S»\n'),
 ('iis_w3c_log', 'logs', 'snake', '#Fields: date time cs-method cs-uri-stem cs-uri-query s-port\n2025-06-03 11:22:33 GET /api/v1/sync «N»=«S»&page=2 443\n'),
 ('heroku_router_log', 'logs', 'snake', '2025-06-03T11:22:33.000000+00:00 heroku[router]: at=info method=GET path="/hook?«N»=«S»" host=api.herokuapp.com status=200\n'),
 ('cloudwatch_logs_json', 'logs', 'env', '{"timestamp":1748949753000,"message":"START RequestId: 5d1c Version: $LATEST\\nenv «N»=«S»","logStream":"2025/06/03/[$LATEST]ab12"}\n'),
 ('gcp_cloud_logging_entry', 'logs', 'camel', '{"severity":"DEBUG","jsonPayload":{"event":"client-init","«N»":"«S»"},"resource":{"type":"cloud_run_revision"}}\n'),
 ('powershell_transcript', 'logs', 'env', '**********************\nWindows PowerShell transcript start\n**********************\nPS>$env:«N»="«S»"\nPS>.\\publish.ps1\n'),
 ('jenkins_console_output', 'runtime_and_ops_output', 'env', 'Started by user deploy\n[Pipeline] sh\n+ export «N»=«S»\n+ ./release.sh\nFinished: SUCCESS\n'),
 ('gitlab_job_trace', 'runtime_and_ops_output', 'env', '\x1b[0KRunning with gitlab-runner 17.0.0\n$ echo "«N»=«S»" >> build.env\n$ make release\n'),
 ('rails_production_log_params', 'logs', 'snake', 'Started POST "/integrations" for 10.0.4.4\nProcessing by IntegrationsController#create as JSON\n  Parameters: {"name"=>"sync", "«N»"=>"«S»"}\n'),
 ('django_debug_page_settings', 'runtime_and_ops_output', 'env', 'Settings\nUsing settings module api.settings\nSetting\tValue\nDEBUG\tTrue\n«N»\t\'«S»\'\n'),
 ('spring_actuator_env_json', 'runtime_and_ops_output', 'dot', '{"activeProfiles":["prod"],"propertySources":[{"name":"systemEnvironment","properties":{"«N»":{"value":"«S»"}}}]}\n'),
 ('laravel_log_context', 'logs', 'snake', '[2025-06-03 11:22:33] production.DEBUG: Outbound call {"«N»":"«S»","endpoint":"/v1/send"}\n'),
 ('zap_json_log', 'logs', 'camel', '{"level":"debug","ts":1748949753.1,"caller":"client/init.go:41","msg":"client configured","«N»":"«S»"}\n'),
 ('rust_tracing_log', 'logs', 'snake', '2025-06-03T11:22:33.104Z DEBUG api::client: building client «N»="«S»"\n'),
 ('elixir_logger_metadata', 'logs', 'snake', '11:22:33.104 [debug] request_id=F3x «N»=«S» Sent 200 in 4ms\n'),
 ('nginx_error_log', 'logs', 'snake', '2025/06/03 11:22:33 [error] 31#31: *9 upstream timed out, client: 10.0.0.8, request: "GET /v1/pull?«N»=«S» HTTP/1.1"\n'),
 ('asciidoc_table', 'tables', 'label', '|===\n|Setting |Value\n\n|«L»\n|«S»\n\n|Region\n|eu-west-1\n|===\n'),
 ('rst_list_table', 'tables', 'label', '.. list-table:: Production settings\n   :header-rows: 1\n\n   * - Setting\n     - Value\n   * - «L»\n     - ``«S»``\n'),
 ('latex_tabular', 'tables', 'label', '\\begin{tabular}{ll}\n\\hline\nSetting & Value \\\\\n\\hline\n«L» & \\texttt{«S»} \\\\\n\\end{tabular}\n'),
 ('mediawiki_table', 'tables', 'label', '{| class="wikitable"\n! Setting !! Value\n|-\n| «L» || <code>«S»</code>\n|}\n'),
 ('dokuwiki_table', 'tables', 'label', '^ Setting ^ Value ^\n| «L» | ''«S»'' |\n'),
 ('textile_table', 'tables', 'label', '|_. Setting |_. Value |\n| «L» | @«S»@ |\n'),
 ('groff_man_page', 'documents_and_knowledge_bases', 'env', '.TH ACME 1\n.SH ENVIRONMENT\n.TP\n.B «N»\ncurrently set to\n.I «S»\non the build host.\n'),
 ('obsidian_frontmatter', 'documents_and_knowledge_bases', 'snake', '---\ntags: [infra, prod]\n«N»: «S»\n---\n# Partner integration\n'),
 ('logseq_block_property', 'documents_and_knowledge_bases', 'kebab', '- Partner API\n  «N»:: «S»\n  owner:: [[Platform]]\n'),
 ('evernote_enex_note', 'documents_and_knowledge_bases', 'label', '<en-export><note><title>Keys</title><content><![CDATA[<en-note><div>«L»: «S»</div></en-note>]]></content></note></en-export>\n'),
 ('docx_document_xml_run', 'documents_and_knowledge_bases', 'label', '<w:p><w:r><w:t xml:space="preserve">«L»: </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Consolas"/></w:rPr><w:t>«S»</w:t></w:r></w:p>\n'),
 ('odt_content_xml', 'documents_and_knowledge_bases', 'label', '<text:p text:style-name="P1">«L»: <text:span text:style-name="T1">«S»</text:span></text:p>\n'),
 ('rtf_document', 'documents_and_knowledge_bases', 'label', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n\\f0\\fs22 «L»: \\b «S»\\b0\\par\n}\n'),
 ('pptx_slide_xml', 'documents_and_knowledge_bases', 'label', '<p:sp><p:txBody><a:p><a:r><a:t>«L» = «S»</a:t></a:r></a:p></p:txBody></p:sp>\n'),
 ('xlsx_shared_strings_xml', 'exports_dumps_fixtures', 'label', '<sst count="4" uniqueCount="4"><si><t>Service</t></si><si><t>«L»</t></si><si><t>«S»</t></si></sst>\n'),
 ('pipe_separated_export', 'exports_dumps_fixtures', 'env', 'name|value|updated\n«N»|«S»|2025-05-30\n'),
 ('fixed_width_report', 'exports_dumps_fixtures', 'env', 'VARIABLE                       VALUE\n------------------------------ ------------------------------\n«N» «S»\n'),
 ('mysql_vertical_output', 'sql_and_db_shells', 'snake', '*************************** 1. row ***************************\n  name: «N»\n value: «S»\n1 row in set (0.00 sec)\n'),
 ('mongosh_find_output', 'sql_and_db_shells', 'snake', "[\n  {\n    _id: ObjectId('665d9a1f2b3c4d5e6f708192'),\n    name: '«N»',\n    value: '«S»'\n  }\n]\n"),
 ('redis_cli_hgetall_output', 'sql_and_db_shells', 'snake', '127.0.0.1:6379> HGETALL app:config\n1) "region"\n2) "eu-west-1"\n3) "«N»"\n4) "«S»"\n'),
 ('sqlite_dot_mode_line', 'sql_and_db_shells', 'snake', 'sqlite> .mode line\nsqlite> select * from settings where k = \'«N»\';\n    k = «N»\n    v = «S»\n'),
 ('xml_rpc_method_call', 'api_payloads', 'snake', '<?xml version="1.0"?>\n<methodCall>\n  <methodName>integration.configure</methodName>\n  <params>\n    <param><value><struct>\n      <member><name>«N»</name><value><string>«S»</string></value></member>\n    </struct></value></param>\n  </params>\n</methodCall>\n'),
 ('soap_body_parameter', 'api_payloads', 'camel', '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n  <soapenv:Body>\n    <ns:Configure>\n      <ns:«N»>«S»</ns:«N»>\n    </ns:Configure>\n  </soapenv:Body>\n</soapenv:Envelope>\n'),
 ('graphql_variables_json', 'api_payloads', 'camel', '{"query":"mutation($k:String!){connect(key:$k){ok}}","variables":{"k":"«S»"},"operationName":"«N»"}\n'),
 ('websocket_frame_log', 'api_payloads', 'camel', '>> {"op":"auth","«N»":"«S»"}\n<< {"op":"auth","ok":true}\n'),
 ('stomp_connect_frame', 'api_payloads', 'camel', 'CONNECT\naccept-version:1.2\nhost:broker\n«N»:«S»\n\n\x00\n'),
 ('msgpack_json_dump', 'api_payloads', 'snake', '$ msgpack2json < job.bin\n{"job":"sync","«N»":"«S»","attempt":1}\n'),
 ('protobuf_debug_string', 'api_payloads', 'snake', 'config {\n  endpoint: "grpc.partner.example:443"\n  «N»: "«S»"\n}\n'),
 ('thrift_json_protocol', 'api_payloads', 'snake', '[1,"configure",1,0,{"1":{"rec":{"1":{"str":"«N»"},"2":{"str":"«S»"}}}}]\n'),
 ('cbor_diagnostic_notation', 'api_payloads', 'snake', '{"«N»": "«S»", "v": 2}\n'),
 ('bson_extended_json', 'exports_dumps_fixtures', 'snake', '{"_id":{"$oid":"665d9a1f2b3c4d5e6f708193"},"key":"«N»","value":"«S»","updatedAt":{"$date":"2025-06-03T11:22:33Z"}}\n'),
 ('parquet_tools_cat', 'exports_dumps_fixtures', 'snake', '$ parquet-tools cat settings.parquet\nkey = «N»\nvalue = «S»\n'),
 ('airflow_connections_export_json', 'exports_dumps_fixtures', 'snake', '{\n  "partner_api": {\n    "conn_type": "http",\n    "host": "api.partner.example",\n    "extra": "{\\"«N»\\": \\"«S»\\"}"\n  }\n}\n'),
 ('dbt_profiles_yml_env_default', 'app_specific_configs', 'env', "analytics:\n  outputs:\n    prod:\n      type: bigquery\n      keyfile_json:\n        extra: \"{{ env_var('«N»', '«S»') }}\"\n"),
 ('grafana_datasource_provisioning', 'app_specific_configs', 'camel', 'apiVersion: 1\ndatasources:\n  - name: partner\n    type: marcusolsson-json-datasource\n    secureJsonData:\n      «N»: «S»\n'),
 ('vector_toml_sink', 'app_specific_configs', 'snake', '[sinks.partner]\ntype = "http"\nuri = "https://ingest.partner.example"\nauth.strategy = "bearer"\n«N» = "«S»"\n'),
 ('fluentd_conf_match', 'app_specific_configs', 'snake', '<match app.**>\n  @type http\n  endpoint https://ingest.partner.example\n  «N» «S»\n</match>\n'),
 ('rsyslog_action_param', 'app_specific_configs', 'snake', 'action(type="omhttp" server="ingest.partner.example" «N»="«S»")\n'),
 ('syslog_ng_destination', 'app_specific_configs', 'snake', 'destination d_partner {\n  http(url("https://ingest.partner.example") headers("X-«N»: «S»"));\n};\n'),
 ('collectd_plugin_block', 'app_specific_configs', 'pascal', '<Plugin write_http>\n  <Node "partner">\n    URL "https://ingest.partner.example"\n    «N» "«S»"\n  </Node>\n</Plugin>\n'),
 ('nagios_resource_cfg', 'app_specific_configs', 'env', '$USER1$=/usr/lib/nagios/plugins\n# «N»\n$USER7$=«S»\n'),
 ('icinga2_constants_conf', 'app_specific_configs', 'pascal', 'const «N» = "«S»"\nconst NodeName = "mon-1"\n'),
 ('kong_declarative_yaml', 'app_specific_configs', 'snake', '_format_version: "3.0"\nplugins:\n- name: request-transformer\n  config:\n    add:\n      headers:\n      - "X-«N»:«S»"\n'),
 ('krakend_json_extra_config', 'app_specific_configs', 'snake', '{\n  "version": 3,\n  "endpoints": [{ "endpoint": "/v1/q", "extra_config": { "modifier/martian": { "header.Modifier": { "name": "X-«N»", "value": "«S»" } } } }]\n}\n'),
 ('apisix_route_json', 'app_specific_configs', 'snake', '{"uri":"/partner/*","plugins":{"proxy-rewrite":{"headers":{"set":{"X-«N»":"«S»"}}}}}\n'),
 ('oauth2_proxy_cfg', 'app_specific_configs', 'snake', 'provider = "oidc"\nupstreams = ["http://127.0.0.1:8080"]\n«N» = "«S»"\n'),
 ('authelia_configuration_yml', 'app_specific_configs', 'snake', 'identity_validation:\n  reset_password:\n    «N»: "«S»"\n'),
 ('dex_config_static_client', 'app_specific_configs', 'camel', 'staticClients:\n- id: grafana\n  name: Grafana\n  «N»: «S»\n'),
 ('mastodon_env_production', 'app_specific_configs', 'env', 'LOCAL_DOMAIN=social.acme.example\n«N»=«S»\n'),
 ('synapse_homeserver_yaml', 'app_specific_configs', 'snake', 'server_name: "matrix.acme.example"\n«N»: "«S»"\n'),
 ('gitea_app_ini_section', 'app_specific_configs', 'env', '[security]\nINSTALL_LOCK = true\n«N» = «S»\n'),
 ('gitlab_rb_setting', 'app_specific_configs', 'snake', "gitlab_rails['«N»'] = '«S»'\n"),
 ('odoo_conf', 'app_specific_configs', 'snake', '[options]\naddons_path = /opt/odoo/addons\n«N» = «S»\n'),
 ('erpnext_site_config_json', 'app_specific_configs', 'snake', '{\n "db_name": "_1bd3e0294da19198",\n "«N»": "«S»"\n}\n'),
 ('mediawiki_localsettings', 'app_specific_configs', 'pascal', '<?php\n$wgSitename = "AcmeWiki";\n$wg«N» = "«S»";\n'),
 ('moodle_config_php', 'app_specific_configs', 'snake', "<?php\n$CFG = new stdClass();\n$CFG->«N» = '«S»';\n"),
 ('joomla_configuration_php', 'app_specific_configs', 'snake', "<?php\nclass JConfig {\n\tpublic $«N» = '«S»';\n}\n"),
 ('magento_env_php', 'app_specific_configs', 'snake', "<?php\nreturn [\n    'system' => ['default' => ['partner' => ['«N»' => '«S»']]],\n];\n"),
 ('drupal_settings_php', 'app_specific_configs', 'snake', "<?php\n$settings['«N»'] = '«S»';\n"),
 ('nextcloud_config_php', 'app_specific_configs', 'snake', "<?php\n$CONFIG = array (\n  'instanceid' => 'oc8f2k1x0q',\n  '«N»' => '«S»',\n);\n"),
 ('discourse_app_yml_env', 'app_specific_configs', 'env', 'env:\n  LANG: en_US.UTF-8\n  DISCOURSE_«N»: «S»\n'),
 ('paperless_conf', 'app_specific_configs', 'env', 'PAPERLESS_URL=https://docs.acme.example\nPAPERLESS_«N»=«S»\n'),
 ('immich_env', 'app_specific_configs', 'env', 'UPLOAD_LOCATION=/mnt/photos\n«N»=«S»\n'),
 ('zigbee2mqtt_configuration', 'app_specific_configs', 'snake', 'homeassistant: true\nadvanced:\n  «N»: «S»\n'),
 ('homebridge_config_json', 'app_specific_configs', 'camel', '{\n  "platforms": [{ "platform": "Partner", "«N»": "«S»" }]\n}\n'),
 ('openhab_services_cfg', 'app_specific_configs', 'camel', 'org.openhab.partner:«N»=«S»\n'),
 ('tasmota_backlog_command', 'app_specific_configs', 'pascal', 'Backlog MqttHost 10.0.0.5; «N» «S»; Restart 1\n'),
 ('frigate_config_yml', 'app_specific_configs', 'snake', 'mqtt:\n  host: 10.0.0.5\nplus:\n  «N»: «S»\n'),
 ('syncthing_config_xml', 'app_specific_configs', 'camel', '<configuration version="37">\n  <gui enabled="true" tls="false">\n    <address>127.0.0.1:8384</address>\n    <«N»>«S»</«N»>\n  </gui>\n</configuration>\n'),
 ('sabnzbd_ini', 'app_specific_configs', 'snake', '[misc]\nhost = 0.0.0.0\n«N» = «S»\n'),
 ('radarr_config_xml', 'app_specific_configs', 'pascal', '<Config>\n  <Port>7878</Port>\n  <«N»>«S»</«N»>\n</Config>\n'),
 ('kodi_advancedsettings_xml', 'app_specific_configs', 'snake', '<advancedsettings>\n  <services>\n    <«N»>«S»</«N»>\n  </services>\n</advancedsettings>\n'),
 ('unreal_engine_ini', 'app_specific_configs', 'pascal', '[/Script/Partner.PartnerSettings]\n«N»=«S»\n'),
 ('unity_scriptable_object_asset', 'app_specific_configs', 'camel', '%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: ApiSettings\n  «N»: «S»\n'),
 ('godot_project_godot', 'app_specific_configs', 'snake', '[application]\nconfig/name="Field"\n\n[partner]\n«N»="«S»"\n'),
 ('bitcoin_conf_style', 'app_specific_configs', 'snake', 'server=1\ntxindex=1\n«N»=«S»\n'),
 ('foundry_toml_profile', 'app_specific_configs', 'snake', '[profile.default]\nsrc = "src"\n\n[etherscan]\nmainnet = { key = "«S»" }\n# «N»\n'),
 ('truffle_config_js', 'app_specific_configs', 'camel', "module.exports = {\n  networks: { main: { «N»: '«S»', network_id: 1 } },\n};\n"),
 ('openstack_clouds_yaml_extra', 'app_specific_configs', 'snake', 'clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.acme.example:5000/v3\n    «N»: «S»\n'),
 ('ceph_conf_client_section', 'app_specific_configs', 'snake', '[client.partner]\n«N» = «S»\n'),
 ('teamspeak_ini', 'app_specific_configs', 'snake', 'machine_id=\ndefault_voice_port=9987\n«N»=«S»\n'),
 ('ark_gameusersettings_ini', 'app_specific_configs', 'pascal', '[ServerSettings]\nDifficultyOffset=1.0\n«N»=«S»\n'),
 ('palworld_settings_ini', 'app_specific_configs', 'pascal', '[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,«N»="«S»")\n'),
 ('seven_days_serverconfig_xml', 'app_specific_configs', 'pascal', '<ServerSettings>\n  <property name="«N»" value="«S»"/>\n</ServerSettings>\n'),
 ('irc_chat_log_weechat', 'collaboration_and_review', 'env', '2025-06-03 11:22:33\t<ops-bot>\tdeploy env for api: «N»=«S»\n2025-06-03 11:22:40\t<mara>\tthx\n'),
 ('xmpp_stanza_log', 'collaboration_and_review', 'env', '<message from="ops@acme.example/desk" to="dev@acme.example" type="chat"><body>«N»=«S»</body></message>\n'),
 ('zoom_chat_txt_export', 'collaboration_and_review', 'env', '10:42:11 From  Priya  to  Everyone:\n\t«N»=«S»\n10:42:30 From  Tom  to  Everyone:\n\tgot it\n'),
 ('gitea_issue_comment_md', 'collaboration_and_review', 'env', 'Reproduced with\n\n```sh\n«N»=«S» ./cli sync --dry-run\n```\n'),
 ('gerrit_review_comment', 'collaboration_and_review', 'env', 'Patch Set 3:\n\n(1 comment)\n\nconfig/prod.env:\nLine 7: «N»=«S»\n> please move this to the vault\n'),
 ('phabricator_paste', 'collaboration_and_review', 'env', 'P1142 prod-env\n\n  1 REGION=eu\n  2 «N»=«S»\n'),
 ('reviewboard_diff_comment', 'collaboration_and_review', 'env', 'Diff r2 — settings/prod.cfg line 14\n+«N» = "«S»"\nIssue opened: secret committed\n'),
 ('linear_issue_markdown', 'collaboration_and_review', 'env', '## Steps\n1. export `«N»=«S»`\n2. run `make e2e`\n'),
 ('youtrack_issue_text', 'collaboration_and_review', 'env', 'Type: Bug  State: Open\nRepro env:\n{code}\n«N»=«S»\n{code}\n'),
 ('discourse_forum_post', 'collaboration_and_review', 'env', 'Hi all, my setup:\n\n[details="env"]\n«N»=«S»\n[/details]\n\nany idea why I get 401?\n'),
 ('reddit_comment_markdown', 'collaboration_and_review', 'env', 'Try this in your shell:\n\n    export «N»=«S»\n\nworked for me.\n'),
 ('hacker_news_comment_text', 'collaboration_and_review', 'env', 'I just ran it with «N»=«S» and it printed the same error. Edit: rotated now.\n'),
 ('git_notes_show', 'collaboration_and_review', 'env', '$ git notes show HEAD\nDeployed with «N»=«S»\n'),
 ('git_stash_show_patch', 'collaboration_and_review', 'env', '$ git stash show -p\ndiff --git a/.env.local b/.env.local\n--- a/.env.local\n+++ b/.env.local\n@@ -1 +1,2 @@\n NODE_ENV=development\n+«N»=«S»\n'),
 ('svn_diff_output', 'collaboration_and_review', 'env', 'Index: conf/prod.env\n===================================================================\n--- conf/prod.env\t(revision 1412)\n+++ conf/prod.env\t(working copy)\n@@ -3,0 +4 @@\n+«N»=«S»\n'),
 ('mercurial_hg_export', 'collaboration_and_review', 'env', '# HG changeset patch\n# User dev <dev@acme.example>\nconfig for prod\n\ndiff -r 1a2b3c4d5e6f prod.env\n--- a/prod.env\n+++ b/prod.env\n@@ -0,0 +1,1 @@\n+«N»=«S»\n'),
 ('fossil_timeline_comment', 'collaboration_and_review', 'env', '=== 2025-06-03 ===\n11:22:33 [8f2e1a] temp: «N»=«S» for staging (user: dev tags: trunk)\n'),
 ('email_signature_html', 'collaboration_and_review', 'label', '<p>Here is the production «L»:<br><code>«S»</code></p><p>--<br>Ops team</p>\n'),
 ('voicemail_to_email_ocr', 'collaboration_and_review', 'label', 'Transcription (confidence 0.71):\n"...the «L» is «S» ..."\n'),
 ('pdf_pdftotext_output', 'documents_and_knowledge_bases', 'label', 'Runbook — Partner Integration                 Page 3\n\n   «L»     «S»\n   Owner                   Platform team\n'),
 ('ansible_ad_hoc_cli', 'cli_invocations', 'env', "ansible web -m lineinfile -a \"path=/etc/api.env line='«N»=«S»'\"\n"),
 ('salt_cmd_cli', 'cli_invocations', 'env', "salt 'api*' environ.setenv '{«N»: «S»}'\n"),
 ('kubectl_set_env_cli', 'cli_invocations', 'env', 'kubectl -n prod set env deploy/api «N»=«S»\n'),
 ('oc_set_env_cli', 'cli_invocations', 'env', 'oc set env dc/api «N»=«S» -n web\n'),
 ('docker_service_update_cli', 'cli_invocations', 'env', 'docker service update --env-add «N»=«S» stack_api\n'),
 ('nomad_var_put_cli', 'cli_invocations', 'snake', 'nomad var put nomad/jobs/api «N»=«S»\n'),
 ('aws_ssm_put_parameter_cli', 'cli_invocations', 'env', 'aws ssm put-parameter --name /prod/api/«N» --type String --value "«S»"\n'),
 ('gcloud_run_deploy_env', 'cli_invocations', 'env', 'gcloud run deploy api --image gcr.io/acme/api --set-env-vars «N»=«S»\n'),
 ('az_webapp_appsettings_cli', 'cli_invocations', 'env', 'az webapp config appsettings set -g rg-prod -n api --settings «N»=«S»\n'),
 ('doctl_apps_env_cli', 'cli_invocations', 'env', 'doctl apps create --spec - <<< \'{"name":"api","envs":[{"key":"«N»","value":"«S»"}]}\'\n'),
 ('wrangler_secret_put_echo', 'cli_invocations', 'env', 'echo "«S»" | npx wrangler secret put «N»\n'),
 ('vercel_env_add_echo', 'cli_invocations', 'env', "printf '%s' '«S»' | vercel env add «N» production\n"),
 ('netlify_env_set_cli', 'cli_invocations', 'env', 'netlify env:set «N» «S» --context production\n'),
 ('railway_variables_set_cli', 'cli_invocations', 'env', 'railway variables --set "«N»=«S»"\n'),
 ('supabase_secrets_set_cli', 'cli_invocations', 'env', 'supabase secrets set «N»=«S»\n'),
 ('pm2_start_env_cli', 'cli_invocations', 'env', '«N»=«S» pm2 start dist/server.js --name api --update-env\n'),
 ('env_i_command', 'cli_invocations', 'env', 'env -i PATH=/usr/bin «N»=«S» ./worker --once\n'),
 ('sudo_E_command', 'cli_invocations', 'env', 'sudo --preserve-env=«N» «N»=«S» ./install.sh\n'),
 ('cron_d_file', 'os_service_configs', 'env', '# /etc/cron.d/partner-sync\n«N»=«S»\n*/15 * * * * svc /opt/sync/run.sh\n'),
 ('at_job_listing', 'runtime_and_ops_output', 'env', '$ at -c 7 | tail -3\n«N»=«S»; export «N»\ncd /opt/sync || exit 1\n./run.sh\n'),
 ('lsof_environ_ps_e', 'runtime_and_ops_output', 'env', '$ ps eww 4411\n  PID TTY      STAT   TIME COMMAND\n 4411 ?        Ssl    0:03 node server.js HOME=/srv «N»=«S» NODE_ENV=production\n'),
 ('gdb_print_string', 'runtime_and_ops_output', 'snake', '(gdb) p cfg->«N»\n$1 = 0x55d1c0a2b2a0 "«S»"\n'),
 ('lldb_frame_variable', 'runtime_and_ops_output', 'camel', '(lldb) frame variable self.«N»\n(NSString *) «N» = @"«S»"\n'),
 ('core_dump_strings', 'crash_reports', 'env', '$ strings core.4411 | grep -a «N»\n«N»=«S»\n'),
 ('java_heap_dump_oql', 'crash_reports', 'camel', 'select s.toString() from java.lang.String s where s.toString().startsWith("«S»".substring(0,4))\n-> "«S»"\n'),
 ('dotnet_exception_log', 'crash_reports', 'pascal', 'System.Net.Http.HttpRequestException: 401 (Unauthorized)\n   Data[«N»] = «S»\n   at Acme.Partner.Client.SendAsync()\n'),
 ('android_logcat_line', 'logs', 'camel', '06-03 11:22:33.104  4411  4433 D PartnerSdk: init(«N»=«S»)\n'),
 ('ios_console_log', 'logs', 'camel', 'default\t11:22:33.104411+0200\tField\t[Partner] configured «N»: «S»\n'),
 ('windows_event_log_text', 'logs', 'pascal', 'Log Name:      Application\nSource:        AcmeAgent\nEvent ID:      1001\nDescription:\nStartup parameters: «N»=«S»\n'),
 ('macos_unified_log_show', 'logs', 'camel', '2025-06-03 11:22:33.104 Df agentd[4411:1a2b] (Partner) loaded «N»=«S»\n'),
]

# ---------------------------------------------------------------- bespoke password/secret syntaxes
# (kind, family, type, template, generator key); «P» is the labelled value (every occurrence labelled)
GENS = {'h': human_pw, 'r': lambda: an(R.randrange(16, 25)), 'x': lambda: hx(32), 'b': lambda: b64(32),
        'x64': lambda: hx(64), 'pin': pin_like}
BESPOKE = [
 ('sql_mysql_grant_identified_by', 'sql_and_db_shells', 'database_password', "GRANT SELECT, INSERT ON shop.* TO 'shop_rw'@'10.%' IDENTIFIED BY '«P»';\n", 'h'),
 ('sql_cockroach_create_user', 'sql_and_db_shells', 'database_password', "CREATE USER reporting WITH LOGIN PASSWORD '«P»';\n", 'h'),
 ('sql_db2_connect_using', 'sql_and_db_shells', 'database_password', 'db2 CONNECT TO SAMPLE USER db2inst1 USING «P»\n', 'h'),
 ('sql_sybase_sp_addlogin', 'sql_and_db_shells', 'database_password', "exec sp_addlogin 'etl_load', '«P»', 'warehouse'\ngo\n", 'h'),
 ('teradata_bteq_logon', 'sql_and_db_shells', 'database_password', '.LOGON tdprod/etl_batch,«P»\nSELECT DATE;\n.LOGOFF\n', 'h'),
 ('sql_hana_create_user', 'sql_and_db_shells', 'database_password', 'CREATE USER APP_READER PASSWORD "«P»" NO FORCE_FIRST_PASSWORD_CHANGE;\n', 'h'),
 ('sql_vertica_alter_user', 'sql_and_db_shells', 'database_password', "ALTER USER dbadmin IDENTIFIED BY '«P»';\n", 'h'),
 ('firebird_isql_cli', 'sql_and_db_shells', 'database_password', 'isql-fb -user SYSDBA -password «P» /var/lib/firebird/data/erp.fdb\n', 'h'),
 ('surrealql_define_user', 'sql_and_db_shells', 'database_password', "DEFINE USER ingest ON DATABASE PASSWORD '«P»' ROLES EDITOR;\n", 'h'),
 ('couchbase_cbq_cli', 'sql_and_db_shells', 'database_password', 'cbq -e couchbase://cb1.internal -u Administrator -p «P» -s "SELECT 1"\n', 'h'),
 ('arangosh_cli', 'sql_and_db_shells', 'database_password', 'arangosh --server.endpoint tcp://127.0.0.1:8529 --server.username root --server.password «P»\n', 'h'),
 ('sql_mssql_create_credential', 'sql_and_db_shells', 'azure_storage_account_key', "CREATE DATABASE SCOPED CREDENTIAL BlobCred\nWITH IDENTITY = 'acmebackups',\nSECRET = '«P»';\n", 'b'),
 ('sql_postgres_dblink_connect', 'sql_and_db_shells', 'database_password', "SELECT * FROM dblink('host=10.2.0.7 dbname=ledger user=ro password=«P»', 'select id from t') AS t(id int);\n", 'h'),
 ('sql_mysql_federated_table', 'sql_and_db_shells', 'database_password', "CREATE TABLE remote_orders (id INT) ENGINE=FEDERATED CONNECTION='mysql://fed_user:«P»@10.3.1.9:3306/shop/orders';\n", 'r'),
 ('oracle_orapwd_cli', 'sql_and_db_shells', 'database_password', 'orapwd file=$ORACLE_HOME/dbs/orapwORCL password=«P» entries=10\n', 'h'),
 ('mysqladmin_long_flag', 'cli_password_flags', 'database_password', 'mysqladmin --user=root --password=«P» --host=db1 status\n', 'h'),
 ('mongorestore_password_flag', 'cli_password_flags', 'database_password', 'mongorestore --host rs0/db1:27017 --username restore --password «P» --authenticationDatabase admin dump/\n', 'h'),
 ('valkey_cli_pass', 'cli_password_flags', 'redis_password', 'valkey-cli -h cache.internal --user app --pass «P» PING\n', 'r'),
 ('rabbitmqadmin_cli', 'cli_password_flags', 'broker_password', 'rabbitmqadmin -H mq1 -u ops -p «P» list queues\n', 'h'),
 ('kafka_console_producer_property', 'cli_password_flags', 'kafka_sasl_password', 'kafka-console-producer.sh --bootstrap-server b1:9093 --topic audit --producer-property sasl.jaas.config=\'org.apache.kafka.common.security.plain.PlainLoginModule required username="audit" password="«P»";\'\n', 'r'),
 ('curl_proxy_user', 'cli_password_flags', 'proxy_password', 'curl --proxy http://proxy.corp:3128 --proxy-user jdoe:«P» https://example.org/\n', 'h'),
 ('aria2c_http_passwd', 'cli_password_flags', 'http_basic_auth_password', 'aria2c --http-user=mirror --http-passwd=«P» https://files.internal/iso/debian.iso\n', 'h'),
 ('svn_checkout_password', 'cli_password_flags', 'vcs_password', 'svn checkout https://svn.corp/repos/erp/trunk --username build --password «P» --non-interactive\n', 'h'),
 ('ncftpput_p', 'cli_password_flags', 'ftp_password', 'ncftpput -u upload -p «P» ftp.partner.example /incoming report.csv\n', 'h'),
 ('openssl_req_passout', 'cli_password_flags', 'private_key_passphrase', 'openssl req -new -newkey rsa:3072 -keyout srv.key -out srv.csr -passout pass:«P» -subj "/CN=srv"\n', 'h'),
 ('apksigner_ks_pass', 'cli_password_flags', 'keystore_password', 'apksigner sign --ks release.jks --ks-key-alias upload --ks-pass pass:«P» app-release.apk\n', 'h'),
 ('signtool_pfx_password', 'cli_password_flags', 'pkcs12_password', 'signtool sign /f codesign.pfx /p «P» /tr http://timestamp.digicert.com /td sha256 setup.exe\n', 'h'),
 ('rar_hp_switch', 'cli_password_flags', 'archive_password', 'rar a -hp«P» backup-2025-06.rar ./exports\n', 'h'),
 ('qpdf_encrypt', 'cli_password_flags', 'document_password', 'qpdf --encrypt «P» «P» 256 -- payroll.pdf payroll-locked.pdf\n', 'h'),
 ('pdftk_user_pw', 'cli_password_flags', 'document_password', 'pdftk contract.pdf output contract-enc.pdf user_pw «P»\n', 'h'),
 ('passwd_stdin_echo', 'cli_password_flags', 'linux_user_password', "echo '«P»' | passwd --stdin svc_backup\n", 'h'),
 ('smbpasswd_double_echo', 'cli_password_flags', 'smb_password', "(echo '«P»'; echo '«P»') | smbpasswd -s -a scanner\n", 'h'),
 ('kadmin_w_flag', 'cli_password_flags', 'kerberos_password', 'kadmin -p admin/admin -w «P» -q "listprincs"\n', 'h'),
 ('ipa_server_install', 'cli_password_flags', 'domain_admin_password', 'ipa-server-install -U -r CORP.EXAMPLE -n corp.example -p «P» -a «P»\n', 'h'),
 ('realm_join_echo', 'cli_password_flags', 'domain_admin_password', "echo '«P»' | realm join -U joinsvc corp.example\n", 'h'),
 ('podman_login_p', 'cli_password_flags', 'docker_registry_password', 'podman login -u robot$ci -p «P» registry.corp.example\n', 'r'),
 ('skopeo_dest_creds', 'cli_password_flags', 'docker_registry_password', 'skopeo copy --dest-creds pusher:«P» docker://alpine:3.20 docker://registry.corp.example/base/alpine:3.20\n', 'r'),
 ('crane_auth_login', 'cli_password_flags', 'docker_registry_password', 'crane auth login registry.corp.example -u ci -p «P»\n', 'r'),
 ('oras_login_password', 'cli_password_flags', 'docker_registry_password', 'oras login registry.corp.example --username ci --password «P»\n', 'r'),
 ('helm_registry_login', 'cli_password_flags', 'helm_repo_password', 'helm registry login oci.corp.example --username charts --password «P»\n', 'r'),
 ('iwctl_passphrase', 'cli_password_flags', 'wifi_psk', 'iwctl --passphrase «P» station wlan0 connect Office-5G\n', 'h'),
 ('netsh_wlan_show_profile_key_clear', 'runtime_and_ops_output', 'wifi_psk', 'Security settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : «P»\n', 'h'),
 ('wpa_cli_set_network_psk', 'cli_password_flags', 'wifi_psk', 'wpa_cli -i wlan0 set_network 0 psk \'"«P»"\'\n', 'h'),
 ('openconnect_passwd_on_stdin', 'cli_password_flags', 'vpn_password', "echo '«P»' | openconnect --user=jdoe --passwd-on-stdin vpn.corp.example\n", 'h'),
 ('pihole_set_web_password', 'cli_password_flags', 'web_admin_password', 'pihole setpassword «P»\n', 'h'),
 ('grafana_cli_reset_admin', 'cli_password_flags', 'grafana_admin_password', 'grafana cli admin reset-admin-password «P»\n', 'h'),
 ('jenkins_cli_auth', 'cli_password_flags', 'web_admin_password', 'java -jar jenkins-cli.jar -s https://ci.corp/ -auth admin:«P» list-jobs\n', 'h'),
 ('gitlab_rails_runner_password', 'cli_password_flags', 'user_password', "gitlab-rails runner \"u = User.find_by_username('root'); u.password = '«P»'; u.password_confirmation = '«P»'; u.save!\"\n", 'h'),
 ('django_superuser_env', 'cli_password_flags', 'web_admin_password', 'DJANGO_SUPERUSER_USERNAME=admin DJANGO_SUPERUSER_PASSWORD=«P» python manage.py createsuperuser --noinput --email ops@corp.example\n', 'h'),
 ('kcadm_config_credentials', 'cli_password_flags', 'web_admin_password', 'kcadm.sh config credentials --server https://sso.corp/ --realm master --user admin --password «P»\n', 'h'),
 ('vault_login_userpass', 'cli_password_flags', 'user_password', 'vault login -method=userpass username=mara password=«P»\n', 'h'),
 ('argocd_login_password', 'cli_password_flags', 'argocd_admin_password', 'argocd login argocd.corp.example --username admin --password «P» --grpc-web\n', 'r'),
 ('dsadd_user_pwd', 'cli_password_flags', 'windows_account_password', 'dsadd user "CN=svc_sql,OU=Service,DC=corp,DC=example" -pwd «P» -mustchpwd no\n', 'h'),
 ('wmic_remote_password', 'cli_password_flags', 'windows_account_password', 'wmic /node:10.0.5.20 /user:CORP\\ops /password:«P» process list brief\n', 'h'),
 ('schtasks_rp', 'cli_password_flags', 'windows_account_password', 'schtasks /Create /TN "Nightly Export" /TR C:\\jobs\\export.cmd /SC DAILY /ST 02:00 /RU CORP\\svc_export /RP «P»\n', 'h'),
 ('sc_config_password', 'cli_password_flags', 'service_account_password', 'sc.exe config AcmeAgent obj= "CORP\\svc_agent" password= «P»\n', 'h'),
 ('msiexec_property_password', 'cli_password_flags', 'service_account_password', 'msiexec /i agent.msi /qn SERVICEACCOUNT=CORP\\svc_agent SERVICEPASSWORD=«P»\n', 'h'),
 ('expect_script_send', 'build_and_automation_scripts', 'ssh_password', '#!/usr/bin/expect -f\nspawn ssh admin@10.0.9.1\nexpect "password:"\nsend "«P»\\r"\ninteract\n', 'h'),
 ('redis_server_requirepass_cli', 'cli_password_flags', 'redis_password', 'redis-server --port 6380 --requirepass «P» --appendonly yes\n', 'r'),
 ('mosquitto_passwd_b', 'cli_password_flags', 'mqtt_password', 'mosquitto_passwd -b /etc/mosquitto/passwd sensor01 «P»\n', 'h'),
 ('influx_setup_cli', 'cli_password_flags', 'database_password', 'influx setup --username admin --password «P» --org acme --bucket telemetry --force\n', 'h'),
 ('clickhouse_client_password', 'cli_password_flags', 'database_password', 'clickhouse-client --host ch1 --user analyst --password «P» --query "SELECT 1"\n', 'h'),
 ('cqlsh_u_p', 'cli_password_flags', 'database_password', 'cqlsh cass1.internal 9042 -u cassandra -p «P»\n', 'h'),
 ('snowsql_pwd_env', 'cli_password_flags', 'database_password', 'SNOWSQL_PWD=«P» snowsql -a xy12345.eu-central-1 -u LOADER -q "select current_version()"\n', 'h'),
 ('ssh_keygen_new_passphrase', 'cli_password_flags', 'private_key_passphrase', "ssh-keygen -t ed25519 -N '«P»' -f ~/.ssh/deploy_ed25519\n", 'h'),
 ('zfs_create_keyformat_passphrase', 'cli_password_flags', 'disk_encryption_passphrase', "echo '«P»' | zfs create -o encryption=on -o keyformat=passphrase tank/secure\n", 'h'),
 ('gocryptfs_init_echo', 'cli_password_flags', 'disk_encryption_passphrase', "echo '«P»' | gocryptfs -init -q ~/vault.enc\n", 'h'),
 ('ansible_vault_password_process_subst', 'cli_password_flags', 'encryption_passphrase', "ansible-playbook site.yml --vault-password-file <(echo '«P»')\n", 'h'),
 ('kopia_repository_connect', 'cli_password_flags', 'backup_repository_password', 'kopia repository connect s3 --bucket=kopia-prod --password=«P»\n', 'h'),
 ('duplicati_cli_passphrase', 'cli_password_flags', 'backup_repository_password', 'duplicati-cli backup "s3://bk/laptop" /home/mara --passphrase=«P»\n', 'h'),
 ('plink_pw', 'cli_password_flags', 'ssh_password', 'plink -ssh -batch -pw «P» admin@10.0.9.2 "show version"\n', 'h'),
 ('pscp_pw', 'cli_password_flags', 'ssh_password', 'pscp -pw «P» backup.tar.gz root@10.0.9.3:/srv/\n', 'h'),
 ('winscp_script_open', 'cli_password_flags', 'sftp_password', 'winscp.com /command "open sftp://deploy:«P»@files.corp.example/ -hostkey=*" "put dist\\*" "exit"\n', 'r'),
 ('netexec_smb_cli', 'cli_password_flags', 'windows_account_password', 'nxc smb 10.0.5.0/24 -u svc_scan -p \'«P»\' --shares\n', 'h'),
 ('evil_winrm_cli', 'cli_password_flags', 'windows_account_password', "evil-winrm -i 10.0.5.21 -u Administrator -p '«P»'\n", 'h'),
 ('impacket_target_string', 'cli_password_flags', 'domain_admin_password', "secretsdump.py 'CORP/da_admin:«P»@10.0.5.10'\n", 'h'),
 ('rdesktop_p', 'cli_password_flags', 'rdp_password', 'rdesktop -u CORP\\\\jdoe -p «P» -g 1600x900 ts01.corp.example\n', 'h'),
 ('idrac_racadm_cli', 'cli_password_flags', 'ipmi_password', 'racadm -r 10.0.8.21 -u root -p «P» getsysinfo\n', 'h'),
 ('govc_env_password', 'env_files_and_shell_profiles', 'hypervisor_password', 'export GOVC_URL=https://vcsa.corp.example\nexport GOVC_USERNAME=automation@vsphere.local\nexport GOVC_PASSWORD=«P»\n', 'h'),
 ('openstack_openrc_sh', 'env_files_and_shell_profiles', 'cloud_user_password', 'export OS_AUTH_URL=https://keystone.corp:5000/v3\nexport OS_USERNAME=ci\nexport OS_PASSWORD=«P»\nexport OS_PROJECT_NAME=ci\n', 'h'),
 ('tomcat_users_xml', 'service_configs', 'web_admin_password', '<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="deployer" password="«P»" roles="manager-gui,manager-script"/>\n</tomcat-users>\n', 'h'),
 ('jetty_realm_properties', 'service_configs', 'web_admin_password', '# username: password[,rolename ...]\nadmin: «P»,server-administrator,content-administrator\n', 'h'),
 ('weblogic_boot_properties', 'service_configs', 'web_admin_password', 'username=weblogic\npassword=«P»\n', 'h'),
 ('activemq_credentials_properties', 'service_configs', 'broker_password', 'activemq.username=system\nactivemq.password=«P»\nguest.password=guest\n', 'h'),
 ('zookeeper_server_jaas', 'service_configs', 'generic_password', 'Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super="«P»"\n    user_kafka="«P»";\n};\n', 'r'),
 ('cqlshrc_authentication', 'service_configs', 'database_password', '[authentication]\nusername = app\npassword = «P»\n\n[connection]\nhostname = cass1\n', 'h'),
 ('clickhouse_users_xml', 'service_configs', 'database_password', '<clickhouse>\n  <users>\n    <etl>\n      <password>«P»</password>\n      <networks><ip>10.0.0.0/8</ip></networks>\n    </etl>\n  </users>\n</clickhouse>\n', 'h'),
 ('trino_catalog_properties', 'service_configs', 'database_password', 'connector.name=postgresql\nconnection-url=jdbc:postgresql://pg1:5432/ledger\nconnection-user=trino\nconnection-password=«P»\n', 'h'),
 ('hive_site_xml', 'service_configs', 'database_password', '<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>«P»</value>\n</property>\n', 'h'),
 ('druid_runtime_properties', 'service_configs', 'database_password', 'druid.metadata.storage.type=postgresql\ndruid.metadata.storage.connector.user=druid\ndruid.metadata.storage.connector.password=«P»\n', 'h'),
 ('metabase_env', 'service_configs', 'database_password', 'MB_DB_TYPE=postgres\nMB_DB_USER=metabase\nMB_DB_PASS=«P»\nMB_DB_HOST=pg1\n', 'h'),
 ('redmine_database_yml', 'service_configs', 'database_password', 'production:\n  adapter: mysql2\n  database: redmine\n  username: redmine\n  password: "«P»"\n', 'h'),
 ('sonar_properties', 'service_configs', 'database_password', 'sonar.jdbc.username=sonar\nsonar.jdbc.password=«P»\nsonar.jdbc.url=jdbc:postgresql://pg1/sonar\n', 'h'),
 ('harbor_yml', 'service_configs', 'web_admin_password', 'hostname: harbor.corp.example\nharbor_admin_password: «P»\ndatabase:\n  max_idle_conns: 100\n', 'h'),
 ('kibana_yml', 'service_configs', 'elasticsearch_password', 'elasticsearch.hosts: ["https://es1:9200"]\nelasticsearch.username: "kibana_system"\nelasticsearch.password: "«P»"\n', 'r'),
 ('graylog_server_conf_password_secret', 'service_configs', 'generic_secret', 'is_leader = true\npassword_secret = «P»\nhttp_bind_address = 0.0.0.0:9000\n', 'x64'),
 ('transmission_settings_json', 'service_configs', 'web_admin_password', '{\n    "rpc-authentication-required": true,\n    "rpc-password": "«P»",\n    "rpc-username": "seed"\n}\n', 'h'),
 ('deluge_auth_file', 'credential_files', 'web_admin_password', 'localclient:«P»:10\n', 'x'),
 ('nzbget_conf', 'service_configs', 'web_admin_password', 'ControlIP=0.0.0.0\nControlUsername=nzbget\nControlPassword=«P»\n', 'h'),
 ('mumble_murmur_ini', 'service_configs', 'game_server_password', 'port=64738\nserverpassword=«P»\nusers=50\n', 'h'),
 ('terraria_serverconfig_txt', 'service_configs', 'game_server_password', 'world=/srv/terraria/worlds/Main.wld\nmaxplayers=8\npassword=«P»\n', 'h'),
 ('quake3_server_cfg', 'service_configs', 'rcon_password', 'seta sv_hostname "LAN Party"\nseta rconpassword "«P»"\nmap q3dm17\n', 'h'),
 ('rust_dedicated_start_bat', 'service_configs', 'rcon_password', 'RustDedicated.exe -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "«P»" +rcon.web 1\n', 'h'),
 ('ssmtp_conf', 'service_configs', 'smtp_password', 'root=postmaster\nmailhub=smtp.provider.example:587\nAuthUser=alerts@corp.example\nAuthPass=«P»\nUseSTARTTLS=YES\n', 'h'),
 ('nullmailer_remotes', 'service_configs', 'smtp_password', 'smtp.provider.example smtp --port=587 --starttls --user=alerts@corp.example --pass=«P»\n', 'h'),
 ('opensmtpd_secrets_table', 'credential_files', 'smtp_password', 'relay alerts@corp.example:«P»\n', 'h'),
 ('mbsyncrc', 'service_configs', 'imap_password', 'IMAPAccount work\nHost imap.corp.example\nUser jdoe@corp.example\nPass «P»\nSSLType IMAPS\n', 'h'),
 ('offlineimaprc', 'service_configs', 'imap_password', '[Repository Remote]\ntype = IMAP\nremotehost = imap.corp.example\nremoteuser = jdoe\nremotepass = «P»\n', 'h'),
 ('getmailrc', 'service_configs', 'imap_password', '[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.corp.example\nusername = archive\npassword = «P»\n', 'h'),
 ('emacs_authinfo', 'credential_files', 'imap_password', 'machine imap.corp.example login jdoe@corp.example password «P» port 993\n', 'h'),
 ('roundcube_config_des_key', 'service_configs', 'generic_secret', "<?php\n$config['des_key'] = '«P»';\n$config['product_name'] = 'Webmail';\n", 'r'),
 ('strongswan_ipsec_secrets', 'credential_files', 'vpn_psk', ': PSK "«P»"\n', 'r'),
 ('swanctl_conf_secrets', 'service_configs', 'vpn_psk', 'secrets {\n    ike-branch {\n        id = branch.corp.example\n        secret = "«P»"\n    }\n}\n', 'r'),
 ('pppd_chap_secrets', 'credential_files', 'vpn_password', '# client\tserver\tsecret\t\t\tIP addresses\n"dsl-4711"\t*\t"«P»"\t*\n', 'h'),
 ('ddclient_conf', 'service_configs', 'dyndns_password', 'protocol=dyndns2\nserver=members.dyndns.example\nlogin=homeuser\npassword=\'«P»\'\nhome.dyn.example\n', 'h'),
 ('keepalived_conf_auth_pass', 'service_configs', 'vrrp_password', 'vrrp_instance VI_1 {\n    state MASTER\n    authentication {\n        auth_type PASS\n        auth_pass «P»\n    }\n}\n', 'pin'),
 ('frr_bgp_neighbor_password', 'service_configs', 'bgp_md5_password', 'router bgp 65010\n neighbor 192.0.2.1 remote-as 65020\n neighbor 192.0.2.1 password «P»\n', 'r'),
 ('bird_conf_bgp_password', 'service_configs', 'bgp_md5_password', 'protocol bgp upstream {\n  local as 65010;\n  neighbor 192.0.2.9 as 65030;\n  password "«P»";\n}\n', 'r'),
 ('ntp_keys_file', 'credential_files', 'ntp_symmetric_key', '# ntpkeys\n1 SHA1 «P»\n', 'x'),
 ('bind_tsig_key', 'service_configs', 'tsig_key', 'key "ddns-update" {\n    algorithm hmac-sha256;\n    secret "«P»";\n};\n', 'b'),
 ('tac_plus_conf', 'service_configs', 'tacacs_key', 'key = «P»\nuser = netops {\n    login = PAM\n}\n', 'r'),
 ('vyos_set_plaintext_password', 'service_configs', 'network_device_password', "set system login user ops authentication plaintext-password '«P»'\ncommit; save\n", 'h'),
 ('iscsid_conf_chap', 'service_configs', 'iscsi_chap_password', 'node.session.auth.authmethod = CHAP\nnode.session.auth.username = iqn.2025-06.example.corp:host1\nnode.session.auth.password = «P»\n', 'r'),
 ('davfs2_secrets', 'credential_files', 'webdav_password', 'https://dav.corp.example/remote.php/dav/files/jdoe jdoe «P»\n', 'h'),
 ('bacula_dir_conf', 'service_configs', 'backup_repository_password', 'Director {\n  Name = bacula-dir\n  Password = "«P»"\n}\n', 'r'),
 ('ceph_keyring', 'credential_files', 'ceph_key', '[client.rbd-prod]\n\tkey = «P»\n\tcaps mon = "profile rbd"\n', 'b'),
 ('ilo_ribcl_xml', 'service_configs', 'ipmi_password', '<RIBCL VERSION="2.0">\n  <LOGIN USER_LOGIN="Administrator" PASSWORD="«P»">\n    <SERVER_INFO MODE="read"><GET_HOST_DATA/></SERVER_INFO>\n  </LOGIN>\n</RIBCL>\n', 'h'),
 ('zabbix_agent_psk_file', 'credential_files', 'zabbix_psk', '«P»\n', 'x64'),
 ('squid_cachemgr_passwd', 'service_configs', 'web_admin_password', 'http_port 3128\ncachemgr_passwd «P» all\n', 'h'),
 ('varnish_secret_file', 'credential_files', 'varnish_secret', '«P»\n', 'r'),
 ('haproxy_stats_auth', 'service_configs', 'web_admin_password', 'listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth admin:«P»\n', 'h'),
 ('pgbouncer_userlist_txt', 'credential_files', 'database_password', '"app_rw" "«P»"\n', 'h'),
 ('odbc_ini_dsn', 'service_configs', 'database_password', '[Warehouse]\nDriver = PostgreSQL Unicode\nServername = pg1.corp\nDatabase = dwh\nUserName = bi_ro\nPassword = «P»\n', 'h'),
 ('jmxremote_password_file', 'credential_files', 'jmx_password', 'monitorRole «P»\n', 'h'),
 ('glassfish_passwordfile', 'credential_files', 'web_admin_password', 'AS_ADMIN_PASSWORD=«P»\n', 'h'),
 ('liquibase_properties', 'service_configs', 'database_password', 'changeLogFile=db/changelog.xml\nurl=jdbc:postgresql://pg1:5432/app\nusername=liquibase\npassword=«P»\n', 'h'),
 ('flyway_conf', 'service_configs', 'database_password', 'flyway.url=jdbc:mysql://db1:3306/shop\nflyway.user=flyway\nflyway.password=«P»\n', 'h'),
 ('hibernate_cfg_xml', 'service_configs', 'database_password', '<hibernate-configuration><session-factory>\n  <property name="hibernate.connection.username">app</property>\n  <property name="hibernate.connection.password">«P»</property>\n</session-factory></hibernate-configuration>\n', 'h'),
 ('knexfile_js', 'source_code', 'database_password', "module.exports = {\n  production: {\n    client: 'pg',\n    connection: { host: 'pg1', user: 'app', password: '«P»', database: 'app' },\n  },\n};\n", 'h'),
 ('typeorm_ormconfig_json', 'source_code', 'database_password', '{\n  "type": "mysql",\n  "host": "db1",\n  "username": "typeorm",\n  "password": "«P»",\n  "database": "shop"\n}\n', 'h'),
 ('ecto_repo_config_exs', 'source_code', 'database_password', 'config :shop, Shop.Repo,\n  username: "postgres",\n  password: "«P»",\n  hostname: "pg1"\n', 'h'),
 ('peewee_database_python', 'source_code', 'database_password', "db = PostgresqlDatabase('ledger', user='ledger', password='«P»', host='pg1')\n", 'h'),
 ('sqlalchemy_url_create', 'source_code', 'database_password', 'url = URL.create("postgresql+psycopg", username="etl", password="«P»", host="pg1", database="dwh")\n', 'h'),
 ('nut_upsd_users', 'service_configs', 'ups_password', '[monuser]\n    password = «P»\n    upsmon primary\n', 'h'),
 ('rsyncd_secrets', 'credential_files', 'rsync_password', 'backup:«P»\n', 'h'),
 ('motion_conf_netcam_userpass', 'service_configs', 'camera_password', 'netcam_url rtsp://10.0.7.31:554/stream1\nnetcam_userpass admin:«P»\n', 'h'),
 ('linphonerc_auth_info', 'service_configs', 'sip_password', '[auth_info_0]\nusername=4711\npasswd=«P»\nrealm=pbx.corp.example\n', 'h'),
 ('baresip_accounts', 'service_configs', 'sip_password', '<sip:4712@pbx.corp.example>;auth_pass=«P»;regint=600\n', 'h'),
 ('weechat_set_sasl_password', 'service_configs', 'irc_password', '/set irc.server.libera.sasl_username "jdoe"\n/set irc.server.libera.sasl_password "«P»"\n', 'h'),
 ('irssi_config_sasl', 'service_configs', 'irc_password', 'chatnets = {\n  liberachat = {\n    type = "IRC";\n    sasl_mechanism = "PLAIN";\n    sasl_username = "jdoe";\n    sasl_password = "«P»";\n  };\n};\n', 'h'),
 ('matterbridge_toml', 'service_configs', 'chat_account_password', '[mattermost.work]\nServer="chat.corp.example:443"\nLogin="bridge"\nPassword="«P»"\n', 'h'),
 ('coturn_static_auth_secret', 'service_configs', 'turn_shared_secret', 'listening-port=3478\nuse-auth-secret\nstatic-auth-secret=«P»\nrealm=turn.corp.example\n', 'x64'),
 ('prosody_cfg_lua', 'service_configs', 'turn_shared_secret', 'turn_external_host = "turn.corp.example"\nturn_external_secret = "«P»"\n', 'r'),
 ('bitcoin_conf_rpcpassword', 'service_configs', 'rpc_password', 'server=1\nrpcuser=node\nrpcpassword=«P»\nrpcallowip=10.0.0.0/8\n', 'r'),
 ('conky_imap_var', 'service_configs', 'imap_password', '${imap_unseen imap.corp.example jdoe «P» -i 120}\n', 'h'),
 ('nextcloud_autoconfig_php', 'service_configs', 'web_admin_password', "<?php\n$AUTOCONFIG = array(\n  'adminlogin' => 'admin',\n  'adminpass' => '«P»',\n  'directory' => '/var/www/data',\n);\n", 'h'),
 ('fetch_rs_ldap_toml', 'service_configs', 'ldap_bind_password', '[ldap]\nurl = "ldaps://ldap.corp.example"\nbind_dn = "cn=reader,dc=corp,dc=example"\nbind_password = "«P»"\n', 'h'),
 ('gitea_app_ini_ldap_source_cli', 'cli_password_flags', 'ldap_bind_password', 'gitea admin auth add-ldap --name corp --security-protocol LDAPS --host ldap.corp --port 636 --bind-dn "cn=gitea,ou=svc,dc=corp" --bind-password «P» --user-search-base "ou=people,dc=corp" --user-filter "(uid=%s)" --email-attribute mail\n', 'h'),
]

# key pairs: (kind, family, id_type, secret_type, id_gen, secret_gen, template with «I», «S»)
def aws_id(): return 'AKIA' + s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
def aws_sec(): return s(AN + '+/', 40)
PAIRS = [
 ('s3fs_passwd_file', 'credential_files', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, '«I»:«S»\n'),
 ('hadoop_core_site_s3a', 'service_configs', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, '<configuration>\n  <property><name>fs.s3a.access.key</name><value>«I»</value></property>\n  <property><name>fs.s3a.secret.key</name><value>«S»</value></property>\n</configuration>\n'),
 ('spark_submit_conf', 'cli_invocations', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, 'spark-submit --conf spark.hadoop.fs.s3a.access.key=«I» --conf spark.hadoop.fs.s3a.secret.key=«S» etl.py\n'),
 ('terraform_init_backend_config', 'cli_invocations', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, 'terraform init -backend-config="access_key=«I»" -backend-config="secret_key=«S»"\n'),
 ('aws_configure_set_cli', 'cli_invocations', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, 'aws configure set aws_access_key_id «I» --profile ci\naws configure set aws_secret_access_key «S» --profile ci\n'),
 ('duckdb_create_secret_s3', 'sql_and_db_shells', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, "CREATE SECRET lake (\n    TYPE s3,\n    KEY_ID '«I»',\n    SECRET '«S»',\n    REGION 'eu-west-1'\n);\n"),
 ('redshift_copy_credentials', 'sql_and_db_shells', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, "COPY sales FROM 's3://acme-dw/sales/'\nACCESS_KEY_ID '«I»'\nSECRET_ACCESS_KEY '«S»'\nFORMAT AS PARQUET;\n"),
 ('snowflake_create_stage_credentials', 'sql_and_db_shells', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, "CREATE STAGE raw_stage URL='s3://acme-raw/'\n  CREDENTIALS=(AWS_KEY_ID='«I»' AWS_SECRET_KEY='«S»');\n"),
 ('clickhouse_s3_table_function', 'sql_and_db_shells', 'aws_access_key_id', 'aws_secret_access_key', aws_id, aws_sec, "SELECT count() FROM s3('https://acme-logs.s3.amazonaws.com/2025/*.parquet', '«I»', '«S»', 'Parquet');\n"),
 ('aliyun_cli_config_json', 'credential_files', 'alibaba_access_key_id', 'alibaba_access_key_secret', lambda: 'LTAI5t' + an(18), lambda: an(30), '{\n  "current": "default",\n  "profiles": [{\n    "name": "default",\n    "mode": "AK",\n    "access_key_id": "«I»",\n    "access_key_secret": "«S»",\n    "region_id": "cn-hangzhou"\n  }]\n}\n'),
 ('tccli_credential_json', 'credential_files', 'tencent_secret_id', 'tencent_secret_key', lambda: 'AKID' + an(32), lambda: an(32), '{\n    "secretId": "«I»",\n    "secretKey": "«S»"\n}\n'),
 ('obsutil_config', 'credential_files', 'huawei_access_key_id', 'huawei_secret_access_key', lambda: up(20), lambda: an(40), 'endpoint=obs.cn-north-4.myhuaweicloud.com\nak=«I»\nsk=«S»\n'),
 ('b2_authorize_account_cli', 'cli_invocations', 'backblaze_b2_key_id', 'backblaze_b2_application_key', lambda: '005' + hx(22), lambda: 'K005' + s(AN + '/+', 27), 'b2 account authorize «I» «S»\n'),
 ('minio_default_env_file', 'os_service_configs', 'minio_access_key_id', 'minio_secret_key', lambda: up(20), lambda: an(40), '# /etc/default/minio\nMINIO_VOLUMES="/mnt/data"\nMINIO_ROOT_USER=«I»\nMINIO_ROOT_PASSWORD=«S»\n'),
 ('modal_toml', 'credential_files', 'modal_token_id', 'modal_token_secret', lambda: 'ak-' + an(22), lambda: 'as-' + an(22), '[acme]\ntoken_id = "«I»"\ntoken_secret = "«S»"\nactive = true\n'),
 ('twilio_sdk_python', 'source_code', 'twilio_api_key_sid', 'twilio_api_key_secret', lambda: 'SK' + hx(32), lambda: an(32), "client = Client('«I»', '«S»', account_sid='AC" + 'f3c0' * 8 + "')\n"),
 ('librdkafka_properties_confluent', 'service_configs', 'confluent_cloud_api_key', 'confluent_cloud_api_secret', lambda: up(16), lambda: s(AN + '+/', 64), 'bootstrap.servers=pkc-4r087.europe-west1.gcp.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=«I»\nsasl.password=«S»\n'),
 ('duo_authproxy_cfg', 'service_configs', 'duo_integration_key', 'duo_secret_key', lambda: 'DI' + up(18), lambda: an(40), '[radius_server_auto]\nikey=«I»\nskey=«S»\napi_host=api-1a2b3c4d.duosecurity.com\n'),
 ('sumo_collector_user_properties', 'service_configs', 'sumologic_access_id', 'sumologic_access_key', lambda: 'su' + an(12), lambda: an(64), 'name=web-01\naccessid=«I»\naccesskey=«S»\n'),
 ('freqtrade_config_json', 'app_specific_configs', 'binance_api_key', 'binance_api_secret', lambda: an(64), lambda: an(64), '{\n  "exchange": {\n    "name": "binance",\n    "key": "«I»",\n    "secret": "«S»"\n  }\n}\n'),
 ('ccxt_python_kraken', 'source_code', 'kraken_api_key', 'kraken_private_key', lambda: s(AN + '+/', 56), lambda: b64(64), "exchange = ccxt.kraken({'apiKey': '«I»', 'secret': '«S»'})\n"),
 ('ovh_conf', 'credential_files', 'ovh_application_key', 'ovh_application_secret', lambda: hx(16), lambda: hx(32), '[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=«I»\napplication_secret=«S»\n'),
 ('scw_config_yaml', 'credential_files', 'scaleway_access_key', 'scaleway_secret_key', lambda: 'SCW' + up(17), uuid4, 'access_key: «I»\nsecret_key: «S»\ndefault_organization_id: 3f2b9c1e-0d44-4b8e-9a51-7c2e6f1d0a93\ndefault_region: fr-par\n'),
 ('duckdb_create_secret_gcs', 'sql_and_db_shells', 'gcp_hmac_access_id', 'gcp_hmac_secret', lambda: 'GOOG1E' + up(55), lambda: s(AN + '+/', 40), "CREATE SECRET gcs_lake (TYPE gcs, KEY_ID '«I»', SECRET '«S»');\n"),
 ('r2_s5cmd_env', 'env_files_and_shell_profiles', 'cloudflare_r2_access_key_id', 'cloudflare_r2_secret_access_key', lambda: hx(32), lambda: hx(64), 'export AWS_ACCESS_KEY_ID=«I»\nexport AWS_SECRET_ACCESS_KEY=«S»\ns5cmd --endpoint-url https://' + 'a1b2' * 8 + '.r2.cloudflarestorage.com ls s3://assets\n'),
]

# connection strings: (kind, type, generator key, template)
CONNS = [
 ('conn_jdbc_mariadb_query', 'database_password', 'h', 'jdbc:mariadb://db1.corp:3306/shop?user=shop&password=«P»&useSsl=true'),
 ('conn_jdbc_postgresql_query', 'database_password', 'h', 'jdbc:postgresql://pg1.corp:5432/ledger?user=ledger&password=«P»&ssl=true'),
 ('conn_jdbc_db2', 'database_password', 'h', 'jdbc:db2://db2.corp:50000/SAMPLE:user=db2inst1;password=«P»;'),
 ('conn_jdbc_redshift', 'database_password', 'h', 'jdbc:redshift://dw.abc123.eu-west-1.redshift.amazonaws.com:5439/dev;UID=etl;PWD=«P»'),
 ('conn_jdbc_h2_tcp', 'database_password', 'h', 'jdbc:h2:tcp://h2.corp:9092/~/app;USER=sa;PASSWORD=«P»'),
 ('conn_jdbc_jtds_sybase', 'database_password', 'h', 'jdbc:jtds:sybase://ase.corp:5000/erp;user=erp;password=«P»'),
 ('conn_jdbc_informix', 'database_password', 'h', 'jdbc:informix-sqli://ifx.corp:9088/stores:INFORMIXSERVER=ol_prod;user=informix;password=«P»'),
 ('conn_jdbc_teradata', 'database_password', 'h', 'jdbc:teradata://td.corp/DATABASE=sales,USER=etl,PASSWORD=«P»'),
 ('conn_jdbc_hive2', 'database_password', 'h', 'jdbc:hive2://hs2.corp:10000/default;user=analyst;password=«P»'),
 ('conn_cockroach_url', 'database_password', 'r', 'postgresql://app:«P»@crdb.corp:26257/bank?sslmode=verify-full'),
 ('conn_sqlalchemy_oracle', 'database_password', 'h', 'oracle+oracledb://scott:«P»@ora.corp:1521/?service_name=ORCLPDB1'),
 ('conn_ado_mysql_connector_net', 'database_password', 'h', 'Server=db1.corp;Port=3306;Database=shop;Uid=shop;Pwd=«P»;SslMode=Required;'),
 ('conn_odp_net_oracle', 'database_password', 'h', 'User Id=hr;Password=«P»;Data Source=ora.corp:1521/ORCLPDB1;'),
 ('conn_couchdb_url', 'database_password', 'r', 'http://admin:«P»@couch.corp:5984/_all_dbs'),
 ('conn_opensearch_url', 'elasticsearch_password', 'r', 'https://admin:«P»@search.corp:9200/_cluster/health'),
 ('conn_ssh_uri', 'ssh_password', 'h', 'ssh://deploy:«P»@10.0.9.4:2222'),
 ('conn_smb_uri_domain', 'smb_password', 'h', 'smb://CORP;scanner:«P»@files.corp/scans'),
 ('conn_ircs_url', 'irc_password', 'h', 'ircs://bouncer:«P»@irc.corp.example:6697/#ops'),
 ('conn_sip_uri_password', 'sip_password', 'h', 'sip:4713:«P»@pbx.corp.example;transport=tls'),
 ('conn_imaps_url', 'imap_password', 'h', 'imaps://jdoe%40corp.example:«P»@imap.corp.example:993/INBOX'),
 ('conn_pop3s_url', 'email_account_password', 'h', 'pop3s://archive:«P»@pop.corp.example:995'),
 ('conn_svn_https_userinfo', 'vcs_password', 'h', 'https://build:«P»@svn.corp.example/repos/erp/trunk'),
 ('conn_firebird_url', 'database_password', 'h', 'firebird://SYSDBA:«P»@fb.corp:3050//var/lib/firebird/data/erp.fdb'),
 ('conn_socks5h_proxy', 'proxy_password', 'h', 'socks5h://jdoe:«P»@proxy.corp.example:1080'),
 ('conn_ftps_url', 'ftp_password', 'h', 'ftps://upload:«P»@ftp.partner.example:990/incoming/'),
 ('conn_davs_url', 'webdav_password', 'h', 'davs://jdoe:«P»@cloud.corp.example/remote.php/webdav/'),
 ('conn_mssql_sqlalchemy_pyodbc', 'database_password', 'h', 'mssql+pyodbc://sa:«P»@sql1.corp:1433/erp?driver=ODBC+Driver+18+for+SQL+Server'),
 ('conn_supabase_pooler', 'database_password', 'r', 'postgresql://postgres.xkqzvbnmltrpwdoa:«P»@aws-0-eu-central-1.pooler.supabase.com:6543/postgres'),
 ('conn_neon_url', 'database_password', 'r', 'postgresql://neondb_owner:«P»@ep-quiet-forest-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require'),
 ('conn_vmware_ovftool_vi', 'hypervisor_password', 'h', 'vi://administrator%40vsphere.local:«P»@vcsa.corp/DC1/host/Cluster1'),
]
CONN_WRAP = [
 ('dotenv_quoted', 'DATABASE_URL="«C»"\n'), ('yaml_value', 'datasource:\n  url: "«C»"\n'), ('python_kwarg', 'engine = connect(dsn="«C»")\n'),
 ('json_field', '{"connection": "«C»"}\n'), ('toml_field', 'dsn = "«C»"\n'), ('shell_arg', "tool --url '«C»' --check\n"), ('xml_attr', '<datasource url="«C»"/>\n'),
 ('ini_field', '[db]\nuri = «C»\n'), ('go_string', 'const dsn = "«C»"\n'), ('markdown_inline', 'Connect with `«C»` from the bastion.\n'),
]
# special token-bearing connection strings
CONN_TOK = [
 ('conn_motherduck_token', 'motherduck_token', lambda: jwt({'session': 'ops.corp', 'email': 'ops@corp.example', 'userId': uuid4(), 'iat': 1740000000, 'iss': 'https://motherduck.com'}), 'md:analytics?motherduck_token=«P»'),
 ('conn_libsql_turso', 'turso_auth_token', lambda: jwt({'a': 'rw', 'iat': 1740000000, 'id': uuid4()}, 'EdDSA', 64), 'libsql://ledger-acme.turso.io?authToken=«P»'),
 ('conn_prisma_accelerate', 'prisma_accelerate_api_key', lambda: jwt({'api_key': uuid4(), 'tenant_id': hx(64), 'internal_secret': uuid4()}), 'prisma://accelerate.prisma-data.net/?api_key=«P»'),
 ('conn_upstash_rediss', 'upstash_redis_password', lambda: 'A' + an(3) + 'AAIjcD' + an(50), 'rediss://default:«P»@eu1-smart-lynx-40211.upstash.io:6379'),
 ('conn_rtmp_twitch_stream_key', 'twitch_stream_key', lambda: 'live_' + dg(9) + '_' + an(30), 'rtmp://live.twitch.tv/app/«P»'),
 ('conn_rtmp_youtube_stream_key', 'youtube_stream_key', lambda: '-'.join(lo(4) for _ in range(5)), 'rtmp://a.rtmp.youtube.com/live2/«P»'),
]

# private keys: (kind, key name, type, template «K»; 'indent' or 'escape' or None)
PK = [
 ('terraform_heredoc_private_key', 'rsa_pkcs1_b', 'private_key_rsa', 'resource "tls_locally_signed_cert" "x" {\n  ca_private_key_pem = <<EOT\n«K»\nEOT\n}\n', None),
 ('helm_values_block_scalar_key', 'ec_sec1_b', 'private_key_ec', 'tls:\n  enabled: true\n  key: |\n«K»\n', 'indent4'),
 ('json_escaped_github_app_key', 'rsa_pkcs1_c', 'private_key_rsa', '{"app_id": 381245, "private_key": "«K»"}\n', 'escape'),
 ('toml_multiline_basic_key', 'ed25519_pkcs8_b', 'private_key_pkcs8', 'signing_key = """\n«K»"""\n', None),
 ('ruby_squiggly_heredoc_key', 'rsa_pkcs8_b', 'private_key_pkcs8', 'PRIVATE_KEY = <<~PEM\n«K»\nPEM\n', 'indent2'),
 ('rust_raw_string_key', 'ec_sec1_c', 'private_key_ec', 'const KEY: &str = r#"«K»"#;\n', None),
 ('csharp_verbatim_string_key', 'ed25519_pkcs8_c', 'private_key_pkcs8', 'private const string Pem = @"«K»";\n', None),
 ('php_nowdoc_key', 'ec_p384_sec1', 'private_key_ec', "$key = <<<'KEY'\n«K»\nKEY;\n", None),
 ('shell_heredoc_write_key', 'openssh_ed25519_b', 'private_key_openssh', "install -m 600 /dev/null ~/.ssh/id_ed25519\ncat > ~/.ssh/id_ed25519 <<'EOF'\n«K»EOF\n", None),
 ('compose_configs_content_key', 'openssh_ed25519_c', 'private_key_openssh', 'configs:\n  deploy_key:\n    content: |\n«K»\n', 'indent6'),
 ('saml_sp_xml_private_key', 'rsa_pkcs1', 'private_key_rsa', '<sp:ServiceProvider entityID="https://app.corp.example">\n  <sp:PrivateKey>«K»</sp:PrivateKey>\n</sp:ServiceProvider>\n', None),
 ('dotenv_real_newlines_key', 'ec_p256_pkcs8', 'private_key_pkcs8', 'APPLE_PRIVATE_KEY="«K»"\nAPPLE_KEY_ID=7QX2K9LM4B\n', None),
 ('vault_pki_issue_output', 'ec_sec1', 'private_key_ec', 'Key                 Value\n---                 -----\nexpiration          1767225600\nprivate_key         «K»\nprivate_key_type    ec\nserial_number       3a:1f:9c:22\n', None),
 ('kotlin_raw_string_trimindent', 'ed25519_pkcs8', 'private_key_pkcs8', 'val pem = """\n«K»\n""".trimIndent()\n', 'indent4'),
 ('perl_heredoc_key', 'ec_p384_pkcs8', 'private_key_pkcs8', 'my $pem = <<"END_KEY";\n«K»\nEND_KEY\n', None),
 ('x25519_key_in_yaml_literal', 'x25519_pkcs8', 'private_key_pkcs8', 'hpke:\n  private_key: |-\n«K»\n', 'indent4'),
 ('forum_post_openssh_key', 'openssh_ed25519', 'private_key_openssh', 'Hi, my CI fails with "invalid format". This is the key I pasted into the variable:\n\n«K»\nWhat am I doing wrong?\n', None),
 ('openssh_ecdsa_in_ansible_copy', 'openssh_ecdsa', 'private_key_openssh', '- name: install key\n  ansible.builtin.copy:\n    dest: /home/ci/.ssh/id_ecdsa\n    mode: "0600"\n    content: |\n«K»\n', 'indent6'),
 ('encrypted_key_with_passphrase_notes', 'encrypted_pkcs8_b', 'private_key_encrypted', 'key for the partner sftp (passphrase: «Q»)\n\n«K»\n', None),
 ('encrypted_key_in_java_text_block', 'encrypted_pkcs8', 'private_key_encrypted', 'String pem = """\n«K»""";\nchar[] pass = "«Q»".toCharArray();\n', None),
]

# ---------------------------------------------------------------- prose (26 languages)
# (lang, [(sentence, type, gen)]) ; gen: 'h' human password, or a token type name from TOKENS
PROSE = [
 ('de', [('Das WLAN-Passwort fürs Büro lautet «P», bitte nicht weitergeben.', 'wifi_psk', 'h'), ('Für den Jumphost nimm root und das Kennwort «P».', 'ssh_password', 'h'), ('Hier der neue GitHub-Token für die Pipeline: «P»', 'github_pat_classic', 'T')]),
 ('fr', [("Le mot de passe du wifi invité est «P» jusqu'à vendredi.", 'wifi_psk', 'h'), ("Pour la base de prod, l'utilisateur est app et le mot de passe «P».", 'database_password', 'h'), ('Voici la clé secrète Stripe de prod : «P»', 'stripe_secret_key', 'T')]),
 ('es', [('La contraseña del wifi de la sala es «P».', 'wifi_psk', 'h'), ('Acceso al servidor: usuario deploy, clave «P».', 'ssh_password', 'h'), ('Te paso el token del bot de Slack: «P»', 'slack_bot_token', 'T')]),
 ('it', [("La password del wifi è «P», l'ho cambiata ieri.", 'wifi_psk', 'h'), ('Per la VPN usa il tuo utente e questa password: «P»', 'vpn_password', 'h'), ('Ecco la chiave OpenAI che mi avevi chiesto: «P»', 'openai_api_key', 'T')]),
 ('pt', [('A senha do wi-fi do escritório é «P».', 'wifi_psk', 'h'), ('Entra no servidor com o usuário admin e a senha «P».', 'ssh_password', 'h'), ('Segue o token do GitLab para o CI: «P»', 'gitlab_pat', 'T')]),
 ('nl', [('Het wifi-wachtwoord is «P», graag niet delen.', 'wifi_psk', 'h'), ('Inloggen op de NAS: gebruiker beheer, wachtwoord «P».', 'nas_user_password', 'h'), ('Nieuwe SendGrid-sleutel voor de mailer: «P»', 'sendgrid_api_key', 'T')]),
 ('sv', [('Lösenordet till gästnätet är «P».', 'wifi_psk', 'h'), ('Databaslösenordet för staging är «P» tills vidare.', 'database_password', 'h'), ('Här är Hugging Face-token: «P»', 'huggingface_token', 'T')]),
 ('pl', [('Hasło do wifi w biurze to «P».', 'wifi_psk', 'h'), ('Do serwera logujesz się jako root, hasło: «P».', 'ssh_password', 'h'), ('Token do npm do publikacji: «P»', 'npm_access_token', 'T')]),
 ('cs', [('Heslo k wifi je «P».', 'wifi_psk', 'h'), ('Na VPN se přihlas jménem jnovak a heslem «P».', 'vpn_password', 'h'), ('Tady je API klíč pro Anthropic: «P»', 'anthropic_api_key', 'T')]),
 ('ru', [('Пароль от вайфая: «P»', 'wifi_psk', 'h'), ('Логин к базе — app, пароль «P».', 'database_password', 'h'), ('Вот токен бота для телеграма: «P»', 'telegram_bot_token', 'T')]),
 ('tr', [('Ofis kablosuz ağ şifresi «P».', 'wifi_psk', 'h'), ('Sunucuya deploy kullanıcısı ve «P» şifresiyle bağlan.', 'ssh_password', 'h'), ('Yeni Discord bot tokeni: «P»', 'discord_bot_token', 'T')]),
 ('ar', [('كلمة مرور الواي فاي هي «P»', 'wifi_psk', 'h'), ('كلمة سر قاعدة البيانات: «P»', 'database_password', 'h'), ('هذا مفتاح Mailgun الخاص بالإرسال: «P»', 'mailgun_api_key', 'T')]),
 ('he', [('הסיסמה לוויי-פיי היא «P»', 'wifi_psk', 'h'), ('הסיסמה לשרת הבדיקות: «P»', 'ssh_password', 'h'), ('הנה הטוקן של Linear: «P»', 'linear_api_key', 'T')]),
 ('fa', [('رمز وای‌فای دفتر «P» است.', 'wifi_psk', 'h'), ('رمز عبور سرور: «P»', 'ssh_password', 'h'), ('توکن گیت‌هاب: «P»', 'github_oauth_token', 'T')]),
 ('hi', [('ऑफिस वाई-फाई का पासवर्ड «P» है।', 'wifi_psk', 'h'), ('सर्वर का पासवर्ड «P» है, यूज़र admin.', 'ssh_password', 'h'), ('यह रहा Groq API key: «P»', 'groq_api_key', 'T')]),
 ('bn', [('অফিসের ওয়াইফাই পাসওয়ার্ড «P»।', 'wifi_psk', 'h'), ('ডাটাবেসের পাসওয়ার্ড «P»।', 'database_password', 'h'), ('এই নাও Supabase অ্যাক্সেস টোকেন: «P»', 'supabase_access_token', 'T')]),
 ('ja', [('会議室のWi-Fiパスワードは「«P»」です。', 'wifi_psk', 'h'), ('本番DBのパスワードは «P» です。', 'database_password', 'h'), ('CircleCIのトークンはこれです：«P»', 'circleci_personal_token', 'T')]),
 ('zh', [('办公室WiFi密码是«P»，别外传。', 'wifi_psk', 'h'), ('跳板机账号 root，密码 «P»。', 'ssh_password', 'h'), ('这是DeepSeek的API密钥：«P»', 'deepseek_api_key', 'T')]),
 ('ko', [('사무실 와이파이 비밀번호는 «P» 입니다.', 'wifi_psk', 'h'), ('서버 접속 비밀번호: «P»', 'ssh_password', 'h'), ('새 Figma 토큰이에요: «P»', 'figma_pat', 'T')]),
 ('vi', [('Mật khẩu wifi văn phòng là «P».', 'wifi_psk', 'h'), ('Mật khẩu cơ sở dữ liệu: «P»', 'database_password', 'h'), ('Đây là khóa API Replicate: «P»', 'replicate_api_token', 'T')]),
 ('th', [('รหัสผ่านไวไฟคือ «P»', 'wifi_psk', 'h'), ('รหัสผ่านเซิร์ฟเวอร์ «P»', 'ssh_password', 'h'), ('นี่คือโทเคน Doppler: «P»', 'doppler_service_token', 'T')]),
 ('id', [('Kata sandi wifi kantor: «P»', 'wifi_psk', 'h'), ('Masuk ke server pakai user deploy, sandi «P».', 'ssh_password', 'h'), ('Ini token Pulumi untuk CI: «P»', 'pulumi_access_token', 'T')]),
 ('el', [('Ο κωδικός του wifi είναι «P».', 'wifi_psk', 'h'), ('Ο κωδικός της βάσης είναι «P».', 'database_password', 'h'), ('Ορίστε το Datadog API key: «P»', 'datadog_api_key', 'T')]),
 ('fi', [('Wifin salasana on «P».', 'wifi_psk', 'h'), ('Palvelimen salasana: «P»', 'ssh_password', 'h'), ('Tässä Sentry-tunniste: «P»', 'sentry_user_token', 'T')]),
 ('sw', [('Nenosiri la wifi ni «P».', 'wifi_psk', 'h'), ('Nenosiri la seva ni «P».', 'ssh_password', 'h'), ('Hii ni tokeni ya Airtable: «P»', 'airtable_pat', 'T')]),
 ('tl', [('Ang password ng wifi ay «P».', 'wifi_psk', 'h'), ('Password ng server: «P»', 'ssh_password', 'h'), ('Eto yung Shopify access token: «P»', 'shopify_access_token', 'T')]),
]
PROSE_CONT = [
 ('rocketchat_message_json', 'prose_messages', '{"_id":"x7Kq2","rid":"GENERAL","msg":"«X»","u":{"username":"ana"}}\n'),
 ('viber_export_csv', 'prose_messages', 'Date,Time,Sender,Message\n03/06/2025,10:42,Ana,"«X»"\n'),
 ('threema_export_txt', 'prose_messages', '[03.06.25 10:42] Ana: «X»\n[03.06.25 10:43] Ben: 👍\n'),
 ('skype_history_csv', 'prose_messages', 'conversation_id,author,timestamp,content\n8:live:ops,ana,2025-06-03T10:42:11Z,"«X»"\n'),
 ('google_chat_takeout_json', 'prose_messages', '{"messages":[{"creator":{"name":"Ana"},"created_date":"Tuesday, 3 June 2025 at 10:42:11 UTC","text":"«X»"}]}\n'),
 ('zendesk_ticket_comment_json', 'collaboration_and_review', '{"ticket":{"id":48211,"comment":{"body":"«X»","public":false}}}\n'),
 ('freshdesk_private_note_html', 'collaboration_and_review', '<div class="private-note"><p>«X»</p></div>\n'),
 ('git_log_full_message', 'collaboration_and_review', 'commit 4f1c2b7d9e0a8b6c5d4e3f2a1b0c9d8e7f6a5b4c\nAuthor: Ana <ana@corp.example>\nDate:   Tue Jun 3 10:42:11 2025 +0200\n\n    wip: lokale Konfiguration\n\n    «X»\n'),
 ('gitlab_mr_description_md', 'collaboration_and_review', '## Beschreibung / Description\n\n«X»\n\n- [ ] tests\n'),
 ('imessage_export_txt', 'prose_messages', 'Jun 03, 2025 10:42:11\nAna\n«X»\n'),
 ('email_eml_utf8', 'prose_messages', 'From: Ana <ana@corp.example>\nTo: ben@corp.example\nSubject: =?UTF-8?Q?info?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n«X»\n'),
 ('feishu_lark_message_json', 'prose_messages', '{"msg_type":"text","content":{"text":"«X»"}}\n'),
 ('dingtalk_robot_markdown', 'prose_messages', '{"msgtype":"markdown","markdown":{"title":"ops","text":"#### ops\\n> «X»"}}\n'),
 ('wecom_chat_archive_line', 'prose_messages', '2025-06-03 10:42:11 [Ana] «X»\n'),
 ('zalo_chat_txt', 'prose_messages', 'Ana (10:42): «X»\n'),
 ('vk_message_json', 'prose_messages', '{"response":{"items":[{"from_id":1842211,"date":1748940131,"text":"«X»"}]}}\n'),
 ('mastodon_direct_status_json', 'prose_messages', '{"visibility":"direct","content":"<p>«X»</p>","account":{"acct":"ana@social.corp.example"}}\n'),
 ('bluesky_post_record_json', 'prose_messages', '{"$type":"app.bsky.feed.post","text":"«X»","createdAt":"2025-06-03T10:42:11Z"}\n'),
 ('vcard_note_field', 'documents_and_knowledge_bases', 'BEGIN:VCARD\nVERSION:4.0\nFN:Ops Desk\nNOTE:«X»\nEND:VCARD\n'),
 ('vtodo_description', 'documents_and_knowledge_bases', 'BEGIN:VCALENDAR\nBEGIN:VTODO\nSUMMARY:setup\nDESCRIPTION:«X»\nEND:VTODO\nEND:VCALENDAR\n'),
 ('whiteboard_photo_ocr', 'documents_and_knowledge_bases', 'OCR (whiteboard, room 3.14):\n«X»\n'),
 ('outlook_msg_text_export', 'prose_messages', 'Von: Ana\nGesendet: Dienstag, 3. Juni 2025 10:42\nAn: Ben\nBetreff: Zugang\n\n«X»\n'),
 ('redmine_issue_journal_textile', 'collaboration_and_review', 'h3. Note #4\n\n«X»\n'),
 ('asana_task_comment_json', 'collaboration_and_review', '{"data":{"gid":"1207781","resource_type":"story","text":"«X»"}}\n'),
 ('basecamp_campfire_line', 'prose_messages', '[10:42 AM] Ana: «X»\n'),
 ('intercom_conversation_part_json', 'prose_messages', '{"type":"conversation_part","part_type":"note","body":"<p>«X»</p>"}\n'),
]

# name-only generic secrets, placed in the generic containers that no vendor token used
NAMEONLY = [
 ('DB_PASS', 'database_password', 'h'), ('SMTP_PASS', 'smtp_password', 'h'), ('ADMIN_PASSWORD', 'web_admin_password', 'h'),
 ('SIGNING_SALT', 'generic_secret', 'r'), ('ENCRYPTION_KEY', 'encryption_key', 'b'), ('HMAC_SECRET', 'generic_secret', 'x64'),
 ('CLIENT_SECRET', 'oauth_client_secret', 'r'), ('API_SECRET', 'generic_secret', 'r'), ('PRIVATE_TOKEN', 'generic_token', 'r'),
 ('MASTER_KEY', 'generic_secret', 'x'), ('LDAP_BIND_PW', 'ldap_bind_password', 'h'), ('KEYSTORE_PASS', 'keystore_password', 'h'),
 ('REDIS_AUTH', 'redis_password', 'r'), ('SESSION_SECRET', 'session_secret', 'r'), ('COOKIE_SECRET', 'session_secret', 'b'),
 ('WEBHOOK_SECRET', 'webhook_signing_secret', 'x'), ('SERVICE_PASSWD', 'service_account_password', 'h'), ('ROOT_PW', 'linux_user_password', 'h'),
 ('AUTH_TOKEN', 'generic_token', 'r'), ('SHARED_SECRET', 'generic_secret', 'r'), ('BACKUP_PASSPHRASE', 'backup_repository_password', 'h'),
 ('STR_PASSWORD', 'generic_password', 'h'), ('MAIL_PWD', 'email_account_password', 'h'), ('MQTT_PASSWD', 'mqtt_password', 'h'),
 ('SFTP_PASSWORD', 'sftp_password', 'h'), ('OTP_SECRET', 'totp_seed', 'b32'), ('APP_PASSWORD', 'generic_password', 'h'),
 ('SECRET_TOKEN', 'generic_token', 'x64'), ('PG_PWD', 'database_password', 'h'), ('KEY_PASSPHRASE', 'private_key_passphrase', 'h'),
]
NAMEONLY_INTL = [
 ('nameonly_yaml_cjk_key', 'config_languages', 'generic_password', '数据库:\n  主机: 10.0.3.4\n  密码: «P»\n'),
 ('nameonly_json_cyrillic_key', 'config_languages', 'database_password', '{"хост": "db1", "пароль_бд": "«P»"}\n'),
 ('nameonly_toml_korean_key', 'config_languages', 'generic_password', '[서버]\n"비밀번호" = "«P»"\n'),
 ('nameonly_ini_german_key', 'config_languages', 'generic_password', '[Zugang]\nBenutzer = verwaltung\nPasswort = «P»\n'),
 ('nameonly_properties_spanish_key', 'config_languages', 'generic_password', 'usuario=soporte\ncontraseña=«P»\n'),
 ('nameonly_python_dict_french_key', 'source_code', 'generic_password', "config = {'utilisateur': 'admin', 'mot_de_passe': '«P»'}\n"),
 ('nameonly_yaml_greek_key', 'config_languages', 'generic_password', 'χρήστης: admin\nκωδικός: «P»\n'),
 ('nameonly_json_japanese_key', 'config_languages', 'generic_password', '{"ユーザー": "kanri", "パスワード": "«P»"}\n'),
 ('nameonly_csv_portuguese_header', 'exports_dumps_fixtures', 'generic_password', 'sistema;usuario;senha\nERP;financeiro;«P»\n'),
 ('nameonly_go_struct_indonesian', 'source_code', 'generic_password', 'cfg := Konfig{Pengguna: "admin", KataSandi: "«P»"}\n'),
]

# ---------------------------------------------------------------- assemble positives
FAMILY = {}
GUESSED = {}
def mkpos(out, kind, family, text, spans, section):
    spans = sorted(spans, key=lambda x: x['start'])
    FAMILY[kind] = family
    out.append({'id': None, 'type': spans[0]['type'], 'container': kind, 'text': text, 'secrets': spans,
                'source': 'synthetic:privacy_eighth/' + section})

def gen_value(g):
    if g == 'b32': return s(B32, 32)
    if g in GENS: return GENS[g]()
    return TOK[g][2]()

def build_positives():
    out = []
    sec(8101)
    gens = list(GENERIC); R.shuffle(gens)
    toks = list(TOKENS)
    extra = [toks[i] for i in sorted(R.sample(range(len(toks)), len(gens) - len(toks) - len(NAMEONLY)))]
    plan = [(t, False) for t in toks] + [(t, False) for t in extra] + [(n, True) for n in NAMEONLY]
    for (item, nameonly), (kind, fam, style, tpl) in zip(plan, gens):
        if nameonly:
            NAME, typ, g = item; val = gen_value(g)
        else:
            typ, NAME, fn, note = item; val = fn()
            if note: GUESSED[typ] = note
        st = styles(NAME)
        text, spans = fill(tpl, {'S': (val, typ), 'N': st[style], 'L': st['label']})
        mkpos(out, kind, fam, text, spans, 'nameonly_generic' if nameonly else 'vendor_in_generic')
    sec(8102)
    for kind, fam, typ, tpl, g in BESPOKE:
        val = gen_value(g)
        text, spans = fill(tpl, {'P': (val, typ)})
        mkpos(out, kind, fam, text, spans, 'bespoke_syntax')
    sec(8103)
    for kind, fam, ityp, styp, ig, sg, tpl in PAIRS:
        text, spans = fill(tpl, {'I': (ig(), ityp), 'S': (sg(), styp)})
        mkpos(out, kind, fam, text, spans, 'key_pairs')
    sec(8104)
    for i, (kind, typ, g, ctpl) in enumerate(CONNS):
        wname, wtpl = CONN_WRAP[i % len(CONN_WRAP)]
        val = url_pw() if g == 'h' else an(R.randrange(16, 26))
        text, spans = fill(wtpl.replace('«C»', ctpl), {'P': (val, typ)})
        mkpos(out, kind + '__' + wname, 'connection_strings', text, spans, 'connection_strings')
    for i, (kind, typ, fn, ctpl) in enumerate(CONN_TOK):
        wname, wtpl = CONN_WRAP[(i + 3) % len(CONN_WRAP)]
        text, spans = fill(wtpl.replace('«C»', ctpl), {'P': (fn(), typ)})
        mkpos(out, kind + '__' + wname, 'connection_strings', text, spans, 'connection_strings')
    passes = {'encrypted_pkcs8': 'Tmp-unused-9x', 'encrypted_pkcs8_b': 'tmp-unused-2'}
    for kind, kname, typ, tpl, mode in PK:
        pem = KEYS[kname].rstrip('\n')
        if kind in ('toml_multiline_basic_key', 'shell_heredoc_write_key', 'encrypted_key_in_java_text_block'):
            pem = KEYS[kname]
        plain = KEYS[kname].rstrip('\n') + '\n'
        if mode and mode.startswith('indent'):
            n = int(mode[6:]); val = '\n'.join(' ' * n + l for l in pem.split('\n'))
        elif mode == 'escape':
            val = pem.replace('\n', '\\n') + '\\n'
        else:
            val = pem
        subs = {'K': (val, typ, plain if val.rstrip('\n') != plain.rstrip('\n') else None)}
        if '«Q»' in tpl: subs['Q'] = (passes[kname], 'private_key_passphrase')
        text, spans = fill(tpl, subs)
        mkpos(out, kind, 'private_key_embeddings', text, spans, 'private_keys')
    sec(8105)
    ci = 0
    for lang, sents in PROSE:
        for sent, typ, g in sents:
            kind, fam, ctpl = PROSE_CONT[ci % len(PROSE_CONT)]; ci += 1
            val = human_pw() if g == 'h' else TOK[typ][2]()
            if g == 'h' and ('"' in ctpl):
                val = val.replace('"', '')
            text, spans = fill(ctpl.replace('«X»', sent), {'P': (val, typ)})
            mkpos(out, kind + '__' + lang, fam, text, spans, 'prose_' + lang)
    sec(8106)
    for kind, fam, typ, tpl in NAMEONLY_INTL:
        text, spans = fill(tpl, {'P': (human_pw(), typ)})
        mkpos(out, kind, fam, text, spans, 'nameonly_intl')
    for i, r in enumerate(out):
        r['id'] = 'p8-pos-%04d' % (i + 1)
    return out

# ---------------------------------------------------------------- evasions
import gzip, html, quopri, binascii, unicodedata, codecs
ZW = '\u200b\u200c\u200d\u2060'
def _split(p, k):
    cuts = sorted(R.sample(range(2, len(p) - 2), k - 1))
    return [p[a:b] for a, b in zip([0] + cuts, cuts + [len(p)])]
def qp_encode(p):
    body = p.replace('=', '=3D'); out = []; i = 0
    while i < len(body):
        j = min(i + 18, len(body))
        while j < len(body) and body[j - 1] == '=' or (j < len(body) and j - i > 1 and body[j - 2] == '='): j -= 1
        out.append(body[i:j]); i = j
    return '=\n'.join(out)
def encode(enc, plain, var, NAME):
    if enc == 'base64': return base64.b64encode(plain.encode()).decode()
    if enc == 'base64_name_assignment': return base64.b64encode((NAME + '=' + plain + ('\n' if var else '')).encode()).decode()
    if enc == 'double_base64': return base64.b64encode(base64.b64encode(plain.encode())).decode()
    if enc == 'gzip_base64': return base64.b64encode(gzip.compress(plain.encode(), mtime=0)).decode()
    if enc == 'base85': return (base64.a85encode if var == 'a85' else base64.b85encode)(plain.encode()).decode()
    if enc == 'hex': h = plain.encode().hex(); return h.upper() if var == 'upper' else (':'.join(h[i:i + 2] for i in range(0, len(h), 2)) if var == 'colon' else h)
    if enc == 'base32': return base64.b32encode(plain.encode()).decode()
    if enc == 'url_percent': return ''.join('%%%02X' % b for b in plain.encode())
    if enc == 'json_unicode_escape': return ''.join('\\u%04x' % ord(c) for c in plain)
    if enc == 'html_entities': return ''.join(('&#x%x;' if var == 'hex' else '&#%d;') % ord(c) for c in plain)
    if enc == 'fullwidth': return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in plain)
    if enc == 'zero_width': return ''.join(c + (R.choice(ZW) if i % 4 == 3 and i < len(plain) - 1 else '') for i, c in enumerate(plain))
    if enc == 'soft_hyphen': return ''.join(c + ('\u00ad' if i % 5 == 4 and i < len(plain) - 1 else '') for i, c in enumerate(plain))
    if enc == 'string_concatenation':
        q, j = var; return q + (q + j + q).join(_split(plain, R.choice([3, 4]))) + q
    if enc == 'char_code_array':
        pre, sep, suf, fmt = var; return pre + sep.join(('0x%02x' if fmt == 'x' else '%d') % ord(c) for c in plain) + suf
    if enc == 'reversed': return plain[::-1]
    if enc == 'split_across_lines': a, b = _split(plain, 2); return a + var + b
    if enc == 'hex_escape': return ''.join('\\x%02x' % b for b in plain.encode())
    if enc == 'octal_escape': return ''.join('\\%03o' % b for b in plain.encode())
    if enc == 'rot13': return codecs.encode(plain, 'rot13')
    if enc == 'spaced_letters': return (var or ' ').join(plain)
    if enc == 'html_tag_fragmented': a, b, c = _split(plain, 3); return a + var[0] + b + var[1] + c
    if enc == 'utf16le_base64_command': return base64.b64encode(var.replace('{P}', plain).encode('utf-16-le')).decode()
    if enc == 'quoted_printable': return qp_encode(plain)
    if enc == 'uuencode': return binascii.b2a_uu(plain.encode()).decode().rstrip('\n')
    raise ValueError(enc)
def _unesc(v, pat, base):
    return bytes(int(x, base) for x in re.findall(pat, v)).decode()
DECODE = {
 'base64': lambda v: base64.b64decode(v).decode(),
 'base64_name_assignment': lambda v: base64.b64decode(v).decode().split('=', 1)[1].rstrip('\n'),
 'double_base64': lambda v: base64.b64decode(base64.b64decode(v)).decode(),
 'gzip_base64': lambda v: gzip.decompress(base64.b64decode(v)).decode(),
 'base85': lambda v: base64.b85decode(v).decode(),
 'hex': lambda v: bytes.fromhex(re.sub('[^0-9a-fA-F]', '', v)).decode(),
 'base32': lambda v: base64.b32decode(v).decode(),
 'url_percent': lambda v: urllib.parse.unquote(v),
 'json_unicode_escape': lambda v: json.loads('"' + v + '"'),
 'html_entities': lambda v: html.unescape(v),
 'fullwidth': lambda v: unicodedata.normalize('NFKC', v),
 'zero_width': lambda v: re.sub('[' + ZW + ']', '', v),
 'soft_hyphen': lambda v: v.replace('\u00ad', ''),
 'string_concatenation': lambda v: ''.join(a or b for a, b in re.findall(r'"([^"]*)"|\'([^\']*)\'', v)),
 'char_code_array': lambda v: ''.join(chr(int(x, 0)) for x in re.findall(r'0x[0-9a-fA-F]+|\d+', v)),
 'reversed': lambda v: v[::-1],
 'split_across_lines': lambda v: re.sub(r'\\?\n[ \t]*', '', v),
 'hex_escape': lambda v: _unesc(v, r'\\x([0-9a-fA-F]{2})', 16),
 'octal_escape': lambda v: _unesc(v, r'\\([0-7]{3})', 8),
 'rot13': lambda v: codecs.decode(v, 'rot13'),
 'spaced_letters': lambda v: re.sub(r'[ \u00b7]', '', v),
 'html_tag_fragmented': lambda v: re.sub(r'<[^>]+>', '', v),
 'utf16le_base64_command': lambda v: base64.b64decode(v).decode('utf-16-le'),
 'quoted_printable': lambda v: quopri.decodestring(v.encode()).decode(),
 'uuencode': lambda v: binascii.a2b_uu(v).decode(),
}
def evasion_ok(enc, value, plain):
    d = DECODE[enc](value)
    if enc == 'utf16le_base64_command': return plain in d and d != plain
    return d == plain
# (kind, encoding, variant, template with «E» and optional «N»)
EVC = [
 ('ruby_base64_strict_decode', 'base64', None, 'TOKEN = Base64.strict_decode64("«E»")\n'),
 ('swift_data_base64_init', 'base64', None, 'let key = String(data: Data(base64Encoded: "«E»")!, encoding: .utf8)!\n'),
 ('powershell_frombase64string', 'base64', None, '$k = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("«E»"))\n'),
 ('openssl_base64_d_pipe', 'base64', None, 'export «N»=$(echo «E» | openssl base64 -d -A)\n'),
 ('elixir_base_decode64', 'base64', None, '@key Base.decode64!("«E»")\n'),
 ('helm_values_b64_blob', 'base64_name_assignment', True, 'extraEnvB64: «E»\n'),
 ('systemd_credential_b64', 'base64_name_assignment', False, '[Service]\nSetCredentialEncrypted=\nEnvironmentB64=«E»\n'),
 ('ci_variable_masked_b64', 'base64_name_assignment', True, 'variables:\n  ENV_BLOB: "«E»"\nscript:\n  - echo "$ENV_BLOB" | base64 -d > .env\n'),
 ('kotlin_base64_getdecoder_env', 'base64_name_assignment', False, 'val envLine = String(Base64.getDecoder().decode("«E»"))\n'),
 ('rust_general_purpose_decode', 'base64_name_assignment', True, 'let env = STANDARD.decode("«E»")?;\n'),
 ('ansible_b64decode_filter', 'double_base64', None, "api_key: \"{{ '«E»' | b64decode | b64decode }}\"\n"),
 ('node_buffer_double_decode', 'double_base64', None, "const k = Buffer.from(Buffer.from('«E»', 'base64').toString(), 'base64').toString();\n"),
 ('bash_double_base64_pipe', 'double_base64', None, 'TOKEN=$(echo «E» | base64 -d | base64 -d)\n'),
 ('go_nested_decodestring', 'double_base64', None, 'raw, _ := base64.StdEncoding.DecodeString("«E»") // decoded twice below\n'),
 ('python_gzip_b64_loader', 'gzip_base64', None, 'KEY = gzip.decompress(base64.b64decode("«E»")).decode()\n'),
 ('bash_gunzip_pipe', 'gzip_base64', None, 'echo «E» | base64 -d | gunzip > ~/.token\n'),
 ('java_gzipinputstream_b64', 'gzip_base64', None, 'byte[] packed = Base64.getDecoder().decode("«E»"); // GZIP\n'),
 ('k8s_annotation_gzip_b64', 'gzip_base64', None, 'metadata:\n  annotations:\n    acme.io/packed-config: «E»\n'),
 ('python_b85decode', 'base85', 'b85', 'TOKEN = base64.b85decode(b"«E»").decode()\n'),
 ('git_binary_patch_style_b85', 'base85', 'b85', '# payload (base85): «E»\n'),
 ('rust_z85_like_comment', 'base85', 'b85', 'const K: &str = "«E»"; // b85\n'),
 ('yaml_b85_field', 'base85', 'b85', 'encoded_key: "«E»"\nencoding: base85\n'),
 ('mysql_unhex_select', 'hex', 'upper', "SELECT CONVERT(UNHEX('«E»') USING utf8mb4) AS api_key;\n"),
 ('xxd_r_p_pipe', 'hex', None, 'echo «E» | xxd -r -p > token.txt\n'),
 ('openssl_hex_colon_dump', 'hex', 'colon', 'shared secret (hex): «E»\n'),
 ('dotnet_convert_fromhexstring', 'hex', 'upper', 'var key = Encoding.UTF8.GetString(Convert.FromHexString("«E»"));\n'),
 ('erlang_binary_decode_hex', 'hex', None, 'Key = binary:decode_hex(<<"«E»">>),\n'),
 ('python_b32decode_env', 'base32', None, 'os.environ["«N»"] = base64.b32decode("«E»").decode()\n'),
 ('ini_base32_value', 'base32', None, '[partner]\nkey_b32 = «E»\n'),
 ('java_commons_base32', 'base32', None, 'String k = new String(new Base32().decode("«E»"));\n'),
 ('shell_base32_d', 'base32', None, 'echo «E» | base32 -d\n'),
 ('nginx_log_fully_encoded_param', 'url_percent', None, '10.0.0.8 - - [03/Jun/2025:10:42:11 +0000] "GET /cb?k=«E» HTTP/1.1" 200 12\n'),
 ('js_decodeuri_literal', 'url_percent', None, "const k = decodeURIComponent('«E»');\n"),
 ('curl_data_urlencode_raw', 'url_percent', None, "curl -X POST https://api.partner.example/auth -d 'key=«E»'\n"),
 ('har_querystring_encoded', 'url_percent', None, '{"name":"token","value":"«E»"}\n'),
 ('java_properties_unicode_escape', 'json_unicode_escape', None, 'partner.key=«E»\n'),
 ('json_config_escaped_value', 'json_unicode_escape', None, '{"«N»": "«E»"}\n'),
 ('js_string_unicode_escape', 'json_unicode_escape', None, "const k = '«E»';\n"),
 ('csharp_unicode_escape_literal', 'json_unicode_escape', None, 'const string K = "«E»";\n'),
 ('jsonl_audit_escaped', 'json_unicode_escape', None, '{"evt":"cfg","v":"«E»"}\n'),
 ('html_input_value_entities', 'html_entities', 'dec', '<input type="hidden" name="k" value="«E»">\n'),
 ('xml_text_node_entities', 'html_entities', 'hex', '<credential><value>«E»</value></credential>\n'),
 ('svg_desc_entities', 'html_entities', 'dec', '<svg xmlns="http://www.w3.org/2000/svg"><desc>«E»</desc></svg>\n'),
 ('atom_feed_content_entities', 'html_entities', 'hex', '<entry><title>deploy</title><content type="html">«E»</content></entry>\n'),
 ('wiki_page_fullwidth', 'fullwidth', None, '== Zugang ==\nSchlüssel: «E»\n'),
 ('chat_message_fullwidth_ja', 'fullwidth', None, '[10:42] 佐藤: キーはこれ «E»\n'),
 ('env_fullwidth_value', 'fullwidth', None, '«N»=«E»\n'),
 ('ticket_fullwidth_cn', 'fullwidth', None, '工单备注：密钥 «E»\n'),
 ('yaml_zero_width_value', 'zero_width', None, '«N»: «E»\n'),
 ('slack_message_zero_width', 'zero_width', None, '{"type":"message","text":"token: «E»"}\n'),
 ('markdown_code_span_zero_width', 'zero_width', None, 'Use `«E»` for now.\n'),
 ('python_string_zero_width', 'zero_width', None, '«N» = "«E»"\n'),
 ('email_body_soft_hyphen', 'soft_hyphen', None, 'Hi, the key is «E» — delete this mail after use.\n'),
 ('html_paragraph_soft_hyphen', 'soft_hyphen', None, '<p>API key: <code>«E»</code></p>\n'),
 ('docx_text_soft_hyphen', 'soft_hyphen', None, 'Zugangsdaten: «E»\n'),
 ('toml_soft_hyphen_value', 'soft_hyphen', None, '«N» = "«E»"\n'),
 ('php_dot_concat_multiline', 'string_concatenation', ("'", " .\n    "), '$key = «E»;\n'),
 ('lua_dotdot_concat', 'string_concatenation', ('"', ' .. '), 'local key = «E»\n'),
 ('sql_pipe_concat_literal', 'string_concatenation', ("'", ' || '), "UPDATE settings SET v = «E» WHERE k = 'partner_key';\n"),
 ('vb_ampersand_concat', 'string_concatenation', ('"', ' & '), 'Dim k As String = «E»\n'),
 ('python_implicit_adjacent', 'string_concatenation', ('"', '\n    '), 'KEY = (\n    «E»\n)\n'),
 ('java_plus_concat', 'string_concatenation', ('"', ' + '), 'String key = «E»;\n'),
 ('js_fromcharcode_spread', 'char_code_array', ('String.fromCharCode(', ', ', ')', 'd'), 'const k = «E»;\n'),
 ('csharp_byte_array_hex', 'char_code_array', ('new byte[] { ', ', ', ' }', 'x'), 'var k = Encoding.ASCII.GetString(«E»);\n'),
 ('tsql_char_concat', 'char_code_array', ('CHAR(', ')+CHAR(', ')', 'd'), 'SELECT «E» AS k;\n'),
 ('lua_string_char', 'char_code_array', ('string.char(', ',', ')', 'd'), 'local k = «E»\n'),
 ('python_bytes_list_decode', 'char_code_array', ('bytes([', ', ', '])', 'd'), 'k = «E».decode()\n'),
 ('ruby_pack_array', 'char_code_array', ('[', ',', ']', 'd'), 'k = «E».pack("c*")\n'),
 ('reversed_env_named', 'reversed', None, '# value stored reversed, rev before use\n«N»_REVERSED=«E»\n'),
 ('python_slice_reverse_named', 'reversed', None, 'KEY = "«E»"[::-1]\n'),
 ('js_split_reverse_join', 'reversed', None, "const k = '«E»'.split('').reverse().join('');\n"),
 ('shell_rev_pipe', 'reversed', None, 'TOKEN=$(echo «E» | rev)\n'),
 ('go_reverse_func', 'reversed', None, 'key := reverse("«E»")\n'),
 ('dockerfile_run_continuation', 'split_across_lines', '\\\n    ', 'RUN ./configure --token=«E» && make\n'),
 ('properties_line_continuation', 'split_across_lines', '\\\n    ', 'partner.key=«E»\n'),
 ('terminal_hard_wrap_80', 'split_across_lines', '\n', '$ cat token.txt\n«E»\n$ \n'),
 ('c_macro_continuation', 'split_across_lines', '\\\n', '#define KEY "«E»"\n'),
 ('pdf_copy_wrap', 'split_across_lines', '\n', 'Access key (copy exactly): «E»\nValid until: 2025-12-31\n'),
 ('python_hex_escape_str', 'hex_escape', None, 'k = "«E»"\n'),
 ('bash_ansi_c_hex', 'hex_escape', None, "export «N»=$'«E»'\n"),
 ('printf_hex_escape_cmd', 'hex_escape', None, "printf '«E»' > /run/secrets/key\n"),
 ('c_string_hex_escape_const', 'hex_escape', None, 'static const char k[] = "«E»";\n'),
 ('perl_octal_escape', 'octal_escape', None, 'my $k = "«E»";\n'),
 ('echo_e_octal_cmd', 'octal_escape', None, 'echo -e "«E»" | docker login --password-stdin -u ci registry.corp\n'),
 ('c_octal_string_const', 'octal_escape', None, 'const char *k = "«E»";\n'),
 ('awk_printf_octal', 'octal_escape', None, "awk 'BEGIN{printf \"«E»\"}'\n"),
 ('rot13_env_named', 'rot13', None, '# rot13 encoded, decode with tr\n«N»_ROT13=«E»\n'),
 ('python_codecs_rot13', 'rot13', None, 'KEY = codecs.decode("«E»", "rot13")\n'),
 ('tr_rot13_pipe', 'rot13', None, "echo '«E»' | tr 'A-Za-z' 'N-ZA-Mn-za-m'\n"),
 ('forum_rot13_spoiler', 'rot13', None, '[spoiler=rot13]«E»[/spoiler]\n'),
 ('sms_spaced_token', 'spaced_letters', ' ', 'Code for the partner portal: «E»\n'),
 ('phone_dictation_notes', 'spaced_letters', ' ', 'Read over the phone (ticket 4471): «E»\n'),
 ('middle_dot_spaced_chat', 'spaced_letters', '\u00b7', 'key → «E»\n'),
 ('ocr_spaced_receipt', 'spaced_letters', ' ', 'LICENCE  «E»\n'),
 ('html_span_fragmented', 'html_tag_fragmented', ('<span>', '</span>'), '<p>Your key: «E»</p>\n'),
 ('rich_text_bold_fragment', 'html_tag_fragmented', ('<b>', '</b>'), '<div class="msg">token «E»</div>\n'),
 ('confluence_storage_fragment', 'html_tag_fragmented', ('<strong>', '</strong>'), '<ac:structured-macro ac:name="info"><ac:rich-text-body><p>«E»</p></ac:rich-text-body></ac:structured-macro>\n'),
 ('email_html_font_fragment', 'html_tag_fragmented', ('<font color="#000000">', '</font>'), '<td>«E»</td>\n'),
 ('powershell_encodedcommand', 'utf16le_base64_command', "$env:«N»='{P}'", 'powershell.exe -NoProfile -EncodedCommand «E»\n'),
 ('scheduled_task_encoded_action', 'utf16le_base64_command', "[Environment]::SetEnvironmentVariable('«N»','{P}','User')", '<Exec><Command>pwsh</Command><Arguments>-enc «E»</Arguments></Exec>\n'),
 ('sysmon_process_create_enc', 'utf16le_base64_command', "Invoke-RestMethod -Headers @{Authorization='Bearer {P}'} https://api.partner.example", 'CommandLine: powershell -w hidden -e «E»\n'),
 ('intune_script_b64_utf16', 'utf16le_base64_command', "Set-Content C:\\agent\\key.txt '{P}'", '"scriptContent": "«E»"\n'),
 ('eml_quoted_printable_body', 'quoted_printable', None, 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nKey:\n«E»\n'),
 ('mbox_qp_soft_breaks', 'quoted_printable', None, 'From ops@corp.example Tue Jun  3 10:42:11 2025\nContent-Transfer-Encoding: quoted-printable\n\n«E»\n'),
 ('mime_part_qp', 'quoted_printable', None, '--b1\nContent-Transfer-Encoding: quoted-printable\n\n«E»\n--b1--\n'),
 ('uuencoded_attachment', 'uuencode', None, 'begin 644 token.txt\n«E»\n`\nend\n'),
 ('usenet_uuencode_post', 'uuencode', None, 'Subject: key backup\n\nbegin 600 key\n«E»\n`\nend\n'),
 ('bitbucket_pr_comment_qp_paste', 'quoted_printable', None, 'Pasted from the bounce message:\n\n```\n«E»\n```\n'),
 ('bbs_uuencode_capture', 'uuencode', None, 'Capture 1994-style:\nbegin 644 k.txt\n«E»\n`\nend\n'),
 ('legacy_mainframe_uu', 'uuencode', None, '//SYSUT1 DD *\nbegin 644 apikey\n«E»\n`\nend\n/*\n'),
]
EVPOOL = ['github_pat_classic', 'openai_api_key', 'stripe_secret_key', 'slack_bot_token', 'gitlab_pat', 'anthropic_api_key', 'sendgrid_api_key',
          'huggingface_token', 'npm_access_token', 'digitalocean_pat', 'shopify_access_token', 'groq_api_key', 'doppler_service_token',
          'databricks_token', 'linear_api_key', 'pulumi_access_token', 'docker_hub_pat', 'sentry_user_token', 'postman_api_key',
          'tailscale_auth_key', 'openrouter_api_key', 'rubygems_api_key', 'telegram_bot_token', 'github_oauth_token', 'vault_service_token',
          'figma_pat', 'replicate_api_token', 'sonarqube_user_token', 'supabase_access_token', 'planetscale_service_token', 'dynatrace_api_token']
def build_evasions():
    sec(8201); out = []
    for i, (kind, enc, var, tpl) in enumerate(EVC):
        typ = EVPOOL[i % len(EVPOOL)]
        plain = TOK[typ][2]()
        if enc == 'uuencode':
            typ = ['github_pat_classic', 'npm_access_token', 'gitlab_pat', 'sonarqube_user_token'][i % 4]; plain = TOK[typ][2]()
        NAME = TOK[typ][1]
        v = var.replace('«N»', NAME) if isinstance(var, str) and enc == 'utf16le_base64_command' else var
        value = encode(enc, plain, v, NAME)
        text, spans = fill(tpl, {'E': (value, typ, plain), 'N': NAME})
        FAMILY[kind] = 'evasions'
        out.append({'id': 'p8-eva-%04d' % (i + 1), 'type': typ, 'container': kind, 'encoding': enc, 'text': text,
                    'secrets': spans, 'source': 'synthetic:privacy_eighth/evasion_' + enc})
    return out

# ---------------------------------------------------------------- negatives
NMARK = re.compile(r'«([a-zA-Z0-9]+)(?::(\d+))?»')
def nfill(tpl):
    def rep(m):
        k, n = m.group(1), int(m.group(2) or 0)
        return {'h': lambda: hx(n), 'H': lambda: HX(n), 'a': lambda: an(n), 'l': lambda: lo(n), 'u': uuid4, 'U': lambda: up(n),
                'b': lambda: b64(n), 'bu': lambda: b64u(n), 'd': lambda: dg(n), 'w': lambda: R.choice(WORDS),
                'B58': lambda: s(B58, n), 'b32': lambda: s(B32, n).lower()}[k]()
    return NMARK.sub(rep, tpl)
def ethaddr(): return '0x' + hx(40)
NEG = [
 # publishable / public-by-design
 ('publishable_key', 'stripe_js_init_live', "const stripe = Stripe('pk_live_51«a:97»');\n"),
 ('publishable_key', 'clerk_publishable_next_env', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_' + base64.b64encode(b'clerk.acme.example$').decode() + '\n'),
 ('publishable_key', 'firebase_web_config_js', "const firebaseConfig = {\n  apiKey: \"AIza«a:35»\",\n  authDomain: \"acme-«l:5».firebaseapp.com\",\n  projectId: \"acme-«l:5»\",\n  appId: \"1:«d:12»:web:«h:22»\"\n};\n"),
 ('publishable_key', 'algolia_instantsearch_search_only', "const searchClient = algoliasearch('«U:10»', '«h:32»'); // search-only key\n"),
 ('publishable_key', 'mapbox_gl_access_token_public', "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJ«a:22»In0.«bu:16»';\n"),
 ('publishable_key', 'sentry_dsn_browser_init', "Sentry.init({ dsn: 'https://«h:32»@o«d:6».ingest.sentry.io/«d:7»' });\n"),
 ('publishable_key', 'posthog_phc_snippet', "posthog.init('phc_«a:43»', { api_host: 'https://eu.i.posthog.com' })\n"),
 ('publishable_key', 'recaptcha_v3_site_key_html', '<script src="https://www.google.com/recaptcha/api.js?render=6L«a:38»"></script>\n'),
 ('publishable_key', 'turnstile_widget_sitekey', '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA«a:14»"></div>\n'),
 ('publishable_key', 'razorpay_checkout_key_id', "var options = { key: 'rzp_live_«a:14»', amount: 50000, currency: 'INR' };\n"),
 ('publishable_key', 'paypal_sdk_script_client_id', '<script src="https://www.paypal.com/sdk/js?client-id=A«a:79»&currency=EUR"></script>\n'),
 ('publishable_key', 'datadog_rum_client_token', "datadogRum.init({ applicationId: '«u»', clientToken: 'pub«h:32»', site: 'datadoghq.eu' });\n"),
 ('publishable_key', 'adyen_client_key_dropin', "const checkout = await AdyenCheckout({ clientKey: 'live_«U:32»', environment: 'live' });\n"),
 ('publishable_key', 'square_web_payments_app_id', "const payments = Square.payments('sq0idp-«a:22»', 'L«U:12»');\n"),
 ('publishable_key', 'braintree_tokenization_key', "braintree.client.create({ authorization: 'production_«l:8»_«l:16»' });\n"),
 ('publishable_key', 'supabase_anon_client', "const supabase = createClient('https://«l:20».supabase.co', '" + 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' + ".«bu:90».«bu:32»'); // anon\n"),
 ('publishable_key', 'mixpanel_project_token_init', "mixpanel.init('«h:32»', {track_pageview: true}); // project token (public)\n"),
 # placeholders / templates
 ('placeholder_template', 'readme_env_placeholder', 'Copy `.env.example` to `.env` and set:\n\n```\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_...\n```\n'),
 ('placeholder_template', 'x_filled_token_shapes', 'GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\n'),
 ('placeholder_template', 'helm_template_secret_ref', 'env:\n  - name: DB_PASSWORD\n    value: {{ .Values.db.password | quote }}\n'),
 ('placeholder_template', 'python_percent_format_dsn', 'DSN = "postgresql://%(user)s:%(password)s@%(host)s/%(db)s"\n'),
 ('placeholder_template', 'spring_value_annotation', '@Value("${spring.datasource.password}")\nprivate String dbPassword;\n'),
 ('placeholder_template', 'windows_env_expansion', 'sqlcmd -S db1 -U etl -P %ETL_PASSWORD% -i load.sql\n'),
 ('placeholder_template', 'docker_compose_required_var', 'environment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}\n'),
 ('placeholder_template', 'terraform_var_reference', 'resource "aws_db_instance" "db" {\n  password = var.db_password\n}\n'),
 ('placeholder_template', 'github_actions_secrets_expr', '      - run: ./deploy.sh\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n'),
 ('placeholder_template', 'replace_me_config', 'api_key: REPLACE_ME\nwebhook_secret: CHANGE-ME-BEFORE-DEPLOY\n'),
 ('placeholder_template', 'angle_bracket_cli_doc', 'mc alias set myminio https://minio.example <ACCESS_KEY> <SECRET_KEY>\n'),
 ('placeholder_template', 'jinja_vault_lookup', "db_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/db:password') }}\"\n"),
 ('placeholder_template', 'process_env_reference', 'const client = new Client({ token: process.env.DISCORD_BOT_TOKEN });\n'),
 ('placeholder_template', 'os_getenv_reference', 'password = os.getenv("SMTP_PASSWORD", "")\n'),
 ('placeholder_template', 'mustache_placeholder_ini', '[smtp]\npassword = {{smtp_password}}\n'),
 ('placeholder_template', 'envsubst_template', 'auth:\n  token: "${VAULT_TOKEN}"\n'),
 ('placeholder_template', 'powershell_read_host_securestring', '$pw = Read-Host -AsSecureString "Enter password"\n'),
 # masked / redacted
 ('masked_value', 'github_actions_log_masked', '2025-06-03T10:42:11.1234567Z ##[group]Run ./deploy.sh\n2025-06-03T10:42:11.1234567Z env:\n2025-06-03T10:42:11.1234567Z   API_TOKEN: ***\n'),
 ('masked_value', 'stripe_dashboard_masked', 'Secret key   sk_live_••••••••••••••••••••«a:4»   Revealed 3 days ago\n'),
 ('masked_value', 'openai_keys_list_masked', 'NAME        SECRET KEY        CREATED\nprod-bot    sk-...«a:4»         Jun 3, 2025\n'),
 ('masked_value', 'redacted_log_bracket', 'INFO auth ok user=ana token=[REDACTED] ip=10.0.0.8\n'),
 ('masked_value', 'password_asterisks_form', 'Username: admin\nPassword: ************\n'),
 ('masked_value', 'heroku_config_masked_cli', '=== api Config Vars\nDATABASE_URL: postgres://u:****@ec2-«d:2»-«d:3».compute-1.amazonaws.com:5432/d«l:8»\n'),
 ('masked_value', 'kubectl_describe_secret_bytes', 'Name:         db-creds\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes\n'),
 ('masked_value', 'vercel_env_ls_encrypted', ' name               value               environments\n DATABASE_URL       Encrypted           Production\n'),
 ('masked_value', 'slack_token_truncated_doc', 'The bot token starts with xoxb- followed by numbers; never paste the full value here.\n'),
 ('masked_value', 'sentry_scrubbed_event', '{"request":{"headers":{"Authorization":"[Filtered]","Cookie":"[Filtered]"}}}\n'),
 ('masked_value', 'bullet_masked_ui_dump', 'API key  ••••••••••••••••  [Reveal] [Rotate]\n'),
 ('masked_value', 'terraform_sensitive_plan', '  + resource "aws_db_instance" "db" {\n      + password = (sensitive value)\n    }\n'),
 ('masked_value', 'gitlab_masked_variable_list', 'KEY             VALUE        PROTECTED  MASKED\nDEPLOY_TOKEN    [masked]     true       true\n'),
 ('masked_value', 'docker_inspect_env_masked', '"Env": ["PATH=/usr/local/bin", "API_KEY=<hidden>"]\n'),
 # documentation examples / well-known public test values
 ('documentation_example', 'aws_docs_example_credentials', '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'),
 ('documentation_example', 'rfc7617_basic_example', 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n'),
 ('documentation_example', 'rfc6750_bearer_example', 'GET /resource HTTP/1.1\nHost: server.example.com\nAuthorization: Bearer mF_9.B5f-4.1JqM\n'),
 ('documentation_example', 'rfc6749_token_response', '{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}\n'),
 ('documentation_example', 'jwt_io_default_token', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n'),
 ('documentation_example', 'azurite_well_known_dev_key', 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n'),
 ('documentation_example', 'hardhat_default_account_0', '// Hardhat local node, Account #0 (public test key, never use on mainnet)\nconst pk = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";\n'),
 ('documentation_example', 'stripe_docs_test_key', "curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n"),
 ('documentation_example', 'k8s_docs_secret_yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n'),
 ('documentation_example', 'minio_default_root_doc', 'By default the server starts with MINIO_ROOT_USER=minioadmin and MINIO_ROOT_PASSWORD=minioadmin; change both before exposing it.\n'),
 ('documentation_example', 'rabbitmq_guest_default_doc', 'The default user guest/guest can only connect from localhost.\n'),
 ('documentation_example', 'mosquitto_docs_example_pw', 'mosquitto_passwd -c /etc/mosquitto/passwd <username>   # you will be prompted for the password\n'),
 ('documentation_example', 'bip39_all_abandon_test_vector', 'Test vector (BIP-39): abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\n'),
 # hashes / digests / password hashes
 ('hash_digest', 'sha256sums_listing', '«h:64»  acme-cli_2.3.1_linux_amd64.tar.gz\n«h:64»  acme-cli_2.3.1_darwin_arm64.tar.gz\n'),
 ('hash_digest', 'etc_shadow_yescrypt', 'root:$y$j9T$«a:22»$«a:43»:19876:0:99999:7:::\nsvc:!:19876::::::\n'),
 ('hash_digest', 'htpasswd_apr1_md5', 'admin:$apr1$«a:8»$«a:22»\n'),
 ('hash_digest', 'grub_pbkdf2_password', 'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.«H:128».«H:128»\n'),
 ('hash_digest', 'openldap_ssha_userpassword', 'dn: uid=jdoe,ou=people,dc=corp,dc=example\nuserPassword: {SSHA}«b:24»\n'),
 ('hash_digest', 'dovecot_blf_crypt_passdb', 'jdoe@corp.example:{BLF-CRYPT}$2y$05$«a:53»\n'),
 ('hash_digest', 'cisco_type9_secret', 'username admin privilege 15 secret 9 $9$«a:14»$«a:43»\n'),
 ('hash_digest', 'django_pbkdf2_fixture', '{"model": "auth.user", "fields": {"username": "admin", "password": "pbkdf2_sha256$720000$«a:22»$«b:32»"}}\n'),
 ('hash_digest', 'mysql_caching_sha2_dump', "INSERT INTO mysql.user (User, authentication_string) VALUES ('app', '$A$005$«a:20»«a:43»');\n"),
 ('hash_digest', 'argon2id_column', 'id | email               | password_hash\n 1 | ana@corp.example    | $argon2id$v=19$m=65536,t=3,p=4$«b:16»$«b:32»\n'),
 ('hash_digest', 'git_ls_tree', '100644 blob «h:40»\tREADME.md\n100644 blob «h:40»\tgo.mod\n040000 tree «h:40»\tcmd\n'),
 ('hash_digest', 'md5sum_listing', '«h:32»  backup-2025-06-01.sql.gz\n«h:32»  backup-2025-06-02.sql.gz\n'),
 ('hash_digest', 'go_sum_lines', 'github.com/acme/x v1.4.2 h1:«b:32»\ngithub.com/acme/x v1.4.2/go.mod h1:«b:32»\n'),
 ('hash_digest', 'jenkins_jbcrypt_user_xml', '<passwordHash>#jbcrypt:$2a$10$«a:53»</passwordHash>\n'),
 ('hash_digest', 'postgres_scram_verifier_sql', "ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:«b:16»$«b:32»:«b:32»';\n"),
 # ids
 ('uuid_request_id', 'aws_request_id_header', 'x-amzn-RequestId: «u»\nx-amz-id-2: «b:48»\n'),
 ('uuid_request_id', 'cloudflare_ray_id', 'cf-ray: «h:16»-FRA\ncf-cache-status: DYNAMIC\n'),
 ('uuid_request_id', 'stripe_object_ids', '{"id": "ch_3«a:24»", "customer": "cus_«a:14»", "payment_intent": "pi_3«a:24»"}\n'),
 ('uuid_request_id', 'k8s_metadata_uid', 'metadata:\n  name: api-7d9c\n  uid: «u»\n  resourceVersion: "«d:8»"\n'),
 ('uuid_request_id', 'w3c_traceparent_header', 'traceparent: 00-«h:32»-«h:16»-01\n'),
 ('uuid_request_id', 'ulid_event_ids', '01J«U:23» order.created\n01J«U:23» order.paid\n'),
 ('uuid_request_id', 'discord_snowflake_ids', '{"id": "«d:19»", "channel_id": "«d:19»", "guild_id": "«d:18»"}\n'),
 ('uuid_request_id', 'azure_ms_request_id', 'x-ms-request-id: «u»\nx-ms-correlation-request-id: «u»\n'),
 ('uuid_request_id', 'gcp_operation_name', '{"name": "operations/«l:8»-«h:12»-«u»", "done": false}\n'),
 ('uuid_request_id', 'sentry_event_id_log', 'Reported to Sentry: event_id=«h:32»\n'),
 ('uuid_request_id', 'mongodb_objectids', '[{"_id": {"$oid": "«h:24»"}}, {"_id": {"$oid": "«h:24»"}}]\n'),
 ('uuid_request_id', 'github_node_ids_graphql', '{"node": {"id": "PR_kwDO«a:16»", "author": {"id": "MDQ6VXNlcj«a:8»"}}}\n'),
 # image digests / build artefacts
 ('image_digest', 'dockerfile_from_digest', 'FROM cgr.dev/chainguard/static@sha256:«h:64»\n'),
 ('image_digest', 'docker_pull_output', 'latest: Pulling from library/nginx\nDigest: sha256:«h:64»\nStatus: Downloaded newer image for nginx:latest\n'),
 ('image_digest', 'oci_manifest_layers', '{"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:«h:64»","size":«d:7»}]}\n'),
 ('image_digest', 'npm_lock_integrity', '"node_modules/left-pad": {\n  "version": "1.3.0",\n  "integrity": "sha512-«b:64»"\n}\n'),
 ('image_digest', 'cargo_lock_checksum', '[[package]]\nname = "serde"\nversion = "1.0.203"\nchecksum = "«h:64»"\n'),
 ('image_digest', 'nix_store_path', '/nix/store/«b32:32»-openssl-3.0.13/lib/libssl.so.3\n'),
 ('image_digest', 'ipfs_cid_links', 'ipfs://bafybei«b32:52»/metadata.json\n'),
 ('image_digest', 'webpack_hashed_assets', '<script src="/static/js/main.«h:8».js"></script>\n<link href="/static/css/main.«h:8».css" rel="stylesheet">\n'),
 ('image_digest', 'bazel_remote_cache_key', 'INFO: remote cache hit: ac/«h:64»\n'),
 ('image_digest', 'terraform_lock_hashes', 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.54.1"\n  hashes = [\n    "h1:«b:32»",\n    "zh:«h:64»",\n  ]\n}\n'),
 ('image_digest', 'pip_requirements_hashes', 'requests==2.32.3 \\\n    --hash=sha256:«h:64»\n'),
 ('image_digest', 'sri_integrity_attr', '<script src="https://cdn.example/lib.min.js" integrity="sha384-«b:48»" crossorigin="anonymous"></script>\n'),
 # benign base64
 ('benign_base64', 'html_data_uri_png', '<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ«b:60»">\n'),
 ('benign_base64', 'css_font_woff2_data_uri', '@font-face { font-family: Icons; src: url(data:font/woff2;base64,d09GMgABAAAAA«b:72») format("woff2"); }\n'),
 ('benign_base64', 'base64_feature_flags_json', 'FEATURE_FLAGS_B64=' + base64.b64encode(json.dumps({'newCheckout': True, 'darkMode': False, 'maxItems': 50}).encode()).decode() + '\n'),
 ('benign_base64', 'saml_authn_request_redirect', 'https://idp.corp.example/sso?SAMLRequest=fZJNT8MwDIbv«bu:60»&RelayState=%2Fdashboard\n'),
 ('benign_base64', 'protobuf_any_value', '{"@type":"type.googleapis.com/google.protobuf.Any","value":"Cg«b:30»"}\n'),
 ('benign_base64', 'configmap_binarydata', 'apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQ«b:45»\n'),
 ('benign_base64', 'jupyter_image_output', '"outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg«b:66»"}, "output_type": "display_data"}]\n'),
 ('benign_base64', 'source_map_mappings', '{"version":3,"sources":["app.ts"],"mappings":"AAAA,SAASA,«a:40»;AACA"}\n'),
 ('benign_base64', 'graphql_relay_cursor', '{"pageInfo":{"endCursor":"' + base64.b64encode(b'arrayconnection:149').decode() + '","hasNextPage":true}}\n'),
 ('benign_base64', 'email_pdf_attachment_base64', 'Content-Type: application/pdf; name="invoice.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcKJeLjz9MK«b:54»\n'),
 # ciphertext
 ('ciphertext', 'sops_encrypted_json', '{\n  "api_key": "ENC[AES256_GCM,data:«b:30»,iv:«b:32»,tag:«b:16»,type:str]",\n  "sops": {"age": [{"recipient": "age1«b32:58»"}], "version": "3.9.0"}\n}\n'),
 ('ciphertext', 'ansible_vault_file', '$ANSIBLE_VAULT;1.1;AES256\n«h:80»\n«h:80»\n«h:40»\n'),
 ('ciphertext', 'sealed_secret_encrypted_data', 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB«b:90»\n'),
 ('ciphertext', 'jasypt_enc_property', 'spring.datasource.password=ENC(«b:48»)\n'),
 ('ciphertext', 'spring_cloud_config_cipher', 'password: \'{cipher}«h:96»\'\n'),
 ('ciphertext', 'age_armored_file', '-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB«b:40»\n«b:48»\n-----END AGE ENCRYPTED FILE-----\n'),
 ('ciphertext', 'aws_kms_ciphertext_blob', '{"CiphertextBlob": "AQICAHh«b:120»", "KeyId": "arn:aws:kms:eu-west-1:«d:12»:key/«u»"}\n'),
 ('ciphertext', 'vault_transit_ciphertext', '{"data": {"ciphertext": "vault:v1:«b:48»"}}\n'),
 ('ciphertext', 'hiera_eyaml_pkcs7', 'profile::db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw«b:90»]\n'),
 ('ciphertext', 'ejson_encrypted_value', '{\n  "_public_key": "«h:64»",\n  "stripe_secret": "EJ[1:«b:32»:«b:24»:«b:40»]"\n}\n'),
 ('ciphertext', 'dotenvx_encrypted_value', '#/-------------------[DOTENV_PUBLIC_KEY]--------------------/\nDOTENV_PUBLIC_KEY="02«h:64»"\nAPI_KEY="encrypted:BD«b:90»"\n'),
 ('ciphertext', 'jenkins_credentials_xml_encrypted', '<password>{AQAAABAAAAAQ«b:42»}</password>\n'),
 ('ciphertext', 'pgp_message_block', '-----BEGIN PGP MESSAGE-----\n\nhF4D«b:45»\n«b:48»\n=«a:4»\n-----END PGP MESSAGE-----\n'),
 ('ciphertext', 'rails_credentials_yml_enc', '«b:96»--«b:12»--«b:16»\n'),
 # vault / secret-manager references
 ('secret_manager_reference', 'onepassword_op_reference', 'DATABASE_PASSWORD="op://Production/Postgres/password"\n'),
 ('secret_manager_reference', 'cloudformation_dynamic_reference', 'MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"\n'),
 ('secret_manager_reference', 'azure_keyvault_app_setting_ref', '"DbPassword": "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-password/)"\n'),
 ('secret_manager_reference', 'gcp_secret_version_path', 'gcloud secrets versions access latest --secret=stripe-key --project=acme-prod\n'),
 ('secret_manager_reference', 'berglas_reference_env', 'API_KEY=berglas://acme-secrets/api-key\n'),
 ('secret_manager_reference', 'bitwarden_cli_get', 'export SMTP_PASSWORD="$(bw get password smtp.corp.example)"\n'),
 ('secret_manager_reference', 'pass_show_command', 'export GITHUB_TOKEN=$(pass show dev/github/token)\n'),
 ('secret_manager_reference', 'macos_security_find_password', 'security find-generic-password -s "npm-publish" -w\n'),
 ('secret_manager_reference', 'external_secrets_remote_ref', 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n  - secretKey: password\n    remoteRef:\n      key: prod/db\n      property: password\n'),
 ('secret_manager_reference', 'k8s_secret_key_ref', 'env:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-creds\n      key: password\n'),
 ('secret_manager_reference', 'doppler_run_wrapper', 'doppler run --project api --config prd -- node server.js\n'),
 ('secret_manager_reference', 'dapr_secret_store_ref', 'spec:\n  metadata:\n  - name: redisPassword\n    secretKeyRef:\n      name: redis-secret\n      key: password\nauth:\n  secretStore: vault\n'),
 ('secret_manager_reference', 'quarkus_vault_expression', 'quarkus.datasource.password=${vault.db-password}\n'),
 ('secret_manager_reference', 'systemd_load_credential', '[Service]\nLoadCredential=db-password:/etc/credstore/db-password\nExecStart=/usr/bin/api --password-file=%d/db-password\n'),
 # prose about passwords without one
 ('password_prose_no_secret', 'chat_asking_for_password_de', '[10:42] Ana: Kannst du mir das WLAN-Passwort schicken? Steht das im Wiki?\n[10:43] Ben: Ist im Passwortmanager unter „Büro“.\n'),
 ('password_prose_no_secret', 'policy_text_fr', 'Le mot de passe doit contenir au moins 12 caractères, dont une majuscule, un chiffre et un symbole.\n'),
 ('password_prose_no_secret', 'reset_email_es', 'Hemos recibido una solicitud para restablecer tu contraseña. Si no fuiste tú, ignora este mensaje.\n'),
 ('password_prose_no_secret', 'commit_rotate_credentials', 'chore(security): rotate leaked SMTP credentials\n\nThe old password was revoked; the new one lives in Vault (kv/smtp).\n'),
 ('password_prose_no_secret', 'i18n_password_labels_json', '{"login.password": "Passwort", "login.password.fr": "Mot de passe", "login.password.ja": "パスワード", "login.password.ru": "Пароль"}\n'),
 ('password_prose_no_secret', 'faq_password_ja', 'パスワードを忘れた場合は、ログイン画面の「パスワードをお忘れですか？」をクリックしてください。\n'),
 ('password_prose_no_secret', 'ticket_reply_ru', 'Здравствуйте! Никогда не отправляйте пароль по почте — мы его у вас не спросим.\n'),
 ('password_prose_no_secret', 'code_review_password_field', 'nit: rename `password` to `passwordHash` here, we never store the plain value.\n'),
 ('password_prose_no_secret', 'cli_help_text', '  -p, --password-stdin   Take the password from stdin\n  -u, --username string  Username\n'),
 ('password_prose_no_secret', 'security_txt_policy', 'Contact: mailto:security@corp.example\nPolicy: https://corp.example/security\n# Please do not include passwords or tokens in reports.\n'),
 ('password_prose_no_secret', 'password_validation_code', 'if len(password) < 12 or not re.search(r"[A-Z]", password):\n    raise ValueError("password too weak")\n'),
 ('password_prose_no_secret', 'meeting_notes_zh', '会议纪要：所有服务的密码将在周五前迁移到密钥管理系统，不要在群里发密码。\n'),
 # empty password fields
 ('empty_password_field', 'dotenv_empty_values', 'DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\nAPI_KEY=\n'),
 ('empty_password_field', 'yaml_null_password', 'database:\n  user: app\n  password: null\n'),
 ('empty_password_field', 'sql_identified_by_empty', "CREATE USER 'readonly'@'localhost' IDENTIFIED BY '';\n"),
 ('empty_password_field', 'mysql_allow_empty_password_env', 'MYSQL_ALLOW_EMPTY_PASSWORD=yes\nMYSQL_DATABASE=test\n'),
 ('empty_password_field', 'xml_empty_password_element', '<connection>\n  <user>sa</user>\n  <password/>\n</connection>\n'),
 ('empty_password_field', 'json_empty_string_password', '{"username": "guest", "password": ""}\n'),
 ('empty_password_field', 'ini_empty_secret', '[auth]\nclient_id = web-portal\nclient_secret =\n'),
 ('empty_password_field', 'redis_requirepass_empty', '# requirepass foobared\nrequirepass ""\n'),
 # public keys and certificates
 ('public_key_certificate', 'pem_certificate', '«CERT»'),
 ('public_key_certificate', 'pem_public_key_p384', '«PUB384»'),
 ('public_key_certificate', 'authorized_keys_line', '«SSHPUB»'),
 ('public_key_certificate', 'known_hosts_lines', 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b:32»\n10.0.9.4 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB«b:64»\n'),
 ('public_key_certificate', 'age_recipients_txt', '# ops team\nage1«b32:58»\nage1«b32:58»\n'),
 ('public_key_certificate', 'wireguard_peer_public_key', '[Peer]\nPublicKey = «b:32»\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.corp.example:51820\n'),
 ('public_key_certificate', 'jwks_json', '{"keys":[{"kty":"RSA","kid":"«h:16»","use":"sig","alg":"RS256","n":"«bu:256»","e":"AQAB"}]}\n'),
 ('public_key_certificate', 'dkim_txt_record', 'sel1._domainkey.corp.example. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«b:120»"\n'),
 ('public_key_certificate', 'minisign_public_key', 'untrusted comment: minisign public key «H:16»\nRWQ«b:39»\n'),
 ('public_key_certificate', 'bitcoin_xpub', 'xpub6C«B58:105»\n'),
 ('public_key_certificate', 'ethereum_addresses', 'treasury: «ETH»\nfee_recipient: «ETH»\n'),
 ('public_key_certificate', 'solana_pubkey', 'program_id = "«B58:44»"\n'),
 # high-entropy non-secrets
 ('high_entropy_non_secret', 'git_log_oneline', '«h:7» fix: handle empty cursor\n«h:7» feat: add webhook retries\n«h:7» chore: bump deps\n'),
 ('high_entropy_non_secret', 'ethereum_tx_hash', 'Transaction hash: 0x«h:64»\nBlock: «d:8»\n'),
 ('high_entropy_non_secret', 'github_actions_cache_key', 'Cache restored from key: Linux-node-modules-«h:64»\n'),
 ('high_entropy_non_secret', 'csp_nonce_header', "Content-Security-Policy: script-src 'nonce-«b:16»' 'strict-dynamic'\n"),
 ('high_entropy_non_secret', 'csrf_hidden_input', '<input type="hidden" name="csrfmiddlewaretoken" value="«a:64»">\n'),
 ('high_entropy_non_secret', 'http_etag_header', 'ETag: W/"«h:40»"\nCache-Control: max-age=60\n'),
 ('high_entropy_non_secret', 'minified_css_class_names', '<div class="css-«l:6» e«l:7»0"><span class="_«a:6» _«a:6»"></span></div>\n'),
 ('high_entropy_non_secret', 'ssh_keygen_fingerprint', '256 SHA256:«b:32» ci-runner (ED25519)\n'),
 ('high_entropy_non_secret', 'tls_cert_fingerprint', 'SHA-256 Fingerprint: «H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»:«H:2»\n'),
 ('high_entropy_non_secret', 'magnet_link', 'magnet:?xt=urn:btih:«h:40»&dn=debian-12.5.0-amd64-netinst.iso\n'),
 ('high_entropy_non_secret', 'youtube_video_ids', 'https://www.youtube.com/watch?v=«bu:8»\nhttps://youtu.be/«bu:8»\n'),
 ('high_entropy_non_secret', 'unity_meta_guid', 'fileFormatVersion: 2\nguid: «h:32»\n'),
 ('high_entropy_non_secret', 'xcode_pbxproj_ids', '«H:24» /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = «H:24»; };\n'),
 ('high_entropy_non_secret', 'gpg_key_fingerprint_output', 'pub   ed25519 2024-01-10 [SC]\n      «H:40»\nuid           [ultimate] Ana <ana@corp.example>\n'),
 # signatures
 ('webhook_signature', 'stripe_signature_header', 'Stripe-Signature: t=«d:10»,v1=«h:64»\n'),
 ('webhook_signature', 'github_hub_signature', 'X-Hub-Signature-256: sha256=«h:64»\nX-GitHub-Delivery: «u»\n'),
 ('webhook_signature', 'slack_request_signature', 'X-Slack-Request-Timestamp: «d:10»\nX-Slack-Signature: v0=«h:64»\n'),
 ('webhook_signature', 'twilio_signature_header', 'X-Twilio-Signature: «b:20»\n'),
 ('webhook_signature', 'shopify_hmac_header', 'X-Shopify-Hmac-Sha256: «b:32»\nX-Shopify-Topic: orders/create\n'),
 ('webhook_signature', 'svix_standard_webhook_headers', 'webhook-id: msg_«a:27»\nwebhook-timestamp: «d:10»\nwebhook-signature: v1,«b:32»\n'),
 ('webhook_signature', 'aws_sigv4_doc_authorization', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250603/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=«h:64»\n'),
 ('webhook_signature', 'paypal_transmission_sig', 'PAYPAL-TRANSMISSION-ID: «u»\nPAYPAL-TRANSMISSION-SIG: «b:256»\n'),
 ('webhook_signature', 'jws_detached_signature', 'x-jws-signature: eyJhbGciOiJQUzI1NiJ9..«bu:256»\n'),
 # fake fixtures
 ('fake_fixture', 'pytest_monkeypatch_dummy', 'def test_client(monkeypatch):\n    monkeypatch.setenv("API_TOKEN", "dummy-token")\n    monkeypatch.setenv("DB_PASSWORD", "test")\n'),
 ('fake_fixture', 'jest_setup_fake_env', "process.env.STRIPE_SECRET_KEY = 'sk_test_fake';\nprocess.env.JWT_SECRET = 'not-a-real-secret';\n"),
 ('fake_fixture', 'go_test_table_fake', 'tests := []struct{ name, token string }{\n    {"empty", ""},\n    {"fake", "fake-token-for-tests"},\n}\n'),
 ('fake_fixture', 'testcontainers_defaults', 'PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16").withUsername("test").withPassword("test");\n'),
 ('fake_fixture', 'rspec_let_fake_key', 'let(:api_key) { "xxxx-xxxx-xxxx" }\n'),
 ('fake_fixture', 'wiremock_stub_header', '{"request": {"headers": {"Authorization": {"equalTo": "Bearer test-token"}}}, "response": {"status": 200}}\n'),
 ('fake_fixture', 'all_zero_key_fixture', 'ENCRYPTION_KEY=0000000000000000000000000000000000000000000000000000000000000000\n'),
 ('fake_fixture', 'sequential_fake_key', 'api_key = "abcdefghijklmnopqrstuvwxyz0123456789"\n'),
 # near-secret timestamps/versions
 ('timestamp_version_near_secret', 'token_metadata_json', '{"token_id": "tok_meta_«d:6»", "created_at": "2025-06-03T10:42:11Z", "expires_in": 3600, "scopes": ["read"]}\n'),
 ('timestamp_version_near_secret', 'key_rotation_changelog', '## 2025-06-03\n- Rotated API key (key id 7, created 1748940131)\n- Password policy v2.4.1 enabled\n'),
 ('timestamp_version_near_secret', 'jwt_expiry_settings', 'jwt:\n  access_token_ttl: 900\n  refresh_token_ttl: 1209600\n  algorithm: RS256\n'),
 ('timestamp_version_near_secret', 'stripe_api_version_header', 'Stripe-Version: 2024-06-20\nIdempotency-Key: «u»\n'),
 ('timestamp_version_near_secret', 'secret_last_rotated_log', 'secret=db-password version=14 last_rotated=2025-05-30T00:00:00Z next_rotation=2025-06-29\n'),
 ('timestamp_version_near_secret', 'vault_kv_metadata', 'Key                Value\n---                -----\ncreated_time       2025-06-03T10:42:11.123456Z\ncurrent_version    4\nmax_versions       10\n'),
]
NEG_WRAP = [
 ('', None), ('__in_diff_hunk', 'diff'), ('__in_markdown_fence', 'fence'), ('__in_email_quote', 'quote'), ('__in_chat_json', 'chatjson'),
 ('__in_html_pre', 'pre'), ('__in_yaml_block_scalar', 'yamlblock'), ('__in_jira_code_macro', 'jira'), ('__in_terminal_cat', 'cat'),
 ('__in_rst_code_block', 'rst'), ('__in_python_docstring', 'docstring'),
]
def wrap_neg(text, how):
    if how is None: return text
    lines = text.rstrip('\n').split('\n')
    if how == 'diff': return 'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -0,0 +1,%d @@\n' % len(lines) + ''.join('+' + l + '\n' for l in lines)
    if how == 'fence': return 'Example:\n\n```\n' + text.rstrip('\n') + '\n```\n'
    if how == 'quote': return 'On Tue, Ana wrote:\n' + ''.join('> ' + l + '\n' for l in lines)
    if how == 'chatjson': return json.dumps({'type': 'message', 'user': 'U0' + 'ABCDE12', 'text': text}, ensure_ascii=False) + '\n'
    if how == 'pre': return '<pre>' + html.escape(text.rstrip('\n'), quote=False) + '</pre>\n'
    if how == 'yamlblock': return 'notes: |\n' + ''.join('  ' + l + '\n' for l in lines)
    if how == 'jira': return '{code}\n' + text.rstrip('\n') + '\n{code}\n'
    if how == 'cat': return '$ cat sample.txt\n' + text
    if how == 'rst': return '.. code-block:: text\n\n' + ''.join('   ' + l + '\n' for l in lines)
    if how == 'docstring': return 'def sample():\n    """\n' + ''.join('    ' + l + '\n' for l in lines) + '    """\n'
def build_negatives():
    sec(8301); out = []
    specials = {'«CERT»': KEYS['cert_public'], '«PUB384»': KEYS['pub_p384'], '«SSHPUB»': KEYS['ossh_ed_pub']}
    seen = set(); i = 0
    for rep in range(2):
        for j, (cls, kind, tpl) in enumerate(NEG):
            if rep == 1 and j % 2 == 1: continue
            wname, how = NEG_WRAP[0] if rep == 0 else NEG_WRAP[1 + (j * 2 + rep) % (len(NEG_WRAP) - 1)]
            t = specials.get(tpl, tpl)
            t = t.replace('«ETH»', '0x«h:40»')
            text = wrap_neg(nfill(t), how)
            if text in seen: continue
            seen.add(text); i += 1
            out.append({'id': 'p8-neg-%04d' % i, 'class': cls, 'container': kind + wname, 'text': text, 'source': 'synthetic:privacy_eighth/negative_' + cls})
    return out

# ---------------------------------------------------------------- checks
class CheckError(Exception):
    pass
def need(cond, msg):
    if not cond: raise CheckError(msg)
def gh_ok(tok):
    m = re.fullmatch(r'(gh[pousr]_|npm_)([0-9A-Za-z]{30})([0-9A-Za-z]{6})', tok)
    return bool(m) and b62enc(zlib.crc32(m.group(2).encode()), 6) == m.group(3)
def bech32_ok(s_):
    s_ = s_.lower(); hrp, data = s_.rsplit('1', 1)
    vals = [BECH.index(c) for c in data]
    return _polymod([ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + vals) == 1
DOC_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'mF_9.B5f-4.1JqM',
                '2YotnFZFEjr1zCsicMWpAA', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
                'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80']
def check_all(P, E, N):
    for name, recs in (('positives', P), ('evasions', E), ('negatives', N)):
        ids = [r['id'] for r in recs]
        need(len(ids) == len(set(ids)), name + ': duplicate ids')
        for r in recs:
            need(json.loads(json.dumps(r, ensure_ascii=False)) == r, name + ': json round trip ' + r['id'])
    all_vals = {}
    for r in P + E:
        t = r['text']; sp = r['secrets']
        need(sp and r['type'] == sp[0]['type'], 'type != first span type ' + r['id'])
        last = -1
        for x in sp:
            need(t[x['start']:x['end']] == x['value'], 'slice mismatch ' + r['id'])
            need(x['start'] >= last, 'overlap/unsorted ' + r['id']); last = x['end']
            need(t.count(x['value']) == sum(1 for y in sp if y['value'] == x['value']), 'unlabelled copy ' + r['id'])
            prev = all_vals.get(x['value'])
            need(prev is None or prev == r['id'], 'value reused across records ' + r['id'] + ' ' + str(prev))
            all_vals[x['value']] = r['id']
            if re.fullmatch(r'(gh[pousr]_|npm_)[0-9A-Za-z]{36}', x['value']): need(gh_ok(x['value']), 'bad crc ' + r['id'])
            if x['value'].startswith('AGE-SECRET-KEY-1'): need(bech32_ok(x['value']), 'bad bech32 ' + r['id'])
            if 'plain' in x and '-----BEGIN' in x['value']:
                v = x['value']
                if '\\n' in v: dec = v.replace('\\n', '\n')
                else: dec = '\n'.join(l.strip() for l in v.split('\n'))
                need(dec.rstrip('\n') == x['plain'].rstrip('\n'), 'pem plain mismatch ' + r['id'])
        for d in DOC_EXAMPLES:
            need(d not in t, 'doc example in positive ' + r['id'])
    for r in E:
        need(len(r['secrets']) == 1, 'evasion span count ' + r['id'])
        x = r['secrets'][0]
        need('plain' in x, 'evasion without plain ' + r['id'])
        need(evasion_ok(r['encoding'], x['value'], x['plain']), 'evasion does not decode ' + r['id'])
        need(x['plain'] not in r['text'], 'plain verbatim in evasion ' + r['id'])
        all_vals[x['plain']] = r['id']
    texts = set()
    for r in N:
        t = r['text']
        need(t not in texts, 'duplicate negative text ' + r['id']); texts.add(t)
        need('PRIVATE KEY-----' not in t, 'private key in negative ' + r['id'])
        need('AGE-SECRET-KEY-' not in t.upper(), 'age secret in negative ' + r['id'])
        for m in re.finditer(r'(gh[pousr]_|npm_)[0-9A-Za-z]{36}', t): need(not gh_ok(m.group(0)), 'valid gh token in negative ' + r['id'])
        for v in all_vals:
            need(v not in t, 'positive value in negative ' + r['id'])
    ptypes = {x['type'] for r in P for x in r['secrets']}
    need(len(ptypes) >= 150, 'too few types')
    need(len({r['container'] for r in P}) >= 400, 'too few containers')
    return True

# ---------------------------------------------------------------- README
def readme(P, E, N):
    from collections import Counter
    ptypes = Counter(x['type'] for r in P for x in r['secrets'])
    pconts = Counter(r['container'] for r in P)
    fams = Counter(); famk = {}
    for r in P:
        f = FAMILY[r['container']]; fams[f] += 1; famk.setdefault(f, set()).add(r['container'])
    encs = Counter(r['encoding'] for r in E)
    ncls = Counter(r['class'] for r in N)
    etypes = {r['type'] for r in E}
    langs = [l for l, _ in PROSE]
    L = []
    L.append('# privacy_eighth (p8) – held-out credential corpus\n')
    L.append('Synthetic, independently built evaluation data for a credential / secret detector. Everything is produced by `build.py` (Python 3 standard library only, fixed `random.Random` seeds per section, no clock, no environment, no network). `python3 build.py` regenerates the three JSONL files and this README byte-for-byte; it runs all consistency checks first and writes nothing if one fails.\n')
    L.append('## Files and counts\n')
    L.append('| file | records | spans | notes |\n|---|---|---|---|')
    L.append('| `secrets.jsonl` | %d | %d | %d distinct span types, %d distinct record types, %d distinct container kinds |' % (len(P), sum(len(r['secrets']) for r in P), len(ptypes), len({r['type'] for r in P}), len(pconts)))
    L.append('| `evasions.jsonl` | %d | %d | %d encodings, %d container kinds, %d credential types |' % (len(E), len(E), len(encs), len({r['container'] for r in E}), len(etypes)))
    L.append('| `negatives.jsonl` | %d | – | %d classes, %d container kinds |\n' % (len(N), len(ncls), len({r['container'] for r in N})))
    L.append('Record schema (same as privacy_seventh): positives have `id`, `type` (= type of the first span by position), `container`, `text`, `secrets` (list of `value`, `start`, `end`, `type`, optional `plain`), `source`. Evasions add `encoding`; every evasion span has `plain`. Negatives have `id`, `class`, `container`, `text`, `source`. Offsets are Python code-point offsets; `text[start:end] == value`.\n')
    L.append('## Conventions\n')
    L.append('''- A span covers only the credential: the password inside a URL (not `user:`), the value after `NAME=` / `key:` / a flag (not the quotes), the token inside a sentence.
- Private keys span from `-----BEGIN …-----` to `-----END …-----` as written: in YAML block scalars / Kotlin `trimIndent` / Ruby `<<~` heredocs the indentation is inside the span and `plain` holds the unindented PEM; in the JSON-escaped record the literal `\\n` sequences are inside the span and `plain` holds the unescaped PEM.
- Key ids of key pairs (AWS `AKIA`, Alibaba `LTAI`, Tencent `AKID`, Huawei AK, GCS HMAC `GOOG1E`, Backblaze key id, MinIO root user, Twilio `SK`, Confluent key, Duo `ikey`, Sumo access id, Binance/Kraken API key, OVH application key, Scaleway access key, Modal token id, Cloudflare R2 access key id) are labelled only beside their secret half, all of which happens in `key_pairs` records. Account identifiers and usernames stay unlabelled.
- Public neighbours stay unlabelled (e.g. the Twilio `AC…` account SID next to an API-key pair, the Apple key id next to a `.p8` key, hostnames, usernames, account ids). A Google Chat webhook URL is labelled whole as a capability URL even though it contains an `AIza` key.
- Webhook / capability URLs (Slack, Discord, Teams, Google Chat) and `cloudinary://key:secret@cloud` URLs are labelled in full.
- Documentation examples (AWS `…EXAMPLE` keys, jwt.io token, RFC 7617/6749/6750 samples, Stripe docs test key, Kubernetes docs Secret, Azurite dev-storage key, Hardhat account #0 key, MinIO/RabbitMQ defaults, BIP-39 test vector) appear only in `negatives.jsonl`.
- When a labelled value occurs more than once in a text (`qpdf --encrypt P P`, `smbpasswd` double echo, `ipa-server-install -p P -a P`, ZooKeeper JAAS, GitLab rails runner), every occurrence is labelled.
- `base64_name_assignment` evasions decode to `NAME=token` (sometimes with a trailing newline); `plain` is the token. `utf16le_base64_command` evasions decode (UTF-16LE) to a PowerShell command that contains `plain`. All other evasions decode exactly to `plain`.
- `string_concatenation` spans cover the expression from the first quote to the last quote (operators, line breaks included); `char_code_array` spans cover the whole array / call expression; `split_across_lines` spans cover both halves plus the line break and any continuation backslash/indentation; `html_tag_fragmented` spans include the inner tags.
''')
    L.append('## Categories\n')
    L.append('Positives are built in seven sections:\n')
    L.append('1. **Vendor tokens in generic containers** – %d vendor / service token shapes, each placed once (plus %d second placements) into %d generic containers, one container per record. Container names come from config languages, ~50 programming languages, build systems, CI systems, PaaS manifests, editor/terminal configs, service configs, logs, tables, documents, API payloads, review tools and debuggers that privacy_seventh did not use. The variable name is rendered in the container\'s idiomatic style (SCREAMING_SNAKE, snake, camel, Pascal, kebab, dotted, or a human label in tables/prose).' % (len(TOKENS), len(GENERIC) - len(TOKENS) - len(NAMEONLY), len(GENERIC)))
    L.append('2. **Name-only generic secrets** – %d records in the same generic containers whose credential is recognisable only from its name (`DB_PASS`, `SIGNING_SALT`, `HMAC_SECRET`, `ROOT_PW`, …), plus %d records with non-English keys (Chinese, Russian, Korean, German, Spanish, French, Greek, Japanese, Portuguese, Indonesian).' % (len(NAMEONLY), len(NAMEONLY_INTL)))
    L.append('3. **Bespoke syntaxes** – %d container-specific places where the credential type follows from the syntax: SQL dialects (Cockroach, DB2, Sybase, Teradata BTEQ, HANA, Vertica, Firebird, SurrealQL, DuckDB, federated/dblink), command lines (PuTTY, WinSCP, netexec, impacket, schtasks, sc.exe, msiexec, podman/skopeo/crane/oras, iwctl, zfs, gocryptfs, kopia, …), Java/JVM server files (Tomcat, Jetty, WebLogic, ActiveMQ, ZooKeeper JAAS, Hive, Trino, Druid, Liquibase, Flyway, Hibernate), mail clients (mbsync, offlineimap, getmail, ssmtp, nullmailer, OpenSMTPD, `.authinfo`), network daemons (strongSwan, pppd, keepalived, FRR, BIRD, NTP keys, BIND TSIG, TACACS+, VyOS, iSCSI CHAP), game / VoIP / chat servers, and headerless credential files.' % len(BESPOKE))
    L.append('4. **Key pairs** – %d records with an id + secret half (cloud object storage, Chinese cloud CLIs, data-warehouse `CREATE SECRET`/`COPY`/`CREDENTIALS` clauses, exchange APIs, Duo, Confluent).' % len(PAIRS))
    L.append('5. **Connection strings** – %d dialects (JDBC for MariaDB/PostgreSQL/DB2/Redshift/H2/jTDS/Informix/Teradata/Hive2, SQLAlchemy Oracle/pyodbc, ADO.NET MySQL, ODP.NET, CouchDB, OpenSearch, SSH/SMB/IRC/SIP/IMAP/POP3/SVN/FTPS/DAVS/SOCKS5 URIs, Supabase pooler, Neon, MotherDuck, libSQL/Turso, Prisma Accelerate, Upstash, RTMP stream keys, VMware `vi://`), each embedded in one of %d host syntaxes; the container kind is `<dialect>__<host>`.' % (len(CONNS) + len(CONN_TOK), len(CONN_WRAP)))
    L.append('6. **Private keys** – %d embeddings (Terraform heredoc, Helm/compose/Ansible block scalars, JSON-escaped, TOML multi-line, Ruby squiggly heredoc, Rust raw string, C# verbatim string, PHP nowdoc, Perl heredoc, shell heredoc, SAML XML, dotenv with real newlines, `vault write pki/issue` table, Kotlin `trimIndent`, forum post, Java text block) of RSA PKCS#1, PKCS#8 (RSA, EC, Ed25519, X25519), SEC1 EC (P-256, P-384), OpenSSH (Ed25519, ECDSA) and encrypted PKCS#8 keys (with their passphrase labelled).' % len(PK))
    L.append('7. **Prose** – %d sentences in %d languages (%s), three per language (Wi-Fi password, server/database password, vendor token), each inside a different message container (Rocket.Chat, Viber, Threema, Skype, Google Chat, Zendesk, Freshdesk, git log, GitLab MR, iMessage, e-mail, Feishu/Lark, DingTalk, WeCom, Zalo, VK, Mastodon, Bluesky, vCard, VTODO, whiteboard OCR, Outlook, Redmine, Asana, Basecamp, Intercom); the container kind is `<container>__<language>`.\n' % (sum(len(s_) for _, s_ in PROSE), len(langs), ', '.join(langs)))
    L.append('### Container families\n')
    L.append('| family | container kinds | positive records |\n|---|---|---|')
    for f, n in sorted(fams.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append('| `%s` | %d | %d |' % (f, len(famk[f]), n))
    L.append('\n### Span types in positives\n')
    L.append(', '.join('`%s` (%d)' % kv for kv in sorted(ptypes.items())) + '\n')
    L.append('### Container kinds in positives\n')
    L.append(', '.join('`%s`' % k for k in sorted(pconts)) + '\n')
    L.append('### Evasion encodings\n')
    L.append(', '.join('`%s` (%d)' % kv for kv in sorted(encs.items())) + '\n')
    L.append('Evasion containers: ' + ', '.join('`%s`' % k for k in sorted({r['container'] for r in E})) + '\n')
    L.append('### Negative classes\n')
    L.append('| class | records |\n|---|---|')
    for c, n in sorted(ncls.items()):
        L.append('| `%s` | %d |' % (c, n))
    L.append('\nNegative containers are %d base kinds, about half of which appear a second time inside a wrapper (`__in_diff_hunk`, `__in_markdown_fence`, `__in_email_quote`, `__in_chat_json`, `__in_html_pre`, `__in_yaml_block_scalar`, `__in_jira_code_macro`, `__in_terminal_cat`, `__in_rst_code_block`, `__in_python_docstring`) with freshly drawn random fillers.\n' % len(NEG))
    L.append('''## Checks run by build.py before writing

- ids unique in all three files; every record survives a JSON round trip
- positives and evasions: every span re-sliced (`text[start:end] == value`), spans sorted and non-overlapping, record type == first span type
- positives: every labelled value occurs in its text exactly as often as it is labelled; no labelled value is reused across records
- GitHub `gh?_` / npm `npm_` CRC32-base62 checksums and age bech32 checksums verified; PEM `plain` fields compared with the de-indented / un-escaped span
- evasions: one span each, every span decodes back to its `plain` with the decoder named by `encoding`, and `plain` never appears verbatim in the text
- negatives: no duplicate texts; none contains any positive value, evasion value or evasion plain; no private-key block, no age secret key, no checksum-valid GitHub/npm token
- documentation examples appear only in negatives
- breadth: >= 150 span types and >= 400 container kinds in positives
- determinism: all randomness comes from per-section `random.Random` streams seeded with constants; gzip uses `mtime=0`; no set iteration order, clock or environment influences output

## Judgement calls

- Publishable / public-by-design values (Stripe `pk_live_`, Clerk `pk_live_`, Firebase `AIza` web keys in a browser config, Algolia search-only keys, Mapbox `pk.`, Sentry DSN, PostHog `phc_`, reCAPTCHA/Turnstile site keys, Razorpay key id, PayPal client id, Datadog RUM `pub…`, Adyen `clientKey`, Square application id, Braintree tokenization key, Supabase anon JWT, Mixpanel project token) are negatives. A bare server-side `AIza…` key named as a server/Gemini key is a positive.
- Password hashes (yescrypt shadow, APR1, GRUB PBKDF2, `{SSHA}`, BLF-CRYPT, Cisco type 9, Django PBKDF2, MySQL caching_sha2, Argon2id, SCRAM verifiers, Jenkins jbcrypt) and ciphertext (SOPS, Ansible Vault, SealedSecrets, Jasypt, Spring `{cipher}`, age armor, KMS blobs, Vault transit, hiera-eyaml, EJSON, dotenvx, Jenkins `{AQAA…}`, PGP messages, Rails `credentials.yml.enc`) are negatives. Reversible encodings used as deliberate obfuscation are evasions.
- Well-known public test keys (Azurite dev storage key, Hardhat account #0 private key, MinIO `minioadmin`, RabbitMQ `guest`) are treated as documentation examples, i.e. negatives, because they are published and protect nothing.
- Public cryptographic material (certificates, SPKI public keys, `authorized_keys`, `known_hosts`, age recipients, WireGuard peer public keys, JWKS, DKIM TXT, minisign keys, BIP-32 `xpub`, Ethereum/Solana addresses) is negative; an Ethereum *transaction hash* (64 hex, same shape as a private key) is a high-entropy negative.
- Request signatures and webhook signatures (Stripe, GitHub, Slack, Twilio, Shopify, Standard Webhooks/Svix, PayPal, JWS detached, AWS SigV4 shown with the documentation key id) are negatives.
- Obvious fixtures (`dummy-token`, `not-a-real-secret`, all-zero key, alphabetic sequence, Testcontainers `test`/`test`) are negatives.
- Generic password-like credentials that only the syntax identifies (VRRP `auth_pass`, BGP MD5 passwords, NTP symmetric keys, TSIG secrets, TACACS+ keys, iSCSI CHAP, Ceph keyrings, Zabbix PSK files, Varnish secret files, coturn/Prosody TURN secrets, Graylog `password_secret`, Roundcube `des_key`) are labelled as credentials with their own types.
- `record.type` is the type of the first span by position, so a key-pair record usually has the key-id type.
- Vendor-named 32/40/64-hex or UUID values (Datadog, Twilio, Spotify, Linode, Codecov, Snyk, Opsgenie, Splunk HEC, …) are labelled because the surrounding name identifies them; the corpus does not include unnamed hex strings as positives.
- Connection-string passwords in URLs use URL-safe characters only, so no percent-decoding is needed to compare the span with the credential.
- Non-ASCII keys in name-only records are used only in formats where such keys are legal.

## Guessed or partly guessed shapes

Shapes listed here follow public rule descriptions or vendor docs only loosely (length, alphabet, checksum or internal layout not fully specified publicly). They are shape-plausible, not validated against the vendor.
''')
    for t in sorted(GUESSED):
        L.append('- `%s`: %s' % (t, GUESSED[t]))
    L.append('- Checksummed tails of Atlassian (`ATATT…`) and Bitbucket (`ATBB…`) tokens, the Matrix `syt_` CRC, Azure CASK signatures (`AzSe`, `+ACR`) are not modelled.')
    L.append('- Pair secrets whose exact format is undocumented (Huawei SK, OVH secrets, Modal `ak-`/`as-`, Cloudflare R2 32/64-hex, Kraken 56-char API key) are shape-plausible guesses.')
    L.append('''
## Checksummed or structured formats generated for real

- GitHub `ghp_/gho_/ghs_/ghr_` and npm `npm_`: 30 random base62 characters + base62(CRC32(random part)) left-padded to 6 (alphabet assumed 0-9A-Za-z).
- age `AGE-SECRET-KEY-1…`: bech32 (BIP-173) of 32 random bytes with HRP `age-secret-key-`, upper-cased.
- Bitcoin WIF keys: real Base58Check (version 0x80, compressed flag, double-SHA-256 checksum) of 32 random bytes.
- WireGuard private keys are clamped X25519 scalars; Fernet keys are 32 random bytes in URL-safe base64; Laravel keys are `base64:` + 32 bytes.
- JWT-shaped tokens (Home Assistant, Kubernetes SA, Monday, Front, MotherDuck, Turso, Prisma Accelerate, Lemon Squeezy) have real JSON headers/payloads and random signature bytes of the algorithm's length. Grafana Cloud `glc_` and Sentry `sntrys_` tokens carry base64url JSON payloads; the 1Password service-account token carries a JSON payload of the documented field names.
- Private keys were generated once with `openssl` (RSA 2048 PKCS#1/PKCS#8, EC P-256/P-384 SEC1 and PKCS#8, Ed25519, X25519, AES-256-CBC encrypted PKCS#8) and `ssh-keygen` (OpenSSH Ed25519/ECDSA) in a temporary directory that was deleted; they are embedded in `build.py` as data and protect nothing. The encrypted keys' passphrases are the ones they were encrypted with.

## Sources consulted (formats only)

- Background knowledge of public secret-scanning rule sets (gitleaks, Kingfisher, CredSweeper, detect-secrets, trufflehog) and vendors' token-format announcements for prefixes, lengths and alphabets; no rule-set test fixture or sample secret was copied. Every credential-looking value in the positives and evasions is generated by `build.py`; the only literal published values are the documentation examples and well-known test keys placed deliberately in the negatives.
- privacy_seventh's README (schema and labelling conventions only) – used to keep the schema identical and to steer towards containers, syntaxes and phrasings that corpus does not list.
''')
    return '\n'.join(L)

def main():
    P = build_positives(); E = build_evasions(); N = build_negatives()
    try:
        check_all(P, E, N)
    except CheckError as e:
        sys.stderr.write('CHECK FAILED: %s\nnothing written\n' % e)
        sys.exit(1)
    def dump(recs): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)
    outs = {'secrets.jsonl': dump(P), 'evasions.jsonl': dump(E), 'negatives.jsonl': dump(N), 'README.md': readme(P, E, N)}
    for fn, content in outs.items():
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)
    print('positives %d, evasions %d, negatives %d' % (len(P), len(E), len(N)))

if __name__ == '__main__':
    main()
