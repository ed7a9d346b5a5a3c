"""Hard negatives from the documentation / devrel world: 15 classes x 2 base kinds x 6
presentations + documentation values (recomputed where possible)."""
import base64, hashlib, hmac, json, random
from common import chars, spec, uuid4, jwt, b64u, HEX, ALNUM, DOC_WORDS

W = lambda r: r.choice(['maya', 'kofi', 'lena', 'ravi', 'ines', 'omar'])

BASE = {
 'public_key_or_certificate': {
  'openapi_jwks_uri_example_response': lambda r: json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': spec(r, '%a16'), 'n': spec(r, '%u342'), 'e': 'AQAB'}]}),
  'sdk_readme_ssh_ed25519_deploy_pubkey': lambda r: 'Add this deploy key to the docs repo (read-only):\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + spec(r, '%b43') + ' docs-bot@ci\n'},
 'placeholder_or_redacted': {
  'quickstart_env_example_angle_placeholders': lambda r: 'API_KEY=<YOUR_API_KEY>\nWEBHOOK_SECRET=<paste-from-dashboard>\nBASE_URL=https://sandbox.%s.example\n' % r.choice(DOC_WORDS),
  'api_reference_curl_mustache_placeholders': lambda r: 'curl https://api.example/v%d/items \\\n  -H "Authorization: Bearer {{ACCESS_TOKEN}}" \\\n  -H "X-Api-Key: ${API_KEY}"\n' % r.randint(1, 3)},
 'masked_partial_value': {
  'dashboard_screenshot_masked_key_row': lambda r: 'Name       Key                    Created\n%s-demo  sk_live_••••••••%s      2024-0%d-1%d\n' % (W(r), chars(r, ALNUM, 4), r.randint(1, 9), r.randint(0, 9)),
  'support_reply_truncated_token_hint': lambda r: 'The token ending in …%s was revoked on our side; generate a new one under Settings > Tokens.\n' % chars(r, HEX, 4)},
 'publishable_client_key': {
  'docsearch_search_only_key_config': lambda r: "docsearch({ appId: '%s', apiKey: '%s', indexName: '%s-docs', container: '#search' });\n" % (chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10), chars(r, HEX, 32), r.choice(DOC_WORDS)),
  'stripe_publishable_key_checkout_sample': lambda r: "const stripe = Stripe('pk_live_%s');\n" % chars(r, ALNUM, 99)},
 'digest_or_checksum': {
  'sdk_release_sha256sums_file': lambda r: ''.join('%s  %s-sdk-%d.%d.%d-%s.tar.gz\n' % (chars(r, HEX, 64), r.choice(DOC_WORDS), r.randint(0, 5), r.randint(0, 20), r.randint(0, 9), p) for p in ['linux', 'darwin']),
  'npm_lockfile_integrity_fields': lambda r: '"node_modules/%s": {\n  "version": "%d.%d.%d",\n  "integrity": "sha512-%s=="\n}\n' % (r.choice(DOC_WORDS), r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), spec(r, '%b86'))},
 'password_hash_not_plaintext': {
  'auth_tutorial_bcrypt_hash_output': lambda r: '>>> bcrypt.hashpw(pw, bcrypt.gensalt())\nb\'$2b$12$%s\'\n' % spec(r, '%a53'),
  'seed_fixture_argon2id_encoded_hash': lambda r: 'password_hash: "$argon2id$v=19$m=65536,t=3,p=4$%s$%s"\n' % (spec(r, '%b22'), spec(r, '%b43'))},
 'ciphertext_or_sealed_value': {
  'github_actions_encrypted_secret_api_body': lambda r: json.dumps({'encrypted_value': base64.b64encode(bytes(r.randrange(256) for _ in range(72))).decode(), 'key_id': str(r.randint(10**17, 10**18))}),
  'sops_encrypted_yaml_docs_example': lambda r: 'api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n' % (spec(r, '%b40'), spec(r, '%b43') + '=', spec(r, '%b22') + '==')},
 'code_identifier_lookalike': {
  'docs_build_hashed_asset_filenames': lambda r: ''.join('assets/js/%s.%s.js\n' % (r.choice(['main', 'runtime', 'vendors']), chars(r, HEX, 8)) for _ in range(3)),
  'mdx_heading_anchor_slug_ids': lambda r: ''.join('<h2 id="%s-%s">%s</h2>\n' % (r.choice(DOC_WORDS), chars(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 6), r.choice(DOC_WORDS).title()) for _ in range(2))},
 'uuid_or_request_identifier': {
  'api_error_response_request_id': lambda r: json.dumps({'error': {'type': 'invalid_request_error', 'message': 'Missing required param: amount.', 'request_id': 'req_' + chars(r, ALNUM, 14)}}),
  'support_ticket_trace_correlation_ids': lambda r: 'x-request-id: %s\ntraceparent: 00-%s-%s-01\n' % (uuid4(r), chars(r, HEX, 32), chars(r, HEX, 16))},
 'version_or_build_string': {
  'changelog_compare_commit_range': lambda r: '## [%d.%d.0](https://github.com/org/sdk/compare/v%d.%d.0...v%d.%d.0) (2024-06-1%d)\n* fix: retry on 429 (%s)\n' % (2, r.randint(1, 9), 2, 0, 2, r.randint(1, 9), r.randint(0, 9), chars(r, HEX, 7)),
  'sdk_user_agent_build_metadata': lambda r: 'User-Agent: docs-sdk-node/%d.%d.%d+build.%s (node %d.%d.0)\n' % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 9), chars(r, HEX, 12), r.randint(18, 22), r.randint(0, 9))},
 'test_fixture_fake_credential': {
  'sample_app_seed_demo_login_table': lambda r: '| user | password |\n|---|---|\n| demo@example.com | password123 |\n| %s@example.com | changeme |\n' % W(r),
  'mock_server_fixture_fake_token': lambda r: 'mockServer.get("/me").reply(200);\nconst token = "fake-token-for-tests-%d";\n' % r.randint(1, 999)},
 'secret_store_reference': {
  'github_actions_secrets_expression_ref': lambda r: 'env:\n  API_KEY: ${{ secrets.%s_API_KEY }}\n' % r.choice(DOC_WORDS).upper(),
  'vercel_env_secret_reference_json': lambda r: json.dumps({'env': {'API_KEY': '@%s-api-key' % r.choice(DOC_WORDS), 'DB_URL': '@%s-db' % W(r)}})},
 'password_prose_no_value': {
  'security_best_practices_doc_paragraph': lambda r: 'Never hard-code your %s key in client code. Store it in a secret manager and rotate it every %d days.\n' % (r.choice(['secret', 'API', 'signing']), r.choice([30, 60, 90])),
  'forum_reply_reset_password_steps': lambda r: 'Hi %s, you can reset the sandbox password from the console: Account > Security > Reset. The new one is e-mailed to the owner only.\n' % W(r)},
 'api_object_identifier': {
  'sample_output_payment_object_ids': lambda r: json.dumps({'id': 'pi_3' + chars(r, ALNUM, 23), 'object': 'payment_intent', 'customer': 'cus_' + chars(r, ALNUM, 14), 'latest_charge': 'ch_3' + chars(r, ALNUM, 23)}),
  'api_reference_resource_id_examples': lambda r: 'GET /v1/projects/prj_%s/deployments/dpl_%s\n' % (chars(r, ALNUM, 24), chars(r, ALNUM, 24))},
 'encoded_media_payload': {
  'mdx_inline_png_data_uri_image': lambda r: '<img alt="diagram" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA%s" />\n' % spec(r, '%b90'),
  'docs_font_woff2_base64_css': lambda r: '@font-face { font-family: "DocsMono"; src: url(data:font/woff2;base64,d09GMgABAAAAA%s) format("woff2"); }\n' % spec(r, '%b80')},
}
NEW_CLASSES = ['api_object_identifier', 'encoded_media_payload']

