"""Hard negatives: 16 classes, 45 new base kinds x 4 presentations + 5 documentation-value kinds."""
import random, base64, hashlib, json
from common import *

def b64(b): return base64.b64encode(b).decode()
def hx(r, n): return rs(r, HEXL, n)

def k_svg(r):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="%d" fill="#%s"/></svg>' % (r.randint(3, 7), hx(r, 6))
    return '.icon-dot {\n  background-image: url("data:image/svg+xml;base64,%s");\n}\n' % b64(svg.encode())
def k_cm(r):
    conf = 'server {\n  listen %d;\n  location / { proxy_pass http://app:%d; }\n}\n' % (r.choice([80, 8080]), r.randint(3000, 9000))
    return 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\nbinaryData:\n  default.conf: %s\n' % b64(conf.encode())
def k_pubsub(r):
    ev = json.dumps({'orderId': r.randint(10000, 99999), 'status': r.choice(['PAID', 'SHIPPED']), 'sku': rs(r, UPPER, 8)})
    return json.dumps({'message': {'data': b64(ev.encode()), 'messageId': str(r.randint(10**15, 10**16)), 'publishTime': '2024-06-01T10:00:00Z'}, 'subscription': 'projects/shop/subscriptions/orders-push'}, indent=1) + '\n'
def k_age(r):
    return '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(b64(bytes(r.getrandbits(8) for _ in range(48))) for _ in range(4)) + '\n-----END AGE ENCRYPTED FILE-----\n'
def k_transit(r):
    return json.dumps({'request_id': uuid4(r), 'data': {'ciphertext': 'vault:v1:' + b64(bytes(r.getrandbits(8) for _ in range(44))), 'key_version': 1}}, indent=1) + '\n'
def k_jasypt(r):
    return 'spring.datasource.url=jdbc:postgresql://pg.internal:5432/app\nspring.datasource.password=ENC(%s)\njasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}\n' % b64(bytes(r.getrandbits(8) for _ in range(32)))
def k_djval(r):
    return "AUTH_PASSWORD_VALIDATORS = [\n    {'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator'},\n    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': %d}},\n]\n" % r.choice([10, 12, 14])
def k_openapi(r):
    return 'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n    BearerToken:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n# rev %d\n' % r.randint(1, 99)
def k_sqlcol(r):
    return 'CREATE TABLE users_%d (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL,\n  password_hash TEXT NOT NULL,\n  api_token_last_rotated_at TIMESTAMPTZ\n);\n' % r.randint(1, 9)
def k_sums(r):
    return ''.join('%s  app-%s-linux-%s.tar.gz\n' % (hx(r, 64), '1.%d.0' % r.randint(0, 20), a) for a in ['amd64', 'arm64', 'riscv64'])
def k_lock(r):
    return '"node_modules/%s": {\n  "version": "4.%d.1",\n  "resolved": "https://registry.npmjs.org/pkg/-/pkg-4.0.1.tgz",\n  "integrity": "sha512-%s"\n}\n' % (r.choice(['left-pad', 'chalk', 'ms']), r.randint(0, 9), b64(bytes(r.getrandbits(8) for _ in range(64))))
def k_sri(r):
    return '<script src="https://cdn.example/lib.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n' % b64(bytes(r.getrandbits(8) for _ in range(48)))
def k_winpid(r):
    return 'Host Name:                 WS-%04d\nOS Name:                   Microsoft Windows 11 Pro\nProduct ID:                %05d-%05d-%05d-AA%03d\n' % (r.randint(1, 9999), r.randint(0, 99999), r.randint(0, 99999), r.randint(0, 99999), r.randint(0, 999))
def k_macser(r):
    return 'Hardware Overview:\n  Model Name: MacBook Pro\n  Serial Number (system): %s\n  Hardware UUID: %s\n' % (rs(r, 'CDFGHJKLMNPQRTVWXY0123456789', 10), uuid4(r).upper())
