import random, base64, hashlib, hmac, json
from common import H, A, L, U, D, BU, UUID, rs, AN, b64u

def b64(bs): return base64.b64encode(bs).decode()
def rb(r, n): return bytes(r.randrange(256) for _ in range(n))
def svg_css(r):
    svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d'><circle cx='%d' cy='%d' r='%d' fill='#%s'/></svg>" % (r.randint(16, 64), r.randint(16, 64), r.randint(4, 9), r.randint(4, 9), r.randint(2, 8), H(r, 6))
    return '.icon-%s {\n  background-image: url("data:image/svg+xml;base64,%s");\n}\n' % (N(r), b64(svg.encode()))
def ssh_line(r):
    return 'ssh-ed25519 %s %s@%s\n' % (b64(b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + rb(r, 32)), r.choice(['ines', 'kwame', 'deploy']), r.choice(['laptop', 'ci', 'bastion']))
N = lambda r: r.choice(['orders', 'billing', 'search', 'intake', 'reports', 'kiosk'])

BASE = {
 'base64_non_secret_payload': [
  ('svg_icon_data_uri_css', svg_css),
  ('jupyter_output_png_base64_field', lambda r: json.dumps({'output_type': 'display_data', 'data': {'image/png': b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rb(r, 60)), 'text/plain': ['<Figure size 640x480 with 1 Axes>']}}, indent=1) + '\n'),
 ],
 'ciphertext_or_sealed_value': [
  ('sealed_secrets_encrypteddata_yaml', lambda r: f'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: {N(r)}-db\nspec:\n  encryptedData:\n    password: AgB{b64(rb(r, 180))}\n'),
  ('rails_credentials_yml_enc_blob', lambda r: f'$ cat config/credentials/production.yml.enc\n{b64(rb(r, 96))}--{b64(rb(r, 12))}--{b64(rb(r, 16))}\n'),
 ],
 'code_identifier_lookalike': [
  ('typescript_secret_enum_members', lambda r: f'export enum SecretName {{\n  StripeSecretKey = "STRIPE_SECRET_KEY",\n  {N(r).title()}ApiToken = "{N(r).upper()}_API_TOKEN",\n  DbPassword = "DB_PASSWORD",\n}}\n'),
  ('csharp_options_class_properties', lambda r: f'public sealed class {N(r).title()}Options\n{{\n    public string ApiKey {{ get; init; }} = string.Empty;\n    public string ClientSecret {{ get; init; }} = string.Empty;\n    public int TimeoutSeconds {{ get; init; }} = {r.randint(5, 90)};\n}}\n'),
 ],
 'commit_or_build_identifier': [
  ('git_log_oneline_output', lambda r: ''.join(f'{H(r, 7)} {m}\n' for m in r.sample(['fix: retry on 429', 'chore: bump deps', 'feat: add export', 'docs: update README', 'refactor: split worker', 'test: cover parser'], 4))),
  ('git_describe_release_tag_line', lambda r: f'$ git describe --tags --long\nv{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}-{r.randint(1, 99)}-g{H(r, 12)}\n$ git rev-parse HEAD\n{H(r, 40)}\n'),
 ],
 'digest_or_checksum': [
  ('sha256sums_release_file', lambda r: ''.join(f'{H(r, 64)}  {n}\n' for n in ['tool_linux_amd64.tar.gz', 'tool_darwin_arm64.tar.gz', 'tool_windows_amd64.zip'])),
  ('npm_lockfile_integrity_field', lambda r: f'"node_modules/{r.choice(["lodash", "chalk", "ms", "debug"])}": {{\n  "version": "{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",\n  "resolved": "https://registry.npmjs.org/pkg/-/pkg.tgz",\n  "integrity": "sha512-{b64(rb(r, 64))}"\n}}\n'),
 ],
 'masked_partial_value': [
  ('hosting_dashboard_masked_env_copy', lambda r: f'Environment variables ({N(r)}-prod)\nSTRIPE_SECRET_KEY   sk_live_••••••••••••••••{A(r, 4)}   Production\nDATABASE_URL        postgres://app:••••••••@db/app   Production\n'),
  ('cloud_console_key_last_four', lambda r: f'Access key AKIA{"*" * 12}{U(r, 4)}  Status: Active  Last used: {r.randint(2, 30)} days ago\nSecret access key: {"*" * 36}{A(r, 4)} (shown only once at creation)\n'),
 ],
 'password_hash_not_plaintext': [
  ('bcrypt_users_table_dump', lambda r: ''.join(f'{i} | {n}@site.example | $2b$12${rs(r, AN + "./", 53)}\n' for i, n in enumerate(r.sample(['ana', 'ben', 'cai', 'dee', 'eli'], 3), 1))),
  ('argon2id_encoded_hash_config', lambda r: f'[auth.users.admin]\npassword_hash = "$argon2id$v=19$m=65536,t=3,p=4${b64(rb(r, 16)).rstrip("=")}${b64(rb(r, 32)).rstrip("=")}"\n'),
 ],
 'placeholder_or_redacted': [
  ('readme_env_example_angle_placeholders', lambda r: f'Copy `.env.example` to `.env` and fill in:\n\n    OPENAI_API_KEY=<your-openai-key>\n    {N(r).upper()}_TOKEN=<paste token from the {N(r)} dashboard>\n    DB_PASSWORD=changeme\n'),
  ('log_scrubber_redacted_output', lambda r: f'{r.randint(10, 23)}:{r.randint(10, 59)}:04 INFO outbound request POST /v1/charges headers={{"Authorization": "[REDACTED]", "Idempotency-Key": "[REDACTED]"}} status=200\n'),
 ],
 'public_key_or_certificate': [
  ('ssh_authorized_keys_ed25519_line', ssh_line),
  ('jwks_json_public_rsa_key', lambda r: json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': H(r, 16), 'alg': 'RS256', 'e': 'AQAB', 'n': b64u(rb(r, 256))}]}, indent=1) + '\n'),
 ],
 'publishable_client_key': [
  ('stripe_js_publishable_key_init', lambda r: f'<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51{A(r, 97)}");</script>\n'),
  ('sentry_browser_dsn_init', lambda r: f'Sentry.init({{\n  dsn: "https://{H(r, 32)}@o{D(r, 6)}.ingest.de.sentry.io/{D(r, 7)}",\n  tracesSampleRate: 0.1,\n}});\n'),
 ],
 'secret_store_reference': [
  ('aws_ssm_parameter_arn_reference', lambda r: f'containerDefinitions:\n  - name: {N(r)}\n    secrets:\n      - name: DB_PASSWORD\n        valueFrom: arn:aws:ssm:eu-west-1:{D(r, 12)}:parameter/prod/{N(r)}/db_password\n'),
  ('onepassword_op_uri_reference', lambda r: f'# .env.tpl, resolved by `op inject`\nSTRIPE_SECRET_KEY="op://Production/{N(r).title()} Stripe/credential"\nDB_PASSWORD="op://Production/{N(r)}-db/password"\n'),
 ],
 'signature_value': [
  ('github_webhook_sha256_signature_header', lambda r: f'POST /hooks/github HTTP/1.1\nX-GitHub-Event: push\nX-GitHub-Delivery: {UUID(r)}\nX-Hub-Signature-256: sha256={H(r, 64)}\n'),
  ('stripe_signature_header_log', lambda r: f'webhook received: Stripe-Signature: t={1718000000 + r.randrange(10**6)},v1={H(r, 64)} verified=true\n'),
 ],
 'test_fixture_fake_credential': [
  ('jest_mock_fake_api_key_fixture', lambda r: f'// fake key for unit tests only, never valid\nconst FAKE_API_KEY = "test-only-not-a-real-key-{D(r, 4)}";\njest.mock("../client", () => ({{ apiKey: FAKE_API_KEY }}));\n'),
  ('rspec_factory_dummy_password', lambda r: f'FactoryBot.define do\n  factory :user do\n    email {{ "user{D(r, 3)}@example.test" }}\n    password {{ "dummy-password-for-specs" }}  # fixture, not a real credential\n  end\nend\n'),
 ],
 'url_or_anchor_lookalike': [
  ('google_docs_document_link_ids', lambda r: f'Agenda: https://docs.google.com/document/d/1{BU(r, 43)}/edit#heading=h.{L(r, 12)}\n'),
  ('url_shortener_slug_list', lambda r: ''.join(f'https://sho.rt.example/{A(r, 7)} -> {p}\n' for p in ['/spring-sale', '/newsletter/march', '/menu.pdf'])),
 ],
 'uuid_or_request_identifier': [
  ('cloudfront_request_id_headers', lambda r: f'HTTP/2 200\nx-cache: Hit from cloudfront\nx-amz-cf-pop: FRA56-P{r.randint(1, 9)}\nx-amz-cf-id: {BU(r, 54)}==\n'),
  ('lambda_report_request_id_log', lambda r: f'REPORT RequestId: {UUID(r)}\tDuration: {r.randint(2, 900)}.{r.randint(10, 99)} ms\tBilled Duration: {r.randint(3, 901)} ms\tMemory Size: 512 MB\n'),
 ],
 'version_or_build_string': [
  ('android_build_fingerprint_line', lambda r: f'ro.build.fingerprint=google/{r.choice(["husky", "akita", "tokay"])}/{r.choice(["husky", "akita"])}:15/AP4A.{D(r, 6)}.{D(r, 3)}/{D(r, 8)}:user/release-keys\n'),
  ('browser_user_agent_strings', lambda r: f'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randint(120, 131)}.0.{D(r, 4)}.{D(r, 3)} Safari/537.36\n'),
 ],
 'opaque_random_identifier': [
  ('payment_dashboard_object_ids_export', lambda r: 'id,customer,amount\n' + ''.join(f'ch_3{A(r, 23)},cus_{A(r, 14)},{r.randint(100, 9999)}\n' for _ in range(3))),
  ('airline_booking_pnr_codes', lambda r: ''.join(f'Booking ref {U(r, 6)}  e-ticket 220-{D(r, 10)}  seat {r.randint(1, 40)}{r.choice("ACDF")}\n' for _ in range(2))),
 ],
}
WRAPPERS = ['in_code_review_comment', 'in_scanner_triage_note', 'in_wiki_howto_excerpt', 'in_customer_support_macro', 'in_standup_chat_quote']
def wrap(w, body, r):
    if w == WRAPPERS[0]: return f'Review comment on line {r.randint(10, 300)}: this is fine to commit, nothing sensitive here\n```\n{body}```\n'
    if w == WRAPPERS[1]: return f'Scanner finding #{r.randint(100, 999)} triaged as FALSE POSITIVE:\n{body}'
    if w == WRAPPERS[2]: return f'== How-to ==\nThe output should look like this:\n\n{body}\n'
    if w == WRAPPERS[3]: return f'Hello, thanks for reaching out. For reference, here is what we see on our side:\n\n{body}\nKind regards, Support\n'
    return f'[standup] {r.choice(["Ines", "Ravi", "Noor"])}: pasting for context\n> ' + body.replace('\n', '\n> ').rstrip('> ') + '\n'