WRAPPERS = {
 '__in_docs_pr_review_thread': lambda t, r: 'Review on docs PR #%d by %s:\n%s\nLGTM otherwise.\n' % (r.randint(100, 999), W(r), t),
 '__in_devrel_office_hours_notes': lambda t, r: 'Office hours notes - question from %s\n----\n%s----\n' % (W(r), t),
 '__in_api_reference_mdx_page': lambda t, r: '## Example\n\n```text\n%s```\n' % t,
 '__in_support_macro_reply': lambda t, r: 'Hi there,\n\nThanks for the details. Here is what we see:\n\n%s\nCheers, Support\n' % t,
 '__in_tutorial_slide_speaker_notes': lambda t, r: 'Slide %d notes:\n%s' % (r.randint(2, 40), t),
}


def doc_values():
    """Published documentation example values, recomputed where possible."""
    out = []
    # jwt.io default HS256 example token, secret "your-256-bit-secret"
    h = b64u(b'{"alg":"HS256","typ":"JWT"}')
    p = b64u(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}')
    sig = b64u(hmac.new(b'your-256-bit-secret', (h + '.' + p).encode(), hashlib.sha256).digest())
    tok = h + '.' + p + '.' + sig
    assert tok == 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    out.append(('jwt_io_default_hs256_token_in_auth_tutorial', 'The debugger at jwt.io starts with this example token (secret: your-256-bit-secret):\n' + tok + '\n'))
    # AWS documented example access key pair
    out.append(('aws_docs_example_key_pair_in_sdk_quickstart', '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# values from the AWS documentation, not a real account\n'))
    # AWS SigV4 signing-key derivation example (docs: 20120215 / us-east-1 / iam)
    k = b'AWS4' + b'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
    for m in (b'20120215', b'us-east-1', b'iam', b'aws4_request'):
        k = hmac.new(k, m, hashlib.sha256).digest()
    out.append(('aws_sigv4_derived_signing_key_in_api_guide', 'Derived signing key for the documented example (20120215/us-east-1/iam):\n' + k.hex() + '\n'))
    # RFC 6749 section 5.1 example access and refresh tokens
    out.append(('rfc6749_token_response_example_in_oauth_guide', json.dumps({'access_token': '2YotnFZFEjr1zCsicMWpAA', 'token_type': 'example', 'expires_in': 3600, 'refresh_token': 'tGzv3JOkF0XG5Qx2TlKWIA', 'example_parameter': 'example_value'}, indent=1) + '\n'))
    # Swagger Petstore sample api_key
    out.append(('swagger_petstore_special_key_in_openapi_tutorial', 'The Petstore sample server accepts the documented key:\ncurl -H "api_key: special-key" https://petstore.swagger.io/v2/pet/1\n'))
    assert k.hex() == 'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d'
    return out, k.hex()


def build(prefix):
    rng = random.Random(8106)
    recs, k = [], 0
    for cls in BASE:
        for base, fn in BASE[cls].items():
            for wname in [None] + list(WRAPPERS):
                for _ in range(20):
                    t = fn(rng)
                    text = t if wname is None else WRAPPERS[wname](t, rng)
                    if all(text != x['text'] for x in recs):
                        break
                k += 1
                recs.append({'id': '%s-n-%04d' % (prefix, k), 'class': cls, 'container': base + (wname or ''), 'text': text, 'source': 'negative'})
    docs, _ = doc_values()
    for kind, text in docs:
        k += 1
        recs.append({'id': '%s-n-%04d' % (prefix, k), 'class': 'vendor_documentation_value', 'container': kind, 'text': text, 'source': 'negative'})
    return recs