def k_ean(r):
    rows = []
    for _ in range(4):
        d = [r.randint(0, 9) for _ in range(12)]
        c = (10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10) % 10
        rows.append(''.join(map(str, d)) + str(c) + ',shelf-' + str(r.randint(1, 40)))
    return 'ean13,location\n' + '\n'.join(rows) + '\n'
def k_stripemask(r):
    return 'Secret key   sk_live_' + '•' * 20 + rs(r, ALNUM, 4) + '   Reveal live key\nLast used ' + str(r.randint(2, 30)) + ' minutes ago\n'
def k_ghamask(r):
    return 'Run ./deploy.sh\n  env:\n    API_TOKEN: ***\n    DB_PASSWORD: ***\nConnecting to db.internal as deploy ... ok (%d ms)\n' % r.randint(10, 900)
def k_bankmask(r):
    return 'Account: ****%04d   IBAN: DE** **** **** **** **%02d %02d\nBalance: %d.%02d EUR\n' % (r.randint(0, 9999), r.randint(0, 99), r.randint(0, 99), r.randint(100, 9999), r.randint(0, 99))
def k_corr(r):
    return ''.join('2024-06-01T10:%02d:%02dZ INFO request done correlation_id=%s status=200\n' % (r.randint(0, 59), r.randint(0, 59), uuid4(r)) for _ in range(3))
def k_nanoid(r):
    return 'order_id,total\n' + ''.join('%s,%d.%02d\n' % (rs(r, URLSAFE, 21), r.randint(5, 300), r.randint(0, 99)) for _ in range(4))
def k_snow(r):
    return ''.join('message %d from guild %d: "lol"\n' % (r.randint(10**17, 10**18), r.randint(10**17, 10**18)) for _ in range(3))
def k_policy(r):
    return '## Password policy\n\nPasswords must be at least %d characters, must not reuse the last %d passwords, and are stored only as salted hashes. Never share your password in chat or e-mail.\n' % (r.choice([12, 14, 16]), r.choice([5, 10]))
def k_resetchat(r):
    return 'Agent: I have sent a password reset link to the address on file (ending in …%s.com).\nCustomer: got it, thanks!\nAgent: The link expires in %d minutes.\n' % (rs(r, 'abcdefghij', 3), r.choice([15, 30, 60]))
def k_quiz(r):
    return 'Question %d: Which of these is the strongest way to protect your account?\n  a) a longer password\n  b) the same password everywhere\n  c) a password manager plus two-factor authentication\n' % r.randint(1, 20)
def k_compose(r):
    return 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_USER: app%d\n' % r.randint(1, 9)
def k_readme(r):
    return '## Setup\n\n1. Copy `.env.sample` to `.env`.\n2. Set `OPENAI_API_KEY=your-key-here` and `SLACK_BOT_TOKEN=xoxb-your-token`.\n3. Run `make dev` (port %d).\n' % r.randint(3000, 9000)
def k_tfvars(r):
    return '# terraform.tfvars.example\nregion        = "eu-central-%d"\ndb_password   = "TODO-fill-me-in"\napi_token     = "<set via TF_VAR_api_token>"\n' % r.randint(1, 2)
def k_x509(r):
    return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(b64(bytes(r.getrandbits(8) for _ in range(48))) for _ in range(6)) + '\n-----END CERTIFICATE-----\n'
def k_pgp(r):
    return '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' + '\n'.join(b64(bytes(r.getrandbits(8) for _ in range(48))) for _ in range(5)) + '\n=' + rs(r, ALNUM, 4) + '\n-----END PGP PUBLIC KEY BLOCK-----\n'
def k_minisign(r):
    return 'untrusted comment: minisign public key %s\nRW%s\n' % (hx(r, 16).upper(), b64(bytes(r.getrandbits(8) for _ in range(40)))[:54])
def k_algolia(r):
    return "const searchClient = algoliasearch('%s', '%s'); // search-only key, safe in the browser\n" % (rs(r, UPPER, 10), hx(r, 32))