# documentation values, recomputed
JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
ALADDIN = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
MUFASA = '6629fae49393a05397450978507c4ef1'
RFC4231_2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
STRIPE_DOCS = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'
def verify_docs():
    h, p, s = JWT_IO.split('.')
    assert b64u(hmac.new(b'your-256-bit-secret', f'{h}.{p}'.encode(), hashlib.sha256).digest()) == s
    assert base64.b64encode(b'Aladdin:open sesame').decode() == ALADDIN
    md5 = lambda x: hashlib.md5(x.encode()).hexdigest()
    ha1 = md5('Mufasa:testrealm@host.com:Circle Of Life'); ha2 = md5('GET:/dir/index.html')
    assert md5(f'{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:{ha2}') == MUFASA
    assert hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest() == RFC4231_2
    return 4
DOCS = [
 ('jwt_io_default_hs256_example', f'From the jwt.io debugger default (secret "your-256-bit-secret"), used in our onboarding slides:\n{JWT_IO}\n'),
 ('rfc7617_basic_aladdin_example', f'RFC 7617 section 2 example:\nAuthorization: Basic {ALADDIN}\n'),
 ('rfc2617_digest_mufasa_response', f'Authorization: Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", response="{MUFASA}", opaque="5ccc069c403ebaf9f0171e9517f40e41"\n(RFC 2617 section 3.5 example)\n'),
 ('rfc4231_hmac_sha256_case_two', f'RFC 4231 test case 2: Key = "Jefe", Data = "what do ya want for nothing?"\nHMAC-SHA-256 = {RFC4231_2}\n'),
 ('stripe_docs_test_mode_key_sample', f'# the test-mode sample key printed throughout the Stripe API reference\ncurl https://api.stripe.com/v1/charges -u {STRIPE_DOCS}:\n'),
]
DOC_VALUES = [JWT_IO, ALADDIN, MUFASA, RFC4231_2, STRIPE_DOCS]

def generate():
    r = random.Random(40006); out = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds:
            out.append(dict(**{'class': cls}, container=kind, text=fn(r), source='negative'))
            for w in WRAPPERS:
                out.append(dict(**{'class': cls}, container=f'{kind}__{w}', text=wrap(w, fn(r), r), source='negative'))
    for kind, text in DOCS:
        out.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=text, source='negative'))
    return out