def k_paypal(r):
    return '<script src="https://www.paypal.com/sdk/js?client-id=A%s&currency=EUR"></script>\n' % rs(r, URLSAFE, 79)
def k_posthog(r):
    return "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })\n" % rs(r, ALNUM, 43)
def k_ssm(r):
    return 'Environment:\n  Variables:\n    DB_PASSWORD_PARAM: arn:aws:ssm:eu-west-1:%012d:parameter/prod/db/password\n' % r.randint(10**11, 10**12 - 1)
def k_op(r):
    return 'DATABASE_PASSWORD=op://Engineering/postgres-prod-%d/password\nSTRIPE_KEY=op://Engineering/stripe/credential\n# run with: op run --env-file=.env -- npm start\n' % r.randint(1, 9)
def k_vaultagent(r):
    return 'template {\n  contents = <<EOT\n{{ with secret "kv/data/app%d" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}\nEOT\n  destination = "/run/secrets/app.env"\n}\n' % r.randint(1, 9)
def k_gotest(r):
    return '// testdata only\nconst fakeToken%d = "test-token-not-real-%04d"\nconst fakePassword = "hunter2-fixture"\n' % (r.randint(1, 9), r.randint(0, 9999))
def k_jestmock(r):
    return "beforeEach(() => {\n  process.env.API_KEY = 'mock-api-key-%d';\n  process.env.DB_PASSWORD = 'mock-password';\n});\n" % r.randint(1, 999)
def k_factory(r):
    return "FactoryBot.define do\n  factory :user do\n    email { 'user%d@example.test' }\n    password { 'password123' }\n  end\nend\n" % r.randint(1, 999)
def k_npmurl(r):
    return 'https://registry.npmjs.org/@acme/ui/-/ui-2.%d.%d.tgz\nhttps://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\n' % (r.randint(0, 9), r.randint(0, 9))
def k_loom(r):
    return 'Walkthrough: https://www.loom.com/share/%s\n' % hx(r, 32)
def k_jira(r):
    return 'See https://acme.atlassian.net/browse/OPS-%d?focusedCommentId=%d#comment-%d\n' % (r.randint(100, 9999), r.randint(10**5, 10**6), r.randint(10**5, 10**6))
def k_dtag(r):
    return 'ghcr.io/acme/api:1.%d.%d-%s\nghcr.io/acme/api:main-%s\n' % (r.randint(0, 9), r.randint(0, 30), hx(r, 7), hx(r, 12))
def k_dsym(r):
    return 'UUID: %s (arm64) MyApp.app.dSYM/Contents/Resources/DWARF/MyApp\n' % uuid4(r).upper()
def k_uname(r):
    return 'Linux build%d 6.%d.%d-%d-generic #%d-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n' % (r.randint(1, 9), r.randint(1, 9), r.randint(0, 20), r.randint(10, 60), r.randint(10, 90))

BASE = {
 'base64_non_secret_payload': {'svg_data_uri_inline_icon': k_svg, 'configmap_binarydata_nginx_conf': k_cm, 'pubsub_push_envelope_data': k_pubsub},
 'ciphertext_or_sealed_value': {'age_armored_ciphertext_file': k_age, 'vault_transit_encrypt_response': k_transit, 'jasypt_enc_wrapped_property': k_jasypt},
 'code_identifier_lookalike': {'django_password_validators_setting': k_djval, 'openapi_security_schemes_block': k_openapi, 'sql_password_hash_column_ddl': k_sqlcol},
 'digest_or_checksum': {'release_sha256sums_listing': k_sums, 'package_lock_integrity_sha512': k_lock, 'script_tag_subresource_integrity': k_sri},
 'license_or_serial_identifier': {'systeminfo_windows_product_id': k_winpid, 'system_profiler_mac_serial': k_macser, 'ean13_barcode_stock_csv': k_ean},
 'masked_partial_value': {'stripe_dashboard_masked_live_key': k_stripemask, 'actions_log_triple_asterisk_mask': k_ghamask, 'bank_statement_masked_account': k_bankmask},
 'opaque_random_identifier': {'correlation_uuid_access_log': k_corr, 'nanoid_order_ids_csv': k_nanoid, 'discord_snowflake_message_ids': k_snow},
 'password_prose_no_value': {'password_policy_handbook_section': k_policy, 'helpdesk_reset_link_chat': k_resetchat, 'security_awareness_quiz_item': k_quiz},
 'placeholder_or_redacted': {'compose_required_variable_substitution': k_compose, 'readme_your_key_here_setup': k_readme, 'tfvars_example_todo_values': k_tfvars},
 'public_key_or_certificate': {'x509_certificate_pem_block': k_x509, 'openpgp_public_key_armor': k_pgp, 'minisign_public_key_file': k_minisign},
 'publishable_client_key': {'algolia_search_only_key_init': k_algolia, 'paypal_sdk_client_id_script': k_paypal, 'posthog_project_key_snippet': k_posthog},
 'secret_store_reference': {'ssm_parameter_arn_env_reference': k_ssm, 'onepassword_op_uri_env_file': k_op, 'vault_agent_template_stanza': k_vaultagent},
 'test_fixture_fake_credential': {'go_testdata_fake_token_const': k_gotest, 'jest_beforeeach_mock_env': k_jestmock, 'factory_bot_user_fake_password': k_factory},
 'url_or_anchor_lookalike': {'npm_registry_tarball_urls': k_npmurl, 'loom_share_video_link': k_loom, 'jira_comment_deep_link': k_jira},
 'version_or_build_string': {'container_image_tags_with_sha': k_dtag, 'dsym_build_uuid_line': k_dsym, 'uname_kernel_release_line': k_uname},
}
WRAPPERS = {
 '': lambda t: t,
 '__in_pull_request_description': lambda t: '### What changed\n\nPasting the relevant bit for review:\n\n```\n' + t + '```\n',
 '__in_chat_paste_snippet': lambda t: '[10:42] dev-bot: snippet attached\n' + t + '[10:43] reviewer: 👀\n',
 '__in_pager_scrollback': lambda t: t + '(END)\n',
}
def doc_values():
    """documentation values (computable ones recomputed)."""
    basic = base64.b64encode(b'Aladdin:open sesame').decode()
    pbk = hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex()
    return basic, pbk
DOCS = {
 'aws_docs_example_access_key_pair': '# from the AWS CLI configuration guide (example values)\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
 'rfc7617_basic_aladdin_example': 'RFC 7617 example: user-id "Aladdin", password "open sesame"\nAuthorization: Basic {BASIC}\n',
 'rfc6070_pbkdf2_sha1_first_vector': 'RFC 6070 test vector 1: P = "password", S = "salt", c = 1, dkLen = 20\nDK = {PBK}\n',
 'jwt_io_default_hs256_secret': 'jwt.io debugger default: algorithm HS256, secret "your-256-bit-secret" (change it before using the token anywhere)\n',
 'rfc2617_digest_mufasa_example': 'RFC 2617 digest example: username="Mufasa", realm="testrealm@host.com", password "Circle Of Life"\n',
}
DOC_CHECK = {'basic': 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'pbkdf2': '0c60c80f961f0e71f3a9b524af6012062fe037a6'}

def generate(seed=31006):
    rng = random.Random(seed)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for w in sorted(WRAPPERS):
                recs.append({'class': cls, 'container': kind + w, 'text': WRAPPERS[w](BASE[cls][kind](rng)), 'source': 'negative'})
    basic, pbk = doc_values()
    for kind in sorted(DOCS):
        recs.append({'class': 'vendor_documentation_value', 'container': kind,
                     'text': DOCS[kind].replace('{BASIC}', basic).replace('{PBK}', pbk), 'source': 'negative'})
    return recs
